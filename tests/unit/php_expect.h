/* Shared by the PHP layer's unit tests (test_php_eval.c, test_php_sinks.c,
 * test_php_techniques.c): analyse a snippet and assert what it reports.
 * Include after cmocka.h. The result of the last run() is in `res`. */
#ifndef HS_TEST_PHP_EXPECT_H
#define HS_TEST_PHP_EXPECT_H

#include <stdio.h>
#include <string.h>

#include "scan/php_analyze.h"

static struct php_result res;

static inline void run(const char *src)
{
	php_result_free(&res);
	php_eval((const unsigned char *)src, strlen(src), false, NULL, &res);
}

static inline const struct php_hit *find(const char *rule)
{
	for (size_t i = 0; i < res.nhits; i++)
		if (!strcmp(res.hits[i].rule, rule))
			return &res.hits[i];
	return NULL;
}

/* src must give rule at severity >= sev; what it gave instead is printed */
static inline void expect(const char *src, const char *rule, enum hs_severity sev)
{
	run(src);
	const struct php_hit *h = find(rule);
	if (!h || h->sev < sev) {
		fprintf(stderr, "missing %s in: %s\n", rule, src);
		for (size_t i = 0; i < res.nhits; i++)
			fprintf(stderr, "  got %s: %s\n", res.hits[i].rule, res.hits[i].evidence);
	}
	assert_non_null(h);
	assert_true(h->sev >= sev);
}

/* no finding at all */
static inline void quiet(const char *src)
{
	run(src);
	for (size_t i = 0; i < res.nhits; i++)
		fprintf(stderr, "unexpected %s: %s\n", res.hits[i].rule, res.hits[i].evidence);
	assert_int_equal(res.nhits, 0);
}

/* no high or critical finding (a medium one may stay) */
static inline void not_high(const char *src)
{
	run(src);
	for (size_t i = 0; i < res.nhits; i++) {
		if (res.hits[i].sev >= HS_SEV_HIGH)
			fprintf(stderr, "unexpected %s: %s\n", res.hits[i].rule,
			        res.hits[i].evidence);
		assert_true(res.hits[i].sev < HS_SEV_HIGH);
	}
}

#endif
