#include "act/actions.h"
#include "act/block_ip.h"
#include "act/cron_edit.h"
#include "escape.h"
#include "act/kill.h"
#include "act/quarantine.h"
#include "scan/walk.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int mailq_select_account(struct hs_ctx *, const char *, json_t *, char *, size_t)
    __attribute__((weak));
int mailq_act_selected(struct hs_ctx *, json_t *, bool, char *, size_t) __attribute__((weak));
int mailq_release(struct hs_ctx *, json_t *, char *, size_t) __attribute__((weak));
void log_action(const char *, const char *, const struct finding *, const char *, const char *)
    __attribute__((weak));

void plan_add(struct plan *p, enum hs_action act, const struct finding *f, const char *target)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].act == act && !strcmp(p->v[i].target, target))
			return; /* one action per target */
	p->v = xrealloc(p->v, (p->n + 1) * sizeof(*p->v));
	p->v[p->n].act = act;
	p->v[p->n].f = f;
	p->v[p->n].target = xstrdup(target);
	p->n++;
}

static const char *extra_str(const struct finding *f, const char *key)
{
	json_t *v = f ? json_object_get(f->extra, key) : NULL;
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static long long extra_int(const struct finding *f, const char *key)
{
	json_t *v = f ? json_object_get(f->extra, key) : NULL;
	return json_is_integer(v) ? json_integer_value(v) : -1;
}

void plan_build(struct plan *p, const struct policy *pol, struct finding *const *findings, size_t n,
                enum hs_action mail_action)
{
	(void)mail_action;
	for (size_t i = 0; i < n; i++) {
		const struct finding *f = findings[i];
		const char *why;
		unsigned acts = policy_decide(pol, f, &why);
		char buf[64];
		if ((acts & ACT_BIT(ACT_BLOCK_IP)) && !strcmp(f->kind, "mailauth")) {
			/* one block per address the finding names (it caps them) */
			json_t *ips = json_object_get(f->extra, "block_ips");
			for (size_t k = 0; k < json_array_size(ips); k++) {
				const char *ip = json_string_value(json_array_get(ips, k));
				if (ip)
					plan_add(p, ACT_BLOCK_IP, f, ip);
			}
		}
		for (int a = 0; a < ACT_COUNT; a++) {
			if (!(acts & ACT_BIT(a)) || a == ACT_REPORT || a == ACT_BLOCK_IP)
				continue;
			const char *target = NULL;
			char *owned = NULL;
			switch ((enum hs_action)a) {
			case ACT_KILL:
				if (strcmp(f->kind, "process") || extra_int(f, "pid") <= 0)
					continue;
				snprintf(buf, sizeof(buf), "pid %lld", extra_int(f, "pid"));
				target = buf;
				break;
			case ACT_DISABLE_CRON:
				if (strcmp(f->kind, "cron") || !f->path ||
				    extra_int(f, "line") <= 0)
					continue;
				owned = xasprintf("%s:%lld", f->path, extra_int(f, "line"));
				target = owned;
				break;
			case ACT_QUARANTINE:
				if ((strcmp(f->kind, "file") && strcmp(f->kind, "tmp")) ||
				    !f->path || !f->sha256[0])
					continue; /* symlinks have no content: never "quarantined"
					           */
				target = f->path;
				break;
			case ACT_LOCK_DIR:
				if ((strcmp(f->kind, "file") && strcmp(f->kind, "tmp")) || !f->path)
					continue;
				owned = xstrdup(f->path);
				*strrchr(owned, '/') = '\0';
				target = *owned ? owned : "/";
				break;
			case ACT_HOLD_MAIL:
			case ACT_DELETE_MAIL:
				if (!strcmp(f->kind, "mailauth") && extra_str(f, "sasl_user")) {
					/* the stolen login's mail, whoever's account */
					owned = xasprintf("sasl:%s", extra_str(f, "sasl_user"));
					target = owned;
					break;
				}
				if (strcmp(f->kind, "mailq") || !f->account)
					continue;
				target = f->account;
				break;
			default:
				continue;
			}
			plan_add(p, (enum hs_action)a, f, target);
			free(owned);
		}
	}
	plan_sort(p);
}

static int cmp_items(const void *a, const void *b)
{
	const struct plan_item *x = a, *y = b;
	if (x->act != y->act)
		return x->act < y->act ? -1 : 1;
	return strcmp(x->target, y->target);
}

void plan_sort(struct plan *p)
{
	if (p->n)
		qsort(p->v, p->n, sizeof(*p->v), cmp_items);
}

void plan_free(struct plan *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].target);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

