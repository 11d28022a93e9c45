/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: arch/x86/kvm/mmu.h and the MMU half of
 * arch/x86/include/asm/kvm_host.h (Linux 6.18): how a VM gets its MMU and
 * what the rest of kvm_model and the tests call.
 *
 * Two MMUs behind one interface: the TDP MMU (tdp_mmu.c; the kernel's
 * default, faults under mmu_lock held for read) and the legacy MMU
 * (shadow_mmu.c; the kernel with tdp_mmu=N: direct kvm_mmu_page shadow
 * pages, rmaps, faults under mmu_lock held for write).  Each is a
 * struct kvm_arch_mmu_ops table for kvm-ctl's control plane, chosen per VM by
 * kvm_mmu_attach() before the first memslot exists.
 *
 * As in the kernel, private memory (KVM_X86_SW_PROTECTED_VM) is only offered
 * with the TDP MMU; attaching the legacy MMU to such a VM is refused unless
 * the caller opts into the hybrid with allow_private_legacy.
 */
#ifndef _GMEMSIM_KVM_MMU_H
#define _GMEMSIM_KVM_MMU_H

#include <linux/kvm_host.h>

struct folio;

enum kvm_mmu_type {
	KVM_MMU_TDP,		/* tdp_mmu=Y (default) */
	KVM_MMU_LEGACY,		/* tdp_mmu=N: "mmu=legacy" */
};

struct kvm_mmu_options {
	enum kvm_mmu_type type;
	/* Explicit opt-in: private memory on the legacy MMU (no kernel runs it). */
	bool allow_private_legacy;
	/* Largest level faults may map (PG_LEVEL_4K..PG_LEVEL_1G); 0: 1G. */
	int max_huge_page_level;
	/* Legacy: n_max_mmu_pages; 0: the kernel's default from memslot sizes. */
	unsigned long max_mmu_pages;
	/*
	 * Explicit, labelled model extension (like allow_private_legacy): zaps
	 * honour kvm_gfn_range.attr_filter per leaf, as a VM with mirrored TDP
	 * (TDX) does per root: a private leaf goes only for a filter with
	 * KVM_FILTER_PRIVATE, a shared one only for KVM_FILTER_SHARED.  6.18
	 * ignores the filter on every VM the model builds (no mirror roots);
	 * this makes filter bugs such as bug-zoo B9 observable.  Default off.
	 */
	bool honour_attr_filter;
};

extern const struct kvm_arch_mmu_ops kvm_tdp_mmu_arch_ops;
extern const struct kvm_arch_mmu_ops kvm_legacy_mmu_arch_ops;

/*
 * Attach an MMU (kvm_attach_mmu with the right table and options).  Returns
 * 0, -EBUSY (memslots exist or an MMU is attached), -EOPNOTSUPP (legacy MMU
 * on a private-memory VM without the opt-in), -ENOMEM.
 */
int kvm_mmu_attach(struct kvm *kvm, const struct kvm_mmu_options *opts);

/* Is the legacy (rmap) MMU in use?  [kvm_memslots_have_rmaps] */
bool kvm_memslots_have_rmaps(struct kvm *kvm);

/*
 * kvm_mmu_zap_all_fast: obsolete every root and zap it (memslot flush with
 * the SLOT_ZAP_ALL quirk on default VMs, MMIO generation wrap).
 */
void kvm_mmu_zap_all_fast(struct kvm *kvm);

/* ---- inspection (tests, the invariant checker, benchmarks) ------------------ */

/*
 * A stable API: fields are only ever added.  Two flavours of each walker:
 *  - kvm_mmu_*() take kvm->srcu (read), mmu_lock (read) and RCU themselves;
 *    with the TDP MMU, faults (read lock) may install leaves during the walk,
 *    so the view is exact per SPTE, not across SPTEs;
 *  - __kvm_mmu_*() take no lock at all, for a caller that guarantees nothing
 *    changes: the checker in deterministic mode between two steps (every
 *    actor parked at a scheduling point) or at a quiescent point in free mode.
 * Callbacks must not call into the model (no locks, no vCPU accesses).
 */
