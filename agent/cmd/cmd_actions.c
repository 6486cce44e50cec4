/* The action journal's commands: `actions` (list), `undo ID...`,
 * `quarantine list|show ID|restore ID|purge --older-than DAYS`, and the
 * sweep's policy step (policy_run). */
#include "act/actions.h"
#include "escape.h"
#include "scan/scanner.h"
#include "act/quarantine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { OPT_FORCE = 2100, OPT_OLDER_THAN };

static bool opt_force;
static long opt_older_than = -1;

static const struct option journal_options[] = {
    {"force", no_argument, NULL, OPT_FORCE},
    {"older-than", required_argument, NULL, OPT_OLDER_THAN},
    {NULL, 0, NULL, 0},
};

static bool set_journal_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	if (code == OPT_FORCE) {
		opt_force = true;
		return true;
	}
	if (code == OPT_OLDER_THAN) {
		char *end;
		opt_older_than = strtol(arg, &end, 10);
		if (*end || opt_older_than < 0) {
			hs_err("--older-than: expected a number of days");
			return false;
		}
		return true;
	}
	return false;
}

int policy_run(struct hs_ctx *ctx)
{
	if (!policy_validate(&hs_policy))
		return -1;
	if (!hs_policy.nrules)
		return 0; /* the default policy: report only */
	struct plan p = {0};
	plan_build(&p, &hs_policy, ctx->rep->findings, ctx->rep->nfindings, ACT_HOLD_MAIL);
	bool apply = (ctx->apply || hs_policy.apply) && !ctx->dry_run;
	int failed = plan_run(ctx, &hs_policy, &p, apply, ctx->command);
	plan_free(&p);
	return failed ? -1 : 0;
}

static void fmt_time(int64_t t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	strftime(buf, len, "%Y-%m-%d %H:%M:%S", localtime(&tt));
}

static void print_entry(const struct hs_ctx *ctx, const struct journal_entry *e)
{
	char *target = hs_escape(e->target ? e->target : "");
	if (ctx->format == HS_FORMAT_JSON) {
		json_t *o = json_object();
		json_object_set_new(o, "type", json_string("journal"));
		json_object_set_new(o, "id", json_integer(e->id));
		json_object_set_new(o, "time", json_integer(e->time));
		json_object_set_new(o, "command", json_string(e->command ? e->command : ""));
		json_object_set_new(o, "action", json_string(e->action ? e->action : ""));
		json_object_set_new(o, "target", json_string(target));
		json_object_set_new(o, "account",
		                    e->account ? json_string(e->account) : json_null());
		json_object_set_new(o, "state", json_string(e->state ? e->state : ""));
		char *d = e->detail ? hs_escape(e->detail) : NULL;
		json_object_set_new(o, "detail", d ? json_string(d) : json_null());
		free(d);
		json_object_set_new(o, "state_time", json_integer(e->state_time));
		if (e->finding)
			json_object_set(o, "finding", e->finding);
		char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
		printf("%s\n", s);
		free(s);
		json_decref(o);
	} else {
		char when[32];
		fmt_time(e->time, when, sizeof(when));
		printf("%6lld  %s  %-12s %-12s %-10s %s\n", (long long)e->id, when, e->action,
		       e->state, e->account ? e->account : "-", target);
	}
	free(target);
}

static int cmd_actions_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc) {
		hs_err("actions takes no arguments");
		return 2;
	}
	struct journal *j = journal_open(ctx->cfg.state_dir);
	if (!j)
		return 2;
	struct journal_entry *v;
	size_t n = journal_list(j, NULL, &v);
	if (ctx->format == HS_FORMAT_TEXT && n)
		printf("%6s  %-19s  %-12s %-12s %-10s %s\n", "ID", "TIME", "ACTION", "STATE",
		       "ACCOUNT", "TARGET");
	for (size_t i = 0; i < n; i++) {
		print_entry(ctx, &v[i]);
		journal_entry_free(&v[i]);
	}
	if (ctx->format == HS_FORMAT_TEXT && !n)
		printf("no actions in the journal (%s/journal.db)\n", ctx->cfg.state_dir);
	free(v);
	journal_close(j);
	return 0;
}

static bool parse_id(const char *s, int64_t *id)
{
	char *end;
	long long v = strtoll(s[0] == '#' ? s + 1 : s, &end, 10);
	if (*end || v <= 0)
		return false;
	*id = v;
	return true;
}

