#include "scan/script_layers.h"
#include "scan/php_fold.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The bounds (docs/script-layers.md). A step is one decoder applied; the
 * output bound is the PHP layer's; the ratio stops a decode bomb early
 * (1 KB of deflate that inflates to 1 GB gives 64 KB, then nothing). */
#define SL_MAX_STEPS     8
#define SL_MAX_OUT       (4u << 20)  /* decoded bytes per file */
#define SL_MAX_WORK      (64u << 20) /* bytes examined per file */
#define SL_MAX_LAYERS    32          /* beyond: appended to the last one */
#define SL_RATIO         64          /* inflate output per input byte */
#define SL_INFLATE_CAP   (1u << 20)
#define SL_MAX_TRANSFORM (1u << 20) /* rot13 / reversal of a whole text */
#define SL_MIN_B64       32         /* characters of a base64 or hex run */
#define SL_MIN_ESC       8          /* \xHH / \NNN escapes in one literal */
#define SL_MIN_INTS      16         /* numbers of a character-code list */
#define SL_MIN_TEXT      20         /* bytes of a decoded text worth a layer */
#define SL_WRAP_LINE     40         /* a base64 line this long may go on on the next */
#define SL_MIN_RAW       48         /* bytes before raw deflate is tried */

enum { NO_TRANSFORM = 1 };

struct dec {
	struct script_layers *sl;
	/* FNV-1a of every text kept, so a blob repeated is one layer: an open
	 * addressing set (0 is empty), kept at most half full */
	uint64_t *seen;
	size_t nseen, capseen;
	size_t lastcap; /* capacity of the last layer's buffer, once it collects the rest */
};

/* Adds h; false when it was there already. */
static bool seen_add(struct dec *d, uint64_t h)
{
	h |= 1; /* never 0 */
	if (2 * (d->nseen + 1) > d->capseen) {
		size_t cap = d->capseen ? 2 * d->capseen : 64;
		uint64_t *v = xcalloc(cap, sizeof(*v));
		for (size_t i = 0; i < d->capseen; i++)
			if (d->seen[i])
				for (size_t k = d->seen[i] & (cap - 1);; k = (k + 1) & (cap - 1))
					if (!v[k]) {
						v[k] = d->seen[i];
						break;
					}
		free(d->seen);
		d->seen = v;
		d->capseen = cap;
	}
	for (size_t k = h & (d->capseen - 1);; k = (k + 1) & (d->capseen - 1)) {
		if (d->seen[k] == h)
			return false;
		if (!d->seen[k]) {
			d->seen[k] = h;
			d->nseen++;
			return true;
		}
	}
}

/* Byte classes, by table: the scan's inner loops test every byte. */
enum { C_ALNUM = 1, C_B64 = 2 };
static const unsigned char cls[256] = {
#define AL (C_ALNUM | C_B64)
    ['0' ... '9'] = AL, ['A' ... 'Z'] = AL, ['a' ... 'z'] = AL, ['+'] = C_B64,
    ['/'] = C_B64,      ['-'] = C_B64,      ['_'] = C_B64,
#undef AL
};

static inline bool is_alnum(unsigned char c)
{
	return cls[c] & C_ALNUM;
}

/* The base64 alphabet with the URL-safe pair. */
static inline bool is_b64c(unsigned char c)
{
	return cls[c] & C_B64;
}

static bool is_hexc(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static bool is_quote(unsigned char c)
{
	return c == '"' || c == '\'' || c == '`';
}

static bool over(struct dec *d)
{
	if (d->sl->work >= SL_MAX_WORK || d->sl->out >= SL_MAX_OUT) {
		d->sl->truncated = true;
		return true;
	}
	return false;
}

static size_t out_left(const struct dec *d)
{
	return d->sl->out < SL_MAX_OUT ? SL_MAX_OUT - d->sl->out : 0;
}

static void how_add(char dst[64], const char *how, const char *step)
{
	snprintf(dst, 64, "%s%s%s", how, *how ? ">" : "", step);
}

/* Length of the valid UTF-8 sequence at p of 2 to 4 bytes, 0 if none. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	size_t k = p[0] >= 0xc2 && p[0] <= 0xdf   ? 2
	           : p[0] >= 0xe0 && p[0] <= 0xef ? 3
	           : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4
	                                          : 0;
	if (!k || k > n)
		return 0;
	for (size_t i = 1; i < k; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return k;
}

/* Mostly text: printable ASCII, blanks and valid UTF-8, with at most one
 * byte in twenty of anything else. A decoded payload is code; an icon, a
 * certificate, a font or a random run fails within a few bytes. */
static bool is_text(const unsigned char *p, size_t n)
{
	size_t bad = 0, lim = n / 20;
	/* over(d) is asked after each blob, not each byte */
	for (size_t i = 0; i < n;) {
		unsigned char c = p[i];
		if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t') {
			i++;
			continue;
		}
		size_t k = c >= 0x80 ? utf8_len(p + i, n - i) : 0;
		if (k) {
			i += k;
			continue;
		}
		if (++bad > lim)
			return false;
		i++;
	}
	return true;
}

