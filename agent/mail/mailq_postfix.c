/* Postfix: queue_directory (main.cf, default /var/spool/postfix) with the
 * queues maildrop, incoming, active, deferred, hold (and corrupt, shown
 * but not in the total). A queue may be hashed into one-character
 * subdirectories (deferred/X/ID by default). A queue file is a sequence of
 * records: a type byte, a base-128 length (low 7 bits first), the data.
 * The envelope (C size, T time, A attributes, S sender...), then M and the
 * content as N (line) / L (line piece) records, X, the recipients, E.
 * A maildrop file is owned by the submitting uid; pickup adds
 * "Received: by HOST (Postfix, from userid N)". A file is complete once its
 * owner permission bits are rwx. */
#include "mail/mailq.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const pf_spools[] = {"/var/spool/postfix", NULL};
static const char *const pf_bins[] = {"/usr/sbin/postfix", "/usr/sbin/postqueue",
                                      "/usr/lib/postfix/sbin/master", "/usr/libexec/postfix/master",
                                      NULL};
static const char *const pf_queues[] = {"maildrop", "incoming", "active", "deferred",
                                        "hold",     "corrupt",  NULL};
static const bool pf_in_total[] = {true, true, true, true, true, false};

/* queue_directory from ROOT/etc/postfix/main.cf (a plain value only). */
static char *pf_config_spool(struct mq_run *r)
{
	char *path = ctx_host_path(r->ctx, "/etc/postfix/main.cf");
	FILE *fp = fopen(path, "re");
	free(path);
	if (!fp)
		return NULL;
	char line[4096], *val = NULL;
	while (fgets(line, sizeof(line), fp)) {
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (p != line || strncmp(p, "queue_directory", 15))
			continue;
		p += 15;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '=')
			continue;
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		p[strcspn(p, " \t\r\n")] = '\0';
		if (*p == '/' && !strchr(p, '$')) {
			free(val);
			val = xstrdup(p);
		}
	}
	fclose(fp);
	return val;
}

/* Files of one queue directory, and of its hashed subdirectories. */
static bool pf_walk(struct mq_run *r, int queue, int fd, int depth, mq_visit_fn visit)
{
	if (depth > 0) {
		/* the subdirectories first (one character names), then the files */
		int dup = fcntl(fd, F_DUPFD_CLOEXEC, 0);
		DIR *d = dup >= 0 ? fdopendir(dup) : NULL;
		if (!d && dup >= 0)
			close(dup);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			if (de->d_name[0] == '.' || de->d_name[1] != '\0')
				continue;
			if (de->d_type != DT_DIR && de->d_type != DT_UNKNOWN)
				continue;
			int sub = mq_opendir_at(dirfd(d), de->d_name);
			if (sub < 0)
				continue;
			size_t l = strlen(r->subdir);
			if (l + 3 < sizeof(r->subdir)) {
				r->subdir[l] = de->d_name[0];
				r->subdir[l + 1] = '/';
				r->subdir[l + 2] = '\0';
			}
			bool go = pf_walk(r, queue, sub, depth - 1, visit);
			r->subdir[l] = '\0';
			if (!go) {
				closedir(d);
				close(fd);
				return false;
			}
		}
		if (d)
			closedir(d);
	}
	return mq_each_file(r, queue, fd, visit);
}

static int pf_scan(struct mq_run *r, mq_visit_fn visit)
{
	int found = 0;
	for (size_t q = 0; q < r->nqueues; q++) {
		int fd = mq_opendir_at(r->spool_fd, pf_queues[q]);
		if (fd < 0) {
			if (errno != ENOENT)
				hs_debug("%s/%s: %s", r->spool_host, pf_queues[q], strerror(errno));
			continue;
		}
		found++;
		r->subdir[0] = '\0';
		if (!pf_walk(r, (int)q, fd, 2, visit))
			break;
	}
	return found ? 0 : -1;
}

/* One record at *pos: returns the type, or -1 at a malformed record, 0 at
 * the end of the buffer. */
