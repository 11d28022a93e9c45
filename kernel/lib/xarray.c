// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: lib/xarray.c (and the node geometry of lib/radix-tree.h).
 *
 * The tree: xa_head is NULL, the entry at index 0, or the top node.  A node at
 * shift s spans XA_CHUNK_SIZE << s indices; leaves have shift 0.  The tree
 * grows (xa_expand) when an index beyond the top node's span is stored, and
 * shrinks (xa_shrink) when the top node is left with one child in slot 0,
 * down to a single entry at index 0 living in xa_head, as in the kernel.
 *
 * Concurrency (kernel rules): writers hold xa_lock; readers hold only
 * rcu_read_lock() and load every slot with rcu_dereference(); writers publish
 * initialised nodes and entries with rcu_assign_pointer(); unlinked nodes are
 * freed with kfree_rcu().  A node that leaves the tree while still holding an
 * entry (xa_shrink, xa_destroy) has that slot overwritten with XA_RETRY_ENTRY
 * after it is unlinked, so a reader inside it walks again from the head.
 * Mark bitmaps are read by readers locklessly and written by writers under
 * xa_lock, one word at a time with READ_ONCE/WRITE_ONCE.
 *
 * Simplified against lib/xarray.c (see also linux/xarray.h): there is no
 * xa_state; the walks below are written per operation.  Nodes come from
 * kmalloc(), not a kmem_cache.  A store computes how many nodes it will need
 * (xa_nodes_needed) and allocates them all before it changes the tree, first
 * with GFP_NOWAIT under xa_lock (xas_alloc), then with the caller's gfp,
 * dropping xa_lock when that gfp may block (xas_nomem/__xas_nomem); so an
 * -ENOMEM store leaves the array exactly as it was, without empty nodes.
 */
#include <linux/xarray.h>

#include <limits.h>
#include <string.h>

_Static_assert(XA_MARK_LONGS == 1, "one bitmap word per mark and node");
_Static_assert(XA_MAX_MARKS == XA_MARK_MAX + 1, "marks 0..XA_MARK_MAX");
_Static_assert(!(XA_FLAGS_MARK_ALL & (GFP_KERNEL_ACCOUNT | GFP_ATOMIC | GFP_NOWAIT | __GFP_ZERO |
				      __GFP_NOFAIL | __GFP_NORETRY | __GFP_RETRY_MAYFAIL)),
	       "the array-wide marks live above the gfp bits in xa_flags");

/* Nodes a single store may need: a new chain for the old head and one for @index. */
#define XA_POOL_MAX (2 * XA_MAX_HEIGHT)

/* Nodes allocated ahead of a store, so that the store itself cannot fail. */
struct xa_pool {
	unsigned int nr;	/* nodes held */
	unsigned int want;	/* nodes the pending store needs */
	struct xa_node *nodes[XA_POOL_MAX];
};

static inline void *xa_zero_to_null(void *entry)
{
	return xa_is_zero(entry) ? NULL : entry;
}

/* Stores refuse internal entries, except XA_ZERO_ENTRY (a reservation). */
static inline bool xa_is_invalid_store(const void *entry)
{
	return xa_is_internal(entry) && !xa_is_zero(entry);
}

static inline unsigned int xa_offset(unsigned long index, const struct xa_node *node)
{
	return (index >> node->shift) & XA_CHUNK_MASK;
}

/* The index bits below and within a node at @shift (all of them at the top). */
static inline unsigned long xa_span_mask(unsigned int shift)
{
	if (shift + XA_CHUNK_SHIFT >= BITS_PER_LONG)
		return ULONG_MAX;
	return (1UL << (shift + XA_CHUNK_SHIFT)) - 1;
}

/* Shift of the smallest top node whose span holds @index. */
static unsigned int xa_shift_for(unsigned long index)
{
	unsigned int shift = 0;

	while ((index >> shift) > XA_CHUNK_MASK)
		shift += XA_CHUNK_SHIFT;
	return shift;
}

/* ---- accessors -------------------------------------------------------------- */

/*
 * Update side: xa_lock, asserted once at each entry point, keeps slots and the
 * head from changing under us (the kernel's xa_entry_locked()/xa_head_locked()).
 */
#define xa_deref_locked(p) rcu_dereference_protected(p, 1)

