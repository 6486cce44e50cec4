#!/usr/bin/env bash
# SMTP AUTH senders with real components: the private postfix instance of
# tests/fixtures/mailq/postfix-instance.sh gets a submission smtpd on a
# loopback port, authenticating through a private dovecot (SASL only, a
# passwd-file of logins); swaks submits and fails for real; postfix's own
# maillog_file is the mail log read. Every delivery is deferred.
#
# - alice@hspm-shop.test (the mailbox domain of account hspm_pmalice, by its
#   docroot /home/hspm_pmalice/domains/hspm-shop.test/public_html): 60
#   messages from 6 loopback /16s (127.11-16.x): a stolen password used from
#   many networks;
# - hspm_pmbob (a login that is an account): 12 failed logins from
#   127.9.0.1, then 3 messages from the same address: a guessed password;
# - carol@nowhere.test (no account): 5 messages from 5 networks: a roaming
#   user, under the thresholds, no finding.
# Loopback sources are never blocked (tests/integration/provmail_nft.sh
# tests block-ip in a network namespace).
. "$(dirname "$0")/../lib.sh"
if [ "$(id -u)" != 0 ]; then
	skip "real postfix, dovecot and swaks" "needs root"
	exit 0
fi
W=$(mktemp_dir)
chmod 0755 "$W"
PF_WORK=$W
. "$SRC/tests/fixtures/mailq/postfix-instance.sh"
. "$SRC/tests/fixtures/mailq/sasl-instance.sh"
pf_lock || {
	not_ok "lock for the postfix tests"
	exit 0
}
if ! pf_install; then
	not_ok "postfix package installed" "$(tail -n 5 "$W/apt.log" 2>/dev/null)"
	exit 0
fi
if ! sasl_install dovecot-core swaks; then
	not_ok "dovecot-core and swaks installed" "$(tail -n 5 "$W/apt.sasl.log" 2>/dev/null)"
	exit 0
fi

ALICE=hspm_pmalice BOB=hspm_pmbob
for u in $ALICE $BOB; do
	if id "$u" >/dev/null 2>&1; then userdel -r "$u" >/dev/null 2>&1; fi
	useradd -m -s /bin/sh "$u"
	at_exit "userdel -r $u >/dev/null 2>&1"
done
DOC=/home/$ALICE/domains/hspm-shop.test/public_html
mkdir -p "$DOC"
printf '<?php echo "shop";\n' >"$DOC/index.php"
chown -R $ALICE: "/home/$ALICE"

PF=$W/pf
pf_instance "$PF"
pf_authorize "$PF/etc"
# an unusual port, free now
PORT=$((24000 + RANDOM % 1000))
while ss -ltn | grep -q ":$PORT "; do PORT=$((PORT + 1)); done
SOCK=$PF/spool/private/hspm-auth
pf_submission "$PF" "$PORT" "$SOCK"
mkdir -p "$W/dc"
printf 'alice@hspm-shop.test:{PLAIN}a-Secret-1\n%s:{PLAIN}b-Secret-2\ncarol@nowhere.test:{PLAIN}c-Secret-3\n' \
	$BOB >"$W/dc/users"
if ! dc_start "$W/dc" "$SOCK"; then
	not_ok "private dovecot started" "$(tail -n 5 "$W/dc/dovecot.log" 2>/dev/null)"
	exit 0
fi
pf_start "$PF"
for i in $(seq 1 50); do ss -ltn | grep -q "127.0.0.1:$PORT " && break; sleep 0.1; done
check "submission smtpd listens on 127.0.0.1:$PORT only" \
	test "$(ss -ltn | grep -c ":$PORT ")" = 1

send() { # FROM-IP USER PASSWORD SENDER
	swaks --server 127.0.0.1 --port "$PORT" --local-interface "$1" --auth LOGIN \
		--auth-user "$2" --auth-password "$3" --from "$4" --to "v$RANDOM@example.com" \
		--h-Subject "offer" --body "buy now" -n >/dev/null 2>&1
}
fails=0
for net in 11 12 13 14 15 16; do
	for i in $(seq 1 10); do
		send "127.$net.0.$i" alice@hspm-shop.test a-Secret-1 alice@hspm-shop.test || fails=$((fails + 1))
	done
