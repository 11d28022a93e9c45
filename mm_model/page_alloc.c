// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/sparse.c (SPARSEMEM: the memmap, one struct folio
 * per pfn, allocated a section at a time), mm/page_alloc.c (folio allocation
 * and freeing; the per-cpu page lists: rmqueue_pcplist, rmqueue_bulk,
 * free_unref_folios, free_pcppages_bulk, drain_pages; the free-time checks
 * of free_pages_prepare/bad_page) and the charging half of mm/memcontrol.c.
 *
 * The memmap.  The pfn space is cut into sections of PHYS_PAGES_PER_SECTION
 * pfns.  pm->section[] (one entry per section, allocated with the space, like
 * the kernel's mem_section[]) holds the section's memmap, one struct folio
 * per pfn, and its usage: the allocation bitmap (a set bit: the pfn is not
 * available to other allocators, because it is allocated or held by some
 * thread's page lists) and its population count.  Both are allocated on
 * first use under pm->lock and published with a release store; neither is
 * freed before the space is.  So struct folio is type-stable: a stale
 * pointer names the same pfn forever, and a lockless folio_try_get() on it
 * followed by the caller's recheck stays safe.  A slot is the head of an
 * allocated folio exactly while its flags are not PAGE_FLAGS_POISONED;
 * every other slot (free pfns, tail pfns) keeps them poisoned.  pfn_folio()
 * is arithmetic: for each order ever allocated, the aligned head's slot.
 * The usage bitmap exists wherever a folio ever was; the memmap only where
 * a head ever was (a 1G folio sets the bits of 64 sections and needs the
 * memmap of one).
 *
 * Per-thread pages.  The kernel's per-cpu page lists, per OS thread (the
 * model's CPUs are threads; in deterministic mode every actor runs on one OS
 * thread and shares them, which keeps runs reproducible).  A thread's
 * struct phys_pcp belongs to one space at a time (the thread meets another
 * space: it lets go of it and takes one there) and holds:
 *  - a batch: the free pfns of one section, claimed at once under pm->lock
 *    (rmqueue_bulk) by setting their bits; a section with no allocation in
 *    it is claimed whole, so two threads faulting distinct pages never write
 *    the same section's memmap or bitmap;
 *  - a LIFO stack of the order-0 pfns this thread freed (the pcp list):
 *    their bits stay set, the next allocation takes the last one; when the
 *    stack is full the oldest PHYS_PCP_BATCH are really freed, their bits
 *    cleared with atomic RMWs (free_pcppages_bulk), without pm->lock;
 *  - a block of generations and the thread's counters.
 * The order-0 fast path (allocation and free) takes no lock and writes no
 * line another thread writes.  When a thread exits, its page lists become an
 * orphan that the next thread attaching to the space adopts (the kernel
 * drains a dead CPU's lists, page_alloc_cpu_dead).
 *
 * Larger orders, batches and the failure knob go through pm->lock: a small
 * LIFO of recently freed heads per order, then first fit over the bitmap
 * from a base the seed chooses (the per-section counts let a 1G search skip
 * whole sections), wrapping around.  First fit keeps the pfns clustered and
 * the memmap as small as the peak of what is in use.  Every choice is a
 * function of the seed and of the sequence of allocations and frees on each
 * thread: same seed and schedule, same pfns and generations.
 *
 * Simplified against the kernel:
 *  - no zones, no buddy lists, no migratetypes; sections are never removed
 *    (no memory hotplug);
 *  - drain_all_pages() has no IPI: an allocation that finds no free range
 *    drains the calling thread's lists and the orphans' and retries; what a
 *    live thread holds (one section's batch and PHYS_PCP_HIGH pfns at most)
 *    stays out of reach until it allocates again, exits or moves on;
 *  - generations change at every allocation and free and are unique per
 *    space: a thread takes PHYS_GEN_BATCH of them at a time;
 *  - contents (one word per page) are mm_model/folio_content.c's, dropped
 *    at free through folio_content_clear();
 *  - memcg is struct mm_owner: a page counter per file, anon mm or VM.
 */
#include <linux/compiler.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bitops.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "mm_model/internal.h"

#define PHYS_SECTION_MASK (PHYS_PAGES_PER_SECTION - 1)
#define PHYS_SECTION_WORDS (PHYS_PAGES_PER_SECTION / BITS_PER_LONG)
#define PHYS_PCP_HIGH 128	/* [pcp->high]: freed pfns a thread keeps */
#define PHYS_PCP_BATCH 64	/* [pcp->batch]: freed back at once when it is full */
#define PHYS_BATCH_MIN 64	/* fewer free pfns: a section is a batch of last resort */
#define PHYS_GEN_BATCH 256	/* generations a thread takes at a time */
#define PHYS_HINT_MAX 32	/* recently freed heads kept per large order */

_Static_assert(PHYS_PCP_BATCH <= PHYS_PCP_HIGH, "pcp batch within the stack");
_Static_assert(MAX_FOLIO_ORDER <= PHYS_SECTION_SHIFT + 10, "a folio spans few sections");
_Static_assert(__NR_PAGEFLAGS < BITS_PER_LONG, "flags above the PG_* bits mean poisoned");

/* [struct mem_section_usage, reduced]: who may take the pfns of a section. */
struct phys_section_usage {
	/* set: allocated or held by a thread; atomic RMWs (pcp overflow frees lockless) */
	unsigned long busy[PHYS_SECTION_WORDS];
	/* bits set; atomic, release after the bits it counts changed */
	unsigned long nr_busy;
};

/* [struct mem_section]: both pointers published once (release), read with acquire. */
struct phys_section {
	struct folio *memmap;			/* NULL: no folio head ever here */
	struct phys_section_usage *usage;	/* NULL: no pfn ever taken here */
};

/* phys_pcp.owner: the attached thread's ticket, or one of these. */
enum {
	PCP_FREE,		/* in the process pool, no space */
	PCP_ORPHAN,		/* in its space's list, no thread: the next attach adopts it */
	PCP_DRAINING,		/* an orphan being drained under pm->lock */
	PCP_FIRST_TICKET,
};

/*
 * [struct per_cpu_pages]: one thread's page lists in one space.  Fields
 * below @owner belong to whoever owns it (the attached thread, or a drainer
 * that moved an orphan to PCP_DRAINING); ownership moves with an atomic on
 * @owner (release by the giver, acquire by the taker).  Never freed: a space
 * that goes away returns its lists to a process-wide pool, so a thread that
 * still points at them can always try (and fail) its cmpxchg on @owner.
 */
struct phys_pcp {
	u64 owner;			/* atomic */
	struct phys_mem *pm;
	unsigned long batch_section;
	unsigned int batch_word;	/* next word of @batch; PHYS_SECTION_WORDS: empty */
	unsigned int count;		/* pfns on @stack */
	u64 gen_next, gen_end;		/* generations left: [gen_next, gen_end) */
	unsigned long batch[PHYS_SECTION_WORDS];	/* claimed pfns of @batch_section */
	u32 stack[PHYS_PCP_HIGH];	/* freed order-0 pfns, newest last */
	/* written by the owner with relaxed stores; readers sum them */
	unsigned long nr_alloc_pages;
	unsigned long nr_free_pages;
	unsigned long nr_frees;
	struct phys_pcp *next;		/* the space's list; set before publication */
	struct phys_pcp *pool_next;	/* the process pool; under phys_pcp_pool_lock */
};

struct phys_mem {
	/* Constant after creation. */
	u16 id;				/* folio->phys_id */
	u64 serial;			/* never reused: names this space in thread caches */
	unsigned long nr_pfns;
	unsigned long nr_sections;
	unsigned long base;		/* seeded, 1G-aligned: where first fit starts */
	struct phys_section *section;
	/* Read-mostly. */
	unsigned long orders_mask;	/* orders ever allocated; under lock, READ_ONCE outside */
	u32 fail_ppm;			/* allocation-failure knob; under lock, READ_ONCE outside */
	struct phys_pcp *pcps;		/* thread page lists; release/acquire, append only */
	char __pad0[64];		/* keep the lock's line off the read-mostly fields */
	/* The global allocator: sections, large orders, batches, PRNG. */
	spinlock_t lock;
	u64 rng;			/* splitmix64 state; under lock */
	unsigned long nr_memmap;	/* sections with a memmap; under lock, READ_ONCE outside */
	/* Folios allocated and freed outside thread page lists; under lock, READ_ONCE outside. */
	unsigned long nr_alloc_pages;
	unsigned long nr_free_pages;
	unsigned long nr_frees;
	/* Recently freed heads per order, tried first; under lock. */
	unsigned long hint[MAX_FOLIO_ORDER + 1][PHYS_HINT_MAX];
	unsigned int hint_nr[MAX_FOLIO_ORDER + 1];
	char __pad1[64];		/* the generation counter on a line of its own */
	u64 next_gen;			/* last generation handed out; atomic RMW */
	char __pad2[64];
};

/*
 * Spaces by id, for struct folio's 16-bit phys_id (simulator bookkeeping,
 * not a model lock: no scheduling point).  A space claims a free slot with a
 * cmpxchg and clears it when destroyed; a live folio's slot is stable (its
 * space outlives it), so the lookup is a plain acquire load.
 */
#define PHYS_MEM_MAX_IDS 4096
static struct phys_mem *phys_mem_by_id[PHYS_MEM_MAX_IDS];

static __thread struct phys_mem *phys_mem_override;
static struct phys_mem *phys_mem_default;	/* set by phys_mem_set_default */
static struct phys_mem *phys_mem_builtin;	/* created on first use */
static atomic_t mm_owner_next_id = ATOMIC_INIT(0);
static u64 phys_mem_next_serial;		/* atomic RMW */

/*
 * This OS thread's page lists: the space they belong to (by serial), the
 * ticket they were attached with, and the lists.  Simulator bookkeeping for
 * the kernel's this_cpu_ptr(zone->per_cpu_pageset).
 */
struct phys_pcp_mine {
	u64 serial;			/* 0: none */
	u64 ticket;
	struct phys_pcp *pcp;
};
static __thread struct phys_pcp_mine phys_pcp_mine;
static u64 phys_pcp_next_ticket = PCP_FIRST_TICKET - 1;	/* atomic RMW */
/* The process pool of page lists (not a model lock: no scheduling point inside). */
static pthread_mutex_t phys_pcp_pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct phys_pcp *phys_pcp_pool;		/* under phys_pcp_pool_lock */
static pthread_key_t phys_pcp_key;		/* thread exit: orphan the lists */
static pthread_once_t phys_pcp_once = PTHREAD_ONCE_INIT;

static u64 splitmix64(u64 *state)
{
	u64 z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Memmap allocations are not kernel kmallocs: they never fail and never sleep. */
#define MEMMAP_GFP (GFP_NOWAIT | __GFP_NOFAIL | __GFP_ZERO)

struct phys_mem *phys_mem_create(u64 size, u64 seed)
{
	struct phys_mem *pm;

	if (!size)
		size = PHYS_MEM_DEFAULT_SIZE;
	size = min_t(u64, size, PHYS_MEM_MAX_PFNS << PAGE_SHIFT);
	size = max_t(u64, ALIGN_DOWN(size, PUD_SIZE), PUD_SIZE);
	pm = kzalloc(sizeof(*pm), GFP_KERNEL);
	if (!pm)
		return NULL;
	pm->nr_pfns = size >> PAGE_SHIFT;
	pm->nr_sections = pm->nr_pfns >> PHYS_SECTION_SHIFT;
	pm->section = kcalloc(pm->nr_sections, sizeof(*pm->section), GFP_KERNEL);
	if (!pm->section)
		goto err_free_pm;
	for (pm->id = 1; pm->id < PHYS_MEM_MAX_IDS; pm->id++) {
		struct phys_mem *none = NULL;

		/* release: pm's allocation before the slot; racing creators claim others */
		if (__atomic_compare_exchange_n(&phys_mem_by_id[pm->id], &none, pm, false,
						__ATOMIC_RELEASE, __ATOMIC_RELAXED))
			break;
	}
	if (WARN_ON(pm->id == PHYS_MEM_MAX_IDS))
		goto err_free_section;
	/* relaxed: uniqueness is all a serial needs */
	pm->serial = __atomic_add_fetch(&phys_mem_next_serial, 1, __ATOMIC_RELAXED);
	spin_lock_init(&pm->lock);
	pm->rng = seed;
	/* One seeded, 1G-aligned base for every order: one cluster of pfns. */
	pm->base = (splitmix64(&pm->rng) % (pm->nr_pfns >> PUD_ORDER)) << PUD_ORDER;
	/* order 0 always: pfn_folio() probes it first */
	pm->orders_mask = 1;
	return pm;

err_free_section:
	kfree(pm->section);
err_free_pm:
	kfree(pm);
	return NULL;
}

static struct phys_mem *folio_phys(const struct folio *folio)
{
	/* acquire: pairs with the claiming cmpxchg; stable while the folio lives */
	return __atomic_load_n(&phys_mem_by_id[folio->phys_id], __ATOMIC_ACQUIRE);
}

/* ---- sections ------------------------------------------------------------------- */

/* Flags of a folio head: only PG_* bits.  A stale RMW on poisoned flags leaves high bits. */
static __always_inline bool phys_flags_live(unsigned long flags)
{
	return !(flags >> __NR_PAGEFLAGS);
}

static __always_inline struct phys_section_usage *phys_usage(const struct phys_mem *pm,
							      unsigned long s)
{
	/* acquire: pairs with the publication in phys_usage_get() */
	return __atomic_load_n(&pm->section[s].usage, __ATOMIC_ACQUIRE);
}

/* The memmap slot of @pfn, or NULL when no head was ever in its section. */
static __always_inline struct folio *phys_pfn_slot(const struct phys_mem *pm, unsigned long pfn)
{
	/* acquire: pairs with the publication in phys_memmap_get(): initialised slots */
	struct folio *memmap = __atomic_load_n(&pm->section[pfn >> PHYS_SECTION_SHIFT].memmap,
					       __ATOMIC_ACQUIRE);

	return memmap ? &memmap[pfn & PHYS_SECTION_MASK] : NULL;
}

static unsigned long phys_section_busy(const struct phys_mem *pm, unsigned long s)
{
	struct phys_section_usage *usage = phys_usage(pm, s);

	/* acquire: pairs with the release decrement after bits were cleared */
	return usage ? __atomic_load_n(&usage->nr_busy, __ATOMIC_ACQUIRE) : 0;
}

/* Section @s's usage, allocated on first use.  Under pm->lock. */
static struct phys_section_usage *phys_usage_get(struct phys_mem *pm, unsigned long s)
{
	struct phys_section_usage *usage = pm->section[s].usage;

	if (usage)
		return usage;
	usage = kmalloc(sizeof(*usage), MEMMAP_GFP);
	/* release: the zeroed bitmap before the pointer (lockless pcp frees load it) */
	__atomic_store_n(&pm->section[s].usage, usage, __ATOMIC_RELEASE);
	return usage;
}

/* [sparse_init_one_section]: section @s's memmap, every slot free.  Under pm->lock. */
static void phys_memmap_get(struct phys_mem *pm, unsigned long s)
{
	struct folio *memmap = pm->section[s].memmap;
	unsigned long i;

	if (memmap)
		return;
	/*
	 * Not __GFP_ZERO: a zeroed large allocation came back from jemalloc as
	 * fresh pages, so every space (one per explored execution) faulted its
	 * memmap in again, ~90 page faults per execution; a reused extent
	 * cleared here stays resident (explore_rate 4065 -> 7839/s).
	 */
	memmap = kmalloc(PHYS_PAGES_PER_SECTION * sizeof(*memmap), MEMMAP_GFP & ~__GFP_ZERO);
	memset(memmap, 0, PHYS_PAGES_PER_SECTION * sizeof(*memmap));
	for (i = 0; i < PHYS_PAGES_PER_SECTION; i++) {
		memmap[i].flags = PAGE_FLAGS_POISONED;
		memmap[i].pfn = (u32)((s << PHYS_SECTION_SHIFT) + i);
		memmap[i].phys_id = pm->id;
	}
	/* release: initialised slots before the pointer (pfn_folio() is lockless) */
	__atomic_store_n(&pm->section[s].memmap, memmap, __ATOMIC_RELEASE);
	/* WRITE_ONCE: phys_mem_nr_folio_structs() reads it without the lock */
	WRITE_ONCE(pm->nr_memmap, pm->nr_memmap + 1);
}

/* Bits [@lo, @hi) of one section's word @w. */
static unsigned long phys_word_mask(unsigned long w, unsigned long lo, unsigned long hi)
{
	unsigned long first = w * BITS_PER_LONG, from = max(lo, first) - first;
	unsigned long to = min(hi, first + BITS_PER_LONG) - first;

	return to - from == BITS_PER_LONG ? ~0UL : ((1UL << (to - from)) - 1) << from;
}

/*
 * Take pfns [@head, @head + 2^@order), all free, for a folio: usage and
 * bits.  Under pm->lock, the only place bits are set.
 */
static void phys_range_set_busy(struct phys_mem *pm, unsigned long head, unsigned int order)
{
	unsigned long end = head + (1UL << order), s, lo, hi, w;
	struct phys_section_usage *usage;

	for (s = head >> PHYS_SECTION_SHIFT; s << PHYS_SECTION_SHIFT < end; s++) {
		usage = phys_usage_get(pm, s);
		lo = max(head, s << PHYS_SECTION_SHIFT) & PHYS_SECTION_MASK;
		hi = min(end - (s << PHYS_SECTION_SHIFT), PHYS_PAGES_PER_SECTION);
		for (w = lo / BITS_PER_LONG; w * BITS_PER_LONG < hi; w++)
			/* relaxed: ordered for other lock holders by pm->lock */
			__atomic_fetch_or(&usage->busy[w], phys_word_mask(w, lo, hi),
					  __ATOMIC_RELAXED);
		/* relaxed: lock holders read it under pm->lock */
		__atomic_fetch_add(&usage->nr_busy, hi - lo, __ATOMIC_RELAXED);
	}
}

/*
 * Give [@head, @head + 2^@order) back.  Under pm->lock, or lockless for
 * pfns the caller holds (pcp frees): bits first, then the count, both
 * release, so a lock holder that sees the count (acquire) sees the bits,
 * and whoever takes the pfns sees the freed folio's poisoned slot.
 */
static void phys_range_clear_busy(struct phys_mem *pm, unsigned long head, unsigned int order)
{
	unsigned long end = head + (1UL << order), s, lo, hi, w;
	struct phys_section_usage *usage;

	for (s = head >> PHYS_SECTION_SHIFT; s << PHYS_SECTION_SHIFT < end; s++) {
		usage = phys_usage(pm, s);
		lo = max(head, s << PHYS_SECTION_SHIFT) & PHYS_SECTION_MASK;
		hi = min(end - (s << PHYS_SECTION_SHIFT), PHYS_PAGES_PER_SECTION);
		for (w = lo / BITS_PER_LONG; w * BITS_PER_LONG < hi; w++)
			__atomic_fetch_and(&usage->busy[w], ~phys_word_mask(w, lo, hi),
					   __ATOMIC_RELEASE);
		__atomic_fetch_sub(&usage->nr_busy, hi - lo, __ATOMIC_RELEASE);
	}
}

/*
 * 0 when [@head, @head + 2^@order) is free, else a pfn past a busy one (the
 * last busy one seen), from which the search goes on.  Under pm->lock.
 */
static unsigned long phys_range_busy_end(const struct phys_mem *pm, unsigned long head,
					 unsigned int order)
{
	unsigned long end = head + (1UL << order), s = head >> PHYS_SECTION_SHIFT, w, word;
	unsigned long base = s << PHYS_SECTION_SHIFT, lo = head - base, hi, busy;
	struct phys_section_usage *usage;

	if (order >= PHYS_SECTION_SHIFT) {
		/* whole sections: their counts, from the last */
		for (s = end >> PHYS_SECTION_SHIFT; s-- > head >> PHYS_SECTION_SHIFT;)
			if (phys_section_busy(pm, s))
				return (s + 1) << PHYS_SECTION_SHIFT;
		return 0;
	}
	usage = phys_usage(pm, s);
	busy = usage ? __atomic_load_n(&usage->nr_busy, __ATOMIC_ACQUIRE) : 0;
	if (!busy)
		return 0;
	if (busy == PHYS_PAGES_PER_SECTION)
		return base + PHYS_PAGES_PER_SECTION;
	hi = lo + (1UL << order);
	for (w = (hi - 1) / BITS_PER_LONG + 1; w-- > lo / BITS_PER_LONG;) {
		/* acquire: pairs with the release clear of a lockless pcp free */
		word = __atomic_load_n(&usage->busy[w], __ATOMIC_ACQUIRE) &
		       phys_word_mask(w, lo, hi);
		if (word)
			return base + w * BITS_PER_LONG + __fls(word) + 1;
	}
	return 0;
}

/* ---- space life cycle ---------------------------------------------------------- */

/* Report live heads in one memmap and free it; returns the pages still in use. */
static unsigned long phys_memmap_free(struct folio *memmap)
{
	unsigned long i, leaked = 0;

	for (i = 0; i < PHYS_PAGES_PER_SECTION; i++) {
		struct folio *folio = &memmap[i];

		if (phys_flags_live(folio->flags)) {
			leaked += folio_nr_pages(folio);
			report_violation("page-leak", "phys_mem_destroy", __FILE__, __LINE__,
					 "pfn %#lx order %u still allocated (refcount %d, owner %s)",
					 folio_pfn(folio), folio->order, folio_ref_count(folio),
					 folio->owner ? folio->owner->name : "none");
		}
		/* a live folio's contents, or a stale writer's after the free */
		folio_content_destroy(folio);
	}
	kfree(memmap);
	return leaked;
}

/* Every page list of @pm goes back to the pool; their threads' next cmpxchg fails. */
static void phys_pcp_release_all(struct phys_mem *pm)
{
	struct phys_pcp *pcp, *next;

	if (phys_pcp_mine.serial == pm->serial)
		phys_pcp_mine = (struct phys_pcp_mine){ 0 };
	for (pcp = pm->pcps; pcp; pcp = next) {
		next = pcp->next;
		/* release: our reads of the lists before their reuse in another space */
		__atomic_store_n(&pcp->owner, PCP_FREE, __ATOMIC_RELEASE);
		pthread_mutex_lock(&phys_pcp_pool_lock);	/* the pool */
		pcp->pool_next = phys_pcp_pool;
		phys_pcp_pool = pcp;
		pthread_mutex_unlock(&phys_pcp_pool_lock);
	}
}

void phys_mem_abandon(struct phys_mem *pm)
{
	phys_pcp_release_all(pm);
	pm->pcps = NULL;
}

unsigned long phys_mem_destroy(struct phys_mem *pm)
{
	unsigned long s, leaked = 0;

	for (s = 0; s < pm->nr_sections; s++) {
		if (pm->section[s].memmap)
			leaked += phys_memmap_free(pm->section[s].memmap);
		kfree(pm->section[s].usage);
	}
	kfree(pm->section);
	phys_pcp_release_all(pm);
	/* release: our last use of the slot before another space may claim it */
	__atomic_store_n(&phys_mem_by_id[pm->id], NULL, __ATOMIC_RELEASE);
	if (phys_mem_default == pm)
		phys_mem_default = NULL;
	if (phys_mem_override == pm)
		phys_mem_override = NULL;
	kfree(pm);
	return leaked;
}

void phys_mem_set_current(struct phys_mem *pm)
{
	phys_mem_override = pm;
}

void phys_mem_set_default(struct phys_mem *pm)
{
	/* release: the space's initialisation happens-before its use by other threads */
	__atomic_store_n(&phys_mem_default, pm, __ATOMIC_RELEASE);
}

struct phys_mem *phys_mem_current(void)
{
	struct phys_mem *pm = phys_mem_override, *fresh;

	if (pm)
		return pm;
	/* acquire: pairs with the release in phys_mem_set_default() */
	pm = __atomic_load_n(&phys_mem_default, __ATOMIC_ACQUIRE);
	if (pm)
		return pm;
	/* acquire: pairs with the cmpxchg that published the built-in space */
	pm = __atomic_load_n(&phys_mem_builtin, __ATOMIC_ACQUIRE);
	if (pm)
		return pm;
	fresh = phys_mem_create(PHYS_MEM_DEFAULT_SIZE, 1);
	BUG_ON(!fresh);
	pm = NULL;
	/* acq_rel: publish our space, or adopt the one another thread published first */
	if (__atomic_compare_exchange_n(&phys_mem_builtin, &pm, fresh, false, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE))
		return fresh;
	phys_mem_destroy(fresh);
	return pm;
}

unsigned long phys_mem_nr_pfns(const struct phys_mem *pm)
{
	return pm->nr_pfns;
}

/* [percpu_counter_sum]: one counter of every page list, a racy snapshot. */
static unsigned long phys_pcp_sum(const struct phys_mem *pm, size_t offset)
{
	/* acquire: pairs with the publication in phys_pcp_new() */
	const struct phys_pcp *pcp = __atomic_load_n(&pm->pcps, __ATOMIC_ACQUIRE);
	unsigned long sum = 0;

	for (; pcp; pcp = pcp->next)
		/* relaxed: the owner stores without RMW; exact once the threads are quiet */
		sum += __atomic_load_n((const unsigned long *)((const char *)pcp + offset),
				       __ATOMIC_RELAXED);
	return sum;
}

unsigned long phys_mem_nr_frees(const struct phys_mem *pm)
{
	/* READ_ONCE: written under pm->lock */
	return READ_ONCE(pm->nr_frees) + phys_pcp_sum(pm, offsetof(struct phys_pcp, nr_frees));
}

unsigned long phys_mem_pages_in_use(const struct phys_mem *pm)
{
	/* READ_ONCE: written under pm->lock; frees counted before allocations, see below */
	unsigned long freed = READ_ONCE(pm->nr_free_pages) +
			      phys_pcp_sum(pm, offsetof(struct phys_pcp, nr_free_pages));
	unsigned long alloced = READ_ONCE(pm->nr_alloc_pages) +
				phys_pcp_sum(pm, offsetof(struct phys_pcp, nr_alloc_pages));

	/* a racing snapshot may count a free before its allocation */
	return alloced > freed ? alloced - freed : 0;
}

unsigned long phys_mem_nr_folio_structs(const struct phys_mem *pm)
{
	/* READ_ONCE: a snapshot for reports and tests */
	return READ_ONCE(pm->nr_memmap) << PHYS_SECTION_SHIFT;
}

void phys_mem_set_fail_rate(struct phys_mem *pm, u32 per_million)
{
	/* pm->lock: the knob is drawn under it */
	spin_lock(&pm->lock);
	/* WRITE_ONCE: allocations test it without the lock */
	WRITE_ONCE(pm->fail_ppm, per_million);
	spin_unlock(&pm->lock);
}

/* ---- owners --------------------------------------------------------------------- */

void mm_owner_init(struct mm_owner *owner, const char *kind, const char *name)
{
	owner->kind = kind;
	snprintf(owner->name, sizeof(owner->name), "%s", name ? name : "");
	owner->id = (u32)atomic_inc_return(&mm_owner_next_id);
	atomic64_set(&owner->nr_pages, 0);
}

void folio_charge(struct folio *folio, struct mm_owner *owner)
{
	if (WARN_ON(folio->owner))
		return;
	folio->owner = owner;
	/* WRITE_ONCE: content readers compare against it without a lock */
	WRITE_ONCE(folio->owner_id, owner->id);
	atomic64_add(folio_nr_pages(folio), &owner->nr_pages);
}

void folio_uncharge(struct folio *folio)
{
	struct mm_owner *owner = folio->owner;

	if (!owner)
		return;
	folio->owner = NULL;
	if (WARN_ON(atomic64_sub_return(folio_nr_pages(folio), &owner->nr_pages) < 0))
		atomic64_set(&owner->nr_pages, 0);
}

/* ---- per-thread page lists -------------------------------------------------------- */

/*
 * Let go of this thread's page lists: they become an orphan its space's
 * next attach adopts.  The cmpxchg fails harmlessly when the space was
 * destroyed (PCP_FREE) and the lists moved on.
 */
static void phys_pcp_detach(void)
{
	u64 ticket = phys_pcp_mine.ticket;

	if (phys_pcp_mine.pcp)
		/* release: our batch, stack and counters before the adopter's acquire */
		__atomic_compare_exchange_n(&phys_pcp_mine.pcp->owner, &ticket, PCP_ORPHAN, false,
					    __ATOMIC_RELEASE, __ATOMIC_RELAXED);
	phys_pcp_mine = (struct phys_pcp_mine){ 0 };
}

/* [page_alloc_cpu_dead]: a thread that exits leaves its lists to the next one. */
static void phys_pcp_thread_exit(void *arg)
{
	phys_pcp_detach();
}

static void phys_pcp_key_init(void)
{
	BUG_ON(pthread_key_create(&phys_pcp_key, phys_pcp_thread_exit));
}

/* An orphan of @pm for @ticket, or NULL.  Under pm->lock (vs drainers). */
static struct phys_pcp *phys_pcp_adopt(struct phys_mem *pm, u64 ticket)
{
	struct phys_pcp *pcp;

	for (pcp = pm->pcps; pcp; pcp = pcp->next) {
		u64 orphan = PCP_ORPHAN;

		/* acquire: the previous owner's lists, released when it let go */
		if (__atomic_compare_exchange_n(&pcp->owner, &orphan, ticket, false,
						__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return pcp;
	}
	return NULL;
}

/* Fresh lists for @pm from the pool (or the heap), on @pm's list.  Under pm->lock. */
static struct phys_pcp *phys_pcp_new(struct phys_mem *pm, u64 ticket)
{
	struct phys_pcp *pcp;

	pthread_mutex_lock(&phys_pcp_pool_lock);	/* the pool */
	pcp = phys_pcp_pool;
	if (pcp)
		phys_pcp_pool = pcp->pool_next;
	pthread_mutex_unlock(&phys_pcp_pool_lock);
	if (!pcp) {
		/* not kmalloc: process-lifetime bookkeeping, no space's model memory */
		pcp = malloc(sizeof(*pcp));
		BUG_ON(!pcp);
	}
	/* everything but @owner, which an old owner may still try to cmpxchg */
	memset((char *)pcp + sizeof(pcp->owner), 0, sizeof(*pcp) - sizeof(pcp->owner));
	pcp->pm = pm;
	pcp->batch_word = PHYS_SECTION_WORDS;
	/* relaxed: published below with the list head */
	__atomic_store_n(&pcp->owner, ticket, __ATOMIC_RELAXED);
	pcp->next = pm->pcps;
	/* release: an initialised struct before counter readers find it */
	__atomic_store_n(&pm->pcps, pcp, __ATOMIC_RELEASE);
	return pcp;
}

_Static_assert(offsetof(struct phys_pcp, owner) == 0, "phys_pcp_new() clears what follows owner");

/* Attach this thread to @pm: adopt an orphan or take fresh lists. */
static noinline void phys_pcp_attach(struct phys_mem *pm)
{
	struct phys_pcp *pcp;
	u64 ticket;

	pthread_once(&phys_pcp_once, phys_pcp_key_init);
	/* pm->lock: the list of page lists, adoption against drainers */
	spin_lock(&pm->lock);
	/* another actor on this OS thread may have attached meanwhile (det mode) */
	if (phys_pcp_mine.serial != pm->serial) {
		phys_pcp_detach();
		/* relaxed: a ticket only has to be unique */
		ticket = __atomic_add_fetch(&phys_pcp_next_ticket, 1, __ATOMIC_RELAXED);
		pcp = phys_pcp_adopt(pm, ticket);
		if (!pcp)
			pcp = phys_pcp_new(pm, ticket);
		phys_pcp_mine = (struct phys_pcp_mine){ pm->serial, ticket, pcp };
		/* (re)arm the exit hook, also for a thread past its destructors */
		pthread_setspecific(phys_pcp_key, pcp);
	}
	spin_unlock(&pm->lock);
}

/*
 * This thread's lists in @pm.  The caller uses them with no scheduling
 * point in between: in deterministic mode the actors of one OS thread
 * share them, and only a scheduling point lets another actor in.
 */
static __always_inline struct phys_pcp *phys_pcp_get(struct phys_mem *pm)
{
	while (unlikely(phys_pcp_mine.serial != pm->serial))
		phys_pcp_attach(pm);
	return phys_pcp_mine.pcp;
}

static __always_inline u64 phys_pcp_gen(struct phys_mem *pm, struct phys_pcp *pcp)
{
	if (unlikely(pcp->gen_next == pcp->gen_end)) {
		/* relaxed: a block only has to be unique */
		pcp->gen_next = __atomic_fetch_add(&pm->next_gen, PHYS_GEN_BATCH,
						   __ATOMIC_RELAXED) + 1;
		pcp->gen_end = pcp->gen_next + PHYS_GEN_BATCH;
	}
	return pcp->gen_next++;
}

static u64 phys_gen_one(struct phys_mem *pm)
{
	/* relaxed: a generation only has to be unique */
	return __atomic_add_fetch(&pm->next_gen, 1, __ATOMIC_RELAXED);
}

/* Owner-only counter: a relaxed store, no RMW; readers sum. */
#define phys_pcp_count(pcp, field, n) WRITE_ONCE((pcp)->field, (pcp)->field + (n))

/* [__rmqueue_pcplist]: the newest freed pfn, else the batch's next; ULONG_MAX: empty. */
static __always_inline unsigned long phys_rmqueue_pcplist(struct phys_pcp *pcp)
{
	unsigned long w;

	if (pcp->count)
		return pcp->stack[--pcp->count];
	for (; pcp->batch_word < PHYS_SECTION_WORDS; pcp->batch_word++) {
		w = pcp->batch[pcp->batch_word];
		if (w) {
			pcp->batch[pcp->batch_word] = w & (w - 1);
			return (pcp->batch_section << PHYS_SECTION_SHIFT) +
			       pcp->batch_word * BITS_PER_LONG + __ffs(w);
		}
	}
	return ULONG_MAX;
}

/* One held pfn really freed (lockless, the caller holds it). */
static void phys_pfn_release(struct phys_mem *pm, unsigned long pfn)
{
	phys_range_clear_busy(pm, pfn, 0);
}

/* [free_pcppages_bulk]: really free the @nr oldest pfns of the stack. */
static void phys_free_pcppages_bulk(struct phys_mem *pm, struct phys_pcp *pcp, unsigned int nr)
{
	unsigned int i;

	for (i = 0; i < nr; i++)
		phys_pfn_release(pm, pcp->stack[i]);
	memmove(pcp->stack, pcp->stack + nr, (pcp->count - nr) * sizeof(pcp->stack[0]));
	pcp->count -= nr;
}

/* [drain_pages]: everything @pcp holds back to the bitmap.  Owning @pcp. */
static void phys_drain_pages(struct phys_mem *pm, struct phys_pcp *pcp)
{
	struct phys_section_usage *usage;
	unsigned long n = 0;

	phys_free_pcppages_bulk(pm, pcp, pcp->count);
	if (pcp->batch_word == PHYS_SECTION_WORDS)
		return;
	usage = phys_usage(pm, pcp->batch_section);
	for (; pcp->batch_word < PHYS_SECTION_WORDS; pcp->batch_word++) {
		unsigned long w = pcp->batch[pcp->batch_word];

		if (!w)
			continue;
		/* release: as in phys_range_clear_busy() */
		__atomic_fetch_and(&usage->busy[pcp->batch_word], ~w, __ATOMIC_RELEASE);
		n += hweight_long(w);
		pcp->batch[pcp->batch_word] = 0;
	}
	__atomic_fetch_sub(&usage->nr_busy, n, __ATOMIC_RELEASE);
}

/*
 * [drain_all_pages, reduced]: the calling thread's lists and every
 * orphan's; live threads keep theirs (no IPI).  Under pm->lock.
 */
static void phys_drain_all_pages(struct phys_mem *pm)
{
	struct phys_pcp *pcp;

	if (phys_pcp_mine.serial == pm->serial)
		phys_drain_pages(pm, phys_pcp_mine.pcp);
	for (pcp = pm->pcps; pcp; pcp = pcp->next) {
		u64 orphan = PCP_ORPHAN;

		/* acquire: the last owner's lists */
		if (!__atomic_compare_exchange_n(&pcp->owner, &orphan, PCP_DRAINING, false,
						 __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			continue;
		phys_drain_pages(pm, pcp);
		/* release: the emptied lists before an adopter's acquire */
		__atomic_store_n(&pcp->owner, PCP_ORPHAN, __ATOMIC_RELEASE);
	}
}

/*
 * A section for a batch: first fit from the base, one with at least
 * PHYS_BATCH_MIN free pfns (an empty one is taken whole), else the first
 * with any.  ULONG_MAX: none.  Under pm->lock.
 */
static unsigned long phys_batch_section(const struct phys_mem *pm)
{
	unsigned long s = pm->base >> PHYS_SECTION_SHIFT, any = ULONG_MAX, i, busy;

	for (i = 0; i < pm->nr_sections; i++, s = s + 1 < pm->nr_sections ? s + 1 : 0) {
		busy = phys_section_busy(pm, s);
		if (busy + PHYS_BATCH_MIN <= PHYS_PAGES_PER_SECTION)
			return s;
		if (busy < PHYS_PAGES_PER_SECTION && any == ULONG_MAX)
			any = s;
	}
	return any;
}

/* Claim every free pfn of section @s into @pcp's (empty) batch.  Under pm->lock. */
static void phys_batch_claim(struct phys_mem *pm, struct phys_pcp *pcp, unsigned long s)
{
	struct phys_section_usage *usage = phys_usage_get(pm, s);
	unsigned long w, take, n = 0;

	phys_memmap_get(pm, s);
	for (w = 0; w < PHYS_SECTION_WORDS; w++) {
		/*
		 * acquire: pairs with a lockless release clear.  A bit cleared
		 * after this load stays free: only the bits we saw clear are set.
		 */
		take = ~__atomic_load_n(&usage->busy[w], __ATOMIC_ACQUIRE);
		if (take)
			__atomic_fetch_or(&usage->busy[w], take, __ATOMIC_RELAXED);
		pcp->batch[w] = take;
		n += hweight_long(take);
	}
	/* relaxed: lock holders read it under pm->lock */
	__atomic_fetch_add(&usage->nr_busy, n, __ATOMIC_RELAXED);
	pcp->batch_section = s;
	pcp->batch_word = 0;
}

/*
 * [rmqueue_bulk]: refill this thread's lists in @pm.  False when the space
 * has no free pfn left.  The caller looks its lists up again afterwards:
 * taking the lock is a scheduling point.
 */
static noinline bool phys_rmqueue_bulk(struct phys_mem *pm)
{
	struct phys_pcp *pcp;
	unsigned long s;
	bool ok = true;

	/* pm->lock: section usage and the choice of a batch */
	spin_lock(&pm->lock);
	/* Another actor of this OS thread may have refilled, freed or moved on (det). */
	if (phys_pcp_mine.serial != pm->serial)
		goto out;
	pcp = phys_pcp_mine.pcp;
	if (pcp->count || pcp->batch_word < PHYS_SECTION_WORDS)
		goto out;
	s = phys_batch_section(pm);
	if (s == ULONG_MAX) {
		phys_drain_all_pages(pm);
		s = phys_batch_section(pm);
	}
	if (s == ULONG_MAX)
		ok = false;
	else
		phys_batch_claim(pm, pcp, s);
out:
	spin_unlock(&pm->lock);
	return ok;
}

/* ---- allocation and free ------------------------------------------------------- */

/*
 * Make the free slot of @pfn an allocated folio: refcount 1, flags clear
 * (PG_large for order > 0), no mapping, uncharged, contents reading zero.
 */
static struct folio *phys_folio_prep(struct phys_mem *pm, unsigned long pfn, unsigned int order,
				     u64 gen)
{
	/* acquire: pairs with phys_memmap_get(), done when the pfn was claimed */
	struct folio *memmap = __atomic_load_n(&pm->section[pfn >> PHYS_SECTION_SHIFT].memmap,
					       __ATOMIC_ACQUIRE);
	struct folio *folio = &memmap[pfn & PHYS_SECTION_MASK];

	/* a write through a stale pointer may have attached contents after the free */
	folio_content_clear(folio);
	/* WRITE_ONCE: lockless readers of a stale pointer may read any of these */
	WRITE_ONCE(folio->mapping, NULL);
	WRITE_ONCE(folio->index, 0);
	atomic_set(&folio->_mapcount, 0);
	WRITE_ONCE(folio->order, order);
	WRITE_ONCE(folio->gen, gen);
	folio->owner = NULL;
	WRITE_ONCE(folio->owner_id, 0);
	/* release: pfn_folio() finds the folio from here on, with its order and gen */
	__atomic_store_n(&folio->flags, order ? 1UL << PG_large : 0, __ATOMIC_RELEASE);
	/*
	 * release: a stale pointer's folio_try_get() may win from here on and
	 * must see an initialised folio (then fail its recheck).
	 */
	atomic_set_release(&folio->_refcount, 1);
	return folio;
}

/*
 * [free_pages_prepare, the model's part]: the folio is gone.  Generation
 * first, then the poisoned flags: whoever still finds the slot live sees
 * the new generation.
 */
static void phys_folio_poison(struct folio *folio, u64 gen)
{
	WRITE_ONCE(folio->gen, gen);
	/* release: the generation change is visible to whoever sees the poison */
	__atomic_store_n(&folio->flags, PAGE_FLAGS_POISONED, __ATOMIC_RELEASE);
	folio_content_clear(folio);
	WRITE_ONCE(folio->mapping, NULL);
	WRITE_ONCE(folio->owner_id, 0);
}

static bool phys_should_fail(struct phys_mem *pm)
{
	bool fail;

	/* pm->lock: the PRNG */
	spin_lock(&pm->lock);
	fail = pm->fail_ppm && splitmix64(&pm->rng) % 1000000 < pm->fail_ppm;
	spin_unlock(&pm->lock);
	return fail;
}

/*
 * A free, order-aligned head pfn, or ULONG_MAX.  Under pm->lock.  A recently
 * freed one first (it may have been taken by others since); then first fit
 * from the base, skipping busy pfns, once around.
 */
static unsigned long phys_find_free(struct phys_mem *pm, unsigned int order)
{
	unsigned long pfn, end, scanned = 0;

	while (pm->hint_nr[order]) {
		pfn = pm->hint[order][--pm->hint_nr[order]];
		if (!phys_range_busy_end(pm, pfn, order))
			return pfn;
	}
	pfn = pm->base;
	while (scanned < pm->nr_pfns) {
		end = phys_range_busy_end(pm, pfn, order);
		if (!end)
			return pfn;
		end = ALIGN(end, 1UL << order);
		if (end >= pm->nr_pfns) {
			scanned += pm->nr_pfns - pfn;
			pfn = 0;
		} else {
			scanned += end - pfn;
			pfn = end;
		}
	}
	return ULONG_MAX;
}

/* [__rmqueue, reduced]: a large folio, or one pfn outside the page lists. */
static struct folio *phys_alloc_global(struct phys_mem *pm, unsigned int order)
{
	struct folio *folio = NULL;
	unsigned long pfn;

	/* pm->lock: the search, the bits it sets and the hint stacks */
	spin_lock(&pm->lock);
	pfn = phys_find_free(pm, order);
	if (pfn == ULONG_MAX) {
		phys_drain_all_pages(pm);
		pfn = phys_find_free(pm, order);
	}
	if (pfn == ULONG_MAX)
		goto out;
	phys_range_set_busy(pm, pfn, order);
	phys_memmap_get(pm, pfn >> PHYS_SECTION_SHIFT);
	/* WRITE_ONCE: pfn_folio() reads the mask without the lock; before the folio shows */
	WRITE_ONCE(pm->orders_mask, pm->orders_mask | (1UL << order));
	WRITE_ONCE(pm->nr_alloc_pages, pm->nr_alloc_pages + (1UL << order));
	folio = phys_folio_prep(pm, pfn, order, phys_gen_one(pm));
out:
	spin_unlock(&pm->lock);
	return folio;
}

struct folio *folio_alloc(gfp_t gfp, unsigned int order)
{
	struct phys_mem *pm = phys_mem_current();
	struct phys_pcp *pcp;
	unsigned long pfn;
	u64 gen;

	if (order > MAX_FOLIO_ORDER)
		return NULL;
	sched_point("folio_alloc");
	/* READ_ONCE: set, the knob is drawn under pm->lock; clear, it costs nothing */
	if (unlikely(READ_ONCE(pm->fail_ppm)) && !(gfp & __GFP_NOFAIL) && phys_should_fail(pm))
		return NULL;
	if (order)
		return phys_alloc_global(pm, order);
	/* [rmqueue_pcplist]: this thread's lists, refilled under the lock when empty */
	for (;;) {
		pcp = phys_pcp_get(pm);
		pfn = phys_rmqueue_pcplist(pcp);
		if (likely(pfn != ULONG_MAX))
			break;
		if (!phys_rmqueue_bulk(pm))
			return NULL;
	}
	gen = phys_pcp_gen(pm, pcp);
	phys_pcp_count(pcp, nr_alloc_pages, 1);
	return phys_folio_prep(pm, pfn, 0, gen);
}

/* [free_pages_prepare / bad_page]: what must not be true of a folio being freed. */
static void folio_check_free(struct folio *folio)
{
	unsigned long flags = READ_ONCE(folio->flags);

	if (folio_mapping(folio))
		report_violation("bad-page", "freeing a folio still in the page cache", __FILE__,
				 __LINE__, "pfn %#lx index %lu", folio_pfn(folio), folio_index(folio));
	if (folio_mapcount(folio))
		report_violation("bad-page", "freeing a mapped folio", __FILE__, __LINE__,
				 "pfn %#lx mapcount %d", folio_pfn(folio), folio_mapcount(folio));
	if (flags & (1UL << PG_locked))
		report_violation("bad-page", "freeing a locked folio", __FILE__, __LINE__,
				 "pfn %#lx", folio_pfn(folio));
}

/* [__free_one_page, reduced]: a folio back to the bitmap under pm->lock. */
static void phys_free_global(struct phys_mem *pm, struct folio *folio)
{
	unsigned long pfn = folio_pfn(folio);
	unsigned int order = folio->order;

	/* pm->lock: bits of a large range, the hint stacks, the global counters */
	spin_lock(&pm->lock);
	phys_folio_poison(folio, phys_gen_one(pm));
	phys_range_clear_busy(pm, pfn, order);
	/* order 0 comes from batches, never from the search */
	if (order && pm->hint_nr[order] < PHYS_HINT_MAX)
		pm->hint[order][pm->hint_nr[order]++] = pfn;
	/* WRITE_ONCE: counter readers do not take the lock */
	WRITE_ONCE(pm->nr_free_pages, pm->nr_free_pages + (1UL << order));
	WRITE_ONCE(pm->nr_frees, pm->nr_frees + 1);
	spin_unlock(&pm->lock);
}

/* [free_unref_folios]: an order-0 folio onto this thread's stack, no lock. */
static void phys_free_unref_folio(struct phys_mem *pm, struct folio *folio)
{
	struct phys_pcp *pcp = phys_pcp_get(pm);

	phys_folio_poison(folio, phys_pcp_gen(pm, pcp));
	if (unlikely(pcp->count == PHYS_PCP_HIGH))
		phys_free_pcppages_bulk(pm, pcp, PHYS_PCP_BATCH);
	pcp->stack[pcp->count++] = (u32)folio_pfn(folio);
	phys_pcp_count(pcp, nr_free_pages, 1);
	phys_pcp_count(pcp, nr_frees, 1);
}

/* Called by folio_put_refs() when the last reference is gone. */
void __folio_free(struct folio *folio)
{
	struct phys_mem *pm = folio_phys(folio);

	folio_check_free(folio);
	folio_uncharge(folio);
	/*
	 * Order 0 goes to the page lists of this thread in the folio's space;
	 * a thread working in another space (an RCU callback, a teardown)
	 * frees it directly rather than moving its lists.
	 */
	if (!folio->order &&
	    (phys_pcp_mine.serial == pm->serial || pm == phys_mem_current()))
		phys_free_unref_folio(pm, folio);
	else
		phys_free_global(pm, folio);
}

/* ---- pfn lookups ------------------------------------------------------------------ */

bool pfn_valid(unsigned long pfn)
{
	return pfn < phys_mem_current()->nr_pfns;
}

/* [pfn_folio]: per order ever allocated, the aligned head's memmap slot. */
struct folio *pfn_folio(unsigned long pfn)
{
	struct phys_mem *pm = phys_mem_current();
	/* READ_ONCE: orders only grow; a missed new order means a racing allocation */
	unsigned long mask = READ_ONCE(pm->orders_mask), head, flags;
	struct folio *folio;

	if (pfn >= pm->nr_pfns)
		return NULL;
	for (; mask; mask &= mask - 1) {
		head = ALIGN_DOWN(pfn, 1UL << __ffs(mask));
		folio = phys_pfn_slot(pm, head);
		if (!folio)
			continue;
		/* acquire: pairs with phys_folio_prep(): then order and gen are the new ones */
		flags = __atomic_load_n(&folio->flags, __ATOMIC_ACQUIRE);
		/* READ_ONCE: the folio may be freed and its slot reused under us */
		if (phys_flags_live(flags) && pfn - head < (1UL << READ_ONCE(folio->order)))
			return folio;
	}
	return NULL;
}

struct folio *pfn_to_folio_slot(unsigned long pfn)
{
	struct phys_mem *pm = phys_mem_current();

	return pfn < pm->nr_pfns ? phys_pfn_slot(pm, pfn) : NULL;
}

bool pfn_gen_live(unsigned long pfn, u64 gen)
{
	struct folio *folio = pfn_folio(pfn);

	return folio && folio_gen(folio) == gen;
}

bool pfn_check_gen(unsigned long pfn, u64 gen, const char *what)
{
	struct folio *folio = pfn_folio(pfn);

	if (likely(folio && folio_gen(folio) == gen))
		return true;
	report_violation("use-after-free", what, __FILE__, __LINE__,
			 "pfn %#lx generation %llu is stale (now %s, generation %llu)", pfn,
			 (unsigned long long)gen, folio ? "reallocated" : "free",
			 folio ? (unsigned long long)folio_gen(folio) : 0ULL);
	return false;
}
