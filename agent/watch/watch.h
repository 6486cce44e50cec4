/* Realtime watching (`hostsweep watch`): the event sources (fanotify with
 * FAN_REPORT_DFID_NAME, inotify as the fallback), the trees they watch, the
 * per-file debounce table, the [watch] settings, and the exec deny. The
 * command (cmd/cmd_watch.c) ties them to the scanner, the report and the
 * policy. Everything here is bounded: the debounce table has a fixed
 * capacity (a full table is a lost event: the tree is rescanned), the
 * read buffers are fixed, the verdict table overwrites. */
#ifndef HS_WATCH_H
#define HS_WATCH_H

#include "ctx.h"

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

/* ---- [watch] settings (watch_config.c) ---------------------------------- */

enum watch_backend { WATCH_AUTO, WATCH_FANOTIFY, WATCH_INOTIFY };

struct watch_settings {
	enum watch_backend backend;
	struct strlist paths; /* extra directories (globs) to watch */
	double debounce;      /* seconds after the last event before a file is scanned */
	double max_delay;     /* a file written without pause is scanned after this */
	size_t queue_size;    /* files waiting for their scan, at most */
	bool catch_up;        /* at start, rescan what changed while not running */
	uint64_t rediscover;  /* seconds between docroot discoveries */
	uint64_t status_interval;
	char *status_file; /* NULL: STATE/watch-status.json (per --root) */
	char *prometheus;  /* node_exporter textfile, NULL for none */
	bool exec_deny;    /* FAN_OPEN_EXEC_PERM: refuse to run critical files */
	double exec_deadline;
	enum hs_severity exec_min_severity;
};
extern struct watch_settings watch_settings;
int watch_config_set(const char *key, const char *value, char *err, size_t errlen);
/* "250ms", "2s", "1.5" (seconds) */
bool watch_parse_seconds(const char *s, double *out);

/* ---- watched trees (trees.c) -------------------------------------------- */

struct watch_tree {
	char *logical;    /* as on the inspected system */
	char *host;       /* ROOT + logical */
	const char *kind; /* finding kind: "tmp" in a temp dir, else "file" */
	const char *why;  /* "docroot", "upload dir", "temp dir", "watch path" */
	bool present;     /* the directory exists now */
	dev_t dev;
	ino_t ino;
	uint64_t mnt_id; /* statx mount id: a new mount means new marks */
};

struct watch_trees {
	struct watch_tree *v;
	size_t n;
};

/* The trees: the docroots on ctx->accounts (docroots_discover() first), the
 * upload dirs and [watch] paths (globs expanded) and the temp dirs; trees
 * inside another tree are dropped (the outer one covers them). */
void watch_trees_build(struct watch_trees *t, struct hs_ctx *ctx);
void watch_trees_free(struct watch_trees *t);
/* The tree holding a host path (the innermost), or -1. */
int watch_trees_find(const struct watch_trees *t, const char *host_path);
/* stat the roots again; returns how many changed (appeared, vanished, were
 * replaced or remounted); `changed` (n flags, may be NULL) says which. */
size_t watch_trees_refresh(struct watch_trees *t, bool *changed);
/* Same trees (by logical path)? */
bool watch_trees_same(const struct watch_trees *a, const struct watch_trees *b);

/* ---- event sources (fan.c, ino.c) --------------------------------------- */

enum watch_ev_type {
	WEV_FILE,     /* a file was written and closed, created, or moved into place */
	WEV_DIR,      /* a directory moved in (its files sent no events): scan its tree */
	WEV_MKDIR,    /* a directory created (its files send their own events) */
	WEV_OVERFLOW, /* events were lost: rescan (every tree) */
};

struct watch_event {
	enum watch_ev_type type;
	const char *path; /* host path; NULL for WEV_OVERFLOW */
	pid_t pid;        /* who did it (fanotify), 0 when unknown */
};

typedef void (*watch_event_fn)(void *ud, const struct watch_event *e);

struct watch_source {
	const char *name; /* "fanotify", "inotify" */
	int fd;           /* poll it for POLLIN */
	/* Watch these trees (again): called at start, after a mount change and
	 * when trees appear. Returns how many present trees are not watched. */
	size_t (*sync)(struct watch_source *src, const struct watch_trees *t);
	/* Read what is ready (never blocks) and call fn for every event.
	 * Returns the number of events, -1 on a fatal error. */
	int (*read)(struct watch_source *src, watch_event_fn fn, void *ud);
	void (*free)(struct watch_source *src);
	uint64_t unresolved; /* events whose directory was gone when read */
	char *problem;       /* why a tree is not fully watched (inotify limit), or NULL */
};

