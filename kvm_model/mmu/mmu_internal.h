/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: arch/x86/kvm/mmu/mmu_internal.h (struct kvm_mmu_page,
 * struct kvm_page_fault, RET_PF_*, kvm_mmu_do_page_fault) plus the MMU parts
 * of struct kvm_arch (tdp_mmu_roots, active_mmu_pages, mmu_valid_gen),
 * Linux 6.18.
 *
 * The per-VM MMU state lives in struct kvm_mmu_vm, hung off kvm->mmu_private
 * (kvm-ctl's struct kvm has no x86 MMU fields).  Both MMUs fill the same
 * struct kvm_mmu_page and are driven through struct kvm_mmu_impl; the
 * control plane sees one struct kvm_arch_mmu_ops per MMU (mmu.c).
 *
 * Lock order inside the MMU (outer -> inner):
 *   kvm->srcu (read) -> kvm->mmu_lock (TDP faults: read; zaps and legacy: write)
 *   -> vm->tdp_mmu_pages_lock (spinlock, root list and page accounting)
 *   -> vCPU TLB hand-over (vcpu->mode cmpxchg; a flusher waits for a vCPU to
 *      leave guest mode, a vCPU in guest mode takes no lock at all).
 */
#ifndef _GMEMSIM_KVM_MMU_INTERNAL_H
#define _GMEMSIM_KVM_MMU_INTERNAL_H

#include <linux/bitops.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <stddef.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/spte.h"

/* The SPTE table depth of a 4-level EPT root [PT64_ROOT_4LEVEL]. */
#define PT64_ROOT_4LEVEL 4

/* Address bits translated per level, as the page walk indexes them. */
#define SPTE_INDEX(gfn, level) \
	((unsigned int)(((gfn) >> KVM_HPAGE_GFN_SHIFT(level)) & (SPTE_ENT_PER_PAGE - 1)))

/*
 * [struct kvm_mmu_page] A page-table page of either MMU.  spt[] comes first
 * and the struct is page aligned, so a non-leaf SPTE holds the struct's
 * address exactly where the hardware would find the table, and an SPTE's
 * address masked to its page is its struct (the kernel keeps sp->spt as a
 * page of its own and finds the struct through page->private).
 *
 * One page-aligned allocation of two pages (8 KiB): the SPTEs fill the
 * first, the generations (2 KiB) and the header share the second.
 */
struct kvm_mmu_page {
	/*
	 * SPTEs.  TDP MMU: READ_ONCE/cmpxchg under mmu_lock read, plain
	 * writes only under mmu_lock write.  Legacy: written under mmu_lock
	 * write.  Walked locklessly by vCPUs in guest mode.
	 */
	u64 spt[SPTE_ENT_PER_PAGE];
	/*
	 * Model only: the low 32 bits of the generation of the folio each
	 * leaf was made from, written before the leaf is published and read
	 * after it.  The folio itself is not recorded: whoever needs it finds
	 * it from the SPTE's pfn (pfn_folio) and widens the generation
	 * against it (sptep_leaf_folio).
	 */
	u32 spt_gen[SPTE_ENT_PER_PAGE];

	struct list_head link;		/* TDP: roots list; legacy: active_mmu_pages */
	struct list_head zap_link;	/* legacy: invalid_list of a prepare/commit zap */
	struct rcu_head rcu_head;	/* TDP: freed after a grace period */
	struct kvm *kvm;
	gfn_t gfn;			/* first gfn mapped by this table */
	int level;			/* role.level: level of the SPTEs in spt[] */
	bool tdp_mmu_page;
	bool root;
	/*
	 * role.invalid: an obsolete root (TDP) or a zapped page (legacy).
	 * Written under mmu_lock write (TDP: also read under read).
	 */
	bool invalid;
	u8 mmu_valid_gen;		/* legacy: kvm->arch.mmu_valid_gen at creation */
	/* TDP root: references (vCPUs, the roots list); atomic, read lock. */
	atomic_t tdp_mmu_root_count;
	/* Legacy root: vCPUs using it; under mmu_lock write. */
	int root_count;
	/*
	 * Parent SPTE pointing here (TDP: the iterator's sptep; legacy: the
	 * one parent_ptes entry a direct page has).
	 */
	u64 *parent_sptep;
	unsigned int nr_present;	/* legacy: present SPTEs, for reclaim */
};

/*
 * A page-aligned allocation is rounded up to whole pages: two of them, so
 * the header and the generations must share the page after spt[].
 */
_Static_assert(offsetof(struct kvm_mmu_page, spt_gen) == PAGE_SIZE,
	       "spt[] fills the first page of struct kvm_mmu_page");
_Static_assert(sizeof(struct kvm_mmu_page) <= 2 * PAGE_SIZE,
	       "struct kvm_mmu_page fits two pages");

static inline struct kvm_mmu_page *spte_to_child_sp(u64 spte)
{
	return (struct kvm_mmu_page *)(uintptr_t)(spte & SPTE_BASE_ADDR_MASK);
}

static inline struct kvm_mmu_page *sptep_to_sp(u64 *sptep)
{
	return (struct kvm_mmu_page *)((uintptr_t)sptep & ~(uintptr_t)(PAGE_SIZE - 1));
}

/*
 * The hardware's walk of @root for @gfn: the last SPTE reached (a leaf, an
 * MMIO SPTE or a non-present one) and its level.  Lockless: the caller is
 * in guest mode (legacy pages are freed only after a remote flush) or holds
 * rcu_read_lock() (TDP pages are freed after a grace period).
 */
static inline u64 *kvm_mmu_walk(struct kvm_mmu_page *root, gfn_t gfn, int *level, u64 *spte)
{
	u64 *pt = root->spt;
	int l = root->level;

	/* As the hardware: the level is the depth, never read from the table. */
	for (;; l--) {
		u64 *sptep = &pt[SPTE_INDEX(gfn, l)];
		/*
		 * Racing cmpxchg installers and zaps.  Acquire: pairs with the
		 * publishing cmpxchg / release store, so the child table's
		 * entries, the leaf's folio and generation (and the folio's
		 * own initialisation) are seen as they were published.
		 */
		u64 v = smp_load_acquire(sptep);

		if (!is_shadow_present_pte(v) || is_last_spte(v, l)) {
			*level = l;
			*spte = v;
			return sptep;
		}
		pt = spte_to_child_sp(v)->spt;
	}
}

static inline u32 *sptep_gen(u64 *sptep)
{
	struct kvm_mmu_page *sp = sptep_to_sp(sptep);

	return &sp->spt_gen[sptep - sp->spt];
}

/*
 * Record the generation of the folio a leaf is about to map; before the
 * SPTE is published.  Only the low 32 bits are kept (see sptep_leaf_folio).
 */
static inline void sptep_set_gen(u64 *sptep, u64 gen)
{
	WRITE_ONCE(*sptep_gen(sptep), (u32)gen);
}

/*
 * The folio the present leaf @spte at @sptep translates to, and in *@gen
 * the full generation the leaf was made with.  The folio is looked up from
 * the SPTE's pfn (no reference: struct folio is type-stable, and the
 * generation check at the access catches a freed one); the recorded 32
 * bits are widened to the folio's 64-bit generation when they match it.
 * When they do not (the pfn is free or holds a folio allocated since),
 * returns NULL and the 32 bits themselves in *@gen, for the caller's
 * stale-access report.
 *
 * Generations are unique in a pfn space (a new one at every allocation and
 * every free), so two with the same low 32 bits lie at least 2^32 apart:
 * until its space has handed out 2^32 generations (2^31 allocate/free
 * pairs, over 20 minutes of the fastest fault-heavy replay) the check is
 * exact and the stale *@gen is the leaf's own generation, which no folio
 * has any more; after that a stale leaf passes for live only if the folio
 * now holding its pfn has one of the 2^32-apart aliases of it.
 *
 * Lockless: the caller keeps the table alive (guest mode, RCU or
 * mmu_lock) and read @spte with acquire or under mmu_lock, so that the
 * generation written before the SPTE's publication is the one seen here.
 */
static inline struct folio *sptep_leaf_folio(u64 *sptep, u64 spte, u64 *gen)
{
	/* Written before the SPTE was published; ordered by the caller's SPTE read. */
	u32 made = READ_ONCE(*sptep_gen(sptep));
	struct folio *folio = pfn_folio(spte_to_pfn(spte));

	if (likely(folio)) {
		u64 now = folio_gen(folio);

		if (likely((u32)now == made)) {
			*gen = now;
			return folio;
		}
	}
	*gen = made;
	return NULL;
}

/* [is_access_allowed] */
static inline bool is_access_allowed(bool write, bool exec, u64 spte)
{
	if (exec)
		return is_executable_pte(spte);
	if (write)
		return is_writable_pte(spte);
	return spte & PT_PRESENT_R;
}

static inline gfn_t sp_child_gfn(const struct kvm_mmu_page *sp, unsigned int index)
{
	return sp->gfn + ((gfn_t)index << KVM_HPAGE_GFN_SHIFT(sp->level));
}

/* [RET_PF_*] results of the fault handlers (mmu_internal.h). */
enum {
	RET_PF_CONTINUE = 0,
	RET_PF_RETRY,
	RET_PF_EMULATE,
	RET_PF_WRITE_PROTECTED,
	RET_PF_INVALID,
	RET_PF_FIXED,
	RET_PF_SPURIOUS,
};

/* Error-code bits the model uses [kvm_host.h: PFERR_*]. */
#define PFERR_PRESENT_MASK BIT_ULL(0)
#define PFERR_WRITE_MASK BIT_ULL(1)
#define PFERR_USER_MASK BIT_ULL(2)
#define PFERR_RSVD_MASK BIT_ULL(3)
#define PFERR_FETCH_MASK BIT_ULL(4)
#define PFERR_GUEST_FINAL_MASK BIT_ULL(32)
#define PFERR_PRIVATE_ACCESS BIT_ULL(49)
/*
 * Model-only: the access named its view (KVM_VIEW_SHARED/PRIVATE), so
 * PFERR_PRIVATE_ACCESS came from the "hardware" as for a CoCo guest and is
 * not re-derived from the attributes.
 */
#define PFERR_MODEL_GUEST_VIEW BIT_ULL(62)

/* [struct kvm_page_fault] */
struct kvm_page_fault {
	gpa_t addr;
	u64 error_code;
	bool prefetch;
	bool exec;
	bool write;
	bool present;
	bool rsvd;
	bool user;
	bool is_tdp;
	bool is_private;
	u8 max_level;
	u8 req_level;
	u8 goal_level;
	gfn_t gfn;
	struct kvm_memory_slot *slot;
	unsigned long mmu_seq;
	kvm_pfn_t pfn;
	/* The page reference the fault holds until kvm_mmu_finish_page_fault. */
	struct folio *refcounted_page;
	u64 folio_gen;			/* generation of the folio holding pfn */
	bool map_writable;
	/* Shadow paging: the guest PTE's access [walker.pte_access]; else ACC_ALL. */
	unsigned int gpte_access;
	int error;			/* errno of a failed faultin (r < 0 paths) */
};

/* What one MMU implements under the common fault front half. */
struct kvm_mmu_impl {
	const char *name;
	bool tdp_mmu;
	/* Fault lock: read for the TDP MMU, write for the legacy one. */
	bool fault_lock_shared;
	/* [kvm_tdp_mmu_map / direct_map], mmu_lock held as fault_lock_shared. */
	int (*map)(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault);
	/*
	 * Zap leaves in [start, end) whose kind is in @filter (see
	 * spte_in_attr_filter; both bits unless the VM honours the filter);
	 * mmu_lock write; returns flush.
	 */
	bool (*zap_leafs)(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t start, gfn_t end,
			  enum kvm_gfn_range_filter filter);
	/* Zap everything (flush_shadow_all, teardown); mmu_lock write. */
	void (*zap_all)(struct kvm *kvm);
	/* kvm_mmu_zap_all_fast's MMU part; mmu_lock write. */
	void (*invalidate_all_roots)(struct kvm *kvm);
	/* Get a valid root for @vcpu (kvm_mmu_load); mmu_lock write. */
	struct kvm_mmu_page *(*get_root)(struct kvm_vcpu *vcpu);
	/* Drop a vCPU's root reference; mmu_lock write. */
	void (*put_root)(struct kvm *kvm, struct kvm_mmu_page *root);
	int (*alloc_slot_rmaps)(struct kvm *kvm, struct kvm_memory_slot *slot);
	/*
	 * [kvm_mmu_write_protect_pt_masked] clear W of the 4K leaves at
	 * @slot's base + @gfn_offset + each bit of @mask; mmu_lock write.
	 */
	void (*write_protect_pt_masked)(struct kvm *kvm, struct kvm_memory_slot *slot,
					gfn_t gfn_offset, unsigned long mask);
};

extern const struct kvm_mmu_impl kvm_tdp_mmu_impl;
extern const struct kvm_mmu_impl kvm_shadow_mmu_impl;

/*
 * Model extension (kvm_mmu_options.honour_attr_filter): is the present leaf
 * @spte in @filter?  A private leaf (SPTE_MODEL_PRIVATE, which stands in for
 * TDX's mirror root) matches KVM_FILTER_PRIVATE, a shared one (TDX's direct
 * root) KVM_FILTER_SHARED: tdp_mmu_root_match at leaf granularity.
 */
static inline bool spte_in_attr_filter(u64 spte, enum kvm_gfn_range_filter filter)
{
	return filter & (spte & SPTE_MODEL_PRIVATE ? KVM_FILTER_PRIVATE : KVM_FILTER_SHARED);
}

/*
 * [make_spte] its tail: a writable leaf in a dirty-logged slot marks its gfn
 * dirty before it is installed (kvm_mmu_hugepage_adjust keeps such slots at
 * 4K).
 */
static inline void make_spte_mark_dirty(struct kvm *kvm, const struct kvm_memory_slot *slot,
					gfn_t gfn, int level, u64 spte)
{
	if ((spte & PT_WRITABLE_MASK) && kvm_slot_dirty_track_enabled(slot)) {
		WARN_ON_ONCE(level > PG_LEVEL_4K);
		mark_page_dirty_in_slot(kvm, slot, gfn);
	}
}

#define KVM_MAX_VCPUS 32

/* Per-slot MMU metadata (slot->arch.mmu_private) [kvm_arch_memory_slot]. */
struct kvm_lpage_info {
	int disallow_lpage;		/* READ_ONCE in faults; written under mmu_lock write */
};
#define KVM_LPAGE_MIXED_FLAG BIT(31)

struct kvm_mmu_slot_arch {
	/* [KVM_NR_PAGE_SIZES] legacy MMU rmaps per level (NULL with TDP). */
	unsigned long *rmap[PG_LEVEL_NUM - 1];
	/* lpage_info[level - 2] for 2M and 1G. */
	struct kvm_lpage_info *lpage_info[PG_LEVEL_NUM - 2];
};

static inline struct kvm_mmu_slot_arch *slot_mmu(const struct kvm_memory_slot *slot)
{
	return slot->arch.mmu_private;
}

static inline unsigned long gfn_to_index(gfn_t gfn, gfn_t base_gfn, int level)
{
	return (gfn >> KVM_HPAGE_GFN_SHIFT(level)) - (base_gfn >> KVM_HPAGE_GFN_SHIFT(level));
}

static inline unsigned long slot_nr_entries(const struct kvm_memory_slot *slot, int level)
{
	return gfn_to_index(slot->base_gfn + slot->npages - 1, slot->base_gfn, level) + 1;
}

static inline struct kvm_lpage_info *lpage_info_slot(gfn_t gfn, const struct kvm_memory_slot *slot,
						      int level)
{
	return &slot_mmu(slot)->lpage_info[level - 2][gfn_to_index(gfn, slot->base_gfn, level)];
}

/*
 * [kvm->stat] VM-wide counters, atomics as in the kernel.  The fault
 * outcomes are per-vCPU (struct kvm_vcpu_stat, like the kernel's
 * vcpu->stat.pf_*): two vCPUs faulting must not share a counter's line.
 */
struct kvm_mmu_vm_stat {
	atomic_long_t pages;		/* page-table pages allocated now */
	atomic_long_t pages_freed;	/* page-table pages ever freed */
	atomic_long_t tlb_flush_vcpu;	/* TLBs emptied by remote flushes */
	atomic_long_t huge_2m;		/* 2M leaves installed */
	atomic_long_t huge_1g;		/* 1G leaves installed */
	atomic_long_t rmap_recycled;	/* legacy: too long rmap chains zapped */
	atomic_long_t zapped_leafs;	/* leaf SPTEs zapped */
};

/* [kvm->arch] the MMU half, kvm->mmu_private. */
#define KVM_MMU_WRITTEN_MAX 256

struct kvm_mmu_vm {
	const struct kvm_mmu_impl *impl;
	struct kvm_mmu_options opts;
	struct kmem_cache *sp_cache;	/* kvm_mmu_page objects, page aligned */

	/* vCPUs; added under kvm->lock, read with acquire by flushers. */
	struct kvm_vcpu *vcpus[KVM_MAX_VCPUS];
	int nr_vcpus;

	/*
	 * tdp_mmu_pages_lock: protects tdp_mmu_roots against root creation
	 * under mmu_lock read; leaf inside mmu_lock.
	 */
	spinlock_t tdp_mmu_pages_lock;
	struct list_head tdp_mmu_roots;		/* RCU-walked list of roots */

	/* Legacy: every shadow page, newest first; under mmu_lock write. */
	struct list_head active_mmu_pages;
	unsigned long n_used_mmu_pages;
	unsigned long n_max_mmu_pages;
	/* Toggled by kvm_mmu_zap_all_fast; READ_ONCE in is_obsolete_sp. */
	u8 mmu_valid_gen;

	struct kvm_mmu_vm_stat stat;

	/*
	 * Shadow paging (tdp_enabled=N): the accessed/dirty bits of the model
	 * guest's PTEs, per gfn (guest_pte.c); xa_lock for the walk's update.
	 */
	struct xarray guest_ptes;

	/*
	 * Model only, for the invariant checker in deterministic mode
	 * (__kvm_mmu_for_each_written_leaf): the SPTEs written since it last
	 * looked, so that it re-checks those rather than every leaf.  An entry
	 * with bit 0 set names a whole page (a table being linked).  Whatever
	 * else changes what a walk of every leaf reports (a page leaving the
	 * tree or freed, a root made obsolete), a write in free mode, or more
	 * writes than fit, sets written_lost: the checker then walks it all.
	 */
	u64 *written[KVM_MMU_WRITTEN_MAX];
	unsigned int nr_written;
	bool written_lost;
};

/* guest_pte.c: the model guest's page tables under shadow paging. */
unsigned int kvm_mmu_guest_walk(struct kvm_vcpu *vcpu, gfn_t gfn, bool write);
bool kvm_mmu_guest_pte_prefetchable(struct kvm *kvm, gfn_t gfn, unsigned int *access);
void kvm_mmu_guest_ptes_init(struct kvm *kvm);
void kvm_mmu_guest_ptes_destroy(struct kvm *kvm);

static inline struct kvm_mmu_vm *to_mmu_vm(struct kvm *kvm)
{
	return kvm->mmu_private;
}

/* The written-SPTE log (struct kvm_mmu_vm): the set is no longer known. */
static inline void mmu_written_lost(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	/* Free mode: racing writers store the same value; no reader then. */
	if (!READ_ONCE(vm->written_lost))
		WRITE_ONCE(vm->written_lost, true);
}

static inline void mmu_written_add(struct kvm *kvm, u64 *entry)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	if (!sched_is_det() || vm->nr_written == KVM_MMU_WRITTEN_MAX) {
		mmu_written_lost(kvm);
		return;
	}
	vm->written[vm->nr_written++] = entry;
}

