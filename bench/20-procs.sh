#!/usr/bin/env bash
# hostsweep procs on a busy machine against `ss -tanp` in the same run.
# Starts NPROC (default 1000) extra www-data processes holding NSOCK/NPROC
# loopback TCP connections each (default 5000 in all, so 10000 sockets
# counting the listener's ends), then times, best of RUNS (default 5):
#   ss -tanp                      (every TCP socket with its process)
#   hostsweep procs               (busy server: connections to a non-SMTP port)
#                                  with confirm_delay = 0 (the pause is a wait)
#   hostsweep procs, all SMTP     (worst case: every connection to an SMTP
#                                  port, every process a finding, no
#                                  confirm delay)
# and prints both figures and the ratio. Everything is cleaned up.
set -u
cd "$(dirname "$0")/.."
HOSTSWEEP=${HOSTSWEEP:-$PWD/hostsweep}
NPROC=${NPROC:-1000}
NSOCK=${NSOCK:-5000}
RUNS=${RUNS:-5}
[ "$(id -u)" = 0 ] || { echo "20-procs: needs root (setpriv www-data)"; exit 0; }
# not in a temp dir: an interpreter running a script from /tmp is a finding
W=$(mktemp -d /run/hsbench.XXXXXX)
chmod 755 "$W"
PIDS=()
cleanup() {
	for p in "${PIDS[@]}"; do kill -TERM -- "-$p" 2>/dev/null; kill "$p" 2>/dev/null; done
	sleep 0.5
	for p in "${PIDS[@]}"; do kill -KILL -- "-$p" 2>/dev/null; done
	rm -rf "$W"
}
trap cleanup EXIT

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
PORT=$(free_port)

cat >"$W/listen.py" <<'EOF'
import resource, selectors, socket, sys
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(4096); s.setblocking(False)
sel = selectors.DefaultSelector(); sel.register(s, selectors.EVENT_READ)
open(sys.argv[2], "w").close()
conns = []
while True:
    for k, _ in sel.select():
        try:
            c, _ = s.accept(); conns.append(c)
        except BlockingIOError:
            pass
EOF
cat >"$W/clients.py" <<'EOF'
import os, signal, socket, sys, time
port, nproc, per, ready = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
kids = []
for i in range(nproc):
    pid = os.fork()
    if pid == 0:
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(per)]
        signal.pause()
        os._exit(0)
    kids.append(pid)
    if i % 50 == 49:
        time.sleep(0.05)
time.sleep(1)
open(ready, "w").close()
signal.pause()
EOF
setsid /usr/bin/python3 "$W/listen.py" "$PORT" "$W/l.ready" &
PIDS+=($!)
for _ in $(seq 100); do [ -e "$W/l.ready" ] && break; sleep 0.1; done
mkdir -m 1777 "$W/r"
PER=$(((NSOCK + NPROC - 1) / NPROC))
(cd / && exec setsid setpriv --reuid=33 --regid=33 --clear-groups /usr/bin/python3 "$W/clients.py" "$PORT" "$NPROC" "$PER" "$W/r/c.ready") &
PIDS+=($!)
for _ in $(seq 600); do [ -e "$W/r/c.ready" ] && break; sleep 0.1; done
nprocs=$(ls -d /proc/[0-9]* | wc -l)
nsocks=$(ss -tanH | wc -l)
echo "machine: $nprocs processes, $nsocks TCP sockets ($NPROC extra www-data processes, $((NPROC * PER)) connections to 127.0.0.1:$PORT)"

# confirm_delay = 0: the second look's pause (default 250 ms) is a wait,
# not work, and would otherwise dominate both figures.
printf '[procs]\nsmtp_ports = 25 465 587\nconfirm_delay = 0\n' >"$W/busy.conf"
printf '[procs]\nsmtp_ports = 25 465 587 %s\nconfirm_delay = 0\n' "$PORT" >"$W/smtp.conf"

best() { # best of RUNS wall-clock seconds of a command (stdout discarded)
	local b=999999 t0 t1
	for _ in $(seq "$RUNS"); do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s.%N)
		b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { t = z - a; print (t < b ? t : b) }')
	done
	printf '%.3f' "$b"
}
ss_t=$(best ss -tanp)
busy_t=$(best "$HOSTSWEEP" --config "$W/busy.conf" -q procs)
smtp_t=$(best "$HOSTSWEEP" --config "$W/smtp.conf" -q --format json procs)
nf=$("$HOSTSWEEP" --config "$W/smtp.conf" -q --format json procs | grep -c '"kind":"process"')
echo "ss -tanp:                           ${ss_t} s"
echo "hostsweep procs (busy, no SMTP):    ${busy_t} s   ratio $(awk -v a="$busy_t" -v b="$ss_t" 'BEGIN { printf "%.2f", a / b }')"
echo "hostsweep procs (all SMTP, $nf findings): ${smtp_t} s   ratio $(awk -v a="$smtp_t" -v b="$ss_t" 'BEGIN { printf "%.2f", a / b }')"
