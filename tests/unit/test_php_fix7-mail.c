/* The PHP analysis, train7 (branch fix7-mail; tests/eval/train7 seeds 2 and 3
 * read): the mail techniques its PHP mailers used that the analysis did not
 * follow, fixed for the technique. The snippets are our own spellings, not
 * the generator's:
 *
 * - a kit that loads the site by hand (wp-load, Joomla's configuration.php
 *   read by a regex, a Laravel/Symfony .env) and mails the site's users a
 *   letter decoded from its own literal (base64, gzinflate, str_rot13): only
 *   a letter read from a file, fetched or posted counted;
 * - the users' list built row by row ($rows[] = $r in a while over
 *   fetch_assoc()): only the last plain assignment was read, `$rows = []`;
 * - foreach (new SplFileObject($list) as $line): the lines of a file, as
 *   file($list) is;
 * - a loop over a recipient list decoded from the file itself (more entries
 *   than the evaluator walks one by one): the entry lost its decoded mark.
 * Look-alikes: a plugin's newsletter behind a capability check, a loader
 * with an unsubscribe link, a decoded list of names that mails a fixed
 * admin, an SplFileObject import that reports once. */
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

/* the site loaded by hand, its users mailed a letter the file decodes */
static void test_kit_decoded_letter(void **state)
{
	(void)state;
	/* Joomla's configuration read as text, PDO, a gzinflated letter */
	expect("<?php $t = file_get_contents(dirname(__FILE__) . '/configuration.php');\n"
	       "preg_match('/password = .(.*?)./', $t, $pw); preg_match('/user = .(.*?)./', $t, "
	       "$us);\n"
	       "$pdo = new PDO('mysql:host=localhost;dbname=site', $us[1], $pw[1]);\n"
	       "$html = "
	       "gzinflate(base64_decode('symwc0xOzi/NK1HIyy/JTE5VSMsvUoj2dfT0ibXRL7ADAA=='));\n"
	       "foreach ($pdo->query('SELECT email FROM jos_users')->fetchAll() as $u)\n"
	       "  mail($u['email'], 'Account notice', str_replace('[MAIL]', $u['email'], $html),\n"
	       "       'Content-Type: text/html');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* WordPress by hand, $wpdb's column, a rot13 letter and subject */
	expect("<?php include_once $_SERVER['DOCUMENT_ROOT'] . '/wp-load.php';\n"
	       "$emails = $wpdb->get_col(\"SELECT user_email FROM {$wpdb->users}\");\n"
	       "$body = str_rot13('<c>Qrne {znvy}, lbhe cnepry vf uryq</c>');\n"
	       "foreach ($emails as $e) {\n"
	       "  mail($e, str_rot13('Lbhe cnepry'), str_replace('{mail}', $e, $body)); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* a .env read with parse_ini_file, mysqli rows appended one by one */
	expect(
	    "<?php $cfg = parse_ini_file(__DIR__ . '/../.env');\n"
	    "$db = mysqli_connect($cfg['DB_HOST'], $cfg['DB_USER'], $cfg['DB_PASS'], "
	    "$cfg['DB_NAME']);\n"
	    "$q = mysqli_query($db, 'SELECT mail FROM customers'); $all = [];\n"
	    "while ($row = mysqli_fetch_assoc($q)) { $all[] = $row['mail']; }\n"
	    "$letter = base64_decode('PGI+VmVyaWZ5IHlvdXIgYWNjb3VudDwvYj4=');\n"
	    "foreach ($all as $who) { mail($who, 'Verify', $letter, 'From: desk@example.net'); }",
	    "php.mass_mail_loop", HS_SEV_HIGH);
}

/* a file's lines through SplFileObject */
static void test_spl_lines(void **state)
{
	(void)state;
	expect("<?php $list = new SplFileObject($_FILES['leads']['tmp_name']);\n"
	       "foreach ($list as $n => $line) { if (trim($line) === '') continue;\n"
	       "  mail(trim($line), $_POST['subj'], $_POST['html'], 'From: ' . $_POST['from']); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $subject = $argv[2];\n"
	       "foreach (new \\SplFileObject($argv[1]) as $rcpt) {\n"
	       "  mail(trim($rcpt), $subject, file_get_contents('body.htm')); usleep(200000); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

/* the recipients decoded from the file itself */
static void test_decoded_list(void **state)
{
	(void)state;
	expect("<?php $r = explode(\"\\n\", "
	       "base64_decode('"
	       "dTBAZXhhbXBsZS5vcmcKdTFAZXhhbXBsZS5uZXQKdTJAZXhhbXBsZS5jb20KdTNAZXhhbXBsZS5vcmcKdTR"
	       "AZXhhbXBsZS5uZXQKdTVAZXhhbXBsZS5jb20KdTZAZXhhbXBsZS5vcmcKdTdAZXhhbXBsZS5uZXQKdThAZX"
	       "hhbXBsZS5jb20KdTlAZXhhbXBsZS5vcmc='));\n"
	       "$m = 'ma' . 'il';\n"
	       "foreach ($r as $x) $m($x, 'Invoice', '<p>see attached</p>', 'Content-Type: "
	       "text/html');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $to = explode(',', "
	       "str_rot13('k0@rknzcyr.pbz,k1@rknzcyr.pbz,k2@rknzcyr.pbz,k3@rknzcyr.pbz,k4@rknzcyr."
	       "pbz,k5@rknzcyr.pbz,k6@rknzcyr.pbz,k7@rknzcyr.pbz,k8@rknzcyr.pbz,k9@rknzcyr.pbz,k10@"
	       "rknzcyr.pbz,k11@rknzcyr.pbz'));\n"
	       "foreach ($to as $k => $addr) { mail($addr, 'Hello', 'Your code is ready'); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a plugin's newsletter (it loads nothing), its template base64'd in an
	 * option's default, behind a capability check */
	not_high("<?php /* Plugin Name: Club News */\n"
	         "add_action('admin_post_club_send', function () {\n"
	         "  if (!current_user_can('manage_options')) wp_die('no');\n"
	         "  $tpl = get_option('club_tpl', base64_decode('PHA+TmV3czwvcD4='));\n"
	         "  foreach (get_users() as $u) wp_mail($u->user_email, 'Club news', $tpl); });");
	/* a loader tool with an unsubscribe link in the decoded letter's loop */
	not_high("<?php require __DIR__ . '/wp-load.php';\n"
	         "$tpl = base64_decode('PHA+TW9udGhseSBkaWdlc3Q8L3A+');\n"
	         "foreach ($wpdb->get_results('SELECT user_email FROM wp_users') as $u)\n"
	         "  mail($u->user_email, 'Digest', $tpl . '<a "
	         "href=\"https://example.org/unsubscribe\">Unsubscribe</a>');");
	/* a decoded list of check names, a mail to the fixed admin */
	not_high(
	    "<?php $checks = explode(',', "
	    "base64_decode('ZGlzayxsb2FkLG1lbSxzd2FwLGlub2RlcyxudHAsZG5zLHNtdHAsaHR0cCx0bHM='));\n"
	    "foreach ($checks as $c) { if (!run_check($c)) mail('admin@example.com', 'check "
	    "failed', $c); }");
	/* an SplFileObject import of a CSV that reports once */
	not_high("<?php $f = new SplFileObject(__DIR__ . '/import.csv'); $n = 0;\n"
	         "foreach ($f as $row) { if ($row !== '') $n++; }\n"
	         "mail('ops@example.com', 'import done', \"$n rows\");");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_kit_decoded_letter),
	    cmocka_unit_test(test_spl_lines),
	    cmocka_unit_test(test_decoded_list),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
