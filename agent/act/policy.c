#include "act/policy.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct policy hs_policy;

static const char *const names[ACT_COUNT] = {
    "block-ip",  "kill",        "disable-cron", "quarantine",
    "hold-mail", "delete-mail", "lock-dir",     "report",
};

const char *action_name(enum hs_action a)
{
	return (unsigned)a < ACT_COUNT ? names[a] : "?";
}

bool action_parse(const char *s, enum hs_action *out)
{
	for (int i = 0; i < ACT_COUNT; i++) {
		if (!strcmp(s, names[i])) {
			*out = (enum hs_action)i;
			return true;
		}
	}
	return false;
}

static struct policy_rule *rule_named(struct policy *p, const char *name)
{
	for (size_t i = 0; i < p->nrules; i++)
		if (!strcmp(p->rules[i].name, name))
			return &p->rules[i];
	p->rules = xrealloc(p->rules, (p->nrules + 1) * sizeof(*p->rules));
	struct policy_rule *r = &p->rules[p->nrules++];
	memset(r, 0, sizeof(*r));
	r->name = xstrdup(name);
	r->min_severity = HS_SEV_HIGH;
	return r;
}

static int set_bool(bool *b, const char *v, char *err, size_t errlen)
{
	if (!parse_bool(v, b)) {
		snprintf(err, errlen, "expected yes or no");
		return -1;
	}
	return 1;
}

int policy_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	struct policy *p = &hs_policy;
	const char *section = hs_config_section ? hs_config_section : "policy";
	if (!strcmp(section, "policy")) {
		if (!strcmp(key, "apply"))
			return set_bool(&p->apply, value, err, errlen);
		if (!strcmp(key, "force_outside"))
			return set_bool(&p->force_outside, value, err, errlen);
		if (!strcmp(key, "kill_root"))
			return set_bool(&p->kill_root, value, err, errlen);
		if (!strcmp(key, "kill_mta"))
			return set_bool(&p->kill_mta, value, err, errlen);
		struct strlist *l = !strcmp(key, "allow_paths")           ? &p->allow_paths
		                    : !strcmp(key, "allow_sha256")        ? &p->allow_sha256
		                    : !strcmp(key, "allow_users")         ? &p->allow_users
		                    : !strcmp(key, "allow_process_names") ? &p->allow_process_names
		                                                          : NULL;
		if (!l)
			return 0;
		strlist_split_words(l, value);
		return 1;
	}
	/* [policy.NAME] */
	const char *name = section + strlen("policy.");
	if (!*name) {
		snprintf(err, errlen, "a policy rule section needs a name: [policy.NAME]");
		return -1;
	}
	struct policy_rule *r = rule_named(p, name);
	if (!strcmp(key, "action")) {
		struct strlist words = {0};
		strlist_split_words(&words, value);
		for (size_t i = 0; i < words.n; i++) {
			enum hs_action a;
			if (!action_parse(words.v[i], &a)) {
				snprintf(
				    err, errlen,
				    "unknown action '%s' (report, quarantine, kill, disable-cron, "
				    "hold-mail, delete-mail, lock-dir, block-ip)",
				    words.v[i]);
				strlist_clear(&words);
				return -1;
			}
			r->actions |= ACT_BIT(a);
		}
		strlist_clear(&words);
		return 1;
	}
	if (!strcmp(key, "kind")) {
		static const char *const kinds[] = {"file", "tmp", "cron", "process", "mailq"};
		struct strlist words = {0};
		strlist_split_words(&words, value);
		for (size_t i = 0; i < words.n; i++) {
			bool known = false;
			for (size_t k = 0; k < HS_ARRAY_LEN(kinds); k++)
				known |= !strcmp(words.v[i], kinds[k]);
			if (!known) {
				snprintf(err, errlen,
				         "unknown kind '%s' (file, tmp, cron, process, mailq)",
				         words.v[i]);
				strlist_clear(&words);
				return -1;
			}
			strlist_add(&r->kinds, words.v[i]);
		}
		strlist_clear(&words);
		return 1;
	}
	if (!strcmp(key, "min_severity")) {
		if (!severity_parse(value, &r->min_severity) || r->min_severity == HS_SEV_NONE) {
			snprintf(err, errlen, "expected low, medium, high or critical");
			return -1;
		}
		return 1;
	}
	if (!strcmp(key, "tags")) {
		strlist_split_words(&r->tags, value);
		return 1;
	}
	if (!strcmp(key, "rules")) {
		strlist_split_words(&r->rules, value);
		return 1;
	}
	return 0;
}

