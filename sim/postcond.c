// SPDX-License-Identifier: GPL-2.0
/*
 * Operation postconditions (sim/postcond.h; no kernel counterpart).
 *
 * punch-frees: fallocate(PUNCH_HOLE) truncates the page cache over its range
 * before it returns [kvm_gmem_punch_hole, shmem_fallocate ->
 * truncate_inode_pages_range].  A folio that was cached in the range when the
 * punch began must be gone from the cache when it returns.  Identity is the
 * (pfn, generation) pair: a folio that is freed and reallocated, or a new one
 * a racing fault brought in, has another generation, so concurrent faults
 * refilling the hole are no violation; only a survivor is.
 *
 * Only folios wholly inside the range must go: a folio the range covers in
 * part is zeroed over the range and stays [truncate_inode_partial_folio], so
 * an unaligned punch frees nothing at its edges (shmem and guest_memfd alike).
 */
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/xarray.h>

#include "sim/postcond.h"

void postcond_punch_begin(struct punch_snapshot *snap, struct address_space *mapping,
			  loff_t offset, loff_t len)
{
	pgoff_t start, end, index;
	struct folio *folio;

	snap->mapping = mapping;
	snap->nr = 0;
	if (offset < 0 || len <= 0 || offset > LLONG_MAX - len)
		return;
	start = (pgoff_t)((offset + PAGE_SIZE - 1) >> PAGE_SHIFT);
	end = (pgoff_t)((offset + len) >> PAGE_SHIFT);
	if (start >= end)
		return;
	/* A lockless look, as a racing reader of the cache would take it. */
	rcu_read_lock();
	xa_for_each_range(&mapping->i_pages, index, folio, start, end - 1) {
		if (snap->nr == PUNCH_SNAP_MAX)
			break;
		if (xa_is_value(folio) || folio_index(folio) < start || folio_next_index(folio) > end)
			continue;
		snap->f[snap->nr].index = index;
		snap->f[snap->nr].pfn = folio_pfn(folio);
		snap->f[snap->nr].gen = folio_gen(folio);
		snap->nr++;
	}
	rcu_read_unlock();
}

void postcond_punch_end(const struct punch_snapshot *snap)
{
	for (unsigned int i = 0; i < snap->nr; i++) {
		struct folio *folio;

		rcu_read_lock();
		folio = xa_load(&snap->mapping->i_pages, snap->f[i].index);
		if (folio && !xa_is_value(folio) && folio_pfn(folio) == snap->f[i].pfn &&
		    folio_gen(folio) == snap->f[i].gen)
			report_violation("punch-frees", "folio survived PUNCH_HOLE", __FILE__,
					 __LINE__,
					 "index %#lx (pfn %#lx, gen %llu) was cached before the punch "
					 "and still is after it returned",
					 snap->f[i].index, snap->f[i].pfn,
					 (unsigned long long)snap->f[i].gen);
		rcu_read_unlock();
	}
}
