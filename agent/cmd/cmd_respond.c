/* `hostsweep respond`: incident response after a queue alert.
 *
 * Picks the accounts responsible (from the mail queue's attribution, or
 * --account), inspects everything that can belong to them — processes,
 * crontabs, temp files, a full scan of their home and docroots, a timeline
 * of files changed in the last N days — and prints one incident report per
 * account with the containment plan in order: stop processes, disable
 * cron, quarantine files, hold or delete queued mail, lock directories, then
 * the manual steps. --apply carries the plan out (journaled, undoable).
 *
 * Findings of the shared web-server user that no account owns (the bot
 * started by a webshell, its crontab) belong to every incident: the web
 * user runs every customer's PHP, so they are part of this outbreak. */
#include "act/actions.h"
#include "act/block_ip.h"
#include "escape.h"
#include "act/lock.h"
#include "cmd/respond_prov.h"
#include "host/hostinsp.h"
#include "logs/weblog.h"
#include "mail/mailq.h"
#include "scan/own.h"
#include "scan/scanner.h"
#include "scan/walk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int tmp_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int cron_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int procs_inspect(struct hs_ctx *, struct scanner *) __attribute__((weak));
int mailq_inspect(struct hs_ctx *) __attribute__((weak));
/* mailq_act.c: the accounts filling the queue, most messages first. */
int mailq_responsible_accounts(struct hs_ctx *, struct strlist *) __attribute__((weak));

enum { OPT_ACCOUNT = 2200, OPT_DAYS };

static struct strlist opt_accounts;
static long opt_days = -1;

/* [respond] */
static unsigned respond_actions = ACT_BIT(ACT_BLOCK_IP) | ACT_BIT(ACT_KILL) |
                                  ACT_BIT(ACT_DISABLE_CRON) | ACT_BIT(ACT_QUARANTINE) |
                                  ACT_BIT(ACT_HOLD_MAIL) | ACT_BIT(ACT_DELETE_MAIL) |
                                  ACT_BIT(ACT_LOCK_DIR);
static enum hs_severity respond_min = HS_SEV_HIGH;
static enum hs_action respond_mail = ACT_HOLD_MAIL;
static long respond_days = 14;
#define TIMELINE_MAX 200

int respond_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	int b = block_ip_config_set(key, value, err, errlen); /* never_block, block_timeout... */
	if (b)
		return b;
	if (!strcmp(key, "actions")) {
		struct strlist w = {0};
		unsigned m = 0;
		strlist_split_words(&w, value);
		for (size_t i = 0; i < w.n; i++) {
			enum hs_action a;
			if (!action_parse(w.v[i], &a) || a == ACT_REPORT) {
				snprintf(err, errlen, "unknown action '%s'", w.v[i]);
				strlist_clear(&w);
				return -1;
			}
			m |= ACT_BIT(a);
		}
		strlist_clear(&w);
		respond_actions = m;
		return 1;
	}
	if (!strcmp(key, "min_severity")) {
		if (!severity_parse(value, &respond_min) || respond_min == HS_SEV_NONE) {
			snprintf(err, errlen, "expected low, medium, high or critical");
			return -1;
		}
		return 1;
	}
	if (!strcmp(key, "mail_action")) {
		if (!strcmp(value, "hold"))
			respond_mail = ACT_HOLD_MAIL;
		else if (!strcmp(value, "delete"))
			respond_mail = ACT_DELETE_MAIL;
		else {
			snprintf(err, errlen, "expected hold or delete");
			return -1;
		}
		return 1;
	}
	if (!strcmp(key, "timeline_days")) {
		char *end;
		long d = strtol(value, &end, 10);
		if (*end || d < 0 || d > 3650) {
			snprintf(err, errlen, "expected a number of days");
			return -1;
		}
		respond_days = d;
		return 1;
	}
	return 0;
}

static const struct option respond_options[] = {
    {"account", required_argument, NULL, OPT_ACCOUNT},
    {"days", required_argument, NULL, OPT_DAYS},
    {NULL, 0, NULL, 0},
};

