/* The scan cache's fingerprint hash: SipHash-2-4 against the reference
 * test vectors (key 00..0f, message 00..len-1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "scan/cache.h"

static const uint64_t key[2] = {0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};

static void test_siphash64_vectors(void **state)
{
	(void)state;
	unsigned char m[64];
	for (int i = 0; i < 64; i++)
		m[i] = (unsigned char)i;
	assert_true(hs_siphash64(key, m, 0) == 0x726fdb47dd0e0e31ULL);
	assert_true(hs_siphash64(key, m, 15) == 0xa129ca6149be45e5ULL);
}

static void test_siphash128_vector(void **state)
{
	(void)state;
	uint64_t o[2];
	hs_siphash128(key, "", 0, o);
	/* bytes a3 81 7f 04 ba 25 a8 e6 6d f6 72 14 c7 55 02 93, little-endian words */
	assert_true(o[0] == 0xe6a825ba047f81a3ULL);
	assert_true(o[1] == 0x930255c71472f66dULL);
}

static void test_one_bit_changes_everything(void **state)
{
	(void)state;
	unsigned char a[40] = {0}, b[40] = {0};
	b[39] = 1;
	uint64_t x[2], y[2];
	hs_siphash128(key, a, sizeof(a), x);
	hs_siphash128(key, b, sizeof(b), y);
	assert_true(x[0] != y[0] && x[1] != y[1]);
	uint64_t other[2] = {key[0] ^ 1, key[1]};
	hs_siphash128(other, a, sizeof(a), y);
	assert_true(x[0] != y[0] && x[1] != y[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_siphash64_vectors),
	    cmocka_unit_test(test_siphash128_vector),
	    cmocka_unit_test(test_one_bit_changes_everything),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
