/* The sweep's Prometheus metrics (sweep_prom.h). Every severity is always
 * written, zeros included: an alert on "findings > 0" must see a series go
 * to 0 when the server is clean again, not vanish. */
#include "report/sweep_prom.h"
#include "report/prometheus.h"

#include <string.h>
#include <time.h>

int sweep_prometheus_write(const struct report *r, int status, const char *path)
{
	struct prom p;
	prom_open(&p);
	static const char *const none[] = {NULL};
	prom_family(&p, "hostsweep_sweep_findings", "gauge",
	            "Findings of the last sweep by severity");
	for (int s = HS_SEV_LOW; s < HS_SEV_COUNT; s++) {
		const char *l[] = {"severity", severity_name((enum hs_severity)s), NULL};
		prom_sample(&p, "hostsweep_sweep_findings", l, (double)r->by_severity[s]);
	}
	/* by kind: the kinds seen (a handful of static names) */
	prom_family(&p, "hostsweep_sweep_findings_by_kind", "gauge",
	            "Findings of the last sweep by kind (file, tmp, cron, process, mailq, "
	            "weblog, login)");
	const char *kinds[16];
	size_t nk = 0, count[16] = {0};
	for (size_t i = 0; i < r->nfindings; i++) {
		const char *k = r->findings[i]->kind;
		size_t j = 0;
		while (j < nk && strcmp(kinds[j], k))
			j++;
		if (j == nk) {
			if (nk == 16)
				continue;
			kinds[nk++] = k;
		}
		count[j]++;
	}
	for (size_t j = 0; j < nk; j++) {
		const char *l[] = {"kind", kinds[j], NULL};
		prom_sample(&p, "hostsweep_sweep_findings_by_kind", l, (double)count[j]);
	}
	prom_family(&p, "hostsweep_sweep_last_run_timestamp_seconds", "gauge",
	            "When the last sweep ended (Unix time)");
	prom_sample(&p, "hostsweep_sweep_last_run_timestamp_seconds", none, (double)time(NULL));
	prom_family(&p, "hostsweep_sweep_success", "gauge",
	            "1 when the last sweep completed (exit status 0 or 1), 0 on an error");
	prom_sample(&p, "hostsweep_sweep_success", none, status == 2 ? 0 : 1);
	prom_family(&p, "hostsweep_sweep_duration_seconds", "gauge",
	            "How long the last sweep took");
	prom_sample(&p, "hostsweep_sweep_duration_seconds", none, hs_now() - r->started);
	prom_family(&p, "hostsweep_sweep_files_scanned", "gauge",
	            "Files read by the last sweep (unchanged files known clean excluded)");
	prom_sample(&p, "hostsweep_sweep_files_scanned", none, (double)r->counts.files);
	prom_family(&p, "hostsweep_sweep_errors", "gauge",
	            "Files or items the last sweep could not inspect");
	prom_sample(&p, "hostsweep_sweep_errors", none, (double)r->counts.errors);
	return prom_commit(&p, path);
}