static inline void *xa_head_locked(struct xarray *xa)
{
	return xa_deref_locked(xa->xa_head);
}

static inline void *xa_entry_locked(struct xa_node *node, unsigned int offset)
{
	return xa_deref_locked(node->slots[offset]);
}

static inline bool node_get_mark(struct xa_node *node, unsigned int offset, xa_mark_t mark)
{
	/* lockless readers: a snapshot of the word that writers flip under xa_lock */
	return READ_ONCE(node->marks[mark][0]) & (1UL << offset);
}

/* Returns whether the bit was already set.  xa_lock held. */
static inline bool node_set_mark(struct xa_node *node, unsigned int offset, xa_mark_t mark)
{
	unsigned long word = node->marks[mark][0];

	if (word & (1UL << offset))
		return true;
	/* xa_lock serialises writers; WRITE_ONCE because readers load it locklessly */
	WRITE_ONCE(node->marks[mark][0], word | (1UL << offset));
	return false;
}

/* Returns whether the bit was set.  xa_lock held. */
static inline bool node_clear_mark(struct xa_node *node, unsigned int offset, xa_mark_t mark)
{
	unsigned long word = node->marks[mark][0];

	if (!(word & (1UL << offset)))
		return false;
	/* xa_lock serialises writers; WRITE_ONCE because readers load it locklessly */
	WRITE_ONCE(node->marks[mark][0], word & ~(1UL << offset));
	return true;
}

static inline bool node_any_mark(struct xa_node *node, xa_mark_t mark)
{
	return node->marks[mark][0] != 0;
}

/* First slot at or after @offset carrying @mark, XA_CHUNK_SIZE when none. */
static inline unsigned int node_find_mark(struct xa_node *node, unsigned int offset,
					  xa_mark_t mark)
{
	/* lockless readers: a snapshot; a stale bit only costs a wasted descent */
	unsigned long word = READ_ONCE(node->marks[mark][0]) & (~0UL << offset);

	return word ? (unsigned int)__builtin_ctzl(word) : XA_CHUNK_SIZE;
}

static inline void xa_mark_set(struct xarray *xa, xa_mark_t mark)
{
	/* xa_lock held; readers test xa_flags with READ_ONCE (xa_marked) */
	WRITE_ONCE(xa->xa_flags, xa->xa_flags | XA_FLAGS_MARK(mark));
}

static inline void xa_mark_clear(struct xarray *xa, xa_mark_t mark)
{
	/* xa_lock held; readers test xa_flags with READ_ONCE (xa_marked) */
	WRITE_ONCE(xa->xa_flags, xa->xa_flags & ~XA_FLAGS_MARK(mark));
}

/* [xas_set_mark]: mark slot @offset of @node (NULL: the head) and every ancestor. */
static void xa_mark_set_path(struct xarray *xa, struct xa_node *node, unsigned int offset,
			     xa_mark_t mark)
{
	while (node) {
		if (node_set_mark(node, offset, mark))
			return;
		offset = node->offset;
		node = node->parent;
	}
	if (!xa_marked(xa, mark))
		xa_mark_set(xa, mark);
}

/* [xas_clear_mark]: unmark, and unmark each ancestor left with no marked child. */
static void xa_mark_clear_path(struct xarray *xa, struct xa_node *node, unsigned int offset,
			       xa_mark_t mark)
{
	while (node) {
		if (!node_clear_mark(node, offset, mark))
			return;
		if (node_any_mark(node, mark))
			return;
		offset = node->offset;
		node = node->parent;
	}
	if (xa_marked(xa, mark))
		xa_mark_clear(xa, mark);
}

/* ---- node allocation -------------------------------------------------------- */

/* Top the pool up to pool->want nodes with @gfp.  False on allocation failure. */
static bool xa_pool_fill(struct xa_pool *pool, gfp_t gfp)
{
	while (pool->nr < pool->want) {
		struct xa_node *node = kmalloc(sizeof(*node), gfp);

		if (!node)
			return false;
		pool->nodes[pool->nr++] = node;
	}
	return true;
}

static void xa_pool_drain(struct xa_pool *pool)
{
	while (pool->nr)
		kfree(pool->nodes[--pool->nr]);
}

