/* `hostsweep iocs export`: the indicators of this server's confirmed
 * findings as JSON lines, for the rest of the fleet ([scan] ioc_dirs on
 * every server reads the merged lists: scan/iocs.h); `hostsweep iocs
 * status`: what this server imports.
 *
 * Confirmed means acted on: an action of the journal whose last event is
 * "done" (or "purged", for a quarantined file whose content was deleted
 * later), taken by the sweep's policy, `respond --apply` or any other
 * command. A dry run is not journaled, a failed action proves nothing, and
 * an action the operator undid (a restored file) is a false positive: none
 * of them is exported. From each confirmed action:
 *   sha256    the content of a quarantined file (the quarantine's own hash);
 *   ip        the address that uploaded the file (FTP/SFTP provenance) and
 *             every address that POSTed to it (web provenance); loopback,
 *             link-local, multicast and unspecified addresses never (they
 *             name no attacker and would match every server);
 *   filename  the base name of the file: context for people, never matched.
 * One line per kind and value (the first action that gave it), sorted, so
 * the same journal always gives the same bytes: the playbook copies the
 * merged list only when it changed, and an unchanged list keeps every
 * server's scan cache valid. */
#include "act/journal.h"
#include "ctx.h"
#include "scan/iocs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <arpa/inet.h>

struct ioc_out {
	char *kind, *value; /* the sort key */
	size_t seq;         /* then the order of the actions: the first one is kept */
	json_t *line;
};

struct export
{
	struct ioc_out *v;
	size_t n, cap;
	char host[128];
};

static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static json_t *iso(int64_t t)
{
	char b[32];
	struct tm tm;
	time_t tt = (time_t)t;
	gmtime_r(&tt, &tm);
	strftime(b, sizeof(b), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_string(b);
}

/* A line with the action's context (copies of one kind+value are dropped
 * after the sort, keeping the first action's). */
static json_t *add(struct export *x, const char *kind, const char *value,
                   const struct journal_entry *e)
{
	json_t *f = e->finding;
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("ioc"));
	json_object_set_new(o, "kind", json_string(kind));
	json_object_set_new(o, "value", json_string(value));
	json_object_set_new(o, "host", json_string(x->host));
	json_object_set_new(o, "time", iso(e->time));
	json_object_set_new(o, "action", json_integer(e->id));
	json_object_set_new(o, "action_kind", json_string(e->action ? e->action : ""));
	/* the journal's finding is the documented JSON: its strings are escaped */
	json_t *acct = json_object_get(f, "account");
	json_object_set_new(o, "account", json_is_string(acct) ? json_incref(acct) : json_null());
	json_t *path = json_object_get(f, "path");
	json_object_set_new(o, "path", json_is_string(path) ? json_incref(path) : json_null());
	const char *sev = jstr(f, "severity");
	json_object_set_new(o, "severity", sev ? json_string(sev) : json_null());
	json_t *tags = json_object_get(f, "tags");
	json_object_set_new(o, "tags", json_is_array(tags) ? json_incref(tags) : json_array());
	json_t *rules = json_object_get(f, "rules");
	json_object_set_new(o, "rules", json_is_array(rules) ? json_incref(rules) : json_array());
	if (x->n == x->cap)
		x->v = xrealloc(x->v, (x->cap = x->cap ? x->cap * 2 : 64) * sizeof(*x->v));
	x->v[x->n] = (struct ioc_out){xstrdup(kind), xstrdup(value), x->n, o};
	x->n++;
	return o;
}

/* An attacker's address in its canonical text (IPv4 as dotted quad), or
 * false for what names no attacker. */
