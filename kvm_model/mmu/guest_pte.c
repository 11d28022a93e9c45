// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: the guest page-table side of shadow paging in
 * arch/x86/kvm/mmu/paging_tmpl.h (Linux 6.18): FNAME(walk_addr_generic)'s
 * accessed/dirty update (FNAME(update_accessed_dirty_bits)) and
 * FNAME(protect_clean_gpte), and the checks FNAME(prefetch_invalid_gpte)
 * makes of a neighbouring guest PTE before prefetching it.
 *
 * On a host with shadow paging (a profile with tdp_enabled=N) the guest's
 * own page tables decide two things the model's faults must get right: a
 * read fault through a guest PTE that is not yet dirty maps the page
 * read-only (the guest's next write faults, so that KVM can set the dirty
 * bit), and only guest PTEs that have been accessed are prefetched.  KVM,
 * not the CPU, sets those bits, on the walks of its own faults: a guest
 * access that hits an SPTE never walks the guest's tables.
 *
 * Simplified: the model's guest identity-maps guest physical memory with
 * 4K PTEs that it creates present, writable, user, with accessed and dirty
 * clear (what the guest of the shipped real recording does), and never
 * changes them; only those two bits are kept, per gfn.  No guest page
 * faults, no large guest pages, no write protection of the guest's tables
 * (they live outside the model's memslots).
 */
#include <linux/kvm_host.h>
#include <linux/xarray.h>

#include "kvm_model/mmu/mmu_internal.h"

#define GPTE_ACCESSED	BIT(0)	/* PT_GUEST_ACCESSED_MASK */
#define GPTE_DIRTY	BIT(1)	/* PT_GUEST_DIRTY_MASK */

static unsigned long gpte_bits(struct kvm *kvm, gfn_t gfn)
{
	void *entry = xa_load(&to_mmu_vm(kvm)->guest_ptes, gfn);

	return entry ? xa_to_value(entry) : 0;
}

/*
 * [FNAME(walk_addr_generic)] The walk of a fault at @gfn: sets the leaf's
 * accessed bit, and its dirty bit for a write, as the cmpxchg of
 * FNAME(update_accessed_dirty_bits) does.  Returns the access the SPTE may
 * grant: without write for a read through a clean PTE [protect_clean_gpte].
 * kvm->srcu held, not mmu_lock: vCPUs walk concurrently.
 */
unsigned int kvm_mmu_guest_walk(struct kvm_vcpu *vcpu, gfn_t gfn, bool write)
{
	struct xarray *xa = &to_mmu_vm(vcpu->kvm)->guest_ptes;
	unsigned long old, new;
	void *curr;

	/* xa_lock: the read-modify-write is the guest PTE's cmpxchg */
	xa_lock(xa);
	curr = xa_load(xa, gfn);
	old = curr ? xa_to_value(curr) : 0;
	new = old | GPTE_ACCESSED | (write ? GPTE_DIRTY : 0);
	/* a store refused by the memory budget leaves the bits to the next walk */
	if (new != old)
		__xa_store(xa, gfn, xa_mk_value(new), GFP_ATOMIC);
	xa_unlock(xa);
	return new & GPTE_DIRTY ? ACC_ALL : ACC_ALL & ~ACC_WRITE_MASK;
}

/*
 * [FNAME(prefetch_invalid_gpte), FNAME(protect_clean_gpte)] May the guest
 * PTE of @gfn be prefetched, and with what access: only one the guest has
 * accessed; write only if it is dirty.  mmu_lock held.
 */
bool kvm_mmu_guest_pte_prefetchable(struct kvm *kvm, gfn_t gfn, unsigned int *access)
{
	unsigned long bits = gpte_bits(kvm, gfn);

	if (!(bits & GPTE_ACCESSED))
		return false;
	*access = bits & GPTE_DIRTY ? ACC_ALL : ACC_ALL & ~ACC_WRITE_MASK;
	return true;
}

void kvm_mmu_guest_ptes_init(struct kvm *kvm)
{
	xa_init(&to_mmu_vm(kvm)->guest_ptes);
}

void kvm_mmu_guest_ptes_destroy(struct kvm *kvm)
{
	xa_destroy(&to_mmu_vm(kvm)->guest_ptes);
}
