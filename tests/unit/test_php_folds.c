/* The PHP layer's folds and value flows of branch folds5: the pure string
 * and number built-ins of php_ev_strings.c, the stores of php_ev_flows.c
 * (compact, putenv/getenv, ini_set/ini_get), nested destructuring
 * (php_ev_destr.c) and $f(...) of a variable. Each construct builds a
 * callee that is a command or code function only when the fold is exact
 * (one byte off is not a dangerous name), so the expectations check the
 * folded value too. Then what real applications do with the same
 * built-ins, which stays quiet, and hostile input (bombs, deep nesting),
 * which stays bounded. Every snippet is written here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "php_expect.h"
#include "scan/php_analyze.h"

#define CMD  "php.input_to_command"
#define CODE "php.input_to_eval"
#define DYN  "php.dynamic_call_input"
#define CRIT HS_SEV_CRITICAL

static void test_strstr_family(void **state)
{
	(void)state;
	expect("<?php $f = substr(strstr('ab|system', '|'), 1); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = strstr('exec.php', '.', true); echo $f($_GET['c']);", CMD, CRIT);
	expect("<?php $f = strstr('exec.php', '.', 1); echo $f($_GET['c']);", CMD, CRIT);
	expect("<?php (stristr('QQshell_exec', 'SH'))($_GET['e']);", CMD, CRIT);
	expect("<?php $f = substr(strrchr('/usr/bin/passthru', '/'), 1); $f($_COOKIE['x']);", CMD,
	       CRIT);
	expect("<?php $f = strchr('--system', 's'); $f($_REQUEST['x']);", CMD, CRIT);
	/* one byte off is not a function: the fold must be exact */
	not_high("<?php $f = strrchr('/usr/bin/system', '/'); $f($_POST['c']);");
	not_high("<?php $f = strstr('system', 'y'); $f($_POST['c']);");
	/* input through them stays input */
	expect("<?php system(strstr($_POST['c'], 'l'));", CMD, CRIT);
	expect("<?php eval(substr(strrchr($_POST['c'], '#'), 1));", CODE, CRIT);
	/* applications */
	quiet("<?php $d = substr(strrchr($_GET['email'], '@'), 1); echo htmlspecialchars($d);");
	quiet("<?php $ext = strtolower(substr(strrchr($_FILES['f']['name'], '.'), 1)); echo $ext;");
	quiet("<?php $user = strstr('john@example.org', '@', true); echo ucfirst($user);");
}

static void test_mb_substr(void **state)
{
	(void)state;
	expect("<?php $z = mb_substr('dhsystemn', 2, 6); echo $z($_REQUEST['id']);", CMD, CRIT);
	expect("<?php $z = mb_substr('xxassert', -6); $z($_POST['a']);", CODE, CRIT);
	/* not ASCII: characters are not bytes, not folded */
	not_high("<?php $z = mb_substr('\xc3\xa9system', 2, 6); $z($_POST['c']);");
	quiet("<?php echo mb_substr($_GET['title'], 0, 40) . '...';");
}

static void test_chunk_wordwrap(void **state)
{
	(void)state;
	expect(
	    "<?php $o = str_replace('-', '', chunk_split('shell_exec', 3, '-')); $o($_GET['d']);",
	    CMD, CRIT);
	expect("<?php $o = chunk_split('system', 6, ''); $o($_GET['d']);", CMD, CRIT);
	expect("<?php $o = str_replace(\"\\n\", '', wordwrap('passthru', 1, \"\\n\", true)); "
	       "echo $o($_REQUEST['p']);",
	       CMD, CRIT);
	expect("<?php $o = wordwrap('system', 3); $o($_GET['d']);", CMD, CRIT);
	/* the separators stay in: not a name */
	not_high("<?php $o = chunk_split('system', 3, '-'); $o($_GET['d']);");
	not_high("<?php $o = chunk_split('system'); $o($_GET['d']);"); /* "system\r\n" */
	quiet("<?php echo chunk_split(base64_encode($_POST['data']), 76, \"\\r\\n\");");
	quiet("<?php echo wordwrap(htmlspecialchars($_POST['msg']), 70, \"<br>\\n\", true);");
}

