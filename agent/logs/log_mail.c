/* Mail-log lines to events (log_mail.h). Every search is bounded by the
 * line's length (memmem, memchr), every copy by its destination, so the
 * cost of a line is linear in its length and nothing reads past it.
 *
 * Forged fields: the parts of a line an SMTP client chooses (the HELO, the
 * envelope sender, a Message-ID, an exim subject) come before or after the
 * fields taken here, so each field is taken where its MTA puts it: the
 * LAST relay= and proto= of a sendmail from= line (the msgid comes
 * earlier), exim's A= only between its P= and S= fields with quoted and
 * parenthesized parts of the line skipped, postfix's client= only at the
 * start of the message after the queue id. */
#include "logs/log_mail.h"
#include "logs/logs.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *mfind(const char *h, size_t hl, const char *needle)
{
	return memmem(h, hl, needle, strlen(needle));
}

static bool starts(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);
	return len >= n && !memcmp(s, p, n);
}

/* Copy a field; false when it holds a byte no login or id can hold
 * (controls, NUL) or is empty. */
static bool copy_field(char *dst, size_t cap, const char *s, size_t len, bool *cut)
{
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	if (!len)
		return false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return false;
	bool c = len > cap - 1;
	if (c)
		len = cap - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
	if (cut)
		*cut = c;
	return true;
}

/* A queue id: letters, digits, '-' (exim), of a sane length. */
static size_t qid_len(const char *s, size_t len)
{
	size_t k = 0;
	while (k < len && k < 40 && (isalnum((unsigned char)s[k]) || s[k] == '-'))
		k++;
	return k >= 5 && k < 40 ? k : 0;
}

static int num(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "HH:MM:SS" */
static bool hms(const char *s, struct tm *tm)
{
	if (s[2] != ':' || s[5] != ':')
		return false;
	tm->tm_hour = num(s, 2);
	tm->tm_min = num(s + 3, 2);
	tm->tm_sec = num(s + 6, 2);
	return tm->tm_hour >= 0 && tm->tm_hour < 24 && tm->tm_min >= 0 && tm->tm_min < 60 &&
	       tm->tm_sec >= 0 && tm->tm_sec <= 60;
}

/* "YYYY-MM-DD" */
static bool ymd(const char *s, struct tm *tm)
{
	if (s[4] != '-' || s[7] != '-')
		return false;
	int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
	if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	tm->tm_year = y - 1900;
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	return true;
}

bool maillog_syslog_split(const char *line, size_t len, time_t now, time_t *when, const char **prog,
                          size_t *proglen, long *pid, const char **msg, size_t *msglen)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	struct tm tm = {0};
	size_t p;
	*when = 0;
	if (len > 16 && line[3] == ' ' && line[6] == ' ') {
		/* "Dec  1 19:52:26 host prog[pid]: msg" (local time, no year) */
		const char *m = NULL;
		for (int i = 0; i < 12 && !m; i++)
			if (!memcmp(line, months + 3 * i, 3))
				m = months + 3 * i;
		if (!m)
			return false;
		tm.tm_mon = (int)(m - months) / 3;
		tm.tm_mday = line[4] == ' ' ? num(line + 5, 1) : num(line + 4, 2);
		if (tm.tm_mday < 1 || !hms(line + 7, &tm) || line[15] != ' ')
			return false;
		struct tm nt;
		localtime_r(&now, &nt);
		tm.tm_year = nt.tm_year;
		tm.tm_isdst = -1;
		time_t t = mktime(&tm);
		if (t > now + 86400) { /* December's lines read in January */
			tm.tm_year--;
			tm.tm_isdst = -1;
			t = mktime(&tm);
		}
		*when = t;
		p = 16;
	} else if (len > 26 && line[10] == 'T' && ymd(line, &tm) && hms(line + 11, &tm)) {
		/* "2026-12-01T19:52:26.123456+00:00 host prog[pid]: msg" */
		p = 19;
		if (line[p] == '.')
			for (p++; p < len && p < 40 && isdigit((unsigned char)line[p]); p++)
				;
		long off = 0;
		if (p < len && line[p] == 'Z') {
			p++;
		} else if (p + 6 <= len && (line[p] == '+' || line[p] == '-') &&
		           line[p + 3] == ':') {
			int h = num(line + p + 1, 2), mi = num(line + p + 4, 2);
			if (h < 0 || mi < 0)
				return false;
			off = (h * 3600L + mi * 60L) * (line[p] == '-' ? -1 : 1);
			p += 6;
		} else {
			return false;
		}
		if (p >= len || line[p] != ' ')
			return false;
		*when = timegm(&tm) - off;
		p++;
	} else {
		return false;
	}
	/* host */
	const char *h = line + p, *end = line + len;
	const char *sp = memchr(h, ' ', (size_t)(end - h));
	if (!sp || sp == h)
		return false;
	/* prog[pid]: or prog: */
	const char *pr = sp + 1;
	const char *colon = memchr(pr, ':', (size_t)(end - pr));
	if (!colon || colon + 1 >= end || colon[1] != ' ')
		return false;
	const char *br = memchr(pr, '[', (size_t)(colon - pr));
	*pid = -1;
	if (br) {
		if (colon[-1] != ']')
			return false;
		char *e;
		long v = strtol(br + 1, &e, 10);
		if (e != colon - 1 || v < 0)
			return false;
		*pid = v;
	}
	*prog = pr;
	*proglen = (size_t)((br ? br : colon) - pr);
	if (!*proglen || memchr(pr, ' ', *proglen))
		return false;
	*msg = colon + 2;
	*msglen = (size_t)(end - *msg);
	return true;
}

