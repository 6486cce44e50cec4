"""Benign look-alikes of the fifth held-out set (README.md): code of real
application idioms that superficially resembles this set's malicious
families. Each returns a list of (rel, text or bytes, lang). Written blind."""

import json

from common5 import (UI, b64, big_plugin, core_class, css, dom, hexname, image_bytes, rword, slug, theme, wp_filler)
from t5_web import theme_template, wp_config


def admin_fm_i18n(r, S):
    """A hosting panel's file manager with a UI in one language, behind the
    panel's session, realpath-confined, CSRF token."""
    lang = r.choice(("zh", "ru", "id", "tr", "pt", "vi"))
    u = UI[lang]
    code = """<?php
/**
 * %(title)s - part of the hosting control panel
 */
require __DIR__ . '/../bootstrap.php';
Panel\\Auth::requireRole('owner');
$base = realpath(Panel\\Account::current()->homeDir() . '/public_html');
$rel = isset($_GET['d']) ? (string) $_GET['d'] : '';
$dir = realpath($base . '/' . $rel);
if ($dir === false || strpos($dir . '/', $base . '/') !== 0) {
    http_response_code(403);
    exit('%(err)s');
}
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'], (string) ($_POST['csrf'] ?? ''))) { http_response_code(400); exit; }
    if (!empty($_FILES['uf']['name'])) {
        $name = basename($_FILES['uf']['name']);
        if (preg_match('/\\.(php\\d?|phtml|phar|pht)$/i', $name)) { exit('%(err)s'); }
        move_uploaded_file($_FILES['uf']['tmp_name'], $dir . '/' . $name);
        Panel\\Audit::log('upload', $dir . '/' . $name);
    }
}
$items = array_diff(scandir($dir), array('.', '..'));
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(title)s</title><link rel="stylesheet" href="/panel/css/app.css"></head><body>
<h1>%(title)s</h1><p>%(path)s: <?php echo htmlspecialchars(substr($dir, strlen($base)) ?: '/'); ?></p>
<table class="files"><tr><th>%(title)s</th><th>%(size)s</th><th>%(perm)s</th></tr>
<?php foreach ($items as $it) { $p = $dir . '/' . $it; ?>
<tr><td><?php echo is_dir($p) ? '<a href="?d=' . urlencode(substr($p, strlen($base))) . '">' . htmlspecialchars($it) . '/</a>' : htmlspecialchars($it); ?></td>
<td><?php echo is_file($p) ? number_format(filesize($p)) : '-'; ?></td><td><?php echo substr(sprintf('%%o', fileperms($p)), -4); ?></td></tr>
<?php } ?>
</table>
<form method="post" enctype="multipart/form-data"><input type="hidden" name="csrf" value="<?php echo htmlspecialchars($_SESSION['csrf']); ?>">%(upload)s: <input type="file" name="uf"><button>%(save)s</button></form>
</body></html>
""" % dict(u)
    return [("panel/modules/files/index.php", code, "php")]


def legacy_guestbook(r, S):
    """PHP 4-era guestbook: $HTTP_POST_VARS, short tags, flat file, but escaping."""
    code = """<?
// Simple Guestbook 1.%d (c) 2003
if (!isset($_POST)) { $_POST = $HTTP_POST_VARS; }
$file = 'data/entries.txt';
if (isset($_POST['name']) && isset($_POST['msg'])) {
    $name = htmlspecialchars(substr(trim($_POST['name']), 0, 40));
    $msg = nl2br(htmlspecialchars(substr(trim($_POST['msg']), 0, 1000)));
    if ($name != '' && $msg != '') {
        $fp = fopen($file, 'a');
        flock($fp, LOCK_EX);
        fputs($fp, time() . '|' . str_replace('|', '', $name) . '|' . str_replace(array("\\r", "\\n", '|'), '', $msg) . "\\n");
        flock($fp, LOCK_UN);
        fclose($fp);
    }
    header('Location: ' . $PHP_SELF);
    exit;
}
?>
<html><head><title>Guestbook</title></head><body bgcolor="#ffffff">
<form method="post" action="<?=$PHP_SELF?>">Name: <input name="name"><br><textarea name="msg" cols="40" rows="5"></textarea><br><input type="submit" value="Sign"></form>
<?
$lines = @file($file);
if ($lines) {
    foreach (array_reverse($lines) as $l) {
        list($t, $n, $m) = explode('|', trim($l), 3);
        echo '<p><b>' . $n . '</b> (' . date('d.m.Y H:i', $t) . ')<br>' . $m . '</p>';
    }
}
?>
</body></html>
""" % r.randint(0, 9)
    return [(r.choice(("gbook/", "guestbook/", "")) + "index.php", code, "php")]


def legacy_counter(r, S):
    code = """<?php
/* hit counter with image digits - PHP 4 compatible */
$HTTP_COOKIE_VARS = isset($HTTP_COOKIE_VARS) ? $HTTP_COOKIE_VARS : $_COOKIE;
$f = dirname(__FILE__) . '/count.dat';
$n = (int) @join('', @file($f));
if (!isset($HTTP_COOKIE_VARS['seen'])) {
    $n++;
    $fp = @fopen($f, 'w');
    if ($fp) { fwrite($fp, $n); fclose($fp); }
    setcookie('seen', '1', time() + 3600);
}
$digits = sprintf('%%0%dd', $n);
for ($i = 0; $i < strlen($digits); $i++) {
    echo '<img src="digits/' . $digits[$i] . '.gif" width="15" height="20" alt="' . $digits[$i] . '">';
}
?>
""" % r.choice((6, 7, 8))
    return [("counter/count.php", code, "php")]


def wp_config_plain(r, S):
    return [("wp-config.php", wp_config(r), "php")]


def vendor_class(r, S):
    path, ns, cls = r.choice((
        ("vendor/guzzlehttp/psr7/src/%s.php", "GuzzleHttp\\Psr7", "MimeType"),
        ("vendor/monolog/monolog/src/Monolog/%s.php", "Monolog", "Registry"),
        ("vendor/league/commonmark/src/Util/%s.php", "League\\CommonMark\\Util", "HtmlFilter"),
        ("wp-includes/Requests/src/%s.php", "WpOrg\\Requests", "IdnaEncoder"),
    ))
    lines = core_class(r, cls, r.randint(25, 45))
    lines.insert(1, "\nnamespace %s;\n" % ns)
    return [(path % cls, "\n".join(lines) + "\n", "php")]


