/* What the watcher tells the outside: a status file (JSON, replaced
 * atomically every status_interval; `check watch` reads it, and the next
 * start reads its checkpoint to catch up), and the Prometheus textfile with
 * the lag. */
#include "report/prometheus.h"
#include "watch/watch.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void watch_latency_add(struct watch_latency *l, double seconds)
{
	l->v[l->next] = seconds;
	l->next = (l->next + 1) % WATCH_LAT_WINDOW;
	if (l->n < WATCH_LAT_WINDOW)
		l->n++;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

double watch_latency_quantile(const struct watch_latency *l, double q)
{
	if (!l->n)
		return 0;
	double s[WATCH_LAT_WINDOW];
	memcpy(s, l->v, l->n * sizeof(*s));
	qsort(s, l->n, sizeof(*s), cmp_double);
	/* nearest rank */
	double want = q * (double)l->n;
	size_t rank = (size_t)want;
	if ((double)rank < want)
		rank++;
	if (rank < 1)
		rank = 1;
	return s[rank - 1];
}

static json_t *status_json(const struct watch_status *st)
{
	json_t *o = json_object();
	json_object_set_new(o, "pid", json_integer(getpid()));
	json_object_set_new(o, "backend", json_string(st->backend));
	json_object_set_new(o, "started", json_real(st->started));
	json_object_set_new(o, "updated", json_real((double)time(NULL)));
	json_object_set_new(o, "checkpoint", json_real(st->checkpoint));
	json_object_set_new(o, "lag_seconds", json_real(st->lag));
	json_object_set_new(o, "latency_p50_seconds", json_real(st->lat_p50));
	json_object_set_new(o, "latency_p99_seconds", json_real(st->lat_p99));
	json_object_set_new(o, "events", json_integer((json_int_t)st->events));
	json_object_set_new(o, "files_scanned", json_integer((json_int_t)st->files));
	json_object_set_new(o, "findings", json_integer((json_int_t)st->findings));
	json_object_set_new(o, "overflows", json_integer((json_int_t)st->overflows));
	json_object_set_new(o, "dropped_events", json_integer((json_int_t)st->dropped));
	json_object_set_new(o, "last_drop", json_real(st->last_drop));
	json_object_set_new(o, "rescans", json_integer((json_int_t)st->rescans));
	json_object_set_new(o, "vanished", json_integer((json_int_t)st->vanished));
	json_object_set_new(o, "pending", json_integer((json_int_t)st->pending));
	json_object_set_new(o, "trees", json_integer((json_int_t)st->trees));
	json_object_set_new(o, "trees_unwatched", json_integer((json_int_t)st->trees_unwatched));
	json_object_set_new(o, "problem", st->problem ? json_string(st->problem) : json_null());
	if (st->exec_on) {
		json_t *x = json_object();
		json_object_set_new(x, "checked", json_integer((json_int_t)st->exec.checked));
		json_object_set_new(x, "denied", json_integer((json_int_t)st->exec.denied));
		json_object_set_new(x, "allowed_deadline",
		                    json_integer((json_int_t)st->exec.allowed_deadline));
		json_object_set_new(x, "allowed_busy",
		                    json_integer((json_int_t)st->exec.allowed_busy));
		json_object_set_new(o, "exec_deny", x);
	}
	return o;
}

int watch_status_write(const char *file, const struct watch_status *st)
{
	json_t *o = status_json(st);
	char *text = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(o);
	if (!text)
		return -1;
	char *tmp = xasprintf("%s.tmp", file);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
	int rc = -1;
	if (fd >= 0) {
		size_t len = strlen(text);
		bool ok = write(fd, text, len) == (ssize_t)len && write(fd, "\n", 1) == 1;
		ok = close(fd) == 0 && ok;
		if (ok && rename(tmp, file) == 0)
			rc = 0;
		else
			unlink(tmp);
	}
	free(tmp);
	free(text);
	return rc;
}

bool watch_status_checkpoint(const char *file, double *checkpoint)
{
	json_error_t e;
	json_t *o = json_load_file(file, 0, &e);
	if (!o)
		return false;
	json_t *c = json_object_get(o, "checkpoint");
	bool ok = json_is_number(c) && json_number_value(c) > 0;
	if (ok)
		*checkpoint = json_number_value(c);
	json_decref(o);
	return ok;
}

int watch_prom_write(const char *file, const struct watch_status *st)
{
	struct prom p;
	prom_open(&p);
	static const char *const labels_none[] = {NULL};
	const char *backend[] = {"backend", st->backend, NULL};
	prom_family(&p, "hostsweep_watch_up", "gauge", "1 while hostsweep watch runs");
	prom_sample(&p, "hostsweep_watch_up", backend, 1);
	prom_family(&p, "hostsweep_watch_lag_seconds", "gauge",
	            "How long the oldest event not yet scanned has waited (0 when idle)");
	prom_sample(&p, "hostsweep_watch_lag_seconds", labels_none, st->lag);
	prom_family(&p, "hostsweep_watch_latency_seconds", "summary",
	            "From the event to the file's scan, over the last 1024 files");
	const char *q50[] = {"quantile", "0.5", NULL}, *q99[] = {"quantile", "0.99", NULL};
	prom_sample(&p, "hostsweep_watch_latency_seconds", q50, st->lat_p50);
	prom_sample(&p, "hostsweep_watch_latency_seconds", q99, st->lat_p99);
	struct {
		const char *name, *help;
		uint64_t v;
	} counters[] = {
	    {"hostsweep_watch_events_total", "Events read", st->events},
	    {"hostsweep_watch_files_scanned_total", "Files scanned after an event", st->files},
	    {"hostsweep_watch_findings_total", "Findings reported", st->findings},
	    {"hostsweep_watch_overflows_total", "Event queue overflows (each one rescans)",
	     st->overflows},
	    {"hostsweep_watch_dropped_events_total",
	     "Events lost (kernel queue overflow or the debounce table full)", st->dropped},
	    {"hostsweep_watch_rescans_total", "Trees rescanned with --since", st->rescans},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(counters); i++) {
		prom_family(&p, counters[i].name, "counter", counters[i].help);
		prom_sample(&p, counters[i].name, labels_none, (double)counters[i].v);
	}
	prom_family(&p, "hostsweep_watch_pending", "gauge", "Files waiting for their scan");
	prom_sample(&p, "hostsweep_watch_pending", labels_none, (double)st->pending);
	prom_family(&p, "hostsweep_watch_trees_unwatched", "gauge",
	            "Present trees without a working watch");
	prom_sample(&p, "hostsweep_watch_trees_unwatched", labels_none,
	            (double)st->trees_unwatched);
	if (st->exec_on) {
		prom_family(&p, "hostsweep_watch_exec_denied_total", "counter",
		            "Executions refused (exec_deny)");
		prom_sample(&p, "hostsweep_watch_exec_denied_total", labels_none,
		            (double)st->exec.denied);
		prom_family(&p, "hostsweep_watch_exec_deadline_total", "counter",
		            "Executions allowed because no verdict came within exec_deadline");
		prom_sample(&p, "hostsweep_watch_exec_deadline_total", labels_none,
		            (double)st->exec.allowed_deadline);
	}
	prom_family(&p, "hostsweep_watch_last_update_seconds", "gauge",
	            "Unix time of this file (stale when the watcher stalls)");
	prom_sample(&p, "hostsweep_watch_last_update_seconds", labels_none, (double)time(NULL));
	return prom_commit(&p, file);
}
