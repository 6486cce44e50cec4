/* The exec deny ([watch] exec_deny = yes, off by default): a second
 * fanotify group, of the content class (permission events cannot be had
 * with FAN_REPORT_DFID_NAME, and the open fd is what must be judged),
 * with FAN_OPEN_EXEC_PERM on the filesystems of the trees. Every execve on
 * those filesystems waits for this process's answer, so:
 *   - one thread does nothing but answer: files outside the trees at once,
 *     files with a known verdict (the table the watcher's scans fill) at
 *     once, and the rest when a second thread has scanned them, or when
 *     the deadline passes, whichever is first: then the file is allowed,
 *     and counted. A slow or stalled scan never holds an execve longer
 *     than the deadline; the answering thread never blocks on the scan.
 *   - if the whole process stops, systemd's watchdog kills it, and the
 *     kernel allows every event still waiting when the group is closed.
 * Denied: files the scanner finds at or above exec_min_severity (critical
 * by default). A denial is reported as an action ("exec-deny"), journaled
 * through the log sink; there is nothing to undo (the file is untouched). */
#include "escape.h"
#include "report/log.h"
#include "scan/scanner.h"
#include "watch/watch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <unistd.h>

/* ---- verdicts ------------------------------------------------------------ */

#define NVERDICTS 8192

struct verdict {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime, ctime;
	signed char sev; /* -1: empty slot */
};

static struct verdict verdicts[NVERDICTS];
static bool verdicts_init;
static pthread_mutex_t verdict_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t vslot(const struct stat *st)
{
	uint64_t h = (uint64_t)st->st_ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)st->st_dev;
	return (size_t)(h % NVERDICTS);
}

static bool same_version(const struct verdict *v, const struct stat *st)
{
	return v->dev == st->st_dev && v->ino == st->st_ino && v->size == st->st_size &&
	       v->mtime.tv_sec == st->st_mtim.tv_sec && v->mtime.tv_nsec == st->st_mtim.tv_nsec &&
	       v->ctime.tv_sec == st->st_ctim.tv_sec && v->ctime.tv_nsec == st->st_ctim.tv_nsec;
}

void verdict_record(const struct stat *st, enum hs_severity sev)
{
	pthread_mutex_lock(&verdict_lock);
	if (!verdicts_init) {
		for (size_t i = 0; i < NVERDICTS; i++)
			verdicts[i].sev = -1;
		verdicts_init = true;
	}
	verdicts[vslot(st)] = (struct verdict){.dev = st->st_dev,
	                                       .ino = st->st_ino,
	                                       .size = st->st_size,
	                                       .mtime = st->st_mtim,
	                                       .ctime = st->st_ctim,
	                                       .sev = (signed char)sev};
	pthread_mutex_unlock(&verdict_lock);
}

int verdict_lookup(const struct stat *st)
{
	int r = -1;
	pthread_mutex_lock(&verdict_lock);
	const struct verdict *v = &verdicts[vslot(st)];
	if (verdicts_init && v->sev >= 0 && same_version(v, st))
		r = v->sev;
	pthread_mutex_unlock(&verdict_lock);
	return r;
}

/* ---- the responder -------------------------------------------------------- */

#define MAX_WAITING 64

struct request {
	uint64_t id;
	int fd; /* a dup of the event's fd: the scan thread's own */
	struct stat st;
	char *path; /* logical */
	const char *kind;
};

struct waiting {
	uint64_t id;
	int fd; /* the event's fd: the answer names it */
	double deadline;
	char *path;
};

struct result {
	uint64_t id;
	int sev;
	struct finding *f;
};

struct exec_deny {
	struct hs_ctx *ctx;
	struct scanner *s;
	int fan, wake_answer, stop;
	pthread_mutex_t scan_lock; /* held while scanning: exec_deny_pause() */
	pthread_t answer_thread, scan_thread;
	bool scan_started, answer_started;
	pid_t self;
	double deadline;

	pthread_mutex_t lock; /* trees, queues, stats */
	pthread_cond_t more;
	struct strlist hosts, logicals, kinds; /* the trees */
	struct request req[MAX_WAITING];
	size_t nreq;
	struct result res[MAX_WAITING];
	size_t nres;
	bool stopping;
	struct exec_stats stats;

	/* the answering thread's own */
	struct waiting wait[MAX_WAITING];
	size_t nwait;
	uint64_t next_id;
};

