/* The report: collects findings from every inspector (thread-safe), keeps the
 * counters for the summary, and hands each finding to the output format
 * (text or JSON lines) and to any other sink (journald, policy). */
#ifndef HS_REPORT_H
#define HS_REPORT_H

#include "finding.h"

#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

enum hs_format { HS_FORMAT_TEXT, HS_FORMAT_JSON };

/* Counters for the summary line. Incremented with report_count(). */
struct report_counts {
	uint64_t files;           /* regular files scanned */
	uint64_t bytes;           /* bytes read and scanned */
	uint64_t cached;          /* unchanged files known clean, not read again */
	uint64_t skipped_size;    /* over max_file_size */
	uint64_t skipped_special; /* FIFOs, sockets, devices */
	uint64_t skipped_excluded;
	uint64_t skipped_mounts; /* mount points not crossed */
	uint64_t skipped_depth;  /* directories below max_depth */
	uint64_t skipped_own;    /* hostsweep's own files (state, rules): never scanned */
	uint64_t symlinks;       /* symlinks seen (never followed) */
	uint64_t vanished;       /* gone or changed between listing and reading */
	uint64_t permission;     /* EACCES / EPERM */
	uint64_t errors;         /* everything else that went wrong, incl. permission */
	uint64_t inconclusive;   /* YARA timeout, PCRE2 limit: scanned but unknown */
};

struct reporter; /* one output format */

typedef void (*report_sink_fn)(void *ud, const struct finding *f);

struct report {
	pthread_mutex_t lock;
	enum hs_format format;
	FILE *out;
	const char *command;
	struct reporter *fmt;
	struct report_counts counts;
	uint64_t by_severity[HS_SEV_COUNT];
	struct finding **findings; /* every finding of the run, in arrival order */
	size_t nfindings, capfindings;
	uint64_t nforgotten;         /* findings already printed and freed (report_forget) */
	json_t *summary_extra;       /* inspectors add their own summary fields (JSON) */
	struct strlist text_summary; /* ...and their own summary lines (text) */
	struct strlist text_actions; /* actions, for the text report */
	struct strlist text_blocks;  /* e.g. respond's incident reports */
	uint64_t nactions;
	double started;
	struct {
		report_sink_fn fn;
		void *ud;
	} sinks[8];
	int nsinks;
};

struct reporter;
/* fmt prints the findings (report/formats.h: text or JSON lines); the
 * report owns it from here on. */
struct report *report_new(enum hs_format format, struct reporter *fmt, FILE *out,
                          const char *command);
void report_free(struct report *r);
void report_add_sink(struct report *r, report_sink_fn fn, void *ud);
/* Takes ownership of f. */
void report_finding(struct report *r, struct finding *f);
/* A per-item problem (unreadable file, broken queue file). Counted as an error. */
void report_error(struct report *r, const char *path, const char *what, int err);
/* Add to a counter: report_count(r, &r->counts.files, 1). Thread-safe. */
static inline void report_count(struct report *r, uint64_t *counter, uint64_t n)
{
	(void)r;
	__atomic_fetch_add(counter, n, __ATOMIC_RELAXED);
}
/* An action taken (or proposed) by the policy engine or respond: printed
 * at once as a JSON line ("type":"action"), or collected for the text
 * report's "actions" section. Takes ownership of obj. */
void report_action(struct report *r, json_t *obj, const char *text_line);
/* A block of text (lines separated by \n, already escaped) printed after
 * the findings in the text report; ignored in JSON (give objects there). */
void report_add_text_block(struct report *r, const char *block);
/* A line for the text summary (e.g. "mail queue: 812 messages"). */
void report_add_text_summary(struct report *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* For a long-running command (watch) whose format prints each finding as
 * it comes (reporter->streams): free the first n findings, already printed
 * and handed to the sinks, so memory stays bounded. They still count in
 * the totals and the summary. */
void report_forget(struct report *r, size_t n);
/* Print what is buffered (text) and the summary. */
void report_end(struct report *r);
uint64_t report_total_findings(const struct report *r);

/* An output format (report/report_text.c, report/report_json.c). A NULL
 * callback does nothing: a reporter of all NULLs is a scratch report that
 * only counts (cmd_respond's timeline walk). */
struct reporter {
	void (*finding)(struct reporter *, struct report *, const struct finding *);
	void (*error)(struct reporter *, struct report *, const char *path, const char *msg);
	void (*end)(struct reporter *, struct report *, json_t *summary);
	void (*free)(struct reporter *);
	bool streams; /* prints each finding and action at once (nothing is buffered) */
};

#endif
