/* Rule scoping (rules.h): which content may be PHP, how the scope=php
 * pragma splits rule files into the two compiled sets, and that a bad
 * directive is an error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan/rules.h"

static bool may(const char *content, const char *ext)
{
	return rules_may_be_php((const unsigned char *)content, strlen(content), ext);
}

static void test_may_be_php(void **state)
{
	(void)state;
	/* content: any "<?" anywhere, also at the very end */
	assert_true(may("<?php echo 1;", "txt"));
	assert_true(may("GIF89a\x01\x02<?=x?>", "png"));
	assert_true(may("var a = 1 < 2; // <?", "js"));
	assert_true(may("abc<?", "css"));
	/* "<" without "?" and "?" without "<" are not a tag */
	assert_false(may("a < b ? c : d; <div>?</div> <", "js"));
	assert_false(may("", "css"));
	assert_false(may("<", "css"));
	assert_false(may("? <", "css"));
	/* names PHP may run under, whatever the content */
	assert_true(may("plain", ""));
	assert_true(may("plain", "php"));
	assert_true(may("plain", "php7"));
	assert_true(may("plain", "phtml"));
	assert_true(may("plain", "pht"));
	assert_true(may("plain", "phar"));
	assert_true(may("plain", "inc"));
	assert_false(may("plain", "ph"));
	assert_false(may("plain", "html"));
	/* a NUL does not end the search */
	assert_true(rules_may_be_php((const unsigned char *)"\0\0<?", 4, "bin"));
}

static char dir[64];

static void put(const char *name, const char *text)
{
	char p[128];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *fp = fopen(p, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static int count_rules(YR_RULES *r)
{
	int n = 0;
	const YR_RULE *rule;
	yr_rules_foreach(r, rule) n++;
	return n;
}

static bool load(struct rule_sets *rs)
{
	struct strlist dirs = {0};
	strlist_add(&dirs, dir);
	bool ok = rules_load(&dirs, &dirs, NULL, rs);
	strlist_clear(&dirs);
	return ok;
}

static const char scoped[] = "/* PHP only */\n"
                             "  // hostsweep: scope=php \n"
                             "rule p1 { strings: $a = \"aaaa\" condition: $a }\n"
                             "rule p2 { strings: $a = \"bbbb\" condition: $a }\n";
static const char open_rules[] = "rule o1 { strings: $a = \"cccc\" condition: $a }\n";

__attribute__((no_sanitize("alignment"))) static void test_pragma_splits_sets(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/hs-test-scope.XXXXXX");
	assert_non_null(mkdtemp(dir));
	put("a.yar", scoped);
	put("b.yar", open_rules);
	struct rule_sets rs;
	assert_true(load(&rs));
	assert_int_equal(rs.nfiles, 2);
	assert_int_equal(rs.nphp, 1);
	assert_non_null(rs.all);
	assert_non_null(rs.other);
	assert_int_equal(count_rules(rs.all), 3);
	assert_int_equal(count_rules(rs.other), 1); /* only o1 */
	assert_ptr_equal(rules_for(&rs, true), rs.all);
	assert_ptr_equal(rules_for(&rs, false), rs.other);
	rules_free(&rs);

	/* scope=any (or no line) keeps a file in both sets */
	put("a.yar", "// hostsweep: scope=any\nrule p1 { strings: $a = \"aaaa\" condition: $a }\n");
	assert_true(load(&rs));
	assert_int_equal(rs.nphp, 0);
	assert_null(rs.other);
	assert_ptr_equal(rules_for(&rs, false), rs.all);
	rules_free(&rs);

	/* every file scoped: no rule can match content that is not PHP */
	put("a.yar", scoped);
	put("b.yar", "// hostsweep: scope=php\nrule o1 { condition: true }\n");
	assert_true(load(&rs));
	assert_int_equal(rs.nphp, 2);
	assert_null(rules_for(&rs, false));
	assert_ptr_equal(rules_for(&rs, true), rs.all);
	rules_free(&rs);

	/* a typo is an error, not a silently unscoped file */
	put("b.yar", "// hostsweep: scope=PHP\nrule o1 { condition: true }\n");
	assert_false(load(&rs));
	put("b.yar", "// hostsweep: speed=yes\nrule o1 { condition: true }\n");
	assert_false(load(&rs));
	/* the word elsewhere (not a line of its own) is no directive */
	put("b.yar", "rule o1 { condition: true } // hostsweep: scope=nonsense\n");
	assert_true(load(&rs));
	assert_int_equal(rs.nphp, 1);
	rules_free(&rs);

	char p[128];
	snprintf(p, sizeof(p), "%s/a.yar", dir);
	unlink(p);
	snprintf(p, sizeof(p), "%s/b.yar", dir);
	unlink(p);
	rmdir(dir);
}

/* The externals a rule set reads decide whether a verdict may be reused
 * for a copy of a file elsewhere: a quote inside a regex (['"]) must not
 * hide the identifiers of the conditions after it. */
__attribute__((no_sanitize("alignment"))) static void test_externals_after_regex(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/hs-test-ext.XXXXXX");
	assert_non_null(mkdtemp(dir));
	put("a.yar",
	    "rule q { strings: $a = /x['\"]=/ condition: $a and filepath matches /tmp/ "
	    "}\nrule r { strings: $b = \"it's\" condition: $b and extension == \"sh\" }\n");
	struct rule_sets rs;
	assert_true(load(&rs));
	assert_true(rs.externals & EXT_FILEPATH);
	assert_true(rs.externals & EXT_EXTENSION);
	assert_false(rs.externals & EXT_MIME);
	rules_free(&rs);
	char p[128];
	snprintf(p, sizeof(p), "%s/a.yar", dir);
	unlink(p);
	rmdir(dir);
}

int main(void)
{
	if (yr_initialize() != ERROR_SUCCESS)
		return 1;
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_may_be_php),
	    cmocka_unit_test(test_pragma_splits_sets),
	    cmocka_unit_test(test_externals_after_regex),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	yr_finalize();
	return rc;
}