/* [xas_alloc]: a node from the pool, initialised and not yet visible to readers. */
static struct xa_node *xa_node_alloc(struct xarray *xa, struct xa_pool *pool, unsigned int shift,
				     struct xa_node *parent, unsigned int offset)
{
	struct xa_node *node;

	BUG_ON(!pool->nr);
	node = pool->nodes[--pool->nr];
	memset(node, 0, sizeof(*node));
	node->shift = shift;
	node->offset = offset;
	node->parent = parent;
	node->array = xa;
	return node;
}

/* [xa_node_free]: readers may still be walking @node; free it after a grace period. */
static void xa_node_free(struct xa_node *node)
{
	kfree_rcu(node, rcu_head);
}

/*
 * How many nodes a store of a non-NULL entry at @index will create: the
 * expansion of the tree up to xa_shift_for(@index) (starting with a leaf for
 * an entry in the head), plus the missing nodes on the path to @index.
 */
static unsigned int xa_nodes_needed(struct xarray *xa, unsigned long index)
{
	unsigned int shift = xa_shift_for(index);
	void *entry = xa_head_locked(xa);
	struct xa_node *node;

	if (!xa_is_node(entry)) {
		if (!index)
			return 0;
		/* Below a new top, index's path leaves slot 0 (index >> shift != 0). */
		return shift / XA_CHUNK_SHIFT + 1 + (entry ? shift / XA_CHUNK_SHIFT : 0);
	}
	node = xa_to_node(entry);
	if (shift > node->shift)
		return (shift - node->shift) / XA_CHUNK_SHIFT + shift / XA_CHUNK_SHIFT;
	while (node->shift) {
		entry = xa_entry_locked(node, xa_offset(index, node));
		if (!entry)
			return node->shift / XA_CHUNK_SHIFT;
		node = xa_to_node(entry);
	}
	return 0;
}

/* ---- growing and shrinking -------------------------------------------------- */

/*
 * [xas_expand]: add nodes on top until the tree spans @index; the old head
 * goes to slot 0 of each new top, with the array-wide marks as its marks.
 */
static void xa_expand(struct xarray *xa, struct xa_pool *pool, unsigned long index)
{
	unsigned int want = xa_shift_for(index);
	void *head = xa_head_locked(xa);

	for (;;) {
		struct xa_node *node, *child = NULL;
		unsigned int shift = 0;
		xa_mark_t mark;

		if (xa_is_node(head)) {
			child = xa_to_node(head);
			if (child->shift >= want)
				return;
			shift = child->shift + XA_CHUNK_SHIFT;
		} else if (!head || !index) {
			return;
		}
		node = xa_node_alloc(xa, pool, shift, NULL, 0);
		node->count = 1;
		node->nr_values = xa_is_value(head);
		RCU_INIT_POINTER(node->slots[0], head);	/* node not yet visible */
		for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++)
			if (xa_marked(xa, mark))
				node->marks[mark][0] = 1;
		if (child)
			child->parent = node;	/* writer-only field, xa_lock held */
		head = xa_mk_node(node);
		/* publish: orders the node's initialisation before readers find it */
		rcu_assign_pointer(xa->xa_head, head);
	}
}

/*
 * [xas_shrink]: while the top node holds only slot 0, make slot 0 the head.
 * An entry that moves into the head leaves XA_RETRY_ENTRY behind, so that a
 * reader still in the old top node walks again and finds it in the head.
 */
static void xa_shrink(struct xarray *xa, struct xa_node *node)
{
	for (;;) {
		void *entry;

		if (node->count != 1)
			return;
		entry = xa_entry_locked(node, 0);
		if (!entry)
			return;
		/* release: a reader that loads the new head sees the child's contents */
		rcu_assign_pointer(xa->xa_head, entry);
		node->count = 0;
		node->nr_values = 0;
		if (!xa_is_node(entry))	/* after the head moved: a retrying reader finds it */
			RCU_INIT_POINTER(node->slots[0], XA_RETRY_ENTRY);
		xa_node_free(node);
		if (!xa_is_node(entry))
			return;
		node = xa_to_node(entry);
		node->parent = NULL;	/* writer-only field, xa_lock held */
	}
}

/*
 * [xas_delete_node]: unlink and free @node and each ancestor left empty; a
 * tree whose top was reached may then shrink.  Unlinked empty nodes hold only
 * NULL slots, so a reader inside one reads NULL: no retry entry is needed.
 */
