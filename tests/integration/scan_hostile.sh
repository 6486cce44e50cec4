#!/usr/bin/env bash
# The file scanner over an attacker-controlled tree: every hostile entry has
# a defined outcome, and the JSON output stays valid line by line.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
top=$t/docroot
mkdir -p "$top" "$t/outside"
shell='<?php @eval($_POST["pw"]); ?>'
printf '%s\n' "$shell" >"$t/outside/secret.php"

# links made by a customer (uid 2001): root-owned links are the system's
ln -s /etc/shadow "$top/shadow.txt" && chown -h 2001:2001 "$top/shadow.txt"
ln -s "$t/outside" "$top/outside-dir" && chown -h 2001:2001 "$top/outside-dir"
ln -s /etc/passwd "$top/root-link" # root's own: not a finding
mkfifo "$top/pipe.php"
mknod "$top/null-dev" c 1 3
: >"$top/empty.php"
truncate -s 4G "$top/huge-sparse.bin"
printf '%s\n' "$shell" >"$top/$(printf 'evil\nname.php')"
printf '%s\n' "$shell" >"$top/$(printf 'x.php\n  CRITICAL file    FORGED.php')"
printf '%s\n' "$shell" >"$top/$(printf 'bad\xff\xfe.php')"
printf '%s\n' "$shell" >"$top/unreadable.php"
chmod 000 "$top/unreadable.php"
deep=$top
for i in $(seq 1 64); do deep=$deep/d$i; done
mkdir -p "$deep"
printf '%s\n' "$shell" >"$deep/deep.php"

hs --format json scan "$top"
if [ "$RC" = 1 ]; then ok "exit status 1 (findings)"; else not_ok "exit status 1 (findings)" "rc=$RC" "$(cat "$ERR")"; fi
check "every output line is valid JSON" json_valid "$OUT"

has() { [ "$(jq_py "$OUT" "$1")" = "True" ]; }
check "symlink to /etc/shadow: low finding, target recorded, not followed" has \
	'any(f["path"].endswith("/shadow.txt") and f["severity"]=="low" and "hs.symlink_outside_docroot" in f["rules"] and f["target"]=="/etc/shadow" for f in F)'
check "a root-owned symlink is not a finding" has 'not any(f["path"].endswith("/root-link") for f in F)'
check "/etc/shadow itself never read" has 'not any("/etc/shadow"==f["path"] for f in F)'
check "symlink to a directory outside: low finding, not descended" has \
	'any(f["path"].endswith("/outside-dir") and f["severity"]=="low" for f in F) and not any("secret.php" in f["path"] for f in F)'
check "FIFO and device node skipped, never opened" has 'S["skipped"]["special"]==2'
check "4 GiB sparse file skipped as too large" has 'S["skipped"]["too_large"]==1'
check "empty file scanned without finding" has 'not any(f["path"].endswith("/empty.php") for f in F)'
check "newline in a name is escaped, finding reported" has \
	'any(f["path"].endswith("/evil\\nname.php") and f["severity"]=="critical" for f in F)'
check "invalid UTF-8 in a name is escaped as hex" has \
	'any(f["path"].endswith("/bad\\xff\\xfe.php") for f in F)'
check "mode-000 file is read by root and detected" has \
	'any(f["path"].endswith("/unreadable.php") and f["severity"]=="critical" for f in F)'
check "file 64 directories deep is found" has 'any(f["path"].endswith("/d64/deep.php") for f in F)'
check "no errors counted" has 'S["errors"]==0'
check "files counted: 6 readable regular files" has 'S["files_scanned"]==6'

# Text output: a file name cannot forge a finding line.
hs scan "$top"
if grep -q '^  CRITICAL file    FORGED' "$OUT"; then
	not_ok "text output cannot be forged by a newline in a name" "$(grep -n FORGED "$OUT")"
else
	ok "text output cannot be forged by a newline in a name"
fi
check "text output shows the escaped name" grep -qF 'x.php\n  CRITICAL file    FORGED.php' "$OUT"
if LC_ALL=C grep -q $'\xff' "$OUT"; then not_ok "no raw invalid UTF-8 in text output"; else ok "no raw invalid UTF-8 in text output"; fi

# The FIFO must not hang the scan even when it is named on the command line.
if timeout 60 "$HOSTSWEEP" -q scan "$top/pipe.php" >/dev/null 2>&1; then
	ok "a FIFO given as PATH does not hang the scan"
else
	rc=$?
	if [ $rc = 124 ]; then not_ok "a FIFO given as PATH does not hang the scan" "timed out"; else ok "a FIFO given as PATH does not hang the scan"; fi
fi

# max_depth from the config: deeper directories are counted, not walked.
printf '[scan]\nmax_depth = 32\n' >"$t/depth.conf"
hs --format json --config "$t/depth.conf" scan "$top"
check "max_depth stops the walk and counts it" has \
	'S["skipped"]["too_deep"]==1 and not any(f["path"].endswith("/deep.php") for f in F)'

# Without CAP_DAC_OVERRIDE/READ_SEARCH, the unreadable file is a counted
# permission error, not a crash, and the rest is still scanned.
if command -v setpriv >/dev/null; then
	OUT2=$(mktemp "$HS_TMP/out2.XXXXXX")
	rc=0
	setpriv --bounding-set -dac_override,-dac_read_search "$HOSTSWEEP" --format json scan "$top" >"$OUT2" 2>/dev/null || rc=$?
	OUT=$OUT2
	check "without DAC capabilities: mode-000 file counted as permission denied" has \
		'S["permission_denied"]>=1 and not any(f["path"].endswith("/unreadable.php") for f in F)'
	check "without DAC capabilities: the other files are still detected (exit 1)" test "$rc" = 1
else
	skip "permission-denied path" "setpriv not available"
fi

# Directories and files vanishing during the scan: churn a subtree while
# scanning; the scan must finish cleanly (vanished entries are not errors).
churn=$top/churn
mkdir -p "$churn"
( for r in $(seq 1 400); do
	mkdir -p "$churn/d$r/a/b" && for k in 1 2 3 4 5; do echo "<?php echo $k;" >"$churn/d$r/a/b/f$k.php"; done
	rm -rf "$churn/d$((r - 1))"
done ) &
churner=$!
at_exit "kill $churner 2>/dev/null"
bad=0
for i in 1 2 3; do
	hs --format json --threads 2 scan "$top"
	{ [ "$RC" = 1 ] && json_valid "$OUT" && has 'S["errors"]==0'; } || bad=1
done
wait "$churner" 2>/dev/null
if [ $bad = 0 ]; then ok "files and directories vanishing mid-scan: no error, valid output"; else not_ok "files and directories vanishing mid-scan: no error, valid output" "rc=$RC" "$(tail -3 "$OUT")"; fi
exit 0
