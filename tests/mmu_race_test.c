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
 * Then one test per retry check of the fault path (3.4 e, h and
 * is_page_fault_stale), each built so that it fails when that check alone
 * is removed: a single fault against a bare invalidation (e), against one
 * that opens while the pfn is being resolved (h: some seed must retry before
 * mmu_lock after the host page was faulted in), and against a host
 * MADV_DONTNEED (the locked check: some seed must retry under mmu_lock, and
 * no seed may leave an SPTE to the freed page).
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
#include "kvm_model/mmu/mmu_internal.h"

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

/* ---- one test per retry check of the fault path ---------------------------------------- */

/* Past the vCPU fault's last scheduling decision. */
#define CHECK_PREEMPTIONS 64

/* One vCPU fault, straight into kvm_mmu_do_page_fault (no re-entry loop). */
static int fault_once(struct kvm_vcpu *vcpu, gpa_t gpa, u64 err)
{
	int idx, r;

	idx = srcu_read_lock(&vcpu->kvm->srcu);
	r = kvm_mmu_do_page_fault(vcpu, gpa, err, false, NULL);
	srcu_read_unlock(&vcpu->kvm->srcu, idx);
	return r;
}

/* The mmu_notifier's bracket around a primary-MMU change of [gfn, gfn + 1). */
static void invalidate_start(struct kvm *kvm, gfn_t gfn)
{
	struct kvm_gfn_range range = { .start = gfn, .end = gfn + 1, .may_block = true,
				       .attr_filter = KVM_FILTER_PRIVATE | KVM_FILTER_SHARED };
	int idx;

	idx = srcu_read_lock(&kvm->srcu);
	range.slot = gfn_to_memslot(kvm, gfn);
	KVM_MMU_LOCK(kvm);
	kvm_mmu_invalidate_begin(kvm);
	if (kvm_mmu_unmap_gfn_range(kvm, &range))
		kvm_flush_remote_tlbs(kvm);
	KVM_MMU_UNLOCK(kvm);
	srcu_read_unlock(&kvm->srcu, idx);
}

static void invalidate_end(struct kvm *kvm)
{
	KVM_MMU_LOCK(kvm);
	kvm_mmu_invalidate_end(kvm);
	KVM_MMU_UNLOCK(kvm);
}

static bool host_mapped(struct race *r, gpa_t gpa)
{
	return pte_present(mm_read_pte(r->mm, r->hva + (gpa - GPA)));
}

/*
 * 3.4 e: with an invalidation of the gfn open, a fault retries before it
 * even looks the pfn up: GUP never faults the host page in.
 */
static void test_retry_check_before_pfn(void **state)
{
	for (enum kvm_mmu_type mmu = KVM_MMU_TDP; mmu <= KVM_MMU_LEGACY; mmu++) {
		struct kvm_mmu_stats st;
		struct race r;

		race_init(&r, mmu, false);
		assert_int_equal(kvm_mmu_load(r.vcpu[0]), 0);
		invalidate_start(r.kvm, GPA >> PAGE_SHIFT);
		assert_int_equal(fault_once(r.vcpu[0], GPA, PFERR_WRITE_MASK), RET_PF_RETRY);
		kvm_mmu_get_stats(r.kvm, &st);
		assert_int_equal(st.pf_retry_unlocked, 1);
		assert_false(host_mapped(&r, GPA));
		invalidate_end(r.kvm);

		assert_int_equal(fault_once(r.vcpu[0], GPA, PFERR_WRITE_MASK), RET_PF_FIXED);
		assert_true(host_mapped(&r, GPA));
		race_destroy(&r);
	}
}

struct check_run {
	struct race *r;
	int ret;
};

static void vcpu_fault_once(void *arg)
{
	struct check_run *c = arg;

	c->ret = fault_once(c->r->vcpu[0], GPA, PFERR_WRITE_MASK);
}

