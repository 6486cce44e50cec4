/* The configuration file (INI, parsed with libinih). The core sections
 * ([general], [scan], [accounts]) live here; other modules own their own
 * section through a <section>_config_set() hook that main.c registers. */
#ifndef HS_CONFIG_H
#define HS_CONFIG_H

#include "util.h"

#include <stdbool.h>
#include <stdint.h>

#ifndef HS_DATADIR
#define HS_DATADIR "/usr/share/hostsweep"
#endif
#ifndef HS_SYSCONFDIR
#define HS_SYSCONFDIR "/etc/hostsweep"
#endif
#ifndef HS_STATEDIR
#define HS_STATEDIR "/var/lib/hostsweep"
#endif
#define HS_DEFAULT_CONFIG HS_SYSCONFDIR "/hostsweep.conf"

struct hs_config {
	char *file; /* the file read, NULL for built-in defaults */
	/* [general] */
	char *state_dir;
	int threads;      /* 0 = number of CPUs */
	char *prometheus; /* the sweep's metrics file (report/sweep_prom.h), NULL: none */
	/* [scan] */
	struct strlist docroots; /* globs */
	struct strlist tmp_dirs;
	struct strlist excludes;    /* fnmatch globs on the full path */
	struct strlist upload_dirs; /* globs: the `in_uploads` YARA external */
	struct strlist rules_dirs;
	char *signatures_dir;
	struct strlist ioc_dirs; /* imported indicator lists (scan/iocs.h) */
	uint64_t max_file_size;
	int max_depth;
	bool cross_mounts;
	int scan_timeout;  /* seconds per file for YARA, 0 = none */
	bool php_analysis; /* the PHP layer of the file scan (scan/php_analyze.h) */
	uint64_t max_rate; /* bytes read per second by the scanner, 0 = no limit */
	/* [accounts] */
	struct strlist web_users;
	struct strlist mta_users;
	long min_uid, max_uid; /* hosting accounts */
};

/* Fill in the built-in defaults. */
void config_defaults(struct hs_config *c);
/* Read an INI file over the defaults. On error prints "FILE:LINE: message"
 * and returns false. When `optional` and the file does not exist, returns
 * true with the defaults. */
bool config_load(struct hs_config *c, const char *path, bool optional);
void config_free(struct hs_config *c);

/* A module's section: returns 1 when the key was taken, 0 when the key is
 * unknown, -1 when the value is bad (message in err). */
typedef int (*config_section_fn)(const char *key, const char *value, char *err, size_t errlen);
/* A module's section: [name], and [name.X] too when with_names. */
struct config_section {
	const char *name;
	bool with_names;
	config_section_fn set; /* NULL: the module is not in this build */
};
/* The module sections config_load() knows (main.c registers them before
 * loading; the table must outlive every load). */
void config_register_sections(const struct config_section *v, size_t n);
/* The section being parsed while a module's hook runs (for sections with
 * names, like [policy.NAME]). */
extern const char *hs_config_section;

#endif
