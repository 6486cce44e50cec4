/* The PHP analysis: php.request_flood, a connect, send or fetch to a host
 * the request names, in a loop that runs without end, by the clock or a
 * count the request gives (the DDoS script a visitor starts by URL). Loops
 * that walk a list, retry a few times or poll a fixed host are not floods.
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

static void test_timed_and_endless_floods(void **state)
{
	(void)state;
	/* UDP, timed by microtime, a socket per packet */
	expect("<?php set_time_limit(0); $h = $_POST['host']; $p = $_POST['port'];\n"
	       "$until = microtime(true) + $_POST['secs']; $d = str_repeat('X', 65000);\n"
	       "while (microtime(true) < $until) { $s = fsockopen('udp://' . $h, $p, $e, $es, 5);\n"
	       "if ($s) { fwrite($s, $d); fclose($s); } }",
	       "php.request_flood", HS_SEV_HIGH);
	/* one socket opened before an endless loop that breaks on the clock */
	expect("<?php ignore_user_abort(1); $max = time() + $_GET['time'];\n"
	       "$s = fsockopen(\"udp://{$_GET['ip']}\", $_GET['port'], $en, $es, 3);\n"
	       "while (1) { if (time() > $max) break; fwrite($s, str_repeat(\"\\xff\", 1400)); }",
	       "php.request_flood", HS_SEV_HIGH);
	/* curl handles added for ever */
	expect(
	    "<?php $mh = curl_multi_init(); $t = $_GET['target'];\n"
	    "while (true) { for ($i = 0; $i < 50; $i++) { $ch = curl_init($t);\n"
	    "curl_multi_add_handle($mh, $ch); } do { curl_multi_exec($mh, $run); } while ($run); }",
	    "php.request_flood", HS_SEV_HIGH);
	/* for (;;) with socket_sendto to the named host */
	expect("<?php $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);\n"
	       "for (;;) { socket_sendto($s, 'AAAA', 4, 0, $_REQUEST['h'], 53); }",
	       "php.request_flood", HS_SEV_HIGH);
}

/* fetches only: the clock limit lifted is what opens the file to the analysis */
static void test_fetch_only_flood(void **state)
{
	(void)state;
	expect("<?php set_time_limit(0); $target = $_GET['h']; $end = time() + (int)$_GET['t'];\n"
	       "while (time() < $end) { @file_get_contents(\"http://$target/?\" . rand()); }",
	       "php.request_flood", HS_SEV_HIGH);
}

static void test_counted_floods(void **state)
{
	(void)state;
	/* slowloris: 500 connections (a literal bound run over) */
	expect("<?php $u = $_REQUEST['url'];\n"
	       "for ($i = 0; $i < 500; $i++) { $c[$i] = fsockopen($u, 80);\n"
	       "fwrite($c[$i], \"GET / HTTP/1.1\\r\\nHost: $u\\r\\n\"); }",
	       "php.request_flood", HS_SEV_HIGH);
	/* as many requests as the request asks for */
	expect(
	    "<?php $u = $_GET['u']; for ($i = 0; $i < $_GET['n']; $i++) {\n"
	    "$ch = curl_init($u); curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1); curl_exec($ch); }",
	    "php.request_flood", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a proxy that retries three times */
	quiet("<?php $url = $_GET['u']; $data = false; $tries = 0; curl_setopt($x, 1, 2);\n"
	      "while (!$data && $tries < 3) { $data = @file_get_contents($url); $tries++; }\n"
	      "echo $data;");
	/* a link checker over the posted list */
	quiet(
	    "<?php curl_setopt($x, 1, 2); foreach ($_POST['urls'] as $u) { $h = @get_headers($u);\n"
	    "echo $u, ': ', $h ? $h[0] : 'down', \"\\n\"; }");
	quiet("<?php for ($i = 0; $i < count($_POST['urls']); $i++) {\n"
	      "$ch = curl_init($_POST['urls'][$i]); curl_setopt($ch, CURLOPT_NOBODY, 1); "
	      "curl_exec($ch); }");
	/* a daemon polling fixed hosts for ever */
	quiet("<?php while (true) { foreach (['https://a.example/health', "
	      "'https://b.example/health'] as $u) {\n"
	      "$ch = curl_init($u); curl_setopt($ch, CURLOPT_TIMEOUT, 5); curl_exec($ch); } "
	      "sleep(60); }");
	/* long polling until the upstream answers, then out */
	quiet("<?php $u = $_GET['u']; curl_setopt($x, 1, 2);\n"
	      "while (true) { $r = @file_get_contents($u); if ($r !== false) { echo $r; break; }\n"
	      "usleep(500000); }");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_timed_and_endless_floods),
	    cmocka_unit_test(test_fetch_only_flood),
	    cmocka_unit_test(test_counted_floods),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
