#!/usr/bin/env bash
# Hostile queue files: a postfix-layout queue (tests/fixtures/mailq/gen.py,
# the record format of postfix 3.7's queue files) with 50 good messages and
# 8 bad ones in deferred/ (truncated twice, empty, binary garbage, text, an
# impossible record length, a 1 MiB header, no sender), a file still being
# written in incoming/, and in hold/ a FIFO, a symlink to /etc/shadow and a
# stray directory. Then a writer that creates and deletes queue files in
# active/ while hostsweep reads (files vanishing mid-read).
# Bad files are counted as unreadable, never a crash, never a wrong count of
# the others.
. "$(dirname "$0")/../lib.sh"

W=$(mktemp_dir)
R=$W/root
nbad=$(python3 "$SRC/tests/fixtures/mailq/gen.py" malformed "$R")
printf '[general]\nstate_dir = %s/state\n' "$W" >"$W/hs.conf"

hs --config "$W/hs.conf" --root "$R" --format json mailq
check "exit 0 (no crash, no error)" test "$RC" = 0
check "JSON" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
top() { q "[(e['value'],e['messages']) for e in S['mailq']['attribution']['top_$1']]"; }
check "deferred 58, incoming 1, hold 0 (FIFO, symlink, directory not counted)" \
	test "$(q '[S["mailq"]["queues"][k] for k in ("deferred","incoming","hold")]')" = "[58, 1, 0]"
check "unreadable = the $nbad bad files; one still being written" \
	test "$(q '(S["mailq"]["unreadable"], S["mailq"]["in_progress"], S["mailq"]["attribution"]["messages_read"])')" = "($nbad, 1, 50)"
check "the good ones counted right: senders" \
	test "$(top sender)" = "[('promo@alice-shop.test', 40), ('news@bob-site.test', 10)]"
check "the good ones counted right: accounts" \
	test "$(top account)" = "[('hs_t_pmalice', 40), ('hs_t_pmbob', 10)]"

# a larger max_read: the 1 MiB header is read whole
printf '[mailq]\nmax_read = 2M\n' >>"$W/hs.conf"
hs --config "$W/hs.conf" --root "$R" --format json mailq
check "max_read 2M: the huge header is attributed, the rest still unreadable" \
	test "$(q '(S["mailq"]["unreadable"], [e["value"] for e in S["mailq"]["attribution"]["top_sender"]][-1])')" = "($((nbad - 1)), 'huge@x.test')"

# files vanishing while hostsweep reads: a writer creates and deletes in active/
good=$(find "$R/var/spool/postfix/deferred" -type f | head -n 1)
A=$R/var/spool/postfix/active
(
	i=0
	while [ -e "$W/run" ]; do
		i=$((i + 1))
		cp "$good" "$A/R$i" 2>/dev/null
		rm -f "$A/R$((i - 3))"
	done
) &
touch "$W/run"
racer=$!
at_exit "rm -f '$W/run'; kill $racer 2>/dev/null"
okruns=0
for n in 1 2 3 4 5 6; do
	hs --config "$W/hs.conf" --root "$R" --format json mailq
	if [ "$RC" = 0 ] && [ "$(q '(S["mailq"]["queues"]["deferred"], S["mailq"]["unreadable"] - S["mailq"]["vanished"])')" = "(58, $((nbad - 1)))" ]; then
		okruns=$((okruns + 1))
	fi
done
rm -f "$W/run"
wait "$racer" 2>/dev/null
check "6 runs racing a writer: exit 0, deferred and unreadable counts unchanged" test "$okruns" = 6

# the Nagios check on the same queue
hs --config "$W/hs.conf" --root "$R" check mailq
check "check: OK with the unreadable count in the line" \
	grep -qE "^MAILQ OK - postfix: 59 messages, oldest [0-9]+[sm], .*$((nbad - 1)) unreadable \|" "$OUT"
exit 0
