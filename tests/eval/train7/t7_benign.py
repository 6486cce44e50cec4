"""train7 benign look-alikes: the same APIs used the way a hosting
customer's real code uses them (newsletters, digests, SMTP checks, contact
forms, transactional senders, community chat bots, deploy/backup/monitoring
scripts, SSH automation, load tests of localhost ...). Written blind."""

from t7_common import F, T, rw, hx, dom, docroot, script, crlf, wp_filler, plugin_header

# kind -> the malicious category it looks like
KIND_CAT = {}


def kind(name, cat):
    def deco(fn):
        KIND_CAT[name] = cat
        fn.kind = name
        return fn
    return deco


def site(r):
    return r.choice(("example.com", "shop.example.org", "club.example.net", "blog.example.test"))


@kind("newsletter-double-optin", "mailer")
def newsletter(r, i):
    s = site(r)
    if i % 3 == 0:
        code = T("""<?php
/**
 * Newsletter sender: one batch per cron run, only confirmed subscribers, with List-Unsubscribe.
 */
require __DIR__ . '/../config.php';
$pdo = new PDO(DB_DSN, DB_USER, DB_PASS, array(PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION));
$issue = $pdo->query("SELECT id, subject, html FROM nl_issues WHERE status = 'queued' ORDER BY id LIMIT 1")->fetch();
if (!$issue) { exit(0); }
$st = $pdo->prepare("SELECT s.id, s.email, s.token FROM nl_subscribers s LEFT JOIN nl_sent x ON x.subscriber_id = s.id AND x.issue_id = ?
    WHERE s.confirmed_at IS NOT NULL AND s.unsubscribed_at IS NULL AND x.id IS NULL LIMIT 200");
$st->execute(array($issue['id']));
$mark = $pdo->prepare('INSERT INTO nl_sent (issue_id, subscriber_id, sent_at) VALUES (?, ?, NOW())');
foreach ($st as $sub) {
    $unsub = 'https://@S@/newsletter/unsubscribe?t=' . urlencode($sub['token']);
    $headers = array(
        'From' => '@S@ Newsletter <newsletter@@S@>',
        'List-Unsubscribe' => '<' . $unsub . '>, <mailto:unsubscribe@@S@?subject=' . $sub['token'] . '>',
        'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click',
        'Content-Type' => 'text/html; charset=UTF-8',
    );
    $body = str_replace('{{unsubscribe_url}}', htmlspecialchars($unsub), $issue['html']);
    if (mail($sub['email'], $issue['subject'], $body, $headers)) {
        $mark->execute(array($issue['id'], $sub['id']));
    }
    usleep(200000);
}
""", S=s)
        return [F(code, "home/%s/newsletter/bin/send-batch.php" % rw(r, 6), "php", "plain")]
    if i % 3 == 1:
        code = T("""<?php
// Subscribe endpoint: sends a confirmation link, nothing else.
session_start();
if ($_SERVER['REQUEST_METHOD'] !== 'POST' || !hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
    http_response_code(400);
    exit('Bad request');
}
$email = filter_var(trim($_POST['email'] ?? ''), FILTER_VALIDATE_EMAIL);
if (!$email) { exit('Please enter a valid address.'); }
$token = bin2hex(random_bytes(16));
$db = new mysqli('localhost', 'nl_user', getenv('NL_DB_PASS'), 'newsletter');
$q = $db->prepare('INSERT INTO subscribers (email, token, created_at) VALUES (?, ?, NOW()) ON DUPLICATE KEY UPDATE token = VALUES(token)');
$q->bind_param('ss', $email, $token);
$q->execute();
$link = 'https://@S@/confirm.php?t=' . $token;
mail($email, 'Please confirm your subscription', "Click to confirm: $link\\n\\nIf you did not ask for this, ignore this mail.",
    "From: @S@ <no-reply@@S@>\\r\\nContent-Type: text/plain; charset=UTF-8\\r\\n");
echo 'Check your inbox to confirm.';
""", S=s)
        return [F(code, "%s/newsletter/subscribe.php" % docroot(r), "php", "plain")]
    code = T("""#!/usr/bin/env python3
\"\"\"Monthly club newsletter: reads members.csv (opted in), renders the template, sends over the club's SMTP.\"\"\"
import csv, smtplib, ssl, time, os
from email.message import EmailMessage
from string import Template

TPL = Template(open(os.path.join(os.path.dirname(__file__), 'newsletter.html')).read())
ctx = ssl.create_default_context()
with smtplib.SMTP('smtp.@S@', 587) as s:
    s.starttls(context=ctx)
    s.login(os.environ['CLUB_SMTP_USER'], os.environ['CLUB_SMTP_PASS'])
    for m in csv.DictReader(open('members.csv')):
        if m.get('newsletter') != 'yes':
            continue
        msg = EmailMessage()
        msg['From'] = 'Club Secretary <secretary@@S@>'
        msg['To'] = m['email']
        msg['Subject'] = 'Club news - ' + time.strftime('%B %Y')
        msg['List-Unsubscribe'] = '<https://@S@/members/prefs>'
        msg.set_content('This newsletter is best viewed as HTML.')
        msg.add_alternative(TPL.safe_substitute(name=m['first_name']), subtype='html')
        s.send_message(msg)
        time.sleep(1)
""", S=s)
    return [F(code, "home/%s/club/send_newsletter.py" % rw(r, 6), "python", "script")]


