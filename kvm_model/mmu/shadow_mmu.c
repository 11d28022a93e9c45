// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: the rmap-based ("legacy", tdp_mmu=N) half of
 * arch/x86/kvm/mmu/mmu.c (Linux 6.18): direct kvm_mmu_page shadow pages
 * (kvm_mmu_get_child_sp, link_shadow_page, direct_map, mmu_set_spte), rmaps
 * per memslot and level (pte_list_add/remove, pte_list_desc), zaps through
 * the rmaps (__kvm_rmap_zap_gfn_range, kvm_zap_all_rmap_sptes), shadow-page
 * zapping in two phases (kvm_mmu_prepare_zap_page, then
 * kvm_mmu_commit_zap_page which flushes remote TLBs before freeing: lockless
 * walkers are vCPUs in guest mode, which the flush waits out), obsolete pages
 * (mmu_valid_gen), and the page budget (make_mmu_pages_available).
 *
 * What the kernel does where the reference is silent (read in mmu.c):
 *  - overwriting a link to a child table with a huge leaf only unlinks the
 *    child (drop_parent_pte); the child and its leaves (still in the rmaps)
 *    stay until a zap or reclaim reaches them through the rmaps/active list;
 *  - a huge leaf on the way down is dropped (drop_large_spte, with a flush)
 *    and an empty child linked: no eager split on this path;
 *  - a fault finding a present leaf with the same pfn keeps its rmap entry
 *    (was_rmapped) and ends RET_PF_SPURIOUS if the new SPTE is identical;
 *  - an rmap longer than RMAP_RECYCLE_THRESHOLD (1000) is zapped whole;
 *  - a page whose children are being zapped orphans its direct children,
 *    which are zapped with it; an in-use root is only marked invalid and
 *    freed when its last vCPU drops it.
 *
 *  - after a fault installs a 4K leaf, the neighbours in its 8-aligned
 *    group are prefetched from what the host maps writable now (GUP-fast):
 *    runs of absent SPTEs at once on a direct page (direct_pte_prefetch),
 *    one guest PTE at a time under shadow paging, stopping at the first the
 *    guest has not accessed (FNAME(pte_prefetch)); never while an
 *    invalidation is in progress, never writable into a dirty-logged slot.
 *
 * Simplified: only direct pages (no guest page-table shadowing, no unsync
 * pages, no write tracking), so the mmu_page_hash lookup by (gfn, role) is
 * replaced by following the parent SPTE (a direct page has one parent); under
 * shadow paging the model's guest identity-maps its memory with 4K PTEs
 * (guest_pte.c keeps their accessed/dirty bits), so a shadow page of its
 * tables maps the same gfns a direct page would; no per-rmap lock bit (every
 * rmap user holds mmu_lock for write here).
 */
#include <linux/candidate_fix.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>

#include "kvm_model/mmu/mmu_inspect.h"
#include "kvm_model/mmu/mmu_internal.h"

#define PTE_LIST_EXT 14
#define KVM_RMAP_MANY 1UL
#define RMAP_RECYCLE_THRESHOLD 1000
#define KVM_MIN_FREE_MMU_PAGES 5
#define KVM_REFILL_PAGES 25

/* [struct pte_list_desc] tail descriptors are always full. */
struct pte_list_desc {
	struct pte_list_desc *more;
	u32 spte_count;		/* entries in this descriptor */
	u32 tail_count;		/* entries in all descriptors after it */
	u64 *sptes[PTE_LIST_EXT];
};

/* ---- rmaps (mmu_lock write) ----------------------------------------------------------- */

static unsigned long *gfn_to_rmap(gfn_t gfn, int level, const struct kvm_memory_slot *slot)
{
	return &slot_mmu(slot)->rmap[level - 1][gfn_to_index(gfn, slot->base_gfn, level)];
}

static struct pte_list_desc *rmap_desc(unsigned long val)
{
	return (struct pte_list_desc *)(val & ~KVM_RMAP_MANY);
}

/* [pte_list_add] returns the number of entries before the add. */
static unsigned int pte_list_add(unsigned long *rmap_head, u64 *spte)
{
	struct pte_list_desc *desc;
	unsigned int count = 0;

	if (!*rmap_head) {
		*rmap_head = (unsigned long)spte;
	} else if (!(*rmap_head & KVM_RMAP_MANY)) {
		/* The kernel allocates from a cache topped up before mmu_lock. */
		desc = kzalloc(sizeof(*desc), GFP_ATOMIC | __GFP_NOFAIL);
		desc->sptes[0] = (u64 *)*rmap_head;
		desc->sptes[1] = spte;
		desc->spte_count = 2;
		*rmap_head = (unsigned long)desc | KVM_RMAP_MANY;
		count = 1;
	} else {
		desc = rmap_desc(*rmap_head);
		count = desc->tail_count + desc->spte_count;
		if (desc->spte_count == PTE_LIST_EXT) {
			desc = kzalloc(sizeof(*desc), GFP_ATOMIC | __GFP_NOFAIL);
			desc->more = rmap_desc(*rmap_head);
			desc->tail_count = count;
			*rmap_head = (unsigned long)desc | KVM_RMAP_MANY;
		}
		desc->sptes[desc->spte_count++] = spte;
	}
	return count;
}

