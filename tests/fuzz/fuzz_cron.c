/* libFuzzer harness: crontabs (host/cron_parse.c). Users write their own
 * crontab, so every byte is the attacker's. The input is one crontab, read
 * in both syntaxes (spool and system); every entry's command goes through
 * the analysis, as the cron inspector does. */
#include "host/cron_parse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static struct strlist tmp_dirs, allow_hidden;

static void on_entry(void *ud, const struct cron_entry *e)
{
	(void)ud;
	/* what the parser promises: strings are NUL-terminated, the line is
	 * counted, a schedule is there */
	if (!e->schedule || !e->command || e->line == 0)
		abort();
	struct cron_analysis_opts o = {.tmp_dirs = &tmp_dirs,
	                               .allow_hidden = &allow_hidden,
	                               .high_frequency = 10,
	                               .home = "/home/alice"};
	struct cron_analysis an;
	cron_analyze(e->command, e->input, e->period, &o, &an);
	if (an.program[sizeof(an.program) - 1] != '\0')
		abort();
	for (size_t i = 0; i < an.exec.n; i++)
		(void)cron_path_hidden(an.exec.v[i], &allow_hidden);
	cron_analysis_free(&an);
}

static void on_warn(void *ud, unsigned line, const char *msg)
{
	(void)ud;
	(void)line;
	if (!msg)
		abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	strlist_add(&tmp_dirs, "/tmp");
	strlist_add(&tmp_dirs, "/var/tmp");
	strlist_add(&tmp_dirs, "/dev/shm");
	strlist_add(&allow_hidden, ".acme.sh");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the parser takes a buffer and a length: no terminating NUL, so that
	 * a read past the end is caught by ASan */
	char *buf = malloc(size ? size : 1);
	memcpy(buf, data, size);
	struct cron_parse_cbs cbs = {.entry = on_entry, .warn = on_warn};
	cron_parse(buf, size, CRON_SYNTAX_USER, &cbs);
	cron_parse(buf, size, CRON_SYNTAX_SYSTEM, &cbs);
	free(buf);

	/* the five fields on their own, split at blanks as the parser does */
	if (size < 256) {
		char s[256];
		memcpy(s, data, size);
		s[size] = '\0';
		const char *f[5] = {"*", "*", "*", "*", "*"};
		char *save = NULL, *t = strtok_r(s, " \t", &save);
		for (int i = 0; i < 5 && t; i++, t = strtok_r(NULL, " \t", &save))
			f[i] = t;
		int period;
		char err[128];
		(void)cron_schedule_period(f, &period, err, sizeof(err));
	}
	return 0;
}