@kind("cron-digest-mailer", "mailer")
def digest(r, i):
    s, u = site(r), rw(r, 6)
    if i % 2 == 0:
        code = T("""<?php
// Daily digest of new forum posts for users who opted in. Run by cron at 07:00.
if (PHP_SAPI !== 'cli') { exit; }
require dirname(__DIR__) . '/app/bootstrap.php';
$since = date('Y-m-d H:i:s', strtotime('-1 day'));
$posts = $db->fetchAll('SELECT title, slug FROM posts WHERE created_at >= ? ORDER BY created_at', array($since));
if (!$posts) { exit(0); }
$items = '';
foreach ($posts as $p) { $items .= '- ' . $p['title'] . ' https://@S@/t/' . $p['slug'] . "\\n"; }
foreach ($db->fetchAll('SELECT email, name FROM users WHERE digest = 1 AND verified = 1') as $user) {
    $text = "Hi {$user['name']},\\n\\nNew since yesterday:\\n\\n$items\\nChange your settings: https://@S@/settings\\n";
    mail($user['email'], '[@S@] Daily digest', $text, "From: @S@ <digest@@S@>\\r\\nAuto-Submitted: auto-generated\\r\\n");
}
""", S=s)
        return [F(code, "home/%s/forum/cron/digest.php" % u, "php", "plain"),
                F("MAILTO=admin@%s\n0 7 * * * /usr/local/bin/php /home/%s/forum/cron/digest.php\n" % (s, u),
                  "var/spool/cron/crontabs/" + u, "crontab", "crontab")]
    code = T("""#!/bin/sh
# weekly disk and backup report for the site owner
REPORT=$(mktemp)
{
  echo "Disk usage for $(hostname) on $(date -I)"
  du -sh ~/public_html ~/backups 2>/dev/null
  echo
  echo "Last backups:"
  ls -lt ~/backups | head -n 5
} > "$REPORT"
mail -s "Weekly report: $(hostname)" owner@@S@ < "$REPORT"
rm -f "$REPORT"
""", S=s)
    return [F(code, "home/%s/bin/weekly-report.sh" % u, "sh", "script"),
            F("30 6 * * 1 $HOME/bin/weekly-report.sh\n", "var/spool/cron/crontabs/" + u, "crontab", "crontab")]


@kind("smtp-health-check", "mailer")
def smtp_check(r, i):
    s = site(r)
    if i % 3 == 0:
        code = T("""#!/usr/bin/env python3
\"\"\"Nagios check: can we reach our SMTP relay, STARTTLS, and log in? Exit 0/1/2.\"\"\"
import smtplib, ssl, sys, os, time
t = time.time()
try:
    s = smtplib.SMTP('smtp.@S@', 587, timeout=10)
    s.ehlo()
    s.starttls(context=ssl.create_default_context())
    s.login(os.environ['CHECK_SMTP_USER'], os.environ['CHECK_SMTP_PASS'])
    code, _ = s.noop()
    s.quit()
except Exception as e:
    print('SMTP CRITICAL - %s' % e)
    sys.exit(2)
dt = time.time() - t
print('SMTP OK - noop %d in %.2fs | time=%.2fs' % (code, dt, dt))
sys.exit(1 if dt > 5 else 0)
""", S=s)
        return [F(code, "home/%s/monitoring/check_smtp.py" % rw(r, 6), "python", "script")]
    if i % 3 == 1:
        code = T("""<?php
// status page probe: connects to the MX, reads the banner, says EHLO and QUIT.
$t0 = microtime(true);
$fp = @fsockopen('mx.@S@', 25, $errno, $errstr, 5);
if (!$fp) { http_response_code(503); exit(json_encode(array('smtp' => 'down', 'error' => $errstr))); }
stream_set_timeout($fp, 5);
$banner = fgets($fp, 512);
fwrite($fp, "EHLO status.@S@\\r\\n");
$caps = array();
while (($l = fgets($fp, 512)) !== false) { $caps[] = trim(substr($l, 4)); if ($l[3] === ' ') break; }
fwrite($fp, "QUIT\\r\\n");
fclose($fp);
header('Content-Type: application/json');
echo json_encode(array('smtp' => substr($banner, 0, 3) === '220' ? 'up' : 'degraded', 'starttls' => in_array('STARTTLS', $caps, true),
    'ms' => round((microtime(true) - $t0) * 1000)));
""", S=s)
        return [F(code, "%s/status/smtp.php" % docroot(r), "php", "plain")]
    code = T("""#!/bin/bash
# send one test message to our own postmaster and check it is accepted
set -euo pipefail
swaks --to postmaster@@S@ --from monitor@@S@ --server smtp.@S@:587 -tls \\
  --auth LOGIN --auth-user monitor@@S@ --auth-password "$(cat ~/.config/monitor/smtp.pw)" \\
  --header "Subject: smtp probe $(date +%s)" --body "probe" --quit-after DATA >/dev/null
echo "smtp ok"
""", S=s)
    return [F(code, "home/%s/bin/smtp-probe" % rw(r, 6), "sh", "script")]


