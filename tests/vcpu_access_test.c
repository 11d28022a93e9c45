// SPDX-License-Identifier: GPL-2.0
/*
 * kvm_vcpu_access bookkeeping and the MMU inspection API, on both MMUs:
 *  - the vCPU's fault statistics for traces/examples/private_fault.gms: every
 *    fault is followed by a re-entry (reentries), but none of them ends
 *    RET_PF_RETRY (retries): a lone vCPU never retries;
 *  - kvm_mmu_for_each_leaf / __kvm_mmu_for_each_leaf report every present
 *    leaf once with its gfn, level, pfn, folio and generation, permissions,
 *    privateness and memslot; kvm_mmu_for_each_rmap names exactly the
 *    legacy MMU's leaves (invariant 22's bijection).
 */
/* gmemsim-test-layer: kvm */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/shmem_fs.h>

#include "kvm_model/mmu/mmu.h"

#define SZ_2M (512 * PAGE_SIZE)

struct env {
	struct mm_struct *mm;
	struct kvm *kvm;
	struct kvm_vcpu *vcpu;
	int gmem_fd, shm_fd;
	long hva;
};

static int set_attrs(struct kvm *kvm, u64 gpa, u64 size, u64 attrs)
{
	struct kvm_memory_attributes a = { .address = gpa, .size = size, .attributes = attrs };

	return kvm_vm_ioctl_set_mem_attributes(kvm, &a);
}

/* The set-up of private_fault.gms: one 2M slot on a memfd and a guest_memfd, page 0 private. */
static void env_init(struct env *e, enum kvm_mmu_type mmu)
{
	struct kvm_mmu_options opts = { .type = mmu, .allow_private_legacy = true };
	struct kvm_create_guest_memfd g = { .size = SZ_2M };
	struct kvm_userspace_memory_region2 m = { .slot = 0, .flags = KVM_MEM_GUEST_MEMFD,
						  .memory_size = SZ_2M };
	struct file *shm;

	memset(e, 0, sizeof(*e));
	e->mm = mm_alloc("vmm");
	e->kvm = kvm_create_vm(KVM_X86_SW_PROTECTED_VM, e->mm);
	assert_false(IS_ERR(e->kvm));
	assert_int_equal(kvm_mmu_attach(e->kvm, &opts), 0);
	e->vcpu = kvm_vcpu_create(e->kvm, 0);
	assert_false(IS_ERR(e->vcpu));
	shm = sys_memfd_create("shm", 0);
	assert_false(IS_ERR(shm));
	assert_int_equal(vfs_ftruncate(shm, SZ_2M), 0);
	e->hva = mm_mmap(e->mm, 0, SZ_2M, PROT_READ | PROT_WRITE, MAP_SHARED, shm, 0);
	assert_true(e->hva > 0);
	e->shm_fd = fd_install_new(shm);
	e->gmem_fd = kvm_gmem_create(e->kvm, &g);
	assert_true(e->gmem_fd >= 0);
	m.userspace_addr = e->hva;
	m.guest_memfd = e->gmem_fd;
	assert_int_equal(kvm_vm_ioctl_set_memory_region(e->kvm, &m, true), 0);
	assert_int_equal(set_attrs(e->kvm, 0, PAGE_SIZE, KVM_MEMORY_ATTRIBUTE_PRIVATE), 0);
}

static void env_destroy(struct env *e)
{
	assert_int_equal(close_fd(e->gmem_fd), 0);
	assert_int_equal(close_fd(e->shm_fd), 0);
	kvm_put_kvm(e->kvm);
	mmput(e->mm);
}

static const enum kvm_mmu_type both[] = { KVM_MMU_TDP, KVM_MMU_LEGACY };

static int priv_access(struct env *e, gpa_t gpa, enum kvm_access_type type, u64 *v)
{
	return kvm_vcpu_access(e->vcpu, gpa, type, KVM_VIEW_PRIVATE, v);
}

static int shared_read(struct env *e, gpa_t gpa, u64 *v)
{
	return kvm_vcpu_access(e->vcpu, gpa, KVM_ACCESS_READ, KVM_VIEW_SHARED, v);
}

static void test_private_fault_trace_stats(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		struct kvm_vcpu_stat *st;
		struct kvm_mmu_stats ms;
		struct env e;
		u64 v = 1;

		env_init(&e, both[m]);
		st = &e.vcpu->stat;
		/* Fault (fixed), re-entry, walk, fill. */
		assert_int_equal(priv_access(&e, 0, KVM_ACCESS_READ, &v), 1);
		assert_int_equal(v, 0);
		v = 0x5eed;
		assert_int_equal(priv_access(&e, 0, KVM_ACCESS_WRITE, &v), 1);
		assert_int_equal(priv_access(&e, 0, KVM_ACCESS_READ, &v), 1);
		assert_int_equal(v, 0x5eed);
		/* View mismatch: the walk exits, the fault's check exits to userspace. */
		assert_int_equal(shared_read(&e, 0, &v), -EFAULT);
		assert_int_equal(e.vcpu->run.exit_reason, KVM_EXIT_MEMORY_FAULT);
		assert_int_equal(shared_read(&e, PAGE_SIZE, &v), 1);
		assert_int_equal(v, 0);
		assert_int_equal(priv_access(&e, PAGE_SIZE, KVM_ACCESS_READ, &v), -EFAULT);

		assert_int_equal(st->accesses, 6);
		assert_int_equal(st->faults, 4);
		assert_int_equal(st->pf_fixed, 2);
		assert_int_equal(st->reentries, 2);
		assert_int_equal(st->retries, 0);
		assert_int_equal(st->exits, 2);
		assert_int_equal(st->tlb_hits, 2);
		kvm_mmu_get_stats(e.kvm, &ms);
		assert_int_equal(ms.pf_retry, 0);
		assert_int_equal(ms.pf_fixed, 2);
		env_destroy(&e);
	}
}