/* [pte_list_desc_remove_entry] refill the hole from the head descriptor. */
static void pte_list_desc_remove_entry(struct kvm *kvm, unsigned long *rmap_head,
				       struct pte_list_desc *desc, int i)
{
	struct pte_list_desc *head_desc = rmap_desc(*rmap_head);
	int j = head_desc->spte_count - 1;

	if (KVM_BUG_ON(j < 0, kvm))
		return;
	desc->sptes[i] = head_desc->sptes[j];
	head_desc->sptes[j] = NULL;
	head_desc->spte_count--;
	if (head_desc->spte_count)
		return;
	*rmap_head = head_desc->more ? (unsigned long)head_desc->more | KVM_RMAP_MANY : 0;
	kfree(head_desc);
}

/* [pte_list_remove] a missing entry is data corruption (invariant 22). */
static void pte_list_remove(struct kvm *kvm, u64 *spte, unsigned long *rmap_head)
{
	struct pte_list_desc *desc;
	unsigned int i;

	if (KVM_BUG_ON(!*rmap_head, kvm))
		return;
	if (!(*rmap_head & KVM_RMAP_MANY)) {
		if (KVM_BUG_ON((u64 *)*rmap_head != spte, kvm))
			return;
		*rmap_head = 0;
		return;
	}
	for (desc = rmap_desc(*rmap_head); desc; desc = desc->more) {
		for (i = 0; i < desc->spte_count; i++) {
			if (desc->sptes[i] == spte) {
				pte_list_desc_remove_entry(kvm, rmap_head, desc, i);
				return;
			}
		}
	}
	KVM_BUG_ON(true, kvm);
}

static unsigned int pte_list_count(unsigned long rmap_head)
{
	struct pte_list_desc *desc;

	if (!rmap_head)
		return 0;
	if (!(rmap_head & KVM_RMAP_MANY))
		return 1;
	desc = rmap_desc(rmap_head);
	return desc->tail_count + desc->spte_count;
}

static void pte_list_destroy(unsigned long *rmap_head)
{
	struct pte_list_desc *desc, *next;

	if (*rmap_head & KVM_RMAP_MANY) {
		for (desc = rmap_desc(*rmap_head); desc; desc = next) {
			next = desc->more;
			kfree(desc);
		}
	}
	*rmap_head = 0;
}

/* The slot whose rmaps hold a leaf of @sp at @index [rmap_remove]. */
static struct kvm_memory_slot *sptep_slot(struct kvm *kvm, u64 *sptep, gfn_t *gfnp)
{
	struct kvm_mmu_page *sp = sptep_to_sp(sptep);
	gfn_t gfn = sp_child_gfn(sp, sptep - sp->spt);
	struct kvm_memory_slot *slot = __gfn_to_memslot(kvm_memslots(kvm), gfn);

	*gfnp = gfn;
	/* A leaf outliving its memslot breaks invariant 21. */
	KVM_BUG_ON(!slot || !slot_mmu(slot), kvm);
	return slot;
}

static void rmap_remove(struct kvm *kvm, u64 *sptep)
{
	struct kvm_memory_slot *slot;
	gfn_t gfn;

	slot = sptep_slot(kvm, sptep, &gfn);
	if (slot && slot_mmu(slot))
		pte_list_remove(kvm, sptep, gfn_to_rmap(gfn, sptep_to_sp(sptep)->level, slot));
}

/* [mmu_spte_clear_track_bits] walkers in guest mode may read it. */
static u64 mmu_spte_clear(u64 *sptep)
{
	u64 old = READ_ONCE(*sptep);

	WRITE_ONCE(*sptep, SHADOW_NONPRESENT_VALUE);
	mmu_written_spte(sptep_to_sp(sptep)->kvm, sptep);
	if (is_shadow_present_pte(old))
		sptep_to_sp(sptep)->nr_present--;
	return old;
}

/* [drop_spte] clear a leaf and its rmap entry. */
static void drop_spte(struct kvm *kvm, u64 *sptep)
{
	u64 old = mmu_spte_clear(sptep);

	if (is_shadow_present_pte(old)) {
		atomic_long_inc(&to_mmu_vm(kvm)->stat.zapped_leafs);
		rmap_remove(kvm, sptep);
	}
}

