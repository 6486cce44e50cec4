/* hostsweep's own directories in the walk: recognized by device and inode
 * (a directory with the same name elsewhere is walked), never shown to the
 * callback, their files counted; the same with a parallel walk. And which
 * configured directories own_dirs_find() accepts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/formats.h"
#include "scan/own.h"
#include "scan/walk.h"

static char top[64];
static FILE *devnull;

static void put(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", top, rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "<?php x();\n", 11), 11);
	close(fd);
}

static void dir(const char *rel, mode_t mode)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", top, rel);
	assert_int_equal(mkdir(p, mode), 0);
	assert_int_equal(chmod(p, mode), 0); /* past the umask */
}

static struct walk_id id_of(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", top, rel);
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	return (struct walk_id){.dev = st.st_dev, .ino = st.st_ino};
}

/* top/index.php, top/state/{cache.db, rules.yarc, quarantine/7/content},
 * top/site/state/{shell.php} (a customer's directory called "state"),
 * top/site/page.php */
static int setup(void **st)
{
	(void)st;
	strcpy(top, "/tmp/hstest-walkown.XXXXXX");
	assert_non_null(mkdtemp(top));
	put("index.php");
	dir("state", 0700);
	put("state/cache.db");
	put("state/rules.yarc");
	dir("state/quarantine", 0700);
	dir("state/quarantine/7", 0700);
	put("state/quarantine/7/content");
	dir("site", 0755);
	dir("site/state", 0755);
	put("site/state/shell.php");
	put("site/page.php");
	devnull = fopen("/dev/null", "w");
	return 0;
}

static int teardown(void **st)
{
	(void)st;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
	assert_int_equal(system(cmd), 0);
	fclose(devnull);
	return 0;
}

struct seen {
	pthread_mutex_t lock;
	char names[32][128];
	int n;
};

static bool collect(void *ud, const struct walk_entry *e)
{
	struct seen *s = ud;
	pthread_mutex_lock(&s->lock);
	if (s->n < 32) {
		const char *rel = e->path + strlen(top);
		snprintf(s->names[s->n++], sizeof(s->names[0]), "%s", *rel ? rel + 1 : ".");
	}
	pthread_mutex_unlock(&s->lock);
	return true;
}

static bool saw(const struct seen *s, const char *rel)
{
	for (int i = 0; i < s->n; i++)
		if (!strcmp(s->names[i], rel))
			return true;
	return false;
}

static uint64_t walk(const char *rel, const struct walk_id *own, size_t nown, int threads,
                     struct seen *s)
{
	struct report *rep = report_new(HS_FORMAT_JSON, reporter_json_new(), devnull, "scan");
	struct walk_opts o = {
	    .max_depth = 20, .rep = rep, .threads = threads, .own = own, .nown = nown};
	char p[256];
	snprintf(p, sizeof(p), "%s%s%s", top, *rel ? "/" : "", rel);
	memset(s, 0, sizeof(*s));
	pthread_mutex_init(&s->lock, NULL);
	assert_int_equal(walk_tree(p, p, &o, collect, s), 0);
	pthread_mutex_destroy(&s->lock);
	uint64_t n = rep->counts.skipped_own;
	report_free(rep);
	return n;
}

static void check_tree(int threads)
{
	/* the state dir and, listed too, the quarantine inside it */
	struct walk_id own[2] = {id_of("state"), id_of("state/quarantine")};
	struct seen s;
	uint64_t n = walk("", own, 2, threads, &s);
	assert_int_equal(n, 3); /* cache.db, rules.yarc, quarantine/7/content: once each */
	assert_true(saw(&s, "index.php"));
	assert_true(saw(&s, "site/page.php"));
	assert_true(saw(&s, "site/state"));
	assert_true(saw(&s, "site/state/shell.php"));
	assert_false(saw(&s, "state"));
	for (int i = 0; i < s.n; i++)
		assert_true(strncmp(s.names[i], "state/", 6) != 0);
	assert_int_equal(s.n, 5); /* index.php, site, site/page.php, site/state, shell.php */
}

