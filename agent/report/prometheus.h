/* Prometheus node_exporter textfile output: metric text built in memory,
 * label values escaped, and the file replaced atomically (a temp file in
 * the same directory not ending in .prom, fsync, fchmod 0644, rename), so
 * the collector never reads half a file and the prometheus user can read
 * it whatever the umask. */
#ifndef HS_PROMETHEUS_H
#define HS_PROMETHEUS_H

#include <stdio.h>

struct prom {
	FILE *f;
	char *buf;
	size_t len;
};

void prom_open(struct prom *p);
/* # HELP and # TYPE lines of one metric family. */
void prom_family(struct prom *p, const char *name, const char *type, const char *help);
/* One sample: name{labels} value. labels: NULL-terminated pairs of label
 * name and raw value (escaped here: made valid UTF-8 without control
 * characters by hs_escape, then \ " and newline escaped; cut to 200 bytes). */
void prom_sample(struct prom *p, const char *name, const char *const *labels, double value);
/* Write the text to path atomically and free it. Returns 0 or -1 (errno). */
int prom_commit(struct prom *p, const char *path);
void prom_discard(struct prom *p);
/* The escaped form of a label value (malloc'd). */
char *prom_label_escape(const char *raw);

#endif
