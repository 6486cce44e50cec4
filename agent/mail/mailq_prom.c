/* The Prometheus textfile of the mail queue: queue depth per MTA queue, the
 * oldest message, growth, and the top senders, users, scripts and accounts.
 * Written by `mailq`, `check mailq` and the sweep (mailq.c). */
#include "mail/mailq.h"
#include "report/prometheus.h"

#include <errno.h>
#include <string.h>
#include <time.h>

static void top_metric(struct prom *p, const struct mq_run *r, int g, const char *metric,
                       const char *label, const char *help)
{
	const char **keys;
	uint64_t *counts, none;
	size_t distinct;
	size_t n = mq_top(r, g, (size_t)mq_set.top, &keys, &counts, &none, &distinct);
	prom_family(p, metric, "gauge", help);
	for (size_t i = 0; i < n; i++) {
		const char *l[] = {"mta", r->be->name, label, keys[i], NULL};
		prom_sample(p, metric, l, (double)mailq_estimate(r, counts[i]));
	}
	free(keys);
	free(counts);
}

int mailq_prometheus_write(const struct mq_run *r, const char *path)
{
	struct prom p;
	prom_open(&p);
	prom_family(&p, "hostsweep_mailq_up", "gauge",
	            "1 when the mail queue was found and read, else 0.");
	const char *mta = r ? r->be->name : "none";
	const char *lm[] = {"mta", mta, NULL};
	prom_sample(&p, "hostsweep_mailq_up", lm, r ? 1 : 0);
	prom_family(&p, "hostsweep_mailq_last_run_timestamp_seconds", "gauge",
	            "When hostsweep last read the mail queue (Unix time).");
	prom_sample(&p, "hostsweep_mailq_last_run_timestamp_seconds", lm, (double)time(NULL));
	if (r) {
		prom_family(&p, "hostsweep_mailq_messages", "gauge",
		            "Messages in the mail queue (the MTA's total).");
		prom_sample(&p, "hostsweep_mailq_messages", lm, (double)mailq_total(r));
		prom_family(&p, "hostsweep_mailq_queue_messages", "gauge",
		            "Messages per queue of the MTA (0 when empty).");
		for (size_t q = 0; q < r->nqueues; q++) {
			const char *l[] = {"mta", mta, "queue", r->be->queues[q], NULL};
			prom_sample(&p, "hostsweep_mailq_queue_messages", l, (double)r->count[q]);
		}
		if (!r->count_only) {
			prom_family(
			    &p, "hostsweep_mailq_oldest_message_age_seconds", "gauge",
			    "Age of the oldest queued message (0 when the queue is empty).");
			prom_sample(&p, "hostsweep_mailq_oldest_message_age_seconds", lm,
			            (double)mailq_oldest_age(r, -1));
			prom_family(&p, "hostsweep_mailq_queue_oldest_message_age_seconds", "gauge",
			            "Age of the oldest message per queue (0 when empty).");
			for (size_t q = 0; q < r->nqueues; q++) {
				const char *l[] = {"mta", mta, "queue", r->be->queues[q], NULL};
				prom_sample(&p, "hostsweep_mailq_queue_oldest_message_age_seconds",
				            l, (double)mailq_oldest_age(r, (int)q));
			}
			prom_family(&p, "hostsweep_mailq_unreadable_messages", "gauge",
			            "Queue files read for attribution that were not well-formed.");
			prom_sample(&p, "hostsweep_mailq_unreadable_messages", lm,
			            (double)r->unreadable);
			if (r->have_growth) {
				prom_family(
				    &p, "hostsweep_mailq_growth_messages_per_minute", "gauge",
				    "Change of the total since the previous reading, per minute.");
				prom_sample(&p, "hostsweep_mailq_growth_messages_per_minute", lm,
				            r->growth);
			}
			prom_family(&p, "hostsweep_mailq_attribution_read_messages", "gauge",
			            "Messages read for attribution.");
			prom_sample(&p, "hostsweep_mailq_attribution_read_messages", lm,
			            (double)r->sampled);
			prom_family(&p, "hostsweep_mailq_attribution_sampled", "gauge",
			            "1 when attribution read a sample (top counts are estimates).");
			prom_sample(&p, "hostsweep_mailq_attribution_sampled", lm, r->stride > 1);
			top_metric(&p, r, MQ_G_SENDER, "hostsweep_mailq_sender_messages", "sender",
			           "Queued messages of the top envelope senders.");
			top_metric(&p, r, MQ_G_DOMAIN, "hostsweep_mailq_sender_domain_messages",
			           "domain", "Queued messages of the top sender domains.");
			top_metric(&p, r, MQ_G_USER, "hostsweep_mailq_user_messages", "user",
			           "Queued messages of the top submitting users.");
			top_metric(&p, r, MQ_G_AUTH, "hostsweep_mailq_auth_user_messages",
			           "auth_user", "Queued messages of the top SMTP AUTH users.");
			top_metric(&p, r, MQ_G_SCRIPT, "hostsweep_mailq_script_messages", "script",
			           "Queued messages of the top PHP scripts.");
			top_metric(&p, r, MQ_G_ACCOUNT, "hostsweep_mailq_account_messages",
			           "account", "Queued messages of the top hosting accounts.");
		}
	}
	if (prom_commit(&p, path) < 0) {
		hs_err("%s: %s (metrics not written)", path, strerror(errno));
		return -1;
	}
	return 0;
}