/* [kvm_zap_all_rmap_sptes] */
static bool kvm_zap_all_rmap_sptes(struct kvm *kvm, unsigned long *rmap_head)
{
	struct pte_list_desc *desc;
	unsigned int i;

	if (!*rmap_head)
		return false;
	if (!(*rmap_head & KVM_RMAP_MANY)) {
		mmu_spte_clear((u64 *)*rmap_head);
		atomic_long_inc(&to_mmu_vm(kvm)->stat.zapped_leafs);
	} else {
		for (desc = rmap_desc(*rmap_head); desc; desc = desc->more) {
			for (i = 0; i < desc->spte_count; i++) {
				mmu_spte_clear(desc->sptes[i]);
				atomic_long_inc(&to_mmu_vm(kvm)->stat.zapped_leafs);
			}
		}
	}
	pte_list_destroy(rmap_head);
	return true;
}

/*
 * Model extension (honour_attr_filter; no 6.18 counterpart: the rmap zap
 * ignores the filter): drop only the leaves of @rmap_head in @filter.  Each
 * removal refills the hole from the head descriptor, so restart the walk.
 */
static bool kvm_zap_filtered_rmap_sptes(struct kvm *kvm, unsigned long *rmap_head,
					enum kvm_gfn_range_filter filter)
{
	struct pte_list_desc *desc;
	bool flush = false;
	unsigned int i;
	u64 *sptep;

restart:
	if (!*rmap_head)
		return flush;
	if (!(*rmap_head & KVM_RMAP_MANY)) {
		sptep = (u64 *)*rmap_head;
		if (spte_in_attr_filter(*sptep, filter))
			goto zap;
		return flush;
	}
	for (desc = rmap_desc(*rmap_head); desc; desc = desc->more) {
		for (i = 0; i < desc->spte_count; i++) {
			sptep = desc->sptes[i];
			if (spte_in_attr_filter(*sptep, filter))
				goto zap;
		}
	}
	return flush;
zap:
	mmu_spte_clear(sptep);
	atomic_long_inc(&to_mmu_vm(kvm)->stat.zapped_leafs);
	pte_list_remove(kvm, sptep, rmap_head);
	flush = true;
	goto restart;
}

/*
 * Every level's rmap array is allocated (kvm_alloc_memslot_metadata allocates
 * them one by one, and may be preempted in between).
 */
static bool slot_has_rmaps(const struct kvm_memory_slot *slot)
{
	if (!slot_mmu(slot))
		return false;
	for (int level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++)
		if (!slot_mmu(slot)->rmap[level - 1])
			return false;
	return true;
}

/* [__kvm_rmap_zap_gfn_range] every level's rmaps covering [start, end). */
static bool kvm_rmap_zap_gfn_range(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t start,
				   gfn_t end, enum kvm_gfn_range_filter filter)
{
	bool all = (filter & (KVM_FILTER_PRIVATE | KVM_FILTER_SHARED)) ==
		   (KVM_FILTER_PRIVATE | KVM_FILTER_SHARED);
	bool flush = false;
	int level;

	lockdep_assert_held_write(&kvm->mmu_lock);
	/*
	 * Candidate fix (docs/findings/gmem-bind-before-rmap-alloc.md): a slot
	 * guest_memfd already binds but kvm_set_memslot() has not given rmaps
	 * yet is not installed, so nothing maps it.
	 */
	if (candidate_fixed(FIX_RMAP_ZAP_SKIP_UNALLOCATED) && !slot_has_rmaps(slot))
		return false;
	/*
	 * The kernel has no check: it indexes a NULL rmap array and oopses
	 * (docs/findings/gmem-bind-before-rmap-alloc.md).  The model reports it.
	 */
	if (WARN_ON_ONCE(!slot_has_rmaps(slot) || end <= start))
		return false;
	for (level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		unsigned long i = gfn_to_index(start, slot->base_gfn, level);
		unsigned long last = gfn_to_index(end - 1, slot->base_gfn, level);

		for (; i <= last; i++) {
			unsigned long *rmap_head = &slot_mmu(slot)->rmap[level - 1][i];

			if (all)
				flush |= kvm_zap_all_rmap_sptes(kvm, rmap_head);
			else
				flush |= kvm_zap_filtered_rmap_sptes(kvm, rmap_head, filter);
		}
	}
	return flush;
}

/*
 * [spte_write_protect] without pt_protect: W goes, MMU-writable stays, so
 * the next write fault may make the SPTE writable again.
 */
static bool spte_write_protect(u64 *sptep)
{
	u64 spte = READ_ONCE(*sptep);

	if (!is_writable_pte(spte))
		return false;
	/* [mmu_spte_update] vCPUs walk the table locklessly. */
	WRITE_ONCE(*sptep, spte & ~PT_WRITABLE_MASK);
	mmu_written_spte(sptep_to_sp(sptep)->kvm, sptep);
	return true;
}

/* [rmap_write_protect] every SPTE of @rmap_head; returns flush. */
static bool rmap_write_protect(unsigned long *rmap_head)
{
	struct pte_list_desc *desc;
	bool flush = false;
	unsigned int i;

	if (!*rmap_head)
		return false;
	if (!(*rmap_head & KVM_RMAP_MANY))
		return spte_write_protect((u64 *)*rmap_head);
	for (desc = rmap_desc(*rmap_head); desc; desc = desc->more)
		for (i = 0; i < desc->spte_count; i++)
			flush |= spte_write_protect(desc->sptes[i]);
	return flush;
}

