/* Imported indicator lists (scan/iocs.h): address and prefix parsing,
 * matching (exact, IPv4-mapped, prefixes at bit boundaries), the merge of
 * imported hashes into the shipped signatures (a shipped entry wins, copies
 * counted once, the order total), and hostile list files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scan/iocs.h"

static char dir[64];

static int setup(void **unused)
{
	(void)unused;
	snprintf(dir, sizeof(dir), "/tmp/test_iocs.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **unused)
{
	(void)unused;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd);
}

static void put(const char *name, const char *text, size_t len)
{
	char p[128];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
}

static bool parse(const char *s, bool cidr, struct ioc_addr *a)
{
	return ioc_addr_parse(s, strlen(s), cidr, a);
}

static void test_addr_parse(void **unused)
{
	(void)unused;
	struct ioc_addr a, b;
	assert_true(parse("198.51.100.7", false, &a));
	assert_int_equal(a.prefix, 128);
	assert_true(parse("::ffff:198.51.100.7", false, &b));
	assert_memory_equal(a.a, b.a, 16); /* IPv4 and its mapped form are one address */
	assert_true(parse("[2001:db8::1]", false, &a));
	assert_true(parse("2001:db8::1", false, &b));
	assert_memory_equal(a.a, b.a, 16);
	assert_true(parse("198.51.100.77/24", true, &a));
	assert_int_equal(a.prefix, 96 + 24);
	assert_int_equal(a.a[15], 0);                      /* host bits cleared */
	assert_false(parse("198.51.100.0/24", false, &a)); /* a prefix where none is allowed */
	static const char *const bad[] = {
	    "",
	    "300.1.1.1",
	    "1.2.3",
	    "1.2.3.4/33",
	    "1.2.3.4/",
	    "1.2.3.4/x",
	    "1.2.3.4/-1",
	    "0.0.0.0/0",
	    "10.0.0.0/7",
	    "::/0",
	    "2001::/15",
	    "::1/129",
	    "host.example",
	    "1.2.3.4 ",
	    "01234567890123456789012345678901234567890123456789012345678901"
	    "23456789"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		assert_false(parse(bad[i], true, &a));
	assert_true(parse("10.0.0.0/8", true, &a));
	assert_true(parse("2001:db8::/16", true, &a));
}

static void test_ipset(void **unused)
{
	(void)unused;
	const char *ips = "# comment\n"
	                  "203.0.113.7 from web-a\n"
	                  "203.0.113.7\n" /* a copy: counted once */
	                  "198.51.100.128/25\n"
	                  "2001:db8:1::/48\n"
	                  "not-an-address\n";
	put("a.ips", ips, strlen(ips));
	const char *jl =
	    "{\"type\":\"ioc\",\"kind\":\"ip\",\"value\":\"192.0.2.1\",\"host\":\"web\\n-b\"}\n"
	    "{\"kind\":\"filename\",\"value\":\"x.php\"}\n";
	put("b.jsonl", jl, strlen(jl));
	struct strlist dirs = {0};
	strlist_add(&dirs, dir);
	strlist_add(&dirs, "/nonexistent/iocs");
	struct ioc_ipset set = {0};
	struct ioc_stats st = {0};
	assert_true(iocs_load_ips(&set, &dirs, &st));
	assert_int_equal(st.ips, 3 + 1);
	assert_int_equal(st.bad, 1);
	assert_int_equal(st.files, 1); /* the .jsonl is the hash pass's to count */
	assert_int_equal(st.opened, 2);
	const char *o;
	assert_non_null(ioc_ipset_find(&set, "203.0.113.7", &o));
	assert_null(o);
	assert_non_null(ioc_ipset_find(&set, "::ffff:203.0.113.7", &o));
	assert_null(ioc_ipset_find(&set, "203.0.113.8", &o));
	assert_non_null(ioc_ipset_find(&set, "198.51.100.128", &o));
	assert_non_null(ioc_ipset_find(&set, "198.51.100.255", &o));
	assert_null(ioc_ipset_find(&set, "198.51.100.127", &o)); /* just outside the /25 */
	assert_non_null(ioc_ipset_find(&set, "2001:db8:1:ffff::1", &o));
	assert_null(ioc_ipset_find(&set, "2001:db8:2::1", &o));
	assert_non_null(ioc_ipset_find(&set, "192.0.2.1", &o));
	assert_string_equal(o, "web-b"); /* the host name keeps host characters only */
	assert_null(ioc_ipset_find(&set, "garbage", &o));
	assert_null(ioc_ipset_find(&set, NULL, &o));
	ioc_ipset_free(&set);
	strlist_clear(&dirs);
}

