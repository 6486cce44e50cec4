/* The scan cache: see cache.h. */
#include "scan/cache.h"
#include "version.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CACHE_SCHEMA 2 /* 2: fingerprint columns and their index */
/* records per write transaction: the fingerprint index takes its rows in
 * random order, so each commit rewrites most of its pages; 8,192 (was
 * 2,048) cut a first full scan's pwrite calls by a third */
#define BATCH           8192
#define QUEUE_MAX       65536 /* records waiting: bounds memory, then workers wait */
#define TOUCH_AFTER_DAY 7     /* refresh `seen` of a hit at most weekly */

/* ---- configuration ([cache]) ---- */

static struct {
	bool enabled; /* sweep */
	bool scan;    /* scan PATH */
	char *path;
	int prune_days;
} C = {.enabled = true, .scan = false, .path = NULL, .prune_days = 30};

static void cache_config_free(void)
{
	free(C.path);
	C.path = NULL;
}

int cache_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	static bool registered;
	if (!registered) {
		atexit(cache_config_free);
		registered = true;
	}
	if (!strcmp(key, "enabled") || !strcmp(key, "scan")) {
		bool b;
		if (!parse_bool(value, &b))
			return snprintf(err, errlen, "%s: expected yes or no", key), -1;
		if (key[0] == 'e')
			C.enabled = b;
		else
			C.scan = b;
		return 1;
	}
	if (!strcmp(key, "path")) {
		if (value[0] != '/')
			return snprintf(err, errlen, "path must be absolute"), -1;
		free(C.path);
		C.path = xstrdup(value);
		return 1;
	}
	if (!strcmp(key, "prune_days")) {
		char *end;
		errno = 0;
		long n = strtol(value, &end, 10);
		if (errno || end == value || *end || n < 1 || n > 3650)
			return snprintf(err, errlen, "prune_days must be 1..3650"), -1;
		C.prune_days = (int)n;
		return 1;
	}
	return 0;
}

/* ---- SipHash-2-4 (Aumasson & Bernstein), 64- and 128-bit output ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
	do {                                                                                       \
		v0 += v1;                                                                          \
		v1 = ROTL(v1, 13);                                                                 \
		v1 ^= v0;                                                                          \
		v0 = ROTL(v0, 32);                                                                 \
		v2 += v3;                                                                          \
		v3 = ROTL(v3, 16);                                                                 \
		v3 ^= v2;                                                                          \
		v0 += v3;                                                                          \
		v3 = ROTL(v3, 21);                                                                 \
		v3 ^= v0;                                                                          \
		v2 += v1;                                                                          \
		v1 = ROTL(v1, 17);                                                                 \
		v1 ^= v2;                                                                          \
		v2 = ROTL(v2, 32);                                                                 \
	} while (0)

static uint64_t load_le64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static void siphash(const uint64_t k[2], const void *data, size_t len, uint64_t *out, int outlen)
{
	const unsigned char *in = data;
	uint64_t v0 = 0x736f6d6570736575ULL ^ k[0];
	uint64_t v1 = 0x646f72616e646f6dULL ^ k[1];
	uint64_t v2 = 0x6c7967656e657261ULL ^ k[0];
	uint64_t v3 = 0x7465646279746573ULL ^ k[1];
	if (outlen == 16)
		v1 ^= 0xee;
	size_t full = len - len % 8;
	for (size_t i = 0; i < full; i += 8) {
		uint64_t m = load_le64(in + i);
		v3 ^= m;
		SIPROUND;
		SIPROUND;
		v0 ^= m;
	}
	uint64_t b = (uint64_t)len << 56;
	for (size_t i = 0; i < len % 8; i++)
		b |= (uint64_t)in[full + i] << (8 * i);
	v3 ^= b;
	SIPROUND;
	SIPROUND;
	v0 ^= b;
	v2 ^= outlen == 16 ? 0xee : 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	out[0] = v0 ^ v1 ^ v2 ^ v3;
	if (outlen != 16)
		return;
	v1 ^= 0xdd;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	out[1] = v0 ^ v1 ^ v2 ^ v3;
}

void hs_siphash128(const uint64_t k[2], const void *data, size_t len, uint64_t out[2])
{
	siphash(k, data, len, out, 16);
}

uint64_t hs_siphash64(const uint64_t k[2], const void *data, size_t len)
{
	uint64_t o;
	siphash(k, data, len, &o, 8);
	return o;
}

/* ---- the cache ---- */

