/* libFuzzer harness: the decoded layers of non-PHP scripts
 * (scan/script_layers.c) over bytes an attacker chose: blobs of every form
 * it looks for (base64 split over literals, hex, escapes, character codes,
 * uu, rot13/reversal) and the zlib/gzip chains behind them (decompression
 * bombs, deep nesting). Checked: the bounds script_layers.h and
 * docs/script-layers.md promise (at most 32 layers, 4 MB of output, every
 * layer NUL-terminated with a named chain, a depth of at most 8). A hang
 * or a blow-up of memory is reported by libFuzzer (-timeout, -rss_limit_mb
 * in make fuzz). */
#include "scan/script_layers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = malloc(size ? size : 1); /* no NUL after it: ASan sees overreads */
	memcpy(buf, data, size);
	struct script_layers sl;
	memset(&sl, 0, sizeof(sl));
	script_layers_decode(buf, size, &sl);
	size_t out = 0;
	if (sl.n > 32)
		abort();
	for (size_t i = 0; i < sl.n; i++) {
		const struct script_layer *L = &sl.v[i];
		if (!L->buf || L->buf[L->len] != '\0' || L->layer < 1 || L->layer > 8 ||
		    !memchr(L->how, '\0', sizeof(L->how)))
			abort();
		out += L->len;
	}
	if (out > 4u * 1024 * 1024 + 1)
		abort();
	script_layers_free(&sl);
	free(buf);
	return 0;
}
