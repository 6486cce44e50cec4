/* Log line parsers (web, xferlog/vsftpd, pure-ftpd, sshd/sftp) on real
 * shapes and hostile lines, and the reader: rotation, gzip, the saved
 * state of a repeat sweep, the time window, overlong/NUL/invalid UTF-8
 * lines. */
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
#include <zlib.h>

#include "logs/logs.h"
#include "logs/webconf.h"
#include "report/formats.h"

static char *S(struct log_str s)
{
	return strndup(s.p ? s.p : "", s.n);
}

#define ASSERT_STR(ls, want)                                                                       \
	do {                                                                                       \
		char *got_ = S(ls);                                                                \
		assert_string_equal(got_, want);                                                   \
		free(got_);                                                                        \
	} while (0)

static int parse(const struct log_backend *be, const char *line, struct log_event *ev, void *state)
{
	struct log_clock c;
	log_clock_init(&c, 1700000000); /* 2023-11-14 */
	memset(ev, 0, sizeof(*ev));
	/* the event points into the line: it lives until the next call */
	static char *copy;
	free(copy);
	copy = strdup(line);
	static void *own;
	free(own);
	own = be->state_size ? calloc(1, be->state_size) : NULL;
	return be->parse(state ? state : own, &c, copy, strlen(copy), ev);
}

static void test_web_combined(void **unused)
{
	(void)unused;
	struct log_event ev;
	assert_int_equal(
	    parse(&log_web,
	          "203.0.113.9 - - [10/Oct/2023:13:55:36 -0700] \"POST "
	          "/wp-content/uploads/x%2ephp?a=1 HTTP/1.1\" 200 2326 \"-\" \"curl/8\"",
	          &ev, NULL),
	    1);
	assert_int_equal(ev.type, LOG_EV_REQUEST);
	ASSERT_STR(ev.client, "203.0.113.9");
	ASSERT_STR(ev.method, "POST");
	ASSERT_STR(ev.path, "/wp-content/uploads/x.php"); /* decoded, no query */
	assert_int_equal(ev.status, 200);
	assert_int_equal(ev.bytes, 2326);
	assert_int_equal(ev.time, 1696971336); /* 20:55:36 UTC */
	assert_int_equal(ev.vhost.n, 0);
}

static void test_web_vhost_and_common(void **unused)
{
	(void)unused;
	struct log_event ev;
	assert_int_equal(parse(&log_web,
	                       "shop.example:443 2001:db8::1 - bob [01/Jan/2024:00:00:00 +0100] "
	                       "\"GET /css.php HTTP/2.0\" 404 -",
	                       &ev, NULL),
	                 1);
	ASSERT_STR(ev.vhost, "shop.example");
	ASSERT_STR(ev.client, "2001:db8::1");
	ASSERT_STR(ev.user, "bob");
	assert_int_equal(ev.status, 404);
	assert_int_equal(ev.time, 1704063600);
	/* an escaped quote inside the request does not end it */
	assert_int_equal(parse(&log_web,
	                       "192.0.2.1 - - [01/Jan/2024:00:00:00 +0000] \"GET /a\\\"b.php "
	                       "HTTP/1.1\" 200 1",
	                       &ev, NULL),
	                 1);
	ASSERT_STR(ev.path, "/a\"b.php");
}

