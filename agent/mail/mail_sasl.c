/* SASL senders and AUTH failures (mail/mail_sasl.h). */
#include "mail/mail_sasl.h"

#include "escape.h"
#include "logs/logs.h"
#include "mail/mailq.h"
#include "netaddr.h"

#include <ctype.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>

/* ---- address sets: open addressing on the address bytes ---- */

struct ipent {
	struct netaddr a;
	uint64_t n; /* logged messages (users' sets) or failures (the failure set) */
	uint64_t queued, logins;
	char *tried[4]; /* failure set: the first distinct logins tried */
	uint32_t ntried;
	bool used;
};
struct ipset {
	struct ipent *v;
	size_t cap, n, max;
	uint64_t over; /* addresses not kept: the set was full */
};

static size_t ip_hash(const struct netaddr *a)
{
	size_t h = 1469598103934665603ULL ^ (size_t)a->family ^ ((size_t)a->prefix << 8);
	for (int i = 0; i < 16; i++)
		h = (h ^ a->a[i]) * 1099511628211ULL;
	return h;
}

/* The entry of a (added when missing); NULL when the set is full. */
static struct ipent *ipset_get(struct ipset *s, const struct netaddr *a)
{
	if (2 * (s->n + 1) > s->cap) {
		if (s->n >= s->max) {
			for (size_t j = ip_hash(a) & (s->cap - 1); s->v[j].used;
			     j = (j + 1) & (s->cap - 1))
				if (netaddr_equal(&s->v[j].a, a))
					return &s->v[j];
			s->over++;
			return NULL;
		}
		size_t ncap = s->cap ? s->cap * 2 : 16;
		struct ipent *nv = xcalloc(ncap, sizeof(*nv));
		for (size_t i = 0; i < s->cap; i++) {
			if (!s->v[i].used)
				continue;
			size_t j = ip_hash(&s->v[i].a) & (ncap - 1);
			while (nv[j].used)
				j = (j + 1) & (ncap - 1);
			nv[j] = s->v[i];
		}
		free(s->v);
		s->v = nv;
		s->cap = ncap;
	}
	size_t j = ip_hash(a) & (s->cap - 1);
	while (s->v[j].used && !netaddr_equal(&s->v[j].a, a))
		j = (j + 1) & (s->cap - 1);
	if (!s->v[j].used) {
		s->v[j].used = true;
		s->v[j].a = *a;
		s->n++;
	}
	return &s->v[j];
}

static const struct ipent *ipset_find(const struct ipset *s, const struct netaddr *a)
{
	if (!s->cap)
		return NULL;
	for (size_t j = ip_hash(a) & (s->cap - 1); s->v[j].used; j = (j + 1) & (s->cap - 1))
		if (netaddr_equal(&s->v[j].a, a))
			return &s->v[j];
	return NULL;
}

static void ipset_free(struct ipset *s)
{
	for (size_t i = 0; i < s->cap; i++)
		for (uint32_t k = 0; k < s->v[i].ntried && k < 4; k++)
			free(s->v[i].tried[k]);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static int cmp_ipent(const void *x, const void *y)
{
	const struct ipent *a = *(const struct ipent *const *)x,
	                   *b = *(const struct ipent *const *)y;
	uint64_t x1 = a->n + a->queued, y1 = b->n + b->queued;
	if (x1 != y1)
		return x1 > y1 ? -1 : 1;
	return memcmp(a->a.a, b->a.a, 16);
}

/* The used entries, most first: an array to free. */
static const struct ipent **ipset_sorted(const struct ipset *s)
{
	const struct ipent **v = xmalloc((s->n + 1) * sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < s->cap; i++)
		if (s->v[i].used)
			v[k++] = &s->v[i];
	qsort(v, k, sizeof(*v), cmp_ipent);
	return v;
}

/* ---- users ---- */

struct suser {
	char *name;
	uint64_t queued, logged, logins;
	struct ipset ips, nets;
	time_t first, last;
	/* logins from an address that had failed guess_failures times before */
	struct ipset guessed;
};

struct sasl_stats {
	struct suser *u;
	size_t n, cap;
	size_t *idx; /* hash: name -> index + 1 */
	size_t icap;
	uint64_t users_over;
	struct ipset fails;
	uint64_t fail_total;
	bool log_read;
	int files;
	struct log_stats st;
	time_t since;
};

struct sasl_stats *sasl_new(void)
{
	return xcalloc(1, sizeof(struct sasl_stats));
}

void sasl_free(struct sasl_stats *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++) {
		free(s->u[i].name);
		ipset_free(&s->u[i].ips);
		ipset_free(&s->u[i].nets);
		ipset_free(&s->u[i].guessed);
	}
	free(s->u);
	free(s->idx);
	ipset_free(&s->fails);
	free(s);
}

