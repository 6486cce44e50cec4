"""Plumbing of the train8 development set: names, addresses (documentation
ranges, example domains, loopback only), encodings and containers (where a
PHP body is put: plain file, uploads dir, odd extension, app-file injection,
BOM, CRLF, one long line, deep vendor path). Written blind (README.md)."""

import base64
import io
import os
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout3"))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))

from common3 import check_out, write_set, wp_filler, plugin_header  # noqa: E402,F401

LOW = "abcdefghijklmnopqrstuvwxyz"


def T(s, **kw):
    """Fill @KEY@ tokens (only the keys given)."""
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    return s


def rw(r, n=6, al=LOW):
    return "".join(r.choice(al) for _ in range(n))


def hx(r, n=8):
    return rw(r, n, "0123456789abcdef")


NAMES = ("q", "p", "id", "s", "act", "m", "page", "ref", "tab", "v", "k", "t", "lang", "sort", "key", "c",
         "do", "op", "z", "x", "dir", "w", "src", "hash", "token", "cid", "fmt", "u")


def param(r):
    return r.choice(NAMES) + r.choice(("", "", "", rw(r, 1), str(r.randint(0, 9))))


VARS = ("a", "b", "x", "y", "z", "o", "f", "h", "n", "q", "cb", "fn", "arg", "res", "out", "data", "buf", "raw",
        "val", "cfg", "opts", "row", "in", "tmp", "item", "node", "ctx", "meta", "blob", "state")


def vn(r, used):
    for _ in range(60):
        v = r.choice(VARS) + r.choice(("", "", "_" + rw(r, 2), str(r.randint(1, 9)), rw(r, 1).upper()))
        if v not in used and v not in ("this", "in"):
            used.add(v)
            return v
    v = "v" + rw(r, 6)
    used.add(v)
    return v


def vs(r, n):
    used = set()
    return [vn(r, used) for _ in range(n)]


def ip(r):
    return "%s.%d" % (r.choice(("192.0.2", "198.51.100", "203.0.113")), r.randint(2, 250))


DOMS = ("example.com", "example.net", "example.org", "cdn.example.net", "static.example.org", "api.example.com",
        "img.example.test", "files.example.net", "update.example.org")


def dom(r):
    return r.choice(DOMS)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def deflate(s):
    if isinstance(s, str):
        s = s.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(s) + c.flush()


def xorb(b, k):
    if isinstance(b, str):
        b = b.encode()
    if isinstance(k, str):
        k = k.encode()
    return bytes(c ^ k[i % len(k)] for i, c in enumerate(b))


def rc4(key, data):
    if isinstance(key, str):
        key = key.encode()
    if isinstance(data, str):
        data = data.encode()
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) & 255
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) & 255
        j = (j + S[i]) & 255
        S[i], S[j] = S[j], S[i]
        out.append(c ^ S[(S[i] + S[j]) & 255])
    return bytes(out)


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b32encode(s).decode().rstrip("=")


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(s):
    if isinstance(s, str):
        s = s.encode()
    n = int.from_bytes(s, "big")
    out = ""
    while n:
        n, m = divmod(n, 58)
        out = B58[m] + out
    pad = len(s) - len(s.lstrip(b"\0"))
    return "1" * pad + out


def uuenc(s):
    """PHP convert_uuencode's output."""
    if isinstance(s, str):
        s = s.encode()
    import binascii
    out = ""
    for i in range(0, len(s), 45):
        out += binascii.b2a_uu(s[i:i + 45]).decode().replace(" ", "`")
    return out + "`\n"


def qp(s):
    import quopri
    if isinstance(s, str):
        s = s.encode()
    return quopri.encodestring(s, quotetabs=True).decode()


def zipbytes(entries):
    """A real zip (fixed dates, so the output is deterministic)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 11, 9, 40, 12))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def phpstr(s):
    """A single-quoted PHP string literal."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def F(data, rel, lang, cont="plain"):
    return (data.encode("utf-8") if isinstance(data, str) else data, rel, lang, cont)


# ---------------------------------------------------------------- places

UPLOAD = ("wp-content/uploads/%d/%02d" , "images/stories", "media/uploads", "sites/default/files/styles",
          "pub/media/catalog/product/cache", "img/p", "image/catalog/demo", "storage/app/public/avatars",
          "uploads/userfiles")
PLAIN = ("", "wp-includes/js/tinymce", "wp-admin/includes", "wp-content/plugins/%s", "wp-content/themes/%s/inc",
         "includes", "libraries/src/Helper", "modules/contrib/%s/src", "assets/js", "cgi-bin", "lib", "system/helper",
         "admin/controller", "tmp", ".well-known", "old", "backup")
PLUGS = ("contact-form-7-extra", "wp-fastest-minify", "elementor-addons-kit", "woo-extra-tabs", "post-views-lite",
         "smart-slider-ext", "wp-mail-log", "duplicate-pages", "seo-schema-lite")
THEMES = ("astra-child", "divi-child", "generatepress", "hello-elementor", "twentytwentyfour", "flatsome-child")
PNAMES = ("wp-blog-post", "wp-tmp", "wp-conf", "class-wp-cache", "about", "admin-ajax2", "index2", "options-media",
          "radio", "lock360", "defaults", "license", "themes", "wp-login-old", "moduless", "xmlrpc2", "simple",
          "content", "ini", "cron", "style-css", "ajax-loader", "footer", "load-scripts", "sitemap-gen",
          "bak", "update-core", "cache", "mah", "alfa-rex", "inputs", "network", "setting", "autoload_classmap")
