/* The action journal: an append-only SQLite log of every action the policy
 * engine or `respond` took (or only proposed, in a dry run), with the
 * finding it came from and what is needed to undo it. Rows are never
 * changed or deleted (triggers refuse it): an action's state is the last
 * event recorded for it. Lives in STATE_DIR/journal.db (mode 0600). */
#ifndef HS_JOURNAL_H
#define HS_JOURNAL_H

#include "finding.h"

#include <jansson.h>
#include <stdint.h>

struct journal;

struct journal *journal_open(const char *state_dir);
void journal_close(struct journal *j);

/* Record the start of an action; returns its id (> 0), or -1. `undo` holds
 * what undo needs (steals the reference); `target` is what is acted on
 * (path, pid, crontab line, queue selector), raw bytes. */
int64_t journal_begin(struct journal *j, const char *command, const char *action,
                      const char *target, const struct finding *f, json_t *undo);
/* Later events of an action: "done", "failed", "undone", "undo-failed",
 * "purged", "incomplete". detail may be NULL. */
int journal_event(struct journal *j, int64_t id, const char *event, const char *detail);

struct journal_entry {
	int64_t id;
	int64_t time;  /* of the begin event */
	char *command; /* sweep, respond, ... */
	char *action;  /* quarantine, kill, ... */
	char *target;  /* raw */
	char *account; /* of the finding, NULL if none */
	char *state;   /* the last event: begun, done, failed, undone, ... */
	char *detail;  /* of the last event */
	int64_t state_time;
	json_t *finding; /* the finding as JSON (schema of docs/output.md) */
	json_t *undo;    /* what undo needs */
};

void journal_entry_free(struct journal_entry *e);
/* One action by id: 0, or -1 when unknown. */
int journal_get(struct journal *j, int64_t id, struct journal_entry *e);
/* Every action, oldest first (action filter may be NULL). Returns the count;
 * *out is malloc'd. */
size_t journal_list(struct journal *j, const char *action, struct journal_entry **out);

#endif
