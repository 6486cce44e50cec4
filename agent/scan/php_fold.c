#include "scan/php_fold.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

void fbuf_reset(struct fbuf *b, size_t max)
{
	b->n = 0;
	b->max = max;
}

void fbuf_free(struct fbuf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

bool fbuf_put(struct fbuf *b, const void *d, size_t n)
{
	if (n > b->max || b->n > b->max - n)
		return false;
	if (b->n + n > b->cap) {
		size_t c = b->cap ? b->cap : 256;
		while (c < b->n + n)
			c *= 2;
		b->p = xrealloc(b->p, c);
		b->cap = c;
	}
	if (n)
		memcpy(b->p + b->n, d, n);
	b->n += n;
	return true;
}

static int b64val(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

/* PHP's non-strict base64_decode: bytes outside the alphabet are skipped,
 * decoding stops at '='. */
bool fold_base64(struct fbuf *b, const unsigned char *s, size_t n)
{
	unsigned acc = 0;
	int bits = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '=')
			break;
		int v = b64val(s[i]);
		if (v < 0)
			continue;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (!fbuf_put1(b, (unsigned char)(acc >> bits)))
				return false;
			acc &= (1u << bits) - 1;
		}
	}
	return true;
}

bool fold_base64_encode(struct fbuf *b, const unsigned char *s, size_t n)
{
	static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		char o[4] = {al[(v >> 18) & 63], al[(v >> 12) & 63],
		             i + 1 < n ? al[(v >> 6) & 63] : '=', i + 2 < n ? al[v & 63] : '='};
		if (!fbuf_put(b, o, 4))
			return false;
	}
	return true;
}

static int hexv(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

bool fold_hex2bin(struct fbuf *b, const unsigned char *s, size_t n)
{
	if (n % 2)
		return false; /* PHP warns and returns false */
	for (size_t i = 0; i < n; i += 2) {
		int h = hexv(s[i]), l = hexv(s[i + 1]);
		if (h < 0 || l < 0)
			return false;
		if (!fbuf_put1(b, (unsigned char)(h * 16 + l)))
			return false;
	}
	return true;
}

bool fold_bin2hex(struct fbuf *b, const unsigned char *s, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		char o[2] = {hx[s[i] >> 4], hx[s[i] & 15]};
		if (!fbuf_put(b, o, 2))
			return false;
	}
	return true;
}

bool fold_urldecode(struct fbuf *b, const unsigned char *s, size_t n, bool plus_is_space)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '%' && i + 2 < n && hexv(s[i + 1]) >= 0 && hexv(s[i + 2]) >= 0) {
			c = (unsigned char)(hexv(s[i + 1]) * 16 + hexv(s[i + 2]));
			i += 2;
		} else if (c == '+' && plus_is_space) {
			c = ' ';
		}
		if (!fbuf_put1(b, c))
			return false;
	}
	return true;
}

bool fold_rot13(struct fbuf *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (unsigned char)('a' + (c - 'a' + 13) % 26);
		else if (c >= 'A' && c <= 'Z')
			c = (unsigned char)('A' + (c - 'A' + 13) % 26);
		if (!fbuf_put1(b, c))
			return false;
	}
	return true;
}

bool fold_strrev(struct fbuf *b, const unsigned char *s, size_t n)
{
	for (size_t i = n; i > 0; i--)
		if (!fbuf_put1(b, s[i - 1]))
			return false;
	return true;
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

static unsigned char upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c & ~0x20) : c;
}

bool fold_case(struct fbuf *b, const unsigned char *s, size_t n, char mode)
{
	bool word_start = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		switch (mode) {
		case 'l':
			c = lower(c);
			break;
		case 'u':
			c = upper(c);
			break;
		case 'f':
			c = i == 0 ? upper(c) : c;
			break;
		case 'c':
			c = i == 0 ? lower(c) : c;
			break;
		case 'w':
			if (word_start)
				c = upper(c);
			word_start = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
			             c == '\v';
			break;
		}
		if (!fbuf_put1(b, c))
			return false;
	}
	return true;
}

bool fold_uudecode(struct fbuf *b, const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t len = (size_t)((s[i] - ' ') & 0x3f);
		i++;
		if (len == 0)
			break;
		size_t got = 0;
		while (got < len && i < n && s[i] != '\n') {
			unsigned char q[4] = {0, 0, 0, 0};
			for (int k = 0; k < 4; k++)
				q[k] = i < n && s[i] != '\n'
				           ? (unsigned char)((s[i++] - ' ') & 0x3f)
				           : 0;
			unsigned char o[3] = {(unsigned char)(q[0] << 2 | q[1] >> 4),
			                      (unsigned char)(q[1] << 4 | q[2] >> 2),
			                      (unsigned char)(q[2] << 6 | q[3])};
			for (int k = 0; k < 3 && got < len; k++, got++)
				if (!fbuf_put1(b, o[k]))
					return false;
		}
		while (i < n && s[i] != '\n')
			i++;
		if (i < n)
			i++;
	}
	return b->n > 0;
}

