// SPDX-License-Identifier: GPL-2.0
/*
 * Multi-index xarray entries (xa_store_range, xa_store_order) against an
 * interval reference: the kernel's check_multi_store/find cases, random
 * ranges, orders, stores inside ranges, erases, marks and finds, the cost of
 * a range, -ENOMEM part-way through a range, and lockless readers over
 * ranges being stored, overwritten and erased (free and deterministic mode).
 * Kernel counterpart: lib/test_xarray.c (check_multi_*).
 *
 * GMEMSIM_SEED=<n> picks the seed (printed at start; default 1).
 */
#include <linux/bug.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xarray_test.h"

/* ---- multi-index entries: the interval reference ---------------------------------- */

/*
 * A multi-index store goes in pieces (xa_store_range() cuts its range, see
 * kernel/lib/xarray.c): each the slots [first, + sibs] of the node at @shift.
 * The reference keeps the entries as intervals with the shift of the node
 * holding them, and applies a piece the way the kernel's xas_store() does:
 *  - a larger entry (higher shift) covering the piece is replaced whole;
 *  - otherwise the piece widens to the whole same-shift entries it touches,
 *    everything inside goes, and the new entry takes the union of its marks.
 */
struct tpiece {
	unsigned long first;
	unsigned int shift;
	unsigned int sibs;
};

static unsigned long tpiece_last(const struct tpiece *p)
{
	return p->first + ((((unsigned long)p->sibs + 1) << p->shift) - 1);
}

#define MAX_PIECES (2 * XA_MAX_HEIGHT + 2)

/* [first, last] cut the way xa_store_range() cuts it: returns the number of pieces. */
static unsigned int range_pieces(unsigned long first, unsigned long last, struct tpiece *out)
{
	unsigned int n = 0;

	for (;;) {
		unsigned long d = last - first, whole, room, mask;
		unsigned int shift = 0;

		/* The highest level whose slot starting at @first ends by @last. */
		for (unsigned int k = XA_CHUNK_SHIFT; k < BITS_PER_LONG; k += XA_CHUNK_SHIFT) {
			mask = (1UL << k) - 1;
			if ((first & mask) || d < mask)
				break;
			shift = k;
		}
		mask = (1UL << shift) - 1;
		whole = (d >> shift) + (((d & mask) + 1) >> shift);
		room = XA_CHUNK_SIZE - ((first >> shift) & XA_CHUNK_MASK);
		assert_true(n < MAX_PIECES);
		out[n] = (struct tpiece){ first, shift, (unsigned int)(min(whole, room) - 1) };
		if (tpiece_last(&out[n]) == last)
			return n + 1;
		first = tpiece_last(&out[n++]) + 1;
	}
}

static struct tpiece order_piece(unsigned long index, unsigned int order)
{
	struct tpiece p = {
		.first = order < BITS_PER_LONG ? index & ~((1UL << order) - 1) : 0,
		.shift = order - order % XA_CHUNK_SHIFT,
		.sibs = (1U << (order % XA_CHUNK_SHIFT)) - 1,
	};

	if (p.shift >= BITS_PER_LONG) {
		p.shift -= XA_CHUNK_SHIFT;
		p.sibs = XA_CHUNK_MASK;
	}
	return p;
}

#define MREF_MAX 1024

struct mint {
	unsigned long first, last;
	unsigned int shift;
	void *entry;		/* raw: XA_ZERO_ENTRY for a reservation */
	unsigned int marks;
};

struct mref {
	struct mint iv[MREF_MAX];	/* sorted by first, disjoint */
	unsigned int nr;
};

