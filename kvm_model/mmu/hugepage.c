// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: the huge-page decisions of arch/x86/kvm/mmu/mmu.c
 * (Linux 6.18; kernel-reference 3.5): lpage_info with its disallow counts and
 * the KVM_LPAGE_MIXED_FLAG (kvm_alloc_memslot_metadata in x86.c,
 * kvm_mmu_init_memslot_memory_attributes, kvm_arch_post_set_memory_attributes,
 * hugepage_has_attrs), and the level a fault may map
 * (kvm_mmu_max_mapping_level, host_pfn_mapping_level, kvm_mmu_hugepage_adjust).
 * Split out of mmu.c, whose header lists what the model simplifies.
 */
#include <linux/bug_inject.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <string.h>

#include "kvm_model/mmu/mmu_internal.h"

/* ---- lpage_info (3.5) ------------------------------------------------------------ */

int max_huge_page_level(struct kvm *kvm)
{
	int level = to_mmu_vm(kvm)->opts.max_huge_page_level;

	return level ? level : KVM_MAX_HUGEPAGE_LEVEL;
}

bool hugepage_test_mixed(const struct kvm_memory_slot *slot, gfn_t gfn, int level)
{
	return READ_ONCE(lpage_info_slot(gfn, slot, level)->disallow_lpage) & KVM_LPAGE_MIXED_FLAG;
}

static void hugepage_set_mixed(struct kvm_memory_slot *slot, gfn_t gfn, int level, bool mixed)
{
	struct kvm_lpage_info *linfo = lpage_info_slot(gfn, slot, level);
	int v = linfo->disallow_lpage;

	v = mixed ? (v | (int)KVM_LPAGE_MIXED_FLAG) : (v & ~(int)KVM_LPAGE_MIXED_FLAG);
	/* Faults read it under mmu_lock held for read. */
	WRITE_ONCE(linfo->disallow_lpage, v);
}

/* [hugepage_has_attrs] 2M: all gfns equal; 1G: every 2M part unmixed and equal. */
static bool hugepage_has_attrs(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn,
			       int level, unsigned long attrs)
{
	const gfn_t end = gfn + KVM_PAGES_PER_HPAGE(level);

	if (level == PG_LEVEL_2M)
		return kvm_range_has_memory_attributes(kvm, gfn, end, ~0UL, attrs);

	for (; gfn < end; gfn += KVM_PAGES_PER_HPAGE(level - 1)) {
		if (hugepage_test_mixed(slot, gfn, level - 1) ||
		    attrs != kvm_get_memory_attributes(kvm, gfn))
			return false;
	}
	return true;
}

static void hugepage_update_mixed(struct kvm *kvm, struct kvm_memory_slot *slot, gfn_t gfn,
				  int level, unsigned long attrs)
{
	hugepage_set_mixed(slot, gfn, level, !hugepage_has_attrs(kvm, slot, gfn, level, attrs));
}

/* [kvm_mmu_init_memslot_memory_attributes] */
static void kvm_mmu_init_memslot_memory_attributes(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	int level;

	if (!kvm_arch_has_private_mem(kvm))
		return;

	for (level = PG_LEVEL_2M; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		gfn_t end = gfn_round_for_level(slot->base_gfn + slot->npages, level);
		gfn_t start = gfn_round_for_level(slot->base_gfn, level);
		gfn_t nr_pages = KVM_PAGES_PER_HPAGE(level);
		gfn_t gfn;

		/* Only huge pages wholly inside the slot can ever be mapped huge. */
		if (start < slot->base_gfn)
			start += nr_pages;
		for (gfn = start; gfn < end; gfn += nr_pages)
			hugepage_update_mixed(kvm, slot, gfn, level,
					      kvm_get_memory_attributes(kvm, gfn));
	}
}

void kvm_mmu_free_slot_metadata(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	struct kvm_mmu_slot_arch *arch = slot_mmu(slot);
	int i;

	if (!arch)
		return;
	kvm_shadow_mmu_free_slot_rmaps(slot);
	for (i = 0; i < PG_LEVEL_NUM - 2; i++)
		kvfree(arch->lpage_info[i]);
	kfree(arch);
	slot->arch.mmu_private = NULL;
}

