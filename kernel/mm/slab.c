// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: mm/slab_common.c (kmalloc, krealloc, kfree, ksize,
 * kmem_cache_*), mm/util.c (kvmalloc, kvfree, kmemdup, kstrdup), mm/failslab.c
 * and lib/fault-inject.c (should_fail()).
 *
 * Simplified: no slabs, no per-cpu caches, no memcg accounting; objects come
 * from jemalloc's non-overriding API (mallocx/dallocx/sallocx) or, in sanitizer
 * builds, from the sanitizer's malloc so that use-after-free and overflows of
 * kmalloc()ed memory are caught.  See linux/slab.h for the guarantees kept.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef GMEMSIM_USE_JEMALLOC
#include <jemalloc/jemalloc.h>
#else
#include <malloc.h>
#endif

/* ---- accounting ------------------------------------------------------------- */

/*
 * Objects and usable bytes handed out and not yet freed, counted per OS
 * thread so that concurrent allocators never share a cache line (the model's
 * accounting has no kernel counterpart whose cost it should reproduce; the
 * kernel's own slab statistics are per-cpu too).  A block is never freed: a
 * thread that exits marks its block dead and the next new thread adopts it,
 * carrying its balance on, so the sum over all blocks is the live total and
 * the list stays as long as the most threads ever alive at once.
 */
struct kmalloc_stat {
	long nr_live;			/* written by the owner only; relaxed: summed by readers */
	long nr_bytes;			/* likewise */
	bool dead;			/* owner exited; under kmalloc_stat_lock */
	struct kmalloc_stat *next;	/* written once before publication */
};

/* Head of the list of blocks; acquire/release: a reader sees a block's link. */
static struct kmalloc_stat *kmalloc_stats;
/* Serialises adoption and the dead marks (thread start and exit only). */
static pthread_mutex_t kmalloc_stat_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t kmalloc_stat_key;
static pthread_once_t kmalloc_stat_once = PTHREAD_ONCE_INIT;
static __thread struct kmalloc_stat *kmalloc_stat_mine;
/*
 * Allocations minus frees made by this thread.  A deterministic run does all
 * its allocating and freeing (RCU callbacks included) on one OS thread, so
 * its balance is exact even while other threads allocate.
 */
static __thread long kmalloc_thread_live;
/* Failures injected so far; relaxed, a statistic. */
static unsigned long kmalloc_nr_failed;

/*
 * Thread exit (runs on the exiting thread): hand the block over to the next
 * thread that starts.  An allocation after this adopts a block again.
 */
static __thread struct kmalloc_track kmalloc_track_spare;	/* see kmalloc_track_begin() */

static void kmalloc_stat_exit(void *arg)
{
	struct kmalloc_stat *st = arg;

	free(kmalloc_track_spare.slot);
	memset(&kmalloc_track_spare, 0, sizeof(kmalloc_track_spare));

	kmalloc_stat_mine = NULL;
	pthread_mutex_lock(&kmalloc_stat_lock);	/* the dead mark vs adoption */
	st->dead = true;
	pthread_mutex_unlock(&kmalloc_stat_lock);
}

static void kmalloc_stat_key_init(void)
{
	BUG_ON(pthread_key_create(&kmalloc_stat_key, kmalloc_stat_exit));
}

static struct kmalloc_stat *kmalloc_stat_slow(void)
{
	struct kmalloc_stat *st;

