"""train10 benign look-alikes: the hard negatives of a shared host, big
vendor libraries and plugins that use mail(), exec(), eval(), sockets
legitimately, ops scripts, community bots, queue workers. A benign sample's
category is the malicious category it looks like. Written blind (README.md)."""

from t10_common import (T, F, rw, hx, ip, dom, docroot, plug, theme, script, cronline, crontab_file,
                        php_vendor_class, php_big_plugin, php_theme_functions, js_bundle, py_helpers, pl_helpers,
                        sh_helpers, js_helpers, rb_helpers, letter_html, picture_b64, homedir, HELP, crlf, bom)

ADMIN = ("admin@example.com", "ops@example.org", "webmaster@example.net", "alerts@example.com")


def admin(r):
    return r.choice(ADMIN)


# mailer look-alikes ---------------------------------------------------------

def smtp_vendor_class(r, v):
    """A PHPMailer/SwiftMailer-like SMTP transport class inside a big vendor file."""
    meth = """    protected $smtpConn;

    public function smtpConnect($host, $port = 587, $timeout = 30)
    {
        $errno = 0;
        $errstr = '';
        $this->smtpConn = @fsockopen(($port == 465 ? 'ssl://' : '') . $host, $port, $errno, $errstr, $timeout);
        if (!is_resource($this->smtpConn)) {
            throw new \\RuntimeException(sprintf('SMTP connect failed: %s (%d)', $errstr, $errno));
        }
        stream_set_timeout($this->smtpConn, $timeout);
        return $this->readReply();
    }

    public function command($line, array $expect = array(250))
    {
        fwrite($this->smtpConn, $line . "\\r\\n");
        $reply = $this->readReply();
        if (!in_array((int) substr($reply, 0, 3), $expect, true)) {
            throw new \\RuntimeException('Unexpected SMTP reply: ' . $reply);
        }
        return $reply;
    }

    protected function readReply()
    {
        $data = '';
        while (is_resource($this->smtpConn) && !feof($this->smtpConn)) {
            $line = fgets($this->smtpConn, 515);
            $data .= $line;
            if (isset($line[3]) && $line[3] === ' ') {
                break;
            }
        }
        return $data;
    }

    public function sendMessage($from, array $to, $raw)
    {
        $this->command('MAIL FROM:<' . $from . '>');
        foreach ($to as $rcpt) {
            $this->command('RCPT TO:<' . $rcpt . '>', array(250, 251));
        }
        $this->command('DATA', array(354));
        fwrite($this->smtpConn, preg_replace('/^\\./m', '..', $raw) . "\\r\\n.\\r\\n");
        return $this->readReply();
    }

    public function mailTransport($to, $subject, $body, $headers, $params = null)
    {
        if (ini_get('safe_mode') || $params === null) {
            return mail($to, $subject, $body, $headers);
        }
        return mail($to, $subject, $body, $headers, $params);
    }
"""
    ns, cls = r.choice((("Mailer\\Transport", "SmtpTransport"), ("Vendor\\Mail", "Smtp"), ("Acme\\Mailer", "NativeTransport")))
    code = php_vendor_class(r, ns, cls, r.randint(300, 1200), meth)
    base = r.choice(("%s/vendor/%s" % (docroot(r), ns.lower().replace("\\", "/")),
                     "%s/wp-content/plugins/%s/vendor/mailer/src" % (docroot(r), plug(r)),
                     "%s/wp-includes/PHPMailer" % docroot(r)))
    return [F(code, "%s/%s.php" % (base, cls), "php", "vendor-dir")]


def mailing_list_manager(r, v):
    """A newsletter plugin: double opt-in, unsubscribe tokens, batched queue on cron."""
    inj = T("""function @P@_send_batch() {
    global $wpdb;
    $table = $wpdb->prefix . '@P@_subscribers';
    $issue = get_option('@P@_current_issue');
    if (!$issue) {
        return;
    }
    $rows = $wpdb->get_results($wpdb->prepare("SELECT id, email, token FROM {$table} WHERE status = 'confirmed' AND last_issue < %d LIMIT %d", $issue['id'], 50));
    foreach ($rows as $row) {
        $unsub = add_query_arg(array('@P@_unsub' => $row->token), home_url('/'));
        $body = str_replace('{{unsubscribe}}', esc_url($unsub), $issue['html']);
        $headers = array('Content-Type: text/html; charset=UTF-8', 'List-Unsubscribe: <' . esc_url_raw($unsub) . '>');
        if (wp_mail($row->email, $issue['subject'], $body, $headers)) {
            $wpdb->update($table, array('last_issue' => $issue['id']), array('id' => $row->id));
        }
    }
}
add_action('@P@_cron_batch', '@P@_send_batch');

function @P@_handle_unsubscribe() {
    if (empty($_GET['@P@_unsub'])) {
        return;
    }
    global $wpdb;
    $wpdb->update($wpdb->prefix . '@P@_subscribers', array('status' => 'unsubscribed'), array('token' => sanitize_key($_GET['@P@_unsub'])));
    wp_die(esc_html__('You have been unsubscribed.', '@P@'));
}
add_action('template_redirect', '@P@_handle_unsubscribe');

function @P@_subscribe() {
    check_ajax_referer('@P@_subscribe', 'nonce');
    $email = sanitize_email(wp_unslash($_POST['email'] ?? ''));
    if (!is_email($email)) {
        wp_send_json_error();
    }
    $token = wp_generate_password(32, false);
    global $wpdb;
    $wpdb->insert($wpdb->prefix . '@P@_subscribers', array('email' => $email, 'token' => $token, 'status' => 'pending'));
    wp_mail($email, __('Please confirm your subscription', '@P@'), add_query_arg('@P@_confirm', $token, home_url('/')));
    wp_send_json_success();
}
add_action('wp_ajax_nopriv_@P@_subscribe', '@P@_subscribe');
""", P=r.choice(("mlst", "newsy", "letterbox", "nlp")))
    code = php_big_plugin(r, r.choice(("mlst", "newsy", "letterbox")), r.randint(60, 300), inj)
    p = r.choice(("simple-newsletter", "mailing-list-lite", "news-digest"))
    return [F(code, "%s/wp-content/plugins/%s/%s.php" % (docroot(r), p, p), "php", "plugin-dir")]


