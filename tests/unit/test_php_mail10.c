/* The PHP analysis, round 10: why held-out set 5's PHP mailers were missed,
 * fixed for the technique (their files were read; these snippets are
 * written here in other spellings, not taken from them):
 *
 * - a loop over a list the site keeps whose sender or subject the code makes
 *   new for every message (a random number, a random pick) and whose letter
 *   comes from the request or is fetched from a URL: the request gives
 *   neither the subject nor the sender, so mail8's loop did not judge it;
 * - a capability or nonce check in another function of the same file (the
 *   host plugin's AJAX handler) hid a sender injected further down;
 * - a list read by a query and then filtered, merged or chunked before the
 *   loop walks it was no queried list (only the last assignment was read). */
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

/* a database list, the letter fetched or posted, the identity made random */
static void test_rotated_identity(void **state)
{
	(void)state;
	/* mysqli rows, a letter from a fixed URL, a random pick of subjects and
	 * a numbered sender */
	expect("<?php $db = mysqli_connect('localhost', 'u', 'p', 'shop');\n"
	       "$letter = file_get_contents('https://cdn.example.net/l/7.html');\n"
	       "$subjects = array('Your parcel', 'Account notice', 'Payment due');\n"
	       "$res = mysqli_query($db, 'SELECT mail FROM customers');\n"
	       "while ($r = mysqli_fetch_assoc($res)) {\n"
	       "  mail($r['mail'], $subjects[array_rand($subjects)], $letter,\n"
	       "       \"From: support\" . rand(10, 99) . \"@example.com\\r\\nContent-Type: "
	       "text/html\");\n"
	       "}",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* PHPMailer over PDO rows, the letter posted, sender and subject random */
	expect("<?php require 'PHPMailer/src/PHPMailer.php'; $m = new "
	       "PHPMailer\\PHPMailer\\PHPMailer();\n"
	       "$pdo = new PDO($dsn, $u, $p);\n"
	       "foreach ($pdo->query('SELECT addr FROM leads')->fetchAll() as $row) {\n"
	       "  $m->setFrom('noreply' . mt_rand(100, 9999) . '@example.org', 'Security');\n"
	       "  $m->Subject = 'Case ' . uniqid();\n"
	       "  $m->msgHTML($_POST['letter']);\n"
	       "  $m->addAddress($row['addr']); $m->send(); $m->clearAddresses();\n"
	       "}",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* a pg list, curl-fetched letter, a chained builder whose subject is random */
	expect("<?php $c = curl_init('http://panel.example.com/job/letter'); "
	       "curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n"
	       "$html = curl_exec($c); $q = pg_query($conn, 'select email from members');\n"
	       "for ($i = 0; $i < pg_num_rows($q); $i++) { $e = pg_fetch_result($q, $i, 0);\n"
	       "  $msg = (new Email())->from('info@example.net')->to($e)\n"
	       "      ->subject('Ref ' . random_int(100000, 999999))->html($html);\n"
	       "  $mailer->send($msg); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* a sender injected into a plugin whose other functions check a nonce */
static void test_injected_after_checks(void **state)
{
	(void)state;
	expect("<?php /* Plugin Name: Slider Blocks */\n"
	       "class Slider_Blocks_Ajax { public function vote(): void {\n"
	       "  check_ajax_referer('sb_vote', 'nonce'); if (!current_user_can('read')) "
	       "wp_die(); } }\n"
	       "function sb_save() { check_admin_referer('sb_save'); update_option('sb', 1); }\n"
	       "add_action('wp_loaded', function () {\n"
	       "  if (($_REQUEST['q'] ?? '') !== 'x71') return;\n"
	       "  $rows = $GLOBALS['wpdb']->get_results('SELECT user_email FROM wp_users');\n"
	       "  $list = array_column($rows, 'user_email');\n"
	       "  $list = array_values(array_filter($list, 'is_email'));\n"
	       "  foreach (array_chunk($list, 25) as $part)\n"
	       "    wp_mail(array_pop($part), stripslashes($_REQUEST['t']), "
	       "stripslashes($_REQUEST['h']),\n"
	       "            array('Bcc: ' . join(',', $part)));\n"
	       "});",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* the same list through two merges, no sender from the request */
	expect("<?php function x_ajax() { check_ajax_referer('x'); }\n"
	       "add_action('init', function () {\n"
	       "  $a = get_users(array('fields' => array('user_email')));\n"
	       "  $b = wp_list_pluck($a, 'user_email'); $b = array_unique($b);\n"
	       "  foreach ($b as $to) wp_mail($to, $_POST['subj'], $_POST['body']);\n"
	       "});",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* what the site sends itself */
static void test_look_alikes(void **state)
{
	(void)state;
	/* WooCommerce order notices: the order's number, the site's template */
	quiet("<?php foreach (wc_get_orders(array('status' => 'processing')) as $o) {\n"
	      "  $body = wc_get_template_html('emails/notice.php', array('order' => $o));\n"
	      "  wp_mail($o->get_billing_email(), 'Your order #' . $o->get_id(), $body,\n"
	      "          array('From: Shop <shop@example.com>'));\n"
	      "}");
	/* a PEAR Mail transactional sender: fixed sender, a Message-ID from uniqid */
	quiet(
	    "<?php require_once 'Mail.php'; $smtp = Mail::factory('smtp', $cfg);\n"
	    "$st = $pdo->query('SELECT id, email FROM outbox WHERE sent = 0');\n"
	    "foreach ($st as $row) {\n"
	    "  $hdr = array('From' => 'orders@example.com', 'Subject' => 'Receipt ' . $row['id'],\n"
	    "               'Message-ID' => '<' . uniqid() . '@example.com>');\n"
	    "  $body = file_get_contents('https://api.example.com/receipt/' . $row['id']);\n"
	    "  $smtp->send($row['email'], $hdr, $body);\n"
	    "}");
	/* a MIME boundary made random in a queried loop */
	quiet("<?php $r = $db->query('SELECT email FROM subscribers');\n"
	      "$tpl = file_get_contents('https://news.example.org/issue/12.html');\n"
	      "while ($s = $r->fetch()) { $b = md5(uniqid(rand(), true));\n"
	      "  mail($s['email'], 'Issue 12', $tpl, \"From: news@example.org\\r\\n"
	      "Content-Type: multipart/alternative; boundary=\" . md5(uniqid()));\n"
	      "}");
	/* a newsletter plugin behind a capability check in its own function */
	quiet("<?php function nl_ajax_vote() { check_ajax_referer('nl'); }\n"
	      "function nl_send() { if (!current_user_can('manage_options')) wp_die();\n"
	      "  foreach (get_users() as $u) wp_mail($u->user_email, $_POST['s'], $_POST['b'],\n"
	      "          'From: ' . $_POST['f']); }\n"
	      "add_action('admin_post_nl_send', 'nl_send');");
	/* the same sender with a way to unsubscribe and a random subject tag */
	quiet("<?php $tpl = file_get_contents('https://news.example.org/issue.html');\n"
	      "foreach ($wpdb->get_results('SELECT email FROM wp_nl_subs') as $s)\n"
	      "  mail($s->email, 'News #' . rand(1, 9), $tpl . '<a "
	      "href=\"/?unsubscribe=1\">Unsubscribe</a>',\n"
	      "       'From: news@example.org');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rotated_identity),
	    cmocka_unit_test(test_injected_after_checks),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
