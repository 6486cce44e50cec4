/* FTP transfer logs, in the two shapes vsftpd and ProFTPD write:
 *
 * xferlog (ProFTPD; vsftpd with xferlog_std_format=YES), 14 fields:
 *   Mon Oct  1 13:55:36 2021 1 203.0.113.9 42 /home/alice/x.php b _ i r alice ftp 0 * c
 *   time transfer-secs host size FILE type action direction(o/i/d) mode(a/g/r)
 *   user service auth-method auth-userid status(c/i)
 * The file name may hold spaces, so the nine fields after it are taken from
 * the right.
 *
 * vsftpd's own log (the Debian default, /var/log/vsftpd.log):
 *   Mon Oct  1 13:55:36 2021 [pid 1234] [alice] OK UPLOAD: Client "203.0.113.9", "/x.php", 42
 * bytes, 0.24Kbyte/sec
 *   ... [alice] OK LOGIN: Client "203.0.113.9"  /  FAIL LOGIN  /  OK DELETE  /  OK RENAME
 * The user name between brackets is whatever the client typed (FAIL
 * LOGIN), so the verb is found from ": Client \"" backwards. */
#include "logs/logs.h"

#include <string.h>

static bool rtok(const char *b, const char **e, struct log_str *out)
{
	const char *q = *e;
	while (q > b && q[-1] != ' ')
		q--;
	if (q == *e || q == b)
		return false;
	out->p = q;
	out->n = (size_t)(*e - q);
	*e = q - 1;
	return true;
}

static bool is_num(const char *p, size_t n)
{
	if (n == 0 || n > 20)
		return false;
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return true;
}

static uint64_t num(const char *p, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n && i < 19; i++)
		v = v * 10 + (uint64_t)(p[i] - '0');
	return v;
}

static int parse_std(const char *p, const char *e, struct log_event *ev)
{
	/* p: "1 203.0.113.9 42 /file b _ i r alice ftp 0 * c" */
	struct log_str secs, host, size, f[9];
	const char *q = memchr(p, ' ', (size_t)(e - p));
	if (!q)
		return -1;
	secs = (struct log_str){p, (size_t)(q - p)};
	p = q + 1;
	q = memchr(p, ' ', (size_t)(e - p));
	if (!q)
		return -1;
	host = (struct log_str){p, (size_t)(q - p)};
	p = q + 1;
	q = memchr(p, ' ', (size_t)(e - p));
	if (!q)
		return -1;
	size = (struct log_str){p, (size_t)(q - p)};
	p = q + 1;
	const char *r = e;
	for (int i = 8; i >= 0; i--)
		if (!rtok(p, &r, &f[i]))
			return -1;
	if (r <= p || !is_num(secs.p, secs.n) || !is_num(size.p, size.n))
		return -1;
	/* direction, access mode, completion status are single letters */
	if (f[2].n != 1 || f[3].n != 1 || f[8].n != 1 || !strchr("oid", f[2].p[0]) ||
	    !strchr("agr", f[3].p[0]) || !strchr("ci", f[8].p[0]))
		return -1;
	ev->client = host;
	log_ip_trim(&ev->client);
	ev->path = (struct log_str){p, (size_t)(r - p)};
	ev->bytes = num(size.p, size.n);
	ev->user = f[4];
	ev->type = f[2].p[0] == 'i'   ? LOG_EV_UPLOAD
	           : f[2].p[0] == 'o' ? LOG_EV_DOWNLOAD
	                              : LOG_EV_DELETE;
	ev->detail = f[8]; /* c complete, i incomplete */
	ev->proto = "ftp";
	return 1;
}

