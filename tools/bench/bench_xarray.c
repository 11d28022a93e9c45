// SPDX-License-Identifier: GPL-2.0
/*
 * xarray costs (kernel/lib/xarray.c), single thread, free mode:
 *   xarray: xa_load hit <ns> ns/op           lookups of present indices
 *   xarray: xa_store overwrite <ns> ns/op    replacing present entries
 *   xarray: xa_store insert+xa_erase <ns> ns/op   an index in a fresh leaf
 *                                            stored then erased: one node
 *                                            allocated, then freed via RCU
 * The populated array holds BENCH_XA_NR entries at a stride of 7, so the walk
 * crosses several levels with either chunk shift.
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

BENCH(xarray, "xa_load hit, xa_store overwrite, xa_store+xa_erase (one thread, free mode)",
      bench_xarray);
