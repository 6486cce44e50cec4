#include "report.h"
#include "escape.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct report *report_new(enum hs_format format, struct reporter *fmt, FILE *out,
                          const char *command)
{
	struct report *r = xcalloc(1, sizeof(*r));
	pthread_mutex_init(&r->lock, NULL);
	r->format = format;
	r->out = out;
	r->command = command;
	r->fmt = fmt;
	r->summary_extra = json_object();
	r->started = hs_now();
	return r;
}

void report_free(struct report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nfindings; i++)
		finding_free(r->findings[i]);
	free(r->findings);
	if (r->fmt->free)
		r->fmt->free(r->fmt);
	json_decref(r->summary_extra);
	strlist_clear(&r->text_summary);
	strlist_clear(&r->text_actions);
	strlist_clear(&r->text_blocks);
	pthread_mutex_destroy(&r->lock);
	free(r);
}

void report_add_sink(struct report *r, report_sink_fn fn, void *ud)
{
	if (r->nsinks < (int)HS_ARRAY_LEN(r->sinks)) {
		r->sinks[r->nsinks].fn = fn;
		r->sinks[r->nsinks].ud = ud;
		r->nsinks++;
	}
}

void report_finding(struct report *r, struct finding *f)
{
	finding_finalize(f);
	pthread_mutex_lock(&r->lock);
	if (r->nfindings == r->capfindings) {
		r->capfindings = r->capfindings ? r->capfindings * 2 : 64;
		r->findings = xrealloc(r->findings, r->capfindings * sizeof(*r->findings));
	}
	r->findings[r->nfindings++] = f;
	r->by_severity[f->severity]++;
	if (r->fmt->finding)
		r->fmt->finding(r->fmt, r, f);
	for (int i = 0; i < r->nsinks; i++)
		r->sinks[i].fn(r->sinks[i].ud, f);
	pthread_mutex_unlock(&r->lock);
}

void report_error(struct report *r, const char *path, const char *what, int err)
{
	report_count(r, &r->counts.errors, 1);
	char msg[512];
	if (err)
		snprintf(msg, sizeof(msg), "%s: %s", what, strerror(err));
	else
		snprintf(msg, sizeof(msg), "%s", what);
	pthread_mutex_lock(&r->lock);
	if (r->fmt->error)
		r->fmt->error(r->fmt, r, path, msg);
	pthread_mutex_unlock(&r->lock);
}

void report_action(struct report *r, json_t *obj, const char *text_line)
{
	pthread_mutex_lock(&r->lock);
	r->nactions++;
	json_object_set_new(obj, "type", json_string("action"));
	if (r->format == HS_FORMAT_JSON) {
		char *s = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
		if (s) {
			fprintf(r->out, "%s\n", s);
			free(s);
		}
		fflush(r->out); /* as it happens, like the findings */
	} else if (r->fmt->streams) {
		fprintf(r->out, "  action: %s\n", text_line);
		fflush(r->out);
	} else {
		strlist_add(&r->text_actions, text_line);
	}
	pthread_mutex_unlock(&r->lock);
	json_decref(obj);
}

void report_add_text_block(struct report *r, const char *block)
{
	pthread_mutex_lock(&r->lock);
	strlist_add(&r->text_blocks, block);
	pthread_mutex_unlock(&r->lock);
}

void report_add_text_summary(struct report *r, const char *fmt, ...)
{
	va_list ap;
	char *line;
	va_start(ap, fmt);
	if (vasprintf(&line, fmt, ap) < 0)
		line = NULL;
	va_end(ap);
	if (!line)
		return;
	pthread_mutex_lock(&r->lock);
	strlist_add(&r->text_summary, line);
	pthread_mutex_unlock(&r->lock);
	free(line);
}

uint64_t report_total_findings(const struct report *r)
{
	return r->nfindings + r->nforgotten;
}

void report_forget(struct report *r, size_t n)
{
	pthread_mutex_lock(&r->lock);
	if (n > r->nfindings)
		n = r->nfindings;
	for (size_t i = 0; i < n; i++)
		finding_free(r->findings[i]);
	if (n && n < r->nfindings)
		memmove(r->findings, r->findings + n, (r->nfindings - n) * sizeof(*r->findings));
	r->nfindings -= n;
	r->nforgotten += n;
	pthread_mutex_unlock(&r->lock);
}

void report_end(struct report *r)
{
	json_t *s = json_object();
	struct report_counts *c = &r->counts;
	json_object_set_new(s, "type", json_string("summary"));
	json_object_set_new(s, "command", json_string(r->command ? r->command : ""));
	json_object_set_new(s, "files_scanned", json_integer((json_int_t)c->files));
	json_object_set_new(s, "bytes_scanned", json_integer((json_int_t)c->bytes));
	json_object_set_new(s, "files_cached", json_integer((json_int_t)c->cached));
	json_t *sk = json_object();
	json_object_set_new(sk, "too_large", json_integer((json_int_t)c->skipped_size));
	json_object_set_new(sk, "special", json_integer((json_int_t)c->skipped_special));
	json_object_set_new(sk, "excluded", json_integer((json_int_t)c->skipped_excluded));
	json_object_set_new(sk, "mount_points", json_integer((json_int_t)c->skipped_mounts));
	json_object_set_new(sk, "too_deep", json_integer((json_int_t)c->skipped_depth));
	json_object_set_new(sk, "own_files", json_integer((json_int_t)c->skipped_own));
	json_object_set_new(sk, "symlinks", json_integer((json_int_t)c->symlinks));
	json_object_set_new(sk, "vanished", json_integer((json_int_t)c->vanished));
	json_object_set_new(s, "skipped", sk);
	json_t *bs = json_object();
	for (int i = HS_SEV_LOW; i < HS_SEV_COUNT; i++)
		json_object_set_new(bs, severity_name((enum hs_severity)i),
		                    json_integer((json_int_t)r->by_severity[i]));
	json_object_set_new(s, "findings", json_integer((json_int_t)report_total_findings(r)));
	json_object_set_new(s, "findings_by_severity", bs);
	json_object_set_new(s, "errors", json_integer((json_int_t)c->errors));
	json_object_set_new(s, "permission_denied", json_integer((json_int_t)c->permission));
	json_object_set_new(s, "inconclusive", json_integer((json_int_t)c->inconclusive));
	if (r->nactions)
		json_object_set_new(s, "actions", json_integer((json_int_t)r->nactions));
	json_object_set_new(s, "elapsed_seconds",
	                    json_real((double)(long long)((hs_now() - r->started) * 1000) / 1000));
	json_object_update(s, r->summary_extra);
	pthread_mutex_lock(&r->lock);
	if (r->fmt->end)
		r->fmt->end(r->fmt, r, s);
	if (r->out)
		fflush(r->out);
	pthread_mutex_unlock(&r->lock);
	json_decref(s);
}
