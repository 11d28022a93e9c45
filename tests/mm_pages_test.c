// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator's memmap and per-thread page lists
 * (mm_model/page_alloc.c): two threads allocating and freeing in free mode
 * never share a pfn or a generation and leave exact counters; a thread
 * reuses its freed pfns last in, first out; large folios are placed around
 * the order-0 batches and never overlap them; a full space drains the
 * caller's lists; exited threads' lists are adopted rather than stranded;
 * destroy reports live folios (not pfns held in lists); a stale flag RMW
 * does not bring a free slot back; host PTEs find their (2M) folio from
 * the pfn alone; deterministic runs hand out the same pfns and generations
 * for the same seeds.
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
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/shmem_fs.h>

#include "test_violations.h"

static u64 base_seed = 1;


static u64 lcg(u64 *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return *state >> 33;
}

static int cmp_ulong(const void *x, const void *y)
{
	unsigned long a = *(const unsigned long *)x, b = *(const unsigned long *)y;

	return a < b ? -1 : a > b;
}

static int cmp_u64(const void *x, const void *y)
{
	u64 a = *(const u64 *)x, b = *(const u64 *)y;

	return a < b ? -1 : a > b;
}

static int cmp_folio_pfn(const void *x, const void *y)
{
	const struct folio *a = *(struct folio *const *)x, *b = *(struct folio *const *)y;

	return folio_pfn(a) < folio_pfn(b) ? -1 : folio_pfn(a) > folio_pfn(b);
}

static void destroy_clean(struct phys_mem *p)
{
	phys_mem_set_current(NULL);
	assert_int_equal(phys_mem_destroy(p), 0);
	rcu_barrier();
}

/* ---- two threads in free mode ------------------------------------------------------ */

#define FREE_ALLOCS 20000
#define FREE_BURST_EVERY 1000
#define FREE_BURST 300

/* One actor's work and what it saw; the main thread checks it after the run. */
struct pages_actor {
	struct phys_mem *pm;
	u64 seed;
	struct folio *live[FREE_ALLOCS];
	unsigned int nr_live;
	u64 gens[2 * FREE_ALLOCS];	/* every generation: at allocation and after the free */
	unsigned int nr_gens;
	unsigned long frees;
	unsigned long failed;
};

static void pages_free_one(struct pages_actor *a, u64 *rng)
{
	unsigned int j = (unsigned int)(lcg(rng) % a->nr_live);
	struct folio *folio = a->live[j];

	a->live[j] = a->live[--a->nr_live];
	folio_put(folio);
	/* The slot's new generation: nobody can take the pfn before our next free. */
	a->gens[a->nr_gens++] = folio_gen(folio);
	a->frees++;
}

/* Allocate FREE_ALLOCS pages, freeing a random third of them, some in bursts. */
static void pages_actor_fn(void *arg)
{
	struct pages_actor *a = arg;
	u64 rng = a->seed;
	unsigned int i, k;

	phys_mem_set_current(a->pm);
	for (i = 0; i < FREE_ALLOCS; i++) {
		struct folio *folio = folio_alloc(GFP_KERNEL, 0);

		if (!folio) {
			a->failed++;
			continue;
		}
		a->gens[a->nr_gens++] = folio_gen(folio);
		a->live[a->nr_live++] = folio;
		if (i % FREE_BURST_EVERY == FREE_BURST_EVERY - 1) {
			/* more than the page list keeps: some go back to the bitmap */
			for (k = 0; k < FREE_BURST && a->nr_live; k++)
				pages_free_one(a, &rng);
		} else if (lcg(&rng) % 8 == 0) {
			pages_free_one(a, &rng);
		}
	}
	phys_mem_set_current(NULL);
}

