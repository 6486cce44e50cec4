#!/usr/bin/env bash
# Phishing kits by technique (tests/eval/phishgen.py): 18 techniques of a
# kit's PHP files, several spellings each, and 18 look-alikes of real
# applications (contact form, CMS login, geo-IP plugin, bot blocker, order
# notification to Telegram, ...). Each technique must be found at its target
# rate (the credential handlers at high or worse), no look-alike may get a
# high or critical finding. Two seeds: a rule fitted to one draw of
# spellings fails the other. Neutral paths under a temp dir; nothing is run.
. "$(dirname "$0")/../lib.sh"
command -v python3 >/dev/null || {
	skip "phishgen" "no python3"
	exit 0
}
# 18 techniques + 18 look-alikes each
for seed in 1 2; do
	generator_verdicts "seed $seed" 36 python3 "$SRC/tests/eval/phishgen.py" --check --bin "$HOSTSWEEP" --seed "$seed" --per 8
done
exit $HS_FAILED
