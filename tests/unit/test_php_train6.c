/* The PHP analysis, generalization round train6 (branch fix6-web): the
 * causes of what the blind development set tests/eval/train6 showed missed.
 * Every snippet is written here from the technique, in spellings train6
 * does not use, with the look-alikes of real applications. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_expect.h"
#include "scan/php_analyze.h"

/* A callable called through ->__invoke() (or a closure's ->call()), and a
 * method the request names reaching a class's __call($name, $args). */
static void test_invoke_and_magic_call(void **state)
{
	(void)state;
	expect("<?php $run = passthru(...);\n$run->__invoke($_COOKIE['q']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = function ($c) { return shell_exec($c); };\n"
	       "echo $f->call(new stdClass, $_GET['w']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $k = 'exec';\n$g = Closure::fromCallable($k);\n"
	       "$g?->__invoke(getallheaders()['X-Run']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Bridge { function __call($fn, $a) { return "
	       "call_user_func_array($fn, $a); } }\n"
	       "$b = new Bridge; $name = $_POST['n']; $b->$name($_POST['a']);",
	       "php.dynamic_call_input", HS_SEV_HIGH);
	expect("<?php class H { public function __call($m, $p) { return $m($p[0]); } }\n"
	       "(new H)->{$_GET['m']}($_GET['p']);",
	       "php.dynamic_call_input", HS_SEV_HIGH);
	/* a router calling the action the request names on a controller that
	 * has no __call: not a finding */
	quiet("<?php class Ctl { function index() { return 'home'; } }\n"
	      "$c = new Ctl; $a = $_GET['action'] ?? 'index';\n"
	      "if (method_exists($c, $a)) echo $c->$a();");
	/* a closure's ->call() with a fixed body */
	quiet("<?php $f = function () { return $this->name; };\n"
	      "echo $f->call($user, $_GET['x']);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_invoke_and_magic_call),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
