/* libFuzzer harness: disabling a crontab line and undoing it
 * (act/cron_edit.c). The crontab is its owner's: every byte, its line
 * breaks, and lines that look like our markers are the attacker's. What the
 * edit promises, checked on every input: a disable changes nothing but the
 * one line (the marker, then the line's bytes as they were), and its undo
 * gives back the original file byte for byte. The input's first byte picks
 * the line; the rest is the crontab, written to a file under a temporary
 * --root (the atomic rewrite path: no crontab(1) is run). */
#include "act/cron_edit.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CRONTAB   "/etc/cron.d/fuzz"
#define ACTION_ID 7

static char root[64];
static char *file;
static struct hs_ctx ctx;

static size_t slurp(char *buf, size_t cap)
{
	FILE *f = fopen(file, "rb");
	if (!f)
		abort();
	size_t n = fread(buf, 1, cap, f);
	fclose(f);
	return n;
}

static void remove_root(void)
{
	char *d = path_join(root, "etc/cron.d"), *etc = path_join(root, "etc");
	unlink(file);
	rmdir(d);
	rmdir(etc);
	rmdir(root);
	free(d);
	free(etc);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	strcpy(root, "/tmp/hs-fuzz-cron-edit-XXXXXX");
	if (!mkdtemp(root))
		abort();
	char *etc = path_join(root, "etc"), *d = path_join(root, "etc/cron.d");
	if (mkdir(etc, 0755) || mkdir(d, 0755))
		abort();
	free(etc);
	free(d);
	file = path_join(root, CRONTAB);
	ctx.root = root;
	atexit(remove_root);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > 65536)
		return 0;
	int line = 1 + data[0] % 32;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	FILE *f = fopen(file, "wb");
	if (!f || fwrite(text, 1, len, f) != len)
		abort();
	fclose(f);

	static char after[65536 + 128], undone[65536 + 128];
	char detail[256];
	if (cron_disable_line(&ctx, CRONTAB, NULL, line, NULL, 0, ACTION_ID, detail,
	                      sizeof(detail)) < 0) {
		/* refused: the file is untouched */
		size_t n = slurp(after, sizeof(after));
		if (n != len || memcmp(after, text, len))
			abort();
		return 0;
	}
	/* the start of the line that was disabled */
	size_t s = 0;
	for (int i = 1; i < line; i++) {
		const char *nl = memchr(text + s, '\n', len - s);
		if (!nl)
			abort(); /* disabled a line that is not there */
		s = (size_t)(nl - text) + 1;
	}
	size_t n = slurp(after, sizeof(after));
	static const char marker[] = "#hostsweep-disabled:A7:";
	const char *date_end = n > s ? memchr(after + s, ' ', n - s) : NULL;
	if (!date_end)
		abort();
	size_t ml = (size_t)(date_end + 1 - (after + s)); /* "#...:A7:YYYY-MM-DD: " */
	if (n != len + ml || memcmp(after, text, s) ||
	    memcmp(after + s, marker, sizeof(marker) - 1) ||
	    memcmp(after + s + ml, text + s, len - s))
		abort();
	if (cron_enable_line(&ctx, CRONTAB, NULL, line, ACTION_ID, detail, sizeof(detail)) < 0)
		abort();
	n = slurp(undone, sizeof(undone));
	if (n != len || memcmp(undone, text, len))
		abort();
	return 0;
}