@kind("contact-form-fixed-recipient", "mailer")
def contact_form(r, i):
    s = site(r)
    code = T("""<?php
session_start();
const TO = 'office@@S@';
$errors = array();
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['token'] ?? '', $_POST['token'] ?? '')) { $errors[] = 'Session expired, please retry.'; }
    if (!empty($_POST['website'])) { $errors[] = 'Spam.'; } // honeypot
    $name = trim(str_replace(array("\\r", "\\n"), ' ', $_POST['name'] ?? ''));
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    $msg = trim($_POST['message'] ?? '');
    if (!$email) { $errors[] = 'Invalid e-mail.'; }
    if (strlen($msg) < 10 || strlen($msg) > 5000) { $errors[] = 'Message too short or too long.'; }
    if (!$errors) {
        $headers = "From: Website <no-reply@@S@>\\r\\nReply-To: $email\\r\\nContent-Type: text/plain; charset=UTF-8\\r\\n";
        mail(TO, 'Contact form: ' . mb_substr($name, 0, 60), "From: $name <$email>\\n\\n$msg", $headers);
        header('Location: /thanks.html');
        exit;
    }
}
$_SESSION['token'] = bin2hex(random_bytes(16));
?>
<form method="post">
  <input type="hidden" name="token" value="<?= htmlspecialchars($_SESSION['token']) ?>">
  <input name="name" required> <input type="email" name="email" required>
  <textarea name="message" required></textarea>
  <input name="website" style="display:none">
  <button>Send</button>
</form>
""", S=s)
    if i % 2:
        code = crlf(code)
    return [F(code, "%s/%s" % (docroot(r), r.choice(("contact.php", "kontakt.php", "contact/index.php"))), "php",
              "crlf" if i % 2 else "plain")]


@kind("transactional-api-sender", "mailer")
def transactional(r, i):
    if i % 3 == 0:
        code = """<?php
// order confirmation through SendGrid's v3 API (key from the environment)
function send_order_mail(array $order) {
    $payload = array(
        'personalizations' => array(array('to' => array(array('email' => $order['email'])),
            'dynamic_template_data' => array('order' => $order['number'], 'total' => $order['total']))),
        'from' => array('email' => 'orders@shop.example.org', 'name' => 'Example Shop'),
        'template_id' => 'd-' . '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    );
    $ch = curl_init('https://api.sendgrid.com/v3/mail/send');
    curl_setopt_array($ch, array(CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => array('Authorization: Bearer ' . getenv('SENDGRID_API_KEY'), 'Content-Type: application/json'),
        CURLOPT_POSTFIELDS => json_encode($payload)));
    $res = curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    if ($code >= 300) { error_log('sendgrid ' . $code . ' ' . $res); }
    return $code === 202;
}
"""
        return [F(code, "%s/app/Mail/OrderMailer.php" % docroot(r), "php", "plain")]
    if i % 3 == 1:
        code = """import os, requests

def send_password_reset(user, link):
    r = requests.post(
        'https://api.mailgun.net/v3/mg.example.com/messages',
        auth=('api', os.environ['MAILGUN_KEY']),
        data={'from': 'Example App <no-reply@mg.example.com>', 'to': user.email,
              'subject': 'Reset your password',
              'text': 'Hello %s,\\n\\nUse this link within one hour: %s\\n' % (user.first_name, link)},
        timeout=10)
    r.raise_for_status()
    return r.json()['id']
"""
        return [F(code, "home/%s/app/accounts/mail.py" % rw(r, 6), "python", "plain")]
    code = """const nodemailer = require('nodemailer');
const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });

async function sendReceipt(order) {
  return transport.sendMail({
    from: '"Example Tickets" <tickets@example.net>',
    to: order.email,
    subject: `Your tickets for ${order.event}`,
    text: `Order ${order.id}: ${order.qty} ticket(s). See you there!`,
    attachments: [{ filename: `tickets-${order.id}.pdf`, path: order.pdfPath }],
  });
}
module.exports = { sendReceipt };
"""
    return [F(code, "home/%s/app/lib/receipt.js" % rw(r, 6), "js", "plain")]


