/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/percpu_counter.h, lib/percpu_counter.c.
 *
 * A counter that many threads bump without sharing a cache line: each
 * "CPU" (here: a simulator thread's slot, raw_smp_processor_id()) adds to
 * its own padded slot, and readers sum the slots.
 *
 * Simplified against the kernel: no central count with a batch threshold
 * (percpu_counter_read() sums like percpu_counter_sum()), no CPU hotplug;
 * NR_CPUS slots are handed to threads round-robin, so threads beyond
 * NR_CPUS share slots, which the atomic adds keep exact.  The sum is exact
 * when the writers are quiet (checks at barriers, det mode, after joins),
 * a racy snapshot otherwise, as in the kernel.
 */
#ifndef _GMEMSIM_LINUX_PERCPU_COUNTER_H
#define _GMEMSIM_LINUX_PERCPU_COUNTER_H

#include <linux/compiler.h>
#include <linux/types.h>

/* Slots per counter (a power of two). */
#define NR_CPUS 8

/*
 * [raw_smp_processor_id]: the calling thread's slot in [0, NR_CPUS),
 * fixed for the thread's life (no migration in the model).
 */
unsigned int raw_smp_processor_id(void);

/*
 * Padded to a cache line: a kmalloc'd counter is only 16-byte aligned, and a
 * 64-byte stride keeps two slots off one line at any such alignment.
 */
struct percpu_counter_slot {
	s64 count;
	char pad[64 - sizeof(s64)];
};

struct percpu_counter {
	struct percpu_counter_slot cpu[NR_CPUS];
};

static inline void percpu_counter_init(struct percpu_counter *fbc, s64 amount)
{
	for (int i = 0; i < NR_CPUS; i++)
		fbc->cpu[i].count = i ? 0 : amount;
}

/* [percpu_counter_add]: relaxed: a statistic, ordered by nothing. */
static inline void percpu_counter_add(struct percpu_counter *fbc, s64 amount)
{
	__atomic_fetch_add(&fbc->cpu[raw_smp_processor_id()].count, amount, __ATOMIC_RELAXED);
}

static inline void percpu_counter_inc(struct percpu_counter *fbc)
{
	percpu_counter_add(fbc, 1);
}

static inline void percpu_counter_dec(struct percpu_counter *fbc)
{
	percpu_counter_add(fbc, -1);
}

/* [percpu_counter_sum]: every slot, relaxed loads (see the header). */
static inline s64 percpu_counter_sum(const struct percpu_counter *fbc)
{
	s64 sum = 0;

	for (int i = 0; i < NR_CPUS; i++)
		sum += __atomic_load_n(&fbc->cpu[i].count, __ATOMIC_RELAXED);
	return sum;
}

/* [percpu_counter_set]: only while no thread adds. */
static inline void percpu_counter_set(struct percpu_counter *fbc, s64 amount)
{
	for (int i = 0; i < NR_CPUS; i++)
		__atomic_store_n(&fbc->cpu[i].count, i ? 0 : amount, __ATOMIC_RELAXED);
}

#endif /* _GMEMSIM_LINUX_PERCPU_COUNTER_H */