/* [kvm_alloc_memslot_metadata] lpage_info disallow counts and MIXED, rmaps. */
int kvm_mmu_alloc_memslot_metadata(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	struct kvm_mmu_slot_arch *arch;
	unsigned long ugfn = slot->userspace_addr >> PAGE_SHIFT;
	int level, r;

	arch = kzalloc(sizeof(*arch), GFP_KERNEL_ACCOUNT);
	if (!arch)
		return -ENOMEM;
	slot->arch.mmu_private = arch;

	for (level = PG_LEVEL_2M; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		unsigned long lpages = slot_nr_entries(slot, level), j;
		gfn_t mask = KVM_PAGES_PER_HPAGE(level) - 1;
		struct kvm_lpage_info *linfo;

		linfo = kvcalloc(lpages, sizeof(*linfo), GFP_KERNEL_ACCOUNT);
		if (!linfo)
			goto out_free;
		arch->lpage_info[level - 2] = linfo;

		/* A huge page the slot covers only partly can never be mapped huge. */
		if (slot->base_gfn & mask)
			linfo[0].disallow_lpage = 1;
		if ((slot->base_gfn + slot->npages) & mask)
			linfo[lpages - 1].disallow_lpage = 1;
		/* gfn and hva misaligned with each other: no huge page in the slot. */
		if ((slot->base_gfn ^ ugfn) & mask) {
			for (j = 0; j < lpages; j++)
				linfo[j].disallow_lpage = 1;
		}
	}

	kvm_mmu_init_memslot_memory_attributes(kvm, slot);

	r = to_mmu_vm(kvm)->impl->alloc_slot_rmaps(kvm, slot);
	if (r)
		goto out_free;
	return 0;

out_free:
	kvm_mmu_free_slot_metadata(kvm, slot);
	return -ENOMEM;
}

bool kvm_mmu_hugepage_test_mixed(struct kvm *kvm, const struct kvm_memory_slot *slot,
				 gfn_t gfn, int level)
{
	return hugepage_test_mixed(slot, gfn, level);
}

/* [kvm_arch_post_set_memory_attributes] mmu_lock write, slots_lock held. */
bool kvm_mmu_post_set_memory_attributes(struct kvm *kvm, struct kvm_gfn_range *range)
{
	unsigned long attrs = range->arg.attributes;
	struct kvm_memory_slot *slot = range->slot;
	gfn_t slot_end = slot->base_gfn + slot->npages;
	int level;

	lockdep_assert_held_write(&kvm->mmu_lock);
	lockdep_assert_held(&kvm->slots_lock);

	if (WARN_ON_ONCE(!kvm_arch_has_private_mem(kvm)))
		return false;
	if (WARN_ON_ONCE(range->end <= range->start))
		return false;

	/* 2M first: the 1G computation consumes the 2M MIXED flags. */
	for (level = PG_LEVEL_2M; level <= KVM_MAX_HUGEPAGE_LEVEL; level++) {
		gfn_t nr_pages = KVM_PAGES_PER_HPAGE(level);
		gfn_t gfn = gfn_round_for_level(range->start, level);

		/* Head huge page straddling the range, if the slot holds it whole. */
		if (gfn != range->start || gfn + nr_pages > range->end) {
			if (gfn >= slot->base_gfn && gfn + nr_pages <= slot_end)
				hugepage_update_mixed(kvm, slot, gfn, level, attrs);
			gfn += nr_pages;
		}

		/* Wholly covered: only the attributes just set. */
		for (; gfn + nr_pages <= range->end; gfn += nr_pages)
			hugepage_set_mixed(slot, gfn, level, false);

		/* Tail huge page straddling the range. */
		if (gfn < range->end && gfn + nr_pages <= slot_end)
			hugepage_update_mixed(kvm, slot, gfn, level, attrs);
	}
	return false;
}

