/* A finding: the one thing every inspector produces and every reporter and
 * the policy engine consume. What (kind), where (path / pid / line), whose
 * (uid, owner, hosting account), why (rules, tags, evidence), how sure
 * (severity). Kind-specific details go in `extra` (a JSON object). */
#ifndef HS_FINDING_H
#define HS_FINDING_H

#include "util.h"

#include <jansson.h>
#include <stdbool.h>

enum hs_severity {
	HS_SEV_NONE = 0,
	HS_SEV_LOW,
	HS_SEV_MEDIUM,
	HS_SEV_HIGH,
	HS_SEV_CRITICAL,
};
#define HS_SEV_COUNT 5

const char *severity_name(enum hs_severity s);
bool severity_parse(const char *s, enum hs_severity *out);

struct finding {
	const char *kind; /* "file", "cron", "process", "tmp", "mailq" (static) */
	enum hs_severity severity;
	char *path;    /* raw bytes as found (escaped only on output); NULL if none */
	char *account; /* hosting account, NULL if none */
	char *owner;   /* user name of uid, NULL if unknown */
	long long uid; /* -1 when unknown */
	struct strlist rules;
	struct strlist tags;
	char sha256[65]; /* "" when not applicable */
	char *evidence;  /* raw excerpt (may hold any byte) */
	size_t evidence_len;
	enum hs_severity evidence_sev; /* severity of the match the excerpt shows */
	char *key;     /* extra identity (pid+start time, crontab line...) for the id */
	json_t *extra; /* kind-specific fields; string values already escaped */
	char id[17];   /* stable id, hex; set by finding_finalize() */
};

struct finding *finding_new(const char *kind);
void finding_free(struct finding *f);
/* Record a matched rule: raises the severity and adds the tags (comma or
 * space separated). */
void finding_add_rule(struct finding *f, const char *rule_id, enum hs_severity sev,
                      const char *tags);
void finding_add_tag(struct finding *f, const char *tag);
bool finding_has_tag(const struct finding *f, const char *tag);
/* Offer an excerpt from a match of severity sev: the excerpt of the
 * strongest match is kept (the first one among equals). */
void finding_offer_evidence(struct finding *f, enum hs_severity sev, const void *buf, size_t len);
/* Set the excerpt unless one is already there. */
void finding_set_evidence(struct finding *f, const void *buf, size_t len);
/* Extra fields. finding_set_str escapes the raw value. */
void finding_set_str(struct finding *f, const char *key, const char *raw);
void finding_set_int(struct finding *f, const char *key, long long v);
void finding_set_json(struct finding *f, const char *key, json_t *v); /* steals v */
/* Compute the id from kind, path and key. Called by the report before output. */
void finding_finalize(struct finding *f);
/* The finding as one JSON object (the documented schema). */
json_t *finding_to_json(const struct finding *f);

#endif
