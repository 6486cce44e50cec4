/* The PHP analysis, phpmail2 round (branch phpmail2): the mail semantics
 * any author's sender uses, written once for other spellings. The snippets
 * are our own spellings (train7/8/9 and train6 seeds 2 and 3 were read):
 *
 * - a callback that walks a list (array_map, array_walk(_recursive),
 *   array_filter, array_reduce, iterator_apply, usort, a closure, a named
 *   function or a static method) is a loop over the list; a generator's
 *   value carries what it yields (foreach over it, iterator_to_array);
 *   call_user_func('mail', ..) is mail;
 * - fprintf()/vfprintf()/stream_copy_to_stream() to a sendmail pipe are
 *   writes of the message;
 * - a letter kept in an option, in a script that loads the site by hand;
 * - a letter fetched from a URL the request names, over a queried list.
 * Look-alikes: a newsletter with unsubscribe and opt-in, an order receipt,
 * a contact form with CSRF, a test-mail button, a notifier to a fixed list
 * of admins, a queue worker draining its own table. */
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

#define LOOP "php.mass_mail_loop"

static void test_callbacks(void **state)
{
	(void)state;
	/* iterator_apply over a posted list, the closure reads current() */
	expect("<?php $it = new ArrayIterator(explode(\"\\n\", $_REQUEST['rcpt']));\n"
	       "iterator_apply($it, function ($i) { $to = trim($i->current());\n"
	       "  call_user_func_array('mail', [$to, 'Hello', $_REQUEST['txt']]); return true; },"
	       " [$it]);",
	       LOOP, HS_SEV_HIGH);
	/* array_map with a closure over a posted list */
	expect("<?php $dest = preg_split('/[;,\\s]+/', $_POST['list']);\n"
	       "$res = array_map(function ($d) { return mail($d, 'Offer', $_POST['html']); }, "
	       "$dest);",
	       LOOP, HS_SEV_HIGH);
	/* array_walk with a named function over the lines of a file */
	expect("<?php function one_more($line, $k) {\n"
	       "  wp_mail(trim($line), 'Account', file_get_contents(__DIR__ . '/t.html')); }\n"
	       "$all = file(__DIR__ . '/rcpt.txt');\n"
	       "array_walk($all, 'one_more');",
	       LOOP, HS_SEV_HIGH);
	/* array_filter with an arrow function */
	expect("<?php $bad = array_filter(explode(',', $_GET['to']),\n"
	       "  fn($x) => !mb_send_mail($x, 'Notice', $_GET['body']));",
	       LOOP, HS_SEV_HIGH);
	/* array_reduce over a file's lines, a counter */
	expect("<?php $n = array_reduce(file('/tmp/.q', FILE_SKIP_EMPTY_LINES),\n"
	       "  function ($c, $r) { return $c + mail(trim($r), 'Re: invoice', "
	       "file_get_contents('/tmp/.b')); }, 0);\n"
	       "echo $n;",
	       LOOP, HS_SEV_HIGH);
	/* a static method as the callback */
	expect("<?php class Blast { public static function go($a) {\n"
	       "  mail($a, $_POST['s'], $_POST['m'], 'From: ' . $_POST['f']); } }\n"
	       "array_walk_recursive($_POST['emails'], ['Blast', 'go']);",
	       LOOP, HS_SEV_HIGH);
	/* usort's comparison sends (a callback run per pair) */
	expect("<?php $l = explode(\"\\n\", $_POST['l']);\n"
	       "usort($l, function ($a, $b) { mail($a, 'x', $_POST['b']); return 0; });",
	       LOOP, HS_SEV_HIGH);
	/* call_user_func('mail') in a foreach */
	expect("<?php foreach (explode(',', $_POST['to']) as $a)\n"
	       "  call_user_func('mail', $a, 'Hi', $_POST['body']);",
	       LOOP, HS_SEV_HIGH);
}

