#!/usr/bin/env bash
# Scan speed at hosting scale (issue 7). Builds a benchmark tree of at least
# BENCH_FILES files (default 50000) from the clean corpus, replicated into
# home/userN/public_html copies, plus a sprinkling of malicious samples copied
# from the shared corpus into the temporary tree only, and measures in one run:
#   (a) a full `hostsweep scan` (--full; the cache is written as a sweep does)
#   (b) `yara -r -f -N -p N` with hostsweep's own rules/ (externals given with -d)
#   (c) `clamscan -r` with a one-signature database: a walk-and-read reference
#   (d) the read floor: find | xargs cat > /dev/null, cold (caches dropped) and warm
#   (e) a repeat scan with nothing changed, and with 1% of files changed (touched)
# then a scaling figure: the full scan at 1, 2 and all threads on two tree
# sizes (BENCH_FILES and BENCH_LARGE_FILES, default 200000; 0 skips it).
# Wall time, files/s, MB/s and peak RSS from /usr/bin/time -v; ratios from
# the same run. Environment:
#   BENCH_DIR=DIR        use DIR as the tree as is (no building, no samples)
#   BENCH_WORK=DIR       where trees and state go (default /var/tmp/hostsweep-bench)
#   CLEAN_CORPUS=DIR     the clean corpus (default /var/tmp/clean-corpus, built
#                        with ../shared/corpus/build-clean.sh when missing)
#   BENCH_REPEAT=N       runs per measurement, the fastest is kept (default 1)
#   BENCH_SCALING=0      skip the scaling runs
set -u
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
HOSTSWEEP=${HOSTSWEEP:-$SRC/hostsweep}
WORK=${BENCH_WORK:-/var/tmp/hostsweep-bench}
CORPUS=${CLEAN_CORPUS:-/var/tmp/clean-corpus}
SHARED=${SHARED_CORPUS:-$SRC/../shared/corpus}
NFILES=${BENCH_FILES:-50000}
NLARGE=${BENCH_LARGE_FILES:-200000}
REPEAT=${BENCH_REPEAT:-1}
NCPU=$(nproc)
mkdir -p "$WORK"
TIMEF=$WORK/time.out

die() {
	echo "10-scan: $*" >&2
	exit 1
}
[ -x "$HOSTSWEEP" ] || die "no hostsweep binary at $HOSTSWEEP (make hostsweep)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing (apt-get install time)"

# ---- the tree ----
build_tree() { # DIR MINFILES
	local dir=$1 want=$2 per n=0 k=0
	if [ -f "$dir.ok" ] && [ "$(cat "$dir.ok")" = "$want" ]; then
		return 0
	fi
	if [ ! -d "$CORPUS" ]; then
		[ -x "$SHARED/build-clean.sh" ] || die "no clean corpus at $CORPUS and no $SHARED/build-clean.sh"
		echo "# building the clean corpus in $CORPUS" >&2
		"$SHARED/build-clean.sh" "$CORPUS" >&2 || die "build-clean.sh failed"
	fi
	rm -rf "$dir" "$dir.ok"
	mkdir -p "$dir"
	per=$(find "$CORPUS" -type f | wc -l)
	[ "$per" -gt 0 ] || die "empty corpus $CORPUS"
	echo "# building $dir: copies of $CORPUS ($per files each) until >= $want files" >&2
	while [ $n -lt "$want" ]; do
		k=$((k + 1))
		mkdir -p "$dir/home/user$k/public_html"
		cp -a "$CORPUS/." "$dir/home/user$k/public_html/"
		n=$((n + per))
	done
	# A sprinkling of malicious samples (inert data; never executed), one in
	# every 2000 files, in the copies' upload-like directories.
	if [ -d "$SHARED/malicious" ]; then
		local i=0 nmal=$((want / 2000)) u
		find "$SHARED/malicious" -type f ! -name MANIFEST.tsv | sort | head -n "$nmal" |
			while IFS= read -r f; do
				i=$((i + 1))
				u=$(((i % k) + 1))
				mkdir -p "$dir/home/user$u/public_html/wp-content/uploads/2024"
				cp "$f" "$dir/home/user$u/public_html/wp-content/uploads/2024/"
			done
	fi
	echo "$want" >"$dir.ok"
}

