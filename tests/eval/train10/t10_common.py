"""Plumbing of the train10 development set: it borrows train9's template
filler, names and places (t9_common.py) and adds what this set is about:
big files that the malicious code hides in (vendor libraries, minified JS
bundles, long theme/plugin files, big helper-laden scripts), a harmless
picture's base64 blob and a 50 KB letter template. Written blind
(README.md)."""

import base64
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "train9"))

from t9_common import (T, F, LABELWORDS, rw, hx, ip, dom, host, b64, gzraw, rot13, crlf, bom, oneline,  # noqa: E402,F401
                       docroot, webname, plug, theme, locale, app, sname, homedir, script, cronline,
                       crontab_file, check_out, write_set, plugin_header, wp_filler, SHEBANG, EXTS)

WORDS = ("cache", "token", "render", "option", "asset", "layout", "field", "query", "meta", "widget", "parse",
         "format", "locale", "route", "media", "block", "style", "table", "config", "image", "price", "order")


def ident(r, n=2):
    return "_".join(r.sample(WORDS, n))


def camel(r):
    a, b = r.sample(WORDS, 2)
    return a + b.title()


def place(parts, inject, where, r):
    """Put inject into the list of parts at the top, the middle or the end."""
    parts = list(parts)
    if where == "top":
        parts.insert(min(1, len(parts)), inject)
    elif where == "end":
        parts.append(inject)
    else:
        parts.insert(r.randint(len(parts) // 3, max(len(parts) // 3, 2 * len(parts) // 3)), inject)
    return parts


def where(r):
    return r.choice(("top", "middle", "end"))


# --- PHP: a long vendor-library-like class file ----------------------------

def php_methods(r, cls, n):
    out = []
    for i in range(n):
        m = camel(r) + str(i)
        k = i % 5
        if k == 0:
            out.append("""    /**
     * Normalises the %(w)s value.
     *
     * @param mixed $value
     * @return string
     */
    public function %(m)s($value)
    {
        if (is_array($value)) {
            return implode(',', array_map('trim', $value));
        }
        $value = (string) $value;
        return strtolower(preg_replace('/[^a-z0-9_\\-]+/i', '-', $value));
    }
""" % dict(m=m, w=r.choice(WORDS)))
        elif k == 1:
            out.append("""    protected function %(m)s(array $items, $key = '%(w)s')
    {
        $out = array();
        foreach ($items as $id => $item) {
            if (!isset($item[$key])) {
                continue;
            }
            $out[$id] = $item[$key];
        }
        ksort($out);
        return $out;
    }
""" % dict(m=m, w=r.choice(WORDS)))
        elif k == 2:
            out.append("""    public function %(m)s($name, $default = null)
    {
        if (array_key_exists($name, $this->data)) {
            return $this->data[$name];
        }
        $parts = explode('.', $name);
        $node = $this->data;
        foreach ($parts as $p) {
            if (!is_array($node) || !array_key_exists($p, $node)) {
                return $default;
            }
            $node = $node[$p];
        }
        return $node;
    }
""" % dict(m=m))
        elif k == 3:
            out.append("""    private function %(m)s($str, $width = %(n)d)
    {
        $len = function_exists('mb_strlen') ? mb_strlen($str, 'UTF-8') : strlen($str);
        if ($len <= $width) {
            return $str;
        }
        return rtrim(substr($str, 0, $width - 1)) . '...';
    }
""" % dict(m=m, n=r.choice((40, 64, 80, 120))))
        else:
            out.append("""    public static function %(m)s($a, $b)
    {
        $x = isset($a['%(w)s']) ? (int) $a['%(w)s'] : 0;
        $y = isset($b['%(w)s']) ? (int) $b['%(w)s'] : 0;
        if ($x === $y) {
            return strcmp((string) key($a), (string) key($b));
        }
        return $x < $y ? -1 : 1;
    }
""" % dict(m=m, w=r.choice(WORDS)))
    return out


def php_vendor_class(r, ns, cls, nmeth, inject_methods=None, pos=None):
    """A vendor-library-like class file: namespace, docblocks, nmeth methods;
    inject_methods (PHP method text) placed at pos (top/middle/end)."""
    ms = php_methods(r, cls, nmeth)
    if inject_methods is not None:
        ms = place(ms, inject_methods, pos or where(r), r)
    return ("<?php\n/**\n * This file is part of the %s package.\n *\n * (c) Example Contributors\n *\n"
            " * For the full copyright and license information, please view the LICENSE\n"
            " * file that was distributed with this source code.\n */\n\nnamespace %s;\n\n"
            "class %s\n{\n    protected $data = array();\n\n    public function __construct(array $data = array())\n"
            "    {\n        $this->data = $data;\n    }\n\n%s}\n" % (ns.split("\\")[0].lower(), ns, cls, "\n".join(ms)))


def php_big_plugin(r, prefix, nfun, inject, pos=None):
    parts = wp_filler(r, prefix, nfun).split("\n/**")
    parts = [parts[0]] + ["/**" + p for p in parts[1:]]
    parts = place(parts, "\n" + inject + "\n", pos or where(r), r)
    return "<?php\n" + plugin_header(r, prefix.replace("_", "-")) + "\n".join(parts)


def php_theme_functions(r, nfun, inject, pos=None):
    """A theme's functions.php of thousands of lines."""
    pfx = r.choice(("flavor", "astra_child", "kadence_child", "storefront_child", "neve"))
    body = wp_filler(r, pfx, nfun)
    chunks = body.split("\nfunction ")
    chunks = [chunks[0]] + ["function " + c for c in chunks[1:]]
    chunks = place(chunks, inject + "\n", pos or where(r), r)
    return ("<?php\n/**\n * Theme functions and definitions\n *\n * @package %s\n */\n\n"
            "if (!defined('ABSPATH')) {\n    exit;\n}\n\n" % pfx) + "\n".join(chunks)


# --- JS: a minified bundle ------------------------------------------------

def js_bundle(r, kb, inject, pos=None):
    """A webpack-like minified bundle of about kb KB on few long lines; inject
    (JS statements) placed at pos."""
    mods = []
    i = 0
    while sum(len(m) for m in mods) < kb * 1024:
        a, b, c = rw(r, 1) + "_", rw(r, 2) + "$", "_" + rw(r, 1)
        k = i % 4
        if k == 0:
            m = ("%d:function(e,t,n){\"use strict\";n.r(t);var %s=n(%d),%s=n.n(%s);t.default=function(e){return %s()"
                 "(e||{}).map(function(e,t){return{id:t,v:String(e).trim()}})}}" % (i, a, r.randint(1, 900), b, a, b))
        elif k == 1:
            m = ("%d:function(e,t){e.exports=function(e,t){for(var n=0,%s=e.length;n<%s;n++)if(t(e[n],n))return e[n];"
                 "return void 0}}" % (i, c, c))
        elif k == 2:
            m = ("%d:function(e,t,n){var %s=n(%d);e.exports={debounce:function(e,t){var n;return function(){var r=this,"
                 "o=arguments;clearTimeout(n),n=setTimeout(function(){e.apply(r,o)},t||%d)}},fmt:%s.fmt}}"
                 % (i, a, r.randint(1, 900), r.choice((50, 100, 250)), a))
        else:
            m = ("%d:function(e,t,n){\"use strict\";Object.defineProperty(t,\"__esModule\",{value:!0});"
                 "var %s={%s:\"%s\",%s:%d};t.%s=function(e){return Object.assign({},%s,e)}}"
                 % (i, a, b, rw(r, 8), c, r.randint(0, 99), b, a))
        mods.append(m)
        i += 1
    head = "/*! For license information please see bundle.js.LICENSE.txt */\n!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.r=function(e){Object.defineProperty(e,\"__esModule\",{value:!0})},n.n=function(e){return function(){return e}},n.fmt=function(e){return e},n(0)}({"
    lines = []
    cur = []
    for m in mods:
        cur.append(m)
        if sum(len(x) for x in cur) > 30000:
            lines.append(",".join(cur))
            cur = []
    if cur:
        lines.append(",".join(cur))
    body = head + ",\n".join(lines) + "});"
    pos = pos or where(r)
    if inject is None:
        return body + "\n"
    if pos == "top":
        return inject + "\n" + body + "\n"
    if pos == "end":
        return body + "\n" + inject + "\n"
    return body + "\n" + inject + "\n" + js_bundle(r, max(8, kb // 3), None)


# --- harmless blobs --------------------------------------------------------

def picture_b64(r, kb):
    """A harmless PNG-looking picture (header + noise), base64, ~kb KB."""
    rr = random.Random(r.random())
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rr.getrandbits(8) for _ in range(kb * 768))
    return base64.b64encode(data).decode()


PARAS = ("Thank you for being a valued customer. We have updated our terms of service and our privacy notice.",
         "Your account benefits include free shipping on orders over fifty dollars and a dedicated support line.",
         "Our spring collection has arrived with new colours, softer fabrics and the same careful stitching.",
         "If you have any questions, reply to this message or visit our help center at any time of the day.",
         "This offer is valid until the end of the month while supplies last and cannot be combined with others.")


def letter_html(r, kb):
    """An HTML letter template of about kb KB (tables, inline styles)."""
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{subject}}</title></head>'
           '<body style="margin:0;padding:0;background:#f4f4f4">']
    n = 0
    while sum(len(x) for x in out) < kb * 1024:
        out.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:600px;'
                   'margin:0 auto;background:#ffffff"><tr><td style="padding:18px 24px;font-family:Arial,sans-serif;'
                   'font-size:14px;line-height:21px;color:#333333">%s</td></tr></table>\n' % r.choice(PARAS))
        n += 1
    out.append('<p style="font-size:11px;color:#999">{{name}}, {{email}}</p></body></html>\n')
    return "".join(out)


