/* php_is_code(): which files the PHP layer reads as PHP by their type and
 * where the tag sits (agent/scan/php_analyze.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "scan/php_analyze.h"

static bool code(const char *s, const char *ext)
{
	return php_is_code((const unsigned char *)s, strlen(s), ext);
}

/* A sample quoted in a front-end source or a document is not code, for
 * every flavour of those types (not only .js and .md). */
static void test_quoting_types(void **state)
{
	(void)state;
	const char *quoted =
	    "const sample = '<?php eval($_POST[1]); ?>';\nexport default sample;\n";
	const char *exts[] = {"js",     "mjs",    "cjs", "jsx", "ts",   "tsx",  "vue",
	                      "svelte", "coffee", "md",  "mdx", "adoc", "po",   "pot",
	                      "less",   "scss",   "css", "rst", "json", "yaml", "txt"};
	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
		if (code(quoted, exts[i]))
			fail_msg("quoted sample read as code in .%s", exts[i]);
	}
	/* the same text in a PHP file, or a file without a type, is code */
	assert_true(code(quoted, "php"));
	assert_true(code(quoted, ""));
	/* a quoting type that starts with the tag is PHP whatever its name */
	assert_true(code("<?php eval($_POST[1]);", "vue"));
	assert_true(code("\xef\xbb\xbf\n <?php eval($_POST[1]);", "mdx"));
}

/* A PHP block appended to a served asset (jquery.min.js, style.css) runs
 * when a PHP file includes the asset: the PHP layer must read it. */
static void test_appended_to_asset(void **state)
{
	(void)state;
	const char *js = "/*! jQuery v3 */\n!function(e){var t=1;e.x=t}(window);\n"
	                 "<?php eval($_POST['x']); ?>\n";
	assert_true(code(js, "js"));
	assert_true(code(js, "mjs"));
	assert_true(code(js, "cjs"));
	const char *css =
	    "body{margin:0}\n.a{color:red}\n  <?php @eval(base64_decode($_COOKIE[c]));\n";
	assert_true(code(css, "css"));
	const char *short_echo = "a{b:c}\n<?= `ls` ?>\n";
	assert_true(code(short_echo, "css"));
	/* in the middle of the asset, more code below */
	const char *mid = "var a=1;\n<?php system($_GET[c]); ?>\nvar b=2;\n";
	assert_true(code(mid, "js"));
	/* not a served type: a Vue component or a Markdown page quoting it */
	assert_false(code(js, "vue"));
	assert_false(code(js, "md"));
}

/* Front-end code that quotes PHP with the tag at the start of a line: a
 * template literal (closed by a backtick below the tag), an XML prolog, a
 * tag inside a line. None of it is code. */
static void test_quoted_in_asset(void **state)
{
	(void)state;
	const char *tmpl = "const php = `\n<?php\necho $_GET['x'];\n`;\nhighlight(php);\n";
	assert_false(code(tmpl, "js"));
	const char *tmpl2 = "test('php', () => check(`\n<?php eval($x); ?>\n`));\n";
	assert_false(code(tmpl2, "mjs"));
	const char *inline_tag =
	    "/* Embedded Language Tags, e.g. <?php ?> */\n.hljs-meta{color:red}\n";
	assert_false(code(inline_tag, "css"));
	const char *xml = "var s = '';\n<?xml version=\"1.0\"?>\n";
	assert_false(code(xml, "js"));
	/* a tag not followed by a blank (an identifier, a template) */
	const char *word = "var a;\n<?phpfoo\n";
	assert_false(code(word, "js"));
	/* more than 8 blanks before the tag: deep in an indented sample */
	const char *deep = "x;\n            <?php eval($_POST[x]);\n";
	assert_false(code(deep, "js"));
}

/* Bounds: a tag cut at the end of the buffer, empty input. */
/* A file that starts with PHP statements and no tag (a payload kept for
 * eval(file_get_contents()), a dumped layer) is read in code mode. */
static bool analysed_hits(const char *s, const char *ext)
{
	struct php_result r;
	bool ran = php_analyze((const unsigned char *)s, strlen(s), ext, &r);
	bool hits = ran && r.nhits > 0;
	php_result_free(&r);
	return hits;
}

static void test_tagless_code(void **state)
{
	(void)state;
	const char *payload = "// cache\n$a = $_POST['x'];\n$b = 'sys' . 'tem';\n$b($a);\n";
	assert_true(php_tagless_code((const unsigned char *)payload, strlen(payload)));
	assert_true(analysed_hits(payload, "php"));
	assert_true(analysed_hits(payload, ""));
	/* a tag that only appears in a string later stays a string */
	const char *late = "if(!defined('X')) { define('X', 1); }\n$k = 'a'; $p = $_COOKIE['p'];\n"
	                   "$d = \"<?php \" . $k . \" ?>\";\neval($p);\n";
	assert_true(analysed_hits(late, "php"));
	/* the quoting types and other languages with '$' variables are not read */
	assert_false(analysed_hits(payload, "md"));
	assert_false(analysed_hits(payload, "pl"));
	assert_false(analysed_hits(payload, "sh"));
	/* prose, jQuery and a single statement are not PHP */
	const char *prose = "$5 = the price of a coffee; $10 = two; $20 = a lunch;";
	assert_false(php_tagless_code((const unsigned char *)prose, strlen(prose)));
	const char *jq = "$(document).ready(function () { $('#a').hide(); $('#b').show(); });";
	assert_false(php_tagless_code((const unsigned char *)jq, strlen(jq)));
	const char *one = "$x = 1;\n";
	assert_false(php_tagless_code((const unsigned char *)one, strlen(one)));
	/* a file that starts with its tag is the usual path */
	const char *tagged = "<?php $a = 1; $b = 2; $c = 3;";
	assert_false(php_tagless_code((const unsigned char *)tagged, strlen(tagged)));
}

static void test_bounds(void **state)
{
	(void)state;
	const char *cut[] = {"a;\n<?", "a;\n<?p", "a;\n<?php", "a;\n<?=", "\n", ""};
	for (size_t i = 0; i < sizeof(cut) / sizeof(cut[0]); i++)
		assert_false(code(cut[i], "js"));
	assert_true(code("a;\n<?php ", "js"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_quoting_types),   cmocka_unit_test(test_appended_to_asset),
	    cmocka_unit_test(test_quoted_in_asset), cmocka_unit_test(test_tagless_code),
	    cmocka_unit_test(test_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
