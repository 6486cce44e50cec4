/* The `weblog` finding: what the web logs show that content scanning can
 * miss (docs/inspectors.md):
 *  - weblog.post_burst: many POSTs within [logs] burst_window to a script
 *    that is not a known front controller, from few clients: a mailer or
 *    shell driven by its operator's script;
 *  - weblog.recent_file_posts: POSTs to a script that appeared within
 *    recent_file (its change time);
 *  - weblog.flagged_file_requests: requests to a file the scan flagged;
 *  - weblog.php_in_uploads: hits (status < 400) on a script under an upload
 *    or image directory, where no application keeps code.
 * Severity from what is seen; high when the account's mail queue grows in
 * the same run (the queue inspector's summary, passed in by cmd/). */
#include "logs/weblog.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool front_controller(const char *urlpath)
{
	const char *base = path_basename(urlpath);
	const struct strlist *fc = logs_front_controllers();
	for (size_t i = 0; i < fc->n; i++)
		if (!strcasecmp(base, fc->v[i]))
			return true;
	return false;
}

/* Under an upload or image directory: the [scan] upload_dirs globs, and
 * any uploads/ or images/ component (the brief's own rule of thumb). */
static bool in_uploads(const struct hs_ctx *ctx, const char *file, const char *urlpath)
{
	if (file)
		for (size_t i = 0; i < ctx->cfg.upload_dirs.n; i++)
			if (fnmatch(ctx->cfg.upload_dirs.v[i], file, 0) == 0)
				return true;
	const char *p = urlpath;
	static const char *const dirs[] = {"/uploads/", "/images/", "/upload/", "/files/"};
	for (size_t i = 0; i < HS_ARRAY_LEN(dirs); i++)
		if (strcasestr(p, dirs[i]))
			return true;
	return false;
}

/* The file of an unresolved entry (a shared log without vhost field): the
 * first docroot that holds the URL path. */
static char *resolve(struct hs_ctx *ctx, const struct prov_web *w, struct stat *st, bool *exists)
{
	*exists = false;
	if (w->file) {
		char *h = ctx_host_path(ctx, w->file);
		*exists = lstat(h, st) == 0;
		free(h);
		return xstrdup(w->file);
	}
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(ctx->accounts, i);
		if (!d)
			break;
		char *j = xasprintf("%s%s", d->path, w->urlpath);
		char *n = path_normalize(j);
		free(j);
		char *h = ctx_host_path(ctx, n);
		bool ok = path_is_under(n, d->path) && lstat(h, st) == 0;
		free(h);
		if (ok) {
			*exists = true;
			return n;
		}
		free(n);
	}
	return NULL;
}

static size_t post_clients(const struct prov_web *w)
{
	size_t n = 0;
	for (int i = 0; i < PROV_TOP; i++)
		n += w->top[i].posts > 0;
	return n;
}

static const struct finding *flagged(const struct hs_ctx *ctx, const char *path)
{
	const struct finding *best = NULL;
	for (size_t i = 0; i < ctx->rep->nfindings; i++) {
		const struct finding *f = ctx->rep->findings[i];
		if (f->path && (!strcmp(f->kind, "file") || !strcmp(f->kind, "tmp")) &&
		    !strcmp(f->path, path) && (!best || f->severity > best->severity))
			best = f;
	}
	return best;
}

