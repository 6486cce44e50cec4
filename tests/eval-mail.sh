#!/usr/bin/env bash
# Mass-mailer variants and look-alikes (tests/eval/mailgen.py): per technique,
# how many variants get any finding and how many high or critical; for the
# look-alikes, how many get any finding and how many high or critical (the
# target is none high). Text generated into a temp dir and scanned, never run.
# usage: tests/eval-mail.sh [SEED [PER]]      (from the repo root, after make)
#   env: EVAL_SHOW=1 lists every miss and every look-alike finding
set -eu
cd "$(dirname "$0")/.."
seed=${1:-1} per=${2:-12}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 tests/eval/mailgen.py --out "$out/v" --seed "$seed" --per "$per" >/dev/null
./hostsweep -q --full --format json scan "$out/v" >"$out/f.json" || [ $? = 1 ]
python3 - "$out/f.json" "$out/v" "${EVAL_SHOW:-0}" <<'PY'
import collections, json, os, sys
F = {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if o["type"] == "finding":
        F.setdefault(os.path.basename(o["path"]), []).append(o)
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(sys.argv[2], "variants.tsv"))][1:]
by = collections.OrderedDict()
for fname, cls, tech, lang, expect, tr in rows:
    fs = F.get(fname, [])
    top = max([rank.get(f["severity"], 0) for f in fs] or [0])
    st = by.setdefault((cls, tech), [0, 0, 0, expect])
    st[0] += 1
    st[1] += top > 0
    st[2] += top >= 3
    if sys.argv[3] == "1" and ((cls == "malicious" and (top < 3 if expect == "high" else top == 0)) or (cls == "benign" and top)):
        print("  %s %s %s: %s" % (cls, tech, fname, ";".join("%s %s" % (f["severity"], ",".join(f["rules"])) for f in fs) or "nothing"))
tot = collections.Counter()
for (cls, tech), (n, found, high, expect) in by.items():
    print("%-9s %-22s %3d files  found %5.1f%%  high+ %5.1f%%  (expect %s)" % (cls, tech, n, 100.0 * found / n, 100.0 * high / n, expect))
    tot[cls, "n"] += n; tot[cls, "f"] += found; tot[cls, "h"] += high
for cls in ("malicious", "benign"):
    n = tot[cls, "n"] or 1
    print("TOTAL %-9s %d files: found %.1f%%, high+ %.1f%% (%d found, %d high+)" % (cls, tot[cls, "n"], 100.0 * tot[cls, "f"] / n, 100.0 * tot[cls, "h"] / n, tot[cls, "f"], tot[cls, "h"]))
PY
