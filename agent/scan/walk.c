#include "scan/walk.h"
#include "escape.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <linux/openat2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* A parallel walk shares directories that are open and checked but not yet
 * listed. At most PENDING_MAX wait (their fds are open); past that, a
 * thread lists the directory itself, as the sequential walk does, so open
 * fds stay bounded by PENDING_MAX plus the depth each thread is at. */
#define PENDING_MAX 64

struct dir_job {
	int fd;
	char *path;
	int depth;
	bool own; /* inside one of hostsweep's own directories */
};

struct walker {
	const struct walk_opts *o;
	walk_fn fn;
	void *ud;
	dev_t dev; /* device of the top: mount points are not crossed */

	bool parallel;
	pthread_mutex_t lock;
	pthread_cond_t changed; /* a directory was offered, or the walk ended */
	struct dir_job pending[PENDING_MAX];
	size_t npending;
	int listing; /* threads listing a directory now */
};

static bool excluded(const struct walk_opts *o, const char *path)
{
	if (!o->excludes)
		return false;
	for (size_t i = 0; i < o->excludes->n; i++)
		if (fnmatch(o->excludes->v[i], path, 0) == 0)
			return true;
	return false;
}

static bool is_own(const struct walk_opts *o, const struct stat *st)
{
	for (size_t i = 0; i < o->nown; i++)
		if (o->own[i].dev == st->st_dev && o->own[i].ino == st->st_ino)
			return true;
	return false;
}

/* Is the directory at fd one of hostsweep's own? Only the directory
 * itself, not its ancestors: a state_dir set to a parent of the docroots
 * would otherwise hide them all, and naming a quarantined item below the
 * quarantine (`scan STATE/quarantine/ID`) is how an operator looks at it
 * again. */
static bool fd_is_own(const struct walk_opts *o, int fd)
{
	struct stat st;
	return o->nown && fstat(fd, &st) == 0 && is_own(o, &st);
}

static void say_own(const char *path)
{
	char *p = hs_escape(path);
	hs_info("%s: hostsweep's own files, not scanned", p);
	free(p);
}

static void count_errno(struct report *rep, const char *path, const char *what, int err)
{
	if (err == ENOENT || err == ESTALE || err == ENOTDIR) {
		report_count(rep, &rep->counts.vanished, 1);
		return;
	}
	if (err == EACCES || err == EPERM)
		report_count(rep, &rep->counts.permission, 1);
	report_error(rep, path, what, err);
}

int walk_open(const struct walk_entry *e)
{
	int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
	/* O_NOATIME keeps customers' atimes intact; it needs ownership or
	 * CAP_FOWNER, so retry without it. */
	int fd = openat(e->dirfd, e->name, flags | O_NOATIME);
	if (fd < 0 && errno == EPERM)
		fd = openat(e->dirfd, e->name, flags);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_dev != e->st.st_dev ||
	    st.st_ino != e->st.st_ino) {
		close(fd);
		errno = ESTALE;
		return -1;
	}
	return fd;
}

static void walk_dir(struct walker *w, int dfd, const char *path, int depth, bool own);

/* Parallel walk: hand an opened directory to an idle thread. False when
 * the walk is sequential or enough directories are waiting already; the
 * caller then lists it itself. Takes path on success. */
static bool offer_dir(struct walker *w, int fd, char *path, int depth, bool own)
{
	if (!w->parallel)
		return false;
	pthread_mutex_lock(&w->lock);
	bool taken = w->npending < PENDING_MAX;
	if (taken) {
		w->pending[w->npending++] =
		    (struct dir_job){.fd = fd, .path = path, .depth = depth, .own = own};
		pthread_cond_signal(&w->changed);
	}
	pthread_mutex_unlock(&w->lock);
	return taken;
}

/* Each thread of a parallel walk: list offered directories until none is
 * waiting and no thread is listing one (which could offer more). Last in,
 * first out keeps each thread close to a depth-first walk. */