/* [kvm_mmu_write_protect_pt_masked] the rmap half: 4K rmaps only. */
static void kvm_shadow_mmu_write_protect_pt_masked(struct kvm *kvm, struct kvm_memory_slot *slot,
						   gfn_t gfn_offset, unsigned long mask)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	while (mask) {
		rmap_write_protect(gfn_to_rmap(slot->base_gfn + gfn_offset + __ffs(mask),
					       PG_LEVEL_4K, slot));
		mask &= mask - 1;
	}
}

/* [rmap_add] */
static void rmap_add(struct kvm *kvm, struct kvm_memory_slot *slot, u64 *sptep, gfn_t gfn,
		     int level)
{
	unsigned long *rmap_head = gfn_to_rmap(gfn, level, slot);

	if (pte_list_add(rmap_head, sptep) > RMAP_RECYCLE_THRESHOLD) {
		atomic_long_inc(&to_mmu_vm(kvm)->stat.rmap_recycled);
		kvm_zap_all_rmap_sptes(kvm, rmap_head);
		kvm_flush_remote_tlbs_gfn(kvm, gfn, level);
	}
}

unsigned long kvm_mmu_rmap_count(struct kvm *kvm, gfn_t gfn, int level)
{
	struct kvm_memory_slot *slot;
	unsigned long n = 0;
	int idx;

	idx = srcu_read_lock(&kvm->srcu);
	write_lock(&kvm->mmu_lock);	/* rmaps change under it */
	slot = gfn_to_memslot(kvm, gfn);
	if (slot && slot_mmu(slot) && slot_mmu(slot)->rmap[level - 1])
		n = pte_list_count(*gfn_to_rmap(gfn, level, slot));
	write_unlock(&kvm->mmu_lock);
	srcu_read_unlock(&kvm->srcu, idx);
	return n;
}

/* Every entry of the rmaps of @slot (inspection; caller holds or needs no mmu_lock). */
void kvm_shadow_mmu_for_each_rmap(const struct kvm_memory_slot *slot, kvm_mmu_rmap_fn fn,
				  void *arg)
{
	int level;

	for (level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		const unsigned long *rmap = slot_mmu(slot) ? slot_mmu(slot)->rmap[level - 1] : NULL;
		gfn_t base = gfn_round_for_level(slot->base_gfn, level);
		unsigned long i, n;

		if (!rmap)
			continue;
		for (i = 0, n = slot_nr_entries(slot, level); i < n; i++) {
			gfn_t gfn = base + (i << KVM_HPAGE_GFN_SHIFT(level));
			struct pte_list_desc *desc;
			unsigned int j;

			if (!rmap[i])
				continue;
			if (!(rmap[i] & KVM_RMAP_MANY)) {
				fn(arg, slot, gfn, level, (const void *)rmap[i]);
				continue;
			}
			for (desc = rmap_desc(rmap[i]); desc; desc = desc->more)
				for (j = 0; j < desc->spte_count; j++)
					fn(arg, slot, gfn, level, desc->sptes[j]);
		}
	}
}

unsigned int __kvm_mmu_rmap_count(const struct kvm_memory_slot *slot, gfn_t gfn, int level,
				  const void *id)
{
	const struct kvm_mmu_slot_arch *m = slot_mmu(slot);
	struct pte_list_desc *desc;
	unsigned long head;
	unsigned int n = 0, j;

	if (!m || level > KVM_MAX_HUGEPAGE_LEVEL || !m->rmap[level - 1] || gfn < slot->base_gfn ||
	    gfn >= slot->base_gfn + slot->npages)
		return 0;
	head = m->rmap[level - 1][gfn_to_index(gfn, slot->base_gfn, level)];
	if (!(head & KVM_RMAP_MANY))
		return head && (const void *)head == id;
	for (desc = rmap_desc(head); desc; desc = desc->more)
		for (j = 0; j < desc->spte_count; j++)
			n += desc->sptes[j] == id;
	return n;
}

static int kvm_shadow_mmu_alloc_slot_rmaps(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	int level;

	for (level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		slot_mmu(slot)->rmap[level - 1] = kvcalloc(slot_nr_entries(slot, level),
							   sizeof(unsigned long), GFP_KERNEL_ACCOUNT);
		if (!slot_mmu(slot)->rmap[level - 1])
			return -ENOMEM;
	}
	return 0;
}

void kvm_shadow_mmu_free_slot_rmaps(struct kvm_memory_slot *slot)
{
	int level;

	if (!slot_mmu(slot))
		return;
	for (level = PG_LEVEL_4K; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		unsigned long *rmap = slot_mmu(slot)->rmap[level - 1];
		unsigned long i, n;

		if (!rmap)
			continue;
		/* Every leaf was zapped before the slot went (invariant 21). */
		for (i = 0, n = slot_nr_entries(slot, level); i < n; i++) {
			WARN_ON_ONCE(rmap[i]);
			pte_list_destroy(&rmap[i]);
		}
		kvfree(rmap);
		slot_mmu(slot)->rmap[level - 1] = NULL;
	}
}

