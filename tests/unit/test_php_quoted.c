/* Quoted code: the literal spans (php_quoted_scan / php_quoted_inside), the
 * "runs text" verdict, literal PHP written to a file as a layer
 * (php.code_drop), and the pipeline: a rule matched only inside literals
 * of a file that runs nothing is medium, every way of running the literal
 * keeps it high or critical. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline_fixture.h"
#include "scan/filescan.h"
#include "scan/php_eval.h"
#include "scan/php_lex.h"
#include "scan/php_quoted.h"

/* ------------------------------------------------------------ spans */

static struct php_lex lx;
static struct php_quoted_regions rg;

static void scan_src(const char *src, size_t len)
{
	php_lex_free(&lx);
	php_quoted_regions_free(&rg);
	php_lex_run(&lx, (const unsigned char *)src, len, false, 2000000);
	php_quoted_scan(&lx, &rg);
}

/* Is the first occurrence of needle in src (of length len) inside? */
static bool inside(const char *src, const char *needle, size_t len)
{
	const char *p = strstr(src, needle);
	assert_non_null(p);
	return php_quoted_inside(&rg, (size_t)(p - src), len ? len : strlen(needle));
}

static void test_single_and_double_quoted(void **state)
{
	(void)state;
	const char *s = "<?php $a = 'x eval($_POST[1]) y'; $b = \"<?php system($c); ?>\";\n"
	                "$d = \"k {$e} eval($_GET[2]) l\"; eval2();";
	scan_src(s, strlen(s));
	assert_true(rg.complete);
	assert_false(rg.runs);
	assert_true(inside(s, "eval($_POST[1])", 0));
	assert_true(inside(s, "system($c)", 0));
	assert_true(inside(s, "eval($_GET[2])", 0)); /* interpolated: the string is one region */
	assert_false(inside(s, "eval2()", 0));
	assert_false(inside(s, "$a = 'x", 0)); /* starts in code */
}

static void test_heredoc_nowdoc(void **state)
{
	(void)state;
	const char *s = "<?php\n$a = <<<EOT\n<?php eval($_POST['x']); ?>\nEOT;\n"
	                "$b = <<<'NOW'\n  system($_GET['c']);\n  NOW;\nfoo();\n";
	scan_src(s, strlen(s));
	assert_true(rg.complete);
	assert_true(inside(s, "eval($_POST['x'])", 0));
	assert_true(inside(s, "system($_GET['c'])", 0));
	assert_false(inside(s, "foo()", 0));
}

static void test_concatenation_and_straddle(void **state)
{
	(void)state;
	const char *s = "<?php $a = 'eval(' . '$_POST[1]);'; $b = 'eval(' . $x . '$_GET'; "
	                "$c = 'abc' /* . */ . 'def'; $d = 'ghi'; jkl();";
	scan_src(s, strlen(s));
	const char *p = strstr(s, "eval(");
	const char *q = strstr(s, "1]);");
	/* across a concatenation of literals: still literal text */
	assert_true(php_quoted_inside(&rg, (size_t)(p - s), (size_t)(q - p) + 4));
	/* a variable in the chain: code in between */
	p = strstr(s, "'eval(' . $x");
	q = strstr(s, "$_GET");
	assert_false(php_quoted_inside(&rg, (size_t)(p - s), (size_t)(q - p) + 5));
	/* a comment between the pieces is not joined */
	p = strstr(s, "abc");
	q = strstr(s, "def");
	assert_false(php_quoted_inside(&rg, (size_t)(p - s), (size_t)(q - p) + 3));
	/* a match that straddles a literal and code */
	p = strstr(s, "ghi");
	assert_false(php_quoted_inside(&rg, (size_t)(p - s), 12));
}

