/* Log readers: web access logs, FTP transfer logs, SSH/SFTP auth logs, mail
 * logs — the provenance of what the other inspectors find (who uploaded a
 * file and from where, who POSTs to it, which mailbox is sending).
 *
 * Three parts, kept apart so a backend only knows its line format:
 *  - the reader (logs.c): one log file and its rotated siblings (FILE,
 *    FILE.1, FILE.N.gz via zlib), lines within a time window, a per-file
 *    state (inode, offset, hash of the first line) so a repeat sweep reads
 *    only what was appended, and counters of hostile lines;
 *  - the backends, one file per format, in a table like the MTAs' one
 *    (mail/mailq.h): log_web.c, log_xferlog.c, log_pureftpd.c, log_sshd.c,
 *    log_mail.c. A backend turns one line into one event (or none);
 *  - the sources (log_sources.c, webconf.c): which files to read and which
 *    docroot and account each one belongs to (from the web server's own
 *    config, else the panel layouts).
 *
 * Everything from a log line is attacker-controlled (a forged User-Agent, a
 * file name uploaded over FTP): strings in events are raw bytes (ptr+len,
 * pointing into the line, valid during the callback only), escaped on
 * output by finding_set_str()/hs_escape(). */
#ifndef HS_LOGS_H
#define HS_LOGS_H

#include "ctx.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* A byte range of the line (not NUL-terminated; n == 0 when absent). */
struct log_str {
	const char *p;
	size_t n;
};

enum log_family {
	LOG_FAM_WEB = 1u << 0,
	LOG_FAM_FTP = 1u << 1,
	LOG_FAM_SSH = 1u << 2, /* SSH logins and SFTP transfers */
	LOG_FAM_MAIL = 1u << 3,
};
#define LOG_FAM_ALL (LOG_FAM_WEB | LOG_FAM_FTP | LOG_FAM_SSH | LOG_FAM_MAIL)

enum log_ev_type {
	LOG_EV_NONE = 0,
	LOG_EV_REQUEST,    /* web: method path status */
	LOG_EV_UPLOAD,     /* ftp/sftp: a file written (path, user, client) */
	LOG_EV_DOWNLOAD,   /* ftp/sftp: a file read */
	LOG_EV_DELETE,     /* ftp/sftp: a file removed */
	LOG_EV_LOGIN,      /* ssh/ftp/smtp/imap: a successful authentication */
	LOG_EV_LOGIN_FAIL, /* ...and a failed one (user may be absent) */
	LOG_EV_MESSAGE,    /* mail: a message accepted from an authenticated user */
};

/* One parsed line. `proto` is static text: "http", "ftp", "sftp", "ssh",
 * "smtp"... Fields a format does not have stay zero. */
struct log_event {
	enum log_ev_type type;
	time_t time;
	const char *proto;
	struct log_str client; /* IP address (or host name when the log has no IP) */
	struct log_str user;   /* login name, authenticated user, FTP user */
	struct log_str path;   /* web: URL path without the query; ftp/sftp: file path */
	struct log_str vhost;  /* web: the vhost field of a vhost-prefixed log */
	struct log_str method; /* web: GET, POST ...; mail/ssh: auth method */
	struct log_str detail; /* format-specific (mail queue id, sftp flags) */
	int status;            /* web: HTTP status; 0 unknown */
	uint64_t bytes;        /* bytes transferred; 0 unknown */
};

/* What the reader saw: every counter only grows (several files add up). */
struct log_stats {
	uint64_t files;      /* files opened (rotated and gzip'd ones count) */
	uint64_t bytes;      /* bytes read (uncompressed) */
	uint64_t lines;      /* complete lines handed to a backend */
	uint64_t events;     /* lines a backend turned into an event within the window */
	uint64_t old;        /* events before the window (--since) */
	uint64_t skipped;    /* lines of no interest to the backend */
	uint64_t bad_long;   /* longer than [logs] max_line: skipped, never buffered */
	uint64_t bad_nul;    /* held a NUL byte (still parsed) */
	uint64_t bad_utf8;   /* invalid UTF-8 (still parsed: escaped on output) */
	uint64_t bad_fields; /* looked like this format but a field was forged/broken */
	uint64_t rotated;    /* rotations detected since the saved state */
	uint64_t resumed;    /* files resumed from the saved state (bytes not read again) */
};

