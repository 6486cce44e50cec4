#!/usr/bin/env bash
# Mail queue with a real postfix (the Debian package, installed here when
# missing and purged again afterwards): a private instance in a temp dir with
# no inet service (nothing listens; 127.0.0.1:25 belongs to another test) and
# every delivery deferred. Messages go in through the real sendmail command:
# 500 as www-data with an X-PHP-Originating-Script header naming a script in
# hs_t_mqalice's docroot, 55 as hs_t_mqbob. Then 10 of bob's are put on hold and
# 5 more submitted while postfix is stopped (they stay in maildrop).
# Expected, exactly: deferred 540, hold 10, maildrop 5; per sender, domain,
# user, script and account.
. "$(dirname "$0")/../lib.sh"

if [ "$(id -u)" != 0 ]; then
	skip "real postfix" "needs root"
	hs --config "$W/hs.conf" mailq --count-only --prometheus "$W/nodir/mailq.prom"
check "prometheus into a missing directory: exit 2, said so" \
	test "$RC/$(grep -c 'metrics not written' "$ERR")" = "2/1"

exit 0
fi
W=$(mktemp_dir)
chmod 0755 "$W"
PF_WORK=$W
. "$SRC/tests/fixtures/mailq/postfix-instance.sh"
pf_lock || { not_ok "lock for the postfix tests"; exit 0; }
if ! pf_install; then
	not_ok "postfix package installed" "$(tail -n 5 "$W/apt.log" 2>/dev/null)"
	hs --config "$W/hs.conf" mailq --count-only --prometheus "$W/nodir/mailq.prom"
check "prometheus into a missing directory: exit 2, said so" \
	test "$RC/$(grep -c 'metrics not written' "$ERR")" = "2/1"

exit 0
fi

# names of our own: other tests create and remove hs_t_alice/hs_t_bob concurrently
for u in hs_t_mqalice hs_t_mqbob; do
	if id "$u" >/dev/null 2>&1; then userdel -r "$u" >/dev/null 2>&1; fi
	useradd -m -s /bin/sh "$u"
	at_exit "userdel -r $u >/dev/null 2>&1"
done
mkdir -p /home/hs_t_mqalice/public_html/wp-content
printf '<?php mail($_POST["to"], "x", "y"); ?>\n' >/home/hs_t_mqalice/public_html/wp-content/mailer.php
chown -R hs_t_mqalice: /home/hs_t_mqalice/public_html
ALICE_UID=$(id -u hs_t_mqalice)

PF=$W/pf
pf_instance "$PF"
pf_authorize "$PF/etc"
pf_start "$PF"
check "postfix instance runs without binding a port" \
	test -z "$(ss -ltnp 2>/dev/null | grep -E 'master|smtpd')"

submit() { # submit USER SENDER [PHP-HEADER]
	{
		printf 'To: victim%s@example.com\nSubject: offer\n' "$RANDOM"
		[ -n "${3:-}" ] && printf 'X-PHP-Originating-Script: %s\n' "$3"
		printf '\nbuy now\n'
	} | runuser -u "$1" -- /usr/sbin/sendmail -C "$PF/etc" -f "$2" -i -t
}
fails=0
for i in $(seq 1 500); do
	submit www-data promo@alice-shop.test "$ALICE_UID:mailer.php" || fails=$((fails + 1))
done
for i in $(seq 1 50); do
	submit hs_t_mqbob news@bob-site.test || fails=$((fails + 1))
done
check "550 messages submitted with sendmail" test "$fails" = 0
[ "$fails" = 0 ] || exit 0

count() { find "$PF/spool/$1" -type f 2>/dev/null | wc -l; }
settled=0
for i in $(seq 1 300); do
	if [ "$(count deferred)" = 550 ] && [ "$(count maildrop)" = 0 ] &&
		[ "$(count incoming)" = 0 ] && [ "$(count active)" = 0 ]; then
		settled=1
		break
	fi
	sleep 0.5
done
check "postfix deferred all 550 (nothing delivered)" test "$settled" = 1

# hold 10 of bob's messages (postqueue -j gives the ids)
postqueue -c "$PF/etc" -j | python3 -c '
import json,sys
ids=[o["queue_id"] for o in map(json.loads,sys.stdin) if o["sender"]=="news@bob-site.test"]
print("\n".join(ids[:10]))' | postsuper -c "$PF/etc" -h - >/dev/null 2>&1
pf_stop "$PF"
for i in $(seq 1 5); do submit hs_t_mqbob news@bob-site.test; done
check "queue as find sees it: deferred 540, hold 10, maildrop 5" \
	test "$(count deferred)/$(count hold)/$(count maildrop)" = "540/10/5"

check "postfix's own view agrees (postqueue -j: queue names and counts)" \
	test "$(postqueue -c "$PF/etc" -j 2>/dev/null | python3 -c '
import json,sys,collections
c=collections.Counter(json.loads(l)["queue_name"] for l in sys.stdin)
print(sorted(c.items()))')" = "[('deferred', 540), ('hold', 10), ('maildrop', 5)]"

cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[mailq]
queue_dir = $PF/spool
top = 5
EOF

