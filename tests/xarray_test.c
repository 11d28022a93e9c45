// SPDX-License-Identifier: GPL-2.0
/*
 * The xarray (kernel/lib/xarray.c) against a reference map: seeded random
 * operations over sparse, dense and huge indices with every result and every
 * iteration checked, a structural check of the tree (counts, parents, marks,
 * sibling runs, shrinking), allocation failure, the retry protocol, and
 * lockless readers racing a writer that grows and shrinks the tree (free and
 * deterministic mode).  Multi-index entries (xa_store_range, xa_store_order)
 * against an interval reference: the kernel's check_multi_store/find cases,
 * random ranges, orders, stores inside ranges, erases, marks and finds, the
 * cost of a range, -ENOMEM part-way through a range, and lockless readers
 * over ranges being stored, overwritten and erased.
 * Kernel counterpart: lib/test_xarray.c, tools/testing/radix-tree.
 *
 * GMEMSIM_SEED=<n> picks the seed (printed at start; default 1).
 */
/* gmemsim-test-layer: kernel */
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

static u64 base_seed;

/* ---- a seeded generator (splitmix64) ------------------------------------------ */

struct rng {
	u64 s;
};

static u64 rnd(struct rng *r)
{
	u64 z = (r->s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static unsigned long rnd_below(struct rng *r, unsigned long n)
{
	return rnd(r) % n;
}

/* Fisher-Yates over the first @n elements of @a. */
static void shuffle(struct rng *r, unsigned int *a, unsigned int n)
{
	for (unsigned int i = n; i > 1; i--) {
		unsigned int j = rnd_below(r, i);

		swap(a[i - 1], a[j]);
	}
}

/* ---- helpers ---------------------------------------------------------------- */

static long objs[64];	/* pointer entries: 8-byte aligned */

/* Settle RCU so that kfree_rcu()'d nodes show up in kmalloc_live(). */
static long live_objects(void)
{
	rcu_barrier();
	return kmalloc_live();
}

struct tree_stats {
	unsigned long nodes;
	unsigned long entries;	/* multi-index entries count once */
};

/* Sees every entry in index order: its indices, its node's shift, its marks. */
typedef void (*visit_fn)(unsigned long first, unsigned long last, unsigned int shift, void *entry,
			 unsigned int marks, void *arg);

static unsigned int slot_marks(struct xa_node *node, unsigned int i)
{
	unsigned int marks = 0;

	for (xa_mark_t m = XA_MARK_0; m <= XA_MARK_MAX; m++)
		if (node->marks[m][0] & (1UL << i))
			marks |= 1U << m;
	return marks;
}

/*
 * Check one subtree; returns the marks (bit m: some slot carries mark m).
 * An entry and the sibling slots after it (each naming the entry's slot,
 * carrying no mark) form one run, visited once when it ends.
 */
static unsigned int check_node(struct xarray *xa, struct xa_node *node, struct xa_node *parent,
			       unsigned int offset, unsigned int shift, unsigned long base,
			       struct tree_stats *st, visit_fn visit, void *arg)
{
	unsigned int count = 0, values = 0, all = 0, run = 0, run_marks = 0;
	void *run_entry = NULL;

	assert_int_equal(node->shift, shift);
	assert_ptr_equal(node->parent, parent);
	assert_int_equal(node->offset, offset);
	assert_ptr_equal(node->array, xa);
	st->nodes++;
	for (unsigned int i = 0; i <= XA_CHUNK_SIZE; i++) {
		void *entry = i < XA_CHUNK_SIZE ? node->slots[i] : NULL;
		unsigned long index = base | ((unsigned long)i << shift);
		unsigned int marks = i < XA_CHUNK_SIZE ? slot_marks(node, i) : 0;

		if (xa_is_sibling(entry)) {
			assert_non_null(run_entry);
			assert_int_equal(xa_to_sibling(entry), run);
			assert_int_equal(marks, 0);
			count++;
			values += xa_is_value(run_entry);
			continue;
		}
		if (run_entry) {
			/* wraps to ULONG_MAX for a run that ends the index space */
			visit(base | ((unsigned long)run << shift),
			      base + ((unsigned long)i << shift) - 1, shift, run_entry, run_marks,
			      arg);
			run_entry = NULL;
		}
		if (i == XA_CHUNK_SIZE)
			break;
		if (!entry) {
			assert_int_equal(marks, 0);
			continue;
		}
		count++;
		values += xa_is_value(entry);
		all |= marks;
		if (xa_is_node(entry)) {
			assert_true(shift > 0);
			assert_int_equal(check_node(xa, xa_to_node(entry), node, i,
						    shift - XA_CHUNK_SHIFT, index, st, visit, arg),
					 marks);
			continue;
		}
		assert_false(xa_is_internal(entry) && !xa_is_zero(entry));
		st->entries++;
		run = i;
		run_entry = entry;
		run_marks = marks;
	}
	assert_int_equal(node->count, count);
	assert_int_equal(node->nr_values, values);
	assert_true(count > 0);	/* empty nodes are deleted */
	return all;
}

/* Structural check of the whole array, under xa_lock (no concurrent writer). */
static struct tree_stats check_tree(struct xarray *xa, visit_fn visit, void *arg)
{
	struct tree_stats st = { 0 };
	unsigned int marks = 0, flags = 0;
	void *head;

	xa_lock(xa);
	head = xa->xa_head;
	if (xa_is_node(head)) {
		struct xa_node *top = xa_to_node(head);
		void *first = top->slots[0];

		marks = check_node(xa, top, NULL, 0, top->shift, 0, &st, visit, arg);
		/* A top node holding only slot 0 would have been shrunk (unless multi-index). */
		assert_false(top->count == 1 && first && (xa_is_node(first) || !top->shift));
	} else if (head) {
		for (xa_mark_t m = XA_MARK_0; m <= XA_MARK_MAX; m++)
			if (xa_marked(xa, m))
				marks |= 1U << m;
		assert_false(xa_is_internal(head) && !xa_is_zero(head));
		st.entries++;
		visit(0, 0, 0, head, marks, arg);
	}
	for (xa_mark_t m = XA_MARK_0; m <= XA_MARK_MAX; m++)
		if (xa_marked(xa, m))
			flags |= 1U << m;
	assert_int_equal(flags, marks);
	xa_unlock(xa);
	return st;
}

static void visit_nothing(unsigned long first, unsigned long last, unsigned int shift, void *entry,
			  unsigned int marks, void *arg)
{
}

/* ---- the reference map -------------------------------------------------------- */

#define NKEYS 384

struct ref_slot {
	void *entry;		/* NULL when absent or reserved */
	bool reserved;
	unsigned int marks;	/* bit m: mark m */
};

struct ref {
	unsigned long keys[NKEYS];	/* sorted, unique */
	unsigned int nr;
	struct ref_slot s[NKEYS];
};

static bool ref_present(const struct ref *ref, unsigned int k)
{
	return ref->s[k].entry || ref->s[k].reserved;
}

static int cmp_ulong(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

/*
 * The key set: dense runs at 0 and around chunk boundaries, sparse random
 * indices of every magnitude, and the top of the index space.
 */
static void ref_init(struct ref *ref, struct rng *r)
{
	unsigned long raw[NKEYS + 64];
	unsigned int n = 0, i;

	memset(ref, 0, sizeof(*ref));
	for (i = 0; i < 40; i++)
		raw[n++] = i;
	for (unsigned int sh = XA_CHUNK_SHIFT; sh < BITS_PER_LONG; sh += XA_CHUNK_SHIFT) {
		raw[n++] = (1UL << sh) - 1;
		raw[n++] = 1UL << sh;
		raw[n++] = (1UL << sh) + 1;
	}
	raw[n++] = ULONG_MAX;
	raw[n++] = ULONG_MAX - 1;
	raw[n++] = ULONG_MAX - XA_CHUNK_SIZE;
	raw[n++] = 1UL << 63;
	while (n < ARRAY_SIZE(raw))
		raw[n++] = rnd(r) >> rnd_below(r, 64);
	qsort(raw, n, sizeof(raw[0]), cmp_ulong);
	for (i = 0; i < n && ref->nr < NKEYS; i++)
		if (!ref->nr || raw[i] != ref->keys[ref->nr - 1])
			ref->keys[ref->nr++] = raw[i];
}

/* First key >= @index (ref->nr if none). */
static unsigned int ref_lower_bound(const struct ref *ref, unsigned long index)
{
	unsigned int lo = 0, hi = ref->nr;

	while (lo < hi) {
		unsigned int mid = (lo + hi) / 2;

		if (ref->keys[mid] < index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* What xa_find(@start, @max, @filter) must return: a key slot, or -1. */
static int ref_find(const struct ref *ref, unsigned long start, unsigned long max,
		    xa_mark_t filter)
{
	for (unsigned int k = ref_lower_bound(ref, start); k < ref->nr && ref->keys[k] <= max; k++) {
		if (!ref->s[k].entry)
			continue;
		if (filter == XA_PRESENT || (ref->s[k].marks & (1U << filter)))
			return (int)k;
	}
	return -1;
}

static void ref_erase(struct ref *ref, unsigned int k)
{
	ref->s[k] = (struct ref_slot){ 0 };
}

/* Store semantics: NULL erases, XA_ZERO_ENTRY reserves, marks survive an overwrite. */
static void ref_store(struct ref *ref, unsigned int k, void *entry)
{
	if (!entry) {
		ref_erase(ref, k);
	} else if (xa_is_zero(entry)) {
		ref->s[k].entry = NULL;
		ref->s[k].reserved = true;
	} else {
		ref->s[k].entry = entry;
		ref->s[k].reserved = false;
	}
}

/* The raw entry the array holds at key slot @k. */
static void *ref_raw(const struct ref *ref, unsigned int k)
{
	return ref->s[k].reserved ? XA_ZERO_ENTRY : ref->s[k].entry;
}

struct walk {
	const struct ref *ref;
	unsigned int next;	/* next present key slot expected */
};

/* check_tree() visitor: the tree holds exactly the reference's present keys, in order. */
static void visit_ref(unsigned long index, unsigned long last, unsigned int shift, void *entry,
		      unsigned int marks, void *arg)
{
	struct walk *w = arg;
	const struct ref *ref = w->ref;

	assert_int_equal(last, index);	/* single-index entries only */
	assert_int_equal(shift, 0);
	while (w->next < ref->nr && !ref_present(ref, w->next))
		w->next++;
	assert_true(w->next < ref->nr);
	assert_int_equal(ref->keys[w->next], index);
	assert_ptr_equal(ref_raw(ref, w->next), entry);
	assert_int_equal(ref->s[w->next].marks, marks);
	w->next++;
}

static struct tree_stats check_against_ref(struct xarray *xa, const struct ref *ref)
{
	struct walk w = { .ref = ref };
	struct tree_stats st = check_tree(xa, visit_ref, &w);

	for (; w.next < ref->nr; w.next++)
		assert_false(ref_present(ref, w.next));
	return st;
}

/* xa_for_each_range (@filter XA_PRESENT) or xa_for_each_marked against the reference. */
static void check_iteration(struct xarray *xa, const struct ref *ref, unsigned long start,
			    unsigned long last, xa_mark_t filter)
{
	unsigned long index, got_index[NKEYS + 1];
	void *entry, *got[NKEYS + 1];
	unsigned int n = 0, want = 0;

	if (filter == XA_PRESENT) {
		xa_for_each_range(xa, index, entry, start, last) {
			assert_true(n < NKEYS);
			got_index[n] = index;
			got[n++] = entry;
		}
	} else {
		start = 0;
		last = ULONG_MAX;
		xa_for_each_marked(xa, index, entry, filter) {
			assert_true(n < NKEYS);
			got_index[n] = index;
			got[n++] = entry;
		}
	}
	for (unsigned int k = ref_lower_bound(ref, start); k < ref->nr && ref->keys[k] <= last; k++) {
		if (!ref->s[k].entry)
			continue;
		if (filter != XA_PRESENT && !(ref->s[k].marks & (1U << filter)))
			continue;
		assert_true(want < n);
		assert_int_equal(got_index[want], ref->keys[k]);
		assert_ptr_equal(got[want], ref->s[k].entry);
		want++;
	}
	assert_int_equal(want, n);
}

/* ---- entry encoding and the basics --------------------------------------------- */

static void test_entries(void **state)
{
	assert_true(xa_is_value(xa_mk_value(0)));
	assert_int_equal(xa_to_value(xa_mk_value(LONG_MAX)), LONG_MAX);
	assert_false(xa_is_value(&objs[1]));
	assert_false(xa_is_internal(&objs[1]));
	assert_false(xa_is_internal(xa_mk_value(7)));
	assert_true(xa_is_internal(XA_RETRY_ENTRY) && xa_is_retry(XA_RETRY_ENTRY));
	assert_true(xa_is_internal(XA_ZERO_ENTRY) && xa_is_zero(XA_ZERO_ENTRY));
	assert_false(xa_is_node(XA_RETRY_ENTRY) || xa_is_node(XA_ZERO_ENTRY));
	assert_false(xa_is_err(XA_ZERO_ENTRY) || xa_is_err(XA_RETRY_ENTRY));
	assert_true(xa_is_err(XA_ERROR(-ENOMEM)));
	assert_int_equal(xa_err(XA_ERROR(-ENOMEM)), -ENOMEM);
	assert_int_equal(xa_err(XA_ERROR(-MAX_ERRNO)), -MAX_ERRNO);
	assert_int_equal(xa_err(&objs[0]), 0);
	assert_int_equal(xa_err(xa_mk_value(3)), 0);
	assert_int_equal(xa_err(NULL), 0);
}

static DEFINE_XARRAY(static_xa);

static void test_basic(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct xarray xa;

	xa_init(&xa);
	assert_true(xa_empty(&xa));
	assert_null(xa_load(&xa, 0));

	/* One entry at index 0 lives in the head: no node. */
	assert_null(xa_store(&xa, 0, &objs[0], GFP_KERNEL));
	assert_ptr_equal(xa.xa_head, &objs[0]);
	assert_ptr_equal(xa_load(&xa, 0), &objs[0]);
	assert_null(xa_load(&xa, 1));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 0);

	/* Index 1: a leaf with the old head in slot 0. */
	assert_null(xa_store(&xa, 1, xa_mk_value(1), GFP_KERNEL));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 1);
	assert_ptr_equal(xa_load(&xa, 0), &objs[0]);

	/* ULONG_MAX: the tree grows to its full height. */
	assert_null(xa_store(&xa, ULONG_MAX, &objs[2], GFP_KERNEL));
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 2 * XA_MAX_HEIGHT - 1);
	assert_ptr_equal(xa_load(&xa, ULONG_MAX), &objs[2]);
	assert_null(xa_load(&xa, ULONG_MAX - 1));
	assert_ptr_equal(xa_store(&xa, ULONG_MAX, &objs[3], GFP_KERNEL), &objs[2]);

	/* Shrinking: back to one leaf, then to the head. */
	assert_ptr_equal(xa_erase(&xa, ULONG_MAX), &objs[3]);
	assert_int_equal(check_tree(&xa, visit_nothing, NULL).nodes, 1);
	assert_ptr_equal(xa_erase(&xa, 1), xa_mk_value(1));
	assert_ptr_equal(xa.xa_head, &objs[0]);
	assert_null(xa_erase(&xa, 1));
	assert_null(xa_erase(&xa, 12345));
	assert_ptr_equal(xa_erase(&xa, 0), &objs[0]);
	assert_true(xa_empty(&xa));

	/* A lone entry far away: one chain, erased entirely. */
	assert_null(xa_store(&xa, 1UL << 40, &objs[4], GFP_KERNEL));
	assert_false(xa_empty(&xa));
	assert_null(xa_load(&xa, 0));
	assert_ptr_equal(xa_store(&xa, 1UL << 40, NULL, GFP_KERNEL), &objs[4]);	/* store NULL == erase */
	assert_true(xa_empty(&xa));

	/* The statically defined array works the same. */
	assert_null(xa_store(&static_xa, 77, &objs[5], GFP_KERNEL));
	assert_ptr_equal(xa_load(&static_xa, 77), &objs[5]);
	xa_destroy(&static_xa);
	assert_true(xa_empty(&static_xa));

	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_reserve_insert_cmpxchg(void **state)
{
	unsigned long before = violations_reported(), index;
	long live = live_objects();
	struct xarray xa;
	void *entry;

	xa_init(&xa);
	for (unsigned long base = 0; base <= 1000; base += 1000) {
		/* A reservation reads as NULL, blocks insert, is invisible to find. */
		assert_int_equal(xa_reserve(&xa, base, GFP_KERNEL), 0);
		assert_false(xa_empty(&xa));
		assert_null(xa_load(&xa, base));
		assert_int_equal(xa_insert(&xa, base, &objs[1], GFP_KERNEL), -EBUSY);
		index = 0;
		assert_null(xa_find(&xa, &index, ULONG_MAX, XA_PRESENT));
		xa_for_each(&xa, index, entry)
			fail();
		/* cmpxchg from NULL fails on a reservation but reports NULL (as the kernel). */
		assert_null(xa_cmpxchg(&xa, base, NULL, &objs[1], GFP_KERNEL));
		assert_null(xa_load(&xa, base));
		/* Marks may be set on a reserved index. */
		xa_set_mark(&xa, base, XA_MARK_2);
		assert_true(xa_get_mark(&xa, base, XA_MARK_2));
		assert_true(xa_marked(&xa, XA_MARK_2));
		index = 0;
		assert_null(xa_find(&xa, &index, ULONG_MAX, XA_MARK_2));
		/* Release drops it; reserving again and storing over it works. */
		xa_release(&xa, base);
		assert_true(xa_empty(&xa));
		assert_false(xa_marked(&xa, XA_MARK_2));
		assert_int_equal(xa_reserve(&xa, base, GFP_KERNEL), 0);
		assert_null(xa_store(&xa, base, &objs[2], GFP_KERNEL));
		assert_ptr_equal(xa_load(&xa, base), &objs[2]);
		/* Release does not touch a real entry; reserve does not either. */
		xa_release(&xa, base);
		assert_int_equal(xa_reserve(&xa, base, GFP_KERNEL), 0);
		assert_ptr_equal(xa_load(&xa, base), &objs[2]);
		assert_int_equal(xa_insert(&xa, base, &objs[3], GFP_KERNEL), -EBUSY);
		/* cmpxchg: mismatch returns the current entry, match replaces. */
		assert_ptr_equal(xa_cmpxchg(&xa, base, &objs[3], &objs[4], GFP_KERNEL), &objs[2]);
		assert_ptr_equal(xa_cmpxchg(&xa, base, &objs[2], &objs[4], GFP_KERNEL), &objs[2]);
		assert_ptr_equal(xa_load(&xa, base), &objs[4]);
		assert_ptr_equal(xa_cmpxchg(&xa, base, &objs[4], NULL, GFP_KERNEL), &objs[4]);
		assert_true(xa_empty(&xa));
		/* insert of NULL reserves. */
		assert_int_equal(xa_insert(&xa, base + 5, NULL, GFP_KERNEL), 0);
		assert_int_equal(xa_insert(&xa, base + 5, &objs[0], GFP_KERNEL), -EBUSY);
		assert_null(xa_erase(&xa, base + 5));
		assert_true(xa_empty(&xa));
		assert_int_equal(xa_insert(&xa, base + 5, &objs[0], GFP_KERNEL), 0);
		assert_ptr_equal(xa_erase(&xa, base + 5), &objs[0]);
		assert_true(xa_empty(&xa));
	}
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

/* Storing an internal entry is refused with -EINVAL and a WARN, as in the kernel. */
static void test_store_internal_entry(void **state)
{
	unsigned long before = violations_reported();
	struct xarray xa;

	xa_init(&xa);
	assert_int_equal(xa_err(xa_store(&xa, 3, XA_RETRY_ENTRY, GFP_KERNEL)), -EINVAL);
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal(xa_err(xa_store(&xa, 3, xa_mk_internal(5), GFP_KERNEL)), -EINVAL);
	assert_int_equal(xa_err(xa_cmpxchg(&xa, 3, NULL, XA_ERROR(-EIO), GFP_KERNEL)), -EINVAL);
	assert_int_equal(xa_insert(&xa, 3, XA_RETRY_ENTRY, GFP_KERNEL), -EINVAL);
	assert_true(xa_empty(&xa));
	/* XA_ZERO_ENTRY is storable: it is a reservation. */
	assert_null(xa_store(&xa, 3, XA_ZERO_ENTRY, GFP_KERNEL));
	assert_null(xa_load(&xa, 3));
	assert_int_equal(xa_insert(&xa, 3, &objs[0], GFP_KERNEL), -EBUSY);
	xa_destroy(&xa);
	/* once per site (WARN_ON_ONCE), like the kernel */
	assert_int_equal(violations_reported(), before + 2);
}

static void test_marks(void **state)
{
	unsigned long before = violations_reported(), index;
	long live = live_objects();
	struct xarray xa;
	unsigned int i;
	void *entry;

	xa_init(&xa);
	/* A mark on an absent index is not set. */
	xa_set_mark(&xa, 9, XA_MARK_0);
	assert_false(xa_get_mark(&xa, 9, XA_MARK_0));
	assert_false(xa_marked(&xa, XA_MARK_0));

	/* A marked head entry keeps its mark when the tree grows and shrinks around it. */
	assert_null(xa_store(&xa, 0, xa_mk_value(0), GFP_KERNEL));
	xa_set_mark(&xa, 0, XA_MARK_1);
	assert_true(xa_get_mark(&xa, 0, XA_MARK_1));
	assert_null(xa_store(&xa, ULONG_MAX - 1, xa_mk_value(1), GFP_KERNEL));
	assert_true(xa_get_mark(&xa, 0, XA_MARK_1));
	assert_false(xa_get_mark(&xa, ULONG_MAX - 1, XA_MARK_1));
	check_tree(&xa, visit_nothing, NULL);
	xa_set_mark(&xa, ULONG_MAX - 1, XA_MARK_0);
	index = 0;
	assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_MARK_0), xa_mk_value(1));
	assert_int_equal(index, ULONG_MAX - 1);
	assert_null(xa_find_after(&xa, &index, ULONG_MAX, XA_MARK_0));
	/* Overwriting keeps marks; erasing clears them, up to the array's flag. */
	assert_ptr_equal(xa_store(&xa, ULONG_MAX - 1, xa_mk_value(2), GFP_KERNEL), xa_mk_value(1));
	assert_true(xa_get_mark(&xa, ULONG_MAX - 1, XA_MARK_0));
	assert_ptr_equal(xa_erase(&xa, ULONG_MAX - 1), xa_mk_value(2));
	assert_false(xa_marked(&xa, XA_MARK_0));
	assert_true(xa_marked(&xa, XA_MARK_1));
	assert_ptr_equal(xa.xa_head, xa_mk_value(0));
	check_tree(&xa, visit_nothing, NULL);

	/* Dense marks: clear one of two in a leaf, the leaf stays marked. */
	for (i = 1; i < 3 * XA_CHUNK_SIZE; i++)
		assert_null(xa_store(&xa, i, xa_mk_value(i), GFP_KERNEL));
	for (i = 0; i < 3 * XA_CHUNK_SIZE; i += 3)
		xa_set_mark(&xa, i, XA_MARK_2);
	xa_clear_mark(&xa, 3, XA_MARK_2);
	assert_false(xa_get_mark(&xa, 3, XA_MARK_2));
	assert_true(xa_get_mark(&xa, 6, XA_MARK_2));
	i = 0;
	xa_for_each_marked(&xa, index, entry, XA_MARK_2) {
		assert_int_equal(index % 3, 0);
		assert_int_not_equal(index, 3);
		assert_ptr_equal(entry, xa_mk_value(index));
		i++;
	}
	assert_int_equal(i, XA_CHUNK_SIZE - 1);
	check_tree(&xa, visit_nothing, NULL);
	for (i = 0; i < 3 * XA_CHUNK_SIZE; i++)
		xa_clear_mark(&xa, i, XA_MARK_2);
	assert_false(xa_marked(&xa, XA_MARK_2));
	check_tree(&xa, visit_nothing, NULL);
	xa_destroy(&xa);
	assert_true(xa_empty(&xa));
	assert_false(xa_marked(&xa, XA_MARK_1));
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_find_edges(void **state)
{
	unsigned long index;
	struct xarray xa;
	void *entry;
	int n = 0;

	xa_init(&xa);
	assert_null(xa_store(&xa, ULONG_MAX, xa_mk_value(1), GFP_KERNEL));
	assert_null(xa_store(&xa, ULONG_MAX - 1, xa_mk_value(2), GFP_KERNEL));
	index = ULONG_MAX;
	assert_ptr_equal(xa_find(&xa, &index, ULONG_MAX, XA_PRESENT), xa_mk_value(1));
	assert_null(xa_find_after(&xa, &index, ULONG_MAX, XA_PRESENT));
	assert_int_equal(index, ULONG_MAX);
	index = 5;
	assert_null(xa_find(&xa, &index, ULONG_MAX - 2, XA_PRESENT));
	assert_int_equal(index, 5);	/* unchanged when nothing is found */
	index = 6;
	assert_null(xa_find(&xa, &index, 5, XA_PRESENT));	/* start > max */
	xa_for_each_start(&xa, index, entry, ULONG_MAX - 1)
		n++;
	assert_int_equal(n, 2);
	n = 0;
	xa_for_each_range(&xa, index, entry, 0, ULONG_MAX - 1)
		n++;
	assert_int_equal(n, 1);
	xa_destroy(&xa);

	/* An entry only at index 0, found from 0 and not from 1. */
	assert_null(xa_store(&xa, 0, &objs[0], GFP_KERNEL));
	index = 0;
	assert_ptr_equal(xa_find(&xa, &index, 0, XA_PRESENT), &objs[0]);
	assert_null(xa_find_after(&xa, &index, ULONG_MAX, XA_PRESENT));
	xa_destroy(&xa);
}

/* ---- random operations against the reference ------------------------------------ */

enum rop {
	ROP_STORE, ROP_ERASE, ROP_INSERT, ROP_CMPXCHG, ROP_RESERVE, ROP_RELEASE, ROP_SET_MARK,
	ROP_CLEAR_MARK, ROP_GET_MARK, ROP_LOAD, ROP_FIND, ROP_FIND_AFTER, ROP_ITERATE, ROP_NR,
};

struct rand_ctx {
	struct xarray xa;
	struct ref ref;
	struct rng rng;
	u64 seed;
	unsigned long op;
	bool may_fail;		/* the kmalloc failure knob is on */
	unsigned long nomem;	/* stores that failed with -ENOMEM */
};

#define RCHECK(c, cond, fmt, ...)                                                      \
	do {                                                                           \
		if (!(cond)) {                                                         \
			print_error("xarray_test: seed %llu op %lu: " fmt "\n",        \
				    (unsigned long long)(c)->seed, (c)->op, ##__VA_ARGS__); \
			fail();                                                        \
		}                                                                      \
	} while (0)

static void *rand_entry(struct rng *r)
{
	if (rnd_below(r, 3))
		return xa_mk_value(rnd(r) >> 2);
	return &objs[rnd_below(r, ARRAY_SIZE(objs))];
}

static gfp_t rand_gfp(struct rng *r)
{
	static const gfp_t gfps[] = { GFP_KERNEL, GFP_KERNEL, GFP_NOWAIT, GFP_ATOMIC };

	return gfps[rnd_below(r, ARRAY_SIZE(gfps))];
}

/* An index to search from: a key, its neighbour, or anywhere. */
static unsigned long rand_start(struct rand_ctx *c)
{
	unsigned long key = c->ref.keys[rnd_below(&c->rng, c->ref.nr)];

	switch (rnd_below(&c->rng, 4)) {
	case 0:
		return key;
	case 1:
		return key + 1;
	case 2:
		return key - 1;
	default:
		return rnd(&c->rng) >> rnd_below(&c->rng, 64);
	}
}

/*
 * A store-like operation returned @ret: on -ENOMEM (only with the knob on) the
 * reference must stay as it is; true when the operation took effect.
 */
static bool rand_took_effect(struct rand_ctx *c, void *ret)
{
	if (xa_err(ret) == -ENOMEM && c->may_fail) {
		c->nomem++;
		check_against_ref(&c->xa, &c->ref);	/* nothing changed */
		return false;
	}
	RCHECK(c, !xa_is_err(ret), "unexpected error %d", xa_err(ret));
	return true;
}

static void rand_store(struct rand_ctx *c, unsigned int k, unsigned long index)
{
	void *entry = rnd_below(&c->rng, 8) ? rand_entry(&c->rng) : NULL;
	void *ret, *expect = c->ref.s[k].entry;

	if (rnd_below(&c->rng, 4)) {
		ret = xa_store(&c->xa, index, entry, rand_gfp(&c->rng));
	} else {
		xa_lock(&c->xa);
		ret = __xa_store(&c->xa, index, entry, rand_gfp(&c->rng));
		xa_unlock(&c->xa);
	}
	if (!rand_took_effect(c, ret))
		return;
	RCHECK(c, ret == expect, "store %#lx returned %p, expected %p", index, ret, expect);
	ref_store(&c->ref, k, entry);
}

static void rand_cmpxchg(struct rand_ctx *c, unsigned int k, unsigned long index)
{
	void *raw = ref_raw(&c->ref, k), *old, *entry, *ret;

	switch (rnd_below(&c->rng, 4)) {
	case 0:
		old = NULL;
		break;
	case 1:
		old = rand_entry(&c->rng);
		break;
	default:
		old = raw;
	}
	entry = rnd_below(&c->rng, 6) ? rand_entry(&c->rng) : NULL;
	if (rnd_below(&c->rng, 2)) {
		ret = xa_cmpxchg(&c->xa, index, old, entry, rand_gfp(&c->rng));
	} else {
		xa_lock(&c->xa);
		ret = __xa_cmpxchg(&c->xa, index, old, entry, rand_gfp(&c->rng));
		xa_unlock(&c->xa);
	}
	if (old == raw && !rand_took_effect(c, ret))
		return;
	RCHECK(c, ret == c->ref.s[k].entry, "cmpxchg %#lx returned %p, expected %p", index, ret,
	       c->ref.s[k].entry);
	if (old == raw)
		ref_store(&c->ref, k, entry);
}

static void rand_insert(struct rand_ctx *c, unsigned int k, unsigned long index, bool reserve)
{
	bool present = ref_present(&c->ref, k);
	void *entry = reserve ? NULL : rand_entry(&c->rng);
	int err;

	if (reserve)
		err = xa_reserve(&c->xa, index, rand_gfp(&c->rng));
	else
		err = xa_insert(&c->xa, index, entry, rand_gfp(&c->rng));
	if (present) {
		/* xa_reserve() of an occupied index is a silent no-op */
		RCHECK(c, err == (reserve ? 0 : -EBUSY), "insert/reserve %#lx on present: %d",
		       index, err);
		return;
	}
	if (!rand_took_effect(c, err ? XA_ERROR(err) : NULL))
		return;
	RCHECK(c, err == 0, "insert/reserve %#lx returned %d", index, err);
	ref_store(&c->ref, k, reserve ? XA_ZERO_ENTRY : entry);
}

static void rand_find(struct rand_ctx *c, bool after)
{
	unsigned long start = rand_start(c), max = ULONG_MAX, index = start;
	xa_mark_t filter = rnd_below(&c->rng, 2) ? XA_PRESENT : (xa_mark_t)rnd_below(&c->rng, 3);
	void *entry;
	int k;

	if (rnd_below(&c->rng, 2))
		max = rnd_below(&c->rng, 2) ? rand_start(c) : start + rnd_below(&c->rng, 1000);
	if (after) {
		entry = xa_find_after(&c->xa, &index, max, filter);
		k = start == ULONG_MAX ? -1 : ref_find(&c->ref, start + 1, max, filter);
	} else {
		entry = xa_find(&c->xa, &index, max, filter);
		k = ref_find(&c->ref, start, max, filter);
	}
	if (k < 0) {
		RCHECK(c, !entry && index == start, "find%s(%#lx, %#lx, %u) found %p at %#lx",
		       after ? "_after" : "", start, max, filter, entry, index);
		return;
	}
	RCHECK(c, entry == c->ref.s[k].entry && index == c->ref.keys[k],
	       "find%s(%#lx, %#lx, %u) = %p at %#lx, expected %p at %#lx", after ? "_after" : "",
	       start, max, filter, entry, index, c->ref.s[k].entry, c->ref.keys[k]);
}

static void rand_op(struct rand_ctx *c, unsigned int store_bias)
{
	unsigned int k = rnd_below(&c->rng, c->ref.nr);
	unsigned long index = c->ref.keys[k];
	xa_mark_t mark = rnd_below(&c->rng, 3);
	unsigned int op = rnd_below(&c->rng, ROP_NR + 8);

	/* The spare draws go to store or erase, by the phase's bias. */
	if (op >= ROP_NR)
		op = rnd_below(&c->rng, 8) < store_bias ? ROP_STORE : ROP_ERASE;
	switch (op) {
	case ROP_STORE:
		rand_store(c, k, index);
		break;
	case ROP_ERASE: {
		void *ret = xa_erase(&c->xa, index);

		RCHECK(c, ret == c->ref.s[k].entry, "erase %#lx returned %p", index, ret);
		ref_erase(&c->ref, k);
		break;
	}
	case ROP_INSERT:
		rand_insert(c, k, index, false);
		break;
	case ROP_CMPXCHG:
		rand_cmpxchg(c, k, index);
		break;
	case ROP_RESERVE:
		rand_insert(c, k, index, true);
		break;
	case ROP_RELEASE:
		xa_release(&c->xa, index);
		if (c->ref.s[k].reserved)
			ref_erase(&c->ref, k);
		break;
	case ROP_SET_MARK:
		xa_set_mark(&c->xa, index, mark);
		if (ref_present(&c->ref, k))
			c->ref.s[k].marks |= 1U << mark;
		break;
	case ROP_CLEAR_MARK:
		xa_clear_mark(&c->xa, index, mark);
		c->ref.s[k].marks &= ~(1U << mark);
		break;
	case ROP_GET_MARK:
		RCHECK(c, xa_get_mark(&c->xa, index, mark) == !!(c->ref.s[k].marks & (1U << mark)),
		       "get_mark %#lx %u", index, mark);
		break;
	case ROP_LOAD:
		RCHECK(c, xa_load(&c->xa, index) == c->ref.s[k].entry, "load %#lx", index);
		break;
	case ROP_FIND:
	case ROP_FIND_AFTER:
		rand_find(c, op == ROP_FIND_AFTER);
		break;
	case ROP_ITERATE: {
		unsigned long start = rand_start(c), last = rand_start(c);

		if (start > last)
			swap(start, last);
		check_iteration(&c->xa, &c->ref, start, last,
				rnd_below(&c->rng, 2) ? XA_PRESENT : mark);
		break;
	}
	}
}

/* xa_marked() and xa_empty() summarise the reference. */
static void check_summary(struct rand_ctx *c)
{
	bool empty = true;
	unsigned int marks = 0;

	for (unsigned int k = 0; k < c->ref.nr; k++) {
		if (!ref_present(&c->ref, k))
			continue;
		empty = false;
		marks |= c->ref.s[k].marks;
	}
	RCHECK(c, xa_empty(&c->xa) == empty, "xa_empty");
	for (xa_mark_t m = XA_MARK_0; m <= XA_MARK_MAX; m++)
		RCHECK(c, xa_marked(&c->xa, m) == !!(marks & (1U << m)), "xa_marked(%u)", m);
}

/*
 * Phases alternate between filling (mostly stores) and draining (mostly
 * erases); the structure is checked at each phase end and every 64 ops.
 */
static void run_random(struct rand_ctx *c, unsigned long ops)
{
	unsigned int bias = 7;

	for (c->op = 0; c->op < ops; c->op++) {
		if (c->op % 700 == 0)
			bias = 8 - bias;	/* 7 of 8 stores, then 1 of 8 */
		rand_op(c, bias);
		check_summary(c);
		if (c->op % 64 == 63)
			check_against_ref(&c->xa, &c->ref);
	}
	check_against_ref(&c->xa, &c->ref);
}

/* Erase everything (in random order): no node and no allocation is left. */
static void drain_all(struct rand_ctx *c, long live)
{
	unsigned int order[NKEYS], n = c->ref.nr;

	for (unsigned int i = 0; i < n; i++)
		order[i] = i;
	shuffle(&c->rng, order, n);
	for (unsigned int i = 0; i < n; i++) {
		unsigned int k = order[i];
		void *ret = xa_erase(&c->xa, c->ref.keys[k]);

		RCHECK(c, ret == c->ref.s[k].entry, "drain: erase %#lx returned %p", c->ref.keys[k],
		       ret);
		ref_erase(&c->ref, k);
		check_summary(c);
	}
	RCHECK(c, xa_empty(&c->xa), "not empty after erasing every index");
	RCHECK(c, check_tree(&c->xa, visit_nothing, NULL).nodes == 0, "nodes left");
	RCHECK(c, live_objects() == live, "%ld objects leaked", live_objects() - live);
}

static void test_random_vs_reference(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct rand_ctx *c = calloc(1, sizeof(*c));

	assert_non_null(c);
	for (unsigned int round = 0; round < 4; round++) {
		c->seed = base_seed + round;
		c->rng.s = c->seed;
		ref_init(&c->ref, &c->rng);
		xa_init(&c->xa);
		run_random(c, 6000);
		if (round & 1) {
			drain_all(c, live);
		} else {
			xa_destroy(&c->xa);
			RCHECK(c, xa_empty(&c->xa) && live_objects() == live, "xa_destroy leaked");
		}
	}
	free(c);
	assert_int_equal(violations_reported(), before);
}

/*
 * The kmalloc failure knob: a store that fails with -ENOMEM leaves the array
 * equal to the reference (checked after every operation).
 */
static void test_nomem(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct rand_ctx *c = calloc(1, sizeof(*c));

	assert_non_null(c);
	c->seed = base_seed + 100;
	c->rng.s = c->seed;
	ref_init(&c->ref, &c->rng);
	xa_init(&c->xa);

	/* Every allocation fails: only stores that need no node succeed. */
	kmalloc_fail_configure(c->seed, 1000000, 0, -1, 0);
	assert_int_equal(xa_err(xa_store(&c->xa, 5, &objs[1], GFP_KERNEL)), -ENOMEM);
	assert_int_equal(xa_insert(&c->xa, 5, &objs[1], GFP_NOWAIT), -ENOMEM);
	assert_int_equal(xa_reserve(&c->xa, 5, GFP_KERNEL), -ENOMEM);
	assert_true(xa_empty(&c->xa));
	assert_null(xa_store(&c->xa, 0, &objs[1], GFP_KERNEL));	/* the head: no node */
	assert_int_equal(xa_err(xa_store(&c->xa, 1, &objs[2], GFP_KERNEL)), -ENOMEM);
	assert_ptr_equal(c->xa.xa_head, &objs[1]);	/* not expanded */
	assert_null(xa_cmpxchg(&c->xa, 1, &objs[3], &objs[2], GFP_KERNEL));	/* no match: no alloc */
	kmalloc_fail_disable();
	assert_null(xa_store(&c->xa, 1, &objs[2], GFP_KERNEL));
	kmalloc_fail_configure(c->seed, 1000000, 0, -1, 0);
	assert_ptr_equal(xa_store(&c->xa, 1, &objs[3], GFP_KERNEL), &objs[2]);	/* overwrite */
	assert_int_equal(xa_err(xa_store(&c->xa, ULONG_MAX, &objs[2], GFP_ATOMIC)), -ENOMEM);
	assert_int_equal(check_tree(&c->xa, visit_nothing, NULL).nodes, 1);
	kmalloc_fail_disable();
	xa_destroy(&c->xa);

	/* A third of allocations fail, through the whole random mix. */
	xa_init(&c->xa);
	c->may_fail = true;
	kmalloc_fail_configure(c->seed, 330000, 0, -1, 0);
	run_random(c, 6000);
	kmalloc_fail_disable();
	print_message("  nomem: %lu operations failed with -ENOMEM\n", c->nomem);
	assert_true(c->nomem > 0);
	drain_all(c, live);
	free(c);
	assert_int_equal(violations_reported(), before);
}

/*
 * The retry protocol, white box: a reader inside the top node when the tree
 * shrinks to a head entry, or when the array is destroyed, finds
 * XA_RETRY_ENTRY in the slot it was about to read, and the node stays valid
 * until it leaves its read section.
 */
static void test_retry_entries(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct xa_node *node;
	struct xarray xa;

	xa_init(&xa);
	assert_null(xa_store(&xa, 0, &objs[0], GFP_KERNEL));
	assert_null(xa_store(&xa, 1, &objs[1], GFP_KERNEL));
	rcu_read_lock();
	node = xa_to_node(rcu_dereference(xa.xa_head));
	assert_ptr_equal(rcu_dereference(node->slots[0]), &objs[0]);
	assert_ptr_equal(xa_erase(&xa, 1), &objs[1]);	/* shrinks to the head */
	assert_ptr_equal(rcu_dereference(xa.xa_head), &objs[0]);
	assert_true(xa_is_retry(rcu_dereference(node->slots[0])));
	/* xa_load() from the head, meanwhile, sees the moved entry. */
	assert_ptr_equal(xa_load(&xa, 0), &objs[0]);
	rcu_read_unlock();

	assert_null(xa_store(&xa, 2 * XA_CHUNK_SIZE, &objs[2], GFP_KERNEL));
	rcu_read_lock();
	node = xa_to_node(rcu_dereference(xa.xa_head));
	xa_destroy(&xa);
	/* Inner slots keep their (dying) children; leaf entries become retry entries. */
	node = xa_to_node(rcu_dereference(node->slots[2]));
	assert_true(xa_is_retry(rcu_dereference(node->slots[0])));
	rcu_read_unlock();
	assert_true(xa_empty(&xa));
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

/* ---- lockless readers against a writer ------------------------------------------- */

#define NR_STABLE 6
#define NR_WRITER_IDX 48

struct conc {
	struct xarray xa;
	unsigned long stable[NR_STABLE];	/* sorted; present and marked throughout */
	unsigned int nr_stable;
	unsigned long widx[NR_WRITER_IDX];	/* the writer's indices, never stable */
	unsigned int rounds;		/* writer: fill and drain rounds */
	unsigned int reader_iters;	/* readers: minimum loop count */
	bool wait_writer;		/* free mode: readers keep going until writer_done */
	int writer_done;		/* READ_ONCE/WRITE_ONCE: set when the writer returns */
	u64 seed;
	unsigned long errors;		/* __atomic: check failures */
	char first_error[160];
};

/* Stable entries carry even values, the writer's odd ones, both derived from the index. */
static void *stable_val(unsigned long index)
{
	return xa_mk_value((index >> 2) << 1);
}

static void *writer_val(unsigned long index)
{
	return xa_mk_value(((index >> 2) << 1) | 1);
}

static void __printf(2, 3) conc_error(struct conc *cc, const char *fmt, ...)
{
	va_list ap;

	if (__atomic_fetch_add(&cc->errors, 1, __ATOMIC_RELAXED))
		return;
	va_start(ap, fmt);
	vsnprintf(cc->first_error, sizeof(cc->first_error), fmt, ap);
	va_end(ap);
}

static bool is_stable(const struct conc *cc, unsigned long index)
{
	for (unsigned int i = 0; i < cc->nr_stable; i++)
		if (cc->stable[i] == index)
			return true;
	return false;
}

/* An entry a reader found at @index is the one that index can hold, never internal. */
static void conc_check_found(struct conc *cc, unsigned long index, void *entry)
{
	if (xa_is_internal(entry))
		conc_error(cc, "reader saw internal entry %p at %#lx", entry, index);
	else if (entry && entry != (is_stable(cc, index) ? stable_val(index) : writer_val(index)))
		conc_error(cc, "reader saw %p at %#lx", entry, index);
}

static void conc_reader(void *arg)
{
	struct conc *cc = arg;
	struct rng r = { .s = cc->seed ^ (u64)current->id << 32 };

	for (unsigned int it = 0; it < cc->reader_iters ||
				    (cc->wait_writer && !READ_ONCE(cc->writer_done)); it++) {
		unsigned int i = rnd_below(&r, cc->nr_stable);
		unsigned long k = cc->stable[i], w = cc->widx[rnd_below(&r, NR_WRITER_IDX)];
		unsigned long index = k;
		void *entry = xa_load(&cc->xa, k);

		if (entry != stable_val(k))
			conc_error(cc, "xa_load(%#lx) = %p, expected %p", k, entry, stable_val(k));
		conc_check_found(cc, w, xa_load(&cc->xa, w));
		if (xa_get_mark(&cc->xa, k, XA_MARK_1) != (i & 1))
			conc_error(cc, "xa_get_mark(%#lx) flipped", k);

		/* From a stable index: it, then nothing beyond the next stable one. */
		entry = xa_find(&cc->xa, &index, ULONG_MAX, (i & 1) ? XA_MARK_1 : XA_PRESENT);
		if (entry != stable_val(k) || index != k)
			conc_error(cc, "xa_find(%#lx) = %p at %#lx", k, entry, index);
		entry = xa_find_after(&cc->xa, &index, ULONG_MAX, XA_PRESENT);
		conc_check_found(cc, index, entry);
		if (i + 1 < cc->nr_stable && (!entry || index > cc->stable[i + 1]))
			conc_error(cc, "xa_find_after(%#lx) skipped %#lx", k, cc->stable[i + 1]);
	}
}

/* Fill the tree with the writer's indices (growing it) and drain it again. */
static void conc_writer(void *arg)
{
	struct conc *cc = arg;
	struct rng r = { .s = cc->seed };
	unsigned int order[NR_WRITER_IDX];

	for (unsigned int round = 0; round < cc->rounds; round++) {
		unsigned int n = 1 + rnd_below(&r, NR_WRITER_IDX);

		for (unsigned int i = 0; i < NR_WRITER_IDX; i++)
			order[i] = i;
		shuffle(&r, order, NR_WRITER_IDX);
		for (unsigned int i = 0; i < n; i++) {
			unsigned long w = cc->widx[order[i]];
			void *old = xa_store(&cc->xa, w, writer_val(w), GFP_KERNEL);

			if (old)
				conc_error(cc, "writer: store %#lx returned %p", w, old);
			/*
			 * With only a head entry stable, its mark is read from the
			 * array-wide flag (racy by design, as in the kernel): keep
			 * XA_MARK_1 out of that flag so the reader's check is exact.
			 */
			xa_set_mark(&cc->xa, w, cc->nr_stable == 1 ? XA_MARK_0 :
					       (xa_mark_t)rnd_below(&r, 2));
		}
		shuffle(&r, order, n);
		for (unsigned int i = 0; i < n; i++) {
			unsigned long w = cc->widx[order[i]];
			void *old = xa_erase(&cc->xa, w);

			if (old != writer_val(w))
				conc_error(cc, "writer: erase %#lx returned %p", w, old);
		}
	}
	WRITE_ONCE(cc->writer_done, 1);
}

/* Stable sets: a head entry alone (shrinks to the head each round), or spread out. */
static void conc_setup(struct conc *cc, u64 seed, bool head_only)
{
	static const unsigned long spread[NR_STABLE] = { 0, 3, 200, 4097, 1UL << 33, ULONG_MAX - 1 };
	struct rng r = { .s = seed };
	unsigned int n = 0, i;

	memset(cc, 0, sizeof(*cc));
	cc->seed = seed;
	xa_init(&cc->xa);
	cc->nr_stable = head_only ? 1 : NR_STABLE;
	memcpy(cc->stable, spread, sizeof(spread));
	for (i = 0; i < cc->nr_stable; i++) {
		assert_null(xa_store(&cc->xa, cc->stable[i], stable_val(cc->stable[i]), GFP_KERNEL));
		if (i & 1)
			xa_set_mark(&cc->xa, cc->stable[i], XA_MARK_1);
	}
	while (n < NR_WRITER_IDX) {
		unsigned long w;

		switch (rnd_below(&r, 4)) {
		case 0:
			w = rnd_below(&r, 4 * XA_CHUNK_SIZE);
			break;
		case 1:
			w = ULONG_MAX - rnd_below(&r, 3);
			break;
		default:
			w = rnd(&r) >> rnd_below(&r, 64);
		}
		if (is_stable(cc, w))
			continue;
		for (i = 0; i < n && cc->widx[i] != w; i++)
			;
		if (i == n)
			cc->widx[n++] = w;
	}
}

static void conc_finish(struct conc *cc, int ret, const char *what)
{
	if (cc->errors)
		print_error("xarray_test: %s seed %llu: %lu errors, first: %s\n", what,
			    (unsigned long long)cc->seed, cc->errors, cc->first_error);
	assert_int_equal(ret, 0);
	assert_int_equal(cc->errors, 0);
	/* Only the stable entries are left. */
	assert_int_equal(check_tree(&cc->xa, visit_nothing, NULL).entries, cc->nr_stable);
	xa_destroy(&cc->xa);
}

static void test_concurrent_readers_free(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct conc *cc = malloc(sizeof(*cc));

	assert_non_null(cc);
	for (unsigned int v = 0; v < 4; v++) {
		struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed + v };
		struct sched_actor actors[] = {
			{ "writer", conc_writer, cc },
			{ "reader0", conc_reader, cc },
			{ "reader1", conc_reader, cc },
			{ "reader2", conc_reader, cc },
		};

		conc_setup(cc, o.seed, v & 1);
		cc->rounds = 300;
		cc->reader_iters = 2000;
		cc->wait_writer = true;
		conc_finish(cc, sched_run(&o, actors, ARRAY_SIZE(actors), NULL), "free");
	}
	free(cc);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

static void test_concurrent_readers_det(void **state)
{
	unsigned long before = violations_reported();
	long live = live_objects();
	struct conc *cc = malloc(sizeof(*cc));

	assert_non_null(cc);
	for (unsigned int v = 0; v < 24; v++) {
		struct sched_opts o = {
			.mode = SCHED_MODE_DET,
			.strategy = v & 2 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM,
			.seed = base_seed + v,
		};
		struct sched_actor actors[] = {
			{ "writer", conc_writer, cc },
			{ "reader0", conc_reader, cc },
			{ "reader1", conc_reader, cc },
		};
		struct sched_result res, again;

		conc_setup(cc, o.seed, v & 1);
		cc->rounds = 6;
		cc->reader_iters = 60;
		conc_finish(cc, sched_run(&o, actors, ARRAY_SIZE(actors), &res), "det");
		/* The same seed gives the same schedule. */
		conc_setup(cc, o.seed, v & 1);
		cc->rounds = 6;
		cc->reader_iters = 60;
		conc_finish(cc, sched_run(&o, actors, ARRAY_SIZE(actors), &again), "det again");
		assert_int_equal(res.hash, again.hash);
		assert_true(res.decisions > 0);
		sched_result_destroy(&res);
		sched_result_destroy(&again);
	}
	free(cc);
	assert_int_equal(live_objects(), live);
	assert_int_equal(violations_reported(), before);
}

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
		cmocka_unit_test(test_entries),
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_reserve_insert_cmpxchg),
		cmocka_unit_test(test_store_internal_entry),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_find_edges),
		cmocka_unit_test(test_random_vs_reference),
		cmocka_unit_test(test_nomem),
		cmocka_unit_test(test_retry_entries),
		cmocka_unit_test(test_concurrent_readers_free),
		cmocka_unit_test(test_concurrent_readers_det),
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
	print_message("xarray_test: seed %llu (set GMEMSIM_SEED to change), XA_CHUNK_SHIFT %d\n",
		      (unsigned long long)base_seed, XA_CHUNK_SHIFT);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
