/* `hostsweep watch`: realtime scanning of what lands in the docroots, the
 * upload dirs and the temp dirs, with the sweep's engine, sinks and policy.
 *
 * One loop (this thread): read events (watch/fan.c, or watch/ino.c when
 * fanotify is not permitted), keep the files in the debounce table
 * (watch/pending.c), and when they fall due hand them to the scanner's
 * workers; after each batch: the policy on the new findings, then the
 * findings are freed (they were printed and journaled as they came), so
 * memory does not grow with the run. Lost events (a kernel queue overflow,
 * a full debounce table) and changes of the trees (a docroot removed and
 * made again, a filesystem mounted again, a new docroot) are made good by
 * rescanning the trees concerned with --since from the checkpoint: the
 * wall time before which every event was scanned, kept in the status file
 * so that the next start catches up from it. */
#include "act/actions.h"
#include "act/policy.h"
#include "escape.h"
#include "host/hostinsp.h"
#include "scan/cache.h"
#include "scan/scanner.h"
#include "watch/watch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>

#define BATCH_MAX    512 /* files per batch: the loop goes back to reading after it */
#define RESCAN_SLACK 60  /* seconds added to a --since rescan (clock steps, slow writers) */
#define SEEN_MAX     1024
#define SEEN_FOR     600 /* seconds a finding is not repeated */

enum { OPT_W_FOR = 2300, OPT_W_PROMETHEUS, OPT_W_STATUS_FILE };

static struct {
	double run_for; /* --for: stop after this many seconds (tests, bench) */
	char *prometheus, *status_file;
} wopt;

struct watcher {
	struct hs_ctx *ctx;
	struct scanner *s;
	void *cache;
	double cache_opened;
	struct watch_source *src;
	struct watch_trees trees;
	struct pending *pend;
	struct exec_deny *exec;
	char *status_file, *prom_file;
	struct watch_status st;
	struct watch_latency lat;
	/* lost events: the trees to rescan, from this wall time on */
	bool *rescan;
	bool rescan_any;
	double rescan_from;
	/* the batch being scanned (the extra hook reads it from the workers) */
	struct pending_item batch[BATCH_MAX];
	size_t nbatch;
	size_t unwatched;
	pid_t last_pid;
	char last_comm[16];
	/* findings reported lately (id + sha256): a file found by its event and
	 * again by a rescan, or closed twice unchanged, is reported once */
	pthread_mutex_t seen_lock;
	struct seen {
		char key[17 + 65];
		double when;
	} seen[SEEN_MAX];
	size_t seen_next;
};

static double wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Every event before this wall time has been scanned. */
static double checkpoint(const struct watcher *w)
{
	double cp = wall_now(), mono, wall;
	if (pending_oldest(w->pend, &mono, &wall) && wall < cp)
		cp = wall;
	if (w->rescan_any && w->rescan_from < cp)
		cp = w->rescan_from;
	return cp;
}

static void need_rescan(struct watcher *w, int tree, double from)
{
	if (!w->rescan_any || from < w->rescan_from)
		w->rescan_from = from;
	w->rescan_any = true;
	for (size_t i = 0; i < w->trees.n; i++)
		if (tree < 0 || (size_t)tree == i)
			w->rescan[i] = true;
}

static void lost_events(struct watcher *w, int tree)
{
	w->st.dropped++;
	w->st.last_drop = wall_now();
	need_rescan(w, tree, checkpoint(w));
}

