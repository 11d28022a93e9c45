/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/xarray.h (implementation: lib/xarray.c).
 *
 * An XArray is a radix tree of struct xa_node indexed by unsigned long, with
 * the kernel's entry encoding (pointers, value entries, internal entries),
 * three search marks that propagate towards the root, and the kernel's
 * concurrency rules: writers serialise on xa_lock (a spinlock_t that lockdep
 * tracks); readers (xa_load, xa_find, xa_get_mark, iteration) run under
 * rcu_read_lock() and never take the lock; nodes are published with
 * rcu_assign_pointer() and freed through kfree_rcu(), and the slots of a node
 * that leaves the tree while still holding entries become XA_RETRY_ENTRY so a
 * reader walking it starts again from the head.
 *
 * XA_CHUNK_SHIFT is a build knob (-DXA_CHUNK_SHIFT=3 in tests to reach deep
 * trees with little data, 6 like the kernel; default 6).
 *
 * Multi-index entries (CONFIG_XARRAY_MULTI) as in the kernel: an entry in
 * slot a of a node at shift s, followed by sibling entries (xa_mk_sibling(a))
 * in slots a+1..a+n, covers the (n + 1) << s indices of those slots.
 * xa_store_range() stores a range as a few such entries (at most two per
 * level: the kernel's xas_set_range() split), xa_store_order() one entry of
 * order k (shift k - k % XA_CHUNK_SHIFT, 2^(k % XA_CHUNK_SHIFT) slots).  Any
 * index of a multi-index entry loads, marks, erases and replaces the whole
 * entry; xa_find() and iteration report it once (at the first index searched
 * when that falls inside it, else at its first index).
 *
 * Simplified against the kernel:
 *  - no xas_split()/xa_get_order()/xas_create_range(); a store that covers
 *    part of a multi-index entry takes the whole entry over (the kernel's
 *    behaviour without a split); where the kernel's xa_store_range() would
 *    start a piece at the first slot of an entry it lands inside and stop
 *    short of @last, the model still covers [first, last] in full;
 *  - no allocating arrays (XA_FLAGS_ALLOC, xa_alloc(), XA_FREE_MARK tracking,
 *    XA_FLAGS_ZERO_BUSY), no XA_FLAGS_ACCOUNT, no node LRU / workingset
 *    private_list;
 *  - no advanced xa_state (xas_*) API: the normal API only;
 *  - every store preallocates the nodes it will need before changing the tree
 *    (first GFP_NOWAIT under xa_lock, then like xas_nomem() with the caller's
 *    gfp, dropping xa_lock when that gfp may block), so a failed allocation
 *    leaves no empty nodes behind;
 *  - storing any internal entry other than XA_ZERO_ENTRY fails with -EINVAL
 *    (the kernel only refuses the "advanced" ones: retry and sibling);
 *    xa_store_range() refuses XA_ZERO_ENTRY too, as the kernel does.
 */
#ifndef _GMEMSIM_LINUX_XARRAY_H
#define _GMEMSIM_LINUX_XARRAY_H

#include <linux/bug.h>
#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/types.h>

#include <limits.h>

/* ---- entries ----------------------------------------------------------------
 *
 * Bottom two bits of an entry:
 *   00  a pointer (kernel objects are at least 4-byte aligned)
 *   x1  a value entry: an unsigned long shifted up by one
 *   10  an internal entry: sibling entries (0..XA_CHUNK_SIZE - 2), node
 *       pointers (> 4096), XA_RETRY_ENTRY (256), XA_ZERO_ENTRY (257),
 *       errors (-MAX_ERRNO..-1)
 */

/* [xa_mk_value]: an integer in [0, LONG_MAX] stored as an entry. */
static inline void *xa_mk_value(unsigned long v)
{
	WARN_ON((long)v < 0);
	return (void *)((v << 1) | 1);
}

static inline unsigned long xa_to_value(const void *entry)
{
	return (unsigned long)entry >> 1;
}

static inline bool xa_is_value(const void *entry)
{
	return (unsigned long)entry & 1;
}

static inline void *xa_mk_internal(unsigned long v)
{
	return (void *)((v << 2) | 2);
}

static inline unsigned long xa_to_internal(const void *entry)
{
	return (unsigned long)entry >> 2;
}

static inline bool xa_is_internal(const void *entry)
{
	return ((unsigned long)entry & 3) == 2;
}

/* A reader saw a node being torn down: walk again from the head. */
#define XA_RETRY_ENTRY xa_mk_internal(256)
/* A reserved index: occupies the slot, reads back as NULL. */
#define XA_ZERO_ENTRY xa_mk_internal(257)

static inline bool xa_is_retry(const void *entry)
{
	return unlikely(entry == XA_RETRY_ENTRY);
}

static inline bool xa_is_zero(const void *entry)
{
	return unlikely(entry == XA_ZERO_ENTRY);
}

/* [xa_is_err]: an errno encoded as an internal entry, as returned by xa_store(). */
static inline bool xa_is_err(const void *entry)
{
	return unlikely(xa_is_internal(entry) &&
			(unsigned long)entry >= (unsigned long)xa_mk_internal(-MAX_ERRNO));
}

/* [xa_err]: the negative errno in @entry, or 0 when it is not an error. */
static inline int xa_err(void *entry)
{
	if (xa_is_err(entry))
		return (int)((long)entry >> 2);
	return 0;
}

#define XA_ERROR(errno) ((void *)(((unsigned long)(errno) << 2) | 2UL))

/* ---- marks ---------------------------------------------------------------- */

typedef unsigned int xa_mark_t;

#define XA_MARK_0 ((xa_mark_t)0U)
#define XA_MARK_1 ((xa_mark_t)1U)
#define XA_MARK_2 ((xa_mark_t)2U)
#define XA_PRESENT ((xa_mark_t)8U)	/* a find filter: any entry, marked or not */
#define XA_MARK_MAX XA_MARK_2
#define XA_MAX_MARKS 3

/*
 * The array-wide copy of each mark (set iff some entry carries it) lives in
 * xa_flags above the gfp bits, as in the kernel.
 */
#define XA_FLAGS_MARK_SHIFT 28
#define XA_FLAGS_MARK(mark) ((gfp_t)(1U << (XA_FLAGS_MARK_SHIFT + (unsigned int)(mark))))
#define XA_FLAGS_MARK_ALL (XA_FLAGS_MARK(XA_MARK_0) | XA_FLAGS_MARK(XA_MARK_1) | \
			   XA_FLAGS_MARK(XA_MARK_2))