/* NAME[IP] starting at s: the address inside the brackets. */
static bool bracket_ip(const char *s, size_t len, struct netaddr *ip, const char **after)
{
	const char *o = memchr(s, '[', len);
	if (!o)
		return false;
	const char *c = memchr(o, ']', len - (size_t)(o - s));
	if (!c || !netaddr_parse_host(o + 1, (size_t)(c - o - 1), ip))
		return false;
	if (after)
		*after = c + 1;
	return true;
}

/* ---- postfix ---- */

int maillog_parse_postfix(const char *msg, size_t len, struct maillog_event *ev)
{
	const char *f;
	ev->mta = "postfix";
	/* failed: "warning: NAME[IP]: SASL MECH authentication failed: REASON" */
	/* searched after "warning: ", whose blank would otherwise match the
	 * one of " authentication failed" in "warning: authentication
	 * failed" and put f before s: a length of (size_t)-1 below, a read
	 * past the line (found by tests/fuzz/fuzz_logs.c; any local user can
	 * log such a line with logger -t postfix/smtpd) */
	if (starts(msg, len, "warning: ") &&
	    (f = mfind(msg + 9, len - 9, " authentication failed"))) {
		const char *s = msg + 9;
		size_t sl = (size_t)(f - s);
		const char *after;
		if (!bracket_ip(s, sl, &ev->ip, &after) || after + 7 > f ||
		    !starts(after, (size_t)(f - after), ": SASL "))
			return mfind(s, sl, "SASL ") ? -1 : 0;
		const char *mech = after + 7;
		copy_field(ev->mech, sizeof(ev->mech), mech, (size_t)(f - mech), NULL);
		ev->type = ML_AUTH_FAIL;
		/* postfix 3.x names the login tried, last on the line */
		const char *u = mfind(f, len - (size_t)(f - msg), ", sasl_username=");
		if (u) {
			u += 16;
			copy_field(ev->user, sizeof(ev->user), u, len - (size_t)(u - msg),
			           &ev->user_cut);
			if (!strcmp(ev->user, "(unavailable)")) /* the auth server went away */
				ev->user[0] = '\0';
		}
		return 1;
	}
	/* accepted: "QID: client=NAME[IP], sasl_method=M, sasl_username=USER" */
	const char *u = mfind(msg, len, "sasl_username=");
	if (!u)
		return 0;
	size_t q = qid_len(msg, len);
	if (!q || !starts(msg + q, len - q, ": client="))
		return -1;
	const char *c = msg + q + 9;
	const char *comma = memchr(c, ',', (size_t)(u - c));
	if (!comma || !bracket_ip(c, (size_t)(comma - c), &ev->ip, NULL))
		return -1;
	memcpy(ev->qid, msg, q);
	ev->qid[q] = '\0';
	const char *m = mfind(c, (size_t)(u - c), "sasl_method=");
	if (m) {
		m += 12;
		const char *e = memchr(m, ',', (size_t)(u - m));
		copy_field(ev->mech, sizeof(ev->mech), m, (size_t)((e ? e : u) - m), NULL);
	}
	u += 14;
	size_t ul = len - (size_t)(u - msg);
	const char *next = mfind(u, ul, ", sasl_sender=");
	if (next)
		ul = (size_t)(next - u);
	if (!copy_field(ev->user, sizeof(ev->user), u, ul, &ev->user_cut))
		return -1;
	ev->type = ML_AUTH;
	ev->message = true;
	return 1;
}

