/* `hostsweep mailq` (queue depth and who is sending, into the report),
 * `hostsweep check mailq` (a Nagios/Icinga plugin: one status line with
 * performance data, exit 0/1/2/3) and the Prometheus metrics of the queue. */
#include "escape.h"
#include "mail/mailq.h"
#include "report/prometheus.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_PROMETHEUS = 2001,
	OPT_TOP,
	OPT_SAMPLE,
	OPT_MTA,
	OPT_QUEUE_DIR,
	OPT_COUNT_ONLY,
	OPT_WARNING,
	OPT_CRITICAL,
	OPT_AGE_WARNING,
	OPT_AGE_CRITICAL,
};

static bool count_only;
static bool sample_given;
static struct nrange chk_cw, chk_cc;
static char *chk_cw_s, *chk_cc_s;
static bool chk_aw_set, chk_ac_set;
static uint64_t chk_aw, chk_ac;
static bool chk_bad; /* a bad option: UNKNOWN */

__attribute__((destructor)) static void cmd_mailq_free(void)
{
	free(chk_cw_s);
	free(chk_cc_s);
}

static bool set_config(const char *key, const char *arg, const char *opt)
{
	char err[256];
	if (mailq_config_set(key, arg, err, sizeof(err)) != 1) {
		hs_err("%s: %s", opt, err);
		return false;
	}
	return true;
}

static bool common_option(int code, const char *arg)
{
	switch (code) {
	case OPT_PROMETHEUS:
		if (!*arg) {
			hs_err("--prometheus: expected a file name");
			return false;
		}
		free(mailq_prometheus_path);
		mailq_prometheus_path = xstrdup(arg);
		return true;
	case OPT_TOP:
		return set_config("top", arg, "--top");
	case OPT_SAMPLE:
		sample_given = true;
		return set_config("sample", arg, "--sample");
	case OPT_MTA:
		return set_config("mta", arg, "--mta");
	case OPT_QUEUE_DIR:
		return set_config("queue_dir", arg, "--queue-dir");
	case OPT_COUNT_ONLY:
		count_only = true;
		return true;
	}
	return false;
}

static bool mailq_set_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	return common_option(code, arg);
}

/* ---- mailq ---- */

static int mailq_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("mailq takes no arguments (see hostsweep mailq --help)");
		return 2;
	}
	char err[512];
	struct mq_run *r = mailq_collect(ctx, count_only, err, sizeof(err));
	const char *prom = mailq_prometheus_path ? mailq_prometheus_path : mq_set.prometheus;
	if (!r || r->error) {
		hs_err("%s", err);
		if (prom)
			mailq_prometheus_write(NULL, prom);
		mailq_free(r);
		return 2;
	}
	mailq_report(r, true, false);
	int status = 0;
	if (prom && mailq_prometheus_write(r, prom) < 0)
		status = 2;
	mailq_free(r);
	return status ? status : ctx_exit_status(ctx);
}

static const struct option mailq_options[] = {
    {"prometheus", required_argument, NULL, OPT_PROMETHEUS},
    {"top", required_argument, NULL, OPT_TOP},
    {"sample", required_argument, NULL, OPT_SAMPLE},
    {"mta", required_argument, NULL, OPT_MTA},
    {"queue-dir", required_argument, NULL, OPT_QUEUE_DIR},
    {"count-only", no_argument, NULL, OPT_COUNT_ONLY},
    {NULL, 0, NULL, 0},
};

const struct command cmd_mailq = {
    .name = "mailq",
    .summary = "mail queue depth per queue, oldest message, growth, who is filling it",
    .usage = "  --prometheus FILE  also write the metrics (node_exporter textfile, atomically)\n"
             "  --top N            show the top N of each group (default 10)\n"
             "  --sample N         read at most N messages for attribution (default 20000)\n"
             "  --mta NAME         auto, postfix, exim, sendmail or qmail\n"
             "  --queue-dir DIR    the spool directory (as on the inspected system)\n"
             "  --count-only       count only: no ages, no attribution\n",
    .options = mailq_options,
    .set_option = mailq_set_option,
    .run = mailq_run,
};

/* ---- check mailq ---- */

/* `check watch` is cmd_watch.c's; its options are named here (one option
 * table per command) and handed over by name. */
int check_watch_run(struct hs_ctx *ctx) __attribute__((weak));
bool check_watch_set_option(const char *name, const char *arg) __attribute__((weak));
enum { OPT_LAG_WARNING = 2450, OPT_LAG_CRITICAL, OPT_STALE, OPT_STATUS_FILE };
static const char *const watch_option_names[] = {"lag-warning", "lag-critical", "stale",
                                                 "status-file"};

