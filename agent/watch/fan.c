/* The fanotify event source: one notification group reporting the parent
 * directory's file handle and the entry name (FAN_REPORT_DFID_NAME, Linux
 * 5.9), with a filesystem mark on every filesystem that holds a watched
 * tree. A filesystem mark costs nothing per directory (no watch limit, no
 * walk at start, no race with directories created before a watch could be
 * added: the weak points of inotify monitors), but it sees the whole
 * filesystem: every event's directory is resolved (open_by_handle_at, then
 * the fd's path) and events outside the trees are dropped by the caller.
 * Events of this process itself (the cache, the quarantine) are skipped.
 * Needs CAP_SYS_ADMIN (fanotify) and CAP_DAC_READ_SEARCH (open_by_handle_at). */
#include "watch/watch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/statfs.h>
#include <unistd.h>

#define FAN_MASK (FAN_CLOSE_WRITE | FAN_MOVED_TO | FAN_CREATE | FAN_ONDIR)
#define BUF_LEN  (64 * 1024)

struct fan_fs {
	fsid_t fsid;
	char *dir; /* a directory on it, opened for open_by_handle_at */
	int mntfd; /* open only while events are read: an open fd would keep the
	            * filesystem from being unmounted */
	uint64_t mnt_id;
};

struct fan {
	struct watch_source base;
	struct fan_fs *fs;
	size_t nfs;
	pid_t self;
	char *buf;
};

static bool same_fsid(const fsid_t *a, const void *b)
{
	return !memcmp(a, b, sizeof(*a));
}

static size_t fan_sync(struct watch_source *src, const struct watch_trees *t)
{
	struct fan *f = (struct fan *)src;
	size_t missing = 0;
	for (size_t i = 0; i < t->n; i++) {
		const struct watch_tree *w = &t->v[i];
		if (!w->present)
			continue;
		struct statfs sf;
		if (statfs(w->host, &sf) < 0) {
			missing++;
			continue;
		}
		size_t k;
		for (k = 0; k < f->nfs; k++)
			if (same_fsid(&f->fs[k].fsid, &sf.f_fsid))
				break;
		/* Marked before on the same mount: nothing to do. A new mount of
		 * the same filesystem (unmounted and mounted again) is a new
		 * superblock whose marks are gone: mark it again. */
		if (k < f->nfs && f->fs[k].mnt_id == w->mnt_id) {
			/* the directory handles are opened from: a present tree (the
			 * one kept may have been removed) */
			free(f->fs[k].dir);
			f->fs[k].dir = xstrdup(w->host);
			continue;
		}
		if (fanotify_mark(src->fd, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_MASK, AT_FDCWD,
		                  w->host) < 0) {
			hs_warn("watch: fanotify cannot mark the filesystem of %s: %s", w->logical,
			        strerror(errno));
			missing++;
			continue;
		}
		if (k == f->nfs) {
			f->fs = xrealloc(f->fs, (f->nfs + 1) * sizeof(*f->fs));
			f->fs[k].dir = NULL;
			f->fs[k].mntfd = -1;
			f->nfs++;
		}
		free(f->fs[k].dir);
		f->fs[k].dir = xstrdup(w->host);
		f->fs[k].fsid = sf.f_fsid;
		f->fs[k].mnt_id = w->mnt_id;
		hs_debug("watch: fanotify marks the filesystem of %s", w->logical);
	}
	return missing;
}

/* The directory of a DFID(_NAME) record as a path, into out. */
static bool resolve_dir(struct fan *f, const struct fanotify_event_info_fid *fid, char *out,
                        size_t outlen)
{
	int mntfd = -1;
	for (size_t k = 0; k < f->nfs; k++)
		if (same_fsid(&f->fs[k].fsid, &fid->fsid)) {
			mntfd = f->fs[k].mntfd;
			break;
		}
	if (mntfd < 0)
		return false;
	/* the record may not be aligned for struct file_handle: copy it */
	const unsigned char *raw = fid->handle;
	unsigned int hbytes;
	memcpy(&hbytes, raw, sizeof(hbytes));
	if (hbytes > MAX_HANDLE_SZ)
		return false;
	union {
		struct file_handle fh;
		unsigned char b[sizeof(struct file_handle) + MAX_HANDLE_SZ];
	} h;
	memcpy(&h, raw, sizeof(struct file_handle) + hbytes);
	int dfd = open_by_handle_at(mntfd, &h.fh, O_PATH | O_CLOEXEC);
	if (dfd < 0)
		return false; /* ESTALE: the directory is gone already */
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", dfd);
	ssize_t n = readlink(proc, out, outlen - 1);
	close(dfd);
	if (n <= 0 || (size_t)n >= outlen - 1)
		return false;
	out[n] = '\0';
	/* an unlinked directory reads "/path (deleted)" */
	return out[0] == '/' && !strstr(out, " (deleted)");
}

/* The directories for open_by_handle_at, open while one read's events are
 * handled. Not O_PATH: open_by_handle_at refuses that. */
