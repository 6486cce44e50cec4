#!/usr/bin/env bash
# Mail queue, sendmail: FIXTURES, not a real sendmail. sendmail-bin conflicts
# with postfix (the MTA slot) and needs a generated sendmail.cf to run, so
# the queues are built by tests/fixtures/mailq/gen.py to the documented qf/df
# format (sendmail's queue.c; "The Queue Files" in the Installation and
# Operation Guide) under a --root tree:
#   clientmqueue: 30 from mail() as www-data ($_ www-data@localhost)
#   mqueue: 200 relayed from the MSP (Received "(from www-data@localhost)"),
#           25 from hs_t_smbob, 10 by SMTP AUTH (${auth_authen}), and tf/xf/
#           hf/Qf files that are not queued messages.
. "$(dirname "$0")/../lib.sh"

W=$(mktemp_dir)
R=$W/root
python3 "$SRC/tests/fixtures/mailq/gen.py" sendmail "$R"
mkdir -p "$R/usr/lib/sm.bin" && : >"$R/usr/lib/sm.bin/sendmail"
printf '[general]\nstate_dir = %s/state\n' "$W" >"$W/hs.conf"

hs --config "$W/hs.conf" --root "$R" --format json mailq
check "exit 0: under the default thresholds" test "$RC" = 0
check "JSON" json_valid "$OUT"
q() { jq_py "$OUT" "$1"; }
top() { q "[(e['value'],e['messages']) for e in S['mailq']['attribution']['top_$1']]"; }
check "detected sendmail under --root" test "$(q 'S["mailq"]["mta"]')" = sendmail
check "mqueue 235, clientmqueue 30 (tf/xf/hf/Qf not counted)" \
	test "$(q '(S["mailq"]["queues"], S["mailq"]["total"])')" = "({'mqueue': 235, 'clientmqueue': 30}, 265)"
check "no unreadable" test "$(q 'S["mailq"]["unreadable"]')" = 0
check "senders exact" test "$(top sender)" = "[('promo@alice-shop.test', 230), ('news@bob-site.test', 35)]"
check "users exact (\$_ and the MSP's Received line)" \
	test "$(top user)/$(q 'S["mailq"]["attribution"]["no_user"]')" = "[('www-data', 230), ('hs_t_smbob', 25)]/10"
check "auth users exact" test "$(top auth_user)" = "[('hs_t_smbob', 10)]"
check "scripts exact" test "$(top script)" = "[('2101:mailer.php', 230)]"
check "accounts exact" test "$(top account)" = "[('hs_t_smalice', 230), ('hs_t_smbob', 35)]"
check "oldest age from the df file: 3 hours" \
	test "$(q '10790 <= S["mailq"]["oldest_age_seconds"] <= 10900')" = True
check "no finding under the thresholds" test "$(q 'len(F)')" = 0

hs --config "$W/hs.conf" --root "$R" check mailq --age-warning 1h --age-critical 2h
check "check: the oldest message (3h) is over --age-critical: CRITICAL" \
	test "$RC/$(grep -c "^MAILQ CRITICAL - sendmail: 265 messages (age critical), oldest 3h00m.*'mqueue'=235;;;0; 'clientmqueue'=30;;;0; 'unreadable'=0;;;0;$" "$OUT")" = "2/1"
exit 0