/* A text that is nothing but an encoded blob (base64 of base64): no layer
 * of its own, only what it decodes to. */
static bool only_blob(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_b64c(p[i]) && p[i] != '=' && p[i] != '\n' && p[i] != '\r')
			return false;
	return n >= SL_MIN_B64;
}

static uint64_t fnv(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 1099511628211ull;
	return h;
}

static void scan_text(struct dec *d, const unsigned char *s, size_t n, int level, int steps,
                      const char *how, unsigned flags);
static void consider(struct dec *d, const unsigned char *p, size_t n, int level, int steps,
                     const char *how);

/* A decoded text: a layer (unless it is only a further blob, or seen
 * already), then searched for what it encodes in turn. */
static void emit(struct dec *d, const unsigned char *t, size_t n, int level, int steps,
                 const char *how, unsigned flags)
{
	if (only_blob(t, n)) {
		scan_text(d, t, n, level - 1, steps, how, flags);
		return;
	}
	if (!seen_add(d, fnv(t, n)))
		return;
	struct script_layers *sl = d->sl;
	if (sl->n == SL_MAX_LAYERS) {
		/* Many blobs: the rest share the last layer, each on its own line,
		 * so the YARA and PCRE2 passes stay few. */
		struct script_layer *L = &sl->v[sl->n - 1];
		if (L->len + 1 + n + 1 > d->lastcap) {
			d->lastcap = 2 * (L->len + 1 + n + 1);
			L->buf = xrealloc(L->buf, d->lastcap);
		}
		L->buf[L->len] = '\n';
		memcpy(L->buf + L->len + 1, t, n);
		L->len += 1 + n;
		L->buf[L->len] = 0;
	} else {
		if (sl->n == sl->cap) {
			sl->cap = sl->cap ? 2 * sl->cap : 4;
			sl->v = xrealloc(sl->v, sl->cap * sizeof(*sl->v));
		}
		struct script_layer *L = &sl->v[sl->n++];
		L->buf = xmalloc(n + 1);
		memcpy(L->buf, t, n);
		L->buf[n] = 0;
		L->len = n;
		L->layer = level;
		snprintf(L->how, sizeof(L->how), "%s", how);
		L->whole = flags & NO_TRANSFORM;
	}
	scan_text(d, t, n, level, steps, how, flags);
}

/* Decoded bytes: text is a layer; zlib, gzip or raw deflate is inflated
 * (at most SL_RATIO times its size) and looked at again; anything else is
 * data and dropped. */
/* Inflate p as kind ('d' gzip, 'u' zlib, 'i' raw deflate), at most
 * SL_RATIO times its size, and consider what comes out. False when
 * nothing came out (not compressed after all). */
static bool inflate_step(struct dec *d, const unsigned char *p, size_t n, int level, int steps,
                         const char *how, char kind)
{
	if (steps >= SL_MAX_STEPS || over(d)) {
		d->sl->truncated = true;
		return true;
	}
	size_t cap = out_left(d);
	if (cap > SL_INFLATE_CAP)
		cap = SL_INFLATE_CAP;
	if (n < cap / SL_RATIO)
		cap = n * SL_RATIO;
	struct fbuf b = {0};
	fbuf_reset(&b, cap);
	d->sl->work += n;
	bool ok = fold_inflate(&b, p, n, kind);
	d->sl->out += b.n;
	if (b.n >= cap)
		d->sl->truncated = true; /* a bomb, or more than the bounds: the start is kept */
	/* a header says it is compressed: a truncated stream still shows its
	 * start; raw deflate has no header, so only a whole stream counts */
	bool got = b.n && (ok || kind != 'i' || b.n >= cap);
	if (got) {
		char h[64];
		how_add(h, how, kind == 'd' ? "gzip" : kind == 'u' ? "zlib" : "deflate");
		consider(d, b.p, b.n, level, steps + 1, h);
	}
	fbuf_free(&b);
	return got;
}

