/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: struct kvm_vcpu and struct kvm_run
 * (include/linux/kvm_host.h, include/uapi/linux/kvm.h), the guest-mode and
 * request protocol (kvm_vcpu_exiting_guest_mode, kvm_make_all_cpus_request,
 * vcpu_enter_guest in arch/x86/kvm/x86.c), and KVM_PRE_FAULT_MEMORY,
 * Linux 6.18.
 *
 * A vCPU of the model executes one guest memory access at a time
 * (kvm_vcpu_access) the way the CPU would: in guest mode it looks the gfn up
 * in its TLB, else walks the SPTEs of its root and fills the TLB; a missing
 * or insufficient SPTE is an EPT violation (an MMIO SPTE an EPT
 * misconfiguration) that exits guest mode into the MMU's fault handler, which
 * resolves it, retries it, or exits to userspace as KVM_RUN would.
 *
 * The TLB holds (gfn -> pfn, level, permissions, folio generation).  A remote
 * flush (kvm_flush_remote_tlbs) empties every vCPU's TLB before it returns:
 * a vCPU outside guest mode is emptied by the flusher, one inside is asked
 * (KVM_REQ_TLB_FLUSH) and waited for until it leaves guest mode, as the
 * kernel's request-and-kick with KVM_REQUEST_WAIT does.  Every access
 * through a TLB entry or SPTE re-checks the folio generation: a stale one is
 * a use-after-free, reported at the access.
 *
 * Simplified: no registers, no instruction emulation beyond the MMIO /
 * emulation-failure exit an access to no memory produces, no interrupts, no
 * nested paging, no SMM (address space 0 only); an access is 8 bytes (one
 * content word of the page).
 */
#ifndef _GMEMSIM_LINUX_KVM_VCPU_H
#define _GMEMSIM_LINUX_KVM_VCPU_H

#include <linux/kvm_host.h>

/* [uapi kvm.h] exit reasons the MMU produces (KVM_EXIT_MEMORY_FAULT is in kvm.h). */
#define KVM_EXIT_UNKNOWN 0
#define KVM_EXIT_MMIO 6
#define KVM_EXIT_INTR 10
#define KVM_EXIT_INTERNAL_ERROR 17
#define KVM_INTERNAL_ERROR_EMULATION 1

/* [uapi struct kvm_run], the members an MMU exit fills. */
struct kvm_run {
	u32 exit_reason;
	union {
		struct {
			u64 phys_addr;
			u64 data;
			u32 len;
			u8 is_write;
		} mmio;
		struct {
			u64 flags;
			u64 gpa;
			u64 size;
		} memory_fault;
		struct {
			u32 suberror;
			u32 ndata;
			u64 data[4];
		} internal;
	};
};

enum kvm_access_type {
	KVM_ACCESS_READ,
	KVM_ACCESS_WRITE,
	KVM_ACCESS_EXEC,
};

/*
 * How the guest addresses the gpa.  KVM_VIEW_ATTRIBUTES is the
 * SW-protected VM (and default VM): the hardware has no private bit, KVM
 * takes privateness from the attributes at fault time
 * (kvm_mmu_page_fault).  KVM_VIEW_SHARED / KVM_VIEW_PRIVATE model a guest
 * whose access itself says which (a CoCo guest's C-bit / shared bit): the
 * fault carries PFERR_PRIVATE_ACCESS from the access, so a mismatch with the
 * attributes is a KVM_EXIT_MEMORY_FAULT.
 */
enum kvm_guest_view {
	KVM_VIEW_ATTRIBUTES,
	KVM_VIEW_SHARED,
	KVM_VIEW_PRIVATE,
};

#define KVM_TLB_WAYS 64

/* One cached translation; owned by the vCPU in guest mode or a flusher. */
struct kvm_tlb_entry {
	gfn_t gfn;			/* first gfn of the (huge) page; valid if level */
	kvm_pfn_t pfn;			/* its first pfn */
	struct folio *folio;		/* type-stable: checked through gen */
	u64 gen;			/* folio generation when the SPTE was made */
	u8 level;			/* 0: empty */
	bool writable;
	bool exec;
	bool private;			/* mapped by a private-view access */
};

