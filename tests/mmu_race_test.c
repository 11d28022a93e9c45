// SPDX-License-Identifier: GPL-2.0
/*
 * Race outcomes of kernel-reference 3.8, explored with the deterministic
 * scheduler over many seeds on both MMUs: a vCPU fault racing a guest_memfd
 * punch hole, an attribute conversion, a memslot delete, a dummy-slot
 * add/delete loop (scenario 31), and two vCPUs faulting one gfn (the TDP
 * MMU's cmpxchg race).  After each run the guaranteed outcome is checked: no
 * violation (use-after-free at an access, lockdep, deadlock), no SPTE or TLB
 * entry whose folio generation is stale, the right kind of mapping.
 *
 * GMEMSIM_SEED=<n> picks the first seed; every failure prints its seed.
 */
/* gmemsim-test-layer: kvm */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/sched.h>

#include "kvm_model/mmu/mmu.h"

#define GPA 0x200000ULL
#define NPAGES 16
#define SEEDS 40

static u64 base_seed = 1;

struct race {
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_vcpu *vcpu[2];
	long hva;
	int gmem_fd;
	bool private;
	int bad;		/* outcomes the kernel never produces */
	int rounds;
};

static int set_region(struct kvm *kvm, u32 slot, u32 flags, u64 gpa, u64 size, u64 hva, int fd)
{
	struct kvm_userspace_memory_region2 m = {
		.slot = slot, .flags = flags, .guest_phys_addr = gpa, .memory_size = size,
		.userspace_addr = hva, .guest_memfd = fd,
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &m, true);
}

static int set_attrs(struct kvm *kvm, u64 gpa, u64 size, u64 attrs)
{
	struct kvm_memory_attributes a = { .address = gpa, .size = size, .attributes = attrs };

	return kvm_vm_ioctl_set_mem_attributes(kvm, &a);
}

static void race_init(struct race *r, enum kvm_mmu_type mmu, bool private)
{
	struct kvm_mmu_options opts = { .type = mmu, .allow_private_legacy = true };
	struct kvm_create_guest_memfd g = { .size = NPAGES * PAGE_SIZE };

	memset(r, 0, sizeof(*r));
	r->private = private;
	r->rounds = 3;
	r->mm = mm_alloc("vmm");
	r->kvm = kvm_create_vm(private ? KVM_X86_SW_PROTECTED_VM : KVM_X86_DEFAULT_VM, r->mm);
	assert_false(IS_ERR(r->kvm));
	assert_int_equal(kvm_mmu_attach(r->kvm, &opts), 0);
	r->vcpu[0] = kvm_vcpu_create(r->kvm, 0);
	r->vcpu[1] = kvm_vcpu_create(r->kvm, 1);
	r->hva = mm_mmap(r->mm, 0, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_true(r->hva > 0);
	r->gmem_fd = -1;
	if (private) {
		r->gmem_fd = kvm_gmem_create(r->kvm, &g);
		assert_true(r->gmem_fd >= 0);
		assert_int_equal(set_region(r->kvm, 0, KVM_MEM_GUEST_MEMFD, GPA, NPAGES * PAGE_SIZE,
					    r->hva, r->gmem_fd), 0);
		assert_int_equal(set_attrs(r->kvm, GPA, PAGE_SIZE, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	} else {
		assert_int_equal(set_region(r->kvm, 0, 0, GPA, NPAGES * PAGE_SIZE, r->hva, -1), 0);
	}
}

static void race_destroy(struct race *r)
{
	if (r->gmem_fd >= 0)
		assert_int_equal(close_fd(r->gmem_fd), 0);
	kvm_put_kvm(r->kvm);
	mmput(r->mm);
}

/* Invariant 1/23 at quiescence: every leaf and TLB entry has a live folio. */
static void check_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *leaf)
{
	struct race *r = arg;

	if (!pfn_gen_live(leaf->pfn, leaf->gen)) {
		print_message("  stale SPTE: gfn %#llx pfn %#llx\n", (unsigned long long)gfn,
			      (unsigned long long)leaf->pfn);
		r->bad++;
	}
}

static void check_quiescent(struct race *r)
{
	kvm_mmu_for_each_leaf(r->kvm, check_leaf, r);
	for (int v = 0; v < 2; v++)
		for (int l = 0; l < PG_LEVEL_NUM - 1; l++)
			for (int i = 0; i < KVM_TLB_WAYS; i++) {
				struct kvm_tlb_entry *e = &r->vcpu[v]->tlb[l][i];

				if (e->level && !pfn_gen_live(e->pfn, e->gen)) {
					print_message("  stale TLB entry: gfn %#llx\n",
						      (unsigned long long)e->gfn);
					r->bad++;
				}
			}
}

static void run_seeds(const char *name, struct race *proto, void (*setup)(struct race *),
		      const struct sched_actor *actors, unsigned int nr,
		      void (*verify)(struct race *))
{
	for (enum kvm_mmu_type mmu = KVM_MMU_TDP; mmu <= KVM_MMU_LEGACY; mmu++) {
		for (u64 s = base_seed; s < base_seed + SEEDS; s++) {
			/* PCT's change points must fall inside these short runs. */
			struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = s,
						.strategy = s & 1 ? SCHED_STRATEGY_PCT :
								    SCHED_STRATEGY_RANDOM,
						.pct_depth = 3, .pct_steps_hint = 150 };
			struct sched_actor a[4];
			struct sched_result res;
			int ret;

			race_init(proto, mmu, proto->private);
			if (setup)
				setup(proto);
			for (unsigned int i = 0; i < nr; i++) {
				a[i] = actors[i];
				a[i].arg = proto;
			}
			ret = sched_run(&o, a, nr, &res);
			if (ret || res.violations)
				print_message("  %s mmu=%s: seed %llu: %s (%s)\n", name,
					      mmu == KVM_MMU_TDP ? "tdp" : "legacy",
					      (unsigned long long)s, sched_status_name(res.status),
					      res.first_violation);
			assert_int_equal(ret, 0);
			assert_int_equal(res.violations, 0);
			check_quiescent(proto);
			verify(proto);
			if (proto->bad)
				print_message("  %s: seed %llu: bad outcome\n", name,
					      (unsigned long long)s);
			assert_int_equal(proto->bad, 0);
			sched_result_destroy(&res);
			race_destroy(proto);
		}
	}
}

/* ---- vCPU fault vs PUNCH_HOLE ------------------------------------------------------ */

static void vcpu_write_read(void *arg)
{
	struct race *r = arg;

	for (int i = 1; i <= r->rounds; i++) {
		u64 v = 0;

		if (kvm_vcpu_write(r->vcpu[0], GPA, i) != 1)
			r->bad++;
		if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1)
			r->bad++;
		/* The punch may land in between: a fresh zeroed folio. */
		if (v != (u64)i && v != 0)
			r->bad++;
	}
}

