/* The run context every command receives: configuration, the inspected
 * root, accounts, and the report findings go to. */
#ifndef HS_CTX_H
#define HS_CTX_H

#include "accounts.h"
#include "config.h"
#include "report.h"

#include <getopt.h>

struct hs_ctx {
	struct hs_config cfg;
	const char *root; /* "" for the live system, else a directory without trailing '/' */
	enum hs_format format;
	struct report *rep;
	struct accounts *accounts;
	bool full;      /* --full: ignore the scan cache */
	uint64_t since; /* --since: only files changed in the last N seconds (0 = all) */
	const char *command;
	bool rules_from_cli; /* --rules given: every rule directory must exist */
	bool apply;          /* --apply: carry out the policy's actions */
	bool dry_run;        /* --dry-run: only print them (wins over apply) */
	/* Where the compiled YARA rules are kept: beside the scan cache (set by
	 * main.c from scan/cache.h), else NULL. rules_cache_ro: this command
	 * uses no cache, so it only loads compiled rules found there. */
	char *rules_cache_dir;
	bool rules_cache_ro;
};

/* Path on this machine of a path of the inspected system: ROOT + path. */
char *ctx_host_path(const struct hs_ctx *ctx, const char *logical);
/* The reverse: strip ROOT from a host path (returns a pointer into p). */
const char *ctx_logical_path(const struct hs_ctx *ctx, const char *host);
/* A file of the state directory that belongs to the inspected tree:
 * STATE/BASE.EXT for the live system, STATE/BASE-HASH.EXT under --root
 * (HASH of the root's real path, so the same tree by any spelling gets the
 * same file and a disk image never shares the host's). */
char *ctx_state_file(const struct hs_ctx *ctx, const char *base, const char *ext);
/* Exit status from the findings so far: 0 none, 1 findings. */
int ctx_exit_status(const struct hs_ctx *ctx);

/* A subcommand. Commands in other files are declared weak in main.c, so
 * the dispatcher knows every name even in a partial build. */
struct command {
	const char *name;
	const char *summary; /* one line for --help */
	const char *usage;   /* extra usage text (options specific to the command) */
	/* Command-specific long options (terminated by a zeroed entry), and the
	 * function that takes them: returns false on a bad value. */
	const struct option *options;
	bool (*set_option)(struct hs_ctx *ctx, int code, const char *arg);
	/* Runs with the remaining arguments; returns the exit status. */
	int (*run)(struct hs_ctx *ctx, int argc, char **argv);
	bool own_output;   /* prints its own output: no report summary (Nagios check) */
	bool takes_policy; /* accepts --apply and --dry-run */
	/* A monitoring plugin: an error before it runs (bad option, bad config)
	 * is its UNKNOWN status (3) with one status line, not exit 2. */
	bool nagios;
	/* Long-running: findings are printed as they come, also as text. */
	bool streams;
};

#endif
