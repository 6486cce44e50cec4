/* IP addresses and networks as they appear in logs, queue files and the
 * config: parse (inet_pton does the parsing; this only finds the address
 * in its decoration: "[1.2.3.4]", "host[1.2.3.4]:587", exim's
 * "1.2.3.4.587"), compare, take the /16 a client came from, test whether a
 * network holds an address. IPv4-mapped IPv6 addresses (::ffff:1.2.3.4)
 * are taken as the IPv4 address, so one client is one key. */
#ifndef HS_NETADDR_H
#define HS_NETADDR_H

#include <stdbool.h>
#include <stddef.h>

#define NETADDR_STRLEN 50 /* "ffff:...:ffff/128" and a NUL */

struct netaddr {
	int family;          /* AF_INET or AF_INET6, 0 = none */
	unsigned char a[16]; /* network byte order; 4 bytes used for AF_INET */
	int prefix;          /* 32 or 128 for one address */
};

/* An address or a network "ADDR/LEN" (the host bits are cleared). The
 * whole string must be it. */
bool netaddr_parse(const char *s, struct netaddr *out);
/* The address in a log or queue field of len bytes: surrounding blanks and
 * [ ] removed, and a trailing port (":587" after an IPv4 or "]", or exim's
 * ".587" after an IPv4 or IPv6 address) dropped. */
bool netaddr_parse_host(const char *s, size_t len, struct netaddr *out);
/* "1.2.3.4", "2001:db8::1", "10.0.0.0/8": buf of NETADDR_STRLEN. */
void netaddr_format(const struct netaddr *a, char *buf, size_t len);
bool netaddr_equal(const struct netaddr *x, const struct netaddr *y);
/* net holds the address or network a (same family, a's prefix at least net's). */
bool netaddr_contains(const struct netaddr *net, const struct netaddr *a);
/* Either holds the other. */
bool netaddr_overlaps(const struct netaddr *x, const struct netaddr *y);
/* The network of a: /16 for IPv4, /32 for IPv6 (where an operator's
 * allocation usually starts), the unit "distinct networks" counts. */
void netaddr_network(const struct netaddr *a, struct netaddr *out);
bool netaddr_is_loopback(const struct netaddr *a);
/* 0.0.0.0, ::, multicast, broadcast: never a client. */
bool netaddr_is_unusable(const struct netaddr *a);

#endif
