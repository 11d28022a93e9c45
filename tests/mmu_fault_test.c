// SPDX-License-Identifier: GPL-2.0
/*
 * The MMU's fault path and vCPU accesses (kvm_model/mmu, kvm_model/vcpu.c):
 * every outcome row of kernel-reference 2.6 and 2.8, the guest-running
 * selftest scenarios of section 5 that a single vCPU reaches (16, 17, 24,
 * 26, 28, 29, the mprotect part of 30), huge pages and lpage_info (3.5),
 * TLB flushes (3.7) -- on both MMUs where the row applies.
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
#include <linux/shmem_fs.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_test_env.h"

#define GPA_SHARED 0x100000ULL		/* slot 0: 16 pages of host memory */
#define GPA_PRIV 0x200000ULL		/* slot 1: 512 pages of guest_memfd (2M aligned) */
#define NPAGES_SHARED 16
#define NPAGES_PRIV 512

static int set_attrs(struct kvm *kvm, u64 gpa, u64 size, u64 attrs)
{
	struct kvm_memory_attributes a = { .address = gpa, .size = size, .attributes = attrs };

	return kvm_vm_ioctl_set_mem_attributes(kvm, &a);
}

static int punch(int fd, u64 off, u64 len)
{
	struct file *f = fget(fd);
	int r;

	assert_non_null(f);
	r = vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off, len);
	fput(f);
	return r;
}

/* A VM with a shared slot 0 (anonymous memory) and, if @gmem, a gmem slot 1. */
static void env_init(struct env *e, unsigned long type, enum kvm_mmu_type mmu, bool gmem)
{
	env_vm(e, type, mmu);

	e->hva = mm_mmap(e->mm, 0, NPAGES_SHARED * PAGE_SIZE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_true(e->hva > 0);
	assert_int_equal(__set_region(e->kvm, 0, 0, GPA_SHARED, NPAGES_SHARED * PAGE_SIZE, e->hva,
				      0, 0), 0);
	if (gmem) {
		struct kvm_create_guest_memfd g = { .size = NPAGES_PRIV * PAGE_SIZE };

		e->gmem_fd = kvm_gmem_create(e->kvm, &g);
		assert_true(e->gmem_fd >= 0);
		assert_int_equal(__set_region(e->kvm, 1, KVM_MEM_GUEST_MEMFD, GPA_PRIV,
					      NPAGES_PRIV * PAGE_SIZE, 0, e->gmem_fd, 0), 0);
	}
}

static void env_destroy(struct env *e)
{
	if (e->gmem_fd >= 0)
		assert_int_equal(close_fd(e->gmem_fd), 0);
	kvm_put_kvm(e->kvm);
	mmput(e->mm);
}

static const enum kvm_mmu_type both[] = { KVM_MMU_TDP, KVM_MMU_LEGACY };

/* ---- 2.6: completed accesses, TLB, generation --------------------------------------- */

static void test_shared_write_read_and_tlb(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct env e;
		struct kvm_mmu_leaf leaf;
		u64 v = 0;

		env_init(&e, KVM_X86_DEFAULT_VM, both[m], false);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_SHARED + 0x3000, 0xabcd), 1);
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED + 0x3000, &v), 1);
		assert_int_equal(v, 0xabcd);
		/* The host sees the guest's write through its own mapping. */
		assert_int_equal(host_read(e.mm, e.hva + 0x3000, &v), 0);
		assert_int_equal(v, 0xabcd);
		/* The second access hit the TLB; the SPTE is a writable 4K leaf. */
		assert_true(e.vcpu->stat.tlb_hits >= 1);
		assert_true(kvm_mmu_lookup_leaf(e.kvm, (GPA_SHARED >> PAGE_SHIFT) + 3, &leaf));
		assert_int_equal(leaf.level, PG_LEVEL_4K);
		assert_true(leaf.spte & (1ULL << 1));
		if (both[m] == KVM_MMU_LEGACY)
			assert_int_equal(kvm_mmu_rmap_count(e.kvm, (GPA_SHARED >> PAGE_SHIFT) + 3,
							    PG_LEVEL_4K), 1);
		env_destroy(&e);
	}
}