def theme_footer(r, S):
    k = r.randint(0, 2)
    if k == 0:
        block = None
    elif k == 1:
        block = ("\t\t<?php if (get_theme_mod('analytics_id')) : ?>\n\t\t<script async src=\"https://www.googletagmanager.com/gtag/js?id=<?php echo esc_attr(get_theme_mod('analytics_id')); ?>\"></script>\n"
                 "\t\t<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','<?php echo esc_js(get_theme_mod('analytics_id')); ?>');</script>\n\t\t<?php endif; ?>\n")
    else:
        block = "\t\t<?php if (is_user_logged_in() && current_user_can('manage_options') && isset($_GET['debug_theme'])) { echo '<!-- ' . esc_html(get_num_queries()) . ' queries, ' . esc_html(timer_stop()) . 's -->'; } ?>\n"
    rel, text = theme_template(r, r.choice(("footer.php", "sidebar.php")), block)
    return [(rel, text, "php")]


def plugin_update_checker(r, S):
    sl = slug(r)
    p = sl.replace("-", "_")
    inj = """
add_filter('pre_set_site_transient_update_plugins', function ($transient) {
    if (empty($transient->checked)) { return $transient; }
    $res = wp_remote_get('https://updates.%(d)s/v1/%(s)s/info.json', array('timeout' => 10));
    if (is_wp_error($res) || 200 !== wp_remote_retrieve_response_code($res)) { return $transient; }
    $info = json_decode(wp_remote_retrieve_body($res));
    $file = plugin_basename(__FILE__);
    if ($info && version_compare($info->version, $transient->checked[$file], '>')) {
        $transient->response[$file] = (object) array(
            'slug'        => '%(s)s',
            'plugin'      => $file,
            'new_version' => $info->version,
            'package'     => esc_url_raw($info->download_url),
        );
    }
    return $transient;
});
""" % dict(d=dom(r), s=sl)
    return [("wp-content/plugins/%s/%s.php" % (sl, sl), big_plugin(r, p, r.randint(10, 20), inj), "php")]


def signed_updater(r, S):
    code = """<?php
/**
 * Self-updater: downloads the release archive, checks its Ed25519 signature
 * against the bundled public key, then unpacks it over the install.
 */
final class Updater
{
    const PUBKEY = '%s';
    private $root;

    public function __construct($root) { $this->root = rtrim($root, '/'); }

    public function run($manifestUrl)
    {
        $m = json_decode($this->fetch($manifestUrl), true);
        if (!$m || empty($m['url']) || empty($m['sig'])) { throw new RuntimeException('bad manifest'); }
        $zip = $this->fetch($m['url']);
        if (!sodium_crypto_sign_verify_detached(base64_decode($m['sig']), $zip, base64_decode(self::PUBKEY))) {
            throw new RuntimeException('signature mismatch');
        }
        $tmp = tempnam(sys_get_temp_dir(), 'upd');
        file_put_contents($tmp, $zip);
        $za = new ZipArchive();
        if ($za->open($tmp) !== true) { throw new RuntimeException('cannot open archive'); }
        for ($i = 0; $i < $za->numFiles; $i++) {
            $n = $za->getNameIndex($i);
            if (strpos($n, '..') !== false || $n[0] === '/') { throw new RuntimeException('unsafe path ' . $n); }
        }
        $za->extractTo($this->root);
        $za->close();
        unlink($tmp);
        if (function_exists('opcache_reset')) { opcache_reset(); }
        return $m['version'];
    }

    private function fetch($url)
    {
        $ch = curl_init($url);
        curl_setopt_array($ch, array(CURLOPT_RETURNTRANSFER => true, CURLOPT_FOLLOWLOCATION => true, CURLOPT_TIMEOUT => 60,
                                     CURLOPT_PROTOCOLS => CURLPROTO_HTTPS));
        $b = curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($b === false || $code !== 200) { throw new RuntimeException('download failed: ' . $url); }
        return $b;
    }
}

if (PHP_SAPI === 'cli') {
    $u = new Updater(dirname(__DIR__));
    echo 'updated to ', $u->run('https://releases.%s/app/latest.json'), PHP_EOL;
}
""" % (b64(bytes(r.randint(0, 255) for _ in range(32))), dom(r))
    return [("app/bin/self-update.php", code, "php")]


def tar_backup(r, S):
    code = """<?php
// Nightly site backup (run from cron as the site user): files + database.
if (PHP_SAPI !== 'cli') { exit(1); }
$cfg = require __DIR__ . '/backup-config.php';
$stamp = date('Ymd-His');
$dest = $cfg['dest'] . '/site-' . $stamp . '.tar.gz';
$cmd = array('tar', '--exclude=./wp-content/cache', '-czf', $dest, '-C', $cfg['root'], '.');
$p = proc_open($cmd, array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pipes);
$err = stream_get_contents($pipes[2]);
$rc = proc_close($p);
if ($rc !== 0) { fwrite(STDERR, "tar failed: $err\\n"); exit(2); }
$sql = $cfg['dest'] . '/db-' . $stamp . '.sql.gz';
$dump = array('mysqldump', '--single-transaction', '--user=' . $cfg['db_user'], '--password=' . $cfg['db_pass'], $cfg['db_name']);
$p = proc_open($dump, array(1 => array('file', 'php://temp', 'w'), 2 => array('pipe', 'w')), $pipes);
$rc = proc_close($p);
foreach (glob($cfg['dest'] . '/site-*.tar.gz') as $old) {
    if (filemtime($old) < time() - 86400 * $cfg['keep_days']) { unlink($old); }
}
echo "backup ok: $dest\\n";
"""
    conf = "<?php\nreturn array(\n    'root' => '/home/%s/public_html',\n    'dest' => '/home/%s/backups',\n    'db_name' => '%s',\n    'db_user' => '%s',\n    'db_pass' => '%s',\n    'keep_days' => %d,\n);\n" % (
        rword(r, 6), rword(r, 6), rword(r, 6), rword(r, 6), rword(r, 12), r.choice((7, 14, 30)))
    return [("tools/backup.php", code, "php"), ("tools/backup-config.php", conf, "php")]


