/* Mail queue watch, the common part: MTA detection, the two passes over the
 * spool (count by readdir; then ages and a bounded attribution sample),
 * grouping and top N, thresholds, the growth state file, the [mailq]
 * config section, findings and the report summary. The MTA-specific parts
 * are the backends (mailq_*.c); the outputs are cmd_mailq.c and
 * prometheus.c. */
#include "mail/mailq.h"

#include "escape.h"
#include "mail/mail_sasl.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *mailq_prometheus_path;

/* ---- settings: the [mailq] section ---- */

struct mailq_settings mq_set = {
    .mta = NULL,
    .count_warn = NULL,
    .count_crit = NULL,
    .age_warn = 4 * 3600,
    .age_crit = 24 * 3600,
    .top = 10,
    .sample = 20000,
    .max_read = 64 * 1024,
    .log_window = 24 * 3600,
    .sasl_messages = 50,
    .sasl_networks = 5,
    .guess_failures = 10,
    .bruteforce_failures = 100,
};

static const char *const mta_names[] = {"auto", "postfix", "exim", "sendmail", "qmail"};

static void set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = v && *v ? xstrdup(v) : NULL;
}

__attribute__((destructor)) static void mq_settings_free(void)
{
	set_str(&mq_set.mta, NULL);
	set_str(&mq_set.queue_dir, NULL);
	set_str(&mq_set.count_warn, NULL);
	set_str(&mq_set.count_crit, NULL);
	set_str(&mq_set.prometheus, NULL);
	set_str(&mq_set.mta_config, NULL);
	set_str(&mq_set.mta_command, NULL);
	set_str(&mailq_prometheus_path, NULL);
}

int mailq_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	uint64_t u;
	struct nrange nr;
	if (!strcmp(key, "mta")) {
		for (size_t i = 0; i < HS_ARRAY_LEN(mta_names); i++)
			if (!strcmp(value, mta_names[i])) {
				set_str(&mq_set.mta, i ? value : NULL);
				return 1;
			}
		snprintf(err, errlen, "mta: expected auto, postfix, exim, sendmail or qmail");
		return -1;
	}
	if (!strcmp(key, "queue_dir")) {
		if (*value && value[0] != '/') {
			snprintf(err, errlen, "queue_dir: expected an absolute path");
			return -1;
		}
		set_str(&mq_set.queue_dir, value);
		return 1;
	}
	if (!strcmp(key, "warning") || !strcmp(key, "critical")) {
		if (!nrange_parse(value, &nr)) {
			snprintf(err, errlen,
			         "%s: expected a count or a Nagios range (500, 10:, @1:9)", key);
			return -1;
		}
		set_str(key[0] == 'w' ? &mq_set.count_warn : &mq_set.count_crit, value);
		return 1;
	}
	if (!strcmp(key, "age_warning") || !strcmp(key, "age_critical")) {
		if (!parse_duration(value, &u)) {
			snprintf(err, errlen, "%s: expected a duration (90m, 4h, 2d; 0 = none)",
			         key);
			return -1;
		}
		*(key[4] == 'w' ? &mq_set.age_warn : &mq_set.age_crit) = u;
		return 1;
	}
	if (!strcmp(key, "top") || !strcmp(key, "sample")) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(value, &end, 10);
		bool top = key[0] == 't';
		if (errno || end == value || *end || (top && (v < 1 || v > 100)) ||
		    (!top && v > 10000000)) {
			snprintf(err, errlen, "%s: expected %s", key,
			         top ? "1..100" : "a number of messages (0 = no attribution)");
			return -1;
		}
		*(top ? &mq_set.top : &mq_set.sample) = v;
		return 1;
	}
	if (!strcmp(key, "max_read")) {
		if (!parse_size(value, &u) || u < 1024 || u > 64ULL << 20) {
			snprintf(err, errlen, "max_read: expected a size between 1K and 64M");
			return -1;
		}
		mq_set.max_read = u;
		return 1;
	}
	if (!strcmp(key, "mta_config") || !strcmp(key, "mta_command")) {
		if (*value && value[0] != '/') {
			snprintf(err, errlen, "%s: expected an absolute path", key);
			return -1;
		}
		set_str(!strcmp(key, "mta_config") ? &mq_set.mta_config : &mq_set.mta_command,
		        value);
		return 1;
	}
	if (!strcmp(key, "log_window")) {
		if (!parse_duration(value, &u)) {
			snprintf(err, errlen, "log_window: expected a duration (24h, 7d; 0 = all)");
			return -1;
		}
		mq_set.log_window = u;
		return 1;
	}
	static const struct {
		const char *key;
		uint64_t *dst;
	} counts[] = {
	    {"sasl_messages", &mq_set.sasl_messages},
	    {"sasl_networks", &mq_set.sasl_networks},
	    {"guess_failures", &mq_set.guess_failures},
	    {"bruteforce_failures", &mq_set.bruteforce_failures},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(counts); i++) {
		if (strcmp(key, counts[i].key))
			continue;
		char *end;
		errno = 0;
		unsigned long long v = strtoull(value, &end, 10);
		if (errno || end == value || *end || v < 1 || v > 100000000) {
			snprintf(err, errlen, "%s: expected a count of at least 1", key);
			return -1;
		}
		*counts[i].dst = v;
		return 1;
	}
	if (!strcmp(key, "prometheus")) {
		if (*value && value[0] != '/') {
			snprintf(err, errlen, "prometheus: expected an absolute path");
			return -1;
		}
		set_str(&mq_set.prometheus, value);
		return 1;
	}
	return 0;
}

