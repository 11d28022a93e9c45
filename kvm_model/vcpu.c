// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: vCPU creation/teardown (virt/kvm/kvm_main.c:
 * kvm_vm_ioctl_create_vcpu, kvm_destroy_vcpus), the run loop's entry and exit
 * (arch/x86/kvm/x86.c: vcpu_enter_guest, vcpu_run; kvm_host.h: vcpu->mode,
 * kvm_vcpu_exiting_guest_mode) and what the CPU does with EPT: TLB lookup,
 * page walk, EPT violation / misconfiguration exits into kvm_mmu_page_fault,
 * Linux 6.18.  See <linux/kvm_vcpu.h> for the model and its simplifications.
 *
 * The guest-mode protocol: a vCPU enters by cmpxchg(mode, OUTSIDE,
 * IN_GUEST) and leaves with a release store; a remote flush takes an idle
 * vCPU's TLB by cmpxchg(mode, OUTSIDE, TLB_FLUSHING), empties it and hands it
 * back, or posts KVM_REQ_TLB_FLUSH and waits for a running vCPU to leave.
 * Everything a vCPU does in guest mode (TLB lookup, SPTE walk, TLB fill, the
 * memory access) is therefore finished or flushed before any
 * kvm_flush_remote_tlbs() returns, which is the property the kernel gets from
 * its IPI-and-wait.  The vCPU holds kvm->srcu only while handling an exit, as
 * vcpu_enter_guest drops it around guest entry.
 *
 * Simplified: vCPUs do not hold a VM reference (the VM's teardown destroys
 * those left); a vCPU is destroyed only when no remote flush can run.
 */
#include <linux/kvm_host.h>
#include <linux/fs.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <string.h>

#include "kvm_model/mmu/mmu_internal.h"

struct kvm_vcpu *kvm_vcpu_create(struct kvm *kvm, int id)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_vcpu *vcpu;
	int i, r;

	if (!vm || id < 0)
		return ERR_PTR(-EINVAL);

	mutex_lock(&kvm->lock);		/* vcpus[] and nr_vcpus */
	r = -EINVAL;
	if (vm->nr_vcpus >= KVM_MAX_VCPUS)
		goto out_unlock;
	r = -EEXIST;
	for (i = 0; i < vm->nr_vcpus; i++) {
		if (vm->vcpus[i] && vm->vcpus[i]->vcpu_id == id)
			goto out_unlock;
	}
	r = -ENOMEM;
	vcpu = kzalloc(sizeof(*vcpu), GFP_KERNEL_ACCOUNT);
	if (!vcpu)
		goto out_unlock;
	vcpu->kvm = kvm;
	vcpu->vcpu_id = id;
	vcpu->mode = OUTSIDE_GUEST_MODE;
	WRITE_ONCE(vm->vcpus[vm->nr_vcpus], vcpu);
	/* Publishes the initialised vCPU to flushers (acquire on nr_vcpus). */
	smp_store_release(&vm->nr_vcpus, vm->nr_vcpus + 1);
	mutex_unlock(&kvm->lock);
	return vcpu;

out_unlock:
	mutex_unlock(&kvm->lock);
	return ERR_PTR(r);
}

static void __kvm_vcpu_destroy(struct kvm_vcpu *vcpu)
{
	kvm_mmu_unload(vcpu);
	kvm_mmu_free_memory_cache(vcpu);
	kfree(vcpu);
}

void kvm_vcpu_destroy(struct kvm_vcpu *vcpu)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	int i;

	mutex_lock(&kvm->lock);		/* vcpus[] */
	for (i = 0; i < vm->nr_vcpus; i++) {
		if (vm->vcpus[i] == vcpu)
			WRITE_ONCE(vm->vcpus[i], NULL);
	}
	mutex_unlock(&kvm->lock);
	__kvm_vcpu_destroy(vcpu);
}

