// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: virt/kvm/kvm_main.c (kvm_create_vm, kvm_destroy_vm,
 * kvm_get/put_kvm, kvm_vm_ioctl, kvm_vm_ioctl_check_extension_generic) and the
 * x86 pieces they call (arch/x86/kvm/x86.c: kvm_arch_init_vm,
 * kvm_vm_ioctl_check_extension), Linux 6.18.
 *
 * Simplified: no vCPUs, buses, irqfds, debugfs or stats files here (vCPUs are
 * the MMU issue's); the VM fd is the struct kvm pointer and its close() is
 * kvm_vm_release(); "current->mm" is passed in explicitly.  The x86 VM types
 * are the two that exist without hardware CoCo: DEFAULT and SW_PROTECTED,
 * the latter as the host profile allows (<linux/kvm_profile.h>).  Where the
 * kernel has an #ifdef (SMM, the generic memory attributes) the code asks
 * the VM's host profile.
 */
#include <linux/kvm_host.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/slab.h>
#include <string.h>

#include "kvm_model/kvm_internal.h"

/* ---- the MMU a VM has when none is attached ---------------------------------- */

/*
 * kvm_nommu_ops: a VM without an MMU never creates an SPTE, so a zap finds
 * nothing (no flush needed), a flush has no TLB to clean, and a memslot needs
 * no rmaps/lpage_info.  MIXED is computed from the attribute array directly,
 * which is what lpage_info would hold (kvm_nommu_hugepage_test_mixed).
 */
static bool kvm_nommu_unmap_gfn_range(struct kvm *kvm, struct kvm_gfn_range *range)
{
	return false;
}

static void kvm_nommu_flush_remote_tlbs(struct kvm *kvm)
{
}

static void kvm_nommu_flush_shadow_all(struct kvm *kvm)
{
}

static void kvm_nommu_flush_shadow_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
}

const struct kvm_arch_mmu_ops kvm_nommu_ops = {
	.name = "none",
	.unmap_gfn_range = kvm_nommu_unmap_gfn_range,
	.flush_remote_tlbs = kvm_nommu_flush_remote_tlbs,
	.flush_shadow_all = kvm_nommu_flush_shadow_all,
	.flush_shadow_memslot = kvm_nommu_flush_shadow_memslot,
	.hugepage_test_mixed = kvm_nommu_hugepage_test_mixed,
};

/* ---- VM creation and destruction ---------------------------------------------- */

/* [x86.c: kvm_is_vm_type_supported] */
static bool kvm_is_vm_type_supported(const struct kvm_host_profile *host, unsigned long type)
{
	return type < 32 && (kvm_host_supported_vm_types(host) & BIT(type));
}

/* [x86.c: kvm_arch_init_vm], the parts that shape the control plane. */
static int kvm_arch_init_vm(struct kvm *kvm, unsigned long type)
{
	if (!kvm_is_vm_type_supported(kvm->host, type))
		return -EINVAL;

	kvm->arch.vm_type = type;
	kvm->arch.has_private_mem = type == KVM_X86_SW_PROTECTED_VM;
	kvm->arch.has_protected_state = false;
	return 0;
}

static void kvm_init_memslot_sets(struct kvm *kvm)
{
	int i, j, b;

	/*
	 * As in the kernel, this runs before kvm_arch_init_vm() has decided
	 * has_private_mem, so every possible address space gets its sets.
	 * Generations differ per address space: AS i starts at i.
	 */
	for (i = 0; i < KVM_MAX_NR_ADDRESS_SPACES; i++) {
		for (j = 0; j < 2; j++) {
			struct kvm_memslots *slots = &kvm->__memslots[i][j];

			slots->last_used_slot = NULL;
			slots->gfn_sorted = NULL;
			slots->nr_slots = 0;
			slots->cap_slots = 0;
			for (b = 0; b < (int)KVM_MEM_SLOTS_HASH_SIZE; b++)
				INIT_LIST_HEAD(&slots->id_hash[b]);
			slots->node_idx = j;
			slots->generation = i;
		}
		/* Publishes set 0; nobody can read it yet, release for form. */
		smp_store_release(&kvm->memslots[i], &kvm->__memslots[i][0]);
	}
}

