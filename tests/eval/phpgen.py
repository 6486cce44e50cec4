"""Building blocks for the generated PHP variants (used by gen_variants.py).

Everything here produces *text*: PHP source that is written to a temp dir and
scanned, never run. The blocks are the obfuscation techniques that shells use
to hide a name or a value (string folding, encodings, indexing, XOR, ...) and
the surface noise (case, whitespace, comments inside expressions) that defeats
byte patterns. They are written from the techniques, not from any sample.
"""

import base64
import codecs
import gzip
import re
import string
import zlib

# A cast such as (string) allows only blanks inside its parentheses.
CAST = re.compile(r"[ \t]*(?:string|int|integer|bool|boolean|float|double|array|object)[ \t]*\)", re.I)
PHP_RESERVED = set("""abstract and array as break callable case catch class clone const continue
declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile
enum eval exit extends final finally fn for foreach function global goto if implements include
include_once instanceof insteadof interface isset list match namespace new or print private
protected public readonly require require_once return static switch throw trait try unset use var
while xor yield int float bool string true false null void iterable object mixed never self parent
data""".split())
# PHP's own whitespace (its lexer: [ \t\r\n]); \v and \f are not whitespace there.
WS = [" ", "  ", "\t", "\n", "\n\t", "\r\n", " \n  "]
COMMENT_WORDS = ["x", "todo", "cache", "fix", "tmp", "v2", "ok", "a", "data", "init"]
SUPERGLOBAL = {"GET": "_GET", "POST": "_POST", "REQUEST": "_REQUEST", "COOKIE": "_COOKIE"}
PARAM_WORDS = ["c", "cmd", "x", "p", "pass", "a", "q", "z", "act", "k", "code", "e",
               "data", "img", "id", "page", "t", "token", "s", "u"]


def php_sq(s):
    """A single-quoted PHP literal (no escapes but \\\\ and \\')."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_dq(s, rng=None, escape_rate=0.0):
    """A double-quoted PHP literal. Letters are sometimes written as \\xHH or
    \\NNN (octal) escapes, which PHP folds to the same bytes."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "$":
            out.append("\\$")
        elif o < 32 or o > 126:
            out.append("\\x%02x" % o)
        elif rng is not None and ch.isalnum() and rng.random() < escape_rate:
            if rng.random() < 0.5:
                out.append("\\x%02x" % o if rng.random() < 0.5 else "\\x%02X" % o)
            else:
                out.append("\\%03o" % o)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def rot13(s):
    return codecs.encode(s, "rot13")


def b64(data):
    if isinstance(data, str):
        data = data.encode("latin-1")
    return base64.b64encode(data).decode("ascii")


