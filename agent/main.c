/* hostsweep: command-line entry point. Parses the options common to every
 * command plus the chosen command's own, loads the configuration, builds
 * the run context and dispatches. Exit status: 0 nothing found, 1 findings,
 * 2 error (the Nagios check has its own 0-3). */
#include "ctx.h"
#include "report/formats.h"
#include "version.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <yara.h>

/* Commands in their own files; weak so a partial build still dispatches. */
extern const struct command cmd_scan, cmd_sweep;
extern const struct command cmd_cron __attribute__((weak));
extern const struct command cmd_tmp __attribute__((weak));
extern const struct command cmd_procs __attribute__((weak));
extern const struct command cmd_mailq __attribute__((weak));
extern const struct command cmd_check __attribute__((weak));
extern const struct command cmd_respond __attribute__((weak));
extern const struct command cmd_actions __attribute__((weak));
extern const struct command cmd_undo __attribute__((weak));
extern const struct command cmd_quarantine __attribute__((weak));
extern const struct command cmd_logs __attribute__((weak));
extern const struct command cmd_iocs __attribute__((weak));
extern const struct command cmd_watch __attribute__((weak));

static const struct command *const commands[] = {
    &cmd_scan,    &cmd_sweep,   &cmd_cron, &cmd_tmp,        &cmd_procs, &cmd_mailq, &cmd_check,
    &cmd_respond, &cmd_actions, &cmd_undo, &cmd_quarantine, &cmd_logs,  &cmd_iocs,  &cmd_watch,
};
static const char *const command_names[] = {
    "scan",    "sweep",   "cron", "tmp",        "procs", "mailq", "check",
    "respond", "actions", "undo", "quarantine", "logs",  "iocs",  "watch",
};

/* The config sections that modules own (config.h). Weak: a build without a
 * module does not know its section, and says so as an unknown section. */
int cron_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int procs_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int tmp_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int mailq_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int policy_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int respond_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int cache_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int log_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int homes_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int logs_config_set(const char *, const char *, char *, size_t) __attribute__((weak));
int watch_config_set(const char *, const char *, char *, size_t) __attribute__((weak));

static const struct config_section module_sections[] = {
    {"cron", false, cron_config_set},    {"procs", false, procs_config_set},
    {"tmp", false, tmp_config_set},      {"mailq", false, mailq_config_set},
    {"policy", true, policy_config_set}, {"respond", false, respond_config_set},
    {"cache", false, cache_config_set},  {"log", false, log_config_set},
    {"homes", false, homes_config_set},  {"logs", false, logs_config_set},
    {"watch", false, watch_config_set},
};

void log_attach(struct hs_ctx *) __attribute__((weak));
char *cache_dir(const struct hs_ctx *ctx, bool *read_only) __attribute__((weak)); /* scan/cache.h */
bool log_set_cli(const char *) __attribute__((weak));
void log_finish(struct hs_ctx *, int) __attribute__((weak));

enum {
	OPT_CONFIG = 1000,
	OPT_ROOT,
	OPT_FORMAT,
	OPT_RULES,
	OPT_SIGNATURES,
	OPT_THREADS,
	OPT_VERSION,
	OPT_HELP,
	OPT_FULL,
	OPT_SINCE,
	OPT_LOG,
	OPT_APPLY,
	OPT_DRY_RUN,
	OPT_MAX_RATE,
	OPT_NICE,
};

static const struct option common_options[] = {
    {"config", required_argument, NULL, OPT_CONFIG},
    {"root", required_argument, NULL, OPT_ROOT},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"rules", required_argument, NULL, OPT_RULES},
    {"signatures", required_argument, NULL, OPT_SIGNATURES},
    {"threads", required_argument, NULL, OPT_THREADS},
    {"full", no_argument, NULL, OPT_FULL},
    {"since", required_argument, NULL, OPT_SINCE},
    {"log", required_argument, NULL, OPT_LOG},
    {"apply", no_argument, NULL, OPT_APPLY},
    {"dry-run", no_argument, NULL, OPT_DRY_RUN},
    {"max-rate", required_argument, NULL, OPT_MAX_RATE},
    {"nice", no_argument, NULL, OPT_NICE},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"version", no_argument, NULL, OPT_VERSION},
    {"help", no_argument, NULL, OPT_HELP},
};

