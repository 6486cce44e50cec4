/* The policy: which findings lead to which actions.
 *
 * [policy] holds the switches and allowlists; each [policy.NAME] section is
 * one rule: an action and the findings it applies to (kinds, minimum
 * severity, any of some tags, any of some rule-id globs). Only positive
 * findings are ever acted on: an error, a timeout or an unreadable file is
 * not a finding, so it is never grounds for an action. The default policy
 * has no rules: `sweep` reports only. `respond` uses its built-in incident
 * policy (policy_incident), which [respond] can narrow. */
#ifndef HS_POLICY_H
#define HS_POLICY_H

#include "ctx.h"

/* In containment order: cut the attacker's address off, stop processes,
 * disable cron, quarantine files, hold or delete queued mail, lock
 * directories. */
enum hs_action {
	ACT_BLOCK_IP,
	ACT_KILL,
	ACT_DISABLE_CRON,
	ACT_QUARANTINE,
	ACT_HOLD_MAIL,
	ACT_DELETE_MAIL,
	ACT_LOCK_DIR,
	ACT_REPORT,
	ACT_COUNT
};
#define ACT_BIT(a) (1u << (a))

const char *action_name(enum hs_action a);
bool action_parse(const char *s, enum hs_action *out);

struct policy_rule {
	char *name;
	unsigned actions;     /* ACT_BIT()s */
	struct strlist kinds; /* empty = any */
	struct strlist tags;  /* any of; empty = any */
	struct strlist rules; /* fnmatch globs on rule ids, any of; empty = any */
	enum hs_severity min_severity;
};

struct policy {
	bool apply;         /* sweep: carry the actions out */
	bool force_outside; /* quarantine outside docroots and temp dirs */
	bool kill_root, kill_mta;
	struct strlist allow_paths; /* fnmatch globs */
	struct strlist allow_sha256;
	struct strlist allow_users;
	struct strlist allow_process_names;
	struct policy_rule *rules;
	size_t nrules;
};

/* The policy read from the config ([policy] and [policy.NAME]). */
extern struct policy hs_policy;
int policy_config_set(const char *key, const char *value, char *err, size_t errlen);
/* Check the rules read: every [policy.NAME] has an action. */
bool policy_validate(const struct policy *p);

/* respond's built-in incident plan for high and critical findings, limited
 * to the `allowed` actions (ACT_BIT mask) and min severity. The allowlists
 * and switches of hs_policy are kept. */
void policy_incident(struct policy *out, unsigned allowed, enum hs_severity min,
                     enum hs_action mail_action);
void policy_free_rules(struct policy *p);

/* The actions a finding calls for (ACT_BIT mask), 0 when allowlisted. */
unsigned policy_decide(const struct policy *p, const struct finding *f, const char **why_allowed);

#endif
