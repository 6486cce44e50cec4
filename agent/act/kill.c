#include "act/kill.h"
#include "escape.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PF_KTHREAD 0x00200000

struct stat_info {
	pid_t ppid;
	unsigned long flags;
	unsigned long long start;
	bool ok;
};

/* /proc/PID/stat: the comm field may hold spaces and parentheses, so parse
 * from the last ')'. */
static struct stat_info read_stat(pid_t pid)
{
	struct stat_info si = {0};
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return si;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return si;
	buf[n] = '\0';
	char *p = strrchr(buf, ')');
	if (!p)
		return si;
	/* after ") ": state(3) ppid(4) pgrp session tty tpgid flags(9) ...
	 * starttime is field 22 */
	char state;
	int ppid;
	unsigned long flags;
	unsigned long long start;
	if (sscanf(p + 2,
	           "%c %d %*d %*d %*d %*d %lu %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
	           &state, &ppid, &flags, &start) == 4) {
		si.ppid = ppid;
		si.flags = flags;
		si.start = start;
		si.ok = true;
	}
	return si;
}

unsigned long long proc_start_ticks(pid_t pid)
{
	struct stat_info si = read_stat(pid);
	return si.ok ? si.start : 0;
}

static long proc_uid(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	FILE *fp = fopen(path, "r");
	long uid = -1;
	if (!fp)
		return -1;
	while (fgets(line, sizeof(line), fp))
		if (sscanf(line, "Uid:\t%*d\t%ld", &uid) == 1)
			break;
	fclose(fp);
	return uid;
}

static int open_pidfd(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

static int send_sig(int pidfd, pid_t pid, int sig)
{
	if (pidfd >= 0)
		return (int)syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0);
	return kill(pid, sig);
}

struct pinned {
	pid_t pid;
	int fd;
	unsigned long long start;
};

/* Pin pid and prove it is the process we mean. */
static int pin(pid_t pid, unsigned long long start, struct pinned *p, bool *no_pidfd)
{
	p->pid = pid;
	p->fd = open_pidfd(pid);
	if (p->fd < 0) {
		if (errno == ESRCH)
			return -1;
		if (errno == ENOSYS)
			*no_pidfd = true;
		else
			return -1;
	}
	/* With the pidfd held, the PID cannot be reused: the identity check
	 * below is about the process the pidfd refers to. */
	struct stat_info si = read_stat(pid);
	if (!si.ok || (start && si.start != start)) {
		if (p->fd >= 0)
			close(p->fd);
		p->fd = -1;
		return -1;
	}
	p->start = si.start;
	return 0;
}

/* Descendants of the pinned set, found by PPID (each pinned in turn). */
static void add_children(struct pinned **v, size_t *n, bool *no_pidfd)
{
	for (bool grew = true; grew;) {
		grew = false;
		DIR *d = opendir("/proc");
		if (!d)
			return;
		struct dirent *de;
		while ((de = readdir(d))) {
			char *end;
			long pid = strtol(de->d_name, &end, 10);
			if (*end || pid <= 1)
				continue;
			struct stat_info si = read_stat((pid_t)pid);
			if (!si.ok || (si.flags & PF_KTHREAD))
				continue;
			bool parent_in = false, already = false;
			for (size_t i = 0; i < *n; i++) {
				parent_in |= (*v)[i].pid == si.ppid;
				already |= (*v)[i].pid == pid;
			}
			if (!parent_in || already)
				continue;
			struct pinned p;
			if (pin((pid_t)pid, si.start, &p, no_pidfd) < 0)
				continue;
			send_sig(p.fd, p.pid, SIGSTOP);
			*v = xrealloc(*v, (*n + 1) * sizeof(**v));
			(*v)[(*n)++] = p;
			grew = true;
		}
		closedir(d);
	}
}

enum kill_result kill_process(const struct hs_ctx *ctx, const struct kill_target *t, int *nkilled,
                              char *detail, size_t dlen)
{
	*nkilled = 0;
	if (t->pid <= 1) {
		snprintf(detail, dlen, "refused: pid %d is never signalled", (int)t->pid);
		return KILL_REFUSED;
	}
	if (!t->start_ticks) {
		snprintf(detail, dlen,
		         "refused: no start time recorded, identity cannot be proved");
		return KILL_REFUSED;
	}
	bool no_pidfd = false;
	struct pinned first;
	if (pin(t->pid, t->start_ticks, &first, &no_pidfd) < 0) {
		snprintf(detail, dlen,
		         "pid %d is gone or now another process (start time differs): untouched",
		         (int)t->pid);
		return KILL_GONE;
	}
	struct stat_info si = read_stat(t->pid);
	long uid = proc_uid(t->pid);
	const char *why = NULL;
	if (si.flags & PF_KTHREAD)
		why = "a kernel thread";
	else if (uid == 0 && !t->allow_root)
		why = "owned by root (policy kill_root = no)";
	else if (uid > 0 && accounts_is_mta_user(ctx->accounts, (uid_t)uid) && !t->allow_mta)
		why = "the MTA's own process (policy kill_mta = no)";
	if (!why && t->exe) {
		char path[64], exe[4096];
		snprintf(path, sizeof(path), "/proc/%d/exe", (int)t->pid);
		ssize_t n = readlink(path, exe, sizeof(exe) - 1);
		exe[n < 0 ? 0 : n] = '\0';
		char *esc = n < 0 ? NULL : hs_escape(exe);
		bool same = esc && !strcmp(esc, t->exe);
		free(esc);
		if (!same) {
			if (first.fd >= 0)
				close(first.fd);
			snprintf(detail, dlen, "pid %d now runs another program: untouched",
			         (int)t->pid);
			return KILL_GONE;
		}
	}
	if (why) {
		if (first.fd >= 0)
			close(first.fd);
		snprintf(detail, dlen, "refused: pid %d is %s", (int)t->pid, why);
		return KILL_REFUSED;
	}
	if (send_sig(first.fd, first.pid, SIGSTOP) < 0) {
		int err = errno;
		if (first.fd >= 0)
			close(first.fd);
		snprintf(detail, dlen, "cannot stop pid %d: %s", (int)t->pid, strerror(err));
		return err == ESRCH ? KILL_GONE : KILL_FAILED;
	}
	struct pinned *v = xmalloc(sizeof(*v));
	size_t n = 1;
	v[0] = first;
	add_children(&v, &n, &no_pidfd);
	int killed = 0;
	for (size_t i = 0; i < n; i++) {
		if (send_sig(v[i].fd, v[i].pid, SIGKILL) == 0)
			killed++;
		/* a stopped process still dies of SIGKILL; SIGCONT is not needed */
	}
	/* Wait (briefly) until the target is really gone. */
	if (v[0].fd >= 0) {
		struct pollfd pfd = {.fd = v[0].fd, .events = POLLIN};
		poll(&pfd, 1, 3000);
	}
	for (size_t i = 0; i < n; i++)
		if (v[i].fd >= 0)
			close(v[i].fd);
	free(v);
	*nkilled = killed;
	snprintf(detail, dlen, "stopped, then killed pid %d and %d descendant%s%s", (int)t->pid,
	         killed - 1, killed - 1 == 1 ? "" : "s",
	         no_pidfd ? " (no pidfd on this kernel: plain kill(), a PID-reuse race remains)"
	                  : "");
	return killed ? KILL_OK : KILL_FAILED;
}
