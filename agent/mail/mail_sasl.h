/* SASL senders: the SMTP-authenticated users filling the queue, from the
 * queue files (postfix sasl_username=, exim -auth_id, sendmail
 * ${auth_authen}) and the mail log (logs/log_mail.c), and the AUTH
 * failures of the same window. For each user: messages queued and logged,
 * distinct client IPs and distinct networks (/16, /32 for IPv6). A stolen
 * mailbox password shows as one login used from many networks, or as a
 * login that succeeded from an address that failed many times before it;
 * either is a `mailauth` finding, with no file involved, attributed to the
 * account owning the mailbox's domain (or the login, when it is an
 * account). An address with many failures is a `mailauth` finding of its
 * own (a dictionary attack), so that respond can block it.
 *
 * Memory is bounded: at most SASL_MAX_USERS users, SASL_MAX_IPS addresses
 * per user and SASL_MAX_FAIL_IPS failing addresses; past that, counted. */
#ifndef HS_MAIL_SASL_H
#define HS_MAIL_SASL_H

#include "ctx.h"

#include <jansson.h>
#include <stdint.h>

#define SASL_MAX_USERS    50000
#define SASL_MAX_IPS      4096
#define SASL_MAX_FAIL_IPS 100000

struct sasl_stats;

struct sasl_stats *sasl_new(void);
void sasl_free(struct sasl_stats *s);
/* One queued message (sampled) of an authenticated user; client may be NULL. */
void sasl_add_queued(struct sasl_stats *s, const char *user, const char *client);
/* Read the mail logs ([logs] mail_logs, else the usual paths) of the
 * window (--since, else [mailq] log_window). Returns the number of
 * files read, -1 when one could not be read. */
int sasl_read_logs(struct sasl_stats *s, struct hs_ctx *ctx);
/* Called with the scale of the queue sample (mailq_estimate) so that
 * queued counts are of the whole queue; total: messages in the queue. */
typedef uint64_t (*sasl_scale_fn)(const void *run, uint64_t n);
/* The summary ("sasl" object of the mailq summary), its text lines, and
 * with findings the mailauth findings, into ctx->rep. */
void sasl_report(struct sasl_stats *s, struct hs_ctx *ctx, const void *run, sasl_scale_fn scale,
                 uint64_t queue_total, bool findings, bool brief, json_t *mailq_summary);
/* The hosting account of a SASL login: the account owning the domain of
 * user@domain (cPanel /etc/userdomains, DirectAdmin
 * /etc/virtual/domainowners, a docroot path with the domain as a
 * component), or the login itself when it is an account. NULL: none. */
const char *sasl_account_of(struct hs_ctx *ctx, const char *user);

#endif
