#!/usr/bin/env bash
# Mass mailers and their helpers (round 6, docs/script-rules.md): the
# hand-written, inert files of tests/fixtures/mail, each found by the rule
# written for its technique at that rule's severity or more, the look-alikes
# with no high or critical finding; then tests/eval/mailgen.py drawn with a
# seed its rules were not tuned on (1-7 were used), and the round-6 bot set
# of tests/eval/botgen.py (--set r6, seed 41): every malicious
# variant found (high or more where its technique expects high), every
# look-alike without any finding. Files are copied under neutral names that
# keep only the extension.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/mail
t=$(mktemp_dir)
map=$t/map.tsv
copy_fixtures "$fx" "$t" m >"$map"
n=$(wc -l <"$map")
check "fixtures: at least 8 malicious and 6 look-alikes, every file listed" \
	test "$(grep -c '^malicious/' "$fx/EXPECTED.tsv")" -ge 8 -a "$(grep -c '^benign/' "$fx/EXPECTED.tsv")" -ge 6 \
	-a "$(find "$fx/malicious" "$fx/benign" -type f | wc -l)" = "$n"
hs --format json scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 - "$OUT" "$map" <<'PY'
import json, sys
rank = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
F = [json.loads(l) for l in open(sys.argv[1])]
F = [o for o in F if o["type"] == "finding"]
for line in open(sys.argv[2]):
    path, rule, sev, rel = line.rstrip("\n").split("\t")
    fs = [f for f in F if f["path"] == path]
    top = max([rank[f["severity"]] for f in fs] or [0])
    if rule == "none":
        ok = top < 3
        what = "no high or critical (got %s)" % (";".join(",".join(f["rules"]) for f in fs) or "nothing")
    else:
        ok = any(rule in f["rules"] and rank[f["severity"]] >= rank[sev] for f in fs)
        what = "%s at %s or more" % (rule, sev)
    print("%s - scan_mail: %s: %s" % ("ok" if ok else "not ok", rel, what))
PY
for set in mail bots; do
g=$(mktemp_dir)/gen
if [ $set = mail ]; then
	seed=31
	python3 "$SRC/tests/eval/mailgen.py" --out "$g" --seed "$seed" --per 4 >/dev/null
else
	# the round-6 bot set (botgen.py --set r6; seeds 1 and 5 were used)
	seed=41
	python3 "$SRC/tests/eval/botgen.py" --set r6 --out "$g" --seed "$seed" --per 4 >/dev/null
fi
hs --format json scan "$g"
python3 "$SRC/tests/score_variants.py" "$OUT" "$g" "$set seed $seed" scan_mail
done
exit 0
