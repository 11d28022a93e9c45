// SPDX-License-Identifier: GPL-2.0
/*
 * Bug-injection knobs (<linux/bug_inject.h>, ../shared/bug-zoo.md): for each
 * knob, the race its bug breaks, run under the deterministic scheduler over
 * seeds (random walk and PCT alternating).  With every knob off no seed may
 * report anything; with the knob on, some seed within the budget must report
 * a violation of the expected kind.
 *
 * Detection comes only from general checks, the same for every knob:
 *  - what the model reports by itself: use-after-free at a guest access,
 *    WARN / KVM_BUG_ON, lockdep, deadlock and livelock of the scheduler, the
 *    page-leak report of phys_mem_destroy() and the MMU's page-table count at
 *    VM destruction (teardown runs as an actor, so its reports are caught);
 *  - at every scheduling point: "tlb-live" (no TLB entry outlives its folio)
 *    and "invalidate-balance" (mmu_invalidate_in_progress never negative);
 *  - at quiescence: "invalidate-balance" (nothing open), "stale-spte" (every
 *    leaf maps a live folio) and "attr-mismatch" (a leaf is private iff its
 *    gfn is), i.e. invariants 1/3/8 of kernel-reference section 4;
 *  - "expect": an outcome the kernel never produces (a value a read must
 *    return, an exit a vCPU must take).
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

#include <linux/bug_inject.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/spte.h"

#ifdef GMEMSIM_ASAN
#include <sanitizer/lsan_interface.h>
/*
 * A knob-on run may leak by design (B17 strands page-table pages and so the
 * MMU's kmem_cache): the model's own leak reports judge it, not LSan.
 */
#define knob_leaks_begin(on) do { if (on) __lsan_disable(); } while (0)
#define knob_leaks_end(on) do { if (on) __lsan_enable(); } while (0)
#else
#define knob_leaks_begin(on) do { } while (0)
#define knob_leaks_end(on) do { } while (0)
#endif

#define P PAGE_SIZE
#define GPA 0x200000ULL			/* slot 0 */
#define GPA_B 0x400000ULL		/* slot 1, the dummy slot */
#define NPAGES 8
#define SEEDS_OFF 24			/* knob off: all must be clean */
#define SEEDS_ON 512			/* knob on: budget to the first detection */

static u64 base_seed = 1;

struct bug_run {
	struct phys_mem *pm;
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_vcpu *vcpu[2];
	unsigned long hva;		/* slot 0's memory */
	int gmem_fd;
	int bad;			/* outcomes the kernel never produces */
	char bad_what[96];
};

struct scenario {
	const char *name;
	enum bug_inject_id bug;
	unsigned long vm_type;
	void (*setup)(struct bug_run *r);
	struct sched_actor actors[3];
	unsigned int nr_actors;
	void (*verify)(struct bug_run *r);
	/* Kinds a knob-on run may report first ("WARN_ON_ONCE|deadlock"); NULL: latent. */
	const char *kinds;
	/* PCT's k: about where the race window opens (default 150 steps). */
	u64 pct_hint;
	/* The VM's zaps honour attr_filter (kvm_mmu_options.honour_attr_filter). */
	bool filter_roots;
};

static void bad(struct bug_run *r, const char *what)
{
	if (!r->bad++)
		snprintf(r->bad_what, sizeof(r->bad_what), "%s", what);
}

/* ---- the world of one run --------------------------------------------------------- */

static int set_region(struct kvm *kvm, u32 slot, u32 flags, u64 gpa, u64 size, u64 hva, int fd)
{
	struct kvm_userspace_memory_region2 m = {
		.slot = slot, .flags = flags, .guest_phys_addr = gpa, .memory_size = size,
		.userspace_addr = hva, .guest_memfd = (u32)fd,
	};

	return kvm_vm_ioctl_set_memory_region(kvm, &m, true);
}

static int set_attrs(struct kvm *kvm, u64 gpa, u64 size, u64 attrs)
{
	struct kvm_memory_attributes a = { .address = gpa, .size = size, .attributes = attrs };

	return kvm_vm_ioctl_set_mem_attributes(kvm, &a);
}

