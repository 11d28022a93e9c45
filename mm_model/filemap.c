// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/filemap.c (page-cache lookup, insertion and removal,
 * the folio lock), mm/page-writeback.c (folio_mark_dirty, noop_dirty_folio),
 * mm/swap.c (folio_mark_accessed) and fs/inode.c's address_space set-up.
 *
 * Simplified against the kernel (see also linux/pagemap.h):
 *  - a large folio occupies one xarray slot per page it covers (no
 *    multi-index entries); insertion checks and fills the whole range under
 *    xa_lock, so a half-inserted folio is never visible;
 *  - the xarray nodes for an insertion are allocated without sleeping under
 *    xa_lock (the kernel drops the lock and retries via xas_nomem), so an
 *    injected allocation failure surfaces as -ENOMEM;
 *  - no shadow entries, no LRU insertion, no readahead, no writeback wait;
 *  - folio_lock() waits through sched_wait_until() (the kernel's
 *    folio_wait_bit_common with its wait queues), without lockdep, like the
 *    kernel's folio lock.
 */
#include <linux/compiler.h>

#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/xarray.h>

void address_space_init_once(struct address_space *mapping)
{
	xa_init(&mapping->i_pages);
	init_rwsem(&mapping->invalidate_lock);
	init_rwsem(&mapping->i_mmap_rwsem);
	INIT_LIST_HEAD(&mapping->private_list);
	INIT_LIST_HEAD(&mapping->i_mmap);
	atomic_set(&mapping->i_mmap_writable, 0);
	mapping->gfp_mask = GFP_HIGHUSER_MOVABLE;
	mapping->nrpages = 0;
	mapping->flags = 0;
	mapping->a_ops = NULL;
	mapping->private_data = NULL;
	mapping->owner = NULL;
	mapping->host = NULL;
}

/* ---- folio lock -------------------------------------------------------------------- */

static bool folio_unlocked_cond(const void *arg)
{
	const struct folio *folio = arg;
	/* READ_ONCE: the scheduler re-evaluates this until the holder unlocks */
	unsigned long flags = READ_ONCE(folio->flags);

	return !(flags & (1UL << PG_locked)) || flags == PAGE_FLAGS_POISONED;
}

bool folio_trylock(struct folio *folio)
{
	/* acquire (in the RMW): the critical section starts after the bit is ours */
	return !folio_test_set_locked(folio);
}

void folio_lock(struct folio *folio)
{
	might_sleep();
	sched_point("folio_lock");
	while (!folio_trylock(folio)) {
		if (folio_poisoned(folio))
			return;		/* reported by the flag RMW: nothing to wait for */
		sched_wait_until(folio_unlocked_cond, folio, "folio lock", "folio");
	}
}

void folio_unlock(struct folio *folio)
{
	/* release (in the RMW): the critical section ends before the bit clears */
	if (!folio_test_clear_locked(folio))
		report_violation("folio-lock", "folio_unlock of an unlocked folio", __FILE__,
				 __LINE__, "pfn %#lx", folio_pfn(folio));
	sched_point("folio_unlock");
}

void folio_wait_locked(struct folio *folio)
{
	might_sleep();
	sched_point("folio_wait_locked");
	if (!folio_unlocked_cond(folio))
		sched_wait_until(folio_unlocked_cond, folio, "folio lock", "folio");
}

/* ---- small flag helpers ------------------------------------------------------------ */

bool noop_dirty_folio(struct address_space *mapping, struct folio *folio)
{
	if (!folio_test_dirty(folio))
		return !folio_test_set_dirty(folio);
	return false;
}

bool folio_mark_dirty(struct folio *folio)
{
	struct address_space *mapping = folio_mapping(folio);

	if (mapping && mapping->a_ops && mapping->a_ops->dirty_folio)
		return mapping->a_ops->dirty_folio(mapping, folio);
	return noop_dirty_folio(mapping, folio);
}

void folio_mark_accessed(struct folio *folio)
{
	if (!folio_test_referenced(folio))
		folio_set_referenced(folio);
}

/* ---- lookup ------------------------------------------------------------------------- */

struct folio *filemap_get_entry(struct address_space *mapping, pgoff_t index)
{
	struct folio *folio;

