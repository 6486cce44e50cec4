#!/usr/bin/env bash
# The rule content (rules/*.yar, signatures/patterns.pcre) on two handwritten sets:
# - tests/fixtures/benign: real-application code that uses the words the rules look
#   for (a JS file and a Markdown page quoting shell_exec/proc_open, a language pack
#   listing every PHP function, fixed-command admin tools, a stored $_POST['execute'],
#   a compiled-template eval, an updater, a checked upload, a database newsletter...):
#   never high or critical, and no finding at all unless EXPECTED.tsv allows "low";
# - tests/fixtures/rule-variants: the techniques written differently from any sample
#   (renamed variables, reordered statements, split strings): each detected with its tag.
# Every file is copied under a neutral name that keeps only its extension (the rules
# scope by extension: a .md file is not PHP source), so no name is what is detected.
. "$(dirname "$0")/../lib.sh"

for set in benign rule-variants; do
	t=$(mktemp_dir)
	copy_fixtures "$SRC/tests/fixtures/$set" "$t" >"$t.map"
	hs --format json scan "$t"
	check "$set: scan ran (exit 0 or 1), valid JSON" sh -c "[ $RC -le 1 ] && python3 -c 'import json,sys;[json.loads(l) for l in open(sys.argv[1])]' '$OUT'"
	python3 - "$OUT" "$t.map" "$set" <<'PY'
import json, sys
out, mapf, name = sys.argv[1:]
found = {}
for line in open(out):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
rank = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
for line in open(mapf):
    path, want, rel = line.rstrip("\n").split("\t")
    f = found.get(path)
    if name == "benign":
        got = f["severity"] if f else "none"
        if rank[got] <= rank[want]:
            print("ok - rules_content: benign %s: %s (at most %s)" % (rel, got, want))
        else:
            print("not ok - rules_content: benign %s: %s (at most %s)\n#   rules %s" % (rel, got, want, f["rules"]))
    else:
        if f is not None and want in f["tags"]:
            print("ok - rules_content: variant detected as %s: %s (%s)" % (want, rel, f["severity"]))
        else:
            print("not ok - rules_content: variant detected as %s: %s\n#   got %s" % (want, rel, f and (f["tags"], f["rules"])))
PY
done

# The shipped rules compile without YARA's slow-string warnings (a string with no
# good atom is tried at every offset of every file). yarac, not hostsweep: hostsweep
# may load an already compiled copy and print nothing.
if command -v yarac >/dev/null; then
	w=$(mktemp_dir)
	for y in "$SRC"/rules/*.yar; do
		yarac -d filename=x.php -d extension=php -d filepath=/x.php -d mime=text/x-php \
			-d owner_web=false -d in_docroot=true -d in_uploads=false -d in_hidden_dir=false \
			"$y" "$w/out" 2>>"$w/warn" || echo "compile failed: $y" >>"$w/warn"
	done
	if [ -s "$w/warn" ]; then
		not_ok "rules compile without errors or slow-string warnings" "$(head -5 "$w/warn")"
	else
		ok "rules compile without errors or slow-string warnings"
	fi
else
	skip "rules compile without slow-string warnings" "no yarac"
fi
exit 0
