/* The PHP analysis, round 4 of the webshell techniques: fake WordPress
 * plugins whose hooks reach a sink (REST route callbacks get the request,
 * sanitizers do not make a command safe, an option the file stores from the
 * request and reads back), gadget chains reached from unserialize() (the
 * attacker sets every property, defaults too; writes in magic methods are
 * not demoted), includes through a wrapper or a built path (php://filter,
 * zip:// or phar:// of an upload, expect://, a temp file holding the
 * request, a stream_wrapper_register()ed class, a path with input in the
 * middle), and paths from input to a sink the evaluator lost (members of
 * a decoded JSON object). And what real plugins and applications do with the same
 * constructs, which must stay below high. Every snippet is written here
 * from the technique, not taken from a sample. */
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

/* Hook callbacks are entry points: a REST route's callback gets the
 * request (WP_REST_Request: get_param(), get_body(), $request['x']). */
static void test_rest_callbacks(void **state)
{
	(void)state;
	expect("<?php add_action('rest_api_init', function () { register_rest_route('rh/v1', "
	       "'/run', array('methods' => 'POST', 'callback' => 'rh_run', "
	       "'permission_callback' => '__return_true')); }); "
	       "function rh_run(WP_REST_Request $request) { $cmd = $request->get_param('cmd'); "
	       "return array('out' => shell_exec($cmd)); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class RT { function __construct() { add_action('rest_api_init', "
	       "array($this, 'routes')); } function routes() { register_rest_route('rt/v2', '/x', "
	       "array('methods' => 'GET', 'callback' => array($this, 'x'))); } "
	       "function x($req) { $f = $req['file']; include $f; } } new RT();",
	       "php.input_to_include", HS_SEV_HIGH);
	/* several endpoints on one route, a closure as the callback */
	expect("<?php register_rest_route('a/v1', '/b', array(array('methods' => 'GET', "
	       "'callback' => '__return_true'), array('methods' => 'POST', 'callback' => "
	       "function ($r) { eval($r->get_body()); })));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php register_rest_route('a/v1', '/c', ['methods' => 'POST', 'callback' => "
	       "'Api_C::go']); class Api_C { static function go($r) { $p = $r->get_json_params(); "
	       "call_user_func($p['f'], $p['a']); } }",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a headers-only route: get_header() is the request too */
	expect("<?php register_rest_route('a/v1', '/h', ['callback' => 'hh']); "
	       "function hh($q) { passthru(base64_decode($q->get_header('x_token'))); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* the route callback alone (registered in another file of the plugin):
	 * WP_REST_Request's accessors; arguments merged with wp_parse_args */
	expect("<?php function rh_exec(WP_REST_Request $r) { $p = $r->get_json_params(); "
	       "return shell_exec($p['c']); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php add_action('init', 'pa'); function pa() { $o = wp_parse_args($_POST, "
	       "array('f' => 'trim', 'a' => '')); call_user_func($o['f'], $o['a']); }",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a real route: a number, an option, an escaped title */
	quiet("<?php add_action('rest_api_init', function () { register_rest_route('rs/v1', "
	      "'/title', array('methods' => 'GET', 'callback' => 'rs_get', "
	      "'permission_callback' => '__return_true')); }); "
	      "function rs_get($request) { $id = (int) $request->get_param('id'); "
	      "return array('title' => get_option('rs_title'), 'post' => get_post($id), "
	      "'q' => esc_html($request->get_param('q'))); }");
}

/* Sanitizers for HTML do not make a command or code safe; an option the
 * file stores from the request is the request when it is read back. */
static void test_hook_sanitizers_and_options(void **state)
{
	(void)state;
	expect("<?php class CT { function __construct() { add_action('wp_ajax_nopriv_ct_sync', "
	       "array($this, 'sync')); } function sync() { $d = sanitize_text_field($_POST['d']); "
	       "eval(base64_decode($d)); wp_die(); } } new CT();",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php add_action('init', 'x_run'); function x_run() { if (isset($_REQUEST['x'])) "
	       "{ system(sanitize_textarea_field(wp_unslash($_REQUEST['x']))); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* stored, then read back in another hook */
	expect("<?php add_action('wp_loaded', 'ol_load'); function ol_load() { "
	       "$code = get_option('ol_code'); if ($code) { eval($code); } } "
	       "add_action('wp_ajax_nopriv_ol_set', 'ol_set'); function ol_set() { "
	       "update_option('ol_code', wp_unslash($_POST['c'])); }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php function tr_set() { set_transient('tr_cmd', $_COOKIE['t'], 60); } "
	       "add_action('init', 'tr_set'); add_action('shutdown', function () { "
	       "$c = get_transient('tr_cmd'); if ($c) echo shell_exec($c); });",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a settings page: capability, nonce, sanitized value stored and shown */
	quiet(
	    "<?php add_action('admin_post_rs_save', 'rs_save'); function rs_save() { "
	    "if (!current_user_can('manage_options')) wp_die('no'); "
	    "check_admin_referer('rs_save'); update_option('rs_title', "
	    "sanitize_text_field(wp_unslash($_POST['title']))); "
	    "wp_safe_redirect(admin_url('options-general.php')); exit; } "
	    "add_shortcode('rs_title', function ($atts) { return esc_html(get_option('rs_title')); "
	    "});");
	/* an option nobody in the file sets from the request is not input */
	not_high("<?php add_action('init', function () { $s = get_option('my_snippet'); "
	         "if ($s) { eval($s); } });");
}

/* A hook callback is an entry point: the framework calls it with the
 * request, so a write there is not "code nothing in the file calls". */
static void test_hook_entry_points(void **state)
{
	(void)state;
	expect("<?php add_action('init', 'wf'); function wf() { $data = "
	       "json_decode(file_get_contents('php://input'), true); if (isset($data['f'])) { "
	       "file_put_contents(ABSPATH . $data['f'], $data['c']); } }",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php add_action('init', function () { global $wp_filesystem; WP_Filesystem(); "
	       "$wp_filesystem->put_contents(ABSPATH . $_POST['n'], wp_unslash($_POST['c'])); });",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect(
	    "<?php class Up { function __construct() { add_action('wp_ajax_nopriv_up', "
	    "array($this, 'up')); } function up() { $f = $_FILES['f']; move_uploaded_file("
	    "$f['tmp_name'], WP_CONTENT_DIR . '/' . sanitize_file_name($f['name'])); } } new Up;",
	    "php.upload_write", HS_SEV_HIGH);
	/* WordPress's query variables are the request's */
	expect("<?php add_action('template_redirect', 'chk'); function chk() { "
	       "$d = get_query_var('d'); if ($d) { system($d); } }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a shortcode's attributes are what an author wrote in a post */
	expect("<?php add_shortcode('sx', 'sx_run'); function sx_run($atts) { "
	       "$a = shortcode_atts(array('c' => ''), $atts); if ($a['c']) { passthru($a['c']); } "
	       "return ''; }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* other hooks get WordPress's objects, not the request */
	quiet("<?php add_filter('rest_pre_dispatch', 'h_opts', 10, 3); function h_opts($r, $srv, "
	      "$req) { foreach ($srv->get_routes() as $route => $hs) { foreach ($hs as $h) { "
	      "if (is_callable($h['permission_callback'])) { "
	      "call_user_func($h['permission_callback'], $req); } } } return $r; }");
	/* a method nothing registers keeps the demotion */
	not_high("<?php class Imp { function import() { file_put_contents(__DIR__ . '/' . "
	         "$_POST['name'], $_POST['body']); } }");
}

/* unserialize() of input: every property of the object is the
 * attacker's, defaults included; the magic methods PHP calls run on them. */
static void test_pop_chains(void **state)
{
	(void)state;
	expect("<?php class J { public $cmd = 'id'; function __destruct() { system($this->cmd); } "
	       "} unserialize($_POST['d']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class J { public $cmd = 'id'; function __wakeup() { $this->run(); } "
	       "function run() { passthru($this->cmd); } } unserialize($_COOKIE['d']);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php class R { private $c; function __wakeup() { if ($this->c) { "
	       "system($this->c); } } } if (isset($_COOKIE['r'])) { "
	       "$r = maybe_unserialize(stripslashes($_COOKIE['r'])); }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a write in a magic method is the gadget's, not a framework's */
	expect("<?php class L { public $fh; public $data; function __destruct() { "
	       "file_put_contents($this->fh, $this->data); } } "
	       "$o = unserialize(base64_decode($_COOKIE['prefs']));",
	       "php.input_to_file_write", HS_SEV_HIGH);
	expect("<?php class F { public $path; public $body; function __destruct() { "
	       "$h = fopen($this->path, 'w'); fwrite($h, $this->body); fclose($h); } } "
	       "$o = unserialize($_REQUEST['o']);",
	       "php.input_to_file_write", HS_SEV_HIGH);
	/* a dynamic property of a property */
	expect("<?php class Cf { public $vals = []; function __get($k) { return $this->vals[$k]; "
	       "} } class Rd { public $conf; public $key; function __destruct() { "
	       "eval($this->conf->{$this->key}); } } $x = unserialize(urldecode($_GET['x']));",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* no objects (allowed_classes false), or the application's own store */
	quiet("<?php class Prefs { public $theme = 'light'; function __wakeup() { "
	      "$this->theme = preg_replace('/[^a-z]/', '', $this->theme); } } "
	      "class Log { public $file = '/var/log/app.log'; function __destruct() { "
	      "file_put_contents($this->file, date('c') . \"\\n\", FILE_APPEND); } } "
	      "$p = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);");
	quiet(
	    "<?php class Job { public $cmd = 'ls'; function __destruct() { exec('/usr/bin/true'); "
	    "} } $j = new Job(); $data = unserialize(file_get_contents(__DIR__ . '/cache.dat'));");
}

/* Includes through a wrapper, of an upload, of a file holding the request. */
static void test_wrapper_include(void **state)
{
	(void)state;
	expect("<?php $p = $_GET['page']; include "
	       "'php://filter/convert.base64-decode/resource=' . $p;",
	       "php.input_to_include", HS_SEV_HIGH);
	expect("<?php if (!empty($_FILES['z'])) { include 'zip://' . $_FILES['z']['tmp_name'] . "
	       "'#a.php'; }",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php include 'phar://' . $_FILES['f']['tmp_name'] . '/x.php';",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php require $_FILES['up']['tmp_name'];", "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php include 'expect://' . $_REQUEST['c'];", "php.input_to_command",
	       HS_SEV_CRITICAL);
	/* the request written to a temp file, then included */
	expect("<?php $t = tempnam(sys_get_temp_dir(), 'x'); "
	       "file_put_contents($t, file_get_contents('php://input')); include $t; unlink($t);",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php $t = '/tmp/.sess_' . md5(time()); $h = fopen($t, 'w'); "
	       "fwrite($h, base64_decode($_POST['p'])); fclose($h); require_once $t;",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	/* a stream wrapper whose reads return the request */
	expect(
	    "<?php class VS { private $pos; private $data; "
	    "function stream_open($path, $mode, $options, &$opened) { $this->data = $_POST['x']; "
	    "$this->pos = 0; return true; } function stream_read($n) { $r = substr($this->data, "
	    "$this->pos, $n); $this->pos += $n; return $r; } function stream_eof() { return "
	    "$this->pos >= strlen($this->data); } function stream_stat() { return []; } } "
	    "stream_wrapper_register('var', 'VS'); include 'var://code';",
	    "php.input_to_eval", HS_SEV_CRITICAL);
	/* ... or a payload it decodes: the layer is analysed */
	expect("<?php class MS { var $d; function stream_open($p, $m, $o, &$op) { "
	       "$this->d = base64_decode('PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOw=='); return true; } "
	       "function stream_read($n) { $r = $this->d; $this->d = ''; return $r; } "
	       "function stream_eof() { return $this->d === ''; } } "
	       "stream_wrapper_register('mem', 'MS'); include 'mem://x';",
	       "php.input_to_command", HS_SEV_CRITICAL);
	/* a fixed file decoded by a filter as it is included */
	expect("<?php include 'php://filter/read=convert.base64-decode/resource=' . __DIR__ . "
	       "'/cache/data.bin';",
	       "php.obfuscated_include", HS_SEV_HIGH);
}

/* A path built around input: the directory is fixed, the input walks out
 * of it (../), so the prefix does not make it safe. */
static void test_include_built_path(void **state)
{
	(void)state;
	expect("<?php include 'pages/' . $_GET['page'] . '.php';", "php.input_to_include",
	       HS_SEV_HIGH);
	expect("<?php $lang = isset($_COOKIE['lang']) ? $_COOKIE['lang'] : 'en'; "
	       "require_once \"lang/{$lang}.php\";",
	       "php.input_to_include", HS_SEV_HIGH);
	expect("<?php $p = str_replace('../', '', $_GET['p']); include '../' . $p;",
	       "php.input_to_include", HS_SEV_HIGH);
	expect("<?php $f = sprintf('%s/modules/%s.php', __DIR__, $_GET['m']); include $f;",
	       "php.input_to_include", HS_SEV_HIGH);
	/* template loaders: a whitelist, basename(), a character class, a map */
	quiet("<?php $name = isset($_GET['tpl']) ? $_GET['tpl'] : 'home'; "
	      "$allowed = array('home', 'about', 'contact'); "
	      "if (!in_array($name, $allowed, true)) { $name = 'home'; } "
	      "include __DIR__ . '/tpl/' . basename($name) . '.php';");
	quiet("<?php include __DIR__ . '/views/' . basename($_GET['v']) . '.php';");
	quiet("<?php $page = preg_replace('/[^a-z0-9_]/', '', $_GET['p'] ?? 'index'); "
	      "include __DIR__ . '/pages/' . $page . '.php';");
	quiet("<?php $map = ['a' => 'alpha.php', 'b' => 'beta.php']; $k = $_GET['k'] ?? 'a'; "
	      "include __DIR__ . '/inc/' . ($map[$k] ?? 'alpha.php');");
	quiet("<?php $locale = get_locale(); include __DIR__ . '/lang/' . $locale . '.php';");
	/* an application looks before it includes; an admin screen behind a
	 * capability and a nonce (wp-admin/update.php includes a plugin) */
	quiet(
	    "<?php $lang = $_GET['lang'] ?? 'en'; if (file_exists(__DIR__ . \"/lang/$lang.php\")) "
	    "{ include __DIR__ . \"/lang/$lang.php\"; }");
	quiet("<?php $plugin = isset($_REQUEST['plugin']) ? trim($_REQUEST['plugin']) : ''; "
	      "if (!current_user_can('update_plugins')) { wp_die('no'); } "
	      "check_admin_referer('activate-plugin_' . $plugin); "
	      "include WP_PLUGIN_DIR . '/' . $plugin;");
	/* a fixed file that exists, named by the request among fixed ones */
	quiet("<?php $tab = $_GET['tab'] ?? 'general'; if (in_array($tab, ['general', 'mail'])) { "
	      "include __DIR__ . \"/tabs/$tab.php\"; }");
}

/* Paths from input the evaluator used to lose. */
static void test_lost_flows(void **state)
{
	(void)state;
	expect("<?php $p = json_decode(file_get_contents('php://input')); shell_exec($p->cmd);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $p = json_decode($_POST['j']); $f = $p->f; $f($p->a);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	/* a list from input used as data */
	quiet("<?php $ids = explode(',', $_GET['ids']); foreach ($ids as $id) { echo (int) $id; } "
	      "$o = json_decode($_POST['j']); echo htmlspecialchars($o->name);");
	/* an element of an array from input is no callee finding (guzzle's
	 * $options['handler'] merged with getenv('HTTP_PROXY')): so a callee
	 * from explode() of input is not found either (left open) */
}

/* Hostile input: thousands of includes each of which would look back for
 * a capability check, options and wrappers beyond the tables' sizes. */
static void test_bounds(void **state)
{
	(void)state;
	static const char rep[] = "include 'p/' . $_GET['x'] . '.php'; ";
	static const char opt[] =
	    "update_option('o%d', $_POST['a']); stream_wrapper_register('w%d', "
	    "'C'); ";
	size_t n = 4000, cap = 32 + n * sizeof(rep) + 64 * (sizeof(opt) + 16);
	char *src = malloc(cap);
	assert_non_null(src);
	size_t len = (size_t)snprintf(src, cap, "<?php ");
	for (int i = 0; i < 64; i++)
		len += (size_t)snprintf(src + len, cap - len, opt, i, i);
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(src + len, cap - len, "%s", rep);
	run(src);
	assert_non_null(find("php.input_to_include"));
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rest_callbacks),
	    cmocka_unit_test(test_hook_sanitizers_and_options),
	    cmocka_unit_test(test_hook_entry_points),
	    cmocka_unit_test(test_pop_chains),
	    cmocka_unit_test(test_wrapper_include),
	    cmocka_unit_test(test_include_built_path),
	    cmocka_unit_test(test_lost_flows),
	    cmocka_unit_test(test_bounds),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
