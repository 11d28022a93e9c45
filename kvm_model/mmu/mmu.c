// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: arch/x86/kvm/mmu/mmu.c (Linux 6.18): the fault front
 * half shared by both MMUs (kvm_mmu_page_fault, kvm_mmu_do_page_fault,
 * kvm_tdp_mmu_page_fault / direct_page_fault, kvm_mmu_faultin_pfn,
 * __kvm_mmu_faultin_pfn, kvm_mmu_faultin_pfn_gmem, kvm_handle_noslot_fault,
 * kvm_handle_error_pfn, is_page_fault_stale, kvm_mmu_finish_page_fault), the
 * huge-page decisions (in hugepage.c: kvm_mmu_max_mapping_level,
 * host_pfn_mapping_level, kvm_mmu_hugepage_adjust, lpage_info, MIXED), the arch hooks
 * the control plane calls (kvm_unmap_gfn_range, kvm_arch_flush_shadow_*,
 * kvm_alloc_memslot_metadata, kvm_arch_post_set_memory_attributes,
 * kvm_mmu_zap_all_fast), and remote TLB flushes (kvm_flush_remote_tlbs).
 *
 * What the kernel does where the reference is silent (read in mmu.c 6.18):
 *  - a slot marked INVALID makes a prefetch (KVM_PRE_FAULT_MEMORY) fault
 *    return -EAGAIN and a vCPU fault RET_PF_RETRY;
 *  - the final stale check under mmu_lock (is_page_fault_stale) only applies
 *    mmu_invalidate_retry_gfn when the fault has a memslot: a no-slot fault
 *    installs an MMIO SPTE whose validity is the memslot generation;
 *  - noslot faults for a gfn above the host MAXPHYADDR, or with MMIO
 *    caching off, emulate without an SPTE; RSVD (MMIO SPTE) faults are always
 *    shared, and a stale-generation MMIO SPTE sends the fault to the slow path
 *    (RET_PF_INVALID from handle_mmio_page_fault);
 *  - GUP for a read fault asks for a writable page only opportunistically
 *    (hva_to_pfn_fast with FOLL_WRITE, then the slow path without it, then
 *    another fast try with FOLL_WRITE), so a read fault on a host page that is
 *    not yet writable maps it read-only.
 *
 * Simplified: no fast_page_fault: a write to an SPTE that KVM_GET_DIRTY_LOG
 * write-protected (MMU-writable, not writable) takes the slow path, which
 * installs the same pfn writable and marks the page dirty, as the lockless
 * cmpxchg of the fast path would (the fault and its outcome are the same;
 * only the lock taken differs), no page tracking, no async page faults (GUP never waits for I/O), no NX-hugepage
 * mitigation, no MMIO caching knob (always on).  The host mapping level is
 * computed from the host page table the model has: it maps only 4K PTEs, so
 * a 2M host mapping is 512 present PTEs of one 2M folio in order (what a
 * PMD mapping of it would translate); there is no 1G host mapping (no
 * hugetlbfs, no PUD THP).
 */
#include <linux/bug_inject.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <string.h>

#include "kvm_model/mmu/mmu_internal.h"

/* ---- page-table pages --------------------------------------------------------- */

/* Enough for a 4-level walk plus a root [PT64_ROOT_MAX_LEVEL + 1]. */
#define KVM_MMU_PAGE_CACHE_MIN 5

int kvm_mmu_topup_memory_cache(struct kvm_vcpu *vcpu)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(vcpu->kvm);

	while (vcpu->mmu_page_cache_nr < KVM_MMU_PAGE_CACHE_MIN) {
		void *obj = kmem_cache_alloc(vm->sp_cache, GFP_KERNEL_ACCOUNT);

		if (!obj)
			return -ENOMEM;
		vcpu->mmu_page_cache[vcpu->mmu_page_cache_nr++] = obj;
	}
	return 0;
}

void kvm_mmu_free_memory_cache(struct kvm_vcpu *vcpu)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(vcpu->kvm);

	while (vcpu->mmu_page_cache_nr)
		kmem_cache_free(vm->sp_cache, vcpu->mmu_page_cache[--vcpu->mmu_page_cache_nr]);
}

/* Under mmu_lock: never sleeps, never fails once topped up. */
struct kvm_mmu_page *kvm_mmu_alloc_page(struct kvm_vcpu *vcpu, int level, gfn_t gfn)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_page *sp;
	int i;

	if (WARN_ON_ONCE(!vcpu->mmu_page_cache_nr))
		return NULL;
	sp = vcpu->mmu_page_cache[--vcpu->mmu_page_cache_nr];
	memset(sp, 0, sizeof(*sp));
	for (i = 0; i < SPTE_ENT_PER_PAGE; i++)
		sp->spt[i] = SHADOW_NONPRESENT_VALUE;
	INIT_LIST_HEAD(&sp->link);
	INIT_LIST_HEAD(&sp->zap_link);
	sp->kvm = kvm;
	sp->level = level;
	sp->gfn = gfn_round_for_level(gfn, level + 1);
	/* The new page is linked (published) by a cmpxchg or under the write lock. */
	atomic_long_inc(&vm->stat.pages);
	return sp;
}

void kvm_mmu_free_page(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	atomic_long_dec(&vm->stat.pages);
	atomic_long_inc(&vm->stat.pages_freed);
	mmu_written_lost(kvm);
	kmem_cache_free(vm->sp_cache, sp);
}

