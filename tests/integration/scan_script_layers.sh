#!/usr/bin/env bash
# Decoded layers of non-PHP scripts (docs/script-layers.md): the hand-written
# fixtures of tests/fixtures/script-layers, copied under neutral names. Every
# mal_* file hides a reverse shell or an IRC bot the rules catch in clear
# under a wrapper no rule knows (Python, Perl, shell, Node, Ruby; base64,
# hex, escapes, uu, rot13, reversal, zlib/gzip chains): each must be found
# high or more with script.decoded_layer_exec, the decoded layer's number in
# decoded_layers and its first bytes as evidence. Every ben_* look-alike (an
# embedded PNG, a self-extracting installer, base64 test vectors, a bundle
# with a font and a source map, a certificate bundle, a base64 config and
# provisioning script, a rot13 module, hex test vectors) has no finding.
. "$(dirname "$0")/../lib.sh"
fx=$SRC/tests/fixtures/script-layers
t=$(mktemp_dir)
map=$t/map.tsv
: >"$map"
n=0
for f in "$fx"/mal_* "$fx"/ben_*; do
	n=$((n + 1))
	base=$(basename "$f")
	kind=${base%%_*}
	ext=${base##*.}
	dst=$t/d$n/file$n.$ext
	mkdir -p "$(dirname "$dst")"
	cp "$f" "$dst"
	printf '%s\t%s\t%s\n' "$dst" "$kind" "$base" >>"$map"
done
check "fixtures: at least 10 malicious and 8 look-alikes" \
	test "$(ls "$fx" | grep -c '^mal_')" -ge 10 -a "$(ls "$fx" | grep -c '^ben_')" -ge 8

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
    got = f and "%s %s" % (f["severity"], f["rules"])
    if kind == "ben":
        ok, what = f is None, "no finding"
    else:
        layers = f and f.get("decoded_layers") or []
        ev = (f and f.get("evidence") or "").lower()
        ok = (f is not None and rank[f["severity"]] >= 3
              and "script.decoded_layer_exec" in f["rules"] and "obfuscation" in f["tags"]
              and any(l["layer"] >= 1 for l in layers)
              and bool(f.get("script_layer", {}).get("encoding"))
              and any(w in ev for w in ("socket", "/dev/tcp/", "require('net')")))
        what = "script.decoded_layer_exec, high or more, the payload as evidence"
    print("%s - scan_script_layers: %s: %s" % ("ok" if ok else "not ok", what, rel))
    if not ok:
        print("#   got %s" % got)
PY
exit 0