static void test_unterminated(void **state)
{
	(void)state;
	const char *s = "<?php $a = 'ok'; $b = 'eval($_POST[1]); ";
	scan_src(s, strlen(s));
	assert_false(rg.complete); /* PHP would not parse it: not a literal we vouch for */
	assert_false(inside(s, "eval($_POST", 0));
	assert_true(inside(s, "ok", 0));
	const char *d = "<?php $a = \"x {$y} eval($_POST[1]);";
	scan_src(d, strlen(d));
	assert_false(rg.complete);
	assert_false(inside(d, "eval($_POST", 0));
	const char *h = "<?php $a = <<<EOT\neval($_POST[1]);\n";
	scan_src(h, strlen(h));
	assert_false(rg.complete);
	assert_false(inside(h, "eval($_POST", 0));
}

static void test_megabyte_literal(void **state)
{
	(void)state;
	size_t n = 1u << 20;
	char *s = malloc(n + 64);
	memcpy(s, "<?php $a = '", 12);
	memset(s + 12, 'A', n);
	memcpy(s + 12 + n / 2, "eval($_POST[1])", 15);
	memcpy(s + 12 + n, "'; f();", 8);
	size_t len = 12 + n + 7;
	scan_src(s, len);
	assert_true(rg.complete);
	assert_int_equal(rg.n, 1);
	assert_true(php_quoted_inside(&rg, 12 + n / 2, 15));
	assert_false(php_quoted_inside(&rg, 12 + n, 4)); /* the closing quote and code */
	free(s);
}

/* Well-formed PHP of every string form is complete: nothing the lexer
 * emits as a literal is mistaken for an unterminated one. */
static void test_complete_forms(void **state)
{
	(void)state;
	static const char *const ok[] = {
	    "<?php $a = b'x' . B\"y\";",
	    "<?php $a = \"{$b['k']} {$c->d} $e[0] ${f}\";",
	    "<?php $a = \"{$b[\"k\"]}\";",
	    "<?php $a = [<<<EOT\n  x {$y}\n  EOT, <<<'N'\n  z\n  N];",
	    "<?php $a = <<<\"Q\"\nq\nQ;\n",
	    "<?php #[Attr('x')]\nfunction f(string $s = 'a'): string { return \"\"; }",
	    "<?php // it's\n/* don't */ $a = '';\n?>\n<p>it's html</p>\n<?= 'x' ?>",
	    "<?php $a = '\\''; $b = \"\\\"\";",
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		scan_src(ok[i], strlen(ok[i]));
		if (!rg.complete)
			fail_msg("not complete: %s", ok[i]);
	}
}

