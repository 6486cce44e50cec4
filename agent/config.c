#include "config.h"

#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *hs_config_section;

/* Sections owned by modules above the core, registered by main.c (the core
 * knows no module). An unregistered section is an unknown section. */
static const struct config_section *module_sections;
static size_t nmodule_sections;

void config_register_sections(const struct config_section *v, size_t n)
{
	module_sections = v;
	nmodule_sections = n;
}

static config_section_fn module_section_fn(const char *name)
{
	for (size_t i = 0; i < nmodule_sections; i++) {
		const struct config_section *m = &module_sections[i];
		size_t l = strlen(m->name);
		if (!strcmp(name, m->name) ||
		    (m->with_names && !strncmp(name, m->name, l) && name[l] == '.'))
			return m->set;
	}
	return NULL;
}

static void set_list(struct strlist *l, const char *words)
{
	strlist_clear(l);
	strlist_split_words(l, words);
}

void config_defaults(struct hs_config *c)
{
	memset(c, 0, sizeof(*c));
	c->state_dir = xstrdup(HS_STATEDIR);
	set_list(&c->docroots, "/home*/*/public_html /home/*/www /home/*/domains/*/public_html "
	                       "/home/*/*/public_html /var/www/vhosts/*/httpdocs "
	                       "/var/www/clients/client*/web*/web /var/www/html");
	set_list(&c->tmp_dirs, "/tmp /var/tmp /dev/shm");
	/* CMS media directories customers' visitors can upload into. */
	set_list(&c->upload_dirs, "*/wp-content/uploads/* */images/stories/* "
	                          "*/sites/default/files/*");
	set_list(&c->rules_dirs, HS_DATADIR "/rules " HS_SYSCONFDIR "/rules.d");
	c->signatures_dir = xstrdup(HS_DATADIR "/signatures");
	set_list(&c->ioc_dirs, HS_STATEDIR "/iocs");
	c->max_file_size = 16ULL * 1024 * 1024;
	c->max_depth = 128;
	c->scan_timeout = 60;
	c->php_analysis = true;
	set_list(&c->web_users, "www-data apache nginx nobody lighttpd httpd");
	set_list(&c->mta_users, "postfix Debian-exim exim mail mailnull smmsp qmaild qmaill qmailp "
	                        "qmailq qmailr qmails alias");
	c->min_uid = 1000;
	c->max_uid = 60000;
}

void config_free(struct hs_config *c)
{
	free(c->file);
	free(c->state_dir);
	free(c->prometheus);
	strlist_clear(&c->docroots);
	strlist_clear(&c->tmp_dirs);
	strlist_clear(&c->excludes);
	strlist_clear(&c->upload_dirs);
	strlist_clear(&c->rules_dirs);
	free(c->signatures_dir);
	strlist_clear(&c->ioc_dirs);
	strlist_clear(&c->web_users);
	strlist_clear(&c->mta_users);
	memset(c, 0, sizeof(*c));
}

struct parse_state {
	struct hs_config *c;
	char err[512];
	int err_line; /* set at the first error: later ones keep its message */
	/* A list key set in the file replaces the default on its first
	 * occurrence; later occurrences (and continuation lines) append. */
	struct strlist lists_seen;
};

static bool parse_int(const char *v, long min, long max, long *out)
{
	char *end;
	errno = 0;
	long x = strtol(v, &end, 10);
	if (errno || end == v || *end || x < min || x > max)
		return false;
	*out = x;
	return true;
}

static int set_list_key(struct parse_state *ps, const char *section, const char *key,
                        struct strlist *l, const char *value)
{
	char *id = xasprintf("%s.%s", section, key);
	if (!strlist_contains(&ps->lists_seen, id)) {
		strlist_add(&ps->lists_seen, id);
		strlist_clear(l);
	}
	free(id);
	strlist_split_words(l, value);
	return 1;
}

