// SPDX-License-Identifier: GPL-2.0
/*
 * The replay engine (sim/replay.h).  One sched_run() covers the whole event
 * part of a trace in every mode, so a deterministic run is one schedule and
 * one replay line; barriers and the ordered mode's turns are wait conditions
 * like any other, which the deterministic scheduler sees and free mode spins
 * on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/atomic.h>
#include <linux/bug_inject.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "sim/invariants.h"
#include "sim/preempt.h"
#include "sim/replay.h"

#define NR_ACTORS(t) (TRACE_ACTOR_VCPU0 + (t)->nr_vcpus)

struct replay;

struct replay_actor {
	struct replay *r;
	int actor;		/* TRACE_ACTOR_* index */
	u32 *stmts;		/* indices of its events and of every barrier */
	u32 nr;
	char name[16];
};

struct replay {
	const struct trace *t;
	struct world w;
	enum replay_mode mode;
	unsigned int nr_actors;
	struct replay_actor actors[TRACE_ACTOR_VCPU0 + TRACE_MAX_VCPUS];
	/* barriers: arrivals per barrier, and how many have been released */
	atomic_t *arrived;
	atomic_t released;
	u32 nr_barriers;
	u32 *barrier_of;	/* statement index -> barrier number */
	/* ordered mode: index of the statement whose turn it is */
	atomic_t turn;
	const char *expect_kind;	/* expect_violation kind=, or NULL */
	struct replay_result *res;	/* set once the events ran: teardown collects */
	const struct replay_opts *o;
	unsigned long violations_before;
	bool quiet;
	bool stopped;			/* the events' run was stopped, not finished */
	struct kdiff *kd;		/* an imported trace: outcomes kept for the comparison */
};

static const char *const mode_names[] = {
	[REPLAY_FREE] = "free",
	[REPLAY_DET] = "det",
	[REPLAY_ORDERED] = "ordered",
};
_Static_assert(ARRAY_SIZE(mode_names) == REPLAY_MODE_NR, "mode_names");

