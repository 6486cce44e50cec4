#!/usr/bin/env bash
# The control panels' web log layouts, under --root. These are FIXTURES:
# cPanel, Plesk and DirectAdmin cannot be installed here, so their log and
# docroot layouts are laid out by hand as the panels document them (the
# line format is the real Apache combined format; logs_provenance.sh covers
# a real Apache). Each panel's log is mapped to its docroot and account:
# a request to a script under uploads/ makes a weblog finding for the
# account that owns that docroot, and nothing else is attributed to it.
. "$(dirname "$0")/../lib.sh"
r=$(mktemp_dir)
mkdir -p "$r/etc" "$r/tmp"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
cpuser:x:2001:2001::/home/cpuser:/bin/bash
dauser:x:2002:2002::/home/dauser:/bin/bash
pleskuser:x:2003:2003::/var/www/vhosts/shop.example:/bin/false
P
now=$(LC_ALL=C date -u +'%d/%b/%Y:%H:%M:%S +0000')
line() { printf '198.51.100.%s - - [%s] "POST %s HTTP/1.1" 200 12 "-" "x"\n' "$1" "$now" "$2"; }
put() { mkdir -p "$(dirname "$r$1")"; printf '<?php echo "x";\n' >"$r$1"; chown "$2" "$r$1"; }
# cPanel: /usr/local/apache/domlogs/DOMAIN (and DOMAIN-ssl_log), docroot public_html
put /home/cpuser/public_html/wp-content/uploads/c.php 2001:2001
mkdir -p "$r/usr/local/apache/domlogs"
line 1 /wp-content/uploads/c.php >"$r/usr/local/apache/domlogs/cp.example"
line 1 /wp-content/uploads/c.php >"$r/usr/local/apache/domlogs/cp.example-ssl_log"
printf 'not a log\n' >"$r/usr/local/apache/domlogs/cp.example-bytes_log"
# Plesk: /var/www/vhosts/system/DOMAIN/logs/access_log, docroot httpdocs
put /var/www/vhosts/shop.example/httpdocs/images/p.php 2003:2003
mkdir -p "$r/var/www/vhosts/system/shop.example/logs"
line 2 /images/p.php >"$r/var/www/vhosts/system/shop.example/logs/access_ssl_log"
# DirectAdmin: /var/log/httpd/domains/DOMAIN.log, docroot /home/USER/domains/DOMAIN/public_html
put /home/dauser/domains/da.example/public_html/wp-content/uploads/d.php 2002:2002
mkdir -p "$r/var/log/httpd/domains"
line 3 /wp-content/uploads/d.php >"$r/var/log/httpd/domains/da.example.log"
line 3 /wp-content/uploads/d.php | gzip >"$r/var/log/httpd/domains/da.example.log.1.gz"
printf 'error\n' >"$r/var/log/httpd/domains/da.example.error.log"

hs --root "$r" --format json logs
check "logs: valid JSON" json_valid "$OUT"
f() { jq_py "$OUT" "sorted(set((f['account'], f['posts']) for f in F if f['kind']=='weblog' and f['path']=='$1'))"; }
got=$(f /home/cpuser/public_html/wp-content/uploads/c.php)
check "cPanel: domlogs (plain and -ssl_log) mapped to cpuser (got $got)" test "$got" = "[('cpuser', 2)]"
got=$(f /var/www/vhosts/shop.example/httpdocs/images/p.php)
check "Plesk: system/DOMAIN/logs mapped to pleskuser (got $got)" test "$got" = "[('pleskuser', 1)]"
got=$(f /home/dauser/domains/da.example/public_html/wp-content/uploads/d.php)
check "DirectAdmin: domains/DOMAIN.log and its .1.gz mapped to dauser (got $got)" test "$got" = "[('dauser', 2)]"
got=$(jq_py "$OUT" "S['logs']['bad_fields']")
check "the bytes and error logs are not read as access logs (got $got bad)" test "$got" = 0
got=$(jq_py "$OUT" "len([f for f in F if f['kind']=='weblog'])")
check "nothing else is reported (got $got)" test "$got" = 3

# Hostile web server configs in the image: a FIFO as apache2.conf (reading
# it would block for ever) and nginx.conf a symlink to /dev/zero (endless).
# Neither is read; each gets one warning naming it, and the run ends.
mkdir -p "$r/etc/apache2" "$r/etc/nginx"
mkfifo "$r/etc/apache2/apache2.conf"
ln -s /dev/zero "$r/etc/nginx/nginx.conf"
timeout 60 "$HOSTSWEEP" --root "$r" --format json logs >"$OUT" 2>"$ERR"
RC=$?
check "hostile configs: the run ends (rc $RC, not the timeout's 124)" test "$RC" != 124
got=$(jq_py "$OUT" "len([f for f in F if f['kind']=='weblog'])")
check "hostile configs: the same 3 weblog findings (got $got)" test "$got" = 3
check "hostile configs: a warning names the FIFO and the device" sh -c "grep -q 'apache2.conf: not read as a web server config: not a regular file' '$ERR' && grep -q 'nginx.conf: not read as a web server config: not a regular file' '$ERR'"
