/* The `login` finding from imported addresses (ioc_logins.h). */
#include "logs/ioc_logins.h"
#include "scan/iocs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct finding *login_finding(struct hs_ctx *ctx, const struct prov_login *l,
                                     const char *origin)
{
	struct finding *f = finding_new("login");
	bool in = l->count > 0;
	finding_add_rule(f, in ? "ioc.ip_login" : "ioc.ip_login_failed",
	                 in ? HS_SEV_HIGH : HS_SEV_LOW, "ioc,login");
	uid_t uid;
	if (accounts_uid_of(ctx->accounts, l->user, &uid)) {
		f->uid = uid;
		f->owner = xstrdup(l->user);
		if (accounts_is_hosting_uid(ctx->accounts, uid))
			f->account = xstrdup(l->user);
	}
	f->key = xasprintf("%s\t%s\t%s", l->user, l->proto, l->ip);
	finding_set_str(f, "user", l->user);
	finding_set_str(f, "proto", l->proto);
	finding_set_str(f, "ip", l->ip);
	finding_set_json(f, "first", prov_time_json(l->first));
	finding_set_json(f, "last", prov_time_json(l->last));
	finding_set_int(f, "count", (long long)l->count);
	finding_set_int(f, "failures", (long long)l->fails);
	finding_set_str(f, "listed_by", origin ? origin : "");
	char ev[160];
	/* the address and protocol only: the user name is raw log text and is
	 * escaped in its own field */
	snprintf(ev, sizeof(ev), "%s %s from a listed address %s", l->proto,
	         in ? "login" : "failed login", l->ip);
	finding_set_evidence(f, ev, strlen(ev));
	return f;
}

size_t ioc_logins_report(struct hs_ctx *ctx, const struct prov_index *ix)
{
	struct ioc_ipset set = {0};
	struct ioc_stats st = {0};
	iocs_load_ips(&set, &ctx->cfg.ioc_dirs, &st);
	size_t made = 0;
	if (set.n || set.nnets) {
		struct prov_login *v;
		size_t n = prov_logins(ix, &v);
		for (size_t i = 0; i < n; i++) {
			const char *origin;
			if (!v[i].ip[0] || !ioc_ipset_find(&set, v[i].ip, &origin))
				continue;
			report_finding(ctx->rep, login_finding(ctx, &v[i], origin));
			made++;
		}
		free(v);
	}
	if (st.opened) {
		iocs_summary(ctx->rep->summary_extra, "addresses", st.ips);
		iocs_summary(ctx->rep->summary_extra, "logins_flagged", made);
	}
	ioc_ipset_free(&set);
	return made;
}
