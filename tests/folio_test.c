// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated physical memory (mm_model/page_alloc.c, folio.c): folio life
 * cycle, the generation that moves at every free, stale (pfn, generation)
 * pairs and poisoned flags reported as use-after-free, refcount and mapcount
 * under/overflow, deterministic pfn choice, sparse metadata for a 1 TiB space,
 * content words and the foreign-data check, per-owner accounting back to zero.
 *
 * GMEMSIM_SEED=<n> picks the seed of the random tests (printed at start).
 */
/* gmemsim-test-layer: mm */
#include <linux/compiler.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>

#include "test_violations.h"

static u64 base_seed = 1;
static struct phys_mem *pm;


static int setup(void **state)
{
	pm = phys_mem_create(4ULL << 30, base_seed);
	assert_non_null(pm);
	phys_mem_set_current(pm);
	return 0;
}

static int teardown(void **state)
{
	unsigned long leaked = phys_mem_destroy(pm);

	phys_mem_set_current(NULL);
	/* content storage of freed folios goes after a grace period */
	rcu_barrier();
	assert_int_equal(leaked, 0);
	return 0;
}

static void test_folio_lifecycle(void **state)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);
	unsigned long pfn;
	u64 gen;

	assert_non_null(folio);
	pfn = folio_pfn(folio);
	gen = folio_gen(folio);
	assert_true(pfn < phys_mem_nr_pfns(pm));
	assert_int_equal(folio_ref_count(folio), 1);
	assert_int_equal(folio_mapcount(folio), 0);
	assert_int_equal(folio_nr_pages(folio), 1);
	assert_int_equal(folio_size(folio), PAGE_SIZE);
	assert_false(folio_test_large(folio));
	assert_false(folio_test_uptodate(folio));
	assert_null(folio_mapping(folio));
	assert_ptr_equal(pfn_folio(pfn), folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 1);

	folio_get(folio);
	assert_int_equal(folio_ref_count(folio), 2);
	assert_true(folio_try_get(folio));
	folio_put(folio);
	folio_put(folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 1);
	folio_mark_uptodate(folio);
	assert_true(folio_test_uptodate(folio));
	folio_put(folio);

	/* freed: the pfn is free, the generation moved, the flags are poisoned */
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
	assert_null(pfn_folio(pfn));
	assert_int_not_equal(folio_gen(folio), gen);
	assert_true(folio_poisoned(folio));
	assert_false(folio_try_get(folio));
}

