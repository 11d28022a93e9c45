// SPDX-License-Identifier: GPL-2.0
/*
 * kmalloc and friends (kernel/mm/slab.c): zeroing, overflow checks, the
 * kernel's special cases (ZERO_SIZE_PTR, natural alignment), kmem_cache, the
 * live-object counter, the seeded failure injection (failslab), the memory
 * budget and the tracker that frees a stopped run's wreck.
 */
/* gmemsim-test-layer: kernel */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/bug.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

static u64 base_seed;

static void test_kzalloc_zeroes(void **state)
{
	long live = kmalloc_live();

	for (size_t size = 1; size <= 8192; size = size * 3 + 1) {
		/* Dirty the allocator first so that zeroing is not free luck. */
		unsigned char *d = kmalloc(size, GFP_KERNEL);

		assert_non_null(d);
		memset(d, 0xa5, size);
		kfree(d);

		unsigned char *z = kzalloc(size, GFP_KERNEL);

		assert_non_null(z);
		for (size_t i = 0; i < size; i++)
			assert_int_equal(z[i], 0);
		kfree(z);

		unsigned char *c = kcalloc(size, 2, GFP_KERNEL);

		assert_non_null(c);
		for (size_t i = 0; i < size * 2; i++)
			assert_int_equal(c[i], 0);
		kvfree(c);
	}
	assert_int_equal(kmalloc_live(), live);
}

static void test_array_overflow(void **state)
{
	long live = kmalloc_live();

	assert_null(kmalloc_array(SIZE_MAX / 2, 3, GFP_KERNEL));
	assert_null(kcalloc(SIZE_MAX, SIZE_MAX, GFP_KERNEL));
	assert_null(kvmalloc_array((size_t)1 << 40, (size_t)1 << 40, GFP_KERNEL));
	assert_null(krealloc_array(NULL, SIZE_MAX / 8, 16, GFP_KERNEL));
	/* Too big for kmalloc at all: NULL, silently with __GFP_NOWARN. */
	assert_null(kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL | __GFP_NOWARN));
	assert_int_equal(kmalloc_live(), live);

	void *p = kmalloc_array(4, 8, GFP_KERNEL);

	assert_non_null(p);
	kfree(p);
	assert_int_equal(kmalloc_live(), live);
}

