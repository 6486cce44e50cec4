/* The PHP analysis: a spam kit dropped into a WordPress site, which loads
 * the site by hand (wp-load.php, wp-blog-header.php) and mails every user
 * the letter and subject uploaded beside it. A newsletter with a way to
 * unsubscribe, and a plugin's mail in the site's own code, are not that.
 * Every snippet is written here from the technique, not taken from a
 * sample. */
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

static void test_kit_letters(void **state)
{
	(void)state;
	expect("<?php define('WP_USE_THEMES', false); require '../wp-blog-header.php';\n"
	       "$q = new WP_User_Query(array('number' => -1));\n"
	       "$tpl = file_get_contents('msg.html'); $subj = file_get_contents('subj.txt');\n"
	       "foreach ($q->get_results() as $user) { $b = str_replace('{name}', "
	       "$user->display_name, $tpl);\n"
	       "wp_mail($user->user_email, $subj, $b); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect(
	    "<?php require_once dirname(__FILE__) . '/../../../wp-load.php'; global $wpdb;\n"
	    "$letter = file_get_contents(__DIR__ . '/letter.txt'); $s = trim(file('s.txt')[0]);\n"
	    "foreach ($wpdb->get_col(\"SELECT user_email FROM {$wpdb->users}\") as $to) "
	    "mail($to, $s, $letter);",
	    "php.mass_mail_loop", HS_SEV_HIGH);
}

/* a list harvested from a mailbox, then the request's letter to each */
static void test_harvested_list(void **state)
{
	(void)state;
	expect("<?php $c = imap_open($_GET['s'], $_GET['u'], $_GET['p']); $n = imap_num_msg($c);\n"
	       "for ($i = 1; $i <= $n; $i++) { $o = imap_fetch_overview($c, $i);\n"
	       "if (preg_match('/[\\w.+-]+@[\\w-]+\\.[\\w.]+/', $o[0]->from, $m)) "
	       "$list[$m[0]] = 1; }\n"
	       "foreach (array_keys($list) as $to) mail($to, $_GET['subj'], $_GET['body'], "
	       "'From: ' . $_GET['from']);",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* the site's form to its fixed team: the visitor's words, known recipients */
	not_high("<?php foreach (array('sales@example.com', 'office@example.com') as $to) "
	         "mail($to, $_POST['subject'], $_POST['message'], 'From: ' . $_POST['email']);");
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* the same loop with a way to unsubscribe */
	quiet("<?php require '../wp-load.php'; $tpl = file_get_contents('news.html');\n"
	      "$subj = file_get_contents('subject.txt');\n"
	      "foreach (get_users() as $u) { $b = $tpl . '<a href=\"' . home_url('/?unsubscribe=' "
	      ". $u->ID) . '\">Unsubscribe</a>';\n"
	      "wp_mail($u->user_email, $subj, $b); }");
	/* a plugin (no loader) mailing a template file */
	quiet("<?php $tpl = file_get_contents(__DIR__ . '/tpl/welcome.html');\n"
	      "$subj = file_get_contents(__DIR__ . '/tpl/welcome.subject');\n"
	      "foreach (get_users(array('role' => 'editor')) as $u) wp_mail($u->user_email, $subj, "
	      "$tpl);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_kit_letters),
	    cmocka_unit_test(test_harvested_list),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
