// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: virt/kvm/kvm_main.c, invalidation half
 * (kvm_mmu_invalidate_begin/range_add/end, kvm_mmu_unmap_gfn_range,
 * kvm_handle_hva_range, the kvm_mmu_notifier_* callbacks,
 * kvm_flush_remote_tlbs), include/linux/kvm_host.h (mmu_invalidate_retry*)
 * and x86 kvm_unmap_gfn_range's entry checks, Linux 6.18.
 *
 * The sequence-count protocol of kernel-reference 3.2: writers bracket every
 * removal of a gfn->pfn translation with begin/range_add ... end under
 * mmu_lock (write); end() bumps mmu_invalidate_seq.  Faults sample the seq
 * first and retry if it moved or if an open invalidation covers their gfn.
 *
 * Simplified: no gfn->pfn caches and no aging callbacks (clear_young and
 * friends: the model has no accessed bits to harvest); the mmu_notifier ops
 * are the invalidate_range_start/end pair and release.
 */
#include <linux/kvm_host.h>
#include <linux/sched.h>

#include "kvm_model/kvm_internal.h"

/* ---- the protocol --------------------------------------------------------------- */

void kvm_mmu_invalidate_begin(struct kvm *kvm)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	/*
	 * No SPTE is made without mmu_lock and the count is read under it,
	 * so the increment is visible to faults from our unlock on.  Relaxed
	 * atomics: the unsafe pre-check reads these without the lock.
	 */
	WRITE_ONCE(kvm->mmu_invalidate_in_progress, kvm->mmu_invalidate_in_progress + 1);
	kvm->stat.mmu_invalidate_begin++;

	if (likely(kvm->mmu_invalidate_in_progress == 1)) {
		WRITE_ONCE(kvm->mmu_invalidate_range_start, INVALID_GPA);
		WRITE_ONCE(kvm->mmu_invalidate_range_end, INVALID_GPA);
	}
}

void kvm_mmu_invalidate_range_add(struct kvm *kvm, gfn_t start, gfn_t end)
{
	lockdep_assert_held_write(&kvm->mmu_lock);

	WARN_ON_ONCE(!kvm->mmu_invalidate_in_progress);

	if (likely(kvm->mmu_invalidate_range_start == INVALID_GPA)) {
		WRITE_ONCE(kvm->mmu_invalidate_range_start, start);
		WRITE_ONCE(kvm->mmu_invalidate_range_end, end);
	} else {
		/*
		 * One union range, never shrunk: ranges of concurrent
		 * invalidations accumulate until the last one ends.
		 */
		WRITE_ONCE(kvm->mmu_invalidate_range_start,
			   min(kvm->mmu_invalidate_range_start, start));
		WRITE_ONCE(kvm->mmu_invalidate_range_end, max(kvm->mmu_invalidate_range_end, end));
	}
}

void kvm_mmu_invalidate_end(struct kvm *kvm)
{
	lockdep_assert_held_write(&kvm->mmu_lock);

	/* A fault that sampled the old seq will retry: its pfn may be freed. */
	WRITE_ONCE(kvm->mmu_invalidate_seq, kvm->mmu_invalidate_seq + 1);
	/*
	 * The seq bump is visible before the count drops: pairs with the
	 * smp_rmb() in mmu_invalidate_retry().
	 */
	smp_wmb();
	WRITE_ONCE(kvm->mmu_invalidate_in_progress, kvm->mmu_invalidate_in_progress - 1);
	KVM_BUG_ON(kvm->mmu_invalidate_in_progress < 0, kvm);

	/* A begin() without any range_add() is a KVM bug (not fatal). */
	WARN_ON_ONCE(kvm->mmu_invalidate_range_start == INVALID_GPA);
}

int mmu_invalidate_retry(struct kvm *kvm, unsigned long mmu_seq)
{
	lockdep_assert_held(&kvm->mmu_lock);
	if (unlikely(kvm->mmu_invalidate_in_progress))
		return 1;
	/* Count before seq: pairs with the smp_wmb() in kvm_mmu_invalidate_end(). */
	smp_rmb();
	if (kvm->mmu_invalidate_seq != mmu_seq)
		return 1;
	return 0;
}

