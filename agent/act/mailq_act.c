/* Acting on the mail queue (policy and respond): select the queued messages
 * of one hosting account, hold or delete exactly those through the MTA's
 * own commands, release a hold (undo); and name the accounts filling the
 * queue for `respond`.
 *
 * Selection reads every message's envelope and headers (no sampling: an
 * action must know each message it touches) with the same parser and the
 * same account attribution as `mailq`; a message that cannot be parsed is
 * never selected. Only postfix (postsuper -h/-H/-d) and exim (-Mf/-Mt/-Mrm)
 * are acted on; sendmail and qmail queues are reported, and the action says
 * to use the MTA's own tools. With --root the queue belongs to a mounted
 * system, not to the MTA running here: nothing is acted on. */
#include "act/actions.h"
#include "mail/mailq.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The backend's scan passes no user pointer: the selection of the one
 * running scan lives here (hostsweep acts from one thread). */
static struct {
	const char *account;
	const char *sasl_user; /* "sasl:USER" targets: the login's messages, not an account's */
	int hold_queue;        /* index of postfix's hold queue (already held), -1 if none */
	int maildrop_queue;    /* postfix's maildrop: no queue id yet, postsuper cannot act */
	json_t *ids;
	uint64_t unreadable;
} sel_state;

static int queue_index(const struct mailq_backend *be, const char *name)
{
	for (int i = 0; be->queues[i]; i++)
		if (!strcmp(be->queues[i], name))
			return i;
	return -1;
}

/* The MTA's queue id from the main file's name. */
static char *queue_id(const struct mailq_backend *be, const char *name)
{
	size_t n = strlen(name);
	if (!strcmp(be->name, "exim") && n > 2 && !strcmp(name + n - 2, "-H"))
		return xstrndup(name, n - 2);
	if (!strcmp(be->name, "sendmail") && n > 2 && !strncmp(name, "qf", 2))
		return xstrdup(name + 2);
	return xstrdup(name);
}

static bool visit_select(struct mq_run *r, int queue, int dirfd, const char *name,
                         unsigned char d_type)
{
	(void)d_type;
	if (!r->be->in_total[queue] || queue == sel_state.hold_queue ||
	    queue == sel_state.maildrop_queue)
		return true;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return true; /* delivered or deleted meanwhile */
	struct stat st;
	struct mq_msg m = {.uid = -1, .script_uid = -1};
	int rc = -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		rc = r->be->parse(r, queue, dirfd, name, fd, &st, &m);
	close(fd);
	if (rc == 0) {
		const char *acct = sel_state.sasl_user ? m.auth : mq_msg_account(r, &m);
		const char *want = sel_state.sasl_user ? sel_state.sasl_user : sel_state.account;
		if (acct && !strcmp(acct, want)) {
			char *id = queue_id(r->be, name);
			json_array_append_new(sel_state.ids, json_string(id));
			free(id);
		}
	} else if (rc < 0) {
		sel_state.unreadable++;
	}
	free(m.sender);
	free(m.login);
	free(m.auth);
	free(m.script);
	free(m.client);
	return true;
}

int mailq_select_account(struct hs_ctx *ctx, const char *account, json_t *sel, char *detail,
                         size_t dlen)
{
	if (ctx->root && *ctx->root) {
		snprintf(detail, dlen, "--root: the queue of a mounted system is not acted on");
		return 0;
	}
	char err[512];
	struct mq_run *r = mailq_collect(ctx, true, err, sizeof(err));
	if (!r) {
		snprintf(detail, dlen, "no mail queue: %s", err);
		return 0;
	}
	if (r->error) {
		snprintf(detail, dlen, "%s", err);
		mailq_free(r);
		return -1;
	}
	sel_state.account = account;
	sel_state.sasl_user = !strncmp(account, "sasl:", 5) ? account + 5 : NULL;
	bool postfix = !strcmp(r->be->name, "postfix");
	sel_state.hold_queue = postfix ? queue_index(r->be, "hold") : -1;
	sel_state.maildrop_queue = postfix ? queue_index(r->be, "maildrop") : -1;
	sel_state.ids = json_array();
	sel_state.unreadable = 0;
	r->count_only = false;
	r->be->scan(r, visit_select);
	size_t n = json_array_size(sel_state.ids);
	json_object_set_new(sel, "mta", json_string(r->be->name));
	json_object_set_new(sel, "ids", sel_state.ids);
	snprintf(detail, dlen, "%zu queued message%s of %s (%s)%s", n, n == 1 ? "" : "s", account,
	         r->be->name, sel_state.unreadable ? "; unreadable ones left alone" : "");
	sel_state.ids = NULL;
	mailq_free(r);
	return (int)n;
}

/* Run argv with `input` on stdin, its output captured (postsuper says a
 * line per message: not for the terminal); 0 when it exits 0. The last
 * line of the output is kept in `last` (postsuper's count, or the error). */
static int run(char *const argv[], const char *input, size_t len, char *last, size_t llen)
{
	int status;
	static char out[64 * 1024];
	bool ok = run_capture(argv, input, len, &status, out, sizeof(out));
	if (last && llen) {
		size_t l = strlen(out);
		while (l && (out[l - 1] == '\n' || out[l - 1] == ' '))
			out[--l] = '\0';
		const char *nl = strrchr(out, '\n');
		snprintf(last, llen, "%s", nl ? nl + 1 : out);
	}
	return ok ? 0 : -1;
}

