#!/usr/bin/env bash
# Compiled YARA rules kept beside the scan cache: used only while the rule
# sources are unchanged, never trusted when damaged or not private, and
# never written by a plain `scan` (which uses no cache), which still loads
# the sets a run with the cache left.
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

# ... but it loads the compiled sets a run with the cache left there (the
# same sources), without writing, locking or pruning anything.
chmod 600 "$yarc"
run
printf '[general]\nstate_dir = %s/state\n[cache]\nscan = no\n' "$t" >"$t/ro.conf"
before=$(cd "$t/state" && ls -l --time-style=+%s.%N rules-*.yarc rules.lock | sort)
hs --config "$t/ro.conf" --rules "$t/rules" --full --format json -vv scan "$t/tree"
check "scan without the cache loads both compiled sets" \
	test "$(grep -c "compiled rules from $t/state/rules-" "$ERR")" = 2
check "and finds the same" test "$(rules_with compiled_marker)" = "['zz_local.compiled_marker']"
check "and writes nothing there" \
	test "$(cd "$t/state" && ls -l --time-style=+%s.%N rules-*.yarc rules.lock | sort)" = "$before"
# other sources: compiled, and the state directory's sets stay as they were
printf 'rule ro_marker { condition: false }\n' >"$t/rules/zz_ro.yar"
hs --config "$t/ro.conf" --rules "$t/rules" --full --format json -vv scan "$t/tree"
check "changed sources are compiled, not loaded" test "$(grep -c "compiled rules from" "$ERR")" = 0
check "and nothing is saved or pruned" \
	test "$(cd "$t/state" && ls -l --time-style=+%s.%N rules-*.yarc rules.lock | sort)" = "$before"
# a damaged set is compiled around, not deleted (that would be a write)
rm "$t/rules/zz_ro.yar"
head -c 3000 /dev/urandom >"$yarc"
hs --config "$t/ro.conf" --rules "$t/rules" --full --format json -vv scan "$t/tree"
check "damaged set, no cache: still detects" \
	test "$(rules_with compiled_marker)" = "['zz_local.compiled_marker']"
check "damaged set, no cache: left in place" test -s "$yarc"
exit 0
