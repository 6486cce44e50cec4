/* Mail-log line parsers (postfix, exim, sendmail) and the address helpers
 * they use: real line shapes, then hostile ones (forged fields, NULs,
 * 10 MB lines, every prefix of a valid line in an exact-size buffer so that
 * ASan sees any read past the end). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "logs/log_mail.h"
#include "netaddr.h"

static time_t NOW;

static int parse(const char *line, struct maillog_event *ev)
{
	/* an exact-size heap copy without a NUL: any over-read is ASan's */
	size_t n = strlen(line);
	char *b = malloc(n ? n : 1);
	memcpy(b, line, n);
	int rc = maillog_parse_line(b, n, NOW, ev);
	free(b);
	return rc;
}

static const char *ip(const struct maillog_event *ev)
{
	static char buf[NETADDR_STRLEN];
	netaddr_format(&ev->ip, buf, sizeof(buf));
	return buf;
}

static void test_netaddr(void **state)
{
	(void)state;
	struct netaddr a, n;
	char b[NETADDR_STRLEN];
	assert_true(netaddr_parse("203.0.113.7", &a));
	assert_int_equal(a.family, AF_INET);
	assert_true(netaddr_parse("10.1.2.3/8", &n));
	netaddr_format(&n, b, sizeof(b));
	assert_string_equal(b, "10.0.0.0/8");
	assert_true(netaddr_parse("10.200.0.1", &a));
	assert_true(netaddr_contains(&n, &a));
	assert_true(netaddr_parse("11.0.0.1", &a));
	assert_false(netaddr_contains(&n, &a));
	assert_true(netaddr_parse("::ffff:192.0.2.1", &a)); /* mapped: the IPv4 client */
	netaddr_format(&a, b, sizeof(b));
	assert_string_equal(b, "192.0.2.1");
	assert_true(netaddr_parse("2001:db8::1/32", &n));
	netaddr_format(&n, b, sizeof(b));
	assert_string_equal(b, "2001:db8::/32");
	assert_true(netaddr_parse("2001:db8:ffff::9", &a));
	assert_true(netaddr_contains(&n, &a));
	assert_false(netaddr_parse("10.0.0.0/33", &n));
	assert_false(netaddr_parse("10.0.0.0/", &n));
	assert_false(netaddr_parse("10.0.0.0/-1", &n));
	assert_false(netaddr_parse("1.2.3", &n));
	assert_false(netaddr_parse("", &n));
	assert_false(netaddr_parse("1.2.3.4 ", &n));
	/* network of a client: /16 and /32 */
	assert_true(netaddr_parse("198.51.100.77", &a));
	netaddr_network(&a, &n);
	netaddr_format(&n, b, sizeof(b));
	assert_string_equal(b, "198.51.0.0/16");
	assert_true(netaddr_parse("2001:db8:1:2::3", &a));
	netaddr_network(&a, &n);
	netaddr_format(&n, b, sizeof(b));
	assert_string_equal(b, "2001:db8::/32");
	/* decorated addresses in logs and queue files */
	const char *good[][2] = {
	    {"[203.0.113.7]", "203.0.113.7"},
	    {"203.0.113.7:587", "203.0.113.7"},
	    {"203.0.113.7.587", "203.0.113.7"},
	    {"[2001:db8::1]:587", "2001:db8::1"},
	    {"2001:db8::1.587", "2001:db8::1"},
	    {" 192.0.2.1 ", "192.0.2.1"},
	    {"::1", "::1"},
	};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_true(netaddr_parse_host(good[i][0], strlen(good[i][0]), &a));
		netaddr_format(&a, b, sizeof(b));
		assert_string_equal(b, good[i][1]);
	}
	const char *bad[] = {"",          "[",        "[1.2.3.4", "1.2.3.4:99999999", "host",
	                     "1.2.3.4/8", "1.2.3.4:", "[]",       "1.2.3.4.5.6"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(netaddr_parse_host(bad[i], strlen(bad[i]), &a));
	/* an embedded NUL does not end the field early: the whole field is
	 * not an address */
	assert_false(netaddr_parse_host("1.2.3.4\0garbage", 15, &a));
	assert_false(netaddr_parse_host("[1.2.3.4\0]", 10, &a));
	assert_true(netaddr_parse("127.8.9.10", &a));
	assert_true(netaddr_is_loopback(&a));
	assert_true(netaddr_parse("0.0.0.0", &a));
	assert_true(netaddr_is_unusable(&a));
	assert_true(netaddr_parse("224.0.0.1", &a));
	assert_true(netaddr_is_unusable(&a));
	assert_true(netaddr_parse("8.8.8.8", &a));
	assert_false(netaddr_is_unusable(&a) || netaddr_is_loopback(&a));
}

