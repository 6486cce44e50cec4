#!/usr/bin/env bash
# The held-out set's generator (tests/eval/heldout/): seeded and deterministic
# whatever PYTHONHASHSEED, every file it writes is labelled and every label
# names a file, all four categories and both classes are there, names are not
# the labels, it refuses web roots, places outside the temp dirs and non-empty
# directories; its files parse (when php, perl and bash are here) and its
# hiding tricks decode (when php is here). make eval's section is checked on a
# scan of the set with the ASan build.
. "$(dirname "$0")/../lib.sh"
d=$(mktemp_dir)
gen=$SRC/tests/eval/heldout/gen_heldout.py

PYTHONHASHSEED=1 python3 "$gen" --out "$d/g1" --seed 3 >/dev/null &&
	PYTHONHASHSEED=77 python3 "$gen" --out "$d/g2" --seed 3 >/dev/null &&
	python3 "$gen" --out "$d/g3" --seed 4 >/dev/null
check "generator runs" test -s "$d/g1/heldout.tsv"
check "same seed, same files (whatever PYTHONHASHSEED)" diff -r "$d/g1" "$d/g2"
if diff -rq "$d/g1" "$d/g3" >/dev/null; then not_ok "another seed, other files"; else ok "another seed, other files"; fi

# every row names a file that exists, every file has a row
listed=$(tail -n +2 "$d/g1/heldout.tsv" | cut -f1 | sort)
written=$(cd "$d/g1" && find f -type f | sort)
check "manifest and files agree" test "$listed" = "$written"
cats=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $3}' "$d/g1/heldout.tsv" | sort -u | tr '\n' ' ')
check "four malicious categories ($cats)" test "$cats" = "bot mailer phishing webshell "
nmal=$(awk -F'\t' 'NR>1 && $2=="malicious"' "$d/g1/heldout.tsv" | wc -l)
nben=$(awk -F'\t' 'NR>1 && $2=="benign"' "$d/g1/heldout.tsv" | wc -l)
check "about 300 malicious and 150 benign ($nmal, $nben)" test "$nmal" -ge 250 -a "$nben" -ge 120
ntech=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $4}' "$d/g1/heldout.tsv" | sort -u | wc -l)
check "many techniques ($ntech)" test "$ntech" -ge 40
# a malicious file's name never says what it is: no family word in its path
bad=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $1}' "$d/g1/heldout.tsv" | grep -ciE 'shell|webshell|backdoor|phish|malware|mailer|spam|evil|hack' || true)
check "names do not give the label away ($bad)" test "$bad" = 0
perm=$(find "$d/g1/f" -type f -perm /111 | wc -l)
check "nothing written executable ($perm)" test "$perm" = 0

mkdir -p "$d/site/public_html"
if python3 "$gen" --out "$d/site/public_html/h" >/dev/null 2>&1; then
	not_ok "refuses a web root"
else ok "refuses a web root"; fi
if python3 "$gen" --out "$SRC/tests/eval/heldout/out-here" >/dev/null 2>&1; then
	not_ok "refuses a place outside the temp dirs"
	rm -rf "$SRC/tests/eval/heldout/out-here"
else ok "refuses a place outside the temp dirs"; fi
if python3 "$gen" --out "$d/g1" >/dev/null 2>&1; then not_ok "refuses a non-empty dir"; else ok "refuses a non-empty dir"; fi

if command -v php >/dev/null && command -v perl >/dev/null; then
	quiet() { "$@" >"$d/quiet.log" 2>&1 || { tail -n 5 "$d/quiet.log"; return 1; }; }
	check "every generated file parses" quiet "$SRC/tests/eval/heldout/check-syntax.sh" "$d/g1"
	check "hiding tricks decode, layer stacks run (php)" quiet python3 "$SRC/tests/eval/heldout/selftest.py" --n 60
else
	skip "every generated file parses" "no php or perl here"
fi

# eval's section on this set: found/high+ per category and technique, the
# benign lines, and the missed files only when asked
if [ -x "$HOSTSWEEP" ]; then
	python3 - "$SRC" "$HOSTSWEEP" "$d" >"$d/sec.txt" 2>&1 <<'PY'
import os, sys
src, hsw, d = sys.argv[1:]
sys.path.insert(0, os.path.join(src, "tests/eval"))
import eval as ev
open(os.path.join(d, "empty.conf"), "w").close()
sc = ev.Scanner(hsw, src, d)
ev.heldout(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w1"), 2, False)
print("=====")
ev.heldout(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w2"), 2, True)
PY
	rc=$?
	check "eval's held-out section runs (rc $rc)" test "$rc" = 0
	check "section: per category" grep -qE '^webshell +[0-9]+ +[0-9.]+% +[0-9.]+%' "$d/sec.txt"
	check "section: per technique" grep -qE '^reverse_shell +bot ' "$d/sec.txt"
	check "section: benign totals" grep -qE '^all benign +[0-9]+ +[0-9]+ +[0-9]+' "$d/sec.txt"
	first=$(sed '/^=====/,$d' "$d/sec.txt")
	if printf '%s\n' "$first" | grep -q '^held-out malicious missed'; then
		not_ok "misses listed only when asked"
	else ok "misses listed only when asked"; fi
	check "misses listed when asked" grep -q '^held-out malicious missed' "$d/sec.txt"
fi
exit $HS_FAILED
