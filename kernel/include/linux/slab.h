/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/slab.h, include/linux/gfp_types.h (the gfp
 * flags), mm/slab_common.c (kmalloc, krealloc, kfree, kmem_cache_*),
 * mm/util.c (kvmalloc, kvfree, kmemdup, kstrdup), mm/failslab.c and
 * lib/fault-inject.c (allocation-failure injection).  Implementation:
 * kernel/mm/slab.c.
 *
 * Simplified against the kernel: there are no slabs.  kmalloc() is jemalloc's
 * mallocx() (or malloc() in sanitizer builds, which own malloc) with the
 * kernel's guarantees kept: kmalloc(0) returns ZERO_SIZE_PTR, power-of-two
 * sizes are naturally aligned, kfree(NULL) and kfree(ZERO_SIZE_PTR) are no-ops,
 * a kmem_cache calls its constructor on every allocation (the kernel only on
 * fresh slab pages; users must return objects in constructed state either way).
 * kvmalloc never falls back to vmalloc.  gfp flags only matter for
 * __GFP_ZERO, __GFP_NOFAIL (never fails), __GFP_NOWARN, and for might_sleep():
 * an allocation that may reclaim (GFP_KERNEL) inside a spinlock or an RCU read
 * section is reported as "sleeping function called from invalid context".
 */
#ifndef _GMEMSIM_LINUX_SLAB_H
#define _GMEMSIM_LINUX_SLAB_H

#include <linux/compiler.h>
#include <linux/types.h>

/* ---- gfp flags [include/linux/gfp_types.h] ---------------------------------------- */

#define __GFP_HIGH		((gfp_t)0x20u)	/* may use emergency reserves */
#define __GFP_IO		((gfp_t)0x40u)
#define __GFP_FS		((gfp_t)0x80u)
#define __GFP_ZERO		((gfp_t)0x100u)	/* return zeroed memory */
#define __GFP_DIRECT_RECLAIM	((gfp_t)0x400u)	/* may sleep to reclaim */
#define __GFP_KSWAPD_RECLAIM	((gfp_t)0x800u)
#define __GFP_NOWARN		((gfp_t)0x2000u)	/* no report on failure */
#define __GFP_RETRY_MAYFAIL	((gfp_t)0x4000u)
#define __GFP_NOFAIL		((gfp_t)0x8000u)	/* never fails (not even by injection) */
#define __GFP_NORETRY		((gfp_t)0x10000u)
#define __GFP_ACCOUNT		((gfp_t)0x400000u)	/* charged to the memcg */
#define __GFP_RECLAIM		(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)

#define GFP_ATOMIC		(__GFP_HIGH | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_KERNEL_ACCOUNT	(GFP_KERNEL | __GFP_ACCOUNT)
#define GFP_NOWAIT		(__GFP_KSWAPD_RECLAIM | __GFP_NOWARN)
#define GFP_NOIO		(__GFP_RECLAIM)
#define GFP_NOFS		(__GFP_RECLAIM | __GFP_IO)
#define GFP_USER		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_HIGHUSER		GFP_USER

/* [gfpflags_allow_blocking]: may this allocation sleep? */
static inline bool gfpflags_allow_blocking(const gfp_t gfp)
{
	return !!(gfp & __GFP_DIRECT_RECLAIM);
}

/* ---- kmalloc family ----------------------------------------------------------- */

/* [slab.h]: what kmalloc(0) returns: not NULL, but faults when dereferenced. */
#define ZERO_SIZE_PTR ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

/* Largest request kmalloc() serves [KMALLOC_MAX_SIZE with SLUB, 4 KiB pages]. */
#define KMALLOC_MAX_SIZE (1UL << 22)
#define ARCH_KMALLOC_MINALIGN 8

void *__must_check kmalloc(size_t size, gfp_t gfp);
void kfree(const void *p);
/* [ksize]: usable size of a kmalloc()ed object (>= the requested size). */
size_t ksize(const void *p);
/*
 * [krealloc]: grow or shrink; the old object is left untouched on failure.
 * new_size == 0 frees @p and returns ZERO_SIZE_PTR.  With __GFP_ZERO the bytes
 * past the old size are zeroed.
 */
void *__must_check krealloc(const void *p, size_t new_size, gfp_t gfp);

static inline void *__must_check kzalloc(size_t size, gfp_t gfp)
{
	return kmalloc(size, gfp | __GFP_ZERO);
}

/* [kmalloc_array]: NULL when @n * @size overflows. */
static inline void *__must_check kmalloc_array(size_t n, size_t size, gfp_t gfp)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	return kmalloc(bytes, gfp);
}

static inline void *__must_check kcalloc(size_t n, size_t size, gfp_t gfp)
{
	return kmalloc_array(n, size, gfp | __GFP_ZERO);
}

static inline void *__must_check krealloc_array(void *p, size_t n, size_t size, gfp_t gfp)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	return krealloc(p, bytes, gfp);
}

/*
 * [mm/util.c]: kvmalloc falls back to vmalloc for what kmalloc will not serve;
 * here it is kmalloc without the KMALLOC_MAX_SIZE cap.
 */
void *__must_check kvmalloc(size_t size, gfp_t gfp);
void kvfree(const void *p);

static inline void *__must_check kvzalloc(size_t size, gfp_t gfp)
{
	return kvmalloc(size, gfp | __GFP_ZERO);
}

static inline void *__must_check kvmalloc_array(size_t n, size_t size, gfp_t gfp)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	return kvmalloc(bytes, gfp);
}

static inline void *__must_check kvcalloc(size_t n, size_t size, gfp_t gfp)
{
	return kvmalloc_array(n, size, gfp | __GFP_ZERO);
}