/* After (or instead of) a write of *@sptep. */
static inline void mmu_written_spte(struct kvm *kvm, u64 *sptep)
{
	mmu_written_add(kvm, sptep);
}

/* Every SPTE of @sp: a table about to be linked, maybe holding leaves (split). */
static inline void mmu_written_page(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	mmu_written_add(kvm, (u64 *)((uintptr_t)sp->spt | 1));
}

/*
 * [is_obsolete_sp] Lockless for a vCPU's root: role.invalid is set and
 * mmu_valid_gen toggled under mmu_lock write, READ_ONCE here.  TDP MMU pages
 * ignore mmu_valid_gen.
 */
static inline bool is_obsolete_sp(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	if (READ_ONCE(sp->invalid))
		return true;
	return !sp->tdp_mmu_page &&
	       unlikely(sp->mmu_valid_gen != READ_ONCE(to_mmu_vm(kvm)->mmu_valid_gen));
}

/* [kvm_mmu_free_obsolete_roots + kvm_mmu_reload]: must the vCPU load a root? */
static inline bool kvm_mmu_root_needs_reload(struct kvm_vcpu *vcpu)
{
	struct kvm_mmu_page *root = vcpu->root;

	if (unlikely(!root) || test_bit(KVM_REQ_MMU_FREE_OBSOLETE_ROOTS, &vcpu->requests))
		return true;
	return is_obsolete_sp(vcpu->kvm, root);
}

