/* The PHP analysis: php.mass_deface, the home page of every site a
 * directory walk found replaced with a page the request sends or a page
 * that says the site was hacked. A directory guard and a static site
 * builder write index files over a walk too. Every snippet is written here
 * from the technique, not taken from a sample. */
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

static void test_defacers(void **state)
{
	(void)state;
	expect("<?php $page = $_POST['html'];\n"
	       "foreach (glob('/home/*/public_html', GLOB_ONLYDIR) as $d) "
	       "{ @file_put_contents($d . '/index.html', $page); }",
	       "php.mass_deface", HS_SEV_HIGH);
	/* a recursive walk, a handle, a fixed "hacked" page */
	expect("<?php $msg = '<title>Hacked By Zer0</title><h1>Your security is low</h1>';\n"
	       "function walk($dir, $msg) { foreach (scandir($dir) as $f) { if ($f == '.') "
	       "continue;\n"
	       "$p = \"$dir/$f\"; if (is_dir($p)) { walk($p, $msg); $h = fopen(\"$p/index.php\", "
	       "'w');\n"
	       "fwrite($h, $msg); fclose($h); } } }\n"
	       "walk($_SERVER['DOCUMENT_ROOT'] . '/..', $msg);",
	       "php.mass_deface", HS_SEV_HIGH);
	expect("<?php $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("
	       "$_GET['root']));\n"
	       "$body = base64_decode($_POST['b64']);\n"
	       "foreach ($it as $f) { if ($f->isDir()) file_put_contents($f->getPathname() . "
	       "'/index.htm', $body); }",
	       "php.mass_deface", HS_SEV_HIGH);
}

static void test_look_alikes(void **state)
{
	(void)state;
	quiet("<?php foreach (glob(WP_CONTENT_DIR . '/uploads/*', GLOB_ONLYDIR) as $d) {\n"
	      "if (!file_exists(\"$d/index.html\")) file_put_contents(\"$d/index.html\", "
	      "'<!-- Silence is golden -->'); }");
	quiet("<?php foreach (scandir('content') as $slug) { if ($slug[0] == '.') continue;\n"
	      "$html = render_page(\"content/$slug/page.md\"); "
	      "file_put_contents(\"public/$slug/index.html\", $html); }");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_defacers),
	    cmocka_unit_test(test_look_alikes),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	php_result_free(&res);
	return rc;
}
