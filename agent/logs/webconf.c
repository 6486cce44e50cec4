/* Access logs and docroots from Apache and nginx configs (webconf.h).
 *
 * Only the few directives that say where a vhost's files and access log
 * are; the rest is ignored. The config is read under --root, so a path in
 * it is a logical path; Include globs are expanded under the root too. */
#include "logs/webconf.h"

#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define WC_MAX_DEPTH     8
#define WC_MAX_FILES     2000
#define WC_MAX_LINE      16384
#define WC_MAX_FILE_SIZE (16u << 20)
#define WC_MAX_VARS      64

char *webconf_account(struct hs_ctx *ctx, const char *docroot)
{
	const char *a = accounts_for_path(ctx->accounts, docroot);
	if (a)
		return xstrdup(a);
	char *h = ctx_host_path(ctx, docroot);
	struct stat st;
	char *res = NULL;
	if (lstat(h, &st) == 0 && accounts_is_hosting_uid(ctx->accounts, st.st_uid)) {
		const char *n = accounts_user_name(ctx->accounts, st.st_uid);
		res = n ? xstrdup(n) : NULL;
	}
	free(h);
	return res;
}

/* ---- shared ---- */

struct wc_vhost {
	char *docroot;
	struct strlist names, logs;
};

struct wc {
	struct hs_ctx *ctx;
	struct log_sources *out;
	const char *server_root; /* logical; relative paths are under it */
	size_t files;
	size_t added;
	/* Apache Define / the Debian envvars */
	char *var_name[WC_MAX_VARS], *var_val[WC_MAX_VARS];
	size_t nvars;
	/* the global (server) context and the open vhost */
	struct wc_vhost global, cur;
	bool in_vhost;
	int nginx_depth, server_depth; /* nginx: brace depth, that of the open server{} */
};

static void vh_clear(struct wc_vhost *v)
{
	free(v->docroot);
	strlist_clear(&v->names);
	strlist_clear(&v->logs);
	memset(v, 0, sizeof(*v));
}

static char *abs_path(struct wc *w, const char *p)
{
	char *j = p[0] == '/' ? xstrdup(p) : path_join(w->server_root, p);
	char *n = path_normalize(j);
	free(j);
	return n;
}

static void wc_var(struct wc *w, const char *name, const char *val)
{
	for (size_t i = 0; i < w->nvars; i++)
		if (!strcmp(w->var_name[i], name)) {
			free(w->var_val[i]);
			w->var_val[i] = xstrdup(val);
			return;
		}
	if (w->nvars < WC_MAX_VARS) {
		w->var_name[w->nvars] = xstrdup(name);
		w->var_val[w->nvars++] = xstrdup(val);
	}
}

/* ${NAME} substitution (Apache), bounded output. */
static char *subst(struct wc *w, const char *s)
{
	char out[WC_MAX_LINE];
	size_t o = 0;
	for (const char *p = s; *p && o < sizeof(out) - 1;) {
		if (p[0] == '$' && p[1] == '{') {
			const char *e = strchr(p + 2, '}');
			if (e) {
				const char *val = NULL;
				for (size_t i = 0; i < w->nvars; i++)
					if (strlen(w->var_name[i]) == (size_t)(e - p - 2) &&
					    !strncmp(w->var_name[i], p + 2, (size_t)(e - p - 2)))
						val = w->var_val[i];
				if (val) {
					size_t l = strlen(val);
					if (o + l >= sizeof(out) - 1)
						break;
					memcpy(out + o, val, l);
					o += l;
					p = e + 1;
					continue;
				}
			}
		}
		out[o++] = *p++;
	}
	out[o] = '\0';
	return xstrdup(out);
}

/* Split a directive's arguments: words, "quoted words". */
static size_t words(char *s, char **v, size_t max)
{
	size_t n = 0;
	while (*s && n < max) {
		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		if (*s == '"' || *s == '\'') {
			char q = *s++;
			v[n++] = s;
			while (*s && *s != q)
				s++;
		} else {
			v[n++] = s;
			while (*s && !isspace((unsigned char)*s))
				s++;
		}
		if (*s)
			*s++ = '\0';
	}
	return n;
}

