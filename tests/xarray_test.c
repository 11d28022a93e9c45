// SPDX-License-Identifier: GPL-2.0
/*
 * The xarray (kernel/lib/xarray.c) against a reference map: seeded random
 * operations over sparse, dense and huge indices with every result and every
 * iteration checked, a structural check of the tree, allocation failure, the
 * retry protocol, and lockless readers racing a writer that grows and
 * shrinks the tree (free and deterministic mode).  Multi-index entries have
 * their own file, tests/xarray_multi_test.c.
 * Kernel counterpart: lib/test_xarray.c, tools/testing/radix-tree.
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
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("xarray_test: seed %llu (set GMEMSIM_SEED to change), XA_CHUNK_SHIFT %d\n",
		      (unsigned long long)base_seed, XA_CHUNK_SHIFT);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