static void test_generators(void **state)
{
	(void)state;
	/* a generator over a file's lines, walked by foreach */
	expect("<?php function addrs($p) { $h = fopen($p, 'r');\n"
	       "  while (($l = fgets($h)) !== false) { yield trim($l); } fclose($h); }\n"
	       "foreach (addrs(__DIR__ . '/l.dat') as $who)\n"
	       "  mail($who, 'Parcel', file_get_contents(__DIR__ . '/p.htm'));",
	       LOOP, HS_SEV_HIGH);
	/* the same through iterator_to_array and array_reduce */
	expect("<?php function rows($p) { foreach (file($p) as $l) yield trim($l); }\n"
	       "$ok = array_reduce(iterator_to_array(rows(__DIR__ . '/x')), function ($a, $t) {\n"
	       "  return $a + (int) mail($t, 'Verify', file_get_contents(__DIR__ . '/y'), "
	       "'From: a@example.net'); }, 0);",
	       LOOP, HS_SEV_HIGH);
	/* a generator over input with keys, mapped */
	expect("<?php function gen() { foreach (explode(',', $_POST['l']) as $i => $x) yield $i "
	       "=> $x; }\n"
	       "array_map(function ($r) { mail($r, 'Hi', $_POST['letter']); }, "
	       "iterator_to_array(gen()));",
	       LOOP, HS_SEV_HIGH);
}

static void test_loop_forms(void **state)
{
	(void)state;
	expect("<?php function drain($l) { if (!$l) return; $a = array_shift($l);\n"
	       "  mail($a, $_POST['s'], $_POST['b']); drain($l); }\n"
	       "drain(explode(\"\\n\", $_POST['rcpt']));",
	       LOOP, HS_SEV_HIGH);
	expect("<?php $l = file(__DIR__ . '/.rc');\n"
	       "while ($x = array_shift($l)) mail(trim($x), 'News', file_get_contents('m.txt'));",
	       LOOP, HS_SEV_HIGH);
	expect("<?php $l = explode(',', $_REQUEST['to']);\n"
	       "for ($i = 0, $n = count($l); $i < $n; $i++) mail($l[$i], 'x', $_REQUEST['m']);",
	       LOOP, HS_SEV_HIGH);
	expect("<?php $l = explode(',', $_REQUEST['to']);\n"
	       "do { $a = array_pop($l); mail($a, 'x', $_REQUEST['m']); } while ($l);",
	       LOOP, HS_SEV_HIGH);
}

static void test_lists(void **state)
{
	(void)state;
	/* a for loop bounded by a count taken before it, PHP 5's split() */
	expect("<?php $all = split(\"\\n\", $_POST['emaillist']); $num = count($all);\n"
	       "for ($x = 0; $x < $num; $x++) { $to = $all[$x];\n"
	       "  if ($to) mail($to, $_POST['subject'], '', 'From: x@example.net'); }",
	       LOOP, HS_SEV_HIGH);
	/* recipients added one per line, one message sent after the loop */
	expect("<?php $m = new PHPMailer(true);\n"
	       "foreach (explode(\"\\n\", $_POST['bcc']) as $b) $m->addBCC(trim($b));\n"
	       "$m->Subject = 'News'; $m->Body = $_POST['html']; $m->send();",
	       LOOP, HS_SEV_HIGH);
	/* a list in an ini file beside the script */
	expect("<?php $cfg = parse_ini_file(__DIR__ . '/run.ini', true);\n"
	       "foreach ($cfg['list']['to'] as $r) mail($r, $cfg['list']['subject'], "
	       "file_get_contents(__DIR__ . '/l.htm'));",
	       LOOP, HS_SEV_HIGH);
}

static void test_mta_pipes(void **state)
{
	(void)state;
	/* popen of an MTA picked at run time, fprintf of the message */
	expect("<?php $mta = file_exists('/usr/sbin/exim') ? '/usr/sbin/exim -t' : "
	       "'/usr/sbin/sendmail -t';\n"
	       "$job = json_decode(file_get_contents(__DIR__ . '/job.json'), true);\n"
	       "while ($job && ($to = array_pop($job['rcpt']))) {\n"
	       "  $p = popen($mta, 'w');\n"
	       "  fprintf($p, \"To: %s\\nSubject: %s\\n\\n%s\", $to, $job['s'], $job['h']);\n"
	       "  pclose($p); }",
	       LOOP, HS_SEV_HIGH);
	/* vfprintf to msmtp over a posted list */
	expect("<?php foreach (explode(',', $_POST['rc']) as $r) {\n"
	       "  $h = popen('msmtp -t', 'w');\n"
	       "  vfprintf($h, \"To: %s\\nSubject: %s\\n\\n%s\", [$r, $_POST['s'], $_POST['b']]);\n"
	       "  pclose($h); }",
	       LOOP, HS_SEV_HIGH);
	/* stream_copy_to_stream of the letter into a sendmail pipe per line */
	expect("<?php foreach (file('/tmp/.lst') as $r) {\n"
	       "  $h = popen('/usr/sbin/sendmail ' . escapeshellarg(trim($r)), 'w');\n"
	       "  $src = fopen('/tmp/.ltr', 'r');\n"
	       "  stream_copy_to_stream($src, $h); pclose($h); }",
	       LOOP, HS_SEV_HIGH);
	/* fputs to qmail-inject over input */
	expect("<?php foreach (preg_split('/\\s+/', $_POST['l']) as $r) {\n"
	       "  $q = popen('/var/qmail/bin/qmail-inject', 'w');\n"
	       "  fputs($q, \"To: $r\\nSubject: hi\\n\\n\" . $_POST['m']); pclose($q); }",
	       LOOP, HS_SEV_HIGH);
}