/* What identifies a file's state: fixed-size part of the fingerprint input. */
struct fstate {
	uint64_t dev, ino, size;
	int64_t mtime_ns, ctime_ns;
	uint32_t mode, uid;
	uint64_t ctxv; /* docroot facts for files owned by the web user */
};

/* a and b are compared as signed numbers: that is the order SQLite's index
 * on (fp_a, fp_b) returns them in, so loading needs no sort. */
struct entry {
	int64_t a, b;
	uint32_t seen; /* day number when last written or confirmed */
};

enum rec_op { REC_UPSERT, REC_DELETE, REC_TOUCH };

struct rec {
	char *path;
	size_t plen;
	struct fstate st;
	uint64_t fp[2]; /* REC_UPSERT: the fingerprint of path and st */
	enum rec_op op;
};

struct cache {
	struct hs_ctx *ctx;
	struct scanner *s;
	sqlite3 *db;
	char *file;
	uint64_t key[2];
	struct entry *v;
	size_t n;
	/* Fingerprints are uniformly random, so their top `bits` bits spread
	 * the sorted array evenly: v[dir[t] .. dir[t+1]) holds those with top
	 * bits t, about one entry each. A lookup is then one or two cache
	 * misses instead of a binary search over the whole array. */
	uint32_t *dir;
	unsigned bits;
	bool loaded;       /* v holds every row */
	uint32_t min_seen; /* the oldest row's day, when loaded */
	uint32_t today;
	uid_t *web_uids;
	size_t nweb;

	pthread_mutex_t qlock;
	pthread_cond_t qwork, qspace;
	struct rec *q;
	size_t qn, qcap;
	bool stop, writer_dead;
	pthread_t writer;
	bool writer_started;
	sqlite3_stmt *st_upsert, *st_delete, *st_touch;
	uint64_t written;
};

static void state_of(const struct cache *c, const char *path, const struct stat *st,
                     struct fstate *out)
{
	memset(out, 0, sizeof(*out));
	out->dev = (uint64_t)st->st_dev;
	out->ino = (uint64_t)st->st_ino;
	out->size = (uint64_t)st->st_size;
	out->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	out->ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
	out->mode = (uint32_t)st->st_mode;
	out->uid = (uint32_t)st->st_uid;
	/* The verdict on a file the web server's user owns depends on the
	 * docroot holding it (hs.web_owned_in_docroot): fold that in. */
	for (size_t i = 0; i < c->nweb; i++) {
		if (c->web_uids[i] != st->st_uid)
			continue;
		const struct docroot *d = accounts_docroot_of(c->ctx->accounts, path);
		out->ctxv = 1;
		if (d)
			out->ctxv |= 2 | (d->account ? 4 : 0) | ((uint64_t)d->uid << 32);
		break;
	}
}

static void fingerprint(const struct cache *c, const char *path, size_t plen,
                        const struct fstate *st, uint64_t out[2])
{
	unsigned char stackbuf[4096];
	size_t need = sizeof(*st) + plen;
	unsigned char *buf = need <= sizeof(stackbuf) ? stackbuf : xmalloc(need);
	memcpy(buf, st, sizeof(*st));
	memcpy(buf + sizeof(*st), path, plen);
	hs_siphash128(c->key, buf, need, out);
	if (buf != stackbuf)
		free(buf);
}

