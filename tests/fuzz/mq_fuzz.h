/* Shared by the four queue-file harnesses (fuzz_mailq_*.c): the queue file
 * comes from the input, the run around it is built once. The MTA writes
 * these files, but their content is the sender's (headers, addresses, a
 * PHP script's name), and under --root the whole spool comes from a disk
 * image of a compromised server.
 *
 * The first input byte sets how the file is seen: bits 0-2 pick the queue
 * (modulo the backend's queues), bit 3 clears the owner execute bit
 * (postfix: still being written), bits 4-5 pick max_read (64 KiB as
 * shipped, or 512/1031/2048 bytes so that the cut-at-max_read paths run on
 * small inputs). The rest is the file, given to the parser through a memfd
 * (no file system traffic per run). */
#ifndef HS_MQ_FUZZ_H
#define HS_MQ_FUZZ_H

#include "mail/mailq.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct mqf {
	struct hs_ctx ctx;
	struct mq_run run;
	char root[64]; /* a temp --root with etc/passwd and the spool */
	int spool_fd;
	int mfd;
	bool debug; /* HS_FUZZ_DEBUG=1: print what each input gave (checking seeds) */
};
static struct mqf mqf;

static void mqf_die(const char *what)
{
	perror(what);
	exit(1);
}

static void mqf_write(const char *rel, const char *text, size_t len)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", mqf.root, rel);
	FILE *f = fopen(p, "w");
	if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0)
		mqf_die(p);
}

static void mqf_mkdir(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", mqf.root, rel);
	if (mkdir(p, 0755) < 0)
		mqf_die(p);
}

static void mqf_cleanup(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", mqf.root);
	if (mqf.root[0] && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", mqf.root);
}

/* A root with a passwd (sendmail maps a login to its uid) and a spool. */
static void mqf_init(const struct mailq_backend *be)
{
	hs_verbosity = -1; /* even errors (hs_err): one per bad input otherwise */
	mqf.debug = getenv("HS_FUZZ_DEBUG") != NULL;
	snprintf(mqf.root, sizeof(mqf.root), "%s/hs-fuzz-mq.XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(mqf.root))
		mqf_die("mkdtemp");
	atexit(mqf_cleanup);
	mqf_mkdir("etc");
	static const char passwd[] = "root:x:0:0:root:/root:/bin/bash\n"
	                             "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
	                             "alice:x:1001:1001::/home/alice:/bin/bash\n"
	                             "bob:x:1002:1002::/home/bob:/bin/bash\n";
	mqf_write("etc/passwd", passwd, sizeof(passwd) - 1);
	mqf_mkdir("spool");
	config_defaults(&mqf.ctx.cfg);
	mqf.ctx.root = mqf.root;
	mqf.ctx.accounts = accounts_load(mqf.root, &mqf.ctx.cfg);
	char sp[128];
	snprintf(sp, sizeof(sp), "%s/spool", mqf.root);
	mqf.spool_fd = open(sp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	mqf.mfd = memfd_create("hs-fuzz-queue-file", MFD_CLOEXEC);
	if (mqf.spool_fd < 0 || mqf.mfd < 0)
		mqf_die("spool");
	mqf.run.ctx = &mqf.ctx;
	mqf.run.be = be;
	mqf.run.spool = "/spool";
	mqf.run.spool_host = sp;
	mqf.run.spool_fd = mqf.spool_fd;
	mqf.run.now = 1795530000; /* fixed: a run must not depend on the clock */
	size_t nq = 0;
	while (be->queues[nq])
		nq++;
	mqf.run.nqueues = nq;
}

/* What the attribution keeps of a message is bounded: every string at
 * most 256 bytes (mq_msg_set), which the groups and labels rely on. */
static inline void mqf_check_free(struct mq_msg *m)
{
	char *s[] = {m->sender, m->login, m->auth, m->script, m->client};
	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		if (s[i] && strlen(s[i]) > 256)
			abort();
		free(s[i]);
	}
}

/* Parse len bytes of file as the file `name` of the queue and max_read
 * `how` picks (the first input byte, above). Returns the parser's result. */
static int mqf_parse_file(uint8_t how, const uint8_t *file, size_t len, const char *name)
{
	static const uint64_t reads[] = {64 * 1024, 512, 1031, 2048};
	mq_set.max_read = reads[(how >> 4) & 3];
	int queue = (int)((how & 7) % mqf.run.nqueues);
	if (!mqf.run.be->in_total[queue])
		queue = 0; /* mailq.c reads only files of counted queues */
	if (ftruncate(mqf.mfd, 0) < 0 || pwrite(mqf.mfd, file, len, 0) != (ssize_t)len ||
	    lseek(mqf.mfd, 0, SEEK_SET) != 0)
		abort();
	struct stat st;
	if (fstat(mqf.mfd, &st) < 0)
		abort();
	st.st_mode = S_IFREG | (how & 8 ? 0600 : 0700);
	st.st_uid = 1001;
	struct mq_msg m;
	memset(&m, 0, sizeof(m));
	m.uid = m.script_uid = -1;
	int rc = mqf.run.be->parse(&mqf.run, queue, mqf.spool_fd, name, mqf.mfd, &st, &m);
	if (rc < -1 || rc > 1)
		abort();
	if (mqf.debug)
		fprintf(stderr,
		        "rc %d queue %d sender %s uid %lld login %s auth %s script %s (%lld) "
		        "client %s arrival %lld\n",
		        rc, queue, m.sender ? m.sender : "-", m.uid, m.login ? m.login : "-",
		        m.auth ? m.auth : "-", m.script ? m.script : "-", m.script_uid,
		        m.client ? m.client : "-", (long long)m.arrival);
	mqf_check_free(&m);
	return rc;
}

/* The usual layout: data[0] is `how`, the rest the file. */
static inline int mqf_parse(const uint8_t *data, size_t size, const char *name)
{
	if (size < 1)
		return 2;
	return mqf_parse_file(data[0], data + 1, size - 1, name);
}

#endif