/* A read fault on a never-touched anon page maps it read-only; a write upgrades. */
static void test_read_then_write_fault(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct env e;
		struct kvm_mmu_leaf leaf;
		gfn_t gfn = (GPA_SHARED >> PAGE_SHIFT) + 5;
		u64 v = 1;

		env_init(&e, KVM_X86_DEFAULT_VM, both[m], false);
		assert_int_equal(kvm_vcpu_read(e.vcpu, gfn << PAGE_SHIFT, &v), 1);
		assert_int_equal(v, 0);
		assert_int_equal(kvm_vcpu_write(e.vcpu, gfn << PAGE_SHIFT, 7), 1);
		assert_true(kvm_mmu_lookup_leaf(e.kvm, gfn, &leaf));
		assert_true(leaf.spte & (1ULL << 1));
		assert_int_equal(kvm_vcpu_read(e.vcpu, gfn << PAGE_SHIFT, &v), 1);
		assert_int_equal(v, 7);
		if (both[m] == KVM_MMU_LEGACY)
			assert_int_equal(kvm_mmu_rmap_count(e.kvm, gfn, PG_LEVEL_4K), 1);
		env_destroy(&e);
	}
}

/* Private memory: gmem pages, invisible to the host mapping; scenario 26 punch. */
static void test_private_access_and_punch(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		unsigned long v0 = violations_reported();
		gpa_t gpa = GPA_PRIV + 0x5000;
		struct env e;
		u64 v;

		env_init(&e, KVM_X86_SW_PROTECTED_VM, both[m], true);
		assert_int_equal(set_attrs(e.kvm, GPA_PRIV, NPAGES_PRIV * PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		assert_int_equal(kvm_vcpu_write(e.vcpu, gpa, 0x5151), 1);
		assert_int_equal(kvm_vcpu_read(e.vcpu, gpa, &v), 1);
		assert_int_equal(v, 0x5151);
		assert_true(kvm_vcpu_tlb_has(e.vcpu, gpa >> PAGE_SHIFT));

		/* Punch: zap + flush before the folio is freed; refault reads zero. */
		assert_int_equal(punch(e.gmem_fd, 0x5000, PAGE_SIZE), 0);
		assert_false(kvm_vcpu_tlb_has(e.vcpu, gpa >> PAGE_SHIFT));
		assert_int_equal(kvm_vcpu_read(e.vcpu, gpa, &v), 1);
		assert_int_equal(v, 0);
		assert_int_equal(violations_reported(), v0);
		env_destroy(&e);
	}
}

/* 2.6 row 1: the fault's privateness disagrees with the attribute. */
static void test_memory_fault_mismatch(void **state)
{
	struct env e;
	u64 v = 0;

	env_init(&e, KVM_X86_SW_PROTECTED_VM, KVM_MMU_TDP, true);
	assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);

	/* A shared access to a PRIVATE gfn: flags describe the fault (shared). */
	assert_int_equal(kvm_vcpu_access(e.vcpu, GPA_PRIV, KVM_ACCESS_READ, KVM_VIEW_SHARED, &v),
			 -EFAULT);
	assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
	assert_int_equal(e.vcpu->run.memory_fault.flags, 0);
	assert_int_equal(e.vcpu->run.memory_fault.gpa, GPA_PRIV);
	assert_int_equal(e.vcpu->run.memory_fault.size, PAGE_SIZE);

	/* A private access to a shared gfn. */
	assert_int_equal(kvm_vcpu_access(e.vcpu, GPA_PRIV + PAGE_SIZE, KVM_ACCESS_WRITE,
					 KVM_VIEW_PRIVATE, &v), -EFAULT);
	assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
	assert_int_equal(e.vcpu->run.memory_fault.flags, KVM_MEMORY_EXIT_FLAG_PRIVATE);
	assert_int_equal(e.vcpu->run.memory_fault.gpa, GPA_PRIV + PAGE_SIZE);

	/* The matching view maps; a mapped private page is not used for a shared access. */
	assert_int_equal(kvm_vcpu_access(e.vcpu, GPA_PRIV, KVM_ACCESS_WRITE, KVM_VIEW_PRIVATE, &v), 1);
	assert_int_equal(kvm_vcpu_access(e.vcpu, GPA_PRIV, KVM_ACCESS_READ, KVM_VIEW_SHARED, &v),
			 -EFAULT);
	assert_int_equal(e.vcpu->run.memory_fault.flags, 0);
	env_destroy(&e);
}

