#!/usr/bin/env python3
"""The same code in many containers: is the verdict invariant?

On a compromised host one payload arrives in many wrappers: another file
name or extension, after hundreds of lines of an ordinary plugin, behind a
short open tag, with CRLF or CR line ends, a BOM or a cp1251 comment, inside
a function that is called, split over two files... The scanner's verdict on
the code must not depend on any of them. This writes every code in every
container and measures, per container, the share of codes whose verdict
drops against the bare file (x.php): found -> not found, high+ -> below high.
Benign codes (gen_variants' benign PHP templates) are written in the same
containers and must stay below high.

Codes:
  - gen_variants.py's PHP templates (malicious and benign), --per each;
  - with --corpus DIR, a seeded sample (--corpus-n) of the corpus's PHP
    files, read as text into the temp output dir (never executed, never
    copied into the repo).
The containers are written here from how compromised hosts look, not
copied from any sample. The filler "CMS" code is invented.

usage: containergen.py --out DIR [--seed N] [--per N] [--corpus DIR] [--corpus-n N]
                       [--scan HOSTSWEEP] [--only NAME,NAME] [--show N]
Without --scan it only writes DIR/<container>/<code-id>/... and DIR/codes.tsv.
With --scan it scans each container's dir and prints the drop table.
"""

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_variants  # noqa: E402

RANK = {"none": 0, "info": 1, "low": 2, "medium": 3, "high": 4, "critical": 5}
OPEN = re.compile(rb"<\?php(?=[ \t\r\n])", re.I)

# ---------------------------------------------------------------------------
# invented application code: what a plugin, a theme's functions.php or a
# core file looks like around an injection (hooks, docblocks, a class,
# escaping helpers, arrays of settings). No sink a scanner could report.

WORDS = ["cache", "widget", "settings", "menu", "slug", "title", "locale", "theme", "asset",
         "option", "field", "notice", "column", "sidebar", "excerpt", "gallery", "banner"]


def cms_function(r, prefix):
    a, b = r.choice(WORDS), r.choice(WORDS)
    name = "%s_%s_%s" % (prefix, a, b)
    return ("/**\n * Returns the %s %s for the current request.\n *\n * @since %d.%d.0\n"
            " * @param array $args Optional arguments.\n * @return string\n */\n"
            "function %s( $args = array() ) {\n"
            "\t$defaults = array(\n\t\t'%s' => '',\n\t\t'%s' => %d,\n\t\t'echo' => false,\n\t);\n"
            "\t$args = wp_parse_args( $args, $defaults );\n"
            "\tif ( empty( $args['%s'] ) ) {\n\t\treturn '';\n\t}\n"
            "\t$out = '<div class=\"%s-%s\">' . esc_html( $args['%s'] ) . '</div>';\n"
            "\treturn apply_filters( '%s', $out, $args );\n}\n"
            "add_action( 'init', '%s' );\n\n") % (
        a, b, r.randint(1, 6), r.randint(0, 9), name, a, b, r.randint(1, 99), a, prefix, a, a,
        name, name)


def cms_class(r, prefix, inner=""):
    cls = "%s_%s_Manager" % (prefix.capitalize(), r.choice(WORDS).capitalize())
    methods = []
    for _ in range(r.randint(4, 7)):
        m = "get_%s" % r.choice(WORDS)
        methods.append(
            "\t/**\n\t * Getter.\n\t *\n\t * @return mixed\n\t */\n"
            "\tpublic function %s_%d( $key = '' ) {\n"
            "\t\tif ( isset( $this->data[ $key ] ) ) {\n\t\t\treturn $this->data[ $key ];\n\t\t}\n"
            "\t\treturn get_option( '%s_' . sanitize_key( $key ), '' );\n\t}\n" % (
                m, r.randint(1, 999), prefix))
    half = len(methods) // 2
    return ("class %s {\n\t/** @var array */\n\tprotected $data = array();\n\n"
            "\tpublic function __construct( $data = array() ) {\n\t\t$this->data = (array) $data;\n\t}\n\n"
            "%s%s%s}\n\n") % (cls, "\n".join(methods[:half]), inner, "\n".join(methods[half:]))


