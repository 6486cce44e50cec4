#!/usr/bin/env bash
# Instruction counts of a full scan against yara's, with callgrind: the figure
# to compare on a shared machine, where wall and CPU times move with the load
# (docs/performance.md). Not run by `make bench` (valgrind makes it slow: a few
# minutes per run). Builds a mix of every STEP-th file of the clean corpus
# (find | sort order; default 16) in BENCH_WORK (copied with tar: cpio
# is not always installed), then counts:
#   hostsweep --threads 1 --full scan, [cache] scan = no, php_analysis = yes
#   the same with php_analysis = no (both compile the two rule sets)
#   php_analysis = yes again, with the compiled rules a run with the cache
#     left in the state directory (loaded, not compiled: as in
#     bench/10-scan.sh, whose runs keep the cache on)
#   yara -r -f -N -p 1 with the same rules and the externals of 10-scan.sh (b)
# usage: bench/callgrind-mix.sh [RULES_DIR]   (default: rules/ of this tree)
#   env: HOSTSWEEP (default ./hostsweep), CLEAN_CORPUS, STEP, BENCH_WORK
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
HS=${HOSTSWEEP:-$SRC/hostsweep}
RULES=$(realpath "${1:-$SRC/rules}")
CORPUS=${CLEAN_CORPUS:-/var/tmp/clean-corpus}
STEP=${STEP:-16}
WORK=${BENCH_WORK:-/var/tmp/hostsweep-bench}/callgrind
command -v valgrind >/dev/null || {
	echo "callgrind-mix: valgrind missing (apt-get install valgrind)" >&2
	exit 1
}
[ -x "$HS" ] || {
	echo "callgrind-mix: no hostsweep binary at $HS (make hostsweep)" >&2
	exit 1
}
mkdir -p "$WORK" "$WORK/empty"
MIX=$WORK/mix-$STEP
if [ ! -f "$MIX.ok" ]; then
	rm -rf "$MIX"
	mkdir -p "$MIX"
	(cd "$CORPUS" && find . -type f | sort | awk -v s="$STEP" 'NR % s == 0' |
		tar -cf - --no-recursion -T - | tar -xf - -C "$MIX")
	touch "$MIX.ok"
fi
printf '# mix %s: %d files; rules %s; %s\n' "$MIX" "$(find "$MIX" -type f | wc -l)" "$RULES" \
	"$("$HS" --version | head -n1)"
count() { # OUT-PREFIX COMMAND...: prints the instructions callgrind collected
	valgrind --tool=callgrind --callgrind-out-file="$1.out" "${@:2}" >/dev/null 2>"$1.err" || true
	grep -o 'Collected : [0-9]*' "$1.err" | awk '{print $3}'
}
n_yes="" n_no=""
rm -rf "$WORK/state" "$WORK/state-loaded" # no compiled rules left by another run
for php in yes no; do
	conf=$WORK/php-$php.conf
	printf '[general]\nstate_dir = %s/state\n[cache]\nscan = no\n[scan]\nphp_analysis = %s\n' \
		"$WORK" "$php" >"$conf"
	# once without valgrind: the compiled rules are then loaded, not compiled
	"$HS" --config "$conf" --rules "$RULES" --threads 1 --full -q scan "$MIX" >/dev/null 2>&1 || true
	n=$(count "$WORK/hs-php-$php" "$HS" --config "$conf" --rules "$RULES" --threads 1 --full -q \
		scan "$MIX")
	printf 'hostsweep, php_analysis = %-3s %14s instructions\n' "$php" "$n"
	if [ "$php" = yes ]; then n_yes=$n; else n_no=$n; fi
done
# the compiled rules of a run with the cache, loaded by a scan without it
printf '[general]\nstate_dir = %s/state-loaded\n[cache]\nscan = yes\n' "$WORK" >"$WORK/warm.conf"
"$HS" --config "$WORK/warm.conf" --rules "$RULES" --threads 1 -q scan "$WORK/empty" >/dev/null 2>&1 || true
printf '[general]\nstate_dir = %s/state-loaded\n[cache]\nscan = no\n[scan]\nphp_analysis = yes\n' \
	"$WORK" >"$WORK/loaded.conf"
n_ld=$(count "$WORK/hs-loaded" "$HS" --config "$WORK/loaded.conf" --rules "$RULES" --threads 1 --full \
	-q scan "$MIX")
printf 'hostsweep, php_analysis = yes, compiled rules loaded %14s instructions\n' "$n_ld"
if command -v yara >/dev/null; then
	y=$(count "$WORK/yara" yara -r -f -N -p 1 -d filename= -d extension= -d filepath= -d mime= \
		-d owner_web=false -d in_docroot=false -d in_uploads=false -d in_hidden_dir=false \
		"$RULES"/*.yar "$MIX")
	printf 'yara -p 1, same rules          %14s instructions\n' "$y"
	awk -v a="$n_yes" -v b="$n_no" -v l="$n_ld" -v y="$y" 'BEGIN {
		printf "hostsweep / yara: %.3f with the PHP layer, %.3f without\n", a / y, b / y
		if (l > 0) printf "  with the PHP layer and the compiled rules loaded: %.3f\n", l / y }'
fi
echo "# profiles: $WORK/*.out (callgrind_annotate FILE)"
