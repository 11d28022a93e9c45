// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/truncate.c (truncate_inode_pages_range and friends,
 * generic_error_remove_folio) and the page-cache part of mm/memory-failure.c
 * (memory_failure -> truncate_error_folio).
 *
 * Simplified against the kernel:
 *  - one pass over the range, waiting for each folio lock (the kernel first
 *    trylocks a batch, then makes locked passes until a pass from the start
 *    finds nothing); callers exclude concurrent insertion, as the kernel's do
 *    (invalidate_lock, i_size);
 *  - a large folio only partly inside the range is never split: its whole
 *    pages inside the range are zeroed and it stays cached (the kernel's
 *    result when split_folio() fails); a partly covered 4K page keeps its
 *    content word, since a word cannot be half-zeroed;
 *  - memory_failure handles page-cache and anonymous folios only (no hugetlb,
 *    no process killing, no free-page isolation).
 */
#include <linux/compiler.h>

#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/xarray.h>

/*
 * [find_get_entries, one at a time]: the first folio with a page at an index
 * in [*@index, @max], with a reference; *@index is set to that page's index.
 */
static struct folio *find_get_folio(struct address_space *mapping, pgoff_t *index, pgoff_t max)
{
	struct folio *folio;
	unsigned long idx;

	/* RCU: xarray nodes stay allocated; the reference is rechecked below */
	rcu_read_lock();
repeat:
	idx = *index;
	folio = xa_find(&mapping->i_pages, &idx, max, XA_PRESENT);
	if (!folio)
		goto out;
	if (!folio_try_get(folio))
		goto repeat;
	if (unlikely(folio != xa_load(&mapping->i_pages, idx))) {
		folio_put(folio);
		goto repeat;
	}
	*index = idx;
out:
	rcu_read_unlock();
	return folio;
}

/* [truncate_cleanup_folio]: a locked folio about to leave the cache. */
static void truncate_cleanup_folio(struct address_space *mapping, struct folio *folio)
{
	if (folio_mapped(folio))
		unmap_mapping_folio(folio);
	if (folio_test_private(folio) && mapping->a_ops && mapping->a_ops->invalidate_folio)
		mapping->a_ops->invalidate_folio(folio, 0, folio_size(folio));
	folio_clear_dirty(folio);
}

/* [truncate_inode_folio]: remove one locked folio of @mapping. */
static int truncate_inode_folio(struct address_space *mapping, struct folio *folio)
{
	if (folio_mapping(folio) != mapping)
		return -EIO;
	truncate_cleanup_folio(mapping, folio);
	filemap_remove_folio(folio);
	return 0;
}

/*
 * [truncate_inode_partial_folio]: bytes [@start, @end] of a locked folio go
 * away.  Returns true when the whole folio was covered (and removed);
 * otherwise zeroes the whole pages inside the range and returns false.
 */
static bool truncate_inode_partial_folio(struct address_space *mapping, struct folio *folio,
					 loff_t start, loff_t end)
{
	loff_t pos = folio_pos(folio), last = pos + (loff_t)folio_size(folio) - 1;
	loff_t from = max(start, pos), to = min(end, last);
	unsigned long first, past;

	if (start <= pos && end >= last) {
		truncate_inode_folio(mapping, folio);
		return true;
	}
	first = DIV_ROUND_UP((unsigned long)(from - pos), PAGE_SIZE);
	past = (unsigned long)(to + 1 - pos) >> PAGE_SHIFT;
	if (past > first)
		folio_zero_pages(folio, first, past - first);
	return false;
}

void truncate_inode_pages_range(struct address_space *mapping, loff_t lstart, loff_t lend)
{
	pgoff_t index, last, next;
	struct folio *folio;

	if (lend < 0)
		lend = MAX_LFS_FILESIZE;
	if (lstart > lend || mapping_empty(mapping))
		return;
	index = lstart >> PAGE_SHIFT;
	last = lend >> PAGE_SHIFT;
	while (index <= last) {
		folio = find_get_folio(mapping, &index, last);
		if (!folio)
			break;
		folio_lock(folio);
		next = folio_next_index(folio);
		/* removed (or moved) while we waited for the lock: look again */
		if (folio_mapping(folio) == mapping)
			truncate_inode_partial_folio(mapping, folio, lstart, lend);
		else
			next = index + 1;
		folio_unlock(folio);
		folio_put(folio);
		if (next <= index)
			break;		/* index wrapped at the end of the file */
		index = next;
		/* A folio gone is forward progress for the livelock bound. */
		sched_progress();
	}
}

void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	truncate_inode_pages_range(mapping, lstart, -1);
}

void truncate_inode_pages_final(struct address_space *mapping)
{
	mapping_set_exiting(mapping);
	truncate_inode_pages(mapping, 0);
}

void truncate_pagecache(struct inode *inode, loff_t newsize)
{
	struct address_space *mapping = inode->i_mapping;
	loff_t holebegin = PAGE_ALIGN(newsize);

	/*
	 * Unmap first so that faults do not map pages being removed, truncate,
	 * then unmap again for private COW copies faulted in meanwhile.
	 */
	unmap_mapping_range(mapping, holebegin, 0, 1);
	truncate_inode_pages(mapping, newsize);
	unmap_mapping_range(mapping, holebegin, 0, 1);
}

void truncate_setsize(struct inode *inode, loff_t newsize)
{
	i_size_write(inode, newsize);
	truncate_pagecache(inode, newsize);
}

int generic_error_remove_folio(struct address_space *mapping, struct folio *folio)
{
	if (!mapping)
		return -EINVAL;
	if (!mapping->host || !S_ISREG(mapping->host->i_mode))
		return -EIO;
	return truncate_inode_folio(mapping, folio);
}

/* [truncate_error_folio]: a locked, hwpoisoned page-cache folio. */
static int truncate_error_folio(struct address_space *mapping, struct folio *folio)
{
	int err;

	if (mapping->a_ops && mapping->a_ops->error_remove_folio) {
		err = mapping->a_ops->error_remove_folio(mapping, folio);
		return err < 0 ? -EBUSY : 0;
	}
	return truncate_inode_folio(mapping, folio) ? -EBUSY : 0;
}

int memory_failure(unsigned long pfn, int flags)
{
	struct address_space *mapping;
	struct folio *folio;
	int ret = 0;

	folio = pfn_folio(pfn);
	if (!folio || !folio_try_get(folio))
		return -ENXIO;
	if (folio_test_set_hwpoison(folio)) {
		folio_put(folio);
		return -EHWPOISON;
	}
	folio_lock(folio);
	mapping = folio_mapping(folio);
	if (mapping) {
		/* [hwpoison_user_mappings]: no user mapping may keep reaching the page */
		if (folio_mapped(folio))
			unmap_mapping_folio(folio);
		ret = truncate_error_folio(mapping, folio);
	}
	folio_unlock(folio);
	folio_put(folio);
	return ret;
}
