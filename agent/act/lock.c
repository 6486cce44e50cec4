/* The sweep lock: see lock.h. */
#include "act/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int lock_fd = -1;

static char *lock_path(const struct hs_ctx *ctx)
{
	return ctx_state_file(ctx, "sweep", "lock");
}

/* The holder's note, one line, made printable. */
static void read_holder(int fd, char *out, size_t outlen)
{
	out[0] = '\0';
	ssize_t n = pread(fd, out, outlen - 1, 0);
	if (n <= 0) {
		out[0] = '\0';
		return;
	}
	out[n] = '\0';
	for (char *p = out; *p; p++) {
		if (*p == '\n') {
			*p = '\0';
			break;
		}
		if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
			*p = '?';
	}
}

int lock_sweep(struct hs_ctx *ctx)
{
	if (lock_fd >= 0)
		return 0;
	const char *dir = ctx->cfg.state_dir;
	if (mkdir_p(dir, 0700) < 0) {
		hs_err("cannot create the state directory %s: %s (set [general] state_dir)", dir,
		       strerror(errno));
		return 2;
	}
	char *path = lock_path(ctx);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
	if (fd < 0) {
		hs_err("cannot open the sweep lock %s: %s", path, strerror(errno));
		free(path);
		return 2;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		hs_err("the sweep lock %s is not a regular file", path);
		close(fd);
		free(path);
		return 2;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		int e = errno;
		if (e == EWOULDBLOCK) {
			char holder[256];
			read_holder(fd, holder, sizeof(holder));
			hs_err(
			    "another sweep is already running (%s; lock %s): not starting a second "
			    "one",
			    holder[0] ? holder : "holder unknown", path);
		} else {
			hs_err("cannot lock %s: %s", path, strerror(e));
		}
		close(fd);
		free(path);
		return 2;
	}
	/* ours: note who holds it (for the message of the next one) */
	char note[512];
	time_t now = time(NULL);
	struct tm tm;
	char when[32] = "";
	if (localtime_r(&now, &tm))
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	int len =
	    snprintf(note, sizeof(note), "pid %ld, hostsweep %s%s%s, started %s\n", (long)getpid(),
	             ctx->command ? ctx->command : "", ctx->root && *ctx->root ? " --root " : "",
	             ctx->root && *ctx->root ? ctx->root : "", when);
	if (len > (int)sizeof(note) - 1)
		len = (int)sizeof(note) - 1;
	if (ftruncate(fd, 0) < 0 || pwrite(fd, note, (size_t)len, 0) < 0)
		hs_debug("cannot write the lock note to %s: %s", path, strerror(errno));
	hs_debug("sweep lock %s taken", path);
	free(path);
	lock_fd = fd;
	return 0;
}

void lock_release(void)
{
	if (lock_fd >= 0) {
		close(lock_fd);
		lock_fd = -1;
	}
}