static void *walk_thread(void *arg)
{
	struct walker *w = arg;
	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (!w->npending && w->listing)
			pthread_cond_wait(&w->changed, &w->lock);
		if (!w->npending)
			break;
		struct dir_job j = w->pending[--w->npending];
		w->listing++;
		pthread_mutex_unlock(&w->lock);
		walk_dir(w, j.fd, j.path, j.depth, j.own);
		free(j.path);
		pthread_mutex_lock(&w->lock);
		if (--w->listing == 0 && !w->npending)
			pthread_cond_broadcast(&w->changed);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* List the directory at dfd (taken) with as many threads as asked. */
static void walk_top_dir(struct walker *w, int dfd, const char *path, bool own)
{
	int n = w->o->threads;
	if (n <= 1) {
		walk_dir(w, dfd, path, 0, own);
		return;
	}
	w->parallel = true;
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->changed, NULL);
	w->pending[w->npending++] =
	    (struct dir_job){.fd = dfd, .path = xstrdup(path), .depth = 0, .own = own};
	pthread_t *tid = xcalloc((size_t)n - 1, sizeof(*tid));
	int started = 0;
	for (int i = 0; i < n - 1; i++)
		if (pthread_create(&tid[started], NULL, walk_thread, w) == 0)
			started++;
	walk_thread(w); /* this thread takes part and returns when all is done */
	for (int i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	free(tid);
	pthread_cond_destroy(&w->changed);
	pthread_mutex_destroy(&w->lock);
}

/* Directory listing with getdents64 on the fd we opened and checked:
 * fdopendir would add an fstat and two fcntl calls per directory, a fifth
 * of the system calls of a repeat sweep. */
struct dir_reader {
	int fd;
	char *buf;
	size_t len, pos;
};

#define DIR_BUF 32768

/* The next entry's name, NULL at the end (errno set on an error). */
static const char *dir_next(struct dir_reader *r)
{
	for (;;) {
		if (r->pos < r->len) {
			struct dirent64 *de = (struct dirent64 *)(void *)(r->buf + r->pos);
			r->pos += de->d_reclen;
			return de->d_name;
		}
		ssize_t n = getdents64(r->fd, r->buf, DIR_BUF);
		if (n <= 0) {
			if (n == 0)
				errno = 0;
			return NULL;
		}
		r->len = (size_t)n;
		r->pos = 0;
	}
}

static void walk_dir(struct walker *w, int dfd, const char *path, int depth, bool own)
{
	struct dir_reader d = {.fd = dfd, .buf = xmalloc(DIR_BUF)};
	for (;;) {
		const char *name = dir_next(&d);
		if (!name) {
			if (errno)
				count_errno(w->o->rep, path, "cannot list directory", errno);
			break;
		}
		if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
			continue;
		char *child = path_join(path, name);
		struct walk_entry e = {
		    .dirfd = dfd, .name = name, .path = child, .depth = depth + 1};
		if (excluded(w->o, child)) {
			report_count(w->o->rep, &w->o->rep->counts.skipped_excluded, 1);
			free(child);
			continue;
		}
		if (fstatat(e.dirfd, name, &e.st, AT_SYMLINK_NOFOLLOW) < 0) {
			count_errno(w->o->rep, child, "cannot stat", errno);
			free(child);
			continue;
		}
		if (own && !S_ISDIR(e.st.st_mode)) {
			/* counted, never shown to an inspector: hostsweep's compiled
			 * rules and quarantined webshells would match every rule */
			report_count(w->o->rep, &w->o->rep->counts.skipped_own, 1);
			free(child);
			continue;
		}
		if (S_ISREG(e.st.st_mode)) {
			e.type = WALK_FILE;
			w->fn(w->ud, &e);
		} else if (S_ISLNK(e.st.st_mode)) {
			char target[4096];
			ssize_t n = readlinkat(e.dirfd, name, target, sizeof(target) - 1);
			if (n >= 0) {
				target[n] = '\0';
				e.type = WALK_SYMLINK;
				e.link_target = target;
				report_count(w->o->rep, &w->o->rep->counts.symlinks, 1);
				w->fn(w->ud, &e);
			} else {
				count_errno(w->o->rep, child, "cannot read symlink", errno);
			}
		} else if (S_ISDIR(e.st.st_mode)) {
			if (e.st.st_dev != w->dev && !w->o->cross_mounts) {
				report_count(w->o->rep, &w->o->rep->counts.skipped_mounts, 1);
			} else if (depth + 1 > w->o->max_depth) {
				report_count(w->o->rep, &w->o->rep->counts.skipped_depth, 1);
				hs_info("not descending below max_depth %d", w->o->max_depth);
			} else {
				e.type = WALK_DIR;
				/* Descended only to count the files: the callback
				 * never sees an own directory or anything in it. */
				bool cown = own || is_own(w->o, &e.st);
				if (cown && !own)
					say_own(child);
				if (cown || w->fn(w->ud, &e)) {
					int cfd = openat(e.dirfd, name,
					                 O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
					                     O_CLOEXEC | O_NONBLOCK);
					struct stat cst;
					if (cfd < 0) {
						count_errno(w->o->rep, child,
						            "cannot open directory", errno);
					} else if (fstat(cfd, &cst) < 0 ||
					           cst.st_ino != e.st.st_ino ||
					           cst.st_dev != e.st.st_dev) {
						/* swapped for something else since fstatat */
						report_count(w->o->rep, &w->o->rep->counts.vanished,
						             1);
						close(cfd);
					} else if (offer_dir(w, cfd, child, depth + 1, cown)) {
						child = NULL; /* the thread listing it frees it */
					} else {
						walk_dir(w, cfd, child, depth + 1, cown);
					}
				}
			}
		} else {
			e.type = WALK_SPECIAL;
			report_count(w->o->rep, &w->o->rep->counts.skipped_special, 1);
			w->fn(w->ud, &e);
		}
		free(child);
	}
	free(d.buf);
	close(dfd);
}

int walk_open_dir_nofollow(const char *host_path)
{
	struct open_how how = {
	    .flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW,
	    .resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS,
	};
	long fd = syscall(SYS_openat2, AT_FDCWD, host_path, &how, sizeof(how));
	if (fd >= 0 || (errno != ENOSYS && errno != EPERM))
		return (int)fd;
	return open(host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
}

int walk_tree(const char *host_path, const char *logical_path, const struct walk_opts *o,
              walk_fn fn, void *ud)
{
	struct walker w = {.o = o, .fn = fn, .ud = ud};
	struct walk_entry e = {.path = logical_path, .depth = 0};
	if (excluded(o, logical_path)) {
		report_count(o->rep, &o->rep->counts.skipped_excluded, 1);
		return 0;
	}
	if (lstat(host_path, &e.st) < 0) {
		/* a configured tree that does not exist here is not a race */
		if (errno == ENOENT)
			hs_info("%s: does not exist", logical_path);
		else
			count_errno(o->rep, logical_path, "cannot stat", errno);
		return -1;
	}
	w.dev = e.st.st_dev;
	if (S_ISDIR(e.st.st_mode)) {
		int fd = open(host_path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		struct stat st;
		if (fd < 0) {
			count_errno(o->rep, logical_path, "cannot open directory", errno);
			return -1;
		}
		if (fstat(fd, &st) < 0 || st.st_ino != e.st.st_ino) {
			report_count(o->rep, &o->rep->counts.vanished, 1);
			close(fd);
			return -1;
		}
		bool own = fd_is_own(o, fd);
		if (own)
			say_own(logical_path);
		walk_top_dir(&w, fd, logical_path, own);
		return 0;
	}
	/* A single entry given as the top: open its parent to get a dirfd. */
	char *parent = xstrdup(host_path);
	char *slash = strrchr(parent, '/');
	const char *name = host_path;
	if (slash) {
		name = host_path + (slash - parent) + 1;
		if (slash == parent)
			slash[1] = '\0';
		else
			*slash = '\0';
	} else {
		free(parent);
		parent = xstrdup(".");
	}
	int pfd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(parent);
	if (pfd < 0) {
		count_errno(o->rep, logical_path, "cannot open parent directory", errno);
		return -1;
	}
	if (fd_is_own(o, pfd)) {
		say_own(logical_path);
		report_count(o->rep, &o->rep->counts.skipped_own, 1);
		close(pfd);
		return 0;
	}
	e.dirfd = pfd;
	e.name = name;
	char target[4096];
	if (S_ISREG(e.st.st_mode)) {
		e.type = WALK_FILE;
	} else if (S_ISLNK(e.st.st_mode)) {
		ssize_t n = readlinkat(pfd, name, target, sizeof(target) - 1);
		target[n < 0 ? 0 : n] = '\0';
		e.type = WALK_SYMLINK;
		e.link_target = target;
		report_count(o->rep, &o->rep->counts.symlinks, 1);
	} else {
		e.type = WALK_SPECIAL;
		report_count(o->rep, &o->rep->counts.skipped_special, 1);
	}
	fn(ud, &e);
	close(pfd);
	return 0;
}
