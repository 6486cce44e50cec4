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
for seed in 1 2; do
	out=$(TMPDIR=$HS_TMP python3 "$SRC/tests/eval/phishgen.py" --check --bin "$HOSTSWEEP" --seed "$seed" --per 8)
	rc=$?
	n=0
	while IFS= read -r line; do
		case "$line" in
		"PASS "*) ok "seed $seed ${line#PASS }" ;;
		"FAIL "*) not_ok "seed $seed ${line#FAIL }" ;;
		*) continue ;;
		esac
		n=$((n + 1))
	done <<<"$out"
	# 18 techniques + 18 look-alikes, and the exit code agrees
	check "seed $seed: all 36 verdicts printed" test "$n" = 36
	check "seed $seed: exit code agrees with the verdicts" test "$rc" = "$(grep -q '^FAIL ' <<<"$out" && echo 1 || echo 0)"
done
exit $HS_FAILED