/* 2.6 rows: no memslot -> MMIO (shared) / EFAULT (private); fetch -> internal error. */
static void test_noslot(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		gpa_t hole = 0x40000000ULL;
		struct kvm_mmu_leaf leaf;
		struct env e;
		u64 v = 5;

		env_init(&e, KVM_X86_SW_PROTECTED_VM, both[m], false);
		assert_int_equal(kvm_vcpu_write(e.vcpu, hole, 5), 0);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MMIO);
		assert_int_equal(e.vcpu->run.mmio.phys_addr, hole);
		assert_true(e.vcpu->run.mmio.is_write);
		assert_int_equal(e.vcpu->run.mmio.data, 5);
		/* An MMIO SPTE now short-cuts the next access (EPT misconfig). */
		assert_true(kvm_mmu_lookup_leaf(e.kvm, hole >> PAGE_SHIFT, &leaf));
		assert_false(leaf.spte & (1ULL << 11));
		assert_int_equal(kvm_vcpu_read(e.vcpu, hole, &v), 0);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MMIO);
		assert_false(e.vcpu->run.mmio.is_write);

		/* Scenario 17's cause: an instruction fetch from no memory. */
		assert_int_equal(kvm_vcpu_access(e.vcpu, hole + 0x10000, KVM_ACCESS_EXEC,
						 KVM_VIEW_ATTRIBUTES, &v), 0);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_INTERNAL_ERROR);
		assert_int_equal(e.vcpu->run.internal.suberror, KVM_INTERNAL_ERROR_EMULATION);

		/* Private fault without a memslot. */
		assert_int_equal(set_attrs(e.kvm, hole + 0x20000, PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, hole + 0x20000, &v), -EFAULT);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
		assert_int_equal(e.vcpu->run.memory_fault.flags, KVM_MEMORY_EXIT_FLAG_PRIVATE);

		/* A new memslot makes the MMIO SPTE stale (generation): real memory now. */
		assert_int_equal(__set_region(e.kvm, 2, 0, hole, 0x10000, e.hva, 0, 0), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, hole, &v), 1);
		env_destroy(&e);
	}
}

/* Scenario 17: a VM with no memslots at all. */
static void test_zero_memory_regions(void **state)
{
	struct mm_struct *mm = mm_alloc("vmm");
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, mm);
	struct kvm_vcpu *vcpu;
	u64 v;

	assert_int_equal(kvm_mmu_attach(kvm, NULL), 0);
	vcpu = kvm_vcpu_create(kvm, 0);
	assert_false(IS_ERR(vcpu));
	assert_int_equal(kvm_vcpu_access(vcpu, 0xfff0, KVM_ACCESS_EXEC, KVM_VIEW_ATTRIBUTES, &v), 0);
	assert_int_equal(vcpu->run.exit_reason, KVM_EXIT_INTERNAL_ERROR);
	kvm_put_kvm(kvm);
	mmput(mm);
}