/* vcpu->mode [kvm_host.h: OUTSIDE_GUEST_MODE, IN_GUEST_MODE] + the model's flusher state. */
enum {
	OUTSIDE_GUEST_MODE,
	IN_GUEST_MODE,
	TLB_FLUSHING_MODE,	/* a remote flush is emptying this TLB */
};

/* vcpu->requests bits [KVM_REQ_*]. */
#define KVM_REQ_TLB_FLUSH 0
#define KVM_REQ_MMU_FREE_OBSOLETE_ROOTS 1

struct kvm_mmu_page;

/*
 * Written only by the vCPU's own thread (as KVM_RUN and vCPU ioctls hold
 * vcpu->mutex); read by the replay after the run.
 */
struct kvm_vcpu_stat {
	u64 accesses;
	u64 tlb_hits;
	u64 walks;		/* TLB misses resolved by an SPTE walk */
	u64 faults;		/* exits into kvm_mmu_page_fault */
	u64 pf_taken;		/* [vcpu->stat.pf_taken] faults that reached kvm_mmu_do_page_fault */
	/*
	 * Faults that ended RET_PF_RETRY: nothing was mapped and the guest
	 * re-executes (an invalidation raced the fault, an INVALID slot, an
	 * obsolete root, a lost cmpxchg).  Not the re-entry after a fixed
	 * fault, which every fault has: that is reentries.
	 */
	u64 retries;
	/*
	 * Model only, where a retry was decided: before mmu_lock (INVALID
	 * slot, the unsafe pre-checks, a poisoned page) or by
	 * is_page_fault_stale under it.
	 */
	u64 pf_retry_unlocked;
	u64 pf_retry_stale;
	u64 reentries;		/* guest re-entries after a handled fault, any outcome */
	u64 pf_fixed;		/* [vcpu->stat.pf_fixed] RET_PF_FIXED */
	u64 pf_spurious;	/* [vcpu->stat.pf_spurious] RET_PF_SPURIOUS */
	u64 pf_emulate;		/* [vcpu->stat.pf_emulate] RET_PF_EMULATE */
	u64 exits;		/* returns to userspace */
};

struct kvm_vcpu {
	struct kvm *kvm;
	int vcpu_id;
	/*
	 * OUTSIDE / IN_GUEST / TLB_FLUSHING; changed by cmpxchg (vCPU entry,
	 * flusher) and a release store (exit, flush done): hands the TLB
	 * between the vCPU and flushers.
	 */
	int mode;
	unsigned long requests;		/* KVM_REQ_* bits, atomic bit ops */
	/* Root in use (a reference); changed only outside guest mode. */
	struct kvm_mmu_page *root;
	struct kvm_tlb_entry tlb[PG_LEVEL_NUM - 1][KVM_TLB_WAYS];
	struct kvm_run run;
	/* [mmu_page_cache] page-table pages topped up outside mmu_lock. */
	void *mmu_page_cache[8];
	int mmu_page_cache_nr;
	gfn_t retry_gfn;		/* det mode: the gfn a retried fault waits on */
	/* A signal is pending for the vCPU thread (tests set it): -EINTR. */
	bool signal_pending;
	/* SIGBUS(BUS_MCEERR_AR) was sent by kvm_send_hwpoison_signal. */
	bool hwpoison_signal;
	/* [kvm_vcpu_gfn_to_memslot] the vCPU's slot hint, valid for one generation */
	struct kvm_memory_slot *last_used_slot;
	u64 last_used_slot_gen;
	struct kvm_vcpu_stat stat;
	/*
	 * Model: the leaves this vCPU's faults installed while a caller (the
	 * trace runner, around one access) had the log on; what the kernel's
	 * kvm_mmu_set_spte trace event reports.  Written by the vCPU's own
	 * thread only.
	 */
	struct kvm_spte_log {
		bool on;
		gfn_t base;		/* 8-aligned: the prefetch group of the access */
		u8 mask;		/* bit i: a 4K leaf for base + i */
		u32 other;		/* leaves outside the group, or huge */
	} spte_log;
};