static void on_event(void *ud, const struct watch_event *e)
{
	struct watcher *w = ud;
	w->st.events++;
	if (e->type == WEV_OVERFLOW) {
		w->st.overflows++;
		hs_warn("watch: %s event queue overflowed: events were lost; the trees are "
		        "rescanned for files changed since the last checkpoint",
		        w->src->name);
		lost_events(w, -1);
		return;
	}
	int t = watch_trees_find(&w->trees, e->path);
	if (t < 0)
		return;
	bool dir = e->type == WEV_DIR;
	if (e->type == WEV_MKDIR) {
		/* its files send their own events; a tree root made again is
		 * noticed by watch_trees_refresh() and scanned whole */
		if (strcmp(e->path, w->trees.v[t].host))
			return;
		dir = true;
	}
	/* who wrote it: read now, the writer is often gone by the scan (tar,
	 * an upload handler); once per writer, not per file */
	if (e->pid > 0 && e->pid != w->last_pid) {
		char p[64];
		w->last_pid = e->pid;
		w->last_comm[0] = '\0';
		snprintf(p, sizeof(p), "/proc/%d/comm", (int)e->pid);
		FILE *c = fopen(p, "re");
		if (c) {
			if (fgets(w->last_comm, sizeof(w->last_comm), c))
				w->last_comm[strcspn(w->last_comm, "\n")] = '\0';
			fclose(c);
		}
	}
	if (!pending_add(w->pend, e->path, dir, e->pid, e->pid > 0 ? w->last_comm : "", hs_now(),
	                 wall_now(), watch_settings.debounce, watch_settings.max_delay)) {
		if (!w->st.dropped)
			hs_warn("watch: more than %zu files waiting ([watch] queue_size): events "
			        "are dropped and %s is rescanned",
			        watch_settings.queue_size, w->trees.v[t].logical);
		lost_events(w, t);
	}
}

/* The scanner's extra hook: the verdict for the exec deny, and who wrote
 * the file for a finding. Runs in the workers; the batch does not change
 * while they run. */
static void watch_extra(void *ud, struct finding **f, const struct file_info *fi,
                        const unsigned char *buf, size_t len)
{
	struct watcher *w = ud;
	/* in a temp dir, what `tmp` looks at besides the content (the sweep's
	 * temp-dir checks; names of directories are not seen file by file) */
	if (fi->kind && !strcmp(fi->kind, "tmp"))
		tmp_check_file(w->ctx, f, fi, buf, len);
	if (w->exec)
		verdict_record(fi->st, *f ? (*f)->severity : HS_SEV_NONE);
	if (!*f)
		return;
	for (size_t i = 0; i < w->nbatch; i++) {
		if (w->batch[i].pid <= 0 ||
		    strcmp(ctx_logical_path(w->ctx, w->batch[i].path), fi->path))
			continue;
		finding_set_int(*f, "writer_pid", w->batch[i].pid);
		if (w->batch[i].comm[0])
			finding_set_str(*f, "writer_comm", w->batch[i].comm);
		break;
	}
}

/* The scanner's finding sink: repeats of a recent finding are dropped. */
static void watch_sink(void *ud, struct finding *f)
{
	struct watcher *w = ud;
	finding_finalize(f);
	char key[sizeof(w->seen[0].key)];
	snprintf(key, sizeof(key), "%s%s", f->id, f->sha256);
	double now = hs_now();
	bool repeat = false;
	pthread_mutex_lock(&w->seen_lock);
	for (size_t i = 0; i < SEEN_MAX && !repeat; i++)
		repeat = w->seen[i].when > 0 && now - w->seen[i].when < SEEN_FOR &&
		         !strcmp(w->seen[i].key, key);
	if (!repeat) {
		snprintf(w->seen[w->seen_next].key, sizeof(key), "%s", key);
		w->seen[w->seen_next].when = now;
		w->seen_next = (w->seen_next + 1) % SEEN_MAX;
	}
	pthread_mutex_unlock(&w->seen_lock);
	if (repeat)
		finding_free(f);
	else
		report_finding(w->ctx->rep, f);
}

/* After the scans: the policy on the findings they made, then free them. */
static void after_scans(struct watcher *w)
{
	struct report *r = w->ctx->rep;
	pthread_mutex_lock(&r->lock);
	size_t n = r->nfindings;
	struct finding **v = xmalloc((n ? n : 1) * sizeof(*v));
	if (n)
		memcpy(v, r->findings, n * sizeof(*v));
	pthread_mutex_unlock(&r->lock);
	w->st.findings += n;
	if (n && hs_policy.nrules) {
		struct plan p = {0};
		plan_build(&p, &hs_policy, v, n, ACT_HOLD_MAIL);
		bool apply = (w->ctx->apply || hs_policy.apply) && !w->ctx->dry_run;
		plan_run(w->ctx, &hs_policy, &p, apply, "watch");
		plan_free(&p);
	}
	free(v);
	report_forget(r, n);
	fflush(r->out);
}