/* Decoded bytes: zlib or gzip (by their header) is inflated; text is a
 * layer; other bytes are tried as raw deflate, else they are data and
 * dropped. The header goes first: the inner stream of a bomb (zlib of
 * zlib of zeros) is mostly printable. */
static void consider(struct dec *d, const unsigned char *p, size_t n, int level, int steps,
                     const char *how)
{
	if (!n)
		return;
	if (n >= 18 && p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 &&
	    inflate_step(d, p, n, level, steps, how, 'd'))
		return;
	if (n >= 8 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 && ((p[0] << 8) | p[1]) % 31 == 0 &&
	    inflate_step(d, p, n, level, steps, how, 'u'))
		return;
	if (is_text(p, n)) {
		if (n >= SL_MIN_TEXT)
			emit(d, p, n, level + 1, steps, how, 0);
		return;
	}
	/* a fixed or dynamic Huffman block first: gzinflate's input */
	if (n >= SL_MIN_RAW && (((p[0] >> 1) & 3) == 1 || ((p[0] >> 1) & 3) == 2))
		inflate_step(d, p, n, level, steps, how, 'i');
}

/* After the closing quote at i: the start of the next literal when the two
 * are joined ("a" + "b", "a" . "b", Python's "a" "b", over lines and
 * backslash-newlines), else 0. */
static size_t join_next(const unsigned char *s, size_t n, size_t i)
{
	if (i >= n || !is_quote(s[i]))
		return 0;
	size_t j = i + 1;
	bool op = false;
	for (size_t k = 0; j < n && k < 64; k++) {
		unsigned char c = s[j];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			j++;
		} else if (c == '\\' && j + 1 < n && (s[j + 1] == '\n' || s[j + 1] == '\r')) {
			j += 2;
		} else if ((c == '+' || c == '.') && !op) {
			op = true;
			j++;
		} else {
			break;
		}
	}
	return j < n && is_quote(s[j]) ? j + 1 : 0;
}

/* The base64 (or hex) text that starts at i: a run of the alphabet with
 * '=' padding at its end only, continued over a wrapped line (a heredoc,
 * a PEM body, a literal "\n") and over joined literals. The alphabet's
 * bytes are copied into in (bounded: a 10 MB line is read to its end, kept
 * in part), or only counted in *total when in is NULL. Returns the end. */
static size_t b64_run(const unsigned char *s, size_t n, size_t i, struct fbuf *in, bool *capped,
                      size_t *total)
{
	size_t seg = 0;
	for (;;) {
		size_t st = i;
		while (i < n && is_b64c(s[i]))
			i++;
		size_t pad = 0;
		while (i < n && s[i] == '=' && pad < 2) {
			i++;
			pad++;
		}
		size_t got = i - st;
		*total += got;
		if (in) {
			if (got > in->max - in->n) {
				got = in->max - in->n; /* past the bound: the start is kept */
				*capped = true;
			}
			fbuf_put(in, s + st, got);
		}
		seg += i - st;
		if (pad || i >= n)
			return i;
		size_t j = i;
		if (seg >= SL_WRAP_LINE) {
			if (s[j] == '\r' && j + 1 < n)
				j++;
			if (s[j] == '\n') {
				j++;
				while (j < n && (s[j] == ' ' || s[j] == '\t'))
					j++;
			} else if (s[j] == '\\' && j + 1 < n && s[j + 1] == 'n') {
				j += 2;
			}
			if (j > i && j < n && is_b64c(s[j])) {
				i = j;
				seg = 0;
				continue;
			}
		}
		size_t k = join_next(s, n, i);
		if (k && k < n && is_b64c(s[k])) {
			i = k;
			seg = SL_WRAP_LINE; /* the pieces of a split literal may be short */
			continue;
		}
		return i;
	}
}