/* ---- the array ------------------------------------------------------------ */

/*
 * @xa_lock serialises writers; @xa_flags holds the marks of the whole array;
 * @xa_head is NULL, the entry at index 0, or a node (all read under RCU).
 */
struct xarray {
	spinlock_t xa_lock;
	gfp_t xa_flags;
	void __rcu *xa_head;
};

#define XARRAY_INIT(name, flags) {                                             \
	.xa_lock = __SPIN_LOCK_UNLOCKED(name.xa_lock),                         \
	.xa_flags = (flags),                                                   \
	.xa_head = NULL,                                                       \
}

#define DEFINE_XARRAY_FLAGS(name, flags) struct xarray name = XARRAY_INIT(name, flags)
#define DEFINE_XARRAY(name) DEFINE_XARRAY_FLAGS(name, 0)

/* [xa_init_flags]: every xarray initialised here shares one lockdep class. */
static inline void xa_init_flags(struct xarray *xa, gfp_t flags)
{
	spin_lock_init(&xa->xa_lock);
	xa->xa_flags = flags;
	xa->xa_head = NULL;
}

static inline void xa_init(struct xarray *xa)
{
	xa_init_flags(xa, 0);
}

/* [xa_empty]: a snapshot; true when no index holds an entry (reserved ones count). */
static inline bool xa_empty(const struct xarray *xa)
{
	/* snapshot of the head: no ordering needed for a NULL test */
	return READ_ONCE(xa->xa_head) == NULL;
}