def node_order_receipts(r, v):
    """A shop's Node service that sends order receipts with nodemailer."""
    helpers = "\n".join(js_helpers(r, r.randint(3, 60)))
    code = T("""'use strict';
const nodemailer = require('nodemailer');
const express = require('express');
const db = require('./db');

@HELP@

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.example.com',
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

async function sendReceipt(orderId) {
  const order = await db.orders.findById(orderId);
  if (!order || order.receiptSent) return false;
  await transport.sendMail({
    from: '"Example Shop" <orders@example.com>',
    to: order.customerEmail,
    subject: `Your order #${order.number}`,
    html: await db.templates.render('receipt', order),
  });
  await db.orders.update(orderId, { receiptSent: true });
  return true;
}

const app = express();
app.post('/hooks/order-paid', express.json(), async (req, res) => {
  if (req.get('X-Signature') !== db.sign(req.body)) return res.sendStatus(401);
  await sendReceipt(req.body.orderId);
  res.sendStatus(204);
});

(async () => {
  const pending = await db.orders.where({ paid: true, receiptSent: false });
  await Promise.all(pending.map((o) => sendReceipt(o.id).catch(() => false)));
  app.listen(process.env.PORT || 3000);
})();
""", HELP=helpers)
    return [F(code, r.choice(("shop-api", "app", "nodeapp")) + "/src/receipts.js", "js", "home-app")]


def python_alert_monitor(r, v):
    """A monitoring script that mails a fixed admin when a check fails."""
    helpers = "\n\n".join(py_helpers(r, r.randint(4, 60)))
    code = T('''"""Disk, load and HTTP checks; mails the admin when something is wrong."""
import os
import shutil
import smtplib
import socket
import urllib.request
from email.message import EmailMessage

ADMIN = '@A@'
SITES = ['https://www.example.com/', 'https://shop.example.com/health']


@HELPERS@


def checks():
    total, used, free = shutil.disk_usage('/')
    if free / total < 0.1:
        yield 'disk: %d%% free' % (100 * free / total)
    if os.getloadavg()[0] > os.cpu_count() * 2:
        yield 'load: %.2f' % os.getloadavg()[0]
    for url in SITES:
        try:
            urllib.request.urlopen(url, timeout=10)
        except Exception as e:
            yield 'http: %s %s' % (url, e)


def main():
    problems = list(checks())
    if not problems:
        return 0
    msg = EmailMessage()
    msg['Subject'] = '[%s] %d problem(s)' % (socket.gethostname(), len(problems))
    msg['From'] = 'monitor@example.com'
    msg['To'] = ADMIN
    msg.set_content('\\n'.join(problems))
    with smtplib.SMTP('localhost') as s:
        s.send_message(msg)
    return 1


if __name__ == '__main__':
    raise SystemExit(main())
''', A=admin(r), HELPERS=helpers)
    c, d = homedir(r)
    return [script(r, "python", code, d="bin", name="check-health", cont="home-bin", ext="py"),
            crontab_file(r, ["MAILTO=%s" % admin(r), "*/10 * * * * python3 $HOME/bin/check-health.py"])]


