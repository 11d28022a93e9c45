// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: kvm */
/*
 * The invalidation protocol of kernel-reference 3.2 and the mmu_notifier
 * path of 3.3 A, driven by real host-mm events (munmap) on the VM's mm.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <linux/kvm_host.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>

#include "kvm_test_mmu.h"

static void test_begin_range_end_and_retry(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	unsigned long seq = kvm_mmu_invalidate_seq_sample(kvm);

	write_lock(&kvm->mmu_lock);
	kvm_mmu_invalidate_begin(kvm);
	assert_int_equal(kvm->mmu_invalidate_range_start, INVALID_GPA);
	kvm_mmu_invalidate_range_add(kvm, 0x10, 0x20);
	kvm_mmu_invalidate_begin(kvm);		/* a second, concurrent one */
	kvm_mmu_invalidate_range_add(kvm, 0x30, 0x31);
	/* Union [0x10, 0x31), held until the last end. */
	assert_true(mmu_invalidate_retry_gfn(kvm, seq, 0x25));
	assert_false(mmu_invalidate_retry_gfn(kvm, seq, 0x31));
	assert_true(mmu_invalidate_retry_gfn_unsafe(kvm, seq, 0x10));
	kvm_mmu_invalidate_end(kvm);
	assert_true(mmu_invalidate_retry_gfn(kvm, seq, 0x25));	/* still open + seq moved */
	kvm_mmu_invalidate_end(kvm);
	assert_int_equal(kvm->mmu_invalidate_in_progress, 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 2);
	/* Closed, but the sample is stale: every gfn retries. */
	assert_true(mmu_invalidate_retry_gfn(kvm, seq, 0x1000));
	assert_false(mmu_invalidate_retry_gfn(kvm, seq + 2, 0x1000));
	write_unlock(&kvm->mmu_lock);
	assert_false(kvm->vm_bugged);
	kvm_put_kvm(kvm);
}

/* An end() without begin() drives in_progress negative: KVM_BUG_ON, VM dead. */
static void test_unbalanced_end_bugs_the_vm(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	unsigned long before = violations_reported();

	write_lock(&kvm->mmu_lock);
	kvm_mmu_invalidate_end(kvm);
	write_unlock(&kvm->mmu_lock);
	assert_true(violations_reported() > before);
	assert_true(kvm->vm_bugged);
	/* 2.0 row 1: every ioctl of a dead VM is -EIO. */
	assert_int_equal(kvm_vm_ioctl(kvm, NULL, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY), -EIO);
	kvm_put_kvm(kvm);
}

/* munmap of a memslot's hva: one begin/end pair, SHARED filter, seq + 1. */
static void test_notifier_from_host_munmap(void **state)
{
	struct mm_struct *mm = mm_alloc("vmm");
	struct kvm *kvm;
	long hva;

	assert_non_null(mm);
	kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, mm);
	assert_false(IS_ERR(kvm));
	assert_int_equal(kvm_attach_mmu(kvm, &rec_mmu_ops), 0);

	hva = mm_mmap(mm, 0, 0x10000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_true(hva > 0);
	/* slot: gfn [0x100, 0x108) <- hva [hva, hva + 0x8000) */
	assert_int_equal(__set_region(kvm, 0, 0, 0x100000, 0x8000, hva, 0, 0), 0);

	rec_reset();
	/* Outside every slot: no begin, no bump. */
	assert_int_equal(mm_munmap(mm, hva + 0x8000, 0x1000), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, 0);
	assert_int_equal(rec.nr_unmap, 0);

	/* One page inside: gfn 0x103. */
	assert_int_equal(mm_munmap(mm, hva + 0x3000, 0x1000), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, 1);
	assert_int_equal(rec.nr_unmap, 1);
	assert_int_equal(rec.unmap[0].start, 0x103);
	assert_int_equal(rec.unmap[0].end, 0x104);
	assert_int_equal(rec.unmap[0].attr_filter, KVM_FILTER_SHARED);
	assert_int_equal(kvm->mmu_invalidate_in_progress, 0);
	assert_int_equal(kvm->mn_active_invalidate_count, 0);

	kvm_put_kvm(kvm);
	mmput(mm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_begin_range_end_and_retry),
		cmocka_unit_test(test_unbalanced_end_bugs_the_vm),
		cmocka_unit_test(test_notifier_from_host_munmap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