static int pf_record(const struct mq_buf *b, size_t *pos, const char **data, size_t *len)
{
	size_t p = *pos;
	if (p >= b->len)
		return 0;
	int type = (unsigned char)b->data[p++];
	size_t l = 0;
	for (int shift = 0;; shift += 7) {
		if (p >= b->len || shift > 28)
			return -1;
		unsigned char c = (unsigned char)b->data[p++];
		l |= (size_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			break;
	}
	if (l > b->len - p)
		return -1;
	*data = b->data + p;
	*len = l;
	*pos = p + l;
	return type;
}

static time_t pf_time(const char *d, size_t len)
{
	long long t = 0;
	for (size_t i = 0; i < len && d[i] >= '0' && d[i] <= '9' && t < 1LL << 40; i++)
		t = t * 10 + (d[i] - '0');
	return (time_t)t;
}

static int pf_parse(struct mq_run *r, int queue, int dirfd, const char *name, int fd,
                    const struct stat *st, struct mq_msg *m)
{
	(void)dirfd;
	(void)name;
	if ((st->st_mode & 0700) != 0700)
		return 1; /* still being written */
	struct mq_buf b;
	if (mq_read(r, fd, &b) < 0) {
		mq_buf_free(&b);
		return -1;
	}
	size_t pos = 0, hlen = 0, hcap = 0;
	char *hdr = NULL;
	int rc = -1, jumps = 0, nrec = 0;
	bool content = false, in_headers = false, sender = false, ended = false;
	const char *d;
	size_t len;
	int t;
	while ((t = pf_record(&b, &pos, &d, &len)) > 0) {
		if (nrec++ == 0 && t != 'C' && t != 'T')
			break; /* not a queue file */
		if (t == 'E') {
			ended = true;
			break;
		}
		if (content) {
			if (t == 'N' || t == 'L') {
				if (!in_headers)
					continue;
				if (t == 'N' && len == 0 && (hlen == 0 || hdr[hlen - 1] == '\n')) {
					in_headers = false; /* the empty line after the headers */
					continue;
				}
				if (hlen + len + 2 > hcap) {
					hcap = (hlen + len + 2) * 2;
					hdr = xrealloc(hdr, hcap);
				}
				memcpy(hdr + hlen, d, len);
				hlen += len;
				if (t == 'N')
					hdr[hlen++] = '\n';
				continue;
			}
			if (t == 'X') {
				content = in_headers = false;
				continue;
			}
		}
		switch (t) {
		case 'T':
			m->arrival = pf_time(d, len);
			break;
		case 'S':
			mq_msg_set(&m->sender, d, len);
			sender = true;
			break;
		case 'A':
			if (len > 14 && !memcmp(d, "sasl_username=", 14))
				mq_msg_set(&m->auth, d + 14, len - 14);
			else if (len > 15 && !memcmp(d, "client_address=", 15))
				mq_msg_set(&m->client, d + 15, len - 15);
			break;
		case 'M':
			content = in_headers = true;
			break;
		case 'p': {
			/* pointer record: the content goes on at that offset */
			long long off = pf_time(d, len);
			if (off > 0 && jumps++ < 64) {
				if ((size_t)off >= b.len && !b.truncated)
					goto out; /* points past the end: broken */
				pos = (size_t)off;
			}
			break;
		}
		default:
			if (t < 'A' || t > 'z')
				goto out; /* no such record type */
			break;
		}
	}
	/* malformed record, or the end of what was read: a whole file must end
	 * with E; a longer one (cut at max_read) must at least show its sender */
	if (t < 0 && !b.truncated)
		goto out;
	if (!sender || (!ended && !b.truncated))
		goto out;
	if (b.truncated && (!content || in_headers) && !ended)
		goto out; /* headers longer than max_read: not attributed */
	if (hlen)
		mq_headers_block(m, hdr, hlen);
	if (queue == 0) /* maildrop: the file's owner submitted it */
		m->uid = (long long)st->st_uid;
	rc = 0;
out:
	free(hdr);
	mq_buf_free(&b);
	return rc;
}

/* Arrival: the file's birth time when the filesystem keeps it (a queue file
 * keeps its inode from incoming to deferred), else the T record. The mtime
 * is no use: qmgr sets it to the next delivery attempt of a deferred
 * message. */
static time_t pf_arrival(struct mq_run *r, int queue, int dirfd, const char *name,
                         const struct stat *st)
{
	(void)queue;
	(void)st;
	struct statx sx;
	if (statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC, STATX_BTIME | STATX_MTIME,
	          &sx) < 0)
		return 0;
	if (sx.stx_mask & STATX_BTIME)
		return (time_t)sx.stx_btime.tv_sec;
	if (queue != 3) /* not deferred: the mtime is the arrival */
		return (time_t)sx.stx_mtime.tv_sec;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return 0;
	char buf[512];
	ssize_t n = read(fd, buf, sizeof(buf));
	close(fd);
	struct mq_buf b = {.data = buf, .len = n > 0 ? (size_t)n : 0, .truncated = true};
	size_t pos = 0, len;
	const char *d;
	int t;
	for (int i = 0; i < 4 && (t = pf_record(&b, &pos, &d, &len)) > 0; i++)
		if (t == 'T')
			return pf_time(d, len);
	(void)r;
	return 0;
}

const struct mailq_backend mailq_postfix = {
    .name = "postfix",
    .spools = pf_spools,
    .marker = "maildrop",
    .binaries = pf_bins,
    .queues = pf_queues,
    .in_total = pf_in_total,
    .config_spool = pf_config_spool,
    .scan = pf_scan,
    .arrival = pf_arrival,
    .parse = pf_parse,
};
