/* The PHP analysis: php.input_keyed_eval for payloads decrypted with a key
 * the request carries, in the shapes the first version missed: an RC4 whose
 * state is filled and permuted from a cookie (the key is input itself, not
 * its hash), and a hash-keyed XOR whose output is built with `.=` and run
 * as is (no decoder after the loop). Look-alikes decrypt a setting for
 * display, or sign a cookie. Every snippet is written here from the
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

static void test_rc4_cookie_key(void **state)
{
	(void)state;
	expect("<?php function rc4($key, $data) { $s = range(0, 255); $j = 0;\n"
	       "for ($i = 0; $i < 256; $i++) { $j = ($j + $s[$i] + ord($key[$i % strlen($key)])) "
	       "% 256;\n"
	       "$t = $s[$i]; $s[$i] = $s[$j]; $s[$j] = $t; }\n"
	       "$i = 0; $j = 0; $out = '';\n"
	       "for ($y = 0; $y < strlen($data); $y++) { $i = ($i + 1) % 256; $j = ($j + $s[$i]) % "
	       "256;\n"
	       "$t = $s[$i]; $s[$i] = $s[$j]; $s[$j] = $t;\n"
	       "$out .= chr(ord($data[$y]) ^ $s[($s[$i] + $s[$j]) % 256]); } return $out; }\n"
	       "if (isset($_COOKIE['sk'])) { eval(rc4($_COOKIE['sk'], "
	       "base64_decode('q3Jm1a8fXk2Lr0Yb7uX9Qm4sTz1wVb0='))); }",
	       "php.input_keyed_eval", HS_SEV_HIGH);
	/* the state mixed with the key in place, then walked with a moving index */
	expect("<?php $key = $_SERVER['HTTP_X_K']; $s = range(0, 255);\n"
	       "for ($i = 0; $i < 256; $i++) { $s[$i] = ($s[$i] + ord($key[$i % 4])) % 256; }\n"
	       "$d = base64_decode('q3Jm1a8fXk2Lr0Yb7uX9Qm4sTz1wVb0='); $o = ''; $j = 0;\n"
	       "for ($y = 0; $y < strlen($d); $y++) { $j = ($j + $s[$y]) % 256; "
	       "$o .= chr(ord($d[$y]) ^ $s[$j]); }\n"
	       "eval($o);",
	       "php.input_keyed_eval", HS_SEV_HIGH);
}

static void test_hash_key_appended(void **state)
{
	(void)state;
	expect("<?php $key = md5($_SERVER['HTTP_USER_AGENT'] . 'salt');\n"
	       "$x = base64_decode('CQMJAg4MBA4DDwkMCQ4='); $o = '';\n"
	       "for ($i = 0; $i < strlen($x); $i++) $o .= chr(ord($x[$i]) ^ ord($key[$i % 32]));\n"
	       "eval($o);",
	       "php.input_keyed_eval", HS_SEV_HIGH);
	expect("<?php $key = sha1($_COOKIE['t']); $x = base64_decode('CQMJAg4MBA4DDwkMCQ4=');\n"
	       "$o = ''; foreach (str_split($x) as $i => $c) $o .= chr(ord($c) ^ ord($key[$i % "
	       "40]));\n"
	       "assert($o);",
	       "php.input_keyed_eval", HS_SEV_HIGH);
}

/* the key is md5 of a posted password, or of '' when none came: the
 * request's key decrypts the payload, not the default */
static void test_key_with_a_default(void **state)
{
	(void)state;
	expect("<?php $d = 'q3Jm1a8fXk2Lr0Yb7uX9Qm4sTz1wVb0=';\n"
	       "$pl = @strlen($k = isset($_POST['pw']) ? md5($_POST['pw']) : md5(''));\n"
	       "$l = strlen($d = base64_decode($d));\n"
	       "for ($n = 0; $n < $l; $n++) { $d[$n] = chr(ord($d[$n]) ^ ord($k[$n % $pl])); }\n"
	       "if ($d = @gzuncompress($d)) { eval('?>' . $d); }",
	       "php.input_keyed_eval", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a stored secret decrypted for display: no eval */
	quiet("<?php $key = md5($_COOKIE['sid']); $x = base64_decode('CQMJAg4MBA4DDwkMCQ4=');\n"
	      "$o = ''; for ($i = 0; $i < strlen($x); $i++) $o .= chr(ord($x[$i]) ^ ord($key[$i % "
	      "32]));\n"
	      "echo htmlspecialchars($o);");
	/* a table shuffled by a request's number, then echoed */
	quiet("<?php $s = range(0, 9); $j = ord($_GET['q'][0]) % 10; $t = $s[0]; $s[0] = $s[$j]; "
	      "$s[$j] = $t; echo implode(',', $s);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rc4_cookie_key),
	    cmocka_unit_test(test_hash_key_appended),
	    cmocka_unit_test(test_key_with_a_default),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