/* ---- remote TLB flushes ---------------------------------------------------------- */

static bool vcpu_left_guest_mode(const void *arg)
{
	const struct kvm_vcpu *vcpu = arg;

	/* Pairs with the release store of vcpu_exit_guest_mode(). */
	return smp_load_acquire(&vcpu->mode) != IN_GUEST_MODE;
}

static void tlb_clear_range(struct kvm_vcpu *vcpu, gfn_t start, gfn_t end)
{
	int l, i;

	for (l = 0; l < PG_LEVEL_NUM - 1; l++) {
		for (i = 0; i < KVM_TLB_WAYS; i++) {
			struct kvm_tlb_entry *e = &vcpu->tlb[l][i];

			if (!e->level)
				continue;
			if (e->gfn + KVM_PAGES_PER_HPAGE(e->level) <= start || e->gfn >= end)
				continue;
			e->level = 0;
		}
	}
}

/*
 * [kvm_make_all_cpus_request(KVM_REQ_TLB_FLUSH) with KVM_REQUEST_WAIT]: take
 * each vCPU's TLB from it (it is outside guest mode) and empty the range, or
 * post the request and wait for it to leave guest mode, then try again.
 */
static void kvm_mmu_flush_vcpus(struct kvm *kvm, gfn_t start, gfn_t end)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	/* Acquire: a vCPU published by kvm_vcpu_create is fully initialised. */
	int nr = smp_load_acquire(&vm->nr_vcpus);
	int i;

	for (i = 0; i < nr; i++) {
		struct kvm_vcpu *vcpu = READ_ONCE(vm->vcpus[i]);
		int old;

		if (!vcpu)
			continue;
		for (;;) {
			old = OUTSIDE_GUEST_MODE;
			/* Owning the TLB: the vCPU cannot enter until we hand it back. */
			if (try_cmpxchg(&vcpu->mode, &old, TLB_FLUSHING_MODE))
				break;
			/* Another flusher owns it: its flush may cover less, wait and redo. */
			set_bit(KVM_REQ_TLB_FLUSH, &vcpu->requests);
			sched_wait_until(vcpu_left_guest_mode, vcpu, "tlb flush ack", "vcpu->mode");
			if (old == TLB_FLUSHING_MODE)
				sched_point("kvm_mmu_flush_vcpus: busy");
		}
		tlb_clear_range(vcpu, start, end);
		atomic_long_inc(&vm->stat.tlb_flush_vcpu);
		/* Hands the emptied TLB back; pairs with the vCPU's entry cmpxchg. */
		smp_store_release(&vcpu->mode, OUTSIDE_GUEST_MODE);
	}
}

static void kvm_mmu_flush_remote_tlbs(struct kvm *kvm)
{
	kvm_mmu_flush_vcpus(kvm, 0, ~(gfn_t)0);
}

/*
 * [kvm_flush_remote_tlbs_range] Also called under mmu_lock held for read, so
 * kvm->stat (a plain counter kvm-ctl bumps under the write lock) is not touched.
 */
void kvm_flush_remote_tlbs_range(struct kvm *kvm, gfn_t gfn, u64 nr_pages)
{
	kvm_mmu_flush_vcpus(kvm, gfn, gfn + nr_pages);
}

/* ---- the fault front half (3.4) --------------------------------------------------- */

static int kvm_max_level_for_order(int order)
{
	if (order >= KVM_HPAGE_GFN_SHIFT(PG_LEVEL_1G))
		return PG_LEVEL_1G;
	if (order >= KVM_HPAGE_GFN_SHIFT(PG_LEVEL_2M))
		return PG_LEVEL_2M;
	return PG_LEVEL_4K;
}

/* [kvm_mmu_prepare_memory_fault_exit] flags describe the fault, not the attribute. */
static void kvm_mmu_prepare_memory_fault_exit(struct kvm_vcpu *vcpu,
					      struct kvm_page_fault *fault)
{
	vcpu->run.exit_reason = KVM_EXIT_MEMORY_FAULT;
	vcpu->run.memory_fault.flags = fault->is_private ? KVM_MEMORY_EXIT_FLAG_PRIVATE : 0;
	vcpu->run.memory_fault.gpa = fault->gfn << PAGE_SHIFT;
	vcpu->run.memory_fault.size = PAGE_SIZE;
}

/* [kvm_release_faultin_page] under mmu_lock: the SPTE holds no reference. */
static void kvm_mmu_finish_page_fault(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault, int r)
{
	if (!fault->refcounted_page)
		return;
	/* Unused on RETRY, else dirty/accessed: the model has no such bits. */
	folio_put(fault->refcounted_page);
	fault->refcounted_page = NULL;
}

static int kvm_mmu_faultin_pfn_gmem(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm *kvm = vcpu->kvm;
	int max_order, r;

	if (!kvm_slot_has_gmem(fault->slot)) {
		kvm_mmu_prepare_memory_fault_exit(vcpu, fault);
		return -EFAULT;
	}

	r = kvm->private_mem_ops->get_pfn(kvm, fault->slot, fault->gfn, &fault->pfn,
					  &fault->refcounted_page, &max_order);
	if (r) {
		kvm_mmu_prepare_memory_fault_exit(vcpu, fault);
		return r;
	}

	fault->folio_gen = folio_gen(fault->refcounted_page);
	fault->map_writable = !(fault->slot->flags & KVM_MEM_READONLY);
	fault->max_level = kvm_max_level_for_order(max_order);
	return RET_PF_CONTINUE;
}

