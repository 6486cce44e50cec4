#!/usr/bin/env bash
# hostsweep watch (issue 14): latency from close to finding, whether any file
# is missed, and CPU, with real writes by the web user (runuser -u www-data):
#   (a) single uploads: BENCH_WATCH_UPLOADS webshells (default 50), one every
#       300 ms, each written and closed by www-data; latency = the finding's
#       line arriving on the watcher's stdout minus the writer's close();
#   (b) a burst: WordPress from the clean corpus (about 2,900 files) with 30
#       webshells tucked into it, extracted by tar as www-data into a watched
#       docroot; latency per webshell = its line minus its mtime (tar -m: the
#       time it was written); every file must have been scanned (the
#       watcher's files_scanned) and every webshell found;
#   (c) the watcher's CPU seconds for the burst (utime + stime from
#       /proc/PID/stat, which also pays for the events of the rest of the
#       filesystem: a filesystem mark sees them all) against `hostsweep
#       --full scan` of the same tree;
#   (d) a 100,000-file burst (BENCH_WATCH_BIG, 0 skips it): all found, peak
#       memory of the watcher, how long until it caught up.
# Target: p99 under 1 s for single uploads, nothing missed in the burst.
# BENCH_WORK=DIR (default /var/tmp/hostsweep-bench), CLEAN_CORPUS=DIR.
set -u
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
HOSTSWEEP=${HOSTSWEEP:-$SRC/hostsweep}
WORK=${BENCH_WORK:-/var/tmp/hostsweep-bench}/watch
CORPUS=${CLEAN_CORPUS:-/var/tmp/clean-corpus}
if [ "$(id -u)" != 0 ] || ! id www-data >/dev/null 2>&1; then
	echo "50-watch: skipped (needs root and www-data)"
	exit 0
