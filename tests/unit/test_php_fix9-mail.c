/* The PHP analysis, train9 (branch fix9-mail; tests/eval/train9 seeds 2 and 3
 * read): the mail techniques its PHP mailers used that the analysis did not
 * follow, fixed for the technique. The snippets are our own spellings:
 *
 * - an MTA at a later stage of a shell pipeline run by exec/shell_exec/
 *   system/passthru in a loop over a posted list (printf .. | sendmail "$to"):
 *   only a command line whose first program was the MTA counted, and a value
 *   built with input keeps only its known ends (the call's literals are read);
 * - the database login parsed out of the site's config by hand (a pattern
 *   naming DB_PASSWORD) and the customers of a query mailed, whatever the
 *   letter; OpenCart's DB_HOSTNAME constant is a site loaded by hand.
 * - a queried list mailed a chunk at a time in Bcc, the letter posted (and
 *   PrestaShop's app/config/parameters.php is a site loaded by hand);
 * - a command-line run over a file's lines (medium as a mail merge) whose
 *   list, letter and offset are dot-files named beside it: high;
 * - a loop written with goto (a label, a test that jumps out, a jump back):
 *   the statements run again after the jump back are a loop's body.
 * Look-alikes: a retry by goto of a mail to the fixed admin, a report piped to mail for a fixed
 * list of hosts, a plugin that mails its users through WordPress, an OpenCart-free config check. */
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

static void test_pipeline_mta(void **state)
{
	(void)state;
	expect(
	    "<?php $list = preg_split('/[\\s,]+/', $_REQUEST['rcpt']);\n"
	    "foreach ($list as $who) {\n"
	    "  shell_exec('echo ' . escapeshellarg($_REQUEST['letter']) . ' | /usr/sbin/exim -i ' "
	    ". escapeshellarg($who)); }",
	    "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $all = explode(\"\\n\", $_POST['to']); $i = 0;\n"
	       "while ($i < count($all)) { $a = $all[$i++];\n"
	       "  system(\"cat /tmp/.m |  msmtp -t \" . escapeshellarg($a)); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_config_parsed(void **state)
{
	(void)state;
	expect("<?php $raw = file_get_contents(__DIR__ . '/../wp-config.php');\n"
	       "preg_match(\"/define\\(\\s*'DB_PASSWORD'\\s*,\\s*'([^']*)'/\", $raw, $pw);\n"
	       "preg_match(\"/define\\(\\s*'DB_USER'\\s*,\\s*'([^']*)'/\", $raw, $us);\n"
	       "$pdo = new PDO('mysql:host=localhost;dbname=wp', $us[1], $pw[1]);\n"
	       "$st = $pdo->query('SELECT user_email FROM wp_users'); $list = array();\n"
	       "while ($r = $st->fetch()) { $list[] = $r['user_email']; }\n"
	       "foreach ($list as $e) mail($e, 'Security notice', 'Please log in: "
	       "https://example.invalid/l');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php include 'config.php';\n"
	       "$db = mysqli_connect(DB_HOSTNAME, DB_USERNAME, DB_PASSWORD, DB_DATABASE);\n"
	       "$res = mysqli_query($db, 'SELECT email FROM oc_customer');\n"
	       "$t = base64_decode('PGI+Q2hlY2sgeW91ciBjYXJkPC9iPg==');\n"
	       "while ($row = mysqli_fetch_assoc($res)) mail($row['email'], 'Card check', $t);",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_goto_loop(void **state)
{
	(void)state;
	expect("<?php $rows = file($_FILES['l']['tmp_name']); $k = 0;\n"
	       "again:\n"
	       "if ($k == count($rows)) goto done;\n"
	       "$who = trim($rows[$k]); $k++;\n"
	       "mail($who, $_POST['s'], $_POST['m']);\n"
	       "goto again;\n"
	       "done:\n"
	       "echo $k;",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $addr = explode(',', $_GET['r']); $n = 0;\n"
	       "top: $x = array_pop($addr);\n"
	       "if ($x === null) goto out;\n"
	       "wp_mail($x, 'Hi', base64_decode($_GET['b']));\n"
	       "goto top;\n"
	       "out: echo 'ok';",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_bcc_chunks(void **state)
{
	(void)state;
	expect("<?php $db = new mysqli('localhost', 'u', 'p', 'shop');\n"
	       "$all = $db->query('SELECT mail FROM clients')->fetch_all();\n"
	       "foreach (array_chunk($all, 40) as $part) {\n"
	       "  $h = 'From: ' . $_REQUEST['from'] . \"\\r\\nBCC: \" . implode(', ', "
	       "array_column($part, 0));\n"
	       "  mail('list@localhost', 'News', $_REQUEST['letter'], $h); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_cli_dotfiles(void **state)
{
	(void)state;
	expect("<?php if (php_sapi_name() != 'cli') die();\n"
	       "$base = dirname(__FILE__);\n"
	       "$rcpt = file($base . '/.rc', FILE_IGNORE_NEW_LINES);\n"
	       "$html = file_get_contents($base . '/.tpl');\n"
	       "$from = (int) @file_get_contents($base . '/.pos');\n"
	       "foreach (array_slice($rcpt, $from, 200) as $r) { mail($r, 'Statement', $html); "
	       "$from++; }\n"
	       "file_put_contents($base . '/.pos', $from);",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* the admin's newsletter in Bcc chunks behind a capability check */
	not_high("<?php if (!current_user_can('manage_options')) wp_die('no');\n"
	         "$subs = $wpdb->get_col('SELECT email FROM wp_subs');\n"
	         "foreach (array_chunk($subs, 50) as $c)\n"
	         "  mail(get_option('admin_email'), 'News', $_POST['body'], 'Bcc: ' . implode(',', "
	         "$c));");
	/* a command-line merge of a CSV with one lock dot-file: medium */
	not_high("<?php if (PHP_SAPI !== 'cli') exit(1);\n"
	         "$lock = fopen(__DIR__ . '/.lock', 'c'); flock($lock, LOCK_EX);\n"
	         "foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $to)\n"
	         "  mail($to, 'Meeting notes', 'See the attached notes.');");
	/* a retry by goto of one mail to the fixed admin */
	not_high("<?php $try = 0;\n"
	         "retry:\n"
	         "$ok = mail('admin@example.com', 'Backup report', $_POST['log']);\n"
	         "if (!$ok && ++$try < 3) goto retry;\n"
	         "echo $ok ? 'sent' : 'failed';");
	not_high("<?php foreach (array('web1', 'web2', 'db1') as $h)\n"
	         "  exec('uptime | mail -s ' . escapeshellarg(\"load $h\") . ' ops@example.com');");
	not_high("<?php foreach (get_users(array('role' => 'subscriber')) as $u)\n"
	         "  wp_mail($u->user_email, 'New post', 'A new post is up.');");
	not_high("<?php if (!defined('DB_PASSWORD')) die('wp-config missing');\n"
	         "foreach ($wpdb->get_col('SELECT user_email FROM wp_users') as $e)\n"
	         "  mail($e, 'Maintenance', 'The site is down tonight.');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_pipeline_mta), cmocka_unit_test(test_config_parsed),
	    cmocka_unit_test(test_goto_loop),    cmocka_unit_test(test_bcc_chunks),
	    cmocka_unit_test(test_cli_dotfiles), cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
