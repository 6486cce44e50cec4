/* libFuzzer harness: the PHP lexer (scan/php_lex.c), which reads every
 * file the scanner takes for PHP. The first byte picks the mode (bit 0:
 * code, as for an eval()'d string; else HTML first, as for a file) and the
 * token cap (bit 1: a small one, so that truncation runs on small inputs).
 * Checked beyond "no crash": the promises of scan/php_lex.h, the ones the
 * interpreter relies on to index without checking: the token list ends
 * with PT_EOF and respects the cap, every span lies in the source, every
 * value in the source or the value buffer, and brackets match in pairs. */
#include "scan/php_lex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	bool code = data[0] & 1;
	size_t cap = data[0] & 2 ? 40 : 1u << 20;
	size_t len = size - 1;
	unsigned char *src = malloc(len ? len : 1); /* no NUL after it: ASan sees overreads */
	memcpy(src, data + 1, len);
	struct php_lex lx;
	php_lex_run(&lx, src, len, code, cap);
	if (lx.n == 0 || lx.t[lx.n - 1].type != PT_EOF)
		abort();
	/* the cap: full() stops the loop two tokens short of it, one step adds
	 * a few tokens at most, then PT_EOF */
	if (lx.n > cap + 8)
		abort();
	volatile unsigned sum = 0;
	for (size_t i = 0; i < lx.n; i++) {
		const struct php_token *t = &lx.t[i];
		if (t->off > len || t->len > len - t->off)
			abort();
		if (t->match >= lx.n || lx.t[t->match].match != i)
			abort(); /* a pair points at each other; an unmatched one at itself */
		if (t->type == PT_OP && t->oplen > t->len)
			abort();
		if (t->type == PT_STR || t->type == PT_VAR || t->type == PT_IDENT) {
			bool in_src = t->type != PT_STR || (t->flags & PTF_VALSRC);
			size_t lim = in_src ? len : lx.vlen;
			if (t->voff > lim || t->vlen > lim - t->voff)
				abort();
			const unsigned char *v = php_tok_val(&lx, t);
			for (size_t k = 0; k < t->vlen; k++)
				sum += v[k];
		}
	}
	(void)sum;
	(void)php_has_open_tag(src, len);
	php_lex_free(&lx);
	free(src);
	return 0;
}
