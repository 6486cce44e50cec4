# The checks shared by the blind held-out sets' generators (sets 2 to 6:
# tests/integration/eval_heldout2.sh .. eval_heldout6.sh, and the development
# set train6 of the same shape: eval_train6.sh; the first set's
# generator has other columns and its own script): seeded and deterministic
# whatever PYTHONHASHSEED, every file it writes is labelled and every label
# names a file, the files of a sample share its directory, all four categories
# and both classes are there, names are not the labels, it refuses web roots,
# places outside the temp dirs and non-empty directories, its files parse (when
# php and perl are here), and make eval's section for it runs on a scan of the
# set with the ASan build.
# usage (after tests/lib.sh): heldout_set_checks N TECHNIQUE
#   N: the set's number (tests/eval/heldoutN/gen_heldoutN.py, heldoutN.tsv,
#      eval.py's SAMPLE_SETS), or a development set's name (train6:
#      tests/eval/train6/gen_train6.py, train6.tsv, an entry of eval.py's SAMPLE_SETS); TECHNIQUE: one of its techniques, which the
#      section must list. A script may define heldout_set_extra (it sees d and
#      tsv) for checks of its own set.
#   A set that is not of the four categories and about 250 + 130 samples
#   (train7: mailers, bots and webshells only) sets, before the call,
#   HS_CATS (the malicious categories, sorted, each followed by a space;
#   default "bot mailer phishing webshell "), HS_MIN_MAL and HS_MIN_BEN
#   (default 240 and 120 samples). The section's category line looked for is
#   webshell's, or HS_CATS' first when there are no webshells (train9).
heldout_set_checks() {
	local n=$1 tech=$2 name label
	# a number: the held-out set heldoutN; a name: a development set of the
	# same shape (tests/eval/NAME/gen_NAME.py, NAME.tsv, eval.py's SAMPLE_SETS entry)
	case $n in
	[0-9]*) name=heldout$n label="held-out $n" ;;
	*) name=$n label=$n ;;
	esac
	d=$(mktemp_dir)
	gen=$SRC/tests/eval/$name/gen_$name.py

	PYTHONHASHSEED=1 python3 "$gen" --out "$d/g1" --seed 3 >/dev/null &&
		PYTHONHASHSEED=77 python3 "$gen" --out "$d/g2" --seed 3 >/dev/null &&
		python3 "$gen" --out "$d/g3" --seed 4 >/dev/null
	check "generator runs" test -s "$d/g1/$name.tsv"
	check "same seed, same files (whatever PYTHONHASHSEED)" diff -r "$d/g1" "$d/g2"
	if diff -rq "$d/g1" "$d/g3" >/dev/null; then not_ok "another seed, other files"; else ok "another seed, other files"; fi

	tsv=$d/g1/$name.tsv
	listed=$(tail -n +2 "$tsv" | cut -f1 | sort)
	written=$(cd "$d/g1" && find f -type f | sort)
	check "manifest and files agree" test "$listed" = "$written"
	stray=$(awk -F'\t' 'NR>1 && index($1, "f/" $7 "/") != 1' "$tsv" | wc -l)
	check "a sample's files are under its own dir ($stray stray)" test "$stray" = 0
	multi=$(awk -F'\t' 'NR>1{n[$7]++} END{for (s in n) if (n[s] > 1) m++; print m + 0}' "$tsv")
	check "some samples are several files ($multi)" test "$multi" -ge 30
	cats=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $3}' "$tsv" | sort -u | tr '\n' ' ')
	local want_cats=${HS_CATS:-bot mailer phishing webshell } min_mal=${HS_MIN_MAL:-240} min_ben=${HS_MIN_BEN:-120}
	check "the malicious categories ($cats)" test "$cats" = "$want_cats"
	nmal=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $7}' "$tsv" | sort -u | wc -l)
	nben=$(awk -F'\t' 'NR>1 && $2=="benign"{print $7}' "$tsv" | sort -u | wc -l)
	check "at least $min_mal malicious and $min_ben benign samples ($nmal, $nben)" test "$nmal" -ge "$min_mal" -a "$nben" -ge "$min_ben"
	ntech=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $4}' "$tsv" | sort -u | wc -l)
	check "many techniques ($ntech)" test "$ntech" -ge 40
	bad=$(awk -F'\t' 'NR>1 && $2=="malicious"{print $1}' "$tsv" | grep -ciE 'shell|backdoor|phish|malware|mailer|spam|evil|hack|brute|miner|bot' || true)
	check "names do not give the label away ($bad)" test "$bad" = 0
	perm=$(find "$d/g1/f" -type f -perm /111 | wc -l)
	check "nothing written executable ($perm)" test "$perm" = 0
	# the set's own checks, if its script defines them (d, tsv are set)
	if declare -F heldout_set_extra >/dev/null; then heldout_set_extra; fi

	mkdir -p "$d/site/public_html"
	if python3 "$gen" --out "$d/site/public_html/h" >/dev/null 2>&1; then
		not_ok "refuses a web root"
	else ok "refuses a web root"; fi
	if python3 "$gen" --out "$SRC/tests/eval/$name/out-here" >/dev/null 2>&1; then
		not_ok "refuses a place outside the temp dirs"
		rm -rf "$SRC/tests/eval/$name/out-here"
	else ok "refuses a place outside the temp dirs"; fi
	if python3 "$gen" --out "$d/g1" >/dev/null 2>&1; then not_ok "refuses a non-empty dir"; else ok "refuses a non-empty dir"; fi

	if command -v php >/dev/null && command -v perl >/dev/null; then
		quiet() { "$@" >"$d/quiet.log" 2>&1 || { tail -n 5 "$d/quiet.log"; return 1; }; }
		check "every generated file parses" quiet "$SRC/tests/eval/$name/check-syntax.sh" "$d/g1"
		# the check itself fails on a broken file
		cp -r "$d/g1" "$d/broken"
		f=$(awk -F'\t' 'NR>1 && $5=="php"{print $1; exit}' "$d/broken/$name.tsv")
		echo '<?php if (' >"$d/broken/$f"
		if "$SRC/tests/eval/$name/check-syntax.sh" "$d/broken" >/dev/null 2>&1; then
			not_ok "the syntax check reports a broken file"
		else ok "the syntax check reports a broken file"; fi
	else
		skip "every generated file parses" "no php or perl here"
	fi

	if [ -x "$HOSTSWEEP" ]; then
		python3 - "$SRC" "$HOSTSWEEP" "$d" "$name" >"$d/sec.txt" 2>&1 <<'PY'
