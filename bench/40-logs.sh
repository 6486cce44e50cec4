#!/usr/bin/env bash
# Web access log parsing on a generated 1 GB combined-format log (LOGS_MB=N
# changes the size). Compared in the same run, warm page cache, best of 3:
#   cat LOG >/dev/null                          (the read floor)
#   awk '$6=="\"POST"{c[$7]++}' LOG             (the reference: mawk, Debian's awk)
#   hostsweep logs                              (one thread: read, check every line for
#                                                NUL/UTF-8, parse every field, index
#                                                the scripts, weblog thresholds)
#   hostsweep sweep, nothing appended           (the nightly repeat: the state skips
#                                                what was read)
#   hostsweep sweep, 1% appended
# The log is in a --root tree (var/log/apache2/access.log), so the machine's
# own config and logs are not read.
set -u
: "${SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${HOSTSWEEP:=$SRC/hostsweep}"
MB=${LOGS_MB:-1024}
HS_TEST_NAME=40-logs
. "$SRC/tests/lib.sh"
W=$(mktemp_dir)
R=$W/root
mkdir -p "$R/etc" "$R/var/log/apache2" "$R/home/site/public_html" "$R/tmp"
printf 'root:x:0:0::/root:/bin/sh\nsite:x:2000:2000::/home/site:/bin/sh\n' >"$R/etc/passwd"
LOG=$R/var/log/apache2/access.log
t0=$(date +%s.%N)
# 8 MB of varied lines (clients, methods, paths, statuses, agents, a day of
# time stamps), repeated up to the size: generation is not what is measured
python3 - "$W/block" <<'PY'
import random, sys
random.seed(7)
paths = ["/", "/index.php", "/wp-login.php", "/xmlrpc.php", "/wp-admin/admin-ajax.php",
         "/wp-content/themes/t/style.css", "/wp-includes/js/jquery.js", "/favicon.ico",
         "/wp-content/uploads/2024/05/photo-%d.jpg", "/blog/post-%d/", "/shop/item.php?id=%d",
         "/css.php", "/stats34.php", "/api/v1/items/%d", "/feed/", "/robots.txt"]
uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "curl/8.5.0", "Googlebot/2.1 (+http://www.google.com/bot.html)", "-"]
out, size = [], 0
while size < 8 * 1024 * 1024:
    p = random.choice(paths)
    if "%d" in p:
        p = p % random.randint(1, 99999)
    m = "POST" if random.random() < 0.12 else ("HEAD" if random.random() < 0.02 else "GET")
    s = random.choice([200] * 20 + [301, 302, 304, 404, 403, 500])
    t = random.randint(0, 86399)
    line = '%d.%d.%d.%d - - [14/May/2026:%02d:%02d:%02d +0200] "%s %s HTTP/1.1" %d %d "%s" "%s"\n' % (
        random.randint(1, 223), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254),
        t // 3600, t // 60 % 60, t % 60, m, p, s, random.randint(0, 90000),
        random.choice(["-", "https://example.com/", "https://www.google.com/"]), random.choice(uas))
    out.append(line)
    size += len(line)
open(sys.argv[1], "w").write("".join(out))
PY
n=$(((MB * 1024 * 1024 + $(stat -c %s "$W/block") - 1) / $(stat -c %s "$W/block")))
for _ in $(seq "$n"); do cat "$W/block"; done >"$LOG"
rm -f "$W/block"
bytes=$(stat -c %s "$LOG")
lines=$(wc -l <"$LOG")
echo "log of $((bytes / 1048576)) MB, $lines lines, built in $(python3 -c "import time;print(round(time.time()-$t0,1))") s"
cat >"$W/hs.conf" <<EOF
[general]
state_dir = $W/state
[scan]
docroots = /home/*/public_html
[logs]
window = 3650d
EOF

best() { # best NAME COMMAND...: best wall time of 3 after a warm-up
	local name=$1 b=999999999 s e t
	shift
	"$@" >/dev/null 2>&1
	for _ in 1 2 3; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s%N)
		t=$(((e - s) / 1000))
		[ "$t" -lt "$b" ] && b=$t
	done
	printf '%-44s %8s s  %7s MB/s\n' "$name" "$(awk -v b="$b" 'BEGIN{printf "%.3f", b/1e6}')" \
		"$(awk -v b="$b" -v n="$bytes" 'BEGIN{printf "%.0f", n/1048576/(b/1e6)}')"
	eval "T_$name=$b"
}
floor() { cat "$LOG" >/dev/null; }
awkref() { awk '$6=="\"POST"{c[$7]++}' "$LOG"; }
hslogs() { "$HOSTSWEEP" --root "$R" --config "$W/hs.conf" -q --format json logs; }
best floor floor
best awk awkref
best hs hslogs
hslogs >"$W/out.json"
python3 - "$W/out.json" "$lines" <<'PY'
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
s = [o for o in L if o.get("type") == "summary"][-1]["logs"]
print("  hostsweep read %d lines (%d events, %d bad, %d scripts indexed) of %s; %d weblog findings"
      % (s["lines"], s["events"], s["bad_long"] + s["bad_fields"] + s["bad_nul"] + s["bad_utf8"],
         s["scripts"], sys.argv[2], sum(1 for o in L if o.get("kind") == "weblog")))
PY
awk -v a="$T_awk" -v h="$T_hs" -v f="$T_floor" \
	'BEGIN{printf "  hostsweep / awk: %.2fx the time (target <= 1.00); / read floor: %.2fx\n", h/a, h/f}'
# in a sweep: the first one reads the window, the nightly repeat reads what was appended
sweep() { "$HOSTSWEEP" --root "$R" --config "$W/hs.conf" -q --format json sweep; }
logsec() { python3 -c 'import json,sys
L=[json.loads(l) for l in open(sys.argv[1])]
print("%.3f" % [o for o in L if o.get("type")=="summary"][-1]["logs"]["seconds"])' "$1"; }
s=$(date +%s%N); sweep >"$W/s1.json"; e=$(date +%s%N)
echo "  sweep, first (reads the 1 GB log): $(awk -v t=$(((e - s) / 1000)) 'BEGIN{printf "%.3f", t/1e6}') s, logs $(logsec "$W/s1.json") s of it"
s=$(date +%s%N); sweep >"$W/s2.json"; e=$(date +%s%N)
echo "  sweep, repeat, nothing appended: $(awk -v t=$(((e - s) / 1000)) 'BEGIN{printf "%.3f", t/1e6}') s, logs $(logsec "$W/s2.json") s of it"
head -c $((bytes / 100)) "$LOG" | sed '$d' >>"$LOG"
s=$(date +%s%N); sweep >"$W/s3.json"; e=$(date +%s%N)
echo "  sweep, repeat, 1% appended: $(awk -v t=$(((e - s) / 1000)) 'BEGIN{printf "%.3f", t/1e6}') s, logs $(logsec "$W/s3.json") s of it"
