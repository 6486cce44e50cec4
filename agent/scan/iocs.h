/* Indicator lists imported from the rest of a fleet ([scan] ioc_dirs): the
 * SHA-256 of files another server confirmed as malicious and the addresses
 * that attacked it. Every regular file of each directory is read by its
 * name's ending:
 *   *.jsonl   the lines of `hostsweep iocs export` (kind "sha256" and "ip";
 *             "filename" lines are context for people and never match:
 *             a name proves nothing);
 *   *.sha256  one hex SHA-256 a line, then optional text;
 *   *.ips     one IPv4/IPv6 address or CIDR prefix a line, then optional text.
 * '#' starts a comment line. The lists come from other machines, one of
 * which may be the compromised one, so they are data, not configuration:
 * a bad line is skipped with a warning (a truncated copy must not stop the
 * sweep of every server), lines are at most 64 KiB, and the sets are
 * bounded (IOCS_MAX_HASHES, IOCS_MAX_IPS). A hash match makes a finding of
 * at most high severity (rule `ioc.sha256`, tag `ioc`): a remote list never
 * raises one to critical on its own. */
#ifndef HS_SCAN_IOCS_H
#define HS_SCAN_IOCS_H

#include "scan/hashsig.h"

#include <jansson.h>

#include <stdbool.h>
#include <stddef.h>

#define IOCS_MAX_LINE   65536
#define IOCS_MAX_HASHES 500000
#define IOCS_MAX_IPS    200000

/* files, ignored and bad count the lists a pass owns (the hash pass: .jsonl
 * and .sha256; the address pass: .ips); opened counts every list read. */
struct ioc_stats {
	size_t files, opened, hashes, ips, ignored, bad, dropped; /* dropped: over the bounds */
};

/* An address or prefix: IPv4 as IPv4-mapped IPv6; prefix in bits (0..128). */
struct ioc_addr {
	unsigned char a[16];
	unsigned char prefix;
};

/* Parse "1.2.3.4", "2001:db8::1", "[2001:db8::1]", "::ffff:1.2.3.4" or
 * "198.51.100.0/24" (cidr allowed). False when not an address, and for a
 * prefix shorter than /8 (IPv4) or /16 (IPv6): one line of a list from
 * another machine must not name a large part of the internet. */
bool ioc_addr_parse(const char *s, size_t n, bool cidr, struct ioc_addr *out);

/* The imported addresses: exact ones sorted for bsearch, prefixes apart. */
struct ioc_ipset {
	struct ioc_addr *v, *nets;
	size_t n, nnets;
	char **origin, **net_origin; /* the exporting host (NULL: unknown) */
};

/* Read the hash lists of dirs into h (which holds the shipped signatures):
 * imported entries are added with id "ioc.sha256"; a hash already listed
 * keeps its shipped signature. A missing directory holds nothing. Returns
 * false only when a directory exists but cannot be read. */
bool iocs_load_hashes(struct hashsigs *h, const struct strlist *dirs, struct ioc_stats *st);
/* Read the address lists of dirs. Same rules. */
bool iocs_load_ips(struct ioc_ipset *set, const struct strlist *dirs, struct ioc_stats *st);
/* The entry matching a textual address (exact first, then the prefixes),
 * or NULL; *origin gets the host that exported it (may be NULL). */
const struct ioc_addr *ioc_ipset_find(const struct ioc_ipset *set, const char *ip,
                                      const char **origin);
void ioc_ipset_free(struct ioc_ipset *set);

/* Set summary["iocs"][key] = n (the object made when missing). */
void iocs_summary(json_t *summary, const char *key, size_t n);

#endif
