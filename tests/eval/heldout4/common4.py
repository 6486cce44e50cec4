"""Shared bits of the fourth held-out set: its own string-hiding tricks (PHP
functions the first three sets did not lean on), input sources, and the
containers real compromised hosts show that the other sets lack (a long core
file with the injection after hundreds of lines, one very long minified line,
UTF-8 BOM, Windows-1251/GBK comments, `?>` then HTML, odd extensions, a real
image's bytes before the code). Names, plugin filler and Style come from the
other sets' plumbing (tests/eval/heldout3/common3.py, heldout/style.py).

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors."""

import base64
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout3"))

from common3 import (HOSTS, Style, big_plugin, hexname, host, plugin_header, rword, slug, sq, theme,  # noqa: E402,F401
                     wp_filler)

DOMAINS = ("example.com", "example.net", "example.org", "mail.example.com", "panel.example.net", "cdn.example.org")


def dom(r):
    return r.choice(DOMAINS)


def ip(r):
    return "%s.%d" % (r.choice(("192.0.2", "198.51.100", "203.0.113")), r.randint(2, 250))


# ---------------------------------------------------------------------------
# hiding a string: (prelude statements, expression)


def _b64(s):
    return base64.b64encode(s.encode("latin-1")).decode()


def conceal(r, S, s):
    """A PHP expression giving the string s, by a trick of this set."""
    w = r.choice(("map_chr", "strtr_arr", "qp", "entities", "json_u", "uu", "ser", "split_rev", "vsprintf",
                  "substr_replace", "explode_pick", "trim_junk", "ucfirst", "const", "flip_keys", "str_pad",
                  "iconv16", "gzb64", "b64url"))
    pre = []
    if w == "map_chr":
        nums = ",".join(str(ord(c) + (0 if r.random() < 0.5 else 0)) for c in s)
        e = "%s('', %s('chr', [%s]))" % (S.fn("implode"), S.fn("array_map"), nums)
    elif w == "strtr_arr":
        junk = r.choice(("@@", "%%", "~^", "|:"))
        a, b = s[: len(s) // 2], s[len(s) // 2:]
        e = "%s(%s, ['{A}' => %s, '{B}' => %s])" % (S.fn("strtr"), sq("{A}" + junk + "{B}").replace(junk, ""), sq(a), sq(b))
    elif w == "qp":
        e = "%s(%s)" % (S.fn("quoted_printable_decode"), sq("".join("=%02X" % ord(c) for c in s)))
    elif w == "entities":
        e = "%s(%s)" % (S.fn("html_entity_decode"), sq("".join("&#%d;" % ord(c) for c in s)))
    elif w == "json_u":
        e = "%s(%s)" % (S.fn("json_decode"), sq('"' + "".join("\\u%04x" % ord(c) for c in s) + '"'))
    elif w == "uu":
        import binascii
        enc = binascii.b2a_uu(s.encode("latin-1")).decode().rstrip("\n")
        e = "%s(%s . \"\\n`\\n\")" % (S.fn("convert_uudecode"), sq(enc))
    elif w == "ser":
        e = "%s(%s)" % (S.fn("unserialize"), sq('s:%d:"%s";' % (len(s), s)))
    elif w == "split_rev":
        e = "%s('', %s(%s(%s)))" % (S.fn("implode"), S.fn("array_reverse"), S.fn("str_split"), sq(s[::-1]))
    elif w == "vsprintf":
        e = "%s(%s, %s(%s))" % (S.fn("vsprintf"), sq("%c" * len(s)), S.fn("str_split"), sq(s)) if False else \
            "%s(%s, [%s])" % (S.fn("vsprintf"), sq("%c" * len(s)), ",".join(str(ord(c)) for c in s))
    elif w == "substr_replace":
        k = r.randint(1, max(1, len(s) - 1))
        e = "%s(%s, %s, %d, 0)" % (S.fn("substr_replace"), sq(s[:k] + s[k + 1:] if False else s[:k]), sq(s[k:]), k)
    elif w == "explode_pick":
        words = [rword(r, r.randint(3, 7), "abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(3, 6))]
        i = r.randrange(len(words) + 1)
        words.insert(i, s)
        sep = r.choice((",", "|", ";", ":"))
        e = "%s(%s, %s)[%d]" % (S.fn("explode"), sq(sep), sq(sep.join(words)), i)
    elif w == "trim_junk":
        j = rword(r, r.randint(2, 4), "0123456789")
        e = "%s(%s, %s)" % (S.fn("trim"), sq(j + s + j[::-1]), sq("0..9"))
    elif w == "ucfirst":
        e = "%s(%s)" % (S.fn("lcfirst"), sq(s[0].upper() + s[1:])) if s[:1].isalpha() and s[:1].islower() else sq(s)
    elif w == "const":
        c = S.name().upper().lstrip("_") or "K"
        c = "K" + c
        pre.append("%s(%s, %s);" % (S.fn("define"), sq(c), sq(s[::-1])))
        e = "%s(%s(%s))" % (S.fn("strrev"), S.fn("constant"), sq(c))
    elif w == "flip_keys":
        e = "%s(%s([%s]))" % (S.fn("key"), S.fn("array_flip"), sq(s))
    elif w == "str_pad":
        e = "%s(%s, %d, %s)" % (S.fn("str_pad"), sq(s[: len(s) - 1]), len(s), sq(s[-1]))
    elif w == "iconv16":
        raw = "".join("\\x%02x\\x00" % ord(c) for c in s)
        e = "%s('UTF-16LE', 'UTF-8', \"%s\")" % (S.fn("iconv"), raw)
    elif w == "gzb64":
        e = "%s(%s(%s))" % (S.fn("gzinflate"), S.fn("base64_decode"),
                            sq(base64.b64encode(zlib.compress(s.encode("latin-1"))[2:-4]).decode()))
    else:  # url-safe base64 with strtr
        enc = _b64(s).replace("+", "-").replace("/", "_").rstrip("=")
        e = "%s(%s(%s, '-_', '+/'))" % (S.fn("base64_decode"), S.fn("strtr"), sq(enc))
    return pre, e


def inp(r, S, key=None):
    """An input expression (string) by a source the other sets used little."""
    k = key or r.choice(("q", "z", "c", "pass", "x", "a", "cmd", "ant", "1", "k8", "go", "act"))
    w = r.choice(("request", "key_get", "auth_pw", "referer_q", "accept_lang", "etag", "bearer", "path_info",
                  "cookie_raw", "vals_post", "nested", "tmp_file", "argv"))
    if w == "request":
        return "$_REQUEST[%s]" % sq(k)
    if w == "key_get":  # the parameter *name* carries the payload
        return "%s(%s(%s($_GET)))" % (S.fn("base64_decode"), S.fn("strval"), S.fn("key"))
    if w == "auth_pw":
        return "@$_SERVER['PHP_AUTH_PW']"
    if w == "referer_q":
        return "%s(%s(@$_SERVER['HTTP_REFERER'], PHP_URL_FRAGMENT))" % (S.fn("base64_decode"), S.fn("parse_url"))
    if w == "accept_lang":
        return "%s(%s(@$_SERVER['HTTP_ACCEPT_LANGUAGE'], 6))" % (S.fn("base64_decode"), S.fn("substr"))
    if w == "etag":
        return "%s(%s(@$_SERVER['HTTP_IF_NONE_MATCH'], '\"W/'))" % (S.fn("hex2bin"), S.fn("trim"))
    if w == "bearer":
        return "%s(%s(@$_SERVER['HTTP_AUTHORIZATION'], 7))" % (S.fn("base64_decode"), S.fn("substr"))
    if w == "path_info":
        return "%s(%s(@$_SERVER['PATH_INFO'], '/'))" % (S.fn("base64_decode"), S.fn("ltrim"))
    if w == "cookie_raw":
        return "%s(%s(%s(';', @$_SERVER['HTTP_COOKIE'])))" % (S.fn("rawurldecode"), S.fn("end"), S.fn("explode"))
    if w == "vals_post":
        return "%s($_POST)[0]" % S.fn("array_values")
    if w == "nested":
        return "$_POST[%s][%s]" % (sq(k), sq(rword(r, 2, "abcdefghij")))
    if w == "tmp_file":
        return "%s($_FILES[%s]['tmp_name'])" % (S.fn("file_get_contents"), sq(k))
    return "%s(%s)" % (S.fn("implode"), "' ', array_slice((array) @$_SERVER['argv'], 1)")


# ---------------------------------------------------------------------------
# containers


WP_CORE = (
    ("wp-includes/class-wp-http-ixr-client.php", "IXR_Client"),
    ("wp-includes/class-wp-list-util.php", "WP_List_Util"),
    ("wp-admin/includes/class-wp-upgrader-skin.php", "WP_Upgrader_Skin"),
    ("wp-includes/class-wp-feed-cache-transient.php", "WP_Feed_Cache_Transient"),
    ("wp-includes/class-wp-locale-switcher.php", "WP_Locale_Switcher"),
    ("libraries/src/Cache/CacheStorage.php", "CacheStorage"),
    ("core/lib/Drupal/Component/Utility/Timer.php", "Timer"),
    ("vendor/laravel/framework/src/Illuminate/Support/Pluralizer.php", "Pluralizer"),
)


def core_class(r, cls, nmeth):
    """A long, plain class file in the style of CMS core (docblocks, getters,
    array helpers); benign on its own."""
    props = ["items", "output", "options", "state", "cache", "stack", "errors", "locale", "timeout", "headers"]
    out = ["<?php", "/**", " * %s class" % cls, " *", " * @package %s" % r.choice(("WordPress", "Joomla", "Drupal", "Illuminate")),
           " * @since %d.%d.0" % (r.randint(3, 6), r.randint(0, 9)), " */", "", "class %s {" % cls]
    for p in r.sample(props, 5):
        out += ["\t/**", "\t * @var array", "\t */", "\tprotected $%s = array();" % p, ""]
    for i in range(nmeth):
        p = r.choice(props)
        m = r.choice(("get", "set", "has", "reset", "filter", "sort", "pluck", "merge")) + "_" + p + ("_%d" % i)
        k = i % 4
        out += ["\t/**", "\t * %s." % m.replace("_", " ").capitalize(), "\t *",
                "\t * @param mixed $value Optional. Default null.", "\t * @return mixed", "\t */",
                "\tpublic function %s( $value = null ) {" % m]
        if k == 0:
            out += ["\t\tif ( null === $value ) {", "\t\t\treturn $this->%s;" % p, "\t\t}",
                    "\t\t$this->%s = (array) $value;" % p, "\t\treturn $this;"]
        elif k == 1:
            out += ["\t\t$out = array();", "\t\tforeach ( (array) $this->%s as $key => $item ) {" % p,
                    "\t\t\tif ( is_array( $item ) && isset( $item[ $value ] ) ) {", "\t\t\t\t$out[ $key ] = $item[ $value ];",
                    "\t\t\t}", "\t\t}", "\t\treturn $out;"]
        elif k == 2:
            out += ["\t\t$count = count( $this->%s );" % p, "\t\tif ( $count > %d ) {" % r.randint(10, 500),
                    "\t\t\t$this->%s = array_slice( $this->%s, -%d );" % (p, p, r.randint(5, 50)), "\t\t}",
                    "\t\treturn isset( $this->%s[ $value ] );" % p]
        else:
            out += ["\t\tusort( $this->%s, function ( $a, $b ) {" % p,
                    "\t\t\treturn strcmp( (string) $a, (string) $b );", "\t\t} );", "\t\treturn $this->%s;" % p]
        out += ["\t}", ""]
    out.append("}")
    return out


EXTS = (".php", ".php", ".php", ".inc", ".phtml", ".php5", ".php.suspected", "", ".php7", ".pht")


def _gif():
    return b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"


def _png(r):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w, h = r.randint(8, 40), r.randint(8, 40)
    raw = b"".join(b"\x00" + bytes(r.randint(0, 255) for _ in range(w * 3)) for _ in range(h))
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return data


def _jpeg(r):
    body = bytes(r.choice(range(1, 255)) for _ in range(r.randint(300, 900)))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + body + b"\xff\xd9"


def image_bytes(r):
    """Real-looking image bytes that hold no '<?' (so php -l only sees the
    appended code as PHP)."""
    for _ in range(50):
        b = r.choice((_gif(), _png(r), _jpeg(r)))
        if b"<?" not in b:
            return b
    return _gif()


def minify(code):
    """Code as one long line (what PHP 'compressors' and some injectors emit):
    line comments dropped, newlines to spaces."""
    out = []
    for ln in code.split("\n"):
        s = ln.strip()
        if not s or s.startswith("//") or s.startswith("#"):
            continue
        out.append(s)
    return " ".join(out)


def cyr_comment(r):
    return r.choice(("// \u043d\u0435 \u0443\u0434\u0430\u043b\u044f\u0442\u044c", "/* \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u0434\u043e\u0441\u0442\u0443\u043f\u0430 */",
                     "// \u043a\u044d\u0448 \u0441\u0442\u0440\u0430\u043d\u0438\u0446"))


def gbk_comment(r):
    return r.choice(("// \u4e00\u53e5\u8bdd", "/* \u540e\u53f0\u7ba1\u7406 */", "// \u5bc6\u7801\u9a8c\u8bc1",
                     "// \u6587\u4ef6\u7ba1\u7406"))


def dir_for(r):
    return r.choice(("wp-content/uploads/%d/%02d" % (r.randint(2015, 2025), r.randint(1, 12)), "wp-content/plugins/%s" % slug(r),
                     "wp-content/themes/%s" % theme(r), "wp-includes/js/tinymce/skins", "wp-admin/maint", "images/stories",
                     "media/system/css", "sites/default/files", "storage/framework", "public/assets/img", "tmp",
                     "administrator/components/com_%s" % rword(r, 5, "abcdefghijklmnop"), "cgi-bin", ""))


NAMES = ("index", "wp-login2", "config.bak", "db", "about", "user", "style", "load", "info", "menu", "error_log",
         "wp-conf", "lang", "date", "admin-ajax2", "radio", "class.api", "google", "robots", "favicon_" + "x")


def name_for(r, ext=None):
    base = r.choice(NAMES) if r.random() < 0.7 else hexname(r, r.randint(5, 9))
    return base + (r.choice(EXTS) if ext is None else ext)


def place(r, S, code, force=None):
    """Put a PHP body (no open tag) in a container; returns
    (bytes, rel, container)."""
    k = force or r.choice(("plain", "plain", "plain", "core-deep", "minified", "bom", "crlf", "enc-comment",
                           "close-html", "odd-ext", "image-tail", "short-tag"))
    rel = (dir_for(r) + "/" + name_for(r, ".php")).lstrip("/")
    if k == "plain":
        return ("<?php\n" + code + "\n").encode("utf-8"), rel, k
    if k == "core-deep":
        path, cls = r.choice(WP_CORE)
        lines = core_class(r, cls, r.randint(40, 70))
        at = r.randint(len(lines) * 2 // 3, len(lines) - 2)
        # between two methods, outside the class would not parse: append after the class
        lines.append("")
        lines.append(code)
        del at
        return ("\n".join(lines) + "\n").encode("utf-8"), path, k
    if k == "minified":
        return ("<?php " + minify(code) + " ?>").encode("utf-8"), rel, k
    if k == "bom":
        return b"\xef\xbb\xbf" + ("<?php\n" + code + "\n").encode("utf-8"), rel, k
    if k == "crlf":
        return ("<?php\r\n" + code.replace("\n", "\r\n") + "\r\n").encode("utf-8"), rel, k
    if k == "enc-comment":
        # the comment in a legacy code page, the code itself as written
        c = cyr_comment(r).encode("cp1251") if r.random() < 0.5 else gbk_comment(r).encode("gbk")
        return b"<?php\n" + c + b"\n" + (code + "\n").encode("utf-8"), rel, k
    if k == "close-html":
        t = r.choice(("Page not found", "403 Forbidden", "Maintenance", "Index of /"))
        return ("<?php\n" + code + "\n?>\n<!DOCTYPE html>\n<html><head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n"
                "<p>The requested URL was not found on this server.</p>\n<hr><address>Apache Server at %s Port 80</address>\n"
                "</body></html>\n" % (t, t, dom(r))).encode("utf-8"), rel, k
    if k == "odd-ext":
        rel = (dir_for(r) + "/" + name_for(r, r.choice((".inc", ".phtml", ".php5", ".php.suspected", "", ".pht", ".php7")))).lstrip("/")
        return ("<?php\n" + code + "\n").encode("utf-8"), rel, k
    if k == "image-tail":
        rel = (dir_for(r) + "/" + r.choice(("logo", "banner", "thumb-150x150", "avatar", hexname(r, 8))) +
               r.choice((".php", ".phtml", ".php.jpg", ".gif.php", ".png"))).lstrip("/")
        return image_bytes(r) + ("<?php\n" + code + "\n?>").encode("utf-8"), rel, k
    # short open tag, register_globals-era style
    return ("<?\n" + code + "\n?>\n").encode("utf-8"), rel, "short-tag"