	pthread_once(&kmalloc_stat_once, kmalloc_stat_key_init);
	pthread_mutex_lock(&kmalloc_stat_lock);	/* adoption vs the dead marks and other adopters */
	for (st = kmalloc_stats; st; st = st->next)
		if (st->dead)
			break;
	if (st) {
		st->dead = false;
	} else {
		/* not kmalloc: the counters must not count themselves */
		st = calloc(1, sizeof(*st));
		BUG_ON(!st);
		st->next = kmalloc_stats;
		/* release: a lockless reader that finds the block sees its link */
		__atomic_store_n(&kmalloc_stats, st, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&kmalloc_stat_lock);
	/* A thread that allocates again after its destructor ran re-adopts a block. */
	pthread_setspecific(kmalloc_stat_key, st);
	kmalloc_stat_mine = st;
	return st;
}

static inline void kmalloc_account(long nr, long bytes)
{
	struct kmalloc_stat *st = kmalloc_stat_mine;

	if (unlikely(!st))
		st = kmalloc_stat_slow();
	/* Relaxed, no RMW: we are the only writer; readers only sum. */
	__atomic_store_n(&st->nr_live, st->nr_live + nr, __ATOMIC_RELAXED);
	__atomic_store_n(&st->nr_bytes, st->nr_bytes + bytes, __ATOMIC_RELAXED);
	kmalloc_thread_live += nr;
}

/* The sum of one field over every block: a racy snapshot, like percpu_counter_sum(). */
static long kmalloc_stat_sum(size_t offset)
{
	/* acquire: pairs with the publishing store in kmalloc_stat_slow() */
	struct kmalloc_stat *st = __atomic_load_n(&kmalloc_stats, __ATOMIC_ACQUIRE);
	long sum = 0;

	for (; st; st = st->next)
		sum += __atomic_load_n((long *)((char *)st + offset), __ATOMIC_RELAXED);
	return sum;
}

long kmalloc_live_thread(void)
{
	return kmalloc_thread_live;
}

long kmalloc_live(void)
{
	return kmalloc_stat_sum(offsetof(struct kmalloc_stat, nr_live));
}

long kmalloc_live_bytes(void)
{
	return kmalloc_stat_sum(offsetof(struct kmalloc_stat, nr_bytes));
}

unsigned long kmalloc_fail_count(void)
{
	return __atomic_load_n(&kmalloc_nr_failed, __ATOMIC_RELAXED);
}

/* ---- failure injection [lib/fault-inject.c: should_fail_ex()] --------------------- */

struct kmalloc_fail_attr {
	bool enabled;
	u64 seed;
	u32 probability;	/* per million */
	u32 interval;
	long times;		/* -1: unlimited */
	size_t min_size;
	unsigned long gen;	/* bumped by every (re)configuration */
};

/*
 * Where the allocation numbers and the failures-so-far of one context live:
 * one process-wide instance for free mode, one per OS thread for deterministic
 * runs (a run never leaves its OS thread), reset when that run ends.
 */
struct kmalloc_fail_ctx {
	u64 nr_calls;
	long nr_failed;
	unsigned long gen;	/* configuration these counters belong to */
};

/*
 * The configuration is written by tests between runs and read by every
 * allocation: kmalloc_fail_lock serialises writers, readers copy the fields
 * with relaxed loads (a torn read across a reconfiguration only mixes two
 * valid configurations, and tests do not reconfigure during a run).
 */
static struct kmalloc_fail_attr kmalloc_fail_attr;
static pthread_mutex_t kmalloc_fail_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kmalloc_fail_ctx kmalloc_fail_free_ctx;	/* free mode, atomics */
static __thread struct kmalloc_fail_ctx kmalloc_fail_det_ctx;	/* det mode, this OS thread */

static u64 splitmix64(u64 x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

void kmalloc_fail_configure(u64 seed, u32 probability, u32 interval, long times, size_t min_size)
{
	pthread_mutex_lock(&kmalloc_fail_lock);	/* serialises configuration writers */
	WRITE_ONCE(kmalloc_fail_attr.seed, seed);
	WRITE_ONCE(kmalloc_fail_attr.probability, min_t(u32, probability, 1000000));
	WRITE_ONCE(kmalloc_fail_attr.interval, interval);
	WRITE_ONCE(kmalloc_fail_attr.times, times);
	WRITE_ONCE(kmalloc_fail_attr.min_size, min_size);
	__atomic_store_n(&kmalloc_fail_free_ctx.nr_calls, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&kmalloc_fail_free_ctx.nr_failed, 0, __ATOMIC_RELAXED);
	/* Release: a reader that sees the new generation sees the fields above. */
	__atomic_store_n(&kmalloc_fail_attr.gen, kmalloc_fail_attr.gen + 1, __ATOMIC_RELEASE);
	__atomic_store_n(&kmalloc_fail_attr.enabled, true, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&kmalloc_fail_lock);
}

void kmalloc_fail_disable(void)
{
	pthread_mutex_lock(&kmalloc_fail_lock);	/* serialises configuration writers */
	__atomic_store_n(&kmalloc_fail_attr.enabled, false, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&kmalloc_fail_lock);
}

/* Take the next allocation number of the current context. */
static u64 kmalloc_fail_next(unsigned long gen, struct kmalloc_fail_ctx **ctxp)
{
	struct kmalloc_fail_ctx *ctx;

	if (sched_is_det()) {
		/* One actor runs at a time on this OS thread: plain accesses. */
		ctx = &kmalloc_fail_det_ctx;
		if (ctx->gen != gen) {
			ctx->gen = gen;
			ctx->nr_calls = 0;
			ctx->nr_failed = 0;
		}
		*ctxp = ctx;
		return ctx->nr_calls++;
	}
	ctx = &kmalloc_fail_free_ctx;
	*ctxp = ctx;
	/* Relaxed: a counter, its order against other threads is the interleaving. */
	return __atomic_fetch_add(&ctx->nr_calls, 1, __ATOMIC_RELAXED);
}

/* [should_failslab]: should this allocation fail? */
static bool should_failslab(size_t size, gfp_t gfp)
{
	struct kmalloc_fail_ctx *ctx;
	unsigned long gen;
	long times;
	u32 interval;
	u64 nr;

	/* Acquire: pairs with the release in kmalloc_fail_configure(). */
	if (likely(!__atomic_load_n(&kmalloc_fail_attr.enabled, __ATOMIC_ACQUIRE)))
		return false;
	gen = __atomic_load_n(&kmalloc_fail_attr.gen, __ATOMIC_ACQUIRE);
	nr = kmalloc_fail_next(gen, &ctx);
	if (gfp & __GFP_NOFAIL)
		return false;
	if (size < READ_ONCE(kmalloc_fail_attr.min_size))
		return false;
	interval = READ_ONCE(kmalloc_fail_attr.interval);
	if (interval > 1 && (nr + 1) % interval)
		return false;
	if (splitmix64(READ_ONCE(kmalloc_fail_attr.seed) ^ splitmix64(nr)) % 1000000 >=
	    READ_ONCE(kmalloc_fail_attr.probability))
		return false;
	times = READ_ONCE(kmalloc_fail_attr.times);
	if (times >= 0) {
		/* Relaxed: free mode may overshoot by racing callers, as the kernel's atomic does not. */
		if (__atomic_fetch_add(&ctx->nr_failed, 1, __ATOMIC_RELAXED) >= times)
			return false;
	}
	__atomic_fetch_add(&kmalloc_nr_failed, 1, __ATOMIC_RELAXED);
	return true;
}

/*
 * Deterministic runs number their allocations from 0: reset at a run's first
 * decision (step 1, before any actor ran) and again when it finishes.
 */
static void kmalloc_fail_tick(struct sched *s)
{
	if (sched_steps() != 1 && !sched_finishing(s))
		return;
	kmalloc_fail_det_ctx.nr_calls = 0;
	kmalloc_fail_det_ctx.nr_failed = 0;
}

__attribute__((constructor)) static void kmalloc_fail_init(void)
{
	sched_register_tick(kmalloc_fail_tick);
}

/* ---- the memory budget (no kernel counterpart: the host's RAM) ------------------- */

/*
 * The model's heap is bounded so that a world too large for the machine is
 * refused with a clear message instead of the process being killed.  The
 * limit covers every kmalloc()ed byte of the process; an allocation that
 * would pass it fails like an allocation of an exhausted kernel (NULL, the
 * caller's -ENOMEM path) and marks the run as stopped at its budget: the
 * replayer then drains and says so, and reports made after it are its wake,
 * not findings (kmalloc_budget_exceeded()).  Deterministic runs keep the mark
 * per OS thread (several explorations share the process), free mode in one
 * process-wide flag.
 *
 * Summing the per-thread counters costs a walk of a short list: it is done
 * for every allocation of a page or more and for every 64th smaller one of
 * a thread, so small objects may overshoot the limit by a few pages.
 */
#define KMALLOC_BUDGET_SMALL_EVERY 64

static long kmalloc_budget = KMALLOC_DEFAULT_BUDGET;	/* set between runs */
static __thread struct kmalloc_budget_hit kmalloc_budget_det_hit;
static struct kmalloc_budget_hit kmalloc_budget_free_hit;	/* under kmalloc_fail_lock */
static __thread unsigned int kmalloc_budget_small;

void kmalloc_budget_set(long bytes)
{
	__atomic_store_n(&kmalloc_budget, bytes, __ATOMIC_RELAXED);
}

long kmalloc_budget_get(void)
{
	return __atomic_load_n(&kmalloc_budget, __ATOMIC_RELAXED);
}

static struct kmalloc_budget_hit *kmalloc_budget_mine(void)
{
	return sched_is_det() ? &kmalloc_budget_det_hit : &kmalloc_budget_free_hit;
}

bool kmalloc_budget_exceeded(struct kmalloc_budget_hit *hit)
{
	struct kmalloc_budget_hit h = kmalloc_budget_det_hit;

	if (!h.size) {
		pthread_mutex_lock(&kmalloc_fail_lock);
		h = kmalloc_budget_free_hit;
		pthread_mutex_unlock(&kmalloc_fail_lock);
	}
	if (hit)
		*hit = h;
	return h.size != 0;
}

void kmalloc_budget_clear(void)
{
	memset(&kmalloc_budget_det_hit, 0, sizeof(kmalloc_budget_det_hit));
	pthread_mutex_lock(&kmalloc_fail_lock);
	memset(&kmalloc_budget_free_hit, 0, sizeof(kmalloc_budget_free_hit));
	pthread_mutex_unlock(&kmalloc_fail_lock);
}

static bool over_budget(size_t size, gfp_t gfp)
{
	long budget = kmalloc_budget_get(), live;
	struct kmalloc_budget_hit *hit;

	if (!budget)
		return false;
	if (size < PAGE_SIZE && ++kmalloc_budget_small % KMALLOC_BUDGET_SMALL_EVERY)
		return false;
	live = kmalloc_live_bytes();
	if (size <= (size_t)budget && live <= budget - (long)size)
		return false;
	hit = kmalloc_budget_mine();
	if (hit == &kmalloc_budget_free_hit)
		pthread_mutex_lock(&kmalloc_fail_lock);
	if (!hit->size) {
		hit->size = size;
		hit->live = live;
		hit->budget = budget;
	}
	if (hit == &kmalloc_budget_free_hit)
		pthread_mutex_unlock(&kmalloc_fail_lock);
	/* A deterministic run drains: each actor ends the statement it is in. */
	sched_drain_at_budget();
	/* Only what must not fail goes on; it is the run's last word anyway. */
	return !(gfp & __GFP_NOFAIL);
}

/* ---- a run's allocations (no kernel counterpart: a process exiting) ------------- */

/*
 * A deterministic run that is stopped (deadlock, livelock, BUG) abandons its
 * actors inside their statements, holding references: the world's teardown
 * cannot free what they hold, as an exiting process's kernel objects with
 * elevated refcounts would stay too.  The replayer tracks the pointers a run
 * allocates and, for a stopped run, frees what its teardown left: the wreck.
 * Only for runs that stay on one OS thread (det and ordered), where every
 * allocation and free of the run happens on this thread: the set is per
 * thread, and unlocked.  Open addressing with linear probing and
 * backward-shift deletion; the table is the host's memory (malloc), not the
 * model's.  Iterating it in address order frees the wreck in an order that
 * depends on addresses, which is no model decision: the run is over.
 */
static __thread struct kmalloc_track *kmalloc_track_cur;

static size_t track_hash(const void *p, size_t mask)
{
	return (size_t)(((uintptr_t)p >> 4) * 0x9e3779b97f4a7c15ull >> 20) & mask;
}

static void track_insert_slot(struct kmalloc_track *t, void *p)
{
	size_t i = track_hash(p, t->mask);

	while (t->slot[i])
		i = (i + 1) & t->mask;
	t->slot[i] = p;
	t->nr++;
}

static void track_grow(struct kmalloc_track *t)
{
	size_t old_size = t->slot ? t->mask + 1 : 0, size = old_size ? old_size * 2 : 1024;
	void **old = t->slot;

	t->slot = calloc(size, sizeof(*t->slot));
	BUG_ON(!t->slot);	/* the host's memory, as the backend's */
	t->mask = size - 1;
	t->nr = 0;
	for (size_t i = 0; i < old_size; i++)
		if (old[i])
			track_insert_slot(t, old[i]);
	free(old);
}

static inline void track_alloc(void *p)
{
	struct kmalloc_track *t = kmalloc_track_cur;

	if (likely(!t))
		return;
	if (unlikely(!t->slot || 2 * (t->nr + 1) > t->mask + 1))
		track_grow(t);
	track_insert_slot(t, p);
}

static inline void track_free(void *p)
{
	struct kmalloc_track *t = kmalloc_track_cur;
	size_t i, j;

	if (likely(!t) || !t->slot)
		return;
	for (i = track_hash(p, t->mask); t->slot[i] != p; i = (i + 1) & t->mask)
		if (!t->slot[i])
			return;	/* allocated before the run began */
	/* Backward shift: pull later entries of the probe chain into the hole. */
	for (j = (i + 1) & t->mask; t->slot[j]; j = (j + 1) & t->mask) {
		size_t home = track_hash(t->slot[j], t->mask);

		/* Does j's entry stay reachable with the hole at i?  Only if home is in (i, j]. */
		if (i <= j ? (home <= i || home > j) : (home <= i && home > j)) {
			t->slot[i] = t->slot[j];
			i = j;
		}
	}
	t->slot[i] = NULL;
	t->nr--;
}

/*
 * The table outlives the runs of its thread (kmalloc_track_spare): a clean run
 * frees everything it allocated, so it ends with the table empty again, and
 * the next run starts without allocating one (campaigns run thousands of
 * replays a second).
 */
void kmalloc_track_begin(struct kmalloc_track *t)
{
	*t = kmalloc_track_spare;
	memset(&kmalloc_track_spare, 0, sizeof(kmalloc_track_spare));
	WARN_ON(kmalloc_track_cur);
	kmalloc_track_cur = t;
}

static void __kfree(void *p);

long kmalloc_track_end(struct kmalloc_track *t, bool reclaim)
{
	long freed = 0;

	kmalloc_track_cur = NULL;
	for (size_t i = 0; t->nr && i <= t->mask; i++) {
		if (t->slot[i]) {
			if (reclaim) {
				__kfree(t->slot[i]);
				freed++;
			}
			t->slot[i] = NULL;
		}
	}
	t->nr = 0;
	/* Keep it for this thread's next run (one spare; a nested one is freed). */
	if (!kmalloc_track_spare.slot)
		kmalloc_track_spare = *t;
	else
		free(t->slot);
	memset(t, 0, sizeof(*t));
	return freed;
}

/* ---- the allocator underneath ------------------------------------------------- */

static bool is_power_of_2(size_t n)
{
	return n && !(n & (n - 1));
}

/* [kmalloc's alignment]: power-of-two sizes are naturally aligned, others 8 (here 16). */
static size_t kmalloc_align(size_t size)
{
	return is_power_of_2(size) && size > 16 ? size : 0;
}

static void *__backend_alloc(size_t size, size_t align, bool zero)
{
#ifdef GMEMSIM_USE_JEMALLOC
	int flags = zero ? MALLOCX_ZERO : 0;

	if (align)
		flags |= MALLOCX_ALIGN(align);
	return mallocx(size, flags);
#else
	void *p;

	if (!align)
		return zero ? calloc(1, size) : malloc(size);
	if (posix_memalign(&p, align, size))
		return NULL;
	if (zero)
		memset(p, 0, size);
	return p;
#endif
}

static void __backend_free(void *p)
{
#ifdef GMEMSIM_USE_JEMALLOC
	dallocx(p, 0);
#else
	free(p);
#endif
}

static size_t __backend_size(const void *p)
{
#ifdef GMEMSIM_USE_JEMALLOC
	return sallocx((void *)p, 0);
#else
	return malloc_usable_size((void *)p);
#endif
}

/* [slab_pre_alloc_hook/might_alloc]: a blocking allocation is a might_sleep(). */
static void might_alloc(gfp_t gfp)
{
	if (gfpflags_allow_blocking(gfp))
		might_sleep();
}

/*
 * Allocate @size bytes aligned to @align (0: default) per @gfp; up to
 * KMALLOC_MAX_SIZE unless @vmalloc_ok (kvmalloc).
 */
static void *__kmalloc(size_t size, size_t align, gfp_t gfp, bool vmalloc_ok)
{
	void *p;

	might_alloc(gfp);
	if (unlikely(should_failslab(size, gfp)))
		return NULL;
	if (unlikely(over_budget(size, gfp)))
		return NULL;
	if (unlikely(size > KMALLOC_MAX_SIZE && !vmalloc_ok)) {
		WARN_ON_ONCE(!(gfp & __GFP_NOWARN));
		return NULL;
	}
	p = __backend_alloc(size, align, gfp & __GFP_ZERO);
	/* The host running out of memory is not a model event: treat as fatal. */
	BUG_ON(!p);
	kmalloc_account(1, (long)__backend_size(p));
	track_alloc(p);
	return p;
}

static void __kfree(void *p)
{
	track_free(p);
	kmalloc_account(-1, -(long)__backend_size(p));
	__backend_free(p);
}

void *kmalloc(size_t size, gfp_t gfp)
{
	if (unlikely(!size)) {
		might_alloc(gfp);
		return ZERO_SIZE_PTR;
	}
	return __kmalloc(size, kmalloc_align(size), gfp, false);
}

void kfree(const void *p)
{
	if (unlikely(ZERO_OR_NULL_PTR(p)))
		return;
	__kfree((void *)p);
}

size_t ksize(const void *p)
{
	if (unlikely(ZERO_OR_NULL_PTR(p)))
		return 0;
	return __backend_size(p);
}

void *krealloc(const void *p, size_t new_size, gfp_t gfp)
{
	size_t old_size;
	void *n;

	if (unlikely(!new_size)) {
		kfree(p);
		return ZERO_SIZE_PTR;
	}
	old_size = ksize(p);
	/* [__do_krealloc]: the object already has room; keep it. */
	if (new_size <= old_size && new_size <= (size_t)KMALLOC_MAX_SIZE) {
		return (void *)p;
	}
	n = kmalloc(new_size, gfp & ~__GFP_ZERO);
	if (!n)
		return NULL;
	if (old_size)
		memcpy(n, p, old_size);
	if (gfp & __GFP_ZERO)
		memset((char *)n + old_size, 0, new_size - old_size);
	kfree(p);
	return n;
}

void *kvmalloc(size_t size, gfp_t gfp)
{
	if (size <= KMALLOC_MAX_SIZE)
		return kmalloc(size, gfp);
	/* [kvmalloc_node]: vmalloc's share, page-aligned (jemalloc's large sizes are). */
	return __kmalloc(size, 0, gfp, true);
}

void kvfree(const void *p)
{
	kfree(p);
}

void *alloc_pages_exact(size_t size, gfp_t gfp)
{
	if (unlikely(!size))
		return NULL;
	return __kmalloc(ALIGN(size, PAGE_SIZE), PAGE_SIZE, gfp, false);
}

void free_pages_exact(void *p, size_t size)
{
	if (!p)
		return;
	WARN_ON(__backend_size(p) < ALIGN(size, PAGE_SIZE));
	__kfree(p);
}

void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = kmalloc(len, gfp & ~__GFP_ZERO);

	if (p && len)
		memcpy(p, src, len);
	return p;
}

char *kstrdup(const char *s, gfp_t gfp)
{
	if (!s)
		return NULL;
	return kmemdup(s, strlen(s) + 1, gfp);
}

/* ---- kmem_cache ------------------------------------------------------------- */

struct kmem_cache {
	const char *name;
	unsigned int object_size;	/* what the user asked for */
	unsigned int align;
	unsigned int flags;
	/*
	 * SLAB_TYPESAFE_BY_RCU: an rcu_head lives this many bytes before each
	 * object, so that a free can wait for a grace period without touching the
	 * object (readers may still be validating it).
	 */
	unsigned int rcu_offset;
	void (*ctor)(void *);
	long nr_live;			/* objects allocated; relaxed atomics */
};

#define SLAB_CACHE_LINE 64

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size, unsigned int align,
				     unsigned int flags, void (*ctor)(void *))
{
	struct kmem_cache *s;

	if (WARN_ON(!name || !size || (align && !is_power_of_2(align))))
		goto err;
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		goto err;
	s->name = name;
	s->object_size = size;
	s->align = max_t(unsigned int, align, ARCH_KMALLOC_MINALIGN);
	if (flags & SLAB_HWCACHE_ALIGN)
		s->align = max_t(unsigned int, s->align, SLAB_CACHE_LINE);
	s->flags = flags;
	if (flags & SLAB_TYPESAFE_BY_RCU)
		s->rcu_offset = ALIGN((unsigned int)sizeof(struct rcu_head), s->align);
	s->ctor = ctor;
	return s;
err:
	if (flags & SLAB_PANIC)
		BUG();
	return NULL;
}

