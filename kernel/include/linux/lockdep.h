/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/lockdep.h, lockdep_types.h and the
 * might_sleep() part of include/linux/kernel.h (__might_sleep in kernel/sched/core.c).
 *
 * A lock class is (lock_class_key, subclass): every lock initialised at one site
 * shares a class, named after the init expression ("&kvm->mmu_lock").  Each
 * acquisition adds an edge from the class of every lock the task holds to the
 * new class; a new edge that closes a cycle is a "possible circular locking
 * dependency", reported with the acquisition sites of both observations.  The
 * held-lock stack lives in current->held_locks[] (linux/sched.h).
 *
 * Acquisitions whose lock chain (the held classes plus the new one) was
 * checked before skip the checks, as with the kernel's lock-chain cache.
 *
 * Simplified against the kernel (details in kernel/locking/lockdep.c): no IRQ
 * state tracking (the model has no interrupts), no nest_lock, no pin/unpin, no
 * lock statistics; a report does not turn lockdep off (each distinct inversion
 * is reported once) except when MAX_LOCK_DEPTH or the class table overflows.
 */
#ifndef _GMEMSIM_LINUX_LOCKDEP_H
#define _GMEMSIM_LINUX_LOCKDEP_H

#include <linux/compiler.h>
#include <linux/types.h>

#define MAX_LOCKDEP_SUBCLASSES 8U
#define SINGLE_DEPTH_NESTING 1

/* Maximum number of lock classes in one process; overflow is reported once. */
#define MAX_LOCKDEP_KEYS 512

/*
 * One per init site (a static variable that the init macros create), or the
 * lockdep_map itself for statically defined locks (key == NULL), as in the
 * kernel.  Only its address matters: subclass N of the class is keyed by
 * &subkeys[N], so a key spans one byte per subclass [lockdep_types.h].
 */
struct lock_class_key {
	char subkeys[MAX_LOCKDEP_SUBCLASSES];
};

/* What a holder of the lock may do [lockdep_types.h: enum lockdep_wait_type]. */
enum lockdep_wait_type {
	LD_WAIT_INV = 0,	/* not checked: rcu/srcu maps, plain maps */
	LD_WAIT_FREE,		/* wait-free */
	LD_WAIT_SPIN,		/* spinlock_t, rwlock_t: the holder must not sleep */
	LD_WAIT_CONFIG,		/* preemptible in some configs: the holder must not sleep */
	LD_WAIT_SLEEP,		/* mutex, rw_semaphore: the holder may sleep */
};

struct lockdep_map {
	const char *name;		/* the init expression, e.g. "&kvm->slots_lock" */
	struct lock_class_key *key;	/* NULL: the map's own address is the key */
	int subclass;			/* init-time subclass: used when acquired with 0 */
	int class_cache;		/* class index + 1 of the default subclass; 0: not yet */
	u8 wait_type;			/* enum lockdep_wait_type */
};

/* The kernel's debug_locks: cleared when lockdep turns itself off. */
extern int debug_locks;
void debug_locks_off(void);

void lockdep_init_map_wait(struct lockdep_map *map, const char *name, struct lock_class_key *key,
			   int subclass, u8 wait_type);

static inline void lockdep_init_map(struct lockdep_map *map, const char *name,
				    struct lock_class_key *key, int subclass)
{
	lockdep_init_map_wait(map, name, key, subclass, LD_WAIT_INV);
}

/* Static initialiser for a map whose own address is its key (DEFINE_SPINLOCK...). */
#define STATIC_LOCKDEP_MAP_INIT(_name, _wait) { .name = (_name), .wait_type = (_wait) }

/*
 * @read: 0 exclusive, 1 shared (rw_semaphore, rwlock_t readers), 2 recursive
 * read (rcu/srcu readers: a recursive reader never waits for another reader).
 * Trylocks add no dependency edges.  @file/@line name the acquisition site.
 */
void lock_acquire(struct lockdep_map *map, unsigned int subclass, int trylock, int read,
		  const char *file, int line);
void lock_release(struct lockdep_map *map, const char *file, int line);

/*
 * The same as lock_acquire() for a lock that may have to wait: the checks run
 * and the acquisition is pushed before waiting (so an inversion is reported
 * rather than hung on); lock_acquired() follows once the lock is owned.  The
 * held lock records its class, so nothing in the map describes the holder.
 */
void lock_acquire_wait(struct lockdep_map *map, unsigned int subclass, int read,
		       const char *file, int line);

/* [lockdep.c: lock_acquired]: the lock-statistics hook; no lock statistics here. */
static inline void lock_acquired(struct lockdep_map *map, unsigned int subclass)
{
}
/* rwsem downgrade_write(): the held exclusive acquisition becomes shared. */
void lock_downgrade(struct lockdep_map *map, const char *file, int line);

/* Does current hold @map (any mode: -1; exclusive: 0; shared or recursive read: 1)? */
int lock_is_held_type(const struct lockdep_map *map, int read);
static inline int lock_is_held(const struct lockdep_map *map)
{
	return lock_is_held_type(map, -1);
}

/*
 * How current holds @map: -1 not held (or lockdep off: unknown), else the
 * held_lock's read value (0 exclusive, 1 shared, 2 recursive read).  The lock
 * implementations use it to turn a certain self-deadlock into a report.
 */
int lockdep_held_by_current(const struct lockdep_map *map);

#define lockdep_is_held(lock) lock_is_held(&(lock)->dep_map)
#define lockdep_is_held_type(lock, r) lock_is_held_type(&(lock)->dep_map, (r))

#define lock_map_acquire(m) lock_acquire((m), 0, 0, 0, __FILE__, __LINE__)
#define lock_map_acquire_try(m) lock_acquire((m), 0, 1, 0, __FILE__, __LINE__)
#define lock_map_acquire_read(m) lock_acquire((m), 0, 0, 2, __FILE__, __LINE__)
#define lock_map_release(m) lock_release((m), __FILE__, __LINE__)

void __lockdep_assert(const struct lockdep_map *map, int want, const char *cond,
		      const char *file, int line);

/* Report via report_violation("lockdep", ...) unless current holds @lock as stated. */
#define lockdep_assert_held(l) \
	__lockdep_assert(&(l)->dep_map, -1, "lockdep_assert_held(" #l ")", __FILE__, __LINE__)
#define lockdep_assert_held_write(l) \
	__lockdep_assert(&(l)->dep_map, 0, "lockdep_assert_held_write(" #l ")", __FILE__, __LINE__)
#define lockdep_assert_held_read(l) \
	__lockdep_assert(&(l)->dep_map, 1, "lockdep_assert_held_read(" #l ")", __FILE__, __LINE__)
#define lockdep_assert_not_held(l) \
	__lockdep_assert(&(l)->dep_map, -2, "lockdep_assert_not_held(" #l ")", __FILE__, __LINE__)
#define lockdep_assert_held_once(l) lockdep_assert_held(l)

/* Number of lock classes registered so far (tests, reports). */
unsigned int lockdep_nr_classes(void);

/*
 * [kernel/sched/core.c: __might_sleep]: reports "sleeping function called from
 * invalid context" when current holds a spinlock_t/rwlock_t (any map with a
 * non-sleeping wait type) or is inside rcu_read_lock().
 */
void __might_sleep(const char *file, int line);
#define might_sleep() __might_sleep(__FILE__, __LINE__)

#endif /* _GMEMSIM_LINUX_LOCKDEP_H */