static void xa_delete_node(struct xarray *xa, struct xa_node *node)
{
	while (!node->count) {
		struct xa_node *parent = node->parent;

		if (!parent) {
			RCU_INIT_POINTER(xa->xa_head, NULL);	/* NULL needs no ordering */
			xa_node_free(node);
			return;
		}
		RCU_INIT_POINTER(parent->slots[node->offset], NULL);	/* NULL needs no ordering */
		parent->count--;
		xa_node_free(node);
		node = parent;
	}
	if (!node->parent)
		xa_shrink(xa, node);
}

/* ---- update-side walks ------------------------------------------------------ */

/*
 * The slot of @index and its leaf (*@nodep, NULL for the head), or NULL when
 * the tree has no slot for @index.  xa_lock held.
 */
static void __rcu **xa_slot_locked(struct xarray *xa, unsigned long index,
				   struct xa_node **nodep)
{
	void *entry = xa_head_locked(xa);
	struct xa_node *node;

	*nodep = NULL;
	if (!xa_is_node(entry))
		return index ? NULL : &xa->xa_head;
	node = xa_to_node(entry);
	if ((index >> node->shift) > XA_CHUNK_MASK)
		return NULL;
	while (node->shift) {
		entry = xa_entry_locked(node, xa_offset(index, node));
		if (!entry)
			return NULL;
		node = xa_to_node(entry);
	}
	*nodep = node;
	return &node->slots[xa_offset(index, node)];
}

/* The raw entry at @index (reserved entries as XA_ZERO_ENTRY).  xa_lock held. */
static void *xa_load_locked(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	void __rcu **slot = xa_slot_locked(xa, index, &node);

	return slot ? xa_deref_locked(*slot) : NULL;
}

/* [xas_create]: the slot for @index, building the path from @pool. */
static void __rcu **xa_create(struct xarray *xa, struct xa_pool *pool, unsigned long index,
			      struct xa_node **nodep)
{
	struct xa_node *node;
	void *entry;

	xa_expand(xa, pool, index);
	entry = xa_head_locked(xa);
	*nodep = NULL;
	if (!entry && index) {
		node = xa_node_alloc(xa, pool, xa_shift_for(index), NULL, 0);
		/* publish the (empty) top node; its children follow the same way */
		rcu_assign_pointer(xa->xa_head, xa_mk_node(node));
		entry = xa_mk_node(node);
	}
	if (!xa_is_node(entry))
		return &xa->xa_head;	/* index 0 in a nodeless array */
	node = xa_to_node(entry);
	while (node->shift) {
		unsigned int offset = xa_offset(index, node);
		struct xa_node *child;

		entry = xa_entry_locked(node, offset);
		if (entry) {
			child = xa_to_node(entry);
		} else {
			child = xa_node_alloc(xa, pool, node->shift - XA_CHUNK_SHIFT, node, offset);
			/* publish: orders the child's initialisation before readers find it */
			rcu_assign_pointer(node->slots[offset], xa_mk_node(child));
			node->count++;
		}
		node = child;
	}
	*nodep = node;
	return &node->slots[xa_offset(index, node)];
}

/*
 * [xas_store] on one slot: replace the entry in @slot of leaf @node (NULL:
 * the head) with @entry and return the old one.  Erasing clears the index's
 * marks and deletes nodes left empty.
 */
static void *xa_store_slot(struct xarray *xa, struct xa_node *node, void __rcu **slot,
			   void *entry)
{
	void *curr = xa_deref_locked(*slot);
	unsigned int offset = node ? (unsigned int)(slot - node->slots) : 0;
	xa_mark_t mark;

	if (curr == entry)
		return curr;
	if (!entry)
		for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++)
			xa_mark_clear_path(xa, node, offset, mark);
	/* publish: orders the entry's initialisation (the caller's) before readers see it */
	rcu_assign_pointer(*slot, entry);
	if (!node)
		return curr;
	node->count += !!entry - !!curr;
	node->nr_values += xa_is_value(entry) - xa_is_value(curr);
	if (!entry)
		xa_delete_node(xa, node);
	return curr;
}

/*
 * Store @entry at @index with nodes from @pool, which is topped up without
 * sleeping first.  Returns the old entry, or XA_ERROR(-ENOMEM) with the array
 * untouched when the pool could not be filled.
 */
