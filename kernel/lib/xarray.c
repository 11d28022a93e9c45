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
 * Multi-index entries (CONFIG_XARRAY_MULTI): an entry may sit in a node at
 * any shift, in a run of slots [a, b] whose first slot holds the entry and
 * whose others hold xa_mk_sibling(a).  A store goes to the slots of one node
 * (a "piece": first index, shift, sibling count); xa_store_range() cuts its
 * range into pieces left to right, each the largest run of whole slots that
 * starts at the current index (as xas_set_range() does), so a range costs at
 * most two pieces, and O(height) nodes, per level.  A piece is widened to the
 * whole runs it touches at its level; a larger entry met on the way down is
 * replaced whole (the kernel without xas_split()); subtrees under the run are
 * freed.  Marks of the run fold into its first slot (xas_squash_marks()).
 *
 * Concurrency (kernel rules): writers hold xa_lock; readers hold only
 * rcu_read_lock() and load every slot with rcu_dereference(); writers publish
 * initialised nodes and entries with rcu_assign_pointer(); unlinked nodes are
 * freed with kfree_rcu().  A node that leaves the tree while still holding an
 * entry (xa_shrink, a subtree under a multi-index store, xa_destroy) has its
 * entries overwritten with XA_RETRY_ENTRY after it is unlinked, so a reader
 * inside it walks again from the head.  A run is written first slot first, so
 * a reader that follows a new sibling finds the new entry; a reader that
 * follows a sibling to a slot that now holds a node walks again.  Two racy
 * steps are scheduling points: a run of several slots after its first slot
 * (deterministic runs put readers between the halves), and a reader walking
 * again (the writer it met may go on first).  Mark bitmaps
 * are read by readers locklessly and written by writers under xa_lock, one
 * word at a time with READ_ONCE/WRITE_ONCE.
 *
 * Simplified against lib/xarray.c (see also linux/xarray.h): there is no
 * xa_state; the walks below are written per operation.  Nodes come from
 * kmalloc(), not a kmem_cache.  A store computes how many nodes it will need
 * (xa_nodes_needed) and allocates them all before it changes the tree, first
 * with GFP_NOWAIT under xa_lock (xas_alloc), then with the caller's gfp,
 * dropping xa_lock when that gfp may block (xas_nomem/__xas_nomem); so an
 * -ENOMEM store leaves the array exactly as it was, without empty nodes (an
 * -ENOMEM xa_store_range() keeps the pieces it stored before, as the kernel's).
 */
#include <linux/xarray.h>

#include <linux/sched.h>

#include <limits.h>
#include <string.h>

_Static_assert(XA_MARK_LONGS == 1, "one bitmap word per mark and node");
_Static_assert(XA_MAX_MARKS == XA_MARK_MAX + 1, "marks 0..XA_MARK_MAX");
_Static_assert(!(XA_FLAGS_MARK_ALL & (GFP_KERNEL_ACCOUNT | GFP_ATOMIC | GFP_NOWAIT | __GFP_ZERO |
				      __GFP_NOFAIL | __GFP_NORETRY | __GFP_RETRY_MAYFAIL)),
	       "the array-wide marks live above the gfp bits in xa_flags");

/* Nodes a single store may need: a new chain for the old head and one down to the entry. */
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

/* The index bits below a slot of a node at @shift. */
static inline unsigned long xa_slot_mask(unsigned int shift)
{
	return (1UL << shift) - 1;
}

/* Shift of the smallest top node whose span holds @index. */
static unsigned int xa_shift_for(unsigned long index)
{
	if (index <= XA_CHUNK_MASK)
		return 0;
	/* the level of the highest set bit */
	return (BITS_PER_LONG - 1 - __builtin_clzl(index)) / XA_CHUNK_SHIFT * XA_CHUNK_SHIFT;
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

/*
 * [xas_squash_marks]: a run [@a, @b] becomes one entry in slot @a: slot @a
 * takes every mark some slot of the run carries, the others carry none.  The
 * ancestors already carry those marks.  xa_lock held.
 */
static void xa_squash_marks(struct xa_node *node, unsigned int a, unsigned int b)
{
	unsigned long run = (~0UL << a) & (~0UL >> (BITS_PER_LONG - 1 - b));
	xa_mark_t mark;

	for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++) {
		unsigned long word = node->marks[mark][0];

		if (!(word & run & ~(1UL << a)))
			continue;
		/* xa_lock serialises writers; WRITE_ONCE because readers load it locklessly */
		WRITE_ONCE(node->marks[mark][0], (word & ~run) | (1UL << a));
	}
}

/* Clear every mark of the slots [@a, @b], up the tree as needed.  xa_lock held. */
static void xa_clear_marks_run(struct xarray *xa, struct xa_node *node, unsigned int a,
			       unsigned int b)
{
	xa_mark_t mark;

	for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++) {
		unsigned int offset = a;

		/* node_find_mark() wants an offset below XA_CHUNK_SIZE */
		while (offset <= b && (offset = node_find_mark(node, offset, mark)) <= b)
			xa_mark_clear_path(xa, node, offset++, mark);
	}
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
 * [xas_free_nodes]: free a subtree already unlinked from the tree.  Its
 * entries (siblings and multi-index entries included) become retry entries,
 * so a reader still inside walks again from the head; inner slots keep their
 * dying children, which readers may still enter.  xa_lock held.
 */
static void xa_free_nodes(struct xa_node *node)
{
	unsigned int offset;

	for (offset = 0; offset < XA_CHUNK_SIZE; offset++) {
		void *entry = xa_entry_locked(node, offset);

		if (!entry)
			continue;
		if (node->shift && xa_is_node(entry))
			xa_free_nodes(xa_to_node(entry));
		else	/* unreachable already: orders nothing */
			RCU_INIT_POINTER(node->slots[offset], XA_RETRY_ENTRY);
	}
	xa_node_free(node);
}

/* ---- pieces: where one store goes ------------------------------------------- */

/*
 * One store: the slots [offset of @first, + @sibs] of the node at @shift that
 * holds @first, which is aligned to 1 << @shift.  A single index is shift 0,
 * no siblings; anything larger needs a node (never the head).
 */
struct xa_piece {
	unsigned long first;
	unsigned int shift;
	unsigned int sibs;
};

static inline bool xa_piece_multi(const struct xa_piece *p)
{
	return p->shift || p->sibs;
}

/* The last index of @p (wraps to ULONG_MAX for a piece that ends the index space). */
static inline unsigned long xa_piece_last(const struct xa_piece *p)
{
	return p->first + ((((unsigned long)p->sibs + 1) << p->shift) - 1);
}

/* Shift of the smallest top node that holds @p's node. */
static unsigned int xa_piece_top(const struct xa_piece *p)
{
	return max(xa_shift_for(p->first), p->shift);
}

/*
 * [xas_set_range]: the first piece of [@first, @last]: climb while @first is
 * aligned to the next level and a whole slot of it fits, then take as many
 * whole slots of that level as fit, up to the end of the node.
 */
static void xa_range_piece(unsigned long first, unsigned long last, struct xa_piece *p)
{
	unsigned long d = last - first, whole, room;
	unsigned int shift = 0;

	while (shift + XA_CHUNK_SHIFT < BITS_PER_LONG) {
		unsigned long mask = xa_slot_mask(shift + XA_CHUNK_SHIFT);

		if ((first & mask) || d < mask)
			break;
		shift += XA_CHUNK_SHIFT;
	}
	/* (d + 1) >> shift without overflowing d + 1 */
	whole = (d >> shift) + ((d & xa_slot_mask(shift)) == xa_slot_mask(shift));
	room = XA_CHUNK_SIZE - ((first >> shift) & XA_CHUNK_MASK);
	p->first = first;
	p->shift = shift;
	p->sibs = (unsigned int)(min(whole, room) - 1);
}

/* [XA_STATE_ORDER]: the piece of the 2^@order indices around @index, @order <= BITS_PER_LONG. */
static void xa_order_piece(unsigned long index, unsigned int order, struct xa_piece *p)
{
	unsigned int rem = order % XA_CHUNK_SHIFT;

	p->first = order < BITS_PER_LONG ? index & ~xa_slot_mask(order) : 0;
	p->shift = order - rem;
	p->sibs = (1U << rem) - 1;
	if (p->shift >= BITS_PER_LONG) {	/* the whole index space at the top level */
		p->shift -= XA_CHUNK_SHIFT;
		p->sibs = XA_CHUNK_MASK;
	}
}

/*
 * How many nodes storing a non-NULL @p may create (an upper bound, exact for
 * a single index): the expansion of the tree up to xa_piece_top() (starting
 * with a leaf for an entry in the head), plus the missing nodes on the path
 * down to @p's level.  A larger entry on the path is replaced: no node.
 */
static unsigned int xa_nodes_needed(struct xarray *xa, const struct xa_piece *p)
{
	unsigned int top = xa_piece_top(p);
	void *entry = xa_head_locked(xa);
	struct xa_node *node;

	if (!xa_is_node(entry)) {
		if (!xa_piece_multi(p) && !p->first)
			return 0;
		/* A chain from @top down to @p, and one for the old head below the shared top. */
		return (top - p->shift) / XA_CHUNK_SHIFT + 1 + (entry ? top / XA_CHUNK_SHIFT : 0);
	}
	node = xa_to_node(entry);
	if (top > node->shift)
		return (top - node->shift) / XA_CHUNK_SHIFT + (top - p->shift) / XA_CHUNK_SHIFT;
	while (node->shift > p->shift) {
		entry = xa_entry_locked(node, xa_offset(p->first, node));
		if (!entry)
			return (node->shift - p->shift) / XA_CHUNK_SHIFT;
		if (!xa_is_node(entry))
			return 0;
		node = xa_to_node(entry);
	}
	return 0;
}

/* ---- growing and shrinking -------------------------------------------------- */

/*
 * [xas_expand]: add nodes on top until the tree holds @p's node; the old head
 * goes to slot 0 of each new top, with the array-wide marks as its marks.
 */
static void xa_expand(struct xarray *xa, struct xa_pool *pool, const struct xa_piece *p)
{
	unsigned int want = xa_piece_top(p);
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
		} else if (!head || (!xa_piece_multi(p) && !p->first)) {
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
 * reader still in the old top node walks again and finds it in the head.  A
 * multi-index entry (slot 0 of an inner node) cannot live in the head.
 */
static void xa_shrink(struct xarray *xa, struct xa_node *node)
{
	for (;;) {
		void *entry;

		if (node->count != 1)
			return;
		entry = xa_entry_locked(node, 0);
		if (!entry || (!xa_is_node(entry) && node->shift))
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

/* The slot holding the entry of slot @offset: itself, or the one its sibling names. */
static inline unsigned int xa_canonical_locked(struct xa_node *node, unsigned int offset)
{
	void *entry = xa_entry_locked(node, offset);

	return xa_is_sibling(entry) ? xa_to_sibling(entry) : offset;
}

/*
 * [xas_load] for a store of a piece at @shift: the node and slot that hold
 * @index at that level (*@nodep NULL: the head), or a larger entry covering
 * @index on the way down.  False when nothing in the tree covers @index at
 * @shift or above (nothing to erase).  A piece above the top node's level
 * covers the whole tree, reached through the head.  xa_lock held.
 */
static bool xa_walk_locked(struct xarray *xa, unsigned long index, unsigned int shift,
			   struct xa_node **nodep, unsigned int *offsetp)
{
	void *entry = xa_head_locked(xa);
	struct xa_node *node;

	*nodep = NULL;
	*offsetp = 0;
	if (!xa_is_node(entry))
		return !index && entry;
	node = xa_to_node(entry);
	if (node->shift < shift)
		return !index;
	if ((index >> node->shift) > XA_CHUNK_MASK)
		return false;
	for (;;) {
		*nodep = node;
		*offsetp = xa_offset(index, node);
		if (node->shift == shift)
			return true;
		entry = xa_entry_locked(node, *offsetp);
		if (!entry)
			return false;
		if (!xa_is_node(entry))
			return true;
		node = xa_to_node(entry);
	}
}

/* The raw entry at @index (reserved entries as XA_ZERO_ENTRY).  xa_lock held. */
static void *xa_load_locked(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	unsigned int offset;

	if (!xa_walk_locked(xa, index, 0, &node, &offset))
		return NULL;
	if (!node)
		return xa_head_locked(xa);
	return xa_entry_locked(node, xa_canonical_locked(node, offset));
}

/*
 * [xas_create]: the node and slot where @p goes, building the path from
 * @pool (NULL: the head).  A larger entry met on the way down ends the walk
 * at that entry's node, above @p's level: the store replaces it whole.
 */
static struct xa_node *xa_create(struct xarray *xa, struct xa_pool *pool,
				 const struct xa_piece *p, unsigned int *offsetp)
{
	struct xa_node *node;
	void *entry;

	xa_expand(xa, pool, p);
	entry = xa_head_locked(xa);
	*offsetp = 0;
	if (!entry && (xa_piece_multi(p) || p->first)) {
		node = xa_node_alloc(xa, pool, xa_piece_top(p), NULL, 0);
		/* publish the (empty) top node; its children follow the same way */
		rcu_assign_pointer(xa->xa_head, xa_mk_node(node));
		entry = xa_mk_node(node);
	}
	if (!xa_is_node(entry))
		return NULL;	/* index 0 in a nodeless array */
	node = xa_to_node(entry);
	while (node->shift > p->shift) {
		unsigned int offset = xa_offset(p->first, node);
		struct xa_node *child;

		entry = xa_entry_locked(node, offset);
		if (!entry) {
			child = xa_node_alloc(xa, pool, node->shift - XA_CHUNK_SHIFT, node, offset);
			/* publish: orders the child's initialisation before readers find it */
			rcu_assign_pointer(node->slots[offset], xa_mk_node(child));
			node->count++;
		} else if (xa_is_node(entry)) {
			child = xa_to_node(entry);
		} else {
			*offsetp = offset;
			return node;
		}
		node = child;
	}
	*offsetp = xa_offset(p->first, node);
	return node;
}

/* [xas_store] in the head: replace the entry or tree there with @entry. */
static void *xa_store_head(struct xarray *xa, void *entry)
{
	void *curr = xa_head_locked(xa);
	xa_mark_t mark;

	if (curr == entry)
		return curr;
	if (!entry)
		for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++)
			xa_mark_clear_path(xa, NULL, 0, mark);
	/* publish: orders the entry's initialisation (the caller's) before readers see it */
	rcu_assign_pointer(xa->xa_head, entry);
	if (xa_is_node(curr))
		xa_free_nodes(xa_to_node(curr));
	return curr;
}

/* Slots of [@a, @b] whose entry is a value, siblings included.  xa_lock held. */
static unsigned int xa_run_values(struct xa_node *node, unsigned int a, unsigned int b)
{
	unsigned int i, values = 0;

	for (i = a; i <= b; i++)
		values += xa_is_value(xa_entry_locked(node, xa_canonical_locked(node, i)));
	return values;
}

/*
 * [xas_store] on one slot: replace @curr, the entry in slot @a of @node, with
 * @entry (the common case: a single index, or a run widened to one slot).
 */
static void *xa_store_slot(struct xarray *xa, struct xa_node *node, unsigned int a, void *curr,
			   void *entry)
{
	xa_mark_t mark;

	if (curr == entry)
		return curr;
	if (!entry)	/* before the NULL: a marked walk never meets a marked NULL */
		for (mark = XA_MARK_0; mark <= XA_MARK_MAX; mark++)
			xa_mark_clear_path(xa, node, a, mark);
	/* publish: orders the entry's initialisation (the caller's) before readers see it */
	rcu_assign_pointer(node->slots[a], entry);
	if (xa_is_node(curr))
		xa_free_nodes(xa_to_node(curr));
	node->count += !!entry - !!curr;
	node->nr_values += xa_is_value(entry) - xa_is_value(curr);
	if (!entry)
		xa_delete_node(xa, node);
	return curr;
}

/*
 * [xas_store]: store @entry over the slots [@a, @b] of @node (NULL: the head),
 * widened to the whole runs they touch; returns the entry that held slot @a.
 * The first slot is written first and each sibling after it, and a subtree
 * is freed after its slot is overwritten.  Erasing clears the run's marks
 * first and deletes nodes left empty; storing folds the run's marks into its
 * first slot.
 */
static void *xa_store_run(struct xarray *xa, struct xa_node *node, unsigned int a,
			  unsigned int b, void *entry)
{
	unsigned int i, values, written = 0;
	void *curr;

	if (!node)
		return xa_store_head(xa, entry);
	a = xa_canonical_locked(node, a);
	curr = xa_entry_locked(node, a);
	while (b < XA_CHUNK_MASK && xa_is_sibling(xa_entry_locked(node, b + 1)))
		b++;
	if (a == b)
		return xa_store_slot(xa, node, a, curr, entry);
	values = xa_run_values(node, a, b);
	if (entry)
		xa_squash_marks(node, a, b);
	else
		xa_clear_marks_run(xa, node, a, b);
	for (i = a; i <= b; i++) {
		void *next = xa_entry_locked(node, i);
		void *want = !entry ? NULL : i == a ? entry : xa_mk_sibling(a);

		if (next == want)
			continue;
		/* publish: the entry before its siblings, its initialisation before both */
		rcu_assign_pointer(node->slots[i], want);
		if (xa_is_node(next))
			xa_free_nodes(xa_to_node(next));
		node->count += !!want - !!next;
		/* racy step: lockless readers on other CPUs meet a part-written run */
		if (!written++)
			sched_point("xa_store_run: run part-written");
	}
	node->nr_values += (xa_is_value(entry) ? b - a + 1 : 0) - values;
	if (!entry)
		xa_delete_node(xa, node);
	return curr;
}

/*
 * Store @entry over @p with nodes from @pool, which is topped up without
 * sleeping first.  Returns the entry that held @p's first slot, or
 * XA_ERROR(-ENOMEM) with the array untouched when the pool could not be filled.
 */
static void *xa_store_piece(struct xarray *xa, struct xa_pool *pool, const struct xa_piece *p,
			    void *entry)
{
	struct xa_node *node;
	unsigned int offset;
	bool found = xa_walk_locked(xa, p->first, p->shift, &node, &offset);

	if (!entry) {
		if (!found)
			return NULL;
	} else if (!found || (!node && xa_piece_multi(p))) {
		/* Missing nodes (or a multi-index entry bound for the head): build them. */
		pool->want = xa_nodes_needed(xa, p);
		if (!xa_pool_fill(pool, GFP_NOWAIT | __GFP_NOWARN))
			return XA_ERROR(-ENOMEM);
		node = xa_create(xa, pool, p, &offset);
	}
	/* A larger entry on the way (above @p's level) is replaced alone. */
	return xa_store_run(xa, node, offset,
			    node && node->shift == p->shift ? offset + p->sibs : offset, entry);
}

/* A single-index store. */
static void *xa_store_locked(struct xarray *xa, struct xa_pool *pool, unsigned long index,
			     void *entry)
{
	struct xa_piece p = { .first = index };

	return xa_store_piece(xa, pool, &p, entry);
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
 * Storing NULL erases.  Inside a multi-index entry, replaces (or erases) it
 * whole.  Returns the old entry (NULL for a reserved index), or xa_err()
 * -EINVAL for an internal entry, -ENOMEM when nodes cannot be allocated.
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

/*
 * [__xa_erase]: xa_lock held.  Returns the old entry (NULL for a reserved
 * index); a multi-index entry goes whole.
 */
void *__xa_erase(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	unsigned int offset;

	lockdep_assert_held(&xa->xa_lock);
	if (!xa_walk_locked(xa, index, 0, &node, &offset))
		return NULL;
	return xa_zero_to_null(xa_store_run(xa, node, offset, offset, NULL));
}

void *xa_erase(struct xarray *xa, unsigned long index)
{
	void *curr;

	xa_lock(xa);	/* serialises writers; readers only take RCU */
	curr = __xa_erase(xa, index);
	xa_unlock(xa);
	return curr;
}

/**
 * xa_store_range() - every index in [@first, @last] loads @entry afterwards.
 * Pieces are stored left to right, each under xa_lock, which may be dropped
 * between them to allocate.  See linux/xarray.h for the result.
 */
void *xa_store_range(struct xarray *xa, unsigned long first, unsigned long last, void *entry,
		     gfp_t gfp)
{
	struct xa_pool pool = { .nr = 0 };
	void *curr = NULL;

	if (WARN_ON_ONCE(xa_is_internal(entry)))
		return XA_ERROR(-EINVAL);
	if (last < first)
		return XA_ERROR(-EINVAL);
	xa_lock(xa);	/* serialises writers; readers only take RCU */
	for (;;) {
		struct xa_piece p;

		xa_range_piece(first, last, &p);
		do {
			curr = xa_store_piece(xa, &pool, &p, entry);
		} while (xa_nomem(xa, &pool, curr, gfp));
		if (xa_is_err(curr))
			break;
		curr = NULL;
		if (xa_piece_last(&p) == last)
			break;
		first = xa_piece_last(&p) + 1;
	}
	xa_unlock(xa);
	xa_pool_drain(&pool);
	return curr;
}

void *xa_store_order(struct xarray *xa, unsigned long index, unsigned int order, void *entry,
		     gfp_t gfp)
{
	struct xa_pool pool = { .nr = 0 };
	struct xa_piece p;
	void *curr, *old;

	if (WARN_ON_ONCE(xa_is_invalid_store(entry) || order > BITS_PER_LONG))
		return XA_ERROR(-EINVAL);
	xa_order_piece(index, order, &p);
	xa_lock(xa);	/* serialises writers; readers only take RCU */
	do {
		old = xa_load_locked(xa, p.first);
		curr = xa_store_piece(xa, &pool, &p, entry);
	} while (xa_nomem(xa, &pool, curr, gfp));
	xa_unlock(xa);
	xa_pool_drain(&pool);
	return xa_is_err(curr) ? curr : xa_zero_to_null(old);
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

/*
 * The entry holding @index, for a mark update: its node (NULL: the head) and
 * first slot.  False when @index holds nothing.  xa_lock held.
 */
static bool xa_mark_target(struct xarray *xa, unsigned long index, struct xa_node **nodep,
			   unsigned int *offsetp)
{
	if (!xa_walk_locked(xa, index, 0, nodep, offsetp))
		return false;
	if (!*nodep)
		return true;	/* a head entry (xa_walk_locked() checked it) */
	*offsetp = xa_canonical_locked(*nodep, *offsetp);
	return xa_entry_locked(*nodep, *offsetp);
}

/* [__xa_set_mark]: mark the entry at @index, if there is one.  xa_lock held. */
void __xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node;
	unsigned int offset;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(mark > XA_MARK_MAX))
		return;
	if (xa_mark_target(xa, index, &node, &offset))
		xa_mark_set_path(xa, node, offset, mark);
}

/* [__xa_clear_mark]: xa_lock held. */
void __xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	struct xa_node *node;
	unsigned int offset;

	lockdep_assert_held(&xa->xa_lock);
	if (WARN_ON_ONCE(mark > XA_MARK_MAX))
		return;
	if (xa_mark_target(xa, index, &node, &offset))
		xa_mark_clear_path(xa, node, offset, mark);
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

/*
 * [xas_retry]: a reader met a writer's change (a retry entry, or a sibling
 * leading to a node) and walks again from the head.  A racy step: in
 * deterministic mode the writer may go on first, as it would on another CPU.
 */
static inline bool xa_walk_again(const void *entry)
{
	if (likely(!xa_is_retry(entry)))
		return false;
	sched_point("xa: reader walks again");
	return true;
}

/*
 * [xas_descend] for a sibling @entry read from @node: the entry of the slot
 * it names (*@offsetp is set to that slot).  Siblings name lower slots only,
 * so the chain ends.  A sibling that leads to a node (its entry was replaced
 * by a subtree meanwhile) reads as a retry.
 */
static void *xa_follow_sibling(struct xa_node *node, void *entry, unsigned int *offsetp)
{
	do {
		*offsetp = xa_to_sibling(entry);
		/* pairs with the rcu_assign_pointer() of the run's first slot, made before */
		entry = rcu_dereference(node->slots[*offsetp]);
	} while (xa_is_sibling(entry));
	return xa_is_node(entry) ? XA_RETRY_ENTRY : entry;
}

/* [xas_descend]: the entry in slot *@offsetp of @node, siblings followed. */
static inline void *xa_descend_rcu(struct xa_node *node, unsigned int *offsetp)
{
	/* pairs with rcu_assign_pointer() of the slot */
	void *entry = rcu_dereference(node->slots[*offsetp]);

	if (unlikely(xa_is_sibling(entry)))
		entry = xa_follow_sibling(node, entry, offsetp);
	return entry;
}

/* [xas_load]: the raw entry at @index.  rcu_read_lock() held. */
static void *xa_load_rcu(struct xarray *xa, unsigned long index)
{
	struct xa_node *node;
	unsigned int offset;
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
		if (!xa_is_internal(entry))
			return entry;
		if (likely(xa_is_node(entry))) {
			node = xa_to_node(entry);
			continue;
		}
		if (xa_is_sibling(entry))
			entry = xa_follow_sibling(node, entry, &offset);
		if (xa_walk_again(entry))
			goto retry;
		return entry;
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
 * First walks down to the entry covering *@indexp: it is returned at
 * *@indexp unless it began before (a sibling slot, or an inner slot entered
 * past its first index) and @skip_begun.  Then scans forward slot by slot,
 * skipping siblings (their entry came first); when a node has nothing left to
 * offer, moves the index past the node's span and walks down again.
 * rcu_read_lock() held.
 */
static void *xa_find_rcu(struct xarray *xa, unsigned long *indexp, unsigned long max,
			 xa_mark_t filter, bool skip_begun)
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
	for (;;) {
		unsigned int canon = offset = xa_offset(index, node);

		entry = xa_descend_rcu(node, &canon);
		if (xa_walk_again(entry))
			goto restart;
		if (marked && !node_get_mark(node, canon, filter))
			break;
		if (!xa_is_node(entry)) {
			if (!entry || xa_is_zero(entry))
				break;
			if (skip_begun && (canon != offset || (index & xa_slot_mask(node->shift))))
				break;
			*indexp = index;
			return entry;
		}
		node = xa_to_node(entry);
	}
	offset++;
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
		index = (index & ~xa_span_mask(node->shift)) |
			((unsigned long)offset << node->shift);
		if (index > max)
			return NULL;
		/* pairs with rcu_assign_pointer() of the slot */
		entry = rcu_dereference(node->slots[offset]);
		if (xa_walk_again(entry))
			goto restart;
		if (xa_is_node(entry)) {
			node = xa_to_node(entry);
			offset = 0;
			continue;
		}
		if (entry && !xa_is_zero(entry) && !xa_is_sibling(entry)) {
			*indexp = index;
			return entry;
		}
		offset++;
	}
}

/**
 * xa_find() - the first entry at an index in [*@indexp, @max] matching
 * @filter; *@indexp is set to its index (*@indexp itself when the entry
 * covers it).  NULL (and *@indexp unchanged) if none.
 */
void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max, xa_mark_t filter)
{
	void *entry;

	rcu_read_lock();
	entry = xa_find_rcu(xa, indexp, max, filter, false);
	rcu_read_unlock();
	return entry;
}

/*
 * [xa_find_after]: like xa_find() from *@indexp + 1, but an entry that began
 * at or before *@indexp (the one just visited) is skipped; NULL once
 * *@indexp is ULONG_MAX.
 */
void *xa_find_after(struct xarray *xa, unsigned long *indexp, unsigned long max,
		    xa_mark_t filter)
{
	unsigned long index = *indexp + 1;
	void *entry;

	if (!index)
		return NULL;
	rcu_read_lock();
	entry = xa_find_rcu(xa, &index, max, filter, true);
	rcu_read_unlock();
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

		entry = xa_descend_rcu(node, &offset);
		if (xa_walk_again(entry))
			goto retry;
		if (!node_get_mark(node, offset, mark))
			goto out;
		if (!xa_is_node(entry)) {
			ret = true;
			goto out;
		}
		node = xa_to_node(entry);
	}
out:
	rcu_read_unlock();
	return ret;
}
