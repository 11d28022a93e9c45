/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/pagemap.h (address_space helpers, folio
 * lock, page-cache lookup flags) and the address_space half of
 * include/linux/fs.h.  Implementation: mm_model/filemap.c (lookup, insertion,
 * removal, folio lock) and mm_model/truncate.c (truncation, memory failure).
 *
 * Simplified against the kernel:
 *  - the xarray has no multi-index entries, so a large folio is stored at
 *    every index it covers (as the pre-folio page cache stored THP tails);
 *    lookups at any covered index return the folio, nrpages counts pages;
 *  - no shadow/swap/DAX entries, no writeback, no readahead, no LRU;
 *  - truncation never splits a large folio: pages of a partially covered
 *    large folio are zeroed and the folio stays (the kernel's outcome when
 *    split_folio() fails); a partially covered 4K page keeps its content word
 *    (content is one word per page, so bytes cannot be half-zeroed);
 *  - the folio lock is a flag bit waited on with sched_wait_until() (the
 *    kernel's folio_wait_bit), not a lockdep-tracked lock, as in the kernel.
 */
#ifndef _GMEMSIM_LINUX_PAGEMAP_H
#define _GMEMSIM_LINUX_PAGEMAP_H

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/rwsem.h>
#include <linux/xarray.h>

struct inode;
struct folio;

/* ---- address_space ------------------------------------------------------------- */

/* [include/linux/pagemap.h: enum mapping_flags] (bit numbers of mapping->flags) */
enum mapping_flags {
	AS_EIO = 0,
	AS_ENOSPC = 1,
	AS_MM_ALL_LOCKS = 2,
	AS_UNEVICTABLE = 3,
	AS_EXITING = 4,
	AS_NO_WRITEBACK_TAGS = 5,
	AS_RELEASE_ALWAYS = 6,
	AS_STABLE_WRITES = 7,
	AS_INACCESSIBLE = 8,		/* contents not accessible to the host (guest_memfd) */
	AS_UNMOVABLE = 9,		/* folios may not migrate */
	AS_LARGE_FOLIO_SUPPORT = 16,	/* the kernel keeps min/max orders here */
};

enum migrate_mode {
	MIGRATE_ASYNC,
	MIGRATE_SYNC_LIGHT,
	MIGRATE_SYNC,
};

struct address_space;

/* [include/linux/fs.h: struct address_space_operations], the members the model calls. */
struct address_space_operations {
	/* folio_mark_dirty(); NULL means noop_dirty_folio */
	bool (*dirty_folio)(struct address_space *mapping, struct folio *folio);
	/* truncation of a folio with private data: the byte range going away */
	void (*invalidate_folio)(struct folio *folio, size_t offset, size_t len);
	/* after the folio left the page cache, before the cache's refs drop */
	void (*free_folio)(struct folio *folio);
	/* migration/compaction asks to move @src to @dst */
	int (*migrate_folio)(struct address_space *mapping, struct folio *dst, struct folio *src,
			     enum migrate_mode mode);
	/* memory_failure() on a page-cache folio: 0 or a negative errno */
	int (*error_remove_folio)(struct address_space *mapping, struct folio *folio);
};

/*
 * [include/linux/fs.h: struct address_space].  Locks, outer to inner:
 * invalidate_lock -> folio lock -> i_mmap_rwsem -> i_pages.xa_lock.
 */
struct address_space {
	struct inode *host;
	/*
	 * index -> folio; writers hold xa_lock(&i_pages), readers use RCU and
	 * the get-then-recheck protocol (filemap_get_entry).
	 */
	struct xarray i_pages;
	/*
	 * [invalidate_lock]: exclusive while page-cache contents are being
	 * invalidated (truncate, punch hole), shared while a fault or an
	 * allocation may add folios.  It does not cover lookups of folios
	 * already present.
	 */
	struct rw_semaphore invalidate_lock;
	gfp_t gfp_mask;			/* for page-cache allocations */
	unsigned long nrpages;		/* pages cached; under xa_lock, READ_ONCE outside */
	unsigned long flags;		/* AS_* bits; atomic bitops */
	const struct address_space_operations *a_ops;
	struct list_head private_list;	/* owner's list (e.g. guest_memfd's files) */
	void *private_data;
	struct mm_owner *owner;		/* charged for folios added here; NULL: none */

	/*
	 * Reverse map for the host mm (mm-host): the VMAs mapping this file,
	 * linked through their own list field, under i_mmap_rwsem.
	 */
	struct rw_semaphore i_mmap_rwsem;
	struct list_head i_mmap;
	atomic_t i_mmap_writable;	/* VM_SHARED writable mappings */
};

/* Set up an address_space embedded in its inode (inode_init_once's part). */
void address_space_init_once(struct address_space *mapping);

static inline void mapping_set_flag(struct address_space *mapping, enum mapping_flags bit)
{
	/* atomic RMW: flags are set while other actors read them */
	__atomic_fetch_or(&mapping->flags, 1UL << bit, __ATOMIC_RELAXED);
}

static inline void mapping_clear_flag(struct address_space *mapping, enum mapping_flags bit)
{
	__atomic_fetch_and(&mapping->flags, ~(1UL << bit), __ATOMIC_RELAXED);
}

static inline bool mapping_test_flag(const struct address_space *mapping, enum mapping_flags bit)
{
	/* READ_ONCE: flags are set once at setup; races only with other setters */
	return READ_ONCE(mapping->flags) & (1UL << bit);
}

static inline void mapping_set_unevictable(struct address_space *mapping)
{
	mapping_set_flag(mapping, AS_UNEVICTABLE);
}

static inline bool mapping_unevictable(const struct address_space *mapping)
{
	return mapping && mapping_test_flag(mapping, AS_UNEVICTABLE);
}

static inline void mapping_set_unmovable(struct address_space *mapping)
{
	/* as in the kernel: unmovable mappings are unevictable too */
	mapping_set_flag(mapping, AS_UNEVICTABLE);
	mapping_set_flag(mapping, AS_UNMOVABLE);
}

static inline bool mapping_unmovable(const struct address_space *mapping)
{
	return mapping && (mapping_test_flag(mapping, AS_UNMOVABLE) ||
			   mapping_test_flag(mapping, AS_INACCESSIBLE));
}

/* [mapping_set_inaccessible]: guest_memfd; implies unevictable and unmovable. */
static inline void mapping_set_inaccessible(struct address_space *mapping)
{
	mapping_set_flag(mapping, AS_UNEVICTABLE);
	mapping_set_flag(mapping, AS_INACCESSIBLE);
}

static inline bool mapping_inaccessible(const struct address_space *mapping)
{
	return mapping && mapping_test_flag(mapping, AS_INACCESSIBLE);
}

static inline void mapping_set_exiting(struct address_space *mapping)
{
	mapping_set_flag(mapping, AS_EXITING);
}

static inline bool mapping_exiting(const struct address_space *mapping)
{
	return mapping_test_flag(mapping, AS_EXITING);
}

static inline gfp_t mapping_gfp_mask(const struct address_space *mapping)
{
	return mapping->gfp_mask;
}

static inline void mapping_set_gfp_mask(struct address_space *mapping, gfp_t mask)
{
	mapping->gfp_mask = mask;
}

/* [mapping_set_large_folios]: __filemap_get_folio may create order > 0 folios. */
static inline void mapping_set_large_folios(struct address_space *mapping)
{
	mapping_set_flag(mapping, AS_LARGE_FOLIO_SUPPORT);
}

static inline bool mapping_large_folio_support(const struct address_space *mapping)
{
	return mapping_test_flag(mapping, AS_LARGE_FOLIO_SUPPORT);
}

static inline unsigned long mapping_nrpages(const struct address_space *mapping)
{
	/* READ_ONCE: updated under xa_lock, read as a snapshot */
	return READ_ONCE(mapping->nrpages);
}

static inline bool mapping_empty(struct address_space *mapping)
{
	return xa_empty(&mapping->i_pages);
}

/* ---- invalidate_lock [include/linux/fs.h] ------------------------------------- */

static inline void filemap_invalidate_lock(struct address_space *mapping)
{
	down_write(&mapping->invalidate_lock);
}

static inline void filemap_invalidate_unlock(struct address_space *mapping)
{
	up_write(&mapping->invalidate_lock);
}

static inline void filemap_invalidate_lock_shared(struct address_space *mapping)
{
	down_read(&mapping->invalidate_lock);
}

static inline int filemap_invalidate_trylock_shared(struct address_space *mapping)
{
	return down_read_trylock(&mapping->invalidate_lock);
}

static inline void filemap_invalidate_unlock_shared(struct address_space *mapping)
{
	up_read(&mapping->invalidate_lock);
}

/* ---- folio lock [mm/filemap.c] ---------------------------------------------------- */

/*
 * [folio_lock]: sleep until PG_locked can be taken.  A scheduling point;
 * blocks through sched_wait_until() ("folio lock").  Must not be called
 * inside rcu_read_lock() or with a spinlock held (might_sleep).
 */
void folio_lock(struct folio *folio);
bool folio_trylock(struct folio *folio);
/* [folio_unlock]: release; reports "folio-lock" when the folio was not locked. */
void folio_unlock(struct folio *folio);
/* [folio_wait_locked]: wait until unlocked, without taking the lock. */
void folio_wait_locked(struct folio *folio);

/* [folio_mark_dirty]: through ->dirty_folio of the mapping (noop for none). */
bool folio_mark_dirty(struct folio *folio);
bool noop_dirty_folio(struct address_space *mapping, struct folio *folio);
/* [folio_mark_accessed, reduced]: sets PG_referenced. */
void folio_mark_accessed(struct folio *folio);

/* ---- folio positions ------------------------------------------------------------ */

static inline loff_t folio_pos(const struct folio *folio)
{
	return (loff_t)folio_index(folio) << PAGE_SHIFT;
}

static inline pgoff_t folio_next_index(const struct folio *folio)
{
	return folio_index(folio) + folio_nr_pages(folio);
}

static inline bool folio_contains(const struct folio *folio, pgoff_t index)
{
	return index - folio_index(folio) < folio_nr_pages(folio);
}

/* ---- page-cache lookup and insertion [mm/filemap.c] ----------------------------- */

typedef unsigned int fgf_t;

#define FGP_ACCESSED	((fgf_t)0x00000001)	/* mark the folio accessed */
#define FGP_LOCK	((fgf_t)0x00000002)	/* return it locked */
#define FGP_CREAT	((fgf_t)0x00000004)	/* allocate and add when absent */
#define FGP_WRITE	((fgf_t)0x00000008)
#define FGP_NOFS	((fgf_t)0x00000010)
#define FGP_NOWAIT	((fgf_t)0x00000020)	/* with FGP_LOCK: -EAGAIN instead of sleeping */
#define FGP_FOR_MMAP	((fgf_t)0x00000040)
#define FGP_STABLE	((fgf_t)0x00000080)
#define FGF_GET_ORDER(fgf) (((fgf) >> 26) & 0x1f)	/* requested folio order */
#define FGP_WRITEBEGIN	(FGP_LOCK | FGP_WRITE | FGP_CREAT | FGP_STABLE)

/* [fgf_set_order]: ask __filemap_get_folio(FGP_CREAT) for a folio of @size bytes. */
static inline fgf_t fgf_set_order(size_t size)
{
	unsigned int shift = 0;

	while ((PAGE_SIZE << (shift + 1)) <= size && shift < 31)
		shift++;
	if (size < PAGE_SIZE || !shift)
		return 0;
	return (fgf_t)shift << 26;
}

/*
 * [filemap_get_entry]: the folio at @index with a reference, or NULL.  The
 * kernel's lockless lookup: rcu_read_lock, xa_load, folio_try_get, recheck
 * the slot still holds the folio (retry otherwise).
 */
struct folio *filemap_get_entry(struct address_space *mapping, pgoff_t index);
/*
 * [mapping_seek_hole_data] SEEK_DATA/SEEK_HOLE from @start in [@start, @end)
 * of the page cache: an uptodate folio is data, a missing or not yet
 * uptodate one a hole; the end is a hole.  -ENXIO if @start >= @end or no
 * data follows.  The caller holds the inode lock.
 */
loff_t mapping_seek_hole_data(struct address_space *mapping, loff_t start, loff_t end,
			      int whence);

/*
 * [__filemap_get_folio]: look up the folio covering @index, taking a
 * reference; with FGP_LOCK return it locked (rechecking it was not
 * truncated meanwhile); with FGP_CREAT allocate one (order from
 * FGF_GET_ORDER if the mapping supports large folios, falling back to
 * smaller orders, aligned down) and add it.  ERR_PTR(-ENOENT) when absent
 * without FGP_CREAT, -EAGAIN for FGP_NOWAIT contention, -ENOMEM.
 */
struct folio *__filemap_get_folio(struct address_space *mapping, pgoff_t index, fgf_t fgp_flags,
				  gfp_t gfp);

static inline struct folio *filemap_get_folio(struct address_space *mapping, pgoff_t index)
{
	return __filemap_get_folio(mapping, index, 0, 0);
}

static inline struct folio *filemap_lock_folio(struct address_space *mapping, pgoff_t index)
{
	return __filemap_get_folio(mapping, index, FGP_LOCK, 0);
}

static inline struct folio *filemap_grab_folio(struct address_space *mapping, pgoff_t index)
{
	return __filemap_get_folio(mapping, index, FGP_LOCK | FGP_ACCESSED | FGP_CREAT,
				   mapping_gfp_mask(mapping));
}

/* [filemap_alloc_folio]: folio_alloc for the page cache. */
struct folio *filemap_alloc_folio(gfp_t gfp, unsigned int order);

/*
 * [filemap_add_folio]: insert a new (unlocked, refcount 1, unmapped) folio at
 * @index (aligned to its order), locking it and taking the cache's references
 * (one per page).  Charges it to mapping->owner.  Returns 0 with the folio
 * locked, or -EEXIST when any index it covers is occupied, -ENOMEM, -EINVAL
 * for a misaligned index (WARN); on error the folio is unlocked and
 * unchanged.
 */
int filemap_add_folio(struct address_space *mapping, struct folio *folio, pgoff_t index,
		      gfp_t gfp);

/*
 * [__filemap_remove_folio]: take a locked folio out of its mapping's xarray
 * (caller holds xa_lock(&mapping->i_pages)); clears folio->mapping, keeps
 * ->index.  References are not dropped.
 */
void __filemap_remove_folio(struct folio *folio, void *shadow);
/* [filemap_free_folio]: ->free_folio, then drop the cache's references. */
void filemap_free_folio(struct address_space *mapping, struct folio *folio);
/* [filemap_remove_folio]: both, for a locked page-cache folio. */
void filemap_remove_folio(struct folio *folio);

/* ---- truncation [mm/truncate.c] ------------------------------------------------- */

/*
 * [truncate_inode_pages_range]: remove the page-cache folios wholly inside
 * bytes [@lstart, @lend] (@lend inclusive, -1 for "to the end"): lock each,
 * unmap its user mappings (unmap_mapping_folio, implemented by the host mm),
 * remove it from the cache (->free_folio), drop the cache's references.
 * Partial large folios are zeroed over the covered pages and kept.  Callers
 * exclude new insertions themselves (invalidate_lock, i_size).
 */
void truncate_inode_pages_range(struct address_space *mapping, loff_t lstart, loff_t lend);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
/* [truncate_inode_pages_final]: at inode eviction; marks the mapping exiting. */
void truncate_inode_pages_final(struct address_space *mapping);
/* [truncate_pagecache]: unmap, truncate from @newsize, unmap again. */
void truncate_pagecache(struct inode *inode, loff_t newsize);
/* [truncate_setsize]: i_size = @newsize, then truncate_pagecache if it shrank. */
void truncate_setsize(struct inode *inode, loff_t newsize);
/* [include/linux/mm.h: enum mf_result]: what ->error_remove_folio may return (>= 0). */
enum mf_result {
	MF_IGNORED,
	MF_FAILED,
	MF_DELAYED,	/* guest_memfd: kept in the cache, hwpoisoned, dealt with later */
	MF_RECOVERED,
};

/* [generic_error_remove_folio]: ->error_remove_folio that truncates the folio. */
int generic_error_remove_folio(struct address_space *mapping, struct folio *folio);

/*
 * [mm/memory-failure.c: memory_failure, reduced to page-cache and anonymous
 * folios]: mark the folio holding @pfn hwpoisoned; for a page-cache folio
 * lock it, unmap its user mappings and call ->error_remove_folio (without one:
 * truncate it).  Returns 0 when handled (->error_remove_folio returned >= 0,
 * e.g. MF_DELAYED), -EHWPOISON when already poisoned, -ENXIO for a free or
 * invalid pfn (the kernel would take a free page off the buddy lists), -EBUSY
 * when ->error_remove_folio failed.  @flags is accepted for the signature.
 */
int memory_failure(unsigned long pfn, int flags);

#endif /* _GMEMSIM_LINUX_PAGEMAP_H */
