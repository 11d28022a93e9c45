// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/locking/spinlock.c (_raw_read_lock & co.),
 * qrwlock.c and spinlock_debug.c (rwlock owner checks).
 *
 * One word: the number of readers, or RWLOCK_WRITER.  Readers CAS n -> n+1
 * when n >= 0; a writer CASes 0 -> RWLOCK_WRITER and records itself as owner.
 * Blocked acquirers wait in sched_wait_until() ("read_lock"/"write_lock").
 * Acquire CASes and release stores order the critical sections for TSan.
 *
 * Simplified: qrwlock makes process-context readers wait behind a waiting
 * writer; here readers enter whenever no writer holds the lock (no writer
 * preference), so writers can starve.  Lockdep still sees read_lock() as a
 * non-recursive shared acquisition, as the kernel does in process context.
 * Acquiring an rwlock for write while holding it (or read while holding it for
 * write) is a certain deadlock, reported with report_bug().
 */
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

void __rwlock_init(rwlock_t *lock, const char *name, struct lock_class_key *key)
{
	/* not yet visible to other actors: publication orders it */
	__atomic_store_n(&lock->cnts, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELAXED);
	lockdep_init_map_wait(&lock->dep_map, name, key, 0, LD_WAIT_SPIN);
}

static bool rwlock_read_free(const void *arg)
{
	const rwlock_t *lock = arg;

	/* a hint only: the CAS decides */
	return __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED) >= 0;
}

static bool rwlock_write_free(const void *arg)
{
	const rwlock_t *lock = arg;

	/* a hint only: the CAS decides */
	return __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED) == 0;
}

static bool rwlock_read_try(rwlock_t *lock)
{
	/* a first guess for the CAS */
	long c = __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED);

	while (c >= 0) {
		/* acquire: readers happen after the previous writer's release */
		if (__atomic_compare_exchange_n(&lock->cnts, &c, c + 1, false, __ATOMIC_ACQUIRE,
						__ATOMIC_RELAXED))
			return true;
	}
	return false;
}

static bool rwlock_write_try(rwlock_t *lock)
{
	long c = 0;

	/* acquire: the writer happens after every earlier reader's and writer's release */
	return __atomic_compare_exchange_n(&lock->cnts, &c, RWLOCK_WRITER, false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

/*
 * Would this acquisition wait for current itself forever?  Asked before
 * lock_acquire() pushes the new acquisition on the held stack.
 */
static bool rwlock_self_deadlock(rwlock_t *lock, bool write)
{
	/* only we can have stored ourselves as owner */
	if (__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == current)
		return true;
	return write && lockdep_held_by_current(&lock->dep_map) >= 0;
}

static __noreturn void rwlock_recursion_bug(rwlock_t *lock, const char *how, const char *file,
					    int line)
{
	report_bug("deadlock", "rwlock recursion", file, line,
		   "%s acquires %s for %s at %s:%d while holding it", current->comm,
		   lock->dep_map.name, how, file, line);
}

void __read_lock(rwlock_t *lock, const char *file, int line)
{
	bool self_deadlock = rwlock_self_deadlock(lock, false);

	lock_acquire_wait(&lock->dep_map, 0, 1, file, line);
	if (unlikely(self_deadlock))
		rwlock_recursion_bug(lock, "read", file, line);
	sched_point("read_lock");
	while (!rwlock_read_try(lock))
		sched_wait_until(rwlock_read_free, lock, "read_lock", lock->dep_map.name);
	lock_acquired(&lock->dep_map, 0);
}

int __read_trylock(rwlock_t *lock, const char *file, int line)
{
	sched_point("read_trylock");
	if (!rwlock_read_try(lock))
		return 0;
	lock_acquire(&lock->dep_map, 0, 1, 1, file, line);
	return 1;
}

void __read_unlock(rwlock_t *lock, const char *file, int line)
{
	/* a snapshot: only tells whether any reader is in */
	long c = __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED);

	if (unlikely(c <= 0 || !lock_is_held_type(&lock->dep_map, 1))) {
		report_violation("locking", "read_unlock: not read-locked", file, line,
				 "%s releases %s for read at %s:%d but %s", current->comm,
				 lock->dep_map.name, file, line,
				 c > 0 ? "does not hold it" : c ? "it is write-locked" :
				 "it is not locked");
		return;
	}
	lock_release(&lock->dep_map, file, line);
	/* release: the reader's accesses happen before the next writer's */
	__atomic_fetch_sub(&lock->cnts, 1, __ATOMIC_RELEASE);
	sched_point("read_unlock");
}

void __write_lock(rwlock_t *lock, unsigned int subclass, const char *file, int line)
{
	struct task_struct *me = current;
	bool self_deadlock = rwlock_self_deadlock(lock, true);

	lock_acquire_wait(&lock->dep_map, subclass, 0, file, line);
	if (unlikely(self_deadlock))
		rwlock_recursion_bug(lock, "write", file, line);
	sched_point("write_lock");
	while (!rwlock_write_try(lock))
		sched_wait_until(rwlock_write_free, lock, "write_lock", lock->dep_map.name);
	lock_acquired(&lock->dep_map, subclass);
	/* read only by this owner and by reports */
	__atomic_store_n(&lock->owner, me, __ATOMIC_RELAXED);
}

int __write_trylock(rwlock_t *lock, const char *file, int line)
{
	sched_point("write_trylock");
	if (!rwlock_write_try(lock))
		return 0;
	/* read only by this owner and by reports */
	__atomic_store_n(&lock->owner, current, __ATOMIC_RELAXED);
	lock_acquire(&lock->dep_map, 0, 1, 0, file, line);
	return 1;
}

void __write_unlock(rwlock_t *lock, const char *file, int line)
{
	struct task_struct *me = current;
	/* only the owner may release: a snapshot suffices to tell */
	struct task_struct *owner = __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);

	if (unlikely(owner != me)) {
		report_violation("locking", "write_unlock: wrong owner", file, line,
				 "%s releases %s for write at %s:%d but %s", me->comm,
				 lock->dep_map.name, file, line,
				 owner ? "another task holds it" : "it is not write-locked");
		return;
	}
	lock_release(&lock->dep_map, file, line);
	/* read only by the owner and by reports */
	__atomic_store_n(&lock->owner, NULL, __ATOMIC_RELAXED);
	/* release: the critical section happens before the next holder's */
	__atomic_store_n(&lock->cnts, 0, __ATOMIC_RELEASE);
	sched_point("write_unlock");
}