static void usage(FILE *out, const struct command *only)
{
	fprintf(out, "usage: hostsweep [OPTIONS] COMMAND [ARGS]\n\n");
	if (!only) {
		fprintf(out, "Commands:\n");
		for (size_t i = 0; i < HS_ARRAY_LEN(commands); i++) {
			if (!commands[i])
				continue;
			fprintf(out, "  %-11s %s\n", commands[i]->name, commands[i]->summary);
		}
		fprintf(out, "\n");
	} else if (only->usage) {
		fprintf(out, "%s: %s\n%s\n", only->name, only->summary, only->usage);
	}
	fprintf(
	    out,
	    "Options:\n"
	    "  --config FILE     configuration (default " HS_DEFAULT_CONFIG ")\n"
	    "  --root DIR        inspect the system mounted at DIR (demo, tests, disk images)\n"
	    "  --format FMT      text (default) or json (one object per line)\n"
	    "  --rules DIR       YARA rule directory (repeatable; replaces the configured ones)\n"
	    "  --signatures DIR  hash and pattern signature directory\n"
	    "  --threads N       scanner threads (default: number of CPUs)\n"
	    "  --full            ignore the scan cache: read every file\n"
	    "  --since DURATION  only files changed within DURATION (e.g. 90m, 2h, 1d)\n"
	    "  --log SINK        findings and actions to journald, syslog or none (default:\n"
	    "                    journald under systemd, else none)\n"
	    "  --apply           sweep, respond: carry out the policy's actions\n"
	    "  --dry-run         sweep, respond: print the actions, take none\n"
	    "  --max-rate BYTES  read at most BYTES per second (e.g. 20M; default: no limit)\n"
	    "  --nice            lowest CPU priority (nice 19, batch) and idle I/O class\n"
	    "  -q, --quiet       errors only\n"
	    "  -v, --verbose     more detail (repeat for debug)\n"
	    "  --version, --help\n\n"
	    "Exit status: 0 nothing found, 1 findings, 2 error. See hostsweep(8).\n");
}

/* The installed data directory, or the source tree next to the binary when
 * running uninstalled (make demo, make test). */
static void default_data_dirs(struct hs_config *cfg)
{
	struct stat st;
	if (stat(HS_DATADIR "/rules", &st) == 0)
		return;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	/* the binary sits at the top of the source tree or one level below */
	for (int up = 0; up < 2; up++) {
		char *rules = path_join(exe, "rules");
		char *sigs = path_join(exe, "signatures");
		if (stat(rules, &st) == 0 && S_ISDIR(st.st_mode)) {
			hs_debug("using rules from the source tree: %s", rules);
			free(cfg->rules_dirs.v[0]);
			cfg->rules_dirs.v[0] = rules;
			free(cfg->signatures_dir);
			cfg->signatures_dir = sigs;
			return;
		}
		free(rules);
		free(sigs);
		slash = strrchr(exe, '/');
		if (!slash)
			return;
		*slash = '\0';
	}
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(commands); i++)
		if (!strcmp(command_names[i], name))
			return commands[i] ? commands[i] : (const struct command *)-1;
	return NULL;
}

/* Which argv element is the command word: the first non-option that is not
 * the value of a common option. */
static int command_index(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--"))
			return i + 1 < argc ? i + 1 : -1;
		if (a[0] != '-' || a[1] == '\0')
			return i;
		if (a[1] == '-' && !strchr(a, '=')) {
			for (size_t k = 0; k < HS_ARRAY_LEN(common_options); k++)
				if (!strcmp(a + 2, common_options[k].name) &&
				    common_options[k].has_arg == required_argument)
					i++;
		}
	}
	return -1;
}

/* --nice: what the systemd unit sets (Nice=19, CPUSchedulingPolicy=batch,
 * IOSchedulingClass=idle), for runs from cron or a shell. Each step is best
 * effort: a scan that cannot lower its priority still runs. */
static void be_nice(void)
{
	errno = 0;
	if (setpriority(PRIO_PROCESS, 0, 19) < 0)
		hs_warn("--nice: cannot set nice 19: %s", strerror(errno));
	struct sched_param sp = {.sched_priority = 0};
	if (sched_setscheduler(0, SCHED_BATCH, &sp) < 0)
		hs_warn("--nice: cannot use the batch scheduler: %s", strerror(errno));
	/* ioprio_set has no glibc wrapper; IOPRIO_CLASS_IDLE = 3, shifted 13 */
	if (syscall(SYS_ioprio_set, 1 /* IOPRIO_WHO_PROCESS */, 0, 3 << 13) < 0)
		hs_warn("--nice: cannot use the idle I/O class: %s", strerror(errno));
	long io = syscall(SYS_ioprio_get, 1, 0);
	errno = 0;
	int prio = getpriority(PRIO_PROCESS, 0);
	hs_info("--nice: nice %d, scheduler %s, I/O class %s", prio,
	        sched_getscheduler(0) == SCHED_BATCH ? "batch" : "other",
	        io >= 0 && (io >> 13) == 3 ? "idle" : "not idle");
}

struct cli {
	struct hs_ctx ctx;
	const struct command *cmd;
	const char *config_path;
	struct strlist rules;
	const char *signatures;
	int threads;
	uint64_t max_rate;
	bool max_rate_set;
	bool nice;
	char *root;
	struct strlist pending_code, pending_arg; /* command options, applied after the config */
	struct strlist args;
};

