/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/mm.h, include/linux/gfp.h, page_ref.h and
 * the pfn helpers of include/asm-generic/memory_model.h.  Implementation:
 * mm_model/page_alloc.c (pfn space, allocation, accounting, content) and
 * mm_model/folio.c (references, mapcount, generation checks).
 *
 * Physical memory is a struct phys_mem: a pfn space of nr_pfns pages (default
 * 64 GiB) cut into sections of PHYS_PAGES_PER_SECTION pfns; a section's
 * memmap (one struct folio per pfn) exists once a folio head has been in it.
 * The "current" space is a thread-local override (phys_mem_set_current(), for
 * explorations running side by side on several OS threads) or else the
 * process default (phys_mem_set_default()); a default 64 GiB space with seed
 * 1 is created on first use.  Order-0 folios come from per-thread page lists
 * (the kernel's per-cpu pages), larger ones from first fit over the space
 * from a seeded base: pfns follow the seed and the sequence of allocations
 * and frees on each thread, never an address or a clock.
 *
 * Simplified against the kernel: no zones, no buddy allocator, no struct page
 * (a 4K page is a pfn, a tail pfn's memmap slot stays free), no memcg (struct
 * mm_owner instead), no reclaim.
 *
 * The host-mm half of mm.h (VMAs, the host page table, GUP, mmap/munmap...)
 * is mm-host's: see the hook declarations at the end of this file, which
 * mm_model/ host-mm files implement.
 */
#ifndef _GMEMSIM_LINUX_MM_H
#define _GMEMSIM_LINUX_MM_H

#include <linux/compiler.h>
#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/mm_types.h>
#include <linux/page-flags.h>
#include <linux/slab.h>
#include <linux/types.h>
#include <limits.h>

/* ---- gfp flags for pages [include/linux/gfp_types.h] ----------------------- */

#ifndef __GFP_HIGHMEM
#define __GFP_HIGHMEM		((gfp_t)0x02u)
#endif
#ifndef __GFP_MOVABLE
#define __GFP_MOVABLE		((gfp_t)0x08u)
#endif
#ifndef __GFP_COMP
#define __GFP_COMP		((gfp_t)0x40000u)
#endif
#ifndef GFP_HIGHUSER_MOVABLE
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE | __GFP_HIGHMEM)
#endif
#ifndef GFP_TRANSHUGE_LIGHT
#define GFP_TRANSHUGE_LIGHT	((GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOWARN) & ~__GFP_RECLAIM)
#endif

/* ---- the pfn space ----------------------------------------------------------- */

#define PHYS_MEM_DEFAULT_SIZE (64ULL << 30)

/* [SECTION_SIZE_BITS - PAGE_SHIFT]: pfns per memmap section (320 KiB of struct folio). */
#define PHYS_SECTION_SHIFT 12
#define PHYS_PAGES_PER_SECTION (1UL << PHYS_SECTION_SHIFT)

/*
 * Create a pfn space of @size bytes (rounded down to a 1G multiple, at least
 * 1G; 0 means PHYS_MEM_DEFAULT_SIZE) whose allocations follow @seed.  NULL on
 * -ENOMEM.  Two spaces created with the same seed and served the same
 * sequence of allocations and frees hand out the same pfns.
 */
struct phys_mem *phys_mem_create(u64 size, u64 seed);
/*
 * Destroy a space.  Folios still allocated are leaks: each one is reported
 * ("page-leak") and the metadata is freed anyway.  Returns the number of
 * pages that were still in use.  No thread may use the space meanwhile;
 * pfns held by threads' page lists are not leaks.
 */
unsigned long phys_mem_destroy(struct phys_mem *pm);
/*
 * @pm's owner is gone without destroying it (a stopped run's teardown did not
 * finish; its memory is reclaimed as a whole): hand its page lists, which
 * are process-lifetime bookkeeping outside the model's heap, back to the pool.
 */
