/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/mm_types.h (struct folio), with the
 * memmap (mm/sparse.c) and memcg charging (mm/memcontrol.c) reduced to what a
 * race model of guest memory needs.
 *
 * Physical memory is a pfn space of configurable size (default 64 GiB) whose
 * memmap comes in sections (SPARSEMEM, mm_model/page_alloc.c): one struct
 * folio per pfn of a section a folio head has been in, so a 1 TiB space costs
 * the sections it touches.  A slot is a folio while it is the head of an
 * allocated folio; free and tail pfns keep poisoned flags.  There is no
 * struct page: a 4K page is a (folio, index within folio) pair or a pfn.
 *
 * Simplified against the kernel:
 *  - like the kernel's memmap, struct folio is type-stable (never returned to
 *    malloc while the pfn space lives; the slot of a pfn is that pfn's
 *    forever), so a lockless folio_try_get() on a stale pointer is safe and
 *    must be followed by the kernel's recheck.
 *  - one mapcount per folio (the sum of its page-table mappings), starting at
 *    0 rather than the kernel's -1, no per-page mapcount;
 *  - memcg is replaced by struct mm_owner: a named page counter (one per file,
 *    anonymous mm, VM) that folios are charged to;
 *  - each 4K page carries a content word (u64) and the owner id that wrote
 *    it, instead of 4096 bytes of data; a generation number changes at every
 *    allocation and free so a stale (pfn, generation) pair is caught on use;
 *  - no folio->private (nothing in the model attaches private data), and the
 *    pfn space is found through a 16-bit id rather than a pointer.
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

/* Pages per lazily allocated content chunk of a large folio (one 2M unit). */
#define FOLIO_CONTENT_CHUNK (1UL << PMD_ORDER)

/*
 * The largest pfn space: struct folio keeps its head pfn in 32 bits
 * (16 TiB of 4K pages), like the kernel's memmap it must stay small.
 */
#define PHYS_MEM_MAX_PFNS (1ULL << 32)

/*
 * 80 bytes, one per pfn of a touched section: the model's memmap.  A slot is
 * reused for every folio headed at its pfn under lockless readers (see
 * mm_model/page_alloc.c), so no two fields share storage.
 */
struct folio {
	/* PG_* bits (linux/page-flags.h); atomic bitops; ~0UL: not a live head */
	unsigned long flags;
	/* page-cache owner or NULL; READ_ONCE: read by lockless lookups */
	struct address_space *mapping;
	pgoff_t index;			/* file index of the first page (page cache) */
	atomic_t _refcount;		/* 0: free */
	atomic_t _mapcount;		/* page-table mappings of any page; 0: unmapped */
	/*
	 * Changes at every allocation and every free (unique per pfn space), so
	 * that a (pfn, gen) pair taken while the folio was live mismatches once
	 * it is freed or reallocated.  READ_ONCE: checked by any actor.
	 */
	u64 gen;
	/* The charged owner (folio_charge) or NULL; read only by holders of a reference. */
	struct mm_owner *owner;
	/*
	 * Content: order 0 keeps its page inline (@content0_word and
	 * @content0_writer); a large folio has a set of 2M chunks, the set and
	 * each chunk allocated on first write (published with cmpxchg) and
	 * freed after an RCU grace period once the folio is.  Word and writer
	 * (the mm_owner id that wrote it; 0: never written) are accessed with
	 * READ_ONCE/WRITE_ONCE: guest and host actors read and write pages
	 * concurrently in free mode, exactly as real memory allows.
	 */
	struct folio_content_set *content_set;
	u64 content0_word;
	u32 content0_writer;
	/*
	 * id of the last owner charged, kept after uncharging until the free:
	 * the tag content words are written with and checked against.
	 * READ_ONCE: content accesses race with (un)charging.
	 */
	u32 owner_id;
	u32 pfn;			/* the slot's pfn (constant), the head's; folio_pfn() */
	u8 order;
	u8 __pad;
	u16 phys_id;			/* pfn space of the memmap (phys_mem id); constant */
};
_Static_assert(sizeof(struct folio) == 80, "struct folio: keep it in the 80-byte class");

#endif /* _GMEMSIM_LINUX_MM_TYPES_H */