/* The interval holding @index, or -1. */
static int mref_at(const struct mref *m, unsigned long index)
{
	unsigned int lo = 0, hi = m->nr;

	while (lo < hi) {
		unsigned int mid = (lo + hi) / 2;

		if (m->iv[mid].last < index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m->nr && m->iv[lo].first <= index ? (int)lo : -1;
}

static void *zero_to_null(void *entry)
{
	return xa_is_zero(entry) ? NULL : entry;
}

static void *mref_raw(const struct mref *m, unsigned long index)
{
	int k = mref_at(m, index);

	return k < 0 ? NULL : m->iv[k].entry;
}

static void mref_remove(struct mref *m, unsigned int k)
{
	memmove(&m->iv[k], &m->iv[k + 1], (m->nr - k - 1) * sizeof(m->iv[0]));
	m->nr--;
}

static void mref_insert(struct mref *m, struct mint iv)
{
	unsigned int k = 0;

	assert_true(m->nr < MREF_MAX);
	while (k < m->nr && m->iv[k].first < iv.first)
		k++;
	memmove(&m->iv[k + 1], &m->iv[k], (m->nr - k) * sizeof(m->iv[0]));
	m->iv[k] = iv;
	m->nr++;
}

/* One piece, as xas_store() stores it.  Returns the raw entry that held p->first. */
static void *mref_store_piece(struct mref *m, const struct tpiece *p, void *entry)
{
	unsigned long rs = p->first, re = tpiece_last(p);
	int k = mref_at(m, rs);
	void *old = k < 0 ? NULL : m->iv[k].entry;
	unsigned int marks = 0;

	if (k >= 0 && m->iv[k].shift > p->shift) {
		if (entry)
			m->iv[k].entry = entry;
		else
			mref_remove(m, (unsigned int)k);
		return old;
	}
	for (unsigned int i = 0; i < m->nr; i++) {
		const struct mint *iv = &m->iv[i];

		if (iv->shift == p->shift && iv->first <= re && iv->last >= rs) {
			rs = min(rs, iv->first);
			re = max(re, iv->last);
		}
	}
	for (unsigned int i = 0; i < m->nr;) {
		const struct mint *iv = &m->iv[i];

		if (iv->first > re || iv->last < rs) {
			i++;
			continue;
		}
		/* Nothing larger can stick out of a run at its own level. */
		assert_true(iv->first >= rs && iv->last <= re && iv->shift <= p->shift);
		marks |= iv->marks;
		mref_remove(m, i);
	}
	if (entry)
		mref_insert(m, (struct mint){ rs, re, p->shift, entry, marks });
	return old;
}

static void mref_store_range(struct mref *m, unsigned long first, unsigned long last, void *entry)
{
	struct tpiece pieces[MAX_PIECES];
	unsigned int n = range_pieces(first, last, pieces);

	for (unsigned int i = 0; i < n; i++)
		mref_store_piece(m, &pieces[i], entry);
}

/* What xa_find()/xa_find_after() must return: an interval and the index, or -1. */
static int mref_find(const struct mref *m, unsigned long start, unsigned long max,
		     xa_mark_t filter, bool skip_begun, unsigned long *indexp)
{
	for (unsigned int k = 0; k < m->nr && m->iv[k].first <= max; k++) {
		const struct mint *iv = &m->iv[k];

		if (iv->last < start || xa_is_zero(iv->entry))
			continue;
		if (filter != XA_PRESENT && !(iv->marks & (1U << filter)))
			continue;
		if (skip_begun && iv->first < start)
			continue;
		*indexp = max(start, iv->first);
		return (int)k;
	}
	return -1;
}

struct mwalk {
	const struct mref *m;
	unsigned int next;
};

/* check_tree() visitor: the tree holds exactly the reference's intervals. */
static void visit_mref(unsigned long first, unsigned long last, unsigned int shift, void *entry,
		       unsigned int marks, void *arg)
{
	struct mwalk *w = arg;
	const struct mint *iv;

	assert_true(w->next < w->m->nr);
	iv = &w->m->iv[w->next++];
	if (first != iv->first || last != iv->last || shift != iv->shift || entry != iv->entry ||
	    marks != iv->marks)
		fail_msg("tree [%#lx, %#lx] shift %u %p marks %u, reference [%#lx, %#lx] shift %u "
			 "%p marks %u", first, last, shift, entry, marks, iv->first, iv->last,
			 iv->shift, iv->entry, iv->marks);
}

static struct tree_stats check_against_mref(struct xarray *xa, const struct mref *m)
{
	struct mwalk w = { .m = m };
	struct tree_stats st = check_tree(xa, visit_mref, &w);

	assert_int_equal(w.next, m->nr);
	return st;
}

/* Every entry visited once, in order, at max(start, its first index). */
static void check_multi_iteration(struct xarray *xa, const struct mref *m, unsigned long start,
				  unsigned long last, xa_mark_t filter)
{
	unsigned long index, want_index = 0, from = filter == XA_PRESENT ? start : 0;
	void *entry;
	int k = mref_find(m, from, filter == XA_PRESENT ? last : ULONG_MAX, filter, false,
			  &want_index);

	if (filter == XA_PRESENT) {
		xa_for_each_range(xa, index, entry, start, last) {
			assert_true(k >= 0);
			assert_int_equal(index, want_index);
			assert_ptr_equal(entry, m->iv[k].entry);
			k = mref_find(m, index + 1, last, filter, true, &want_index);
			if (index == ULONG_MAX)
				k = -1;
		}
	} else {
		xa_for_each_marked(xa, index, entry, filter) {
			assert_true(k >= 0);
			assert_int_equal(index, want_index);
			assert_ptr_equal(entry, m->iv[k].entry);
			k = mref_find(m, index + 1, ULONG_MAX, filter, true, &want_index);
			if (index == ULONG_MAX)
				k = -1;
		}
	}
	assert_int_equal(k, -1);
}

/* ---- multi-index entries: fixed cases (lib/test_xarray.c check_multi_*) ------------ */

static void test_multi_store(void **state)
{
	unsigned long before = violations_reported(), index;
	long live = live_objects();
	struct xarray xa;
	unsigned int i, j, k, max_order = XA_CHUNK_SHIFT * 2 + 1;

	xa_init(&xa);
	/* check_multi_store: an order-1 entry at 0 is read at 0 and 1, not 2. */
	assert_null(xa_store_order(&xa, 1, 1, xa_mk_value(0), GFP_KERNEL));
	assert_ptr_equal(xa_load(&xa, 0), xa_mk_value(0));
	assert_ptr_equal(xa_load(&xa, 1), xa_mk_value(0));
	assert_null(xa_load(&xa, 2));
	/* Storing at either index replaces the whole entry, and returns it. */
	assert_ptr_equal(xa_store(&xa, 1, xa_mk_value(1), GFP_KERNEL), xa_mk_value(0));
	assert_ptr_equal(xa_load(&xa, 0), xa_mk_value(1));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).entries, 1);
	/* Storing next to it leaves it alone; erasing one index erases both. */
	assert_null(xa_store(&xa, 2, xa_mk_value(2), GFP_KERNEL));
	assert_ptr_equal(xa_erase(&xa, 0), xa_mk_value(1));
	assert_null(xa_load(&xa, 1));
	assert_ptr_equal(xa_load(&xa, 2), xa_mk_value(2));
	/* Even when the first slot is empty but the others are not. */
	assert_null(xa_store(&xa, 1, xa_mk_value(1), GFP_KERNEL));
	assert_null(xa_store_order(&xa, 0, 2, NULL, GFP_KERNEL));
	assert_null(xa_load(&xa, 1));
	assert_null(xa_load(&xa, 2));
	assert_true(xa_empty(&xa));

	/* An order-(BITS_PER_LONG - 1) entry and its erasure. */
	assert_null(xa_store_order(&xa, 0, BITS_PER_LONG - 1, xa_mk_value(7), GFP_KERNEL));
	assert_ptr_equal(xa_load(&xa, (1UL << 62) + 12345), xa_mk_value(7));
	assert_null(xa_load(&xa, 1UL << 63));
	assert_ptr_equal(xa_store_order(&xa, 0, BITS_PER_LONG - 1, NULL, GFP_KERNEL),
			 xa_mk_value(7));
	assert_true(xa_empty(&xa));

	/* A multi-index entry in slot 0 of the top node never moves into the head. */
	assert_null(xa_store_order(&xa, 0, XA_CHUNK_SHIFT, xa_mk_value(1), GFP_KERNEL));
	assert_null(xa_store(&xa, XA_CHUNK_SIZE * XA_CHUNK_SIZE, xa_mk_value(2), GFP_KERNEL));
	assert_ptr_equal(xa_erase(&xa, XA_CHUNK_SIZE * XA_CHUNK_SIZE), xa_mk_value(2));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 1);
	assert_ptr_equal(xa_load(&xa, XA_CHUNK_SIZE - 1), xa_mk_value(1));
	assert_ptr_equal(xa_erase(&xa, 1), xa_mk_value(1));
	assert_true(xa_empty(&xa));

	/* Order i, then order j over it: the second takes over the whole first. */
	for (i = 0; i < max_order; i++) {
		for (j = 0; j < max_order; j++) {
			xa_store_order(&xa, 0, i, xa_mk_value(i), GFP_KERNEL);
			xa_store_order(&xa, 0, j, xa_mk_value(j), GFP_KERNEL);
			for (k = 0; k < max_order; k++) {
				void *entry = xa_load(&xa, (1UL << k) - 1);

				if (i < k && j < k)
					assert_null(entry);
				else
					assert_ptr_equal(entry, xa_mk_value(j));
			}
			check_tree(&xa, visit_nothing, NULL);
			xa_erase(&xa, 0);
			assert_true(xa_empty(&xa));
		}
	}

	/* check_multi_find: order o at 3 << o, single entries at 4 << o and + 1. */
	for (i = 1; i < max_order; i++) {
		unsigned long multi = 3UL << i, next = 4UL << i;

		assert_null(xa_store_order(&xa, multi, i, xa_mk_value(multi), GFP_KERNEL));
		assert_null(xa_store(&xa, next, xa_mk_value(next), GFP_KERNEL));
		assert_null(xa_store(&xa, next + 1, xa_mk_value(next + 1), GFP_KERNEL));
		index = 0;
		assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_PRESENT), xa_mk_value(multi));
		assert_int_equal(index, multi);
		index = multi + 1;
		assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_PRESENT), xa_mk_value(multi));
		assert_true(index >= multi && index < next);
		assert_ptr_equal(xa_find_after(&xa, &index, ULONG_MAX, XA_PRESENT),
				 xa_mk_value(next));
		assert_int_equal(index, next);
		assert_null(xa_find_after(&xa, &index, next, XA_PRESENT));
		assert_int_equal(index, next);
		xa_erase(&xa, multi);
		xa_erase(&xa, next);
		xa_erase(&xa, next + 1);
		assert_true(xa_empty(&xa));
	}
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_multi_marks_and_iteration(void **state)
{
	unsigned long before = violations_reported(), index, n;
	unsigned long first = 3 * XA_CHUNK_SIZE + 5;
	unsigned long last = first + 5 * XA_CHUNK_SIZE * XA_CHUNK_SIZE;
	struct tpiece pieces[MAX_PIECES];
	unsigned int nr = range_pieces(first, last, pieces);
	long live = live_objects();
	struct xarray xa;
	void *entry;

	xa_init(&xa);
	assert_true(nr > 2);
	assert_null(xa_store_range(&xa, first, last, &objs[1], GFP_KERNEL));
	assert_null(xa_store(&xa, last + 1, &objs[2], GFP_KERNEL));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).entries, nr + 1);
	/* Every index loads it; the neighbours do not. */
	assert_null(xa_load(&xa, first - 1));
	for (index = first; index <= last; index++)
		assert_ptr_equal(xa_load(&xa, index), &objs[1]);
	/* Iteration meets each piece once, at its first index (the first at @start). */
	n = 0;
	xa_for_each_range(&xa, index, entry, first + 1, last) {
		assert_ptr_equal(entry, &objs[1]);
		assert_int_equal(index, n ? pieces[n].first : first + 1);
		n++;
	}
	assert_int_equal(n, nr);
	/* A mark set through an index inside the first piece marks that piece only. */
	xa_set_mark(&xa, first + 2, XA_MARK_0);
	assert_true(xa_get_mark(&xa, first, XA_MARK_0));
	assert_true(xa_get_mark(&xa, pieces[1].first - 1, XA_MARK_0));
	assert_false(xa_get_mark(&xa, pieces[1].first, XA_MARK_0));
	n = 0;
	xa_for_each_marked(&xa, index, entry, XA_MARK_0) {
		assert_int_equal(index, first);
		n++;
	}
	assert_int_equal(n, 1);
	index = first + 1;
	assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_MARK_0), &objs[1]);
	assert_int_equal(index, first + 1);
	assert_null(xa_find_after(&xa, &index, ULONG_MAX, XA_MARK_0));
	/* Overwriting keeps the mark (squashed onto the new entry); clearing through any index. */
	assert_null(xa_store_range(&xa, first, pieces[0].first + 1, &objs[3], GFP_KERNEL));
	assert_true(xa_get_mark(&xa, first + 1, XA_MARK_0));
	assert_ptr_equal(xa_load(&xa, tpiece_last(&pieces[0])), &objs[3]);
	xa_clear_mark(&xa, tpiece_last(&pieces[0]), XA_MARK_0);
	assert_false(xa_marked(&xa, XA_MARK_0));
	check_tree(&xa, visit_nothing, NULL);
	/* Erasing the range erases every piece; the neighbour stays. */
	assert_null(xa_store_range(&xa, first, last, NULL, GFP_KERNEL));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).entries, 1);
	assert_ptr_equal(xa_erase(&xa, last + 1), &objs[2]);
	assert_true(xa_empty(&xa));

	/* The whole index space: two entries at most at the top level, one erase. */
	assert_null(xa_store_range(&xa, 0, ULONG_MAX, xa_mk_value(9), GFP_KERNEL));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 1);
	assert_ptr_equal(xa_load(&xa, 0), xa_mk_value(9));
	assert_ptr_equal(xa_load(&xa, ULONG_MAX), xa_mk_value(9));
	index = 0;
	assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_PRESENT), xa_mk_value(9));
	assert_null(xa_find_after(&xa, &index, ULONG_MAX, XA_PRESENT));
	assert_ptr_equal(xa_erase(&xa, 12345), xa_mk_value(9));
	assert_true(xa_empty(&xa));

	/* Bad arguments, as the kernel: -EINVAL, and a WARN for an internal entry. */
	assert_int_equal(xa_err(xa_store_range(&xa, 5, 4, &objs[0], GFP_KERNEL)), -EINVAL);
	assert_int_equal(violations_reported(), before);
	assert_int_equal(xa_err(xa_store_range(&xa, 4, 5, XA_ZERO_ENTRY, GFP_KERNEL)), -EINVAL);
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal(xa_err(xa_store_order(&xa, 0, BITS_PER_LONG + 1, &objs[0], GFP_KERNEL)),
			 -EINVAL);
	assert_int_equal(violations_reported(), before + 2);
	assert_true(xa_empty(&xa));
	assert_int_equal(live_objects(), live);
}

