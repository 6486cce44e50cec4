"""Plumbing of the train6 development set: a tiny @KEY@ template filler,
names, addresses (documentation ranges, example domains, loopback only) and
file placement. Written blind (README.md)."""

import base64
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout3"))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))

from common3 import check_out, write_set, wp_filler, plugin_header  # noqa: E402,F401


def T(s, **kw):
    """Fill @KEY@ tokens (only the keys given; PHP's @ operator is left alone)."""
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    return s


LOW = "abcdefghijklmnopqrstuvwxyz"


def rw(r, n=6, al=LOW):
    return "".join(r.choice(al) for _ in range(n))


def hx(r, n=8):
    return rw(r, n, "0123456789abcdef")


VARS = ("data", "buf", "item", "node", "row", "val", "ctx", "res", "tmp", "cfg", "opt", "blob", "part", "entry",
        "chunk", "meta", "info", "handle", "line", "token", "unit", "seg", "rec", "elem", "field", "slot", "frag")


def var(r, used=None):
    used = used if used is not None else set()
    for _ in range(40):
        v = r.choice(VARS) + r.choice(("", "", str(r.randint(1, 9)), "_" + rw(r, 2)))
        if v not in used:
            used.add(v)
            return v
    v = "v" + rw(r, 5)
    used.add(v)
    return v


PARAMS = ("q", "p", "id", "s", "act", "mode", "page", "ref", "tab", "view", "k", "t", "lang", "sort", "key", "c",
          "do", "op", "z", "x", "path", "dir", "w", "src")


def param(r):
    return r.choice(PARAMS) + r.choice(("", "", rw(r, 1), str(r.randint(0, 9))))


def ip(r):
    return "%s.%d" % (r.choice(("192.0.2", "198.51.100", "203.0.113")), r.randint(2, 250))


DOMS = ("example.com", "example.net", "example.org", "cdn.example.net", "api.example.com", "static.example.org",
        "mx.example.net", "panel.example.com")


def dom(r):
    return r.choice(DOMS)


def port(r):
    return r.choice((443, 8080, 4444, 1337, 6667, 9001, 53, 8443, 31337, 2222, 5555, 7000))


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


WEBDIRS = ("wp-content/uploads/2023/0%d" % 7, "wp-content/uploads/2024/11", "wp-content/plugins/%s", "wp-content/themes/%s",
           "wp-includes/css", "includes", "lib/vendor", "images/icons", "tmp", "cache/data", "media/com_users",
           "sites/default/files", "assets/fonts", "app/code/Local", "storage/framework", "modules/system", "")
PLUGS = ("form-layouts", "simple-gallery-pro", "seo-snippets", "cache-tuner", "wc-extra-fees", "post-grid-lite",
         "popup-notice", "menu-icons-plus", "table-press-ext", "backup-lite")
THEMES = ("astra-child", "kadence", "generatepress", "flavor-pro", "blocksy-child", "twentytwentythree")
WEBNAMES = ("index", "load", "options", "class-loader", "functions-ext", "settings", "ajax", "about", "helper",
            "view", "cache", "inc", "config.sample", "widget", "thumb", "router", "legacy", "compat", "admin-post2",
            "cron-tasks", "api", "style", "util", "media-new", "init")


def webdir(r):
    d = r.choice(WEBDIRS)
    if "%s" in d:
        d = d % (r.choice(PLUGS) if "plugins" in d else r.choice(THEMES))
    return d


def webname(r, ext="php"):
    n = r.choice(WEBNAMES)
    if r.random() < 0.35:
        n += r.choice(("-", "_", ".")) + rw(r, r.randint(2, 4))
    return n + ("." + ext if ext else "")


def webpath(r, ext="php"):
    d = webdir(r)
    return (d + "/" if d else "") + webname(r, ext)


SCRIPTDIRS = (".cache", ".local/share", ".config/%s", "tmp", "bin", ".npm/_logs", "public_html/cgi-bin", ".local/lib",
              "logs", "etc", "mail/.spool", ".ssh/.x", "")
SCRIPTNAMES = ("sync", "update", "helper", "run", "worker", "agent", "cleanup", "stats", "watch", "backup-job",
               "checker", "rotate", "task", "service", "mon", "relay", "fetch", "daemon", "notify", "index")
EXT = {"perl": ("pl", "cgi", ""), "python": ("py", "py", ""), "sh": ("sh", "sh", ""), "js": ("js", "js", "mjs"),
       "ruby": ("rb", "rb", ""), "php": ("php", "php", "inc")}


def scriptpath(r, lang):
    d = r.choice(SCRIPTDIRS)
    if "%s" in d:
        d = d % r.choice(("htop", "pulse", "dconf", "gtk-3.0", "fontconfig"))
    ext = r.choice(EXT[lang])
    n = r.choice(SCRIPTNAMES)
    if r.random() < 0.3:
        n += "-" + rw(r, 3)
    if lang == "js" and ext == "":
        ext = "js"
    return (d + "/" if d else "") + n + ("." + ext if ext else "")


SHEBANG = {"perl": "#!/usr/bin/perl", "python": "#!/usr/bin/env python3", "sh": "#!/bin/sh", "js": "#!/usr/bin/env node",
           "ruby": "#!/usr/bin/env ruby", "php": "#!/usr/bin/php"}


def F(code, rel, lang, cont="plain"):
    return (code.encode("utf-8") if isinstance(code, str) else code, rel, lang, cont)


def script(r, lang, code, cont="script", rel=None):
    rel = rel or scriptpath(r, lang)
    if r.random() < 0.85 or lang == "php":
        code = SHEBANG[lang] + "\n" + code.lstrip("\n")
    if lang == "php" and not code.lstrip().startswith("#!"):
        code = "#!/usr/bin/php\n" + code
    return F(code, rel, lang, cont)


def php(r, code, rel=None, cont="plain"):
    return F(code, rel or webpath(r), "php", cont)
