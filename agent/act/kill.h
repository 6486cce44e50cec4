/* Stopping a malicious process without ever hitting the wrong one.
 *
 * The process is pinned with a pidfd (pidfd_open), then checked to still be
 * the one found (start time in clock ticks since boot, field 22 of
 * /proc/PID/stat, and the executable); only then is it signalled through
 * the pidfd, so a PID reused in between is never touched. It is stopped
 * first (SIGSTOP), then its descendants are stopped the same way (so a
 * forking payload cannot respawn), then all of them are killed. Never
 * pid 1, kernel threads, root's processes or the MTA's own users unless
 * the policy explicitly allows it. On kernels without pidfd (< 5.3) it
 * falls back to kill() after the same checks and says so. */
#ifndef HS_KILL_H
#define HS_KILL_H

#include "ctx.h"

struct kill_target {
	pid_t pid;
	unsigned long long start_ticks; /* 0 = unknown: refuse (cannot prove identity) */
	const char *exe;                /* readlink of /proc/PID/exe when found; NULL = unchecked */
	bool allow_root;
	bool allow_mta;
};

enum kill_result {
	KILL_OK,      /* it and its descendants are gone */
	KILL_GONE,    /* already gone, or PID now belongs to another process: untouched */
	KILL_REFUSED, /* protected (pid 1, kernel thread, root, MTA) */
	KILL_FAILED,
};

/* *nkilled receives how many processes were killed (the target and its
 * descendants). detail explains. */
enum kill_result kill_process(const struct hs_ctx *ctx, const struct kill_target *t, int *nkilled,
                              char *detail, size_t dlen);

/* Start time (field 22 of /proc/PID/stat) of a live process, 0 if gone. */
unsigned long long proc_start_ticks(pid_t pid);

#endif
