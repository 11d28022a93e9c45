// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: virt/kvm/kvm_main.c, memslot half (kvm_set_memory_region,
 * kvm_set_memslot, kvm_invalidate_memslot, kvm_swap_active_memslots,
 * kvm_replace_memslot, kvm_prepare/commit_memory_region, __gfn_to_memslot,
 * kvm_vcpu_gfn_to_memslot,
 * kvm_for_each_memslot_in_gfn_range) and x86's kvm_arch_prepare_memory_region
 * (arch/x86/kvm/x86.c), Linux 6.18.
 *
 * Two sets per address space; every change is made to the inactive set, which
 * is then published (swap), SRCU-synchronised, and brought in line with the
 * new active set.  DELETE and MOVE first publish an INVALID copy of the slot
 * and zap it (two swaps); CREATE and FLAGS_ONLY swap once.
 *
 * Simplified: a set keeps its slots in an array sorted by base_gfn instead of
 * the kernel's gfn rbtree, and answers hva queries by scanning instead of an
 * interval tree.  The id hash keeps the kernel's per-set nodes in the slot.
 * The array of the active set cannot be reallocated under SRCU readers, so a
 * grown copy is prepared up front (kvm->memslots_spare) and installed once
 * the set is inactive.  KVMGT page-track users (row 26) and TDX gfn aliases
 * (row 28) do not exist in the model, so those rows never fire.
 */
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <string.h>

#include "kvm_model/kvm_internal.h"

/* ---- set lookups (readers: kvm->srcu or slots_lock) ----------------------------- */

struct kvm_memslots *__kvm_memslots(struct kvm *kvm, int as_id)
{
	/* Pairs with the release in kvm_swap_active_memslots (rcu_assign_pointer). */
	return smp_load_acquire(&kvm->memslots[as_id]);
}

static struct kvm_memslots *kvm_get_inactive_memslots(struct kvm *kvm, int as_id)
{
	struct kvm_memslots *active = __kvm_memslots(kvm, as_id);

	return &kvm->__memslots[as_id][active->node_idx ^ 1];
}

static struct list_head *kvm_id_bucket(struct kvm_memslots *slots, int id)
{
	return &slots->id_hash[(unsigned int)id & (KVM_MEM_SLOTS_HASH_SIZE - 1)];
}

static struct kvm_memory_slot *id_node_to_memslot(struct list_head *node, int idx)
{
	return (struct kvm_memory_slot *)((char *)(node - idx) -
					  offsetof(struct kvm_memory_slot, id_node));
}

struct kvm_memory_slot *id_to_memslot(struct kvm_memslots *slots, int id)
{
	struct list_head *head = kvm_id_bucket(slots, id), *pos;
	int idx = slots->node_idx;

	for (pos = head->next; pos != head; pos = pos->next) {
		struct kvm_memory_slot *slot = id_node_to_memslot(pos, idx);

		if (slot->id == id)
			return slot;
	}
	return NULL;
}

