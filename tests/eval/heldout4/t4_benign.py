"""Benign look-alikes of the fourth held-out set (README.md): admin tools and
framework code a naive scanner flags, different from the benign parts of
sets 1-3. Each takes (r, S) and returns a list of (rel, text, lang).
Written blind."""

import base64
import json

from common4 import big_plugin, core_class, dom, hexname, ip, rword, slug, theme


def db_admin_tool(r, S):
    """A single-file database admin page behind a session login and CSRF token."""
    body = """<?php
/**
 * Tiny SQL admin for this site (staff only).
 */
declare(strict_types=1);
session_start();
require __DIR__ . '/config/db.php'; // defines DB_DSN, DB_USER, DB_PASS, ADMIN_HASH
if (empty($_SESSION['csrf'])) { $_SESSION['csrf'] = bin2hex(random_bytes(16)); }
if (isset($_POST['login'])) {
    if (password_verify((string) $_POST['password'], ADMIN_HASH)) { session_regenerate_id(true); $_SESSION['admin'] = true; }
    header('Location: ' . $_SERVER['PHP_SELF']); exit;
}
if (empty($_SESSION['admin'])) { ?>
<form method="post"><input type="password" name="password" autocomplete="current-password"><button name="login">Log in</button></form>
<?php exit; }
$pdo = new PDO(DB_DSN, DB_USER, DB_PASS, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$rows = []; $error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST' && hash_equals($_SESSION['csrf'], (string) @$_POST['csrf'])) {
    try {
        $stmt = $pdo->query((string) $_POST['sql']);
        $rows = $stmt->columnCount() ? $stmt->fetchAll(PDO::FETCH_ASSOC) : [['affected' => $stmt->rowCount()]];
    } catch (PDOException $e) { $error = $e->getMessage(); }
}
$tables = $pdo->query('SHOW TABLES')->fetchAll(PDO::FETCH_COLUMN);
?>
<!doctype html><title>SQL</title>
<aside><?php foreach ($tables as $t): ?><a href="?t=<?= urlencode($t) ?>"><?= htmlspecialchars($t) ?></a><br><?php endforeach; ?></aside>
<form method="post"><input type="hidden" name="csrf" value="<?= $_SESSION['csrf'] ?>">
<textarea name="sql" rows="6" cols="90"><?= htmlspecialchars((string) @$_POST['sql']) ?></textarea><button>Run</button></form>
<?php if ($error): ?><p class="err"><?= htmlspecialchars($error) ?></p><?php endif; ?>
<table><?php foreach ($rows as $i => $row): if ($i === 0): ?><tr><?php foreach (array_keys($row) as $c): ?><th><?= htmlspecialchars((string) $c) ?></th><?php endforeach; ?></tr><?php endif; ?>
<tr><?php foreach ($row as $v): ?><td><?= htmlspecialchars((string) $v) ?></td><?php endforeach; ?></tr><?php endforeach; ?></table>
"""
    return [(r.choice(("admin/", "tools/", "")) + r.choice(("sql.php", "dbadmin.php", "query.php")), body, "php")]


def server_status(r, S):
    body = """<?php
// Server status for the monitoring dashboard; token checked against the environment.
if (!hash_equals((string) getenv('STATUS_TOKEN'), (string) ($_GET['token'] ?? ''))) { http_response_code(403); exit; }
header('Content-Type: application/json');
$load = sys_getloadavg();
$mem = [];
foreach (file('/proc/meminfo') as $line) { [$k, $v] = array_map('trim', explode(':', $line, 2)); $mem[$k] = (int) $v; }
echo json_encode([
    'host' => gethostname(),
    'php' => PHP_VERSION,
    'load' => $load,
    'uptime' => (int) explode(' ', file_get_contents('/proc/uptime'))[0],
    'disk_free' => disk_free_space('/'),
    'mem_available_kb' => $mem['MemAvailable'] ?? null,
    'opcache' => function_exists('opcache_get_status') ? (opcache_get_status(false)['opcache_statistics'] ?? null) : null,
    'disabled' => ini_get('disable_functions'),
], JSON_PRETTY_PRINT);
"""
    return [(r.choice(("status/", "health/", "")) + r.choice(("index.php", "status.php")), body, "php")]