/* ---- shadow pages ----------------------------------------------------------------------- */

static struct kvm_mmu_page *kvm_mmu_alloc_shadow_page(struct kvm_vcpu *vcpu, int level, gfn_t gfn)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(vcpu->kvm);
	struct kvm_mmu_page *sp = kvm_mmu_alloc_page(vcpu, level, gfn);

	if (!sp)
		return NULL;
	sp->mmu_valid_gen = vm->mmu_valid_gen;
	list_add(&sp->link, &vm->active_mmu_pages);
	vm->n_used_mmu_pages++;
	return sp;
}

static void kvm_mmu_prepare_zap_page(struct kvm *kvm, struct kvm_mmu_page *sp,
				     struct list_head *invalid_list);

/* [mmu_page_zap_pte] */
static void mmu_page_zap_pte(struct kvm *kvm, u64 *sptep, int level, struct list_head *invalid_list)
{
	u64 spte = READ_ONCE(*sptep);
	struct kvm_mmu_page *child;

	if (is_mmio_spte(spte)) {
		WRITE_ONCE(*sptep, SHADOW_NONPRESENT_VALUE);
		return;
	}
	if (!is_shadow_present_pte(spte))
		return;
	if (is_last_spte(spte, level)) {
		drop_spte(kvm, sptep);
		return;
	}
	/* drop_parent_pte, then the orphaned direct child goes too. */
	child = spte_to_child_sp(spte);
	mmu_spte_clear(sptep);
	child->parent_sptep = NULL;
	kvm_mmu_prepare_zap_page(kvm, child, invalid_list);
}

/* [__kvm_mmu_prepare_zap_page] mmu_lock write. */
static void kvm_mmu_prepare_zap_page(struct kvm *kvm, struct kvm_mmu_page *sp,
				     struct list_head *invalid_list)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	int i;

	lockdep_assert_held_write(&kvm->mmu_lock);
	mmu_written_lost(kvm);
	if (!sp->invalid) {
		if (sp->parent_sptep) {
			mmu_spte_clear(sp->parent_sptep);
			sp->parent_sptep = NULL;
		}
		for (i = 0; i < SPTE_ENT_PER_PAGE; i++)
			mmu_page_zap_pte(kvm, &sp->spt[i], sp->level, invalid_list);
		/* vCPUs test their root locklessly; an in-use root waits for them. */
		WRITE_ONCE(sp->invalid, true);
		list_del(&sp->link);
	}
	if (!sp->root_count) {
		list_add(&sp->zap_link, invalid_list);
		vm->n_used_mmu_pages--;
	}
}

/* [kvm_mmu_commit_zap_page] nobody may walk a page we free: flush first. */
static void kvm_mmu_commit_zap_page(struct kvm *kvm, struct list_head *invalid_list)
{
	struct kvm_mmu_page *sp, *tmp;

	if (list_empty(invalid_list))
		return;
	kvm_flush_remote_tlbs(kvm);
	list_for_each_entry_safe(sp, tmp, invalid_list, zap_link) {
		list_del(&sp->zap_link);
		kvm_mmu_free_page(kvm, sp);
	}
}

/* Zap every valid page that @pred selects, restarting after each (recursion). */
static void kvm_mmu_zap_pages(struct kvm *kvm, bool (*pred)(struct kvm *, struct kvm_mmu_page *),
			      unsigned long nr_to_zap)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	unsigned long start_used = vm->n_used_mmu_pages;
	LIST_HEAD(invalid_list);
	struct list_head *pos;

restart:
	/* Oldest first: the active list is newest first. */
	for (pos = vm->active_mmu_pages.prev; pos != &vm->active_mmu_pages; pos = pos->prev) {
		struct kvm_mmu_page *sp = list_entry(pos, struct kvm_mmu_page, link);

		if (!pred(kvm, sp))
			continue;
		kvm_mmu_prepare_zap_page(kvm, sp, &invalid_list);
		if (nr_to_zap && start_used - vm->n_used_mmu_pages >= nr_to_zap)
			break;
		goto restart;
	}
	kvm_mmu_commit_zap_page(kvm, &invalid_list);
}

static bool sp_any(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	return true;
}

static bool sp_obsolete(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	return is_obsolete_sp(kvm, sp);
}

static bool sp_not_in_use(struct kvm *kvm, struct kvm_mmu_page *sp)
{
	return !sp->root_count;
}

/* [kvm_mmu_zap_all] mmu_lock write. */
static void kvm_shadow_mmu_zap_all(struct kvm *kvm)
{
	lockdep_assert_held_write(&kvm->mmu_lock);
	kvm_mmu_zap_pages(kvm, sp_any, 0);
	/* Zapped roots still in use: their vCPUs must reload. */
	kvm_flush_remote_tlbs(kvm);
}

