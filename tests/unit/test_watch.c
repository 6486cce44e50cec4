/* The watcher's parts that need no kernel: the debounce table (debounce,
 * max_delay, capacity, order), the latency quantiles, the verdict table,
 * the tree lookup, the [watch] settings, and the status file round trip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "watch/watch.h"

static void drain_all(struct pending *p)
{
	struct pending_item it[64];
	size_t n;
	while ((n = pending_take_due(p, 1e9, it, 64)))
		for (size_t i = 0; i < n; i++)
			free(it[i].path);
}

static void test_debounce(void **state)
{
	(void)state;
	struct pending *p = pending_new(16);
	struct pending_item it[8];
	assert_true(pending_add(p, "/d/a.php", false, 10, "php-fpm", 100.0, 1000.0, 0.1, 2.0));
	/* not due before the debounce */
	assert_int_equal(pending_take_due(p, 100.05, it, 8), 0);
	/* another event pushes it back */
	assert_true(pending_add(p, "/d/a.php", false, 11, "php-fpm", 100.08, 1000.08, 0.1, 2.0));
	assert_int_equal(pending_count(p), 1);
	assert_int_equal(pending_take_due(p, 100.15, it, 8), 0);
	assert_int_equal(pending_take_due(p, 100.19, it, 8), 1);
	assert_string_equal(it[0].path, "/d/a.php");
	assert_int_equal(it[0].pid, 11);   /* the last writer */
	assert_true(it[0].first == 100.0); /* the first event's time, for the lag */
	assert_true(it[0].wall == 1000.0);
	free(it[0].path);
	assert_int_equal(pending_count(p), 0);
	assert_true(pending_next_due(p) < 0);
	pending_free(p);
}

static void test_max_delay(void **state)
{
	(void)state;
	struct pending *p = pending_new(16);
	struct pending_item it[8];
	/* written without pause: events every 50 ms for 5 s */
	double t = 10.0;
	size_t got = 0;
	for (int i = 0; i < 100 && !got; i++, t += 0.05) {
		assert_true(pending_add(p, "/d/big", false, 0, NULL, t, t, 0.1, 2.0));
		got = pending_take_due(p, t, it, 8);
	}
	assert_int_equal(got, 1);
	/* scanned at first + max_delay, not after the writing stopped */
	assert_true(t - 0.05 >= 12.0 - 1e-9 && t - 0.05 < 12.1);
	free(it[0].path);
	pending_free(p);
}

static void test_capacity_and_order(void **state)
{
	(void)state;
	struct pending *p = pending_new(3);
	assert_true(pending_add(p, "/a", false, 0, NULL, 1.0, 1.0, 0.1, 2.0));
	assert_true(pending_add(p, "/b", true, 0, NULL, 1.1, 1.1, 0.1, 2.0));
	assert_true(pending_add(p, "/c", false, 0, NULL, 1.2, 1.2, 0.1, 2.0));
	/* full: a new path is refused (the caller rescans), a known one is not */
	assert_false(pending_add(p, "/d", false, 0, NULL, 1.3, 1.3, 0.1, 2.0));
	assert_true(pending_add(p, "/a", false, 0, NULL, 1.3, 1.3, 0.1, 2.0));
	double mono, wall;
	assert_true(pending_oldest(p, &mono, &wall));
	assert_true(mono == 1.0 && wall == 1.0); /* /a's first event */
	struct pending_item it[8];
	size_t n = pending_take_due(p, 5.0, it, 8);
	assert_int_equal(n, 3);
	/* in order of the last event: b, c, then a (touched again) */
	assert_string_equal(it[0].path, "/b");
	assert_true(it[0].dir);
	assert_string_equal(it[1].path, "/c");
	assert_string_equal(it[2].path, "/a");
	for (size_t i = 0; i < n; i++)
		free(it[i].path);
	assert_false(pending_oldest(p, &mono, &wall));
	/* room again */
	assert_true(pending_add(p, "/d", false, 0, NULL, 6.0, 6.0, 0.1, 2.0));
	drain_all(p);
	pending_free(p);
}

