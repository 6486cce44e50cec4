#!/usr/bin/env bash
# The sixth held-out set's generator (tests/eval/heldout6/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
# set 6's own: the containers, languages and kit sectors it exists for are
# there and are what they say, and the only addresses in it are
# documentation ranges (or loopback/any)
heldout_set_extra() {
	conts=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $6}' "$tsv" | sort -u | tr '\n' ' ')
	for c in plain framework supply-chain dropin split locale theme-layout cgi htaccess html-addtype bom long-line nul-tail deep-path phar-ext script persistence multi; do
		case " $conts" in *" $c "*) ok "container $c is there" ;; *) not_ok "container $c is there ($conts)" ;; esac
	done
	kits=$(awk -F'\t' 'NR>1 && $6 ~ /^kit:/{print $6}' "$tsv" | sed 's/.*-//' | sort -u | wc -l)
	check "phishing kits of many kinds ($kits)" test "$kits" -ge 12
	klangs=$(awk -F'\t' 'NR>1 && $6 ~ /^kit:/{print $6}' "$tsv" | grep -oE -- '-(it|pl|nl|jp|kr|ae|th|ar|ja)-' | sort -u | wc -l)
	check "kits in the set's languages ($klangs)" test "$klangs" -ge 5
	langs=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $5}' "$tsv" | sort -u | tr '\n' ' ')
	for l in php perl python sh js html ruby go json xml mo crontab; do
		case " $langs" in *" $l "*) ok "malicious $l is there" ;; *) not_ok "malicious $l is there ($langs)" ;; esac
	done
	bom=$(awk -F'\t' 'NR>1 && $6=="bom" && $5=="php"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 3 "$f" | od -An -tx1 | tr -d ' \n' | grep -q '^efbbbf' || echo "$f"; done) | wc -l)
	check "bom files start with a UTF-8 BOM ($bom do not)" test "$bom" = 0
	nul=$(awk -F'\t' 'NR>1 && $6=="nul-tail"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		[ "$(tail -c 64 "$f" | tr -d '\0' | wc -c)" = 0 ] || echo "$f"; done) | wc -l)
	check "nul-tail files end in NUL bytes ($nul do not)" test "$nul" = 0
	ll=$(awk -F'\t' 'NR>1 && $6=="long-line"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		[ "$(wc -l <"$f")" -le 1 ] || echo "$f"; done) | wc -l)
	check "long-line files are one line ($ll are not)" test "$ll" = 0
	ht=$(awk -F'\t' 'NR>1 && $6=="html-addtype"{print $7}' "$tsv" | sort -u | while read -r s; do
		awk -F'\t' -v s="$s" 'NR>1 && $7==s{print $1}' "$tsv" | grep -q '\.htaccess$' &&
			awk -F'\t' -v s="$s" 'NR>1 && $7==s && $5=="php"{print $1}' "$tsv" | grep -qE '\.s?html?$' || echo "$s"; done | wc -l)
	check "html-addtype samples are an .htaccess and a .html holding PHP ($ht are not)" test "$ht" = 0
	mo=$(awk -F'\t' 'NR>1 && $5=="mo"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 4 "$f" | od -An -tx1 | tr -d ' \n' | grep -q '^de120495' || echo "$f"; done) | wc -l)
	check ".mo files are gettext catalogues ($mo are not)" test "$mo" = 0
	ips=$(grep -rhoaE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' "$d/g1/f" | grep -vE '^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^127\.0\.0\.1$|^0\.0\.0\.0$' | sort -u | tr '\n' ' ')
	check "only documentation addresses (${ips:-none other})" test -z "$ips"
}
heldout_set_checks 6 enc_gzip_rot_rev
exit $HS_FAILED