static bool check_set_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	uint64_t u;
	switch (code) {
	case OPT_WARNING:
	case OPT_CRITICAL: {
		struct nrange nr;
		if (!nrange_parse(arg, &nr)) {
			printf("MAILQ UNKNOWN - %s: expected a count or a Nagios range (500, 10:, "
			       "@1:9), not '%s'\n",
			       code == OPT_WARNING ? "--warning" : "--critical", arg);
			chk_bad = true;
			return true;
		}
		*(code == OPT_WARNING ? &chk_cw : &chk_cc) = nr;
		char **s = code == OPT_WARNING ? &chk_cw_s : &chk_cc_s;
		free(*s);
		*s = xstrdup(arg);
		return true;
	}
	case OPT_AGE_WARNING:
	case OPT_AGE_CRITICAL:
		if (!parse_duration(arg, &u)) {
			printf("MAILQ UNKNOWN - %s: expected a duration (90m, 4h, 2d), not '%s'\n",
			       code == OPT_AGE_WARNING ? "--age-warning" : "--age-critical", arg);
			chk_bad = true;
			return true;
		}
		if (code == OPT_AGE_WARNING) {
			chk_aw = u;
			chk_aw_set = true;
		} else {
			chk_ac = u;
			chk_ac_set = true;
		}
		return true;
	case OPT_COUNT_ONLY:
		count_only = true;
		return true;
	case OPT_LAG_WARNING:
	case OPT_LAG_CRITICAL:
	case OPT_STALE:
	case OPT_STATUS_FILE:
		if (!check_watch_set_option ||
		    !check_watch_set_option(watch_option_names[code - OPT_LAG_WARNING], arg))
			chk_bad = true;
		return true;
	}
	if (!common_option(code, arg))
		chk_bad = true;
	return true;
}

/* Short, one-line, no '|' (it starts the perfdata). */
static char *plugin_text(const char *raw)
{
	size_t n = strlen(raw);
	char *e = hs_escape_n(raw, n > 60 ? 60 : n);
	for (char *p = e; *p; p++)
		if (*p == '|')
			*p = '/';
	return e;
}