# --- big scripts in other languages -----------------------------------------

def py_helpers(r, n):
    out = []
    for i in range(n):
        f = ident(r) + str(i)
        k = i % 4
        if k == 0:
            out.append("def %s(value, default=None):\n    \"\"\"Return value as a clean string.\"\"\"\n"
                       "    if value is None:\n        return default\n    return str(value).strip().lower()\n" % f)
        elif k == 1:
            out.append("def %s(items, key=%r):\n    out = {}\n    for it in items:\n        if key in it:\n"
                       "            out.setdefault(it[key], []).append(it)\n    return out\n" % (f, r.choice(WORDS)))
        elif k == 2:
            out.append("class %s(object):\n    \"\"\"A small record.\"\"\"\n\n    def __init__(self, **kw):\n"
                       "        self.__dict__.update(kw)\n\n    def __repr__(self):\n"
                       "        return '<%%s %%r>' %% (type(self).__name__, self.__dict__)\n" % (f.title().replace("_", "")))
        else:
            out.append("def %s(text, width=%d):\n    lines, cur = [], ''\n    for w in text.split():\n"
                       "        if len(cur) + len(w) + 1 > width:\n            lines.append(cur)\n            cur = w\n"
                       "        else:\n            cur = (cur + ' ' + w).strip()\n    if cur:\n        lines.append(cur)\n"
                       "    return lines\n" % (f, r.choice((60, 72, 78))))
    return out


