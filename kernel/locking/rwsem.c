// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/locking/rwsem.c.
 *
 * One word: the number of readers, or RWSEM_WRITER.  down_read() CASes
 * n -> n+1 when n >= 0; down_write() CASes 0 -> RWSEM_WRITER and records the
 * owner; downgrade_write() stores 1 (the writer becomes the only reader).
 * Both acquires call might_sleep(), then lockdep, then a scheduling point; a
 * failed CAS waits in sched_wait_until(..., "rwsem read"/"rwsem write", name).
 * Acquire CASes and release stores order the critical sections for TSan.
 *
 * Simplified: no wait queue, no writer preference, no handoff: readers enter
 * whenever no writer holds the semaphore, so writers can starve (the kernel
 * queues readers behind a waiting writer).  Lockdep still treats down_read()
 * as a non-recursive shared acquisition, like the kernel.  Acquiring for write
 * while holding it (or for read while holding it for write) is a certain
 * deadlock, reported with report_bug() instead of hanging.
 */
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/rwsem.h>
#include <linux/sched.h>

void __init_rwsem(struct rw_semaphore *sem, const char *name, struct lock_class_key *key)
{
	/* not yet visible to other actors: publication orders it */
	__atomic_store_n(&sem->count, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&sem->owner, NULL, __ATOMIC_RELAXED);
	lockdep_init_map_wait(&sem->dep_map, name, key, 0, LD_WAIT_SLEEP);
}

static bool rwsem_read_free(const void *arg)
{
	const struct rw_semaphore *sem = arg;

	/* a hint only: the CAS decides */
	return __atomic_load_n(&sem->count, __ATOMIC_RELAXED) >= 0;
}

static bool rwsem_write_free(const void *arg)
{
	const struct rw_semaphore *sem = arg;

	/* a hint only: the CAS decides */
	return __atomic_load_n(&sem->count, __ATOMIC_RELAXED) == 0;
}

static bool rwsem_read_try(struct rw_semaphore *sem)
{
	/* a first guess for the CAS */
	long c = __atomic_load_n(&sem->count, __ATOMIC_RELAXED);

	while (c >= 0) {
		/* acquire: readers happen after the previous writer's release */
		if (__atomic_compare_exchange_n(&sem->count, &c, c + 1, false, __ATOMIC_ACQUIRE,
						__ATOMIC_RELAXED))
			return true;
	}
	return false;
}

