#!/usr/bin/env bash
# One sweep at a time: a second `hostsweep sweep` of the same system, while
# the first runs, exits 2 with a clear message naming the holder; a stale
# lock file never blocks; a sweep of another --root is independent.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/var/tmp" "$r/dev/shm" "$r/home/alice/public_html"
printf 'root:x:0:0:root:/root:/bin/bash\nalice:x:2001:2001::/home/alice:/bin/bash\n' >"$r/etc/passwd"
printf '<?php echo "hello"; ?>\n' >"$r/home/alice/public_html/index.php"
state=$t/state/sub
printf '[general]\nstate_dir = %s\n' "$state" >"$t/hs.conf"

hs --config "$t/hs.conf" --root "$r" sweep
check "first sweep runs (exit 0, nothing found)" test "$RC" = 0
check "state directory created with mode 0700" test "$(stat -c %a "$state")" = 700
lock=$(ls "$state"/sweep-*.lock 2>/dev/null | head -n 1)
check "lock file in the state directory, mode 0600" test -n "$lock" -a "$(stat -c %a "$lock" 2>/dev/null)" = 600
check "lock file names the last holder" grep -q "^pid [0-9]*, hostsweep sweep --root $r, started " "$lock"

hs --config "$t/hs.conf" --root "$r" sweep
check "a stale lock file (holder gone) does not block" test "$RC" = 0

# a holder that keeps the lock: a process holding flock(2) on the same file
(
	exec 9>>"$lock"
	flock 9
	exec sleep 30
) &
holder=$!
at_exit "kill $holder 2>/dev/null"
for _ in $(seq 50); do
	flock -n "$lock" true 2>/dev/null || break
	sleep 0.1
done
hs --config "$t/hs.conf" --root "$r" --format json sweep
check "second sweep refused: exit 2" test "$RC" = 2
check "clear message: another sweep is already running, lock path" \
	grep -q "another sweep is already running .*lock $lock): not starting a second one" "$ERR"
check "refused sweep prints no report" test ! -s "$OUT"
hs --config "$t/hs.conf" --root "$r/." sweep
check "same tree by another spelling (--root DIR/.): refused too" test "$RC" = 2
r2=$t/root2
cp -a "$r" "$r2"
hs --config "$t/hs.conf" --root "$r2" sweep
check "a sweep of another --root is not blocked" test "$RC" = 0
hs --config "$t/hs.conf" --root "$r" scan /home/alice/public_html
check "scan does not take the sweep lock" test "$RC" = 0
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
hs --config "$t/hs.conf" --root "$r" sweep
check "after the holder exits, the next sweep runs" test "$RC" = 0

# two real sweeps at once: the second names the first one's pid
big=$r/home/alice/public_html/big
mkdir -p "$big"
for i in $(seq 1 3000); do printf '<?php echo %d; ?>\n' "$i" >"$big/f$i.php"; done
"$HOSTSWEEP" --config "$t/hs.conf" --root "$r" --threads 1 --full sweep >/dev/null 2>&1 &
first=$!
seen=no
for _ in $(seq 200); do
	if grep -q "^pid $first," "$lock" 2>/dev/null && ! flock -n "$lock" true 2>/dev/null; then
		seen=yes
		break
	fi
	sleep 0.02
done
if [ $seen = yes ]; then
	hs --config "$t/hs.conf" --root "$r" sweep
	check "concurrent real sweep refused (exit 2)" test "$RC" = 2
	check "message names the running sweep's pid" grep -q "already running (pid $first, hostsweep sweep" "$ERR"
else
	skip "concurrent real sweep refused" "the first sweep finished before the second could start"
fi
wait "$first"
rc=$?
check "the first sweep completes normally" test "$rc" -le 1

# an unusable state directory is an error, not a silent run without a lock
printf '[general]\nstate_dir = %s/file/below\n' "$t" >"$t/bad.conf"
: >"$t/file"
hs --config "$t/bad.conf" --root "$r" sweep
check "state dir cannot be created: exit 2 naming it" \
	sh -c "test '$RC' = 2 && grep -q 'cannot create the state directory $t/file/below' '$ERR'"
exit 0
