#!/usr/bin/env bash
# Do two hostsweep binaries give the same verdict on every file? For a change
# meant to make scanning faster and change no verdict (docs/performance.md).
# Scans each DIR with both (`-q --full --format json scan`, [cache] scan =
# no, a fresh state directory each) and compares, per path: severity, rules,
# tags, evidence and the PHP layer's entries; and the summary's files
# scanned, findings and inconclusive counts. Prints the differences; exit 1
# if any. With no DIR: the malicious corpus, the clean corpus and the
# invented variants (tests/eval/gen_variants.py --seed 1, in a temp dir).
# usage: bench/verdict-diff.sh OLD_BINARY NEW_BINARY [DIR...]
#   Each binary reads the signatures/ beside it (or pass the same --rules via
#   HS_ARGS, e.g. HS_ARGS="--rules /some/rules").
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
OLD=$(realpath "$1")
NEW=$(realpath "$2")
shift 2
WORK=$(mktemp -d /var/tmp/verdict-diff.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ $# -eq 0 ]; then
	python3 "$SRC/tests/eval/gen_variants.py" --out "$WORK/variants" --seed 1 >/dev/null
	set -- "$SRC/../shared/corpus/malicious" "${CLEAN_CORPUS:-/var/tmp/clean-corpus}" "$WORK/variants"
fi
rc=0
for dir in "$@"; do
	for which in old new; do
		bin=$OLD
		[ "$which" = new ] && bin=$NEW
		mkdir -p "$WORK/state-$which"
		printf '[general]\nstate_dir = %s/state-%s\n[cache]\nscan = no\n' "$WORK" "$which" \
			>"$WORK/$which.conf"
		# shellcheck disable=SC2086
		"$bin" --config "$WORK/$which.conf" ${HS_ARGS:-} -q --full --format json scan "$dir" \
			>"$WORK/$which.json" 2>"$WORK/$which.err" || true
		rm -rf "$WORK/state-$which"
	done
	python3 - "$WORK/old.json" "$WORK/new.json" "$dir" <<'PY' || rc=1
import json, sys
def load(p):
    files, summary = {}, {}
    for line in open(p):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("type") == "finding" and "path" in d:
            files[d["path"]] = (d.get("severity"), sorted(d.get("rules") or []),
                                sorted(d.get("tags") or []), d.get("evidence"),
                                json.dumps(d.get("php"), sort_keys=True))
        elif d.get("type") == "summary":
            summary = {k: d.get(k) for k in ("files_scanned", "findings", "inconclusive",
                                              "findings_by_severity")}
    return files, summary
(a, sa), (b, sb) = load(sys.argv[1]), load(sys.argv[2])
diff = 0
for p in sorted(set(a) | set(b)):
    if a.get(p) != b.get(p):
        diff += 1
        if diff <= 20:
            print("  %s\n    old %s\n    new %s" % (p, a.get(p), b.get(p)))
if sa != sb:
    diff += 1
    print("  summary: old %s, new %s" % (sa, sb))
print("%s: %d files with findings (old), %d (new), %d scanned; %d differences" % (
    sys.argv[3], len(a), len(b), sa.get("files_scanned") or 0, diff))
sys.exit(1 if diff else 0)
PY
done
exit $rc
