/* qmail (netqmail 1.06 layout, per qmail's INTERNALS): /var/qmail/queue
 * with mess/N/INODE the message (N = INODE mod conf-split, 23 by default),
 * todo/INODE the envelope before qmail-send has seen it
 * ("u<uid>\0p<pid>\0F<sender>\0T<rcpt>\0...\0"), info/N/INODE "F<sender>\0",
 * local/N/INODE and remote/N/INODE the pending recipients. The total is
 * the number of mess files (as qmail-qstat); todo, local and remote are
 * shown beside it. qmail-inject/qmail-queue put
 * "Received: (qmail PID invoked by uid UID)" at the top of the message. */
#include "mail/mailq.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const qm_spools[] = {"/var/qmail/queue", NULL};
static const char *const qm_bins[] = {"/var/qmail/bin/qmail-send", "/var/qmail/bin/qmail-queue",
                                      NULL};
static const char *const qm_queues[] = {"mess", "todo", "local", "remote", NULL};
static const bool qm_in_total[] = {true, false, false, false};

static int qm_scan(struct mq_run *r, mq_visit_fn visit)
{
	int found = 0;
	for (size_t q = 0; q < r->nqueues; q++) {
		int fd = mq_opendir_at(r->spool_fd, qm_queues[q]);
		if (fd < 0)
			continue;
		found++;
		/* the split subdirectories (numbers), then files at the top (todo) */
		int dup = fcntl(fd, F_DUPFD_CLOEXEC, 0);
		DIR *d = dup >= 0 ? fdopendir(dup) : NULL;
		if (!d && dup >= 0)
			close(dup);
		struct dirent *de;
		bool go = true;
		while (go && d && (de = readdir(d))) {
			if (de->d_name[0] < '0' || de->d_name[0] > '9' || strlen(de->d_name) > 4)
				continue;
			if (de->d_type != DT_DIR && de->d_type != DT_UNKNOWN)
				continue;
			int sub = mq_opendir_at(dirfd(d), de->d_name);
			if (sub < 0)
				continue;
			snprintf(r->subdir, sizeof(r->subdir), "%.8s", de->d_name);
			go = mq_each_file(r, (int)q, sub, visit);
		}
		if (d)
			closedir(d);
		r->subdir[0] = '\0';
		if (go)
			go = mq_each_file(r, (int)q, fd, visit);
		else
			close(fd);
		if (!go)
			break;
	}
	return found ? 0 : -1;
}

/* Read a small envelope file relative to the spool; NULL when missing. */
static char *qm_small(struct mq_run *r, const char *rel, size_t *len, bool *missing)
{
	int fd = openat(r->spool_fd, rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	*missing = fd < 0 && errno == ENOENT;
	if (fd < 0)
		return NULL;
	struct mq_buf b;
	int rc = mq_read(r, fd, &b);
	close(fd);
	if (rc < 0) {
		mq_buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.data;
}

static int qm_parse(struct mq_run *r, int queue, int dirfd, const char *name, int fd,
                    const struct stat *st, struct mq_msg *m)
{
	(void)queue;
	(void)dirfd;
	(void)st;
	for (const char *p = name; *p; p++)
		if (*p < '0' || *p > '9')
			return -1; /* mess files are named by their inode number */
	struct mq_buf b;
	int rc = -1;
	if (mq_read(r, fd, &b) < 0)
		goto out;
	/* the message must start with a header line */
	size_t i = 0;
	while (i < b.len && b.data[i] > ' ' && b.data[i] < 127 && b.data[i] != ':')
		i++;
	if (i == 0 || i >= b.len || b.data[i] != ':')
		goto out;
	if (b.truncated && !memmem(b.data, b.len, "\n\n", 2))
		goto out; /* headers longer than max_read */
	mq_headers_block(m, b.data, b.len);
	/* the sender: info/N/INODE, or the todo envelope before qmail-send ran */
	char rel[512];
	size_t len;
	bool missing;
	snprintf(rel, sizeof(rel), "info/%s/%s", r->subdir, name);
	char *env = qm_small(r, rel, &len, &missing);
	if (env) {
		if (len < 2 || env[0] != 'F' || !memchr(env, '\0', len)) {
			free(env);
			goto out; /* truncated or not an info file */
		}
		mq_msg_set(&m->sender, env + 1, strlen(env + 1));
		free(env);
	} else {
		snprintf(rel, sizeof(rel), "todo/%s", name);
		env = qm_small(r, rel, &len, &missing);
		if (!env) {
			snprintf(rel, sizeof(rel), "todo/%s/%s", r->subdir, name);
			env = qm_small(r, rel, &len, &missing);
		}
		if (env) {
			/* u<uid>\0p<pid>\0F<sender>\0T... */
			bool ok = false;
			for (size_t k = 0; k < len;) {
				const char *f = env + k;
				const char *z = memchr(f, '\0', len - k);
				if (!z)
					break;
				if (f[0] == 'u')
					m->uid = strtoll(f + 1, NULL, 10);
				else if (f[0] == 'F') {
					mq_msg_set(&m->sender, f + 1, (size_t)(z - f - 1));
					ok = true;
				}
				k = (size_t)(z - env) + 1;
			}
			free(env);
			if (!ok)
				goto out;
		}
	}
	rc = 0;
out:
	mq_buf_free(&b);
	return rc;
}

const struct mailq_backend mailq_qmail = {
    .name = "qmail",
    .spools = qm_spools,
    .marker = "mess",
    .binaries = qm_bins,
    .queues = qm_queues,
    .in_total = qm_in_total,
    .scan = qm_scan,
    .arrival = NULL,
    .parse = qm_parse,
};
