/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: arch/x86/kvm/mmu/tdp_iter.h and tdp_iter.c (Linux
 * 6.18): a pre-order walk over the SPTEs of one root that cover a gfn range,
 * stepping down into present non-leaf SPTEs, sideways within a table and up
 * at a table's end.  The caller holds rcu_read_lock() (tables of a removed
 * subtree are freed through call_rcu) and mmu_lock (read or write).
 *
 * Simplified: no yielding/restart (the model's zaps never cond_resched), no
 * gfn_bits (no TDX shared bit), no as_id (one address space is ever used).
 */
#ifndef _GMEMSIM_KVM_MMU_TDP_ITER_H
#define _GMEMSIM_KVM_MMU_TDP_ITER_H

#include "kvm_model/mmu/mmu_internal.h"

struct tdp_iter {
	gfn_t next_last_level_gfn;	/* the gfn the walk is heading for */
	u64 *pt_path[PT64_ROOT_4LEVEL];	/* tables from the root down */
	u64 *sptep;
	gfn_t gfn;			/* first gfn mapped by *sptep */
	int root_level;
	int min_level;
	int level;
	u64 old_spte;			/* *sptep when last read */
	bool valid;
};

/*
 * [kvm_tdp_mmu_read_spte] RCU-protected table, racing cmpxchg writers.
 * Acquire (free on x86, as the kernel's READ_ONCE is with TSO): pairs with
 * the publishing cmpxchg, so a child table and a leaf's recorded folio and
 * generation are read as published.
 */
static inline u64 kvm_tdp_mmu_read_spte(u64 *sptep)
{
	return smp_load_acquire(sptep);
}

static inline u64 *spte_to_child_pt(u64 spte, int level)
{
	if (!is_shadow_present_pte(spte) || is_last_spte(spte, level))
		return NULL;
	return spte_to_child_sp(spte)->spt;
}

static inline void tdp_iter_refresh_sptep(struct tdp_iter *iter)
{
	iter->sptep = iter->pt_path[iter->level - 1] + SPTE_INDEX(iter->gfn, iter->level);
	iter->old_spte = kvm_tdp_mmu_read_spte(iter->sptep);
}

static inline void tdp_iter_start(struct tdp_iter *iter, struct kvm_mmu_page *root,
				  int min_level, gfn_t next_last_level_gfn)
{
	iter->next_last_level_gfn = next_last_level_gfn;
	iter->root_level = root->level;
	iter->min_level = min_level;
	iter->pt_path[iter->root_level - 1] = root->spt;
	iter->level = iter->root_level;
	iter->gfn = gfn_round_for_level(next_last_level_gfn, iter->level);
	tdp_iter_refresh_sptep(iter);
	iter->valid = true;
}

static inline bool try_step_down(struct tdp_iter *iter)
{
	u64 *child_pt;

	if (iter->level == iter->min_level)
		return false;
	/* Re-read: don't descend into a table no longer linked from here. */
	iter->old_spte = kvm_tdp_mmu_read_spte(iter->sptep);
	child_pt = spte_to_child_pt(iter->old_spte, iter->level);
	if (!child_pt)
		return false;
	iter->level--;
	iter->pt_path[iter->level - 1] = child_pt;
	iter->gfn = gfn_round_for_level(iter->next_last_level_gfn, iter->level);
	tdp_iter_refresh_sptep(iter);
	return true;
}

static inline bool try_step_side(struct tdp_iter *iter)
{
	if (SPTE_INDEX(iter->gfn, iter->level) == SPTE_ENT_PER_PAGE - 1)
		return false;
	iter->gfn += KVM_PAGES_PER_HPAGE(iter->level);
	iter->next_last_level_gfn = iter->gfn;
	iter->sptep++;
	iter->old_spte = kvm_tdp_mmu_read_spte(iter->sptep);
	return true;
}

static inline bool try_step_up(struct tdp_iter *iter)
{
	if (iter->level == iter->root_level)
		return false;
	iter->level++;
	iter->gfn = gfn_round_for_level(iter->gfn, iter->level);
	tdp_iter_refresh_sptep(iter);
	return true;
}

static inline void tdp_iter_next(struct tdp_iter *iter)
{
	if (try_step_down(iter))
		return;
	do {
		if (try_step_side(iter))
			return;
	} while (try_step_up(iter));
	iter->valid = false;
}

#define for_each_tdp_pte_min_level(iter, root, min_level, start, end)                          \
	for (tdp_iter_start(&(iter), root, min_level, start);                                  \
	     (iter).valid && (iter).gfn < (end); tdp_iter_next(&(iter)))

#define for_each_tdp_pte(iter, root, start, end)                                               \
	for_each_tdp_pte_min_level(iter, root, PG_LEVEL_4K, start, end)

#endif /* _GMEMSIM_KVM_MMU_TDP_ITER_H */
