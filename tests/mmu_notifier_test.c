// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: mm */
/*
 * mmu_notifier: munmap, MADV_DONTNEED, mprotect downgrades and MAP_FIXED
 * replacement each issue exactly one invalidate_range_start/end pair over
 * exactly the affected range, with the page-table change observed strictly
 * between them (the recording notifier snapshots the PTEs in start and in
 * end); registration, unregistration (->release once), non-blockable
 * failure; and a concurrent host-fault vs munmap vs GUP run under the
 * deterministic scheduler over several seeds (GMEMSIM_SEED picks the first).
 */
#include "mm_host_test.h"

#include <stdlib.h>
#include <linux/sched.h>

static u64 base_seed = 1;

static struct mm_struct *populated_mm(unsigned long *addrp, unsigned long pages,
				      struct test_notifier *tn)
{
	struct mm_struct *mm = mm_alloc("mn");

	assert_non_null(mm);
	*addrp = map_anon(mm, pages * P, PROT_READ | PROT_WRITE);
	touch_range(mm, *addrp, pages * P, 1);
	tn_register(tn, mm);
	return mm;
}

static void finish(struct mm_struct *mm, struct test_notifier *tn)
{
	mmu_notifier_unregister(&tn->mn, mm);
	assert_int_equal(tn->nr_release, 1);
	mmput(mm);
}

/*   [ a ........ 8 pages, all present ........ )
 * munmap [a+2P, a+5P):
 *   [ a, a+2P ) hole [ a+5P, a+8P )
 */
static void test_munmap_one_pair(void **state)
{
	struct test_notifier tn;
	const struct nrec *rec;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 8, &tn);

	assert_int_equal(mm_munmap(mm, a + 2 * P, 3 * P), 0);
	rec = tn_expect_one(&tn, MMU_NOTIFY_UNMAP, a + 2 * P, a + 5 * P);
	assert_int_equal(rec->present_at_start, 3);
	assert_int_equal(rec->present_at_end, 0);
	assert_int_equal(mm_count_present(mm, a, a + 8 * P), 5);
	/* nothing mapped: no pair at all */
	tn_reset(&tn);
	assert_int_equal(mm_munmap(mm, a + 2 * P, 3 * P), 0);
	assert_int_equal(tn.nr_start, 0);
	/* across the hole: one pair over the whole request */
	assert_int_equal(mm_munmap(mm, a, 8 * P), 0);
	rec = tn_expect_one(&tn, MMU_NOTIFY_UNMAP, a, a + 8 * P);
	assert_int_equal(rec->present_at_start, 5);
	assert_int_equal(rec->present_at_end, 0);
	finish(mm, &tn);
}

/*   [ a ...... 6 pages present ...... )
 * DONTNEED [a+P, a+3P): PTEs cleared, the VMA stays
 */
static void test_dontneed_one_pair(void **state)
{
	struct test_notifier tn;
	const struct nrec *rec;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 6, &tn);

	assert_int_equal(mm_madvise(mm, a + P, 2 * P, MADV_DONTNEED), 0);
	rec = tn_expect_one(&tn, MMU_NOTIFY_CLEAR, a + P, a + 3 * P);
	assert_int_equal(rec->present_at_start, 2);
	assert_int_equal(rec->present_at_end, 0);
	assert_int_equal(mm->map_count, 1);
	finish(mm, &tn);
}

/*   [ a ...... 6 pages present, writable ...... )
 * mprotect(a+2P, 2P, PROT_READ): [ rw | ro ro | rw rw ]
 */
static void test_mprotect_downgrade_one_pair(void **state)
{
	struct test_notifier tn;
	const struct nrec *rec;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 6, &tn);

	assert_int_equal(mm_mprotect(mm, a + 2 * P, 2 * P, PROT_READ), 0);
	rec = tn_expect_one(&tn, MMU_NOTIFY_PROTECTION_VMA, a + 2 * P, a + 4 * P);
	assert_int_equal(rec->writable_at_start, 2);
	assert_int_equal(rec->writable_at_end, 0);
	assert_int_equal(rec->present_at_end, 2);	/* still mapped, read-only */
	assert_int_equal(count_writable(mm, a, a + 6 * P), 4);
	assert_int_equal(mm->map_count, 3);
	/* same protection again: nothing changes, no pair */
	tn_reset(&tn);
	assert_int_equal(mm_mprotect(mm, a + 2 * P, 2 * P, PROT_READ), 0);
	assert_int_equal(tn.nr_start, 0);
	/* a write to the read-only part is SIGSEGV, a read works */
	assert_int_equal(host_write(mm, a + 2 * P, 5), -EFAULT);
	finish(mm, &tn);
}

