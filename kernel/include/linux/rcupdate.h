/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/rcupdate.h (with kfree_rcu() and the
 * RCU_LOCKDEP_WARN() checks of CONFIG_PROVE_RCU), include/linux/rcupdate_wait.h.
 * Implementation: kernel/rcu/tree.c.
 *
 * Two implementations behind one API, chosen per call by the execution mode:
 *
 *  - free mode: liburcu's memb flavour (urcu_memb_read_lock/unlock,
 *    urcu_memb_synchronize_rcu, urcu_memb_call_rcu, urcu_memb_barrier).  Actor
 *    threads are registered by the scheduler (rcu_thread_online/offline in
 *    sched.h); any other thread registers on its first rcu_read_lock().
 *
 *  - deterministic mode: logical grace periods.  A grace period started at
 *    step t ends once every actor that was inside a read section at t has left
 *    it (its nesting dropped to 0, or its rcu_read_seq moved on).  Callbacks run
 *    from a scheduler tick hook, in call_rcu() order.
 *
 * Simplified against the kernel: one RCU flavour (the kernel's consolidated
 * RCU; no rcu_read_lock_bh/sched distinction, no preemption or CPU hotplug, no
 * expedited grace periods, no callback batching/offloading); the read side is
 * not a lockdep map, so "held" is the per-task nesting counter; RCU callbacks
 * in deterministic mode run inside the scheduler tick and so must not reach a
 * scheduling point (take no sleeping lock), like the kernel's softirq
 * callbacks.  struct rcu_head is 24 bytes instead of 16: free mode stores
 * liburcu's own head inside it.
 */
#ifndef _GMEMSIM_LINUX_RCUPDATE_H
#define _GMEMSIM_LINUX_RCUPDATE_H

#include <linux/bug.h>
#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/types.h>

#include <limits.h>

/* [rcupdate.h]: wrap-safe comparisons of grace-period sequence numbers. */
#define ULONG_CMP_GE(a, b) (ULONG_MAX / 2 >= (a) - (b))
#define ULONG_CMP_LT(a, b) (ULONG_MAX / 2 < (a) - (b))

/* Sparse's address-space marker for RCU-protected pointers: documentation only. */
#ifndef __rcu
#define __rcu
#endif

struct rcu_head;
typedef void (*rcu_callback_t)(struct rcu_head *head);

struct rcu_head {
	rcu_callback_t func;
	union {
		struct {			/* deterministic mode */
			struct rcu_head *next;	/* per-run callback queue */
			unsigned long gp_seq;	/* grace period this callback waits for */
		};
		void *__urcu_head[2];		/* free mode: liburcu's struct rcu_head */
	};
};
#define callback_head rcu_head

/*
 * Bug-injection knob: re-creates a missing grace period.  While set,
 * synchronize_rcu() returns at once and call_rcu() callbacks run without
 * waiting for readers (at the next scheduler tick in deterministic mode,
 * immediately in free mode).  Tests and the explorer set it; never the model.
 */
extern bool rcu_inject_skip_gp;

/* ---- read side ------------------------------------------------------------ */

/* Out of line parts of the read side (kernel/rcu/tree.c). */
void __rcu_read_lock(void);
void __rcu_read_unlock(void);

/*
 * [rcu_read_lock]: enter a read-side critical section.  Nests.  A scheduling
 * point before entering, so that another actor may run just before the reader
 * picks up its pointers.
 */
static inline void rcu_read_lock(void)
{
	sched_point("rcu_read_lock");
	__rcu_read_lock();
}

/* [rcu_read_unlock]: leave; a scheduling point once the section is left. */
static inline void rcu_read_unlock(void)
{
	__rcu_read_unlock();
	sched_point("rcu_read_unlock");
}

/* [rcu_read_lock_held]: is current inside an RCU read-side critical section? */
static inline bool rcu_read_lock_held(void)
{
	return READ_ONCE(current->rcu_read_lock_nesting) > 0;
}

/* ---- pointer publication and access ---------------------------------------- */

/*
 * [lockdep_rcu_suspicious]: "suspicious RCU usage".  Reported every time in
 * deterministic mode (each exploration must see it), once per call site in
 * free mode, like RCU_LOCKDEP_WARN().
 */
void __rcu_lockdep_suspicious(bool *warned, const char *cond, const char *file, int line);

#define RCU_LOCKDEP_WARN(c, s)                                                         \
	do {                                                                           \
		static bool __rcu_warned;                                              \
		if (unlikely(c))                                                       \
			__rcu_lockdep_suspicious(&__rcu_warned, s, __FILE__, __LINE__); \
	} while (0)

