/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The lockless MMU reads the invariant checker (sim/invariants.c) needs
 * beyond mmu.h's __kvm_mmu_for_each_leaf / __kvm_mmu_for_each_rmap.  No
 * kernel counterpart (the closest is the long-gone mmu_audit.c).
 *
 * Nothing here takes a lock, enters an RCU/SRCU read section or reaches a
 * scheduling point: the caller guarantees nothing changes underneath
 * (deterministic mode between two steps, free mode at a quiescent point).
 */
#ifndef _GMEMSIM_KVM_MMU_INSPECT_H
#define _GMEMSIM_KVM_MMU_INSPECT_H

#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>

#include "kvm_model/mmu/mmu.h"

/*
 * lpage_info(@gfn, @level) of @slot (2M/1G): false when the slot has no MMU
 * metadata or @gfn is outside it, else the count of other reasons
 * (misalignment) in *@count and the KVM_LPAGE_MIXED_FLAG bit in *@mixed.
 */
bool __kvm_mmu_lpage_info(const struct kvm_memory_slot *slot, gfn_t gfn, int level,
			  unsigned int *count, bool *mixed);

/*
 * The hardware walk of @vcpu's current root for @gfn: true when it ends in a
 * present leaf, with its level, the pfn mapping @gfn and the generation
 * recorded with the leaf.
 */
bool __kvm_mmu_vcpu_walk(const struct kvm_vcpu *vcpu, gfn_t gfn, int *level, kvm_pfn_t *pfn,
			 u64 *gen, bool *writable);

/*
 * The roots listed (TDP: the list; legacy: roots in active_mmu_pages) and
 * whether one of them is obsolete.
 */
unsigned int __kvm_mmu_nr_roots(struct kvm *kvm, bool *obsolete);

/*
 * The SPTEs written since the log was last cleared (deterministic mode):
 * true when the log is not empty or was lost.
 */
bool __kvm_mmu_written_pending(struct kvm *kvm);

/*
 * Call @fn for every SPTE written since the log was last cleared, as
 * __kvm_mmu_for_each_leaf() reports a leaf, with leaf->present false where
 * the SPTE is no present leaf now (zapped; a table link), each SPTE once.
 * False, and @fn never called, when that set is not known (the log was
 * lost): the caller must walk every leaf.  @clear: start the log afresh.
 */
bool __kvm_mmu_for_each_written_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg, bool clear);
void __kvm_mmu_clear_written(struct kvm *kvm);

/* Legacy MMU: how many times @id is in the rmap of (@slot, @gfn, @level). */
unsigned int __kvm_mmu_rmap_count(const struct kvm_memory_slot *slot, gfn_t gfn, int level,
				  const void *id);

#endif /* _GMEMSIM_KVM_MMU_INSPECT_H */
