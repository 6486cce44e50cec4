/* Mail queue: Nagios ranges, the [mailq] section, header attribution, the
 * postfix record and exim -H parsers, Prometheus label escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mail/mailq.h"
#include "report/prometheus.h"

static void test_nrange(void **state)
{
	(void)state;
	struct nrange r;
	assert_true(nrange_parse("10", &r)); /* alert outside 0..10 */
	assert_false(nrange_alert(&r, 10));
	assert_true(nrange_alert(&r, 11));
	assert_true(nrange_alert(&r, -1));
	assert_true(nrange_parse("10:", &r)); /* alert below 10 */
	assert_true(nrange_alert(&r, 9));
	assert_false(nrange_alert(&r, 1e9));
	assert_true(nrange_parse("~:10", &r));
	assert_false(nrange_alert(&r, -5));
	assert_true(nrange_alert(&r, 11));
	assert_true(nrange_parse("@10:20", &r)); /* alert inside */
	assert_true(nrange_alert(&r, 15));
	assert_false(nrange_alert(&r, 21));
	assert_false(nrange_parse("", &r));
	assert_false(nrange_parse("x", &r));
	assert_false(nrange_parse("20:10", &r));
	assert_false(nrange_parse("1:2:3", &r));
}

static void test_config(void **state)
{
	(void)state;
	char err[256];
	assert_int_equal(mailq_config_set("mta", "exim", err, sizeof(err)), 1);
	assert_string_equal(mq_set.mta, "exim");
	assert_int_equal(mailq_config_set("mta", "auto", err, sizeof(err)), 1);
	assert_null(mq_set.mta);
	assert_int_equal(mailq_config_set("mta", "smail", err, sizeof(err)), -1);
	assert_int_equal(mailq_config_set("warning", "@1:9", err, sizeof(err)), 1);
	assert_int_equal(mailq_config_set("critical", "lots", err, sizeof(err)), -1);
	assert_int_equal(mailq_config_set("age_warning", "90m", err, sizeof(err)), 1);
	assert_int_equal(mq_set.age_warn, 5400);
	assert_int_equal(mailq_config_set("top", "0", err, sizeof(err)), -1);
	assert_int_equal(mailq_config_set("sample", "0", err, sizeof(err)), 1);
	assert_int_equal(mailq_config_set("sample", "20000", err, sizeof(err)), 1);
	assert_int_equal(mailq_config_set("max_read", "512", err, sizeof(err)), -1);
	assert_int_equal(mailq_config_set("queue_dir", "relative", err, sizeof(err)), -1);
	assert_int_equal(mailq_config_set("nosuchkey", "1", err, sizeof(err)), 0);
	assert_int_equal(mailq_config_set("warning", "500", err, sizeof(err)), 1);
}

static void msg_clear(struct mq_msg *m)
{
	free(m->sender);
	free(m->login);
	free(m->auth);
	free(m->script);
	free(m->client);
	memset(m, 0, sizeof(*m));
	m->uid = m->script_uid = -1;
}

static void test_headers(void **state)
{
	(void)state;
	struct mq_msg m = {.uid = -1, .script_uid = -1};
	const char *h = "Received: by h.test (Postfix, from userid 33)\n"
	                "\tid 82DD1A7819D; Tue, 24 Nov 2026 13:29:57 +0000 (UTC)\n"
	                "X-PHP-Originating-Script: 1001:mailer.php\n"
	                "X-PHP-Originating-Script: 7:second.php\n"
	                "garbage line without colon\n"
	                "Subject: x\n"
	                "\n"
	                "X-PHP-Script: not/a/header.php\n";
	mq_headers_block(&m, h, strlen(h));
	assert_int_equal(m.uid, 33);
	assert_string_equal(m.script, "1001:mailer.php"); /* the first one */
	assert_int_equal(m.script_uid, 1001);
	msg_clear(&m);

	h = "Received: (qmail 123 invoked by uid 2002); 24 Nov 2026\n"
	    "X-PHP-Script: www.example.com/wp/x.php for 192.0.2.1\n\n";
	mq_headers_block(&m, h, strlen(h));
	assert_int_equal(m.uid, 2002);
	assert_string_equal(m.script, "www.example.com/wp/x.php");
	assert_int_equal(m.script_uid, -1);
	msg_clear(&m);

	h = "Received: (from www-data@localhost)\n\tby h (8.17.1.9/8.17.1.9/Submit) id x;\n"
	    "X-PHP-Originating-Script: notanumber:x.php\n";
	mq_headers_block(&m, h, strlen(h));
	assert_string_equal(m.login, "www-data");
	assert_int_equal(m.script_uid, -1);
	msg_clear(&m);

	/* a header with no end and binary bytes */
	char bin[64];
	memset(bin, '\xff', sizeof(bin));
	memcpy(bin, "X-PHP-Script:", 13);
	mq_headers_block(&m, bin, sizeof(bin));
	assert_non_null(m.script);
	msg_clear(&m);
}

static void rec(FILE *f, char type, const char *data, size_t len)
{
	fputc(type, f);
	size_t l = len;
	do {
		unsigned char c = l & 0x7f;
		l >>= 7;
		fputc(l ? c | 0x80 : c, f);
	} while (l);
	fwrite(data, 1, len, f);
}
#define REC(f, t, s) rec(f, t, s, strlen(s))

static int parse_file(const struct mailq_backend *be, int queue, const char *dir, const char *name,
                      struct mq_msg *m)
{
	struct mq_run r;
	memset(&r, 0, sizeof(r));
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	int fd = openat(dfd, name, O_RDONLY);
	struct stat st;
	fstat(fd, &st);
	int rc = be->parse(&r, queue, dfd, name, fd, &st, m);
	close(fd);
	close(dfd);
	return rc;
}