done
for net in 21 22 23 24 25; do
	send "127.$net.0.1" carol@nowhere.test c-Secret-3 carol@nowhere.test || fails=$((fails + 1))
done
check "65 authenticated submissions accepted" test "$fails" = 0
bad=0
for i in $(seq 1 12); do
	send 127.9.0.1 $BOB "guess$i" bob@hspm-bob.test && bad=$((bad + 1))
done
check "12 wrong passwords refused" test "$bad" = 0
for i in 1 2 3; do send 127.9.0.1 $BOB b-Secret-2 bob@hspm-bob.test || fails=$((fails + 1)); done
check "then the right one: 3 more accepted" test "$fails" = 0

count() { find "$PF/spool/$1" -type f 2>/dev/null | wc -l; }
for i in $(seq 1 200); do
	[ "$(count deferred)" = 68 ] && [ "$(count incoming)$(count active)" = 00 ] && break
	sleep 0.25
done
check "68 messages deferred in the real queue" test "$(count deferred)" = 68
check "postfix logged 68 SASL logins and 12 failures" \
	test "$(grep -c 'sasl_username=' "$PF/maillog")/$(grep -c 'SASL LOGIN authentication failed' "$PF/maillog")" = "80/12"

mkdir -p "$W/empty"
cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[scan]
tmp_dirs = $W/empty
[mailq]
mta = postfix
queue_dir = $PF/spool
mta_config = $PF/etc
[logs]
mail_logs = $PF/maillog
EOF

hs --config "$W/hs.conf" --format json mailq
check "mailq: JSON lines" json_valid "$OUT"
cp "$OUT" "$W/mailq.json"
q() { jq_py "$W/mailq.json" "$1"; }
U='{u["user"]:u for u in S["mailq"]["sasl"]["top_users"]}'
check "the mail log was read, no bad lines" \
	test "$(q '(S["mailq"]["sasl"]["log_read"], S["mailq"]["sasl"]["log_files"], S["mailq"]["sasl"]["bad_lines"])')" = "(True, 1, 0)"
check "alice: 60 queued, 60 logged, 60 IPs in 6 networks, account $ALICE" \
	test "$(q "[(u['queued'],u['logged_messages'],u['client_ips'],u['networks'],u['account']) for u in [$U['alice@hspm-shop.test']]][0]")" = "(60, 60, 60, 6, '$ALICE')"
check "bob: 3 queued, 3 logged, 1 IP, account $BOB (the login is the account)" \
	test "$(q "[(u['queued'],u['logged_messages'],u['client_ips'],u['account']) for u in [$U['$BOB']]][0]")" = "(3, 3, 1, '$BOB')"
check "carol: 5 queued from 5 networks, no account" \
	test "$(q "[(u['queued'],u['networks'],u['account']) for u in [$U['carol@nowhere.test']]][0]")" = "(5, 5, None)"
check "SASL users ordered by messages" \
	test "$(q '[u["user"] for u in S["mailq"]["sasl"]["top_users"]]')" = "['alice@hspm-shop.test', 'carol@nowhere.test', '$BOB']"
check "AUTH failures: 12, all from 127.9.0.1, one login tried" \
	test "$(q 'S["mailq"]["sasl"]["auth_failures"]')" = "{'total': 12, 'distinct_ips': 1, 'top_ips': [{'ip': '127.9.0.1', 'failures': 12, 'distinct_logins': 1}]}"
check "mailauth findings: alice spread over networks, bob guessed, not carol" \
	test "$(q 'sorted((f["sasl_user"], f["account"], f["rules"], f["severity"]) for f in F if f["kind"]=="mailauth")')" = \
	"[('alice@hspm-shop.test', '$ALICE', ['mailauth.many_networks'], 'high'), ('$BOB', '$BOB', ['mailauth.guessed'], 'high')]"
check "bob's finding names the guessing address and its failures" \
	test "$(q '[f["guessed_from"] for f in F if f.get("sasl_user")=="'$BOB'"][0]')" = "[{'ip': '127.9.0.1', 'failures_before': 12}]"
check "no address to block: loopback never is" \
	test "$(q '[f["block_ips"] for f in F if f["kind"]=="mailauth"]')" = "[[], []]"