def cms_code(r, lines):
    """Roughly `lines` lines of invented plugin code, no open tag."""
    prefix = r.choice(["acme", "sitekit", "starter", "wpx", "legacy", "shopper"])
    out = ["/**\n * Plugin Name: %s %s\n * Version: %d.%d.%d\n * License: GPL-2.0-or-later\n */\n\n"
           "if ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n\n" % (
               prefix.capitalize(), r.choice(WORDS).capitalize(), r.randint(1, 5),
               r.randint(0, 9), r.randint(0, 20))]
    n = out[0].count("\n")
    while n < lines:
        part = cms_class(r, prefix) if r.random() < 0.3 else cms_function(r, prefix)
        out.append(part)
        n += part.count("\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# a code: its bytes before the open tag, the PHP after it (bytes)


class Code:
    def __init__(self, cid, kind, data):
        self.cid, self.kind, self.data = cid, kind, data
        m = OPEN.search(data)
        self.pre = data[:m.start()] if m else None
        self.body = data[m.end():] if m else None
        # pure PHP: one block, nothing after a final ?>, no namespace / declare
        self.pure = False
        if self.body is not None and not self.pre.strip(b" \t\r\n\xef\xbb\xbf"):
            b = self.body.rstrip()
            if b.endswith(b"?>"):
                b = b[:-2]
            self.pure = (b"?>" not in b and not re.search(rb"(?im)^\s*(namespace|declare|use)\b", b)
                         and b"__halt_compiler" not in b.lower() and b"<<<" not in b)
            self.inner = b  # the code without the final ?>


def wrap_pure(c):
    return c.inner.rstrip() + b"\n"


# Every container: name -> function(code, rng) -> [(relative path, bytes)] or None
# (does not apply). The first file is the one the code is in.
C = collections.OrderedDict()


def container(name):
    def deco(fn):
        C[name] = fn
        return fn
    return deco


def rename(ext):
    return lambda c, r: [("x" + ext, c.data)]


for _ext in [".php5", ".phtml", ".pht", ".phar", ".inc", ".module", ".tpl", ".php.suspected",
             ".ico", ".jpg", ".png", ".gif", "", ".PHP", ".php.jpg", ".jpg.php", ".Php7"]:
    C["name" + (_ext or "-none")] = rename(_ext)
C["name-dotfile"] = lambda c, r: [(".cache", c.data)]


def included(ext):
    def fn(c, r):
        # a text file the site runs through include(): the loader is the second file
        return [("data" + ext, c.data),
                ("loader.php", b"<?php\n// load the translations\ninclude __DIR__ . '/data" + ext.encode() + b"';\n")]
    return fn


C["incl-txt"] = included(".txt")
C["incl-log"] = included(".log")


@container("pos-after-cms")
def _(c, r):
    if c.body is None:
        return None
    cms = cms_code(r, 400).encode()
    return [("x.php", c.pre + b"<?php\n" + cms + c.body)]


@container("pos-before-cms")
def _(c, r):
    if not c.pure:
        return None
    return [("x.php", b"<?php\n" + wrap_pure(c) + b"\n" + cms_code(r, 400).encode())]


@container("pos-mid-cms")
def _(c, r):
    if not c.pure:
        return None
    return [("x.php", b"<?php\n" + cms_code(r, 200).encode() + wrap_pure(c) + b"\n" +
             cms_code(r, 200).encode())]


@container("pos-core-tail")
def _(c, r):
    # a core file: a big class, then the payload appended at the end after ?>
    if c.body is None:
        return None
    return [("x.php", b"<?php\n" + cms_class(r, "core").encode() * 8 + b"?>\n" + c.data)]


def retag(tag):
    def fn(c, r):
        if c.body is None:
            return None
        return [("x.php", c.pre + tag + c.body)]
    return fn


C["tag-short-space"] = retag(b"<? ")
C["tag-short-eol"] = retag(b"<?\n")
C["tag-echo"] = retag(b"<?= ''; ")
C["tag-mixedcase"] = retag(b"<?PhP ")
C["tag-upper-eol"] = retag(b"<?PHP\n")


@container("tag-html-blocks")
def _(c, r):
    if c.body is None:
        return None
    head = (b"<!DOCTYPE html>\n<html>\n<head><title>Welcome</title></head>\n<body>\n"
            b"<?php $title = 'Home'; ?>\n<h1><?= htmlspecialchars($title) ?></h1>\n<p>Text</p>\n")
    body = c.body if c.body.rstrip().endswith(b"?>") else c.body + b"\n?>\n"
    return [("x.php", c.pre + head + b"<?php\n" + body + b"\n</body>\n</html>\n")]


def nl(sep):
    def fn(c, r):
        d = c.data.replace(b"\r\n", b"\n")
        return [("x.php", d.replace(b"\n", sep))]
    return fn


C["bytes-crlf"] = nl(b"\r\n")
C["bytes-cr"] = nl(b"\r")
C["bytes-bom"] = lambda c, r: [("x.php", b"\xef\xbb\xbf" + c.data)]


def add_comment(raw):
    def fn(c, r):
        if c.body is None:
            return None
        return [("x.php", c.pre + b"<?php\n// " + raw + b"\n/* " + raw + b" */\n$__t = '" + raw +
                 b"';\n" + c.body)]
    return fn


C["bytes-cp1251"] = add_comment("Настройки сайта, не удалять".encode("cp1251"))
C["bytes-gbk"] = add_comment("网站配置文件，请勿删除".encode("gbk"))
C["bytes-latin1"] = add_comment("Paramètres généraux, ne pas supprimer".encode("latin-1"))
C["bytes-badutf8"] = add_comment(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xff\xfe")
C["bytes-nul-tail"] = lambda c, r: [("x.php", c.data + (b"" if c.data.rstrip().endswith(b"?>") else b"\n?>") +
                                     b"\n" + b"\0" * 4096)]


@container("bytes-longline")
def _(c, r):
    if c.body is None:
        return None
    junk = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(300))
    return [("x.php", c.pre + b"<?php $__cfg = '" + (junk * 700).encode() + b"'; " + c.body)]


@container("bytes-tabs")
def _(c, r):
    return [("x.php", re.sub(rb"(?m)^( {4})+", lambda m: b"\t" * (len(m.group(0)) // 4), c.data))]


@container("bytes-spaces")
def _(c, r):
    return [("x.php", re.sub(rb"(?m)^\t+", lambda m: b"    " * len(m.group(0)), c.data))]


@container("bytes-no-eol")
def _(c, r):
    d = c.data.rstrip(b"\r\n \t")
    if d.endswith(b"?>"):
        d = d[:-2].rstrip(b"\r\n \t")
    return [("x.php", d)]


@container("bytes-close-html")
def _(c, r):
    d = c.data.rstrip()
    if not d.endswith(b"?>"):
        d += b"\n?>"
    return [("x.php", d + b"\n<!DOCTYPE html>\n<html><body><p>404 Not Found</p></body></html>\n")]


@container("wrap-function")
def _(c, r):
    if not c.pure:
        return None
    return [("x.php", b"<?php\nfunction wp_cache_helper_run() {\n" + wrap_pure(c) + b"}\nwp_cache_helper_run();\n")]


@container("wrap-method")
def _(c, r):
    if not c.pure:
        return None
    return [("x.php", b"<?php\nclass WP_Cache_Helper {\n\tpublic function run() {\n" + wrap_pure(c) +
             b"\t}\n}\n$h = new WP_Cache_Helper();\n$h->run();\n")]


@container("wrap-isset")
def _(c, r):
    if not c.pure:
        return None
    return [("x.php", b"<?php\nif (isset($_COOKIE['wp_lang'])) {\n" + wrap_pure(c) + b"}\n")]


@container("wrap-licence")
def _(c, r):
    if c.body is None:
        return None
    lic = (b"/*\n * This file is part of the WordPress plugin Site Cache.\n *\n"
           b" * This program is free software; you can redistribute it and/or modify\n"
           b" * it under the terms of the GNU General Public License as published by\n"
           b" * the Free Software Foundation; either version 2 of the License, or\n"
           b" * (at your option) any later version.\n */\n")
    return [("x.php", c.pre + b"<?php\n" + lic + c.body)]


@container("split-two-files")
def _(c, r):
    # the payload as a function in one file, the call in another that includes it
    if not c.pure:
        return None
    lib = b"<?php\nfunction sitekit_boot() {\n" + wrap_pure(c) + b"}\n"
    main = (b"<?php\n/* Site Kit loader */\nrequire_once __DIR__ . '/class-boot.php';\n"
            b"add_action('init', 'sitekit_boot');\nsitekit_boot();\n")
    return [("class-boot.php", lib), ("index.php", main)]


# ---------------------------------------------------------------------------


def codes(seed, per, corpus, corpus_n):
    out = []
    for fname, data, row in gen_variants.generate(seed, per):
        if row[3] != "php":
            continue
        out.append(Code("v-" + row[2] + "-" + fname.split(".")[0][:6], row[1], data))
    if corpus:
        files = []
        for cat in ("webshell", "mailer", "phishing", "bot"):
            d = os.path.join(corpus, cat)
            for root, _, names in os.walk(d):
                for n in names:
                    p = os.path.join(root, n)
                    try:
                        with open(p, "rb") as f:
                            data = f.read(2 << 20)
                    except OSError:
                        continue
                    if OPEN.search(data):
                        files.append((cat, n, data))
        files.sort(key=lambda x: x[1])
        random.Random(seed).shuffle(files)
        for cat, n, data in files[:corpus_n]:
            out.append(Code("c-%s-%s" % (cat, n.split(".")[0][:10]), "malicious", data))
    return out


def safe_out(path):
    real = os.path.realpath(path)
    tmp = [os.path.realpath(p) for p in ("/tmp", "/var/tmp")]
    if not any(real.startswith(t + "/") for t in tmp):
        sys.exit("containergen: %s is not under /tmp or /var/tmp" % path)
    if os.path.exists(real) and os.listdir(real):
        sys.exit("containergen: %s is not empty" % path)
    return real


def write_all(out, cs, seed, only):
    rows = []
    for name, fn in C.items():
        if only and name not in only:
            continue
        for c in cs:
            r = random.Random("%s:%s:%s" % (seed, name, c.cid))
            files = fn(c, r) if name != "bare" else None
            if files is None:
                continue
            d = os.path.join(out, name, c.cid)
            os.makedirs(d, exist_ok=True)
            for rel, data in files:
                with open(os.path.join(d, rel), "wb") as f:
                    f.write(data)
            rows.append((name, c.cid, c.kind))
    for c in cs:  # the bare file
        d = os.path.join(out, "bare", c.cid)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "x.php"), "wb") as f:
            f.write(c.data)
        rows.append(("bare", c.cid, c.kind))
    with open(os.path.join(out, "codes.tsv"), "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    return rows


def scan(binary, src, out):
    conf = os.path.join(out, "empty.conf")
    open(conf, "w").close()
    cmd = ["nice", "-n", "10", binary, "-q", "--full", "--config", conf,
           "--rules", os.path.join(src, "rules"), "--signatures", os.path.join(src, "signatures"),
           "--format", "json", "scan", out]
    p = subprocess.run(cmd, stdout=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.exit("containergen: hostsweep exited %d" % p.returncode)
    worst = {}  # (container, cid) -> (rank, rules)
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        o = json.loads(line)
        if o.get("type") != "finding" or not o.get("path", "").startswith(out + "/"):
            continue
        parts = o["path"][len(out) + 1:].split("/")
        if len(parts) < 3:
            continue
        k = (parts[0], parts[1])
        rk = RANK.get(o["severity"], 0)
        if k not in worst or rk > worst[k][0]:
            worst[k] = (rk, ",".join(o.get("rules") or []))
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=2)
    ap.add_argument("--corpus")
    ap.add_argument("--corpus-n", type=int, default=300)
    ap.add_argument("--scan")
    ap.add_argument("--only")
    ap.add_argument("--show", type=int, default=0, help="list up to N drops per container")
    a = ap.parse_args()
    out = safe_out(a.out)
    os.makedirs(out, exist_ok=True)
    cs = codes(a.seed, a.per, a.corpus, a.corpus_n)
    only = set(a.only.split(",")) if a.only else None
    rows = write_all(out, cs, a.seed, only)
    print("containergen: %d codes (%d malicious), %d containers, %d instances in %s" % (
        len(cs), sum(c.kind == "malicious" for c in cs), len(C), len(rows), out))
    if not a.scan:
        return
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    worst = scan(a.scan, src, out)
    bare = {cid: worst.get(("bare", cid), (0, ""))[0] for (cn, cid, _) in rows if cn == "bare"}
    per = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0, []])
    for cn, cid, k in rows:
        if cn == "bare":
            continue
        got = worst.get((cn, cid), (0, ""))[0]
        b = bare[cid]
        s = per[cn]
        if k == "malicious":
            if b > 0:
                s[0] += 1
                if got == 0:
                    s[1] += 1
                    s[6].append((cid, "found->none", b, got))
            if b >= 4:
                s[2] += 1
                if got < 4:
                    s[3] += 1
                    if got > 0:
                        s[6].append((cid, "high->below", b, got))
        else:
            s[4] += 1
            # a picture that is PHP is high by design (hs.php_in_image, type-mismatch)
            rules = worst.get((cn, cid), (0, ""))[1].split(",")
            tm = got >= 4 and "hs.php_in_image" in rules
            if got >= 4 and b < 4 and not tm:
                s[5] += 1
                s[6].append((cid, "benign->high", b, got))
    inv = {v: k for k, v in RANK.items()}
    print("%-20s %14s %14s %12s" % ("container", "found->none", "high->below", "benign->high"))
    print("(benign->high leaves out hs.php_in_image, high by design for PHP in a picture)")
    tot = [0] * 6
    for cn in C:
        if cn not in per:
            continue
        s = per[cn]
        for i in range(6):
            tot[i] += s[i]
        print("%-20s %5d/%-5d %3.0f%% %5d/%-5d %3.0f%% %5d/%-5d" % (
            cn, s[1], s[0], 100.0 * s[1] / max(1, s[0]), s[3], s[2], 100.0 * s[3] / max(1, s[2]),
            s[5], s[4]))
        for cid, what, b, got in s[6][:a.show]:
            print("    %s %s (%s -> %s) %s" % (what, cid, inv[b], inv[got], worst.get((cn, cid), (0, ""))[1]))
    print("%-20s %5d/%-5d %3.1f%% %5d/%-5d %3.1f%% %5d/%-5d" % (
        "TOTAL", tot[1], tot[0], 100.0 * tot[1] / max(1, tot[0]), tot[3], tot[2],
        100.0 * tot[3] / max(1, tot[2]), tot[5], tot[4]))
    print("bare: %d malicious codes found, %d high+; %d benign, %d high+" % (
        sum(1 for c in cs if c.kind == "malicious" and bare[c.cid] > 0),
        sum(1 for c in cs if c.kind == "malicious" and bare[c.cid] >= 4),
        sum(1 for c in cs if c.kind != "malicious"),
        sum(1 for c in cs if c.kind != "malicious" and bare[c.cid] >= 4)))


if __name__ == "__main__":
    main()
