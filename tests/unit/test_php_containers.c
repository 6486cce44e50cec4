/* The PHP layer's verdict does not depend on the container of the code
 * (tests/eval/containergen.py measures it over many codes): the same
 * payload inside a class's method that is called, with CR or CRLF line
 * ends, behind a short tag, is found as the bare one. And benign code in
 * the same wrappers stays quiet. Every snippet is written here. */
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

/* A function declared in a method's body is a function, not a method: the
 * payload's helper is called by its plain name from the method. */
static void test_function_in_method(void **state)
{
	(void)state;
	const char *bare = "<?php function run_it($c) { return shell_exec($c); }\n"
	                   "echo run_it($_GET['c']);\n";
	expect(bare, "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Cache_Helper { public function run() {\n"
	       "function run_it($c) { return shell_exec($c); }\n"
	       "echo run_it($_GET['c']);\n} }\n$h = new Cache_Helper(); $h->run();\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* two levels: a function in a function in a method */
	expect("<?php class A { function go() { function outer() { function inner($x) { "
	       "eval($x); } inner($_POST['p']); } outer(); } }\n(new A)->go();\n",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* the methods of the class stay methods */
	expect("<?php class B { function a($c) { system($c); } function b() { "
	       "$this->a($_REQUEST['x']); } }\n(new B)->b();\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* benign: a helper declared in a method that runs a fixed command */
	quiet("<?php class Report { public function build() {\n"
	      "function fmt($s) { return htmlspecialchars($s, ENT_QUOTES); }\n"
	      "echo fmt($_GET['title']);\n} }\n(new Report)->build();\n");
}

/* CR and CRLF line ends: a // comment ends at the line's end. */
static void test_line_ends(void **state)
{
	(void)state;
	expect("<?php\r// loader\r$c = $_POST['c']; # run\reval($c);\r", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php\r\n// loader\r\n$c = $_POST['c'];\r\neval($c);\r\n", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php\r$p = <<<EOT\r{$_GET['z']}\rEOT;\r// x\rsystem($p);\r",
	       "php.input_to_command", HS_SEV_CRITICAL);
	quiet("<?php\r// version\r$v = '1.2';\recho htmlspecialchars($_GET['q'] ?? '');\r");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_function_in_method),
	    cmocka_unit_test(test_line_ends),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
