/* The file scanner's engine and per-thread workers. The engine (YARA rules,
 * PCRE2 patterns, hash signatures) is loaded once and shared; every worker
 * thread has its own libmagic cookie, YARA scanner, PCRE2 match state and
 * read buffer, because none of those may be shared. */
#ifndef HS_FILESCAN_H
#define HS_FILESCAN_H

#include "ctx.h"
#include "scan/hashsig.h"
#include "scan/patterns.h"
#include "scan/rules.h"

#include <magic.h>
#include <sys/stat.h>

struct scan_engine {
	struct rule_sets rs; /* the full set, and the one for content that cannot be PHP */
	struct patterns *patterns;
	struct patterns *builtin; /* hostsweep's own content checks (filescan.c) */
	struct hashsigs *sigs;
	int nrulefiles;
	bool rules_use_mime;     /* some rule reads `mime`: type every file with libmagic */
	unsigned rule_externals; /* EXT_* the rules read (rules.h) */
	char digest[65];         /* identifies rules + signatures + version, for caches */
	/* Results that depend on the content alone (libmagic's type, PCRE2
	 * finding nothing, YARA matching nothing with the same externals),
	 * remembered by SHA-256 for the run (filescan.c). */
	struct content_memo *memo;
	unsigned long yara_files, yara_reused; /* for -v; updated atomically */
	const struct hs_config *cfg;
	const struct accounts *accounts;
};

/* What the scanner knows about a file besides its content. */
struct file_info {
	const char *path; /* logical path */
	const struct stat *st;
	const char *kind;              /* finding kind: "file" or "tmp" */
	const struct docroot *docroot; /* NULL when not in a docroot */
};

struct scan_worker {
	struct scan_engine *eng;
	magic_t magic;
	YR_SCANNER *yscanner;    /* eng->rs.all */
	YR_SCANNER *yother;      /* eng->rs.other, or NULL */
	unsigned long nscan;     /* files scanned by this worker */
	unsigned long ext_at[2]; /* nscan when each scanner got its externals */
	struct pattern_matcher pm;
	unsigned char *buf;
	size_t cap;
};

/* Load rules from cfg->rules_dirs (all required when given on the command
 * line) and signatures from cfg->signatures_dir. NULL on error (printed). */
struct scan_engine *scan_engine_load(const struct hs_ctx *ctx, bool rules_from_cli);
void scan_engine_free(struct scan_engine *e);

bool scan_worker_init(struct scan_worker *w, struct scan_engine *e);
void scan_worker_free(struct scan_worker *w);

enum scan_result {
	SCAN_CLEAN,
	SCAN_FINDING,
	SCAN_INCONCLUSIVE, /* read, but a rule or pattern could not finish */
	SCAN_FAILED,       /* could not be read: counted, never grounds for action */
};

/* Scan an open regular file. On SCAN_FINDING (and possibly INCONCLUSIVE
 * with partial hits) *out holds the finding (caller owns it). Counts files
 * and bytes in rep. */
enum scan_result scan_worker_scan_fd(struct scan_worker *w, int fd, const struct file_info *fi,
                                     struct report *rep, struct finding **out);
/* Scan a buffer already in memory (used by tests and by inspectors that
 * already hold the content). */
enum scan_result scan_worker_scan_buffer(struct scan_worker *w, const unsigned char *buf,
                                         size_t len, const struct file_info *fi,
                                         struct finding **out);

/* Fill the common fields of a finding about a file: path, owner, uid,
 * account. */
void finding_set_file(struct finding *f, const struct accounts *a, const char *path,
                      const struct stat *st);

#endif