/* What keeps a file from being quoted code. */
static void test_runs_verdict(void **state)
{
	(void)state;
	static const struct {
		const char *src;
		bool runs;
	} c[] = {
	    {"<?php $this->assertSame('x', $p->parse('eval($_POST[1])'));", false},
	    {"<?php $s = ['eval(', 'base64_decode(']; foreach ($s as $x) strpos($f, $x);", false},
	    {"<?php require_once __DIR__ . '/../vendor/autoload.php';", false},
	    {"<?php require ABSPATH . 'wp-load.php';", false},
	    {"<?php $a = array_map('trim', $lines); usort($a, function ($x, $y) { return 0; });",
	     false},
	    {"<?php $x = preg_replace('/a+/i', 'b', $y);", false},
	    {"<?php $e = fn ($s) => htmlspecialchars($s); $this->assertSame('x', $e('<?php'));",
	     false},
	    {"<?php $e = function ($s) { return $s; }; $g = function () use ($e) { return $e(1); "
	     "};",
	     false},
	    {"<?php $this->assertSame('x', (new Escaper)('a')); (new Escaper('u'))('b');", false},
	    {"<?php $e = fn ($s) => $s; $e = 'assert'; $e($code);", true},
	    {"<?php function f($e, $c) { $e($c); }", true},
	    {"<?php foreach ($fs as $e) { $e($code); }", true},
	    {"<?php $e = function () {}; extract($_GET); $e($code);", true},
	    {"<?php (new $cls)($code);", true},
	    {"<?php (new Runner)->go($code)(1);", true},
	    {"<?php function t($m, $in) { return $this->esc->$m($in); }", true},
	    {"<?php $this->esc->{$m}($in);", true},
	    {"<?php $r = new ReflectionFunction('assert'); $r->$m($code);", true},
	    {"<?php $c = Closure::bind($f, null); $c->$m($code);", true},
	    {"<?php Runner::$m($code);", true},
	    {"<?php $o->{'ass' . 'ert'}($code);", true},
	    {"<?php $f = 'as' . 'sert'; $f($code);", true},
	    {"<?php file_put_contents($t, $code); include $t;", true},
	    {"<?php include $t;", true},
	    {"<?php include 'data://text/plain;base64,' . base64_encode($c);", true},
	    {"<?php preg_replace('/.*/e', $code, '');", true},
	    {"<?php preg_replace($p, $code, '');", true},
	    {"<?php $g = create_function('', $code);", true},
	    {"<?php [new Runner, 'go']($code);", true},
	    {"<?php array('Runner', 'go')($code);", true},
	    {"<?php $$n($code);", true},
	    {"<?php ${'n'}($code);", true},
	    {"<?php $o->$m($code);", true},
	    {"<?php new $cls($code);", true},
	    {"<?php call_user_func('assert', $code);", true},
	    {"<?php array_map($f, [$code]);", true},
	    {"<?php register_shutdown_function('assert', $code);", true},
	    {"<?php echo `$code`;", true},
	    {"<?php $h = \"{$f($code)}\";", true},
	    {"<?php \\eval($code);", true},
	    {"<?php $fp = fopen('x.php', 'w'); fwrite($fp, $code);", true},
	    {"<?php (new SplFileObject('x.php', 'w'))->fwrite($code);", true},
	    {"<?php filter_var($code, FILTER_CALLBACK, ['options' => $f]);", true},
	    {"<?php 'assert'($code);", true},
	    {"<?php $r = new ReflectionFunction('assert'); $r->invoke($code);", true},
	    /* assert() of a boolean expression runs no text (a test suite's checks) */
	    {"<?php $o = esc_html('<?php eval($_POST[1]);'); assert(strlen($o) > 0);", false},
	    {"<?php assert($a === $b && !$c); assert(is_string($o)); assert(\\in_array(1, $x));",
	     false},
	    {"<?php assert($o instanceof Foo); assert(count($x)); assert(ctype_digit($n));", false},
	    {"<?php assert($code);", true},
	    {"<?php assert(base64_decode($c));", true},
	    {"<?php assert($c . '');", true},
	    {"<?php assert(strrev('1 > 0;)]1[TSOP_$(lave'));", true},
	    {"<?php assert($x > 0 ? $code : 1);", true},
	    {"<?php assert($x == 1 ?: $code);", true},
	    {"<?php assert($k ?? $code);", true},
	    {"<?php assert('a' ^ ($x == 1));", true},
	    {"<?php assert($s = $code);", true},
	    {"<?php assert(is_string($c) . $c);", true},
	    {"<?php assert($code, 'x > 0');", true},
	};
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		scan_src(c[i].src, strlen(c[i].src));
		if (rg.runs != c[i].runs)
			fail_msg("%s: runs %d, want %d", c[i].src, rg.runs, c[i].runs);
	}
}

/* --------------------------------------------- literal code written */

static enum hs_severity hit_sev(const struct php_result *r, const char *rule)
{
	enum hs_severity s = HS_SEV_NONE;
	for (size_t i = 0; i < r->nhits; i++)
		if (!strcmp(r->hits[i].rule, rule) && r->hits[i].sev > s)
			s = r->hits[i].sev;
	return s;
}

static void eval_src(const char *src, struct php_result *r)
{
	php_eval((const unsigned char *)src, strlen(src), false, NULL, r);
}

