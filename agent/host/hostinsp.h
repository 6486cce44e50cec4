/* The host inspectors (tmpdirs.c, cron.c, procs.c) and the helpers they
 * share: temp-dir tests, linking a finding to the file finding of the
 * script it runs, and the crontab entries procs.c links processes to. */
#ifndef HS_HOSTINSP_H
#define HS_HOSTINSP_H

#include "scan/scanner.h"

#include <jansson.h>

/* The inspectors of a sweep. Each returns 0 on success, -1 on an error that
 * makes the run's result unreliable (exit status 2). Findings go to
 * ctx->rep; scripts they find are scanned with s. */
int tmp_inspect(struct hs_ctx *ctx, struct scanner *s);
int cron_inspect(struct hs_ctx *ctx, struct scanner *s);
int procs_inspect(struct hs_ctx *ctx, struct scanner *s);
/* Scripts in the hosting accounts' (and web users') home directories,
 * outside the docroots (homes.c); [homes] enabled. */
int homes_inspect(struct hs_ctx *ctx, struct scanner *s);
int homes_config_set(const char *key, const char *value, char *err, size_t errlen);

/* The checks of `tmp` that are about one file (names, ELF and scripts of web
 * users and accounts, executables), as a scanner extra hook would run them:
 * for a watcher that scans temp-dir files one at a time. */
void tmp_check_file(struct hs_ctx *ctx, struct finding **f, const struct file_info *fi,
                    const unsigned char *buf, size_t len);

/* True when a logical path lies in one of the configured temp dirs. */
bool hi_in_tmp(const struct hs_ctx *ctx, const char *path);
/* True when a path is a system binary location (/usr, /bin, /sbin, /lib*). */
bool hi_system_path(const char *path);
/* True when a finding with this id is already in the report. */
bool hi_report_has_id(struct report *r, const char *id);

/* Scan the script at a logical path with the file scanner (kind "tmp" in a
 * temp dir, else "file"); when it is a finding, report it (once per run)
 * and return its severity (HS_SEV_NONE when clean or unreadable). *link
 * gets {"path", "finding": id|null, "rules": [...]}, or NULL when the file
 * could not be read. */
int hi_link_script(struct hs_ctx *ctx, struct scanner *s, const char *path, json_t **link);

/* A crontab entry as procs.c needs it to say which entry starts a process. */
struct cron_ref {
	char *user;
	char *crontab; /* logical path */
	unsigned line;
	char *command;
	char id[17];          /* id of the cron finding (when flagged) */
	bool flagged;         /* the entry is a finding of its own */
	struct strlist paths; /* absolute paths it runs */
};
/* Every entry of every crontab, at job and user timer (no findings). */
size_t cron_collect(struct hs_ctx *ctx, struct cron_ref **out);
void cron_refs_free(struct cron_ref *v, size_t n);

#endif
