// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: arch/x86/kvm/mmu/tdp_mmu.c (Linux 6.18): roots,
 * faults under mmu_lock held for read installing SPTEs with cmpxchg
 * (kvm_tdp_mmu_map, tdp_mmu_map_handle_target_level, tdp_mmu_link_sp,
 * tdp_mmu_split_huge_page), zaps under the write lock (tdp_mmu_zap_leafs,
 * kvm_tdp_mmu_unmap_gfn_range, tdp_mmu_zap_root), removal of page-table
 * subtrees (handle_removed_pt: children frozen, table freed through call_rcu).
 *
 * What the kernel does where the reference is silent (read in tdp_mmu.c):
 *  - a fault that finds FROZEN_SPTE anywhere on its path gives up with
 *    RET_PF_RETRY instead of allocating a table that would be thrown away;
 *  - a fault that finds a present leaf already allowing its access returns
 *    RET_PF_SPURIOUS without writing (the loser of a two-vCPU race usually
 *    ends here, else its cmpxchg fails and it retries);
 *  - replacing a non-leaf by a huge leaf under the read lock flushes the gfn
 *    range, and every SPTE of the removed subtree is set to FROZEN_SPTE (xchg
 *    when shared, waiting out a concurrent freezer) before the table goes to
 *    call_rcu;
 *  - a huge leaf on the path of a smaller fault is split eagerly: a child
 *    table is filled with the equivalent small SPTEs and linked over it with
 *    one cmpxchg (no flush: the translation does not change);
 *  - invalid (obsolete) roots are still zapped by invalidations: vCPUs may
 *    be running on them until they reload.
 *
 * Simplified: one address space, no mirror/external roots (no TDX), no
 * yielding in long walks, no NX-hugepage recovery, no dirty logging
 * write-protection; roots are invalidated and zapped in the same
 * write-locked section (the kernel zaps invalidated roots afterwards under
 * the read lock).
 */
#include <linux/bug_inject.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/rcupdate.h>

#include "kvm_model/mmu/tdp_iter.h"

static void tdp_mmu_free_sp_rcu_callback(struct rcu_head *head)
{
	struct kvm_mmu_page *sp = container_of(head, struct kvm_mmu_page, rcu_head);

	kvm_mmu_free_page(sp->kvm, sp);
}

static void handle_changed_spte(struct kvm *kvm, gfn_t gfn, u64 old_spte, u64 new_spte,
				int level, bool shared);

/*
 * [handle_removed_pt] @pt was unlinked from the paging structure: freeze
 * every child so no fault still walking it can install into it, propagate
 * the removal, free the table after a grace period (lockless walkers).
 */
static void handle_removed_pt(struct kvm *kvm, u64 *pt, bool shared)
{
	struct kvm_mmu_page *sp = sptep_to_sp(pt);
	int level = sp->level;
	int i;

	mmu_written_lost(kvm);
	for (i = 0; i < SPTE_ENT_PER_PAGE; i++) {
		u64 *sptep = pt + i;
		gfn_t gfn = sp->gfn + ((gfn_t)i << KVM_HPAGE_GFN_SHIFT(level));
		u64 old_spte;

		if (shared) {
			/* Another thread may be freezing it for its own change: wait it out. */
			for (;;) {
				old_spte = xchg(sptep, FROZEN_SPTE);
				if (!is_frozen_spte(old_spte))
					break;
				sched_point("handle_removed_pt: frozen");
			}
		} else {
			old_spte = kvm_tdp_mmu_read_spte(sptep);
			if (!is_shadow_present_pte(old_spte))
				continue;
			/* Exclusive mmu_lock: nobody else writes this table. */
			WRITE_ONCE(*sptep, FROZEN_SPTE);
		}
		handle_changed_spte(kvm, gfn, old_spte, FROZEN_SPTE, level, shared);
	}
	call_rcu(&sp->rcu_head, tdp_mmu_free_sp_rcu_callback);
}

