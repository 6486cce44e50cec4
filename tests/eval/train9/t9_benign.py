"""train9 benign look-alikes: the places and APIs of the malicious drops,
used legitimately (plugin cron receipts, queue workers, double opt-in
lists, sysadmin reports, community bots, ops scripts, tunnels, backups,
CPU-heavy jobs). Written blind (README.md)."""

import sys

import t9_common
from t9_common import (T, F, rw, hx, dom, docroot, webname, plug, theme, locale, app, cronline,
                       crontab_file, plugin_header, wp_filler, crlf, bom)


def script(r, lang, code, **kw):
    """A benign script is named for what it does (its kind's name)."""
    kw.setdefault("name", sys._getframe(1).f_code.co_name.replace("_", "-"))
    return t9_common.script(r, lang, code, **kw)


def wc_receipt_cron(r, v):
    p = plug(r)
    pre = rw(r, 4)
    code = "<?php\n" + plugin_header(r, p) + T("""
add_action('@PRE@_send_receipts', '@PRE@_send_receipts');
register_activation_hook(__FILE__, function () {
    if (!wp_next_scheduled('@PRE@_send_receipts')) wp_schedule_event(time(), 'hourly', '@PRE@_send_receipts');
});
function @PRE@_send_receipts() {
    $orders = wc_get_orders(array('status' => 'completed', 'meta_key' => '_@PRE@_receipt_sent', 'meta_compare' => 'NOT EXISTS', 'limit' => 20));
    foreach ($orders as $order) {
        $to = sanitize_email($order->get_billing_email());
        if (!is_email($to)) continue;
        $body = wc_get_template_html('emails/@PRE@-receipt.php', array('order' => $order));
        if (wp_mail($to, sprintf(__('Receipt for order #%s', '@PRE@'), $order->get_order_number()), $body, array('Content-Type: text/html; charset=UTF-8'))) {
            $order->update_meta_data('_@PRE@_receipt_sent', time());
            $order->save();
        }
    }
}
""", PRE=pre)
    if v == 1:
        code += "\n" + wp_filler(r, pre, 2) + "\n"
    return [F(code, "%s/wp-content/plugins/%s/%s.php" % (docroot(r), p, p), "php", "fake-plugin")]


def queue_worker(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env php
<?php
// Sends queued transactional mail (one recipient per job, written by the app)
require __DIR__ . '/../vendor/autoload.php';
$cfg = require __DIR__ . '/../config/app.php';
$pdo = new PDO($cfg['dsn'], $cfg['db_user'], $cfg['db_pass']);
cli_set_process_title('app-mail-worker');
while (true) {
    $pdo->beginTransaction();
    $job = $pdo->query("SELECT * FROM mail_jobs WHERE sent_at IS NULL AND attempts < 3 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")->fetch(PDO::FETCH_ASSOC);
    if (!$job) { $pdo->commit(); sleep(5); continue; }
    $ok = mail($job['recipient'], $job['subject'], $job['body'], "From: " . $cfg['mail_from'] . "\\r\\nContent-Type: text/plain; charset=UTF-8");
    $st = $pdo->prepare('UPDATE mail_jobs SET attempts = attempts + 1, sent_at = ? WHERE id = ?');
    $st->execute(array($ok ? date('Y-m-d H:i:s') : null, $job['id']));
    $pdo->commit();
}
""")
        return [F(code, "%s/../app/bin/mail-worker" % docroot(r), "php", "app-file"),
                F("[program:mail-worker]\ncommand=php /home/%s/app/bin/mail-worker\nautorestart=true\n" % rw(r, 6), "%s/../app/deploy/supervisor.conf" % docroot(r), "ini", "config")]
    code = T("""<?php
namespace App\\Jobs;

use Illuminate\\Bus\\Queueable;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Support\\Facades\\Mail;
use App\\Mail\\OrderShipped;
use App\\Models\\Order;

class SendShippingNotice implements ShouldQueue
{
    use Queueable;

    public function __construct(public Order $order) {}

    public function handle(): void
    {
        if ($this->order->customer->wants_notifications) {
            Mail::to($this->order->customer->email)->send(new OrderShipped($this->order));
        }
    }
}
""")
    return [F(code, "%s/../app/Jobs/SendShippingNotice.php" % docroot(r), "php", "app-file"),
            crontab_file(r, [cronline(r, "cd /home/%s/app && php artisan schedule:run >> /dev/null 2>&1" % rw(r, 6), "* * * * *")])]


def double_optin_list(r, v):
    code = T("""<?php
require __DIR__ . '/inc/db.php';
session_start();
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) { http_response_code(403); exit('Bad token'); }
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    if (!$email) exit('Invalid address');
    $token = bin2hex(random_bytes(16));
    $db->prepare('INSERT INTO subscribers (email, token, confirmed) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE token = VALUES(token)')->execute(array($email, $token));
    $link = 'https://@D@/newsletter/confirm.php?t=' . $token;
    mail($email, 'Please confirm your subscription', "Click to confirm: $link\\n\\nIf you did not ask for this, ignore this mail.", "From: News <news@@D@>\\r\\nList-Unsubscribe: <https://@D@/newsletter/unsub.php?t=$token>");
    exit('Check your inbox.');
}
$_SESSION['csrf'] = bin2hex(random_bytes(16));
""", D=dom(r))
    send = T("""<?php
