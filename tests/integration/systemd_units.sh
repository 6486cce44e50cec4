#!/usr/bin/env bash
# The systemd units: `systemd-analyze verify` (including the man pages they
# name), the settings the job depends on, the hardening that must not blind
# the scanner, the exposure score, and that ExecStart's command line is one
# hostsweep accepts. Running the units needs systemd as PID 1: skipped with
# the reason when it is not.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
svc=$SRC/systemd/hostsweep.service
tim=$SRC/systemd/hostsweep.timer
if ! command -v systemd-analyze >/dev/null; then
	skip "systemd units" "systemd-analyze not installed"
	exit 0
fi

# verify: ExecStart must exist, so point it at a stand-in and the man pages at ours
mkdir -p "$t/u" "$t/man/man8" "$t/man/man5" "$t/bin"
cp "$SRC/docs/hostsweep.8" "$t/man/man8/"
cp "$SRC/docs/hostsweep.conf.5" "$t/man/man5/"
ln -s "$HOSTSWEEP" "$t/bin/hostsweep"
sed "s|/usr/sbin/hostsweep|$t/bin/hostsweep|" "$svc" >"$t/u/hostsweep.service"
cp "$tim" "$t/u/"
if MANPATH=$t/man systemd-analyze verify "$t/u/hostsweep.service" "$t/u/hostsweep.timer" >"$t/verify" 2>&1; then
	ok "systemd-analyze verify (service, timer, man pages)"
else
	not_ok "systemd-analyze verify (service, timer, man pages)" "$(cat "$t/verify")"
fi

key() { grep -E "^$2=" "$1" | tail -n 1 | cut -d= -f2-; }
has() { grep -qE "^$2=$3\$" "$1"; }
check "Type=oneshot" has "$svc" Type oneshot
check "ExecStart runs hostsweep sweep" has "$svc" ExecStart '/usr/sbin/hostsweep .*sweep'
check "exit status 1 (findings) is success" has "$svc" SuccessExitStatus 1
check "explicit TimeoutStartSec" has "$svc" TimeoutStartSec '[0-9]+h'
check "Nice=19" has "$svc" Nice 19
check "CPUSchedulingPolicy=batch" has "$svc" CPUSchedulingPolicy batch
check "IOSchedulingClass=idle" has "$svc" IOSchedulingClass idle
check "NoNewPrivileges, ProtectSystem=strict" sh -c "grep -q '^NoNewPrivileges=yes' '$svc' && grep -q '^ProtectSystem=strict' '$svc'"
check "state directory 0700" sh -c "grep -q '^StateDirectory=hostsweep' '$svc' && grep -q '^StateDirectoryMode=0700' '$svc'"
caps=$(key "$svc" CapabilityBoundingSet)
want="CAP_DAC_READ_SEARCH CAP_DAC_OVERRIDE CAP_FOWNER CAP_CHOWN CAP_KILL CAP_SYS_PTRACE CAP_SETUID CAP_SETGID"
check "capability bounding set: exactly what the job needs" test "$caps" = "$want"
check "writable: quarantine moves (docroots, temp dirs), cron spool, MTA queue" sh -c \
	"grep '^ReadWritePaths=' '$svc' | grep -q -- '-/home ' && grep '^ReadWritePaths=' '$svc' | grep -q -- '-/tmp ' && grep '^ReadWritePaths=' '$svc' | grep -q -- '-/var/spool/cron ' && grep '^ReadWritePaths=' '$svc' | grep -q -- '-/var/spool/postfix '"
for blind in 'PrivateTmp=(yes|true|1)' 'PrivateNetwork=(yes|true|1)' 'ProcSubset=pid' 'ProtectProc=' \
	'PrivateUsers=(yes|true|1)' 'ProtectHome=(yes|true|tmpfs)' 'MemoryDenyWriteExecute=(yes|true)'; do
	check "not set: $blind (it would blind the scanner)" sh -c "! grep -qE '^$blind' '$svc'"
done
check "PrivateTmp=no stated" has "$svc" PrivateTmp no
check "system call filter @system-service" has "$svc" SystemCallFilter @system-service
check "journal output: findings logged with --log journald" grep -q '^ExecStart=.*--log journald' "$svc"

check "timer: nightly OnCalendar" has "$tim" OnCalendar '\*-\*-\* 0[0-6]:[0-9]{2}(:[0-9]{2})?'
check "timer: RandomizedDelaySec" has "$tim" RandomizedDelaySec '[0-9]+h'
check "timer: Persistent=true" has "$tim" Persistent true
check "timer: WantedBy=timers.target" has "$tim" WantedBy timers.target
if systemd-analyze calendar "$(key "$tim" OnCalendar)" >"$t/cal" 2>&1; then
	ok "OnCalendar is a valid calendar expression ($(grep -m1 'Next elapse' "$t/cal" | sed 's/^ *//'))"
else
	not_ok "OnCalendar is a valid calendar expression" "$(cat "$t/cal")"
fi

# exposure score (offline)
if systemd-analyze security --offline=true "$t/u/hostsweep.service" >"$t/sec" 2>&1; then :; fi
score=$(sed -n 's/.*Overall exposure level for hostsweep.service: \([0-9.]*\).*/\1/p' "$t/sec")
if [ -z "$score" ]; then
	skip "systemd-analyze security --offline score" "no score printed: $(tail -n 2 "$t/sec")"
else
	check "exposure score $score (systemd-analyze security --offline) is at most 4.0" \
		python3 -c "import sys; sys.exit(0 if float('$score') <= 4.0 else 1)"
fi

# ExecStart's arguments are accepted by hostsweep (run without systemd, on a test root)
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm" "$r/home/alice/public_html"
printf 'root:x:0:0::/root:/bin/sh\nalice:x:2001:2001::/home/alice:/bin/sh\n' >"$r/etc/passwd"
printf '<?php echo 1; ?>\n' >"$r/home/alice/public_html/index.php"
printf '[general]\nstate_dir = %s/state\n[log]\nsink = none\n' "$t" >"$t/hs.conf"
read -r -a argv <<<"$(key "$svc" ExecStart)"
unset 'argv[0]'
# --log journald would reach for a journal; the config's sink does not matter: --log wins, so override last
args=()
skip_next=no
for a in "${argv[@]}"; do
	if [ $skip_next = yes ]; then
		skip_next=no
		continue
	fi
	[ "$a" = --log ] && { skip_next=yes; continue; }
	args+=("$a")
done
hs --config "$t/hs.conf" --root "$r" --log none "${args[@]}"
check "ExecStart's command line is accepted (exit 0 on a clean root)" test "$RC" = 0
check "...and with --format json its stdout (last-sweep.json) is JSON lines" json_valid "$OUT"

if [ "$(cat /proc/1/comm 2>/dev/null)" = systemd ] && systemctl is-system-running >/dev/null 2>&1; then
	skip "start hostsweep.service for real" "would sweep this whole machine; run 'systemctl start hostsweep.service' by hand"
else
	skip "start the units under systemd" "systemd is not PID 1 here ($(cat /proc/1/comm 2>/dev/null)): verify and the offline security review only"
fi
exit 0
