// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: none as such; the closest are the MMU audit code the
 * kernel once had (arch/x86/kvm/mmu_audit.c, removed in 5.13: walk every
 * shadow page and rmap and cross-check them) and kvm_tdp_mmu_get_walk /
 * get_mmio_spte (a lookup of the SPTEs translating one gfn), Linux 6.18.
 *
 * What tests, benchmarks and the invariant checker (sim/invariants.c) read
 * of the MMU: the leaf translating a gfn, every present leaf SPTE of the VM
 * with what the model recorded beside it, and the legacy MMU's rmaps.  See
 * mmu.h for the contract (the locked kvm_mmu_*() and lockless
 * __kvm_mmu_*() flavours).
 */
#include <linux/kvm_host.h>
#include <linux/rcupdate.h>
#include <linux/srcu.h>
#include <stdlib.h>

#include "kvm_model/mmu/mmu_inspect.h"
#include "kvm_model/mmu/mmu_internal.h"

/* The active memslot of @gfn; the caller holds kvm->srcu or nothing moves. */
static const struct kvm_memory_slot *leaf_slot(struct kvm *kvm, gfn_t gfn)
{
	/* Acquire inside: pairs with kvm_swap_active_memslots' publication. */
	return __gfn_to_memslot(__kvm_memslots(kvm, 0), gfn);
}

static void leaf_fill(struct kvm *kvm, u64 *sptep, u64 spte, int level, gfn_t gfn,
		      const struct kvm_mmu_page *root, bool obsolete, struct kvm_mmu_leaf *leaf)
{
	bool present = is_shadow_present_pte(spte);

	leaf->spte = spte;
	leaf->level = level;
	leaf->gfn = gfn;
	leaf->present = present;
	leaf->pfn = present ? spte_to_pfn(spte) + (gfn & (KVM_PAGES_PER_HPAGE(level) - 1)) : 0;
	leaf->gen = 0;
	leaf->folio = present ? sptep_leaf_folio(sptep, spte, &leaf->gen) : NULL;
	leaf->writable = present && is_writable_pte(spte);
	leaf->private = present && (spte & SPTE_MODEL_PRIVATE);
	leaf->obsolete = obsolete;
	leaf->slot = leaf_slot(kvm, gfn);
	leaf->root = root;
	leaf->id = sptep;
}

/* Every root a vCPU may walk, valid first (TDP: the list; legacy: listed roots). */
static struct kvm_mmu_page *next_root(struct kvm *kvm, struct kvm_mmu_page *prev)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct list_head *head = vm->impl->tdp_mmu ? &vm->tdp_mmu_roots : &vm->active_mmu_pages;
	struct list_head *pos = prev ? prev->link.next : head->next;

	for (; pos != head; pos = pos->next) {
		struct kvm_mmu_page *sp = list_entry(pos, struct kvm_mmu_page, link);

		if (sp->root)
			return sp;
	}
	return NULL;
}

static bool __kvm_mmu_lookup_leaf(struct kvm *kvm, gfn_t gfn, struct kvm_mmu_leaf *leaf)
{
	struct kvm_mmu_page *root;
	int level;
	u64 spte, *sptep;

	for (root = next_root(kvm, NULL); root; root = next_root(kvm, root)) {
		if (is_obsolete_sp(kvm, root))
			continue;
		sptep = kvm_mmu_walk(root, gfn, &level, &spte);
		if (is_shadow_present_pte(spte) || is_mmio_spte(spte)) {
			leaf_fill(kvm, sptep, spte, level, gfn, root, false, leaf);
			return true;
		}
	}
	return false;
}

bool kvm_mmu_lookup_leaf(struct kvm *kvm, gfn_t gfn, struct kvm_mmu_leaf *leaf)
{
	bool found;
	int idx;

	idx = srcu_read_lock(&kvm->srcu);	/* the memslot reported with the leaf */
	read_lock(&kvm->mmu_lock);		/* roots stay listed */
	rcu_read_lock();			/* TDP tables of removed subtrees stay */
	found = __kvm_mmu_lookup_leaf(kvm, gfn, leaf);
	rcu_read_unlock();
	read_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);
	return found;
}

