#!/usr/bin/env bash
# Provenance from real logs written by real servers on loopback:
#  - Apache 2 with mod_php serving two accounts' docroots (vhosts from an
#    Include'd file), real POSTs with curl: the `weblog` finding;
#  - vsftpd taking uploads over FTP (dual log: vsftpd.log and xferlog);
#  - sshd with internal-sftp -l INFO, an sftp upload with a key, logged
#    through a private rsyslogd (sshd runs in a mount namespace whose
#    /dev/log is that rsyslogd's socket, so nothing else on the machine
#    logs there and we read nobody else's auth.log).
# Every PHP file served is invented and harmless (it echoes a word); the
# "flagged" one evals a base64 string that decodes to `echo "ok";`.
# Ports 28411-28431 and users hsprova/hsprovb are this test's own.
. "$(dirname "$0")/../lib.sh"
if [ "$(id -u)" != 0 ]; then
	skip "real Apache, vsftpd, sshd" "needs root"
	exit 0
fi
"$SRC/scripts/deps.sh" test >/dev/null 2>&1 || true
for b in apache2 vsftpd /usr/sbin/sshd rsyslogd curl sftp unshare; do
	if ! command -v "$b" >/dev/null; then
		skip "real Apache, vsftpd, sshd" "$b is not installed"
		exit 0
	fi
done
PHPMOD=$(ls /usr/lib/apache2/modules/libphp*.so 2>/dev/null | head -n1)
[ -n "$PHPMOD" ] || { skip "real Apache" "no mod_php"; exit 0; }

T=$(mktemp_dir)
chmod 0755 "$T"
mkdir -p "$T"/{logs,run,empty,dev,ssh,keys,state,tmpd,sites}
HTTP=28431 FTP=28421 SSH=28411
A=hsprova B=hsprovb PW='Hs-prov-test-1'
for u in $A $B; do
	userdel -r "$u" >/dev/null 2>&1 || true
	useradd -m -d "$T/home/$u" -s /bin/sh "$u"
	echo "$u:$PW" | chpasswd
	mkdir -p "$T/home/$u/public_html/wp-content/uploads" "$T/home/$u/public_html/images"
	chmod 0755 "$T/home" "$T/home/$u"
	chown -R "$u:" "$T/home/$u/public_html"
	printf '<?php echo "front";\n' >"$T/home/$u/public_html/index.php"
done
at_exit "userdel -r $A >/dev/null 2>&1; userdel -r $B >/dev/null 2>&1"