/* [kvm_zap_obsolete_pages] after mmu_valid_gen was toggled. */
static void kvm_shadow_mmu_invalidate_all_roots(struct kvm *kvm)
{
	kvm_mmu_zap_pages(kvm, sp_obsolete, 0);
}

/* [make_mmu_pages_available] */
static int make_mmu_pages_available(struct kvm *kvm)
{
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	unsigned long avail;

	avail = vm->n_max_mmu_pages > vm->n_used_mmu_pages ?
		vm->n_max_mmu_pages - vm->n_used_mmu_pages : 0;
	if (likely(avail >= KVM_MIN_FREE_MMU_PAGES))
		return 0;
	kvm_mmu_zap_pages(kvm, sp_not_in_use, KVM_REFILL_PAGES - avail);
	if (vm->n_used_mmu_pages >= vm->n_max_mmu_pages)
		return -ENOSPC;
	return 0;
}

/* ---- faults (mmu_lock write) --------------------------------------------------------- */

/* [mark_mmio_spte -> mmu_spte_set] an MMIO SPTE where none is present. */
static int mark_mmio_spte(struct kvm *kvm, u64 *sptep, gfn_t gfn)
{
	WARN_ON_ONCE(is_shadow_present_pte(READ_ONCE(*sptep)));
	/* READ_ONCE: swaps move the generation. */
	WRITE_ONCE(*sptep, make_mmio_spte(gfn, READ_ONCE(kvm_memslots(kvm)->generation)));
	return RET_PF_EMULATE;
}

/*
 * [mmu_set_spte] @fault is NULL for a prefetched neighbour, which the host
 * mapped writable (kvm_prefetch_pages asks for FOLL_WRITE); @folio_gen is the
 * generation of the folio holding @pfn.
 */
static int mmu_set_spte(struct kvm_vcpu *vcpu, struct kvm_memory_slot *slot, u64 *sptep,
			unsigned int pte_access, gfn_t gfn, kvm_pfn_t pfn, u64 folio_gen,
			struct kvm_page_fault *fault)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_page *sp = sptep_to_sp(sptep);
	int level = sp->level;
	bool host_writable = !fault || fault->map_writable;
	u64 old = *sptep, spte;
	bool was_rmapped = false, flush = false;
	int ret = RET_PF_FIXED;

	/*
	 * 6.18 marks the MMIO SPTE first, through mmu_spte_set(), which asserts
	 * the SPTE is not present: nothing drops a leaf another vCPU installed
	 * meanwhile through a memslot this fault's older view lacks
	 * (docs/findings/mmio-spte-over-present.md).  The candidate fix is
	 * upstream aad885e77496's order: drop the present SPTE, then mark.
	 */
	if (!slot && !candidate_fixed(FIX_MMIO_SPTE_DROP_PRESENT))
		return mark_mmio_spte(kvm, sptep, gfn);

	if (is_shadow_present_pte(old)) {
		if (level > PG_LEVEL_4K && !is_large_pte(old)) {
			/* A link becomes a huge leaf: unlink the child [drop_parent_pte]. */
			spte_to_child_sp(old)->parent_sptep = NULL;
			mmu_written_lost(kvm);
			mmu_spte_clear(sptep);
			flush = true;
		} else if (pfn != spte_to_pfn(old)) {
			drop_spte(kvm, sptep);
			flush = true;
		} else {
			was_rmapped = true;
		}
	}

	if (!slot) {
		mark_mmio_spte(kvm, sptep, gfn);
		if (flush)
			kvm_flush_remote_tlbs_gfn(kvm, gfn, level);
		return RET_PF_EMULATE;
	}

	spte = make_spte(level, pfn, pte_access, host_writable);
	if (fault && fault->is_private)
		spte |= SPTE_MODEL_PRIVATE;
	make_spte_mark_dirty(kvm, slot, gfn, level, spte);
	if (READ_ONCE(*sptep) == spte) {
		ret = RET_PF_SPURIOUS;
	} else {
		/* [mmu_spte_update] losing a permission needs a flush. */
		if (is_shadow_present_pte(READ_ONCE(*sptep)) &&
		    leaf_spte_change_needs_tlb_flush(READ_ONCE(*sptep), spte))
			flush = true;
		sptep_set_gen(sptep, folio_gen);
		if (!is_shadow_present_pte(READ_ONCE(*sptep)))
			sp->nr_present++;
		/* Before the SPTE: a walker that sees it sees its generation. */
		smp_store_release(sptep, spte);
		mmu_written_spte(kvm, sptep);
		trace_kvm_mmu_set_spte(vcpu, gfn, level);
		if (!was_rmapped && level > PG_LEVEL_4K)
			atomic_long_inc(level == PG_LEVEL_2M ? &to_mmu_vm(kvm)->stat.huge_2m :
							       &to_mmu_vm(kvm)->stat.huge_1g);
	}
	if (flush)
		kvm_flush_remote_tlbs_gfn(kvm, gfn, level);
	if (!was_rmapped)
		rmap_add(kvm, slot, sptep, gfn, level);
	return ret;
}

