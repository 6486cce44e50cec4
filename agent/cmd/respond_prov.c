/* respond: the incident's provenance and timeline (respond_prov.h). The
 * timeline puts what each source knows on one clock: the upload (FTP/SFTP
 * log), the first request and first POST to a flagged script (web log),
 * the queue (its oldest message, from the queue inspector's summary), the
 * crontab entry (the crontab's change time) and the process (its start). */
#include "cmd/respond_prov.h"
#include "escape.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static json_t *iso(time_t t)
{
	return prov_time_json(t);
}

/* detail is built from escaped strings only (JSON values, hs_escape). */
static void event(json_t *tl, json_t *when, const char *what, const char *detail, const char *fid)
{
	if (!json_is_string(when)) {
		json_decref(when);
		return;
	}
	json_t *e = json_object();
	json_object_set_new(e, "time", when);
	json_object_set_new(e, "event", json_string(what));
	json_object_set_new(e, "detail", json_string(detail ? detail : "")); /* escaped parts */
	json_object_set_new(e, "finding", fid ? json_string(fid) : json_null());
	json_array_append_new(tl, e);
}

static int by_time(const void *a, const void *b)
{
	/* ISO 8601 UTC strings of one format sort as time */
	const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	return strcmp(json_string_value(json_object_get(x, "time")),
	              json_string_value(json_object_get(y, "time")));
}

static void sort_array(json_t *a)
{
	size_t n = json_array_size(a);
	json_t **v = xcalloc(n + 1, sizeof(*v));
	for (size_t i = 0; i < n; i++)
		v[i] = json_incref(json_array_get(a, i));
	qsort(v, n, sizeof(*v), by_time);
	json_array_clear(a);
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, v[i]);
	free(v);
}

static const char *jstr(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : "";
}

json_t *respond_prov_json(struct hs_ctx *ctx, const struct prov_index *ix, const char *account,
                          struct finding *const *mine, size_t n)
{
	json_t *o = ix ? prov_account(ix, account) : NULL;
	if (!o) {
		o = json_object();
		json_object_set_new(o, "logins", json_array());
		json_object_set_new(o, "clients", json_array());
		json_object_set_new(o, "lateral", json_array());
	}
	json_t *ups = ix ? prov_account_uploads(ix, ctx, account) : json_array();
	json_t *tl = json_array();
	size_t i;
	json_t *u;
	json_array_foreach(ups, i, u)
	{
		char *d = xasprintf("%s over %s by %s from %s", jstr(u, "path"), jstr(u, "proto"),
		                    jstr(u, "user"), jstr(u, "client"));
		event(tl, json_incref(json_object_get(u, "time")), "upload", d, NULL);
		free(d);
	}
	json_object_set_new(o, "uploads", ups);
	for (size_t k = 0; k < n; k++) {
		const struct finding *f = mine[k];
		if (!strcmp(f->kind, "file") || !strcmp(f->kind, "tmp") ||
		    !strcmp(f->kind, "weblog")) {
			const json_t *web =
			    json_object_get(json_object_get(f->extra, "provenance"), "web");
			if (web && (!strcmp(f->kind, "weblog") || f->severity >= HS_SEV_MEDIUM)) {
				char *p = hs_escape(f->path ? f->path : "");
				char *d = xasprintf(
				    "%s: %lld requests, %lld POSTs", p,
				    (long long)json_integer_value(json_object_get(web, "requests")),
				    (long long)json_integer_value(json_object_get(web, "posts")));
				event(tl, json_incref(json_object_get(web, "first_seen")),
				      "first_request", d, f->id);
				free(d);
				free(p);
			}
		} else if (!strcmp(f->kind, "cron")) {
			/* the crontab's logical path as found (raw), its text escaped */
			const char *ct = f->path;
			char *h = ctx_host_path(ctx, ct ? ct : "/");
			struct stat st;
			if (lstat(h, &st) == 0) {
				const char *cmd =
				    json_string_value(json_object_get(f->extra, "command"));
				char *e = hs_escape(ct ? ct : "");
				char *d = xasprintf("crontab %s changed: %s", e, cmd ? cmd : "");
				free(e);
				event(tl, iso(st.st_mtime), "cron", d, f->id);
				free(d);
			}
			free(h);
		} else if (!strcmp(f->kind, "process")) {
			const char *cm = json_string_value(json_object_get(f->extra, "comm"));
			json_int_t pid = json_integer_value(json_object_get(f->extra, "pid"));
			char *d =
			    xasprintf("process %lld (%s) started", (long long)pid, cm ? cm : "");
			event(tl, json_incref(json_object_get(f->extra, "start_time")), "process",
			      d, f->id);
			free(d);
		}
	}
	/* the queue: when its oldest message arrived, and its depth now */
	json_t *mq = json_object_get(ctx->rep->summary_extra, "mailq");
	json_t *age = json_object_get(mq, "oldest_age_seconds");
	if (mq && json_integer_value(age) > 0) {
		char *d = xasprintf("oldest queued message; %lld in the queue now",
		                    (long long)json_integer_value(json_object_get(mq, "total")));
		event(tl, iso(time(NULL) - (time_t)json_integer_value(age)), "queue", d, NULL);
		free(d);
	}
	sort_array(tl);
	json_object_set_new(o, "timeline", tl);
	return o;
}

void respond_prov_text(json_t *prov, struct strlist *lines)
{
	size_t i;
	json_t *v;
	json_t *logins = json_object_get(prov, "logins");
	char *l;
	if (json_array_size(logins)) {
		strlist_add(lines, "   logins (from the FTP/SSH logs):");
		json_array_foreach(logins, i, v)
		{
			l = xasprintf("     %-5s from %s, %lld times, %s .. %s", jstr(v, "proto"),
			              jstr(v, "ip"),
			              (long long)json_integer_value(json_object_get(v, "count")),
			              jstr(v, "first"), jstr(v, "last"));
			strlist_add(lines, l);
			free(l);
		}
	} else {
		strlist_add(lines, "   logins: none in the FTP/SSH logs of the window");
	}
	json_t *lat = json_object_get(prov, "lateral");
	if (json_array_size(lat)) {
		strlist_add(lines, "   the same addresses into other accounts (lateral spread):");
		json_array_foreach(lat, i, v)
		{
			l = xasprintf("     %s -> account %s over %s, %lld times, last %s",
			              jstr(v, "ip"), jstr(v, "user"), jstr(v, "proto"),
			              (long long)json_integer_value(json_object_get(v, "count")),
			              jstr(v, "last"));
			strlist_add(lines, l);
			free(l);
		}
	}
	json_t *tl = json_object_get(prov, "timeline");
	if (json_array_size(tl)) {
		strlist_add(lines, "   timeline (UTC):");
		json_array_foreach(tl, i, v)
		{
			l = xasprintf("     %s %-13s %s", jstr(v, "time"), jstr(v, "event"),
			              jstr(v, "detail"));
			strlist_add(lines, l);
			free(l);
		}
	}
}