/* Number of slots whose base_gfn is <= @gfn (binary search of the gfn "tree"). */
static unsigned int kvm_gfn_upper(const struct kvm_memslots *slots, gfn_t gfn)
{
	unsigned int lo = 0, hi = slots->nr_slots;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (slots->gfn_sorted[mid]->base_gfn <= gfn)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct kvm_memory_slot *search_memslots(struct kvm_memslots *slots, gfn_t gfn, bool approx)
{
	unsigned int pos = kvm_gfn_upper(slots, gfn);
	struct kvm_memory_slot *slot;

	if (!pos)
		return approx && slots->nr_slots ? slots->gfn_sorted[0] : NULL;
	slot = slots->gfn_sorted[pos - 1];
	if (gfn < slot->base_gfn + slot->npages || approx)
		return slot;
	return NULL;
}

static struct kvm_memory_slot *try_get_memslot(struct kvm_memory_slot *slot, gfn_t gfn)
{
	if (!slot)
		return NULL;
	if (gfn >= slot->base_gfn && gfn < slot->base_gfn + slot->npages)
		return slot;
	return NULL;
}

struct kvm_memory_slot *__gfn_to_memslot(struct kvm_memslots *slots, gfn_t gfn)
{
	/* A hint shared by all readers of the set (kernel: atomic_long). */
	struct kvm_memory_slot *slot = try_get_memslot(READ_ONCE(slots->last_used_slot), gfn);

	if (slot)
		return slot;

	slot = search_memslots(slots, gfn, false);
	if (slot)
		WRITE_ONCE(slots->last_used_slot, slot);
	return slot;
}

struct kvm_memory_slot *gfn_to_memslot(struct kvm *kvm, gfn_t gfn)
{
	return __gfn_to_memslot(kvm_memslots(kvm), gfn);
}

/*
 * [kvm_vcpu_gfn_to_memslot] The vCPU's own hint first; on a miss, search
 * without touching the set's last_used_slot, so that vCPUs faulting in
 * different slots do not bounce one shared line.  A new generation (any
 * memslot update) drops the hint: its slot may be gone.  kvm->srcu held;
 * vcpu->last_used_slot* belong to the vCPU's thread.
 */
struct kvm_memory_slot *kvm_vcpu_gfn_to_memslot(struct kvm_vcpu *vcpu, gfn_t gfn)
{
	struct kvm_memslots *slots = kvm_memslots(vcpu->kvm);
	/* READ_ONCE: the generation changes under slots_lock while we read */
	u64 gen = READ_ONCE(slots->generation);
	struct kvm_memory_slot *slot;

	if (unlikely(gen != vcpu->last_used_slot_gen)) {
		vcpu->last_used_slot = NULL;
		vcpu->last_used_slot_gen = gen;
	}
	slot = try_get_memslot(vcpu->last_used_slot, gfn);
	if (slot)
		return slot;
	slot = search_memslots(slots, gfn, false);
	if (slot)
		vcpu->last_used_slot = slot;
	return slot;
}

bool kvm_is_visible_gfn(struct kvm *kvm, gfn_t gfn)
{
	return kvm_is_visible_memslot(gfn_to_memslot(kvm, gfn));
}

unsigned long gfn_to_hva_memslot_prot(struct kvm_memory_slot *slot, gfn_t gfn, bool *writable)
{
	if (!slot || slot->flags & KVM_MEMSLOT_INVALID)
		return KVM_HVA_ERR_BAD;
	if (writable)
		*writable = !(slot->flags & KVM_MEM_READONLY);
	return __gfn_to_hva_memslot(slot, gfn);
}

void kvm_memslot_iter_start(struct kvm_memslot_iter *iter, struct kvm_memslots *slots,
			    gfn_t start, gfn_t end)
{
	unsigned int pos = kvm_gfn_upper(slots, start);

	iter->slots = slots;
	iter->end = end;
	/* The slot containing @start, else the first one above it. */
	if (pos) {
		struct kvm_memory_slot *s = slots->gfn_sorted[pos - 1];

		if (start < s->base_gfn + s->npages)
			pos--;
	}
	iter->idx = pos;
	iter->slot = pos < slots->nr_slots ? slots->gfn_sorted[pos] : NULL;
}

bool kvm_memslot_iter_is_valid(struct kvm_memslot_iter *iter)
{
	return iter->slot && iter->slot->base_gfn < iter->end;
}

void kvm_memslot_iter_next(struct kvm_memslot_iter *iter)
{
	iter->idx++;
	iter->slot = iter->idx < iter->slots->nr_slots ? iter->slots->gfn_sorted[iter->idx] : NULL;
}

struct kvm_memory_slot *kvm_memslot_next_in_hva_range(struct kvm_memslots *slots,
						       unsigned int *pos, unsigned long start,
						       unsigned long last)
{
	for (; *pos < slots->nr_slots; (*pos)++) {
		struct kvm_memory_slot *s = slots->gfn_sorted[*pos];
		unsigned long s_last = s->userspace_addr + (s->npages << PAGE_SHIFT) - 1;

		if (s->userspace_addr <= last && start <= s_last) {
			(*pos)++;
			return s;
		}
	}
	return NULL;
}

/* ---- modifying the inactive set (slots_lock + slots_arch_lock) ------------------- */

static int kvm_memslots_grow(struct kvm_memory_slot ***arr, unsigned int *cap,
			     unsigned int nr, unsigned int need)
{
	unsigned int new_cap = max(need, *cap * 2);
	struct kvm_memory_slot **a;

	new_cap = max(new_cap, 8U);
	if (*cap >= need)
		return 0;
	a = kmalloc_array(new_cap, sizeof(*a), GFP_KERNEL_ACCOUNT);
	if (!a)
		return -ENOMEM;
	if (nr)
		memcpy(a, *arr, nr * sizeof(*a));
	kfree(*arr);
	*arr = a;
	*cap = new_cap;
	return 0;
}

/*
 * Make room for one more slot in both sets of @as_id before anything changes,
 * so that no step after the first swap can fail.  The inactive set has no
 * readers and grows in place; the active set's copy waits in memslots_spare.
 */
static int kvm_memslots_reserve_one(struct kvm *kvm, int as_id)
{
	struct kvm_memslots *inactive = kvm_get_inactive_memslots(kvm, as_id);
	struct kvm_memslots *active = __kvm_memslots(kvm, as_id);
	unsigned int need = active->nr_slots + 1;
	struct kvm_memory_slot **spare;
	int r;

	r = kvm_memslots_grow(&inactive->gfn_sorted, &inactive->cap_slots, inactive->nr_slots,
			      need);
	if (r)
		return r;
	if (active->cap_slots >= need || kvm->memslots_spare_cap[as_id] >= need)
		return 0;

	spare = kmalloc_array(max(need, active->cap_slots * 2), sizeof(*spare),
			      GFP_KERNEL_ACCOUNT);
	if (!spare)
		return -ENOMEM;
	kfree(kvm->memslots_spare[as_id]);
	kvm->memslots_spare[as_id] = spare;
	kvm->memslots_spare_cap[as_id] = max(need, active->cap_slots * 2);
	return 0;
}

/* Called on an inactive, SRCU-quiet set about to take one more slot. */
static void kvm_memslots_install_spare(struct kvm *kvm, struct kvm_memslots *slots, int as_id)
{
	if (slots->nr_slots < slots->cap_slots)
		return;
	/* kvm_memslots_reserve_one() guaranteed room; anything else is a bug. */
	BUG_ON(kvm->memslots_spare_cap[as_id] <= slots->nr_slots);
	if (slots->nr_slots)
		memcpy(kvm->memslots_spare[as_id], slots->gfn_sorted,
		       slots->nr_slots * sizeof(*slots->gfn_sorted));
	kfree(slots->gfn_sorted);
	slots->gfn_sorted = kvm->memslots_spare[as_id];
	slots->cap_slots = kvm->memslots_spare_cap[as_id];
	kvm->memslots_spare[as_id] = NULL;
	kvm->memslots_spare_cap[as_id] = 0;
}

static void kvm_insert_gfn_node(struct kvm *kvm, struct kvm_memslots *slots,
				struct kvm_memory_slot *slot)
{
	unsigned int pos = kvm_gfn_upper(slots, slot->base_gfn);

	/* The gfn tree has no duplicate keys: overlap checks make this impossible. */
	if (pos && slots->gfn_sorted[pos - 1]->base_gfn == slot->base_gfn)
		BUG();
	kvm_memslots_install_spare(kvm, slots, slot->as_id);
	memmove(&slots->gfn_sorted[pos + 1], &slots->gfn_sorted[pos],
		(slots->nr_slots - pos) * sizeof(*slots->gfn_sorted));
	slots->gfn_sorted[pos] = slot;
	slots->nr_slots++;
}

static unsigned int kvm_gfn_node_pos(struct kvm_memslots *slots, struct kvm_memory_slot *slot)
{
	unsigned int pos = kvm_gfn_upper(slots, slot->base_gfn);

	BUG_ON(!pos || slots->gfn_sorted[pos - 1] != slot);
	return pos - 1;
}

static void kvm_erase_gfn_node(struct kvm_memslots *slots, struct kvm_memory_slot *slot)
{
	unsigned int pos = kvm_gfn_node_pos(slots, slot);

	memmove(&slots->gfn_sorted[pos], &slots->gfn_sorted[pos + 1],
		(slots->nr_slots - pos - 1) * sizeof(*slots->gfn_sorted));
	slots->nr_slots--;
}

static void kvm_replace_gfn_node(struct kvm_memslots *slots, struct kvm_memory_slot *old,
				 struct kvm_memory_slot *new)
{
	WARN_ON_ONCE(old->base_gfn != new->base_gfn);
	slots->gfn_sorted[kvm_gfn_node_pos(slots, old)] = new;
}

static int kvm_memslots_get_as_id(struct kvm_memory_slot *a, struct kvm_memory_slot *b)
{
	if (WARN_ON_ONCE(!a && !b))
		return 0;
	if (!a)
		return b->as_id;
	if (!b)
		return a->as_id;
	WARN_ON_ONCE(a->as_id != b->as_id);
	return a->as_id;
}

/*
 * Replace @old by @new in the inactive set: NULL @old adds, NULL @new removes.
 * [kvm_replace_memslot]
 */
static void kvm_replace_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
				struct kvm_memory_slot *new)
{
	int as_id = kvm_memslots_get_as_id(old, new);
	struct kvm_memslots *slots = kvm_get_inactive_memslots(kvm, as_id);
	int idx = slots->node_idx;

