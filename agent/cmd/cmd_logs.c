/* `hostsweep logs`: read the web, FTP and SSH logs on their own: the
 * `weblog` findings (without the file scan, so no link to flagged files),
 * and with --account the account's logins, source addresses and the same
 * addresses' logins to other accounts. Reads the whole window (--since or
 * [logs] window) and keeps no state: the sweep's state is not touched. */
#include "logs/weblog.h"
#include "scan/scanner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_LOGS_ACCOUNT = 2300, OPT_LOGS_PATH };

static struct strlist logs_accounts, logs_paths;

static bool logs_set_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	if (code == OPT_LOGS_ACCOUNT) {
		strlist_add_unique(&logs_accounts, arg);
		return true;
	}
	if (code == OPT_LOGS_PATH) {
		strlist_add_unique(&logs_paths, arg);
		return true;
	}
	return false;
}

/* One text block per account: logins and lateral spread. */
static void account_text(struct hs_ctx *ctx, const char *acct, json_t *a)
{
	struct strlist l = {0};
	char *line = xasprintf("== logins of account %s", acct);
	strlist_add(&l, line);
	free(line);
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(a, "logins"), i, v)
	{
		line = xasprintf("  %-5s from %-40s %lld times, last %s",
		                 json_string_value(json_object_get(v, "proto")),
		                 json_string_value(json_object_get(v, "ip")),
		                 (long long)json_integer_value(json_object_get(v, "count")),
		                 json_string_value(json_object_get(v, "last")) ?: "?");
		strlist_add(&l, line);
		free(line);
	}
	json_t *lat = json_object_get(a, "lateral");
	if (json_array_size(lat)) {
		strlist_add(&l, "  the same addresses into other accounts (lateral spread):");
		json_array_foreach(lat, i, v)
		{
			line = xasprintf("    %s -> %s over %s, %lld times, last %s",
			                 json_string_value(json_object_get(v, "ip")),
			                 json_string_value(json_object_get(v, "user")),
			                 json_string_value(json_object_get(v, "proto")),
			                 (long long)json_integer_value(json_object_get(v, "count")),
			                 json_string_value(json_object_get(v, "last")) ?: "?");
			strlist_add(&l, line);
			free(line);
		}
	} else {
		strlist_add(&l, "  no login to another account from these addresses");
	}
	char *block = strlist_join(&l, "\n");
	report_add_text_block(ctx->rep, block);
	free(block);
	strlist_clear(&l);
}

static int cmd_logs_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("logs takes no arguments (see --account, --path)");
		return 2;
	}
	docroots_discover(ctx);
	struct prov_index *ix =
	    prov_build(ctx, LOG_FAM_WEB | LOG_FAM_FTP | LOG_FAM_SSH, prov_window_start(ctx), NULL);
	weblog_report(ctx, ix, NULL);
	json_t *accts = json_object();
	for (size_t i = 0; i < logs_accounts.n; i++) {
		json_t *a = prov_account(ix, logs_accounts.v[i]);
		if (!a) {
			report_add_text_summary(ctx->rep, "account %s: no login in the logs",
			                        logs_accounts.v[i]);
			continue;
		}
		json_object_set_new(a, "uploads",
		                    prov_account_uploads(ix, ctx, logs_accounts.v[i]));
		account_text(ctx, logs_accounts.v[i], a);
		json_object_set_new(accts, logs_accounts.v[i], a);
	}
	if (json_object_size(accts))
		json_object_set_new(ctx->rep->summary_extra, "accounts", accts);
	else
		json_decref(accts);
	json_t *paths = json_object();
	for (size_t i = 0; i < logs_paths.n; i++) {
		char *n = path_normalize(logs_paths.v[i]);
		json_t *p = prov_of(ix, n);
		if (p) {
			char *d = json_dumps(p, JSON_COMPACT);
			report_add_text_summary(ctx->rep, "provenance of %s: %s", n, d);
			free(d);
			json_object_set_new(paths, n, p);
		} else {
			report_add_text_summary(ctx->rep, "provenance of %s: nothing in the logs",
			                        n);
		}
		free(n);
	}
	if (json_object_size(paths))
		json_object_set_new(ctx->rep->summary_extra, "provenance", paths);
	else
		json_decref(paths);
	prov_free(ix);
	strlist_clear(&logs_accounts);
	strlist_clear(&logs_paths);
	return ctx_exit_status(ctx);
}

static const struct option logs_options[] = {
    {"account", required_argument, NULL, OPT_LOGS_ACCOUNT},
    {"path", required_argument, NULL, OPT_LOGS_PATH},
    {NULL, 0, NULL, 0},
};

const struct command cmd_logs = {
    .name = "logs",
    .summary = "read web, FTP and SSH logs: weblog findings, logins, provenance",
    .usage = "  --account NAME   the account's logins, their addresses, the same addresses'\n"
             "                   logins to other accounts (repeatable)\n"
             "  --path PATH      who uploaded PATH and who requested it (repeatable)\n",
    .options = logs_options,
    .set_option = logs_set_option,
    .run = cmd_logs_run,
};
