// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: kvm */
/*
 * KVM_SET_MEMORY_ATTRIBUTES: the errno table of kernel-reference 2.3 in
 * order and the invalidation behaviour of 3.3 E: no change, no begin and no
 * seq bump; a change bumps the seq exactly once and only with a memslot in
 * range; the pre pass zaps the old kind and widens the range over straddling
 * huge pages that are not mixed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <linux/kvm_host.h>

#include "kvm_test_mmu.h"

#define HVA0 0x7f0000000000ULL
#define P KVM_MEMORY_ATTRIBUTE_PRIVATE

static int set_attrs(struct kvm *kvm, u64 gpa, u64 size, u64 attrs, u64 flags)
{
	struct kvm_memory_attributes a = {
		.address = gpa, .size = size, .attributes = attrs, .flags = flags,
	};

	return kvm_vm_ioctl_set_mem_attributes(kvm, &a);
}

static void test_set_attributes_errno_table(void **state)
{
	struct kvm *def = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	struct kvm *prot = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);

	/* 2.3#1 flags != 0 */
	assert_int_equal(set_attrs(prot, 0, 4096, P, 1), -EINVAL);
	/* 2.3#2 PRIVATE on a default VM; unknown bit anywhere */
	assert_int_equal(set_attrs(def, 0, 4096, P, 0), -EINVAL);
	assert_int_equal(set_attrs(prot, 0, 4096, 1ULL << 4, 0), -EINVAL);
	/* 2.3#3 size 0, wrap */
	assert_int_equal(set_attrs(prot, 0, 0, P, 0), -EINVAL);
	assert_int_equal(set_attrs(prot, ~0ULL & PAGE_MASK, 8192, P, 0), -EINVAL);
	/* 2.3#4 alignment */
	assert_int_equal(set_attrs(prot, 1, 4096, P, 0), -EINVAL);
	assert_int_equal(set_attrs(prot, 0, 4095, P, 0), -EINVAL);
	/* 2.3#5 attributes 0 on a default VM: a successful no-op */
	assert_int_equal(set_attrs(def, 0, 4096, 0, 0), 0);
	/* 2.3#7 no memslot needed */
	assert_int_equal(set_attrs(prot, 0x10000, 0x3000, P, 0), 0);
	assert_true(kvm_mem_is_private(prot, 0x11));
	assert_false(kvm_mem_is_private(prot, 0x13));
	assert_true(kvm_range_has_memory_attributes(prot, 0x10, 0x13, ~0UL, P));
	assert_false(kvm_range_has_memory_attributes(prot, 0x10, 0x14, ~0UL, P));
	assert_true(kvm_range_has_memory_attributes(prot, 0x13, 0x20, ~0UL, 0));
	/* Capability: per VM, and PRIVATE system-wide. */
	assert_int_equal(kvm_vm_ioctl_check_extension(def, KVM_CAP_MEMORY_ATTRIBUTES), 0);
	assert_int_equal(kvm_vm_ioctl_check_extension(prot, KVM_CAP_MEMORY_ATTRIBUTES), (int)P);
	assert_int_equal(kvm_dev_ioctl_check_extension(KVM_CAP_MEMORY_ATTRIBUTES), (int)P);
	kvm_put_kvm(def);
	kvm_put_kvm(prot);
}

static void test_seq_bumps_once_and_only_on_change(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);
	unsigned long seq;

	assert_int_equal(kvm_attach_mmu(kvm, &rec_mmu_ops), 0);
	/* No memslot in range: attributes change, nothing is invalidated. */
	seq = kvm->mmu_invalidate_seq;
	assert_int_equal(set_attrs(kvm, 0x100000, 0x1000, P, 0), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq);
	assert_int_equal(kvm->stat.mmu_invalidate_begin, 0);

	/* slot 0: gfn [0x100, 0x300) */
	assert_int_equal(__set_region(kvm, 0, 0, 0x100000, 0x200000, HVA0, 0, 0), 0);

	/* Unchanged (gfn 0x100 is already private): no begin, no bump. */
	rec_reset();
	assert_int_equal(set_attrs(kvm, 0x100000, 0x1000, P, 0), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq);
	assert_int_equal(rec.nr_unmap, 0);

	/* Change: one begin/end pair, seq + 1, zap of the old (shared) kind. */
	assert_int_equal(set_attrs(kvm, 0x101000, 0x1000, P, 0), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 1);
	assert_int_equal(kvm->mmu_invalidate_in_progress, 0);
	assert_int_equal(rec.nr_unmap, 1);
	assert_int_equal(rec.unmap[0].attr_filter, KVM_FILTER_SHARED);
	assert_int_equal(rec.unmap[0].start, 0x101);
	assert_int_equal(rec.unmap[0].end, 0x102);
	assert_int_equal(rec.unmap_in_progress[0], 1);

	/* Back to shared: zap private mappings. */
	assert_int_equal(set_attrs(kvm, 0x101000, 0x1000, 0, 0), 0);
	assert_int_equal(kvm->mmu_invalidate_seq, seq + 2);
	assert_int_equal(rec.unmap[1].attr_filter, KVM_FILTER_PRIVATE);
	kvm_put_kvm(kvm);
}

/* Observe the tracked range from inside the zap (mmu_lock held). */
static gfn_t seen_start, seen_end;
static bool range_unmap(struct kvm *kvm, struct kvm_gfn_range *range)
{
	seen_start = kvm->mmu_invalidate_range_start;
	seen_end = kvm->mmu_invalidate_range_end;
	return false;
}

static const struct kvm_arch_mmu_ops range_mmu_ops = {
	.name = "range-probe",
	.unmap_gfn_range = range_unmap,
	.flush_remote_tlbs = rec_flush_remote_tlbs,
	.flush_shadow_all = rec_flush_shadow_all,
	.flush_shadow_memslot = rec_flush_shadow_memslot,
};

static void test_range_add_covers_straddling_hugepages(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);

	assert_int_equal(kvm_attach_mmu(kvm, &range_mmu_ops), 0);
	/* slot: gfn [0, 0x80000) = 2 GiB, 1G aligned */
	assert_int_equal(__set_region(kvm, 0, 0, 0, 2ULL << 30, HVA0, 0, 0), 0);

	/*
	 * gfn [0x201, 0x202): straddles the 2M page [0x200, 0x400) and the 1G
	 * page [0, 0x40000), both uniform (not mixed) and inside the slot.
	 *   |0 ............ 1G page ............ 0x40000|
	 *      |0x200 2M 0x400|
	 *        ^0x201
	 */
	assert_int_equal(set_attrs(kvm, 0x201000, 0x1000, P, 0), 0);
	assert_int_equal(seen_start, 0);
	assert_int_equal(seen_end, 0x40000);

	/*
	 * Now the 2M page [0x200,0x400) and the 1G page are mixed: a change at
	 * 0x203 adds no huge neighbours, only itself.
	 */
	assert_int_equal(set_attrs(kvm, 0x203000, 0x1000, P, 0), 0);
	assert_int_equal(seen_start, 0x203);
	assert_int_equal(seen_end, 0x204);

	/* A whole aligned 2M page in the uniform second 1G page: adds the 1G page. */
	assert_int_equal(set_attrs(kvm, 0x40000000 + 0x200000, 0x200000, P, 0), 0);
	assert_int_equal(seen_start, 0x40000);
	assert_int_equal(seen_end, 0x80000);
	kvm_put_kvm(kvm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_attributes_errno_table),
		cmocka_unit_test(test_seq_bumps_once_and_only_on_change),
		cmocka_unit_test(test_range_add_covers_straddling_hugepages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