static void vmm_punch(void *arg)
{
	struct race *r = arg;
	struct file *f = fget(r->gmem_fd);

	if (vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, PAGE_SIZE))
		r->bad++;
	fput(f);
}

static void verify_punch(struct race *r)
{
	u64 v = 1;

	/* After the punch, the page reads what was written since, or zero. */
	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1 || (v != (u64)r->rounds && v != 0))
		r->bad++;
}

static void test_fault_vs_punch_hole(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_write_read, NULL },
						     { "vmm", vmm_punch, NULL } };
	struct race r = { .private = true };

	run_seeds("fault vs punch", &r, NULL, actors, 2, verify_punch);
}

/* ---- vCPU fault vs KVM_SET_MEMORY_ATTRIBUTES --------------------------------------- */

static void vcpu_read_loop(void *arg)
{
	struct race *r = arg;

	for (int i = 0; i < r->rounds; i++) {
		u64 v;
		int ret = kvm_vcpu_read(r->vcpu[0], GPA, &v);

		/*
		 * SW-protected: privateness is taken from the attribute when the
		 * fault starts; if the store lands before kvm_mmu_faultin_pfn's
		 * check, the kernel exits with MEMORY_FAULT for the (private)
		 * fault.  Any other failure is wrong.
		 */
		if (ret == -EFAULT && r->vcpu[0]->run.exit_reason == KVM_EXIT_MEMORY_FAULT &&
		    r->vcpu[0]->run.memory_fault.flags == KVM_MEMORY_EXIT_FLAG_PRIVATE)
			continue;
		if (ret != 1)
			r->bad++;
	}
}

static void vmm_to_shared(void *arg)
{
	struct race *r = arg;

	if (set_attrs(r->kvm, GPA, PAGE_SIZE, 0))
		r->bad++;
}

static void setup_conversion(struct race *r)
{
	u64 v;

	assert_int_equal(host_write(r->mm, r->hva, 0x5a5a), 0);
	assert_int_equal(kvm_vcpu_write(r->vcpu[1], GPA, 0xbeef), 1);
	assert_int_equal(kvm_vcpu_read(r->vcpu[1], GPA, &v), 1);
	assert_int_equal(v, 0xbeef);
}

static void verify_conversion(struct race *r)
{
	struct kvm_mmu_leaf leaf;
	u64 v;

	/* Invariant 8: no private mapping of the now-shared gfn survives. */
	if (kvm_mmu_lookup_leaf(r->kvm, GPA >> PAGE_SHIFT, &leaf) && (leaf.spte & (1ULL << 56)))
		r->bad++;
	/* The right kind maps the new backing; the wrong kind exits. */
	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1 || v != 0x5a5a)
		r->bad++;
	if (kvm_vcpu_access(r->vcpu[0], GPA, KVM_ACCESS_READ, KVM_VIEW_PRIVATE, &v) != -EFAULT ||
	    r->vcpu[0]->run.exit_reason != KVM_EXIT_MEMORY_FAULT)
		r->bad++;
}

