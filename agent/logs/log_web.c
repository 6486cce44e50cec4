/* Web access logs: Apache and nginx, common and combined formats, with or
 * without a leading vhost field (Apache's vhost_combined, "%v:%p"), as the
 * distributions and panels write them:
 *
 *   [VHOST[:PORT] ]CLIENT IDENT USER [10/Oct/2000:13:55:36 -0700] "METHOD URI PROTO" STATUS BYTES[
 * "REF" "UA"]
 *
 * Both servers escape '"', '\' and unprintable bytes of the request line
 * (\" \\ \xHH), so the closing quote is found by skipping escapes; the path
 * is unescaped and percent-decoded into the parser state, without the
 * query, because it is compared with file names. */
#include "logs/logs.h"

#include <string.h>

#define WEB_PATH_MAX 4096

struct web_state {
	char path[WEB_PATH_MAX + 1];
};

static const char *tok_end(const char *p, const char *e)
{
	const char *q = memchr(p, ' ', (size_t)(e - p));
	return q ? q : e;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* A host name as a client field (HostnameLookups On): letters, digits,
 * dots, dashes, colons (IPv6), at most 255 bytes. */
static bool hostish(const char *p, size_t n)
{
	if (n == 0 || n > 255)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '-' || c == ':' || c == '_'))
			return false;
	}
	return true;
}

/* Unescape the server's \" \\ \xHH and decode %HH, stopping at '?'. */
static size_t decode_path(const char *p, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o < WEB_PATH_MAX; i++) {
		char c = p[i];
		if (c == '?' || c == '#')
			break;
		if (c == '\\' && i + 1 < n) {
			if (p[i + 1] == 'x' && i + 3 < n && hexval(p[i + 2]) >= 0 &&
			    hexval(p[i + 3]) >= 0) {
				c = (char)(hexval(p[i + 2]) * 16 + hexval(p[i + 3]));
				i += 3;
			} else {
				c = p[++i];
			}
		} else if (c == '%' && i + 2 < n && hexval(p[i + 1]) >= 0 &&
		           hexval(p[i + 2]) >= 0) {
			c = (char)(hexval(p[i + 1]) * 16 + hexval(p[i + 2]));
			i += 2;
		}
		out[o++] = c;
	}
	out[o] = '\0';
	return o;
}

static int web_parse(void *state, struct log_clock *clk, const char *line, size_t len,
                     struct log_event *ev)
{
	(void)clk;
	struct web_state *ws = state;
	const char *p = line, *e = line + len;
	if (len == 0)
		return 0;
	const char *t1e = tok_end(p, e);
	if (t1e == e)
		return -1;
	struct log_str t1 = {p, (size_t)(t1e - p)};
	p = t1e + 1;
	if (log_is_ip(t1.p, t1.n)) {
		ev->client = t1;
	} else {
		const char *t2e = tok_end(p, e);
		if (t2e == e)
			return -1;
		if (log_is_ip(p, (size_t)(t2e - p))) {
			/* vhost-prefixed: "example.com:443 203.0.113.9 - - [...]" */
			ev->vhost = t1;
			const char *colon = memchr(t1.p, ':', t1.n);
			if (colon)
				ev->vhost.n = (size_t)(colon - t1.p);
			ev->client = (struct log_str){p, (size_t)(t2e - p)};
			p = t2e + 1;
		} else if (hostish(t1.p, t1.n)) {
			ev->client = t1; /* a resolved host name */
		} else {
			return -1;
		}
	}
	/* IDENT USER */
	const char *ie = tok_end(p, e);
	if (ie == e)
		return -1;
	p = ie + 1;
	/* the user field may be anything the client sent in Basic auth:
	 * Apache escapes it, so it has no space; up to " [" */
	const char *lb = log_find(p, (size_t)(e - p), " [");
	if (!lb || lb - p > 1024)
		return -1;
	if (!(lb - p == 1 && *p == '-'))
		ev->user = (struct log_str){p, (size_t)(lb - p)};
	p = lb + 2;
	const char *rb = memchr(p, ']', (size_t)(e - p));
	if (!rb || !log_time_clf(p, (size_t)(rb - p), &ev->time))
		return -1;
	p = rb + 1;
	if (e - p < 2 || p[0] != ' ' || p[1] != '"')
		return -1;
	p += 2;
	const char *rq = p, *rqe = NULL;
	for (; p < e; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (*p == '"') {
			rqe = p;
			break;
		}
	}
	if (!rqe)
		return -1;
	p = rqe + 1;
	/* STATUS BYTES */
	if (e - p < 4 || p[0] != ' ')
		return -1;
	p++;
	int status = 0;
	for (int i = 0; i < 3; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		status = status * 10 + (p[i] - '0');
	}
	if (status < 100 || status > 599 || (p + 3 < e && p[3] != ' '))
		return -1;
	ev->status = status;
	p += 3;
	if (p < e && *p == ' ') {
		p++;
		uint64_t b = 0;
		while (p < e && *p >= '0' && *p <= '9' && b < (1ull << 60))
			b = b * 10 + (uint64_t)(*p++ - '0');
		ev->bytes = b;
	}
	/* the request line: METHOD URI PROTO; "-" or junk (a TLS hello sent to
	 * the plain port) is a real line of no interest */
	const char *me = memchr(rq, ' ', (size_t)(rqe - rq));
	if (!me || me == rq || me - rq > 16)
		return 0;
	for (const char *x = rq; x < me; x++)
		if (!((*x >= 'A' && *x <= 'Z') || *x == '-' || *x == '_'))
			return 0;
	ev->method = (struct log_str){rq, (size_t)(me - rq)};
	const char *u = me + 1;
	const char *ue = memchr(u, ' ', (size_t)(rqe - u));
	if (!ue)
		ue = rqe; /* HTTP/0.9: no protocol */
	/* an absolute URI (proxy form): keep the path */
	if (ue - u > 8 && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8))) {
		const char *s = memchr(u + 8, '/', (size_t)(ue - u - 8));
		u = s ? s : ue;
	}
	ev->path.n = decode_path(u, (size_t)(ue - u), ws->path);
	ev->path.p = ws->path;
	ev->type = LOG_EV_REQUEST;
	ev->proto = "http";
	return 1;
}

/* Web logs are found from the web server's config and the panel layouts
 * (log_sources.c); these are the distribution defaults. */
static const char *const web_paths[] = {
    "/var/log/apache2/access.log",
    "/var/log/apache2/other_vhosts_access.log",
    "/var/log/nginx/access.log",
    "/var/log/httpd/access_log",
    NULL,
};

const struct log_backend log_web = {
    .name = "web",
    .family = LOG_FAM_WEB,
    .paths = web_paths,
    .state_size = sizeof(struct web_state),
    .parse = web_parse,
};