/*
 * [__kvm_faultin_pfn -> kvm_follow_pfn -> hva_to_pfn] GUP of the slot's hva.
 * Returns 0 with a referenced folio, RET_PF_EMULATE for a write to a
 * READONLY slot (KVM_PFN_ERR_RO_FAULT), or the GUP errno.
 */
static int kvm_faultin_pfn_gup(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_memory_slot *slot = fault->slot;
	bool want_writable = !(slot->flags & KVM_MEM_READONLY);
	unsigned long hva, pfn;
	struct folio *folio;
	long r;

	if (fault->write && !want_writable)
		return RET_PF_EMULATE;
	if (!kvm->mm)
		return -EFAULT;
	hva = __gfn_to_hva_memslot(slot, fault->gfn);

	/* hva_to_pfn_fast: writable if the fault writes or a writable map is wanted. */
	if (get_user_page_fast_only(kvm->mm, hva, want_writable ? FOLL_WRITE : 0, &folio, &pfn)) {
		fault->map_writable = want_writable;
		goto out;
	}

	/* hva_to_pfn_slow: fault the page in, with write intent only for writes. */
	r = get_user_pages_unlocked(kvm->mm, hva, 1, &folio, &pfn,
				    FOLL_HWPOISON | (fault->write ? FOLL_WRITE : 0));
	if (r < 0)
		return (int)r;
	fault->map_writable = fault->write;
	if (!fault->write && want_writable) {
		struct folio *wfolio;
		unsigned long wpfn;

		/* A read fault still maps writable if the host PTE already is. */
		if (get_user_page_fast_only(kvm->mm, hva, FOLL_WRITE, &wfolio, &wpfn)) {
			folio_put(folio);
			folio = wfolio;
			pfn = wpfn;
			fault->map_writable = true;
		}
	}
out:
	fault->pfn = pfn;
	fault->refcounted_page = folio;
	fault->folio_gen = folio_gen(folio);
	return 0;
}

/* [kvm_send_hwpoison_signal] */
static void kvm_send_hwpoison_signal(struct kvm_vcpu *vcpu)
{
	WRITE_ONCE(vcpu->hwpoison_signal, true);
}

/* [kvm_handle_error_pfn] */
static int kvm_handle_error_pfn(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault, int err)
{
	if (err == -EINTR) {
		vcpu->run.exit_reason = KVM_EXIT_INTR;
		return -EINTR;
	}
	if (err == -EHWPOISON) {
		kvm_send_hwpoison_signal(vcpu);
		return RET_PF_RETRY;
	}
	return -EFAULT;
}

/* [kvm_handle_noslot_fault] */
static int kvm_handle_noslot_fault(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	if (fault->is_private) {
		kvm_mmu_prepare_memory_fault_exit(vcpu, fault);
		return -EFAULT;
	}

	fault->slot = NULL;
	fault->pfn = 0;
	fault->map_writable = false;

	/* No MMIO SPTE above host MAXPHYADDR: emulate right away. */
	if (unlikely(fault->gfn > kvm_mmu_max_gfn()))
		return RET_PF_EMULATE;
	return RET_PF_CONTINUE;
}

static int __kvm_mmu_faultin_pfn(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	int r;

	if (fault->is_private || kvm_memslot_is_gmem_only(fault->slot))
		return kvm_mmu_faultin_pfn_gmem(vcpu, fault);

	if (READ_ONCE(vcpu->signal_pending))
		return kvm_handle_error_pfn(vcpu, fault, -EINTR);

	r = kvm_faultin_pfn_gup(vcpu, fault);
	if (r == RET_PF_EMULATE)
		return r;
	if (r < 0)
		return kvm_handle_error_pfn(vcpu, fault, r);
	return RET_PF_CONTINUE;
}

/* [kvm_mmu_faultin_pfn] steps a-h of 3.4. */
static int kvm_mmu_faultin_pfn(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm_memory_slot *slot = fault->slot;
	struct kvm *kvm = vcpu->kvm;
	int ret;

	/* a. Every lookup below comes after the sample (barrier inside). */
	fault->mmu_seq = kvm_mmu_invalidate_seq_sample(kvm);
	sched_point("kvm_mmu_faultin_pfn: seq sampled");

	/* b. The seq also catches a concurrent attribute change. */
	if (fault->is_private != kvm_mem_is_private(kvm, fault->gfn)) {
		kvm_mmu_prepare_memory_fault_exit(vcpu, fault);
		return -EFAULT;
	}

	/*
	 * bug-zoo B2 (undoes db574f2f96d0): a second snapshot after the
	 * private/shared check absorbs the seq++ of a conversion that
	 * completed in between, so the retry check under mmu_lock passes.
	 * The buggy code's racy step is a scheduling point of its own.
	 */
	if (unlikely(bug_injected(BUG_FAULT_SEQ_AFTER_ATTR))) {
		sched_point("kvm_mmu_faultin_pfn: private attr checked");
		fault->mmu_seq = kvm_mmu_invalidate_seq_sample(kvm);
	}

	/* c. */
	if (unlikely(!slot))
		return kvm_handle_noslot_fault(vcpu, fault);

	/* d. Old SPTEs of a slot being deleted/moved are zapped before new ones. */
	if (slot->flags & KVM_MEMSLOT_INVALID)
		return fault->prefetch ? -EAGAIN : RET_PF_RETRY;

	/* e. Don't even look up the pfn while an invalidation covers the gfn. */
	if (mmu_invalidate_retry_gfn_unsafe(kvm, fault->mmu_seq, fault->gfn))
		return RET_PF_RETRY;

	/* f-g. */
	ret = __kvm_mmu_faultin_pfn(vcpu, fault);
	if (ret != RET_PF_CONTINUE)
		return ret;
	sched_point("kvm_mmu_faultin_pfn: pfn resolved");

	/* h. Avoid contending mmu_lock with an invalidation of this gfn. */
	if (mmu_invalidate_retry_gfn_unsafe(kvm, fault->mmu_seq, fault->gfn)) {
		kvm_mmu_finish_page_fault(vcpu, fault, RET_PF_RETRY);
		return RET_PF_RETRY;
	}
	return RET_PF_CONTINUE;
}

