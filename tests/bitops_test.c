// SPDX-License-Identifier: GPL-2.0
/* linux/bitops.h: atomic and non-atomic bit operations and the find_*_bit walks. */
/* gmemsim-test-layer: kernel */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>

#include <linux/bitops.h>

static void test_set_clear(void **state)
{
	DECLARE_BITMAP(map, 200) = { 0 };

	set_bit(0, map);
	set_bit(63, map);
	set_bit(64, map);
	__set_bit(199, map);
	assert_true(test_bit(0, map) && test_bit(63, map) && test_bit(64, map));
	assert_true(test_bit(199, map) && !test_bit(1, map) && !test_bit(65, map));
	assert_int_equal(map[0], BIT(0) | BIT(63));
	assert_true(test_and_clear_bit(63, map));
	assert_false(test_and_clear_bit(63, map));
	assert_false(test_and_set_bit(5, map));
	assert_true(test_and_set_bit(5, map));
	assert_true(__test_and_clear_bit(199, map));
	assert_false(__test_and_set_bit(198, map));
	clear_bit(64, map);
	__clear_bit(0, map);
	assert_int_equal(map[0], BIT(5));
	assert_int_equal(map[1], 0);
	assert_int_equal(map[3], BIT(198 - 192));
}

/* Every walk checked against a bit-by-bit reference over seeded maps. */
static void test_find_bits(void **state)
{
	const char *env = getenv("GMEMSIM_SEED");
	u64 seed = env ? strtoull(env, NULL, 0) : 1;

	print_message("bitops_test: seed %llu (GMEMSIM_SEED)\n", (unsigned long long)seed);
	for (int iter = 0; iter < 500; iter++) {
		DECLARE_BITMAP(map, 300) = { 0 };
		unsigned long size = 1 + iter % 300, bit, n = 0;

		for (int k = 0; k < iter % 17; k++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			__set_bit((seed >> 33) % size, map);
		}
		for (unsigned long off = 0; off <= size; off++) {
			unsigned long want = off, want0 = off;

			while (want < size && !test_bit(want, map))
				want++;
			while (want0 < size && test_bit(want0, map))
				want0++;
			assert_int_equal(find_next_bit(map, size, off), want);
			assert_int_equal(find_next_zero_bit(map, size, off), want0);
		}
		for_each_set_bit(bit, map, size)
			n++;
		for (unsigned long w = 0, c = 0; w < BITS_TO_LONGS(size); w++, n -= c)
			c = hweight_long(map[w]);
		assert_int_equal(n, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_clear),
		cmocka_unit_test(test_find_bits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
