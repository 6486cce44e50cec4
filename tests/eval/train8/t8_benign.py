"""train8 benign look-alikes: the same APIs and shapes as the malicious
samples, used the way legitimate software on a shared host uses them.
Written blind (README.md). Each entry: (technique, category it looks like,
function, spellings)."""

from t8_common import T, rw, hx, ip, dom, b64, b32, F, zipbytes, wp_filler, plugin_header, PLUGS, jpeg_bytes


def _wp(r, body, slug=None):
    slug = slug or r.choice(PLUGS)
    pre = slug.replace("-", "_")[:12]
    parts = wp_filler(r, pre, r.randint(3, 6))
    parts.insert(r.randint(0, len(parts)), body)
    return "<?php\n" + plugin_header(r, slug) + "\n".join(parts), "wp-content/plugins/%s/%s.php" % (slug, slug)


# -------------------------------------------------------------- webshell-like
def file_manager_auth(r, v):
    if v == 0:
        body = """
add_action('wp_ajax_fm_connector', function () {
    if (!current_user_can('manage_options')) { wp_send_json_error('forbidden', 403); }
    check_ajax_referer('fm_connector', 'nonce');
    $base = realpath(WP_CONTENT_DIR . '/uploads');
    $rel = isset($_POST['path']) ? wp_unslash($_POST['path']) : '';
    $p = realpath($base . '/' . $rel);
    if ($p === false || strpos($p, $base) !== 0) { wp_send_json_error('bad path', 400); }
    switch (sanitize_key($_POST['cmd'] ?? 'ls')) {
        case 'ls':
            $out = [];
            foreach (scandir($p) as $n) {
                if ($n === '.' || $n === '..') continue;
                $out[] = ['name' => $n, 'dir' => is_dir("$p/$n"), 'size' => is_file("$p/$n") ? filesize("$p/$n") : 0];
            }
            wp_send_json_success($out);
        case 'rm':
            wp_send_json_success(is_file($p) ? wp_delete_file($p) : false);
        case 'upload':
            $ft = wp_check_filetype_and_ext($_FILES['f']['tmp_name'], $_FILES['f']['name']);
            if (!$ft['ext'] || in_array($ft['ext'], ['php', 'phtml', 'phar'], true)) { wp_send_json_error('type'); }
            wp_send_json_success(move_uploaded_file($_FILES['f']['tmp_name'], $p . '/' . sanitize_file_name($_FILES['f']['name'])));
    }
});
"""
        code, path = _wp(r, body, "file-manager-lite")
        return [F(code, path, "php", "app-file")]
    if v == 1:
        code = T("""<?php
/**
 * Tiny file browser for the hosting panel (read only, behind login).
 */
declare(strict_types=1);
session_start();
require __DIR__ . '/config.php';
if (empty($_SESSION['uid'])) {
    if (isset($_POST['u'], $_POST['p']) && hash_equals(PANEL_USER, $_POST['u']) && password_verify($_POST['p'], PANEL_HASH)) {
        session_regenerate_id(true);
        $_SESSION['uid'] = 1;
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    } else {
        require __DIR__ . '/views/login.php';
        exit;
    }
}
$root = realpath(PANEL_ROOT);
$want = realpath($root . '/' . ($_GET['d'] ?? ''));
if ($want === false || !str_starts_with($want, $root)) { http_response_code(400); exit('bad dir'); }
$items = array_values(array_diff(scandir($want), ['.', '..']));
?>
<table>
<?php foreach ($items as $it): $full = $want . '/' . $it; ?>
<tr><td><?= htmlspecialchars($it) ?></td><td><?= is_dir($full) ? 'dir' : number_format(filesize($full)) ?></td>
<td><?= date('Y-m-d H:i', filemtime($full)) ?></td><td><?= substr(sprintf('%o', fileperms($full)), -4) ?></td></tr>
<?php endforeach; ?>
</table>
""")
        cfg = "<?php\nconst PANEL_USER = 'owner';\nconst PANEL_HASH = '$2y$10$%s';\nconst PANEL_ROOT = __DIR__ . '/../files';\n" % rw(r, 53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789./")
        return [F(code, "panel/files.php", "php", "plain"), F(cfg, "panel/config.php", "php", "plain")]
    code = T("""<?php
// elFinder connector, configured by the site's admin
error_reporting(0);
require './autoload.php';
session_start();
function access($attr, $path, $data, $volume, $isDir, $relpath) {
    $basename = basename($path);
    return $basename[0] === '.' && strlen($relpath) !== 1 ? !($attr == 'read' || $attr == 'write') : null;
}
if (empty($_SESSION['admin_logged_in'])) { header('HTTP/1.1 403 Forbidden'); exit; }
$opts = array(
    'roots' => array(
        array(
            'driver'        => 'LocalFileSystem',
            'path'          => '../../files/',
            'URL'           => dirname($_SERVER['PHP_SELF']) . '/../../files/',
            'uploadDeny'    => array('all'),
            'uploadAllow'   => array('image/x-ms-bmp', 'image/gif', 'image/jpeg', 'image/png', 'image/x-icon', 'text/plain'),
            'uploadOrder'   => array('deny', 'allow'),
            'accessControl' => 'access',
        ),
    ),
);
$connector = new elFinderConnector(new elFinder($opts));
$connector->run();
""")
    return [F(code, "admin/elfinder/php/connector.minimal.php", "php", "plain")]


def fixed_admin_commands(r, v):
    if v == 0:
        code = """<?php
// status.php - server health for the uptime monitor (token protected, fixed commands only)
$token = getenv('STATUS_TOKEN') ?: 'change-me';
if (!hash_equals($token, $_GET['t'] ?? '')) { http_response_code(403); exit; }
$checks = [
    'uptime' => 'uptime',
    'disk'   => 'df -h /home',
    'load'   => 'cat /proc/loadavg',
    'mysql'  => 'mysqladmin --defaults-file=$HOME/.my.cnf ping',
];
$which = $_GET['c'] ?? 'uptime';
if (!isset($checks[$which])) { http_response_code(400); exit('unknown check'); }
header('Content-Type: text/plain');
echo shell_exec($checks[$which]);
"""
        return [F(code, "status.php", "php", "plain")]
    if v == 1:
        code = """<?php

namespace App\\Http\\Controllers\\Admin;

use App\\Http\\Controllers\\Controller;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Artisan;

class MaintenanceController extends Controller
{
    private const ALLOWED = ['cache:clear', 'config:cache', 'route:cache', 'view:clear', 'queue:restart'];

    public function __construct()
    {
        $this->middleware(['auth', 'can:admin']);
    }

    public function run(Request $request)
    {
        $cmd = $request->validate(['cmd' => 'required|in:' . implode(',', self::ALLOWED)])['cmd'];
        Artisan::call($cmd);
        return back()->with('status', trim(Artisan::output()));
    }
}
"""
        return [F(code, "app/Http/Controllers/Admin/MaintenanceController.php", "php", "app-file")]
    code = """<?php
if (!defined("WHMCS")) { die("This file cannot be accessed directly"); }

function serverstatus_ConfigOptions() { return ['Host' => ['Type' => 'text', 'Size' => '30']]; }

function serverstatus_ping(array $params)
{
    $host = $params['configoption1'];
    if (!filter_var($host, FILTER_VALIDATE_IP) && !filter_var($host, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME)) {
        return 'invalid host';
    }
    exec('ping -c 3 -W 2 ' . escapeshellarg($host), $out, $rc);
    return $rc === 0 ? 'success' : implode("\\n", $out);
}
"""
    return [F(code, "modules/servers/serverstatus/serverstatus.php", "php", "app-file")]


def template_engine_eval(r, v):
    if v == 0:
        code = """<?php
/**
 * MiniView: compiles {{ var }} and {% if %} templates into PHP once and
 * caches the result under var/cache/views.
 */
final class MiniView
{
    public function __construct(private string $dir, private string $cache) {}

    public function render(string $name, array $vars = []): string
    {
        $src = $this->dir . '/' . basename($name) . '.tpl';
        $out = $this->cache . '/' . sha1($src) . '.php';
        if (!is_file($out) || filemtime($out) < filemtime($src)) {
            file_put_contents($out, $this->compile(file_get_contents($src)), LOCK_EX);
        }
        extract($vars, EXTR_SKIP);
        ob_start();
        include $out;
        return ob_get_clean();
    }

    private function compile(string $t): string
    {
        $t = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', '<?= htmlspecialchars((string) ($$1 ?? \\'\\'), ENT_QUOTES) ?>', $t);
        $t = preg_replace('/\\{%\\s*if (\\w+)\\s*%\\}/', '<?php if (!empty($$1)): ?>', $t);
        return str_replace('{% endif %}', '<?php endif; ?>', $t);
    }
}
"""
        return [F(code, "src/View/MiniView.php", "php", "plain")]
    if v == 1:
        code = T("""<?php
/* Smarty version 4.3.1, created on 2024-05-0@D@ 10:22:17
  from '/home/@U@/public_html/themes/default/templates/header.tpl' */

/* @var Smarty_Internal_Template $_smarty_tpl */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '4.3.1',
  'unifunc' => 'content_@H@',
  'has_nocache_code' => false,
),false)) {
function content_@H@ (Smarty_Internal_Template $_smarty_tpl) {
?><!DOCTYPE html>
<html lang="<?php echo $_smarty_tpl->tpl_vars['lang']->value;?>
">
<head><title><?php echo htmlspecialchars($_smarty_tpl->tpl_vars['title']->value, ENT_QUOTES, 'UTF-8', true);?>
</title></head>
<body>
<?php }
}
""", D=r.randint(1, 9), U=rw(r, 6), H=hx(r, 13) + "_" + hx(r, 8))
        return [F(code, "var/cache/smarty/compile/%s_0.file.header.tpl.php" % hx(r, 40), "php", "plain")]
    code = """<?php
// Renders e-mail templates stored in the options table. Only {placeholders}
// are substituted; no PHP is evaluated from the stored text.
function shop_render_email(string $key, array $data): string
{
    $tpl = (string) get_option('shop_email_' . sanitize_key($key), '');
    return preg_replace_callback('/\\{(\\w+)\\}/', static fn(array $m): string => esc_html((string) ($data[$m[1]] ?? '')), $tpl);
}
$compiled = __DIR__ . '/cache/' . md5('invoice') . '.php';
if (is_file($compiled) && filemtime($compiled) > filemtime(__FILE__)) {
    $render = include $compiled;
} else {
    $render = static fn(array $d): string => shop_render_email('invoice', $d);
}
"""
    return [F(code, "wp-content/plugins/shop-emails/includes/render.php", "php", "plain")]


def plugin_updater(r, v):
    if v == 0:
        body = T("""
function @P@_check_update($transient) {
    if (empty($transient->checked)) { return $transient; }
    $res = wp_remote_get('https://updates.example.com/v1/@P@/info.json', ['timeout' => 10]);
    if (is_wp_error($res) || 200 !== wp_remote_retrieve_response_code($res)) { return $transient; }
    $info = json_decode(wp_remote_retrieve_body($res));
    if ($info && version_compare(@V@, $info->version, '<')) {
        $transient->response['@P@/@P@.php'] = (object) ['slug' => '@P@', 'new_version' => $info->version, 'package' => $info->download_url];
    }
    return $transient;
}
add_filter('pre_set_site_transient_update_plugins', '@P@_check_update');
""", P="acme_forms", V="'2.3.1'")
        code, path = _wp(r, body, "acme-forms")
        return [F(code, path, "php", "app-file")]
    if v == 1:
        code = """<?php
// Self-updater for the standalone app: downloads the signed release zip and
// verifies it with the vendor's Ed25519 public key before extracting.
const RELEASE_PK = 'BASE64PUBLICKEYPLACEHOLDERxxxxxxxxxxxxxxxxxxxx=';

function app_update(string $version): bool
{
    $zip = sys_get_temp_dir() . '/app-' . preg_replace('/[^0-9.]/', '', $version) . '.zip';
    $ok = copy('https://releases.example.org/app/' . rawurlencode($version) . '.zip', $zip);
    $sig = base64_decode((string) file_get_contents('https://releases.example.org/app/' . rawurlencode($version) . '.sig'));
    if (!$ok || !sodium_crypto_sign_verify_detached($sig, (string) file_get_contents($zip), base64_decode(RELEASE_PK))) {
        @unlink($zip);
        return false;
    }
    $z = new ZipArchive();
    if ($z->open($zip) !== true) { return false; }
    $z->extractTo(dirname(__DIR__));
    $z->close();
    unlink($zip);
    opcache_reset();
    return true;
}
"""
        return [F(code, "app/Updater.php", "php", "plain")]
    code = """<?php
// Theme demo importer: reads demo content shipped inside the theme package.
function theme_import_demo(string $zipfile): array
{
    $zip = new ZipArchive();
    if ($zip->open($zipfile) !== true) { return []; }
    $json = $zip->getFromName('demo/content.json');
    $widgets = $zip->getFromName('demo/widgets.wie');
    $zip->close();
    $data = json_decode((string) $json, true) ?: [];
    foreach ($data['posts'] ?? [] as $p) {
        wp_insert_post(['post_title' => sanitize_text_field($p['title']), 'post_content' => wp_kses_post($p['content']), 'post_status' => 'publish']);
    }
    update_option('theme_demo_widgets', json_decode((string) $widgets, true));
    return $data;
}
"""
    zb = zipbytes([("demo/content.json", '{"posts":[{"title":"Hello","content":"<p>Welcome</p>"}]}'), ("demo/widgets.wie", "{}")])
    return [F(code, "wp-content/themes/flatsome-child/inc/demo-import.php", "php", "app-file"),
            F(zb, "wp-content/themes/flatsome-child/demo/demo.zip", "zip", "zip")]


def modern_php_app(r, v):
    """PHP 8 idioms used legitimately: attribute routes, match, enums,
    first-class callables, spread, array callables, __call proxies."""
    if v == 0:
        code = """<?php

namespace App\\Routing;

use Attribute;
use ReflectionClass;
use ReflectionMethod;

#[Attribute(Attribute::TARGET_METHOD)]
final class Route
{
    public function __construct(public string $path, public string $method = 'GET') {}
}

final class Router
{
    private array $routes = [];

    public function register(object $controller): void
    {
        foreach ((new ReflectionClass($controller))->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
            foreach ($m->getAttributes(Route::class) as $attr) {
                $route = $attr->newInstance();
                $this->routes[$route->method][$route->path] = [$controller, $m->getName()];
            }
        }
    }

    public function dispatch(string $method, string $path): mixed
    {
        $handler = $this->routes[$method][$path] ?? null;
        return $handler ? $handler(...) : fn() => http_response_code(404);
    }
}
"""
        return [F(code, "src/Routing/Router.php", "php", "plain")]
    if v == 1:
        code = """<?php
enum Status: string
{
    case Draft = 'draft';
    case Published = 'publish';
    case Archived = 'archived';

    public function label(): string
    {
        return match ($this) {
            self::Draft => __('Draft', 'acme'),
            self::Published => __('Published', 'acme'),
            self::Archived => __('Archived', 'acme'),
        };
    }
}

$filters = [trim(...), strtolower(...), 'sanitize_title'];
$slug = array_reduce($filters, fn($carry, callable $f) => $f($carry), $_GET['slug'] ?? '');
$items = array_filter(get_posts(['post_type' => 'event']), fn($p) => Status::tryFrom($p->post_status) !== Status::Archived);
usort($items, [new EventSorter(), 'byDate']);
echo esc_html(Status::from('draft')->label());
$logger?->info('events listed', count: count($items));
"""
        return [F(code, "wp-content/plugins/acme-events/src/list.php", "php", "plain")]
    if v == 2:
        code = """<?php
/**
 * Forwards unknown static calls to the underlying cache store (a facade).
 */
class Cache
{
    private static ?CacheStore $store = null;

    public static function __callStatic(string $method, array $args): mixed
    {
        self::$store ??= new CacheStore(__DIR__ . '/../var/cache');
        if (!method_exists(self::$store, $method)) {
            throw new BadMethodCallException("Cache::$method does not exist");
        }
        return self::$store->$method(...$args);
    }
}

class Config implements ArrayAccess
{
    public function __construct(private array $items) {}
    public function __get(string $k): mixed { return $this->items[$k] ?? null; }
    public function offsetExists(mixed $o): bool { return isset($this->items[$o]); }
    public function offsetGet(mixed $o): mixed { return $this->items[$o]; }
    public function offsetSet(mixed $o, mixed $v): void { $this->items[$o] = $v; }
    public function offsetUnset(mixed $o): void { unset($this->items[$o]); }
}
"""
        return [F(code, "lib/Cache.php", "php", "plain")]
    code = """<?php
// Event dispatcher: listeners are [object, method] pairs or 'Class::method' strings
final class Dispatcher
{
    private array $listeners = [];

    public function on(string $event, callable $cb, int $prio = 10): void
    {
        $this->listeners[$event][$prio][] = Closure::fromCallable($cb);
    }

    public function fire(string $event, mixed ...$payload): void
    {
        $byPrio = $this->listeners[$event] ?? [];
        ksort($byPrio);
        foreach ($byPrio as $cbs) {
            array_walk($cbs, static fn(Closure $cb) => $cb(...$payload));
        }
    }
}
$d = new Dispatcher();
$d->on('order.paid', [new InvoiceMailer(), 'send']);
$d->on('order.paid', 'StockService::decrement', 20);
$d->on('order.paid', (new ReflectionMethod('AuditLog', 'write'))->getClosure(new AuditLog()));
"""
    return [F(code, "src/Events/Dispatcher.php", "php", "plain")]


def framework_plumbing(r, v):
    """Autoloaders, error handlers, stream wrappers, php://filter, data: URIs."""
    if v == 0:
        code = """<?php
spl_autoload_register(static function (string $class): void {
    $prefix = 'Acme\\\\Shop\\\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

set_error_handler(static function (int $no, string $str, string $file, int $line): bool {
    if (!(error_reporting() & $no)) {
        return false;
    }
    throw new ErrorException($str, 0, $no, $file, $line);
});

set_exception_handler(static function (Throwable $e): void {
    error_log((string) $e);
    http_response_code(500);
    include __DIR__ . '/templates/500.html';
});
"""
        return [F(code, "bootstrap.php", "php", "plain")]
    if v == 1:
        code = """<?php
/**
 * In-memory stream wrapper used by the test suite to feed fixture files to
 * the CSV importer without touching the disk.
 */
final class MemoryStream
{
    public static array $files = [];
    private string $key;
    private int $pos = 0;
    public $context;

    public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
    {
        $this->key = substr($path, strlen('memtest://'));
        self::$files[$this->key] ??= '';
        return true;
    }
    public function stream_read(int $count): string
    {
        $chunk = substr(self::$files[$this->key], $this->pos, $count);
        $this->pos += strlen($chunk);
        return $chunk;
    }
    public function stream_eof(): bool { return $this->pos >= strlen(self::$files[$this->key]); }
    public function stream_stat(): array { return []; }
}
stream_wrapper_register('memtest', MemoryStream::class);
MemoryStream::$files['orders.csv'] = "id,total\\n1,9.99\\n";
$rows = array_map('str_getcsv', file('memtest://orders.csv', FILE_IGNORE_NEW_LINES));
"""
        return [F(code, "tests/Support/MemoryStream.php", "php", "plain")]
    if v == 2:
        code = """<?php
// Export: write the CSV through a filter so it lands base64-encoded for the API
$tmp = sys_get_temp_dir() . '/export-' . date('Ymd') . '.b64';
$fh = fopen('php://filter/write=convert.base64-encode/resource=' . $tmp, 'w');
foreach ($orders as $o) {
    fputcsv($fh, [$o['id'], $o['email'], $o['total']]);
}
fclose($fh);
$logo = 'data://image/png;base64,' . base64_encode(file_get_contents(__DIR__ . '/logo.png'));
$img = imagecreatefromstring(file_get_contents($logo));
$gz = file_get_contents('compress.zlib://' . __DIR__ . '/geo/countries.json.gz');
$countries = json_decode($gz, true);
"""
        return [F(code, "admin/export.php", "php", "plain")]
    code = """<?php
/**
 * Two-factor authentication: RFC 6238 TOTP with a base32 secret.
 */
function totp_base32_decode(string $b32): string
{
    $alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    $bits = '';
    foreach (str_split(rtrim(strtoupper($b32), '=')) as $c) {
        $bits .= str_pad(decbin(strpos($alphabet, $c)), 5, '0', STR_PAD_LEFT);
    }
    $out = '';
    foreach (str_split($bits, 8) as $byte) {
        if (strlen($byte) === 8) { $out .= chr(bindec($byte)); }
    }
    return $out;
}

function totp_code(string $secret, ?int $t = null): string
{
    $counter = pack('J', intdiv($t ?? time(), 30));
    $h = hash_hmac('sha1', $counter, totp_base32_decode($secret), true);
    $o = ord($h[19]) & 0xf;
    $n = ((ord($h[$o]) & 0x7f) << 24) | (ord($h[$o + 1]) << 16) | (ord($h[$o + 2]) << 8) | ord($h[$o + 3]);
    return str_pad((string) ($n % 1000000), 6, '0', STR_PAD_LEFT);
}
"""
    return [F(code, "wp-content/plugins/two-factor-lite/includes/totp.php", "php", "app-file")]


def encrypted_settings(r, v):
    if v == 0:
        code = """<?php
// Stores API credentials encrypted at rest; the key lives in wp-config.php.
function acme_encrypt(string $plain): string
{
    $key = hash('sha256', defined('ACME_KEY') ? ACME_KEY : wp_salt('auth'), true);
    $iv = random_bytes(16);
    return base64_encode($iv . openssl_encrypt($plain, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv));
}

function acme_decrypt(string $blob): string
{
    $raw = base64_decode($blob);
    $key = hash('sha256', defined('ACME_KEY') ? ACME_KEY : wp_salt('auth'), true);
    return (string) openssl_decrypt(substr($raw, 16), 'aes-256-cbc', $key, OPENSSL_RAW_DATA, substr($raw, 0, 16));
}
$settings = json_decode(acme_decrypt((string) get_option('acme_api_settings', '')), true) ?: [];
"""
        return [F(code, "wp-content/plugins/acme-crm/includes/crypto.php", "php", "app-file")]
    if v == 1:
        code = """<?php
// Session cookie sealing with libsodium (secretbox); the key is in .env
$key = sodium_hex2bin(getenv('APP_SEAL_KEY') ?: str_repeat('0', 64));
function seal(array $data, string $key): string
{
    $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
    return sodium_bin2base64($nonce . sodium_crypto_secretbox(json_encode($data), $nonce, $key), SODIUM_BASE64_VARIANT_URLSAFE_NO_PADDING);
}
function unseal(string $cookie, string $key): ?array
{
    $raw = sodium_base642bin($cookie, SODIUM_BASE64_VARIANT_URLSAFE_NO_PADDING);
    $plain = sodium_crypto_secretbox_open(substr($raw, 24), substr($raw, 0, 24), $key);
    return $plain === false ? null : json_decode($plain, true);
}
$prefs = isset($_COOKIE['prefs']) ? unseal($_COOKIE['prefs'], $key) : null;
"""
        return [F(code, "lib/session_seal.php", "php", "plain")]
    code = """<?php
// Legacy licence check from 2012: RC4 over the licence file (kept for old installs)
function lic_rc4(string $key, string $data): string
{
    $s = range(0, 255);
    $j = 0;
    for ($i = 0; $i < 256; $i++) {
        $j = ($j + $s[$i] + ord($key[$i % strlen($key)])) % 256;
        [$s[$i], $s[$j]] = [$s[$j], $s[$i]];
    }
    $i = $j = 0;
    $out = '';
    for ($k = 0, $n = strlen($data); $k < $n; $k++) {
        $i = ($i + 1) % 256;
        $j = ($j + $s[$i]) % 256;
        [$s[$i], $s[$j]] = [$s[$j], $s[$i]];
        $out .= $data[$k] ^ chr($s[($s[$i] + $s[$j]) % 256]);
    }
    return $out;
}
$lic = json_decode(lic_rc4($_SERVER['HTTP_HOST'] ?? 'localhost', (string) @file_get_contents(__DIR__ . '/licence.dat')), true);
$valid = is_array($lic) && ($lic['domain'] ?? '') === ($_SERVER['HTTP_HOST'] ?? '') && strtotime($lic['expires']) > time();
"""
    return [F(code, "modules/license/check.php", "php", "plain")]


def server_config_files(r, v):
    if v == 0:
        ini = "; Wordfence WAF\nauto_prepend_file = '/home/%s/public_html/wordfence-waf.php'\n" % rw(r, 6)
        waf = ("<?php\n// Before removing this file, please verify the PHP ini setting `auto_prepend_file` does not point to this.\n\n"
               "if (file_exists(__DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php')) {\n"
               "\tdefine(\"WFWAF_LOG_PATH\", __DIR__ . '/wp-content/wflogs/');\n"
               "\tinclude_once __DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php';\n}\n")
        return [F(ini, ".user.ini", "ini", "user-ini"), F(waf, "wordfence-waf.php", "php", "plain")]
    if v == 1:
        ht = ("# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\n"
              "RewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n</IfModule>\n# END WordPress\n\n"
              "# php -- BEGIN cPanel-generated handler, do not edit\n<IfModule mime_module>\n  AddHandler application/x-httpd-ea-php81 .php .php8 .phtml\n</IfModule>\n"
              "# php -- END cPanel-generated handler, do not edit\n")
        up = "<Files *.php>\ndeny from all\n</Files>\nOptions -Indexes\n"
        return [F(ht, ".htaccess", "htaccess", "htaccess"), F(up, "wp-content/uploads/.htaccess", "htaccess", "htaccess"),
                F(jpeg_bytes(r), "wp-content/uploads/2024/02/photo-%d.jpg" % r.randint(1, 99), "image", "plain")]
    ini = "memory_limit = 256M\nupload_max_filesize = 64M\npost_max_size = 64M\nmax_execution_time = 300\nauto_prepend_file = none\n"
    ht = ("<FilesMatch \"\\.(ttf|otf|eot|woff|woff2)$\">\n  Header set Access-Control-Allow-Origin \"*\"\n</FilesMatch>\n"
          "AddType application/font-woff2 .woff2\nAddType image/svg+xml .svg\nExpiresActive On\nExpiresByType image/jpeg \"access plus 1 year\"\n")
    return [F(ini, ".user.ini", "ini", "user-ini"), F(ht, "assets/.htaccess", "htaccess", "htaccess")]


def i18n_func_names(r, v):
    if v == 0:
        code = """<?php
// Translations for the security scanner plugin's report screen (de_DE)
return [
    'dangerous_functions' => 'Gefährliche Funktionen',
    'fn_help' => [
        'eval'          => 'eval() führt eine Zeichenkette als PHP-Code aus.',
        'assert'        => 'assert() wertete in PHP 7 Zeichenketten als Code aus.',
        'system'        => 'system() führt einen Shell-Befehl aus.',
        'shell_exec'    => 'shell_exec() gibt die Ausgabe eines Shell-Befehls zurück.',
        'passthru'      => 'passthru() leitet die Ausgabe direkt weiter.',
        'proc_open'     => 'proc_open() startet einen Prozess mit Pipes.',
        'base64_decode' => 'base64_decode() wird oft zum Verschleiern benutzt.',
        'gzinflate'     => 'gzinflate() entpackt komprimierte Daten.',
        'str_rot13'     => 'str_rot13() verschiebt Buchstaben um 13 Stellen.',
    ],
    'recommend_disable' => 'Empfehlung: disable_functions = exec,passthru,shell_exec,system,proc_open,popen',
];
"""
        return [F(code, "wp-content/plugins/site-guard/languages/de_DE.php", "php", "plain")]
    if v == 1:
        po = """msgid ""
msgstr ""
"Language: fr_FR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: includes/scan.php:88
msgid "Suspicious call to %s() found in %s"
msgstr "Appel suspect à %s() trouvé dans %s"

#: includes/scan.php:120
msgid "The functions eval, system, exec, shell_exec and passthru are disabled on this server."
msgstr "Les fonctions eval, system, exec, shell_exec et passthru sont désactivées sur ce serveur."

#: includes/scan.php:141
msgid "File contains base64_decode(gzinflate(...)) - review it"
msgstr "Le fichier contient base64_decode(gzinflate(...)) - vérifiez-le"
"""
        return [F(po, "wp-content/plugins/site-guard/languages/site-guard-fr_FR.po", "text", "plain")]
    js = """/* Syntax highlighter: PHP builtin names (generated) */
window.hlPhpBuiltins = ["array_map","array_filter","array_reduce","base64_decode","base64_encode","call_user_func",
"call_user_func_array","create_function","eval","exec","file_get_contents","file_put_contents","gzinflate",
"gzuncompress","hex2bin","include","passthru","popen","preg_replace_callback","proc_open","shell_exec",
"str_rot13","strrev","system","unserialize"];
"""
    return [F(js, "assets/js/highlight-php-builtins.js", "js", "plain")]


def docs_pages(r, v):
    if v == 0:
        md = """# Why you should never use eval() on user input

A common anti-pattern in old tutorials:

```php
<?php
// DON'T DO THIS
eval($_GET['code']);
```

Attackers upload files like:

```php
<?php @eval(base64_decode($_POST['x'])); ?>
```

Instead, map allowed actions explicitly:

```php
<?php
$actions = ['list' => 'listItems', 'show' => 'showItem'];
$fn = $actions[$_GET['a']] ?? null;
if ($fn) { $fn(); }
```

Also set `disable_functions = exec,passthru,shell_exec,system` in php.ini.
"""
        return [F(md, "docs/security/eval.md", "text", "plain")]
    if v == 1:
        html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hardening guide - uploads</title></head><body>
<h1>Stop PHP from running in the uploads folder</h1>
<p>Attackers often hide code at the end of an image, like:</p>
<pre><code>GIF89a&lt;?php system($_GET['c']); ?&gt;</code></pre>
<p>and then add an <code>.htaccess</code> with <code>AddType application/x-httpd-php .jpg</code>.
Block it with:</p>
<pre><code>&lt;Files *.php&gt;
deny from all
&lt;/Files&gt;</code></pre>
<p>A <code>.user.ini</code> with <code>auto_prepend_file</code> pointing into uploads is another sign of compromise.</p>
</body></html>
"""
        return [F(html, "docs/hardening-uploads.html", "html", "plain")]
    txt = """=== Site Guard ===
Contributors: exampledev
Tags: security, malware, scanner
Requires at least: 6.0
Stable tag: 3.1.0

== Description ==
Finds files with patterns such as `eval(gzinflate(base64_decode(`, `preg_replace` with the /e
modifier, `assert($_POST[...])`, `create_function`, `$_COOKIE` driven callbacks and
`str_rot13` chains, and reports them. It does not run them.

== Changelog ==
= 3.1.0 =
* Detects `stream_wrapper_register` loaders and `php://filter` includes.
"""
    return [F(txt, "wp-content/plugins/site-guard/readme.txt", "text", "plain")]


def cgi_and_node(r, v):
    if v == 0:
        code = """#!/usr/bin/perl
# counter.cgi - simple hit counter (file locking, no input used)
use strict;
use warnings;
use Fcntl qw(:flock);

my $file = '/home/site/data/count.txt';
my $fh;
open($fh, '+<', $file) or open($fh, '+>', $file) or die "cannot open: $!";
flock($fh, LOCK_EX);
my $n = <$fh> || 0;
$n++;
seek($fh, 0, 0);
truncate($fh, 0);
print $fh $n;
close($fh);
print "Content-Type: text/plain\\r\\n\\r\\n$n\\n";
"""
        return [F(code, "cgi-bin/counter.cgi", "perl", "cgi")]
    if v == 1:
        code = """#!/usr/bin/env python3
\"\"\"status.py - CGI page with the disk usage of the account (fixed command).\"\"\"
import html
import os
import shutil
import subprocess

print("Content-Type: text/html; charset=utf-8")
print()
total, used, free = shutil.disk_usage(os.path.expanduser("~"))
quota = subprocess.run(["quota", "-s"], capture_output=True, text=True, timeout=10).stdout
print("<h1>Account status</h1><p>Used %d MB of %d MB</p><pre>%s</pre>" % (used // 2**20, total // 2**20, html.escape(quota)))
"""
        return [F(code, "cgi-bin/status.py", "python", "cgi")]
    code = """const express = require('express');
const { execFile } = require('child_process');
const path = require('path');
const multer = require('multer');
const upload = multer({ dest: path.join(__dirname, 'tmp'), limits: { fileSize: 5 * 1024 * 1024 } });
const app = express();

app.post('/thumb', upload.single('image'), (req, res) => {
  if (!req.file || !/^image\\/(png|jpeg)$/.test(req.file.mimetype)) return res.status(400).end();
  const out = req.file.path + '.jpg';
  execFile('convert', [req.file.path, '-resize', '300x300', out], (err) => {
    if (err) return res.status(500).end();
    res.sendFile(out);
  });
});
app.listen(process.env.PORT || 3000);
"""
    return [F(code, "nodeapp/app.js", "js", "node-app")]


# -------------------------------------------------------------- mailer-like
def contact_form(r, v):
    to = "office@example.com"
    if v == 0:
        code = T("""<?php
session_start();
if (empty($_SESSION['csrf'])) { $_SESSION['csrf'] = bin2hex(random_bytes(16)); }
$sent = null;
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'], $_POST['csrf'] ?? '') || !empty($_POST['website'])) { http_response_code(400); exit; }
    $name = trim(str_replace(["\\r", "\\n"], '', $_POST['name'] ?? ''));
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    $msg = trim($_POST['message'] ?? '');
    if ($name && $email && $msg && mb_strlen($msg) < 5000) {
        $headers = "From: Website <noreply@example.com>\\r\\nReply-To: $email\\r\\nContent-Type: text/plain; charset=UTF-8";
        $sent = mail('@TO@', 'Contact form: ' . $name, $msg, $headers);
    }
}
?>
<form method="post"><input type="hidden" name="csrf" value="<?= htmlspecialchars($_SESSION['csrf']) ?>">
<input name="name" required><input type="email" name="email" required><textarea name="message" required></textarea>
<input name="website" style="display:none" tabindex="-1" autocomplete="off"><button>Send</button></form>
<?php if ($sent) echo '<p>Thank you!</p>'; ?>
""", TO=to)
        return [F(code, "contact.php", "php", "plain")]
    if v == 1:
        body = """
add_action('admin_post_nopriv_acme_contact', 'acme_contact_submit');
add_action('admin_post_acme_contact', 'acme_contact_submit');
function acme_contact_submit() {
    check_admin_referer('acme_contact');
    $email = sanitize_email(wp_unslash($_POST['email'] ?? ''));
    if (!is_email($email)) { wp_safe_redirect(add_query_arg('sent', 0, wp_get_referer())); exit; }
    $to = get_option('admin_email');
    wp_mail($to, sprintf('[%s] %s', get_bloginfo('name'), sanitize_text_field($_POST['subject'] ?? '')),
        sanitize_textarea_field($_POST['message'] ?? ''), array('Reply-To: ' . $email));
    wp_safe_redirect(add_query_arg('sent', 1, wp_get_referer()));
    exit;
}
"""
        code, path = _wp(r, body, "acme-contact")
        return [F(code, path, "php", "app-file")]
    code = """#!/usr/bin/perl
# formmail replacement: fixed recipient, no header injection
use strict;
use warnings;
my $len = $ENV{CONTENT_LENGTH} || 0;
read(STDIN, my $buf, $len) if $len && $len < 20000;
my %f;
for (split /&/, $buf // '') { my ($k, $v) = split /=/, $_, 2; $v //= ''; $v =~ tr/+/ /; $v =~ s/%([0-9A-Fa-f]{2})/chr hex $1/ge; $f{$k} = $v; }
(my $from = $f{email} // '') =~ s/[\\r\\n]//g;
open(my $m, '|-', '/usr/sbin/sendmail', '-t', '-oi') or die;
print $m "To: info\\@example.org\\nFrom: website\\@example.org\\nReply-To: $from\\nSubject: Website enquiry\\n\\n$f{message}\\n";
close $m;
print "Location: /thanks.html\\n\\n";
"""
    return [F(code, "cgi-bin/formmail.pl", "perl", "cgi")]


def newsletter(r, v):
    if v == 0:
        body = """
add_action('acme_news_send_batch', function ($campaign_id) {
    global $wpdb;
    $subs = $wpdb->get_results($wpdb->prepare(
        "SELECT id, email, token FROM {$wpdb->prefix}acme_subscribers WHERE status = 'confirmed' AND id > %d ORDER BY id LIMIT 50",
        (int) get_post_meta($campaign_id, '_last_sub', true)
    ));
    $html = apply_filters('the_content', get_post_field('post_content', $campaign_id));
    foreach ($subs as $s) {
        $unsub = add_query_arg(['acme_unsub' => $s->token], home_url('/'));
        wp_mail($s->email, get_the_title($campaign_id), $html . '<p><a href="' . esc_url($unsub) . '">Unsubscribe</a></p>',
            ['Content-Type: text/html; charset=UTF-8', 'List-Unsubscribe: <' . esc_url_raw($unsub) . '>']);
        update_post_meta($campaign_id, '_last_sub', $s->id);
    }
    if (count($subs) === 50) { wp_schedule_single_event(time() + 60, 'acme_news_send_batch', [$campaign_id]); }
});
"""
        code, path = _wp(r, body, "acme-newsletter")
        return [F(code, path, "php", "app-file")]
    if v == 1:
        code = """#!/usr/bin/env python3
\"\"\"Send order receipts queued by the shop (run from cron every 5 minutes).\"\"\"
import json
import smtplib
import sqlite3
from email.message import EmailMessage

cfg = json.load(open('/home/shop/etc/mail.json'))
db = sqlite3.connect('/home/shop/var/queue.db')
with smtplib.SMTP(cfg['host'], 587, timeout=30) as s:
    s.starttls()
    s.login(cfg['user'], cfg['password'])
    for rid, to, subject, body in db.execute("SELECT id, rcpt, subject, body FROM outbox WHERE sent = 0 LIMIT 100"):
        m = EmailMessage()
        m['From'] = cfg['from']
        m['To'] = to
        m['Subject'] = subject
        m.set_content(body)
        s.send_message(m)
        db.execute("UPDATE outbox SET sent = 1 WHERE id = ?", (rid,))
        db.commit()
"""
        return [F(code, "shop/bin/send_receipts.py", "python", "script")]
    code = """'use strict';
// Sends the weekly digest to opted-in members through the provider's API
const fs = require('fs');
const members = JSON.parse(fs.readFileSync(__dirname + '/data/optin.json', 'utf8')).filter((m) => m.confirmed && !m.unsubscribed);
const html = fs.readFileSync(__dirname + '/templates/digest.html', 'utf8');
(async () => {
  for (const m of members) {
    await fetch('https://api.mailgun.net/v3/mg.example.org/messages', {
      method: 'POST',
      headers: { Authorization: 'Basic ' + Buffer.from('api:' + process.env.MAILGUN_KEY).toString('base64') },
      body: new URLSearchParams({ from: 'Club <news@example.org>', to: m.email, subject: 'Weekly digest', html: html.replace('{{unsub}}', m.unsubUrl) }),
    });
  }
})();
"""
    return [F(code, "club/jobs/digest.js", "js", "script")]


# -------------------------------------------------------------- phishing-like
def own_login_page(r, v):
    if v == 0:
        html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - Example Credit Union</title>
<link rel="stylesheet" href="/static/css/app.css"></head>
<body><main class="login">
<img src="/static/img/logo.svg" alt="Example Credit Union">
<form method="post" action="/login">
<input type="hidden" name="_csrf" value="{{ csrf_token }}">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" type="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
<a href="/forgot">Forgot password?</a>
</form></main>
<script src="/static/js/login.js" defer></script>
</body></html>
"""
        js = """document.querySelector('form').addEventListener('submit', function () {
  this.querySelector('button').disabled = true;
});
"""
        return [F(html, "templates/login.html", "html", "plain"), F(js, "static/js/login.js", "js", "plain")]
    if v == 1:
        code = """<?php
require __DIR__ . '/../app/bootstrap.php';
$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    csrf_verify($_POST['_token'] ?? '');
    $stmt = db()->prepare('SELECT id, password_hash FROM users WHERE email = ?');
    $stmt->execute([strtolower(trim($_POST['email'] ?? ''))]);
    $u = $stmt->fetch();
    if ($u && password_verify($_POST['password'] ?? '', $u['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['user_id'] = $u['id'];
        header('Location: /account/');
        exit;
    }
    usleep(random_int(200000, 500000));
    $error = 'Invalid email or password.';
}
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Login - Example Webmail</title></head><body>
<form method="post"><input type="hidden" name="_token" value="<?= csrf_token() ?>">
<input type="email" name="email" required><input type="password" name="password" required>
<?php if ($error): ?><p class="error"><?= htmlspecialchars($error) ?></p><?php endif; ?>
<button>Login</button></form></body></html>
"""
        return [F(code, "public/login.php", "php", "plain")]
    code = """<?php
// Roundcube-style login skin override shipped by the hosting company (posts to Roundcube itself)
?>
<form name="login-form" method="post" action="./?_task=login">
<input type="hidden" name="_token" value="<?php echo $RCMAIL->get_request_token(); ?>">
<input type="hidden" name="_task" value="login"><input type="hidden" name="_action" value="login">
<input name="_user" id="rcmloginuser" required autocomplete="username">
<input name="_pass" id="rcmloginpwd" type="password" required autocomplete="current-password">
<button type="submit" id="rcmloginsubmit">Login</button>
</form>
"""
    return [F(code, "webmail/skins/elastic/templates/login-custom.php", "php", "plain")]


def payment_gateway_form(r, v):
    if v == 0:
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Checkout</title>
<script src="https://js.stripe.com/v3/"></script></head><body>
<form id="payment-form"><div id="payment-element"></div><button id="submit">Pay now</button><div id="error-message"></div></form>
<script>
const stripe = Stripe('pk_test_51Example000000000000000000000000000');
fetch('/checkout/intent.php', { method: 'POST' }).then(r => r.json()).then(({ clientSecret }) => {
  const elements = stripe.elements({ clientSecret });
  elements.create('payment').mount('#payment-element');
  document.getElementById('payment-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + '/checkout/done.php' } });
    if (error) document.getElementById('error-message').textContent = error.message;
  });
});
</script></body></html>
"""
        return [F(html, "checkout/index.html", "html", "plain")]
    if v == 1:
        code = """<?php
// Redirect form to the bank's hosted payment page (HMAC signed fields)
$fields = [
    'merchant_id' => getenv('PAY_MERCHANT'),
    'order_id'    => (string) $order->id,
    'amount'      => number_format($order->total, 2, '.', ''),
    'currency'    => 'EUR',
    'return_url'  => 'https://shop.example.com/payment/return',
];
ksort($fields);
$fields['signature'] = hash_hmac('sha256', http_build_query($fields), getenv('PAY_SECRET'));
?>
<form id="pay" method="post" action="https://pay.example.net/hosted/checkout">
<?php foreach ($fields as $k => $val): ?>
<input type="hidden" name="<?= htmlspecialchars($k) ?>" value="<?= htmlspecialchars($val) ?>">
<?php endforeach; ?>
<noscript><button>Continue to payment</button></noscript>
</form>
<script>document.getElementById('pay').submit();</script>
"""
        return [F(code, "payment/redirect.php", "php", "plain")]
    code = """<?php
// Card form of the shop's own PCI-scoped payment module: tokenises in the browser through the gateway's JS
?>
<form action="/payment/charge" method="post" id="cc-form">
<input type="hidden" name="csrf" value="<?= $csrf ?>">
<div id="card-number" class="hosted-field"></div><div id="card-expiry" class="hosted-field"></div><div id="card-cvc" class="hosted-field"></div>
<input type="hidden" name="token" id="token">
<button>Pay <?= htmlspecialchars($amount) ?> EUR</button>
</form>
<script src="https://js.braintreegateway.com/web/3.97.2/js/hosted-fields.min.js"></script>
"""
    return [F(code, "modules/payment/views/card.php", "php", "plain")]


def analytics_beacon(r, v):
    if v == 0:
        js = """(function () {
  var start = Date.now();
  function send(type) {
    var data = JSON.stringify({ t: type, p: location.pathname, r: document.referrer, d: Date.now() - start });
    if (navigator.sendBeacon) { navigator.sendBeacon('/stats/collect.php', data); }
  }
  send('view');
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') send('leave'); });
})();
"""
        php = """<?php
$raw = file_get_contents('php://input', false, null, 0, 2048);
$d = json_decode($raw, true);
if (!is_array($d) || !in_array($d['t'] ?? '', ['view', 'leave'], true)) { http_response_code(204); exit; }
$pdo = new PDO('sqlite:' . __DIR__ . '/../../var/stats.db');
$pdo->prepare('INSERT INTO hits (t, path, ref, ms, day) VALUES (?, ?, ?, ?, date())')
    ->execute([$d['t'], substr((string) $d['p'], 0, 200), substr((string) ($d['r'] ?? ''), 0, 200), (int) ($d['d'] ?? 0)]);
http_response_code(204);
"""
        return [F(js, "assets/js/stats.js", "js", "plain"), F(php, "stats/collect.php", "php", "plain")]
    if v == 1:
        js = """// Live support widget: connects to the site's own chat server
const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat/ws');
const box = document.getElementById('chat-log');
ws.onmessage = (m) => { const p = document.createElement('p'); p.textContent = JSON.parse(m.data).text; box.appendChild(p); };
document.getElementById('chat-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = e.target.elements.msg;
  ws.send(JSON.stringify({ text: input.value }));
  input.value = '';
});
"""
        return [F(js, "assets/js/support-chat.js", "js", "plain")]
    code = """<?php
// Pick the shop currency from the visitor's country (cached per IP for a day)
function shop_visitor_currency(): string
{
    $ip = $_SERVER['REMOTE_ADDR'] ?? '';
    $key = 'geo_' . md5($ip);
    $cc = get_transient($key);
    if ($cc === false) {
        $res = wp_remote_get('http://ip-api.com/json/' . rawurlencode($ip) . '?fields=countryCode', ['timeout' => 3]);
        $cc = is_wp_error($res) ? '' : (json_decode(wp_remote_retrieve_body($res), true)['countryCode'] ?? '');
        set_transient($key, $cc, DAY_IN_SECONDS);
    }
    return match ($cc) { 'GB' => 'GBP', 'US' => 'USD', 'CH' => 'CHF', default => 'EUR' };
}
"""
    return [F(code, "wp-content/plugins/shop-geo-currency/geo.php", "php", "app-file")]


def order_notify(r, v):
    if v == 0:
        body = T("""
add_action('woocommerce_new_order', function ($order_id) {
    $o = wc_get_order($order_id);
    $token = get_option('shop_tg_token');
    $chat = get_option('shop_tg_chat');
    if (!$token || !$chat) { return; }
    $text = sprintf("New order #%d\\nTotal: %s %s\\nItems: %d", $o->get_id(), $o->get_total(), $o->get_currency(), $o->get_item_count());
    wp_remote_post('https://api.telegram.org/bot' . $token . '/sendMessage', ['body' => ['chat_id' => $chat, 'text' => $text], 'timeout' => 5]);
});
""")
        code, path = _wp(r, body, "shop-telegram-notify")
        return [F(code, path, "php", "app-file")]
    if v == 1:
        code = """#!/bin/bash
# deploy.sh - pull, build and tell the team channel
set -euo pipefail
cd "$HOME/apps/site"
git pull --ff-only
composer install --no-dev --optimize-autoloader
php artisan migrate --force
curl -fsS -H 'Content-Type: application/json' -d "{\\"content\\": \\"Deployed $(git rev-parse --short HEAD) to production\\"}" "$DISCORD_DEPLOY_HOOK" >/dev/null
"""
        return [F(code, "bin/deploy.sh", "sh", "script")]
    code = """<?php
// Booking form: stores the request and e-mails the office with a PDF copy attached via the mail API
$booking = ['name' => $_POST['name'] ?? '', 'date' => $_POST['date'] ?? '', 'guests' => (int) ($_POST['guests'] ?? 1)];
if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) { http_response_code(400); exit; }
$pdf = render_booking_pdf($booking);
$ch = curl_init('https://api.sendgrid.com/v3/mail/send');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . getenv('SENDGRID_KEY'), 'Content-Type: application/json'],
    CURLOPT_POSTFIELDS => json_encode(['personalizations' => [['to' => [['email' => 'bookings@example.com']]]],
        'from' => ['email' => 'web@example.com'], 'subject' => 'Booking request', 'content' => [['type' => 'text/plain', 'value' => print_r($booking, true)]],
        'attachments' => [['content' => base64_encode($pdf), 'filename' => 'booking.pdf', 'type' => 'application/pdf']]])]);
