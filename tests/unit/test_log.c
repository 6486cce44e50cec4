/* The journald sink: the exact fields of findings and actions (log_action),
 * read from a fake journal socket in a private mount namespace, and the
 * [log] section. Skipped without CAP_SYS_ADMIN (no private namespace). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "report/formats.h"
#include "report/log.h"

static int jfd = -1; /* our fake journald */
static struct hs_ctx ctx;
static FILE *devnull;

static int setup(void **state)
{
	(void)state;
	if (unshare(CLONE_NEWNS) < 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return 0;
	mkdir("/run/systemd", 0755);
	mkdir("/run/systemd/journal", 0755);
	if (mount("tmpfs", "/run/systemd/journal", "tmpfs", 0, NULL) < 0)
		return 0;
	jfd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	strcpy(sa.sun_path, "/run/systemd/journal/socket");
	if (bind(jfd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		close(jfd);
		jfd = -1;
		return 0;
	}
	devnull = fopen("/dev/null", "w");
	config_defaults(&ctx.cfg);
	ctx.root = "";
	ctx.command = "sweep";
	ctx.rep = report_new(HS_FORMAT_JSON, reporter_json_new(), devnull, "sweep");
	assert_true(log_set_cli("journald"));
	log_attach(&ctx);
	assert_int_equal(log_sink(), HS_LOG_JOURNALD);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	if (ctx.rep)
		report_free(ctx.rep);
	config_free(&ctx.cfg);
	if (devnull)
		fclose(devnull);
	if (jfd >= 0)
		close(jfd);
	return 0;
}

/* One datagram of the native protocol as NAME=value strings (binary-safe
 * form "NAME\n<le64 len><value>\n" decoded too). Returns the count, 0 if none. */
static int receive(char fields[][1024], int max)
{
	static char buf[1 << 16];
	ssize_t n = recv(jfd, buf, sizeof(buf), MSG_DONTWAIT);
	if (n <= 0)
		return 0;
	int k = 0;
	char *p = buf, *end = buf + n;
	while (p < end && k < max) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		assert_non_null(nl);
		char *eq = memchr(p, '=', (size_t)(nl - p));
		if (eq) {
			snprintf(fields[k++], 1024, "%.*s", (int)(nl - p), p);
			p = nl + 1;
		} else {
			uint64_t len;
			memcpy(&len, nl + 1, 8);
			snprintf(fields[k++], 1024, "%.*s=%.*s", (int)(nl - p), p, (int)len,
			         nl + 9);
			p = nl + 9 + len + 1;
		}
	}
	return k;
}

static const char *field(char fields[][1024], int n, const char *name)
{
	size_t l = strlen(name);
	for (int i = 0; i < n; i++)
		if (!strncmp(fields[i], name, l) && fields[i][l] == '=')
			return fields[i] + l + 1;
	return NULL;
}

#define NEED_JOURNAL()                                                                             \
	do {                                                                                       \
		if (jfd < 0)                                                                       \
			skip();                                                                    \
	} while (0)

static struct finding *sample(enum hs_severity sev)
{
	struct finding *f = finding_new("file");
	f->path = xstrdup("/home/alice/public_html/x\n\"y.php");
	f->account = xstrdup("alice");
	f->owner = xstrdup("alice");
	f->uid = 2001;
	finding_add_rule(f, "webshell.eval_request", sev, "webshell");
	finding_set_int(f, "pid", 4242);
	finding_finalize(f);
	return f;
}

static void test_action_fields(void **state)
{
	(void)state;
	NEED_JOURNAL();
	struct finding *f = sample(HS_SEV_CRITICAL);
	log_action("quarantine", "a-0001", f, "ok", "moved to quarantine/\n0001");
	char fl[64][1024];
	int n = receive(fl, 64);
	assert_true(n > 0);
	assert_string_equal(field(fl, n, "MESSAGE_ID"), HS_LOG_MSGID_ACTION);
	assert_string_equal(field(fl, n, "PRIORITY"), "5");
	assert_string_equal(field(fl, n, "HOSTSWEEP_EVENT"), "action");
	assert_string_equal(field(fl, n, "HOSTSWEEP_ACTION"), "quarantine");
	assert_string_equal(field(fl, n, "HOSTSWEEP_ACTION_ID"), "a-0001");
	assert_string_equal(field(fl, n, "HOSTSWEEP_RESULT"), "ok");
	assert_string_equal(field(fl, n, "HOSTSWEEP_DETAIL"), "moved to quarantine/\\n0001");
	assert_string_equal(field(fl, n, "HOSTSWEEP_PATH"), "/home/alice/public_html/x\\n\"y.php");
	assert_string_equal(field(fl, n, "HOSTSWEEP_ACCOUNT"), "alice");
	assert_string_equal(field(fl, n, "HOSTSWEEP_KIND"), "file");
	assert_string_equal(field(fl, n, "HOSTSWEEP_SEVERITY"), "critical");
	assert_string_equal(field(fl, n, "HOSTSWEEP_RULES"), "webshell.eval_request");
	assert_string_equal(field(fl, n, "HOSTSWEEP_ID"), f->id);
	assert_string_equal(field(fl, n, "HOSTSWEEP_PID"), "4242");
	assert_string_equal(field(fl, n, "SYSLOG_IDENTIFIER"), "hostsweep");
	assert_null(strchr(field(fl, n, "MESSAGE"), '\n'));
	finding_free(f);
}

static void test_failed_action_without_finding(void **state)
{
	(void)state;
	NEED_JOURNAL();
	log_action("kill", NULL, NULL, "failed", "pid 99 is gone");
	char fl[64][1024];
	int n = receive(fl, 64);
	assert_true(n > 0);
	assert_string_equal(field(fl, n, "PRIORITY"), "3");
	assert_string_equal(field(fl, n, "HOSTSWEEP_RESULT"), "failed");
	assert_null(field(fl, n, "HOSTSWEEP_ACTION_ID"));
	assert_null(field(fl, n, "HOSTSWEEP_PATH"));
	assert_string_equal(field(fl, n, "MESSAGE"), "action kill failed: pid 99 is gone");
}

static void test_findings_and_min_severity(void **state)
{
	(void)state;
	NEED_JOURNAL();
	char err[256] = "";
	char fl[64][1024];
	report_finding(ctx.rep, sample(HS_SEV_MEDIUM));
	int n = receive(fl, 64);
	assert_true(n > 0);
	assert_string_equal(field(fl, n, "MESSAGE_ID"), HS_LOG_MSGID_FINDING);
	assert_string_equal(field(fl, n, "PRIORITY"), "4");
	assert_non_null(field(fl, n, "HOSTSWEEP_JSON"));
	assert_int_equal(log_config_set("min_severity", "high", err, sizeof(err)), 1);
	report_finding(ctx.rep, sample(HS_SEV_MEDIUM));
	assert_int_equal(receive(fl, 64), 0);
	report_finding(ctx.rep, sample(HS_SEV_HIGH));
	n = receive(fl, 64);
	assert_true(n > 0);
	assert_string_equal(field(fl, n, "PRIORITY"), "3");
	assert_int_equal(log_config_set("min_severity", "low", err, sizeof(err)), 1);
	log_finish(&ctx, 1);
	n = receive(fl, 64);
	assert_true(n > 0);
	assert_string_equal(field(fl, n, "MESSAGE_ID"), HS_LOG_MSGID_SUMMARY);
	assert_string_equal(field(fl, n, "HOSTSWEEP_FINDINGS"), "3");
	assert_string_equal(field(fl, n, "HOSTSWEEP_STATUS"), "1");
}

static void test_config_keys(void **state)
{
	(void)state;
	char err[256] = "";
	assert_int_equal(log_config_set("sink", "syslog", err, sizeof(err)), 1);
	assert_int_equal(log_config_set("sink", "auto", err, sizeof(err)), 1);
	assert_int_equal(log_config_set("sink", "kafka", err, sizeof(err)), -1);
	assert_non_null(strstr(err, "sink"));
	assert_int_equal(log_config_set("min_severity", "none", err, sizeof(err)), -1);
	assert_int_equal(log_config_set("syslog_facility", "local3", err, sizeof(err)), 1);
	assert_int_equal(log_config_set("syslog_facility", "daemon", err, sizeof(err)), 1);
	assert_int_equal(log_config_set("syslog_facility", "local9", err, sizeof(err)), -1);
	assert_int_equal(log_config_set("colour", "yes", err, sizeof(err)), 0);
	assert_false(log_set_cli("kafka"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_action_fields),
	    cmocka_unit_test(test_failed_action_without_finding),
	    cmocka_unit_test(test_findings_and_min_severity),
	    cmocka_unit_test(test_config_keys),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
