/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/sched.h (task_struct, current) and the
 * scheduler core, reduced to what a race model needs.
 *
 * An *actor* is a named thread of the model ("vcpu0", "vmm", "host").  A run of a
 * set of actors happens in one of two modes:
 *
 *  - SCHED_MODE_FREE: each actor is a pthread and runs truly in parallel.
 *    Scheduling points cost one thread-local load.  Blocking primitives spin and
 *    yield the CPU.  This is the throughput mode and the one TSan checks.
 *
 *  - SCHED_MODE_DET: the actors are coroutines on the calling OS thread and
 *    exactly one runs at a time.  At every scheduling point a seeded strategy
 *    (random walk, or PCT with depth d) picks who runs next; the sequence of
 *    choices is the *schedule*, which can be saved and replayed bit for bit (a
 *    replayed prefix may continue with the strategy).  Blocking is cooperative:
 *    a waiting actor hands the CPU back and is runnable again only once its wait
 *    condition holds.  All actors blocked is a deadlock; max_stall scheduling
 *    points without progress (sched_progress(): a statement of the run
 *    completed, an actor returned, a kernel range loop such as pre-fault
 *    advanced) is a livelock.  Both are violations.  A
 *    run that reaches its budget of max_steps points drains: sched_draining()
 *    turns true, each actor ends the unit of work it is in and returns, and
 *    the run ends with status SCHED_BUDGET, which is no violation.
 *
 * Several deterministic runs may proceed at once on different OS threads: all
 * scheduler state hangs off the thread-local current scheduler, never globals.
 */
#ifndef _GMEMSIM_LINUX_SCHED_H
#define _GMEMSIM_LINUX_SCHED_H

#include <linux/compiler.h>
#include <linux/types.h>

#define TASK_COMM_LEN 16
#define SCHED_MAX_ACTORS 32
#define SCHED_MAX_PCT_DEPTH 64		/* PCT's d: d-1 change points */
#define SCHED_MAX_CHECK_EVERY 1000000	/* invariants at every Nth point at least */
#define SCHED_DEFAULT_MAX_STALL 1000000ULL
#define SCHED_DEFAULT_MAX_STEPS (1ULL << 32)
#define SCHED_DEFAULT_RECORD_LIMIT (1U << 22)
#define MAX_LOCK_DEPTH 48

struct sched;
struct lockdep_map;
struct rcu_head;

/* One lock held by a task, innermost last [include/linux/lockdep_types.h]. */
struct held_lock {
	u64 chain_key;		/* lock chain up to and including this lock (lockdep.c) */
	struct lockdep_map *instance;
	const char *file;	/* acquisition site, for reports */
	int line;
	u16 class_idx;		/* lock class it was acquired as, as the kernel caches it */
	unsigned char read;	/* 0: exclusive, 1: shared, 2: recursive read */
};

typedef bool (*sched_cond_t)(const void *arg);

struct task_struct {
	int id;				/* dense index within its run, 0.. */
	char comm[TASK_COMM_LEN];	/* actor name */

	/* lockdep: locks held, innermost last (kernel/locking/lockdep.c) */
	int lockdep_depth;
	struct held_lock held_locks[MAX_LOCK_DEPTH];

	/*
	 * RCU read-side state, owned by kernel/rcu.  rcu_read_seq counts outermost
	 * rcu_read_lock()s so that a grace period can tell "left and re-entered"
	 * from "still inside".
	 */
	int rcu_read_lock_nesting;
	unsigned long rcu_read_seq;

	/*
	 * task_work queued on this task (linux/task_work.h), run at return to
	 * user space.  struct callback_head is struct rcu_head (rcupdate.h).
	 */
	struct rcu_head *task_works;

	/* Deterministic mode: why this task is not runnable (kernel/sched/core.c). */
	sched_cond_t wait_cond;
	const void *wait_arg;
	const char *wait_reason;	/* "mutex", "rwsem read", "grace period"... */
	const char *wait_obj;		/* name of the object waited for */

	/* Scheduler private. */
	struct sched *sched;
	void *priv;
};

/*
 * The running task.  Threads that are not actors of a run (a test's main thread)
 * get a task of their own on first use, so lockdep and RCU work everywhere.
 */
extern __thread struct task_struct *__current_task;
struct task_struct *__get_current_slow(void);

/* One thread-local load; the slow path gives a non-actor thread its task. */
static __always_inline struct task_struct *get_current(void)
{
	struct task_struct *t = __current_task;

	return likely(t) ? t : __get_current_slow();
}
#define current get_current()

/* ---- running actors ---------------------------------------------------- */

enum sched_mode {
	SCHED_MODE_FREE,
	SCHED_MODE_DET,
};

enum sched_strategy {
	SCHED_STRATEGY_RANDOM,	/* uniform among runnable actors at every point */
	SCHED_STRATEGY_PCT,	/* probabilistic concurrency testing, depth d */
	SCHED_STRATEGY_STICKY,	/* no preemption: the running actor goes on until it
				 * blocks or ends, then the lowest-numbered runnable
				 * one; draws nothing (shrinking continues with it) */
	SCHED_STRATEGY_NR,
};