fi
[ -d "$CORPUS/wordpress/usr/share/wordpress" ] || {
	echo "50-watch: skipped (no WordPress in $CORPUS; ../shared/corpus/build-clean.sh)"
	exit 0
}
rm -rf "$WORK"
mkdir -p "$WORK/home/hswatchb" "$WORK/state" "$WORK/tmp"
chmod 0755 "$WORK" "$WORK/home" "$WORK/home/hswatchb"
D=$WORK/home/hswatchb/public_html
mkdir "$D"
chown www-data:www-data "$D"
cat >"$WORK/hs.conf" <<EOF
[general]
state_dir = $WORK/state
[scan]
docroots = $WORK/home/*/public_html
tmp_dirs = $WORK/tmp
[watch]
status_interval = 1s
catch_up = no
EOF
exec python3 - "$HOSTSWEEP" "$WORK" "$D" "$CORPUS" "${BENCH_WATCH_UPLOADS:-50}" \
	"${BENCH_WATCH_BIG:-100000}" <<'PY'
import json, os, random, resource, shutil, subprocess, sys, tarfile, threading, time

hs, work, docroot, corpus, nup, nbig = sys.argv[1:7]
nup, nbig = int(nup), int(nbig)
conf = os.path.join(work, "hs.conf")
status_file = os.path.join(work, "state", "watch-status.json")
rng = random.Random(14)

def q(v, p):
    v = sorted(v)
    if not v:
        return float("nan")
    k = max(1, -(-len(v) * p // 1))
    return v[int(k) - 1]

def shell(i):
    # invented variants, distinct bytes each (no content memo between them)
    kinds = ['<?php @eval($_POST["k%d"]); ?>', '<?php system($_GET["c%d"]); ?>',
             '<?php if(isset($_REQUEST["p%d"])){ eval($_REQUEST["p%d"]); } ?>']
    k = kinds[i % len(kinds)]
    return (k.replace("%d", str(i)) + "\n// upload %d\n" % i).encode()

class Watcher:
    def __init__(self):
        self.p = subprocess.Popen([hs, "--config", conf, "--format", "json", "watch"],
                                  stdout=subprocess.PIPE, stderr=open(os.path.join(work, "watch.err"), "w"))
        self.found = {}
        self.lock = threading.Lock()
        threading.Thread(target=self.read, daemon=True).start()
        for _ in range(300):
            try:
                if json.load(open(status_file))["pid"] == self.p.pid:
                    break
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.1)
    def read(self):
        for line in self.p.stdout:
            now = time.time()
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if o.get("type") == "finding":
                with self.lock:
                    self.found.setdefault(o["path"], now)
    def cpu(self):
        f = open("/proc/%d/stat" % self.p.pid).read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    def rss_peak_mb(self):
        for l in open("/proc/%d/status" % self.p.pid):
            if l.startswith("VmHWM:"):
                return int(l.split()[1]) / 1024
    def status(self):
        return json.load(open(status_file))
    def wait_idle(self, timeout):
        end = time.time() + timeout
        time.sleep(1.5)
        while time.time() < end:
            s = self.status()
            if s["pending"] == 0 and s["lag_seconds"] == 0:
                return True
            time.sleep(0.5)
        return False
    def stop(self):
        self.p.terminate()
        self.p.wait()

def as_web(code, *args):
    return subprocess.run(["runuser", "-u", "www-data", "--", "python3", "-c", code] + list(args),
                          check=True, capture_output=True, text=True).stdout

w = Watcher()
# (a) single uploads
writer = r'''
import sys, time
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    p = "%s/up%03d.php" % (d, i)
    with open(p, "wb") as f:
        f.write(bytes.fromhex(sys.argv[3 + i]))
    print(p, repr(time.time()), flush=True)
    time.sleep(0.3)
'''
out = as_web(writer, docroot, str(nup), *[shell(i).hex() for i in range(nup)])
closes = {l.split()[0]: float(l.split()[1]) for l in out.splitlines()}
time.sleep(2)
lat = [w.found[p] - t for p, t in closes.items() if p in w.found]
missed = [p for p in closes if p not in w.found]
print("single uploads: %d written, %d found, %d missed; close->finding p50 %.3f s, p99 %.3f s, max %.3f s (target p99 < 1 s: %s)"
      % (len(closes), len(lat), len(missed), q(lat, .5), q(lat, .99), max(lat) if lat else float("nan"),
         "met" if lat and q(lat, .99) < 1 and not missed else "NOT met"))

# (b) the WordPress burst
site = os.path.join(work, "site")
shutil.copytree(os.path.join(corpus, "wordpress/usr/share/wordpress"), site, symlinks=True)
for t in os.listdir(corpus):
    th = os.path.join(corpus, t, "usr/share/wordpress")
    if t.startswith("wordpress-theme-") and os.path.isdir(th):
        shutil.copytree(th, site, symlinks=True, dirs_exist_ok=True)
dirs = sorted(dp for dp, _, _ in os.walk(site))
shells = []
for i in range(30):
    p = os.path.join(rng.choice(dirs), "zz-%02d-cache.php" % i)
    open(p, "wb").write(shell(1000 + i))
    shells.append(p)
nfiles = sum(len([f for f in fs if os.path.isfile(os.path.join(dp, f)) and not os.path.islink(os.path.join(dp, f))])
             for dp, _, fs in os.walk(site))
tarp = os.path.join(work, "site.tar")
with tarfile.open(tarp, "w") as tf:
    tf.add(site, arcname="wp")
os.chmod(tarp, 0o644)
s0, cpu0 = w.status(), w.cpu()
t0 = time.time()
subprocess.run(["runuser", "-u", "www-data", "--", "tar", "-m", "-C", docroot, "-xf", tarp], check=True)
t1 = time.time()
w.wait_idle(300)
cpu1, s1 = w.cpu(), w.status()
done = time.time()
lat, missed = [], []
for p in shells:
    dst = os.path.join(docroot, "wp", os.path.relpath(p, site))
    if dst in w.found:
        lat.append(w.found[dst] - os.stat(dst).st_mtime)
    else:
        missed.append(dst)
scanned = s1["files_scanned"] - s0["files_scanned"]
print("burst: tar of %d files (%d webshells) extracted by www-data in %.2f s; watcher idle %.2f s after the end"
      % (nfiles, len(shells), t1 - t0, done - t1))
print("burst: %d/%d webshells found, %d missed; close->finding p50 %.3f s, p99 %.3f s, max %.3f s"
      % (len(lat), len(shells), len(missed), q(lat, .5), q(lat, .99), max(lat) if lat else float("nan")))
print("burst: files scanned by the watcher %d for %d files (%s); lost events %d, overflows %d"
      % (scanned, nfiles, "none missed" if scanned >= nfiles and not missed else "MISSED SOME",
         s1["dropped_events"] - s0["dropped_events"], s1["overflows"] - s0["overflows"]))
# (c) CPU against a scan of the same files
before = resource.getrusage(resource.RUSAGE_CHILDREN)
t2 = time.time()
r = subprocess.run([hs, "--config", conf, "--format", "json", "--full", "scan", os.path.join(docroot, "wp")],
                   capture_output=True, text=True)
t3 = time.time()
after = resource.getrusage(resource.RUSAGE_CHILDREN)
scpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
sfound = sum(1 for l in r.stdout.splitlines() if '"type":"finding"' in l)
print("cpu: watcher %.2f s for the burst (events of the whole filesystem included), hostsweep --full scan "
      "of the same tree %.2f s (%.2f s wall, %d findings): ratio %.2f"
      % (cpu1 - cpu0, scpu, t3 - t2, sfound, (cpu1 - cpu0) / scpu if scpu else float("nan")))
shutil.rmtree(os.path.join(docroot, "wp"))

# (d) a 100,000-file burst (a backup restore)
if nbig:
    big = os.path.join(work, "big")
    os.makedirs(big)
    bshells = []
    for i in range(nbig):
        d = os.path.join(big, "r", "d%03d" % (i % 500))
        if i < 500:
            os.makedirs(d)
        with open(os.path.join(d, "f%06d.php" % i), "w") as f:
            f.write("<?php\n// restored page %d\nfunction p%d() { return %d; }\n" % (i, i, i))
    for i in range(20):
        p = os.path.join(big, "r", "d%03d" % rng.randrange(500), "zz-%02d.php" % i)
        open(p, "wb").write(shell(5000 + i))
        bshells.append(os.path.join("restore", os.path.relpath(p, os.path.join(big, "r"))))
    tarp = os.path.join(work, "big.tar")
    with tarfile.open(tarp, "w") as tf:
        tf.add(os.path.join(big, "r"), arcname="restore")
    os.chmod(tarp, 0o644)
    s0, cpu0 = w.status(), w.cpu()
    t0 = time.time()
    subprocess.run(["runuser", "-u", "www-data", "--", "tar", "-m", "-C", docroot, "-xf", tarp], check=True)
    t1 = time.time()
    idle = w.wait_idle(1200)
    s1, cpu1 = w.status(), w.cpu()
    done = time.time()
    found = sum(1 for p in bshells if os.path.join(docroot, p) in w.found)
    print("big burst: %d files extracted in %.1f s; watcher %s %.1f s after the end; %d/%d webshells found; "
          "files scanned %d, lost events %d, overflows %d, rescans %d; cpu %.1f s; peak RSS %.0f MiB; alive: %s"
          % (nbig + 20, t1 - t0, "idle" if idle else "STILL BUSY", done - t1, found, len(bshells),
             s1["files_scanned"] - s0["files_scanned"], s1["dropped_events"] - s0["dropped_events"],
             s1["overflows"] - s0["overflows"], s1["rescans"] - s0["rescans"], cpu1 - cpu0,
             w.rss_peak_mb(), w.p.poll() is None))
w.stop()
shutil.rmtree(work, ignore_errors=True)
PY
