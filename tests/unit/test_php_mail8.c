/* The PHP analysis, mass mailers round 8: a loop over a list a query read
 * (a database, the site's users, a mailbox) mailing the request's text, an
 * open relay without the headers (a JSON endpoint, a mailer object's
 * properties), and the look-alikes that stay below high: a WooCommerce
 * order notice, a newsletter plugin sending its stored template, an
 * administrator's newsletter behind a capability check, a contact form and
 * its copy to the visitor, a command-line mail merge. Every snippet is
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

/* rows of a database query, the subject and body posted */
static void test_db_lists(void **state)
{
	(void)state;
	expect("<?php $c = new mysqli('localhost', 'u', 'p', 'shop');\n"
	       "$r = $c->query('SELECT mail FROM clients');\n"
	       "while ($x = $r->fetch_assoc()) {\n"
	       "  mail($x['mail'], $_POST['t'], $_POST['m'], 'From: promo@shop.example'); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* PDO, the sender posted, a braceless loop */
	expect("<?php $db = new PDO($dsn, $u, $p);\n"
	       "$rows = $db->query('SELECT addr FROM leads')->fetchAll(PDO::FETCH_COLUMN);\n"
	       "$msg = $_REQUEST['html'];\n"
	       "foreach ($rows as $a) mail($a, 'Hello', $msg, 'From: ' . $_REQUEST['sender']);",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* pg, rows counted in a for loop */
	expect("<?php $res = pg_query($conn, 'SELECT email FROM members');\n"
	       "$n = pg_num_rows($res);\n"
	       "for ($i = 0; $i < $n; $i++) { $row = pg_fetch_row($res, $i);\n"
	       "  mail($row[0], $_GET['s'], $_GET['b']); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* the site's WordPress users, WooCommerce orders, a mailbox's senders */
static void test_site_lists(void **state)
{
	(void)state;
	expect(
	    "<?php require 'wp-load.php';\n"
	    "$q = new WP_User_Query(array('fields' => 'all'));\n"
	    "foreach ($q->get_results() as $u) {\n"
	    "  wp_mail($u->user_email, stripslashes($_POST['sj']), stripslashes($_POST['bd']));\n"
	    "}",
	    "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php global $wpdb;\n"
	       "$em = $wpdb->get_col(\"SELECT meta_value FROM $wpdb->postmeta WHERE meta_key = "
	       "'_billing_email'\");\n"
	       "foreach ($em as $e):\n"
	       "  $m = new PHPMailer(true); $m->setFrom($_POST['f']); $m->addAddress($e);\n"
	       "  $m->Subject = $_POST['s']; $m->Body = $_POST['b']; $m->send();\n"
	       "endforeach;",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $orders = wc_get_orders(array('limit' => -1));\n"
	       "foreach ($orders as $o) {\n"
	       "  $msg = (new Swift_Message())->setFrom($_POST['from'])\n"
	       "    ->setTo($o->get_billing_email())->setBody($_POST['body']);\n"
	       "  $transport->send($msg); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* senders harvested from a mailbox, mailed over SMTP by hand */
	expect("<?php $box = imap_open($_POST['srv'], $_POST['u'], $_POST['p']);\n"
	       "$n = imap_num_msg($box);\n"
	       "for ($i = 1; $i <= $n; $i++) { $h = imap_headerinfo($box, $i);\n"
	       "  $to = $h->reply_toaddress;\n"
	       "  $s = fsockopen('mx.example.net', 25);\n"
	       "  fwrite($s, 'MAIL FROM:<' . $_POST['from'] . \">\\r\\n\");\n"
	       "  fwrite($s, 'RCPT TO:<' . $to . \">\\r\\n\");\n"
	       "  fwrite($s, \"DATA\\r\\n\" . $_POST['text'] . \"\\r\\n.\\r\\n\"); fclose($s); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* the site's own mailings over the same lists: below high */
static void test_site_mailings(void **state)
{
	(void)state;
	/* WooCommerce: each order's customer, the shop's fixed text */
	not_high("<?php add_action('woocommerce_order_status_processing', function ($id) {\n"
	         "  foreach (wc_get_orders(array('status' => 'processing')) as $o) {\n"
	         "    wp_mail($o->get_billing_email(), 'Order ' . $o->get_id() . ' shipped',\n"
	         "      'Your parcel is on its way.'); } });");
	/* a newsletter plugin: subscribers from its table, its stored template */
	not_high("<?php global $wpdb;\n"
	         "$subs = $wpdb->get_results(\"SELECT email, token FROM {$wpdb->prefix}news\");\n"
	         "$tpl = get_option('news_body'); $subject = get_option('news_subject');\n"
	         "foreach ($subs as $s) {\n"
	         "  $unsub = add_query_arg('unsub', $s->token, home_url());\n"
	         "  wp_mail($s->email, $subject, $tpl . \"\\nUnsubscribe: \" . $unsub); }");
	/* an administrator composing the newsletter on the plugin's screen */
	quiet("<?php if (!current_user_can('manage_options')) wp_die();\n"
	      "check_admin_referer('news_send');\n"
	      "foreach (get_users(array('role' => 'subscriber')) as $u)\n"
	      "  wp_mail($u->user_email, $_POST['subject'], $_POST['content']);");
	/* a club's mailing composed on a page behind its own login, each mail
	 * with a way to opt out */
	not_high("<?php session_start(); if (!isset($_SESSION['staff'])) exit;\n"
	         "foreach ($pdo->query('SELECT mail, id FROM members') as $m) {\n"
	         "  $t = $_POST['text'] . \"\\n\\nOpt out: https://club.example/o/\" . $m['id'];\n"
	         "  mail($m['mail'], $_POST['title'], $t, 'From: club@example.org'); }");
	/* a forum telling a thread's subscribers of a reply: the site's words
	 * around the poster's */
	not_high(
	    "<?php $st = $pdo->prepare('SELECT email FROM watch WHERE topic = ?');\n"
	    "$st->execute(array((int) $_POST['topic']));\n"
	    "while ($w = $st->fetch()) {\n"
	    "  mail($w['email'], 'New reply: ' . $_POST['title'],\n"
	    "    \"A new reply was posted:\\n\\n\" . $_POST['text'] . \"\\n\\n-- the forum\",\n"
	    "    'From: forum@example.org'); }");
	/* one member's address looked up, no loop: a contact-the-member form */
	not_high("<?php $r = mysqli_fetch_assoc(mysqli_query($db, 'SELECT email FROM m WHERE id = "
	         "' . (int) $_GET['id']));\n"
	         "mail($r['email'], $_POST['subject'], $_POST['message'], 'Reply-To: ' . "
	         "$_POST['from']);");
}

/* an open relay: recipient, subject and body of one message from the
 * request, the headers not */
static void test_relay(void **state)
{
	(void)state;
	expect(
	    "<?php $j = json_decode(file_get_contents('php://input'));\n"
	    "echo mail($j->to, $j->subject, $j->html, \"MIME-Version: 1.0\\r\\n\") ? 'ok' : 'no';",
	    "php.mail_relay", HS_SEV_HIGH);
	expect("<?php $d = json_decode(file_get_contents('php://input'), true);\n"
	       "$m = new PHPMailer\\PHPMailer\\PHPMailer();\n"
	       "$m->addAddress($d['r']); $m->Subject = $d['s']; $m->msgHTML($d['b']);\n"
	       "echo json_encode(array('sent' => $m->send()));",
	       "php.mail_relay", HS_SEV_HIGH);
	expect("<?php $e = (new Symfony\\Component\\Mime\\Email())->to($_POST['a'])\n"
	       "  ->subject($_POST['b'])->html($_POST['c']);\n"
	       "$mailer->send($e);",
	       "php.mail_relay", HS_SEV_HIGH);
	/* a contact form: the owner's address, the visitor's words */
	quiet("<?php $body = \"Name: \" . $_POST['name'] . \"\\n\\n\" . $_POST['msg'];\n"
	      "mail('office@example.org', 'Website enquiry', $body, 'From: web@example.org');");
	/* PHPMailer contact form: a fixed owner, the visitor's subject and text */
	not_high("<?php $m = new PHPMailer(); $m->addAddress('sales@example.org');\n"
	         "$m->addReplyTo($_POST['email']); $m->Subject = $_POST['subject'];\n"
	         "$m->Body = $_POST['message']; $m->send();");
	/* a contact form with a copy to the visitor, after the owner's */
	not_high("<?php mail('info@example.org', $_POST['subject'], $_POST['message']);\n"
	         "if (!empty($_POST['copy'])) mail($_POST['email'], $_POST['subject'], "
	         "$_POST['message']);");
}

/* a mail merge for the command line: argv's list, fixed subject and sender */
static void test_cli_merge(void **state)
{
	(void)state;
	not_high("<?php if (php_sapi_name() != 'cli') die(\"run me from a shell\\n\");\n"
	         "$opts = getopt('', array('dry-run'));\n"
	         "$letter = file_get_contents($argv[2]);\n"
	         "foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $line) {\n"
	         "  [$who, $addr] = explode(';', $line);\n"
	         "  if (isset($opts['dry-run'])) { echo \"$addr\\n\"; continue; }\n"
	         "  mail($addr, 'Annual general meeting', str_replace('%NAME%', $who, $letter),\n"
	         "    'From: board@club.example'); }");
	/* the same loop reached from the web, or with a posted subject: high */
	expect("<?php foreach (file($argv[1]) as $addr)\n"
	       "  mail(trim($addr), 'Annual general meeting', 'See you', 'From: b@club.example');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php if (PHP_SAPI !== 'cli') exit;\n"
	       "foreach (file($argv[1]) as $addr)\n"
	       "  mail(trim($addr), $_POST['s'], 'See you', 'From: b@club.example');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_db_lists),      cmocka_unit_test(test_site_lists),
	    cmocka_unit_test(test_site_mailings), cmocka_unit_test(test_relay),
	    cmocka_unit_test(test_cli_merge),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