int mmu_invalidate_retry_gfn(struct kvm *kvm, unsigned long mmu_seq, gfn_t gfn)
{
	lockdep_assert_held(&kvm->mmu_lock);
	/*
	 * While any invalidation is open the tracked range holds every gfn
	 * that may be going away (plus false positives).
	 */
	if (unlikely(kvm->mmu_invalidate_in_progress)) {
		/* Dropping mmu_lock between begin() and range_add() is a bug. */
		if (WARN_ON_ONCE(kvm->mmu_invalidate_range_start == INVALID_GPA ||
				 kvm->mmu_invalidate_range_end == INVALID_GPA))
			return 1;
		if (gfn >= kvm->mmu_invalidate_range_start && gfn < kvm->mmu_invalidate_range_end)
			return 1;
	}

	if (kvm->mmu_invalidate_seq != mmu_seq)
		return 1;
	return 0;
}

bool mmu_invalidate_retry_gfn_unsafe(struct kvm *kvm, unsigned long mmu_seq, gfn_t gfn)
{
	/*
	 * Lockless: what must be fresh is the 1->0 transition of in_progress
	 * and the seq; stale start/end only cause a needless retry or a miss
	 * that the locked check catches.  (The kernel reads start/end plainly;
	 * relaxed atomics here keep TSan quiet about the intended race.)
	 */
	if (unlikely(READ_ONCE(kvm->mmu_invalidate_in_progress)) &&
	    gfn >= READ_ONCE(kvm->mmu_invalidate_range_start) &&
	    gfn < READ_ONCE(kvm->mmu_invalidate_range_end))
		return true;

	return READ_ONCE(kvm->mmu_invalidate_seq) != mmu_seq;
}

/* ---- into the MMU --------------------------------------------------------------- */

/*
 * x86 [kvm_unmap_gfn_range]: zapping must be covered by an open invalidation
 * (so faults retry), except for memslot deletion, where slots_lock is held
 * and SRCU guarantees every vCPU sees the INVALID slot (invariant 6).
 */
bool kvm_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	WARN_ON_ONCE(!kvm->mmu_invalidate_in_progress && !lockdep_is_held(&kvm->slots_lock));
	return kvm->mmu_ops->unmap_gfn_range(kvm, range);
}

bool kvm_mmu_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range)
{
	kvm_mmu_invalidate_range_add(kvm, range->start, range->end);
	return kvm_unmap_gfn_range(kvm, range);
}

void kvm_flush_remote_tlbs(struct kvm *kvm)
{
	kvm->stat.remote_tlb_flush++;
	kvm->mmu_ops->flush_remote_tlbs(kvm);
}

void kvm_flush_shadow_all(struct kvm *kvm)
{
	kvm->mmu_ops->flush_shadow_all(kvm);
}

/* ---- mmu_notifier (3.3 A) ----------------------------------------------------------- */

static inline struct kvm *mmu_notifier_to_kvm(struct mmu_notifier *mn)
{
	return container_of(mn, struct kvm, mmu_notifier);
}

struct kvm_mmu_notifier_range {
	u64 start;		/* hva */
	u64 end;
	gfn_handler_t handler;	/* NULL: on_lock only (the kernel's kvm_null_fn) */
	on_lock_fn_t on_lock;
	bool flush_on_ret;
	bool may_block;
};

/*
 * [kvm_handle_hva_range]: per address space, per memslot whose hva range
 * intersects; the gfn range covers every page the hva range touches.  The
 * first slot takes mmu_lock and runs on_lock().  Returns found_memslot.
 */
static bool kvm_handle_hva_range(struct kvm *kvm, const struct kvm_mmu_notifier_range *range)
{
	struct kvm_gfn_range gfn_range;
	bool found_memslot = false;
	bool ret = false;
	int i, idx;

	if (WARN_ON_ONCE(range->end <= range->start))
		return false;
	if (WARN_ON_ONCE(!range->on_lock && !range->handler))
		return false;

	/* The memslots cannot be freed under us. */
	idx = srcu_read_lock(&kvm->srcu);

	for (i = 0; i < kvm_arch_nr_memslot_as_ids(kvm); i++) {
		struct kvm_memslots *slots = __kvm_memslots(kvm, i);
		struct kvm_memory_slot *slot;
		unsigned int pos;

		kvm_for_each_memslot_in_hva_range(slot, pos, slots, range->start, range->end - 1) {
			unsigned long hva_start, hva_end;

			hva_start = max_t(unsigned long, range->start, slot->userspace_addr);
			hva_end = min_t(unsigned long, range->end,
					slot->userspace_addr + (slot->npages << PAGE_SHIFT));

			gfn_range.arg.attributes = 0;
			gfn_range.may_block = range->may_block;
			/* hva-based events concern shared mappings only. */
			gfn_range.attr_filter = KVM_FILTER_SHARED;
			gfn_range.start = hva_to_gfn_memslot(hva_start, slot);
			gfn_range.end = hva_to_gfn_memslot(hva_end + PAGE_SIZE - 1, slot);
			gfn_range.slot = slot;
			gfn_range.lockless = false;

			if (!found_memslot) {
				found_memslot = true;
				KVM_MMU_LOCK(kvm);
				if (range->on_lock)
					range->on_lock(kvm);
				if (!range->handler)
					goto mmu_unlock;
			}
			ret |= range->handler(kvm, &gfn_range);
		}
	}

	/* TLB before unlock (3.7). */
	if (range->flush_on_ret && ret)
		kvm_flush_remote_tlbs(kvm);

mmu_unlock:
	if (found_memslot)
		KVM_MMU_UNLOCK(kvm);

	srcu_read_unlock(&kvm->srcu, idx);
	return found_memslot;
}