static void test_own_skipped_by_inode(void **st)
{
	(void)st;
	check_tree(1);
}

static void test_own_skipped_parallel(void **st)
{
	(void)st;
	check_tree(4);
}

static void test_no_own_walks_everything(void **st)
{
	(void)st;
	struct seen s;
	assert_int_equal(walk("", NULL, 0, 1, &s), 0);
	assert_true(saw(&s, "state/rules.yarc"));
	assert_true(saw(&s, "state/quarantine/7/content"));
}

static void test_top_is_own(void **st)
{
	(void)st;
	struct walk_id own[1] = {id_of("state/quarantine")};
	struct seen s;
	assert_int_equal(walk("state/quarantine", own, 1, 1, &s), 1);
	assert_int_equal(s.n, 0);
	/* a file named directly in an own directory: skipped too */
	own[0] = id_of("state");
	assert_int_equal(walk("state/rules.yarc", own, 1, 1, &s), 1);
	assert_int_equal(s.n, 0);
	/* an item below it, named explicitly, is scanned (to look at it again) */
	own[0] = id_of("state/quarantine");
	assert_int_equal(walk("state/quarantine/7/content", own, 1, 1, &s), 0);
	assert_int_equal(s.n, 1);
	assert_true(saw(&s, "state/quarantine/7/content"));
}

static void test_own_dirs_find(void **st)
{
	(void)st;
	dir("cfg", 0755);
	dir("cfg/rules", 0755);
	dir("cfg/open", 0777);
	dir("root", 0755);
	dir("root/st", 0700);
	char p[5][256];
	snprintf(p[0], sizeof(p[0]), "%s/state", top);
	snprintf(p[1], sizeof(p[1]), "%s/cfg/rules", top);
	snprintf(p[2], sizeof(p[2]), "%s/cfg/open", top);
	snprintf(p[3], sizeof(p[3]), "%s/cfg/missing", top);
	snprintf(p[4], sizeof(p[4]), "%s/root", top);
	struct hs_ctx ctx = {0};
	ctx.root = "";
	ctx.cfg.state_dir = p[0];
	strlist_add(&ctx.cfg.rules_dirs, p[1]);
	strlist_add(&ctx.cfg.rules_dirs, p[1]); /* the same twice: one entry */
	strlist_add(&ctx.cfg.rules_dirs, p[3]); /* does not exist: left out */
	ctx.cfg.signatures_dir = p[2];          /* world-writable: not skipped */
	struct own_dirs d;
	own_dirs_find(&ctx, &d, false);
	assert_int_equal(d.n, 3); /* state, state/quarantine, cfg/rules */
	struct walk_id want[3] = {id_of("state"), id_of("state/quarantine"), id_of("cfg/rules")};
	for (int i = 0; i < 3; i++) {
		bool found = false;
		for (size_t k = 0; k < d.n; k++)
			found |= d.v[k].dev == want[i].dev && d.v[k].ino == want[i].ino;
		assert_true(found);
	}
	own_dirs_free(&d);

	/* --root: the inspected system's copy as well, never through a symlink */
	char link[300];
	snprintf(link, sizeof(link), "%s/root/lnk", top);
	assert_int_equal(symlink(p[0], link), 0);
	ctx.root = p[4];
	ctx.cfg.state_dir = "/st";
	strlist_clear(&ctx.cfg.rules_dirs);
	strlist_add(&ctx.cfg.rules_dirs, "/lnk");
	ctx.cfg.signatures_dir = NULL;
	own_dirs_find(&ctx, &d, false);
	assert_int_equal(d.n, 1);
	struct walk_id rst = id_of("root/st");
	assert_true(d.v[0].dev == rst.dev && d.v[0].ino == rst.ino);
	own_dirs_free(&d);
	strlist_clear(&ctx.cfg.rules_dirs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_own_skipped_by_inode),
	    cmocka_unit_test(test_own_skipped_parallel),
	    cmocka_unit_test(test_no_own_walks_everything),
	    cmocka_unit_test(test_top_is_own),
	    cmocka_unit_test(test_own_dirs_find),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
