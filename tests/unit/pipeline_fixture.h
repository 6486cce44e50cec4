/* Shared by the unit tests that run the per-file pipeline on buffers with
 * the repository's own rules and signatures (test_filescan.c,
 * test_php_quoted.c): one engine and worker for the whole group, loaded
 * from $SRC (default "."), and a scan of one buffer as a file of root's.
 * Include after cmocka.h. */
#ifndef HS_TEST_PIPELINE_FIXTURE_H
#define HS_TEST_PIPELINE_FIXTURE_H

#include <stdlib.h>
#include <sys/stat.h>

#include "scan/filescan.h"

static struct hs_ctx ctx;
static struct scan_engine *eng;
static struct scan_worker w;

/* cmocka group setup: -1 when the rules or the worker cannot be loaded */
static inline int pipeline_setup(void)
{
	const char *src = getenv("SRC") ? getenv("SRC") : ".";
	config_defaults(&ctx.cfg);
	strlist_clear(&ctx.cfg.rules_dirs);
	char *rules = path_join(src, "rules");
	strlist_add(&ctx.cfg.rules_dirs, rules);
	free(rules);
	free(ctx.cfg.signatures_dir);
	ctx.cfg.signatures_dir = path_join(src, "signatures");
	ctx.root = "";
	ctx.rules_from_cli = true;
	ctx.accounts = accounts_load("", &ctx.cfg);
	if (yr_initialize() != ERROR_SUCCESS)
		return -1;
	eng = scan_engine_load(&ctx, true);
	if (!eng || !scan_worker_init(&w, eng))
		return -1;
	return 0;
}

static inline void pipeline_teardown(void)
{
	scan_worker_free(&w);
	scan_engine_free(eng);
	accounts_free(ctx.accounts);
	config_free(&ctx.cfg);
	yr_finalize();
}

/* The finding for buf scanned as path (NULL: nothing found); d: the
 * docroot it is in, or NULL. */
static inline struct finding *pipeline_scan(const char *path, const void *buf, size_t len,
                                            const struct docroot *d)
{
	struct stat st = {.st_uid = 0, .st_size = (off_t)len};
	struct file_info fi = {.path = path, .st = &st, .kind = "file", .docroot = d};
	struct finding *f = NULL;
	scan_worker_scan_buffer(&w, buf, len, &fi, &f);
	return f;
}

#endif