static void *xa_store_locked(struct xarray *xa, struct xa_pool *pool, unsigned long index,
			     void *entry)
{
	struct xa_node *node;
	void __rcu **slot;

	if (!entry) {
		slot = xa_slot_locked(xa, index, &node);
		return slot ? xa_store_slot(xa, node, slot, NULL) : NULL;
	}
	pool->want = xa_nodes_needed(xa, index);
	if (!xa_pool_fill(pool, GFP_NOWAIT | __GFP_NOWARN))
		return XA_ERROR(-ENOMEM);
	slot = xa_create(xa, pool, index, &node);
	return xa_store_slot(xa, node, slot, entry);
}

/*
 * [__xas_nomem]: after an -ENOMEM store, allocate the nodes it wanted with the
 * caller's @gfp (dropping xa_lock if @gfp may sleep) and ask for a retry.
 */
static bool xa_nomem(struct xarray *xa, struct xa_pool *pool, void *curr, gfp_t gfp)
{
	bool ok;

	if (curr != XA_ERROR(-ENOMEM))
		return false;
	if (!gfpflags_allow_blocking(gfp))
		return xa_pool_fill(pool, gfp);
	/* kmalloc may sleep: not under a spinlock; the tree may change meanwhile */
	xa_unlock(xa);
	ok = xa_pool_fill(pool, gfp);
	xa_lock(xa);	/* the caller re-walks the tree under it */
	return ok;
}

/* ---- the API: update side --------------------------------------------------- */

/**
 * __xa_store() - store @entry at @index, xa_lock held (may be dropped to allocate).
 * Storing NULL erases.  Returns the old entry (NULL for a reserved index), or
 * xa_err() -EINVAL for an internal entry, -ENOMEM when nodes cannot be allocated.
 */
void *__xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	struct xa_pool pool = { .nr = 0 };
	void *curr;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(xa_is_invalid_store(entry)))
		return XA_ERROR(-EINVAL);
	do {
		curr = xa_store_locked(xa, &pool, index, entry);
	} while (xa_nomem(xa, &pool, curr, gfp));
	xa_pool_drain(&pool);
	return xa_zero_to_null(curr);
}

void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *curr;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	curr = __xa_store(xa, index, entry, gfp);
	xa_unlock(xa);
	return curr;
}

/* [__xa_erase]: xa_lock held.  Returns the old entry (NULL for a reserved index). */
void *__xa_erase(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	void __rcu **slot;

	lockdep_assert_held(&xa->xa_lock);
	slot = xa_slot_locked(xa, index, &node);
	if (!slot)
		return NULL;
	return xa_zero_to_null(xa_store_slot(xa, node, slot, NULL));
}

void *xa_erase(struct xarray *xa, unsigned long index)
{
	void *curr;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	curr = __xa_erase(xa, index);
	xa_unlock(xa);
	return curr;
}

/* [__xa_cmpxchg_raw]: compares and returns the raw entry (XA_ZERO_ENTRY included). */
static void *__xa_cmpxchg_raw(struct xarray *xa, unsigned long index, void *old, void *entry,
			      gfp_t gfp)
{
	struct xa_pool pool = { .nr = 0 };
	void *curr;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(xa_is_invalid_store(entry)))
		return XA_ERROR(-EINVAL);
	do {
		curr = xa_load_locked(xa, index);
		if (curr == old) {
			void *ret = xa_store_locked(xa, &pool, index, entry);

			if (xa_is_err(ret))
				curr = ret;
		}
	} while (xa_nomem(xa, &pool, curr, gfp));
	xa_pool_drain(&pool);
	return curr;
}

/**
 * __xa_cmpxchg() - store @entry at @index if it holds @old, xa_lock held.
 * Returns the entry that was there (NULL for a reserved index: compare with
 * XA_ZERO_ENTRY to replace a reservation), or an xa_err() entry.
 */
void *__xa_cmpxchg(struct xarray *xa, unsigned long index, void *old, void *entry, gfp_t gfp)
{
	return xa_zero_to_null(__xa_cmpxchg_raw(xa, index, old, entry, gfp));
}