int replay_mode_parse(const char *name, enum replay_mode *mode)
{
	for (int i = 0; i < REPLAY_MODE_NR; i++) {
		if (!strcmp(name, mode_names[i])) {
			*mode = i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *replay_mode_name(enum replay_mode mode)
{
	return (unsigned int)mode < REPLAY_MODE_NR ? mode_names[mode] : "?";
}

/* ---- barriers and turns ------------------------------------------------------------ */

struct barrier_wait {
	struct replay *r;
	u32 b;
};

static bool barrier_released(const void *arg)
{
	const struct barrier_wait *bw = arg;

	/* Acquire: pairs with the releaser's store, after its invariant check. */
	return (u32)atomic_read_acquire(&bw->r->released) > bw->b || sched_draining();
}

/*
 * Every actor arrives; the last one, with everybody else parked, checks the
 * invariants at this quiescent point and releases them all.
 */
static void replay_barrier(struct replay *r, u32 stmt)
{
	struct barrier_wait bw = { r, r->barrier_of[stmt] };

	if ((unsigned int)atomic_inc_return(&r->arrived[bw.b]) == r->nr_actors) {
		inv_check(&r->w, INV_QUIESCENT);
		sched_progress();
		atomic_set_release(&r->released, (int)bw.b + 1);
		return;
	}
	sched_wait_until(barrier_released, &bw, "barrier", r->t->file);
}

struct turn_wait {
	struct replay *r;
	u32 stmt;
};

static bool my_turn(const void *arg)
{
	const struct turn_wait *tw = arg;

	/* Acquire: the previous statement's effects are visible to this one. */
	return (u32)atomic_read_acquire(&tw->r->turn) == tw->stmt || sched_draining();
}

static u32 next_event(const struct trace *t, u32 i)
{
	for (i++; i < t->nr_stmt && t->stmt[i].op == TOP_BARRIER; i++)
		;
	return i;
}

/* ---- running statements ------------------------------------------------------------------ */

static void stmt_describe(const struct trace *t, const struct trace_stmt *st, char *buf,
			  size_t len)
{
	char actor[16];

	trace_actor_name(st->actor, actor, sizeof(actor));
	snprintf(buf, len, "%s: %s", actor, trace_ops[st->op].name);
}

static void run_stmt(struct replay *r, u32 idx, int actor)
{
	const struct trace_stmt *st = &r->t->stmt[idx];
	struct timeline *tl = r->o && st->actor >= TRACE_ACTOR_VMM ? r->o->timeline : NULL;
	u64 first = sched_steps();
	u32 slot = tl ? timeline_begin_stmt(tl, idx, st->actor, first) : 0;
	struct outcome out;
	char what[64], why[128];

	world_exec(&r->w, st, actor, &out);
	sched_progress();
	if (r->o && r->o->on_stmt && st->actor >= TRACE_ACTOR_VMM)
		r->o->on_stmt(r->o->on_stmt_arg, st, first, sched_steps());
	if (tl)
		timeline_end_stmt(tl, slot, sched_steps());
	if (r->kd) {	/* compared per recorded step once the run is over */
		kdiff_note(r->kd, idx, &out);
		return;
	}
	if (outcome_matches(st, &out, why, sizeof(why)))
		return;
	stmt_describe(r->t, st, what, sizeof(what));
	report_violation("expect", what, r->t->file, (int)st->line,
			 "%s:%u: %s: %s", r->t->file, st->line, what, why);
}

static void replay_actor_fn(void *arg)
{
	struct replay_actor *a = arg;
	struct replay *r = a->r;

	/* Free mode: each actor thread belongs to this run's process. */
	world_enter(&r->w);
	for (u32 k = 0; k < a->nr && !sched_draining(); k++) {
		u32 i = a->stmts[k];

		if (r->t->stmt[i].op == TOP_BARRIER) {
			if (r->mode != REPLAY_ORDERED)
				replay_barrier(r, i);
			continue;
		}
		if (r->mode == REPLAY_ORDERED) {
			struct turn_wait tw = { r, i };

			sched_wait_until(my_turn, &tw, "turn", r->t->file);
			if (sched_draining())
				break;
		}
		run_stmt(r, i, a->actor);
		if (r->mode == REPLAY_ORDERED)
			atomic_set_release(&r->turn, (int)next_event(r->t, i));
	}
}

static void replay_switch(void *arg, const struct sched_switch *sw)
{
	struct replay *r = arg;
	struct timeline *tl = r->o->timeline;
	u32 nr = tl->nr_sw;

	timeline_add_switch(tl, sw);
	if (tl->nr_sw > nr)
		timeline_capture(tl, &r->w, &tl->sw[nr].state);
}

static void replay_check(void *arg)
{
	struct replay *r = arg;
	struct timeline *tl = r->o->timeline;

	inv_check(&r->w, INV_STEP);
	/* The picture's state at the violation: the first check after its report. */
	if (tl && !tl->at_violation.valid &&
	    violations_reported_by_thread() != r->violations_before) {
		timeline_capture(tl, &r->w, &tl->at_violation);
		tl->violation_step = sched_steps();
	}
}

/* ---- set-up of a replay ---------------------------------------------------------------------- */

static int replay_plan(struct replay *r)
{
	const struct trace *t = r->t;

	r->nr_actors = NR_ACTORS(t);
	r->barrier_of = kvcalloc(t->nr_stmt + 1, sizeof(u32), GFP_KERNEL);
	if (!r->barrier_of)
		return -ENOMEM;
	for (u32 i = t->first_event; i < t->nr_stmt; i++)
		if (t->stmt[i].op == TOP_BARRIER)
			r->barrier_of[i] = r->nr_barriers++;
	r->arrived = kcalloc(r->nr_barriers + 1, sizeof(atomic_t), GFP_KERNEL);
	if (!r->arrived)
		return -ENOMEM;
	for (unsigned int a = 0; a < r->nr_actors; a++) {
		struct replay_actor *ra = &r->actors[a];

		ra->r = r;
		ra->actor = (int)a;
		trace_actor_name((int)a, ra->name, sizeof(ra->name));
		ra->stmts = kvcalloc(t->nr_stmt + 1, sizeof(u32), GFP_KERNEL);
		if (!ra->stmts)
			return -ENOMEM;
		for (u32 i = t->first_event; i < t->nr_stmt; i++)
			if (t->stmt[i].actor == (int)a || t->stmt[i].op == TOP_BARRIER)
				ra->stmts[ra->nr++] = i;
	}
	atomic_set(&r->turn, (int)next_event(t, t->first_event - 1));
	return 0;
}

static void replay_unplan(struct replay *r)
{
	for (unsigned int a = 0; a < r->nr_actors; a++)
		kvfree(r->actors[a].stmts);
	kfree(r->arrived);
	kvfree(r->barrier_of);
}

/* The schedule to follow: the command line's, else the run line's schedule= or preempt=. */
struct follow {
	const struct sched_schedule *dec;
	const struct sched_preempts *pre;
	struct sched_schedule parsed_dec;
	struct sched_preempts parsed_pre;
};

/* The trace's own run= and expect_violation statements: defaults for @o. */
static void trace_defaults(struct replay *r, const struct replay_opts *in, struct replay_opts *o,
			   struct follow *fl)
{
	const struct trace *t = r->t;
	bool given = in->schedule || in->preempt;
	char why[128];
	size_t bad;

	*o = *in;
	fl->dec = in->schedule;
	fl->pre = in->preempt;
	if (!o->mode_set)
		o->mode = REPLAY_DET;
	for (u32 i = 0; i < t->first_event; i++) {
		const struct trace_stmt *st = &t->stmt[i];
		int k;

		if (st->op == TOP_EXPECT_VIOLATION) {
			r->expect_kind = t->strs[st->val[trace_param_index(TOP_EXPECT_VIOLATION,
									    "kind")]];
			continue;
		}
		if (st->op != TOP_RUN)
			continue;
		if (!in->mode_set && trace_has(st, (k = trace_param_index(TOP_RUN, "mode"))))
			o->mode = (enum replay_mode)st->val[k];
		if (!in->seed_set && trace_has(st, (k = trace_param_index(TOP_RUN, "seed"))))
			o->seed = st->val[k];
		if (!in->strategy_set &&
		    trace_has(st, (k = trace_param_index(TOP_RUN, "strategy"))))
			o->strategy = (enum sched_strategy)st->val[k];
		if (!in->pct_depth && trace_has(st, (k = trace_param_index(TOP_RUN, "pct_depth"))))
			o->pct_depth = (unsigned int)st->val[k];
		if (!in->check_every &&
		    trace_has(st, (k = trace_param_index(TOP_RUN, "check_every"))))
			o->check_every = (unsigned int)min_t(u64, st->val[k], UINT_MAX);
		if (given)
			continue;
		/* Both were checked when the trace was parsed. */
		if (trace_has(st, (k = trace_param_index(TOP_RUN, "schedule"))) &&
		    !sched_schedule_parse(&fl->parsed_dec, t->strs[st->val[k]]))
			fl->dec = &fl->parsed_dec;
		if (trace_has(st, (k = trace_param_index(TOP_RUN, "preempt"))) &&
		    !preempt_parse(t->strs[st->val[k]], &fl->parsed_pre, &bad, why, sizeof(why)))
			fl->pre = &fl->parsed_pre;
	}
}

/* A preemption naming an actor this trace does not have: bad input, said before the run. */
static int check_preempt_actors(const struct replay *r, const struct sched_preempts *p, char *err,
				size_t errlen)
{
	for (u32 i = 0; p && i < p->len; i++) {
		char name[16];

		if (p->p[i].actor < r->nr_actors)
			continue;
		trace_actor_name(p->p[i].actor, name, sizeof(name));
		snprintf(err, errlen, "%s: preemption at step %llu names %s, but the VM has %u vCPU(s)",
			 r->t->file, (unsigned long long)p->p[i].step, name, r->t->nr_vcpus);
		return -EINVAL;
	}
	return 0;
}

struct hint_ctx {
	const struct trace *t;
	const struct replay_opts *o;
	bool followed;			/* the run follows a given schedule or preemptions */
};

/* Past this many preemptions a replay command is no longer a line to paste. */
#define REPLAY_HINT_MAX_PREEMPTS 24

/* The command that replays this run up to the report, for violation reports. */
static void replay_hint(void *arg, const struct sched_preempts *p, char *buf, size_t len)
{
	const struct hint_ctx *h = arg;
	char knobs[256];
	int n;

	if (h->o->mode != REPLAY_DET) {
		snprintf(buf, len, "gmemsim replay --mode %s %s%s", replay_mode_name(h->o->mode),
			 h->t->file,
			 h->o->mode == REPLAY_FREE ? "   (free mode: the interleaving is not recorded;"
						     " try --mode det)" : "");
		return;
	}
	/*
	 * Sticky with the preemptions so far gives this run again up to here.  A
	 * long run of the strategy itself is given as the strategy and its seed:
	 * the same run, in a line a person can paste.
	 */
	if (!h->followed && p->len > REPLAY_HINT_MAX_PREEMPTS) {
		char depth[24] = "";

		if (h->o->strategy == SCHED_STRATEGY_PCT && h->o->pct_depth)
			snprintf(depth, sizeof(depth), " --pct-depth %u", h->o->pct_depth);
		bug_inject_format_opts(knobs, sizeof(knobs));
		snprintf(buf, len, "gmemsim replay --mode det --seed %llu --strategy %s%s%s %s",
			 (unsigned long long)h->o->seed, sched_strategy_name(h->o->strategy), depth,
			 knobs, h->t->file);
		return;
	}
	n = snprintf(buf, len, "gmemsim replay --mode det --seed %llu --strategy sticky",
		     (unsigned long long)h->o->seed);
	if (n > 0 && (size_t)n + 16 < len && p->len) {
		n += snprintf(buf + n, len - n, " --preempt ");
		preempt_format(p, buf + n, len - n);
		n = (int)strlen(buf);
	}
	/* Knobs from the command line; the trace's own inject= turns its knobs on itself. */
	bug_inject_format_opts(knobs, sizeof(knobs));
	if (n > 0 && (size_t)n < len)
		snprintf(buf + n, len - n, "%s %s", knobs, h->t->file);
}

static u64 now_ns(void)
{
	struct timespec ts;

	/* Wall time for the summary only; never a model decision. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

/* CPU time of every thread of the process (the actors' share of a run). */
static u64 cpu_ns(void)
{
	struct timespec ts;

	/* For the benchmark figures only; never a model decision. */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

static void collect(struct replay *r, struct replay_result *res)
{
	struct world *w = &r->w;

	world_stats_sum(w, &res->stats);
	if (w->kvm)
		res->vm_stat = w->kvm->stat;
	for (unsigned int i = 0; i < w->nr_vcpus; i++) {
		const struct kvm_vcpu_stat *s = &w->vcpu[i]->stat;

		res->vcpu_stat.accesses += s->accesses;
		res->vcpu_stat.tlb_hits += s->tlb_hits;
		res->vcpu_stat.walks += s->walks;
		res->vcpu_stat.faults += s->faults;
		res->vcpu_stat.retries += s->retries;
		res->vcpu_stat.exits += s->exits;
	}
}

/*
 * Setup and teardown run as the VMM alone.  In the deterministic modes they
 * run as a one-actor deterministic run (no decision to take, so nothing is
 * added to the schedule): RCU and SRCU are then logical there too, and the
 * world's creation and destruction wait for no real grace period.
 */
struct alone {
	struct replay *r;
	int (*fn)(struct replay *r, char *err, size_t errlen);
	char *err;
	size_t errlen;
	int ret;
};

static void alone_fn(void *arg)
{
	struct alone *a = arg;

	a->ret = a->fn(a->r, a->err, a->errlen);
}

static int run_alone(struct replay *r, enum replay_mode mode,
		     int (*fn)(struct replay *r, char *err, size_t errlen), char *err, size_t errlen)
{
	struct alone a = { r, fn, err, errlen, 0 };
	struct sched_actor vmm = { "vmm", alone_fn, &a };
	/* One actor cannot livelock against another; only the budget bounds it. */
	struct sched_opts so = { .mode = SCHED_MODE_DET, .quiet = r->quiet,
				 .max_stall = SCHED_DEFAULT_MAX_STEPS };

	if (mode == REPLAY_FREE) {
		alone_fn(&a);
		return a.ret;
	}
	sched_run(&so, &vmm, 1, NULL);
	return a.ret;
}

static int replay_setup(struct replay *r, char *err, size_t errlen)
{
	const struct trace *t = r->t;
	int ret = world_create(&r->w, t, r->o->profile, err, errlen);

	if (ret)
		return ret;
	r->w.full_checks = r->o->full_checks;
	for (u32 i = 0; i < t->first_event; i++) {
		const struct trace_stmt *st = &t->stmt[i];
		struct kmalloc_budget_hit hit;

		if (st->op != TOP_VM && st->op != TOP_RUN && st->op != TOP_EXPECT_VIOLATION)
			run_stmt(r, i, TRACE_ACTOR_VMM);
		/* A world that does not fit is refused before anything runs in it. */
		if (kmalloc_budget_exceeded(&hit)) {
			snprintf(err, errlen,
				 "%s:%u:1: the world does not fit in the memory budget of %ld MiB: "
				 "%zu more bytes asked with %ld MiB held (raise it with --max-memory)",
				 t->file, st->line, hit.budget >> 20, hit.size, hit.live >> 20);
			return -ENOMEM;
		}
	}
	return 0;
}

static int replay_teardown(struct replay *r, char *err, size_t errlen)
{
	if (r->res) {
		if (!r->stopped)
			inv_check(&r->w, INV_QUIESCENT);
		collect(r, r->res);
	}
	world_destroy(&r->w);
	return 0;
}

/* Reports of this replay so far: free-mode actors report on their own threads. */
static unsigned long run_violations(const struct replay *r, const struct sched_result *sr)
{
	return violations_reported_by_thread() - r->violations_before +
	       (r->mode == REPLAY_FREE ? sr->violations : 0);
}

/* Everything the replay allocated is freed again (RCU-deferred frees included). */
static void check_kmalloc_leak(const struct trace *t, long base, struct replay_result *res)
{
	long live = (res->mode == REPLAY_FREE ? kmalloc_live() : kmalloc_live_thread()) - base;

	if (live <= 0)
		return;
	report_violation("leak", "allocations live at teardown", __FILE__, __LINE__,
			 "%ld kmalloc object(s) made while replaying %s were never freed", live,
			 t->file);
	res->violations++;
	if (!res->first_violation[0])
		snprintf(res->first_violation, sizeof(res->first_violation),
			 "leak: allocations live at teardown");
	/* A trace that expects a violation passes on it; a leak after it is its wake. */
	if (!res->expected_violation_seen)
		res->passed = false;
}

int replay_trace(const struct trace *t, const struct replay_opts *in, struct replay_result *res,
		 char *err, size_t errlen)
{
	struct sched_actor actors[TRACE_ACTOR_VCPU0 + TRACE_MAX_VCPUS];
	struct follow fl = { 0 };
	/* Taken before anything of this replay exists; which one counts depends on the mode. */
	long kmalloc_base = kmalloc_live(), kmalloc_thread_base = kmalloc_live_thread();
	struct replay *r = kzalloc(sizeof(*r), GFP_KERNEL);
	struct sched_opts so = { 0 };
	struct replay_opts o;
	struct hint_ctx hint;
	struct sched_result sr = { 0 };
	struct kmalloc_track track;
	u64 checks0 = inv_checks_run(), t0 = now_ns();
	long bytes_base;
	u64 run_t0, cpu_t0;
	bool wreck;
	int ret;

	memset(res, 0, sizeof(*res));
	if (!r)
		return -ENOMEM;
	kmalloc_budget_clear();
	r->t = t;
	trace_defaults(r, in, &o, &fl);
	/* One OS thread does all of a det or ordered replay: its wreck can be found. */
	if (o.mode != REPLAY_FREE)
		kmalloc_track_begin(&track);
	r->mode = o.mode;
	r->quiet = o.quiet;
	r->o = &o;
	r->violations_before = violations_reported_by_thread();
	violations_thread_mark();
	/* Every replay is a fresh boot: WARN_ON_ONCE may fire again. */
	report_new_boot();
	report_set_quiet(o.quiet);

	ret = replay_plan(r);
	if (!ret)
		ret = check_preempt_actors(r, fl.pre, err, errlen);
	if (!ret) {
		r->kd = kdiff_create(t);
		ret = PTR_ERR_OR_ZERO(r->kd);
		if (ret)
			r->kd = NULL;
	}
	if (ret)
		goto out;
	/* The model's memory, not the replayer's plan. */
	bytes_base = kmalloc_live_bytes();
	ret = run_alone(r, o.mode, replay_setup, err, errlen);
	if (ret)
		goto out;

	for (unsigned int a = 0; a < r->nr_actors; a++)
		actors[a] = (struct sched_actor){ r->actors[a].name, replay_actor_fn, &r->actors[a] };
	hint = (struct hint_ctx){ t, &o, .followed = fl.dec || fl.pre };
	so.mode = o.mode == REPLAY_FREE ? SCHED_MODE_FREE : SCHED_MODE_DET;
	so.strategy = o.strategy;
	so.seed = o.seed;
	so.pct_depth = o.pct_depth;
	so.replay = o.mode == REPLAY_DET ? fl.dec : NULL;
	so.preempt = o.mode == REPLAY_DET && !fl.dec ? fl.pre : NULL;
	so.preempt_lenient = o.preempt_lenient;
	so.quiet = o.quiet;
	so.check = o.mode == REPLAY_DET ? replay_check : NULL;
	so.check_arg = r;
	so.check_every = o.check_every;
	so.on_switch = o.timeline ? replay_switch : NULL;
	so.on_switch_arg = r;
	if (o.timeline)
		timeline_watch(o.timeline, t);
	so.replay_hint = replay_hint;
	so.replay_hint_arg = &hint;
	so.max_steps = o.max_steps;
	run_t0 = now_ns();
	cpu_t0 = cpu_ns();
	if (sched_run(&so, actors, r->nr_actors, &sr) == -EINVAL) {
		snprintf(err, errlen, "%s: the scheduler refused these options", t->file);
		ret = -EINVAL;
		goto out;
	}
	res->run_ns = now_ns() - run_t0;
	res->run_cpu_ns = cpu_ns() - cpu_t0;
	res->model_bytes = kmalloc_live_bytes() - bytes_base;
	res->steps = sr.steps;
	res->decisions = sr.decisions;
	res->schedule_hash = sr.hash;
	res->schedule = sr.schedule;
	res->preempts = sr.preempts;
	res->first_actor = -1;
	if (sr.violations) {
		memcpy(res->first_message, sr.first_message, sizeof(res->first_message));
		res->first_step = sr.first_step;
		res->first_actor = sr.first_actor;
	}
	res->status = sr.status;
	res->out_of_memory = kmalloc_budget_exceeded(&res->oom);
	if (res->out_of_memory)
		res->status = SCHED_BUDGET;
	r->res = res;
	/*
	 * A stopped run (deadlock, livelock, BUG; a budget stop drains) abandoned its actors
	 * inside their statements, holding locks and references: what its
	 * teardown finds is that run's wake, not news.  It tears down quietly and
	 * its reports are not counted.
	 */
	r->stopped = sr.status != SCHED_DONE && sr.unfinished;
	if (r->stopped) {
		res->violations = run_violations(r, &sr);
		r->quiet = true;
		report_set_quiet(true);
	}
	run_alone(r, o.mode, replay_teardown, err, errlen);

	res->mode = o.mode;
	res->seed = o.seed;
	res->strategy = o.strategy;
	if (!r->stopped)
		res->violations = run_violations(r, &sr);
	/*
	 * Deterministic modes report everything on this thread, in order (setup,
	 * events, teardown); free-mode actors report on theirs.
	 */
	snprintf(res->first_violation, sizeof(res->first_violation), "%s",
		 o.mode == REPLAY_FREE && sr.first_violation[0] ? sr.first_violation :
								  violations_thread_first());
	res->invariant_checks = inv_checks_run() - checks0;
	res->repeats = report_boot_repeats();
	if (r->expect_kind) {
		res->expected_violation_seen =
			!strncmp(res->first_violation, r->expect_kind, strlen(r->expect_kind));
		res->passed = res->expected_violation_seen;
	} else {
		res->passed = !res->violations && res->status == SCHED_DONE;
	}
	if (r->kd) {
		kdiff_finish(r->kd, &res->kernel);
		r->kd = NULL;
		if (res->kernel.agree < res->kernel.steps) {
			res->passed = false;
			if (!res->first_violation[0])
				snprintf(res->first_violation, sizeof(res->first_violation),
					 "kernel-agreement: %.230s", res->kernel.first);
		}
	}
	res->ns = now_ns() - t0;
out:
	if (ret && r->w.t)
		run_alone(r, o.mode, replay_teardown, err, errlen);
	replay_unplan(r);
	kdiff_destroy(r->kd);
	sched_schedule_destroy(&fl.parsed_dec);
	sched_preempts_destroy(&fl.parsed_pre);
	/*
	 * What a stopped run's actors held, or what a run broken by a violation
	 * left referenced, its teardown could not free: free it now, as an
	 * exiting process's objects go, so campaigns neither grow nor leak.  A
	 * leak is a finding only of a run that had none before.
	 */
	wreck = r->stopped || (!ret && res->violations);
	/* A teardown stopped in its turn (blocked on the wreck) left the world built. */
	if (wreck)
		world_abandon(&r->w);
	kfree(r);
	if (o.mode != REPLAY_FREE)
		kmalloc_track_end(&track, wreck);
	if (!ret && !o.no_kmalloc_leak_check && !wreck && !res->out_of_memory)
		check_kmalloc_leak(t, res->mode == REPLAY_FREE ? kmalloc_base : kmalloc_thread_base,
				   res);
	/* Reports after this replay are news again. */
	kmalloc_budget_clear();
	report_set_quiet(false);
	return ret;
}

void replay_result_destroy(struct replay_result *res)
{
	kdiff_result_destroy(&res->kernel);
	sched_schedule_destroy(&res->schedule);
	sched_preempts_destroy(&res->preempts);
}
