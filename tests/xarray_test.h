/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the xarray tests share (tests/xarray_test.c, tests/xarray_multi_test.c):
 * the seeded generator, pointer entries, and the structural check of a tree
 * (counts, parents, marks, sibling runs, shrinking) with a visitor that sees
 * every entry once.  Include after cmocka.h.
 */
#ifndef _GMEMSIM_TESTS_XARRAY_TEST_H
#define _GMEMSIM_TESTS_XARRAY_TEST_H

#include <linux/compiler.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/xarray.h>

static u64 base_seed __maybe_unused;

/* ---- a seeded generator (splitmix64) ------------------------------------------ */

struct rng {
	u64 s;
};

static inline u64 rnd(struct rng *r)
{
	u64 z = (r->s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static inline unsigned long rnd_below(struct rng *r, unsigned long n)
{
	return rnd(r) % n;
}

/* Fisher-Yates over the first @n elements of @a. */
static inline void shuffle(struct rng *r, unsigned int *a, unsigned int n)
{
	for (unsigned int i = n; i > 1; i--) {
		unsigned int j = rnd_below(r, i);

		swap(a[i - 1], a[j]);
	}
}

/* ---- helpers ---------------------------------------------------------------- */

static long objs[64] __maybe_unused;	/* pointer entries: 8-byte aligned */

/* Settle RCU so that kfree_rcu()'d nodes show up in kmalloc_live(). */
static inline long live_objects(void)
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

static inline unsigned int slot_marks(struct xa_node *node, unsigned int i)
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
static inline unsigned int check_node(struct xarray *xa, struct xa_node *node,
				      struct xa_node *parent, unsigned int offset, unsigned int shift,
				      unsigned long base, struct tree_stats *st, visit_fn visit,
				      void *arg)
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
static inline struct tree_stats check_tree(struct xarray *xa, visit_fn visit, void *arg)
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

static inline void visit_nothing(unsigned long first, unsigned long last, unsigned int shift,
				 void *entry, unsigned int marks, void *arg)
{
}

/* A random run's check: @c has the run's ->seed and the failing ->op. */
#define RCHECK(c, cond, fmt, ...)                                                      \
	do {                                                                           \
		if (!(cond)) {                                                         \
			print_error("xarray_test: seed %llu op %lu: " fmt "\n",        \
				    (unsigned long long)(c)->seed, (c)->op, ##__VA_ARGS__); \
			fail();                                                        \
		}                                                                      \
	} while (0)

#endif /* _GMEMSIM_TESTS_XARRAY_TEST_H */
