#!/usr/bin/env bash
# Compiled rules and concurrent runs: the nightly sweep and an operator's
# run started at once on a cold cache. Four runs at the same moment must all
# succeed with the same findings, none may load a half-written file or
# remove another's, the rules are compiled once (the others wait on the
# lock and load the file), and one compiled file per set remains with no
# temporary files left.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
mkdir -p "$t/rules" "$t/tree"
cp "$SRC"/rules/*.yar "$t/rules/"
printf '<?php @eval($_POST["pw"]); ?>\n' >"$t/tree/shell.php"
printf '<?php echo "hello";\n' >"$t/tree/ok.php"
cat >"$t/hs.conf" <<EOF
[general]
state_dir = $t/state
[cache]
scan = yes
EOF
for round in 1 2; do
	rm -rf "$t/state"
	pids=()
	for i in 1 2 3 4; do
		"$HOSTSWEEP" --config "$t/hs.conf" --rules "$t/rules" --full --format json -vv \
			scan "$t/tree" >"$t/out.$i" 2>"$t/err.$i" &
		pids+=($!)
	done
	rcs=""
	for p in "${pids[@]}"; do
		rc=0
		wait "$p" || rc=$?
		rcs="$rcs $rc"
	done
	check "round $round: 4 concurrent runs on a cold cache exit 1 (found) ($rcs)" \
		test "$rcs" = " 1 1 1 1"
	first=$(jq_py "$t/out.1" "sorted((f['path'], tuple(f['rules'])) for f in F)")
	same=1
	for i in 2 3 4; do
		[ "$(jq_py "$t/out.$i" "sorted((f['path'], tuple(f['rules'])) for f in F)")" = "$first" ] ||
			same=0
	done
	check "round $round: identical findings in every run" test "$same" = 1
	check "round $round: the webshell is found" grep -q 'shell.php' "$t/out.1"
	n=$(find "$t/state" -name 'rules-*.yarc' | wc -l)
	check "round $round: one compiled file per set remains (2, got $n)" test "$n" = 2
	n=$(find "$t/state" -name 'rules-*' ! -name '*.yarc' | wc -l)
	check "round $round: no temporary file left ($n)" test "$n" = 0
	loaded=$(cat "$t"/err.* | grep -c "compiled rules from" || true)
	check "round $round: 3 of 4 runs load what the first compiled (6 loads of 2 sets, got $loaded)" \
		test "$loaded" = 6
	if grep -l "cannot load compiled rules\|ERROR\|runtime error" "$t"/err.* >/dev/null; then
		not_ok "round $round: no run saw a damaged file" "$(grep -h "cannot load\|ERROR\|runtime error" "$t"/err.* | head -5)"
	else
		ok "round $round: no run saw a damaged file"
	fi
done
# A temporary file left by a run that died while saving goes with the next
# compile (made under the lock, so no other run can be writing one).
touch "$t/state/rules-0123456789abcdef0123456789abcdef.yarc.tmp.99999"
find "$t/state" -name 'rules-*.yarc.tmp.*' -exec chmod 600 {} +
echo 'rule concurrent_marker { condition: false }' >"$t/rules/zz_local.yar"
hs --config "$t/hs.conf" --rules "$t/rules" --full --format json scan "$t/tree"
n=$(find "$t/state" -name 'rules-*.yarc.tmp.*' | wc -l)
check "a dead run's temporary file is removed by the next compile ($n)" test "$n" = 0
n=$(find "$t/state" -name 'rules-*.yarc' | wc -l)
check "the new rule version's 2 files replace the old ($n)" test "$n" = 2