/* [handle_changed_spte] bookkeeping after *sptep went from @old_spte to @new_spte. */
static void handle_changed_spte(struct kvm *kvm, gfn_t gfn, u64 old_spte, u64 new_spte,
				int level, bool shared)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	bool was_present = is_shadow_present_pte(old_spte);
	bool is_present = is_shadow_present_pte(new_spte);
	bool was_leaf = was_present && is_last_spte(old_spte, level);
	bool is_leaf = is_present && is_last_spte(new_spte, level);

	if (old_spte == new_spte)
		return;

	if (is_leaf && !(was_leaf && spte_to_pfn(old_spte) == spte_to_pfn(new_spte))) {
		if (level == PG_LEVEL_2M)
			atomic_long_inc(&vm->stat.huge_2m);
		else if (level == PG_LEVEL_1G)
			atomic_long_inc(&vm->stat.huge_1g);
	}
	if (was_leaf && !is_present)
		atomic_long_inc(&vm->stat.zapped_leafs);

	/* A link to a table went away (zap, or a huge leaf replaced it). */
	if (was_present && !was_leaf && (is_leaf || !is_present))
		handle_removed_pt(kvm, spte_to_child_pt(old_spte, level), shared);
}

/* [tdp_mmu_set_spte_atomic] mmu_lock read; on failure iter->old_spte is refreshed. */
static int tdp_mmu_set_spte_atomic(struct kvm *kvm, struct tdp_iter *iter, u64 new_spte)
{
	lockdep_assert_held_read(&kvm->mmu_lock);
	WARN_ON_ONCE(is_frozen_spte(iter->old_spte));

	/* The loser of a race sees the winner's SPTE and backs off. */
	if (!try_cmpxchg(iter->sptep, &iter->old_spte, new_spte))
		return -EBUSY;
	mmu_written_spte(kvm, iter->sptep);

	handle_changed_spte(kvm, iter->gfn, iter->old_spte, new_spte, iter->level, true);
	return 0;
}

/* [tdp_mmu_iter_set_spte] mmu_lock write: no other writer exists. */
static void tdp_mmu_iter_set_spte(struct kvm *kvm, struct tdp_iter *iter, u64 new_spte)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	/* Lockless walkers (vCPUs, RCU readers) may read it concurrently. */
	WRITE_ONCE(*iter->sptep, new_spte);
	mmu_written_spte(kvm, iter->sptep);
	handle_changed_spte(kvm, iter->gfn, iter->old_spte, new_spte, iter->level, false);
	iter->old_spte = new_spte;
}

/* [tdp_mmu_link_sp] */
static int tdp_mmu_link_sp(struct kvm *kvm, struct tdp_iter *iter, struct kvm_mmu_page *sp,
			   bool shared)
{
	u64 spte = make_nonleaf_spte(sp);

	sp->parent_sptep = iter->sptep;
	sp->tdp_mmu_page = true;
	mmu_written_page(kvm, sp);
	if (shared)
		return tdp_mmu_set_spte_atomic(kvm, iter, spte);
	tdp_mmu_iter_set_spte(kvm, iter, spte);
	return 0;
}

/* [tdp_mmu_split_huge_page] the child maps exactly what the huge leaf did. */
static int tdp_mmu_split_huge_page(struct kvm *kvm, struct tdp_iter *iter,
				   struct kvm_mmu_page *sp, bool shared)
{
	u64 huge_spte = iter->old_spte;
	/* Written before the huge leaf was published, which old_spte was read after. */
	u32 gen = READ_ONCE(*sptep_gen(iter->sptep));
	int i;

	/* The children map parts of the same folio: its generation for all. */
	for (i = 0; i < SPTE_ENT_PER_PAGE; i++) {
		sp->spt[i] = make_small_spte(huge_spte, iter->level, i);
		sp->spt_gen[i] = gen;
	}
	return tdp_mmu_link_sp(kvm, iter, sp, shared);
}

/* [tdp_mmu_map_handle_target_level] */
static int tdp_mmu_map_handle_target_level(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault,
					   struct tdp_iter *iter)
{
	struct kvm *kvm = vcpu->kvm;
	int ret = RET_PF_FIXED;
	u64 new_spte;