// cron: sends the weekly issue to confirmed subscribers only, 100 per run
require __DIR__ . '/inc/db.php';
$issue = $db->query('SELECT * FROM issues WHERE sent = 0 ORDER BY id LIMIT 1')->fetch();
if (!$issue) exit;
$st = $db->prepare('SELECT email, token FROM subscribers WHERE confirmed = 1 AND last_issue < ? LIMIT 100');
$st->execute(array($issue['id']));
foreach ($st as $s) {
    $unsub = 'https://@D@/newsletter/unsub.php?t=' . $s['token'];
    $body = str_replace('{{unsubscribe}}', $unsub, $issue['html']);
    mail($s['email'], $issue['subject'], $body, "From: News <news@@D@>\\r\\nContent-Type: text/html; charset=UTF-8\\r\\nList-Unsubscribe: <$unsub>\\r\\nList-Unsubscribe-Post: List-Unsubscribe=One-Click");
    $db->prepare('UPDATE subscribers SET last_issue = ? WHERE email = ?')->execute(array($issue['id'], $s['email']));
}
""", D=dom(r))
    d = docroot(r) + "/newsletter"
    files = [F(code, d + "/subscribe.php", "php", "plain"), F(send, d + "/cron-send.php", "php", "plain")]
    if v != 0:
        files.append(crontab_file(r, [cronline(r, "php /home/%s/%s/cron-send.php" % (rw(r, 6), d), "*/15 * * * *")]))
    return files


def sysadmin_report(r, v):
    if v == 0:
        code = T("""#!/bin/sh