# ---- Apache ----
cat >"$T/httpd.conf" <<EOF
ServerRoot /etc/apache2
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule php_module $PHPMOD
Listen 127.0.0.1:$HTTP
PidFile $T/run/httpd.pid
Mutex file:$T/run
DefaultRuntimeDir $T/run
ErrorLog $T/logs/error.log
User www-data
Group www-data
ServerName 127.0.0.1
TypesConfig /etc/mime.types
LogFormat "%h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"" combined
<FilesMatch "\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
IncludeOptional $T/sites/*.conf
EOF
for u in $A $B; do
	cat >"$T/sites/$u.conf" <<EOF
<VirtualHost 127.0.0.1:$HTTP>
  ServerName $u.hsprov.test
  DocumentRoot $T/home/$u/public_html
  CustomLog $T/logs/${u}_access.log combined
</VirtualHost>
EOF
done
apache2 -f "$T/httpd.conf" -k start || { not_ok "apache starts" "$(tail "$T/logs/error.log")"; exit 1; }
at_exit "apache2 -f '$T/httpd.conf' -k stop >/dev/null 2>&1; sleep 0.5; [ -f '$T/run/httpd.pid' ] && kill \$(cat '$T/run/httpd.pid') 2>/dev/null"

# ---- vsftpd ----
cat >"$T/vsftpd.conf" <<EOF
listen=YES
listen_address=127.0.0.1
listen_port=$FTP
background=NO
anonymous_enable=NO
local_enable=YES
write_enable=YES
chroot_local_user=YES
allow_writeable_chroot=YES
secure_chroot_dir=$T/empty
pam_service_name=vsftpd
pasv_address=127.0.0.1
pasv_min_port=28422
pasv_max_port=28429
xferlog_enable=YES
dual_log_enable=YES
vsftpd_log_file=$T/logs/vsftpd.log
xferlog_file=$T/logs/xferlog
seccomp_sandbox=NO
EOF
vsftpd "$T/vsftpd.conf" >"$T/logs/vsftpd.out" 2>&1 &
FTPPID=$!
at_exit "kill $FTPPID 2>/dev/null"

# ---- rsyslogd on a private socket, sshd in a namespace that logs to it ----
cat >"$T/rsyslog.conf" <<EOF
module(load="imuxsock" SysSock.Name="$T/dev/log" SysSock.Unlink="on")
\$WorkDirectory $T/run
auth,authpriv.* $T/logs/auth.log
EOF
for n in null zero random urandom tty full; do touch "$T/dev/$n"; done
rsyslogd -f "$T/rsyslog.conf" -i "$T/run/rsyslog.pid"
at_exit "[ -f '$T/run/rsyslog.pid' ] && kill \$(cat '$T/run/rsyslog.pid') 2>/dev/null"
ssh-keygen -q -t ed25519 -N '' -f "$T/ssh/host"
ssh-keygen -q -t ed25519 -N '' -f "$T/ssh/client"
cp "$T/ssh/client.pub" "$T/keys/$A"
chmod 0644 "$T/keys/$A"
cat >"$T/sshd_config" <<EOF
Port $SSH
ListenAddress 127.0.0.1
HostKey $T/ssh/host
PidFile $T/run/sshd.pid
AuthorizedKeysFile $T/keys/%u
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
SyslogFacility AUTH
LogLevel INFO
Subsystem sftp internal-sftp -l INFO
EOF
made_run_sshd=0
[ -d /run/sshd ] || { mkdir -p /run/sshd && made_run_sshd=1; }
at_exit "[ $made_run_sshd = 1 ] && rmdir /run/sshd 2>/dev/null"
for i in $(seq 50); do [ -S "$T/dev/log" ] && break; sleep 0.1; done
unshare -m sh -c "for n in null zero random urandom tty full; do mount --bind /dev/\$n '$T/dev/'\$n; done
mount --rbind '$T/dev' /dev && exec /usr/sbin/sshd -f '$T/sshd_config'"
at_exit "[ -f '$T/run/sshd.pid' ] && kill \$(cat '$T/run/sshd.pid') 2>/dev/null"
for i in $(seq 50); do
	[ -f "$T/run/sshd.pid" ] && curl -s -o /dev/null "http://127.0.0.1:$HTTP/" && break
	sleep 0.1
done

# ---- the incident ----
# an FTP upload by A (a harmless mailer stand-in in uploads/), an FTP login by B
# from the same address (the lateral spread), an SFTP upload by A (the file
# the scan flags)
printf '<?php echo "sent";\n' >"$T/mailer.php"
printf '<?php\n$c = "ZWNobyAib2siOw==";\n@eval(base64_decode($c));\n' >"$T/flagged.php"
curl -s -T "$T/mailer.php" --user "$A:$PW" "ftp://127.0.0.1:$FTP/public_html/wp-content/uploads/"
check "vsftpd took the upload" test -f "$T/home/$A/public_html/wp-content/uploads/mailer.php"
curl -s --user "$B:$PW" "ftp://127.0.0.1:$FTP/" >/dev/null
printf 'put %s public_html/images/thumb.php\n' "$T/flagged.php" >"$T/batch"
sftp -q -b "$T/batch" -i "$T/ssh/client" -P "$SSH" -o StrictHostKeyChecking=no \
	-o UserKnownHostsFile=/dev/null -o BatchMode=yes "$A@127.0.0.1" >/dev/null 2>&1
check "sshd took the sftp upload" test -f "$T/home/$A/public_html/images/thumb.php"
post() { # post ACCOUNT PATH N
	local i
	for i in $(seq "$3"); do
		curl -s -o /dev/null -H "Host: $1.hsprov.test" -d "to=x$i@example.invalid" \
			"http://127.0.0.1:$HTTP$2"
	done
}
post $A /wp-content/uploads/mailer.php 30
post $A /index.php 40 # a front controller: busy, not suspicious
post $A /images/thumb.php 3
post $B /index.php 5
sleep 1 # rsyslog and Apache write asynchronously

cat >"$T/hs.conf" <<EOF
[general]
state_dir = $T/state
[scan]
docroots = $T/home/*/public_html
tmp_dirs = $T/tmpd
[accounts]
min_uid = 1000
[logs]
apache_conf = $T/httpd.conf
ftp_logs = $T/logs/vsftpd.log $T/logs/xferlog
auth_logs = $T/logs/auth.log
post_burst = 20
burst_window = 1h
EOF
hs --config "$T/hs.conf" --format json sweep
check "sweep: valid JSON" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
FL="$T/home/$A/public_html/images/thumb.php"
ML="$T/home/$A/public_html/wp-content/uploads/mailer.php"
check "the flagged file is found" test "$(q "len([f for f in F if f['kind']=='file' and f['path']=='$FL'])")" = 1
got=$(q "[(p['upload']['proto'], p['upload']['user'], p['upload']['client']) for f in F if f['kind']=='file' and f['path']=='$FL' for p in [f.get('provenance') or {'upload':{'proto':0,'user':0,'client':0}}]]")
check "its provenance: uploaded over sftp by $A from 127.0.0.1 (got $got)" test "$got" = "[('sftp', '$A', '127.0.0.1')]"
got=$(q "[f['provenance']['web']['posts'] for f in F if f['kind']=='file' and f['path']=='$FL' and 'web' in f.get('provenance', {})]")
check "its provenance: the 3 POSTs to it (got $got)" test "$got" = "[3]"
got=$(q "sorted(f['rules'][0] for f in F if f['kind']=='weblog' and f['path']=='$ML')")
check "weblog: a POST burst to the FTP-uploaded script (got $got)" grep -q "weblog.post_burst" <<<"$got"
got=$(q "[f['rules'] for f in F if f['kind']=='weblog' and f['path']=='$ML']")
check "weblog: it is under uploads/ and new (got $got)" bash -c "grep -q weblog.php_in_uploads <<<\"\$1\" && grep -q weblog.recent_file_posts <<<\"\$1\"" _ "$got"
got=$(q "[(f['account'], f['provenance']['upload']['proto'], f['provenance']['upload']['user']) for f in F if f['kind']=='weblog' and f['path']=='$ML']")
check "weblog: attributed to $A, uploaded over ftp by $A (got $got)" test "$got" = "[('$A', 'ftp', '$A')]"
got=$(q "[f['rules'] for f in F if f['kind']=='weblog' and f['path']=='$FL']")
check "weblog: requests to the flagged file (got $got)" grep -q "weblog.flagged_file_requests" <<<"$got"
got=$(q "len([f for f in F if f['kind']=='weblog' and f['path'].endswith('/index.php')])")
check "no weblog finding for the front controllers (got $got)" test "$got" = 0
got=$(q "S['logs']['bad_long']+S['logs']['bad_fields']+S['logs']['bad_nul']")
check "no bad lines in real logs (got $got)" test "$got" = 0