/* ---- exim ---- */

/* Next token of an exim log line: a run without blanks, where "..." (with
 * backslash escapes) and (...) may hold blanks. */
static bool ex_token(const char **pp, const char *end, const char **tok, size_t *tl)
{
	const char *p = *pp;
	while (p < end && *p == ' ')
		p++;
	if (p >= end)
		return false;
	const char *s = p;
	int depth = 0;
	bool quoted = false;
	while (p < end) {
		char c = *p;
		if (quoted) {
			if (c == '\\' && p + 1 < end)
				p++;
			else if (c == '"')
				quoted = false;
		} else if (c == '"') {
			quoted = true;
		} else if (c == '(') {
			depth++;
		} else if (c == ')' && depth) {
			depth--;
		} else if (c == ' ' && !depth) {
			break;
		}
		p++;
	}
	*tok = s;
	*tl = (size_t)(p - s);
	*pp = p;
	return true;
}

int maillog_parse_exim(const char *msg, size_t len, struct maillog_event *ev)
{
	const char *end = msg + len, *f;
	ev->mta = "exim";
	/* "NAME authenticator failed for (HELO) [IP]:PORT: 535 ... (set_id=USER)" */
	if ((f = mfind(msg, len, " authenticator failed for "))) {
		const char *name = msg;
		if (!copy_field(ev->mech, sizeof(ev->mech), name, (size_t)(f - name), NULL) ||
		    memchr(ev->mech, ' ', strlen(ev->mech)))
			return -1;
		const char *s = f + 26;
		/* the address is the first [..] after the HELO's parentheses */
		const char *p = s, *tok;
		size_t tl;
		bool got = false;
		while (!got && ex_token(&p, end, &tok, &tl)) {
			if (starts(tok, tl, "H="))
				tok += 2, tl -= 2;
			if (tl && tok[0] == '[')
				got = bracket_ip(tok, tl, &ev->ip, NULL);
			else if (tl && tok[tl - 1] == ':')
				break; /* "...: 535 ..." : the reason starts */
		}
		if (!got)
			return -1;
		const char *u = mfind(s, (size_t)(end - s), "(set_id=");
		if (u) {
			u += 8;
			const char *close = memrchr(u, ')', (size_t)(end - u));
			if (close)
				copy_field(ev->user, sizeof(ev->user), u, (size_t)(close - u),
				           &ev->user_cut);
		}
		ev->type = ML_AUTH_FAIL;
		return 1;
	}
	/* "QID <= SENDER ... H=... P=PROTO ... A=NAME:ID ... S=SIZE ..." */
	size_t q = qid_len(msg, len);
	if (!q || !starts(msg + q, len - q, " <= "))
		return 0;
	const char *p = msg + q + 4, *tok;
	size_t tl;
	bool seen_p = false, in_h = false, have_ip = false;
	const char *a = NULL;
	size_t al = 0;
	if (!ex_token(&p, end, &tok, &tl)) /* the sender */
		return 0;
	while (ex_token(&p, end, &tok, &tl)) {
		if (starts(tok, tl, "H=")) {
			in_h = true;
			tok += 2;
			tl -= 2;
		} else if (tl > 2 && tok[1] == '=' && isupper((unsigned char)tok[0])) {
			in_h = false;
		} else if (tl > 3 && tok[2] == '=' && isupper((unsigned char)tok[0])) {
			in_h = false; /* CV=, DN= */
		}
		if (in_h && !have_ip && tl && tok[0] == '[')
			have_ip = bracket_ip(tok, tl, &ev->ip, NULL);
		if (starts(tok, tl, "P="))
			seen_p = true;
		else if (seen_p && !a && starts(tok, tl, "A="))
			a = tok + 2, al = tl - 2;
		else if (starts(tok, tl, "S="))
			break; /* nothing exim writes after S= is taken */
	}
	if (!a)
		return 0; /* not an authenticated arrival */
	const char *colon = memchr(a, ':', al);
	if (!colon)
		return 0; /* A=NAME alone: client-side or no id */
	if (!copy_field(ev->mech, sizeof(ev->mech), a, (size_t)(colon - a), NULL) ||
	    !copy_field(ev->user, sizeof(ev->user), colon + 1, al - (size_t)(colon + 1 - a),
	                &ev->user_cut))
		return -1;
	if (ev->user[0] == '"') { /* a quoted id: drop the quotes */
		size_t ul = strlen(ev->user);
		if (ul >= 2 && ev->user[ul - 1] == '"') {
			memmove(ev->user, ev->user + 1, ul - 2);
			ev->user[ul - 2] = '\0';
		}
	}
	if (!have_ip)
		return -1; /* an SMTP AUTH arrival always has a host */
	memcpy(ev->qid, msg, q);
	ev->qid[q] = '\0';
	ev->type = ML_AUTH;
	ev->message = true;
	return 1;
}

