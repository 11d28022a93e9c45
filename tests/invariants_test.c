// SPDX-License-Identifier: GPL-2.0
/*
 * The invariant checker (sim/invariants.c), one test per invariant: build a
 * small world from a trace, bring it to rest, check that it is clean, then
 * corrupt the state the way a real bug would (free a folio behind an SPTE's
 * back, flip an attribute without zapping, skip a TLB flush, break an
 * rmap...), and assert that exactly that invariant fires (other kinds only
 * where the corruption necessarily breaks them too), then undo the
 * corruption so that teardown sees a consistent model.  Last, every trace of
 * traces/examples replays over several seeds in deterministic mode without a
 * single report from the checker.
 *
 * GMEMSIM_SEED=<n> picks the first seed of the example replays;
 * INV_TEST_VERBOSE=1 prints the reports the corruption tests expect.
 */
/* gmemsim-test-layer: sim */
#include <dirent.h>
#include <libgen.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/mmu_internal.h"
#include "sim/invariants.h"
#include "sim/replay.h"
#include "sim/trace.h"
#include "sim/world.h"
#include "world_test.h"

#define SEEDS 3

static u64 base_seed = 1;


/* A SW-protected VM: gfn 0 private (written), gfn 1 shared (read). */
static const char base_trace[] =
	"gmemsim-trace 1\n"
	"vm type=sw_protected vcpus=1 mmu=tdp\n"
	"memfd_create name=shm size=2M\n"
	"mmap name=m len=2M prot=read|write shared memfd=shm expect=0\n"
	"gmem_create name=g0 size=2M expect=0\n"
	"set_memory_region slot=0 gpa=0 size=2M mem=m gmem=g0 flags=guest_memfd expect=0\n"
	"set_memory_attributes gpa=0 size=4K private expect=0\n"
	"vcpu0: write gpa=0 value=0x5eed expect=0\n"
	"vcpu0: read gpa=0x1000 expect=value:0\n";

/* Run the checker; the reports it made, by kind. */
static unsigned long check(struct tw *x, enum inv_when when)
{
	inv_violations_reset();
	report_set_quiet(!getenv("INV_TEST_VERBOSE"));
	inv_check(&x->w, when);
	report_set_quiet(false);
	return inv_violations(NULL);
}

/*
 * @kind fired, and every other report is one of the NULL-terminated
 * @also (consequences the corruption cannot avoid).
 */
static void expect_only(struct tw *x, enum inv_when when, const char *kind, ...)
{
	unsigned long total = check(x, when), n = inv_violations(kind);
	const char *other;
	va_list ap;

	if (!n)
		fail_msg("%s did not fire (%lu other reports)", kind, total);
	if (getenv("INV_TEST_VERBOSE"))
		fprintf(stderr, "%s: %lu of %lu reports\n", kind, n, total);
	va_start(ap, kind);
	while ((other = va_arg(ap, const char *)))
		n += inv_violations(other);
	va_end(ap);
	if (n != total)
		fail_msg("%s fired, but %lu unrelated reports came with it", kind, total - n);
}

static void expect_clean(struct tw *x)
{
	assert_int_equal(check(x, INV_QUIESCENT), 0);
}

static bool leaf_of(struct tw *x, gfn_t gfn, struct kvm_mmu_leaf *leaf)
{
	return kvm_mmu_lookup_leaf(x->w.kvm, gfn, leaf) && leaf->present;
}

static u64 *sptep_of(const struct kvm_mmu_leaf *leaf)
{
	return (u64 *)leaf->id;
}

static void tlb_clear(struct tw *x)
{
	for (unsigned int v = 0; v < x->w.nr_vcpus; v++)
		memset(x->w.vcpu[v]->tlb, 0, sizeof(x->w.vcpu[v]->tlb));
}

static struct file *gmem_file(struct tw *x, unsigned int obj)
{
	return x->w.files->fd_array[x->w.obj[obj].fd];
}

static struct folio *gmem_folio(struct tw *x, unsigned int obj, pgoff_t index)
{
	return xa_load(&gmem_file(x, obj)->f_mapping->i_pages, index);
}

/* ---- the base world is clean -------------------------------------------------------- */

