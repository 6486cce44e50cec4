#!/usr/bin/env bash
# The PHP layer's folds and value flows (branch folds5) through the whole
# pipeline: the invented one-word shells of tests/eval/foldgen.py (callees
# built by substr, str_pad, sprintf, strtr, range, base_convert, pack,
# quoted_printable_decode...; carried by arrays, nested destructuring,
# foreach, compact/extract, $GLOBALS, constants, closures, $$, 'C::m',
# first-class callables, reflection, callbacks, __invoke/__call; input from
# extract/parse_str, headers, php://input, an upload's name, the session,
# putenv/getenv, ini_set/ini_get, an encoder and its decoder), seed 1, and
# the look-alikes of real applications (routers, template filters, hook
# registries, containers, view rendering, encoders over input).
# Per construct: every malicious variant found, and high or critical from
# the PHP layer alone (a php.* finding); no benign variant with any finding.
# Measured when written: 258/258 php-high+ (seed 1, 6 a construct; 184
# before the branch), benign 0 of 90 with any finding.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
per=${FOLDGEN_PER:-3}
python3 "$SRC/tests/eval/foldgen.py" --out "$t/site" --seed 1 --per "$per" ||
	not_ok "foldgen.py runs"
hs --format json --full --rules "$SRC/rules" --signatures "$SRC/signatures" scan "$t/site"
check "scan: exit 1" [ "$RC" = 1 ]
json_valid "$OUT" || not_ok "valid JSON" "$(head -c 300 "$OUT")"
python3 "$SRC/tests/eval/foldgen.py" --score "$t/site" --json "$OUT" >"$t/score.txt"
sed 's/^/#   /' "$t/score.txt"
while read -r kind name files found high phph; do
	[ "$kind" = mal ] || [ "$kind" = benign ] || continue
	[ "$name" = TOTAL ] && continue
	if [ "$kind" = mal ]; then
		check "$name: found $found/$files" [ "$found" = "$files" ]
		check "$name: php-high+ $phph/$files" [ "$phph" = "$files" ]
	else
		check "$name (benign): no finding ($found/$files)" [ "$found" = 0 ]
	fi
done <"$t/score.txt"
n=$(grep '^mal ' "$t/score.txt" | grep -vc TOTAL)
check "every malicious construct scored ($n)" [ "$n" -ge 43 ]
n=$(grep '^benign ' "$t/score.txt" | grep -vc TOTAL)
check "every benign construct scored ($n)" [ "$n" -ge 15 ]
