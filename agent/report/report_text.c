/* Text for people: findings grouped by hosting account (worst first), one
 * block each, then a summary line. Every attacker-controlled string is
 * escaped, so a file name cannot break or forge a line. */
#include "escape.h"
#include "report.h"
#include "report/formats.h"

#include <stdlib.h>
#include <string.h>

static void text_finding(struct reporter *rp, struct report *r, const struct finding *f)
{
	/* Printed at the end, grouped by account. */
	(void)rp;
	(void)r;
	(void)f;
}

static void text_error(struct reporter *rp, struct report *r, const char *path, const char *msg)
{
	(void)rp;
	(void)r;
	char *ep = path ? hs_escape(path) : NULL;
	if (ep)
		hs_warn("%s: %s", ep, msg);
	else
		hs_warn("%s", msg);
	free(ep);
}

static int cmp_findings(const void *a, const void *b)
{
	const struct finding *x = *(const struct finding *const *)a;
	const struct finding *y = *(const struct finding *const *)b;
	/* Accounts alphabetically, findings without an account last. */
	if (!x->account != !y->account)
		return x->account ? -1 : 1;
	int c = x->account ? strcmp(x->account, y->account) : 0;
	if (c)
		return c;
	if (x->severity != y->severity)
		return x->severity > y->severity ? -1 : 1;
	c = strcmp(x->kind, y->kind);
	if (c)
		return c;
	return strcmp(x->path ? x->path : "", y->path ? y->path : "");
}

static void print_list(FILE *out, const char *label, const struct strlist *l)
{
	if (!l->n)
		return;
	char *j = strlist_join(l, ", ");
	char *e = hs_escape(j);
	fprintf(out, "         %s: %s\n", label, e);
	free(e);
	free(j);
}

static void print_extra(FILE *out, const json_t *extra)
{
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)extra, k, v)
	{
		if (json_is_null(v))
			continue;
		if (json_is_string(v)) {
			fprintf(out, "         %s: %s\n", k, json_string_value(v));
		} else {
			char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
			if (s)
				fprintf(out, "         %s: %s\n", k, s);
			free(s);
		}
	}
}

static void print_finding(FILE *out, const struct finding *f)
{
	char sev[16];
	size_t i;
	for (i = 0; severity_name(f->severity)[i] && i + 1 < sizeof(sev); i++)
		sev[i] = (char)(severity_name(f->severity)[i] & ~0x20);
	sev[i] = '\0';
	char *path = f->path ? hs_escape(f->path) : xstrdup("-");
	fprintf(out, "  %-8s %-7s %s\n", sev, f->kind, path);
	free(path);
	print_list(out, "rules", &f->rules);
	print_list(out, "tags", &f->tags);
	if (f->owner || f->uid >= 0) {
		char *o = hs_escape(f->owner ? f->owner : "?");
		fprintf(out, "         owner: %s (uid %lld)\n", o, f->uid);
		free(o);
	}
	if (f->sha256[0])
		fprintf(out, "         sha256: %s\n", f->sha256);
	if (f->evidence) {
		char *e = hs_escape_n(f->evidence, f->evidence_len);
		fprintf(out, "         evidence: %s\n", e);
		free(e);
	}
	print_extra(out, f->extra);
	fprintf(out, "         id: %s\n", f->id);
}

