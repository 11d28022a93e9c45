/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/rwsem.h (kernel/locking/rwsem.c).
 *
 * The state is one word: the number of readers, or RWSEM_WRITER while
 * write-locked, updated with CAS; the writer is recorded as owner.  Readers
 * are anonymous (the kernel only keeps a hint of the last reader).  down_read()
 * and down_write() may sleep: they call might_sleep().  A contended acquire
 * blocks in sched_wait_until(..., "rwsem read"/"rwsem write", name).
 *
 * Simplified: no wait queue and no writer preference or handoff: a waiting
 * writer does not stop new readers (so a stream of readers may starve it, which
 * the kernel prevents).  Lockdep still treats down_read() as a non-recursive
 * shared acquisition, as the kernel does, so read-after-wait inversions are
 * reported even though this implementation would not deadlock on them.
 */
#ifndef _GMEMSIM_LINUX_RWSEM_H
#define _GMEMSIM_LINUX_RWSEM_H

#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/types.h>

struct task_struct;

struct rw_semaphore {
	long count;			/* readers, or RWSEM_WRITER */
	struct task_struct *owner;	/* writer, NULL when read-locked or free */
	/*
	 * Readers on several threads bounce @count's line; every acquire also
	 * reads the read-mostly dep_map, so keep it off that line.
	 */
	char __pad[64 - sizeof(long) - sizeof(struct task_struct *)];
	struct lockdep_map dep_map;
};

#define RWSEM_WRITER (-1L)

#define __RWSEM_INITIALIZER(name) \
	{ .count = 0, .owner = NULL, .dep_map = STATIC_LOCKDEP_MAP_INIT(#name, LD_WAIT_SLEEP) }
#define DECLARE_RWSEM(name) struct rw_semaphore name = __RWSEM_INITIALIZER(name)

void __init_rwsem(struct rw_semaphore *sem, const char *name, struct lock_class_key *key);

/* One lock class per init site, named after the expression (like the kernel). */
#define init_rwsem(sem)                                                        \
	do {                                                                   \
		static struct lock_class_key __key;                            \
		__init_rwsem((sem), #sem, &__key);                             \
	} while (0)

void __down_read(struct rw_semaphore *sem, unsigned int subclass, const char *file, int line);
int __down_read_trylock(struct rw_semaphore *sem, const char *file, int line);
void __up_read(struct rw_semaphore *sem, const char *file, int line);
void __down_write(struct rw_semaphore *sem, unsigned int subclass, const char *file, int line);
int __down_write_trylock(struct rw_semaphore *sem, const char *file, int line);
void __up_write(struct rw_semaphore *sem, const char *file, int line);
void __downgrade_write(struct rw_semaphore *sem, const char *file, int line);

#define down_read(sem) __down_read((sem), 0, __FILE__, __LINE__)
#define down_read_nested(sem, subclass) __down_read((sem), (subclass), __FILE__, __LINE__)
#define down_read_trylock(sem) __down_read_trylock((sem), __FILE__, __LINE__)
#define up_read(sem) __up_read((sem), __FILE__, __LINE__)
#define down_write(sem) __down_write((sem), 0, __FILE__, __LINE__)
#define down_write_nested(sem, subclass) __down_write((sem), (subclass), __FILE__, __LINE__)
#define down_write_trylock(sem) __down_write_trylock((sem), __FILE__, __LINE__)
#define up_write(sem) __up_write((sem), __FILE__, __LINE__)
#define downgrade_write(sem) __downgrade_write((sem), __FILE__, __LINE__)
/* No signals in the model: the killable forms always get the semaphore. */
#define down_read_killable(sem) ({ down_read(sem); 0; })
#define down_write_killable(sem) ({ down_write(sem); 0; })

static inline int rwsem_is_locked(struct rw_semaphore *sem)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&sem->count, __ATOMIC_RELAXED) != 0;
}

static inline int rwsem_is_write_locked(struct rw_semaphore *sem)
{
	/* snapshot only: orders nothing */
	return __atomic_load_n(&sem->count, __ATOMIC_RELAXED) == RWSEM_WRITER;
}

#endif /* _GMEMSIM_LINUX_RWSEM_H */