static int gmem_fallocate(int fd, int mode, u64 off, u64 len)
{
	struct file *f = fget((unsigned int)fd);
	int ret;

	ret = vfs_fallocate(f, mode | FALLOC_FL_KEEP_SIZE, (loff_t)off, (loff_t)len);
	fput(f);
	return ret;
}

static void run_init(struct bug_run *r, unsigned long vm_type, bool filter_roots, u64 seed)
{
	struct kvm_mmu_options opts = { .type = KVM_MMU_TDP, .honour_attr_filter = filter_roots };

	memset(r, 0, sizeof(*r));
	r->gmem_fd = -1;
	r->pm = phys_mem_create(1ULL << 30, seed);
	assert_non_null(r->pm);
	phys_mem_set_current(r->pm);
	r->mm = mm_alloc("vmm");
	r->kvm = kvm_create_vm(vm_type, r->mm);
	assert_false(IS_ERR(r->kvm));
	assert_int_equal(kvm_mmu_attach(r->kvm, &opts), 0);
	r->vcpu[0] = kvm_vcpu_create(r->kvm, 0);
	r->vcpu[1] = kvm_vcpu_create(r->kvm, 1);
	r->hva = (unsigned long)mm_mmap(r->mm, 0, NPAGES * P, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_true((long)r->hva > 0);
}

/* A private-capable slot 0: shared memory at r->hva, a guest_memfd of 2 * NPAGES. */
static void gmem_slot(struct bug_run *r, u64 gmem_flags, u64 slot_pages)
{
	struct kvm_create_guest_memfd g = { .size = 2 * NPAGES * P, .flags = gmem_flags };

	r->gmem_fd = kvm_gmem_create(r->kvm, &g);
	assert_true(r->gmem_fd >= 0);
	assert_int_equal(set_region(r->kvm, 0, KVM_MEM_GUEST_MEMFD, GPA, slot_pages * P, r->hva,
				    r->gmem_fd), 0);
}

/* Teardown, run as an actor so that what it reports (leaks) is caught. */
static void run_destroy_fn(void *arg)
{
	struct bug_run *r = arg;

	if (r->gmem_fd >= 0)
		close_fd((unsigned int)r->gmem_fd);
	kvm_put_kvm(r->kvm);
	mmput(r->mm);
	flush_delayed_fput();
	phys_mem_destroy(r->pm);
	phys_mem_set_current(NULL);
}

/* ---- the general checks --------------------------------------------------------- */

struct leaf_check {
	struct kvm *kvm;
	const char *kind;
	char what[128];
};

static void check_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *leaf)
{
	struct leaf_check *c = arg;
	bool private = leaf->spte & SPTE_MODEL_PRIVATE;

	if (c->kind)
		return;
	if (!pfn_gen_live(leaf->pfn, leaf->gen)) {
		c->kind = "stale-spte";
		snprintf(c->what, sizeof(c->what), "gfn %#llx -> freed pfn %#lx",
			 (unsigned long long)gfn, (unsigned long)leaf->pfn);
	} else if (kvm_arch_has_private_mem(c->kvm) && private != kvm_mem_is_private(c->kvm, gfn)) {
		c->kind = "attr-mismatch";
		snprintf(c->what, sizeof(c->what), "gfn %#llx mapped %s, attribute %s",
			 (unsigned long long)gfn, private ? "private" : "shared",
			 private ? "shared" : "private");
	}
}

/* Invariants 1/3/8 with every actor finished; returns the kind or NULL. */
static const char *check_quiescent(struct bug_run *r, char *what, size_t len)
{
	struct leaf_check c = { .kvm = r->kvm };

	if (READ_ONCE(r->kvm->mmu_invalidate_in_progress) ||
	    READ_ONCE(r->kvm->mn_active_invalidate_count)) {
		snprintf(what, len, "in_progress %ld, mn_active %lu at quiescence",
			 r->kvm->mmu_invalidate_in_progress, r->kvm->mn_active_invalidate_count);
		return "invalidate-balance";
	}
	kvm_mmu_for_each_leaf(r->kvm, check_leaf, &c);
	snprintf(what, len, "%s", c.what);
	return c.kind;
}

