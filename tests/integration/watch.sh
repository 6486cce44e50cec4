#!/bin/bash
# hostsweep watch with real writes by the web user (runuser -u www-data):
# uploads and renames into place, a burst (tar extracting a tree), an overflow
# forced with a tiny debounce table, a docroot deleted and made again, a
# filesystem mounted again, a restart that catches up, the policy
# (quarantine, undone), check watch, the Prometheus lag, the exec deny and
# its deadline. Both backends (fanotify, inotify).
. "$(dirname "$0")/../lib.sh"

if [ "$(id -u)" != 0 ] || ! id www-data >/dev/null 2>&1; then
	skip "watch" "needs root and the www-data user"
	exit 0
fi

t=$(mktemp_dir)
chmod 0755 "$t"
D="$t/home/hswatch1/public_html"
TMPD="$t/hswatchtmp"
mkdir -p "$D" "$TMPD" "$t/state"
chmod 0755 "$t/home" "$t/home/hswatch1"
chown www-data:www-data "$D" "$TMPD"
SHELL1='<?php @eval($_POST["hswatch"]); ?>'

# conf NAME [EXTRA INI LINES...]: a config watching $D and $TMPD
conf() {
	local name=$1
	shift
	{
		printf '[general]\nstate_dir = %s\n' "$t/state"
		printf '[scan]\ndocroots = %s/home/*/public_html\ntmp_dirs = %s\n' "$t" "$TMPD"
		printf '[watch]\nstatus_interval = 1s\nrediscover = 2s\n'
		printf '%s\n' "$@"
	} >"$t/$name.conf"
}

WPID=
# start_watch CONF OUT [ARGS...]: in the background; waits until it is ready
start_watch() {
	local c=$1 out=$2
	shift 2
	"$HOSTSWEEP" --config "$t/$c.conf" --format json watch "$@" >"$out" 2>"$out.err" &
	WPID=$!
	# ready when the status file is its own (the old one holds the checkpoint)
	for _ in $(seq 1 300); do
		[ -s "$t/state/watch-status.json" ] && [ "$(status pid 2>/dev/null)" = "$WPID" ] && return 0
		kill -0 "$WPID" 2>/dev/null || break
		sleep 0.1
	done
	not_ok "watch started ($c)" "$(tail -n 5 "$out.err")"
	return 1
}
stop_watch() {
	[ -n "$WPID" ] || return 0
	kill -TERM "$WPID" 2>/dev/null
	local rc=0
	wait "$WPID" || rc=$?
	WPID=
	if [ "$rc" -ge 90 ]; then
		not_ok "sanitizer clean: watch" "$(tail -n 20 "$1.err" 2>/dev/null)"
	fi
	return 0
}
at_exit 'stop_watch "$t/exit"; umount "$t/home/hswatch2/public_html" 2>/dev/null'
# found OUT NAME: a finding for a path ending in /NAME
found() {
	python3 - "$1" "$2" <<'PY'
import json, sys
for l in open(sys.argv[1], "rb"):
    try:
        o = json.loads(l)
    except ValueError:
        continue
    if o.get("type") == "finding" and o.get("path", "").endswith("/" + sys.argv[2]):
        sys.exit(0)
sys.exit(1)
PY
}
# wait_found OUT NAME [SECONDS]
wait_found() {
	local n=$(( ${3:-10} * 10 ))
	for _ in $(seq 1 $n); do
		found "$1" "$2" && return 0
		sleep 0.1
	done
	return 1
}
status() { python3 -c 'import json,sys; print(eval(sys.argv[2], {}, json.load(open(sys.argv[1]))))' "$t/state/watch-status.json" "$1"; }
as_web() { runuser -u www-data -- sh -c "$1"; }
# WATCH_ONLY="burst exec" runs only those parts (while working on them)
want() { [ -z "${WATCH_ONLY:-}" ] || [[ " $WATCH_ONLY " == *" $1 "* ]]; }