static void test_bases(void **state)
{
	(void)state;
	/* 'system' is 1751504350 in base 36 */
	expect("<?php (base_convert('1751504350', 10, 36))($_GET['id']);", CMD, CRIT);
	expect("<?php $a = base_convert('1982613383994', 10, 36); $a($_GET['e']);", CMD, CRIT);
	expect("<?php $f = chr(hexdec('73')) . chr(hexdec('79')) . chr(hexdec('73')) . "
	       "chr(hexdec('74')) . chr(hexdec('65')) . chr(hexdec('6d')); $f($_COOKIE['id']);",
	       CMD, CRIT);
	expect("<?php $f = chr(octdec('163')) . chr(octdec('171')) . 'stem'; $f($_POST['x']);", CMD,
	       CRIT);
	expect("<?php $f = chr(bindec('1110011')) . 'ystem'; $f($_POST['x']);", CMD, CRIT);
	/* dechex: 'exec' is 0x65786563 */
	expect("<?php $f = hex2bin(dechex(1702389091)); echo $f($_POST['x']);", CMD, CRIT);
	expect("<?php $f = pack('H*', dechex(1702389091)); echo $f($_POST['x']);", CMD, CRIT);
	/* past 63 bits PHP goes to floats: unknown, no crash */
	not_high(
	    "<?php $f = base_convert('zzzzzzzzzzzzzzzzzzzzzzzzzzzz', 36, 10); $f($_POST['x']);");
	quiet("<?php $id = base_convert($_GET['id'], 36, 10); echo (int) $id;");
	quiet("<?php $c = '#' . str_pad(dechex(mt_rand(0, 0xffffff)), 6, '0', STR_PAD_LEFT); "
	      "echo $c, hexdec('ff'), decbin(5), decoct(8);");
}

static void test_range(void **state)
{
	(void)state;
	expect("<?php $o = range('a', 'z'); $g = $o[18] . $o[24] . $o[18] . $o[19] . $o[4] . "
	       "$o[12]; $g($_POST['cmd']);",
	       CMD, CRIT);
	expect("<?php $z = range('a', 'z'); echo ($z[4] . $z[23] . $z[4] . $z[2])($_COOKIE['p']);",
	       CMD, CRIT);
	expect("<?php $u = range(90, 130); $h = chr($u[25]) . chr($u[31]) . chr($u[25]) . "
	       "chr($u[26]) . chr($u[11]) . chr($u[19]); $h($_COOKIE['cmd']);",
	       CMD, CRIT);
	expect("<?php $r = range('z', 'a'); $f = $r[7] . $r[1] . $r[7] . $r[6] . $r[21] . $r[13]; "
	       "$f($_GET['x']);",
	       CMD, CRIT);
	expect("<?php $r = range(0, 200, 5); $f = chr($r[23]) . 'ystem'; $f($_GET['x']);", CMD,
	       CRIT);
	quiet("<?php foreach (range(1, 10) as $i) { echo $i; } $l = range('A', 'Z'); "
	      "echo $l[(int) $_GET['i']];");
	/* bounded: no array of a billion */
	quiet("<?php $a = range(0, 1000000000); echo count($a);");
}

static void test_compact(void **state)
{
	(void)state;
	/* the elements keep their own values: 'system' run on the cookie (an
	 * element written under a key the analysis cannot read makes every
	 * element input: test_php_apps3.c test_options_table) */
	expect("<?php $fn = 'system'; $arg = $_COOKIE['code']; $k0 = compact('fn', 'arg'); "
	       "echo $k0['fn']($k0['arg']);",
	       CMD, CRIT);
	expect("<?php $fn = 'assert'; $arg = $_POST['c']; $a = compact(['fn', 'arg']); "
	       "extract($a); $fn($arg);",
	       CODE, CRIT);
	quiet("<?php $title = 'Home'; $items = array(1, 2); $v = compact('title', 'items'); "
	      "echo $v['title'];");
}

