/* libFuzzer harness: the kernel's socket tables (host/procnet.c). The
 * kernel writes them, but under --root they come from a disk image of a
 * compromised server, so they are hostile input like any other. The first
 * byte picks the table (tcp, tcp6, udp, udp6); the rest is its content,
 * parsed twice (as from two network namespaces) into one table. Then every
 * kept socket must be found again by its inode and print as a peer. */
#include "host/procnet.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int proto = data[0] & 1 ? PN_UDP : PN_TCP;
	int family = data[0] & 2 ? 6 : 4;
	static const uint16_t ports[] = {25, 465, 587};
	char *buf = malloc(size - 1 ? size - 1 : 1); /* no NUL: ASan sees any overread */
	memcpy(buf, data + 1, size - 1);
	struct pn_table t = {0};
	pn_parse(&t, buf, size - 1, proto, family, ports, 3);
	pn_parse(&t, buf, size - 1, proto, family, ports, 3);
	free(buf);
	pn_index(&t);
	if (t.bad_lines > t.lines)
		abort();
	for (size_t i = 0; i < t.n; i++) {
		const struct pn_sock *s = &t.v[i];
		const struct pn_sock *f = pn_find(&t, s->inode);
		if (!f || f->inode != s->inode)
			abort(); /* the index lost a socket */
		if (s->family != family || s->proto != proto)
			abort();
		char peer[64];
		pn_peer(s, peer, sizeof(peer));
		if (!memchr(peer, '\0', sizeof(peer)))
			abort();
		(void)pn_peer_is_loopback(s);
	}
	pn_table_free(&t);
	return 0;
}
