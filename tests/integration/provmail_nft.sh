#!/usr/bin/env bash
# block-ip with a real nftables, inside two network namespaces this test
# creates (never on the host's own ruleset): hspmS (the server, 100.64.0.1)
# and hspmA (the attacker, 100.64.0.5), joined by a veth pair; a TCP
# listener in hspmS shows whether the attacker gets through.
#
# The mail log is a fixture: clients from many networks of the Internet
# cannot connect here. It holds a stolen login (dave@hspm-far.test: 70
# messages from 7 /16s, among them the attacker's 100.64.0.5) and a
# dictionary attack (150 failed logins from 100.80.0.9). The operator's
# SSH session comes from 100.66.0.5 (SSH_CONNECTION) and [respond]
# never_block holds 100.67.0.0/16: those two blocks are refused, with the
# reason; the others are carried out, undone, and expire on their own.
. "$(dirname "$0")/../lib.sh"
if [ "$(id -u)" != 0 ]; then
	skip "nftables in a network namespace" "needs root"
	exit 0
fi
W=$(mktemp_dir)
chmod 0755 "$W"
PF_WORK=$W
. "$SRC/tests/fixtures/mailq/sasl-instance.sh"
if ! sasl_install nftables; then
	not_ok "nftables installed" "$(tail -n 5 "$W/apt.sasl.log" 2>/dev/null)"
	exit 0
fi
HOST_RULESET_BEFORE=$(nft list ruleset 2>/dev/null | sha256sum)

S=hspmS$$ A=hspmA$$ VS=hspm$$s VA=hspm$$a
ip netns add $S && at_exit "ip netns del $S 2>/dev/null"
ip netns add $A && at_exit "ip netns del $A 2>/dev/null"
ip link add $VS type veth peer name $VA
ip link set $VS netns $S
ip link set $VA netns $A
ip -n $S addr add 100.64.0.1/24 dev $VS
ip -n $A addr add 100.64.0.5/24 dev $VA
for n in $S $A; do ip -n $n link set lo up; done
ip -n $S link set $VS up
ip -n $A link set $VA up
PORT=24999
ip netns exec $S python3 -c '
import socket,sys
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("100.64.0.1", int(sys.argv[1]))); s.listen(50); print("up", flush=True)
while True:
    c,_=s.accept(); c.sendall(b"220 hs\r\n"); c.close()' $PORT >"$W/listener.log" 2>&1 &
LISTENER=$!
at_exit "kill $LISTENER 2>/dev/null"
for i in $(seq 1 50); do grep -q up "$W/listener.log" && break; sleep 0.1; done
reach() { # does the attacker get an answer from the server?
	ip netns exec $A python3 -c '
import socket,sys
s=socket.create_connection(("100.64.0.1", int(sys.argv[1])), timeout=1.5)
sys.exit(0 if s.recv(10).startswith(b"220") else 1)' $PORT 2>/dev/null
}
check "before: the attacker reaches the server" reach

# the mail log (fixture) and an empty postfix queue
mkdir -p "$W/spool/"{maildrop,incoming,active,deferred,hold,corrupt} "$W/empty"
python3 - "$W/mail.log" <<'EOF'
import sys, time
now = time.time()
def ts(t): return time.strftime("%Y-%m-%dT%H:%M:%S.000000+00:00", time.gmtime(t))
out = []
k = 0
for net in range(64, 71):  # 100.64 .. 100.70: 7 networks, 10 messages each
    for i in range(10):
        k += 1
        out.append("%s mx postfix/submission/smtpd[%d]: 4Q%08X: client=unknown[100.%d.0.5]:4%04d, "
                   "sasl_method=LOGIN, sasl_username=dave@hspm-far.test" % (ts(now - 1800 + k), 1000 + k, k, net, k))
for i in range(150):
    out.append("%s mx postfix/submission/smtpd[77]: warning: unknown[100.80.0.9]: SASL LOGIN "
               "authentication failed: UGFzc3dvcmQ6, sasl_username=admin%d@hspm-far.test" % (ts(now - 900 + i), i % 3))
