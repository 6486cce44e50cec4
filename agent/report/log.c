/* Findings, actions and a run summary to journald or syslog. See log.h for
 * the choice of sink and the fields. */
#include "report/log.h"
#include "escape.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>
#include <syslog.h>
#include <systemd/sd-journal.h>

#define HS_JOURNAL_SOCKET "/run/systemd/journal/socket"

static struct {
	pthread_mutex_t lock;
	enum hs_log_sink cli, cfg, sink; /* requested on the command line, in the config; in use */
	enum hs_severity min_severity;
	int facility;
	bool syslog_open;
	bool attached;
	const char *command;
	uint64_t seen[HS_SEV_COUNT]; /* findings by severity, for the summary */
} L = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .sink = HS_LOG_NONE,
    .min_severity = HS_SEV_LOW,
    .facility = LOG_DAEMON,
};

static bool sink_parse(const char *name, enum hs_log_sink *out)
{
	static const char *const names[] = {"auto", "journald", "syslog", "none"};
	for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
		if (!strcmp(name, names[i])) {
			*out = (enum hs_log_sink)i;
			return true;
		}
	return false;
}

bool log_set_cli(const char *name)
{
	return sink_parse(name, &L.cli);
}

static const struct {
	const char *name;
	int value;
} facilities[] = {
    {"daemon", LOG_DAEMON},     {"user", LOG_USER},     {"auth", LOG_AUTH},
    {"authpriv", LOG_AUTHPRIV}, {"local0", LOG_LOCAL0}, {"local1", LOG_LOCAL1},
    {"local2", LOG_LOCAL2},     {"local3", LOG_LOCAL3}, {"local4", LOG_LOCAL4},
    {"local5", LOG_LOCAL5},     {"local6", LOG_LOCAL6}, {"local7", LOG_LOCAL7},
};

int log_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "sink")) {
		if (!sink_parse(value, &L.cfg))
			return snprintf(err, errlen,
			                "sink: expected auto, journald, syslog or none"),
			       -1;
		return 1;
	}
	if (!strcmp(key, "min_severity")) {
		enum hs_severity s;
		if (!severity_parse(value, &s) || s == HS_SEV_NONE)
			return snprintf(err, errlen,
			                "min_severity: expected low, medium, high or critical"),
			       -1;
		L.min_severity = s;
		return 1;
	}
	if (!strcmp(key, "syslog_facility")) {
		for (size_t i = 0; i < HS_ARRAY_LEN(facilities); i++)
			if (!strcmp(value, facilities[i].name)) {
				L.facility = facilities[i].value;
				return 1;
			}
		return snprintf(err, errlen,
		                "syslog_facility: expected daemon, user, auth, authpriv or "
		                "local0..local7"),
		       -1;
	}
	return 0;
}

enum hs_log_sink log_sink(void)
{
	return __atomic_load_n(&L.sink, __ATOMIC_RELAXED);
}

/* ---- one log entry: FIELD=value strings ---- */

#define MAX_FIELDS 64

struct entry {
	char *field[MAX_FIELDS];
	int n;
};

static bool entry_has(const struct entry *e, const char *name)
{
	size_t l = strlen(name);
	for (int i = 0; i < e->n; i++)
		if (!strncmp(e->field[i], name, l) && e->field[i][l] == '=')
			return true;
	return false;
}

/* value must already be safe (escaped or produced by us) */
static void add(struct entry *e, const char *name, const char *value)
{
	if (e->n < MAX_FIELDS && value)
		e->field[e->n++] = xasprintf("%s=%s", name, value);
}

static void add_raw(struct entry *e, const char *name, const char *raw)
{
	if (!raw)
		return;
	char *v = hs_escape(raw);
	add(e, name, v);
	free(v);
}

static void entry_free(struct entry *e)
{
	for (int i = 0; i < e->n; i++)
		free(e->field[i]);
	e->n = 0;
}

static int severity_priority(enum hs_severity s)
{
	switch (s) {
	case HS_SEV_CRITICAL:
		return LOG_CRIT;
	case HS_SEV_HIGH:
		return LOG_ERR;
	case HS_SEV_MEDIUM:
		return LOG_WARNING;
	default:
		return LOG_NOTICE;
	}
}