def shell_logrotate_report(r, v):
    """Log rotation that mails a short report to a fixed address."""
    helpers = "\n".join(sh_helpers(r, r.randint(2, 20)))
    mails = ("mail -s \"log rotation on $(hostname)\" \"$ADMIN\" <\"$REPORT\"",
             "mailx -r noreply@example.com -s \"log rotation on $(hostname)\" \"$ADMIN\" <\"$REPORT\"",
             "{ printf 'To: %s\\nSubject: log rotation\\n\\n' \"$ADMIN\"; cat \"$REPORT\"; } | /usr/sbin/sendmail -t",
             "curl -s --url smtp://localhost:25 --mail-from noreply@example.com --mail-rcpt \"$ADMIN\" -T \"$REPORT\"")
    code = T("""set -eu
ADMIN=@A@
LOGDIR=$HOME/logs
KEEP=14
REPORT=$(mktemp)
trap 'rm -f "$REPORT"' EXIT
@HELP@
while IFS= read -r -d '' f; do
	gzip -9 "$f" && echo "compressed $f" >>"$REPORT"
done < <(find "$LOGDIR" -name '*.log.1' -print0)
find "$LOGDIR" -name '*.gz' -mtime +"$KEEP" -print -delete >>"$REPORT"
du -sh "$LOGDIR" >>"$REPORT"
@MAIL@
""", A=admin(r), HELP=helpers, MAIL=mails[v])
    f = script(r, "bash", code, d="bin", name="rotate-logs", cont="home-bin", ext="sh")
    return [f, crontab_file(r, ["15 3 * * * bash $HOME/bin/rotate-logs.sh"])]


def ruby_perl_report(r, v):
    """A nightly report mailed to fixed recipients (Ruby or Perl Net::SMTP)."""
    if v % 2 == 0:
        code = T("""require 'net/smtp'
require 'date'

TO = ['@A@', 'finance@example.com']
rows = File.readlines(File.join(__dir__, 'orders.csv')).drop(1).map { |l| l.split(',') }
total = rows.inject(0.0) { |s, r| s + r[3].to_f }
body = <<~MAIL
  From: reports@example.com
  To: #{TO.join(', ')}
  Subject: Orders #{Date.today - 1}

  Orders: #{rows.size}
  Total: #{format('%.2f', total)}
MAIL
Net::SMTP.start('localhost', 25) { |smtp| smtp.send_message(body, 'reports@example.com', TO) }
""", A=admin(r))
        return [script(r, "ruby", code, d="bin", name="nightly-report", cont="home-bin")]
    code = T("""use strict;
use warnings;
use Net::SMTP;

my @to = ('@A@');
open(my $fh, '<', "$ENV{HOME}/logs/access.log") or die "no log: $!";
my %hits;
while (my $l = <$fh>) { my ($path) = $l =~ /"(?:GET|POST) (\\S+)/; $hits{$path}++ if $path; }
close $fh;
my @top = (sort { $hits{$b} <=> $hits{$a} } keys %hits)[0 .. 9];
my $smtp = Net::SMTP->new('localhost') or die;
$smtp->mail('reports@example.com');
$smtp->to(@to);
$smtp->data();
$smtp->datasend("Subject: top pages\\n\\n");
$smtp->datasend(join("\\n", map { "$hits{$_} $_" } grep { defined } @top) . "\\n");
$smtp->dataend();
$smtp->quit;
""", A=admin(r))
    return [script(r, "perl", code, d="bin", name="top-pages", cont="home-bin")]


def theme_contact_form(r, v):
    """A long theme functions.php with a contact form: nonce, fixed recipient."""
    inj = """function theme_contact_submit() {
    if (!isset($_POST['theme_contact_nonce']) || !wp_verify_nonce($_POST['theme_contact_nonce'], 'theme_contact')) {
        return;
    }
    $name = sanitize_text_field(wp_unslash($_POST['cf_name'] ?? ''));
    $email = sanitize_email(wp_unslash($_POST['cf_email'] ?? ''));
    $msg = sanitize_textarea_field(wp_unslash($_POST['cf_message'] ?? ''));
    if (!$name || !is_email($email) || !$msg) {
        return;
    }
    wp_mail(get_option('admin_email'), sprintf('[%s] Contact from %s', get_bloginfo('name'), $name), $msg, array('Reply-To: ' . $email));
    wp_safe_redirect(add_query_arg('sent', 1, wp_get_referer()));
    exit;
}
add_action('admin_post_nopriv_theme_contact', 'theme_contact_submit');
add_action('admin_post_theme_contact', 'theme_contact_submit');
"""
    code = php_theme_functions(r, r.randint(150, 450), inj)
    return [F(code, "%s/wp-content/themes/%s/functions.php" % (docroot(r), theme(r)), "php", "theme-dir")]


