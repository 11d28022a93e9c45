// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: virt/kvm/kvm_main.c, CONFIG_KVM_GENERIC_MEMORY_ATTRIBUTES
 * (kvm_vm_ioctl_set_mem_attributes, kvm_vm_set_mem_attributes,
 * kvm_handle_gfn_range, kvm_range_has_memory_attributes) and the x86 pre pass
 * (arch/x86/kvm/mmu/mmu.c: kvm_arch_pre_set_memory_attributes), Linux 6.18.
 *
 * Attributes are per-VM gfn properties in an xarray (absent = 0), written
 * under slots_lock and read locklessly.  A change is bracketed by one
 * invalidation: the pre pass begins it, widens the range (including huge
 * pages straddling either end of the range, so a neighbour whose attributes
 * do not change cannot be mapped huge meanwhile) and zaps mappings of the old
 * kind; the new values are stored; the post pass ends it and lets the MMU
 * recompute its MIXED flags.  Nothing changes: nothing happens, no seq bump.
 *
 * Simplified: the reserve and store loops hold xa_lock over runs of gfns
 * (attr_batch_end).  The MIXED flags live in the MMU's lpage_info; without an MMU
 * (kvm_nommu_ops) they are derived from the attribute array, which is what
 * the flags hold whenever no update is in flight.
 */
#include <linux/bug_inject.h>
#include <linux/kvm_host.h>
#include <linux/sched.h>

#include "kvm_model/kvm_internal.h"

u64 kvm_supported_mem_attributes(struct kvm *kvm)
{
	if (!kvm || kvm_arch_has_private_mem(kvm))
		return KVM_MEMORY_ATTRIBUTE_PRIVATE;
	return 0;
}

unsigned long kvm_get_memory_attributes(struct kvm *kvm, gfn_t gfn)
{
	/* Lockless read; entries are value entries, absent reads as 0. */
	return xa_to_value(xa_load(&kvm->mem_attr_array, gfn));
}

/* True iff every gfn in [start, end) has (attributes & mask) == attrs. */
bool kvm_range_has_memory_attributes(struct kvm *kvm, gfn_t start, gfn_t end,
				     unsigned long mask, unsigned long attrs)
{
	unsigned long index;

	mask &= kvm_supported_mem_attributes(kvm);
	if (attrs & ~mask)
		return false;

	if (end == start + 1)
		return (kvm_get_memory_attributes(kvm, start) & mask) == attrs;

	/* attrs == 0 (mask is all there is): "no entry in the range". */
	if (!attrs) {
		index = start;
		return !xa_find(&kvm->mem_attr_array, &index, end - 1, XA_PRESENT);
	}

	for (index = start; index < end; index++) {
		if ((kvm_get_memory_attributes(kvm, index) & mask) != attrs)
			return false;
	}
	return true;
}

/*
 * Default MIXED test when no MMU tracks lpage_info: the huge page at @gfn is
 * mixed iff its gfns do not all carry the same attributes (for 1G this equals
 * the kernel's "some 2M part mixed or two 2M parts differ").
 */
bool kvm_nommu_hugepage_test_mixed(struct kvm *kvm, const struct kvm_memory_slot *slot,
				   gfn_t gfn, int level)
{
	gfn_t start = gfn_round_for_level(gfn, level);
	unsigned long attrs = kvm_get_memory_attributes(kvm, start);

	return !kvm_range_has_memory_attributes(kvm, start, start + KVM_PAGES_PER_HPAGE(level),
						~0UL, attrs);
}

struct kvm_mmu_gfn_walk {
	gfn_t start;
	gfn_t end;
	union kvm_mmu_notifier_arg arg;
	gfn_handler_t handler;
	on_lock_fn_t on_lock;
	bool flush_on_ret;
	bool may_block;
};

/*
 * [kvm_handle_gfn_range]: every memslot of every address space intersecting
 * the range; mmu_lock (write) and on_lock() on the first one only, so a range
 * without memslots takes no lock and begins nothing.  slots_lock held.
 */