/* ---- Nagios ranges: [@][start:][end], "~" for minus infinity ---- */

bool nrange_parse(const char *s, struct nrange *r)
{
	memset(r, 0, sizeof(*r));
	r->hi_inf = true;
	if (!s || !*s)
		return false;
	if (*s == '@') {
		r->inside = true;
		s++;
	}
	const char *colon = strchr(s, ':');
	char *end;
	if (colon) {
		if (s[0] == '~' && s + 1 == colon) {
			r->lo_inf = true;
		} else {
			r->lo = strtod(s, &end);
			if (end != colon || end == s)
				return false;
		}
		s = colon + 1;
	}
	if (*s) {
		r->hi = strtod(s, &end);
		if (*end || end == s)
			return false;
		r->hi_inf = false;
	}
	if (!r->lo_inf && !r->hi_inf && r->lo > r->hi)
		return false;
	r->set = true;
	return true;
}

bool nrange_alert(const struct nrange *r, double v)
{
	if (!r->set)
		return false;
	bool in = (r->lo_inf || v >= r->lo) && (r->hi_inf || v <= r->hi);
	return r->inside ? in : !in;
}

/* ---- helpers for the backends ---- */

int mq_read(struct mq_run *r, int fd, struct mq_buf *b)
{
	size_t cap = (size_t)mq_set.max_read;
	b->data = xmalloc(cap + 1);
	b->len = 0;
	b->truncated = false;
	while (b->len < cap) {
		ssize_t n = read(fd, b->data + b->len, cap - b->len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
	}
	if (b->len == cap) {
		char c;
		b->truncated = read(fd, &c, 1) == 1;
	}
	b->data[b->len] = '\0';
	(void)r;
	return 0;
}

void mq_buf_free(struct mq_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
}

void mq_msg_set(char **field, const char *s, size_t len)
{
	/* trim blanks and angle brackets */
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' ||
	               s[len - 1] == '\n'))
		len--;
	if (len > 256)
		len = 256; /* bounded: a key in a table (sample x groups) and a label value */
	free(*field);
	*field = xstrndup(s, len);
}

static void msg_free(struct mq_msg *m)
{
	free(m->sender);
	free(m->login);
	free(m->auth);
	free(m->script);
	free(m->client);
	memset(m, 0, sizeof(*m));
}

static bool name_is(const char *name, size_t nlen, const char *want)
{
	return strlen(want) == nlen && strncasecmp(name, want, nlen) == 0;
}

static const char *memmem_ci(const char *h, size_t hl, const char *needle)
{
	size_t nl = strlen(needle);
	for (size_t i = 0; i + nl <= hl; i++)
		if (strncasecmp(h + i, needle, nl) == 0)
			return h + i;
	return NULL;
}

static long long parse_uid(const char *p, const char *end)
{
	long long v = 0;
	const char *s = p;
	while (p < end && *p >= '0' && *p <= '9' && v < 100000000000LL)
		v = v * 10 + (*p++ - '0');
	return p == s ? -1 : v;
}

void mq_header(struct mq_msg *m, const char *name, size_t nlen, const char *v, size_t vlen)
{
	const char *end = v + vlen;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	vlen = (size_t)(end - v);
	if (name_is(name, nlen, "X-PHP-Originating-Script")) {
		if (!m->script) {
			mq_msg_set(&m->script, v, vlen);
			m->script_uid = parse_uid(v, end);
			const char *c = memchr(v, ':', vlen);
			if (!c || m->script_uid < 0 || (size_t)(c - v) > 11)
				m->script_uid = -1;
		}
	} else if (name_is(name, nlen, "X-PHP-Script")) {
		/* third-party patches: "host/path/x.php for 1.2.3.4" or a file path */
		if (!m->script) {
			const char *f = memmem_ci(v, vlen, " for ");
			mq_msg_set(&m->script, v, f ? (size_t)(f - v) : vlen);
		}
	} else if (name_is(name, nlen, "Received")) {
		const char *p;
		if (m->uid < 0 && (p = memmem_ci(v, vlen, "from userid "))) /* postfix pickup */
			m->uid = parse_uid(p + 12, end);
		else if (m->uid < 0 && (p = memmem_ci(v, vlen, "invoked by uid "))) /* qmail */
			m->uid = parse_uid(p + 15, end);
		else if (!m->login && vlen > 7 && !strncmp(v, "(from ", 6) &&
		         (p = memmem_ci(v, vlen, "@localhost)"))) /* sendmail MSP */
			mq_msg_set(&m->login, v + 6, (size_t)(p - v - 6));
	} else if (name_is(name, nlen, "X-Authenticated-Sender") ||
	           name_is(name, nlen, "X-Sender-Auth")) {
		if (!m->auth)
			mq_msg_set(&m->auth, v, vlen);
	}
}