/*
 * A range costs O(height) nodes: a million indices at any alignment, and the
 * whole index space, stay within two nodes per level.
 */
static void test_multi_range_cost(void **state)
{
	static const unsigned long starts[] = { 0, 1, 5, 4095, 1UL << 20, (1UL << 40) - 3,
						ULONG_MAX - (1UL << 20) };
	unsigned long before = violations_reported();
	long live = live_objects();
	struct xarray xa;

	xa_init(&xa);
	for (unsigned int i = 0; i < ARRAY_SIZE(starts); i++) {
		unsigned long first = starts[i], last = first + (1UL << 20) - 1;
		struct tpiece pieces[MAX_PIECES];
		struct tree_stats st;

		assert_null(xa_store_range(&xa, first, last, &objs[i], GFP_KERNEL));
		st = check_tree(&xa, visit_nothing, NULL);
		assert_int_equal(st.entries, range_pieces(first, last, pieces));
		assert_true(st.nodes <= 2 * XA_MAX_HEIGHT);
		assert_ptr_equal(xa_load(&xa, first), &objs[i]);
		assert_ptr_equal(xa_load(&xa, last), &objs[i]);
		assert_ptr_equal(xa_load(&xa, first + (1UL << 19) + 7), &objs[i]);
		assert_null(xa_load(&xa, last + 1));
		assert_null(xa_store_range(&xa, first, last, NULL, GFP_KERNEL));
		assert_true(xa_empty(&xa));
	}
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

/*
 * The retry protocol under a multi-index store, white box: a reader inside a
 * subtree that a range replaces finds retry entries where leaf entries,
 * inner multi-index entries and their siblings were; inner slots keep their
 * dying children.
 */
static void test_multi_retry_entries(void **state)
{
	unsigned long before = violations_reported(), base = XA_CHUNK_SIZE * XA_CHUNK_SIZE;
	long live = live_objects();
	void *top_slot, *mid_child, *mid_entry, *mid_sibling, *leaf_entry;
	struct xa_node *top, *mid, *leaf;
	struct xarray xa;

	xa_init(&xa);
	/* mid (shift XA_CHUNK_SHIFT): slot 0 a leaf holding base + 3, slots 2-3 one entry */
	assert_null(xa_store(&xa, base + 3, &objs[1], GFP_KERNEL));
	assert_null(xa_store_order(&xa, base + 2 * XA_CHUNK_SIZE, XA_CHUNK_SHIFT + 1, &objs[2],
				   GFP_KERNEL));
	rcu_read_lock();
	top = xa_to_node(rcu_dereference(xa.xa_head));
	mid = xa_to_node(rcu_dereference(top->slots[1]));
	leaf = xa_to_node(rcu_dereference(mid->slots[0]));
	mid_entry = rcu_dereference(mid->slots[2]);
	mid_sibling = rcu_dereference(mid->slots[3]);
	if (mid_entry != &objs[2] || !xa_is_sibling(mid_sibling)) {
		rcu_read_unlock();
		fail_msg("mid slots 2-3: %p %p", mid_entry, mid_sibling);
	}
	/* One entry over mid's span replaces mid whole; mid stays valid until we unlock. */
	assert_null(xa_store_range(&xa, base, 2 * base - 1, &objs[3], GFP_KERNEL));
	top_slot = rcu_dereference(top->slots[1]);
	mid_child = rcu_dereference(mid->slots[0]);
	mid_entry = rcu_dereference(mid->slots[2]);
	mid_sibling = rcu_dereference(mid->slots[3]);
	leaf_entry = rcu_dereference(leaf->slots[3]);
	rcu_read_unlock();	/* before any assertion can leave the test */
	assert_ptr_equal(top_slot, &objs[3]);
	assert_ptr_equal(mid_child, xa_mk_node(leaf));
	assert_true(xa_is_retry(mid_entry));
	assert_true(xa_is_retry(mid_sibling));
	assert_true(xa_is_retry(leaf_entry));
	assert_ptr_equal(xa_load(&xa, base + 3), &objs[3]);
	xa_destroy(&xa);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

/* ---- multi-index entries: random operations against the reference ------------------ */

enum mop {
	MOP_RANGE, MOP_RANGE_ERASE, MOP_ORDER, MOP_STORE, MOP_ERASE, MOP_CMPXCHG, MOP_INSERT,
	MOP_SET_MARK, MOP_CLEAR_MARK, MOP_GET_MARK, MOP_LOAD, MOP_FIND, MOP_ITERATE, MOP_NR,
};

struct mctx {
	struct xarray xa;
	struct mref ref;
	struct rng rng;
	u64 seed;
	unsigned long op;
	unsigned long serial;	/* makes every stored entry new */
	unsigned int windows;	/* how many of the index windows are used */
	bool may_fail;
	unsigned long nomem;	/* stores that failed with -ENOMEM */
	unsigned long partial;	/* ... of which ranges that kept some pieces */
};

#define MWIN 4096UL

/*
 * Windows: the bottom, around 2^40, the top of the index space.  With the
 * bottom alone, the tree stays low and grows and shrinks often.
 */
static unsigned long mwin_base(struct mctx *c)
{
	switch (rnd_below(&c->rng, c->windows)) {
	case 0:
		return 0;
	case 1:
		return (1UL << 40) - MWIN / 2;
	default:
		return ULONG_MAX - MWIN + 1;
	}
}

/* An index: an interval's edge (or next to it), an aligned one, or anywhere in a window. */
static unsigned long mrand_index(struct mctx *c)
{
	unsigned long base = mwin_base(c), index;
	unsigned int level;

	if (c->ref.nr && rnd_below(&c->rng, 2)) {
		const struct mint *iv = &c->ref.iv[rnd_below(&c->rng, c->ref.nr)];

		switch (rnd_below(&c->rng, 4)) {
		case 0:
			return iv->first;
		case 1:
			return iv->first - 1;
		case 2:
			return iv->last;
		default:
			return iv->last + 1;
		}
	}
	index = base + rnd_below(&c->rng, MWIN);
	level = (unsigned int)rnd_below(&c->rng, 3) * XA_CHUNK_SHIFT;
	if (rnd_below(&c->rng, 2) && level)
		index &= ~((1UL << level) - 1);
	return index;
}

/* A range from @first: short, chunk-sized, window-sized, or (rarely) huge. */
static unsigned long mrand_last(struct mctx *c, unsigned long first)
{
	unsigned long len;

	switch (rnd_below(&c->rng, 8)) {
	case 0:
	case 1:
	case 2:
		len = 1 + rnd_below(&c->rng, 2 * XA_CHUNK_SIZE);
		break;
	case 3:
	case 4:
		len = (1 + rnd_below(&c->rng, XA_CHUNK_SIZE)) << XA_CHUNK_SHIFT;
		break;
	case 5:
	case 6:
		len = 1 + rnd_below(&c->rng, MWIN);
		break;
	default:
		len = rnd_below(&c->rng, 16) ? 1UL << (20 + rnd_below(&c->rng, 24)) : ULONG_MAX;
	}
	return len > ULONG_MAX - first ? ULONG_MAX : first + len - 1;
}

/* With the failure knob on, every entry is new: a partial range shows which pieces it holds. */
static void *mrand_entry(struct mctx *c)
{
	if (!c->may_fail && !rnd_below(&c->rng, 3))
		return &objs[rnd_below(&c->rng, ARRAY_SIZE(objs))];
	return xa_mk_value(++c->serial);
}

static gfp_t mrand_gfp(struct mctx *c)
{
	return rnd_below(&c->rng, 3) ? GFP_KERNEL : GFP_NOWAIT;
}

/* A store-like call returned @ret: -ENOMEM only with the knob on. */
static bool mtook_effect(struct mctx *c, void *ret)
{
	if (xa_err(ret) == -ENOMEM && c->may_fail) {
		c->nomem++;
		return false;
	}
	RCHECK(c, !xa_is_err(ret), "unexpected error %d", xa_err(ret));
	return true;
}

/*
 * A range store.  After -ENOMEM the pieces before the failing one are stored
 * (each piece's first index loads the new entry); like kvm_gmem_bind(), the
 * caller then undoes the range half of the time.
 */
static void mrand_range(struct mctx *c, unsigned long first, unsigned long last, void *entry)
{
	struct tpiece pieces[MAX_PIECES];
	unsigned int n = range_pieces(first, last, pieces), k = 0;
	void *ret = xa_store_range(&c->xa, first, last, entry, mrand_gfp(c));

	if (mtook_effect(c, ret)) {
		RCHECK(c, !ret, "xa_store_range returned %p", ret);
		mref_store_range(&c->ref, first, last, entry);
		return;
	}
	RCHECK(c, entry, "erasing a range failed");
	while (k < n && xa_load(&c->xa, pieces[k].first) == entry)
		k++;
	RCHECK(c, k < n, "-ENOMEM but every piece stored");
	for (unsigned int i = 0; i < k; i++)
		mref_store_piece(&c->ref, &pieces[i], entry);
	c->partial += k > 0;
	check_against_mref(&c->xa, &c->ref);
	if (rnd_below(&c->rng, 2)) {
		RCHECK(c, !xa_store_range(&c->xa, first, last, NULL, GFP_NOWAIT), "undo failed");
		mref_store_range(&c->ref, first, last, NULL);
	}
}

static void mrand_find(struct mctx *c, xa_mark_t filter)
{
	bool after = rnd_below(&c->rng, 2);
	unsigned long start = mrand_index(c), max = rnd_below(&c->rng, 4) ? ULONG_MAX :
						     start + rnd_below(&c->rng, MWIN);
	unsigned long index = start, want_index = 0;
	void *entry;
	int k;

	if (max < start)
		max = ULONG_MAX;
	if (after) {
		entry = xa_find_after(&c->xa, &index, max, filter);
		k = start == ULONG_MAX ? -1 :
			mref_find(&c->ref, start + 1, max, filter, true, &want_index);
	} else {
		entry = xa_find(&c->xa, &index, max, filter);
		k = mref_find(&c->ref, start, max, filter, false, &want_index);
	}
	if (k < 0) {
		RCHECK(c, !entry && index == start, "find%s(%#lx, %#lx, %u) = %p at %#lx",
		       after ? "_after" : "", start, max, filter, entry, index);
		return;
	}
	RCHECK(c, entry == c->ref.iv[k].entry && index == want_index,
	       "find%s(%#lx, %#lx, %u) = %p at %#lx, want %p at %#lx", after ? "_after" : "",
	       start, max, filter, entry, index, c->ref.iv[k].entry, want_index);
}

static void mrand_op(struct mctx *c)
{
	static const unsigned int weights[MOP_NR] = {
		[MOP_RANGE] = 10, [MOP_RANGE_ERASE] = 4, [MOP_ORDER] = 4, [MOP_STORE] = 4,
		[MOP_ERASE] = 4, [MOP_CMPXCHG] = 2, [MOP_INSERT] = 2, [MOP_SET_MARK] = 4,
		[MOP_CLEAR_MARK] = 2, [MOP_GET_MARK] = 4, [MOP_LOAD] = 8, [MOP_FIND] = 6,
		[MOP_ITERATE] = 2,
	};
	unsigned int total = 0, pick, op;
	unsigned long index = mrand_index(c);
	xa_mark_t mark = (xa_mark_t)rnd_below(&c->rng, XA_MAX_MARKS);
	void *entry = mrand_entry(c), *ret, *want;
	int k;

	for (op = 0; op < MOP_NR; op++)
		total += weights[op];
	pick = (unsigned int)rnd_below(&c->rng, total);
	for (op = 0; pick >= weights[op]; op++)
		pick -= weights[op];
	/* A crowded reference drains. */
	if (c->ref.nr > MREF_MAX / 2 && op == MOP_RANGE)
		op = MOP_RANGE_ERASE;

	switch (op) {
	case MOP_RANGE:
	case MOP_RANGE_ERASE:
		mrand_range(c, index, mrand_last(c, index), op == MOP_RANGE ? entry : NULL);
		break;
	case MOP_ORDER: {
		unsigned int order = (unsigned int)rnd_below(&c->rng, 3 * XA_CHUNK_SHIFT + 1);
		struct tpiece p = order_piece(index, order);

		if (!rnd_below(&c->rng, 4))
			entry = rnd_below(&c->rng, 2) ? NULL : XA_ZERO_ENTRY;
		want = zero_to_null(mref_raw(&c->ref, p.first));
		ret = xa_store_order(&c->xa, index, order, entry, mrand_gfp(c));
		if (!mtook_effect(c, ret))
			break;
		RCHECK(c, ret == want, "store_order(%#lx, %u) returned %p, want %p", index, order,
		       ret, want);
		mref_store_piece(&c->ref, &p, entry);
		break;
	}
	case MOP_STORE:
	case MOP_ERASE: {
		struct tpiece p = { .first = index };

		want = zero_to_null(mref_raw(&c->ref, index));
		if (op == MOP_ERASE) {
			ret = xa_erase(&c->xa, index);
			entry = NULL;
		} else {
			ret = xa_store(&c->xa, index, entry, mrand_gfp(c));
			if (!mtook_effect(c, ret))
				break;
		}
		RCHECK(c, ret == want, "store/erase %#lx returned %p, want %p", index, ret, want);
		mref_store_piece(&c->ref, &p, entry);
		break;
	}
	case MOP_CMPXCHG:
	case MOP_INSERT: {
		struct tpiece p = { .first = index };
		void *raw = mref_raw(&c->ref, index);
		void *old = rnd_below(&c->rng, 2) ? raw : NULL;

		if (op == MOP_INSERT) {
			int err = xa_insert(&c->xa, index, entry, mrand_gfp(c));

			if (err == -ENOMEM && c->may_fail) {
				c->nomem++;
				break;
			}
			RCHECK(c, err == (raw ? -EBUSY : 0), "insert %#lx: %d", index, err);
			if (!raw)
				mref_store_piece(&c->ref, &p, entry);
			break;
		}
		ret = xa_cmpxchg(&c->xa, index, zero_to_null(old), entry, mrand_gfp(c));
		if (!mtook_effect(c, ret))
			break;
		RCHECK(c, ret == zero_to_null(raw), "cmpxchg %#lx returned %p", index, ret);
		if (zero_to_null(old) == raw)
			mref_store_piece(&c->ref, &p, entry);
		break;
	}
	case MOP_SET_MARK:
	case MOP_CLEAR_MARK:
		k = mref_at(&c->ref, index);
		if (op == MOP_SET_MARK)
			xa_set_mark(&c->xa, index, mark);
		else
			xa_clear_mark(&c->xa, index, mark);
		if (k >= 0 && op == MOP_SET_MARK)
			c->ref.iv[k].marks |= 1U << mark;
		else if (k >= 0)
			c->ref.iv[k].marks &= ~(1U << mark);
		break;
	case MOP_GET_MARK:
		k = mref_at(&c->ref, index);
		RCHECK(c, xa_get_mark(&c->xa, index, mark) == (k >= 0 &&
							  (c->ref.iv[k].marks & (1U << mark))),
		       "get_mark %#lx %u", index, mark);
		break;
	case MOP_LOAD:
		RCHECK(c, xa_load(&c->xa, index) == zero_to_null(mref_raw(&c->ref, index)),
		       "load %#lx", index);
		break;
	case MOP_FIND:
		mrand_find(c, rnd_below(&c->rng, 2) ? XA_PRESENT : mark);
		break;
	case MOP_ITERATE: {
		unsigned long last = mrand_last(c, index);

		check_multi_iteration(&c->xa, &c->ref, index, last,
				      rnd_below(&c->rng, 2) ? XA_PRESENT : mark);
		break;
	}
	}
}

static void mcheck_summary(struct mctx *c)
{
	unsigned int marks = 0;

	for (unsigned int k = 0; k < c->ref.nr; k++)
		marks |= c->ref.iv[k].marks;
	RCHECK(c, xa_empty(&c->xa) == !c->ref.nr, "xa_empty");
	for (xa_mark_t m = XA_MARK_0; m <= XA_MARK_MAX; m++)
		RCHECK(c, xa_marked(&c->xa, m) == !!(marks & (1U << m)), "xa_marked(%u)", m);
}

static void mrun_random(struct mctx *c, unsigned long ops)
{
	for (c->op = 0; c->op < ops; c->op++) {
		mrand_op(c);
		mcheck_summary(c);
		if (c->op % 16 == 15)
			check_against_mref(&c->xa, &c->ref);
	}
	check_against_mref(&c->xa, &c->ref);
}

static void test_multi_random(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct mctx *c = calloc(1, sizeof(*c));

	assert_non_null(c);
	for (unsigned int round = 0; round < 4; round++) {
		c->seed = base_seed + 200 + round;
		c->rng.s = c->seed;
		c->windows = min(round + 1, 3U);
		c->ref.nr = 0;
		xa_init(&c->xa);
		mrun_random(c, 3000);
		if (round & 1) {
			mref_store_range(&c->ref, 0, ULONG_MAX, NULL);
			RCHECK(c, !xa_store_range(&c->xa, 0, ULONG_MAX, NULL, GFP_KERNEL),
			       "erase all");
			RCHECK(c, xa_empty(&c->xa) && !c->ref.nr, "not empty after erasing all");
		} else {
			xa_destroy(&c->xa);
		}
		RCHECK(c, live_objects() == live, "%ld objects leaked", live_objects() - live);
	}
	free(c);
	assert_int_equal(violations_reported(), before);
}

/* The kmalloc failure knob through the multi-index mix: partial ranges, undone or kept. */
static void test_multi_nomem(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct mctx *c = calloc(1, sizeof(*c));

	assert_non_null(c);
	c->seed = base_seed + 300;
	c->rng.s = c->seed;
	c->windows = 3;
	xa_init(&c->xa);
	c->may_fail = true;
	kmalloc_fail_configure(c->seed, 250000, 0, -1, 0);
	mrun_random(c, 3000);
	kmalloc_fail_disable();
	print_message("  multi nomem: %lu stores failed with -ENOMEM, %lu ranges partly stored\n",
		      c->nomem, c->partial);
	assert_true(c->nomem > 0 && c->partial > 0);
	xa_destroy(&c->xa);
	free(c);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

/* ---- multi-index entries: lockless readers against a range writer ------------------- */

/*
 * The writer stores and erases ranges (and single and order entries) in the
 * window [MC_W, MC_W + MC_WSIZE), keeping its own reference: each entry it
 * stores is a value naming the indices it ends up covering, so a reader that
 * finds it at an index outside them saw a half-built or stale entry.  Stable
 * entries around the window (a range that shares nodes with it, single
 * entries, an order-7 entry) must read the same throughout, and iteration
 * must meet each piece of the stable range exactly once.
 */
#define MC_W (1UL << 20)
#define MC_WSIZE 1024UL
#define MC_S_FIRST (MC_W + MC_WSIZE + 3)
#define MC_S_LAST (MC_S_FIRST + 700)
#define MC_TAG (1UL << 61)
#define MC_NR_SINGLE 4
#define MC_LOADS 64	/* window loads per reader iteration */

static const unsigned long mc_single[MC_NR_SINGLE] = { 0, 5, MC_W - 1, ULONG_MAX - 1 };

struct mconc {
	struct xarray xa;
	struct mref wref;		/* the writer's: window entries only */
	unsigned long ops;		/* writer operations */
	unsigned long max_len;		/* writer: longest range (the whole window aside) */
	unsigned int reader_iters;	/* readers: minimum loop count */
	bool wait_writer;		/* free mode: readers keep going until writer_done */
	int writer_done;		/* READ_ONCE/WRITE_ONCE: set when the writer returns */
	unsigned long busy;		/* READ_ONCE/WRITE_ONCE: the range being stored, a hint
					 * for readers: offset in the window << 16 | length */
	unsigned int s_pieces;		/* pieces of the stable range */
	struct tpiece s_piece[MAX_PIECES];
	u64 seed;
	unsigned long errors;		/* __atomic: check failures */
	char first_error[160];
};

static void *mc_stable(unsigned long index)
{
	return xa_mk_value(index & (MC_TAG - 1));	/* without MC_TAG: never a writer value */
}

/* A writer value: a serial and the window indices [first, last] it covers. */
static void *mc_val(unsigned long serial, unsigned long first, unsigned long last)
{
	return xa_mk_value(MC_TAG | (serial & 0xffffff) << 24 | (first - MC_W) << 12 |
			   (last - MC_W));
}

static bool mc_covers(void *entry, unsigned long index)
{
	unsigned long v = xa_to_value(entry);

	return xa_is_value(entry) && (v & MC_TAG) && index >= MC_W + ((v >> 12) & 0xfff) &&
	       index <= MC_W + (v & 0xfff);
}

static void __printf(2, 3) mc_error(struct mconc *mc, const char *fmt, ...)
{
	va_list ap;

	if (__atomic_fetch_add(&mc->errors, 1, __ATOMIC_RELAXED))
		return;
	va_start(ap, fmt);
	vsnprintf(mc->first_error, sizeof(mc->first_error), fmt, ap);
	va_end(ap);
}

/* What xa_find() from @start may return at @index. */
static void mc_check_found(struct mconc *mc, unsigned long start, unsigned long index, void *entry)
{
	if (!entry || index < start) {
		mc_error(mc, "find(%#lx) = %p at %#lx", start, entry, index);
	} else if (entry == mc_stable(MC_S_FIRST)) {
		if (index < MC_S_FIRST || index > MC_S_LAST ||
		    (start >= MC_S_FIRST && index != start))
			mc_error(mc, "find(%#lx) found the stable range at %#lx", start, index);
	} else if (xa_is_value(entry) && (xa_to_value(entry) & MC_TAG)) {
		if (!mc_covers(entry, index))
			mc_error(mc, "find(%#lx) = %#lx at %#lx", start, xa_to_value(entry), index);
	} else if (entry != mc_stable(index)) {
		mc_error(mc, "find(%#lx) = %p at %#lx", start, entry, index);
	}
	if (start <= MC_S_LAST && index > max(start, MC_S_FIRST))
		mc_error(mc, "find(%#lx) skipped the stable range, to %#lx", start, index);
}

static void mc_reader(void *arg)
{
	struct mconc *mc = arg;
	struct rng r = { .s = mc->seed ^ (u64)current->id << 32 };

	for (unsigned int it = 0; it < mc->reader_iters ||
				    (mc->wait_writer && !READ_ONCE(mc->writer_done)); it++) {
		unsigned long w = MC_W + rnd_below(&r, MC_WSIZE);
		unsigned long s = MC_S_FIRST + rnd_below(&r, MC_S_LAST - MC_S_FIRST + 1);
		unsigned long single = mc_single[rnd_below(&r, MC_NR_SINGLE)];
		unsigned long start = MC_W + rnd_below(&r, MC_S_LAST + 2 - MC_W), index;
		unsigned int n = 0;
		void *entry;

		/* Loads across the window and in the range being stored (maybe part-written). */
		for (unsigned int i = 0; i < MC_LOADS; i++) {
			entry = xa_load(&mc->xa, w);
			if (entry && !mc_covers(entry, w))
				mc_error(mc, "load(%#lx) = %p", w, entry);
			if (i & 1) {
				unsigned long busy = READ_ONCE(mc->busy);

				w = MC_W + (busy >> 16) + rnd_below(&r, busy & 0xffff);
			} else {
				w = MC_W + rnd_below(&r, MC_WSIZE);
			}
		}
		if (xa_load(&mc->xa, s) != mc_stable(MC_S_FIRST) ||
		    !xa_get_mark(&mc->xa, s, XA_MARK_1))
			mc_error(mc, "stable range at %#lx lost", s);
		if (xa_load(&mc->xa, single) != mc_stable(single))
			mc_error(mc, "stable %#lx lost", single);
		if (xa_load(&mc->xa, (1UL << 30) + (w & 127)) != mc_stable(1UL << 30))
			mc_error(mc, "stable order-7 entry lost");

		index = start;
		entry = xa_find(&mc->xa, &index, ULONG_MAX, XA_PRESENT);
		mc_check_found(mc, start, index, entry);
		/* After an index of the stable range: its next piece, or what follows it. */
		index = s;
		entry = xa_find_after(&mc->xa, &index, ULONG_MAX, XA_PRESENT);
		for (n = 0; n < mc->s_pieces && mc->s_piece[n].first <= s; n++)
			;
		if (n < mc->s_pieces ?
		    entry != mc_stable(MC_S_FIRST) || index != mc->s_piece[n].first :
		    !entry || index <= MC_S_LAST)
			mc_error(mc, "find_after(%#lx) = %p at %#lx", s, entry, index);
		n = 0;

		/* The stable range: each piece once, in order, from its first index. */
		xa_for_each_range(&mc->xa, index, entry, MC_S_FIRST, MC_S_LAST) {
			if (entry != mc_stable(MC_S_FIRST) || (!n && index != MC_S_FIRST))
				mc_error(mc, "stable range walk: %p at %#lx", entry, index);
			n++;
		}
		if (n != mc->s_pieces)
			mc_error(mc, "stable range walk met %u pieces, not %u", n, mc->s_pieces);
		/* XA_MARK_1: the stable range's pieces, nothing of the writer's. */
		n = 0;
		xa_for_each_marked(&mc->xa, index, entry, XA_MARK_1) {
			if (entry != mc_stable(MC_S_FIRST))
				mc_error(mc, "marked walk: %p at %#lx", entry, index);
			n++;
		}
		if (n != mc->s_pieces)
			mc_error(mc, "marked walk met %u entries, not %u", n, mc->s_pieces);
	}
}

/*
 * Apply a store to the writer's reference with a placeholder, then name the
 * indices the new entry covers in its value.
 */
static void *mc_apply(struct mconc *mc, const struct tpiece *pieces, unsigned int n,
		      unsigned long serial)
{
	void *placeholder = &objs[0], *entry;
	unsigned long first = ULONG_MAX, last = 0;
	unsigned int k;

	for (k = 0; k < n; k++)
		mref_store_piece(&mc->wref, &pieces[k], placeholder);
	for (k = 0; k < mc->wref.nr; k++) {
		if (mc->wref.iv[k].entry != placeholder)
			continue;
		first = min(first, mc->wref.iv[k].first);
		last = max(last, mc->wref.iv[k].last);
	}
	entry = mc_val(serial, first, last);
	for (k = 0; k < mc->wref.nr; k++)
		if (mc->wref.iv[k].entry == placeholder)
			mc->wref.iv[k].entry = entry;
	return entry;
}

static void mc_writer(void *arg)
{
	struct mconc *mc = arg;
	struct rng r = { .s = mc->seed };

	for (unsigned long op = 0; op < mc->ops; op++) {
		unsigned long first = MC_W + rnd_below(&r, MC_WSIZE), last;
		struct tpiece pieces[MAX_PIECES];
		unsigned int n, kind = (unsigned int)rnd_below(&r, 8);
		void *entry, *ret;

		last = min(MC_W + MC_WSIZE - 1,
			   first + rnd_below(&r, rnd_below(&r, 2) ? 16 : mc->max_len));
		/* Now and then, empty the whole window: the tree shrinks. */
		if (kind == 0 && rnd_below(&r, 4) == 0) {
			first = MC_W;
			last = MC_W + MC_WSIZE - 1;
		}
		WRITE_ONCE(mc->busy, (first - MC_W) << 16 | (last - first + 1));
		if (kind < 3) {
			ret = xa_store_range(&mc->xa, first, last, NULL, GFP_KERNEL);
			mref_store_range(&mc->wref, first, last, NULL);
		} else if (kind < 6) {
			n = range_pieces(first, last, pieces);
			entry = mc_apply(mc, pieces, n, op);
			ret = xa_store_range(&mc->xa, first, last, entry, GFP_KERNEL);
		} else if (kind == 6) {
			unsigned int order = (unsigned int)rnd_below(&r, 8);

			pieces[0] = order_piece(first, order);
			if (tpiece_last(&pieces[0]) >= MC_W + MC_WSIZE)
				continue;
			entry = mc_apply(mc, pieces, 1, op);
			ret = xa_store_order(&mc->xa, first, order, entry, GFP_KERNEL);
		} else {
			pieces[0] = (struct tpiece){ .first = first };
			entry = mc_apply(mc, pieces, 1, op);
			ret = xa_store(&mc->xa, first, entry, GFP_KERNEL);
			xa_set_mark(&mc->xa, first, XA_MARK_0);
			mc->wref.iv[mref_at(&mc->wref, first)].marks |= 1U << XA_MARK_0;
		}
		if (xa_is_err(ret))
			mc_error(mc, "writer: error %d", xa_err(ret));
	}
	WRITE_ONCE(mc->writer_done, 1);
}

static void mc_setup(struct mconc *mc, u64 seed)
{
	memset(mc, 0, sizeof(*mc));
	mc->seed = seed;
	mc->busy = 1;
	xa_init(&mc->xa);
	for (unsigned int i = 0; i < MC_NR_SINGLE; i++)
		assert_null(xa_store(&mc->xa, mc_single[i], mc_stable(mc_single[i]), GFP_KERNEL));
	assert_null(xa_store_range(&mc->xa, MC_S_FIRST, MC_S_LAST, mc_stable(MC_S_FIRST),
				   GFP_KERNEL));
	mc->s_pieces = range_pieces(MC_S_FIRST, MC_S_LAST, mc->s_piece);
	for (unsigned int i = 0; i < mc->s_pieces; i++)
		xa_set_mark(&mc->xa, mc->s_piece[i].first, XA_MARK_1);
	assert_null(xa_store_order(&mc->xa, 1UL << 30, 7, mc_stable(1UL << 30), GFP_KERNEL));
}

/* The window holds the writer's reference; the stable entries are untouched. */
static void mc_finish(struct mconc *mc, int ret, const char *what)
{
	struct tpiece order7 = order_piece(1UL << 30, 7);
	struct mref *m = &mc->wref;

	if (mc->errors)
		print_error("xarray_test: %s seed %llu: %lu errors, first: %s\n", what,
			    (unsigned long long)mc->seed, mc->errors, mc->first_error);
	assert_int_equal(ret, 0);
	assert_int_equal(mc->errors, 0);
	for (unsigned int i = 0; i < MC_NR_SINGLE; i++)
		mref_insert(m, (struct mint){ mc_single[i], mc_single[i], 0,
					      mc_stable(mc_single[i]), 0 });
	mref_store_piece(m, &order7, mc_stable(1UL << 30));
	mref_store_range(m, MC_S_FIRST, MC_S_LAST, mc_stable(MC_S_FIRST));
	for (unsigned int k = 0; k < m->nr; k++)
		if (m->iv[k].entry == mc_stable(MC_S_FIRST))
			m->iv[k].marks = 1U << XA_MARK_1;
	check_against_mref(&mc->xa, m);
	xa_destroy(&mc->xa);
}

/*
 * Readers never see a half-built entry, deterministic: the writer stores one
 * run of XA_CHUNK_SIZE - 1 slots in a leaf whose first slot holds a shorter
 * entry; a reader loading the run's last index meets it part-written at the
 * run's scheduling point, and must read NULL (not yet written) or the new
 * entry, never the old one through a new sibling.
 */
struct half_run {
	struct xarray xa;
	unsigned long base;
	int done;		/* READ_ONCE/WRITE_ONCE: the writer has stored */
	unsigned long bad;	/* loads that saw the old entry */
};

static void half_run_writer(void *arg)
{
	struct half_run *h = arg;

	xa_store_range(&h->xa, h->base, h->base + XA_CHUNK_SIZE - 2, &objs[2], GFP_KERNEL);
	WRITE_ONCE(h->done, 1);
}

static void half_run_reader(void *arg)
{
	struct half_run *h = arg;

	while (!READ_ONCE(h->done)) {
		void *entry = xa_load(&h->xa, h->base + XA_CHUNK_SIZE - 2);

		if (entry && entry != &objs[2])
			h->bad++;
	}
}

static void test_multi_half_written_run(void **state)
{
	unsigned long before = violations_reported(), seen = 0;
	long live = live_objects();
	struct half_run h;

	for (unsigned int v = 0; v < 16; v++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + 600 + v };
		struct sched_actor actors[] = {
			{ "writer", half_run_writer, &h },
			{ "reader", half_run_reader, &h },
		};

		memset(&h, 0, sizeof(h));
		h.base = XA_CHUNK_SIZE * XA_CHUNK_SIZE;
		xa_init(&h.xa);
		assert_null(xa_store(&h.xa, h.base, &objs[1], GFP_KERNEL));
		assert_null(xa_store(&h.xa, h.base + XA_CHUNK_SIZE, &objs[3], GFP_KERNEL));
		assert_int_equal(sched_run(&o, actors, ARRAY_SIZE(actors), NULL), 0);
		if (h.bad)
			fail_msg("seed %llu: a reader saw the old entry through a new sibling "
				 "%lu times", (unsigned long long)o.seed, h.bad);
		assert_ptr_equal(xa_load(&h.xa, h.base), &objs[2]);
		seen += READ_ONCE(h.done);
		xa_destroy(&h.xa);
	}
	assert_int_equal(seen, 16);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_multi_concurrent_free(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct mconc *mc = malloc(sizeof(*mc));

	assert_non_null(mc);
	for (unsigned int v = 0; v < 3; v++) {
		struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed + 400 + v };
		struct sched_actor actors[] = {
			{ "writer", mc_writer, mc },
			{ "reader0", mc_reader, mc },
			{ "reader1", mc_reader, mc },
			{ "reader2", mc_reader, mc },
		};

		mc_setup(mc, o.seed);
		mc->ops = 3000;
		mc->max_len = 600;
		mc->reader_iters = 300;
		mc->wait_writer = true;
		mc_finish(mc, sched_run(&o, actors, ARRAY_SIZE(actors), NULL), "multi free");
	}
	free(mc);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_multi_concurrent_det(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct mconc *mc = malloc(sizeof(*mc));

	assert_non_null(mc);
	for (unsigned int v = 0; v < 12; v++) {
		struct sched_opts o = {
			.mode = SCHED_MODE_DET,
			.strategy = v & 1 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.seed = base_seed + 500 + v,
		};
		struct sched_actor actors[] = {
			{ "writer", mc_writer, mc },
			{ "reader0", mc_reader, mc },
			{ "reader1", mc_reader, mc },
		};

		mc_setup(mc, o.seed);
		/* Short ranges: a reader's load often lands in the run being written. */
		mc->ops = 40;
		mc->max_len = 24;
		mc->reader_iters = 12;
		mc_finish(mc, sched_run(&o, actors, ARRAY_SIZE(actors), NULL), "multi det");
	}
	free(mc);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}


int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_multi_store),
		cmocka_unit_test(test_multi_marks_and_iteration),
		cmocka_unit_test(test_multi_range_cost),
		cmocka_unit_test(test_multi_retry_entries),
		cmocka_unit_test(test_multi_random),
		cmocka_unit_test(test_multi_nomem),
		cmocka_unit_test(test_multi_half_written_run),
		cmocka_unit_test(test_multi_concurrent_free),
		cmocka_unit_test(test_multi_concurrent_det),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("xarray_multi_test: seed %llu (set GMEMSIM_SEED to change), XA_CHUNK_SHIFT %d\n",
		      (unsigned long long)base_seed, XA_CHUNK_SHIFT);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
