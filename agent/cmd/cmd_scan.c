/* `hostsweep scan PATH...` and `hostsweep sweep`. */
#include "act/lock.h"
#include "host/hostinsp.h"
#include "logs/ioc_logins.h"
#include "logs/weblog.h"
#include "mail/mailq.h"
#include "report/sweep_prom.h"
#include "scan/cache.h"
#include "scan/scanner.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Weak: the sweep runs (and says so) in a build that lacks a module. */
int tmp_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int cron_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int procs_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int homes_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int mailq_inspect(struct hs_ctx *) __attribute__((weak));
int policy_run(struct hs_ctx *) __attribute__((weak));
void *cache_open(struct hs_ctx *, struct scanner *) __attribute__((weak));
void cache_close(void *, bool) __attribute__((weak));

/* An operator's PATH as an absolute, lexically normalised logical path:
 * relative to the cwd on the live system, to the root under --root. */
static char *absolute(const struct hs_ctx *ctx, const char *p)
{
	char cwd[PATH_MAX];
	char *joined;
	if (p[0] == '/' || (ctx->root && *ctx->root) || !getcwd(cwd, sizeof(cwd)))
		joined = xasprintf("/%s", p);
	else
		joined = path_join(cwd, p);
	char *n = path_normalize(joined);
	free(joined);
	return n;
}

static void count_docroots_line(struct hs_ctx *ctx, size_t n)
{
	json_object_set_new(ctx->rep->summary_extra, "docroots", json_integer((json_int_t)n));
}

static int cmd_scan_run(struct hs_ctx *ctx, int argc, char **argv)
{
	if (argc < 1) {
		hs_err("scan: give at least one PATH (see hostsweep --help)");
		return 2;
	}
	size_t nd = docroots_discover(ctx);
	count_docroots_line(ctx, nd);
	struct scanner *s = scanner_new(ctx, ctx->rules_from_cli);
	if (!s)
		return 2;
	void *cache = cache_open ? cache_open(ctx, s) : NULL;
	for (int i = 0; i < argc; i++) {
		char *p = absolute(ctx, argv[i]);
		scanner_scan_tree(s, p, "file");
		free(p);
	}
	scanner_drain(s);
	if (cache && cache_close)
		cache_close(cache, true);
	scanner_free(s);
	return ctx_exit_status(ctx);
}

static int sweep_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("sweep takes no paths (it scans the configured docroots; use scan PATH)");
		return 2;
	}
	if (lock_sweep(ctx) != 0)
		return 2; /* another sweep runs (message printed) */
	int status = 0;
	size_t nd = docroots_discover(ctx);
	count_docroots_line(ctx, nd);
	hs_info("%zu docroots found", nd);
	struct scanner *s = scanner_new(ctx, ctx->rules_from_cli);
	if (!s)
		return 2;
	void *cache = cache_open ? cache_open(ctx, s) : NULL;
	/* the logs first: file findings get their provenance as they are made */
	struct prov_index *prov = NULL;
	if (logs_set.enabled) {
		prov = prov_build(ctx, LOG_FAM_WEB | LOG_FAM_FTP | LOG_FAM_SSH,
		                  prov_window_start(ctx), "sweep");
		scanner_set_finding_sink(s, prov_sink, prov);
	}
	const char *last = NULL;
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(ctx->accounts, i);
		if (!d)
			break;
		/* sorted by path: a docroot inside the previous one was walked with it */
		if (last && path_is_under(d->path, last))
			continue;
		last = d->path;
		scanner_scan_tree(s, d->path, "file");
	}
	scanner_drain(s);
	if (homes_inspect && homes_inspect(ctx, s) < 0)
		status = 2;
	if (tmp_inspect) {
		if (tmp_inspect(ctx, s) < 0)
			status = 2;
	} else {
		for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
			scanner_scan_tree(s, ctx->cfg.tmp_dirs.v[i], "tmp");
		scanner_drain(s);
	}
	if (cache && cache_close)
		cache_close(cache, true);
	if (cron_inspect && cron_inspect(ctx, s) < 0)
		status = 2;
	if (procs_inspect && procs_inspect(ctx, s) < 0)
		status = 2;
	scanner_free(s);
	if (mailq_inspect && mailq_inspect(ctx) < 0)
		status = 2;
	if (prov) { /* after the queue: a burst with queue growth is worse */
		struct strlist growing = {0};
		weblog_growing_accounts(ctx, &growing);
		weblog_report(ctx, prov, &growing);
		ioc_logins_report(ctx, prov); /* the fleet's attacker addresses */
		strlist_clear(&growing);
		prov_free(prov);
	}
	if (policy_run && policy_run(ctx) < 0)
		status = 2;
	return status ? status : ctx_exit_status(ctx);
}

/* The sweep, then its metrics ([general] prometheus): written whatever the
 * outcome, so a sweep that failed (broken rules, a held lock) says so. */
static int cmd_sweep_run(struct hs_ctx *ctx, int argc, char **argv)
{
	int status = sweep_run(ctx, argc, argv);
	if (ctx->cfg.prometheus &&
	    sweep_prometheus_write(ctx->rep, status, ctx->cfg.prometheus) < 0) {
		hs_err("%s: cannot write the sweep's metrics: %s", ctx->cfg.prometheus,
		       strerror(errno));
		status = 2;
	}
	return status;
}

const struct command cmd_scan = {
    .name = "scan",
    .summary = "scan files and directories (PATH...) for webshells, mailers, phishing kits",
    .run = cmd_scan_run,
};

/* --prometheus FILE: the mail queue metrics (mailq.c writes them). */
extern char *mailq_prometheus_path __attribute__((weak));
enum { OPT_SWEEP_PROMETHEUS = 2001 };

static bool sweep_set_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	if (code == OPT_SWEEP_PROMETHEUS) {
		if (!&mailq_prometheus_path) {
			hs_err("--prometheus: this build has no mail queue module");
			return false;
		}
		free(mailq_prometheus_path);
		mailq_prometheus_path = xstrdup(arg);
		return true;
	}
	return false;
}

static const struct option sweep_options[] = {
    {"prometheus", required_argument, NULL, OPT_SWEEP_PROMETHEUS},
    {NULL, 0, NULL, 0},
};

const struct command cmd_sweep = {
    .options = sweep_options,
    .set_option = sweep_set_option,
    .usage = "  --prometheus FILE  also write the mail queue metrics (node_exporter textfile)\n",
    .name = "sweep",
    .summary = "the nightly job: docroots, temp dirs, crontabs, processes, mail queue",
    .run = cmd_sweep_run,
    .takes_policy = true,
};
