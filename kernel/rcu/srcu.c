// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/rcu/srcutree.c (init_srcu_struct,
 * cleanup_srcu_struct, synchronize_srcu, srcu_readers_active_idx_check,
 * srcu_flip).
 *
 * Simplified against the kernel: no srcu_node tree, per-thread counter slots
 * (linux/srcu.h) instead of per-CPU lock/unlock count pairs, no
 * callbacks or polled grace periods; one grace period at a time per
 * srcu_struct, driven by the synchronize_srcu() caller itself (blocking via
 * sched_wait_until(), so deterministic mode sees it as a wait).
 *
 * Why two flips.  A reader loads the phase (srcu_idx & 1), then increments
 * srcu_ctr[phase] (below, srcu_ctr[] stands for the reader's own slot's
 * ctr[]: lock and unlock use one slot, and the drain checks each slot with
 * its own RMW, so the argument holds slot by slot).  Between the two it can be delayed arbitrarily, so a reader
 * may count itself on an index that was already flipped away from and already
 * drained.  Take a grace period G starting with phase p:
 *  - Readers that incremented srcu_ctr[p] before G's first drain saw 0 are
 *    waited for by that drain.
 *  - A reader that loaded p before the first flip but incremented srcu_ctr[p]
 *    only after the drain saw 0: its increment comes after the drain in that
 *    counter's modification order, so (B reads from A, below) its section sees
 *    every store G's caller made before G; it cannot hold what G protects.
 *  - But a reader R may have loaded 1-p during an *earlier* grace period
 *    (before that one flipped 1-p -> p), and incremented srcu_ctr[1-p] after
 *    that earlier drain: R is a pre-existing reader of G counted on 1-p, which
 *    a single flip (waiting for p only) would miss.  The second flip (back to
 *    p) and drain of 1-p waits for R.  Readers that load the phase after a
 *    flip use the new index, so each drain waits only for readers already
 *    inside or for the bounded number of stragglers; it terminates.
 * Ordering, without fences (ThreadSanitizer understands RMWs, not fences):
 * the reader's increment (B) and the updater's drain check (A) are both
 * acq_rel read-modify-writes of the same counter, so they are totally ordered
 * in its modification order and the later one synchronises with the earlier.
 * A before B: B reads from A, so every store the updater made before A (the
 * unpublishing rcu_assign_pointer) is visible to the reader's section.  B before
 * A: A sees the count and waits.  The reader's decrement (C) is a release RMW
 * that the drain RMW reading 0 acquires: the section's accesses happen before
 * whatever the updater does after the grace period (kernel: smp_mb() A-D).
 */
#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/srcu.h>

int __init_srcu_struct(struct srcu_struct *ssp, const char *name, struct lock_class_key *key)
{
	ssp->srcu_idx = 0;
	for (int s = 0; s < SRCU_NR_SLOTS; s++)
		ssp->srcu_slot[s].ctr[0] = ssp->srcu_slot[s].ctr[1] = 0;
	ssp->srcu_gp_seq = 0;
	ssp->srcu_gp_busy = 0;
	lockdep_init_map(&ssp->dep_map, name, key, 0);
	return 0;
}

void cleanup_srcu_struct(struct srcu_struct *ssp)
{
	long readers = 0;

	/* Acquire: pairs with the readers' seq_cst decrements. */
	for (int s = 0; s < SRCU_NR_SLOTS; s++)
		readers |= __atomic_load_n(&ssp->srcu_slot[s].ctr[0], __ATOMIC_ACQUIRE) |
			   __atomic_load_n(&ssp->srcu_slot[s].ctr[1], __ATOMIC_ACQUIRE);
	WARN(readers, "cleanup_srcu_struct %s: active readers", ssp->dep_map.name);
	WARN(__atomic_load_n(&ssp->srcu_gp_busy, __ATOMIC_ACQUIRE),
	     "cleanup_srcu_struct %s: grace period in flight", ssp->dep_map.name);
}

unsigned long srcu_batches_completed(struct srcu_struct *ssp)
{
	/* Acquire: pairs with the release that ends a grace period. */
	return __atomic_load_n(&ssp->srcu_gp_seq, __ATOMIC_ACQUIRE);
}

static bool srcu_gp_idle(const void *arg)
{
	const struct srcu_struct *ssp = arg;

	/* Relaxed: only a hint; the exchange in srcu_gp_begin() decides. */
	return !__atomic_load_n(&ssp->srcu_gp_busy, __ATOMIC_RELAXED);
}

/* One grace period at a time per srcu_struct (the kernel's srcu_gp_mutex). */
static void srcu_gp_begin(struct srcu_struct *ssp)
{
	/* Acquire: orders this GP after the previous one's phase updates. */
	while (__atomic_exchange_n(&ssp->srcu_gp_busy, 1, __ATOMIC_ACQUIRE))
		sched_wait_until(srcu_gp_idle, ssp, "srcu gp", ssp->dep_map.name);
}

static void srcu_gp_end(struct srcu_struct *ssp)
{
	/* Release: the counters drained; the next GP and srcu_batches_completed() see it. */
	__atomic_store_n(&ssp->srcu_gp_seq, ssp->srcu_gp_seq + 1, __ATOMIC_RELEASE);
	__atomic_store_n(&ssp->srcu_gp_busy, 0, __ATOMIC_RELEASE);
}

struct srcu_drain {
	struct srcu_struct *ssp;
	int phase;
};

/*
 * Every slot's counter of the old phase is zero.  A is per slot: an RMW,
 * not a load, ordered against the B and C of the readers using that slot
 * (see above); a reader counted on a slot already found empty in this pass
 * incremented after A on it, so it sees the updater's stores.
 */
static bool srcu_ctr_drained(const void *arg)
{
	const struct srcu_drain *d = arg;

	for (int s = 0; s < SRCU_NR_SLOTS; s++)
		if (__atomic_fetch_add(&d->ssp->srcu_slot[s].ctr[d->phase], 0, __ATOMIC_SEQ_CST))
			return false;
	return true;
}

/* [srcu_flip + srcu_readers_active_idx_check]: move readers on, wait for the old index. */
static void srcu_flip_and_drain(struct srcu_struct *ssp)
{
	unsigned long idx = ssp->srcu_idx;	/* only the GP in flight writes it */
	struct srcu_drain d = { .ssp = ssp, .phase = (int)(idx & 1) };

	/* New readers pick the other counter from here on (progress, not safety). */
	__atomic_store_n(&ssp->srcu_idx, idx + 1, __ATOMIC_SEQ_CST);
	if (!srcu_ctr_drained(&d))
		sched_wait_until(srcu_ctr_drained, &d, "srcu grace period", ssp->dep_map.name);
}

void synchronize_srcu(struct srcu_struct *ssp)
{
	/* [srcu_lock_sync]: record "waits for every reader of ssp" with lockdep. */
	lock_map_acquire(&ssp->dep_map);
	lock_map_release(&ssp->dep_map);
	might_sleep();
	if (srcu_read_lock_held(ssp)) {
		report_violation("suspicious RCU usage", "srcu_read_lock_held(ssp)", __FILE__, __LINE__,
				 "Illegal synchronize_srcu() in same-type SRCU read-side critical section (%s)",
				 ssp->dep_map.name);
		return;	/* the kernel would wait for itself forever */
	}
	sched_point("synchronize_srcu");
	srcu_gp_begin(ssp);
	srcu_flip_and_drain(ssp);
	srcu_flip_and_drain(ssp);
	srcu_gp_end(ssp);
}

void synchronize_srcu_expedited(struct srcu_struct *ssp)
{
	synchronize_srcu(ssp);
}