static struct suser *user_get(struct sasl_stats *s, const char *name)
{
	if (2 * (s->n + 1) > s->icap) {
		if (s->n >= SASL_MAX_USERS) {
			for (size_t j = hash_fnv1a(name) & (s->icap - 1); s->idx[j];
			     j = (j + 1) & (s->icap - 1))
				if (!strcmp(s->u[s->idx[j] - 1].name, name))
					return &s->u[s->idx[j] - 1];
			s->users_over++;
			return NULL;
		}
		size_t ncap = s->icap ? s->icap * 2 : 64;
		size_t *ni = xcalloc(ncap, sizeof(*ni));
		for (size_t i = 0; i < s->n; i++) {
			size_t j = hash_fnv1a(s->u[i].name) & (ncap - 1);
			while (ni[j])
				j = (j + 1) & (ncap - 1);
			ni[j] = i + 1;
		}
		free(s->idx);
		s->idx = ni;
		s->icap = ncap;
	}
	size_t j = hash_fnv1a(name) & (s->icap - 1);
	while (s->idx[j] && strcmp(s->u[s->idx[j] - 1].name, name))
		j = (j + 1) & (s->icap - 1);
	if (s->idx[j])
		return &s->u[s->idx[j] - 1];
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->u = xrealloc(s->u, s->cap * sizeof(*s->u));
	}
	struct suser *u = &s->u[s->n];
	memset(u, 0, sizeof(*u));
	u->name = xstrdup(name);
	u->ips.max = u->nets.max = SASL_MAX_IPS;
	u->guessed.max = 64;
	s->idx[j] = ++s->n;
	return u;
}

/* An address a login was used from: a queued message (queue) or a logged
 * login, with or without a message (log). */
static void user_ip(struct suser *u, const struct netaddr *a, bool queue, bool message)
{
	struct ipent *e = ipset_get(&u->ips, a);
	if (e) {
		e->queued += queue;
		e->n += !queue && message;
		e->logins += !queue;
	}
	struct netaddr net;
	netaddr_network(a, &net);
	ipset_get(&u->nets, &net);
}

void sasl_add_queued(struct sasl_stats *s, const char *user, const char *client)
{
	if (!s || !user || !*user)
		return;
	struct suser *u = user_get(s, user);
	if (!u)
		return;
	u->queued++;
	struct netaddr a;
	if (client && netaddr_parse_host(client, strlen(client), &a))
		user_ip(u, &a, true, true);
}

/* ---- the mail log ---- */

