#include "act/quarantine.h"
#include "scan/walk.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

#define FAIL(...)                                                                                  \
	do {                                                                                       \
		snprintf(detail, dlen, __VA_ARGS__);                                               \
		goto fail;                                                                         \
	} while (0)

char *quarantine_item_dir(const struct hs_ctx *ctx, int64_t id)
{
	char name[64];
	snprintf(name, sizeof(name), "quarantine/%lld", (long long)id);
	return path_join(ctx->cfg.state_dir, name);
}

static int open_quarantine_root(const struct hs_ctx *ctx)
{
	char *q = path_join(ctx->cfg.state_dir, "quarantine");
	mkdir(ctx->cfg.state_dir, 0700);
	if (mkdir(q, 0700) < 0 && errno != EEXIST) {
		free(q);
		return -1;
	}
	int fd = open(q, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	free(q);
	if (fd >= 0)
		fchmod(fd, 0700);
	return fd;
}

/* SHA-256 of an fd's whole content from offset 0. */
static int hash_fd(int fd, char out[65])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	unsigned char buf[65536];
	off_t off = 0;
	ssize_t n;
	while ((n = pread(fd, buf, sizeof(buf), off)) > 0) {
		EVP_DigestUpdate(md, buf, (size_t)n);
		off += n;
	}
	unsigned char d[32];
	unsigned int dl;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	hex_encode(d, 32, out);
	return n < 0 ? -1 : 0;
}

/* Copy src (from offset 0) into a new file name at dirfd, fsync it.
 * Returns the new fd (mode 000) or -1. */
