/* The inotify event source, for when fanotify is not permitted (a
 * container without CAP_SYS_ADMIN, an old kernel) or chosen with
 * [watch] backend = inotify. inotify watches directories one by one: every
 * directory of every tree is walked at start and gets a watch, and every
 * directory that appears gets one when its event is read; files that landed
 * in a new directory before its watch existed are found by scanning it.
 *
 * The limit: one watch per directory, counted per user (root's too) against
 * fs.inotify.max_user_watches (on Linux 5.11 and later the default is about
 * 1% of RAM / 1 KiB per watch, capped at 1048576; 8192 before). A server
 * with 20,000 docroots of 40 directories each needs 800,000 watches, and
 * each one pins its directory's inode in memory (roughly 1 KiB of kernel
 * memory per watch on 64-bit). When the limit is hit the tree is watched
 * only in part: this is said once, with the numbers, and shown by
 * `check watch`. */
#include "watch/watch.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#define INO_MASK                                                                                   \
	(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR |   \
	 IN_DONT_FOLLOW | IN_EXCL_UNLINK)
#define BUF_LEN (64 * 1024)

struct iwatch {
	int wd;
	char *path; /* NULL once removed */
};

struct ino {
	struct watch_source base;
	struct iwatch *v; /* sorted by wd: the kernel hands them out increasing */
	size_t n, live;
	int max_depth;
	bool limit_hit;
	char *buf;
};

static struct iwatch *find_wd(struct ino *in, int wd)
{
	size_t lo = 0, hi = in->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (in->v[mid].wd < wd)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < in->n && in->v[lo].wd == wd ? &in->v[lo] : NULL;
}

static void note_limit(struct ino *in)
{
	if (in->limit_hit)
		return;
	in->limit_hit = true;
	long max = -1;
	FILE *f = fopen("/proc/sys/fs/inotify/max_user_watches", "r");
	if (f) {
		if (fscanf(f, "%ld", &max) != 1)
			max = -1;
		fclose(f);
	}
	free(in->base.problem);
	in->base.problem = xasprintf(
	    "inotify watch limit reached: fs.inotify.max_user_watches = %ld, this watcher holds "
	    "%zu (one per directory, shared with root's other inotify users); raise it (sysctl "
	    "fs.inotify.max_user_watches=N, about 1 KiB of kernel memory each) or use fanotify",
	    max, in->live);
	hs_warn("watch: %s", in->base.problem);
}

/* Add a watch; true when the directory is watched (now or already). */
static bool add_watch(struct ino *in, const char *path)
{
	int wd = inotify_add_watch(in->base.fd, path, INO_MASK);
	if (wd < 0) {
		if (errno == ENOSPC)
			note_limit(in);
		return false;
	}
	struct iwatch *w = find_wd(in, wd);
	if (w) { /* the same directory again, or a wd the kernel reused */
		if (!w->path || strcmp(w->path, path)) {
			if (!w->path)
				in->live++;
			free(w->path);
			w->path = xstrdup(path);
		}
		return true;
	}
	size_t pos = in->n;
	while (pos > 0 && in->v[pos - 1].wd > wd)
		pos--;
	in->v = xrealloc(in->v, (in->n + 1) * sizeof(*in->v));
	memmove(in->v + pos + 1, in->v + pos, (in->n - pos) * sizeof(*in->v));
	in->v[pos] = (struct iwatch){.wd = wd, .path = xstrdup(path)};
	in->n++;
	in->live++;
	return true;
}

/* nftw has no user pointer: the walk in progress (one at a time). */
static struct ino *walking;

static int add_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	if (type != FTW_D)
		return FTW_CONTINUE;
	if (walking->max_depth > 0 && ftw->level > walking->max_depth)
		return FTW_SKIP_SUBTREE;
	if (!add_watch(walking, path))
		return walking->limit_hit ? FTW_STOP : FTW_SKIP_SUBTREE;
	return FTW_CONTINUE;
}

