// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: kvm */
/*
 * KVM_SET_USER_MEMORY_REGION(2): the errno table of kernel-reference 2.2 in
 * order, the CREATE/DELETE/MOVE/FLAGS_ONLY generations and INVALID window of
 * 3.3 F, lookups, and a deterministic-scheduler race of a memslot delete
 * against an open mmu_notifier invalidation (the swap must wait).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <linux/kvm_host.h>
#include <linux/sched.h>

#include "kvm_test_mmu.h"

#define GB (1ULL << 30)
#define HVA0 0x7f0000000000ULL

struct region_row {
	const char *row;	/* kernel-reference row */
	bool v2;
	u32 slot;
	u32 flags;
	u64 gpa;
	u64 size;
	u64 hva;
	u64 gmem_off;
	int expect;
};

static int run_row(struct kvm *kvm, const struct region_row *r)
{
	struct kvm_userspace_memory_region2 m = {
		.slot = r->slot,
		.flags = r->flags,
		.guest_phys_addr = r->gpa,
		.memory_size = r->size,
		.userspace_addr = r->hva,
		.guest_memfd_offset = r->gmem_off,
		.guest_memfd = 1000,	/* never a valid fd: rows 19+ are gmem tests */
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &m, r->v2);
}

static void test_set_memory_region_errno_table(void **state)
{
	/* Slot 0 (gfn 0x100..0x1ff) exists before the rows run. */
	static const struct region_row rows[] = {
		{ "2.2#1 v1 + GUEST_MEMFD", false, 1, KVM_MEM_GUEST_MEMFD, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#1 v1 + bit 3", false, 1, 1U << 3, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#2 id == KVM_USER_MEM_SLOTS", true, KVM_USER_MEM_SLOTS, 0, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#3 internal INVALID bit", true, 1, KVM_MEMSLOT_INVALID, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#3 GUEST_MEMFD|LOG_DIRTY", true, 1, KVM_MEM_GUEST_MEMFD | KVM_MEM_LOG_DIRTY_PAGES, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#3 GUEST_MEMFD|READONLY", true, 1, KVM_MEM_GUEST_MEMFD | KVM_MEM_READONLY, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#4 size unaligned", true, 1, 0, 0, 4097, HVA0, 0, -EINVAL },
		{ "2.2#5 gpa unaligned", true, 1, 0, 0x1001, 4096, HVA0, 0, -EINVAL },
		{ "2.2#6 hva unaligned", true, 1, 0, 0, 4096, HVA0 + 1, 0, -EINVAL },
		{ "2.2#6 hva + size past user space", true, 1, 0, 0, 8192, TASK_SIZE_MAX - 4096, 0, -EINVAL },
		{ "2.2#6 also on delete", true, 1, 0, 0, 0, HVA0 + 1, 0, -EINVAL },
		{ "2.2#7 gmem offset unaligned", true, 1, KVM_MEM_GUEST_MEMFD, 0, 4096, HVA0, 1, -EINVAL },
		{ "2.2#7 gmem offset + size wraps", true, 1, KVM_MEM_GUEST_MEMFD, 0, 8192, HVA0, ~0ULL & PAGE_MASK, -EINVAL },
		{ "2.2#8 as_id 2", true, (2U << 16) | 1, 0, 0, 4096, HVA0, 0, -EINVAL },
		{ "2.2#9 gpa + size wraps", true, 1, 0, ~0ULL & PAGE_MASK, 8192, 0, 0, -EINVAL },
		{ "2.2#10 npages > 2^31-1", true, 1, 0, 0, 1ULL << 43, 0, 0, -EINVAL },
		{ "2.2#11 delete of a missing slot", true, 1, 0, 0, 0, HVA0, 0, -EINVAL },
		/* #12 (EIO) and #13 need corrupted/impossible accounting: unreachable. */
		{ "2.2#14 modify with GUEST_MEMFD", true, 0, KVM_MEM_GUEST_MEMFD, 0x100000, 0x100000, HVA0, 0, -EINVAL },
		{ "2.2#15 modify hva", true, 0, 0, 0x100000, 0x100000, HVA0 + 4096, 0, -EINVAL },
		{ "2.2#15 modify npages", true, 0, 0, 0x100000, 0x200000, HVA0, 0, -EINVAL },
		{ "2.2#15 toggle READONLY", true, 0, KVM_MEM_READONLY, 0x100000, 0x100000, HVA0, 0, -EINVAL },
		{ "2.2#16 identical: no-op", true, 0, 0, 0x100000, 0x100000, HVA0, 0, 0 },
		{ "2.2#17 overlap, other id", true, 1, 0, 0x1ff000, 0x2000, HVA0 + GB, 0, -EEXIST },
		{ "2.2#19 gmem fd not open", true, 1, KVM_MEM_GUEST_MEMFD, 0x400000, 4096, HVA0, 0, -EBADF },
		/* #18/#24/#25/#29 are allocation failures; #26/#28 need KVMGT/TDX. */
		{ "2.2#27 last gfn beyond MAXPHYADDR", true, 1, 0, 1ULL << KVM_MODEL_PHYS_BITS, 4096, HVA0 + GB, 0, -EINVAL },
		{ "ok: create slot 1", true, 1, 0, 0x400000, 4096, HVA0 + GB, 0, 0 },
	};
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	u64 gen;
	size_t i;

	assert_false(IS_ERR(kvm));
	assert_int_equal(__set_region(kvm, 0, 0, 0x100000, 0x100000, HVA0, 0, 0), 0);

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		gen = as_gen(kvm, 0);
		int r = run_row(kvm, &rows[i]);

		if (r != rows[i].expect)
			fail_msg("%s: got %d, want %d", rows[i].row, r, rows[i].expect);
		/* Failed rows and the no-op change nothing. */
		if (r || !strncmp(rows[i].row, "2.2#16", 6))
			assert_int_equal(as_gen(kvm, 0), gen);
	}
	/* Row 27 left nothing behind. */
	assert_non_null(id_to_memslot(__kvm_memslots(kvm, 0), 1));
	assert_int_equal(kvm->nr_memslot_pages, 0x100 + 1);
	kvm_put_kvm(kvm);
}