size_t weblog_report(struct hs_ctx *ctx, struct prov_index *ix, const struct strlist *growing)
{
	size_t made = 0;
	time_t now = time(NULL);
	for (size_t i = 0; i < prov_web_count(ix); i++) {
		struct prov_web *w = prov_web_at(ix, i);
		struct stat st;
		bool exists;
		char *file = resolve(ctx, w, &st, &exists);
		struct finding *f = finding_new("weblog");
		bool front = front_controller(w->urlpath);
		size_t pc = post_clients(w);
		bool few = w->other_requests == 0 && pc <= logs_set.burst_clients;
		if (w->burst >= logs_set.post_burst && !front && few)
			finding_add_rule(f, "weblog.post_burst", HS_SEV_MEDIUM,
			                 "weblog,post-burst");
		if (exists && w->posts >= logs_set.recent_posts &&
		    now - st.st_ctime < (time_t)logs_set.recent_file && !front)
			finding_add_rule(f, "weblog.recent_file_posts", HS_SEV_MEDIUM,
			                 "weblog,recent-file");
		const struct finding *fl = file ? flagged(ctx, file) : NULL;
		if (fl)
			finding_add_rule(f, "weblog.flagged_file_requests",
			                 w->posts ? HS_SEV_HIGH : HS_SEV_MEDIUM,
			                 "weblog,flagged-file");
		if (w->requests >= logs_set.upload_php_hits && in_uploads(ctx, file, w->urlpath) &&
		    (exists || !file))
			finding_add_rule(f, "weblog.php_in_uploads", HS_SEV_HIGH,
			                 "weblog,php-in-uploads");
		if (!f->rules.n) {
			finding_free(f);
			free(file);
			continue;
		}
		const char *acct = w->account ? w->account
		                   : file     ? accounts_for_path(ctx->accounts, file)
		                              : NULL;
		/* a burst while the same account's queue grows: the mailer at work */
		if (acct && growing && strlist_contains(growing, acct) && w->posts > 0) {
			finding_add_rule(f, "weblog.burst_with_queue_growth", HS_SEV_HIGH,
			                 "weblog,mail,queue-growth");
		}
		f->path = file ? file : xstrdup(w->urlpath);
		if (acct)
			f->account = xstrdup(acct);
		if (exists) {
			f->uid = st.st_uid;
			const char *o = accounts_user_name(ctx->accounts, st.st_uid);
			if (o)
				f->owner = xstrdup(o);
		}
		finding_set_str(f, "url_path", w->urlpath);
		finding_set_int(f, "requests", (long long)w->requests);
		finding_set_int(f, "posts", (long long)w->posts);
		finding_set_int(f, "max_posts_in_window", (long long)w->burst);
		finding_set_int(f, "post_clients", (long long)pc);
		finding_set_json(f, "first_seen", prov_time_json(w->first));
		finding_set_json(f, "last_seen", prov_time_json(w->last));
		finding_set_str(f, "log", w->log);
		if (fl)
			finding_set_str(f, "flagged_by", fl->id);
		json_t *p = prov_of(ix, f->path);
		if (p)
			finding_set_json(f, "provenance", p);
		char ev[256];
		snprintf(ev, sizeof(ev),
		         "%llu requests, %llu POSTs (%u within %llus) from %zu clients",
		         (unsigned long long)w->requests, (unsigned long long)w->posts, w->burst,
		         (unsigned long long)logs_set.burst_window, pc);
		finding_set_evidence(f, ev, strlen(ev));
		report_finding(ctx->rep, f);
		made++;
	}
	return made;
}

void weblog_growing_accounts(const struct hs_ctx *ctx, struct strlist *out)
{
	/* the mail queue inspector's summary: growth, and the accounts behind
	 * the sampled messages (report only; no call into mail/) */
	json_t *mq = json_object_get(ctx->rep->summary_extra, "mailq");
	if (!mq)
		return;
	bool alert = false;
	for (size_t i = 0; i < ctx->rep->nfindings; i++)
		alert |= !strcmp(ctx->rep->findings[i]->kind, "mailq");
	double g = json_number_value(json_object_get(mq, "growth_per_minute"));
	if (!(g > 0) && !alert)
		return;
	json_t *top = json_object_get(json_object_get(mq, "attribution"), "top_account");
	size_t i;
	json_t *v;
	json_array_foreach(top, i, v)
	{
		const char *a = json_string_value(json_object_get(v, "value"));
		if (a)
			strlist_add_unique(out, a);
	}
}