static void use_cache(struct watcher *w)
{
	/* Reopened now and then: that commits what was recorded (the nightly
	 * sweep then skips the files scanned here) and reloads what the sweep
	 * wrote. */
	if (w->cache && hs_now() - w->cache_opened > 300) {
		cache_close(w->cache, false);
		w->cache = NULL;
	}
	if (!w->cache && hs_now() - w->cache_opened > 300) {
		/* disabled or failing: asked again only after a while */
		w->cache = cache_open(w->ctx, w->s);
		w->cache_opened = hs_now();
	}
}

static void scan_batch(struct watcher *w)
{
	double now = hs_now();
	w->nbatch = pending_take_due(w->pend, now, w->batch, BATCH_MAX);
	if (!w->nbatch)
		return;
	use_cache(w);
	size_t scanned = 0;
	for (size_t i = 0; i < w->nbatch; i++) {
		struct pending_item *it = &w->batch[i];
		int t = watch_trees_find(&w->trees, it->path);
		struct stat st;
		if (t < 0)
			continue;
		if (lstat(it->path, &st) < 0) {
			w->st.vanished++; /* written and removed again (sessions, uploads moved) */
			continue;
		}
		if (!it->dir && S_ISDIR(st.st_mode))
			it->dir = true;
		const char *logical = ctx_logical_path(w->ctx, it->path);
		scanner_scan_tree(w->s, logical, w->trees.v[t].kind);
		scanned++;
	}
	scanner_drain(w->s);
	double done = hs_now();
	for (size_t i = 0; i < w->nbatch; i++) {
		watch_latency_add(&w->lat, done - w->batch[i].first);
		free(w->batch[i].path);
	}
	w->st.files += scanned;
	w->nbatch = 0;
	after_scans(w);
}

/* Rescan the trees that lost events (or changed), for files changed since
 * the checkpoint of that moment. */
static void rescan(struct watcher *w)
{
	if (!w->rescan_any)
		return;
	double from = w->rescan_from;
	double ago = wall_now() - from + RESCAN_SLACK;
	w->ctx->since = ago < 1 ? 1 : (uint64_t)ago;
	use_cache(w);
	for (size_t i = 0; i < w->trees.n; i++) {
		if (!w->rescan[i])
			continue;
		w->rescan[i] = false;
		if (!w->trees.v[i].present)
			continue;
		hs_info("watch: rescanning %s (files changed in the last %llu s)",
		        w->trees.v[i].logical, (unsigned long long)w->ctx->since);
		scanner_scan_tree(w->s, w->trees.v[i].logical, w->trees.v[i].kind);
		w->st.rescans++;
	}
	scanner_drain(w->s);
	w->ctx->since = 0;
	w->rescan_any = false;
	after_scans(w);
}

static void sync_source(struct watcher *w)
{
	w->unwatched = w->src->sync(w->src, &w->trees);
	if (w->exec)
		exec_deny_sync(w->exec, &w->trees);
}

/* Roots that appeared, vanished, were made again or mounted again. */
static void refresh_trees(struct watcher *w)
{
	bool *changed = xcalloc(w->trees.n ? w->trees.n : 1, sizeof(*changed));
	if (watch_trees_refresh(&w->trees, changed)) {
		sync_source(w);
		for (size_t i = 0; i < w->trees.n; i++)
			if (changed[i] && w->trees.v[i].present) {
				hs_info(
				    "watch: %s is (again) a directory: scanning what changed in it",
				    w->trees.v[i].logical);
				need_rescan(w, (int)i, checkpoint(w));
			}
	}
	free(changed);
}