static bool on_event(void *ud, const struct log_source *src, const struct log_event *ev)
{
	(void)src;
	struct sasl_stats *s = ud;
	struct netaddr a;
	bool have = ev->client.n && netaddr_parse_host(ev->client.p, ev->client.n, &a);
	char user[256];
	size_t ul = ev->user.n < sizeof(user) - 1 ? ev->user.n : sizeof(user) - 1;
	memcpy(user, ev->user.p ? ev->user.p : "", ul);
	user[ul] = '\0';
	if (ev->type == LOG_EV_LOGIN_FAIL) {
		s->fail_total++;
		if (!have)
			return true;
		struct ipent *e = ipset_get(&s->fails, &a);
		if (!e)
			return true;
		e->n++;
		if (*user) {
			bool seen = false;
			for (uint32_t k = 0; k < e->ntried && k < 4 && !seen; k++)
				seen = !strcmp(e->tried[k], user);
			if (!seen) {
				if (e->ntried < 4)
					e->tried[e->ntried] = xstrdup(user);
				e->ntried++;
			}
		}
		return true;
	}
	if ((ev->type != LOG_EV_LOGIN && ev->type != LOG_EV_MESSAGE) || !*user)
		return true;
	struct suser *u = user_get(s, user);
	if (!u)
		return true;
	bool msg = ev->type == LOG_EV_MESSAGE;
	u->logins++;
	u->logged += msg;
	if (ev->time) {
		if (!u->first || ev->time < u->first)
			u->first = ev->time;
		if (ev->time > u->last)
			u->last = ev->time;
	}
	if (have) {
		user_ip(u, &a, false, msg);
		/* failures from this address before this login: a guessed password */
		const struct ipent *f = ipset_find(&s->fails, &a);
		if (f && f->n >= mq_set.guess_failures) {
			struct ipent *g = ipset_get(&u->guessed, &a);
			if (g)
				g->n = f->n;
		}
	}
	return true;
}

int sasl_read_logs(struct sasl_stats *s, struct hs_ctx *ctx)
{
	if (!&log_mail)
		return 0;
	struct log_sources srcs = {0};
	log_sources_discover(ctx, LOG_FAM_MAIL, &srcs); /* [logs] mail_logs, else the usual */
	uint64_t window = ctx->since ? ctx->since : mq_set.log_window;
	s->since = window ? time(NULL) - (time_t)window : 0;
	s->fails.max = SASL_MAX_FAIL_IPS;
	int rc = 0;
	for (size_t i = 0; i < srcs.n; i++) {
		uint64_t before = s->st.files;
		if (log_read_source(ctx, &srcs.v[i], s->since, NULL, on_event, s, &s->st) < 0)
			rc = -1;
		if (s->st.files > before)
			s->files++;
	}
	s->log_read = true;
	log_sources_free(&srcs);
	return rc < 0 ? -1 : s->files;
}

/* ---- which account a mailbox belongs to ---- */

/* "domain: user" files of the panels. */
static const char *domain_file_lookup(struct hs_ctx *ctx, const char *file, const char *domain,
                                      char *buf, size_t blen)
{
	char *p = ctx_host_path(ctx, file);
	FILE *fp = fopen(p, "re");
	free(p);
	if (!fp)
		return NULL;
	char line[1024];
	const char *found = NULL;
	size_t dl = strlen(domain);
	while (!found && fgets(line, sizeof(line), fp)) {
		if (strncasecmp(line, domain, dl) || line[dl] != ':')
			continue;
		char *v = line + dl + 1;
		v += strspn(v, " \t");
		v[strcspn(v, " \t\r\n")] = '\0';
		if (*v) {
			snprintf(buf, blen, "%s", v);
			found = buf;
		}
	}
	fclose(fp);
	return found;
}

