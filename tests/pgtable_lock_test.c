// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: mm */
/*
 * Split PTE page-table locks (mm_model/memory.c, USE_SPLIT_PTE_PTLOCKS):
 * faults and zaps in different PTE tables of one mm run under different
 * ptls, in parallel (free mode) and interleaved (deterministic mode), and
 * the mm's counters stay exact: rss and nr_ptes (per-CPU counters now
 * updated under many locks) equal the present PTEs once the mm is quiet,
 * and lockdep reports nothing.  Seeds come from GMEMSIM_SEED (default 1).
 */
#include "mm_host_test.h"

#include <stdlib.h>
#include <linux/bug.h>
#include <linux/sched.h>

/* Pages in one PTE table (2M of address space). */
#define TABLE_PAGES PTRS_PER_PTE
#define TABLE_SIZE (TABLE_PAGES * P)

static u64 base_seed;

/* A new mm with one anonymous mapping of @tables PTE tables, 2M-aligned. */
static struct mm_struct *mm_with_tables(unsigned int tables, unsigned long *start)
{
	struct mm_struct *mm = mm_alloc("ptl");
	long a;

	assert_non_null(mm);
	a = mm_mmap(mm, 0, (tables + 1) * TABLE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_false(IS_ERR_VALUE(a));
	*start = ALIGN((unsigned long)a, TABLE_SIZE);
	return mm;
}

/* Every counter of @mm agrees with a walk of [start, end); the mm is quiet. */
static void assert_counters_exact(struct mm_struct *mm, unsigned long start, unsigned long end,
				  unsigned long expect)
{
	assert_int_equal(mm_count_present(mm, start, end), expect);
	assert_int_equal(percpu_counter_sum(&mm->nr_ptes), expect);
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), expect);
	assert_int_equal(get_mm_rss(mm), expect);
}

/* ---- free mode: two threads, two tables each, fault and zap in rounds ------------- */

#define FREE_ROUNDS 40

struct table_worker {
	struct mm_struct *mm;
	unsigned long table[2];		/* the two tables this thread owns */
	unsigned int rounds;
	int err;			/* first unexpected result, or 0 */
};

/*
 * Fill one table, zap it while faulting the other: this thread's own
 * tables only, so its counts are exact even while the other thread runs.
 */
static void table_worker_fn(void *arg)
{
	struct table_worker *w = arg;

	for (unsigned int r = 0; r < w->rounds && !w->err; r++) {
		unsigned long fill = w->table[r & 1], zap = w->table[!(r & 1)];

		for (unsigned long i = 0; i < TABLE_PAGES; i++) {
			if (host_write(w->mm, fill + i * P, r * TABLE_PAGES + i + 1))
				w->err = -EFAULT;
			if (i == TABLE_PAGES / 2 && mm_madvise(w->mm, zap, TABLE_SIZE, MADV_DONTNEED))
				w->err = -EINVAL;
		}
		if (mm_count_present(w->mm, fill, fill + TABLE_SIZE) != TABLE_PAGES ||
		    mm_count_present(w->mm, zap, zap + TABLE_SIZE) != 0)
			w->err = -EIO;
	}
}

static void test_free_two_threads_exact_counts(void **state)
{
	unsigned long before = violations_reported();
	struct table_worker w[2];
	unsigned long start;
	struct mm_struct *mm = mm_with_tables(4, &start);
	struct sched_actor actors[2] = {
		{ "vcpu0", table_worker_fn, &w[0] },
		{ "vcpu1", table_worker_fn, &w[1] },
	};
	struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };

	for (int t = 0; t < 2; t++) {
		/* thread 0: tables 0 and 2; thread 1: tables 1 and 3 (interleaved ptls) */
		w[t] = (struct table_worker){ .mm = mm, .rounds = FREE_ROUNDS,
					      .table = { start + t * TABLE_SIZE,
							 start + (t + 2) * TABLE_SIZE } };
	}
	assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
	assert_int_equal(w[0].err, 0);
	assert_int_equal(w[1].err, 0);
	/* each thread left one full table mapped (its last fill) */
	assert_counters_exact(mm, start, start + 4 * TABLE_SIZE, 2 * TABLE_PAGES);
	for (int t = 0; t < 2; t++) {
		unsigned long last = w[t].table[(FREE_ROUNDS - 1) & 1];
		u64 v;

		assert_int_equal(host_read(mm, last + 5 * P, &v), 0);
		assert_int_equal(v, (FREE_ROUNDS - 1) * TABLE_PAGES + 5 + 1);
	}
	assert_int_equal(mm_madvise(mm, start, 4 * TABLE_SIZE, MADV_DONTNEED), 0);
	assert_counters_exact(mm, start, start + 4 * TABLE_SIZE, 0);
	assert_int_equal(violations_reported(), before);
	mmput(mm);
}

/* ---- det mode: a zap of one table interleaves with faults in the next --------------- */

#define DET_SEEDS 30
#define DET_PAGES 192		/* three zap batches (ZAP_BATCH 64) in the zapped table */

struct det_world {
	struct mm_struct *mm;
	unsigned long zapped;		/* table 0: full at start, zapped by "host" */
	unsigned long faulted;		/* table 1: empty at start, faulted by "vcpu0" */
	bool saw_partial_zap;		/* vcpu0 saw table 0 half zapped between two faults */
	int err;
};

static void det_zapper(void *arg)
{
	struct det_world *d = arg;

	if (mm_madvise(d->mm, d->zapped, TABLE_SIZE, MADV_DONTNEED))
		d->err = -EINVAL;
}

static void det_faulter(void *arg)
{
	struct det_world *d = arg;

	for (unsigned long i = 0; i < DET_PAGES; i++) {
		unsigned long left;

		if (host_write(d->mm, d->faulted + i * P, i + 1))
			d->err = -EFAULT;
		left = mm_count_present(d->mm, d->zapped, d->zapped + TABLE_SIZE);
		if (left && left < DET_PAGES)
			d->saw_partial_zap = true;
	}
}

static void test_det_zap_and_fault_interleave(void **state)
{
	unsigned long before = violations_reported();
	unsigned int partial = 0;

	for (u64 s = 0; s < DET_SEEDS; s++) {
		struct det_world d = { 0 };
		unsigned long start;
		struct sched_actor actors[2] = {
			{ "host", det_zapper, &d },
			{ "vcpu0", det_faulter, &d },
		};
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + s,
					.strategy = s & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM };

		d.mm = mm_with_tables(2, &start);
		d.zapped = start;
		d.faulted = start + TABLE_SIZE;
		for (unsigned long i = 0; i < DET_PAGES; i++)
			assert_int_equal(host_write(d.mm, d.zapped + i * P, 7), 0);
		assert_counters_exact(d.mm, start, start + 2 * TABLE_SIZE, DET_PAGES);

		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
		assert_int_equal(d.err, 0);
		assert_int_equal(mm_count_present(d.mm, d.zapped, d.zapped + TABLE_SIZE), 0);
		assert_counters_exact(d.mm, start, start + 2 * TABLE_SIZE, DET_PAGES);
		partial += d.saw_partial_zap;
		mmput(d.mm);
	}
	print_message("pgtable_lock_test: %u of %d schedules faulted mid-zap\n", partial,
		      DET_SEEDS);
	/* the schedules do interleave the two tables' work */
	assert_true(partial > 0);
	assert_int_equal(violations_reported(), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_two_threads_exact_counts),
		cmocka_unit_test(test_det_zap_and_fault_interleave),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("pgtable_lock_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
