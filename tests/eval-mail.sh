#!/usr/bin/env bash
# Mass-mailer variants and look-alikes (tests/eval/mailgen.py): per technique,
# how many variants get any finding and how many high or critical; for the
# look-alikes, how many get any finding and how many high or critical (the
# target is none high). Text generated into a temp dir and scanned, never run.
# usage: tests/eval-mail.sh [--bots|--nonphp] [SEED [PER]]   (from the repo root, after make)
#   --bots: the round-6 bot set instead (tests/eval/botgen.py --set r6)
#   --nonphp: the round-7 non-PHP set (tests/eval/nonphpgen.py)
#   env: EVAL_SHOW=1 lists every miss and every look-alike finding
# The "unseen" column counts only findings of rules written without looking at
# any corpus collection (meta seen = "none", "# seen: none" patterns) and of the
# PHP layer and built-ins (php.*, hs.*): what carries over to an unseen
# collection in the LOCO sense.
set -eu
cd "$(dirname "$0")/.."
gen="tests/eval/mailgen.py"
if [ "${1:-}" = --bots ]; then gen="tests/eval/botgen.py --set r6"; shift; fi
if [ "${1:-}" = --nonphp ]; then gen="tests/eval/nonphpgen.py"; shift; fi
seed=${1:-1} per=${2:-12}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2086
python3 $gen --out "$out/v" --seed "$seed" --per "$per" >/dev/null
./hostsweep -q --full --format json scan "$out/v" >"$out/f.json" || [ $? = 1 ]
python3 - "$out/f.json" "$out/v" "${EVAL_SHOW:-0}" <<'PY'
import collections, json, os, sys
F = {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if o["type"] == "finding":
        F.setdefault(os.path.basename(o["path"]), []).append(o)
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
import glob, re
unseen = set()
for path in glob.glob("rules/*.yar"):
    ns = os.path.basename(path)[:-4]
    txt = open(path, encoding="utf-8").read()
    for m in re.finditer(r"^(private\s+)?rule\s+(\w+)[^{]*\{(.*?)^\}", txt, re.M | re.S):
        sm = re.search(r'^\s*seen\s*=\s*"([^"]*)"', m.group(3), re.M)
        if sm and sm.group(1).strip() == "none":
            unseen.add("%s.%s" % (ns, m.group(2)))
for path in glob.glob("signatures/*.pcre"):
    last = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# seen:"):
            last = line[7:].strip()
        elif line and not line.startswith("#"):
            pid = line.split("\t", 1)[0]
            if last == "none":
                unseen.add(pid if pid.startswith("pcre.") else "pcre." + pid)
            last = None
def is_unseen(rid):
    return rid in unseen or rid.startswith("php.") or rid.startswith("hs.")
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(sys.argv[2], "variants.tsv"))][1:]
by = collections.OrderedDict()
for fname, cls, tech, lang, expect, tr in rows:
    fs = F.get(fname, [])
    top = max([rank.get(f["severity"], 0) for f in fs] or [0])
    st = by.setdefault((cls, tech), [0, 0, 0, expect, 0])
    st[0] += 1
    st[1] += top > 0
    st[2] += top >= 3
    st[4] += any(is_unseen(x) for f in fs for x in f["rules"])
    if sys.argv[3] == "1" and ((cls == "malicious" and (top < 3 if expect == "high" else top == 0)) or (cls == "benign" and top)):
        print("  %s %s %s: %s" % (cls, tech, fname, ";".join("%s %s" % (f["severity"], ",".join(f["rules"])) for f in fs) or "nothing"))
tot = collections.Counter()
for (cls, tech), (n, found, high, expect, uns) in by.items():
    print("%-9s %-22s %3d files  found %5.1f%%  high+ %5.1f%%  unseen %5.1f%%  (expect %s)" % (cls, tech, n, 100.0 * found / n, 100.0 * high / n, 100.0 * uns / n, expect))
    tot[cls, "n"] += n; tot[cls, "f"] += found; tot[cls, "h"] += high; tot[cls, "u"] += uns
for cls in ("malicious", "benign"):
    n = tot[cls, "n"] or 1
    print("TOTAL %-9s %d files: found %.1f%%, high+ %.1f%%, by unseen rules %.1f%% (%d found, %d high+, %d unseen)" % (cls, tot[cls, "n"], 100.0 * tot[cls, "f"] / n, 100.0 * tot[cls, "h"] / n, 100.0 * tot[cls, "u"] / n, tot[cls, "f"], tot[cls, "h"], tot[cls, "u"]))
PY