/* Add the vhost's logs with its docroot, and its names. */
static void vh_emit(struct wc *w, struct wc_vhost *v, const struct wc_vhost *dflt)
{
	const char *root = v->docroot ? v->docroot : dflt ? dflt->docroot : NULL;
	char *acct = root ? webconf_account(w->ctx, root) : NULL;
	for (size_t i = 0; i < v->names.n; i++) {
		struct log_sources *s = w->out;
		if (s->nvh == s->capvh)
			s->vh = xrealloc(s->vh, (s->capvh = s->capvh ? s->capvh * 2 : 16) *
			                            sizeof(*s->vh));
		s->vh[s->nvh++] =
		    (struct log_vhost){xstrdup(v->names.v[i]), root ? xstrdup(root) : NULL,
		                       acct ? xstrdup(acct) : NULL};
	}
	for (size_t i = 0; i < v->logs.n; i++) {
		size_t before = w->out->n;
		log_sources_add(w->out, v->logs.v[i], &log_web, root,
		                v->names.n ? v->names.v[0] : NULL, acct);
		w->added += w->out->n - before;
	}
	free(acct);
}

typedef void (*wc_file_fn)(struct wc *w, const char *logical, int depth);

/* Expand an include glob (logical, maybe relative) and read each match. */
static void include_glob(struct wc *w, const char *pat, int depth, wc_file_fn fn)
{
	if (depth >= WC_MAX_DEPTH)
		return;
	char *lp = abs_path(w, pat);
	char *hp = ctx_host_path(w->ctx, lp);
	struct stat st;
	if (stat(hp, &st) == 0 && S_ISDIR(st.st_mode)) {
		/* Apache: a directory includes every file in it */
		char *g = path_join(hp, "*");
		free(hp);
		hp = g;
	}
	glob_t g;
	if (glob(hp, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc && w->files < WC_MAX_FILES; i++)
			if (stat(g.gl_pathv[i], &st) == 0 && S_ISREG(st.st_mode))
				fn(w, ctx_logical_path(w->ctx, g.gl_pathv[i]), depth + 1);
		globfree(&g);
	}
	free(hp);
	free(lp);
}

/* Open a config file of the inspected system. Under --root the image is
 * the attacker's: a FIFO, /dev/zero or a sparse 10 GB "httpd.conf" must
 * not hang the run or fill memory, so only a regular file of at most
 * WC_MAX_FILE_SIZE opens; anything else is named in a warning. */
static FILE *open_config(struct wc *w, const char *logical)
{
	char *h = ctx_host_path(w->ctx, logical);
	FILE *fp = fopen_untrusted(h, false, WC_MAX_FILE_SIZE);
	if (!fp && errno == EINVAL)
		hs_warn("%s: not read as a web server config: not a regular file", h);
	else if (!fp && errno == EFBIG)
		hs_warn("%s: not read as a web server config: larger than %u MiB", h,
		        WC_MAX_FILE_SIZE >> 20);
	free(h);
	return fp;
}

/* Read a config file line by line, joining '\' continuations. */
static void each_line(struct wc *w, const char *logical, int depth,
                      void (*fn)(struct wc *, char *, int))
{
	if (w->files++ >= WC_MAX_FILES)
		return;
	FILE *fp = open_config(w, logical);
	if (!fp)
		return;
	char *line = NULL, acc[WC_MAX_LINE];
	size_t cap = 0, alen = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, fp)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		bool cont = n > 0 && line[n - 1] == '\\';
		if (cont)
			line[--n] = '\0';
		if (alen + (size_t)n < sizeof(acc) - 1) {
			memcpy(acc + alen, line, (size_t)n);
			alen += (size_t)n;
		}
		acc[alen] = '\0';
		if (cont)
			continue;
		fn(w, acc, depth);
		alen = 0;
	}
	free(line);
	fclose(fp);
}

/* ---- Apache ---- */

static void apache_file(struct wc *w, const char *logical, int depth);