static void test_clean(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	tw_build(&x, base_trace);
	assert_true(leaf_of(&x, 0, &l) && l.private);
	assert_true(leaf_of(&x, 1, &l) && !l.private);
	expect_clean(&x);
	assert_int_equal(check(&x, INV_STEP), 0);
	tw_destroy(&x);
}

/* ---- invariant 1: no translation outlives its folio ----------------------------------- */

/* A punch that truncates without the invalidation: the zap never happens. */
static void test_inv1_spte_freed(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	tw_build(&x, base_trace);
	tlb_clear(&x);
	truncate_inode_pages_range(gmem_file(&x, 2)->f_mapping, 0, PAGE_SIZE - 1);
	assert_true(leaf_of(&x, 0, &l));
	/* The file lost the page too: invariant 7 sees the same bug from its side. */
	expect_only(&x, INV_STEP, "inv1-spte-freed", "inv7-private-from-gmem", NULL);
	/* Undo: the zap that should have come first. */
	WRITE_ONCE(*sptep_of(&l), SHADOW_NONPRESENT_VALUE);
	expect_clean(&x);
	tw_destroy(&x);
}

/* The zap came, the flush did not, and the folio went: a TLB use-after-free. */
static void test_inv1_tlb_freed(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	tw_build(&x, base_trace);
	assert_true(leaf_of(&x, 0, &l));
	WRITE_ONCE(*sptep_of(&l), SHADOW_NONPRESENT_VALUE);
	truncate_inode_pages_range(gmem_file(&x, 2)->f_mapping, 0, PAGE_SIZE - 1);
	expect_only(&x, INV_STEP, "inv1-tlb-freed", NULL);
	tlb_clear(&x);
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 3 and 4: the invalidation counters ------------------------------------ */

static void test_inv3_open_at_rest(void **state)
{
	struct tw x;

	tw_build(&x, base_trace);
	/* A begin() whose end() never comes. */
	x.w.kvm->mmu_invalidate_in_progress++;
	x.w.kvm->stat.mmu_invalidate_begin++;
	x.w.kvm->mmu_invalidate_range_start = 0;
	x.w.kvm->mmu_invalidate_range_end = 1;
	assert_int_equal(check(&x, INV_STEP), 0);	/* fine in the middle of a run */
	expect_only(&x, INV_QUIESCENT, "inv3-invalidate-balance", NULL);
	/* An end() too many. */
	x.w.kvm->mmu_invalidate_in_progress = -1;
	x.w.kvm->mmu_invalidate_seq += 2;
	expect_only(&x, INV_STEP, "inv3-invalidate-balance", NULL);
	/* Undo without moving seq backwards: account the end()s a begin() each. */
	x.w.kvm->mmu_invalidate_in_progress = 0;
	x.w.kvm->stat.mmu_invalidate_begin++;
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv4_seq(void **state)
{
	struct tw x;

	tw_build(&x, base_trace);
	assert_int_equal(check(&x, INV_STEP), 0);
	/* Bumped outside invalidate_end(). */
	x.w.kvm->mmu_invalidate_seq++;
	expect_only(&x, INV_STEP, "inv4-seq", NULL);
	x.w.kvm->mmu_invalidate_seq--;
	assert_int_equal(check(&x, INV_STEP), 0);
	/* Backwards, with the begin count kept consistent. */
	x.w.kvm->mmu_invalidate_seq--;
	x.w.kvm->stat.mmu_invalidate_begin--;
	expect_only(&x, INV_STEP, "inv4-seq", NULL);
	x.w.kvm->mmu_invalidate_seq++;
	x.w.kvm->stat.mmu_invalidate_begin++;
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariant 5: no memslot swap under an open notifier (consecutive steps) ---------- */

struct swap_run {
	struct tw *x;
	struct kvm_memslots *other;
};

static void swap_actor(void *arg)
{
	struct swap_run *r = arg;
	struct kvm *kvm = r->x->w.kvm;
	struct kvm_memslots *mine = kvm->memslots[0];

	kvm->mn_active_invalidate_count = 1;	/* a notifier start() ... */
	sched_point("swap_actor: notifier open");
	kvm->memslots[0] = r->other;		/* ... and a swap that did not wait */
	sched_point("swap_actor: swapped");
	kvm->memslots[0] = mine;
	kvm->mn_active_invalidate_count = 0;
	sched_point("swap_actor: restored");
}

static void swap_check(void *arg)
{
	struct swap_run *r = arg;

	inv_check(&r->x->w, INV_STEP);
}

static void test_inv5_swap_during_notifier(void **state)
{
	struct tw x;
	struct swap_run r = { &x };
	struct sched_opts so = { .mode = SCHED_MODE_DET, .seed = 1, .quiet = true,
				 .check = swap_check, .check_arg = &r, .check_every = 1 };
	struct sched_actor a = { "swapper", swap_actor, &r };
	struct sched_result sr;
	struct kvm_memslots *active;

	tw_build(&x, "gmemsim-trace 1\nvm type=sw_protected vcpus=1 mmu=tdp\n");
	active = x.w.kvm->memslots[0];
	/* The inactive set mirrors the active one after every update. */
	r.other = &x.w.kvm->__memslots[0][active->node_idx ^ 1];
	inv_violations_reset();
	sched_run(&so, &a, 1, &sr);
	sched_result_destroy(&sr);
	assert_int_not_equal(inv_violations("inv5-swap-during-notifier"), 0);
	assert_int_equal(inv_violations(NULL), inv_violations("inv5-swap-during-notifier"));
	assert_ptr_equal(x.w.kvm->memslots[0], active);
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 7 and 8: what a leaf may map ---------------------------------------- */

/* The private leaf points at another live page (the shared gfn's). */
static void test_inv7_private_from_gmem(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf priv, shared;
	u64 *sptep, old;

	tw_build(&x, base_trace);
	tlb_clear(&x);
	assert_true(leaf_of(&x, 0, &priv) && leaf_of(&x, 1, &shared));
	sptep = sptep_of(&priv);
	old = *sptep;
	*sptep = (old & ~SPTE_BASE_ADDR_MASK) | ((u64)shared.pfn << PAGE_SHIFT);
	*sptep_gen(sptep) = shared.gen;
	expect_only(&x, INV_STEP, "inv7-private-from-gmem", NULL);
	*sptep = old;
	*sptep_gen(sptep) = priv.gen;
	expect_clean(&x);
	tw_destroy(&x);
}

/* The shared leaf's page left the host without a notifier (mapcount gone). */
static void test_inv7_shared_not_host_mapped(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;
	struct folio *folio;

	tw_build(&x, base_trace);
	assert_true(leaf_of(&x, 1, &l));
	folio = pfn_folio(l.pfn);
	folio_sub_mapcount(folio, folio_mapcount(folio));
	expect_only(&x, INV_STEP, "inv7-shared-not-host-mapped", NULL);
	folio_add_mapcount(folio, 1);
	expect_clean(&x);
	tw_destroy(&x);
}

/* A conversion that stored the attribute but never zapped. */
static void test_inv8_attribute_flip_without_zap(void **state)
{
	struct tw x;
	struct kvm *kvm;

	tw_build(&x, base_trace);
	kvm = x.w.kvm;
	xa_store(&kvm->mem_attr_array, 1, xa_mk_value(KVM_MEMORY_ATTRIBUTE_PRIVATE), GFP_KERNEL);
	expect_only(&x, INV_QUIESCENT, "inv8-spte-privateness", NULL);
	/* Inside the conversion's invalidation window the stale leaf is allowed. */
	kvm->mmu_invalidate_in_progress = 1;
	kvm->stat.mmu_invalidate_begin++;
	kvm->mmu_invalidate_range_start = 1;
	kvm->mmu_invalidate_range_end = 2;
	assert_int_equal(check(&x, INV_STEP), 0);
	kvm->mmu_invalidate_in_progress = 0;
	kvm->stat.mmu_invalidate_begin--;
	xa_erase(&kvm->mem_attr_array, 1);
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 10, 11, 12: huge leaves ----------------------------------------------- */

static const char huge_trace[] =
	"gmemsim-trace 1\n"
	"vm type=sw_protected vcpus=1 mmu=tdp\n"
	"memfd_create name=huge size=4M huge\n"
	"mmap name=h len=4M prot=read|write shared memfd=huge addr=0x40000000 fixed expect=0\n"
	"gmem_create name=g0 size=4M expect=0\n"
	"set_memory_region slot=0 gpa=0 size=4M mem=h gmem=g0 flags=guest_memfd expect=0\n";

#define HUGE_GFN 0x200

static struct kvm_lpage_info *huge_linfo(struct tw *x)
{
	return lpage_info_slot(HUGE_GFN, x->w.kvm->memslots[0]->gfn_sorted[0], PG_LEVEL_2M);
}

/* The host maps the second 2M folio whole (MADV_POPULATE_WRITE); the guest reads it. */
static void huge_build(struct tw *x, struct kvm_mmu_leaf *l)
{
	u64 v;

	tw_build(x, huge_trace);
	assert_int_equal(mm_madvise(x->w.mm, 0x40000000 + (2 << 20), 2 << 20, MADV_POPULATE_WRITE),
			 0);
	assert_int_equal(kvm_vcpu_read(x->w.vcpu[0], 2 << 20, &v), 1);
	assert_true(leaf_of(x, HUGE_GFN, l));
	assert_int_equal(l->level, PG_LEVEL_2M);
	expect_clean(x);
}

/* An SPTE installed into a huge page whose attributes are MIXED. */
static void test_inv10_huge_mixed(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	huge_build(&x, &l);
	huge_linfo(&x)->disallow_lpage |= KVM_LPAGE_MIXED_FLAG;
	/* The flag is wrong as well as the leaf: the quiescent MIXED audit agrees. */
	expect_only(&x, INV_QUIESCENT, "inv10-huge-mixed", "inv10-mixed-flag", NULL);
	huge_linfo(&x)->disallow_lpage &= ~KVM_LPAGE_MIXED_FLAG;
	/* One gfn under the huge leaf went private (MIXED kept right), no zap. */
	xa_store(&x.w.kvm->mem_attr_array, HUGE_GFN + 5,
		 xa_mk_value(KVM_MEMORY_ATTRIBUTE_PRIVATE), GFP_KERNEL);
	huge_linfo(&x)->disallow_lpage |= KVM_LPAGE_MIXED_FLAG;
	expect_only(&x, INV_QUIESCENT, "inv10-huge-mixed-attrs", "inv10-huge-mixed", NULL);
	huge_linfo(&x)->disallow_lpage &= ~KVM_LPAGE_MIXED_FLAG;
	/* And the MIXED flag itself, forgotten by the post pass. */
	WRITE_ONCE(*sptep_of(&l), SHADOW_NONPRESENT_VALUE);
	tlb_clear(&x);
	expect_only(&x, INV_QUIESCENT, "inv10-mixed-flag", NULL);
	xa_erase(&x.w.kvm->mem_attr_array, HUGE_GFN + 5);
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv11_lpage_disallowed(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;
	struct kvm_memory_slot *slot;

	huge_build(&x, &l);
	huge_linfo(&x)->disallow_lpage++;
	expect_only(&x, INV_QUIESCENT, "inv11-lpage-disallowed", NULL);
	huge_linfo(&x)->disallow_lpage--;
	/* The slot shrank under the huge leaf. */
	slot = x.w.kvm->memslots[0]->gfn_sorted[0];
	slot->npages -= 1;
	expect_only(&x, INV_QUIESCENT, "inv11-huge-crosses-slot", NULL);
	slot->npages += 1;
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv12_private_huge(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	huge_build(&x, &l);
	*sptep_of(&l) |= SPTE_MODEL_PRIVATE;
	/* A private leaf over a shared gfn of a shared page is also 7 and 8's business. */
	expect_only(&x, INV_QUIESCENT, "inv12-private-huge", "inv8-spte-privateness",
		    "inv7-private-from-gmem", NULL);
	*sptep_of(&l) &= ~SPTE_MODEL_PRIVATE;
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 13 and 14: memslots and bindings ---------------------------------------- */

static const char two_slots[] =
	"gmemsim-trace 1\n"
	"vm type=sw_protected vcpus=1 mmu=tdp\n"
	"memfd_create name=shm size=4M\n"
	"mmap name=m len=4M prot=read|write shared memfd=shm expect=0\n"
	"gmem_create name=g0 size=4M expect=0\n"
	"set_memory_region slot=0 gpa=0 size=2M mem=m gmem=g0 flags=guest_memfd expect=0\n"
	"set_memory_region slot=1 gpa=2M size=2M mem=m mem_offset=2M gmem=g0 gmem_offset=2M "
	"flags=guest_memfd expect=0\n";

static void test_inv13_memslot_overlap(void **state)
{
	struct tw x;
	struct kvm_memory_slot *b;

	tw_build(&x, two_slots);
	expect_clean(&x);
	b = x.w.kvm->memslots[0]->gfn_sorted[1];
	b->base_gfn -= 1;
	expect_only(&x, INV_STEP, "inv13-memslot-overlap", NULL);
	b->base_gfn += 1;
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv14_gmem_binding(void **state)
{
	struct tw x;
	struct kvm_memory_slot *b;

	tw_build(&x, two_slots);
	b = x.w.kvm->memslots[0]->gfn_sorted[1];
	b->gmem.pgoff -= 1;
	expect_only(&x, INV_STEP, "inv14-gmem-binding", NULL);
	b->gmem.pgoff += 2;
	expect_only(&x, INV_STEP, "inv14-gmem-binding", NULL);
	b->gmem.pgoff -= 1;
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 18 and 19: guest_memfd folios in use ------------------------------------- */

static void test_inv18_not_uptodate(void **state)
{
	struct tw x;
	struct folio *folio;

	tw_build(&x, "gmemsim-trace 1\nvm type=sw_protected vcpus=1 mmu=tdp\n"
		      "memfd_create name=shm size=2M\n"
		      "mmap name=m len=2M prot=read|write shared memfd=shm expect=0\n"
		      "gmem_create name=g0 size=2M expect=0\n"
		      "set_memory_region slot=0 gpa=0 size=2M mem=m gmem=g0 flags=guest_memfd\n"
		      "set_memory_attributes gpa=0 size=4K private expect=0\n"
		      "vcpu0: read gpa=0 expect=value:0\n");
	folio = gmem_folio(&x, 2, 0);
	folio_clear_uptodate(folio);
	expect_only(&x, INV_STEP, "inv18-not-uptodate", NULL);
	folio_mark_uptodate(folio);
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv19_gmem_closed_mapped(void **state)
{
	struct tw x;
	struct kvm_memory_slot *slot;
	struct file *file;

	tw_build(&x, base_trace);
	slot = x.w.kvm->memslots[0]->gfn_sorted[0];
	file = slot->gmem.file;
	/* Release cleared the binding and then forgot its zap. */
	slot->gmem.file = NULL;
	assert_int_equal(check(&x, INV_STEP), 0);	/* mid-release: allowed */
	expect_only(&x, INV_QUIESCENT, "inv19-gmem-closed-mapped", NULL);
	slot->gmem.file = file;
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- invariants 21, 22, 23, 26: the MMU's own structures ----------------------------------- */

static void test_inv21_spte_without_slot(void **state)
{
	struct tw x;
	struct kvm_memslots *slots;

	tw_build(&x, base_trace);
	slots = x.w.kvm->memslots[0];
	/* A delete that published the set without the slot before zapping it. */
	slots->nr_slots = 0;
	slots->last_used_slot = NULL;
	expect_only(&x, INV_STEP, "inv21-spte-without-slot", NULL);
	slots->nr_slots = 1;
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv22_rmap(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;
	struct kvm_memory_slot *slot;
	unsigned long *head, saved;

	tw_build(&x, "gmemsim-trace 1\nvm type=default vcpus=1 mmu=legacy\n"
		      "memfd_create name=shm size=2M\n"
		      "mmap name=m len=2M prot=read|write shared memfd=shm expect=0\n"
		      "set_memory_region slot=0 gpa=0 size=2M mem=m expect=0\n"
		      "vcpu0: write gpa=0x3000 value=7 expect=0\n");
	assert_true(leaf_of(&x, 3, &l));
	slot = x.w.kvm->memslots[0]->gfn_sorted[0];
	head = &slot_mmu(slot)->rmap[l.level - 1][gfn_to_index(3, slot->base_gfn, l.level)];
	saved = *head;
	*head = 0;
	expect_only(&x, INV_STEP, "inv22-rmap", NULL);
	*head = saved;
	expect_clean(&x);
	tw_destroy(&x);
}

/* A zap whose TLB flush was skipped. */
static void test_inv23_tlb_not_flushed(void **state)
{
	struct tw x;
	struct kvm_mmu_leaf l;

	tw_build(&x, base_trace);
	assert_true(leaf_of(&x, 1, &l));
	assert_true(kvm_vcpu_tlb_has(x.w.vcpu[0], 1));
	WRITE_ONCE(*sptep_of(&l), SHADOW_NONPRESENT_VALUE);
	expect_only(&x, INV_STEP, "inv23-tlb-not-flushed", NULL);
	/* While mmu_lock is held the flush may still be coming. */
	write_lock(&x.w.kvm->mmu_lock);
	assert_int_equal(check(&x, INV_STEP), 0);
	write_unlock(&x.w.kvm->mmu_lock);
	tlb_clear(&x);
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_inv26_obsolete_root_leaf(void **state)
{
	struct tw x;
	struct kvm_mmu_page *root;

	tw_build(&x, base_trace);
	root = x.w.vcpu[0]->root;
	root->invalid = true;	/* invalidated, but its leaves were never zapped */
	expect_only(&x, INV_STEP, "inv26-obsolete-root-leaf", NULL);
	root->invalid = false;
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- host isolation, accounting, data ----------------------------------------------------- */

/* A host PTE onto private guest_memfd memory (mapcount counts host PTEs). */
static void test_host_isolation(void **state)
{
	struct tw x;
	struct folio *folio;

	tw_build(&x, base_trace);
	folio = gmem_folio(&x, 2, 0);
	folio_add_mapcount(folio, 1);
	expect_only(&x, INV_STEP, "host-isolation", NULL);
	folio_sub_mapcount(folio, 1);
	expect_clean(&x);
	tw_destroy(&x);
}

/* INIT_SHARED memory may be mapped by the host: no report. */
static void test_host_isolation_init_shared(void **state)
{
	struct tw x;

	tw_build(&x, "gmemsim-trace 1\nvm type=default vcpus=1 mmu=tdp\n"
		      "gmem_create name=g0 size=2M flags=mmap|init_shared expect=0\n"
		      "mmap name=gm len=2M prot=read|write shared gmem=g0 expect=0\n"
		      "host_write mem=gm offset=0 value=0x11 expect=0\n");
	assert_true(folio_mapped(gmem_folio(&x, 0, 0)));
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_acct_gmem_size(void **state)
{
	struct tw x;
	struct inode *inode;
	loff_t size;

	tw_build(&x, "gmemsim-trace 1\nvm type=sw_protected vcpus=1 mmu=tdp\n"
		      "gmem_create name=g0 size=2M expect=0\n"
		      "gmem_fallocate gmem=g0 offset=0x1ff000 len=4K mode=keep_size expect=0\n");
	inode = file_inode(gmem_file(&x, 0));
	size = inode->i_size;
	inode->i_size = 0x1ff000;	/* the cache holds a page past the end */
	expect_only(&x, INV_STEP, "acct-gmem-size", NULL);
	inode->i_size = size;
	expect_clean(&x);
	tw_destroy(&x);
}

/* Data in a guest_memfd page nobody zeroed yet: fresh pages must read zero. */
static void test_data_fresh_not_zero(void **state)
{
	struct tw x;
	struct folio *folio;

	tw_build(&x, "gmemsim-trace 1\nvm type=sw_protected vcpus=1 mmu=tdp\n"
		      "gmem_create name=g0 size=2M expect=0\n"
		      "gmem_fallocate gmem=g0 offset=0 len=4K mode=keep_size expect=0\n");
	folio = gmem_folio(&x, 0, 0);
	assert_false(folio_test_uptodate(folio));
	folio_content_write(folio, 0, 0xbad);
	expect_only(&x, INV_STEP, "data-fresh-not-zero", NULL);
	folio_zero_pages(folio, 0, 1);
	expect_clean(&x);
	tw_destroy(&x);
}

static void test_data_foreign_owner(void **state)
{
	struct tw x;
	struct folio *folio;
	u32 owner;

	tw_build(&x, base_trace);
	folio = gmem_folio(&x, 2, 0);
	owner = folio->owner_id;
	folio->owner_id = owner + 1000;		/* another owner's write lands here */
	folio_content_write(folio, 0, 0x0f0f);
	folio->owner_id = owner;
	expect_only(&x, INV_STEP, "data-foreign-owner", NULL);
	folio_content_write(folio, 0, 0x5eed);
	expect_clean(&x);
	tw_destroy(&x);
}

/* ---- every example trace, several seeds, not one report ------------------------------------ */

static void replay_examples(enum sched_strategy strategy)
{
	char dir[4096];
	struct dirent *de;
	unsigned int nr = 0;
	DIR *d;

	snprintf(dir, sizeof(dir), "%s", __FILE__);
	snprintf(dir + strlen(dirname(dir)), sizeof(dir) - strlen(dir), "/../traces/examples");
	d = opendir(dir);
	assert_non_null(d);
	while ((de = readdir(d))) {
		char path[8192], err[512];
		struct trace t;
		size_t n = strlen(de->d_name);

		if (n < 4 || strcmp(de->d_name + n - 4, ".gms"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		assert_int_equal(trace_parse_file(path, &t, err, sizeof(err)), 0);
		for (u64 seed = base_seed; seed < base_seed + SEEDS; seed++) {
			struct replay_opts o = { .mode = REPLAY_DET, .mode_set = true, .seed = seed,
						 .seed_set = true, .strategy = strategy,
						 .strategy_set = true, .quiet = true };
			struct replay_result res;

			inv_violations_reset();
			assert_int_equal(replay_trace(&t, &o, &res, err, sizeof(err)), 0);
			if (inv_violations(NULL))
				fail_msg("%s seed %llu: %lu invariant report(s), first: %s", path,
					 (unsigned long long)seed, inv_violations(NULL),
					 res.first_violation);
			assert_true(res.invariant_checks > 0);
			replay_result_destroy(&res);
		}
		trace_destroy(&t);
		nr++;
	}
	closedir(d);
	assert_true(nr >= 1);
}

static void test_examples_random(void **state)
{
	replay_examples(SCHED_STRATEGY_RANDOM);
}

static void test_examples_pct(void **state)
{
	replay_examples(SCHED_STRATEGY_PCT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_inv1_spte_freed),
		cmocka_unit_test(test_inv1_tlb_freed),
		cmocka_unit_test(test_inv3_open_at_rest),
		cmocka_unit_test(test_inv4_seq),
		cmocka_unit_test(test_inv5_swap_during_notifier),
		cmocka_unit_test(test_inv7_private_from_gmem),
		cmocka_unit_test(test_inv7_shared_not_host_mapped),
		cmocka_unit_test(test_inv8_attribute_flip_without_zap),
		cmocka_unit_test(test_inv10_huge_mixed),
		cmocka_unit_test(test_inv11_lpage_disallowed),
		cmocka_unit_test(test_inv12_private_huge),
		cmocka_unit_test(test_inv13_memslot_overlap),
		cmocka_unit_test(test_inv14_gmem_binding),
		cmocka_unit_test(test_inv18_not_uptodate),
		cmocka_unit_test(test_inv19_gmem_closed_mapped),
		cmocka_unit_test(test_inv21_spte_without_slot),
		cmocka_unit_test(test_inv22_rmap),
		cmocka_unit_test(test_inv23_tlb_not_flushed),
		cmocka_unit_test(test_inv26_obsolete_root_leaf),
		cmocka_unit_test(test_host_isolation),
		cmocka_unit_test(test_host_isolation_init_shared),
		cmocka_unit_test(test_acct_gmem_size),
		cmocka_unit_test(test_data_fresh_not_zero),
		cmocka_unit_test(test_data_foreign_owner),
		cmocka_unit_test(test_examples_random),
		cmocka_unit_test(test_examples_pct),
	};
	const char *env = getenv("GMEMSIM_SEED");

	if (env)
		base_seed = strtoull(env, NULL, 0);
	printf("invariants_test: seed %llu (GMEMSIM_SEED to change)\n",
	       (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
