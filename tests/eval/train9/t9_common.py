"""Plumbing of the train9 development set: a @KEY@ template filler, names,
addresses (documentation ranges, example domains, loopback only) and the
places of an incident drop. Written blind (README.md)."""

import base64
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout3"))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))

from common3 import check_out, write_set, plugin_header  # noqa: E402,F401
import common3  # noqa: E402


def wp_filler(r, prefix, n):
    return "\n".join(common3.wp_filler(r, prefix, n))


def T(s, **kw):
    """Fill @KEY@ tokens (only the keys given; PHP's @ operator is left alone)."""
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    return s


LOW = "abcdefghijklmnopqrstuvwxyz"
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


DOMS = ("example.com", "example.net", "example.org", "mx.example.net", "cdn.example.com", "upd.example.net",
        "news.example.test", "panel.example.org", "irc.example.net", "static.example.org", "api.example.test")


def dom(r):
    return r.choice(DOMS)


def host(r):
    return r.choice((ip(r), dom(r)))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def gzraw(s):
    if isinstance(s, str):
        s = s.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(s) + c.flush()


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


def crlf(code):
    return code.replace("\r\n", "\n").replace("\n", "\r\n")


def bom(code):
    return "\ufeff" + code


def oneline(code):
    """Collapse a PHP body onto one line (comments must not be //)."""
    return " ".join(x.strip() for x in code.splitlines() if x.strip())


DOCROOTS = ("public_html", "www", "httpdocs", "htdocs", "domains/example.com/public_html", "web")
PLUGS = ("wc-order-export", "simple-seo-meta", "gallery-lightbox-lite", "cf7-db-store", "smtp-log-viewer",
         "cache-warmup", "wp-image-opt", "cookie-consent-bar")
THEMES = ("astra-child", "generatepress", "hello-elementor", "storefront", "twentytwentythree", "kadence")
LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ru_RU")
WEBNAMES = ("wp-conf", "class-wp-meta", "admin-post2", "options-ext", "wp-load-ext", "cron-run", "update-core2",
            "load-scripts1", "wp-sitemap-x", "db-cache", "object-cache2", "index-old", "settings", "widget-ext")
APPS = ("fontconfig", "pip", "composer", "yarn", "mesa_shader_cache", "thumbnails", "tracker3", "gvfs", "npm",
        "pulse", "dconf", "ibus", "htop", "mc")
SNAMES = ("kthreadd", "dbus-daemon", "php-fpm", "sync", "upd", "watchd", "systemd-helper", "logrotate", "agent",
          "rsyslogd", "cron", "gvfsd", "colord", "worker", "session", "x", "init", "httpd", "tracker-store")


def docroot(r):
    return r.choice(DOCROOTS)


def webname(r, ext="php"):
    n = r.choice(WEBNAMES)
    if r.random() < 0.4:
        n = r.choice((n + "-" + rw(r, 3), hx(r, 8), rw(r, 5)))
    return n + ("." + ext if ext else "")


def plug(r):
    return r.choice(PLUGS)


def theme(r):
    return r.choice(THEMES)


def locale(r):
    return r.choice(LOCALES)


def app(r):
    return r.choice(APPS)


def sname(r):
    n = r.choice(SNAMES)
    if r.random() < 0.3:
        n += "-" + rw(r, 3)
    return n


def homedir(r):
    """(container, dir) of a home or temp place for a script."""
    return r.choice((("home-cache", ".cache/" + app(r)), ("home-local-share", ".local/share/" + app(r)),
                     ("home-config", ".config/" + app(r)), ("tmp-dir", "tmp/." + rw(r, 4)),
                     ("shm-dir", "dev/shm/." + rw(r, 3)), ("var-tmp", "var/tmp/." + app(r)),
                     ("home", ""), ("home-local-bin", ".local/bin")))


SHEBANG = {"perl": "#!/usr/bin/perl", "python": "#!/usr/bin/env python3", "sh": "#!/bin/sh",
           "bash": "#!/bin/bash", "js": "#!/usr/bin/env node", "ruby": "#!/usr/bin/env ruby",
           "php": "#!/usr/bin/env php", "lua": "#!/usr/bin/env lua", "tcl": "#!/usr/bin/env tclsh"}
EXTS = {"perl": "pl", "python": "py", "sh": "sh", "bash": "sh", "js": "js", "ruby": "rb", "php": "php", "lua": "lua",
        "tcl": "tcl"}


def script(r, lang, code, d=None, name=None, cont=None, ext=None):
    """A script in a home/tmp-like place. ext None: the language's, or (one
    time in five) none at all (container no-ext)."""
    c, dd = homedir(r)
    if d is not None:
        dd = d
    if ext is None:
        ext = EXTS[lang] if r.random() < 0.8 else ""
    n = name or sname(r)
    rel = (dd + "/" if dd else "") + n + ("." + ext if ext else "")
    if cont is None:
        cont = c if ext else "no-ext"
    sb = SHEBANG[lang]
    if not code.startswith("#!"):
        code = sb + "\n" + code.lstrip("\n")
    slang = "sh" if lang == "bash" else lang
    return F(code, rel, slang, cont)


def cronline(r, cmd, at=None):
    if at is None:
        at = r.choice(("*/5 * * * *", "*/10 * * * *", "@reboot", "17 * * * *", "*/2 * * * *", "0 */3 * * *"))
    return at + " " + cmd


def crontab_file(r, lines, user=None):
    user = user or rw(r, 6)
    body = "".join(l + "\n" for l in lines)
    return F(body, "var/spool/cron/crontabs/" + user, "crontab", "crontab")