static int parse_vsftpd(const char *p, const char *e, struct log_event *ev)
{
	/* p: "[pid 1234] [alice] OK UPLOAD: Client "IP", "/x.php", 42 bytes, ..." */
	const char *cl = log_find(p, (size_t)(e - p), ": Client \"");
	if (!cl)
		return 0; /* CONNECT lines have no user; other lines are of no interest */
	const char *ue = NULL;
	bool ok = false;
	/* the verb: "] OK VERB" or "] FAIL VERB" just before ": Client" */
	for (const char *x = cl; x > p; x--)
		if (x[-1] == ' ' && x - p >= 2 && x[-2] == ']') {
			ue = x - 2;
			break;
		}
	if (!ue)
		return 0;
	const char *verb = ue + 2;
	if (!strncmp(verb, "OK ", 3))
		ok = true, verb += 3;
	else if (!strncmp(verb, "FAIL ", 5))
		verb += 5;
	else
		return 0; /* CONNECT and other lines without a user */
	size_t vn = (size_t)(cl - verb);
	/* "[pid N] [user]" */
	const char *ub = log_find(p, (size_t)(ue - p), "] [");
	if (!ub || strncmp(p, "[pid ", 5) != 0)
		return -1;
	ev->user = (struct log_str){ub + 3, (size_t)(ue - ub - 3)};
	const char *ip = cl + 10;
	const char *ipe = memchr(ip, '"', (size_t)(e - ip));
	if (!ipe)
		return -1;
	ev->client = (struct log_str){ip, (size_t)(ipe - ip)};
	log_ip_trim(&ev->client);
	if (!log_is_ip(ev->client.p, ev->client.n))
		return -1;
	ev->proto = "ftp";
	if (vn == 5 && !strncmp(verb, "LOGIN", 5)) {
		ev->type = ok ? LOG_EV_LOGIN : LOG_EV_LOGIN_FAIL;
		return 1;
	}
	enum log_ev_type t = LOG_EV_NONE;
	if (vn == 6 && !strncmp(verb, "UPLOAD", 6))
		t = LOG_EV_UPLOAD;
	else if (vn == 8 && !strncmp(verb, "DOWNLOAD", 8))
		t = LOG_EV_DOWNLOAD;
	else if (vn == 6 && !strncmp(verb, "DELETE", 6))
		t = LOG_EV_DELETE;
	else if (vn == 6 && !strncmp(verb, "RENAME", 6))
		t = LOG_EV_UPLOAD; /* the new name is a file that appeared */
	if (t == LOG_EV_NONE || !ok)
		return 0;
	/* , "/path"[, N bytes] — the path is quoted as written, may hold '"' */
	const char *fp = ipe + 1;
	if (e - fp < 4 || strncmp(fp, ", \"", 3) != 0)
		return -1;
	fp += 3;
	const char *fe = NULL;
	const char *bytes = log_find(fp, (size_t)(e - fp), " bytes, ");
	if (t == LOG_EV_UPLOAD || t == LOG_EV_DOWNLOAD) {
		if (bytes) {
			/* the quote before ", N bytes" */
			const char *x = bytes;
			while (x > fp && x[-1] >= '0' && x[-1] <= '9')
				x--;
			if (x - fp >= 3 && x[-1] == ' ' && x[-2] == ',' && x[-3] == '"') {
				fe = x - 3;
				ev->bytes = num(x, (size_t)(bytes - x));
			}
		}
		if (!fe && t == LOG_EV_UPLOAD && e[-1] == '"')
			fe = e - 1; /* RENAME: "old new" */
	} else if (e[-1] == '"') {
		fe = e - 1;
	}
	if (!fe || fe < fp)
		return -1;
	ev->path = (struct log_str){fp, (size_t)(fe - fp)};
	if (vn == 6 && !strncmp(verb, "RENAME", 6)) {
		/* "old new": vsftpd separates them by one space; take the last word */
		const char *sp = NULL;
		for (const char *x = fe; x > fp; x--)
			if (x[-1] == ' ') {
				sp = x;
				break;
			}
		if (!sp)
			return -1;
		ev->path = (struct log_str){sp, (size_t)(fe - sp)};
	}
	ev->type = t;
	return 1;
}

static int xferlog_parse(void *state, struct log_clock *clk, const char *line, size_t len,
                         struct log_event *ev)
{
	(void)state;
	if (len < 26)
		return 0;
	if (!log_time_ctime(clk, line, len, &ev->time))
		return 0; /* not a transfer log line */
	const char *p = line + 25, *e = line + len;
	if (line[24] != ' ')
		return -1;
	if (*p == '[')
		return parse_vsftpd(p, e, ev);
	return parse_std(p, e, ev);
}

static const char *const xferlog_paths[] = {
    "/var/log/vsftpd.log",
    "/var/log/xferlog",
    "/var/log/proftpd/xferlog",
    "/var/log/proftpd/xferlog.log",
    NULL,
};

const struct log_backend log_xferlog = {
    .name = "xferlog",
    .family = LOG_FAM_FTP,
    .paths = xferlog_paths,
    .parse = xferlog_parse,
};
