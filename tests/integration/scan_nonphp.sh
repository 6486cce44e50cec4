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
python3 - "$OUT" "$g" "seed $seed" <<'PY'
import json, sys, os, collections
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
worst = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        worst[o["path"]] = max(worst.get(o["path"], 0), rank[o["severity"]])
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(sys.argv[2], "variants.tsv"))][1:]
res = collections.OrderedDict()
for fname, cls, tech, lang, expect, tr in rows:
    w = worst.get(os.path.join(sys.argv[2], fname), 0)
    if cls == "malicious":
        ok = w >= 3 if expect == "high" else w >= 1
    else:
        ok = w < 3 if expect == "below-high" else w == 0
    res.setdefault((cls, tech, expect), []).append(ok)
for (cls, tech, expect), oks in res.items():
    want = {"high": "high or more", "any": "a finding", "none": "no finding", "below-high": "nothing high"}[expect]
    print("%s - scan_nonphp: %s: %s %s: %d of %d with %s" % (
        "ok" if all(oks) else "not ok", sys.argv[3], cls, tech, sum(oks), len(oks), want))
PY
exit 0