curl_exec($ch);
"""
    return [F(code, "booking/submit.php", "php", "plain")]


# -------------------------------------------------------------- bot-like
def monitoring_jobs(r, v):
    if v == 0:
        code = """#!/usr/bin/env python3
\"\"\"uptime.py - checks the account's sites every 5 minutes and alerts Slack.\"\"\"
import json
import os
import time
import urllib.request

SITES = ['https://www.example.com/', 'https://shop.example.com/health']
HOOK = os.environ.get('SLACK_HOOK', '')
for url in SITES:
    t = time.time()
    try:
        code = urllib.request.urlopen(url, timeout=10).status
    except Exception as e:
        code = str(e)
    if code != 200 and HOOK:
        body = json.dumps({'text': '%s is down: %s (%.1fs)' % (url, code, time.time() - t)}).encode()
        urllib.request.urlopen(urllib.request.Request(HOOK, body, {'Content-Type': 'application/json'}), timeout=10)
"""
        return [F(code, "bin/uptime.py", "python", "script")]
    if v == 1:
        cron = ("MAILTO=\"admin@example.com\"\n*/5 * * * * /usr/bin/python3 $HOME/bin/uptime.py >/dev/null 2>&1\n"
                "15 2 * * * /usr/local/bin/php $HOME/public_html/wp-cron.php >/dev/null 2>&1\n"
                "30 3 * * 0 tar czf $HOME/backups/site-$(date +\\%F).tgz -C $HOME public_html && curl -fsS -m 10 https://hc.example.net/ping/abc123 >/dev/null\n")
        return [F(cron, "crontab.bak", "crontab", "persistence")]
    code = """#!/bin/sh
