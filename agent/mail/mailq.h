/* Mail queue watch: how deep is each queue of the local MTA, how old is
 * the oldest message, and who is filling it (envelope sender, submitting
 * user, SMTP auth user, PHP script, hosting account).
 *
 * One interface, one file per MTA (after OpenSMTPD's queue backends):
 * mailq_postfix.c, mailq_exim.c, mailq_sendmail.c, mailq_qmail.c. A backend
 * only knows its spool layout and file format; mailq.c does detection,
 * sampling, grouping, thresholds, the growth state file, findings and the
 * outputs. Counting never reads a message; attribution reads at most
 * `sample` messages and at most `max_read` bytes of each. */
#ifndef HS_MAILQ_H
#define HS_MAILQ_H

#include "ctx.h"

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

#define MQ_MAX_QUEUES 8

/* What attribution learned from one queued message. Strings are raw bytes
 * from the queue file (escaped on output), NULL when absent. */
struct mq_msg {
	char *sender;         /* envelope sender ("" for the null sender <>) */
	long long uid;        /* submitting uid, -1 when unknown */
	char *login;          /* submitting login name when the MTA records it */
	char *auth;           /* authenticated SMTP user */
	char *script;         /* PHP script header value ("1001:mailer.php", path...) */
	long long script_uid; /* owner of the PHP script (X-PHP-Originating-Script) */
	char *client;         /* client address for SMTP submissions */
	time_t arrival;       /* 0 when unknown */
};

/* The bytes of one queue file, read with a cap. */
struct mq_buf {
	char *data;
	size_t len;
	bool truncated; /* the cap was hit: the file is longer */
};

struct mq_run;

/* Called by a backend's scan for every message it finds. `dirfd`+`name`
 * name the message's main file (postfix queue file, exim -H, sendmail qf,
 * qmail mess/N/INODE); d_type as readdir gave it. Returns false to stop. */
typedef bool (*mq_visit_fn)(struct mq_run *r, int queue, int dirfd, const char *name,
                            unsigned char d_type);

struct mailq_backend {
	const char *name;            /* "postfix" */
	const char *const *spools;   /* candidate spool directories (logical paths) */
	const char *marker;          /* relative path in a spool that must exist */
	const char *const *binaries; /* any one of them present means installed */
	/* Queue names, in output order; in_total says which add up to the total. */
	const char *const *queues;
	const bool *in_total;
	/* The spool directory from the MTA's own config, under root (malloc'd
	 * logical path), or NULL to use the candidates. */
	char *(*config_spool)(struct mq_run *r);
	/* Walk every queue: visit(r, queue index, ...) for each message.
	 * Returns -1 when the spool cannot be read at all. */
	int (*scan)(struct mq_run *r, mq_visit_fn visit);
	/* Arrival time of a message, cheaply (name, btime, a sibling file):
	 * called with st NULL first; -1 asks for a stat and a second call with
	 * it; 0 = unknown (the file's mtime is used). */
	time_t (*arrival)(struct mq_run *r, int queue, int dirfd, const char *name,
	                  const struct stat *st);
	/* Parse one message for attribution: returns 0; 1 when the file is
	 * still being written (counted in progress); -1 when it is not a
	 * well-formed queue file of this MTA (counted unreadable). `st` is the
	 * fstat of the open main file. Only files of in_total queues are read. */
	int (*parse)(struct mq_run *r, int queue, int dirfd, const char *name, int fd,
	             const struct stat *st, struct mq_msg *m);
};

extern const struct mailq_backend mailq_postfix, mailq_exim, mailq_sendmail, mailq_qmail;

/* The state of one run, shared by mailq.c and the backends. */
struct mq_run {
	struct hs_ctx *ctx;
	const struct mailq_backend *be;
	char *spool;      /* logical path of the spool */
	char *spool_host; /* the same under --root */
	int spool_fd;
	time_t now;
	size_t nqueues;
	uint64_t count[MQ_MAX_QUEUES];
	time_t oldest[MQ_MAX_QUEUES]; /* arrival of the oldest, 0 when empty/unknown */
	uint64_t in_progress;         /* files still being written (not attributed) */
	char subdir[256];             /* the hashed subdirectory being walked ("" at top) */
	/* pass 2 (ages and attribution) */
	bool count_only;
	uint64_t stride, seen, sampled, unreadable, vanished;
	void *groups; /* struct mq_groups (mailq.c) */
	bool error;   /* the spool could not be read */
	bool have_growth;
	double growth; /* messages per minute since the last reading */
	void *sasl;    /* struct sasl_stats (mail/mail_sasl.h): the sample's SASL users */
};

/* Helpers for the backends (mailq.c). */
/* Read at most the configured max_read bytes of fd. Returns -1 on a read error. */
int mq_read(struct mq_run *r, int fd, struct mq_buf *b);
void mq_buf_free(struct mq_buf *b);
/* One header (name without the colon, unfolded value of vlen bytes): picks
 * out the attribution headers (X-PHP-*, Received "from userid N",
 * "invoked by uid N", "(from USER@localhost)"). */
