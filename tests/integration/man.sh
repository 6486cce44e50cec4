#!/usr/bin/env bash
# The man pages render without warnings at 80 columns and stay in step with
# the program: every command and common option of `hostsweep --help`, every
# command's own long option, and every config key the code accepts are
# documented.
. "$(dirname "$0")/../lib.sh"
t=$(mktemp_dir)
if ! command -v man >/dev/null; then
	skip "man pages" "man (man-db) not installed"
	exit 0
fi
for page in hostsweep.8 hostsweep.conf.5; do
	MANWIDTH=80 man --warnings -l "$SRC/docs/$page" >"$t/out" 2>"$t/warn"
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$t/warn" ]; then
		ok "$page renders without warnings (MANWIDTH=80 man --warnings -l)"
	else
		not_ok "$page renders without warnings (MANWIDTH=80 man --warnings -l)" "$(head -n 20 "$t/warn")"
	fi
	long=$(awk 'length > 80' "$t/out" | head -n 3)
	check "$page: no rendered line wider than 80 columns" test -z "$long"
done

MANWIDTH=200 man -l "$SRC/docs/hostsweep.8" 2>/dev/null | col -b >"$t/8.txt"
MANWIDTH=200 man -l "$SRC/docs/hostsweep.conf.5" 2>/dev/null | col -b >"$t/5.txt"

# commands: those listed by --help, plus every command word in main.c
"$HOSTSWEEP" --help >"$t/help" 2>&1
cmds=$(sed -n '/^Commands:/,/^$/p' "$t/help" | awk 'NF && !/Commands:/ {print $1}')
cmds="$cmds $(sed -n '/command_names\[\] = {/,/};/p' "$SRC/agent/main.c" | grep -o '"[a-z]*"' | tr -d '"')"
missing=
for c in $(echo "$cmds" | tr ' ' '\n' | sort -u); do
	grep -qE "^ {7}(hostsweep )?$c( |$)" "$t/8.txt" || missing="$missing $c"
done
check "hostsweep(8) documents every command (missing:${missing:- none})" test -z "$missing"

# common options from --help
opts=$(grep -oE -- '--[a-z][a-z-]*' "$t/help" | sort -u)
missing=
for o in $opts; do grep -q -- "$o" "$t/8.txt" || missing="$missing $o"; done
check "hostsweep(8) documents every option of --help (missing:${missing:- none})" test -z "$missing"

# every long option a command defines in its own file
opts=$(grep -ohE '\{"[a-z][a-z0-9-]*", *(no|required|optional)_argument' "$SRC"/agent/*.c "$SRC"/agent/*/*.c | grep -oE '"[^"]*"' | tr -d '"' | sort -u)
missing=
for o in $opts; do grep -q -- "--$o" "$t/8.txt" || missing="$missing --$o"; done
check "hostsweep(8) documents every long option in agent/ (missing:${missing:- none})" test -z "$missing"

# exit codes
check "hostsweep(8) has EXIT STATUS with 0, 1 and 2" sh -c "grep -q '^EXIT STATUS' '$t/8.txt' && grep -qE '^ {7}0 *\$|^ {7}0 ' '$t/8.txt'"

# config keys: core keys in config.c and every <section>_config_set() in agent/
keys=$(grep -ohE 'strcmp\(key, "[a-z_]+"\)' "$SRC"/agent/*.c "$SRC"/agent/*/*.c | grep -oE '"[a-z_]+"' | tr -d '"' | sort -u)
missing=
for k in $keys; do grep -qE "(^| )$k( |,|$)" "$t/5.txt" || missing="$missing $k"; done
check "hostsweep.conf(5) documents every config key the code accepts (missing:${missing:- none})" test -z "$missing"
# and every key of the installed config file
keys=$(grep -oE '^#?[a-z_]+ =' "$SRC/etc/hostsweep.conf" | tr -d '#= ' | sort -u)
missing=
for k in $keys; do grep -qE "(^| )$k( |,|$)" "$t/5.txt" || missing="$missing $k"; done
check "hostsweep.conf(5) documents every key of etc/hostsweep.conf (missing:${missing:- none})" test -z "$missing"
# every section the config knows
secs=$(grep -oE '\[[a-z]+\]' "$SRC/etc/hostsweep.conf" | sort -u)
missing=
for s in $secs; do grep -qF "$s" "$t/5.txt" || missing="$missing $s"; done
check "hostsweep.conf(5) has a section for every [section] of etc/hostsweep.conf (missing:${missing:- none})" test -z "$missing"
exit 0
