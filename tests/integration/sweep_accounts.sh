#!/usr/bin/env bash
# sweep: docroot discovery for each control-panel layout under --root, and
# attribution of every finding to the hosting account that owns it.
. "$(dirname "$0")/../lib.sh"
r=$(mktemp_dir)
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
cpuser:x:2001:2001::/home/cpuser:/bin/bash
dauser:x:2002:2002::/home/dauser:/bin/bash
pleskuser:x:2003:2003::/var/www/vhosts/shop.example:/bin/false
web7:x:2004:2004::/var/www/clients/client3/web7:/bin/false
P
shell='<?php @assert($_REQUEST["q"]); ?>'
put() { mkdir -p "$(dirname "$r$1")"; printf '%s\n' "$shell" >"$r$1"; chown "$2" "$r$1"; }
# cPanel: /home/USER/public_html with www as a symlink to it
mkdir -p "$r/home/cpuser/public_html"
ln -s public_html "$r/home/cpuser/www"
put /home/cpuser/public_html/wp-content/uploads/x.php 2001:2001
# DirectAdmin: /home/USER/domains/DOMAIN/public_html
put /home/dauser/domains/da.example/public_html/y.php 2002:2002
# Plesk: /var/www/vhosts/DOMAIN/httpdocs, owned by the subscription user
put /var/www/vhosts/shop.example/httpdocs/z.php 2003:2003
# ISPConfig: /var/www/clients/clientN/webM/web
put /var/www/clients/client3/web7/web/w.php 2004:2004
# a file the shared web user wrote into cpuser's docroot
printf 'hello\n' >"$r/home/cpuser/public_html/wp-content/uploads/note.php"
chown 33:33 "$r/home/cpuser/public_html/wp-content/uploads/note.php"
chown -R 2001:2001 "$r/home/cpuser/public_html" 2>/dev/null
chown 33:33 "$r/home/cpuser/public_html/wp-content/uploads/note.php"
chown 2001:2001 "$r/home/cpuser/public_html/wp-content/uploads/x.php"
chown 2004:2004 "$r/var/www/clients/client3/web7/web"
# something outside every docroot is not swept
put /srv/elsewhere/v.php 0:0

hs --root "$r" --format json sweep
check "sweep exits 1 with findings" test "$RC" = 1
check "valid JSON" json_valid "$OUT"
acct() { jq_py "$OUT" "[f['account'] for f in F if f['path']=='$1' and f['kind']=='file']"; }
check "cPanel docroot: account cpuser" test "$(acct /home/cpuser/public_html/wp-content/uploads/x.php)" = "['cpuser']"
check "DirectAdmin docroot: account dauser" test "$(acct /home/dauser/domains/da.example/public_html/y.php)" = "['dauser']"
check "Plesk httpdocs: account pleskuser" test "$(acct /var/www/vhosts/shop.example/httpdocs/z.php)" = "['pleskuser']"
check "ISPConfig web dir: account web7" test "$(acct /var/www/clients/client3/web7/web/w.php)" = "['web7']"
check "cPanel www symlink not walked twice" test "$(jq_py "$OUT" "len([f for f in F if f['path'].endswith('/x.php')])")" = 1
check "outside the docroots: not swept" test "$(jq_py "$OUT" "any('/srv/' in f['path'] for f in F)")" = False
got=$(jq_py "$OUT" "[(f['severity'], f['owner'], f['uid']) for f in F if f['path'].endswith('/note.php')]")
check "web-user-owned .php in a customer docroot: medium, owner www-data" test "$got" = "[('medium', 'www-data', 33)]"
check "summary counts 4 docroots" test "$(jq_py "$OUT" "S['docroots']")" = 4

hs --root "$r" sweep
check "text report groups by account (cpuser block lists its files)" \
	sh -c "grep -q '^== account cpuser (2 findings)' '$OUT' && grep -q '^== account web7 (1 finding)' '$OUT'"
exit 0