static int hexv(unsigned char c)
{
	return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* A run of the alphabet: hex when it is nothing but hex digits (a
 * "0x" in front allowed), base64 otherwise. */
static void decode_run(struct dec *d, const unsigned char *r, size_t n, int level, int steps,
                       const char *how)
{
	size_t i = n > 2 && r[0] == '0' && (r[1] | 0x20) == 'x' ? 2 : 0;
	bool hex = true;
	for (size_t k = i; k < n && hex; k++)
		hex = is_hexc(r[k]);
	struct fbuf b = {0};
	fbuf_reset(&b, out_left(d));
	char h[64];
	d->sl->work += n;
	if (hex) {
		for (; i + 1 < n; i += 2)
			if (!fbuf_put1(&b, (unsigned char)(hexv(r[i]) * 16 + hexv(r[i + 1]))))
				break;
		how_add(h, how, "hex");
	} else {
		if (!fold_base64(&b, r, n)) /* past the bound: the start is kept */
			d->sl->truncated = true;
		how_add(h, how, "base64");
	}
	d->sl->out += b.n;
	consider(d, b.p, b.n, level, steps + 1, h);
	fbuf_free(&b);
}

/* Does an escape that encodes a byte start at i ("\x41", "\101",
 * "\u0041")? */
static bool esc_start(const unsigned char *s, size_t n, size_t i)
{
	if (i + 1 >= n || s[i] != '\\')
		return false;
	unsigned char e = s[i + 1];
	if (e == 'x')
		return i + 3 < n && is_hexc(s[i + 2]) && is_hexc(s[i + 3]);
	if (e == 'u')
		return i + 5 < n && s[i + 2] == '0' && s[i + 3] == '0' && is_hexc(s[i + 4]) &&
		       is_hexc(s[i + 5]);
	return e >= '0' && e <= '7';
}

/* The literal around an escape at i, decoded (\xHH, \NNN, \u00HH and the
 * usual one-letter escapes; other bytes as they are) from its opening
 * quote, if one is on the line within 256 bytes, to its closing quote,
 * over joined literals, or the end of the line. Returns the end; *count:
 * the escapes that encode a byte. */
static size_t esc_run(const unsigned char *s, size_t n, size_t i, struct fbuf *out, size_t *count)
{
	size_t st = i;
	for (size_t k = i; k > 0 && i - k < 256; k--) {
		unsigned char c = s[k - 1];
		if (c == '\n')
			break;
		if (is_quote(c) && !(k >= 2 && s[k - 2] == '\\')) {
			st = k;
			break;
		}
	}
	*count = 0;
	size_t j = st;
	while (j < n) {
		unsigned char c = s[j], o;
		if (c == '\n' || c == '\r')
			break;
		if (is_quote(c)) {
			size_t k = join_next(s, n, j);
			if (!k)
				break;
			j = k;
			continue;
		}
		if (c != '\\' || j + 1 >= n) {
			o = c;
			j++;
		} else if (esc_start(s, n, j)) {
			unsigned char e = s[j + 1];
			if (e == 'x') {
				o = (unsigned char)(hexv(s[j + 2]) * 16 + hexv(s[j + 3]));
				j += 4;
			} else if (e == 'u') {
				o = (unsigned char)(hexv(s[j + 4]) * 16 + hexv(s[j + 5]));
				j += 6;
			} else {
				unsigned v = 0;
				size_t k = j + 1;
				while (k < n && k < j + 4 && s[k] >= '0' && s[k] <= '7' &&
				       v * 8 + (unsigned)(s[k] - '0') <= 255)
					v = v * 8 + (unsigned)(s[k++] - '0');
				o = (unsigned char)v;
				j = k;
			}
			(*count)++;
		} else {
			unsigned char e = s[j + 1];
			o = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
			j += 2;
		}
		if (!fbuf_put1(out, o))
			break;
	}
	return j > i ? j : i + 1;
}

/* A list of character codes starting at i (the first digit of a number):
 * 1-3 digit decimals or 0xHH up to 255, separated by commas, blanks, '+',
 * '.', parentheses and "chr": [112, 121], chr(112).chr(121),
 * chr(112)+chr(121), String.fromCharCode(112,121). Returns the end of the
 * last number; *count: the numbers. */
static size_t ints_run(const unsigned char *s, size_t n, size_t i, struct fbuf *out, size_t *count)
{
	*count = 0;
	size_t j = i, end = i;
	while (j < n) {
		unsigned v = 0;
		size_t k = j;
		if (s[k] == '0' && k + 2 < n && (s[k + 1] | 0x20) == 'x' && is_hexc(s[k + 2])) {
			k += 2;
			while (k < n && k < j + 4 && is_hexc(s[k]))
				v = v * 16 + (unsigned)hexv(s[k++]);
		} else {
			while (k < n && k < j + 3 && s[k] >= '0' && s[k] <= '9')
				v = v * 10 + (unsigned)(s[k++] - '0');
		}
		if (k == j || v > 255 || (k < n && (is_alnum(s[k]) || s[k] == '_')))
			break;
		unsigned char o = (unsigned char)v;
		if (!fbuf_put1(out, o))
			break;
		(*count)++;
		end = k;
		size_t sep = k;
		while (sep < n && sep - k < 16) {
			unsigned char c = s[sep];
			if (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
			    c == '+' || c == '.' || c == '(' || c == ')')
				sep++;
			else if (sep + 3 <= n && (s[sep] | 0x20) == 'c' &&
			         (s[sep + 1] | 0x20) == 'h' && (s[sep + 2] | 0x20) == 'r')
				sep += 3;
			else
				break;
		}
		if (sep == k || sep >= n || s[sep] < '0' || s[sep] > '9')
			break;
		j = sep;
	}
	return end;
}

/* A uuencoded line at i: its length character, then exactly as many
 * characters of the uu range (' ' to '`') as that length needs, then the
 * end of the line (or of the literal). Returns the end of the line's
 * characters, 0 if it is not one. */
static size_t uu_line(const unsigned char *s, size_t n, size_t i)
{
	if (i >= n || s[i] < 0x21 || s[i] > 0x4d)
		return 0;
	size_t need = ((size_t)(s[i] - 0x20) + 2) / 3 * 4, j = i + 1;
	for (; j < n && j < i + 1 + need; j++)
		if (s[j] < 0x20 || s[j] > 0x60)
			return 0;
	if (j < i + 1 + need)
		return 0;
	if (j < n && s[j] == '`') /* some encoders add a check character */
		j++;
	if (j == n)
		return j;
	unsigned char c = s[j];
	return c == '\n' || c == '\r' || c == '\\' || is_quote(c) || c == '}' || c == ')' ? j : 0;
}

/* uuencoded lines from a full one ('M', 45 bytes) at i: Perl's
 * unpack("u", ...) bodies, in a heredoc, q{...}, or one literal with
 * "\n" escapes. The lines are copied into in; returns the end, 0 if
 * there is no full line. */
static size_t uu_block(const unsigned char *s, size_t n, size_t i, struct fbuf *in)
{
	if (s[i] != 'M' || !uu_line(s, n, i))
		return 0;
	size_t j = i;
	for (;;) {
		size_t e = uu_line(s, n, j);
		if (!e)
			break;
		fbuf_put(in, s + j, e - j);
		fbuf_put(in, "\n", 1);
		j = e;
		if (j < n && s[j] == '\r')
			j++;
		if (j < n && s[j] == '\n')
			j++;
		else if (j + 1 < n && s[j] == '\\' && s[j + 1] == 'n')
			j += 2;
		else
			break;
		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
	}
	return j;
}

static bool has_ci(const unsigned char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);
	for (size_t i = 0; i + wl <= n; i++) {
		size_t k = 0;
		while (k < wl &&
		       (s[i + k] >= 'A' && s[i + k] <= 'Z' ? s[i + k] | 0x20 : s[i + k]) ==
		           (unsigned char)w[k])
			k++;
		if (k == wl)
			return true;
	}
	return false;
}

