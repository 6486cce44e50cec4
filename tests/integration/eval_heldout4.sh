#!/usr/bin/env bash
# The fourth held-out set's generator (tests/eval/heldout4/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
# set 4's own: the containers it exists for are there and are what they say,
# and the only addresses in it are documentation ranges (or loopback/any)
heldout_set_extra() {
	conts=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $6}' "$tsv" | sort -u | tr '\n' ' ')
	for c in core-deep minified bom crlf enc-comment close-html odd-ext image-tail short-tag; do
		case " $conts" in *" $c "*) ok "container $c is there" ;; *) not_ok "container $c is there ($conts)" ;; esac
	done
	img=$(awk -F'\t' 'NR>1 && $6=="image-tail"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 8 "$f" | od -An -tx1 | tr -d ' \n' | grep -qE '^(47494638|89504e47|ffd8ff)' || echo "$f"; done) | wc -l)
	check "image-tail files start with image bytes ($img do not)" test "$img" = 0
	bom=$(awk -F'\t' 'NR>1 && $6=="bom"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 3 "$f" | od -An -tx1 | tr -d ' \n' | grep -q '^efbbbf' || echo "$f"; done) | wc -l)
	check "bom files start with a UTF-8 BOM ($bom do not)" test "$bom" = 0
	deep=$(awk -F'\t' 'NR>1 && $6=="core-deep"{print $1}' "$tsv" | (cd "$d/g1" && xargs wc -l) | awk '$2 != "total" && $1 < 300' | wc -l)
	check "core-deep injections sit after 300+ lines ($deep shorter)" test "$deep" = 0
	ips=$(grep -rhoaE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' "$d/g1/f" | grep -vE '^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^127\.0\.0\.1$|^0\.0\.0\.0$' | sort -u | tr '\n' ' ')
	check "only documentation addresses (${ips:-none other})" test -z "$ips"
}
heldout_set_checks 4 aes_session_agent
exit $HS_FAILED