void kmem_cache_destroy(struct kmem_cache *s)
{
	if (!s)
		return;
	/* [kmem_cache_destroy]: pending RCU frees must land before the check. */
	if (s->flags & SLAB_TYPESAFE_BY_RCU)
		rcu_barrier();
	if (WARN(__atomic_load_n(&s->nr_live, __ATOMIC_RELAXED),
		 "kmem_cache_destroy %s: Slab cache still has objects (%ld)", s->name,
		 __atomic_load_n(&s->nr_live, __ATOMIC_RELAXED)))
		return;	/* like the kernel, leak the cache rather than free live objects */
	kfree(s);
}

void *kmem_cache_alloc(struct kmem_cache *s, gfp_t gfp)
{
	size_t align = s->align > 16 ? s->align : 0;
	char *p;

	p = __kmalloc(s->rcu_offset + s->object_size, align, gfp, false);
	if (!p)
		return NULL;
	p += s->rcu_offset;
	if (s->ctor)
		s->ctor(p);
	__atomic_fetch_add(&s->nr_live, 1, __ATOMIC_RELAXED);
	return p;
}

static void kmem_cache_free_rcu(struct rcu_head *head)
{
	__kfree(head);
}

void kmem_cache_free(struct kmem_cache *s, void *obj)
{
	if (unlikely(!obj))
		return;
	__atomic_fetch_sub(&s->nr_live, 1, __ATOMIC_RELAXED);
	if (s->flags & SLAB_TYPESAFE_BY_RCU) {
		call_rcu((struct rcu_head *)((char *)obj - s->rcu_offset), kmem_cache_free_rcu);
		return;
	}
	__kfree(obj);
}
