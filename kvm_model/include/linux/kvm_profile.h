/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: what a real host's KVM is built and loaded with, the
 * Kconfig symbols and module parameters that decide its answers
 * (arch/x86/kvm/Kconfig, virt/kvm/Kconfig, the tdp_mmu/ept/npt parameters and
 * kvm_x86_vendor_init's kvm_caps.supported_vm_types), Linux 6.18.
 *
 * A host profile names one such configuration.  The model's code asks the
 * profile where the kernel's code has an #ifdef or reads a module-wide
 * variable: an ioctl case compiled out falls through to -ENOTTY, a capability
 * compiled out reads 0, KVM_MAX_NR_ADDRESS_SPACES is 1 without SMM.
 *
 * Simplified: a profile is chosen per world (one simulated host per world,
 * named to kvm_create_vm() and /dev/kvm through kvm_host_set_current(), as
 * files_set_current() names the fd table); it never changes while a VM
 * exists.  tdp_enabled=N still runs the model's legacy MMU, which maps guest
 * physical memory directly: shadowing of the guest's own page tables is not
 * modelled (see traces/FORMAT.md).
 */
#ifndef _GMEMSIM_LINUX_KVM_PROFILE_H
#define _GMEMSIM_LINUX_KVM_PROFILE_H

#include <linux/types.h>

struct kvm_host_profile {
	const char *name;		/* "6.18-tdp" */
	const char *summary;		/* one line for --list-profiles */
	/* Hardware and module parameters. */
	bool tdp_enabled;		/* EPT/NPT in use (kvm_intel.ept, kvm_amd.npt) */
	bool tdp_mmu_enabled;		/* kvm.tdp_mmu (needs tdp_enabled) */
	/* Kconfig. */
	bool sw_protected_vm;		/* CONFIG_KVM_SW_PROTECTED_VM */
	bool smm;			/* CONFIG_KVM_SMM: a second memslot address space */
	bool generic_memory_attributes;	/* CONFIG_KVM_GENERIC_MEMORY_ATTRIBUTES */
	/*
	 * Model opt-in, no kernel has it (the trace's vm 'hybrid'): a
	 * SW-protected VM on the legacy MMU.
	 */
	bool private_legacy;
};

/* The profiles, in the order --list-profiles prints them; the first is the default. */
extern const struct kvm_host_profile kvm_host_profiles[];
extern const unsigned int kvm_nr_host_profiles;
#define KVM_HOST_PROFILE_DEFAULT (&kvm_host_profiles[0])

/* By name; NULL if there is none. */
const struct kvm_host_profile *kvm_host_profile_find(const char *name);

/* The host this thread's VMs and /dev/kvm belong to; NULL: the default. */
void kvm_host_set_current(const struct kvm_host_profile *host);
const struct kvm_host_profile *kvm_host_current(void);

/* [kvm_x86_vendor_init] kvm_caps.supported_vm_types: a mask of BIT(type). */
u32 kvm_host_supported_vm_types(const struct kvm_host_profile *host);

/* KVM_MAX_NR_ADDRESS_SPACES of this build: 2 with SMM, else 1. */
static inline int kvm_host_max_nr_address_spaces(const struct kvm_host_profile *host)
{
	return host->smm ? 2 : 1;
}

#endif /* _GMEMSIM_LINUX_KVM_PROFILE_H */