@kind("perl-formmail-fixed", "mailer")
def perl_formmail(r, i):
    s = site(r)
    code = T("""#!/usr/bin/perl
# FormMail for the booking form: the recipient is fixed here, never taken from the form.
use strict;
use warnings;
use CGI qw(:standard);
my $recipient = 'bookings@@S@';
my $q = CGI->new;
print $q->header(-type => 'text/html', -charset => 'utf-8');
my %f = map { $_ => scalar $q->param($_) } qw(name email date guests notes);
for (values %f) { $_ = '' unless defined; s/[\\r\\n]+/ /g; }
unless ($f{email} =~ /^[^\\s@]+@[^\\s@]+\\.[a-z]{2,}$/i) { print "<p>Please give a valid e-mail.</p>"; exit; }
open(my $mail, '|-', '/usr/sbin/sendmail', '-t', '-oi') or die "sendmail: $!";
print $mail "To: $recipient\\nFrom: website\\@@S@\\nReply-To: $f{email}\\nSubject: Booking request from $f{name}\\n\\n";
print $mail "$_: $f{$_}\\n" for qw(name email date guests notes);
close $mail;
print "<p>Thank you, we will confirm by e-mail.</p>";
""", S=s)
    return [F(code, "%s/cgi-bin/%s" % (docroot(r), r.choice(("formmail.pl", "booking.cgi", "contact.cgi"))), "perl", "cgi-bin")]


@kind("wp-comment-notify-plugin", "mailer")
def wp_notify(r, i):
    pre = rw(r, 3)
    code = "<?php\n" + plugin_header(r, "comment-notify-" + rw(r, 4)) + "\n".join(wp_filler(r, pre, 4)) + T("""
function @P@_notify_author($comment_id, $approved) {
    if (1 !== $approved) { return; }
    $c = get_comment($comment_id);
    $post = get_post($c->comment_post_ID);
    $author = get_userdata($post->post_author);
    if (!$author || !get_user_meta($author->ID, '@P@_notify', true)) { return; }
    wp_mail($author->user_email, sprintf(__('New comment on "%s"', '@P@'), $post->post_title),
        sprintf("%s wrote:\\n\\n%s\\n\\n%s", $c->comment_author, wp_strip_all_tags($c->comment_content), get_comment_link($c)));
}
add_action('comment_post', '@P@_notify_author', 10, 2);
""", P=pre)
    return [F(code, "%s/wp-content/plugins/comment-notify/comment-notify.php" % docroot(r), "php", "plain")]


@kind("community-irc-bot", "bot")
def irc_bot(r, i):
    ch = "#" + r.choice(("example-users", "club-chat", "project-dev"))
    if i % 2 == 0:
        code = T("""#!/usr/bin/env python3
\"\"\"Channel helper for @C@: !help, !seen NICK, !docs TOPIC. Logs nothing private; no shell access.\"\"\"
import socket, ssl, time, json, os
DOCS = {'install': 'https://docs.example.org/install', 'faq': 'https://docs.example.org/faq'}
SEEN_FILE = os.path.expanduser('~/.local/share/helperbot/seen.json')
seen = json.load(open(SEEN_FILE)) if os.path.exists(SEEN_FILE) else {}
ctx = ssl.create_default_context()
s = ctx.wrap_socket(socket.create_connection(('irc.example.net', 6697)), server_hostname='irc.example.net')
def say(t):
    s.sendall(('PRIVMSG @C@ :' + t + '\\r\\n').encode())
s.sendall(b'NICK ExampleHelper\\r\\nUSER helper 0 * :Example channel helper\\r\\n')
buf = b''
while True:
    buf += s.recv(4096)
    while b'\\r\\n' in buf:
        line, buf = buf.split(b'\\r\\n', 1)
        l = line.decode('utf-8', 'replace')
        if l.startswith('PING'):
            s.sendall(('PONG' + l[4:] + '\\r\\n').encode()); continue
        if ' 001 ' in l:
            s.sendall(b'JOIN @C@\\r\\n')
        if ' PRIVMSG @C@ :' in l:
            nick = l[1:l.index('!')]; text = l.split(' :', 1)[1]
            seen[nick] = time.strftime('%Y-%m-%d %H:%M')
            if text == '!help':
                say('commands: !seen NICK, !docs ' + '|'.join(DOCS))
            elif text.startswith('!seen '):
                who = text.split()[1]; say('%s was last seen %s' % (who, seen.get(who, 'never')))
            elif text.startswith('!docs '):
                say(DOCS.get(text.split()[1], 'no such topic'))
            json.dump(seen, open(SEEN_FILE, 'w'))
""", C=ch)
        return [F(code, "home/%s/.local/share/helperbot/helper.py" % rw(r, 6), "python", "script")]
    code = T("""#!/usr/bin/perl
# Announces new releases from the project's RSS feed in @C@. Read-only: it has no commands.
use strict;
use warnings;
use IO::Socket::INET;
my $feed = 'https://www.example.org/releases.rss';
my $s = IO::Socket::INET->new(PeerAddr => 'irc.example.net', PeerPort => 6667) or die "connect: $!";
print $s "NICK ReleaseBot\\r\\nUSER release 0 * :release announcer\\r\\n";
my %known;
my $last = 0;
while (my $l = <$s>) {
    print $s "PONG $1\\r\\n" if $l =~ /^PING (.*)/;
    print $s "JOIN @C@\\r\\n" if $l =~ / 001 /;
    if (time - $last > 900) {
        $last = time;
        my $xml = `curl -fsS --max-time 20 $feed`;
        while ($xml =~ m{<item>.*?<title>(.*?)</title>.*?<link>(.*?)</link>}sg) {
            next if $known{$2}++;
            print $s "PRIVMSG @C@ :New release: $1 - $2\\r\\n";
        }
    }
}
""", C=ch)
    return [F(code, "home/%s/ircbot/announce.pl" % rw(r, 6), "perl", "script")]


