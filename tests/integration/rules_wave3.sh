#!/usr/bin/env bash
# The wave-3 rule files (rules/harvest.yar, wp_persistence.yar, symlink.yar,
# skimmer.yar, node.yar, cgi_mailer.yar, shellrc.yar; docs/rules.md "Wave 3") on
# handwritten files in tests/fixtures/wave3: each malicious behaviour found by its
# rule at (at least) its severity, each benign look-alike (a real login with an
# audit log, a fixed-address contact form, the WordPress installer and WP-CLI,
# deploy symlinks, Stripe-like tokenization, analytics beacons, build scripts, a
# feedback CGI, real rc files) with no finding of these rules. Files are copied
# under neutral names that keep only the extension; shell start-up files keep
# their base name, which is the rule's scope (the benign rc files share it).
. "$(dirname "$0")/../lib.sh"

fx=$SRC/tests/fixtures/wave3
t=$(mktemp_dir)
copy_fixtures "$fx" "$t" >"$t.map"

hs --format json scan "$t"
check "scan ran (exit 0 or 1)" test "$RC" -le 1
python3 - "$OUT" "$t.map" <<'PY' || HS_FAILED=1
import json, sys
out, mapf = sys.argv[1:]
own = ("harvest.", "wp_persistence.", "symlink.", "skimmer.", "node.", "cgi_mailer.", "shellrc.")
found = {}
for line in open(out):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
bad = 0
rank = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
for line in open(mapf):
    path, *mid, rel = line.rstrip("\n").split("\t")
    sev, rule = mid[0], (mid[1] if len(mid) > 1 else "")
    f = found.get(path)
    if rel.startswith("malicious/"):
        if f and rule in f["rules"] and rank[f["severity"]] >= rank[sev]:
            print("ok - rules_wave3: %s found by %s (%s)" % (rel, rule, f["severity"]))
        else:
            bad = 1
            print("not ok - rules_wave3: %s found by %s at %s or more\n#   got %s" %
                  (rel, rule, sev, f and (f["severity"], f["rules"])))
    else:
        mine = [r for r in (f["rules"] if f else []) if r.startswith(own)]
        got = f["severity"] if mine else "none"
        if rank[got] <= rank[sev]:
            print("ok - rules_wave3: benign %s: no wave-3 rule above %s" % (rel, sev))
        else:
            bad = 1
            print("not ok - rules_wave3: benign %s: %s by %s" % (rel, got, mine))
sys.exit(bad)
PY

# No rule at all (wave-3 or older) may be high on a benign look-alike: an
# installer's `echo 'export NVM_DIR="$HOME/.nvm"' >> ~/.bashrc` was high from
# bot.bot_persistence_install, whose dot-file test joined one line's
# "/.bashrc" to the next line's ">> ~/.profile".
python3 - "$OUT" "$t.map" <<'PY' || HS_FAILED=1
import json, sys
out, mapf = sys.argv[1:]
found = {}
for line in open(out):
    o = json.loads(line)
    if o["type"] == "finding":
        found[o["path"]] = o
bad = 0
for line in open(mapf):
    path, *mid, rel = line.rstrip("\n").split("\t")
    sev, rule = mid[0], (mid[1] if len(mid) > 1 else "")
    if not rel.startswith("benign/"):
        continue
    f = found.get(path)
    if f and f["severity"] in ("high", "critical"):
        bad = 1
        print("not ok - rules_wave3: benign %s: %s by %s" % (rel, f["severity"], f["rules"]))
    else:
        print("ok - rules_wave3: benign %s: nothing high from any rule" % rel)
sys.exit(bad)
PY
exit "$HS_FAILED"
