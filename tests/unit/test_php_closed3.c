/* The PHP analysis, the families of held-out set 3's weak spots as the
 * lead named them (its files were not opened): backdoors reading a
 * framework's request object, PHP 8 call shapes, anonymous classes,
 * proc_open/expect forms, less common writers and loaders, JSON
 * dispatchers whose closures are picked by the request; and what real
 * applications do with the same constructs, which must stay below high.
 * Every snippet is written here from the technique. */
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

static void test_framework_sources(void **state)
{
	(void)state;
	expect("<?php class T extends Controller { public function run(Request $request) { "
	       "return response(shell_exec($request->input('cmd'))); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php Route::post('/_d', function (Request $r) { eval($r->input('code')); });",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class C extends CI_Controller { function index() { "
	       "system($this->input->post('c')); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class X extends Controller { function index() { "
	       "passthru($this->request->post['k']); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $app = JFactory::getApplication(); assert($app->input->get('q', '', 'raw'));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php class I { function execute() { "
	       "passthru($this->getRequest()->getParam('x')); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php function m() { return shell_exec(\\Drupal::request()->query->get('c')); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php eval(JRequest::getVar('z', '', 'post', 'string', 2));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	expect("<?php echo shell_exec(request('cmd'));", "php.input_to_command", HS_SEV_CRITICAL);
	/* the same request asked for harmless things, or for a number */
	not_high("<?php class U extends Controller { public function show(Request $request) { "
	         "$u = DB::table('users')->where('id', $request->input('id'))->first(); "
	         "return view('u', ['u' => $u, 'q' => $request->query('q')]); } }");
	not_high("<?php class V { function go(Request $r) { "
	         "return exec('convert -resize ' . $r->integer('w') . ' a.png b.png'); } }");
	/* an HTTP client's own outgoing request */
	not_high(
	    "<?php class Cl { function __construct() { $this->request = new Req(); } "
	    "function send() { return shell_exec('curl -s ' . escapeshellarg('https://x')); } }");
}

static void test_php8_shapes(void **state)
{
	(void)state;
	expect("<?php $run = shell_exec(...); echo $run($_GET['c']);", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $x = match (true) { isset($_POST['a']) => system(...), default => 'trim' }; "
	       "$x($_POST['a']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php enum Op: string { case A = 'system'; case B = 'trim'; "
	       "public function run($c) { return ($this->value)($c); } } Op::A->run($_GET['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class R { public function __construct(private string $fn = 'system') {} "
	       "public function go($a) { return ($this->fn)($a); } } (new R())->go($_COOKIE['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	quiet("<?php $len = strlen(...); echo $len($_GET['s']);");
}

static void test_anon_classes(void **state)
{
	(void)state;
	expect("<?php $o = new class { public function __invoke($c) { return system($c); } }; "
	       "$o($_POST['c']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = new class { public function __call($m, $a) { return $m(...$a); } }; "
	       "$p->system($_GET['x']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php new class($_POST['z']) { private $c; function __construct($c) { "
	       "$this->c = $c; } function __destruct() { eval($this->c); } };",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	not_high("<?php $h = new class { public function __invoke($x) { return strtoupper($x); } "
	         "}; echo $h($_GET['n']);");
}

static void test_dispatch_tables(void **state)
{
	(void)state;
	expect("<?php $in = json_decode(file_get_contents('php://input'), true); $ops = ["
	       "'l' => function ($a) { return scandir($a); }, "
	       "'x' => function ($a) { return shell_exec($a); }]; "
	       "echo json_encode($ops[$in['op']]($in['a']));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a JSON API whose handlers do harmless things */
	not_high("<?php $in = json_decode(file_get_contents('php://input'), true); $ops = ["
	         "'list' => function ($a) { return array_slice([1, 2, 3], 0, (int)$a); }, "
	         "'echo' => function ($a) { return htmlspecialchars($a); }]; "
	         "echo json_encode($ops[$in['op']]($in['a']));");
}

static void test_writers_loaders(void **state)
{
	(void)state;
	expect("<?php $fp = fopen(__DIR__ . '/c.php', 'w'); "
	       "fputcsv($fp, ['<?php eval($_POST[1]); ?>']);",
	       "php.code_drop", HS_SEV_HIGH);
	expect("<?php $f = new SplFileObject($_GET['n'], 'w'); $f->fwrite($_POST['c']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect(
	    "<?php file_put_contents('/tmp/x.so', base64_decode($_POST['so'])); dl('/tmp/x.so');",
	    "php.native_module_load", HS_SEV_CRITICAL);
	expect("<?php $s = 'x -oProxyCommand=echo\\t' . base64_encode($_GET['c']) . '|sh}'; "
	       "imap_open('{' . $s . ':143/imap}INBOX', '', '');",
	       "php.imap_proxy_command", HS_SEV_HIGH);
	expect("<?php file_put_contents('/tmp/u.zip', base64_decode($_POST['z'])); "
	       "$z = new ZipArchive; $z->open('/tmp/u.zip'); "
	       "$z->extractTo($_SERVER['DOCUMENT_ROOT']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php file_put_contents(__DIR__ . '/.user.ini', 'auto_prepend_file=.c'); "
	       "file_put_contents(__DIR__ . '/.c', $_POST['p']);",
	       "php.prepend_config_write", HS_SEV_HIGH);
	expect("<?php session_save_path(__DIR__); session_start(); "
	       "$_SESSION['x'] = '<?php system($_GET[1]); ?>';",
	       "php.session_code_drop", HS_SEV_HIGH);
	expect("<?php $h = fopen('expect://' . $_GET['c'], 'r');", "php.input_to_command",
	       HS_SEV_CRITICAL);
	expect("<?php $raw = $HTTP_RAW_POST_DATA; eval(substr($raw, 4));", "php.input_to_eval",
	       HS_SEV_CRITICAL);
	/* an admin export, a plugin installer's unzip, a WAF's .user.ini */
	not_high("<?php $fp = fopen('php://output', 'w'); foreach ($rows as $r) fputcsv($fp, $r);");
	not_high("<?php $z = new ZipArchive; $z->open($_FILES['pkg']['tmp_name']); "
	         "$z->extractTo(WP_PLUGIN_DIR);");
	not_high("<?php file_put_contents(ABSPATH . '.user.ini', "
	         "\"auto_prepend_file = '\" . ABSPATH . \"waf.php'\");");
	not_high("<?php session_save_path('/var/lib/php/sessions'); session_start(); "
	         "$_SESSION['user'] = $_POST['user'];");
	/* an application's private session dir, a login storing the posted name */
	not_high("<?php session_save_path('../../sess'); session_start(); "
	         "$_SESSION['conf_isAuthenticated'] = $_POST['addprofile'];");
	not_high("<?php $c = Closure::fromCallable([$this, 'handle']); $c($_GET['x']);");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_framework_sources), cmocka_unit_test(test_php8_shapes),
	    cmocka_unit_test(test_anon_classes),      cmocka_unit_test(test_dispatch_tables),
	    cmocka_unit_test(test_writers_loaders),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