static void test_code_drop_layer(void **state)
{
	(void)state;
	struct php_result r;
	/* file_put_contents of a literal shell */
	eval_src("<?php file_put_contents($d . '/x.php', '<?php @eval($_POST[1]); ?>'); echo 'ok';",
	         &r);
	assert_int_equal(hit_sev(&r, "php.code_drop"), HS_SEV_CRITICAL);
	assert_int_equal(hit_sev(&r, "php.input_to_eval"), HS_SEV_CRITICAL);
	assert_string_equal(r.hits[0].rule, "php.code_drop"); /* the write comes first */
	assert_non_null(strstr(r.hits[0].evidence, "file_put_contents"));
	php_result_free(&r);
	/* fwrite of a heredoc, with the path named */
	eval_src("<?php $h = fopen('/tmp/s.php', 'w');\nfwrite($h, <<<EOT\n<?php "
	         "system(\\$_GET['c']);\nEOT\n);",
	         &r);
	assert_int_equal(hit_sev(&r, "php.code_drop"), HS_SEV_CRITICAL);
	php_result_free(&r);
	/* fputs of a folded nowdoc */
	eval_src("<?php $h = fopen('s.php', 'w'); $c = <<<'X'\n<?php\nX;\n"
	         "$c .= ' passthru($_REQUEST[\"c\"]);'; fputs($h, $c);",
	         &r);
	assert_int_equal(hit_sev(&r, "php.code_drop"), HS_SEV_CRITICAL);
	php_result_free(&r);
	/* copy of a data: stream */
	eval_src("<?php copy('data:text/plain;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOw==', "
	         "'x.php');",
	         &r);
	assert_int_equal(hit_sev(&r, "php.code_drop"), HS_SEV_CRITICAL);
	assert_non_null(strstr(r.hits[0].evidence, "x.php"));
	php_result_free(&r);
	/* a guard or a fixed config written: no finding */
	eval_src("<?php file_put_contents($d . '/index.php', '<?php // Silence is golden');\n"
	         "file_put_contents('c.php', '<?php return array(\"a\" => 1);');",
	         &r);
	assert_int_equal(r.nhits, 0);
	php_result_free(&r);
	/* guards written first do not use up the layers of what follows */
	char many[2048] = "<?php\n";
	for (int i = 0; i < 12; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many),
		         "file_put_contents('g%d.php', '<?php exit; ?>');\n", i);
	strcat(many, "eval(base64_decode('ZXZhbCgkX1BPU1RbMV0pOw=='));\n"); /* eval($_POST[1]); */
	eval_src(many, &r);
	assert_int_equal(hit_sev(&r, "php.input_to_eval"), HS_SEV_CRITICAL);
	php_result_free(&r);
	/* text without an open tag is data, not a program */
	eval_src("<?php file_put_contents('n.txt', 'eval($_POST[1]);');", &r);
	assert_int_equal(hit_sev(&r, "php.code_drop"), HS_SEV_NONE);
	php_result_free(&r);
}

/* --------------------------------------------- through the pipeline */

static int setup(void **state)
{
	(void)state;
	return pipeline_setup();
}

static int teardown(void **state)
{
	(void)state;
	pipeline_teardown();
	php_lex_free(&lx);
	php_quoted_regions_free(&rg);
	return 0;
}

static struct finding *scan(const char *path, const char *buf)
{
	return pipeline_scan(path, buf, strlen(buf), NULL);
}

static const char shell[] = "'<?php eval($_POST[\"x\"]); ?>'";