import os, sys
src, hsw, d, n = sys.argv[1:]
sys.path.insert(0, os.path.join(src, "tests/eval"))
import eval as ev
def section(*a):
    return ev.run_sample_set(*a, n)
open(os.path.join(d, "empty.conf"), "w").close()
sc = ev.Scanner(hsw, src, d)
section(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w1"), 2, False)
print("=====")
section(sc, os.path.join(d, "empty.conf"), os.path.join(d, "w2"), 2, True)
PY
		rc=$?
		check "eval's $label section runs (rc $rc)" test "$rc" = 0
		# the category lines: webshell's, or the first of HS_CATS in a set without webshells (train9)
		local pc=webshell tc
		case " $want_cats" in *" webshell "*) ;; *) pc=${want_cats%% *} ;; esac
		tc=$(awk -F'\t' -v t="$tech" 'NR>1 && $4==t {print substr($3, 1, 8); exit}' "$tsv")
		check "section: per category" grep -qE "^$pc +[0-9]+ +[0-9.]+% +[0-9.]+%" "$d/sec.txt"
		check "section: per technique" grep -qE "^$tech +${tc:-webshell} " "$d/sec.txt"
		check "section: benign totals" grep -qE '^all benign +[0-9]+ +[0-9]+ +[0-9]+' "$d/sec.txt"
		first=$(sed '/^=====/,$d' "$d/sec.txt")
		if printf '%s\n' "$first" | grep -q "^$label malicious missed"; then
			not_ok "misses listed only when asked"
		else ok "misses listed only when asked"; fi
		check "misses listed when asked" grep -q "^$label malicious missed" "$d/sec.txt"
	fi
}