void mq_headers_block(struct mq_msg *m, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	char *unfolded = NULL;
	size_t cap = 0;
	while (p < end && *p != '\n' && !(*p == '\r' && p + 1 < end && p[1] == '\n')) {
		/* one header: up to a newline not followed by a blank */
		const char *h = p;
		const char *e = p;
		for (;;) {
			const char *nl = memchr(e, '\n', (size_t)(end - e));
			if (!nl) {
				e = end;
				break;
			}
			e = nl + 1;
			if (e >= end || (*e != ' ' && *e != '\t'))
				break;
		}
		p = e;
		const char *colon = memchr(h, ':', (size_t)(e - h));
		if (!colon)
			continue; /* not a header line: skip it */
		size_t vlen = (size_t)(e - colon - 1);
		if (vlen + 1 > cap) {
			cap = vlen + 1;
			unfolded = xrealloc(unfolded, cap);
		}
		size_t k = 0;
		for (const char *q = colon + 1; q < e; q++)
			if (*q != '\n' && *q != '\r')
				unfolded[k++] = *q;
		mq_header(m, h, (size_t)(colon - h), unfolded, k);
	}
	free(unfolded);
}

int mq_opendir_at(int dirfd, const char *name)
{
	return openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

bool mq_each_file(struct mq_run *r, int queue, int fd, mq_visit_fn visit)
{
	lseek(fd, 0, SEEK_SET); /* a dup of fd may have been read already */
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return true;
	}
	struct dirent *de;
	bool go = true;
	while (go && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		unsigned char t = de->d_type;
		if (t == DT_UNKNOWN) {
			struct stat st;
			if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
				continue;
			t = S_ISREG(st.st_mode) ? DT_REG : DT_DIR;
		}
		if (t != DT_REG)
			continue;
		go = visit(r, queue, dirfd(d), de->d_name, t);
	}
	closedir(d);
	return go;
}

/* ---- groups: string → count hash tables ---- */

struct gent {
	char *key;
	uint64_t n;
};
struct gtab {
	struct gent *v;
	size_t cap, n;
	uint64_t none; /* messages with no value for this group */
};
struct mq_groups {
	struct gtab g[MQ_NGROUPS];
};

const char *const mq_group_names[MQ_NGROUPS] = {"sender",    "sender_domain", "user",
                                                "auth_user", "script",        "account"};

static void gtab_add(struct gtab *t, const char *key)
{
	if (!key) {
		t->none++;
		return;
	}
	if (2 * (t->n + 1) > t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 64;
		struct gent *nv = xcalloc(ncap, sizeof(*nv));
		for (size_t i = 0; i < t->cap; i++) {
			if (!t->v[i].key)
				continue;
			size_t j = hash_fnv1a(t->v[i].key) & (ncap - 1);
			while (nv[j].key)
				j = (j + 1) & (ncap - 1);
			nv[j] = t->v[i];
		}
		free(t->v);
		t->v = nv;
		t->cap = ncap;
	}
	size_t j = hash_fnv1a(key) & (t->cap - 1);
	while (t->v[j].key && strcmp(t->v[j].key, key))
		j = (j + 1) & (t->cap - 1);
	if (!t->v[j].key) {
		t->v[j].key = xstrdup(key);
		t->n++;
	}
	t->v[j].n++;
}