/* [kvm_destroy_vcpus] VM teardown: no flush can race any more. */
void kvm_vcpu_destroy_all(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	int i;

	for (i = 0; i < vm->nr_vcpus; i++) {
		if (vm->vcpus[i])
			__kvm_vcpu_destroy(vm->vcpus[i]);
		vm->vcpus[i] = NULL;
	}
	vm->nr_vcpus = 0;
}

/* ---- the TLB (owned by the vCPU in guest mode) ------------------------------------------ */

static struct kvm_tlb_entry *tlb_slot(struct kvm_vcpu *vcpu, gfn_t gfn, int level)
{
	return &vcpu->tlb[level - 1][(gfn >> KVM_HPAGE_GFN_SHIFT(level)) % KVM_TLB_WAYS];
}

static struct kvm_tlb_entry *tlb_lookup(struct kvm_vcpu *vcpu, gfn_t gfn)
{
	int level;

	for (level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		struct kvm_tlb_entry *e = tlb_slot(vcpu, gfn, level);

		if (e->level == level && e->gfn == gfn_round_for_level(gfn, level))
			return e;
	}
	return NULL;
}

static void tlb_flush_all(struct kvm_vcpu *vcpu)
{
	memset(vcpu->tlb, 0, sizeof(vcpu->tlb));
}

bool kvm_vcpu_tlb_has(struct kvm_vcpu *vcpu, gfn_t gfn)
{
	return tlb_lookup(vcpu, gfn) != NULL;
}

unsigned int kvm_vcpu_tlb_count(struct kvm_vcpu *vcpu)
{
	unsigned int n = 0;
	int l, i;

	for (l = 0; l < PG_LEVEL_NUM - 1; l++)
		for (i = 0; i < KVM_TLB_WAYS; i++)
			n += !!vcpu->tlb[l][i].level;
	return n;
}

/* ---- guest mode ------------------------------------------------------------------------ */

static bool vcpu_tlb_free(const void *arg)
{
	const struct kvm_vcpu *vcpu = arg;

	/* Pairs with the flusher's release store handing the TLB back. */
	return smp_load_acquire(&vcpu->mode) == OUTSIDE_GUEST_MODE;
}

/* [vcpu_enter_guest] 0 once in guest mode with a valid root, else -errno. */
static int vcpu_enter_guest(struct kvm_vcpu *vcpu)
{
	for (;;) {
		int old = OUTSIDE_GUEST_MODE;

		/* [kvm_mmu_free_obsolete_roots + kvm_mmu_reload] outside guest mode. */
		if (kvm_mmu_root_needs_reload(vcpu)) {
			int r = kvm_mmu_load(vcpu);

			if (r)
				return r;
			/* A new root is flushed when loaded [kvm_mmu_load]. */
			set_bit(KVM_REQ_TLB_FLUSH, &vcpu->requests);
		}

		/* Full barrier: requests posted before this are seen below. */
		if (!try_cmpxchg(&vcpu->mode, &old, IN_GUEST_MODE)) {
			sched_wait_until(vcpu_tlb_free, vcpu, "remote tlb flush", "vcpu->mode");
			continue;
		}
		/* [kvm_check_request] test first: the atomic clear only when set. */
		if (test_bit(KVM_REQ_TLB_FLUSH, &vcpu->requests) &&
		    test_and_clear_bit(KVM_REQ_TLB_FLUSH, &vcpu->requests))
			tlb_flush_all(vcpu);
		/* An invalidation obsoleted the root meanwhile: cancel the entry. */
		if (!kvm_mmu_root_needs_reload(vcpu))
			return 0;
		smp_store_release(&vcpu->mode, OUTSIDE_GUEST_MODE);
	}
}

static void vcpu_exit_guest_mode(struct kvm_vcpu *vcpu)
{
	/* Everything done in guest mode is visible to the flusher that waits. */
	smp_store_release(&vcpu->mode, OUTSIDE_GUEST_MODE);
}

/*
 * The access itself, through (@folio, @gen): the generation is checked
 * before and after, so a translation that outlived its page is reported
 * here, at the access (a use-after-free in the kernel).
 */
