/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/spinlock.h, spinlock_types.h, rwlock.h,
 * rwlock_types.h (kernel/locking/spinlock.c, qspinlock.c, qrwlock.c).
 *
 * spinlock_t is one word: the owning task (NULL when free), set with a CAS.
 * rwlock_t is one word: reader count, or RWLOCK_WRITER when write-locked, plus
 * the writer as owner.  Acquire and release are scheduling points; a contended
 * acquire blocks in sched_wait_until() (deterministic mode: the actor is
 * descheduled until the lock is free; free mode: spin, then yield).  Acquires
 * use acquire ordering and releases release ordering, so ThreadSanitizer sees
 * the critical sections ordered.
 *
 * Simplified: no IRQ variants beyond names (spin_lock_irqsave == spin_lock: the
 * model has no interrupts), no queueing fairness (qspinlock's FIFO, qrwlock's
 * writer preference): any waiter may win once the lock is free.  Lockdep treats
 * read_lock() as a (non-recursive) shared acquisition, as the kernel does in
 * process context.
 */
#ifndef _GMEMSIM_LINUX_SPINLOCK_H
#define _GMEMSIM_LINUX_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/types.h>

struct task_struct;

typedef struct spinlock {
	struct task_struct *owner;	/* the lock word: holder, NULL when free */
	struct lockdep_map dep_map;
} spinlock_t;

typedef struct rwlock {
	long cnts;			/* readers, or RWLOCK_WRITER */
	struct task_struct *owner;	/* writer, for reports */
	/*
	 * Readers on several threads bounce @cnts' line; every acquire also
	 * reads the read-mostly dep_map, so keep it off that line.
	 */
	char __pad[64 - sizeof(long) - sizeof(struct task_struct *)];
	struct lockdep_map dep_map;
} rwlock_t;

#define RWLOCK_WRITER (-1L)

#define __SPIN_LOCK_UNLOCKED(lockname) \
	{ .owner = NULL, .dep_map = STATIC_LOCKDEP_MAP_INIT(#lockname, LD_WAIT_SPIN) }
#define DEFINE_SPINLOCK(x) spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

#define __RW_LOCK_UNLOCKED(lockname) \
	{ .cnts = 0, .owner = NULL, .dep_map = STATIC_LOCKDEP_MAP_INIT(#lockname, LD_WAIT_SPIN) }
#define DEFINE_RWLOCK(x) rwlock_t x = __RW_LOCK_UNLOCKED(x)

void __spin_lock_init(spinlock_t *lock, const char *name, struct lock_class_key *key);
void __rwlock_init(rwlock_t *lock, const char *name, struct lock_class_key *key);

/* One lock class per init site, named after the expression (like the kernel). */
#define spin_lock_init(lock)                                                   \
	do {                                                                   \
		static struct lock_class_key __key;                            \
		__spin_lock_init((lock), #lock, &__key);                       \
	} while (0)

#define rwlock_init(lock)                                                      \
	do {                                                                   \
		static struct lock_class_key __key;                            \
		__rwlock_init((lock), #lock, &__key);                          \
	} while (0)

void __spin_lock(spinlock_t *lock, unsigned int subclass, const char *file, int line);
int __spin_trylock(spinlock_t *lock, const char *file, int line);
void __spin_unlock(spinlock_t *lock, const char *file, int line);
void __assert_spin_locked(spinlock_t *lock, const char *cond, const char *file, int line);

#define spin_lock(lock) __spin_lock((lock), 0, __FILE__, __LINE__)
#define spin_lock_nested(lock, subclass) __spin_lock((lock), (subclass), __FILE__, __LINE__)
#define spin_trylock(lock) __spin_trylock((lock), __FILE__, __LINE__)
#define spin_unlock(lock) __spin_unlock((lock), __FILE__, __LINE__)
#define assert_spin_locked(lock) \
	__assert_spin_locked((lock), "assert_spin_locked(" #lock ")", __FILE__, __LINE__)

/* No interrupts in the model: the _irq/_irqsave/_bh forms are the plain ones. */
#define spin_lock_irq(lock) spin_lock(lock)
#define spin_unlock_irq(lock) spin_unlock(lock)
#define spin_lock_bh(lock) spin_lock(lock)
#define spin_unlock_bh(lock) spin_unlock(lock)
#define spin_lock_irqsave(lock, flags) do { (flags) = 0; spin_lock(lock); } while (0)
#define spin_unlock_irqrestore(lock, flags) do { (void)(flags); spin_unlock(lock); } while (0)

/* Racy by nature, like the kernel's: a snapshot of the lock word. */
static inline int spin_is_locked(spinlock_t *lock)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&lock->owner, __ATOMIC_RELAXED) != NULL;
}

void __read_lock(rwlock_t *lock, const char *file, int line);
void __read_unlock(rwlock_t *lock, const char *file, int line);
int __read_trylock(rwlock_t *lock, const char *file, int line);
void __write_lock(rwlock_t *lock, unsigned int subclass, const char *file, int line);
void __write_unlock(rwlock_t *lock, const char *file, int line);
int __write_trylock(rwlock_t *lock, const char *file, int line);

#define read_lock(lock) __read_lock((lock), __FILE__, __LINE__)
#define read_unlock(lock) __read_unlock((lock), __FILE__, __LINE__)
#define read_trylock(lock) __read_trylock((lock), __FILE__, __LINE__)
#define write_lock(lock) __write_lock((lock), 0, __FILE__, __LINE__)
#define write_lock_nested(lock, subclass) __write_lock((lock), (subclass), __FILE__, __LINE__)
#define write_unlock(lock) __write_unlock((lock), __FILE__, __LINE__)
#define write_trylock(lock) __write_trylock((lock), __FILE__, __LINE__)

static inline int rwlock_is_locked(rwlock_t *lock)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED) != 0;
}

/* Is the rwlock held for write / read by anyone?  (lockdep_assert_held* check current) */
static inline int rwlock_is_write_locked(rwlock_t *lock)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&lock->cnts, __ATOMIC_RELAXED) == RWLOCK_WRITER;
}

#endif /* _GMEMSIM_LINUX_SPINLOCK_H */