def pl_helpers(r, n):
    out = []
    for i in range(n):
        f = ident(r) + str(i)
        k = i % 3
        if k == 0:
            out.append("sub %s {\n    my ($s) = @_;\n    return '' unless defined $s;\n    $s =~ s/^\\s+|\\s+$//g;\n"
                       "    return lc $s;\n}\n" % f)
        elif k == 1:
            out.append("sub %s {\n    my (%%h) = @_;\n    my @k = sort keys %%h;\n    return join(',', map { \"$_=$h{$_}\" } @k);\n}\n" % f)
        else:
            out.append("sub %s {\n    my ($list, $n) = @_;\n    $n ||= %d;\n    my @out;\n"
                       "    push @out, [splice(@$list, 0, $n)] while @$list;\n    return @out;\n}\n" % (f, r.choice((10, 25, 50))))
    return out


def sh_helpers(r, n):
    out = []
    for i in range(n):
        f = ident(r) + str(i)
        k = i % 3
        if k == 0:
            out.append("%s() {\n\tprintf '%%s %%s\\n' \"$(date '+%%F %%T')\" \"$*\" >&2\n}\n" % f)
        elif k == 1:
            out.append("%s() {\n\tcase \"$1\" in\n\t'' | '#'*) return 1 ;;\n\t*) return 0 ;;\n\tesac\n}\n" % f)
        else:
            out.append("%s() {\n\tlocal v=${1:-}\n\tv=${v#\"${v%%%%[![:space:]]*}\"}\n\tprintf '%%s' \"$v\"\n}\n" % f)
    return out


def js_helpers(r, n):
    out = []
    for i in range(n):
        f = camel(r) + str(i)
        k = i % 3
        if k == 0:
            out.append("function %s(v, d) {\n  if (v === undefined || v === null) return d;\n  return String(v).trim();\n}\n" % f)
        elif k == 1:
            out.append("function %s(list, key) {\n  return list.reduce(function (acc, it) {\n    (acc[it[key]] = acc[it[key]] || []).push(it);\n    return acc;\n  }, {});\n}\n" % f)
        else:
            out.append("const %s = (ms) => new Promise((res) => setTimeout(res, ms));\n" % f)
    return out


def rb_helpers(r, n):
    out = []
    for i in range(n):
        f = ident(r) + str(i)
        if i % 2:
            out.append("def %s(s)\n  s.to_s.strip.downcase\nend\n" % f)
        else:
            out.append("def %s(list, n = %d)\n  list.each_slice(n).to_a\nend\n" % (f, r.choice((10, 20, 50))))
    return out


HELP = ("Usage: %s [options] LIST\n\nOptions:\n  -c, --config FILE   read settings from FILE\n"
        "  -t, --threads N     run N workers (default 4)\n  -d, --delay MS      wait MS between batches\n"
        "  -q, --quiet         print nothing\n  -h, --help          this text\n\n"
        "The list has one entry a line; lines starting with # are skipped.\n")


def wpdir(r, dr=None):
    dr = dr or docroot(r)
    return dr + "/wp-content"
