#include "accounts.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
	char *name;
	char *home;
	uid_t uid;
	bool web, mta, hosting;
};

struct accounts {
	struct user *users;
	size_t n;
	struct docroot *docroots;
	size_t ndocroots;
};

struct accounts *accounts_load(const char *root, const struct hs_config *cfg)
{
	struct accounts *a = xcalloc(1, sizeof(*a));
	char *pw = path_join(root && *root ? root : "/", "etc/passwd");
	FILE *fp = fopen(pw, "r");
	if (!fp) {
		hs_warn("%s: %s (user names and accounts unknown)", pw, strerror(errno));
		free(pw);
		return a;
	}
	size_t cap = 0;
	struct passwd *p;
	/* fgetpwent parses the file given, not NSS: right for --root images. */
	while ((p = fgetpwent(fp))) {
		if (a->n == cap) {
			cap = cap ? cap * 2 : 64;
			a->users = xrealloc(a->users, cap * sizeof(*a->users));
		}
		struct user *u = &a->users[a->n++];
		u->name = xstrdup(p->pw_name);
		u->home = xstrdup(p->pw_dir);
		u->uid = p->pw_uid;
		u->web = strlist_contains(&cfg->web_users, p->pw_name);
		u->mta = strlist_contains(&cfg->mta_users, p->pw_name);
		u->hosting = !u->web && !u->mta && (long)p->pw_uid >= cfg->min_uid &&
		             (long)p->pw_uid <= cfg->max_uid;
	}
	fclose(fp);
	free(pw);
	return a;
}

void accounts_free(struct accounts *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n; i++) {
		free(a->users[i].name);
		free(a->users[i].home);
	}
	free(a->users);
	for (size_t i = 0; i < a->ndocroots; i++) {
		free(a->docroots[i].path);
		free(a->docroots[i].account);
	}
	free(a->docroots);
	free(a);
}

static const struct user *by_uid(const struct accounts *a, uid_t uid)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->users[i].uid == uid)
			return &a->users[i];
	return NULL;
}

static const struct user *by_name(const struct accounts *a, const char *name)
{
	for (size_t i = 0; i < a->n; i++)
		if (!strcmp(a->users[i].name, name))
			return &a->users[i];
	return NULL;
}

const char *accounts_user_name(const struct accounts *a, uid_t uid)
{
	const struct user *u = by_uid(a, uid);
	return u ? u->name : NULL;
}

bool accounts_uid_of(const struct accounts *a, const char *name, uid_t *uid)
{
	const struct user *u = by_name(a, name);
	if (u)
		*uid = u->uid;
	return u != NULL;
}

const char *accounts_home_of(const struct accounts *a, const char *name)
{
	const struct user *u = by_name(a, name);
	return u ? u->home : NULL;
}

bool accounts_is_web_user(const struct accounts *a, uid_t uid)
{
	const struct user *u = by_uid(a, uid);
	return u && u->web;
}

bool accounts_is_mta_user(const struct accounts *a, uid_t uid)
{
	const struct user *u = by_uid(a, uid);
	return u && u->mta;
}

bool accounts_is_hosting_uid(const struct accounts *a, uid_t uid)
{
	const struct user *u = by_uid(a, uid);
	return u && u->hosting;
}

size_t accounts_hosting_count(const struct accounts *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->n; i++)
		n += a->users[i].hosting;
	return n;
}

const char *accounts_hosting_name(const struct accounts *a, size_t idx)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->users[i].hosting && idx-- == 0)
			return a->users[i].name;
	return NULL;
}

void accounts_set_docroots(struct accounts *a, struct docroot *d, size_t n)
{
	/* discovered again (watch): the previous list goes */
	for (size_t i = 0; i < a->ndocroots; i++) {
		free(a->docroots[i].path);
		free(a->docroots[i].account);
	}
	free(a->docroots);
	a->docroots = d;
	a->ndocroots = n;
}

const struct docroot *accounts_docroot_at(const struct accounts *a, size_t i)
{
	return i < a->ndocroots ? &a->docroots[i] : NULL;
}

const struct docroot *accounts_docroot_of(const struct accounts *a, const char *path)
{
	const struct docroot *best = NULL;
	for (size_t i = 0; i < a->ndocroots; i++) {
		const struct docroot *d = &a->docroots[i];
		if (path_is_under(path, d->path) && (!best || strlen(d->path) > strlen(best->path)))
			best = d;
	}
	return best;
}

const char *accounts_for_path(const struct accounts *a, const char *path)
{
	const struct user *best = NULL;
	size_t bestlen = 0;
	for (size_t i = 0; i < a->n; i++) {
		const struct user *u = &a->users[i];
		size_t l = strlen(u->home);
		/* "/" or a short system home must never swallow everything. */
		if (!u->hosting || l < 2 || !strcmp(u->home, "/"))
			continue;
		if (path_is_under(path, u->home) && l > bestlen) {
			best = u;
			bestlen = l;
		}
	}
	if (best)
		return best->name;
	const struct docroot *d = accounts_docroot_of(a, path);
	return d ? d->account : NULL;
}