static void test_web_hostile(void **unused)
{
	(void)unused;
	struct log_event ev;
	/* forged fields: counted as bad (-1), never trusted */
	assert_int_equal(parse(&log_web,
	                       "203.0.113.9 - - [99/Foo/2023:13:55:36 -0700] \"GET / "
	                       "HTTP/1.1\" 200 1",
	                       &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_web,
	                       "203.0.113.9 - - [10/Oct/2023:13:55:36 -0700] \"GET / "
	                       "HTTP/1.1\" 2x0 1",
	                       &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_web,
	                       "203.0.113.9 - - [10/Oct/2023:13:55:36 -0700] \"GET / "
	                       "HTTP/1.1",
	                       &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_web,
	                       "<script> - - [10/Oct/2023:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1",
	                       &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_web, "garbage", &ev, NULL), -1);
	assert_int_equal(parse(&log_web, "", &ev, NULL), 0);
	/* a TLS hello sent to the plain port: a real line, no request */
	assert_int_equal(parse(&log_web,
	                       "203.0.113.9 - - [10/Oct/2023:13:55:36 -0700] "
	                       "\"\\x16\\x03\\x01\" 400 226",
	                       &ev, NULL),
	                 0);
	/* a path longer than the decode buffer is cut, not overrun */
	size_t n = 20000;
	char *big = malloc(n + 200);
	int k = snprintf(big, 200, "192.0.2.1 - - [01/Jan/2024:00:00:00 +0000] \"POST /");
	memset(big + k, 'A', n);
	strcpy(big + k + n, " HTTP/1.1\" 200 1");
	assert_int_equal(parse(&log_web, big, &ev, NULL), 1);
	assert_true(ev.path.n <= 4096);
	free(big);
}

static void test_xferlog_std(void **unused)
{
	(void)unused;
	struct log_event ev;
	assert_int_equal(
	    parse(&log_xferlog,
	          "Tue Nov 14 10:00:00 2023 1 ::ffff:198.51.100.7 42 /home/alice/public_html/my "
	          "file.php b _ i r alice ftp 0 * c",
	          &ev, NULL),
	    1);
	assert_int_equal(ev.type, LOG_EV_UPLOAD);
	ASSERT_STR(ev.client, "198.51.100.7");
	ASSERT_STR(ev.user, "alice");
	ASSERT_STR(ev.path, "/home/alice/public_html/my file.php");
	assert_int_equal(ev.bytes, 42);
	assert_string_equal(ev.proto, "ftp");
	assert_int_equal(
	    parse(&log_xferlog,
	          "Tue Nov 14 10:00:00 2023 1 198.51.100.7 42 /x b _ o r alice ftp 0 * c", &ev,
	          NULL),
	    1);
	assert_int_equal(ev.type, LOG_EV_DOWNLOAD);
	/* a bad direction letter or a missing field is forged */
	assert_int_equal(
	    parse(&log_xferlog,
	          "Tue Nov 14 10:00:00 2023 1 198.51.100.7 42 /x b _ z r alice ftp 0 * c", &ev,
	          NULL),
	    -1);
	assert_int_equal(parse(&log_xferlog, "Tue Nov 14 10:00:00 2023 1 198.51.100.7", &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_xferlog, "not a transfer", &ev, NULL), 0);
}

static void test_vsftpd_own(void **unused)
{
	(void)unused;
	struct log_event ev;
	assert_int_equal(parse(&log_xferlog,
	                       "Tue Nov 14 10:00:00 2023 [pid 4242] [alice] OK UPLOAD: Client "
	                       "\"::ffff:127.0.0.1\", "
	                       "\"/public_html/up.php\", 37 bytes, 0.72Kbyte/sec",
	                       &ev, NULL),
	                 1);
	assert_int_equal(ev.type, LOG_EV_UPLOAD);
	ASSERT_STR(ev.user, "alice");
	ASSERT_STR(ev.client, "127.0.0.1");
	ASSERT_STR(ev.path, "/public_html/up.php");
	assert_int_equal(ev.bytes, 37);
	assert_int_equal(parse(&log_xferlog,
	                       "Tue Nov 14 10:00:00 2023 [pid 4242] [alice] OK LOGIN: Client "
	                       "\"127.0.0.1\"",
	                       &ev, NULL),
	                 1);
	assert_int_equal(ev.type, LOG_EV_LOGIN);
	/* a user name that imitates the verb */
	assert_int_equal(parse(&log_xferlog,
	                       "Tue Nov 14 10:00:00 2023 [pid 1] [x] OK LOGIN] FAIL LOGIN: Client "
	                       "\"203.0.113.5\"",
	                       &ev, NULL),
	                 1);
	assert_int_equal(ev.type, LOG_EV_LOGIN_FAIL);
	ASSERT_STR(ev.user, "x] OK LOGIN");
	/* a client that is no address */
	assert_int_equal(parse(&log_xferlog,
	                       "Tue Nov 14 10:00:00 2023 [pid 1] [a] OK LOGIN: Client \"evil\"",
	                       &ev, NULL),
	                 -1);
	assert_int_equal(parse(&log_xferlog,
	                       "Tue Nov 14 10:00:00 2023 [pid 1] CONNECT: Client \"127.0.0.1\"",
	                       &ev, NULL),
	                 0);
}