static const char *exim_binary(void)
{
	if (mq_set.mta_command)
		return mq_set.mta_command;
	return access("/usr/sbin/exim4", X_OK) == 0 ? "/usr/sbin/exim4" : "exim";
}

/* What the MTA's tool said about the whole batch (postsuper's summary). */
static char tool_said[256];

/* op: 'h' hold, 'H' release, 'd' delete. */
static int apply_ids(const char *mta, json_t *ids, char op, char *detail, size_t dlen)
{
	size_t n = json_array_size(ids);
	if (!n)
		return 0;
	if (!strcmp(mta, "postfix")) {
		/* postsuper reads the ids from stdin with "-" */
		size_t cap = n * 24 + 1, len = 0;
		char *in = xmalloc(cap);
		for (size_t i = 0; i < n; i++) {
			const char *id = json_string_value(json_array_get(ids, i));
			len += (size_t)snprintf(in + len, cap - len, "%s\n", id ? id : "");
		}
		char flag[3] = {'-', op, '\0'};
		char *argv[8];
		int k = 0;
		argv[k++] = "postsuper";
		if (mq_set.mta_config) {
			argv[k++] = "-c";
			argv[k++] = mq_set.mta_config;
		}
		argv[k++] = flag;
		argv[k++] = "-";
		argv[k] = NULL;
		char last[256];
		int rc = run(argv, in, len, last, sizeof(last));
		free(in);
		if (rc < 0) {
			snprintf(detail, dlen, "postsuper %s failed: %s", flag, last);
			return -1;
		}
		/* "postsuper: Placed on hold: 300 messages": the one line kept */
		const char *c = strstr(last, ": ");
		snprintf(tool_said, sizeof(tool_said), "%s", c ? c + 2 : last);
		return (int)n;
	}
	if (!strcmp(mta, "exim")) {
		const char *flag = op == 'h' ? "-Mf" : op == 'H' ? "-Mt" : "-Mrm";
		/* in batches, ids as arguments */
		for (size_t i = 0; i < n; i += 100) {
			char *argv[110];
			int k = 0;
			argv[k++] = (char *)exim_binary();
			if (mq_set.mta_config) {
				argv[k++] = "-C";
				argv[k++] = mq_set.mta_config;
			}
			argv[k++] = (char *)flag;
			for (size_t j = i; j < n && j < i + 100; j++)
				argv[k++] = (char *)json_string_value(json_array_get(ids, j));
			argv[k] = NULL;
			char last[256];
			if (run(argv, "", 0, last, sizeof(last)) < 0) {
				snprintf(detail, dlen, "exim %s failed: %s", flag, last);
				return -1;
			}
		}
		return (int)n;
	}
	snprintf(detail, dlen,
	         "%s queues are not acted on by hostsweep: use the MTA's own tools for these %zu "
	         "messages",
	         mta, n);
	return -1;
}

int mailq_act_selected(struct hs_ctx *ctx, json_t *sel, bool delete_mail, char *detail, size_t dlen)
{
	(void)ctx;
	const char *mta = json_string_value(json_object_get(sel, "mta"));
	json_t *ids = json_object_get(sel, "ids");
	size_t n = json_array_size(ids);
	if (!mta || !n)
		return 0; /* detail from the selection stands */
	tool_said[0] = '\0';
	int rc = apply_ids(mta, ids, delete_mail ? 'd' : 'h', detail, dlen);
	if (rc >= 0)
		snprintf(detail, dlen, "%s %zu queued message%s (%s%s%s)",
		         delete_mail ? "deleted" : "held", n, n == 1 ? "" : "s", mta,
		         *tool_said ? ": " : "", tool_said);
	return rc;
}

int mailq_release(struct hs_ctx *ctx, json_t *sel, char *detail, size_t dlen)
{
	(void)ctx;
	const char *mta = json_string_value(json_object_get(sel, "mta"));
	json_t *ids = json_object_get(sel, "ids");
	size_t n = json_array_size(ids);
	if (!mta || !n) {
		snprintf(detail, dlen, "nothing was held");
		return 0;
	}
	tool_said[0] = '\0';
	int rc = apply_ids(mta, ids, 'H', detail, dlen);
	if (rc >= 0)
		snprintf(detail, dlen, "released %zu message%s (%s%s%s)", n, n == 1 ? "" : "s", mta,
		         *tool_said ? ": " : "", tool_said);
	return rc;
}

int mailq_responsible_accounts(struct hs_ctx *ctx, struct strlist *out)
{
	char err[512];
	struct mq_run *r = mailq_collect(ctx, false, err, sizeof(err));
	if (!r) {
		hs_info("respond: %s", err);
		return 0;
	}
	int rc = 0;
	if (r->error) {
		hs_err("%s", err);
		rc = -1;
	} else {
		/* An account is responsible when it has at least a tenth of the
		 * attributed messages (and 10 or more): the outbreak, not a
		 * customer's normal newsletter beside it. */
		const char **keys;
		uint64_t *counts, none;
		size_t distinct;
		size_t k = mq_top(r, MQ_G_ACCOUNT, 20, &keys, &counts, &none, &distinct);
		uint64_t total = none;
		for (size_t i = 0; i < k; i++)
			total += counts[i];
		for (size_t i = 0; i < k; i++)
			if (counts[i] >= 10 && counts[i] * 10 >= total)
				strlist_add(out, keys[i]);
		free(keys);
		free(counts);
	}
	mailq_free(r);
	return rc;
}
