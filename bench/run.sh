#!/usr/bin/env bash
# make bench: runs every bench/NN-*.sh in order. Each prints its own figures
# (wall time, rates, peak memory, ratios against a reference run in the same
# invocation). BENCH_DIR=DIR points at a benchmark tree (default: built from
# ../shared/corpus/build-clean.sh when available). BENCH=pattern runs a subset.
set -u
cd "$(dirname "$0")/.."
export SRC=$PWD HOSTSWEEP=$PWD/hostsweep
status=0
for b in bench/[0-9]*.sh; do
	[ -f "$b" ] || continue
	[ -n "${BENCH:-}" ] && [[ "$b" != *$BENCH* ]] && continue
	echo "=== $(basename "$b" .sh)"
	bash "$b" || status=1
done
exit $status