# rotate.sh - keep the last 7 database dumps
set -e
D=$HOME/backups/db
mkdir -p "$D"
mysqldump --defaults-extra-file="$HOME/.my.cnf" --single-transaction site_wp | gzip > "$D/wp-$(date +%F).sql.gz"
ls -1t "$D"/wp-*.sql.gz | tail -n +8 | xargs -r rm -f
"""
    return [F(code, "bin/rotate.sh", "sh", "script")]


def chat_bot_worker(r, v):
    if v == 0:
        code = """#!/usr/bin/env python3
\"\"\"FAQ bot for the shop's Telegram channel: answers fixed questions only.\"\"\"
import json
import os
import time
import urllib.parse
import urllib.request

API = 'https://api.telegram.org/bot%s/' % os.environ['TG_TOKEN']
FAQ = {'/hours': 'We are open Mon-Fri 9-18.', '/shipping': 'Shipping takes 2-4 days.', '/help': 'Commands: /hours /shipping'}
offset = 0
while True:
    res = json.load(urllib.request.urlopen(API + 'getUpdates?timeout=50&offset=%d' % offset, timeout=60))
    for u in res.get('result', []):
        offset = u['update_id'] + 1
        msg = u.get('message') or {}
        reply = FAQ.get((msg.get('text') or '').split('@')[0].strip())
        if reply:
            data = urllib.parse.urlencode({'chat_id': msg['chat']['id'], 'text': reply}).encode()
            urllib.request.urlopen(API + 'sendMessage', data, timeout=20)
    time.sleep(1)