static bool is_obsolete_root(struct kvm *kvm, struct kvm_mmu_page *root)
{
	return is_obsolete_sp(kvm, root);
}

/* [is_page_fault_stale] mmu_lock held. */
bool kvm_mmu_fault_is_stale(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm_mmu_page *root = vcpu->root;

	if (!root)
		return true;
	/*
	 * bug-zoo B17 (undoes a955cad84cda): without the two root checks a
	 * fault that resolved its pfn before a fast zap installs into the
	 * root the zap has already walked and dropped.
	 */
	if (!bug_injected(BUG_FAULT_IGNORE_OBSOLETE_ROOT) &&
	    (is_obsolete_root(vcpu->kvm, root) ||
	     test_bit(KVM_REQ_MMU_FREE_OBSOLETE_ROOTS, &vcpu->requests)))
		return true;
	return fault->slot && mmu_invalidate_retry_gfn(vcpu->kvm, fault->mmu_seq, fault->gfn);
}

/* [kvm_tdp_mmu_page_fault / direct_page_fault] steps 3-8 of 3.4. */
static int kvm_mmu_map_page_fault(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	const struct kvm_mmu_impl *impl = to_mmu_vm(vcpu->kvm)->impl;
	struct kvm *kvm = vcpu->kvm;
	int r;

	r = kvm_mmu_topup_memory_cache(vcpu);
	if (r)
		return r;

	r = kvm_mmu_faultin_pfn(vcpu, fault);
	if (r != RET_PF_CONTINUE) {
		if (r == RET_PF_RETRY)
			vcpu->stat.pf_retry_unlocked++;
		return r;
	}

	r = RET_PF_RETRY;
	if (impl->fault_lock_shared)
		read_lock(&kvm->mmu_lock);	/* TDP MMU: SPTEs change by cmpxchg */
	else
		write_lock(&kvm->mmu_lock);	/* legacy: rmaps and shadow pages */

	if (kvm_mmu_fault_is_stale(vcpu, fault)) {
		vcpu->stat.pf_retry_stale++;
		goto out_unlock;
	}

	r = impl->map(vcpu, fault);

out_unlock:
	kvm_mmu_finish_page_fault(vcpu, fault, r);
	if (impl->fault_lock_shared)
		read_unlock(&kvm->mmu_lock);
	else
		write_unlock(&kvm->mmu_lock);
	return r;
}

/* [kvm_mmu_do_page_fault] kvm->srcu held. */
int kvm_mmu_do_page_fault(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err, bool prefetch, u8 *level)
{
	struct kvm_page_fault fault = {
		.addr = gpa,
		.error_code = err,
		.exec = err & PFERR_FETCH_MASK,
		.write = err & PFERR_WRITE_MASK,
		.present = err & PFERR_PRESENT_MASK,
		.rsvd = err & PFERR_RSVD_MASK,
		.user = err & PFERR_USER_MASK,
		.prefetch = prefetch,
		.is_tdp = vcpu->kvm->host->tdp_enabled,
		.is_private = err & PFERR_PRIVATE_ACCESS,
		.max_level = KVM_MAX_HUGEPAGE_LEVEL,
		.req_level = PG_LEVEL_4K,
		.goal_level = PG_LEVEL_4K,
		.gpte_access = ACC_ALL,
	};
	int r;

	fault.gfn = gpa >> PAGE_SHIFT;
	/*
	 * [FNAME(page_fault)] Shadow paging walks the guest's page tables first
	 * (the model's guest maps gpa = gva with 4K PTEs: max_level is the
	 * walker's level), setting their accessed and dirty bits.
	 */
	if (!fault.is_tdp) {
		fault.gpte_access = kvm_mmu_guest_walk(vcpu, fault.gfn, fault.write);
		fault.max_level = PG_LEVEL_4K;
	}
	/* Address space 0: the model's vCPUs never run in SMM. */
	fault.slot = kvm_vcpu_gfn_to_memslot(vcpu, fault.gfn);

	if (!prefetch)
		vcpu->stat.pf_taken++;

	r = kvm_mmu_map_page_fault(vcpu, &fault);

	/* vcpu->stat: written only by the vCPU's own thread (vcpu->mutex). */
	if (r == RET_PF_FIXED)
		vcpu->stat.pf_fixed++;
	else if (r == RET_PF_SPURIOUS)
		vcpu->stat.pf_spurious++;
	else if (r == RET_PF_RETRY)
		vcpu->stat.retries++;
	else if (r == RET_PF_EMULATE)
		vcpu->stat.pf_emulate++;

	/* Private memory is never emulated. */
	if (r == RET_PF_EMULATE && fault.is_private) {
		kvm_mmu_prepare_memory_fault_exit(vcpu, &fault);
		return -EFAULT;
	}
	if (level)
		*level = fault.goal_level;
	return r;
}

