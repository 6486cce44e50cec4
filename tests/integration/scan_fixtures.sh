#!/usr/bin/env bash
# Detection of every technique the scanner must catch, on the handwritten
# fixtures of tests/fixtures/samples (EXPECTED.tsv: path, tags expected, or
# "clean"). Each file is copied under a neutral name that keeps only its
# extension (dot-files such as .htaccess keep their name, which is their
# meaning: tests/lib.sh copy_fixtures), so nothing is
# detected because of what the file is called.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/samples
t=$(mktemp_dir)
map=$t/map.tsv
copy_fixtures "$fx" "$t" >"$map"

hs --format json scan "$t"
check "fixtures scan: exit 1, valid JSON" sh -c "[ $RC = 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
python3 - "$OUT" "$map" <<'PY'
import json, sys
found = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
for line in open(sys.argv[2]):
    path, tags, rel = line.rstrip("\n").split("\t")
    f = found.get(path)
    if tags == "clean":
        if f is None:
            print("ok - scan_fixtures: clean stays quiet: %s" % rel)
        else:
            print("not ok - scan_fixtures: clean stays quiet: %s\n#   got %s %s" % (rel, f["severity"], f["rules"]))
        continue
    want = {t.replace("_", "-") for t in tags.split(",")}
    if f is not None and want & set(f["tags"]):
        print("ok - scan_fixtures: detected as %s: %s" % ("/".join(sorted(want)), rel))
    else:
        print("not ok - scan_fixtures: detected as %s: %s\n#   got %s" % ("/".join(sorted(want)), rel, f and (f["tags"], f["rules"])))
PY
exit 0