/* Markers of rot13 in a run of the alphabet: the word, or the tr/maketrans
 * alphabets (tr/A-Za-z/N-ZA-Mn-za-m/). */
static bool rot13_run(const unsigned char *r, size_t n)
{
	if (n > 128 || n < 5)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = r[i];
		if (c == '3' && i >= 4 && r[i - 1] == '1' &&
		    (has_ci(r + i - 4, 5, "rot13") || (i >= 5 && (has_ci(r + i - 5, 6, "rot_13") ||
		                                                  has_ci(r + i - 5, 6, "rot-13")))))
			return true;
		if (c == '-' && i + 4 < n && (r[i + 1] | 0x20) == 'z' && (r[i + 2] | 0x20) == 'a' &&
		    r[i + 3] == '-' && (r[i + 4] | 0x20) == 'm' && i && (r[i - 1] | 0x20) == 'n')
			return true;
		if ((c == 'n' || c == 'N') && n - i >= 26 &&
		    (!memcmp(r + i, "nopqrstuvwxyzabcdefghijklm", 26) ||
		     !memcmp(r + i, "NOPQRSTUVWXYZABCDEFGHIJKLM", 26)))
			return true;
	}
	return false;
}

/* A string reversed by the language's idiom, at the run "reverse" at i:
 * Perl's reverse of a string ('reverse "..."', 'scalar reverse $s', not
 * 'reverse @list' or 'reverse sort'), Ruby's and JavaScript's
 * "...".reverse / s.split('').reverse(). */