# daily disk and mail-queue report for the site owner
TO=@A@
{
  echo "Host: $(hostname)"; echo
  df -h /home
  echo; echo "Largest dirs:"; du -sh $HOME/* 2>/dev/null | sort -rh | head -10
  echo; echo "Backups:"; ls -lh $HOME/backups | tail -5
} | mail -s "[report] $(hostname) $(date +%F)" "$TO"
""", A="ops@" + dom(r))
        return [script(r, "sh", code, d="bin", cont="home"), crontab_file(r, ["MAILTO=ops@" + dom(r), cronline(r, "$HOME/bin/report.sh", "15 6 * * *")])]
    if v == 1:
        code = T("""#!/usr/bin/env python3
import smtplib, subprocess, socket
from email.message import EmailMessage
m = EmailMessage()
m['From'] = 'cron@' + socket.getfqdn()
m['To'] = '@A@'
m['Subject'] = 'Failed logins on %s' % socket.gethostname()
m.set_content(subprocess.run(['lastb', '-n', '50'], capture_output=True, text=True).stdout or 'none')
with smtplib.SMTP('localhost') as s:
    s.send_message(m)
""", A="admin@" + dom(r))
        return [script(r, "python", code, d="bin", cont="home")]
    code = T("""#!/usr/bin/perl
use strict;
use warnings;
my $to = '@A@';
my @errs = grep { /PHP Fatal/ } `tail -n 2000 $ENV{HOME}/logs/error_log 2>/dev/null`;
exit 0 unless @errs;
open(my $sm, '|-', '/usr/sbin/sendmail', '-t', '-oi') or die "sendmail: $!";
print $sm "To: $to\\nFrom: cron\\@localhost\\nSubject: PHP fatals today (" . scalar(@errs) . ")\\n\\n", @errs[0 .. ($#errs > 30 ? 30 : $#errs)];
close $sm;
""", A="webmaster@" + dom(r))
    return [script(r, "perl", code, d="bin", cont="home")]


def log_shipper(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
# ship the access log to the agency's log service, batch of 500 lines
import json, time, urllib.request, os
LOG = os.path.expanduser('~/logs/access.log')
URL = 'https://logs.@D@/ingest'
TOKEN = os.environ['LOG_TOKEN']
with open(LOG) as f:
    f.seek(0, 2)
    batch = []
    while True:
        line = f.readline()
        if line:
            batch.append(line.rstrip())
        if len(batch) >= 500 or (batch and not line):
            req = urllib.request.Request(URL, data=json.dumps({'lines': batch}).encode(), headers={'Authorization': 'Bearer ' + TOKEN, 'Content-Type': 'application/json'})
            urllib.request.urlopen(req, timeout=10)
            batch = []
        if not line:
            time.sleep(2)
""", D=dom(r))
        return [script(r, "python", code, d=".local/bin", cont="home-local-bin"),
                F("[Unit]\nDescription=log shipper\n\n[Service]\nEnvironmentFile=%h/.config/logship.env\nExecStart=%h/.local/bin/logship.py\nRestart=on-failure\n\n[Install]\nWantedBy=default.target\n", ".config/systemd/user/logship.service", "systemd", "home-systemd")]
    code = T("""#!/bin/sh
# nightly: compress yesterday's logs and upload them to the bucket
set -eu
D=$(date -d yesterday +%F)
cd "$HOME/logs"
gzip -c access.log.1 > "access-$D.log.gz"
curl -fsS --retry 3 -T "access-$D.log.gz" -u "$(cat $HOME/.config/logs.cred)" "https://dav.@D@/logs/$(hostname)/"
find . -name 'access-*.log.gz' -mtime +14 -delete
""", D=dom(r))
    return [script(r, "sh", code, d="bin", cont="home"), crontab_file(r, [cronline(r, "$HOME/bin/ship-logs.sh", "30 2 * * *")])]


def community_irc_bot(r, v):
    if v == 0:
        code = T("""import socket, ssl, time, random
QUOTES = [l.strip() for l in open('quotes.txt') if l.strip()]
seen = {}
s = ssl.create_default_context().wrap_socket(socket.create_connection(('irc.@D@', 6697)), server_hostname='irc.@D@')
s.send(b'NICK @N@\\r\\nUSER @N@ 0 * :community helper\\r\\nJOIN #@C@\\r\\n')
for raw in s.makefile('rb'):
    line = raw.decode('utf-8', 'replace').strip()
    if line.startswith('PING'):
        s.send(('PONG' + line[4:] + '\\r\\n').encode()); continue
    if ' PRIVMSG ' not in line:
        continue
    who = line[1:line.index('!')]
    msg = line.split(' :', 1)[1]
    seen[who.lower()] = time.strftime('%Y-%m-%d %H:%M')
    if msg == '!quote':
        s.send(('PRIVMSG #@C@ :%s\\r\\n' % random.choice(QUOTES)).encode())
    elif msg.startswith('!seen '):
        n = msg.split()[1].lower()
        s.send(('PRIVMSG #@C@ :%s was last seen %s\\r\\n' % (n, seen.get(n, 'never'))).encode())
""", D=dom(r), N="helper" + rw(r, 2), C=rw(r, 5))
        return [script(r, "python", code, d="irc", cont="home"), F("Keep it friendly.\nRead the FAQ first.\n", "irc/quotes.txt", "text", "config")]
    code = T("""# greet.tcl - greets people joining, answers !rules and !seen
bind join - * join:greet
proc join:greet {nick host hand chan} {
    if {[isbotnick $nick]} { return }
    putserv "PRIVMSG $chan :Welcome, $nick! Type !rules to read the rules."
}
bind pub - !rules pub:rules
proc pub:rules {nick host hand chan text} {
    foreach l {"1. Be kind" "2. No ads" "3. English please"} { puthelp "NOTICE $nick :$l" }
}
bind pub - !seen pub:seen
proc pub:seen {nick host hand chan text} {
    set who [lindex [split $text] 0]
    if {[onchan $who $chan]} { putserv "PRIVMSG $chan :$who is here." } else { putserv "PRIVMSG $chan :I do not know when $who was last here." }
}
putlog "greet.tcl loaded"
""")
    return [F(code, "eggdrop/scripts/greet.tcl", "tcl", "home"), F("set nick \"Greeter\"\nset servers { irc.%s:6697 }\nsource scripts/greet.tcl\n" % dom(r), "eggdrop/eggdrop.conf", "text", "config")]


def chat_webhook_bot(r, v):
    if v == 0:
        code = T("""const https = require('https');
// posts new WooCommerce orders to the shop's Slack channel
const url = new URL(process.env.SLACK_WEBHOOK);
module.exports = function notify(order) {
  const body = JSON.stringify({ text: `New order #${order.id}: ${order.total} ${order.currency}` });
  const req = https.request({ hostname: url.hostname, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json' } });
  req.end(body);
};
""")
        return [script(r, "js", code, d="app/lib", cont="app-file", ext="js")]
    code = T("""import asyncio, os
from nio import AsyncClient

async def main():
    c = AsyncClient('https://matrix.@D@', '@@U@:@D@')
    c.access_token = os.environ['MATRIX_TOKEN']
    for line in open(os.path.expanduser('~/logs/deploy.log')).readlines()[-5:]:
        await c.room_send('!@R@:@D@', 'm.room.message', {'msgtype': 'm.notice', 'body': line.strip()})
    await c.close()

asyncio.run(main())
""", D=dom(r), U=rw(r, 5), R=rw(r, 12))
    return [script(r, "python", code, d="bin", cont="home")]


def port_check(r, v):
    code = T("""#!/bin/sh
# are the services this site needs reachable?
for hp in 127.0.0.1:3306 127.0.0.1:6379 smtp.@D@:587 api.@D@:443; do
  h=${hp%:*}; p=${hp#*:}
  if nc -z -w 3 "$h" "$p"; then echo "ok   $hp"; else echo "FAIL $hp"; fi
done
""", D=dom(r))
    if v == 1:
        code = T("""#!/bin/bash
# health check with bash's /dev/tcp, no nc on this host
check() { timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null && echo "up $1:$2" || echo "down $1:$2"; }
check 127.0.0.1 3306
check 127.0.0.1 11211
check mail.@D@ 465
""", D=dom(r))
    return [script(r, "sh", code, d="bin", cont="home")]


def socat_db_forward(r, v):
    if v == 0:
        code = T("""#!/bin/sh
# dev only: expose the staging database on localhost:13306 through the bastion
exec socat TCP-LISTEN:13306,bind=127.0.0.1,reuseaddr,fork EXEC:"ssh -q bastion.@D@ nc 192.0.2.15 3306"
""", D=dom(r))
    else:
        code = T("""#!/bin/sh
# forward the local Redis socket to a TCP port for the Node dev server
socat TCP-LISTEN:16379,bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:$HOME/.redis/redis.sock
""")
    return [script(r, "sh", code, d="bin", cont="home")]


def autossh_tunnel(r, v):
    if v == 0:
        unit = T("[Unit]\nDescription=tunnel to the reporting DB\nAfter=network-online.target\n\n[Service]\nEnvironment=AUTOSSH_GATETIME=0\nExecStart=/usr/bin/autossh -M 0 -N -o ServerAliveInterval=30 -o ExitOnForwardFailure=yes -L 127.0.0.1:15432:db.internal:5432 tunnel@@D@\nRestart=always\n\n[Install]\nWantedBy=default.target\n", D=dom(r))
        return [F(unit, ".config/systemd/user/db-tunnel.service", "systemd", "home-systemd")]
    return [crontab_file(r, [cronline(r, "/usr/bin/autossh -f -M 0 -N -L 127.0.0.1:13306:127.0.0.1:3306 deploy@%s" % dom(r), "@reboot")])]


def rsync_backup(r, v):
    code = T("""#!/bin/bash
set -euo pipefail
# nightly site + database backup to the offsite box
STAMP=$(date +%F)
mysqldump --defaults-extra-file=$HOME/.my.cnf --single-transaction @DB@ | gzip > $HOME/backups/db-$STAMP.sql.gz
rsync -az --delete -e "ssh -i $HOME/.ssh/backup_ed25519 -p 2222" $HOME/public_html/ backup@@D@:sites/@U@/
rsync -az -e "ssh -i $HOME/.ssh/backup_ed25519 -p 2222" $HOME/backups/ backup@@D@:dumps/@U@/
find $HOME/backups -name 'db-*.sql.gz' -mtime +7 -delete
""", DB=rw(r, 6) + "_wp", D="backup." + dom(r), U=rw(r, 6))
    return [script(r, "bash", code, d="bin", cont="home", ext="sh"), crontab_file(r, [cronline(r, "$HOME/bin/backup.sh >> $HOME/logs/backup.log 2>&1", "45 3 * * *")])]


def systemd_user_app(r, v):
    n = r.choice(("nuxt-app", "shop-api", "ws-chat", "strapi"))
    unit = T("[Unit]\nDescription=@N@ (node)\n\n[Service]\nWorkingDirectory=%h/apps/@N@\nExecStart=/usr/bin/node server.js\nEnvironment=NODE_ENV=production PORT=@P@\nRestart=on-failure\n\n[Install]\nWantedBy=default.target\n", N=n, P=r.randint(3000, 3999))
    srv = T("""const http = require('http');
const port = Number(process.env.PORT || 3000);
http.createServer((req, res) => {
  if (req.url === '/healthz') { res.end('ok'); return; }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ name: '@N@', time: Date.now() }));
}).listen(port, '127.0.0.1');
""", N=n)
    return [F(unit, ".config/systemd/user/%s.service" % n, "systemd", "home-systemd"), F(srv, "apps/%s/server.js" % n, "js", "home")]


def thumbnailer(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
# regenerate missing WooCommerce thumbnails, niced, 4 processes
import os, sys
from concurrent.futures import ProcessPoolExecutor
from PIL import Image
ROOT = os.path.expanduser('~/public_html/wp-content/uploads')
def thumb(p):
    out = p.rsplit('.', 1)[0] + '-300x300.jpg'
    if os.path.exists(out):
        return
    im = Image.open(p)
    im.thumbnail((300, 300))
    im.convert('RGB').save(out, 'JPEG', quality=82)
os.nice(15)
files = [os.path.join(d, f) for d, _, fs in os.walk(ROOT) for f in fs if f.lower().endswith(('.jpg', '.png')) and '-300x300' not in f]
with ProcessPoolExecutor(4) as ex:
    list(ex.map(thumb, files, chunksize=16))
""")
        return [script(r, "python", code, d="bin", cont="home"), crontab_file(r, [cronline(r, "nice -n 15 $HOME/bin/thumbs.py", "20 4 * * *")])]
    code = T("""#!/bin/bash
# transcode uploaded videos to 720p h264 for the course pages
shopt -s nullglob
cd "$HOME/media/incoming"
for f in *.mov *.mkv *.avi; do
  out="$HOME/public_html/media/${f%.*}.mp4"
  [ -e "$out" ] && continue
  nice -n 19 ffmpeg -nostdin -loglevel error -i "$f" -vf scale=-2:720 -c:v libx264 -preset slow -crf 23 -c:a aac -b:a 128k "$out" && mv "$f" ../done/
done
""")
    return [script(r, "bash", code, d="bin", cont="home", ext="sh")]


def local_load_test(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
# load test of the staging copy on localhost before a sale
import asyncio, time, aiohttp
URL = 'http://127.0.0.1:8080/shop/'
async def hit(session, n, lat):
    for _ in range(n):
        t = time.perf_counter()
        async with session.get(URL) as r:
            await r.read()
        lat.append(time.perf_counter() - t)
async def main():
    lat = []
    async with aiohttp.ClientSession() as s:
        await asyncio.gather(*(hit(s, 50, lat) for _ in range(20)))
    lat.sort()
    print('p50 %.3f p95 %.3f n=%d' % (lat[len(lat) // 2], lat[int(len(lat) * .95)], len(lat)))
asyncio.run(main())
""")
        return [script(r, "python", code, d="bin", cont="home")]
    code = T("""#!/bin/sh
# compare php-fpm pool settings: ab against the local vhost only
for c in 10 50 100; do
  ab -q -n 2000 -c $c -H 'Host: staging.@D@' http://127.0.0.1/ | grep -E 'Requests per second|Time per request'
done
""", D=dom(r))
    return [script(r, "sh", code, d="bin", cont="home")]


def ssh_automation(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
# collect uptime and disk from the agency's own servers (inventory file, known hosts only)
import paramiko
hosts = [l.split()[0] for l in open('inventory.txt') if l.strip() and not l.startswith('#')]
for h in hosts:
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect(h, username='deploy', key_filename='/home/deploy/.ssh/id_ed25519', timeout=10)
    _, out, _ = c.exec_command('uptime; df -h / | tail -1')
    print(h, out.read().decode().replace('\\n', ' | '))
    c.close()
""")
        return [script(r, "python", code, d="ops", cont="home"), F("# host\nweb1.%s\nweb2.%s\n" % (dom(r), dom(r)), "ops/inventory.txt", "text", "config")]
    code = T("""#!/bin/bash
# deploy: pull, build, restart on each app server
set -e
for h in app1.@D@ app2.@D@; do
  ssh -o BatchMode=yes deploy@$h 'cd ~/app && git pull --ff-only && npm ci --omit=dev && systemctl --user restart app'
done
""", D=dom(r))
    return [script(r, "bash", code, d="bin", cont="home", ext="sh")]


def smtp_health_local(r, v):
    code = T("""<?php
// monitoring probe: is the local MTA answering? (no mail is sent)
$s = @fsockopen('127.0.0.1', 25, $errno, $errstr, 5);
if (!$s) { http_response_code(503); exit("CRITICAL: $errstr"); }
$banner = fgets($s, 512);
fwrite($s, "EHLO monitor.@D@\\r\\n");
while (($l = fgets($s, 512)) !== false) { if (substr($l, 3, 1) === ' ') break; }
fwrite($s, "QUIT\\r\\n");
fclose($s);
echo substr($banner, 0, 3) === '220' ? 'OK' : 'WARNING: ' . trim($banner);
""", D=dom(r))
    return [F(code, "%s/monitor/smtp.php" % docroot(r), "php", "plain"),
            F("Require ip 203.0.113.10\n", "%s/monitor/.htaccess" % docroot(r), "htaccess", "htaccess")]


def sendmail_pipe_notify(r, v):
    code = T("""<?php
// contact form: CSRF-checked, fixed recipient, reply-to validated
session_start();
const TO = '@A@';
if ($_SERVER['REQUEST_METHOD'] !== 'POST' || !hash_equals($_SESSION['t'] ?? '', $_POST['t'] ?? '')) { http_response_code(400); exit; }
$from = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$msg = trim(substr($_POST['message'] ?? '', 0, 5000));
if (!$from || $msg === '') exit('Please fill in the form.');
$p = popen('/usr/sbin/sendmail -t -i', 'w');
fwrite($p, "To: " . TO . "\\nFrom: website@@D@\\nReply-To: $from\\nSubject: Contact form\\n\\n" . $msg . "\\n");
pclose($p);
echo 'Thanks, we will reply soon.';
""", A="info@" + dom(r), D=dom(r))
    if v == 1:
        code = crlf(code)
    return [F(code, "%s/%s" % (docroot(r), r.choice(("contact.php", "kontakt.php", "inc/send.php"))), "php", "plain")]


def invoice_attachment(r, v):
    code = T("""<?php
// attaches the generated PDF invoice to the customer's order mail
add_filter('woocommerce_email_attachments', function ($att, $id, $order) {
    if ($id !== 'customer_completed_order' || !$order instanceof WC_Order) return $att;
    $dir = wp_upload_dir()['basedir'] . '/invoices';
    $pdf = $dir . '/invoice-' . $order->get_id() . '.pdf';
    if (!file_exists($pdf)) {
        wp_mkdir_p($dir);
        file_put_contents($pdf, (new @C@_Pdf($order))->render());
    }
    $att[] = $pdf;
    return $att;
}, 10, 3);
""", C=rw(r, 5).title())
    return [F("<?php\n" + plugin_header(r, plug(r)) + code[6:], "%s/wp-content/plugins/%s/invoice-mail.php" % (docroot(r), plug(r)), "php", "fake-plugin")]


def languages_real(r, v):
    loc = locale(r)
    code = T("""<?php
return ['project-id-version' => 'WordPress - 6.5.x','report-msgid-bugs-to' => '','pot-creation-date' => '','po-revision-date' => '2024-04-02 10:11:12+0000','language' => '@L@','plural-forms' => 'nplurals=2; plural=n != 1;','messages' => ['Read more' => '@W@','Search' => '@W2@','Comments' => '@W3@','%s comment' => ['%s @W3@', '%s @W3@s']]];
""", L=loc, W=rw(r, 6), W2=rw(r, 5), W3=rw(r, 6))
    return [F(code, "%s/wp-content/languages/%s.l10n.php" % (docroot(r), loc), "php", "languages"),
            F(b"\xde\x12\x04\x95\x00\x00\x00\x00" + bytes(24), "%s/wp-content/languages/%s.mo" % (docroot(r), loc), "binary", "languages")]


def htaccess_prepend_legit(r, v):
    d = docroot(r)
    if v == 0:
        return [F("; Wordfence WAF\nauto_prepend_file = '/home/%s/%s/wordfence-waf.php'\n" % (rw(r, 6), d), d + "/.user.ini", "ini", "user-ini"),
                F("<?php\n// Before removing this file, please verify the PHP ini setting `auto_prepend_file` does not point to this.\n\nif (file_exists(__DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php')) {\n\tdefine(\"WFWAF_LOG_PATH\", __DIR__ . '/wp-content/wflogs/');\n\tinclude_once __DIR__ . '/wp-content/plugins/wordfence/waf/bootstrap.php';\n}\n", d + "/wordfence-waf.php", "php", "plain")]
    return [F("<IfModule mod_php.c>\nphp_value auto_prepend_file \"/home/%s/%s/maintenance-gate.php\"\n</IfModule>\n<FilesMatch \"\\.(ico|png|jpe?g|gif|webp)$\">\nHeader set Cache-Control \"max-age=2592000, public\"\n</FilesMatch>\n" % (rw(r, 6), d), d + "/.htaccess", "htaccess", "htaccess"),
            F("<?php\nif (file_exists(__DIR__ . '/.maintenance-on') && !in_array($_SERVER['REMOTE_ADDR'] ?? '', array('203.0.113.10'), true)) {\n    http_response_code(503);\n    header('Retry-After: 600');\n    readfile(__DIR__ . '/maintenance.html');\n    exit;\n}\n", d + "/maintenance-gate.php", "php", "plain")]


def rc_legit(r, v):
    body = T("""# ~/.bashrc
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth
alias ll='ls -alF'
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
export PATH="$HOME/.local/bin:$HOME/.composer/vendor/bin:$PATH"
if command -v wp >/dev/null; then eval "$(wp cli completions --line='' 2>/dev/null | head -0)"; fi
[ -f ~/.fzf.bash ] && source ~/.fzf.bash
""")
    if v == 1:
        body += "# keep the app up after a reboot of the shared host\ncommand -v pm2 >/dev/null && pm2 ping >/dev/null 2>&1 || true\n"
        return [F(body, ".bashrc", "sh", "dotfile"), crontab_file(r, [cronline(r, "$HOME/.nvm/versions/node/v20.11.0/bin/pm2 resurrect >/dev/null 2>&1", "@reboot")])]
    return [F(body, ".bashrc", "sh", "dotfile")]


def at_job_legit(r, v):
    u = rw(r, 6)
    job = T("#!/bin/sh\n# atrun uid=1001 gid=1001\n# mail @U@ 0\numask 22\nHOME=/home/@U@; export HOME\ncd /home/@U@/public_html || {\n\t echo 'Execution directory inaccessible' >&2\n\t exit 1\n}\nwp maintenance-mode deactivate\nwp cache flush\n", U=u)
    return [F(job, "var/spool/cron/atjobs/a%05x%08x" % (r.randint(0, 0xfffff), r.randint(0, 0xffffff)), "sh", "at-spool")]


def proctitle_worker(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
# image queue consumer; sets its title so `ps` shows which queue it serves
import time, sqlite3, os
try:
    import setproctitle
    setproctitle.setproctitle('img-worker: thumbnails')
except ImportError:
    pass
db = sqlite3.connect(os.path.expanduser('~/app/var/queue.db'))
while True:
    row = db.execute("SELECT id, path FROM jobs WHERE done = 0 LIMIT 1").fetchone()
    if not row:
        time.sleep(5)
        continue
    os.system('convert %s -resize 800x800 %s' % (row[1], row[1] + '.800.jpg'))
    db.execute('UPDATE jobs SET done = 1 WHERE id = ?', (row[0],))
    db.commit()
""")
        return [script(r, "python", code, d="app/bin", cont="home")]
    code = T("""#!/usr/bin/perl
use strict;
use warnings;
use IO::Select;
# metrics collector for the shop's own statsd lines, localhost only
require IO::Socket::INET;
$0 = 'statsd-lite';
my $u = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 8125, Proto => 'udp') or die $!;
my $sel = IO::Select->new($u);
my %c;
my $last = time;
while (1) {
    if ($sel->can_read(1)) { my $m; $u->recv($m, 1024); $c{$1} += $2 if $m =~ /^([\\w.]+):(\\d+)\\|c/; }
    if (time - $last >= 60) { open my $o, '>>', "$ENV{HOME}/logs/metrics.log"; print $o time, " $_ $c{$_}\\n" for sort keys %c; close $o; %c = (); $last = time; }
}
""")
    return [script(r, "perl", code, d="bin", cont="home")]


def dev_proxy(r, v):
    if v == 0:
        code = T("""const http = require('http');
const httpProxy = require('http-proxy');
// dev: serve the SPA and forward /api to the local PHP backend
const proxy = httpProxy.createProxyServer({ target: 'http://127.0.0.1:8000', changeOrigin: true });
http.createServer((req, res) => {
  if (req.url.startsWith('/api/')) return proxy.web(req, res);
  res.writeHead(302, { Location: 'http://127.0.0.1:5173' + req.url });
  res.end();
}).listen(8080, '127.0.0.1');
""")
        return [F(code, "apps/%s/dev-proxy.js" % rw(r, 5), "js", "home")]
    code = T("""#!/bin/sh
# SOCKS proxy through the office bastion for the staff browser (localhost only)
exec ssh -N -D 127.0.0.1:1080 -o ExitOnForwardFailure=yes staff@bastion.@D@
""", D=dom(r))
    return [script(r, "sh", code, d="bin", cont="home")]


def lua_config(r, v):
    code = T("""-- conky-like status line for the admin's tmux: battery-free server stats
local function cmd(c)
  local p = io.popen(c)
  local out = p:read("*a")
  p:close()
  return (out:gsub("%s+$", ""))
end
local load = cmd("cut -d' ' -f1-3 /proc/loadavg")
local mailq = cmd("exim -bpc 2>/dev/null || echo 0")
print(string.format("load %s | queue %s | %s", load, mailq, os.date("%H:%M")))
""")
    return [F(code, ".config/tmux/status.lua", "lua", "home-config")]


def plugin_ajax_legit(r, v):
    pre = rw(r, 4)
    code = "<?php\n" + plugin_header(r, plug(r)) + T("""
add_action('wp_ajax_nopriv_@P@_notify', '@P@_notify');
add_action('wp_ajax_@P@_notify', '@P@_notify');
function @P@_notify() {
    check_ajax_referer('@P@_form', 'nonce');
    $email = sanitize_email(wp_unslash($_POST['email'] ?? ''));
    if (!is_email($email)) wp_send_json_error(array('message' => __('Invalid email', '@P@')), 400);
    if (get_transient('@P@_rl_' . md5($_SERVER['REMOTE_ADDR']))) wp_send_json_error(array('message' => 'slow down'), 429);
    set_transient('@P@_rl_' . md5($_SERVER['REMOTE_ADDR']), 1, 60);
    $product = absint($_POST['product'] ?? 0);
    add_post_meta($product, '_@P@_back_in_stock', $email);
    wp_mail(get_option('admin_email'), 'Back-in-stock request', sprintf('%s wants product %d', $email, $product));
    wp_send_json_success();
}
""", P=pre)
    return [F(code if v == 0 else bom(code), "%s/wp-content/plugins/%s/ajax.php" % (docroot(r), plug(r)), "php", "fake-plugin")]


TECHS = [
    ("wc-receipt-cron", wc_receipt_cron, 2),
    ("app-mail-queue-worker", queue_worker, 2),
    ("newsletter-double-optin", double_optin_list, 2),
    ("sysadmin-cron-report", sysadmin_report, 3),
    ("log-shipper", log_shipper, 2),
    ("community-irc-eggdrop", community_irc_bot, 2),
    ("chat-webhook-notify", chat_webhook_bot, 2),
    ("port-check", port_check, 2),
    ("socat-dev-forward", socat_db_forward, 2),
    ("autossh-tunnel", autossh_tunnel, 2),
    ("rsync-ssh-backup", rsync_backup, 1),
    ("systemd-user-app", systemd_user_app, 1),
    ("cpu-heavy-media-job", thumbnailer, 2),
    ("local-load-test", local_load_test, 2),
    ("ssh-fleet-automation", ssh_automation, 2),
    ("smtp-health-probe", smtp_health_local, 1),
    ("contact-form-sendmail", sendmail_pipe_notify, 2),
    ("invoice-attachment-filter", invoice_attachment, 1),
    ("languages-translation-file", languages_real, 1),
    ("waf-auto-prepend", htaccess_prepend_legit, 2),
    ("dotfiles-rc", rc_legit, 2),
    ("at-job-maintenance", at_job_legit, 1),
    ("proctitle-local-worker", proctitle_worker, 2),
    ("dev-proxy", dev_proxy, 2),
    ("lua-status-script", lua_config, 1),
    ("plugin-ajax-notify", plugin_ajax_legit, 2),
]

MAILISH = {"wc-receipt-cron", "app-mail-queue-worker", "newsletter-double-optin", "sysadmin-cron-report",
           "smtp-health-probe", "contact-form-sendmail", "invoice-attachment-filter", "languages-translation-file",
           "waf-auto-prepend", "plugin-ajax-notify"}
KIND_CAT = {name: ("mailer" if name in MAILISH else "bot") for name, _, _ in TECHS}
