/* Which logs to read (logs.h log_sources_discover): the operator's [logs]
 * globs first, then the web server configs (webconf.c), then the panel
 * layouts, then the backends' default paths. A web log that two vhosts
 * share has no docroot of its own (its requests are attributed per vhost
 * field or per file). */
#include "logs/logs.h"
#include "logs/webconf.h"

#include <dirent.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static bool exists_regular(struct hs_ctx *ctx, const char *logical)
{
	char *h = ctx_host_path(ctx, logical);
	struct stat st;
	bool ok = lstat(h, &st) == 0 && S_ISREG(st.st_mode);
	free(h);
	return ok;
}

/* A second vhost naming the same log with another docroot makes it shared
 * (no single owner); an add that knows nothing (a panel glob) keeps what a
 * vhost said. */
static void merge(char **dst, const char *v, bool *shared)
{
	if (!v || *shared)
		return;
	if (!*dst)
		*dst = xstrdup(v);
	else if (strcmp(*dst, v) != 0)
		*shared = true;
}

void log_sources_add(struct log_sources *s, const char *path, const struct log_backend *be,
                     const char *docroot, const char *vhost, const char *account)
{
	struct log_source *x = NULL;
	for (size_t i = 0; i < s->n && !x; i++)
		if (s->v[i].be == be && !strcmp(s->v[i].path, path))
			x = &s->v[i];
	if (!x) {
		if (s->n == s->cap)
			s->v = xrealloc(s->v, (s->cap = s->cap ? s->cap * 2 : 16) * sizeof(*s->v));
		x = &s->v[s->n++];
		memset(x, 0, sizeof(*x));
		x->path = xstrdup(path);
		x->be = be;
	}
	bool shared = x->shared;
	merge(&x->docroot, docroot, &shared);
	if (shared && !x->shared) {
		x->shared = true;
		free(x->docroot);
		free(x->vhost);
		free(x->account);
		x->docroot = x->vhost = x->account = NULL;
		return;
	}
	bool dummy = false;
	merge(&x->vhost, vhost, &dummy);
	dummy = false;
	merge(&x->account, account, &dummy);
}

void log_sources_free(struct log_sources *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].path);
		free(s->v[i].docroot);
		free(s->v[i].vhost);
		free(s->v[i].account);
	}
	for (size_t i = 0; i < s->nvh; i++) {
		free(s->vh[i].name);
		free(s->vh[i].docroot);
		free(s->vh[i].account);
	}
	free(s->v);
	free(s->vh);
	memset(s, 0, sizeof(*s));
}

const struct log_vhost *log_sources_vhost(const struct log_sources *s, const char *name, size_t n)
{
	const char *c = memchr(name, ':', n);
	if (c)
		n = (size_t)(c - name);
	for (size_t i = 0; i < s->nvh; i++)
		if (strlen(s->vh[i].name) == n && !strncasecmp(s->vh[i].name, name, n))
			return &s->vh[i];
	return NULL;
}

/* Every regular file matching a logical glob. */
static void each_glob(struct hs_ctx *ctx, const char *pat,
                      void (*fn)(struct hs_ctx *, const char *, void *), void *ud)
{
	char *h = ctx_host_path(ctx, pat);
	glob_t g;
	if (glob(h, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			struct stat st;
			if (lstat(g.gl_pathv[i], &st) == 0 && S_ISREG(st.st_mode))
				fn(ctx, ctx_logical_path(ctx, g.gl_pathv[i]), ud);
		}
		globfree(&g);
	}
	free(h);
}

struct add_ud {
	struct log_sources *out;
	const struct log_backend *be;
};

static bool rotated_or_other(const char *base)
{
	/* access.log.1, access.log.2.gz, *-bytes_log, *.offset, error logs */
	size_t n = strlen(base);
	if (strstr(base, "error") || strstr(base, "bytes_log") || strstr(base, ".offset") ||
	    strstr(base, "ftpxferlog"))
		return true;
	if (n > 3 && !strcmp(base + n - 3, ".gz"))
		return true;
	const char *d = strrchr(base, '.');
	if (d && d[1]) {
		const char *x = d + 1;
		while (*x >= '0' && *x <= '9')
			x++;
		if (!*x)
			return true;
	}
	return false;
}