static void test_env_ini(void **state)
{
	(void)state;
	expect("<?php putenv('XC=' . $_REQUEST['e']); exec(getenv('XC'));", CMD, CRIT);
	expect("<?php putenv(\"LC_X={$_POST['c']}\"); echo shell_exec(getenv('LC_X'));", CMD, CRIT);
	expect("<?php ini_set('user_agent', $_POST['e']); exec(ini_get('user_agent'));", CMD, CRIT);
	expect("<?php ini_set('error_prepend_string', $_GET['z']); "
	       "eval(ini_get('error_prepend_string'));",
	       CODE, CRIT);
	expect("<?php putenv('F=system'); $f = getenv('F'); $f($_GET['c']);", CMD, CRIT);
	/* applications: settings read back, the environment of a fixed program */
	quiet("<?php putenv('TZ=UTC'); echo getenv('TZ'); ini_set('memory_limit', '256M'); "
	      "echo ini_get('memory_limit');");
	quiet("<?php putenv('LANG=en_US.UTF-8'); exec('locale', $o); echo implode(',', $o);");
	not_high("<?php $h = getenv('HOME'); echo shell_exec('ls ' . escapeshellarg($h));");
}

static void test_nested_destructuring(void **state)
{
	(void)state;
	/* the callee alone through the nest: exact, or no command */
	expect("<?php [[, $g], $n] = [['x', 'system'], 1]; $g($_REQUEST['z']);", CMD, CRIT);
	expect("<?php list(list($g)) = array(array('passthru')); $g($_POST['z']);", CMD, CRIT);
	expect("<?php ['a' => [, $f]] = ['a' => ['q', 'exec']]; echo $f($_GET['q']);", CMD, CRIT);
	not_high("<?php [[$g], $n] = [['x', 'system'], 1]; $g($_REQUEST['z']);");
	/* input through the nest */
	expect("<?php [$x, [$y, [$z]]] = [1, [2, [$_POST['c']]]]; eval($z);", CODE, CRIT);
	/* callee and input in one literal: each element is what the literal
	 * holds, 'system' run on the input */
	expect("<?php [[, $g], $s] = [['x', 'system'], $_REQUEST['z']]; $g($s);", CMD, CRIT);
	expect("<?php ['f' => $f, 'c' => $c] = ['c' => $_GET['x'], 'f' => 'system']; $f($c);", CMD,
	       CRIT);
	quiet("<?php [[$a, $b], $c] = [[1, 2], $_GET['q']]; echo $a + $b, htmlspecialchars($c);");
	quiet("<?php foreach ([[1, 'a'], [2, 'b']] as [$id, $name]) { echo $id, $name; }");
}

static void test_first_class_var(void **state)
{
	(void)state;
	expect("<?php $x1 = 'exec'; $u = $x1(...); $u($_GET['d']);", CMD, CRIT);
	expect("<?php $b = 'sys' . 'tem'; $q = $b(...); echo $q($_GET['code']);", CMD, CRIT);
	quiet("<?php $t = 'trim'; $f = $t(...); echo htmlspecialchars($f($_GET['q']));");
}

static void test_encoders(void **state)
{
	(void)state;
	expect("<?php $f = quoted_printable_decode('=73ys=74em'); $f($_GET['c']);", CMD, CRIT);
	expect("<?php $f = quoted_printable_decode(\"sys=\\r\\ntem\"); $f($_GET['c']);", CMD, CRIT);
	not_high("<?php $f = quoted_printable_decode('=73ys=7'); $f($_GET['c']);");
	expect("<?php $f = mb_strtolower('SYSTEM'); $f($_GET['c']);", CMD, CRIT);
	expect("<?php $f = strtolower(mb_strtoupper('exec')); echo $f($_GET['c']);", CMD, CRIT);
	/* an encoder and its decoder: the input is still the input */
	expect("<?php $a = $_POST['m']; @eval(@convert_uudecode(''.convert_uuencode($a)));", CODE,
	       CRIT);
	expect("<?php eval(gzinflate(gzdeflate($_POST['c'])));", CODE, CRIT);
	expect("<?php system(gzuncompress(gzcompress($_GET['c'], 9)));", CMD, CRIT);
	expect("<?php assert(quoted_printable_decode(quoted_printable_encode($_COOKIE['c'])));",
	       CODE, CRIT);
	expect("<?php system(stripslashes(quotemeta($_GET['c'])));", CMD, CRIT);
	/* applications encode input to store it or mail it */
	quiet("<?php $b = quoted_printable_encode(strip_tags($_POST['msg'])); "
	      "$blob = base64_encode(gzcompress(serialize($_POST), 6)); "
	      "$re = '/' . quotemeta($_GET['q']) . '/i'; echo preg_match($re, 'x'), strlen($b);");
}