	/* RCU: the xarray nodes we walk stay allocated; struct folio is type-stable */
	rcu_read_lock();
repeat:
	folio = xa_load(&mapping->i_pages, index);
	if (!folio)
		goto out;
	/* the window the recheck below closes: a truncation may run here */
	sched_point("filemap_get_entry loaded");
	if (!folio_try_get(folio)) {
		sched_point("filemap_get_entry retry");
		goto repeat;
	}
	/*
	 * The folio may have been removed, freed and reused between the load
	 * and the reference: only a slot that still holds it proves that the
	 * reference is to this mapping's folio at @index.
	 */
	if (unlikely(folio != xa_load(&mapping->i_pages, index))) {
		folio_put(folio);
		sched_point("filemap_get_entry retry");
		goto repeat;
	}
out:
	rcu_read_unlock();
	return folio;
}

loff_t mapping_seek_hole_data(struct address_space *mapping, loff_t start, loff_t end,
			      int whence)
{
	bool seek_data = whence == SEEK_DATA;
	unsigned long index = (unsigned long)(start >> PAGE_SHIFT), max;
	struct folio *folio;

	if (end <= start)
		return -ENXIO;
	max = (unsigned long)((end - 1) >> PAGE_SHIFT);
	/* RCU: the xarray nodes and the (type-stable) folios read here stay allocated */
	rcu_read_lock();
	while ((folio = xa_find(&mapping->i_pages, &index, max, XA_PRESENT))) {
		loff_t pos = (loff_t)folio_index(folio) << PAGE_SHIFT;

		if (start < pos) {
			if (!seek_data)
				goto unlock;	/* start is in the hole before this folio */
			start = pos;
		}
		/* [folio_seek_hole_data] an uptodate folio is data, one not yet is a hole */
		if (folio_test_uptodate(folio) == seek_data)
			goto unlock;
		start = pos + (loff_t)folio_size(folio);
		if (start >= end)
			break;
		index = (unsigned long)(start >> PAGE_SHIFT);
	}
	if (seek_data)
		start = -ENXIO;
unlock:
	rcu_read_unlock();
	return start > end ? end : start;
}

struct folio *filemap_alloc_folio(gfp_t gfp, unsigned int order)
{
	return folio_alloc(gfp, order);
}

/* The order to try first for FGP_CREAT at @index. */
static unsigned int filemap_create_order(struct address_space *mapping, pgoff_t index,
					 fgf_t fgp_flags)
{
	unsigned int order = FGF_GET_ORDER(fgp_flags);

	if (!mapping_large_folio_support(mapping))
		return 0;
	order = min_t(unsigned int, order, MAX_FOLIO_ORDER);
	/* not aligned: the largest order @index is aligned to */
	if (index & ((1UL << order) - 1))
		order = __builtin_ctzl(index);
	return order;
}

static struct folio *filemap_create_folio(struct address_space *mapping, pgoff_t index,
					  fgf_t fgp_flags, gfp_t gfp)
{
	unsigned int order = filemap_create_order(mapping, index, fgp_flags);
	struct folio *folio = NULL;
	int err;

	do {
		gfp_t alloc_gfp = gfp;

		err = -ENOMEM;
		if (order > 0)
			alloc_gfp |= __GFP_NORETRY | __GFP_NOWARN;
		folio = filemap_alloc_folio(alloc_gfp, order);
		if (!folio)
			continue;
		if (fgp_flags & FGP_ACCESSED)
			__folio_set_referenced(folio);
		err = filemap_add_folio(mapping, folio, index, gfp);
		if (!err)
			break;
		folio_put(folio);
		folio = NULL;
	} while (order-- > 0);

	if (err)
		return ERR_PTR(err);
	if (!(fgp_flags & FGP_LOCK))
		folio_unlock(folio);
	return folio;
}

struct folio *__filemap_get_folio(struct address_space *mapping, pgoff_t index, fgf_t fgp_flags,
				  gfp_t gfp)
{
	struct folio *folio;

repeat:
	folio = filemap_get_entry(mapping, index);
	if (!folio)
		goto no_page;

	if (fgp_flags & FGP_LOCK) {
		if (fgp_flags & FGP_NOWAIT) {
			if (!folio_trylock(folio)) {
				folio_put(folio);
				return ERR_PTR(-EAGAIN);
			}
		} else {
			folio_lock(folio);
		}
		/* truncated while we slept on the lock? */
		if (unlikely(folio_mapping(folio) != mapping)) {
			folio_unlock(folio);
			folio_put(folio);
			goto repeat;
		}
		WARN_ON(!folio_contains(folio, index));
	}
	if (fgp_flags & FGP_ACCESSED)
		folio_mark_accessed(folio);
	return folio;

no_page:
	if (!(fgp_flags & FGP_CREAT))
		return ERR_PTR(-ENOENT);
	folio = filemap_create_folio(mapping, index, fgp_flags, gfp);
	if (folio == ERR_PTR(-EEXIST))
		goto repeat;	/* lost a race with another creator: use theirs */
	return folio;
}

