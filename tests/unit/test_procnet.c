/* /proc/net/tcp{,6} and udp{,6} parsing: addresses, ports, states, inodes. */
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

#include "host/procnet.h"

static const uint16_t smtp[] = {25, 465, 587};

static const char tcp4[] =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode\n"
    "   0: 0100007F:0019 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        "
    "0 1001 1 0000000000000000 100 0 0 10 0\n"
    "   1: 0100007F:A1B2 0100007F:0019 01 00000000:00000000 00:00000000 00000000    33        "
    "0 1002 1 0000000000000000 20 4 30 10 -1\n"
    "   2: 0100007F:A1B3 0571CB0A:01D1 02 00000000:00000000 01:00000064 00000002    33        "
    "0 1003 1 0000000000000000 20 4 30 10 -1\n"
    "   3: 0100007F:A1B4 0100007F:0050 01 00000000:00000000 00:00000000 00000000    33        "
    "0 1004 1 0000000000000000 20 4 30 10 -1\n"
    "   4: garbage line\n"
    "   5: 0100007F:A1B5 0100007F:0019 06 00000000:00000000 03:00000000 00000000     0        "
    "0 0 3 0000000000000000\n";

static const char tcp6[] =
    "  sl  local_address                         remote_address                        st "
    "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 00000000000000000000000001000000:C350 B80D0120000000000000000001000000:024B 02 "
    "00000000:00000000 00:00000000 00000000    33        0 2001 1 0000000000000000 20 4 0 10 "
    "-1\n";

static const char udp4[] =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode ref pointer drops\n"
    "  100: 0100007F:D431 0100007F:0035 01 00000000:00000000 00:00000000 00000000    33        "
    "0 3001 2 0000000000000000 0\n";

static void test_parse_and_find(void **state)
{
	(void)state;
	struct pn_table t = {0};
	pn_parse(&t, tcp4, strlen(tcp4), PN_TCP, 4, smtp, 3);
	pn_parse(&t, tcp6, strlen(tcp6), PN_TCP, 6, smtp, 3);
	pn_parse(&t, udp4, strlen(udp4), PN_UDP, 4, smtp, 3);
	pn_index(&t);
	assert_int_equal(t.lines, 8);
	assert_int_equal(t.bad_lines, 1);
	/* kept: 1002 (ESTABLISHED :25), 1003 (SYN_SENT :465), 2001 (v6 :587), 3001 (udp) */
	assert_int_equal(t.n, 4);
	assert_null(pn_find(&t, 1001)); /* LISTEN */
	assert_null(pn_find(&t, 1004)); /* port 80 */
	assert_null(pn_find(&t, 0));    /* TIME_WAIT has no inode */
	char peer[80];
	const struct pn_sock *s = pn_find(&t, 1002);
	assert_non_null(s);
	assert_int_equal(s->state, PN_ESTABLISHED);
	pn_peer(s, peer, sizeof(peer));
	assert_string_equal(peer, "127.0.0.1:25");
	assert_true(pn_peer_is_loopback(s));
	s = pn_find(&t, 1003);
	assert_non_null(s);
	assert_int_equal(s->state, PN_SYN_SENT);
	pn_peer(s, peer, sizeof(peer));
	assert_string_equal(peer, "10.203.113.5:465");
	assert_false(pn_peer_is_loopback(s));
	s = pn_find(&t, 2001);
	assert_non_null(s);
	pn_peer(s, peer, sizeof(peer));
	assert_string_equal(peer, "[2001:db8::1]:587");
	s = pn_find(&t, 3001);
	assert_non_null(s);
	assert_int_equal(s->proto, PN_UDP);
	pn_table_free(&t);
}

static void test_many_rows_index(void **state)
{
	(void)state;
	struct pn_table t = {0};
	size_t n = 20000;
	char *buf = malloc(n * 160 + 200);
	size_t off = (size_t)sprintf(buf, "header\n");
	for (size_t i = 0; i < n; i++)
		off += (size_t)sprintf(buf + off,
		                       "%5zu: 0100007F:1000 0100007F:0019 01 00000000:00000000 "
		                       "00:00000000 00000000    33        0 %zu 1\n",
		                       i, 50000 + i);
	pn_parse(&t, buf, off, PN_TCP, 4, smtp, 3);
	pn_index(&t);
	assert_int_equal(t.n, n);
	for (size_t i = 0; i < n; i += 997)
		assert_non_null(pn_find(&t, 50000 + i));
	assert_null(pn_find(&t, 49999));
	pn_table_free(&t);
	free(buf);
}

static void test_truncated_input(void **state)
{
	(void)state;
	struct pn_table t = {0};
	for (size_t cut = 0; cut < strlen(tcp4); cut += 7)
		pn_parse(&t, tcp4, cut, PN_TCP, 4, smtp, 3);
	pn_index(&t);
	pn_table_free(&t);
}

/* Under --root the net tables are files of the image: a FIFO must not
 * block the load, and /dev/zero must not be read for ever. The table next
 * to them is still read. */
static void test_hostile_files(void **state)
{
	(void)state;
	char dir[] = "/tmp/test_procnet.XXXXXX", p[64];
	assert_non_null(mkdtemp(dir));
	snprintf(p, sizeof(p), "%s/tcp", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	snprintf(p, sizeof(p), "%s/tcp6", dir);
	assert_int_equal(symlink("/dev/zero", p), 0);
	snprintf(p, sizeof(p), "%s/udp", dir);
	FILE *fp = fopen(p, "w");
	assert_non_null(fp);
	fputs(tcp4, fp);
	fclose(fp);
	struct pn_table t = {0};
	assert_true(pn_load(&t, dir, smtp, 3));
	pn_index(&t);
	assert_true(t.n > 0);
	pn_table_free(&t);
	const char *names[] = {"tcp", "tcp6", "udp"};
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse_and_find),
	    cmocka_unit_test(test_many_rows_index),
	    cmocka_unit_test(test_truncated_input),
	    cmocka_unit_test(test_hostile_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