static int kvm_mmu_notifier_invalidate_range_start(struct mmu_notifier *mn,
						   const struct mmu_notifier_range *range)
{
	struct kvm *kvm = mmu_notifier_to_kvm(mn);
	const struct kvm_mmu_notifier_range hva_range = {
		.start = range->start,
		.end = range->end,
		.handler = kvm_mmu_unmap_gfn_range,
		.on_lock = kvm_mmu_invalidate_begin,
		.flush_on_ret = true,
		.may_block = mmu_notifier_range_blockable(range),
	};

	/*
	 * Keep memslots from being swapped until the matching end(), so that
	 * begin and end find the same slots and in_progress stays balanced.
	 */
	spin_lock(&kvm->mn_invalidate_lock);
	WRITE_ONCE(kvm->mn_active_invalidate_count, kvm->mn_active_invalidate_count + 1);
	spin_unlock(&kvm->mn_invalidate_lock);

	/* x86's "guest memory reclaimed" hook is SEV-only: nothing to do here. */
	kvm_handle_hva_range(kvm, &hva_range);
	return 0;
}

static void kvm_mmu_notifier_invalidate_range_end(struct mmu_notifier *mn,
						  const struct mmu_notifier_range *range)
{
	struct kvm *kvm = mmu_notifier_to_kvm(mn);
	const struct kvm_mmu_notifier_range hva_range = {
		.start = range->start,
		.end = range->end,
		.handler = NULL,
		.on_lock = kvm_mmu_invalidate_end,
		.flush_on_ret = false,
		.may_block = mmu_notifier_range_blockable(range),
	};

	kvm_handle_hva_range(kvm, &hva_range);

	/* Pairs with the increment in range_start(). */
	spin_lock(&kvm->mn_invalidate_lock);
	if (!WARN_ON_ONCE(!kvm->mn_active_invalidate_count))
		WRITE_ONCE(kvm->mn_active_invalidate_count, kvm->mn_active_invalidate_count - 1);
	spin_unlock(&kvm->mn_invalidate_lock);
	/*
	 * The waiter in kvm_swap_active_memslots() (at most one: it waits
	 * under slots_lock) re-checks the count: sched_wait_until needs no
	 * explicit wake-up (rcuwait_wake_up in the kernel).
	 */
}

static void kvm_mmu_notifier_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct kvm *kvm = mmu_notifier_to_kvm(mn);
	int idx;

	/* The process is exiting: drop every mapping of its memory. */
	idx = srcu_read_lock(&kvm->srcu);
	kvm_flush_shadow_all(kvm);
	srcu_read_unlock(&kvm->srcu, idx);
}

const struct mmu_notifier_ops kvm_mmu_notifier_ops = {
	.invalidate_range_start = kvm_mmu_notifier_invalidate_range_start,
	.invalidate_range_end = kvm_mmu_notifier_invalidate_range_end,
	.release = kvm_mmu_notifier_release,
};

int kvm_init_mmu_notifier(struct kvm *kvm)
{
	int r;

	/* A VM created without a host process has no primary MMU to follow. */
	if (!kvm->mm)
		return 0;

	kvm->mmu_notifier.ops = &kvm_mmu_notifier_ops;
	r = mmu_notifier_register(&kvm->mmu_notifier, kvm->mm);
	if (!r)
		kvm->mmu_notifier_registered = true;
	return r;
}

void kvm_uninit_mmu_notifier(struct kvm *kvm)
{
	if (kvm->mmu_notifier_registered)
		mmu_notifier_unregister(&kvm->mmu_notifier, kvm->mm);
	kvm->mmu_notifier_registered = false;
}