/* Scenario 29 and 2.6 row 3: PRIVATE on a slot without guest_memfd. */
static void test_private_without_gmem(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct env e;
		u64 v;

		env_init(&e, KVM_X86_SW_PROTECTED_VM, both[m], false);
		assert_int_equal(set_attrs(e.kvm, GPA_SHARED, PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED, &v), -EFAULT);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
		assert_int_equal(e.vcpu->run.memory_fault.flags, KVM_MEMORY_EXIT_FLAG_PRIVATE);
		assert_int_equal(e.vcpu->run.memory_fault.gpa, GPA_SHARED);
		assert_int_equal(e.vcpu->run.memory_fault.size, PAGE_SIZE);
		env_destroy(&e);
	}
}

/* 2.6: write to a READONLY slot -> MMIO write exit; reads map. */
static void test_readonly_slot(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		gpa_t gpa = 0x800000;
		struct env e;
		u64 v;

		env_init(&e, KVM_X86_DEFAULT_VM, both[m], false);
		assert_int_equal(__set_region(e.kvm, 3, KVM_MEM_READONLY, gpa, 4 * PAGE_SIZE, e.hva,
					      0, 0), 0);
		assert_int_equal(host_write(e.mm, e.hva, 0x77), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, gpa, &v), 1);
		assert_int_equal(v, 0x77);
		assert_int_equal(kvm_vcpu_write(e.vcpu, gpa, 1), 0);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MMIO);
		assert_true(e.vcpu->run.mmio.is_write);
		env_destroy(&e);
	}
}

/* 2.6: shared GUP failures are EFAULT without MEMORY_FAULT; scenario 30's mprotect. */
static void test_gup_failures(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct env e;
		u64 v;

		env_init(&e, KVM_X86_DEFAULT_VM, both[m], false);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_SHARED, 3), 1);

		/* mprotect RO: the zap makes the next write fault; GUP for write fails. */
		assert_int_equal(mm_mprotect(e.mm, e.hva, NPAGES_SHARED * PAGE_SIZE, PROT_READ), 0);
		e.vcpu->run.exit_reason = KVM_EXIT_UNKNOWN;
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_SHARED, 4), -EFAULT);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_UNKNOWN);
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED, &v), 1);
		assert_int_equal(v, 3);
		assert_int_equal(mm_mprotect(e.mm, e.hva, NPAGES_SHARED * PAGE_SIZE,
					     PROT_READ | PROT_WRITE), 0);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_SHARED, 4), 1);

		/* munmap: no VMA behind the slot. */
		assert_int_equal(mm_munmap(e.mm, e.hva + PAGE_SIZE, PAGE_SIZE), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED + PAGE_SIZE, &v), -EFAULT);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_UNKNOWN);

		/* A pending signal: EINTR, KVM_EXIT_INTR. */
		e.vcpu->signal_pending = true;
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED + 2 * PAGE_SIZE, &v), -EINTR);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_INTR);
		e.vcpu->signal_pending = false;
		env_destroy(&e);
	}
}

/* 2.6: gmem file closed (3.3 C) -> EFAULT + MEMORY_FAULT; SPTEs gone with it. */
static void test_gmem_closed(void **state)
{
	struct env e;
	u64 v;

	env_init(&e, KVM_X86_SW_PROTECTED_VM, KVM_MMU_TDP, true);
	assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV, 9), 1);
	assert_int_equal(close_fd(e.gmem_fd), 0);
	e.gmem_fd = -1;
	assert_false(kvm_vcpu_tlb_has(e.vcpu, GPA_PRIV >> PAGE_SHIFT));
	assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_PRIV, &v), -EFAULT);
	assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
	assert_int_equal(e.vcpu->run.memory_fault.flags, KVM_MEMORY_EXIT_FLAG_PRIVATE);
	env_destroy(&e);
}