static void test_pureftpd(void **unused)
{
	(void)unused;
	struct log_event ev;
	assert_int_equal(parse(&log_pureftpd,
	                       "Nov 14 10:00:00 web1 pure-ftpd: (bob@198.51.100.7) [NOTICE] "
	                       "/home/bob//public_html/s.php uploaded  (42 bytes, 10.50KB/sec)",
	                       &ev, NULL),
	                 1);
	assert_int_equal(ev.type, LOG_EV_UPLOAD);
	ASSERT_STR(ev.user, "bob");
	ASSERT_STR(ev.client, "198.51.100.7");
	ASSERT_STR(ev.path, "/home/bob//public_html/s.php");
	assert_int_equal(ev.bytes, 42);
	assert_int_equal(
	    parse(&log_pureftpd,
	          "Nov 14 10:00:00 web1 pure-ftpd[77]: (?@198.51.100.7) [INFO] bob is now "
	          "logged in",
	          &ev, NULL),
	    1);
	assert_int_equal(ev.type, LOG_EV_LOGIN);
	ASSERT_STR(ev.user, "bob");
	assert_int_equal(parse(&log_pureftpd,
	                       "Nov 14 10:00:00 web1 pure-ftpd: (?@198.51.100.7) [WARNING] "
	                       "Authentication failed for user [root]",
	                       &ev, NULL),
	                 1);
	assert_int_equal(ev.type, LOG_EV_LOGIN_FAIL);
	ASSERT_STR(ev.user, "root");
	assert_int_equal(
	    parse(&log_pureftpd, "Nov 14 10:00:00 web1 pure-ftpd: no parenthesis", &ev, NULL), -1);
	assert_int_equal(
	    parse(&log_pureftpd, "Nov 14 10:00:00 web1 cron[1]: (root) CMD (x)", &ev, NULL), 0);
}