/* [xa_marked]: does any entry carry @mark?  A snapshot, callable without the lock. */
static inline bool xa_marked(const struct xarray *xa, xa_mark_t mark)
{
	/* snapshot of the array-wide marks; writers update them under xa_lock */
	return READ_ONCE(xa->xa_flags) & XA_FLAGS_MARK(mark);
}

/* No interrupts in the model: the _irq/_bh forms are the plain lock. */
#define xa_lock(xa) spin_lock(&(xa)->xa_lock)
#define xa_unlock(xa) spin_unlock(&(xa)->xa_lock)
#define xa_trylock(xa) spin_trylock(&(xa)->xa_lock)
#define xa_lock_irq(xa) spin_lock_irq(&(xa)->xa_lock)
#define xa_unlock_irq(xa) spin_unlock_irq(&(xa)->xa_lock)
#define xa_lock_bh(xa) spin_lock_bh(&(xa)->xa_lock)
#define xa_unlock_bh(xa) spin_unlock_bh(&(xa)->xa_lock)
#define xa_lock_irqsave(xa, flags) spin_lock_irqsave(&(xa)->xa_lock, flags)
#define xa_unlock_irqrestore(xa, flags) spin_unlock_irqrestore(&(xa)->xa_lock, flags)

/* ---- nodes ---------------------------------------------------------------- */

#ifndef XA_CHUNK_SHIFT
#define XA_CHUNK_SHIFT 6
#endif
#define XA_CHUNK_SIZE (1UL << XA_CHUNK_SHIFT)
#define XA_CHUNK_MASK (XA_CHUNK_SIZE - 1)
#define XA_MARK_LONGS DIV_ROUND_UP(XA_CHUNK_SIZE, BITS_PER_LONG)
/* Levels of a tree that holds ULONG_MAX. */
#define XA_MAX_HEIGHT DIV_ROUND_UP(BITS_PER_LONG, XA_CHUNK_SHIFT)

_Static_assert(XA_CHUNK_SHIFT >= 1 && XA_CHUNK_SHIFT <= 6,
	       "XA_CHUNK_SHIFT must be 1..6: count and offset are unsigned char");

/*
 * [struct xa_node]: @shift is how far to shift an index to find this node's
 * slot; @offset is this node's slot in @parent; @count counts non-NULL slots
 * (siblings too), @nr_values the slots whose entry is a value.  @marks[m] has
 * bit i set when slot i carries mark m (for an inner slot: some entry below
 * it does; a multi-index entry's marks live on its first slot).  Readers see
 * @shift (fixed at allocation), @slots and @marks; the rest is writer-only
 * under xa_lock.
 */
struct xa_node {
	unsigned char shift;
	unsigned char offset;
	unsigned char count;
	unsigned char nr_values;
	struct xa_node *parent;		/* NULL at the top */
	struct xarray *array;
	struct rcu_head rcu_head;	/* kfree_rcu() once unlinked */
	void __rcu *slots[XA_CHUNK_SIZE];
	unsigned long marks[XA_MAX_MARKS][XA_MARK_LONGS];
};

/*
 * [xa_mk_sibling]: in a multi-index entry's slots after the first, the offset
 * of that first (canonical) slot, which holds the entry.  Always lower than
 * the slot holding it.
 */
static inline void *xa_mk_sibling(unsigned int offset)
{
	return xa_mk_internal(offset);
}

static inline unsigned int xa_to_sibling(const void *entry)
{
	return (unsigned int)xa_to_internal(entry);
}

static inline bool xa_is_sibling(const void *entry)
{
	return xa_is_internal(entry) &&
	       (unsigned long)entry < (unsigned long)xa_mk_sibling(XA_CHUNK_SIZE - 1);
}