	if (old) {
		list_del_init(&old->id_node[idx]);
		/* Nobody reads the inactive set; plain store would do, keep it atomic. */
		if (READ_ONCE(slots->last_used_slot) == old)
			WRITE_ONCE(slots->last_used_slot, new);
		if (!new) {
			kvm_erase_gfn_node(slots, old);
			return;
		}
	}

	list_add(&new->id_node[idx], kvm_id_bucket(slots, new->id));

	if (old && old->base_gfn == new->base_gfn) {
		kvm_replace_gfn_node(slots, old, new);
	} else {
		if (old)
			kvm_erase_gfn_node(slots, old);
		kvm_insert_gfn_node(kvm, slots, new);
	}
}

/* ---- publishing ------------------------------------------------------------------- */

static bool kvm_mn_invalidations_drained(const void *arg)
{
	const struct kvm *kvm = arg;

	/* Written under mn_invalidate_lock; the scheduler polls it locklessly. */
	return !READ_ONCE(kvm->mn_active_invalidate_count);
}

/* x86 [kvm_arch_memslots_updated]: MMIO SPTEs carry the generation. */
static void kvm_arch_memslots_updated(struct kvm *kvm, u64 gen)
{
	if (kvm->mmu_ops->memslots_updated)
		kvm->mmu_ops->memslots_updated(kvm, gen);
}

