/* libFuzzer harness: the folding of PHP's string built-ins (scan/php_fold.c)
 * over bytes an obfuscated file chose: base64, hex, URL and uu decoding,
 * gzinflate and friends (decompression bombs), rot13, case, strrev,
 * stripslashes, string XOR/OR/AND, trim, str_replace, entities.
 *
 * Input: byte 0 picks the function, byte 1 its variant (case mode, inflate
 * kind, operator, trim side, case-insensitive replace) and the output
 * bound (bit 7: 64 bytes, else 1 MiB); the rest holds up to three
 * arguments separated by the two bytes FF 00. Checked: the output never
 * exceeds the bound, and the folds that PHP can undo round-trip
 * (base64_encode/base64_decode, bin2hex/hex2bin, rot13 and strrev twice). */
#include "scan/php_fold.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arg {
	const unsigned char *p;
	size_t n;
};

static struct fbuf out, back;

/* fold f(s) into b with bound max, then check the bound */
#define FOLD(b, max, call)                                                                         \
	({                                                                                         \
		fbuf_reset(&(b), (max));                                                           \
		bool ok_ = (call);                                                                 \
		if (ok_ && (b).n > (max))                                                          \
			abort();                                                                   \
		ok_;                                                                               \
	})

static void same(const struct fbuf *b, const struct arg *a)
{
	if (b->n != a->n || (a->n && memcmp(b->p, a->p, a->n) != 0))
		abort(); /* does not round-trip */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned fn = data[0] % 17;
	unsigned var = data[1];
	size_t max = var & 0x80 ? 64 : 1u << 20;
	struct arg a[3] = {{0}};
	size_t na = 0;
	const unsigned char *p = data + 2, *end = data + size;
	/* copies, so that each argument ends where ASan can see it */
	unsigned char *copy[3] = {0};
	while (na < 3) {
		const unsigned char *s = p;
		while (s + 1 < end && !(s[0] == 0xff && s[1] == 0))
			s++;
		const unsigned char *e = s + 1 < end ? s : end;
		size_t n = (size_t)(e - p);
		copy[na] = malloc(n ? n : 1);
		memcpy(copy[na], p, n);
		a[na].p = copy[na];
		a[na].n = n;
		na++;
		if (e == end)
			break;
		p = e + 2;
	}
	static const char cases[] = "lufcw", kinds[] = "iud", ops[] = "^|&", sides[] = "blr";
	const struct arg *x = &a[0], *y = &a[na > 1 ? 1 : 0], *z = &a[na > 2 ? 2 : 0];
	switch (fn) {
	case 0:
		(void)FOLD(out, max, fold_base64(&out, x->p, x->n));
		break;
	case 1:
		/* encode then decode: the input back */
		if (FOLD(out, 1u << 22, fold_base64_encode(&out, x->p, x->n)) &&
		    FOLD(back, 1u << 22, fold_base64(&back, out.p, out.n)))
			same(&back, x);
		break;
	case 2:
		(void)FOLD(out, max, fold_hex2bin(&out, x->p, x->n));
		break;
	case 3:
		if (FOLD(out, 1u << 22, fold_bin2hex(&out, x->p, x->n)) &&
		    FOLD(back, 1u << 22, fold_hex2bin(&back, out.p, out.n)))
			same(&back, x);
		break;
	case 4:
		(void)FOLD(out, max, fold_urldecode(&out, x->p, x->n, var & 1));
		break;
	case 5:
		if (FOLD(out, 1u << 22, fold_rot13(&out, x->p, x->n)) &&
		    FOLD(back, 1u << 22, fold_rot13(&back, out.p, out.n)))
			same(&back, x);
		break;
	case 6:
		if (FOLD(out, 1u << 22, fold_strrev(&out, x->p, x->n)) &&
		    FOLD(back, 1u << 22, fold_strrev(&back, out.p, out.n)))
			same(&back, x);
		break;
	case 7:
		(void)FOLD(out, max, fold_case(&out, x->p, x->n, cases[var % 5]));
		break;
	case 8:
		(void)FOLD(out, max, fold_uudecode(&out, x->p, x->n));
		break;
	case 9:
		(void)FOLD(out, max, fold_inflate(&out, x->p, x->n, kinds[var % 3]));
		break;
	case 10:
		(void)FOLD(out, max, fold_stripslashes(&out, x->p, x->n));
		break;
	case 11:
		(void)FOLD(out, max, fold_bitwise(&out, x->p, x->n, y->p, y->n, ops[var % 3]));
		break;
	case 12:
		(void)FOLD(
		    out, max,
		    fold_trim(&out, x->p, x->n, var & 4 ? y->p : NULL, y->n, sides[var % 3]));
		break;
	case 13:
		(void)FOLD(out, max,
		           fold_replace(&out, x->p, x->n, y->p, y->n, z->p, z->n, var & 1));
		break;
	case 14:
		(void)FOLD(out, max, fold_entities(&out, x->p, x->n));
		break;
	case 15: {
		/* fbuf_put on its own: the bound holds across several puts */
		fbuf_reset(&out, max);
		for (size_t i = 0; i < na; i++)
			if (!fbuf_put(&out, a[i].p, a[i].n))
				break;
		if (out.n > max)
			abort();
		break;
	}
	default:
		/* a chain, as obfuscators stack them: gzinflate(base64_decode(x)) */
		if (FOLD(back, max, fold_base64(&back, x->p, x->n)))
			(void)FOLD(out, max, fold_inflate(&out, back.p, back.n, kinds[var % 3]));
		break;
	}
	for (size_t i = 0; i < na; i++)
		free(copy[i]);
	return 0;
}
