/* libFuzzer harness: the qmail queue parser (mail/mailq_qmail.c): the
 * message mess/0/NAME and the envelope beside it, info/0/NAME ("F<sender>\0")
 * or, before qmail-send has seen it, todo/NAME ("u<uid>\0p<pid>\0F...").
 * The input is the first byte (tests/fuzz/mq_fuzz.h; here bit 6 writes the
 * envelope as info/0/NAME, bit 7 as todo/NAME, neither: no envelope), the
 * message, then after a line "--8<--" the envelope. The envelope files are
 * real files in a temp spool, since the parser opens them by name. */
#include "mq_fuzz.h"

#define NAME "1234567"
static const char sep[] = "\n--8<--\n";

static char info_path[256], todo_path[256];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	mqf_init(&mailq_qmail);
	mqf_mkdir("spool/info");
	mqf_mkdir("spool/info/0");
	mqf_mkdir("spool/todo");
	snprintf(info_path, sizeof(info_path), "spool/info/0/%s", NAME);
	snprintf(todo_path, sizeof(todo_path), "spool/todo/%s", NAME);
	snprintf(mqf.run.subdir, sizeof(mqf.run.subdir), "0");
	return 0;
}

static void envelope(const char *rel, bool want, const uint8_t *env, size_t len)
{
	char p[300];
	snprintf(p, sizeof(p), "%s/%s", mqf.root, rel);
	if (want)
		mqf_write(rel, (const char *)env, len);
	else if (unlink(p) < 0 && errno != ENOENT)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const uint8_t *msg = data + 1, *env = NULL;
	size_t mlen = size - 1, elen = 0;
	const uint8_t *s = memmem(msg, mlen, sep, sizeof(sep) - 1);
	if (s) {
		env = s + sizeof(sep) - 1;
		elen = (size_t)(msg + mlen - env);
		mlen = (size_t)(s - msg);
	}
	envelope(info_path, env && (data[0] & 0x40), env, elen);
	envelope(todo_path, env && (data[0] & 0x80), env, elen);
	mqf_parse_file(data[0], msg, mlen, NAME);
	return 0;
}
