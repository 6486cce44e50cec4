#!/usr/bin/env bash
# hostsweep's own files (issue 16): the state directory (scan cache, compiled
# rules, lock, journal, quarantine) and the rule and signature directories
# are never walked into, wherever they are; they are known by device and
# inode, so a customer's directory of the same name is still scanned; their
# files are counted as skipped "own files". And `make demo` leaves nothing
# in /tmp.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
r=$t/root
mkdir -p "$r/etc" "$r/tmp" "$r/home/alice/public_html"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\nalice:x:2101:2101::/home/alice:/bin/sh\n' >"$r/etc/passwd"
printf '<?php echo "hello";\n' >"$r/home/alice/public_html/index.php"
chown -R 2101:2101 "$r/home/alice"
# an invented upload shell: runs what the form posts
shell='<?php if (isset($_POST["c"])) { echo "<pre>"; system($_POST["c"]); echo "</pre>"; } ?>'

# --- the state directory inside a temp dir the sweep walks -----------------
# (the state of `make demo` in /tmp, or an operator's state_dir there)
state=$r/tmp/hostsweep-state
cat >"$t/tmp.conf" <<EOF
[general]
state_dir = $state
[scan]
tmp_dirs = /tmp
[cache]
enabled = yes
EOF
hs --root "$r" --config "$t/tmp.conf" --format json sweep
check "first sweep: exit 0 (nothing there yet)" test "$RC" = 0
yarc=$(find "$state" -name 'rules-*.yarc' | head -n 1)
if [ -z "$yarc" ]; then
	not_ok "the sweep keeps compiled rules in the state directory" "$(ls -la "$state" 2>&1)"
fi
nstate=$(find "$state" -type f | wc -l)
# A customer's directory with the same name, holding a copy of the compiled
# rules and an upload shell: it is not hostsweep's, so both are scanned.
same=$r/tmp/x/hostsweep-state
mkdir -p "$same"
cp "$yarc" "$same/"
printf '%s\n' "$shell" >"$same/up.php"
chown -R 33:33 "$r/tmp/x"
hs --root "$r" --config "$t/tmp.conf" --format json -v sweep
check "second sweep: exit 1 (the look-alike directory's files)" test "$RC" = 1
check "second sweep: valid JSON lines" json_valid "$OUT"
check "no finding in the state directory (compiled rules, cache, lock)" \
	test "$(jq_py "$OUT" "[f['path'] for f in F if f['path'].startswith('/tmp/hostsweep-state')]")" = "[]"
check "the state directory's files are counted as own files" \
	test "$(jq_py "$OUT" "S['skipped']['own_files'] >= $nstate and $nstate >= 3")" = True
check "-v says where hostsweep's own files are" grep -q "not scanning hostsweep's own files: $state" "$ERR"
check "same name, other inode: the upload shell is found" \
	test "$(jq_py "$OUT" "any(f['path'] == '/tmp/x/hostsweep-state/up.php' for f in F)")" = True
check "same name, other inode: the copy of the compiled rules is scanned (and matches)" \
	test "$(jq_py "$OUT" "any(f['path'].startswith('/tmp/x/hostsweep-state/rules-') for f in F)")" = True

# The inspected system's own state directory (a disk image of a server that
# ran hostsweep): same logical path, inside --root.
img=$t/imgstate
cat >"$t/img.conf" <<EOF
[general]
state_dir = $img
[scan]
tmp_dirs = $img
EOF
mkdir -p "$r$img/quarantine/3"
chmod -R 0700 "$r$img"
cp "$yarc" "$r$img/"
printf '%s\n' "$shell" >"$r$img/quarantine/3/content"
hs --root "$r" --config "$t/img.conf" --format json sweep
check "--root: the inspected system's state directory is its own too (no finding, 2 own files)" \
	test "$(jq_py "$OUT" "([f['path'] for f in F if f['path'].startswith('$img')], S['skipped']['own_files'])")" = "([], 2)"

