/* The host of a URL or a database address, as the PHP analysis needs it:
 * where an outbound request or connection goes, judged from the text the
 * evaluator knows (a whole string, or only its known beginning when the
 * rest is a variable). One place for what three checks had each written:
 * credential exfiltration to an outside URL, the location beacon's bare IP
 * and the kit's database on an outside host. */
#ifndef HS_URL_HOST_H
#define HS_URL_HOST_H

#include <stdbool.h>
#include <stddef.h>

/* The host of an http:// or https:// URL (scheme case-insensitive): *host
 * and *len (the bytes up to '/', ':', '?' or the end of the known text);
 * *ends is true when the known text runs past the host, so the host is
 * whole. False when s does not start with either scheme. */
bool url_host(const unsigned char *s, size_t n, const unsigned char **host, size_t *len,
              bool *ends);

/* This machine or a private network: localhost, 127.*, ::1, 0.0.0.0,
 * 10.*, 172.16-31.*, 192.168.*, or a Unix socket path. Judged on the
 * beginning of h, so a host whose end is unknown still tells. */
bool host_is_local(const unsigned char *h, size_t n);

/* A bare IPv4 address (four dotted groups of one to three digits): where a
 * collector listens, not a named service. */
bool host_is_ipv4(const unsigned char *h, size_t n);

#endif