open(sys.argv[1], "w").write("\n".join(out) + "\n")
EOF
cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[scan]
tmp_dirs = $W/empty
docroots = $W/empty
[mailq]
mta = postfix
queue_dir = $W/spool
[logs]
mail_logs = $W/mail.log
[respond]
min_severity = medium
never_block = 100.67.0.0/16 2001:db8::/32
block_timeout = 2h
EOF
inns() { # hostsweep in the server's namespace, as from an SSH session
	OUT=$(mktemp "$HS_TMP/out.XXXXXX") ERR=$(mktemp "$HS_TMP/err.XXXXXX")
	RC=0
	ip netns exec $S env SSH_CONNECTION="100.66.0.5 52000 100.64.0.1 22" \
		"$HOSTSWEEP" --config "$W/hs.conf" "$@" >"$OUT" 2>"$ERR" || RC=$?
	[ "$RC" -ge 90 ] && not_ok "sanitizer clean: hostsweep $*" "$(tail -n 20 "$ERR")"
	return 0
}
acts() { jq_py "$1" "sorted((o['target'], o['result']) for o in L if o.get('type')=='action' and o['action']=='block-ip')"; }

inns --format json respond
check "dry run: JSON lines" json_valid "$OUT"
check "dry run: the mailbox incident and the AUTH attack, no account" \
	test "$(jq_py "$OUT" "[o.get('subject') for o in L if o.get('type')=='incident']")" = \
	"['mailbox dave@hspm-far.test', 'AUTH attack (1 address)']"
check "dry run: six blocks proposed, the operator's and never_block's refused" \
	test "$(acts "$OUT")" = "[('100.64.0.5', 'dry-run'), ('100.65.0.5', 'dry-run'), ('100.66.0.5', 'refused'), ('100.67.0.5', 'refused'), ('100.68.0.5', 'dry-run'), ('100.69.0.5', 'dry-run'), ('100.70.0.5', 'dry-run'), ('100.80.0.9', 'dry-run')]"
check "the refusals say why" sh -c \
	"grep -q 'refused: blocking 100.66.0.5 would lock out 100.66.0.5, the operator.s SSH session (SSH_CONNECTION)' '$OUT' &&
	 grep -q 'refused: 100.67.0.5 is in \[respond\] never_block (100.67.0.0/16)' '$OUT'"
check "dry run: no table made" sh -c "! ip netns exec $S nft list table inet hostsweep >/dev/null 2>&1"
check "dry run: the attacker still gets through" reach

inns --format json respond --apply
cp "$OUT" "$W/apply.json"
check "--apply: six blocks done, two refused" \
	test "$(acts "$W/apply.json")" = "[('100.64.0.5', 'ok'), ('100.65.0.5', 'ok'), ('100.66.0.5', 'refused'), ('100.67.0.5', 'refused'), ('100.68.0.5', 'ok'), ('100.69.0.5', 'ok'), ('100.70.0.5', 'ok'), ('100.80.0.9', 'ok')]"
check "--apply: a refusal is no failure (exit 1: findings)" test "$RC" = 1
ip netns exec $S nft list set inet hostsweep block4 >"$W/set.txt" 2>&1
check "the set holds the six addresses with a timeout" sh -c \
	"for a in 100.64.0.5 100.65.0.5 100.68.0.5 100.69.0.5 100.70.0.5 100.80.0.9; do grep -q \"\$a timeout 2h\" '$W/set.txt' || exit 1; done
	 ! grep -qE '100.66.0.5|100.67.0.5' '$W/set.txt'"
noreach() { ! reach; }
check "after: the attacker no longer gets through" noreach
inns --format json respond --apply
check "a second --apply: the chain still has its two rules, not four" \
	test "$(ip netns exec $S nft list chain inet hostsweep input | grep -c 'saddr @block')" = 2
check "the host's own ruleset is untouched" test "$(nft list ruleset 2>/dev/null | sha256sum)" = "$HOST_RULESET_BEFORE"

# undo (in the namespace: nft is never run on the host), and an element that expired
id_of() { "$HOSTSWEEP" --config "$W/hs.conf" --format json actions | python3 -c 'import json,sys
print([o["id"] for o in map(json.loads, sys.stdin) if o["action"]=="block-ip" and o["target"]==sys.argv[1] and o["state"]=="done"][0])' "$1"; }
ID2=$(id_of 100.65.0.5)
inns undo "$ID2"
check "undo in the namespace: exit 0" test "$RC" = 0
check "undone: 100.65.0.5 is out of the set" sh -c "! ip netns exec $S nft list set inet hostsweep block4 | grep -q '100.65.0.5 '"
ip netns exec $S nft delete element inet hostsweep block4 '{ 100.80.0.9 }'
ID3=$(id_of 100.80.0.9)
inns undo "$ID3"
check "undo of an element that expired meanwhile: done, said so" \
	test "$RC/$(grep -c 'no longer in inet hostsweep block4 (expired)' "$OUT")" = "0/1"
ID=$(id_of 100.64.0.5)
inns undo "$ID"
check "undo of the attacker's block: exit 0" test "$RC" = 0
check "undone: the attacker gets through again" reach
exit 0