/* The docroots again (a new account, a removed one). */
static void rediscover(struct watcher *w)
{
	if (w->exec)
		exec_deny_pause(w->exec, true);
	docroots_discover(w->ctx);
	if (w->exec)
		exec_deny_pause(w->exec, false);
	struct watch_trees t;
	watch_trees_build(&t, w->ctx);
	if (watch_trees_same(&t, &w->trees)) {
		watch_trees_free(&t);
		return;
	}
	double cp = checkpoint(w);
	bool *isnew = xcalloc(t.n ? t.n : 1, sizeof(*isnew));
	for (size_t i = 0; i < t.n; i++) {
		bool known = false;
		for (size_t k = 0; k < w->trees.n && !known; k++)
			known = !strcmp(t.v[i].logical, w->trees.v[k].logical);
		isnew[i] = !known;
		if (!known)
			hs_info("watch: now watching %s (%s)", t.v[i].logical, t.v[i].why);
	}
	watch_trees_free(&w->trees);
	free(w->rescan);
	w->trees = t;
	w->rescan = xcalloc(t.n ? t.n : 1, sizeof(*w->rescan));
	/* a rescan still to do: of every tree (the flags were the old trees') */
	if (w->rescan_any)
		need_rescan(w, -1, w->rescan_from);
	for (size_t i = 0; i < t.n; i++)
		if (isnew[i])
			need_rescan(w, (int)i, cp);
	free(isnew);
	sync_source(w);
}

static void write_status(struct watcher *w)
{
	double mono, wall;
	w->st.lag = pending_oldest(w->pend, &mono, &wall) ? hs_now() - mono : 0;
	if (w->rescan_any && w->st.lag < wall_now() - w->rescan_from)
		w->st.lag = wall_now() - w->rescan_from;
	w->st.checkpoint = checkpoint(w);
	w->st.pending = pending_count(w->pend);
	w->st.lat_p50 = watch_latency_quantile(&w->lat, 0.5);
	w->st.lat_p99 = watch_latency_quantile(&w->lat, 0.99);
	w->st.trees = w->trees.n;
	w->st.trees_unwatched = w->unwatched;
	w->st.problem = w->src->problem;
	if (w->exec)
		exec_deny_stats(w->exec, &w->st.exec);
	if (watch_status_write(w->status_file, &w->st) < 0)
		hs_warn("watch: cannot write %s: %s", w->status_file, strerror(errno));
	if (w->prom_file && watch_prom_write(w->prom_file, &w->st) < 0)
		hs_warn("watch: cannot write %s: %s", w->prom_file, strerror(errno));
	sd_notifyf(0, "STATUS=%zu trees (%s), %llu files scanned, %llu findings, lag %.1f s",
	           w->trees.n, w->src->name, (unsigned long long)w->st.files,
	           (unsigned long long)w->st.findings, w->st.lag);
}

static struct watch_source *open_source(struct hs_ctx *ctx)
{
	char why[256] = "";
	struct watch_source *src = NULL;
	if (watch_settings.backend != WATCH_INOTIFY) {
		src = fan_source_new(why, sizeof(why));
		if (!src && watch_settings.backend == WATCH_FANOTIFY) {
			hs_err("watch: fanotify: %s ([watch] backend = fanotify)", why);
			return NULL;
		}
		if (!src)
			hs_warn(
			    "watch: fanotify is not available: %s. Falling back to inotify: one "
			    "watch per directory (fs.inotify.max_user_watches), new directories "
			    "are scanned when they appear",
			    why);
	}
	if (!src) {
		src = ino_source_new(ctx->cfg.max_depth, why, sizeof(why));
		if (!src)
			hs_err("watch: %s", why);
	}
	return src;
}