static void test_two_threads_free_mode(void **state)
{
	static struct pages_actor act[2];
	static unsigned long pfns[2 * FREE_ALLOCS];
	static u64 gens[4 * FREE_ALLOCS];
	struct phys_mem *p = phys_mem_create(4ULL << 30, base_seed);
	struct sched_opts o = { .mode = SCHED_MODE_FREE };
	struct sched_actor actors[2];
	unsigned long nr_pfns = 0, nr_gens = 0, live = 0, frees = 0, allocs = 0;
	unsigned int i, j;

	assert_non_null(p);
	for (i = 0; i < 2; i++) {
		memset(&act[i], 0, sizeof(act[i]));
		act[i].pm = p;
		act[i].seed = base_seed * 2 + i;
		actors[i] = (struct sched_actor){ i ? "b" : "a", pages_actor_fn, &act[i] };
	}
	assert_int_equal(sched_run(&o, actors, 2, NULL), 0);

	phys_mem_set_current(p);
	for (i = 0; i < 2; i++) {
		assert_int_equal(act[i].failed, 0);
		for (j = 0; j < act[i].nr_live; j++) {
			pfns[nr_pfns++] = folio_pfn(act[i].live[j]);
			assert_ptr_equal(pfn_folio(folio_pfn(act[i].live[j])), act[i].live[j]);
		}
		memcpy(gens + nr_gens, act[i].gens, act[i].nr_gens * sizeof(gens[0]));
		nr_gens += act[i].nr_gens;
		live += act[i].nr_live;
		frees += act[i].frees;
		allocs += act[i].nr_live + act[i].frees;
	}
	/* no pfn handed out twice, no generation used twice */
	qsort(pfns, nr_pfns, sizeof(pfns[0]), cmp_ulong);
	for (i = 1; i < nr_pfns; i++)
		assert_true(pfns[i - 1] < pfns[i]);
	qsort(gens, nr_gens, sizeof(gens[0]), cmp_u64);
	for (i = 1; i < nr_gens; i++)
		assert_true(gens[i - 1] < gens[i]);
	/* the summed counters are exact once the threads are done */
	assert_int_equal(allocs, 2 * FREE_ALLOCS);
	assert_int_equal(phys_mem_pages_in_use(p), live);
	assert_int_equal(phys_mem_nr_frees(p), frees);
	for (i = 0; i < 2; i++)
		for (j = 0; j < act[i].nr_live; j++)
			folio_put(act[i].live[j]);
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	assert_int_equal(phys_mem_nr_frees(p), allocs);
	destroy_clean(p);
}

/* ---- the page list: last in, first out ---------------------------------------------- */

static void test_freed_pfn_reused_lifo(void **state)
{
	struct phys_mem *p = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *a, *b, *c, *x, *y;
	unsigned long pfn_a, pfn_b;
	u64 gen_a, gen_b;

	assert_non_null(p);
	phys_mem_set_current(p);
	a = folio_alloc(GFP_KERNEL, 0);
	b = folio_alloc(GFP_KERNEL, 0);
	c = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	pfn_a = folio_pfn(a);
	pfn_b = folio_pfn(b);
	gen_a = folio_gen(a);
	gen_b = folio_gen(b);
	folio_put(a);
	folio_put(b);
	assert_null(pfn_folio(pfn_a));
	assert_null(pfn_folio(pfn_b));
	/* newest first; the memmap slot of a pfn is the same struct forever */
	x = folio_alloc(GFP_KERNEL, 0);
	y = folio_alloc(GFP_KERNEL, 0);
	assert_int_equal(folio_pfn(x), pfn_b);
	assert_int_equal(folio_pfn(y), pfn_a);
	assert_ptr_equal(x, b);
	assert_ptr_equal(y, a);
	assert_true(folio_gen(x) != gen_b);
	assert_true(folio_gen(y) != gen_a);
	assert_false(pfn_gen_live(pfn_b, gen_b));
	assert_true(pfn_gen_live(pfn_b, folio_gen(x)));
	folio_put(x);
	folio_put(y);
	folio_put(c);
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	assert_int_equal(phys_mem_nr_frees(p), 5);
	destroy_clean(p);
}

/* A stale clear of a flag on a freed folio is reported and leaves the slot free. */
static void test_stale_flag_rmw_keeps_slot_free(void **state)
{
	struct phys_mem *p = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *folio, *again;
	unsigned long pfn;

	assert_non_null(p);
	phys_mem_set_current(p);
	folio = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(folio);
	pfn = folio_pfn(folio);
	folio_put(folio);
	EXPECT_VIOLATIONS(1, folio_clear_dirty(folio));
	assert_null(pfn_folio(pfn));
	again = folio_alloc(GFP_KERNEL, 0);
	assert_ptr_equal(again, folio);
	assert_false(folio_test_dirty(again));
	assert_ptr_equal(pfn_folio(pfn), again);
	folio_put(again);
	destroy_clean(p);
}

