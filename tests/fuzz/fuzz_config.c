/* libFuzzer harness: the configuration file (config.c over libinih, and
 * every module's section hook, registered as main.c does). The input is
 * the whole file; config_load() reads a path, so it is written to a memfd
 * and read as /proc/self/fd/N (no file system traffic per run). Module
 * settings are globals that a second load overwrites; the policy rules and
 * allowlists add up instead, so they are emptied after each run to keep
 * memory flat. */
#include "act/policy.h"
#include "config.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int cron_config_set(const char *, const char *, char *, size_t);
int procs_config_set(const char *, const char *, char *, size_t);
int tmp_config_set(const char *, const char *, char *, size_t);
int mailq_config_set(const char *, const char *, char *, size_t);
int respond_config_set(const char *, const char *, char *, size_t);
int cache_config_set(const char *, const char *, char *, size_t);
int log_config_set(const char *, const char *, char *, size_t);
int logs_config_set(const char *, const char *, char *, size_t);

/* the same table as main.c's module_sections */
static const struct config_section sections[] = {
    {"cron", false, cron_config_set},    {"procs", false, procs_config_set},
    {"tmp", false, tmp_config_set},      {"mailq", false, mailq_config_set},
    {"policy", true, policy_config_set}, {"respond", false, respond_config_set},
    {"cache", false, cache_config_set},  {"log", false, log_config_set},
    {"logs", false, logs_config_set},
};

static int mfd = -1;
static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	hs_verbosity = -1; /* even errors: "FILE:LINE: message" on every bad input */
	config_register_sections(sections, sizeof(sections) / sizeof(sections[0]));
	mfd = memfd_create("hs-fuzz-config", MFD_CLOEXEC);
	if (mfd < 0) {
		perror("memfd_create");
		exit(1);
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", mfd);
	return 0;
}

static void policy_reset(struct policy *p)
{
	policy_free_rules(p);
	strlist_clear(&p->allow_paths);
	strlist_clear(&p->allow_sha256);
	strlist_clear(&p->allow_users);
	strlist_clear(&p->allow_process_names);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (ftruncate(mfd, 0) < 0 || pwrite(mfd, data, size, 0) != (ssize_t)size)
		abort();
	struct hs_config c;
	config_defaults(&c);
	if (config_load(&c, path, false))
		(void)policy_validate(&hs_policy);
	config_free(&c);
	policy_reset(&hs_policy);
	return 0;
}
