// SPDX-License-Identifier: GPL-2.0
/*
 * The page cache (mm_model/filemap.c, truncate.c): insertion and lookup of 4K
 * and 2M folios, FGP_LOCK/FGP_CREAT/FGP_NOWAIT, truncation of whole, partial
 * and large folios with ->free_folio, memory_failure and ->error_remove_folio,
 * and lockless lookups racing insertion and truncation, in free mode
 * (pthreads) and under the deterministic scheduler with several seeds.
 *
 * GMEMSIM_SEED=<n> picks the seed (printed at start).
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
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

#include "actor_check.h"
#include "test_violations.h"

static u64 base_seed = 1;
static struct phys_mem *pm;
static struct inode *inode;
static struct address_space *mapping;
static long nr_free_folio;		/* ->free_folio calls */
static int error_remove_ret;		/* what ->error_remove_folio returns */
static long nr_unmap_folio;

/*
 * The host mm implements the unmap hooks (mm_model/memory.c); this test
 * never maps a folio, so it links its own that only count.
 */
__attribute__((weak)) void unmap_mapping_folio(struct folio *folio)
{
	__atomic_fetch_add(&nr_unmap_folio, 1, __ATOMIC_RELAXED);
}

__attribute__((weak)) void unmap_mapping_range(struct address_space *m, loff_t holebegin,
					       loff_t holelen, int even_cows)
{
}


static void t_free_folio(struct folio *folio)
{
	__atomic_fetch_add(&nr_free_folio, 1, __ATOMIC_RELAXED);
}

static int t_error_remove_folio(struct address_space *m, struct folio *folio)
{
	return error_remove_ret;
}

static const struct address_space_operations t_aops = {
	.dirty_folio = noop_dirty_folio,
	.free_folio = t_free_folio,
	.error_remove_folio = t_error_remove_folio,
};

static struct super_block t_sb = {
	.s_id = "testfs",
	.s_maxbytes = MAX_LFS_FILESIZE,
};

static int setup(void **state)
{
	pm = phys_mem_create(4ULL << 30, base_seed);
	phys_mem_set_default(pm);
	inode = new_inode(&t_sb, "t");
	assert_non_null(inode);
	mapping = inode->i_mapping;
	mapping->a_ops = &t_aops;
	nr_free_folio = 0;
	nr_unmap_folio = 0;
	actor_failures = 0;
	return 0;
}

static int teardown(void **state)
{
	unsigned long leaked;

	iput(inode);
	leaked = phys_mem_destroy(pm);
	phys_mem_set_default(NULL);
	rcu_barrier();
	assert_int_equal(leaked, 0);
	return 0;
}

/* A new folio at @index holding words index + 1 ...; returned unlocked, with a ref. */
static struct folio *add_folio(pgoff_t index, unsigned int order)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, order);
	unsigned long i;

	assert_non_null(folio);
	for (i = 0; i < folio_nr_pages(folio); i++)
		folio_content_write(folio, i, index + i + 1);
	assert_int_equal(filemap_add_folio(mapping, folio, index, GFP_KERNEL), 0);
	assert_true(folio_test_locked(folio));
	folio_unlock(folio);
	return folio;
}

