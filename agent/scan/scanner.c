#include "scan/scanner.h"
#include "scan/own.h"

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define QUEUE_LEN 256 /* open files in flight: bounds fds and memory */

struct job {
	int fd;
	char *path;
	struct stat st;
	const char *kind;
	const struct docroot *docroot;
};

struct scanner {
	struct hs_ctx *ctx;
	struct scan_engine *eng;
	int nthreads;
	pthread_t *threads;
	struct scan_worker *workers;
	struct scan_worker sync_worker; /* scanner_scan_path */
	bool sync_ready;
	pthread_mutex_t sync_lock;

	pthread_mutex_t lock;
	pthread_cond_t nonempty, nonfull, idle;
	struct job queue[QUEUE_LEN];
	size_t head, count;
	int busy;
	bool closing;
	double rate_next; /* max_rate: when the budget allows the next read */

	bool (*entry_hook)(void *, const struct walk_entry *);
	void *entry_ud;
	scanner_extra_fn extra;
	void *extra_ud;
	void (*sink)(void *, struct finding *);
	void *sink_ud;
	const struct scan_cache_ops *cache_ops;
	void *cache;
	struct own_dirs own; /* never walked into (scan/own.h) */

	/* per tree walk */
	const char *cur_kind;
	const char *cur_top;
	const struct docroot *cur_docroot;
	const struct docroot **nested;
	size_t nnested;
};

static void emit(struct scanner *s, struct finding *f)
{
	if (s->sink)
		s->sink(s->sink_ud, f);
	else
		report_finding(s->ctx->rep, f);
}

/* Be kind to the host: with [scan] max_rate, every file's bytes are paid
 * for before it is read, from one budget shared by all workers (a token
 * bucket that refills at max_rate bytes per second). */