/* Returns 1 taken, 0 unknown, -1 bad value. */
static int core_key(struct parse_state *ps, const char *section, const char *key, const char *v)
{
	struct hs_config *c = ps->c;
	long n;
	if (!strcmp(section, "general")) {
		if (!strcmp(key, "state_dir")) {
			if (v[0] != '/')
				return snprintf(ps->err, sizeof(ps->err),
				                "state_dir must be absolute"),
				       -1;
			free(c->state_dir);
			c->state_dir = xstrdup(v);
			return 1;
		}
		if (!strcmp(key, "prometheus")) {
			if (v[0] && v[0] != '/')
				return snprintf(ps->err, sizeof(ps->err),
				                "prometheus: expected an absolute path"),
				       -1;
			free(c->prometheus);
			c->prometheus = v[0] ? xstrdup(v) : NULL;
			return 1;
		}
		if (!strcmp(key, "threads")) {
			if (!parse_int(v, 0, 256, &n))
				return snprintf(ps->err, sizeof(ps->err), "threads must be 0..256"),
				       -1;
			c->threads = (int)n;
			return 1;
		}
		return 0;
	}
	if (!strcmp(section, "scan")) {
		if (!strcmp(key, "docroots"))
			return set_list_key(ps, section, key, &c->docroots, v);
		if (!strcmp(key, "tmp_dirs"))
			return set_list_key(ps, section, key, &c->tmp_dirs, v);
		if (!strcmp(key, "excludes"))
			return set_list_key(ps, section, key, &c->excludes, v);
		if (!strcmp(key, "upload_dirs"))
			return set_list_key(ps, section, key, &c->upload_dirs, v);
		if (!strcmp(key, "rules_dirs"))
			return set_list_key(ps, section, key, &c->rules_dirs, v);
		if (!strcmp(key, "ioc_dirs"))
			return set_list_key(ps, section, key, &c->ioc_dirs, v);
		if (!strcmp(key, "signatures_dir")) {
			free(c->signatures_dir);
			c->signatures_dir = xstrdup(v);
			return 1;
		}
		if (!strcmp(key, "max_file_size")) {
			if (!parse_size(v, &c->max_file_size) || c->max_file_size == 0)
				return snprintf(ps->err, sizeof(ps->err),
				                "max_file_size: expected a size like 16M"),
				       -1;
			return 1;
		}
		if (!strcmp(key, "max_depth")) {
			if (!parse_int(v, 1, 4096, &n))
				return snprintf(ps->err, sizeof(ps->err),
				                "max_depth must be 1..4096"),
				       -1;
			c->max_depth = (int)n;
			return 1;
		}
		if (!strcmp(key, "cross_mounts")) {
			if (!parse_bool(v, &c->cross_mounts))
				return snprintf(ps->err, sizeof(ps->err),
				                "cross_mounts: expected yes or no"),
				       -1;
			return 1;
		}
		if (!strcmp(key, "max_rate")) {
			if (!parse_size(v, &c->max_rate))
				return snprintf(ps->err, sizeof(ps->err),
				                "max_rate: expected bytes per second like 50M (0 = "
				                "no limit)"),
				       -1;
			return 1;
		}
		if (!strcmp(key, "php_analysis")) {
			if (!parse_bool(v, &c->php_analysis))
				return snprintf(ps->err, sizeof(ps->err),
				                "php_analysis: expected yes or no"),
				       -1;
			return 1;
		}
		if (!strcmp(key, "scan_timeout")) {
			uint64_t s;
			if (!parse_duration(v, &s) || s > 86400)
				return snprintf(ps->err, sizeof(ps->err),
				                "scan_timeout: expected seconds (0 = none)"),
				       -1;
			c->scan_timeout = (int)s;
			return 1;
		}
		return 0;
	}
	if (!strcmp(section, "accounts")) {
		if (!strcmp(key, "web_users"))
			return set_list_key(ps, section, key, &c->web_users, v);
		if (!strcmp(key, "mta_users"))
			return set_list_key(ps, section, key, &c->mta_users, v);
		if (!strcmp(key, "min_uid") || !strcmp(key, "max_uid")) {
			if (!parse_int(v, 0, 0x7fffffff, &n))
				return snprintf(ps->err, sizeof(ps->err), "%s must be a uid", key),
				       -1;
			*(key[1] == 'i' ? &c->min_uid : &c->max_uid) = n;
			return 1;
		}
		return 0;
	}
	return -2; /* not a core section */
}

static int handler(void *user, const char *section, const char *key, const char *value
#if INI_HANDLER_LINENO
                   ,
                   int lineno
#endif
)
{
	struct parse_state *ps = user;
#if INI_HANDLER_LINENO
	(void)lineno;
#endif
	if (ps->err_line)
		return 1; /* report the first error only */
	if (!key)
		return 1; /* a section header alone */
	int r = core_key(ps, section, key, value);
	if (r == -2) {
		config_section_fn fn = module_section_fn(section);
		if (!fn) {
			snprintf(ps->err, sizeof(ps->err), "unknown section [%s]", section);
			return 0;
		}
		hs_config_section = section;
		r = fn(key, value, ps->err, sizeof(ps->err));
		hs_config_section = NULL;
		if (r == 0) {
			snprintf(ps->err, sizeof(ps->err), "unknown key '%s' in section [%s]", key,
			         section);
		} else if (r < 0 && !ps->err[0]) {
			snprintf(ps->err, sizeof(ps->err), "bad value for '%s'", key);
		}
	} else if (r == 0) {
		snprintf(ps->err, sizeof(ps->err), "unknown key '%s' in section [%s]", key,
		         section);
	}
	if (r <= 0) {
		if (r < 0) {
			/* prefix the key so the message is self-contained */
			char *tmp = xasprintf("[%s] %s = %s: %s", section, key, value, ps->err);
			snprintf(ps->err, sizeof(ps->err), "%s", tmp);
			free(tmp);
		}
		ps->err_line = 1;
		return 0;
	}
	return 1;
}

bool config_load(struct hs_config *c, const char *path, bool optional)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		if (optional && errno == ENOENT)
			return true;
		hs_err("%s: cannot read config: %s", path, strerror(errno));
		return false;
	}
	struct parse_state ps = {.c = c};
	int r = ini_parse_file(fp, handler, &ps);
	fclose(fp);
	strlist_clear(&ps.lists_seen);
	if (r != 0) {
		if (r < 0)
			hs_err("%s: cannot parse config", path);
		else
			hs_err("%s:%d: %s", path, r,
			       ps.err[0] ? ps.err
			                 : "syntax error (expected key = value or [section])");
		return false;
	}
	free(c->file);
	c->file = xstrdup(path);
	return true;
}
