/* Provenance: what the logs say about files and accounts. One pass over
 * the logs builds an index (prov.c):
 *  - uploads: the last FTP/SFTP write of each file (user, client, time);
 *  - logins: per user, protocol and client address (first, last, count,
 *    failures), for an account's logins and the lateral spread (the same
 *    addresses' logins to other accounts);
 *  - web: per requested script, requests, POSTs, first/last seen, top
 *    clients and the densest POST burst (weblog.c turns these into
 *    `weblog` findings).
 * File findings get a `provenance` field from it (prov_attach). */
#ifndef HS_LOGS_PROV_H
#define HS_LOGS_PROV_H

#include "logs/logs.h"

#include <jansson.h>

struct prov_index;

#define PROV_TOP 8 /* top clients kept per script */

struct prov_client {
	char ip[48];
	uint32_t requests, posts;
};

/* One requested script. Its file is docroot + path when the log says which
 * vhost (resolved), else only the URL path (resolved later per docroot). */
struct prov_web {
	char *file;    /* logical path, NULL when unresolved */
	char *urlpath; /* as requested (decoded) */
	char *account;
	const char *log; /* the source it came from (owned by the index) */
	uint64_t requests, posts;
	time_t first, last, first_post;
	struct prov_client top[PROV_TOP];
	uint64_t other_requests; /* from clients beyond the table */
	/* the densest POST window: buckets of burst_window/2 seconds */
	time_t bucket;
	uint32_t cur, prev, burst;
	time_t burst_at;
};

/* Read the logs of `families` (within since; state_key as log_read_source:
 * NULL = the whole window). Counters go to the summary ("logs"). */
struct prov_index *prov_build(struct hs_ctx *ctx, unsigned families, time_t since,
                              const char *state_key);
void prov_free(struct prov_index *ix);

/* The provenance of a logical path as a JSON object ({"upload": {...},
 * "web": {...}}), or NULL when the logs know nothing of it. */
json_t *prov_of(const struct prov_index *ix, const char *path);
/* Add "provenance" to f when the logs know its path. */
void prov_attach(const struct prov_index *ix, struct finding *f);

/* Every script of the web index (for weblog.c). */
size_t prov_web_count(const struct prov_index *ix);
struct prov_web *prov_web_at(struct prov_index *ix, size_t i);

/* An account's logins (user = account), its source addresses, and the
 * logins of other users from the same addresses: {"logins": [...],
 * "clients": [...], "lateral": [{"ip", "user", "proto", "first", "last",
 * "count"}]}. NULL when the logs show no login of the account. */
json_t *prov_account(const struct prov_index *ix, const char *account);
/* The uploads into the account's home or docroots, oldest first
 * (time, path, proto, user, ip), for respond's timeline. */
json_t *prov_account_uploads(const struct prov_index *ix, const struct hs_ctx *ctx,
                             const char *account);

/* One login of the index (strings owned by it): user, protocol, client. */
struct prov_login {
	const char *user, *proto, *ip;
	time_t first, last;
	uint64_t count, fails;
};
/* Every login of the index (for matching the fleet's addresses, ioc_logins.h).
 * Returns the count; *out is malloc'd (free it), its strings are the index's. */
size_t prov_logins(const struct prov_index *ix, struct prov_login **out);

/* A finding sink for the scanner (scanner_set_finding_sink, ud = the
 * index): adds the provenance, then reports the finding. */
void prov_sink(void *ud, struct finding *f);
/* The start of the log window: --since, else [logs] window, before now. */
time_t prov_window_start(const struct hs_ctx *ctx);

/* ISO 8601 UTC text of t as JSON (null when unknown). */
json_t *prov_time_json(time_t t);

#endif
