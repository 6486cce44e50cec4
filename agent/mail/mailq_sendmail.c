/* Sendmail: the MTA queue /var/spool/mqueue and the submission (MSP) queue
 * /var/spool/clientmqueue; the spool is their parent (queue_dir names it).
 * Each message is qfID (control file) + dfID (body); tf temporary, xf
 * transcript, Qf lost, hf quarantined are not messages. A queue may keep
 * its qf files in a qf/ subdirectory. The depth is the number of qf files.
 * qf lines: V version first, T arrival time, S<sender>, R recipients, A
 * AUTH= parameter, ${auth_authen} the SMTP AUTH login, $_ the submitting
 * user@host, H?flags?Header: value (with
 * continuation lines starting with a blank), and a last line ".". The df
 * file is written once: its mtime is the arrival (the qf is rewritten at
 * every queue run). */
#include "mail/mailq.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const sm_spools[] = {"/var/spool", NULL};
static const char *const sm_bins[] = {"/usr/lib/sm.bin/sendmail", "/usr/sbin/sendmail.sendmail",
                                      "/usr/libexec/sendmail/sendmail", NULL};
static const char *const sm_queues[] = {"mqueue", "clientmqueue", NULL};
static const bool sm_in_total[] = {true, true};

static mq_visit_fn sm_inner;

static bool sm_filter(struct mq_run *r, int queue, int dirfd, const char *name,
                      unsigned char d_type)
{
	if (name[0] != 'q' || name[1] != 'f' || !name[2])
		return true;
	return sm_inner(r, queue, dirfd, name, d_type);
}

static int sm_scan(struct mq_run *r, mq_visit_fn visit)
{
	int found = 0;
	sm_inner = visit;
	for (size_t q = 0; q < r->nqueues; q++) {
		int fd = mq_opendir_at(r->spool_fd, sm_queues[q]);
		if (fd < 0)
			continue;
		found++;
		int qf = mq_opendir_at(fd, "qf");
		if (qf >= 0) {
			/* qf/, df/, xf/ subdirectories */
			snprintf(r->subdir, sizeof(r->subdir), "qf/");
			close(fd);
			fd = qf;
		} else {
			r->subdir[0] = '\0';
		}
		if (!mq_each_file(r, (int)q, fd, sm_filter))
			break;
	}
	r->subdir[0] = '\0';
	return found ? 0 : -1;
}

static time_t sm_arrival(struct mq_run *r, int queue, int dirfd, const char *name,
                         const struct stat *st)
{
	(void)st;
	char df[512];
	struct stat dst;
	int rc;
	if (r->subdir[0]) {
		/* qf/ID next to df/ID */
		snprintf(df, sizeof(df), "%s/df/d%s", sm_queues[queue], name + 1);
		rc = fstatat(r->spool_fd, df, &dst, AT_SYMLINK_NOFOLLOW);
	} else {
		snprintf(df, sizeof(df), "d%s", name + 1);
		rc = fstatat(dirfd, df, &dst, AT_SYMLINK_NOFOLLOW);
	}
	return rc == 0 ? dst.st_mtime : 0;
}

static int sm_parse(struct mq_run *r, int queue, int dirfd, const char *name, int fd,
                    const struct stat *st, struct mq_msg *m)
{
	(void)queue;
	(void)dirfd;
	(void)name;
	(void)st;
	struct mq_buf b;
	int rc = -1;
	char *hdr = NULL;
	size_t hlen = 0;
	if (mq_read(r, fd, &b) < 0 || b.truncated)
		goto out; /* qf is envelope and headers: cut means unreadable */
	if (b.len < 2 || b.data[0] != 'V')
		goto out;
	hdr = xmalloc(b.len + 1);
	bool ended = false, in_h = false, sender = false;
	const char *p = b.data, *end = b.data + b.len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl) {
			if (!b.truncated)
				goto out; /* the last line is cut */
			break;
		}
		size_t n = (size_t)(nl - p);
		const char *l = p;
		p = nl + 1;
		if (memchr(l, '\0', n))
			goto out; /* binary: not a qf file */
		if ((l[0] == ' ' || l[0] == '\t') && n) {
			if (in_h) { /* continuation of a header */
				memcpy(hdr + hlen, l, n);
				hlen += n;
				hdr[hlen++] = '\n';
			}
			continue;
		}
		in_h = false;
		if (n == 1 && l[0] == '.') {
			ended = true;
			break;
		}
		switch (n ? l[0] : 0) {
		case 'T':
			m->arrival = (time_t)strtoll(l + 1, NULL, 10);
			break;
		case 'S':
			mq_msg_set(&m->sender, l + 1, n - 1);
			if (m->sender[0] == '<') {
				size_t sl = strlen(m->sender);
				memmove(m->sender, m->sender + 1, sl);
				if (sl > 1 && m->sender[sl - 2] == '>')
					m->sender[sl - 2] = '\0';
			}
			sender = true;
			break;
		case 'A':
			if (!m->auth)
				mq_msg_set(&m->auth, l + 1, n - 1);
			break;
		case '$':
			if (n > 2 && l[1] == '_') {
				/* user@host: a local submission when the host is localhost */
				const char *at = memchr(l + 2, '@', n - 2);
				if (at && n - (size_t)(at - l) >= 10 &&
				    !memcmp(at, "@localhost", 10))
					mq_msg_set(&m->login, l + 2, (size_t)(at - l - 2));
			} else if (n > 14 && !memcmp(l, "${auth_authen}", 14)) {
				mq_msg_set(&m->auth, l + 14, n - 14); /* the SMTP AUTH login */
			} else if (n > 2 && l[1] == 's') {
				mq_msg_set(&m->client, l + 2, n - 2);
			}
			break;
		case 'H': {
			/* H?flags?Name: value */
			const char *h = l + 1, *he = l + n;
			if (h < he && *h == '?') {
				const char *q = memchr(h + 1, '?', (size_t)(he - h - 1));
				if (!q)
					break;
				h = q + 1;
			}
			memcpy(hdr + hlen, h, (size_t)(he - h));
			hlen += (size_t)(he - h);
			hdr[hlen++] = '\n';
			in_h = true;
			break;
		}
		default:
			break;
		}
	}
	if (!sender || (!ended && !b.truncated))
		goto out;
	if (hlen)
		mq_headers_block(m, hdr, hlen);
	if (m->login && m->uid < 0) {
		uid_t u;
		if (accounts_uid_of(r->ctx->accounts, m->login, &u))
			m->uid = (long long)u;
	}
	rc = 0;
out:
	free(hdr);
	mq_buf_free(&b);
	return rc;
}

const struct mailq_backend mailq_sendmail = {
    .name = "sendmail",
    .spools = sm_spools,
    .marker = "mqueue",
    .binaries = sm_bins,
    .queues = sm_queues,
    .in_total = sm_in_total,
    .scan = sm_scan,
    .arrival = sm_arrival,
    .parse = sm_parse,
};