/* MAP_FIXED over a populated range: one UNMAP pair before the new VMA. */
static void test_map_fixed_replace_one_pair(void **state)
{
	struct test_notifier tn;
	const struct nrec *rec;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 4, &tn);
	u64 v = 1;

	assert_int_equal(mm_mmap(mm, a + P, 2 * P, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), a + P);
	rec = tn_expect_one(&tn, MMU_NOTIFY_UNMAP, a + P, a + 3 * P);
	assert_int_equal(rec->present_at_start, 2);
	assert_int_equal(rec->present_at_end, 0);
	assert_int_equal(host_read(mm, a + P, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(mm->map_count, 3);
	finish(mm, &tn);
}

/* Unregister before exit calls ->release once; teardown then notifies nobody. */
static void test_register_unregister(void **state)
{
	struct test_notifier tn, tn2;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 2, &tn);

	tn_register(&tn2, mm);
	mmu_notifier_unregister(&tn.mn, mm);
	assert_int_equal(tn.nr_release, 1);
	assert_int_equal(mm_munmap(mm, a, P), 0);
	assert_int_equal(tn.nr_start, 0);		/* gone */
	assert_int_equal(tn2.nr_start, 1);
	mmput(mm);					/* exit: tn2 released */
	assert_int_equal(tn2.nr_release, 1);
	/* registering on a torn-down mm fails */
	memset(&tn, 0, sizeof(tn));
	tn.mn.ops = &tn_ops;
	assert_int_equal(mmu_notifier_register(&tn.mn, mm), -EINVAL);
	mmu_notifier_unregister(&tn2.mn, mm);
	assert_int_equal(tn2.nr_release, 1);
}

static int refuse_start(struct mmu_notifier *mn, const struct mmu_notifier_range *r)
{
	return mmu_notifier_range_blockable(r) ? 0 : -EAGAIN;
}

static const struct mmu_notifier_ops refuse_ops = {
	.invalidate_range_start = refuse_start,
};

/* A non-blockable start may fail; subscribers started before get their end. */
static void test_nonblock_failure_unwinds(void **state)
{
	struct test_notifier tn;
	struct mmu_notifier refuse = { .ops = &refuse_ops };
	struct mmu_notifier_range range;
	unsigned long a;
	struct mm_struct *mm = populated_mm(&a, 1, &tn);

	assert_int_equal(mmu_notifier_register(&refuse, mm), 0);
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, a, a + P);
	assert_int_equal(mmu_notifier_invalidate_range_start_nonblock(&range), -EAGAIN);
	assert_int_equal(tn.nr_start, 1);
	assert_int_equal(tn.nr_end, 1);
	assert_int_equal(tn.open, 0);
	assert_false(tn.rec[0].blockable);
	mmu_notifier_unregister(&refuse, mm);
	finish(mm, &tn);
}

/* ---- concurrency: host faults vs munmap/remap vs GUP --------------------------- */

#define CONC_PAGES 4

struct conc {
	struct mm_struct *mm;
	unsigned long base;
	struct test_notifier tn;
	int faults_ok, faults_segv;
};

static void conc_host(void *arg)
{
	struct conc *c = arg;

	for (int i = 0; i < 3 * CONC_PAGES; i++) {
		unsigned long hva = c->base + (i % CONC_PAGES) * P;
		int ret = host_write(c->mm, hva, i + 1);

		/* the page is mapped or not; never anything else */
		assert_true(ret == 0 || ret == -EFAULT);
		if (ret == 0)
			c->faults_ok++;
		else
			c->faults_segv++;
	}
}

