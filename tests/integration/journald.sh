#!/usr/bin/env bash
# Findings to the system log: structured journald entries read back with
# `journalctl -o json`, and the syslog fallback when journald is unreachable.
#
# Each part runs in a private mount namespace (unshare -m) so that nothing
# reaches the host's own journal or syslog: a private systemd-journald on
# tmpfs for the journald part, a private /dev/log listener for syslog.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
token=hsj$$x$RANDOM
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm"
cat >"$r/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
alice:x:2001:2001::/home/alice:/bin/bash
P
doc=$r/home/alice/public_html/$token
mkdir -p "$doc"
printf '%s\n' '<?php @eval($_POST["pw"]); ?>' >"$doc/shell.php"
# a hostile name: a newline and a double quote must not split or forge an entry
printf '%s\n' '<?php @eval($_POST["pw"]); ?>' >"$doc/$(printf 'a"b\nPRIORITY=0.php')"
chown -R 2001:2001 "$r/home/alice"
cat >"$t/hs.conf" <<EOF
[general]
state_dir = $t/state
EOF

if ! command -v unshare >/dev/null || ! unshare -m true 2>/dev/null; then
	skip "journald and syslog" "no mount namespaces here (unshare -m fails): cannot isolate a journal"
	exit 0
fi

# ---- journald ----
jd=/lib/systemd/systemd-journald
if [ ! -x "$jd" ] || ! command -v journalctl >/dev/null; then
	skip "journald fields" "systemd-journald or journalctl not installed"
else
	cat >"$t/journald.conf" <<'EOF'
[Journal]
Storage=volatile
ReadKMsg=no
ForwardToSyslog=no
ForwardToKMsg=no
ForwardToConsole=no
ForwardToWall=no
RateLimitBurst=0
EOF
	cat >"$t/inner-journald.sh" <<'EOF'
set -u
t=$1
shift
mkdir -p /run/systemd/journal /run/log/journal
mount -t tmpfs tmpfs /run/systemd/journal
mount -t tmpfs tmpfs /run/log/journal
[ -d /var/log/journal ] && mount -t tmpfs tmpfs /var/log/journal
mount --bind "$t/journald.conf" /etc/systemd/journald.conf
[ -d /etc/systemd/journald.conf.d ] && mount -t tmpfs tmpfs /etc/systemd/journald.conf.d
/lib/systemd/systemd-journald >"$t/journald.log" 2>&1 &
jp=$!
for _ in $(seq 100); do [ -S /run/systemd/journal/socket ] && break; sleep 0.05; done
rc=0
"$@" >"$t/j.out" 2>"$t/j.err" || rc=$?
echo "$rc" >"$t/j.rc"
# auto: under systemd ($INVOCATION_ID) findings go to journald without --log
env INVOCATION_ID=0123456789abcdef0123456789abcdef "$HOSTSWEEP" --config "$t/hs.conf" \
	--root "$t/root" --format json scan /home/alice/public_html >"$t/auto.out" 2>"$t/auto.err"
echo $? >"$t/auto.rc"
# --log none wins over $INVOCATION_ID
env INVOCATION_ID=fedcba9876543210fedcba9876543210 "$HOSTSWEEP" --log none --config "$t/hs.conf" \
	--root "$t/root" --format json scan /home/alice/public_html >/dev/null 2>&1