const char *sasl_account_of(struct hs_ctx *ctx, const char *user)
{
	const struct accounts *a = ctx->accounts;
	uid_t uid;
	const char *at = strrchr(user, '@');
	if (!at) {
		if (accounts_uid_of(a, user, &uid) && accounts_is_hosting_uid(a, uid))
			return user;
		return NULL;
	}
	const char *dom = at + 1;
	if (!*dom || strchr(dom, '/') || strlen(dom) > 253)
		return NULL;
	static char buf[256];
	const char *acct = domain_file_lookup(ctx, "/etc/userdomains", dom, buf, sizeof(buf));
	if (!acct)
		acct = domain_file_lookup(ctx, "/etc/virtual/domainowners", dom, buf, sizeof(buf));
	if (acct && accounts_uid_of(a, acct, &uid))
		return accounts_user_name(a, uid); /* a pointer that lives on */
	/* a domain is letters, digits, dots and dashes (it goes into a glob) */
	for (const char *p = dom; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
			return NULL;
	if (strstr(dom, ".."))
		return NULL;
	/* the panels' per-domain directories: the owner is the account */
	static const char *const layouts[] = {"/home/*/domains/%s", "/var/www/vhosts/%s",
	                                      "/home/*/%s/public_html"};
	for (size_t i = 0; i < HS_ARRAY_LEN(layouts); i++) {
		char pat[512];
		snprintf(pat, sizeof(pat), layouts[i], dom);
		char *host = ctx_host_path(ctx, pat);
		glob_t g;
		const char *found = NULL;
		if (glob(host, GLOB_NOSORT | GLOB_ONLYDIR, NULL, &g) == 0) {
			for (size_t k = 0; k < g.gl_pathc && !found; k++) {
				struct stat st;
				if (lstat(g.gl_pathv[k], &st) == 0 && S_ISDIR(st.st_mode) &&
				    accounts_is_hosting_uid(a, st.st_uid))
					found = accounts_user_name(a, st.st_uid);
			}
			globfree(&g);
		}
		free(host);
		if (found)
			return found;
	}
	/* a docroot with the domain as a path component */
	size_t dl = strlen(dom);
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(a, i);
		if (!d)
			break;
		if (!d->account)
			continue;
		for (const char *p = d->path; (p = strchr(p, '/'));) {
			p++;
			if (!strncasecmp(p, dom, dl) && (p[dl] == '/' || !p[dl]))
				return d->account;
		}
	}
	return NULL;
}

/* ---- report ---- */

static json_t *user_json(const struct suser *u, struct hs_ctx *ctx, uint64_t queued, size_t top)
{
	json_t *o = json_object();
	char *e = hs_escape(u->name);
	json_object_set_new(o, "user", json_string(e));
	free(e);
	const char *acct = sasl_account_of(ctx, u->name);
	json_object_set_new(o, "account", acct ? json_string(acct) : json_null());
	json_object_set_new(o, "queued", json_integer((json_int_t)queued));
	json_object_set_new(o, "logged_messages", json_integer((json_int_t)u->logged));
	json_object_set_new(o, "logins", json_integer((json_int_t)u->logins));
	json_object_set_new(o, "client_ips", json_integer((json_int_t)(u->ips.n + u->ips.over)));
	json_object_set_new(o, "networks", json_integer((json_int_t)(u->nets.n + u->nets.over)));
	json_object_set_new(o, "first_seen", u->first ? json_integer(u->first) : json_null());
	json_object_set_new(o, "last_seen", u->last ? json_integer(u->last) : json_null());
	const struct ipent **v = ipset_sorted(&u->ips);
	json_t *t = json_array();
	for (size_t i = 0; i < u->ips.n && i < top; i++) {
		char b[NETADDR_STRLEN];
		netaddr_format(&v[i]->a, b, sizeof(b));
		json_t *x = json_object();
		json_object_set_new(x, "ip", json_string(b));
		json_object_set_new(x, "queued", json_integer((json_int_t)v[i]->queued));
		json_object_set_new(x, "logged_messages", json_integer((json_int_t)v[i]->n));
		json_object_set_new(x, "logins", json_integer((json_int_t)v[i]->logins));
		json_array_append_new(t, x);
	}
	free(v);
	json_object_set_new(o, "top_clients", t);
	return o;
}

