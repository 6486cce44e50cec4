"""Benign look-alikes of the train6 set: the same APIs used legitimately
(file managers behind auth, fixed admin commands, validated uploads, plugin
hooks, newsletters, SMTP tests, notification bots, proxies, sockets in
monitoring scripts, deploy and backup scripts, crontabs, dotfiles, login
pages of the site's own app, checkout scripts). Written blind."""

from t6_common import T, rw, ip, dom, php, script, F, wp_filler, plugin_header


def b_fm(r, v):
    c = """<?php
require __DIR__ . '/../bootstrap.php';
Auth::requireRole('admin');
$base = realpath(STORAGE_DIR);
$rel = $_GET['dir'] ?? '';
$dir = realpath($base . '/' . $rel);
if ($dir === false || strpos($dir, $base) !== 0) { http_response_code(400); exit('bad path'); }
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    Csrf::check($_POST['token'] ?? '');
    $name = basename($_POST['name']);
    if (!preg_match('/\\.(txt|md|json)$/', $name)) { exit('type not allowed'); }
    file_put_contents($dir . '/' . $name, $_POST['content']);
}
foreach (new DirectoryIterator($dir) as $f) {
    if ($f->isDot()) continue;
    printf('<li>%s (%d bytes)</li>', htmlspecialchars($f->getFilename()), $f->getSize());
}
"""
    return [php(r, c, "admin/files.php")]


def b_cmd(r, v):
    c = """<?php
// Server status page for the site owner (behind HTTP auth in .htaccess)
$checks = [
    'disk' => 'df -h ' . escapeshellarg(__DIR__),
    'php' => 'php -v',
    'uptime' => 'uptime',
];
$which = $_GET['check'] ?? 'disk';
if (!isset($checks[$which])) { http_response_code(404); exit; }
$spec = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$p = proc_open($checks[$which], $spec, $pipes);
echo '<pre>' . htmlspecialchars(stream_get_contents($pipes[1])) . '</pre>';
proc_close($p);
"""
    return [php(r, c, "status/index.php")]


def b_upload(r, v):
    c = """<?php
session_start();
if (empty($_SESSION['user_id'])) { header('Location: /login'); exit; }
$f = $_FILES['avatar'] ?? null;
if ($f && $f['error'] === UPLOAD_ERR_OK && $f['size'] < 2 * 1024 * 1024) {
    $info = getimagesize($f['tmp_name']);
    $ext = [IMAGETYPE_JPEG => 'jpg', IMAGETYPE_PNG => 'png'][$info[2] ?? 0] ?? null;
    if ($ext) {
        $dest = __DIR__ . '/uploads/avatars/' . bin2hex(random_bytes(16)) . '.' . $ext;
        move_uploaded_file($f['tmp_name'], $dest);
        echo json_encode(['ok' => true]);
        exit;
    }
}
http_response_code(422);
echo json_encode(['ok' => false]);
"""
    return [php(r, c, "account/avatar.php")]


def b_plugin(r, v):
    pre = "wp" + rw(r, 3)
    extra = r.choice(["""add_action('rest_api_init', function () {
    register_rest_route('%s/v1', '/stats', array(
        'methods' => 'GET',
        'permission_callback' => function () { return current_user_can('manage_options'); },
        'callback' => function ($req) { return array('posts' => wp_count_posts()->publish); },
    ));
});
""" % pre, """add_action('wp_ajax_%s_save', function () {
    check_ajax_referer('%s_nonce');
    if (!current_user_can('edit_posts')) wp_send_json_error();
    update_option('%s_layout', sanitize_text_field(wp_unslash($_POST['layout'] ?? '')));
    wp_send_json_success();
});
""" % (pre, pre, pre)])
    parts = wp_filler(r, pre, r.randint(6, 12))
    parts.insert(r.randint(1, len(parts) - 1), extra)
    slug = r.choice(("form-layouts", "seo-snippets", "post-grid-lite"))
    return [php(r, "<?php\n" + plugin_header(r, pre) + "\n".join(parts), "wp-content/plugins/%s/%s.php" % (slug, slug), "app-file")]