check "the queue's auth_user group agrees (queue files: sasl_username)" \
	test "$(q '[(e["value"],e["messages"]) for e in S["mailq"]["attribution"]["top_auth_user"]]')" = \
	"[('alice@hspm-shop.test', 60), ('carol@nowhere.test', 5), ('$BOB', 3)]"

hs --config "$W/hs.conf" mailq
check "mailq text: the SASL senders and the AUTH failures" sh -c \
	"grep -qE '^ +60 queued +60 logged +60 IPs +6 /16s  alice@hspm-shop.test \(account $ALICE\)$' '$OUT' &&
	 grep -q 'AUTH failures in the window: 12 from 1 addresses' '$OUT' &&
	 grep -qE '^ +12  127.9.0.1 \(1 logins tried\)$' '$OUT'"
# a "top X (N distinct...):" header is always followed by its entries
nohead() {
	awk '/top [a-z_]+ \(.*\):$/ { h = 1; next } h && !/^ +[0-9]+  / { bad = 1 } { h = 0 } END { exit bad }' "$1"
}
check "mailq text: no top header without entries under it" nohead "$OUT"
check "mailq text: an empty group says none" grep -qE '^ +top script: none \(68 messages without\)$' "$OUT"

# --- respond: dry run, text ---
hs --config "$W/hs.conf" respond
cp "$OUT" "$W/respond.txt"
check "respond: one incident per account with a stolen login" \
	test "$(grep -c '^== incident: account ' "$OUT")/$(grep -c "^== incident: account $ALICE$" "$OUT")/$(grep -c "^== incident: account $BOB$" "$OUT")" = "2/1/1"
check "respond: the incident line counts the account's queued messages" \
	grep -qE "stolen-login/AUTH-attack findings, 60 queued messages$" "$OUT"
check "respond: the mailbox line" grep -qE '^   mailbox alice@hspm-shop.test: 60 queued, 60 logged, from 60 IPs in 6 networks \(mailauth.many_networks\)$' "$OUT"
check "respond: the plan holds the stolen login's mail" \
	grep -qE '^     [0-9]+\. hold-mail +sasl:alice@hspm-shop.test$' "$OUT"
check "respond text: no top header without entries under it" nohead "$OUT"
check "respond dry run: nothing held" test "$(count hold)" = 0

# --- respond --apply ---
hs --config "$W/hs.conf" --format json respond --apply
cp "$OUT" "$W/apply.json"
cp "$ERR" "$W/apply.err"
check "respond --apply: JSON lines" json_valid "$W/apply.json"
check "respond --apply: no action failed" \
	test "$(jq_py "$W/apply.json" '[o["detail"] for o in L if o.get("type")=="action" and o["result"]!="ok"]')" = "[]"
postqueue -c "$PF/etc" -j >"$W/q.json"
qn() { python3 -c 'import json,sys
print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["queue_name"]==sys.argv[2] and json.loads(l)["sender"]==sys.argv[3]))' "$W/q.json" "$1" "$2"; }
check "alice's 60 and bob's 3 on hold, carol's 5 untouched" \
	test "$(qn hold alice@hspm-shop.test)/$(qn hold bob@hspm-bob.test)/$(qn deferred carol@nowhere.test)/$(qn hold carol@nowhere.test)" = "60/3/5/0"
check "postsuper's per-message lines are not on the terminal" \
	test "$(grep -c 'placed on hold' "$W/apply.err")" = 0
check "one summary line per hold, with postsuper's own count" \
	test "$(jq_py "$W/apply.json" '[o["detail"] for o in L if o.get("type")=="action" and o["action"]=="hold-mail" and o["target"]=="'$ALICE'"]')" = \
	"['held 60 queued messages (postfix: Placed on hold: 60 messages)']"

# --- undo ---
ids=$("$HOSTSWEEP" --config "$W/hs.conf" --format json actions | python3 -c 'import json,sys
print(" ".join(str(o["id"]) for o in map(json.loads, sys.stdin) if o["state"]=="done" and o["action"]=="hold-mail"))')
hs --config "$W/hs.conf" undo $ids
check "undo of the holds: exit 0" test "$RC" = 0
postqueue -c "$PF/etc" -j >"$W/q.json"
check "released: 60 + 3 back in deferred, none on hold" \
	test "$(qn deferred alice@hspm-shop.test)/$(qn deferred bob@hspm-bob.test)/$(count hold)" = "60/3/0"
exit 0