static void test_kernel_special_cases(void **state)
{
	long live = kmalloc_live();

	/* kmalloc(0) is ZERO_SIZE_PTR; kfree() of it and of NULL are no-ops. */
	void *z = kmalloc(0, GFP_KERNEL);

	assert_ptr_equal(z, ZERO_SIZE_PTR);
	assert_true(ZERO_OR_NULL_PTR(z));
	kfree(z);
	kfree(NULL);
	assert_int_equal(ksize(NULL), 0);

	/* Power-of-two sizes are naturally aligned. */
	for (size_t size = 8; size <= 8192; size <<= 1) {
		void *p = kmalloc(size, GFP_KERNEL);

		assert_non_null(p);
		assert_int_equal((uintptr_t)p & (size - 1), 0);
		assert_true(ksize(p) >= size);
		kfree(p);
	}

	/* krealloc keeps the contents, zeroes the tail with __GFP_ZERO, frees on 0. */
	char *r = kmalloc(10, GFP_KERNEL);

	assert_non_null(r);
	memcpy(r, "gmemsim!!", 10);
	r = krealloc(r, 5000, GFP_KERNEL | __GFP_ZERO);
	assert_non_null(r);
	assert_memory_equal(r, "gmemsim!!", 10);
	for (size_t i = ksize(r) < 5000 ? 0 : 4000; i < 5000; i++)
		assert_int_equal(r[i], 0);
	assert_ptr_equal(krealloc(r, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	r = krealloc(NULL, 16, GFP_KERNEL);
	assert_non_null(r);
	kfree(r);

	char *d = kmemdup("abc", 4, GFP_KERNEL);

	assert_string_equal(d, "abc");
	kfree(d);
	d = kstrdup("hello", GFP_KERNEL);
	assert_string_equal(d, "hello");
	kfree(d);
	assert_null(kstrdup(NULL, GFP_KERNEL));
	assert_int_equal(kmalloc_live(), live);
}

static void test_live_counter(void **state)
{
	long live = kmalloc_live();
	void *p[10];

	for (int i = 0; i < 10; i++) {
		p[i] = kmalloc(32 + i, GFP_KERNEL);
		assert_non_null(p[i]);
		assert_int_equal(kmalloc_live(), live + i + 1);
	}
	for (int i = 0; i < 10; i++)
		kfree(p[i]);
	assert_int_equal(kmalloc_live(), live);
}

/*
 * The wreck tracker: what is freed while tracking leaves the set (whatever
 * the table's probe chains look like after backward-shift deletions), what
 * was allocated before is not tracked, and reclaiming frees exactly the rest.
 */
static void test_track_reclaims_the_rest(void **state)
{
	enum { N = 5000 };
	struct kmalloc_track t;
	void *before = kmalloc(64, GFP_KERNEL), **p = calloc(N, sizeof(*p));
	long live = kmalloc_live();
	u64 x = base_seed | 1;

	assert_non_null(p);
	kmalloc_track_begin(&t);
	for (int i = 0; i < N; i++) {
		p[i] = kmalloc(16 + i % 200, GFP_KERNEL);
		assert_non_null(p[i]);
	}
	kfree(before);	/* not the run's: no entry to drop */
	/* Free a seeded two thirds in a shuffled order. */
	for (int i = N - 1; i > 0; i--) {
		int j;
		void *tmp;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		j = (int)(x % (u64)(i + 1));
		tmp = p[i], p[i] = p[j], p[j] = tmp;
	}
	for (int i = 0; i < 2 * N / 3; i++)
		kfree(p[i]);
	assert_int_equal(t.nr, N - 2 * N / 3);
	assert_int_equal(kmalloc_track_end(&t, true), N - 2 * N / 3);
	assert_int_equal(kmalloc_live(), live - 1);
	/* Not reclaiming leaves them to their owner. */
	kmalloc_track_begin(&t);
	p[0] = kmalloc(8, GFP_KERNEL);
	assert_int_equal(kmalloc_track_end(&t, false), 0);
	kfree(p[0]);
	free(p);
}

/* The memory budget: an allocation past it fails and marks the run, once. */
static void test_budget(void **state)
{
	long budget = kmalloc_budget_get(), live = kmalloc_live();
	struct kmalloc_budget_hit hit;
	void *p;

	kmalloc_budget_clear();
	kmalloc_budget_set(kmalloc_live_bytes() + (1L << 20));
	p = kmalloc(4096, GFP_KERNEL);
	assert_non_null(p);
	assert_false(kmalloc_budget_exceeded(NULL));
	assert_null(kvmalloc(2L << 20, GFP_KERNEL));
	assert_true(kmalloc_budget_exceeded(&hit));
	assert_int_equal(hit.size, 2L << 20);
	assert_null(kvmalloc(3L << 20, GFP_KERNEL));
	assert_true(kmalloc_budget_exceeded(&hit));
	assert_int_equal(hit.size, 2L << 20);	/* the first refusal is the one named */
	kfree(p);
	kmalloc_budget_clear();
	assert_false(kmalloc_budget_exceeded(NULL));
	kmalloc_budget_set(0);
	p = kvmalloc(3L << 20, GFP_KERNEL);
	assert_non_null(p);
	kvfree(p);
	kmalloc_budget_set(budget);
	assert_int_equal(kmalloc_live(), live);
}

static int ctor_calls;

static void obj_ctor(void *p)
{
	memset(p, 0x11, 24);
	ctor_calls++;
}

static void test_kmem_cache(void **state)
{
	long live = kmalloc_live();
	struct kmem_cache *c = kmem_cache_create("test_obj", 24, 64, 0, obj_ctor);
	unsigned long before;
	void *o[4];

	assert_non_null(c);
	for (int i = 0; i < 4; i++) {
		o[i] = kmem_cache_alloc(c, GFP_KERNEL);
		assert_non_null(o[i]);
		assert_int_equal((uintptr_t)o[i] & 63, 0);
		assert_int_equal(((unsigned char *)o[i])[23], 0x11);
	}
	assert_int_equal(ctor_calls, 4);

	/* Destroying a cache with live objects is reported, and the cache leaks. */
	before = violations_reported();
	for (int i = 0; i < 4; i++)
		kmem_cache_free(c, o[i]);
	kmem_cache_destroy(c);
	assert_int_equal(violations_reported(), before);
	assert_int_equal(kmalloc_live(), live);

	/* SLAB_TYPESAFE_BY_RCU: frees wait for a grace period; destroy waits for them. */
	c = kmem_cache_create("test_rcu", 40, 0, SLAB_TYPESAFE_BY_RCU, NULL);
	assert_non_null(c);
	void *z = kmem_cache_zalloc(c, GFP_KERNEL);

	assert_non_null(z);
	for (int i = 0; i < 40; i++)
		assert_int_equal(((unsigned char *)z)[i], 0);
	kmem_cache_free(c, z);
	kmem_cache_destroy(c);
	assert_int_equal(kmalloc_live(), live);
}

/* A blocking allocation inside an RCU read section sleeps in atomic context. */
static void alloc_in_rcu_reader(void *arg)
{
	void *a, *k;

	rcu_read_lock();
	a = kmalloc(16, GFP_ATOMIC);	/* fine */
	k = kmalloc(16, GFP_KERNEL);	/* "sleeping function called from invalid context" */
	rcu_read_unlock();
	kfree(a);
	kfree(k);
}

static void test_might_sleep_in_atomic(void **state)
{
	struct sched_actor actors[] = { { "r", alloc_in_rcu_reader, NULL } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 1, &res), -EFAULT);
	assert_int_equal(res.violations, 1);
	print_message("  GFP_KERNEL under rcu_read_lock: %s\n", res.first_violation);
	sched_result_destroy(&res);
}

/* ---- failure injection ------------------------------------------------------------- */

#define NR_ALLOCS 256

/* Bit i set: allocation i failed. */
static void failure_pattern(gfp_t gfp, u64 *bits)
{
	memset(bits, 0, NR_ALLOCS / 8);
	for (int i = 0; i < NR_ALLOCS; i++) {
		void *p = kmalloc(64, gfp);

		if (!p)
			bits[i / 64] |= 1ULL << (i % 64);
		kfree(p);
	}
}

static int popcount(const u64 *bits)
{
	int n = 0;

	for (int i = 0; i < NR_ALLOCS / 64; i++)
		n += __builtin_popcountll(bits[i]);
	return n;
}

static void test_fail_same_seed_same_pattern(void **state)
{
	u64 a[NR_ALLOCS / 64], b[NR_ALLOCS / 64], c[NR_ALLOCS / 64];
	unsigned long fails = kmalloc_fail_count();
	long live = kmalloc_live();

	kmalloc_fail_configure(base_seed, 250000, 0, -1, 0);
	failure_pattern(GFP_KERNEL, a);
	kmalloc_fail_configure(base_seed, 250000, 0, -1, 0);
	failure_pattern(GFP_KERNEL, b);
	kmalloc_fail_configure(base_seed + 1, 250000, 0, -1, 0);
	failure_pattern(GFP_KERNEL, c);
	kmalloc_fail_disable();

	assert_memory_equal(a, b, sizeof(a));
	assert_memory_not_equal(a, c, sizeof(a));
	/* About a quarter fail. */
	assert_in_range(popcount(a), NR_ALLOCS / 8, NR_ALLOCS / 2);
	assert_int_equal(kmalloc_fail_count() - fails, popcount(a) + popcount(b) + popcount(c));
	assert_int_equal(kmalloc_live(), live);
}

static void test_fail_probability_bounds(void **state)
{
	u64 bits[NR_ALLOCS / 64];

	kmalloc_fail_configure(base_seed, 0, 0, -1, 0);
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), 0);

	kmalloc_fail_configure(base_seed, 1000000, 0, -1, 0);
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), NR_ALLOCS);
	failure_pattern(GFP_ATOMIC, bits);
	assert_int_equal(popcount(bits), NR_ALLOCS);

	/* __GFP_NOFAIL never fails. */
	failure_pattern(GFP_KERNEL | __GFP_NOFAIL, bits);
	assert_int_equal(popcount(bits), 0);

	/* Smaller than min_size: never fails. */
	kmalloc_fail_configure(base_seed, 1000000, 0, -1, 65);
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), 0);
	kmalloc_fail_disable();
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), 0);
}

