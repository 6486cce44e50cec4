#!/usr/bin/env bash
# make fuzz: run each libFuzzer harness (build-fuzz/fuzz_NAME) for
# FUZZ_SECONDS (default 60), one after the other, niced. Usage:
#   tests/fuzz/run.sh [NAME...]      (NAME: cron, mailq_postfix, ... ; default all)
# The growing corpus is kept in build-fuzz/corpus/NAME (the seeds and
# regressions of tests/fuzz/NAME/ are read, never written); a crash, leak,
# timeout (FUZZ_TIMEOUT s per input) or memory blow-up (FUZZ_RSS_MB) stops
# that harness and leaves the input in build-fuzz/crashes/NAME/. The log of
# each run is build-fuzz/logs/NAME.log. Exit status 1 when any harness failed.
set -u
cd "$(dirname "$0")/../.."
secs=${FUZZ_SECONDS:-60}
timeout_s=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-1024}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in tests/fuzz/fuzz_*.c; do
		n=$(basename "$f" .c)
		# the PHP layer's harnesses, once scan/php_lex.c is in the tree
		[[ $n == fuzz_php_* && ! -f agent/scan/php_lex.h ]] && continue
		names+=("${n#fuzz_}")
	done
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for n in "${names[@]}"; do
	bin=build-fuzz/fuzz_$n
	if [ ! -x "$bin" ]; then
		echo "fuzz: $bin is not built (make fuzz-build)" >&2
		failed+=("$n")
		continue
	fi
	mkdir -p "build-fuzz/corpus/$n" "build-fuzz/crashes/$n" build-fuzz/logs
	args=(-max_total_time="$secs" -timeout="$timeout_s" -rss_limit_mb="$rss"
		-print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$n/")
	[ -f "tests/fuzz/$n.dict" ] && args+=(-dict="tests/fuzz/$n.dict")
	[ -f "tests/fuzz/$n.options" ] && read -r -a extra <"tests/fuzz/$n.options" && args+=("${extra[@]}")
	echo "fuzz: $n for ${secs}s"
	if nice "$bin" "${args[@]}" "build-fuzz/corpus/$n" "tests/fuzz/$n" >"build-fuzz/logs/$n.log" 2>&1; then
		grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' \
			"build-fuzz/logs/$n.log" | tail -n 3 | sed "s/^/  $n: /"
	else
		echo "fuzz: $n FAILED (log build-fuzz/logs/$n.log):"
		grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "build-fuzz/logs/$n.log" | head -n 8 | sed 's/^/  /'
		failed+=("$n")
	fi
done
if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz: failed: ${failed[*]}"
	exit 1
fi
echo "fuzz: ${#names[@]} harness(es), no crash"