def installer_script(r, S):
    body = """<?php
/** Installer: writes config.php once, then refuses to run again. */
if (file_exists(__DIR__ . '/config.php')) { exit('Already installed. Delete install.php.'); }
$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $cfg = [
        'db_host' => trim($_POST['db_host'] ?? 'localhost'),
        'db_name' => trim($_POST['db_name'] ?? ''),
        'db_user' => trim($_POST['db_user'] ?? ''),
        'db_pass' => (string) ($_POST['db_pass'] ?? ''),
        'secret' => bin2hex(random_bytes(32)),
    ];
    try {
        $pdo = new PDO("mysql:host={$cfg['db_host']};dbname={$cfg['db_name']}", $cfg['db_user'], $cfg['db_pass']);
        $pdo->exec(file_get_contents(__DIR__ . '/schema.sql'));
        file_put_contents(__DIR__ . '/config.php', '<?php return ' . var_export($cfg, true) . ";\\n", LOCK_EX);
        @chmod(__DIR__ . '/config.php', 0640);
        header('Location: index.php?installed=1'); exit;
    } catch (PDOException $e) { $errors[] = $e->getMessage(); }
}
?>
<h1>Install</h1>
<?php foreach ($errors as $e) { echo '<p class="error">' . htmlspecialchars($e) . '</p>'; } ?>
<form method="post"><input name="db_host" value="localhost"><input name="db_name"><input name="db_user"><input type="password" name="db_pass"><button>Install</button></form>
"""
    return [("install.php", body, "php"), ("schema.sql", "CREATE TABLE IF NOT EXISTS items (id INT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(190));\n", "txt")]


def backup_plugin(r, S):
    p = rword(r, 5, "abcdefghijklmnop")
    body = """<?php
/**
 * Plugin Name: Site Backup %(P)s
 * Description: Nightly zip of uploads and a database dump.
 */
if (!defined('ABSPATH')) { exit; }
add_action('%(p)s_nightly', function () {
    $dir = trailingslashit(wp_upload_dir()['basedir']) . '%(p)s-backups';
    wp_mkdir_p($dir);
    file_put_contents($dir . '/.htaccess', "Require all denied\\n");
    $stamp = gmdate('Ymd-His');
    $sql = $dir . '/db-' . $stamp . '.sql';
    $cmd = sprintf('mysqldump --single-transaction --host=%%s --user=%%s --password=%%s %%s > %%s 2>/dev/null',
        escapeshellarg(DB_HOST), escapeshellarg(DB_USER), escapeshellarg(DB_PASSWORD), escapeshellarg(DB_NAME), escapeshellarg($sql));
    exec($cmd, $out, $rc);
    if (0 !== $rc) { error_log('[%(p)s] mysqldump failed: ' . $rc); }
    $zip = new ZipArchive();
    if (true === $zip->open($dir . '/files-' . $stamp . '.zip', ZipArchive::CREATE)) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(WP_CONTENT_DIR . '/uploads', FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) {
            if (false === strpos($f->getPathname(), '%(p)s-backups')) { $zip->addFile($f->getPathname(), substr($f->getPathname(), strlen(WP_CONTENT_DIR) + 1)); }
        }
        $zip->close();
    }
    foreach (glob($dir . '/*-*.{sql,zip}', GLOB_BRACE) as $old) { if (filemtime($old) < time() - 14 * DAY_IN_SECONDS) { unlink($old); } }
});
register_activation_hook(__FILE__, function () { if (!wp_next_scheduled('%(p)s_nightly')) { wp_schedule_event(time() + 3600, 'daily', '%(p)s_nightly'); } });
""" % dict(p=p, P=p.title())
    return [("wp-content/plugins/%s-backup/%s-backup.php" % (p, p), body, "php")]


def page_cache_writer(r, S):
    """A cache plugin writing PHP files under wp-content/cache and including them."""
    body = """<?php
/**
 * Object/page cache helpers: data is stored as PHP arrays so OPcache keeps them in memory.
 */
class Fast_Cache_Store {
    private $dir;
    public function __construct() { $this->dir = WP_CONTENT_DIR . '/cache/fast-cache/' . get_current_blog_id(); wp_mkdir_p($this->dir); }
    private function path($key) { return $this->dir . '/' . md5($key) . '.php'; }
    public function set($key, $value, $ttl = 3600) {
        $php = '<?php return ' . var_export(array('expires' => time() + (int) $ttl, 'value' => $value), true) . ';';
        $tmp = $this->path($key) . '.' . uniqid('', true) . '.tmp';
        if (false !== file_put_contents($tmp, $php, LOCK_EX)) { rename($tmp, $this->path($key)); }
        if (function_exists('opcache_invalidate')) { opcache_invalidate($this->path($key), true); }
    }
    public function get($key) {
        $f = $this->path($key);
        if (!is_file($f)) { return false; }
        $data = include $f;
        return (is_array($data) && $data['expires'] > time()) ? $data['value'] : false;
    }
    public function flush() { array_map('unlink', glob($this->dir . '/*.php') ?: array()); }
}
"""
    return [("wp-content/plugins/fast-cache/includes/class-store.php", body, "php"),
            ("wp-content/cache/fast-cache/1/%s.php" % hexname(r, 32), "<?php return array (\n  'expires' => %d,\n  'value' => \n  array (\n    'menu' => '<ul class=\"menu\"><li><a href=\"/\">Home</a></li></ul>',\n  ),\n);" % r.randint(1700000000, 1800000000), "php")]


