"""Benign look-alikes of the third held-out set: real-application style code
that a naive scanner flags. A template returns a list of (rel, text, lang).
Written blind (README.md)."""

from common3 import big_plugin, hexname, plugin_header, rword, slug, theme, wp_filler


def _pfx(r):
    return slug(r).replace("-", "_")


def b_big_plugin(r, S):
    p = _pfx(r)
    return [("wp-content/plugins/%s/%s.php" % (p.replace("_", "-"), p.replace("_", "-")), big_plugin(r, p, r.randint(20, 32)), "php")]


def b_theme_functions(r, S):
    t = theme(r)
    p = t.replace("-", "_")
    return [("wp-content/themes/%s/functions.php" % t, "<?php\n/**\n * Theme functions and definitions\n *\n * @package %s\n */\n\n" % t +
             "\n".join(wp_filler(r, p, r.randint(10, 20))), "php")]


def b_admin_file_manager(r, S):
    p = _pfx(r)
    return [("wp-content/plugins/%s/admin/class-files.php" % p.replace("_", "-"), "<?php\n" + plugin_header(r, p.replace("_", "-")) + """
class %(C)s_Files_Page {
    const CAP = 'manage_options';

    public function __construct() {
        add_action('admin_menu', array($this, 'menu'));
        add_action('admin_post_%(p)s_save_file', array($this, 'save'));
    }

    public function menu() {
        add_management_page(__('Theme files', '%(p)s'), __('Theme files', '%(p)s'), self::CAP, '%(p)s-files', array($this, 'render'));
    }

    private function root() {
        return wp_normalize_path(get_stylesheet_directory());
    }

    private function resolve($rel) {
        $path = wp_normalize_path(realpath($this->root() . '/' . ltrim($rel, '/')));
        if (!$path || 0 !== strpos($path, $this->root() . '/')) {
            wp_die(esc_html__('Invalid path.', '%(p)s'), 400);
        }
        if (!in_array(pathinfo($path, PATHINFO_EXTENSION), array('css', 'js', 'json', 'txt'), true)) {
            wp_die(esc_html__('This file type cannot be edited.', '%(p)s'), 400);
        }
        return $path;
    }

    public function render() {
        if (!current_user_can(self::CAP)) {
            wp_die(esc_html__('Sorry, you are not allowed to access this page.', '%(p)s'), 403);
        }
        $rel = isset($_GET['file']) ? sanitize_text_field(wp_unslash($_GET['file'])) : 'style.css';
        $path = $this->resolve($rel);
        echo '<div class="wrap"><h1>' . esc_html__('Theme files', '%(p)s') . '</h1><ul>';
        foreach (glob($this->root() . '/*.{css,js,json,txt}', GLOB_BRACE) as $f) {
            printf('<li><a href="%%s">%%s</a></li>', esc_url(add_query_arg('file', basename($f))), esc_html(basename($f)));
        }
        echo '</ul><form method="post" action="' . esc_url(admin_url('admin-post.php')) . '">';
        wp_nonce_field('%(p)s_save_file');
        echo '<input type="hidden" name="action" value="%(p)s_save_file"><input type="hidden" name="file" value="' . esc_attr($rel) . '">';
        echo '<textarea name="content" rows="25" class="large-text code">' . esc_textarea(file_get_contents($path)) . '</textarea>';
        submit_button();
        echo '</form></div>';
    }

    public function save() {
        if (!current_user_can(self::CAP)) {
            wp_die('', 403);
        }
        check_admin_referer('%(p)s_save_file');
        $rel = sanitize_text_field(wp_unslash($_POST['file'] ?? ''));
        $path = $this->resolve($rel);
        file_put_contents($path, wp_unslash($_POST['content'] ?? ''));
        wp_safe_redirect(add_query_arg(array('page' => '%(p)s-files', 'file' => rawurlencode($rel), 'saved' => 1), admin_url('tools.php')));
        exit;
    }
}
new %(C)s_Files_Page();
""" % dict(p=p, C="".join(w.title() for w in p.split("_"))), "php")]


