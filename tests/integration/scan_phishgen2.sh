#!/usr/bin/env bash
# Phishing kits as deployed on hacked shared hosts, second round
# (tests/eval/phishgen2.py): HTML/JS pages with no PHP that send the fields
# to another host, a messenger, a webhook or a form service; the same pages
# hidden in an encoding; wallet-phrase pages and handlers; step files,
# POST-dump handlers, random-directory gates, anti-bot includes, .htaccess
# gates and one-table helpers; and 21 look-alikes of real software (a
# single-page app's login, analytics beacons, a form-service contact form,
# the old analytics document.write(unescape()) loader, e-mail obfuscators,
# a hosting webmail box, a payment gateway's form, FormMail, an SEO
# .htaccess, a UA parser library, a PSR-3 logger, an SSO one-time-code
# page, a webmail compose page, a unit test, a Markdown doc, a SAML
# form...). Each technique must reach its target rate, no look-alike may
# get a high or critical finding.
# Two seeds; neutral paths under a temp dir; nothing is run.
. "$(dirname "$0")/../lib.sh"
command -v python3 >/dev/null || {
	skip "phishgen2" "no python3"
	exit 0
}
# 13 techniques + 21 look-alikes each
for seed in 1 2; do
	generator_verdicts "seed $seed" 34 python3 "$SRC/tests/eval/phishgen2.py" --check --bin "$HOSTSWEEP" --seed "$seed" --per 8
done
exit $HS_FAILED
