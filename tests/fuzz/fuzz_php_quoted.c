/* libFuzzer harness: quoted code (scan/php_quoted.c), the literal spans and
 * the "runs text" verdict over the lexer's tokens of hostile input. The
 * first byte is the lexer's mode (bit 0: code) and token cap (bit 1: a
 * small one). Checked beyond "no crash": regions are sorted, disjoint and
 * inside the source; php_quoted_inside agrees with them at their edges. */
#include "scan/php_lex.h"
#include "scan/php_quoted.h"

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
	struct php_quoted_regions r;
	php_quoted_scan(&lx, &r);
	for (size_t i = 0; i < r.n; i++) {
		if (r.b[i] >= r.e[i] || r.e[i] > len)
			abort();
		if (i && r.b[i] < r.e[i - 1])
			abort();
		if (!php_quoted_inside(&r, r.b[i], r.e[i] - r.b[i]))
			abort();
		if (php_quoted_inside(&r, r.b[i], r.e[i] - r.b[i] + 1))
			abort(); /* one byte past a region's end is never inside it */
	}
	if (r.runs && !r.why)
		abort();
	php_quoted_regions_free(&r);
	php_lex_free(&lx);
	free(src);
	return 0;
}