sleep 0.3
journalctl -D /run/log/journal -o json SYSLOG_IDENTIFIER=hostsweep >"$t/journal.json" 2>"$t/journalctl.err"
journalctl -D /run/log/journal -o json _SYSTEMD_INVOCATION_ID=x >/dev/null 2>&1
kill "$jp"
wait "$jp" 2>/dev/null
exit 0
EOF
	HOSTSWEEP=$HOSTSWEEP unshare -m --propagation private bash "$t/inner-journald.sh" "$t" \
		"$HOSTSWEEP" --log journald --config "$t/hs.conf" --root "$r" --format json \
		scan /home/alice/public_html
	rc=$(cat "$t/j.rc" 2>/dev/null || echo none)
	if [ "$rc" -ge 90 ] 2>/dev/null; then not_ok "sanitizer clean (journald)" "$(tail -n 20 "$t/j.err")"; fi
	check "scan with --log journald exits 1 (findings)" test "$rc" = 1
	if [ ! -s "$t/journal.json" ]; then
		not_ok "entries read back from the private journal" "$(cat "$t/journald.log" "$t/journalctl.err" "$t/j.err" 2>/dev/null | tail -n 20)"
	else
		ok "entries read back from the private journal"
		jcheck() {
			python3 - "$t/journal.json" "$t/j.out" "$token" "$1" <<'PY'
import json, sys
J = [json.loads(l) for l in open(sys.argv[1])]
R = [json.loads(l) for l in open(sys.argv[2])]
token = sys.argv[3]
def v(e, k):
    x = e.get(k)
    # journalctl -o json gives non-UTF-8 or binary values as byte arrays
    return bytes(x).decode("utf-8", "replace") if isinstance(x, list) else x
mine = [e for e in J if token in (v(e, "HOSTSWEEP_PATH") or "") and v(e, "HOSTSWEEP_EVENT") == "finding"]
runs = {}
for e in J:
    runs.setdefault(v(e, "_PID"), []).append(e)
F = [o for o in R if o.get("type") == "finding"]
sys.exit(0 if eval(sys.argv[4]) else 1)
PY
		}
		jc() { check "$1" jcheck "$2"; }
		jc "one entry per finding of the first run (2 findings)" \
			'len([e for e in mine if v(e,"_PID")==v(mine[0],"_PID")])==2 and len(F)==2'
		jc "MESSAGE_ID fixed for findings" \
			'all(v(e,"MESSAGE_ID")=="1b605a838b384c52ba0ee005c8c59d8e" for e in mine)'
		jc "PRIORITY 2 (crit) for a critical finding" \
			'all(v(e,"PRIORITY")=="2" and v(e,"HOSTSWEEP_SEVERITY")=="critical" for e in mine)'
		jc "HOSTSWEEP_KIND, _ACCOUNT, _RULES, _TAGS, _OWNER, _UID" \
			'all(v(e,"HOSTSWEEP_KIND")=="file" and v(e,"HOSTSWEEP_ACCOUNT")=="alice" and "webshell" in v(e,"HOSTSWEEP_RULES") and "webshell" in v(e,"HOSTSWEEP_TAGS").split(",") and v(e,"HOSTSWEEP_OWNER")=="alice" and v(e,"HOSTSWEEP_UID")=="2001" for e in mine)'
		jc "HOSTSWEEP_ID and HOSTSWEEP_PATH equal the JSON report's id and path" \
			'sorted((v(e,"HOSTSWEEP_ID"),v(e,"HOSTSWEEP_PATH")) for e in mine if v(e,"_PID")==v(mine[0],"_PID"))==sorted((f["id"],f["path"]) for f in F)'
		jc "hostile name escaped: no newline in PATH or MESSAGE, quote kept" \
			'any(v(e,"HOSTSWEEP_PATH").endswith("/a\"b\\nPRIORITY=0.php") and "\n" not in v(e,"MESSAGE") for e in mine)'
		jc "no forged PRIORITY=0 entry" 'all(v(e,"PRIORITY")!="0" for e in J)'
		jc "HOSTSWEEP_JSON is the finding object" \
			'all(json.loads(v(e,"HOSTSWEEP_JSON"))["id"]==v(e,"HOSTSWEEP_ID") for e in mine)'
		jc "HOSTSWEEP_SHA256 and _EVIDENCE present" \
			'all(len(v(e,"HOSTSWEEP_SHA256"))==64 and "eval" in v(e,"HOSTSWEEP_EVIDENCE") for e in mine)'
		jc "MESSAGE readable: severity, kind, path, account" \
			'all(v(e,"MESSAGE").startswith("critical file finding: /home/alice/") and "account alice" in v(e,"MESSAGE") for e in mine)'
		jc "summary entry: status 1, 2 findings, fixed MESSAGE_ID, PRIORITY 4" \
			'any(v(e,"HOSTSWEEP_EVENT")=="summary" and v(e,"MESSAGE_ID")=="a08042e485cb4ab8bc07794e68c7718b" and v(e,"HOSTSWEEP_STATUS")=="1" and v(e,"HOSTSWEEP_FINDINGS")=="2" and v(e,"PRIORITY")=="4" and v(e,"HOSTSWEEP_COMMAND")=="scan" for e in J)'
		jc "auto under systemd (\$INVOCATION_ID): journald without --log (2 runs logged)" \
			'len({v(e,"_PID") for e in mine})==2'
		jc "--log none: nothing from the third run (3 runs, 2 in the journal)" \
			'len({v(e,"_PID") for e in J if v(e,"HOSTSWEEP_EVENT")=="summary"})==2'
	fi
