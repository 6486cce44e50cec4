/* The multi-threaded file scanner: one walker (the calling thread) that
 * lists trees safely and opens files, a bounded queue of open files, and N
 * worker threads that read, classify and match them. */
#ifndef HS_SCANNER_H
#define HS_SCANNER_H

#include "scan/filescan.h"
#include "scan/walk.h"

struct scanner;

struct scanner *scanner_new(struct hs_ctx *ctx, bool rules_from_cli);
void scanner_free(struct scanner *s);

/* Walk a tree (or one file) of the inspected system and queue every
 * regular file; findings get `kind` ("file" or "tmp"). Returns when the
 * walk is done; files may still be in flight until scanner_drain(). */
void scanner_scan_tree(struct scanner *s, const char *logical_path, const char *kind);
/* Wait until every queued file has been scanned and reported. */
void scanner_drain(struct scanner *s);

/* Scan one file now, synchronously, without reporting: the caller gets
 * the finding (or NULL) and the result. Used to link cron entries and
 * processes to the script they run. */
struct finding *scanner_scan_path(struct scanner *s, const char *logical_path, const char *kind,
                                  enum scan_result *res);

/* Optional hooks for inspectors built on the scanner. */
/* Called in the walker thread for every entry before the default handling;
 * return false to skip the entry. */
void scanner_set_entry_hook(struct scanner *s, bool (*fn)(void *ud, const struct walk_entry *e),
                            void *ud);
/* Called in a worker after the content scan of each file: may add rules to
 * *f or create it. */
typedef void (*scanner_extra_fn)(void *ud, struct finding **f, const struct file_info *fi,
                                 const unsigned char *buf, size_t len);
void scanner_set_extra(struct scanner *s, scanner_extra_fn fn, void *ud);
/* Called instead of report_finding for each finding (takes ownership). */
void scanner_set_finding_sink(struct scanner *s, void (*fn)(void *ud, struct finding *f), void *ud);

/* The scan cache (incremental sweeps): files it knows clean and unchanged
 * are not read again. */
struct scan_cache_ops {
	bool (*is_clean)(void *c, const char *path, const struct stat *st);
	void (*record)(void *c, const char *path, const struct stat *st, enum scan_result r);
};
void scanner_set_cache(struct scanner *s, const struct scan_cache_ops *ops, void *c);
const struct scan_engine *scanner_engine(const struct scanner *s);

/* Docroots of the inspected system (the configured globs expanded under
 * the root), set on ctx->accounts. Returns how many. */
size_t docroots_discover(struct hs_ctx *ctx);

#endif