@kind("discord-matrix-chat-bot", "bot")
def chat_bot(r, i):
    if i % 2 == 0:
        code = """import os, discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)
RULES = open(os.path.join(os.path.dirname(__file__), 'rules.txt')).read()

@client.event
async def on_message(message):
    if message.author.bot:
        return
    if message.content == '!rules':
        await message.channel.send(RULES)
    elif message.content == '!events':
        await message.channel.send('Next meetup: first Thursday of the month, see https://club.example.net/events')

client.run(os.environ['DISCORD_TOKEN'])
"""
        return [F(code, "home/%s/discord-bot/bot.py" % rw(r, 6), "python", "script")]
    code = """const sdk = require('matrix-js-sdk');
const client = sdk.createClient({ baseUrl: 'https://matrix.example.org', accessToken: process.env.MATRIX_TOKEN, userId: '@welcome:example.org' });
client.on('RoomMember.membership', (event, member) => {
  if (member.membership === 'join' && member.userId !== client.getUserId()) {
    client.sendTextMessage(member.roomId, `Welcome ${member.name}! Please read the pinned rules.`);
  }
});
client.startClient({ initialSyncLimit: 1 });
"""
    return [F(code, "home/%s/matrix-welcome/index.js" % rw(r, 6), "js", "script")]


@kind("deploy-script-ssh-rsync", "bot")
def deploy(r, i):
    u = rw(r, 6)
    code = T("""#!/bin/bash
# deploy the site from CI: build, rsync to the host, run migrations, reload php-fpm
set -euo pipefail
HOST=deploy@@H@
DEST=/home/@U@/public_html
npm ci && npm run build
rsync -az --delete --exclude .env --exclude storage/ ./ "$HOST:$DEST/"
ssh -o BatchMode=yes "$HOST" "cd $DEST && php artisan migrate --force && php artisan config:cache"
curl -fsS -X POST -H 'Content-Type: application/json' -d "{\\"text\\":\\"deployed $(git rev-parse --short HEAD)\\"}" "$SLACK_WEBHOOK_URL" >/dev/null
""", H=r.choice(("web1.example.com", "198.51.100.20")), U=u)
    return [F(code, "home/%s/src/site/scripts/deploy.sh" % u, "sh", "script")]


@kind("backup-crontab", "bot")
def backup(r, i):
    u = rw(r, 6)
    code = T("""#!/bin/sh
# nightly: dump the database, tar the docroot, keep 7 days, copy offsite
set -e
D=$HOME/backups/$(date +%F)
mkdir -p "$D"
mysqldump --defaults-file=$HOME/.my.cnf --single-transaction @U@_wp | gzip > "$D/db.sql.gz"
tar -czf "$D/files.tar.gz" -C "$HOME" public_html
find "$HOME/backups" -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
rclone copy "$D" offsite:backups/@U@/$(date +%F) --quiet
""", U=u)
    cron = "# m h dom mon dow command\n15 2 * * * $HOME/bin/backup.sh >> $HOME/logs/backup.log 2>&1\n@reboot sleep 120 && $HOME/bin/backup.sh --check\n"
    return [F(code, "home/%s/bin/backup.sh" % u, "sh", "script"), F(cron, "var/spool/cron/crontabs/" + u, "crontab", "crontab")]


@kind("uptime-monitor-curl-loop", "bot")
def monitor(r, i):
    if i % 2 == 0:
        code = """#!/bin/bash
# checks our own sites every minute and posts to the team channel when one goes down
SITES="https://www.example.com/ https://shop.example.org/health https://api.example.com/ping"
declare -A state
while true; do
  for u in $SITES; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$u")
    if [ "$code" != "200" ] && [ "${state[$u]}" != down ]; then
      curl -s -X POST -H 'Content-Type: application/json' -d "{\\"content\\":\\"$u is DOWN ($code)\\"}" "$DISCORD_WEBHOOK" >/dev/null
      state[$u]=down
    elif [ "$code" = "200" ]; then
      state[$u]=up
    fi
  done
  sleep 60
done
"""
        return [F(code, "home/%s/monitor/watch-sites.sh" % rw(r, 6), "sh", "script")]
    code = """#!/usr/bin/env python3
import time, urllib.request, json, os
TARGETS = ['https://www.example.com/', 'https://blog.example.test/feed']
TOKEN, CHAT = os.environ['TG_TOKEN'], os.environ['TG_CHAT']
def alert(text):
    data = json.dumps({'chat_id': CHAT, 'text': text}).encode()
    urllib.request.urlopen(urllib.request.Request('https://api.telegram.org/bot%s/sendMessage' % TOKEN, data=data,
                                                  headers={'Content-Type': 'application/json'}), timeout=10)
down = set()
while True:
    for t in TARGETS:
        try:
            ok = urllib.request.urlopen(t, timeout=10).status == 200
        except Exception:
            ok = False
        if not ok and t not in down:
            down.add(t); alert('DOWN: ' + t)
        elif ok and t in down:
            down.discard(t); alert('UP again: ' + t)
    time.sleep(60)
"""
    return [F(code, "home/%s/.local/bin/uptime.py" % rw(r, 6), "python", "script")]


