/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/srcu.h, include/linux/srcutree.h.
 * Implementation: kernel/rcu/srcu.c.
 *
 * Sleepable RCU: each srcu_struct is its own grace-period domain.  An SRCU
 * reader does not hold up synchronize_rcu() nor another srcu_struct's
 * synchronize_srcu(), and an RCU reader does not hold up synchronize_srcu().
 *
 * One implementation serves both execution modes (no liburcu): reader
 * counters indexed by a phase bit, as in the kernel's Tree SRCU.  The
 * kernel's per-CPU lock/unlock count pairs become per-thread counter slots
 * (a thread's slot is fixed, each slot on its own cache line, so readers on
 * two threads never write one line), and a reader's unlock decrements the
 * slot its lock incremented.  The argument for the two flips is in
 * kernel/rcu/srcu.c.
 *
 * Lockdep, as in the kernel: srcu_read_lock() is a recursive-read acquisition
 * of the srcu_struct's dep_map and synchronize_srcu() an exclusive
 * acquire+release of it, so that synchronize_srcu() inside its own read
 * section, and a lock taken inside the read side while someone holds it
 * across synchronize_srcu(), are reported as lock-order problems.
 *
 * Simplified against the kernel: no call_srcu()/srcu_barrier(), no polled
 * grace periods (get/start/poll_state_synchronize_srcu), no srcu_down_read(),
 * no NMI-safe or fast readers; expedited grace periods are ordinary ones.
 */
#ifndef _GMEMSIM_LINUX_SRCU_H
#define _GMEMSIM_LINUX_SRCU_H

#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/percpu_counter.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/types.h>

/* Counter slots per srcu_struct: one per model CPU (raw_smp_processor_id()). */
#define SRCU_NR_SLOTS NR_CPUS

/*
 * Readers inside, per phase, of the threads using the slot; seq_cst
 * atomics (see srcu.c for the pairing).  Padded to a cache line: a
 * kmalloc'd srcu_struct is only 16-byte aligned, and a 64-byte stride
 * keeps two slots' counters off one line at any such alignment.
 */
struct srcu_ctr_slot {
	long ctr[2];
	char pad[64 - 2 * sizeof(long)];
};

struct srcu_struct {
	/*
	 * Phase: a reader counts itself on ctr[srcu_idx & 1] of its slot.
	 * Written only by the grace period in flight (srcu_gp_busy), read by
	 * every reader.
	 */
	unsigned long srcu_idx;
	/* Every reader loads srcu_idx: no slot's counters on its line. */
	char srcu_idx_pad[64 - sizeof(unsigned long)];
	struct srcu_ctr_slot srcu_slot[SRCU_NR_SLOTS];
	/* Completed grace periods. */
	unsigned long srcu_gp_seq;
	/* Non-zero while a synchronize_srcu() runs: serialises grace periods. */
	int srcu_gp_busy;
	struct lockdep_map dep_map;
};

int __init_srcu_struct(struct srcu_struct *ssp, const char *name, struct lock_class_key *key);

/* [init_srcu_struct]: every init site is its own lockdep class.  Returns 0. */
#define init_srcu_struct(ssp)                                                          \
	({                                                                             \
		static struct lock_class_key __srcu_key;                               \
		__init_srcu_struct((ssp), #ssp, &__srcu_key);                          \
	})

/* [cleanup_srcu_struct]: readers or a grace period still active are reported. */
void cleanup_srcu_struct(struct srcu_struct *ssp);

/* [DEFINE_SRCU]: a statically initialised srcu_struct, its own lockdep key. */
#define __SRCU_STRUCT_INIT(name) { .dep_map = STATIC_LOCKDEP_MAP_INIT(#name, LD_WAIT_INV) }
#define DEFINE_SRCU(name) struct srcu_struct name = __SRCU_STRUCT_INIT(name)
#define DEFINE_STATIC_SRCU(name) static struct srcu_struct name = __SRCU_STRUCT_INIT(name)

/*
 * [__srcu_read_lock]: count this reader on the current phase's counter of
 * its thread's slot.  The index returned encodes phase and slot.
 */
static inline int __srcu_read_lock(struct srcu_struct *ssp)
{
	unsigned int slot = raw_smp_processor_id();
	/* Phase: a stale value is fine, the second flip catches it (srcu.c). */
	int phase = READ_ONCE(ssp->srcu_idx) & 1;

	/* The window the two-flip argument is about: phase read, not yet counted. */
	sched_point("srcu_read_lock counter");
	/*
	 * B: an acq_rel RMW, ordered against the updater's drain RMW (A, srcu.c)
	 * on this counter: whichever comes second sees the first.
	 */
	__atomic_fetch_add(&ssp->srcu_slot[slot].ctr[phase], 1, __ATOMIC_SEQ_CST);
	return (int)(slot << 1) | phase;
}

/* [__srcu_read_unlock]: the section's accesses are ordered before the drop. */
static inline void __srcu_read_unlock(struct srcu_struct *ssp, int idx)
{
	/* C: releases the section to the updater's drain RMW (A) that reads 0. */
	__atomic_fetch_sub(&ssp->srcu_slot[(unsigned int)idx >> 1].ctr[idx & 1], 1,
			   __ATOMIC_SEQ_CST);
}

/* [srcu_read_lock]: enter; returns the index to hand to srcu_read_unlock(). */
static inline int srcu_read_lock(struct srcu_struct *ssp)
{
	int idx;

	sched_point("srcu_read_lock");
	idx = __srcu_read_lock(ssp);
	lock_map_acquire_read(&ssp->dep_map);
	return idx;
}

/* [srcu_read_unlock]: leave the section entered with @idx. */
static inline void srcu_read_unlock(struct srcu_struct *ssp, int idx)
{
	lock_map_release(&ssp->dep_map);
	__srcu_read_unlock(ssp, idx);
	sched_point("srcu_read_unlock");
}

/* [srcu_read_lock_held]: is current inside a read section of @ssp? */
static inline bool srcu_read_lock_held(const struct srcu_struct *ssp)
{
	return lock_is_held(&ssp->dep_map);
}

/* [srcu_dereference_check]: legal inside @ssp's read side or when @c holds. */
#define srcu_dereference_check(p, ssp, c)                                              \
	__rcu_dereference_check(p, (c) || srcu_read_lock_held(ssp),                    \
				"srcu_dereference_check(" #p ", " #ssp ", " #c ") outside read section")
#define srcu_dereference(p, ssp) srcu_dereference_check(p, ssp, 0)

/*
 * [synchronize_srcu]: wait until every @ssp read section that began before the
 * call has ended.  May sleep.  Inside @ssp's own read section it is reported
 * and returns at once (the kernel would deadlock).
 */
void synchronize_srcu(struct srcu_struct *ssp);
/* [synchronize_srcu_expedited]: the same grace period here. */
void synchronize_srcu_expedited(struct srcu_struct *ssp);

/* [srcu_batches_completed]: grace periods @ssp has completed. */
unsigned long srcu_batches_completed(struct srcu_struct *ssp);

#endif /* _GMEMSIM_LINUX_SRCU_H */