static int cmp_entry(const void *x, const void *y)
{
	const struct entry *a = x, *b = y;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return 0;
}

/* The top bits of a, in the signed order the array is sorted in. */
static size_t dir_slot(const struct cache *c, int64_t a)
{
	return (size_t)(((uint64_t)a ^ (UINT64_C(1) << 63)) >> (64 - c->bits));
}

static void build_dir(struct cache *c)
{
	c->bits = 1;
	while (c->bits < 24 && (UINT64_C(1) << (c->bits + 1)) <= c->n)
		c->bits++;
	size_t slots = (size_t)1 << c->bits;
	c->dir = xmalloc((slots + 1) * sizeof(*c->dir));
	size_t i = 0;
	for (size_t t = 0; t <= slots; t++) {
		while (i < c->n && dir_slot(c, c->v[i].a) < t)
			i++;
		c->dir[t] = (uint32_t)i;
	}
}

static void enqueue_rec(struct cache *c, const char *path, const struct fstate *st, enum rec_op op)
{
	struct rec r = {.plen = strlen(path), .op = op};
	r.path = xstrndup(path, r.plen);
	if (st)
		r.st = *st;
	if (op == REC_UPSERT)
		fingerprint(c, path, r.plen, st, r.fp);
	pthread_mutex_lock(&c->qlock);
	while (c->qn >= QUEUE_MAX && !c->writer_dead)
		pthread_cond_wait(&c->qspace, &c->qlock);
	if (c->writer_dead) {
		pthread_mutex_unlock(&c->qlock);
		free(r.path);
		return;
	}
	if (c->qn == c->qcap) {
		c->qcap = c->qcap ? c->qcap * 2 : 1024;
		c->q = xrealloc(c->q, c->qcap * sizeof(*c->q));
	}
	c->q[c->qn++] = r;
	if (c->qn >= BATCH)
		pthread_cond_signal(&c->qwork);
	pthread_mutex_unlock(&c->qlock);
}

/* The loaded row with this fingerprint, or NULL. */
static struct entry *find_entry(struct cache *c, const uint64_t fp[2])
{
	if (!c->n)
		return NULL;
	struct entry key = {.a = (int64_t)fp[0], .b = (int64_t)fp[1]};
	size_t t = dir_slot(c, key.a);
	return bsearch(&key, c->v + c->dir[t], c->dir[t + 1] - c->dir[t], sizeof(*c->v), cmp_entry);
}

/* A known row confirmed: its day is refreshed at most once a week. */
static void confirm(struct cache *c, struct entry *e, const char *path)
{
	if (e->seen + TOUCH_AFTER_DAY <= c->today) {
		e->seen = c->today;
		enqueue_rec(c, path, NULL, REC_TOUCH);
	}
}

/* Walker thread. */
static bool cache_is_clean(void *cv, const char *path, const struct stat *st)
{
	struct cache *c = cv;
	if (!c->n)
		return false;
	struct fstate fs;
	state_of(c, path, st, &fs);
	uint64_t fp[2];
	fingerprint(c, path, strlen(path), &fs, fp);
	struct entry *e = find_entry(c, fp);
	if (!e)
		return false;
	confirm(c, e, path);
	return true;
}

/* Worker threads. Only a clean verdict is remembered; anything else
 * (finding, inconclusive, unreadable) forgets the path, so it is read
 * again next time. */
static void cache_record(void *cv, const char *path, const struct stat *st, enum scan_result r)
{
	struct cache *c = cv;
	if (r == SCAN_CLEAN) {
		struct fstate fs;
		state_of(c, path, st, &fs);
		/* --full reads every file, but a row that says the same (this path
		 * in this state, clean) is only confirmed: rewriting it cost a
		 * repeat full sweep more SQLite page writes than anything else it
		 * does in the kernel */
		uint64_t fp[2];
		struct entry *e = NULL;
		if (c->n) {
			fingerprint(c, path, strlen(path), &fs, fp);
			e = find_entry(c, fp);
		}
		if (e)
			confirm(c, e, path);
		else
			enqueue_rec(c, path, &fs, REC_UPSERT);
	} else {
		enqueue_rec(c, path, NULL, REC_DELETE);
	}
}

