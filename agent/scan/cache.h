/* The persistent scan cache (incremental sweeps): an SQLite database in the
 * state directory that remembers which files were scanned clean, keyed by
 * device, inode, size, mtime (ns), ctime (ns), mode, owner and path, and
 * valid only for the engine digest (hostsweep version, rules, patterns,
 * signatures, max_file_size) and the account context it was written with.
 * The hooks cache_open()/cache_close() are declared in inspect.h.
 *
 * Each row stores its 128-bit keyed fingerprint, indexed; at open that
 * index is read once, already sorted, into an array (24 bytes per file), so
 * the walk's lookup needs no I/O (a top-bits directory, then a search of
 * about one entry). Workers queue their results and a writer thread stores
 * them in batched transactions (WAL). The compiled YARA rules are kept in
 * the same directory (rules.c, cache_dir()). */
#ifndef HS_CACHE_H
#define HS_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* [cache] section: enabled, scan, path, prune_days. */
int cache_config_set(const char *key, const char *value, char *err, size_t errlen);

/* SipHash-2-4 with a 128-bit result (key k[0], k[1]); exposed for tests. */
void hs_siphash128(const uint64_t k[2], const void *data, size_t len, uint64_t out[2]);
/* SipHash-2-4 with a 64-bit result, the reference variant (test vectors). */
uint64_t hs_siphash64(const uint64_t k[2], const void *data, size_t len);

#endif