/* Syslog text: MESSAGE, then key="value" for the HOSTSWEEP_* fields (the
 * long ones left out). Values are already escaped; '"' is written \x22 so
 * a value cannot close its quotes (a backslash still always starts an escape). */
static char *syslog_text(const struct entry *e)
{
	size_t cap = 256, len = 0;
	char *out = xmalloc(cap);
	out[0] = '\0';
	const char *msg = NULL;
	for (int i = 0; i < e->n; i++)
		if (!strncmp(e->field[i], "MESSAGE=", 8))
			msg = e->field[i] + 8;
#define APPEND(s, sl)                                                                              \
	do {                                                                                       \
		size_t _l = (sl);                                                                  \
		while (len + _l + 8 > cap)                                                         \
			out = xrealloc(out, cap *= 2);                                             \
		memcpy(out + len, (s), _l);                                                        \
		len += _l;                                                                         \
		out[len] = '\0';                                                                   \
	} while (0)
	if (msg)
		APPEND(msg, strlen(msg));
	for (int i = 0; i < e->n; i++) {
		const char *f = e->field[i];
		if (strncmp(f, "HOSTSWEEP_", 10) || !strncmp(f, "HOSTSWEEP_JSON=", 15) ||
		    !strncmp(f, "HOSTSWEEP_EVIDENCE=", 19))
			continue;
		const char *eq = strchr(f, '=');
		APPEND(" ", 1);
		for (const char *p = f + 10; p < eq; p++) {
			char c = (char)tolower((unsigned char)*p);
			APPEND(&c, 1);
		}
		APPEND("=\"", 2);
		for (const char *p = eq + 1; *p; p++) {
			if (*p == '"')
				APPEND("\\x22", 4);
			else
				APPEND(p, 1);
		}
		APPEND("\"", 1);
	}
#undef APPEND
	return out;
}

/* Send one entry to the sink in use; journald unreachable = syslog from now on. */
static void emit(struct entry *e, int priority, const char *msgid)
{
	char prio[8];
	snprintf(prio, sizeof(prio), "%d", priority);
	add(e, "PRIORITY", prio);
	add(e, "MESSAGE_ID", msgid);
	add(e, "SYSLOG_IDENTIFIER", "hostsweep");
	pthread_mutex_lock(&L.lock);
	if (L.sink == HS_LOG_JOURNALD) {
		struct iovec iov[MAX_FIELDS];
		for (int i = 0; i < e->n; i++) {
			iov[i].iov_base = e->field[i];
			iov[i].iov_len = strlen(e->field[i]);
		}
		int r = sd_journal_sendv(iov, e->n);
		if (r >= 0) {
			pthread_mutex_unlock(&L.lock);
			return;
		}
		hs_warn("journald unreachable (%s): logging to syslog instead", strerror(-r));
		__atomic_store_n(&L.sink, HS_LOG_SYSLOG, __ATOMIC_RELAXED);
	}
	if (L.sink == HS_LOG_SYSLOG) {
		if (!L.syslog_open) {
			openlog("hostsweep", LOG_PID, L.facility);
			L.syslog_open = true;
		}
		char *text = syslog_text(e);
		syslog(L.facility | priority, "%s", text);
		free(text);
	}
	pthread_mutex_unlock(&L.lock);
}

static const char *event_command(void)
{
	return L.command ? L.command : "";
}

