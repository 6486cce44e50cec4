/* SSH logins and SFTP transfers from auth.log / secure (syslog):
 *
 *   sshd[812]: Accepted publickey for alice from 203.0.113.9 port 50522 ssh2: ED25519 SHA256:...
 *   sshd[812]: Accepted password for alice from 203.0.113.9 port 50522 ssh2
 *   sshd[812]: Failed password for [invalid user ]alice from 203.0.113.9 port 50522 ssh2
 *   sshd[812]: Invalid user bob from 203.0.113.9 port 50522
 *
 * SFTP (internal-sftp or sftp-server with -l INFO) logs from the session
 * process, tagged "internal-sftp" (OpenSSH 9 on Debian 12, seen in the
 * integration test), "sftp-server", or "sshd" on older versions:
 *
 *   internal-sftp[815]: session opened for local user alice from [203.0.113.9]
 *   sshd[815]: open "/home/alice/x.php" flags WRITE,CREATE,TRUNCATE mode 0644
 *   sshd[815]: close "/home/alice/x.php" bytes read 0 written 42
 *   sshd[815]: rename old "/home/alice/x.txt" new "/home/alice/x.php"
 *   sshd[815]: remove name "/home/alice/x.php"
 *
 * The open/rename lines carry no user: the parser state maps the session
 * pid to the user and client of its "session opened" line (a small fixed
 * table; the oldest entry is reused). Paths are as the SFTP server saw
 * them: inside a ChrootDirectory they are relative to it. */
#include "logs/logs.h"

#include <string.h>

#define SSHD_SESSIONS 64
#define SSHD_NAME     64

struct sshd_session {
	long pid;
	char user[SSHD_NAME];
	char client[48];
	unsigned char ulen, clen;
};

struct sshd_state {
	struct sshd_session s[SSHD_SESSIONS];
	unsigned next;
};

static bool starts(const char *p, const char *e, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(e - p) >= n && !memcmp(p, lit, n);
}

/* "USER from IP port N": user may hold spaces ("invalid user x y"), so the
 * last " from " is taken; IP up to the next space. */
static bool user_from(const char *p, const char *e, struct log_event *ev)
{
	const char *f = NULL;
	for (const char *x = p; (x = log_find(x, (size_t)(e - x), " from "));)
		f = x++;
	if (!f)
		return false;
	ev->user = (struct log_str){p, (size_t)(f - p)};
	const char *ip = f + 6;
	const char *ie = memchr(ip, ' ', (size_t)(e - ip));
	if (!ie)
		ie = e;
	ev->client = (struct log_str){ip, (size_t)(ie - ip)};
	log_ip_trim(&ev->client);
	return log_is_ip(ev->client.p, ev->client.n);
}

static struct sshd_session *session_of(struct sshd_state *st, long pid)
{
	for (int i = 0; i < SSHD_SESSIONS; i++)
		if (st->s[i].pid == pid && pid > 0)
			return &st->s[i];
	return NULL;
}

/* A quoted path: "..." (sftp-server writes the name as given, with no
 * escaping: the closing quote is the last one before `stop`). */
static bool quoted(const char *p, const char *e, const char *stop_lit, struct log_str *out,
                   const char **after)
{
	if (p >= e || *p != '"')
		return false;
	const char *stop = stop_lit ? log_find(p + 1, (size_t)(e - p - 1), stop_lit) : NULL;
	const char *q = stop;
	for (const char *x = e; !q && x > p + 1; x--)
		if (x[-1] == '"')
			q = x - 1;
	if (!q)
		return false;
	out->p = p + 1;
	out->n = (size_t)(q - p - 1);
	*after = q + 1;
	return true;
}

static int sftp_line(struct sshd_state *st, long pid, const char *p, const char *e,
                     struct log_event *ev)
{
	struct sshd_session *s = session_of(st, pid);
	const char *after;
	if (starts(p, e, "open ")) {
		struct log_str path;
		if (!quoted(p + 5, e, "\" flags ", &path, &after))
			return -1;
		const char *fl = log_find(after, (size_t)(e - after), "flags ");
		if (!fl)
			return -1;
		const char *fe = memchr(fl + 6, ' ', (size_t)(e - fl - 6));
		if (!fe)
			fe = e;
		if (!log_find(fl + 6, (size_t)(fe - fl - 6), "WRITE"))
			return 0; /* a read: of no interest */
		ev->type = LOG_EV_UPLOAD;
		ev->path = path;
		ev->detail = (struct log_str){fl + 6, (size_t)(fe - fl - 6)};
	} else if (starts(p, e, "rename old ")) {
		struct log_str oldp, newp;
		if (!quoted(p + 11, e, "\" new \"", &oldp, &after) || !starts(after, e, " new ") ||
		    !quoted(after + 5, e, NULL, &newp, &after))
			return -1;
		ev->type = LOG_EV_UPLOAD; /* a new name appeared */
		ev->path = newp;
		ev->detail = (struct log_str){"rename", 6};
	} else if (starts(p, e, "remove name ")) {
		if (!quoted(p + 12, e, NULL, &ev->path, &after))
			return -1;
		ev->type = LOG_EV_DELETE;
	} else {
		return 0;
	}
	ev->proto = "sftp";
	if (s) {
		ev->user = (struct log_str){s->user, s->ulen};
		ev->client = (struct log_str){s->client, s->clen};
	}
	return 1;
}

