// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: raw_smp_processor_id() for lib/percpu_counter.c and
 * the other per-CPU users (SRCU's counters).  The model has threads, not
 * CPUs: each thread gets a slot the first time it asks, round-robin, and
 * keeps it.  The slot decides only which cache line a thread writes, never
 * a model decision, so determinism does not depend on it.
 */
#include <linux/percpu_counter.h>

static unsigned int next_cpu;			/* slots handed out so far */
static __thread unsigned int this_cpu_plus1;	/* 0: not yet assigned */

unsigned int raw_smp_processor_id(void)
{
	if (unlikely(!this_cpu_plus1))
		/* relaxed: any distinct-enough value will do, nothing is published */
		this_cpu_plus1 = (__atomic_fetch_add(&next_cpu, 1, __ATOMIC_RELAXED) &
				  (NR_CPUS - 1)) + 1;
	return this_cpu_plus1 - 1;
}
