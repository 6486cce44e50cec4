#!/usr/bin/env bash
# `hostsweep check mailq`: the Nagios/Icinga plugin. One line on stdout,
# "MAILQ STATE - text | perfdata", exit 0 OK, 1 WARNING, 2 CRITICAL,
# 3 UNKNOWN; thresholds as counts or Nagios ranges. Plus the Prometheus
# textfile with hostile sender names (quotes, backslashes, newlines, '|',
# invalid UTF-8, 600 bytes). Queues are fixtures (gen.py qmail: 140 messages).
. "$(dirname "$0")/../lib.sh"

W=$(mktemp_dir)
R=$W/root
python3 "$SRC/tests/fixtures/mailq/gen.py" qmail "$R"
printf '[general]\nstate_dir = %s/state\n' "$W" >"$W/hs.conf"
C=(--config "$W/hs.conf" --root "$R")

state() { # state ARGS... -> "RC/first word after MAILQ", and one line only
	hs "${C[@]}" check mailq "$@"
	local lines
	lines=$(wc -l <"$OUT")
	[ "$lines" = 1 ] || echo "more than one line"
	echo "$RC/$(awk '{print $2}' "$OUT")"
}
check "defaults (500/2000): OK, exit 0" test "$(state)" = "0/OK"
check "--warning 100: WARNING, exit 1" test "$(state --warning 100)" = "1/WARNING"
check "--critical 100: CRITICAL, exit 2" test "$(state --warning 50 --critical 100)" = "2/CRITICAL"
check "range --warning 200: (alert below 200): WARNING" test "$(state --warning 200:)" = "1/WARNING"
check "range --critical @100:150 (alert inside): CRITICAL" test "$(state --critical @100:150)" = "2/CRITICAL"
check "range --warning ~:150: OK" test "$(state --warning '~:150')" = "0/OK"
check "--age-warning 1h (oldest is 2h): WARNING" test "$(state --age-warning 1h)" = "1/WARNING"
check "--age-critical 90m: CRITICAL" test "$(state --age-critical 90m)" = "2/CRITICAL"
check "bad range: UNKNOWN, exit 3" test "$(state --warning 5:1)" = "3/UNKNOWN"
check "bad duration: UNKNOWN, exit 3" test "$(state --age-warning soon)" = "3/UNKNOWN"
hs "${C[@]}" check
check "no subcommand: UNKNOWN, exit 3" test "$RC/$(grep -c '^HOSTSWEEP UNKNOWN - usage' "$OUT")" = "3/1"
hs "${C[@]}" check mailq --warning 100
check "perfdata: 'label'=value;warn;crit;min; for the total, the age and every queue" \
	grep -qE "\| 'messages'=140;100;2000;0; 'oldest_age'=[0-9]+s;14400;86400;0; 'mess'=140;;;0; 'todo'=5;;;0; 'local'=3;;;0; 'remote'=132;;;0; 'unreadable'=0;;;0;$" "$OUT"
check "WARNING names the top account, sender and script" \
	grep -q "; top account hs_t_qmalice (120), sender promo@alice-shop.test (120), script 2201:mailer.php (120) |" "$OUT"
hs "${C[@]}" check mailq --count-only --warning 100
check "--count-only: counts, no age" \
	grep -qE "^MAILQ WARNING - qmail: 140 messages \(count warning\) \| 'messages'=140;100;2000;0; 'mess'=140;;;0;" "$OUT"

mkdir -p "$W/empty"
hs --config "$W/hs.conf" --root "$W/empty" check mailq
check "no MTA found: UNKNOWN, exit 3" test "$RC/$(grep -c '^MAILQ UNKNOWN - no mail queue found' "$OUT")" = "3/1"
printf '[mailq]\nmta = postfix\nqueue_dir = /nonexistent\n' >"$W/pf.conf"
hs --config "$W/pf.conf" --root "$W/empty" check mailq
check "forced MTA, spool missing: UNKNOWN, exit 3" test "$RC/$(grep -c '^MAILQ UNKNOWN - postfix queue' "$OUT")" = "3/1"

printf '[scan]\ndocroots = /nonexistent\ntmp_dirs = /nonexistent\n' >>"$W/hs.conf"
hs --config "$W/hs.conf" --root "$W/empty" sweep --prometheus "$W/none.prom"
check "sweep --prometheus with no MTA: up 0, no error" \
	test "$RC/$(grep -c '^hostsweep_mailq_up{mta="none"} 0$' "$W/none.prom")" = "0/1"

# hostile senders: the status line stays one line under 1 KiB with one '|'
H=$W/hroot
python3 - "$H" <<'PY'
import os, sys
q = os.path.join(sys.argv[1], "var/qmail/queue")
senders = [b'evil|x\n\'messages\'=0;1;2;3 "q" \\back', b"\xff\xfe\xc0\xaf@bad-utf8.test",
           b"a" * 600 + b"@long.test"]
for i, s in enumerate(senders * 2):
    ino = 1000 + i
    for d in ("mess", "info", "remote"):
        os.makedirs(os.path.join(q, d, str(ino % 23)), exist_ok=True)
    open(os.path.join(q, "mess", str(ino % 23), str(ino)), "wb").write(
        b"Received: (qmail 1 invoked by uid 33); x\nX-PHP-Originating-Script: 33:"
        + s.replace(b"\n", b" ") + b"\nTo: v@example.com\n\nx\n")
    open(os.path.join(q, "info", str(ino % 23), str(ino)), "wb").write(b"F" + s + b"\0")
    open(os.path.join(q, "remote", str(ino % 23), str(ino)), "wb").write(b"Tv@example.com\0")
PY
hs --config "$W/hs.conf" --root "$H" check mailq --warning 1 --prometheus "$W/h.prom"
check "hostile senders: WARNING, one line" test "$RC/$(wc -l <"$OUT")" = "1/1"
check "hostile senders: exactly one '|' (perfdata separator), under 1 KiB" \
	test "$(tr -cd '|' <"$OUT" | wc -c)/$(($(wc -c <"$OUT") < 1024))" = "1/1"
check "prometheus: every sample line well-formed (escaped label values)" python3 - "$W/h.prom" <<'PY'
import re, sys
lab = r'[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"'
pat = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{' + lab + r'(,' + lab + r')*\})? -?[0-9.e+]+$')
data = open(sys.argv[1], "rb").read()
data.decode("utf-8")  # valid UTF-8
bad = [l for l in data.decode().split("\n") if l and not l.startswith("#") and not pat.match(l)]
sys.exit(1 if bad else 0)
PY
check "prometheus: the quote and backslash escaped" \
	grep -qF 'sender="evil|x\\n'"'"'messages'"'"'=0;1;2;3 \"q\" \\\\back"} 2' "$W/h.prom"
check "prometheus: label values cut (bounded)" \
	test "$(grep -c 'sender="a\{200\}"' "$W/h.prom")" = 1
exit 0
