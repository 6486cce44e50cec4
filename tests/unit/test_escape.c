/* Escaping of attacker-controlled bytes for output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static void expect_escape(const char *in, size_t len, const char *want)
{
	char *got = hs_escape_n(in, len);
	assert_string_equal(got, want);
	free(got);
}

static void test_plain_ascii_unchanged(void **state)
{
	(void)state;
	expect_escape("/home/alice/public_html/index.php", 33, "/home/alice/public_html/index.php");
}

static void test_newline_and_controls(void **state)
{
	(void)state;
	expect_escape("a\nb\rc\td\x1b[31m", 12, "a\\nb\\rc\\td\\x1b[31m");
	expect_escape("x\0y", 3, "x\\x00y");
	expect_escape("\x7f", 1, "\\x7f");
}

static void test_backslash_is_escaped(void **state)
{
	(void)state;
	/* otherwise "a\\nb" in a name could pass for an escaped newline */
	expect_escape("a\\nb", 4, "a\\\\nb");
}

static void test_valid_utf8_kept(void **state)
{
	(void)state;
	expect_escape("caf\xc3\xa9", 5, "caf\xc3\xa9");
	expect_escape("\xe2\x82\xac", 3, "\xe2\x82\xac");
}

static void test_invalid_utf8_hex(void **state)
{
	(void)state;
	expect_escape("\xff\xfe", 2, "\\xff\\xfe");
	expect_escape("\xc3", 1, "\\xc3");                   /* truncated */
	expect_escape("\xc0\xaf", 2, "\\xc0\\xaf");          /* overlong '/' */
	expect_escape("\xed\xa0\x80", 3, "\\xed\\xa0\\x80"); /* surrogate */
}

static void test_bidi_and_line_separators(void **state)
{
	(void)state;
	expect_escape("\xe2\x80\xae", 3, "\\xe2\\x80\\xae"); /* U+202E RLO */
	expect_escape("\xe2\x80\xa8", 3, "\\xe2\\x80\\xa8"); /* U+2028 */
	expect_escape("\xc2\x85", 2, "\\xc2\\x85");          /* NEL (C1) */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_plain_ascii_unchanged),
	    cmocka_unit_test(test_newline_and_controls),
	    cmocka_unit_test(test_backslash_is_escaped),
	    cmocka_unit_test(test_valid_utf8_kept),
	    cmocka_unit_test(test_invalid_utf8_hex),
	    cmocka_unit_test(test_bidi_and_line_separators),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