/* ---- sendmail ---- */

/* "relay=NAME [IP]" or "relay=[IP]": the last relay= of the message. */
static bool sm_relay(const char *msg, size_t len, struct netaddr *ip)
{
	const char *r = NULL, *p = msg;
	while ((p = mfind(p, len - (size_t)(p - msg), "relay=")))
		r = p, p += 6;
	if (!r)
		return false;
	r += 6;
	size_t rl = len - (size_t)(r - msg);
	const char *comma = memchr(r, ',', rl);
	return bracket_ip(r, comma ? (size_t)(comma - r) : rl, ip, NULL);
}

static const char *sm_field(const char *msg, size_t len, const char *key, size_t *vl)
{
	const char *k = mfind(msg, len, key);
	if (!k)
		return NULL;
	const char *v = k + strlen(key);
	size_t rest = len - (size_t)(v - msg);
	const char *comma = memchr(v, ',', rest);
	*vl = comma ? (size_t)(comma - v) : rest;
	return v;
}

int maillog_parse_sendmail(const char *msg, size_t len, struct maillog_event *ev)
{
	ev->mta = "sendmail";
	size_t q = qid_len(msg, len);
	const char *body = msg;
	size_t bl = len;
	if (q && starts(msg + q, len - q, ": ")) {
		memcpy(ev->qid, msg, q);
		ev->qid[q] = '\0';
		body = msg + q + 2;
		bl = len - q - 2;
	}
	size_t vl;
	const char *v;
	if (starts(body, bl, "AUTH=server,")) {
		if (!sm_relay(body, bl, &ev->ip))
			return -1;
		if (!(v = sm_field(body, bl, " authid=", &vl)) ||
		    !copy_field(ev->user, sizeof(ev->user), v, vl, &ev->user_cut))
			return -1;
		if ((v = sm_field(body, bl, " mech=", &vl)))
			copy_field(ev->mech, sizeof(ev->mech), v, vl, NULL);
		ev->type = ML_AUTH;
		return 1;
	}
	if (starts(body, bl, "AUTH failure (")) {
		const char *close = memchr(body, ')', bl);
		if (close)
			copy_field(ev->mech, sizeof(ev->mech), body + 14,
			           (size_t)(close - body - 14), NULL);
		if (!sm_relay(body, bl, &ev->ip))
			return -1;
		if ((v = sm_field(body, bl, " user=", &vl)))
			copy_field(ev->user, sizeof(ev->user), v, vl, &ev->user_cut);
		ev->type = ML_AUTH_FAIL;
		return 1;
	}
	if (starts(body, bl, "from=") && ev->qid[0]) {
		/* the last proto= (an earlier one may sit in the client's msgid) */
		const char *pr = NULL, *p = body;
		while ((p = mfind(p, bl - (size_t)(p - body), ", proto=")))
			pr = p, p += 8;
		if (!pr)
			return 0;
		pr += 8;
		size_t pl = bl - (size_t)(pr - body);
		const char *comma = memchr(pr, ',', pl);
		if (comma)
			pl = (size_t)(comma - pr);
		/* ESMTPA, ESMTPSA: SMTP AUTH was used in this session */
		if (pl < 5 || pr[pl - 1] != 'A' || !starts(pr, pl, "ESMTP"))
			return 0;
		if (!sm_relay(body, bl, &ev->ip))
			return -1;
		ev->type = ML_MESSAGE;
		ev->message = true;
		return 1;
	}
	return 0;
}