def b_newsletter(r, v):
    if v % 2 == 0:
        c = """<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require __DIR__ . '/vendor/autoload.php';
$cfg = require __DIR__ . '/config/mail.php';
$db = new PDO($cfg['dsn'], $cfg['db_user'], $cfg['db_pass']);
$rows = $db->query("SELECT id, email, token FROM subscribers WHERE confirmed = 1 AND unsubscribed_at IS NULL AND last_issue < " . (int) $cfg['issue'] . " LIMIT 100");
$m = new PHPMailer(true);
$m->isSMTP(); $m->Host = $cfg['smtp_host']; $m->SMTPAuth = true; $m->Username = $cfg['smtp_user']; $m->Password = $cfg['smtp_pass']; $m->Port = 587; $m->SMTPSecure = 'tls';
$m->setFrom('news@example.com', 'Example Bakery');
foreach ($rows as $s) {
    $m->clearAddresses(); $m->clearCustomHeaders();
    $m->addAddress($s['email']);
    $unsub = 'https://www.example.com/unsubscribe?t=' . $s['token'];
    $m->addCustomHeader('List-Unsubscribe', '<' . $unsub . '>');
    $m->Subject = 'Our autumn menu';
    $m->Body = str_replace('{unsubscribe}', $unsub, file_get_contents(__DIR__ . '/issues/current.html'));
    $m->isHTML(true);
    $m->send();
    $db->prepare('UPDATE subscribers SET last_issue = ? WHERE id = ?')->execute([$cfg['issue'], $s['id']]);
}
"""
    else:
        c = """<?php
// contact form
$name = trim(strip_tags($_POST['name'] ?? ''));
$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$msg = trim($_POST['message'] ?? '');
if (!$email || $name === '' || $msg === '' || preg_match('/[\\r\\n]/', $name)) { http_response_code(400); exit('Please fill in all fields.'); }
$headers = "From: Website <noreply@example.com>\\r\\nReply-To: $email\\r\\nContent-Type: text/plain; charset=utf-8";
mail('office@example.com', 'Contact form: ' . $name, $msg, $headers);
header('Location: /thanks.html');
"""
    return [php(r, c, "lib/newsletter-send.php" if v % 2 == 0 else "contact/send.php")]


def b_smtp_test(r, v):
    c = """<?php
// Admin tool: test the configured SMTP relay (one mail to the admin)
require 'config.php';
if (!is_admin()) exit;
$s = stream_socket_client('tcp://' . SMTP_HOST . ':587', $e, $es, 10);
$log = [];
$cmd = function ($line) use ($s, &$log) { fwrite($s, $line . "\\r\\n"); $log[] = '> ' . $line; $log[] = '< ' . fgets($s, 512); };
$log[] = fgets($s, 512);
$cmd('EHLO ' . gethostname());
$cmd('QUIT');
echo '<pre>' . htmlspecialchars(implode("\\n", $log)) . '</pre>';
"""
    return [php(r, c, "admin/tools/smtp-check.php")]


def b_tg_notify(r, v):
    tok = "%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rw(r, 35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    if v % 2:
        c = T("""import json, os, sys, urllib.request, urllib.parse
TOKEN = os.environ.get('TG_TOKEN', '@T@')
CHAT = os.environ.get('TG_CHAT', '12345678')
def notify(text):
    data = urllib.parse.urlencode({'chat_id': CHAT, 'text': text}).encode()
    urllib.request.urlopen('https://api.telegram.org/bot%s/sendMessage' % TOKEN, data, timeout=10)
if __name__ == '__main__':
    usage = os.statvfs('/home')
    free = usage.f_bavail * usage.f_frsize / 2 ** 30
    if free < float(sys.argv[1] if len(sys.argv) > 1 else 5):
        notify('Disk space low on %s: %.1f GB free' % (os.uname().nodename, free))
""", T=tok)
        return [script(r, "python", c, "plain", "bin/disk-alert.py")]
    c = T("""<?php
// WooCommerce: tell the shop owner about new orders
add_action('woocommerce_new_order', function ($order_id) {
    $o = wc_get_order($order_id);
    $text = sprintf('New order #%d: %s %s', $order_id, $o->get_total(), $o->get_currency());
    wp_remote_post('https://api.telegram.org/bot' . get_option('shop_tg_token', '@T@') . '/sendMessage', array('body' => array('chat_id' => get_option('shop_tg_chat'), 'text' => $text)));
});
""", T=tok)
    return [php(r, c, "wp-content/plugins/order-notify/order-notify.php", "app-file")]