/* mmu.c */
/*
 * [mmu_topup_memory_caches] Page-table pages are allocated before mmu_lock
 * is taken (allocation may sleep) into the vCPU's cache; under the lock they
 * are only taken from it.
 */
int kvm_mmu_topup_memory_cache(struct kvm_vcpu *vcpu);
struct kvm_mmu_page *kvm_mmu_alloc_page(struct kvm_vcpu *vcpu, int level, gfn_t gfn);
void kvm_mmu_free_page(struct kvm *kvm, struct kvm_mmu_page *sp);
void kvm_mmu_free_memory_cache(struct kvm_vcpu *vcpu);
void kvm_flush_remote_tlbs_range(struct kvm *kvm, gfn_t gfn, u64 nr_pages);
static inline void kvm_flush_remote_tlbs_gfn(struct kvm *kvm, gfn_t gfn, int level)
{
	kvm_flush_remote_tlbs_range(kvm, gfn_round_for_level(gfn, level),
				    KVM_PAGES_PER_HPAGE(level));
}
int kvm_mmu_do_page_fault(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err, bool prefetch, u8 *level);
int kvm_mmu_page_fault(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err, u64 data);
int kvm_mmu_load(struct kvm_vcpu *vcpu);
void kvm_mmu_unload(struct kvm_vcpu *vcpu);
bool kvm_mmu_fault_is_stale(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault);
void kvm_mmu_hugepage_adjust(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault);