	if (is_shadow_present_pte(iter->old_spte) && is_last_spte(iter->old_spte, iter->level) &&
	    (fault->prefetch || is_access_allowed(fault->write, fault->exec, iter->old_spte))) {
		WARN_ON_ONCE(fault->pfn != spte_to_pfn(iter->old_spte));
		return RET_PF_SPURIOUS;
	}

	if (unlikely(!fault->slot)) {
		/* READ_ONCE: the generation moves under running vCPUs. */
		new_spte = make_mmio_spte(iter->gfn, READ_ONCE(kvm_memslots(kvm)->generation));
	} else {
		new_spte = make_spte(iter->level, fault->pfn, ACC_ALL, fault->map_writable);
		if (fault->is_private)
			new_spte |= SPTE_MODEL_PRIVATE;
		make_spte_mark_dirty(kvm, fault->slot, iter->gfn, iter->level, new_spte);
		/*
		 * The folio's generation rides beside the SPTE: written
		 * before the cmpxchg publishes it.  Every fault that passes the
		 * stale check together resolved the same folio, so a loser
		 * rewrites the same value.
		 */
		sptep_set_gen(iter->sptep, fault->folio_gen);
	}

	if (new_spte == iter->old_spte)
		ret = RET_PF_SPURIOUS;
	else if (tdp_mmu_set_spte_atomic(kvm, iter, new_spte))
		return RET_PF_RETRY;
	else if (is_shadow_present_pte(iter->old_spte) &&
		 (!is_last_spte(iter->old_spte, iter->level) ||
		  WARN_ON_ONCE(leaf_spte_change_needs_tlb_flush(iter->old_spte, new_spte))))
		kvm_flush_remote_tlbs_gfn(kvm, iter->gfn, iter->level);

	if (unlikely(is_mmio_spte(new_spte)))
		ret = RET_PF_EMULATE;
	else
		trace_kvm_mmu_set_spte(vcpu, iter->gfn, iter->level);
	return ret;
}

/* [kvm_tdp_mmu_map] mmu_lock held for read. */
static int kvm_tdp_mmu_map(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_page *root = vcpu->root;
	struct tdp_iter iter;
	int ret = RET_PF_RETRY;

	kvm_mmu_hugepage_adjust(vcpu, fault);

	rcu_read_lock();	/* tables of removed subtrees stay until we leave */
	for_each_tdp_pte(iter, root, fault->gfn, fault->gfn + 1) {
		struct kvm_mmu_page *sp;
		int r;

		if (is_frozen_spte(iter.old_spte))
			goto out;
		if (iter.level == fault->goal_level) {
			ret = tdp_mmu_map_handle_target_level(vcpu, fault, &iter);
			goto out;
		}
		/* Step down into an existing table. */
		if (is_shadow_present_pte(iter.old_spte) && !is_large_pte(iter.old_spte))
			continue;

		/* Non-present, or a huge page on the way down that must be split. */
		sp = kvm_mmu_alloc_page(vcpu, iter.level - 1, iter.gfn);
		if (!sp) {
			ret = -ENOMEM;
			goto out;
		}
		if (is_shadow_present_pte(iter.old_spte))
			r = tdp_mmu_split_huge_page(kvm, &iter, sp, true);
		else
			r = tdp_mmu_link_sp(kvm, &iter, sp, true);
		sched_point("kvm_tdp_mmu_map: linked");
		if (r) {
			/* Never published: free it right away. */
			kvm_mmu_free_page(kvm, sp);
			goto out;
		}
	}
	/* The walk ended above the goal: an upper level changed under us. */
	WARN_ON_ONCE(iter.level == fault->goal_level);
out:
	rcu_read_unlock();
	return ret;
}

/*
 * [tdp_mmu_zap_leafs] mmu_lock write.  @filter: the leaf kinds to zap, the
 * model's per-leaf stand-in for the root types a TDX VM walks (mmu.c,
 * kvm_mmu_zap_filter).
 */
static bool tdp_mmu_zap_leafs(struct kvm *kvm, struct kvm_mmu_page *root, gfn_t start, gfn_t end,
			      enum kvm_gfn_range_filter filter)
{
	struct tdp_iter iter;
	bool flush = false;

