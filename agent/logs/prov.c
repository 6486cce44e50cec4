/* The provenance index (prov.h): one pass over the logs, three tables. */
#include "logs/prov.h"
#include "escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Entries per table at most: a flood of forged lines (distinct users,
 * addresses, script paths) stays within about 50 MB. */
#define PROV_MAX_ENTRIES 100000

/* ---- a string-keyed hash table (open addressing, FNV-1a) ---- */

struct htab {
	char **keys;
	void **vals;
	size_t *lens;
	size_t n, cap;
};

static uint64_t fnv(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static void **ht_slot(struct htab *t, const char *k, size_t kn, bool *fresh)
{
	if (t->n * 2 >= t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 256;
		char **nk = xcalloc(nc, sizeof(*nk));
		void **nv = xcalloc(nc, sizeof(*nv));
		size_t *nl = xcalloc(nc, sizeof(*nl));
		for (size_t i = 0; i < t->cap; i++)
			if (t->keys[i]) {
				size_t j = fnv(t->keys[i], t->lens[i]) & (nc - 1);
				while (nk[j])
					j = (j + 1) & (nc - 1);
				nk[j] = t->keys[i];
				nv[j] = t->vals[i];
				nl[j] = t->lens[i];
			}
		free(t->keys);
		free(t->vals);
		free(t->lens);
		t->keys = nk;
		t->vals = nv;
		t->lens = nl;
		t->cap = nc;
	}
	size_t j = fnv(k, kn) & (t->cap - 1);
	while (t->keys[j]) {
		if (t->lens[j] == kn && !memcmp(t->keys[j], k, kn)) {
			*fresh = false;
			return &t->vals[j];
		}
		j = (j + 1) & (t->cap - 1);
	}
	*fresh = true;
	if (t->n >= PROV_MAX_ENTRIES)
		return NULL;
	t->keys[j] = xstrndup(k, kn);
	t->lens[j] = kn;
	t->n++;
	return &t->vals[j];
}

static void *ht_get(const struct htab *t, const char *k)
{
	if (!t->cap)
		return NULL;
	size_t kn = strlen(k);
	size_t j = fnv(k, kn) & (t->cap - 1);
	while (t->keys[j]) {
		if (!strcmp(t->keys[j], k))
			return t->vals[j];
		j = (j + 1) & (t->cap - 1);
	}
	return NULL;
}

static void ht_free(struct htab *t, void (*fr)(void *))
{
	for (size_t i = 0; i < t->cap; i++)
		if (t->keys[i]) {
			free(t->keys[i]);
			fr(t->vals[i]);
		}
	free(t->keys);
	free(t->vals);
	free(t->lens);
	memset(t, 0, sizeof(*t));
}

/* ---- the index ---- */

struct upload {
	char *path, *user;
	const char *proto;
	char ip[48];
	time_t time;
	uint64_t bytes;
};

struct login {
	char *user;
	const char *proto;
	char ip[48];
	time_t first, last;
	uint64_t count, fails;
};

struct prov_index {
	struct hs_ctx *ctx;
	struct htab uploads; /* resolved logical path -> struct upload */
	struct htab logins;  /* user \t proto \t ip -> struct login */
	struct htab web;     /* file (or "?" urlpath) -> struct prov_web */
	struct prov_web **webv;
	size_t nweb, capweb;
	struct strlist logs; /* source paths, owned here (prov_web.log) */
	struct log_sources src;
	time_t since;
};

static void free_upload(void *p)
{
	struct upload *u = p;
	free(u->path);
	free(u->user);
	free(u);
}

static void free_login(void *p)
{
	struct login *l = p;
	free(l->user);
	free(l);
}

static void nofree(void *p)
{
	(void)p;
}

static void copy_ip(char *dst, struct log_str s)
{
	size_t n = s.n < 47 ? s.n : 47;
	memcpy(dst, s.p ? s.p : "", n);
	dst[n] = '\0';
}

static char *str(struct log_str s)
{
	return xstrndup(s.p ? s.p : "", s.n);
}

/* An uploaded path as the server saw it -> a logical path: an FTP/SFTP
 * server chrooted to the home writes paths relative to it. */
static char *resolve_upload(struct prov_index *ix, const char *user, const char *path)
{
	if (path[0] != '/')
		return NULL;
	char *n = path_normalize(path);
	const char *home = user && *user ? accounts_home_of(ix->ctx->accounts, user) : NULL;
	if (home && strlen(home) > 1 && !path_is_under(n, home)) {
		char *j = path_join(home, n);
		free(n);
		n = path_normalize(j);
		free(j);
	}
	return n;
}

static void add_login(struct prov_index *ix, const struct log_event *ev, bool ok)
{
	if (!ev->user.n || ev->user.n > 256)
		return;
	char key[512];
	int kn = snprintf(key, sizeof(key), "%.*s\t%s\t%.*s", (int)ev->user.n, ev->user.p,
	                  ev->proto ? ev->proto : "?", (int)(ev->client.n < 47 ? ev->client.n : 47),
	                  ev->client.p ? ev->client.p : "");
	if (kn <= 0 || (size_t)kn >= sizeof(key))
		return;
	bool fresh;
	void **slot = ht_slot(&ix->logins, key, (size_t)kn, &fresh);
	if (!slot)
		return;
	struct login *l = *slot;
	if (fresh) {
		l = *slot = xcalloc(1, sizeof(*l));
		l->user = str(ev->user);
		l->proto = ev->proto ? ev->proto : "?";
		copy_ip(l->ip, ev->client);
		l->first = ev->time;
	}
	if (ev->time < l->first)
		l->first = ev->time;
	if (ev->time > l->last)
		l->last = ev->time;
	if (ok)
		l->count++;
	else
		l->fails++;
}

static void add_upload(struct prov_index *ix, const struct log_event *ev)
{
	if (!ev->path.n || ev->path.n > 4096)
		return;
	char *raw = str(ev->path);
	char *user = ev->user.n ? str(ev->user) : NULL;
	char *p = resolve_upload(ix, user, raw);
	free(raw);
	if (!p) {
		free(user);
		return;
	}
	bool fresh;
	void **slot = ht_slot(&ix->uploads, p, strlen(p), &fresh);
	if (!slot) {
		free(p);
		free(user);
		return;
	}
	struct upload *u = *slot;
	if (fresh) {
		u = *slot = xcalloc(1, sizeof(*u));
	} else if (ev->time < u->time) {
		free(p);
		free(user);
		return; /* keep the last write */
	} else {
		free(u->path);
		free(u->user);
	}
	u->path = p;
	u->user = user;
	u->proto = ev->proto;
	copy_ip(u->ip, ev->client);
	u->time = ev->time;
	u->bytes = ev->bytes;
	/* an upload is a login too: the user was in from that address */
	add_login(ix, ev, true);
}

static bool script_path(const char *p, size_t n)
{
	const char *dot = NULL;
	for (size_t i = n; i > 0; i--) {
		if (p[i - 1] == '/')
			break;
		if (p[i - 1] == '.') {
			dot = p + i - 1;
			break;
		}
	}
	if (!dot)
		return false;
	size_t el = (size_t)(p + n - dot - 1);
	char ext[8];
	if (el == 0 || el >= sizeof(ext))
		return false;
	for (size_t i = 0; i < el; i++)
		ext[i] = (char)(dot[1 + i] | 0x20);
	ext[el] = '\0';
	static const char *const exts[] = {"php",  "php3", "php4", "php5", "php7", "php8", "phtml",
	                                   "phar", "pht",  "pl",   "py",   "cgi",  "sh",   "inc"};
	for (size_t i = 0; i < HS_ARRAY_LEN(exts); i++)
		if (!strcmp(ext, exts[i]))
			return true;
	return false;
}

static void add_request(struct prov_index *ix, const struct log_source *src,
                        const struct log_event *ev, const char *logname)
{
	/* a 404 is a scanner's guess, not a file that exists */
	if (ev->status == 404 || !ev->path.n || ev->path.p[0] != '/' ||
	    !script_path(ev->path.p, ev->path.n))
		return;
	const char *root = src->docroot, *acct = src->account;
	if (!root && ev->vhost.n) {
		const struct log_vhost *v = log_sources_vhost(&ix->src, ev->vhost.p, ev->vhost.n);
		if (v)
			root = v->docroot, acct = v->account;
	}
	char key[4200];
	size_t rl = root ? strlen(root) : 1;
	if (rl + ev->path.n >= sizeof(key))
		return;
	memcpy(key, root ? root : "?", rl);
	memcpy(key + rl, ev->path.p, ev->path.n);
	int kn = (int)(rl + ev->path.n);
	key[kn] = '\0';
	char *norm = NULL;
	/* normalise only what needs it ("//", "/./", "/../"): most paths do not */
	if (root && (memmem(key, (size_t)kn, "//", 2) || memmem(key, (size_t)kn, "/.", 2))) {
		norm = path_normalize(key);
		if (!path_is_under(norm, root)) { /* "/../" out of the docroot */
			free(norm);
			return;
		}
		kn = (int)strlen(norm);
	}
	bool fresh;
	void **slot = ht_slot(&ix->web, norm ? norm : key, (size_t)kn, &fresh);
	if (!slot) {
		free(norm);
		return;
	}
	struct prov_web *w = *slot;
	if (fresh) {
		w = *slot = xcalloc(1, sizeof(*w));
		w->file = root ? (norm ? norm : xstrndup(key, (size_t)kn)) : NULL;
		norm = NULL;
		w->urlpath = str(ev->path);
		w->account = acct ? xstrdup(acct) : NULL;
		w->log = logname;
		w->first = ev->time;
		if (ix->nweb == ix->capweb)
			ix->webv =
			    xrealloc(ix->webv, (ix->capweb = ix->capweb ? ix->capweb * 2 : 256) *
			                           sizeof(*ix->webv));
		ix->webv[ix->nweb++] = w;
	}
	free(norm);
	w->requests++;
	if (ev->time < w->first)
		w->first = ev->time;
	if (ev->time > w->last)
		w->last = ev->time;
	bool post = ev->method.n == 4 && !memcmp(ev->method.p, "POST", 4);
	struct prov_client *c = NULL;
	for (int i = 0; i < PROV_TOP && !c; i++)
		if (ev->client.n && w->top[i].ip[0] == ev->client.p[0] &&
		    !memcmp(w->top[i].ip, ev->client.p, ev->client.n) &&
		    w->top[i].ip[ev->client.n < 47 ? ev->client.n : 47] == '\0')
			c = &w->top[i];
	for (int i = 0; i < PROV_TOP && !c; i++)
		if (!w->top[i].ip[0]) {
			c = &w->top[i];
			copy_ip(c->ip, ev->client);
		}
	if (c)
		c->requests++;
	else
		w->other_requests++;
	if (!post)
		return;
	w->posts++;
	if (c)
		c->posts++;
	if (!w->first_post || ev->time < w->first_post)
		w->first_post = ev->time;
	/* two half-window buckets: cur+prev is the count of one full window */
	time_t half = (time_t)(logs_set.burst_window / 2 ? logs_set.burst_window / 2 : 1);
	time_t b = ev->time / half;
	if (b == w->bucket) {
		w->cur++;
	} else if (b == w->bucket + 1) {
		w->prev = w->cur;
		w->cur = 1;
		w->bucket = b;
	} else if (b > w->bucket) {
		w->prev = 0;
		w->cur = 1;
		w->bucket = b;
	} else {
		w->cur++; /* out of order (two logs merged): counted in the current window */
	}
	if (w->cur + w->prev > w->burst) {
		w->burst = w->cur + w->prev;
		w->burst_at = ev->time;
	}
}

struct build_ud {
	struct prov_index *ix;
	const char *logname;
};

static bool on_event(void *ud, const struct log_source *src, const struct log_event *ev)
{
	struct build_ud *b = ud;
	switch (ev->type) {
	case LOG_EV_REQUEST:
		add_request(b->ix, src, ev, b->logname);
		break;
	case LOG_EV_UPLOAD:
		add_upload(b->ix, ev);
		break;
	case LOG_EV_LOGIN:
		add_login(b->ix, ev, true);
		break;
	case LOG_EV_LOGIN_FAIL:
		add_login(b->ix, ev, false);
		break;
	default:
		break;
	}
	return true;
}

static json_t *stats_json(const struct log_stats *st)
{
	json_t *o = json_object();
	json_object_set_new(o, "files", json_integer((json_int_t)st->files));
	json_object_set_new(o, "bytes", json_integer((json_int_t)st->bytes));
	json_object_set_new(o, "lines", json_integer((json_int_t)st->lines));
	json_object_set_new(o, "events", json_integer((json_int_t)st->events));
	json_object_set_new(o, "before_window", json_integer((json_int_t)st->old));
	json_object_set_new(o, "bad_long", json_integer((json_int_t)st->bad_long));
	json_object_set_new(o, "bad_nul", json_integer((json_int_t)st->bad_nul));
	json_object_set_new(o, "bad_utf8", json_integer((json_int_t)st->bad_utf8));
	json_object_set_new(o, "bad_fields", json_integer((json_int_t)st->bad_fields));
	json_object_set_new(o, "rotations", json_integer((json_int_t)st->rotated));
	json_object_set_new(o, "resumed", json_integer((json_int_t)st->resumed));
	return o;
}

struct prov_index *prov_build(struct hs_ctx *ctx, unsigned families, time_t since,
                              const char *state_key)
{
	struct prov_index *ix = xcalloc(1, sizeof(*ix));
	ix->ctx = ctx;
	ix->since = since;
	double t0 = hs_now();
	log_sources_discover(ctx, families, &ix->src);
	struct log_stats total = {0};
	json_t *per = json_object();
	for (size_t i = 0; i < ix->src.n; i++) {
		const struct log_source *s = &ix->src.v[i];
		struct log_stats st = {0};
		strlist_add(&ix->logs, s->path);
		struct build_ud b = {ix, ix->logs.v[ix->logs.n - 1]};
		/* FTP/SSH logs are small and hold the uploads behind a file that
		 * may be weeks old: always read over the whole window. Web logs
		 * are large and their signal is new: read what was appended. */
		const char *key = s->be->family == LOG_FAM_WEB ? state_key : NULL;
		log_read_source(ctx, s, since, key, on_event, &b, &st);
		hs_debug(
		    "log %s (%s): %llu lines, %llu events, %llu bad", s->path, s->be->name,
		    (unsigned long long)st.lines, (unsigned long long)st.events,
		    (unsigned long long)(st.bad_long + st.bad_nul + st.bad_utf8 + st.bad_fields));
		json_t *old = json_object_get(per, s->be->name);
		if (!old) {
			json_object_set_new(per, s->be->name, json_integer(1));
		} else {
			json_object_set_new(per, s->be->name,
			                    json_integer(json_integer_value(old) + 1));
		}
#define ADD(f) total.f += st.f
		ADD(files), ADD(bytes), ADD(lines), ADD(events), ADD(old), ADD(bad_long),
		    ADD(bad_nul), ADD(bad_utf8), ADD(bad_fields), ADD(rotated), ADD(resumed),
		    ADD(skipped);
#undef ADD
	}
	if (state_key)
		logs_state_save(ctx);
	json_t *sum = stats_json(&total);
	json_object_set_new(sum, "sources", per);
	json_object_set_new(sum, "scripts", json_integer((json_int_t)ix->nweb));
	json_object_set_new(sum, "uploads", json_integer((json_int_t)ix->uploads.n));
	json_object_set_new(sum, "logins", json_integer((json_int_t)ix->logins.n));
	json_object_set_new(sum, "seconds", json_real(hs_now() - t0));
	json_object_set_new(ctx->rep->summary_extra, "logs", sum);
	uint64_t bad = total.bad_long + total.bad_nul + total.bad_utf8 + total.bad_fields;
	report_add_text_summary(
	    ctx->rep, "logs: %zu files, %llu lines, %llu events, %llu bad lines, %.2f s", ix->src.n,
	    (unsigned long long)total.lines, (unsigned long long)total.events,
	    (unsigned long long)bad, hs_now() - t0);
	return ix;
}

static void free_web(void *p)
{
	struct prov_web *w = p;
	free(w->file);
	free(w->urlpath);
	free(w->account);
	free(w);
}

void prov_free(struct prov_index *ix)
{
	if (!ix)
		return;
	ht_free(&ix->uploads, free_upload);
	ht_free(&ix->logins, free_login);
	ht_free(&ix->web, nofree);
	for (size_t i = 0; i < ix->nweb; i++)
		free_web(ix->webv[i]);
	free(ix->webv);
	strlist_clear(&ix->logs);
	log_sources_free(&ix->src);
	free(ix);
}

size_t prov_web_count(const struct prov_index *ix)
{
	return ix->nweb;
}

struct prov_web *prov_web_at(struct prov_index *ix, size_t i)
{
	return i < ix->nweb ? ix->webv[i] : NULL;
}

json_t *prov_time_json(time_t t)
{
	if (t <= 0)
		return json_null();
	struct tm tm;
	char b[32];
	gmtime_r(&t, &tm);
	strftime(b, sizeof(b), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_string(b);
}

static json_t *esc(const char *s)
{
	char *e = hs_escape(s ? s : "");
	json_t *j = json_string(e);
	free(e);
	return j;
}

static json_t *web_json(const struct prov_web *w)
{
	json_t *o = json_object();
	json_object_set_new(o, "first_seen", prov_time_json(w->first));
	json_object_set_new(o, "last_seen", prov_time_json(w->last));
	json_object_set_new(o, "requests", json_integer((json_int_t)w->requests));
	json_object_set_new(o, "posts", json_integer((json_int_t)w->posts));
	json_object_set_new(o, "max_posts_in_window", json_integer((json_int_t)w->burst));
	/* top clients, most requests first */
	int idx[PROV_TOP], n = 0;
	for (int i = 0; i < PROV_TOP; i++)
		if (w->top[i].ip[0])
			idx[n++] = i;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && w->top[idx[j]].requests > w->top[idx[j - 1]].requests;
		     j--) {
			int t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	json_t *top = json_array();
	for (int i = 0; i < n && i < 5; i++) {
		json_t *c = json_object();
		json_object_set_new(c, "ip", esc(w->top[idx[i]].ip));
		json_object_set_new(c, "requests", json_integer(w->top[idx[i]].requests));
		json_object_set_new(c, "posts", json_integer(w->top[idx[i]].posts));
		json_array_append_new(top, c);
	}
	json_object_set_new(o, "top_clients", top);
	json_object_set_new(o, "log", esc(w->log));
	return o;
}

/* The web entry of a logical path: resolved, or "?" + the path below the
 * docroot holding it (a shared log without vhost field). */
static const struct prov_web *web_of(const struct prov_index *ix, const char *path)
{
	const struct prov_web *w = ht_get(&ix->web, path);
	if (w)
		return w;
	const struct docroot *d = accounts_docroot_of(ix->ctx->accounts, path);
	if (!d)
		return NULL;
	const char *rel = path + strlen(d->path);
	if (*rel != '/')
		return NULL;
	char *k = xasprintf("?%s", rel);
	w = ht_get(&ix->web, k);
	free(k);
	return w;
}

json_t *prov_of(const struct prov_index *ix, const char *path)
{
	if (!ix || !path)
		return NULL;
	json_t *o = NULL;
	const struct upload *u = ht_get(&ix->uploads, path);
	if (u) {
		o = json_object();
		json_t *j = json_object();
		json_object_set_new(j, "proto", json_string(u->proto ? u->proto : "?"));
		json_object_set_new(j, "user", u->user ? esc(u->user) : json_null());
		json_object_set_new(j, "client", u->ip[0] ? esc(u->ip) : json_null());
		json_object_set_new(j, "time", prov_time_json(u->time));
		if (u->bytes)
			json_object_set_new(j, "bytes", json_integer((json_int_t)u->bytes));
		json_object_set_new(o, "upload", j);
	}
	const struct prov_web *w = web_of(ix, path);
	if (w) {
		if (!o)
			o = json_object();
		json_object_set_new(o, "web", web_json(w));
	}
	return o;
}

void prov_attach(const struct prov_index *ix, struct finding *f)
{
	json_t *p = prov_of(ix, f->path);
	if (p)
		finding_set_json(f, "provenance", p);
}

static json_t *login_json(const struct login *l)
{
	json_t *o = json_object();
	json_object_set_new(o, "user", esc(l->user));
	json_object_set_new(o, "proto", json_string(l->proto));
	json_object_set_new(o, "ip", esc(l->ip));
	json_object_set_new(o, "first", prov_time_json(l->first));
	json_object_set_new(o, "last", prov_time_json(l->last));
	json_object_set_new(o, "count", json_integer((json_int_t)l->count));
	json_object_set_new(o, "failures", json_integer((json_int_t)l->fails));
	return o;
}

json_t *prov_account(const struct prov_index *ix, const char *account)
{
	if (!ix || !account)
		return NULL;
	json_t *mine = json_array(), *clients = json_array(), *lateral = json_array();
	struct strlist ips = {0};
	for (size_t i = 0; i < ix->logins.cap; i++) {
		const struct login *l = ix->logins.keys[i] ? ix->logins.vals[i] : NULL;
		if (l && l->count && !strcmp(l->user, account)) {
			json_array_append_new(mine, login_json(l));
			if (l->ip[0] && !strlist_contains(&ips, l->ip)) {
				strlist_add(&ips, l->ip);
				json_array_append_new(clients, esc(l->ip));
			}
		}
	}
	for (size_t i = 0; i < ix->logins.cap; i++) {
		const struct login *l = ix->logins.keys[i] ? ix->logins.vals[i] : NULL;
		if (l && l->count && strcmp(l->user, account) != 0 && strlist_contains(&ips, l->ip))
			json_array_append_new(lateral, login_json(l));
	}
	strlist_clear(&ips);
	if (!json_array_size(mine)) {
		json_decref(mine);
		json_decref(clients);
		json_decref(lateral);
		return NULL;
	}
	json_t *o = json_object();
	json_object_set_new(o, "logins", mine);
	json_object_set_new(o, "clients", clients);
	json_object_set_new(o, "lateral", lateral);
	return o;
}

size_t prov_logins(const struct prov_index *ix, struct prov_login **out)
{
	*out = xcalloc(ix && ix->logins.n ? ix->logins.n : 1, sizeof(**out));
	size_t n = 0;
	for (size_t i = 0; ix && i < ix->logins.cap; i++) {
		const struct login *l = ix->logins.keys[i] ? ix->logins.vals[i] : NULL;
		if (l)
			(*out)[n++] = (struct prov_login){l->user, l->proto, l->ip,   l->first,
			                                  l->last, l->count, l->fails};
	}
	return n;
}

static int upload_cmp(const void *a, const void *b)
{
	const struct upload *x = *(const struct upload *const *)a,
	                    *y = *(const struct upload *const *)b;
	return x->time < y->time ? -1 : x->time > y->time;
}

json_t *prov_account_uploads(const struct prov_index *ix, const struct hs_ctx *ctx,
                             const char *account)
{
	json_t *a = json_array();
	if (!ix || !account)
		return a;
	const struct upload **v = xcalloc(ix->uploads.n + 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < ix->uploads.cap; i++) {
		const struct upload *u = ix->uploads.keys[i] ? ix->uploads.vals[i] : NULL;
		if (!u)
			continue;
		const char *acc = accounts_for_path(ctx->accounts, u->path);
		if ((acc && !strcmp(acc, account)) || (u->user && !strcmp(u->user, account)))
			v[n++] = u;
	}
	qsort(v, n, sizeof(*v), upload_cmp);
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "time", prov_time_json(v[i]->time));
		json_object_set_new(o, "path", esc(v[i]->path));
		json_object_set_new(o, "proto", json_string(v[i]->proto ? v[i]->proto : "?"));
		json_object_set_new(o, "user", v[i]->user ? esc(v[i]->user) : json_null());
		json_object_set_new(o, "client", esc(v[i]->ip));
		json_array_append_new(a, o);
	}
	free(v);
	return a;
}

void prov_sink(void *ud, struct finding *f)
{
	struct prov_index *ix = ud;
	prov_attach(ix, f);
	report_finding(ix->ctx->rep, f);
}

time_t prov_window_start(const struct hs_ctx *ctx)
{
	uint64_t w = ctx->since ? ctx->since : logs_set.window;
	time_t now = time(NULL);
	return w >= (uint64_t)now ? 0 : now - (time_t)w;
}