static void answer(struct exec_deny *x, int fd, bool allow)
{
	struct fanotify_response r = {.fd = fd, .response = allow ? FAN_ALLOW : FAN_DENY};
	if (write(x->fan, &r, sizeof(r)) != sizeof(r))
		hs_warn("watch: exec deny: cannot answer the kernel: %s", strerror(errno));
	close(fd);
}

static void count(struct exec_deny *x, uint64_t *c)
{
	pthread_mutex_lock(&x->lock);
	(*c)++;
	pthread_mutex_unlock(&x->lock);
}

static void report_deny(struct exec_deny *x, const char *path, const struct finding *f)
{
	char *ep = hs_escape(path);
	json_t *o = json_object();
	json_object_set_new(o, "id", json_null());
	json_object_set_new(o, "action", json_string("exec-deny"));
	json_object_set_new(o, "target", json_string(ep));
	json_object_set_new(o, "finding", f ? json_string(f->id) : json_null());
	json_object_set_new(o, "account", f && f->account ? json_string(f->account) : json_null());
	json_object_set_new(o, "result", json_string("ok"));
	json_object_set_new(o, "detail", json_string("execution refused (FAN_OPEN_EXEC_PERM)"));
	char *line = xasprintf("exec-deny %s: execution refused", ep);
	report_action(x->ctx->rep, o, line);
	free(line);
	log_action("exec-deny", NULL, f, "ok", path);
	free(ep);
}

/* The tree of a host path: its logical path (malloc'd) and kind, or NULL. */
static char *in_tree(struct exec_deny *x, const char *host, const char **kind)
{
	char *out = NULL;
	pthread_mutex_lock(&x->lock);
	size_t best = 0;
	for (size_t i = 0; i < x->hosts.n; i++) {
		size_t l = strlen(x->hosts.v[i]);
		if (l >= best && path_is_under(host, x->hosts.v[i])) {
			best = l;
			*kind = x->kinds.v[i][0] == 't' ? "tmp" : "file";
			free(out);
			out = xstrdup(ctx_logical_path(x->ctx, host));
		}
	}
	pthread_mutex_unlock(&x->lock);
	return out;
}

static void on_event(struct exec_deny *x, const struct fanotify_event_metadata *m)
{
	int fd = m->fd;
	if (fd < 0)
		return;
	if (!(m->mask & FAN_OPEN_EXEC_PERM) || m->pid == x->self) {
		answer(x, fd, true);
		return;
	}
	count(x, &x->stats.checked);
	char proc[64], host[PATH_MAX];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(proc, host, sizeof(host) - 1);
	const char *kind = "file";
	char *logical = NULL;
	if (n > 0) {
		host[n] = '\0';
		logical = in_tree(x, host, &kind);
	}
	struct stat st;
	if (!logical || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		free(logical);
		answer(x, fd, true);
		return;
	}
	int v = verdict_lookup(&st);
	if (v >= 0) {
		bool deny = v >= (int)watch_settings.exec_min_severity;
		if (deny) {
			count(x, &x->stats.denied);
			report_deny(x, logical, NULL);
		}
		answer(x, fd, !deny);
		free(logical);
		return;
	}
	pthread_mutex_lock(&x->lock);
	bool room = x->nreq < MAX_WAITING && x->nwait < MAX_WAITING;
	int dfd = room ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
	if (dfd >= 0) {
		uint64_t id = ++x->next_id;
		x->req[x->nreq++] =
		    (struct request){.id = id, .fd = dfd, .st = st, .path = logical, .kind = kind};
		x->wait[x->nwait++] = (struct waiting){.id = id,
		                                       .fd = fd,
		                                       .deadline = hs_now() + x->deadline,
		                                       .path = xstrdup(logical)};
		pthread_cond_signal(&x->more);
		logical = NULL;
	}
	pthread_mutex_unlock(&x->lock);
	if (logical) { /* too many waiting already: allowed, counted */
		count(x, &x->stats.allowed_busy);
		free(logical);
		answer(x, fd, true);
	}
}