/* ---- large folios around order-0 batches --------------------------------------------- */

#define MIX_SMALL 5000
#define MIX_2M 64
#define MIX_1G 2
#define MIX_TOTAL (2 * MIX_SMALL + 2 * MIX_2M + MIX_1G)

static void alloc_n(struct folio **f, unsigned int *n, unsigned int nr, unsigned int order)
{
	while (nr--) {
		f[*n] = folio_alloc(GFP_KERNEL, order);
		assert_non_null(f[*n]);
		assert_true(IS_ALIGNED(folio_pfn(f[*n]), folio_nr_pages(f[*n])));
		(*n)++;
	}
}

static void test_large_around_batches(void **state)
{
	static struct folio *f[MIX_TOTAL];
	struct phys_mem *p = phys_mem_create(4ULL << 30, base_seed);
	unsigned long pages = 0;
	unsigned int n = 0, i;

	assert_non_null(p);
	phys_mem_set_current(p);
	alloc_n(f, &n, MIX_SMALL, 0);
	alloc_n(f, &n, MIX_2M, PMD_ORDER);
	alloc_n(f, &n, MIX_1G, PUD_ORDER);
	alloc_n(f, &n, MIX_SMALL, 0);
	alloc_n(f, &n, MIX_2M, PMD_ORDER);
	for (i = 0; i < n; i++) {
		pages += folio_nr_pages(f[i]);
		/* head, last page and one in between find the folio */
		assert_ptr_equal(pfn_folio(folio_pfn(f[i])), f[i]);
		assert_ptr_equal(pfn_folio(folio_pfn(f[i]) + folio_nr_pages(f[i]) - 1), f[i]);
		assert_ptr_equal(pfn_folio(folio_pfn(f[i]) + folio_nr_pages(f[i]) / 3), f[i]);
	}
	assert_int_equal(phys_mem_pages_in_use(p), pages);
	qsort(f, n, sizeof(f[0]), cmp_folio_pfn);
	for (i = 1; i < n; i++)
		assert_true(folio_pfn(f[i - 1]) + folio_nr_pages(f[i - 1]) <= folio_pfn(f[i]));
	for (i = 0; i < n; i++)
		folio_put(f[i]);
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	destroy_clean(p);
}

/* A 1G space: the only 1G folio needs the pfns the caller's page lists hold. */
static void test_full_space_drains_own_lists(void **state)
{
	struct phys_mem *p = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *small, *huge;

	assert_non_null(p);
	phys_mem_set_current(p);
	small = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(small);
	folio_put(small);
	/* the batch and the freed pfn are ours: the allocation drains them */
	huge = folio_alloc(GFP_KERNEL, PUD_ORDER);
	assert_non_null(huge);
	assert_ptr_equal(pfn_folio(folio_pfn(small)), huge);
	assert_null(folio_alloc(GFP_KERNEL, 0));
	assert_null(folio_alloc(GFP_KERNEL, PMD_ORDER));
	folio_put(huge);
	small = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(small);
	folio_put(small);
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	destroy_clean(p);
}

/* ---- threads that exit ---------------------------------------------------------------- */

#define EXIT_ROUNDS 100

static void one_page_fn(void *arg)
{
	struct phys_mem *p = arg;
	struct folio *folio;

	phys_mem_set_current(p);
	folio = folio_alloc(GFP_KERNEL, 0);
	if (folio)
		folio_put(folio);
	phys_mem_set_current(NULL);
}

/*
 * Two hundred short-lived threads in a 64-section space, each leaving a
 * batch behind: the next threads adopt those lists instead of claiming new
 * sections, and a 1G allocation drains what the last ones left.
 */