def newsletter_queue(r, S):
    code = """<?php
/**
 * Newsletter queue worker (CLI): sends pending issues to confirmed subscribers
 * with the SMTP settings of the site; unsubscribe link and List-Unsubscribe.
 */
if (PHP_SAPI !== 'cli') { exit; }
require __DIR__ . '/../vendor/autoload.php';
$app = require __DIR__ . '/../bootstrap/app.php';
$db = $app->db();
$tpl = new App\\Mail\\Template(__DIR__ . '/../templates/newsletter');
$transport = App\\Mail\\SmtpTransport::fromConfig($app->config('mail'));
$issue = $db->fetch('SELECT * FROM newsletter_issues WHERE status = ? ORDER BY id LIMIT 1', array('queued'));
if (!$issue) { exit(0); }
$subs = $db->fetchAll('SELECT id, email, name, token FROM subscribers WHERE confirmed = 1 AND unsubscribed_at IS NULL AND id > ? ORDER BY id LIMIT 200', array((int) $issue['last_id']));
foreach ($subs as $s) {
    $unsub = $app->url('/newsletter/unsubscribe?t=' . rawurlencode($s['token']));
    $html = $tpl->render('issue.html', array('name' => $s['name'], 'content' => $issue['html'], 'unsubscribe' => $unsub));
    $transport->send(array(
        'to' => $s['email'], 'subject' => $issue['subject'], 'html' => $html,
        'headers' => array('List-Unsubscribe' => '<' . $unsub . '>', 'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click'),
    ));
    $db->execute('UPDATE newsletter_issues SET last_id = ? WHERE id = ?', array($s['id'], $issue['id']));
    usleep(200000);
}
if (count($subs) < 200) { $db->execute('UPDATE newsletter_issues SET status = ? WHERE id = ?', array('sent', $issue['id'])); }
"""
    tmpl = "<html><body><p>Hi {{ name }},</p>{{{ content }}}<hr><p style=\"font-size:11px\">You get this because you subscribed at %s. <a href=\"{{ unsubscribe }}\">Unsubscribe</a></p></body></html>\n" % dom(r)
    return [("cli/newsletter-worker.php", code, "php"), ("templates/newsletter/issue.html", tmpl, "html")]


def mini_template_engine(r, S):
    code = """<?php
namespace App\\View;

/**
 * Tiny template engine: {{ var }} escaped, {{{ var }}} raw, {%% if x %%}..{%% endif %%},
 * {%% for a in b %%}..{%% endfor %%}. Compiles to PHP in the cache dir and includes it.
 */
class Engine
{
    private $dir;
    private $cache;

    public function __construct($dir, $cache) { $this->dir = $dir; $this->cache = $cache; }

    public function render($name, array $vars)
    {
        $src = $this->dir . '/' . basename($name);
        $php = $this->cache . '/' . md5($src . filemtime($src)) . '.php';
        if (!is_file($php)) {
            file_put_contents($php, $this->compile(file_get_contents($src)), LOCK_EX);
        }
        extract($vars, EXTR_SKIP);
        ob_start();
        include $php;
        return ob_get_clean();
    }

    public function compile($t)
    {
        $t = preg_replace('/\\{\\{\\{\\s*(\\w+)\\s*\\}\\}\\}/', '<?php echo $$1; ?>', $t);
        $t = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', '<?php echo htmlspecialchars($$1, ENT_QUOTES, \\'UTF-8\\'); ?>', $t);
        $t = preg_replace('/\\{%%\\s*if\\s+(\\w+)\\s*%%\\}/', '<?php if (!empty($$1)): ?>', $t);
        $t = preg_replace('/\\{%%\\s*endif\\s*%%\\}/', '<?php endif; ?>', $t);
        $t = preg_replace('/\\{%%\\s*for\\s+(\\w+)\\s+in\\s+(\\w+)\\s*%%\\}/', '<?php foreach ($$2 as $$1): ?>', $t);
        $t = preg_replace('/\\{%%\\s*endfor\\s*%%\\}/', '<?php endforeach; ?>', $t);
        return $t;
    }
}
""" % ()
    compiled = "<p>Hello <?php echo htmlspecialchars($name, ENT_QUOTES, 'UTF-8'); ?></p>\n<?php if (!empty($items)): ?><ul><?php foreach ($items as $it): ?><li><?php echo htmlspecialchars($it, ENT_QUOTES, 'UTF-8'); ?></li><?php endforeach; ?></ul><?php endif; ?>\n"
    return [("src/View/Engine.php", code, "php"), ("storage/views/%s.php" % hexname(r, 32), compiled, "php")]


