#include "act/journal.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct journal {
	sqlite3 *db;
};

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=FULL;"
    "CREATE TABLE IF NOT EXISTS events("
    "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  action_id INTEGER," /* NULL on a begin event: its own seq is the id */
    "  time INTEGER NOT NULL,"
    "  event TEXT NOT NULL,"
    "  command TEXT, action TEXT, target BLOB, account TEXT,"
    "  finding TEXT, undo TEXT, detail BLOB);"
    "CREATE INDEX IF NOT EXISTS events_action ON events(action_id);"
    /* append-only: the audit trail cannot be rewritten through hostsweep */
    "CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events"
    "  BEGIN SELECT RAISE(ABORT, 'the action journal is append-only'); END;"
    "CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events"
    "  BEGIN SELECT RAISE(ABORT, 'the action journal is append-only'); END;";

struct journal *journal_open(const char *state_dir)
{
	if (mkdir(state_dir, 0700) < 0 && errno != EEXIST) {
		hs_err("%s: cannot create state directory: %s", state_dir, strerror(errno));
		return NULL;
	}
	char *path = path_join(state_dir, "journal.db");
	struct journal *j = xcalloc(1, sizeof(*j));
	mode_t old = umask(077);
	int rc = sqlite3_open_v2(path, &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	umask(old);
	char *err = NULL;
	if (rc != SQLITE_OK || sqlite3_busy_timeout(j->db, 10000) != SQLITE_OK ||
	    sqlite3_exec(j->db, schema, NULL, NULL, &err) != SQLITE_OK) {
		hs_err("%s: cannot open the action journal: %s", path,
		       err ? err : sqlite3_errmsg(j->db));
		sqlite3_free(err);
		sqlite3_close(j->db);
		free(j);
		free(path);
		return NULL;
	}
	free(path);
	return j;
}

void journal_close(struct journal *j)
{
	if (!j)
		return;
	sqlite3_close(j->db);
	free(j);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

int64_t journal_begin(struct journal *j, const char *command, const char *action,
                      const char *target, const struct finding *f, json_t *undo)
{
	sqlite3_stmt *st;
	int64_t id = -1;
	if (sqlite3_prepare_v2(j->db,
	                       "INSERT INTO events(time, event, command, action, target, account,"
	                       " finding, undo) VALUES(?, 'begun', ?, ?, ?, ?, ?, ?)",
	                       -1, &st, NULL) != SQLITE_OK) {
		json_decref(undo);
		return -1;
	}
	char *fj = NULL;
	if (f) {
		json_t *o = finding_to_json(f);
		fj = json_dumps(o, JSON_COMPACT);
		json_decref(o);
	}
	char *uj = undo ? json_dumps(undo, JSON_COMPACT) : NULL;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)time(NULL));
	bind_text_or_null(st, 2, command);
	bind_text_or_null(st, 3, action);
	if (target)
		sqlite3_bind_blob(st, 4, target, (int)strlen(target), SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 4);
	bind_text_or_null(st, 5, f ? f->account : NULL);
	bind_text_or_null(st, 6, fj);
	bind_text_or_null(st, 7, uj);
	if (sqlite3_step(st) == SQLITE_DONE)
		id = sqlite3_last_insert_rowid(j->db);
	else
		hs_err("action journal: %s", sqlite3_errmsg(j->db));
	sqlite3_finalize(st);
	free(fj);
	free(uj);
	json_decref(undo);
	return id;
}

int journal_event(struct journal *j, int64_t id, const char *event, const char *detail)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(
	        j->db, "INSERT INTO events(action_id, time, event, detail) VALUES(?, ?, ?, ?)", -1,
	        &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)time(NULL));
	sqlite3_bind_text(st, 3, event, -1, SQLITE_TRANSIENT);
	if (detail)
		sqlite3_bind_blob(st, 4, detail, (int)strlen(detail), SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 4);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	if (rc)
		hs_err("action journal: %s", sqlite3_errmsg(j->db));
	sqlite3_finalize(st);
	return rc;
}

void journal_entry_free(struct journal_entry *e)
{
	free(e->command);
	free(e->action);
	free(e->target);
	free(e->account);
	free(e->state);
	free(e->detail);
	json_decref(e->finding);
	json_decref(e->undo);
	memset(e, 0, sizeof(*e));
}

static char *col_dup(sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return NULL;
	const void *p = sqlite3_column_blob(st, i);
	int n = sqlite3_column_bytes(st, i);
	return xstrndup(p ? p : "", (size_t)n);
}

static json_t *col_json(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? json_loads((const char *)s, 0, NULL) : NULL;
}

/* The begin row joined with its latest event. A failed undo leaves the
 * action as it was (still quarantined, still disabled): it is in the
 * journal, but not the action's state. */
#define ENTRY_SELECT                                                                               \
	"SELECT b.seq, b.time, b.command, b.action, b.target, b.account, b.finding, b.undo,"       \
	" COALESCE(l.event, 'begun'), l.detail, COALESCE(l.time, b.time)"                          \
	" FROM events b LEFT JOIN events l ON l.seq = (SELECT MAX(seq) FROM events"                \
	"   WHERE action_id = b.seq AND event != 'undo-failed')"                                   \
	" WHERE b.action_id IS NULL"

static void fill(sqlite3_stmt *st, struct journal_entry *e)
{
	e->id = sqlite3_column_int64(st, 0);
	e->time = sqlite3_column_int64(st, 1);
	e->command = col_dup(st, 2);
	e->action = col_dup(st, 3);
	e->target = col_dup(st, 4);
	e->account = col_dup(st, 5);
	e->finding = col_json(st, 6);
	e->undo = col_json(st, 7);
	e->state = col_dup(st, 8);
	e->detail = col_dup(st, 9);
	e->state_time = sqlite3_column_int64(st, 10);
}

int journal_get(struct journal *j, int64_t id, struct journal_entry *e)
{
	sqlite3_stmt *st;
	memset(e, 0, sizeof(*e));
	if (sqlite3_prepare_v2(j->db, ENTRY_SELECT " AND b.seq = ?", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		fill(st, e);
		rc = 0;
	}
	sqlite3_finalize(st);
	return rc;
}

size_t journal_list(struct journal *j, const char *action, struct journal_entry **out)
{
	sqlite3_stmt *st;
	*out = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       action ? ENTRY_SELECT " AND b.action = ? ORDER BY b.seq"
	                              : ENTRY_SELECT " ORDER BY b.seq",
	                       -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (action)
		sqlite3_bind_text(st, 1, action, -1, SQLITE_TRANSIENT);
	size_t n = 0, cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xrealloc(*out, cap * sizeof(**out));
		}
		memset(&(*out)[n], 0, sizeof(**out));
		fill(st, &(*out)[n++]);
	}
	sqlite3_finalize(st);
	return n;
}
