/* The PHP lexer: tags, strings and every escape, heredoc/nowdoc,
 * interpolation parts, comments, variables, and hostile input (unterminated
 * constructs, NULs, invalid UTF-8, a 10 MB line, 100,000 brackets). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "scan/php_lex.h"

static struct php_lex lx;

static void lex(const char *src, bool code)
{
	php_lex_free(&lx);
	php_lex_run(&lx, (const unsigned char *)src, strlen(src), code, 1000000);
}

/* The n-th token of a type. */
static const struct php_token *nth(enum php_tok_type type, int n)
{
	for (size_t i = 0; i < lx.n; i++)
		if (lx.t[i].type == type && n-- == 0)
			return &lx.t[i];
	return NULL;
}

static void assert_val(const struct php_token *t, const char *want, size_t wl)
{
	assert_non_null(t);
	assert_int_equal(t->vlen, wl);
	assert_memory_equal(php_tok_val(&lx, t), want, wl);
}

static void test_tags_and_html(void **state)
{
	(void)state;
	lex("<html><?php echo 1; ?>\n<b><?= $x ?><? y(); ?><?xml v?>", false);
	assert_int_equal(lx.t[0].type, PT_HTML);
	assert_int_equal(lx.t[1].type, PT_OPEN);
	assert_non_null(nth(PT_OPEN_ECHO, 0));
	assert_non_null(nth(PT_OPEN, 1)); /* a short tag */
	assert_null(nth(PT_OPEN, 2));     /* <?xml is a declaration */
	assert_non_null(nth(PT_CLOSE, 0));
	assert_int_equal(lx.t[lx.n - 1].type, PT_EOF);
	assert_true(php_has_open_tag((const unsigned char *)"a <?php b", 9));
	assert_false(php_has_open_tag((const unsigned char *)"<?xml version", 13));
	assert_false(php_has_open_tag((const unsigned char *)"no tag", 6));
}

static void test_double_quoted_escapes(void **state)
{
	(void)state;
	lex("\"a\\n\\t\\r\\v\\e\\f\\\\\\$\\\"\\x41\\101\\u{42}\\u{e9}\\q\"", true);
	const struct php_token *t = nth(PT_STR, 0);
	const char want[] = "a\n\t\r\v\x1b\f\\$\"AAB\xc3\xa9\\q";
	assert_val(t, want, sizeof(want) - 1);
	assert_true(t->flags & PTF_ESCAPED); /* letters written as escapes */
	lex("\"/home/u\"", true);
	assert_false(nth(PT_STR, 0)->flags & PTF_ESCAPED);
	lex("\"\\057h\\157me\"", true);
	assert_val(nth(PT_STR, 0), "/home", 5);
	assert_true(nth(PT_STR, 0)->flags & PTF_ESCAPED);
}

static void test_single_quoted(void **state)
{
	(void)state;
	lex("'it\\'s \\\\ \\n $x'", true);
	assert_val(nth(PT_STR, 0), "it's \\ \\n $x", 12);
	assert_null(nth(PT_VAR, 0));
}

static void test_interpolation_parts(void **state)
{
	(void)state;
	lex("\"x{$_GET['a']}y$b[k]z$c->d${e}\"", true);
	assert_non_null(nth(PT_ISTR_BEGIN, 0));
	assert_val(nth(PT_VAR, 0), "_GET", 4);
	assert_val(nth(PT_VAR, 1), "b", 1);
	assert_val(nth(PT_VAR, 2), "c", 1);
	assert_val(nth(PT_VAR, 3), "e", 1);
	assert_val(nth(PT_IDENT, 0), "d", 1);
	assert_non_null(nth(PT_ISTR_END, 0));
	/* the bare key of "$b[k]" is a string */
	int k = 0;
	for (size_t i = 0; i < lx.n; i++)
		if (lx.t[i].type == PT_STR && lx.t[i].vlen == 1 &&
		    php_tok_val(&lx, &lx.t[i])[0] == 'k')
			k++;
	assert_int_equal(k, 1);
	/* nested interpolation */
	lex("\"{$a[\"{$b}\"]}\"", true);
	assert_val(nth(PT_VAR, 1), "b", 1);
}

static void test_heredoc_nowdoc(void **state)
{
	(void)state;
	lex("$a = <<<EOT\n  x $v\n  \\x41\n  EOT;\n$b = <<<'N'\nraw $v \\x41\nN;\n", true);
	assert_non_null(nth(PT_ISTR_BEGIN, 0));
	assert_val(nth(PT_VAR, 1), "v", 1);
	/* flexible heredoc: the closing indentation is removed from the lines */
	assert_val(nth(PT_STR, 0), "x ", 2);
	assert_val(nth(PT_STR, 1), "\nA", 2);
	/* nowdoc: nothing interpolates, nothing unescapes */
	assert_val(nth(PT_STR, 2), "raw $v \\x41", 11);
	assert_val(nth(PT_VAR, 2), "b", 1);
}

static void test_comments_and_attributes(void **state)
{
	(void)state;
	lex("a(); // x(); ?> b\n# y();\n/* z(); */ #[Attr] c();", false);
	/* "// ... ?>" ends the comment and the code */
	assert_true(lx.n > 0);
	lex("a(); # y();\n/* z(); */ #[Attr] c();", true);
	assert_val(nth(PT_IDENT, 0), "a", 1);
	assert_val(nth(PT_IDENT, 1), "Attr", 4);
	assert_val(nth(PT_IDENT, 2), "c", 1);
	assert_null(nth(PT_IDENT, 3));
	assert_non_null(nth(PT_ATTR, 0));
}