# a repeat sweep reads only what was appended: the burst is not reported again
hs --config "$T/hs.conf" --format json sweep
got=$(q "len([f for f in F if f['kind']=='weblog' and 'weblog.post_burst' in f['rules']])")
check "repeat sweep: the old burst is not reported again (got $got)" test "$got" = 0
got=$(q "S['logs']['resumed']")
check "repeat sweep: the web logs were resumed (got $got)" test "$got" -ge 2
post $A /wp-content/uploads/mailer.php 25
sleep 0.5
hs --config "$T/hs.conf" --format json sweep
got=$(q "[f['posts'] for f in F if f['kind']=='weblog' and 'weblog.post_burst' in f['rules']]")
check "a new burst after the repeat: reported with only the new POSTs (got $got)" test "$got" = "[25]"

# the lateral spread: the address A came from also entered B
hs --config "$T/hs.conf" --format json logs --account $A
got=$(q "sorted(set((l['user'], l['proto']) for l in S['accounts']['$A']['lateral']))")
check "logs --account: the same IP's login to $B over ftp (got $got)" grep -q "('$B', 'ftp')" <<<"$got"
got=$(q "sorted(set(l['proto'] for l in S['accounts']['$A']['logins']))")
check "logs --account: $A's logins over ftp, sftp and ssh (got $got)" test "$got" = "['ftp', 'sftp', 'ssh']"
hs --config "$T/hs.conf" logs --account $A
check "logs: the text report names the lateral spread" grep -q "$B over ftp" "$OUT"

# respond: the incident carries the logins, the lateral spread and a timeline
hs --config "$T/hs.conf" --format json respond --account $A
check "respond: valid JSON" json_valid "$OUT"
inc() { python3 -c 'import json,sys
L=[json.loads(l) for l in open(sys.argv[1],"rb")]
I=[o for o in L if o.get("type")=="incident"][0]
P=I["provenance"]
print(eval(sys.argv[2]))' "$OUT" "$1"; }
got=$(inc "sorted(set(l['user'] for l in P['lateral']))")
check "respond: lateral spread names $B (got $got)" test "$got" = "['$B']"
got=$(inc "[e['event'] for e in P['timeline']]")
check "respond: the timeline has the uploads and the first requests (got $got)" \
	bash -c "grep -q upload <<<\"\$1\" && grep -q first_request <<<\"\$1\"" _ "$got"
got=$(inc "[e['event'] for e in P['timeline']].index('upload') < [e['event'] for e in P['timeline']].index('first_request')")
check "respond: upload before the first request (got $got)" test "$got" = True
got=$(inc "sorted(set(u['proto'] for u in P['uploads']))")
check "respond: uploads over ftp and sftp (got $got)" test "$got" = "['ftp', 'sftp']"
hs --config "$T/hs.conf" respond --account $A
check "respond (text): the lateral spread line" grep -q "account $B over ftp" "$OUT"
check "respond (text): the timeline" grep -q "upload .*thumb.php over sftp by $A" "$OUT"