static void append(char **s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void append(char **s, const char *fmt, ...)
{
	va_list ap;
	char *add;
	va_start(ap, fmt);
	if (vasprintf(&add, fmt, ap) < 0)
		add = NULL;
	va_end(ap);
	if (!add)
		return;
	char *n = xasprintf("%s%s", *s ? *s : "", add);
	free(*s);
	free(add);
	*s = n;
}

static int check_run(struct hs_ctx *ctx, int argc, char **argv)
{
	static const char *const names[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
	hs_verbosity = 0; /* one line on stdout, nothing else */
	if (chk_bad)
		return 3;
	if (argc == 1 && !strcmp(argv[0], "watch")) {
		if (check_watch_run)
			return check_watch_run(ctx);
		printf("WATCH UNKNOWN - this build has no watch command\n");
		return 3;
	}
	if (argc != 1 || strcmp(argv[0], "mailq")) {
		printf("HOSTSWEEP UNKNOWN - usage: hostsweep check mailq [--warning N] [--critical "
		       "N] [--age-warning DUR] [--age-critical DUR] | check watch [--lag-warning "
		       "DUR] [--lag-critical DUR] [--stale DUR]\n");
		return 3;
	}
	if (!sample_given && mq_set.sample > 2000)
		mq_set.sample = 2000; /* a check runs often: a smaller sample */
	if (!chk_cw.set)
		nrange_parse(mailq_count_threshold(false), &chk_cw);
	if (!chk_cc.set)
		nrange_parse(mailq_count_threshold(true), &chk_cc);
	const char *cws = chk_cw_s ? chk_cw_s : mailq_count_threshold(false);
	const char *ccs = chk_cc_s ? chk_cc_s : mailq_count_threshold(true);
	uint64_t aw = chk_aw_set ? chk_aw : mq_set.age_warn;
	uint64_t ac = chk_ac_set ? chk_ac : mq_set.age_crit;
	char err[512];
	struct mq_run *r = mailq_collect(ctx, count_only, err, sizeof(err));
	const char *prom = mailq_prometheus_path ? mailq_prometheus_path : mq_set.prometheus;
	if (!r || r->error) {
		char *e = plugin_text(err);
		printf("MAILQ UNKNOWN - %s\n", e);
		free(e);
		if (prom)
			mailq_prometheus_write(NULL, prom);
		mailq_free(r);
		return 3;
	}
	double growth = 0;
	long long since = 0;
	bool have = !count_only && mailq_growth(r, true, &growth, &since);
	r->have_growth = have;
	r->growth = growth;
	struct strlist why = {0};
	int st = mailq_state(r, &chk_cw, &chk_cc, count_only ? 0 : aw, count_only ? 0 : ac, &why);
	uint64_t total = mailq_total(r);
	long long age = mailq_oldest_age(r, -1);
	char *line = NULL;
	append(&line, "MAILQ %s - %s: %llu message%s", names[st], r->be->name,
	       (unsigned long long)total, total == 1 ? "" : "s");
	if (why.n) {
		char *j = strlist_join(&why, ", ");
		append(&line, " (%s)", j);
		free(j);
	}
	if (!count_only) {
		char *a = mq_fmt_age(age);
		append(&line, ", oldest %s", total ? a : "-");
		free(a);
		if (have)
			append(&line, ", %+.1f/min", growth);
		if (r->unreadable)
			append(&line, ", %llu unreadable", (unsigned long long)r->unreadable);
		static const int groups[] = {MQ_G_ACCOUNT, MQ_G_SENDER, MQ_G_SCRIPT};
		bool first = true;
		for (size_t i = 0; st && i < HS_ARRAY_LEN(groups); i++) {
			const char **keys;
			uint64_t *counts, none;
			size_t distinct;
			if (mq_top(r, groups[i], 1, &keys, &counts, &none, &distinct) == 1) {
				char *v = plugin_text(keys[0]);
				append(&line, "%s %s %s (%llu%s)", first ? "; top" : ",",
				       mq_group_names[groups[i]], v,
				       (unsigned long long)mailq_estimate(r, counts[0]),
				       r->stride > 1 ? " est." : "");
				free(v);
				first = false;
			}
			free(keys);
			free(counts);
		}
	}
	/* perfdata: 'label'=value[UOM];warn;crit;min;max */
	append(&line, " | 'messages'=%llu;%s;%s;0;", (unsigned long long)total, cws, ccs);
	if (!count_only) {
		char aws[32] = "", acs[32] = "";
		if (aw)
			snprintf(aws, sizeof(aws), "%llu", (unsigned long long)aw);
		if (ac)
			snprintf(acs, sizeof(acs), "%llu", (unsigned long long)ac);
		append(&line, " 'oldest_age'=%llds;%s;%s;0;", age, aws, acs);
	}
	for (size_t q = 0; q < r->nqueues; q++)
		append(&line, " '%s'=%llu;;;0;", r->be->queues[q], (unsigned long long)r->count[q]);
	if (!count_only)
		append(&line, " 'unreadable'=%llu;;;0;", (unsigned long long)r->unreadable);
	printf("%s\n", line);
	free(line);
	strlist_clear(&why);
	if (prom)
		mailq_prometheus_write(r, prom);
	mailq_free(r);
	return st;
}

static const struct option check_options[] = {
    {"warning", required_argument, NULL, OPT_WARNING},
    {"critical", required_argument, NULL, OPT_CRITICAL},
    {"age-warning", required_argument, NULL, OPT_AGE_WARNING},
    {"age-critical", required_argument, NULL, OPT_AGE_CRITICAL},
    {"prometheus", required_argument, NULL, OPT_PROMETHEUS},
    {"sample", required_argument, NULL, OPT_SAMPLE},
    {"mta", required_argument, NULL, OPT_MTA},
    {"queue-dir", required_argument, NULL, OPT_QUEUE_DIR},
    {"count-only", no_argument, NULL, OPT_COUNT_ONLY},
    {"lag-warning", required_argument, NULL, OPT_LAG_WARNING},
    {"lag-critical", required_argument, NULL, OPT_LAG_CRITICAL},
    {"stale", required_argument, NULL, OPT_STALE},
    {"status-file", required_argument, NULL, OPT_STATUS_FILE},
    {NULL, 0, NULL, 0},
};

const struct command cmd_check = {
    .name = "check",
    .summary = "Nagios/Icinga plugin: check mailq | watch (one status line, exit 0/1/2/3)",
    .usage = "  check mailq [--warning N] [--critical N] [--age-warning DUR] [--age-critical DUR]\n"
             "  N: a count or a Nagios range (10:, ~:10, @10:20); defaults from [mailq]\n"
             "  --sample N (default 2000), --mta NAME, --queue-dir DIR, --count-only,\n"
             "  --prometheus FILE\n"
             "  check watch [--lag-warning DUR] [--lag-critical DUR] [--stale DUR]\n"
             "  [--status-file FILE]: the watcher alive, its lag, lost events\n",
    .options = check_options,
    .set_option = check_set_option,
    .run = check_run,
    .own_output = true,
    .nagios = true,
};
