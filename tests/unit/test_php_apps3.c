/* Idioms of the third clean set (tests/eval/build-clean-apps3.sh: Debian
 * and npm packages nobody tuned against) that got high or critical
 * findings, each next to the attack it must still catch. Every snippet is
 * written here from the idiom's shape, not taken from the package. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "php_expect.h"

/* A sort order picked by name from the request: the callee is a fixed
 * prefix and input, and no function PHP's evaluator knows starts with the
 * prefix, so the request picks among the application's own functions. */
static void test_prefixed_dispatch(void **state)
{
	(void)state;
	const char *sort = "<?php $order = @$_GET['order'];\n"
	                   "if (!$order) $order = 'country';\n"
	                   "function cmp_rows_country($a, $b) { return strcmp($a[0], $b[0]); }\n"
	                   "$fn = 'cmp_rows_' . $order;\n"
	                   "usort($rows, $fn);\n";
	not_high(sort);
	expect(sort, "php.dynamic_call_input", HS_SEV_MEDIUM);
	not_high("<?php $h = 'handle_' . $_POST['step']; $h($_POST);");
	/* a prefix a dangerous built-in starts with is still a shell */
	expect("<?php $f = 'sys' . $_GET['x']; $f($_GET['c']);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $f = 's' . $_GET['x']; if (!$f) $f = 'sort_a'; $f($_GET['c']);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php $f = 'array_' . $_GET['x']; $f('system', [$_GET['c']]);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a namespace separator or a class could lead anywhere */
	expect("<?php $f = '\\\\' . $_GET['x']; $f($_GET['c']);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $_GET['f']($_GET['a']);", "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php $f = $_GET['f'] . 'x'; usort($a, $f);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
}

/* An upload handler's options table: the request's host in the URLs, the
 * image tools' names in other elements. An element read back is what was
 * stored there, not the union of the table. */
static void test_options_table(void **state)
{
	(void)state;
	not_high(
	    "<?php $o = array('u' => 'http://' . $_SERVER['HTTP_HOST'] . '/', 'b' => 'identify');\n"
	    "exec($o['b'] . ' -ping ' . escapeshellarg($f), $out);");
	quiet("<?php $o = array('u' => $_GET['page'], 'b' => 'uptime');\n"
	      "$r = shell_exec($o['b']); echo htmlspecialchars($o['u']);");
	/* the element itself, or input that may be in any element */
	expect("<?php $o = array('u' => 'x', 'c' => $_GET['c']); exec($o['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array('b' => 'uptime'); $o[$_GET['k']] = $_GET['v']; exec($o['b']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $c = array('bin' => 'ls', 't' => $_GET['t']);\n"
	       "foreach ($_GET as $k => $v) { $c[$k] = $v; } system($c['bin']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array('b' => 'uptime'); $o = array_merge($o, $_POST); exec($o['b']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $a = array('ls', $_GET['c']); sort($a); exec($a[0]);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $a = array('ls', $_GET['c']); array_shift($a); exec($a[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array('a' => array('b' => array('c' => array('d' => array('e' => "
	       "'ls')))));\n"
	       "$o['a']['b']['c']['d']['e'] = $_GET['x']; exec($o['a']['b']['c']['d']['e']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class U { protected $o; function __construct() {\n"
	       "  $this->o = array('url' => 'x', 'bin' => $_SERVER['HTTP_X_BIN']); }\n"
	       "function run($f) { exec($this->o['bin'] . ' ' . escapeshellarg($f)); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* an application's own settings over its defaults: $options + defaults */
	quiet("<?php class Up { protected $o;\n"
	      "function __construct($options = null) {\n"
	      "  $this->o = array('s' => $this->url() . '/i', 'u' => $this->url() . '/f',\n"
	      "                   'convert_bin' => 'convert');\n"
	      "  if ($options) { $this->o = $options + $this->o; } }\n"
	      "protected function url() { return 'http://' . $_SERVER['HTTP_HOST']; }\n"
	      "protected function scale($f, $n) {\n"
	      "  $cmd = $this->o['convert_bin'];\n"
	      "  if (!empty($this->o['convert_params'])) { $cmd .= ' ' . "
	      "$this->o['convert_params']; }\n"
	      "  $cmd .= ' ' . escapeshellarg($f) . ' ' . escapeshellarg($n);\n"
	      "  exec($cmd, $out, $err); } }");
	/* ... but the request's array over the defaults may hold any key */
	expect("<?php $o = $_GET + array('b' => 'uptime'); exec($o['b']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect(
	    "<?php $o = array('t' => $_POST['t'], 'b' => 'ls'); $o = $_POST + $o; exec($o['b']);",
	    "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $d = array('b' => 'convert'); $o = $_GET['opts'] + $d;\n"
	       "exec($o['b'] . ' ' . escapeshellarg($f));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class U { protected $o; function __construct() {\n"
	       "  $this->o = array('u' => 'http://' . $_SERVER['HTTP_HOST'], 'bin' => 'convert');\n"
	       "  $this->o = $_REQUEST + $this->o; }\n"
	       "function run($f) { $c = $this->o['bin']; $c .= ' ' . escapeshellarg($f); exec($c); "
	       "} }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* merged with the request where an element of input was already */
	expect("<?php $o = array('t' => $_POST['t'], 'b' => 'ls'); $o = array_merge($o, $_POST);\n"
	       "exec($o['b']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect(
	    "<?php $o = array('t' => $_POST['t'], 'b' => 'ls'); $o = array_replace($o, $_POST);\n"
	    "exec($o['b']);",
	    "php.input_to_command", HS_SEV_CRITICAL);
	/* a property set in two methods: joined key by key */
	expect("<?php class W { protected $o;\n"
	       "function a() { $this->o = array('b' => $_GET['c'], 'u' => 'x'); }\n"
	       "function b() { $this->o = array('b' => 'ls', 'u' => 'y'); }\n"
	       "function c() { exec($this->o['b']); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class W { protected $o; function a() { $this->o = $_POST; }\n"
	       "function b() { $this->o = array('b' => 'ls'); } function c() { "
	       "exec($this->o['b']); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a key the array does not have is null; unless input went in anywhere */
	expect("<?php $o = array('u' => 'x'); $o[$_GET['k']] = $_GET['v']; exec($o['bin']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array_merge(array('a' => 'x'), $_GET); exec($o['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array('t' => $_POST['t']); foreach ($_POST as $k => $v) $o[$k] = $v;\n"
	       "exec($o['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = explode(',', $_GET['x']); exec($o[1]);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* array_push() and array_unshift() put input in the caller's array */
	expect("<?php $o = array('a' => $_GET['a']); array_push($o, $_GET['c']); exec($o[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array(); array_push($o, $_POST['c']); system($o[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $o = array('ls'); array_unshift($o, $_POST['c']); system($o[0]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* known text that may be input is no fixed program */
	expect("<?php $o = array('b' => 'convert'); $o = array_merge($o, $_REQUEST);\n"
	       "exec($o['b'] . ' ' . escapeshellarg($f));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* an array of input has no known element: implode gives input back */
	expect("<?php $w = explode('.', $_POST['x']); exec(implode('.', $w));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $w = explode('.', $_POST['s']); $p = getcwd() . join('.', $w) . rand(0, 9);\n"
	       "$v[1] = str_replace('%path', $p, $v[1]); exec($v[1] . ' > /dev/null &');",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* Where the input starts in a command line built by concatenation: after
 * a runner ("nohup ", "timeout 10 ") it is the program; after a fixed
 * program it is an argument, an injection but not a shell. */
static void test_command_line_start(void **state)
{
	(void)state;
	expect("<?php $c = 'nohup ' . $_GET['c'] . ' &'; exec($c);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php exec('timeout 10 ' . $_POST['c'] . ' 2>&1', $o);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $s = $_GET['s']; exec('python ' . $s . ' > /dev/null');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* an argument of a fixed program */
	run("<?php $c = 'ls -la ' . $_GET['d'] . ' | head'; exec($c, $o);");
	assert_non_null(find("php.input_to_command_arg"));
	assert_null(find("php.input_to_command"));
	/* sprintf() builds the line as the concatenation of its pieces: a
	 * backup front end's ssh command line with a request field in the
	 * remote command, numbers, escaped arguments */
	run("<?php $d = $_REQUEST['dir'];\n"
	    "$cmd = sprintf(\"ssh %s %s@%s 'find \\\"%s\\\" -maxdepth 1'\", $opts, $user, $host, "
	    "$d);\n"
	    "$p = proc_open($cmd, $desc, $pipes, '/tmp', $env);");
	assert_non_null(find("php.input_to_command_arg"));
	assert_null(find("php.input_to_command"));
	quiet("<?php exec(sprintf('kill -9 %d', $_GET['pid']));");
	quiet("<?php exec(sprintf('convert %s %s', escapeshellarg($_GET['a']), "
	      "escapeshellarg($f)));");
	/* ... and the input where the command starts is still the command */
	expect("<?php system(sprintf('%s', $_GET['c']));", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php system(sprintf('%2$s', 'x', $_GET['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php system(sprintf('nohup %s &', $_GET['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php system(sprintf('%s %s', 'bash -c', $_GET['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php system(sprintf('echo 1; %s', $_POST['d']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php system(sprintf('%s %s', $_GET['c'], escapeshellarg($f)));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php eval(sprintf('return %s;', $_POST['e']));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	/* the input after an unknown directory is not right after the runner */
	run("<?php exec('nohup ' . $dir . '/worker.php ' . $_GET['id'] . ' &');");
	assert_null(find("php.input_to_command"));
}

/* A mailing list's subscription form: the list's address and the sender
 * from the request, validated as addresses, the body the word the visitor
 * picked, compared with the form's two words. Not a remailer: the body is
 * the application's. */
static void test_subscribe_form_mail(void **state)
{
	(void)state;
	const char *form =
	    "<?php class sub_form { var $email; var $list; var $job; var $errors;\n"
	    "function is_email($s) { return preg_match('/^[a-z0-9._-]+@[a-z0-9._-]+\\.[a-z]+$/i', "
	    "$s); }\n"
	    "function sub_form() { $this->errors = false;\n"
	    "  if ($this->is_email($_POST['email'])) $this->email = $_POST['email'];\n"
	    "  if ($this->is_email($_POST['list'])) $this->list = $_POST['list'];\n"
	    "  $this->job = $_POST['job'];\n"
	    "  if (!(($this->job == 'subscribe') OR ($this->job == 'unsubscribe'))) $this->errors "
	    "= "
	    "true;\n"
	    "  if (!$this->errors) {\n"
	    "    $to = str_replace('@', '+' . $this->job . '@', $this->list);\n"
	    "    mail($to, $this->job . ' to ' . $this->list, $this->job, 'From: ' . "
	    "$this->email);\n"
	    "  } } }\n"
	    "$f = new sub_form;";
	quiet(form);
	/* a remailer behind a password, or a guard on one word: still a relay */
	expect(
	    "<?php if ($_POST['pass'] == 'secret' || $_POST['pass'] == 'other') {\n"
	    "mail($_POST['to'], $_POST['subject'], $_POST['body'], 'From: ' . $_POST['from']); }",
	    "php.mail_relay", HS_SEV_HIGH);
	expect("<?php $m = $_POST['m']; if ($m == 'x') exit;\n"
	       "mail($_POST['to'], $_POST['s'], $m, $_POST['h']);",
	       "php.mail_relay", HS_SEV_HIGH);
	/* variables extract() made share one source: no field was compared */
	expect("<?php extract($_REQUEST); if ($act == 'send' || $act == 'test') {\n"
	       "mail($to, $subj, $body, $hdr); }",
	       "php.mail_relay", HS_SEV_HIGH);
	expect("<?php $act = $_POST['act']; if ($act == 'send' || $act == 'preview') {\n"
	       "mail($_POST['to'], $_POST['s'], $_POST['m'], $_POST['h']); }",
	       "php.mail_relay", HS_SEV_HIGH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_prefixed_dispatch),
	    cmocka_unit_test(test_options_table),
	    cmocka_unit_test(test_command_line_start),
	    cmocka_unit_test(test_subscribe_form_mail),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