static void test_large_folio_geometry(void **state)
{
	struct folio *f2m = folio_alloc(GFP_KERNEL, PMD_ORDER);
	struct folio *f1g = folio_alloc(GFP_KERNEL, PUD_ORDER);

	assert_non_null(f2m);
	assert_non_null(f1g);
	assert_true(IS_ALIGNED(folio_pfn(f2m), 512));
	assert_true(IS_ALIGNED(folio_pfn(f1g), 1UL << PUD_ORDER));
	assert_int_equal(folio_size(f2m), PMD_SIZE);
	assert_int_equal(folio_size(f1g), PUD_SIZE);
	assert_true(folio_test_large(f2m));
	/* any pfn inside finds the head */
	assert_ptr_equal(pfn_folio(folio_pfn(f2m) + 511), f2m);
	assert_ptr_equal(pfn_folio(folio_pfn(f1g) + 12345), f1g);
	assert_int_equal(phys_mem_pages_in_use(pm), 512 + (1UL << PUD_ORDER));
	assert_null(folio_alloc(GFP_KERNEL, MAX_FOLIO_ORDER + 1));
	folio_put(f2m);
	folio_put(f1g);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

/* A 1 GiB space holds exactly one 1G folio: reallocation reuses its pfns. */
static void test_generation_bump_and_stale_pair(void **state)
{
	struct phys_mem *small = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *folio;
	unsigned long pfn;
	u64 gen, word;

	phys_mem_set_current(small);
	folio = folio_alloc(GFP_KERNEL, PUD_ORDER);
	assert_non_null(folio);
	pfn = folio_pfn(folio) + 7;
	gen = folio_gen(folio);
	assert_true(pfn_check_gen(pfn, gen, "live pair"));
	assert_int_equal(pfn_content_write(pfn, gen, 42, "write"), 0);
	assert_int_equal(pfn_content_read(pfn, gen, &word, "read"), 0);
	assert_int_equal(word, 42);
	folio_put(folio);

	/* free pfn: the stale pair is reported */
	EXPECT_VIOLATIONS(1, assert_false(pfn_check_gen(pfn, gen, "stale after free")));
	EXPECT_VIOLATIONS(1, assert_int_equal(pfn_content_read(pfn, gen, &word, "read"),
					      -EFAULT));

	/* reallocated pfn: a new generation, still reported, and reads zero */
	folio = folio_alloc(GFP_KERNEL, PUD_ORDER);
	assert_non_null(folio);
	assert_int_equal(folio_pfn(folio) + 7, pfn);
	assert_int_not_equal(folio_gen(folio), gen);
	EXPECT_VIOLATIONS(1, assert_false(pfn_check_gen(pfn, gen, "stale after realloc")));
	EXPECT_VIOLATIONS(0, assert_false(pfn_gen_live(pfn, gen)));
	assert_int_equal(pfn_content_read(pfn, folio_gen(folio), &word, "fresh"), 0);
	assert_int_equal(word, 0);
	/* the space is full */
	assert_null(folio_alloc(GFP_KERNEL, 0));
	folio_put(folio);
	phys_mem_set_current(pm);
	assert_int_equal(phys_mem_destroy(small), 0);
}

static void test_poisoned_flags_reported(void **state)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	folio_put(folio);
	EXPECT_VIOLATIONS(1, assert_false(folio_test_uptodate(folio)));
	EXPECT_VIOLATIONS(1, folio_set_dirty(folio));
	assert_true(folio_poisoned(folio));
}

static void test_refcount_underflow_overflow(void **state)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	/* overflow: reported, not applied */
	EXPECT_VIOLATIONS(1, folio_ref_add(folio, FOLIO_REF_MAX));
	assert_int_equal(folio_ref_count(folio), 1);
	EXPECT_VIOLATIONS(1, assert_false(folio_ref_try_add(folio, FOLIO_REF_MAX)));
	folio_put(folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
	/* underflow on a freed folio: reported, not a double free */
	EXPECT_VIOLATIONS(1, folio_put(folio));
	assert_int_equal(folio_ref_count(folio), 0);
	/* get of a freed folio: reported and undone */
	EXPECT_VIOLATIONS(1, folio_get(folio));
	assert_int_equal(folio_ref_count(folio), 0);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_mapcount_and_bad_free(void **state)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	folio_add_mapcount(folio, 2);
	assert_true(folio_mapped(folio));
	folio_sub_mapcount(folio, 2);
	EXPECT_VIOLATIONS(1, folio_sub_mapcount(folio, 1));
	assert_int_equal(folio_mapcount(folio), 0);
	/* freeing a mapped or locked folio is a bad page */
	folio_add_mapcount(folio, 1);
	assert_true(folio_trylock(folio));
	EXPECT_VIOLATIONS(2, folio_put(folio));
}

static void test_folio_lock(void **state)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	folio_lock(folio);
	assert_true(folio_test_locked(folio));
	assert_false(folio_trylock(folio));
	folio_unlock(folio);
	assert_true(folio_trylock(folio));
	folio_unlock(folio);
	EXPECT_VIOLATIONS(1, folio_unlock(folio));
	folio_put(folio);
}