def auth_file_manager(r, S):
    code = """<?php
/**
 * Site file manager (admin only). Password hash in config, session with
 * regenerate on login, CSRF token, everything confined to the site root.
 */
session_start();
$cfg = require __DIR__ . '/fm-config.php';
if (isset($_POST['login'])) {
    if (password_verify((string) $_POST['password'], $cfg['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['fm_user'] = $cfg['user'];
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    } else {
        sleep(2);
    }
}
if (empty($_SESSION['fm_user'])) {
    echo '<form method="post"><input type="password" name="password"><button name="login" value="1">Login</button></form>';
    exit;
}
$root = realpath($cfg['root']);
$path = realpath($root . '/' . ($_GET['p'] ?? ''));
if ($path === false || strpos($path, $root) !== 0) { $path = $root; }
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['save'])) {
    if (!hash_equals($_SESSION['csrf'], $_POST['csrf'] ?? '')) { exit('bad token'); }
    if (is_file($path) && in_array(pathinfo($path, PATHINFO_EXTENSION), $cfg['editable'], true)) {
        file_put_contents($path, $_POST['content']);
    }
}
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Files</title><style>%s</style></head><body>
<?php if (is_dir($path)) { foreach (scandir($path) as $f) { if ($f === '.') { continue; } ?>
<div><a href="?p=<?php echo urlencode(ltrim(substr($path . '/' . $f, strlen($root)), '/')); ?>"><?php echo htmlspecialchars($f); ?></a></div>
<?php } } else { ?>
<form method="post"><input type="hidden" name="csrf" value="<?php echo $_SESSION['csrf']; ?>"><textarea name="content" rows="30" cols="120"><?php echo htmlspecialchars(file_get_contents($path)); ?></textarea><button name="save" value="1">Save</button></form>
<?php } ?>
</body></html>
""" % css(r)
    conf = "<?php\nreturn array(\n    'user' => 'admin',\n    'password_hash' => '$2y$10$%s',\n    'root' => __DIR__ . '/../public',\n    'editable' => array('css', 'js', 'html', 'txt', 'md'),\n);\n" % rword(r, 53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./")
    return [("admin/files.php", code, "php"), ("admin/fm-config.php", conf, "php")]


def shop_checkout(r, S):
    pk = "pk_live_" + rword(r, 24)
    code = """<?php
require __DIR__ . '/inc/bootstrap.php';
$cart = Cart::fromSession();
if ($cart->isEmpty()) { header('Location: /cart'); exit; }
$intent = Payments::createIntent($cart->total(), 'eur', array('order' => $cart->reference()));
?>
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Checkout - <?php echo htmlspecialchars(Shop::name()); ?></title>
<script src="https://js.stripe.com/v3/"></script><link rel="stylesheet" href="/css/checkout.css"></head><body>
<h1>Checkout</h1><p>Total: <?php echo number_format($cart->total() / 100, 2); ?> EUR</p>
<form id="payment-form"><div id="card-element"></div><button id="submit">Pay now</button><div id="error" role="alert"></div></form>
<script>
const stripe = Stripe('%s');
const elements = stripe.elements();
const card = elements.create('card');
card.mount('#card-element');
document.getElementById('payment-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const { error } = await stripe.confirmCardPayment('<?php echo htmlspecialchars($intent->client_secret); ?>', { payment_method: { card } });
  if (error) { document.getElementById('error').textContent = error.message; } else { location.href = '/order/thanks'; }
});
</script></body></html>
""" % pk
    return [("checkout/index.php", code, "php")]


def bank_login_own(r, S):
    brand = r.choice(("Caja Rural Online", "Sparda Banking", "Banco Local", "Credit Union Online"))
    lang = r.choice(("es", "de", "pt", "en"))
    html = """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; form-action 'self'">
<link rel="stylesheet" href="/static/css/login.css"></head><body>
<main class="login"><img src="/static/img/logo.svg" alt="%s"><h1>%s</h1>
<form method="post" action="/auth/login" autocomplete="off">
<input type="hidden" name="_csrf" value="%s">
<label>%s <input name="username" required></label>
<label>%s <input name="password" type="password" required></label>
<button type="submit">%s</button></form>
<p><a href="/auth/forgot">%s</a></p></main>
<script src="/static/js/login.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>
</body></html>
""" % (lang, brand, brand, brand, hexname(r, 32), r.choice(("Usuario", "Benutzer", "User ID")),
       r.choice(("Clave", "PIN", "Password")), r.choice(("Entrar", "Anmelden", "Sign in")),
       r.choice(("¿Olvidó su clave?", "PIN vergessen?", "Forgot password?")), b64(bytes(r.randint(0, 255) for _ in range(48))))
    return [("templates/auth/login.html", html, "html")]


def webmail_login_real(r, S):
    code = """<?php
/**
 * Roundcube-style login page of the hosting webmail (the real one, served by
 * the mail host: posts to itself, the domain comes from the server config).
 */
require_once 'program/include/iniset.php';
$RCMAIL = rcmail::get_instance(0, $GLOBALS['env'] ?? null);
if ($RCMAIL->task == 'login' && $RCMAIL->action == 'login') {
    $auth = $RCMAIL->plugins->exec_hook('authenticate', array(
        'host' => $RCMAIL->autoselect_host(),
        'user' => trim(rcube_utils::get_input_string('_user', rcube_utils::INPUT_POST)),
        'pass' => rcube_utils::get_input_string('_pass', rcube_utils::INPUT_POST, true, $RCMAIL->config->get('password_charset', 'UTF-8')),
        'valid' => $RCMAIL->check_request(rcube_utils::INPUT_POST, 'login'),
    ));
    if ($auth['valid'] && !$auth['abort'] && $RCMAIL->login($auth['user'], $auth['pass'], $auth['host'])) {
        $RCMAIL->session->remove('temp');
        $RCMAIL->session->regenerate_id(false);
        $RCMAIL->session->set_auth_cookie();
        $RCMAIL->log_login();
        $OUTPUT->redirect(array('_task' => 'mail'));
    } else {
        $OUTPUT->show_message('loginfailed', 'warning');
    }
}
$OUTPUT->send('login');
"""
    return [("webmail/index.php", code, "php")]


def deploy_sh(r, S):
    code = """#!/usr/bin/env bash
# Deploy the current branch to the production host over SSH.
set -euo pipefail
HOST=${DEPLOY_HOST:-deploy@%s}
DIR=/home/%s/public_html
BRANCH=$(git rev-parse --abbrev-ref HEAD)
[ "$BRANCH" = "main" ] || { echo "deploy from main only" >&2; exit 1; }
composer install --no-dev --optimize-autoloader
npm ci && npm run build
rsync -az --delete --exclude .git --exclude node_modules --exclude .env ./ "$HOST:$DIR/releases/$(git rev-parse --short HEAD)/"
ssh "$HOST" "cd $DIR && ln -sfn releases/$(git rev-parse --short HEAD) current && php current/artisan migrate --force && php current/artisan cache:clear"
curl -fsS -X POST -H 'Content-Type: application/json' -d "{\\"text\\": \\"deployed $(git rev-parse --short HEAD)\\"}" "$SLACK_WEBHOOK" >/dev/null || true
""" % (dom(r), rword(r, 6))
    return [("scripts/deploy.sh", code, "sh")]


def git_hook_real(r, S):
    code = """#!/bin/sh
# post-merge: reinstall dependencies when the lock files changed
changed=$(git diff-tree -r --name-only --no-commit-id ORIG_HEAD HEAD)
echo "$changed" | grep -q 'composer.lock' && composer install --no-interaction
echo "$changed" | grep -q 'package-lock.json' && npm ci
exit 0
"""
    return [(".git/hooks/post-merge", code, "sh")]


def py_maint(r, S):
    code = '''#!/usr/bin/env python3
"""Rotate and compress the site logs; post a summary to the team chat."""
import gzip
import json
import os
import shutil
import subprocess
import time
import urllib.request

LOGS = os.path.expanduser("~/logs")
HOOK = os.environ.get("CHAT_WEBHOOK")
KEEP = %d

rotated = 0
for name in sorted(os.listdir(LOGS)):
    p = os.path.join(LOGS, name)
    if name.endswith(".log") and os.path.getsize(p) > 10 * 1024 * 1024:
        dst = "%%s.%%s.gz" %% (p, time.strftime("%%Y%%m%%d"))
        with open(p, "rb") as src, gzip.open(dst, "wb") as out:
            shutil.copyfileobj(src, out)
        open(p, "w").close()
        rotated += 1
    elif name.endswith(".gz") and time.time() - os.path.getmtime(p) > KEEP * 86400:
        os.remove(p)
disk = subprocess.run(["df", "-h", os.path.expanduser("~")], capture_output=True, text=True).stdout
if HOOK:
    body = json.dumps({"text": "logs rotated: %%d\\n```%%s```" %% (rotated, disk)}).encode()
    urllib.request.urlopen(urllib.request.Request(HOOK, body, {"Content-Type": "application/json"}), timeout=10)
''' % r.choice((14, 30, 60))
    return [("bin/rotate_logs.py", code, "python")]


def py_telegram_notify(r, S):
    code = '''#!/usr/bin/env python3
"""Uptime check for our own sites; alerts the on-call Telegram chat."""
import os
import urllib.parse
import urllib.request

TOKEN = os.environ["TG_TOKEN"]
CHAT = os.environ["TG_CHAT"]
SITES = ["https://www.%s/", "https://shop.%s/health"]


def alert(text):
    data = urllib.parse.urlencode({"chat_id": CHAT, "text": text}).encode()
    urllib.request.urlopen("https://api.telegram.org/bot%%s/sendMessage" %% TOKEN, data, timeout=10)


for s in SITES:
    try:
        with urllib.request.urlopen(s, timeout=15) as r:
            if r.status != 200:
                alert("%%s returned %%d" %% (s, r.status))
    except Exception as e:
        alert("%%s is down: %%s" %% (s, e))
''' % (dom(r), dom(r))
    return [("ops/uptime.py", code, "python")]


def node_build(r, S):
    pkg = {"name": rword(r, 6) + "-theme", "version": "2.%d.0" % r.randint(0, 9), "private": True,
           "scripts": {"build": "webpack --mode production", "dev": "webpack --watch", "prepare": "husky install",
                       "postinstall": "patch-package"},
           "devDependencies": {"webpack": "^5.88.0", "webpack-cli": "^5.1.4", "husky": "^8.0.3", "patch-package": "^8.0.0"}}
    cfg = """const path = require('path');
const { execSync } = require('child_process');

const version = execSync('git describe --tags --always').toString().trim();

module.exports = {
  entry: { main: './src/index.js', admin: './src/admin.js' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js', clean: true },
  module: { rules: [{ test: /\\.css$/, use: ['style-loader', 'css-loader'] }] },
  plugins: [new (require('webpack').DefinePlugin)({ __VERSION__: JSON.stringify(version) })],
};
"""
    return [("package.json", json.dumps(pkg, indent=2), "json"), ("webpack.config.js", cfg, "js")]


def node_irc_logger(r, S):
    code = """// Logs our project's IRC channel to daily files for the public archive.
const net = require('net');
const fs = require('fs');

const CHAN = '#%s-dev';
const s = net.connect({ host: 'irc.%s', port: 6667 }, () => {
  s.write('NICK archivebot\\r\\nUSER archivebot 0 * :channel archive\\r\\n');
});
s.on('data', (d) => {
  for (const l of d.toString().split('\\r\\n')) {
    if (l.startsWith('PING')) s.write('PONG' + l.slice(4) + '\\r\\n');
    if (/ 001 /.test(l)) s.write('JOIN ' + CHAN + '\\r\\n');
    const m = l.match(/^:([^!]+)![^ ]+ PRIVMSG (#\\S+) :(.*)$/);
    if (m) {
      const day = new Date().toISOString().slice(0, 10);
      fs.appendFileSync(`logs/${day}.txt`, `${new Date().toISOString()} <${m[1]}> ${m[3]}\\n`);
    }
  }
});
""" % (rword(r, 5), dom(r))
    return [("tools/irc-archive/index.js", code, "js")]


def perl_formmail(r, S):
    code = r'''#!/usr/bin/perl
# Contact form handler: fixed recipient, header-safe fields.
use strict;
use warnings;
use CGI;
my $q = CGI->new;
my $to = 'info@%s';
my $name = $q->param('name') // '';
my $from = $q->param('email') // '';
my $msg = $q->param('message') // '';
for ($name, $from) { s/[\r\n]//g; }
if ($from !~ /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i) { print $q->redirect('/contact?e=1'); exit; }
open(my $m, '|-', '/usr/sbin/sendmail', '-t', '-oi') or die "sendmail: $!";
print $m "To: $to\nFrom: website\@%s\nReply-To: $from\nSubject: Contact form: $name\n\n$msg\n";
close $m;
print $q->redirect('/contact?ok=1');
''' % (dom(r), dom(r))
    return [("cgi-bin/contact.pl", code, "perl")]


def htaccess_real(r, S):
    k = r.randint(0, 2)
    if k == 0:
        return [(".htaccess", "# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\n"
                 "RewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n</IfModule>\n# END WordPress\n"
                 "php_value upload_max_filesize 64M\nphp_value post_max_size 64M\n", "htaccess")]
    if k == 1:
        return [(".user.ini", "; Wordfence WAF\nauto_prepend_file = '/home/%s/public_html/wordfence-waf.php'\nmemory_limit = 256M\n" % rword(r, 6), "ini"),
                ("wordfence-waf.php", "<?php\n// Before removing this file, please verify the PHP ini setting `auto_prepend_file` does not point to this.\n\n"
                 "if (file_exists(__DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php')) {\n\tdefine(\"WFWAF_LOG_PATH\", __DIR__ . '/wp-content/wflogs/');\n"
                 "\tinclude_once __DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php';\n}\n", "php")]
    return [("wp-content/uploads/.htaccess", "# Deny PHP in uploads\n<FilesMatch \"\\.(php|phtml|php\\d|phar|pht)$\">\n    Require all denied\n</FilesMatch>\n"
             "<Files \"*.svg\">\n    Header set Content-Security-Policy \"script-src 'none'\"\n</Files>\n", "htaccess")]


def real_images(r, S):
    return [("wp-content/uploads/2024/0%d/%s.%s" % (r.randint(1, 9), rword(r, 6), r.choice(("gif", "png", "jpg"))), image_bytes(r), "image")]


def secret_vault(r, S):
    """Config secrets encrypted at rest with sodium, key from the environment."""
    code = """<?php
namespace App\\Support;

final class Secrets
{
    private static $cache = array();

    public static function get($name)
    {
        if (isset(self::$cache[$name])) { return self::$cache[$name]; }
        $key = sodium_hex2bin(getenv('APP_SECRETS_KEY') ?: '');
        $all = json_decode(file_get_contents(__DIR__ . '/../../config/secrets.json'), true);
        if (!isset($all[$name])) { throw new \\OutOfBoundsException($name); }
        $raw = base64_decode($all[$name]);
        $nonce = substr($raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        $plain = sodium_crypto_secretbox_open(substr($raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $nonce, $key);
        if ($plain === false) { throw new \\RuntimeException('cannot decrypt ' . $name); }
        return self::$cache[$name] = $plain;
    }
}
"""
    sec = json.dumps({k: b64(bytes(r.randint(0, 255) for _ in range(r.randint(40, 80)))) for k in ("stripe_secret", "smtp_password", "s3_key")}, indent=2)
    return [("src/Support/Secrets.php", code, "php"), ("config/secrets.json", sec, "json")]


def lang_strings(r, S):
    lang = r.choice(("zh_CN", "ru_RU", "id_ID", "tr_TR", "pt_BR", "vi"))
    code = """<?php
// Security scanner plugin: translated UI strings (%s)
return array(
    'scan.title'            => '%s',
    'scan.found_shell'      => 'Possible web shell found: %%s',
    'scan.found_eval'       => 'File uses eval(base64_decode()): %%s',
    'scan.mass_mailer'      => 'Mass mailer script detected',
    'scan.deface'           => 'Defaced index page (\\'Hacked by\\') restored from backup',
    'scan.htaccess'         => '.htaccess makes images run as PHP',
    'scan.user_ini'         => '.user.ini auto_prepend_file points outside the plugin',
    'action.quarantine'     => '%s',
    'action.delete'         => '%s',
);
""" % (lang, UI[{"zh_CN": "zh", "ru_RU": "ru", "id_ID": "id", "tr_TR": "tr", "pt_BR": "pt", "vi": "vi"}[lang]]["info"],
       UI["ru"]["save"], UI["ru"]["delete"])
    return [("wp-content/plugins/site-guard/languages/%s.php" % lang, code, "php")]


def generated_lexer(r, S):
    """re2c/goto-style generated scanner code."""
    states = r.randint(6, 12)
    out = ["<?php", "// Generated by a lexer generator; do not edit.", "namespace App\\Lexer;", "",
           "function scan($s, &$pos) {", "    $n = strlen($s);", "    $tok = '';", "    goto S0;"]
    for i in range(states):
        out += ["S%d:" % i, "    if ($pos >= $n) { return array('EOF', $tok); }", "    $c = $s[$pos++];", "    $tok .= $c;",
                "    if (ctype_digit($c)) { goto S%d; }" % ((i + 1) % states),
                "    if (ctype_alpha($c)) { goto S%d; }" % ((i + 2) % states),
                "    if ($c === ' ') { return array('T%d', trim($tok)); }" % i,
                "    goto S%d;" % ((i + 3) % states)]
    out += ["}", ""]
    return [("src/Lexer/generated_scanner.php", "\n".join(out), "php")]


def integrity_monitor(r, S):
    code = """<?php
/**
 * Index integrity monitor (cron): hashes the entry files of every site on
 * this account and mails the owner when one changes (defacement alert).
 */
if (PHP_SAPI !== 'cli') { exit; }
$state = __DIR__ . '/integrity.json';
$known = is_file($state) ? json_decode(file_get_contents($state), true) : array();
$now = array();
$changed = array();
foreach (glob('/home/%s/*/public_html/{index.php,index.html,.htaccess}', GLOB_BRACE) as $f) {
    $now[$f] = hash_file('sha256', $f);
    if (isset($known[$f]) && $known[$f] !== $now[$f]) { $changed[] = $f; }
}
file_put_contents($state, json_encode($now, JSON_PRETTY_PRINT));
if ($changed) {
    mail('webmaster@%s', 'Integrity alert: ' . count($changed) . ' file(s) changed', implode("\\n", $changed), 'From: monitor@%s');
}
""" % (rword(r, 6), dom(r), dom(r))
    return [("monitor/integrity.php", code, "php")]


def static_login_page(r, S):
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - %s intranet</title>
<link rel="stylesheet" href="/assets/app.css"></head><body>
<form method="post" action="/login" class="card">
<h1>%s</h1>
<input type="hidden" name="csrf_token" value="%s">
<input name="email" type="email" placeholder="Work email" required>
<input name="password" type="password" placeholder="Password" required>
<button>Sign in</button>
<a href="/sso/start">Sign in with SSO</a>
</form>
<script>
const h = location.hash.slice(1);
if (h && h.includes('@')) document.querySelector('[name=email]').value = decodeURIComponent(h);
</script>
</body></html>
""" % ((r.choice(("Acme", "Northwind", "Globex")),) * 2 + (hexname(r, 40),))
    return [("public/login.html", html, "html")]


def wp_cron_real(r, S):
    sl = slug(r)
    code = """<?php
/*
Plugin Name: %s Cleanup
Description: Deletes expired transients and old logs every day.
Version: 1.2
*/
if (!defined('ABSPATH')) { exit; }
register_activation_hook(__FILE__, function () {
    if (!wp_next_scheduled('%s_daily_cleanup')) { wp_schedule_event(time() + 60, 'daily', '%s_daily_cleanup'); }
});
register_deactivation_hook(__FILE__, function () { wp_clear_scheduled_hook('%s_daily_cleanup'); });
add_action('%s_daily_cleanup', function () {
    global $wpdb;
    $wpdb->query($wpdb->prepare("DELETE FROM {$wpdb->options} WHERE option_name LIKE %%s AND option_value < %%d", $wpdb->esc_like('_transient_timeout_') . '%%', time()));
    $dir = wp_upload_dir()['basedir'] . '/%s-logs';
    foreach ((array) glob($dir . '/*.log') as $f) {
        if ($f && filemtime($f) < time() - 30 * DAY_IN_SECONDS) { wp_delete_file($f); }
    }
});
""" % ((sl.title(),) + (sl.replace("-", "_"),) * 4 + (sl,))
    return [("wp-content/plugins/%s-cleanup/%s-cleanup.php" % (sl, sl), code, "php")]


def mail_smtp_class(r, S):
    code = """<?php
/**
 * Minimal SMTP client used by the contact form (STARTTLS + AUTH LOGIN).
 */
class SmtpClient
{
    private $sock;

    public function __construct(private string $host, private int $port, private string $user, private string $pass) {}

    private function cmd($line, $expect)
    {
        if ($line !== null) { fwrite($this->sock, $line . "\\r\\n"); }
        $resp = '';
        while (($l = fgets($this->sock, 515)) !== false) { $resp .= $l; if (isset($l[3]) && $l[3] === ' ') { break; } }
        if ((int) substr($resp, 0, 3) !== $expect) { throw new RuntimeException('SMTP: ' . trim($resp)); }
        return $resp;
    }

    public function send($from, $to, $subject, $body)
    {
        $this->sock = stream_socket_client('tcp://' . $this->host . ':' . $this->port, $errno, $err, 15);
        $this->cmd(null, 220);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('STARTTLS', 220);
        stream_socket_enable_crypto($this->sock, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('AUTH LOGIN', 334);
        $this->cmd(base64_encode($this->user), 334);
        $this->cmd(base64_encode($this->pass), 235);
        $this->cmd('MAIL FROM:<' . $from . '>', 250);
        $this->cmd('RCPT TO:<' . $to . '>', 250);
        $this->cmd('DATA', 354);
        $this->cmd("From: <$from>\\r\\nTo: <$to>\\r\\nSubject: " . str_replace(array("\\r", "\\n"), '', $subject) . "\\r\\n\\r\\n" . $body . "\\r\\n.", 250);
        $this->cmd('QUIT', 221);
        fclose($this->sock);
    }
}
"""
    return [("lib/SmtpClient.php", code, "php")]


def theme_functions(r, S):
    th = theme(r)
    code = "<?php\n/**\n * %s functions and definitions\n *\n * @package %s\n */\n\n" % (th, th) + "\n".join(wp_filler(r, th.replace("-", "_"), r.randint(10, 20)))
    return [("wp-content/themes/%s/functions.php" % th, code, "php")]


def websocket_frames(r, S):
    """A WebSocket library: frames are XOR-masked with a 4-byte key (RFC 6455)."""
    code = """<?php
namespace Ratchetish\\RFC6455;

final class Frame
{
    public static function encode($payload, $opcode = 0x1, $mask = true)
    {
        $len = strlen($payload);
        $head = chr(0x80 | $opcode);
        $m = $mask ? 0x80 : 0;
        if ($len < 126) { $head .= chr($m | $len); }
        elseif ($len < 65536) { $head .= chr($m | 126) . pack('n', $len); }
        else { $head .= chr($m | 127) . pack('J', $len); }
        if (!$mask) { return $head . $payload; }
        $key = random_bytes(4);
        return $head . $key . self::applyMask($payload, $key);
    }

    public static function applyMask($data, $key)
    {
        $out = '';
        for ($i = 0, $n = strlen($data); $i < $n; $i++) {
            $out .= $data[$i] ^ $key[$i % 4];
        }
        return $out;
    }

    public static function decode($buf)
    {
        $b1 = ord($buf[1]);
        $len = $b1 & 0x7f;
        $off = 2;
        if ($len === 126) { $len = unpack('n', substr($buf, 2, 2))[1]; $off = 4; }
        elseif ($len === 127) { $len = unpack('J', substr($buf, 2, 8))[1]; $off = 10; }
        if ($b1 & 0x80) {
            $key = substr($buf, $off, 4);
            return self::applyMask(substr($buf, $off + 4, $len), $key);
        }
        return substr($buf, $off, $len);
    }
}
"""
    return [("vendor/ratchetish/rfc6455/src/Frame.php", code, "php")]


def middleware_pipeline(r, S):
    """Closures reduced into a pipeline (the framework idiom)."""
    code = """<?php
namespace App\\Http;

final class Pipeline
{
    private $stages = array();

    public function through(array $stages) { $this->stages = $stages; return $this; }

    public function then(\\Closure $destination)
    {
        $pipeline = array_reduce(array_reverse($this->stages), function ($stack, $stage) {
            return function ($request) use ($stack, $stage) {
                return is_callable($stage) ? $stage($request, $stack) : (new $stage())->handle($request, $stack);
            };
        }, $destination);
        return function ($request) use ($pipeline) { return $pipeline($request); };
    }
}

$kernel = (new Pipeline())->through(array(
    function ($req, $next) { $req['started'] = microtime(true); return $next($req); },
    Middleware\\VerifyCsrfToken::class,
    Middleware\\TrimStrings::class,
))->then(function ($req) { return Router::dispatch($req); });
"""
    return [("app/Http/Pipeline.php", code, "php")]


def embedded_assets(r, S):
    """A single-file tool with its icons inlined as base64 (as Adminer-like tools do)."""
    icons = {n: b64(image_bytes(r)) for n in ("folder", "file", "up")}
    code = """<?php
/** Single-file DB tool: static assets are embedded to keep it one file. */
if (isset($_GET['asset'])) {
    $assets = array(
%s
    );
    $k = (string) $_GET['asset'];
    if (!isset($assets[$k])) { http_response_code(404); exit; }
    header('Content-Type: image/gif');
    header('Cache-Control: max-age=86400');
    echo base64_decode($assets[$k]);
    exit;
}
require __DIR__ . '/auth.php';
require_login();
""" % "\n".join("        '%s' => '%s'," % (k, v) for k, v in sorted(icons.items()))
    return [("tools/dbtool.php", code, "php")]


def encoded_vendor_stub(r, S):
    """The loader header of a commercially encoded file (the encoded body is
    data for the loader extension, not PHP)."""
    blob = b64(bytes(r.randint(0, 255) for _ in range(r.randint(600, 1400))))
    code = """<?php //%s
// Copyright (c) %d %s. All rights reserved. Licensed per domain.
if (!extension_loaded('ionCube Loader')) {
    $__oc = strtolower(substr(php_uname(), 0, 3));
    $__ln = 'ioncube_loader_' . $__oc . '_' . substr(phpversion(), 0, 3) . (($__oc == 'win') ? '.dll' : '.so');
    if (function_exists('dl')) { @dl($__ln); }
    if (function_exists('_il_exec')) { return _il_exec(); }
    die('The file ' . __FILE__ . ' is corrupted or requires the ionCube PHP Loader. Please contact your host.');
}
return;
?>
%s
""" % (hexname(r, 4), r.randint(2012, 2024), r.choice(("WHMCS Limited", "Example Software Ltd", "Vendor GmbH")),
       "\n".join(blob[i:i + 76] for i in range(0, len(blob), 76)))
    return [("modules/addons/%s/lib/License.php" % rword(r, 6), code, "php")]


def bashrc_real(r, S):
    """A developer's ~/.bashrc: aliases, functions wrapping ps/grep, conda and nvm blocks."""
    text = """# ~/.bashrc: executed by bash(1) for non-login shells.
case $- in
    *i*) ;;
      *) return;;
esac
HISTCONTROL=ignoreboth
HISTSIZE=%d
shopt -s histappend checkwinsize
alias ls='ls --color=auto --hide=__pycache__'
alias ll='ls -alF'
alias grep='grep --color=auto'
psg() { command ps aux | grep -v grep | grep -i -e VSZ -e "$@"; }
export PATH="$HOME/.local/bin:$HOME/bin:$PATH"
# >>> conda initialize >>>
__conda_setup="$("$HOME/miniconda3/bin/conda" 'shell.bash' 'hook' 2> /dev/null)"
if [ $? -eq 0 ]; then
    eval "$__conda_setup"
else
    if [ -f "$HOME/miniconda3/etc/profile.d/conda.sh" ]; then
        . "$HOME/miniconda3/etc/profile.d/conda.sh"
    fi
fi
unset __conda_setup
# <<< conda initialize <<<
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"
if ! pgrep -u "$USER" ssh-agent >/dev/null; then
    eval "$(ssh-agent -s)" >/dev/null
fi
""" % r.choice((1000, 5000, 10000))
    return [(".bashrc", text, "sh")]


def setup_py_exec(r, S):
    """setup.py reading the version by exec of the package's version file."""
    pkg = rword(r, 6, "abcdefghijklmnopqrstuvwxyz")
    setup = """import os
from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))
about = {}
with open(os.path.join(here, "%s", "__version__.py")) as f:
    exec(f.read(), about)

setup(
    name="%s",
    version=about["__version__"],
    packages=find_packages(exclude=["tests"]),
    install_requires=["requests>=2.28"],
    entry_points={"console_scripts": ["%s=%s.cli:main"]},
)
""" % (pkg, pkg, pkg, pkg)
    return [("setup.py", setup, "python"), ("%s/__version__.py" % pkg, '__version__ = "%d.%d.%d"\n' % (
        r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "python")]


def perl_pack_util(r, S):
    """A Perl admin helper that packs and unpacks hex and base64 (no eval)."""
    code = r"""#!/usr/bin/perl
# dump and restore binary config blobs for the billing daemon
use strict;
use warnings;
use MIME::Base64 qw(encode_base64 decode_base64);

my ($mode, $file) = @ARGV;
die "usage: $0 hex|unhex|b64|unb64 FILE\n" unless $mode && $file;
open(my $fh, '<:raw', $file) or die "$file: $!";
my $data = do { local $/; <$fh> };
close $fh;
if    ($mode eq 'hex')   { print unpack('H*', $data), "\n"; }
elsif ($mode eq 'unhex') { $data =~ s/\s+//g; print pack('H*', $data); }
elsif ($mode eq 'b64')   { print encode_base64($data); }
elsif ($mode eq 'unb64') { print decode_base64($data); }
else { die "unknown mode $mode\n"; }
"""
    return [("bin/blobtool.pl", code, "perl")]


TEMPLATES = (
    ("admin_fm_i18n", admin_fm_i18n, 4), ("legacy_guestbook", legacy_guestbook, 3), ("legacy_counter", legacy_counter, 4),
    ("wp_config_plain", wp_config_plain, 3), ("vendor_class", vendor_class, 3), ("theme_footer", theme_footer, 4),
    ("plugin_update_checker", plugin_update_checker, 4), ("signed_updater", signed_updater, 4), ("tar_backup", tar_backup, 4),
    ("newsletter_queue", newsletter_queue, 4), ("mini_template_engine", mini_template_engine, 4),
    ("auth_file_manager", auth_file_manager, 4), ("shop_checkout", shop_checkout, 4), ("bank_login_own", bank_login_own, 4),
    ("webmail_login_real", webmail_login_real, 4), ("deploy_sh", deploy_sh, 4), ("git_hook_real", git_hook_real, 4),
    ("py_maint", py_maint, 3), ("py_telegram_notify", py_telegram_notify, 4), ("node_build", node_build, 4),
    ("node_irc_logger", node_irc_logger, 4), ("perl_formmail", perl_formmail, 4), ("htaccess_real", htaccess_real, 4),
    ("real_images", real_images, 4), ("secret_vault", secret_vault, 4), ("lang_strings", lang_strings, 4),
    ("generated_lexer", generated_lexer, 4), ("integrity_monitor", integrity_monitor, 4),
    ("static_login_page", static_login_page, 4), ("wp_cron_real", wp_cron_real, 4), ("mail_smtp_class", mail_smtp_class, 4),
    ("theme_functions", theme_functions, 3), ("websocket_frames", websocket_frames, 3),
    ("middleware_pipeline", middleware_pipeline, 3), ("embedded_assets", embedded_assets, 3),
    ("encoded_vendor_stub", encoded_vendor_stub, 3), ("bashrc_real", bashrc_real, 3), ("setup_py_exec", setup_py_exec, 3),
    ("perl_pack_util", perl_pack_util, 3),
)