/* ---- the inspection API ---------------------------------------------------------- */

#define MAX_SEEN 64

struct seen {
	int nr;
	struct kvm_mmu_leaf leaf[MAX_SEEN];
	int nr_rmap;
	const void *rmap_id[MAX_SEEN];
	gfn_t rmap_gfn[MAX_SEEN];
	int rmap_level[MAX_SEEN];
};

static void collect_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *leaf)
{
	struct seen *s = arg;

	assert_int_equal(gfn, leaf->gfn);
	assert_true(s->nr < MAX_SEEN);
	s->leaf[s->nr++] = *leaf;
}

static void collect_rmap(void *arg, const struct kvm_memory_slot *slot, gfn_t gfn, int level,
			 const void *id)
{
	struct seen *s = arg;

	assert_non_null(slot);
	assert_true(s->nr_rmap < MAX_SEEN);
	s->rmap_id[s->nr_rmap] = id;
	s->rmap_gfn[s->nr_rmap] = gfn;
	s->rmap_level[s->nr_rmap++] = level;
}

static const struct kvm_mmu_leaf *find_leaf(struct seen *s, gfn_t gfn)
{
	for (int i = 0; i < s->nr; i++)
		if (s->leaf[i].gfn == gfn)
			return &s->leaf[i];
	return NULL;
}

static void test_for_each_leaf(void **state)
{
	for (unsigned int m = 0; m < ARRAY_SIZE(both); m++) {
		const struct kvm_mmu_leaf *l;
		struct seen s = { 0 }, s2 = { 0 };
		struct env e;
		u64 v = 7;

		env_init(&e, both[m]);
		assert_int_equal(kvm_vcpu_write(e.vcpu, 0, 7), 1);
		assert_int_equal(kvm_vcpu_read(e.vcpu, 3 * PAGE_SIZE, &v), 1);
		kvm_mmu_for_each_leaf(e.kvm, collect_leaf, &s);
		assert_int_equal(s.nr, 2);

		l = find_leaf(&s, 0);
		assert_non_null(l);
		assert_true(l->present && l->private && l->writable);
		assert_int_equal(l->level, PG_LEVEL_4K);
		assert_non_null(l->folio);
		assert_int_equal(folio_gen(l->folio), l->gen);
		assert_true(pfn_gen_live(l->pfn, l->gen));
		assert_non_null(l->slot);
		assert_int_equal(l->slot->id, 0);
		assert_non_null(l->root);
		assert_false(l->obsolete);

		l = find_leaf(&s, 3);
		assert_non_null(l);
		assert_false(l->private);
		/* A read of a shared page the host mapped writable maps it writable. */
		assert_true(l->writable);
		assert_true(pfn_gen_live(l->pfn, l->gen));

		/* The lockless flavour sees the same, nothing racing. */
		__kvm_mmu_for_each_leaf(e.kvm, collect_leaf, &s2);
		assert_int_equal(s2.nr, s.nr);
		for (int i = 0; i < s.nr; i++) {
			assert_int_equal(s.leaf[i].spte, s2.leaf[i].spte);
			assert_int_equal(s.leaf[i].gen, s2.leaf[i].gen);
			assert_ptr_equal(s.leaf[i].id, s2.leaf[i].id);
			assert_ptr_equal(s.leaf[i].slot, s2.leaf[i].slot);
		}

		/* Invariant 22: the legacy rmaps name exactly these SPTEs. */
		kvm_mmu_for_each_rmap(e.kvm, collect_rmap, &s);
		if (kvm_memslots_have_rmaps(e.kvm)) {
			assert_int_equal(s.nr_rmap, s.nr);
			for (int i = 0; i < s.nr_rmap; i++) {
				int j;

				for (j = 0; j < s.nr && s.leaf[j].id != s.rmap_id[i]; j++)
					;
				assert_true(j < s.nr);
				assert_int_equal(s.leaf[j].gfn, s.rmap_gfn[i]);
				assert_int_equal(s.leaf[j].level, s.rmap_level[i]);
			}
		} else {
			assert_int_equal(s.nr_rmap, 0);
		}

		/* Obsolete roots are still walked (vCPUs may run on them), but empty. */
		kvm_mmu_zap_all_fast(e.kvm);
		memset(&s, 0, sizeof(s));
		kvm_mmu_for_each_leaf(e.kvm, collect_leaf, &s);
		assert_int_equal(s.nr, 0);
		assert_int_equal(kvm_vcpu_read(e.vcpu, 0, &v), 1);
		assert_int_equal(v, 7);
		kvm_mmu_for_each_leaf(e.kvm, collect_leaf, &s);
		assert_int_equal(s.nr, 1);
		assert_false(s.leaf[0].obsolete);
		env_destroy(&e);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_private_fault_trace_stats),
		cmocka_unit_test(test_for_each_leaf),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