static void test_arrays(void **state)
{
	(void)state;
	expect("<?php $f = array_search(1, ['trim' => 0, 'system' => 1]); $f($_POST['c']);", CMD,
	       CRIT);
	expect("<?php $a = ['system' => 1]; $f = key($a); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = array_key_first(['exec' => 1]); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = array_key_last(['a' => 0, 'exec' => 1]); $f($_POST['c']);", CMD, CRIT);
	not_high("<?php $f = array_key_first(['a' => 0, 'exec' => 1]); $f($_POST['c']);");
	expect("<?php $a = array_combine(['f'], ['system']); $a['f']($_POST['c']);", CMD, CRIT);
	expect("<?php $a = array_fill_keys(['x'], 'system'); $a['x']($_POST['c']);", CMD, CRIT);
	expect("<?php $a = array_fill(5, 2, 'system'); $a[6]($_POST['c']);", CMD, CRIT);
	expect("<?php $a = array_pad(['a'], -3, 'passthru'); $a[1]($_POST['c']);", CMD, CRIT);
	expect("<?php $f = array_column([['n' => 'system']], 'n')[0]; $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = current(array_filter(['', '0', 'system'])); $f($_POST['c']);", CMD,
	       CRIT);
	expect("<?php $f = array_values(array_unique(['x', 'x', 'exec']))[1]; $f($_POST['c']);",
	       CMD, CRIT);
	expect("<?php $f = array_values(array_diff(['x', 'system'], ['x']))[0]; $f($_POST['c']);",
	       CMD, CRIT);
	expect("<?php $f = str_getcsv('x,system')[1]; $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = str_getcsv('x;assert', ';')[1]; $f($_POST['c']);", CODE, CRIT);
	expect("<?php $c = json_decode('{\"f\":\"system\"}', true); $c['f']($_POST['x']);", CMD,
	       CRIT);
	expect("<?php $c = json_decode('[\"x\", [\"assert\"]]'); $c[1][0]($_POST['x']);", CODE,
	       CRIT);
	expect("<?php parse_str('f=sys%74em&z=1', $o); $o['f']($_POST['c']);", CMD, CRIT);
	expect("<?php parse_str('fn=exec'); $fn($_POST['c']);", CMD, CRIT);
	expect("<?php class K { const F = 'system'; } $f = constant('K::F'); $f($_POST['c']);", CMD,
	       CRIT);
	/* closures over literal arrays: their results */
	expect("<?php $f = implode('', array_map(fn($c) => chr($c), [115, 121, 115, 116, 101, "
	       "109])); $f($_POST['c']);",
	       CMD, CRIT);
	expect(
	    "<?php $f = implode(array_map(function ($c) { return chr($c - 1); }, [116, 122, 116, "
	    "117, 102, 110])); $f($_POST['c']);",
	    CMD, CRIT);
	expect(
	    "<?php $f = array_reduce(['sys', 'tem'], fn($c, $x) => $c . $x, ''); $f($_POST['c']);",
	    CMD, CRIT);
	expect("<?php $f = implode(array_map('ucfirst', ['s'])) . 'ystem'; "
	       "strtolower($f)($_POST['c']);",
	       CMD, CRIT);
	/* input stays input */
	expect("<?php $o = json_decode($_POST['j'], true); system($o['c']);", CMD, CRIT);
	expect("<?php $u = array_unique($_POST['c']); system($u[0]);", CMD, CRIT);
	expect("<?php $u = array_diff($_POST['c'], ['']); system(implode(' ', $u));", CMD, CRIT);
	/* the key of a search in $_FILES is not a payload (jquery.filer's uploader,
	 * clean-apps3) */
	quiet("<?php class U { function up($field) { $n = array_search($field, $_FILES); "
	      "$t = $_FILES[$n]['tmp_name']; $c = file_get_contents($t); "
	      "$h = fopen('/srv/up/' . md5($n), 'w'); fwrite($h, $c); } }");
	expect("<?php $r = str_getcsv($_COOKIE['z']); eval($r[1]);", CODE, CRIT);
	/* applications */
	quiet("<?php $cfg = json_decode('{\"title\":\"Home\",\"per_page\":10}', true); "
	      "echo $cfg['title']; $k = array_search($_GET['s'], array('a', 'b')); echo $k;");
	quiet(
	    "<?php $cols = array_column($rows, 'name', 'id'); $u = array_unique(array_map('trim', "
	    "explode(',', $_GET['tags']))); $d = array_diff($u, array('')); echo count($d);");
	quiet("<?php parse_str('page=1&sort=name', $defaults); $q = array_merge($defaults, $_GET); "
	      "echo htmlspecialchars($q['sort']);");
	quiet("<?php $upper = array_map(fn($s) => strtoupper($s), array('a', 'b')); "
	      "echo implode(',', $upper), array_reduce(array(1, 2, 3), fn($c, $x) => $c + $x, 0);");
}

