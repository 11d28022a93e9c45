/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/kvm_host.h (+ the x86 bits of
 * arch/x86/include/asm/kvm_host.h that the control plane needs), Linux 6.18.
 *
 * struct kvm, memslots and their sets, the gfn-range/invalidation protocol and
 * the boundary to the MMU.  What is simplified:
 *  - one architecture (x86-64, 4-level host paging) and two VM types:
 *    KVM_X86_DEFAULT_VM and KVM_X86_SW_PROTECTED_VM;
 *  - a memslot set keeps its slots in an array sorted by base_gfn (the kernel's
 *    gfn rbtree), a 128-bucket id hash (the kernel's id_hash) and answers hva
 *    queries by scanning (the kernel's interval tree); per-set nodes live in
 *    the slot, indexed by the set's node_idx, exactly as in the kernel, so one
 *    slot object sits in both sets at once;
 *  - the MMU is behind struct kvm_arch_mmu_ops (the kernel calls these arch
 *    functions directly).  kvm_model installs kvm_nommu_ops, which is the
 *    truth for a VM without an MMU: nothing is ever mapped, so nothing needs
 *    zapping or flushing.  The MMU issue replaces the table.
 */
#ifndef _GMEMSIM_LINUX_KVM_HOST_H
#define _GMEMSIM_LINUX_KVM_HOST_H

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/kvm.h>
#include <linux/kvm_profile.h>
#include <linux/list.h>
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>
#include <linux/refcount.h>
#include <linux/atomic.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>
#include <linux/srcu.h>
#include <linux/types.h>
#include <linux/xarray.h>

struct file;
struct kvm;
struct kvm_memory_slot;
struct folio;
struct mm_struct;

/* ---- sizes and limits ------------------------------------------------------ */

/* x86: 32767 ids minus 3 private slots (APIC, IDENTITY, TSS) [asm/kvm_host.h]. */
#define KVM_MEM_SLOTS_NUM 32767
#define KVM_INTERNAL_MEM_SLOTS 3
#define KVM_USER_MEM_SLOTS (KVM_MEM_SLOTS_NUM - KVM_INTERNAL_MEM_SLOTS)
#define KVM_MEM_MAX_NR_PAGES ((1UL << 31) - 1)
/*
 * x86 with SMM: two address spaces; VMs with private memory use only one.
 * The arrays are sized for SMM; a host profile without it uses one
 * (kvm_host_max_nr_address_spaces).
 */
#define KVM_MAX_NR_ADDRESS_SPACES 2

/* Internal memslot flags: bits 16+ never come from userspace. */
#define KVM_MEMSLOT_INVALID (1UL << 16)
#define KVM_MEMSLOT_GMEM_ONLY (1UL << 17)

/* Bit 63 of a memslot set's generation: a swap is in flight [kvm_host.h]. */
#define KVM_MEMSLOT_GEN_UPDATE_IN_PROGRESS BIT_ULL(63)

#define INVALID_GPA (~(gpa_t)0)

/* Host userspace limit for access_ok() on x86-64 4-level paging. */
#define TASK_SIZE_MAX ((1UL << 47) - PAGE_SIZE)

/*
 * Largest gfn the MMU can map: host MAXPHYADDR (shadow_phys_bits) with TDP.
 * The model fixes it at 52 bits [mmu.h: kvm_mmu_max_gfn].
 */
#define KVM_MODEL_PHYS_BITS 52
static inline gfn_t kvm_mmu_max_gfn(void)
{
	return (1ULL << (KVM_MODEL_PHYS_BITS - PAGE_SHIFT)) - 1;
}

/* x86 page-table levels [arch/x86/include/asm/pgtable_types.h]. */
enum pg_level {
	PG_LEVEL_NONE,
	PG_LEVEL_4K,
	PG_LEVEL_2M,
	PG_LEVEL_1G,
	PG_LEVEL_NUM
};
#define KVM_MAX_HUGEPAGE_LEVEL PG_LEVEL_1G
#define KVM_HPAGE_GFN_SHIFT(level) (((level) - PG_LEVEL_4K) * 9)
#define KVM_PAGES_PER_HPAGE(level) (1ULL << KVM_HPAGE_GFN_SHIFT(level))

static inline gfn_t gfn_round_for_level(gfn_t gfn, int level)
{
	return gfn & -KVM_PAGES_PER_HPAGE(level);
}

/* ---- memslots ---------------------------------------------------------------- */

/* Reduced hlist for the id hash: the bucket is a list_head. */
#define KVM_MEM_SLOTS_HASH_BITS 7
#define KVM_MEM_SLOTS_HASH_SIZE (1U << KVM_MEM_SLOTS_HASH_BITS)

struct kvm_arch_memory_slot {
	/* Owned by the MMU (rmaps, lpage_info); NULL with kvm_nommu_ops. */
	void *mmu_private;
};

struct kvm_memory_slot {
	/* One node per memslot set (index = set's node_idx), as in the kernel. */
	struct list_head id_node[2];
	gfn_t base_gfn;
	unsigned long npages;
	unsigned long *dirty_bitmap;
	struct kvm_arch_memory_slot arch;
	unsigned long userspace_addr;
	u32 flags;
	short id;
	u16 as_id;

	struct {
		/*
		 * Written under slots_lock + the gmem invalidate_lock (bind,
		 * unbind, release); read locklessly by kvm_gmem_get_pfn via
		 * get_file_active-style pinning.
		 */
		struct file *file;
		pgoff_t pgoff;
	} gmem;
};

/*
 * A memslot set.  Two per address space; memslots[as_id] names the active one.
 * Readers (under kvm->srcu) only ever see the active set, writers (under
 * slots_lock) only modify the inactive one, so the arrays need no lock.
 */
struct kvm_memslots {
	u64 generation;		/* READ_ONCE by readers; bit 63 = update in flight */
	/* Slot of the last successful gfn lookup (kernel: atomic_long). */
	struct kvm_memory_slot *last_used_slot;
	/* gfn "tree": slots sorted by base_gfn, no duplicate keys (BUG). */
	struct kvm_memory_slot **gfn_sorted;
	unsigned int nr_slots;
	unsigned int cap_slots;
	struct list_head id_hash[KVM_MEM_SLOTS_HASH_SIZE];
	int node_idx;
};

enum kvm_mr_change {
	KVM_MR_CREATE,
	KVM_MR_DELETE,
	KVM_MR_MOVE,
	KVM_MR_FLAGS_ONLY,
};

static inline bool kvm_slot_has_gmem(const struct kvm_memory_slot *slot)
{
	return slot && (slot->flags & KVM_MEM_GUEST_MEMFD);
}

static inline bool kvm_memslot_is_gmem_only(const struct kvm_memory_slot *slot)
{
	return slot && (slot->flags & KVM_MEMSLOT_GMEM_ONLY);
}

static inline bool kvm_is_visible_memslot(const struct kvm_memory_slot *slot)
{
	return slot && slot->id < KVM_USER_MEM_SLOTS && !(slot->flags & KVM_MEMSLOT_INVALID);
}

static inline bool kvm_slot_dirty_track_enabled(const struct kvm_memory_slot *slot)
{
	return slot->flags & KVM_MEM_LOG_DIRTY_PAGES;
}

static inline unsigned long kvm_dirty_bitmap_bytes(const struct kvm_memory_slot *slot)
{
	return ALIGN(slot->npages, BITS_PER_LONG) / 8;
}

static inline unsigned long __gfn_to_hva_memslot(const struct kvm_memory_slot *slot, gfn_t gfn)
{
	return slot->userspace_addr + (gfn - slot->base_gfn) * PAGE_SIZE;
}

static inline gfn_t hva_to_gfn_memslot(unsigned long hva, const struct kvm_memory_slot *slot)
{
	return slot->base_gfn + ((hva - slot->userspace_addr) >> PAGE_SHIFT);
}

/* ---- gfn ranges handed to the MMU ------------------------------------------- */

enum kvm_gfn_range_filter {
	KVM_FILTER_SHARED = BIT(0),
	KVM_FILTER_PRIVATE = BIT(1),
};

union kvm_mmu_notifier_arg {
	unsigned long attributes;
};

struct kvm_gfn_range {
	struct kvm_memory_slot *slot;
	gfn_t start;
	gfn_t end;
	union kvm_mmu_notifier_arg arg;
	enum kvm_gfn_range_filter attr_filter;
	bool may_block;
	bool lockless;
};

/* ---- the MMU boundary ---------------------------------------------------------- */

/*
 * What the generic control plane asks of the (x86) MMU.  In the kernel these
 * are kvm_arch_* / kvm_* functions in arch/x86/kvm; here they are one table per
 * VM so that the MMU issue (TDP or legacy shadow MMU) can be attached, and a
 * test can attach a recording MMU.  Every hook is called with the locks the
 * kernel holds at that call; the comment names them.
 */
struct kvm_arch_mmu_ops {
	const char *name;
	/* VM creation/teardown (kvm_mmu_init_vm / kvm_mmu_uninit_vm). */
	int (*init_vm)(struct kvm *kvm);
	void (*destroy_vm)(struct kvm *kvm);
	/*
	 * [mmu.c: kvm_unmap_gfn_range] zap SPTEs in @range honouring
	 * attr_filter; mmu_lock held for write; returns "TLB flush needed".
	 */
	bool (*unmap_gfn_range)(struct kvm *kvm, struct kvm_gfn_range *range);
	/* [kvm_flush_remote_tlbs] every vCPU's TLB is clean when this returns. */
	void (*flush_remote_tlbs)(struct kvm *kvm);
	/* [kvm_arch_flush_shadow_all] mmu_notifier release: zap everything. */
	void (*flush_shadow_all)(struct kvm *kvm);
	/*
	 * [kvm_arch_flush_shadow_memslot] slots_lock held, slots_arch_lock not;
	 * the INVALID copy is active and SRCU-synchronised.
	 */
	void (*flush_shadow_memslot)(struct kvm *kvm, struct kvm_memory_slot *slot);
	/* [kvm_alloc_memslot_metadata] rmaps + lpage_info for CREATE/MOVE. */
	int (*alloc_memslot_metadata)(struct kvm *kvm, struct kvm_memory_slot *new);
	/* [kvm_arch_free_memslot] */
	void (*free_memslot)(struct kvm *kvm, struct kvm_memory_slot *slot);
	/* [kvm_arch_commit_memory_region] after the final swap. */
	void (*commit_memory_region)(struct kvm *kvm, struct kvm_memory_slot *old,
				     const struct kvm_memory_slot *new, enum kvm_mr_change change);
	/* [kvm_arch_memslots_updated] generation moved on (MMIO SPTE gen). */
	void (*memslots_updated)(struct kvm *kvm, u64 gen);
	/*
	 * [hugepage_test_mixed] lpage_info MIXED flag of the huge page at
	 * @gfn/@level; used by the attribute pre pass (mmu_lock write).
	 */
	bool (*hugepage_test_mixed)(struct kvm *kvm, const struct kvm_memory_slot *slot,
				    gfn_t gfn, int level);
	/*
	 * [kvm_arch_post_set_memory_attributes] recompute MIXED flags after
	 * the new attributes are stored; mmu_lock write, after invalidate_end.
	 */
	bool (*post_set_memory_attributes)(struct kvm *kvm, struct kvm_gfn_range *range);
	/*
	 * [kvm_arch_mmu_enable_log_dirty_pt_masked] re-arm dirty logging of
	 * the 4K pages at @slot's @gfn_offset + the bits of @mask; mmu_lock
	 * write.  NULL: nothing is ever mapped.
	 */
	void (*enable_log_dirty_pt_masked)(struct kvm *kvm, struct kvm_memory_slot *slot,
					   gfn_t gfn_offset, unsigned long mask);
};

/* The honest table for a VM without an MMU: nothing mapped, nothing to zap. */
extern const struct kvm_arch_mmu_ops kvm_nommu_ops;

/* ---- guest_memfd <-> MMU boundary ---------------------------------------------- */

/*
 * "The fd hands KVM the pfn and the page size, and tells KVM when it takes
 * them away" (2021 guest_memfd design).  The MMU calls ->get_pfn on a private
 * (or gmem-only) fault; the backing calls kvm_gmem_invalidate_begin/end-style
 * hooks of the VM (kvm_mmu_invalidate_* + ops->unmap_gfn_range) when it takes
 * memory away.  kvm_gmem_ops is guest_memfd's implementation; another private
 * backing can be dropped in per VM (kvm->private_mem_ops).
 */
struct kvm_private_mem_ops {
	const char *name;
	/*
	 * [kvm_gmem_get_pfn] pfn backing @gfn, a reference on its folio in
	 * *@folio (the model has no struct page; the fault path drops it under
	 * mmu_lock), and the largest order
	 * the backing guarantees is physically contiguous and uniformly owned.
	 * Errors: -EFAULT (file closed / slot mismatch), -EIO (binding
	 * mismatch), -EHWPOISON, -ENOMEM.  kvm->srcu held.
	 */
	int (*get_pfn)(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn,
		       kvm_pfn_t *pfn, struct folio **folio, int *max_order);
	/* [kvm_gmem_bind] called for a new slot under slots_lock. */
	int (*bind)(struct kvm *kvm, struct kvm_memory_slot *slot, unsigned int fd,
		    loff_t offset);
	/* [kvm_gmem_unbind] called when a bound slot is freed (slots_lock). */
	void (*unbind)(struct kvm_memory_slot *slot);
};

extern const struct kvm_private_mem_ops kvm_gmem_ops;

/* ---- struct kvm ---------------------------------------------------------------- */

struct kvm_arch {
	unsigned long vm_type;
	bool has_private_mem;		/* SW_PROTECTED only */
	bool has_protected_state;	/* never, in the model (no SEV-ES/TDX) */
	bool disabled_quirk_slot_zap_all;	/* KVM_X86_QUIRK_SLOT_ZAP_ALL disabled */
};

struct kvm_vm_stat {
	u64 remote_tlb_flush;		/* kvm_flush_remote_tlbs() calls */
	u64 mmu_invalidate_begin;	/* begin() calls, for protocol tests */
	u64 memslot_swaps;		/* kvm_swap_active_memslots() calls */
};

struct kvm {
	/*
	 * mmu_lock (rwlock on x86, KVM_HAVE_MMU_RWLOCK): protects SPTEs and
	 * the mmu_invalidate_* fields; writers of those take it for write.
	 * Innermost KVM lock but for the MMU's own leaves.
	 */
	rwlock_t mmu_lock;
	/* kvm->lock: VM-wide state; outside slots_lock. */
	struct mutex lock;
	/*
	 * slots_lock: serialises memslot updates, attribute updates and
	 * gmem bind/unbind/release.  Never taken inside an SRCU read section
	 * (memslot updates synchronize_srcu while holding it).
	 */
	struct mutex slots_lock;
	/*
	 * slots_arch_lock: held from reading the active memslots until the
	 * new set is published; dropped before synchronize_srcu so that it
	 * may be taken inside SRCU read sections.
	 */
	struct mutex slots_arch_lock;
	struct mm_struct *mm;		/* userspace tied to this VM */
	/* The host configuration the VM was created on (never changes). */
	const struct kvm_host_profile *host;
	unsigned long nr_memslot_pages;	/* sum of npages; under slots_lock */
	/*
	 * Model only: KVM_GET_DIRTY_LOG has write-protected SPTEs and not yet
	 * flushed (kvm_get_dirty_log_protect flushes after mmu_lock, under
	 * slots_lock), so a writable TLB entry may outlive its writable SPTE.
	 * Written under slots_lock; read by the invariant checker.
	 */
	bool dirty_log_flush_pending;
	/* Backing store of the four memslot sets. */
	struct kvm_memslots __memslots[KVM_MAX_NR_ADDRESS_SPACES][2];
	/* The active set of each address space; RCU/SRCU-published. */
	struct kvm_memslots *memslots[KVM_MAX_NR_ADDRESS_SPACES];
	/*
	 * Grown gfn array for the *active* set, allocated before an update
	 * (where ENOMEM can still be returned) and installed once that set is
	 * inactive and SRCU-quiet: readers may be scanning the old array.
	 */
	struct kvm_memory_slot **memslots_spare[KVM_MAX_NR_ADDRESS_SPACES];
	unsigned int memslots_spare_cap[KVM_MAX_NR_ADDRESS_SPACES];
	/* Readers of memslots and of slot contents (every vCPU exit). */
	struct srcu_struct srcu;
	refcount_t users_count;
	atomic_t nr_memslots_dirty_logging;

	/*
	 * mn_invalidate_lock (spinlock): protects mn_active_invalidate_count
	 * and the publish step of a memslot swap; leaf inside slots_arch_lock.
	 */
	spinlock_t mn_invalidate_lock;
	/* mmu_notifier start() calls without end(); swaps wait for 0. */
	unsigned long mn_active_invalidate_count;
	/* A memslot swap waits for the count (rcuwait_active); one at most. */
	bool mn_memslots_update_waiting;
	struct mmu_notifier mmu_notifier;
	bool mmu_notifier_registered;

	/* Invalidation protocol; written under mmu_lock (write). */
	unsigned long mmu_invalidate_seq;
	long mmu_invalidate_in_progress;
	gfn_t mmu_invalidate_range_start;
	gfn_t mmu_invalidate_range_end;

	/* gfn -> attributes (xa_mk_value); written under slots_lock, read RCU. */
	struct xarray mem_attr_array;

	struct kvm_arch arch;
	const struct kvm_arch_mmu_ops *mmu_ops;
	void *mmu_private;			/* owned by mmu_ops */
	const struct kvm_private_mem_ops *private_mem_ops;

	struct kvm_vm_stat stat;
	bool vm_dead;				/* READ_ONCE: every ioctl -> -EIO */
	bool vm_bugged;
};

/* ---- VM lifetime (kvm_main.c) ---------------------------------------------------- */

/*
 * KVM_CREATE_VM: @type is KVM_X86_DEFAULT_VM or KVM_X86_SW_PROTECTED_VM; @mm
 * is the creating process (its mmu_notifier is registered).  Returns the VM
 * with one reference (the VM fd's) or ERR_PTR(-EINVAL/-ENOMEM).
 */
struct kvm *kvm_create_vm(unsigned long type, struct mm_struct *mm);
/* Attach an MMU before the first memslot exists (the default is kvm_nommu_ops). */
int kvm_attach_mmu(struct kvm *kvm, const struct kvm_arch_mmu_ops *ops);
void kvm_get_kvm(struct kvm *kvm);
bool kvm_get_kvm_safe(struct kvm *kvm);
void kvm_put_kvm(struct kvm *kvm);
void kvm_put_kvm_no_destroy(struct kvm *kvm);
/* close() of the VM fd: drops the VM fd's reference. */
void kvm_vm_release(struct kvm *kvm);
void kvm_vm_dead(struct kvm *kvm);
void kvm_vm_bugged(struct kvm *kvm);

/*
 * KVM VM ioctl entry: the common prologue of 2.0 (mm mismatch or dead VM ->
 * -EIO; NULL argument -> -EFAULT) then dispatch.  @caller_mm is the calling
 * process's mm.  KVM_CHECK_EXTENSION takes the capability as @arg (a long).
 */
long kvm_vm_ioctl(struct kvm *kvm, struct mm_struct *caller_mm, unsigned int ioctl,
		  unsigned long arg);
/* /dev/kvm KVM_CHECK_EXTENSION (system-wide) and the VM one. */
int kvm_dev_ioctl_check_extension(long ext);
long kvm_dev_ioctl(unsigned int ioctl, unsigned long arg);
int kvm_vm_ioctl_check_extension(struct kvm *kvm, long ext);

/* x86 arch queries. */
static inline bool kvm_arch_has_private_mem(const struct kvm *kvm)
{
	return kvm->arch.has_private_mem;
}

static inline int kvm_arch_nr_memslot_as_ids(const struct kvm *kvm)
{
	return kvm_arch_has_private_mem(kvm) ? 1 : kvm_host_max_nr_address_spaces(kvm->host);
}

static inline bool kvm_arch_has_readonly_mem(const struct kvm *kvm)
{
	return !kvm->arch.has_protected_state;
}

/* x86: INIT_SHARED is for VMs without private memory [x86.c]. */
static inline bool kvm_arch_supports_gmem_init_shared(const struct kvm *kvm)
{
	return !kvm_arch_has_private_mem(kvm);
}

static inline u64 kvm_gmem_get_supported_flags(const struct kvm *kvm)
{
	u64 flags = GUEST_MEMFD_FLAG_MMAP;

	if (!kvm || kvm_arch_supports_gmem_init_shared(kvm))
		flags |= GUEST_MEMFD_FLAG_INIT_SHARED;
	return flags;
}

/* ---- memslots (memslot.c) ------------------------------------------------------------ */

int kvm_vm_ioctl_set_memory_region(struct kvm *kvm,
				   const struct kvm_userspace_memory_region2 *mem, bool v2);
/* Same, for a v1 struct (widened as kvm_vm_ioctl does). */
int kvm_vm_ioctl_set_memory_region_v1(struct kvm *kvm,
				      const struct kvm_userspace_memory_region *mem);

/* ---- dirty logging (dirty_log.c) ------------------------------------------------------ */

/* [mark_page_dirty_in_slot] @gfn of @memslot was made writable or written. */
void mark_page_dirty_in_slot(struct kvm *kvm, const struct kvm_memory_slot *memslot, gfn_t gfn);
/* [kvm_vm_ioctl_get_dirty_log] KVM_GET_DIRTY_LOG: harvest and re-protect. */
int kvm_vm_ioctl_get_dirty_log(struct kvm *kvm, struct kvm_dirty_log *log);

/* Active set of @as_id; caller holds kvm->srcu or slots_lock. */
struct kvm_memslots *__kvm_memslots(struct kvm *kvm, int as_id);
static inline struct kvm_memslots *kvm_memslots(struct kvm *kvm)
{
	return __kvm_memslots(kvm, 0);
}

struct kvm_memory_slot *id_to_memslot(struct kvm_memslots *slots, int id);
/* gfn lookup with last_used_slot caching [__gfn_to_memslot]. */
struct kvm_memory_slot *__gfn_to_memslot(struct kvm_memslots *slots, gfn_t gfn);
/* Without touching last_used_slot [search_memslots]. */
struct kvm_memory_slot *search_memslots(struct kvm_memslots *slots, gfn_t gfn, bool approx);
struct kvm_memory_slot *gfn_to_memslot(struct kvm *kvm, gfn_t gfn);
bool kvm_is_visible_gfn(struct kvm *kvm, gfn_t gfn);
/* KVM_HVA_ERR_BAD for no slot / INVALID slot. */
#define KVM_HVA_ERR_BAD (PAGE_OFFSET_MODEL)
#define PAGE_OFFSET_MODEL (0xffff880000000000UL)
#define KVM_HVA_ERR_RO_BAD (PAGE_OFFSET_MODEL + PAGE_SIZE)
static inline bool kvm_is_error_hva(unsigned long addr)
{
	return addr >= PAGE_OFFSET_MODEL;
}
unsigned long gfn_to_hva_memslot_prot(struct kvm_memory_slot *slot, gfn_t gfn, bool *writable);
struct folio;
int kvm_prefetch_pages(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn,
		       struct folio **folios, unsigned long *pfns, int nr_pages);

/*
 * Iterate the slots of @slots whose gfn range intersects [start, end): the
 * kernel's kvm_for_each_memslot_in_gfn_range.  Set must be stable (srcu or
 * slots_lock).
 */
struct kvm_memslot_iter {
	struct kvm_memslots *slots;
	unsigned int idx;
	gfn_t end;
	struct kvm_memory_slot *slot;
};
void kvm_memslot_iter_start(struct kvm_memslot_iter *iter, struct kvm_memslots *slots,
			    gfn_t start, gfn_t end);
bool kvm_memslot_iter_is_valid(struct kvm_memslot_iter *iter);
void kvm_memslot_iter_next(struct kvm_memslot_iter *iter);
#define kvm_for_each_memslot_in_gfn_range(iter, slots, start, end)                            \
	for (kvm_memslot_iter_start(iter, slots, start, end); kvm_memslot_iter_is_valid(iter); \
	     kvm_memslot_iter_next(iter))

/* Every slot of a set in gfn order. */
#define kvm_for_each_memslot(slot, i, slots)                                                   \
	for ((i) = 0; (i) < (slots)->nr_slots && ((slot) = (slots)->gfn_sorted[i], 1); (i)++)

/* Slots whose hva range intersects [start, last] (inclusive), in gfn order. */
struct kvm_memory_slot *kvm_memslot_next_in_hva_range(struct kvm_memslots *slots,
						       unsigned int *pos, unsigned long start,
						       unsigned long last);
#define kvm_for_each_memslot_in_hva_range(slot, pos, slots, start, last)                       \
	for ((pos) = 0; ((slot) = kvm_memslot_next_in_hva_range(slots, &(pos), start, last)); )

/* ---- memory attributes (attributes.c) -------------------------------------------------- */

int kvm_vm_ioctl_set_mem_attributes(struct kvm *kvm, const struct kvm_memory_attributes *attrs);
u64 kvm_supported_mem_attributes(struct kvm *kvm);
unsigned long kvm_get_memory_attributes(struct kvm *kvm, gfn_t gfn);
bool kvm_range_has_memory_attributes(struct kvm *kvm, gfn_t start, gfn_t end,
				     unsigned long mask, unsigned long attrs);
static inline bool kvm_mem_is_private(struct kvm *kvm, gfn_t gfn)
{
	return kvm_get_memory_attributes(kvm, gfn) & KVM_MEMORY_ATTRIBUTE_PRIVATE;
}

/* ---- invalidation protocol (mmu_invalidate.c) ----------------------------------------- */

void kvm_mmu_invalidate_begin(struct kvm *kvm);
void kvm_mmu_invalidate_range_add(struct kvm *kvm, gfn_t start, gfn_t end);
void kvm_mmu_invalidate_end(struct kvm *kvm);
/* range_add + kvm_unmap_gfn_range: the handler of invalidations. */
bool kvm_mmu_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range);
/* Zap via the MMU; asserts in_progress or slots_lock (zap authority). */
bool kvm_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range);
void kvm_flush_remote_tlbs(struct kvm *kvm);
void kvm_flush_shadow_all(struct kvm *kvm);