static int cmp_gent(const void *a, const void *b)
{
	const struct gent *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

size_t mq_top(const struct mq_run *r, int group, size_t n, const char ***keys, uint64_t **counts,
              uint64_t *none, size_t *distinct)
{
	const struct mq_groups *gs = r->groups;
	*keys = NULL;
	*counts = NULL;
	*none = 0;
	*distinct = 0;
	if (!gs)
		return 0;
	const struct gtab *t = &gs->g[group];
	*none = t->none;
	*distinct = t->n;
	if (!t->n)
		return 0;
	struct gent *all = xmalloc(t->n * sizeof(*all));
	size_t k = 0;
	for (size_t i = 0; i < t->cap; i++)
		if (t->v[i].key)
			all[k++] = t->v[i];
	qsort(all, k, sizeof(*all), cmp_gent);
	if (k > n)
		k = n;
	*keys = xmalloc(k * sizeof(**keys));
	*counts = xmalloc(k * sizeof(**counts));
	for (size_t i = 0; i < k; i++) {
		(*keys)[i] = all[i].key;
		(*counts)[i] = all[i].n;
	}
	free(all);
	return k;
}

static void groups_free(struct mq_groups *gs)
{
	if (!gs)
		return;
	for (int g = 0; g < MQ_NGROUPS; g++) {
		for (size_t i = 0; i < gs->g[g].cap; i++)
			free(gs->g[g].v[i].key);
		free(gs->g[g].v);
	}
	free(gs);
}

/* The hosting account of a message: the PHP script's owner, the submitting
 * user, a script path in a docroot, an SMTP login that is an account. */
static const char *msg_account(struct mq_run *r, const struct mq_msg *m, const char *user)
{
	const struct accounts *a = r->ctx->accounts;
	if (m->script_uid >= 0 && accounts_is_hosting_uid(a, (uid_t)m->script_uid))
		return accounts_user_name(a, (uid_t)m->script_uid);
	if (m->uid >= 0 && accounts_is_hosting_uid(a, (uid_t)m->uid))
		return accounts_user_name(a, (uid_t)m->uid);
	uid_t u;
	if (user && accounts_uid_of(a, user, &u) && accounts_is_hosting_uid(a, u))
		return user;
	if (m->script && m->script[0] == '/') {
		const char *acct = accounts_for_path(a, m->script);
		if (acct)
			return acct;
	}
	if (m->auth)
		return sasl_account_of(r->ctx, m->auth); /* the login, or its domain's owner */
	return NULL;
}

const char *mq_msg_account(struct mq_run *r, const struct mq_msg *m)
{
	const char *user = NULL;
	if (m->uid >= 0)
		user = accounts_user_name(r->ctx->accounts, (uid_t)m->uid);
	else if (m->login)
		user = m->login;
	return msg_account(r, m, user);
}

static void msg_group(struct mq_run *r, const struct mq_msg *m)
{
	struct mq_groups *gs = r->groups;
	char uidbuf[32];
	const char *user = NULL;
	if (m->uid >= 0) {
		user = accounts_user_name(r->ctx->accounts, (uid_t)m->uid);
		if (!user) {
			snprintf(uidbuf, sizeof(uidbuf), "uid %lld", m->uid);
			user = uidbuf;
		}
	} else if (m->login) {
		user = m->login;
	}
	gtab_add(&gs->g[MQ_G_SENDER], m->sender);
	const char *at = m->sender ? strrchr(m->sender, '@') : NULL;
	char *dom = NULL;
	if (at && at[1]) {
		dom = xstrdup(at + 1);
		for (char *p = dom; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p + 32);
	}
	gtab_add(&gs->g[MQ_G_DOMAIN], dom);
	free(dom);
	gtab_add(&gs->g[MQ_G_USER], user);
	gtab_add(&gs->g[MQ_G_AUTH], m->auth);
	gtab_add(&gs->g[MQ_G_SCRIPT], m->script);
	gtab_add(&gs->g[MQ_G_ACCOUNT], msg_account(r, m, user == uidbuf ? NULL : user));
}

/* ---- the passes ---- */

static bool visit_count(struct mq_run *r, int queue, int dirfd, const char *name,
                        unsigned char d_type)
{
	(void)dirfd;
	(void)name;
	(void)d_type;
	r->count[queue]++;
	return true;
}

static bool visit_detail(struct mq_run *r, int queue, int dirfd, const char *name,
                         unsigned char d_type)
{
	(void)d_type;
	bool msg = r->be->in_total[queue];
	bool take = msg && mq_set.sample && r->seen % r->stride == 0 &&
	            r->sampled + r->unreadable + r->in_progress < mq_set.sample;
	if (msg)
		r->seen++;
	time_t arr = 0;
	struct stat st;
	bool have_st = false;
	if (r->be->arrival) {
		arr = r->be->arrival(r, queue, dirfd, name, NULL);
		if (arr < 0) {
			/* the backend needs a stat */
			if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
				if (errno == ENOENT)
					r->vanished++;
				return true;
			}
			have_st = true;
			arr = r->be->arrival(r, queue, dirfd, name, &st);
		}
	}
	if (take) {
		int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		struct mq_msg m = {.uid = -1, .script_uid = -1};
		int rc = -1;
		if (fd < 0) {
			if (errno == ENOENT)
				r->vanished++;
		} else if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
			have_st = true;
			rc = r->be->parse(r, queue, dirfd, name, fd, &st, &m);
		}
		if (fd >= 0)
			close(fd);
		if (rc == 0) {
			r->sampled++;
			msg_group(r, &m);
			sasl_add_queued(r->sasl, m.auth, m.client);
			if (arr <= 0 && m.arrival > 0)
				arr = m.arrival;
		} else if (rc == 1) {
			r->in_progress++; /* still being written: neither good nor bad */
		} else {
			/* broken, or gone between listing and reading (vanished is
			 * the part of unreadable that raced with the MTA) */
			r->unreadable++;
			hs_debug("%s/%s%s: unreadable queue file", r->spool_host, r->subdir, name);
		}
		msg_free(&m);
	}
	if (arr <= 0 && !have_st && fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0)
		have_st = true;
	if (arr <= 0 && have_st)
		arr = st.st_mtime; /* the best a file can tell */
	if (arr > 0 && (!r->oldest[queue] || arr < r->oldest[queue]))
		r->oldest[queue] = arr;
	return true;
}

