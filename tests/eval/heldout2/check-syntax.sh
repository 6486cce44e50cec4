#!/usr/bin/env bash
# Syntax-check a generated second held-out set (never the corpus): php -l for
# PHP, Python's ast.parse, bash -n for shell, perl -c for Perl (compiles and
# loads the modules it names; runs none of the script's body), json.loads for
# JSON, and bash -n on the command of every crontab line. So a miss is a miss,
# not a file no interpreter would accept. Nothing is run.
#   tests/eval/heldout2/check-syntax.sh DIR    (DIR as given to --out)
set -u
d=${1:?usage: check-syntax.sh DIR}
bad=0 n=0
while IFS=$'\t' read -r f cls cat tech lang cont sample; do
	p=$d/$f
	n=$((n + 1))
	ok=1
	case $lang in
	php) php -n -l "$p" >/dev/null 2>&1 || ok=0 ;;
	python) python3 -c 'import ast,sys; ast.parse(open(sys.argv[1], "rb").read())' "$p" 2>/dev/null || ok=0 ;;
	sh) bash -n "$p" 2>/dev/null || ok=0 ;;
	perl) perl -c "$p" >/dev/null 2>&1 || ok=0 ;;
	json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$p" 2>/dev/null || ok=0 ;;
	crontab)
		while read -r line; do
			case $line in '' | '#'* | [A-Za-z_]*=*) continue ;; esac
			if [ "${line#@}" != "$line" ]; then cmd=${line#* }; else cmd=$(echo "$line" | cut -d' ' -f6-); fi
			bash -n <<<"$cmd" 2>/dev/null || ok=0
		done <"$p" ;;
	esac
	[ $ok = 1 ] || { echo "$lang: $tech $cont $f"; bad=$((bad + 1)); }
done < <(tail -n +2 "$d/heldout2.tsv")
echo "check-syntax: $n files, $bad that do not parse"
[ "$bad" = 0 ]