static void test_add_and_lookup(void **state)
{
	struct folio *folio = add_folio(5, 0), *found, *dup;

	assert_int_equal(folio_ref_count(folio), 2);	/* ours + the cache's */
	assert_ptr_equal(folio_mapping(folio), mapping);
	assert_int_equal(folio_index(folio), 5);
	assert_int_equal(mapping_nrpages(mapping), 1);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 1);

	found = filemap_get_folio(mapping, 5);
	assert_ptr_equal(found, folio);
	assert_int_equal(folio_ref_count(folio), 3);
	folio_put(found);
	assert_ptr_equal(filemap_get_folio(mapping, 6), ERR_PTR(-ENOENT));

	/* occupied: -EEXIST, and the new folio is untouched */
	dup = folio_alloc(GFP_KERNEL, 0);
	assert_int_equal(filemap_add_folio(mapping, dup, 5, GFP_KERNEL), -EEXIST);
	assert_false(folio_test_locked(dup));
	assert_null(folio_mapping(dup));
	assert_int_equal(folio_ref_count(dup), 1);
	folio_put(dup);

	/* locked lookup; FGP_NOWAIT does not sleep on a held lock */
	found = filemap_lock_folio(mapping, 5);
	assert_ptr_equal(found, folio);
	assert_true(folio_test_locked(found));
	assert_ptr_equal(__filemap_get_folio(mapping, 5, FGP_LOCK | FGP_NOWAIT, 0),
			 ERR_PTR(-EAGAIN));
	filemap_remove_folio(found);
	folio_unlock(found);
	folio_put(found);
	assert_int_equal(nr_free_folio, 1);
	assert_null(folio_mapping(folio));
	assert_int_equal(folio_index(folio), 5);	/* kept, as in the kernel */
	assert_int_equal(mapping_nrpages(mapping), 0);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 0);
	folio_put(folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_large_folio_in_cache(void **state)
{
	struct folio *folio = add_folio(512, PMD_ORDER), *found, *small;

	assert_int_equal(mapping_nrpages(mapping), 512);
	found = filemap_get_folio(mapping, 700);
	assert_ptr_equal(found, folio);
	assert_int_equal(folio_file_pfn(found, 700), folio_pfn(folio) + 188);
	assert_int_equal(folio_content_read(found, 700 - folio_index(found)), 701);
	folio_put(found);
	assert_ptr_equal(filemap_get_folio(mapping, 1024), ERR_PTR(-ENOENT));

	/* a 4K folio inside it, or a misaligned large one, does not go in */
	small = folio_alloc(GFP_KERNEL, 0);
	assert_int_equal(filemap_add_folio(mapping, small, 600, GFP_KERNEL), -EEXIST);
	folio_put(small);
	small = folio_alloc(GFP_KERNEL, PMD_ORDER);
	EXPECT_VIOLATIONS(1, assert_int_equal(filemap_add_folio(mapping, small, 100, GFP_KERNEL),
					      -EINVAL));
	folio_put(small);
	folio_put(folio);
	truncate_inode_pages(mapping, 0);
	assert_int_equal(mapping_nrpages(mapping), 0);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_fgp_creat(void **state)
{
	struct folio *folio;

	folio = __filemap_get_folio(mapping, 9, FGP_LOCK | FGP_CREAT | FGP_ACCESSED, GFP_KERNEL);
	assert_false(IS_ERR(folio));
	assert_true(folio_test_locked(folio));
	assert_true(folio_test_referenced(folio));
	assert_false(folio_test_uptodate(folio));
	assert_int_equal(folio_order(folio), 0);	/* no large-folio support */
	folio_unlock(folio);
	folio_put(folio);

	/* large folios: the order is capped by the alignment of the index */
	mapping_set_large_folios(mapping);
	folio = __filemap_get_folio(mapping, 1000, FGP_CREAT | fgf_set_order(PMD_SIZE), GFP_KERNEL);
	assert_false(IS_ERR(folio));
	assert_false(folio_test_locked(folio));
	assert_int_equal(folio_order(folio), 3);
	assert_int_equal(folio_index(folio), 1000);
	folio_put(folio);
	folio = __filemap_get_folio(mapping, 1024, FGP_CREAT | fgf_set_order(PMD_SIZE), GFP_KERNEL);
	assert_int_equal(folio_order(folio), PMD_ORDER);
	folio_put(folio);
	/* the range [1024, 1536) is taken: an order-9 request at 1536 is clean */
	assert_int_equal(mapping_nrpages(mapping), 1 + 8 + 512);

	/* allocation failure is -ENOMEM */
	phys_mem_set_fail_rate(pm, 1000000);
	assert_ptr_equal(__filemap_get_folio(mapping, 5000, FGP_CREAT, GFP_KERNEL),
			 ERR_PTR(-ENOMEM));
	phys_mem_set_fail_rate(pm, 0);
}

/*
 *   pages:  0 ........ 10 ====== 19 ... 30 [31 ===== 39] 40 ... 63
 *   punch:             [10, 20)            (30.x, 40.x): 31..39 go, 30 and 40 stay
 */
static void test_truncate_range(void **state)
{
	struct folio *f[64];
	unsigned int i;

	for (i = 0; i < 64; i++) {
		f[i] = add_folio(i, 0);
		folio_put(f[i]);
	}
	truncate_inode_pages_range(mapping, 10 * PAGE_SIZE, 20 * PAGE_SIZE - 1);
	assert_int_equal(mapping_nrpages(mapping), 54);
	assert_int_equal(nr_free_folio, 10);
	for (i = 10; i < 20; i++)
		assert_ptr_equal(filemap_get_folio(mapping, i), ERR_PTR(-ENOENT));
	truncate_inode_pages_range(mapping, 30 * PAGE_SIZE + 100, 40 * PAGE_SIZE + 99);
	assert_int_equal(mapping_nrpages(mapping), 45);
	assert_ptr_equal(filemap_get_folio(mapping, 31), ERR_PTR(-ENOENT));
	f[0] = filemap_get_folio(mapping, 30);
	assert_false(IS_ERR(f[0]));
	assert_int_equal(folio_content_read(f[0], 0), 31);	/* partial page: kept */
	folio_put(f[0]);
	assert_false(IS_ERR_OR_NULL(f[1] = filemap_get_folio(mapping, 40)));
	folio_put(f[1]);
	assert_int_equal(phys_mem_pages_in_use(pm), 45);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 45);
	truncate_inode_pages(mapping, 0);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 0);
	assert_int_equal(nr_free_folio, 64);
	assert_int_equal(nr_unmap_folio, 0);
}