void phys_mem_abandon(struct phys_mem *pm);
/* The thread-local override (NULL: fall back to the default). */
void phys_mem_set_current(struct phys_mem *pm);
/* The process default; NULL restores the built-in 64 GiB seed-1 space. */
void phys_mem_set_default(struct phys_mem *pm);
struct phys_mem *phys_mem_current(void);

unsigned long phys_mem_nr_pfns(const struct phys_mem *pm);
/*
 * 4K pages allocated now (the "pages in use" counter that teardown must
 * zero).  Summed over threads: exact when no thread allocates or frees.
 */
unsigned long phys_mem_pages_in_use(const struct phys_mem *pm);
/* Folios freed in @pm so far: moves whenever a mapped folio could go stale.  Summed, idem. */
unsigned long phys_mem_nr_frees(const struct phys_mem *pm);
/*
 * struct folio slots in the memmap (metadata footprint: the sections
 * touched), a multiple of PHYS_PAGES_PER_SECTION.
 */
unsigned long phys_mem_nr_folio_structs(const struct phys_mem *pm);
/*
 * Allocation-failure knob, independent of kmalloc's: each folio allocation
 * without __GFP_NOFAIL fails with probability @per_million / 10^6, decided
 * by the space's PRNG (so deterministic for a seed and schedule).
 */
void phys_mem_set_fail_rate(struct phys_mem *pm, u32 per_million);

static inline unsigned long mm_pages_in_use(void)
{
	return phys_mem_pages_in_use(phys_mem_current());
}

/* ---- owners (memcg-like accounting) ---------------------------------------- */

void mm_owner_init(struct mm_owner *owner, const char *kind, const char *name);
/* Pages charged to @owner now. */
static inline long mm_owner_pages(struct mm_owner *owner)
{
	return atomic64_read(&owner->nr_pages);
}
/*
 * [mem_cgroup_charge]: charge @folio's pages to @owner; the charge moves to
 * nobody until folio_uncharge() or the free.  A folio is charged at most once
 * (a second charge is a WARN).
 */
void folio_charge(struct folio *folio, struct mm_owner *owner);
void folio_uncharge(struct folio *folio);

/* ---- allocation [mm/page_alloc.c] ------------------------------------------ */

/*
 * [folio_alloc]: a folio of 1 << @order pages from the current space, refcount
 * 1, mapcount 0, flags clear (PG_large for order > 0), no mapping, uncharged,
 * contents reading zero.  NULL when the space is full, @order is above
 * MAX_FOLIO_ORDER, or the failure knob fires.  __GFP_ZERO is implied: fresh
 * pages always read zero (the model never hands out stale contents).
 */
struct folio *folio_alloc(gfp_t gfp, unsigned int order);

/* ---- references [include/linux/page_ref.h, mm/swap.c] ---------------------- */

/* Above this a refcount is "close to overflow" [folio_ref_zero_or_close_to_overflow]. */
#define FOLIO_REF_MAX (INT_MAX - 127)

static inline int folio_ref_count(const struct folio *folio)
{
	return atomic_read(&folio->_refcount);
}

/* Reports "folio-refcount" on a get of a free folio or near overflow. */
void folio_ref_add(struct folio *folio, int nr);
static inline void folio_get(struct folio *folio)
{
	folio_ref_add(folio, 1);
}

/*
 * [folio_put_refs/folio_put]: drop @nr references; the last one frees the
 * folio to its pfn space (generation bumped, flags poisoned, contents gone,
 * charge dropped).  A folio still in a page cache holds the cache's
 * references, so it cannot reach zero there.  An underflow is reported
 * ("folio-refcount") and not applied.
 */
void folio_put_refs(struct folio *folio, int nr);
static inline void folio_put(struct folio *folio)
{
	folio_put_refs(folio, 1);
}

/* [free_unref_folios, mm_model internal]: return a folio whose count reached 0. */
void __folio_free(struct folio *folio);