/* Every scheduling point: no TLB entry to a freed folio, no negative count. */
static void check_step(void *arg)
{
	struct bug_run *r = arg;

	if (READ_ONCE(r->kvm->mmu_invalidate_in_progress) < 0)
		report_violation("invalidate-balance", "mmu_invalidate_in_progress < 0", __FILE__,
				 __LINE__, "%s", "");
	for (int v = 0; v < 2; v++) {
		for (int l = 0; l < PG_LEVEL_NUM - 1; l++) {
			for (int i = 0; i < KVM_TLB_WAYS; i++) {
				const struct kvm_tlb_entry *e = &r->vcpu[v]->tlb[l][i];

				if (!READ_ONCE(e->level) || pfn_gen_live(e->pfn, e->gen))
					continue;
				report_violation("tlb-live", "TLB entry to a freed folio",
						 __FILE__, __LINE__, "vcpu%d gfn %#llx", v,
						 (unsigned long long)e->gfn);
			}
		}
	}
}

/* ---- running a scenario --------------------------------------------------------- */

static bool kind_in(const char *kind, const char *kinds)
{
	size_t n = strlen(kind);

	for (const char *p = kinds; p && *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && !strncmp(p, kind, n))
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

/* The kind of "kind: cond" */
static void first_kind(const char *first, char *kind, size_t len)
{
	size_t n = strcspn(first, ":");

	snprintf(kind, len, "%.*s", (int)n, first);
}

struct phase {
	const struct scenario *sc;
	struct bug_run *r;
	u64 seed;
	char *what;
	size_t wlen;
	const char *kind;	/* of check_quiescent() */
};

static void phase_setup(void *arg)
{
	struct phase *ph = arg;

	run_init(ph->r, ph->sc->vm_type, ph->sc->filter_roots, ph->seed);
	ph->sc->setup(ph->r);
}

static void phase_verify(void *arg)
{
	struct phase *ph = arg;

	ph->kind = check_quiescent(ph->r, ph->what, ph->wlen);
	if (!ph->kind && ph->sc->verify)
		ph->sc->verify(ph->r);
}

/*
 * One phase as a deterministic run of its own, so that every model object
 * lives and dies under the deterministic RCU and what a phase reports is
 * captured.  Returns true if it reported something (kind and text filled).
 */
static bool run_phase(const struct sched_opts *o, const struct sched_actor *a, unsigned int nr,
		      char *kind, size_t klen, char *what, size_t wlen)
{
	struct sched_result res;
	bool hit = false;

	sched_run(o, a, nr, &res);

	if (!kind[0] && (res.violations || res.status != SCHED_DONE)) {
		first_kind(res.violations ? res.first_violation : sched_status_name(res.status),
			   kind, klen);
		/* A report longer than the buffer is cut: it only labels a failure message. */
		if (snprintf(what, wlen, "%.200s (%s)", res.first_violation,
			     sched_status_name(res.status)) >= (int)wlen)
			what[wlen - 1] = '\0';
		hit = true;
	}
	hit |= res.status != SCHED_DONE;
	sched_result_destroy(&res);
	return hit;
}

/*
 * One seed: set up, race (the knob on, if @on), check and verify, tear
 * down.  The kind of the first violation any general check saw goes to
 * @kind (empty if none).
 */
static void run_one(const struct scenario *sc, bool on, u64 seed, char *kind, size_t klen,
		    char *what, size_t wlen)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = seed,
				.strategy = seed & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
				.pct_depth = 3, .pct_steps_hint = sc->pct_hint ?: 150,
				.max_stall = 200000,
				.quiet = true, .check = check_step, .check_every = 1 };
	struct sched_opts alone = { .mode = SCHED_MODE_DET, .seed = seed, .quiet = true };
	struct bug_run r;
	struct phase ph = { sc, &r, seed, what, wlen, NULL };
	struct sched_actor a[3], one = { "vmm", phase_setup, &ph };
	bool stopped;

	kind[0] = what[0] = 0;
	knob_leaks_begin(on);
	if (run_phase(&alone, &one, 1, kind, klen, what, wlen))
		fail_msg("%s: set-up failed at seed %llu: %s", sc->name, (unsigned long long)seed,
			 what);

	for (unsigned int i = 0; i < sc->nr_actors; i++) {
		a[i] = sc->actors[i];
		a[i].arg = &r;
	}
	o.check_arg = &r;
	bug_inject_set(sc->bug, on);
	stopped = run_phase(&o, a, sc->nr_actors, kind, klen, what, wlen);
	bug_inject_clear_all();

	/* Quiescent checks and outcomes only mean something after a finished race. */
	if (!stopped) {
		one.fn = phase_verify;
		run_phase(&alone, &one, 1, kind, klen, what, wlen);
		if (!kind[0] && ph.kind)
			snprintf(kind, klen, "%s", ph.kind);
		if (!kind[0] && r.bad) {
			snprintf(kind, klen, "expect");
			snprintf(what, wlen, "%s", r.bad_what);
		}
	}

	one = (struct sched_actor){ "vmm", run_destroy_fn, &r };
	if (run_phase(&alone, &one, 1, kind, klen, what, wlen) && !strstr(what, "teardown")) {
		char tmp[256];

		snprintf(tmp, sizeof(tmp), "at teardown: %s", what);
		snprintf(what, wlen, "%s", tmp);
	}
	knob_leaks_end(on);
}

