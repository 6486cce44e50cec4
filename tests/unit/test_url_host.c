/* The host of a URL or a database address (agent/scan/url_host.c): what
 * the PHP analysis calls an outside host, a local one, a bare IP. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "scan/url_host.h"

#define U(s) (const unsigned char *)(s), strlen(s)

static void expect_host(const char *url, const char *want, bool want_ends)
{
	const unsigned char *h = NULL;
	size_t n = 0;
	bool ends = !want_ends;
	assert_true(url_host(U(url), &h, &n, &ends));
	assert_int_equal(n, strlen(want));
	assert_memory_equal(h, want, n);
	assert_int_equal(ends, want_ends);
}

static void test_url_host_schemes(void **state)
{
	(void)state;
	expect_host("https://collect.example.net/g.php", "collect.example.net", true);
	expect_host("HTTP://203.0.113.9:8080/x", "203.0.113.9", true);
	expect_host("http://a.example?q=1", "a.example", true);
	/* only the known beginning: the host may go on in a variable */
	expect_host("https://api.", "api.", false);
	expect_host("https://", "", false);
	const unsigned char *h;
	size_t n;
	bool ends;
	assert_false(url_host(U("ftp://x.example/"), &h, &n, &ends));
	assert_false(url_host(U("//x.example/"), &h, &n, &ends));
	assert_false(url_host(U("http:/"), &h, &n, &ends));
	assert_false(url_host(NULL, 0, &h, &n, &ends));
}

static void test_local_hosts(void **state)
{
	(void)state;
	const char *local[] = {"localhost",
	                       "LOCALHOST",
	                       "127.0.0.1",
	                       "::1",
	                       "[::1]:8080",
	                       "10.1.2.3",
	                       "192.168.0.7",
	                       "0.0.0.0",
	                       "172.16.0.1",
	                       "172.31.255.1",
	                       "/run/mysqld/mysqld.sock"};
	for (size_t i = 0; i < sizeof local / sizeof *local; i++)
		assert_true(host_is_local(U(local[i])));
	const char *outside[] = {"203.0.113.5",         "172.15.0.1",  "172.32.0.1", "172.2.3.4",
	                         "collect.example.net", "192.169.1.1", "11.0.0.1",   "172."};
	for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
		assert_false(host_is_local(U(outside[i])));
}

static void test_bare_ipv4(void **state)
{
	(void)state;
	assert_true(host_is_ipv4(U("203.0.113.5")));
	assert_true(host_is_ipv4(U("1.2.3.4")));
	assert_false(host_is_ipv4(U("1.2.3")));
	assert_false(host_is_ipv4(U("1.2.3.4.5")));
	assert_false(host_is_ipv4(U("1.2.3.")));
	assert_false(host_is_ipv4(U("1234.2.3.4")));
	assert_false(host_is_ipv4(U("cdn.example.com")));
	assert_false(host_is_ipv4(U("")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_url_host_schemes),
	    cmocka_unit_test(test_local_hosts),
	    cmocka_unit_test(test_bare_ipv4),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
