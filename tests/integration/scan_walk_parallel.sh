#!/usr/bin/env bash
# The walk lists directories with as many threads as it scans with. Whatever
# the thread count, it must see exactly the same tree: every file once, the
# same skipped entries, the same findings, and the same limits (max_depth,
# mount points) as a one-thread walk.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
top=$t/docroot
mkdir -p "$top"
shell='<?php @eval($_POST["pw"]); ?>'

# wide: 300 directories of 3 files, one in 50 with a webshell
for i in $(seq 1 300); do
	d=$top/wide/d$i
	mkdir -p "$d/sub"
	printf '<?php echo %d;\n' "$i" >"$d/a.php"
	printf 'text %d\n' "$i" >"$d/sub/b.txt"
	printf 'more %d\n' "$i" >"$d/sub/c.txt"
	[ $((i % 50)) = 0 ] && printf '%s\n' "$shell" >"$d/sub/x$i.php"
done
# deep: a chain of 140 directories, deeper than max_depth (128)
deep=$top/deep
for i in $(seq 1 140); do
	deep=$deep/l$i
	mkdir -p "$deep"
	echo "level $i" >"$deep/f.txt"
done
printf '%s\n' "$shell" >"$top/deep/l1/l2/l3/shell.php"
# a customer's symlink out of the docroot, a FIFO
ln -s /etc/passwd "$top/wide/d7/pw.txt" && chown -h 2001:2001 "$top/wide/d7/pw.txt"
mkfifo "$top/wide/d9/pipe.php"

summary() { # the summary counts and the sorted finding paths of $OUT
	python3 - "$OUT" <<'PY'
import json, sys
F, S = [], {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding": F.append(o["path"])
    elif o["type"] == "summary": S = o
print(S["files_scanned"], json.dumps(S["skipped"], sort_keys=True), S["errors"])
for p in sorted(F): print(p)
PY
}

hs --format json --threads 1 scan "$top"
check "one thread: exit 1 (findings)" test "$RC" = 1
summary >"$t/one.txt"
# 300 dirs x 3 + 6 shells + deep files down to max_depth + deep shell
# max_depth 128 counts the directories entered below the top, so files
# down to 129 levels are read
want=$(find "$top" -mindepth 1 -maxdepth 129 -type f | wc -l)
check "one thread: every regular file within max_depth scanned once" \
	test "$(head -1 "$t/one.txt" | cut -d' ' -f1)" = "$want"
check "one thread: 6 webshells and the symlink found" test "$(tail -n +2 "$t/one.txt" | wc -l)" = 8
for n in 2 8; do
	hs --format json --threads $n scan "$top"
	summary >"$t/many.txt"
	if [ "$RC" = 1 ] && cmp -s "$t/one.txt" "$t/many.txt"; then
		ok "$n threads: same files, skips and findings as one thread"
	else
		not_ok "$n threads: same files, skips and findings as one thread" "rc=$RC" \
			"$(diff "$t/one.txt" "$t/many.txt" | head -5)"
	fi
done
check "max_depth still applies with 8 threads" grep -q '"too_deep": 1' "$t/many.txt"

# The cache gives the same verdicts through a parallel walk.
cat >"$t/hs.conf" <<EOF
[general]
state_dir = $t/state
[cache]
scan = yes
EOF
"$HOSTSWEEP" --config "$t/hs.conf" --format json --threads 8 scan "$top" >/dev/null 2>&1
hs --config "$t/hs.conf" --format json --threads 8 scan "$top"
check "repeat with the cache, 8 threads: same findings" \
	test "$(summary | tail -n +2)" = "$(tail -n +2 "$t/one.txt")"
check "repeat with the cache: clean files not read again" \
	test "$(jq_py "$OUT" 'S["files_cached"] + S["files_scanned"] == '"$want"' and S["files_scanned"] == 7')" = True
exit 0