static void take_results(struct exec_deny *x)
{
	struct result got[MAX_WAITING];
	pthread_mutex_lock(&x->lock);
	size_t n = x->nres;
	memcpy(got, x->res, n * sizeof(*got));
	x->nres = 0;
	pthread_mutex_unlock(&x->lock);
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < x->nwait; k++) {
			if (x->wait[k].id != got[i].id)
				continue;
			bool deny = got[i].sev >= (int)watch_settings.exec_min_severity;
			if (deny) {
				count(x, &x->stats.denied);
				report_deny(x, x->wait[k].path, got[i].f);
			}
			answer(x, x->wait[k].fd, !deny);
			free(x->wait[k].path);
			x->wait[k] = x->wait[--x->nwait];
			break;
		}
		/* not waiting any more: allowed at its deadline already */
		finding_free(got[i].f);
	}
}

static void expire(struct exec_deny *x, double now, bool all)
{
	for (size_t k = 0; k < x->nwait;) {
		if (all || x->wait[k].deadline <= now) {
			count(x, &x->stats.allowed_deadline);
			hs_info("watch: exec deny: no verdict within %.0f ms, allowed: %s",
			        x->deadline * 1000, x->wait[k].path);
			answer(x, x->wait[k].fd, true);
			free(x->wait[k].path);
			x->wait[k] = x->wait[--x->nwait];
		} else {
			k++;
		}
	}
}

static void *answer_loop(void *arg)
{
	struct exec_deny *x = arg;
	char buf[8192];
	for (;;) {
		double now = hs_now(), next = -1;
		for (size_t k = 0; k < x->nwait; k++)
			if (next < 0 || x->wait[k].deadline < next)
				next = x->wait[k].deadline;
		int timeout = next < 0 ? -1 : next <= now ? 0 : (int)((next - now) * 1000) + 1;
		struct pollfd p[3] = {
		    {x->fan, POLLIN, 0}, {x->wake_answer, POLLIN, 0}, {x->stop, POLLIN, 0}};
		if (poll(p, 3, timeout) < 0 && errno != EINTR)
			break;
		if (p[2].revents)
			break;
		if (p[1].revents) {
			uint64_t v;
			if (read(x->wake_answer, &v, sizeof(v)) < 0 && errno != EAGAIN)
				break;
			take_results(x);
		}
		if (p[0].revents & POLLIN) {
			ssize_t len = read(x->fan, buf, sizeof(buf));
			struct fanotify_event_metadata m;
			/* copied out: records need not be aligned for the struct */
			for (ssize_t pos = 0; pos + (ssize_t)sizeof(m) <= len; pos += m.event_len) {
				memcpy(&m, buf + pos, sizeof(m));
				if (m.event_len < sizeof(m) || pos + (ssize_t)m.event_len > len)
					break;
				on_event(x, &m);
			}
		}
		expire(x, hs_now(), false);
	}
	take_results(x);
	expire(x, 0, true);
	return NULL;
}

static void *scan_loop(void *arg)
{
	struct exec_deny *x = arg;
	struct scan_worker w;
	/* the scanner's engine, shared as its own workers share it */
	if (!scan_worker_init(&w, (struct scan_engine *)scanner_engine(x->s)))
		return NULL;
	for (;;) {
		pthread_mutex_lock(&x->lock);
		while (!x->nreq && !x->stopping)
			pthread_cond_wait(&x->more, &x->lock);
		if (x->stopping) {
			for (size_t i = 0; i < x->nreq; i++) {
				close(x->req[i].fd);
				free(x->req[i].path);
			}
			x->nreq = 0;
			pthread_mutex_unlock(&x->lock);
			break;
		}
		struct request r = x->req[0];
		memmove(x->req, x->req + 1, (x->nreq - 1) * sizeof(*x->req));
		x->nreq--;
		pthread_mutex_unlock(&x->lock);

		pthread_mutex_lock(&x->scan_lock);
		struct file_info fi = {.path = r.path,
		                       .st = &r.st,
		                       .kind = r.kind,
		                       .docroot = accounts_docroot_of(x->ctx->accounts, r.path)};
		struct finding *f = NULL;
		enum scan_result res = scan_worker_scan_fd(&w, r.fd, &fi, x->ctx->rep, &f);
		close(r.fd);
		pthread_mutex_unlock(&x->scan_lock);
		int sev = f ? (int)f->severity : HS_SEV_NONE;
		if (res != SCAN_FAILED)
			verdict_record(&r.st, (enum hs_severity)sev);
		if (f)
			finding_finalize(f);
		free(r.path);
		pthread_mutex_lock(&x->lock);
		if (x->nres < MAX_WAITING)
			x->res[x->nres++] = (struct result){.id = r.id, .sev = sev, .f = f};
		else
			finding_free(f);
		pthread_mutex_unlock(&x->lock);
		uint64_t one = 1;
		if (write(x->wake_answer, &one, sizeof(one)) < 0)
			hs_debug("watch: exec deny: wake: %s", strerror(errno));
	}
	scan_worker_free(&w);
	return NULL;
}