static void vmm_invalidate(void *arg)
{
	struct check_run *c = arg;

	invalidate_start(c->r->kvm, GPA >> PAGE_SHIFT);
	sched_point("vmm: primary MMU change");
	invalidate_end(c->r->kvm);
}

/* The host drops the page: mmu_notifier begin and zap, the free, end. */
static void vmm_dontneed(void *arg)
{
	struct check_run *c = arg;

	if (mm_madvise(c->r->mm, c->r->hva, PAGE_SIZE, MADV_DONTNEED))
		c->r->bad++;
}

/*
 * Run the fault against @vmm at every preemption point: the vCPU runs
 * alone for k scheduling decisions, then the VMM runs until it blocks or
 * ends, then the two go on without preemption (bounded preemption, as
 * CHESS does, with bound 1).  @hit says whether a run exercised the check
 * under test.  Every run must be clean; at least one per MMU must hit.
 */
static void run_sweep(const char *name, bool private, void (*vcpu)(void *), void (*vmm)(void *),
		      bool (*hit)(struct race *r, const struct kvm_mmu_stats *st, int ret))
{
	for (enum kvm_mmu_type mmu = KVM_MMU_TDP; mmu <= KVM_MMU_LEGACY; mmu++) {
		unsigned int hits = 0, k;

		for (k = 0; k < CHECK_PREEMPTIONS; k++) {
			u8 dec[CHECK_PREEMPTIONS + 1] = { 0 };
			struct sched_schedule sched = { .dec = dec, .len = k + 1, .cap = k + 1 };
			struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed,
						.strategy = SCHED_STRATEGY_STICKY,
						.replay = &sched };
			struct check_run c = { .ret = -1 };
			struct sched_actor a[2] = { { "vcpu0", vcpu, &c }, { "vmm", vmm, &c } };
			struct kvm_mmu_stats st;
			struct sched_result res;
			struct race r;
			int ret;

			dec[k] = 1;
			race_init(&r, mmu, private);
			c.r = &r;
			assert_int_equal(kvm_mmu_load(r.vcpu[0]), 0);
			ret = sched_run(&o, a, 2, &res);
			if (ret || res.violations)
				print_message("  %s mmu=%s: preempted at %u: %s (%s)\n", name,
					      mmu == KVM_MMU_TDP ? "tdp" : "legacy", k,
					      sched_status_name(res.status), res.first_violation);
			assert_int_equal(ret, 0);
			assert_int_equal(res.violations, 0);
			check_quiescent(&r);
			if (r.bad)
				print_message("  %s: preempted at %u: bad outcome\n", name, k);
			assert_int_equal(r.bad, 0);
			kvm_mmu_get_stats(r.kvm, &st);
			hits += hit(&r, &st, c.ret);
			sched_result_destroy(&res);
			race_destroy(&r);
		}
		print_message("  %s mmu=%s: %u of %u preemption points hit the window\n", name,
			      mmu == KVM_MMU_TDP ? "tdp" : "legacy", hits, CHECK_PREEMPTIONS);
		assert_true(hits > 0);
	}
}

/* The host page was faulted in (GUP ran), then the fault retried before mmu_lock. */
static bool hit_after_pfn(struct race *r, const struct kvm_mmu_stats *st, int ret)
{
	return ret == RET_PF_RETRY && host_mapped(r, GPA) && st->pf_retry_unlocked;
}

/* 3.4 h: an invalidation opening while the pfn is resolved stops the fault before mmu_lock. */
static void test_retry_check_after_pfn(void **state)
{
	run_sweep("check after pfn", false, vcpu_fault_once, vmm_invalidate, hit_after_pfn);
}

static bool hit_stale(struct race *r, const struct kvm_mmu_stats *st, int ret)
{
	return ret == RET_PF_RETRY && st->pf_retry_stale;
}

/*
 * is_page_fault_stale: a host MADV_DONTNEED whose invalidation begins after
 * the unsafe checks is caught under mmu_lock; no run leaves an SPTE to the
 * freed page (check_quiescent).
 */
