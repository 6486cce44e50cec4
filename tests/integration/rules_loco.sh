#!/usr/bin/env bash
# The mailer, phishing and bot rules written from the techniques (seen = "none", branch loco;
# docs/rules.md, docs/script-rules.md) on the inert hand-written fixtures of tests/fixtures/loco:
# each malicious file found *by the rule written for it*, each benign look-alike without any
# finding of those rules and below high. Files are copied under neutral names that keep only
# the extension, so no name is what is detected.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/loco
t=$(mktemp_dir)
map=$t.map
copy_fixtures "$fx" "$t" >"$map"
n=$(wc -l <"$map")
check "fixtures: every file is listed" test "$(find "$fx/malicious" "$fx/benign" -type f | wc -l)" = "$n"
hs --format json scan "$t"
check "scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 - "$OUT" "$map" <<'PY'
import json, sys
found = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
mine = {w for _, w, _ in (l.rstrip("\n").split("\t") for l in open(sys.argv[2])) if w != "none"}
for line in open(sys.argv[2]):
    path, want, rel = line.rstrip("\n").split("\t")
    f = found.get(path)
    if want == "none":
        bad = f and (f["severity"] in ("high", "critical") or mine & set(f["rules"]))
        print("%s - rules_loco: benign %s: %s" % ("not ok" if bad else "ok", rel, f and (f["severity"], f["rules"]) or "no finding"))
    else:
        ok = f is not None and want in f["rules"]
        print("%s - rules_loco: %s found by %s%s" % ("ok" if ok else "not ok", rel, want, "" if ok else ": got %s" % (f and f["rules"])))
PY