/*
 * [alloc_pages_exact / free_pages_exact, mm/page_alloc.c]: whole pages,
 * page aligned, for what the kernel takes from the page allocator rather
 * than kmalloc (page tables).  Unlike kmalloc of a power of two, an 8 KiB
 * request is page aligned, not 8 KiB aligned, and costs 8 KiB.
 */
void *__must_check alloc_pages_exact(size_t size, gfp_t gfp);
void free_pages_exact(void *p, size_t size);

void *__must_check kmemdup(const void *src, size_t len, gfp_t gfp);
char *__must_check kstrdup(const char *s, gfp_t gfp);

/* ---- kmem_cache [mm/slab_common.c] -------------------------------------------- */

#define SLAB_HWCACHE_ALIGN	0x00002000U	/* align objects on a cache line */
#define SLAB_PANIC		0x00040000U	/* creation failure is a BUG */
#define SLAB_TYPESAFE_BY_RCU	0x00080000U	/* memory is not reused before a GP */
#define SLAB_ACCOUNT		0x04000000U
#define SLAB_RECLAIM_ACCOUNT	0x00020000U

struct kmem_cache;

/*
 * [kmem_cache_create]: a cache of @size-byte objects aligned to @align.  NULL on
 * failure.  SLAB_TYPESAFE_BY_RCU is honoured by deferring each free through
 * call_rcu().
 */
struct kmem_cache *kmem_cache_create(const char *name, unsigned int size, unsigned int align,
				     unsigned int flags, void (*ctor)(void *));
/* [kmem_cache_destroy]: objects still allocated are reported (and leaked). */
void kmem_cache_destroy(struct kmem_cache *s);
void *__must_check kmem_cache_alloc(struct kmem_cache *s, gfp_t gfp);
void kmem_cache_free(struct kmem_cache *s, void *obj);

static inline void *__must_check kmem_cache_zalloc(struct kmem_cache *s, gfp_t gfp)
{
	return kmem_cache_alloc(s, gfp | __GFP_ZERO);
}

/* ---- accounting ------------------------------------------------------------- */

/* Objects allocated and not yet freed (kmalloc family and kmem_cache), process-wide. */
long kmalloc_live(void);
/* Allocations minus frees made by the calling thread (exact for a det run). */
long kmalloc_live_thread(void);
/* Their bytes, as the allocator's usable size (ksize()) of each: model memory. */
long kmalloc_live_bytes(void);

/* ---- the memory budget (the host's RAM; no kernel counterpart) ------------------ */

/* 4 GiB of model heap unless told otherwise (gmemsim --max-memory). */
#define KMALLOC_DEFAULT_BUDGET (4L << 30)

struct kmalloc_budget_hit {
	size_t size;		/* the allocation refused (0: none was) */
	long live;		/* bytes live then */
	long budget;		/* the budget it met */
};

/*
 * Bytes of model heap the process may hold (0: no limit).  An allocation that
 * would pass it returns NULL (unless __GFP_NOFAIL), is recorded for the
 * current run (kmalloc_budget_exceeded()), and drains a deterministic run.
 */
void kmalloc_budget_set(long bytes);
long kmalloc_budget_get(void);
/* Did an allocation of this run (this OS thread's det run, or free mode) meet the budget? */
bool kmalloc_budget_exceeded(struct kmalloc_budget_hit *hit);
/* Forget it: a new run starts. */
void kmalloc_budget_clear(void);

/* ---- a run's allocations (a process's exit; no kernel counterpart) --------------- */

struct kmalloc_track {
	void **slot;		/* open addressing; host memory */
	size_t mask;
	size_t nr;
};

/*
 * Track every allocation this OS thread makes from now on, and forget each
 * that is freed; kmalloc_track_end() stops, and with @reclaim frees what is
 * left (a stopped run's wreck), returning how many objects that was.  For
 * runs whose allocations and frees all happen on this thread.
 */
void kmalloc_track_begin(struct kmalloc_track *t);
long kmalloc_track_end(struct kmalloc_track *t, bool reclaim);

/* ---- failure injection [mm/failslab.c, lib/fault-inject.c: should_fail()] ---------- */

/*
 * Make kmalloc(), krealloc(), kvmalloc() and kmem_cache_alloc() fail, modelled on
 * the kernel's failslab fault_attr:
 *  @seed:        the decision for allocation number n is
 *                splitmix64(seed, n) % 1000000 < @probability;
 *  @probability: per million of eligible calls (0: never, 1000000: always);
 *  @interval:    only every @interval-th call is eligible (0 or 1: every call);
 *  @times:       at most this many failures (-1: unlimited);
 *  @min_size:    requests smaller than this never fail (gmemsim's own; the
 *                kernel's "space" is a byte budget instead).
 * __GFP_NOFAIL allocations never fail.  A failure is silent unless the test
 * asks for it: __GFP_NOWARN changes nothing here.
 *
 * Allocation numbers count every call of the family (also ones that cannot
 * fail), from the last kmalloc_fail_configure():
 *  - deterministic mode: per run (reset when a run ends), so the allocation
 *    order, and with it the failure pattern, is a function of seed and schedule
 *    even when several explorations run at once on different OS threads;
 *  - free mode: one process-wide counter, so thread interleaving changes which
 *    call fails; only the failure rate is reproducible.
 */
void kmalloc_fail_configure(u64 seed, u32 probability, u32 interval, long times, size_t min_size);
void kmalloc_fail_disable(void);
/* Failures injected since the process started. */
unsigned long kmalloc_fail_count(void);

#endif /* _GMEMSIM_LINUX_SLAB_H */