static void test_many(void **state)
{
	(void)state;
	/* bounded: 10,000 distinct files into a table of 1,000 */
	struct pending *p = pending_new(1000);
	size_t refused = 0;
	char path[64];
	for (int i = 0; i < 10000; i++) {
		snprintf(path, sizeof(path), "/d/f%05d", i);
		refused += !pending_add(p, path, false, 0, NULL, 1.0, 1.0, 0.1, 2.0);
	}
	assert_int_equal(pending_count(p), 1000);
	assert_int_equal(refused, 9000);
	/* max per call is honoured */
	struct pending_item it[100];
	assert_int_equal(pending_take_due(p, 2.0, it, 100), 100);
	for (int i = 0; i < 100; i++)
		free(it[i].path);
	drain_all(p);
	assert_int_equal(pending_count(p), 0);
	pending_free(p);
}

static void test_latency(void **state)
{
	(void)state;
	static struct watch_latency l;
	memset(&l, 0, sizeof(l));
	assert_true(watch_latency_quantile(&l, 0.99) == 0);
	for (int i = 1; i <= 100; i++)
		watch_latency_add(&l, i / 100.0);
	assert_true(watch_latency_quantile(&l, 0.5) == 0.5);
	assert_true(watch_latency_quantile(&l, 0.99) == 0.99);
	assert_true(watch_latency_quantile(&l, 1.0) == 1.0);
	/* the window keeps the last WATCH_LAT_WINDOW values only */
	for (int i = 0; i < WATCH_LAT_WINDOW; i++)
		watch_latency_add(&l, 5.0);
	assert_true(watch_latency_quantile(&l, 0.01) == 5.0);
}

static void test_verdicts(void **state)
{
	(void)state;
	struct stat a = {0}, b;
	a.st_dev = 7;
	a.st_ino = 12345;
	a.st_size = 100;
	a.st_mtim.tv_sec = 1000;
	a.st_ctim.tv_sec = 1000;
	assert_int_equal(verdict_lookup(&a), -1);
	verdict_record(&a, HS_SEV_CRITICAL);
	assert_int_equal(verdict_lookup(&a), HS_SEV_CRITICAL);
	/* another version of the same file (rewritten): unknown */
	b = a;
	b.st_mtim.tv_nsec = 1;
	assert_int_equal(verdict_lookup(&b), -1);
	b = a;
	b.st_size = 101;
	assert_int_equal(verdict_lookup(&b), -1);
	verdict_record(&b, HS_SEV_NONE);
	assert_int_equal(verdict_lookup(&b), HS_SEV_NONE);
}

static void test_trees_find(void **state)
{
	(void)state;
	struct watch_tree v[3] = {{.host = "/home/a/public_html"},
	                          {.host = "/home/a/public_html/addon"},
	                          {.host = "/tmp"}};
	struct watch_trees t = {.v = v, .n = 3};
	assert_int_equal(watch_trees_find(&t, "/home/a/public_html/x.php"), 0);
	assert_int_equal(watch_trees_find(&t, "/home/a/public_html/addon/y.php"), 1);
	assert_int_equal(watch_trees_find(&t, "/home/a/public_html"), 0);
	assert_int_equal(watch_trees_find(&t, "/home/a/public_htmlx/z.php"), -1);
	assert_int_equal(watch_trees_find(&t, "/tmpfoo"), -1);
	assert_int_equal(watch_trees_find(&t, "/tmp/.x/y"), 2);
	assert_int_equal(watch_trees_find(&t, "/var/log/syslog"), -1);
	/* names that sort between a tree and its files ('-' and '.' < '/') */
	struct watch_tree w[3] = {{.host = "/a/b"}, {.host = "/a/b-c"}, {.host = "/a/b.d"}};
	struct watch_trees u = {.v = w, .n = 3};
	assert_int_equal(watch_trees_find(&u, "/a/b/x/y/z.php"), 0);
	assert_int_equal(watch_trees_find(&u, "/a/b-c/y"), 1);
	assert_int_equal(watch_trees_find(&u, "/a/b.d"), 2);
	assert_int_equal(watch_trees_find(&u, "/a/b.d/"), 2);
	assert_int_equal(watch_trees_find(&u, "/a/bx"), -1);
	assert_int_equal(watch_trees_find(&u, "/a"), -1);
	assert_int_equal(watch_trees_find(&u, "/"), -1);
	assert_int_equal(watch_trees_find(&u, ""), -1);
}