static void add_plain(struct hs_ctx *ctx, const char *logical, void *ud)
{
	(void)ctx;
	struct add_ud *a = ud;
	if (!rotated_or_other(path_basename(logical)))
		log_sources_add(a->out, logical, a->be, NULL, NULL, NULL);
}

/* A panel's per-domain log: DOMAIN in the file (or directory) name; its
 * docroot from the vhost table when the web server config named it, else
 * from the panel's layout. */
static void add_domain_log(struct hs_ctx *ctx, struct log_sources *out, const char *logical,
                           const char *domain, const char *docroot_guess)
{
	const struct log_vhost *v = log_sources_vhost(out, domain, strlen(domain));
	const char *root = v && v->docroot ? v->docroot : docroot_guess;
	char *acct = v && v->account ? xstrdup(v->account)
	             : root          ? webconf_account(ctx, root)
	                             : NULL;
	log_sources_add(out, logical, &log_web, root, domain, acct);
	free(acct);
}

/* cPanel: /usr/local/apache/domlogs/DOMAIN and DOMAIN-ssl_log (also in
 * per-user subdirectories on newer versions). */
static void cpanel_logs(struct hs_ctx *ctx, struct log_sources *out)
{
	static const char *const pats[] = {"/usr/local/apache/domlogs/*",
	                                   "/usr/local/apache/domlogs/*/*",
	                                   "/var/log/apache2/domlogs/*"};
	for (size_t k = 0; k < HS_ARRAY_LEN(pats); k++) {
		char *h = ctx_host_path(ctx, pats[k]);
		glob_t g;
		if (glob(h, 0, NULL, &g) == 0) {
			for (size_t i = 0; i < g.gl_pathc; i++) {
				struct stat st;
				const char *base = path_basename(g.gl_pathv[i]);
				if (lstat(g.gl_pathv[i], &st) != 0 || !S_ISREG(st.st_mode) ||
				    rotated_or_other(base) || !strchr(base, '.'))
					continue;
				char dom[256];
				snprintf(dom, sizeof(dom), "%s", base);
				char *ssl = strstr(dom, "-ssl_log");
				if (ssl)
					*ssl = '\0';
				add_domain_log(ctx, out, ctx_logical_path(ctx, g.gl_pathv[i]), dom,
				               NULL);
			}
			globfree(&g);
		}
		free(h);
	}
}

/* Plesk: /var/www/vhosts/system/DOMAIN/logs/access_log (access_ssl_log,
 * proxy_access_log, proxy_access_ssl_log); docroot /var/www/vhosts/DOMAIN/httpdocs. */
static void plesk_logs(struct hs_ctx *ctx, struct log_sources *out)
{
	char *h = ctx_host_path(ctx, "/var/www/vhosts/system/*/logs/*access*log");
	glob_t g;
	if (glob(h, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			struct stat st;
			if (lstat(g.gl_pathv[i], &st) != 0 || !S_ISREG(st.st_mode))
				continue;
			const char *lg = ctx_logical_path(ctx, g.gl_pathv[i]);
			/* /var/www/vhosts/system/DOMAIN/logs/... */
			const char *d = lg + strlen("/var/www/vhosts/system/");
			const char *e = strchr(d, '/');
			if (!e || e - d >= 256)
				continue;
			char dom[256];
			memcpy(dom, d, (size_t)(e - d));
			dom[e - d] = '\0';
			char *guess = xasprintf("/var/www/vhosts/%s/httpdocs", dom);
			add_domain_log(ctx, out, lg, dom, guess);
			free(guess);
		}
		globfree(&g);
	}
	free(h);
}

/* DirectAdmin: /var/log/httpd/domains/DOMAIN.log (DOMAIN.error.log,
 * DOMAIN.bytes skipped); docroot /home/USER/domains/DOMAIN/public_html. */