/* NULL (why in `why`) when fanotify with FAN_REPORT_DFID_NAME is not
 * available: not root / no CAP_SYS_ADMIN, a kernel before 5.9, a
 * container without it. */
struct watch_source *fan_source_new(char *why, size_t whylen);
struct watch_source *ino_source_new(int max_depth, char *why, size_t whylen);

/* ---- debounce table (pending.c) ----------------------------------------- */

struct pending_item {
	char *path; /* host path (caller frees) */
	bool dir;
	pid_t pid;
	char comm[16]; /* its command name when the event was read ("" unknown) */
	double first;  /* monotonic time of the first event */
	double wall;   /* wall-clock time of the first event */
};

struct pending;
struct pending *pending_new(size_t cap);
void pending_free(struct pending *p);
/* Note an event for path at `now`. A file already waiting is pushed back
 * by debounce, but never later than its first event + max_delay. Returns
 * false when the table is full (the event is lost: rescan its tree). */
bool pending_add(struct pending *p, const char *path, bool dir, pid_t pid, const char *comm,
                 double now, double wall, double debounce, double max_delay);
/* Move up to max items due at `now` into out, oldest first. */
size_t pending_take_due(struct pending *p, double now, struct pending_item *out, size_t max);
/* When the next item is due (monotonic), or -1 when empty. */
double pending_next_due(const struct pending *p);
size_t pending_count(const struct pending *p);
/* Wall and monotonic time of the oldest event still waiting; false when empty. */
bool pending_oldest(const struct pending *p, double *mono, double *wall);

/* ---- verdicts and the exec deny (exec.c) -------------------------------- */

/* What the scanner concluded about a file version (dev, ino, size, mtime,
 * ctime): a fixed table, newer verdicts overwrite older ones. */
void verdict_record(const struct stat *st, enum hs_severity sev);
/* -1 when unknown, else the severity (HS_SEV_NONE when clean). */
int verdict_lookup(const struct stat *st);

struct scanner;
struct exec_deny;
struct exec_stats {
	uint64_t checked, denied, allowed_deadline, allowed_busy;
};
/* Start the FAN_OPEN_EXEC_PERM responder on the filesystems of the trees:
 * a thread of its own answers every event within the deadline (allowing
 * when the scan is not done by then, so the host never waits on a stalled
 * scan); files in a tree that the scanner found at or above
 * min_severity are denied. NULL (why set) when not permitted. */
struct exec_deny *exec_deny_start(struct hs_ctx *ctx, struct scanner *s,
                                  const struct watch_trees *t, char *why, size_t whylen);
/* Mark the filesystems of new trees too. */
void exec_deny_sync(struct exec_deny *x, const struct watch_trees *t);
/* Hold (true) or let go (false) the scanning thread, while the docroots
 * it reads (ctx->accounts) are discovered again. */
void exec_deny_pause(struct exec_deny *x, bool pause);
void exec_deny_stats(struct exec_deny *x, struct exec_stats *out);
void exec_deny_stop(struct exec_deny *x);

/* ---- status file and metrics (status.c) --------------------------------- */

struct watch_status {
	const char *backend;
	double started;          /* wall clock */
	double checkpoint;       /* every event before this wall time was scanned */
	double lag;              /* seconds the oldest waiting event has waited (0 idle) */
	double lat_p50, lat_p99; /* close -> scanned, recent files */
	uint64_t events, files, findings, overflows, dropped, rescans, vanished;
	double last_drop; /* wall time of the last lost event, 0 for none */
	uint64_t pending;
	size_t trees, trees_unwatched;
	const char *problem;
	struct exec_stats exec;
	bool exec_on;
};

/* The status as JSON (atomic replace of `file`), 0 or -1 (errno). */
int watch_status_write(const char *file, const struct watch_status *st);
/* Read the last checkpoint of a previous run from `file`: false when none. */
bool watch_status_checkpoint(const char *file, double *checkpoint);
/* The Prometheus textfile. */
int watch_prom_write(const char *file, const struct watch_status *st);

/* A window of recent latencies for the percentiles. */
#define WATCH_LAT_WINDOW 1024
struct watch_latency {
	double v[WATCH_LAT_WINDOW];
	size_t n, next;
};
void watch_latency_add(struct watch_latency *l, double seconds);
/* The q-quantile (0..1) of the window, 0 when empty. */
double watch_latency_quantile(const struct watch_latency *l, double q);

#endif
