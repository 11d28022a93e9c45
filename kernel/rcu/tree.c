// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: kernel/rcu/tree.c (synchronize_rcu, call_rcu,
 * rcu_barrier, grace-period sequence numbers: rcu_seq_snap/rcu_seq_done),
 * kernel/rcu/tree_plugin.h (__rcu_read_lock/__rcu_read_unlock),
 * kernel/rcu/update.c (lockdep_rcu_suspicious), mm/slab_common.c (kvfree_rcu).
 *
 * Free mode is liburcu's memb flavour.  Deterministic mode models grace
 * periods logically on the per-task nesting counters: a grace period started
 * at step t ends once every actor inside a read section at t has left it
 * (nesting 0, or rcu_read_seq changed: it left and came back).
 *
 * Simplified against the kernel: one flavour, no expedited GPs, no callback
 * batching across CPUs, no rcu_nocb; deterministic-mode callbacks of all actors
 * share one queue and run from the scheduler tick (softirq in the kernel).
 */

/*
 * liburcu's <urcu/call-rcu.h> defines its own struct rcu_head and
 * <urcu/pointer.h> its own rcu_dereference()/rcu_assign_pointer(): rename the
 * former and drop the latter before the kernel-shaped header comes in.
 * _LGPL_SOURCE inlines urcu_memb_read_lock/unlock (a few instructions); not
 * under TSan, where liburcu's fence-based code must stay in the
 * uninstrumented library (see rcu_tsan_* below).
 */
#ifndef GMEMSIM_TSAN
#define _LGPL_SOURCE
#endif
#define rcu_head urcu_rcu_head
#include <urcu/urcu-memb.h>
#undef rcu_head
#undef rcu_dereference
#undef rcu_assign_pointer
#undef rcu_cmpxchg_pointer
#undef rcu_xchg_pointer
#undef rcu_set_pointer

#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include <pthread.h>
#include <stdlib.h>

bool rcu_inject_skip_gp;

/* Free mode stores liburcu's head inside ours. */
_Static_assert(sizeof(struct urcu_rcu_head) <= sizeof(((struct rcu_head *)0)->__urcu_head),
	       "struct rcu_head cannot hold liburcu's head");
_Static_assert(_Alignof(struct urcu_rcu_head) <= _Alignof(void *),
	       "liburcu's head is over-aligned");

/*
 * ThreadSanitizer does not see liburcu's synchronisation (fences, futexes, its
 * own queues), so it is told what a grace period means: every read section
 * that ended releases rcu_tsan_gp, and whoever waited for a grace period
 * (synchronize_rcu() returning, a callback about to run) acquires it.  That
 * over-approximates (it also orders sections that ended long ago), never
 * under-approximates.  liburcu's internal hand-offs are suppressed.
 */
#ifdef GMEMSIM_TSAN
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
static char rcu_tsan_gp;
static char rcu_tsan_barrier;	/* released by each callback, acquired by rcu_barrier() */
#define rcu_tsan_release(a) __tsan_release(a)
#define rcu_tsan_acquire(a) __tsan_acquire(a)

const char *__tsan_default_suppressions(void)
{
	return "called_from_lib:liburcu-memb.so\n"
	       "called_from_lib:liburcu-common.so\n"
	       "race:liburcu-memb.so\n"
	       "race:liburcu-common.so\n";
}
#else
#define rcu_tsan_release(a) do { } while (0)
#define rcu_tsan_acquire(a) do { } while (0)
#endif

/* ---- callbacks ------------------------------------------------------------ */

/* [rcu_do_batch/kvfree_rcu]: a small "function" is the offset of the rcu_head. */
static void rcu_invoke(struct rcu_head *head)
{
	rcu_callback_t f = head->func;
	unsigned long offset = (unsigned long)f;

	if (__is_kvfree_rcu_offset(offset)) {
		kvfree((char *)head - offset);
		return;
	}
	f(head);
}

/* ---- free mode: liburcu thread registration -------------------------------- */

/* Is this OS thread registered with liburcu (by us or by liburcu itself)? */
static __thread bool rcu_urcu_registered;
static pthread_key_t rcu_urcu_key;
static pthread_once_t rcu_urcu_key_once = PTHREAD_ONCE_INIT;

/* Thread exit of a lazily registered thread: liburcu must forget it. */
static void rcu_urcu_thread_exit(void *unused)
{
	if (rcu_urcu_registered) {
		urcu_memb_unregister_thread();
		rcu_urcu_registered = false;
	}
}

static void rcu_urcu_key_init(void)
{
	BUG_ON(pthread_key_create(&rcu_urcu_key, rcu_urcu_thread_exit));
}

/* Register a thread that is not an actor (a test's main thread) on first use. */
static void rcu_urcu_register_lazy(void)
{
	if (likely(rcu_urcu_registered))
		return;
	pthread_once(&rcu_urcu_key_once, rcu_urcu_key_init);
	urcu_memb_register_thread();
	rcu_urcu_registered = true;
	pthread_setspecific(rcu_urcu_key, (void *)1);
}

