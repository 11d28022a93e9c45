// SPDX-License-Identifier: GPL-2.0
/*
 * MMU figures (issue 5), for each MMU:
 *  - fault 4K private: a first guest write to a fresh guest_memfd page
 *    (kvm_gmem_get_pfn allocates the folio); the range is punched between
 *    rounds so every round allocates again;
 *  - fault 4K shared: a first guest write to a fresh anonymous page (GUP
 *    slow path faults the host page in); MADV_DONTNEED between rounds;
 *  - fault 2M shared: a first guest write into each 2M page of an
 *    MFD_HUGETLB memfd the host has already mapped (MADV_POPULATE_WRITE:
 *    the model's host maps a hugetlb folio as 512 PTEs, so the KVM fault
 *    finds the host mapping level 2M); the memslot is zapped between rounds;
 *  - fault 4K private, no alloc: the same after a zap, the folio still in
 *    guest_memfd (the MMU's share of the first figure);
 *  - tlb-hit read: a guest read that hits the vCPU's TLB;
 *  - zap per SPTE: one invalidation (begin, unmap the range, flush, end, as
 *    the mmu_notifier does) of a range holding one 4K leaf per gfn, divided
 *    by the number of leaves.
 * Fault figures include the whole exit: TLB miss, walk, kvm_mmu_page_fault,
 * re-entry and the access.
 */
#include <stdio.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/shmem_fs.h>

#include "kvm_model/mmu/mmu.h"
#include "bench.h"

#define NPAGES 4096UL
#define ROUNDS 8
#define NHUGE 64UL
#define HUGE_ROUNDS 16
#define GPA_SHARED 0x10000000ULL
#define GPA_PRIV 0x20000000ULL
#define GPA_HUGE 0x40000000ULL
#define HPAGE_2M (PAGE_SIZE << 9)
#define TLB_OPS 5000000UL

struct bench_vm {
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_vcpu *vcpu;
	long hva, huge_hva;
	int gmem_fd, huge_fd;
};

static int set_region(struct kvm *kvm, u32 slot, u32 flags, u64 gpa, u64 size, u64 hva, int fd)
{
	struct kvm_userspace_memory_region2 m = {
		.slot = slot, .flags = flags, .guest_phys_addr = gpa, .memory_size = size,
		.userspace_addr = hva, .guest_memfd = fd,
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &m, true);
}

static int bench_vm_setup(struct bench_vm *b, enum kvm_mmu_type type)
{
	struct kvm_mmu_options opts = { .type = type, .allow_private_legacy = true };
	struct kvm_create_guest_memfd g = { .size = NPAGES * PAGE_SIZE };
	struct kvm_memory_attributes a = { .address = GPA_PRIV, .size = NPAGES * PAGE_SIZE,
					   .attributes = KVM_MEMORY_ATTRIBUTE_PRIVATE };
	struct file *huge;

	b->mm = mm_alloc("bench");
	b->kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, b->mm);
	if (IS_ERR(b->kvm) || kvm_mmu_attach(b->kvm, &opts))
		return -1;
	b->vcpu = kvm_vcpu_create(b->kvm, 0);
	b->hva = mm_mmap(b->mm, 0, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	b->gmem_fd = kvm_gmem_create(b->kvm, &g);
	huge = sys_memfd_create("bench-huge", MFD_HUGETLB);
	if (IS_ERR(b->vcpu) || b->hva < 0 || b->gmem_fd < 0 || IS_ERR(huge))
		return -1;
	if (vfs_ftruncate(huge, NHUGE * HPAGE_2M))
		return -1;
	/* The mapping keeps its own reference; an hva aligned to 2M like the gpa. */
	b->huge_hva = mm_mmap(b->mm, 0, NHUGE * HPAGE_2M + HPAGE_2M, PROT_NONE,
			      MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	if (b->huge_hva < 0)
		return -1;
	b->huge_hva = (b->huge_hva + HPAGE_2M - 1) & ~(HPAGE_2M - 1);
	b->huge_hva = mm_mmap(b->mm, b->huge_hva, NHUGE * HPAGE_2M, PROT_READ | PROT_WRITE,
			      MAP_SHARED | MAP_FIXED, huge, 0);
	b->huge_fd = fd_install_new(huge);
	if (b->huge_hva < 0 || b->huge_fd < 0)
		return -1;
	if (set_region(b->kvm, 0, 0, GPA_SHARED, NPAGES * PAGE_SIZE, b->hva, -1) ||
	    set_region(b->kvm, 1, KVM_MEM_GUEST_MEMFD, GPA_PRIV, NPAGES * PAGE_SIZE, 0,
		       b->gmem_fd) ||
	    set_region(b->kvm, 2, 0, GPA_HUGE, NHUGE * HPAGE_2M, b->huge_hva, -1) ||
	    kvm_vm_ioctl_set_mem_attributes(b->kvm, &a))
		return -1;
	return 0;
}

static void bench_vm_teardown(struct bench_vm *b)
{
	close_fd(b->gmem_fd);
	close_fd(b->huge_fd);
	kvm_put_kvm(b->kvm);
	mmput(b->mm);
}

/* One invalidation of [gpa, gpa + size), the way the mmu_notifier brackets it. */
static void zap_range(struct kvm *kvm, u64 gpa, u64 size)
{
	struct kvm_gfn_range range = {
		.start = gpa >> PAGE_SHIFT,
		.end = (gpa + size) >> PAGE_SHIFT,
		.attr_filter = KVM_FILTER_PRIVATE | KVM_FILTER_SHARED,
		.may_block = true,
	};
	bool flush;
	int idx;

	idx = srcu_read_lock(&kvm->srcu);
	range.slot = gfn_to_memslot(kvm, range.start);
	KVM_MMU_LOCK(kvm);
	kvm_mmu_invalidate_begin(kvm);
	flush = kvm_mmu_unmap_gfn_range(kvm, &range);
	if (flush)
		kvm_flush_remote_tlbs(kvm);
	kvm_mmu_invalidate_end(kvm);
	KVM_MMU_UNLOCK(kvm);
	srcu_read_unlock(&kvm->srcu, idx);
}

static u64 write_pages(struct kvm_vcpu *vcpu, u64 gpa, unsigned long n, u64 stride)
{
	u64 t0 = bench_now_ns();

	for (unsigned long i = 0; i < n; i++)
		kvm_vcpu_write(vcpu, gpa + i * stride, i + 1);
	return bench_now_ns() - t0;
}

static void bench_fault_private(struct bench_vm *b, const char *name)
{
	struct file *f = fget(b->gmem_fd);
	u64 ns = 0;

	for (int r = 0; r < ROUNDS; r++) {
		ns += write_pages(b->vcpu, GPA_PRIV, NPAGES, PAGE_SIZE);
		vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, NPAGES * PAGE_SIZE);
	}
	fput(f);
	printf("mmu: %s fault 4K private (gmem, alloc) %.1f ns/op\n", name,
	       (double)ns / (ROUNDS * NPAGES));
}