def template_compiler(r, S):
    body = """<?php
namespace App\\View;

/** Compiles {{ }} / {% %} templates to PHP once and includes the compiled file. */
final class Compiler
{
    public function __construct(private string $src, private string $cache) {}

    public function render(string $name, array $vars): string
    {
        $from = $this->src . '/' . basename($name) . '.tpl';
        $to = $this->cache . '/' . sha1($from) . '.php';
        if (!is_file($to) || filemtime($to) < filemtime($from)) {
            file_put_contents($to, $this->compile(file_get_contents($from)), LOCK_EX);
        }
        extract($vars, EXTR_SKIP);
        ob_start();
        include $to;
        return (string) ob_get_clean();
    }

    private function compile(string $tpl): string
    {
        $php = preg_replace_callback('/\\{\\{\\s*(.+?)\\s*\\}\\}/', fn($m) => '<?= htmlspecialchars((string) (' . $this->expr($m[1]) . '), ENT_QUOTES) ?>', $tpl);
        $php = preg_replace('/\\{%%\\s*for (\\w+) in (\\w+)\\s*%%\\}/', '<?php foreach ($$2 as $$1): ?>', $php);
        $php = preg_replace('/\\{%%\\s*endfor\\s*%%\\}/', '<?php endforeach; ?>', $php);
        $php = preg_replace('/\\{%%\\s*if (\\w+)\\s*%%\\}/', '<?php if (!empty($$1)): ?>', $php);
        return preg_replace('/\\{%%\\s*endif\\s*%%\\}/', '<?php endif; ?>', $php);
    }

    private function expr(string $e): string
    {
        if (!preg_match('/^[a-z_][a-z0-9_]*(\\.[a-z0-9_]+)*$/i', $e)) { throw new \\InvalidArgumentException('bad expression'); }
        $parts = explode('.', $e);
        return '$' . array_shift($parts) . implode('', array_map(fn($p) => "['" . $p . "']", $parts));
    }
}
""".replace("%%", "%")
    return [("src/View/Compiler.php", body, "php"),
            ("storage/views/%s.php" % hexname(r, 40), "<h1><?= htmlspecialchars((string) ($title), ENT_QUOTES) ?></h1>\n<?php foreach ($items as $item): ?><li><?= htmlspecialchars((string) ($item['name']), ENT_QUOTES) ?></li><?php endforeach; ?>\n", "php")]


def translation_file(r, S):
    body = """<?php
// Generated from de_DE.po - do not edit.
return [
    'domain' => 'site-tools',
    'plural' => 'nplurals=2; plural=(n != 1);',
    'messages' => [
        'The function %%s() is disabled on this server.' => 'Die Funktion %%s() ist auf diesem Server deaktiviert.',
        'exec() and shell_exec() are required for image optimisation.' => 'exec() und shell_exec() werden fuer die Bildoptimierung benoetigt.',
        'Could not eval the expression.' => 'Der Ausdruck konnte nicht ausgewertet werden.',
        'base64_decode() returned invalid data.' => 'base64_decode() hat ungueltige Daten zurueckgegeben.',
        'Upload a file' => 'Datei hochladen',
        'Run command' => 'Befehl ausfuehren',
        'Send e-mail to all subscribers' => 'E-Mail an alle Abonnenten senden',
        'Your password' => 'Ihr Passwort',
    ],
];
""".replace("%%", "%")
    po = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "The function %s() is disabled on this server."\n'
          'msgstr "Die Funktion %s() ist auf diesem Server deaktiviert."\n\nmsgid "system() call failed: %s"\nmsgstr "Aufruf von system() fehlgeschlagen: %s"\n')
    d = "wp-content/plugins/%s/languages/" % slug(r)
    return [(d + "site-tools-de_DE.l10n.php", body, "php"), (d + "site-tools-de_DE.po", po, "txt")]


def security_signatures(r, S):
    sigs = [{"id": "php-%03d" % i, "desc": d, "pattern": p} for i, (d, p) in enumerate((
        ("eval of decoded input", "eval\\s*\\(\\s*base64_decode\\s*\\(\\s*\\$_(POST|GET|REQUEST)"),
        ("assert with request data", "assert\\s*\\(\\s*\\$_(POST|GET|COOKIE)"),
        ("preg_replace e modifier", "preg_replace\\s*\\(\\s*['\"].+/e['\"]"),
        ("shell via backticks", "`\\$_(GET|POST)\\["),
        ("gzinflate chain", "gzinflate\\s*\\(\\s*base64_decode"),
        ("uploaded php", "move_uploaded_file\\s*\\(.+\\.php"),
    ))]
    body = """<?php
/** Scans uploads for known-bad code; patterns live in signatures.json (updated from our own API). */
class Upload_Scanner {
    private $sigs;
    public function __construct($file) { $this->sigs = json_decode(file_get_contents($file), true) ?: array(); }
    public function scan($path) {
        $code = file_get_contents($path, false, null, 0, 1048576);
        $hits = array();
        foreach ($this->sigs as $s) { if (@preg_match('~' . $s['pattern'] . '~i', $code)) { $hits[] = $s['id']; } }
        return $hits;
    }
}
"""
    d = "wp-content/plugins/upload-guard/"
    return [(d + "includes/class-upload-scanner.php", body, "php"), (d + "data/signatures.json", json.dumps(sigs, indent=1) + "\n", "json")]


