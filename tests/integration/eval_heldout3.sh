#!/usr/bin/env bash
# The third held-out set's generator (tests/eval/heldout3/): seeded and
# deterministic whatever PYTHONHASHSEED, every file it writes is labelled and
# every label names a file, the files of a sample share its directory, all
# four categories and both classes are there, names are not the labels, it
# refuses web roots, places outside the temp dirs and non-empty directories,
# and its files parse (when php and perl are here). make eval's section is
# checked on a scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
d=$(mktemp_dir)
gen=$SRC/tests/eval/heldout3/gen_heldout3.py

PYTHONHASHSEED=1 python3 "$gen" --out "$d/g1" --seed 3 >/dev/null &&
	PYTHONHASHSEED=77 python3 "$gen" --out "$d/g2" --seed 3 >/dev/null &&
	python3 "$gen" --out "$d/g3" --seed 4 >/dev/null
check "generator runs" test -s "$d/g1/heldout3.tsv"
check "same seed, same files (whatever PYTHONHASHSEED)" diff -r "$d/g1" "$d/g2"
if diff -rq "$d/g1" "$d/g3" >/dev/null; then not_ok "another seed, other files"; else ok "another seed, other files"; fi

tsv=$d/g1/heldout3.tsv
listed=$(tail -n +2 "$tsv" | cut -f1 | sort)
written=$(cd "$d/g1" && find f -type f | sort)
check "manifest and files agree" test "$listed" = "$written"
stray=$(awk -F'\t' 'NR>1 && index($1, "f/" $7 "/") != 1' "$tsv" | wc -l)
check "a sample's files are under its own dir ($stray stray)" test "$stray" = 0
multi=$(awk -F'\t' 'NR>1{n[$7]++} END{for (s in n) if (n[s] > 1) m++; print m + 0}' "$tsv")
check "some samples are several files ($multi)" test "$multi" -ge 30
cats=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $3}' "$tsv" | sort -u | tr '\n' ' ')
check "four malicious categories ($cats)" test "$cats" = "bot mailer phishing webshell "
nmal=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $7}' "$tsv" | sort -u | wc -l)
nben=$(awk -F'\t' 'NR>1 && $2=="benign"{print $7}' "$tsv" | sort -u | wc -l)
check "about 250 malicious and 130 benign samples ($nmal, $nben)" test "$nmal" -ge 240 -a "$nben" -ge 120
ntech=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $4}' "$tsv" | sort -u | wc -l)
check "many techniques ($ntech)" test "$ntech" -ge 40
bad=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $1}' "$tsv" | grep -ciE 'shell|backdoor|phish|malware|mailer|spam|evil|hack|brute|miner|bot' || true)
check "names do not give the label away ($bad)" test "$bad" = 0
perm=$(find "$d/g1/f" -type f -perm /111 | wc -l)
check "nothing written executable ($perm)" test "$perm" = 0
big=$(awk -F'\t' 'NR>1 && $4 ~ /^fm_big/ {print $1}' "$tsv" | (cd "$d/g1" && xargs stat -c %s) | awk '$1 >= 30000 && $1 <= 160000' | wc -l)
check "the file-manager shells are 30-160 KB ($big of 11)" test "$big" = 11

mkdir -p "$d/site/public_html"
if python3 "$gen" --out "$d/site/public_html/h" >/dev/null 2>&1; then
	not_ok "refuses a web root"
else ok "refuses a web root"; fi
if python3 "$gen" --out "$SRC/tests/eval/heldout3/out-here" >/dev/null 2>&1; then
	not_ok "refuses a place outside the temp dirs"
	rm -rf "$SRC/tests/eval/heldout3/out-here"
else ok "refuses a place outside the temp dirs"; fi
if python3 "$gen" --out "$d/g1" >/dev/null 2>&1; then not_ok "refuses a non-empty dir"; else ok "refuses a non-empty dir"; fi

if command -v php >/dev/null && command -v perl >/dev/null; then
	quiet() { "$@" >"$d/quiet.log" 2>&1 || { tail -n 5 "$d/quiet.log"; return 1; }; }
	check "every generated file parses" quiet "$SRC/tests/eval/heldout3/check-syntax.sh" "$d/g1"
	# the check itself fails on a broken file
	cp -r "$d/g1" "$d/broken"
	f=$(awk -F'\t' 'NR>1 && $5=="php"{print $1; exit}' "$d/broken/heldout3.tsv")
	echo '<?php if (' >"$d/broken/$f"
	if "$SRC/tests/eval/heldout3/check-syntax.sh" "$d/broken" >/dev/null 2>&1; then
		not_ok "the syntax check reports a broken file"
	else ok "the syntax check reports a broken file"; fi
else
	skip "every generated file parses" "no php or perl here"
fi

if [ -x "$HOSTSWEEP" ]; then
	python3 - "$SRC" "$HOSTSWEEP" "$d" >"$d/sec.txt" 2>&1 <<'PY'
import os, sys
src, hsw, d = sys.argv[1:]
sys.path.insert(0, os.path.join(src, "tests/eval"))
import eval as ev
open(os.path.join(d, "empty.conf"), "w").close()
sc = ev.Scanner(hsw, src, d)
ev.heldout3(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w1"), 2, False)
print("=====")
ev.heldout3(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w2"), 2, True)
PY
	rc=$?
	check "eval's held-out 3 section runs (rc $rc)" test "$rc" = 0
	check "section: per category" grep -qE '^webshell +[0-9]+ +[0-9.]+% +[0-9.]+%' "$d/sec.txt"
	check "section: per technique" grep -qE '^fm_big_layered +webshell ' "$d/sec.txt"
	check "section: benign totals" grep -qE '^all benign +[0-9]+ +[0-9]+ +[0-9]+' "$d/sec.txt"
	first=$(sed '/^=====/,$d' "$d/sec.txt")
	if printf '%s\n' "$first" | grep -q '^held-out 3 malicious missed'; then
		not_ok "misses listed only when asked"
	else ok "misses listed only when asked"; fi
	check "misses listed when asked" grep -q '^held-out 3 malicious missed' "$d/sec.txt"
fi
exit $HS_FAILED