mkdir -p "$W/prom"
hs --config "$W/hs.conf" --format json mailq --prometheus "$W/prom/mailq.prom"
check "mailq: exit 1 (555 is over the warning threshold 500)" test "$RC" = 1
check "mailq: JSON lines" json_valid "$OUT"
cp "$OUT" "$W/first.json"
J=$W/first.json
q() { jq_py "$J" "$1"; }
check "mta detected as postfix" test "$(q 'S["mailq"]["mta"]')" = postfix
check "depth per queue exact" test "$(q '",".join(str(S["mailq"]["queues"][k]) for k in ("maildrop","incoming","active","deferred","hold","corrupt"))')" = "5,0,0,540,10,0"
check "total 555" test "$(q 'S["mailq"]["total"]')" = 555
check "no unreadable" test "$(q 'S["mailq"]["unreadable"]')" = 0
check "all read, not sampled" test "$(q '(S["mailq"]["attribution"]["messages_read"], S["mailq"]["attribution"]["sampled"])')" = "(555, False)"
top() { q "[(e['value'],e['messages']) for e in S['mailq']['attribution']['top_$1']]"; }
check "senders exact" test "$(top sender)" = "[('promo@alice-shop.test', 500), ('news@bob-site.test', 55)]"
check "sender domains exact" test "$(top sender_domain)" = "[('alice-shop.test', 500), ('bob-site.test', 55)]"
check "users exact (www-data via 'from userid 33', bob also via maildrop owner)" \
	test "$(top user)" = "[('www-data', 500), ('hs_t_mqbob', 55)]"
check "scripts exact" test "$(top script)" = "[('$ALICE_UID:mailer.php', 500)]"
check "accounts exact (script owner alice, submitter bob)" \
	test "$(top account)" = "[('hs_t_mqalice', 500), ('hs_t_mqbob', 55)]"
check "oldest age known and small" test "$(q '0 <= S["mailq"]["oldest_age_seconds"] < 3600')" = True
check "first reading: no growth yet" test "$(q 'S["mailq"]["growth_per_minute"]')" = None
check "state dir created 0700" test "$(stat -c %a "$W/state")" = 700
check "finding kind mailq with the top account" \
	test "$(q '[(f["kind"], f["account"], f["severity"], f["rules"]) for f in F]')" = "[('mailq', 'hs_t_mqalice', 'medium', ['mailq.count.warning'])]"
check "finding carries the top senders" \
	test "$(q 'F[0]["attribution"]["top_sender"][0]["value"]')" = "promo@alice-shop.test"

P=$W/prom/mailq.prom
check "prometheus file written 0644" test "$(stat -c %a "$P")" = 644
check "prometheus: no temp file left" test "$(ls -A "$W/prom" | wc -l)" = 1
check "prometheus: per-queue depth, empty queues at 0" \
	grep -q '^hostsweep_mailq_queue_messages{mta="postfix",queue="incoming"} 0$' "$P"
check "prometheus: deferred 540" \
	grep -q '^hostsweep_mailq_queue_messages{mta="postfix",queue="deferred"} 540$' "$P"
check "prometheus: account gauge" \
	grep -q '^hostsweep_mailq_account_messages{mta="postfix",account="hs_t_mqalice"} 500$' "$P"
check "prometheus: oldest age gauge" grep -q '^hostsweep_mailq_oldest_message_age_seconds{mta="postfix"} ' "$P"

sleep 1.1
hs --config "$W/hs.conf" --format json mailq
check "second reading: growth 0 per minute" test "$(jq_py "$OUT" 'S["mailq"]["growth_per_minute"]')" = 0.0

hs --config "$W/hs.conf" mailq
check "text output: depth, growth and top lines" \
	grep -q 'deferred *540' "$OUT"
check "text output: top account line" grep -qE '^ +500 +hs_t_mqalice$' "$OUT"

# the Nagios check
hs --config "$W/hs.conf" check mailq
check "check: default thresholds (500/2000): WARNING, exit 1" test "$RC" = 1
check "check: exactly one line" test "$(wc -l <"$OUT")" = 1
check "check: status line and perfdata" \
	grep -qE "^MAILQ WARNING - postfix: 555 messages \(count warning\), oldest [0-9]+[sm].*; top account hs_t_mqalice \(500\), sender promo@alice-shop.test \(500\), script $ALICE_UID:mailer.php \(500\) \| 'messages'=555;500;2000;0; 'oldest_age'=[0-9]+s;14400;86400;0; 'maildrop'=5;;;0; 'incoming'=0;;;0; 'active'=0;;;0; 'deferred'=540;;;0; 'hold'=10;;;0; 'corrupt'=0;;;0; 'unreadable'=0;;;0;$" "$OUT"
hs --config "$W/hs.conf" check mailq --warning 100 --critical 500
check "check: --critical 500: CRITICAL, exit 2" test "$RC/$(cut -c1-14 "$OUT")" = "2/MAILQ CRITICAL"
hs --config "$W/hs.conf" check mailq --warning 1000 --critical 2000
check "check: under thresholds: OK, exit 0" test "$RC/$(cut -c1-8 "$OUT")" = "0/MAILQ OK"
hs --config "$W/hs.conf" check mailq --warning 1000 --critical 2000 --age-warning 1s
check "check: the age threshold alone: WARNING" test "$RC/$(cut -c1-13 "$OUT")" = "1/MAILQ WARNING"
hs --config "$W/hs.conf" check mailq --warning 'x:y'
check "check: bad range: UNKNOWN, exit 3" test "$RC/$(cut -c1-13 "$OUT")" = "3/MAILQ UNKNOWN"

# sweep: the same finding and --prometheus
mkdir -p "$W/empty"
cat >>"$W/hs.conf" <<EOF
[scan]
docroots = $W/empty
tmp_dirs = $W/empty
EOF
rm -f "$P"
hs --config "$W/hs.conf" --format json sweep --prometheus "$P"
check "sweep: mailq finding" test "$(jq_py "$OUT" 'len([f for f in F if f["kind"]=="mailq"])')" = 1
check "sweep: --prometheus written" grep -q 'queue="hold"} 10$' "$P"

hs --config "$W/hs.conf" mailq --count-only --prometheus "$W/nodir/mailq.prom"
check "prometheus into a missing directory: exit 2, said so" \
	test "$RC/$(grep -c 'metrics not written' "$ERR")" = "2/1"

exit 0
