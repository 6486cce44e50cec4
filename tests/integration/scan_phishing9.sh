#!/usr/bin/env bash
# Phishing kits, round 9 (docs/rules.md, "Phishing kits, round 9"): the
# hand-written, inert files of tests/fixtures/phishing — live panels (the
# victim's page polling the operator's next step, the back ends keeping
# victims in JSON, SQLite or text files, the operator's panel, a Telegram
# bot steering them), Brazilian bank/Pix "atualização cadastral" kits,
# Turkish and Vietnamese billing updates, French parcel-fee kits, wallet
# seed-phrase pages and a drainer — each found by the rule written for its
# technique at that rule's severity or more; the look-alikes (a bank's
# contact form, a WooCommerce checkout, a shop's order tracking in French, a
# wallet's help page, 2FA pages, an admin dashboard polling for
# notifications, a live-chat back end, a Pix checkout, gateway payment
# pages, an order notification bot) with no finding ("clean") or none high
# ("none"). Files are copied under neutral names that keep only the
# extension.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/phishing
t=$(mktemp_dir)
map=$t/map.tsv
copy_fixtures "$fx" "$t" >"$map"
n=$(wc -l <"$map")
check "fixtures: at least 25 malicious and 10 look-alikes, every file listed" \
	test "$(grep -c '^malicious/' "$fx/EXPECTED.tsv")" -ge 25 -a "$(grep -c '^benign/' "$fx/EXPECTED.tsv")" -ge 10 \
	-a "$(find "$fx/malicious" "$fx/benign" -type f | wc -l)" = "$n"
: >"$t/empty.conf"
hs --format json --full --config "$t/empty.conf" --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t"
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
    got = ";".join("%s:%s" % (f["severity"], ",".join(f["rules"])) for f in fs) or "nothing"
    if rule == "clean":
        ok, what = not fs, "no finding"
    elif rule == "none":
        ok, what = top < 3, "no high or critical"
    elif rule == "any":
        ok, what = top >= rank[sev], "found at %s or more" % sev
    else:
        ok = any(rule in f["rules"] and rank[f["severity"]] >= rank[sev] for f in fs)
        what = "%s at %s or more" % (rule, sev)
    print("%s - scan_phishing9: %s: %s%s" % ("ok" if ok else "not ok", rel, what, "" if ok else " (got %s)" % got))
PY
exit 0
