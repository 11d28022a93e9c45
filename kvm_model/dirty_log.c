// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: dirty-page logging of virt/kvm/kvm_main.c, Linux 6.18:
 * mark_page_dirty_in_slot, kvm_get_dirty_log_protect and
 * kvm_vm_ioctl_get_dirty_log (CONFIG_KVM_GENERIC_DIRTYLOG_READ_PROTECT, which
 * x86 selects), with the x86 hook kvm_arch_mmu_enable_log_dirty_pt_masked
 * behind kvm_arch_mmu_ops.
 *
 * The protocol: a writable SPTE in a slot with KVM_MEM_LOG_DIRTY_PAGES is
 * made only by a fault, which marks its gfn dirty first (make_spte).
 * KVM_GET_DIRTY_LOG takes each non-zero bitmap word with xchg, under
 * mmu_lock write re-protects the pages it names (the next guest write
 * faults and marks the page again), flushes the slot's translations, and
 * hands the snapshot to userspace.  A write through a TLB entry that
 * survived until that flush lands on a page already reported dirty.
 *
 * Simplified: no dirty ring (kvm_use_dirty_bitmap is always true, so the
 * -ENXIO case cannot arise), no KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2 and no
 * KVM_CLEAR_DIRTY_LOG (kvm->manual_dirty_log_protect is always 0), no PML
 * (kvm_arch_sync_dirty_log has no buffers to drain, and re-arming write
 * protects the SPTE as AMD hosts and Intel hosts without PML do, where PML
 * would clear the D bit and let the write retire without a fault), and
 * the slot's flush is a full remote flush (kvm_flush_remote_tlbs_range of
 * the slot's gfns on a host with ranged flushes).
 */
#include <linux/bitops.h>
#include <linux/kvm_host.h>
#include <linux/mutex.h>
#include <string.h>

void mark_page_dirty_in_slot(struct kvm *kvm, const struct kvm_memory_slot *memslot, gfn_t gfn)
{
	/* No dirty ring: the bitmap is the only log. */
	if (memslot && kvm_slot_dirty_track_enabled(memslot) && memslot->dirty_bitmap) {
		unsigned long rel_gfn = gfn - memslot->base_gfn;

		if (WARN_ON_ONCE(rel_gfn >= memslot->npages))
			return;
		/* set_bit_le: little-endian bit order is x86's native one. */
		set_bit((long)rel_gfn, memslot->dirty_bitmap);
	}
}

/* [kvm_second_dirty_bitmap] the snapshot half of the allocation. */
static unsigned long *kvm_second_dirty_bitmap(const struct kvm_memory_slot *memslot)
{
	return memslot->dirty_bitmap + kvm_dirty_bitmap_bytes(memslot) / sizeof(unsigned long);
}

/* [kvm_flush_remote_tlbs_memslot] slots_lock held. */
static void kvm_flush_remote_tlbs_memslot(struct kvm *kvm, const struct kvm_memory_slot *memslot)
{
	lockdep_assert_held(&kvm->slots_lock);
	kvm_flush_remote_tlbs(kvm);
}

/* [kvm_get_dirty_log_protect] slots_lock held; returns 0 or the errno. */
static int kvm_get_dirty_log_protect(struct kvm *kvm, struct kvm_dirty_log *log)
{
	unsigned long *dirty_bitmap, *dirty_bitmap_buffer;
	struct kvm_memory_slot *memslot;
	struct kvm_memslots *slots;
	bool flush = false;
	unsigned long n, i;
	int as_id, id;

	as_id = log->slot >> 16;
	id = (u16)log->slot;
	if (as_id >= kvm_arch_nr_memslot_as_ids(kvm) || id >= KVM_USER_MEM_SLOTS)
		return -EINVAL;

	slots = __kvm_memslots(kvm, as_id);
	memslot = id_to_memslot(slots, id);
	if (!memslot || !memslot->dirty_bitmap)
		return -ENOENT;

	dirty_bitmap = memslot->dirty_bitmap;
	n = kvm_dirty_bitmap_bytes(memslot);
	dirty_bitmap_buffer = kvm_second_dirty_bitmap(memslot);
	memset(dirty_bitmap_buffer, 0, n);

	WRITE_ONCE(kvm->dirty_log_flush_pending, true);
	write_lock(&kvm->mmu_lock);
	for (i = 0; i < n / sizeof(long); i++) {
		unsigned long mask;

		/* vCPUs set bits under mmu_lock read (TDP) or from other paths. */
		if (!READ_ONCE(dirty_bitmap[i]))
			continue;
		flush = true;
		mask = xchg(&dirty_bitmap[i], 0UL);
		dirty_bitmap_buffer[i] = mask;
		if (kvm->mmu_ops->enable_log_dirty_pt_masked)
			kvm->mmu_ops->enable_log_dirty_pt_masked(kvm, memslot, i * BITS_PER_LONG,
								 mask);
	}
	write_unlock(&kvm->mmu_lock);

	if (flush)
		kvm_flush_remote_tlbs_memslot(kvm, memslot);
	WRITE_ONCE(kvm->dirty_log_flush_pending, false);

	/* copy_to_user: a NULL buffer is the model's bad user pointer. */
	if (!log->dirty_bitmap)
		return -EFAULT;
	memcpy(log->dirty_bitmap, dirty_bitmap_buffer, n);
	return 0;
}

int kvm_vm_ioctl_get_dirty_log(struct kvm *kvm, struct kvm_dirty_log *log)
{
	int r;

	mutex_lock(&kvm->slots_lock);
	r = kvm_get_dirty_log_protect(kvm, log);
	mutex_unlock(&kvm->slots_lock);
	return r;
}