bool policy_validate(const struct policy *p)
{
	for (size_t i = 0; i < p->nrules; i++) {
		if (!p->rules[i].actions) {
			hs_err("[policy.%s] has no action = line", p->rules[i].name);
			return false;
		}
	}
	return true;
}

void policy_free_rules(struct policy *p)
{
	for (size_t i = 0; i < p->nrules; i++) {
		free(p->rules[i].name);
		strlist_clear(&p->rules[i].kinds);
		strlist_clear(&p->rules[i].tags);
		strlist_clear(&p->rules[i].rules);
	}
	free(p->rules);
	p->rules = NULL;
	p->nrules = 0;
}

static void add_rule(struct policy *p, const char *name, enum hs_action a, const char *kinds,
                     enum hs_severity min, const char *tags)
{
	struct policy_rule *r = rule_named(p, name);
	r->actions |= ACT_BIT(a);
	strlist_split_words(&r->kinds, kinds);
	if (tags)
		strlist_split_words(&r->tags, tags);
	r->min_severity = min;
}

void policy_incident(struct policy *out, unsigned allowed, enum hs_severity min,
                     enum hs_action mail_action)
{
	*out = hs_policy; /* switches and allowlists (shared, not copied) */
	out->rules = NULL;
	out->nrules = 0;
	if (allowed & ACT_BIT(ACT_KILL))
		add_rule(out, "incident-processes", ACT_KILL, "process", min, NULL);
	if (allowed & ACT_BIT(ACT_DISABLE_CRON))
		add_rule(out, "incident-cron", ACT_DISABLE_CRON, "cron", min, NULL);
	if (allowed & ACT_BIT(ACT_QUARANTINE))
		add_rule(out, "incident-files", ACT_QUARANTINE, "file tmp", min, NULL);
	if (allowed & ACT_BIT(mail_action)) {
		add_rule(out, "incident-mail", mail_action, "mailq", HS_SEV_LOW, NULL);
		/* a stolen mailbox's queued mail */
		add_rule(out, "incident-mailauth", mail_action, "mailauth", min, NULL);
	}
	/* the addresses that guessed or abuse a mailbox password */
	if (allowed & ACT_BIT(ACT_BLOCK_IP))
		add_rule(out, "incident-block", ACT_BLOCK_IP, "mailauth", min, NULL);
	/* the directory an upload came in through, when the web server wrote it */
	if (allowed & ACT_BIT(ACT_LOCK_DIR))
		add_rule(out, "incident-upload-dirs", ACT_LOCK_DIR, "file", min, "web-owned");
}

static bool any_glob(const struct strlist *globs, const char *s)
{
	for (size_t i = 0; s && i < globs->n; i++)
		if (fnmatch(globs->v[i], s, 0) == 0)
			return true;
	return false;
}

unsigned policy_decide(const struct policy *p, const struct finding *f, const char **why_allowed)
{
	*why_allowed = NULL;
	if (f->path && any_glob(&p->allow_paths, f->path)) {
		*why_allowed = "allow_paths";
		return 0;
	}
	if (f->sha256[0] && strlist_contains(&p->allow_sha256, f->sha256)) {
		*why_allowed = "allow_sha256";
		return 0;
	}
	const char *user = f->owner;
	json_t *ju = json_object_get(f->extra, "user");
	if (json_is_string(ju))
		user = json_string_value(ju);
	if (user && strlist_contains(&p->allow_users, user)) {
		*why_allowed = "allow_users";
		return 0;
	}
	static const char *const name_keys[] = {"comm", "argv0", "exe_name"};
	for (size_t i = 0; i < HS_ARRAY_LEN(name_keys); i++) {
		json_t *v = json_object_get(f->extra, name_keys[i]);
		if (json_is_string(v) &&
		    strlist_contains(&p->allow_process_names, json_string_value(v))) {
			*why_allowed = "allow_process_names";
			return 0;
		}
	}
	unsigned acts = 0;
	for (size_t i = 0; i < p->nrules; i++) {
		const struct policy_rule *r = &p->rules[i];
		if (f->severity < r->min_severity)
			continue;
		if (r->kinds.n && !strlist_contains(&r->kinds, f->kind))
			continue;
		if (r->tags.n) {
			bool any = false;
			for (size_t k = 0; k < r->tags.n && !any; k++)
				any = finding_has_tag(f, r->tags.v[k]);
			if (!any)
				continue;
		}
		if (r->rules.n) {
			bool any = false;
			for (size_t k = 0; k < f->rules.n && !any; k++)
				any = any_glob(&r->rules, f->rules.v[k]);
			if (!any)
				continue;
		}
		acts |= r->actions;
	}
	return acts;
}