static void test_pipeline_test_suite_is_medium(void **state)
{
	(void)state;
	char src[1024];
	snprintf(src, sizeof(src),
	         "<?php\nuse PHPUnit\\Framework\\TestCase;\n"
	         "final class UploadFilterTest extends TestCase\n{\n"
	         "    public function testRejectsShell(): void\n    {\n"
	         "        $filter = new UploadFilter();\n"
	         "        $this->assertFalse($filter->isSafe(%s));\n"
	         "        $this->assertTrue($filter->isSafe('hello'));\n    }\n}\n",
	         shell);
	struct finding *f = scan("/srv/app/tests/UploadFilterTest.php", src);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "webshell.webshell_php_eval_request"));
	assert_int_equal(f->severity, HS_SEV_MEDIUM);
	assert_true(finding_has_tag(f, "quoted-code"));
	assert_non_null(strstr(f->evidence, "inside a string literal, not run"));
	finding_free(f);
	/* a security plugin's signature list */
	const char *sig = "<?php\n$hs_sigs = array(\n  'eval_post' => 'eval($_POST[',\n"
	                  "  'sys_get' => 'system($_GET[',\n);\n"
	                  "function hs_match($text, $sigs) {\n  foreach ($sigs as $k => $s)\n"
	                  "    if (stripos($text, $s) !== false) return $k;\n  return null;\n}\n";
	f = scan("/srv/app/wp-content/plugins/guard/sigs.php", sig);
	assert_non_null(f);
	assert_int_equal(f->severity, HS_SEV_MEDIUM); /* critical before: eval($_POST[ */
	assert_true(finding_has_tag(f, "quoted-code"));
	finding_free(f);
}

static void test_pipeline_dropper_is_critical(void **state)
{
	(void)state;
	char src[512];
	snprintf(src, sizeof(src),
	         "<?php\n$d = dirname(__FILE__) . '/wp-cache.php';\nfile_put_contents($d, %s);\n"
	         "echo 'done';\n",
	         shell);
	struct finding *f = scan("/srv/www/up.php", src);
	assert_non_null(f);
	assert_int_equal(f->severity, HS_SEV_CRITICAL);
	assert_true(strlist_contains(&f->rules, "php.code_drop"));
	assert_false(finding_has_tag(f, "quoted-code"));
	finding_free(f);
}

/* A shell that keeps its code in a literal and runs it by a path the PHP
 * layer may not follow: never lowered. */
static void test_pipeline_evasive_paths_stay_high(void **state)
{
	(void)state;
	static const char *const runs[] = {
	    "$f = 'as' . 'sert'; $f($c);",
	    "$t = tempnam('/tmp', 'x'); file_put_contents($t, $c); include $t;",
	    "$r = 'pre' . 'g_replace'; $r('/.*/e', $c, '');",
	    "$g = create_function('', $c); $g();",
	    "[new Runner, 'go']($c);",
	    "$n = 'fu' . 'nc'; $$n($c);",
	    "$o = new Runner; $m = 'go'; $o->$m($c);",
	    "call_user_func('as' . 'sert', $c);",
	    "array_map($cb, array($c));",
	    "include 'data://text/plain;base64,' . base64_encode($c);",
	    "$cls = $_GET['k']; new $cls($c);",
	    "register_shutdown_function('assert', $c);",
	    "assert($c);",
	    "assert(trim($c));",
	    "assert($c . '' ?: 1 > 0);",
	};
	for (size_t i = 0; i < sizeof(runs) / sizeof(runs[0]); i++) {
		char src[512];
		snprintf(src, sizeof(src), "<?php\n$c = %s;\n%s\n", shell, runs[i]);
		struct finding *f = scan("/srv/www/x.php", src);
		assert_non_null(f);
		if (f->severity < HS_SEV_HIGH || finding_has_tag(f, "quoted-code"))
			fail_msg("lowered: %s (%s)", runs[i], severity_name(f->severity));
		finding_free(f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_single_and_double_quoted),
	    cmocka_unit_test(test_heredoc_nowdoc),
	    cmocka_unit_test(test_concatenation_and_straddle),
	    cmocka_unit_test(test_unterminated),
	    cmocka_unit_test(test_megabyte_literal),
	    cmocka_unit_test(test_complete_forms),
	    cmocka_unit_test(test_runs_verdict),
	    cmocka_unit_test(test_code_drop_layer),
	    cmocka_unit_test(test_pipeline_test_suite_is_medium),
	    cmocka_unit_test(test_pipeline_dropper_is_critical),
	    cmocka_unit_test(test_pipeline_evasive_paths_stay_high),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