/*
 * [trace_kvm_mmu_set_spte] A fault of @vcpu (or its prefetch) installed a
 * leaf for @gfn at @level.
 */
static inline void trace_kvm_mmu_set_spte(struct kvm_vcpu *vcpu, gfn_t gfn, int level)
{
	struct kvm_spte_log *log = &vcpu->spte_log;

	if (!log->on)
		return;
	if (level == 1 && gfn - log->base < 8)
		log->mask |= (u8)(1u << (gfn - log->base));
	else
		log->other++;
}

/* KVM_CREATE_VCPU (the MMU must be attached). ERR_PTR(-EINVAL/-EEXIST/-ENOMEM). */
struct kvm_vcpu *kvm_vcpu_create(struct kvm *kvm, int id);
/* Destroy a vCPU (kvm_vcpu_destroy); VM teardown destroys those left. */
void kvm_vcpu_destroy(struct kvm_vcpu *vcpu);

/*
 * One guest access of 8 bytes at @gpa inside KVM_RUN.  Returns, with the
 * kernel's exit-handler convention:
 *   1        the access retired (a read stores the page's word in *@value,
 *            a write stores *@value); the guest goes on;
 *   0        KVM_RUN returned 0 with run.exit_reason KVM_EXIT_MMIO (a
 *            read/write of no memory, a write to a READONLY slot) or
 *            KVM_EXIT_INTERNAL_ERROR (an instruction fetch from no memory);
 *   -errno   KVM_RUN failed: -EFAULT / -EHWPOISON / -ENOMEM / -EIO with
 *            run.exit_reason KVM_EXIT_MEMORY_FAULT (2.6) or with a stale
 *            exit_reason (shared GUP failure: -EFAULT), -EINTR with
 *            KVM_EXIT_INTR (signal pending), -EHWPOISON with
 *            hwpoison_signal set for a poisoned shared page (the kernel
 *            sends SIGBUS and the signal ends KVM_RUN).
 */
/* gfn lookup with the vCPU's own last_used_slot hint; kvm->srcu held. */
struct kvm_memory_slot *kvm_vcpu_gfn_to_memslot(struct kvm_vcpu *vcpu, gfn_t gfn);

int kvm_vcpu_access(struct kvm_vcpu *vcpu, gpa_t gpa, enum kvm_access_type type,
		    enum kvm_guest_view view, u64 *value);

static inline int kvm_vcpu_read(struct kvm_vcpu *vcpu, gpa_t gpa, u64 *value)
{
	return kvm_vcpu_access(vcpu, gpa, KVM_ACCESS_READ, KVM_VIEW_ATTRIBUTES, value);
}

static inline int kvm_vcpu_write(struct kvm_vcpu *vcpu, gpa_t gpa, u64 value)
{
	return kvm_vcpu_access(vcpu, gpa, KVM_ACCESS_WRITE, KVM_VIEW_ATTRIBUTES, &value);
}

/* Is a translation for @gfn in @vcpu's TLB?  Tests only: racy by nature. */
bool kvm_vcpu_tlb_has(struct kvm_vcpu *vcpu, gfn_t gfn);
/* Number of valid TLB entries (tests: empty after a flush). */
unsigned int kvm_vcpu_tlb_count(struct kvm_vcpu *vcpu);

/* ---- KVM_PRE_FAULT_MEMORY (2.8) --------------------------------------------- */

struct kvm_pre_fault_memory {
	u64 gpa;
	u64 size;
	u64 flags;
	u64 padding[5];
};

/*
 * [kvm_vcpu_ioctl(KVM_PRE_FAULT_MEMORY)] @caller_mm is the calling process
 * (mismatch: -EIO).  Maps [gpa, gpa + size) as the vCPU's faults would,
 * advancing @range as it goes (copied back even on error).  Returns 0 if any
 * byte was done, else -EIO, -EINVAL, -EINTR, -EOPNOTSUPP, -EAGAIN, -ENOENT or
 * the fault's errno.
 */
int kvm_vcpu_pre_fault_memory(struct kvm_vcpu *vcpu, struct mm_struct *caller_mm,
			      struct kvm_pre_fault_memory *range);

#endif /* _GMEMSIM_LINUX_KVM_VCPU_H */