def payment_ipn(r, S):
    body = """<?php
/** Payment provider IPN callback: verifies the message with the provider, then marks the order paid. */
require __DIR__ . '/../bootstrap.php';
$raw = file_get_contents('php://input');
$ch = curl_init('https://ipnpb.%s/cgi-bin/webscr');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => 'cmd=_notify-validate&' . $raw, CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => true, CURLOPT_TIMEOUT => 20, CURLOPT_HTTPHEADER => ['Connection: Close']]);
$res = curl_exec($ch);
curl_close($ch);
if ($res !== 'VERIFIED') { http_response_code(400); exit; }
parse_str($raw, $ipn);
$order = Order::find((int) ($ipn['invoice'] ?? 0));
if ($order && $ipn['payment_status'] === 'Completed' && bccomp($ipn['mc_gross'], $order->total, 2) === 0 && $ipn['receiver_email'] === MERCHANT_EMAIL) {
    $order->markPaid($ipn['txn_id']);
    mail($order->email, 'Payment received', 'Thank you, we received your payment for order #' . $order->id, 'From: shop@%s');
}
http_response_code(200);
""" % (dom(r), dom(r))
    return [("shop/ipn/notify.php", body, "php")]


def smtp_library(r, S):
    body = """<?php
namespace Acme\\Mail;

/** Minimal SMTP client (AUTH LOGIN/PLAIN over STARTTLS) used by the notification queue. */
class SmtpClient
{
    private $sock;

    public function __construct(private string $host, private int $port = 587, private int $timeout = 15) {}

    public function connect(string $user, string $pass): void
    {
        $this->sock = stream_socket_client('tcp://' . $this->host . ':' . $this->port, $no, $err, $this->timeout);
        if (!$this->sock) { throw new \\RuntimeException("SMTP connect: $err"); }
        $this->expect(220);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('STARTTLS', 220);
        stream_socket_enable_crypto($this->sock, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);
        $this->cmd('EHLO ' . gethostname(), 250);
        $this->cmd('AUTH LOGIN', 334);
        $this->cmd(base64_encode($user), 334);
        $this->cmd(base64_encode($pass), 235);
    }

    public function send(string $from, string $to, string $data): void
    {
        $this->cmd("MAIL FROM:<$from>", 250);
        $this->cmd("RCPT TO:<$to>", 250);
        $this->cmd('DATA', 354);
        $this->cmd(preg_replace('/^\\./m', '..', $data) . "\\r\\n.", 250);
    }

    private function cmd(string $line, int $code): void { fwrite($this->sock, $line . "\\r\\n"); $this->expect($code); }

    private function expect(int $code): void
    {
        do { $l = fgets($this->sock, 515); } while ($l !== false && isset($l[3]) && $l[3] === '-');
        if ((int) substr((string) $l, 0, 3) !== $code) { throw new \\RuntimeException('SMTP: ' . trim((string) $l)); }
    }
}
"""
    return [("vendor/acme/mail/src/SmtpClient.php", body, "php")]


def newsletter_queue(r, S):
    p = rword(r, 4, "abcdefghij")
    body = """<?php
/**
 * Plugin Name: Simple Newsletter %(P)s
 */
defined('ABSPATH') || exit;
add_action('%(p)s_send_batch', function () {
    global $wpdb;
    $campaign = get_option('%(p)s_campaign');
    if (!$campaign) { return; }
    $subs = $wpdb->get_results($wpdb->prepare("SELECT id, email, token FROM {$wpdb->prefix}%(p)s_subscribers WHERE confirmed = 1 AND id > %%d ORDER BY id LIMIT 50", (int) $campaign['last_id']));
    foreach ($subs as $s) {
        $unsub = add_query_arg(array('%(p)s_unsub' => $s->token), home_url('/'));
        $body = str_replace('{unsubscribe}', esc_url($unsub), wp_kses_post($campaign['body']));
        wp_mail($s->email, sanitize_text_field($campaign['subject']), $body, array('Content-Type: text/html; charset=UTF-8', 'List-Unsubscribe: <' . esc_url_raw($unsub) . '>'));
        $campaign['last_id'] = $s->id;
    }
    $subs ? update_option('%(p)s_campaign', $campaign) : delete_option('%(p)s_campaign');
});
add_action('admin_post_%(p)s_start', function () {
    if (!current_user_can('manage_options')) { wp_die('forbidden', 403); }
    check_admin_referer('%(p)s_start');
    update_option('%(p)s_campaign', array('subject' => wp_unslash($_POST['subject']), 'body' => wp_unslash($_POST['body']), 'last_id' => 0));
    if (!wp_next_scheduled('%(p)s_send_batch')) { wp_schedule_event(time(), 'hourly', '%(p)s_send_batch'); }
    wp_safe_redirect(admin_url('admin.php?page=%(p)s&started=1')); exit;
});
""" % dict(p=p, P=p.title())
    return [("wp-content/plugins/simple-newsletter-%s/newsletter.php" % p, body, "php")]