struct kvm *kvm_create_vm(unsigned long type, struct mm_struct *mm)
{
	struct kvm *kvm = kzalloc(sizeof(*kvm), GFP_KERNEL_ACCOUNT);
	int r;

	if (!kvm)
		return ERR_PTR(-ENOMEM);

	rwlock_init(&kvm->mmu_lock);
	kvm->mm = mm;
	kvm->host = kvm_host_current();
	mutex_init(&kvm->lock);
	mutex_init(&kvm->slots_lock);
	mutex_init(&kvm->slots_arch_lock);
	spin_lock_init(&kvm->mn_invalidate_lock);
	xa_init(&kvm->mem_attr_array);
	kvm->mmu_ops = &kvm_nommu_ops;
	kvm->private_mem_ops = &kvm_gmem_ops;
	kvm->mmu_invalidate_range_start = INVALID_GPA;
	kvm->mmu_invalidate_range_end = INVALID_GPA;

	r = -ENOMEM;
	if (init_srcu_struct(&kvm->srcu))
		goto out_err_no_srcu;

	refcount_set(&kvm->users_count, 1);
	kvm_init_memslot_sets(kvm);

	r = kvm_arch_init_vm(kvm, type);
	if (r)
		goto out_err_no_arch;

	r = kvm_init_mmu_notifier(kvm);
	if (r)
		goto out_err_no_arch;

	return kvm;

out_err_no_arch:
	WARN_ON_ONCE(!refcount_dec_and_test(&kvm->users_count));
	cleanup_srcu_struct(&kvm->srcu);
out_err_no_srcu:
	xa_destroy(&kvm->mem_attr_array);
	kfree(kvm);
	return ERR_PTR(r);
}

int kvm_attach_mmu(struct kvm *kvm, const struct kvm_arch_mmu_ops *ops)
{
	int r = 0;

	mutex_lock(&kvm->slots_lock);
	/* An MMU must see every memslot from its creation (metadata). */
	if (kvm->nr_memslot_pages || kvm->mmu_ops != &kvm_nommu_ops) {
		r = -EBUSY;
		goto out;
	}
	if (ops->init_vm) {
		r = ops->init_vm(kvm);
		if (r)
			goto out;
	}
	kvm->mmu_ops = ops;
out:
	mutex_unlock(&kvm->slots_lock);
	return r;
}

static void kvm_destroy_vm(struct kvm *kvm)
{
	int i;

	kvm_uninit_mmu_notifier(kvm);
	/*
	 * Pending start() calls have completed but no end() will come once
	 * the notifier is gone, so the count may stay unbalanced; nobody can
	 * be waiting in a swap since the last reference is gone.
	 */
	WARN_ON(READ_ONCE(kvm->mn_memslots_update_waiting));
	if (kvm->mn_active_invalidate_count)
		kvm->mn_active_invalidate_count = 0;
	else
		WARN_ON(kvm->mmu_invalidate_in_progress);

	if (kvm->mmu_ops->destroy_vm)
		kvm->mmu_ops->destroy_vm(kvm);
	for (i = 0; i < KVM_MAX_NR_ADDRESS_SPACES; i++) {
		kvm_free_memslots(kvm, &kvm->__memslots[i][0]);
		kvm_free_memslots(kvm, &kvm->__memslots[i][1]);
	}
	cleanup_srcu_struct(&kvm->srcu);
	xa_destroy(&kvm->mem_attr_array);
	kfree(kvm);
}

void kvm_get_kvm(struct kvm *kvm)
{
	refcount_inc(&kvm->users_count);
}

bool kvm_get_kvm_safe(struct kvm *kvm)
{
	return refcount_inc_not_zero(&kvm->users_count);
}

void kvm_put_kvm(struct kvm *kvm)
{
	if (refcount_dec_and_test(&kvm->users_count))
		kvm_destroy_vm(kvm);
}

/* For a reference that must never be the last (failed fd install). */
void kvm_put_kvm_no_destroy(struct kvm *kvm)
{
	WARN_ON(refcount_dec_and_test(&kvm->users_count));
}

void kvm_vm_release(struct kvm *kvm)
{
	kvm_put_kvm(kvm);
}

/* [kvm_host.h: kvm_vm_dead] (no vCPUs to send KVM_REQ_VM_DEAD to here). */
void kvm_vm_dead(struct kvm *kvm)
{
	/* Read locklessly by every ioctl prologue. */
	WRITE_ONCE(kvm->vm_dead, true);
}