static void write_pf(const char *path, bool end, int mode)
{
	FILE *f = fopen(path, "w");
	REC(f, 'C', "            343             198               1");
	REC(f, 'T', "1795526997 529582");
	REC(f, 'A', "sasl_username=bob@example.test");
	REC(f, 'S', "promo@alice-shop.test");
	REC(f, 'M', "");
	REC(f, 'N', "Received: by h (Postfix, from userid 33)");
	rec(f, 'L', "X-PHP-Originating-", 18);
	REC(f, 'N', "Script: 1001:mailer.php");
	REC(f, 'N', "");
	REC(f, 'N', "X-PHP-Script: body.php");
	REC(f, 'X', "");
	REC(f, 'R', "victim@example.com");
	if (end)
		REC(f, 'E', "");
	fclose(f);
	chmod(path, (mode_t)mode);
}

static void test_postfix(void **state)
{
	(void)state;
	char dir[] = "/tmp/hs_mq_unitXXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof(path), "%s/ABC123", dir);
	struct mq_msg m = {.uid = -1, .script_uid = -1};

	write_pf(path, true, 0700);
	assert_int_equal(parse_file(&mailq_postfix, 3, dir, "ABC123", &m), 0);
	assert_string_equal(m.sender, "promo@alice-shop.test");
	assert_string_equal(m.auth, "bob@example.test");
	assert_string_equal(m.script, "1001:mailer.php"); /* L piece + N joined */
	assert_int_equal(m.uid, 33);
	assert_int_equal(m.arrival, 1795526997);
	msg_clear(&m);

	write_pf(path, true, 0600); /* not complete yet */
	assert_int_equal(parse_file(&mailq_postfix, 1, dir, "ABC123", &m), 1);
	msg_clear(&m);

	write_pf(path, false, 0700); /* no end record: truncated */
	assert_int_equal(parse_file(&mailq_postfix, 3, dir, "ABC123", &m), -1);
	msg_clear(&m);

	FILE *f = fopen(path, "w");
	fputs("\x43\xff\xff\xff\xff\xff\xff\x01", f); /* a length that never ends */
	fclose(f);
	assert_int_equal(parse_file(&mailq_postfix, 3, dir, "ABC123", &m), -1);
	msg_clear(&m);
	unlink(path);
	rmdir(dir);
}

static void test_exim(void **state)
{
	(void)state;
	char dir[] = "/tmp/hs_mq_unitXXXXXX";
	assert_non_null(mkdtemp(dir));
	const char *name = "1xVqpN-0001XR-2g-H";
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	const char *good = "1xVqpN-0001XR-2g-H\n"
	                   "www-data 33 33\n"
	                   "<promo@alice-shop.test>\n"
	                   "1795527897 0\n"
	                   "-ident www-data\n"
	                   "-aclc 0 5\n"
	                   "ab\ncd\n"
	                   "--auth_id hs_t_bob\n"
	                   "-received_protocol local\n"
	                   "XX\n"
	                   "1\n"
	                   "v@example.com\n"
	                   "\n"
	                   "042  X-PHP-Originating-Script: 1001:mailer.php\n"
	                   "016* X-PHP-Script: a\n"
	                   "012  Subject: hi\n";
	FILE *f = fopen(path, "w");
	fputs(good, f);
	fclose(f);
	struct mq_msg m = {.uid = -1, .script_uid = -1};
	assert_int_equal(parse_file(&mailq_exim, 0, dir, name, &m), 0);
	assert_string_equal(m.sender, "promo@alice-shop.test");
	assert_string_equal(m.login, "www-data");
	assert_int_equal(m.uid, 33);
	assert_string_equal(m.auth, "hs_t_bob");
	assert_string_equal(m.script, "1001:mailer.php");
	assert_int_equal(m.arrival, 1795527897);
	msg_clear(&m);

	/* cut in the middle of a header */
	f = fopen(path, "w");
	fwrite(good, 1, strlen(good) - 20, f);
	fclose(f);
	assert_int_equal(parse_file(&mailq_exim, 0, dir, name, &m), -1);
	msg_clear(&m);

	/* a login of 300 bytes is cut to 256, as every attribution string */
	f = fopen(path, "w");
	fprintf(f, "%s\n%0300d 33 33\n<a@b.test>\n1795527897 0\nXX\n1\nv@example.com\n\n", name, 0);
	fclose(f);
	assert_int_equal(parse_file(&mailq_exim, 0, dir, name, &m), 0);
	assert_non_null(m.login);
	assert_int_equal(strlen(m.login), 256);
	msg_clear(&m);

	/* first line is not the file name */
	f = fopen(path, "w");
	fputs("other-H\n", f);
	fclose(f);
	assert_int_equal(parse_file(&mailq_exim, 0, dir, name, &m), -1);
	msg_clear(&m);
	unlink(path);
	rmdir(dir);
}

static void test_prom_escape(void **state)
{
	(void)state;
	char *e = prom_label_escape("a\"b\\c\nd");
	assert_string_equal(e, "a\\\"b\\\\\\\\c\\\\nd");
	free(e);
	char long_[400];
	memset(long_, 'x', sizeof(long_) - 1);
	long_[sizeof(long_) - 1] = '\0';
	e = prom_label_escape(long_);
	assert_int_equal(strlen(e), 200);
	free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_nrange),  cmocka_unit_test(test_config),
	    cmocka_unit_test(test_headers), cmocka_unit_test(test_postfix),
	    cmocka_unit_test(test_exim),    cmocka_unit_test(test_prom_escape),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