static void throttle(struct scanner *s, uint64_t bytes)
{
	uint64_t rate = s->ctx->cfg.max_rate;
	if (!rate || !bytes)
		return;
	pthread_mutex_lock(&s->lock);
	double now = hs_now();
	double start = s->rate_next > now ? s->rate_next : now;
	s->rate_next = start + (double)bytes / (double)rate;
	pthread_mutex_unlock(&s->lock);
	double wait = start - now;
	if (wait > 0) {
		struct timespec ts = {.tv_sec = (time_t)wait,
		                      .tv_nsec = (long)((wait - (double)(time_t)wait) * 1e9)};
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
}

static void process_job(struct scanner *s, struct scan_worker *w, struct job *j)
{
	throttle(s, (uint64_t)j->st.st_size);
	struct file_info fi = {
	    .path = j->path, .st = &j->st, .kind = j->kind, .docroot = j->docroot};
	struct finding *f = NULL;
	enum scan_result r = scan_worker_scan_fd(w, j->fd, &fi, s->ctx->rep, &f);
	if (s->extra && r != SCAN_FAILED)
		s->extra(s->extra_ud, &f, &fi, w->buf, (size_t)j->st.st_size);
	if (s->cache_ops)
		s->cache_ops->record(s->cache, j->path, &j->st, f ? SCAN_FINDING : r);
	if (f)
		emit(s, f);
	close(j->fd);
	free(j->path);
}

struct worker_arg {
	struct scanner *s;
	struct scan_worker *w;
};

static void *worker_loop(void *arg)
{
	struct worker_arg *wa = arg;
	struct scanner *s = wa->s;
	struct scan_worker *w = wa->w;
	free(wa);
	for (;;) {
		pthread_mutex_lock(&s->lock);
		while (s->count == 0 && !s->closing)
			pthread_cond_wait(&s->nonempty, &s->lock);
		if (s->count == 0 && s->closing) {
			pthread_mutex_unlock(&s->lock);
			return NULL;
		}
		struct job j = s->queue[s->head];
		s->head = (s->head + 1) % QUEUE_LEN;
		s->count--;
		s->busy++;
		pthread_cond_signal(&s->nonfull);
		pthread_mutex_unlock(&s->lock);

		process_job(s, w, &j);

		pthread_mutex_lock(&s->lock);
		s->busy--;
		if (s->busy == 0 && s->count == 0)
			pthread_cond_broadcast(&s->idle);
		pthread_mutex_unlock(&s->lock);
	}
}

static void enqueue(struct scanner *s, struct job *j)
{
	pthread_mutex_lock(&s->lock);
	while (s->count == QUEUE_LEN)
		pthread_cond_wait(&s->nonfull, &s->lock);
	s->queue[(s->head + s->count) % QUEUE_LEN] = *j;
	s->count++;
	pthread_cond_signal(&s->nonempty);
	pthread_mutex_unlock(&s->lock);
}

void scanner_drain(struct scanner *s)
{
	pthread_mutex_lock(&s->lock);
	while (s->count || s->busy)
		pthread_cond_wait(&s->idle, &s->lock);
	pthread_mutex_unlock(&s->lock);
}

static int cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

struct scanner *scanner_new(struct hs_ctx *ctx, bool rules_from_cli)
{
	struct scan_engine *e = scan_engine_load(ctx, rules_from_cli);
	if (!e)
		return NULL;
	struct scanner *s = xcalloc(1, sizeof(*s));
	s->ctx = ctx;
	s->eng = e;
	/* after loading the rules, which may have created the state directory
	 * to keep the compiled rules in */
	own_dirs_find(ctx, &s->own, true);
	s->nthreads = ctx->cfg.threads > 0 ? ctx->cfg.threads : cpu_count();
	if (s->nthreads > YR_MAX_THREADS - 1)
		s->nthreads = YR_MAX_THREADS - 1; /* one YARA scanner is the sync one */
	pthread_mutex_init(&s->lock, NULL);
	pthread_mutex_init(&s->sync_lock, NULL);
	pthread_cond_init(&s->nonempty, NULL);
	pthread_cond_init(&s->nonfull, NULL);
	pthread_cond_init(&s->idle, NULL);
	/* Deep trees hold one directory fd per level, plus the queue. */
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	s->workers = xcalloc((size_t)s->nthreads, sizeof(*s->workers));
	s->threads = xcalloc((size_t)s->nthreads, sizeof(*s->threads));
	for (int i = 0; i < s->nthreads; i++) {
		if (!scan_worker_init(&s->workers[i], e)) {
			s->nthreads = i;
			scanner_free(s);
			return NULL;
		}
	}
	for (int i = 0; i < s->nthreads; i++) {
		struct worker_arg *wa = xmalloc(sizeof(*wa));
		wa->s = s;
		wa->w = &s->workers[i];
		pthread_create(&s->threads[i], NULL, worker_loop, wa);
	}
	return s;
}

void scanner_free(struct scanner *s)
{
	if (!s)
		return;
	pthread_mutex_lock(&s->lock);
	s->closing = true;
	pthread_cond_broadcast(&s->nonempty);
	pthread_mutex_unlock(&s->lock);
	for (int i = 0; i < s->nthreads; i++) {
		if (s->threads[i])
			pthread_join(s->threads[i], NULL);
		scan_worker_free(&s->workers[i]);
	}
	if (s->sync_ready)
		scan_worker_free(&s->sync_worker);
	free(s->threads);
	free(s->workers);
	free(s->nested);
	own_dirs_free(&s->own);
	scan_engine_free(s->eng);
	pthread_mutex_destroy(&s->lock);
	pthread_mutex_destroy(&s->sync_lock);
	pthread_cond_destroy(&s->nonempty);
	pthread_cond_destroy(&s->nonfull);
	pthread_cond_destroy(&s->idle);
	free(s);
}

void scanner_set_entry_hook(struct scanner *s, bool (*fn)(void *, const struct walk_entry *),
                            void *ud)
{
	s->entry_hook = fn;
	s->entry_ud = ud;
}

void scanner_set_extra(struct scanner *s, scanner_extra_fn fn, void *ud)
{
	s->extra = fn;
	s->extra_ud = ud;
}

void scanner_set_finding_sink(struct scanner *s, void (*fn)(void *, struct finding *), void *ud)
{
	s->sink = fn;
	s->sink_ud = ud;
}

void scanner_set_cache(struct scanner *s, const struct scan_cache_ops *ops, void *c)
{
	s->cache_ops = ops;
	s->cache = c;
}

const struct scan_engine *scanner_engine(const struct scanner *s)
{
	return s->eng;
}

static const struct docroot *docroot_for(struct scanner *s, const char *path)
{
	const struct docroot *best = s->cur_docroot;
	for (size_t i = 0; i < s->nnested; i++)
		if (path_is_under(path, s->nested[i]->path) &&
		    (!best || strlen(s->nested[i]->path) > strlen(best->path)))
			best = s->nested[i];
	return best;
}

/* Lexically resolve a symlink target against the link's directory. */
static char *resolve_link(const char *linkpath, const char *target)
{
	if (target[0] == '/')
		return path_normalize(target);
	char *dir = xstrdup(linkpath);
	char *sl = strrchr(dir, '/');
	if (sl)
		*sl = '\0';
	char *joined = path_join(*dir ? dir : "/", target);
	char *out = path_normalize(joined);
	free(joined);
	free(dir);
	return out;
}

static void symlink_finding(struct scanner *s, const struct walk_entry *e)
{
	const struct docroot *d = docroot_for(s, e->path);
	const char *boundary = d ? d->path : s->cur_top;
	char *target = resolve_link(e->path, e->link_target);
	/* Root-owned links are the system's (packages, the panel); a link a
	 * customer or the web user made that leaves the docroot is how one
	 * account reads another's config (the "symlink attack"). */
	if (e->st.st_uid != 0 && !path_is_under(target, boundary)) {
		struct finding *f = finding_new(s->cur_kind);
		finding_add_rule(f, "hs.symlink_outside_docroot", HS_SEV_LOW, "symlink");
		finding_set_file(f, s->ctx->accounts, e->path, &e->st);
		finding_set_evidence(f, e->link_target, strlen(e->link_target));
		finding_set_str(f, "target", target);
		emit(s, f);
	}
	free(target);
}

static bool walk_cb(void *ud, const struct walk_entry *e)
{
	struct scanner *s = ud;
	if (s->entry_hook && !s->entry_hook(s->entry_ud, e))
		return false;
	switch (e->type) {
	case WALK_DIR:
		return true;
	case WALK_SPECIAL:
		hs_debug("not opening special file (FIFO/socket/device)");
		return true;
	case WALK_SYMLINK:
		symlink_finding(s, e);
		return true;
	case WALK_FILE:
		break;
	}
	struct report *rep = s->ctx->rep;
	if ((uint64_t)e->st.st_size > s->ctx->cfg.max_file_size) {
		report_count(rep, &rep->counts.skipped_size, 1);
		return true;
	}
	if (s->ctx->since) {
		time_t cutoff = time(NULL) - (time_t)s->ctx->since;
		if (e->st.st_mtime < cutoff && e->st.st_ctime < cutoff)
			return true;
	}
	if (s->cache_ops && !s->ctx->full && s->cache_ops->is_clean(s->cache, e->path, &e->st)) {
		report_count(rep, &rep->counts.cached, 1);
		return true;
	}
	int fd = walk_open(e);
	if (fd < 0) {
		if (errno == ESTALE || errno == ENOENT)
			report_count(rep, &rep->counts.vanished, 1);
		else {
			if (errno == EACCES || errno == EPERM)
				report_count(rep, &rep->counts.permission, 1);
			report_error(rep, e->path, "cannot open", errno);
		}
		return true;
	}
	struct job j = {.fd = fd,
	                .path = xstrdup(e->path),
	                .st = e->st,
	                .kind = s->cur_kind,
	                .docroot = docroot_for(s, e->path)};
	enqueue(s, &j);
	return true;
}

void scanner_scan_tree(struct scanner *s, const char *logical_path, const char *kind)
{
	struct hs_ctx *ctx = s->ctx;
	char *host = ctx_host_path(ctx, logical_path);
	s->cur_kind = kind;
	s->cur_top = logical_path;
	s->cur_docroot = accounts_docroot_of(ctx->accounts, logical_path);
	/* Docroots nested inside this tree (addon domains in public_html...). */
	free(s->nested);
	s->nested = NULL;
	s->nnested = 0;
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(ctx->accounts, i);
		if (!d)
			break;
		if (path_is_under(d->path, logical_path) && strcmp(d->path, logical_path)) {
			s->nested = xrealloc(s->nested, (s->nnested + 1) * sizeof(*s->nested));
			s->nested[s->nnested++] = d;
		}
	}
	struct walk_opts o = {.max_depth = ctx->cfg.max_depth,
	                      .cross_mounts = ctx->cfg.cross_mounts,
	                      .excludes = &ctx->cfg.excludes,
	                      .rep = ctx->rep,
	                      /* Listing and stat-ing is most of a repeat sweep
	                       * (files come from the cache): as many listing
	                       * threads as scanning ones. walk_cb is thread-safe;
	                       * an entry hook (tmp) is not asked to be. */
	                      .threads = s->entry_hook ? 1 : s->nthreads,
	                      .own = s->own.v,
	                      .nown = s->own.n};
	walk_tree(host, logical_path, &o, walk_cb, s);
	free(host);
}

