// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/locking/spinlock.c, spinlock_debug.c and the
 * acquire/release protocol of qspinlock.c.
 *
 * The lock word is the owner.  spin_lock(): lockdep first (so an inversion is
 * reported before it can hang, as in the kernel), a scheduling point, then a
 * CAS NULL -> current with acquire ordering; when that fails the actor waits in
 * sched_wait_until() until the word is NULL and tries again.  spin_unlock():
 * owner check (spinlock_debug's "wrong owner"), lockdep release, a release
 * store of NULL, a scheduling point.
 *
 * Simplified: no queueing, so no FIFO fairness: whichever waiter runs first
 * after the release wins.  Re-acquiring a spinlock one holds is a certain
 * deadlock; it is reported with report_bug() (the kernel's "spinlock
 * recursion") instead of hanging.
 */
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

void __spin_lock_init(spinlock_t *lock, const char *name, struct lock_class_key *key)
{
	/* not yet visible to other actors: publication orders it */
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELAXED);
	lockdep_init_map_wait(&lock->dep_map, name, key, 0, LD_WAIT_SPIN);
}

static bool spin_free(const void *arg)
{
	const spinlock_t *lock = arg;

	/* a hint only: the CAS in spin_try() decides */
	return !__atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
}

static inline bool spin_try(spinlock_t *lock, struct task_struct *me)
{
	struct task_struct *old = NULL;

	/* acquire: the critical section happens after the previous holder's release */
	return __atomic_compare_exchange_n(&lock->owner, &old, me, false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

void __spin_lock(spinlock_t *lock, unsigned int subclass, const char *file, int line)
{
	struct task_struct *me = current;

	lock_acquire_wait(&lock->dep_map, subclass, 0, file, line);
	/* only we can have stored ourselves here */
	if (unlikely(__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == me))
		report_bug("deadlock", "spinlock recursion", file, line,
			   "%s acquires %s at %s:%d while holding it", me->comm,
			   lock->dep_map.name, file, line);
	sched_point("spin_lock");
	while (!spin_try(lock, me))
		sched_wait_until(spin_free, lock, "spin_lock", lock->dep_map.name);
	lock_acquired(&lock->dep_map, subclass);
}

int __spin_trylock(spinlock_t *lock, const char *file, int line)
{
	sched_point("spin_trylock");
	if (!spin_try(lock, current))
		return 0;
	lock_acquire(&lock->dep_map, 0, 1, 0, file, line);
	return 1;
}

void __spin_unlock(spinlock_t *lock, const char *file, int line)
{
	struct task_struct *me = current;
	/* only the owner may release: a snapshot suffices to tell */
	struct task_struct *owner = __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);

	if (unlikely(owner != me)) {
		report_violation("locking", "spin_unlock: wrong owner", file, line,
				 "%s releases %s at %s:%d but %s", me->comm, lock->dep_map.name,
				 file, line, owner ? "another task holds it" : "it is not locked");
		return;
	}
	lock_release(&lock->dep_map, file, line);
	/* release: the critical section happens before the next holder's */
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELEASE);
	sched_point("spin_unlock");
}

void __assert_spin_locked(spinlock_t *lock, const char *cond, const char *file, int line)
{
	if (unlikely(!spin_is_locked(lock)))
		report_violation("assert_spin_locked", cond, file, line, "%s is not locked",
				 lock->dep_map.name);
}