static void test_exited_threads_lists_adopted(void **state)
{
	struct phys_mem *p = phys_mem_create(PUD_SIZE, base_seed);
	struct sched_opts o = { .mode = SCHED_MODE_FREE };
	struct sched_actor actors[2] = { { "a", one_page_fn, p }, { "b", one_page_fn, p } };
	struct folio *huge;
	unsigned int r;

	assert_non_null(p);
	for (r = 0; r < EXIT_ROUNDS; r++)
		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	assert_int_equal(phys_mem_nr_frees(p), 2 * EXIT_ROUNDS);
	/* two threads at a time, two batches at a time */
	assert_true(phys_mem_nr_folio_structs(p) <= 2 * PHYS_PAGES_PER_SECTION);
	phys_mem_set_current(p);
	huge = folio_alloc(GFP_KERNEL, PUD_ORDER);
	assert_non_null(huge);
	folio_put(huge);
	destroy_clean(p);
}

/* ---- host page tables --------------------------------------------------------------- */

#define HOST_STRIDE 97	/* pages between two accesses */

/* Pages of 2M folio @n the stride touches. */
static int nr_ptes_in(unsigned long n)
{
	unsigned long i;
	int nr = 0;

	for (i = n << PMD_ORDER; i < (n + 1) << PMD_ORDER; i++)
		nr += i % HOST_STRIDE == 0;
	return nr;
}

/*
 * A shared mapping of a huge shmem file: host PTEs onto pages of 2M folios,
 * each finding the folio's head from its pfn and the order kept in the PTE
 * (access, follow, and the zap's mapcount at munmap).
 */
static void test_host_ptes_find_folio_from_pfn(void **state)
{
	struct phys_mem *p = phys_mem_create(4ULL << 30, base_seed);
	struct file *file;
	struct mm_struct *mm;
	struct folio *folio;
	unsigned long pfn, i;
	long addr;
	u64 word;

	assert_non_null(p);
	phys_mem_set_current(p);
	file = shmem_file_setup_huge("huge", 2 * PMD_SIZE, 0);
	assert_false(IS_ERR(file));
	mm = mm_alloc("pages");
	assert_non_null(mm);
	addr = mm_mmap(mm, 0, 2 * PMD_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, file, 0);
	assert_false(IS_ERR_VALUE(addr));
	for (i = 0; i < 2 * PMD_SIZE / PAGE_SIZE; i += HOST_STRIDE)
		assert_int_equal(host_write(mm, addr + i * PAGE_SIZE, i + 1), 0);
	for (i = 0; i < 2 * PMD_SIZE / PAGE_SIZE; i += HOST_STRIDE) {
		assert_int_equal(host_read(mm, addr + i * PAGE_SIZE, &word), 0);
		assert_int_equal(word, i + 1);
		folio = mm_follow_page(mm, addr + i * PAGE_SIZE, false, &pfn);
		assert_non_null(folio);
		assert_int_equal(folio_order(folio), PMD_ORDER);
		assert_ptr_equal(pfn_folio(pfn), folio);
		assert_int_equal(pfn - folio_pfn(folio), i % (1UL << PMD_ORDER));
		/* one mapcount per PTE, each PTE faulted in by a write above */
		assert_int_equal(folio_mapcount(folio), nr_ptes_in(i >> PMD_ORDER));
		folio_put(folio);
	}
	assert_int_equal(mm_munmap(mm, (unsigned long)addr, 2 * PMD_SIZE), 0);
	mmput(mm);
	fput(file);
	flush_delayed_fput();
	rcu_barrier();
	assert_int_equal(phys_mem_pages_in_use(p), 0);
	destroy_clean(p);
}

/* ---- destroy --------------------------------------------------------------------------- */

static void test_leak_report_at_destroy(void **state)
{
	struct phys_mem *p = phys_mem_create(PUD_SIZE, base_seed);
	struct folio *small, *huge, *freed;
	unsigned long leaked;

	assert_non_null(p);
	phys_mem_set_current(p);
	small = folio_alloc(GFP_KERNEL, 0);
	huge = folio_alloc(GFP_KERNEL, PMD_ORDER);
	freed = folio_alloc(GFP_KERNEL, 0);
	assert_non_null(small);
	assert_non_null(huge);
	assert_non_null(freed);
	folio_content_write(huge, 3, 0x1234);
	/* held by this thread's page list: not a leak */
	folio_put(freed);
	phys_mem_set_current(NULL);
	report_set_quiet(true);
	EXPECT_VIOLATIONS(2, leaked = phys_mem_destroy(p));
	report_set_quiet(false);
	assert_int_equal(leaked, 1 + (1UL << PMD_ORDER));
	rcu_barrier();
}