/* [check_mmio_spte] */
static bool check_mmio_spte(struct kvm *kvm, u64 spte)
{
	/* READ_ONCE: swaps update the generation with vCPUs running. */
	u64 gen = READ_ONCE(kvm_memslots(kvm)->generation);

	if (unlikely(gen & KVM_MEMSLOT_GEN_UPDATE_IN_PROGRESS))
		return false;
	return (gen & MMIO_SPTE_GEN_MASK) == get_mmio_spte_generation(spte);
}

/* [handle_mmio_page_fault] an EPT misconfig on an MMIO SPTE. */
static int handle_mmio_page_fault(struct kvm_vcpu *vcpu, gpa_t gpa)
{
	struct kvm_mmu_leaf leaf;

	if (!kvm_mmu_lookup_leaf(vcpu->kvm, gpa >> PAGE_SHIFT, &leaf) || !is_mmio_spte(leaf.spte))
		return RET_PF_RETRY;	/* zapped meanwhile: let the CPU fault again */
	if (!check_mmio_spte(vcpu->kvm, leaf.spte))
		return RET_PF_INVALID;
	return RET_PF_EMULATE;
}

/*
 * The instruction the access belongs to is emulated: a data access to no
 * memory is MMIO for userspace; an instruction fetch from no memory cannot
 * be emulated (KVM_EXIT_INTERNAL_ERROR, as with no memslots at all).
 */
static int kvm_mmu_emulate(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err, u64 data)
{
	if (err & PFERR_FETCH_MASK) {
		vcpu->run.exit_reason = KVM_EXIT_INTERNAL_ERROR;
		vcpu->run.internal.suberror = KVM_INTERNAL_ERROR_EMULATION;
		vcpu->run.internal.ndata = 1;
		vcpu->run.internal.data[0] = gpa;
		return 0;
	}
	vcpu->run.exit_reason = KVM_EXIT_MMIO;
	vcpu->run.mmio.phys_addr = gpa;
	vcpu->run.mmio.len = 8;
	vcpu->run.mmio.is_write = !!(err & PFERR_WRITE_MASK);
	vcpu->run.mmio.data = (err & PFERR_WRITE_MASK) ? data : 0;
	return 0;
}

/* [kvm_mmu_page_fault] kvm->srcu held; returns 1 (resume), 0 (exit) or -errno. */
int kvm_mmu_page_fault(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err, u64 data)
{
	struct kvm *kvm = vcpu->kvm;
	int r = RET_PF_INVALID;

	/* SW-protected VMs: the attributes are the truth, except for MMIO. */
	if (!(err & PFERR_RSVD_MASK) && kvm->arch.vm_type == KVM_X86_SW_PROTECTED_VM &&
	    !(err & PFERR_MODEL_GUEST_VIEW) && kvm_mem_is_private(kvm, gpa >> PAGE_SHIFT))
		err |= PFERR_PRIVATE_ACCESS;

	if (unlikely(err & PFERR_RSVD_MASK)) {
		if (WARN_ON_ONCE(err & PFERR_PRIVATE_ACCESS))
			return -EFAULT;
		r = handle_mmio_page_fault(vcpu, gpa);
		if (r == RET_PF_EMULATE)
			goto emulate;
		err &= ~PFERR_RSVD_MASK;
	}

	if (r == RET_PF_INVALID) {
		r = kvm_mmu_do_page_fault(vcpu, gpa, err, false, NULL);
		if (WARN_ON_ONCE(r == RET_PF_INVALID))
			return -EIO;
	}
	if (r < 0)
		return r;
	if (r != RET_PF_EMULATE)
		return 1;
emulate:
	return kvm_mmu_emulate(vcpu, gpa, err, data);
}

/* ---- roots of a vCPU (kvm_mmu_load / kvm_mmu_free_obsolete_roots) ------------------ */

int kvm_mmu_load(struct kvm_vcpu *vcpu)
{
	const struct kvm_mmu_impl *impl = to_mmu_vm(vcpu->kvm)->impl;
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_page *root;
	int r;

	r = kvm_mmu_topup_memory_cache(vcpu);
	if (r)
		return r;
	write_lock(&kvm->mmu_lock);	/* root list / root_count */
	if (vcpu->root)
		impl->put_root(kvm, vcpu->root);
	vcpu->root = NULL;
	root = impl->get_root(vcpu);
	vcpu->root = root;
	clear_bit(KVM_REQ_MMU_FREE_OBSOLETE_ROOTS, &vcpu->requests);
	write_unlock(&kvm->mmu_lock);
	return root ? 0 : -ENOMEM;
}

