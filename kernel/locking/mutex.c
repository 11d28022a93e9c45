// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/locking/mutex.c and mutex-debug.c.
 *
 * The mutex word is the owner, as in the kernel's atomic_long_t owner (without
 * the flag bits: there is no wait list to hand off to).  mutex_lock():
 * might_sleep(), lockdep, a scheduling point, CAS NULL -> current with acquire
 * ordering; on failure wait in sched_wait_until(..., "mutex", name) until the
 * word is NULL, then retry.  mutex_unlock(): owner check (mutex-debug's
 * "DEBUG_LOCKS_WARN_ON(owner != current)"), lockdep release, release store of
 * NULL, scheduling point.
 *
 * Simplified: no wait list, no handoff, no optimistic spinning: any waiter
 * may win once the mutex is free.  mutex_lock() on a mutex current holds is a
 * certain deadlock and is reported with report_bug() instead of hanging.
 */
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/sched.h>

void __mutex_init(struct mutex *lock, const char *name, struct lock_class_key *key)
{
	/* not yet visible to other actors: publication orders it */
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELAXED);
	lockdep_init_map_wait(&lock->dep_map, name, key, 0, LD_WAIT_SLEEP);
}

static bool mutex_free(const void *arg)
{
	const struct mutex *lock = arg;

	/* a hint only: the CAS in mutex_try() decides */
	return !__atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
}

static inline bool mutex_try(struct mutex *lock, struct task_struct *me)
{
	struct task_struct *old = NULL;

	/* acquire: the critical section happens after the previous owner's release */
	return __atomic_compare_exchange_n(&lock->owner, &old, me, false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

void __mutex_lock(struct mutex *lock, unsigned int subclass, const char *file, int line)
{
	struct task_struct *me = current;

	__might_sleep(file, line);
	lock_acquire_wait(&lock->dep_map, subclass, 0, file, line);
	/* only we can have stored ourselves here */
	if (unlikely(__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == me))
		report_bug("deadlock", "mutex recursion", file, line,
			   "%s acquires %s at %s:%d while holding it", me->comm,
			   lock->dep_map.name, file, line);
	sched_point("mutex_lock");
	while (!mutex_try(lock, me))
		sched_wait_until(mutex_free, lock, "mutex", lock->dep_map.name);
	lock_acquired(&lock->dep_map, subclass);
}

int __mutex_trylock(struct mutex *lock, const char *file, int line)
{
	sched_point("mutex_trylock");
	if (!mutex_try(lock, current))
		return 0;
	lock_acquire(&lock->dep_map, 0, 1, 0, file, line);
	return 1;
}

void __mutex_unlock(struct mutex *lock, const char *file, int line)
{
	struct task_struct *me = current;
	/* only the owner may release: a snapshot suffices to tell */
	struct task_struct *owner = __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);

	if (unlikely(owner != me)) {
		report_violation("locking", "mutex_unlock: wrong owner", file, line,
				 "%s releases %s at %s:%d but %s", me->comm, lock->dep_map.name,
				 file, line, owner ? "another task holds it" : "it is not locked");
		return;
	}
	lock_release(&lock->dep_map, file, line);
	/* release: the critical section happens before the next owner's */
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELEASE);
	sched_point("mutex_unlock");
}

void __mutex_destroy(struct mutex *lock, const char *file, int line)
{
	if (unlikely(mutex_is_locked(lock)))
		report_violation("locking", "mutex_destroy: mutex is locked", file, line,
				 "%s destroys %s at %s:%d while it is held", current->comm,
				 lock->dep_map.name, file, line);
}
