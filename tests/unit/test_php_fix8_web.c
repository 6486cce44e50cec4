/* The PHP analysis, train8 round (branch fix8-web): the Reflection API
 * reached through ReflectionClass('ReflectionFunction'), a Closure of an
 * input name called by ->__invoke/->call, a callable table picked by an
 * (int) of input, magic methods (__get with the property's name, __callStatic
 * through [C::class, 'm'], a gadget class let in by unserialize's
 * allowed_classes). Every snippet is written here from the technique, not
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
	       "$x = unserialize(gzinflate(base64_decode($_POST['p'])), ['allowed_classes' => [Gad::class]]);\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "class Tpl { public $fn = 'trim'; public $v = '';\n"
	       " function __toString() { return (string) ($this->fn)($this->v); } }\n"
	       "$t = unserialize($_COOKIE['t'], ['allowed_classes' => ['Tpl']]);\n"
	       "echo $t;\n",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php class Zq { public static function __callStatic($m, $a) { $m = strrev($m); return $m(...$a); } }\n"
	       "echo [Zq::class, 'metsys']($_POST['c']);\n",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Zr { public function __call($m, $a) { $f = str_replace('_', '', $m); return $f($a[0]); } }\n"
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
	not_high("<?php\n"
	       "class Money { public $amount = 0; public $cur = 'EUR';\n"
	       " function __toString() { return sprintf('%d %s', $this->amount, $this->cur); } }\n"
	       "$m = unserialize($_COOKIE['cart'] ?? '', ['allowed_classes' => ['Money']]);\n"
	       "echo $m;\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reflection),
	    cmocka_unit_test(test_tables),
	    cmocka_unit_test(test_magic),
	    cmocka_unit_test(test_lookalikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