static void kvm_handle_gfn_range(struct kvm *kvm, const struct kvm_mmu_gfn_walk *range)
{
	struct kvm_gfn_range gfn_range;
	struct kvm_memslot_iter iter;
	bool found_memslot = false;
	bool ret = false;
	int i;

	lockdep_assert_held(&kvm->slots_lock);

	gfn_range.arg = range->arg;
	gfn_range.may_block = range->may_block;
	gfn_range.lockless = false;
	/* Only the private flag exists: every mapping in range is in play. */
	gfn_range.attr_filter = KVM_FILTER_SHARED | KVM_FILTER_PRIVATE;

	for (i = 0; i < kvm_arch_nr_memslot_as_ids(kvm); i++) {
		struct kvm_memslots *slots = __kvm_memslots(kvm, i);

		kvm_for_each_memslot_in_gfn_range(&iter, slots, range->start, range->end) {
			struct kvm_memory_slot *slot = iter.slot;

			gfn_range.slot = slot;
			gfn_range.start = max(range->start, slot->base_gfn);
			gfn_range.end = min(range->end, slot->base_gfn + slot->npages);
			if (gfn_range.start >= gfn_range.end)
				continue;

			if (!found_memslot) {
				found_memslot = true;
				KVM_MMU_LOCK(kvm);
				if (range->on_lock)
					range->on_lock(kvm);
			}
			ret |= range->handler(kvm, &gfn_range);
		}
	}

	/* TLB before unlock (3.7). */
	if (range->flush_on_ret && ret)
		kvm_flush_remote_tlbs(kvm);

	if (found_memslot)
		KVM_MMU_UNLOCK(kvm);
}

static bool hugepage_test_mixed(struct kvm *kvm, const struct kvm_memory_slot *slot, gfn_t gfn,
				int level)
{
	const struct kvm_arch_mmu_ops *ops = kvm->mmu_ops;

	if (ops->hugepage_test_mixed)
		return ops->hugepage_test_mixed(kvm, slot, gfn, level);
	return kvm_nommu_hugepage_test_mixed(kvm, slot, gfn, level);
}

/* x86 [kvm_arch_pre_set_memory_attributes]; mmu_lock held for write. */
static bool kvm_arch_pre_set_memory_attributes(struct kvm *kvm, struct kvm_gfn_range *range)
{
	struct kvm_memory_slot *slot = range->slot;
	int level;

	/* Attributes can only change on VMs that support them. */
	if (WARN_ON_ONCE(!kvm_arch_has_private_mem(kvm)))
		return false;
	if (WARN_ON_ONCE(range->end <= range->start))
		return false;

	/*
	 * bug-zoo B4 (undoes fb6f779719ca): a slot without a guest_memfd
	 * "cannot be private", so it was skipped, and its shared SPTEs
	 * survived a conversion to private.
	 */
	if (bug_injected(BUG_ATTR_SKIP_SHARED_ONLY_SLOT) && !kvm_slot_has_gmem(slot))
		return false;

	/*
	 * Head and tail huge pages that straddle the range, lie wholly in the
	 * slot and currently allow a huge mapping join the invalidation, so no
	 * fault maps them huge while their attributes are in flux.  Zapping
	 * the range itself already removes any huge SPTE overlapping it.
	 */
	for (level = PG_LEVEL_2M; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		gfn_t start = gfn_round_for_level(range->start, level);
		gfn_t end = gfn_round_for_level(range->end - 1, level);
		gfn_t nr_pages = KVM_PAGES_PER_HPAGE(level);

		if ((start != range->start || start + nr_pages > range->end) &&
		    start >= slot->base_gfn && start + nr_pages <= slot->base_gfn + slot->npages &&
		    !hugepage_test_mixed(kvm, slot, start, level))
			kvm_mmu_invalidate_range_add(kvm, start, start + nr_pages);

		if (end == start)
			continue;

		if (end + nr_pages > range->end &&
		    end + nr_pages <= slot->base_gfn + slot->npages &&
		    !hugepage_test_mixed(kvm, slot, end, level))
			kvm_mmu_invalidate_range_add(kvm, end, end + nr_pages);
	}

	/* Zap the old kind: going private kills shared mappings and vice versa. */
	if (range->arg.attributes & KVM_MEMORY_ATTRIBUTE_PRIVATE)
		range->attr_filter = KVM_FILTER_SHARED;
	else
		range->attr_filter = KVM_FILTER_PRIVATE;

	return kvm_unmap_gfn_range(kvm, range);
}

/* [kvm_pre_set_memory_attributes] */
static bool kvm_pre_set_memory_attributes(struct kvm *kvm, struct kvm_gfn_range *range)
{
	/*
	 * bug-zoo B3 (undoes 69c7916df569): the range joined the invalidation
	 * only if the arch zap found something to zap, so faults could pass
	 * mmu_invalidate_retry_gfn() while the attributes were in flux.
	 */
	if (bug_injected(BUG_ATTR_RANGE_NOT_ADDED)) {
		bool flush = kvm_arch_pre_set_memory_attributes(kvm, range);

		if (flush)
			kvm_mmu_invalidate_range_add(kvm, range->start, range->end);
		return flush;
	}

	/*
	 * Always add the range, even if nothing needs zapping, so that every
	 * begin() has a range_add() before end() (checked there).
	 */
	kvm_mmu_invalidate_range_add(kvm, range->start, range->end);
	return kvm_arch_pre_set_memory_attributes(kvm, range);
}

