/* Disabling one crontab line, and enabling it again (undo).
 *
 * Exactly the offending line is commented out with a marker that names the
 * action id and the date:
 *     #hostsweep-disabled:A<ID>:<YYYY-MM-DD>: <the original line>
 * and every other byte of the crontab stays as it was. A user's crontab in
 * the spool of a live system is installed through `crontab -u USER -` (so
 * cron and its checks see a normal edit); /etc/crontab, /etc/cron.d/ files
 * and crontabs under --root are rewritten atomically (temp file + rename,
 * owner and mode kept) and the spool directory is touched so cron rereads. */
#ifndef HS_CRON_EDIT_H
#define HS_CRON_EDIT_H

#include "ctx.h"

/* Comment out line `line` (1-based) of the crontab at logical path, after
 * checking it still holds the bytes `expect` (the command excerpt of the
 * finding; NULL to skip the check). Returns 0 or -1 with detail. */
int cron_disable_line(struct hs_ctx *ctx, const char *crontab, const char *user, int line,
                      const char *expect, size_t expect_len, int64_t action_id, char *detail,
                      size_t dlen);
/* Undo: put back the line disabled by action_id. line is where the disable
 * commented it out (0 if not known); a marker found elsewhere is restored
 * only when it is the only one (see do_enable). */
int cron_enable_line(struct hs_ctx *ctx, const char *crontab, const char *user, int line,
                     int64_t action_id, char *detail, size_t dlen);

#endif