static void run_scenario(const struct scenario *sc)
{
	const struct bug_inject_info *b = &bug_inject_table[sc->bug];
	char kind[64], what[256];
	u64 s;

	bug_inject_clear_all();
	for (s = base_seed; s < base_seed + SEEDS_OFF; s++) {
		run_one(sc, false, s, kind, sizeof(kind), what, sizeof(what));
		if (kind[0])
			print_message("  %s, no knob: seed %llu: %s: %s\n", sc->name,
				      (unsigned long long)s, kind, what);
		assert_string_equal(kind, "");
	}

	for (s = base_seed; s < base_seed + SEEDS_ON; s++) {
		run_one(sc, true, s, kind, sizeof(kind), what, sizeof(what));
		if (kind[0])
			break;
	}

	if (!sc->kinds) {
		/* Latent in the model as in the kernel of its day: nothing to find. */
		if (kind[0])
			print_message("  %s (%s) latent, yet seed %llu: %s: %s\n", b->zoo_id,
				      b->name, (unsigned long long)s, kind, what);
		assert_string_equal(kind, "");
		print_message("  %s %-27s latent: no violation in %d seeds (expected)\n",
			      b->zoo_id, b->name, SEEDS_ON);
		return;
	}
	if (!kind[0])
		print_message("  %s (%s): not found in %d seeds\n", b->zoo_id, b->name, SEEDS_ON);
	assert_true(kind[0]);
	print_message("  %s %-27s found at seed %llu (%llu runs): %s: %s\n", b->zoo_id, b->name,
		      (unsigned long long)s, (unsigned long long)(s - base_seed + 1), kind, what);
	if (!kind_in(kind, sc->kinds))
		print_message("  %s: kind %s, expected one of %s\n", b->zoo_id, kind, sc->kinds);
	assert_true(kind_in(kind, sc->kinds));
}

/* ---- actors shared by the scenarios ------------------------------------------------- */

/* The vCPU side of a conversion race: a read either retires or exits MEMORY_FAULT. */
static void vcpu0_read_or_memory_fault(void *arg)
{
	struct bug_run *r = arg;

	for (int i = 0; i < 2; i++) {
		u64 v;
		int ret = kvm_vcpu_read(r->vcpu[0], GPA, &v);

		if (ret == -EFAULT && r->vcpu[0]->run.exit_reason == KVM_EXIT_MEMORY_FAULT)
			continue;
		if (ret != 1)
			bad(r, "vcpu0 read failed");
	}
}

static void vcpu0_read_any(void *arg)
{
	struct bug_run *r = arg;
	u64 v;

	for (int i = 0; i < 2; i++)
		kvm_vcpu_read(r->vcpu[0], GPA, &v);
}