/* Apply one option. Returns -1 to go on, or the exit status to stop with. */
static int handle_option(struct cli *cli, int c, const char *bad)
{
	switch (c) {
	case OPT_CONFIG:
		cli->config_path = optarg;
		return -1;
	case OPT_ROOT: {
		free(cli->root);
		cli->root = xstrdup(optarg);
		size_t l = strlen(cli->root);
		while (l > 1 && cli->root[l - 1] == '/')
			cli->root[--l] = '\0';
		if (!strcmp(cli->root, "/"))
			cli->root[0] = '\0';
		struct stat st;
		if (*cli->root && (stat(cli->root, &st) < 0 || !S_ISDIR(st.st_mode))) {
			hs_err("--root %s: not a directory", optarg);
			return 2;
		}
		return -1;
	}
	case OPT_FORMAT:
		if (strcmp(optarg, "json") && strcmp(optarg, "text")) {
			hs_err("--format: expected text or json, not '%s'", optarg);
			return 2;
		}
		cli->ctx.format = !strcmp(optarg, "json") ? HS_FORMAT_JSON : HS_FORMAT_TEXT;
		return -1;
	case OPT_RULES:
		strlist_add(&cli->rules, optarg);
		return -1;
	case OPT_SIGNATURES:
		cli->signatures = optarg;
		return -1;
	case OPT_THREADS: {
		char *end;
		long t = strtol(optarg, &end, 10);
		if (*end || t < 1 || t > 256) {
			hs_err("--threads: expected 1..256");
			return 2;
		}
		cli->threads = (int)t;
		return -1;
	}
	case OPT_FULL:
		cli->ctx.full = true;
		return -1;
	case OPT_APPLY:
		cli->ctx.apply = true;
		return -1;
	case OPT_MAX_RATE:
		if (!parse_size(optarg, &cli->max_rate)) {
			hs_err("--max-rate: expected bytes per second like 50M (0 = no limit)");
			return 2;
		}
		cli->max_rate_set = true;
		return -1;
	case OPT_DRY_RUN:
		cli->ctx.dry_run = true;
		return -1;
	case OPT_NICE:
		cli->nice = true;
		return -1;
	case OPT_SINCE:
		if (!parse_duration(optarg, &cli->ctx.since) || cli->ctx.since == 0) {
			hs_err("--since: expected a duration like 90m, 2h or 1d");
			return 2;
		}
		return -1;
	case OPT_LOG:
		if (!log_set_cli || !log_set_cli(optarg)) {
			hs_err("--log: expected journald, syslog or none, not '%s'", optarg);
			return 2;
		}
		return -1;
	case 'q':
		hs_verbosity = 0;
		return -1;
	case 'v':
		hs_verbosity++;
		return -1;
	case OPT_VERSION:
		printf("hostsweep %s (YARA %s)\n", HS_VERSION, YR_VERSION);
		return 0;
	case OPT_HELP:
	case 'h':
		usage(stdout, cli->cmd);
		return 0;
	case '?':
		hs_err("unknown or incomplete option '%s' (see hostsweep%s%s --help)", bad,
		       cli->cmd ? " " : "", cli->cmd ? cli->cmd->name : "");
		return 2;
	default: {
		/* a command's own option: applied once the config is loaded */
		char code[16];
		snprintf(code, sizeof(code), "%d", c);
		strlist_add(&cli->pending_code, code);
		strlist_add(&cli->pending_arg, optarg ? optarg : "");
		return -1;
	}
	}
}

/* Everything from the command line into cli; returns -1 to run the command. */
static int parse_command_line(struct cli *cli, int argc, char **argv)
{
	int ci = command_index(argc, argv);
	cli->cmd = ci > 0 ? find_command(argv[ci]) : NULL;
	if (cli->cmd == (const struct command *)-1) {
		hs_err("command '%s' is not available in this build", argv[ci]);
		return 2;
	}
	/* The common options plus the command's own. */
	size_t ncommon = HS_ARRAY_LEN(common_options), nextra = 0;
	if (cli->cmd && cli->cmd->options)
		while (cli->cmd->options[nextra].name)
			nextra++;
	struct option *opts = xcalloc(ncommon + nextra + 1, sizeof(*opts));
	memcpy(opts, common_options, sizeof(common_options));
	if (nextra)
		memcpy(opts + ncommon, cli->cmd->options, nextra * sizeof(*opts));
	opterr = 0;
	int r = -1;
	/* Before the command word ("+": stop at the first non-option), then
	 * after it, where options and the command's arguments may mix. */
	while (r < 0 && optind < argc) {
		const char *cur = argv[optind];
		int c = getopt_long(argc, argv, optind <= ci ? "+qvh" : "qvh", opts, NULL);
		if (c == -1) {
			if (optind < argc && optind == ci) {
				optind++;
			} else if (optind < argc) {
				strlist_add(&cli->args, argv[optind++]);
			}
			continue;
		}
		r = handle_option(cli, c, c == '?' ? argv[optind - 1] : cur);
	}
	free(opts);
	if (r < 0 && !cli->cmd) {
		if (ci > 0)
			hs_err("unknown command '%s' (see hostsweep --help)", argv[ci]);
		else
			usage(stderr, NULL);
		return 2;
	}
	return r;
}