static int sshd_parse(void *state, struct log_clock *clk, const char *line, size_t len,
                      struct log_event *ev)
{
	struct sshd_state *st = state;
	size_t k = log_time_syslog(clk, line, len, &ev->time);
	if (!k)
		return 0;
	struct log_str host, prog;
	long pid;
	size_t t = log_syslog_tag(line + k, len - k, &host, &prog, &pid);
	if (!t)
		return 0;
	bool sshd = prog.n == 4 && !memcmp(prog.p, "sshd", 4);
	bool sftp = (prog.n == 11 && !memcmp(prog.p, "sftp-server", 11)) ||
	            (prog.n == 13 && !memcmp(prog.p, "internal-sftp", 13));
	if (!sshd && !sftp)
		return 0;
	const char *p = line + k + t, *e = line + len;
	if (starts(p, e, "session opened for local user ")) {
		/* "... user alice from [203.0.113.9]" */
		struct log_event tmp = {0};
		const char *u = p + 30;
		if (!user_from(u, e, &tmp)) {
			/* the client is bracketed here */
			const char *f = log_find(u, (size_t)(e - u), " from [");
			if (!f || e[-1] != ']')
				return -1;
			tmp.user = (struct log_str){u, (size_t)(f - u)};
			tmp.client = (struct log_str){f + 7, (size_t)(e - 1 - (f + 7))};
			log_ip_trim(&tmp.client);
			if (!log_is_ip(tmp.client.p, tmp.client.n))
				return -1;
		}
		if (tmp.user.n >= SSHD_NAME || tmp.client.n >= 48)
			return -1;
		struct sshd_session *s = session_of(st, pid);
		if (!s) {
			s = &st->s[st->next];
			st->next = (st->next + 1) % SSHD_SESSIONS;
		}
		s->pid = pid;
		memcpy(s->user, tmp.user.p, tmp.user.n);
		s->ulen = (unsigned char)tmp.user.n;
		memcpy(s->client, tmp.client.p, tmp.client.n);
		s->clen = (unsigned char)tmp.client.n;
		return 0;
	}
	if (sftp || starts(p, e, "open \"") || starts(p, e, "rename old \"") ||
	    starts(p, e, "remove name \""))
		return sftp_line(st, pid, p, e, ev);
	if (starts(p, e, "Accepted ")) {
		/* "Accepted METHOD for USER from IP port N ssh2..." */
		const char *m = p + 9;
		const char *me = memchr(m, ' ', (size_t)(e - m));
		if (!me || !starts(me, e, " for "))
			return -1;
		ev->method = (struct log_str){m, (size_t)(me - m)};
		if (!user_from(me + 5, e, ev))
			return -1;
		ev->type = LOG_EV_LOGIN;
		ev->proto = "ssh";
		return 1;
	}
	if (starts(p, e, "Failed ")) {
		const char *m = p + 7;
		const char *me = memchr(m, ' ', (size_t)(e - m));
		if (!me || !starts(me, e, " for "))
			return 0; /* "Failed to ..." */
		ev->method = (struct log_str){m, (size_t)(me - m)};
		const char *u = me + 5;
		if (starts(u, e, "invalid user "))
			u += 13;
		if (!user_from(u, e, ev))
			return -1;
		ev->type = LOG_EV_LOGIN_FAIL;
		ev->proto = "ssh";
		return 1;
	}
	if (starts(p, e, "Invalid user ")) {
		if (!user_from(p + 13, e, ev))
			return -1;
		ev->type = LOG_EV_LOGIN_FAIL;
		ev->proto = "ssh";
		return 1;
	}
	return 0;
}

static const char *const sshd_paths[] = {"/var/log/auth.log", "/var/log/secure", NULL};

const struct log_backend log_sshd = {
    .name = "sshd",
    .family = LOG_FAM_SSH,
    .paths = sshd_paths,
    .state_size = sizeof(struct sshd_state),
    .parse = sshd_parse,
};
