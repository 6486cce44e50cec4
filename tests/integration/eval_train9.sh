#!/usr/bin/env bash
# The development set train9's generator (tests/eval/train9/, mass mailers
# and script bots as incident drops, written blind in session 21): the checks the held-out sets'
# generators get (tests/heldout_set.sh: seeded and deterministic, labelled,
# names not the labels, refuses web roots and non-empty dirs, parses, eval's
# section runs on a scan with the ASan build), and its addresses are
# documentation ranges, loopback or 0.0.0.0.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
heldout_set_extra() {
	ips=$(grep -rhoaE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' "$d/g1/f" | grep -vE '^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^127\.0\.0\.1$|^0\.0\.0\.0$' | sort -u | tr '\n' ' ')
	check "only documentation addresses (${ips:-none other})" test -z "$ips"
}
# mailers and bots only: no webshell or phishing category; 200 + 100 samples
HS_CATS="bot mailer " HS_MIN_MAL=200 HS_MIN_BEN=100
heldout_set_checks train9 fsockopen-local-mta
exit $HS_FAILED
