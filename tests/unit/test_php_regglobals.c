/* PHP 4-era request input. register_globals pages (php_ev_rglobals.c): a
 * form field or a linked query key read as an undefined variable at file
 * scope is request input; and the long arrays $HTTP_GET_VARS... (php_ev_vars.c).
 * The malicious snippets are written here in several spellings of the era
 * (form in inline HTML, in an echoed string with escaped quotes, a link's
 * query string); the look-alikes are what real pages do with such names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "php_expect.h"

static void test_form_field_to_command(void **state)
{
	(void)state;
	/* the field in inline HTML, the command in a later block */
	expect(
	    "<form method=post><input type=text name=\"cmdline\" size=60>"
	    "<input type=submit></form>\n<pre><?php if ($cmdline) { system($cmdline); } ?></pre>",
	    "php.input_to_command", HS_SEV_CRITICAL);
	/* the form printed with escaped quotes, the value through a variable */
	expect("<?php print \"<form action=\\\"$PHP_SELF\\\" method=\\\"post\\\">\";\n"
	       "print \"<input type=\\\"text\\\" name=\\\"run\\\" value=\\\"\\\">\";\n"
	       "$c = $run . ' 2>&1'; $out = shell_exec($c); echo \"<pre>$out</pre>\";",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* single quotes, a textarea, passthru */
	expect("<textarea name='job' rows=5></textarea><?php\nif (isset($job)) passthru($job);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a select list of commands */
	expect("<SELECT NAME=tool><option value='uname -a'>uname</option></SELECT>\n"
	       "<?php exec($tool, $lines); foreach ($lines as $l) echo $l;",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_query_key_and_other_sinks(void **state)
{
	(void)state;
	/* a linked query key: ?act=..&dir=.. */
	expect("<a href=\"?act=run&amp;c=id\">id</a>\n<?php if ($act == 'run') "
	       "echo `$c`;",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a fixed program with the key as its argument: the argument rule */
	expect("<a href='?d=/tmp'>tmp</a><?php echo `ls -la $d`;", "php.input_to_command_arg",
	       HS_SEV_MEDIUM);
	/* a form field to eval */
	expect("<form><input name=\"code\"></form><?php eval(stripslashes($code));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* an editor that saves a field to a file named by another field */
	expect("<form method=post><input name=fname><textarea name=body></textarea></form>\n"
	       "<?php $h = fopen($fname, 'w'); fwrite($h, $body); fclose($h);",
	       "php.input_to_file_write", HS_SEV_HIGH);
}

/* PHP 4's long request arrays (php_ev_vars.c) */
static void test_long_arrays(void **state)
{
	(void)state;
	expect("<?php passthru($HTTP_GET_VARS['c']);", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php function run() { global $HTTP_POST_VARS;\n"
	       "  eval(stripslashes($HTTP_POST_VARS[\"code\"])); }\nrun();",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $f = $HTTP_POST_FILES['up'];\n"
	       "move_uploaded_file($f['tmp_name'], './' . $f['name']);",
	       "php.upload_write", HS_SEV_MEDIUM);
	expect("<?php $k = $HTTP_COOKIE_VARS['k']; $fn = $k; $fn($HTTP_COOKIE_VARS['a']);",
	       "php.dynamic_call_input", HS_SEV_HIGH);
	/* an application's own variable of that name is that variable */
	quiet("<?php $HTTP_GET_VARS = array('c' => 'uptime'); passthru($HTTP_GET_VARS['c']);");
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a template: the field is echoed back, nothing runs */
	quiet("<form><input name=\"search\" value=\"<?php echo htmlspecialchars($search); ?>\">"
	      "</form>");
	/* the variable is defined before it is used */
	quiet("<?php $cmd = 'uptime'; ?><form><input name=cmd></form><?php system($cmd);");
	/* inside a function the form field is not a variable */
	not_high("<form><input name=path></form><?php function show($path) { return "
	         "is_dir($path); }\nfunction run() { system($path); }");
	/* a name that is not a form field, only in text */
	not_high("<p>Set the name of the backup job below.</p><?php system($job);");
	/* a page that includes its setup first gets its variables from there */
	not_high("<?php include './lib/globals.php'; ?><form><input name=\"year\"></form>\n"
	         "<?php include C_DATA . \"/data_$year.php\"; system($year);");
	/* a field name in binary noise is not a form */
	not_high("\x89PNG\r\n\x1a\n?\xde=\x01<?`$\xde`");
	/* modern code reading the superglobal, with the field name: unchanged */
	not_high("<form><input name=\"host\"></form><?php $host = "
	         "escapeshellarg($_POST['host'] ?? ''); exec('/usr/bin/ping -c1 ' . $host);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_form_field_to_command),
	    cmocka_unit_test(test_query_key_and_other_sinks),
	    cmocka_unit_test(test_long_arrays),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