static int undo_ids(struct hs_ctx *ctx, int argc, char **argv, const char *verb)
{
	if (!argc) {
		hs_err("%s: give one or more action ids (see hostsweep actions)", verb);
		return 2;
	}
	struct journal *j = journal_open(ctx->cfg.state_dir);
	if (!j)
		return 2;
	int status = 0;
	for (int i = 0; i < argc; i++) {
		int64_t id;
		char detail[1024];
		if (!parse_id(argv[i], &id)) {
			hs_err("%s: '%s' is not an action id", verb, argv[i]);
			status = 2;
			continue;
		}
		int rc = action_undo(ctx, j, id, opt_force, detail, sizeof(detail));
		char *d = hs_escape(detail);
		if (ctx->format == HS_FORMAT_JSON) {
			json_t *o = json_object();
			json_object_set_new(o, "type", json_string("undo"));
			json_object_set_new(o, "id", json_integer(id));
			json_object_set_new(o, "result", json_string(rc == 0 ? "ok" : "failed"));
			json_object_set_new(o, "detail", json_string(d));
			char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
			printf("%s\n", s);
			free(s);
			json_decref(o);
		} else {
			printf("%s #%lld: %s\n", rc == 0 ? "undone" : "NOT undone", (long long)id,
			       d);
		}
		free(d);
		if (rc < 0)
			status = 2;
	}
	journal_close(j);
	return status;
}

static int cmd_undo_run(struct hs_ctx *ctx, int argc, char **argv)
{
	return undo_ids(ctx, argc, argv, "undo");
}

static int quarantine_show(struct hs_ctx *ctx, struct journal *j, const char *ids)
{
	int64_t id;
	struct journal_entry e;
	if (!parse_id(ids, &id) || journal_get(j, id, &e) < 0 || strcmp(e.action, "quarantine")) {
		hs_err("quarantine show: no quarantine action '%s'", ids);
		if (parse_id(ids, &id) && e.action)
			journal_entry_free(&e);
		return 2;
	}
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("quarantine"));
	json_object_set_new(o, "id", json_integer(id));
	json_object_set_new(o, "state", json_string(e.state));
	char *dir = quarantine_item_dir(ctx, id);
	json_object_set_new(o, "stored_in", json_string(dir));
	free(dir);
	if (e.undo)
		json_object_update(o, e.undo);
	if (e.finding)
		json_object_set(o, "finding", e.finding);
	char *s =
	    json_dumps(o, ctx->format == HS_FORMAT_JSON ? JSON_COMPACT | JSON_PRESERVE_ORDER
	                                                : JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	printf("%s\n", s);
	free(s);
	json_decref(o);
	journal_entry_free(&e);
	return 0;
}

static int cmd_quarantine_run(struct hs_ctx *ctx, int argc, char **argv)
{
	if (argc < 1) {
		hs_err(
		    "quarantine: list, show ID, restore ID [--force] or purge --older-than DAYS");
		return 2;
	}
	const char *sub = argv[0];
	if (!strcmp(sub, "restore"))
		return undo_ids(ctx, argc - 1, argv + 1, "quarantine restore");
	struct journal *j = journal_open(ctx->cfg.state_dir);
	if (!j)
		return 2;
	int status = 0;
	if (!strcmp(sub, "list") && argc == 1) {
		struct journal_entry *v;
		size_t n = journal_list(j, "quarantine", &v);
		for (size_t i = 0; i < n; i++) {
			if (ctx->format == HS_FORMAT_JSON) {
				print_entry(ctx, &v[i]);
			} else {
				char when[32];
				fmt_time(v[i].time, when, sizeof(when));
				char *t = hs_escape(v[i].target ? v[i].target : "");
				const char *sha =
				    json_string_value(json_object_get(v[i].undo, "sha256"));
				printf("%6lld  %s  %-10s %-10s %.12s  %s\n", (long long)v[i].id,
				       when, v[i].state, v[i].account ? v[i].account : "-",
				       sha ? sha : "-", t);
				free(t);
			}
			journal_entry_free(&v[i]);
		}
		if (!n && ctx->format == HS_FORMAT_TEXT)
			printf("the quarantine is empty\n");
		free(v);
	} else if (!strcmp(sub, "show") && argc == 2) {
		status = quarantine_show(ctx, j, argv[1]);
	} else if (!strcmp(sub, "purge") && argc == 1) {
		if (opt_older_than < 0) {
			hs_err("quarantine purge needs --older-than DAYS (nothing is purged "
			       "otherwise)");
			status = 2;
		} else {
			int n = quarantine_purge(ctx, j, (unsigned)opt_older_than);
			printf("%d quarantined file%s purged\n", n, n == 1 ? "" : "s");
		}
	} else {
		hs_err(
		    "quarantine: unknown subcommand or arguments (list, show ID, restore ID, purge "
		    "--older-than DAYS)");
		status = 2;
	}
	journal_close(j);
	return status;
}

const struct command cmd_actions = {
    .name = "actions",
    .summary = "list the action journal (what was done, when, and its state)",
    .run = cmd_actions_run,
    .own_output = true,
};

const struct command cmd_undo = {
    .name = "undo",
    .summary = "undo actions by id (quarantine, lock-dir, disable-cron, hold-mail)",
    .usage = "  --force           restore over a file that was created again",
    .options = journal_options,
    .set_option = set_journal_option,
    .run = cmd_undo_run,
    .own_output = true,
};

const struct command cmd_quarantine = {
    .name = "quarantine",
    .summary = "list, show, restore or purge quarantined files",
    .usage = "  quarantine list | show ID | restore ID [--force] | purge --older-than DAYS",
    .options = journal_options,
    .set_option = set_journal_option,
    .run = cmd_quarantine_run,
    .own_output = true,
};
