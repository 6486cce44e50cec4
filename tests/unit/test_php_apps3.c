/* Idioms of the third clean set (tests/eval/build-clean-apps3.sh: Debian
 * and npm packages nobody tuned against) that got high or critical
 * findings, each next to the attack it must still catch. Every snippet is
 * written here from the idiom's shape, not taken from the package. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "php_expect.h"

/* A sort order picked by name from the request: the callee is a fixed
 * prefix and input, and no function PHP's evaluator knows starts with the
 * prefix, so the request picks among the application's own functions. */
static void test_prefixed_dispatch(void **state)
{
	(void)state;
	const char *sort = "<?php $order = @$_GET['order'];\n"
	                   "if (!$order) $order = 'country';\n"
	                   "function cmp_rows_country($a, $b) { return strcmp($a[0], $b[0]); }\n"
	                   "$fn = 'cmp_rows_' . $order;\n"
	                   "usort($rows, $fn);\n";
	not_high(sort);
	expect(sort, "php.dynamic_call_input", HS_SEV_MEDIUM);
	not_high("<?php $h = 'handle_' . $_POST['step']; $h($_POST);");
	/* a prefix a dangerous built-in starts with is still a shell */
	expect("<?php $f = 'sys' . $_GET['x']; $f($_GET['c']);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $f = 's' . $_GET['x']; if (!$f) $f = 'sort_a'; $f($_GET['c']);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php $f = 'array_' . $_GET['x']; $f('system', [$_GET['c']]);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a namespace separator or a class could lead anywhere */
	expect("<?php $f = '\\\\' . $_GET['x']; $f($_GET['c']);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $_GET['f']($_GET['a']);", "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php $f = $_GET['f'] . 'x'; usort($a, $f);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_prefixed_dispatch),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