static void apache_line(struct wc *w, char *raw, int depth)
{
	char *s = subst(w, raw);
	char *v[8];
	size_t n = words(s, v, 8);
	if (n == 0 || v[0][0] == '#') {
		free(s);
		return;
	}
	const char *d = v[0];
	struct wc_vhost *cur = w->in_vhost ? &w->cur : &w->global;
	if (!strcasecmp(d, "<VirtualHost")) {
		if (w->in_vhost)
			vh_clear(&w->cur);
		w->in_vhost = true;
	} else if (!strcasecmp(d, "</VirtualHost>")) {
		if (w->in_vhost) {
			vh_emit(w, &w->cur, &w->global);
			vh_clear(&w->cur);
			w->in_vhost = false;
		}
	} else if ((!strcasecmp(d, "Include") || !strcasecmp(d, "IncludeOptional")) && n >= 2) {
		include_glob(w, v[1], depth, apache_file);
	} else if (!strcasecmp(d, "Define") && n >= 3) {
		wc_var(w, v[1], v[2]);
	} else if (!strcasecmp(d, "ServerRoot") && n >= 2 && !w->in_vhost) {
		/* kept for relative paths: the first one wins (it comes first) */
	} else if (!strcasecmp(d, "DocumentRoot") && n >= 2) {
		free(cur->docroot);
		cur->docroot = abs_path(w, v[1]);
	} else if ((!strcasecmp(d, "ServerName") || !strcasecmp(d, "ServerAlias")) && n >= 2) {
		for (size_t i = 1; i < n; i++) {
			char *c = strchr(v[i], ':');
			if (c)
				*c = '\0';
			if (*v[i])
				strlist_add_unique(&cur->names, v[i]);
		}
	} else if ((!strcasecmp(d, "CustomLog") || !strcasecmp(d, "TransferLog")) && n >= 2 &&
	           v[1][0] != '|' && strncmp(v[1], "syslog", 6) != 0) {
		char *p = abs_path(w, v[1]);
		strlist_add_unique(&cur->logs, p);
		free(p);
	}
	free(s);
}

static void apache_file(struct wc *w, const char *logical, int depth)
{
	each_line(w, logical, depth, apache_line);
}

/* The Debian envvars: "export APACHE_LOG_DIR=/var/log/apache2$SUFFIX". */
static void apache_envvars(struct wc *w, const char *conf_dir)
{
	wc_var(w, "APACHE_LOG_DIR", "/var/log/apache2");
	char *ev = path_join(conf_dir, "envvars");
	char *h = ctx_host_path(w->ctx, ev);
	FILE *fp = fopen(h, "re");
	free(h);
	free(ev);
	if (!fp)
		return;
	char line[1024];
	while (fgets(line, sizeof(line), fp)) {
		char *p = line;
		while (isspace((unsigned char)*p))
			p++;
		if (strncmp(p, "export ", 7) != 0)
			continue;
		p += 7;
		char *eq = strchr(p, '=');
		if (!eq || strncmp(p, "APACHE_", 7) != 0)
			continue;
		*eq = '\0';
		char *val = eq + 1;
		val[strcspn(val, "\n")] = '\0';
		char *dollar = strchr(val, '$'); /* $SUFFIX: empty for the main instance */
		if (dollar)
			*dollar = '\0';
		if (*val)
			wc_var(w, p, val);
	}
	fclose(fp);
}

static void wc_free(struct wc *w)
{
	vh_clear(&w->global);
	vh_clear(&w->cur);
	for (size_t i = 0; i < w->nvars; i++) {
		free(w->var_name[i]);
		free(w->var_val[i]);
	}
}

size_t webconf_apache(struct hs_ctx *ctx, const char *main_conf, struct log_sources *out)
{
	char *h = ctx_host_path(ctx, main_conf);
	struct stat st;
	bool exists = stat(h, &st) == 0;
	free(h);
	if (!exists)
		return 0;
	char *dir = xstrdup(main_conf);
	char *sl = strrchr(dir, '/');
	if (sl)
		*sl = sl == dir ? (sl[1] = '\0', '/') : '\0';
	struct wc w = {.ctx = ctx, .out = out};
	/* ServerRoot: the directory of the main config (Debian, RHEL's is its parent) */
	char *sr = xstrdup(dir);
	if (strlen(sr) > 5 && !strcmp(sr + strlen(sr) - 5, "/conf"))
		sr[strlen(sr) - 5] = '\0';
	w.server_root = sr;
	apache_envvars(&w, dir);
	apache_file(&w, main_conf, 0);
	if (w.in_vhost) /* an unclosed block: still say what it named */
		vh_emit(&w, &w.cur, &w.global);
	vh_emit(&w, &w.global, NULL);
	size_t added = w.added;
	wc_free(&w);
	free(sr);
	free(dir);
	return added;
}

