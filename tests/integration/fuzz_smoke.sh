#!/usr/bin/env bash
# The libFuzzer harnesses (tests/fuzz/fuzz_NAME.c, built into build-fuzz/ by
# make test) as a smoke test: every seed and regression input of
# tests/fuzz/NAME/ once (a fixed crash must stay fixed), then a short fuzzing
# run (FUZZ_SMOKE_SECONDS, default 3) from those seeds. A crash, leak,
# sanitizer report or hang fails the test; the input is kept in
# build-fuzz/crashes/NAME/ (make fuzz runs them longer: docs/fuzzing.md).
. "$(dirname "$0")/../lib.sh"
secs=${FUZZ_SMOKE_SECONDS:-3}
n_harness=0
for src in "$SRC"/tests/fuzz/fuzz_*.c; do
	n=$(basename "$src" .c)
	n=${n#fuzz_}
	if [[ $n == php_* && ! -f $SRC/agent/scan/php_lex.h ]]; then
		skip "$n" "the PHP layer (agent/scan/php_lex.c) is not in this tree"
		continue
	fi
	n_harness=$((n_harness + 1))
	bin=$SRC/build-fuzz/fuzz_$n
	if [ ! -x "$bin" ]; then
		not_ok "$n: harness built" "$bin is missing (make fuzz-build; make test builds it)"
		continue
	fi
	inputs=()
	for f in "$SRC/tests/fuzz/$n"/*; do
		[ -f "$f" ] && inputs+=("$f")
	done
	if [ ${#inputs[@]} -eq 0 ]; then
		not_ok "$n: seeds" "tests/fuzz/$n/ holds no input"
		continue
	fi
	log=$HS_TMP/$n.log
	if "$bin" "${inputs[@]}" >"$log" 2>&1; then
		ok "$n: ${#inputs[@]} seed and regression inputs"
	else
		not_ok "$n: seed and regression inputs" "$(grep -E 'ERROR|SUMMARY|Running:|abort' "$log" | tail -n 8)"
	fi
	mkdir -p "$HS_TMP/corpus-$n" "$SRC/build-fuzz/crashes/$n"
	if nice "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 \
		-artifact_prefix="$SRC/build-fuzz/crashes/$n/" "$HS_TMP/corpus-$n" \
		"$SRC/tests/fuzz/$n" >"$log" 2>&1; then
		runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1)
		ok "$n: ${secs}s of fuzzing without a crash (${runs#\#} runs)"
	else
		not_ok "$n: ${secs}s of fuzzing" "$(grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -n 8)"
	fi
done
[ "$n_harness" -gt 0 ] || not_ok "harnesses" "no tests/fuzz/fuzz_*.c"
exit "$HS_FAILED"
