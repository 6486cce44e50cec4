/* Decoded layers of scripts that are not PHP (Perl, Python, shell, Node,
 * Ruby ...). The PHP layer follows PHP's own decoders through the code;
 * for the other languages only the wrapper was seen, and a wrapper spelled
 * in a way no rule knows hid a payload the rules catch in clear. So the
 * blobs are found by their *form*, whatever consumes them: base64 (also
 * split over concatenated literals or wrapped lines), hex, escape runs
 * (\xHH, \NNN), lists of character codes, uuencoded lines, and, when the
 * text carries a rot13 or string-reversal idiom, the whole text rot13'd or
 * reversed; decoded bytes that are zlib, gzip or raw deflate are inflated;
 * what decodes to text is a layer and is searched again (nested chains).
 * Decoded bytes that are not mostly text (an icon, a certificate, a font)
 * are dropped. Strict bounds: chain depth, output bytes, inflate ratio,
 * work, number of layers (docs/script-layers.md). */
#ifndef HS_SCRIPT_LAYERS_H
#define HS_SCRIPT_LAYERS_H

#include <stdbool.h>
#include <stddef.h>

/* Bump when what is decoded changes: part of the engine digest (the key
 * of the scan cache). */
#define SCRIPT_LAYERS_VERSION "script-layers-1"

struct script_layer {
	unsigned char *buf; /* decoded text (owned), NUL-terminated */
	size_t len;
	int layer;    /* 1: decoded from the file's bytes, 2: from a layer 1 ... */
	char how[64]; /* the chain, outermost first: "base64>zlib>base64" */
	bool whole;   /* a whole text rot13'd or reversed: its start is noise */
};

struct script_layers {
	struct script_layer *v;
	size_t n, cap;
	size_t out;     /* decoded bytes produced, all steps together */
	size_t work;    /* bytes examined by the decoders */
	bool truncated; /* a bound was reached: part of what is encoded was not seen */
};

/* Find and decode the encoded blobs of buf (any bytes: it is never read
 * past len). sl is filled (script_layers_free), with no layer when
 * nothing decoded to text. */
void script_layers_decode(const unsigned char *buf, size_t len, struct script_layers *sl);
void script_layers_free(struct script_layers *sl);

#endif
