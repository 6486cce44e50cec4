/* libFuzzer harness: the log reader (logs/logs.c) under the line parsers:
 * splitting a file into lines, overlong lines skipped without buffering
 * them, NUL and invalid UTF-8 counters, the rotated siblings (FILE.1,
 * FILE.2.gz through zlib), and the saved state of a repeat sweep (resume
 * at an offset, rotation detected by inode and first-line hash).
 *
 * Input: byte 0 picks the backend (bits 0-2), max_line (bit 3: 256, the
 * smallest allowed, else 64 KiB) and whether a state is kept (bit 4: the
 * reader's in-memory state carries over from the previous input, so the
 * resume and rotation paths see files that changed arbitrarily); then up
 * to three files split at a line "--8<--": the live log, FILE.1 and
 * FILE.2.gz (raw bytes: a seed holds real gzip data, mutations give broken
 * streams). Checked: the counters add up, and every event's strings can be
 * read (ASan). */
#include "logs/logs.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct hs_ctx ctx;
static char root[64];
static const char sep[] = "\n--8<--\n";
static const struct log_backend *bes[8];
static size_t nbes;

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void cleanup(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	if (root[0] && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", root);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	hs_verbosity = -1;
	snprintf(root, sizeof(root), "%s/hs-fuzz-lr.XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(root))
		die("mkdtemp");
	atexit(cleanup);
	char d[128];
	snprintf(d, sizeof(d), "%s/log", root);
	if (mkdir(d, 0755) < 0)
		die(d);
	snprintf(d, sizeof(d), "%s/state", root);
	if (mkdir(d, 0700) < 0)
		die(d);
	config_defaults(&ctx.cfg);
	free(ctx.cfg.state_dir);
	ctx.cfg.state_dir = strdup(d);
	ctx.root = root;
	bes[nbes++] = &log_web;
	bes[nbes++] = &log_xferlog;
	bes[nbes++] = &log_pureftpd;
	bes[nbes++] = &log_sshd;
	if (&log_mail)
		bes[nbes++] = &log_mail;
	return 0;
}

/* Rewrite a file in place (the same inode, as a log that is truncated and
 * written again), or remove it when absent; mtime sets the rotation order. */
static void put(const char *name, const uint8_t *p, size_t n, bool present, time_t mtime)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/log/%s", root, name);
	if (!present) {
		unlink(path);
		return;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0 || ftruncate(fd, 0) < 0 || (n && pwrite(fd, p, n, 0) != (ssize_t)n))
		die(path);
	struct timespec ts[2] = {{mtime, 0}, {mtime, 0}};
	futimens(fd, ts);
	close(fd);
}

static bool on_event(void *ud, const struct log_source *src, const struct log_event *ev)
{
	(void)src;
	(*(uint64_t *)ud)++;
	const struct log_str s[] = {ev->client, ev->user,   ev->path,
	                            ev->vhost,  ev->method, ev->detail};
	volatile unsigned sum = 0;
	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++)
		for (size_t k = 0; k < s[i].n; k++)
			sum += (unsigned char)s[i].p[k];
	(void)sum;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t how = data[0];
	const uint8_t *part[3] = {data + 1, NULL, NULL};
	size_t len[3] = {size - 1, 0, 0};
	for (int i = 0; i < 2; i++) {
		const uint8_t *s = memmem(part[i], len[i], sep, sizeof(sep) - 1);
		if (!s)
			break;
		part[i + 1] = s + sizeof(sep) - 1;
		len[i + 1] = (size_t)(part[i] + len[i] - part[i + 1]);
		len[i] = (size_t)(s - part[i]);
	}
	put("access.log", part[0], len[0], true, 1700000000);
	put("access.log.1", part[1], len[1], part[1] != NULL, 1699990000);
	put("access.log.2.gz", part[2], len[2], part[2] != NULL, 1699980000);
	logs_set.max_line = how & 8 ? 256 : 64 * 1024;
	struct log_source src = {.path = "/log/access.log", .be = bes[(how & 7) % nbes]};
	struct log_stats st;
	memset(&st, 0, sizeof(st));
	uint64_t events = 0;
	if (log_read_source(&ctx, &src, 0, how & 16 ? "fuzz" : NULL, on_event, &events, &st) != 0)
		abort(); /* the live file is there and readable */
	if (events != st.events || st.events + st.old + st.skipped + st.bad_fields > st.lines ||
	    st.files > 3)
		abort(); /* counters that do not add up */
	return 0;
}