# --- the quarantine -------------------------------------------------------
q=$t/q
mkdir -p "$q/root/etc" "$q/root/tmp" "$q/root/home/bob/public_html/wp-content/uploads"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\nbob:x:2102:2102::/home/bob:/bin/sh\n' >"$q/root/etc/passwd"
up=$q/root/home/bob/public_html/wp-content/uploads
printf '%s\n' "$shell" >"$up/thumb.php"
printf '%s // two\n' "$shell" >"$up/cache.php"
chown -R 2102:2102 "$q/root/home/bob"
chown 33:33 "$up" "$up/thumb.php" "$up/cache.php"
cat >"$q/hs.conf" <<EOF
[general]
state_dir = $q/state
[scan]
tmp_dirs = /tmp
[policy.webshells]
action = quarantine
kind = file
min_severity = high
tags = webshell
EOF
hs --root "$q/root" --config "$q/hs.conf" --format json sweep --apply
check "the policy quarantined both shells" sh -c \
	"[ ! -e '$up/thumb.php' ] && [ ! -e '$up/cache.php' ] && [ \"\$(find '$q/state/quarantine' -type f -name content | wc -l)\" = 2 ]"
nq=$(find "$q/state/quarantine" -type f | wc -l)
hs --config "$q/hs.conf" --format json --threads 4 scan "$q/state/quarantine"
check "scan of the quarantine: exit 0, no finding" \
	test "$RC:$(jq_py "$OUT" 'len(F)')" = "0:0"
check "scan of the quarantine: its $nq files counted as own files, none scanned" \
	test "$(jq_py "$OUT" "(S['skipped']['own_files'], S['files_scanned'])")" = "($nq, 0)"
hs --config "$q/hs.conf" scan "$q/state/quarantine"
check "text summary: the own files counter" grep -q " $nq own files" "$OUT"
hs --config "$q/hs.conf" --format json scan "$q"
check "scan of a tree holding the state directory: no finding, quarantine and journal counted" \
	test "$(jq_py "$OUT" "(len(F), S['skipped']['own_files'] >= $nq + 1)")" = "(0, True)"
qid=$(find "$q/state/quarantine" -mindepth 1 -maxdepth 1 -type d | head -n 1)
hs --config "$q/hs.conf" --format json scan "$qid/content"
check "a quarantined item named below the quarantine is scanned (to look at it again)" \
	test "$RC:$(jq_py "$OUT" 'len(F)')" = "1:1"

# --- a directory others can write to is never a hiding place --------------
ww=$t/ww
mkdir -p "$ww"
chmod 1777 "$ww"
printf '%s\n' "$shell" >"$ww/drop.php"
printf '[general]\nstate_dir = %s\n' "$ww" >"$t/ww.conf"
hs --config "$t/ww.conf" --format json scan "$ww"
check "a world-writable state_dir is scanned like any directory (the shell is found)" \
	test "$RC:$(jq_py "$OUT" "[f['path'] for f in F] == ['$ww/drop.php'] and S['skipped']['own_files'] == 0")" = "1:True"
check "...with a warning" grep -q "$ww: writable by others" "$ERR"

# --- make demo leaves nothing behind ---------------------------------------
if [ -x "$SRC/hostsweep" ] && [ -x "$SRC/demo/run.sh" ]; then
	before=$(mktemp "$HS_TMP/before.XXXXXX")
	after=$(mktemp "$HS_TMP/after.XXXXXX")
	find /tmp -mindepth 1 -maxdepth 1 -iname '*hostsweep*' | sort >"$before"
	marker=$(mktemp "$HS_TMP/marker.XXXXXX")
	sleep 0.01 # mtimes after the marker's are the demo's
	rc=0
	(cd "$SRC" && demo/run.sh) >"$t/demo.out" 2>&1 || rc=$?
	find /tmp -mindepth 1 -maxdepth 1 -iname '*hostsweep*' | sort >"$after"
	check "make demo: runs and reports the demo's findings" \
		sh -c "[ $rc = 0 ] && grep -q 'CRITICAL' '$t/demo.out' && grep -q 'exited with status 1' '$t/demo.out'"
	demo_root=$(sed -n 's/^hostsweep demo: sweeping the demo host tree at \(.*\) (--root)$/\1/p' "$t/demo.out")
	check "make demo: its temporary directory is gone" \
		sh -c "[ -n '$demo_root' ] && [ ! -e '$demo_root' ] && [ ! -e \"\$(dirname '$demo_root')\" ]"
	# new entries, and old ones (a state directory of an earlier demo) the
	# demo wrote to
	new=$(comm -13 "$before" "$after"; find /tmp -mindepth 1 -maxdepth 2 -path '/tmp/*hostsweep*' -newer "$marker" 2>/dev/null)
	if [ -z "$new" ]; then
		ok "make demo: nothing named hostsweep left in /tmp"
	else
		not_ok "make demo: nothing named hostsweep left in /tmp" "new: $new"
	fi
else
	skip "make demo leaves nothing behind" "no ./hostsweep built in $SRC"
fi
