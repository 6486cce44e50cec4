/* Exim: SPOOL/input holds each message as ID-H (envelope and headers) and
 * ID-D (body); split_spool_directory adds a subdirectory named by the
 * ID's 6th character. The depth is the number of -H files (as exim -bpc).
 * The ID starts with the arrival time in base 62 (6 characters), so ages
 * need no stat. -H: line 1 the file name, line 2 the caller's login, uid
 * and gid, line 3 <sender>, line 4 time and warning count, then "-option"
 * lines (-auth_id, -auth_sender, -host_address, -aclc/-aclm NAME LEN with
 * the value on the next LEN bytes...; "--name" when the value is tainted), the non-recipients tree,
 * the recipient count and recipients, a blank line, and the headers, each "NNNf text" with NNN its
 * length in bytes and f a flag ('*' = deleted). */
#include "mail/mailq.h"

#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const ex_spools[] = {"/var/spool/exim4", "/var/spool/exim", NULL};
static const char *const ex_bins[] = {"/usr/sbin/exim4", "/usr/sbin/exim", "/usr/exim/bin/exim",
                                      NULL};
static const char *const ex_queues[] = {"input", NULL};
static const bool ex_in_total[] = {true};

static bool is_h_file(const char *name)
{
	size_t l = strlen(name);
	/* 16-character IDs (up to 4.96), 23 from 4.97 */
	return (l == 18 || l == 25) && name[l - 2] == '-' && name[l - 1] == 'H' && name[6] == '-';
}

static bool ex_visit_h_filter(struct mq_run *r, int queue, int dirfd, const char *name,
                              unsigned char d_type);
static mq_visit_fn ex_inner;

static bool ex_visit_h_filter(struct mq_run *r, int queue, int dirfd, const char *name,
                              unsigned char d_type)
{
	if (!is_h_file(name))
		return true;
	return ex_inner(r, queue, dirfd, name, d_type);
}

static int ex_scan(struct mq_run *r, mq_visit_fn visit)
{
	int fd = mq_opendir_at(r->spool_fd, "input");
	if (fd < 0)
		return -1;
	ex_inner = visit;
	/* split_spool_directory: one-character subdirectories */
	int dup = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	DIR *d = dup >= 0 ? fdopendir(dup) : NULL;
	if (!d && dup >= 0)
		close(dup);
	struct dirent *de;
	bool go = true;
	while (go && d && (de = readdir(d))) {
		if (de->d_name[0] == '.' || de->d_name[1] != '\0')
			continue;
		if (de->d_type != DT_DIR && de->d_type != DT_UNKNOWN)
			continue;
		int sub = mq_opendir_at(dirfd(d), de->d_name);
		if (sub < 0)
			continue;
		r->subdir[0] = de->d_name[0];
		r->subdir[1] = '/';
		r->subdir[2] = '\0';
		go = mq_each_file(r, 0, sub, ex_visit_h_filter);
	}
	if (d)
		closedir(d);
	r->subdir[0] = '\0';
	if (go)
		mq_each_file(r, 0, fd, ex_visit_h_filter);
	else
		close(fd);
	return 0;
}

static int b62(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 36;
	return -1;
}

static time_t ex_arrival(struct mq_run *r, int queue, int dirfd, const char *name,
                         const struct stat *st)
{
	(void)queue;
	(void)dirfd;
	(void)st;
	long long t = 0;
	for (int i = 0; i < 6; i++) {
		int v = b62(name[i]);
		if (v < 0)
			return 0;
		t = t * 62 + v;
	}
	/* implausible (base-36 IDs on case-insensitive systems): use the mtime */
	if (t < 946684800 || t > (long long)r->now + 86400)
		return 0;
	return (time_t)t;
}

/* The next line of the buffer from *p: returns its length (without the
 * newline) or -1 when no complete line is left. */
static long next_line(const struct mq_buf *b, size_t *p, const char **line)
{
	if (*p >= b->len)
		return -1;
	const char *s = b->data + *p;
	const char *nl = memchr(s, '\n', b->len - *p);
	if (!nl)
		return -1;
	*line = s;
	*p += (size_t)(nl - s) + 1;
	return (long)(nl - s);
}

