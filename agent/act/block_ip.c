#include "act/block_ip.h"

#include "netaddr.h"

#include <ifaddrs.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <utmpx.h>

static struct {
	struct netaddr *never;
	size_t nnever;
	uint64_t timeout;
	char *nft;
} bl = {.timeout = 24 * 3600};

__attribute__((destructor)) static void bl_free(void)
{
	free(bl.never);
	free(bl.nft);
}

int block_ip_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "never_block")) {
		struct strlist w = {0};
		strlist_split_words(&w, value);
		struct netaddr *v = xcalloc(w.n + 1, sizeof(*v));
		for (size_t i = 0; i < w.n; i++)
			if (!netaddr_parse(w.v[i], &v[i])) {
				snprintf(err, errlen, "never_block: '%s' is no address or network",
				         w.v[i]);
				strlist_clear(&w);
				free(v);
				return -1;
			}
		free(bl.never);
		bl.never = v;
		bl.nnever = w.n;
		strlist_clear(&w);
		return 1;
	}
	if (!strcmp(key, "block_timeout")) {
		uint64_t t;
		if (!parse_duration(value, &t) || t < 60 || t > 365 * 86400ULL) {
			snprintf(err, errlen, "block_timeout: expected a duration from 1m to 365d");
			return -1;
		}
		bl.timeout = t;
		return 1;
	}
	if (!strcmp(key, "nft_command")) {
		if (value[0] != '/') {
			snprintf(err, errlen, "nft_command: expected an absolute path");
			return -1;
		}
		free(bl.nft);
		bl.nft = xstrdup(value);
		return 1;
	}
	return 0;
}

/* The operator's own addresses: the SSH session this runs in, every
 * remote login utmp knows (sudo drops SSH_CONNECTION; `who` still shows
 * the session), this host's interfaces. */
struct op_addr {
	struct netaddr a;
	char why[80];
};

static void op_add(struct op_addr **v, size_t *n, const struct netaddr *a, const char *why)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[*n].a = *a;
	snprintf((*v)[*n].why, sizeof((*v)[*n].why), "%s", why);
	(*n)++;
}

static void op_env(struct op_addr **v, size_t *n, const char *var)
{
	const char *s = getenv(var);
	if (!s)
		return;
	struct netaddr a;
	size_t l = strcspn(s, " ");
	if (netaddr_parse_host(s, l, &a)) {
		char why[64];
		snprintf(why, sizeof(why), "the operator's SSH session (%s)", var);
		op_add(v, n, &a, why);
	}
}

static size_t operator_addrs(struct op_addr **v)
{
	size_t n = 0;
	*v = NULL;
	op_env(v, &n, "SSH_CONNECTION");
	op_env(v, &n, "SSH_CLIENT");
	setutxent();
	struct utmpx *u;
	while ((u = getutxent())) {
		if (u->ut_type != USER_PROCESS)
			continue;
		struct netaddr a = {0};
		static const uint32_t zero[4];
		if (memcmp(u->ut_addr_v6, zero, sizeof(zero))) {
			bool v4 = !u->ut_addr_v6[1] && !u->ut_addr_v6[2] && !u->ut_addr_v6[3];
			a.family = v4 ? AF_INET : AF_INET6;
			a.prefix = v4 ? 32 : 128;
			memcpy(a.a, u->ut_addr_v6, v4 ? 4 : 16);
		} else {
			size_t hl = strnlen(u->ut_host, sizeof(u->ut_host));
			if (!netaddr_parse_host(u->ut_host, hl, &a))
				continue;
		}
		char why[80], user[sizeof(u->ut_user) + 1];
		snprintf(user, sizeof(user), "%.*s", (int)sizeof(u->ut_user), u->ut_user);
		snprintf(why, sizeof(why), "a logged-in session of %s (who)", user);
		op_add(v, &n, &a, why);
	}
	endutxent();
	struct ifaddrs *ifs, *i;
	if (getifaddrs(&ifs) == 0) {
		for (i = ifs; i; i = i->ifa_next) {
			if (!i->ifa_addr)
				continue;
			struct netaddr a = {0};
			if (i->ifa_addr->sa_family == AF_INET) {
				a.family = AF_INET;
				a.prefix = 32;
				memcpy(a.a, &((struct sockaddr_in *)(void *)i->ifa_addr)->sin_addr,
				       4);
			} else if (i->ifa_addr->sa_family == AF_INET6) {
				a.family = AF_INET6;
				a.prefix = 128;
				memcpy(a.a,
				       &((struct sockaddr_in6 *)(void *)i->ifa_addr)->sin6_addr,
				       16);
			} else {
				continue;
			}
			char why[64];
			snprintf(why, sizeof(why), "an address of this host (%s)", i->ifa_name);
			op_add(v, &n, &a, why);
		}
		freeifaddrs(ifs);
	}
	return n;
}