def b_template_cache(r, S):
    n = hexname(r, 40)
    k = r.randint(0, 1)
    if k == 0:
        code = """<?php
/* compiled by TinyView %d.%d from templates/%s.tpl */
final class TinyView_Cache_%s {
    public static function load($file, array $vars) {
        $compiled = __DIR__ . '/' . md5($file) . '.php';
        if (!is_file($compiled) || filemtime($compiled) < filemtime($file)) {
            $src = file_get_contents($file);
            $php = preg_replace(array('/\\{\\{\\s*(\\$\\w+)\\s*\\}\\}/', '/\\{%%\\s*if (.+?)\\s*%%\\}/', '/\\{%%\\s*endif\\s*%%\\}/'),
                array('<?php echo htmlspecialchars($1, ENT_QUOTES); ?>', '<?php if ($1): ?>', '<?php endif; ?>'), $src);
            file_put_contents($compiled, $php, LOCK_EX);
        }
        extract($vars, EXTR_SKIP);
        include $compiled;
    }
}
""" % (r.randint(1, 3), r.randint(0, 9), r.choice(("home", "post", "footer")), n[:8])
        return [("var/cache/views/%s.php" % n, code, "php")]
    code = """<?php
// Template cache for "layout/main.html"; generated, do not edit.
namespace App\\View\\Cache;

class Renderer_%s
{
    private array $blocks = [];

    public function render(array $context): string
    {
        $code = $this->compile(file_get_contents(__DIR__ . '/../../../templates/layout/main.html'));
        ob_start();
        try {
            (function () use ($code, $context) {
                extract($context, EXTR_SKIP);
                eval('?>' . $code);
            })();
        } finally {
            $out = ob_get_clean();
        }
        return $out;
    }

    private function compile(string $tpl): string
    {
        return preg_replace_callback('/\\{\\{\\s*([a-z_][a-z0-9_]*)\\s*\\}\\}/i', static fn (array $m): string => '<?= htmlspecialchars((string) ($' . $m[1] . ' ?? \\'\\'), ENT_QUOTES) ?>', $tpl);
    }
}
""" % n[:10]
    return [("storage/framework/views/%s.php" % n, code, "php")]


def b_router_dispatch(r, S):
    return [("src/Http/Router.php", """<?php
declare(strict_types=1);

namespace App\\Http;

final class Router
{
    /** @var array<string, array<string, callable|array{0: class-string, 1: string}>> */
    private array $routes = [];

    public function add(string $method, string $pattern, callable|array $handler): void
    {
        $this->routes[strtoupper($method)][$pattern] = $handler;
    }

    public function dispatch(string $method, string $uri): mixed
    {
        $path = parse_url($uri, PHP_URL_PATH) ?: '/';
        foreach ($this->routes[strtoupper($method)] ?? [] as $pattern => $handler) {
            $re = '#^' . preg_replace('#\\{(\\w+)\\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
            if (!preg_match($re, $path, $m)) {
                continue;
            }
            $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
            if (is_array($handler)) {
                [$class, $action] = $handler;
                $handler = [new $class(), $action];
            }
            return call_user_func_array($handler, $params);
        }
        http_response_code(404);
        return null;
    }
}
""", "php")]


def b_di_container(r, S):
    return [("src/Container/Container.php", """<?php
namespace App\\Container;

use ReflectionClass;
use ReflectionMethod;
use ReflectionNamedType;

class Container
{
    private array $instances = [];

    public function get(string $id): object
    {
        return $this->instances[$id] ??= $this->build($id);
    }

    private function build(string $class): object
    {
        $ref = new ReflectionClass($class);
        $ctor = $ref->getConstructor();
        return $ctor ? $ref->newInstanceArgs($this->resolve($ctor)) : $ref->newInstance();
    }

    public function call(object $obj, string $method): mixed
    {
        $m = new ReflectionMethod($obj, $method);
        return $m->invokeArgs($obj, $this->resolve($m));
    }

    private function resolve(ReflectionMethod $m): array
    {
        $args = [];
        foreach ($m->getParameters() as $p) {
            $t = $p->getType();
            if ($t instanceof ReflectionNamedType && !$t->isBuiltin()) {
                $args[] = $this->get($t->getName());
            } elseif ($p->isDefaultValueAvailable()) {
                $args[] = $p->getDefaultValue();
            } else {
                throw new \\LogicException('Cannot resolve $' . $p->getName());
            }
        }
        return $args;
    }
}
""", "php")]


def b_legacy_globals(r, S):
    return [("includes/compat.php", """<?php
// Legacy register_globals emulation for the old admin screens (sanitised names only).
$allowed = array('page', 'sort', 'order', 'lang', 'view');
foreach ($allowed as $name) {
    if (isset($_GET[$name]) && preg_match('/^[a-z0-9_-]{1,32}$/i', $_GET[$name])) {
        $$name = $_GET[$name];
    } else {
        $$name = null;
    }
}
$page = $page ?: 'home';
$order = in_array($order, array('asc', 'desc'), true) ? $order : 'asc';
""", "php")]


def b_view_extract(r, S):
    return [("system/core/View.php", """<?php
class View
{
    protected $path;

    public function __construct($path)
    {
        $this->path = rtrim($path, '/');
    }

    public function render($name, array $data = array())
    {
        if (!preg_match('/^[a-z0-9_\\/]+$/', $name)) {
            throw new InvalidArgumentException('Bad view name');
        }
        extract($data, EXTR_SKIP);
        ob_start();
        include $this->path . '/' . $name . '.php';
        return ob_get_clean();
    }
}
""", "php")]