static void directadmin_logs(struct hs_ctx *ctx, struct log_sources *out)
{
	char *h = ctx_host_path(ctx, "/var/log/httpd/domains/*.log");
	glob_t g;
	if (glob(h, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			struct stat st;
			const char *base = path_basename(g.gl_pathv[i]);
			if (lstat(g.gl_pathv[i], &st) != 0 || !S_ISREG(st.st_mode) ||
			    rotated_or_other(base))
				continue;
			char dom[256];
			snprintf(dom, sizeof(dom), "%s", base);
			size_t n = strlen(dom);
			if (n > 4)
				dom[n - 4] = '\0';
			char *guess = NULL;
			char *pat = xasprintf("/home/*/domains/%s/public_html", dom);
			char *hp = ctx_host_path(ctx, pat);
			glob_t g2;
			if (glob(hp, GLOB_ONLYDIR, NULL, &g2) == 0) {
				if (g2.gl_pathc >= 1)
					guess = xstrdup(ctx_logical_path(ctx, g2.gl_pathv[0]));
				globfree(&g2);
			}
			free(hp);
			free(pat);
			add_domain_log(ctx, out, ctx_logical_path(ctx, g.gl_pathv[i]), dom, guess);
			free(guess);
		}
		globfree(&g);
	}
	free(h);
}

static void add_list(struct hs_ctx *ctx, struct log_sources *out, const struct strlist *globs,
                     const struct log_backend *be)
{
	struct add_ud a = {out, be};
	if (globs && globs->n) {
		for (size_t i = 0; i < globs->n; i++)
			each_glob(ctx, globs->v[i], add_plain, &a);
		return;
	}
	for (size_t i = 0; be->paths && be->paths[i]; i++)
		if (exists_regular(ctx, be->paths[i]))
			log_sources_add(out, be->paths[i], be, NULL, NULL, NULL);
}

void log_sources_discover(struct hs_ctx *ctx, unsigned families, struct log_sources *out)
{
	if (families & LOG_FAM_WEB) {
		static const char *const apache[] = {"/etc/apache2/apache2.conf",
		                                     "/etc/httpd/conf/httpd.conf",
		                                     "/usr/local/apache/conf/httpd.conf"};
		static const char *const nginx[] = {"/etc/nginx/nginx.conf",
		                                    "/usr/local/nginx/conf/nginx.conf"};
		if (logs_set.apache_conf)
			webconf_apache(ctx, logs_set.apache_conf, out);
		else
			for (size_t i = 0; i < HS_ARRAY_LEN(apache); i++)
				webconf_apache(ctx, apache[i], out);
		if (logs_set.nginx_conf)
			webconf_nginx(ctx, logs_set.nginx_conf, out);
		else
			for (size_t i = 0; i < HS_ARRAY_LEN(nginx); i++)
				webconf_nginx(ctx, nginx[i], out);
		cpanel_logs(ctx, out);
		plesk_logs(ctx, out);
		directadmin_logs(ctx, out);
		struct add_ud a = {out, &log_web};
		for (size_t i = 0; i < logs_set.web_logs.n; i++)
			each_glob(ctx, logs_set.web_logs.v[i], add_plain, &a);
		each_glob(ctx, "/var/log/apache2/*access*log", add_plain, &a);
		each_glob(ctx, "/var/log/nginx/*access*log", add_plain, &a);
		for (size_t i = 0; log_web.paths[i]; i++)
			if (exists_regular(ctx, log_web.paths[i]))
				log_sources_add(out, log_web.paths[i], &log_web, NULL, NULL, NULL);
		/* a config may name logs that are not there (yet): drop those */
		size_t k = 0;
		for (size_t i = 0; i < out->n; i++) {
			if (out->v[i].be == &log_web && !exists_regular(ctx, out->v[i].path)) {
				free(out->v[i].path);
				free(out->v[i].docroot);
				free(out->v[i].vhost);
				free(out->v[i].account);
				continue;
			}
			out->v[k++] = out->v[i];
		}
		out->n = k;
	}
	if (families & LOG_FAM_FTP) {
		add_list(ctx, out, &logs_set.ftp_logs, &log_xferlog);
		add_list(ctx, out, logs_set.auth_logs.n ? &logs_set.auth_logs : NULL,
		         &log_pureftpd);
	}
	if (families & LOG_FAM_SSH)
		add_list(ctx, out, &logs_set.auth_logs, &log_sshd);
	if ((families & LOG_FAM_MAIL) && &log_mail)
		add_list(ctx, out, &logs_set.mail_logs, &log_mail);
}