static void test_settings(void **state)
{
	(void)state;
	char err[256];
	double d;
	assert_true(watch_parse_seconds("250ms", &d) && d == 0.25);
	assert_true(watch_parse_seconds("2s", &d) && d == 2.0);
	assert_true(watch_parse_seconds("1.5", &d) && d == 1.5);
	assert_true(watch_parse_seconds("2m", &d) && d == 120.0);
	assert_false(watch_parse_seconds("fast", &d));
	assert_false(watch_parse_seconds("-1s", &d));
	assert_false(watch_parse_seconds("1h", &d));
	assert_int_equal(watch_config_set("debounce", "300ms", err, sizeof(err)), 1);
	assert_true(watch_settings.debounce == 0.3);
	assert_int_equal(watch_config_set("exec_deadline", "0", err, sizeof(err)), -1);
	assert_non_null(strstr(err, "exec_deadline"));
	assert_int_equal(watch_config_set("backend", "inotify", err, sizeof(err)), 1);
	assert_int_equal(watch_settings.backend, WATCH_INOTIFY);
	assert_int_equal(watch_config_set("backend", "dnotify", err, sizeof(err)), -1);
	assert_int_equal(watch_config_set("queue_size", "0", err, sizeof(err)), -1);
	assert_int_equal(watch_config_set("queue_size", "10", err, sizeof(err)), 1);
	assert_int_equal(watch_settings.queue_size, 10);
	assert_int_equal(watch_config_set("paths", "/srv/a relative", err, sizeof(err)), -1);
	assert_int_equal(watch_config_set("exec_min_severity", "low", err, sizeof(err)), -1);
	assert_int_equal(watch_config_set("exec_deny", "yes", err, sizeof(err)), 1);
	assert_true(watch_settings.exec_deny);
	assert_int_equal(watch_config_set("prometheus", "rel.prom", err, sizeof(err)), -1);
	assert_int_equal(watch_config_set("no_such_key", "1", err, sizeof(err)), 0);
}

static void test_status_roundtrip(void **state)
{
	(void)state;
	char dir[] = "/tmp/hswatch-unit-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char file[64];
	snprintf(file, sizeof(file), "%s/status.json", dir);
	double cp;
	assert_false(watch_status_checkpoint(file, &cp));
	struct watch_status st = {.backend = "fanotify", .checkpoint = 1796000000.25, .lag = 0.5};
	assert_int_equal(watch_status_write(file, &st), 0);
	assert_true(watch_status_checkpoint(file, &cp));
	assert_true(cp == 1796000000.25);
	char prom[80];
	snprintf(prom, sizeof(prom), "%s/w.prom", dir);
	assert_int_equal(watch_prom_write(prom, &st), 0);
	FILE *f = fopen(prom, "r");
	assert_non_null(f);
	char line[256];
	bool lag = false;
	while (fgets(line, sizeof(line), f))
		lag |= !strcmp(line, "hostsweep_watch_lag_seconds 0.5\n");
	fclose(f);
	assert_true(lag);
	unlink(file);
	unlink(prom);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_debounce),
	    cmocka_unit_test(test_max_delay),
	    cmocka_unit_test(test_capacity_and_order),
	    cmocka_unit_test(test_many),
	    cmocka_unit_test(test_latency),
	    cmocka_unit_test(test_verdicts),
	    cmocka_unit_test(test_trees_find),
	    cmocka_unit_test(test_settings),
	    cmocka_unit_test(test_status_roundtrip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