static void vcpu0_read_ok(void *arg)
{
	struct bug_run *r = arg;
	u64 v;

	for (int i = 0; i < 2; i++)
		if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1)
			bad(r, "vcpu0 read failed");
}

static void vmm_punch_gmem_0(void *arg)
{
	struct bug_run *r = arg;

	if (gmem_fallocate(r->gmem_fd, FALLOC_FL_PUNCH_HOLE, 0, P))
		bad(r, "punch failed");
}

static void verify_read_zero(struct bug_run *r)
{
	u64 v = 1;

	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1 || v)
		bad(r, "a punched page must read zero");
}

static void setup_private_page(struct bug_run *r)
{
	gmem_slot(r, 0, NPAGES);
	assert_int_equal(set_attrs(r->kvm, GPA, P, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	assert_int_equal(host_write(r->mm, r->hva, 0x5a5a), 0);
	/* vCPU 1 maps and fills it, so vCPU 0 must fault in the race. */
	assert_int_equal(kvm_vcpu_write(r->vcpu[1], GPA, 0xbeef), 1);
}

/* ---- B2: fault vs conversion to shared ---------------------------------------------- */

#define B2_PAGES 4

/* Private and unmapped: each of vCPU 0's reads is a private fault racing the conversion. */
static void setup_b2(struct bug_run *r)
{
	gmem_slot(r, 0, NPAGES);
	assert_int_equal(set_attrs(r->kvm, GPA, B2_PAGES * P, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
	for (int i = 0; i < B2_PAGES; i++)
		assert_int_equal(host_write(r->mm, r->hva + i * P, 0x5a5a), 0);
}

static void vcpu0_read_pages(void *arg)
{
	struct bug_run *r = arg;

	for (int i = 0; i < B2_PAGES; i++) {
		u64 v;
		int ret = kvm_vcpu_read(r->vcpu[0], GPA + i * P, &v);

		/* Private when the fault began, shared by the time it checked. */
		if (ret == -EFAULT && r->vcpu[0]->run.exit_reason == KVM_EXIT_MEMORY_FAULT)
			continue;
		if (ret != 1)
			bad(r, "vcpu0 read failed");
	}
}

static void vmm_pages_to_shared(void *arg)
{
	struct bug_run *r = arg;

	if (set_attrs(r->kvm, GPA, B2_PAGES * P, 0))
		bad(r, "conversion failed");
}

static void verify_shared_pages(struct bug_run *r)
{
	for (int i = 0; i < B2_PAGES; i++) {
		u64 v = 0;

		if (kvm_vcpu_read(r->vcpu[0], GPA + i * P, &v) != 1 || v != 0x5a5a)
			bad(r, "a shared gfn must read the shared page");
	}
}

/* ---- B3: fault vs conversion of a gfn nothing maps ---------------------------------- */

static void setup_b3(struct bug_run *r)
{
	gmem_slot(r, 0, NPAGES);
	assert_int_equal(set_attrs(r->kvm, GPA, P, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
}

static void vmm_convert_unmapped(void *arg)
{
	struct bug_run *r = arg;

	if (set_attrs(r->kvm, GPA + 4 * P, P, KVM_MEMORY_ATTRIBUTE_PRIVATE))
		bad(r, "conversion failed");
}

/* ---- B4: conversion to private of a gfn in a shared-only slot ------------------------ */

static void setup_b4(struct bug_run *r)
{
	u64 v;

	assert_int_equal(set_region(r->kvm, 0, 0, GPA, NPAGES * P, r->hva, -1), 0);
	assert_int_equal(host_write(r->mm, r->hva, 0x77), 0);
	assert_int_equal(kvm_vcpu_read(r->vcpu[1], GPA, &v), 1);
}

static void vmm_to_private(void *arg)
{
	struct bug_run *r = arg;

	if (set_attrs(r->kvm, GPA, P, KVM_MEMORY_ATTRIBUTE_PRIVATE))
		bad(r, "conversion failed");
}

static void verify_private_no_gmem(struct bug_run *r)
{
	u64 v;

	/* Private without a guest_memfd: the fault exits to userspace. */
	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != -EFAULT ||
	    r->vcpu[0]->run.exit_reason != KVM_EXIT_MEMORY_FAULT)
		bad(r, "a private gfn without guest_memfd must exit MEMORY_FAULT");
}

/* ---- B7: punch of an unbound guest_memfd range vs a fault ----------------------------- */

static void setup_b7(struct bug_run *r)
{
	/* The slot binds the first half of the file only. */
	gmem_slot(r, 0, NPAGES);
	assert_int_equal(set_attrs(r->kvm, GPA, P, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
}

static void vmm_punch_unbound(void *arg)
{
	struct bug_run *r = arg;

	if (gmem_fallocate(r->gmem_fd, FALLOC_FL_PUNCH_HOLE, NPAGES * P, P))
		bad(r, "punch failed");
}

static void verify_read_ok(struct bug_run *r)
{
	u64 v;

	if (kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1)
		bad(r, "a read after the race must retire");
}

/* ---- B8: conversion to shared + punch, then private again ---------------------------- */

static void vmm_to_shared_and_punch(void *arg)
{
	struct bug_run *r = arg;

	if (set_attrs(r->kvm, GPA, P, 0))
		bad(r, "conversion failed");
	if (gmem_fallocate(r->gmem_fd, FALLOC_FL_PUNCH_HOLE, 0, P))
		bad(r, "punch failed");
}

static void verify_reprivate_zero(struct bug_run *r)
{
	u64 v = 1;

	/* Zero-before-use: the private page after a punch is a fresh one. */
	if (set_attrs(r->kvm, GPA, P, KVM_MEMORY_ATTRIBUTE_PRIVATE) ||
	    kvm_vcpu_read(r->vcpu[0], GPA, &v) != 1 || v)
		bad(r, "a private page after a punch must read zero");
}

/* ---- B9: shared guest_memfd pages vs punch -------------------------------------------- */

static void setup_b9(struct bug_run *r)
{
	gmem_slot(r, GUEST_MEMFD_FLAG_MMAP | GUEST_MEMFD_FLAG_INIT_SHARED, NPAGES);
	assert_int_equal(kvm_vcpu_write(r->vcpu[1], GPA, 0x99), 1);
}

/* ---- B11: poisoned guest_memfd page: fault, then punch --------------------------------- */

static void setup_b11(struct bug_run *r)
{
	struct kvm_mmu_leaf leaf;

	setup_private_page(r);
	assert_true(kvm_mmu_lookup_leaf(r->kvm, GPA >> PAGE_SHIFT, &leaf));
	assert_int_equal(memory_failure(leaf.pfn, 0), 0);
}

/* ---- B14: mprotect (a PAGEMAP_SCAN-like walk) vs a fault ------------------------------- */

#define B14_GPA (GPA + (NPAGES - 1) * P)

static void setup_b14(struct bug_run *r)
{
	assert_int_equal(set_region(r->kvm, 0, 0, GPA, NPAGES * P, r->hva, -1), 0);
	assert_int_equal(kvm_vcpu_write(r->vcpu[1], B14_GPA, 0x14), 1);
}

static void host_mprotect_tail(void *arg)
{
	struct bug_run *r = arg;

	if (mm_mprotect(r->mm, r->hva + (NPAGES - 2) * P, 2 * P, PROT_READ))
		bad(r, "mprotect failed");
}

static void vcpu0_read_tail(void *arg)
{
	struct bug_run *r = arg;
	u64 v;

	for (int i = 0; i < 2; i++)
		if (kvm_vcpu_read(r->vcpu[0], B14_GPA, &v) != 1 || v != 0x14)
			bad(r, "vcpu0 read of the tail failed");
}

/* ---- B17: fault vs deletion of another slot (fast zap of all roots) --------------------- */

static void setup_b17(struct bug_run *r)
{
	u64 v;

	assert_int_equal(set_region(r->kvm, 0, 0, GPA, NPAGES * P, r->hva, -1), 0);
	assert_int_equal(set_region(r->kvm, 1, 0, GPA_B, NPAGES * P, r->hva, -1), 0);
	assert_int_equal(kvm_vcpu_read(r->vcpu[0], GPA, &v), 1);
}

static void vcpu0_read_new_gfns(void *arg)
{
	struct bug_run *r = arg;
	u64 v;

	for (int i = 1; i <= 2; i++)
		if (kvm_vcpu_read(r->vcpu[0], GPA + i * P, &v) != 1)
			bad(r, "vcpu0 read failed");
}

static void vmm_delete_slot_b(void *arg)
{
	struct bug_run *r = arg;

	if (set_region(r->kvm, 1, 0, GPA_B, 0, r->hva, -1))
		bad(r, "slot delete failed");
}

/* ---- B20: two zaps of one gfn while a second root exists ------------------------------- */

static void setup_b20(struct bug_run *r)
{
	u64 v;

	assert_int_equal(set_region(r->kvm, 0, 0, GPA, NPAGES * P, r->hva, -1), 0);
	assert_int_equal(kvm_vcpu_read(r->vcpu[0], GPA, &v), 1);
	assert_int_equal(kvm_vcpu_read(r->vcpu[1], GPA, &v), 1);
	/* A default VM zaps all roots on a slot deletion: root 1 goes obsolete... */
	assert_int_equal(set_region(r->kvm, 1, 0, GPA_B, P, r->hva, -1), 0);
	assert_int_equal(set_region(r->kvm, 1, 0, GPA_B, 0, r->hva, -1), 0);
	/* ...vCPU 0 maps the gfn in root 2 (its TLB too), vCPU 1 still holds root 1. */
	assert_int_equal(kvm_vcpu_read(r->vcpu[0], GPA, &v), 1);
}

/* Two VMM threads drop the same anonymous page: each one's zap may find it gone. */
static void dontneed(void *arg)
{
	struct bug_run *r = arg;

	if (mm_madvise(r->mm, r->hva, P, MADV_DONTNEED))
		bad(r, "madvise failed");
}

/* ---- the table ------------------------------------------------------------------------ */

#define SW KVM_X86_SW_PROTECTED_VM
#define DEF KVM_X86_DEFAULT_VM

static const struct scenario scenarios[] = {
	{ "fault vs conversion to shared", BUG_FAULT_SEQ_AFTER_ATTR, SW, setup_b2,
	  { { "vcpu0", vcpu0_read_pages }, { "vmm", vmm_pages_to_shared } }, 2,
	  verify_shared_pages, "attr-mismatch|expect", 40 },
	{ "fault vs conversion of an unmapped gfn", BUG_ATTR_RANGE_NOT_ADDED, SW, setup_b3,
	  { { "vcpu0", vcpu0_read_ok }, { "vmm", vmm_convert_unmapped } }, 2,
	  verify_read_ok, "WARN_ON_ONCE|attr-mismatch" },
	{ "fault vs conversion in a shared-only slot", BUG_ATTR_SKIP_SHARED_ONLY_SLOT, SW,
	  setup_b4, { { "vcpu0", vcpu0_read_or_memory_fault }, { "vmm", vmm_to_private } }, 2,
	  verify_private_no_gmem, "attr-mismatch|expect" },
	{ "fault vs punch of an unbound range", BUG_GMEM_INVALIDATE_IMBALANCE, SW, setup_b7,
	  { { "vcpu0", vcpu0_read_ok }, { "vmm", vmm_punch_unbound } }, 2,
	  verify_read_ok, "invalidate-balance|deadlock|WARN_ON_ONCE" },
	{ "fault vs conversion and punch", BUG_GMEM_PUNCH_NO_TRUNCATE, SW, setup_private_page,
	  { { "vcpu0", vcpu0_read_or_memory_fault }, { "vmm", vmm_to_shared_and_punch } }, 2,
	  verify_reprivate_zero, "expect" },
	/*
	 * B9 is latent in 6.18 (only TDX's mirror roots consume the filter, and
	 * TDX has no INIT_SHARED): it shows on a VM whose zaps honour the
	 * filter, the labelled model extension.
	 */
	{ "fault vs punch of shared guest_memfd", BUG_GMEM_FILTER_PRIVATE_ONLY, DEF, setup_b9,
	  { { "vcpu0", vcpu0_read_any }, { "vmm", vmm_punch_gmem_0 } }, 2,
	  verify_read_zero, "stale-spte|tlb-live|use-after-free|expect", 0, true },
	{ "poisoned fault vs punch", BUG_GMEM_HWPOISON_REF_LEAK, SW, setup_b11,
	  { { "vcpu0", vcpu0_read_any }, { "vmm", vmm_punch_gmem_0 } }, 2,
	  verify_read_zero, "page-leak|leak" },
	{ "fault vs mprotect", BUG_MN_UNPAIRED_END, DEF, setup_b14,
	  { { "vcpu0", vcpu0_read_tail }, { "host", host_mprotect_tail } }, 2,
	  NULL, "invalidate-balance|deadlock|WARN_ON_ONCE" },
	{ "fault vs deletion of another slot", BUG_FAULT_IGNORE_OBSOLETE_ROOT, DEF, setup_b17,
	  { { "vcpu0", vcpu0_read_new_gfns }, { "vmm", vmm_delete_slot_b } }, 2,
	  NULL, "WARN_ON|page-leak|leak|stale-spte" },
	{ "two zaps of a gfn over two roots", BUG_ZAP_YIELD_UNFLUSHED, DEF, setup_b20,
	  { { "host", dontneed }, { "vmm", dontneed } }, 2,
	  NULL, "tlb-live|use-after-free|stale-spte" },
};
_Static_assert(ARRAY_SIZE(scenarios) == BUG_INJECT_NR, "one scenario per knob");

static void test_knob(void **state)
{
	run_scenario(*state);
}

static void test_registry(void **state)
{
	/* Every knob is named, found by name and by zoo id, and off by default. */
	for (int i = 0; i < BUG_INJECT_NR; i++) {
		const struct bug_inject_info *b = &bug_inject_table[i];

		assert_non_null(b->name);
		assert_non_null(b->site);
		assert_int_equal(bug_inject_lookup(b->name), i);
		assert_int_equal(bug_inject_lookup(b->zoo_id), i);
		assert_false(bug_injected(i));
		assert_int_equal(scenarios[i].bug, i);
	}
	assert_int_equal(bug_inject_enable("no-such-bug"), -EINVAL);
	assert_int_equal(bug_inject_enable("B17"), 0);
	assert_true(bug_injected(BUG_FAULT_IGNORE_OBSOLETE_ROOT));
	bug_inject_clear_all();
	assert_false(bug_injected(BUG_FAULT_IGNORE_OBSOLETE_ROOT));

	/* The knobs on, as the options a replay of a failure needs; truncated safely. */
	char opts[128], tiny[12];

	bug_inject_format_opts(opts, sizeof(opts));
	assert_string_equal(opts, "");
	assert_int_equal(bug_inject_enable("B20"), 0);
	assert_int_equal(bug_inject_enable("B2"), 0);
	bug_inject_format_opts(opts, sizeof(opts));
	assert_string_equal(opts, " --inject fault-seq-after-attr --inject zap-yield-unflushed");
	bug_inject_format_opts(tiny, sizeof(tiny));
	assert_string_equal(tiny, " --inject f");
	bug_inject_clear_all();
}

int main(void)
{
	struct CMUnitTest tests[BUG_INJECT_NR + 1] = {
		cmocka_unit_test(test_registry),
	};
	const char *s = getenv("GMEMSIM_SEED");

	for (int i = 0; i < BUG_INJECT_NR; i++)
		tests[i + 1] = (struct CMUnitTest){ bug_inject_table[i].name, test_knob, NULL, NULL,
						    (void *)&scenarios[i] };
	if (s)
		base_seed = strtoull(s, NULL, 0);
	printf("bug_inject_test: seeds %llu..%llu (GMEMSIM_SEED=%llu to replay)\n",
	       (unsigned long long)base_seed, (unsigned long long)(base_seed + SEEDS_ON - 1),
	       (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