static void test_fault_vs_attribute_conversion(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_read_loop, NULL },
						     { "vmm", vmm_to_shared, NULL } };
	struct race r = { .private = true };

	run_seeds("fault vs conversion", &r, setup_conversion, actors, 2, verify_conversion);
}

/* ---- vCPU fault vs memslot DELETE ------------------------------------------------------- */

static void vcpu_access_any(void *arg)
{
	struct race *r = arg;

	for (int i = 0; i < r->rounds; i++) {
		u64 v;
		int ret = kvm_vcpu_read(r->vcpu[0], GPA, &v);

		/* Before the delete: memory; after: MMIO. */
		if (ret == 0 && r->vcpu[0]->run.exit_reason != KVM_EXIT_MMIO)
			r->bad++;
		if (ret < 0)
			r->bad++;
	}
}

static void vmm_delete(void *arg)
{
	struct race *r = arg;

	if (set_region(r->kvm, 0, 0, GPA, 0, r->hva, -1))
		r->bad++;
}

static void verify_delete(struct race *r)
{
	struct kvm_mmu_leaf leaf;
	u64 v;

	/* No SPTE references the removed slot (invariant 21). */
	if (kvm_mmu_lookup_leaf(r->kvm, GPA >> PAGE_SHIFT, &leaf) && (leaf.spte & (1ULL << 11)))
		r->bad++;
	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 0 || r->vcpu[0]->run.exit_reason != KVM_EXIT_MMIO)
		r->bad++;
}

static void test_fault_vs_memslot_delete(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_access_any, NULL },
						     { "vmm", vmm_delete, NULL } };
	struct race r = { .private = false };

	run_seeds("fault vs delete", &r, NULL, actors, 2, verify_delete);
}

/* ---- scenario 31: accesses while a dummy slot comes and goes ------------------------------ */

static void vmm_dummy_slot(void *arg)
{
	struct race *r = arg;

	for (int i = 0; i < 2; i++) {
		if (set_region(r->kvm, 5, 0, GPA - PAGE_SIZE, PAGE_SIZE, r->hva, -1))
			r->bad++;
		if (set_region(r->kvm, 5, 0, GPA - PAGE_SIZE, 0, r->hva, -1))
			r->bad++;
	}
}

static void vcpu_must_succeed(void *arg)
{
	struct race *r = arg;

	for (int i = 0; i < r->rounds; i++) {
		if (kvm_vcpu_write(r->vcpu[0], GPA + (i % 4) * PAGE_SIZE, i + 1) != 1)
			r->bad++;
	}
}

static void verify_nothing(struct race *r)
{
}

static void test_memslot_modification_stress(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_must_succeed, NULL },
						     { "vmm", vmm_dummy_slot, NULL } };
	struct race r = { .private = false };

	run_seeds("slot modification", &r, NULL, actors, 2, verify_nothing);
}

/* ---- two vCPUs fault one gfn ------------------------------------------------------------- */

static void vcpu_n_read(struct race *r, int n)
{
	u64 v;

	if (kvm_vcpu_read(r->vcpu[n], GPA + PAGE_SIZE, &v) != 1 || v != 0)
		r->bad++;
}

static void vcpu0_read(void *arg)
{
	vcpu_n_read(arg, 0);
}

static void vcpu1_read(void *arg)
{
	vcpu_n_read(arg, 1);
}

static void verify_one_mapping(struct race *r)
{
	struct kvm_mmu_stats st;

	kvm_mmu_get_stats(r->kvm, &st);
	/* One fault installs; the other is spurious, retried, or never faults. */
	if (st.pf_fixed < 1 || st.pf_fixed > 2)
		r->bad++;
	if (kvm_memslots_have_rmaps(r->kvm) &&
	    kvm_mmu_rmap_count(r->kvm, (GPA >> PAGE_SHIFT) + 1, PG_LEVEL_4K) != 1)
		r->bad++;
}

static void test_two_vcpus_fault_one_gfn(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu0_read, NULL },
						     { "vcpu1", vcpu1_read, NULL } };
	struct race r = { .private = false };

	run_seeds("two faults", &r, NULL, actors, 2, verify_one_mapping);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fault_vs_punch_hole),
		cmocka_unit_test(test_fault_vs_attribute_conversion),
		cmocka_unit_test(test_fault_vs_memslot_delete),
		cmocka_unit_test(test_memslot_modification_stress),
		cmocka_unit_test(test_two_vcpus_fault_one_gfn),
	};
	const char *s = getenv("GMEMSIM_SEED");

	if (s)
		base_seed = strtoull(s, NULL, 0);
	printf("mmu_race_test: seeds %llu..%llu (GMEMSIM_SEED=%llu to replay)\n",
	       (unsigned long long)base_seed, (unsigned long long)(base_seed + SEEDS - 1),
	       (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