void mq_header(struct mq_msg *m, const char *name, size_t nlen, const char *value, size_t vlen);
/* Feed a block of RFC 5322 header text (lines ending in \n, folded lines
 * starting with blank) to mq_header; stops at the first empty line. */
void mq_headers_block(struct mq_msg *m, const char *text, size_t len);
void mq_msg_set(char **field, const char *s, size_t len);
/* Open a subdirectory relative to dirfd without following symlinks. */
int mq_opendir_at(int dirfd, const char *name);
/* Iterate the regular files of the directory fd (closed by the call):
 * visit(r, queue, fd, name, d_type). Entries starting with '.' skipped.
 * Returns false when visit asked to stop. */
bool mq_each_file(struct mq_run *r, int queue, int fd, mq_visit_fn visit);

/* ---- mailq.c: settings, the run, outputs (for cmd_mailq.c, cmd_scan.c) ---- */

/* --prometheus FILE on mailq and sweep (set by cmd_mailq.c and cmd_scan.c). */
extern char *mailq_prometheus_path;

/* The [mailq] section (defaults in docs/mailq.md). */
struct mailq_settings {
	char *mta;        /* NULL = auto */
	char *queue_dir;  /* logical path; NULL = the MTA's own */
	char *count_warn; /* Nagios ranges; NULL = "500" / "2000" */
	char *count_crit;
	uint64_t age_warn, age_crit; /* seconds, 0 = none */
	uint64_t top;                /* top N per group */
	uint64_t sample;             /* messages read for attribution at most, 0 = none */
	uint64_t max_read;           /* bytes read of one message at most */
	char *prometheus;            /* default textfile, NULL = none */
	char *mta_config;  /* postfix: config dir (postsuper -c); exim: config file (-C) */
	char *mta_command; /* exim: the binary (default exim4, then exim) */
	/* SASL senders and AUTH failures (mail/mail_sasl.c) */
	uint64_t log_window;          /* seconds of mail log read without --since, 0 = all */
	uint64_t sasl_messages;       /* a login sending at least this many ... */
	uint64_t sasl_networks;       /* ... from at least this many /16s: mailauth finding */
	uint64_t guess_failures;      /* a login from an address that failed this often */
	uint64_t bruteforce_failures; /* an address failing this often: mailauth finding */
};
extern struct mailq_settings mq_set;
/* The [mailq] config section (config.c calls it). */
int mailq_config_set(const char *key, const char *value, char *err, size_t errlen);
/* The sweep's mail queue inspector: depth, growth, who is sending, into
 * ctx->rep. 0 on success, -1 when the result is unreliable. */
int mailq_inspect(struct hs_ctx *ctx);

/* Nagios threshold range: [@][start:][end], "~" = minus infinity. */
struct nrange {
	bool set, inside, lo_inf, hi_inf;
	double lo, hi;
};
bool nrange_parse(const char *s, struct nrange *r);
bool nrange_alert(const struct nrange *r, double v);

enum { MQ_G_SENDER, MQ_G_DOMAIN, MQ_G_USER, MQ_G_AUTH, MQ_G_SCRIPT, MQ_G_ACCOUNT, MQ_NGROUPS };
extern const char *const mq_group_names[MQ_NGROUPS];

/* Detect the MTA, count, and unless count_only read ages and the sample.
 * NULL when no MTA is found (message in err); r->error when the spool
 * cannot be read (message in err). */
struct mq_run *mailq_collect(struct hs_ctx *ctx, bool count_only, char *err, size_t errlen);
void mailq_free(struct mq_run *r);
uint64_t mailq_total(const struct mq_run *r);
/* Age in seconds of the oldest message of one queue (-1: of all). */
long long mailq_oldest_age(const struct mq_run *r, int queue);
/* Read and replace the last reading; true with the rate when there was one. */
bool mailq_growth(struct mq_run *r, bool quiet, double *per_minute, long long *since);
/* The hosting account a parsed message belongs to (NULL: none known). */
const char *mq_msg_account(struct mq_run *r, const struct mq_msg *m);
/* The top n of a group, most messages first: arrays to free (not the keys). */
size_t mq_top(const struct mq_run *r, int group, size_t n, const char ***keys, uint64_t **counts,
              uint64_t *none, size_t *distinct);
uint64_t mailq_estimate(const struct mq_run *r, uint64_t n);
const char *mailq_count_threshold(bool crit);
/* 0 OK, 1 warning, 2 critical; the reasons appended to why. */
int mailq_state(const struct mq_run *r, const struct nrange *cw, const struct nrange *cc,
                uint64_t age_warn, uint64_t age_crit, struct strlist *why);
char *mq_fmt_age(long long seconds);
json_t *mailq_json(const struct mq_run *r, bool with_growth, double growth, long long since);
/* Summary JSON + text lines into ctx->rep (and the growth state); with
 * findings, a "mailq" finding when over a threshold. brief: fewer text
 * lines (the sweep's summary). */
void mailq_report(struct mq_run *r, bool findings, bool brief);
/* Write the metrics (r NULL: no queue readable, hostsweep_mailq_up 0). */
int mailq_prometheus_write(const struct mq_run *r, const char *path);

#endif