static void test_site_lists(void **state)
{
	(void)state;
	/* a letter kept in an option, the site loaded by hand */
	expect("<?php require dirname(__FILE__) . '/wp-load.php';\n"
	       "$list = $wpdb->get_col(\"SELECT user_email FROM {$wpdb->users}\");\n"
	       "$tpl = get_option('_x_tpl');\n"
	       "foreach ($list as $e) wp_mail($e, 'Verify your account', str_replace('%e', $e, "
	       "$tpl));",
	       LOOP, HS_SEV_HIGH);
	/* a hook mails the site's users a letter fetched from a URL the request
	 * names */
	expect("<?php add_action('init', function () {\n"
	       "  if (empty($_REQUEST['tpl'])) return;\n"
	       "  $us = get_users(array('fields' => array('user_email')));\n"
	       "  $letter = wp_remote_retrieve_body(wp_remote_get('https://cdn.example.invalid/' . "
	       "$_REQUEST['tpl']));\n"
	       "  foreach ($us as $u) wp_mail($u->user_email, 'Hello ' . $u->user_email, "
	       "$letter); });",
	       LOOP, HS_SEV_HIGH);
	expect(
	    "<?php $pdo = new PDO('mysql:host=localhost;dbname=shop', 'u', 'p');\n"
	    "$st = $pdo->query('SELECT email FROM customers');\n"
	    "$body = file_get_contents('http://panel.example.invalid/l.php?id=' . $_GET['id']);\n"
	    "while ($r = $st->fetch()) mail($r['email'], 'Your order', $body);",
	    LOOP, HS_SEV_HIGH);
}