static void open_mounts(struct fan *f, bool open_them)
{
	for (size_t k = 0; k < f->nfs; k++) {
		if (open_them) {
			f->fs[k].mntfd = open(f->fs[k].dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		} else if (f->fs[k].mntfd >= 0) {
			close(f->fs[k].mntfd);
			f->fs[k].mntfd = -1;
		}
	}
}

static int fan_read_events(struct fan *f, watch_event_fn fn, void *ud);

static int fan_read(struct watch_source *src, watch_event_fn fn, void *ud)
{
	struct fan *f = (struct fan *)src;
	open_mounts(f, true);
	int n = fan_read_events(f, fn, ud);
	open_mounts(f, false);
	return n;
}

static int fan_read_events(struct fan *f, watch_event_fn fn, void *ud)
{
	struct watch_source *src = &f->base;
	int count = 0;
	char dir[PATH_MAX], path[PATH_MAX + NAME_MAX + 2];
	/* a few buffers at most, then back to the caller's loop */
	for (int round = 0; round < 16; round++) {
		ssize_t len = read(src->fd, f->buf, BUF_LEN);
		if (len < 0) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			hs_err("watch: reading fanotify events: %s", strerror(errno));
			return -1;
		}
		if (len == 0)
			break;
		/* Records are 4-byte aligned only: each header is copied out. */
		struct fanotify_event_metadata mm, *m = &mm;
		for (ssize_t pos = 0; pos + (ssize_t)sizeof(mm) <= len; pos += mm.event_len) {
			memcpy(&mm, f->buf + pos, sizeof(mm));
			if (mm.event_len < sizeof(mm) || pos + (ssize_t)mm.event_len > len ||
			    mm.metadata_len < sizeof(mm) || mm.metadata_len > mm.event_len)
				break;
			if (m->vers != FANOTIFY_METADATA_VERSION) {
				hs_err("watch: fanotify metadata version %d, expected %d", m->vers,
				       FANOTIFY_METADATA_VERSION);
				return -1;
			}
			if (m->fd >= 0)
				close(m->fd); /* not asked for, but never leak one */
			count++;
			if (m->mask & FAN_Q_OVERFLOW) {
				struct watch_event e = {.type = WEV_OVERFLOW};
				fn(ud, &e);
				continue;
			}
			if (m->pid == f->self)
				continue;
			const char *rec = f->buf + pos + m->metadata_len;
			const char *end = f->buf + pos + m->event_len;
			const struct fanotify_event_info_fid *fid = NULL;
			const char *name = NULL;
			while (rec + sizeof(struct fanotify_event_info_header) <= end) {
				struct fanotify_event_info_header hdr;
				memcpy(&hdr, rec, sizeof(hdr));
				if (hdr.len < sizeof(hdr) || rec + hdr.len > end)
					break;
				if (hdr.info_type == FAN_EVENT_INFO_TYPE_DFID_NAME ||
				    hdr.info_type == FAN_EVENT_INFO_TYPE_DFID) {
					fid = (const struct fanotify_event_info_fid *)(const void *)
					    rec;
					if (hdr.info_type == FAN_EVENT_INFO_TYPE_DFID_NAME) {
						unsigned int hb;
						memcpy(&hb, fid->handle, sizeof(hb));
						const char *nm = (const char *)fid->handle +
						                 sizeof(struct file_handle) + hb;
						/* bounded: the name must end inside the record */
						if (nm < rec + hdr.len &&
						    memchr(nm, '\0', (size_t)(rec + hdr.len - nm)))
							name = nm;
					}
				}
				rec += hdr.len;
			}
			if (!fid || !name || !strcmp(name, ".")) /* self events: not asked for */
				continue;
			if (!resolve_dir(f, fid, dir, sizeof(dir))) {
				hs_debug("watch: fanotify: cannot resolve the directory of %s: %s",
				         name, strerror(errno));
				src->unresolved++;
				continue;
			}
			snprintf(path, sizeof(path), "%s%s%s", dir, strcmp(dir, "/") ? "/" : "",
			         name);
			struct watch_event e = {.type = WEV_FILE, .path = path, .pid = m->pid};
			/* A created directory's files send their own events; one
			 * moved in brings its files silently: its tree is scanned. */
			if (m->mask & FAN_ONDIR)
				e.type = (m->mask & FAN_MOVED_TO) ? WEV_DIR : WEV_MKDIR;
			fn(ud, &e);
		}
	}
	return count;
}

static void fan_free(struct watch_source *src)
{
	struct fan *f = (struct fan *)src;
	open_mounts(f, false);
	for (size_t k = 0; k < f->nfs; k++)
		free(f->fs[k].dir);
	free(f->fs);
	free(f->buf);
	if (src->fd >= 0)
		close(src->fd);
	free(src->problem);
	free(f);
}

struct watch_source *fan_source_new(char *why, size_t whylen)
{
	int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_DFID_NAME | FAN_CLOEXEC | FAN_NONBLOCK,
	                       O_RDONLY | O_LARGEFILE | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, whylen, "%s",
		         errno == EPERM    ? "not permitted (needs CAP_SYS_ADMIN; in a container "
		                             "without it?)"
		         : errno == EINVAL ? "FAN_REPORT_DFID_NAME is not supported (Linux 5.9 or "
		                             "later is needed)"
		         : errno == ENOSYS ? "the kernel has no fanotify"
		                           : strerror(errno));
		return NULL;
	}
	struct fan *f = xcalloc(1, sizeof(*f));
	f->base.name = "fanotify";
	f->base.fd = fd;
	f->base.sync = fan_sync;
	f->base.read = fan_read;
	f->base.free = fan_free;
	f->self = getpid();
	f->buf = xmalloc(BUF_LEN);
	return &f->base;
}