static void test_retry_check_locked(void **state)
{
	run_sweep("locked stale check", false, vcpu_fault_once, vmm_dontneed, hit_stale);
}

/* ---- KVM_PRE_FAULT_MEMORY vs a memslot delete (2.8, scenario 32) ------------------------ */

static int pre_fault(struct race *r, u64 gpa, u64 size, u64 *left)
{
	struct kvm_pre_fault_memory range = { .gpa = gpa, .size = size };
	int ret = kvm_vcpu_pre_fault_memory(r->vcpu[0], r->mm, &range);

	*left = range.size;
	return ret;
}

/*
 * Two pages, in as many calls as it takes: a call that meets the INVALID
 * slot after progress returns 0 with bytes left (progress wins), the next
 * one EAGAIN.  c->ret is EAGAIN if any call returned it.
 */
static void vcpu_pre_fault_once(void *arg)
{
	struct check_run *c = arg;
	u64 gpa = GPA, end = GPA + 2 * PAGE_SIZE, left;

	for (int i = 0; i < 2 && gpa < end; i++) {
		int ret = pre_fault(c->r, gpa, end - gpa, &left);

		if (ret == 0 && left < end - gpa) {
			gpa = end - left;
			continue;
		}
		/* EAGAIN (INVALID slot) or ENOENT (deleted: an MMIO gfn). */
		if (ret != -EAGAIN && ret != -ENOENT)
			c->r->bad++;
		c->ret = ret;
		return;
	}
	c->ret = 0;
}

static void vmm_delete_once(void *arg)
{
	struct check_run *c = arg;

	vmm_delete(c->r);
}

static bool hit_eagain(struct race *r, const struct kvm_mmu_stats *st, int ret)
{
	return ret == -EAGAIN;
}

/* 3.4 d with prefetch: a pre-fault that meets the INVALID slot of a delete returns EAGAIN. */
static void test_pre_fault_eagain(void **state)
{
	run_sweep("pre-fault vs delete", false, vcpu_pre_fault_once, vmm_delete_once, hit_eagain);
}

/*
 * Scenario 32: pre-faulting [GPA, +NPAGES) and the range past the slot end
 * while the VMM deletes and re-creates the slot.  In-slot ranges complete
 * with nothing left once retried on EAGAIN (INVALID) and ENOENT (the gap
 * between delete and re-create); the range past the end stops with ENOENT.
 * Afterwards the guest reads every page.
 */
/*
 * What a VMM retrying the ioctl waits for: the slot back and valid.  Under a
 * strict-priority (PCT) schedule a retry loop would otherwise starve the
 * VMM, where a real vCPU thread is simply preempted.
 */
static bool slot_usable(const void *arg)
{
	const struct race *r = arg;
	struct kvm_memory_slot *slot = search_memslots(__kvm_memslots(r->kvm, 0),
						       GPA >> PAGE_SHIFT, false);

	return slot && !(READ_ONCE(slot->flags) & KVM_MEMSLOT_INVALID);
}

static void vcpu_pre_fault_all(void *arg)
{
	struct race *r = arg;
	u64 gpa = GPA, end = GPA + NPAGES * PAGE_SIZE, left;
	int ret, tries = 0;

	while (gpa < end && tries++ < 1000) {
		ret = pre_fault(r, gpa, end - gpa, &left);
		if (ret == 0) {
			gpa = end - left;
			continue;
		}
		if (ret != -EAGAIN && ret != -ENOENT) {
			print_message("  pre-fault [%#llx, %#llx): %d\n", (unsigned long long)gpa,
				      (unsigned long long)end, ret);
			r->bad++;
			return;
		}
		sched_wait_until(slot_usable, r, "pre-fault retry", "memslot 0");
	}
	if (gpa != end) {
		print_message("  pre-fault stopped at %#llx\n", (unsigned long long)gpa);
		r->bad++;
	}
}

static void vmm_delete_recreate(void *arg)
{
	struct race *r = arg;

	if (set_region(r->kvm, 0, 0, GPA, 0, r->hva, -1) ||
	    set_region(r->kvm, 0, 0, GPA, NPAGES * PAGE_SIZE, r->hva, -1))
		r->bad++;
}