/* shadow_mmu.c: also after the MMU is gone (memslots outlive it at teardown). */
void kvm_shadow_mmu_free_slot_rmaps(struct kvm_memory_slot *slot);
void kvm_shadow_mmu_for_each_rmap(const struct kvm_memory_slot *slot, kvm_mmu_rmap_fn fn,
				  void *arg);

/* vcpu.c */
void kvm_vcpu_destroy_all(struct kvm *kvm);



/* hugepage.c: lpage_info, MIXED, and the level a fault may map (3.5). */
int host_pfn_mapping_level(struct kvm *kvm, gfn_t gfn, const struct kvm_memory_slot *slot,
			   kvm_pfn_t pfn, struct folio *folio);
bool hugepage_test_mixed(const struct kvm_memory_slot *slot, gfn_t gfn, int level);
int kvm_mmu_alloc_memslot_metadata(struct kvm *kvm, struct kvm_memory_slot *slot);
void kvm_mmu_free_slot_metadata(struct kvm *kvm, struct kvm_memory_slot *slot);
bool kvm_mmu_hugepage_test_mixed(struct kvm *kvm, const struct kvm_memory_slot *slot,
				 gfn_t gfn, int level);
int kvm_mmu_max_mapping_level(struct kvm *kvm, struct kvm_page_fault *fault);
bool kvm_mmu_post_set_memory_attributes(struct kvm *kvm, struct kvm_gfn_range *range);
int max_huge_page_level(struct kvm *kvm);

#endif /* _GMEMSIM_KVM_MMU_INTERNAL_H */