/*
 * [kvm_swap_active_memslots]  Entered with slots_arch_lock held, returns with
 * it dropped.  The swap waits while an mmu_notifier start() has no end(): the
 * notifier's begin and end must find the same memslots or in_progress leaks.
 */
static void kvm_swap_active_memslots(struct kvm *kvm, int as_id)
{
	struct kvm_memslots *slots = kvm_get_inactive_memslots(kvm, as_id);
	u64 gen = __kvm_memslots(kvm, as_id)->generation;

	WARN_ON(gen & KVM_MEMSLOT_GEN_UPDATE_IN_PROGRESS);
	/* Readers sample the generation (MMIO SPTEs, caches) locklessly. */
	WRITE_ONCE(slots->generation, gen | KVM_MEMSLOT_GEN_UPDATE_IN_PROGRESS);

	/* mn_invalidate_lock: the count cannot rise between our check and publish. */
	spin_lock(&kvm->mn_invalidate_lock);
	while (kvm->mn_active_invalidate_count) {
		WRITE_ONCE(kvm->mn_memslots_update_waiting, true);
		spin_unlock(&kvm->mn_invalidate_lock);
		sched_wait_until(kvm_mn_invalidations_drained, kvm, "rcuwait",
				 "kvm->mn_active_invalidate_count");
		spin_lock(&kvm->mn_invalidate_lock);
	}
	WRITE_ONCE(kvm->mn_memslots_update_waiting, false);
	/* rcu_assign_pointer: the set's contents are visible before the pointer. */
	smp_store_release(&kvm->memslots[as_id], slots);
	spin_unlock(&kvm->mn_invalidate_lock);

	/*
	 * Taken in kvm_set_memslot().  Dropped before synchronize_srcu: vCPUs
	 * may take slots_arch_lock inside their SRCU read sections.
	 */
	mutex_unlock(&kvm->slots_arch_lock);

	/* After this no reader can still be looking at the old set. */
	synchronize_srcu_expedited(&kvm->srcu);

	gen = slots->generation & ~KVM_MEMSLOT_GEN_UPDATE_IN_PROGRESS;
	/* Generations are unique across address spaces: AS i uses i, i+n, ... */
	gen += kvm_arch_nr_memslot_as_ids(kvm);
	kvm_arch_memslots_updated(kvm, gen);
	WRITE_ONCE(slots->generation, gen);
	kvm->stat.memslot_swaps++;
}

/* Swap, then bring the now-inactive set in line: [kvm_activate_memslot]. */
static void kvm_activate_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
				 struct kvm_memory_slot *new)
{
	int as_id = kvm_memslots_get_as_id(old, new);

	kvm_swap_active_memslots(kvm, as_id);
	kvm_replace_memslot(kvm, old, new);
}

/* Everything but the per-set nodes and the gmem binding [kvm_copy_memslot]. */
static void kvm_copy_memslot(struct kvm_memory_slot *dest, const struct kvm_memory_slot *src)
{
	dest->base_gfn = src->base_gfn;
	dest->npages = src->npages;
	dest->dirty_bitmap = src->dirty_bitmap;
	dest->arch = src->arch;
	dest->userspace_addr = src->userspace_addr;
	dest->flags = src->flags;
	dest->id = src->id;
	dest->as_id = src->as_id;
}

