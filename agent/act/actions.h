/* Carrying out what the policy decided: a plan of actions in containment
 * order (stop processes, disable cron, quarantine files, hold or delete
 * queued mail, lock directories), each journaled before it is attempted and
 * reported as it completes. In a dry run nothing is touched: each action is
 * reported as "dry-run". Undo reverts quarantine, lock-dir, disable-cron
 * and hold-mail actions. */
#ifndef HS_ACTIONS_H
#define HS_ACTIONS_H

#include "act/journal.h"
#include "act/policy.h"

struct plan_item {
	enum hs_action act;
	const struct finding *f; /* owned by the report */
	char *target;            /* what is acted on (path, pid, dir, account) */
};

struct plan {
	struct plan_item *v;
	size_t n;
};

/* Add every action `pol` calls for on these findings (deduplicated: one
 * kill per process, one lock per directory, one mail action per account),
 * then sort into containment order. */
void plan_build(struct plan *p, const struct policy *pol, struct finding *const *findings, size_t n,
                enum hs_action mail_action);
/* Add one action by hand (respond's mail action for an account). */
void plan_add(struct plan *p, enum hs_action act, const struct finding *f, const char *target);
void plan_sort(struct plan *p);
void plan_free(struct plan *p);

/* Carry the plan out (apply) or only report it (dry run). Returns the
 * number of actions that failed. */
int plan_run(struct hs_ctx *ctx, const struct policy *pol, struct plan *p, bool apply,
             const char *command);

/* Undo action id. Returns 0 or -1 with detail. */
int action_undo(struct hs_ctx *ctx, struct journal *j, int64_t id, bool force, char *detail,
                size_t dlen);

/* The mail queue's part (mailq_act.c; weak here). Select puts into `sel`
 * the MTA name and the queue ids of every queued message attributed to
 * `account` (touching nothing); act holds or deletes exactly those through
 * the MTA's own commands; release undoes a hold. Each returns the number of
 * messages, or -1 with detail. */
int mailq_select_account(struct hs_ctx *ctx, const char *account, json_t *sel, char *detail,
                         size_t dlen);
int mailq_act_selected(struct hs_ctx *ctx, json_t *sel, bool delete_mail, char *detail,
                       size_t dlen);
int mailq_release(struct hs_ctx *ctx, json_t *sel, char *detail, size_t dlen);

#endif