static bool attacker_ip(const char *raw, char out[INET6_ADDRSTRLEN])
{
	struct ioc_addr a;
	if (!raw || !ioc_addr_parse(raw, strlen(raw), false, &a))
		return false;
	static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
	if (!memcmp(a.a, mapped, 12)) {
		const unsigned char *p = a.a + 12;
		if (p[0] == 127 || p[0] == 0 || (p[0] == 169 && p[1] == 254) || p[0] >= 224)
			return false;
		return inet_ntop(AF_INET, p, out, INET6_ADDRSTRLEN) != NULL;
	}
	static const unsigned char zero[16] = {0};
	static const unsigned char one[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
	if (!memcmp(a.a, zero, 16) || !memcmp(a.a, one, 16) || a.a[0] == 0xff ||
	    (a.a[0] == 0xfe && (a.a[1] & 0xc0) == 0x80))
		return false;
	return inet_ntop(AF_INET6, a.a, out, INET6_ADDRSTRLEN) != NULL;
}

static void add_ip(struct export *x, const char *raw, const char *via, const char *user,
                   const struct journal_entry *e)
{
	char ip[INET6_ADDRSTRLEN];
	if (!attacker_ip(raw, ip))
		return;
	json_t *o = add(x, "ip", ip, e);
	json_object_set_new(o, "via", json_string(via));
	if (user)
		json_object_set_new(o, "user", json_string(user)); /* escaped already */
}

static void from_entry(struct export *x, const struct journal_entry *e)
{
	const json_t *f = e->finding;
	if (e->action && !strcmp(e->action, "quarantine")) {
		const char *sha = jstr(e->undo, "sha256");
		if (sha && strlen(sha) == 64 && strspn(sha, "0123456789abcdef") == 64)
			add(x, "sha256", sha, e);
	}
	const json_t *prov = json_object_get(f, "provenance");
	const json_t *up = json_object_get(prov, "upload");
	if (up) {
		const char *proto = jstr(up, "proto");
		add_ip(x, jstr(up, "client"),
		       proto && !strcmp(proto, "sftp") ? "sftp-upload" : "ftp-upload",
		       jstr(up, "user"), e);
	}
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(json_object_get(prov, "web"), "top_clients"), i, c)
	{
		if (json_integer_value(json_object_get(c, "posts")) > 0)
			add_ip(x, jstr(c, "ip"), "web-post", NULL, e);
	}
	const char *path = jstr(f, "path");
	const char *kind = jstr(f, "kind");
	if (path && kind && (!strcmp(kind, "file") || !strcmp(kind, "tmp"))) {
		const char *base = path_basename(path);
		if (*base)
			add(x, "filename", base, e);
	}
}