static int check(const char *target, struct netaddr *t, char *why, size_t wlen)
{
	if (!netaddr_parse(target, t)) {
		snprintf(why, wlen, "'%s' is no IP address or network", target);
		return -1;
	}
	if (t->prefix < (t->family == AF_INET ? 8 : 16)) {
		snprintf(why, wlen, "refused: %s is wider than a /%d", target,
		         t->family == AF_INET ? 8 : 16);
		return -1;
	}
	struct netaddr lo;
	netaddr_parse(t->family == AF_INET ? "127.0.0.0/8" : "::1", &lo);
	if (netaddr_overlaps(&lo, t) || netaddr_is_loopback(t)) {
		snprintf(why, wlen, "refused: %s is loopback", target);
		return -1;
	}
	if (netaddr_is_unusable(t)) {
		snprintf(why, wlen, "refused: %s is no client address", target);
		return -1;
	}
	for (size_t i = 0; i < bl.nnever; i++)
		if (netaddr_overlaps(&bl.never[i], t)) {
			char b[NETADDR_STRLEN];
			netaddr_format(&bl.never[i], b, sizeof(b));
			snprintf(why, wlen, "refused: %s is in [respond] never_block (%s)", target,
			         b);
			return -1;
		}
	struct op_addr *ops;
	size_t n = operator_addrs(&ops);
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		if (netaddr_contains(t, &ops[i].a)) {
			char b[NETADDR_STRLEN];
			netaddr_format(&ops[i].a, b, sizeof(b));
			snprintf(why, wlen, "refused: blocking %s would lock out %s, %s", target, b,
			         ops[i].why);
			rc = -1;
		}
	free(ops);
	return rc;
}

int block_ip_check(const char *target, char *why, size_t wlen)
{
	struct netaddr t;
	return check(target, &t, why, wlen);
}

static int nft(const char *script, char *out, size_t olen)
{
	char *argv[] = {bl.nft ? bl.nft : "nft", "-f", "-", NULL};
	int status;
	return run_capture(argv, script, strlen(script), &status, out, olen) ? 0 : -1;
}

static void one_line(char *s)
{
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	size_t l = strlen(s);
	while (l && s[l - 1] == ' ')
		s[--l] = '\0';
}

int block_ip_apply(struct hs_ctx *ctx, struct journal *j, const char *command, const char *target,
                   const struct finding *f, int64_t *id, char *detail, size_t dlen)
{
	struct netaddr t;
	if (ctx->root && *ctx->root) {
		snprintf(detail, dlen, "--root: the firewall of a mounted system is not acted on");
		return -1;
	}
	if (check(target, &t, detail, dlen) < 0)
		return -1;
	char addr[NETADDR_STRLEN];
	netaddr_format(&t, addr, sizeof(addr));
	const char *set = t.family == AF_INET ? "block4" : "block6";
	json_t *undo = json_object();
	json_object_set_new(undo, "table", json_string("inet hostsweep"));
	json_object_set_new(undo, "set", json_string(set));
	json_object_set_new(undo, "address", json_string(addr));
	json_object_set_new(undo, "timeout", json_integer((json_int_t)bl.timeout));
	json_object_set_new(undo, "expires", json_integer((json_int_t)(time(NULL) + bl.timeout)));
	*id = journal_begin(j, command, "block-ip", target, f, undo);
	/* one transaction: the table, sets and chain made (or kept), the
	 * chain's two rules laid anew (so they are never doubled), the element */
	char *script = xasprintf(
	    "table inet hostsweep {\n"
	    "\tset block4 { type ipv4_addr; flags interval, timeout; }\n"
	    "\tset block6 { type ipv6_addr; flags interval, timeout; }\n"
	    "\tchain input { type filter hook input priority filter - 10; policy accept; }\n"
	    "}\n"
	    "flush chain inet hostsweep input\n"
	    "add rule inet hostsweep input ip saddr @block4 counter drop\n"
	    "add rule inet hostsweep input ip6 saddr @block6 counter drop\n"
	    "add element inet hostsweep %s { %s timeout %llus }\n",
	    set, addr, (unsigned long long)bl.timeout);
	char out[1024];
	int rc = nft(script, out, sizeof(out));
	free(script);
	if (rc < 0) {
		one_line(out);
		snprintf(detail, dlen, "nft failed: %s", *out ? out : "(no output)");
	} else {
		char *tm = NULL;
		uint64_t h = bl.timeout / 3600, m = (bl.timeout % 3600) / 60;
		tm = h ? xasprintf("%lluh%02llum", (unsigned long long)h, (unsigned long long)m)
		       : xasprintf("%llum", (unsigned long long)m);
		snprintf(detail, dlen, "%s added to inet hostsweep %s for %s", addr, set, tm);
		free(tm);
	}
	journal_event(j, *id, rc == 0 ? "done" : "failed", detail);
	return rc;
}

int block_ip_undo(struct hs_ctx *ctx, json_t *undo, char *detail, size_t dlen)
{
	(void)ctx;
	const char *set = json_string_value(json_object_get(undo, "set"));
	const char *addr = json_string_value(json_object_get(undo, "address"));
	struct netaddr t;
	if (!set || !addr || !netaddr_parse(addr, &t) ||
	    (strcmp(set, "block4") && strcmp(set, "block6"))) {
		snprintf(detail, dlen, "no undo data");
		return -1;
	}
	char script[256], out[1024];
	snprintf(script, sizeof(script), "delete element inet hostsweep %s { %s }\n", set, addr);
	if (nft(script, out, sizeof(out)) == 0) {
		snprintf(detail, dlen, "%s removed from inet hostsweep %s", addr, set);
		return 0;
	}
	/* not there: it expired (or the table is gone): nothing left to undo */
	snprintf(script, sizeof(script), "get element inet hostsweep %s { %s }\n", set, addr);
	char out2[256];
	if (nft(script, out2, sizeof(out2)) < 0) {
		snprintf(detail, dlen, "%s was no longer in inet hostsweep %s (expired)", addr,
		         set);
		return 0;
	}
	one_line(out);
	snprintf(detail, dlen, "nft failed: %s", out);
	return -1;
}
