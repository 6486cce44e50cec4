#!/usr/bin/env bash
# Syntax-check a generated train8 set (set 3's checker style): php -l for PHP,
# Python's ast.parse, bash -n for shell, perl -c for Perl (a module missing on
# this machine is not an error), node --check for JavaScript, ruby -c when
# ruby is installed, and bash -n on the command of every crontab line.
# HTML, .htaccess, .user.ini and Blade files are not checked. Nothing is run.
#   tests/eval/train8/check-syntax.sh DIR    (DIR as given to --out)
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
	perl) perl -c "$p" >"$tmp" 2>&1 || grep -q "^Can't locate .* in @INC" "$tmp" || ok=0 ;;
	js) if command -v node >/dev/null; then node --check "$p" >/dev/null 2>&1 || ok=0; fi ;;
	ruby) if command -v ruby >/dev/null; then ruby -c "$p" >/dev/null 2>&1 || ok=0; fi ;;
	crontab)
		while read -r line; do
			case $line in '' | '#'* | [A-Za-z_]*=*) continue ;; esac
			if [ "${line#@}" != "$line" ]; then cmd=${line#* }; else cmd=$(echo "$line" | cut -d' ' -f6-); fi
			bash -n <<<"$cmd" 2>/dev/null || ok=0
		done <"$p" ;;
	esac
	[ $ok = 1 ] || { echo "$lang: $tech $cont $f"; bad=$((bad + 1)); }
done < <(tail -n +2 "$d/train8.tsv")
echo "check-syntax: $n files, $bad that do not parse"
[ "$bad" = 0 ]
