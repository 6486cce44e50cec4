#!/usr/bin/env bash
# Mail queue counting on a 100,000-message postfix-layout queue (real postfix
# queue-file records, from tests/fixtures/mailq/gen.py; hashed deferred/X/).
# Compared in the same run, warm cache, best of 3:
#   find QUEUE -type f | wc -l                   (the floor: readdir + d_type)
#   hostsweep mailq --count-only                 (the count: readdir, d_type)
#   postqueue -c CONF -p | tail -n 1             (postfix's own, through showq)
#   hostsweep mailq                              (count + ages + attribution sample)
# postqueue runs against a private postfix config whose queue_directory is
# the temp queue (no daemon; as root it reads the queue directly). The
# postfix package is installed for this when missing and purged afterwards.
# MAILQ_N=N changes the size.
set -u
: "${SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${HOSTSWEEP:=$SRC/hostsweep}"
N=${MAILQ_N:-100000}
HS_TEST_NAME=30-mailq
. "$SRC/tests/lib.sh"
W=$(mktemp_dir)
chmod 0755 "$W"
PF_WORK=$W
. "$SRC/tests/fixtures/mailq/postfix-instance.sh"
have_pq=0
if [ "$(id -u)" = 0 ] && pf_lock && pf_install; then
	pf_instance "$W/pf" >/dev/null 2>&1 && have_pq=1
else
	mkdir -p "$W/pf/spool"
	echo "postqueue: not available (needs root to install postfix); its row is skipped"
fi
Q=$W/pf/spool
t0=$(date +%s.%N)
python3 "$SRC/tests/fixtures/mailq/gen.py" postfix-bulk "$Q" "$N"
[ "$have_pq" = 1 ] && chown -R postfix "$Q/deferred"
echo "queue of $N messages built in $(python3 -c "import time;print(round(time.time()-$t0,1))") s"
printf '[general]\nstate_dir = %s/state\n[mailq]\nmta = postfix\nqueue_dir = %s\n' "$W" "$Q" >"$W/hs.conf"

best() { # best NAME COMMAND...: best wall time of 3 after a warm-up; prints its output once
	local name=$1 b=999999 t s e out
	shift
	out=$("$@" 2>/dev/null)
	for _ in 1 2 3; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s%N)
		t=$(((e - s) / 1000))
		[ "$t" -lt "$b" ] && b=$t
	done
	printf '%-38s %s s   -> %s\n' "$name" "$(awk -v b="$b" 'BEGIN{printf "%8.3f", b/1e6}')" \
		"$(echo "$out" | tail -n 1 | cut -c1-60)"
	eval "T_$1=$b"
}
findc() { find "$Q" -type f | wc -l; }
hsc() { "$HOSTSWEEP" --config "$W/hs.conf" --format json mailq --count-only | python3 -c 'import json,sys;print(json.loads(sys.stdin.readlines()[-1])["mailq"]["total"])'; }
hsraw() { "$HOSTSWEEP" --config "$W/hs.conf" -q mailq --count-only; }
hsfull() { "$HOSTSWEEP" --config "$W/hs.conf" -q mailq; }
pq() { postqueue -c "$W/pf/etc" -p 2>/dev/null | tail -n 1; }
best "find QUEUE -type f | wc -l" findc
best "hostsweep mailq --count-only" hsraw
echo "  (hostsweep counted: $(hsc))"
[ "$have_pq" = 1 ] && best "postqueue -p | tail -n 1" pq
best "hostsweep mailq (ages, sample 20000)" hsfull
python3 - "$T_findc" "$T_hsraw" "${T_pq:-0}" "$T_hsfull" <<'PY'
import sys
f, c, p, full = (int(x) for x in sys.argv[1:])
print("ratio count / find|wc -l      : %.2f  (target <= 2)" % (c / f))
if p:
    print("ratio count / postqueue -p     : %.3f  (target < 1; postqueue %.0fx slower)" % (c / p, p / c))
    print("ratio full mailq / postqueue -p: %.2f" % (full / p))
PY
