/* The persistent scan cache (incremental sweeps): an SQLite database in the
 * state directory that remembers which files were scanned clean, keyed by
 * device, inode, size, mtime (ns), ctime (ns), mode, owner and path, and
 * valid only for the engine digest (hostsweep version, rules, patterns,
 * signatures, max_file_size) and the account context it was written with.
 *
 * Each row stores its 128-bit keyed fingerprint, indexed; at open that
 * index is read once, already sorted, into an array (24 bytes per file), so
 * the walk's lookup needs no I/O (a top-bits directory, then a search of
 * about one entry). Workers queue their results and a writer thread stores
 * them in batched transactions (WAL). The compiled YARA rules are kept in
 * the same directory (rules.c; main.c puts cache_dir() in the context). */
#ifndef HS_CACHE_H
#define HS_CACHE_H

#include "scan/scanner.h"

#include <stddef.h>
#include <stdint.h>

/* Attach the scan cache to a scanner for an incremental sweep (NULL when
 * this command uses none); close it after the walk (complete: every file
 * was reached, so rows of files not seen are stale). */
void *cache_open(struct hs_ctx *ctx, struct scanner *s);
void cache_close(void *cache, bool complete);
/* The directory of the scan cache (NULL when the cache is disabled; free
 * it): the compiled YARA rules are kept next to it. *read_only when this
 * command uses no cache (a `scan` without [cache] scan = yes): it may load
 * compiled rules found there but writes none. */
char *cache_dir(const struct hs_ctx *ctx, bool *read_only);

/* [cache] section: enabled, scan, path, prune_days. */
int cache_config_set(const char *key, const char *value, char *err, size_t errlen);

/* SipHash-2-4 with a 128-bit result (key k[0], k[1]); exposed for tests. */
void hs_siphash128(const uint64_t k[2], const void *data, size_t len, uint64_t out[2]);
/* SipHash-2-4 with a 64-bit result, the reference variant (test vectors). */
uint64_t hs_siphash64(const uint64_t k[2], const void *data, size_t len);

#endif