/* ---- prefetch (mmu_lock write) ------------------------------------------------------ */

#define PTE_PREFETCH_NUM 8

/*
 * [gfn_to_memslot_dirty_bitmap] The slot to prefetch @gfn from, or NULL: not
 * a visible slot, or a writable prefetch into a dirty-logged slot (the page
 * would be dirtied without being logged).
 */
static struct kvm_memory_slot *gfn_to_memslot_dirty_bitmap(struct kvm_vcpu *vcpu, gfn_t gfn,
							   bool no_dirty_log)
{
	struct kvm_memory_slot *slot = kvm_vcpu_gfn_to_memslot(vcpu, gfn);

	if (!kvm_is_visible_memslot(slot))
		return NULL;
	if (no_dirty_log && kvm_slot_dirty_track_enabled(slot))
		return NULL;
	return slot;
}

/*
 * [kvm_mmu_prefetch_sptes] Map up to @nr_pages gfns from @gfn into the SPTEs
 * from @sptep with @access, as far as the host has them mapped writable.
 */
static bool kvm_mmu_prefetch_sptes(struct kvm_vcpu *vcpu, gfn_t gfn, u64 *sptep, int nr_pages,
				   unsigned int access)
{
	struct folio *folios[PTE_PREFETCH_NUM];
	unsigned long pfns[PTE_PREFETCH_NUM];
	struct kvm_memory_slot *slot;
	int i, n;

	if (WARN_ON_ONCE(nr_pages > PTE_PREFETCH_NUM))
		return false;
	slot = gfn_to_memslot_dirty_bitmap(vcpu, gfn, access & ACC_WRITE_MASK);
	if (!slot)
		return false;
	/*
	 * Model: the hybrid (private memory on this MMU, which no kernel has)
	 * must not map a private gfn through the host's page: the prefetch stops
	 * before it, where a kernel that had the hybrid would have to.
	 */
	for (n = 0; n < nr_pages; n++)
		if (kvm_arch_has_private_mem(vcpu->kvm) && kvm_mem_is_private(vcpu->kvm, gfn + n))
			break;
	n = n ? kvm_prefetch_pages(vcpu->kvm, slot, gfn, folios, pfns, n) : 0;
	if (n <= 0)
		return false;
	for (i = 0; i < n; i++) {
		mmu_set_spte(vcpu, slot, sptep + i, access, gfn + i, pfns[i], folio_gen(folios[i]),
			     NULL);
		/* [kvm_release_page_dirty] the model's folios have no dirty bit to set */
		folio_put(folios[i]);
	}
	return true;
}

/* [__direct_pte_prefetch] runs of absent SPTEs in the 8-aligned group, many at once. */
static void __direct_pte_prefetch(struct kvm_vcpu *vcpu, struct kvm_mmu_page *sp, u64 *sptep)
{
	u64 *spte, *start = NULL;
	unsigned int i;

	i = (unsigned int)(sptep - sp->spt) & ~(PTE_PREFETCH_NUM - 1);
	spte = sp->spt + i;
	for (i = 0; i < PTE_PREFETCH_NUM; i++, spte++) {
		if (is_shadow_present_pte(READ_ONCE(*spte)) || spte == sptep) {
			if (!start)
				continue;
			if (!kvm_mmu_prefetch_sptes(vcpu, sp_child_gfn(sp, start - sp->spt), start,
						    (int)(spte - start), ACC_ALL))
				return;
			start = NULL;
		} else if (!start) {
			start = spte;
		}
	}
	if (start)
		kvm_mmu_prefetch_sptes(vcpu, sp_child_gfn(sp, start - sp->spt), start,
				       (int)(spte - start), ACC_ALL);
}

/*
 * [FNAME(pte_prefetch)] Shadow paging: each neighbour through its own guest
 * PTE, one at a time, stopping at the first that cannot be prefetched (not
 * accessed by the guest, or not mapped writable by the host).
 */
static void shadow_pte_prefetch(struct kvm_vcpu *vcpu, struct kvm_mmu_page *sp, u64 *sptep)
{
	unsigned int i = (unsigned int)(sptep - sp->spt) & ~(PTE_PREFETCH_NUM - 1);
	u64 *spte = sp->spt + i;

	for (i = 0; i < PTE_PREFETCH_NUM; i++, spte++) {
		gfn_t gfn = sp_child_gfn(sp, spte - sp->spt);
		unsigned int access;

		if (spte == sptep || is_shadow_present_pte(READ_ONCE(*spte)))
			continue;
		/* [FNAME(prefetch_gpte)] */
		if (!kvm_mmu_guest_pte_prefetchable(vcpu->kvm, gfn, &access) ||
		    !kvm_mmu_prefetch_sptes(vcpu, gfn, spte, 1, access))
			break;
	}
}