static void test_sprintf_forms(void **state)
{
	(void)state;
	expect("<?php $f = sprintf('%2$s%1$s', 'tem', 'sys'); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = vsprintf('%2$s%1$s', ['tem', 'sys']); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = ltrim(sprintf(\"%'x8s\", 'exec'), 'x'); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = sprintf('%.6s', 'systemXX'); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = hex2bin(sprintf('%x%x', 25976, 25955)); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = sprintf('%c%s', 115, 'ystem'); $f($_POST['c']);", CMD, CRIT);
	expect("<?php $f = trim(sprintf('%-8s', 'exec')); $f($_POST['c']);", CMD, CRIT);
	not_high("<?php $f = sprintf('%-8s', 'exec'); $f($_POST['c']);");
	not_high("<?php $f = sprintf('%08s', 'exec'); $f($_POST['c']);");
	quiet("<?php printf('%05.1f', 3.14); echo sprintf('%1$s %2$s %1$s', 'a', $_GET['b']), "
	      "sprintf('%-20s|%08.3f|%+d', 'x', 1.5, 3);");
}

/* An installer writes what the administrator posted into its PHP config,
 * escaped for a PHP string literal (WordPress's setup-config.php writes the
 * table prefix through addcslashes()): not code from the request. */
static void test_escaped_config_write(void **state)
{
	(void)state;
	not_high(
	    "<?php $prefix = trim(wp_unslash($_POST['prefix'])); $lines = file('cfg-sample.php'); "
	    "foreach ($lines as $n => $line) { if ('$table_prefix =' === substr($line, 0, 15)) "
	    "$lines[$n] = '$table_prefix = \\'' . addcslashes($prefix, \"\\\\'\") . "
	    "\"';\\r\\n\"; } $h = fopen(__DIR__ . '/wp-config.php', 'w'); "
	    "foreach ($lines as $line) { fwrite($h, $line); } fclose($h);");
}

/* Hostile input: folded sizes are bounded, deep nesting is cut, and the
 * analysis finishes quickly. */
static void test_globals_copy_written(void **state)
{
	(void)state;
	/* a copy of $GLOBALS that the script writes its pieces into is still
	 * the globals: its '_POST' is the request (an obfuscator's layout) */
	expect("<?php global $m; $m = $GLOBALS; $m['a'] = 'abc';\n"
	       "$m['_POST']['x']($m['_POST']['y']);",
	       DYN, CRIT);
	expect("<?php $m = $GLOBALS; $m['k'] = 'sys' . 'tem'; $m['f'] = $m['k'];\n"
	       "$m['f']($m['_GET']['c']);",
	       CMD, CRIT);
	/* what was written is read back as written, not as input */
	quiet("<?php $g = $GLOBALS; $g['title'] = 'Home'; echo htmlspecialchars($g['title']);");
}