@kind("socket-port-check", "bot")
def port_check(r, i):
    if i % 2 == 0:
        code = """#!/usr/bin/env python3
\"\"\"Check that the services of this account answer on localhost (nagios-style).\"\"\"
import socket, sys
SERVICES = {'redis': 6379, 'memcached': 11211, 'app': 8000}
bad = []
for name, port in SERVICES.items():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(2)
    if s.connect_ex(('127.0.0.1', port)) != 0:
        bad.append(name)
    s.close()
print('CRITICAL: ' + ', '.join(bad) if bad else 'OK: all services up')
sys.exit(2 if bad else 0)
"""
        return [F(code, "home/%s/bin/check_local_services.py" % rw(r, 6), "python", "script")]
    code = """#!/bin/bash
# wait-for-it: block until the database port of the dev stack accepts connections
host=${1:-127.0.0.1} port=${2:-3306} t=${3:-30}
for _ in $(seq "$t"); do
  if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then echo "$host:$port is up"; exit 0; fi
  sleep 1
done
echo "timeout waiting for $host:$port" >&2
exit 1
"""
    return [F(code, "home/%s/project/docker/wait-for.sh" % rw(r, 6), "sh", "script")]


@kind("local-load-test", "bot")
def load_test(r, i):
    if i % 2 == 0:
        code = """#!/usr/bin/env python3
\"\"\"Tiny load test of the staging app on localhost before a release.\"\"\"
import threading, time, urllib.request, statistics
URL = 'http://127.0.0.1:8080/'
N, C = 2000, 20
lat, lock = [], threading.Lock()
def worker(k):
    for _ in range(k):
        t = time.perf_counter()
        urllib.request.urlopen(URL, timeout=5).read()
        with lock:
            lat.append(time.perf_counter() - t)
ts = [threading.Thread(target=worker, args=(N // C,)) for _ in range(C)]
[t.start() for t in ts]; [t.join() for t in ts]
print('requests %d  p50 %.1fms  p95 %.1fms' % (len(lat), statistics.median(lat) * 1e3, sorted(lat)[int(len(lat) * .95)] * 1e3))
"""
        return [F(code, "home/%s/app/tools/loadtest.py" % rw(r, 6), "python", "script")]
    code = """// k6-like smoke test with autocannon against the local dev server only
const autocannon = require('autocannon');
autocannon({ url: 'http://localhost:3000', connections: 50, duration: 20, headers: { 'x-loadtest': '1' } }, (err, res) => {
  if (err) throw err;
  console.log(autocannon.printResult(res));
});
"""
    return [F(code, "home/%s/web/bench/smoke.js" % rw(r, 6), "js", "script")]


@kind("systemd-user-service", "bot")
def user_unit(r, i):
    u = rw(r, 6)
    name = r.choice(("syncthing", "app-queue-worker", "gunicorn-site"))
    unit = T("""[Unit]
Description=@N@ for this account
After=network-online.target

[Service]
WorkingDirectory=%h/app
ExecStart=@X@
Restart=on-failure
Environment=PYTHONUNBUFFERED=1

[Install]
WantedBy=default.target
""", N=name, X={"syncthing": "/usr/bin/syncthing serve --no-browser --no-restart",
                "app-queue-worker": "/usr/bin/php %h/app/artisan queue:work --sleep=3 --tries=3",
                "gunicorn-site": "%h/app/venv/bin/gunicorn -b 127.0.0.1:8001 site.wsgi"}[name])
    return [F(unit, "home/%s/.config/systemd/user/%s.service" % (u, name), "systemd", "persistence")]