/* x86 [kvm_arch_flush_shadow_memslot]: the MMU picks zap-all-fast or per-slot. */
static void kvm_arch_flush_shadow_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	lockdep_assert_held(&kvm->slots_lock);
	kvm->mmu_ops->flush_shadow_memslot(kvm, slot);
}

static void kvm_invalidate_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
				   struct kvm_memory_slot *invalid_slot)
{
	/* Mark INVALID on an unreachable copy; the active slot is never written. */
	kvm_copy_memslot(invalid_slot, old);
	invalid_slot->flags |= KVM_MEMSLOT_INVALID;
	kvm_replace_memslot(kvm, old, invalid_slot);

	/* Publish the INVALID copy; don't propagate it to the other set. */
	kvm_swap_active_memslots(kvm, old->as_id);

	/* Every vCPU now sees INVALID (faults retry): zap what maps @old. */
	kvm_arch_flush_shadow_memslot(kvm, old);

	/* Dropped by the swap; writers re-read memslots after taking it. */
	mutex_lock(&kvm->slots_arch_lock);

	/* Arch data may have changed on the active copy while the lock was out. */
	old->arch = invalid_slot->arch;
}

static void kvm_create_memslot(struct kvm *kvm, struct kvm_memory_slot *new)
{
	kvm_replace_memslot(kvm, NULL, new);
	kvm_activate_memslot(kvm, NULL, new);
}

static void kvm_delete_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
			       struct kvm_memory_slot *invalid_slot)
{
	/* Inactive set still holds @old; the active one holds the INVALID copy. */
	kvm_replace_memslot(kvm, old, NULL);
	kvm_activate_memslot(kvm, invalid_slot, NULL);
}

static void kvm_move_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
			     struct kvm_memory_slot *new, struct kvm_memory_slot *invalid_slot)
{
	kvm_replace_memslot(kvm, old, new);
	kvm_activate_memslot(kvm, invalid_slot, new);
}

static void kvm_update_flags_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
				     struct kvm_memory_slot *new)
{
	/* No zap needed: replace in both sets, one swap. */
	kvm_replace_memslot(kvm, old, new);
	kvm_activate_memslot(kvm, old, new);
}

/* ---- prepare / commit / free ------------------------------------------------------- */

static void kvm_destroy_dirty_bitmap(struct kvm_memory_slot *slot)
{
	kfree(slot->dirty_bitmap);
	slot->dirty_bitmap = NULL;
}

/* Twice the bitmap size, as the kernel allocates (the second half is a buffer). */
static int kvm_alloc_dirty_bitmap(struct kvm_memory_slot *slot)
{
	slot->dirty_bitmap = kzalloc(2 * kvm_dirty_bitmap_bytes(slot), GFP_KERNEL_ACCOUNT);
	return slot->dirty_bitmap ? 0 : -ENOMEM;
}

/* x86 [kvm_arch_prepare_memory_region], rows 26-29 of 2.2. */
static int kvm_arch_prepare_memory_region(struct kvm *kvm, const struct kvm_memory_slot *old,
					  struct kvm_memory_slot *new,
					  enum kvm_mr_change change)
{
	/* Row 26 (MOVE with external page-track users): no KVMGT in the model. */
	if (change == KVM_MR_CREATE || change == KVM_MR_MOVE) {
		/* Row 27: the MMU cannot map beyond MAXPHYADDR. */
		if (new->base_gfn + new->npages - 1 > kvm_mmu_max_gfn())
			return -EINVAL;
		/* Row 28 (TDX shared-bit alias): no TDX in the model. */
		/* Row 29: rmaps, lpage_info. */
		if (kvm->mmu_ops->alloc_memslot_metadata)
			return kvm->mmu_ops->alloc_memslot_metadata(kvm, new);
		return 0;
	}

	if (change == KVM_MR_FLAGS_ONLY)
		new->arch = old->arch;
	else if (WARN_ON_ONCE(change != KVM_MR_DELETE))
		return -EIO;
	return 0;
}

static int kvm_prepare_memory_region(struct kvm *kvm, const struct kvm_memory_slot *old,
				     struct kvm_memory_slot *new, enum kvm_mr_change change)
{
	int r;

	/*
	 * Dirty bitmap: none without logging, reused when both have logging,
	 * else a fresh one (the model has no dirty ring).
	 */
	if (change != KVM_MR_DELETE) {
		if (!(new->flags & KVM_MEM_LOG_DIRTY_PAGES)) {
			new->dirty_bitmap = NULL;
		} else if (old && old->dirty_bitmap) {
			new->dirty_bitmap = old->dirty_bitmap;
		} else {
			r = kvm_alloc_dirty_bitmap(new);
			if (r)
				return r;
		}
	}