static bool set_respond_option(struct hs_ctx *ctx, int code, const char *arg)
{
	(void)ctx;
	if (code == OPT_ACCOUNT) {
		strlist_add_unique(&opt_accounts, arg);
		return true;
	}
	if (code == OPT_DAYS) {
		char *end;
		opt_days = strtol(arg, &end, 10);
		if (*end || opt_days < 0 || opt_days > 3650) {
			hs_err("--days: expected a number of days");
			return false;
		}
		return true;
	}
	return false;
}

/* Files changed within the window, for the timeline. */
struct tl_entry {
	char *path;
	time_t when;
	off_t size;
	uid_t uid;
};
struct timeline {
	struct tl_entry *v;
	size_t n;
	time_t cutoff;
};

static bool timeline_cb(void *ud, const struct walk_entry *e)
{
	struct timeline *t = ud;
	if (e->type != WALK_FILE)
		return true;
	time_t when = e->st.st_mtime > e->st.st_ctime ? e->st.st_mtime : e->st.st_ctime;
	if (when < t->cutoff)
		return true;
	t->v = xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
	t->v[t->n++] = (struct tl_entry){xstrdup(e->path), when, e->st.st_size, e->st.st_uid};
	return true;
}

static int cmp_tl(const void *a, const void *b)
{
	const struct tl_entry *x = a, *y = b;
	if (x->when != y->when)
		return x->when > y->when ? -1 : 1;
	return strcmp(x->path, y->path);
}

/* The timeline walk goes over trees the sweep has just walked: its skips
 * (symlinks, own files, excluded paths) and errors are already in the
 * run's report, so they are tallied in a scratch report that prints
 * nothing and is thrown away. */
static struct reporter quiet_reporter; /* every callback NULL: prints nothing */

/* The trees of an account: its home, and its docroots outside the home. */
static void account_trees(struct hs_ctx *ctx, const char *account, struct strlist *out)
{
	const char *home = accounts_home_of(ctx->accounts, account);
	if (home && strlen(home) > 1)
		strlist_add(out, home);
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(ctx->accounts, i);
		if (!d)
			break;
		if (d->account && !strcmp(d->account, account) &&
		    !(home && strlen(home) > 1 && path_is_under(d->path, home)))
			strlist_add_unique(out, d->path);
	}
}

static bool in_incident(const struct hs_ctx *ctx, const struct finding *f, const char *account)
{
	if (f->account)
		return !strcmp(f->account, account);
	/* the shared web user's, owned by no account */
	return f->uid >= 0 && accounts_is_web_user(ctx->accounts, (uid_t)f->uid);
}

static const char *const manual_steps[] = {
    "change the account's FTP/SFTP, control panel and CMS admin passwords",
    ("change the passwords of the account's mailboxes (SMTP auth may be abused; a "
     "mailauth finding names the one that is)"),
    "update or remove the vulnerable CMS, plugin or theme the upload came through",
    "check the server's IP against blocklists and request delisting once the queue is clean",
    "tell the customer what was found and what was done (hostsweep actions)",
};

/* The account's queued messages, from the queue's attribution in the
 * summary (estimated for the whole queue when it was sampled); -1 unknown. */
static long long queued_of(const struct hs_ctx *ctx, const char *account)
{
	json_t *mq = json_object_get(ctx->rep->summary_extra, "mailq");
	json_t *top = json_object_get(json_object_get(mq, "attribution"), "top_account");
	if (!mq)
		return -1;
	for (size_t i = 0; i < json_array_size(top); i++) {
		json_t *e = json_array_get(top, i);
		const char *v = json_string_value(json_object_get(e, "value"));
		if (v && !strcmp(v, account)) {
			json_t *est = json_object_get(e, "estimated");
			return json_integer_value(est ? est : json_object_get(e, "messages"));
		}
	}
	return 0;
}

/* One incident: an account (account set: its trees' timeline, its mail),
 * or a mailbox or the AUTH attack, which own no files (label only). */
