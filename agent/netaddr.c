#include "netaddr.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static void clear_host_bits(struct netaddr *a)
{
	int bytes = a->family == AF_INET ? 4 : 16;
	for (int i = 0; i < bytes; i++) {
		int keep = a->prefix - i * 8;
		if (keep >= 8)
			continue;
		a->a[i] &= keep <= 0 ? 0 : (unsigned char)(0xff << (8 - keep));
	}
	if (a->family == AF_INET)
		memset(a->a + 4, 0, 12);
}

/* ::ffff:a.b.c.d is the IPv4 client a.b.c.d (a dual-stack socket's view). */
static void unmap(struct netaddr *a)
{
	static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
	if (a->family == AF_INET6 && !memcmp(a->a, mapped, 12) && a->prefix >= 96) {
		memmove(a->a, a->a + 12, 4);
		memset(a->a + 4, 0, 12);
		a->family = AF_INET;
		a->prefix -= 96;
	}
}

static bool parse_plain(const char *s, struct netaddr *out)
{
	memset(out, 0, sizeof(*out));
	if (strchr(s, ':')) {
		if (inet_pton(AF_INET6, s, out->a) != 1)
			return false;
		out->family = AF_INET6;
		out->prefix = 128;
	} else {
		if (inet_pton(AF_INET, s, out->a) != 1)
			return false;
		out->family = AF_INET;
		out->prefix = 32;
	}
	unmap(out);
	return true;
}

bool netaddr_parse(const char *s, struct netaddr *out)
{
	char buf[64];
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, s, n + 1);
	char *slash = strchr(buf, '/');
	long len = -1;
	if (slash) {
		*slash = '\0';
		char *end;
		if (!slash[1] || slash[1] < '0' || slash[1] > '9')
			return false;
		len = strtol(slash + 1, &end, 10);
		if (*end || len < 0)
			return false;
	}
	bool v6 = strchr(buf, ':') != NULL;
	if (!parse_plain(buf, out))
		return false;
	if (len >= 0) {
		if (len > (v6 ? 128 : 32))
			return false;
		/* a mapped network's length counts the 96 mapped bits */
		out->prefix = out->family == AF_INET && v6 ? (int)len - 96 : (int)len;
		if (out->prefix < 0)
			return false;
		clear_host_bits(out);
	}
	return true;
}

bool netaddr_parse_host(const char *s, size_t len, struct netaddr *out)
{
	char buf[64];
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == ',' ||
	               s[len - 1] == '\r' || s[len - 1] == '\n'))
		len--;
	if (len && *s == '[') {
		const char *close = memchr(s, ']', len);
		if (!close)
			return false;
		s++;
		len = (size_t)(close - s); /* whatever follows "]" is a port */
	}
	if (len == 0 || len >= sizeof(buf))
		return false;
	/* an embedded NUL would hide what follows it from the parse: a log
	 * field "1.2.3.4\0garbage" is not the address 1.2.3.4 */
	if (memchr(s, '\0', len))
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (strchr(buf, '/'))
		return false;
	if (parse_plain(buf, out))
		return true;
	/* a port after the address: "1.2.3.4:587" (one colon and dots), or
	 * exim's "1.2.3.4.587" and "2001:db8::1.587" */
	char *colon = strchr(buf, ':');
	char *sep =
	    colon && colon == strrchr(buf, ':') && strchr(buf, '.') ? colon : strrchr(buf, '.');
	if (!sep || sep == buf)
		return false;
	size_t k = strspn(sep + 1, "0123456789");
	if (!k || sep[1 + k] || k > 5)
		return false;
	*sep = '\0';
	return parse_plain(buf, out);
}

void netaddr_format(const struct netaddr *a, char *buf, size_t len)
{
	char tmp[INET6_ADDRSTRLEN];
	if (!a->family || !inet_ntop(a->family, a->a, tmp, sizeof(tmp))) {
		snprintf(buf, len, "-");
		return;
	}
	if (a->prefix == (a->family == AF_INET ? 32 : 128))
		snprintf(buf, len, "%s", tmp);
	else
		snprintf(buf, len, "%s/%d", tmp, a->prefix);
}

bool netaddr_equal(const struct netaddr *x, const struct netaddr *y)
{
	return x->family == y->family && x->prefix == y->prefix &&
	       !memcmp(x->a, y->a, x->family == AF_INET ? 4 : 16);
}

bool netaddr_contains(const struct netaddr *net, const struct netaddr *a)
{
	if (!net->family || net->family != a->family || a->prefix < net->prefix)
		return false;
	struct netaddr t = *a;
	t.prefix = net->prefix;
	clear_host_bits(&t);
	return !memcmp(t.a, net->a, net->family == AF_INET ? 4 : 16);
}

bool netaddr_overlaps(const struct netaddr *x, const struct netaddr *y)
{
	return netaddr_contains(x, y) || netaddr_contains(y, x);
}

void netaddr_network(const struct netaddr *a, struct netaddr *out)
{
	*out = *a;
	int p = a->family == AF_INET ? 16 : 32;
	if (out->prefix > p)
		out->prefix = p;
	clear_host_bits(out);
}

bool netaddr_is_loopback(const struct netaddr *a)
{
	static const unsigned char v6lo[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
	if (a->family == AF_INET)
		return a->a[0] == 127;
	return a->family == AF_INET6 && !memcmp(a->a, v6lo, 16);
}

bool netaddr_is_unusable(const struct netaddr *a)
{
	static const unsigned char zero[16] = {0};
	if (a->family == AF_INET)
		return !memcmp(a->a, zero, 4) || a->a[0] >= 224;
	if (a->family == AF_INET6)
		return !memcmp(a->a, zero, 16) || a->a[0] == 0xff;
	return true;
}