static int block_signals(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	/* before any thread exists: they all inherit the mask */
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

static int cmd_watch_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("watch takes no paths (it watches the configured docroots, upload dirs, "
		       "temp dirs and [watch] paths)");
		return 2;
	}
	if (!policy_validate(&hs_policy))
		return 2;
	static struct watcher W; /* large (the batch, the recent findings) */
	struct watcher *w = &W;
	w->ctx = ctx;
	pthread_mutex_init(&w->seen_lock, NULL);
	int sigfd = block_signals();
	docroots_discover(ctx);
	watch_trees_build(&w->trees, ctx);
	w->rescan = xcalloc(w->trees.n ? w->trees.n : 1, sizeof(*w->rescan));
	w->status_file = wopt.status_file             ? xstrdup(wopt.status_file)
	                 : watch_settings.status_file ? xstrdup(watch_settings.status_file)
	                                              : ctx_state_file(ctx, "watch-status", "json");
	const char *pf = wopt.prometheus ? wopt.prometheus : watch_settings.prometheus;
	w->prom_file = pf ? xstrdup(pf) : NULL;
	char *sdir = xstrdup(w->status_file);
	*strrchr(sdir, '/') = '\0';
	if (*sdir && mkdir_p(sdir, 0700) < 0)
		hs_warn("watch: cannot create %s: %s", sdir, strerror(errno));
	free(sdir);
	int status = 2;
	w->s = scanner_new(ctx, ctx->rules_from_cli);
	if (!w->s)
		goto out;
	scanner_set_extra(w->s, watch_extra, w);
	scanner_set_finding_sink(w->s, watch_sink, w);
	w->src = open_source(ctx);
	if (!w->src)
		goto out;
	w->pend = pending_new(watch_settings.queue_size);
	w->cache_opened = -1000; /* first use opens it */
	w->st.backend = w->src->name;
	w->st.started = wall_now();
	if (watch_settings.exec_deny) {
		char why[256] = "";
		w->exec = exec_deny_start(ctx, w->s, &w->trees, why, sizeof(why));
		if (!w->exec) {
			hs_err("watch: exec_deny: %s", why);
			goto out;
		}
		w->st.exec_on = true;
	}
	sync_source(w);
	size_t present = 0;
	for (size_t i = 0; i < w->trees.n; i++)
		present += w->trees.v[i].present;
	hs_info("watch: %zu trees (%zu present), %s%s", w->trees.n, present, w->src->name,
	        w->exec ? ", exec deny on" : "");
	/* catch up on what changed while no watcher ran */
	double cp;
	if (watch_settings.catch_up && watch_status_checkpoint(w->status_file, &cp)) {
		hs_info("watch: catching up from the last checkpoint (%.0f s ago)",
		        wall_now() - cp);
		need_rescan(w, -1, cp);
	}
	int mfd = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
	uint64_t wd_usec = 0;
	bool watchdog = sd_watchdog_enabled(0, &wd_usec) > 0;
	sd_notify(0, "READY=1");
	write_status(w);
	double start = hs_now(), next_status = start + (double)watch_settings.status_interval;
	double next_refresh = start + 1, next_discover = start + (double)watch_settings.rediscover;
	double next_ping = start;
	bool stop = false;
	while (!stop) {
		double now = hs_now();
		if (wopt.run_for > 0 && now - start >= wopt.run_for)
			break;
		double wake = next_refresh;
		double due = pending_next_due(w->pend);
		if (due >= 0 && due < wake)
			wake = due;
		if (w->rescan_any)
			wake = now;
		if (watchdog && next_ping < wake)
			wake = next_ping;
		if (wopt.run_for > 0 && start + wopt.run_for < wake)
			wake = start + wopt.run_for;
		int timeout = wake <= now ? 0 : (int)((wake - now) * 1000) + 1;
		struct pollfd p[3] = {
		    {w->src->fd, POLLIN, 0}, {sigfd, POLLIN, 0}, {mfd, POLLPRI, 0}};
		if (poll(p, mfd >= 0 ? 3 : 2, timeout) < 0 && errno != EINTR) {
			hs_err("watch: poll: %s", strerror(errno));
			break;
		}
		if (p[1].revents & POLLIN) {
			struct signalfd_siginfo si;
			while (read(sigfd, &si, sizeof(si)) == sizeof(si)) {
				if (si.ssi_signo == SIGHUP)
					next_discover = 0; /* discover the docroots again now */
				else
					stop = true;
			}
		}
		if ((p[0].revents & POLLIN) && w->src->read(w->src, on_event, w) < 0)
			break;
		if (mfd >= 0 && (p[2].revents & (POLLPRI | POLLERR)))
			next_refresh = 0; /* the mount table changed */
		scan_batch(w);
		/* rescans wait while many files are due: those come first */
		if (w->rescan_any && pending_count(w->pend) < BATCH_MAX)
			rescan(w);
		now = hs_now();
		if (now >= next_refresh) {
			refresh_trees(w);
			next_refresh = now + 1;
		}
		if (now >= next_discover) {
			rediscover(w);
			next_discover = now + (double)watch_settings.rediscover;
		}
		if (now >= next_status) {
			write_status(w);
			next_status = now + (double)watch_settings.status_interval;
		}
		if (watchdog && now >= next_ping) {
			sd_notify(0, "WATCHDOG=1");
			next_ping = now + (double)wd_usec / 2e6;
		}
	}
	sd_notify(0, "STOPPING=1");
	/* what is still waiting is scanned before leaving, so the checkpoint
	 * can move past it */
	while (pending_count(w->pend)) {
		double far = hs_now() + 3600 * 24;
		w->nbatch = pending_take_due(w->pend, far, w->batch, BATCH_MAX);
		for (size_t i = 0; i < w->nbatch; i++) {
			int t = watch_trees_find(&w->trees, w->batch[i].path);
			struct stat st;
			if (t >= 0 && lstat(w->batch[i].path, &st) == 0) {
				scanner_scan_tree(w->s, ctx_logical_path(ctx, w->batch[i].path),
				                  w->trees.v[t].kind);
				w->st.files++;
			}
		}
		scanner_drain(w->s);
		for (size_t i = 0; i < w->nbatch; i++)
			free(w->batch[i].path);
		w->nbatch = 0;
		after_scans(w);
	}
	write_status(w);
	if (mfd >= 0)
		close(mfd);
	status = ctx_exit_status(ctx);