/* lock-dir: drop the write bits, and take the directory from the web user
 * (who could otherwise chmod it back). Journaled before it is done, with
 * the owner and mode it had. */
static int lock_dir(struct hs_ctx *ctx, struct journal *j, const char *command,
                    const struct plan_item *it, int64_t *id, char *detail, size_t dlen)
{
	char *host = ctx_host_path(ctx, it->target);
	int fd = walk_open_dir_nofollow(host);
	free(host);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		snprintf(detail, dlen, "cannot open %s without following links: %s", it->target,
		         strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	json_t *undo = json_object();
	json_object_set_new(undo, "path", json_string(it->target));
	json_object_set_new(undo, "uid", json_integer(st.st_uid));
	json_object_set_new(undo, "gid", json_integer(st.st_gid));
	json_object_set_new(undo, "mode", json_integer(st.st_mode & 07777));
	*id = journal_begin(j, command, "lock-dir", it->target, it->f, undo);
	bool web = accounts_is_web_user(ctx->accounts, st.st_uid);
	int rc = 0;
	if ((web && fchown(fd, 0, 0) < 0) || fchmod(fd, st.st_mode & 07555) < 0) {
		snprintf(detail, dlen, "cannot lock %s: %s", it->target, strerror(errno));
		rc = -1;
	} else {
		snprintf(detail, dlen, "mode %04o -> %04o%s", st.st_mode & 07777,
		         st.st_mode & 07555, web ? ", owner web user -> root" : "");
	}
	close(fd);
	journal_event(j, *id, rc == 0 ? "done" : "failed", detail);
	return rc;
}

static int unlock_dir(struct hs_ctx *ctx, json_t *undo, char *detail, size_t dlen)
{
	const char *dir = json_string_value(json_object_get(undo, "path"));
	if (!dir) {
		snprintf(detail, dlen, "no undo data");
		return -1;
	}
	char *host = ctx_host_path(ctx, dir);
	int fd = walk_open_dir_nofollow(host);
	free(host);
	if (fd < 0) {
		snprintf(detail, dlen, "cannot open %s: %s", dir, strerror(errno));
		return -1;
	}
	int rc = 0;
	if (fchown(fd, (uid_t)json_integer_value(json_object_get(undo, "uid")),
	           (gid_t)json_integer_value(json_object_get(undo, "gid"))) < 0 ||
	    fchmod(fd, (mode_t)json_integer_value(json_object_get(undo, "mode"))) < 0) {
		snprintf(detail, dlen, "cannot restore %s: %s", dir, strerror(errno));
		rc = -1;
	} else {
		snprintf(detail, dlen, "restored owner and mode of %s", dir);
	}
	close(fd);
	return rc;
}

static void report_one(struct hs_ctx *ctx, const char *command, int64_t id,
                       const struct plan_item *it, const char *result, const char *detail)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", id > 0 ? json_integer(id) : json_null());
	json_object_set_new(o, "action", json_string(action_name(it->act)));
	char *t = hs_escape(it->target);
	json_object_set_new(o, "target", json_string(t));
	json_object_set_new(o, "finding", it->f ? json_string(it->f->id) : json_null());
	json_object_set_new(o, "account",
	                    it->f && it->f->account ? json_string(it->f->account) : json_null());
	json_object_set_new(o, "result", json_string(result));
	char *d = hs_escape(detail ? detail : "");
	json_object_set_new(o, "detail", json_string(d));
	char idbuf[32] = "-";
	if (id > 0)
		snprintf(idbuf, sizeof(idbuf), "#%lld", (long long)id);
	char *line = xasprintf("[%s] %s %-12s %s%s%s", result, idbuf, action_name(it->act), t,
	                       *d ? ": " : "", d);
	report_action(ctx->rep, o, line);
	if (log_action) {
		char ids[32];
		snprintf(ids, sizeof(ids), "%lld", (long long)id);
		log_action(action_name(it->act), id > 0 ? ids : NULL, it->f, result, detail);
	}
	(void)command;
	free(line);
	free(t);
	free(d);
}

