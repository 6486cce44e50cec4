#!/usr/bin/env bash
# Syntax-check a generated third held-out set (never the corpus): php -l for
# PHP, Python's ast.parse, bash -n for shell, perl -c for Perl (compiles and
# loads the modules it names, a module missing here is not an error; runs none of the script's body), node --check for JavaScript, json.loads for
# JSON, and bash -n on the command of every crontab line. So a miss is a miss,
# not a file no interpreter would accept. Nothing is run.
#   tests/eval/heldout3/check-syntax.sh DIR    (DIR as given to --out)
# (HELDOUT_TSV=FILE reads another set's manifest: tests/eval/heldout4/check-syntax.sh)
set -u
d=${1:?usage: check-syntax.sh DIR}
bad=0 n=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
while IFS=$'\t' read -r f cls cat tech lang cont sample; do
	p=$d/$f
	n=$((n + 1))
	ok=1
	case $lang in
	php) php -n -l "$p" >/dev/null 2>&1 || ok=0 ;;
	python) python3 -c 'import ast,sys; ast.parse(open(sys.argv[1], "rb").read())' "$p" 2>/dev/null || ok=0 ;;
	sh) bash -n "$p" 2>/dev/null || ok=0 ;;
	perl) # a module this machine lacks (Net::SSH2) is not a syntax error
		perl -c "$p" >"$tmp" 2>&1 || grep -q "^Can't locate .* in @INC" "$tmp" || ok=0
		;;
	js) if command -v node >/dev/null; then node --check "$p" >/dev/null 2>&1 || ok=0; fi ;;
	json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$p" 2>/dev/null || ok=0 ;;
	crontab)
		while read -r line; do
			case $line in '' | '#'* | [A-Za-z_]*=*) continue ;; esac
			if [ "${line#@}" != "$line" ]; then cmd=${line#* }; else cmd=$(echo "$line" | cut -d' ' -f6-); fi
			bash -n <<<"$cmd" 2>/dev/null || ok=0
		done <"$p" ;;
	esac
	[ $ok = 1 ] || { echo "$lang: $tech $cont $f"; bad=$((bad + 1)); }
done < <(tail -n +2 "${HELDOUT_TSV:-$d/heldout3.tsv}")
echo "check-syntax: $n files, $bad that do not parse"
[ "$bad" = 0 ]
