#!/usr/bin/env bash
# The development set train10's generator (tests/eval/train10/: mass mailers,
# script bots and webshells inside big files, in classes, callbacks and many
# runtimes, and hard benign look-alikes; written blind in session 22): the
# checks the held-out sets' generators get (tests/heldout_set.sh: seeded and
# deterministic, labelled, names not the labels, refuses web roots and
# non-empty dirs, parses, eval's section runs on a scan with the ASan build),
# its addresses are documentation ranges, loopback or 0.0.0.0, and it holds
# big files (some over 64 KB and over 256 KB in both classes) in under 40 MB.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
heldout_set_extra() {
	ips=$(grep -rhoaE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' "$d/g1/f" | grep -vE '^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^127\.0\.0\.1$|^0\.0\.0\.0$' | sort -u | tr '\n' ' ')
	check "only documentation addresses (${ips:-none other})" test -z "$ips"
	big=$(tail -n +2 "$tsv" | while IFS=$'\t' read -r f c _; do s=$(stat -c %s "$d/g1/$f"); [ "$s" -gt 262144 ] && echo "$c"; done | sort | uniq -c | awk '$1 >= 2 {n++} END {print n + 0}')
	check "files over 256 KB in both classes" test "$big" = 2
	kb=$(du -sk "$d/g1" | cut -f1)
	check "the set is under 40 MB (${kb} KB)" test "$kb" -lt 40960
}
# mailers, bots and webshells: no phishing category; 220 + 100 samples
HS_CATS="bot mailer webshell " HS_MIN_MAL=220 HS_MIN_BEN=100
heldout_set_checks train10 theme-functions-sender
exit $HS_FAILED
