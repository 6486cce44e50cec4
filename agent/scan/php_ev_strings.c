/* More of PHP's pure string and number built-ins folded over known values
 * (branch folds5): the ones obfuscated "one-word" shells build a callee
 * with and php_ev_dispatch.c did not follow. mb_substr (ASCII),
 * strstr/stristr/strrchr, chunk_split, wordwrap, base_convert, the
 * hexdec/octdec/bindec and dechex/decoct/decbin pairs, range().
 * Every result is bounded by the decoders' room (fold_room) and range() by
 * the array bound; input stays input through them (unknown, tainted). */
#include "scan/php_ev.h"

#define sarg argp

static struct pv folded(struct P *P, const unsigned char *s, size_t n, const struct pv *from,
                        const char *how)
{
	struct pv o = str_of(P->C, s, n, F_FOLDED | (from->fl & (F_DECODED | F_ESCAPED)));
	o.how = how;
	merge_taint(&o, from);
	return o;
}

static bool ascii(const struct pv *v)
{
	for (uint32_t i = 0; i < v->n; i++)
		if (v->s[i] & 0x80)
			return false;
	return true;
}

/* mb_substr of ASCII text is substr (characters are bytes). */
static struct pv do_mb_substr(struct P *P, struct pv *args, int nargs)
{
	const struct pv *a0 = sarg(args, nargs, 0), *a1 = sarg(args, nargs, 1),
	                *a2 = sarg(args, nargs, 2);
	bool ok1, ok2 = true;
	long long st = to_int(a1, &ok1);
	bool has_len = nargs > 2 && a2->k == K_STR && a2->n;
	long long ln = has_len ? to_int(a2, &ok2) : 0;
	if (!is_str(a0) || !ok1 || !ok2 || !ascii(a0))
		return unk_like(a0);
	long long n = a0->n;
	if (st < 0)
		st = n + st < 0 ? 0 : n + st;
	if (st > n)
		st = n;
	long long e = has_len ? (ln < 0 ? n + ln : st + ln) : n;
	if (e > n)
		e = n;
	if (e < st)
		e = st;
	return folded(P, a0->s + st, (size_t)(e - st), a0, "mb_substr");
}

