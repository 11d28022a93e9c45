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

/* ---- inspection (tests, invariant checks, benchmarks) ---------------------- */

struct kvm_mmu_leaf {
	u64 spte;
	int level;
	kvm_pfn_t pfn;		/* of @gfn inside the leaf */
	u64 gen;		/* folio generation recorded with the leaf */
};

/*
 * Find the leaf SPTE mapping @gfn in any valid root (the kernel's
 * kvm_tdp_mmu_get_walk / get_mmio_spte).  Returns true and fills @leaf for a
 * present leaf or an MMIO SPTE (leaf->spte tells which).  Lockless, under RCU.
 */
bool kvm_mmu_lookup_leaf(struct kvm *kvm, gfn_t gfn, struct kvm_mmu_leaf *leaf);

/*
 * Walk every present leaf of every root (valid or not) and call @fn; under
 * mmu_lock read.  For invariant checks: a leaf whose folio generation is
 * stale outside an invalidation window is invariant 1's violation.
 */
void kvm_mmu_for_each_leaf(struct kvm *kvm,
			   void (*fn)(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *leaf),
			   void *arg);

/* Page-table pages allocated now; faults by outcome. */
struct kvm_mmu_stats {
	long pages;
	long pages_freed;
	long pf_taken;
	long pf_fixed;
	long pf_spurious;
	long pf_retry;
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