/* A schedule: the actor index chosen at each decision with >1 runnable actor. */
struct sched_schedule {
	u8 *dec;
	u32 len;
	u32 cap;
};

/*
 * The same run in preemption form: only the decisions where the actor chosen
 * is not the one the sticky strategy would have picked (the running actor
 * while it can run, else the lowest-numbered runnable one).  Every run
 * records it; following it with the sticky strategy everywhere else gives the
 * run again, bit for bit, since the strategies draw from their own stream
 * and model decisions from another.  A handful of entries instead of one per
 * decision: what a person reads, what shrinking minimises.
 */
struct sched_preempt {
	u64 step;		/* the scheduling point (1-based, as in reports) */
	u8 actor;		/* who runs from here */
	u8 from;		/* who ran up to here (SCHED_NO_ACTOR: the start) */
	bool preempted;		/* @from could have gone on: a true preemption */
};
#define SCHED_NO_ACTOR 0xff

struct sched_preempts {
	struct sched_preempt *p;
	u32 len, cap;
};

enum sched_status {
	SCHED_DONE,		/* every actor returned */
	SCHED_DEADLOCK,		/* every live actor blocked */
	SCHED_LIVELOCK,		/* max_stall points without progress */
	SCHED_BUDGET,		/* max_steps points reached: drained, not a violation */
	SCHED_BUG,		/* BUG_ON() or another fatal report ended the run */
	SCHED_DIVERGED,		/* a replayed schedule named an actor that could not run */
	SCHED_STATUS_NR,
};

struct sched_actor {
	const char *name;
	void (*fn)(void *arg);
	void *arg;
};

/* A context switch of a deterministic run, as on_switch hooks see it. */
struct sched_switch {
	u64 step;			/* the scheduling point it happens at */
	int from, to;			/* actor ids; -1: the scheduler (start, end) */
	const struct task_struct *from_task;	/* NULL at the start; its held locks */
	const char *from_point;		/* where @from stopped (its last scheduling point) */
	const char *from_model_point;	/* its last named model step before that, or NULL */
	bool preempted;			/* @from could have gone on */
	bool finished;			/* @from returned */
};

struct sched_opts {
	enum sched_mode mode;
	enum sched_strategy strategy;
	u64 seed;
	unsigned int pct_depth;		/* PCT: d (d-1 priority change points); default 3 */
	u64 pct_steps_hint;		/* PCT: expected length k of the run; default 1000 */
	u64 max_stall;			/* livelock bound; default SCHED_DEFAULT_MAX_STALL */
	u64 max_steps;			/* budget of the whole run; default SCHED_DEFAULT_MAX_STEPS */
	u32 record_limit;		/* decisions and preemptions kept; default
					 * SCHED_DEFAULT_RECORD_LIMIT, past it the record is
					 * truncated (the run goes on) */
	const struct sched_schedule *replay;	/* follow these decisions first */
	bool replay_exact;		/* replay only: past its end is a divergence */
	/*
	 * Or follow these preemptions (not both): sticky between them, the
	 * strategy after the last one.  Naming a point where the actor cannot run
	 * is a divergence.
	 */
	const struct sched_preempts *preempt;
	bool preempt_lenient;		/* entries that do not apply are skipped, not divergences
					 * (the shrinker's candidates: a dropped entry moves the
					 * later ones) */
	size_t stack_size;		/* per-actor coroutine stack; default 256 KiB */
	bool quiet;			/* do not print violation reports (tests that expect them) */

	/* Called at every check_every-th scheduling point (det) or never (free). */
	void (*check)(void *arg);
	void *check_arg;
	unsigned int check_every;

	/* Called at every context switch of a deterministic run (timelines, pictures). */
	void (*on_switch)(void *arg, const struct sched_switch *sw);
	void *on_switch_arg;

	/* Appends the command that replays this run (up to now) to a violation report. */
	void (*replay_hint)(void *arg, const struct sched_preempts *p, char *buf, size_t len);
	void *replay_hint_arg;
};

struct sched_result {
	enum sched_status status;
	u64 steps;			/* scheduling points passed */
	u64 switches;			/* context switches between actors */
	u64 decisions;			/* points with more than one runnable actor */
	u64 hash;			/* FNV-1a over the decisions: equal schedules, equal hash */
	unsigned long violations;	/* reports made during this run */
	char first_violation[256];	/* "kind: cond" of the first report */
	char first_message[256];	/* its detail line */
	u64 first_step;			/* the scheduling point it was made at */
	int first_actor;		/* the actor it was made by (-1: none) */
	struct sched_schedule schedule;	/* recorded decisions (owned; sched_result_destroy) */
	struct sched_preempts preempts;	/* the same in preemption form (owned) */
	bool record_truncated;		/* schedule and preempts stop at record_limit */
	unsigned int unfinished;	/* actors abandoned when the run stopped */
};