def b_discord_deploy(r, v):
    c = T("""#!/bin/bash
set -euo pipefail
cd /home/@U@/app
git pull --ff-only
composer install --no-dev --optimize-autoloader
php artisan migrate --force
rev=$(git rev-parse --short HEAD)
curl -fsS -H 'Content-Type: application/json' -d "{\\"content\\":\\"Deployed $rev to production\\"}" "$DISCORD_WEBHOOK_URL"
""", U=rw(r, 6))
    return [F(c, "deploy.sh", "sh", "plain")]


def b_login(r, v):
    c = """<?php
session_start();
require __DIR__ . '/db.php';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $st = $pdo->prepare('SELECT id, password_hash FROM users WHERE email = ?');
    $st->execute([$_POST['email'] ?? '']);
    $u = $st->fetch();
    if ($u && password_verify($_POST['password'] ?? '', $u['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['uid'] = $u['id'];
        header('Location: /dashboard');
        exit;
    }
    $error = 'Invalid email or password';
}
?><!DOCTYPE html><html><head><title>Sign in</title></head><body>
<form method="post"><input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>
<?php if (!empty($error)) echo '<p>' . htmlspecialchars($error) . '</p>'; ?>
</body></html>
"""
    return [php(r, c, "login.php")]


def b_proxy(r, v):
    c = """<?php
// Same-origin proxy for the public weather API (fixed upstream, GET only)
$city = preg_replace('/[^a-z\\- ]/i', '', $_GET['city'] ?? '');
$ch = curl_init('https://api.example.com/v1/weather?city=' . urlencode($city) . '&key=' . getenv('WEATHER_KEY'));
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 5]);
$out = curl_exec($ch);
header('Content-Type: application/json');
header('Cache-Control: max-age=600');
echo $out ?: '{}';
"""
    return [php(r, c, "api/weather.php")]


def b_monitor(r, v):
    h = ip(r)
    if v % 3 == 0:
        c = T("""import socket, sys, time
HOSTS = [('@H@', 443), ('127.0.0.1', 3306), ('127.0.0.1', 6379)]
def check(h, p):
    s = socket.socket()
    s.settimeout(3)
    try:
        s.connect((h, p))
        return True
    except OSError:
        return False
    finally:
        s.close()
for h, p in HOSTS:
    print('%-15s %5d %s' % (h, p, 'up' if check(h, p) else 'DOWN'))
""", H=h)
        return [script(r, "python", c, "plain", "tools/portcheck.py")]
    if v % 3 == 1:
        c = """use strict;
use IO::Socket::INET;
my @targets = (['127.0.0.1', 80], ['127.0.0.1', 443]);
for my $t (@targets) {
  my $s = IO::Socket::INET->new(PeerAddr => $t->[0], PeerPort => $t->[1], Timeout => 3);
  printf "%s:%d %s\\n", @$t, $s ? 'open' : 'closed';
  close $s if $s;
}
"""
        return [script(r, "perl", c, "plain", "cgi-bin/check.pl")]
    c = """const net = require('net');
const server = net.createServer((sock) => {
  sock.end(JSON.stringify({ status: 'ok', time: Date.now() }) + '\\n');
});
server.listen(process.env.HEALTH_PORT || 9100, '127.0.0.1');
"""
    return [script(r, "js", c, "plain", "app/health.js")]


def b_irc_logger(r, v):
    c = """import socket, datetime
s = socket.create_connection(('irc.example.net', 6667))
s.send(b'NICK logbot-example\\r\\nUSER logbot 0 * :channel logger\\r\\nJOIN #example-dev\\r\\n')
with open('logs/example-dev.log', 'a') as log:
    for raw in s.makefile('rb'):
        line = raw.decode('utf-8', 'replace').rstrip()
        if line.startswith('PING'):
            s.send(('PONG' + line[4:] + '\\r\\n').encode())
        elif ' PRIVMSG #example-dev ' in line:
            log.write('%s %s\\n' % (datetime.datetime.utcnow().isoformat(), line))
            log.flush()
"""
    return [script(r, "python", c, "plain", "irc/logger.py")]


