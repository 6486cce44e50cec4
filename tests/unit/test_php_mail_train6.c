/* The PHP analysis, train6 (tests/eval/train6, seeds 2 and 3 read): why its
 * PHP mailers were missed, fixed for the technique. The snippets are written
 * here in other spellings, not taken from the generator:
 *
 * - a mail API's HTTP endpoint (SendGrid, Mailgun, Brevo, Postmark ...)
 *   called in a loop over a list from the request or a file: a sink the
 *   analysis did not know;
 * - an MTA run by exec()/system()/shell_exec() once per recipient of a list
 *   (the message redirected from a file): only a pipe to sendmail was known;
 * - SMTP spoken through ext/sockets (socket_write) and through a low-level
 *   SMTP client's rcptTo()/recipient(): only fwrite() to an fsockopen()
 *   handle and a mailer's send() were known;
 * - a script that loads the site by hand (WordPress's wp-load.php, Joomla's
 *   configuration.php, Drupal's bootstrap) and mails the site's users a
 *   letter that is not the site's (a file beside it, the request's text
 *   decoded): only WordPress, and only with the subject read from a file too;
 * - a "command-line mail merge" whose letter is fetched from a URL is the
 *   operator's panel, not a merge (it was medium or nothing). */
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

/* HTTP mail APIs in a loop over a list */
static void test_http_mail_api(void **state)
{
	(void)state;
	/* Postmark, the URL set by curl_setopt, a list read line by line */
	expect("<?php $fp = fopen(__DIR__ . '/leads.lst', 'r');\n"
	       "while (($addr = fgets($fp)) !== false) {\n"
	       "  $c = curl_init(); curl_setopt($c, CURLOPT_URL, "
	       "'https://api.postmarkapp.com/email');\n"
	       "  curl_setopt($c, CURLOPT_HTTPHEADER, ['X-Postmark-Server-Token: ' . $tok]);\n"
	       "  curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(['From' => 'it@example.org',\n"
	       "     'To' => trim($addr), 'Subject' => 'Password expiry', 'HtmlBody' => $tpl]));\n"
	       "  curl_exec($c); curl_close($c); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* Mailjet through wp_remote_post, the list posted */
	expect("<?php foreach (preg_split('/[\\s,;]+/', $_REQUEST['emails']) as $r) {\n"
	       "  wp_remote_post('https://api.mailjet.com/v3.1/send', array('body' => "
	       "wp_json_encode(\n"
	       "    array('Messages' => array(array('To' => array(array('Email' => $r)),\n"
	       "    'Subject' => $_REQUEST['s'], 'HTMLPart' => $_REQUEST['b'])))))); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* an endpoint the file assembles (a provider's region host), fetched
	 * with a stream context, the list a CSV given on the command line */
	expect("<?php $base = 'https://api.eu.sparkpost.com/api/v1/';\n"
	       "foreach (file($argv[1]) as $row) { list($mail, $nm) = explode(';', $row);\n"
	       "  $o = stream_context_create(['http' => ['method' => 'POST', 'content' => "
	       "json_encode(['recipients' => [['address' => $mail]]])]]);\n"
	       "  echo file_get_contents($base . 'transmissions', false, $o); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* an MTA run for every recipient of a list */
static void test_mta_exec(void **state)
{
	(void)state;
	expect("<?php $rcpts = array_filter(array_map('trim', file('queue.dat')));\n"
	       "foreach ($rcpts as $who) { shell_exec('sendmail -oi -f bounce@example.net ' .\n"
	       "  escapeshellarg($who) . ' < /tmp/.msg'); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php foreach (explode(\"\\n\", $_POST['list']) as $to)\n"
	       "  system(\"/usr/bin/msmtp -a relay \" . escapeshellarg(trim($to)) . \" < "
	       "letter.eml\");",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* the list cut into batches (array_splice, array_values): still the list */
	expect("<?php $q = file('/var/tmp/.q'); $now = array_splice($q, 0, 200);\n"
	       "foreach (array_values($now) as $who) { exec('/usr/sbin/exim -odb ' . "
	       "escapeshellarg(trim($who)) . ' < m.eml'); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* SMTP over ext/sockets and through a low-level SMTP client */
static void test_smtp_dialogue(void **state)
{
	(void)state;
	/* the dialogue collected in an array, written in a second loop */
	expect("<?php $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\n"
	       "socket_connect($s, '203.0.113.9', 587);\n"
	       "$seq = array('EHLO relay.example.org', 'MAIL FROM:<a@example.org>');\n"
	       "$lst = file('addr.txt');\n"
	       "for ($i = 0; $i < count($lst); $i++) $seq[] = 'RCPT TO:<' . trim($lst[$i]) . '>';\n"
	       "array_push($seq, 'DATA', $letter . \"\\r\\n.\", 'QUIT');\n"
	       "foreach ($seq as $line) { socket_send($s, $line . \"\\r\\n\", strlen($line) + 2, "
	       "0); socket_read($s, 512); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* PHPMailer's SMTP class used by hand */
	expect("<?php use PHPMailer\\PHPMailer\\SMTP; $smtp = new SMTP();\n"
	       "$smtp->connect($_POST['host'], 587); $smtp->hello('example.org');\n"
	       "foreach (json_decode($_POST['to'], true) as $dst) {\n"
	       "  $smtp->mail($_POST['from']); $smtp->recipient($dst);\n"
	       "  $smtp->data($_POST['raw']); $smtp->reset(); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* the site loaded by hand, its users mailed a letter that is not the site's */
static void test_site_loaded_by_hand(void **state)
{
	(void)state;
	/* Joomla's configuration, PDO rows, the letter a file beside the script */
	expect("<?php define('_JEXEC', 1); require_once __DIR__ . '/../configuration.php';\n"
	       "$j = new JConfig; $pdo = new PDO('mysql:host=' . $j->host . ';dbname=' . $j->db, "
	       "$j->user, $j->password);\n"
	       "$body = file_get_contents(__DIR__ . '/notice.htm');\n"
	       "foreach ($pdo->query('SELECT email FROM ' . $j->dbprefix . 'users') as $row)\n"
	       "  mail($row['email'], 'Mailbox verification', $body, 'From: "
	       "admin@example.com');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* WordPress, the letter posted encoded and personalised */
	expect("<?php include '../../../wp-blog-header.php';\n"
	       "global $wpdb; $emails = $wpdb->get_col(\"SELECT user_email FROM "
	       "{$wpdb->users}\");\n"
	       "foreach ($emails as $em) { $t = gzinflate(base64_decode($_REQUEST['tpl']));\n"
	       "  wp_mail($em, 'Account review', strtr($t, array('%MAIL%' => $em))); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* the panel's list and letter, behind a command-line check */
static void test_fetched_cli_batch(void **state)
{
	(void)state;
	expect("<?php if (php_sapi_name() != 'cli') die();\n"
	       "$rows = explode(\"\\n\", file_get_contents('http://203.0.113.77/q?list=4'));\n"
	       "$rows = array_slice($rows, (int) @file_get_contents('.pos'), 250);\n"
	       "$html = file_get_contents('http://203.0.113.77/q?letter=4');\n"
	       "foreach ($rows as $r) mail($r, 'Shared file', $html, \"From: Drive "
	       "<x@example.com>\");",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* a known list fetched and sliced (the batch of a cron run) */
	expect("<?php if (PHP_SAPI !== 'cli') exit;\n"
	       "$all = explode(\"\\n\", file_get_contents('http://198.51.100.9/lst'));\n"
	       "$tpl = file_get_contents('http://198.51.100.9/tpl');\n"
	       "foreach (array_slice($all, 0, 300) as $to) mail(trim($to), 'Invoice', $tpl);",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* look-alikes: none of these is high */
static void test_look_alikes(void **state)
{
	(void)state;
	/* a shop's order receipts through SendGrid over its own database rows */
	not_high("<?php $rows = $db->query('SELECT email, id FROM orders WHERE sent = 0');\n"
	         "while ($o = $rows->fetch_assoc()) { $c = "
	         "curl_init('https://api.sendgrid.com/v3/mail/send');\n"
	         "  curl_setopt($c, CURLOPT_POSTFIELDS, json_encode(['personalizations' => "
	         "[['to' => [['email' => $o['email']]]]],\n"
	         "   'subject' => 'Your order ' . $o['id'], 'content' => [['type' => "
	         "'text/plain', 'value' => 'Thanks']]]));\n"
	         "  curl_exec($c); }");
	/* a contact form through Mailgun: one message to the owner */
	not_high("<?php $c = curl_init('https://api.mailgun.net/v3/mg.example.org/messages');\n"
	         "curl_setopt($c, CURLOPT_POSTFIELDS, ['from' => 'site@example.org', 'to' => "
	         "'owner@example.org',\n"
	         " 'subject' => 'Contact form', 'text' => $_POST['message']]); curl_exec($c);");
	/* a newsletter importer adding subscribers to Mailchimp from an upload */
	not_high("<?php if (!current_user_can('manage_options')) wp_die();\n"
	         "foreach (file($_FILES['csv']['tmp_name']) as $l)\n"
	         "  wp_remote_post('https://us5.api.mailchimp.com/3.0/lists/' . $lid . "
	         "'/members', ['body' => json_encode(['email_address' => trim($l), 'status' => "
	         "'pending'])]);");
	/* a deploy script notifying its fixed team through sendmail, once */
	not_high("<?php exec('/usr/sbin/sendmail -t < ' . escapeshellarg($report));");
	/* a site plugin (not loaded by hand) mailing its members its stored notice */
	not_high("<?php /* Plugin Name: Members Notice */\n"
	         "$users = get_users(array('role' => 'subscriber'));\n"
	         "$txt = file_get_contents(plugin_dir_path(__FILE__) . 'notice.txt');\n"
	         "foreach ($users as $u) wp_mail($u->user_email, 'Club notice', $txt);");
	/* a WordPress admin tool loaded by hand, behind a capability check, with
	 * a way to unsubscribe */
	not_high(
	    "<?php require '../wp-load.php'; if (!current_user_can('manage_options')) "
	    "exit;\n"
	    "$letter = file_get_contents('letter.html') . '<a href=\"' . home_url('/?unsub=1') "
	    ". '\">Unsubscribe</a>';\n"
	    "foreach (get_users() as $u) wp_mail($u->user_email, 'News', $letter);");
	/* a command-line mail merge with the site's own template file */
	not_high("<?php if (PHP_SAPI !== 'cli') exit(1);\n"
	         "$tpl = file_get_contents(__DIR__ . '/renewal.txt');\n"
	         "foreach (file($argv[1]) as $to) mail(trim($to), 'Renewal', $tpl, 'From: "
	         "billing@example.com');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_http_mail_api),     cmocka_unit_test(test_mta_exec),
	    cmocka_unit_test(test_smtp_dialogue),     cmocka_unit_test(test_site_loaded_by_hand),
	    cmocka_unit_test(test_fetched_cli_batch), cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