out:
	if (w->exec)
		exec_deny_stop(w->exec);
	if (w->cache)
		cache_close(w->cache, false);
	if (w->src)
		w->src->free(w->src);
	scanner_free(w->s);
	pending_free(w->pend);
	watch_trees_free(&w->trees);
	free(w->rescan);
	free(w->status_file);
	free(w->prom_file);
	if (sigfd >= 0)
		close(sigfd);
	json_object_set_new(ctx->rep->summary_extra, "watch_events",
	                    json_integer((json_int_t)w->st.events));
	return status;
}

static bool watch_set_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	switch (code) {
	case OPT_W_FOR:
		if (!watch_parse_seconds(arg, &wopt.run_for) || wopt.run_for <= 0) {
			hs_err("--for: expected a time like 30s or 2m");
			return false;
		}
		return true;
	case OPT_W_PROMETHEUS:
	case OPT_W_STATUS_FILE: {
		char **dst = code == OPT_W_PROMETHEUS ? &wopt.prometheus : &wopt.status_file;
		if (arg[0] != '/') {
			hs_err("%s: expected an absolute path",
			       code == OPT_W_PROMETHEUS ? "--prometheus" : "--status-file");
			return false;
		}
		free(*dst);
		*dst = xstrdup(arg);
		return true;
	}
	}
	return false;
}

/* ---- check watch (the Nagios plugin; dispatched by cmd_mailq.c) ---------- */

static struct {
	double lag_warn, lag_crit, stale;
	char *status_file;
} chk = {.lag_warn = 5, .lag_crit = 60, .stale = -1};

bool check_watch_set_option(const char *name, const char *arg)
{
	if (!strcmp(name, "status-file")) {
		free(chk.status_file);
		chk.status_file = xstrdup(arg);
		return true;
	}
	double v;
	if (!watch_parse_seconds(arg, &v)) {
		printf("WATCH UNKNOWN - --%s: expected a time like 5s or 2m, not '%s'\n", name,
		       arg);
		return false;
	}
	*(!strcmp(name, "lag-warning")    ? &chk.lag_warn
	  : !strcmp(name, "lag-critical") ? &chk.lag_crit
	                                  : &chk.stale) = v;
	return true;
}

static double num(json_t *o, const char *k)
{
	return json_number_value(json_object_get(o, k));
}

