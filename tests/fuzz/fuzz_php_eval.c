/* libFuzzer harness: the PHP layer as the per-file pipeline runs it
 * (scan/php_analyze.c: is it PHP code, then the abstract interpreter of
 * scan/php_eval.c with its decoded layers), with the shipped limits.
 * The first byte picks code mode (bit 0: php_eval on a string as eval()
 * would see it) or the file path (php_analyze, extension from bits 1-2).
 * Checked: the bounds php_eval.h promises (layers, a hit's fields). A
 * hang or a blow-up of memory is reported by libFuzzer (-timeout,
 * -rss_limit_mb in make fuzz). */
#include "scan/php_analyze.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check(const struct php_result *r)
{
	if (r->nlayers > PHP_MAX_LAYERS)
		abort();
	for (size_t i = 0; i < r->nlayers; i++)
		if (!r->layers[i].buf && r->layers[i].len)
			abort();
	for (size_t i = 0; i < r->nhits; i++) {
		const struct php_hit *h = &r->hits[i];
		if (!h->rule || !memchr(h->evidence, '\0', sizeof(h->evidence)))
			abort();
		if (h->layer < 0 || h->layer > PHP_MAX_LAYERS)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t len = size - 1;
	unsigned char *buf = malloc(len ? len : 1); /* no NUL after it: ASan sees overreads */
	memcpy(buf, data + 1, len);
	struct php_result res;
	memset(&res, 0, sizeof(res));
	if (data[0] & 1) {
		php_eval(buf, len, true, NULL, &res);
		check(&res);
		php_result_free(&res);
	} else {
		static const char *const exts[] = {"php", "", "jpg", "phtml"};
		if (php_analyze(buf, len, exts[(data[0] >> 1) & 3], &res)) {
			check(&res);
			php_result_free(&res);
		}
	}
	free(buf);
	return 0;
}