/* ---- deterministic runs ------------------------------------------------------------------ */

#define DET_ACTORS 3
#define DET_OPS 1500
#define DET_LIVE 256

struct det_actor {
	struct phys_mem *pm;
	u64 seed;
	struct folio *live[DET_LIVE];
	unsigned int nr_live;
	u64 hash;
};

static void det_mix(u64 *h, u64 v)
{
	*h = (*h ^ v) * 0x100000001b3ULL;
}

/* Allocate (order 0, one in 16 a 2M folio) and free at random; hash pfns and gens. */
static void det_actor_fn(void *arg)
{
	struct det_actor *a = arg;
	u64 rng = a->seed;
	unsigned int i, j;

	phys_mem_set_current(a->pm);
	for (i = 0; i < DET_OPS; i++) {
		if (a->nr_live == DET_LIVE || (a->nr_live && lcg(&rng) % 3 == 0)) {
			j = (unsigned int)(lcg(&rng) % a->nr_live);
			folio_put(a->live[j]);
			a->live[j] = a->live[--a->nr_live];
			continue;
		}
		a->live[a->nr_live] = folio_alloc(GFP_KERNEL, lcg(&rng) % 16 ? 0 : PMD_ORDER);
		if (!a->live[a->nr_live])
			continue;
		det_mix(&a->hash, folio_pfn(a->live[a->nr_live]));
		det_mix(&a->hash, folio_gen(a->live[a->nr_live]));
		a->nr_live++;
	}
}

static u64 det_run(u64 space_seed, u64 sched_seed)
{
	static const char *const names[DET_ACTORS] = { "det0", "det1", "det2" };
	static struct det_actor act[DET_ACTORS];
	struct phys_mem *p = phys_mem_create(4ULL << 30, space_seed);
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = SCHED_STRATEGY_RANDOM,
				.seed = sched_seed };
	struct sched_actor actors[DET_ACTORS];
	u64 hash = 0xcbf29ce484222325ULL;
	unsigned int i, j;

	assert_non_null(p);
	for (i = 0; i < DET_ACTORS; i++) {
		memset(&act[i], 0, sizeof(act[i]));
		act[i].pm = p;
		act[i].seed = base_seed + i;
		act[i].hash = 0xcbf29ce484222325ULL;
		actors[i] = (struct sched_actor){ names[i], det_actor_fn, &act[i] };
	}
	assert_int_equal(sched_run(&o, actors, DET_ACTORS, NULL), 0);
	phys_mem_set_current(p);
	for (i = 0; i < DET_ACTORS; i++) {
		det_mix(&hash, act[i].hash);
		for (j = 0; j < act[i].nr_live; j++)
			folio_put(act[i].live[j]);
	}
	det_mix(&hash, phys_mem_nr_frees(p));
	destroy_clean(p);
	return hash;
}

static void test_det_reproducible(void **state)
{
	u64 a = det_run(base_seed, base_seed), b = det_run(base_seed, base_seed);
	u64 other_space = det_run(base_seed + 1, base_seed);

	assert_true(a == b);
	assert_true(a != other_space);
}

int main(void)
{
	const char *env = getenv("GMEMSIM_SEED");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_threads_free_mode),
		cmocka_unit_test(test_freed_pfn_reused_lifo),
		cmocka_unit_test(test_stale_flag_rmw_keeps_slot_free),
		cmocka_unit_test(test_large_around_batches),
		cmocka_unit_test(test_full_space_drains_own_lists),
		cmocka_unit_test(test_exited_threads_lists_adopted),
		cmocka_unit_test(test_host_ptes_find_folio_from_pfn),
		cmocka_unit_test(test_leak_report_at_destroy),
		cmocka_unit_test(test_det_reproducible),
	};

	if (env)
		base_seed = strtoull(env, NULL, 0);
	print_message("mm_pages_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