static void test_syslog_time(void **state)
{
	(void)state;
	time_t when;
	const char *prog, *msg;
	size_t pl, ml;
	long pid;
	const char *l = "2026-12-01T19:52:26.123456+01:00 mx postfix/smtpd[42]: hello";
	assert_true(maillog_syslog_split(l, strlen(l), NOW, &when, &prog, &pl, &pid, &msg, &ml));
	assert_int_equal(when, 1796154746 - 3600);
	assert_int_equal(pid, 42);
	assert_int_equal(pl, 13);
	assert_memory_equal(prog, "postfix/smtpd", 13);
	assert_int_equal(ml, 5);
	/* traditional: the year is the reading's, or the one before for a
	 * date ahead of now */
	struct tm tm;
	localtime_r(&NOW, &tm);
	l = "Dec 31 23:59:59 mx sm-mta[7]: x";
	assert_true(maillog_syslog_split(l, strlen(l), NOW, &when, &prog, &pl, &pid, &msg, &ml));
	assert_true(when <= NOW + 86400 && when > NOW - 366 * 86400);
	l = "Jan  2 03:04:05 mx exim[7]: x";
	assert_true(maillog_syslog_split(l, strlen(l), NOW, &when, &prog, &pl, &pid, &msg, &ml));
	localtime_r(&when, &tm);
	assert_int_equal(tm.tm_mday, 2);
	assert_int_equal(tm.tm_hour, 3);
	const char *notsys[] = {"Foo  1 19:52:26 mx p[1]: x",     "Dec  1 19:52:26 mx p[1] x",
	                        "Dec  1 19:52:26 mx p[x]: x",     "Dec  1 99:52:26 mx p[1]: x",
	                        "2026-12-01T19:52:26 mx p[1]: x", "Dec  1 19:52:26 mx"};
	for (size_t i = 0; i < sizeof(notsys) / sizeof(notsys[0]); i++)
		assert_false(maillog_syslog_split(notsys[i], strlen(notsys[i]), NOW, &when, &prog,
		                                  &pl, &pid, &msg, &ml));
}