void *xa_cmpxchg(struct xarray *xa, unsigned long index, void *old, void *entry, gfp_t gfp)
{
	void *curr;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	curr = __xa_cmpxchg(xa, index, old, entry, gfp);
	xa_unlock(xa);
	return curr;
}

/**
 * __xa_insert() - store @entry at @index only if nothing (not even a
 * reservation) is there; NULL reserves.  0, -EBUSY, -EINVAL or -ENOMEM.
 */
int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *curr;
	int err;

	if (!entry)
		entry = XA_ZERO_ENTRY;
	curr = __xa_cmpxchg_raw(xa, index, NULL, entry, gfp);
	err = xa_err(curr);
	if (err)
		return err;
	return curr ? -EBUSY : 0;
}

int xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	int err;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	err = __xa_insert(xa, index, entry, gfp);
	xa_unlock(xa);
	return err;
}

/* [__xa_set_mark]: mark the entry at @index, if there is one.  xa_lock held. */
void __xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node;
	void __rcu **slot;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(mark > XA_MARK_MAX))
		return;
	slot = xa_slot_locked(xa, index, &node);
	if (slot && xa_deref_locked(*slot))
		xa_mark_set_path(xa, node, node ? (unsigned int)(slot - node->slots) : 0, mark);
}

/* [__xa_clear_mark]: xa_lock held. */
void __xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node;
	void __rcu **slot;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(mark > XA_MARK_MAX))
		return;
	slot = xa_slot_locked(xa, index, &node);
	if (slot && xa_deref_locked(*slot))
		xa_mark_clear_path(xa, node, node ? (unsigned int)(slot - node->slots) : 0, mark);
}

void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	xa_lock(xa);	/* serialises writers; readers only take RCU */
	__xa_set_mark(xa, index, mark);
	xa_unlock(xa);
}

void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	xa_lock(xa);	/* serialises writers; readers only take RCU */
	__xa_clear_mark(xa, index, mark);
	xa_unlock(xa);
}

/* [xas_free_nodes]: free a detached subtree, leaving retry entries for readers. */
static void xa_free_nodes(struct xa_node *node)
{
	unsigned int offset;

	for (offset = 0; offset < XA_CHUNK_SIZE; offset++) {
		void *entry = xa_entry_locked(node, offset);

		if (!entry)
			continue;
		if (node->shift)
			xa_free_nodes(xa_to_node(entry));
		else	/* the head is already NULL: a retrying reader finds nothing */
			RCU_INIT_POINTER(node->slots[offset], XA_RETRY_ENTRY);
	}
	xa_node_free(node);
}

/* [xa_destroy]: erase every entry and free every node.  The array stays usable. */
void xa_destroy(struct xarray *xa)
{
	void *entry;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	entry = xa_head_locked(xa);
	RCU_INIT_POINTER(xa->xa_head, NULL);	/* NULL needs no ordering */
	/* xa_lock held; readers test xa_flags with READ_ONCE (xa_marked) */
	WRITE_ONCE(xa->xa_flags, xa->xa_flags & ~XA_FLAGS_MARK_ALL);
	if (xa_is_node(entry))
		xa_free_nodes(xa_to_node(entry));
	xa_unlock(xa);
}

/* ---- the API: read side ----------------------------------------------------- */

/* [xas_load]: the raw entry at @index.  rcu_read_lock() held. */
static void *xa_load_rcu(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	void *entry;

retry:
	/* pairs with rcu_assign_pointer() of a new head: the node is initialised */
	entry = rcu_dereference(xa->xa_head);
	if (!xa_is_node(entry))
		return index ? NULL : entry;
	node = xa_to_node(entry);
	if ((index >> node->shift) > XA_CHUNK_MASK)
		return NULL;
	for (;;) {
		/* pairs with rcu_assign_pointer() of the slot */
		entry = rcu_dereference(node->slots[xa_offset(index, node)]);
		if (xa_is_retry(entry))
			goto retry;
		if (!xa_is_node(entry))
			return entry;
		node = xa_to_node(entry);
	}
}

/* [xa_load]: the entry at @index, NULL if none or reserved.  Takes no lock. */
void *xa_load(struct xarray *xa, unsigned long index)
{
	void *entry;

	rcu_read_lock();
	entry = xa_load_rcu(xa, index);
	rcu_read_unlock();
	return xa_zero_to_null(entry);
}

