"""Plumbing of the train7 development set: a @KEY@ template filler, names,
addresses (documentation ranges, example domains, loopback only) and file
placement in the containers of this set. Written blind (README.md)."""

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


# random names never spell a label word (the sets' names must not give it away)
LABELWORDS = ("shell", "backdoor", "phish", "malware", "mailer", "spam", "evil", "hack", "brute", "miner", "bot")


def rw(r, n=6, al=LOW):
    while True:
        s = "".join(r.choice(al) for _ in range(n))
        if not any(w in s for w in LABELWORDS):
            return s


def hx(r, n=8):
    return rw(r, n, "0123456789abcdef")


def ip(r):
    return "%s.%d" % (r.choice(("192.0.2", "198.51.100", "203.0.113")), r.randint(2, 250))


DOMS = ("example.com", "example.net", "example.org", "mx.example.net", "relay.example.org", "cdn.example.com",
        "upd.example.net", "news.example.test", "panel.example.org", "irc.example.net")


def dom(r):
    return r.choice(DOMS)


def host(r):
    return r.choice((ip(r), dom(r)))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def gzb64(s):
    if isinstance(s, str):
        s = s.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(s) + c.flush()).decode()


def rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def F(code, rel, lang, cont="plain"):
    return (code.encode("utf-8") if isinstance(code, str) else code, rel, lang, cont)


# --- places (a sample's directory layout inside f/NNNN/)

DOCROOTS = ("public_html", "www", "httpdocs", "htdocs", "domains/example.com/public_html", "web")
WEBSUB = ("", "", "wp-content/uploads/2024/03", "wp-content/uploads/2025/01", "wp-includes/js", "images",
          "wp-content/plugins/%s", "wp-content/themes/%s", "assets/css", "components/com_content", "uploads",
          "media/cache", "lib", "wp-admin/includes", "storage/app/public", "cgi-bin")
PLUGS = ("contact-form-lite", "wp-fastest-css", "gallery-slider-pro", "seo-tags-helper", "cookie-bar",
         "wc-invoice-tools", "table-sorter", "maps-embed")
THEMES = ("astra-child", "oceanwp", "hello-elementor", "storefront", "twentytwentyfour", "divi-child")
WEBNAMES = ("wp-conf", "wp-cron2", "class-wp-cache", "admin-ajax2", "about", "index2", "options", "post-new1",
            "wp-settings-ext", "load-styles2", "lang", "footer-inc", "sitemap-gen", "xmlrpc1", "template",
            "functions-bak", "style", "thumbs", "db-repair", "cron", "mod", "upgrade", "widgets", "feed")


def docroot(r):
    return r.choice(DOCROOTS)


def websub(r):
    s = r.choice(WEBSUB)
    if "%s" in s:
        s = s % (r.choice(PLUGS) if "plugins" in s else r.choice(THEMES))
    return s


def webname(r, ext="php"):
    n = r.choice(WEBNAMES)
    if r.random() < 0.4:
        n = r.choice((n + "-" + rw(r, 3), hx(r, 8), rw(r, 5), "." + rw(r, 4)))
    return n + ("." + ext if ext else "")


def webrel(r, ext="php", sub=None):
    s = websub(r) if sub is None else sub
    parts = [docroot(r)] + ([s] if s else []) + [webname(r, ext)]
    return "/".join(parts)


HOMEPLACES = (("home-config", ".config/%s"), ("home-local-bin", ".local/bin"), ("home-cache", ".cache/%s"),
              ("home-local-share", ".local/share/%s"), ("tmp-dir", "tmp/.%s"), ("shm-dir", "dev/shm/.%s"),
              ("tmp-dir", "var/tmp/%s"), ("home", ""), ("home", "bin"), ("home-cache", ".cache"))
APPS = ("dconf", "pulse", "fontconfig", "htop", "gtk-3.0", "ibus", "procps", "mc", "composer", "pip", "yarn",
        "kdeinit", "tracker3", "gvfs", "xdg", "ICE-unix", "X11-unix", "systemd", "at-spi")
SNAMES = ("sync", "update", "dbus-helper", "kworker", "agent", "cleanup", "stats", "watchd", "rotate", "task",
          "notify", "relay", "fetchmail-x", "upd", "sshd-x", "php-fpm", "httpd", "cron", "logrotate", "pulse",
          "session", "init", "gvfsd", "colord", "x")
EXT = {"perl": ("pl", "pl", "", "cgi"), "python": ("py", "py", ""), "sh": ("sh", "sh", ""), "js": ("js", "js"),
       "ruby": ("rb", ""), "php": ("php", "php", ""), "awk": ("awk", "")}
SHEBANG = {"perl": "#!/usr/bin/perl", "python": "#!/usr/bin/env python3", "sh": "#!/bin/bash",
           "js": "#!/usr/bin/env node", "ruby": "#!/usr/bin/env ruby", "php": "#!/usr/bin/env php",
           "awk": "#!/usr/bin/awk -f"}


def homeplace(r):
    cont, d = r.choice(HOMEPLACES)
    if "%s" in d:
        d = d % r.choice(APPS)
    return cont, d


def scriptrel(r, lang, d=None, odd=False):
    ext = r.choice(EXT[lang])
    if odd:
        ext = r.choice(("dat", "log", "so", "txt", "bak", "db", "jpg", "ini"))
    n = r.choice(SNAMES)
    if r.random() < 0.3:
        n += "-" + rw(r, 3)
    if r.random() < 0.15:
        n = "." + n
    name = n + ("." + ext if ext else "")
    return (d + "/" if d else "") + name


def script(r, lang, code, cont=None, rel=None, shebang=None):
    """A script in a home/tmp-like place; the container names the place,
    or the given one."""
    if rel is None:
        c, d = homeplace(r)
        odd = r.random() < 0.15
        rel = scriptrel(r, lang, d, odd)
        if cont is None:
            cont = "odd-ext" if odd else (c if "." in rel.rsplit("/", 1)[-1] else "no-ext")
    sb = SHEBANG[lang] if shebang is None else shebang
    if sb and not code.startswith("#!") and (lang in ("php",) or r.random() < 0.85):
        code = sb + "\n" + code.lstrip("\n")
    return F(code, rel, lang, cont or "script")


def crlf(code):
    return code.replace("\r\n", "\n").replace("\n", "\r\n")


def oneline(code):
    """Collapse a PHP/JS body onto one line (comments must not be //)."""
    return " ".join(x.strip() for x in code.splitlines() if x.strip())
