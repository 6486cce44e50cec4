#include "finding.h"
#include "escape.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <string.h>

static const char *sev_names[HS_SEV_COUNT] = {"none", "low", "medium", "high", "critical"};

const char *severity_name(enum hs_severity s)
{
	return (unsigned)s < HS_SEV_COUNT ? sev_names[s] : "none";
}

bool severity_parse(const char *s, enum hs_severity *out)
{
	for (int i = 0; i < HS_SEV_COUNT; i++) {
		if (strcasecmp(s, sev_names[i]) == 0) {
			*out = (enum hs_severity)i;
			return true;
		}
	}
	return false;
}

struct finding *finding_new(const char *kind)
{
	struct finding *f = xcalloc(1, sizeof(*f));
	f->kind = kind;
	f->uid = -1;
	f->extra = json_object();
	return f;
}

void finding_free(struct finding *f)
{
	if (!f)
		return;
	free(f->path);
	free(f->account);
	free(f->owner);
	strlist_clear(&f->rules);
	strlist_clear(&f->tags);
	free(f->evidence);
	free(f->key);
	json_decref(f->extra);
	free(f);
}

void finding_add_tag(struct finding *f, const char *tag)
{
	if (tag && *tag)
		strlist_add_unique(&f->tags, tag);
}

bool finding_has_tag(const struct finding *f, const char *tag)
{
	return strlist_contains(&f->tags, tag);
}

void finding_add_rule(struct finding *f, const char *rule_id, enum hs_severity sev,
                      const char *tags)
{
	strlist_add_unique(&f->rules, rule_id);
	if (sev > f->severity)
		f->severity = sev;
	if (!tags)
		return;
	char buf[256];
	size_t n = 0;
	for (const char *p = tags;; p++) {
		if (*p == ',' || *p == ' ' || *p == '\0') {
			buf[n] = '\0';
			finding_add_tag(f, buf);
			n = 0;
			if (!*p)
				break;
		} else if (n + 1 < sizeof(buf)) {
			/* YARA tags cannot hold '-': type_mismatch is type-mismatch */
			buf[n++] = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
		}
	}
}

void finding_offer_evidence(struct finding *f, enum hs_severity sev, const void *buf, size_t len)
{
	if (f->evidence && sev <= f->evidence_sev)
		return;
	free(f->evidence);
	f->evidence = NULL;
	f->evidence_sev = sev;
	finding_set_evidence(f, buf, len);
}

void finding_set_evidence(struct finding *f, const void *buf, size_t len)
{
	if (f->evidence)
		return;
	f->evidence = xmalloc(len + 1);
	memcpy(f->evidence, buf, len);
	f->evidence[len] = '\0';
	f->evidence_len = len;
}

void finding_set_str(struct finding *f, const char *key, const char *raw)
{
	if (!raw) {
		json_object_set_new(f->extra, key, json_null());
		return;
	}
	char *e = hs_escape(raw);
	json_object_set_new(f->extra, key, json_string(e));
	free(e);
}

void finding_set_int(struct finding *f, const char *key, long long v)
{
	json_object_set_new(f->extra, key, json_integer(v));
}

void finding_set_json(struct finding *f, const char *key, json_t *v)
{
	json_object_set_new(f->extra, key, v);
}

void finding_finalize(struct finding *f)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	EVP_DigestInit_ex(c, EVP_sha256(), NULL);
	EVP_DigestUpdate(c, f->kind, strlen(f->kind) + 1);
	if (f->path)
		EVP_DigestUpdate(c, f->path, strlen(f->path) + 1);
	if (f->key)
		EVP_DigestUpdate(c, f->key, strlen(f->key) + 1);
	EVP_DigestFinal_ex(c, md, &mdlen);
	EVP_MD_CTX_free(c);
	hex_encode(md, 8, f->id);
}

static json_t *str_or_null_escaped(const char *s)
{
	if (!s)
		return json_null();
	char *e = hs_escape(s);
	json_t *j = json_string(e);
	free(e);
	return j;
}

static json_t *strlist_to_json(const struct strlist *l)
{
	json_t *a = json_array();
	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, str_or_null_escaped(l->v[i]));
	return a;
}

json_t *finding_to_json(const struct finding *f)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("finding"));
	json_object_set_new(o, "id", json_string(f->id));
	json_object_set_new(o, "kind", json_string(f->kind));
	json_object_set_new(o, "severity", json_string(severity_name(f->severity)));
	json_object_set_new(o, "path", str_or_null_escaped(f->path));
	json_object_set_new(o, "account", str_or_null_escaped(f->account));
	json_object_set_new(o, "owner", str_or_null_escaped(f->owner));
	json_object_set_new(o, "uid", f->uid >= 0 ? json_integer(f->uid) : json_null());
	json_object_set_new(o, "rules", strlist_to_json(&f->rules));
	json_object_set_new(o, "tags", strlist_to_json(&f->tags));
	json_object_set_new(o, "sha256", f->sha256[0] ? json_string(f->sha256) : json_null());
	if (f->evidence) {
		char *e = hs_escape_n(f->evidence, f->evidence_len);
		json_object_set_new(o, "evidence", json_string(e));
		free(e);
	} else {
		json_object_set_new(o, "evidence", json_null());
	}
	/* Kind-specific fields never override the common ones. */
	const char *k;
	json_t *v;
	json_object_foreach(f->extra, k, v)
	{
		if (!json_object_get(o, k))
			json_object_set(o, k, v);
	}
	return o;
}
