/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/mutex.h, mutex_types.h (kernel/locking/mutex.c).
 *
 * As in the kernel, the mutex word is its owner: the holding task, NULL when
 * free, set with a CAS (acquire) and cleared with a release store.  A contended
 * mutex_lock() blocks in sched_wait_until(..., "mutex", name).  mutex_lock()
 * may sleep: it calls might_sleep() first.
 *
 * Simplified: no wait list, no handoff, no optimistic spinning, no
 * interruptible/killable distinction (the model has no signals): any waiter may
 * win once the mutex is free.
 */
#ifndef _GMEMSIM_LINUX_MUTEX_H
#define _GMEMSIM_LINUX_MUTEX_H

#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/types.h>

struct task_struct;

struct mutex {
	struct task_struct *owner;	/* the lock word: holder, NULL when free */
	struct lockdep_map dep_map;
};

#define __MUTEX_INITIALIZER(lockname) \
	{ .owner = NULL, .dep_map = STATIC_LOCKDEP_MAP_INIT(#lockname, LD_WAIT_SLEEP) }
#define DEFINE_MUTEX(mutexname) struct mutex mutexname = __MUTEX_INITIALIZER(mutexname)

void __mutex_init(struct mutex *lock, const char *name, struct lock_class_key *key);

/* One lock class per init site, named after the expression (like the kernel). */
#define mutex_init(mutex)                                                      \
	do {                                                                   \
		static struct lock_class_key __key;                            \
		__mutex_init((mutex), #mutex, &__key);                         \
	} while (0)

void __mutex_lock(struct mutex *lock, unsigned int subclass, const char *file, int line);
int __mutex_trylock(struct mutex *lock, const char *file, int line);
void __mutex_unlock(struct mutex *lock, const char *file, int line);
void __mutex_destroy(struct mutex *lock, const char *file, int line);

#define mutex_lock(lock) __mutex_lock((lock), 0, __FILE__, __LINE__)
#define mutex_lock_nested(lock, subclass) __mutex_lock((lock), (subclass), __FILE__, __LINE__)
/* No signals in the model: the interruptible and killable forms always get the lock. */
#define mutex_lock_interruptible(lock) ({ mutex_lock(lock); 0; })
#define mutex_lock_killable(lock) ({ mutex_lock(lock); 0; })
#define mutex_trylock(lock) __mutex_trylock((lock), __FILE__, __LINE__)
#define mutex_unlock(lock) __mutex_unlock((lock), __FILE__, __LINE__)
/* Reports when the mutex is destroyed while held (kernel: DEBUG_MUTEXES). */
#define mutex_destroy(lock) __mutex_destroy((lock), __FILE__, __LINE__)

static inline bool mutex_is_locked(struct mutex *lock)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&lock->owner, __ATOMIC_RELAXED) != NULL;
}

/* The holder, or NULL (a snapshot, for assertions and reports). */
static inline struct task_struct *__mutex_owner(struct mutex *lock)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
}

#endif /* _GMEMSIM_LINUX_MUTEX_H */