void kvm_mmu_unload(struct kvm_vcpu *vcpu)
{
	struct kvm *kvm = vcpu->kvm;

	if (!vcpu->root)
		return;
	write_lock(&kvm->mmu_lock);
	to_mmu_vm(kvm)->impl->put_root(kvm, vcpu->root);
	vcpu->root = NULL;
	write_unlock(&kvm->mmu_lock);
}

/* ---- zaps and the arch hooks ------------------------------------------------------ */

static void kvm_make_all_cpus_request(struct kvm *kvm, int req)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	int nr = smp_load_acquire(&vm->nr_vcpus), i;

	for (i = 0; i < nr; i++) {
		struct kvm_vcpu *vcpu = READ_ONCE(vm->vcpus[i]);

		if (vcpu)
			set_bit(req, &vcpu->requests);
	}
}

/*
 * [kvm_mmu_zap_all_fast] Obsolete every root; vCPUs load new ones before
 * their next entry.  The request is waited for (KVM_REQUEST_WAIT) and a new
 * root is flushed when loaded: here the TLBs are emptied before returning.
 * The kernel zaps invalidated TDP roots under the read lock afterwards; the
 * model does it in the same write-locked section.
 */
void kvm_mmu_zap_all_fast(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	write_lock(&kvm->mmu_lock);
	WRITE_ONCE(vm->mmu_valid_gen, vm->mmu_valid_gen ? 0 : 1);
	mmu_written_lost(kvm);
	kvm_make_all_cpus_request(kvm, KVM_REQ_MMU_FREE_OBSOLETE_ROOTS);
	vm->impl->invalidate_all_roots(kvm);
	kvm_flush_remote_tlbs(kvm);
	write_unlock(&kvm->mmu_lock);
}

/*
 * Which leaves a zap with @attr_filter takes.  6.18 (tdp_mmu.h
 * kvm_gfn_range_filter_to_root_types, tdp_mmu.c tdp_mmu_root_match and
 * kvm_tdp_mmu_unmap_gfn_range; mmu.c kvm_unmap_gfn_range):
 *
 *   !kvm_has_mirrored_tdp(kvm)   -> KVM_DIRECT_ROOTS: every root the VM has,
 *                                   so the filter is ignored (3.6)
 *   mirrored TDP (TDX):
 *     KVM_FILTER_PRIVATE         -> KVM_MIRROR_ROOTS (the private leaves)
 *     KVM_FILTER_SHARED          -> KVM_DIRECT_ROOTS (the shared leaves)
 *     neither                    -> WARN_ON_ONCE, nothing
 *   kvm_tdp_mmu_unmap_gfn_range adds KVM_INVALID_ROOTS: obsolete roots of
 *   a matching type are zapped too (tdp_mmu_root_match still checks the
 *   type of an invalid root);
 *   the rmap zap (__kvm_rmap_zap_gfn_range) never looks at the filter (TDX
 *   requires the TDP MMU).
 *
 * The model has no mirror roots: a private leaf carries SPTE_MODEL_PRIVATE
 * in the one root.  By default (every VM type the model builds has no
 * mirrored TDP) the filter is ignored exactly as in 6.18.  With the
 * labelled extension honour_attr_filter, the mirrored-TDP mapping applies
 * per leaf, in both MMUs' unmap paths and on valid and obsolete roots alike
 * (the legacy half has no 6.18 counterpart at all).
 */
static enum kvm_gfn_range_filter kvm_mmu_zap_filter(struct kvm *kvm,
						    enum kvm_gfn_range_filter attr_filter)
{
	if (!to_mmu_vm(kvm)->opts.honour_attr_filter)
		return KVM_FILTER_PRIVATE | KVM_FILTER_SHARED;
	WARN_ON_ONCE(!(attr_filter & (KVM_FILTER_PRIVATE | KVM_FILTER_SHARED)));
	return attr_filter;
}

/* [kvm_unmap_gfn_range] x86: mmu_lock write; kvm-ctl asserted the zap authority. */
static bool kvm_mmu_unmap_gfn_range_op(struct kvm *kvm, struct kvm_gfn_range *range)
{
	const struct kvm_mmu_impl *impl = to_mmu_vm(kvm)->impl;

	lockdep_assert_held_write(&kvm->mmu_lock);
	return impl->zap_leafs(kvm, range->slot, range->start, range->end,
			       kvm_mmu_zap_filter(kvm, range->attr_filter));
}

/* [kvm_mmu_zap_all] mmu_notifier release; srcu held by the caller. */
static void kvm_mmu_flush_shadow_all(struct kvm *kvm)
{
	write_lock(&kvm->mmu_lock);
	to_mmu_vm(kvm)->impl->zap_all(kvm);
	write_unlock(&kvm->mmu_lock);
}

/* [kvm_mmu_zap_memslot] slots_lock held; the INVALID copy is active. */
static void kvm_mmu_zap_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	struct kvm_gfn_range range = {
		.slot = slot,
		.start = slot->base_gfn,
		.end = slot->base_gfn + slot->npages,
		.may_block = true,
		.attr_filter = KVM_FILTER_PRIVATE | KVM_FILTER_SHARED,
	};

	write_lock(&kvm->mmu_lock);
	/* Direct MMUs shadow no guest page tables: nothing else to zap. */
	if (kvm_unmap_gfn_range(kvm, &range))
		kvm_flush_remote_tlbs(kvm);
	write_unlock(&kvm->mmu_lock);
}

