/* The [watch] section of the configuration (hostsweep.conf(5)). */
#include "watch/watch.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct watch_settings watch_settings = {
    .backend = WATCH_AUTO,
    .debounce = 0.1,
    .max_delay = 2.0,
    .queue_size = 65536,
    .catch_up = true,
    .rediscover = 60,
    .status_interval = 10,
    .exec_deny = false,
    .exec_deadline = 0.25,
    .exec_min_severity = HS_SEV_CRITICAL,
};

static void free_settings(void) __attribute__((destructor));
static void free_settings(void)
{
	strlist_clear(&watch_settings.paths);
	free(watch_settings.status_file);
	free(watch_settings.prometheus);
}

bool watch_parse_seconds(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || !isfinite(v) || v < 0)
		return false;
	if (!strcmp(end, "ms"))
		v /= 1000;
	else if (!strcmp(end, "m"))
		v *= 60;
	else if (*end && strcmp(end, "s"))
		return false;
	*out = v;
	return true;
}

static int set_seconds(const char *key, const char *value, double min, double max, double *out,
                       char *err, size_t errlen)
{
	double v;
	if (!watch_parse_seconds(value, &v) || v < min || v > max)
		return snprintf(err, errlen, "%s: expected a time from %gs to %gs (e.g. 250ms, 2s)",
		                key, min, max),
		       -1;
	*out = v;
	return 1;
}

static int set_string(char **dst, const char *value)
{
	free(*dst);
	*dst = *value ? xstrdup(value) : NULL;
	return 1;
}

int watch_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	struct watch_settings *w = &watch_settings;
	if (!strcmp(key, "backend")) {
		if (!strcmp(value, "auto"))
			w->backend = WATCH_AUTO;
		else if (!strcmp(value, "fanotify"))
			w->backend = WATCH_FANOTIFY;
		else if (!strcmp(value, "inotify"))
			w->backend = WATCH_INOTIFY;
		else
			return snprintf(err, errlen, "backend: expected auto, fanotify or inotify"),
			       -1;
		return 1;
	}
	if (!strcmp(key, "paths")) {
		strlist_clear(&w->paths);
		strlist_split_words(&w->paths, value);
		for (size_t i = 0; i < w->paths.n; i++)
			if (w->paths.v[i][0] != '/')
				return snprintf(err, errlen, "paths: %s is not absolute",
				                w->paths.v[i]),
				       -1;
		return 1;
	}
	if (!strcmp(key, "debounce"))
		return set_seconds(key, value, 0, 60, &w->debounce, err, errlen);
	if (!strcmp(key, "max_delay"))
		return set_seconds(key, value, 0, 3600, &w->max_delay, err, errlen);
	if (!strcmp(key, "exec_deadline"))
		return set_seconds(key, value, 0.001, 10, &w->exec_deadline, err, errlen);
	if (!strcmp(key, "queue_size")) {
		char *end;
		long long v = strtoll(value, &end, 10);
		if (*end || v < 1 || v > 10000000)
			return snprintf(err, errlen, "queue_size: expected 1..10000000 files"), -1;
		w->queue_size = (size_t)v;
		return 1;
	}
	if (!strcmp(key, "rediscover") || !strcmp(key, "status_interval")) {
		uint64_t v;
		if (!parse_duration(value, &v) || v < 1)
			return snprintf(err, errlen, "%s: expected a duration like 30s or 5m", key),
			       -1;
		*(!strcmp(key, "rediscover") ? &w->rediscover : &w->status_interval) = v;
		return 1;
	}
	if (!strcmp(key, "catch_up") || !strcmp(key, "exec_deny")) {
		bool b;
		if (!parse_bool(value, &b))
			return snprintf(err, errlen, "%s: expected yes or no", key), -1;
		*(!strcmp(key, "catch_up") ? &w->catch_up : &w->exec_deny) = b;
		return 1;
	}
	if (!strcmp(key, "exec_min_severity")) {
		enum hs_severity s;
		if (!severity_parse(value, &s) || s < HS_SEV_HIGH)
			return snprintf(err, errlen,
			                "exec_min_severity: expected high or critical"),
			       -1;
		w->exec_min_severity = s;
		return 1;
	}
	if (!strcmp(key, "status_file") || !strcmp(key, "prometheus")) {
		if (*value && value[0] != '/')
			return snprintf(err, errlen, "%s: expected an absolute path", key), -1;
		return set_string(!strcmp(key, "status_file") ? &w->status_file : &w->prometheus,
		                  value);
	}
	return 0;
}
