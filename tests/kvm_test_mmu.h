/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A recording MMU for the control-plane tests: a real kvm_arch_mmu_ops table
 * that maps nothing but records every call the control plane makes into the
 * MMU, with the locking and protocol state seen at the call.  Header-only,
 * included by the kvm tests.
 */
#ifndef _GMEMSIM_TESTS_KVM_TEST_MMU_H
#define _GMEMSIM_TESTS_KVM_TEST_MMU_H

#include <linux/kvm_host.h>

#include "kvm_test_region.h"

#define REC_MAX 64

struct rec_mmu {
	int nr_unmap;
	struct kvm_gfn_range unmap[REC_MAX];
	long unmap_in_progress[REC_MAX];	/* mmu_invalidate_in_progress seen */
	int nr_flush_shadow_memslot;
	/* At flush_shadow_memslot: the active slot for the id was INVALID. */
	bool flush_saw_invalid;
	bool flush_saw_slots_arch_lock;
	int nr_flush_tlbs;
	int nr_flush_all;
	bool zap_returns_flush;			/* pretend something was mapped */
};

static struct rec_mmu rec;

static bool rec_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range)
{
	if (rec.nr_unmap < REC_MAX) {
		rec.unmap[rec.nr_unmap] = *range;
		rec.unmap_in_progress[rec.nr_unmap] = kvm->mmu_invalidate_in_progress;
	}
	rec.nr_unmap++;
	return rec.zap_returns_flush;
}

static void rec_flush_remote_tlbs(struct kvm *kvm)
{
	rec.nr_flush_tlbs++;
}

static void rec_flush_shadow_all(struct kvm *kvm)
{
	rec.nr_flush_all++;
}

static void rec_flush_shadow_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	struct kvm_memory_slot *active = id_to_memslot(__kvm_memslots(kvm, slot->as_id), slot->id);

	rec.nr_flush_shadow_memslot++;
	rec.flush_saw_invalid = active && (active->flags & KVM_MEMSLOT_INVALID);
	rec.flush_saw_slots_arch_lock = lockdep_is_held(&kvm->slots_arch_lock);
}

static const struct kvm_arch_mmu_ops rec_mmu_ops = {
	.name = "recording",
	.unmap_gfn_range = rec_unmap_gfn_range,
	.flush_remote_tlbs = rec_flush_remote_tlbs,
	.flush_shadow_all = rec_flush_shadow_all,
	.flush_shadow_memslot = rec_flush_shadow_memslot,
};

static inline void rec_reset(void)
{
	memset(&rec, 0, sizeof(rec));
}

static inline u64 as_gen(struct kvm *kvm, int as_id)
{
	return __kvm_memslots(kvm, as_id)->generation;
}

#endif /* _GMEMSIM_TESTS_KVM_TEST_MMU_H */