"""
        return [F(code, "apps/faq_telegram.py", "python", "script")]
    if v == 1:
        code = """// queue worker: resizes uploaded images listed in the jobs table (Passenger app)
const { execFile } = require('child_process');
const mysql = require('mysql2/promise');
(async () => {
  const db = await mysql.createConnection({ host: 'localhost', user: process.env.DB_USER, password: process.env.DB_PASS, database: 'site' });
  for (;;) {
    const [rows] = await db.query("SELECT id, path FROM jobs WHERE done = 0 LIMIT 10");
    for (const j of rows) {
      await new Promise((ok) => execFile('convert', [j.path, '-strip', '-resize', '1600x1600>', j.path], ok));
      await db.query('UPDATE jobs SET done = 1 WHERE id = ?', [j.id]);
    }
    await new Promise((ok) => setTimeout(ok, 5000));
  }
})();
"""
        return [F(code, "nodeapp/worker.js", "js", "script")]
    code = """#!/usr/bin/perl
# irc-notify.pl - posts the nightly build result to the project's IRC channel, then quits
use strict;
use warnings;
use IO::Socket::INET;
my $msg = shift // 'build finished';
my $s = IO::Socket::INET->new(PeerAddr => 'irc.example.org', PeerPort => 6667, Proto => 'tcp', Timeout => 20) or exit 1;
print $s "NICK buildnote\\r\\nUSER buildnote 0 * :build notifier\\r\\n";
while (my $l = <$s>) {
    if ($l =~ /^PING (.*)/) { print $s "PONG $1\\r\\n"; }
    if ($l =~ / 001 /) { print $s "JOIN #example-dev\\r\\nPRIVMSG #example-dev :$msg\\r\\nQUIT :done\\r\\n"; }
}
"""
    return [F(code, "ci/irc-notify.pl", "perl", "script")]


TECHS = (
    ("file-manager-auth", "webshell", file_manager_auth, 3),
    ("fixed-admin-commands", "webshell", fixed_admin_commands, 3),
    ("template-engine-compile", "webshell", template_engine_eval, 3),
    ("plugin-updater-importer", "webshell", plugin_updater, 3),
    ("modern-php-app", "webshell", modern_php_app, 4),
    ("framework-plumbing", "webshell", framework_plumbing, 4),
    ("encrypted-settings", "webshell", encrypted_settings, 3),
    ("server-config-files", "webshell", server_config_files, 3),
    ("i18n-function-names", "webshell", i18n_func_names, 3),
    ("docs-with-php-code", "webshell", docs_pages, 3),
    ("cgi-and-node-apps", "webshell", cgi_and_node, 3),
    ("contact-form", "mailer", contact_form, 3),
    ("newsletter-receipts", "mailer", newsletter, 3),
    ("own-login-page", "phishing", own_login_page, 3),
    ("payment-gateway-form", "phishing", payment_gateway_form, 3),
    ("analytics-chat-geo", "phishing", analytics_beacon, 3),
    ("order-deploy-notify", "phishing", order_notify, 3),
    ("monitoring-backup-jobs", "bot", monitoring_jobs, 3),
    ("chat-bot-queue-worker", "bot", chat_bot_worker, 3),
)
