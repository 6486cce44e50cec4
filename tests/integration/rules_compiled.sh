#!/usr/bin/env bash
# Compiled YARA rules kept beside the scan cache: used only while the rule
# sources are unchanged, never trusted when damaged or not private, and
# never written by a plain `scan` (which uses no cache).
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
mkdir -p "$t/rules" "$t/tree"
cp "$SRC"/rules/*.yar "$t/rules/"
printf '<?php @eval($_POST["pw"]); ?>\n' >"$t/tree/shell.php"
echo "hostsweep-compiled-marker" >"$t/tree/marker.txt"
cat >"$t/hs.conf" <<EOF
[general]
state_dir = $t/state
[cache]
scan = yes
EOF
run() { hs --config "$t/hs.conf" --rules "$t/rules" --full --format json -vv scan "$t/tree"; }
rules_with() { jq_py "$OUT" "sorted(r for f in F for r in f['rules'] if '$1' in r)"; }

run
# Two sets (docs/rules.md, "Rule scope"): every file, and the files without
# scope=php for content that cannot be PHP.
n=$(find "$t/state" -name 'rules-*.yarc' | wc -l)
check "first run compiles and keeps the compiled rules (one file per set: 2)" test "$n" = 2
yarc=$(find "$t/state" -name 'rules-*.yarc' ! -name '*.other.yarc')
check "compiled rules are private (0600)" \
	test "$(find "$t/state" -name 'rules-*.yarc' -perm 600 | wc -l)" = 2
check "first run finds the webshell" test "$(rules_with eval)" != "[]"
first=$(jq_py "$OUT" "sorted((f['path'], tuple(f['rules'])) for f in F)")

run
check "second run loads the compiled rules" grep -q "compiled rules from $yarc" "$ERR"
check "same findings from the compiled rules" \
	test "$(jq_py "$OUT" "sorted((f['path'], tuple(f['rules'])) for f in F)")" = "$first"

# A changed rule file: compiled again, the new rule applies, the old file goes.
cat >"$t/rules/zz_local.yar" <<'EOF'
rule compiled_marker { meta: severity = "high" strings: $m = "hostsweep-compiled-marker" condition: $m }
EOF
run
check "a new rule file is compiled in (not the stale compiled set)" \
	test "$(rules_with compiled_marker)" = "['zz_local.compiled_marker']"
check "the stale compiled sets are removed" test "$(find "$t/state" -name 'rules-*.yarc' | wc -l)" = 2
check "and was not loaded" test "$(grep -c "compiled rules from $yarc" "$ERR")" = 0

# Damaged: a warning, compiled again, same verdicts.
yarc=$(find "$t/state" -name 'rules-*.yarc' ! -name '*.other.yarc')
head -c 3000 /dev/urandom >"$yarc"
run
check "damaged compiled rules: warning" grep -q "cannot load compiled rules" "$ERR"
check "damaged compiled rules: still detects both" \
	test "$(rules_with compiled_marker)" = "['zz_local.compiled_marker']"
check "damaged compiled rules: replaced by a good copy" \
	grep -q "compiled rules from" <("$HOSTSWEEP" --config "$t/hs.conf" --rules "$t/rules" -vv scan "$t/tree" 2>&1 >/dev/null)

# Not private: refused.
chmod 666 "$yarc"
run
check "group/world-writable compiled rules are refused" grep -q "not a private file" "$ERR"
check "and the scan still detects" test "$(rules_with compiled_marker)" = "['zz_local.compiled_marker']"

# A broken rule is reported with its file and line even though a compiled
# set of the previous sources exists.
printf 'rule broken { condition: nosuchthing }\n' >"$t/rules/zz_broken.yar"
run
check "broken rule: exit 2" test "$RC" = 2
check "broken rule: FILE:LINE named" grep -q "zz_broken.yar:1:" "$ERR"
rm "$t/rules/zz_broken.yar"

# A plain scan (no cache) writes nothing to the state directory.
printf '[general]\nstate_dir = %s/state2\n' "$t" >"$t/plain.conf"
hs --config "$t/plain.conf" scan "$t/tree"
check "scan without the cache keeps no compiled rules" test ! -e "$t/state2"
exit 0
