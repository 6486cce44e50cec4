#!/usr/bin/env bash
# A hosting provider's own webmail login (a Roundcube-style page titled
# "Webmail :: Welcome" posting to ./?_task=login or index.php?_task=login, a
# cPanel-style "Webmail Login" posting to /login/ or login.php) is not a
# brand clone: "Webmail" is a generic word. The same page posting the
# password to another host's PHP script is a clone (medium); a named
# brand's title posting offsite is high.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
site=$t/home/acct/public_html
mkdir -p "$site"
page() { # page FILE TITLE ACTION
	cat >"$1" <<EOF
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>$2</title>
<link rel="stylesheet" href="skins/elastic/styles/styles.min.css"></head>
<body class="task-login">
<form id="login-form" name="login-form" method="post" action="$3">
<input type="hidden" name="_task" value="login">
<label for="u">Username</label><input name="_user" id="u" type="text" required>
<label for="p">Password</label><input name="_pass" id="p" type="password" required>
<button type="submit">Login</button>
</form></body></html>
EOF
}
page "$site/own1.html" "Webmail :: Welcome" "./?_task=login"
page "$site/own2.html" "Webmail :: Welcome" "index.php?_task=login"
page "$site/own3.html" "Webmail Login" "/login/?login_only=1"
page "$site/own4.html" "Webmail Login" "login.php"
page "$site/own5.html" "Office intranet - Sign in" "auth.php"
page "$site/clone1.html" "Webmail :: Welcome" "https://collect.example.net/owa/post.php"
page "$site/clone2.html" "Sign in to your account - Microsoft" "https://mail-check.example.org/next.php"
page "$site/clone3.html" "PayPal: Log in" "post.php"

hs --format json --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
json_valid "$OUT" || not_ok "valid JSON" "$(head -c 300 "$OUT")"
sev_of() { jq_py "$OUT" "[f['severity'] for f in F if f['path'].endswith('/$1')]"; }
for f in own1 own2 own3 own4 own5; do
	check "provider's own login $f.html: no finding ($(sev_of $f.html))" test "$(sev_of $f.html)" = "[]"
done
check "generic title posting offsite: medium ($(sev_of clone1.html))" test "$(sev_of clone1.html)" = "['medium']"
check "brand title posting offsite: high ($(sev_of clone2.html))" test "$(sev_of clone2.html)" = "['high']"
check "brand title posting to a local script: medium ($(sev_of clone3.html))" test "$(sev_of clone3.html)" = "['medium']"
