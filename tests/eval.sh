#!/usr/bin/env bash
# make eval: detection figures (tests/eval/eval.py does the work). Scans the
# malicious corpus (CORPUS, default ../shared/corpus), the clean corpus (CLEAN,
# default /var/tmp/clean-corpus, built with CORPUS/build-clean.sh when missing),
# freshly generated variants (tests/eval/gen_variants.py) and the held-out set
# (tests/eval/heldout/, written without reading the detectors) with ./hostsweep
# and this tree's rules, and ends with a summary against the targets.
#
# Environment (docs/detection-eval.md):
#   EVAL_SPLIT=source       also leave one collection out (tests/eval/learners/)
#   EVAL_SHOW_MISSED=1      list the missed files by collection, and missed variants
#   EVAL_HELDOUT=0          skip the held-out set (tests/eval/heldout/); EVAL_HELDOUT_SEED=N;
#                           EVAL_HELDOUT_MISSED=1 (or tests/eval.sh -v) lists its missed files
#   EVAL_HELDOUT2=0         skip the second held-out set (tests/eval/heldout2/); EVAL_HELDOUT2_SEED=N;
#                           its missed samples are listed by the same -v / EVAL_HELDOUT_MISSED=1
#   EVAL_HELDOUT3=0         skip the third held-out set (tests/eval/heldout3/); EVAL_HELDOUT3_SEED=N;
#                           listed the same way
#   EVAL_HELDOUT4=0         skip the fourth held-out set (tests/eval/heldout4/); EVAL_HELDOUT4_SEED=N;
#                           listed the same way
#   EVAL_HELDOUT5=0         skip the fifth held-out set (tests/eval/heldout5/); EVAL_HELDOUT5_SEED=N;
#                           listed the same way
#   EVAL_HELDOUT6=0         skip the sixth held-out set (tests/eval/heldout6/); EVAL_HELDOUT6_SEED=N;
#                           listed the same way
#   EVAL_TRAIN6=0           skip the development set train6 (tests/eval/train6/, read by the
#                           engineers, not held out); EVAL_TRAIN6_SEED=N
#   EVAL_TRAIN7=0           skip the development set train7 (tests/eval/train7/: mailers, bots,
#                           unusual webshells; written blind in session 21); EVAL_TRAIN7_SEED=N
#   EVAL_TRAIN8=0           skip the development set train8 (tests/eval/train8/: webshells and
#                           phishing kits, written blind); EVAL_TRAIN8_SEED=N
#   EVAL_TRAIN9=0           skip the development set train9 (tests/eval/train9/: mailers and
#                           bots as incident drops, written blind); EVAL_TRAIN9_SEED=N
#   EVAL_TRAIN10=0          skip the development set train10 (tests/eval/train10/: mailers, bots
#                           and webshells in big files and odd structures); EVAL_TRAIN10_SEED=N
#   EVAL_VARIANTS=0         skip the variants; EVAL_VARIANTS_SEED=N, EVAL_VARIANTS_PER=N
#   EVAL_CONFIG=FILE        scan with this config (default: an empty one, built-in defaults)
#   EVAL_LEARNERS="A B"|none  the learned components to train per fold
#   EVAL_STRICT=1           exit 1 when a target is missed; EVAL_KEEP=1 keep the temp dir
#   EVAL_HOSTSWEEP=BIN      the binary (default ./hostsweep)
set -eu
cd "$(dirname "$0")/.."
corpus=$(realpath "${CORPUS:-../shared/corpus}")
clean=$(realpath -m "${CLEAN:-/var/tmp/clean-corpus}")
if [ ! -f "$corpus/malicious/MANIFEST.tsv" ]; then
	echo "eval: no corpus with malicious/MANIFEST.tsv at $corpus (set CORPUS=DIR)" >&2
	exit 2
fi
if [ ! -d "$clean" ] || [ -z "$(ls -A "$clean" 2>/dev/null)" ]; then
	echo "eval: building the clean corpus in $clean" >&2
	"$corpus/build-clean.sh" "$clean" >/dev/null
fi
exec python3 tests/eval/eval.py --hostsweep "${EVAL_HOSTSWEEP:-$PWD/hostsweep}" --src "$PWD" \
	--corpus "$corpus/malicious" --clean "$clean" "$@"