/*
 *   one 2M folio, pages 0..511 = words 1..512
 *   truncate pages [100, 200): the folio stays, those pages read 0
 */
static void test_truncate_partial_large(void **state)
{
	struct folio *folio = add_folio(0, PMD_ORDER);

	truncate_inode_pages_range(mapping, 100 * PAGE_SIZE, 200 * PAGE_SIZE - 1);
	assert_ptr_equal(folio_mapping(folio), mapping);
	assert_int_equal(folio_content_read(folio, 99), 100);
	assert_int_equal(folio_content_read(folio, 100), 0);
	assert_int_equal(folio_content_read(folio, 199), 0);
	assert_int_equal(folio_content_read(folio, 200), 201);
	assert_int_equal(nr_free_folio, 0);
	/* covering it whole removes it; a pinned folio outlives the cache */
	truncate_inode_pages_range(mapping, 0, PMD_SIZE - 1);
	assert_null(folio_mapping(folio));
	assert_int_equal(phys_mem_pages_in_use(pm), 512);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 0);
	folio_put(folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_truncate_unmaps_mapped_folio(void **state)
{
	struct folio *folio = add_folio(3, 0);

	folio_add_mapcount(folio, 1);
	truncate_inode_pages(mapping, 0);
	assert_int_equal(nr_unmap_folio, 1);
	/* the counting hook does not really unmap: undo what a PTE zap would */
	folio_sub_mapcount(folio, 1);
	folio_put(folio);
}

static void test_memory_failure(void **state)
{
	struct folio *kept = add_folio(1, 0), *gone = add_folio(2, 0);
	unsigned long pfn = folio_pfn(gone);

	/* ->error_remove_folio keeps it (guest_memfd's MF_DELAYED) */
	error_remove_ret = MF_DELAYED;
	assert_int_equal(memory_failure(folio_pfn(kept), 0), 0);
	assert_true(folio_test_hwpoison(kept));
	assert_ptr_equal(folio_mapping(kept), mapping);
	assert_int_equal(memory_failure(folio_pfn(kept), 0), -EHWPOISON);
	error_remove_ret = -EIO;
	assert_int_equal(memory_failure(folio_pfn(gone), 0), -EBUSY);
	/* without the hook the folio is truncated */
	mapping->a_ops = NULL;
	folio_clear_hwpoison(gone);
	assert_int_equal(memory_failure(pfn, 0), 0);
	assert_null(folio_mapping(gone));
	mapping->a_ops = &t_aops;
	folio_put(gone);
	assert_int_equal(memory_failure(pfn, 0), -ENXIO);
	folio_put(kept);
}

/* ---- concurrency: lockless lookups against insertion and truncation -------------- */

#define RACE_PAGES 1024

struct race {
	unsigned int rounds;
	unsigned int lookups;
	u64 seed;
};

static u64 race_rand(u64 *state)
{
	/* deterministic mode: the run's seeded stream; free mode: a per-actor PRNG */
	if (sched_is_det())
		return sched_rand();
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return *state >> 11;
}

static void race_writer(void *arg)
{
	struct race *r = arg;
	unsigned int round, i;
	u64 rng = r->seed;

	for (round = 0; round < r->rounds; round++) {
		for (i = 0; i < 8; i++) {
			pgoff_t index = race_rand(&rng) % RACE_PAGES;
			unsigned int order = (race_rand(&rng) % 4 == 0) ? 4 : 0;
			struct folio *folio = folio_alloc(GFP_KERNEL, order);
			unsigned long p;
			int err;

			index = ALIGN_DOWN(index, 1UL << order);
			ACTOR_CHECK(folio);
			if (!folio)
				continue;
			for (p = 0; p < folio_nr_pages(folio); p++)
				folio_content_write(folio, p, index + p + 1);
			err = filemap_add_folio(mapping, folio, index, GFP_KERNEL);
			ACTOR_CHECK(!err || err == -EEXIST);
			if (!err)
				folio_unlock(folio);
			folio_put(folio);
		}
		/* punch a random hole, or everything every few rounds */
		if (round % 4 == 3) {
			truncate_inode_pages(mapping, 0);
		} else {
			/* 16-page aligned: never a partial large folio, so words stay exact */
			loff_t a = (loff_t)ALIGN_DOWN(race_rand(&rng) % RACE_PAGES, 16) << PAGE_SHIFT;

			truncate_inode_pages_range(mapping, a, a + 64 * PAGE_SIZE - 1);
		}
	}
	truncate_inode_pages(mapping, 0);
}

static void race_reader(void *arg)
{
	struct race *r = arg;
	u64 rng = r->seed ^ 0x5bd1e995;
	unsigned int i;

	for (i = 0; i < r->lookups; i++) {
		pgoff_t index = race_rand(&rng) % RACE_PAGES;
		struct folio *folio = filemap_get_folio(mapping, index);
		u64 gen;

		if (IS_ERR(folio)) {
			ACTOR_CHECK(folio == ERR_PTR(-ENOENT));
			continue;
		}
		/* our reference pins identity, generation and contents */
		gen = folio_gen(folio);
		ACTOR_CHECK(folio_contains(folio, index));
		ACTOR_CHECK(folio_content_read(folio, index - folio_index(folio)) == index + 1);
		ACTOR_CHECK(pfn_gen_live(folio_file_pfn(folio, index), gen));
		sched_point("reader holds folio");
		ACTOR_CHECK(folio_gen(folio) == gen);
		folio_put(folio);
	}
}

static void run_race(const struct sched_opts *o, struct race *r)
{
	const struct sched_actor actors[] = {
		{ .name = "writer", .fn = race_writer, .arg = r },
		{ .name = "reader0", .fn = race_reader, .arg = r },
		{ .name = "reader1", .fn = race_reader, .arg = r },
	};
	unsigned long v = violations_reported();
	struct sched_result res;

	nr_free_folio = 0;
	assert_int_equal(sched_run(o, actors, ARRAY_SIZE(actors), &res), 0);
	assert_int_equal(res.status, SCHED_DONE);
	sched_result_destroy(&res);
	if (actor_failures)
		print_message("replay: GMEMSIM_SEED=%llu (run seed %llu, %s mode)\n",
			      (unsigned long long)base_seed, (unsigned long long)o->seed,
			      o->mode == SCHED_MODE_DET ? "det" : "free");
	assert_int_equal(actor_failures, 0);
	assert_int_equal(violations_reported(), v);
	assert_int_equal(mapping_nrpages(mapping), 0);
	assert_true(mapping_empty(mapping));
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 0);
}

