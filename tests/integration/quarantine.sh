#!/usr/bin/env bash
# Quarantine, restore and the action journal, on real files with real owners:
# byte-exact restore of content, owner, mode, mtime and xattrs; across
# filesystems; a crash between copy and unlink loses nothing; hard links,
# symlinks, newer files; the journal is append-only.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
state=$t/state
printf '[general]\nstate_dir = %s\n' "$state" >"$t/hs.conf"
r=$t/root
mkdir -p "$r/etc" "$r/home/alice/public_html/uploads" "$r/tmp"
printf 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/false\nalice:x:2101:2101::/home/alice:/bin/sh\n' >"$r/etc/passwd"
shell='<?php @eval($_POST["k"]); ?>'
doc=$r/home/alice/public_html
printf '%s\n' "$shell" >"$doc/uploads/a.php"
chown 33:33 "$doc/uploads" "$doc/uploads/a.php"
chmod 640 "$doc/uploads/a.php"
touch -d '2024-02-03 04:05:06.123456789' "$doc/uploads/a.php"
setfattr -n user.origin -v "ftp-upload" "$doc/uploads/a.php" 2>/dev/null && have_xattr=1 || have_xattr=0
printf '<?php echo "hello";\n' >"$doc/index.php"
chown 2101:2101 "$doc" "$doc/index.php"
sum_before=$(sha256sum "$doc/uploads/a.php" | cut -d' ' -f1)
stat_before=$(stat -c '%u:%g %a %.9Y' "$doc/uploads/a.php")

hs --root "$r" --config "$t/hs.conf" --format json respond --account alice --apply
check "respond --apply: exit 1 (findings), valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
qid=$(jq_py "$OUT" '[o["id"] for o in L if o.get("type")=="action" and o["action"]=="quarantine" and o["result"]=="ok"][0]')
check "the webshell is gone from the docroot" test ! -e "$doc/uploads/a.php"
check "the clean file is untouched" test "$(cat "$doc/index.php")" = '<?php echo "hello";'
check "quarantined content is root's, mode 000, byte-exact" sh -c \
	"[ \"\$(stat -c '%u %a' '$state/quarantine/$qid/content')\" = '0 0' ] && [ \"\$(sha256sum < '$state/quarantine/$qid/content' | cut -d' ' -f1)\" = '$sum_before' ]"
check "quarantine directory is 0700" test "$(stat -c %a "$state/quarantine")" = 700
check "upload directory locked (web user loses it, no write bits)" test "$(stat -c '%u %a' "$doc/uploads")" = "0 555"

hs --config "$t/hs.conf" quarantine list
check "quarantine list shows the item" grep -q "uploads/a.php" "$OUT"
hs --config "$t/hs.conf" --format json quarantine show "$qid"
check "quarantine show has sha256, owner, mode and the finding" sh -c \
	"grep -q '$sum_before' '$OUT' && grep -q '\"uid\": *33' '$OUT' && grep -q '\"finding\"' '$OUT'"

# Undo everything respond did, newest first.
ids=$(jq_py "$OUT" '1' >/dev/null; "$HOSTSWEEP" --config "$t/hs.conf" --format json actions | python3 -c 'import json,sys; print(" ".join(str(o["id"]) for o in reversed([json.loads(l) for l in sys.stdin]) if o["state"]=="done"))')
hs --root "$r" --config "$t/hs.conf" undo $ids
check "undo of every action: exit 0" test "$RC" = 0
check "restored byte-exact" test "$(sha256sum "$doc/uploads/a.php" | cut -d' ' -f1)" = "$sum_before"
check "restored owner, mode and mtime (ns)" test "$(stat -c '%u:%g %a %.9Y' "$doc/uploads/a.php")" = "$stat_before"
check "upload directory unlocked (owner and mode back)" test "$(stat -c '%u %a' "$doc/uploads")" = "33 755"
if [ $have_xattr = 1 ]; then
	check "extended attribute restored" test "$(getfattr --only-values -n user.origin "$doc/uploads/a.php" 2>/dev/null)" = "ftp-upload"
else
	skip "extended attribute restored" "filesystem without user xattrs"
fi
hs --root "$r" --config "$t/hs.conf" undo "$qid"
check "a second undo is refused (exit 2)" test "$RC" = 2