fi

# ---- syslog: --log syslog, and the fallback when journald is unreachable ----
cat >"$t/listen.py" <<'EOF'
import socket, sys, os
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("/dev/log")
open(sys.argv[2], "w").close()
with open(sys.argv[1], "ab") as out:
    while True:
        d = s.recv(65536)
        out.write(d.replace(b"\n", b"\\n") + b"\n")
        out.flush()
EOF
cat >"$t/inner-syslog.sh" <<'EOF'
set -u
t=$1
# a private /dev with the real entries linked in, and our own /dev/log
mkdir -p "$t/olddev"
mount --rbind /dev "$t/olddev"
mount -t tmpfs tmpfs /dev
for e in "$t"/olddev/* "$t"/olddev/.[!.]*; do [ -e "$e" ] || [ -L "$e" ] || continue; ln -s "$e" "/dev/${e##*/}"; done
# no journald: an empty /run/systemd/journal
mkdir -p /run/systemd/journal
mount -t tmpfs tmpfs /run/systemd/journal
python3 "$t/listen.py" "$t/syslog.txt" "$t/listening" &
lp=$!
for _ in $(seq 100); do [ -e "$t/listening" ] && break; sleep 0.05; done
run() {
	local name=$1
	shift
	rc=0
	"$HOSTSWEEP" "$@" >"$t/$name.out" 2>"$t/$name.err" || rc=$?
	echo "$rc" >"$t/$name.rc"
}
: >"$t/syslog.txt"
run syslog --log syslog --config "$t/hs.conf" --root "$t/root" --format json scan /home/alice/public_html
sleep 0.2
cp "$t/syslog.txt" "$t/syslog-direct.txt"
: >"$t/syslog.txt"
run fallback --log journald --config "$t/hs.conf" --root "$t/root" --format json scan /home/alice/public_html
sleep 0.2
cp "$t/syslog.txt" "$t/syslog-fallback.txt"
kill "$lp"
umount -l /dev 2>/dev/null
exit 0
EOF
HOSTSWEEP=$HOSTSWEEP unshare -m --propagation private bash "$t/inner-syslog.sh" "$t"
for n in syslog fallback; do
	rc=$(cat "$t/$n.rc" 2>/dev/null || echo none)
	if [ "$rc" -ge 90 ] 2>/dev/null; then not_ok "sanitizer clean ($n)" "$(tail -n 20 "$t/$n.err")"; fi
	check "$n run exits 1 (findings)" test "$rc" = 1
done
scheck() {
	python3 - "$1" "$token" "$2" <<'PY'
import sys
L = open(sys.argv[1], "rb").read().decode("utf-8", "replace").splitlines()
token = sys.argv[2]
mine = [l for l in L if token in l and "finding" in l]
sys.exit(0 if eval(sys.argv[3]) else 1)
PY
}
for n in direct fallback; do
	f=$t/syslog-$n.txt
	check "syslog ($n): one line per finding plus a summary, facility daemon, ident hostsweep[pid]" \
		scheck "$f" 'len(mine)==2 and all(l.startswith("<26>") or l.startswith("<24>") or l.startswith("<27>") or l.startswith("<28>") or l.startswith("<29>") for l in L) and all(" hostsweep[" in l for l in L) and len(L)==3'
	check "syslog ($n): priority crit for critical findings (<26> = daemon.crit)" \
		scheck "$f" 'all(l.startswith("<26>") for l in mine)'
	check "syslog ($n): key=\"value\" fields with escaped values" \
		scheck "$f" 'all(" kind=\"file\"" in l and " severity=\"critical\"" in l and " account=\"alice\"" in l and " rules=\"" in l for l in mine)'
	check "syslog ($n): hostile name stays on one line, quote and newline escaped" \
		scheck "$f" 'any("/a\\x22b\\nPRIORITY=0.php\"" in l for l in mine) and not any(l.startswith("PRIORITY") for l in L)'
done
check "fallback: a note on stderr that journald was unreachable" grep -q "journald unreachable" "$t/fallback.err"
check "syslog run: no such note" sh -c "! grep -q 'journald unreachable' '$t/syslog.err'"
exit 0