static bool reverse_word(const unsigned char *s, size_t n, size_t i)
{
	if (i + 7 > n || memcmp(s + i, "reverse", 7) || (i + 7 < n && is_b64c(s[i + 7])))
		return false;
	if (i >= 2 && s[i - 1] == '.')
		return is_quote(s[i - 2]) || s[i - 2] == ')' || s[i - 2] == ']';
	if (i && (is_b64c(s[i - 1]) || s[i - 1] == '>' || s[i - 1] == ':'))
		return false;
	size_t j = i + 7;
	while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '('))
		j++;
	return j < n &&
	       (is_quote(s[j]) || s[j] == '$' || (s[j] == 'q' && j + 1 < n && !is_alnum(s[j + 1])));
}

/* Python's s[::-1], the shell's "| rev". */
static bool reverse_punct(const unsigned char *s, size_t n, size_t i)
{
	if (s[i] == '[')
		return i + 6 <= n && !memcmp(s + i, "[::-1]", 6);
	if (s[i] != '|')
		return false;
	size_t j = i + 1;
	while (j < n && s[j] == ' ')
		j++;
	return j + 3 <= n && !memcmp(s + j, "rev", 3) && (j + 3 == n || !is_b64c(s[j + 3]));
}

/* The text a string transform is applied to: adjacent literals glued
 * ('ab' + 'cd', 'ab' . 'cd', 'ab' 'cd' read 'abcd'; 'ab', 'cd' too when
 * the first piece is long: a reversed string is often split into an
 * array of chunks, while ["/bin/sh", "-i"] must stay two) and the
 * one-letter escapes resolved (\n, \t, \', \"), so the payload comes out
 * as written. The code around the literals is transformed too and becomes
 * noise, which no rule matches. A literal of ' or " ends at the line's end
 * (an apostrophe in a comment then only misleads one line). */