	r = kvm_arch_prepare_memory_region(kvm, old, new, change);

	if (r && new && new->dirty_bitmap && (!old || !old->dirty_bitmap))
		kvm_destroy_dirty_bitmap(new);
	return r;
}

static void kvm_free_memslot(struct kvm *kvm, struct kvm_memory_slot *slot)
{
	if (slot->flags & KVM_MEM_GUEST_MEMFD)
		kvm->private_mem_ops->unbind(slot);
	kvm_destroy_dirty_bitmap(slot);
	if (kvm->mmu_ops->free_memslot)
		kvm->mmu_ops->free_memslot(kvm, slot);
	kfree(slot);
}

void kvm_free_memslots(struct kvm *kvm, struct kvm_memslots *slots)
{
	int b;

	/*
	 * Both sets hold the same slots; free them through set 1 only, so
	 * the second call does not walk freed nodes.
	 */
	if (slots->node_idx) {
		for (b = 0; b < (int)KVM_MEM_SLOTS_HASH_SIZE; b++) {
			struct list_head *head = &slots->id_hash[b];

			while (!list_empty(head)) {
				struct kvm_memory_slot *slot = id_node_to_memslot(head->next, 1);

				list_del_init(head->next);
				kvm_free_memslot(kvm, slot);
			}
		}
	}
	kfree(slots->gfn_sorted);
	slots->gfn_sorted = NULL;
	slots->nr_slots = slots->cap_slots = 0;
	if (slots->node_idx) {
		int as_id = (int)(slots - &kvm->__memslots[0][0]) / 2;

		kfree(kvm->memslots_spare[as_id]);
		kvm->memslots_spare[as_id] = NULL;
	}
}

static void kvm_commit_memory_region(struct kvm *kvm, struct kvm_memory_slot *old,
				     const struct kvm_memory_slot *new,
				     enum kvm_mr_change change)
{
	int old_flags = old ? old->flags : 0;
	int new_flags = new ? new->flags : 0;

	/* Before the arch hook, which may consume the total. */
	if (change == KVM_MR_DELETE)
		kvm->nr_memslot_pages -= old->npages;
	else if (change == KVM_MR_CREATE)
		kvm->nr_memslot_pages += new->npages;

	if ((old_flags ^ new_flags) & KVM_MEM_LOG_DIRTY_PAGES) {
		int d = (new_flags & KVM_MEM_LOG_DIRTY_PAGES) ? 1 : -1;

		atomic_set(&kvm->nr_memslots_dirty_logging,
			   atomic_read(&kvm->nr_memslots_dirty_logging) + d);
	}

	if (kvm->mmu_ops->commit_memory_region)
		kvm->mmu_ops->commit_memory_region(kvm, old, new, change);

	switch (change) {
	case KVM_MR_CREATE:
		break;
	case KVM_MR_DELETE:
		/* SRCU already hides @old: unbind gmem, free metadata and slot. */
		kvm_free_memslot(kvm, old);
		break;
	case KVM_MR_MOVE:
		/* gmem slots can never move (row 14). */
		WARN_ON_ONCE(old->flags & KVM_MEM_GUEST_MEMFD);
		fallthrough;
	case KVM_MR_FLAGS_ONLY:
		if (old->dirty_bitmap && !new->dirty_bitmap)
			kvm_destroy_dirty_bitmap(old);
		/* Flags-only changes of gmem slots are impossible (row 14). */
		if (WARN_ON_ONCE(old->flags & KVM_MEM_GUEST_MEMFD))
			kvm->private_mem_ops->unbind(old);
		/* Only the struct: @new reuses the arch metadata. */
		kfree(old);
		break;
	default:
		BUG();
	}
}

/* [kvm_set_memslot]: called with slots_lock held. */
static int kvm_set_memslot(struct kvm *kvm, struct kvm_memory_slot *old,
			   struct kvm_memory_slot *new, enum kvm_mr_change change)
{
	struct kvm_memory_slot *invalid_slot = NULL;
	int r;

	/*
	 * Held from before reading the current memslots until the new set is
	 * published; released in kvm_swap_active_memslots().
	 */
	mutex_lock(&kvm->slots_arch_lock);

