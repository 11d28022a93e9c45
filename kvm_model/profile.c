// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: the host configuration of <linux/kvm_profile.h>
 * (Kconfig, module parameters, kvm_x86_vendor_init's supported VM types),
 * Linux 6.18.  Each profile is a configuration seen on real hosts:
 *
 * 6.18-tdp     x86 with EPT/NPT, kvm.tdp_mmu=Y, CONFIG_KVM_SW_PROTECTED_VM,
 *              CONFIG_KVM_SMM and (selected by the former) the generic memory
 *              attributes: a developer's test host.
 * 6.18-legacy  tdp_mmu=N as on shadow-paging or nested hosts, without
 *              SW_PROTECTED, SMM or generic memory attributes: the host of
 *              ../shared/real-kernel/recording-legacy-6.18.txt, whose
 *              measured answers are VM_TYPES = 1, MEMORY_ATTRIBUTES = 0,
 *              MULTI_ADDRESS_SPACE = 0, KVM_SET_MEMORY_ATTRIBUTES -ENOTTY.
 */
#include <linux/kernel.h>
#include <linux/kvm.h>
#include <linux/kvm_profile.h>
#include <string.h>

const struct kvm_host_profile kvm_host_profiles[] = {
	{
		.name = "6.18-tdp",
		.summary = "EPT/NPT, tdp_mmu=Y, SW_PROTECTED VMs, SMM, memory attributes",
		.tdp_enabled = true,
		.tdp_mmu_enabled = true,
		.sw_protected_vm = true,
		.smm = true,
		.generic_memory_attributes = true,
	},
	{
		.name = "6.18-legacy",
		.summary = "shadow paging, tdp_mmu=N; no SW_PROTECTED VMs, SMM or memory attributes",
		.tdp_enabled = false,
		.tdp_mmu_enabled = false,
		.sw_protected_vm = false,
		.smm = false,
		.generic_memory_attributes = false,
	},
};

const unsigned int kvm_nr_host_profiles = ARRAY_SIZE(kvm_host_profiles);

const struct kvm_host_profile *kvm_host_profile_find(const char *name)
{
	for (unsigned int i = 0; i < kvm_nr_host_profiles; i++)
		if (!strcmp(kvm_host_profiles[i].name, name))
			return &kvm_host_profiles[i];
	return NULL;
}

/* One simulated host per OS thread, as each exploration has its own world. */
static __thread const struct kvm_host_profile *current_host;

void kvm_host_set_current(const struct kvm_host_profile *host)
{
	current_host = host;
}

const struct kvm_host_profile *kvm_host_current(void)
{
	return current_host ? current_host : KVM_HOST_PROFILE_DEFAULT;
}

/*
 * [kvm_x86_vendor_init] DEFAULT always; SW_PROTECTED when built in and the
 * TDP MMU is on (the model's hybrid opt-in stands in for the TDP MMU); the
 * CoCo types need hardware the model does not have.
 */
u32 kvm_host_supported_vm_types(const struct kvm_host_profile *host)
{
	u32 types = BIT(KVM_X86_DEFAULT_VM);

	if (host->sw_protected_vm && (host->tdp_mmu_enabled || host->private_legacy))
		types |= BIT(KVM_X86_SW_PROTECTED_VM);
	return types;
}
