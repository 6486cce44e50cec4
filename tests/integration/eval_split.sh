#!/usr/bin/env bash
# make eval's machinery on a small corpus made here: the report per category
# and per source collection, the leave-one-collection-out folds (a learner is
# never trained on the part it is scored on, and the held-out part is scanned
# with the fold's config), the variants generator (seeded, deterministic,
# refuses any place but a temp dir), and EVAL_STRICT.
. "$(dirname "$0")/../lib.sh"
d=$(mktemp_dir)
gen=$SRC/tests/eval/gen_variants.py

# --- the generator: same seed, same bytes; another seed, other bytes
python3 "$gen" --out "$d/g1" --seed 3 --per 4 >/dev/null &&
	python3 "$gen" --out "$d/g2" --seed 3 --per 4 >/dev/null &&
	python3 "$gen" --out "$d/g3" --seed 4 --per 4 >/dev/null
check "generator runs" test -s "$d/g1/variants.tsv"
check "generator: same seed, same files" diff -r "$d/g1" "$d/g2"
if diff -rq "$d/g1" "$d/g3" >/dev/null; then not_ok "generator: another seed, other files"; else ok "generator: another seed, other files"; fi
got=$(awk -F'\t' 'NR>1{print $2}' "$d/g1/variants.tsv" | sort -u | tr '\n' ' ')
check "generator: both classes in the manifest ($got)" test "$got" = "benign malicious "
# neutral names: the class is in the manifest only
bad=$(awk -F'\t' 'NR>1{print $1}' "$d/g1/variants.tsv" | grep -cvE '^[0-9a-f]{12}\.(php|pl|py|sh|js|md|html|rb|awk|lua|tcl)$')
check "generator: names are a hash and the language ($bad others)" test "$bad" = 0
mkdir -p "$d/site/public_html"
if python3 "$gen" --out "$d/site/public_html/v" >/dev/null 2>&1; then
	not_ok "generator refuses a web root"
else ok "generator refuses a web root"; fi
if python3 "$gen" --out "$SRC/tests/eval/out-here" >/dev/null 2>&1; then
	not_ok "generator refuses a place outside the temp dirs"
	rm -rf "$SRC/tests/eval/out-here"
else ok "generator refuses a place outside the temp dirs"; fi
if python3 "$gen" --out "$d/g1" >/dev/null 2>&1; then not_ok "generator refuses a non-empty dir"; else ok "generator refuses a non-empty dir"; fi

# --- a corpus: three collections of malicious variants, five clean packages
c=$d/corpus
mkdir -p "$c/malicious/webshell" "$c/malicious/mailer" "$d/clean"
python3 - "$d/g1" "$c/malicious" "$d/clean" <<'PY'
import os, shutil, sys
g, mal, clean = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(g, "variants.tsv"))][1:]
repos = ["one/a", "two/b", "three/c"]
out = open(os.path.join(mal, "MANIFEST.tsv"), "w")
out.write("file\tsha256\tcategory\tsource_repo\tsource_commit\tsource_path\n")
m = b = 0
for f, cls, tech, lang, expect, _ in rows:
    if cls == "malicious" and lang == "php":
        cat = "mailer" if "mail" in tech else "webshell"
        shutil.copy(os.path.join(g, f), os.path.join(mal, cat, f))
        out.write("%s/%s\t-\t%s\t%s\t-\t%s\n" % (cat, f, cat, repos[m % 3], tech))
        m += 1
    elif cls == "benign":
        p = os.path.join(clean, "pkg%d" % (b % 5), "usr/share/php")
        os.makedirs(p, exist_ok=True)
        shutil.copy(os.path.join(g, f), p)
        b += 1
PY
nmal=$(($(wc -l <"$c/malicious/MANIFEST.tsv") - 1))

# a learner that records what it was trained on, and whose "weights" make
# the scanner skip every file: a fold scored with them finds nothing
cat >"$d/learner" <<'EOF'
#!/bin/sh
case "$1" in
train)
	fold=$(basename "$(dirname "$3")")
	cols=$(awk -F'\t' 'NR>1{print $4}' "$2" | sort -u | tr '\n' ' ')
	printf '%s\t%s\n' "$fold" "$cols" >>"$LEARN_LOG"
	echo "weights trained on: $cols" >"$3/weights.txt" ;;