static int ex_parse(struct mq_run *r, int queue, int dirfd, const char *name, int fd,
                    const struct stat *st, struct mq_msg *m)
{
	(void)queue;
	(void)dirfd;
	(void)st;
	struct mq_buf b;
	int rc = -1;
	if (mq_read(r, fd, &b) < 0 || b.truncated)
		goto out; /* -H is envelope and headers: cut means unreadable */
	size_t p = 0;
	const char *l;
	long n;
	/* line 1: the file name */
	n = next_line(&b, &p, &l);
	if (n != (long)strlen(name) || memcmp(l, name, (size_t)n))
		goto out;
	/* line 2: login uid gid */
	n = next_line(&b, &p, &l);
	if (n < 5)
		goto out;
	const char *sp1 = memchr(l, ' ', (size_t)n);
	if (!sp1)
		goto out;
	char *end;
	long long uid = strtoll(sp1 + 1, &end, 10);
	if (end == sp1 + 1 || *end != ' ')
		goto out;
	/* bounded like every attribution string (mq_msg_set): the login is
	 * a group key, and a forged -H line can hold 64 KiB of it (found by
	 * tests/fuzz/fuzz_mailq_exim.c) */
	char *login = NULL;
	mq_msg_set(&login, l, (size_t)(sp1 - l));
	/* line 3: <sender> */
	n = next_line(&b, &p, &l);
	if (n < 2 || l[0] != '<' || l[n - 1] != '>') {
		free(login);
		goto out;
	}
	mq_msg_set(&m->sender, l + 1, (size_t)n - 2);
	/* line 4: time warnings */
	n = next_line(&b, &p, &l);
	if (n < 1 || !isdigit((unsigned char)l[0])) {
		free(login);
		goto out;
	}
	m->arrival = (time_t)strtoll(l, NULL, 10);
	bool remote = false;
	/* options */
	for (;;) {
		size_t save = p;
		n = next_line(&b, &p, &l);
		if (n < 0) {
			free(login);
			goto out;
		}
		if (n == 0 || l[0] != '-') {
			p = save;
			break;
		}
		/* since 4.94 a tainted value's option starts with "--" */
		if (n > 2 && l[1] == '-') {
			l++;
			n--;
		}
		if (n > 9 && !memcmp(l, "-auth_id ", 9)) {
			mq_msg_set(&m->auth, l + 9, (size_t)n - 9);
		} else if (n > 13 && !memcmp(l, "-auth_sender ", 13)) {
			if (!m->auth)
				mq_msg_set(&m->auth, l + 13, (size_t)n - 13);
		} else if (n > 14 && !memcmp(l, "-host_address ", 14)) {
			remote = true;
			mq_msg_set(&m->client, l + 14, (size_t)n - 14);
		} else if (n > 5 && !memcmp(l, "-acl", 4)) {
			/* -aclc NAME LEN / -aclm NAME LEN: LEN bytes of value and a newline */
			const char *sp = memrchr(l, ' ', (size_t)n);
			long long vl = sp ? strtoll(sp + 1, NULL, 10) : -1;
			if (vl < 0 || (size_t)vl + 1 > b.len - p) {
				free(login);
				goto out;
			}
			p += (size_t)vl + 1;
		}
	}
	if (!remote) {
		m->uid = uid;
		m->login = login;
	} else {
		free(login);
	}
	/* the non-recipients tree ("XX" or "YN address"...), then the count */
	for (;;) {
		n = next_line(&b, &p, &l);
		if (n < 0)
			goto out;
		if (n > 0 && isdigit((unsigned char)l[0]))
			break;
	}
	long long nrcpt = strtoll(l, NULL, 10);
	for (long long i = 0; i < nrcpt; i++)
		if (next_line(&b, &p, &l) < 0)
			goto out;
	n = next_line(&b, &p, &l);
	if (n != 0)
		goto out; /* the blank line before the headers */
	/* headers: NNNf text, NNN bytes including the newline */
	while (p < b.len) {
		const char *h = b.data + p;
		char *e;
		long long hl = strtoll(h, &e, 10);
		if (e == h || hl <= 0 || (size_t)(e - h) + 2 > b.len - p) {
			if (b.truncated)
				break;
			goto out;
		}
		char flag = e[0];
		const char *text = e + 2;
		size_t avail = b.len - (size_t)(text - b.data);
		if ((size_t)hl > avail) {
			if (b.truncated)
				break;
			goto out; /* cut short */
		}
		if (flag != '*')
			mq_headers_block(m, text, (size_t)hl);
		p = (size_t)(text - b.data) + (size_t)hl;
	}
	rc = 0;
out:
	mq_buf_free(&b);
	return rc;
}

const struct mailq_backend mailq_exim = {
    .name = "exim",
    .spools = ex_spools,
    .marker = "input",
    .binaries = ex_bins,
    .queues = ex_queues,
    .in_total = ex_in_total,
    .scan = ex_scan,
    .arrival = ex_arrival,
    .parse = ex_parse,
};