static void verify_pre_fault(struct race *r)
{
	u64 left, v;

	/* Past the slot end: ENOENT, nothing done. */
	if (pre_fault(r, GPA + NPAGES * PAGE_SIZE, PAGE_SIZE, &left) != -ENOENT ||
	    left != PAGE_SIZE)
		r->bad++;
	/* Straddling the end: the in-slot part is done, then the call stops. */
	if (pre_fault(r, GPA + (NPAGES - 1) * PAGE_SIZE, 2 * PAGE_SIZE, &left) != 0 ||
	    left != PAGE_SIZE)
		r->bad++;
	for (int i = 0; i < NPAGES; i++)
		if (kvm_vcpu_read(r->vcpu[0], GPA + i * PAGE_SIZE, &v) != 1 || v != 0)
			r->bad++;
}

static void test_pre_fault_vs_delete_recreate(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_pre_fault_all, NULL },
						     { "vmm", vmm_delete_recreate, NULL } };
	struct race r = { .private = false };

	run_seeds("pre-fault vs delete+recreate", &r, NULL, actors, 2, verify_pre_fault);
}

/* ---- scenario 23: the guest spins on a gpa while its slot moves -4K and back ----------------- */

#define MOVE_VAL0 0xa0a0
#define MOVE_VAL1 0xb1b1

static void vcpu_spin_read(void *arg)
{
	struct race *r = arg;

	for (int i = 0; i < 6; i++) {
		u64 v = 0;
		int ret = kvm_vcpu_read(r->vcpu[0], GPA, &v);

		/* The INVALID window and the moved slot: MMIO, never anything else. */
		if (ret == 0 && r->vcpu[0]->run.exit_reason == KVM_EXIT_MMIO)
			continue;
		if (ret != 1 || (v != MOVE_VAL0 && v != MOVE_VAL1))
			r->bad++;
	}
}

static void vmm_move_and_back(void *arg)
{
	struct race *r = arg;
	u64 v = 0;

	if (set_region(r->kvm, 0, 0, GPA - PAGE_SIZE, NPAGES * PAGE_SIZE, r->hva, -1))
		r->bad++;
	/* Once the move returns, GPA is the slot's second page: never stale data. */
	if (kvm_vcpu_read(r->vcpu[1], GPA, &v) != 1 || v != MOVE_VAL1)
		r->bad++;
	if (set_region(r->kvm, 0, 0, GPA, NPAGES * PAGE_SIZE, r->hva, -1))
		r->bad++;
}

/* KVM_X86_QUIRK_SLOT_ZAP_ALL on: a move zaps every root (kvm_mmu_zap_all_fast). */
static void setup_move_quirk_on(struct race *r)
{
	assert_int_equal(host_write(r->mm, r->hva, MOVE_VAL0), 0);
	assert_int_equal(host_write(r->mm, r->hva + PAGE_SIZE, MOVE_VAL1), 0);
}

/* Quirk disabled: only the slot's SPTEs are zapped. */
static void setup_move_quirk_off(struct race *r)
{
	setup_move_quirk_on(r);
	r->kvm->arch.disabled_quirk_slot_zap_all = true;
}

static void verify_move(struct race *r)
{
	u64 v = 0;

	/* Back where it started: the final value is the first page's. */
	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1 || v != MOVE_VAL0)
		r->bad++;
	if (kvm_vcpu_read(r->vcpu[0], GPA - PAGE_SIZE, &v) != 0 ||
	    r->vcpu[0]->run.exit_reason != KVM_EXIT_MMIO)
		r->bad++;
}

static void test_move_memory_region(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", vcpu_spin_read, NULL },
						     { "vmm", vmm_move_and_back, NULL } };
	struct race r = { .private = false };

	run_seeds("move (quirk on)", &r, setup_move_quirk_on, actors, 2, verify_move);
	run_seeds("move (quirk off)", &r, setup_move_quirk_off, actors, 2, verify_move);
}

