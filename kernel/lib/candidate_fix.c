// SPDX-License-Identifier: GPL-2.0
/* The candidate-fix table (linux/candidate_fix.h; no kernel counterpart). */
#include <errno.h>
#include <string.h>

#include <linux/candidate_fix.h>
#include <linux/kernel.h>

unsigned long candidate_fix_mask;

const struct candidate_fix_info candidate_fix_table[CANDIDATE_FIX_NR] = {
	[FIX_GMEM_ERROR_FOLIO_RELOCK] = {
		.name = "gmem-error-folio-relock",
		.finding = "gmem-error-folio-vs-punch-hole",
		.desc = "kvm_gmem_error_folio drops the folio lock, takes invalidate_lock "
			"shared, relocks and skips a folio truncated meanwhile",
		.site = "kvm_model/guest_memfd.c:kvm_gmem_error_folio",
	},
	[FIX_RMAP_ZAP_SKIP_UNALLOCATED] = {
		.name = "rmap-zap-skip-unallocated",
		.finding = "gmem-bind-before-rmap-alloc",
		.desc = "the rmap zap skips a slot whose rmaps are not allocated yet "
			"(bound to guest_memfd, not yet installed: nothing is mapped)",
		.site = "kvm_model/mmu/shadow_mmu.c:kvm_rmap_zap_gfn_range",
	},
	[FIX_MMIO_SPTE_DROP_PRESENT] = {
		.name = "mmio-spte-drop-present",
		.finding = "mmio-spte-over-present",
		.desc = "mmu_set_spte drops (and flushes) a shadow-present SPTE before it "
			"installs an MMIO SPTE there, as upstream aad885e77496 does",
		.site = "kvm_model/mmu/shadow_mmu.c:mmu_set_spte",
	},
};

int candidate_fix_enable(const char *name)
{
	for (int i = 0; i < CANDIDATE_FIX_NR; i++)
		if (!strcmp(name, candidate_fix_table[i].name)) {
			__atomic_fetch_or(&candidate_fix_mask, 1UL << i, __ATOMIC_RELAXED);
			return 0;
		}
	return -EINVAL;
}

void candidate_fix_clear_all(void)
{
	__atomic_store_n(&candidate_fix_mask, 0, __ATOMIC_RELAXED);
}

void candidate_fix_list(FILE *f)
{
	for (int i = 0; i < CANDIDATE_FIX_NR; i++) {
		const struct candidate_fix_info *x = &candidate_fix_table[i];

		fprintf(f, "%-28s for docs/findings/%s.md\n  %s\n  at %s\n", x->name, x->finding,
			x->desc, x->site);
	}
}