def b_backup(r, v):
    u = rw(r, 6)
    if v % 2:
        c = T("""#!/bin/bash
set -e
D=/home/@U@/backups/$(date +%F)
mkdir -p "$D"
mysqldump --single-transaction -u @U@ @U@_wp | gzip > "$D/db.sql.gz"
tar czf "$D/files.tgz" -C /home/@U@ public_html --exclude=public_html/wp-content/cache
find /home/@U@/backups -maxdepth 1 -mtime +14 -exec rm -rf {} +
""", U=u)
        return [F(c, "bin/backup.sh", "sh", "plain")]
    c = T("""SHELL=/bin/bash
MAILTO=@U@@example.com
*/5 * * * * /usr/local/bin/php /home/@U@/public_html/wp-cron.php >/dev/null 2>&1
30 2 * * * /home/@U@/bin/backup.sh >> /home/@U@/logs/backup.log 2>&1
0 4 * * 0 curl -fsS -o /dev/null https://hc-ping.example.com/@K@
15 3 * * * cd /home/@U@/app && /usr/local/bin/php artisan schedule:run >> /dev/null 2>&1
""", U=u, K=rw(r, 12))
    return [F(c, "var/spool/cron/" + u, "crontab", "plain")]


def b_systemd(r, v):
    c = """#!/bin/sh
# install the app's user service (documented in README)
mkdir -p "$HOME/.config/systemd/user"
cat > "$HOME/.config/systemd/user/shop-worker.service" <<UNIT
[Unit]
Description=Shop queue worker
[Service]
WorkingDirectory=%h/app
ExecStart=/usr/bin/node %h/app/worker.js
Restart=on-failure
[Install]
WantedBy=default.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now shop-worker.service
"""
    return [F(c, "app/scripts/install-service.sh", "sh", "plain")]


