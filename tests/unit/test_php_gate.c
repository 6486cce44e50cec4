/* The gate in front of the PHP evaluator (scan/php_gate.h): it must pass
 * every file the evaluator can report on. One file per sink kind, in the
 * hidden forms too (a name folded from pieces, a string or an array element
 * called, a fully qualified or mixed-case name); files it may reject, each
 * checked against the evaluator run without the gate; and a walk over the
 * evaluator's own table of built-ins: for every name and several call
 * shapes, a file the ungated evaluator reports on must pass the gate, so a
 * sink added to the evaluator later cannot be cut by a stale gate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/php_eval.h"
#include "scan/php_gate.h"
#include "scan/php_lex.h"

static bool gate(const char *src)
{
	struct php_lex lx = {0};
	php_lex_run(&lx, (const unsigned char *)src, strlen(src), false, 1000000);
	bool g = php_gate(&lx);
	php_lex_free(&lx);
	return g;
}

/* Does the evaluator, run without its gate, report anything on src? */
static bool reports(const char *src)
{
	struct php_limits lim = {.no_gate = true};
	struct php_result r;
	php_eval((const unsigned char *)src, strlen(src), false, &lim, &r);
	bool any = r.nhits > 0 || r.nlayers > 0;
	php_result_free(&r);
	return any;
}

/* Every sink kind, written plainly and hidden. */
static const char *const must_pass[] = {
    /* code execution */
    "<?php eval($_GET['a']);",
    "<?php assert($_POST['a']);",
    "<?php $f = create_function('', $_GET['a']); $f();",
    "<?php preg_replace('/x/e', $_GET['a'], 'x');",
    "<?php preg_replace($_GET['p'], $_GET['a'], 'x');",
    "<?php mb_ereg_replace('x', $_GET['a'], 'x', 'e');",
    /* commands, in every spelling */
    "<?php system($_GET['c']);",
    "<?php \\system($_GET['c']);",
    "<?php SyStEm($_GET['c']);",
    "<?php exec($_GET['c']);",
    "<?php shell_exec($_GET['c']);",
    "<?php passthru($_GET['c']);",
    "<?php popen($_GET['c'], 'r');",
    "<?php proc_open($_GET['c'], [], $p);",
    "<?php pcntl_exec($_GET['c']);",
    "<?php echo `ls {$_GET['d']}`;",
    /* names folded, computed or called as strings */
    "<?php $f = \"sys\" . \"tem\"; $f($_GET['c']);",
    "<?php $a = ['sys' . 'tem']; $a[0]($_GET['c']);",
    "<?php ('sys' . 'tem')($_GET['c']);",
    "<?php 'system'($_GET['c']);",
    "<?php $o = new stdClass; $o->{'f'}($_GET['c']);",
    "<?php $m = $_GET['m']; $o->$m();",
    "<?php $c = $_GET['c']; new $c($_GET['a']);",
    "<?php $$k = $_GET['v'];",
    "<?php ${'_GE' . 'T'}['a'];",
    /* callbacks */
    "<?php call_user_func($_GET['f'], $_GET['a']);",
    "<?php call_user_func('system', $_GET['a']);",
    "<?php array_map('assert', [$_GET['a']]);",
    "<?php array_filter([$_GET['a']], 'system');",
    "<?php usort($a, $_GET['f']);",
    "<?php register_shutdown_function($_GET['f']);",
    "<?php ob_start($_GET['f']);",
    "<?php $db->createFunction('f', $_GET['f']);",
    "<?php $x->registerPHPFunctions($_GET['f']);",
    "<?php Closure::fromCallable($_GET['f']);",
    "<?php filter_var($_GET['a'], FILTER_CALLBACK, ['options' => $_GET['f']]);",
    "<?php new ReflectionFunction($_GET['f']);",
    "<?php new \\ReflectionFunction('system');",
    "<?php new CallbackFilterIterator($it, $_GET['f']);",
    "<?php session_set_save_handler($a, $b, $c, $d, $e, $_GET['f']);",
    "<?php yaml_parse($_POST['y'], 0, $n, ['!x' => $_GET['f']]);",
    "<?php $f = get_defined_functions();",
    /* includes that are not a plain literal path to PHP */
    "<?php include $_GET['p'];",
    "<?php include 'up/avatar.jpg';",
    "<?php require_once 'http://example.com/x.php';",
    "<?php include(\"\\x61.php\");",
    "<?php include base64_decode('eC5waHA=');",
    /* writes, uploads, mail, sockets, outbound requests */
    "<?php file_put_contents('x.php', $_POST['a']);",
    "<?php fwrite($h, $_POST['a']);",
    "<?php fputs($h, $_POST['a']);",
    "<?php copy($_FILES['f']['tmp_name'], 'x.php');",
    "<?php rename($_FILES['f']['tmp_name'], 'x.php');",
    "<?php move_uploaded_file($_FILES['f']['tmp_name'], $_GET['d']);",
    "<?php error_log($_POST['a'], 3, 'x.php');",
    "<?php mail($_POST['to'], 's', 'b');",
    "<?php wp_mail($_POST['to'], 's', 'b');",
    "<?php $m->send();",
    "<?php fsockopen($_GET['h'], 80);",
    "<?php stream_socket_client($_GET['u']);",
    "<?php curl_setopt($c, CURLOPT_POSTFIELDS, $_POST);",
    "<?php stream_context_create(['http' => ['content' => $_POST['p']]]);",
    "<?php $u = 'https://api.telegram.org/bot1/sendMessage';",
    /* embedded interpreters and FFI */
    "<?php $v = new V8Js(); $v->executeString($_GET['js']);",
    "<?php $p = new \\Perl(); $p->eval($_GET['c']);",
    "<?php $f = FFI::cdef('int system(const char *);'); $f->system($_GET['c']);",
};