static void bench_fault_shared(struct bench_vm *b, const char *name)
{
	u64 ns = 0;

	for (int r = 0; r < ROUNDS; r++) {
		ns += write_pages(b->vcpu, GPA_SHARED, NPAGES, PAGE_SIZE);
		mm_madvise(b->mm, b->hva, NPAGES * PAGE_SIZE, MADV_DONTNEED);
	}
	printf("mmu: %s fault 4K shared (GUP, alloc) %.1f ns/op\n", name,
	       (double)ns / (ROUNDS * NPAGES));
}

static void bench_fault_huge(struct bench_vm *b, const char *name)
{
	struct kvm_mmu_stats st0, st1;
	u64 ns = 0;

	if (mm_madvise(b->mm, b->huge_hva, NHUGE * HPAGE_2M, MADV_POPULATE_WRITE)) {
		printf("mmu: %s huge setup failed\n", name);
		return;
	}
	kvm_mmu_get_stats(b->kvm, &st0);
	for (int r = 0; r < HUGE_ROUNDS; r++) {
		ns += write_pages(b->vcpu, GPA_HUGE, NHUGE, HPAGE_2M);
		zap_range(b->kvm, GPA_HUGE, NHUGE * HPAGE_2M);
	}
	kvm_mmu_get_stats(b->kvm, &st1);
	if (st1.huge_2m - st0.huge_2m != (long)(HUGE_ROUNDS * NHUGE))
		printf("mmu: %s fault 2M shared mapped %ld of %lu huge\n", name,
		       st1.huge_2m - st0.huge_2m, HUGE_ROUNDS * NHUGE);
	printf("mmu: %s fault 2M shared (hugetlb memfd, host-mapped) %.1f ns/op\n", name,
	       (double)ns / (HUGE_ROUNDS * NHUGE));
}

static void bench_tlb_hit(struct bench_vm *b, const char *name)
{
	u64 t0, t1, v = 0;

	write_pages(b->vcpu, GPA_SHARED, 32, PAGE_SIZE);
	t0 = bench_now_ns();
	for (unsigned long i = 0; i < TLB_OPS; i++)
		kvm_vcpu_read(b->vcpu, GPA_SHARED + (i & 31) * PAGE_SIZE, &v);
	t1 = bench_now_ns();
	printf("mmu: %s tlb-hit read %.1f ns/op\n", name, (double)(t1 - t0) / TLB_OPS);
}

/*
 * Zap then refault: the refault finds the folio in guest_memfd (no
 * allocation), which separates the MMU's share of a fault from the
 * allocator's.
 */
static void bench_zap(struct bench_vm *b, const char *name)
{
	u64 zap_ns = 0, refault_ns = 0;

	write_pages(b->vcpu, GPA_PRIV, NPAGES, PAGE_SIZE);
	for (int r = 0; r < ROUNDS; r++) {
		u64 t0 = bench_now_ns();

		zap_range(b->kvm, GPA_PRIV, NPAGES * PAGE_SIZE);
		zap_ns += bench_now_ns() - t0;
		refault_ns += write_pages(b->vcpu, GPA_PRIV, NPAGES, PAGE_SIZE);
	}
	printf("mmu: %s fault 4K private (gmem, no alloc) %.1f ns/op\n", name,
	       (double)refault_ns / (ROUNDS * NPAGES));
	printf("mmu: %s zap 4K leaf %.1f ns/spte\n", name, (double)zap_ns / (ROUNDS * NPAGES));
}

static void bench_one(enum kvm_mmu_type type)
{
	const char *name = type == KVM_MMU_TDP ? "tdp" : "legacy";
	struct bench_vm b = { 0 };

	if (bench_vm_setup(&b, type)) {
		printf("mmu: %s setup failed\n", name);
		return;
	}
	bench_fault_private(&b, name);
	bench_fault_shared(&b, name);
	bench_fault_huge(&b, name);
	bench_tlb_hit(&b, name);
	bench_zap(&b, name);
	bench_vm_teardown(&b);
}

static void bench_mmu(void)
{
	bench_one(KVM_MMU_TDP);
	bench_one(KVM_MMU_LEGACY);
}

BENCH(mmu, "MMU fault (4K private/shared, 2M shared), TLB-hit and zap costs (TDP and legacy)",
      bench_mmu);
