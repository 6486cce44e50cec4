#!/usr/bin/env bash
# Command line, configuration and rule errors: exit codes and messages that
# name the file and line.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
mkdir -p "$t/clean" "$t/bad"
printf '<?php echo "hello";\n' >"$t/clean/index.php"
printf '<?php @eval($_POST["x"]);\n' >"$t/bad/x.php"

hs --version
check "--version exits 0 and names the program" sh -c "[ $RC = 0 ] && grep -q '^hostsweep ' '$OUT'"
hs --help
check "--help exits 0 and lists scan and sweep" sh -c "[ $RC = 0 ] && grep -q '^  scan ' '$OUT' && grep -q '^  sweep ' '$OUT'"
hs scan "$t/clean"
check "nothing found: exit 0" test "$RC" = 0
hs scan "$t/bad"
check "a finding: exit 1" test "$RC" = 1
hs -q scan "$t/bad" "$t/clean"
check "-q still prints findings, exit 1" sh -c "[ $RC = 1 ] && grep -q 'x.php' '$OUT'"
hs frobnicate
check "unknown command: exit 2 with a message" sh -c "[ $RC = 2 ] && grep -q \"unknown command 'frobnicate'\" '$ERR'"
hs scan --bogus "$t/clean"
check "unknown option: exit 2 with a message" sh -c "[ $RC = 2 ] && grep -q 'bogus' '$ERR'"
hs --format xml scan "$t/clean"
check "bad --format: exit 2" sh -c "[ $RC = 2 ] && grep -q 'format' '$ERR'"
hs --threads 0 scan "$t/clean"
check "bad --threads: exit 2" test "$RC" = 2
hs scan
check "scan without PATH: exit 2" test "$RC" = 2
hs --root "$t/nonexistent" sweep
check "--root that is not a directory: exit 2" test "$RC" = 2
hs --config "$t/nonexistent.conf" scan "$t/clean"
check "explicit config that does not exist: exit 2 naming it" sh -c "[ $RC = 2 ] && grep -q 'nonexistent.conf' '$ERR'"

printf '[scan]\nmax_file_size = 1M\n\n[general]\nthreds = 4\n' >"$t/typo.conf"
hs --config "$t/typo.conf" scan "$t/clean"
check "config typo: exit 2, message names file:line and key" \
	sh -c "[ $RC = 2 ] && grep -qF '$t/typo.conf:5: unknown key '\''threds'\''' '$ERR'"

# The Nagios plugin says UNKNOWN (3) on one stdout line when it cannot run.
hs --config "$t/typo.conf" check mailq
check "check mailq with a bad config: exit 3, one UNKNOWN line" \
	sh -c "[ $RC = 3 ] && [ \"\$(wc -l < '$OUT')\" = 1 ] && grep -q '^MAILQ UNKNOWN - ' '$OUT'"
hs --config "$t/typo.conf" check watch
check "check watch with a bad config: exit 3, one WATCH UNKNOWN line" \
	sh -c "[ $RC = 3 ] && [ \"\$(wc -l < '$OUT')\" = 1 ] && grep -q '^WATCH UNKNOWN - ' '$OUT'"

# --max-rate: a shared budget of bytes per second (a lower bound: 6 files of
# 1 MiB at 2 MiB/s cannot take less than 2.5 s; the first read is free).
mkdir -p "$t/rate"
for i in 1 2 3 4 5 6; do head -c 1048576 /dev/urandom >"$t/rate/f$i"; done
start=$(date +%s.%N)
hs --max-rate 2M scan "$t/rate"
took=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
check "--max-rate 2M: 6 MiB take at least 2.4 s (took $took s)" python3 -c "import sys; sys.exit(not float(sys.argv[1]) >= 2.4)" "$took"
printf '[scan]\nmax_rate = fast\n' >"$t/rate.conf"
hs --config "$t/rate.conf" scan "$t/clean"
check "[scan] max_rate = fast: exit 2, names file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/rate.conf:2:' '$ERR'"

# A broken rule: error names the rule file and line, exit 2, nothing scanned.
mkdir -p "$t/rules"
printf 'rule good { strings: $a = "x" condition: $a }\n\nrule broken {\n  strings: $a = "y"\n  condition: $b }\n' >"$t/rules/broken.yar"
hs --rules "$t/rules" scan "$t/bad"
check "broken YARA rule: exit 2, message names rules file and line" \
	sh -c "[ $RC = 2 ] && grep -qE '$t/rules/broken.yar:5: rule error' '$ERR'"
check "broken YARA rule: nothing reported as scanned" sh -c "! grep -q 'x.php' '$OUT'"
hs --rules "$t/norules" scan "$t/bad"
check "--rules directory missing: exit 2" sh -c "[ $RC = 2 ] && grep -q 'norules' '$ERR'"

# A bad signature line names file and line.
mkdir -p "$t/sigs"
printf '# comment\nid1\thigh\twebshell\tfoo(\n' >"$t/sigs/bad.pcre"
hs --signatures "$t/sigs" scan "$t/bad"
check "broken PCRE2 pattern: exit 2, names file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/sigs/bad.pcre:2:' '$ERR'"
printf 'nothex\tid\thigh\twebshell\n' >"$t/sigs/bad.pcre" && mv "$t/sigs/bad.pcre" "$t/sigs/sha256.txt"
hs --signatures "$t/sigs" scan "$t/bad"
check "broken hash list: exit 2, names file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/sigs/sha256.txt:1:' '$ERR'"

# An operator's own rule is used, with the externals the scanner defines.
mkdir -p "$t/own"
cat >"$t/own/own.yar" <<'R'
rule own_marker : webshell {
  meta: severity = "high" description = "test"
  strings: $m = "HOSTSWEEP-TEST-MARKER"
  condition: $m and extension == "txt" and filename == "note.txt" and not owner_web
}
R
printf 'HOSTSWEEP-TEST-MARKER\n' >"$t/clean/note.txt"
hs --format json --rules "$SRC/rules" --rules "$t/own" scan "$t/clean"
got=$(jq_py "$OUT" '[f["severity"] for f in F if "own.own_marker" in f["rules"]]')
check "operator rule with externals matches (own.own_marker, high)" test "$RC:$got" = "1:['high']"

# --nice: what the systemd unit sets, read back from the kernel (-v)
hs -v --nice scan "$t/clean"
check "--nice: nice 19, batch scheduler, idle I/O class" \
	grep -q 'nice 19, scheduler batch, I/O class idle' "$ERR"
exit 0