def cli_proc_open(r, S):
    body = """#!/usr/bin/env php
<?php
// bin/console assets:build - runs the front-end build and streams its output.
if (PHP_SAPI !== 'cli') { fwrite(STDERR, "CLI only\\n"); exit(1); }
$cmd = ['npm', 'run', $argv[1] ?? 'build', '--', '--mode=' . ($argv[2] ?? 'production')];
$proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => STDOUT, 2 => STDERR], $pipes, dirname(__DIR__));
if (!is_resource($proc)) { fwrite(STDERR, "cannot start npm\\n"); exit(1); }
fclose($pipes[0]);
exit(proc_close($proc));
"""
    return [("bin/assets", body, "php")]


def perl_monitor(r, S):
    body = r'''#!/usr/bin/perl
# check_services.pl - connects to each service port and reports to syslog (cron, every 5 minutes)
use strict; use warnings;
use IO::Socket::INET;
use Sys::Syslog qw(openlog syslog closelog);
my %svc = (smtp => 25, http => 80, https => 443, imap => 993, mysql => 3306);
openlog('check_services', 'pid', 'local0');
for my $name (sort keys %svc) {
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $svc{$name}, Proto => 'tcp', Timeout => 3);
    if ($s) { close $s; } else { syslog('warning', "%s (port %d) is down", $name, $svc{$name}); }
}
closelog();
'''
    return [("usr/local/sbin/check_services.pl", body, "perl")]


def python_syslog_fwd(r, S):
    body = '''#!/usr/bin/env python3
"""Forward local JSON app logs to the central syslog collector over UDP (run by systemd)."""
import json, socket, sys, time

COLLECTOR = ("%s", 514)
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

def follow(path):
    with open(path) as f:
        f.seek(0, 2)
        while True:
            line = f.readline()
            if not line:
                time.sleep(0.5)
                continue
            yield line

for line in follow(sys.argv[1]):
    try:
        rec = json.loads(line)
    except ValueError:
        continue
    msg = "<134>%%s app: %%s" %% (rec.get("ts", ""), rec.get("msg", "")[:900])
    sock.sendto(msg.encode(), COLLECTOR)
''' % ip(r)
    return [("opt/logfwd/logfwd.py", body, "python")]


def htaccess_hardening(r, S):
    body = """# Security hardening
<FilesMatch "\\.(?:php|phtml|php[3-8]?|phar)$">
    Require all denied
</FilesMatch>
<Files ~ "^(wp-config\\.php|\\.user\\.ini|\\.htaccess|error_log)$">
    Require all denied
</Files>
Options -Indexes -ExecCGI
RemoveHandler .php .phtml .php5 .cgi .pl
RemoveType .php .phtml .php5
php_flag engine off
<IfModule mod_headers.c>
    Header set X-Content-Type-Options "nosniff"
</IfModule>
"""
    return [("wp-content/uploads/.htaccess", body, "htaccess")]


def packed_js(r, S):
    """A legitimate library shipped through a p,a,c,k,e,d-style packer (eval of a built string)."""
    words = ["function", "var", "return", "this", "length", "prototype", "slider", "options", "element", "each", "jQuery", "fn"]
    src = "a b(c){d e=3.f;2 e.g(0(){d h=b(3);h.i(c.j)})}"
    body = ("/*! Responsive Slider v%d.%d.%d | MIT */\n" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9)) +
            "eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
            "('%s',36,%d,'%s'.split('|'),0,{}))\n" % (src, len(words), "|".join(words)))
    return [("wp-content/themes/%s/assets/js/slider.min.js" % theme(r), body, "js")]


