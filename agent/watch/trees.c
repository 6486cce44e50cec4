/* The trees `watch` covers: what `sweep` scans (the docroots of the same
 * discovery, the temp dirs), plus upload dirs that lie outside every
 * docroot and the [watch] paths. */
#include "watch/watch.h"

#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

static void add(struct watch_trees *t, struct hs_ctx *ctx, const char *logical, const char *kind,
                const char *why)
{
	char *norm = path_normalize(logical);
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].logical, norm)) {
			free(norm);
			return;
		}
	t->v = xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
	struct watch_tree *w = &t->v[t->n++];
	memset(w, 0, sizeof(*w));
	w->logical = norm;
	w->host = ctx_host_path(ctx, norm);
	w->kind = kind;
	w->why = why;
}

/* Directories a glob of the inspected system names (the glob itself when
 * it has no wildcard: a temp dir that does not exist yet is still watched
 * for when it appears). */
static void add_glob(struct watch_trees *t, struct hs_ctx *ctx, const char *pat, const char *kind,
                     const char *why)
{
	if (!strpbrk(pat, "*?[")) {
		add(t, ctx, pat, kind, why);
		return;
	}
	char *hp = ctx_host_path(ctx, pat);
	glob_t g;
	if (glob(hp, GLOB_NOSORT | GLOB_ONLYDIR, NULL, &g) == 0) {
		for (size_t k = 0; k < g.gl_pathc; k++) {
			struct stat st;
			if (lstat(g.gl_pathv[k], &st) == 0 && S_ISDIR(st.st_mode))
				add(t, ctx, ctx_logical_path(ctx, g.gl_pathv[k]), kind, why);
		}
	}
	globfree(&g);
	free(hp);
}

static int cmp_tree(const void *a, const void *b)
{
	return strcmp(((const struct watch_tree *)a)->logical,
	              ((const struct watch_tree *)b)->logical);
}

static void tree_free(struct watch_tree *w)
{
	free(w->logical);
	free(w->host);
}

void watch_trees_build(struct watch_trees *t, struct hs_ctx *ctx)
{
	memset(t, 0, sizeof(*t));
	for (size_t i = 0;; i++) {
		const struct docroot *d = accounts_docroot_at(ctx->accounts, i);
		if (!d)
			break;
		add(t, ctx, d->path, "file", "docroot");
	}
	/* upload dirs are globs on file paths, mostly relative to a docroot;
	 * an absolute one names directories that may lie outside them: its
	 * directory part (trailing stars and slashes cut) */
	for (size_t i = 0; i < ctx->cfg.upload_dirs.n; i++) {
		const char *u = ctx->cfg.upload_dirs.v[i];
		if (u[0] != '/')
			continue; /* relative to any docroot: covered by the docroots */
		char *dir = xstrdup(u);
		size_t l = strlen(dir);
		while (l > 1 && (dir[l - 1] == '*' || dir[l - 1] == '/'))
			dir[--l] = '\0';
		add_glob(t, ctx, dir, "file", "upload dir");
		free(dir);
	}
	for (size_t i = 0; i < watch_settings.paths.n; i++)
		add_glob(t, ctx, watch_settings.paths.v[i], "file", "watch path");
	for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
		add_glob(t, ctx, ctx->cfg.tmp_dirs.v[i], "tmp", "temp dir");
	if (t->n)
		qsort(t->v, t->n, sizeof(*t->v), cmp_tree);
	/* sorted: a tree inside the previous kept one is covered by it (a temp
	 * dir inside a docroot keeps the docroot's kind, as in the sweep) */
	size_t keep = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (keep && path_is_under(t->v[i].logical, t->v[keep - 1].logical)) {
			tree_free(&t->v[i]);
			continue;
		}
		t->v[keep++] = t->v[i];
	}
	t->n = keep;
	watch_trees_refresh(t, NULL);
}

void watch_trees_free(struct watch_trees *t)
{
	for (size_t i = 0; i < t->n; i++)
		tree_free(&t->v[i]);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

/* The tree whose host path is exactly path[0..len), or -1: the trees are
 * sorted by path (watch_trees_build), so a binary search. */
static int find_exact(const struct watch_trees *t, const char *path, size_t len)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *h = t->v[mid].host;
		int c = strncmp(h, path, len);
		if (c == 0 && h[len] != '\0')
			c = 1; /* h is longer: after the prefix */
		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

int watch_trees_find(const struct watch_trees *t, const char *host_path)
{
	/* Every event of a filesystem comes here: the path and each of its
	 * parents are looked up (a few binary searches), the deepest wins. */
	size_t len = strlen(host_path);
	while (len > 1 && host_path[len - 1] == '/')
		len--;
	while (len > 0) {
		int i = find_exact(t, host_path, len);
		if (i >= 0)
			return i;
		while (len > 0 && host_path[len - 1] != '/')
			len--;
		while (len > 1 && host_path[len - 1] == '/')
			len--;
		if (len == 1 && host_path[0] == '/') {
			return find_exact(t, "/", 1);
		}
	}
	return -1;
}

size_t watch_trees_refresh(struct watch_trees *t, bool *changed)
{
	size_t n = 0;
	for (size_t i = 0; i < t->n; i++) {
		struct watch_tree *w = &t->v[i];
		struct statx sx;
		bool present = statx(AT_FDCWD, w->host, AT_SYMLINK_NOFOLLOW,
		                     STATX_INO | STATX_TYPE | STATX_MNT_ID, &sx) == 0 &&
		               S_ISDIR(sx.stx_mode);
		dev_t dev = present ? makedev(sx.stx_dev_major, sx.stx_dev_minor) : 0;
		ino_t ino = present ? (ino_t)sx.stx_ino : 0;
		uint64_t mnt = present && (sx.stx_mask & STATX_MNT_ID) ? sx.stx_mnt_id : 0;
		bool ch =
		    present != w->present || dev != w->dev || ino != w->ino || mnt != w->mnt_id;
		w->present = present;
		w->dev = dev;
		w->ino = ino;
		w->mnt_id = mnt;
		if (changed)
			changed[i] = ch;
		n += ch;
	}
	return n;
}

bool watch_trees_same(const struct watch_trees *a, const struct watch_trees *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i].logical, b->v[i].logical))
			return false;
	return true;
}
