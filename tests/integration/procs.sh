#!/usr/bin/env bash
# hostsweep procs against real processes: a www-data Perl bot with argv[0]
# "bash" holding a real SMTP connection, a quiet www-data process, a
# deleted copy of a binary in a temp dir, a root and an MTA-user process
# talking SMTP, and short-lived processes gone before the second look.
. "$(dirname "$0")/../lib.sh"

D=$(mktemp_dir)
chmod 755 "$D"
W="$D/w" # where the test processes write that they are ready
mkdir "$W" && chmod 1777 "$W"
pids=()
at_exit 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; sleep 0.2; for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done'

port_free() { [ -z "$(ss -ltnH "sport = :$1" 2>/dev/null)" ]; }
PORT=
for p in 25 587 2525; do
	if port_free "$p"; then PORT=$p && break; fi
done
if [ -z "$PORT" ]; then
	skip "smtp listener" "ports 25, 587 and 2525 all busy"
	exit 0
fi

cat >"$D/hs.conf" <<EOF
[procs]
smtp_ports = 25 465 587 2525
confirm_delay = 300ms
EOF

# A small real SMTP listener: greets and keeps every connection open.
cat >"$D/smtpd.py" <<'EOF'
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen(64)
open(sys.argv[2], "w").close()
conns = []
while True:
    c, _ = s.accept()
    c.sendall(b"220 hs-test ESMTP\r\n")
    conns.append(c)
EOF
python3 "$D/smtpd.py" "$PORT" "$D/listening" &
pids+=($!)
for _ in $(seq 50); do [ -e "$D/listening" ] && break; sleep 0.1; done

# The bot: renames itself "bash", connects, reads the banner, holds on.
cat >"$D/bot.pl" <<'EOF'
#!/usr/bin/perl
use IO::Socket;
$0 = "bash";
my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $ARGV[0], Proto => "tcp")
    or die "connect: $!";