/*
 * [folio_try_get]: take a reference unless the count is zero, for lockless
 * lookups (the caller must then recheck that the folio is still the one it
 * looked up: struct folio is recycled, like the kernel's struct page).
 */
bool folio_try_get(struct folio *folio);
bool folio_ref_try_add(struct folio *folio, int nr);

/* ---- geometry and pfns ------------------------------------------------------- */

static inline unsigned int folio_order(const struct folio *folio)
{
	return folio->order;
}

static inline unsigned long folio_nr_pages(const struct folio *folio)
{
	return 1UL << folio->order;
}

static inline size_t folio_size(const struct folio *folio)
{
	return PAGE_SIZE << folio->order;
}

static inline unsigned int folio_shift(const struct folio *folio)
{
	return PAGE_SHIFT + folio->order;
}

static inline unsigned long folio_pfn(const struct folio *folio)
{
	return folio->pfn;
}

/* The generation this folio has now (changes at alloc and free). */
static inline u64 folio_gen(const struct folio *folio)
{
	/* READ_ONCE: compared by actors that do not hold a reference */
	return READ_ONCE(folio->gen);
}

/* [folio_mapping]: the page-cache mapping or NULL (anon, free). */
static inline struct address_space *folio_mapping(const struct folio *folio)
{
	/* READ_ONCE: truncation clears it under the folio lock, lockless readers race */
	return READ_ONCE(folio->mapping);
}

/* [folio_index]: file index of the first page. */
static inline pgoff_t folio_index(const struct folio *folio)
{
	return READ_ONCE(folio->index);
}

/* [folio_file_pfn in pagemap.h]: pfn of the page holding file index @index. */
static inline unsigned long folio_file_pfn(const struct folio *folio, pgoff_t index)
{
	return folio->pfn + (index & (folio_nr_pages(folio) - 1));
}

/*
 * [pfn_folio]: the allocated folio containing @pfn, or NULL when @pfn is free
 * or outside the current space.  Gives no reference: meaningful only while
 * the caller otherwise pins the folio (or to report on a stale pfn).
 */
struct folio *pfn_folio(unsigned long pfn);
bool pfn_valid(unsigned long pfn);	/* inside the current space */
/*
 * [pfn_to_page, with struct folio for struct page]: the memmap slot of @pfn
 * in the current space, whatever it holds now (a folio headed there, or a
 * free or tail slot), or NULL when no folio head was ever in its section.
 * The memmap is type-stable: the slot of a folio's head pfn is that folio's
 * struct, so code that kept (head pfn, generation) instead of a pointer gets
 * the pointer back, and checks the generation itself.
 */
struct folio *pfn_to_folio_slot(unsigned long pfn);

/*
 * [gmemsim] Is (@pfn, @gen) still live, i.e. is @pfn inside an allocated folio
 * whose generation is @gen?  If not, reports "use-after-free" naming @what and
 * returns false.  This is the check every stale-mapping access runs.
 */
bool pfn_check_gen(unsigned long pfn, u64 gen, const char *what);
/* Same, no report: for callers that handle the stale case themselves. */
bool pfn_gen_live(unsigned long pfn, u64 gen);

/* ---- mapcount (rmap, reduced) ------------------------------------------------ */

static inline int folio_mapcount(const struct folio *folio)
{
	return atomic_read(&folio->_mapcount);
}

static inline bool folio_mapped(const struct folio *folio)
{
	return folio_mapcount(folio) > 0;
}

/*
 * [folio_add_*_rmap_ptes / folio_remove_rmap_ptes, reduced]: @nr page-table
 * entries of this folio were installed / removed.  Removing more than were
 * added is reported ("folio-mapcount") and clamped.
 */
void folio_add_mapcount(struct folio *folio, int nr);
void folio_sub_mapcount(struct folio *folio, int nr);

/* ---- content words -------------------------------------------------------------- */