/* A line parser's clock: syslog time stamps have no year and are local
 * time; this resolves both once per run (and caches the last conversion). */
struct log_clock {
	time_t now;
	int year; /* local year of now */
	/* cache: the last local broken-down minute and its epoch */
	char last_key[16];
	time_t last_base;
};
void log_clock_init(struct log_clock *c, time_t now);

/* A backend: one log format. */
struct log_backend {
	const char *name; /* "web", "xferlog", "pureftpd", "sshd", "postfix" ... */
	enum log_family family;
	/* Default logical paths (globs) when the config names none; NULL-ended.
	 * Web logs come from the web server config and the panels instead. */
	const char *const *paths;
	/* Per-file parser state (e.g. sshd: pid -> user of an sftp session):
	 * state_size bytes, zeroed before the first line; state_free may be NULL. */
	size_t state_size;
	void (*state_free)(void *state);
	/* Parse one line (len bytes, no newline, NUL-terminated at line[len]).
	 * Returns 1 with *ev filled, 0 when the line is of no interest, -1 when
	 * it is this format's line with a broken or forged field (counted). */
	int (*parse)(void *state, struct log_clock *clk, const char *line, size_t len,
	             struct log_event *ev);
};

extern const struct log_backend log_web, log_xferlog, log_pureftpd, log_sshd;
/* log_mail.c (postfix, exim, sendmail SASL and AUTH lines), when built. */
extern const struct log_backend log_mail __attribute__((weak));

/* A log file to read: the logical path of the live file (rotated siblings
 * are found from it), its format, and what it belongs to. */
struct log_source {
	char *path;
	const struct log_backend *be;
	char *docroot; /* web: the vhost's DocumentRoot / root (logical), NULL if shared */
	char *vhost;   /* ServerName / server_name, NULL when unknown */
	char *account; /* the hosting account of the docroot, NULL when unknown */
	bool shared;   /* several vhosts with different docroots write it */
};
/* A virtual host of the web server config: for a shared log with a vhost
 * field (other_vhosts_access.log), the request's docroot is its vhost's. */
struct log_vhost {
	char *name; /* ServerName, ServerAlias, server_name (each its own entry) */
	char *docroot;
	char *account;
};
struct log_sources {
	struct log_source *v;
	size_t n, cap;
	struct log_vhost *vh;
	size_t nvh, capvh;
};
/* The vhost named name[0..n) (case-insensitive, a ":port" ignored), or NULL. */
const struct log_vhost *log_sources_vhost(const struct log_sources *s, const char *name, size_t n);
/* Every log of the given families on the inspected system (under --root):
 * the config's [logs] paths, the web server configs (Apache CustomLog +
 * DocumentRoot per vhost, following Include/IncludeOptional; nginx
 * access_log + root), the panel layouts, the backends' default paths.
 * Files that do not exist are left out; each path appears once. */
void log_sources_discover(struct hs_ctx *ctx, unsigned families, struct log_sources *out);
void log_sources_add(struct log_sources *s, const char *path, const struct log_backend *be,
                     const char *docroot, const char *vhost, const char *account);
void log_sources_free(struct log_sources *s);

/* Called for every event of a source within the window; false stops. */
typedef bool (*log_event_fn)(void *ud, const struct log_source *src, const struct log_event *ev);

