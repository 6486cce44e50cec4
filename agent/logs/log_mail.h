/* Mail logs: who authenticated to the MTA (SMTP AUTH / SASL), from where,
 * for which message, and who failed to. One line in, one event out; no
 * state, no allocation: every field is a bounded copy, so a hostile line
 * (10 MB, NULs, invalid UTF-8, forged fields) costs one pass and is either
 * an event, not ours, or bad.
 *
 * postfix  "QID: client=NAME[IP]:PORT, sasl_method=M, sasl_username=USER"
 *          "warning: NAME[IP]: SASL LOGIN authentication failed: ...[, sasl_username=U]"
 * exim     "DATE QID <= SENDER H=NAME (HELO) [IP]:PORT P=esmtpsa A=dovecot_login:USER S=..."
 *          (A=plain:, A=login_server:, any authenticator name)
 *          "DATE NAME authenticator failed for (HELO) [IP]: 535 ... (set_id=USER)"
 * sendmail "QID: AUTH=server, relay=NAME [IP], authid=USER, mech=M, bits=0"
 *          "QID: AUTH failure (M): ... user=U, relay=[IP]"
 *          "QID: from=<S>, ..., proto=ESMTPSA, daemon=..., relay=NAME [IP]": a
 *          message of the session that authenticated (same pid)
 * postfix and sendmail lines come through syslog (traditional or RFC 3339
 * timestamps; postfix's own maillog_file is the traditional form); exim's
 * main log has its own date, and exim through syslog has none. */
#ifndef HS_LOG_MAIL_H
#define HS_LOG_MAIL_H

#include "netaddr.h"

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define MAILLOG_USER_MAX 256

enum maillog_type {
	ML_NONE = 0,
	ML_AUTH,      /* a successful authentication (postfix, exim: with its message) */
	ML_AUTH_FAIL, /* a failed one */
	ML_MESSAGE,   /* sendmail: a message of an authenticated session (user by pid) */
};

struct maillog_event {
	enum maillog_type type;
	const char *mta;             /* "postfix", "exim", "sendmail" */
	time_t when;                 /* 0 when the line has no usable time */
	long pid;                    /* of the logging process, -1 unknown */
	bool message;                /* ML_AUTH: the line is also one accepted message */
	char user[MAILLOG_USER_MAX]; /* raw bytes without NULs or newlines; "" unknown */
	bool user_cut;               /* longer than MAILLOG_USER_MAX - 1 */
	char mech[32];               /* LOGIN, PLAIN, dovecot_login... */
	char qid[64];                /* the MTA's queue id, "" none */
	struct netaddr ip;           /* family 0 when unknown */
};

/* Parse one line (len bytes, no newline needed; NULs allowed). now: for
 * the year of a traditional syslog time. Returns 1 and fills ev for an
 * event, 0 for a line that is none of these, -1 for a line that claims to
 * be one (its marker is there) but does not hold together (no address, no
 * user, cut short): counted as bad. */
int maillog_parse_line(const char *line, size_t len, time_t now, struct maillog_event *ev);

/* The parts, for the tests: each takes the syslog message after
 * "prog[pid]: " (postfix, sendmail) or the whole exim main-log line after
 * its date (exim). */
int maillog_parse_postfix(const char *msg, size_t len, struct maillog_event *ev);
int maillog_parse_exim(const char *msg, size_t len, struct maillog_event *ev);
int maillog_parse_sendmail(const char *msg, size_t len, struct maillog_event *ev);
/* A syslog line: the time (0 when unparsable), the program name (without
 * "[pid]") and the message. false when the line is not syslog. */
bool maillog_syslog_split(const char *line, size_t len, time_t now, time_t *when, const char **prog,
                          size_t *proglen, long *pid, const char **msg, size_t *msglen);

#endif
