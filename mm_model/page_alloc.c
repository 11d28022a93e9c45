// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/page_alloc.c (folio allocation and freeing, the
 * free-time checks of free_pages_prepare/bad_page), mm/sparse.c (the memmap:
 * a struct page for every present pfn) and the charging half of
 * mm/memcontrol.c.
 *
 * Simplified against the kernel:
 *  - no zones, no buddy lists: like the kernel's per-cpu page lists, each
 *    order keeps a small LIFO of recently freed head pfns that allocation
 *    tries first; otherwise a per-order cursor walks the space from a base
 *    the seed chooses, skipping allocated folios and wrapping around.  The
 *    pfns of a run depend only on the seed and the sequence of allocations
 *    and frees, and stay clustered, so the pfn -> folio xarray stays dense
 *    (a few bytes of tree per page, not a node per page);
 *  - the memmap is sparse: struct folio exists only for allocated folios and
 *    is found through an xarray keyed by head pfn; freed structs are kept on a
 *    pool and recycled (type-stable, like struct page), never given back to
 *    malloc before the space is destroyed;
 *  - contents are one word per page, zero until written, dropped at free (the
 *    storage after an RCU grace period, so a reader that checked a stale
 *    generation under rcu_read_lock() never touches freed memory);
 *  - memcg is struct mm_owner: a page counter per file, anon mm or VM.
 */
#include <linux/compiler.h>
#include <stdio.h>
#include <string.h>

#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/xarray.h>

/*
 * Lock order: phys_mem.lock -> folios.xa_lock.  Nothing that holds a page
 * cache's xa_lock allocates or frees folios.
 */
#define PHYS_PCP_MAX 32

struct phys_mem {
	/* PRNG state, generation counter, pool, and the folio table's contents */
	spinlock_t lock;
	struct xarray folios;		/* head pfn -> allocated struct folio */
	unsigned long nr_pfns;
	u64 rng;			/* splitmix64 state; under lock */
	u64 next_gen;			/* under lock */
	u32 fail_ppm;			/* allocation-failure knob; under lock */
	unsigned long orders_mask;	/* orders ever allocated; under lock, READ_ONCE outside */
	atomic64_t pages_in_use;
	unsigned long nr_frees;		/* folios freed so far; under lock, READ_ONCE outside */
	unsigned long nr_structs;	/* struct folio ever created; under lock */
	struct folio *pool;		/* freed struct folio for reuse (->pool_next); under lock */
	u16 id;				/* folio->phys_id; constant */
	/* Allocation cursors and freed-pfn stacks per order (pcp lists); under lock. */
	unsigned long cursor[MAX_FOLIO_ORDER + 1];
	unsigned long pcp[MAX_FOLIO_ORDER + 1][PHYS_PCP_MAX];
	unsigned int pcp_nr[MAX_FOLIO_ORDER + 1];
};

/* Content storage of a large folio, freed after a grace period. */
struct folio_content_set {
	struct rcu_head rcu;
	unsigned long nr_chunks;
	/*
	 * Each chunk: min(nr pages, FOLIO_CONTENT_CHUNK) words, then as many
	 * u32 writer ids (folio_content_chunk_writer()).
	 */
	u64 *chunks[];
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
	unsigned long base;

	if (!size)
		size = PHYS_MEM_DEFAULT_SIZE;
	size = min_t(u64, size, PHYS_MEM_MAX_PFNS << PAGE_SHIFT);
	size = max_t(u64, ALIGN_DOWN(size, PUD_SIZE), PUD_SIZE);
	pm = kzalloc(sizeof(*pm), GFP_KERNEL);
	if (!pm)
		return NULL;
	for (pm->id = 1; pm->id < PHYS_MEM_MAX_IDS; pm->id++) {
		struct phys_mem *none = NULL;

		/* release: pm's allocation before the slot; racing creators claim others */
		if (__atomic_compare_exchange_n(&phys_mem_by_id[pm->id], &none, pm, false,
						__ATOMIC_RELEASE, __ATOMIC_RELAXED))
			break;
	}
	if (WARN_ON(pm->id == PHYS_MEM_MAX_IDS)) {
		kfree(pm);
		return NULL;
	}
	spin_lock_init(&pm->lock);
	xa_init(&pm->folios);
	pm->nr_pfns = size >> PAGE_SHIFT;
	pm->rng = seed;
	/* Every order starts at one seeded, 1G-aligned base: one cluster of pfns. */
	base = (splitmix64(&pm->rng) % (pm->nr_pfns >> PUD_ORDER)) << PUD_ORDER;
	for (unsigned int o = 0; o <= MAX_FOLIO_ORDER; o++)
		pm->cursor[o] = base;
	atomic64_set(&pm->pages_in_use, 0);
	return pm;
}

