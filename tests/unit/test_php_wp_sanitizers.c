/* The PHP analysis: WordPress sanitizers that keep a function name whole
 * (sanitize_key, sanitize_title, sanitize_user, sanitize_textarea_field)
 * do not stop the request from choosing a callee or a command. Every
 * snippet is written here from the technique, not taken from a sample. */
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

static void test_sanitized_callee(void **state)
{
	(void)state;
	expect("<?php add_action('wp_ajax_nopriv_sync', array('Sync', 'run'));\n"
	       "class Sync { static function run() { $d = wp_unslash($_REQUEST['d']);\n"
	       "$r = call_user_func(sanitize_key($_REQUEST['m']), $d); wp_send_json($r); } }",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php system(sanitize_textarea_field($_POST['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sanitized_callee),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
