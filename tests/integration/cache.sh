#!/usr/bin/env bash
# The scan cache (incremental sweeps): an unchanged clean file is not read
# again (files_cached / files_scanned in the JSON summary), any change of
# content, size, mtime, ctime or inode makes it read again, a file with a
# finding is read every time, a rule change or a corrupt or foreign cache
# file rebuilds the cache with a warning, --full ignores it, sweep uses it
# by default and scan only with [cache] scan = yes.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
tree=$t/tree
mkdir -p "$tree/a/b" "$t/rules"
for i in 1 2 3 4 5 6 7 8; do
	printf '<?php\n// page %s\necho "hello %s";\n' "$i" "$i" >"$tree/a/page$i.php"
done
printf 'body { color: red; }\n' >"$tree/a/b/style.css"
printf 'plain text\n' >"$tree/a/b/readme.txt"
printf '<?php @eval($_POST["x"]);\n' >"$tree/a/b/shell.php"
total=11
cp "$SRC"/rules/*.yar "$t/rules/"
state=$t/state
cat >"$t/hs.conf" <<EOF
[general]
state_dir = $state
[cache]
scan = yes
EOF
db=$state/scan-cache.sqlite
S() { jq_py "$OUT" "S.get('$1')"; }
run() { hs --config "$t/hs.conf" --rules "$t/rules" --format json "$@" scan "$tree"; }

run
check "first scan reads every file" sh -c "[ '$(S files_scanned)' = $total ] && [ '$(S files_cached)' = 0 ]"
check "first scan finds the shell" sh -c "[ $RC = 1 ] && grep -q 'shell.php' '$OUT'"
check "state dir created 0700" sh -c "[ \"\$(stat -c %a '$state')\" = 700 ]"
check "cache file is 0600" sh -c "[ \"\$(stat -c %a '$db')\" = 600 ]"
check "no warning on first use" sh -c "! grep -q 'warning' '$ERR'"

run
check "repeat: clean unchanged files come from the cache, not read" \
	sh -c "[ '$(S files_cached)' = $((total - 1)) ] && [ '$(S files_scanned)' = 1 ]"
check "repeat: the file with a finding is read and reported again" \
	sh -c "[ $RC = 1 ] && [ '$(jq_py "$OUT" "len([f for f in F if f['path'].endswith('shell.php')])")' = 1 ]"
db_before=$(stat -c %Y.%s "$db") wal_before=$(ls "$state")
sleep 1.1
run
check "repeat with nothing changed writes nothing to the cache" \
	test "$(stat -c %Y.%s "$db") $(ls "$state")" = "$db_before $wal_before"

# Each kind of change makes exactly that file be read again.
changed() { # NAME: the last run read exactly the shell plus one changed file
	check "$1: re-read" sh -c "[ '$(S files_scanned)' = 2 ] && [ '$(S files_cached)' = $((total - 2)) ]"
}
printf '<?php\n// page 1\necho "HELLO 1";\n' >"$tree/a/page1.php.new"
touch -r "$tree/a/page1.php" "$tree/a/page1.php.new"
cat "$tree/a/page1.php.new" >"$tree/a/page1.php" # same size, content differs
touch -r "$tree/a/page1.php.new" "$tree/a/page1.php"
rm "$tree/a/page1.php.new"
run
changed "content changed, size and mtime kept (ctime differs)"
touch -d '2001-01-01 00:00:00' "$tree/a/page2.php"
run
changed "mtime changed"
printf '// more\n' >>"$tree/a/page3.php"
run
changed "size changed"
chmod 0640 "$tree/a/page4.php"
chmod 0644 "$tree/a/page4.php"
run
changed "ctime only changed (chmod and back)"
cp -p "$tree/a/page5.php" "$t/page5.tmp"
mv "$t/page5.tmp" "$tree/a/page5.php"
run
changed "replaced by another inode with the same content and times"
mv "$tree/a/page6.php" "$tree/a/renamed.php"
run
changed "renamed (another path)"
# A cached clean file that turns malicious is caught on the next run.
printf '<?php @eval($_POST["y"]); // injected\n' >>"$tree/a/page7.php"
run
check "clean file that turned malicious: read and reported" \
	sh -c "[ $RC = 1 ] && grep -q 'page7.php' '$OUT' && [ '$(S files_scanned)' = 2 ]"
run
check "both malicious files read every time" sh -c "[ '$(S files_scanned)' = 2 ] && grep -q 'page7.php' '$OUT'"

# --full ignores the cache (and keeps it up to date).
run --full -vv
check "--full reads every file" sh -c "[ '$(S files_scanned)' = $total ] && [ '$(S files_cached)' = 0 ]"
check "--full writes no row that says the same again" grep -q " 0 clean files written" "$ERR"
printf '<?php\n// page 8, edited\necho "hello 8";\n' >"$tree/a/page8.php"
run --full -vv
check "--full writes the row of a changed file" grep -q " 1 clean files written" "$ERR"
run
check "after --full the cache is used again" sh -c "[ '$(S files_cached)' = $((total - 2)) ]"

# A rule change (here: a new rule file) invalidates every entry, with a warning.
printf 'rule cache_test_marker { strings: $a = "cache-test-marker-xyz" condition: $a }\n' \
	>"$t/rules/zz_cache_test.yar"
run
check "rules changed: warning, every file read" \
	sh -c "grep -q 'warning: scan cache.*rules, signatures or settings changed' '$ERR' && [ '$(S files_scanned)' = $total ] && [ '$(S files_cached)' = 0 ]"
run
check "rules changed: cache valid again on the next run" sh -c "[ '$(S files_cached)' = $((total - 2)) ]"
rm "$t/rules/zz_cache_test.yar"
run
check "rules changed back: rebuilt again" sh -c "[ '$(S files_cached)' = 0 ] && grep -q 'warning' '$ERR'"
run

# max_file_size is part of the engine digest too.
printf '[general]\nstate_dir = %s\n[scan]\nmax_file_size = 8M\n[cache]\nscan = yes\n' "$state" >"$t/hs2.conf"
hs --config "$t/hs2.conf" --rules "$t/rules" --format json scan "$tree"
check "max_file_size changed: rebuilt" sh -c "[ '$(S files_cached)' = 0 ] && grep -q 'warning' '$ERR'"
run

# A corrupt cache is never trusted: rebuilt with a warning.
head -c 4096 /dev/urandom >"$db"
rm -f "$db-wal" "$db-shm"
run
check "garbage cache file: warning, rebuilt, every file read" \
	sh -c "grep -q 'warning: scan cache.*rebuilding' '$ERR' && [ '$(S files_scanned)' = $total ] && [ $RC = 1 ]"
run
check "after rebuild the cache works" sh -c "[ '$(S files_cached)' = $((total - 2)) ]"
if command -v sqlite3 >/dev/null; then
	sqlite3 "$db" "UPDATE meta SET value = '0.0.0-other' WHERE key = 'version'"
	run
	check "cache from another hostsweep version: warning, rebuilt" \
		sh -c "grep -q 'another hostsweep version' '$ERR' && [ '$(S files_cached)' = 0 ]"
	run
	sqlite3 "$db" "DELETE FROM meta WHERE key = 'salt'"
	run
	check "cache without its metadata: warning, rebuilt" \
		sh -c "grep -q 'warning: scan cache' '$ERR' && [ '$(S files_cached)' = 0 ]"
	run
	rm -f "$db" "$db-wal" "$db-shm"
	sqlite3 "$db" "CREATE TABLE other(x); INSERT INTO other VALUES(1);"
	run
	check "foreign SQLite database: warning, rebuilt" \
		sh -c "grep -q 'not written by hostsweep' '$ERR' && [ '$(S files_scanned)' = $total ]"
	run
	check "and used after that" sh -c "[ '$(S files_cached)' = $((total - 2)) ]"
else
	skip "foreign/version-mismatch cache files" "sqlite3 CLI not installed"
fi
# Truncated in the middle: SQLite sees a malformed image.
size=$(stat -c %s "$db")
if [ "$size" -gt 8192 ]; then
	truncate -s $((size / 2)) "$db"
	rm -f "$db-wal" "$db-shm"
	run
	check "truncated cache: warning, nothing trusted" \
		sh -c "[ '$(S files_cached)' = 0 ] && [ '$(S files_scanned)' = $total ]"
else
	run
fi

# scan without [cache] scan = yes does not touch the cache.
printf '[general]\nstate_dir = %s/other\n' "$t" >"$t/nocache.conf"
hs --config "$t/nocache.conf" --rules "$t/rules" --format json scan "$tree"
check "scan: cache off unless [cache] scan = yes" \
	sh -c "[ '$(S files_cached)' = 0 ] && [ ! -e '$t/other/scan-cache.sqlite' ]"
printf '[general]\nstate_dir = %s/off\n[cache]\nenabled = no\nscan = yes\n' "$t" >"$t/off.conf"
hs --config "$t/off.conf" --rules "$t/rules" --format json scan "$tree"
hs --config "$t/off.conf" --rules "$t/rules" --format json scan "$tree"
check "[cache] enabled = no: never used" \
	sh -c "[ '$(S files_cached)' = 0 ] && [ ! -e '$t/off/scan-cache.sqlite' ]"
printf '[cache]\nprune_days = 0\n' >"$t/bad.conf"
hs --config "$t/bad.conf" scan "$tree"
check "bad [cache] value: exit 2 naming file:line" sh -c "[ $RC = 2 ] && grep -qF '$t/bad.conf:2' '$ERR'"

# sweep uses the cache by default (one cache file per --root).
r=$t/root
mkdir -p "$r/etc" "$r/home/alice/public_html/wp" "$r/tmp"
printf 'root:x:0:0:root:/root:/bin/sh\nalice:x:1001:1001::/home/alice:/bin/sh\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n' >"$r/etc/passwd"
for i in 1 2 3 4 5; do printf '<?php echo %s;\n' "$i" >"$r/home/alice/public_html/wp/f$i.php"; done
printf '<?php @eval($_POST["x"]);\n' >"$r/home/alice/public_html/up.php"
printf '[general]\nstate_dir = %s/swstate\n' "$t" >"$t/sweep.conf"
hs --config "$t/sweep.conf" --rules "$t/rules" --root "$r" --format json sweep
first_scanned=$(S files_scanned)
hs --config "$t/sweep.conf" --rules "$t/rules" --root "$r" --format json sweep
check "sweep: repeat takes clean docroot files from the cache" \
	sh -c "[ '$(S files_cached)' -ge 5 ] && [ '$(S files_scanned)' -lt '$first_scanned' ] && grep -q 'up.php' '$OUT'"
check "sweep: cache file per root in the state dir" \
	sh -c "ls '$t/swstate' | grep -q '^scan-cache-[0-9a-f]*\.sqlite$'"
hs --config "$t/sweep.conf" --rules "$t/rules" --root "$r" --format json --full sweep
check "sweep --full: no file from the cache" sh -c "[ '$(S files_cached)' = 0 ] && [ '$(S files_scanned)' = '$first_scanned' ]"

# A cache that cannot be opened is a warning, never a failure.
printf '[general]\nstate_dir = /proc/hostsweep-cannot\n[cache]\nscan = yes\n' >"$t/ro.conf"
hs --config "$t/ro.conf" --rules "$t/rules" --format json scan "$tree"
check "unusable state dir: warning, scan still complete" \
	sh -c "grep -q 'warning: scan cache' '$ERR' && [ '$(S files_scanned)' = $total ] && [ $RC = 1 ]"
exit $HS_FAILED