/* TDP: the present leaves under @sp, recursively. */
static void tdp_for_each_leaf(struct kvm *kvm, struct kvm_mmu_page *root, struct kvm_mmu_page *sp,
			      kvm_mmu_leaf_fn fn, void *arg)
{
	bool obsolete = is_obsolete_sp(kvm, root);
	int i;

	for (i = 0; i < SPTE_ENT_PER_PAGE; i++) {
		/* Faults install by cmpxchg under the read lock. */
		u64 spte = READ_ONCE(sp->spt[i]);
		struct kvm_mmu_leaf leaf;

		if (!is_shadow_present_pte(spte))
			continue;
		if (!is_last_spte(spte, sp->level)) {
			tdp_for_each_leaf(kvm, root, spte_to_child_sp(spte), fn, arg);
			continue;
		}
		leaf_fill(kvm, &sp->spt[i], spte, sp->level, sp_child_gfn(sp, i), root, obsolete,
			  &leaf);
		fn(arg, leaf.gfn, &leaf);
	}
}

/* Legacy: the root above @sp through the parent SPTEs, NULL if unlinked. */
static struct kvm_mmu_page *shadow_page_root(struct kvm_mmu_page *sp)
{
	while (!sp->root) {
		if (!sp->parent_sptep)
			return NULL;
		sp = sptep_to_sp(sp->parent_sptep);
	}
	return sp;
}

/* Legacy: the present leaves of every shadow page (rmaps name them all). */
static void shadow_for_each_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg)
{
	struct kvm_mmu_page *sp;
	int i;

	list_for_each_entry(sp, &to_mmu_vm(kvm)->active_mmu_pages, link) {
		struct kvm_mmu_page *root = shadow_page_root(sp);
		bool obsolete = is_obsolete_sp(kvm, sp);

		for (i = 0; i < SPTE_ENT_PER_PAGE; i++) {
			/* Written under mmu_lock write; vCPUs read it locklessly. */
			u64 spte = READ_ONCE(sp->spt[i]);
			struct kvm_mmu_leaf leaf;

			if (!is_shadow_present_pte(spte) || !is_last_spte(spte, sp->level))
				continue;
			leaf_fill(kvm, &sp->spt[i], spte, sp->level, sp_child_gfn(sp, i), root,
				  obsolete, &leaf);
			fn(arg, leaf.gfn, &leaf);
		}
	}
}

void __kvm_mmu_for_each_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_page *root;

	if (!vm)
		return;
	if (!vm->impl->tdp_mmu) {
		shadow_for_each_leaf(kvm, fn, arg);
		return;
	}
	list_for_each_entry(root, &vm->tdp_mmu_roots, link)
		tdp_for_each_leaf(kvm, root, root, fn, arg);
}

void kvm_mmu_for_each_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg)
{
	int idx;

	idx = srcu_read_lock(&kvm->srcu);	/* leaf->slot */
	read_lock(&kvm->mmu_lock);		/* no zap, no legacy fault, roots stay */
	rcu_read_lock();			/* TDP tables replaced by a racing fault */
	__kvm_mmu_for_each_leaf(kvm, fn, arg);
	rcu_read_unlock();
	read_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);
}

void __kvm_mmu_for_each_rmap(struct kvm *kvm, kvm_mmu_rmap_fn fn, void *arg)
{
	struct kvm_memslots *slots;
	unsigned int i;

	if (!to_mmu_vm(kvm) || to_mmu_vm(kvm)->impl->tdp_mmu)
		return;
	slots = __kvm_memslots(kvm, 0);
	for (i = 0; slots && i < slots->nr_slots; i++)
		kvm_shadow_mmu_for_each_rmap(slots->gfn_sorted[i], fn, arg);
}

void kvm_mmu_for_each_rmap(struct kvm *kvm, kvm_mmu_rmap_fn fn, void *arg)
{
	int idx;

	idx = srcu_read_lock(&kvm->srcu);	/* the memslots (and their rmaps) */
	read_lock(&kvm->mmu_lock);		/* rmaps change under the write lock */
	__kvm_mmu_for_each_rmap(kvm, fn, arg);
	read_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);
}

/* ---- what changed since the checker last looked --------------------------------------- */

unsigned int __kvm_mmu_nr_roots(struct kvm *kvm, bool *obsolete)
{
	struct kvm_mmu_page *root;
	unsigned int nr = 0;

	*obsolete = false;
	if (!to_mmu_vm(kvm))
		return 0;
	for (root = next_root(kvm, NULL); root; root = next_root(kvm, root)) {
		nr++;
		if (is_obsolete_sp(kvm, root))
			*obsolete = true;
	}
	return nr;
}

