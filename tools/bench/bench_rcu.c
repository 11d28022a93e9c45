// SPDX-License-Identifier: GPL-2.0
/*
 * RCU, SRCU and kmalloc costs in free mode (the throughput mode): one thread,
 * uncontended, so each figure is the fixed cost a primitive adds to a model
 * step.  Lines:  "rcu: rcu_read_lock+unlock 3.1 ns/op".
 */
#include <stdio.h>

#include <linux/compiler.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/srcu.h>

#include "bench.h"

#define RCU_BENCH_OPS 20000000UL
#define SLAB_BENCH_OPS 5000000UL

static void bench_print(const char *what, u64 ns, unsigned long ops)
{
	printf("rcu: %s %.1f ns/op\n", what, (double)ns / (double)ops);
}

static void bench_rcu(void)
{
	static struct srcu_struct ss;
	u64 t0, t1;

	/* Warm up: registers this thread with liburcu, creates the lockdep class. */
	rcu_read_lock();
	rcu_read_unlock();
	init_srcu_struct(&ss);
	srcu_read_unlock(&ss, srcu_read_lock(&ss));

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < RCU_BENCH_OPS; i++) {
		rcu_read_lock();
		barrier();	/* keeps the empty section from being merged away */
		rcu_read_unlock();
	}
	t1 = bench_now_ns();
	bench_print("rcu_read_lock+unlock", t1 - t0, RCU_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < RCU_BENCH_OPS; i++) {
		int idx = srcu_read_lock(&ss);

		barrier();
		srcu_read_unlock(&ss, idx);
	}
	t1 = bench_now_ns();
	bench_print("srcu_read_lock+unlock", t1 - t0, RCU_BENCH_OPS);
	cleanup_srcu_struct(&ss);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < SLAB_BENCH_OPS; i++) {
		void *p = kmalloc(64, GFP_KERNEL);

		barrier();
		kfree(p);
	}
	t1 = bench_now_ns();
	bench_print("kmalloc(64)+kfree", t1 - t0, SLAB_BENCH_OPS);
}

BENCH(rcu, "RCU/SRCU read side and kmalloc+kfree cost (free mode)", bench_rcu)
