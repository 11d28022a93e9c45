// SPDX-License-Identifier: GPL-2.0
/*
 * MMU figures (issue 5): fault cost per MMU for a 4K private page from
 * guest_memfd (allocation included), a 4K shared page via GUP, and the
 * TLB-hit access cost.  Each fault is a first guest write to a fresh page;
 * pages are punched / unmapped between rounds so every round allocates.
 */
#include <stdio.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>

#include "kvm_model/mmu/mmu.h"
#include "bench.h"

#define NPAGES 4096UL
#define GPA_SHARED 0x10000000ULL
#define GPA_PRIV 0x20000000ULL
#define TLB_OPS 5000000UL

static int set_region(struct kvm *kvm, u32 slot, u32 flags, u64 gpa, u64 size, u64 hva, int fd)
{
	struct kvm_userspace_memory_region2 m = {
		.slot = slot, .flags = flags, .guest_phys_addr = gpa, .memory_size = size,
		.userspace_addr = hva, .guest_memfd = fd,
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &m, true);
}

static void bench_one(enum kvm_mmu_type type)
{
	const char *name = type == KVM_MMU_TDP ? "tdp" : "legacy";
	struct kvm_mmu_options opts = { .type = type, .allow_private_legacy = true };
	struct kvm_create_guest_memfd g = { .size = NPAGES * PAGE_SIZE };
	struct kvm_memory_attributes a = { .address = GPA_PRIV, .size = NPAGES * PAGE_SIZE,
					   .attributes = KVM_MEMORY_ATTRIBUTE_PRIVATE };
	struct mm_struct *mm = mm_alloc("bench");
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, mm);
	struct kvm_vcpu *vcpu;
	u64 t0, t1, v = 0;
	long hva;
	int fd;

	if (IS_ERR(kvm) || kvm_mmu_attach(kvm, &opts))
		return;
	vcpu = kvm_vcpu_create(kvm, 0);
	hva = mm_mmap(mm, 0, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	fd = kvm_gmem_create(kvm, &g);
	if (IS_ERR(vcpu) || hva < 0 || fd < 0 ||
	    set_region(kvm, 0, 0, GPA_SHARED, NPAGES * PAGE_SIZE, hva, -1) ||
	    set_region(kvm, 1, KVM_MEM_GUEST_MEMFD, GPA_PRIV, NPAGES * PAGE_SIZE, 0, fd) ||
	    kvm_vm_ioctl_set_mem_attributes(kvm, &a)) {
		printf("mmu: %s setup failed\n", name);
		return;
	}

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < NPAGES; i++)
		kvm_vcpu_write(vcpu, GPA_PRIV + i * PAGE_SIZE, i + 1);
	t1 = bench_now_ns();
	printf("mmu: %s fault 4K private (gmem, alloc) %.1f ns/op\n", name,
	       (double)(t1 - t0) / NPAGES);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < NPAGES; i++)
		kvm_vcpu_write(vcpu, GPA_SHARED + i * PAGE_SIZE, i + 1);
	t1 = bench_now_ns();
	printf("mmu: %s fault 4K shared (GUP, alloc) %.1f ns/op\n", name,
	       (double)(t1 - t0) / NPAGES);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < TLB_OPS; i++)
		kvm_vcpu_read(vcpu, GPA_SHARED + (i & 31) * PAGE_SIZE, &v);
	t1 = bench_now_ns();
	printf("mmu: %s tlb-hit read %.1f ns/op\n", name, (double)(t1 - t0) / TLB_OPS);

	close_fd(fd);
	kvm_put_kvm(kvm);
	mmput(mm);
}

static void bench_mmu(void)
{
	bench_one(KVM_MMU_TDP);
	bench_one(KVM_MMU_LEGACY);
}

BENCH(mmu, "MMU fault and TLB-hit costs (TDP and legacy)", bench_mmu);