/* Strong definition of the weak no-op in kernel/: KVM_BUG_ON lands here. */
void kvm_vm_bugged(struct kvm *kvm)
{
	if (!kvm)
		return;
	WRITE_ONCE(kvm->vm_bugged, true);
	kvm_vm_dead(kvm);
}

/* ---- capabilities ------------------------------------------------------------ */

/*
 * [x86.c: kvm_vm_ioctl_check_extension], the capabilities the model has;
 * @host is the VM's, or /dev/kvm's for @kvm NULL.
 */
static int kvm_arch_check_extension(const struct kvm_host_profile *host, struct kvm *kvm,
				    long ext)
{
	switch (ext) {
	case KVM_CAP_READONLY_MEM:
		return kvm ? kvm_arch_has_readonly_mem(kvm) : 1;
	case KVM_CAP_MEMORY_FAULT_INFO:
		return 1;
	case KVM_CAP_VM_TYPES:
		return (int)kvm_host_supported_vm_types(host);
	case KVM_CAP_PRE_FAULT_MEMORY:
		return host->tdp_enabled;
	case KVM_CAP_NR_MEMSLOTS:
		return KVM_USER_MEM_SLOTS;
	default:
		return 0;
	}
}

/* [kvm_main.c: kvm_vm_ioctl_check_extension_generic]; @kvm NULL = /dev/kvm. */
static int kvm_check_extension_generic(const struct kvm_host_profile *host, struct kvm *kvm,
				       long ext)
{
	switch (ext) {
	case KVM_CAP_USER_MEMORY:
	case KVM_CAP_USER_MEMORY2:
		return 1;
	case KVM_CAP_MULTI_ADDRESS_SPACE:
		/* #if KVM_MAX_NR_ADDRESS_SPACES > 1: else the arch's default, 0. */
		if (kvm_host_max_nr_address_spaces(host) == 1)
			break;
		if (kvm)
			return kvm_arch_nr_memslot_as_ids(kvm);
		return kvm_host_max_nr_address_spaces(host);
	case KVM_CAP_MEMORY_ATTRIBUTES:
		/* #ifdef CONFIG_KVM_GENERIC_MEMORY_ATTRIBUTES */
		if (!host->generic_memory_attributes)
			break;
		return (int)kvm_supported_mem_attributes(kvm);
	case KVM_CAP_GUEST_MEMFD:
		return 1;
	case KVM_CAP_GUEST_MEMFD_FLAGS:
		return (int)kvm_gmem_get_supported_flags(kvm);
	default:
		break;
	}
	return kvm_arch_check_extension(host, kvm, ext);
}

int kvm_dev_ioctl_check_extension(long ext)
{
	return kvm_check_extension_generic(kvm_host_current(), NULL, ext);
}

/*
 * [kvm_dev_ioctl] An ioctl on the /dev/kvm fd other than KVM_CREATE_VM (the
 * world creates VMs itself).  What is no /dev/kvm ioctl, a VM or vCPU ioctl
 * issued there by mistake included, falls to x86's kvm_arch_dev_ioctl,
 * whose default is -EINVAL (measured on a 6.18.44 host: KVM_RUN,
 * KVM_CREATE_VCPU, KVM_SET_USER_MEMORY_REGION(2), KVM_CREATE_GUEST_MEMFD,
 * KVM_GET_DIRTY_LOG, KVM_SET_MEMORY_ATTRIBUTES all -EINVAL there).
 * Simplified: x86's own /dev/kvm ioctls (MSR index lists, supported CPUID,
 * MCE capabilities, device attributes) report host CPU state the model does
 * not have: they are not offered (a trace cannot name them).
 */
long kvm_dev_ioctl(unsigned int ioctl, unsigned long arg)
{
	switch (ioctl) {
	case KVM_GET_API_VERSION:
		if (arg)
			return -EINVAL;
		return KVM_API_VERSION;
	case KVM_CHECK_EXTENSION:
		return kvm_dev_ioctl_check_extension((long)arg);
	case KVM_GET_VCPU_MMAP_SIZE:
		if (arg)
			return -EINVAL;
		/* struct kvm_run, x86's PIO data page, the coalesced MMIO ring */
		return 3 * PAGE_SIZE;
	case KVM_TRACE_ENABLE:
	case KVM_TRACE_PAUSE:
	case KVM_TRACE_DISABLE:
		return -EOPNOTSUPP;
	default:
		/* [kvm_arch_dev_ioctl] */
		return -EINVAL;
	}
}