static const struct scan_cache_ops cache_ops = {
    .is_clean = cache_is_clean,
    .record = cache_record,
};

static bool exec_sql(sqlite3 *db, const char *sql, int *rc_out)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	if (rc_out)
		*rc_out = rc;
	if (rc != SQLITE_OK) {
		hs_debug("scan cache: %s: %s", sql, msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		return false;
	}
	return true;
}

static void write_batch(struct cache *c, struct rec *v, size_t n)
{
	bool ok = exec_sql(c->db, "BEGIN", NULL);
	for (size_t i = 0; i < n && ok; i++) {
		struct rec *r = &v[i];
		sqlite3_stmt *st = r->op == REC_UPSERT   ? c->st_upsert
		                   : r->op == REC_DELETE ? c->st_delete
		                                         : c->st_touch;
		sqlite3_reset(st);
		sqlite3_bind_blob(st, 1, r->path, (int)r->plen, SQLITE_STATIC);
		if (r->op == REC_UPSERT) {
			sqlite3_bind_int64(st, 2, (sqlite3_int64)r->st.dev);
			sqlite3_bind_int64(st, 3, (sqlite3_int64)r->st.ino);
			sqlite3_bind_int64(st, 4, (sqlite3_int64)r->st.size);
			sqlite3_bind_int64(st, 5, r->st.mtime_ns);
			sqlite3_bind_int64(st, 6, r->st.ctime_ns);
			sqlite3_bind_int64(st, 7, r->st.mode);
			sqlite3_bind_int64(st, 8, r->st.uid);
			sqlite3_bind_int64(st, 9, (sqlite3_int64)r->st.ctxv);
			sqlite3_bind_int64(st, 10, c->today);
			sqlite3_bind_int64(st, 11, (sqlite3_int64)r->fp[0]);
			sqlite3_bind_int64(st, 12, (sqlite3_int64)r->fp[1]);
		} else if (r->op == REC_TOUCH) {
			sqlite3_bind_int64(st, 2, c->today);
		}
		int rc = sqlite3_step(st);
		sqlite3_clear_bindings(st);
		if (rc != SQLITE_DONE) {
			hs_warn("scan cache %s: cannot write: %s (not updated further)", c->file,
			        sqlite3_errmsg(c->db));
			ok = false;
			break;
		}
		if (r->op == REC_UPSERT)
			c->written++;
	}
	if (ok)
		ok = exec_sql(c->db, "COMMIT", NULL);
	if (!ok) {
		exec_sql(c->db, "ROLLBACK", NULL);
		pthread_mutex_lock(&c->qlock);
		c->writer_dead = true;
		pthread_cond_broadcast(&c->qspace);
		pthread_mutex_unlock(&c->qlock);
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
}

static void *writer_loop(void *arg)
{
	struct cache *c = arg;
	for (;;) {
		pthread_mutex_lock(&c->qlock);
		while (c->qn < BATCH && !c->stop)
			pthread_cond_wait(&c->qwork, &c->qlock);
		struct rec *v = c->q;
		size_t n = c->qn;
		bool stop = c->stop, dead = c->writer_dead;
		c->q = NULL;
		c->qn = c->qcap = 0;
		pthread_cond_broadcast(&c->qspace);
		pthread_mutex_unlock(&c->qlock);
		if (dead) {
			for (size_t i = 0; i < n; i++)
				free(v[i].path);
		} else if (n) {
			write_batch(c, v, n);
		}
		free(v);
		if (stop)
			return NULL;
	}
}

static char *cache_file(const struct hs_ctx *ctx)
{
	if (C.path)
		return xstrdup(C.path);
	/* one cache per inspected tree, as for the sweep lock */
	return ctx_state_file(ctx, "scan-cache", "sqlite");
}

char *cache_dir(const struct hs_ctx *ctx, bool *read_only)
{
	bool is_scan = ctx->command && !strcmp(ctx->command, "scan");
	/* A `scan` without the cache writes nothing, but it may read the
	 * compiled rules a sweep (or a scan with the cache) left there. */
	*read_only = is_scan && !C.scan;
	if (!C.enabled)
		return NULL;
	char *dir = cache_file(ctx);
	char *sl = strrchr(dir, '/');
	if (!sl || sl == dir) {
		free(dir);
		return NULL;
	}
	*sl = '\0';
	return dir;
}

static void remove_db(const char *file)
{
	static const char *const sfx[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < HS_ARRAY_LEN(sfx); i++) {
		char *p = xasprintf("%s%s", file, sfx[i]);
		unlink(p);
		free(p);
	}
}

/* The context the cached verdicts depend on besides the engine: which
 * users are the web server, which directories are docroots and temp dirs. */
static void context_digest(struct cache *c, const struct scan_engine *eng, char out[65])
{
	const struct hs_config *cfg = &c->ctx->cfg;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	EVP_DigestUpdate(md, eng->digest, 64);
	char buf[128];
	for (size_t i = 0; i < c->nweb; i++) {
		snprintf(buf, sizeof(buf), "web=%u\n", (unsigned)c->web_uids[i]);
		EVP_DigestUpdate(md, buf, strlen(buf));
	}
	const struct strlist *lists[] = {&cfg->docroots, &cfg->tmp_dirs};
	for (size_t l = 0; l < HS_ARRAY_LEN(lists); l++) {
		for (size_t i = 0; i < lists[l]->n; i++)
			EVP_DigestUpdate(md, lists[l]->v[i], strlen(lists[l]->v[i]) + 1);
		EVP_DigestUpdate(md, "|", 1);
	}
	snprintf(buf, sizeof(buf), "uids=%ld-%ld", cfg->min_uid, cfg->max_uid);
	EVP_DigestUpdate(md, buf, strlen(buf));
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int dl;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	hex_encode(d, 32, out);
}

static bool is_corrupt(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB || rc == SQLITE_FORMAT ||
	       rc == SQLITE_MISMATCH || rc == SQLITE_SCHEMA;
}

static char *meta_get(sqlite3 *db, const char *key, int *rc)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	*rc = sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?", -1, &st, NULL);
	if (*rc != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int s = sqlite3_step(st);
	if (s == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);
		v = t ? xstrdup((const char *)t) : NULL;
		*rc = SQLITE_OK;
	} else {
		*rc = s == SQLITE_DONE ? SQLITE_OK : s;
	}
	sqlite3_finalize(st);
	return v;
}

