// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: none exactly (lib/fault-inject.c is the nearest): the
 * registry of bug-injection knobs, see <linux/bug_inject.h>.  Each row names
 * the bug-zoo entry, the upstream commit whose fix the knob undoes, what it
 * does and where; the sites themselves are small `if (bug_injected(...))`
 * branches in mm_model/ and kvm_model/, each with a comment naming its entry.
 */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include <linux/bug_inject.h>
#include <linux/kernel.h>

unsigned long bug_inject_mask;

const struct bug_inject_info bug_inject_table[BUG_INJECT_NR] = {
	[BUG_FAULT_SEQ_AFTER_ATTR] = {
		.name = "fault-seq-after-attr",
		.zoo_id = "B2",
		.commit = "db574f2f96d0 KVM: x86/mmu: Don't save mmu_invalidate_seq after "
			  "checking private attr",
		.desc = "the fault re-samples mmu_invalidate_seq after its private/shared check, "
			"so a conversion completed in between goes unnoticed",
		.site = "kvm_model/mmu/mmu.c:kvm_mmu_faultin_pfn",
	},
	[BUG_ATTR_RANGE_NOT_ADDED] = {
		.name = "attr-range-not-added",
		.zoo_id = "B3",
		.commit = "69c7916df569 KVM: Always add relevant ranges to invalidation set when "
			  "changing attributes (kvm-x86/guest_memfd)",
		.desc = "an attribute change adds its gfn range to the invalidation only when the "
			"arch zap found something to zap",
		.site = "kvm_model/attributes.c:kvm_pre_set_memory_attributes",
	},
	[BUG_ATTR_SKIP_SHARED_ONLY_SLOT] = {
		.name = "attr-skip-shared-only-slot",
		.zoo_id = "B4",
		.commit = "fb6f779719ca KVM: x86/mmu: Zap shared-only memslots when private "
			  "attribute changes (kvm-x86/guest_memfd)",
		.desc = "the attribute pre-set hook skips memslots without a guest_memfd, leaving "
			"their shared SPTEs in place",
		.site = "kvm_model/attributes.c:kvm_arch_pre_set_memory_attributes",
	},
	[BUG_GMEM_INVALIDATE_IMBALANCE] = {
		.name = "gmem-invalidate-imbalance",
		.zoo_id = "B7",
		.commit = "b25ab9cae30f KVM: Fix MMU invalidation bookkeeping in guest_memfd "
			  "(kvm-x86/guest_memfd)",
		.desc = "guest_memfd invalidate begin() runs even when no binding overlaps the "
			"range, end() only when one does",
		.site = "kvm_model/guest_memfd.c:__kvm_gmem_invalidate_begin",
	},
	[BUG_GMEM_PUNCH_NO_TRUNCATE] = {
		.name = "gmem-punch-no-truncate",
		.zoo_id = "B8",
		.commit = "936144404469 KVM: Actually truncate the inode when doing PUNCH_HOLE for "
			  "guest_memfd (kvm-x86/guest_memfd)",
		.desc = "PUNCH_HOLE zaps the SPTEs but never truncates the folios",
		.site = "kvm_model/guest_memfd.c:kvm_gmem_punch_hole",
	},
	[BUG_GMEM_FILTER_PRIVATE_ONLY] = {
		.name = "gmem-filter-private-only",
		.zoo_id = "B9",
		.commit = "5d3341d684be KVM: guest_memfd: Invalidate SHARED GPAs if gmem supports "
			  "INIT_SHARED",
		.desc = "guest_memfd invalidations always carry KVM_FILTER_PRIVATE, even for an "
			"INIT_SHARED file whose pages are mapped shared",
		.site = "kvm_model/guest_memfd.c:kvm_gmem_get_invalidate_filter",
	},
	[BUG_GMEM_HWPOISON_REF_LEAK] = {
		.name = "gmem-hwpoison-ref-leak",
		.zoo_id = "B11",
		.commit = "c31745d2c508 virt: guest_memfd: fix reference leak on hwpoisoned page",
		.desc = "get_pfn on a hwpoisoned folio unlocks it and returns -EHWPOISON without "
			"dropping its reference",
		.site = "kvm_model/guest_memfd.c:__kvm_gmem_get_pfn",
	},
	[BUG_MN_UNPAIRED_END] = {
		.name = "mn-unpaired-end",
		.zoo_id = "B14",
		.commit = "4cccb6221cae fs/proc/task_mmu: move mmu notification mechanism inside "
			  "mm lock (CVE-2024-26617)",
		.desc = "a protection change (PAGEMAP_SCAN-like walk) ends its notifier with the "
			"range its walk advanced to, not the range it started",
		.site = "mm_model/mmap.c:mprotect_fixup",
	},
	[BUG_FAULT_IGNORE_OBSOLETE_ROOT] = {
		.name = "fault-ignore-obsolete-root",
		.zoo_id = "B17",
		.commit = "a955cad84cda KVM: x86/mmu: Retry page fault if root is invalidated by "
			  "memslot update",
		.desc = "the final stale check under mmu_lock no longer retries a fault whose root "
			"was made obsolete meanwhile",
		.site = "kvm_model/mmu/mmu.c:kvm_mmu_fault_is_stale",
	},
	[BUG_ZAP_YIELD_UNFLUSHED] = {
		.name = "zap-yield-unflushed",
		.zoo_id = "B20",
		.commit = "a835429cda91 KVM: x86/mmu: Ensure TLBs are flushed when yielding during "
			  "GFN range zap",
		.desc = "a zap over several TDP roots yields mmu_lock between roots with the "
			"previous roots' zaps not yet flushed",
		.site = "kvm_model/mmu/tdp_mmu.c:kvm_tdp_mmu_zap_leafs_op",
	},
};