static struct phys_mem *folio_phys(const struct folio *folio)
{
	/* acquire: pairs with the claiming cmpxchg; stable while the folio lives */
	return __atomic_load_n(&phys_mem_by_id[folio->phys_id], __ATOMIC_ACQUIRE);
}

static void folio_content_set_free(struct folio_content_set *set)
{
	unsigned long i;

	for (i = 0; i < set->nr_chunks; i++)
		kfree(set->chunks[i]);
	kfree(set);
}

static void folio_content_set_free_rcu(struct rcu_head *head)
{
	folio_content_set_free(container_of(head, struct folio_content_set, rcu));
}

static struct folio_content_set *folio_content_set(const struct folio *folio)
{
	/* acquire: pairs with the publishing cmpxchg in folio_content_slot() */
	return __atomic_load_n(&folio->content_set, __ATOMIC_ACQUIRE);
}

unsigned long phys_mem_destroy(struct phys_mem *pm)
{
	unsigned long index, leaked = 0;
	struct folio *folio, *next;

	xa_for_each(&pm->folios, index, folio) {
		leaked += folio_nr_pages(folio);
		report_violation("page-leak", "phys_mem_destroy", __FILE__, __LINE__,
				 "pfn %#lx order %u still allocated (refcount %d, owner %s)",
				 folio_pfn(folio), folio->order, folio_ref_count(folio),
				 folio->owner ? folio->owner->name : "none");
		if (folio_content_set(folio))
			folio_content_set_free(folio_content_set(folio));
		kfree(folio);
	}
	xa_destroy(&pm->folios);
	for (folio = pm->pool; folio; folio = next) {
		next = folio->pool_next;
		if (folio_content_set(folio))
			folio_content_set_free(folio_content_set(folio));
		kfree(folio);
	}
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

unsigned long phys_mem_nr_frees(const struct phys_mem *pm)
{
	return READ_ONCE(pm->nr_frees);
}

unsigned long phys_mem_pages_in_use(const struct phys_mem *pm)
{
	return atomic64_read(&pm->pages_in_use);
}

unsigned long phys_mem_nr_folio_structs(const struct phys_mem *pm)
{
	/* READ_ONCE: a snapshot for reports and tests */
	return READ_ONCE(pm->nr_structs);
}

void phys_mem_set_fail_rate(struct phys_mem *pm, u32 per_million)
{
	/* pm->lock: the knob is read by allocations under it */
	spin_lock(&pm->lock);
	pm->fail_ppm = per_million;
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

/* ---- finding a free range ------------------------------------------------------ */

/*
 * 0 when [@head, @head + 2^@order) holds no allocated pfn, else the first pfn
 * past the folio that blocks it.  Called under pm->lock.
 */
static unsigned long phys_range_busy_end(struct phys_mem *pm, unsigned long head,
					 unsigned int order)
{
	unsigned long nr = 1UL << order, idx = head, mask = pm->orders_mask;
	struct folio *folio;
	unsigned int o;

	/* a larger folio containing @head starts at its own alignment below */
	for (o = order + 1; o <= MAX_FOLIO_ORDER; o++) {
		unsigned long h = ALIGN_DOWN(head, 1UL << o);

		if (!(mask & (1UL << o)) || h == head)
			continue;
		folio = xa_load(&pm->folios, h);
		if (folio && h + folio_nr_pages(folio) > head)
			return h + folio_nr_pages(folio);
	}
	folio = xa_find(&pm->folios, &idx, head + nr - 1, XA_PRESENT);
	if (folio)
		return idx + folio_nr_pages(folio);
	return 0;
}

/*
 * A free, order-aligned head pfn, or ULONG_MAX.  Under pm->lock.  A recently
 * freed one first (it may have been covered by a larger folio since); then
 * the order's cursor walks on, skipping allocated folios, once around.
 */
static unsigned long phys_find_free(struct phys_mem *pm, unsigned int order)
{
	unsigned long pfn, end, scanned = 0;

	if (!(pm->nr_pfns >> order))
		return ULONG_MAX;
	while (pm->pcp_nr[order]) {
		pfn = pm->pcp[order][--pm->pcp_nr[order]];
		if (!phys_range_busy_end(pm, pfn, order))
			return pfn;
	}
	pfn = pm->cursor[order];
	while (scanned < pm->nr_pfns) {
		end = phys_range_busy_end(pm, pfn, order);
		if (!end) {
			pm->cursor[order] = pfn + (1UL << order) < pm->nr_pfns ?
					    pfn + (1UL << order) : 0;
			return pfn;
		}
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

/* ---- allocation and free ------------------------------------------------------- */

static struct folio *phys_get_struct(struct phys_mem *pm)
{
	struct folio *folio;

	if (pm->pool) {
		folio = pm->pool;
		pm->pool = folio->pool_next;
		return folio;
	}
	folio = kmalloc(sizeof(*folio), MEMMAP_GFP);
	pm->nr_structs++;
	atomic_set(&folio->_refcount, 0);
	return folio;
}

struct folio *folio_alloc(gfp_t gfp, unsigned int order)
{
	struct phys_mem *pm = phys_mem_current();
	struct folio_content_set *stale;
	struct folio *folio;
	unsigned long pfn;

	if (order > MAX_FOLIO_ORDER)
		return NULL;
	sched_point("folio_alloc");

	/* pm->lock: PRNG, free-range search, pool and table change as one step */
	spin_lock(&pm->lock);
	if (pm->fail_ppm && !(gfp & __GFP_NOFAIL) &&
	    splitmix64(&pm->rng) % 1000000 < pm->fail_ppm)
		goto fail;
	pfn = phys_find_free(pm, order);
	if (pfn == ULONG_MAX)
		goto fail;
	folio = phys_get_struct(pm);
	/* a write through a stale pointer may have attached contents after the free */
	stale = folio_content_set(folio);
	if (stale)
		call_rcu(&stale->rcu, folio_content_set_free_rcu);
	/*
	 * The struct may be recycled under a lockless reader's folio_try_get():
	 * the refcount goes 0 -> 1 with a release store after every field is
	 * set, so a reader that wins the reference sees an initialised folio
	 * (and then rechecks its xarray slot, which fails for the old identity).
	 */
	WRITE_ONCE(folio->flags, order ? 1UL << PG_large : 0);
	WRITE_ONCE(folio->mapping, NULL);
	WRITE_ONCE(folio->index, 0);
	atomic_set(&folio->_mapcount, 0);
	/* WRITE_ONCE: pfn_folio() may still read a recycled struct it loaded */
	WRITE_ONCE(folio->order, order);
	WRITE_ONCE(folio->pfn, (u32)pfn);
	WRITE_ONCE(folio->gen, ++pm->next_gen);
	folio->owner = NULL;		/* same storage as pool_next: off the pool now */
	WRITE_ONCE(folio->owner_id, 0);
	folio->phys_id = pm->id;
	WRITE_ONCE(folio->content0_word, 0);
	WRITE_ONCE(folio->content0_writer, 0);
	WRITE_ONCE(folio->content_set, NULL);
	atomic_set_release(&folio->_refcount, 1);
	xa_store(&pm->folios, pfn, folio, MEMMAP_GFP);
	/* WRITE_ONCE: pfn_folio() reads the mask without the lock */
	WRITE_ONCE(pm->orders_mask, pm->orders_mask | (1UL << order));
	atomic64_add(1L << order, &pm->pages_in_use);
	spin_unlock(&pm->lock);
	return folio;
fail:
	spin_unlock(&pm->lock);
	return NULL;
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

/* Called by folio_put_refs() when the last reference is gone. */
void __folio_free(struct folio *folio)
{
	struct phys_mem *pm = folio_phys(folio);
	struct folio_content_set *set;
	void *old;

	folio_check_free(folio);
	folio_uncharge(folio);

	/* pm->lock: table, pool and generation counter */
	spin_lock(&pm->lock);
	/*
	 * Generation first, then the poisoned flags, then the table: a checker
	 * that still finds the folio under its pfn sees the new generation.
	 */
	WRITE_ONCE(folio->gen, ++pm->next_gen);
	/* release: the generation change is visible to whoever sees the poison */
	__atomic_store_n(&folio->flags, PAGE_FLAGS_POISONED, __ATOMIC_RELEASE);
	old = xa_erase(&pm->folios, folio_pfn(folio));
	WARN_ON(old != folio);
	WRITE_ONCE(folio->content0_word, 0);
	WRITE_ONCE(folio->content0_writer, 0);
	/* xchg: a racing stale writer may be publishing; whoever loses keeps nothing */
	set = __atomic_exchange_n(&folio->content_set, NULL, __ATOMIC_ACQ_REL);
	if (set)
		call_rcu(&set->rcu, folio_content_set_free_rcu);
	WRITE_ONCE(folio->mapping, NULL);
	WRITE_ONCE(folio->owner_id, 0);
	atomic64_sub(folio_nr_pages(folio), &pm->pages_in_use);
	/* WRITE_ONCE: checkers read it without the lock */
	WRITE_ONCE(pm->nr_frees, pm->nr_frees + 1);
	if (pm->pcp_nr[folio->order] < PHYS_PCP_MAX)
		pm->pcp[folio->order][pm->pcp_nr[folio->order]++] = folio_pfn(folio);
	/* owner is NULL (uncharged above); the union now links the pool */
	folio->pool_next = pm->pool;
	pm->pool = folio;
	spin_unlock(&pm->lock);
}

/* ---- pfn lookups ------------------------------------------------------------------ */

bool pfn_valid(unsigned long pfn)
{
	return pfn < phys_mem_current()->nr_pfns;
}

struct folio *pfn_folio(unsigned long pfn)
{
	struct phys_mem *pm = phys_mem_current();
	/* READ_ONCE: orders only grow; a missed new order means a racing allocation */
	unsigned long mask = READ_ONCE(pm->orders_mask);
	struct folio *folio;
	unsigned int o;

	if (pfn >= pm->nr_pfns)
		return NULL;
	for (o = 0; o <= MAX_FOLIO_ORDER; o++) {
		if (!(mask & (1UL << o)))
			continue;
		folio = xa_load(&pm->folios, ALIGN_DOWN(pfn, 1UL << o));
		/* READ_ONCE: the struct may be freed and recycled under us */
		if (folio && pfn - READ_ONCE(folio->pfn) < (1UL << READ_ONCE(folio->order)))
			return folio;
	}
	return NULL;
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

/* ---- contents ---------------------------------------------------------------------- */

/* A chunk's writer ids follow its @nr words. */
static u32 *folio_content_chunk_writer(u64 *chunk, unsigned long nr)
{
	return (u32 *)(chunk + min(nr, FOLIO_CONTENT_CHUNK));
}

/*
 * Where page @i's word and writer id live (false when it has no storage and
 * @alloc is false).
 */
static bool folio_content_slot(struct folio *folio, unsigned long i, bool alloc, u64 **word,
			       u32 **writer)
{
	unsigned long nr = folio_nr_pages(folio), nr_chunks, c;
	struct folio_content_set *set, *fresh, *expected_set;
	u64 *chunk, *expected;

	if (WARN_ON(i >= nr))
		return false;
	if (!folio->order) {
		*word = &folio->content0_word;
		*writer = &folio->content0_writer;
		return true;
	}
	set = folio_content_set(folio);
	if (!set) {
		if (!alloc)
			return false;
		nr_chunks = DIV_ROUND_UP(nr, FOLIO_CONTENT_CHUNK);
		fresh = kmalloc(sizeof(*fresh) + nr_chunks * sizeof(fresh->chunks[0]), MEMMAP_GFP);
		fresh->nr_chunks = nr_chunks;
		expected_set = NULL;
		/* release: the zeroed set is visible before its pointer */
		if (__atomic_compare_exchange_n(&folio->content_set, &expected_set, fresh, false,
						__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
			set = fresh;
		} else {
			kfree(fresh);
			set = expected_set;
		}
	}
	c = i / FOLIO_CONTENT_CHUNK;
	/* acquire: pairs with the publishing cmpxchg below */
	chunk = __atomic_load_n(&set->chunks[c], __ATOMIC_ACQUIRE);
	if (!chunk) {
		if (!alloc)
			return false;
		chunk = kmalloc((sizeof(u64) + sizeof(u32)) * min(nr, FOLIO_CONTENT_CHUNK),
				MEMMAP_GFP);
		expected = NULL;
		/* release: the zeroed chunk is visible before its pointer */
		if (!__atomic_compare_exchange_n(&set->chunks[c], &expected, chunk, false,
						 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
			kfree(chunk);
			chunk = expected;
		}
	}
	*word = &chunk[i % FOLIO_CONTENT_CHUNK];
	*writer = &folio_content_chunk_writer(chunk, nr)[i % FOLIO_CONTENT_CHUNK];
	return true;
}

void folio_content_write(struct folio *folio, unsigned long i, u64 word)
{
	u64 *pw;
	u32 *pid;

	if (!folio_content_slot(folio, i, true, &pw, &pid))
		return;
	/* writer id first: a racing reader pairs a new word with a new or old id */
	WRITE_ONCE(*pid, READ_ONCE(folio->owner_id));
	WRITE_ONCE(*pw, word);
}

u64 folio_content_peek(const struct folio *folio, unsigned long i, u32 *owner)
{
	u64 word, *pw;
	u32 *pid;

	if (!folio_content_slot((struct folio *)folio, i, false, &pw, &pid)) {
		if (owner)
			*owner = 0;
		return 0;
	}
	/* READ_ONCE: contents race with other actors' writes, like real memory */
	word = READ_ONCE(*pw);
	if (owner)
		*owner = READ_ONCE(*pid);
	return word;
}

u64 folio_content_read(struct folio *folio, unsigned long i)
{
	/* READ_ONCE: (un)charging races with content accesses */
	u32 owner_id = READ_ONCE(folio->owner_id), writer;
	u64 word = folio_content_peek(folio, i, &writer);

	if (word && writer && writer != owner_id)
		report_violation("foreign-data", "folio_content_read", __FILE__, __LINE__,
				 "pfn %#lx holds a word written by owner %u, read by owner %u",
				 folio_pfn(folio) + i, writer, owner_id);
	return word;
}

void folio_zero_pages(struct folio *folio, unsigned long i, unsigned long nr)
{
	unsigned long end = min(i + nr, folio_nr_pages(folio));
	u64 *pw;
	u32 *pid;

	for (; i < end; i++) {
		if (!folio_content_slot(folio, i, false, &pw, &pid))
			continue;
		WRITE_ONCE(*pw, 0);
		WRITE_ONCE(*pid, 0);
	}
}

unsigned long folio_content_nr_written(const struct folio *folio)
{
	unsigned long i, n = 0;

	for (i = 0; i < folio_nr_pages(folio); i++)
		n += folio_content_peek(folio, i, NULL) != 0;
	return n;
}

int pfn_content_access(unsigned long pfn, u64 gen, u64 *word, bool write, const char *what)
{
	struct folio *folio;
	int ret = 0;

	/* RCU: content storage of a folio freed meanwhile outlives this section */
	rcu_read_lock();
	folio = pfn_folio(pfn);
	if (!folio || folio_gen(folio) != gen) {
		ret = -EFAULT;
		goto out;
	}
	/* READ_ONCE: a racing free may recycle the struct; the recheck reports it */
	if (write)
		folio_content_write(folio, pfn - READ_ONCE(folio->pfn), *word);
	else
		*word = folio_content_read(folio, pfn - READ_ONCE(folio->pfn));
	/* the folio may have been freed while we used it: recheck its generation */
	if (folio_gen(folio) != gen)
		ret = -EFAULT;
out:
	rcu_read_unlock();
	if (ret)
		pfn_check_gen(pfn, gen, what);
	return ret;
}