bool __kvm_mmu_written_pending(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	return vm && (vm->nr_written || READ_ONCE(vm->written_lost));
}

void __kvm_mmu_clear_written(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);

	if (!vm)
		return;
	vm->nr_written = 0;
	WRITE_ONCE(vm->written_lost, false);
}

/*
 * TDP: the root @sp hangs from, NULL when a table on the way up is no longer
 * linked (the walk of every leaf does not reach it).  No page was freed since
 * the log was cleared (that loses the log), so every parent is still there.
 */
static struct kvm_mmu_page *tdp_linked_root(struct kvm_mmu_page *sp)
{
	while (!sp->root) {
		u64 *parent = sp->parent_sptep;
		u64 spte;

		if (!parent)
			return NULL;
		spte = READ_ONCE(*parent);
		if (!is_shadow_present_pte(spte) || is_last_spte(spte, sptep_to_sp(parent)->level) ||
		    spte_to_child_sp(spte) != sp)
			return NULL;
		sp = sptep_to_sp(parent);
	}
	return sp;
}

static void written_visit(struct kvm *kvm, u64 *sptep, kvm_mmu_leaf_fn fn, void *arg)
{
	struct kvm_mmu_page *sp = sptep_to_sp(sptep);
	gfn_t gfn = sp_child_gfn(sp, sptep - sp->spt);
	u64 spte = READ_ONCE(*sptep);
	struct kvm_mmu_page *root;
	struct kvm_mmu_leaf leaf;
	bool obsolete;

	if (sp->tdp_mmu_page) {
		root = tdp_linked_root(sp);
		if (!root)
			return;
		obsolete = is_obsolete_sp(kvm, root);
	} else {
		root = shadow_page_root(sp);
		obsolete = is_obsolete_sp(kvm, sp);
	}
	/* A table link or a zapped SPTE: nothing mapped here (rmaps must agree). */
	if (!is_shadow_present_pte(spte) || !is_last_spte(spte, sp->level))
		spte = SHADOW_NONPRESENT_VALUE;
	leaf_fill(kvm, sptep, spte, sp->level, gfn, root, obsolete, &leaf);
	fn(arg, gfn, &leaf);
}

static bool page_listed(u64 *const *pages, unsigned int nr, const struct kvm_mmu_page *sp)
{
	for (unsigned int i = 0; i < nr; i++)
		if (sptep_to_sp(pages[i]) == sp)
			return true;
	return false;
}

static int sptep_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(u64 *const *)a, y = (uintptr_t)*(u64 *const *)b;

	return x < y ? -1 : x > y;
}

bool __kvm_mmu_for_each_written_leaf(struct kvm *kvm, kvm_mmu_leaf_fn fn, void *arg, bool clear)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	u64 *entries[KVM_MMU_WRITTEN_MAX], *pages[KVM_MMU_WRITTEN_MAX];
	unsigned int nr = 0, nr_pages = 0, i;

	if (!vm)
		return true;
	if (READ_ONCE(vm->written_lost)) {
		if (clear)
			__kvm_mmu_clear_written(kvm);
		return false;
	}
	/* Whole pages first; an SPTE of a listed page is visited with it. */
	for (i = 0; i < vm->nr_written; i++) {
		u64 *e = vm->written[i];

		if ((uintptr_t)e & 1)
			pages[nr_pages++] = (u64 *)((uintptr_t)e & ~(uintptr_t)1);
		else
			entries[nr++] = e;
	}
	if (nr > 1)
		qsort(entries, nr, sizeof(*entries), sptep_cmp);
	for (i = 0; i < nr; i++) {
		if ((i && entries[i] == entries[i - 1]) ||
		    page_listed(pages, nr_pages, sptep_to_sp(entries[i])))
			continue;
		written_visit(kvm, entries[i], fn, arg);
	}
	for (i = 0; i < nr_pages; i++) {
		if (page_listed(pages, i, sptep_to_sp(pages[i])))
			continue;
		for (int j = 0; j < SPTE_ENT_PER_PAGE; j++)
			written_visit(kvm, pages[i] + j, fn, arg);
	}
	if (clear)
		__kvm_mmu_clear_written(kvm);
	return true;
}
