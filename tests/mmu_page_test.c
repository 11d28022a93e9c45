// SPDX-License-Identifier: GPL-2.0
/*
 * The MMU's page-table pages (struct kvm_mmu_page, kvm_model/mmu/mmu_internal.h)
 * and what the model keeps beside each leaf SPTE: the low 32 bits of its
 * folio's generation, widened against the folio found from the SPTE's pfn
 * (sptep_leaf_folio).  One allocation per page of at most 8 KiB; a leaf whose
 * folio was freed (pfn free or handed to a newer folio) or whose recorded
 * generation disagrees is stale and a guest access through it is reported as
 * a use-after-free; a huge leaf split into 4K children keeps its generation.
 * On both MMUs where the case applies.
 */
/* gmemsim-test-layer: kvm */
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
#include <linux/shmem_fs.h>
#include <linux/slab.h>
#include <linux/srcu.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/mmu_internal.h"
#include "kvm_test_env.h"

#define GPA_PRIV 0x200000ULL		/* slot 0: 16 pages of guest_memfd */
#define NPAGES_PRIV 16
#define GPA_HUGE 0x40000000ULL		/* a 2M page of a huge shmem file */

static const enum kvm_mmu_type both[] = { KVM_MMU_TDP, KVM_MMU_LEGACY };

/* A SW-protected VM whose slot 0 is private guest_memfd memory. */
static void env_init_private(struct env *e, enum kvm_mmu_type mmu)
{
	struct kvm_create_guest_memfd g = { .size = NPAGES_PRIV * PAGE_SIZE };
	struct kvm_memory_attributes a = {
		.address = GPA_PRIV, .size = NPAGES_PRIV * PAGE_SIZE,
		.attributes = KVM_MEMORY_ATTRIBUTE_PRIVATE,
	};

	env_vm(e, KVM_X86_SW_PROTECTED_VM, mmu);
	e->gmem_fd = kvm_gmem_create(e->kvm, &g);
	assert_true(e->gmem_fd >= 0);
	assert_int_equal(__set_region(e->kvm, 0, KVM_MEM_GUEST_MEMFD, GPA_PRIV,
				      NPAGES_PRIV * PAGE_SIZE, 0, e->gmem_fd, 0), 0);
	assert_int_equal(kvm_vm_ioctl_set_mem_attributes(e->kvm, &a), 0);
}

static void env_destroy(struct env *e)
{
	if (e->gmem_fd >= 0)
		assert_int_equal(close_fd(e->gmem_fd), 0);
	kvm_put_kvm(e->kvm);
	mmput(e->mm);
}

static void leaf_of(struct env *e, gpa_t gpa, struct kvm_mmu_leaf *leaf)
{
	assert_true(kvm_mmu_lookup_leaf(e->kvm, gpa >> PAGE_SHIFT, leaf));
	assert_true(leaf->present);
}

/* A live leaf: its folio is the one holding the pfn, with the full generation. */
static void assert_leaf_live(const struct kvm_mmu_leaf *leaf)
{
	assert_non_null(leaf->folio);
	assert_ptr_equal(leaf->folio, pfn_folio(leaf->pfn));
	assert_int_equal(leaf->gen, folio_gen(leaf->folio));
	assert_true(pfn_gen_live(leaf->pfn, leaf->gen));
}

/*
 * Read @gpa after emptying the TLB, so that the access walks the SPTEs;
 * returns the reports it made (silenced), the first one in @first.
 */
static unsigned long read_reports(struct env *e, gpa_t gpa, u64 *v, const char **first)
{
	unsigned long n = violations_reported();

	kvm_flush_remote_tlbs(e->kvm);
	report_set_quiet(true);
	violations_thread_mark();
	assert_int_equal(kvm_vcpu_read(e->vcpu, gpa, v), 1);
	report_set_quiet(false);
	*first = violations_thread_first();
	return violations_reported() - n;
}

/* ---- the allocation ----------------------------------------------------------------- */