static bool exists_under(struct hs_ctx *ctx, const char *logical, bool dir)
{
	char *p = ctx_host_path(ctx, logical);
	struct stat st;
	bool ok = lstat(p, &st) == 0 && (dir ? S_ISDIR(st.st_mode) : !S_ISDIR(st.st_mode));
	free(p);
	return ok;
}

static const struct mailq_backend *const backends[] = {&mailq_postfix, &mailq_exim, &mailq_qmail,
                                                       &mailq_sendmail};

static bool has_marker(struct hs_ctx *ctx, const char *spool, const char *marker)
{
	char *p = path_join(spool, marker);
	bool ok = exists_under(ctx, p, true);
	free(p);
	return ok;
}

/* The spool of a backend: queue_dir from the config, else the MTA's own
 * config, else the first candidate that exists. */
static char *backend_spool(struct mq_run *r, const struct mailq_backend *be, bool forced)
{
	if (mq_set.queue_dir)
		return forced || has_marker(r->ctx, mq_set.queue_dir, be->marker)
		           ? xstrdup(mq_set.queue_dir)
		           : NULL;
	r->be = be;
	char *s = be->config_spool ? be->config_spool(r) : NULL;
	if (s && has_marker(r->ctx, s, be->marker))
		return s;
	free(s);
	for (size_t i = 0; be->spools[i]; i++)
		if (has_marker(r->ctx, be->spools[i], be->marker))
			return xstrdup(be->spools[i]);
	return forced ? xstrdup(be->spools[0]) : NULL;
}

static const struct mailq_backend *detect(struct mq_run *r, char **spool)
{
	const struct mailq_backend *best = NULL;
	int best_score = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(backends); i++) {
		const struct mailq_backend *be = backends[i];
		if (mq_set.mta) {
			if (!strcmp(mq_set.mta, be->name)) {
				*spool = backend_spool(r, be, true);
				return be;
			}
			continue;
		}
		char *s = backend_spool(r, be, false);
		if (!s)
			continue;
		int score = 1;
		for (size_t k = 0; be->binaries[k]; k++)
			if (exists_under(r->ctx, be->binaries[k], false)) {
				score = 2;
				break;
			}
		if (score > best_score) {
			free(*spool);
			*spool = s;
			best = be;
			best_score = score;
		} else {
			free(s);
		}
	}
	return best;
}