static void test_private_vm_has_one_address_space(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);

	/* 2.2#8 on a private-memory VM: as_id 1 is out (no SMM). */
	assert_int_equal(__set_region(kvm, (1U << 16) | 0, 0, 0, 4096, HVA0, 0, 0), -EINVAL);
	assert_int_equal(kvm_vm_ioctl_check_extension(kvm, KVM_CAP_MULTI_ADDRESS_SPACE), 1);
	kvm_put_kvm(kvm);

	kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	assert_int_equal(__set_region(kvm, (1U << 16) | 0, 0, 0, 4096, HVA0, 0, 0), 0);
	assert_int_equal(kvm_vm_ioctl_check_extension(kvm, KVM_CAP_MULTI_ADDRESS_SPACE), 2);
	kvm_put_kvm(kvm);
}

/*
 * Generation: AS i starts at i and each swap adds nr_as (2 for a default VM).
 * CREATE and FLAGS_ONLY swap once, DELETE and MOVE twice.
 */
static void test_generation_per_change(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);

	assert_int_equal(as_gen(kvm, 0), 0);
	assert_int_equal(as_gen(kvm, 1), 1);

	/* CREATE: [0x100, 0x200) */
	assert_int_equal(__set_region(kvm, 0, 0, 0x100000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 2);
	/* FLAGS_ONLY: LOG_DIRTY on */
	assert_int_equal(__set_region(kvm, 0, KVM_MEM_LOG_DIRTY_PAGES, 0x100000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 4);
	assert_non_null(id_to_memslot(__kvm_memslots(kvm, 0), 0)->dirty_bitmap);
	/* MOVE to [0x300, 0x400): two swaps */
	assert_int_equal(__set_region(kvm, 0, KVM_MEM_LOG_DIRTY_PAGES, 0x300000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 8);
	assert_null(gfn_to_memslot(kvm, 0x100));
	assert_int_equal(gfn_to_memslot(kvm, 0x3ff)->id, 0);
	/* DELETE: two swaps */
	assert_int_equal(__set_region(kvm, 0, 0, 0, 0, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 12);
	assert_null(gfn_to_memslot(kvm, 0x300));
	/* The other address space never moved. */
	assert_int_equal(as_gen(kvm, 1), 1);
	assert_int_equal(kvm->nr_memslot_pages, 0);
	kvm_put_kvm(kvm);

	/* One address space: each swap adds 1. */
	kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);
	assert_int_equal(__set_region(kvm, 0, 0, 0x100000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 1);
	assert_int_equal(__set_region(kvm, 0, 0, 0, 0, HVA0, 0, 0), 0);
	assert_int_equal(as_gen(kvm, 0), 3);
	kvm_put_kvm(kvm);
}

/* DELETE and MOVE publish an INVALID copy before zapping; FLAGS_ONLY never zaps. */
static void test_invalid_window(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);

	assert_int_equal(kvm_attach_mmu(kvm, &rec_mmu_ops), 0);
	rec_reset();
	assert_int_equal(__set_region(kvm, 3, 0, 0x100000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(rec.nr_flush_shadow_memslot, 0);

	assert_int_equal(__set_region(kvm, 3, KVM_MEM_LOG_DIRTY_PAGES, 0x100000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(rec.nr_flush_shadow_memslot, 0);

	assert_int_equal(__set_region(kvm, 3, KVM_MEM_LOG_DIRTY_PAGES, 0x200000, 0x100000, HVA0, 0, 0), 0);
	assert_int_equal(rec.nr_flush_shadow_memslot, 1);
	assert_true(rec.flush_saw_invalid);
	/* Dropped before synchronize_srcu, re-taken only after the zap. */
	assert_false(rec.flush_saw_slots_arch_lock);

	rec_reset();
	assert_int_equal(__set_region(kvm, 3, 0, 0x200000, 0, HVA0, 0, 0), 0);
	assert_int_equal(rec.nr_flush_shadow_memslot, 1);
	assert_true(rec.flush_saw_invalid);
	assert_null(id_to_memslot(__kvm_memslots(kvm, 0), 3));
	kvm_put_kvm(kvm);
}

static void test_lookups(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
	struct kvm_memslots *slots;
	struct kvm_memory_slot *s;
	struct kvm_memslot_iter iter;
	unsigned int pos, n;
	int idx;

	/* gfn: [0x10,0x20) id 5, [0x40,0x50) id 2, [0x20,0x30) id 9 */
	assert_int_equal(__set_region(kvm, 5, 0, 0x10000, 0x10000, HVA0, 0, 0), 0);
	assert_int_equal(__set_region(kvm, 2, 0, 0x40000, 0x10000, HVA0 + 0x10000, 0, 0), 0);
	assert_int_equal(__set_region(kvm, 9, 0, 0x20000, 0x10000, HVA0 + 0x100000, 0, 0), 0);

	idx = srcu_read_lock(&kvm->srcu);
	slots = kvm_memslots(kvm);
	assert_int_equal(__gfn_to_memslot(slots, 0x10)->id, 5);
	assert_ptr_equal(slots->last_used_slot, id_to_memslot(slots, 5));
	assert_int_equal(__gfn_to_memslot(slots, 0x2f)->id, 9);
	assert_null(__gfn_to_memslot(slots, 0x30));
	assert_null(__gfn_to_memslot(slots, 0xf));
	assert_int_equal(__gfn_to_memslot(slots, 0x4f)->id, 2);

	n = 0;
	kvm_for_each_memslot_in_gfn_range(&iter, slots, 0x1f, 0x41)
		n++;
	assert_int_equal(n, 3);
	n = 0;
	kvm_for_each_memslot_in_gfn_range(&iter, slots, 0x30, 0x40)
		n++;
	assert_int_equal(n, 0);

	/* hva [HVA0+0xf000, HVA0+0x10fff] touches ids 5 and 2 only. */
	n = 0;
	kvm_for_each_memslot_in_hva_range(s, pos, slots, HVA0 + 0xf000, HVA0 + 0x10fff)
		assert_true(s->id == 5 || s->id == 2), n++;
	assert_int_equal(n, 2);
	srcu_read_unlock(&kvm->srcu, idx);
	kvm_put_kvm(kvm);
}

/* Selftest 20: fill every user slot; one more id is out of range. */
static void test_add_max_memory_regions(void **state)
{
	struct kvm *kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, NULL);
	int max = kvm_vm_ioctl_check_extension(kvm, KVM_CAP_NR_MEMSLOTS);
	int i;

	assert_int_equal(max, KVM_USER_MEM_SLOTS);
	for (i = 0; i < max; i++)
		assert_int_equal(__set_region(kvm, i, 0, (u64)i << 21, 4096, HVA0, 0, 0), 0);
	assert_int_equal(__set_region(kvm, max, 0, (u64)max << 21, 4096, HVA0, 0, 0), -EINVAL);
	assert_int_equal(kvm_memslots(kvm)->nr_slots, max);
	assert_int_equal(gfn_to_memslot(kvm, ((u64)(max - 1) << 9))->id, max - 1);
	kvm_put_kvm(kvm);
}

/* ---- deterministic race: delete vs an open notifier ------------------------------ */

struct race_ctx {
	struct kvm *kvm;
	struct mmu_notifier_range range;
	bool swapped_while_open;
	int delete_ret;
};

static void race_host(void *arg)
{
	struct race_ctx *c = arg;
	struct kvm *kvm = c->kvm;
	struct kvm_memslots *seen;

	kvm_mmu_notifier_ops.invalidate_range_start(&kvm->mmu_notifier, &c->range);
	seen = __kvm_memslots(kvm, 0);
	sched_point("host: pages being freed");
	sched_point("host: pages being freed");
	/* Invariant 5: no swap while our start() has no end(). */
	if (__kvm_memslots(kvm, 0) != seen)
		c->swapped_while_open = true;
	kvm_mmu_notifier_ops.invalidate_range_end(&kvm->mmu_notifier, &c->range);
}

static void race_vmm(void *arg)
{
	struct race_ctx *c = arg;

	c->delete_ret = __set_region(c->kvm, 0, 0, 0x100000, 0, HVA0, 0, 0);
}

static void test_det_delete_waits_for_notifier(void **state)
{
	const char *env = getenv("GMEMSIM_SEED");
	u64 seed0 = env ? strtoull(env, NULL, 0) : 0x5107;
	int iter;

	printf("memslot_test: seed=%llu (GMEMSIM_SEED)\n", (unsigned long long)seed0);
	for (iter = 0; iter < 50; iter++) {
		struct sched_opts opts = {
			.mode = SCHED_MODE_DET,
			.strategy = iter & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.seed = seed0 + iter,
		};
		struct race_ctx c = { 0 };
		struct sched_actor actors[] = {
			{ "host", race_host, &c },
			{ "vmm", race_vmm, &c },
		};
		struct sched_result res;
		int r;

		c.kvm = kvm_create_vm(KVM_X86_DEFAULT_VM, NULL);
		assert_int_equal(__set_region(c.kvm, 0, 0, 0x100000, 0x100000, HVA0, 0, 0), 0);
		mmu_notifier_range_init(&c.range, MMU_NOTIFY_CLEAR, MMU_NOTIFIER_RANGE_BLOCKABLE,
					NULL, HVA0, HVA0 + 0x1000);

		r = sched_run(&opts, actors, ARRAY_SIZE(actors), &res);
		if (r)
			fail_msg("seed %llu: %s (%s)", (unsigned long long)opts.seed,
				 sched_status_name(res.status), res.first_violation);
		assert_int_equal(c.delete_ret, 0);
		assert_false(c.swapped_while_open);
		/* Begin/end balanced whichever order they ran in. */
		assert_int_equal(c.kvm->mmu_invalidate_in_progress, 0);
		assert_int_equal(c.kvm->mn_active_invalidate_count, 0);
		sched_result_destroy(&res);
		kvm_put_kvm(c.kvm);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_memory_region_errno_table),
		cmocka_unit_test(test_private_vm_has_one_address_space),
		cmocka_unit_test(test_generation_per_change),
		cmocka_unit_test(test_invalid_window),
		cmocka_unit_test(test_lookups),
		cmocka_unit_test(test_add_max_memory_regions),
		cmocka_unit_test(test_det_delete_waits_for_notifier),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