/* A line ends at \n, \r\n or a lone \r (PHP's NEWLINE, old Mac line
 * ends): a // or # comment stops there, a heredoc opens and closes there,
 * ?> eats one of them. With \n only, a file saved with CR line ends was
 * one comment after its first `//`. */
static void test_cr_line_ends(void **state)
{
	(void)state;
	lex("a(); // x\rb(); # y\rc();", true);
	assert_val(nth(PT_IDENT, 0), "a", 1);
	assert_val(nth(PT_IDENT, 1), "b", 1);
	assert_val(nth(PT_IDENT, 2), "c", 1);
	lex("a(); // x\r\nb();", true);
	assert_val(nth(PT_IDENT, 1), "b", 1);
	/* heredoc and nowdoc with CR and CRLF line ends */
	lex("$a = <<<EOT\rx $v\ry\rEOT;\rd();", true);
	assert_non_null(nth(PT_ISTR_BEGIN, 0));
	assert_val(nth(PT_VAR, 1), "v", 1);
	assert_val(nth(PT_STR, 1), "\ry", 2);
	assert_val(nth(PT_IDENT, 0), "d", 1);
	lex("$b = <<<'N'\r\nraw\r\nline\r\nN;\r\ne();", true);
	assert_val(nth(PT_STR, 0), "raw\r\nline", 9);
	assert_val(nth(PT_IDENT, 0), "e", 1);
	lex("$c = <<<'N'\rraw\rN;\rf();", true);
	assert_val(nth(PT_STR, 0), "raw", 3);
	assert_val(nth(PT_IDENT, 0), "f", 1);
	/* ?> followed by a lone CR: the CR belongs to the tag */
	lex("<?php a(); ?>\rtext", false);
	assert_val(nth(PT_HTML, 0), "text", 4);
}

static void test_variables_numbers_ops(void **state)
{
	(void)state;
	lex("$$x ${'a'} 0x1F 0b101 1_000 1.5e3 \\Foo\\bar $a ?\?= $b <=> $c?->d", true);
	assert_non_null(nth(PT_DOLLAR, 0));
	assert_val(nth(PT_VAR, 0), "x", 1);
	assert_int_equal(nth(PT_NUM, 0)->len, 4);
	assert_int_equal(nth(PT_NUM, 3)->len, 5);
	assert_val(nth(PT_IDENT, 0), "\\Foo\\bar", 8);
	bool coalesce = false, ship = false, nullsafe = false;
	for (size_t i = 0; i < lx.n; i++) {
		coalesce |= php_tok_op(&lx, &lx.t[i],
		                       "?"
		                       "?=");
		ship |= php_tok_op(&lx, &lx.t[i], "<=>");
		nullsafe |= php_tok_op(&lx, &lx.t[i], "?->");
	}
	assert_true(coalesce && ship && nullsafe);
}

static void test_brackets_match(void **state)
{
	(void)state;
	lex("f(a[1], {b});", true);
	assert_true(php_tok_op(&lx, &lx.t[1], "("));
	assert_true(php_tok_op(&lx, &lx.t[lx.t[1].match], ")"));
	/* unbalanced: the opener matches itself */
	lex("f((a);", true);
	assert_int_equal(lx.t[1].match, 1);
}

static void test_unterminated(void **state)
{
	(void)state;
	const char *bad[] = {"<?php 'abc",      "<?php \"abc $x",  "<?php /* abc",
	                     "<?php <<<E\nabc", "<?php `ls",       "<?php \"{$a[",
	                     "<?php \"\\",      "<?php <<<'E'\nx", "<?php ${"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		lex(bad[i], false);
		assert_int_equal(lx.t[lx.n - 1].type, PT_EOF);
	}
}

static void test_hostile_bytes(void **state)
{
	(void)state;
	const unsigned char nul[] = "<?php $a\0 = \"\xff\xfe\0\xc0\x80\"; \0\0 f(\x80);";
	php_lex_free(&lx);
	php_lex_run(&lx, nul, sizeof(nul) - 1, false, 1000);
	assert_int_equal(lx.t[lx.n - 1].type, PT_EOF);
	/* the token bound holds */
	char many[4096];
	memset(many, ';', sizeof(many) - 1);
	many[sizeof(many) - 1] = 0;
	php_lex_free(&lx);
	php_lex_run(&lx, (const unsigned char *)many, strlen(many), true, 100);
	assert_true(lx.truncated);
	assert_true(lx.n <= 100);
}

static void test_big_inputs(void **state)
{
	(void)state;
	size_t n = 10u * 1024 * 1024;
	char *s = malloc(n + 1);
	memcpy(s, "<?php $a = '", 12);
	memset(s + 12, 'x', n - 12);
	s[n] = 0;
	lex(s, false); /* one 10 MB line, an unterminated string */
	assert_int_equal(lx.t[lx.n - 1].type, PT_EOF);
	size_t depth = 100000;
	char *p = malloc(2 * depth + 8);
	memset(p, '(', depth);
	memset(p + depth, ')', depth);
	p[2 * depth] = 0;
	lex(p, true);
	assert_int_equal(lx.t[0].match, 2 * depth - 1);
	free(p);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_tags_and_html),  cmocka_unit_test(test_double_quoted_escapes),
	    cmocka_unit_test(test_single_quoted),  cmocka_unit_test(test_interpolation_parts),
	    cmocka_unit_test(test_heredoc_nowdoc), cmocka_unit_test(test_comments_and_attributes),
	    cmocka_unit_test(test_cr_line_ends),   cmocka_unit_test(test_variables_numbers_ops),
	    cmocka_unit_test(test_brackets_match), cmocka_unit_test(test_unterminated),
	    cmocka_unit_test(test_hostile_bytes),  cmocka_unit_test(test_big_inputs),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	php_lex_free(&lx);
	return r;
}
