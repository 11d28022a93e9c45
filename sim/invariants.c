// SPDX-License-Identifier: GPL-2.0
/*
 * The invariant checker (kernel-reference.md section 4; no kernel counterpart:
 * these are the properties the kernel's design relies on, checked from outside).
 *
 * Each check reads model state without taking the model's locks: in
 * deterministic mode it runs between two steps with every actor parked at a
 * scheduling point, and in free mode only at quiescent points, so nothing
 * changes under it.  The checks and where their kernel guarantee comes from:
 *
 *  invalidate-balance  (inv. 3) mmu_invalidate_in_progress never negative, and
 *                      at a quiescent point no invalidation and no mmu_notifier
 *                      start is left open.
 *  memslot-overlap     (inv. 13) the active memslots of an address space are
 *                      sorted by base gfn and never overlap.
 *  tlb-live            (inv. 1, 23) no vCPU TLB entry translates to a folio that
 *                      was freed: zap and flush come before the free.
 */
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>

#include "sim/invariants.h"

static u64 nr_checks;

u64 inv_checks_run(void)
{
	return __atomic_load_n(&nr_checks, __ATOMIC_RELAXED);
}

static void check_invalidate_balance(struct kvm *kvm, enum inv_when when)
{
	long in_progress = READ_ONCE(kvm->mmu_invalidate_in_progress);
	unsigned long mn = READ_ONCE(kvm->mn_active_invalidate_count);

	if (in_progress < 0)
		report_violation("invalidate-balance", "mmu_invalidate_in_progress < 0",
				 __FILE__, __LINE__, "in_progress %ld", in_progress);
	if (when != INV_QUIESCENT)
		return;
	if (in_progress)
		report_violation("invalidate-balance", "invalidation open at a quiescent point",
				 __FILE__, __LINE__,
				 "mmu_invalidate_in_progress %ld with every actor parked",
				 in_progress);
	if (mn)
		report_violation("invalidate-balance", "mmu_notifier start without end",
				 __FILE__, __LINE__,
				 "mn_active_invalidate_count %lu with every actor parked", mn);
}

static void check_memslot_overlap(struct kvm *kvm)
{
	for (int as = 0; as < kvm_arch_nr_memslot_as_ids(kvm); as++) {
		/* Published set: stable while every actor is parked. */
		struct kvm_memslots *slots = READ_ONCE(kvm->memslots[as]);

		for (unsigned int i = 1; slots && i < slots->nr_slots; i++) {
			const struct kvm_memory_slot *a = slots->gfn_sorted[i - 1];
			const struct kvm_memory_slot *b = slots->gfn_sorted[i];

			if (a->base_gfn + a->npages <= b->base_gfn)
				continue;
			report_violation("memslot-overlap", "memslots overlap", __FILE__, __LINE__,
					 "as %d: slot %d [%#llx, +%lu) and slot %d [%#llx, +%lu)",
					 as, a->id, (unsigned long long)a->base_gfn, a->npages,
					 b->id, (unsigned long long)b->base_gfn, b->npages);
		}
	}
}

static void check_tlb_live(struct world *w)
{
	for (unsigned int v = 0; v < w->nr_vcpus; v++) {
		const struct kvm_vcpu *vcpu = w->vcpu[v];

		for (int l = 0; l < PG_LEVEL_NUM - 1; l++) {
			for (int k = 0; k < KVM_TLB_WAYS; k++) {
				const struct kvm_tlb_entry *e = &vcpu->tlb[l][k];

				if (!READ_ONCE(e->level) || pfn_gen_live(e->pfn, e->gen))
					continue;
				report_violation("tlb-live", "TLB entry to a freed folio",
						 __FILE__, __LINE__,
						 "vcpu%u: gfn %#llx -> pfn %#lx (level %u, gen %llu) "
						 "outlived its folio", v,
						 (unsigned long long)e->gfn, e->pfn, e->level,
						 (unsigned long long)e->gen);
			}
		}
	}
}

void inv_check(struct world *w, enum inv_when when)
{
	__atomic_fetch_add(&nr_checks, 1, __ATOMIC_RELAXED);
	if (!w->kvm)
		return;
	check_invalidate_balance(w->kvm, when);
	check_memslot_overlap(w->kvm);
	check_tlb_live(w);
}