config) printf '# weights: %s/weights.txt\n[scan]\nmax_file_size = 1\n' "$2" ;;
*) exit 2 ;;
esac
EOF
chmod +x "$d/learner"
export LEARN_LOG=$d/learn.log
run_eval() {
	RC=0
	(cd "$SRC" && CORPUS=$c CLEAN=$d/clean EVAL_HOSTSWEEP=$HOSTSWEEP EVAL_VARIANTS_PER=2 "$@" \
		bash tests/eval.sh) >"$d/out" 2>"$d/err" || RC=$?
}

run_eval env EVAL_SPLIT=source EVAL_LEARNERS="$d/learner" EVAL_SHOW_MISSED=1
check "eval with a learner: exit 0" test "$RC" = 0 || sed 's/^/#   /' "$d/err"
for repo in one/a two/b three/c; do
	n=$(awk -F'\t' -v r="$repo" '$4==r' "$c/malicious/MANIFEST.tsv" | wc -l)
	check "per collection: $repo, $n files" grep -Eq "^$repo +$n " "$d/out"
done
check "per category: all $nmal" grep -Eq "^all +$nmal " "$d/out"
check "missed files listed by collection" grep -q '^missed, by collection' "$d/out"
check "variants scored" grep -q '^all malicious ' "$d/out"
check "benign variants scored" grep -q '^all benign ' "$d/out"
check "clean corpus listed" grep -q '^clean corpus: ' "$d/out"
check "summary vs targets at the end" sh -c "grep -n 'summary vs targets' '$d/out' | grep -q . && tail -n 1 '$d/out' | grep -q 'target(s) missed'"
# one training per fold: 3 collections, and one per non-empty clean group
groups=$(ls "$d/clean" | python3 -c 'import sys,hashlib
print(len({int(hashlib.sha256(l.strip().encode()).hexdigest(),16)%4 for l in sys.stdin if l.strip()}))')
check "one training per fold (3 + $groups)" test "$(wc -l <"$LEARN_LOG")" = $((3 + groups))
for repo in one/a two/b three/c; do
	line=$(grep "^fold-${repo//\//_}	" "$LEARN_LOG")
	others=$(printf '%s\n' one/a two/b three/c | grep -vx "$repo")
	bad=0
	case "$line" in *" $repo "* | *"	$repo "*) bad=1 ;; esac
	for o in $others; do case "$line" in *"$o "*) ;; *) bad=1 ;; esac; done
	check "fold $repo: trained on the two others, not on it" test "$bad" = 0 -a -n "$line"
done
leak=0
while IFS=$'\t' read -r fold cols; do
	case "$fold" in fold-clean*) ;; *) continue ;; esac
	g=${fold#fold-clean}
	for p in $(ls "$d/clean"); do
		pg=$(printf '%s' "$p" | python3 -c 'import sys,hashlib;print(int(hashlib.sha256(sys.stdin.read().encode()).hexdigest(),16)%4)')
		case "$cols" in *"clean:$p "*) [ "$pg" = "$g" ] && leak=1 ;; *) [ "$pg" != "$g" ] && leak=1 ;; esac
	done
done <"$LEARN_LOG"
check "clean folds: trained on the other package groups only" test "$leak" = 0
# the held-out part was scanned with the fold's config (weights that skip everything)
check "held-out files scored with the fold's weights (LOO finds nothing)" grep -Eq 'LOO detection \(held out\) .*all 0\.0%' "$d/out"
plain=$(sed -n 's/^  detection all  *\([0-9.]*\)%.*/\1/p' "$d/out")
check "plain run unaffected by the folds' weights ($plain%)" python3 -c "import sys; sys.exit(not float('${plain:-0}') > 0)"

run_eval env EVAL_SPLIT=source EVAL_LEARNERS=none
check "eval without a learner: exit 0" test "$RC" = 0
check "no learner: says LOO is the plain figure" grep -q 'leave-one-collection-out figure IS the plain figure' "$d/out"
check "no learner: every fold gives the same verdicts as the plain run" \
	grep -q "^check: $nmal/$nmal malicious files have the same verdict per fold as in the plain run; clean: same files" "$d/out"

printf '[scan]\nmax_file_size = 1\n' >"$d/skip.conf"
run_eval env EVAL_CONFIG="$d/skip.conf" EVAL_STRICT=1
check "EVAL_STRICT=1: exit 1 when a target is missed" test "$RC" = 1
run_eval env EVAL_CONFIG="$d/skip.conf"
check "without EVAL_STRICT: exit 0 all the same" test "$RC" = 0
run_eval env EVAL_SPLIT=bogus
check "unknown EVAL_SPLIT: an error" test "$RC" != 0 -a "$RC" != 1
exit 0