static void test_fail_interval_and_times(void **state)
{
	u64 bits[NR_ALLOCS / 64];

	/* Every 4th call eligible, all eligible fail: allocations 3, 7, 11... */
	kmalloc_fail_configure(base_seed, 1000000, 4, -1, 0);
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), NR_ALLOCS / 4);
	for (int i = 0; i < NR_ALLOCS; i++)
		assert_int_equal(!!(bits[i / 64] & (1ULL << (i % 64))), i % 4 == 3);

	/* At most 5 failures. */
	kmalloc_fail_configure(base_seed, 1000000, 0, 5, 0);
	failure_pattern(GFP_KERNEL, bits);
	assert_int_equal(popcount(bits), 5);
	assert_int_equal(bits[0], 0x1f);
	kmalloc_fail_disable();
}

/* Deterministic mode: the pattern is a function of seed and schedule. */
#define DET_ALLOCS 40

struct det_alloc_log {
	int fails[2];		/* per actor */
	u64 pattern[2];
};

static struct det_alloc_log det_log;

static void det_alloc_actor(void *arg)
{
	int id = current->id;

	for (int i = 0; i < DET_ALLOCS; i++) {
		void *p = kmalloc(128, GFP_KERNEL);

		if (!p) {
			det_log.fails[id]++;
			det_log.pattern[id] |= 1ULL << i;
		}
		kfree(p);
		sched_point("between allocations");
	}
}