/* [kvm_arch_flush_shadow_memslot] */
static void kvm_mmu_flush_shadow_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	/* [kvm_memslot_flush_zap_all] default VMs with KVM_X86_QUIRK_SLOT_ZAP_ALL. */
	if (kvm->arch.vm_type == KVM_X86_DEFAULT_VM && !kvm->arch.disabled_quirk_slot_zap_all)
		kvm_mmu_zap_all_fast(kvm);
	else
		kvm_mmu_zap_memslot(kvm, slot);
}

/* [kvm_arch_free_memslot] */
static void kvm_mmu_free_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	kvm_mmu_free_slot_metadata(kvm, slot);
}

/* [kvm_mmu_calculate_default_mmu_pages] 20 per mille of guest memory, at least 64. */
static void kvm_mmu_update_max_pages(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	unsigned long nr = kvm->nr_memslot_pages * 20 / 1000;

	if (vm->opts.max_mmu_pages)
		return;
	write_lock(&kvm->mmu_lock);	/* n_max_mmu_pages is read by faults under it */
	vm->n_max_mmu_pages = max(nr, 64UL);
	write_unlock(&kvm->mmu_lock);
}

/*
 * [kvm_arch_commit_memory_region] CREATE/DELETE resize the legacy MMU's page
 * budget.  Enabling dirty logging must stop huge mappings in the slot: the
 * kernel write-protects them (and splits them eagerly); the model zaps the
 * slot's leaves so that the next faults map 4K.
 */
static void kvm_mmu_commit_memory_region(struct kvm *kvm, struct kvm_memory_slot *old,
					 const struct kvm_memory_slot *new,
					 enum kvm_mr_change change)
{
	u32 old_flags = old ? old->flags : 0;
	u32 new_flags = new ? new->flags : 0;

	if (change == KVM_MR_CREATE || change == KVM_MR_DELETE)
		kvm_mmu_update_max_pages(kvm);

	if (change == KVM_MR_FLAGS_ONLY && (new_flags & ~old_flags & KVM_MEM_LOG_DIRTY_PAGES)) {
		write_lock(&kvm->mmu_lock);
		if (to_mmu_vm(kvm)->impl->zap_leafs(kvm, (struct kvm_memory_slot *)new,
						      new->base_gfn, new->base_gfn + new->npages,
						      KVM_FILTER_PRIVATE | KVM_FILTER_SHARED))
			kvm_flush_remote_tlbs(kvm);
		write_unlock(&kvm->mmu_lock);
	}

	/*
	 * [kvm_arch_commit_memory_region] A MOVE prepared fresh metadata for
	 * the new slot; the old slot's is freed here, as x86 does.
	 */
	if (change == KVM_MR_MOVE)
		kvm_mmu_free_slot_metadata(kvm, old);
}

/*
 * [kvm_arch_mmu_enable_log_dirty_pt_masked] no manual protect (nothing
 * huge to write-protect first), no PML: write-protect the 4K leaves.
 */
static void kvm_mmu_enable_log_dirty_pt_masked(struct kvm *kvm, struct kvm_memory_slot *slot,
					       gfn_t gfn_offset, unsigned long mask)
{
	to_mmu_vm(kvm)->impl->write_protect_pt_masked(kvm, slot, gfn_offset, mask);
}

/* [kvm_arch_memslots_updated] MMIO generation wrap: zap everything. */
static void kvm_mmu_memslots_updated(struct kvm *kvm, u64 gen)
{
	if (unlikely((gen & MMIO_SPTE_GEN_MASK) == 0))
		kvm_mmu_zap_all_fast(kvm);
}

/* ---- VM lifetime ------------------------------------------------------------------- */

static int kvm_mmu_init_vm_common(struct kvm *kvm, const struct kvm_mmu_impl *impl)
{
	struct kvm_mmu_vm *vm;

	vm = kzalloc(sizeof(*vm), GFP_KERNEL_ACCOUNT);
	if (!vm)
		return -ENOMEM;
	vm->sp_cache = kmem_cache_create("kvm_mmu_page", sizeof(struct kvm_mmu_page), PAGE_SIZE,
					 0, NULL);
	if (!vm->sp_cache) {
		kfree(vm);
		return -ENOMEM;
	}
	vm->impl = impl;
	vm->opts.type = impl->tdp_mmu ? KVM_MMU_TDP : KVM_MMU_LEGACY;
	spin_lock_init(&vm->tdp_mmu_pages_lock);
	INIT_LIST_HEAD(&vm->tdp_mmu_roots);
	INIT_LIST_HEAD(&vm->active_mmu_pages);
	vm->n_max_mmu_pages = 64;
	kvm->mmu_private = vm;
	kvm_mmu_guest_ptes_init(kvm);
	return 0;
}

static int kvm_tdp_mmu_init_vm_op(struct kvm *kvm)
{
	return kvm_mmu_init_vm_common(kvm, &kvm_tdp_mmu_impl);
}

static int kvm_legacy_mmu_init_vm_op(struct kvm *kvm)
{
	return kvm_mmu_init_vm_common(kvm, &kvm_shadow_mmu_impl);
}