def b_unserialize_safe(r, S):
    return [("lib/Session/CookieStore.php", """<?php
class CookieStore
{
    public function __construct(private string $key) {}

    public function read(string $name): array
    {
        if (empty($_COOKIE[$name])) {
            return [];
        }
        [$mac, $payload] = explode('.', $_COOKIE[$name], 2) + [1 => ''];
        if (!hash_equals(hash_hmac('sha256', $payload, $this->key), $mac)) {
            return [];
        }
        $data = unserialize(base64_decode($payload), ['allowed_classes' => false]);
        return is_array($data) ? $data : [];
    }

    public function write(string $name, array $data): void
    {
        $payload = base64_encode(serialize($data));
        setcookie($name, hash_hmac('sha256', $payload, $this->key) . '.' . $payload, ['httponly' => true, 'secure' => true, 'samesite' => 'Lax']);
    }
}
""", "php")]


def b_job_runner(r, S):
    return [("app/Jobs/ImageOptimizer.php", """<?php
namespace App\\Jobs;

final class ImageOptimizer
{
    public function __construct(private string $bin = '/usr/bin/jpegoptim') {}

    public function run(string $file): bool
    {
        if (!is_file($file) || !preg_match('/\\.jpe?g$/i', $file)) {
            return false;
        }
        $cmd = escapeshellcmd($this->bin) . ' --strip-all --max=' . (int) 85 . ' ' . escapeshellarg($file);
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($proc)) {
            return false;
        }
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $code = proc_close($proc);
        if ($code !== 0) {
            error_log('jpegoptim failed: ' . $err);
        }
        return $code === 0;
    }
}
""", "php")]


def b_contact_form(r, S):
    return [(r.choice(("contact.php", "inc/contact-handler.php")), """<?php
session_start();
$to = 'office@example.com';
$errors = array();
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
        $errors[] = 'Invalid form token.';
    }
    $name = trim(str_replace(array("\\r", "\\n"), ' ', $_POST['name'] ?? ''));
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    $message = trim($_POST['message'] ?? '');
    if ($name === '' || !$email || $message === '') {
        $errors[] = 'Please fill in all fields.';
    }
    if (!$errors) {
        $headers = "From: Website <noreply@example.com>\\r\\nReply-To: $email\\r\\nContent-Type: text/plain; charset=UTF-8\\r\\n";
        mail($to, 'Website enquiry from ' . mb_substr($name, 0, 60), $message, $headers);
        header('Location: /thanks.html');
        exit;
    }
}
$_SESSION['csrf'] = bin2hex(random_bytes(16));
""", "php")]


def b_newsletter(r, S):
    p = _pfx(r)
    return [("wp-content/plugins/%s/includes/class-newsletter.php" % p.replace("_", "-"), """<?php
defined('ABSPATH') || exit;

class %(C)s_Newsletter {
    public static function send_batch($campaign_id) {
        if (!current_user_can('manage_options')) {
            return new WP_Error('forbidden', __('Not allowed', '%(p)s'));
        }
        global $wpdb;
        $campaign = get_post($campaign_id);
        $subs = $wpdb->get_results($wpdb->prepare(
            "SELECT id, email, name FROM {$wpdb->prefix}%(p)s_subscribers WHERE status = 'confirmed' AND last_campaign < %%d LIMIT 50",
            $campaign_id
        ));
        foreach ($subs as $s) {
            $body = str_replace('{name}', esc_html($s->name), apply_filters('the_content', $campaign->post_content));
            $body .= '<p><a href="' . esc_url(add_query_arg(array('unsub' => $s->id, 'k' => wp_hash($s->email)), home_url('/'))) . '">Unsubscribe</a></p>';
            wp_mail($s->email, $campaign->post_title, $body, array('Content-Type: text/html; charset=UTF-8', 'List-Unsubscribe: <' . home_url('/?unsub=' . $s->id) . '>'));
            $wpdb->update($wpdb->prefix . '%(p)s_subscribers', array('last_campaign' => $campaign_id), array('id' => $s->id));
        }
        return count($subs);
    }
}
""" % dict(p=p, C="".join(w.title() for w in p.split("_"))), "php")]


def b_updater(r, S):
    p = _pfx(r)
    return [("wp-content/plugins/%s/includes/updater.php" % p.replace("_", "-"), """<?php
defined('ABSPATH') || exit;

function %(p)s_install_update($version) {
    if (!current_user_can('update_plugins')) {
        return false;
    }
    $base = 'https://updates.example.com/%(p)s/' . rawurlencode($version);
    $zip = download_url($base . '.zip');
    $sig = wp_remote_retrieve_body(wp_remote_get($base . '.zip.sig'));
    if (is_wp_error($zip) || !$sig) {
        return false;
    }
    $pub = file_get_contents(__DIR__ . '/release-key.pem');
    if (openssl_verify(file_get_contents($zip), base64_decode($sig), $pub, OPENSSL_ALGO_SHA256) !== 1) {
        @unlink($zip);
        return false;
    }
    $z = new ZipArchive();
    if ($z->open($zip) === true) {
        $z->extractTo(WP_PLUGIN_DIR . '/%(s)s/');
        $z->close();
    }
    @unlink($zip);
    return true;
}
""" % dict(p=p, s=p.replace("_", "-")), "php")]