static int cmp_out(const void *a, const void *b)
{
	const struct ioc_out *x = a, *y = b;
	int c = strcmp(x->kind, y->kind);
	if (!c)
		c = strcmp(x->value, y->value);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* This server's name as the fleet knows it: the inspected system's
 * /etc/hostname under --root, else the kernel's; host characters only. */
static void host_name(const struct hs_ctx *ctx, char *out, size_t cap)
{
	char raw[256] = "";
	if (ctx->root && *ctx->root) {
		char *p = ctx_host_path(ctx, "/etc/hostname");
		FILE *fp = fopen(p, "r");
		if (fp) {
			if (!fgets(raw, sizeof(raw), fp))
				raw[0] = '\0';
			fclose(fp);
		}
		free(p);
	} else if (gethostname(raw, sizeof(raw) - 1) < 0) {
		raw[0] = '\0';
	}
	size_t j = 0;
	for (size_t i = 0; raw[i] && j + 1 < cap; i++) {
		char ch = raw[i];
		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		    (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_')
			out[j++] = ch;
		else if (ch == '\n')
			break;
	}
	out[j] = '\0';
	if (!j)
		snprintf(out, cap, "unknown");
}

static int iocs_export(struct hs_ctx *ctx)
{
	struct journal *j = journal_open(ctx->cfg.state_dir);
	if (!j)
		return 2;
	struct journal_entry *v;
	size_t n = journal_list(j, NULL, &v);
	struct export x = {0};
	host_name(ctx, x.host, sizeof(x.host));
	time_t since = ctx->since ? time(NULL) - (time_t)ctx->since : 0;
	size_t confirmed = 0;
	for (size_t i = 0; i < n; i++) {
		const struct journal_entry *e = &v[i];
		bool ok = e->state && (!strcmp(e->state, "done") || !strcmp(e->state, "purged"));
		if (ok && e->finding && e->time >= since) {
			from_entry(&x, e);
			confirmed++;
		}
		journal_entry_free(&v[i]);
	}
	free(v);
	journal_close(j);
	if (x.n)
		qsort(x.v, x.n, sizeof(*x.v), cmp_out);
	size_t out = 0;
	for (size_t i = 0; i < x.n; i++) {
		bool copy = i && !strcmp(x.v[i].kind, x.v[i - 1].kind) &&
		            !strcmp(x.v[i].value, x.v[i - 1].value);
		if (!copy) {
			char *s = json_dumps(x.v[i].line, JSON_COMPACT | JSON_PRESERVE_ORDER);
			printf("%s\n", s);
			free(s);
			out++;
		}
	}
	for (size_t i = 0; i < x.n; i++) {
		json_decref(x.v[i].line);
		free(x.v[i].kind);
		free(x.v[i].value);
	}
	free(x.v);
	hs_info("iocs: %zu indicators from %zu confirmed actions (of %zu in the journal)", out,
	        confirmed, n);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
}

static int iocs_status(struct hs_ctx *ctx)
{
	struct hashsigs *h = xcalloc(1, sizeof(*h));
	struct ioc_stats hs = {0}, is = {0};
	struct ioc_ipset set = {0};
	bool ok = iocs_load_hashes(h, &ctx->cfg.ioc_dirs, &hs);
	ok = iocs_load_ips(&set, &ctx->cfg.ioc_dirs, &is) && ok;
	size_t lists = hs.files + is.files, bad = hs.bad + is.bad;
	if (ctx->format == HS_FORMAT_JSON) {
		json_t *o = json_object();
		json_object_set_new(o, "type", json_string("iocs"));
		json_t *d = json_array();
		for (size_t i = 0; i < ctx->cfg.ioc_dirs.n; i++)
			json_array_append_new(d, json_string(ctx->cfg.ioc_dirs.v[i]));
		json_object_set_new(o, "ioc_dirs", d);
		json_object_set_new(o, "lists", json_integer((json_int_t)lists));
		json_object_set_new(o, "hashes", json_integer((json_int_t)hs.hashes));
		json_object_set_new(o, "addresses", json_integer((json_int_t)is.ips));
		json_object_set_new(o, "ignored", json_integer((json_int_t)hs.ignored));
		json_object_set_new(o, "bad_lines", json_integer((json_int_t)bad));
		char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
		printf("%s\n", s);
		free(s);
		json_decref(o);
	} else {
		char *d = strlist_join(&ctx->cfg.ioc_dirs, " ");
		printf("ioc_dirs: %s\nlists: %zu\nhashes: %zu\naddresses: %zu\n"
		       "ignored lines: %zu (file names and other kinds never match)\n"
		       "bad lines: %zu\n",
		       d, lists, hs.hashes, is.ips, hs.ignored, bad);
		free(d);
	}
	hashsigs_free(h);
	ioc_ipset_free(&set);
	return ok ? 0 : 2;
}

static int cmd_iocs_run(struct hs_ctx *ctx, int argc, char **argv)
{
	if (argc == 1 && !strcmp(argv[0], "export"))
		return iocs_export(ctx);
	if (argc == 1 && !strcmp(argv[0], "status"))
		return iocs_status(ctx);
	hs_err("usage: hostsweep iocs export | status");
	return 2;
}

const struct command cmd_iocs = {
    .name = "iocs",
    .summary = "export: the indicators of confirmed findings (JSON lines); status: the "
               "imported lists",
    .usage = "  export   SHA-256 of quarantined files, attacker IPs, file names (--since)\n"
             "  status   what [scan] ioc_dirs holds\n",
    .run = cmd_iocs_run,
    .own_output = true,
};