/* Scenario 28 and 24: delete a slot under a running guest, then re-create it. */
static void test_memslot_delete_and_recreate(void **state)
{
	for (unsigned int type = 0; type < 2; type++) {
		for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
			struct env e;
			u64 v;

			env_init(&e, type, both[m], type == KVM_X86_SW_PROTECTED_VM);
			assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_SHARED, 0x11), 1);
			if (type == KVM_X86_SW_PROTECTED_VM) {
				assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE,
							   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
				assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV, 0x22), 1);
				assert_int_equal(__set_region(e.kvm, 1, KVM_MEM_GUEST_MEMFD, GPA_PRIV,
							      0, 0, e.gmem_fd, 0), 0);
				assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_PRIV, &v), -EFAULT);
				assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
				assert_int_equal(e.vcpu->run.memory_fault.flags,
						 KVM_MEMORY_EXIT_FLAG_PRIVATE);
			}
			assert_int_equal(__set_region(e.kvm, 0, 0, GPA_SHARED, 0, e.hva, 0, 0), 0);
			assert_false(kvm_vcpu_tlb_has(e.vcpu, GPA_SHARED >> PAGE_SHIFT));
			assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED, &v), 0);
			assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MMIO);

			/* Re-created over fresh memory: the guest reads zero. */
			long hva2 = mm_mmap(e.mm, 0, NPAGES_SHARED * PAGE_SIZE,
					    PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
					    NULL, 0);
			assert_true(hva2 > 0);
			assert_int_equal(__set_region(e.kvm, 0, 0, GPA_SHARED,
						      NPAGES_SHARED * PAGE_SIZE, hva2, 0, 0), 0);
			assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_SHARED, &v), 1);
			assert_int_equal(v, 0);
			env_destroy(&e);
		}
	}
}

/* Conversion private -> shared -> private (scenario 25's core, one vCPU). */
static void test_conversion_round_trip(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct env e;
		u64 v;

		env_init(&e, KVM_X86_SW_PROTECTED_VM, both[m], true);
		/* Slot 1 needs an hva for its shared half: give it slot 0's memory. */
		assert_int_equal(__set_region(e.kvm, 1, 0, GPA_PRIV, 0, 0, 0, 0), 0);
		assert_int_equal(__set_region(e.kvm, 1, KVM_MEM_GUEST_MEMFD, GPA_PRIV,
					      NPAGES_SHARED * PAGE_SIZE, e.hva, e.gmem_fd, 0), 0);
		assert_int_equal(host_write(e.mm, e.hva, 0xaa), 0);

		assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV, 0xbb), 1);
		/* The host still sees the shared pattern. */
		assert_int_equal(host_read(e.mm, e.hva, &v), 0);
		assert_int_equal(v, 0xaa);

		assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE, 0), 0);
		assert_false(kvm_vcpu_tlb_has(e.vcpu, GPA_PRIV >> PAGE_SHIFT));
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_PRIV, &v), 1);
		assert_int_equal(v, 0xaa);

		/* Private again, no punch: the private contents survived. */
		assert_int_equal(set_attrs(e.kvm, GPA_PRIV, PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, GPA_PRIV, &v), 1);
		assert_int_equal(v, 0xbb);
		env_destroy(&e);
	}
}

/* ---- 3.5 huge pages ------------------------------------------------------------------- */