def queue_worker(r, v):
    """A PHP CLI or Python queue worker sending transactional mail from a jobs table."""
    if v % 2 == 0:
        code = """<?php
// php artisan-style worker: sends queued transactional mail, one job at a time
if (PHP_SAPI !== 'cli') {
    exit(1);
}
require __DIR__ . '/../bootstrap.php';
$pdo = app_db();
$running = true;
pcntl_async_signals(true);
pcntl_signal(SIGTERM, function () use (&$running) { $running = false; });
while ($running) {
    $pdo->beginTransaction();
    $job = $pdo->query("SELECT * FROM jobs WHERE queue = 'mail' AND reserved_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE")->fetch(PDO::FETCH_ASSOC);
    if (!$job) {
        $pdo->commit();
        sleep(5);
        continue;
    }
    $pdo->prepare('UPDATE jobs SET reserved_at = NOW() WHERE id = ?')->execute(array($job['id']));
    $pdo->commit();
    $p = json_decode($job['payload'], true);
    $ok = mail($p['to'], $p['subject'], $p['body'], "From: Example Shop <orders@example.com>\\r\\nContent-Type: text/html; charset=UTF-8");
    $pdo->prepare($ok ? 'DELETE FROM jobs WHERE id = ?' : 'UPDATE jobs SET reserved_at = NULL, attempts = attempts + 1 WHERE id = ?')->execute(array($job['id']));
}
"""
        return [script(r, "php", code, d="app/workers", name="mail-worker", ext="php", cont="home-app")]
    code = """import json
import signal
import smtplib
import time
from email.message import EmailMessage

import redis

r = redis.Redis()
stop = False
signal.signal(signal.SIGTERM, lambda *a: globals().update(stop=True))


def deliver(job):
    m = EmailMessage()
    m['From'] = 'Example Shop <orders@example.com>'
    m['To'] = job['to']
    m['Subject'] = job['subject']
    m.set_content(job['text'])
    with smtplib.SMTP('localhost') as s:
        s.send_message(m)


while not stop:
    item = r.blpop('mail:queue', timeout=5)
    if not item:
        continue
    job = json.loads(item[1])
    try:
        deliver(job)
    except smtplib.SMTPException:
        job['attempts'] = job.get('attempts', 0) + 1
        if job['attempts'] < 5:
            r.rpush('mail:queue', json.dumps(job))
        time.sleep(2)
"""
    return [script(r, "python", code, d="app/workers", name="mailq", cont="home-app")]


def swaks_smtp_test(r, v):
    """An ops script that tests the SMTP relay with swaks or curl to a fixed address."""
    code = T("""# check that the relay accepts authenticated mail; run by hand after changes
set -eu
TO=@A@
RELAY=${1:-smtp.example.com}
if command -v swaks >/dev/null; then
	swaks --to "$TO" --server "$RELAY:587" --tls --auth LOGIN --auth-user "$SMTP_USER" --auth-password "$SMTP_PASS" --header "Subject: relay test $(date +%F)"
else
	printf 'Subject: relay test\\n\\nok\\n' >/tmp/relay-test.txt
	curl --url "smtp://$RELAY:587" --ssl-reqd --mail-from "$SMTP_USER" --mail-rcpt "$TO" --user "$SMTP_USER:$SMTP_PASS" -T /tmp/relay-test.txt
fi
""", A=admin(r))
    return [script(r, "bash", code, d="bin", name="relay-test", cont="home-bin")]


def newsletter_letter_template(r, v):
    """A big HTML letter template and the small PHP that mails it to the site's own confirmed subscribers."""
    d = "%s/wp-content/uploads/newsletter/templates" % docroot(r)
    return [F(letter_html(r, r.choice((60, 90))), d + "/spring-%d.html" % r.randint(2020, 2025), "html", "uploads"),
            F("<?php\n// Silence is golden.\n", d + "/index.php", "php", "uploads")]


# bot look-alikes ----------------------------------------------------------

def community_irc_bot(r, v):
    helpers = "\n\n".join(py_helpers(r, r.randint(3, 50)))
    code = T('''"""Community channel helper: !help, !rules, !seen, !time."""
import socket
import time

RULES = 'Be kind. No spam. Use the pastebin for long logs.'


@HELPERS@


class Bot:
    def __init__(self, server, channel, nick):
        self.server, self.channel, self.nick = server, channel, nick
        self.seen = {}
        self.commands = {'help': self.cmd_help, 'rules': lambda who, arg: RULES, 'seen': self.cmd_seen,
                         'time': lambda who, arg: time.strftime('%H:%M UTC', time.gmtime())}

    def cmd_help(self, who, arg):
        return 'commands: ' + ', '.join('!' + c for c in sorted(self.commands))

    def cmd_seen(self, who, arg):
        t = self.seen.get(arg.strip())
        return '%s was last seen %s' % (arg, time.ctime(t)) if t else 'never seen ' + arg

    def run(self):
        s = socket.create_connection((self.server, 6667))
        f = s.makefile('rw', encoding='utf-8', newline='\\r\\n')
        f.write('NICK %s\\r\\nUSER %s 0 * :community helper\\r\\n' % (self.nick, self.nick))
        f.flush()
        for line in f:
            line = line.rstrip()
            if line.startswith('PING'):
                f.write('PONG' + line[4:] + '\\r\\n')
            elif ' 001 ' in line:
                f.write('JOIN %s\\r\\n' % self.channel)
            elif ' PRIVMSG ' in line:
                who = line[1:].split('!')[0]
                self.seen[who] = time.time()
                text = line.split(' :', 1)[1]
                if text.startswith('!'):
                    name, _, arg = text[1:].partition(' ')
                    fn = self.commands.get(name)
                    if fn:
                        f.write('PRIVMSG %s :%s\\r\\n' % (self.channel, fn(who, arg)))
            f.flush()


if __name__ == '__main__':
    Bot('irc.example.net', '#example-users', 'examplebot').run()
''', HELPERS=helpers)
    return [script(r, "python", code, d="bots/helper", name="helper", cont="home-app")]


