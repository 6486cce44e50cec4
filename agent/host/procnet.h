/* The kernel's socket tables (/proc/net/tcp, tcp6, udp, udp6, or the same
 * under /proc/PID/net for another network namespace), reduced to what the
 * process inspector needs: TCP sockets towards the SMTP ports in state
 * ESTABLISHED or SYN_SENT, and every UDP socket, indexed by inode. */
#ifndef HS_PROCNET_H
#define HS_PROCNET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { PN_TCP = 1, PN_UDP = 2 };
enum { PN_ESTABLISHED = 0x01, PN_SYN_SENT = 0x02 };

struct pn_sock {
	uint64_t inode;
	uint8_t proto;  /* PN_TCP, PN_UDP */
	uint8_t family; /* 4 or 6 */
	uint8_t state;
	uint16_t rport;
	uint8_t raddr[16]; /* network order; IPv4 in the first 4 bytes */
};

struct pn_table {
	struct pn_sock *v;
	size_t n, cap;
	uint32_t *slots; /* open addressing: index + 1, 0 = empty */
	size_t nslots;
	size_t lines, bad_lines;
};

void pn_table_free(struct pn_table *t);
/* Add the rows of one file's content. TCP rows are kept when the remote
 * port is one of ports[] and the state is ESTABLISHED or SYN_SENT; UDP rows
 * are all kept. Malformed lines are counted and skipped. */
void pn_parse(struct pn_table *t, const char *buf, size_t len, int proto, int family,
              const uint16_t *ports, size_t nports);
/* Read DIR/tcp, tcp6, udp, udp6 (DIR is "/proc/net" or "/proc/PID/net").
 * Returns false when none could be read. */
bool pn_load(struct pn_table *t, const char *dir, const uint16_t *ports, size_t nports);
/* Build the inode index (after the last pn_parse/pn_load). */
void pn_index(struct pn_table *t);
const struct pn_sock *pn_find(const struct pn_table *t, uint64_t inode);
/* "1.2.3.4:25" or "[2001:db8::1]:25" */
void pn_peer(const struct pn_sock *s, char *out, size_t outlen);
bool pn_peer_is_loopback(const struct pn_sock *s);

#endif