/* ---- free mode: real threads, for ThreadSanitizer ------------------------------------------- */

#define FREE_ROUNDS 200

static void free_vcpu(struct race *r, int n)
{
	for (int i = 0; i < FREE_ROUNDS; i++) {
		gpa_t gpa = GPA + (u64)((i * 7 + n) % NPAGES) * PAGE_SIZE;
		u64 v = i;
		int ret = n ? kvm_vcpu_read(r->vcpu[n], gpa, &v) :
			      kvm_vcpu_write(r->vcpu[n], gpa, v);

		/* Private pages convert under us: MEMORY_FAULT is an allowed exit. */
		if (ret != 1 && !(ret == -EFAULT &&
				  r->vcpu[n]->run.exit_reason == KVM_EXIT_MEMORY_FAULT))
			__atomic_fetch_add(&r->bad, 1, __ATOMIC_RELAXED);
	}
}

static void free_vcpu0(void *arg)
{
	free_vcpu(arg, 0);
}

static void free_vcpu1(void *arg)
{
	free_vcpu(arg, 1);
}

static void free_vmm(void *arg)
{
	struct race *r = arg;
	struct file *f = fget(r->gmem_fd);

	for (int i = 0; i < FREE_ROUNDS / 10; i++) {
		u64 off = (u64)(i % NPAGES) * PAGE_SIZE;

		vfs_fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off, PAGE_SIZE);
		set_attrs(r->kvm, GPA + off, PAGE_SIZE, i & 1 ? KVM_MEMORY_ATTRIBUTE_PRIVATE : 0);
		if (!(i % 8))
			kvm_mmu_zap_all_fast(r->kvm);
	}
	fput(f);
}

/*
 * Two vCPUs fault and hit the same pages on real threads while the VMM
 * punches, converts and zaps everything: what ThreadSanitizer checks.  The
 * outcome rules are the deterministic tests'; here only a clean run counts.
 */
static void test_free_mode_stress(void **state)
{
	static const struct sched_actor actors[] = { { "vcpu0", free_vcpu0, NULL },
						     { "vcpu1", free_vcpu1, NULL },
						     { "vmm", free_vmm, NULL } };

	for (enum kvm_mmu_type mmu = KVM_MMU_TDP; mmu <= KVM_MMU_LEGACY; mmu++) {
		struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };
		struct sched_actor a[3];
		struct sched_result res;
		struct race r;

		race_init(&r, mmu, true);
		for (int i = 0; i < 3; i++) {
			a[i] = actors[i];
			a[i].arg = &r;
		}
		assert_int_equal(sched_run(&o, a, 3, &res), 0);
		assert_int_equal(res.violations, 0);
		check_quiescent(&r);
		assert_int_equal(r.bad, 0);
		sched_result_destroy(&res);
		race_destroy(&r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fault_vs_punch_hole),
		cmocka_unit_test(test_fault_vs_attribute_conversion),
		cmocka_unit_test(test_fault_vs_memslot_delete),
		cmocka_unit_test(test_memslot_modification_stress),
		cmocka_unit_test(test_two_vcpus_fault_one_gfn),
		cmocka_unit_test(test_retry_check_before_pfn),
		cmocka_unit_test(test_retry_check_after_pfn),
		cmocka_unit_test(test_retry_check_locked),
		cmocka_unit_test(test_pre_fault_eagain),
		cmocka_unit_test(test_pre_fault_vs_delete_recreate),
		cmocka_unit_test(test_move_memory_region),
		cmocka_unit_test(test_free_mode_stress),
	};
	const char *s = getenv("GMEMSIM_SEED");

	if (s)
		base_seed = strtoull(s, NULL, 0);
	printf("mmu_race_test: seeds %llu..%llu (GMEMSIM_SEED=%llu to replay)\n",
	       (unsigned long long)base_seed, (unsigned long long)(base_seed + SEEDS - 1),
	       (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
