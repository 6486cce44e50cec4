/* The configuration file: defaults, values, and errors naming file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

static char *write_tmp(const char *text)
{
	char *path = strdup("/tmp/hs-config-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

/* Load text; capture stderr to check the message. */
static bool load(const char *text, struct hs_config *c, char *err, size_t errlen)
{
	char *path = write_tmp(text);
	fflush(stderr);
	char errpath[] = "/tmp/hs-config-err-XXXXXX";
	int efd = mkstemp(errpath);
	int saved = dup(2);
	dup2(efd, 2);
	config_defaults(c);
	bool ok = config_load(c, path, false);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(efd, 0, SEEK_SET);
	ssize_t n = read(efd, err, errlen - 1);
	err[n > 0 ? n : 0] = '\0';
	close(efd);
	unlink(errpath);
	/* the message names the file */
	if (!ok)
		assert_non_null(strstr(err, path));
	unlink(path);
	free(path);
	return ok;
}

static void test_defaults(void **state)
{
	(void)state;
	struct hs_config c;
	config_defaults(&c);
	assert_true(strlist_contains(&c.docroots, "/var/www/vhosts/*/httpdocs"));
	assert_true(strlist_contains(&c.docroots, "/home/*/domains/*/public_html"));
	assert_true(strlist_contains(&c.docroots, "/var/www/clients/client*/web*/web"));
	assert_true(strlist_contains(&c.web_users, "www-data"));
	assert_true(strlist_contains(&c.tmp_dirs, "/dev/shm"));
	assert_int_equal(c.max_file_size, 16 * 1024 * 1024);
	config_free(&c);
}

static void test_values_and_lists(void **state)
{
	(void)state;
	struct hs_config c;
	char err[1024];
	assert_true(load("[scan]\nmax_file_size = 2M\ndocroots = /srv/*/htdocs\n"
	                 "docroots = /data/www\ncross_mounts = yes\n[general]\nthreads = 3\n"
	                 "[accounts]\nweb_users = apache\nmin_uid = 500\n",
	                 &c, err, sizeof(err)));
	assert_int_equal(c.max_file_size, 2 * 1024 * 1024);
	/* the first occurrence replaces the default list, later ones append */
	assert_int_equal(c.docroots.n, 2);
	assert_string_equal(c.docroots.v[0], "/srv/*/htdocs");
	assert_string_equal(c.docroots.v[1], "/data/www");
	assert_true(c.cross_mounts);
	assert_int_equal(c.threads, 3);
	assert_int_equal(c.web_users.n, 1);
	assert_int_equal(c.min_uid, 500);
	config_free(&c);
}

static void test_unknown_key_names_line(void **state)
{
	(void)state;
	struct hs_config c;
	char err[1024];
	assert_false(
	    load("[scan]\nmax_file_size = 1M\nmax_fiel_size = 2M\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":3: unknown key 'max_fiel_size'"));
	config_free(&c);
}

static void test_bad_value_names_line(void **state)
{
	(void)state;
	struct hs_config c;
	char err[1024];
	assert_false(load("# comment\n[general]\nthreads = many\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":3: "));
	assert_non_null(strstr(err, "threads"));
	config_free(&c);
	assert_false(load("[scan]\ncross_mounts = perhaps\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: "));
	config_free(&c);
	assert_false(load("[scan]\nmax_file_size = 12Q\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: "));
	config_free(&c);
}

static void test_unknown_section_and_syntax(void **state)
{
	(void)state;
	struct hs_config c;
	char err[1024];
	assert_false(load("[scan]\nthreads = 1\n[nonsense]\nx = 1\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: unknown key 'threads' in section [scan]"));
	config_free(&c);
	assert_false(load("[nonsense]\nx = 1\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: unknown section [nonsense]"));
	config_free(&c);
	assert_false(load("[scan]\nthis line has no equals sign\n", &c, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: "));
	config_free(&c);
}

static void test_missing_file(void **state)
{
	(void)state;
	struct hs_config c;
	config_defaults(&c);
	/* optional (the default path): defaults stay */
	assert_true(config_load(&c, "/nonexistent/hostsweep.conf", true));
	/* given explicitly: an error */
	assert_false(config_load(&c, "/nonexistent/hostsweep.conf", false));
	config_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_defaults),
	    cmocka_unit_test(test_values_and_lists),
	    cmocka_unit_test(test_unknown_key_names_line),
	    cmocka_unit_test(test_bad_value_names_line),
	    cmocka_unit_test(test_unknown_section_and_syntax),
	    cmocka_unit_test(test_missing_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
