#!/usr/bin/env bash
# make eval: detection figures. Scans the malicious corpus (CORPUS, default
# ../shared/corpus) and the clean corpus (CLEAN, default /var/tmp/clean-corpus,
# built with CORPUS/build-clean.sh when missing) with ./hostsweep and prints
# the detection rate per category and the clean files with any finding.
set -eu
cd "$(dirname "$0")/.."
corpus=$(realpath "${CORPUS:-../shared/corpus}")
clean=$(realpath -m "${CLEAN:-/var/tmp/clean-corpus}")
if [ ! -d "$corpus/malicious" ]; then
	echo "eval: no corpus at $corpus (set CORPUS=DIR)" >&2
	exit 2
fi
if [ ! -d "$clean" ] || [ -z "$(ls -A "$clean" 2>/dev/null)" ]; then
	echo "eval: building the clean corpus in $clean" >&2
	"$corpus/build-clean.sh" "$clean" >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# --full: the figures are about detection, never about a cache.
./hostsweep -q --full --format json scan "$corpus/malicious" >"$out/mal.json" || [ $? = 1 ]
./hostsweep -q --full --format json scan "$clean" >"$out/clean.json" || [ $? = 1 ]
python3 - "$corpus/malicious" "$out/mal.json" "$clean" "$out/clean.json" <<'PY'
import json, os, sys, collections
mal_dir, mal_json, clean_dir, clean_json = sys.argv[1:]
def load(p):
    F, S = [], {}
    for line in open(p, encoding="utf-8"):
        o = json.loads(line)
        if o["type"] == "finding": F.append(o)
        elif o["type"] == "summary": S = o
    return F, S
F, S = load(mal_json)
hit = {}
for f in F:
    hit.setdefault(f["path"], []).append(f)
total, found = collections.Counter(), collections.Counter()
missed = []
for cat in sorted(os.listdir(mal_dir)):
    d = os.path.join(mal_dir, cat)
    if not os.path.isdir(d): continue
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name)
        total[cat] += 1
        if p in hit: found[cat] += 1
        else: missed.append(p)
print("malicious corpus: %s" % mal_dir)
print("%-10s %6s %6s %7s" % ("category", "files", "found", "rate"))
for cat in sorted(total):
    print("%-10s %6d %6d %6.1f%%" % (cat, total[cat], found[cat], 100.0 * found[cat] / total[cat]))
T, D = sum(total.values()), sum(found.values())
print("%-10s %6d %6d %6.1f%%" % ("all", T, D, 100.0 * D / T))
sev = collections.Counter(f["severity"] for f in F)
print("severity of malicious findings: " + ", ".join("%s %d" % (k, sev[k]) for k in ("critical", "high", "medium", "low")))
CF, CS = load(clean_json)
files = CS.get("files_scanned", 0)
flagged = {f["path"] for f in CF}
csev = collections.Counter(f["severity"] for f in CF)
print()
print("clean corpus: %s: %d files scanned, %d with any finding (%.3f%%)" % (clean_dir, files, len(flagged), 100.0 * len(flagged) / max(files, 1)))
print("clean findings by severity: " + ", ".join("%s %d" % (k, csev[k]) for k in ("critical", "high", "medium", "low")))
for f in sorted(CF, key=lambda f: f["path"])[:40]:
    print("  FP %-8s %s %s" % (f["severity"], ",".join(f["rules"]), f["path"]))
if os.environ.get("EVAL_SHOW_MISSED"):
    print("\nmissed:")
    for p in missed: print("  " + p)
PY
