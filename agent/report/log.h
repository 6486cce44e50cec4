/* Findings and actions to the system log: journald (structured entries) or
 * syslog (escaped key="value" text), so operators read hostsweep's results
 * in the tools they already have.
 *
 * Which sink: `--log journald|syslog|none` on the command line, else
 * `[log] sink = auto|journald|syslog|none` in the config, else (auto)
 * journald when running under systemd ($INVOCATION_ID or $JOURNAL_STREAM
 * set), none otherwise. When journald cannot be reached the same events go
 * to syslog (LOG_DAEMON, ident "hostsweep"), with a note on stderr once.
 *
 * journald fields of every entry: MESSAGE, PRIORITY, MESSAGE_ID (fixed per
 * event type, below), SYSLOG_IDENTIFIER=hostsweep, HOSTSWEEP_EVENT
 * (finding|action|summary), HOSTSWEEP_COMMAND. A finding adds
 * HOSTSWEEP_ID, _KIND, _SEVERITY, _PATH, _ACCOUNT, _OWNER, _UID, _RULES,
 * _TAGS (comma separated), _SHA256, _EVIDENCE, one HOSTSWEEP_<KEY> per
 * scalar kind-specific field (pid, line, ...) and HOSTSWEEP_JSON (the finding
 * as one JSON object, the documented schema). An action adds HOSTSWEEP_ACTION,
 * HOSTSWEEP_ACTION_ID, HOSTSWEEP_RESULT (ok|failed|dry-run), HOSTSWEEP_DETAIL
 * and the fields of the finding it acted on. Every value that can hold
 * attacker bytes is escaped with hs_escape(). PRIORITY: critical 2 (crit),
 * high 3 (err), medium 4 (warning), low 5 (notice); actions 5, failed
 * actions 3; the summary 6 (info), or 4 when the run had findings. */
#ifndef HS_LOG_H
#define HS_LOG_H

#include "ctx.h"

#define HS_LOG_MSGID_FINDING "1b605a838b384c52ba0ee005c8c59d8e"
#define HS_LOG_MSGID_ACTION  "6c91ab0ae2694fd58b8269844e9f6a78"
#define HS_LOG_MSGID_SUMMARY "a08042e485cb4ab8bc07794e68c7718b"

enum hs_log_sink { HS_LOG_AUTO = 0, HS_LOG_JOURNALD, HS_LOG_SYSLOG, HS_LOG_NONE };

/* `--log NAME` from the command line (wins over the config). Returns false
 * for a name other than journald, syslog, none (or auto). */
bool log_set_cli(const char *name);

/* [log] section: sink, min_severity, syslog_facility. */
int log_config_set(const char *key, const char *value, char *err, size_t errlen);

/* Called once by main.c when the report exists: decides the sink and, unless
 * it is none, adds a report sink that journals every finding (at or above
 * [log] min_severity) and a summary entry at exit. */
void log_attach(struct hs_ctx *ctx);

/* Called by main.c after the command ran: one summary entry (event
 * "summary": status, findings by severity, files, errors, elapsed). */
void log_finish(struct hs_ctx *ctx, int status);

/* The sink in use after log_attach() (HS_LOG_NONE before). */
enum hs_log_sink log_sink(void);

/* Journal one action of the policy engine or of `respond`, for the audit
 * trail: call it after the action was attempted.
 *   action     "quarantine", "kill", "disable-cron", "hold-mail", "undo"...
 *   action_id  the id in the action journal (NULL if none)
 *   f          the finding acted on (NULL if none): its fields are added
 *   result     "ok", "failed" or "dry-run"
 *   detail     free text, raw bytes allowed (escaped here), NULL if none
 * Thread-safe; does nothing when the sink is none. */
void log_action(const char *action, const char *action_id, const struct finding *f,
                const char *result, const char *detail);

#endif
