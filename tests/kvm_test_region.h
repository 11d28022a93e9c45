/* SPDX-License-Identifier: GPL-2.0 */
/*
 * KVM tests' memslot helper: KVM_SET_USER_MEMORY_REGION2 as an __op()
 * returning the raw result, as in the KVM selftests' kvm_util.
 */
#ifndef _GMEMSIM_TESTS_KVM_TEST_REGION_H
#define _GMEMSIM_TESTS_KVM_TEST_REGION_H

#include <linux/kvm_host.h>

static inline int __set_region(struct kvm *kvm, u32 slot, u32 flags, u64 gpa, u64 size,
			       u64 hva, u32 gmem_fd, u64 gmem_off)
{
	struct kvm_userspace_memory_region2 r = {
		.slot = slot,
		.flags = flags,
		.guest_phys_addr = gpa,
		.memory_size = size,
		.userspace_addr = hva,
		.guest_memfd = gmem_fd,
		.guest_memfd_offset = gmem_off,
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &r, true);
}

#endif /* _GMEMSIM_TESTS_KVM_TEST_REGION_H */