/* The fields of a finding (shared by findings and actions). */
static void add_finding_fields(struct entry *e, const struct finding *f, bool with_json)
{
	add(e, "HOSTSWEEP_ID", f->id);
	add(e, "HOSTSWEEP_KIND", f->kind);
	add(e, "HOSTSWEEP_SEVERITY", severity_name(f->severity));
	add_raw(e, "HOSTSWEEP_PATH", f->path);
	add_raw(e, "HOSTSWEEP_ACCOUNT", f->account);
	add_raw(e, "HOSTSWEEP_OWNER", f->owner);
	if (f->uid >= 0) {
		char uid[24];
		snprintf(uid, sizeof(uid), "%lld", f->uid);
		add(e, "HOSTSWEEP_UID", uid);
	}
	char *rules = strlist_join(&f->rules, ",");
	char *tags = strlist_join(&f->tags, ",");
	add_raw(e, "HOSTSWEEP_RULES", rules);
	add_raw(e, "HOSTSWEEP_TAGS", tags);
	free(rules);
	free(tags);
	if (f->sha256[0])
		add(e, "HOSTSWEEP_SHA256", f->sha256);
	if (f->evidence) {
		char *ev = hs_escape_n(f->evidence, f->evidence_len);
		add(e, "HOSTSWEEP_EVIDENCE", ev);
		free(ev);
	}
	/* kind-specific scalars (already escaped by finding_set_str) */
	const char *key;
	json_t *val;
	if (f->extra)
		json_object_foreach(f->extra, key, val)
		{
			char name[64] = "HOSTSWEEP_";
			size_t l = strlen(name);
			for (const char *p = key; *p && l < sizeof(name) - 1; p++)
				name[l++] = isalnum((unsigned char)*p)
				                ? (char)toupper((unsigned char)*p)
				                : '_';
			name[l] = '\0';
			if (entry_has(e, name) || !strcmp(name, "HOSTSWEEP_JSON"))
				continue;
			char num[48];
			if (json_is_string(val)) {
				add_raw(e, name, json_string_value(val));
			} else if (json_is_integer(val)) {
				snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
				         json_integer_value(val));
				add(e, name, num);
			} else if (json_is_real(val)) {
				snprintf(num, sizeof(num), "%g", json_real_value(val));
				add(e, name, num);
			} else if (json_is_boolean(val)) {
				add(e, name, json_is_true(val) ? "true" : "false");
			}
		}
	if (with_json) {
		json_t *o = finding_to_json(f);
		char *s = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
		json_decref(o);
		if (s) {
			add(e, "HOSTSWEEP_JSON", s);
			free(s);
		}
	}
}

/* "critical file finding: /home/a/x.php (account a; rules r1,r2)" */
static char *finding_message(const char *prefix, const struct finding *f)
{
	char *path = f->path ? hs_escape(f->path) : NULL;
	char *acct = f->account ? hs_escape(f->account) : NULL;
	char *rules = strlist_join(&f->rules, ",");
	char *rules_e = hs_escape(rules);
	char *m = xasprintf("%s%s %s finding%s%s (account %s; rules %s)", prefix,
	                    severity_name(f->severity), f->kind, path ? ": " : "", path ? path : "",
	                    acct ? acct : "-", *rules_e ? rules_e : "-");
	free(path);
	free(acct);
	free(rules);
	free(rules_e);
	return m;
}

static void sink_finding(void *ud, const struct finding *f)
{
	(void)ud;
	if ((unsigned)f->severity < HS_SEV_COUNT)
		__atomic_fetch_add(&L.seen[f->severity], 1, __ATOMIC_RELAXED);
	if (f->severity < L.min_severity)
		return;
	struct entry e = {0};
	char *msg = finding_message("", f);
	add(&e, "MESSAGE", msg);
	free(msg);
	add(&e, "HOSTSWEEP_EVENT", "finding");
	add(&e, "HOSTSWEEP_COMMAND", event_command());
	add_finding_fields(&e, f, true);
	emit(&e, severity_priority(f->severity), HS_LOG_MSGID_FINDING);
	entry_free(&e);
}

void log_action(const char *action, const char *action_id, const struct finding *f,
                const char *result, const char *detail)
{
	if (__atomic_load_n(&L.sink, __ATOMIC_RELAXED) == HS_LOG_NONE || !action)
		return;
	if (!result)
		result = "ok";
	struct entry e = {0};
	char *act = hs_escape(action);
	char *det = detail ? hs_escape(detail) : NULL;
	char *what = f ? finding_message("", f) : NULL;
	char *msg = xasprintf("action %s %s%s%s%s%s", act, result, what ? " on " : "",
	                      what ? what : "", det ? ": " : "", det ? det : "");
	add(&e, "MESSAGE", msg);
	free(msg);
	free(what);
	add(&e, "HOSTSWEEP_EVENT", "action");
	add(&e, "HOSTSWEEP_COMMAND", event_command());
	add(&e, "HOSTSWEEP_ACTION", act);
	add_raw(&e, "HOSTSWEEP_ACTION_ID", action_id);
	add_raw(&e, "HOSTSWEEP_RESULT", result);
	add(&e, "HOSTSWEEP_DETAIL", det);
	free(act);
	free(det);
	if (f)
		add_finding_fields(&e, f, false);
	emit(&e, strcmp(result, "failed") ? LOG_NOTICE : LOG_ERR, HS_LOG_MSGID_ACTION);
	entry_free(&e);
}