/* ---- nginx ---- */

static void nginx_file(struct wc *w, const char *logical, int depth);

/* One statement (up to ';', '{' or '}') at a time. */
static void nginx_stmt(struct wc *w, char *s, char term, int depth)
{
	char *v[16];
	size_t n = words(s, v, 16);
	if (term == '{') {
		if (n >= 1 && !strcmp(v[0], "server") && w->server_depth == 0) {
			w->server_depth = w->nginx_depth + 1;
			vh_clear(&w->cur);
			w->in_vhost = true;
		}
		w->nginx_depth++;
		return;
	}
	if (term == '}') {
		if (w->nginx_depth > 0 && w->nginx_depth == w->server_depth) {
			vh_emit(w, &w->cur, &w->global);
			vh_clear(&w->cur);
			w->server_depth = 0;
			w->in_vhost = false;
		}
		if (w->nginx_depth > 0)
			w->nginx_depth--;
		return;
	}
	if (n == 0)
		return;
	bool at_server = w->in_vhost && w->nginx_depth == w->server_depth;
	bool at_http = !w->in_vhost;
	struct wc_vhost *cur = w->in_vhost ? &w->cur : &w->global;
	if (!strcmp(v[0], "include") && n >= 2) {
		include_glob(w, v[1], depth, nginx_file);
	} else if (!strcmp(v[0], "root") && n >= 2 && (at_server || at_http)) {
		free(cur->docroot);
		cur->docroot = abs_path(w, v[1]);
	} else if (!strcmp(v[0], "server_name") && n >= 2 && at_server) {
		for (size_t i = 1; i < n; i++)
			if (strcmp(v[i], "_") && v[i][0] != '~')
				strlist_add_unique(&cur->names, v[i][0] == '.' ? v[i] + 1 : v[i]);
	} else if (!strcmp(v[0], "access_log") && n >= 2 && strcmp(v[1], "off") &&
	           strncmp(v[1], "syslog:", 7) && (at_server || at_http)) {
		char *p = abs_path(w, v[1]);
		strlist_add_unique(&cur->logs, p);
		free(p);
	}
}

struct nginx_buf {
	char s[WC_MAX_LINE];
	size_t n;
};

static void nginx_file(struct wc *w, const char *logical, int depth)
{
	if (w->files++ >= WC_MAX_FILES)
		return;
	FILE *fp = open_config(w, logical);
	if (!fp)
		return;
	struct nginx_buf *b = xcalloc(1, sizeof(*b));
	int c;
	bool comment = false;
	char quote = 0;
	while ((c = getc(fp)) != EOF) {
		if (comment) {
			comment = c != '\n';
			continue;
		}
		if (!quote && c == '#') {
			comment = true;
			continue;
		}
		if (quote) {
			if (c == quote)
				quote = 0;
		} else if (c == '"' || c == '\'') {
			quote = (char)c;
		} else if (c == ';' || c == '{' || c == '}') {
			b->s[b->n] = '\0';
			nginx_stmt(w, b->s, (char)c, depth);
			b->n = 0;
			continue;
		}
		if (b->n < sizeof(b->s) - 1)
			b->s[b->n++] = (char)(c == '\n' || c == '\t' ? ' ' : c);
	}
	free(b);
	fclose(fp);
}

size_t webconf_nginx(struct hs_ctx *ctx, const char *main_conf, struct log_sources *out)
{
	char *h = ctx_host_path(ctx, main_conf);
	struct stat st;
	bool exists = stat(h, &st) == 0;
	free(h);
	if (!exists)
		return 0;
	char *dir = xstrdup(main_conf);
	char *sl = strrchr(dir, '/');
	if (sl && sl != dir)
		*sl = '\0';
	struct wc w = {.ctx = ctx, .out = out, .server_root = dir};
	nginx_file(&w, main_conf, 0);
	if (w.in_vhost)
		vh_emit(&w, &w.cur, &w.global);
	/* a server without access_log writes to the http{} one: emitted with
	 * the global context (no docroot unless http{} sets root) */
	vh_emit(&w, &w.global, NULL);
	size_t added = w.added;
	wc_free(&w);
	free(dir);
	return added;
}
