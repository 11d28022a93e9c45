// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: arch/x86/kvm/mmu/spte.c (make_spte, make_mmio_spte,
 * make_nonleaf_spte, make_small_spte), Linux 6.18.  See spte.h for the
 * encoding and what is simplified.
 */
#include "kvm_model/mmu/spte.h"

static u64 generation_mmio_spte_mask(u64 gen)
{
	u64 mask;

	mask = (gen << MMIO_SPTE_GEN_LOW_START) &
	       (((1ULL << MMIO_SPTE_GEN_LOW_BITS) - 1) << MMIO_SPTE_GEN_LOW_START);
	mask |= ((gen >> MMIO_SPTE_GEN_LOW_BITS) << MMIO_SPTE_GEN_HIGH_START) &
		(((1ULL << MMIO_SPTE_GEN_HIGH_BITS) - 1) << MMIO_SPTE_GEN_HIGH_START);
	return mask;
}

/*
 * EPT sets shadow_mmio_access_mask to 0 (kvm_mmu_set_ept_masks): the access
 * of an MMIO SPTE is not stored, every access takes the emulation path.
 */
u64 make_mmio_spte(gfn_t gfn, u64 memslot_gen)
{
	u64 gen = memslot_gen & MMIO_SPTE_GEN_MASK;
	u64 spte = SHADOW_MMIO_VALUE | generation_mmio_spte_mask(gen);

	return spte | ((gfn << PAGE_SHIFT) & MMIO_SPTE_GFN_MASK);
}

gfn_t get_mmio_spte_gfn(u64 spte)
{
	return (spte & MMIO_SPTE_GFN_MASK) >> PAGE_SHIFT;
}

u64 get_mmio_spte_generation(u64 spte)
{
	u64 gen;

	gen = (spte >> MMIO_SPTE_GEN_LOW_START) & ((1ULL << MMIO_SPTE_GEN_LOW_BITS) - 1);
	gen |= ((spte >> MMIO_SPTE_GEN_HIGH_START) & ((1ULL << MMIO_SPTE_GEN_HIGH_BITS) - 1))
	       << MMIO_SPTE_GEN_LOW_BITS;
	return gen;
}

u64 make_spte(int level, kvm_pfn_t pfn, unsigned int access, bool host_writable)
{
	u64 spte = SPTE_MMU_PRESENT_MASK | PT_PRESENT_R | SPTE_ACCESSED_MASK;

	if (level > PG_LEVEL_4K)
		spte |= PT_PAGE_SIZE_MASK;
	if (access & ACC_EXEC_MASK)
		spte |= PT_EXEC_MASK;
	spte |= ((u64)pfn << PAGE_SHIFT) & SPTE_BASE_ADDR_MASK;
	if (host_writable)
		spte |= SPTE_HOST_WRITABLE;
	if ((access & ACC_WRITE_MASK) && host_writable)
		spte |= SPTE_MMU_WRITABLE | PT_WRITABLE_MASK | SPTE_DIRTY_MASK;
	return spte;
}

u64 make_nonleaf_spte(const void *child_sp)
{
	u64 addr = (u64)(uintptr_t)child_sp;

	/* The child's spt[] is its first member and page aligned. */
	WARN_ON_ONCE(addr & ~SPTE_BASE_ADDR_MASK);
	return addr | SPTE_MMU_PRESENT_MASK | PT_RWX_MASK | SPTE_ACCESSED_MASK;
}

u64 make_small_spte(u64 huge_spte, int huge_level, int index)
{
	int child_level = huge_level - 1;
	u64 child_spte = huge_spte;

	if (child_level == PG_LEVEL_4K)
		child_spte &= ~PT_PAGE_SIZE_MASK;
	/* The part of the huge page that the index-th child maps. */
	child_spte += ((u64)index * KVM_PAGES_PER_HPAGE(child_level)) << PAGE_SHIFT;
	return child_spte;
}
