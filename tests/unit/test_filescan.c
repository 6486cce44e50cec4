/* The per-file pipeline on buffers, with the repository's own rules:
 * built-in content-against-name checks, hash signatures, severities. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline_fixture.h"
#include "scan/filescan.h"

static int setup(void **state)
{
	(void)state;
	return pipeline_setup();
}

static int teardown(void **state)
{
	(void)state;
	pipeline_teardown();
	return 0;
}

static struct finding *scan(const char *path, const void *buf, size_t len, const struct docroot *d)
{
	return pipeline_scan(path, buf, len, d);
}

static void test_clean_php_is_quiet(void **state)
{
	(void)state;
	const char *php =
	    "<?php\nfunction greet($name) { return 'Hello ' . htmlspecialchars($name); }\n"
	    "echo greet($_GET['name'] ?? 'world');\n";
	assert_null(scan("/srv/www/index.php", php, strlen(php), NULL));
}

static void test_php_in_gif_named_ico(void **state)
{
	(void)state;
	const char gif[] = "GIF89a\x01\x00\x01\x00\x00\xff\x00,<?php echo 1; ?>";
	struct finding *f = scan("/srv/www/favicon.ico", gif, sizeof(gif) - 1, NULL);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.php_in_image"));
	assert_true(finding_has_tag(f, "type-mismatch"));
	assert_true(f->severity >= HS_SEV_HIGH);
	/* the excerpt points at the code, not at the GIF header */
	assert_memory_equal(f->evidence, "<?php", 5);
	finding_free(f);
}

static void test_php_text_file_only_when_it_is_php(void **state)
{
	(void)state;
	const char *doc = "Install like this:\n\n<?php require 'vendor/autoload.php';\n";
	assert_null(scan("/srv/www/README.txt", doc, strlen(doc), NULL));
	const char *code = "\xef\xbb\xbf  <?php echo 'hi';\n";
	struct finding *f = scan("/srv/www/notes.txt", code, strlen(code), NULL);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.php_in_text_file"));
	assert_int_equal(f->severity >= HS_SEV_MEDIUM, 1);
	finding_free(f);
}

static void test_elf_only_flagged_in_docroot(void **state)
{
	(void)state;
	unsigned char elf[64] = {0x7f, 'E', 'L', 'F', 2, 1, 1};
	struct docroot d = {.path = "/home/a/public_html", .account = "a", .uid = 1000};
	assert_null(scan("/usr/local/bin/tool", elf, sizeof(elf), NULL));
	struct finding *f = scan("/home/a/public_html/img/x", elf, sizeof(elf), &d);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.elf_in_docroot"));
	assert_int_equal(f->severity, HS_SEV_HIGH);
	finding_free(f);
}

static void test_htaccess_handler_and_prepend(void **state)
{
	(void)state;
	const char *ht = "RewriteEngine On\nAddHandler application/x-httpd-php .jpg .png\n";
	struct finding *f = scan("/srv/www/uploads/.htaccess", ht, strlen(ht), NULL);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.htaccess_php_handler"));
	finding_free(f);
	const char *ini = "memory_limit = 256M\nauto_prepend_file = /tmp/.x.php\n";
	f = scan("/srv/www/.user.ini", ini, strlen(ini), NULL);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.userini_auto_prepend"));
	finding_free(f);
	/* the same text under another name is not an .htaccess */
	assert_null(scan("/srv/www/notes.conf", ini, strlen(ini), NULL));
}

/* what serves a payload is high; what a WAF or a PHP-generated stylesheet
 * does is medium; `none` switches the prepend off */
static int rule_sev(const char *path, const char *text, const char *rule)
{
	struct finding *f = scan(path, text, strlen(text), NULL);
	int sev = f && strlist_contains(&f->rules, rule) ? (int)f->severity : -1;
	finding_free(f);
	return sev;
}

static void test_htaccess_payload_is_high(void **state)
{
	(void)state;
	const char *ht = "<FilesMatch \"\\.(gif|png)$\">\n  SetHandler application/x-httpd-php\n"
	                 "</FilesMatch>\n";
	assert_int_equal(rule_sev("/srv/www/img/.htaccess", ht, "hs.htaccess_php_handler_block"),
	                 HS_SEV_HIGH);
	assert_int_equal(rule_sev("/srv/www/.htaccess", "AddType application/x-httpd-php .txt\n",
	                          "hs.htaccess_php_handler"),
	                 HS_SEV_HIGH);
	assert_int_equal(rule_sev("/srv/www/.htaccess", "AddHandler application/x-httpd-php .css\n",
	                          "hs.htaccess_php_handler_asset"),
	                 HS_SEV_MEDIUM);
	const char *pre = "php_value auto_prepend_file \"/home/a/public_html/images/logo.png\"\n";
	assert_int_equal(rule_sev("/srv/www/.htaccess", pre, "hs.htaccess_auto_prepend_payload"),
	                 HS_SEV_HIGH);
	assert_int_equal(rule_sev("/srv/www/.htaccess", "php_value auto_append_file /dev/shm/.s\n",
	                          "hs.htaccess_auto_prepend_payload"),
	                 HS_SEV_HIGH);
	assert_int_equal(rule_sev("/srv/www/.user.ini",
	                          "auto_prepend_file = '/home/a/.cache.php'\n",
	                          "hs.userini_auto_prepend_payload"),
	                 HS_SEV_HIGH);
	assert_int_equal(rule_sev("/srv/www/.user.ini", "auto_append_file=data:;base64,PD9waHA=\n",
	                          "hs.userini_auto_prepend_payload"),
	                 HS_SEV_HIGH);
	/* a WAF's loader: medium, and nothing high */
	const char *waf = "auto_prepend_file = '/home/a/public_html/wordfence-waf.php'\n";
	struct finding *f = scan("/srv/www/.user.ini", waf, strlen(waf), NULL);
	assert_non_null(f);
	assert_true(strlist_contains(&f->rules, "hs.userini_auto_prepend"));
	assert_int_equal(f->severity, HS_SEV_MEDIUM);
	finding_free(f);
	/* switched off */
	const char *off = "php_value auto_prepend_file none\n",
	           *ioff = "auto_prepend_file = none\n";
	assert_null(scan("/srv/www/sub/.htaccess", off, strlen(off), NULL));
	assert_null(scan("/srv/www/sub/.user.ini", ioff, strlen(ioff), NULL));
}

static void test_request_eval_is_critical_with_sha256(void **state)
{
	(void)state;
	const char *sh = "<?php @eval($_POST['p']); ?>";
	struct finding *f = scan("/srv/www/x.php", sh, strlen(sh), NULL);
	assert_non_null(f);
	assert_int_equal(f->severity, HS_SEV_CRITICAL);
	assert_true(finding_has_tag(f, "webshell"));
	assert_int_equal(strlen(f->sha256), 64);
	finding_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_clean_php_is_quiet),
	    cmocka_unit_test(test_php_in_gif_named_ico),
	    cmocka_unit_test(test_php_text_file_only_when_it_is_php),
	    cmocka_unit_test(test_elf_only_flagged_in_docroot),
	    cmocka_unit_test(test_htaccess_handler_and_prepend),
	    cmocka_unit_test(test_htaccess_payload_is_high),
	    cmocka_unit_test(test_request_eval_is_critical_with_sha256),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
