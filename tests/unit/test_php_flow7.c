/* The PHP analysis, flow round 7: input reaching a sink through a
 * callback called later, a decoded JSON document's members, an argument
 * vector (pcntl_exec, proc_open with an array), a joined list holding one
 * input element, a nested array copied then changed, the keys of the
 * request walked. These cases are caught today; they guard the flows
 * against regressions. The variants still lost (SQLite3::createFunction
 * called from a query, ASSERT_CALLBACK, xml handlers, Fiber::start, a
 * file infector given its payload as a parameter) are listed in
 * docs/php-analysis.md. Every snippet is written here from the
 * technique, not taken from a sample. */
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

/* a handler registered now, called later with the request's words */
static void test_later_callbacks(void **state)
{
	(void)state;
	expect("<?php set_error_handler(function($n, $s) { system($s); }); "
	       "trigger_error($_POST['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = function($x) { eval($x); }; $g = $f; $g($_REQUEST['z']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

/* json_decode of the request, then a member or a key */
static void test_json_members(void **state)
{
	(void)state;
	expect("<?php $d = json_decode($_POST['j']); system($d->cmd);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $d = json_decode(file_get_contents('php://input'), true); "
	       "eval($d['code']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

/* an argument vector holding input, given to a shell */
static void test_argv(void **state)
{
	(void)state;
	expect("<?php pcntl_exec('/bin/sh', array('-c', $_GET['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $p = proc_open(['/bin/sh', '-c', $_POST['c']], [1 => ['pipe', 'w']], "
	       "$pipes); echo stream_get_contents($pipes[1]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* arrays: one input element joined, a nested copy changed, keys walked */
static void test_arrays(void **state)
{
	(void)state;
	expect("<?php $parts = array('ls', '-la', $_GET['d']); system(implode(' ', $parts));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $a = ['x' => ['y' => 'id']]; $b = $a; $b['x']['y'] = $_GET['c']; "
	       "system($b['x']['y']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php array_walk($_GET, function($v, $k) { system($k); });", "php.input_to_command",
	       HS_SEV_CRITICAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_later_callbacks),
	    cmocka_unit_test(test_json_members),
	    cmocka_unit_test(test_argv),
	    cmocka_unit_test(test_arrays),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