@kind("dotfiles-bashrc", "bot")
def dotfiles(r, i):
    code = """# ~/.bashrc
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth:erasedups
HISTSIZE=5000
shopt -s histappend checkwinsize
export PATH="$HOME/.local/bin:$HOME/.composer/vendor/bin:$PATH"
export EDITOR=vim
alias ll='ls -alF'
alias gs='git status -sb'
alias art='php artisan'
alias tailerr='tail -f ~/logs/error_log'
[ -f ~/.nvm/nvm.sh ] && . ~/.nvm/nvm.sh
if [ -z "$SSH_AUTH_SOCK" ]; then eval "$(ssh-agent -s)" >/dev/null; fi
PROMPT_COMMAND='history -a'
PS1='\\u@\\h:\\w$(__git_ps1 " (%s)" 2>/dev/null)\\$ '
"""
    return [F(code, "home/%s/%s" % (rw(r, 6), (".bashrc", ".profile")[i % 2]), "sh", "dotfile")]


@kind("verified-installer", "bot")
def installer(r, i):
    code = """#!/bin/sh
# install a pinned release of the CLI into ~/.local/bin, verifying its checksum
set -eu
VER=2.14.1
URL=https://downloads.example.com/tool/v$VER/tool-linux-amd64.tar.gz
SUM=3b5d5c3712955042212316173ccf37be800c2e1e5d5a4f0d9bc6e4f0a3b2c1d0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL "$URL" -o "$tmp/t.tgz"
echo "$SUM  $tmp/t.tgz" | sha256sum -c -
tar -xzf "$tmp/t.tgz" -C "$tmp"
install -m 0755 "$tmp/tool" "$HOME/.local/bin/tool"
"$HOME/.local/bin/tool" --version
"""
    return [F(code, "home/%s/bin/install-tool.sh" % rw(r, 6), "sh", "script")]


@kind("ssh-automation", "bot")
def ssh_auto(r, i):
    if i % 2 == 0:
        code = """#!/usr/bin/env python3
\"\"\"Run the same read-only health command on our own servers (inventory file, key auth).\"\"\"
import paramiko, sys
HOSTS = [l.split()[0] for l in open('inventory.txt') if l.strip() and not l.startswith('#')]
CMD = 'uptime; df -h / | tail -1'
for h in HOSTS:
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect(h, username='ops', key_filename='/home/ops/.ssh/id_ed25519', timeout=10)
    _, out, err = c.exec_command(CMD)
    print('==', h); sys.stdout.write(out.read().decode())
    c.close()
"""
        return [F(code, "home/%s/ops/fleet_health.py" % rw(r, 6), "python", "script")]
    code = """#!/bin/bash
# rotate the deploy key on our staging hosts
set -euo pipefail
NEW=~/.ssh/deploy_$(date +%Y%m)
ssh-keygen -t ed25519 -N '' -f "$NEW" -C "deploy $(date +%F)"
for h in staging1.example.com staging2.example.com; do
  ssh-copy-id -i "$NEW.pub" "deploy@$h"
  ssh -i "$NEW" "deploy@$h" true && echo "$h ok"
done
"""
    return [F(code, "home/%s/bin/rotate-deploy-key.sh" % rw(r, 6), "sh", "script")]


@kind("log-rotate-cleanup", "bot")
def logrotate(r, i):
    code = """#!/bin/sh
# compress and expire this account's own logs (the host's logrotate does not see ~/logs)
cd "$HOME/logs" || exit 0
find . -name '*.log' -size +50M -exec sh -c 'gzip -c "$1" > "$1.$(date +%F).gz" && : > "$1"' _ {} \\;
find . -name '*.gz' -mtime +30 -delete
rm -f ~/public_html/error_log.old
"""
    u = rw(r, 6)
    return [F(code, "home/%s/bin/rotate-logs.sh" % u, "sh", "script"),
            F("0 4 * * * $HOME/bin/rotate-logs.sh\n", "var/spool/cron/crontabs/" + u, "crontab", "crontab")]


@kind("dev-proxy-tunnel", "bot")
def dev_proxy(r, i):
    if i % 2 == 0:
        code = """#!/bin/sh
# open a tunnel to the staging database for a local client, closed when the shell exits
exec ssh -N -L 127.0.0.1:13306:127.0.0.1:3306 -o ExitOnForwardFailure=yes deploy@db.example.com
"""
        return [F(code, "home/%s/bin/db-tunnel" % rw(r, 6), "sh", "script")]
    code = """// dev server proxy: forwards /api to the backend on localhost
const http = require('http');
const httpProxy = require('http-proxy');
const proxy = httpProxy.createProxyServer({ target: 'http://127.0.0.1:8000', changeOrigin: true });
http.createServer((req, res) => {
  if (req.url.startsWith('/api/')) return proxy.web(req, res);
  res.writeHead(404); res.end();
}).listen(5173, '127.0.0.1');
"""
    return [F(code, "home/%s/app/dev-proxy.js" % rw(r, 6), "js", "script")]


@kind("app-env-loader", "bot")
def env_loader(r, i):
    code = """<?php
// loads this application's own .env (one level above the docroot) into getenv()
$path = dirname(__DIR__) . '/.env';
if (is_readable($path)) {
    foreach (file($path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
        if ($line[0] === '#' || strpos($line, '=') === false) { continue; }
        list($k, $v) = explode('=', $line, 2);
        $v = trim($v, " \\t\\"'");
        putenv("$k=$v");
        $_ENV[$k] = $v;
    }
}
$db = new PDO(sprintf('mysql:host=%s;dbname=%s;charset=utf8mb4', getenv('DB_HOST'), getenv('DB_DATABASE')), getenv('DB_USERNAME'), getenv('DB_PASSWORD'));
"""
    return [F(code, "%s/bootstrap/env.php" % docroot(r), "php", "plain")]


