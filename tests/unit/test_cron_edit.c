/* Disabling a crontab line and undoing it (act/cron_edit.c) on real files
 * under a temporary --root: every other byte stays, undo gives back the
 * original bytes, and a marker the crontab's owner planted is never taken
 * for ours. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "act/cron_edit.h"
#include "util.h"

#define CRONTAB "/etc/cron.d/site"

static char root[64];
static struct hs_ctx ctx;

static void put(const char *text)
{
	char *p = path_join(root, CRONTAB);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(p);
}

static char *get(void)
{
	char *p = path_join(root, CRONTAB);
	FILE *f = fopen(p, "r");
	assert_non_null(f);
	static char buf[8192];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	free(p);
	return buf;
}

static int setup(void **state)
{
	(void)state;
	strcpy(root, "/tmp/hs-cron-edit-XXXXXX");
	if (!mkdtemp(root))
		return -1;
	char *etc = path_join(root, "etc"), *d = path_join(root, "etc/cron.d");
	int rc = mkdir(etc, 0755) || mkdir(d, 0755);
	free(etc);
	free(d);
	ctx.root = root;
	return rc;
}

static int teardown(void **state)
{
	(void)state;
	char *p = path_join(root, CRONTAB);
	unlink(p);
	free(p);
	char *d = path_join(root, "etc/cron.d"), *etc = path_join(root, "etc");
	rmdir(d);
	rmdir(etc);
	rmdir(root);
	free(d);
	free(etc);
	return 0;
}

static const char original[] = "MAILTO=\"\"\n"
                               "0 3 * * * root /usr/local/bin/backup\n"
                               "* * * * * www-data /tmp/.x/run >/dev/null 2>&1\n"
                               "# a comment\n"
                               "@reboot www-data /tmp/.x/run";

static void test_disable_then_undo_gives_back_every_byte(void **state)
{
	(void)state;
	char detail[256];
	put(original);
	assert_int_equal(cron_disable_line(&ctx, CRONTAB, NULL, 3, "/tmp/.x/run", 11, 41, detail,
	                                   sizeof(detail)),
	                 0);
	const char *got = get();
	/* only line 3 changed: the marker, then the line as it was */
	assert_true(strstr(got, "\n#hostsweep-disabled:A41:") != NULL);
	assert_true(strstr(got, ": * * * * * www-data /tmp/.x/run >/dev/null 2>&1\n# a comment\n"));
	assert_true(!strncmp(got, "MAILTO=\"\"\n0 3 * * * root /usr/local/bin/backup\n", 46));
	assert_true(strstr(got, "\n@reboot www-data /tmp/.x/run") != NULL);
	/* the last line has no newline, and still has none */
	assert_int_not_equal(got[strlen(got) - 1], '\n');
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 3, 41, detail, sizeof(detail)), 0);
	assert_string_equal(get(), original);
}

static void test_line_changed_since_scan_is_left_alone(void **state)
{
	(void)state;
	char detail[256];
	put(original);
	assert_int_equal(cron_disable_line(&ctx, CRONTAB, NULL, 2, "/tmp/.x/run", 11, 42, detail,
	                                   sizeof(detail)),
	                 -1);
	assert_true(strstr(detail, "changed since the scan") != NULL);
	assert_string_equal(get(), original);
	/* a comment is not disabled twice */
	assert_int_equal(
	    cron_disable_line(&ctx, CRONTAB, NULL, 4, NULL, 0, 42, detail, sizeof(detail)), -1);
	assert_string_equal(get(), original);
}

/* The owner plants "#hostsweep-disabled:A43:..." above the line we disable:
 * undo restores the line we wrote (the journalled line number), not theirs. */
static void test_planted_marker_is_not_restored(void **state)
{
	(void)state;
	char detail[256];
	put("#hostsweep-disabled:A43:2026-01-01: * * * * * www-data /tmp/planted\n"
	    "* * * * * www-data /tmp/.x/run\n");
	assert_int_equal(cron_disable_line(&ctx, CRONTAB, NULL, 2, "/tmp/.x/run", 11, 43, detail,
	                                   sizeof(detail)),
	                 0);
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 2, 43, detail, sizeof(detail)), 0);
	assert_string_equal(get(),
	                    "#hostsweep-disabled:A43:2026-01-01: * * * * * www-data /tmp/planted\n"
	                    "* * * * * www-data /tmp/.x/run\n");
}

/* Lines moved since the disable (the owner edited the crontab): a single
 * marker is still found; two are ambiguous and nothing is touched. */
static void test_moved_marker_found_only_when_unique(void **state)
{
	(void)state;
	char detail[256];
	const char *one = "# added later\n"
	                  "#hostsweep-disabled:A44:2026-12-01: * * * * * www-data /tmp/.x/run\n";
	put(one);
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 1, 44, detail, sizeof(detail)), 0);
	assert_string_equal(get(), "# added later\n* * * * * www-data /tmp/.x/run\n");

	const char *two = "#hostsweep-disabled:A45:2026-12-01: * * * * * www-data /tmp/a\n"
	                  "# added later\n"
	                  "#hostsweep-disabled:A45:2026-12-01: * * * * * www-data /tmp/b\n";
	put(two);
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 2, 45, detail, sizeof(detail)), -1);
	assert_true(strstr(detail, "2 lines carry the marker of action 45") != NULL);
	assert_string_equal(get(), two);
	/* no line number journalled (an older journal): the same rule */
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 0, 45, detail, sizeof(detail)), -1);
	assert_string_equal(get(), two);
	/* a marker of another action is not ours */
	assert_int_equal(cron_enable_line(&ctx, CRONTAB, NULL, 1, 4, detail, sizeof(detail)), -1);
	assert_true(strstr(detail, "not in the crontab any more") != NULL);
	assert_string_equal(get(), two);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_disable_then_undo_gives_back_every_byte),
	    cmocka_unit_test(test_line_changed_since_scan_is_left_alone),
	    cmocka_unit_test(test_planted_marker_is_not_restored),
	    cmocka_unit_test(test_moved_marker_found_only_when_unique),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