/* Allocate and free in a seeded pattern; return an FNV hash of the pfns handed out. */
static u64 alloc_pattern(u64 seed, unsigned int rounds)
{
	struct phys_mem *p = phys_mem_create(8ULL << 30, seed);
	struct folio *live[64] = { NULL };
	u64 hash = 0xcbf29ce484222325ULL, rng = seed;
	unsigned int i, slot, order;

	phys_mem_set_current(p);
	for (i = 0; i < rounds; i++) {
		rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
		slot = (rng >> 33) % 64;
		if (live[slot]) {
			folio_put(live[slot]);
			live[slot] = NULL;
			continue;
		}
		order = (rng >> 20) % 4 == 0 ? PMD_ORDER : 0;
		live[slot] = folio_alloc(GFP_KERNEL, order);
		assert_non_null(live[slot]);
		hash = (hash ^ folio_pfn(live[slot])) * 0x100000001b3ULL;
	}
	for (slot = 0; slot < 64; slot++)
		if (live[slot])
			folio_put(live[slot]);
	phys_mem_set_current(pm);
	assert_int_equal(phys_mem_destroy(p), 0);
	return hash;
}

static void test_deterministic_allocation(void **state)
{
	u64 a = alloc_pattern(base_seed, 2000), b = alloc_pattern(base_seed, 2000);
	u64 c = alloc_pattern(base_seed + 1, 2000);

	assert_true(a == b);
	assert_true(a != c);
}

static int cmp_folio_pfn(const void *x, const void *y)
{
	const struct folio *a = *(struct folio *const *)x, *b = *(struct folio *const *)y;

	return a->pfn < b->pfn ? -1 : a->pfn > b->pfn;
}

/* 1 TiB of pfns, a few thousand folios: metadata is what was touched. */
static void test_sparse_1tib(void **state)
{
	enum { N = 3000 };
	struct phys_mem *big = phys_mem_create(1ULL << 40, base_seed);
	static struct folio *f[N];
	unsigned long pages = 0, below_1g = 0, nr_1g = 0, memmap;
	unsigned int i;

	phys_mem_set_current(big);
	assert_int_equal(phys_mem_nr_pfns(big), (1ULL << 40) >> PAGE_SHIFT);
	for (i = 0; i < N; i++) {
		unsigned int order = i % 10 == 0 ? PMD_ORDER : (i % 333 == 0 ? PUD_ORDER : 0);

		f[i] = folio_alloc(GFP_KERNEL, order);
		assert_non_null(f[i]);
		assert_true(IS_ALIGNED(folio_pfn(f[i]), folio_nr_pages(f[i])));
		pages += folio_nr_pages(f[i]);
		if (order == PUD_ORDER)
			nr_1g++;
		else
			below_1g += folio_nr_pages(f[i]);
	}
	assert_int_equal(phys_mem_pages_in_use(big), pages);
	/*
	 * The memmap covers the sections touched, packed: the small folios'
	 * pages, one section per 1G head (its tails need none), one batch.
	 */
	memmap = phys_mem_nr_folio_structs(big);
	assert_int_equal(memmap % PHYS_PAGES_PER_SECTION, 0);
	assert_true(memmap <= (DIV_ROUND_UP(below_1g, PHYS_PAGES_PER_SECTION) + nr_1g + 1) *
			      PHYS_PAGES_PER_SECTION);
	/* no two folios overlap */
	qsort(f, N, sizeof(f[0]), cmp_folio_pfn);
	for (i = 1; i < N; i++)
		assert_true(f[i - 1]->pfn + folio_nr_pages(f[i - 1]) <= f[i]->pfn);
	for (i = 0; i < N; i++)
		folio_put(f[i]);
	assert_int_equal(phys_mem_pages_in_use(big), 0);
	/* freed pfns are reused: the memmap does not grow */
	for (i = 0; i < N; i++)
		f[i] = folio_alloc(GFP_KERNEL, 0);
	assert_int_equal(phys_mem_nr_folio_structs(big), memmap);
	for (i = 0; i < N; i++)
		folio_put(f[i]);
	phys_mem_set_current(pm);
	assert_int_equal(phys_mem_destroy(big), 0);
}