#define KVM_MMU_LOCK(kvm) write_lock(&(kvm)->mmu_lock)
#define KVM_MMU_UNLOCK(kvm) write_unlock(&(kvm)->mmu_lock)

/* Fault side: sample before any lookup [kvm_mmu_faultin_pfn]. */
static inline unsigned long kvm_mmu_invalidate_seq_sample(struct kvm *kvm)
{
	unsigned long seq = READ_ONCE(kvm->mmu_invalidate_seq);

	/* Orders the sample before the attribute/memslot/pfn lookups. */
	smp_rmb();
	return seq;
}

/* mmu_lock held (read or write). */
int mmu_invalidate_retry(struct kvm *kvm, unsigned long mmu_seq);
int mmu_invalidate_retry_gfn(struct kvm *kvm, unsigned long mmu_seq, gfn_t gfn);
/* Lockless pre-check; false negatives allowed, never a false "no retry" at end. */
bool mmu_invalidate_retry_gfn_unsafe(struct kvm *kvm, unsigned long mmu_seq, gfn_t gfn);

/*
 * mmu_notifier glue (3.3 A), registered on kvm->mm at VM creation.  Also
 * callable directly (the model's host mm calls the ops).
 */
extern const struct mmu_notifier_ops kvm_mmu_notifier_ops;
int kvm_init_mmu_notifier(struct kvm *kvm);

/* ---- guest_memfd (guest_memfd.c) ------------------------------------------------------- */

/* KVM_CREATE_GUEST_MEMFD: returns the new fd (>= 0) or a negative errno. */
int kvm_gmem_create(struct kvm *kvm, const struct kvm_create_guest_memfd *args);
int kvm_gmem_bind(struct kvm *kvm, struct kvm_memory_slot *slot, unsigned int fd, loff_t offset);
void kvm_gmem_unbind(struct kvm_memory_slot *slot);
int kvm_gmem_get_pfn(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn, kvm_pfn_t *pfn,
		     struct folio **folio, int *max_order);
/* Is @file a guest_memfd file? */
bool file_is_kvm_gmem(const struct file *file);
/* The open guest_memfd file behind @fd (a reference), or NULL. */
struct file *kvm_gmem_fget(unsigned int fd);

#endif /* _GMEMSIM_LINUX_KVM_HOST_H */
