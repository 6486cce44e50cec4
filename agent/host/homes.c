/* Scripts in hosting accounts' home directories, outside their docroots.
 * A bot started from cron or by hand often lives in ~/.config/x, ~/bin or
 * ~/.cache, where no web request reaches it and the docroot walk never
 * looks. The sweep walks each account's home (and the web users' homes)
 * once more, pruning the docroots (already walked), mail stores and
 * package trees, and scans only what could be run: script extensions, an
 * executable bit, or a name without an extension (`perl ~/.x` runs any
 * file). The content decides the verdict, as everywhere. */
#include "host/hostinsp.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* [homes] section: enabled (yes). */
static bool homes_enabled = true;

int homes_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "enabled")) {
		if (!parse_bool(value, &homes_enabled)) {
			snprintf(err, errlen, "expected yes or no");
			return -1;
		}
		return 1;
	}
	return 0;
}

/* Directories of a home that hold mail or downloaded packages, never the
 * customer's own programs: huge, and full of extension-less files. */
static const char *const pruned_dirs[] = {"Maildir", "mail",   ".maildir", "node_modules",
                                          ".git",    ".Trash", ".trash",   ".npm"};
static const char *const script_exts[] = {"pl",    "pm",   "py",   "sh",   "bash", "cgi",
                                          "php",   "php3", "php4", "php5", "php7", "php8",
                                          "phtml", "pht",  "inc",  "rb",   "lua",  "tcl"};

struct homes_run {
	const struct hs_ctx *ctx;
	const char *home; /* the home being walked (logical) */
};

static bool in_list(const char *s, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, v[i]))
			return true;
	return false;
}

/* Would a user run this file? */
static bool runnable(const struct walk_entry *e)
{
	char ext[16];
	path_extension(e->name, ext, sizeof(ext));
	if (!ext[0])
		return true; /* `perl FILE`, `sh FILE`: no extension needed */
	if (e->st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH))
		return true;
	return in_list(ext, script_exts, HS_ARRAY_LEN(script_exts));
}

static bool homes_entry_hook(void *ud, const struct walk_entry *e)
{
	struct homes_run *h = ud;
	if (e->depth == 0)
		return true;
	if (e->type == WALK_DIR) {
		if (in_list(e->name, pruned_dirs, HS_ARRAY_LEN(pruned_dirs)))
			return false;
		/* a docroot was walked in full before */
		const struct docroot *d = accounts_docroot_of(h->ctx->accounts, e->path);
		return !(d && !strcmp(d->path, e->path));
	}
	if (e->type == WALK_FILE)
		return runnable(e);
	return true;
}

/* Add a home once: a directory (not a symlink), not "/", not one inside a
 * docroot (walked with it), not one already listed or inside one listed. */
static void add_home(const struct hs_ctx *ctx, struct strlist *homes, const char *home)
{
	if (!home || home[0] != '/' || !strcmp(home, "/") || !strcmp(home, "/nonexistent"))
		return;
	if (accounts_docroot_of(ctx->accounts, home))
		return;
	char *host = ctx_host_path(ctx, home);
	struct stat st;
	bool dir = lstat(host, &st) == 0 && S_ISDIR(st.st_mode); /* a symlink is not followed */
	free(host);
	if (!dir)
		return;
	for (size_t i = 0; i < homes->n; i++)
		if (path_is_under(home, homes->v[i]))
			return;
	strlist_add(homes, home);
}

int homes_inspect(struct hs_ctx *ctx, struct scanner *s)
{
	if (!homes_enabled)
		return 0;
	struct strlist homes = {0};
	for (size_t i = 0; i < accounts_hosting_count(ctx->accounts); i++)
		add_home(ctx, &homes,
		         accounts_home_of(ctx->accounts, accounts_hosting_name(ctx->accounts, i)));
	for (size_t i = 0; i < ctx->cfg.web_users.n; i++)
		add_home(ctx, &homes, accounts_home_of(ctx->accounts, ctx->cfg.web_users.v[i]));
	struct homes_run h = {.ctx = ctx};
	scanner_set_entry_hook(s, homes_entry_hook, &h);
	for (size_t i = 0; i < homes.n; i++) {
		h.home = homes.v[i];
		hs_debug("home directory: %s", homes.v[i]);
		scanner_scan_tree(s, homes.v[i], "file");
	}
	scanner_drain(s);
	scanner_set_entry_hook(s, NULL, NULL);
	json_object_set_new(ctx->rep->summary_extra, "homes", json_integer((json_int_t)homes.n));
	strlist_clear(&homes);
	return 0;
}