def file_manager_admin(r, S):
    body = """<?php
/** Admin > Media > Files: browse and delete files in uploads (administrators only). */
defined('ABSPATH') || exit;
add_action('admin_menu', function () {
    add_media_page('Files', 'Files', 'manage_options', 'upl-files', 'upl_files_page');
});
function upl_files_page() {
    if (!current_user_can('manage_options')) { wp_die(__('Sorry, you are not allowed to access this page.')); }
    $base = realpath(wp_upload_dir()['basedir']);
    $rel = isset($_GET['d']) ? wp_unslash($_GET['d']) : '';
    $dir = realpath($base . '/' . $rel);
    if (!$dir || strpos($dir, $base) !== 0) { $dir = $base; }
    if (isset($_POST['delete']) && check_admin_referer('upl_delete')) {
        $f = realpath($dir . '/' . basename(wp_unslash($_POST['delete'])));
        if ($f && strpos($f, $base) === 0 && is_file($f)) { wp_delete_file($f); }
    }
    echo '<div class="wrap"><h1>Files</h1><table class="widefat">';
    foreach (scandir($dir) as $f) {
        if ($f[0] === '.') { continue; }
        printf('<tr><td>%s</td><td>%s</td><td><form method="post">%s<button name="delete" value="%s" class="button-link-delete">Delete</button></form></td></tr>',
            esc_html($f), size_format(@filesize($dir . '/' . $f)), wp_nonce_field('upl_delete', '_wpnonce', true, false), esc_attr($f));
    }
    echo '</table></div>';
}
"""
    return [("wp-content/plugins/upload-files-admin/upload-files-admin.php", body, "php")]


def image_upload_handler(r, S):
    body = """<?php
// Avatar upload: only real images, re-encoded, random names, outside the docroot's PHP handling.
session_start();
if (empty($_SESSION['uid'])) { http_response_code(401); exit; }
$f = $_FILES['avatar'] ?? null;
if (!$f || $f['error'] !== UPLOAD_ERR_OK || $f['size'] > 2 * 1024 * 1024) { exit('bad upload'); }
$info = @getimagesize($f['tmp_name']);
if (!$info || !in_array($info[2], [IMAGETYPE_JPEG, IMAGETYPE_PNG, IMAGETYPE_GIF], true)) { exit('not an image'); }
$img = imagecreatefromstring(file_get_contents($f['tmp_name']));
$name = bin2hex(random_bytes(12)) . '.jpg';
imagejpeg($img, __DIR__ . '/../storage/avatars/' . $name, 85);
imagedestroy($img);
echo json_encode(['url' => '/avatars/' . $name]);
"""
    return [("public/api/avatar.php", body, "php")]


def email_validator_lib(r, S):
    body = """<?php
/** Signup e-mail check: syntax, MX record, disposable-domain list. No SMTP probing. */
function signup_email_ok(string $email): bool
{
    if (!filter_var($email, FILTER_VALIDATE_EMAIL)) { return false; }
    $domain = strtolower(substr(strrchr($email, '@'), 1));
    static $disposable = null;
    $disposable ??= array_flip(file(__DIR__ . '/disposable.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
    if (isset($disposable[$domain])) { return false; }
    return checkdnsrr($domain, 'MX') || checkdnsrr($domain, 'A');
}
"""
    return [("lib/email_check.php", body, "php"), ("lib/disposable.txt", "mailinator.example\ntrashmail.example\n", "txt")]


def sms_notifier(r, S):
    body = """<?php
/**
 * Plugin Name: Order SMS Notifications
 * Description: Texts the customer when an order ships (opt-in at checkout).
 */
defined('ABSPATH') || exit;
add_action('woocommerce_order_status_completed', function ($order_id) {
    $order = wc_get_order($order_id);
    if (!$order || 'yes' !== $order->get_meta('_sms_opt_in')) { return; }
    $phone = preg_replace('/[^0-9+]/', '', $order->get_billing_phone());
    wp_remote_post('https://api.%s/v1/messages', array(
        'timeout' => 10,
        'headers' => array('Authorization' => 'Bearer ' . get_option('osn_api_key'), 'Content-Type' => 'application/json'),
        'body' => wp_json_encode(array('to' => $phone, 'from' => get_option('osn_sender', 'SHOP'),
            'text' => sprintf(__('Your order #%%s has shipped. Thank you!', 'osn'), $order->get_order_number()))),
    ));
});
""" % dom(r)
    return [("wp-content/plugins/order-sms-notifications/order-sms.php", body, "php")]


def real_login_page(r, S):
    """A bank's own login page (posts to its own endpoint, CSP, no third party)."""
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in - Example Community Bank</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; form-action 'self'">
<link rel="stylesheet" href="/static/css/login.css"></head>
<body><main><img src="/static/img/logo.svg" alt="Example Community Bank">
<form method="post" action="/auth/login" autocomplete="on">
<input type="hidden" name="csrf_token" value="%s">
<label>Online ID</label><input name="username" autocomplete="username" required>
<label>Password</label><input type="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>
<p><a href="/auth/forgot">Forgot your password?</a> | <a href="/security">Security center</a></p>
</main><script src="/static/js/login.js" defer></script></body></html>
""" % hexname(r, 40)
    js = "document.querySelector('form').addEventListener('submit',function(){this.querySelector('button').disabled=true;});\n"
    return [("public/login/index.html", html, "html"), ("public/static/js/login.js", js, "js")]


def wp_cli_command(r, S):
    body = """<?php