def perl_channel_bot(r, v):
    code = """use strict;
use warnings;
use IO::Socket::INET;

my %reply = (
    '!faq'  => sub { 'FAQ: https://www.example.org/faq' },
    '!docs' => sub { 'Docs: https://docs.example.org/' },
    '!time' => sub { scalar gmtime },
);
my $s = IO::Socket::INET->new(PeerAddr => 'irc.example.net', PeerPort => 6667, Proto => 'tcp') or die "connect: $!";
print $s "NICK faqbot\\r\\nUSER faqbot 0 * :FAQ bot of #example\\r\\n";
while (my $l = <$s>) {
    $l =~ s/\\r?\\n$//;
    if ($l =~ /^PING (.*)/) { print $s "PONG $1\\r\\n"; next }
    print $s "JOIN #example\\r\\n" if $l =~ / 001 /;
    if ($l =~ /PRIVMSG (#\\S+) :(!\\w+)/ && $reply{$2}) {
        print $s "PRIVMSG $1 :" . $reply{$2}->() . "\\r\\n";
    }
}
"""
    return [script(r, "perl", code, d="bots", name="faq-helper", cont="home-app")]


def slack_matrix_bot(r, v):
    """A Node chat bot posting deploy and build notices to Slack or Matrix."""
    helpers = "\n".join(js_helpers(r, r.randint(2, 30)))
    code = T("""'use strict';
const https = require('https');
const { execFile } = require('child_process');

@HELP@

const HOOK = process.env.SLACK_WEBHOOK_URL;
function post(text) {
  const u = new URL(HOOK);
  const req = https.request({ hostname: u.hostname, path: u.pathname, method: 'POST', headers: { 'Content-Type': 'application/json' } });
  req.end(JSON.stringify({ text }));
}

// report the current git revision after a deploy; the command is fixed
execFile('git', ['-C', process.env.APP_DIR || '.', 'log', '-1', '--format=%h %s'], (err, out) => {
  post(err ? 'deploy: could not read revision' : `deployed ${out.trim()}`);
});
""", HELP=helpers)
    return [F(code, "app/scripts/notify-deploy.js", "js", "home-app")]


def telegram_notify_bot(r, v):
    """A shop's Telegram notification bot: posts new orders to a staff chat, answers /status."""
    code = T("""import json
import time
import urllib.parse
import urllib.request

TOKEN = '@T@'
STAFF_CHAT = @C@


def api(method, **params):
    url = 'https://api.telegram.org/bot%s/%s' % (TOKEN, method)
    return json.loads(urllib.request.urlopen(url, urllib.parse.urlencode(params).encode(), timeout=60).read())


def status():
    with open('/var/www/example/shared/status.json') as f:
        s = json.load(f)
    return 'orders today: %(orders)d, open tickets: %(tickets)d' % s


offset = 0
while True:
    for u in api('getUpdates', offset=offset, timeout=50).get('result', []):
        offset = u['update_id'] + 1
        text = u.get('message', {}).get('text', '')
        if text == '/status':
            api('sendMessage', chat_id=STAFF_CHAT, text=status())
    time.sleep(1)
""", T="%d:AA%s" % (r.randint(10 ** 9, 9 * 10 ** 9), rw(r, 33)), C=-r.randint(10 ** 12, 9 * 10 ** 12))
    return [script(r, "python", code, d="bots/shop", name="notify", cont="home-app")]


def deploy_script(r, v):
    helpers = "\n".join(sh_helpers(r, r.randint(3, 40)))
    code = T("""# deploy the site to the web hosts listed in hosts.txt
set -euo pipefail
REL=$(date +%Y%m%d%H%M%S)
@HELP@
build() {
	npm ci && npm run build
}
push() {
	local h=$1
	rsync -az --delete dist/ "deploy@$h:/srv/www/releases/$REL/"
	ssh "deploy@$h" "ln -sfn /srv/www/releases/$REL /srv/www/current && sudo systemctl reload php8.2-fpm"
}
build
while read -r host; do
	[ -n "$host" ] && push "$host"
done <<<"$(grep -v '^#' hosts.txt)"
ssh "deploy@$(head -1 hosts.txt)" 'ls -1dt /srv/www/releases/* | tail -n +6 | xargs -r rm -rf'
""", HELP=helpers)
    return [script(r, "bash", code, d="projects/site", name="deploy", cont="home"),
            F("# web hosts\nweb1.example.net\nweb2.example.net\n", "projects/site/hosts.txt", "text", "home")]


def health_check_nc(r, v):
    code = T("""# check the shop's services; exit non-zero and print the failures (cron mails them)
fail=0
for hp in db.example.internal:3306 cache.example.internal:6379 127.0.0.1:25; do
	h=${hp%:*} p=${hp#*:}
	nc -z -w 3 "$h" "$p" || { echo "port $hp closed"; fail=1; }
done
for u in https://www.example.com/ https://www.example.com/wp-json/; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 "$u")
	[ "$code" = 200 ] || { echo "$u -> $code"; fail=1; }
done
exec 3<>/dev/tcp/127.0.0.1/80 && printf 'HEAD / HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3
exit $fail
""")
    return [script(r, "bash", code, d="bin", name="svc-check", cont="home-bin", ext="sh"),
            crontab_file(r, ["MAILTO=%s" % admin(r), "*/5 * * * * bash $HOME/bin/svc-check.sh"])]


