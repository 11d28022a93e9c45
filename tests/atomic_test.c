// SPDX-License-Identifier: GPL-2.0
/*
 * linux/atomic.h and linux/refcount.h: the return value of every atomic op for
 * the three families, the generic cmpxchg()/try_cmpxchg()/xchg(), that every
 * RMW (and no plain read or set) is a scheduling point, and refcount_t's
 * saturation: overflow, increment from zero and underflow are reported and
 * leave the counter saturated.
 */
/* gmemsim-test-layer: kernel */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/refcount.h>
#include <linux/sched.h>

/*
 * The same checks for atomic_t, atomic64_t and atomic_long_t: @pfx is the
 * family, @T its value type, @BIG a value that does not fit in a smaller type.
 */
#define CHECK_FAMILY(pfx, atype, T, BIG)                                              \
	do {                                                                          \
		atype v;                                                              \
		T old;                                                                \
                                                                                      \
		pfx##_set(&v, 5);                                                     \
		assert_true(pfx##_read(&v) == 5);                                     \
		pfx##_set_release(&v, 6);                                             \
		assert_true(pfx##_read_acquire(&v) == 6);                             \
		pfx##_add(4, &v);                                                     \
		assert_true(pfx##_read(&v) == 10);                                    \
		pfx##_sub(3, &v);                                                     \
		assert_true(pfx##_read(&v) == 7);                                     \
		pfx##_inc(&v);                                                        \
		assert_true(pfx##_read(&v) == 8);                                     \
		pfx##_dec(&v);                                                        \
		assert_true(pfx##_read(&v) == 7);                                     \
		assert_true(pfx##_add_return(3, &v) == 10);                           \
		assert_true(pfx##_sub_return(4, &v) == 6);                            \
		assert_true(pfx##_inc_return(&v) == 7);                               \
		assert_true(pfx##_dec_return(&v) == 6);                               \
		assert_true(pfx##_fetch_add(2, &v) == 6);                             \
		assert_true(pfx##_fetch_sub(1, &v) == 8);                             \
		assert_true(pfx##_fetch_inc(&v) == 7);                                \
		assert_true(pfx##_fetch_dec(&v) == 8);                                \
		assert_true(pfx##_read(&v) == 7);                                     \
		assert_true(pfx##_fetch_or(0x30, &v) == 7);                           \
		assert_true(pfx##_fetch_and(0x33, &v) == 0x37);                       \
		assert_true(pfx##_fetch_xor(0x11, &v) == 0x33);                       \
		assert_true(pfx##_fetch_andnot(0x02, &v) == 0x22);                    \
		assert_true(pfx##_read(&v) == 0x20);                                  \
		pfx##_or(0x1, &v);                                                    \
		pfx##_and(0x21, &v);                                                  \
		pfx##_xor(0x20, &v);                                                  \
		pfx##_andnot(0x0, &v);                                                \
		assert_true(pfx##_read(&v) == 1);                                     \
		assert_true(pfx##_dec_and_test(&v));                                  \
		assert_false(pfx##_dec_and_test(&v));                                 \
		assert_true(pfx##_inc_and_test(&v));                                  \
		assert_false(pfx##_inc_and_test(&v));                                 \
		pfx##_set(&v, 3);                                                     \
		assert_false(pfx##_sub_and_test(2, &v));                              \
		assert_true(pfx##_sub_and_test(1, &v));                               \
		assert_true(pfx##_add_negative(-1, &v));                              \
		assert_false(pfx##_add_negative(1, &v));                              \
		/* cmpxchg: returns what it found, stores only on a match */          \
		pfx##_set(&v, 9);                                                     \
		assert_true(pfx##_cmpxchg(&v, 8, 1) == 9);                            \
		assert_true(pfx##_read(&v) == 9);                                     \
		assert_true(pfx##_cmpxchg(&v, 9, 1) == 9);                            \
		assert_true(pfx##_read(&v) == 1);                                     \
		old = 2;                                                              \
		assert_false(pfx##_try_cmpxchg(&v, &old, 5));                         \
		assert_true(old == 1);                                                \
		assert_true(pfx##_try_cmpxchg(&v, &old, 5));                          \
		assert_true(old == 1 && pfx##_read(&v) == 5);                         \
		assert_true(pfx##_xchg(&v, 11) == 5);                                 \
		assert_true(pfx##_read(&v) == 11);                                    \
		/* the _unless/_not_zero family */                                    \
		assert_true(pfx##_fetch_add_unless(&v, 2, 11) == 11);                 \
		assert_true(pfx##_read(&v) == 11);                                    \
		assert_true(pfx##_add_unless(&v, 2, 10));                             \
		assert_true(pfx##_read(&v) == 13);                                    \
		assert_true(pfx##_inc_not_zero(&v));                                  \
		assert_true(pfx##_read(&v) == 14);                                    \
		pfx##_set(&v, 0);                                                     \
		assert_false(pfx##_inc_not_zero(&v));                                 \
		assert_true(pfx##_read(&v) == 0);                                     \
		assert_true(pfx##_dec_if_positive(&v) == -1);                         \
		assert_true(pfx##_read(&v) == 0);                                     \
		pfx##_set(&v, 2);                                                     \
		assert_true(pfx##_dec_if_positive(&v) == 1);                          \
		assert_true(pfx##_read(&v) == 1);                                     \
		assert_true(pfx##_inc_unless_negative(&v));                           \
		assert_true(pfx##_read(&v) == 2);                                     \
		assert_false(pfx##_dec_unless_positive(&v));                          \
		pfx##_set(&v, -1);                                                    \
		assert_false(pfx##_inc_unless_negative(&v));                          \
		assert_true(pfx##_dec_unless_positive(&v));                           \
		assert_true(pfx##_read(&v) == -2);                                    \
		/* full width */                                                      \
		pfx##_set(&v, BIG);                                                   \
		assert_true(pfx##_inc_return(&v) == (T)(BIG) + 1);                    \
	} while (0)

static void test_atomic_ops(void **state)
{
	CHECK_FAMILY(atomic, atomic_t, int, 0x40000000);
}

static void test_atomic64_ops(void **state)
{
	CHECK_FAMILY(atomic64, atomic64_t, s64, 0x400000000LL);
}

static void test_atomic_long_ops(void **state)
{
	CHECK_FAMILY(atomic_long, atomic_long_t, long, 0x400000000L);
}

/* The kernel's atomics wrap: so must ours, without UBSan complaints. */
static void test_atomic_wraps(void **state)
{
	atomic_t v = ATOMIC_INIT(INT32_MAX);
	atomic64_t w = ATOMIC64_INIT(INT64_MIN);

	assert_int_equal(atomic_inc_return(&v), INT32_MIN);
	assert_int_equal(atomic_add_return(-1, &v), INT32_MAX);
	assert_true(atomic64_dec_return(&w) == INT64_MAX);
	assert_true(atomic64_sub_return(-1, &w) == INT64_MIN);
}

static void test_generic_cmpxchg(void **state)
{
	u8 b = 7;
	u64 q = 1ULL << 40;
	int x = 1, y = 2;
	int *p = &x;
	u64 oldq = 5;

	assert_int_equal(cmpxchg(&b, 7, 9), 7);
	assert_int_equal(b, 9);
	assert_int_equal(cmpxchg(&b, 7, 1), 9);
	assert_int_equal(b, 9);
	assert_true(cmpxchg(&q, 1ULL << 40, 3ULL << 40) == 1ULL << 40);
	assert_true(q == 3ULL << 40);
	assert_false(try_cmpxchg(&q, &oldq, 1));
	assert_true(oldq == 3ULL << 40);
	assert_true(try_cmpxchg(&q, &oldq, 1));
	assert_true(q == 1);
	assert_ptr_equal(cmpxchg(&p, &x, &y), &x);
	assert_ptr_equal(p, &y);
	assert_ptr_equal(xchg(&p, NULL), &y);
	assert_null(p);
	assert_int_equal(xchg(&b, 3), 9);
	assert_int_equal(b, 3);
}

/* ---- scheduling points ---- */

#define NR_OPS 50

struct sp_arg {
	atomic_t v;
	atomic64_t w;
	long word;
	int mode;		/* 0: nothing, 1: reads and sets, 2: RMWs */
};

static void sp_actor(void *p)
{
	struct sp_arg *a = p;

	for (int i = 0; i < NR_OPS && a->mode; i++) {
		if (a->mode == 1) {
			atomic_set(&a->v, atomic_read(&a->v) + 1);
			atomic64_set(&a->w, atomic64_read(&a->w) + 1);
		} else {
			atomic_inc(&a->v);
			atomic64_fetch_add(2, &a->w);
			cmpxchg(&a->word, (long)i, (long)i + 1);
		}
	}
}

static u64 sp_steps(int mode)
{
	struct sp_arg a = { .mode = mode };
	struct sched_actor actor = { "atomics", sp_actor, &a };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = 1 };
	struct sched_result res;

	assert_int_equal(sched_run(&o, &actor, 1, &res), 0);
	sched_result_destroy(&res);
	return res.steps;
}

static void test_rmw_is_a_scheduling_point(void **state)
{
	u64 base = sp_steps(0);

	assert_true(sp_steps(1) == base);
	assert_true(sp_steps(2) == base + 3 * NR_OPS);
}

/* Two actors incrementing under every schedule: RMWs are atomic across switches. */
static void inc_actor(void *p)
{
	atomic_t *v = p;

	for (int i = 0; i < 100; i++)
		atomic_inc(v);
}

static void test_concurrent_increments(void **state)
{
	for (int mode = 0; mode < 2; mode++) {
		for (u64 seed = 1; seed <= 4; seed++) {
			atomic_t v = ATOMIC_INIT(0);
			struct sched_actor actors[] = {
				{ "a", inc_actor, &v }, { "b", inc_actor, &v },
				{ "c", inc_actor, &v }, { "d", inc_actor, &v },
			};
			struct sched_opts o = {
				.mode = mode ? SCHED_MODE_DET : SCHED_MODE_FREE,
				.seed = seed,
			};

			assert_int_equal(sched_run(&o, actors, 4, NULL), 0);
			assert_int_equal(atomic_read(&v), 400);
		}
	}
}

/* ---- refcount_t ---- */

static void test_refcount_normal(void **state)
{
	unsigned long before = violations_reported();
	refcount_t r = REFCOUNT_INIT(1);

	refcount_inc(&r);
	refcount_add(3, &r);
	assert_int_equal(refcount_read(&r), 5);
	assert_true(refcount_inc_not_zero(&r));
	assert_true(refcount_add_not_zero(2, &r));
	assert_int_equal(refcount_read(&r), 8);
	refcount_dec(&r);
	assert_false(refcount_sub_and_test(5, &r));
	assert_false(refcount_dec_and_test(&r));
	assert_true(refcount_dec_and_test(&r));
	assert_int_equal(refcount_read(&r), 0);
	/* inc_not_zero on a dead object fails quietly: that is its job */
	assert_false(refcount_inc_not_zero(&r));
	assert_false(refcount_add_not_zero(2, &r));
	assert_int_equal(refcount_read(&r), 0);
	refcount_set(&r, 2);
	assert_true(refcount_sub_and_test(2, &r));
	assert_int_equal(violations_reported(), before);
}

static void test_refcount_overflow_saturates(void **state)
{
	unsigned long before = violations_reported();
	refcount_t r = REFCOUNT_INIT(REFCOUNT_MAX);

	refcount_inc(&r);
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);
	/* saturated stays saturated, silently, whatever comes next */
	refcount_inc(&r);
	assert_false(refcount_dec_and_test(&r));
	refcount_dec(&r);
	assert_true(refcount_inc_not_zero(&r));
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);
	assert_int_equal(violations_reported(), before + 1);

	refcount_set(&r, REFCOUNT_MAX - 1);
	assert_true(refcount_add_not_zero(2, &r));
	assert_int_equal(violations_reported(), before + 2);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);

	refcount_set(&r, REFCOUNT_MAX - 1);
	refcount_add(5, &r);
	assert_int_equal(violations_reported(), before + 3);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);
}

static void test_refcount_inc_from_zero(void **state)
{
	unsigned long before = violations_reported();
	refcount_t r = REFCOUNT_INIT(0);

	refcount_inc(&r);
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);

	refcount_set(&r, 0);
	refcount_add(2, &r);
	assert_int_equal(violations_reported(), before + 2);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);
}

static void test_refcount_underflow(void **state)
{
	unsigned long before = violations_reported();
	refcount_t r = REFCOUNT_INIT(0);

	/* a put on a dead object */
	assert_false(refcount_dec_and_test(&r));
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);

	/* more puts than gets */
	refcount_set(&r, 2);
	assert_false(refcount_sub_and_test(3, &r));
	assert_int_equal(violations_reported(), before + 2);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);

	/* refcount_dec() must never drop the last reference */
	refcount_set(&r, 1);
	refcount_dec(&r);
	assert_int_equal(violations_reported(), before + 3);
	assert_int_equal((int)refcount_read(&r), REFCOUNT_SATURATED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_atomic_ops),
		cmocka_unit_test(test_atomic64_ops),
		cmocka_unit_test(test_atomic_long_ops),
		cmocka_unit_test(test_atomic_wraps),
		cmocka_unit_test(test_generic_cmpxchg),
		cmocka_unit_test(test_rmw_is_a_scheduling_point),
		cmocka_unit_test(test_concurrent_increments),
		cmocka_unit_test(test_refcount_normal),
		cmocka_unit_test(test_refcount_overflow_saturates),
		cmocka_unit_test(test_refcount_inc_from_zero),
		cmocka_unit_test(test_refcount_underflow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
