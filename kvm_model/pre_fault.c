// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: KVM_PRE_FAULT_MEMORY, virt/kvm/kvm_main.c
 * (kvm_vcpu_ioctl prologue, kvm_vcpu_pre_fault_memory) and
 * arch/x86/kvm/mmu/mmu.c (kvm_arch_vcpu_pre_fault_memory, kvm_tdp_map_page),
 * Linux 6.18: the rows of kernel-reference 2.8.
 *
 * On a host profile with tdp_enabled, both of the model's MMUs are reached
 * through kvm_tdp_page_fault (the legacy one is tdp_mmu=N with EPT:
 * direct_page_fault); on a shadow-paging host (6.18-legacy) the EOPNOTSUPP
 * row fires.  There are no nested MMUs, and no TDX shared-bit alias row.
 * Default and SW-protected VMs allow prefaulting.
 */
#include <linux/kvm_host.h>
#include <linux/fs.h>
#include <linux/kvm_vcpu.h>
#include <linux/sched.h>

#include "kvm_model/mmu/mmu_internal.h"

/*
 * Deterministic mode only, as in kvm_vcpu_access(): a pre-fault retrying
 * while an invalidation is open would spin forever under a strict-priority
 * schedule (PCT), where the kernel's task is simply preempted.  It holds
 * kvm->srcu, so it may wait for the invalidation to end (nothing between
 * begin and end synchronises SRCU) but not for a memslot update, which
 * waits for it: an INVALID slot fails the next attempt with -EAGAIN instead.
 */
static bool pre_fault_can_progress(const void *arg)
{
	const struct kvm_vcpu *vcpu = arg;

	return !READ_ONCE(vcpu->kvm->mmu_invalidate_in_progress);
}

/* [kvm_tdp_map_page] */
static int kvm_tdp_map_page(struct kvm_vcpu *vcpu, gpa_t gpa, u64 error_code, u8 *level)
{
	unsigned int retries = 0;
	int r;

	/*
	 * Only the TDP page fault handler's MMU is indexed by gpa: a host
	 * with shadow paging (tdp_enabled=N) cannot prefault.
	 */
	if (!vcpu->kvm->host->tdp_enabled)
		return -EOPNOTSUPP;

	do {
		if (READ_ONCE(vcpu->signal_pending))
			return -EINTR;
		if (READ_ONCE(vcpu->kvm->vm_dead))
			return -EIO;
		/* An obsolete root must be replaced before faulting into it. */
		if (kvm_mmu_root_needs_reload(vcpu)) {
			r = kvm_mmu_load(vcpu);
			if (r)
				return r;
		}
		r = kvm_mmu_do_page_fault(vcpu, gpa, error_code, true, level);
		if (r != RET_PF_RETRY)
			break;
		if (sched_is_det() && ++retries > 2)
			sched_wait_until(pre_fault_can_progress, vcpu, "pre-fault retry",
					 "kvm->mmu_invalidate_in_progress");
		sched_point("kvm_tdp_map_page: retry");
	} while (true);

	if (r < 0)
		return r;

	switch (r) {
	case RET_PF_FIXED:
	case RET_PF_SPURIOUS:
	case RET_PF_WRITE_PROTECTED:
		return 0;
	case RET_PF_EMULATE:
		return -ENOENT;
	default:
		WARN(1, "kvm_tdp_map_page: unexpected result %d", r);
		return -EIO;
	}
}

/* [kvm_arch_vcpu_pre_fault_memory] bytes done (> 0) or -errno. */
static long kvm_arch_vcpu_pre_fault_memory(struct kvm_vcpu *vcpu,
					   struct kvm_pre_fault_memory *range)
{
	struct kvm *kvm = vcpu->kvm;
	u64 error_code = PFERR_GUEST_FINAL_MASK;
	u8 level = PG_LEVEL_4K;
	u64 end;
	int r;

	/* [pre_fault_allowed] default and SW-protected VMs. */
	if (kvm->arch.vm_type != KVM_X86_DEFAULT_VM && kvm->arch.vm_type != KVM_X86_SW_PROTECTED_VM)
		return -EOPNOTSUPP;

	if (kvm_mmu_root_needs_reload(vcpu)) {
		r = kvm_mmu_load(vcpu);
		if (r)
			return r;
	}

	if (kvm_arch_has_private_mem(kvm) && kvm_mem_is_private(kvm, range->gpa >> PAGE_SHIFT))
		error_code |= PFERR_PRIVATE_ACCESS;

	r = kvm_tdp_map_page(vcpu, range->gpa, error_code, &level);
	if (r < 0)
		return r;

	/* A huge mapping may start below gpa and end past gpa + size. */
	end = (range->gpa & ~((PAGE_SIZE << KVM_HPAGE_GFN_SHIFT(level)) - 1)) +
	      (PAGE_SIZE << KVM_HPAGE_GFN_SHIFT(level));
	return min(range->size, end - range->gpa);
}

int kvm_vcpu_pre_fault_memory(struct kvm_vcpu *vcpu, struct mm_struct *caller_mm,
			      struct kvm_pre_fault_memory *range)
{
	struct kvm *kvm = vcpu->kvm;
	u64 full_size;
	long r = 0;
	int idx;

	/* [kvm_vcpu_ioctl] row 1. */
	if (kvm->mm != caller_mm || READ_ONCE(kvm->vm_dead))
		return -EIO;
	/* Row 2 (copy_from_user). */
	if (!range)
		return -EFAULT;
	/* Rows 3-4. */
	if (range->flags)
		return -EINVAL;
	if (!PAGE_ALIGNED(range->gpa) || !PAGE_ALIGNED(range->size) ||
	    range->gpa + range->size <= range->gpa)
		return -EINVAL;

	idx = srcu_read_lock(&kvm->srcu);
	full_size = range->size;
	do {
		if (READ_ONCE(vcpu->signal_pending)) {
			r = -EINTR;
			break;
		}
		r = kvm_arch_vcpu_pre_fault_memory(vcpu, range);
		if (WARN_ON_ONCE(r == 0 || r == -EIO))
			break;
		if (r < 0)
			break;
		range->size -= r;
		range->gpa += r;
		/* A mapped range is forward progress for the livelock bound. */
		sched_progress();
	} while (range->size);
	srcu_read_unlock(&kvm->srcu, idx);
	flush_delayed_fput();

	/* Progress wins over the error of the step that stopped the loop. */
	return full_size == range->size ? (int)r : 0;
}