ODD = ("phtml", "php5", "pht", "inc", "module", "php7", "phar", "shtml.php", "php.suspected")


def _fill(r, d):
    if "%d/%02d" in d:
        return d % (r.randint(2019, 2025), r.randint(1, 12))
    if "%s" in d:
        return d % (r.choice(PLUGS) if "plugins" in d or "contrib" in d else r.choice(THEMES))
    return d


def pname(r, ext="php"):
    k = r.random()
    if k < 0.45:
        n = r.choice(PNAMES)
    elif k < 0.7:
        n = hx(r, r.choice((6, 8, 32)))
    elif k < 0.85:
        n = rw(r, r.randint(3, 7))
    else:
        n = r.choice(PNAMES) + "-" + rw(r, 3, "0123456789")
    return n + ("." + ext if ext else "")


def ppath(r, ext="php", where=PLAIN):
    d = _fill(r, r.choice(where))
    return (d + "/" if d else "") + pname(r, ext)


APPS = ("wp-plugin",)


def host_file(r):
    """A long legitimate PHP file (a WordPress plugin's main file) and its path."""
    slug = r.choice(PLUGS)
    pre = slug.replace("-", "_")[:14]
    parts = wp_filler(r, pre, r.randint(8, 14))
    head = "<?php\n" + plugin_header(r, slug)
    return head, parts, "wp-content/plugins/%s/%s.php" % (slug, slug)


def oneline(code):
    lines = [ln.strip() for ln in code.splitlines()]
    return " ".join(ln for ln in lines if ln)


CONTS = ("plain", "uploads", "odd-ext", "no-ext", "bom", "crlf", "one-line", "vendor-deep", "inject-top",
         "inject-mid", "inject-end")


def place(r, body, conts=CONTS, name=None):
    """Put a PHP body (statements, no open tag) in a container. Returns [F]."""
    c = r.choice(conts)
    safe1 = "//" not in body and "#" not in body and "<<<" not in body and "?>" not in body and "/*" not in body
    if c == "one-line" and not safe1:
        c = "crlf"
    if c in ("bom",) and ("namespace " in body or "declare(" in body):
        c = "plain"
    full = "<?php\n" + body.strip("\n") + "\n"
    if c == "plain":
        return [F(full, name or ppath(r), "php", "plain")]
    if c == "uploads":
        return [F(full, ppath(r, r.choice(("php", "php", "phtml", "jpg.php")), UPLOAD), "php", "uploads")]
    if c == "odd-ext":
        return [F(full, ppath(r, r.choice(ODD)), "php", "odd-ext")]
    if c == "no-ext":
        d = r.choice(("wp-content/uploads/.tmb", ".cache", "tmp/sess", "cache/smarty", "var/cache/mage--%s" % hx(r, 1)))
        return [F(full, d + "/" + r.choice(("sess_", "", ".", "cache_")) + hx(r, 12), "php", "no-ext")]
    if c == "bom":
        return [F(b"\xef\xbb\xbf" + full.encode(), name or ppath(r), "php", "bom")]
    if c == "crlf":
        return [F(full.replace("\n", "\r\n"), name or ppath(r), "php", "crlf")]
    if c == "one-line":
        return [F("<?php " + oneline(body) + "\n", name or ppath(r), "php", "one-line")]
    if c == "vendor-deep":
        d = r.choice(("vendor/symfony/polyfill-%s/Resources/stubs" % r.choice(("php80", "mbstring", "intl-idn")),
                      "vendor/guzzlehttp/psr7/src/Exception", "vendor/composer/installers/src/Composer/Installers",
                      "wp-content/plugins/%s/vendor/league/flysystem/src/Adapter/Polyfill" % r.choice(PLUGS),
                      "vendor/laravel/framework/src/Illuminate/Support/Traits"))
        return [F(full, d + "/" + r.choice(("Stub", "Helpers", "Compat", "Loader", hx(r, 6))) + ".php", "php",
                  "vendor-deep")]
    head, parts, path = host_file(r)
    inj = body.strip("\n") + "\n"
    if c == "inject-top":
        return [F("<?php " + oneline(inj) + " ?>" + head + "\n".join(parts) if safe1
                  else "<?php\n" + inj + "?>" + head + "\n".join(parts), path, "php", "inject-top")]
    if c == "inject-mid":
        parts.insert(r.randint(len(parts) // 3, 2 * len(parts) // 3), inj)
        return [F(head + "\n".join(parts), path, "php", "inject-mid")]
    return [F(head + "\n".join(parts) + "\n" + inj, path, "php", "inject-end")]


def gif_bytes(r, n=180):
    """A GIF-looking header and body with no '<' byte (so PHP sees no tag in it)."""
    head = b"GIF89a" + bytes([r.randint(1, 200), 0, r.randint(1, 200), 0, 0xF7, 0, 0])
    body = bytes(r.choice([b for b in range(256) if b != 0x3C]) for _ in range(n))
    return head + body + b"\x00;"


def jpeg_bytes(r, n=220):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(r.choice([b for b in range(256) if b not in (0x3C, 0xFF)]) for _ in range(n))
    return head + body + b"\xff\xd9"
