#!/usr/bin/env bash
# Git hooks as persistence (round 9, docs/script-rules.md): the hand-written,
# inert hooks of tests/fixtures/scripts/githooks are put where git runs them
# (REPO/.git/hooks/NAME, NAME taken from the fixture's name: r9_NAME_what)
# and scanned. Every malicious hook is found high or more with the bot tag;
# every look-alike (husky, lefthook, the pre-commit framework, a post-merge
# that reinstalls dependencies) has no finding at all.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/scripts/githooks
t=$(mktemp_dir)
map=$t/map.tsv
: >"$map"
n=0
for kind in malicious benign; do
	for f in "$fx/$kind"/r[0-9]*_*; do
		n=$((n + 1))
		base=$(basename "$f")
		hook=${base#r*_}
		hook=${hook%%_*}
		dst=$t/repo$n/.git/hooks/$hook
		mkdir -p "$(dirname "$dst")"
		cp "$f" "$dst"
		chmod 0755 "$dst"
		printf '%s\t%s\t%s\n' "$dst" "$kind" "$kind/$base" >>"$map"
	done
done
check "fixtures: at least 5 malicious hooks and 4 look-alikes" \
	test "$(ls "$fx/malicious" | wc -l)" -ge 5 -a "$(ls "$fx/benign" | wc -l)" -ge 4

hs --format json scan "$t"
check "scan: exit 1" test "$RC" = 1
check "scan: valid JSON" json_valid "$OUT"
python3 - "$OUT" "$map" <<'PY'
import json, sys
rank = {"low": 1, "medium": 2, "high": 3, "critical": 4}
found = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
for line in open(sys.argv[2]):
    path, kind, rel = line.rstrip("\n").split("\t")
    f = found.get(path)
    got = f and "%s %s %s" % (f["severity"], f["tags"], f["rules"])
    if kind == "benign":
        ok, what = f is None, "no finding"
    else:
        ok, what = f is not None and "bot" in f["tags"] and rank[f["severity"]] >= 3, "bot, high or more"
    print("%s - scan_githooks: %s: %s" % ("ok" if ok else "not ok", what, rel))
    if not ok:
        print("#   got %s" % got)
PY
exit 0