static void test_lpage_info_and_mixed(void **state)
{
	struct env e;
	gfn_t base = GPA_PRIV >> PAGE_SHIFT;

	env_init(&e, KVM_X86_SW_PROTECTED_VM, KVM_MMU_TDP, true);
	/* Slot 1 is one aligned 2M page: allowed; its 1G page is partial. */
	assert_int_equal(kvm_mmu_disallow_lpage(e.kvm, base, PG_LEVEL_2M), 0);
	assert_true(kvm_mmu_disallow_lpage(e.kvm, base, PG_LEVEL_1G) > 0);
	/* Slot 0 (16 pages at 1M) covers its 2M page only partly. */
	assert_int_equal(kvm_mmu_disallow_lpage(e.kvm, GPA_SHARED >> PAGE_SHIFT, PG_LEVEL_2M), 1);

	/* One private page mixes the 2M page; converting all of it unmixes. */
	assert_int_equal(set_attrs(e.kvm, GPA_PRIV + 0x3000, PAGE_SIZE,
				   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	assert_true((unsigned int)kvm_mmu_disallow_lpage(e.kvm, base, PG_LEVEL_2M) & (1U << 31));
	assert_int_equal(set_attrs(e.kvm, GPA_PRIV, NPAGES_PRIV * PAGE_SIZE,
				   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	assert_int_equal(kvm_mmu_disallow_lpage(e.kvm, base, PG_LEVEL_2M), 0);
	/* Private memory still maps 4K: gmem folios are order 0 in 6.18. */
	assert_int_equal(kvm_vcpu_write(e.vcpu, GPA_PRIV, 1), 1);
	struct kvm_mmu_leaf leaf;

	assert_true(kvm_mmu_lookup_leaf(e.kvm, base, &leaf));
	assert_int_equal(leaf.level, PG_LEVEL_4K);
	env_destroy(&e);
}

/* Shared 2M folios mapped by the host map huge; a partial munmap splits it away. */
static void test_shared_2m_huge_mapping(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct mm_struct *mm = mm_alloc("vmm");
		struct kvm_mmu_options opts = { .type = both[m] };
		struct kvm_mmu_stats st;
		struct kvm_mmu_leaf leaf;
		struct kvm_vcpu *vcpu;
		struct file *f;
		struct kvm *kvm;
		long hva, a;
		u64 v;

		kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, mm);
		assert_int_equal(kvm_mmu_attach(kvm, &opts), 0);
		vcpu = kvm_vcpu_create(kvm, 0);
		f = shmem_file_setup_huge("huge", 4 << 20, 0);
		assert_false(IS_ERR_OR_NULL(f));
		/* A 2M-aligned hva window of the file. */
		a = mm_mmap(mm, 0, 8 << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
		assert_true(a > 0);
		hva = ALIGN(a, 2 << 20);
		assert_int_equal(mm_munmap(mm, a, 8 << 20), 0);
		assert_int_equal(mm_mmap(mm, hva, 4 << 20, PROT_READ | PROT_WRITE,
					 MAP_SHARED | MAP_FIXED, f, 0), hva);
		assert_int_equal(mm_madvise(mm, hva, 2 << 20, MADV_POPULATE_WRITE), 0);
		assert_int_equal(__set_region(kvm, 0, 0, 0x40000000, 4 << 20, hva, 0, 0), 0);

		assert_int_equal(kvm_vcpu_write(vcpu, 0x40000000 + 0x5000, 0x2222), 1);
		assert_true(kvm_mmu_lookup_leaf(kvm, (0x40000000 >> PAGE_SHIFT) + 5, &leaf));
		if (leaf.level != PG_LEVEL_2M)
			print_message("  shared 2M: host level stayed 4K (folio order?)\n");
		assert_int_equal(leaf.level, PG_LEVEL_2M);
		kvm_mmu_get_stats(kvm, &st);
		assert_int_equal(st.huge_2m, 1);
		/* The second 2M page was not populated by the host: 4K. */
		assert_int_equal(kvm_vcpu_read(vcpu, 0x40000000 + (2 << 20), &v), 1);
		assert_true(kvm_mmu_lookup_leaf(kvm, (0x40200000 >> PAGE_SHIFT), &leaf));
		assert_int_equal(leaf.level, PG_LEVEL_4K);

		/* Host punches one page: the huge SPTE goes, the refault is 4K. */
		assert_int_equal(vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
					       0x5000, PAGE_SIZE), 0);
		assert_false(kvm_vcpu_tlb_has(vcpu, (0x40000000 >> PAGE_SHIFT) + 6));
		assert_int_equal(kvm_vcpu_read(vcpu, 0x40000000 + 0x6000, &v), 1);
		kvm_put_kvm(kvm);
		fput(f);
		mmput(mm);
	}
}

/* ---- 2.8 KVM_PRE_FAULT_MEMORY ------------------------------------------------------------ */

static void test_pre_fault_memory(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct kvm_pre_fault_memory r;
		struct kvm_mmu_leaf leaf;
		struct env e;

		env_init(&e, KVM_X86_SW_PROTECTED_VM, both[m], true);
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED, .size = PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, NULL, &r), -EIO);
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, NULL), -EFAULT);
		r.flags = 1;
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EINVAL);
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED + 1, .size = PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EINVAL);
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED, .size = 0 };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EINVAL);
		r = (struct kvm_pre_fault_memory){ .gpa = -PAGE_SIZE, .size = 2 * PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EINVAL);

		/* In-slot range: done, gpa/size advanced to the end. */
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED, .size = 4 * PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), 0);
		assert_int_equal(r.size, 0);
		assert_int_equal(r.gpa, GPA_SHARED + 4 * PAGE_SIZE);
		assert_true(kvm_mmu_lookup_leaf(e.kvm, (GPA_SHARED >> PAGE_SHIFT) + 3, &leaf));

		/* Running past the slot's end: 0 with bytes left, then ENOENT. */
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED + (NPAGES_SHARED - 1) * PAGE_SIZE,
						   .size = 3 * PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), 0);
		assert_int_equal(r.size, 2 * PAGE_SIZE);
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -ENOENT);
		assert_int_equal(r.size, 2 * PAGE_SIZE);

		/* Private gfns prefault from guest_memfd; a private gfn without gmem fails. */
		assert_int_equal(set_attrs(e.kvm, GPA_PRIV, 2 * PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_PRIV, .size = 2 * PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), 0);
		assert_true(kvm_mmu_lookup_leaf(e.kvm, (GPA_PRIV >> PAGE_SHIFT) + 1, &leaf));
		assert_int_equal(set_attrs(e.kvm, GPA_SHARED, PAGE_SIZE,
					   KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED, .size = PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EFAULT);

		/* Signal pending before anything was done. */
		e.vcpu->signal_pending = true;
		r = (struct kvm_pre_fault_memory){ .gpa = GPA_SHARED + PAGE_SIZE, .size = PAGE_SIZE };
		assert_int_equal(kvm_vcpu_pre_fault_memory(e.vcpu, e.mm, &r), -EINTR);
		e.vcpu->signal_pending = false;
		env_destroy(&e);
	}
}