void rcu_thread_online(void)
{
	if (rcu_urcu_registered)
		return;
	urcu_memb_register_thread();
	rcu_urcu_registered = true;
}

void rcu_thread_offline(void)
{
	if (!rcu_urcu_registered)
		return;
	/* An actor that returned inside a section was reported by the scheduler. */
	urcu_memb_unregister_thread();
	rcu_urcu_registered = false;
}

/* liburcu's callback thread calls this; it registered itself with liburcu. */
static void rcu_urcu_callback(struct urcu_rcu_head *uh)
{
	struct rcu_head *head = container_of((void *)uh, struct rcu_head, __urcu_head);

	rcu_urcu_registered = true;
	rcu_tsan_acquire(head);		/* the caller's writes to *head (call_rcu) */
	rcu_tsan_acquire(&rcu_tsan_gp);	/* the readers of the grace period it waited for */
	rcu_invoke(head);
	rcu_tsan_release(&rcu_tsan_barrier);
}

/* ---- deterministic mode: logical grace periods -------------------------------- */

/* The readers a grace period waits for: who was inside, and in which section. */
struct rcu_gp_snap {
	unsigned int nr;
	struct task_struct *task[SCHED_MAX_ACTORS];
	unsigned long seq[SCHED_MAX_ACTORS];
};

/*
 * Per-run state in *sched_slot(s, SCHED_SLOT_RCU).  Only touched by the one
 * actor running at a time (or by the tick in its context): no locking.
 */
struct rcu_det_state {
	struct rcu_head *head;		/* callbacks, call_rcu() order */
	struct rcu_head **tail;
	unsigned long gp_seq;		/* grace periods completed */
	bool gp_in_progress;		/* grace period gp_seq + 1 is running */
	bool invoking;			/* callbacks running: do not re-enter */
	struct rcu_gp_snap gp_snap;	/* readers grace period gp_seq + 1 waits for */
};

/* Snapshot every actor inside a read section, except @self. */
static void rcu_gp_snapshot(struct rcu_gp_snap *snap, const struct task_struct *self)
{
	unsigned int i, nr = sched_nr_actors();

	snap->nr = 0;
	for (i = 0; i < nr; i++) {
		struct task_struct *t = sched_actor(i);

		if (t == self || !t->rcu_read_lock_nesting)
			continue;
		snap->task[snap->nr] = t;
		snap->seq[snap->nr] = t->rcu_read_seq;
		snap->nr++;
	}
}

/* [rcu_seq_done]: has every snapshotted reader left the section it was in? */
static bool rcu_gp_snap_done(const void *arg)
{
	const struct rcu_gp_snap *snap = arg;
	unsigned int i;

	for (i = 0; i < snap->nr; i++) {
		const struct task_struct *t = snap->task[i];

		if (t->rcu_read_lock_nesting && t->rcu_read_seq == snap->seq[i])
			return false;
	}
	return true;
}

static struct rcu_det_state *rcu_det_state(void)
{
	void **slot = sched_slot(sched_det_current, SCHED_SLOT_RCU);
	struct rcu_det_state *st = *slot;

	if (st)
		return st;
	st = calloc(1, sizeof(*st));
	BUG_ON(!st);
	st->tail = &st->head;
	*slot = st;
	return st;
}

static void rcu_det_start_gp(struct rcu_det_state *st)
{
	rcu_gp_snapshot(&st->gp_snap, NULL);
	st->gp_in_progress = true;
}

/* Dequeue and run the first callback. */
static void rcu_det_invoke_first(struct rcu_det_state *st)
{
	struct rcu_head *head = st->head;

	st->head = head->next;
	if (!st->head)
		st->tail = &st->head;
	rcu_invoke(head);
}

/*
 * [rcu_gp_kthread + rcu_do_batch]: end the running grace period if its readers
 * have left, run the callbacks it (or an earlier one) completed, in order, and
 * start the next grace period when callbacks still wait.
 */
static void rcu_det_advance(struct rcu_det_state *st)
{
	if (st->invoking)
		return;
	if (st->gp_in_progress && rcu_gp_snap_done(&st->gp_snap)) {
		st->gp_in_progress = false;
		st->gp_seq++;
	}
	st->invoking = true;
	while (st->head && ULONG_CMP_GE(st->gp_seq, st->head->gp_seq))
		rcu_det_invoke_first(st);
	st->invoking = false;
	if (st->head && !st->gp_in_progress)
		rcu_det_start_gp(st);
}

/* The run is over: no reader is left, so every callback may run. */
static void rcu_det_finish(struct rcu_det_state *st)
{
	st->invoking = true;
	while (st->head)
		rcu_det_invoke_first(st);
	free(st);
}