/* Alive (the pid runs and the status is fresh), lag, lost events. */
int check_watch_run(struct hs_ctx *ctx)
{
	static const char *const names[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
	char *file = chk.status_file              ? xstrdup(chk.status_file)
	             : watch_settings.status_file ? xstrdup(watch_settings.status_file)
	                                          : ctx_state_file(ctx, "watch-status", "json");
	double stale =
	    chk.stale > 0 ? chk.stale : 3.0 * (double)watch_settings.status_interval + 30;
	json_error_t je;
	json_t *o = json_load_file(file, 0, &je);
	if (!o) {
		char *e = hs_escape(file);
		printf("WATCH CRITICAL - not running: no status in %s\n", e);
		free(e);
		free(file);
		return 2;
	}
	free(file);
	int st = 0;
	char why[512] = "";
	size_t wl = 0;
#define WHY(...)                                                                                   \
	wl += (size_t)snprintf(why + wl, wl < sizeof(why) ? sizeof(why) - wl : 0, __VA_ARGS__)
	long pid = (long)num(o, "pid");
	bool alive = pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM);
	double age = (double)time(NULL) - num(o, "updated");
	double lag = num(o, "lag_seconds"), p99 = num(o, "latency_p99_seconds");
	double dropped = num(o, "dropped_events"), last_drop = num(o, "last_drop");
	double unwatched = num(o, "trees_unwatched");
	if (!alive) {
		st = 2;
		WHY(", not running (pid %ld gone)", pid);
	} else if (age > stale) {
		st = 2;
		WHY(", stalled: status %.0f s old", age);
	}
	if (lag >= chk.lag_crit) {
		st = 2;
		WHY(", lag %.1f s >= %.0f s", lag, chk.lag_crit);
	} else if (lag >= chk.lag_warn) {
		st = st > 1 ? st : 1;
		WHY(", lag %.1f s >= %.0f s", lag, chk.lag_warn);
	}
	if (last_drop > 0 && (double)time(NULL) - last_drop < 3600) {
		st = st > 1 ? st : 1;
		WHY(", events lost %.0f min ago (rescanned)",
		    ((double)time(NULL) - last_drop) / 60);
	}
	if (unwatched > 0) {
		st = st > 1 ? st : 1;
		WHY(", %.0f trees not watched", unwatched);
	}
	const char *problem = json_string_value(json_object_get(o, "problem"));
	if (problem) {
		st = st > 1 ? st : 1;
		char *e = hs_escape_n(problem, strlen(problem) > 80 ? 80 : strlen(problem));
		for (char *c = e; *c; c++)
			if (*c == '|')
				*c = '/';
		WHY(", %s", e);
		free(e);
	}
#undef WHY
	const char *backend = json_string_value(json_object_get(o, "backend"));
	printf("WATCH %s - %s, %.0f trees, lag %.1f s, p99 %.2f s, %.0f events lost%s | "
	       "'lag'=%.3fs;%g;%g;0; 'latency_p99'=%.3fs;;;0; 'pending'=%.0f;;;0; "
	       "'dropped'=%.0fc;;;0; 'files'=%.0fc;;;0; 'findings'=%.0fc;;;0;\n",
	       names[st], backend ? backend : "?", num(o, "trees"), lag, p99, dropped, why, lag,
	       chk.lag_warn, chk.lag_crit, p99, num(o, "pending"), dropped, num(o, "files_scanned"),
	       num(o, "findings"));
	json_decref(o);
	return st;
}

static void free_wopt(void) __attribute__((destructor));
static void free_wopt(void)
{
	free(wopt.prometheus);
	free(wopt.status_file);
	free(chk.status_file);
}

static const struct option watch_options[] = {
    {"for", required_argument, NULL, OPT_W_FOR},
    {"prometheus", required_argument, NULL, OPT_W_PROMETHEUS},
    {"status-file", required_argument, NULL, OPT_W_STATUS_FILE},
    {NULL, 0, NULL, 0},
};

const struct command cmd_watch = {
    .name = "watch",
    .summary = "realtime: scan what lands in docroots, upload and temp dirs (fanotify)",
    .usage = "  --for DURATION     stop after DURATION (default: until SIGTERM)\n"
             "  --prometheus FILE  write the watcher's metrics (node_exporter textfile)\n"
             "  --status-file FILE where the status is kept (default STATE/watch-status.json)\n"
             "  SIGHUP discovers the docroots again. See [watch] in hostsweep.conf(5).\n",
    .options = watch_options,
    .set_option = watch_set_option,
    .run = cmd_watch_run,
    .takes_policy = true,
    .streams = true,
};
