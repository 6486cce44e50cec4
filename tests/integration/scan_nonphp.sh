#!/usr/bin/env bash
# Script backdoors, bots and mailers beyond PHP, round 7 (docs/script-rules.md):
# tests/eval/nonphpgen.py (a fourth author style: Node.js CJS/ESM, Python 2
# and 3.8+, old and new Perl, shell, Ruby) drawn with a seed its rules were
# not tuned on (1 and 5 were used): every malicious variant found, high or
# more where its technique expects it; every look-alike without any finding
# ("below-high": no high or critical). Text written to a temp dir and
# scanned, never run.
. "$(dirname "$0")/../lib.sh"
g=$(mktemp_dir)/gen
seed=71
python3 "$SRC/tests/eval/nonphpgen.py" --out "$g" --seed "$seed" --per 3 >/dev/null
hs --format json scan "$g"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 "$SRC/tests/score_variants.py" "$OUT" "$g" "seed $seed" scan_nonphp
exit 0