static void test_sshd_sftp(void **unused)
{
	(void)unused;
	struct log_event ev;
	void *st = calloc(1, log_sshd.state_size);
	assert_int_equal(parse(&log_sshd,
	                       "Nov 14 10:00:00 web1 sshd[812]: Accepted publickey for carol from "
	                       "203.0.113.9 port 50522 ssh2: ED25519 SHA256:abc",
	                       &ev, st),
	                 1);
	assert_int_equal(ev.type, LOG_EV_LOGIN);
	ASSERT_STR(ev.user, "carol");
	ASSERT_STR(ev.client, "203.0.113.9");
	ASSERT_STR(ev.method, "publickey");
	/* the session process: its pid names the user of the sftp lines */
	assert_int_equal(
	    parse(&log_sshd,
	          "2023-11-14T10:00:01.123456+00:00 web1 sshd[815]: session opened for "
	          "local user carol from [203.0.113.9]",
	          &ev, st),
	    0);
	assert_int_equal(
	    parse(&log_sshd,
	          "2023-11-14T10:00:02.000000+00:00 web1 internal-sftp[815]: open "
	          "\"/home/carol/public_html/a \"b\".php\" flags WRITE,CREATE,TRUNCATE mode 0644",
	          &ev, st),
	    1);
	assert_int_equal(ev.type, LOG_EV_UPLOAD);
	assert_string_equal(ev.proto, "sftp");
	ASSERT_STR(ev.user, "carol");
	ASSERT_STR(ev.client, "203.0.113.9");
	ASSERT_STR(ev.path, "/home/carol/public_html/a \"b\".php");
	assert_int_equal(ev.time, 1699956002);
	assert_int_equal(
	    parse(&log_sshd,
	          "Nov 14 10:00:02 web1 sshd[815]: open \"/etc/passwd\" flags READ mode 0666", &ev,
	          st),
	    0);
	assert_int_equal(
	    parse(&log_sshd,
	          "Nov 14 10:00:03 web1 sshd[815]: rename old \"/home/carol/x.txt\" new "
	          "\"/home/carol/x.php\"",
	          &ev, st),
	    1);
	ASSERT_STR(ev.path, "/home/carol/x.php");
	/* another pid: no user is made up */
	assert_int_equal(
	    parse(&log_sshd,
	          "Nov 14 10:00:02 web1 sshd[999]: open \"/tmp/x\" flags WRITE mode 0644", &ev, st),
	    1);
	assert_int_equal(ev.user.n, 0);
	assert_int_equal(
	    parse(&log_sshd,
	          "Nov 14 10:00:00 web1 sshd[1]: Failed password for invalid user admin "
	          "from 198.51.100.3 port 1 ssh2",
	          &ev, st),
	    1);
	assert_int_equal(ev.type, LOG_EV_LOGIN_FAIL);
	ASSERT_STR(ev.user, "admin");
	/* a user name holding " from " does not move the address */
	assert_int_equal(parse(&log_sshd,
	                       "Nov 14 10:00:00 web1 sshd[1]: Invalid user x from 1.2.3.4 from "
	                       "198.51.100.3 port 1",
	                       &ev, st),
	                 1);
	ASSERT_STR(ev.client, "198.51.100.3");
	ASSERT_STR(ev.user, "x from 1.2.3.4");
	assert_int_equal(
	    parse(&log_sshd,
	          "Nov 14 10:00:00 web1 sshd[1]: Accepted password for bob from evil port 1", &ev,
	          st),
	    -1);
	assert_int_equal(parse(&log_sshd,
	                       "Nov 14 10:00:00 web1 sshd[1]: open \"unterminated flags WRITE", &ev,
	                       st),
	                 -1);
	/* a very long user name does not overflow the session table */
	char line[600];
	snprintf(
	    line, sizeof(line),
	    "Nov 14 10:00:00 web1 sshd[5]: session opened for local user %0300d from [1.2.3.4]", 0);
	assert_int_equal(parse(&log_sshd, line, &ev, st), -1);
	free(st);
}

static void test_time_helpers(void **unused)
{
	(void)unused;
	struct log_clock c;
	log_clock_init(&c, 1700000000);
	time_t t;
	/* December's line read in November of the next year is last year's:
	 * never more than a day ahead of now */
	setenv("TZ", "UTC", 1);
	tzset();
	log_clock_init(&c, 1704153600); /* 2024-01-02 */
	assert_int_equal(log_time_syslog(&c, "Dec 31 23:00:00 host", 20, &t), 16);
	assert_int_equal(t, 1704063600); /* 2023-12-31 23:00 UTC */
	assert_int_equal(log_time_syslog(&c, "Jan  2 00:00:00 host", 20, &t), 16);
	assert_int_equal(t, 1704153600);
	assert_int_equal(log_time_syslog(&c, "Foo  2 00:00:00 host", 20, &t), 0);
	assert_int_equal(log_time_syslog(&c, "Jan 2", 5, &t), 0);
	assert_false(log_time_clf("10/Oct/2023:25:55:36 -0700", 26, &t));
	assert_true(log_is_ip("127.0.0.1", 9));
	assert_false(log_is_ip("127.0.0.1x", 10));
	assert_false(log_is_ip("", 0));
	/* a NUL inside the field: what follows it is not an address */
	assert_false(log_is_ip("::1\0evil", 8));
	assert_false(log_is_ip("::ffff:1\0\00092.0.2.7", 18));
	assert_false(log_is_ip("1.2.3.4\0", 8));
	/* an IPv4-mapped address is shortened; an IPv6 one that only starts
	 * like it is kept whole */
	struct log_str ip = {"::ffff:192.0.2.1", 16};
	log_ip_trim(&ip);
	assert_int_equal(ip.n, 9);
	assert_memory_equal(ip.p, "192.0.2.1", 9);
	ip = (struct log_str){"::ffff:193f:193.0.2.7", 21};
	log_ip_trim(&ip);
	assert_int_equal(ip.n, 21);
}