	lockdep_assert_held_write(&kvm->mmu_lock);
	rcu_read_lock();
	for_each_tdp_pte_min_level(iter, root, PG_LEVEL_4K, start, end) {
		if (!is_shadow_present_pte(iter.old_spte) || !is_last_spte(iter.old_spte, iter.level))
			continue;
		if (!spte_in_attr_filter(iter.old_spte, filter))
			continue;
		tdp_mmu_iter_set_spte(kvm, &iter, SHADOW_NONPRESENT_VALUE);
		flush = true;
	}
	rcu_read_unlock();
	return flush;
}

static void kvm_tdp_mmu_put_root(struct kvm *kvm, struct kvm_mmu_page *root);

/*
 * bug-zoo B20 (undoes a835429cda91): [tdp_mmu_iter_cond_resched] as it was
 * called before the fix, with the flush state of the root being walked
 * (false), not the one pending from the roots before: mmu_lock is dropped
 * with zapped translations still in TLBs.  A reference keeps @root listed.
 */
static void tdp_mmu_yield_unflushed(struct kvm *kvm, struct kvm_mmu_page *root)
{
	atomic_inc(&root->tdp_mmu_root_count);
	write_unlock(&kvm->mmu_lock);
	sched_point("tdp_mmu_zap_leafs: yield");
	write_lock(&kvm->mmu_lock);
}

/* [kvm_tdp_mmu_unmap_gfn_range] every root, valid or not. */
static bool kvm_tdp_mmu_zap_leafs_op(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t start,
				     gfn_t end, enum kvm_gfn_range_filter filter)
{
	struct list_head *roots = &to_mmu_vm(kvm)->tdp_mmu_roots;
	struct kvm_mmu_page *root, *next;
	bool flush = false;

	for (root = list_first_entry(roots, struct kvm_mmu_page, link); &root->link != roots;
	     root = next) {
		bool yielded = flush && bug_injected(BUG_ZAP_YIELD_UNFLUSHED);

		if (yielded)
			tdp_mmu_yield_unflushed(kvm, root);
		flush |= tdp_mmu_zap_leafs(kvm, root, start, end, filter);
		next = list_next_entry(root, link);
		if (yielded)
			kvm_tdp_mmu_put_root(kvm, root);
	}
	return flush;
}

/* [tdp_mmu_zap_root] mmu_lock write: drop every entry of the root table. */
static void tdp_mmu_zap_root(struct kvm *kvm, struct kvm_mmu_page *root)
{
	struct tdp_iter iter;

	rcu_read_lock();
	for_each_tdp_pte_min_level(iter, root, root->level, 0, ~(gfn_t)0) {
		if (!is_shadow_present_pte(iter.old_spte) && !is_mmio_spte(iter.old_spte))
			continue;
		tdp_mmu_iter_set_spte(kvm, &iter, SHADOW_NONPRESENT_VALUE);
	}
	rcu_read_unlock();
}

/* [kvm_tdp_mmu_zap_all] the roots stay, their SPTEs go. */
static void kvm_tdp_mmu_zap_all(struct kvm *kvm)
{
	struct kvm_mmu_page *root;

	lockdep_assert_held_write(&kvm->mmu_lock);
	list_for_each_entry(root, &to_mmu_vm(kvm)->tdp_mmu_roots, link)
		tdp_mmu_zap_root(kvm, root);
	kvm_flush_remote_tlbs(kvm);
}

/* [kvm_tdp_mmu_put_root] mmu_lock write. */
static void kvm_tdp_mmu_put_root(struct kvm *kvm, struct kvm_mmu_page *root)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	if (!atomic_dec_and_test(&root->tdp_mmu_root_count))
		return;
	/* The MMU's own reference goes only when the root is invalidated. */
	KVM_BUG_ON(!root->invalid, kvm);
	spin_lock(&vm->tdp_mmu_pages_lock);	/* the roots list */
	list_del(&root->link);
	spin_unlock(&vm->tdp_mmu_pages_lock);
	call_rcu(&root->rcu_head, tdp_mmu_free_sp_rcu_callback);
}

/*
 * [kvm_tdp_mmu_invalidate_roots + kvm_tdp_mmu_zap_invalidated_roots] Every
 * valid root becomes obsolete, is zapped and loses the MMU's reference;
 * vCPUs still holding one keep walking an empty root until they reload.
 */