static void text_end(struct reporter *rp, struct report *r, json_t *summary)
{
	FILE *out = r->out;
	/* streaming: every finding was printed as it came */
	size_t n = rp->streams ? 0 : r->nfindings;
	uint64_t total = report_total_findings(r);
	struct finding **sorted = xmalloc((n ? n : 1) * sizeof(*sorted));
	if (n) {
		memcpy(sorted, r->findings, n * sizeof(*sorted));
		qsort(sorted, n, sizeof(*sorted), cmp_findings);
	}
	for (size_t i = 0; i < n; i++) {
		const struct finding *f = sorted[i];
		bool new_group = i == 0 || !f->account != !sorted[i - 1]->account ||
		                 (f->account && strcmp(f->account, sorted[i - 1]->account));
		if (new_group) {
			size_t k = i;
			while (k < n && !sorted[k]->account == !f->account &&
			       (!f->account || strcmp(sorted[k]->account, f->account) == 0))
				k++;
			char *acct = f->account ? hs_escape(f->account) : NULL;
			fprintf(out, "%s== %s%s (%zu finding%s)\n", i ? "\n" : "",
			        acct ? "account " : "", acct ? acct : "no account", k - i,
			        k - i == 1 ? "" : "s");
			free(acct);
		}
		print_finding(out, f);
	}
	free(sorted);
	for (size_t i = 0; i < r->text_blocks.n; i++)
		fprintf(out, "\n%s", r->text_blocks.v[i]);
	if (r->text_actions.n) {
		fprintf(out, "\n== actions (%zu)\n", r->text_actions.n);
		for (size_t i = 0; i < r->text_actions.n; i++)
			fprintf(out, "  %s\n", r->text_actions.v[i]);
	}
	if (hs_verbosity == 0 && total == 0)
		return;
	json_t *bs = json_object_get(summary, "findings_by_severity");
	fprintf(out, "%s-- %s: %lld findings (%lld critical, %lld high, %lld medium, %lld low)\n",
	        n ? "\n" : "", r->command ? r->command : "hostsweep", (long long)total,
	        (long long)json_integer_value(json_object_get(bs, "critical")),
	        (long long)json_integer_value(json_object_get(bs, "high")),
	        (long long)json_integer_value(json_object_get(bs, "medium")),
	        (long long)json_integer_value(json_object_get(bs, "low")));
	struct report_counts *c = &r->counts;
	if (c->files || c->cached || c->skipped_size || c->skipped_own || c->errors)
		fprintf(out,
		        "   %llu files (%.1f MiB) scanned, %llu unchanged from cache, %.2f s; "
		        "skipped: %llu too large, %llu special, %llu symlinks, %llu excluded, "
		        "%llu own files, %llu vanished; %llu errors (%llu permission), "
		        "%llu inconclusive\n",
		        (unsigned long long)c->files, (double)c->bytes / (1024.0 * 1024.0),
		        (unsigned long long)c->cached,
		        json_real_value(json_object_get(summary, "elapsed_seconds")),
		        (unsigned long long)c->skipped_size, (unsigned long long)c->skipped_special,
		        (unsigned long long)c->symlinks, (unsigned long long)c->skipped_excluded,
		        (unsigned long long)c->skipped_own, (unsigned long long)c->vanished,
		        (unsigned long long)c->errors, (unsigned long long)c->permission,
		        (unsigned long long)c->inconclusive);
	for (size_t i = 0; i < r->text_summary.n; i++)
		fprintf(out, "   %s\n", r->text_summary.v[i]);
}

static void text_free(struct reporter *rp)
{
	free(rp);
}

/* The streaming variant (watch): each finding at once, one block headed by
 * its account, flushed, so a reader sees it the moment it is found. */
static void text_stream_finding(struct reporter *rp, struct report *r, const struct finding *f)
{
	(void)rp;
	char *acct = f->account ? hs_escape(f->account) : NULL;
	fprintf(r->out, "== %s%s\n", acct ? "account " : "", acct ? acct : "no account");
	free(acct);
	print_finding(r->out, f);
	fflush(r->out);
}

struct reporter *reporter_text_stream_new(void)
{
	struct reporter *rp = reporter_text_new();
	rp->finding = text_stream_finding;
	rp->streams = true;
	return rp;
}

struct reporter *reporter_text_new(void)
{
	struct reporter *rp = xcalloc(1, sizeof(*rp));
	rp->finding = text_finding;
	rp->error = text_error;
	rp->end = text_end;
	rp->free = text_free;
	return rp;
}