	if (change == KVM_MR_DELETE || change == KVM_MR_MOVE) {
		/* Row 24. */
		invalid_slot = kzalloc(sizeof(*invalid_slot), GFP_KERNEL_ACCOUNT);
		if (!invalid_slot) {
			mutex_unlock(&kvm->slots_arch_lock);
			return -ENOMEM;
		}
		kvm_invalidate_memslot(kvm, old, invalid_slot);
	}

	/* Rows 25-29. */
	r = kvm_prepare_memory_region(kvm, old, new, change);
	if (r) {
		/*
		 * DELETE/MOVE: re-activate the preserved original (SPTEs
		 * already zapped stay zapped).  The swap drops slots_arch_lock.
		 */
		if (change == KVM_MR_DELETE || change == KVM_MR_MOVE) {
			kvm_activate_memslot(kvm, invalid_slot, old);
			kfree(invalid_slot);
		} else {
			mutex_unlock(&kvm->slots_arch_lock);
		}
		return r;
	}

	if (change == KVM_MR_CREATE)
		kvm_create_memslot(kvm, new);
	else if (change == KVM_MR_DELETE)
		kvm_delete_memslot(kvm, old, invalid_slot);
	else if (change == KVM_MR_MOVE)
		kvm_move_memslot(kvm, old, new, invalid_slot);
	else if (change == KVM_MR_FLAGS_ONLY)
		kvm_update_flags_memslot(kvm, old, new);
	else
		BUG();

	kfree(invalid_slot);

	kvm_commit_memory_region(kvm, old, new, change);
	return 0;
}

static bool kvm_check_memslot_overlap(struct kvm_memslots *slots, int id, gfn_t start,
				      gfn_t end)
{
	struct kvm_memslot_iter iter;

	kvm_for_each_memslot_in_gfn_range(&iter, slots, start, end) {
		if (iter.slot->id != id)
			return true;
	}
	return false;
}

/* [check_memory_region_flags], row 3. */
static int check_memory_region_flags(struct kvm *kvm,
				     const struct kvm_userspace_memory_region2 *mem)
{
	u32 valid_flags = KVM_MEM_LOG_DIRTY_PAGES | KVM_MEM_GUEST_MEMFD;

	/* Dirty logging of private memory is not supported. */
	if (mem->flags & KVM_MEM_GUEST_MEMFD)
		valid_flags &= ~KVM_MEM_LOG_DIRTY_PAGES;

	/* Read-only writes are emulated MMIO, which private memory cannot do. */
	if (kvm_arch_has_readonly_mem(kvm) && !(mem->flags & KVM_MEM_GUEST_MEMFD))
		valid_flags |= KVM_MEM_READONLY;

	if (mem->flags & ~valid_flags)
		return -EINVAL;
	return 0;
}

/*
 * x86-64 access_ok() with LAM off (untagged == tagged): the end of the range
 * must not wrap and must be at most USER_PTR_MAX = TASK_SIZE_MAX - 1.
 */
static bool kvm_access_ok(u64 addr, u64 size)
{
	u64 sum = addr + size;

	return sum >= addr && sum <= TASK_SIZE_MAX - 1;
}