def clean_js_bundle(r, v):
    """A big minified front-end bundle with fetch/WebSocket code of the app itself."""
    tail = ";(function(){var e=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/live');e.onmessage=function(t){var n=JSON.parse(t.data);document.dispatchEvent(new CustomEvent('live:'+n.type,{detail:n}))}})();"
    code = js_bundle(r, r.choice((100, 200, 300)), tail)
    return [F(code, "%s/wp-content/themes/%s/assets/js/app.%s.min.js" % (docroot(r), theme(r), hx(r, 8)), "js", "theme-dir")]


def python_chat_relay_worker(r, v):
    """An asyncio worker that relays shop events from a socket to a Matrix room."""
    code = """import asyncio
import json
import os

import aiohttp

ROOM = os.environ['MATRIX_ROOM']
TOKEN = os.environ['MATRIX_TOKEN']
BASE = 'https://matrix.example.org/_matrix/client/v3'


async def relay(reader, writer):
    async with aiohttp.ClientSession() as http:
        async for line in reader:
            ev = json.loads(line)
            body = {'msgtype': 'm.notice', 'body': '%s: %s' % (ev['type'], ev['summary'])}
            await http.put('%s/rooms/%s/send/m.room.message/%s' % (BASE, ROOM, ev['id']), json=body,
                           headers={'Authorization': 'Bearer ' + TOKEN})
    writer.close()


async def main():
    server = await asyncio.start_unix_server(relay, path=os.path.expanduser('~/run/events.sock'))
    async with server:
        await server.serve_forever()


asyncio.run(main())
"""
    return [script(r, "python", code, d="app/relay", name="matrix_relay", cont="home-app")]


# webshell look-alikes -----------------------------------------------------

def backup_plugin_exec(r, v):
    """A backup plugin: exec tar/mysqldump with escaped arguments behind capability and nonce."""
    inj = """function bkp_run_backup() {
    if (!current_user_can('manage_options')) {
        wp_die(esc_html__('Not allowed', 'bkp'), 403);
    }
    check_admin_referer('bkp_run');
    $dir = trailingslashit(wp_upload_dir()['basedir']) . 'bkp-' . wp_hash(home_url());
    wp_mkdir_p($dir);
    $stamp = gmdate('Ymd-His');
    $archive = $dir . '/files-' . $stamp . '.tar.gz';
    $dump = $dir . '/db-' . $stamp . '.sql';
    $cmd = sprintf('tar -czf %s -C %s --exclude=%s .', escapeshellarg($archive), escapeshellarg(ABSPATH), escapeshellarg('wp-content/uploads/bkp-*'));
    exec($cmd . ' 2>&1', $out, $rc);
    $dumpcmd = sprintf('mysqldump --single-transaction -h %s -u %s --password=%s %s > %s', escapeshellarg(DB_HOST), escapeshellarg(DB_USER), escapeshellarg(DB_PASSWORD), escapeshellarg(DB_NAME), escapeshellarg($dump));
    exec($dumpcmd, $out2, $rc2);
    update_option('bkp_last', array('time' => time(), 'rc' => $rc | $rc2));
    wp_safe_redirect(admin_url('tools.php?page=bkp&done=' . (int) ($rc === 0)));
    exit;
}
add_action('admin_post_bkp_run', 'bkp_run_backup');
"""
    code = php_big_plugin(r, "bkp", r.randint(80, 350), inj)
    return [F(code, "%s/wp-content/plugins/simple-site-backup/simple-site-backup.php" % docroot(r), "php", "plugin-dir")]


def template_cache_compiler(r, v):
    """A template engine that compiles to PHP and evals or includes the cache."""
    meth = """    public function render($name, array $vars = array())
    {
        $compiled = $this->cacheDir . '/' . md5($name . filemtime($this->path($name))) . '.php';
        if (!is_file($compiled)) {
            $src = $this->compile(file_get_contents($this->path($name)));
            file_put_contents($compiled, $src, LOCK_EX);
        }
        extract($vars, EXTR_SKIP);
        ob_start();
        include $compiled;
        return ob_get_clean();
    }

    public function renderString($tpl, array $vars = array())
    {
        extract($vars, EXTR_SKIP);
        ob_start();
        eval('?>' . $this->compile($tpl));
        return ob_get_clean();
    }

    protected function compile($src)
    {
        $src = preg_replace('/\\{\\{\\s*(.+?)\\s*\\}\\}/', '<?php echo htmlspecialchars($1, ENT_QUOTES); ?>', $src);
        $src = preg_replace('/\\{%\\s*if (.+?)\\s*%\\}/', '<?php if ($1): ?>', $src);
        $src = preg_replace('/\\{%\\s*endif\\s*%\\}/', '<?php endif; ?>', $src);
        return preg_replace('/\\{%\\s*for (\\$\\w+) in (\\$\\w+)\\s*%\\}/', '<?php foreach ($2 as $1): ?>', $src);
    }

    protected function path($name)
    {
        $p = realpath($this->templateDir . '/' . $name);
        if ($p === false || strpos($p, realpath($this->templateDir)) !== 0) {
            throw new \\InvalidArgumentException('bad template');
        }
        return $p;
    }

    protected $cacheDir = '/tmp';
    protected $templateDir = '/tmp';
"""
    code = php_vendor_class(r, "Lite\\View", "Compiler", r.randint(200, 900), meth)
    return [F(code, "%s/vendor/lite/view/src/Compiler.php" % docroot(r), "php", "vendor-dir")]


