#!/usr/bin/env bash
# Mail queue, qmail: FIXTURES (qmail is not packaged in Debian 12). The queue
# is built by tests/fixtures/mailq/gen.py to the layout of qmail's INTERNALS
# and qmail-queue.c under a --root tree: mess/N/INODE (N = INODE mod 23),
# info/N, remote/N, local/N, and todo/INODE for messages qmail-send has not
# seen yet. 120 from uid 33 (www-data) with X-PHP-Originating-Script, 20 from
# hs_t_qmbob (3 of them local, 5 still in todo).
. "$(dirname "$0")/../lib.sh"

W=$(mktemp_dir)
R=$W/root
python3 "$SRC/tests/fixtures/mailq/gen.py" qmail "$R"
printf '[general]\nstate_dir = %s/state\n[mailq]\nwarning = 100\ncritical = 1000\n' "$W" >"$W/hs.conf"

hs --config "$W/hs.conf" --root "$R" --format json mailq --prometheus "$W/q.prom"
check "exit 1: over the configured warning (100)" test "$RC" = 1
check "JSON" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
top() { q "[(e['value'],e['messages']) for e in S['mailq']['attribution']['top_$1']]"; }
check "detected qmail under --root (no binary, the spool alone)" test "$(q 'S["mailq"]["mta"]')" = qmail
check "mess 140, todo 5, local 3, remote 132; total = mess" \
	test "$(q '(S["mailq"]["queues"], S["mailq"]["total"])')" = "({'mess': 140, 'todo': 5, 'local': 3, 'remote': 132}, 140)"
check "no unreadable" test "$(q 'S["mailq"]["unreadable"]')" = 0
check "senders exact (info, or todo before qmail-send)" \
	test "$(top sender)" = "[('promo@alice-shop.test', 120), ('news@bob-site.test', 20)]"
check "users exact ('invoked by uid N')" test "$(top user)" = "[('www-data', 120), ('hs_t_qmbob', 20)]"
check "scripts exact" test "$(top script)" = "[('2201:mailer.php', 120)]"
check "accounts exact" test "$(top account)" = "[('hs_t_qmalice', 120), ('hs_t_qmbob', 20)]"
check "oldest age from the mess mtime: 2 hours" \
	test "$(q '7190 <= S["mailq"]["oldest_age_seconds"] <= 7300')" = True
check "finding: count warning, account hs_t_qmalice" \
	test "$(q '[(f["kind"], f["account"], f["rules"]) for f in F]')" = "[('mailq', 'hs_t_qmalice', ['mailq.count.warning'])]"
check "prometheus: every qmail queue" \
	test "$(grep -c '^hostsweep_mailq_queue_messages{mta="qmail",queue="\(mess\|todo\|local\|remote\)"}' "$W/q.prom")" = 4

# the sample: read 1 in 4 and say so
hs --config "$W/hs.conf" --root "$R" --format json mailq --sample 35
check "--sample 35: sampled, 1 in 4, 35 read" \
	test "$(q '(S["mailq"]["attribution"]["sampled"], S["mailq"]["attribution"]["one_in"], S["mailq"]["attribution"]["messages_read"])')" = "(True, 4, 35)"
check "--sample: estimates add up to about the queue" \
	test "$(q '135 <= sum(e["estimated"] for e in S["mailq"]["attribution"]["top_sender"]) <= 145')" = True
hs --config "$W/hs.conf" --root "$R" mailq --sample 35
check "--sample: the text says it sampled" grep -q 'attribution SAMPLED: read 35 of 140 messages (1 in 4)' "$OUT"
exit 0
