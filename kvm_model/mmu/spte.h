/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: arch/x86/kvm/mmu/spte.h and spte.c (Linux 6.18), with
 * the EPT flavour of the masks (what a TDP host runs).
 *
 * What the kernel does and the model keeps (read from spte.h/spte.c):
 *  - SPTE_MMU_PRESENT_MASK (bit 11) is KVM's own "shadow present" bit: any
 *    SPTE with it set is a leaf or a link to a child table; the hardware RWX
 *    bits are separate (EPT: R=0, W=1, X=2; bit 7 = large page, 8 = accessed,
 *    9 = dirty).
 *  - SPTE_HOST_WRITABLE (bit 57: the host mapping is writable) and
 *    SPTE_MMU_WRITABLE (bit 58: KVM's MMU allows write access, clear while the
 *    gfn is write-tracked); W is set only if both are.
 *  - Non-present SPTEs hold SHADOW_NONPRESENT_VALUE (bit 63, EPT's
 *    suppress-#VE), never 0; the TDP MMU parks an SPTE at FROZEN_SPTE
 *    (SHADOW_NONPRESENT_VALUE | 0x5a0) while a shared-mode (read-locked)
 *    change is in flight, so that concurrent faults back off and retry.
 *  - An MMIO SPTE is an EPT misconfiguration (W|X without R, so the CPU takes
 *    an EPT-misconfig exit: the RSVD fault path) carrying the gfn and the low
 *    19 bits of the memslot generation, split into bits 3-10 and 52-62.  A
 *    mismatching generation sends the fault to the slow path.
 *
 * Simplified:
 *  - the pfn field of a leaf holds a pfn of the model's pfn space; the field
 *    of a non-leaf holds the address of the child struct kvm_mmu_page, whose
 *    first member is its 4K-aligned spt[] (the kernel stores the table's
 *    physical address and finds the struct through page->private);
 *  - no memory type, no L1TF mitigation masks, no access-tracking (A/D are
 *    always on with EPT), no NX-hugepage bit;
 *  - a leaf's folio generation, which the model's use-after-free detection
 *    needs, is not in the SPTE: its low 32 bits are kept beside it in
 *    sp->spt_gen[] (mmu_internal.h: sptep_leaf_folio).
 */
#ifndef _GMEMSIM_KVM_MMU_SPTE_H
#define _GMEMSIM_KVM_MMU_SPTE_H

#include <linux/kvm_host.h>

#define SPTE_ENT_PER_PAGE 512
#define SPTE_LEVEL_BITS 9

#define PT_PRESENT_R BIT_ULL(0)		/* EPT read */
#define PT_WRITABLE_MASK BIT_ULL(1)	/* EPT write */
#define PT_EXEC_MASK BIT_ULL(2)		/* EPT execute */
#define PT_RWX_MASK (PT_PRESENT_R | PT_WRITABLE_MASK | PT_EXEC_MASK)
#define PT_PAGE_SIZE_MASK BIT_ULL(7)	/* large page */
#define SPTE_ACCESSED_MASK BIT_ULL(8)
#define SPTE_DIRTY_MASK BIT_ULL(9)
#define SPTE_MMU_PRESENT_MASK BIT_ULL(11)
/*
 * Model-only software bit: the leaf was made by a private fault.  It stands
 * in for TDX's separate mirror root, so that a guest access that names its
 * view (KVM_VIEW_PRIVATE/SHARED) only uses a translation of its own kind.
 */
#define SPTE_MODEL_PRIVATE BIT_ULL(56)
#define SPTE_HOST_WRITABLE BIT_ULL(57)
#define SPTE_MMU_WRITABLE BIT_ULL(58)
#define SHADOW_NONPRESENT_VALUE BIT_ULL(63)
#define FROZEN_SPTE (SHADOW_NONPRESENT_VALUE | 0x5a0ULL)

/* Address field: bits 12-51 (pfn of a leaf, child table of a non-leaf). */
#define SPTE_BASE_ADDR_MASK (((1ULL << 52) - 1) & ~((1ULL << PAGE_SHIFT) - 1))

/* MMIO SPTE: W|X without R (EPT misconfig), generation in 3-10 and 52-62. */
#define SHADOW_MMIO_VALUE (PT_WRITABLE_MASK | PT_EXEC_MASK)
#define SHADOW_MMIO_MASK (PT_RWX_MASK | SHADOW_NONPRESENT_VALUE | SPTE_MMU_PRESENT_MASK)
#define MMIO_SPTE_GEN_LOW_START 3
#define MMIO_SPTE_GEN_LOW_BITS 8
#define MMIO_SPTE_GEN_HIGH_START 52
#define MMIO_SPTE_GEN_HIGH_BITS 11
#define MMIO_SPTE_GEN_MASK ((1ULL << (MMIO_SPTE_GEN_LOW_BITS + MMIO_SPTE_GEN_HIGH_BITS)) - 1)
#define MMIO_SPTE_GFN_MASK (((1ULL << 52) - 1) & ~((1ULL << PAGE_SHIFT) - 1))

/* Guest access rights of a mapping [mmu.h: ACC_*]. */
#define ACC_EXEC_MASK 1
#define ACC_WRITE_MASK 2
#define ACC_USER_MASK 4
#define ACC_ALL (ACC_EXEC_MASK | ACC_WRITE_MASK | ACC_USER_MASK)

static inline bool is_shadow_present_pte(u64 pte)
{
	return pte & SPTE_MMU_PRESENT_MASK;
}

static inline bool is_frozen_spte(u64 spte)
{
	return spte == FROZEN_SPTE;
}

static inline bool is_mmio_spte(u64 spte)
{
	return (spte & SHADOW_MMIO_MASK) == SHADOW_MMIO_VALUE;
}

static inline bool is_large_pte(u64 pte)
{
	return pte & PT_PAGE_SIZE_MASK;
}

/* A present SPTE maps memory at @level (4K always leaf, above: large bit). */
static inline bool is_last_spte(u64 pte, int level)
{
	return level == PG_LEVEL_4K || is_large_pte(pte);
}

static inline bool is_writable_pte(u64 pte)
{
	return pte & PT_WRITABLE_MASK;
}

static inline bool is_executable_pte(u64 pte)
{
	return pte & PT_EXEC_MASK;
}

static inline kvm_pfn_t spte_to_pfn(u64 pte)
{
	return (pte & SPTE_BASE_ADDR_MASK) >> PAGE_SHIFT;
}

/* SPTEs the kernel flushes for: a present leaf that lost a permission or its pfn. */
static inline bool leaf_spte_change_needs_tlb_flush(u64 old_spte, u64 new_spte)
{
	if (spte_to_pfn(old_spte) != spte_to_pfn(new_spte))
		return true;
	return (old_spte & ~new_spte) & (PT_RWX_MASK);
}

u64 make_mmio_spte(gfn_t gfn, u64 memslot_gen);
gfn_t get_mmio_spte_gfn(u64 spte);
u64 get_mmio_spte_generation(u64 spte);

/*
 * [make_spte] A leaf for @pfn at @level.  Writable iff @access allows it and
 * the host mapping is writable (@host_writable); the MMU-writable bit follows.
 * A writable leaf of a dirty-logged slot is marked dirty by the caller
 * (make_spte_mark_dirty): the model's make_spte has no slot.
 */
u64 make_spte(int level, kvm_pfn_t pfn, unsigned int access, bool host_writable);
/* [make_nonleaf_spte] a link to the table whose struct is @child_sp. */
u64 make_nonleaf_spte(const void *child_sp);
/* [make_small_spte] the @index-th part of huge leaf @huge_spte one level down. */
u64 make_small_spte(u64 huge_spte, int huge_level, int index);

#endif /* _GMEMSIM_KVM_MMU_SPTE_H */
