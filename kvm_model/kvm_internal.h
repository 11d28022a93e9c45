/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: virt/kvm/kvm_mm.h: functions shared between the files
 * of kvm_model that are not part of the kvm_host.h interface.
 */
#ifndef _GMEMSIM_KVM_INTERNAL_H
#define _GMEMSIM_KVM_INTERNAL_H

#include <linux/kvm_host.h>

/* memslot.c */
void kvm_free_memslots(struct kvm *kvm, struct kvm_memslots *slots);

/* mmu_invalidate.c */
void kvm_uninit_mmu_notifier(struct kvm *kvm);
/*
 * Hand-off used by the gfn-range walkers (kvm_handle_gfn_range,
 * kvm_handle_hva_range): handler per slot, on_lock once under mmu_lock.
 */
typedef bool (*gfn_handler_t)(struct kvm *kvm, struct kvm_gfn_range *range);
typedef void (*on_lock_fn_t)(struct kvm *kvm);

/* attributes.c */
bool kvm_nommu_hugepage_test_mixed(struct kvm *kvm, const struct kvm_memory_slot *slot,
				   gfn_t gfn, int level);

#endif /* _GMEMSIM_KVM_INTERNAL_H */