int kvm_mmu_disallow_lpage(struct kvm *kvm, gfn_t gfn, int level)
{
	struct kvm_memory_slot *slot;
	int idx, r = -1;

	idx = srcu_read_lock(&kvm->srcu);
	slot = gfn_to_memslot(kvm, gfn);
	if (slot && slot_mmu(slot))
		r = READ_ONCE(lpage_info_slot(gfn, slot, level)->disallow_lpage);
	srcu_read_unlock(&kvm->srcu, idx);
	return r;
}

/* ---- huge-page level of a fault (3.5) -------------------------------------------- */

/*
 * [host_pfn_mapping_level] The level at which the host maps the hva of
 * @gfn.  The model's host page table has only 4K PTEs, so a "PMD mapping" is
 * the 512 PTEs of the 2M-aligned hva block present, in order, over one 2M
 * folio (see the file comment).  mmu_lock is held; the host page-table lock
 * nests inside it (it is innermost on the host side).
 */
int host_pfn_mapping_level(struct kvm *kvm, gfn_t gfn, const struct kvm_memory_slot *slot,
			   kvm_pfn_t pfn, struct folio *folio)
{
	unsigned long hva = __gfn_to_hva_memslot(slot, gfn);
	unsigned long block = hva & ~((PAGE_SIZE << 9) - 1);
	kvm_pfn_t base = pfn - ((hva >> PAGE_SHIFT) & 511);
	pte_t ptes[512];
	int i;

	if (!folio || !kvm->mm || folio_order(folio) < 9 || (base & 511))
		return PG_LEVEL_4K;
	if (base < folio_pfn(folio) || base + 512 > folio_pfn(folio) + folio_nr_pages(folio))
		return PG_LEVEL_4K;

	/* one snapshot of the block, as the kernel reads one PMD */
	mm_read_ptes(kvm->mm, block, ptes, 512);
	for (i = 0; i < 512; i++) {
		if (!pte_present(ptes[i]) || pte_pfn(ptes[i]) != base + i)
			return PG_LEVEL_4K;
	}
	return PG_LEVEL_2M;
}

/* [kvm_mmu_max_mapping_level] for a fault; mmu_lock held. */
int kvm_mmu_max_mapping_level(struct kvm *kvm, struct kvm_page_fault *fault)
{
	const struct kvm_memory_slot *slot = fault->slot;
	int max_level, host_level;

	lockdep_assert_held(&kvm->mmu_lock);

	max_level = min_t(int, fault->max_level, max_huge_page_level(kvm));
	for (; max_level > PG_LEVEL_4K; max_level--) {
		/* Any count or the MIXED bit forbids this level. */
		if (!READ_ONCE(lpage_info_slot(fault->gfn, slot, max_level)->disallow_lpage))
			break;
	}
	if (max_level == PG_LEVEL_4K)
		return PG_LEVEL_4K;

	if (fault->is_private || kvm_memslot_is_gmem_only(slot))
		/* [kvm_gmem_max_mapping_level]: what faultin_pfn_gmem resolved. */
		host_level = fault->max_level;
	else
		host_level = host_pfn_mapping_level(kvm, fault->gfn, slot, fault->pfn,
						    fault->refcounted_page);
	return min(host_level, max_level);
}

/* [kvm_mmu_hugepage_adjust] mmu_lock held. */
void kvm_mmu_hugepage_adjust(struct kvm_vcpu *vcpu, struct kvm_page_fault *fault)
{
	gfn_t mask;

	if (unlikely(fault->max_level == PG_LEVEL_4K))
		return;
	if (!fault->slot)
		return;		/* noslot pfn: a 4K MMIO SPTE */
	if (kvm_slot_dirty_track_enabled(fault->slot))
		return;

	fault->req_level = kvm_mmu_max_mapping_level(vcpu->kvm, fault);
	if (fault->req_level == PG_LEVEL_4K)
		return;

	fault->goal_level = fault->req_level;
	mask = KVM_PAGES_PER_HPAGE(fault->goal_level) - 1;
	WARN_ON_ONCE((fault->gfn & mask) != (fault->pfn & mask));
	fault->pfn &= ~mask;
}