static void incident(struct hs_ctx *ctx, const char *account, const char *label,
                     struct finding **mine, size_t n, struct plan *all, const struct policy *pol,
                     long days, const struct prov_index *prov)
{
	struct report *r = ctx->rep;
	struct plan p = {0};
	plan_build(&p, pol, mine, n, respond_mail);
	if (account && (respond_actions & ACT_BIT(respond_mail)))
		plan_add(&p, respond_mail, NULL, account);
	plan_sort(&p);

	/* Timeline of the account's trees. */
	struct timeline tl = {.cutoff = time(NULL) - (time_t)days * 86400};
	struct strlist trees = {0};
	if (account)
		account_trees(ctx, account, &trees);
	struct own_dirs own; /* hostsweep's own files are not the account's timeline */
	own_dirs_find(ctx, &own, false);
	struct report *tally = report_new(ctx->format, &quiet_reporter, NULL, "respond");
	for (size_t i = 0; i < trees.n; i++) {
		char *host = ctx_host_path(ctx, trees.v[i]);
		struct walk_opts o = {.max_depth = ctx->cfg.max_depth,
		                      .cross_mounts = ctx->cfg.cross_mounts,
		                      .excludes = &ctx->cfg.excludes,
		                      .rep = tally,
		                      .own = own.v,
		                      .nown = own.n};
		walk_tree(host, trees.v[i], &o, timeline_cb, &tl);
		free(host);
	}
	own_dirs_free(&own);
	report_free(tally);
	if (tl.n)
		qsort(tl.v, tl.n, sizeof(*tl.v), cmp_tl);

	/* logs: logins, lateral spread, timeline (respond_prov.c); an account's */
	json_t *provj = account ? respond_prov_json(ctx, prov, account, mine, n) : NULL;

	char *acct = hs_escape(account ? account : label);
	long long queued = account ? queued_of(ctx, account) : -1;
	if (ctx->format == HS_FORMAT_JSON) {
		json_t *o = json_object();
		json_object_set_new(o, "type", json_string("incident"));
		json_object_set_new(o, "account", account ? json_string(acct) : json_null());
		if (!account)
			json_object_set_new(o, "subject", json_string(acct));
		json_object_set_new(o, "queued_messages",
		                    queued >= 0 ? json_integer(queued) : json_null());
		json_t *ids = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(ids, json_string(mine[i]->id));
		json_object_set_new(o, "findings", ids);
		json_t *plan = json_array();
		for (size_t i = 0; i < p.n; i++) {
			json_t *a = json_object();
			char *t = hs_escape(p.v[i].target);
			json_object_set_new(a, "step", json_integer((json_int_t)i + 1));
			json_object_set_new(a, "action", json_string(action_name(p.v[i].act)));
			json_object_set_new(a, "target", json_string(t));
			json_object_set_new(a, "finding",
			                    p.v[i].f ? json_string(p.v[i].f->id) : json_null());
			json_array_append_new(plan, a);
			free(t);
		}
		json_object_set_new(o, "plan", plan);
		json_t *manual = json_array();
		for (size_t i = 0; i < HS_ARRAY_LEN(manual_steps); i++)
			json_array_append_new(manual, json_string(manual_steps[i]));
		json_object_set_new(o, "manual_steps", manual);
		json_t *tla = json_array();
		for (size_t i = 0; i < tl.n && i < TIMELINE_MAX; i++) {
			json_t *e = json_object();
			char *pth = hs_escape(tl.v[i].path);
			const char *fid = NULL;
			for (size_t k = 0; k < n; k++)
				if (mine[k]->path && !strcmp(mine[k]->path, tl.v[i].path))
					fid = mine[k]->id;
			json_object_set_new(e, "path", json_string(pth));
			json_object_set_new(e, "changed", json_integer(tl.v[i].when));
			json_object_set_new(e, "size", json_integer(tl.v[i].size));
			json_object_set_new(e, "uid", json_integer(tl.v[i].uid));
			json_object_set_new(e, "finding", fid ? json_string(fid) : json_null());
			json_array_append_new(tla, e);
			free(pth);
		}
		json_object_set_new(o, "timeline_days", json_integer(days));
		json_object_set_new(o, "timeline", tla);
		json_object_set_new(o, "timeline_total", json_integer((json_int_t)tl.n));
		json_object_set_new(o, "provenance", json_incref(provj));
		char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
		pthread_mutex_lock(&r->lock);
		fprintf(r->out, "%s\n", s);
		pthread_mutex_unlock(&r->lock);
		free(s);
		json_decref(o);
	} else {
		size_t cap = 4096, len = 0;
		char *b = xmalloc(cap);
		b[0] = '\0';
#define ADD(...)                                                                                   \
	do {                                                                                       \
		int k_ = snprintf(NULL, 0, __VA_ARGS__);                                           \
		if (len + (size_t)k_ + 1 > cap) {                                                  \
			cap = (len + (size_t)k_ + 1) * 2;                                          \
			b = xrealloc(b, cap);                                                      \
		}                                                                                  \
		len += (size_t)snprintf(b + len, cap - len, __VA_ARGS__);                          \
	} while (0)
		ADD("== incident: %s%s\n", account ? "account " : "", acct);
		size_t kinds[5] = {0};
		static const char *const kn[] = {"process", "cron", "file", "tmp", "mailauth"};
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < 5; k++)
				kinds[k] += !strcmp(mine[i]->kind, kn[k]);
		/* the queue line counts the account's messages, not mailq findings */
		char qbuf[64] = "";
		if (queued >= 0)
			snprintf(qbuf, sizeof(qbuf), ", %lld queued message%s", queued,
			         queued == 1 ? "" : "s");
		ADD("   found: %zu processes, %zu cron entries, %zu files, %zu temp files, %zu "
		    "stolen-login/AUTH-attack findings%s\n",
		    kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], qbuf);
		for (size_t i = 0; i < n; i++) {
			if (strcmp(mine[i]->kind, "mailauth"))
				continue;
			json_t *x = mine[i]->extra;
			const char *u = json_string_value(json_object_get(x, "sasl_user"));
			const char *ip = json_string_value(json_object_get(x, "client_ip"));
			char *e = hs_escape(u ? u : ip ? ip : "?");
			if (u)
				ADD("   mailbox %s: %lld queued, %lld logged, from %lld IPs in "
				    "%lld "
				    "networks (%s)\n",
				    e, json_integer_value(json_object_get(x, "queued")),
				    json_integer_value(json_object_get(x, "logged_messages")),
				    json_integer_value(json_object_get(x, "client_ips")),
				    json_integer_value(json_object_get(x, "networks")),
				    mine[i]->rules.n ? mine[i]->rules.v[0] : "");
			else
				ADD("   AUTH failures from %s: %lld\n", e,
				    json_integer_value(json_object_get(x, "failures")));
			free(e);
		}
		if (account)
			ADD("   files changed in the last %ld days: %zu (newest first%s)\n", days,
			    tl.n, tl.n > 20 ? ", first 20" : "");
		char when[32];
		for (size_t i = 0; i < tl.n && i < 20; i++) {
			time_t w = tl.v[i].when;
			strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime(&w));
			char *pth = hs_escape(tl.v[i].path);
			bool flagged = false;
			for (size_t k = 0; k < n && !flagged; k++)
				flagged = mine[k]->path && !strcmp(mine[k]->path, tl.v[i].path);
			ADD("     %s %s %s\n", when, flagged ? "!" : " ", pth);
			free(pth);
		}
		struct strlist pl = {0};
		respond_prov_text(provj, &pl);
		for (size_t i = 0; i < pl.n; i++)
			ADD("%s\n", pl.v[i]);
		strlist_clear(&pl);
		ADD("   containment plan (%s):\n",
		    ctx->apply && !ctx->dry_run ? "applied below" : "dry run: respond --apply");
		for (size_t i = 0; i < p.n; i++) {
			char *t = hs_escape(p.v[i].target);
			ADD("     %zu. %-12s %s\n", i + 1, action_name(p.v[i].act), t);
			free(t);
		}
		if (!p.n)
			ADD("     (nothing to contain at severity %s and above)\n",
			    severity_name(respond_min));
		ADD("   then, by hand:\n");
		for (size_t i = 0; i < HS_ARRAY_LEN(manual_steps); i++)
			ADD("     - %s\n", manual_steps[i]);
