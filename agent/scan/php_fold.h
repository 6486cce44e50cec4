/* PHP's string-transforming built-ins over known bytes, as PHP computes
 * them: what obfuscation builds names and payloads from (base64_decode,
 * gzinflate, str_rot13, hex2bin, XOR of strings ...). The analyzer folds
 * them to see the name or the code they hide. Every function writes into a
 * bounded buffer: output beyond `max` bytes fails the fold (a decode bomb
 * yields "unknown", never gigabytes). */
#ifndef HS_PHP_FOLD_H
#define HS_PHP_FOLD_H

#include <stdbool.h>
#include <stddef.h>

struct fbuf {
	unsigned char *p;
	size_t n, cap;
	size_t max; /* the fold fails when the output would exceed it */
};

void fbuf_reset(struct fbuf *b, size_t max);
void fbuf_free(struct fbuf *b);
bool fbuf_put(struct fbuf *b, const void *d, size_t n);

/* One byte, as fbuf_put(b, &c, 1): inline, for the decoders' inner loops
 * (a call per byte was most of a whole-text transform's cost). */
static inline bool fbuf_put1(struct fbuf *b, unsigned char c)
{
	if (b->n < b->cap && b->n < b->max) {
		b->p[b->n++] = c;
		return true;
	}
	return fbuf_put(b, &c, 1);
}

/* Each returns false when the input cannot be folded or the output would
 * exceed b->max; b holds the result otherwise. */
bool fold_base64(struct fbuf *b, const unsigned char *s, size_t n);
bool fold_base64_encode(struct fbuf *b, const unsigned char *s, size_t n);
bool fold_hex2bin(struct fbuf *b, const unsigned char *s, size_t n);
bool fold_bin2hex(struct fbuf *b, const unsigned char *s, size_t n);
bool fold_urldecode(struct fbuf *b, const unsigned char *s, size_t n, bool plus_is_space);
bool fold_rot13(struct fbuf *b, const unsigned char *s, size_t n);
bool fold_strrev(struct fbuf *b, const unsigned char *s, size_t n);
/* mode: 'l' lower, 'u' upper, 'f' ucfirst, 'c' lcfirst, 'w' ucwords */
bool fold_case(struct fbuf *b, const unsigned char *s, size_t n, char mode);
bool fold_uudecode(struct fbuf *b, const unsigned char *s, size_t n);
/* kind: 'i' gzinflate (raw deflate), 'u' gzuncompress (zlib), 'd' gzdecode (gzip) */
bool fold_inflate(struct fbuf *b, const unsigned char *s, size_t n, char kind);
bool fold_stripslashes(struct fbuf *b, const unsigned char *s, size_t n);
/* op: '^', '|', '&' as PHP applies them to two strings */
bool fold_bitwise(struct fbuf *b, const unsigned char *x, size_t xn, const unsigned char *y,
                  size_t yn, char op);
/* trim family: which 'b' both, 'l' left, 'r' right; chars NULL = PHP's default set */
bool fold_trim(struct fbuf *b, const unsigned char *s, size_t n, const unsigned char *chars,
               size_t cn, char which);
/* str_replace / str_ireplace of one needle */
bool fold_replace(struct fbuf *b, const unsigned char *s, size_t n, const unsigned char *from,
                  size_t fn, const unsigned char *to, size_t tn, bool nocase);
/* html_entity_decode of the named entities PHP always knows and &#N; &#xH; */
bool fold_entities(struct fbuf *b, const unsigned char *s, size_t n);

#endif