static unsigned char lc(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

static const unsigned char *find(const unsigned char *h, size_t hn, const unsigned char *nd,
                                 size_t nn, bool nocase)
{
	if (!nn || nn > hn)
		return NULL;
	for (size_t i = 0; i + nn <= hn; i++) {
		size_t j = 0;
		while (j < nn && (nocase ? lc(h[i + j]) == lc(nd[j]) : h[i + j] == nd[j]))
			j++;
		if (j == nn)
			return h + i;
	}
	return NULL;
}

/* strstr / stristr ($h, $needle, $before_needle) and strrchr ($h, $char):
 * the part of a known haystack from (or before) a known needle. A needle
 * not found is false: unknown. */
static struct pv do_strstr(struct P *P, const char *lname, struct pv *args, int nargs)
{
	const struct pv *h = sarg(args, nargs, 0), *nd = sarg(args, nargs, 1);
	if (!is_str(h) || !is_str(nd) || !nd->n) {
		struct pv r = unk_like(h);
		merge_taint(&r, nd);
		return r;
	}
	if (!strcmp(lname, "strrchr")) {
		for (size_t i = h->n; i-- > 0;)
			if (h->s[i] == nd->s[0])
				return folded(P, h->s + i, h->n - i, h, "strrchr");
		return unk_like(h);
	}
	const unsigned char *at = find(h->s, h->n, nd->s, nd->n, !strcmp(lname, "stristr"));
	if (!at)
		return unk_like(h);
	bool before = false;
	if (nargs > 2) {
		const struct pv *b = &args[2];
		before = is_str(b) && b->n && !(b->n == 1 && b->s[0] == '0') &&
		         !(b->n == 5 && !strncasecmp((const char *)b->s, "false", 5));
	}
	size_t off = (size_t)(at - h->s);
	if (before)
		return folded(P, h->s, off, h, lname);
	return folded(P, at, h->n - off, h, lname);
}

/* chunk_split($s, $len = 76, $end = "\r\n") */
static struct pv do_chunk_split(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *s = sarg(args, nargs, 0);
	bool ok = true;
	long long len = nargs > 1 ? to_int(&args[1], &ok) : 76;
	struct pv crlf = str_ref((const unsigned char *)"\r\n", 2, 0);
	const struct pv *end = nargs > 2 ? &args[2] : &crlf;
	if (!is_str(s) || !ok || len < 1 || !is_str(end))
		return unk_like(s);
	size_t chunks = (s->n + (size_t)len - 1) / (size_t)len;
	if (s->n + chunks * end->n > fold_room(C))
		return unk_like(s);
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	for (size_t i = 0; i < s->n; i += (size_t)len) {
		size_t k = s->n - i < (size_t)len ? s->n - i : (size_t)len;
		if (!fbuf_put(fb, s->s + i, k) || !fbuf_put(fb, end->s, end->n))
			return unk_like(s);
	}
	struct pv o = from_fb(P, F_FOLDED | (s->fl & BUILT), "chunk_split", s);
	return o;
}

/* wordwrap($s, $width = 75, $break = "\n", $cut = false), for text
 * without blanks (a name cut into pieces): with cut, pieces of width
 * joined by break; without, the text unchanged. Text with blanks is left
 * unknown (PHP's line filling is not modelled). */
static struct pv do_wordwrap(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *s = sarg(args, nargs, 0);
	bool ok = true;
	long long w = nargs > 1 ? to_int(&args[1], &ok) : 75;
	struct pv nl = str_ref((const unsigned char *)"\n", 1, 0);
	const struct pv *brk = nargs > 2 ? &args[2] : &nl;
	bool cut = false;
	if (nargs > 3) {
		const struct pv *c = &args[3];
		cut = is_str(c) && c->n && !(c->n == 1 && c->s[0] == '0') &&
		      !(c->n == 5 && !strncasecmp((const char *)c->s, "false", 5));
	}
	if (!is_str(s) || !ok || !is_str(brk) || memchr(s->s, ' ', s->n) || w < 0 ||
	    (w == 0 && cut))
		return unk_like(s);
	if (!cut || s->n <= (size_t)w)
		return folded(P, s->s, s->n, s, "wordwrap");
	size_t chunks = (s->n + (size_t)w - 1) / (size_t)w;
	if (s->n + chunks * brk->n > fold_room(C))
		return unk_like(s);
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	for (size_t i = 0; i < s->n; i += (size_t)w) {
		size_t k = s->n - i < (size_t)w ? s->n - i : (size_t)w;
		if ((i && !fbuf_put(fb, brk->s, brk->n)) || !fbuf_put(fb, s->s + i, k))
			return unk_like(s);
	}
	return from_fb(P, F_FOLDED | (s->fl & BUILT), "wordwrap", s);
}

static int digit_of(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return -1;
}

/* The digits of v in base b, PHP's way: characters that are not digits of
 * the base are ignored. false when the value does not fit 63 bits (PHP
 * goes to floats there: not a name). */
static bool parse_base(const struct pv *v, int b, unsigned long long *out)
{
	unsigned long long x = 0;
	for (uint32_t i = 0; i < v->n; i++) {
		int d = digit_of(v->s[i]);
		if (d < 0 || d >= b)
			continue;
		if (x > (0x7fffffffffffffffULL - (unsigned)d) / (unsigned)b)
			return false;
		x = x * (unsigned)b + (unsigned)d;
	}
	*out = x;
	return true;
}

static struct pv in_base(struct P *P, unsigned long long x, int b, const struct pv *from,
                         const char *how)
{
	static const char dig[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	char t[72];
	size_t n = sizeof(t);
	do {
		t[--n] = dig[x % (unsigned)b];
		x /= (unsigned)b;
	} while (x && n);
	return folded(P, (const unsigned char *)t + n, sizeof(t) - n, from, how);
}

/* base_convert, hexdec & co over known digits. A number as a string
 * (F_NUM, as num_of makes them). */
static struct pv do_bases(struct P *P, const char *lname, struct pv *args, int nargs)
{
	const struct pv *a0 = sarg(args, nargs, 0);
	if (!is_str(a0))
		return unk_like(a0);
	unsigned long long x;
	if (!strcmp(lname, "base_convert")) {
		bool ok1, ok2;
		long long fb = to_int(sarg(args, nargs, 1), &ok1),
		          tb = to_int(sarg(args, nargs, 2), &ok2);
		if (!ok1 || !ok2 || fb < 2 || fb > 36 || tb < 2 || tb > 36 ||
		    !parse_base(a0, (int)fb, &x))
			return unk_like(a0);
		return in_base(P, x, (int)tb, a0, "base_convert");
	}
	int from = lname[0] == 'h' ? 16 : lname[0] == 'o' ? 8 : 2;
	if (!strcmp(lname, "hexdec") || !strcmp(lname, "octdec") || !strcmp(lname, "bindec")) {
		if (!parse_base(a0, from, &x))
			return unk_like(a0);
		struct pv o = num_of(P->C, (long long)x);
		merge_taint(&o, a0);
		return o;
	}
	/* dechex, decoct, decbin: of an integer */
	bool ok;
	long long d = to_int(a0, &ok);
	if (!ok || d < 0)
		return unk_like(a0);
	int to = lname[3] == 'h' ? 16 : lname[3] == 'o' ? 8 : 2;
	return in_base(P, (unsigned long long)d, to, a0, lname);
}

/* range($a, $b, $step): integers, or single letters. At most ARR_MAX
 * elements (a range of a million is not a name). */
static struct pv do_range(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *a = sarg(args, nargs, 0), *b = sarg(args, nargs, 1);
	struct pv r = unk();
	if (!is_str(a) || !is_str(b))
		return r;
	bool ok = true;
	long long step = nargs > 2 ? to_int(&args[2], &ok) : 1;
	if (!ok)
		return r;
	if (step < 0)
		step = -step;
	if (step == 0)
		step = 1;
	bool chars = a->n == 1 && b->n == 1 && !(a->s[0] >= '0' && a->s[0] <= '9') &&
	             !(b->s[0] >= '0' && b->s[0] <= '9');
	long long x, y;
	bool ok1 = true, ok2 = true;
	if (chars) {
		x = a->s[0];
		y = b->s[0];
	} else {
		x = to_int(a, &ok1);
		y = to_int(b, &ok2);
	}
	if (!ok1 || !ok2)
		return r;
	long long span = x <= y ? y - x : x - y;
	if (span / step + 1 > ARR_MAX)
		return r;
	r.k = K_ARR;
	r.a = arr_new(C);
	r.fl |= F_FOLDED;
	r.how = "range";
	for (long long i = 0; i <= span / step; i++) {
		long long v = x <= y ? x + i * step : x - i * step;
		struct pv e;
		if (chars) {
			unsigned char ch = (unsigned char)v;
			e = str_of(C, &ch, 1, F_FOLDED);
			e.how = "range";
		} else {
			e = num_of(C, v);
		}
		arr_set(C, r.a, NULL, &e);
	}
	return r;
}

static int hexv(unsigned char c)
{
	int d = digit_of(c);
	return d >= 0 && d < 16 ? d : -1;
}

/* quoted_printable_decode: =XX is a byte, "=" at the end of a line joins
 * the lines; anything else stays. */
static struct pv do_qp_decode(struct P *P, const struct pv *s)
{
	struct C *C = P->C;
	if (!is_str(s) || s->n > fold_room(C))
		return unk_like(s);
	unsigned char *o = astr(C, s->n);
	if (!o)
		return unk_like(s);
	size_t k = 0;
	for (uint32_t i = 0; i < s->n; i++) {
		unsigned char c = s->s[i];
		if (c == '=' && i + 2 < s->n && hexv(s->s[i + 1]) >= 0 && hexv(s->s[i + 2]) >= 0) {
			o[k++] = (unsigned char)(hexv(s->s[i + 1]) * 16 + hexv(s->s[i + 2]));
			i += 2;
		} else if (c == '=' && i + 1 < s->n &&
		           (s->s[i + 1] == '\n' || s->s[i + 1] == '\r')) {
			i++;
			if (s->s[i] == '\r' && i + 1 < s->n && s->s[i + 1] == '\n')
				i++;
		} else {
			o[k++] = c;
		}
	}
	C->decoded += k;
	struct pv r = str_ref(o, k, F_DECODED | (s->fl & BUILT));
	r.how = "quoted_printable_decode";
	merge_taint(&r, s);
	return r;
}

bool ev_str_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *r)
{
	switch (lname[0]) {
	case 'm':
		if (!strcmp(lname, "mb_substr")) {
			*r = do_mb_substr(P, args, nargs);
			return true;
		}
		return false;
	case 's':
		if (!strcmp(lname, "strstr") || !strcmp(lname, "stristr") ||
		    !strcmp(lname, "strrchr") || !strcmp(lname, "strchr")) {
			*r = do_strstr(P, !strcmp(lname, "strchr") ? "strstr" : lname, args, nargs);
			return true;
		}
		return false;
	case 'c':
		if (!strcmp(lname, "chunk_split")) {
			*r = do_chunk_split(P, args, nargs);
			return true;
		}
		return false;
	case 'w':
		if (!strcmp(lname, "wordwrap")) {
			*r = do_wordwrap(P, args, nargs);
			return true;
		}
		return false;
	case 'q':
		if (!strcmp(lname, "quoted_printable_decode")) {
			*r = do_qp_decode(P, argp(args, nargs, 0));
			return true;
		}
		return false;
	case 'r':
		if (!strcmp(lname, "range")) {
			*r = do_range(P, args, nargs);
			return true;
		}
		return false;
	case 'b':
	case 'h':
	case 'o':
	case 'd':
		if (!strcmp(lname, "base_convert") || !strcmp(lname, "hexdec") ||
		    !strcmp(lname, "octdec") || !strcmp(lname, "bindec") ||
		    !strcmp(lname, "dechex") || !strcmp(lname, "decoct") ||
		    !strcmp(lname, "decbin")) {
			*r = do_bases(P, lname, args, nargs);
			return true;
		}
		return false;
	}
	return false;
}