/* x86 [kvm_arch_post_set_memory_attributes]: MIXED recompute by the MMU. */
static bool kvm_arch_post_set_memory_attributes(struct kvm *kvm, struct kvm_gfn_range *range)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	if (kvm->mmu_ops->post_set_memory_attributes)
		return kvm->mmu_ops->post_set_memory_attributes(kvm, range);
	return false;
}

/*
 * The kernel takes xa_lock and reaches cond_resched() once per gfn; the model
 * takes it once per run of gfns in one leaf node of the xarray (XA_CHUNK_SIZE
 * indices, aligned), with one scheduling point per run, so that a 1G change
 * costs thousands of points, not a million.  A lockless reader still sees
 * the array change between runs, inside a 2M page and at its ends.
 */
static unsigned long attr_batch_end(unsigned long i, unsigned long end)
{
	unsigned long next = (i | (XA_CHUNK_SIZE - 1)) + 1;

	return next < end ? next : end;
}

/* [kvm_vm_set_mem_attributes]: rows 5-7 of 2.3. */
static int kvm_vm_set_mem_attributes(struct kvm *kvm, gfn_t start, gfn_t end,
				     unsigned long attributes)
{
	const struct kvm_mmu_gfn_walk pre_set_range = {
		.start = start,
		.end = end,
		.arg.attributes = attributes,
		.handler = kvm_pre_set_memory_attributes,
		.on_lock = kvm_mmu_invalidate_begin,
		.flush_on_ret = true,
		.may_block = true,
	};
	const struct kvm_mmu_gfn_walk post_set_range = {
		.start = start,
		.end = end,
		.arg.attributes = attributes,
		.handler = kvm_arch_post_set_memory_attributes,
		.on_lock = kvm_mmu_invalidate_end,
		.may_block = true,
	};
	struct xarray *xa = &kvm->mem_attr_array;
	void *entry = attributes ? xa_mk_value(attributes) : NULL;
	unsigned long i, next;
	int r = 0;

	/* Attribute writers are serialised with memslot and gmem updates. */
	mutex_lock(&kvm->slots_lock);

	/* Row 5: nothing to do, nothing invalidated. */
	if (kvm_range_has_memory_attributes(kvm, start, end, ~0UL, attributes))
		goto out_unlock;

	/* Row 6: reserve first so the stores below cannot fail halfway. */
	for (i = start; i < end; i = next) {
		next = attr_batch_end(i, end);
		xa_lock(xa);
		for (; i < next && !r; i++)
			r = xa_err(__xa_cmpxchg(xa, i, NULL, XA_ZERO_ENTRY, GFP_KERNEL_ACCOUNT));
		xa_unlock(xa);
		if (r)
			goto out_unlock;
		sched_point("kvm_vm_set_mem_attributes: reserve");
	}

	kvm_handle_gfn_range(kvm, &pre_set_range);

	/* Faults on these gfns retry: in_progress covers them (or no slot maps them). */
	for (i = start; i < end; i = next) {
		next = attr_batch_end(i, end);
		xa_lock(xa);
		for (; i < next; i++) {
			r = xa_err(__xa_store(xa, i, entry, GFP_KERNEL_ACCOUNT));
			KVM_BUG_ON(r, kvm);
		}
		xa_unlock(xa);
		sched_point("kvm_vm_set_mem_attributes: store");
	}

	kvm_handle_gfn_range(kvm, &post_set_range);

out_unlock:
	mutex_unlock(&kvm->slots_lock);
	return r;
}

/* KVM_SET_MEMORY_ATTRIBUTES, rows 1-4 of 2.3 [kvm_vm_ioctl_set_mem_attributes]. */
int kvm_vm_ioctl_set_mem_attributes(struct kvm *kvm, const struct kvm_memory_attributes *attrs)
{
	gfn_t start, end;

	if (attrs->flags)
		return -EINVAL;
	if (attrs->attributes & ~kvm_supported_mem_attributes(kvm))
		return -EINVAL;
	if (attrs->size == 0 || attrs->address + attrs->size < attrs->address)
		return -EINVAL;
	if (!PAGE_ALIGNED(attrs->address) || !PAGE_ALIGNED(attrs->size))
		return -EINVAL;

	start = attrs->address >> PAGE_SHIFT;
	end = (attrs->address + attrs->size) >> PAGE_SHIFT;

	/* The xarray holds unsigned long values. */
	BUILD_BUG_ON(sizeof(attrs->attributes) != sizeof(unsigned long));

	return kvm_vm_set_mem_attributes(kvm, start, end, attrs->attributes);
}