int main(int argc, char **argv)
{
	struct cli cli = {.threads = -1};
	bool ran = false;
	cli.ctx.root = "";
	cli.ctx.format = HS_FORMAT_TEXT;
	config_defaults(&cli.ctx.cfg);
	int status = parse_command_line(&cli, argc, argv);
	if (status >= 0)
		goto out;
	status = 2;
	struct hs_ctx *ctx = &cli.ctx;
	const struct command *cmd = cli.cmd;
	ctx->root = cli.root ? cli.root : "";
	ctx->command = cmd->name;
	if ((ctx->apply || ctx->dry_run) && !cmd->takes_policy) {
		hs_err("--apply and --dry-run go with sweep and respond, not %s", cmd->name);
		goto out;
	}
	default_data_dirs(&ctx->cfg);
	config_register_sections(module_sections, HS_ARRAY_LEN(module_sections));
	if (!config_load(&ctx->cfg, cli.config_path ? cli.config_path : HS_DEFAULT_CONFIG,
	                 !cli.config_path))
		goto out;
	if (cli.rules.n) {
		strlist_clear(&ctx->cfg.rules_dirs);
		for (size_t i = 0; i < cli.rules.n; i++)
			strlist_add(&ctx->cfg.rules_dirs, cli.rules.v[i]);
		ctx->rules_from_cli = true;
	}
	if (cli.signatures) {
		free(ctx->cfg.signatures_dir);
		ctx->cfg.signatures_dir = xstrdup(cli.signatures);
	}
	if (cli.threads > 0)
		ctx->cfg.threads = cli.threads;
	if (cli.max_rate_set)
		ctx->cfg.max_rate = cli.max_rate;
	if (cli.nice)
		be_nice(); /* before any thread exists: they inherit it */
	for (size_t i = 0; i < cli.pending_code.n; i++) {
		if (!cmd->set_option ||
		    !cmd->set_option(ctx, atoi(cli.pending_code.v[i]), cli.pending_arg.v[i]))
			goto out;
	}
	if (yr_initialize() != ERROR_SUCCESS) {
		hs_err("cannot initialise YARA");
		goto out;
	}
	ctx->rep = report_new(ctx->format,
	                      ctx->format == HS_FORMAT_JSON ? reporter_json_new()
	                      : cmd->streams                ? reporter_text_stream_new()
	                                                    : reporter_text_new(),
	                      stdout, cmd->name);
	if (log_attach)
		log_attach(ctx);
	ctx->accounts = accounts_load(ctx->root, &ctx->cfg);
	/* Where the scan cache is used, the compiled rules are kept beside it. */
	ctx->rules_cache_dir = cache_dir ? cache_dir(ctx, &ctx->rules_cache_ro) : NULL;
	status = cmd->run(ctx, (int)cli.args.n, cli.args.v);
	ran = true;
	if (log_finish)
		log_finish(ctx, status);
	/* A command that failed before inspecting anything prints no summary:
	 * an empty one would read as "nothing found". */
	bool inspected = ctx->rep->counts.files || report_total_findings(ctx->rep) ||
	                 json_object_size(ctx->rep->summary_extra) > 1;
	if (!cmd->own_output && (status != 2 || inspected))
		report_end(ctx->rep);
	accounts_free(ctx->accounts);
	report_free(ctx->rep);
	yr_finalize();
out:
	/* a Nagios plugin that could not run says UNKNOWN, on stdout */
	if (status == 2 && cli.cmd && cli.cmd != (const struct command *)-1 && cli.cmd->nagios &&
	    !ran) {
		/* the service name of the check asked for: `check watch` is WATCH */
		const char *svc =
		    cli.args.n > 0 && !strcmp(cli.args.v[0], "watch") ? "WATCH" : "MAILQ";
		printf("%s UNKNOWN - cannot run the check: bad arguments or configuration (see "
		       "stderr)\n",
		       svc);
		status = 3;
	}
	strlist_clear(&cli.rules);
	strlist_clear(&cli.pending_code);
	strlist_clear(&cli.pending_arg);
	strlist_clear(&cli.args);
	config_free(&cli.ctx.cfg);
	free(cli.ctx.rules_cache_dir);
	free(cli.root);
	return status;
}