static void guest_memory_access(struct kvm_vcpu *vcpu, struct folio *folio, kvm_pfn_t pfn,
				u64 gen, bool write, u64 *value)
{
	/* The caller's RCU read section: content storage is freed after a grace period. */
	if (!folio || folio_gen(folio) != gen) {
		pfn_check_gen(pfn, gen, "guest access through a stale TLB entry or SPTE");
		if (!write)
			*value = 0;
		return;
	}
	if (write)
		folio_content_write(folio, pfn - folio_pfn(folio), *value);
	else
		*value = folio_content_read(folio, pfn - folio_pfn(folio));
	if (folio_gen(folio) != gen)
		pfn_check_gen(pfn, gen, "guest access racing the free of its page");
}

enum { GUEST_ACCESS_DONE, GUEST_ACCESS_EXIT };

static bool tlb_entry_allows(const struct kvm_tlb_entry *e, enum kvm_access_type type,
			     enum kvm_guest_view view)
{
	if (view != KVM_VIEW_ATTRIBUTES && e->private != (view == KVM_VIEW_PRIVATE))
		return false;
	if (type == KVM_ACCESS_WRITE)
		return e->writable;
	if (type == KVM_ACCESS_EXEC)
		return e->exec;
	return true;
}

/*
 * In guest mode: TLB hit, or walk and fill.  On a fault sets *@err to the
 * EPT violation / misconfig error code and returns GUEST_ACCESS_EXIT.
 */
static int guest_access(struct kvm_vcpu *vcpu, gfn_t gfn, enum kvm_access_type type,
			enum kvm_guest_view view, u64 *value, u64 *err)
{
	bool write = type == KVM_ACCESS_WRITE, exec = type == KVM_ACCESS_EXEC;
	struct kvm_tlb_entry *e = tlb_lookup(vcpu, gfn);
	u64 spte, gen, access_err;
	struct folio *folio;
	u64 *sptep;
	int level;

	/*
	 * One read section for walk and access: TDP page tables and folio
	 * content storage are both freed after a grace period.
	 */
	rcu_read_lock();
	if (e && tlb_entry_allows(e, type, view)) {
		vcpu->stat.tlb_hits++;
		goto access;
	}

	access_err = (write ? PFERR_WRITE_MASK : 0) | (exec ? PFERR_FETCH_MASK : 0) |
		     PFERR_USER_MASK | PFERR_GUEST_FINAL_MASK |
		     (view == KVM_VIEW_PRIVATE ? PFERR_PRIVATE_ACCESS : 0) |
		     (view != KVM_VIEW_ATTRIBUTES ? PFERR_MODEL_GUEST_VIEW : 0);

	sptep = kvm_mmu_walk(vcpu->root, gfn, &level, &spte);
	/*
	 * MMIO SPTEs are shared-only: a guest that marks its access private
	 * (the C-bit/shared-bit view) addresses the private alias, which no
	 * MMIO SPTE maps (TDX keeps them out of the mirror root), so for it
	 * the gfn is simply not present and the fault decides (a private
	 * fault on no memslot exits with KVM_EXIT_MEMORY_FAULT).
	 */
	if (is_mmio_spte(spte) && view != KVM_VIEW_PRIVATE) {
		rcu_read_unlock();
		*err = access_err | PFERR_RSVD_MASK;
		return GUEST_ACCESS_EXIT;
	}
	if (!is_shadow_present_pte(spte) ||
	    (view != KVM_VIEW_ATTRIBUTES &&
	     !!(spte & SPTE_MODEL_PRIVATE) != (view == KVM_VIEW_PRIVATE))) {
		rcu_read_unlock();
		*err = access_err;
		return GUEST_ACCESS_EXIT;
	}
	if (!is_access_allowed(write, exec, spte)) {
		rcu_read_unlock();
		*err = access_err | PFERR_PRESENT_MASK;
		return GUEST_ACCESS_EXIT;
	}
	/*
	 * The folio behind the SPTE's pfn and the generation recorded with
	 * the leaf (NULL when stale: the access below reports it).
	 */
	folio = sptep_leaf_folio(sptep, spte, &gen);