/* [kvm_arch_destroy_vm -> kvm_destroy_vcpus, kvm_mmu_uninit_vm] */
static void kvm_mmu_destroy_vm(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	int idx;

	if (!vm)
		return;
	kvm_vcpu_destroy_all(kvm);

	/* rmap removal looks memslots up. */
	idx = srcu_read_lock(&kvm->srcu);
	write_lock(&kvm->mmu_lock);
	vm->impl->zap_all(kvm);
	/* [kvm_mmu_uninit_tdp_mmu] the MMU's own root references go too. */
	WRITE_ONCE(vm->mmu_valid_gen, vm->mmu_valid_gen ? 0 : 1);
	mmu_written_lost(kvm);
	vm->impl->invalidate_all_roots(kvm);
	write_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);

	/* Page-table pages still waiting for a grace period. */
	rcu_barrier();
	WARN_ON(atomic_long_read(&vm->stat.pages));
	kvm_mmu_guest_ptes_destroy(kvm);
	kmem_cache_destroy(vm->sp_cache);
	kfree(vm);
	kvm->mmu_private = NULL;
}

#define KVM_MMU_ARCH_OPS(_name, _init)							\
	{										\
		.name = _name,								\
		.init_vm = _init,							\
		.destroy_vm = kvm_mmu_destroy_vm,					\
		.unmap_gfn_range = kvm_mmu_unmap_gfn_range_op,				\
		.flush_remote_tlbs = kvm_mmu_flush_remote_tlbs,				\
		.flush_shadow_all = kvm_mmu_flush_shadow_all,				\
		.flush_shadow_memslot = kvm_mmu_flush_shadow_memslot,			\
		.alloc_memslot_metadata = kvm_mmu_alloc_memslot_metadata,		\
		.free_memslot = kvm_mmu_free_memslot,					\
		.commit_memory_region = kvm_mmu_commit_memory_region,			\
		.memslots_updated = kvm_mmu_memslots_updated,				\
		.hugepage_test_mixed = kvm_mmu_hugepage_test_mixed,			\
		.post_set_memory_attributes = kvm_mmu_post_set_memory_attributes,	\
		.enable_log_dirty_pt_masked = kvm_mmu_enable_log_dirty_pt_masked,	\
	}

const struct kvm_arch_mmu_ops kvm_tdp_mmu_arch_ops =
	KVM_MMU_ARCH_OPS("tdp", kvm_tdp_mmu_init_vm_op);
const struct kvm_arch_mmu_ops kvm_legacy_mmu_arch_ops =
	KVM_MMU_ARCH_OPS("legacy", kvm_legacy_mmu_init_vm_op);

int kvm_mmu_attach(struct kvm *kvm, const struct kvm_mmu_options *opts)
{
	bool legacy = opts && opts->type == KVM_MMU_LEGACY;
	int r;

	if (legacy && kvm_arch_has_private_mem(kvm) && !opts->allow_private_legacy)
		return -EOPNOTSUPP;
	if (opts && opts->max_huge_page_level &&
	    (opts->max_huge_page_level < PG_LEVEL_4K ||
	     opts->max_huge_page_level > KVM_MAX_HUGEPAGE_LEVEL))
		return -EINVAL;

	r = kvm_attach_mmu(kvm, legacy ? &kvm_legacy_mmu_arch_ops : &kvm_tdp_mmu_arch_ops);
	if (r)
		return r;
	if (opts) {
		struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

		vm->opts = *opts;
		if (opts->max_mmu_pages)
			vm->n_max_mmu_pages = opts->max_mmu_pages;
	}
	return 0;
}

bool kvm_memslots_have_rmaps(struct kvm *kvm)
{
	return kvm->mmu_ops == &kvm_legacy_mmu_arch_ops;
}

void kvm_mmu_get_stats(struct kvm *kvm, struct kvm_mmu_stats *st)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_vm_stat *s = &vm->stat;

	st->pages = atomic_long_read(&s->pages);
	st->pages_freed = atomic_long_read(&s->pages_freed);
	st->pf_taken = st->pf_fixed = st->pf_spurious = st->pf_retry = 0;
	st->pf_retry_unlocked = st->pf_retry_stale = st->pf_emulate = 0;
	/* acquire: pairs with the release publishing each vCPU in vm->vcpus[] */
	for (int i = 0, nr = smp_load_acquire(&vm->nr_vcpus); i < nr; i++) {
		/*
		 * Plain reads: callers (checks at barriers and in det mode,
		 * tests after joining) run while the vCPU threads are quiescent.
		 */
		const struct kvm_vcpu *vcpu = READ_ONCE(vm->vcpus[i]);
		const struct kvm_vcpu_stat *vs;

		if (!vcpu)
			continue;
		vs = &vcpu->stat;
		st->pf_taken += vs->pf_taken;
		st->pf_fixed += vs->pf_fixed;
		st->pf_spurious += vs->pf_spurious;
		st->pf_retry += vs->retries;
		st->pf_retry_unlocked += vs->pf_retry_unlocked;
		st->pf_retry_stale += vs->pf_retry_stale;
		st->pf_emulate += vs->pf_emulate;
	}
	st->huge_2m = atomic_long_read(&s->huge_2m);
	st->huge_1g = atomic_long_read(&s->huge_1g);
	st->zapped_leafs = atomic_long_read(&s->zapped_leafs);
	st->tlb_flush_vcpu = atomic_long_read(&s->tlb_flush_vcpu);
	st->rmap_recycled = atomic_long_read(&s->rmap_recycled);
}