/* [kvm_set_memory_region]: rows 3-29 of 2.2, slots_lock held. */
static int kvm_set_memory_region(struct kvm *kvm, const struct kvm_userspace_memory_region2 *mem)
{
	struct kvm_memory_slot *old, *new;
	struct kvm_memslots *slots;
	enum kvm_mr_change change;
	unsigned long npages;
	gfn_t base_gfn;
	int as_id, id;
	int r;

	lockdep_assert_held(&kvm->slots_lock);

	r = check_memory_region_flags(kvm, mem);
	if (r)
		return r;

	as_id = mem->slot >> 16;
	id = (u16)mem->slot;

	/* Row 4. */
	if ((mem->memory_size & (PAGE_SIZE - 1)) ||
	    (mem->memory_size != (unsigned long)mem->memory_size))
		return -EINVAL;
	/* Row 5. */
	if (mem->guest_phys_addr & (PAGE_SIZE - 1))
		return -EINVAL;
	/* Row 6: also for gmem slots and deletes. */
	if ((mem->userspace_addr & (PAGE_SIZE - 1)) ||
	    !kvm_access_ok(mem->userspace_addr, mem->memory_size))
		return -EINVAL;
	/* Row 7. */
	if (mem->flags & KVM_MEM_GUEST_MEMFD &&
	    (mem->guest_memfd_offset & (PAGE_SIZE - 1) ||
	     mem->guest_memfd_offset + mem->memory_size < mem->guest_memfd_offset))
		return -EINVAL;
	/* Row 8. */
	if (as_id >= kvm_arch_nr_memslot_as_ids(kvm) || id >= KVM_MEM_SLOTS_NUM)
		return -EINVAL;
	/* Row 9. */
	if (mem->guest_phys_addr + mem->memory_size < mem->guest_phys_addr)
		return -EINVAL;
	/* Row 10: dirty bitmaps are indexed by unsigned int. */
	if (id < KVM_USER_MEM_SLOTS && (mem->memory_size >> PAGE_SHIFT) > KVM_MEM_MAX_NR_PAGES)
		return -EINVAL;

	slots = __kvm_memslots(kvm, as_id);

	/* @old (and the pointer) may be invalidated/freed by kvm_set_memslot(). */
	old = id_to_memslot(slots, id);

	if (!mem->memory_size) {
		/* Row 11. */
		if (!old || !old->npages)
			return -EINVAL;
		/* Row 12. */
		if (WARN_ON_ONCE(kvm->nr_memslot_pages < old->npages))
			return -EIO;
		return kvm_set_memslot(kvm, old, NULL, KVM_MR_DELETE);
	}

	base_gfn = mem->guest_phys_addr >> PAGE_SHIFT;
	npages = mem->memory_size >> PAGE_SHIFT;

	if (!old || !old->npages) {
		change = KVM_MR_CREATE;
		/* Row 13: the total must fit an unsigned long. */
		if (kvm->nr_memslot_pages + npages < kvm->nr_memslot_pages)
			return -EINVAL;
	} else {
		/* Row 14: gmem slots are immutable, only delete. */
		if (mem->flags & KVM_MEM_GUEST_MEMFD)
			return -EINVAL;
		/* Row 15. */
		if (mem->userspace_addr != old->userspace_addr || npages != old->npages ||
		    ((mem->flags ^ old->flags) & (KVM_MEM_READONLY | KVM_MEM_GUEST_MEMFD)))
			return -EINVAL;
		/* Row 16. */
		if (base_gfn != old->base_gfn)
			change = KVM_MR_MOVE;
		else if (mem->flags != old->flags)
			change = KVM_MR_FLAGS_ONLY;
		else
			return 0;
	}

	/* Row 17. */
	if ((change == KVM_MR_CREATE || change == KVM_MR_MOVE) &&
	    kvm_check_memslot_overlap(slots, id, base_gfn, base_gfn + npages))
		return -EEXIST;

	/* Row 18: the slot that will persist (and room for it in both sets). */
	new = kzalloc(sizeof(*new), GFP_KERNEL_ACCOUNT);
	if (!new)
		return -ENOMEM;
	INIT_LIST_HEAD(&new->id_node[0]);
	INIT_LIST_HEAD(&new->id_node[1]);
	if (change == KVM_MR_CREATE) {
		r = kvm_memslots_reserve_one(kvm, as_id);
		if (r)
			goto out;
	}

	new->as_id = as_id;
	new->id = id;
	new->base_gfn = base_gfn;
	new->npages = npages;
	new->flags = mem->flags;
	new->userspace_addr = mem->userspace_addr;
	/* Rows 19-23. */
	if (mem->flags & KVM_MEM_GUEST_MEMFD) {
		r = kvm->private_mem_ops->bind(kvm, new, mem->guest_memfd,
					       (loff_t)mem->guest_memfd_offset);
		if (r)
			goto out;
	}

	r = kvm_set_memslot(kvm, old, new, change);
	if (r)
		goto out_unbind;
	return 0;

out_unbind:
	if (mem->flags & KVM_MEM_GUEST_MEMFD)
		kvm->private_mem_ops->unbind(new);
out:
	kfree(new);
	return r;
}

int kvm_vm_ioctl_set_memory_region(struct kvm *kvm,
				   const struct kvm_userspace_memory_region2 *mem, bool v2)
{
	int r;

	/* Row 1: v1 never reads the v2 fields, so it never takes GUEST_MEMFD. */
	if (!v2 && (mem->flags & ~(KVM_MEM_LOG_DIRTY_PAGES | KVM_MEM_READONLY)))
		return -EINVAL;
	/* Row 2. */
	if ((u16)mem->slot >= KVM_USER_MEM_SLOTS)
		return -EINVAL;

	/* Serialises memslot, attribute and gmem bind/release updates. */
	mutex_lock(&kvm->slots_lock);
	r = kvm_set_memory_region(kvm, mem);
	mutex_unlock(&kvm->slots_lock);
	/* Return to user space: gmem files whose last reference we dropped. */
	flush_delayed_fput();
	return r;
}