def deflate_raw(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


class Gen:
    """One variant's generator: a seeded RNG, the style knobs picked for this
    variant, fresh names, and the statements that obfuscated values need
    before their use (the 'prelude')."""

    def __init__(self, rng, noise=True):
        self.rng = rng
        self.noise = noise
        self.used = set()
        self.pre = []
        self.transforms = set()
        # how much surface noise this variant gets: none, light or heavy
        self.level = rng.choice([0, 1, 1, 2]) if noise else 0

    # ---- names ----
    def var(self):
        r = self.rng
        while True:
            style = r.randrange(5)
            if style == 0:
                n = r.choice(string.ascii_lowercase) + "".join(
                    r.choice(string.ascii_lowercase + string.digits) for _ in range(r.randrange(0, 4)))
            elif style == 1:  # O0O0 look-alikes
                n = "O" + "".join(r.choice("O0") for _ in range(r.randrange(3, 8)))
            elif style == 2:
                n = "_" + "".join(r.choice(string.ascii_letters) for _ in range(r.randrange(1, 5)))
            elif style == 3:
                n = r.choice(["data", "cfg", "tmp", "item", "val", "buf", "res", "opt", "ctx",
                              "handler", "cache", "str", "out", "row", "path", "arr"])
                n += r.choice(["", str(r.randrange(10)), "_" + r.choice(string.ascii_lowercase)])
            else:
                n = "l" + "".join(r.choice("lI1") for _ in range(r.randrange(2, 6)))
                n = n.replace("1", "l", 1) if n[0].isdigit() else n
            if n.upper() in ("GLOBALS", "THIS") or n.startswith("_") and n.upper().lstrip("_") in (
                    "GET", "POST", "REQUEST", "COOKIE", "SERVER", "FILES", "ENV", "SESSION"):
                continue
            if n not in self.used:
                self.used.add(n)
                return "$" + n

    def ident(self):
        return self.var()[1:]

    def fname(self):
        """A name for a function or class: never a reserved word."""
        while True:
            n = self.ident().lstrip("_")
            if len(n) > 2 and n.lower() not in PHP_RESERVED:
                return n

    def key(self):
        r = self.rng
        if r.random() < 0.7:
            return r.choice(PARAM_WORDS)
        return "".join(r.choice(string.ascii_lowercase) for _ in range(r.randrange(2, 7)))

    # ---- string literals and their obfuscations ----
    def lit(self, s):
        r = self.rng
        if r.random() < 0.45 and all(32 <= ord(c) < 127 for c in s):
            return php_sq(s)
        return php_dq(s, r, escape_rate=r.choice([0.0, 0.0, 0.3, 1.0]))

    def enc(self, s, depth=0, allow=None):
        """A PHP expression that evaluates to the string s, hiding it with one
        (sometimes two nested) of the folding tricks."""
        r = self.rng
        methods = allow or ["plain", "concat", "concat", "rot13", "strrev", "chr", "base64",
                            "hex", "escapes", "index", "xor", "implode", "replace", "lower",
                            "urldecode", "nested"]
        m = r.choice(methods)
        if m == "nested" and depth > 0:
            m = "concat"
        self.transforms.add("enc:" + m)
        if m == "plain":
            return self.lit(s)
        if m == "concat":
            if len(s) < 2:
                return self.lit(s)
            cuts = sorted(r.sample(range(1, len(s)), min(len(s) - 1, r.randint(1, 3))))
            parts, last = [], 0
            for c in cuts + [len(s)]:
                parts.append(s[last:c])
                last = c
            return self.sp("." ).join(self.lit(p) for p in parts)
        if m == "rot13":
            return self.fn("str_rot13") + "(" + self.lit(rot13(s)) + ")"
        if m == "strrev":
            return self.fn("strrev") + "(" + self.lit(s[::-1]) + ")"
        if m == "chr":
            items = []
            for c in s:
                o = ord(c)
                form = r.randrange(3)
                if form == 0:
                    items.append("%s(%d)" % (self.fn("chr"), o))
                elif form == 1:
                    k = r.randint(1, 60)
                    items.append("%s(%d%s%d)" % (self.fn("chr"), o - k, self.sp("+"), k))
                else:
                    items.append("%s(0x%x)" % (self.fn("chr"), o))
            return self.sp(".").join(items)
        if m == "base64":
            return self.fn("base64_decode") + "(" + self.lit(b64(s)) + ")"
        if m == "hex":
            return self.fn(r.choice(["hex2bin", "hex2bin"])) + "(" + self.lit(s.encode("latin-1").hex()) + ")"
        if m == "escapes":
            return php_dq(s, r, escape_rate=1.0)
        if m == "index":
            alphabet = sorted(set(s) | set(r.sample(string.ascii_letters + string.digits + "_", 12)))
            r.shuffle(alphabet)
            a = "".join(alphabet)
            v = self.var()
            self.stmt("%s%s=%s%s;" % (v, self.sp(""), self.sp(""), self.lit(a)))
            return self.sp(".").join("%s[%d]" % (v, a.index(c)) for c in s)
        if m == "xor":
            key = "".join(r.choice(string.ascii_letters + string.digits) for _ in s)
            other = "".join(chr(ord(a) ^ ord(b)) for a, b in zip(s, key))
            return "(%s%s^%s%s)" % (php_dq(other), self.sp(""), self.sp(""), self.lit(key))
        if m == "implode":
            pieces = list(s) if r.random() < 0.5 else [s[i:i + 2] for i in range(0, len(s), 2)]
            items = ",".join(self.lit(p) for p in pieces)
            arr = "[%s]" % items if r.random() < 0.5 else "%s(%s)" % (self.fn("array"), items)
            return "%s(%s,%s)" % (self.fn(r.choice(["implode", "join"])), self.lit(""), arr)
        if m == "replace":
            junk = r.choice(["#", "@@", "QX", "~", "_x_", "|"])
            mixed = junk.join(s[i:i + 2] for i in range(0, len(s), 2))
            if r.random() < 0.5:
                mixed = junk + mixed
            return "%s(%s,%s,%s)" % (self.fn("str_replace"), self.lit(junk), self.lit(""), self.lit(mixed))
        if m == "lower":
            mixed = "".join(c.upper() if r.random() < 0.5 else c for c in s)
            if mixed == s:
                mixed = s.upper()
            return "%s(%s)" % (self.fn("strtolower"), self.lit(mixed))
        if m == "urldecode":
            return "%s(%s)" % (self.fn(r.choice(["urldecode", "rawurldecode"])),
                               self.lit("".join("%%%02x" % ord(c) for c in s)))
        if m == "nested":
            inner = r.choice(["rot13", "strrev", "base64"])
            if inner == "rot13":
                return self.fn("str_rot13") + "(" + self.enc(rot13(s), depth + 1) + ")"
            if inner == "strrev":
                return self.fn("strrev") + "(" + self.enc(s[::-1], depth + 1) + ")"
            return self.fn("base64_decode") + "(" + self.enc(b64(s), depth + 1) + ")"
        raise ValueError(m)

    # ---- request input ----
    def src(self, kind=None, key=None):
        """A PHP expression for a value that comes from the request, in one of
        the many ways a shell reaches it."""
        r = self.rng
        key = key or self.key()
        kind = kind or r.choice(["GET", "POST", "POST", "REQUEST", "REQUEST", "COOKIE", "header",
                                 "folded", "globals", "input", "alias", "extract_like"])
        self.transforms.add("src:" + kind)
        k = self.lit(key) if r.random() < 0.7 else self.enc(key, allow=["concat", "plain", "escapes"])
        if kind in SUPERGLOBAL:
            return "$%s[%s]" % (SUPERGLOBAL[kind], k)
        if kind == "header":
            h = "HTTP_" + key.upper().replace("-", "_")
            if r.random() < 0.5:
                return "$_SERVER[%s]" % self.lit(h)
            return "%s()[%s]" % (self.fn("getallheaders"), self.lit(key.capitalize()))
        if kind == "folded":  # ${"_PO"."ST"}: the superglobal's name built from pieces
            name = r.choice(["_POST", "_GET", "_REQUEST", "_COOKIE"])
            return "${%s}[%s]" % (self.enc(name, allow=["concat", "concat", "escapes"]), k)
        if kind == "globals":
            name = r.choice(["_POST", "_GET", "_REQUEST"])
            return "$GLOBALS[%s][%s]" % (self.enc(name, allow=["plain", "concat", "escapes"]), k)
        if kind == "input":
            return "%s(%s)" % (self.fn("file_get_contents"), self.enc("php://input", allow=["plain", "concat"]))
        if kind == "alias":  # the whole array copied to a variable first
            v = self.var()
            self.stmt("%s%s=%s$%s;" % (v, self.sp(""), self.sp(""), r.choice(["_POST", "_REQUEST", "_GET"])))
            return "%s[%s]" % (v, k)
        if kind == "extract_like":  # every request key becomes a variable
            v = self.var()
            vv = self.var()
            if r.random() < 0.5:
                self.stmt("foreach%s($_REQUEST as %s=>%s)%s$%s=%s;" % (self.sp(""), vv, v, self.sp(" "), vv, v))
                # every key K becomes $K: the value of key 'name' is $name
                return "$" + key if key.isidentifier() else "${%s}" % self.lit(key)
            self.stmt("%s(%s);" % (self.fn("extract"), r.choice(["$_POST", "$_REQUEST", "$_GET"])))
            return "$" + key if key.isidentifier() else "${%s}" % self.lit(key)
        raise ValueError(kind)

    # ---- statements and surface noise ----
    def stmt(self, s):
        self.pre.append(s)

    def take(self):
        out, self.pre = self.pre, []
        return out

    def fn(self, name):
        """A function name as written: PHP function names are case-insensitive."""
        if self.level >= 1 and self.rng.random() < 0.35:
            self.transforms.add("case")
            return "".join(c.upper() if self.rng.random() < 0.5 else c.lower() for c in name)
        return name

    def sp(self, tok):
        """tok with optional whitespace/comments around it (an operator)."""
        if self.level == 0 or self.rng.random() < 0.6:
            return tok
        return self.junk() + tok + self.junk()

    def junk(self):
        j = junk_once(self.rng)
        if "/" in j or "#" in j:
            self.transforms.add("comments")
        return j

    def at(self):
        """The @ error-suppression operator, sometimes."""
        if self.rng.random() < 0.4:
            self.transforms.add("at")
            return "@"
        return ""

    def cast(self, expr):
        if self.rng.random() < 0.25:
            self.transforms.add("cast")
            return "(string)" + self.sp("") + expr
        return expr

    def open_tag(self):
        r = self.rng
        tag = r.choice(["<?php", "<?php", "<?php", "<?PHP", "<?Php"]) if self.level else "<?php"
        return tag + r.choice(["\n", " ", "\n\n", "\r\n"])


def mangle(code, rng, level, transforms=None):
    """Sprinkle whitespace and comments between tokens of PHP code, outside
    strings, comments and regions marked verbatim (\\x00...\\x01: HTML,
    heredoc bodies). Only after '(' and ',' and before ')': places where PHP
    allows any amount of both."""
    out = []
    i, n = 0, len(code)
    state = None
    while i < n:
        c = code[i]
        if state is None:
            if c == "\x00":
                j = code.index("\x01", i)
                out.append(code[i + 1:j])
                i = j + 1
                continue
            if c in "'\"`":
                state = c
            elif code.startswith("//", i) or code.startswith("# ", i):
                j = code.find("\n", i)
                j = n if j < 0 else j
                out.append(code[i:j])
                i = j
                continue
            elif code.startswith("/*", i):
                j = code.index("*/", i) + 2
                out.append(code[i:j])
                i = j
                continue
            out.append(c)
            if level and c in "(," and rng.random() < 0.25 * level and not CAST.match(code, i + 1):
                j = junk_once(rng)
                if transforms is not None:
                    transforms.add("comments" if "/" in j or "#" in j else "whitespace")
                out.append(j)
            i += 1
            continue
        # inside a quoted string: copy up to its end
        out.append(c)
        if c == "\\" and state != "`" and i + 1 < n:
            out.append(code[i + 1])
            i += 2
            continue
        if c == state:
            state = None
        i += 1
    return "".join(out)


def junk_once(rng):
    x = rng.random()
    if x < 0.55:
        return rng.choice(WS)
    if x < 0.9:
        return "/*" + rng.choice(COMMENT_WORDS) + "*/"
    return rng.choice(["//", "# "]) + rng.choice(COMMENT_WORDS) + "\n"


def verbatim(s):
    """Mark a region that mangle() must copy as is (HTML, heredoc bodies)."""
    return "\x00" + s + "\x01"


def strip_marks(s):
    return s.replace("\x00", "").replace("\x01", "")


def gz_layer(code, rng):
    """One eval layer: (the PHP expression that decodes to code, its name)."""
    data = code.encode("latin-1")
    kind = rng.choice(["b64", "gzinflate", "gzinflate", "gzuncompress", "gzdecode", "rot13_b64",
                       "strrev_b64", "b64_gzinflate_rot13"])
    if kind == "b64":
        return "base64_decode(%s)" % php_sq(b64(data)), kind
    if kind == "gzinflate":
        return "gzinflate(base64_decode(%s))" % php_sq(b64(deflate_raw(data))), kind
    if kind == "gzuncompress":
        return "gzuncompress(base64_decode(%s))" % php_sq(b64(zlib.compress(data, 9))), kind
    if kind == "gzdecode":
        return "gzdecode(base64_decode(%s))" % php_sq(b64(gzip.compress(data, 9, mtime=0))), kind
    if kind == "rot13_b64":
        return "base64_decode(str_rot13(%s))" % php_sq(rot13(b64(data))), kind
    if kind == "strrev_b64":
        return "base64_decode(strrev(%s))" % php_sq(b64(data)[::-1]), kind
    # str_rot13 of the deflated text, then base64: the order seen in packers
    inner = rot13(b64(deflate_raw(data)))
    return "gzinflate(base64_decode(str_rot13(%s)))" % php_sq(inner), kind