/* A node is stored as an internal entry: its address with bit 1 set. */
static inline bool xa_is_node(const void *entry)
{
	return xa_is_internal(entry) && (unsigned long)entry > 4096;
}

static inline struct xa_node *xa_to_node(const void *entry)
{
	return (struct xa_node *)((unsigned long)entry - 2);
}

static inline void *xa_mk_node(const struct xa_node *node)
{
	return (void *)((unsigned long)node | 2);
}

/* ---- the API -------------------------------------------------------------- */

/* Readers: rcu_read_lock() inside, never xa_lock. */
void *xa_load(struct xarray *xa, unsigned long index);
void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max, xa_mark_t filter);
void *xa_find_after(struct xarray *xa, unsigned long *indexp, unsigned long max,
		    xa_mark_t filter);
bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);

/* Writers: take xa_lock.  The __ forms expect it held and may drop it to allocate. */
void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *__xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *xa_erase(struct xarray *xa, unsigned long index);
void *__xa_erase(struct xarray *xa, unsigned long index);
void *xa_cmpxchg(struct xarray *xa, unsigned long index, void *old, void *entry, gfp_t gfp);
void *__xa_cmpxchg(struct xarray *xa, unsigned long index, void *old, void *entry, gfp_t gfp);
int xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void __xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void __xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_destroy(struct xarray *xa);

/*
 * [xa_store_range]: make every index in [@first, @last] load @entry (NULL
 * erases every entry the range touches, wholly).  NULL on success, xa_err()
 * -EINVAL for an internal entry or @last < @first, -ENOMEM when nodes cannot
 * be allocated: the pieces before the failing one stay stored, as in the
 * kernel, and the caller undoes them.
 */
void *xa_store_range(struct xarray *xa, unsigned long first, unsigned long last, void *entry,
		     gfp_t gfp);
/*
 * [xa_store_order] (the kernel's lib/test_xarray.c helper, XA_STATE_ORDER +
 * xas_store): one entry over the 2^@order indices around @index, @order <=
 * BITS_PER_LONG.  Returns the entry that was at the first of them, or xa_err().
 */
void *xa_store_order(struct xarray *xa, unsigned long index, unsigned int order, void *entry,
		     gfp_t gfp);

/*
 * [xa_reserve]: make @index occupied without an entry: xa_load() reads NULL,
 * xa_insert() fails with -EBUSY, xa_store() replaces it.  0 or -ENOMEM.
 */
static inline __must_check int xa_reserve(struct xarray *xa, unsigned long index, gfp_t gfp)
{
	return xa_err(xa_cmpxchg(xa, index, NULL, XA_ZERO_ENTRY, gfp));
}

/* [xa_release]: drop a reservation (no effect when @index holds a real entry). */
static inline void xa_release(struct xarray *xa, unsigned long index)
{
	xa_cmpxchg(xa, index, XA_ZERO_ENTRY, NULL, 0);
}

/*
 * Iteration: each step is an xa_find()/xa_find_after() under RCU, so entries
 * may be stored and erased meanwhile; every entry present throughout the walk
 * is visited once, in index order (a multi-index entry once, at @start when
 * it began before @start).  Reserved entries are skipped.
 */
#define xa_for_each_range(xa, index, entry, start, last)                       \
	for (index = (start), entry = xa_find(xa, &index, last, XA_PRESENT);   \
	     entry;                                                            \
	     entry = xa_find_after(xa, &index, last, XA_PRESENT))

#define xa_for_each_start(xa, index, entry, start)                             \
	xa_for_each_range(xa, index, entry, start, ULONG_MAX)

#define xa_for_each(xa, index, entry) xa_for_each_start(xa, index, entry, 0)

#define xa_for_each_marked(xa, index, entry, filter)                           \
	for (index = 0, entry = xa_find(xa, &index, ULONG_MAX, filter);        \
	     entry;                                                            \
	     entry = xa_find_after(xa, &index, ULONG_MAX, filter))

#endif /* _GMEMSIM_LINUX_XARRAY_H */