	vcpu->stat.walks++;
	e = tlb_slot(vcpu, gfn, level);
	e->gfn = gfn_round_for_level(gfn, level);
	e->pfn = spte_to_pfn(spte);
	e->gen = gen;
	e->folio = folio;
	e->writable = is_writable_pte(spte);
	e->exec = is_executable_pte(spte);
	e->private = spte & SPTE_MODEL_PRIVATE;
	e->level = level;
access:
	guest_memory_access(vcpu, e->folio, e->pfn + (gfn - e->gfn), e->gen, write, value);
	rcu_read_unlock();
	return GUEST_ACCESS_DONE;
}

/*
 * Deterministic mode only: a vCPU re-faulting while an invalidation covers
 * its gfn would spin forever under a strict-priority schedule (PCT), where
 * the kernel's vCPU is simply preempted.  After repeated retries it waits
 * until no invalidation is open and its gfn's slot is not INVALID.  The
 * scheduler evaluates this between steps, when the active set is stable.
 */
static bool vcpu_retry_can_progress(const void *arg)
{
	const struct kvm_vcpu *vcpu = arg;
	struct kvm *kvm = vcpu->kvm;
	struct kvm_memslots *slots;
	struct kvm_memory_slot *slot;

	if (READ_ONCE(kvm->mmu_invalidate_in_progress))
		return false;
	/* Pairs with the publishing store of kvm_swap_active_memslots(). */
	slots = smp_load_acquire(&kvm->memslots[0]);
	slot = search_memslots(slots, vcpu->retry_gfn, false);
	return !slot || !(READ_ONCE(slot->flags) & KVM_MEMSLOT_INVALID);
}

int kvm_vcpu_access(struct kvm_vcpu *vcpu, gpa_t gpa, enum kvm_access_type type,
		    enum kvm_guest_view view, u64 *value)
{
	unsigned int retries = 0;
	struct kvm *kvm = vcpu->kvm;
	gfn_t gfn = gpa >> PAGE_SHIFT;
	u64 err = 0, data;
	int r, idx;

	vcpu->stat.accesses++;
	for (;;) {
		/* [vcpu_run] a pending signal ends KVM_RUN. */
		if (READ_ONCE(vcpu->signal_pending)) {
			vcpu->run.exit_reason = KVM_EXIT_INTR;
			return -EINTR;
		}
		r = vcpu_enter_guest(vcpu);
		if (r)
			return r;
		r = guest_access(vcpu, gfn, type, view, value, &err);
		vcpu_exit_guest_mode(vcpu);
		if (r == GUEST_ACCESS_DONE)
			return 1;

		vcpu->stat.faults++;
		data = type == KVM_ACCESS_WRITE ? *value : 0;
		/* The exit handler runs under SRCU (memslots, gmem bindings). */
		idx = srcu_read_lock(&kvm->srcu);
		r = kvm_mmu_page_fault(vcpu, gpa, err, data);
		srcu_read_unlock(&kvm->srcu, idx);
		flush_delayed_fput();
		if (r <= 0) {
			vcpu->stat.exits++;
			return r;
		}
		/* SIGBUS from a poisoned shared page ends KVM_RUN at the signal check. */
		if (READ_ONCE(vcpu->hwpoison_signal)) {
			vcpu->stat.exits++;
			return -EHWPOISON;
		}
		vcpu->stat.reentries++;
		if (sched_is_det() && ++retries > 2) {
			vcpu->retry_gfn = gfn;
			sched_wait_until(vcpu_retry_can_progress, vcpu, "fault retry",
					 "kvm->mmu_invalidate_in_progress");
		}
		sched_point("kvm_vcpu_access: re-enter guest");
	}
}