/*
 * Each 4K page holds one u64 word plus the id of the owner whose write put it
 * there (folio->owner_id: the last owner charged, kept until the free).  A
 * page never written reads 0 with owner 0.  @i is the page index within the
 * folio.  Reading a word tagged with another owner than the folio's
 * (untagged words excepted) reports "foreign-data": one owner's data reached
 * another.
 */
void folio_content_write(struct folio *folio, unsigned long i, u64 word);
u64 folio_content_read(struct folio *folio, unsigned long i);
/* Raw access without the owner check: word and writer id. */
u64 folio_content_peek(const struct folio *folio, unsigned long i, u32 *owner);
/* [folio_zero_range, per page]: pages [@i, @i + @nr) read zero again. */
void folio_zero_pages(struct folio *folio, unsigned long i, unsigned long nr);
/* Pages of @folio that hold a non-zero word (tests, leak checks). */
unsigned long folio_content_nr_written(const struct folio *folio);

/*
 * Access the page at @pfn through a (pfn, generation) pair, as a guest or
 * host access through a cached translation does: under rcu_read_lock(),
 * check the generation, read or write the word (with the foreign-data check),
 * recheck.  A stale pair reports "use-after-free" naming @what and returns
 * -EFAULT without touching any page.
 */
int pfn_content_access(unsigned long pfn, u64 gen, u64 *word, bool write, const char *what);

static inline int pfn_content_read(unsigned long pfn, u64 gen, u64 *word, const char *what)
{
	return pfn_content_access(pfn, gen, word, false, what);
}

static inline int pfn_content_write(unsigned long pfn, u64 gen, u64 word, const char *what)
{
	return pfn_content_access(pfn, gen, &word, true, what);
}

/* ---- page-table faults (shared with the host mm) --------------------------------- */

typedef unsigned int vm_fault_t;

/* [include/linux/mm_types.h: enum vm_fault_reason] */
#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_MAJOR		0x000004
#define VM_FAULT_HWPOISON	0x000010
#define VM_FAULT_HWPOISON_LARGE	0x000020
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_NOPAGE		0x000100
#define VM_FAULT_LOCKED		0x000200
#define VM_FAULT_RETRY		0x000400
#define VM_FAULT_FALLBACK	0x000800
#define VM_FAULT_DONE_COW	0x001000
#define VM_FAULT_NEEDDSYNC	0x002000
#define VM_FAULT_ERROR (VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV | \
			VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE | VM_FAULT_FALLBACK)

/* [vmf_error]: errno from a page-cache/allocation call -> fault code. */
static inline vm_fault_t vmf_error(int err)
{
	if (err == -ENOMEM)
		return VM_FAULT_OOM;
	else if (err == -EHWPOISON)
		return VM_FAULT_HWPOISON;
	return VM_FAULT_SIGBUS;
}

/* ---- hooks the host mm implements (mm-host's files) ------------------------------- */

struct address_space;

/*
 * [mm/memory.c: unmap_mapping_range]: zap every user page-table entry that
 * maps file bytes [@holebegin, @holebegin + @holelen) of @mapping (holelen 0:
 * to the end), issuing the mmu_notifier invalidate_range_start/end pair for
 * each VMA it touches.  @even_cows: also private COW copies.  Implemented by
 * the host mm (mm_model/memory.c); called by shmem punch hole and truncation.
 */
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin, loff_t holelen,
			 int even_cows);
/* [mm/memory.c: unmap_mapping_pages]: the same in page units. */
void unmap_mapping_pages(struct address_space *mapping, pgoff_t start, pgoff_t nr,
			 bool even_cows);
/*
 * [mm/memory.c: unmap_mapping_folio]: zap the user mappings of one locked
 * page-cache folio (truncation's per-folio unmap).  Implemented by the host mm.
 */
void unmap_mapping_folio(struct folio *folio);

#endif /* _GMEMSIM_LINUX_MM_H */
