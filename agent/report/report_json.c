/* JSON lines: one object per finding or error as it happens, the summary last. */
#include "escape.h"
#include "report.h"
#include "report/formats.h"

static void print_line(struct report *r, json_t *o)
{
	/* JSON_ENSURE_ASCII is not needed: every string was escaped to valid UTF-8. */
	char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(6));
	if (s) {
		fputs(s, r->out);
		fputc('\n', r->out);
		free(s);
	}
}

static void json_finding(struct reporter *rp, struct report *r, const struct finding *f)
{
	(void)rp;
	json_t *o = finding_to_json(f);
	print_line(r, o);
	json_decref(o);
	fflush(r->out); /* a reader (a pipe, watch's consumer) sees it now */
}

static void json_error(struct reporter *rp, struct report *r, const char *path, const char *msg)
{
	(void)rp;
	json_t *o = json_object();
	char *ep = path ? hs_escape(path) : NULL;
	json_object_set_new(o, "type", json_string("error"));
	json_object_set_new(o, "path", ep ? json_string(ep) : json_null());
	json_object_set_new(o, "error", json_string(msg));
	print_line(r, o);
	json_decref(o);
	free(ep);
}

static void json_end(struct reporter *rp, struct report *r, json_t *summary)
{
	(void)rp;
	print_line(r, summary);
}

static void json_free(struct reporter *rp)
{
	free(rp);
}

struct reporter *reporter_json_new(void)
{
	struct reporter *rp = xcalloc(1, sizeof(*rp));
	rp->finding = json_finding;
	rp->error = json_error;
	rp->end = json_end;
	rp->free = json_free;
	rp->streams = true;
	return rp;
}
