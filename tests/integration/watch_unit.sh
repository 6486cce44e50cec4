#!/usr/bin/env bash
# hostsweep-watch.service: systemd-analyze verify, Type=notify with a
# watchdog, the capabilities and system calls fanotify needs (and no more
# than the watcher uses), nothing that would hide the trees, and an
# ExecStart that hostsweep accepts.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
svc=$SRC/systemd/hostsweep-watch.service
if ! command -v systemd-analyze >/dev/null; then
	skip "watch unit" "systemd-analyze not installed"
	exit 0
fi
mkdir -p "$t/u" "$t/man/man8" "$t/man/man5" "$t/bin"
cp "$SRC/docs/hostsweep.8" "$t/man/man8/"
cp "$SRC/docs/hostsweep.conf.5" "$t/man/man5/"
ln -s "$HOSTSWEEP" "$t/bin/hostsweep"
sed "s|/usr/sbin/hostsweep|$t/bin/hostsweep|" "$svc" >"$t/u/hostsweep-watch.service"
if MANPATH=$t/man systemd-analyze verify "$t/u/hostsweep-watch.service" >"$t/verify" 2>&1; then
	ok "systemd-analyze verify hostsweep-watch.service"
else
	not_ok "systemd-analyze verify hostsweep-watch.service" "$(cat "$t/verify")"
fi
key() { grep -E "^$2=" "$1" | tail -n 1 | cut -d= -f2-; }
has() { grep -qE "^$2=$3\$" "$1"; }
check "Type=notify" has "$svc" Type notify
check "a watchdog" has "$svc" WatchdogSec '[0-9]+s'
check "restarted on failure (and on the watchdog)" has "$svc" Restart on-failure
check "ExecStart runs hostsweep watch, findings to the journal" has "$svc" ExecStart '/usr/sbin/hostsweep --log journald watch'
check "exit status 1 (findings) is success" has "$svc" SuccessExitStatus 1
check "memory bounded" has "$svc" MemoryMax '[0-9]+[MG]'
check "capabilities: fanotify (SYS_ADMIN), reading (DAC_READ_SEARCH), quarantine" \
	test "$(key "$svc" CapabilityBoundingSet)" = "CAP_SYS_ADMIN CAP_DAC_READ_SEARCH CAP_DAC_OVERRIDE CAP_FOWNER CAP_CHOWN"
check "system calls: @system-service plus fanotify_init, fanotify_mark, open_by_handle_at" \
	has "$svc" SystemCallFilter '@system-service fanotify_init fanotify_mark open_by_handle_at'
check "NoNewPrivileges, ProtectSystem=strict" sh -c "grep -q '^NoNewPrivileges=yes' '$svc' && grep -q '^ProtectSystem=strict' '$svc'"
for blind in 'PrivateTmp=(yes|true|1)' 'PrivateUsers=(yes|true|1)' 'ProtectHome=(yes|true|tmpfs|read-only)'; do
	check "not set: $blind (it would hide the watched trees or block quarantine)" sh -c "! grep -qE '^$blind' '$svc'"
done
check "no network" has "$svc" RestrictAddressFamilies AF_UNIX
# the command line parses (--for makes it stop; an empty config watches nothing)
printf '[general]\nstate_dir = %s/state\n[scan]\ndocroots = %s/none/*\ntmp_dirs = %s/none\n' "$t" "$t" "$t" >"$t/c.conf"
cmd=$(key "$svc" ExecStart | sed "s|^/usr/sbin/hostsweep ||")
# shellcheck disable=SC2086
hs --config "$t/c.conf" $cmd --for 1s
check "ExecStart's command line is accepted (exit $RC)" test "$RC" = 0

# The notify protocol as systemd sees it: READY=1 once watching, WATCHDOG=1
# at half the watchdog interval, STATUS= lines, STOPPING=1.
python3 - "$t/notify" "$t/notes" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(8)
out = open(sys.argv[2], "w")
end = time.time() + 8
try:
    while time.time() < end:
        out.write(s.recv(4096).decode() + "\n")
        out.flush()
except socket.timeout:
    pass
PY
lpid=$!
for _ in $(seq 1 50); do [ -S "$t/notify" ] && break; sleep 0.1; done
NOTIFY_SOCKET=$t/notify WATCHDOG_USEC=1000000 "$HOSTSWEEP" --config "$t/c.conf" $cmd --for 3s >/dev/null 2>&1
wait $lpid
check "sd_notify: READY=1" grep -q '^READY=1' "$t/notes"
check "sd_notify: WATCHDOG=1 pings (at least 4 in 3 s with a 1 s watchdog)" \
	test "$(grep -c '^WATCHDOG=1' "$t/notes")" -ge 4
check "sd_notify: STATUS= line" grep -q '^STATUS=.*trees' "$t/notes"
check "sd_notify: STOPPING=1" grep -q '^STOPPING=1' "$t/notes"
exit $HS_FAILED