struct kvm_mmu_leaf {
	u64 spte;
	int level;		/* PG_LEVEL_4K/2M/1G */
	kvm_pfn_t pfn;		/* of the gfn asked (lookup) / first pfn (for_each) */
	u64 gen;		/* folio generation recorded with the leaf */
	/* Everything below: since the inspection API for the invariant checker. */
	gfn_t gfn;		/* the gfn asked (lookup) / first gfn mapped (for_each) */
	/*
	 * The folio on the leaf's pfn if its generation still matches the
	 * one recorded with the leaf, else NULL (a stale leaf).
	 */
	struct folio *folio;
	bool present;		/* a present leaf (else an MMIO SPTE: lookup only) */
	bool writable;		/* EPT write permission */
	bool private;		/* installed by a private fault (guest_memfd) */
	/* The SPTE's root is obsolete (TDP: role.invalid; legacy: the page's). */
	bool obsolete;
	/* Active memslot holding gfn (NULL: none, invariant 21's violation). */
	const struct kvm_memory_slot *slot;
	/* Root it was reached from; legacy: NULL for an unlinked shadow page. */
	const void *root;
	const void *id;		/* the SPTE's address: matches kvm_mmu_for_each_rmap */
};

typedef void (*kvm_mmu_leaf_fn)(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *leaf);

/*
 * Find the leaf SPTE mapping @gfn in a valid root (the kernel's
 * kvm_tdp_mmu_get_walk / get_mmio_spte).  Returns true and fills @leaf for a
 * present leaf or an MMIO SPTE (leaf->present tells which).
 */
bool kvm_mmu_lookup_leaf(struct kvm *kvm, gfn_t gfn, struct kvm_mmu_leaf *leaf);

/*
 * Call @fn for every present leaf SPTE of the VM, once per SPTE:
 *  - TDP MMU: every root on tdp_mmu_roots, valid or obsolete (vCPUs may
 *    still run on an obsolete one until they reload);
 *  - legacy MMU: every shadow page on active_mmu_pages, including pages a
 *    huge leaf unlinked (still in the rmaps until a zap reaches them:
 *    leaf->root is NULL).  A zapped root still held by a vCPU is off the
 *    list and has no present leaf.
 * @gfn is the first gfn of the leaf.  With the TDP MMU a leaf in a subtree
 * being removed is FROZEN (not present) and not reported.
 */
void kvm_mmu_for_each_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg);
void __kvm_mmu_for_each_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg);

/*
 * Legacy MMU: call @fn for every rmap entry of every memslot of the active
 * set, level by level: (@slot, @gfn: first gfn of the level-aligned range,
 * @level, @id: the SPTE it names, as kvm_mmu_leaf.id).  Invariant 22 is the
 * bijection between these and the present leaves of kvm_mmu_for_each_leaf
 * (same id, gfn, level, slot).  Nothing is called with the TDP MMU.
 */
typedef void (*kvm_mmu_rmap_fn)(void *arg, const struct kvm_memory_slot *slot, gfn_t gfn,
				int level, const void *id);
void kvm_mmu_for_each_rmap(struct kvm *kvm, kvm_mmu_rmap_fn fn, void *arg);
void __kvm_mmu_for_each_rmap(struct kvm *kvm, kvm_mmu_rmap_fn fn, void *arg);

/* Page-table pages allocated now; faults by outcome. */
struct kvm_mmu_stats {
	long pages;
	long pages_freed;
	long pf_taken;
	long pf_fixed;
	long pf_spurious;
	long pf_retry;
	/*
	 * Model only, where a retry was decided: before mmu_lock (INVALID
	 * slot, the two unsafe pre-checks, a poisoned page) or by
	 * is_page_fault_stale under it.  Tests use them to see each check
	 * fire.
	 */
	long pf_retry_unlocked;
	long pf_retry_stale;
	long pf_emulate;
	long huge_2m;
	long huge_1g;
	long zapped_leafs;
	long tlb_flush_vcpu;
	long rmap_recycled;
};
void kvm_mmu_get_stats(struct kvm *kvm, struct kvm_mmu_stats *st);

/* Legacy MMU: number of SPTEs in the rmap of (@gfn, @level) of its slot. */
unsigned long kvm_mmu_rmap_count(struct kvm *kvm, gfn_t gfn, int level);

/* lpage_info of @gfn at @level (2M/1G) in its slot; -1 without a slot. */
int kvm_mmu_disallow_lpage(struct kvm *kvm, gfn_t gfn, int level);

#endif /* _GMEMSIM_KVM_MMU_H */