/*
 * Run @nr actors to completion under @opts.  Returns 0 when the run finished
 * without a violation, -EDEADLK, -ELOOP (livelock), -EFAULT (BUG or violation
 * reported), -ESRCH (replay diverged), or -EINVAL for bad options.
 */
int sched_run(const struct sched_opts *opts, const struct sched_actor *actors, unsigned int nr,
	      struct sched_result *res);
void sched_result_destroy(struct sched_result *res);

/* ---- inside a run -------------------------------------------------------- */

/* Non-NULL while the calling thread runs a deterministic schedule. */
extern __thread struct sched *sched_det_current;

static __always_inline bool sched_is_det(void)
{
	return sched_det_current != NULL;
}

void __sched_point(const char *what);

/*
 * A place where another actor may run: every lock acquire and release, atomic
 * read-modify-write, RCU/SRCU read-side boundary, and the explicit racy steps
 * of the model.  Free: a thread-local load.
 */
static __always_inline void sched_point(const char *what)
{
	if (unlikely(sched_det_current))
		__sched_point(what);
}

/*
 * Block until @cond(@arg) holds.  Deterministic mode: the actor is taken off the
 * runnable set until the scheduler sees the condition true (a missed wake-up is
 * impossible: conditions are re-evaluated at each decision).  Free mode: spin,
 * then yield the CPU.  @reason and @obj name the wait in deadlock reports.
 * In free mode @cond runs concurrently with the actor that makes it true: it
 * must read with acquire semantics (smp_load_acquire(), atomic_read_acquire(),
 * a lock word) whatever it publishes, as a kernel wait_event() condition must.
 */
void sched_wait_until(sched_cond_t cond, const void *arg, const char *reason, const char *obj);

/* Number of actors in the current deterministic run and the actor at @i. */
unsigned int sched_nr_actors(void);
struct task_struct *sched_actor(unsigned int i);

/* Steps of the current deterministic run so far (0 in free mode). */
u64 sched_steps(void);

/*
 * The run made progress (a statement completed): the livelock bound counts
 * from here.  Free mode: nothing (free runs have no livelock bound).
 */
void sched_progress(void);
/*
 * Deterministic mode: no scheduling point of the calling actor yields until
 * sched_points_restore() (what hooks get implicitly): for code that looks at
 * the model from outside, such as the invariant checker run by an actor at a
 * barrier, and reads it with the model's own lockless readers.
 */
bool sched_points_disable(void);
void sched_points_restore(bool old);

/* At its budget the run drains: an actor ends its current statement and returns. */
bool sched_draining(void);
/*
 * A budget other than the step budget ran out (the model's heap): the current
 * deterministic run ends as SCHED_BUDGET, draining like one at max_steps.
 * Nothing in free mode or outside a run.
 */
void sched_drain_at_budget(void);

/* A seeded pseudo-random number for model decisions (pfn choice, fault injection). */
u64 sched_rand(void);

/*
 * Hooks run at every deterministic scheduling point before the decision, e.g.
 * RCU callback processing, in the context of whichever actor is current (so
 * they must not block).  At most a handful; registered once at start-up
 * (constructors are fine).  When every actor has returned, each hook is called
 * once more with sched_finishing(s) true and no actor running: it must then
 * finish all its pending work (run the remaining RCU callbacks) and free its
 * per-run state.  This also happens when a run is stopped (deadlock, livelock,
 * BUG): abandoned actors may then still look inside read sections.
 */
void sched_register_tick(void (*fn)(struct sched *s));
bool sched_finishing(struct sched *s);

/*
 * Free mode: called by each actor thread before its function runs and after it
 * returns (liburcu thread registration).  Provided by kernel/rcu.
 */
void rcu_thread_online(void);
void rcu_thread_offline(void);

/* Per-run storage for other kernel/ modules (RCU's deterministic state). */
void **sched_slot(struct sched *s, unsigned int idx);
#define SCHED_SLOT_RCU 0
#define SCHED_SLOT_NR 4

/* "mode=det seed=N strategy=sticky preempt=STEP:ACTOR,..." of the run so far, for reports. */
void sched_describe(struct sched *s, char *buf, size_t len);

/* Schedules as text: one hex digit pair per decision; parse returns -EINVAL on junk. */
int sched_schedule_format(const struct sched_schedule *s, char *buf, size_t len);
int sched_schedule_parse(struct sched_schedule *s, const char *text);
int sched_schedule_push(struct sched_schedule *s, u8 actor);
void sched_schedule_destroy(struct sched_schedule *s);
int sched_preempts_push(struct sched_preempts *p, const struct sched_preempt *e);
void sched_preempts_destroy(struct sched_preempts *p);
/* True preemptions among @p's entries (the others choose after a block or an exit). */
u32 sched_preempts_count(const struct sched_preempts *p);

const char *sched_status_name(enum sched_status st);
const char *sched_strategy_name(enum sched_strategy st);
int sched_strategy_parse(const char *name, enum sched_strategy *st);

#endif /* _GMEMSIM_LINUX_SCHED_H */