static void test_race_free_mode(void **state)
{
	struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };
	struct race r = { .rounds = 200, .lookups = 20000, .seed = base_seed };

	run_race(&o, &r);
}

static void test_race_det_mode(void **state)
{
	unsigned int i;

	for (i = 0; i < 60; i++) {
		struct sched_opts o = {
			.mode = SCHED_MODE_DET,
			.strategy = i % 2 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.seed = base_seed + i,
		};
		struct race r = { .rounds = 6, .lookups = 60, .seed = base_seed + i };

		run_race(&o, &r);
	}
}

/*
 * A small file whose folios are truncated and replaced over and over: a
 * freed struct folio is recycled first (LIFO pool) for the next insertion at
 * another index, so a lookup that took its reference without rechecking the
 * slot would return the wrong page.  The writer leaves the last generation
 * cached, so a reader paused across the writer's end still races a live one.
 */
#define RECYCLE_PAGES 4

static void recycle_writer(void *arg)
{
	unsigned int round, k, rounds = *(unsigned int *)arg;

	for (round = 0; round < rounds; round++) {
		truncate_inode_pages(mapping, 0);
		for (k = 0; k < RECYCLE_PAGES; k++) {
			pgoff_t index = (k + round) % RECYCLE_PAGES;
			struct folio *folio = folio_alloc(GFP_KERNEL, 0);

			folio_content_write(folio, 0, index + 1);
			ACTOR_CHECK(!filemap_add_folio(mapping, folio, index, GFP_KERNEL));
			folio_unlock(folio);
			folio_put(folio);
		}
	}
}