struct finding *scanner_scan_path(struct scanner *s, const char *logical_path, const char *kind,
                                  enum scan_result *res)
{
	struct hs_ctx *ctx = s->ctx;
	*res = SCAN_FAILED;
	pthread_mutex_lock(&s->sync_lock);
	if (!s->sync_ready) {
		if (!scan_worker_init(&s->sync_worker, s->eng)) {
			pthread_mutex_unlock(&s->sync_lock);
			return NULL;
		}
		s->sync_ready = true;
	}
	char *host = ctx_host_path(ctx, logical_path);
	struct finding *f = NULL;
	struct stat st;
	int fd = open(host, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uint64_t)st.st_size <= ctx->cfg.max_file_size) {
		struct file_info fi = {.path = logical_path,
		                       .st = &st,
		                       .kind = kind,
		                       .docroot = accounts_docroot_of(ctx->accounts, logical_path)};
		*res = scan_worker_scan_fd(&s->sync_worker, fd, &fi, ctx->rep, &f);
	}
	if (fd >= 0)
		close(fd);
	free(host);
	pthread_mutex_unlock(&s->sync_lock);
	return f;
}

static int cmp_docroot(const void *a, const void *b)
{
	return strcmp(((const struct docroot *)a)->path, ((const struct docroot *)b)->path);
}

