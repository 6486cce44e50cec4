/* One sweep at a time. `hostsweep sweep` (and any other command that acts on
 * the host, e.g. `respond --apply`) takes an exclusive flock(2) on a lock
 * file in the state directory before it starts; a second one finds it held
 * and exits with status 2 and a message naming the holder.
 *
 * The lock file is STATE_DIR/sweep.lock for the live system, and
 * STATE_DIR/sweep-HASH.lock for --root DIR (HASH from DIR), so that sweeps of
 * a mounted disk image do not wait for the nightly sweep of the host. The
 * state directory is created (mode 0700) when missing. The file holds the
 * holder's pid, command, root and start time, for the message only: the
 * flock decides, so a stale file left by a crash never blocks a sweep. */
#ifndef HS_LOCK_H
#define HS_LOCK_H

#include "ctx.h"

/* Take the lock for this run, held until the process exits. Returns 0 when
 * taken (or already held by this process), 2 when another run holds it or
 * the lock file cannot be created (an error is printed). */
int lock_sweep(struct hs_ctx *ctx);

/* Release it early (optional: exit releases it). */
void lock_release(void);

#endif