if (!defined('WP_CLI') || !WP_CLI) { return; }
/** wp site-tools purge|reindex - maintenance commands for cron. */
class Site_Tools_Command {
    /** @subcommand purge */
    public function purge($args, $assoc) {
        WP_CLI::runcommand('cache flush');
        WP_CLI::runcommand('transient delete --expired');
        WP_CLI::success('Purged.');
    }
    public function reindex($args, $assoc) {
        $ids = get_posts(array('post_type' => 'any', 'fields' => 'ids', 'numberposts' => -1));
        $bar = \\WP_CLI\\Utils\\make_progress_bar('Reindexing', count($ids));
        foreach ($ids as $id) { do_action('site_tools_reindex', $id); $bar->tick(); }
        $bar->finish();
    }
}
WP_CLI::add_command('site-tools', 'Site_Tools_Command');
"""
    return [("wp-content/mu-plugins/site-tools-cli.php", body, "php")]


def legit_crontab(r, S):
    u = rword(r, 6, "abcdefghijklmnop")
    body = ("MAILTO=ops@%s\n*/5 * * * * cd /home/%s/public_html && /usr/local/bin/php wp-cron.php >/dev/null 2>&1\n"
            "17 3 * * * /usr/local/bin/wp --path=/home/%s/public_html db export /home/%s/backups/db-$(date +\\%%F).sql --quiet\n"
            "0 4 * * 0 find /home/%s/backups -name 'db-*.sql' -mtime +30 -delete\n"
            "*/15 * * * * /usr/bin/flock -n /tmp/%s-queue.lock /usr/local/bin/php /home/%s/app/artisan queue:work --stop-when-empty\n"
            % (dom(r), u, u, u, u, u, u))
    return [("var/spool/cron/crontabs/" + u, body, "crontab")]


def deploy_script(r, S):
    body = """#!/bin/bash
