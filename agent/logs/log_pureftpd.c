/* pure-ftpd through syslog (facility ftp: /var/log/syslog or messages):
 *
 *   Oct 11 13:55:36 host pure-ftpd: (alice@203.0.113.9) [NOTICE] /home/alice//x.php uploaded  (42
 * bytes, 10.5KB/sec)
 *   ... pure-ftpd[812]: (?@203.0.113.9) [INFO] alice is now logged in
 *   ... pure-ftpd: (?@203.0.113.9) [WARNING] Authentication failed for user [alice]
 *   ... (alice@203.0.113.9) [NOTICE] /home/alice/x deleted | downloaded  (N bytes, ...)
 *
 * The "(USER@HOST)" prefix is pure-ftpd's own; the user part is "?" before
 * login. A file name may hold anything but a newline, so the verb is found
 * from the right. */
#include "logs/logs.h"

#include <string.h>

static bool ends_with(const char *p, const char *e, const char *lit, const char **at)
{
	size_t n = strlen(lit);
	if ((size_t)(e - p) < n || memcmp(e - n, lit, n) != 0)
		return false;
	*at = e - n;
	return true;
}

static int pureftpd_parse(void *state, struct log_clock *clk, const char *line, size_t len,
                          struct log_event *ev)
{
	(void)state;
	size_t k = log_time_syslog(clk, line, len, &ev->time);
	if (!k)
		return 0;
	struct log_str host, prog;
	long pid;
	size_t t = log_syslog_tag(line + k, len - k, &host, &prog, &pid);
	if (!t || prog.n != 9 || memcmp(prog.p, "pure-ftpd", 9) != 0)
		return 0;
	const char *p = line + k + t, *e = line + len;
	if (p >= e || *p != '(')
		return -1;
	const char *ce = memchr(p, ')', (size_t)(e - p));
	if (!ce)
		return -1;
	/* the last '@' inside the parentheses: a user name may hold one */
	const char *at = NULL;
	for (const char *x = ce; x > p; x--)
		if (x[-1] == '@') {
			at = x - 1;
			break;
		}
	if (!at)
		return -1;
	struct log_str user = {p + 1, (size_t)(at - p - 1)};
	ev->client = (struct log_str){at + 1, (size_t)(ce - at - 1)};
	log_ip_trim(&ev->client);
	ev->proto = "ftp";
	p = ce + 1;
	if (p < e && *p == ' ')
		p++;
	const char *lb = p;
	if (p >= e || *p != '[')
		return -1;
	const char *rb = memchr(p, ']', (size_t)(e - p));
	if (!rb || rb - lb > 10)
		return -1;
	p = rb + 1;
	if (p < e && *p == ' ')
		p++;
	const char *x;
	if (ends_with(p, e, " is now logged in", &x)) {
		ev->type = LOG_EV_LOGIN;
		ev->user = (struct log_str){p, (size_t)(x - p)};
		return 1;
	}
	if (!strncmp(p, "Authentication failed for user [", 32) && e[-1] == ']') {
		ev->type = LOG_EV_LOGIN_FAIL;
		ev->user = (struct log_str){p + 32, (size_t)(e - 1 - (p + 32))};
		return 1;
	}
	if (user.n == 1 && user.p[0] == '?')
		return 0;
	ev->user = user;
	if (ends_with(p, e, " deleted", &x)) {
		ev->type = LOG_EV_DELETE;
		ev->path = (struct log_str){p, (size_t)(x - p)};
		return 1;
	}
	/* "/path uploaded  (42 bytes, 10.5KB/sec)" */
	const char *v = NULL;
	enum log_ev_type type = LOG_EV_NONE;
	for (const char *y = e; y > p + 1; y--)
		if (y[-1] == '(' && y - p > 3 && y[-2] == ' ' && y[-3] == ' ') {
			v = y - 3;
			break;
		}
	if (!v)
		return 0;
	if (v - p > 9 && !memcmp(v - 9, " uploaded", 9))
		type = LOG_EV_UPLOAD, x = v - 9;
	else if (v - p > 11 && !memcmp(v - 11, " downloaded", 11))
		type = LOG_EV_DOWNLOAD, x = v - 11;
	else
		return 0;
	ev->type = type;
	ev->path = (struct log_str){p, (size_t)(x - p)};
	const char *b = v + 3;
	uint64_t n = 0;
	while (b < e && *b >= '0' && *b <= '9' && n < (1ull << 60))
		n = n * 10 + (uint64_t)(*b++ - '0');
	ev->bytes = n;
	return 1;
}

static const char *const pureftpd_paths[] = {"/var/log/syslog", "/var/log/messages", NULL};

const struct log_backend log_pureftpd = {
    .name = "pureftpd",
    .family = LOG_FAM_FTP,
    .paths = pureftpd_paths,
    .parse = pureftpd_parse,
};