static void kvm_tdp_mmu_invalidate_all_roots(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_page *root, *tmp;

	lockdep_assert_held_write(&kvm->mmu_lock);
	list_for_each_entry_safe(root, tmp, &vm->tdp_mmu_roots, link) {
		if (root->invalid)
			continue;
		/* Faults test it under the read lock (is_page_fault_stale). */
		WRITE_ONCE(root->invalid, true);
		mmu_written_lost(kvm);
		tdp_mmu_zap_root(kvm, root);
		kvm_tdp_mmu_put_root(kvm, root);
	}
}

/* [kvm_tdp_mmu_alloc_root] mmu_lock write (the kernel: read + pages lock). */
static struct kvm_mmu_page *kvm_tdp_mmu_get_root(struct kvm_vcpu *vcpu)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_page *root;

	list_for_each_entry(root, &vm->tdp_mmu_roots, link) {
		if (!root->invalid) {
			atomic_inc(&root->tdp_mmu_root_count);
			return root;
		}
	}

	root = kvm_mmu_alloc_page(vcpu, PT64_ROOT_4LEVEL, 0);
	if (!root)
		return NULL;
	root->root = true;
	root->tdp_mmu_page = true;
	/* One for the MMU (until invalidated), one for the vCPU. */
	atomic_set(&root->tdp_mmu_root_count, 2);
	spin_lock(&vm->tdp_mmu_pages_lock);
	list_add(&root->link, &vm->tdp_mmu_roots);
	spin_unlock(&vm->tdp_mmu_pages_lock);
	return root;
}

/*
 * [kvm_tdp_mmu_clear_dirty_pt_masked] with wrprot (no PML: the write bit,
 * not the D bit, is what logs the next write), every valid root.
 */
static void kvm_tdp_mmu_write_protect_pt_masked(struct kvm *kvm, struct kvm_memory_slot *slot,
						gfn_t gfn_offset, unsigned long mask)
{
	struct list_head *roots = &to_mmu_vm(kvm)->tdp_mmu_roots;
	gfn_t gfn = slot->base_gfn + gfn_offset;
	struct kvm_mmu_page *root;
	struct tdp_iter iter;

	lockdep_assert_held_write(&kvm->mmu_lock);
	rcu_read_lock();
	list_for_each_entry(root, roots, link) {
		unsigned long left = mask;

		if (root->invalid)
			continue;
		for_each_tdp_pte_min_level(iter, root, PG_LEVEL_4K, gfn + __ffs(mask),
					   gfn + BITS_PER_LONG) {
			if (!left)
				break;
			if (!is_shadow_present_pte(iter.old_spte) ||
			    !is_last_spte(iter.old_spte, iter.level))
				continue;
			if (iter.level > PG_LEVEL_4K || !(left & (1UL << (iter.gfn - gfn))))
				continue;
			left &= ~(1UL << (iter.gfn - gfn));
			if (!(iter.old_spte & PT_WRITABLE_MASK))
				continue;
			tdp_mmu_iter_set_spte(kvm, &iter, iter.old_spte & ~PT_WRITABLE_MASK);
		}
	}
	rcu_read_unlock();
}

static int kvm_tdp_mmu_alloc_slot_rmaps(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	return 0;	/* no rmaps with the TDP MMU [kvm_memslots_have_rmaps] */
}

const struct kvm_mmu_impl kvm_tdp_mmu_impl = {
	.name = "tdp",
	.tdp_mmu = true,
	.fault_lock_shared = true,
	.map = kvm_tdp_mmu_map,
	.zap_leafs = kvm_tdp_mmu_zap_leafs_op,
	.zap_all = kvm_tdp_mmu_zap_all,
	.invalidate_all_roots = kvm_tdp_mmu_invalidate_all_roots,
	.get_root = kvm_tdp_mmu_get_root,
	.put_root = kvm_tdp_mmu_put_root,
	.alloc_slot_rmaps = kvm_tdp_mmu_alloc_slot_rmaps,
	.write_protect_pt_masked = kvm_tdp_mmu_write_protect_pt_masked,
};