/*
 * [xas_find]/[xas_find_marked]: the first entry at an index in [*@indexp,
 * @max] that matches @filter (XA_PRESENT or a mark), skipping reservations.
 * Walks down from the head; when a node has nothing left to offer, moves the
 * index past the node's span and walks down again.  rcu_read_lock() held.
 */
static void *xa_find_rcu(struct xarray *xa, unsigned long *indexp, unsigned long max,
			 xa_mark_t filter)
{
	bool marked = filter <= XA_MARK_MAX;
	unsigned long index = *indexp;
	struct xa_node *node;
	unsigned int offset;
	void *entry;

restart:
	if (index > max)
		return NULL;
	/* pairs with rcu_assign_pointer() of a new head */
	entry = rcu_dereference(xa->xa_head);
	if (!xa_is_node(entry)) {
		if (index || !entry || xa_is_zero(entry) || (marked && !xa_marked(xa, filter)))
			return NULL;
		*indexp = 0;
		return entry;
	}
	node = xa_to_node(entry);
	if ((index >> node->shift) > XA_CHUNK_MASK)
		return NULL;
	offset = xa_offset(index, node);
	for (;;) {
		if (marked && offset < XA_CHUNK_SIZE)
			offset = node_find_mark(node, offset, filter);
		if (offset == XA_CHUNK_SIZE) {
			unsigned long span = xa_span_mask(node->shift);

			if ((index | span) == ULONG_MAX)
				return NULL;
			index = (index | span) + 1;
			goto restart;
		}
		if (offset != xa_offset(index, node))
			index = (index & ~xa_span_mask(node->shift)) |
				((unsigned long)offset << node->shift);
		if (index > max)
			return NULL;
		/* pairs with rcu_assign_pointer() of the slot */
		entry = rcu_dereference(node->slots[offset]);
		if (xa_is_retry(entry))
			goto restart;
		if (xa_is_node(entry)) {
			node = xa_to_node(entry);
			offset = xa_offset(index, node);
			continue;
		}
		if (entry && !xa_is_zero(entry)) {
			*indexp = index;
			return entry;
		}
		offset++;
	}
}

/**
 * xa_find() - the first entry at an index in [*@indexp, @max] matching
 * @filter; *@indexp is set to its index.  NULL (and *@indexp unchanged) if none.
 */
void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max, xa_mark_t filter)
{
	void *entry;

	rcu_read_lock();
	entry = xa_find_rcu(xa, indexp, max, filter);
	rcu_read_unlock();
	return entry;
}

/* [xa_find_after]: like xa_find() from *@indexp + 1; NULL once *@indexp is ULONG_MAX. */
void *xa_find_after(struct xarray *xa, unsigned long *indexp, unsigned long max,
		    xa_mark_t filter)
{
	unsigned long index = *indexp + 1;
	void *entry;

	if (!index)
		return NULL;
	entry = xa_find(xa, &index, max, filter);
	if (entry)
		*indexp = index;
	return entry;
}

/*
 * [xa_get_mark]: does the entry at @index (reservations included) carry @mark?
 * As in the kernel, an entry in the head is answered from the array-wide mark
 * read after the head: against a concurrent writer that grows the tree and
 * marks another index in between, a lockless caller may see a stale true.
 */
bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node;
	bool ret = false;
	void *entry;

	if (WARN_ON_ONCE(mark > XA_MARK_MAX))
		return false;
	rcu_read_lock();
retry:
	/* pairs with rcu_assign_pointer() of a new head */
	entry = rcu_dereference(xa->xa_head);
	if (!xa_marked(xa, mark))
		goto out;
	if (!xa_is_node(entry)) {
		ret = !index && entry;
		goto out;
	}
	node = xa_to_node(entry);
	if ((index >> node->shift) > XA_CHUNK_MASK)
		goto out;
	for (;;) {
		unsigned int offset = xa_offset(index, node);

		if (!node_get_mark(node, offset, mark))
			goto out;
		if (!node->shift) {
			ret = true;
			goto out;
		}
		/* pairs with rcu_assign_pointer() of the slot */
		entry = rcu_dereference(node->slots[offset]);
		if (xa_is_retry(entry))
			goto retry;
		if (!xa_is_node(entry))
			goto out;
		node = xa_to_node(entry);
	}
out:
	rcu_read_unlock();
	return ret;
}