@kind("wp-cli-admin-tool", "webshell")
def wp_cli_tool(r, i):
    pre = rw(r, 3)
    code = "<?php\n" + plugin_header(r, "maintenance-tools-" + rw(r, 3)) + T("""
function @P@_run_task() {
    if (!current_user_can('manage_options')) { wp_die(__('Not allowed', '@P@'), 403); }
    check_admin_referer('@P@_task');
    $tasks = array(
        'cache'   => array('wp', 'cache', 'flush'),
        'cron'    => array('wp', 'cron', 'event', 'run', '--due-now'),
        'search'  => array('wp', 'search-replace', 'http://example.com', 'https://example.com', '--dry-run'),
    );
    $t = sanitize_key($_POST['task'] ?? '');
    if (!isset($tasks[$t])) { wp_die('Unknown task'); }
    $p = proc_open($tasks[$t], array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pipes, ABSPATH);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    set_transient('@P@_last_output', $out, 300);
    wp_safe_redirect(admin_url('tools.php?page=@P@'));
    exit;
}
add_action('admin_post_@P@_task', '@P@_run_task');
""", P=pre)
    return [F(code, "%s/wp-content/plugins/maintenance-tools/maintenance-tools.php" % docroot(r), "php", "plain")]


@kind("image-metadata-reader", "webshell")
def exif_reader(r, i):
    code = """<?php
// gallery: shows camera and exposure data of uploaded photos (read-only, escaped)
$file = basename($_GET['img'] ?? '');
$path = __DIR__ . '/photos/' . $file;
if (!preg_match('/^[\\w-]+\\.jpe?g$/i', $file) || !is_file($path)) { http_response_code(404); exit; }
$e = @exif_read_data($path, 'IFD0,EXIF', true);
$rows = array('Camera' => $e['IFD0']['Model'] ?? '-', 'Lens' => $e['EXIF']['UndefinedTag:0xA434'] ?? '-',
    'Exposure' => $e['EXIF']['ExposureTime'] ?? '-', 'ISO' => $e['EXIF']['ISOSpeedRatings'] ?? '-',
    'Comment' => $e['COMPUTED']['UserComment'] ?? '');
echo '<table>';
foreach ($rows as $k => $v) { echo '<tr><th>' . htmlspecialchars($k) . '</th><td>' . htmlspecialchars((string) $v) . '</td></tr>'; }
echo '</table>';
"""
    return [F(code, "%s/gallery/exif.php" % docroot(r), "php", "plain")]


@kind("sse-progress-endpoint", "webshell")
def sse_progress(r, i):
    code = """<?php
// import progress for the admin page: streams the job's progress row as server-sent events
require __DIR__ . '/../bootstrap.php';
require_admin();
header('Content-Type: text/event-stream');
header('Cache-Control: no-cache');
$job = (int) ($_GET['job'] ?? 0);
$st = $pdo->prepare('SELECT done, total, status FROM import_jobs WHERE id = ?');
for ($i = 0; $i < 600; $i++) {
    $st->execute(array($job));
    $row = $st->fetch(PDO::FETCH_ASSOC);
    echo 'data: ' . json_encode($row) . "\\n\\n";
    @ob_flush(); flush();
    if (!$row || $row['status'] !== 'running') { break; }
    sleep(1);
}
"""
    return [F(code, "%s/admin/import-progress.php" % docroot(r), "php", "plain")]


@kind("ssi-footer-include", "webshell")
def ssi_footer(r, i):
    d = docroot(r)
    page = """<!DOCTYPE html>
<html><head><title>Opening hours</title></head>
<body>
<!--#include virtual="/inc/header.html" -->
<h1>Opening hours</h1>
<p>Mon-Fri 9:00-18:00</p>
<p>Last updated: <!--#flastmod file="hours.shtml" --></p>
<!--#include virtual="/inc/footer.html" -->
</body></html>
"""
    return [F(page, d + "/hours.shtml", "html", "ssi"), F("Options +IncludesNOEXEC\nAddType text/html .shtml\nAddOutputFilter INCLUDES .shtml\n",
                                                           d + "/.htaccess", "htaccess", "htaccess")]


TECHS = tuple((fn.kind, fn) for fn in (
    newsletter, digest, smtp_check, contact_form, transactional, perl_formmail, wp_notify, irc_bot, chat_bot,
    deploy, backup, monitor, port_check, load_test, user_unit, dotfiles, installer, ssh_auto, logrotate, dev_proxy,
    env_loader, wp_cli_tool, exif_reader, sse_progress, ssi_footer))
