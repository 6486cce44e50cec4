/* The reader of imported indicator lists (iocs.h). */
#include "scan/iocs.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum list_kind { LIST_NONE, LIST_JSONL, LIST_SHA256, LIST_IPS };

/* What one line gave: a hash or an address, with its context. */
struct ioc_line {
	bool is_hash;
	unsigned char sha[32];
	struct ioc_addr addr;
	char tags[256]; /* sanitised, comma-separated, from an export line */
	char origin[128];
};

typedef void (*line_fn)(void *ud, const struct ioc_line *l);

static bool ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a > b && !strcmp(s + a - b, suf);
}

static enum list_kind kind_of(const char *name)
{
	if (name[0] == '.')
		return LIST_NONE;
	if (ends_with(name, ".jsonl"))
		return LIST_JSONL;
	if (ends_with(name, ".sha256"))
		return LIST_SHA256;
	if (ends_with(name, ".ips"))
		return LIST_IPS;
	return LIST_NONE;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool parse_sha(const char *s, size_t n, unsigned char out[32])
{
	if (n != 64)
		return false;
	for (int i = 0; i < 32; i++) {
		int hi = hexval((unsigned char)s[2 * i]), lo = hexval((unsigned char)s[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return true;
}

bool ioc_addr_parse(const char *s, size_t n, bool cidr, struct ioc_addr *out)
{
	char buf[64];
	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	long prefix = -1;
	char *slash = strchr(buf, '/');
	if (slash) {
		if (!cidr)
			return false;
		*slash = '\0';
		char *end;
		errno = 0;
		prefix = strtol(slash + 1, &end, 10);
		if (errno || end == slash + 1 || *end || prefix < 0)
			return false;
	}
	char *a = buf;
	size_t al = strlen(a);
	if (al >= 2 && a[0] == '[' && a[al - 1] == ']') { /* [v6] as some logs write it */
		a[al - 1] = '\0';
		a++;
	}
	memset(out, 0, sizeof(*out));
	struct in_addr v4;
	if (inet_pton(AF_INET, a, &v4) == 1) {
		out->a[10] = out->a[11] = 0xff;
		memcpy(out->a + 12, &v4, 4);
		if (prefix > 32)
			return false;
		out->prefix = (unsigned char)(prefix < 0 ? 128 : 96 + prefix);
		if (prefix >= 0 && prefix < 8)
			return false;
	} else if (inet_pton(AF_INET6, a, out->a) == 1) {
		if (prefix > 128)
			return false;
		out->prefix = (unsigned char)(prefix < 0 ? 128 : prefix);
		if (prefix >= 0 && prefix < 16)
			return false;
	} else {
		return false;
	}
	/* keep only the prefix bits: 198.51.100.7/24 is 198.51.100.0/24 */
	for (int bit = out->prefix; bit < 128; bit++)
		out->a[bit / 8] &= (unsigned char)~(0x80u >> (bit % 8));
	return true;
}

/* A tag from another machine's export: kept only when it looks like one. */
static void add_tag(char *tags, size_t cap, const char *t)
{
	size_t n = strlen(t);
	if (!n || n > 32)
		return;
	for (size_t i = 0; i < n; i++)
		if (!((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9') || t[i] == '_' ||
		      t[i] == '-'))
			return;
	size_t l = strlen(tags);
	if (l + n + 2 > cap)
		return;
	snprintf(tags + l, cap - l, "%s%s", l ? "," : "", t);
}

static void set_origin(char *dst, size_t cap, const char *s)
{
	size_t j = 0;
	for (size_t i = 0; s && s[i] && j + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		/* a host name: letters, digits, '.', '-', '_' (nothing to escape) */
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '.' || c == '-' || c == '_')
			dst[j++] = (char)c;
	}
	dst[j] = '\0';
}

/* One line of an export. false: malformed; *used false: a kind that
 * never matches (filename) or one this reader was not asked for. */
static bool parse_json_line(const char *line, size_t len, struct ioc_line *out, bool *used)
{
	json_error_t e;
	json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &e);
	bool ok = false;
	*used = false;
	if (!json_is_object(o))
		goto done;
	const char *kind = json_string_value(json_object_get(o, "kind"));
	json_t *v = json_object_get(o, "value");
	const char *value = json_string_value(v);
	if (!kind || !value)
		goto done;
	memset(out, 0, sizeof(*out));
	set_origin(out->origin, sizeof(out->origin), json_string_value(json_object_get(o, "host")));
	if (!strcmp(kind, "sha256")) {
		if (!parse_sha(value, json_string_length(v), out->sha))
			goto done;
		out->is_hash = true;
		size_t i;
		json_t *t;
		json_array_foreach(json_object_get(o, "tags"), i, t)
		{
			if (i >= 8)
				break;
			if (json_is_string(t))
				add_tag(out->tags, sizeof(out->tags), json_string_value(t));
		}
		*used = true;
	} else if (!strcmp(kind, "ip")) {
		if (!ioc_addr_parse(value, json_string_length(v), true, &out->addr))
			goto done;
		*used = true;
	}
	ok = true; /* other kinds (filename) are valid lines that never match */
done:
	json_decref(o);
	return ok;
}

/* The first word of a plain list line. */
static size_t first_word(const char *line, size_t len, const char **w)
{
	size_t i = 0;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	*w = line + i;
	size_t j = i;
	while (j < len && line[j] != ' ' && line[j] != '\t' && line[j] != ',' && line[j] != ';')
		j++;
	return j - i;
}

struct reader {
	bool want_hash; /* else addresses */
	line_fn fn;
	void *ud;
	struct ioc_stats *st;
	unsigned warned;
};

/* Export lists are read by both passes: the hash pass owns them (counts
 * and warns), the address pass owns the .ips lists. */
static bool owns(const struct reader *r, enum list_kind k)
{
	return r->want_hash ? k != LIST_IPS : k == LIST_IPS;
}

#define WARN_PER_FILE 5

static void bad_line(struct reader *r, enum list_kind k, const char *file, size_t lineno,
                     const char *why)
{
	if (!owns(r, k))
		return;
	r->st->bad++;
	if (r->warned++ < WARN_PER_FILE)
		hs_warn("%s:%zu: %s (line skipped)", file, lineno, why);
}

enum line_state { LINE_OK, LINE_LONG, LINE_NUL, LINE_EOF };

/* One line into buf (IOCS_MAX_LINE + 1 bytes), without its newline. An
 * over-long line is read to its end and reported, never kept. */
static enum line_state read_line(FILE *fp, char *buf, size_t *len)
{
	size_t n = 0;
	bool nul = false, any = false;
	int c;
	while ((c = getc_unlocked(fp)) != EOF) {
		any = true;
		if (c == '\n')
			break;
		if (c == '\0')
			nul = true;
		if (n < IOCS_MAX_LINE)
			buf[n] = (char)c;
		n++;
	}
	if (!any)
		return LINE_EOF;
	if (n > IOCS_MAX_LINE)
		return LINE_LONG;
	buf[n] = '\0';
	*len = n;
	return nul ? LINE_NUL : LINE_OK;
}

/* Read one list, lines bounded: an over-long line is skipped whole. */
static void read_list(struct reader *r, int dfd, const char *dir, const char *name,
                      enum list_kind k)
{
	char *file = path_join(dir, name);
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		else
			hs_warn("%s: cannot read: %s", file, strerror(errno));
		free(file);
		return;
	}
	FILE *fp = fdopen(fd, "r");
	if (!fp) {
		close(fd);
		free(file);
		return;
	}
	r->st->opened++;
	if (owns(r, k))
		r->st->files++;
	r->warned = 0;
	char *buf = xmalloc(IOCS_MAX_LINE + 1);
	size_t lineno = 0;
	enum line_state ls;
	size_t len;
	while ((ls = read_line(fp, buf, &len)) != LINE_EOF) {
		lineno++;
		if (ls == LINE_LONG) {
			bad_line(r, k, file, lineno, "line longer than 64 KiB");
			continue;
		}
		if (ls == LINE_NUL) {
			bad_line(r, k, file, lineno, "NUL byte");
			continue;
		}
		while (len && buf[len - 1] == '\r')
			buf[--len] = '\0';
		const char *w;
		size_t wl = first_word(buf, len, &w);
		if (!wl || w[0] == '#')
			continue;
		struct ioc_line l;
		memset(&l, 0, sizeof(l));
		bool used = true;
		if (k == LIST_JSONL) {
			if (!parse_json_line(buf, len, &l, &used)) {
				bad_line(r, k, file, lineno, "not a line of hostsweep iocs export");
				continue;
			}
		} else if (k == LIST_SHA256) {
			if (!parse_sha(w, wl, l.sha)) {
				bad_line(r, k, file, lineno, "expected a hex SHA-256");
				continue;
			}
			l.is_hash = true;
		} else {
			if (!ioc_addr_parse(w, wl, true, &l.addr)) {
				bad_line(r, k, file, lineno,
				         "expected an IP address or CIDR prefix");
				continue;
			}
		}
		if (!used) {
			if (owns(r, k))
				r->st->ignored++;
		} else if (l.is_hash == r->want_hash) {
			r->fn(r->ud, &l);
		}
	}
	if (r->warned > WARN_PER_FILE)
		hs_warn("%s: %u more bad lines skipped", file, r->warned - WARN_PER_FILE);
	free(buf);
	fclose(fp);
	free(file);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every list of every directory, in name order (the result must not depend
 * on readdir's order: it goes into the scan cache's digest). */
static bool read_dirs(struct reader *r, const struct strlist *dirs)
{
	bool ok = true;
	for (size_t i = 0; i < dirs->n; i++) {
		int dfd = open(dirs->v[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd < 0) {
			if (errno != ENOENT) {
				hs_err("%s: cannot read indicator directory: %s", dirs->v[i],
				       strerror(errno));
				ok = false;
			}
			continue;
		}
		DIR *d = fdopendir(dfd);
		if (!d) {
			close(dfd);
			continue;
		}
		struct strlist names = {0};
		struct dirent *de;
		while ((de = readdir(d)))
			if (kind_of(de->d_name) != LIST_NONE)
				strlist_add(&names, de->d_name);
		if (names.n)
			qsort(names.v, names.n, sizeof(*names.v), cmp_name);
		for (size_t j = 0; j < names.n; j++)
			read_list(r, dirfd(d), dirs->v[i], names.v[j], kind_of(names.v[j]));
		strlist_clear(&names);
		closedir(d);
	}
	return ok;
}

/* ---- hashes ---- */

struct hash_ud {
	struct hashsigs *h;
	size_t shipped; /* entries before the import */
	struct ioc_stats *st;
};

static void add_hash(void *ud, const struct ioc_line *l)
{
	struct hash_ud *u = ud;
	if (u->h->n - u->shipped >= IOCS_MAX_HASHES) {
		u->st->dropped++;
		return;
	}
	struct hashsig s = {0};
	memcpy(s.sha, l->sha, 32);
	s.id = xstrdup("ioc.sha256");
	s.severity = HS_SEV_HIGH;
	s.tags = l->tags[0] ? xasprintf("ioc,%s", l->tags) : xstrdup("ioc");
	u->h->v = xrealloc(u->h->v, (u->h->n + 1) * sizeof(*u->h->v));
	u->h->v[u->h->n++] = s;
	u->st->hashes++;
}

/* By hash; among equal hashes the shipped signature first, then by tags:
 * a total order, so the kept entry and the digest are always the same. */
static int cmp_sig(const void *a, const void *b)
{
	const struct hashsig *x = a, *y = b;
	int c = memcmp(x->sha, y->sha, 32);
	if (c)
		return c;
	bool xi = !strncmp(x->id, "ioc.", 4), yi = !strncmp(y->id, "ioc.", 4);
	if (xi != yi)
		return xi ? 1 : -1;
	c = strcmp(x->id, y->id);
	return c ? c : strcmp(x->tags, y->tags);
}

bool iocs_load_hashes(struct hashsigs *h, const struct strlist *dirs, struct ioc_stats *st)
{
	struct hash_ud u = {h, h->n, st};
	struct reader r = {.want_hash = true, .fn = add_hash, .ud = &u, .st = st};
	bool ok = read_dirs(&r, dirs);
	if (h->n == u.shipped)
		return ok;
	qsort(h->v, h->n, sizeof(*h->v), cmp_sig);
	size_t o = 0;
	for (size_t i = 0; i < h->n; i++) {
		if (o && !memcmp(h->v[o - 1].sha, h->v[i].sha, 32)) {
			if (!strncmp(h->v[i].id, "ioc.", 4))
				st->hashes--; /* counted once: a copy, or already shipped */
			free(h->v[i].id);
			free(h->v[i].tags);
			continue;
		}
		h->v[o++] = h->v[i];
	}
	h->n = o;
	if (st->dropped)
		hs_warn("indicators: more than %d hashes imported; %zu left out", IOCS_MAX_HASHES,
		        st->dropped);
	return ok;
}

/* ---- addresses ---- */

struct ip_ud {
	struct ioc_ipset *set;
	struct ioc_stats *st;
};

static void add_ip(void *ud, const struct ioc_line *l)
{
	struct ip_ud *u = ud;
	struct ioc_ipset *s = u->set;
	if (s->n + s->nnets >= IOCS_MAX_IPS) {
		u->st->dropped++;
		return;
	}
	char *origin = l->origin[0] ? xstrdup(l->origin) : NULL;
	if (l->addr.prefix == 128) {
		s->v = xrealloc(s->v, (s->n + 1) * sizeof(*s->v));
		s->origin = xrealloc(s->origin, (s->n + 1) * sizeof(*s->origin));
		s->v[s->n] = l->addr;
		s->origin[s->n++] = origin;
	} else {
		s->nets = xrealloc(s->nets, (s->nnets + 1) * sizeof(*s->nets));
		s->net_origin = xrealloc(s->net_origin, (s->nnets + 1) * sizeof(*s->net_origin));
		s->nets[s->nnets] = l->addr;
		s->net_origin[s->nnets++] = origin;
	}
	u->st->ips++;
}

static int cmp_addr(const void *a, const void *b)
{
	return memcmp(((const struct ioc_addr *)a)->a, ((const struct ioc_addr *)b)->a, 16);
}

/* Sort the exact addresses with their origins (an index sort). */
static void sort_exact(struct ioc_ipset *s, struct ioc_stats *st)
{
	if (s->n < 2)
		return;
	struct pair {
		struct ioc_addr a;
		char *o;
	} *p = xcalloc(s->n, sizeof(*p));
	for (size_t i = 0; i < s->n; i++)
		p[i].a = s->v[i], p[i].o = s->origin[i];
	qsort(p, s->n, sizeof(*p), cmp_addr); /* struct ioc_addr is the first member */
	size_t o = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (o && !memcmp(p[i].a.a, s->v[o - 1].a, 16)) {
			free(p[i].o);
			st->ips--;
			continue;
		}
		s->v[o] = p[i].a;
		s->origin[o++] = p[i].o;
	}
	s->n = o;
	free(p);
}

bool iocs_load_ips(struct ioc_ipset *set, const struct strlist *dirs, struct ioc_stats *st)
{
	struct ip_ud u = {set, st};
	struct reader r = {.want_hash = false, .fn = add_ip, .ud = &u, .st = st};
	bool ok = read_dirs(&r, dirs);
	sort_exact(set, st);
	if (st->dropped)
		hs_warn("indicators: more than %d addresses imported; %zu left out", IOCS_MAX_IPS,
		        st->dropped);
	return ok;
}

static bool in_net(const struct ioc_addr *net, const struct ioc_addr *a)
{
	int full = net->prefix / 8, rest = net->prefix % 8;
	if (memcmp(net->a, a->a, (size_t)full))
		return false;
	if (!rest)
		return true;
	unsigned char mask = (unsigned char)(0xff00u >> rest);
	return (a->a[full] & mask) == net->a[full];
}

const struct ioc_addr *ioc_ipset_find(const struct ioc_ipset *set, const char *ip,
                                      const char **origin)
{
	struct ioc_addr a;
	*origin = NULL;
	if (!ip || !ioc_addr_parse(ip, strlen(ip), false, &a))
		return NULL;
	const struct ioc_addr *hit =
	    set->n ? bsearch(&a, set->v, set->n, sizeof(*set->v), cmp_addr) : NULL;
	if (hit) {
		*origin = set->origin[hit - set->v];
		return hit;
	}
	for (size_t i = 0; i < set->nnets; i++)
		if (in_net(&set->nets[i], &a)) {
			*origin = set->net_origin[i];
			return &set->nets[i];
		}
	return NULL;
}

void ioc_ipset_free(struct ioc_ipset *set)
{
	for (size_t i = 0; i < set->n; i++)
		free(set->origin[i]);
	for (size_t i = 0; i < set->nnets; i++)
		free(set->net_origin[i]);
	free(set->v);
	free(set->nets);
	free(set->origin);
	free(set->net_origin);
	memset(set, 0, sizeof(*set));
}

void iocs_summary(json_t *summary, const char *key, size_t n)
{
	json_t *o = json_object_get(summary, "iocs");
	if (!o) {
		o = json_object();
		json_object_set_new(summary, "iocs", o);
	}
	json_object_set_new(o, key, json_integer((json_int_t)n));
}
