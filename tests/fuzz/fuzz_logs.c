/* libFuzzer harness: the log line parsers (agent/logs/log_*.c) and the time
 * stamp, syslog tag and address helpers they use (logs/logs.c). Every field
 * of a log line can be the attacker's: the request line and User-Agent of a
 * web log, an FTP file name, an SSH user name.
 *
 * The input is a log; each line (as the reader hands it over: no newline,
 * NUL-terminated, in a buffer of exactly that size so that ASan sees any
 * read past it) goes to every backend, each with its own per-file state
 * kept across the lines of one input (the sshd sessions). What a backend
 * returns must keep the interface's promises (logs/logs.h): 1, 0 or -1,
 * an event has a type, and its strings can be read for their whole length
 * (they point into the line, the backend's state or static text).
 * The mail log's own line parser (logs/log_mail.c, which the SASL
 * statistics use directly) and the address parser (netaddr.c) run on each
 * line too: fixed-size fields stay NUL-terminated, and an address that
 * parses prints as text that parses back to the same address. */
#include "logs/log_mail.h"
#include "logs/logs.h"
#include "netaddr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const struct log_backend *bes[8];
static size_t nbes;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	bes[nbes++] = &log_web;
	bes[nbes++] = &log_xferlog;
	bes[nbes++] = &log_pureftpd;
	bes[nbes++] = &log_sshd;
	if (&log_mail) /* log_mail.c, once it is in the build */
		bes[nbes++] = &log_mail;
	return 0;
}

static bool within(const char *p, size_t n, const char *lo, size_t len)
{
	return p >= lo && n <= len && (size_t)(p - lo) <= len - n;
}

/* An event string is readable for its whole length: ASan checks the bytes
 * wherever they are (the line, the backend's state, a static "rename"), so
 * a length running past the line, or a pointer into a freed or stale
 * buffer, is reported here. */
static void check_str(struct log_str s)
{
	if (s.n == 0)
		return;
	if (!s.p)
		abort();
	volatile unsigned char sum = 0;
	for (size_t i = 0; i < s.n; i++)
		sum += (unsigned char)s.p[i];
	(void)sum;
}

static void one_line(struct log_clock *clk, void **states, const char *p, size_t n)
{
	char *line = malloc(n + 1);
	memcpy(line, p, n);
	line[n] = '\0';
	for (size_t i = 0; i < nbes; i++) {
		struct log_event ev;
		memset(&ev, 0, sizeof(ev));
		int rc = bes[i]->parse(states[i], clk, line, n, &ev);
		if (rc < -1 || rc > 1)
			abort();
		if (rc != 1)
			continue;
		const struct log_str strs[] = {ev.client, ev.user,   ev.path,
		                               ev.vhost,  ev.method, ev.detail};
		for (size_t k = 0; k < sizeof(strs) / sizeof(strs[0]); k++)
			check_str(strs[k]);
		if (ev.type == LOG_EV_NONE)
			abort(); /* an event with no type */
	}
	/* the helpers on their own, on any bytes */
	time_t t;
	(void)log_time_clf(line, n, &t);
	(void)log_time_syslog(clk, line, n, &t);
	(void)log_time_ctime(clk, line, n, &t);
	struct log_str host, prog;
	long pid;
	size_t k = log_syslog_tag(line, n, &host, &prog, &pid);
	if (k > n)
		abort();
	struct log_str ip = {line, n};
	if (log_is_ip(line, n)) {
		log_ip_trim(&ip);
		if (!within(ip.p, ip.n, line, n) || !log_is_ip(ip.p, ip.n))
			abort(); /* trimming an address gives an address */
	}
	struct maillog_event me;
	int mrc = maillog_parse_line(line, n, clk->now, &me);
	if (mrc < -1 || mrc > 1)
		abort();
	if (mrc == 1 &&
	    (!memchr(me.user, '\0', sizeof(me.user)) || !memchr(me.mech, '\0', sizeof(me.mech)) ||
	     !memchr(me.qid, '\0', sizeof(me.qid))))
		abort();
	struct netaddr a, b;
	if (netaddr_parse_host(line, n, &a)) {
		char txt[NETADDR_STRLEN];
		netaddr_format(&a, txt, sizeof(txt));
		if (!netaddr_parse(txt, &b) || !netaddr_equal(&a, &b))
			abort(); /* the printed address is not the one parsed */
		struct netaddr net;
		netaddr_network(&a, &net);
		if (!netaddr_contains(&net, &a))
			abort();
	}
	free(line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct log_clock clk;
	log_clock_init(&clk, 1700000000); /* fixed: 2023-11-14 */
	void *states[8] = {0};
	for (size_t i = 0; i < nbes; i++)
		states[i] = bes[i]->state_size ? calloc(1, bes[i]->state_size) : NULL;
	const char *p = (const char *)data, *end = p + size;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		one_line(&clk, states, p, (size_t)(le - p));
		p = le + 1;
	}
	for (size_t i = 0; i < nbes; i++) {
		if (states[i] && bes[i]->state_free)
			bes[i]->state_free(states[i]);
		free(states[i]);
	}
	return 0;
}