def b_security_sigs(r, S):
    return [("wp-content/plugins/site-guard-scan/lib/signatures.php", """<?php
defined('ABSPATH') || exit;
// Patterns the scanner reports; strings only, never evaluated.
return array(
    'php.eval_b64'      => array('re' => '/eval\\s*\\(\\s*base64_decode\\s*\\(/i', 'sev' => 'high', 'title' => 'eval of base64 data'),
    'php.assert_input'  => array('re' => '/assert\\s*\\(\\s*\\$_(GET|POST|REQUEST|COOKIE)/i', 'sev' => 'critical', 'title' => 'assert of request input'),
    'php.preg_e'        => array('re' => '/preg_replace\\s*\\(\\s*[\\'"](.).*\\1[imsx]*e[imsx]*[\\'"]/i', 'sev' => 'high', 'title' => 'preg_replace /e'),
    'php.gzinflate'     => array('re' => '/gzinflate\\s*\\(\\s*base64_decode/i', 'sev' => 'medium', 'title' => 'compressed payload'),
    'php.shell_input'   => array('re' => '/(system|passthru|shell_exec)\\s*\\(\\s*\\$_(GET|POST|REQUEST)/i', 'sev' => 'critical', 'title' => 'command from input'),
    'js.skimmer'        => array('re' => '/atob\\(.{0,40}cc_number/i', 'sev' => 'high', 'title' => 'card field exfiltration'),
);
""", "php")]


def b_ioncube_stub(r, S):
    return [("wp-content/plugins/%s/loader.php" % r.choice(("pro-forms-addon", "licensed-gallery", "ext-reports")), """<?php
// Licensed module: the encoded files need the ionCube Loader.
if (!extension_loaded('ionCube Loader')) {
    $php = PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION;
    $msg = 'This module requires the ionCube PHP Loader for PHP ' . $php . '. Ask your host to install it, '
        . 'or see https://www.example.com/docs/loader for the loader wizard.';
    if (PHP_SAPI === 'cli') {
        fwrite(STDERR, $msg . PHP_EOL);
        exit(1);
    }
    if (function_exists('add_action')) {
        add_action('admin_notices', function () use ($msg) {
            echo '<div class="notice notice-error"><p>' . esc_html($msg) . '</p></div>';
        });
        return;
    }
    die($msg);
}
require __DIR__ . '/src/module.enc.php';
""", "php")]


def b_node_build(r, S):
    return [("scripts/build.js", """#!/usr/bin/env node
'use strict';
const { execSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
const rev = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
console.log('building', rev);
const p = spawn('npx', ['esbuild', 'src/index.ts', '--bundle', '--minify', '--outfile=dist/app.js'], { cwd: root, stdio: 'inherit' });
p.on('exit', (code) => {
  if (code !== 0) process.exit(code);
  fs.writeFileSync(path.join(dist, 'version.json'), JSON.stringify({ rev, built: new Date().toISOString() }));
});
""", "js")]