/* [direct_pte_prefetch, FNAME(pte_prefetch)] after a fault installed *@sptep */
static void kvm_mmu_pte_prefetch(struct kvm_vcpu *vcpu, u64 *sptep)
{
	struct kvm_mmu_page *sp = sptep_to_sp(sptep);

	/* sp_ad_disabled: the model's EPT has accessed bits, so prefetch is on */
	if (sp->level > PG_LEVEL_4K)
		return;
	/* An invalidation under way: do not map what it is taking away. */
	if (unlikely(READ_ONCE(vcpu->kvm->mmu_invalidate_in_progress)))
		return;
	if (vcpu->kvm->host->tdp_enabled)
		__direct_pte_prefetch(vcpu, sp, sptep);
	else
		shadow_pte_prefetch(vcpu, sp, sptep);
}

/* [direct_map] */
static int kvm_shadow_mmu_map(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_page *sp = vcpu->root;
	u64 *sptep;
	int r;

	/* [direct_page_fault] the budget is checked once mmu_lock is held. */
	r = make_mmu_pages_available(kvm);
	if (r)
		return r;

	kvm_mmu_hugepage_adjust(vcpu, fault);

	for (;;) {
		struct kvm_mmu_page *child;
		u64 spte;

		sptep = &sp->spt[SPTE_INDEX(fault->gfn, sp->level)];
		if (sp->level == fault->goal_level)
			break;
		spte = READ_ONCE(*sptep);
		if (is_shadow_present_pte(spte) && !is_large_pte(spte)) {
			sp = spte_to_child_sp(spte);
			continue;
		}

		child = kvm_mmu_alloc_shadow_page(vcpu, sp->level - 1, fault->gfn);
		if (!child)
			return -ENOMEM;
		/* [link_shadow_page] a huge leaf in the way goes first [drop_large_spte]. */
		if (is_shadow_present_pte(spte)) {
			drop_spte(kvm, sptep);
			kvm_flush_remote_tlbs_gfn(kvm, sp_child_gfn(sp, sptep - sp->spt), sp->level);
		} else if (is_mmio_spte(spte)) {
			WRITE_ONCE(*sptep, SHADOW_NONPRESENT_VALUE);
		}
		child->parent_sptep = sptep;
		sp->nr_present++;
		mmu_written_page(kvm, child);
		/* Publishes the zeroed child to lockless walkers. */
		smp_store_release(sptep, make_nonleaf_spte(child));
		mmu_written_spte(kvm, sptep);
		sp = child;
	}
	r = mmu_set_spte(vcpu, fault->slot, sptep, fault->gpte_access,
			 gfn_round_for_level(fault->gfn, fault->goal_level), fault->pfn,
			 fault->folio_gen, fault);
	if (r == RET_PF_SPURIOUS)
		return r;
	kvm_mmu_pte_prefetch(vcpu, sptep);
	return r;
}

/* ---- roots -------------------------------------------------------------------------- */

/* [mmu_alloc_direct_roots] mmu_lock write. */
static struct kvm_mmu_page *kvm_shadow_mmu_get_root(struct kvm_vcpu *vcpu)
{
	struct kvm *kvm = vcpu->kvm;
	struct kvm_mmu_vm *vm = to_mmu_vm(kvm);
	struct kvm_mmu_page *sp;

	/* [kvm_mmu_find_shadow_page] a valid root of the same role is shared. */
	list_for_each_entry(sp, &vm->active_mmu_pages, link) {
		if (sp->root && !is_obsolete_sp(kvm, sp)) {
			sp->root_count++;
			return sp;
		}
	}
	sp = kvm_mmu_alloc_shadow_page(vcpu, PT64_ROOT_4LEVEL, 0);
	if (!sp)
		return NULL;
	sp->root = true;
	sp->root_count = 1;
	return sp;
}

/* [mmu_free_root_page] */
static void kvm_shadow_mmu_put_root(struct kvm *kvm, struct kvm_mmu_page *root)
{
	LIST_HEAD(invalid_list);

	lockdep_assert_held_write(&kvm->mmu_lock);
	if (--root->root_count || !root->invalid)
		return;
	kvm_mmu_prepare_zap_page(kvm, root, &invalid_list);
	kvm_mmu_commit_zap_page(kvm, &invalid_list);
}

const struct kvm_mmu_impl kvm_shadow_mmu_impl = {
	.name = "legacy",
	.tdp_mmu = false,
	.fault_lock_shared = false,
	.map = kvm_shadow_mmu_map,
	.zap_leafs = kvm_rmap_zap_gfn_range,
	.zap_all = kvm_shadow_mmu_zap_all,
	.invalidate_all_roots = kvm_shadow_mmu_invalidate_all_roots,
	.get_root = kvm_shadow_mmu_get_root,
	.put_root = kvm_shadow_mmu_put_root,
	.alloc_slot_rmaps = kvm_shadow_mmu_alloc_slot_rmaps,
	.write_protect_pt_masked = kvm_shadow_mmu_write_protect_pt_masked,
};