#undef ADD
		report_add_text_block(r, b);
		free(b);
	}
	free(acct);
	json_decref(provj);
	for (size_t i = 0; i < p.n; i++)
		plan_add(all, p.v[i].act, p.v[i].f, p.v[i].target);
	plan_free(&p);
	for (size_t i = 0; i < tl.n; i++)
		free(tl.v[i].path);
	free(tl.v);
	strlist_clear(&trees);
}

static int cmd_respond_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc) {
		hs_err("respond takes no paths (use --account USER)");
		return 2;
	}
	if (!policy_validate(&hs_policy))
		return 2;
	/* acting on the host: never at the same time as a sweep */
	if (ctx->apply && !ctx->dry_run && lock_sweep(ctx) != 0)
		return 2;
	long days = opt_days >= 0 ? opt_days : respond_days;
	ctx->full = true; /* an incident never trusts a cache */
	docroots_discover(ctx);
	int status = 0;

	struct strlist accounts = {0};
	for (size_t i = 0; i < opt_accounts.n; i++) {
		uid_t uid;
		if (!accounts_uid_of(ctx->accounts, opt_accounts.v[i], &uid)) {
			hs_err("--account %s: no such user in the passwd file", opt_accounts.v[i]);
			strlist_clear(&accounts);
			return 2;
		}
		strlist_add(&accounts, opt_accounts.v[i]);
	}
	if (!accounts.n) {
		if (mailq_responsible_accounts && mailq_responsible_accounts(ctx, &accounts) < 0)
			status = 2;
		if (!accounts.n)
			hs_warn(
			    "the mail queue names no account; inspecting processes, crontabs and "
			    "temp dirs only (use --account USER)");
		else
			hs_info("accounts filling the mail queue: %s", accounts.v[0]);
	}

	/* the queue and the mail log first: a stolen mailbox names an account
	 * whose trees are then scanned like the others */
	if (mailq_inspect && mailq_inspect(ctx) < 0)
		status = 2;
	for (size_t k = 0; !opt_accounts.n && k < ctx->rep->nfindings; k++) {
		const struct finding *f = ctx->rep->findings[k];
		if (!strcmp(f->kind, "mailauth") && f->account &&
		    !strlist_contains(&accounts, f->account)) {
			hs_info("a stolen mailbox of account %s: %s", f->account,
			        json_string_value(json_object_get(f->extra, "sasl_user")));
			strlist_add(&accounts, f->account);
		}
	}

	struct scanner *s = scanner_new(ctx, ctx->rules_from_cli);
	if (!s) {
		strlist_clear(&accounts);
		return 2;
	}
	/* the logs over the whole window (no state): provenance on the file
	 * findings as they are made, weblog findings after the queue */
	struct prov_index *prov = NULL;
	if (logs_set.enabled) {
		time_t start =
		    ctx->since ? prov_window_start(ctx) : time(NULL) - (time_t)days * 86400;
		prov = prov_build(ctx, LOG_FAM_WEB | LOG_FAM_FTP | LOG_FAM_SSH, start, NULL);
		scanner_set_finding_sink(s, prov_sink, prov);
	}
	for (size_t i = 0; i < accounts.n; i++) {
		struct strlist trees = {0};
		account_trees(ctx, accounts.v[i], &trees);
		for (size_t k = 0; k < trees.n; k++)
			scanner_scan_tree(s, trees.v[k], "file");
		scanner_drain(s);
		strlist_clear(&trees);
	}
	if (tmp_inspect && tmp_inspect(ctx, s) < 0)
		status = 2;
	if (cron_inspect && cron_inspect(ctx, s) < 0)
		status = 2;
	if (procs_inspect && procs_inspect(ctx, s) < 0)
		status = 2;
	scanner_free(s);
	if (prov) {
		struct strlist growing = {0};
		weblog_growing_accounts(ctx, &growing);
		weblog_report(ctx, prov, &growing);
		strlist_clear(&growing);
	}

	struct policy pol;
	policy_incident(&pol, respond_actions, respond_min, respond_mail);
	struct plan all = {0};
	struct report *r = ctx->rep;
	struct finding **mine = xcalloc(r->nfindings + 1, sizeof(*mine));
	for (size_t i = 0; i < accounts.n; i++) {
		size_t n = 0;
		for (size_t k = 0; k < r->nfindings; k++)
			if (in_incident(ctx, r->findings[k], accounts.v[i]))
				mine[n++] = r->findings[k];
		incident(ctx, accounts.v[i], NULL, mine, n, &all, &pol, days, prov);
	}
	/* a stolen mailbox no account owns: an incident of its own, no file
	 * involved; the addresses of a dictionary attack: one more */
	size_t nattack = 0;
	for (size_t k = 0; k < r->nfindings; k++) {
		struct finding *f = r->findings[k];
		if (strcmp(f->kind, "mailauth") ||
		    (f->account && strlist_contains(&accounts, f->account)))
			continue;
		json_t *u = json_object_get(f->extra, "sasl_user");
		if (!json_is_string(u) || (opt_accounts.n && !f->account)) {
			if (!json_is_string(u))
				nattack++;
			continue;
		}
		if (opt_accounts.n)
			continue; /* --account: only those */
		char *label = xasprintf("mailbox %s", json_string_value(u));
		incident(ctx, NULL, label, &f, 1, &all, &pol, days, prov);
		free(label);
	}
	if (nattack && !opt_accounts.n) {
		size_t n = 0;
		for (size_t k = 0; k < r->nfindings; k++)
			if (!strcmp(r->findings[k]->kind, "mailauth") &&
			    !json_is_string(json_object_get(r->findings[k]->extra, "sasl_user")))
				mine[n++] = r->findings[k];
		char *label = xasprintf("AUTH attack (%zu address%s)", n, n == 1 ? "" : "es");
		incident(ctx, NULL, label, mine, n, &all, &pol, days, prov);
		free(label);
	}
	free(mine);
	if (!accounts.n) {
		/* only what the shared web user runs */
		struct finding **web = xcalloc(ctx->rep->nfindings + 1, sizeof(*web));
		size_t n = 0;
		for (size_t i = 0; i < ctx->rep->nfindings; i++)
			if (!ctx->rep->findings[i]->account &&
			    in_incident(ctx, ctx->rep->findings[i], ""))
				web[n++] = ctx->rep->findings[i];
		plan_build(&all, &pol, web, n, respond_mail);
		free(web);
	}
	plan_sort(&all);
	bool apply = ctx->apply && !ctx->dry_run;
	if (plan_run(ctx, &pol, &all, apply, "respond") > 0)
		status = 2;
	plan_free(&all);
	prov_free(prov);
	policy_free_rules(&pol);
	strlist_clear(&accounts);
	strlist_clear(&opt_accounts);
	return status ? status : ctx_exit_status(ctx);
}

const struct command cmd_respond = {
    .name = "respond",
    .summary = "incident response: find everything of the accounts filling the queue, contain it",
    .usage = "  --account USER    the account to respond for (repeatable; default: from the "
             "mail queue)\n"
             "  --days N          timeline of files changed in the last N days (default 14)\n"
             "  --apply           carry out the containment plan (default: print it)",
    .options = respond_options,
    .set_option = set_respond_option,
    .run = cmd_respond_run,
    .takes_policy = true,
};