int kvm_vm_ioctl_check_extension(struct kvm *kvm, long ext)
{
	return kvm_check_extension_generic(kvm->host, kvm, ext);
}

/* ---- the VM ioctl ------------------------------------------------------------- */

#define KVM_SET_USER_MEMORY_REGION_V1_FLAGS (KVM_MEM_LOG_DIRTY_PAGES | KVM_MEM_READONLY)

int kvm_vm_ioctl_set_memory_region_v1(struct kvm *kvm,
				      const struct kvm_userspace_memory_region *mem)
{
	struct kvm_userspace_memory_region2 mem2;

	/* Fields past the v1 struct read as zero, as kvm_vm_ioctl() does. */
	memset(&mem2, 0, sizeof(mem2));
	memcpy(&mem2, mem, sizeof(*mem));
	return kvm_vm_ioctl_set_memory_region(kvm, &mem2, false);
}

long kvm_vm_ioctl(struct kvm *kvm, struct mm_struct *caller_mm, unsigned int ioctl,
		  unsigned long arg)
{
	void *argp = (void *)arg;

	/* 2.0 row 1: a VM is usable only from its own process, and not dead. */
	if (kvm->mm != caller_mm || READ_ONCE(kvm->vm_dead))
		return -EIO;

	switch (ioctl) {
	case KVM_CHECK_EXTENSION:
		return kvm_vm_ioctl_check_extension(kvm, (long)arg);
	case KVM_GET_DIRTY_LOG:
		if (!argp)
			return -EFAULT;
		return kvm_vm_ioctl_get_dirty_log(kvm, argp);
	case KVM_SET_USER_MEMORY_REGION:
		/* 2.0 row 2: copy_from_user of a bad pointer. */
		if (!argp)
			return -EFAULT;
		return kvm_vm_ioctl_set_memory_region_v1(kvm, argp);
	case KVM_SET_USER_MEMORY_REGION2:
		if (!argp)
			return -EFAULT;
		return kvm_vm_ioctl_set_memory_region(kvm, argp, true);
	case KVM_SET_MEMORY_ATTRIBUTES:
		/* #ifdef CONFIG_KVM_GENERIC_MEMORY_ATTRIBUTES: else the arch ioctl's -ENOTTY. */
		if (!kvm->host->generic_memory_attributes)
			break;
		if (!argp)
			return -EFAULT;
		return kvm_vm_ioctl_set_mem_attributes(kvm, argp);
	case KVM_CREATE_GUEST_MEMFD:
		if (!argp)
			return -EFAULT;
		return kvm_gmem_create(kvm, argp);
	default:
		break;
	}
	/* 2.0 row 3: not a generic ioctl; x86 has none of the others. */
	return -ENOTTY;
}

/*
 * [kvm_prefetch_pages] Up to @nr_pages pages from @gfn that the host maps
 * present and writable now, taken with GUP-fast only (FOLL_WRITE): a
 * prefetch never faults a page in, it only picks up what the host has.
 * Returns how many (each with a folio reference in @folios, its pfn in
 * @pfns), 0 if the slot ends first, -1 for no usable hva (an INVALID or
 * READONLY slot: gfn_to_hva_many asks for write).
 */
int kvm_prefetch_pages(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn,
		       struct folio **folios, unsigned long *pfns, int nr_pages)
{
	unsigned long hva;
	int i;

	if (!slot || (slot->flags & (KVM_MEMSLOT_INVALID | KVM_MEM_READONLY)) || !kvm->mm)
		return -1;
	if (slot->base_gfn + slot->npages - gfn < (u64)nr_pages)
		return 0;
	hva = __gfn_to_hva_memslot(slot, gfn);
	/* [get_user_pages_fast_only] stops at the first page it cannot take */
	for (i = 0; i < nr_pages; i++)
		if (!get_user_page_fast_only(kvm->mm, hva + (unsigned long)i * PAGE_SIZE,
					     FOLL_WRITE, &folios[i], &pfns[i]))
			break;
	return i;
}