static bool rwsem_write_try(struct rw_semaphore *sem)
{
	long c = 0;

	/* acquire: the writer happens after every earlier reader's and writer's release */
	return __atomic_compare_exchange_n(&sem->count, &c, RWSEM_WRITER, false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

/* Asked before lock_acquire() pushes the new acquisition on the held stack. */
static bool rwsem_self_deadlock(struct rw_semaphore *sem, bool write)
{
	/* only we can have stored ourselves as owner */
	if (__atomic_load_n(&sem->owner, __ATOMIC_RELAXED) == current)
		return true;
	return write && lockdep_held_by_current(&sem->dep_map) >= 0;
}

static __noreturn void rwsem_recursion_bug(struct rw_semaphore *sem, const char *how,
					   const char *file, int line)
{
	report_bug("deadlock", "rwsem recursion", file, line,
		   "%s acquires %s for %s at %s:%d while holding it", current->comm,
		   sem->dep_map.name, how, file, line);
}

void __down_read(struct rw_semaphore *sem, unsigned int subclass, const char *file, int line)
{
	bool self_deadlock = rwsem_self_deadlock(sem, false);

	__might_sleep(file, line);
	lock_acquire_wait(&sem->dep_map, subclass, 1, file, line);
	if (unlikely(self_deadlock))
		rwsem_recursion_bug(sem, "read", file, line);
	sched_point("down_read");
	while (!rwsem_read_try(sem))
		sched_wait_until(rwsem_read_free, sem, "rwsem read", sem->dep_map.name);
	lock_acquired(&sem->dep_map, subclass);
}

int __down_read_trylock(struct rw_semaphore *sem, const char *file, int line)
{
	sched_point("down_read_trylock");
	if (!rwsem_read_try(sem))
		return 0;
	lock_acquire(&sem->dep_map, 0, 1, 1, file, line);
	return 1;
}

void __up_read(struct rw_semaphore *sem, const char *file, int line)
{
	/* a snapshot: only tells whether any reader is in */
	long c = __atomic_load_n(&sem->count, __ATOMIC_RELAXED);

	if (unlikely(c <= 0 || !lock_is_held_type(&sem->dep_map, 1))) {
		report_violation("locking", "up_read: not read-locked", file, line,
				 "%s releases %s for read at %s:%d but %s", current->comm,
				 sem->dep_map.name, file, line,
				 c > 0 ? "does not hold it" : c ? "it is write-locked" :
				 "it is not locked");
		return;
	}
	lock_release(&sem->dep_map, file, line);
	/* release: the reader's accesses happen before the next writer's */
	__atomic_fetch_sub(&sem->count, 1, __ATOMIC_RELEASE);
	sched_point("up_read");
}

void __down_write(struct rw_semaphore *sem, unsigned int subclass, const char *file, int line)
{
	struct task_struct *me = current;
	bool self_deadlock = rwsem_self_deadlock(sem, true);

	__might_sleep(file, line);
	lock_acquire_wait(&sem->dep_map, subclass, 0, file, line);
	if (unlikely(self_deadlock))
		rwsem_recursion_bug(sem, "write", file, line);
	sched_point("down_write");
	while (!rwsem_write_try(sem))
		sched_wait_until(rwsem_write_free, sem, "rwsem write", sem->dep_map.name);
	lock_acquired(&sem->dep_map, subclass);
	/* read only by this owner and by reports */
	__atomic_store_n(&sem->owner, me, __ATOMIC_RELAXED);
}

int __down_write_trylock(struct rw_semaphore *sem, const char *file, int line)
{
	sched_point("down_write_trylock");
	if (!rwsem_write_try(sem))
		return 0;
	/* read only by this owner and by reports */
	__atomic_store_n(&sem->owner, current, __ATOMIC_RELAXED);
	lock_acquire(&sem->dep_map, 0, 1, 0, file, line);
	return 1;
}

/* Is current the writer?  Reports and returns false if not. */
static bool rwsem_check_writer(struct rw_semaphore *sem, const char *what, const char *file,
			       int line)
{
	struct task_struct *me = current;
	/* only the owner may release: a snapshot suffices to tell */
	struct task_struct *owner = __atomic_load_n(&sem->owner, __ATOMIC_RELAXED);

	if (likely(owner == me))
		return true;
	report_violation("locking", what, file, line, "%s: %s at %s:%d but %s", me->comm,
			 sem->dep_map.name, file, line,
			 owner ? "another task holds it for write" : "it is not write-locked");
	return false;
}

void __up_write(struct rw_semaphore *sem, const char *file, int line)
{
	if (!rwsem_check_writer(sem, "up_write: wrong owner", file, line))
		return;
	lock_release(&sem->dep_map, file, line);
	/* read only by the owner and by reports */
	__atomic_store_n(&sem->owner, NULL, __ATOMIC_RELAXED);
	/* release: the critical section happens before the next holder's */
	__atomic_store_n(&sem->count, 0, __ATOMIC_RELEASE);
	sched_point("up_write");
}

void __downgrade_write(struct rw_semaphore *sem, const char *file, int line)
{
	if (!rwsem_check_writer(sem, "downgrade_write: wrong owner", file, line))
		return;
	lock_downgrade(&sem->dep_map, file, line);
	/* read only by the owner and by reports */
	__atomic_store_n(&sem->owner, NULL, __ATOMIC_RELAXED);
	/* release: the write section happens before the readers let in now */
	__atomic_store_n(&sem->count, 1, __ATOMIC_RELEASE);
	sched_point("downgrade_write");
}