/* One page-table page costs at most two pages of memory, page aligned. */
static void test_page_footprint(void **state)
{
	struct env e;
	struct kvm_mmu_page *sp;
	long before, bytes;

	env_vm(&e, KVM_X86_DEFAULT_VM, KVM_MMU_TDP);
	before = kmalloc_live_bytes();
	sp = kmem_cache_alloc(to_mmu_vm(e.kvm)->sp_cache, GFP_KERNEL_ACCOUNT);
	assert_non_null(sp);
	bytes = kmalloc_live_bytes() - before;
	print_message("  struct kvm_mmu_page %zu bytes, allocation %ld bytes\n", sizeof(*sp),
		      bytes);
	assert_int_equal((uintptr_t)sp & (PAGE_SIZE - 1), 0);
	assert_true(bytes >= (long)sizeof(*sp));
	assert_true(bytes <= 2 * (long)PAGE_SIZE);
	/* An SPTE's page is its struct; its generation sits in the second page. */
	assert_ptr_equal(sptep_to_sp(&sp->spt[SPTE_ENT_PER_PAGE - 1]), sp);
	assert_ptr_equal(sptep_gen(&sp->spt[7]), &sp->spt_gen[7]);
	kmem_cache_free(to_mmu_vm(e.kvm)->sp_cache, sp);
	assert_int_equal(kmalloc_live_bytes(), before);
	env_destroy(&e);
}

/* ---- generations ------------------------------------------------------------------ */

/*
 * The 32 recorded bits decide: one bit off and the leaf is stale (no folio,
 * the recorded value as its generation) and an access through it reports.
 */
static void test_recorded_generation_decides(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct kvm_mmu_leaf leaf;
		const char *first;
		struct env e;
		u32 *genp, made;
		u64 v;

		env_init_private(&e, both[m]);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV + 0x3000, 0x3333), 1);
		leaf_of(&e, GPA_PRIV + 0x3000, &leaf);
		assert_leaf_live(&leaf);
		genp = sptep_gen((u64 *)leaf.id);
		made = *genp;
		assert_int_equal(made, (u32)leaf.gen);

		WRITE_ONCE(*genp, made ^ 1);
		leaf_of(&e, GPA_PRIV + 0x3000, &leaf);
		assert_null(leaf.folio);
		assert_int_equal(leaf.gen, made ^ 1);
		assert_false(pfn_gen_live(leaf.pfn, leaf.gen));
		assert_int_equal(read_reports(&e, GPA_PRIV + 0x3000, &v, &first), 1);
		assert_non_null(strstr(first, "use-after-free"));
		assert_int_equal(v, 0);

		WRITE_ONCE(*genp, made);
		leaf_of(&e, GPA_PRIV + 0x3000, &leaf);
		assert_leaf_live(&leaf);
		assert_int_equal(read_reports(&e, GPA_PRIV + 0x3000, &v, &first), 0);
		assert_int_equal(v, 0x3333);
		env_destroy(&e);
	}
}

/*
 * The folio goes behind the SPTE's back (the file loses it without an
 * invalidation), then its pfn goes to a new folio: the leaf is stale in
 * both states, though the pfn holds a live folio in the second.
 */
static void test_stale_leaf_free_and_reallocated(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct kvm_mmu_leaf leaf, live;
		struct folio *other;
		const char *first;
		struct file *f;
		struct env e;
		u64 v;

		env_init_private(&e, both[m]);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV, 0x1111), 1);
		leaf_of(&e, GPA_PRIV, &live);
		assert_leaf_live(&live);

		f = fget(e.gmem_fd);
		assert_non_null(f);
		truncate_inode_pages_range(f->f_mapping, 0, PAGE_SIZE - 1);
		fput(f);
		assert_null(pfn_folio(live.pfn));
		leaf_of(&e, GPA_PRIV, &leaf);
		assert_int_equal(leaf.pfn, live.pfn);
		assert_null(leaf.folio);
		assert_int_equal(leaf.gen, live.gen);
		assert_int_equal(read_reports(&e, GPA_PRIV, &v, &first), 1);
		assert_non_null(strstr(first, "use-after-free"));

		/* The freed pfn is the first an order-0 allocation gets back. */
		other = folio_alloc(GFP_KERNEL, 0);
		assert_non_null(other);
		assert_int_equal(folio_pfn(other), live.pfn);
		leaf_of(&e, GPA_PRIV, &leaf);
		assert_null(leaf.folio);
		assert_false(pfn_gen_live(leaf.pfn, leaf.gen));
		assert_int_equal(read_reports(&e, GPA_PRIV, &v, &first), 1);
		assert_non_null(strstr(first, "use-after-free"));
		assert_int_equal(v, 0);

		/* The invalidation that should have come first: the SPTE goes. */
		f = fget(e.gmem_fd);
		assert_int_equal(vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
					       PAGE_SIZE), 0);
		fput(f);
		assert_false(kvm_mmu_lookup_leaf(e.kvm, GPA_PRIV >> PAGE_SHIFT, &leaf));
		folio_put(other);
		env_destroy(&e);
	}
}