def b_dotfiles(r, v):
    if v % 2:
        c = """# ~/.bashrc
[ -z "$PS1" ] && return
HISTSIZE=5000
HISTCONTROL=ignoreboth
alias ll='ls -alF'
alias gs='git status'
alias ps='ps -o pid,user,%cpu,%mem,cmd'
export PATH="$HOME/.local/bin:$HOME/.composer/vendor/bin:$PATH"
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
if [ -z "$SSH_AUTH_SOCK" ]; then eval "$(ssh-agent -s)" >/dev/null; fi
"""
        return [F(c, ".bashrc", "sh", "dotfile")]
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rw(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    c = """#!/bin/sh
# add the agency's deploy key for this account (run once, by the owner)
set -e
mkdir -p ~/.ssh && chmod 700 ~/.ssh
KEY='%s deploy@example.com'
grep -qxF "$KEY" ~/.ssh/authorized_keys 2>/dev/null || echo "$KEY" >> ~/.ssh/authorized_keys
chmod 600 ~/.ssh/authorized_keys
""" % key
    return [F(c, "setup/add-deploy-key.sh", "sh", "plain")]


def b_download(r, v):
    c = """#!/bin/sh
# fetch and verify the release archive, then install it
set -eu
VER=2.4.1
cd "$(mktemp -d)"
curl -fsSLO "https://downloads.example.com/tool/v$VER/tool-linux-amd64.tar.gz"
curl -fsSLO "https://downloads.example.com/tool/v$VER/SHA256SUMS"
sha256sum -c --ignore-missing SHA256SUMS
tar xzf tool-linux-amd64.tar.gz
install -m 0755 tool "$HOME/.local/bin/tool"
"""
    return [F(c, "scripts/get-tool.sh", "sh", "plain")]


def b_loadtest(r, v):
    c = """import concurrent.futures, statistics, sys, time, urllib.request
# load test of our own staging site (localhost only)
URL = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:8000/'
assert URL.startswith('http://127.0.0.1') or URL.startswith('http://localhost')
def hit(_):
    t = time.time()
    urllib.request.urlopen(URL, timeout=10).read()
    return time.time() - t
with concurrent.futures.ThreadPoolExecutor(20) as ex:
    times = list(ex.map(hit, range(500)))
print('median %.3fs p95 %.3fs' % (statistics.median(times), sorted(times)[int(len(times) * .95)]))
"""
    return [script(r, "python", c, "plain", "tests/load.py")]


def b_ssh_deploy(r, v):
    c = """import os, paramiko
HOSTS = ['web1.example.com', 'web2.example.com']
key = paramiko.Ed25519Key.from_private_key_file(os.path.expanduser('~/.ssh/deploy_ed25519'))
for h in HOSTS:
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.connect(h, username='deploy', pkey=key)
    _, out, err = c.exec_command('cd /srv/app && git pull --ff-only && sudo systemctl reload php-fpm')
    print(h, out.read().decode(), err.read().decode())
    c.close()
"""
    return [script(r, "python", c, "plain", "ops/deploy.py")]


def b_appfiles(r, v):
    k = v % 4
    if k == 0:
        c = """<?php
return [
    'backend' => ['frontName' => 'admin_shop'],
    'crypt' => ['key' => '%s'],
    'db' => ['table_prefix' => '', 'connection' => ['default' => ['host' => 'localhost', 'dbname' => 'mg2', 'username' => 'mg2', 'password' => '%s', 'active' => '1']]],
    'MAGE_MODE' => 'production',
    'session' => ['save' => 'files'],
];
""" % (rw(r, 32), rw(r, 12))
        return [php(r, c, "app/etc/env.php", "app-file")]
    if k == 1:
        c = """<?php

use Illuminate\\Support\\Facades\\Route;
use App\\Http\\Controllers\\ProfileController;

Route::get('/', fn () => view('welcome'));
Route::middleware('auth')->group(function () {
    Route::get('/profile', [ProfileController::class, 'edit'])->name('profile.edit');
    Route::patch('/profile', [ProfileController::class, 'update'])->name('profile.update');
});
Route::post('/webhooks/stripe', [\\App\\Http\\Controllers\\StripeWebhookController::class, 'handle']);
"""
        return [php(r, c, "routes/web.php", "app-file")]
    if k == 2:
        c = """<?php
class JConfig {
	public $offline = '0';
	public $sitename = 'Pizzeria Roma';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'jroma';
	public $password = '%s';
	public $db = 'jroma_db';
	public $dbprefix = 'x7k_';
	public $secret = '%s';
	public $mailer = 'smtp';
	public $mailfrom = 'info@example.com';
	public $smtphost = 'mail.example.com';
}
""" % (rw(r, 14), rw(r, 16))
        return [php(r, c, "configuration.php", "app-file")]
    c = """<?php
$databases['default']['default'] = [
  'database' => 'drupal_site',
  'username' => 'drupal',
  'password' => '%s',
  'host' => 'localhost',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '%s';
$settings['trusted_host_patterns'] = ['^www\\.example\\.com$'];
""" % (rw(r, 12), rw(r, 40))
    return [php(r, c, "sites/default/settings.php", "app-file")]


def b_checkout_js(r, v):
    c = """document.addEventListener('DOMContentLoaded', async () => {
  const stripe = Stripe(document.body.dataset.stripeKey);
  const elements = stripe.elements();
  const card = elements.create('card');
  card.mount('#card-element');
  document.querySelector('#payment-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const { clientSecret } = await (await fetch('/checkout/intent', { method: 'POST', headers: { 'X-CSRF-Token': document.querySelector('meta[name=csrf]').content } })).json();
    const res = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
    if (res.error) document.querySelector('#card-errors').textContent = res.error.message;
    else location.href = '/checkout/thanks';
  });
  navigator.sendBeacon('/analytics/event', JSON.stringify({ e: 'checkout_view', t: Date.now() }));
});
"""
    return [F(c, "assets/js/checkout.js", "js", "plain")]


def b_sso_html(r, v):
    c = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Example Corp intranet – sign in</title></head>
<body><form id="f" action="/auth/login" method="post"><input id="e" name="email" type="email"><input name="password" type="password"><button>Sign in</button></form>
<script>
var hint = new URLSearchParams(location.search).get('login_hint');
if (hint) document.getElementById('e').value = hint;
</script></body></html>
"""
    return [F(c, "intranet/login.html", "html", "plain")]


def b_obf_legit(r, v):
    if v % 2:
        icon = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR42mNk+M9Qz0AEYBxVSF+FAP5FDvcfRYWgAAAAAElFTkSuQmCC"
        c = """<?php
// single-file gallery viewer: icons are embedded
const ICONS = ['folder' => '%s'];
if (isset($_GET['icon'], ICONS[$_GET['icon']])) { header('Content-Type: image/png'); echo base64_decode(ICONS[$_GET['icon']]); exit; }
foreach (glob(__DIR__ . '/photos/*.jpg') as $p) { echo '<img src="photos/' . rawurlencode(basename($p)) . '" loading="lazy">'; }
""" % icon
        return [php(r, c, "gallery/index.php")]
    c = """<?php
// compiled template cache (generated by the theme's template engine)
class Tpl_%s {
    public static function render(array $v): string {
        ob_start();
        echo '<h1>' . htmlspecialchars($v['title']) . '</h1>';
        foreach ($v['items'] as $i) { echo '<li>' . htmlspecialchars($i) . '</li>'; }
        return ob_get_clean();
    }
}
""" % rw(r, 8)
    return [php(r, c, "cache/tpl/%s.php" % rw(r, 12))]


def b_socks_doc(r, v):
    c = """#!/bin/sh
# developer tunnel to the staging database (documented in docs/dev.md)
exec ssh -N -L 127.0.0.1:3307:127.0.0.1:3306 -o ServerAliveInterval=60 dev@staging.example.com
"""
    return [F(c, "bin/db-tunnel.sh", "sh", "plain")]


def b_node_mail(r, v):
    c = """const nodemailer = require('nodemailer');
const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });
module.exports = async function sendReceipt(order) {
  await transport.sendMail({
    from: '"Example Shop" <orders@example.com>',
    to: order.email,
    subject: `Your receipt for order #${order.id}`,
    text: `Thanks for your order of ${order.total}.`,
  });
};
"""
    return [F(c, "app/lib/receipt.js", "js", "plain")]


def b_perl_cgi(r, v):
    c = """use strict;
