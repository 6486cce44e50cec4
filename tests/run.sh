#!/usr/bin/env bash
# Runs every test and ends with one line: "N passed, N failed, N skipped".
# Unit tests: build-asan/tests/test_* (cmocka, ASan+UBSan, TAP output).
# Integration tests: tests/integration/*.sh against build-asan/hostsweep.
# TESTS=pattern runs only integration tests whose name matches.
set -u
cd "$(dirname "$0")/.."
export SRC=$PWD HOSTSWEEP=$PWD/build-asan/hostsweep
export CMOCKA_MESSAGE_OUTPUT=TAP
log=$(mktemp)
# Tests that run hostsweep without a config use the default state directory
# (scan caches of --root trees, compiled rules, the mail queue state): what
# they add there is removed at the end; what was there before is kept.
statedir=/var/lib/hostsweep
state_before=$(mktemp)
had_statedir=0
[ -d "$statedir" ] && had_statedir=1 && ls -A "$statedir" >"$state_before"
clean_statedir() {
	[ -d "$statedir" ] || return 0
	local f
	for f in "$statedir"/* "$statedir"/.[!.]*; do
		[ -e "$f" ] || continue
		grep -qxF "$(basename "$f")" "$state_before" || rm -rf "$f"
	done
	[ "$had_statedir" = 1 ] || rmdir "$statedir" 2>/dev/null
	return 0
}
trap 'clean_statedir; rm -f "$log" "$state_before"' EXIT
pass=0 fail=0 skipped=0

count() {
	# count TAP lines of one test program's output
	local line
	while IFS= read -r line; do
		printf '%s\n' "$line"
		case "$line" in
		"not ok"*) fail=$((fail + 1)) ;;
		"ok"*"# SKIP"* | "ok"*"# skip"*) skipped=$((skipped + 1)) ;;
		"ok"*) pass=$((pass + 1)) ;;
		esac
	done
}

for t in build-asan/tests/test_*; do
	[ -x "$t" ] || continue
	echo "# unit: $t"
	"$t" >"$log" 2>&1
	rc=$?
	count <"$log"
	if [ $rc -ne 0 ] && ! grep -q '^not ok' "$log"; then
		echo "not ok - $(basename "$t") exited with status $rc"
		tail -n 30 "$log" | sed 's/^/#   /'
		fail=$((fail + 1))
	fi
done

for t in tests/integration/*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	[ -n "${TESTS:-}" ] && [[ "$name" != *$TESTS* ]] && continue
	echo "# integration: $name"
	timeout 900 bash "$t" >"$log" 2>&1
	rc=$?
	count <"$log"
	if [ $rc -ne 0 ] && ! grep -q '^not ok' "$log"; then
		echo "not ok - $name exited with status $rc"
		tail -n 30 "$log" | sed 's/^/#   /'
		fail=$((fail + 1))
	fi
done

echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