size_t docroots_discover(struct hs_ctx *ctx)
{
	struct docroot *v = NULL;
	size_t n = 0;
	struct {
		dev_t dev;
		ino_t ino;
	} *seen = NULL;
	for (size_t i = 0; i < ctx->cfg.docroots.n; i++) {
		char *pat = ctx_host_path(ctx, ctx->cfg.docroots.v[i]);
		glob_t g;
		if (glob(pat, GLOB_NOSORT | GLOB_ONLYDIR, NULL, &g) == 0) {
			for (size_t k = 0; k < g.gl_pathc; k++) {
				struct stat st;
				/* A docroot that is a symlink (cPanel's www) is reached
				 * through its target, never through the link. */
				if (lstat(g.gl_pathv[k], &st) < 0 || !S_ISDIR(st.st_mode))
					continue;
				bool dup = false;
				for (size_t m = 0; m < n && !dup; m++)
					dup = seen[m].dev == st.st_dev && seen[m].ino == st.st_ino;
				if (dup)
					continue;
				v = xrealloc(v, (n + 1) * sizeof(*v));
				seen = xrealloc(seen, (n + 1) * sizeof(*seen));
				seen[n].dev = st.st_dev;
				seen[n].ino = st.st_ino;
				const char *logical = ctx_logical_path(ctx, g.gl_pathv[k]);
				v[n].path = xstrdup(logical);
				v[n].uid = st.st_uid;
				v[n].account = NULL;
				n++;
			}
		}
		globfree(&g);
		free(pat);
	}
	free(seen);
	if (n)
		qsort(v, n, sizeof(*v), cmp_docroot);
	accounts_set_docroots(ctx->accounts, v, n);
	/* Account: whose home holds it, else the hosting user owning it. */
	for (size_t i = 0; i < n; i++) {
		const char *a = accounts_for_path(ctx->accounts, v[i].path);
		if (!a && accounts_is_hosting_uid(ctx->accounts, v[i].uid))
			a = accounts_user_name(ctx->accounts, v[i].uid);
		v[i].account = a ? xstrdup(a) : NULL;
	}
	return n;
}
