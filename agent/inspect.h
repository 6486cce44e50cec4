/* Hooks between the commands and the inspectors that live in their own
 * files. Each is weak where it is called, so that the dispatcher and the
 * sweep work in a build that lacks a module (and say so). */
#ifndef HS_INSPECT_H
#define HS_INSPECT_H

#include "ctx.h"
#include "scan/scanner.h"

/* Each returns 0 on success, -1 on an error that makes the run's result
 * unreliable (exit status 2). Findings go to ctx->rep. */
int tmp_inspect(struct hs_ctx *ctx, struct scanner *s);
int cron_inspect(struct hs_ctx *ctx, struct scanner *s);
int procs_inspect(struct hs_ctx *ctx, struct scanner *s);
int mailq_inspect(struct hs_ctx *ctx);
/* After all findings of a sweep are in: the policy decides and acts. */
int policy_run(struct hs_ctx *ctx);
/* Scan cache for incremental sweeps (attached to a scanner, closed after). */
void *cache_open(struct hs_ctx *ctx, struct scanner *s);
void cache_close(void *cache, bool complete);
/* The directory of the scan cache when this command uses one (else NULL;
 * free it): the compiled YARA rules are kept next to it. */
char *cache_dir(const struct hs_ctx *ctx);
/* Extra sinks for findings (journald...), attached when the report exists. */
void log_attach(struct hs_ctx *ctx);

#endif
