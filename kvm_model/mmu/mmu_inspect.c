// SPDX-License-Identifier: GPL-2.0
/*
 * The lockless MMU reads of mmu_inspect.h for the invariant checker; no
 * kernel counterpart (the closest is the long-gone mmu_audit.c).  Nothing
 * here locks: the caller guarantees the MMU stands still.
 */
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>

#include "kvm_model/mmu/mmu_inspect.h"
#include "kvm_model/mmu/mmu_internal.h"

bool __kvm_mmu_lpage_info(const struct kvm_memory_slot *slot, gfn_t gfn, int level,
			  unsigned int *count, bool *mixed)
{
	int v;

	if (!slot_mmu(slot) || level < PG_LEVEL_2M || level > KVM_MAX_HUGEPAGE_LEVEL ||
	    gfn < slot->base_gfn || gfn >= slot->base_gfn + slot->npages)
		return false;
	/* Written under mmu_lock write; the caller guarantees no writer runs. */
	v = READ_ONCE(lpage_info_slot(gfn, slot, level)->disallow_lpage);
	*count = (unsigned int)v & ~(unsigned int)KVM_LPAGE_MIXED_FLAG;
	*mixed = v & KVM_LPAGE_MIXED_FLAG;
	return true;
}

bool __kvm_mmu_vcpu_walk(const struct kvm_vcpu *vcpu, gfn_t gfn, int *level, kvm_pfn_t *pfn,
			 u64 *gen, bool *writable)
{
	/* Changed only by the vCPU outside guest mode; it is parked. */
	struct kvm_mmu_page *root = READ_ONCE(vcpu->root);
	u64 spte, *sptep;

	if (!root)
		return false;
	sptep = kvm_mmu_walk(root, gfn, level, &spte);
	if (!is_shadow_present_pte(spte))
		return false;
	*pfn = spte_to_pfn(spte) + (gfn & (KVM_PAGES_PER_HPAGE(*level) - 1));
	sptep_leaf_folio(sptep, spte, gen);
	*writable = is_writable_pte(spte);
	return true;
}
