#include "scan/own.h"
#include "escape.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* One directory: st filled when it exists and may be skipped (`say`: warn
 * when it may not). `inside`: a path of the inspected system (--root),
 * never resolved through a symlink, since the image's links would point
 * into this machine. */
static bool own_stat(const char *path, bool inside, struct stat *st, bool say)
{
	if (inside) {
		int fd = walk_open_dir_nofollow(path);
		if (fd < 0)
			return false;
		int r = fstat(fd, st);
		close(fd);
		if (r < 0)
			return false;
	} else if (stat(path, st) < 0 || !S_ISDIR(st->st_mode)) {
		return false;
	}
	/* Only a directory nobody else can write to: otherwise anything put
	 * there would go unscanned (a state_dir of /tmp would hide all of it). */
	if ((st->st_uid != 0 && st->st_uid != geteuid()) || (st->st_mode & (S_IWGRP | S_IWOTH))) {
		if (!say)
			return false;
		char *p = hs_escape(path);
		hs_warn("%s: writable by others, scanned like any directory (hostsweep's own "
		        "directories should be root's, mode 0755 or stricter)",
		        p);
		free(p);
		return false;
	}
	return true;
}

static void own_add(struct own_dirs *d, const char *path, bool inside, const char *what, bool say)
{
	struct stat st;
	if (!path || !*path || !own_stat(path, inside, &st, say))
		return;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].dev == st.st_dev && d->v[i].ino == st.st_ino)
			return;
	d->v = xrealloc(d->v, (d->n + 1) * sizeof(*d->v));
	d->v[d->n++] = (struct walk_id){.dev = st.st_dev, .ino = st.st_ino};
	if (say) {
		char *p = hs_escape(path);
		hs_info("not scanning hostsweep's own files: %s (%s%s)", p, what,
		        inside ? ", in the inspected system" : "");
		free(p);
	}
}

/* Both copies of one configured directory: this machine's and, under
 * --root, the inspected system's. */
static void own_both(const struct hs_ctx *ctx, struct own_dirs *d, const char *path,
                     const char *what, bool say)
{
	if (!path)
		return;
	own_add(d, path, false, what, say);
	if (ctx->root && *ctx->root && path[0] == '/') {
		char *h = ctx_host_path(ctx, path);
		own_add(d, h, true, what, say);
		free(h);
	}
}

void own_dirs_find(const struct hs_ctx *ctx, struct own_dirs *out, bool say)
{
	*out = (struct own_dirs){0};
	const struct hs_config *c = &ctx->cfg;
	own_both(ctx, out, c->state_dir, "state: scan cache, compiled rules, journal, locks", say);
	if (c->state_dir) {
		char *q = path_join(c->state_dir, "quarantine");
		own_both(ctx, out, q, "quarantine", say);
		free(q);
	}
	own_both(ctx, out, ctx->rules_cache_dir, "compiled rules", say);
	for (size_t i = 0; i < c->rules_dirs.n; i++)
		own_both(ctx, out, c->rules_dirs.v[i], "rules", say);
	own_both(ctx, out, c->signatures_dir, "signatures", say);
}

void own_dirs_free(struct own_dirs *d)
{
	free(d->v);
	*d = (struct own_dirs){0};
}
