/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Replaying a trace (no kernel counterpart).  Setup statements run first, in
 * file order; then every actor (vmm, host, vcpuN) runs its events in order,
 * concurrently with the others between barriers:
 *
 *  free     each actor on its own pthread, truly in parallel;
 *  det      actors as coroutines under the deterministic scheduler (seed,
 *           strategy, or a schedule to follow): reproducible bit for bit;
 *  ordered  one statement at a time in file order (each still run by its own
 *           actor), for traces whose order is the point.
 *
 * Invariants run at every check_every-th scheduling point (det), at every
 * barrier (all actors parked there) and at the end.  Every expect= that does
 * not hold, every invariant and every kernel WARN is a violation.
 */
#ifndef _GMEMSIM_SIM_REPLAY_H
#define _GMEMSIM_SIM_REPLAY_H

#include <linux/sched.h>
#include <linux/slab.h>

#include "sim/kdiff.h"
#include "sim/timeline.h"
#include "sim/trace.h"
#include "sim/world.h"

enum replay_mode {
	REPLAY_FREE,
	REPLAY_DET,
	REPLAY_ORDERED,
	REPLAY_MODE_NR,
};

struct replay_opts {
	enum replay_mode mode;
	bool mode_set;			/* else the trace's run statement, else det */
	u64 seed;
	bool seed_set;
	enum sched_strategy strategy;
	bool strategy_set;
	unsigned int pct_depth;
	const struct sched_schedule *schedule;	/* det: follow these decisions first */
	const struct sched_preempts *preempt;	/* det: or these preemptions (sticky between) */
	bool preempt_lenient;		/* skip entries that do not apply (shrinking) */
	struct timeline *timeline;	/* det: record switches and statements here */
	unsigned int check_every;	/* det: invariants every N points (0: every one) */
	u64 max_steps;			/* det: budget of scheduling points (0: the default) */
	bool quiet;			/* no violation reports printed */
	bool full_checks;		/* every check walks everything (world.full_checks) */
	bool no_kmalloc_leak_check;	/* free mode while other threads allocate too */
	/* The host to run on (--profile); NULL: the trace's vm profile=, else the default. */
	const struct kvm_host_profile *profile;
	/* Called after each event with the scheduling steps it spanned (det). */
	void (*on_stmt)(void *arg, const struct trace_stmt *st, u64 first_step, u64 last_step);
	void *on_stmt_arg;
};

struct replay_result {
	enum replay_mode mode;
	u64 seed;
	enum sched_strategy strategy;
	unsigned long violations;
	unsigned long repeats;		/* of those, reports not printed: same check, same site */
	char first_violation[256];
	char first_message[256];	/* its detail, when the events' run made it */
	u64 first_step;			/* the scheduling point it was made at (0: not in the run) */
	int first_actor;		/* replay actor index, or -1 */
	bool expected_violation_seen;	/* the trace's expect_violation, if any, happened */
	bool passed;
	enum sched_status status;	/* how the events' run ended (free mode: done) */
	u64 steps, decisions, schedule_hash;
	struct sched_schedule schedule;	/* det: the decisions taken (owned) */
	struct sched_preempts preempts;	/* det: the same in preemption form (owned) */
	struct world_stats stats;
	struct kvm_vm_stat vm_stat;
	struct kvm_vcpu_stat vcpu_stat;	/* summed over vCPUs */
	u64 invariant_checks;
	u64 ns;				/* wall time, for the summary only */
	u64 run_ns;			/* wall time of the events alone (benchmarks) */
	u64 run_cpu_ns;			/* CPU time of the process meanwhile (benchmarks) */
	long model_bytes;		/* kmalloc bytes live after the events, less before set-up */
	bool out_of_memory;		/* stopped at the memory budget (status SCHED_BUDGET) */
	struct kmalloc_budget_hit oom;	/* the allocation refused, if so */
	struct kdiff_result kernel;	/* an imported trace: agreement with the kernel (owned) */
};

int replay_mode_parse(const char *name, enum replay_mode *mode);
const char *replay_mode_name(enum replay_mode mode);

/*
 * Replay @t.  Returns 0 with @res filled (res->passed says whether it held),
 * or -errno when the world could not be built (message in @err).
 */
int replay_trace(const struct trace *t, const struct replay_opts *o, struct replay_result *res,
		 char *err, size_t errlen);
void replay_result_destroy(struct replay_result *res);

#endif /* _GMEMSIM_SIM_REPLAY_H */