static int run_one(struct hs_ctx *ctx, const struct policy *pol, struct journal *j,
                   const struct plan_item *it, const char *command, int64_t *id, char *detail,
                   size_t dlen)
{
	const struct finding *f = it->f;
	json_t *undo = json_object();
	int rc = -1;
	switch (it->act) {
	case ACT_QUARANTINE:
		json_decref(undo);
		return quarantine_file(ctx, j, command, f, f->path, pol->force_outside, id, detail,
		                       dlen);
	case ACT_KILL: {
		json_object_set_new(undo, "pid", json_integer(extra_int(f, "pid")));
		*id = journal_begin(j, command, "kill", it->target, f, undo);
		struct kill_target t = {.pid = (pid_t)extra_int(f, "pid"),
		                        .start_ticks =
		                            (unsigned long long)extra_int(f, "start_ticks"),
		                        .exe = extra_str(f, "exe"),
		                        .allow_root = pol->kill_root,
		                        .allow_mta = pol->kill_mta};
		int n;
		enum kill_result kr = kill_process(ctx, &t, &n, detail, dlen);
		rc = kr == KILL_OK || kr == KILL_GONE ? 0 : -1;
		journal_event(j, *id,
		              kr == KILL_OK     ? "done"
		              : kr == KILL_GONE ? "gone"
		                                : "failed",
		              detail);
		return rc;
	}
	case ACT_DISABLE_CRON: {
		const char *user = extra_str(f, "user");
		int line = (int)extra_int(f, "line");
		json_object_set_new(undo, "crontab", json_string(f->path));
		json_object_set_new(undo, "user", user ? json_string(user) : json_null());
		json_object_set_new(undo, "line", json_integer(line));
		*id = journal_begin(j, command, "disable-cron", it->target, f, undo);
		rc = cron_disable_line(ctx, f->path, user, line, f->evidence, f->evidence_len, *id,
		                       detail, dlen);
		journal_event(j, *id, rc == 0 ? "done" : "failed", detail);
		return rc;
	}
	case ACT_LOCK_DIR:
		json_decref(undo);
		return lock_dir(ctx, j, command, it, id, detail, dlen);
	case ACT_BLOCK_IP:
		json_decref(undo);
		return block_ip_apply(ctx, j, command, it->target, f, id, detail, dlen);
	case ACT_HOLD_MAIL:
	case ACT_DELETE_MAIL: {
		bool del = it->act == ACT_DELETE_MAIL;
		json_decref(undo);
		if (!mailq_select_account || !mailq_act_selected) {
			snprintf(detail, dlen, "mail queue actions are not in this build");
			return -1;
		}
		/* select first (touching nothing), journal the ids, then act */
		json_t *sel = json_object();
		json_object_set_new(sel, "account", json_string(it->target));
		if (mailq_select_account(ctx, it->target, sel, detail, dlen) < 0) {
			json_decref(sel);
			return -1;
		}
		json_incref(sel);
		*id = journal_begin(j, command, action_name(it->act), it->target, f, sel);
		int n = mailq_act_selected(ctx, sel, del, detail, dlen);
		json_decref(sel);
		journal_event(j, *id, n >= 0 ? "done" : "failed", detail);
		return n >= 0 ? 0 : -1;
	}
	default:
		json_decref(undo);
		snprintf(detail, dlen, "nothing to do");
		return 0;
	}
}

