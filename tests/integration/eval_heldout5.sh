#!/usr/bin/env bash
# The fifth held-out set's generator (tests/eval/heldout5/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../heldout_set.sh"
# set 5's own: the containers and languages it exists for are there and are
# what they say, and the only addresses in it are documentation ranges (or
# loopback/any)
heldout_set_extra() {
	conts=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $6}' "$tsv" | sort -u | tr '\n' ' ')
	for c in plain short-tag odd-ext no-ext image-tail crlf enc-bytes inject-top inject-mid fake-plugin htaccess user-ini script multi persistence; do
		case " $conts" in *" $c "*) ok "container $c is there" ;; *) not_ok "container $c is there ($conts)" ;; esac
	done
	kits=$(awk -F'\t' 'NR>1 && $6 ~ /^kit:/{print $6}' "$tsv" | sort -u | wc -l)
	check "phishing kits of many brands and languages ($kits)" test "$kits" -ge 8
	langs=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $5}' "$tsv" | sort -u | tr '\n' ' ')
	for l in php perl python sh js html; do
		case " $langs" in *" $l "*) ok "malicious $l is there" ;; *) not_ok "malicious $l is there ($langs)" ;; esac
	done
	img=$(awk -F'\t' 'NR>1 && $6=="image-tail"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 8 "$f" | od -An -tx1 | tr -d ' \n' | grep -qE '^(47494638|89504e47|ffd8ff)' || echo "$f"; done) | wc -l)
	check "image-tail files start with image bytes ($img do not)" test "$img" = 0
	st=$(awk -F'\t' 'NR>1 && $6=="short-tag"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		head -c 5 "$f" | grep -q '^<?php' && echo "$f"; done) | wc -l)
	check "short-tag files open with <? ($st open with <?php)" test "$st" = 0
	cr=$(awk -F'\t' 'NR>1 && $6=="crlf"{print $1}' "$tsv" | (cd "$d/g1" && while read -r f; do
		grep -q $'\r$' "$f" || echo "$f"; done) | wc -l)
	check "crlf files have CRLF line ends ($cr do not)" test "$cr" = 0
	ips=$(grep -rhoaE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' "$d/g1/f" | grep -vE '^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^127\.0\.0\.1$|^0\.0\.0\.0$' | sort -u | tr '\n' ' ')
	check "only documentation addresses (${ips:-none other})" test -z "$ips"
}
heldout_set_checks 5 rc4_cookie_key
exit $HS_FAILED