static int copy_to(int src, int dirfd, const char *name, mode_t mode)
{
	/* read-write: the copy is verified by reading it back */
	int dst = openat(dirfd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
	if (dst < 0)
		return -1;
	unsigned char buf[65536];
	off_t off = 0;
	ssize_t n;
	while ((n = pread(src, buf, sizeof(buf), off)) > 0) {
		for (ssize_t w = 0; w < n;) {
			ssize_t k = write(dst, buf + w, (size_t)(n - w));
			if (k < 0) {
				if (errno == EINTR)
					continue;
				goto bad;
			}
			w += k;
		}
		off += n;
	}
	if (n < 0 || fsync(dst) < 0)
		goto bad;
	return dst;
bad:
	close(dst);
	unlinkat(dirfd, name, 0);
	return -1;
}

static json_t *read_xattrs(int fd)
{
	json_t *o = json_object();
	char names[8192];
	ssize_t n = flistxattr(fd, names, sizeof(names));
	for (ssize_t i = 0; n > 0 && i < n; i += (ssize_t)strlen(names + i) + 1) {
		unsigned char val[8192];
		ssize_t vl = fgetxattr(fd, names + i, val, sizeof(val));
		if (vl < 0)
			continue;
		unsigned char enc[4 * sizeof(val) / 3 + 8];
		EVP_EncodeBlock(enc, val, (int)vl);
		json_object_set_new(o, names + i, json_string((char *)enc));
	}
	return o;
}

static void write_xattrs(int fd, json_t *x)
{
	const char *k;
	json_t *v;
	json_object_foreach(x, k, v)
	{
		const char *b64 = json_string_value(v);
		if (!b64)
			continue;
		size_t bl = strlen(b64);
		unsigned char *dec = xmalloc(bl + 4);
		int dl = EVP_DecodeBlock(dec, (const unsigned char *)b64, (int)bl);
		/* EVP_DecodeBlock counts padding bytes as data */
		while (dl > 0 && bl > 0 && b64[bl - 1] == '=') {
			dl--;
			bl--;
		}
		if (dl >= 0 && fsetxattr(fd, k, dec, (size_t)dl, 0) < 0)
			hs_warn("cannot restore extended attribute %s: %s", k, strerror(errno));
		free(dec);
	}
}

static bool in_allowed_tree(const struct hs_ctx *ctx, const char *path)
{
	if (accounts_docroot_of(ctx->accounts, path))
		return true;
	for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
		if (path_is_under(path, ctx->cfg.tmp_dirs.v[i]))
			return true;
	/* an account's home is its own tree too (addon docroots, ~/tmp) */
	const char *acct = accounts_for_path(ctx->accounts, path);
	return acct != NULL;
}

static bool test_crash(const char *point)
{
	/* Test hook (tests/integration/respond*.sh): die at a chosen point to
	 * prove that a crash loses nothing. */
	const char *c = getenv("HOSTSWEEP_TEST_CRASH");
	return c && !strcmp(c, point);
}

/* dirname and basename of a host path, the parent opened without links. */
static int open_parent(const char *host, char **name)
{
	char *dir = xstrdup(host);
	char *sl = strrchr(dir, '/');
	if (!sl || !sl[1]) {
		free(dir);
		errno = EINVAL;
		return -1;
	}
	*name = xstrdup(sl + 1);
	if (sl == dir)
		sl[1] = '\0';
	else
		*sl = '\0';
	int fd = walk_open_dir_nofollow(dir);
	free(dir);
	return fd;
}

int quarantine_file(struct hs_ctx *ctx, struct journal *j, const char *command,
                    const struct finding *f, const char *logical_path, bool force, int64_t *id,
                    char *detail, size_t dlen)
{
	char *host = ctx_host_path(ctx, logical_path);
	char *name = NULL, *item = NULL;
	int pfd = -1, fd = -1, qroot = -1, qfd = -1, cfd = -1;
	*id = -1;
	if (!force && !in_allowed_tree(ctx, logical_path))
		FAIL("refused: outside every docroot and temp dir (use --force)");
	pfd = open_parent(host, &name);
	if (pfd < 0)
		FAIL("cannot open the directory without following links: %s", strerror(errno));
	struct stat st, st2;
	if (fstatat(pfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		FAIL("gone: %s", strerror(errno));
	if (!S_ISREG(st.st_mode))
		FAIL("refused: not a regular file (a symlink is never followed)");
	fd = openat(pfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st2) < 0 || st2.st_ino != st.st_ino || st2.st_dev != st.st_dev)
		FAIL("changed while opening it");
	char sha[65];
	if (hash_fd(fd, sha) < 0)
		FAIL("cannot read: %s", strerror(errno));
	if (f && f->sha256[0] && strcmp(sha, f->sha256))
		FAIL("refused: the file changed since it was scanned (sha256 %.12s..., was "
		     "%.12s...)",
		     sha, f->sha256);
	qroot = open_quarantine_root(ctx);
	if (qroot < 0)
		FAIL("cannot create the quarantine directory: %s", strerror(errno));
	struct stat qst;
	fstat(qroot, &qst);
	/* One rename when possible; a copy when the quarantine is on another
	 * filesystem or the inode has other names (its mode must not change
	 * under them: the other name could be anything). */
	bool by_rename = qst.st_dev == st.st_dev && st.st_nlink == 1;

	json_t *undo = json_object();
	json_object_set_new(undo, "path", json_string(logical_path));
	json_object_set_new(undo, "host_path", json_string(host));
	json_object_set_new(undo, "uid", json_integer(st.st_uid));
	json_object_set_new(undo, "gid", json_integer(st.st_gid));
	json_object_set_new(undo, "mode", json_integer(st.st_mode & 07777));
	json_object_set_new(undo, "size", json_integer((json_int_t)st.st_size));
	json_object_set_new(undo, "atime_s", json_integer(st.st_atim.tv_sec));
	json_object_set_new(undo, "atime_ns", json_integer(st.st_atim.tv_nsec));
	json_object_set_new(undo, "mtime_s", json_integer(st.st_mtim.tv_sec));
	json_object_set_new(undo, "mtime_ns", json_integer(st.st_mtim.tv_nsec));
	json_object_set_new(undo, "sha256", json_string(sha));
	json_object_set_new(undo, "xattrs", read_xattrs(fd));
	json_object_set_new(undo, "method", json_string(by_rename ? "rename" : "copy"));
	json_object_set_new(undo, "quarantined_at", json_integer(time(NULL)));
	/* Path and host_path are raw bytes: json_string refuses invalid UTF-8,
	 * so keep an escaped form as well and the raw bytes in hex. */
	if (!json_object_get(undo, "path")) {
		FAIL("path is not valid UTF-8");
	}
	json_t *meta = json_deep_copy(undo);
	*id = journal_begin(j, command, "quarantine", logical_path, f, undo);
	if (*id < 0)
		FAIL("cannot write the action journal");
	char idname[32];
	snprintf(idname, sizeof(idname), "%lld", (long long)*id);
	if (mkdirat(qroot, idname, 0700) < 0 && errno != EEXIST)
		FAIL("cannot create the quarantine item: %s", strerror(errno));
	qfd = openat(qroot, idname, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (qfd < 0)
		FAIL("cannot open the quarantine item: %s", strerror(errno));
	/* meta.json first: an item is always self-describing */
	if (f) {
		json_t *fj = finding_to_json(f);
		json_object_set_new(meta, "finding", fj);
	}
	char *mj = json_dumps(meta, JSON_INDENT(1));
	json_decref(meta);
	meta = NULL;
	int mfd =
	    openat(qfd, "meta.json", O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (mfd < 0 || write(mfd, mj, strlen(mj)) != (ssize_t)strlen(mj) || fsync(mfd) < 0) {
		free(mj);
		if (mfd >= 0)
			close(mfd);
		FAIL("cannot write meta.json: %s", strerror(errno));
	}
	free(mj);
	close(mfd);

	if (by_rename) {
		if (renameat2(pfd, name, qfd, "content", RENAME_NOREPLACE) < 0)
			FAIL("cannot move into quarantine: %s", strerror(errno));
		struct stat moved;
		if (fstatat(qfd, "content", &moved, AT_SYMLINK_NOFOLLOW) < 0 ||
		    moved.st_ino != st.st_ino) {
			/* swapped between our checks and the rename: put it back */
			renameat2(qfd, "content", pfd, name, RENAME_NOREPLACE);
			FAIL("the file was swapped during the move; left in place");
		}
		cfd = dup(fd);
	} else {
		cfd = copy_to(fd, qfd, "content", 0);
		if (cfd < 0)
			FAIL("cannot copy into quarantine: %s", strerror(errno));
		char sha2[65];
		if (hash_fd(cfd, sha2) < 0 || strcmp(sha, sha2)) {
			close(cfd);
			cfd = -1;
			unlinkat(qfd, "content", 0);
			FAIL("the copy does not verify; the original is left in place");
		}
		fsync(qfd);
		if (test_crash("after-copy"))
			_exit(86);
		/* unlink only the very file we copied */
		struct stat now;
		if (fstatat(pfd, name, &now, AT_SYMLINK_NOFOLLOW) < 0 || now.st_ino != st.st_ino ||
		    now.st_dev != st.st_dev)
			FAIL("the file changed during the copy; original left in place");
		if (unlinkat(pfd, name, 0) < 0)
			FAIL("copied, but cannot remove the original: %s", strerror(errno));
	}
	fsync(pfd);
	/* Root's, no access at all: a quarantined file cannot run or be read
	 * by the web server or the customer. */
	if (fchown(cfd, 0, 0) < 0 || fchmod(cfd, 0) < 0)
		hs_warn("quarantine %lld: cannot make the content root-only: %s", (long long)*id,
		        strerror(errno));
	fsync(cfd);
	journal_event(j, *id, "done", by_rename ? "moved" : "copied and verified");
	snprintf(detail, dlen, "quarantined as %lld (%s)", (long long)*id,
	         by_rename ? "moved" : "copied across filesystems and verified");
	free(item);
	close(cfd);
	close(qfd);
	close(qroot);
	close(fd);
	close(pfd);
	free(name);
	free(host);
	return 0;
fail:
	if (*id > 0)
		journal_event(j, *id, "failed", detail);
	if (cfd >= 0)
		close(cfd);
	if (qfd >= 0)
		close(qfd);
	if (qroot >= 0)
		close(qroot);
	if (fd >= 0)
		close(fd);
	if (pfd >= 0)
		close(pfd);
	free(item);
	free(name);
	free(host);
	return -1;
}

int quarantine_restore(struct hs_ctx *ctx, struct journal *j, int64_t id, bool force, char *detail,
                       size_t dlen)
{
	struct journal_entry e;
	char *name = NULL, *dir = NULL;
	int pfd = -1, qfd = -1, cfd = -1, nfd = -1;
	bool have_entry = false;
	if (journal_get(j, id, &e) < 0)
		FAIL("no action %lld in the journal", (long long)id);
	have_entry = true;
	if (strcmp(e.action, "quarantine"))
		FAIL("action %lld is a %s, not a quarantine", (long long)id, e.action);
	if (strcmp(e.state, "done"))
		FAIL("action %lld is %s: nothing to restore", (long long)id, e.state);
	const char *host = json_string_value(json_object_get(e.undo, "host_path"));
	const char *sha = json_string_value(json_object_get(e.undo, "sha256"));
	if (!host || !sha)
		FAIL("action %lld has no restore data", (long long)id);
	dir = quarantine_item_dir(ctx, id);
	qfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (qfd < 0)
		FAIL("%s: %s", dir, strerror(errno));
	cfd = openat(qfd, "content", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (cfd < 0)
		FAIL("quarantined content missing: %s", strerror(errno));
	char now_sha[65];
	if (hash_fd(cfd, now_sha) < 0 || strcmp(now_sha, sha))
		FAIL("quarantined content does not match its sha256; not restoring");
	pfd = open_parent(host, &name);
	if (pfd < 0)
		FAIL("cannot open the original directory without following links: %s",
		     strerror(errno));
	struct stat cur;
	bool exists = fstatat(pfd, name, &cur, AT_SYMLINK_NOFOLLOW) == 0;
	time_t qtime = (time_t)json_integer_value(json_object_get(e.undo, "quarantined_at"));
	if (exists && !force) {
		if (cur.st_mtime > qtime)
			FAIL("refused: %s was created again and is newer than the quarantined "
			     "copy (use --force)",
			     name);
		FAIL("refused: a file of that name exists (use --force)");
	}
	struct stat qst, pst;
	fstat(cfd, &qst);
	fstat(pfd, &pst);
	char tmp[64];
	snprintf(tmp, sizeof(tmp), ".hostsweep-restore-%lld", (long long)id);
	unlinkat(pfd, tmp, 0);
	if (qst.st_dev == pst.st_dev && qst.st_nlink == 1) {
		if (renameat2(qfd, "content", pfd, tmp, RENAME_NOREPLACE) < 0)
			FAIL("cannot move back: %s", strerror(errno));
		nfd = dup(cfd);
	} else {
		nfd = copy_to(cfd, pfd, tmp, 0);
		if (nfd < 0)
			FAIL("cannot copy back: %s", strerror(errno));
	}
	uid_t uid = (uid_t)json_integer_value(json_object_get(e.undo, "uid"));
	gid_t gid = (gid_t)json_integer_value(json_object_get(e.undo, "gid"));
	mode_t mode = (mode_t)json_integer_value(json_object_get(e.undo, "mode"));
	if (fchown(nfd, uid, gid) < 0 || fchmod(nfd, mode) < 0)
		hs_warn("restore %lld: owner/mode: %s", (long long)id, strerror(errno));
	write_xattrs(nfd, json_object_get(e.undo, "xattrs"));
	struct timespec ts[2] = {
	    {.tv_sec = json_integer_value(json_object_get(e.undo, "atime_s")),
	     .tv_nsec = json_integer_value(json_object_get(e.undo, "atime_ns"))},
	    {.tv_sec = json_integer_value(json_object_get(e.undo, "mtime_s")),
	     .tv_nsec = json_integer_value(json_object_get(e.undo, "mtime_ns"))},
	};
	fsync(nfd);
	if (renameat2(pfd, tmp, pfd, name, force ? 0 : RENAME_NOREPLACE) < 0) {
		int err = errno;
		/* leave nothing behind: the content goes back to quarantine */
		if (qst.st_dev == pst.st_dev && qst.st_nlink == 1)
			renameat2(pfd, tmp, qfd, "content", RENAME_NOREPLACE);
		else
			unlinkat(pfd, tmp, 0);
		FAIL("cannot put it in place: %s", strerror(err));
	}
	/* timestamps last: the rename does not touch them, but be explicit */
	if (futimens(nfd, ts) < 0)
		hs_warn("restore %lld: timestamps: %s", (long long)id, strerror(errno));
	fsync(pfd);
	unlinkat(qfd, "content", 0); /* after a copy; gone already after a rename */
	journal_event(j, id, "undone", "restored");
	snprintf(detail, dlen, "restored %s", host);
	close(nfd);
	close(pfd);
	close(cfd);
	close(qfd);
	free(dir);
	free(name);
	journal_entry_free(&e);
	return 0;
fail:
	if (have_entry && e.action && !strcmp(e.action, "quarantine") && e.state &&
	    !strcmp(e.state, "done"))
		journal_event(j, id, "undo-failed", detail);
	if (nfd >= 0)
		close(nfd);
	if (pfd >= 0)
		close(pfd);
	if (cfd >= 0)
		close(cfd);
	if (qfd >= 0)
		close(qfd);
	free(dir);
	free(name);
	if (have_entry)
		journal_entry_free(&e);
	return -1;
}

int quarantine_purge(struct hs_ctx *ctx, struct journal *j, unsigned days)
{
	struct journal_entry *v;
	size_t n = journal_list(j, "quarantine", &v);
	time_t cutoff = time(NULL) - (time_t)days * 86400;
	int purged = 0;
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(v[i].state, "done") && v[i].state_time <= cutoff) {
			char *dir = quarantine_item_dir(ctx, v[i].id);
			int qfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (qfd >= 0) {
				unlinkat(qfd, "content", 0);
				unlinkat(qfd, "meta.json", 0);
				close(qfd);
				rmdir(dir);
			}
			free(dir);
			journal_event(j, v[i].id, "purged", NULL);
			purged++;
		}
		journal_entry_free(&v[i]);
	}
	free(v);
	return purged;
}