/* ---- huge leaves ---------------------------------------------------------------- */

/* lpage_info of @gpa's 2M page, as a disallowing reason would move it. */
static void disallow_2m(struct kvm *kvm, gpa_t gpa, int delta)
{
	gfn_t gfn = gpa >> PAGE_SHIFT;
	struct kvm_memory_slot *slot;
	int idx;

	idx = srcu_read_lock(&kvm->srcu);	/* the slot */
	slot = gfn_to_memslot(kvm, gfn);
	assert_non_null(slot);
	write_lock(&kvm->mmu_lock);		/* lpage_info */
	lpage_info_slot(gfn, slot, PG_LEVEL_2M)->disallow_lpage += delta;
	write_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);
}

/*
 * A 4K fault under a present 2M leaf (TDP: split into 512 children that map
 * what it did; legacy: the leaf is dropped for a table) leaves every 4K
 * translation live with the huge folio's generation.
 */
static void test_4k_fault_under_huge_leaf(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct kvm_pre_fault_memory r = { .gpa = GPA_HUGE + 0x7000, .size = PAGE_SIZE };
		struct kvm_mmu_leaf leaf;
		const char *first;
		struct file *f;
		struct env e;
		long a, hva;
		u64 v, gen;

		env_vm(&e, KVM_X86_DEFAULT_VM, both[m]);
		f = shmem_file_setup_huge("huge", 2 << 20, 0);
		assert_false(IS_ERR_OR_NULL(f));
		/* A 2M-aligned hva window of the file. */
		a = mm_mmap(e.mm, 0, 4 << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
		assert_true(a > 0);
		hva = ALIGN(a, 2 << 20);
		assert_int_equal(mm_munmap(e.mm, a, 4 << 20), 0);
		assert_int_equal(mm_mmap(e.mm, hva, 2 << 20, PROT_READ | PROT_WRITE,
					 MAP_SHARED | MAP_FIXED, f, 0), hva);
		assert_int_equal(mm_madvise(e.mm, hva, 2 << 20, MADV_POPULATE_WRITE), 0);
		assert_int_equal(__set_region(e.kvm, 0, 0, GPA_HUGE, 2 << 20, hva, 0, 0), 0);

		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_HUGE + 0x5000, 0x2222), 1);
		leaf_of(&e, GPA_HUGE + 0x5000, &leaf);
		assert_int_equal(leaf.level, PG_LEVEL_2M);
		assert_leaf_live(&leaf);
		gen = leaf.gen;

		disallow_2m(e.kvm, GPA_HUGE, 1);
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), 0);
		leaf_of(&e, GPA_HUGE + 0x7000, &leaf);
		assert_int_equal(leaf.level, PG_LEVEL_4K);
		assert_leaf_live(&leaf);
		assert_int_equal(leaf.gen, gen);
		if (both[m] == KVM_MMU_TDP) {
			/* Split: the other children are there already. */
			leaf_of(&e, GPA_HUGE + 0x5000, &leaf);
			assert_int_equal(leaf.level, PG_LEVEL_4K);
			assert_int_equal(leaf.gen, gen);
		}
		assert_int_equal(read_reports(&e, GPA_HUGE + 0x5000, &v, &first), 0);
		assert_int_equal(v, 0x2222);
		disallow_2m(e.kvm, GPA_HUGE, -1);

		kvm_put_kvm(e.kvm);
		fput(f);
		mmput(e.mm);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page_footprint),
		cmocka_unit_test(test_recorded_generation_decides),
		cmocka_unit_test(test_stale_leaf_free_and_reallocated),
		cmocka_unit_test(test_4k_fault_under_huge_leaf),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