/* ---- the reader ---- */

static struct hs_ctx ctx;
static char dir[] = "/tmp/hslogtest.XXXXXX";

static int setup(void **unused)
{
	(void)unused;
	if (!mkdtemp(dir))
		return -1;
	config_defaults(&ctx.cfg);
	free(ctx.cfg.state_dir);
	ctx.cfg.state_dir = path_join(dir, "state");
	ctx.root = "";
	ctx.accounts = accounts_load("", &ctx.cfg);
	ctx.rep = report_new(HS_FORMAT_JSON, reporter_json_new(), fopen("/dev/null", "w"), "test");
	return 0;
}

static int teardown(void **unused)
{
	(void)unused;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return -1;
	accounts_free(ctx.accounts);
	config_free(&ctx.cfg);
	return 0;
}

struct seen {
	int n;
	char paths[64][64];
};

static bool collect(void *ud, const struct log_source *src, const struct log_event *ev)
{
	(void)src;
	struct seen *s = ud;
	if (s->n < 64)
		snprintf(s->paths[s->n], sizeof(s->paths[0]), "%.*s", (int)ev->path.n, ev->path.p);
	s->n++;
	return true;
}

static void append(const char *path, const char *text)
{
	FILE *fp = fopen(path, "a");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static char *req(const char *p)
{
	static char b[256];
	snprintf(b, sizeof(b),
	         "192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST %s HTTP/1.1\" 200 1\n", p);
	return b;
}

static int read_src(const char *path, const char *key, time_t since, struct seen *s,
                    struct log_stats *st)
{
	struct log_source src = {.path = (char *)path, .be = &log_web};
	memset(s, 0, sizeof(*s));
	memset(st, 0, sizeof(*st));
	int rc = log_read_source(&ctx, &src, since, key, collect, s, st);
	logs_state_save(&ctx);
	return rc;
}

static void test_reader_state_and_rotation(void **unused)
{
	(void)unused;
	char *log = path_join(dir, "access.log");
	append(log, req("/a.php"));
	append(log, req("/b.php"));
	struct seen s;
	struct log_stats st;
	assert_int_equal(read_src(log, "t", 0, &s, &st), 0);
	assert_int_equal(s.n, 2);
	/* nothing new: nothing read again */
	assert_int_equal(read_src(log, "t", 0, &s, &st), 0);
	assert_int_equal(s.n, 0);
	assert_int_equal(st.resumed, 1);
	/* appended: only the new line; a line still being written waits */
	append(log, req("/c.php"));
	append(log, "192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"GET /partial");
	assert_int_equal(read_src(log, "t", 0, &s, &st), 0);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.paths[0], "/c.php");
	append(log, ".php HTTP/1.1\" 200 1\n");
	append(log, req("/d.php"));
	/* rotated (renamed, then compressed) and a new file started */
	char *rot1 = xasprintf("%s.1", log);
	assert_int_equal(rename(log, rot1), 0);
	append(log, req("/e.php"));
	assert_int_equal(read_src(log, "t", 0, &s, &st), 0);
	assert_int_equal(st.rotated, 1);
	assert_int_equal(s.n, 3);
	assert_string_equal(s.paths[0], "/partial.php");
	assert_string_equal(s.paths[1], "/d.php");
	assert_string_equal(s.paths[2], "/e.php");
	/* a second rotation with gzip (the old .1 becomes .2.gz) */
	append(log, req("/f.php"));
	char *rot2 = xasprintf("%s.2.gz", log);
	gzFile g = gzopen(rot2, "wb");
	FILE *fp = fopen(rot1, "r");
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		gzwrite(g, buf, (unsigned)n);
	fclose(fp);
	gzclose(g);
	unlink(rot1);
	char *rot1gz = xasprintf("%s.1.gz", log);
	g = gzopen(rot1gz, "wb");
	fp = fopen(log, "r");
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		gzwrite(g, buf, (unsigned)n);
	fclose(fp);
	gzclose(g);
	/* make the rotated files' age order explicit */
	struct timespec ts[2] = {{.tv_sec = 1000}, {.tv_sec = 1000}};
	utimensat(AT_FDCWD, rot2, ts, 0);
	ts[0].tv_sec = ts[1].tv_sec = time(NULL) - 10;
	utimensat(AT_FDCWD, rot1gz, ts, 0);
	unlink(log);
	append(log, req("/g.php"));
	assert_int_equal(read_src(log, "t", 0, &s, &st), 0);
	assert_int_equal(s.n, 2); /* the rest of the old file (now .1.gz), then the new */
	assert_string_equal(s.paths[0], "/f.php");
	assert_string_equal(s.paths[1], "/g.php");
	/* without a state: every file, oldest first */
	assert_int_equal(read_src(log, NULL, 0, &s, &st), 0);
	assert_int_equal(s.n, 8);
	assert_string_equal(s.paths[0], "/a.php");
	assert_string_equal(s.paths[3], "/partial.php");
	assert_string_equal(s.paths[7], "/g.php");
	assert_int_equal(st.files, 3);
	/* a window after the rotated files' mtime skips them unread */
	assert_int_equal(read_src(log, NULL, 2000, &s, &st), 0);
	assert_int_equal(st.files, 2);
	free(rot1);
	free(rot2);
	free(rot1gz);
	free(log);
}

static void test_reader_hostile_lines(void **unused)
{
	(void)unused;
	char *log = path_join(dir, "hostile.log");
	FILE *fp = fopen(log, "w");
	fputs(req("/ok1.php"), fp);
	/* a 10 MB line: skipped, never buffered whole */
	for (int i = 0; i < 10 * 1024; i++)
		for (int j = 0; j < 1024; j++)
			fputc('A', fp);
	fputc('\n', fp);
	/* a NUL inside, invalid UTF-8, a forged status */
	static const char nul_line[] =
	    "192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST /n\0l.php HTTP/1.1\" 200 1\n";
	fwrite(nul_line, 1, sizeof(nul_line) - 1, fp);
	fputs("192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST /\xff\xfe.php HTTP/1.1\" 200 1\n",
	      fp);
	fputs("192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST /\xc0\xaf.php HTTP/1.1\" 200 1\n",
	      fp);
	fputs("192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST /x.php HTTP/1.1\" 999 1\n", fp);
	fputs("192.0.2.1 - - [14/Nov/2023:10:00:00 +0000] \"POST /\xc3\xa9t\xc3\xa9.php HTTP/1.1\" "
	      "200 1\n",
	      fp);
	fputs(req("/ok2.php"), fp);
	fclose(fp);
	struct seen s;
	struct log_stats st;
	assert_int_equal(read_src(log, NULL, 0, &s, &st), 0);
	assert_int_equal(st.bad_long, 1);
	assert_int_equal(st.bad_nul, 1);
	assert_int_equal(st.bad_utf8, 2); /* \xff\xfe and the overlong \xc0\xaf, not é */
	assert_int_equal(st.bad_fields, 1);
	assert_int_equal(s.n, 6);
	assert_string_equal(s.paths[0], "/ok1.php");
	assert_string_equal(s.paths[5], "/ok2.php");
	/* the window: lines before it are counted old */
	assert_int_equal(read_src(log, NULL, 1699956001, &s, &st), 0);
	assert_int_equal(s.n, 0);
	assert_int_equal(st.old, 6);
	/* a FIFO or a symlink is never opened */
	char *fifo = path_join(dir, "fifo.log");
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(read_src(fifo, NULL, 0, &s, &st), 0);
	assert_int_equal(st.files, 0);
	free(fifo);
	free(log);
}

static void test_webconf_apache_nginx(void **unused)
{
	(void)unused;
	/* a tree as --root: an Apache config with an Include glob, vhosts, a
	 * Define; an nginx config with include and two servers */
	char *r = path_join(dir, "root");
	char cmd[4096];
	snprintf(
	    cmd, sizeof(cmd),
	    "mkdir -p %1$s/etc/apache2/sites-enabled %1$s/etc/nginx/conf.d %1$s/var/log/apache2 "
	    "%1$s/srv/a %1$s/srv/b %1$s/var/log/nginx %1$s/var/www/n1 && "
	    "printf 'Define LOGS /var/log/apache2\\nIncludeOptional sites-enabled/*.conf\\n"
	    "CustomLog ${APACHE_LOG_DIR}/other.log combined\\n' >%1$s/etc/apache2/apache2.conf && "
	    "printf '<VirtualHost *:80>\\n  ServerName a.example\\n  ServerAlias www.a.example\\n"
	    "  DocumentRoot \"/srv/a\"\\n  CustomLog ${LOGS}/a_access.log \\\\\\n combined\\n"
	    "</VirtualHost>\\n<VirtualHost *:80>\\n ServerName b.example\\n DocumentRoot /srv/b\\n"
	    " CustomLog \"|/usr/bin/rotatelogs x\" common\\n CustomLog /var/log/apache2/b.log "
	    "common\\n</VirtualHost>\\n' >%1$s/etc/apache2/sites-enabled/x.conf && "
	    "printf 'http { include conf.d/*.conf; access_log /var/log/nginx/access.log; }\\n' "
	    ">%1$s/etc/nginx/nginx.conf && "
	    "printf 'server { server_name n1.example; root /var/www/n1; # c\\n access_log "
	    "/var/log/nginx/n1.log; location / { root /elsewhere; } }\\nserver { access_log off; "
	    "}\\n' >%1$s/etc/nginx/conf.d/n.conf && "
	    "touch %1$s/var/log/apache2/a_access.log %1$s/var/log/apache2/b.log "
	    "%1$s/var/log/apache2/other.log %1$s/var/log/nginx/n1.log "
	    "%1$s/var/log/nginx/access.log",
	    r);
	assert_int_equal(system(cmd), 0);
	ctx.root = r;
	struct log_sources s = {0};
	log_sources_discover(&ctx, LOG_FAM_WEB, &s);
	ctx.root = "";
	const char *want[][2] = {{"/var/log/apache2/a_access.log", "/srv/a"},
	                         {"/var/log/apache2/b.log", "/srv/b"},
	                         {"/var/log/nginx/n1.log", "/var/www/n1"},
	                         {"/var/log/apache2/other.log", NULL},
	                         {"/var/log/nginx/access.log", NULL}};
	for (size_t w = 0; w < HS_ARRAY_LEN(want); w++) {
		bool found = false;
		for (size_t i = 0; i < s.n; i++)
			if (!strcmp(s.v[i].path, want[w][0])) {
				found = true;
				if (want[w][1]) {
					assert_non_null(s.v[i].docroot);
					assert_string_equal(s.v[i].docroot, want[w][1]);
				} else
					assert_null(s.v[i].docroot);
			}
		if (!found)
			fail_msg("no source %s", want[w][0]);
	}
	const struct log_vhost *v = log_sources_vhost(&s, "WWW.A.example:443", 17);
	assert_non_null(v);
	assert_string_equal(v->docroot, "/srv/a");
	assert_null(log_sources_vhost(&s, "c.example", 9));
	log_sources_free(&s);
	free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_web_combined),
	    cmocka_unit_test(test_web_vhost_and_common),
	    cmocka_unit_test(test_web_hostile),
	    cmocka_unit_test(test_xferlog_std),
	    cmocka_unit_test(test_vsftpd_own),
	    cmocka_unit_test(test_pureftpd),
	    cmocka_unit_test(test_sshd_sftp),
	    cmocka_unit_test(test_time_helpers),
	    cmocka_unit_test(test_reader_state_and_rotation),
	    cmocka_unit_test(test_reader_hostile_lines),
	    cmocka_unit_test(test_webconf_apache_nginx),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
