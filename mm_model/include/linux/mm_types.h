/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/mm_types.h (struct folio), with the
 * memmap (mm/sparse.c) and memcg charging (mm/memcontrol.c) reduced to what a
 * race model of guest memory needs.
 *
 * Physical memory is a pfn space of configurable size (default 64 GiB) whose
 * metadata exists only for pfns in use: a struct folio is created when a folio
 * is allocated and is looked up through an xarray keyed by head pfn, so a
 * 1 TiB space costs what it touches.  There is no struct page: a 4K page is a
 * (folio, index within folio) pair or a pfn.
 *
 * Simplified against the kernel:
 *  - struct folio objects are type-stable like the kernel's memmap (never
 *    returned to malloc while the pfn space lives; a freed one is recycled for
 *    a later allocation), so a lockless folio_try_get() on a stale pointer is
 *    safe and must be followed by the kernel's recheck.
 *  - one mapcount per folio (the sum of its page-table mappings), starting at
 *    0 rather than the kernel's -1, no per-page mapcount;
 *  - memcg is replaced by struct mm_owner: a named page counter (one per file,
 *    anonymous mm, VM) that folios are charged to;
 *  - each 4K page carries a content word (u64) and the owner id that wrote
 *    it, instead of 4096 bytes of data; a generation number changes at every
 *    allocation and free so a stale (pfn, generation) pair is caught on use.
 */
#ifndef _GMEMSIM_LINUX_MM_TYPES_H
#define _GMEMSIM_LINUX_MM_TYPES_H

#include <linux/compiler.h>
#include <linux/atomic.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/types.h>

struct address_space;
struct phys_mem;
struct folio_content_set;

/* 4K, 2M and 1G folios; any order up to MAX_FOLIO_ORDER is accepted. */
#define MAX_FOLIO_ORDER 18
#define PMD_ORDER (PMD_SHIFT - PAGE_SHIFT)
#define PUD_ORDER (PUD_SHIFT - PAGE_SHIFT)

/*
 * [memcg, reduced]: who holds pages.  Every folio in use may be charged to
 * one owner; mm_owner_pages() is the number of 4K pages charged now.
 * @id is unique in the process and is the tag stored with content words.
 */
struct mm_owner {
	const char *kind;		/* "file", "anon", "vm", ... */
	char name[32];
	u32 id;
	atomic64_t nr_pages;		/* pages charged; atomic: charged from any actor */
};

/*
 * The content of one 4K page: a word and the id of the owner that wrote it.
 * Both are accessed with READ_ONCE/WRITE_ONCE: guest and host actors read and
 * write pages concurrently in free mode, exactly as real memory allows.
 */
struct page_content {
	u64 word;
	u32 owner;			/* mm_owner id of the writer; 0: never written */
};

/* Pages per lazily allocated content chunk of a large folio (one 2M unit). */
#define FOLIO_CONTENT_CHUNK (1UL << PMD_ORDER)

struct folio {
	/* PG_* bits (linux/page-flags.h); atomic bitops; ~0UL once freed */
	unsigned long flags;
	/* page-cache owner or NULL; READ_ONCE: read by lockless lookups */
	struct address_space *mapping;
	pgoff_t index;			/* file index of the first page (page cache) */
	atomic_t _refcount;		/* 0: free */
	atomic_t _mapcount;		/* page-table mappings of any page; 0: unmapped */
	unsigned int order;
	unsigned long pfn;		/* head pfn, aligned to 1 << order */
	/*
	 * Changes at every allocation and every free (unique per pfn space), so
	 * that a (pfn, gen) pair taken while the folio was live mismatches once
	 * it is freed or reallocated.  READ_ONCE: checked by any actor.
	 */
	u64 gen;
	struct mm_owner *owner;		/* charged owner (folio_charge), or NULL */
	/*
	 * id of the last owner charged, kept after uncharging until the free:
	 * the tag content words are written with and checked against.
	 * READ_ONCE: content accesses race with (un)charging.
	 */
	u32 owner_id;
	void *private;			/* owner's private data (folio_get_private) */
	struct phys_mem *phys;		/* pfn space this folio belongs to */
	struct list_head lru;		/* free-struct pool link; users may borrow while allocated */

	/*
	 * Content: order 0 keeps its page inline; a large folio has a set of 2M
	 * chunks, the set and each chunk allocated on first write (published
	 * with cmpxchg) and freed after an RCU grace period once the folio is.
	 */
	struct page_content content0;
	struct folio_content_set *content_set;
};

#endif /* _GMEMSIM_LINUX_MM_TYPES_H */