def b_systemd_cron(r, S):
    k = r.randint(0, 2)
    if k == 0:
        return [("deploy/systemd/app-queue.service", """[Unit]
Description=Application queue worker
After=network.target mysql.service

[Service]
User=www-data
WorkingDirectory=/srv/app/current
ExecStart=/usr/bin/php artisan queue:work --sleep=3 --tries=3 --max-time=3600
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", "text")]
    if k == 1:
        return [("deploy/crontab", """MAILTO=ops@example.com
*/5 * * * * cd /home/site/public_html && /usr/bin/php wp-cron.php >/dev/null 2>&1
15 3 * * * /usr/bin/nice -n 19 /home/site/bin/backup.sh >> /home/site/logs/backup.log 2>&1
0 4 * * 0 /usr/bin/find /home/site/tmp -type f -mtime +7 -delete
@reboot /usr/bin/php /home/site/app/artisan schedule:run >/dev/null 2>&1
""", "crontab")]
    return [(".config/systemd/user/syncthing.service", """[Unit]
Description=Syncthing - Open Source Continuous File Synchronization
Documentation=man:syncthing(1)

[Service]
ExecStart=/usr/bin/syncthing serve --no-browser --no-restart --logflags=0
Restart=on-failure
RestartSec=5

[Install]
WantedBy=default.target
""", "text")]


def b_deploy_sh(r, S):
    return [("bin/deploy.sh", """#!/usr/bin/env bash
# Deploy the current release to the web servers (run from CI).
set -euo pipefail
REL=$(date +%%Y%%m%%d%%H%%M%%S)
HOSTS=(%s)
for h in "${HOSTS[@]}"; do
  echo "== $h"
  rsync -az --delete --exclude .git ./ "deploy@$h:/srv/app/releases/$REL/"
  ssh "deploy@$h" "cd /srv/app/releases/$REL && composer install --no-dev -q && ln -sfn /srv/app/releases/$REL /srv/app/current && sudo systemctl reload php8.2-fpm"
done
ssh "deploy@${HOSTS[0]}" "cd /srv/app/current && php artisan migrate --force"
""" % " ".join("web%d.example.com" % i for i in range(1, r.randint(2, 5))), "sh")]


def b_py_sysadmin(r, S):
    return [("tools/portcheck.py", """#!/usr/bin/env python3
\"\"\"Check that the services of our hosts answer (used by the on-call dashboard).\"\"\"
import argparse
import socket
import sys
import time


def check(host, port, timeout):
    t = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            if port in (25, 587):
                s.recv(512)
        return True, time.monotonic() - t
    except OSError:
        return False, time.monotonic() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="+", help="host:port")
    ap.add_argument("--timeout", type=float, default=3.0)
    a = ap.parse_args()
    bad = 0
    for t in a.targets:
        h, p = t.rsplit(":", 1)
        ok, dt = check(h, int(p), a.timeout)
        print("%-30s %-5s %.0f ms" % (t, "ok" if ok else "FAIL", dt * 1000))
        bad += not ok
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
""", "python")]


def b_htaccess(r, S):
    k = r.randint(0, 1)
    if k == 0:
        return [(".htaccess", """# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
<FilesMatch "^\\.(ht|git|env)">
Require all denied
</FilesMatch>
<IfModule mod_expires.c>
ExpiresActive On
ExpiresByType image/webp "access plus 1 year"
ExpiresByType text/css "access plus 1 month"
</IfModule>
""", "htaccess")]
    return [("wp-content/uploads/.htaccess", """# Block PHP in uploads
<Files *.php>
deny from all
</Files>
Options -Indexes
RewriteEngine On
RewriteCond %{HTTP_USER_AGENT} (ahrefsbot|semrushbot|mj12bot) [NC]
RewriteRule .* - [F,L]
""", "htaccess")]


def b_minified_js(r, S):
    parts = []
    for i in range(r.randint(40, 120)):
        a, b = rword(r, 1, "abcdefghijklmnopqrstuvwxyz"), "_" + rword(r, 1, "abcdefghijklmnopqrstuvwxyz")
        parts.append("function %s%d(%s,%s){return %s&&%s.length?%s.map(function(e){return e.%s}):[]}" % (a, i, a, b, a, a, a, rword(r, 4, "abcdefgh")))
    js = ("/*! gallery-lite v%d.%d.%d | MIT */!function(t,e){\"object\"==typeof exports?module.exports=e():t.GL=e()}(this,function(){\"use strict\";"
          % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)) + ";".join(parts) +
          ";var n=document.querySelectorAll('[data-gl]');return{init:function(){n.forEach(function(e){e.addEventListener('click',function(t){t.preventDefault()})})}}});\n")
    return [("wp-content/plugins/%s/assets/js/gallery.min.js" % slug(r), js, "js")]


def b_php8_service(r, S):
    return [("src/Billing/InvoiceService.php", """<?php
declare(strict_types=1);

namespace App\\Billing;

enum Status: string
{
    case Draft = 'draft';
    case Sent = 'sent';
    case Paid = 'paid';

    public function label(): string
    {
        return match ($this) {
            self::Draft => 'Draft',
            self::Sent => 'Sent',
            self::Paid => 'Paid',
        };
    }
}

#[\\Attribute(\\Attribute::TARGET_METHOD)]
final class Audited
{
    public function __construct(public string $event = 'invoice') {}
}

final class InvoiceService
{
    public function __construct(private readonly InvoiceRepository $repo, private readonly ?Mailer $mailer = null) {}

    #[Audited(event: 'invoice.sent')]
    public function send(int $id): Status
    {
        $inv = $this->repo->find($id) ?? throw new \\DomainException('No invoice ' . $id);
        $this->mailer?->send($inv->customer?->email, 'Invoice ' . $inv->number, $inv->render(...));
        $totals = array_map(static fn (Line $l): int => $l->qty * $l->cents, $inv->lines);
        $inv->total = array_sum($totals);
        $inv->status = Status::Sent;
        $this->repo->save($inv);
        return $inv->status;
    }

    public function formatter(): \\Closure
    {
        return \\Closure::fromCallable([$this, 'format']);
    }

    private function format(int $cents, string ...$opts): string
    {
        return number_format($cents / 100, 2) . (in_array('eur', $opts, true) ? ' EUR' : '');
    }
}
""", "php")]


def b_laravel_routes(r, S):
    return [("routes/web.php", """<?php

use App\\Http\\Controllers\\ProfileController;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;

Route::get('/', fn () => view('welcome'));

Route::get('/dashboard', function (Request $request) {
    return view('dashboard', ['user' => $request->user()]);
})->middleware(['auth', 'verified'])->name('dashboard');

Route::middleware('auth')->group(function () {
    Route::get('/profile', [ProfileController::class, 'edit'])->name('profile.edit');
    Route::patch('/profile', [ProfileController::class, 'update'])->name('profile.update');
    Route::delete('/profile', [ProfileController::class, 'destroy'])->name('profile.destroy');
});

Route::get('/health', fn () => response()->json(['ok' => true, 'time' => now()->toIso8601String()]));

require __DIR__ . '/auth.php';
""", "php")]


def b_opencart_ctrl(r, S):
    return [("catalog/controller/extension/module/latest_ext.php", """<?php
class ControllerExtensionModuleLatestExt extends Controller {
    public function index($setting) {
        $this->load->language('extension/module/latest');
        $this->load->model('catalog/product');
        $this->load->model('tool/image');
        $data['products'] = array();
        $results = $this->model_catalog_product->getProducts(array('sort' => 'p.date_added', 'order' => 'DESC', 'start' => 0, 'limit' => (int)$setting['limit']));
        foreach ($results as $result) {
            $image = $result['image'] ? $this->model_tool_image->resize($result['image'], $setting['width'], $setting['height']) : '';
            $data['products'][] = array(
                'product_id' => $result['product_id'],
                'thumb'      => $image,
                'name'       => $result['name'],
                'href'       => $this->url->link('product/product', 'product_id=' . $result['product_id'])
            );
        }
        return $this->load->view('extension/module/latest', $data);
    }
}
""", "php")]


def b_status_page(r, S):
    return [("admin/status.php", """<?php
require __DIR__ . '/../includes/auth.php';
require_admin();
header('Content-Type: text/plain');
// Fixed commands only; nothing from the request reaches a shell.
$checks = array(
    'uptime' => '/usr/bin/uptime',
    'disk'   => '/bin/df -h /home',
    'php'    => PHP_BINARY . ' -v',
);
foreach ($checks as $name => $cmd) {
    echo "== $name\\n", shell_exec($cmd), "\\n";
}
""", "php")]


def b_checkout_analytics(r, S):
    t = theme(r)
    return [("wp-content/themes/%s/woocommerce/checkout/thankyou.php" % t, """<?php
/**
 * Thankyou page
 *
 * @package WooCommerce\\Templates
 */
defined('ABSPATH') || exit;
?>
<div class="woocommerce-order">
    <?php if ($order) : ?>
        <p class="woocommerce-thankyou-order-received"><?php esc_html_e('Thank you. Your order has been received.', 'woocommerce'); ?></p>
        <ul class="order_details">
            <li><?php esc_html_e('Order number:', 'woocommerce'); ?> <strong><?php echo esc_html($order->get_order_number()); ?></strong></li>
            <li><?php esc_html_e('Total:', 'woocommerce'); ?> <strong><?php echo wp_kses_post($order->get_formatted_order_total()); ?></strong></li>
        </ul>
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>
        <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-%s');
        gtag('event', 'purchase', {transaction_id: '<?php echo esc_js($order->get_order_number()); ?>', value: <?php echo (float) $order->get_total(); ?>, currency: '<?php echo esc_js($order->get_currency()); ?>'});
        </script>
    <?php endif; ?>
</div>
""" % ((rword(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),) * 2), "php")]


def b_perl_formmail(r, S):
    return [("cgi-bin/feedback.pl", """#!/usr/bin/perl
use strict;
use warnings;
use CGI;
my $q = CGI->new;
my $to = 'webmaster@example.com';
my $from = $q->param('email') // '';
$from = '' unless $from =~ /^[\\w.+-]+\\@[\\w-]+(\\.[\\w-]+)+$/;
my $msg = substr($q->param('message') // '', 0, 5000);
open(my $sm, '|-', '/usr/sbin/sendmail', '-t', '-oi') or die "sendmail: $!";
print $sm "To: $to\\nFrom: website\\@example.com\\n" . ($from ? "Reply-To: $from\\n" : '') . "Subject: Feedback\\n\\n$msg\\n";
close $sm;
print $q->redirect('/thanks.html');
""", "perl")]


def b_smtp_client_lib(r, S):
    return [("vendor/acme/mail/src/SmtpTransport.php", """<?php
namespace Acme\\Mail;

/** A small SMTP client used by the notification queue (host and auth from config). */
class SmtpTransport
{
    private $sock;

    public function __construct(private string $host, private int $port, private string $user, private string $pass) {}

    private function cmd(string $line, int $expect): string
    {
        if ($line !== '') {
            fwrite($this->sock, $line . "\\r\\n");
        }
        $resp = '';
        while (($l = fgets($this->sock, 515)) !== false) {
            $resp .= $l;
            if (isset($l[3]) && $l[3] === ' ') {
                break;
            }
        }
        if ((int) substr($resp, 0, 3) !== $expect) {
            throw new \\RuntimeException('SMTP: ' . trim($resp));
        }
        return $resp;
    }

    public function send(Message $m): void
    {
        $this->sock = stream_socket_client('tcp://' . $this->host . ':' . $this->port, $en, $es, 10);
        $this->cmd('', 220);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('STARTTLS', 220);
        stream_socket_enable_crypto($this->sock, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('AUTH LOGIN', 334);
        $this->cmd(base64_encode($this->user), 334);
        $this->cmd(base64_encode($this->pass), 235);
        $this->cmd('MAIL FROM:<' . $m->from . '>', 250);
        $this->cmd('RCPT TO:<' . $m->to . '>', 250);
        $this->cmd('DATA', 354);
        $this->cmd($m->toMime() . "\\r\\n.", 250);
        $this->cmd('QUIT', 221);
        fclose($this->sock);
    }
}
""", "php")]


def b_login_template(r, S):
    return [("templates/login.php", """<?php defined('APP') or die; ?>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title><?= htmlspecialchars($siteName) ?> - Log in</title></head>
<body>
<form method="post" action="/login">
  <input type="hidden" name="csrf" value="<?= htmlspecialchars($csrf) ?>">
  <label>Email <input type="email" name="email" autocomplete="username" required></label>
  <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
  <button type="submit">Log in</button>
  <a href="/password/reset">Forgot your password?</a>
</form>
</body>
</html>
""", "php")]


def b_py_backup_paramiko(r, S):
    return [("tools/offsite_backup.py", """#!/usr/bin/env python3
\"\"\"Copy last night's dumps to the backup host over SFTP (key auth).\"\"\"
import glob
import os

import paramiko

HOST = "backup.example.net"
KEY = os.path.expanduser("~/.ssh/backup_ed25519")


def main():
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect(HOST, username="site", key_filename=KEY, timeout=30)
    sftp = c.open_sftp()
    for f in sorted(glob.glob("/home/site/backups/*.sql.gz"))[-3:]:
        sftp.put(f, "/srv/backups/site/" + os.path.basename(f))
    sftp.close()
    c.close()


if __name__ == "__main__":
    main()
""", "python")]


def b_backup_sh(r, S):
    return [("bin/backup.sh", """#!/bin/sh
# Nightly database and files backup, kept 14 days.
set -eu
D=$HOME/backups
mkdir -p "$D"
STAMP=$(date +%%F)
mysqldump --defaults-extra-file="$HOME/.my.cnf" --single-transaction %s | gzip > "$D/db-$STAMP.sql.gz"
tar -czf "$D/files-$STAMP.tar.gz" -C "$HOME" public_html --exclude='public_html/wp-content/cache'
find "$D" -type f -mtime +14 -delete
""" % rword(r, 6, "abcdefghij"), "sh")]


def b_error_handler(r, S):
    return [("src/Support/ErrorHandler.php", """<?php
namespace App\\Support;

final class ErrorHandler
{
    public static function register(\\Psr\\Log\\LoggerInterface $log): void
    {
        set_error_handler(static function (int $no, string $str, string $file, int $line) use ($log): bool {
            if (!(error_reporting() & $no)) {
                return false;
            }
            $log->warning($str, ['file' => $file, 'line' => $line]);
            return true;
        });
        set_exception_handler(static function (\\Throwable $e) use ($log): void {
            $log->error($e->getMessage(), ['exception' => $e]);
            http_response_code(500);
            echo 'Something went wrong.';
        });
        register_shutdown_function(static function () use ($log): void {
            $e = error_get_last();
            if ($e && in_array($e['type'], [E_ERROR, E_CORE_ERROR, E_COMPILE_ERROR], true)) {
                $log->critical($e['message'], $e);
            }
        });
    }
}
""", "php")]


def b_autoload(r, S):
    ns = r.choice(("Acme\\\\Gallery\\\\", "Vendor\\\\Forms\\\\", "Site\\\\Core\\\\"))
    return [("inc/autoload.php", """<?php
spl_autoload_register(static function ($class) {
    $prefix = '%s';
    $base = __DIR__ . '/src/';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = $base . str_replace('\\\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
""" % ns, "php")]


def b_wp_cron_update(r, S):
    p = _pfx(r)
    return [("wp-content/plugins/%s/includes/cron.php" % p.replace("_", "-"), """<?php
defined('ABSPATH') || exit;

add_action('%(p)s_daily', function () {
    $res = wp_remote_get('https://api.example.com/%(p)s/latest.json', array('timeout' => 10));
    if (is_wp_error($res) || 200 !== wp_remote_retrieve_response_code($res)) {
        return;
    }
    $data = json_decode(wp_remote_retrieve_body($res), true);
    if (isset($data['version']) && version_compare($data['version'], '%(v)s', '>')) {
        set_transient('%(p)s_update_available', sanitize_text_field($data['version']), DAY_IN_SECONDS);
    }
});
if (!wp_next_scheduled('%(p)s_daily')) {
    wp_schedule_event(time() + HOUR_IN_SECONDS, 'daily', '%(p)s_daily');
}
""" % dict(p=p, v="%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9))), "php")]


def b_wp_config(r, S):
    return [("wp-config.php", """<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */
define( 'DB_NAME', 'exa_wp%d' );
define( 'DB_USER', 'exa_wp%d' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY',         '%s' );
define( 'SECURE_AUTH_KEY',  '%s' );
define( 'LOGGED_IN_KEY',    '%s' );
define( 'NONCE_KEY',        '%s' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""" % (r.randint(1, 99), r.randint(1, 99), rword(r, 16), rword(r, 64), rword(r, 64), rword(r, 64), rword(r, 64)), "php")]


def b_node_server(r, S):
    return [("server/index.js", """'use strict';
const http = require('http');
const { execFile } = require('child_process');
const PORT = process.env.PORT || 3000;

http.createServer((req, res) => {
  if (req.url === '/healthz') {
    execFile('/usr/bin/git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname }, (err, out) => {
      res.writeHead(err ? 500 : 200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: !err, rev: String(out).trim() }));
    });
    return;
  }
  res.writeHead(404);
  res.end();
}).listen(PORT, '127.0.0.1');
""", "js")]


def b_drupal_module(r, S):
    m = r.choice(("site_tweaks", "event_feed", "custom_blocks"))
    return [("modules/custom/%s/%s.module" % (m, m), """<?php

/**
 * @file
 * Small site tweaks.
 */

use Drupal\\Core\\Form\\FormStateInterface;
use Drupal\\Core\\Routing\\RouteMatchInterface;

/**
 * Implements hook_help().
 */
function %(m)s_help($route_name, RouteMatchInterface $route_match) {
  if ($route_name === 'help.page.%(m)s') {
    return '<p>' . t('Small site tweaks.') . '</p>';
  }
}

/**
 * Implements hook_form_FORM_ID_alter().
 */
function %(m)s_form_user_login_form_alter(&$form, FormStateInterface $form_state, $form_id) {
  $form['name']['#attributes']['autocomplete'] = 'username';
  $form['#validate'][] = '%(m)s_login_validate';
}

function %(m)s_login_validate(array &$form, FormStateInterface $form_state) {
  $flood = \\Drupal::flood();
  if (!$flood->isAllowed('%(m)s.login', 5, 3600)) {
    $form_state->setErrorByName('name', t('Too many attempts.'));
  }
  $flood->register('%(m)s.login', 3600);
}
""" % dict(m=m), "php")]


TEMPLATES = [
    ("big_plugin", b_big_plugin, 8), ("theme_functions", b_theme_functions, 6), ("admin_file_editor", b_admin_file_manager, 5),
    ("template_cache_eval", b_template_cache, 5), ("router_call_user_func", b_router_dispatch, 3), ("di_reflection", b_di_container, 3),
    ("legacy_varvars", b_legacy_globals, 3), ("view_extract", b_view_extract, 3), ("unserialize_safe", b_unserialize_safe, 3),
    ("proc_open_runner", b_job_runner, 4), ("contact_form", b_contact_form, 5), ("newsletter_db", b_newsletter, 4),
    ("signed_updater", b_updater, 4), ("scanner_signatures", b_security_sigs, 3), ("ioncube_stub", b_ioncube_stub, 4),
    ("node_build", b_node_build, 3), ("systemd_cron", b_systemd_cron, 6), ("deploy_sh", b_deploy_sh, 3),
    ("py_portcheck", b_py_sysadmin, 3), ("htaccess_rules", b_htaccess, 5), ("minified_js", b_minified_js, 4),
    ("php8_service", b_php8_service, 4), ("laravel_routes", b_laravel_routes, 3), ("opencart_module", b_opencart_ctrl, 3),
    ("status_page", b_status_page, 3), ("checkout_analytics", b_checkout_analytics, 4), ("perl_formmail", b_perl_formmail, 3),
    ("smtp_client_lib", b_smtp_client_lib, 3), ("login_template", b_login_template, 3), ("py_sftp_backup", b_py_backup_paramiko, 3),
    ("backup_sh", b_backup_sh, 3), ("error_handler", b_error_handler, 3), ("psr4_autoload", b_autoload, 3),
    ("wp_cron_update", b_wp_cron_update, 3), ("wp_config", b_wp_config, 3), ("node_server", b_node_server, 2),
    ("drupal_module", b_drupal_module, 3),
]