/*
 * The acquire load pairs with rcu_assign_pointer()'s release store, so the
 * pointee's initialisation is visible (the kernel relies on address
 * dependencies; C11 and TSan need acquire, which costs nothing on x86).
 */
#define __rcu_dereference_check(p, c, what)                                            \
	({                                                                             \
		RCU_LOCKDEP_WARN(!(c), what);                                          \
		__atomic_load_n(&(p), __ATOMIC_ACQUIRE);                               \
	})

/* [rcu_dereference_check]: legal inside rcu_read_lock() or when @c holds. */
#define rcu_dereference_check(p, c)                                                    \
	__rcu_dereference_check(p, (c) || rcu_read_lock_held(),                        \
				"rcu_dereference_check(" #p ", " #c ") outside read section")

/* [rcu_dereference]: legal inside rcu_read_lock() only. */
#define rcu_dereference(p)                                                             \
	__rcu_dereference_check(p, rcu_read_lock_held(),                               \
				"rcu_dereference(" #p ") outside rcu_read_lock()")

#define rcu_dereference_raw(p) __atomic_load_n(&(p), __ATOMIC_ACQUIRE)

/*
 * [rcu_dereference_protected]: the update side, where @c (a lock held) keeps
 * the pointer from changing; no ordering needed beyond that lock.
 */
#define rcu_dereference_protected(p, c)                                                \
	({                                                                             \
		RCU_LOCKDEP_WARN(!(c), "rcu_dereference_protected(" #p ", " #c ") without protection"); \
		READ_ONCE(p);                                                          \
	})

/* [rcu_access_pointer]: the pointer value only (compare with NULL), never dereferenced. */
#define rcu_access_pointer(p) READ_ONCE(p)

/*
 * [rcu_assign_pointer]: publish @v; the release store orders the initialisation
 * of *@v before the pointer becomes visible to rcu_dereference().
 */
#define rcu_assign_pointer(p, v)                                                       \
	do {                                                                           \
		typeof(p) __rcu_v = (v);                                               \
		__atomic_store_n(&(p), __rcu_v, __ATOMIC_RELEASE);                     \
	} while (0)

/* [RCU_INIT_POINTER]: store without ordering (NULL, or not yet visible to readers). */
#define RCU_INIT_POINTER(p, v)                                                         \
	do {                                                                           \
		typeof(p) __rcu_v = (v);                                               \
		WRITE_ONCE(p, __rcu_v);                                                \
	} while (0)

#define RCU_INITIALIZER(v) (v)

/* [rcu_replace_pointer]: publish @v, return the old value (protected by @c). */
#define rcu_replace_pointer(p, v, c)                                                   \
	({                                                                             \
		typeof(p) __rcu_old = rcu_dereference_protected(p, c);                 \
		rcu_assign_pointer(p, v);                                              \
		__rcu_old;                                                             \
	})

/* ---- update side ------------------------------------------------------------ */

/*
 * [synchronize_rcu]: wait until every read-side critical section that began
 * before the call has ended.  May sleep: calls might_sleep(), which reports a
 * call from inside a read section; the call then does not wait for the
 * caller's own section (the kernel would hang or splat).
 */
void synchronize_rcu(void);
#define synchronize_rcu_expedited() synchronize_rcu()

/*
 * [call_rcu]: run @func(@head) after a grace period.  Never fails, never
 * blocks.  Callbacks of one thread run in call order.
 */
void call_rcu(struct rcu_head *head, rcu_callback_t func);

/* [rcu_barrier]: wait until every callback queued before the call has run. */
void rcu_barrier(void);

/*
 * [kfree_rcu]: kvfree() the object containing @field after a grace period.  As
 * in the kernel the offset of @field travels in place of the callback (an
 * offset is < 4096, never a function address).
 */
#define __is_kvfree_rcu_offset(offset) ((offset) < 4096)
#define kfree_rcu(ptr, field)                                                          \
	do {                                                                           \
		typeof(ptr) __kfree_rcu_p = (ptr);                                     \
		BUILD_BUG_ON(!__is_kvfree_rcu_offset(offsetof(typeof(*(ptr)), field))); \
		if (__kfree_rcu_p)                                                     \
			call_rcu(&__kfree_rcu_p->field,                                \
				 (rcu_callback_t)(unsigned long)offsetof(typeof(*(ptr)), field)); \
	} while (0)
#define kvfree_rcu(ptr, field) kfree_rcu(ptr, field)

#endif /* _GMEMSIM_LINUX_RCUPDATE_H */