/* The legacy MMU refuses private memory unless the hybrid is asked for. */
static void test_legacy_private_needs_opt_in(void **state)
{
	struct kvm_mmu_options opts = { .type = KVM_MMU_LEGACY };
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);

	assert_int_equal(kvm_mmu_attach(kvm, &opts), -EOPNOTSUPP);
	opts.allow_private_legacy = true;
	assert_int_equal(kvm_mmu_attach(kvm, &opts), 0);
	assert_int_equal(kvm_mmu_attach(kvm, &opts), -EBUSY);
	kvm_put_kvm(kvm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shared_write_read_and_tlb),
		cmocka_unit_test(test_read_then_write_fault),
		cmocka_unit_test(test_private_access_and_punch),
		cmocka_unit_test(test_memory_fault_mismatch),
		cmocka_unit_test(test_noslot),
		cmocka_unit_test(test_zero_memory_regions),
		cmocka_unit_test(test_private_without_gmem),
		cmocka_unit_test(test_readonly_slot),
		cmocka_unit_test(test_gup_failures),
		cmocka_unit_test(test_gmem_closed),
		cmocka_unit_test(test_memslot_delete_and_recreate),
		cmocka_unit_test(test_conversion_round_trip),
		cmocka_unit_test(test_lpage_info_and_mixed),
		cmocka_unit_test(test_shared_2m_huge_mapping),
		cmocka_unit_test(test_pre_fault_memory),
		cmocka_unit_test(test_legacy_private_needs_opt_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