static bool meta_set(sqlite3 *db, const char *key, const char *value)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", -1, &st,
	                       NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_finalize(st);
	return ok;
}

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS files(path BLOB PRIMARY KEY, dev INTEGER NOT NULL,"
    " ino INTEGER NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " ctime_ns INTEGER NOT NULL, mode INTEGER NOT NULL, uid INTEGER NOT NULL,"
    " ctxv INTEGER NOT NULL, seen INTEGER NOT NULL, fp_a INTEGER NOT NULL,"
    " fp_b INTEGER NOT NULL) WITHOUT ROWID;"
    /* Loading reads only this covering index, already in lookup order: no
     * hashing, no sorting and none of the path pages at startup. */
    "CREATE INDEX IF NOT EXISTS files_fp ON files(fp_a, fp_b, seen);";

enum open_result { OPEN_OK, OPEN_REBUILD, OPEN_FAIL };

/* Open the database and check it belongs to this engine. OPEN_REBUILD
 * with *why set when it must be thrown away. */
static enum open_result open_db(struct cache *c, const char *ctxdigest, const char **why)
{
	*why = NULL;
	/* Create it 0600 ourselves (SQLite would use 0644 and the umask). */
	int fd = open(c->file, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		hs_warn("scan cache %s: %s (every file is read)", c->file, strerror(errno));
		return OPEN_FAIL;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && (!S_ISREG(st.st_mode) || st.st_uid != geteuid())) {
		close(fd);
		hs_warn("scan cache %s: not a regular file of this user (every file is read)",
		        c->file);
		return OPEN_FAIL;
	}
	fchmod(fd, 0600);
	close(fd);
	int rc =
	    sqlite3_open_v2(c->file, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		hs_warn("scan cache %s: %s (every file is read)", c->file, sqlite3_errstr(rc));
		return OPEN_FAIL;
	}
	sqlite3_busy_timeout(c->db, 10000);
	sqlite3_extended_result_codes(c->db, 1);
	int prc;
	if (!exec_sql(c->db, "PRAGMA journal_mode=WAL", &prc) ||
	    !exec_sql(c->db, "PRAGMA synchronous=NORMAL", &prc) ||
	    /* checkpoint every 32 MB of WAL, not 4 MB: a page written by
	     * several commits is copied back once (cache_close truncates it) */
	    !exec_sql(c->db, "PRAGMA wal_autocheckpoint=8192", &prc)) {
		if (is_corrupt(prc)) {
			*why = "it is not a valid database";
			return OPEN_REBUILD;
		}
		hs_warn("scan cache %s: %s (every file is read)", c->file, sqlite3_errstr(prc));
		return OPEN_FAIL;
	}
	/* A database written by something else, or by another schema. */
	sqlite3_stmt *q = NULL;
	rc = sqlite3_prepare_v2(c->db, "PRAGMA user_version", -1, &q, NULL);
	int uv = -1;
	if (rc == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
		uv = sqlite3_column_int(q, 0);
	else if (is_corrupt(rc) || is_corrupt(sqlite3_errcode(c->db)))
		rc = SQLITE_CORRUPT;
	sqlite3_finalize(q);
	if (rc != SQLITE_OK || uv < 0) {
		*why = "it is not a valid database";
		return OPEN_REBUILD;
	}
	if (uv == 0) {
		/* new (or foreign and empty of our schema): set it up */
		int n = -1;
		q = NULL;
		if (sqlite3_prepare_v2(c->db, "SELECT count(*) FROM sqlite_master", -1, &q, NULL) ==
		        SQLITE_OK &&
		    sqlite3_step(q) == SQLITE_ROW)
			n = sqlite3_column_int(q, 0);
		sqlite3_finalize(q);
		if (n != 0) {
			*why = "it was not written by hostsweep";
			return OPEN_REBUILD;
		}
		unsigned char salt[16];
		if (RAND_bytes(salt, sizeof(salt)) != 1) {
			hs_warn("scan cache: no random numbers (every file is read)");
			return OPEN_FAIL;
		}
		char hex[33];
		hex_encode(salt, 16, hex);
		char sql[64];
		snprintf(sql, sizeof(sql), "PRAGMA user_version=%d", CACHE_SCHEMA);
		if (!exec_sql(c->db, "BEGIN", NULL) || !exec_sql(c->db, schema_sql, NULL) ||
		    !meta_set(c->db, "version", HS_VERSION) ||
		    !meta_set(c->db, "context", ctxdigest) || !meta_set(c->db, "salt", hex) ||
		    !exec_sql(c->db, sql, NULL) || !exec_sql(c->db, "COMMIT", NULL)) {
			hs_warn("scan cache %s: cannot initialise: %s (every file is read)",
			        c->file, sqlite3_errmsg(c->db));
			return OPEN_FAIL;
		}
	} else if (uv != CACHE_SCHEMA) {
		*why = "it has another format";
		return OPEN_REBUILD;
	}
	int mrc;
	char *ver = meta_get(c->db, "version", &mrc);
	char *dig = mrc == SQLITE_OK ? meta_get(c->db, "context", &mrc) : NULL;
	char *salt = mrc == SQLITE_OK ? meta_get(c->db, "salt", &mrc) : NULL;
	enum open_result res = OPEN_OK;
	if (mrc != SQLITE_OK || !ver || !dig || !salt || strlen(salt) != 32) {
		*why = "it is damaged (metadata missing)";
		res = OPEN_REBUILD;
	} else if (strcmp(ver, HS_VERSION)) {
		*why = "it was written by another hostsweep version";
		res = OPEN_REBUILD;
	} else if (strcmp(dig, ctxdigest)) {
		*why = "rules, signatures or settings changed since it was written";
		res = OPEN_REBUILD;
	} else {
		for (int i = 0; i < 2; i++) {
			char part[17];
			memcpy(part, salt + 16 * i, 16);
			part[16] = '\0';
			c->key[i] = strtoull(part, NULL, 16);
		}
	}
	free(ver);
	free(dig);
	free(salt);
	return res;
}

/* Read every entry into the sorted fingerprint array, from the covering
 * index (sorted already). False when the database turns out to be damaged,
 * or the index is not in the order bsearch needs. */
static bool load_entries(struct cache *c)
{
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_prepare_v2(c->db,
	                            "SELECT fp_a, fp_b, seen FROM files INDEXED BY files_fp "
	                            "ORDER BY fp_a, fp_b",
	                            -1, &q, NULL);
	if (rc != SQLITE_OK)
		return false;
	size_t cap = 0;
	bool sorted = true;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (c->n == cap) {
			cap = cap ? cap * 2 : 4096;
			c->v = xrealloc(c->v, cap * sizeof(*c->v));
		}
		struct entry *e = &c->v[c->n];
		e->a = sqlite3_column_int64(q, 0);
		e->b = sqlite3_column_int64(q, 1);
		e->seen = (uint32_t)sqlite3_column_int64(q, 2);
		if (c->n && cmp_entry(e - 1, e) > 0)
			sorted = false;
		if (!c->n || e->seen < c->min_seen)
			c->min_seen = e->seen;
		c->n++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE || !sorted || c->n > UINT32_MAX) {
		free(c->v);
		c->v = NULL;
		c->n = 0;
		return false;
	}
	if (c->n)
		build_dir(c);
	c->loaded = true;
	return true;
}

static void cache_free(struct cache *c)
{
	sqlite3_finalize(c->st_upsert);
	sqlite3_finalize(c->st_delete);
	sqlite3_finalize(c->st_touch);
	if (c->db)
		sqlite3_close(c->db);
	pthread_mutex_destroy(&c->qlock);
	pthread_cond_destroy(&c->qwork);
	pthread_cond_destroy(&c->qspace);
	free(c->v);
	free(c->dir);
	free(c->q);
	free(c->web_uids);
	free(c->file);
	free(c);
}

void *cache_open(struct hs_ctx *ctx, struct scanner *s)
{
	bool is_scan = ctx->command && !strcmp(ctx->command, "scan");
	if (!C.enabled || (is_scan && !C.scan))
		return NULL;
	struct cache *c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->s = s;
	c->file = cache_file(ctx);
	c->today = (uint32_t)(time(NULL) / 86400);
	pthread_mutex_init(&c->qlock, NULL);
	pthread_cond_init(&c->qwork, NULL);
	pthread_cond_init(&c->qspace, NULL);
	for (size_t i = 0; i < ctx->cfg.web_users.n; i++) {
		uid_t u;
		if (accounts_uid_of(ctx->accounts, ctx->cfg.web_users.v[i], &u)) {
			c->web_uids = xrealloc(c->web_uids, (c->nweb + 1) * sizeof(*c->web_uids));
			c->web_uids[c->nweb++] = u;
		}
	}
	char *dir = xstrdup(c->file);
	char *sl = strrchr(dir, '/');
	if (sl && sl != dir)
		*sl = '\0';
	if (mkdir_p(dir, 0700) < 0) {
		hs_warn("scan cache: cannot create %s: %s (every file is read)", dir,
		        strerror(errno));
		free(dir);
		cache_free(c);
		return NULL;
	}
	free(dir);

	char ctxdigest[65];
	context_digest(c, scanner_engine(s), ctxdigest);
	double t0 = hs_now();
	bool loaded = false;
	for (int attempt = 0; attempt < 2 && !loaded; attempt++) {
		const char *why = NULL;
		enum open_result r = open_db(c, ctxdigest, &why);
		/* --full loads the rows too: it does not trust them, but it need
		 * not write again those that are unchanged (cache_record) */
		if (r == OPEN_OK && load_entries(c)) {
			loaded = true;
			break;
		}
		if (r == OPEN_OK)
			why = "it is damaged";
		if (c->db) {
			sqlite3_close(c->db);
			c->db = NULL;
		}
		if (r == OPEN_FAIL || attempt == 1) {
			if (r != OPEN_FAIL)
				hs_warn("scan cache %s: cannot rebuild (every file is read)",
				        c->file);
			cache_free(c);
			return NULL;
		}
		hs_warn("scan cache %s: %s; rebuilding it (every file is read this time)", c->file,
		        why);
		remove_db(c->file);
	}
	if (sqlite3_prepare_v2(c->db,
	                       "INSERT OR REPLACE INTO files(path, dev, ino, size, mtime_ns, "
	                       "ctime_ns, mode, uid, ctxv, seen, fp_a, fp_b) "
	                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
	                       -1, &c->st_upsert, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "DELETE FROM files WHERE path = ?", -1, &c->st_delete,
	                       NULL) != SQLITE_OK ||
	    /* ?1 is the path in every statement */
	    sqlite3_prepare_v2(c->db, "UPDATE files SET seen = ?2 WHERE path = ?1", -1,
	                       &c->st_touch, NULL) != SQLITE_OK) {
		hs_warn("scan cache %s: %s (every file is read)", c->file, sqlite3_errmsg(c->db));
		cache_free(c);
		return NULL;
	}
	if (pthread_create(&c->writer, NULL, writer_loop, c) != 0) {
		hs_warn("scan cache: cannot start its writer thread (every file is read)");
		cache_free(c);
		return NULL;
	}
	c->writer_started = true;
	hs_info("scan cache %s: %zu files known clean%s (%.2f s)", c->file, c->n,
	        ctx->full ? ", ignored (--full)" : "", hs_now() - t0);
	scanner_set_cache(s, &cache_ops, c);
	return c;
}

void cache_close(void *cv, bool complete)
{
	struct cache *c = cv;
	if (!c)
		return;
	scanner_drain(c->s);
	scanner_set_cache(c->s, NULL, NULL);
	if (c->writer_started) {
		pthread_mutex_lock(&c->qlock);
		c->stop = true;
		pthread_cond_signal(&c->qwork);
		pthread_mutex_unlock(&c->qlock);
		pthread_join(c->writer, NULL);
	}
	/* Entries not confirmed for prune_days: deleted or long unseen files.
	 * The DELETE reads the whole table, so it runs only when a row that
	 * old was loaded (or, with --full, nothing was). */
	bool stale =
	    !c->loaded || (c->n && (long long)c->min_seen < (long long)c->today - C.prune_days);
	if (complete && !c->writer_dead && stale) {
		char sql[96];
		snprintf(sql, sizeof(sql), "DELETE FROM files WHERE seen < %lld",
		         (long long)c->today - C.prune_days);
		exec_sql(c->db, sql, NULL);
	}
	exec_sql(c->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
	hs_debug("scan cache %s: %llu clean files written", c->file,
	         (unsigned long long)c->written);
	cache_free(c);
}