static void recycle_reader(void *arg)
{
	unsigned int i;

	for (i = 0; i < 40; i++) {
		pgoff_t index = sched_rand() % RECYCLE_PAGES;
		struct folio *folio = filemap_get_folio(mapping, index);

		if (IS_ERR(folio))
			continue;
		ACTOR_CHECK(folio_index(folio) == index);
		ACTOR_CHECK(folio_content_read(folio, 0) == index + 1);
		folio_put(folio);
	}
}

static void test_race_recycle_det_mode(void **state)
{
	unsigned int i, rounds = 6;
	const struct sched_actor actors[] = {
		{ .name = "writer", .fn = recycle_writer, .arg = &rounds },
		{ .name = "reader", .fn = recycle_reader },
	};

	for (i = 0; i < 200; i++) {
		struct sched_opts o = {
			.mode = SCHED_MODE_DET,
			.strategy = i % 2 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.pct_steps_hint = 600,
			.seed = base_seed + i,
		};

		assert_int_equal(sched_run(&o, actors, ARRAY_SIZE(actors), NULL), 0);
		if (actor_failures)
			print_message("replay: GMEMSIM_SEED=%llu, run %u (seed %llu, %s)\n",
				      (unsigned long long)base_seed, i, (unsigned long long)o.seed,
				      sched_strategy_name(o.strategy));
		assert_int_equal(actor_failures, 0);
		truncate_inode_pages(mapping, 0);
		assert_int_equal(phys_mem_pages_in_use(pm), 0);
	}
}

int main(void)
{
	const char *env = getenv("GMEMSIM_SEED");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_and_lookup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_large_folio_in_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fgp_creat, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncate_range, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncate_partial_large, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncate_unmaps_mapped_folio, setup, teardown),
		cmocka_unit_test_setup_teardown(test_memory_failure, setup, teardown),
		cmocka_unit_test_setup_teardown(test_race_free_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_race_det_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_race_recycle_det_mode, setup, teardown),
	};

	if (env)
		base_seed = strtoull(env, NULL, 0);
	print_message("filemap_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