/* Watch every directory of a tree: no symlink followed, no mount crossed. */
static bool add_tree(struct ino *in, const char *top)
{
	walking = in;
	int r = nftw(top, add_one, 32, FTW_PHYS | FTW_MOUNT | FTW_ACTIONRETVAL);
	walking = NULL;
	return r == 0;
}

static size_t ino_sync(struct watch_source *src, const struct watch_trees *t)
{
	struct ino *in = (struct ino *)src;
	size_t missing = 0;
	for (size_t i = 0; i < t->n; i++) {
		const struct watch_tree *w = &t->v[i];
		if (!w->present)
			continue;
		/* Adding a watch to a watched directory hands back its wd: a
		 * root watched already has its subdirectories watched (added
		 * as they came), a new root (or a root made again) is walked. */
		int wd = inotify_add_watch(src->fd, w->host, INO_MASK);
		struct iwatch *have = wd >= 0 ? find_wd(in, wd) : NULL;
		if (have && have->path && !strcmp(have->path, w->host) && !in->limit_hit)
			continue;
		if (!add_tree(in, w->host))
			missing++;
	}
	return missing;
}

static int ino_read(struct watch_source *src, watch_event_fn fn, void *ud)
{
	struct ino *in = (struct ino *)src;
	int count = 0;
	char path[PATH_MAX + NAME_MAX + 2];
	for (int round = 0; round < 16; round++) {
		ssize_t len = read(src->fd, in->buf, BUF_LEN);
		if (len < 0) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			hs_err("watch: reading inotify events: %s", strerror(errno));
			return -1;
		}
		if (len == 0)
			break;
		for (char *p = in->buf; p + sizeof(struct inotify_event) <= in->buf + len;) {
			struct inotify_event ev;
			memcpy(&ev, p, sizeof(ev));
			const char *name = p + sizeof(ev);
			size_t rec = sizeof(ev) + ev.len;
			if (p + rec > in->buf + len)
				break;
			p += rec;
			count++;
			if (ev.mask & IN_Q_OVERFLOW) {
				struct watch_event e = {.type = WEV_OVERFLOW};
				fn(ud, &e);
				continue;
			}
			struct iwatch *w = find_wd(in, ev.wd);
			if (!w || !w->path)
				continue;
			if (ev.mask & IN_IGNORED) {
				/* the directory is gone (or unmounted): its watch too */
				free(w->path);
				w->path = NULL;
				in->live--;
				continue;
			}
			if (ev.mask & (IN_DELETE_SELF | IN_MOVE_SELF))
				continue; /* IN_IGNORED follows for a deleted one */
			if (!ev.len || !memchr(name, '\0', ev.len))
				continue;
			snprintf(path, sizeof(path), "%s/%s", w->path, name);
			struct watch_event e = {.type = WEV_FILE, .path = path};
			if (ev.mask & IN_ISDIR) {
				/* created or moved in: watch it, and scan what it holds
				 * (written before the watch existed, or moved in with it) */
				add_tree(in, path);
				e.type = WEV_DIR;
			}
			fn(ud, &e);
		}
	}
	return count;
}

static void ino_free(struct watch_source *src)
{
	struct ino *in = (struct ino *)src;
	for (size_t i = 0; i < in->n; i++)
		free(in->v[i].path);
	free(in->v);
	free(in->buf);
	if (src->fd >= 0)
		close(src->fd);
	free(src->problem);
	free(in);
}

struct watch_source *ino_source_new(int max_depth, char *why, size_t whylen)
{
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (fd < 0) {
		snprintf(why, whylen, "inotify: %s", strerror(errno));
		return NULL;
	}
	struct ino *in = xcalloc(1, sizeof(*in));
	in->base.name = "inotify";
	in->base.fd = fd;
	in->base.sync = ino_sync;
	in->base.read = ino_read;
	in->base.free = ino_free;
	in->max_depth = max_depth;
	in->buf = xmalloc(BUF_LEN);
	return &in->base;
}