static int cmp_users(const void *x, const void *y)
{
	const struct suser *a = *(const struct suser *const *)x,
	                   *b = *(const struct suser *const *)y;
	uint64_t na = a->queued > a->logged ? a->queued : a->logged;
	uint64_t nb = b->queued > b->logged ? b->queued : b->logged;
	if (na != nb)
		return na > nb ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Addresses to block for a stolen login: those that guessed it, else every
 * address it was used from (most messages first), at most `max`. */
static json_t *block_list(const struct suser *u, size_t max)
{
	json_t *a = json_array();
	const struct ipset *s = u->guessed.n ? &u->guessed : &u->ips;
	const struct ipent **v = ipset_sorted(s);
	for (size_t i = 0; i < s->n && json_array_size(a) < max; i++) {
		if (netaddr_is_loopback(&v[i]->a))
			continue; /* webmail on this host: never an attacker's address */
		char b[NETADDR_STRLEN];
		netaddr_format(&v[i]->a, b, sizeof(b));
		json_array_append_new(a, json_string(b));
	}
	free(v);
	return a;
}

static void user_finding(struct sasl_stats *s, struct hs_ctx *ctx, const struct suser *u,
                         uint64_t queued, const void *run, sasl_scale_fn scale)
{
	(void)s;
	(void)run;
	(void)scale;
	uint64_t msgs = queued > u->logged ? queued : u->logged;
	uint64_t nets = u->nets.n + u->nets.over;
	bool many = msgs >= mq_set.sasl_messages && nets >= mq_set.sasl_networks;
	bool guessed = u->guessed.n > 0;
	if (!many && !guessed)
		return;
	struct finding *f = finding_new("mailauth");
	f->key = xasprintf("sasl:%s", u->name);
	if (many)
		finding_add_rule(f, "mailauth.many_networks", HS_SEV_HIGH,
		                 "mail,sasl,stolen-login");
	if (guessed)
		finding_add_rule(f, "mailauth.guessed", HS_SEV_HIGH, "mail,sasl,bruteforce");
	if (many && guessed)
		finding_add_rule(f, "mailauth.guessed_and_spread", HS_SEV_CRITICAL,
		                 "mail,sasl,stolen-login");
	const char *acct = sasl_account_of(ctx, u->name);
	if (acct)
		f->account = xstrdup(acct);
	finding_set_str(f, "sasl_user", u->name);
	json_t *j = user_json(u, ctx, queued, 10);
	const char *k;
	json_t *v;
	json_object_foreach(j, k, v)
	{
		if (!strcmp(k, "user") || !strcmp(k, "account"))
			continue;
		finding_set_json(f, k, json_incref(v));
	}
	json_decref(j);
	if (guessed) {
		const struct ipent **g = ipset_sorted(&u->guessed);
		json_t *a = json_array();
		for (size_t i = 0; i < u->guessed.n && i < 10; i++) {
			char b[NETADDR_STRLEN];
			netaddr_format(&g[i]->a, b, sizeof(b));
			json_t *x = json_object();
			json_object_set_new(x, "ip", json_string(b));
			json_object_set_new(x, "failures_before",
			                    json_integer((json_int_t)g[i]->n));
			json_array_append_new(a, x);
		}
		free(g);
		finding_set_json(f, "guessed_from", a);
	}
	finding_set_json(f, "block_ips", block_list(u, 50));
	report_finding(ctx->rep, f);
}

static void fail_finding(struct hs_ctx *ctx, const struct ipent *e)
{
	char b[NETADDR_STRLEN];
	netaddr_format(&e->a, b, sizeof(b));
	struct finding *f = finding_new("mailauth");
	f->key = xasprintf("ip:%s", b);
	finding_add_rule(f, "mailauth.bruteforce", HS_SEV_MEDIUM, "mail,sasl,bruteforce");
	if (e->n >= 10 * mq_set.bruteforce_failures)
		finding_add_rule(f, "mailauth.bruteforce_heavy", HS_SEV_HIGH,
		                 "mail,sasl,bruteforce");
	finding_set_str(f, "client_ip", b);
	finding_set_int(f, "failures", (long long)e->n);
	json_t *t = json_array();
	for (uint32_t k = 0; k < e->ntried && k < 4; k++) {
		char *x = hs_escape(e->tried[k]);
		json_array_append_new(t, json_string(x));
		free(x);
	}
	finding_set_json(f, "logins_tried", t);
	finding_set_int(f, "distinct_logins_tried", (long long)e->ntried);
	json_t *bl = json_array();
	if (!netaddr_is_loopback(&e->a))
		json_array_append_new(bl, json_string(b));
	finding_set_json(f, "block_ips", bl);
	report_finding(ctx->rep, f);
}

void sasl_report(struct sasl_stats *s, struct hs_ctx *ctx, const void *run, sasl_scale_fn scale,
                 uint64_t queue_total, bool findings, bool brief, json_t *mailq_summary)
{
	(void)queue_total;
	struct report *rep = ctx->rep;
	size_t top = (size_t)mq_set.top;
	const struct suser **us = xmalloc((s->n + 1) * sizeof(*us));
	for (size_t i = 0; i < s->n; i++)
		us[i] = &s->u[i];
	qsort(us, s->n, sizeof(*us), cmp_users);

	json_t *o = json_object();
	json_object_set_new(o, "log_read", json_boolean(s->log_read));
	json_object_set_new(o, "log_files", json_integer(s->files));
	json_object_set_new(o, "window_start", s->since ? json_integer(s->since) : json_null());
	json_object_set_new(o, "log_lines", json_integer((json_int_t)s->st.lines));
	json_object_set_new(o, "bad_lines",
	                    json_integer((json_int_t)(s->st.bad_fields + s->st.bad_long)));
	json_object_set_new(o, "users", json_integer((json_int_t)(s->n + s->users_over)));
	json_t *ua = json_array();
	for (size_t i = 0; i < s->n && i < top; i++)
		json_array_append_new(ua, user_json(us[i], ctx, scale(run, us[i]->queued), 5));
	json_object_set_new(o, "top_users", ua);
	json_t *fo = json_object();
	json_object_set_new(fo, "total", json_integer((json_int_t)s->fail_total));
	json_object_set_new(fo, "distinct_ips",
	                    json_integer((json_int_t)(s->fails.n + s->fails.over)));
	const struct ipent **fv = ipset_sorted(&s->fails);
	json_t *fa = json_array();
	for (size_t i = 0; i < s->fails.n && i < top; i++) {
		char b[NETADDR_STRLEN];
		netaddr_format(&fv[i]->a, b, sizeof(b));
		json_t *x = json_object();
		json_object_set_new(x, "ip", json_string(b));
		json_object_set_new(x, "failures", json_integer((json_int_t)fv[i]->n));
		json_object_set_new(x, "distinct_logins", json_integer(fv[i]->ntried));
		json_array_append_new(fa, x);
	}
	json_object_set_new(fo, "top_ips", fa);
	json_object_set_new(o, "auth_failures", fo);
	json_object_set_new(mailq_summary, "sasl", o);

	/* text: only what there is (no header without lines under it) */
	size_t tn = brief ? 3 : top;
	if (s->n) {
		report_add_text_summary(rep,
		                        "  SASL senders (%zu; queued, logged in the window, "
		                        "client IPs, networks):",
		                        s->n);
		for (size_t i = 0; i < s->n && i < tn; i++) {
			char *e = hs_escape(us[i]->name);
			const char *acct = sasl_account_of(ctx, us[i]->name);
			char *ea = acct ? hs_escape(acct) : NULL;
			report_add_text_summary(
			    rep, "    %8llu queued %8llu logged %5zu IPs %5zu /16s  %s%s%s%s",
			    (unsigned long long)scale(run, us[i]->queued),
			    (unsigned long long)us[i]->logged, us[i]->ips.n + us[i]->ips.over,
			    us[i]->nets.n + us[i]->nets.over, e, ea ? " (account " : "",
			    ea ? ea : "", ea ? ")" : "");
			free(e);
			free(ea);
		}
	}
	if (s->fail_total) {
		report_add_text_summary(
		    rep, "  AUTH failures in the window: %llu from %zu addresses; top:",
		    (unsigned long long)s->fail_total, s->fails.n + s->fails.over);
		for (size_t i = 0; i < s->fails.n && i < tn; i++) {
			char b[NETADDR_STRLEN];
			netaddr_format(&fv[i]->a, b, sizeof(b));
			report_add_text_summary(rep, "    %8llu  %s (%u logins tried)",
			                        (unsigned long long)fv[i]->n, b, fv[i]->ntried);
		}
	}
	if (findings) {
		for (size_t i = 0; i < s->n; i++)
			user_finding(s, ctx, us[i], scale(run, us[i]->queued), run, scale);
		for (size_t i = 0; i < s->fails.n; i++)
			if (fv[i]->n >= mq_set.bruteforce_failures)
				fail_finding(ctx, fv[i]);
	}
	free(fv);
	free(us);
}