static void test_pageview_drain(void **state)
{
	(void)state;
	/* a queue of recipients in a private post's meta, drained a few at a time
	 * by every page view, the rest stored back */
	expect("<?php function zq_tick() { $p = get_posts(['post_type' => 'zq', 'numberposts' => "
	       "1]);\n"
	       "  if (!$p) return; $all = explode(\"\\n\", get_post_meta($p[0]->ID, 'l', true));\n"
	       "  for ($i = 0; $i < 20 && $all; $i++) { $a = array_shift($all);\n"
	       "    mail($a, $p[0]->post_title, $p[0]->post_content); }\n"
	       "  update_post_meta($p[0]->ID, 'l', implode(\"\\n\", $all)); }\n"
	       "add_action('init', 'zq_tick');",
	       LOOP, HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a newsletter over its opt-in table, with unsubscribe */
	not_high(
	    "<?php if (!current_user_can('manage_options')) wp_die('no');\n"
	    "check_admin_referer('nl_send');\n"
	    "$subs = $wpdb->get_results(\"SELECT email, token FROM {$wpdb->prefix}nl_subs "
	    "WHERE confirmed = 1\");\n"
	    "foreach ($subs as $s) wp_mail($s->email, sanitize_text_field($_POST['subject']),\n"
	    "  wp_kses_post($_POST['body']) . '<a href=\"' . home_url('?unsubscribe=' . "
	    "$s->token) . '\">Unsubscribe</a>');");
	/* an order receipt to the order's customer */
	not_high("<?php add_action('woocommerce_order_status_completed', function ($id) {\n"
	         "  $o = wc_get_order($id);\n"
	         "  wp_mail($o->get_billing_email(), 'Your receipt', 'Thanks for order #' . $id); "
	         "});");
	/* a contact form to a fixed owner, with a CSRF check */
	not_high("<?php session_start();\n"
	         "if (!hash_equals($_SESSION['csrf'], $_POST['csrf'])) die('bad token');\n"
	         "mail('owner@example.com', 'Contact: ' . $_POST['subject'], $_POST['message'],\n"
	         "  'Reply-To: ' . filter_var($_POST['email'], FILTER_SANITIZE_EMAIL));");
	/* a "send test email" button */
	not_high("<?php if (!current_user_can('manage_options')) return;\n"
	         "$me = wp_get_current_user();\n"
	         "wp_mail($me->user_email, 'Test email', 'SMTP settings work.');");
	/* a notifier to a fixed literal list of admins */
	not_high("<?php $admins = ['ops@example.com', 'dev@example.com'];\n"
	         "array_map(function ($a) { mail($a, 'Disk alert', $_POST['host'] . ' is full'); },"
	         " $admins);");
	/* a walk over posted items that mails a fixed admin for each */
	not_high("<?php array_walk($_POST['items'], function ($it) {\n"
	         "  mail('shop@example.com', 'New item', print_r($it, true)); });");
	/* a queue worker draining its own table */
	not_high("<?php $rows = $wpdb->get_results(\"SELECT id, rcpt, subject, body FROM "
	         "{$wpdb->prefix}mail_queue WHERE sent = 0 LIMIT 20\");\n"
	         "foreach ($rows as $r) { wp_mail($r->rcpt, $r->subject, $r->body);\n"
	         "  $wpdb->update($wpdb->prefix . 'mail_queue', ['sent' => 1], ['id' => $r->id]); "
	         "}");
	/* the same drain run by the plugin's own cron event, with unsubscribe */
	not_high("<?php add_action('nl_cron_batch', 'nl_batch'); function nl_batch() {\n"
	         "  $job = get_option('nl_job'); $left = explode(',', $job['to']); $k = 0;\n"
	         "  while ($left && $k++ < 25) { $r = array_pop($left);\n"
	         "    wp_mail($r, $job['subject'], $job['html']); }\n"
	         "  $job['to'] = implode(',', $left); update_option('nl_job', $job); }");
	not_high("<?php add_action('init', 'nl_b2'); function nl_b2() {\n"
	         "  $job = get_option('nl_job'); $left = explode(',', $job['to']); $k = 0;\n"
	         "  while ($left && $k++ < 25) { $r = array_pop($left);\n"
	         "    wp_mail($r, $job['subject'], $job['html'] . '<a href=\"' . "
	         "home_url('/?unsubscribe=' . md5($r)) . '\">Unsubscribe</a>'); }\n"
	         "  $job['to'] = implode(',', $left); update_option('nl_job', $job); }");
	/* a mailer told the visitor's one address, the site's text */
	not_high("<?php $m = new PHPMailer(true);\n"
	         "foreach (['sales@example.com', 'ops@example.com'] as $b) $m->addBCC($b);\n"
	         "$m->addAddress($_POST['email']); $m->Subject = 'Thanks'; $m->Body = 'We got your "
	         "order.'; $m->send();");
	/* a plugin's announcement fetched from its vendor at a fixed address */
	not_high("<?php $news = wp_remote_retrieve_body(wp_remote_get('https://vendor.example/"
	         "news.html'));\n"
	         "foreach (get_users(['role' => 'administrator']) as $u) wp_mail($u->user_email, "
	         "'Plugin news', $news);");
	/* a generator of a log's lines, one digest mailed after the loop */
	not_high(
	    "<?php function lines($p) { foreach (file($p) as $l) yield $l; }\n"
	    "$d = '';\n"
	    "foreach (lines('/var/log/app.log') as $l) if (strpos($l, 'ERROR') !== false) $d .= "
	    "$l;\n"
	    "mail('admin@example.com', 'Errors', $d);");
	/* a report piped to sendmail once, fprintf to the pipe */
	not_high("<?php $p = popen('/usr/sbin/sendmail -t', 'w');\n"
	         "fprintf($p, \"To: admin@example.com\\nSubject: report\\n\\n%s\", "
	         "file_get_contents('/tmp/report.txt'));\n"
	         "pclose($p);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_callbacks),      cmocka_unit_test(test_generators),
	    cmocka_unit_test(test_loop_forms),     cmocka_unit_test(test_lists),
	    cmocka_unit_test(test_mta_pipes),      cmocka_unit_test(test_site_lists),
	    cmocka_unit_test(test_pageview_drain), cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