static const char H1[] = "1111111111111111111111111111111111111111111111111111111111111111";
static const char H2[] = "2222222222222222222222222222222222222222222222222222222222222222";

static void test_hashes(void **unused)
{
	(void)unused;
	char text[1024];
	snprintf(
	    text, sizeof(text),
	    "{\"kind\":\"sha256\",\"value\":\"%s\",\"tags\":[\"webshell\",\"Bad Tag\",\"x;y\"]}\n"
	    "{\"kind\":\"sha256\",\"value\":\"%s\"}\n"
	    "{\"kind\":\"sha256\",\"value\":\"%.63s\"}\n"
	    "{\"kind\":\"sha256\",\"value\":\"%s\",\"kind\":\"ip\"}\n"
	    "{\"kind\":\"filename\",\"value\":\"a.php\"}\n"
	    "[]\n",
	    H1, H2, H1, H1);
	put("fleet.jsonl", text, strlen(text));
	snprintf(text, sizeof(text), "%s shipped too\n%s\n", H2, H1);
	put("more.sha256", text, strlen(text));
	put("notes.txt", H1, 64); /* not a list */
	struct hashsigs *h = xcalloc(1, sizeof(*h));
	/* one shipped signature for H2 */
	h->v = xcalloc(1, sizeof(*h->v));
	memset(h->v[0].sha, 0x22, 32);
	h->v[0].id = xstrdup("sha256.kit");
	h->v[0].severity = HS_SEV_CRITICAL;
	h->v[0].tags = xstrdup("mailer");
	h->n = 1;
	struct strlist dirs = {0};
	strlist_add(&dirs, dir);
	struct ioc_stats st = {0};
	assert_true(iocs_load_hashes(h, &dirs, &st));
	assert_int_equal(st.files, 2);
	assert_int_equal(st.bad, 3);     /* 63 digits, a duplicate key, not an object */
	assert_int_equal(st.ignored, 1); /* the file name */
	assert_int_equal(st.hashes, 1);  /* H1 once; H2 was shipped */
	assert_int_equal(h->n, 2);
	unsigned char k[32];
	memset(k, 0x11, 32);
	const struct hashsig *s = hashsigs_find(h, k);
	assert_non_null(s);
	assert_string_equal(s->id, "ioc.sha256");
	assert_int_equal(s->severity, HS_SEV_HIGH);
	/* of the two H1 lines the one with tags sorts after the bare one:
	 * the kept entry is the same whatever the file order */
	assert_string_equal(s->tags, "ioc");
	memset(k, 0x22, 32);
	s = hashsigs_find(h, k);
	assert_string_equal(s->id, "sha256.kit"); /* the shipped entry wins */
	assert_int_equal(s->severity, HS_SEV_CRITICAL);
	hashsigs_free(h);
	strlist_clear(&dirs);
}

static void test_hostile_lines(void **unused)
{
	(void)unused;
	/* an over-long line, CRLF, a last line without its newline */
	size_t n = IOCS_MAX_LINE + 100;
	const char tail[] = "203.0.113.9\r\n198.51.100.1";
	char *big = malloc(n + sizeof(tail));
	memset(big, '9', n);
	big[n] = '\n';
	memcpy(big + n + 1, tail, sizeof(tail) - 1);
	put("h.ips", big, n + sizeof(tail));
	free(big);
	struct strlist dirs = {0};
	strlist_add(&dirs, dir);
	struct ioc_ipset set = {0};
	struct ioc_stats st = {0};
	assert_true(iocs_load_ips(&set, &dirs, &st));
	assert_int_equal(st.bad, 1); /* the long line, read to its end, never kept */
	assert_int_equal(st.ips, 2);
	const char *o;
	assert_non_null(ioc_ipset_find(&set, "203.0.113.9", &o));
	assert_non_null(ioc_ipset_find(&set, "198.51.100.1", &o));
	ioc_ipset_free(&set);
	const char nul[] = "203.0.113.10\0junk\n203.0.113.11\n";
	put("h.ips", nul, sizeof(nul) - 1);
	memset(&st, 0, sizeof(st));
	assert_true(iocs_load_ips(&set, &dirs, &st));
	assert_int_equal(st.bad, 1); /* the line with a NUL is refused whole */
	assert_null(ioc_ipset_find(&set, "203.0.113.10", &o));
	assert_non_null(ioc_ipset_find(&set, "203.0.113.11", &o));
	ioc_ipset_free(&set);
	strlist_clear(&dirs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_addr_parse),
	    cmocka_unit_test_setup_teardown(test_ipset, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_hashes, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_hostile_lines, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