def file_manager_plugin(r, v):
    """A file manager plugin: AJAX actions behind manage_options + nonce, confined to uploads."""
    inj = """function fmx_ajax() {
    if (!current_user_can('manage_options')) {
        wp_send_json_error('forbidden', 403);
    }
    check_ajax_referer('fmx', 'nonce');
    $base = realpath(wp_upload_dir()['basedir']);
    $rel = isset($_POST['path']) ? wp_unslash($_POST['path']) : '';
    $path = realpath($base . '/' . $rel);
    if ($path === false || strpos($path, $base) !== 0) {
        wp_send_json_error('outside uploads', 400);
    }
    $actions = array(
        'list'   => function ($p) { return array_values(array_diff(scandir($p), array('.', '..'))); },
        'delete' => function ($p) { return is_file($p) ? unlink($p) : false; },
        'chmod'  => function ($p) { return chmod($p, 0644); },
    );
    $op = sanitize_key($_POST['op'] ?? 'list');
    if (!isset($actions[$op])) {
        wp_send_json_error('unknown op', 400);
    }
    wp_send_json_success($actions[$op]($path));
}
add_action('wp_ajax_fmx', 'fmx_ajax');
"""
    code = php_big_plugin(r, "fmx", r.randint(60, 300), inj)
    return [F(code, "%s/wp-content/plugins/media-file-manager-x/media-file-manager-x.php" % docroot(r), "php", "plugin-dir")]


