/* The `weblog` finding from the provenance index's web table (weblog.c). */
#ifndef HS_LOGS_WEBLOG_H
#define HS_LOGS_WEBLOG_H

#include "logs/prov.h"

/* Report a `weblog` finding for every script the thresholds of [logs]
 * pick out; `growing` names the accounts whose queued mail grows (NULL:
 * unknown). Call after the file scan (it links requests to flagged files).
 * Returns the findings made. */
size_t weblog_report(struct hs_ctx *ctx, struct prov_index *ix, const struct strlist *growing);
/* The accounts behind a growing (or over-threshold) mail queue, from the
 * queue inspector's summary in ctx->rep. */
void weblog_growing_accounts(const struct hs_ctx *ctx, struct strlist *out);

#endif