my @u;
push @u, IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => 53, Proto => "udp") for 1..3;
my $banner = <$s>;
open(my $r, ">", $ARGV[1]); print $r $banner; close $r;
sleep 600;
EOF
cp "$D/bot.pl" "$D/mta.pl"
sed -i 's/^\$0 = "bash";$//' "$D/mta.pl"
chmod 755 "$D"/*.pl

as_user() { # as_user USER CMD...: run in the background from /
	local u=$1
	shift
	(cd / && exec setpriv --reuid="$u" --regid="$(id -g "$u")" --clear-groups "$@") &
	pids+=($!)
}
wait_file() { for _ in $(seq 100); do [ -s "$1" ] && return 0; sleep 0.1; done; return 1; }

as_user www-data perl "$D/bot.pl" "$PORT" "$W/bot.ready"
BOT=${pids[-1]}
as_user www-data sleep 600
QUIET=${pids[-1]}
# root and an MTA user talking SMTP: never flagged for it
(cd / && exec perl "$D/mta.pl" "$PORT" "$W/root.ready") &
pids+=($!)
ROOTP=${pids[-1]}
as_user mail perl "$D/mta.pl" "$PORT" "$W/mail.ready"
MAILP=${pids[-1]}
# a copy of a binary in a temp dir, run as www-data, then deleted
cp /bin/sleep "$D/kworkerd"
chmod 755 "$D/kworkerd"
as_user www-data "$D/kworkerd" 600
DEL=${pids[-1]}
for f in bot root mail; do
	wait_file "$W/$f.ready" || not_ok "$f process connected" "no banner after 10 s"
done
sleep 0.2
rm -f "$D/kworkerd"

hs --config "$D/hs.conf" --format json procs
check "exit status 1 with findings" test "$RC" = 1
check "output is JSON lines" json_valid "$OUT"

q() { jq_py "$OUT" "$1"; }
got=$(q "[f for f in F if f['kind']=='process' and f['pid']==$BOT]")
if [ "$got" = "[]" ]; then
	not_ok "bot found" "no finding for pid $BOT" "$(head -c 2000 "$OUT")"
else
	ok "bot found (pid $BOT)"
	check "bot user is www-data" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['user']")" = www-data
	check "bot uid 33" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['uid']")" = 33
	check "bot comm is bash" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['comm']")" = bash
	check "bot argv is [bash]" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['argv']")" = "['bash']"
	check "bot exe is perl" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['exe'].split('/')[-1].startswith('perl')")" = True
	check "bot masquerade" test "$(q "'masquerade' in [f for f in F if f.get('pid')==$BOT][0]['reasons']")" = True
	check "bot smtp reason" test "$(q "'smtp_connections' in [f for f in F if f.get('pid')==$BOT][0]['reasons']")" = True
	want="[{'peer': '127.0.0.1:$PORT', 'state': 'ESTABLISHED', 'count': 1}]"
	got=$(q "[f for f in F if f.get('pid')==$BOT][0]['smtp_peers']")
	if [ "$got" = "$want" ]; then ok "bot peer 127.0.0.1:$PORT ESTABLISHED x1"; else not_ok "bot peer" "got $got" "want $want"; fi
	check "bot udp sockets = 3" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['udp_sockets']")" = 3
	st=$(awk '{print $22}' "/proc/$BOT/stat")
	check "bot start ticks match /proc/PID/stat" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['start_ticks']")" = "$st"
	check "bot start time is a timestamp" test "$(q "[f for f in F if f.get('pid')==$BOT][0]['start_time'][:2]")" = 20
fi
check "quiet www-data process not flagged" test "$(q "[f for f in F if f.get('pid')==$QUIET]")" = "[]"
check "root process talking SMTP not flagged" test "$(q "[f for f in F if f.get('pid')==$ROOTP]")" = "[]"
check "MTA user process talking SMTP not flagged" test "$(q "[f for f in F if f.get('pid')==$MAILP]")" = "[]"
got=$(q "sorted([r for f in F if f.get('pid')==$DEL for r in f['reasons']])")
if [ "$got" = "['exe_deleted', 'exe_in_tmp']" ]; then
	ok "deleted exe in a temp dir (pid $DEL)"
else
	not_ok "deleted exe in a temp dir" "reasons for pid $DEL: $got"
fi
check "deleted exe path named" test "$(q "[f for f in F if f.get('pid')==$DEL][0]['path']")" = "$D/kworkerd"
check "deleted exe flag" test "$(q "[f for f in F if f.get('pid')==$DEL][0]['exe_deleted']")" = True
check "summary counts processes" test "$(q "S['procs']['processes'] > 5")" = True

# text output carries the same
hs --config "$D/hs.conf" procs
check "text output names the bot pid" grep -q "pid: $BOT\$" "$OUT"

# Short-lived: a masquerading process that exits before the second look.
cat >"$D/slow.conf" <<EOF
[procs]
smtp_ports = 25 465 587 2525
confirm_delay = 2.5s
EOF
as_user www-data perl -e '$0 = "httpd"; select(undef, undef, undef, 1.2)'
SHORT=${pids[-1]}
hs --config "$D/slow.conf" --format json procs
check "short-lived process is no finding" test "$(q "[f for f in F if f.get('pid')==$SHORT]")" = "[]"
check "short-lived process counted as gone" test "$(q "S['procs']['gone'] >= 1")" = True
check "bot still confirmed in the slow run" test "$(q "len([f for f in F if f.get('pid')==$BOT])")" = 1

# Churn: processes exiting during the scan are no error.
(for _ in $(seq 300); do setpriv --reuid=33 --regid=33 --clear-groups true; done) &
CHURN=$!
pids+=($CHURN)
hs --config "$D/hs.conf" --format json procs
check "churn: exit status 1, no error" test "$RC" = 1
check "churn: no errors counted" test "$(q "S['errors']")" = 0
wait "$CHURN" 2>/dev/null

# --root: processes are of the live system only, skipped with a note.
R=$(mktemp_dir)
mkdir -p "$R/etc" && cp /etc/passwd "$R/etc/passwd"
hs --root "$R" --format json procs
check "--root: skipped, exit 0" test "$RC" = 0
check "--root: summary says skipped" test "$(q "'live system' in S['procs']['skipped']")" = True
exit $HS_FAILED