static void test_passes_every_sink_kind(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(must_pass) / sizeof(must_pass[0]); i++) {
		if (!gate(must_pass[i]))
			fail_msg("the gate rejects: %s", must_pass[i]);
	}
}

/* Code with no way to a sink: the gate rejects it, and the evaluator run
 * without the gate agrees that there is nothing to report. */
static const char *const may_reject[] = {
    "<html><body>no code</body></html>",
    "<?php echo htmlspecialchars($_GET['a']);",
    "<?php $a = array_map('trim', explode(',', $_GET['l']));",
    "<?php usort($a, function ($x, $y) { return $x <=> $y; });",
    "<?php require_once __DIR__ . '/vendor/autoload.php';",
    "<?php include 'header.php'; include dirname(__FILE__) . '/footer.inc';",
    "<?php $o->exec_query($sql); $db->system_info();",
    "<?php class A { function system() {} function eval() {} }",
    "<?php preg_replace('/\\s+/u', ' ', $_GET['a']);",
    "<?php $x = \"{$a} and $b[c]\"; echo strtoupper($x);",
    "<?php /* system($_GET['c']); eval($x); */ // `ls`\n echo 1;",
    "<?php $s = 'call system($_GET) and eval'; echo $s;",
    "<?php new DateTime($_GET['d']); error_log($_POST['a']);",
};

static void test_rejects_code_without_sinks(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(may_reject) / sizeof(may_reject[0]); i++) {
		if (gate(may_reject[i]))
			fail_msg("the gate passes: %s", may_reject[i]);
		if (reports(may_reject[i]))
			fail_msg("the evaluator reports on a file the gate rejects: %s",
			         may_reject[i]);
	}
}

/* The evaluator's own table: for each built-in name in several call
 * shapes, whatever the ungated evaluator reports on must pass the gate. */
static void test_walks_the_evaluators_table(void **state)
{
	(void)state;
	static const char *const shapes[] = {
	    "<?php %s($_GET['a']);",
	    "<?php %s($_GET['a'], $_GET['b'], $_GET['c'], $_GET['d']);",
	    "<?php %s('/var/www/html/x.php', $_POST['a']);",
	    "<?php $h = fopen('/var/www/html/x.php', 'w'); %s($h, $_POST['a']);",
	    "<?php %s('ZXZhbCgkX0dFVFsnYSddKTs=');",
	    "<?php eval(%s('ZXZhbCgkX0dFVFsnYSddKTs='));",
	    "<?php $o = new %s($_GET['a']); $o->run($_GET['b']);",
	    "<?php $o->%s($_GET['a'], $_GET['b']);",
	    "<?php X::%s($_GET['a'], $_GET['b']);",
	};
	size_t names = 0, reported = 0;
	char src[256];
	for (size_t i = 0; php_ev_builtin_name(i); i++, names++) {
		for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
			snprintf(src, sizeof(src), shapes[k], php_ev_builtin_name(i));
			if (!reports(src))
				continue;
			reported++;
			if (!gate(src))
				fail_msg("the evaluator reports on a file the gate rejects: %s",
				         src);
		}
	}
	/* the walk is not vacuous: the table is there and many shapes report */
	assert_true(names > 100);
	assert_true(reported > 50);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_passes_every_sink_kind),
	    cmocka_unit_test(test_rejects_code_without_sinks),
	    cmocka_unit_test(test_walks_the_evaluators_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