static void conc_unmapper(void *arg)
{
	struct conc *c = arg;

	for (int i = 0; i < 2; i++) {
		assert_int_equal(mm_munmap(c->mm, c->base + P, 2 * P), 0);
		assert_int_equal(mm_mmap(c->mm, c->base + P, 2 * P, PROT_READ | PROT_WRITE,
					 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0),
				 c->base + P);
	}
	assert_int_equal(mm_madvise(c->mm, c->base, CONC_PAGES * P, MADV_DONTNEED), 0);
}

static void conc_gup(void *arg)
{
	struct conc *c = arg;

	for (int i = 0; i < CONC_PAGES; i++) {
		struct folio *folio;
		unsigned long pfn;

		if (!get_user_page_fast_only(c->mm, c->base + i * P, FOLL_WRITE, &folio, &pfn) &&
		    get_user_pages_unlocked(c->mm, c->base + i * P, 1, &folio, &pfn,
					    FOLL_WRITE) != 1)
			continue;
		sched_point("gup: holding the page");
		/* our reference keeps (pfn, gen) live whatever happens to the PTE */
		assert_true(pfn_check_gen(pfn, folio_gen(folio), "gup'd page"));
		folio_put(folio);
	}
}

static u64 conc_decisions;

static void run_conc(const struct sched_opts *o)
{
	unsigned long before = mm_pages_in_use();
	struct conc c = { 0 };
	struct sched_actor actors[] = {
		{ "host", conc_host, &c },
		{ "unmapper", conc_unmapper, &c },
		{ "kvm", conc_gup, &c },
	};
	struct sched_result res;

	c.mm = mm_alloc("conc");
	assert_non_null(c.mm);
	c.base = map_anon(c.mm, CONC_PAGES * P, PROT_READ | PROT_WRITE);
	tn_register(&c.tn, c.mm);
	if (sched_run(o, actors, ARRAY_SIZE(actors), &res))
		fail_msg("seed %llu: %s %s", (unsigned long long)o->seed,
			 sched_status_name(res.status), res.first_violation);
	conc_decisions += res.decisions;
	sched_result_destroy(&res);

	/* every start had its end; munmap ranges were empty at end (mmap_lock write) */
	assert_int_equal(c.tn.nr_start, c.tn.nr_end);
	assert_int_equal(c.tn.open, 0);
	for (int i = 0; i < c.tn.nr_start; i++) {
		if (c.tn.rec[i].event == MMU_NOTIFY_UNMAP)
			assert_int_equal(c.tn.rec[i].present_at_end, 0);
	}
	assert_int_equal(c.faults_ok + c.faults_segv, 3 * CONC_PAGES);
	assert_int_equal(get_mm_rss(c.mm), mm_count_present(c.mm, 0, TASK_SIZE));
	mmu_notifier_unregister(&c.tn.mn, c.mm);
	mmput(c.mm);
	assert_int_equal(mm_pages_in_use(), before);
}

static void test_concurrent_fault_munmap_det(void **state)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = SCHED_STRATEGY_RANDOM };

	for (u64 i = 0; i < 24; i++) {
		o.seed = base_seed + i;
		o.strategy = i & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM;
		run_conc(&o);
	}
	print_message("  %llu scheduling decisions over 24 seeds\n",
		      (unsigned long long)conc_decisions);
	assert_true(conc_decisions > 24);
}

static void test_concurrent_fault_munmap_free(void **state)
{
	struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };

	for (int i = 0; i < 4; i++)
		run_conc(&o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_munmap_one_pair),
		cmocka_unit_test(test_dontneed_one_pair),
		cmocka_unit_test(test_mprotect_downgrade_one_pair),
		cmocka_unit_test(test_map_fixed_replace_one_pair),
		cmocka_unit_test(test_register_unregister),
		cmocka_unit_test(test_nonblock_failure_unwinds),
		cmocka_unit_test(test_concurrent_fault_munmap_det),
		cmocka_unit_test(test_concurrent_fault_munmap_free),
	};
	const char *env = getenv("GMEMSIM_SEED");

	if (env)
		base_seed = strtoull(env, NULL, 0);
	print_message("mmu_notifier_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