/* Test hook (tests/integration/respond_outbreak.sh): between inspection and
 * action, create FILE.paused and wait (at most 300 s) until FILE is removed,
 * so a test can make the world change under a plan (a PID reused). */
static void test_pause(void)
{
	const char *f = getenv("HOSTSWEEP_TEST_PAUSE");
	if (!f || !*f)
		return;
	char *marker = xasprintf("%s.paused", f);
	int fd = open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd >= 0)
		close(fd);
	for (int i = 0; i < 3000 && access(f, F_OK) == 0; i++)
		usleep(100000);
	unlink(marker);
	free(marker);
}

int plan_run(struct hs_ctx *ctx, const struct policy *pol, struct plan *p, bool apply,
             const char *command)
{
	if (!p->n)
		return 0;
	struct journal *j = NULL;
	if (apply) {
		j = journal_open(ctx->cfg.state_dir);
		if (!j)
			return (int)p->n;
	}
	test_pause();
	int failed = 0;
	for (size_t i = 0; i < p->n; i++) {
		const struct plan_item *it = &p->v[i];
		char detail[1024] = "";
		if (!apply) {
			/* a block that would be refused says so now, not at --apply */
			if (it->act == ACT_BLOCK_IP &&
			    block_ip_check(it->target, detail, sizeof(detail)) < 0) {
				report_one(ctx, command, -1, it, "refused", detail);
				continue;
			}
			report_one(ctx, command, -1, it, "dry-run", "would be done by --apply");
			continue;
		}
		int64_t id = -1;
		if (it->act == ACT_BLOCK_IP &&
		    block_ip_check(it->target, detail, sizeof(detail)) < 0) {
			report_one(ctx, command, -1, it, "refused", detail); /* not a failure */
			continue;
		}
		int rc = run_one(ctx, pol, j, it, command, &id, detail, sizeof(detail));
		if (rc < 0)
			failed++;
		report_one(ctx, command, id, it, rc == 0 ? "ok" : "failed", detail);
	}
	journal_close(j);
	return failed;
}

int action_undo(struct hs_ctx *ctx, struct journal *j, int64_t id, bool force, char *detail,
                size_t dlen)
{
	struct journal_entry e;
	if (journal_get(j, id, &e) < 0) {
		snprintf(detail, dlen, "no action %lld in the journal", (long long)id);
		return -1;
	}
	int rc = -1;
	if (!strcmp(e.action, "quarantine")) {
		journal_entry_free(&e);
		return quarantine_restore(ctx, j, id, force, detail, dlen);
	}
	if (strcmp(e.state, "done")) {
		snprintf(detail, dlen, "action %lld is %s: nothing to undo", (long long)id,
		         e.state);
	} else if (!strcmp(e.action, "lock-dir")) {
		rc = unlock_dir(ctx, e.undo, detail, dlen);
	} else if (!strcmp(e.action, "disable-cron")) {
		const char *ct = json_string_value(json_object_get(e.undo, "crontab"));
		const char *user = json_string_value(json_object_get(e.undo, "user"));
		int line = (int)json_integer_value(json_object_get(e.undo, "line"));
		rc = ct ? cron_enable_line(ctx, ct, user, line, id, detail, dlen) : -1;
	} else if (!strcmp(e.action, "block-ip")) {
		rc = block_ip_undo(ctx, e.undo, detail, dlen);
	} else if (!strcmp(e.action, "hold-mail")) {
		if (mailq_release)
			rc = mailq_release(ctx, e.undo, detail, dlen) >= 0 ? 0 : -1;
		else
			snprintf(detail, dlen, "mail queue actions are not in this build");
	} else {
		snprintf(detail, dlen, "a %s cannot be undone", e.action);
		journal_entry_free(&e);
		return -1;
	}
	journal_event(j, id, rc == 0 ? "undone" : "undo-failed", detail);
	journal_entry_free(&e);
	return rc;
}