def db_admin_login(r, v):
    """A DB admin page behind a session login (password_verify) and CSRF token."""
    code = """<?php
session_start();
$cfg = require __DIR__ . '/config.php';
if (isset($_POST['login'])) {
    if (hash_equals($cfg['user'], (string) $_POST['user']) && password_verify((string) $_POST['password'], $cfg['hash'])) {
        session_regenerate_id(true);
        $_SESSION['dbadmin'] = true;
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    } else {
        sleep(2);
    }
}
if (empty($_SESSION['dbadmin'])) {
    echo '<form method="post"><input name="user"><input type="password" name="password"><button name="login">Sign in</button></form>';
    exit;
}
$pdo = new PDO($cfg['dsn'], $cfg['db_user'], $cfg['db_pass'], array(PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION));
$rows = array();
if (isset($_POST['sql']) && hash_equals($_SESSION['csrf'], (string) ($_POST['csrf'] ?? ''))) {
    $st = $pdo->query($_POST['sql']);
    $rows = $st->columnCount() ? $st->fetchAll(PDO::FETCH_ASSOC) : array();
}
?>
<form method="post"><input type="hidden" name="csrf" value="<?= htmlspecialchars($_SESSION['csrf']) ?>"><textarea name="sql"></textarea><button>Run</button></form>
<table><?php foreach ($rows as $r): ?><tr><td><?= implode('</td><td>', array_map('htmlspecialchars', array_map('strval', $r))) ?></td></tr><?php endforeach; ?></table>
"""
    d = "%s/%s" % (docroot(r), r.choice(("dbadmin-" + hx(r, 6), "tools/db")))
    return [F(code, d + "/index.php", "php", "docroot"),
            F("<?php\nreturn array('user' => 'admin', 'hash' => '$2y$10$%s', 'dsn' => 'mysql:host=localhost;dbname=shop', 'db_user' => 'shop', 'db_pass' => getenv('DB_PASS'));\n" % rw(r, 53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"),
              d + "/config.php", "php", "docroot")]


def plugin_ajax_closures(r, v):
    """A plugin whose AJAX router is an array of closures, each behind nonce and capability."""
    inj = """final class Sfx_Router {
    private $routes = array();
    public function __construct() {
        $this->routes = array(
            'save_settings' => array('cap' => 'manage_options', 'cb' => function ($in) { update_option('sfx_settings', array_map('sanitize_text_field', (array) $in)); return true; }),
            'get_stats'     => array('cap' => 'edit_posts', 'cb' => function ($in) { return get_option('sfx_stats', array()); }),
            'clear_cache'   => array('cap' => 'manage_options', 'cb' => function ($in) { return delete_transient('sfx_cache'); }),
        );
        add_action('wp_ajax_sfx', array($this, 'dispatch'));
    }
    public function dispatch() {
        check_ajax_referer('sfx', 'nonce');
        $r = sanitize_key($_POST['route'] ?? '');
        if (!isset($this->routes[$r]) || !current_user_can($this->routes[$r]['cap'])) {
            wp_send_json_error(null, 403);
        }
        $cb = $this->routes[$r]['cb'];
        wp_send_json_success($cb(wp_unslash($_POST['data'] ?? array())));
    }
}
new Sfx_Router();
"""
    code = php_big_plugin(r, "sfx", r.randint(40, 250), inj)
    return [F(code, "%s/wp-content/plugins/social-feed-x/social-feed-x.php" % docroot(r), "php", "plugin-dir")]


def maintenance_mode_page(r, v):
    """A real maintenance page: fixed message, Retry-After, no input."""
    code = """<?php
$protocol = $_SERVER['SERVER_PROTOCOL'] ?? 'HTTP/1.1';
header($protocol . ' 503 Service Unavailable', true, 503);
header('Retry-After: 600');
$until = @file_get_contents(__DIR__ . '/.maintenance-until');
?><!doctype html>
<html><head><meta charset="utf-8"><title>Maintenance</title></head>
<body><h1>We'll be back soon</h1>
<p>The site is being updated<?php if ($until) { echo ' until ' . htmlspecialchars(trim($until)); } ?>.</p>
</body></html>
"""
    return [F(code, "%s/maintenance.php" % docroot(r), "php", "docroot")]


def wp_cli_style_tool(r, v):
    """A CLI site tool with a table of subcommands (closures) run by the owner."""
    code = """<?php
if (PHP_SAPI !== 'cli') {
    exit("cli only\\n");
}
require __DIR__ . '/wp-load.php';
$commands = array(
    'flush'   => function () { wp_cache_flush(); return 'cache flushed'; },
    'cron'    => function () { return wp_next_scheduled('wp_version_check') ? 'cron ok' : 'cron missing'; },
    'users'   => function () { return count_users()['total_users'] . ' users'; },
    'plugins' => function () { return implode("\\n", array_keys(get_plugins())); },
);
$name = $argv[1] ?? 'help';
if (!isset($commands[$name])) {
    fwrite(STDERR, 'usage: php site-tool.php ' . implode('|', array_keys($commands)) . "\\n");
    exit(2);
}
echo $commands[$name](), "\\n";
"""
    return [F(code, "%s/site-tool.php" % docroot(r), "php", "docroot")]


TECHS = (
    ("smtp-vendor-class", smtp_vendor_class, 3),
    ("mailing-list-manager", mailing_list_manager, 3),
    ("node-order-receipts", node_order_receipts, 2),
    ("python-alert-monitor", python_alert_monitor, 2),
    ("shell-logrotate-report", shell_logrotate_report, 4),
    ("nightly-report-mailer", ruby_perl_report, 4),
    ("theme-contact-form", theme_contact_form, 3),
    ("queue-worker-mail", queue_worker, 4),
    ("smtp-relay-test", swaks_smtp_test, 2),
    ("newsletter-letter-template", newsletter_letter_template, 2),
    ("community-irc-bot", community_irc_bot, 2),
    ("perl-channel-bot", perl_channel_bot, 2),
    ("slack-deploy-notify", slack_matrix_bot, 2),
    ("telegram-shop-notify", telegram_notify_bot, 2),
    ("deploy-script", deploy_script, 2),
    ("health-check-nc-curl", health_check_nc, 2),
    ("clean-js-bundle", clean_js_bundle, 3),
    ("matrix-relay-worker", python_chat_relay_worker, 2),
    ("backup-plugin-exec", backup_plugin_exec, 3),
    ("template-cache-compiler", template_cache_compiler, 3),
    ("file-manager-plugin-caps", file_manager_plugin, 3),
    ("db-admin-behind-login", db_admin_login, 2),
    ("plugin-ajax-closures", plugin_ajax_closures, 3),
    ("maintenance-mode-page", maintenance_mode_page, 2),
    ("cli-site-tool", wp_cli_style_tool, 2),
)

KIND_CAT = {
    "smtp-vendor-class": "mailer", "mailing-list-manager": "mailer", "node-order-receipts": "mailer",
    "python-alert-monitor": "mailer", "shell-logrotate-report": "mailer", "nightly-report-mailer": "mailer",
    "theme-contact-form": "mailer", "queue-worker-mail": "mailer", "smtp-relay-test": "mailer",
    "newsletter-letter-template": "mailer",
    "community-irc-bot": "bot", "perl-channel-bot": "bot", "slack-deploy-notify": "bot", "telegram-shop-notify": "bot",
    "deploy-script": "bot", "health-check-nc-curl": "bot", "clean-js-bundle": "bot", "matrix-relay-worker": "bot",
    "backup-plugin-exec": "webshell", "template-cache-compiler": "webshell", "file-manager-plugin-caps": "webshell",
    "db-admin-behind-login": "webshell", "plugin-ajax-closures": "webshell", "maintenance-mode-page": "webshell",
    "cli-site-tool": "webshell",
}