/* Read one source: its rotated files oldest first (skipping those last
 * modified before `since`), then the live file; events before `since`
 * (epoch, 0 = no window) are counted as old and not passed on.
 * state_key: NULL reads everything; a name ("sweep") keeps a state per
 * source and name in the state directory and reads only what was appended
 * since that name's last run (a rotation in between is followed: the rest
 * of the old file, now FILE.1 or FILE.1.gz, then the new one); the state is
 * saved when the whole source was read. Returns 0, or -1 when the live
 * file exists but cannot be read (reported). */
int log_read_source(struct hs_ctx *ctx, const struct log_source *src, time_t since,
                    const char *state_key, log_event_fn fn, void *ud, struct log_stats *st);

/* Write the states log_read_source() kept (call once, after the last
 * source read with a state_key; a run that fails before keeps the old). */
void logs_state_save(struct hs_ctx *ctx);

/* ---- the [logs] section (logs.c) ---- */
struct logs_settings {
	bool enabled;             /* read logs in sweep and respond */
	uint64_t window;          /* seconds of log read without --since (and first run) */
	uint64_t max_line;        /* longer lines are counted bad and skipped */
	uint64_t max_files;       /* rotated files read per source at most */
	struct strlist web_logs;  /* extra web log globs (format auto: combined/common/vhost) */
	struct strlist ftp_logs;  /* xferlog globs */
	struct strlist auth_logs; /* auth.log / secure globs (sshd, pure-ftpd) */
	struct strlist mail_logs; /* mail.log / maillog globs */
	char *apache_conf;        /* the main Apache config (logical); NULL: the usual places */
	char *nginx_conf;         /* the main nginx config; NULL: the usual places */
	/* weblog signal (logs/weblog.c) */
	uint64_t post_burst;       /* POSTs to one file within burst_window ... */
	uint64_t burst_window;     /* seconds */
	uint64_t burst_clients;    /* ... from at most this many client IPs */
	uint64_t recent_file;      /* a file younger than this (seconds) is "recent" */
	uint64_t recent_posts;     /* POSTs to a recent file that are worth a finding */
	uint64_t upload_php_hits;  /* hits on .php under uploads/ images/ worth a finding */
	struct strlist front_ctrl; /* known front controllers (base names) */
};
extern struct logs_settings logs_set;
/* front_ctrl with its defaults filled in. */
const struct strlist *logs_front_controllers(void);
int logs_config_set(const char *key, const char *value, char *err, size_t errlen);

/* ---- helpers for the backends (logs.c) ---- */
/* "10/Oct/2000:13:55:36 -0700" (the text between [ ]): true with the epoch. */
bool log_time_clf(const char *p, size_t n, time_t *out);
/* A syslog prefix time stamp at p: "Oct 11 13:55:36 " (local time, the
 * year that puts it at most a day ahead of now) or RFC 3339
 * "2024-10-11T13:55:36.123456+02:00 ". Returns the bytes consumed
 * (including the following space), 0 when p holds neither. */
size_t log_time_syslog(struct log_clock *c, const char *p, size_t n, time_t *out);
/* Parse "HOST PROG[PID]: " after the time stamp: prog and pid (-1 none).
 * Returns bytes consumed up to the message, 0 when malformed. */
size_t log_syslog_tag(const char *p, size_t n, struct log_str *host, struct log_str *prog,
                      long *pid);
/* True when s is a syntactically valid IPv4 or IPv6 address. */
bool log_is_ip(const char *p, size_t n);
/* An IPv4-mapped IPv6 address ("::ffff:192.0.2.1", as vsftpd and sshd
 * write a v4 client on a v6 socket) shortened to its IPv4 form, so one
 * address is one key across logs. */
void log_ip_trim(struct log_str *ip);
/* "Mon Oct  1 13:55:36 2021" (ctime style, local time: xferlog,
 * vsftpd.log): true with the epoch; the text is 24 bytes. */
bool log_time_ctime(struct log_clock *c, const char *p, size_t n, time_t *out);
/* Find a literal in [p, p+n): pointer or NULL. */
const char *log_find(const char *p, size_t n, const char *lit);

#endif