/* ---- insertion and removal ----------------------------------------------------------- */

int filemap_add_folio(struct address_space *mapping, struct folio *folio, pgoff_t index,
		      gfp_t gfp)
{
	unsigned long nr = folio_nr_pages(folio), i, idx = index;
	bool charged = false;
	int err = 0;

	if (WARN_ON(index & (nr - 1)) || WARN_ON(folio_mapping(folio)))
		return -EINVAL;

	/* nobody else sees the folio yet: plain lock bit, refs, identity */
	__folio_set_locked(folio);
	folio_ref_add(folio, nr);
	WRITE_ONCE(folio->mapping, mapping);
	WRITE_ONCE(folio->index, index);
	if (mapping->owner && !folio->owner) {
		folio_charge(folio, mapping->owner);
		charged = true;
	}

	/* xa_lock: the emptiness check and the stores are one step for other writers */
	xa_lock(&mapping->i_pages);
	if (xa_find(&mapping->i_pages, &idx, index + nr - 1, XA_PRESENT)) {
		err = -EEXIST;
		goto unlock;
	}
	for (i = 0; i < nr; i++) {
		err = xa_err(__xa_store(&mapping->i_pages, index + i, folio,
					gfp & ~__GFP_DIRECT_RECLAIM));
		if (err) {
			while (i--)
				__xa_erase(&mapping->i_pages, index + i);
			goto unlock;
		}
	}
	/* WRITE_ONCE: mapping_nrpages() reads it without xa_lock */
	WRITE_ONCE(mapping->nrpages, mapping->nrpages + nr);
unlock:
	xa_unlock(&mapping->i_pages);
	if (!err) {
		sched_point("filemap_add_folio");
		return 0;
	}
	if (charged)
		folio_uncharge(folio);
	WRITE_ONCE(folio->mapping, NULL);
	folio_put_refs(folio, nr);
	__folio_clear_locked(folio);
	return err;
}

void __filemap_remove_folio(struct folio *folio, void *shadow)
{
	struct address_space *mapping = folio_mapping(folio);
	unsigned long nr = folio_nr_pages(folio), i;
	pgoff_t index = folio_index(folio);
	void *old;

	lockdep_assert_held(&mapping->i_pages.xa_lock);
	WARN_ON(!folio_test_locked(folio));
	WARN_ON(shadow);
	for (i = 0; i < nr; i++) {
		old = __xa_erase(&mapping->i_pages, index + i);
		WARN_ON(old != folio);
	}
	/* WRITE_ONCE: mapping_nrpages() reads it without xa_lock */
	WRITE_ONCE(mapping->nrpages, mapping->nrpages - nr);
	/* a file's owner counts the pages in its cache; a pinned leftover is nobody's */
	if (folio->owner == mapping->owner)
		folio_uncharge(folio);
	/* ->index stays: truncation's lookups rely on it, as in the kernel */
	WRITE_ONCE(folio->mapping, NULL);
}

void filemap_free_folio(struct address_space *mapping, struct folio *folio)
{
	void (*free_folio)(struct folio *) = mapping->a_ops ? mapping->a_ops->free_folio : NULL;

	if (free_folio)
		free_folio(folio);
	folio_put_refs(folio, folio_nr_pages(folio));
}

void filemap_remove_folio(struct folio *folio)
{
	struct address_space *mapping = folio_mapping(folio);

	if (WARN_ON(!mapping) || WARN_ON(!folio_test_locked(folio)))
		return;
	/* xa_lock: the slots and nrpages change together */
	xa_lock(&mapping->i_pages);
	__filemap_remove_folio(folio, NULL);
	xa_unlock(&mapping->i_pages);
	filemap_free_folio(mapping, folio);
}