bool fold_inflate(struct fbuf *b, const unsigned char *s, size_t n, char kind)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	int wbits = kind == 'i' ? -15 : kind == 'u' ? 15 : 31;
	if (inflateInit2(&z, wbits) != Z_OK)
		return false;
	z.next_in = (unsigned char *)s;
	z.avail_in = n > UINT32_MAX ? UINT32_MAX : (uInt)n;
	unsigned char out[16384];
	int r = Z_OK;
	bool ok = true;
	while (r == Z_OK) {
		z.next_out = out;
		z.avail_out = sizeof(out);
		r = inflate(&z, Z_NO_FLUSH);
		if (r != Z_OK && r != Z_STREAM_END)
			break;
		size_t got = sizeof(out) - z.avail_out;
		if (!fbuf_put(b, out, got)) {
			ok = false; /* a bomb: over the bound */
			break;
		}
		if (got == 0 && r == Z_OK && z.avail_in == 0)
			break;
	}
	inflateEnd(&z);
	return ok && r == Z_STREAM_END;
}

bool fold_stripslashes(struct fbuf *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '\\') {
			if (i + 1 >= n)
				break;
			c = s[++i];
			if (c == '0')
				c = 0;
		}
		if (!fbuf_put1(b, c))
			return false;
	}
	return true;
}

bool fold_bitwise(struct fbuf *b, const unsigned char *x, size_t xn, const unsigned char *y,
                  size_t yn, char op)
{
	size_t lo = xn < yn ? xn : yn, hi = xn < yn ? yn : xn;
	for (size_t i = 0; i < lo; i++) {
		unsigned char c = op == '^' ? x[i] ^ y[i] : op == '|' ? x[i] | y[i] : x[i] & y[i];
		if (!fbuf_put1(b, c))
			return false;
	}
	if (op == '|') /* | keeps the rest of the longer string */
		return fbuf_put(b, (xn > yn ? x : y) + lo, hi - lo);
	return true;
}

static bool in_set(unsigned char c, const unsigned char *chars, size_t cn)
{
	if (!chars)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\v';
	for (size_t i = 0; i < cn; i++) {
		/* "a..z" ranges */
		if (i + 3 < cn && chars[i + 1] == '.' && chars[i + 2] == '.') {
			if (c >= chars[i] && c <= chars[i + 3])
				return true;
			i += 3;
			continue;
		}
		if (chars[i] == c)
			return true;
	}
	return false;
}

bool fold_trim(struct fbuf *b, const unsigned char *s, size_t n, const unsigned char *chars,
               size_t cn, char which)
{
	size_t i = 0, e = n;
	if (which != 'r')
		while (i < e && in_set(s[i], chars, cn))
			i++;
	if (which != 'l')
		while (e > i && in_set(s[e - 1], chars, cn))
			e--;
	return fbuf_put(b, s + i, e - i);
}

bool fold_replace(struct fbuf *b, const unsigned char *s, size_t n, const unsigned char *from,
                  size_t fn, const unsigned char *to, size_t tn, bool nocase)
{
	if (fn == 0)
		return fbuf_put(b, s, n);
	size_t i = 0;
	while (i < n) {
		bool m = i + fn <= n;
		for (size_t k = 0; m && k < fn; k++)
			m = nocase ? lower(s[i + k]) == lower(from[k]) : s[i + k] == from[k];
		if (m) {
			if (!fbuf_put(b, to, tn))
				return false;
			i += fn;
		} else {
			if (!fbuf_put1(b, s[i]))
				return false;
			i++;
		}
	}
	return true;
}

static void put_utf8(struct fbuf *b, unsigned long cp, bool *ok)
{
	unsigned char o[4];
	size_t n;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		o[0] = (unsigned char)(0xf0 | ((cp >> 18) & 7));
		o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
		o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[3] = (unsigned char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	*ok = *ok && fbuf_put(b, o, n);
}

bool fold_entities(struct fbuf *b, const unsigned char *s, size_t n)
{
	static const struct {
		const char *name;
		char c;
	} ents[] = {{"amp", '&'},  {"lt", '<'},    {"gt", '>'},
	            {"quot", '"'}, {"apos", '\''}, {"#039", '\''}};
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		if (s[i] == '&') {
			const unsigned char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
			if (semi) {
				size_t l = (size_t)(semi - s) - i - 1;
				const unsigned char *nm = s + i + 1;
				bool done = false;
				for (size_t k = 0; k < HS_ARRAY_LEN(ents); k++)
					if (strlen(ents[k].name) == l &&
					    !memcmp(nm, ents[k].name, l)) {
						ok = fbuf_put1(b, (unsigned char)ents[k].c);
						done = true;
						break;
					}
				if (!done && l >= 2 && nm[0] == '#') {
					unsigned long cp = 0;
					bool hex = nm[1] == 'x' || nm[1] == 'X';
					size_t k = hex ? 2 : 1;
					bool digits = k < l;
					for (; k < l && digits; k++) {
						int v = hex ? hexv(nm[k])
						            : (nm[k] >= '0' && nm[k] <= '9'
						                   ? nm[k] - '0'
						                   : -1);
						if (v < 0)
							digits = false;
						else
							cp =
							    cp * (hex ? 16 : 10) + (unsigned long)v;
					}
					if (digits && cp <= 0x10ffff) {
						put_utf8(b, cp, &ok);
						done = true;
					}
				}
				if (done) {
					i += l + 1;
					continue;
				}
			}
		}
		ok = fbuf_put1(b, s[i]);
	}
	return ok;
}