int maillog_parse_line(const char *line, size_t len, time_t now, struct maillog_event *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->pid = -1;
	const char *prog, *msg;
	size_t pl, ml;
	time_t when;
	long pid;
	if (maillog_syslog_split(line, len, now, &when, &prog, &pl, &pid, &msg, &ml)) {
		int rc = 0;
		if (pl >= 7 && !memcmp(prog, "postfix", 7))
			rc = maillog_parse_postfix(msg, ml, ev);
		else if ((pl == 6 && !memcmp(prog, "sm-mta", 6)) ||
		         (pl == 8 && !memcmp(prog, "sendmail", 8)))
			rc = maillog_parse_sendmail(msg, ml, ev);
		else if ((pl == 4 && !memcmp(prog, "exim", 4)) ||
		         (pl == 5 && !memcmp(prog, "exim4", 5)))
			rc = maillog_parse_exim(msg, ml, ev);
		if (rc <= 0) {
			int keep = rc;
			memset(ev, 0, sizeof(*ev));
			ev->pid = -1;
			return keep;
		}
		ev->when = when;
		ev->pid = pid;
		return 1;
	}
	/* exim's main log: "2026-12-01 19:52:26[.mmm][ +0100][ [pid]] ..." */
	struct tm tm = {0};
	if (len < 21 || line[10] != ' ' || !ymd(line, &tm) || !hms(line + 11, &tm))
		return 0;
	size_t p = 19;
	if (p < len && line[p] == '.')
		for (p++; p < len && p < 24 && isdigit((unsigned char)line[p]); p++)
			;
	long off = 0;
	bool tz = false;
	if (p + 6 <= len && line[p] == ' ' && (line[p + 1] == '+' || line[p + 1] == '-') &&
	    num(line + p + 2, 4) >= 0) {
		int v = num(line + p + 2, 4);
		off = ((v / 100) * 3600L + (v % 100) * 60L) * (line[p + 1] == '-' ? -1 : 1);
		tz = true;
		p += 6;
	}
	if (p >= len || line[p] != ' ')
		return 0;
	p++;
	pid = -1;
	if (p < len && line[p] == '[') {
		char *e;
		const char *close = memchr(line + p, ']', len - p);
		if (!close || close + 1 >= line + len || close[1] != ' ')
			return 0;
		pid = strtol(line + p + 1, &e, 10); /* stops at the ']' at the latest */
		if (e != close)
			return 0;
		p = (size_t)(close + 2 - line);
	}
	int rc = maillog_parse_exim(line + p, len - p, ev);
	if (rc <= 0) {
		memset(ev, 0, sizeof(*ev));
		ev->pid = -1;
		return rc;
	}
	if (tz) {
		ev->when = timegm(&tm) - off;
	} else {
		tm.tm_isdst = -1;
		ev->when = mktime(&tm);
	}
	ev->pid = pid;
	return 1;
}

