/* Users and hosting accounts, read from the passwd file of the inspected
 * system (ROOT/etc/passwd under --root), and attribution of a path to the
 * account that owns it. */
#ifndef HS_ACCOUNTS_H
#define HS_ACCOUNTS_H

#include "config.h"

#include <stdbool.h>
#include <sys/types.h>

struct accounts;

struct accounts *accounts_load(const char *root, const struct hs_config *cfg);
void accounts_free(struct accounts *a);

/* User name of uid, or NULL when the passwd file does not know it. */
const char *accounts_user_name(const struct accounts *a, uid_t uid);
bool accounts_uid_of(const struct accounts *a, const char *name, uid_t *uid);
const char *accounts_home_of(const struct accounts *a, const char *name);
bool accounts_is_web_user(const struct accounts *a, uid_t uid);
bool accounts_is_mta_user(const struct accounts *a, uid_t uid);
/* A customer: uid within [min_uid, max_uid] and not a web or MTA user. */
bool accounts_is_hosting_uid(const struct accounts *a, uid_t uid);
/* Each hosting account's name, in passwd order. */
size_t accounts_hosting_count(const struct accounts *a);
const char *accounts_hosting_name(const struct accounts *a, size_t i);

/* The hosting account a logical path belongs to: the account whose home
 * directory holds it (longest match), else the account owning the docroot
 * that holds it, else NULL. */
const char *accounts_for_path(const struct accounts *a, const char *path);

/* Docroots found by expanding the configured globs under the root. */
struct docroot {
	char *path;    /* logical path (as on the inspected system) */
	char *account; /* NULL when no hosting account owns it */
	uid_t uid;     /* owner of the docroot directory */
};
void accounts_set_docroots(struct accounts *a, struct docroot *d, size_t n);
/* The i-th docroot (sorted by path), NULL past the end. */
const struct docroot *accounts_docroot_at(const struct accounts *a, size_t i);
/* The docroot holding a logical path, or NULL. */
const struct docroot *accounts_docroot_of(const struct accounts *a, const char *path);

#endif
