/* block-ip: drop an attacker's address with nftables, for a time.
 *
 * Everything lives in hostsweep's own table, `table inet hostsweep`: two
 * named sets with timeouts (block4, block6; interval sets, so a network
 * can be blocked too) and one input chain that drops their sources. The
 * operator's ruleset is never touched, `nft delete table inet hostsweep`
 * removes all of it, and an element expires by itself ([respond]
 * block_timeout).
 *
 * A block that would lock the operator out is refused, with the reason:
 * loopback, this host's own addresses, the address of the operator's SSH
 * session (SSH_CONNECTION, SSH_CLIENT, and every remote login in utmp, as
 * `who` shows them), and the networks of [respond] never_block. A network
 * is refused when it holds any of those. */
#ifndef HS_BLOCK_IP_H
#define HS_BLOCK_IP_H

#include "act/journal.h"
#include "ctx.h"

/* [respond] never_block, block_timeout, nft_command (cmd_respond.c
 * passes them on): 1 taken, 0 not ours, -1 bad value. */
int block_ip_config_set(const char *key, const char *value, char *err, size_t errlen);

/* Whether target ("203.0.113.7", "203.0.113.0/24") may be blocked: 0, or
 * -1 with the reason in why. */
int block_ip_check(const char *target, char *why, size_t wlen);

/* Journal and carry out one block (the check again first). 0 or -1 with
 * detail; *id the journal id. */
int block_ip_apply(struct hs_ctx *ctx, struct journal *j, const char *command, const char *target,
                   const struct finding *f, int64_t *id, char *detail, size_t dlen);
/* Undo: remove the element (one that expired meanwhile is gone: done). */
int block_ip_undo(struct hs_ctx *ctx, json_t *undo, char *detail, size_t dlen);

#endif
