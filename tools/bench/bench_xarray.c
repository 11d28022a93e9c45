// SPDX-License-Identifier: GPL-2.0
/*
 * xarray costs (kernel/lib/xarray.c), single thread, free mode:
 *   xarray: xa_load hit <ns> ns/op           lookups of present indices
 *   xarray: xa_store overwrite <ns> ns/op    replacing present entries
 *   xarray: xa_store insert+xa_erase <ns> ns/op   an index in a fresh leaf
 *                                            stored then erased: one node
 *                                            allocated, then freed via RCU
 *   xarray: xa_store_range 1M <where> <ns> ns/op   one range of 2^20 indices
 *                                            stored into an empty array (nodes
 *                                            allocated, not freed, in the time)
 *   xarray: xa_store_range 1M <where> nodes <n> bytes   kmalloc bytes the
 *                                            range's nodes take
 *   xarray: xa_store per index 1M nodes <n> bytes   the same indices stored one
 *                                            by one (the bindings before
 *                                            multi-index entries), for scale
 * <where> is "aligned" (a 2^20-aligned start: one entry) or "offset 5" (edges
 * at every level).  The populated array holds BENCH_XA_NR entries at a stride
 * of 7, so the walk crosses several levels with either chunk shift.
 */
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#include <stdio.h>

#include "bench.h"

#define BENCH_XA_NR 4096UL	/* populated entries: a power of two */
#define BENCH_XA_STRIDE 7UL
#define BENCH_XA_LOADS 4000000UL
#define BENCH_XA_STORES 2000000UL
#define BENCH_XA_PAIRS 500000UL
#define BENCH_XA_RANGE (1UL << 20)
#define BENCH_XA_RANGE_ARRAYS 256	/* fresh arrays per timed round */
#define BENCH_XA_RANGE_ROUNDS 64

static double per_op(u64 t0, u64 t1, unsigned long n)
{
	return (double)(t1 - t0) / (double)n;
}

static void bench_xarray(void)
{
	unsigned long i, sum = 0;
	struct xarray xa;
	u64 t0, t1;

	xa_init(&xa);
	for (i = 0; i < BENCH_XA_NR; i++)
		xa_store(&xa, i * BENCH_XA_STRIDE, xa_mk_value(i), GFP_KERNEL);

	t0 = bench_now_ns();
	for (i = 0; i < BENCH_XA_LOADS; i++)
		sum += xa_to_value(xa_load(&xa, (i & (BENCH_XA_NR - 1)) * BENCH_XA_STRIDE));
	t1 = bench_now_ns();
	printf("xarray: xa_load hit %.1f ns/op\n", per_op(t0, t1, BENCH_XA_LOADS));

	t0 = bench_now_ns();
	for (i = 0; i < BENCH_XA_STORES; i++)
		xa_store(&xa, (i & (BENCH_XA_NR - 1)) * BENCH_XA_STRIDE, xa_mk_value(i), GFP_KERNEL);
	t1 = bench_now_ns();
	printf("xarray: xa_store overwrite %.1f ns/op\n", per_op(t0, t1, BENCH_XA_STORES));

	/*
	 * Just past the populated range, inside the top node's span: each store
	 * allocates a fresh leaf, each erase frees it through RCU; the tree's
	 * height does not change.
	 */
	t0 = bench_now_ns();
	for (i = 0; i < BENCH_XA_PAIRS; i++) {
		unsigned long index = BENCH_XA_NR * BENCH_XA_STRIDE + (i & 63) * XA_CHUNK_SIZE;

		xa_store(&xa, index, xa_mk_value(i), GFP_KERNEL);
		xa_erase(&xa, index);
	}
	t1 = bench_now_ns();
	printf("xarray: xa_store insert+xa_erase %.1f ns/op\n", per_op(t0, t1, BENCH_XA_PAIRS));

	xa_destroy(&xa);
	rcu_barrier();
	if (sum == 1)	/* keeps the loads from being optimised out */
		printf("xarray: unexpected checksum\n");
}

/* kmalloc bytes of the nodes that one xa_store_range() of [@first, + BENCH_XA_RANGE) takes. */
static long range_bytes(unsigned long first)
{
	struct xarray xa;
	long before, bytes;

	xa_init(&xa);
	before = kmalloc_live_bytes();
	xa_store_range(&xa, first, first + BENCH_XA_RANGE - 1, xa_mk_value(1), GFP_KERNEL);
	bytes = kmalloc_live_bytes() - before;
	xa_destroy(&xa);
	rcu_barrier();
	return bytes;
}

/* Stores into fresh arrays, timed; the arrays are destroyed outside the timing. */
static void bench_range(const char *where, unsigned long first)
{
	static struct xarray xas[BENCH_XA_RANGE_ARRAYS];
	u64 ns = 0;

	for (unsigned int round = 0; round < BENCH_XA_RANGE_ROUNDS; round++) {
		u64 t0;

		for (unsigned int i = 0; i < BENCH_XA_RANGE_ARRAYS; i++)
			xa_init(&xas[i]);
		t0 = bench_now_ns();
		for (unsigned int i = 0; i < BENCH_XA_RANGE_ARRAYS; i++)
			xa_store_range(&xas[i], first, first + BENCH_XA_RANGE - 1, xa_mk_value(i),
				       GFP_KERNEL);
		ns += bench_now_ns() - t0;
		for (unsigned int i = 0; i < BENCH_XA_RANGE_ARRAYS; i++)
			xa_destroy(&xas[i]);
		rcu_barrier();
	}
	printf("xarray: xa_store_range 1M %s %.1f ns/op\n", where,
	       per_op(0, ns, BENCH_XA_RANGE_ARRAYS * BENCH_XA_RANGE_ROUNDS));
	printf("xarray: xa_store_range 1M %s nodes %ld bytes\n", where, range_bytes(first));
}

static void bench_xarray_range(void)
{
	struct xarray xa;
	long before;

	bench_range("aligned", BENCH_XA_RANGE);
	bench_range("offset 5", BENCH_XA_RANGE + 5);

	xa_init(&xa);
	before = kmalloc_live_bytes();
	for (unsigned long i = 0; i < BENCH_XA_RANGE; i++)
		xa_store(&xa, BENCH_XA_RANGE + 5 + i, xa_mk_value(1), GFP_KERNEL);
	printf("xarray: xa_store per index 1M nodes %ld bytes\n", kmalloc_live_bytes() - before);
	xa_destroy(&xa);
	rcu_barrier();
}

static void bench_xarray_all(void)
{
	bench_xarray();
	bench_xarray_range();
}

BENCH(xarray, "xa_load hit, xa_store overwrite, xa_store+xa_erase, xa_store_range of 1M indices "
      "(one thread, free mode)", bench_xarray_all);
