#include "host/procnet.h"
#include "util.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void pn_table_free(struct pn_table *t)
{
	free(t->v);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* n hex digits into *out; false when they are not there. */
static bool hexn(const char **pp, const char *end, int n, uint32_t *out)
{
	const char *p = *pp;
	uint32_t v = 0;
	if (end - p < n)
		return false;
	for (int i = 0; i < n; i++) {
		int h = hexval(p[i]);
		if (h < 0)
			return false;
		v = (v << 4) | (uint32_t)h;
	}
	*out = v;
	*pp = p + n;
	return true;
}

static const char *skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static const char *skip_word(const char *p, const char *end)
{
	while (p < end && *p != ' ' && *p != '\t')
		p++;
	return p;
}

/* ADDR:PORT as printed by the kernel (host-order words). */
static bool parse_addr(const char **pp, const char *end, int family, uint8_t addr[16],
                       uint16_t *port)
{
	int words = family == 6 ? 4 : 1;
	memset(addr, 0, 16);
	for (int i = 0; i < words; i++) {
		uint32_t w;
		if (!hexn(pp, end, 8, &w))
			return false;
		memcpy(addr + 4 * i, &w, 4); /* host order back to the original bytes */
	}
	if (*pp >= end || **pp != ':')
		return false;
	(*pp)++;
	uint32_t p;
	if (!hexn(pp, end, 4, &p))
		return false;
	*port = (uint16_t)p;
	return true;
}

static bool parse_line(const char *p, const char *end, int proto, int family, struct pn_sock *out,
                       uint16_t *lport)
{
	p = skip_blanks(p, end);
	p = skip_word(p, end); /* "sl:" */
	p = skip_blanks(p, end);
	uint8_t laddr[16];
	if (!parse_addr(&p, end, family, laddr, lport))
		return false;
	p = skip_blanks(p, end);
	if (!parse_addr(&p, end, family, out->raddr, &out->rport))
		return false;
	p = skip_blanks(p, end);
	uint32_t st;
	if (!hexn(&p, end, 2, &st))
		return false;
	out->state = (uint8_t)st;
	/* tx:rx tr:when retrnsmt uid timeout inode */
	for (int i = 0; i < 5; i++) {
		p = skip_blanks(p, end);
		if (p >= end)
			return false;
		p = skip_word(p, end);
	}
	p = skip_blanks(p, end);
	if (p >= end || *p < '0' || *p > '9')
		return false;
	uint64_t ino = 0;
	while (p < end && *p >= '0' && *p <= '9')
		ino = ino * 10 + (uint64_t)(*p++ - '0');
	out->inode = ino;
	out->proto = (uint8_t)proto;
	out->family = (uint8_t)family;
	return true;
}

void pn_parse(struct pn_table *t, const char *buf, size_t len, int proto, int family,
              const uint16_t *ports, size_t nports)
{
	const char *p = buf, *end = buf + len;
	bool header = true;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (header) {
			header = false;
		} else if (le > p) {
			t->lines++;
			struct pn_sock s;
			uint16_t lport;
			if (!parse_line(p, le, proto, family, &s, &lport)) {
				t->bad_lines++;
			} else if (s.inode != 0) {
				bool keep = proto == PN_UDP;
				if (proto == PN_TCP &&
				    (s.state == PN_ESTABLISHED || s.state == PN_SYN_SENT))
					for (size_t i = 0; i < nports && !keep; i++)
						keep = s.rport == ports[i];
				if (keep) {
					if (t->n == t->cap) {
						t->cap = t->cap ? t->cap * 2 : 256;
						t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
					}
					t->v[t->n++] = s;
				}
			}
		}
		p = le + 1;
	}
}

#define PN_MAX_BYTES (64u << 20)

static bool load_one(struct pn_table *t, const char *dir, const char *name, int proto, int family,
                     const uint16_t *ports, size_t nports)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	/* under --root this is a file of the image: never block on a FIFO,
	 * and stop at PN_MAX_BYTES (a real table of 100,000 sockets is ~15 MB;
	 * /dev/zero is endless) */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return false;
	size_t cap = 1 << 16, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap) {
			if (cap >= PN_MAX_BYTES) {
				hs_warn("%s: longer than %u MiB, the rest is not read", path,
				        PN_MAX_BYTES >> 20);
				break;
			}
			buf = xrealloc(buf, cap *= 2);
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	pn_parse(t, buf, n, proto, family, ports, nports);
	free(buf);
	return true;
}

bool pn_load(struct pn_table *t, const char *dir, const uint16_t *ports, size_t nports)
{
	int ok = 0;
	ok += load_one(t, dir, "tcp", PN_TCP, 4, ports, nports);
	ok += load_one(t, dir, "tcp6", PN_TCP, 6, ports, nports);
	ok += load_one(t, dir, "udp", PN_UDP, 4, ports, nports);
	ok += load_one(t, dir, "udp6", PN_UDP, 6, ports, nports);
	return ok > 0;
}

static size_t slot_of(uint64_t ino, size_t nslots)
{
	return (size_t)((ino * 0x9E3779B97F4A7C15ULL) >> 17) & (nslots - 1);
}

void pn_index(struct pn_table *t)
{
	free(t->slots);
	size_t ns = 16;
	while (ns < t->n * 2 + 1)
		ns <<= 1;
	t->nslots = ns;
	t->slots = xcalloc(ns, sizeof(*t->slots));
	for (size_t i = 0; i < t->n; i++) {
		size_t h = slot_of(t->v[i].inode, ns);
		while (t->slots[h])
			h = (h + 1) & (ns - 1);
		t->slots[h] = (uint32_t)(i + 1);
	}
}

const struct pn_sock *pn_find(const struct pn_table *t, uint64_t inode)
{
	if (!t->nslots)
		return NULL;
	size_t h = slot_of(inode, t->nslots);
	while (t->slots[h]) {
		const struct pn_sock *s = &t->v[t->slots[h] - 1];
		if (s->inode == inode)
			return s;
		h = (h + 1) & (t->nslots - 1);
	}
	return NULL;
}

void pn_peer(const struct pn_sock *s, char *out, size_t outlen)
{
	char a[INET6_ADDRSTRLEN];
	if (s->family == 4) {
		inet_ntop(AF_INET, s->raddr, a, sizeof(a));
		snprintf(out, outlen, "%s:%u", a, (unsigned)s->rport);
	} else {
		inet_ntop(AF_INET6, s->raddr, a, sizeof(a));
		snprintf(out, outlen, "[%s]:%u", a, (unsigned)s->rport);
	}
}

bool pn_peer_is_loopback(const struct pn_sock *s)
{
	if (s->family == 4)
		return s->raddr[0] == 127;
	static const uint8_t lo6[16] = {[15] = 1};
	static const uint8_t v4mapped[12] = {[10] = 0xff, [11] = 0xff};
	if (!memcmp(s->raddr, lo6, 16))
		return true;
	return !memcmp(s->raddr, v4mapped, 12) && s->raddr[12] == 127;
}
