/* The PHP layer's mail, interpreter and write sinks (session 12, mail3):
 * wp_mail behind an open AJAX hook, sendmail pipes, interpreters fed a
 * program, FFI, error_log type 3, copy('php://input'), mail()'s -X,
 * parse_str into an array. Each technique with the look-alike of a real
 * application that must stay quiet. Every snippet is written here. */
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

static void test_wp_ajax_mailer(void **state)
{
	(void)state;
	/* a closure on an open hook is evaluated (it was never called) */
	expect(
	    "<?php add_action('wp_ajax_nopriv_go', function () {\n"
	    "  foreach (explode(',', $_POST['to']) as $a) wp_mail($a, $_POST['s'], $_POST['m']);\n"
	    "});",
	    "php.mass_mail_loop", HS_SEV_HIGH);
	/* the list as wp_mail's recipients, no loop */
	expect("<?php function go() { $to = array_filter(explode(',', $_POST['to']));\n"
	       "  wp_mail($to, $_POST['s'], $_POST['m']); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	assert_non_null(strstr(find("php.mass_mail_loop")->evidence, "recipients"));
	/* the list in a Bcc */
	expect("<?php wp_mail('a@example.org', $_POST['s'], $_POST['m'],\n"
	       "  array('Bcc: ' . $_POST['list']));",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* the visitor's own address, a copy of the visitor's message: a contact form */
	quiet(
	    "<?php add_action('wp_ajax_nopriv_c', function () {\n"
	    "  $e = sanitize_email($_POST['email']);\n"
	    "  wp_mail(get_option('admin_email'), 'Contact', $_POST['msg'], array('Cc: ' . $e));\n"
	    "  wp_mail(array($e), 'Thanks', 'You wrote: ' . $_POST['msg']);\n"
	    "});");
	/* a newsletter to database rows behind a capability check */
	quiet("<?php add_action('wp_ajax_nl', function () {\n"
	      "  if (!current_user_can('manage_options')) wp_die();\n"
	      "  global $wpdb; $rows = $wpdb->get_col('SELECT email FROM subs');\n"
	      "  foreach ($rows as $r) wp_mail($r, $_POST['s'], wp_kses_post($_POST['b']));\n"
	      "});");
	/* an order mail to the customer */
	quiet("<?php add_action('woocommerce_order_status_completed', function ($id) {\n"
	      "  $o = wc_get_order($id); wp_mail($o->get_billing_email(), 'Order', 'Thanks');\n"
	      "});");
}

static void test_sendmail_pipe(void **state)
{
	(void)state;
	expect("<?php foreach (file($_FILES['l']['tmp_name']) as $to) {\n"
	       "  $p = popen('/usr/sbin/sendmail -t -i', 'w');\n"
	       "  fputs($p, \"To: $to\\nSubject: {$_POST['s']}\\n\\n\" . $_POST['m']);\n"
	       "  pclose($p); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	assert_non_null(strstr(find("php.mass_mail_loop")->evidence, "sendmail pipe"));
	/* proc_open, the pipe opened once, the list from a textarea */
	expect("<?php $h = proc_open('/usr/lib/sendmail -oi -t', array(0 => array('pipe', 'r')), "
	       "$pp);\n"
	       "$l = explode(\"\\n\", $_POST['emails']);\n"
	       "for ($i = 0; $i < count($l); $i++) fwrite($pp[0], 'To: ' . $l[$i] . \"\\n\");",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	/* a fixed notification to the administrator */
	quiet("<?php $p = popen('/usr/sbin/sendmail -t', 'w');\n"
	      "fwrite($p, \"To: admin@example.org\\nSubject: form\\n\\n\" . "
	      "strip_tags($_POST['m']));\n"
	      "pclose($p);");
	/* a report over fixed rows is not a list from input */
	quiet("<?php $p = popen('/usr/sbin/sendmail -t', 'w');\n"
	      "foreach (array('a', 'b') as $k) fwrite($p, \"line $k\\n\"); pclose($p);");
}

static void test_interpreter_program(void **state)
{
	(void)state;
	expect("<?php $p = proc_open('python3 -', array(0 => array('pipe', 'r')), $pipes);\n"
	       "fwrite($pipes[0], $_POST['code']); fclose($pipes[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $h = popen('/usr/bin/perl', 'w'); fwrite($h, base64_decode($_GET['p']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = proc_open(array('ruby', '-'), array(0 => array('pipe', 'r')), $io);\n"
	       "fputs($io[0], $_REQUEST['r']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* escaped, the input is still the program after -c / -e / -r */
	expect("<?php system('python3 -c ' . escapeshellarg(base64_decode($_POST['c'])));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php echo shell_exec(\"perl -e '\" . $_GET['x'] . \"'\");", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php passthru('/usr/bin/php8.2 -r ' . escapeshellarg($_POST['c']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* an escaped argument of a script is not a program */
	not_high("<?php system('python3 /srv/app/resize.py ' . escapeshellarg($_GET['f']));");
	quiet("<?php system('python3 /srv/app/resize.py ' . escapeshellarg($_GET['f']));");
	/* python's -E (ignore the environment) and -x are followed by a script */
	quiet("<?php system('python3 -E ' . escapeshellarg($_GET['f']));");
	/* a job runner: an argument array naming its script, input as data on stdin */
	quiet("<?php $p = proc_open(array('python3', __DIR__ . '/job.py', '--id', (string) (int) "
	      "$_GET['id']),\n"
	      "  array(0 => array('pipe', 'r')), $io);\n"
	      "fwrite($io[0], json_encode(array('u' => $_POST['u'])));");
	/* a program written to a bare interpreter by the application itself */
	quiet("<?php $h = popen('perl', 'w'); fwrite($h, 'print 1;'); pclose($h);");
}

static void test_disable_functions_bypass(void **state)
{
	(void)state;
	expect("<?php $f = FFI::cdef('int system(const char *command);', 'libc.so.6');\n"
	       "$f->system($_GET['c'] . ' > /tmp/o');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php \\FFI::cdef('int system(char *);')->system($_POST['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a library with fixed declarations */
	quiet("<?php $z = FFI::cdef('unsigned long crc32(unsigned long, const char *, unsigned "
	      "int);', 'libz.so.1');\n"
	      "echo $z->crc32(0, $_POST['b'], strlen($_POST['b']));");
	/* error_log type 3 appends to a file */
	expect("<?php error_log('<?php ' . $_POST['c'], 3, __DIR__ . '/cache.php');",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php error_log($_REQUEST['d'], 3, $_REQUEST['f']);", "php.input_to_file_write",
	       HS_SEV_HIGH);
	/* a log line with the request in it, to a fixed log; the system log */
	quiet("<?php error_log(date('c') . ' ' . $_SERVER['REQUEST_URI'] . \"\\n\", 3, "
	      "__DIR__ . '/app.log');\n"
	      "error_log('miss ' . $_GET['k']);");
	/* sendmail's -X writes the message to a file; input in the parameters */
	expect("<?php mail('a@example.org', 's', '<?php x', '', '-X /var/www/x.php');",
	       "php.sendmail_args", HS_SEV_HIGH);
	expect("<?php mb_send_mail('a@example.org', 's', 'b', '', $_GET['p']);",
	       "php.sendmail_args", HS_SEV_HIGH);
	quiet("<?php mail($to, 's', 'b', '', '-f' . get_option('admin_email'));");
}

static void test_writes_and_parse_str(void **state)
{
	(void)state;
	expect("<?php copy('php://input', $_GET['n']);", "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php @copy('php:' . '//input', __DIR__ . '/' . $_SERVER['HTTP_X_N']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php copy('php://input', 'up/x.php');", "php.input_to_file_write", HS_SEV_HIGH);
	/* an upload chunk to a hashed name */
	quiet("<?php copy('php://input', sys_get_temp_dir() . '/' . md5(session_id()) . "
	      "'.part');");
	expect("<?php parse_str(base64_decode($_COOKIE['x']), $o); $o['m']($o['v']);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php parse_str($_SERVER['QUERY_STRING'], $q); call_user_func($q['f'], $q['a']);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a page number and a sort key from the query string */
	quiet("<?php parse_str($_SERVER['QUERY_STRING'], $q); $page = (int) $q['page'];\n"
	      "echo htmlspecialchars($q['sort'] ?? 'date');");
}

/* A remailer: one message per request, every part of it from the request
 * (scripts4). A contact form mails a fixed owner; a "send to a friend"
 * form fixes the subject or the headers. */
static void test_mail_relay(void **state)
{
	(void)state;
	expect("<?php $to = $_POST['t']; $s = $_POST['s']; $b = $_POST['b'];\n"
	       "$h = 'From: ' . $_POST['fn'] . ' <' . $_POST['f'] . \">\\r\\n\";\n"
	       "@mail($to, $s, $b, $h);",
	       "php.mail_relay", HS_SEV_HIGH);
	/* base64 fields, the headers posted whole */
	expect("<?php if (isset($_POST['e'])) { mail(base64_decode($_POST['e']), "
	       "base64_decode($_POST['s']),\n"
	       "  base64_decode($_POST['m']), base64_decode($_POST['h'])); echo 'ok'; }",
	       "php.mail_relay", HS_SEV_HIGH);
	/* a contact form: the owner's address, the visitor's address in Reply-To */
	quiet("<?php $h = 'Reply-To: ' . $_POST['email'];\n"
	      "mail('owner@example.org', $_POST['subject'], $_POST['message'], $h);");
	/* a "send to a friend" form: the friend's address and a note, fixed subject
	 * and headers */
	quiet("<?php mail($_POST['friend'], 'A page for you', 'Have a look: ' . $_POST['note'],\n"
	      "  'From: site@example.org');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_wp_ajax_mailer),
	    cmocka_unit_test(test_sendmail_pipe),
	    cmocka_unit_test(test_interpreter_program),
	    cmocka_unit_test(test_disable_functions_bypass),
	    cmocka_unit_test(test_writes_and_parse_str),
	    cmocka_unit_test(test_mail_relay),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return r;
}