/* ---- the backend of the log layer (logs/logs.h) ---- */

/* Per file: the strings of the current event (a log_event points into
 * them during the callback), and sendmail's sessions: the pid of an
 * smtpd child that logged AUTH=server, with its login, so that the
 * session's from= lines name their user. A small ring: a session's lines
 * are close together, and a pid not found is a message not counted. */
#define ML_SESSIONS 256
struct ml_state {
	char ip[NETADDR_STRLEN];
	struct maillog_event ev;
	struct {
		long pid;
		char user[MAILLOG_USER_MAX];
	} sess[ML_SESSIONS];
	unsigned next;
};

static void set_str(struct log_str *s, const char *p)
{
	s->p = p;
	s->n = strlen(p);
}

static int ml_parse(void *state, struct log_clock *clk, const char *line, size_t len,
                    struct log_event *out)
{
	struct ml_state *s = state;
	struct maillog_event *ev = &s->ev;
	int rc = maillog_parse_line(line, len, clk->now, ev);
	if (rc <= 0)
		return rc;
	memset(out, 0, sizeof(*out));
	out->time = ev->when;
	out->proto = "smtp";
	if (ev->type == ML_AUTH && !ev->message && ev->pid >= 0) {
		/* sendmail: remember the session */
		unsigned k = s->next++ % ML_SESSIONS;
		s->sess[k].pid = ev->pid;
		memcpy(s->sess[k].user, ev->user, sizeof(ev->user));
	} else if (ev->type == ML_MESSAGE) {
		const char *u = NULL;
		for (unsigned i = 0; i < ML_SESSIONS && !u; i++) {
			unsigned k = (s->next - 1 - i) % ML_SESSIONS;
			if (s->sess[k].pid == ev->pid && ev->pid >= 0 && s->sess[k].user[0])
				u = s->sess[k].user;
		}
		if (!u)
			return 0; /* its AUTH line was before what is read */
		memcpy(ev->user, u, sizeof(ev->user));
	}
	out->type = ev->type == ML_AUTH_FAIL ? LOG_EV_LOGIN_FAIL
	            : ev->message            ? LOG_EV_MESSAGE
	                                     : LOG_EV_LOGIN;
	netaddr_format(&ev->ip, s->ip, sizeof(s->ip));
	set_str(&out->client, s->ip);
	set_str(&out->user, ev->user);
	set_str(&out->method, ev->mech);
	set_str(&out->detail, ev->qid);
	return 1;
}

static const char *const ml_paths[] = {"/var/log/mail.log",      "/var/log/maillog",
                                       "/var/log/exim4/mainlog", "/var/log/exim_mainlog",
                                       "/var/log/exim/main.log", NULL};

const struct log_backend log_mail = {
    .name = "mail",
    .family = LOG_FAM_MAIL,
    .paths = ml_paths,
    .state_size = sizeof(struct ml_state),
    .parse = ml_parse,
};