# A file created again after the quarantine is not overwritten without --force.
hs --root "$r" --config "$t/hs.conf" --format json respond --account alice --apply
qid=$(jq_py "$OUT" '[o["id"] for o in L if o.get("type")=="action" and o["action"]=="quarantine" and o["result"]=="ok"][0]')
sleep 1.1
printf 'new content\n' >"$doc/uploads/a.php"
hs --root "$r" --config "$t/hs.conf" quarantine restore "$qid"
check "restore refuses to overwrite a newer file" sh -c "[ $RC = 2 ] && grep -q 'newer' '$OUT' && [ \"\$(cat '$doc/uploads/a.php')\" = 'new content' ]"
hs --root "$r" --config "$t/hs.conf" quarantine restore --force "$qid"
check "restore --force puts the quarantined version back" test "$(sha256sum "$doc/uploads/a.php" | cut -d' ' -f1)" = "$sum_before"

# Across filesystems: the docroot on its own tmpfs.
if mkdir -p "$t/mnt" && mount -t tmpfs -o size=8m hs-test "$t/mnt" 2>/dev/null; then
	at_exit "umount '$t/mnt'"
	mkdir -p "$t/mnt/home/alice/public_html" "$t/mnt/etc"
	cp "$r/etc/passwd" "$t/mnt/etc/"
	printf '%s\n' "$shell" >"$t/mnt/home/alice/public_html/x.php"
	chown 2101:2101 "$t/mnt/home/alice/public_html/x.php"
	hs --root "$t/mnt" --config "$t/hs.conf" --format json respond --account alice --apply
	check "across filesystems: copied, verified, original removed" sh -c \
		"grep -q 'copied across filesystems' '$OUT' && [ ! -e '$t/mnt/home/alice/public_html/x.php' ]"
	id=$(jq_py "$OUT" '[o["id"] for o in L if o.get("type")=="action" and o["action"]=="quarantine"][0]')
	hs --root "$t/mnt" --config "$t/hs.conf" undo "$id"
	check "across filesystems: restored byte-exact with owner" sh -c \
		"[ \"\$(cat '$t/mnt/home/alice/public_html/x.php')\" = '$shell' ] && [ \"\$(stat -c %u '$t/mnt/home/alice/public_html/x.php')\" = 2101 ]"

	# A crash between the copy and the unlink: nothing lost.
	rc=0
	HOSTSWEEP_TEST_CRASH=after-copy "$HOSTSWEEP" --root "$t/mnt" --config "$t/hs.conf" respond --account alice --apply >/dev/null 2>&1 || rc=$?
	check "simulated crash after the copy (exit 86)" test "$rc" = 86
	check "after the crash the original is still in place, intact" test "$(cat "$t/mnt/home/alice/public_html/x.php")" = "$shell"
	hs --config "$t/hs.conf" --format json actions
	check "the interrupted quarantine is journaled as begun, not done" \
		test "$(jq_py "$OUT" '[o["state"] for o in L][-1]')" = "begun"
else
	skip "quarantine across filesystems" "cannot mount a tmpfs here"
fi

# A hard link: never chmod'ed in place (the other name keeps its mode).
printf '%s\n' "$shell" >"$doc/h.php"
ln "$doc/h.php" "$t/other-name"
chmod 644 "$doc/h.php"
hs --root "$r" --config "$t/hs.conf" --format json respond --account alice --apply
check "hard-linked file: quarantined by copy" sh -c "grep -q 'copied across filesystems and verified' '$OUT' && [ ! -e '$doc/h.php' ]"
check "hard-linked file: the other name keeps content and mode" test "$(stat -c '%a %h' "$t/other-name")" = "644 1"

# A symlink is never followed to pick the victim.
echo 'precious' >"$t/precious.php"
ln -s "$t/precious.php" "$doc/link.php"
chown -h 2101:2101 "$doc/link.php"
hs --root "$r" --config "$t/hs.conf" --format json respond --account alice --apply
check "symlink in the docroot: its target is never quarantined" test "$(cat "$t/precious.php")" = precious

# The journal cannot be rewritten.
if command -v sqlite3 >/dev/null; then
	if sqlite3 "$state/journal.db" "UPDATE events SET event='done' WHERE seq=1" 2>/dev/null; then
		not_ok "journal is append-only (UPDATE refused)"
	else
		ok "journal is append-only (UPDATE refused)"
	fi
else
	skip "journal is append-only" "sqlite3 command not installed"
fi

# Purge only with an explicit age; old items only.
hs --config "$t/hs.conf" quarantine purge
check "purge without --older-than is refused" test "$RC" = 2
hs --config "$t/hs.conf" quarantine purge --older-than 30
check "purge --older-than 30 keeps today's items" sh -c "grep -q '^0 quarantined files purged' '$OUT'"
exit 0