static void run_det_allocs(u64 seed, struct det_alloc_log *out, u64 *hash)
{
	struct sched_actor actors[] = { { "a", det_alloc_actor, NULL }, { "b", det_alloc_actor, NULL } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = seed };
	struct sched_result res;

	memset(&det_log, 0, sizeof(det_log));
	assert_int_equal(sched_run(&o, actors, 2, &res), 0);
	*hash = res.hash;
	sched_result_destroy(&res);
	*out = det_log;
}

static void test_fail_det_reproducible(void **state)
{
	struct det_alloc_log l1, l2;
	u64 h1, h2;
	long live = kmalloc_live();
	void *junk;

	kmalloc_fail_configure(base_seed, 300000, 0, -1, 0);
	run_det_allocs(base_seed + 5, &l1, &h1);
	/* Allocations outside the run do not shift the run's numbering. */
	junk = kmalloc(8, GFP_KERNEL | __GFP_NOFAIL);
	kfree(junk);
	run_det_allocs(base_seed + 5, &l2, &h2);
	kmalloc_fail_disable();

	assert_int_equal(h1, h2);
	assert_memory_equal(&l1, &l2, sizeof(l1));
	assert_true(l1.fails[0] + l1.fails[1] > 0);
	assert_int_equal(kmalloc_live(), live);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kzalloc_zeroes),
		cmocka_unit_test(test_array_overflow),
		cmocka_unit_test(test_kernel_special_cases),
		cmocka_unit_test(test_live_counter),
		cmocka_unit_test(test_track_reclaims_the_rest),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_kmem_cache),
		cmocka_unit_test(test_might_sleep_in_atomic),
		cmocka_unit_test(test_fail_same_seed_same_pattern),
		cmocka_unit_test(test_fail_probability_bounds),
		cmocka_unit_test(test_fail_interval_and_times),
		cmocka_unit_test(test_fail_det_reproducible),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("slab_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