static void test_full_space_and_failure_knob(void **state)
{
	struct phys_mem *small = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *f[512];
	unsigned int i;

	phys_mem_set_current(small);
	/* 512 2M folios fill 1 GiB exactly: the crowded scan finds every slot */
	for (i = 0; i < 512; i++) {
		f[i] = folio_alloc(GFP_KERNEL, PMD_ORDER);
		assert_non_null(f[i]);
	}
	assert_null(folio_alloc(GFP_KERNEL, 0));
	folio_put(f[100]);
	assert_null(folio_alloc(GFP_KERNEL, PUD_ORDER));
	f[100] = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(f[100]);
	for (i = 0; i < 512; i++)
		folio_put(f[i]);

	phys_mem_set_fail_rate(small, 1000000);
	assert_null(folio_alloc(GFP_KERNEL, 0));
	f[0] = folio_alloc(GFP_KERNEL | __GFP_NOFAIL, 0);
	assert_non_null(f[0]);
	folio_put(f[0]);
	phys_mem_set_fail_rate(small, 0);
	phys_mem_set_current(pm);
	assert_int_equal(phys_mem_destroy(small), 0);
}

static void test_content_words(void **state)
{
	struct folio *small = folio_alloc(GFP_KERNEL, 0);
	struct folio *huge = folio_alloc(GFP_KERNEL, PUD_ORDER);
	u32 writer;

	assert_int_equal(folio_content_read(small, 0), 0);
	folio_content_write(small, 0, 0xabc);
	assert_int_equal(folio_content_read(small, 0), 0xabc);
	/* a large folio stores only the chunks written */
	assert_int_equal(folio_content_read(huge, 100000), 0);
	folio_content_write(huge, 100000, 7);
	folio_content_write(huge, 3, 8);
	assert_int_equal(folio_content_read(huge, 100000), 7);
	assert_int_equal(folio_content_read(huge, 100001), 0);
	assert_int_equal(folio_content_nr_written(huge), 2);
	folio_zero_pages(huge, 0, 10);
	assert_int_equal(folio_content_read(huge, 3), 0);
	assert_int_equal(folio_content_peek(huge, 100000, &writer), 7);
	assert_int_equal(writer, 0);	/* uncharged writer */
	folio_put(small);
	folio_put(huge);
}

static void test_owner_accounting_and_foreign_data(void **state)
{
	struct mm_owner a, b;
	struct folio *folio;

	mm_owner_init(&a, "file", "a");
	mm_owner_init(&b, "vm", "b");
	assert_int_not_equal(a.id, b.id);
	folio = folio_alloc(GFP_KERNEL, PMD_ORDER);
	folio_charge(folio, &a);
	assert_int_equal(mm_owner_pages(&a), 512);
	EXPECT_VIOLATIONS(1, folio_charge(folio, &b));
	folio_content_write(folio, 1, 99);
	assert_int_equal(folio_content_read(folio, 1), 99);
	/* the page changes hands with a's data still in it */
	folio_uncharge(folio);
	assert_int_equal(mm_owner_pages(&a), 0);
	folio_charge(folio, &b);
	EXPECT_VIOLATIONS(1, assert_int_equal(folio_content_read(folio, 1), 99));
	folio_put(folio);
	/* the free uncharges */
	assert_int_equal(mm_owner_pages(&b), 0);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

int main(void)
{
	const char *env = getenv("GMEMSIM_SEED");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_folio_lifecycle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_large_folio_geometry, setup, teardown),
		cmocka_unit_test_setup_teardown(test_generation_bump_and_stale_pair, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_poisoned_flags_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refcount_underflow_overflow, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mapcount_and_bad_free, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folio_lock, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deterministic_allocation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sparse_1tib, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_space_and_failure_knob, setup, teardown),
		cmocka_unit_test_setup_teardown(test_content_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_owner_accounting_and_foreign_data, setup,
						teardown),
	};

	if (env)
		base_seed = strtoull(env, NULL, 0);
	print_message("folio_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