for backend in fanotify inotify; do
	want "$backend" || continue
	conf "$backend" "backend = $backend"
	out="$t/$backend.json"
	start_watch "$backend" "$out" || continue
	# an upload written straight into place, a clean file, and one renamed
	# into place the way uploaders do (temp name first)
	as_web "printf '%s\n' '$SHELL1' >'$D/direct.php'; printf 'hello\n' >'$D/readme.txt'
	        printf '%s // moved\n' '$SHELL1' >'$D/.upload.tmp' && mv '$D/.upload.tmp' '$D/moved.php'"
	check "$backend: an upload written by www-data is found" wait_found "$out" direct.php
	check "$backend: a file renamed into place is found under its final name" wait_found "$out" moved.php
	check "$backend: the temporary name is not reported" sh -c "! grep -q 'upload.tmp' '$out'"
	check "$backend: the finding names the owner" grep -q '"owner":"www-data"' "$out"
	if [ "$backend" = fanotify ]; then
		# the writer: the shell of as_web (its printf is a builtin)
		check "fanotify: the finding names the writing process" \
			grep -q '"writer_pid":[0-9]*,"writer_comm":"sh"' "$out"
	fi
	check "$backend: the clean file is not a finding" sh -c "! grep -q 'readme.txt' '$out'"
	# a directory created and filled, and one moved in whole
	as_web "mkdir -p '$D/wp-content/uploads/2026' && printf '%s // deep\n' '$SHELL1' >'$D/wp-content/uploads/2026/deep.php'
	        mkdir -p '$TMPD/kit/sub' && printf '%s // kit\n' '$SHELL1' >'$TMPD/kit/sub/kit.php' && mv '$TMPD/kit' '$D/kit'"
	check "$backend: a file in a new subdirectory is found" wait_found "$out" deep.php
	check "$backend: a directory moved in whole is scanned" wait_found "$out" kit.php
	as_web "printf '%s // t\n' '$SHELL1' >'$TMPD/t$backend.php'"
	wait_found "$out" "t$backend.php"
	check "$backend: a file in the temp dir is a finding of kind tmp" \
		test "$(jq_py "$out" '[f["kind"] for f in F if f["path"].endswith("/t'$backend'.php")]')" = "['tmp']"
	# a docroot deleted and made again
	rm -rf "$D"
	sleep 1.5
	mkdir "$D" && chown www-data:www-data "$D"
	sleep 1.5
	as_web "printf '%s // again\n' '$SHELL1' >'$D/again.php'"
	check "$backend: after the docroot was deleted and made again, uploads are found" \
		wait_found "$out" again.php
	# the temp-dir checks of the sweep: a program a web user dropped there
	as_web "cp /bin/true '$TMPD/kswapd$backend'"
	wait_found "$out" "kswapd$backend"
	check "$backend: an ELF program of the web user in the temp dir is found (hs.tmp.elf)" \
		test "$(jq_py "$out" '[("hs.tmp.elf" in f["rules"]) for f in F if f["path"].endswith("/kswapd'$backend'")]')" = "[True]"
	# a tree removed for good: the others are still watched
	rm -rf "$D"
	sleep 1.5
	as_web "printf '%s // gone\n' '$SHELL1' >'$TMPD/g$backend.php'"
	check "$backend: with a docroot removed for good, the other trees are still watched" \
		wait_found "$out" "g$backend.php"
	mkdir "$D" && chown www-data:www-data "$D"
	sleep 1.2
	check "$backend: check watch says OK while it runs" \
		sh -c "'$HOSTSWEEP' --config '$t/$backend.conf' check watch | grep -q '^WATCH OK'"
	check "$backend: the status names the backend" test "$(status backend)" = "$backend"
	stop_watch "$out"
	check "$backend: check watch is CRITICAL once it stopped" \
		sh -c "'$HOSTSWEEP' --config '$t/$backend.conf' check watch >'$t/chk'; test \$? = 2 && grep -q 'not running' '$t/chk'"
	check "$backend: output is JSON lines" json_valid "$out"
	rm -rf "${D:?}"/* "${D:?}"/.[!.]* 2>/dev/null
done

# Restart: what was written while no watcher ran is found at the next start
# (catch up from the checkpoint in the status file).
if want restart; then
conf restart
start_watch restart "$t/r1.json" && stop_watch "$t/r1.json"
as_web "printf '%s // offline\n' '$SHELL1' >'$D/offline.php'"
start_watch restart "$t/r2.json"
check "restart: a file written while stopped is found on start" wait_found "$t/r2.json" offline.php
stop_watch "$t/r2.json"
fi

# A burst: tar extracting 3000 files as www-data, 6 webshells among them.
if want burst; then
src="$t/burst-src"
mkdir -p "$src"
python3 - "$src" <<'PY'
import os, sys
top = sys.argv[1]
for i in range(3000):
    d = os.path.join(top, "site", "d%02d" % (i % 60))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%04d.php" % i), "w") as f:
        f.write("<?php\n// page %d\nfunction page_%d() { return %d; }\n" % (i, i, i * 7))
for k in range(6):
    with open(os.path.join(top, "site", "d%02d" % (k * 9), "zz_shell%d.php" % k), "w") as f:
        f.write('<?php @eval($_POST["b%d"]); ?>\n' % k)
PY
tar -C "$src" -cf "$t/burst.tar" site
chmod 0644 "$t/burst.tar"
conf burst
start_watch burst "$t/burst.json"
as_web "tar -C '$D' -xf '$t/burst.tar'"
ok_all=true
for k in 0 1 2 3 4 5; do wait_found "$t/burst.json" "zz_shell$k.php" 60 || ok_all=false; done
check "burst: every webshell of a 3006-file tar extraction is found" $ok_all
for _ in $(seq 1 100); do [ "$(status 'pending')" = 0 ] && break; sleep 0.2; done
stop_watch "$t/burst.json"
n=$(python3 -c 'import json,sys; print([json.loads(l) for l in open(sys.argv[1])][-1]["files_scanned"])' "$t/burst.json")
check "burst: every file was scanned (files_scanned $n >= 3006)" test "$n" -ge 3006
check "burst: no finding on the clean files" \
	test "$(jq_py "$t/burst.json" 'len([f for f in F if "/site/" in f["path"] and "zz_shell" not in f["path"]])')" = 0
rm -rf "${D:?}/site"
fi

# An overflow forced with a tiny debounce table: events are lost, the tree
# is rescanned with --since, and nothing is missed.
if want overflow; then
conf tiny "queue_size = 4" "debounce = 1s"
start_watch tiny "$t/tiny.json"
as_web "mkdir '$D/many' && for i in \$(seq 1 40); do printf '<?php echo %s;\n' \$i >\"$D/many/c\$i.php\"; done
        printf '%s // lost\n' '$SHELL1' >'$D/many/zz_lost.php'"
check "overflow: a file whose event was dropped is found by the rescan" wait_found "$t/tiny.json" zz_lost.php 20
check "overflow: the 40 clean files were written" test "$(ls "$D/many" | wc -l)" = 41
sleep 1.2
check "overflow: counted as dropped events and a rescan" \
	test "$(status 'dropped_events > 0 and rescans > 0')" = True
check "overflow: check watch warns about lost events" \
	sh -c "'$HOSTSWEEP' --config '$t/tiny.conf' check watch | grep -q '^WATCH WARNING.*events lost'"
stop_watch "$t/tiny.json"
rm -rf "${D:?}/many"
# The kernel's own queue: fanotify groups take fs.fanotify.max_queued_events
# when they are made; 32 for this one only (set back at once). The watcher
# is stopped (SIGSTOP) while 300 files are written, so the queue overflows
# for certain: FAN_Q_OVERFLOW, and the rescan finds the file.
mq=/proc/sys/fs/fanotify/max_queued_events
if [ -w "$mq" ]; then
	old=$(cat "$mq")
	at_exit "echo $old >$mq"
	echo 32 >"$mq"
	conf kq "backend = fanotify"
	start_watch kq "$t/kq.json"
	echo "$old" >"$mq"
	kill -STOP "$WPID"
	as_web "mkdir '$D/kq' && for i in \$(seq 1 300); do printf '<?php echo %s;\n' \$i >\"$D/kq/c\$i.php\"; done
	        printf '%s // kq\n' '$SHELL1' >'$D/kq/zz_kq.php'"
	kill -CONT "$WPID"
	check "kernel queue overflow: the file after it is found" wait_found "$t/kq.json" zz_kq.php 60
	sleep 1.2
	check "kernel queue overflow: FAN_Q_OVERFLOW counted, the tree rescanned" \
		test "$(status 'overflows > 0 and rescans > 0')" = True
	stop_watch "$t/kq.json"
	rm -rf "${D:?}/kq"
else
	skip "kernel queue overflow" "cannot set $mq"
fi
fi

# A filesystem mounted again: a docroot on its own tmpfs, unmounted and
# mounted again (a new superblock: the fanotify marks must be made again).
if want remount; then
D2="$t/home/hswatch2/public_html"
mkdir -p "$D2"
chmod 0755 "$t/home/hswatch2"
if mount -t tmpfs -o size=8m hswatch "$D2" 2>/dev/null; then
	chown www-data:www-data "$D2"
	conf mount "backend = fanotify"
	start_watch mount "$t/mount.json"
	as_web "printf '%s // m1\n' '$SHELL1' >'$D2/m1.php'"
	check "remount: an upload on a separate filesystem is found" wait_found "$t/mount.json" m1.php
	umount "$D2"
	mount -t tmpfs -o size=8m hswatch "$D2"
	chown www-data:www-data "$D2"
	sleep 2
	as_web "printf '%s // m2\n' '$SHELL1' >'$D2/m2.php'"
	check "remount: after unmount and mount, uploads are found again" wait_found "$t/mount.json" m2.php
	stop_watch "$t/mount.json"
	umount "$D2"
else
	skip "remount" "cannot mount a tmpfs here"
fi
fi

# The policy: quarantine critical findings in docroots, journaled, undone.
if want policy; then
conf policy "[policy]" "apply = yes" "[policy.webshells]" "action = quarantine" "kind = file" \
	"min_severity = critical"
start_watch policy "$t/policy.json" --prometheus "$t/watch.prom"
as_web "printf '%s // q\n' '$SHELL1' >'$D/quar.php'"
wait_found "$t/policy.json" quar.php
for _ in $(seq 1 50); do grep -q '"type":"action"' "$t/policy.json" && break; sleep 0.1; done
check "policy: the webshell was quarantined (gone from the docroot)" test ! -e "$D/quar.php"
check "policy: the action is reported" grep -q '"action":"quarantine".*"result":"ok"' "$t/policy.json"
sleep 1.2
check "prometheus: the lag metric is written" grep -q '^hostsweep_watch_lag_seconds ' "$t/watch.prom"
stop_watch "$t/policy.json"
hs --config "$t/policy.conf" --format json actions
id=$(jq_py "$OUT" '[o["id"] for o in L if o.get("action")=="quarantine" and o["target"].endswith("/quar.php")][-1]')
check "policy: the quarantine is in the action journal" test -n "$id"
hs --config "$t/policy.conf" undo "${id:-0}"
check "policy: undo puts the file back" sh -c "test '$RC' = 0 && test -e '$D/quar.php'"
rm -f "$D/quar.php"
fi

# The exec deny: a script in the temp dir the scanner finds critical is not
# run; and when the verdict does not come within the deadline (a 40 MB
# script, 5 ms) it is allowed, at once, and counted.
if want exec; then
conf exec "exec_deny = yes" "exec_deadline = 5ms" "debounce = 3s" "max_delay = 5s" \
	"[scan]" "max_file_size = 100M"
start_watch exec "$t/exec.json"
as_web "printf '#!/bin/sh\necho RAN\nexit 0\n%s\n' '$SHELL1' >'$TMPD/run.sh'; chmod 0755 '$TMPD/run.sh'"
wait_found "$t/exec.json" run.sh
rc=0
runuser -u www-data -- "$TMPD/run.sh" >"$t/exec1.out" 2>&1 || rc=$?
check "exec deny: a critical script in the temp dir is refused (exit $rc)" \
	sh -c "test $rc != 0 && grep -q 'not permitted' '$t/exec1.out'"
check "exec deny: reported as an action" grep -q '"action":"exec-deny"' "$t/exec.json"
as_web "{ printf '#!/bin/sh\necho RAN\nexit 0\n%s\n' '$SHELL1'; head -c 40000000 /dev/zero | tr '\\0' '#'; } >'$TMPD/big.sh'; chmod 0755 '$TMPD/big.sh'"
t0=$(date +%s.%N)
rc=0
runuser -u www-data -- "$TMPD/big.sh" >"$t/exec2.out" 2>&1 || rc=$?
t1=$(date +%s.%N)
check "exec deny: past the deadline the script is allowed (it ran)" grep -q RAN "$t/exec2.out"
check "exec deny: the deadline held (exec took $(python3 -c "print(round($t1-$t0,3))") s)" \
	python3 -c "import sys; sys.exit(0 if $t1 - $t0 < 1.0 else 1)"
# the status file is rewritten every status_interval (1 s); under load the
# next write can be late, so wait for it (up to 10 s) rather than a fixed 1.2 s
for _ in $(seq 50); do
	[ "$(status 'exec_deny["allowed_deadline"] >= 1' 2>/dev/null)" = True ] && break
	sleep 0.2
done
check "exec deny: the allowed-at-deadline exec is counted" \
	test "$(status 'exec_deny["allowed_deadline"] >= 1')" = True
wait_found "$t/exec.json" big.sh 20
rc=0
runuser -u www-data -- "$TMPD/big.sh" >"$t/exec3.out" 2>&1 || rc=$?
check "exec deny: once scanned, the same script is refused" test "$rc" != 0
stop_watch "$t/exec.json"
check "exec deny: nothing outside the trees was refused" \
	test "$(jq_py "$t/exec.json" 'len([o for o in L if o.get("action")=="exec-deny" and "hswatchtmp" not in o["target"]])')" = 0
fi
exit $HS_FAILED
