#!/usr/bin/env bash
# Syntax-check a generated development or held-out set whose tsv has the
# columns file class category technique lang container sample (train6 and
# later): php -l for PHP, Python's ast.parse, bash -n for shell, perl -c for
# Perl (a module missing on this machine is not an error), node --check for
# JavaScript (a file without a .js name is checked as a .js copy), ruby -c
# when ruby is installed, json.loads for JSON, bash -n on the command of every
# crontab line, and Tcl with tclsh's `info complete` on the text read as a
# string (braces and quotes balanced; the script is never evaluated). Lua (no
# luac here), awk (it would run its BEGIN block), HTML, .htaccess, .user.ini,
# systemd units, text lists and binary files are not checked. Nothing is run.
#   tests/eval/check-syntax-set.sh DIR NAME.tsv    (DIR as given to --out)
# Each set's own check-syntax.sh calls this with its tsv name.
set -u
d=${1:?usage: check-syntax-set.sh DIR NAME.tsv}
tsv=${2:?usage: check-syntax-set.sh DIR NAME.tsv}
bad=0 n=0
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.js" "$tmp.tcl"' EXIT
while IFS=$'\t' read -r f cls cat tech lang cont sample; do
	p=$d/$f
	n=$((n + 1))
	ok=1
	case $lang in
	php) php -n -l "$p" >/dev/null 2>&1 || ok=0 ;;
	python) python3 -c 'import ast,sys; ast.parse(open(sys.argv[1], "rb").read())' "$p" 2>/dev/null || ok=0 ;;
	sh) bash -n "$p" 2>/dev/null || ok=0 ;;
	perl) perl -c "$p" >"$tmp" 2>&1 || grep -q "^Can't locate .* in @INC" "$tmp" || ok=0 ;;
	js) if command -v node >/dev/null; then
		case $p in
		*.js | *.mjs | *.cjs) node --check "$p" >/dev/null 2>&1 || ok=0 ;;
		*) cp "$p" "$tmp.js" && { node --check "$tmp.js" >/dev/null 2>&1 || ok=0; } ;;
		esac
	fi ;;
	json) python3 -c 'import json,sys; json.load(open(sys.argv[1], "rb"))' "$p" 2>/dev/null || ok=0 ;;
	tcl) if command -v tclsh >/dev/null; then
		printf '%s\n' 'set f [open [lindex $argv 0] rb]; set s [read $f]; close $f; exit [expr {[info complete $s] ? 0 : 1}]' >"$tmp.tcl"
		tclsh "$tmp.tcl" "$p" 2>/dev/null || ok=0
	fi ;;
	ruby) if command -v ruby >/dev/null; then ruby -c "$p" >/dev/null 2>&1 || ok=0; fi ;;
	crontab)
		while read -r line; do
			case $line in '' | '#'* | [A-Za-z_]*=*) continue ;; esac
			if [ "${line#@}" != "$line" ]; then cmd=${line#* }; else cmd=$(echo "$line" | cut -d' ' -f6-); fi
			bash -n <<<"$cmd" 2>/dev/null || ok=0
		done <"$p" ;;
	esac
	[ $ok = 1 ] || { echo "$lang: $tech $cont $f"; bad=$((bad + 1)); }
done < <(tail -n +2 "$d/$tsv")
echo "check-syntax: $n files, $bad that do not parse"
[ "$bad" = 0 ]
