/* The sweep's own Prometheus metrics ([general] prometheus): findings of
 * the last sweep by severity and by kind, when it ran, how long it took,
 * what it read and whether it completed. The mail queue's metrics are
 * mail/mailq_prom.c's ([mailq] prometheus), watch's are its own. */
#ifndef HS_REPORT_SWEEP_PROM_H
#define HS_REPORT_SWEEP_PROM_H

#include "report.h"

/* Write the metrics of r to path (atomically). status is the sweep's exit
 * status (2: it did not complete). Returns 0 or -1 (errno). */
int sweep_prometheus_write(const struct report *r, int status, const char *path);

#endif