static void rcu_det_tick(struct sched *s)
{
	void **slot = sched_slot(s, SCHED_SLOT_RCU);
	struct rcu_det_state *st = *slot;

	if (!st)
		return;
	if (sched_finishing(s)) {
		rcu_det_finish(st);
		*slot = NULL;
		return;
	}
	rcu_det_advance(st);
}

__attribute__((constructor)) static void rcu_det_init(void)
{
	sched_register_tick(rcu_det_tick);
}

/* [rcu_seq_snap]: the grace period a callback queued now must wait for. */
static void rcu_det_call_rcu(struct rcu_head *head)
{
	struct rcu_det_state *st = rcu_det_state();

	if (READ_ONCE(rcu_inject_skip_gp)) {
		head->gp_seq = st->gp_seq;	/* already "complete": runs at the next tick */
	} else if (st->gp_in_progress) {
		head->gp_seq = st->gp_seq + 2;	/* the running GP may predate the caller's view */
	} else {
		rcu_det_start_gp(st);
		head->gp_seq = st->gp_seq + 1;
	}
	head->next = NULL;
	*st->tail = head;
	st->tail = &head->next;
}

/* Can rcu_barrier()'s caller make progress: queue empty, or the head's GP can end? */
static bool rcu_det_barrier_cond(const void *arg)
{
	const struct rcu_det_state *st = arg;

	if (!st->head || ULONG_CMP_GE(st->gp_seq, st->head->gp_seq))
		return true;
	return !st->gp_in_progress || rcu_gp_snap_done(&st->gp_snap);
}

static void rcu_det_barrier(void)
{
	struct rcu_det_state *st = *sched_slot(sched_det_current, SCHED_SLOT_RCU);

	if (!st)
		return;
	for (;;) {
		rcu_det_advance(st);
		if (!st->head)
			return;
		sched_wait_until(rcu_det_barrier_cond, st, "rcu_barrier", "rcu");
	}
}

static void rcu_det_synchronize(void)
{
	struct rcu_gp_snap snap;

	sched_point("synchronize_rcu");
	/* Excluding current: its own section was reported by might_sleep(). */
	rcu_gp_snapshot(&snap, current);
	if (!rcu_gp_snap_done(&snap))
		sched_wait_until(rcu_gp_snap_done, &snap, "grace period", "rcu");
}

/* ---- the API ---------------------------------------------------------------- */

void __rcu_read_lock(void)
{
	struct task_struct *t = current;

	/* Only this task writes its nesting; det-mode readers run on this OS thread. */
	if (t->rcu_read_lock_nesting++)
		return;
	t->rcu_read_seq++;
	if (sched_is_det())
		return;
	rcu_urcu_register_lazy();
	urcu_memb_read_lock();
}

void __rcu_read_unlock(void)
{
	struct task_struct *t = current;

	if (WARN_ON_ONCE(t->rcu_read_lock_nesting <= 0))
		return;
	if (--t->rcu_read_lock_nesting)
		return;
	if (sched_is_det())
		return;
	rcu_tsan_release(&rcu_tsan_gp);
	urcu_memb_read_unlock();
}

void synchronize_rcu(void)
{
	might_sleep();
	if (READ_ONCE(rcu_inject_skip_gp))
		return;
	if (sched_is_det()) {
		rcu_det_synchronize();
		return;
	}
	/* liburcu would wait for our own section forever; might_sleep() reported it. */
	if (current->rcu_read_lock_nesting)
		return;
	urcu_memb_synchronize_rcu();
	rcu_tsan_acquire(&rcu_tsan_gp);
}

void call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	head->func = func;
	if (sched_is_det()) {
		rcu_det_call_rcu(head);
		return;
	}
	if (READ_ONCE(rcu_inject_skip_gp)) {
		rcu_invoke(head);
		return;
	}
	/* liburcu's call_rcu() enters a read section: the caller must be registered. */
	rcu_urcu_register_lazy();
	rcu_tsan_release(head);
	urcu_memb_call_rcu((struct urcu_rcu_head *)head->__urcu_head, rcu_urcu_callback);
}

void rcu_barrier(void)
{
	might_sleep();
	if (sched_is_det()) {
		rcu_det_barrier();
		return;
	}
	if (current->rcu_read_lock_nesting)
		return;	/* would deadlock in liburcu; might_sleep() reported it */
	rcu_urcu_register_lazy();
	urcu_memb_barrier();
	rcu_tsan_acquire(&rcu_tsan_barrier);	/* the callbacks that ran */
}

void __rcu_lockdep_suspicious(bool *warned, const char *cond, const char *file, int line)
{
	/* The per-site flag only throttles free mode; an exchange so racers report once. */
	if (!sched_is_det() && __atomic_exchange_n(warned, true, __ATOMIC_RELAXED))
		return;
	report_violation("suspicious RCU usage", cond, file, line, "%s", "");
}