static void test_byte_decryptor(void **state)
{
	(void)state;
	/* a cookie decrypted byte by byte (ord, XOR or subtraction with a key,
	 * chr) and run: the bytes are the request's */
	expect("<?php function dx($a, $k) { $r = '';\n"
	       "  for ($i = 0; $i < strlen($a); $i++) $r .= chr(ord($a[$i]) ^ ord($k[$i % "
	       "strlen($k)]));\n"
	       "  return $r; }\n"
	       "eval(dx(base64_decode($_COOKIE['s']), 'k3y'));",
	       CODE, CRIT);
	expect("<?php $a = $_POST['p']; $r = '';\n"
	       "for ($i = 0; $i < strlen($a); $i++) { $c = ord($a[$i]) - 7; $r .= chr(($c + 256) % "
	       "256); }\n"
	       "eval($r);",
	       CODE, CRIT);
	/* numbers computed from the bytes of input (a header field, a checksum)
	 * returned or stored are numbers, not input: a binary parser's demo that
	 * writes its dump to a named file is no finding */
	quiet("<?php function be2int($s) { $v = 0;\n"
	      "  for ($i = 0; $i < strlen($s); $i++) $v += ord($s[$i]) * pow(256, strlen($s) - 1 - "
	      "$i);\n"
	      "  return $v; }\n"
	      "$h = array(); $h['sync'] = (be2int(substr($_POST['hex'], 0, 2)) & 0xFFE0) >> 4;\n"
	      "$f = fopen($_REQUEST['name'] . '.dat', 'wb'); fwrite($f, $h['sync']);");
}

static void test_hostile(void **state)
{
	(void)state;
	time_t t0 = time(NULL);
	/* a str_repeat bomb through chunk_split and wordwrap: each result is
	 * bounded by the decoders' room (8 MB a file, 4 MB a call) */
	run("<?php $a = str_repeat('A', 3000000); $b = chunk_split($a, 1, 'xxxxxxxx'); "
	    "$c = chunk_split($b, 1, $b); $d = wordwrap($a, 1, $a, true); "
	    "$e = strstr($a . 'system', 's'); $e($_POST['c']);");
	assert_true(time(NULL) - t0 < 20);
	/* a deep nest of lists */
	char buf[8192];
	size_t n = 0;
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "<?php ");
	for (int i = 0; i < 300; i++)
		buf[n++] = '[';
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "$x");
	for (int i = 0; i < 300; i++)
		buf[n++] = ']';
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, " = ");
	for (int i = 0; i < 300; i++)
		buf[n++] = '[';
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "'system'");
	for (int i = 0; i < 300; i++)
		buf[n++] = ']';
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "; $x($_POST['c']);");
	buf[n] = '\0';
	run(buf);
	/* many ranges and conversions */
	run("<?php for ($i = 0; $i < 4000; $i++) { $r = range('a', 'z'); $s = base_convert($i, 10, "
	    "36) . strrchr('a/b', '/') . mb_substr('abc', 1); }");
	/* a range of letters past 'z', a zero step, odd arguments */
	run("<?php $a = range('a', '~', 0); $b = range('', ''); $c = range(5, 1, -2); "
	    "$d = base_convert('', 1, 99); $e = wordwrap('abc', 0, '', true); $f = strstr('', ''); "
	    "$g = chunk_split('abc', 0); $h = chunk_split('abc', -1); $i = dechex(-5);");
	/* array built-ins at their bounds, JSON bombs */
	run("<?php $a = array_fill(0, 100000000, 'x'); $b = array_pad([], 9999999, 1); "
	    "$c = array_fill_keys(range(0, 4000), str_repeat('y', 1000)); "
	    "$d = json_decode(str_repeat('[', 5000) . str_repeat(']', 5000)); "
	    "$e = sprintf('%4095s%4095s%99999s', 'a', 'b', 'c'); $g = sprintf('%99$s', 1);");
	/* putenv/ini names: long, empty, no '=' */
	run("<?php putenv(''); putenv('='); putenv(str_repeat('K', 1000) . '=x'); ini_set('', 1); "
	    "ini_get(str_repeat('a', 500)); echo getenv('');");
	assert_true(time(NULL) - t0 < 30);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_strstr_family),
	    cmocka_unit_test(test_mb_substr),
	    cmocka_unit_test(test_chunk_wordwrap),
	    cmocka_unit_test(test_bases),
	    cmocka_unit_test(test_range),
	    cmocka_unit_test(test_compact),
	    cmocka_unit_test(test_env_ini),
	    cmocka_unit_test(test_nested_destructuring),
	    cmocka_unit_test(test_first_class_var),
	    cmocka_unit_test(test_encoders),
	    cmocka_unit_test(test_arrays),
	    cmocka_unit_test(test_sprintf_forms),
	    cmocka_unit_test(test_escaped_config_write),
	    cmocka_unit_test(test_globals_copy_written),
	    cmocka_unit_test(test_byte_decryptor),
	    cmocka_unit_test(test_hostile),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
