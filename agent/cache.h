/* The persistent scan cache (incremental sweeps): an SQLite database in the
 * state directory that remembers which files were scanned clean, keyed by
 * device, inode, size, mtime (ns), ctime (ns), mode, owner and path, and
 * valid only for the engine digest (hostsweep version, rules, patterns,
 * signatures, max_file_size) and the account context it was written with.
 * The hooks cache_open()/cache_close() are declared in inspect.h.
 *
 * At open the database is read once into a sorted array of 128-bit keyed
 * fingerprints (24 bytes per file), so the walker's lookup is a binary
 * search without I/O; workers queue their results and a writer thread
 * stores them in batched transactions (WAL). */
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