int bug_inject_lookup(const char *name)
{
	for (int i = 0; i < BUG_INJECT_NR; i++) {
		const struct bug_inject_info *b = &bug_inject_table[i];

		if (!strcmp(name, b->name) || !strcasecmp(name, b->zoo_id))
			return i;
	}
	return -EINVAL;
}

void bug_inject_set(enum bug_inject_id id, bool on)
{
	if ((unsigned int)id >= BUG_INJECT_NR)
		return;
	/* Relaxed: flipped between runs only; sites load it relaxed. */
	if (on)
		__atomic_fetch_or(&bug_inject_mask, 1UL << id, __ATOMIC_RELAXED);
	else
		__atomic_fetch_and(&bug_inject_mask, ~(1UL << id), __ATOMIC_RELAXED);
}

int bug_inject_enable(const char *name)
{
	int id = bug_inject_lookup(name);

	if (id < 0)
		return id;
	bug_inject_set(id, true);
	return 0;
}

void bug_inject_clear_all(void)
{
	/* Relaxed: see bug_inject_set(). */
	__atomic_store_n(&bug_inject_mask, 0, __ATOMIC_RELAXED);
}

unsigned long bug_inject_get_mask(void)
{
	return __atomic_load_n(&bug_inject_mask, __ATOMIC_RELAXED);
}

void bug_inject_set_mask(unsigned long mask)
{
	/* Relaxed: see bug_inject_set(). */
	__atomic_store_n(&bug_inject_mask, mask & (BIT(BUG_INJECT_NR) - 1), __ATOMIC_RELAXED);
}

static void format_mask(unsigned long mask, const char *before, const char *between, char *buf,
			size_t size)
{
	size_t len = 0;
	bool first = true;

	if (!size)
		return;
	buf[0] = '\0';
	for (int i = 0; i < BUG_INJECT_NR && len < size; i++) {
		if (!(mask & (1UL << i)))
			continue;
		len += snprintf(buf + len, size - len, "%s%s", first ? before : between,
				bug_inject_table[i].name);
		first = false;
	}
}

void bug_inject_format_opts(char *buf, size_t size)
{
	format_mask(bug_inject_get_mask(), " --inject ", " --inject ", buf, size);
}

void bug_inject_format_names(unsigned long mask, char *buf, size_t size)
{
	format_mask(mask, "", "|", buf, size);
}

void bug_inject_list(FILE *f)
{
	for (int i = 0; i < BUG_INJECT_NR; i++) {
		const struct bug_inject_info *b = &bug_inject_table[i];

		fprintf(f, "%-4s %-27s %s\n", b->zoo_id, b->name, b->desc);
		fprintf(f, "     %-27s site: %s\n", "", b->site);
		fprintf(f, "     %-27s undoes: %s\n", "", b->commit);
	}
}