use CGI;
use Net::SMTP;
my $q = CGI->new;
my $from = $q->param('email') // '';
print $q->header('text/plain');
if ($from !~ /^[^@\\s]+@[^@\\s]+$/) { print "invalid email\\n"; exit; }
my $s = Net::SMTP->new('localhost');
$s->mail('www@example.com'); $s->to('office@example.com');
$s->data("From: www\\@example.com\\nReply-To: $from\\nSubject: Website enquiry\\n\\n" . ($q->param('msg') // ''));
$s->quit;
print "thanks\\n";
"""
    return [script(r, "perl", c, "plain", "cgi-bin/contact.pl")]


TECHS = [
    ("file-manager-auth", b_fm), ("fixed-admin-commands", b_cmd), ("validated-upload", b_upload),
    ("plugin-rest-ajax", b_plugin), ("newsletter-contact", b_newsletter), ("smtp-check", b_smtp_test),
    ("telegram-notify", b_tg_notify), ("discord-deploy-notify", b_discord_deploy), ("own-login-page", b_login),
    ("fixed-upstream-proxy", b_proxy), ("socket-monitor", b_monitor), ("irc-channel-logger", b_irc_logger),
    ("backup-crontab", b_backup), ("systemd-user-service", b_systemd), ("dotfiles-deploy-key", b_dotfiles),
    ("verified-download", b_download), ("local-load-test", b_loadtest), ("ssh-deploy", b_ssh_deploy),
    ("app-config-files", b_appfiles), ("stripe-checkout-js", b_checkout_js), ("intranet-login-html", b_sso_html),
    ("embedded-base64-template-cache", b_obf_legit), ("ssh-db-tunnel", b_socks_doc), ("nodemailer-receipts", b_node_mail),
    ("perl-contact-cgi", b_perl_cgi),
]