# deploy.sh - pull the release tag, install dependencies, switch the symlink atomically.
set -euo pipefail
TAG=${1:?usage: deploy.sh TAG}
APP=/srv/app
REL=$APP/releases/$(date +%Y%m%d%H%M%S)
git clone --depth 1 --branch "$TAG" git@git.example.com:web/app.git "$REL"
cd "$REL"
composer install --no-dev --prefer-dist --no-interaction --quiet
php artisan migrate --force
ln -sfn "$REL" "$APP/current.tmp" && mv -T "$APP/current.tmp" "$APP/current"
sudo systemctl reload php8.2-fpm
ls -1dt "$APP"/releases/* | tail -n +6 | xargs -r rm -rf
"""
    return [("srv/app/bin/deploy.sh", body, "sh")]


def python_backup(r, S):
    body = '''#!/usr/bin/env python3
"""Nightly: tar the site, upload to the backup host over HTTPS with a token, keep 7 locally."""
import datetime, glob, os, subprocess, tarfile, urllib.request

SITE = "/home/%s/public_html"
OUT = "/home/%s/backups"
stamp = datetime.date.today().isoformat()
path = os.path.join(OUT, "site-%%s.tar.gz" %% stamp)
with tarfile.open(path, "w:gz") as t:
    t.add(SITE, arcname="public_html", filter=lambda ti: None if "/cache/" in ti.name else ti)
subprocess.run(["mysqldump", "--defaults-extra-file=/home/%s/.my.cnf", "--single-transaction", "wpdb"],
               stdout=open(os.path.join(OUT, "db-%%s.sql" %% stamp), "wb"), check=True)
req = urllib.request.Request("https://backup.%s/upload/" + os.path.basename(path), data=open(path, "rb").read(), method="PUT",
                             headers={"Authorization": "Token " + os.environ["BACKUP_TOKEN"]})
urllib.request.urlopen(req, timeout=300)
for old in sorted(glob.glob(os.path.join(OUT, "site-*.tar.gz")))[:-7]:
    os.remove(old)
''' % ((rword(r, 6),) * 3 + (dom(r),))
    return [("home/bin/site_backup.py", body, "python")]


def joomla_config(r, S):
    body = """<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Example Travel';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'jml_%s';
	public $password = '%s';
	public $db = 'jml_site';
	public $dbprefix = '%s_';
	public $secret = '%s';
	public $gzip = false;
	public $error_reporting = 'default';
	public $mailer = 'smtp';
	public $mailfrom = 'info@%s';
	public $smtpauth = true;
	public $smtpuser = 'info@%s';
	public $smtppass = '%s';
	public $smtphost = 'mail.%s';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $log_path = '/home/site/public_html/administrator/logs';
	public $tmp_path = '/home/site/public_html/tmp';
	public $session_handler = 'database';
}
""" % (rword(r, 4), rword(r, 16), rword(r, 5), rword(r, 16), dom(r), dom(r), rword(r, 14), dom(r))
    return [("configuration.php", body, "php")]


def long_core_benign(r, S):
    """A long core-style class file (the container of the core-deep injections), unmodified."""
    from common4 import WP_CORE
    path, cls = r.choice(WP_CORE)
    return [(path, "\n".join(core_class(r, cls, r.randint(40, 70))) + "\n", "php")]


def minified_plugin(r, S):
    """A legitimate plugin file served minified on one line (some builders do this)."""
    from common4 import minify
    code = big_plugin(r, slug(r).replace("-", "_"), r.randint(8, 14))
    return [("wp-content/plugins/%s/dist/plugin.min.php" % slug(r), "<?php " + minify(code[len("<?php"):]) + "\n", "php")]


def opcache_reset(r, S):
    body = """<?php
// Called by the deploy job over localhost after a release switch.
if (!in_array($_SERVER['REMOTE_ADDR'] ?? '', ['127.0.0.1', '::1'], true)) { http_response_code(403); exit; }
if (!hash_equals(trim((string) @file_get_contents('/etc/app/opcache.token')), (string) ($_POST['token'] ?? ''))) { http_response_code(403); exit; }
echo json_encode(['reset' => function_exists('opcache_reset') && opcache_reset(), 'time' => date(DATE_ATOM)]);
"""
    return [("public/_ops/opcache-reset.php", body, "php")]


def bom_crlf_legacy(r, S):
    """An old, legitimate PHP 5-era include: BOM, CRLF, short echo tags, Windows-1251 comments."""
    body = ("<?php\r\n// \u0448\u0430\u043f\u043a\u0430 \u0441\u0430\u0439\u0442\u0430 (header)\r\nif (!defined('IN_SITE')) die('Hacking attempt');\r\n"
            "$title = isset($page_title) ? htmlspecialchars($page_title) : '\u0413\u043b\u0430\u0432\u043d\u0430\u044f';\r\n?>\r\n"
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title><?=$title?></title></head>\r\n"
            "<body><table width=\"100%\"><tr><td><a href=\"index.php\"><?=$title?></a></td></tr></table>\r\n")
    data = body.encode("cp1251")
    if r.random() < 0.5:
        data = b"\xef\xbb\xbf" + body.encode("utf-8")
    return [("inc/header.inc.php", data, "php")]


def gallery_image(r, S):
    """A real image with EXIF-ish text and a PHP thumbnailer next to it."""
    from common4 import image_bytes
    body = """<?php
$src = __DIR__ . '/' . basename((string) ($_GET['f'] ?? ''));
if (!is_file($src) || !preg_match('/\\.(jpe?g|png|gif)$/i', $src)) { http_response_code(404); exit; }
$im = imagecreatefromstring(file_get_contents($src));
$t = imagescale($im, 200);
header('Content-Type: image/jpeg'); header('Cache-Control: max-age=86400');
imagejpeg($t, null, 80);
"""
    return [("gallery/thumb.php", body, "php"), ("gallery/%s.png" % hexname(r, 6), image_bytes(r), "bin")]


TEMPLATES = [
    ("db_admin_tool", db_admin_tool, 5), ("server_status", server_status, 4), ("installer_script", installer_script, 4),
    ("backup_plugin", backup_plugin, 6), ("page_cache_writer", page_cache_writer, 5), ("template_compiler", template_compiler, 4),
    ("translation_file", translation_file, 4), ("security_signatures", security_signatures, 4), ("payment_ipn", payment_ipn, 4),
    ("smtp_library", smtp_library, 4), ("newsletter_queue", newsletter_queue, 5), ("cli_proc_open", cli_proc_open, 4),
    ("perl_monitor", perl_monitor, 4), ("python_syslog_fwd", python_syslog_fwd, 4), ("htaccess_hardening", htaccess_hardening, 4),
    ("packed_js", packed_js, 5), ("file_manager_admin", file_manager_admin, 5), ("image_upload_handler", image_upload_handler, 4),
    ("email_validator_lib", email_validator_lib, 4), ("sms_notifier", sms_notifier, 5), ("real_login_page", real_login_page, 5),
    ("wp_cli_command", wp_cli_command, 4), ("legit_crontab", legit_crontab, 4), ("deploy_script", deploy_script, 4),
    ("python_backup", python_backup, 4), ("joomla_config", joomla_config, 4), ("long_core_benign", long_core_benign, 6),
    ("minified_plugin", minified_plugin, 5), ("opcache_reset", opcache_reset, 3), ("bom_crlf_legacy", bom_crlf_legacy, 4),
    ("gallery_image", gallery_image, 4),
]
