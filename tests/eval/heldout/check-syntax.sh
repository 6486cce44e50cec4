#!/usr/bin/env bash
# Syntax-check a generated held-out set (never the corpus): php -l, Python's
# ast.parse, bash -n and perl -c over the files gen_heldout.py wrote, so that a
# miss is a miss and not a file no interpreter would accept. Nothing is run:
# php -l and ast.parse only parse; perl -c compiles (loads the modules the
# script names, runs no code of the script's own body). One-liners meant for a
# shell prompt (python3 -c, perl -e) are checked with bash -n.
#   tests/eval/heldout/check-syntax.sh DIR    (DIR as given to --out)
set -u
d=${1:?usage: check-syntax.sh DIR}
bad=0 n=0
while IFS=$'\t' read -r f cls cat tech lang cont; do
	p=$d/$f
	n=$((n + 1))
	case $lang in
	php) php -n -l "$p" >/dev/null 2>&1 || { echo "php: $tech $cont $f"; bad=$((bad + 1)); } ;;
	python)
		if head -c 10 "$p" | grep -q '^python3 -c'; then
			bash -n "$p" 2>/dev/null || { echo "sh: $tech $f"; bad=$((bad + 1)); }
		else
			python3 -c 'import ast,sys; ast.parse(open(sys.argv[1], "rb").read())' "$p" 2>/dev/null ||
				{ echo "python: $tech $f"; bad=$((bad + 1)); }
		fi ;;
	sh) bash -n "$p" 2>/dev/null || { echo "sh: $tech $f"; bad=$((bad + 1)); } ;;
	perl)
		if head -c 10 "$p" | grep -q '^perl -M'; then
			bash -n "$p" 2>/dev/null || { echo "sh: $tech $f"; bad=$((bad + 1)); }
		else
			perl -c "$p" >/dev/null 2>&1 || { echo "perl: $tech $f"; bad=$((bad + 1)); }
		fi ;;
	esac
done < <(tail -n +2 "$d/heldout.tsv")
echo "check-syntax: $n files, $bad that do not parse"
[ "$bad" = 0 ]