struct mq_run *mailq_collect(struct hs_ctx *ctx, bool count_only, char *err, size_t errlen)
{
	struct mq_run *r = xcalloc(1, sizeof(*r));
	r->ctx = ctx;
	r->spool_fd = -1;
	r->now = time(NULL);
	r->count_only = count_only;
	char *spool = NULL;
	const struct mailq_backend *be = detect(r, &spool);
	if (!be) {
		snprintf(err, errlen,
		         "no mail queue found (postfix, exim, qmail, sendmail); "
		         "set [mailq] mta and queue_dir");
		free(r);
		return NULL;
	}
	r->be = be;
	r->spool = spool;
	r->spool_host = ctx_host_path(ctx, spool);
	while (be->queues[r->nqueues])
		r->nqueues++;
	r->spool_fd = open(r->spool_host, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (r->spool_fd < 0) {
		snprintf(err, errlen, "%s queue %s: %s", be->name, r->spool_host, strerror(errno));
		r->error = true;
		return r;
	}
	if (be->scan(r, visit_count) < 0) {
		snprintf(err, errlen, "%s queue %s: cannot be read", be->name, r->spool_host);
		r->error = true;
		return r;
	}
	if (count_only)
		return r;
	uint64_t total = mailq_total(r);
	r->stride = 1;
	if (mq_set.sample && total > mq_set.sample)
		r->stride = (total + mq_set.sample - 1) / mq_set.sample;
	r->groups = xcalloc(1, sizeof(struct mq_groups));
	r->sasl = sasl_new();
	be->scan(r, visit_detail);
	return r;
}

void mailq_free(struct mq_run *r)
{
	if (!r)
		return;
	if (r->spool_fd >= 0)
		close(r->spool_fd);
	groups_free(r->groups);
	sasl_free(r->sasl);
	free(r->spool);
	free(r->spool_host);
	free(r);
}

uint64_t mailq_total(const struct mq_run *r)
{
	uint64_t t = 0;
	for (size_t q = 0; q < r->nqueues; q++)
		if (r->be->in_total[q])
			t += r->count[q];
	return t;
}

long long mailq_oldest_age(const struct mq_run *r, int queue)
{
	time_t o = 0;
	for (size_t q = 0; q < r->nqueues; q++) {
		if (queue >= 0 && (size_t)queue != q)
			continue;
		if (r->oldest[q] && (!o || r->oldest[q] < o))
			o = r->oldest[q];
	}
	if (!o)
		return 0;
	return o < r->now ? (long long)(r->now - o) : 0;
}

/* ---- growth: the last reading in STATE_DIR/mailq.state ---- */

bool mailq_growth(struct mq_run *r, bool quiet, double *per_minute, long long *since)
{
	const char *sd = r->ctx->cfg.state_dir;
	bool have = false;
	if (!sd || !*sd)
		return false;
	if (mkdir(sd, 0700) < 0 && errno != EEXIST) {
		if (!quiet)
			hs_warn("%s: %s (queue growth not recorded)", sd, strerror(errno));
		return false;
	}
	char *path = path_join(sd, "mailq.state");
	char *ident = xasprintf("%s %s", r->be->name, r->spool_host);
	FILE *fp = fopen(path, "re");
	if (fp) {
		char line[8192];
		long long t = 0, n = 0;
		bool same = false;
		while (fgets(line, sizeof(line), fp)) {
			line[strcspn(line, "\n")] = '\0';
			if (!strncmp(line, "queue ", 6))
				same = !strcmp(line + 6, ident);
			else if (!strncmp(line, "time ", 5))
				t = atoll(line + 5);
			else if (!strncmp(line, "total ", 6))
				n = atoll(line + 6);
		}
		fclose(fp);
		if (same && t > 0 && t < (long long)r->now) {
			*since = (long long)r->now - t;
			*per_minute = ((double)mailq_total(r) - (double)n) * 60.0 / (double)*since;
			have = true;
		}
	}
	char *tmp = xasprintf("%s.tmp.%d", path, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (out) {
		fprintf(out,
		        "# hostsweep mailq: the last reading\nqueue %s\ntime %lld\ntotal %llu\n",
		        ident, (long long)r->now, (unsigned long long)mailq_total(r));
		bool ok = fflush(out) == 0 && fsync(fileno(out)) == 0;
		ok = (fclose(out) == 0) && ok;
		if (!ok || rename(tmp, path) < 0) {
			unlink(tmp);
			if (!quiet)
				hs_warn("%s: cannot write the queue state", path);
		}
	} else {
		if (fd >= 0)
			close(fd);
		if (!quiet)
			hs_warn("%s: %s (queue growth not recorded)", tmp, strerror(errno));
	}
	free(tmp);
	free(ident);
	free(path);
	return have;
}

/* ---- thresholds and findings ---- */

static struct nrange count_range(bool crit)
{
	struct nrange nr = {0};
	const char *s = crit ? mq_set.count_crit : mq_set.count_warn;
	nrange_parse(s ? s : (crit ? "2000" : "500"), &nr);
	return nr;
}

const char *mailq_count_threshold(bool crit)
{
	const char *s = crit ? mq_set.count_crit : mq_set.count_warn;
	return s ? s : (crit ? "2000" : "500");
}

int mailq_state(const struct mq_run *r, const struct nrange *cw, const struct nrange *cc,
                uint64_t aw, uint64_t ac, struct strlist *why)
{
	uint64_t total = mailq_total(r);
	long long age = mailq_oldest_age(r, -1);
	int st = 0;
	if (nrange_alert(cc, (double)total)) {
		st = 2;
		strlist_add(why, "count critical");
	} else if (nrange_alert(cw, (double)total)) {
		st = 1;
		strlist_add(why, "count warning");
	}
	if (ac && (uint64_t)age > ac) {
		st = 2;
		strlist_add(why, "age critical");
	} else if (aw && (uint64_t)age > aw) {
		if (st < 1)
			st = 1;
		strlist_add(why, "age warning");
	}
	return st;
}

char *mq_fmt_age(long long s)
{
	if (s < 120)
		return xasprintf("%llds", s);
	if (s < 2 * 3600)
		return xasprintf("%lldm", s / 60);
	if (s < 2 * 86400)
		return xasprintf("%lldh%02lldm", s / 3600, (s % 3600) / 60);
	return xasprintf("%lldd%02lldh", s / 86400, (s % 86400) / 3600);
}

/* Scale a sample count to the whole queue. */
uint64_t mailq_estimate(const struct mq_run *r, uint64_t n)
{
	if (r->stride <= 1 || !r->sampled)
		return n;
	uint64_t read = r->sampled + r->unreadable;
	return (uint64_t)((double)n * (double)r->seen / (double)(read ? read : 1) + 0.5);
}

static json_t *top_json(const struct mq_run *r, int g)
{
	const char **keys;
	uint64_t *counts, none;
	size_t distinct;
	size_t n = mq_top(r, g, (size_t)mq_set.top, &keys, &counts, &none, &distinct);
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		char *e = hs_escape(keys[i]);
		json_object_set_new(o, "value", json_string(e));
		json_object_set_new(o, "messages", json_integer((json_int_t)counts[i]));
		if (r->stride > 1)
			json_object_set_new(o, "estimated",
			                    json_integer((json_int_t)mailq_estimate(r, counts[i])));
		json_array_append_new(a, o);
		free(e);
	}
	free(keys);
	free(counts);
	return a;
}

json_t *mailq_json(const struct mq_run *r, bool with_growth, double growth, long long since)
{
	json_t *o = json_object();
	json_object_set_new(o, "mta", json_string(r->be->name));
	char *sp = hs_escape(r->spool);
	json_object_set_new(o, "spool", json_string(sp));
	free(sp);
	json_object_set_new(o, "total", json_integer((json_int_t)mailq_total(r)));
	json_t *qs = json_object();
	json_t *ages = json_object();
	for (size_t q = 0; q < r->nqueues; q++) {
		json_object_set_new(qs, r->be->queues[q], json_integer((json_int_t)r->count[q]));
		json_object_set_new(ages, r->be->queues[q],
		                    json_integer(mailq_oldest_age(r, (int)q)));
	}
	json_object_set_new(o, "queues", qs);
	if (r->count_only) {
		json_decref(ages);
		return o;
	}
	json_object_set_new(o, "oldest_age_seconds", json_integer(mailq_oldest_age(r, -1)));
	json_object_set_new(o, "oldest_age_by_queue", ages);
	json_object_set_new(
	    o, "growth_per_minute",
	    with_growth
	        ? json_real((double)(long long)(growth * 100 + (growth < 0 ? -0.5 : 0.5)) / 100)
	        : json_null());
	json_object_set_new(o, "growth_interval_seconds",
	                    with_growth ? json_integer(since) : json_null());
	json_object_set_new(o, "unreadable", json_integer((json_int_t)r->unreadable));
	json_object_set_new(o, "vanished", json_integer((json_int_t)r->vanished));
	json_object_set_new(o, "in_progress", json_integer((json_int_t)r->in_progress));
	json_t *att = json_object();
	json_object_set_new(att, "messages_read", json_integer((json_int_t)r->sampled));
	json_object_set_new(att, "sampled", json_boolean(r->stride > 1));
	json_object_set_new(att, "one_in", json_integer((json_int_t)r->stride));
	json_object_set_new(att, "limit", json_integer((json_int_t)mq_set.sample));
	for (int g = 0; g < MQ_NGROUPS; g++) {
		char key[64];
		snprintf(key, sizeof(key), "top_%s", mq_group_names[g]);
		json_object_set_new(att, key, top_json(r, g));
		const struct mq_groups *gs = r->groups;
		snprintf(key, sizeof(key), "no_%s", mq_group_names[g]);
		json_object_set_new(att, key, json_integer(gs ? (json_int_t)gs->g[g].none : 0));
	}
	json_object_set_new(o, "attribution", att);
	return o;
}

/* Text lines for the report summary. */
static void mailq_text(const struct mq_run *r, bool brief, bool with_growth, double growth,
                       long long since)
{
	struct report *rep = r->ctx->rep;
	char *sp = hs_escape(r->spool);
	report_add_text_summary(rep, "mail queue (%s, %s): %llu messages", r->be->name, sp,
	                        (unsigned long long)mailq_total(r));
	free(sp);
	for (size_t q = 0; q < r->nqueues; q++) {
		char *age = r->count_only ? NULL : mq_fmt_age(mailq_oldest_age(r, (int)q));
		report_add_text_summary(
		    rep, "  %-12s %8llu%s%s%s", r->be->queues[q], (unsigned long long)r->count[q],
		    r->be->in_total[q] ? "" : " (not in total)",
		    age && r->count[q] ? "  oldest " : "", age && r->count[q] ? age : "");
		free(age);
	}
	if (r->count_only)
		return;
	char *age = mq_fmt_age(mailq_oldest_age(r, -1));
	report_add_text_summary(rep, "  oldest message: %s", mailq_total(r) ? age : "-");
	free(age);
	if (with_growth) {
		char *iv = mq_fmt_age(since);
		report_add_text_summary(rep, "  growth: %+.1f messages/minute over the last %s",
		                        growth, iv);
		free(iv);
	} else {
		report_add_text_summary(rep, "  growth: no previous reading");
	}
	if (r->unreadable || r->vanished || r->in_progress)
		report_add_text_summary(
		    rep,
		    "  unreadable queue files: %llu; vanished while read: %llu; "
		    "still being written: %llu",
		    (unsigned long long)r->unreadable, (unsigned long long)r->vanished,
		    (unsigned long long)r->in_progress);
	if (!mq_set.sample) {
		report_add_text_summary(rep, "  attribution: off ([mailq] sample = 0)");
		return;
	}
	if (r->stride > 1)
		report_add_text_summary(
		    rep,
		    "  attribution SAMPLED: read %llu of %llu messages (1 in %llu); "
		    "counts below are of the sample",
		    (unsigned long long)r->sampled, (unsigned long long)r->seen,
		    (unsigned long long)r->stride);
	else
		report_add_text_summary(rep, "  attribution: read %llu messages (all)",
		                        (unsigned long long)r->sampled);
	for (int g = 0; g < MQ_NGROUPS; g++) {
		/* in a sweep's summary: the top 3 accounts, senders and scripts */
		if (brief && g != MQ_G_ACCOUNT && g != MQ_G_SENDER && g != MQ_G_SCRIPT)
			continue;
		const char **keys;
		uint64_t *counts, none;
		size_t distinct;
		size_t n =
		    mq_top(r, g, brief ? 3 : (size_t)mq_set.top, &keys, &counts, &none, &distinct);
		/* a header only over lines: "top sender (2 distinct...):" with
		 * nothing under it read as a broken report */
		if (!n) {
			report_add_text_summary(rep, "  top %s: none (%llu messages without)",
			                        mq_group_names[g], (unsigned long long)none);
			free(keys);
			free(counts);
			continue;
		}
		report_add_text_summary(rep,
		                        "  top %s (%zu distinct, %llu without):", mq_group_names[g],
		                        distinct, (unsigned long long)none);
		for (size_t i = 0; i < n; i++) {
			char *e = hs_escape(keys[i]);
			report_add_text_summary(rep, "    %8llu  %s", (unsigned long long)counts[i],
			                        e);
			free(e);
		}
		free(keys);
		free(counts);
	}
}

static void add_finding(struct mq_run *r, int state, const struct strlist *why)
{
	struct finding *f = finding_new("mailq");
	f->path = xstrdup(r->spool);
	f->key = xstrdup(r->be->name);
	for (size_t i = 0; i < why->n; i++) {
		char id[64];
		snprintf(id, sizeof(id), "mailq.%s", why->v[i]);
		for (char *p = id; *p; p++)
			if (*p == ' ')
				*p = '.';
		bool crit = strstr(why->v[i], "critical") != NULL;
		bool age = !strncmp(why->v[i], "age", 3);
		finding_add_rule(f, id,
		                 crit ? (age ? HS_SEV_MEDIUM : HS_SEV_HIGH)
		                      : (age ? HS_SEV_LOW : HS_SEV_MEDIUM),
		                 "mail,queue");
	}
	(void)state;
	/* the account behind most of the sample, if any */
	const char **keys;
	uint64_t *counts, none;
	size_t distinct;
	if (mq_top(r, MQ_G_ACCOUNT, 1, &keys, &counts, &none, &distinct) == 1 &&
	    counts[0] * 2 > r->sampled)
		f->account = xstrdup(keys[0]);
	free(keys);
	free(counts);
	json_t *j = mailq_json(r, false, 0, 0);
	const char *k;
	json_t *v;
	json_object_foreach(j, k, v)
	{
		if (!strcmp(k, "growth_per_minute") || !strcmp(k, "growth_interval_seconds") ||
		    !strcmp(k, "spool"))
			continue;
		finding_set_json(f, k, json_incref(v));
	}
	json_decref(j);
	report_finding(r->ctx->rep, f);
}

static uint64_t sasl_scale(const void *run, uint64_t n)
{
	return mailq_estimate(run, n);
}

void mailq_report(struct mq_run *r, bool findings, bool brief)
{
	double growth = 0;
	long long since = 0;
	bool have = !r->count_only && mailq_growth(r, false, &growth, &since);
	json_object_set_new(r->ctx->rep->summary_extra, "mailq",
	                    mailq_json(r, have, growth, since));
	mailq_text(r, brief, have, growth, since);
	r->growth = growth;
	r->have_growth = have;
	if (!r->count_only && r->sasl) {
		/* who authenticated to send, from the sample and the mail log */
		if (sasl_read_logs(r->sasl, r->ctx) < 0)
			report_count(r->ctx->rep, &r->ctx->rep->counts.errors, 1);
		sasl_report(r->sasl, r->ctx, r, sasl_scale, mailq_total(r), findings, brief,
		            json_object_get(r->ctx->rep->summary_extra, "mailq"));
	}
	if (!findings || r->count_only)
		return;
	struct nrange cw = count_range(false), cc = count_range(true);
	struct strlist why = {0};
	int st = mailq_state(r, &cw, &cc, mq_set.age_warn, mq_set.age_crit, &why);
	if (st)
		add_finding(r, st, &why);
	strlist_clear(&why);
}

/* `sweep`: the queue as one more inspector. No queue is not an error. */
int mailq_inspect(struct hs_ctx *ctx)
{
	char err[512];
	struct mq_run *r = mailq_collect(ctx, false, err, sizeof(err));
	const char *prom = mailq_prometheus_path ? mailq_prometheus_path : mq_set.prometheus;
	int rc = 0;
	if (!r) {
		hs_info("mail queue: %s", err);
		if (prom)
			rc = mailq_prometheus_write(NULL, prom) < 0 ? -1 : 0;
		return rc;
	}
	if (r->error) {
		hs_warn("mail queue: %s", err);
		report_count(ctx->rep, &ctx->rep->counts.errors, 1);
		rc = -1;
	} else {
		mailq_report(r, true, true);
	}
	if (prom && mailq_prometheus_write(r->error ? NULL : r, prom) < 0)
		rc = -1;
	mailq_free(r);
	return rc;
}
