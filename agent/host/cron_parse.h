/* Crontab syntax and the analysis of the commands crontabs run. Pure code
 * (no I/O), so that hostile input can be unit-tested: binary garbage and
 * megabyte lines give a warning per line, never a crash.
 *
 * Syntax (crontab(5), Vixie cron and cronie): comments ('#' first on the
 * line), environment lines (NAME = value, quotes allowed), five time fields
 * (lists, ranges, steps, month and day names) or @reboot/@hourly/..., a
 * user field in system crontabs (/etc/crontab, /etc/cron.d), then the
 * command; an unescaped '%' ends the command and starts its stdin. */
#ifndef HS_CRON_PARSE_H
#define HS_CRON_PARSE_H

#include "util.h"

#include <stdbool.h>
#include <stddef.h>

enum cron_syntax {
	CRON_SYNTAX_USER,   /* spool crontabs: fields + command */
	CRON_SYNTAX_SYSTEM, /* /etc/crontab, /etc/cron.d: fields + user + command */
};

/* Lines longer than this are analysed up to the limit, with a warning. */
#define CRON_MAX_LINE (64 * 1024)

struct cron_entry {
	unsigned line;        /* 1-based */
	const char *schedule; /* the time fields as written ("*\/10 * * * *", "@reboot") */
	const char *user;     /* system syntax only, else NULL */
	const char *command;  /* up to the first unescaped '%', "\%" unescaped */
	const char *input;    /* after the first '%' ('%' -> newline), NULL if none */
	const char *shell;    /* SHELL= in force, NULL for the default */
	const char *path_env; /* PATH= in force, NULL for the default */
	bool reboot;          /* @reboot */
	bool valid;           /* the schedule is valid (else cron would not run it) */
	bool truncated;       /* the line was longer than CRON_MAX_LINE */
	int period;           /* shortest minutes between two runs; 0 @reboot; -1 unknown */
};

struct cron_parse_cbs {
	void (*entry)(void *ud, const struct cron_entry *e);
	/* A line that is not valid crontab syntax or is hostile (binary, too long). */
	void (*warn)(void *ud, unsigned line, const char *msg);
	void *ud;
};

/* Parse a whole crontab. Returns the number of entries. */
size_t cron_parse(const char *buf, size_t len, enum cron_syntax syn,
                  const struct cron_parse_cbs *cbs);

/* Parse the five time fields (or one @keyword) into the period: the
 * shortest number of minutes between two runs (0 for @reboot). Returns
 * false with a message when invalid. */
bool cron_schedule_period(const char *fields[5], int *period, char *err, size_t errlen);

/* Why a crontab entry is suspicious. */
enum cron_reason {
	CR_WEB_USER,       /* a crontab of a web-server user */
	CR_TMP_PATH,       /* runs something from /tmp, /var/tmp, /dev/shm */
	CR_HIDDEN_PATH,    /* runs something from a hidden directory or file */
	CR_DOCROOT_EXEC,   /* executes a program or non-PHP script from a docroot */
	CR_DOWNLOAD_EXEC,  /* curl/wget piped to a shell or interpreter, -O- */
	CR_BASE64,         /* base64 -d */
	CR_INLINE_CODE,    /* perl -e, python -c, php -r, ruby/node -e */
	CR_EVAL,           /* eval */
	CR_DETACHED,       /* nohup, setsid, & ... at a high frequency or @reboot */
	CR_CHATTR,         /* chattr +i (makes the payload undeletable) */
	CR_REINSTALL,      /* crontab - / crontab FILE: reinstalls itself */
	CR_IP_LITERAL,     /* an IP:port literal */
	CR_SHELL_TMP,      /* SHELL= or PATH= points into a temp dir */
	CR_SCRIPT_FLAGGED, /* the script it runs is a file finding */
	CR_UNSAFE_CRONTAB, /* system crontab not owned by root or group/world-writable */
	CR_REASON_COUNT
};

const char *cron_reason_name(enum cron_reason r);
int cron_reason_severity(enum cron_reason r); /* enum hs_severity */

struct cron_analysis_opts {
	const struct strlist *tmp_dirs;     /* temp dirs (logical paths) */
	const struct strlist *allow_hidden; /* hidden names not counted (".acme.sh") */
	int high_frequency;                 /* minutes: detached runs this often are flagged */
	const char *home;                   /* home of the crontab's user for ~ (may be NULL) */
};

struct cron_analysis {
	unsigned reasons;     /* bit (1u << enum cron_reason) */
	struct strlist paths; /* absolute paths the command mentions (not redirects) */
	struct strlist exec;  /* ...of which the ones it executes (program or script) */
	struct strlist php;   /* ...scripts it runs with the PHP CLI */
	char program[64];     /* basename of the first program run ("" if none) */
};

/* Analyse a command (and its stdin, when given). The result holds owned
 * lists: free with cron_analysis_free(). */
void cron_analyze(const char *command, const char *input, int period,
                  const struct cron_analysis_opts *o, struct cron_analysis *out);
void cron_analysis_free(struct cron_analysis *a);

/* True when a path has a hidden component ('.' first, not "." or ".."),
 * ignoring the allowed names. */
bool cron_path_hidden(const char *path, const struct strlist *allow);
/* True when the basename is an interpreter (sh, bash, perl, python3.11, php8.2...). */
bool cron_is_interpreter(const char *base);
bool cron_is_php(const char *base);

#endif