static bool normalize(struct fbuf *b, const unsigned char *s, size_t n)
{
	size_t open = SIZE_MAX; /* where the literal we are in started */
	unsigned char qc = 0;
	/* over(d) is asked after each blob, not each byte */
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		if (c == '\n' && qc != '`')
			open = SIZE_MAX;
		if (is_quote(c) && open == SIZE_MAX) {
			open = i + 1;
			qc = c;
		} else if (c == qc && open != SIZE_MAX) {
			size_t j = i + 1;
			while (j < n &&
			       (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
				j++;
			bool comma = j < n && s[j] == ',';
			if (j < n && (comma || s[j] == '+' || s[j] == '.'))
				j++;
			while (j < n &&
			       (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
				j++;
			if (j < n && is_quote(s[j]) && (!comma || i - open >= 24)) {
				qc = s[j];
				open = j + 1;
				i = j + 1;
				continue;
			}
			open = SIZE_MAX;
		} else if (c == '\\' && i + 1 < n) {
			unsigned char e = s[i + 1];
			unsigned char o = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : 0;
			if (o || is_quote(e) || e == '\\') {
				if (!fbuf_put1(b, o ? o : e))
					return false;
				i += 2;
				continue;
			}
		}
		if (!fbuf_put1(b, c))
			return false;
		i++;
	}
	return true;
}

/* One pass over a text: every blob decoded and considered; then, when the
 * text rot13s or reverses strings, the whole text so transformed is a
 * layer too (the string may be anywhere, its consumer far away). */
static void scan_text(struct dec *d, const unsigned char *s, size_t n, int level, int steps,
                      const char *how, unsigned flags)
{
	if (over(d))
		return;
	if (steps >= SL_MAX_STEPS) {
		/* what this text encodes in turn is not decoded */
		d->sl->truncated = true;
		return;
	}
	if (n > SL_MAX_WORK - d->sl->work) {
		n = SL_MAX_WORK - d->sl->work;
		d->sl->truncated = true;
	}
	d->sl->work += n;
	bool rot13 = false, rev = false;
	size_t esc_fail = 0; /* the literal that ends here had too few escapes */
	struct fbuf in = {0};
	/* over(d) is asked after each blob, not each byte */
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		if (c == '\\' && i >= esc_fail && esc_start(s, n, i)) {
			size_t cnt;
			fbuf_reset(&in, out_left(d));
			size_t e = esc_run(s, n, i, &in, &cnt);
			if (cnt >= SL_MIN_ESC) {
				char h[64];
				how_add(h, how, "escapes");
				d->sl->out += in.n;
				consider(d, in.p, in.n, level, steps + 1, h);
				i = e;
				if (over(d))
					break;
			} else {
				esc_fail = e;
				i += 2;
			}
			continue;
		}
		if (!is_b64c(c)) {
			if ((c == '[' || c == '|') && reverse_punct(s, n, i))
				rev = true;
			i++;
			continue;
		}
		bool start = i == 0 || !is_alnum(s[i - 1]);
		if (c == 'M' && start) {
			fbuf_reset(&in, 2 * (size_t)SL_MAX_OUT);
			size_t e = uu_block(s, n, i, &in);
			if (e) {
				struct fbuf b = {0};
				fbuf_reset(&b, out_left(d));
				d->sl->work += in.n;
				fold_uudecode(&b, in.p, in.n);
				d->sl->out += b.n;
				char h[64];
				how_add(h, how, "uu");
				consider(d, b.p, b.n, level, steps + 1, h);
				fbuf_free(&b);
				i = e;
				if (over(d))
					break;
				continue;
			}
		}
		if (c >= '0' && c <= '9' && start && !(i && s[i - 1] == '.')) {
			size_t cnt;
			fbuf_reset(&in, out_left(d));
			size_t e = ints_run(s, n, i, &in, &cnt);
			if (cnt >= SL_MIN_INTS) {
				char h[64];
				how_add(h, how, "charcodes");
				d->sl->out += in.n;
				consider(d, in.p, in.n, level, steps + 1, h);
				i = e;
				if (over(d))
					break;
				continue;
			}
		}
		if (c == 'r' && reverse_word(s, n, i))
			rev = true;
		/* measured first: most runs are words, copied only when long. A
		 * short run that ends in neither padding nor a quote goes on over
		 * no line and no literal: b64_run's answer, without the call */
		bool capped = false;
		size_t total = 0, e = i;
		while (e < n && is_b64c(s[e]))
			e++;
		if (e - i < SL_WRAP_LINE && (e >= n || (s[e] != '=' && !is_quote(s[e]))))
			total = e - i;
		else
			e = b64_run(s, n, i, NULL, &capped, &total);
		if (!rot13 && rot13_run(s + i, e - i))
			rot13 = true;
		if (total >= SL_MIN_B64 && !over(d)) {
			fbuf_reset(&in, 2 * (size_t)SL_MAX_OUT);
			b64_run(s, n, i, &in, &capped, &total);
			if (capped)
				d->sl->truncated = true;
			decode_run(d, in.p, in.n, level, steps, how);
			if (over(d))
				break;
		}
		i = e;
	}
	fbuf_free(&in);
	if ((flags & NO_TRANSFORM) || steps >= SL_MAX_STEPS || n > SL_MAX_TRANSFORM)
		return;
	for (int t = 0; t < 2; t++) {
		if (!(t ? rev : rot13) || over(d))
			continue;
		struct fbuf norm = {0}, b = {0};
		fbuf_reset(&norm, out_left(d));
		fbuf_reset(&b, out_left(d));
		if (normalize(&norm, s, n) &&
		    (t ? fold_strrev(&b, norm.p, norm.n) : fold_rot13(&b, norm.p, norm.n))) {
			d->sl->out += b.n;
			char h[64];
			how_add(h, how, t ? "reverse" : "rot13");
			if (is_text(b.p, b.n))
				emit(d, b.p, b.n, level + 1, steps + 1, h, NO_TRANSFORM);
		}
		fbuf_free(&norm);
		fbuf_free(&b);
	}
}

void script_layers_decode(const unsigned char *buf, size_t len, struct script_layers *sl)
{
	memset(sl, 0, sizeof(*sl));
	struct dec d = {.sl = sl};
	scan_text(&d, buf, len, 0, 0, "", 0);
	free(d.seen);
}

void script_layers_free(struct script_layers *sl)
{
	for (size_t i = 0; i < sl->n; i++)
		free(sl->v[i].buf);
	free(sl->v);
	memset(sl, 0, sizeof(*sl));
}
