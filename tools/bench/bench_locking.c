// SPDX-License-Identifier: GPL-2.0
/*
 * Lock costs in free mode (the throughput mode): one thread, uncontended, so
 * each figure is the fixed cost a lock pair adds to a model step, lockdep
 * included (one held-lock push and pop, no new dependency).  Lines:
 * "locking: spin_lock+unlock 12.3 ns/op".
 */
#include <stdio.h>

#include <linux/atomic.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>

#include "bench.h"

#define LOCK_BENCH_OPS 10000000UL

static void bench_print(const char *what, u64 ns, unsigned long ops)
{
	printf("locking: %s %.1f ns/op\n", what, (double)ns / (double)ops);
}

static void bench_locking(void)
{
	static spinlock_t spin;
	static rwlock_t rw;
	static struct mutex mutex;
	static struct rw_semaphore sem;
	/* an outer lock, so each acquisition also checks one known dependency */
	static struct mutex outer;
	atomic_t v = ATOMIC_INIT(0);
	u64 t0;

	spin_lock_init(&spin);
	rwlock_init(&rw);
	mutex_init(&mutex);
	init_rwsem(&sem);
	mutex_init(&outer);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		spin_lock(&spin);
		spin_unlock(&spin);
	}
	bench_print("spin_lock+unlock", bench_now_ns() - t0, LOCK_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		read_lock(&rw);
		read_unlock(&rw);
	}
	bench_print("read_lock+unlock", bench_now_ns() - t0, LOCK_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		write_lock(&rw);
		write_unlock(&rw);
	}
	bench_print("write_lock+unlock", bench_now_ns() - t0, LOCK_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		mutex_lock(&mutex);
		mutex_unlock(&mutex);
	}
	bench_print("mutex_lock+unlock", bench_now_ns() - t0, LOCK_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		down_read(&sem);
		up_read(&sem);
	}
	bench_print("down_read+up_read", bench_now_ns() - t0, LOCK_BENCH_OPS);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		down_write(&sem);
		up_write(&sem);
	}
	bench_print("down_write+up_write", bench_now_ns() - t0, LOCK_BENCH_OPS);

	mutex_lock(&outer);
	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++) {
		spin_lock(&spin);
		spin_unlock(&spin);
	}
	bench_print("spin_lock+unlock under a mutex", bench_now_ns() - t0, LOCK_BENCH_OPS);
	mutex_unlock(&outer);

	t0 = bench_now_ns();
	for (unsigned long i = 0; i < LOCK_BENCH_OPS; i++)
		atomic_inc(&v);
	bench_print("atomic_inc", bench_now_ns() - t0, LOCK_BENCH_OPS);
}

BENCH(locking, "spinlock/rwlock/mutex/rwsem and atomic costs, uncontended (free mode)",
      bench_locking)