static void test_postfix(void **state)
{
	(void)state;
	struct maillog_event ev;
	assert_int_equal(parse("Dec  1 19:52:26 mx postfix/submission/smtpd[4242]: 4Fk2Xq1abcz9v: "
	                       "client=unknown[203.0.113.7]:51234, sasl_method=PLAIN, "
	                       "sasl_username=alice@example.com",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH);
	assert_true(ev.message);
	assert_string_equal(ev.mta, "postfix");
	assert_string_equal(ev.user, "alice@example.com");
	assert_string_equal(ev.qid, "4Fk2Xq1abcz9v");
	assert_string_equal(ev.mech, "PLAIN");
	assert_string_equal(ip(&ev), "203.0.113.7");
	assert_int_equal(ev.pid, 4242);
	assert_true(ev.when > 0);
	assert_int_equal(parse("2026-12-01T19:52:26.1+00:00 mx postfix/smtpd[9]: A1B2C3D4E5: "
	                       "client=mail.example.net[2001:db8::25], sasl_method=LOGIN, "
	                       "sasl_username=bob, sasl_sender=other@example.net",
	                       &ev),
	                 1);
	assert_string_equal(ev.user, "bob");
	assert_string_equal(ip(&ev), "2001:db8::25");
	assert_int_equal(ev.when, 1796154746);
	/* failures, with and without the login tried */
	assert_int_equal(parse("Dec  1 19:52:27 mx postfix/submission/smtpd[4243]: warning: "
	                       "unknown[198.51.100.9]: SASL LOGIN authentication failed: "
	                       "UGFzc3dvcmQ6, sasl_username=bob@example.com",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH_FAIL);
	assert_string_equal(ev.mech, "LOGIN");
	assert_string_equal(ev.user, "bob@example.com");
	assert_string_equal(ip(&ev), "198.51.100.9");
	assert_int_equal(parse("Dec  1 19:52:27 mx postfix/smtpd[1]: warning: "
	                       "host.example[192.0.2.5]: SASL PLAIN authentication failed: ",
	                       &ev),
	                 1);
	assert_string_equal(ev.user, "");
	assert_string_equal(ev.mech, "PLAIN");
	/* seen from postfix 3.7 when dovecot drops the connection */
	assert_int_equal(parse("Dec 01 20:21:33 hs-test postfix/submission/smtpd[9788]: warning: "
	                       "unknown[127.9.0.1]: SASL LOGIN authentication failed: Connection "
	                       "lost to authentication server, sasl_username=(unavailable)",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH_FAIL);
	assert_string_equal(ev.user, "");
	assert_string_equal(ip(&ev), "127.9.0.1");
	/* not ours */
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx postfix/smtpd[1]: connect from unknown[1.2.3.4]", &ev), 0);
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx postfix/qmgr[1]: 4AB12: from=<a@b>, size=1", &ev), 0);
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx dovecot[1]: sasl_username=x client=[1.2.3.4]", &ev), 0);
	/* ours but broken: no client address, no queue id, empty user */
	assert_int_equal(parse("Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: client=unknown, "
	                       "sasl_method=PLAIN, sasl_username=alice",
	                       &ev),
	                 -1);
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx postfix/smtpd[1]: hello sasl_username=alice", &ev), -1);
	assert_int_equal(parse("Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: "
	                       "client=x[1.2.3.4], sasl_username=",
	                       &ev),
	                 -1);
	assert_int_equal(parse("Dec  1 19:52:26 mx postfix/smtpd[1]: warning: x[999.1.1.1]: SASL "
	                       "LOGIN authentication failed: x",
	                       &ev),
	                 -1);
	/* a user with a control byte is no login */
	char l[] = "Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: client=x[1.2.3.4], "
	           "sasl_username=al\001ice";
	assert_int_equal(parse(l, &ev), -1);
	assert_int_equal(ev.type, ML_NONE);
}

static void test_exim(void **state)
{
	(void)state;
	struct maillog_event ev;
	assert_int_equal(parse("2026-12-01 19:52:26 1tHxyz-000Abc-7Q <= alice@example.com "
	                       "H=(laptop) [203.0.113.7]:50123 P=esmtpsa "
	                       "X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no "
	                       "A=dovecot_login:alice@example.com S=1234 id=abc@laptop T=\"hi\"",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH);
	assert_true(ev.message);
	assert_string_equal(ev.mta, "exim");
	assert_string_equal(ev.user, "alice@example.com");
	assert_string_equal(ev.mech, "dovecot_login");
	assert_string_equal(ev.qid, "1tHxyz-000Abc-7Q");
	assert_string_equal(ip(&ev), "203.0.113.7");
	assert_true(ev.when > 0);
	/* pid and time zone selectors, a host name before the address, A=plain */
	assert_int_equal(parse("2026-12-01 19:52:27.123 +0100 [4711] 1tHxyz-000Abd-7Q <= b@x.test "
	                       "H=mail.example.net (helo) [198.51.100.2] P=esmtpa A=plain:bob "
	                       "S=999",
	                       &ev),
	                 1);
	assert_string_equal(ev.user, "bob");
	assert_string_equal(ev.mech, "plain");
	assert_int_equal(ev.pid, 4711);
	assert_int_equal(ev.when, 1796154746 + 1 - 3600);
	/* through syslog: no date of exim's own */
	assert_int_equal(parse("Dec  1 19:52:26 mx exim[88]: 1tHxyz-000Abe-7Q <= c@x.test "
	                       "H=(c) [192.0.2.3] P=esmtpa A=login_server:carol S=1",
	                       &ev),
	                 1);
	assert_string_equal(ev.user, "carol");
	/* failures, both forms */
	assert_int_equal(parse("2026-12-01 19:52:28 dovecot_login authenticator failed for (User) "
	                       "[192.0.2.55]:61000: 535 Incorrect authentication data "
	                       "(set_id=carol@example.com)",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH_FAIL);
	assert_string_equal(ev.mech, "dovecot_login");
	assert_string_equal(ev.user, "carol@example.com");
	assert_string_equal(ip(&ev), "192.0.2.55");
	assert_int_equal(parse("2026-12-01 19:52:28 plain_server authenticator failed for "
	                       "H=(x y) [2001:db8::66]: 535 Incorrect authentication data",
	                       &ev),
	                 1);
	assert_string_equal(ip(&ev), "2001:db8::66");
	assert_string_equal(ev.user, "");
	/* forged: the client writes A= into its sender, HELO and subject; the
	 * message was not authenticated (P=esmtp, no A= where exim puts it) */
	assert_int_equal(
	    parse("2026-12-01 19:52:29 1tHxyz-000Abf-7Q <= \"x P=a A=plain:ceo\"@ev.test "
	          "H=(a A=plain:victim) [192.0.2.1] P=esmtp S=1 T=\"A=plain:v3\" "
	          "A=plain:v4",
	          &ev),
	    0);
	assert_int_equal(ev.type, ML_NONE);
	/* delivery lines, client-side A= (no id), local arrivals: not ours */
	assert_int_equal(parse("2026-12-01 19:52:30 1tHxyz-000Abf-7Q => v@example.org R=dnslookup "
	                       "T=remote_smtp H=mx.example.org [192.0.2.9] A=plain",
	                       &ev),
	                 0);
	assert_int_equal(
	    parse("2026-12-01 19:52:30 1tHxyz-000Abg-7Q <= a@b U=www-data P=local S=9", &ev), 0);
	/* ours but broken: authenticated arrival without a host address */
	assert_int_equal(parse("2026-12-01 19:52:30 1tHxyz-000Abh-7Q <= a@b H=(x) P=esmtpa "
	                       "A=plain:alice S=9",
	                       &ev),
	                 -1);
	assert_int_equal(parse("2026-12-01 19:52:30 x authenticator failed for (x): 535", &ev), -1);
	assert_int_equal(parse("2026-13-01 19:52:30 1tHxyz-000Abh-7Q <= a@b", &ev), 0);
}

static void test_sendmail(void **state)
{
	(void)state;
	struct maillog_event ev;
	assert_int_equal(parse("Dec  1 19:52:26 mx sm-mta[777]: 5B1JqQ0x000777: AUTH=server, "
	                       "relay=client.example.net [203.0.113.7], authid=alice, mech=LOGIN, "
	                       "bits=0",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH);
	assert_false(ev.message);
	assert_string_equal(ev.mta, "sendmail");
	assert_string_equal(ev.user, "alice");
	assert_string_equal(ev.mech, "LOGIN");
	assert_string_equal(ev.qid, "5B1JqQ0x000777");
	assert_string_equal(ip(&ev), "203.0.113.7");
	assert_int_equal(ev.pid, 777);
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx sm-mta[777]: 5B1JqQ0x000777: from=<a@example.com>, "
	          "size=512, class=0, nrcpts=1, msgid=<x@y>, bodytype=8BITMIME, "
	          "proto=ESMTPSA, daemon=MTA-v4, relay=client.example.net "
	          "[203.0.113.7]",
	          &ev),
	    1);
	assert_int_equal(ev.type, ML_MESSAGE);
	assert_true(ev.message);
	assert_int_equal(ev.pid, 777);
	assert_int_equal(parse("Dec  1 19:52:26 mx sendmail[778]: 5B1JqQ0x000778: AUTH failure "
	                       "(LOGIN): authentication failure (-13) SASL(-13): authentication "
	                       "failure: checkpass failed, user=root, relay=[192.0.2.99]",
	                       &ev),
	                 1);
	assert_int_equal(ev.type, ML_AUTH_FAIL);
	assert_string_equal(ev.user, "root");
	assert_string_equal(ev.mech, "LOGIN");
	assert_string_equal(ip(&ev), "192.0.2.99");
	/* forged: proto=ESMTPSA and a relay inside the client's msgid; the
	 * session did not authenticate */
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx sm-mta[779]: 5B1JqQ0x000779: from=<a@b>, size=1, "
	          "msgid=<, proto=ESMTPSA, relay=[10.9.9.9]>, proto=ESMTP, "
	          "daemon=MTA, relay=[192.0.2.1]",
	          &ev),
	    0);
	/* (may be forged) after the relay address */
	assert_int_equal(
	    parse("Dec  1 19:52:26 mx sm-mta[780]: 5B1JqQ0x000780: AUTH=server, "
	          "relay=x.example [192.0.2.7] (may be forged), authid=dave, mech=PLAIN",
	          &ev),
	    1);
	assert_string_equal(ip(&ev), "192.0.2.7");
	assert_string_equal(ev.user, "dave");
	/* broken */
	assert_int_equal(parse("Dec  1 19:52:26 mx sm-mta[1]: 5B1JqQ0x000781: AUTH=server, "
	                       "relay=nowhere, authid=x",
	                       &ev),
	                 -1);
	assert_int_equal(parse("Dec  1 19:52:26 mx sm-mta[1]: 5B1JqQ0x000781: AUTH=server, "
	                       "relay=[192.0.2.1]",
	                       &ev),
	                 -1);
}

/* Every prefix of each valid line, in an exact-size buffer: no over-read,
 * and a cut line is never more than what the whole line gives. */
static void test_prefixes(void **state)
{
	(void)state;
	static const char *const lines[] = {
	    "Dec  1 19:52:26 mx postfix/smtpd[4242]: 4Fk2Xq1abcz9v: client=unknown[203.0.113.7]:5, "
	    "sasl_method=PLAIN, sasl_username=alice@example.com",
	    "2026-12-01T19:52:26.123456+00:00 mx postfix/smtpd[1]: warning: unknown[198.51.100.9]: "
	    "SASL LOGIN authentication failed: UGFzc3dvcmQ6, sasl_username=bob",
	    "2026-12-01 19:52:26.123 +0100 [4711] 1tHxyz-000Abc-7Q <= a@b H=(l) [203.0.113.7]:5 "
	    "P=esmtpsa A=dovecot_login:alice S=1",
	    "2026-12-01 19:52:28 dovecot_login authenticator failed for (U) [192.0.2.55]:6: 535 x "
	    "(set_id=carol)",
	    "Dec  1 19:52:26 mx sm-mta[777]: 5B1JqQ0x000777: AUTH=server, relay=c [203.0.113.7], "
	    "authid=alice, mech=LOGIN, bits=0",
	    "Dec  1 19:52:26 mx sm-mta[1]: 5B1JqQ0x0: from=<a@b>, proto=ESMTPSA, relay=[1.2.3.4]",
	};
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		size_t n = strlen(lines[i]);
		struct maillog_event ev;
		assert_int_equal(parse(lines[i], &ev), 1);
		for (size_t k = 0; k < n; k++) {
			char *b = malloc(k ? k : 1);
			memcpy(b, lines[i], k);
			int rc = maillog_parse_line(b, k, NOW, &ev);
			assert_true(rc >= -1 && rc <= 1);
			if (rc == 1)
				assert_true(ev.type != ML_NONE && ev.ip.family);
			free(b);
		}
	}
}

static void test_hostile(void **state)
{
	(void)state;
	struct maillog_event ev;
	/* 10 MB: one line of a mail-log shape with a huge user, and one of junk */
	size_t big = 10u << 20;
	const char *head = "Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: client=x[192.0.2.1], "
	                   "sasl_method=PLAIN, sasl_username=";
	size_t hl = strlen(head);
	char *b = malloc(big);
	memcpy(b, head, hl);
	memset(b + hl, 'u', big - hl);
	assert_int_equal(maillog_parse_line(b, big, NOW, &ev), 1);
	assert_true(ev.user_cut);
	assert_int_equal(strlen(ev.user), MAILLOG_USER_MAX - 1);
	memset(b, '[', big);
	assert_int_equal(maillog_parse_line(b, big, NOW, &ev), 0);
	memset(b, 0, big);
	assert_int_equal(maillog_parse_line(b, big, NOW, &ev), 0);
	/* an exim line of parentheses that never close, and quotes */
	const char *eh = "2026-12-01 19:52:26 1tHxyz-000Abc-7Q <= a@b H=";
	memcpy(b, eh, strlen(eh));
	memset(b + strlen(eh), '(', big - strlen(eh));
	assert_int_equal(maillog_parse_line(b, big, NOW, &ev), 0);
	memset(b + strlen(eh), '"', big - strlen(eh));
	assert_int_equal(maillog_parse_line(b, big, NOW, &ev), 0);
	free(b);
	/* NULs in the middle: the user stops being a login */
	char nul[] = "Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: client=x[192.0.2.1], "
	             "sasl_username=al\0ice";
	assert_int_equal(maillog_parse_line(nul, sizeof(nul) - 1, NOW, &ev), -1);
	/* invalid UTF-8 is kept raw (escaped on output) */
	const char *utf = "Dec  1 19:52:26 mx postfix/smtpd[1]: 4AB12C: client=x[192.0.2.1], "
	                  "sasl_username=\xff\xfe\xc3";
	assert_int_equal(parse(utf, &ev), 1);
	assert_string_equal(ev.user, "\xff\xfe\xc3");
	/* an empty line, a lone newline */
	assert_int_equal(maillog_parse_line("", 0, NOW, &ev), 0);
	assert_int_equal(maillog_parse_line("\n", 1, NOW, &ev), 0);
	/* "warning: authentication failed" with no NAME[IP]: the blank after
	 * "warning:" is not the one of " authentication failed" (read past
	 * the line before); not an address, so no event */
	assert_int_equal(
	    parse("Nov 13 10:00:00 web1 postfix/smtpd[1]: warning: authentication failed: x", &ev),
	    0);
}

int main(void)
{
	NOW = 1796154746; /* 2026-12-01 19:52:26 UTC */
	setenv("TZ", "UTC", 1);
	tzset();
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_netaddr),  cmocka_unit_test(test_syslog_time),
	    cmocka_unit_test(test_postfix),  cmocka_unit_test(test_exim),
	    cmocka_unit_test(test_sendmail), cmocka_unit_test(test_prefixes),
	    cmocka_unit_test(test_hostile),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