void exec_deny_sync(struct exec_deny *x, const struct watch_trees *t)
{
	pthread_mutex_lock(&x->lock);
	strlist_clear(&x->hosts);
	strlist_clear(&x->logicals);
	strlist_clear(&x->kinds);
	for (size_t i = 0; i < t->n; i++) {
		strlist_add(&x->hosts, t->v[i].host);
		strlist_add(&x->logicals, t->v[i].logical);
		strlist_add(&x->kinds, t->v[i].kind);
	}
	pthread_mutex_unlock(&x->lock);
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].present &&
		    fanotify_mark(x->fan, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_OPEN_EXEC_PERM,
		                  AT_FDCWD, t->v[i].host) < 0)
			hs_warn("watch: exec deny: cannot mark the filesystem of %s: %s",
			        t->v[i].logical, strerror(errno));
}

struct exec_deny *exec_deny_start(struct hs_ctx *ctx, struct scanner *s,
                                  const struct watch_trees *t, char *why, size_t whylen)
{
	int fan = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC | FAN_NONBLOCK,
	                        O_RDONLY | O_LARGEFILE | O_CLOEXEC);
	if (fan < 0) {
		snprintf(why, whylen, "fanotify (content class): %s", strerror(errno));
		return NULL;
	}
	struct exec_deny *x = xcalloc(1, sizeof(*x));
	x->ctx = ctx;
	x->s = s;
	x->fan = fan;
	x->self = getpid();
	x->deadline = watch_settings.exec_deadline;
	x->wake_answer = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	x->stop = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	pthread_mutex_init(&x->lock, NULL);
	pthread_mutex_init(&x->scan_lock, NULL);
	pthread_cond_init(&x->more, NULL);
	if (x->wake_answer < 0 || x->stop < 0) {
		snprintf(why, whylen, "eventfd: %s", strerror(errno));
		exec_deny_stop(x);
		return NULL;
	}
	exec_deny_sync(x, t);
	x->scan_started = pthread_create(&x->scan_thread, NULL, scan_loop, x) == 0;
	x->answer_started =
	    x->scan_started && pthread_create(&x->answer_thread, NULL, answer_loop, x) == 0;
	if (!x->answer_started) {
		snprintf(why, whylen, "cannot start its threads");
		exec_deny_stop(x);
		return NULL;
	}
	return x;
}

void exec_deny_pause(struct exec_deny *x, bool pause)
{
	if (pause)
		pthread_mutex_lock(&x->scan_lock);
	else
		pthread_mutex_unlock(&x->scan_lock);
}

void exec_deny_stats(struct exec_deny *x, struct exec_stats *out)
{
	pthread_mutex_lock(&x->lock);
	*out = x->stats;
	pthread_mutex_unlock(&x->lock);
}

void exec_deny_stop(struct exec_deny *x)
{
	if (!x)
		return;
	if (x->answer_started) {
		uint64_t one = 1;
		if (write(x->stop, &one, sizeof(one)) < 0)
			hs_debug("watch: exec deny: stop: %s", strerror(errno));
		pthread_join(x->answer_thread, NULL);
	}
	if (x->scan_started) {
		pthread_mutex_lock(&x->lock);
		x->stopping = true;
		pthread_cond_signal(&x->more);
		pthread_mutex_unlock(&x->lock);
		pthread_join(x->scan_thread, NULL);
	}
	for (size_t i = 0; i < x->nres; i++)
		finding_free(x->res[i].f);
	/* closing the group allows whatever is still waiting */
	close(x->fan);
	if (x->wake_answer >= 0)
		close(x->wake_answer);
	if (x->stop >= 0)
		close(x->stop);
	strlist_clear(&x->hosts);
	strlist_clear(&x->logicals);
	strlist_clear(&x->kinds);
	pthread_mutex_destroy(&x->lock);
	pthread_mutex_destroy(&x->scan_lock);
	pthread_cond_destroy(&x->more);
	free(x);
}
