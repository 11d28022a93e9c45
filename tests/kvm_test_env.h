/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMU tests' VM: a VMM mm, a VM with an MMU attached (either kind) and one
 * vCPU, like the KVM selftests' vm_create_with_one_vcpu().  Include after
 * cmocka.h.
 */
#ifndef _GMEMSIM_TESTS_KVM_TEST_ENV_H
#define _GMEMSIM_TESTS_KVM_TEST_ENV_H

#include <string.h>

#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm_vma.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_test_region.h"

struct env {
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_vcpu *vcpu;
	long hva;		/* the test's shared mapping, if it makes one */
	int gmem_fd;		/* -1: none */
};

/* A VM of @type with the @mmu MMU and vCPU 0; nothing mapped yet. */
static inline void env_vm(struct env *e, unsigned long type, enum kvm_mmu_type mmu)
{
	struct kvm_mmu_options opts = { .type = mmu, .allow_private_legacy = true };

	memset(e, 0, sizeof(*e));
	e->gmem_fd = -1;
	e->mm = mm_alloc("vmm");
	assert_non_null(e->mm);
	e->kvm = kvm_create_vm(type, e->mm);
	assert_false(IS_ERR(e->kvm));
	assert_int_equal(kvm_mmu_attach(e->kvm, &opts), 0);
	e->vcpu = kvm_vcpu_create(e->kvm, 0);
	assert_false(IS_ERR(e->vcpu));
}

#endif /* _GMEMSIM_TESTS_KVM_TEST_ENV_H */