void log_finish(struct hs_ctx *ctx, int status)
{
	if (L.sink == HS_LOG_NONE || !ctx->rep)
		return;
	uint64_t total = 0;
	for (int i = 0; i < HS_SEV_COUNT; i++)
		total += L.seen[i];
	const struct report_counts *c = &ctx->rep->counts;
	double elapsed = hs_now() - ctx->rep->started;
	struct entry e = {0};
	char *msg = xasprintf(
	    "%s finished with status %d: %llu findings (critical %llu, high %llu, "
	    "medium %llu, low %llu), %llu files scanned, %llu errors, %.1f s",
	    event_command(), status, (unsigned long long)total,
	    (unsigned long long)L.seen[HS_SEV_CRITICAL], (unsigned long long)L.seen[HS_SEV_HIGH],
	    (unsigned long long)L.seen[HS_SEV_MEDIUM], (unsigned long long)L.seen[HS_SEV_LOW],
	    (unsigned long long)c->files, (unsigned long long)c->errors, elapsed);
	add(&e, "MESSAGE", msg);
	free(msg);
	add(&e, "HOSTSWEEP_EVENT", "summary");
	add(&e, "HOSTSWEEP_COMMAND", event_command());
	char v[48];
#define NUM(name, x)                                                                               \
	do {                                                                                       \
		snprintf(v, sizeof(v), "%llu", (unsigned long long)(x));                           \
		add(&e, name, v);                                                                  \
	} while (0)
	NUM("HOSTSWEEP_STATUS", status);
	NUM("HOSTSWEEP_FINDINGS", total);
	NUM("HOSTSWEEP_CRITICAL", L.seen[HS_SEV_CRITICAL]);
	NUM("HOSTSWEEP_HIGH", L.seen[HS_SEV_HIGH]);
	NUM("HOSTSWEEP_MEDIUM", L.seen[HS_SEV_MEDIUM]);
	NUM("HOSTSWEEP_LOW", L.seen[HS_SEV_LOW]);
	NUM("HOSTSWEEP_FILES", c->files);
	NUM("HOSTSWEEP_ERRORS", c->errors);
#undef NUM
	snprintf(v, sizeof(v), "%.3f", elapsed);
	add(&e, "HOSTSWEEP_ELAPSED", v);
	emit(&e, status >= 2 ? LOG_ERR : total ? LOG_WARNING : LOG_INFO, HS_LOG_MSGID_SUMMARY);
	entry_free(&e);
	if (L.syslog_open) {
		closelog();
		L.syslog_open = false;
	}
}

/* sd_journal_sendv() returns success when the journal socket does not
 * exist (it fails silently by design), so look before choosing journald. */
static bool journald_reachable(void)
{
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return false;
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", HS_JOURNAL_SOCKET);
	int r = connect(fd, (struct sockaddr *)&sa, sizeof(sa));
	int e = errno;
	close(fd);
	errno = e;
	return r == 0;
}

void log_attach(struct hs_ctx *ctx)
{
	if (L.attached)
		return;
	L.attached = true;
	L.command = ctx->command;
	enum hs_log_sink want = L.cli != HS_LOG_AUTO ? L.cli : L.cfg;
	if (want == HS_LOG_AUTO) {
		const char *inv = getenv("INVOCATION_ID"), *js = getenv("JOURNAL_STREAM");
		want = (inv && *inv) || (js && *js) ? HS_LOG_JOURNALD : HS_LOG_NONE;
	}
	if (want == HS_LOG_JOURNALD && !journald_reachable()) {
		hs_warn("journald unreachable (%s): logging to syslog instead", strerror(errno));
		want = HS_LOG_SYSLOG;
	}
	L.sink = want;
	hs_debug("log sink: %s", want == HS_LOG_JOURNALD ? "journald"
	                         : want == HS_LOG_SYSLOG ? "syslog"
	                                                 : "none");
	if (want != HS_LOG_NONE)
		report_add_sink(ctx->rep, sink_finding, NULL);
}