tree_stats() { # DIR -> sets FILES BYTES
	FILES=$(find "$1" -type f | wc -l)
	BYTES=$(find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
}

# ---- measuring ----
# measure NAME COMMAND...: runs it BENCH_REPEAT times, keeps the fastest;
# sets WALL, RSS (MB) and CPU (user + system s of the fastest run). The
# command's output goes to $WORK/last.out.
# $PREP, when set, is run before every repetition (not timed).
measure() {
	local name=$1 best="" rss="" cpu="" w r c i
	shift
	for ((i = 0; i < REPEAT; i++)); do
		[ -n "${PREP:-}" ] && eval "$PREP"
		# wall time in ns around the run (time -v rounds to 10 ms, too coarse
		# for the repeat scans); peak RSS from time -v
		t0=$(date +%s%N)
		/usr/bin/time -v -o "$TIMEF" "$@" >"$WORK/last.out" 2>"$WORK/last.err"
		t1=$(date +%s%N)
		w=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
		r=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$TIMEF")
		c=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.2f", s}' "$TIMEF")
		if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN {exit !(a < b)}'; then
			best=$w
			rss=$r
			cpu=$c
		fi
	done
	WALL=$best
	RSS=$rss
	CPU=$cpu
	printf '%-44s %9.3f s %10.0f files/s %8.1f MB/s %8.1f MB RSS %7.2f s CPU\n' "$name" "$WALL" \
		"$(awk -v f="$FILES" -v w="$WALL" 'BEGIN {print (w > 0 ? f / w : 0)}')" \
		"$(awk -v b="$BYTES" -v w="$WALL" 'BEGIN {print (w > 0 ? b / 1e6 / w : 0)}')" "$RSS" "$CPU"
}
ratio() { # LABEL A B
	printf '  %-50s %6.3f\n' "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN {print (b > 0 ? a / b : 0)}')"
}
drop_caches() {
	sync
	if (echo 3 >/proc/sys/vm/drop_caches) 2>/dev/null; then
		return 0
	fi
	return 1
}
summary_field() { # FIELD: from the JSON summary of the last hostsweep run
	python3 -c 'import json,sys
s=[json.loads(l) for l in open(sys.argv[1]) if l.startswith("{\"type\":\"summary\"")]
print(s[-1].get(sys.argv[2], "?") if s else "?")' "$WORK/last.out" "$1"
}

STATE=$WORK/state
# A fresh scan cache: one left by an earlier run would also hold the rows of
# the other trees it scanned (the cache is per inspected root, not per path).
rm -rf "$STATE"
CONF=$WORK/hostsweep.conf
printf '[general]\nstate_dir = %s\n[cache]\nscan = yes\n' "$STATE" >"$CONF"
HS=("$HOSTSWEEP" --config "$CONF" --format json)
YARA_DEFS=(-d filename= -d extension= -d filepath= -d mime= -d owner_web=false -d in_docroot=false
	-d in_uploads=false -d in_hidden_dir=false)

if [ -n "${BENCH_DIR:-}" ]; then
	TREE=$BENCH_DIR
else
	TREE=$WORK/tree-$NFILES
	build_tree "$TREE" "$NFILES"
fi
tree_stats "$TREE"
printf '# tree %s: %d files, %.1f MB; %d CPUs; hostsweep %s; %s\n' "$TREE" "$FILES" \
	"$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')" "$NCPU" "$("$HOSTSWEEP" --version | head -n1)" \
	"$(yara --version 2>/dev/null | sed 's/^/yara /')"
echo "# best of $REPEAT run(s) each; the machine may be shared: compare ratios from this run"

# (d) read floor, cold then warm
if drop_caches; then
	measure "(d) read floor, cold (caches dropped)" sh -c "find '$TREE' -type f -print0 | xargs -0 cat >/dev/null"
	FLOOR_COLD=$WALL
	drop_caches
	measure "(a) hostsweep scan --full, cold" "${HS[@]}" --full scan "$TREE"
	FULL_COLD=$WALL
else
	echo "(d) read floor, cold: not measured (cannot write /proc/sys/vm/drop_caches)"
	FLOOR_COLD=""
fi
measure "(d) read floor, warm" sh -c "find '$TREE' -type f -print0 | xargs -0 cat >/dev/null"
FLOOR_WARM=$WALL

# (a) full scan, warm
measure "(a) hostsweep scan --full, warm ($NCPU threads)" "${HS[@]}" --full scan "$TREE"
FULL=$WALL
FULL_RSS=$RSS
echo "    findings: $(summary_field findings), files scanned: $(summary_field files_scanned), inconclusive: $(summary_field inconclusive), errors: $(summary_field errors)"

# (b) yara with the same rules
if command -v yara >/dev/null; then
	measure "(b) yara -r -f -N -p $NCPU, warm" yara -r -f -N -p "$NCPU" "${YARA_DEFS[@]}" \
		"$SRC"/rules/*.yar "$TREE"
	YARA=$WALL
	echo "    yara matches: $(wc -l <"$WORK/last.out") (files x rules)"
else
	echo "(b) yara: not installed (apt-get install yara)"
	YARA=""
fi

# (c) clamscan as a walk-and-read reference (one signature, no real database)
if command -v clamscan >/dev/null; then
	mkdir -p "$WORK/clamdb"
	printf '00000000000000000000000000000000:1:hostsweep.bench.dummy\n' >"$WORK/clamdb/dummy.hdb"
	measure "(c) clamscan -r (1 signature; 1 thread), warm" clamscan -r --no-summary --quiet \
		-d "$WORK/clamdb" "$TREE"
	CLAM=$WALL
else
	echo "(c) clamscan: not installed (apt-get install clamav)"
	CLAM=""
fi

# (e) repeat with nothing changed, then with 1% of files changed
measure "(e) hostsweep scan, repeat, nothing changed" "${HS[@]}" scan "$TREE"
REPEAT0=$WALL
echo "    files from cache: $(summary_field files_cached), files read: $(summary_field files_scanned)"
# touched before every repetition: a best-of-N must not time a run that
# finds the previous repetition's changes already in the cache
PREP="find '$TREE' -type f | awk 'NR % 100 == 0' | xargs -d '\\n' touch"
measure "(e) hostsweep scan, repeat, 1% changed" "${HS[@]}" scan "$TREE"
PREP=
REPEAT1=$WALL
echo "    files from cache: $(summary_field files_cached), files read: $(summary_field files_scanned)"

# (f) unique content: the clean corpus itself. It has no copies, so the
# content memo cannot help: this is the cost per byte when nothing repeats.
if [ -z "${BENCH_DIR:-}" ] && [ -d "$CORPUS" ]; then
	save_f=$FILES save_b=$BYTES
	tree_stats "$CORPUS"
	printf '# (f) unique content, %s: %d files, %.1f MB\n' "$CORPUS" "$FILES" "$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')"
	measure "(f) read floor, warm, unique files" sh -c "find '$CORPUS' -type f -print0 | xargs -0 cat >/dev/null"
	UFLOOR=$WALL
	measure "(f) hostsweep scan --full, unique files" "${HS[@]}" --full scan "$CORPUS"
	UFULL=$WALL UFULL_CPU=$CPU
	# the PHP layer's cost (issue 12): the same scan without it
	printf '[general]\nstate_dir = %s\n[cache]\nscan = yes\n[scan]\nphp_analysis = no\n' \
		"$STATE" >"$WORK/nophp.conf"
	measure "(f) same, [scan] php_analysis = no" "$HOSTSWEEP" --config "$WORK/nophp.conf" \
		--format json --full scan "$CORPUS"
	UNOPHP=$WALL UNOPHP_CPU=$CPU
	if command -v yara >/dev/null; then
		measure "(f) yara -r -f -N -p $NCPU, unique files" yara -r -f -N -p "$NCPU" \
			"${YARA_DEFS[@]}" "$SRC"/rules/*.yar "$CORPUS"
		UYARA=$WALL UYARA_CPU=$CPU
	fi
	FILES=$save_f BYTES=$save_b
fi

echo "# ratios (lower is better for hostsweep)"
[ -n "$YARA" ] && ratio "full scan / yara -p $NCPU (target <= 1)" "$FULL" "$YARA"
ratio "full scan / warm read floor (target <= 3)" "$FULL" "$FLOOR_WARM"
[ -n "$FLOOR_COLD" ] && ratio "full scan cold / cold read floor" "$FULL_COLD" "$FLOOR_COLD"
[ -n "$CLAM" ] && ratio "full scan / clamscan walk-and-read" "$FULL" "$CLAM"
[ -n "${UYARA:-}" ] && ratio "unique files: full scan / yara (target <= 1)" "$UFULL" "$UYARA"
[ -n "${UYARA:-}" ] && ratio "unique files: full scan / yara, CPU" "$UFULL_CPU" "$UYARA_CPU"
[ -n "${UNOPHP:-}" ] && ratio "unique files: with / without the PHP layer" "$UFULL" "$UNOPHP"
[ -n "${UNOPHP:-}" ] && ratio "unique files: with / without the PHP layer, CPU" "$UFULL_CPU" "$UNOPHP_CPU"
[ -n "${UFLOOR:-}" ] && ratio "unique files: full scan / warm read floor" "$UFULL" "$UFLOOR"
ratio "repeat, nothing changed / full scan (target <= 0.05)" "$REPEAT0" "$FULL"
ratio "repeat, 1% changed / full scan" "$REPEAT1" "$FULL"
printf '  %-50s %6.1f MB (target < 200)\n' "peak RSS of the full scan" "$FULL_RSS"

# Scaling: threads x tree size
[ "${BENCH_SCALING:-1}" = 0 ] && exit 0
echo "# scaling: full scan (--full, warm) by threads and tree size"
threads="1 2"
[ "$NCPU" -gt 2 ] && threads="$threads $NCPU"
[ "$NCPU" -le 2 ] && echo "# (this machine has $NCPU CPUs: 'all' = $NCPU)"
trees=("$TREE")
if [ -z "${BENCH_DIR:-}" ] && [ "$NLARGE" -gt 0 ]; then
	build_tree "$WORK/tree-$NLARGE" "$NLARGE"
	trees+=("$WORK/tree-$NLARGE")
fi
for t in "${trees[@]}"; do
	tree_stats "$t"
	find "$t" -type f -print0 | xargs -0 cat >/dev/null # warm
	printf '# %s: %d files, %.1f MB\n' "$t" "$FILES" "$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')"
	for n in $threads; do
		measure "  hostsweep --threads $n" "${HS[@]}" --threads "$n" --full scan "$t"
	done
	if command -v yara >/dev/null; then
		measure "  yara -p $NCPU" yara -r -f -N -p "$NCPU" "${YARA_DEFS[@]}" "$SRC"/rules/*.yar "$t"
	fi
done
