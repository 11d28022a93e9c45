// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler core (kernel counterpart: kernel/sched/core.c, reduced to what
 * a race model needs: who runs next, and who is waiting for what).
 *
 * Deterministic mode runs every actor as a coroutine on the OS thread that
 * called sched_run().  Control passes only at scheduling points: the running
 * actor itself evaluates who is runnable (not finished, and not waiting or its
 * wait condition now true), asks the strategy (or the schedule being replayed)
 * to pick one, and switches straight to it.  Re-evaluating every wait
 * condition at each decision means no wake-up can be lost, and lets a deadlock
 * be seen the moment it happens: nobody runnable while somebody is unfinished.
 *
 * Simplifications: no preemption inside a step (a step is the code between two
 * scheduling points); no priorities or fairness beyond the strategy's; free
 * mode has no deadlock detection beyond a 10 s watchdog on waits.
 */
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/task_work.h>

#include "sched.h"

__thread struct sched *sched_det_current;
__thread struct sched *sched_this;
__thread struct task_struct *__current_task;

static __thread struct task_struct thread_task;

struct task_struct *__get_current_slow(void)
{
	/* A thread that is no actor (a test's main thread): a task of its own. */
	thread_task.id = -1;
	strcpy(thread_task.comm, "main");
	__current_task = &thread_task;
	return __current_task;
}

/* ---- tick hooks ------------------------------------------------------------ */

#define SCHED_MAX_TICKS 8
static void (*tick_fns[SCHED_MAX_TICKS])(struct sched *s);
static unsigned int nr_tick_fns;

void sched_register_tick(void (*fn)(struct sched *s))
{
	/* Registration happens in constructors, before any run: no lock needed. */
	BUG_ON(nr_tick_fns >= SCHED_MAX_TICKS);
	tick_fns[nr_tick_fns++] = fn;
}

bool sched_finishing(struct sched *s)
{
	return s->finishing;
}

void **sched_slot(struct sched *s, unsigned int idx)
{
	BUG_ON(idx >= SCHED_SLOT_NR);
	return &s->slots[idx];
}

static void run_hooks(struct sched *s)
{
	s->in_hook = true;
	for (unsigned int i = 0; i < nr_tick_fns; i++)
		tick_fns[i](s);
	if (s->opts.check && !s->finishing && --s->check_countdown == 0) {
		s->check_countdown = s->opts.check_every;
		s->opts.check(s->opts.check_arg);
	}
	s->in_hook = false;
}

/* ---- reports --------------------------------------------------------------- */

static void print_held_locks(const struct task_struct *t, FILE *f)
{
	if (!t->lockdep_depth) {
		fprintf(f, "      holds no locks\n");
		return;
	}
	for (int i = 0; i < t->lockdep_depth; i++) {
		const struct held_lock *h = &t->held_locks[i];

		/* lockdep records a lock before waiting for it, as the kernel's does. */
		bool wanted = i == t->lockdep_depth - 1 && t->wait_cond && t->wait_obj &&
			      !strcmp(t->wait_obj, h->instance->name);

		fprintf(f, "      %s %s%s (%s %s:%d)\n", wanted ? "wants" : "holds",
			h->instance->name, h->read ? " (shared)" : "",
			wanted ? "at" : "acquired at", h->file, h->line);
	}
}

void sched_print_actors(struct sched *s, FILE *f)
{
	for (unsigned int i = 0; i < s->nr; i++) {
		struct sched_actor_state *a = &s->actors[i];
		const struct task_struct *t = &a->task;

		if (a->done)
			fprintf(f, "    %s: finished\n", t->comm);
		else if (t->wait_cond)
			fprintf(f, "    %s: waiting (%s) for %s\n", t->comm, t->wait_reason,
				t->wait_obj ? t->wait_obj : "?");
		else
			fprintf(f, "    %s: %s at %s\n", t->comm, a == s->cur ? "running" : "runnable",
				a->last_point ? a->last_point : "start");
		print_held_locks(t, f);
	}
}

void sched_describe(struct sched *s, char *buf, size_t len)
{
	int n;

	if (s->mode == SCHED_MODE_FREE) {
		snprintf(buf, len, "mode=free seed=%llu", (unsigned long long)s->opts.seed);
		return;
	}
	/* The run so far in preemption form: sticky with these preemptions replays it. */
	n = snprintf(buf, len, "mode=det seed=%llu strategy=sticky preempt=",
		     (unsigned long long)s->opts.seed);
	for (u32 i = 0; i < s->rec_preempt.len && n >= 0 && (size_t)n < len; i++)
		n += snprintf(buf + n, len - n, "%s%llu:%u", i ? "," : "",
			      (unsigned long long)s->rec_preempt.p[i].step, s->rec_preempt.p[i].actor);
}

/* ---- switching --------------------------------------------------------------- */

static struct sched_ctx *ctx_of(struct sched *s, struct sched_actor_state *a)
{
	return a ? &a->ctx : &s->main_ctx;
}

static bool actor_runnable(const struct sched_actor_state *a);

static void note_switch(struct sched *s, struct sched_actor_state *prev,
			struct sched_actor_state *next, bool preempted)
{
	struct sched_switch sw = {
		.step = s->steps,
		.from = prev ? prev->task.id : -1,
		.to = next ? next->task.id : -1,
		.from_task = prev ? &prev->task : NULL,
		.from_point = prev && prev->last_point ? prev->last_point : "start",
		.from_model_point = prev ? prev->last_model_point : NULL,
		.preempted = preempted,
		.finished = prev && prev->done,
	};

	s->in_hook = true;
	s->opts.on_switch(s->opts.on_switch_arg, &sw);
	s->in_hook = false;
}

static void switch_to(struct sched *s, struct sched_actor_state *next, bool exiting)
{
	struct sched_actor_state *prev = s->cur;

	if (unlikely(s->opts.on_switch) && s->mode == SCHED_MODE_DET && !s->stopping)
		note_switch(s, prev, next, prev && !prev->done && actor_runnable(prev));

	s->switches++;
	s->cur = next;
	__current_task = next ? &next->task : &thread_task;
	sched_switch(ctx_of(s, prev), ctx_of(s, next), exiting);
}

/*
 * Abandon the run.  From an actor: back to sched_run(), never to return (the
 * unfinished actors' stacks are dropped as they are).  From the scheduler's own
 * context (the first decision) it only marks the run, and the caller returns.
 */
void sched_stop_run(struct sched *s, enum sched_status st)
{
	if (s->status == SCHED_DONE)
		s->status = st;
	s->stopping = true;
	if (s->cur)
		switch_to(s, NULL, true);
}

static bool actor_runnable(const struct sched_actor_state *a)
{
	if (a->done)
		return false;
	return !a->task.wait_cond || a->task.wait_cond(a->task.wait_arg);
}

static struct sched_actor_state *replay_pick(struct sched *s, struct sched_actor_state **runnable,
					     unsigned int nr)
{
	const struct sched_schedule *r = s->opts.replay;
	u8 want;

	if (s->replay_pos >= r->len)
		return NULL;
	want = r->dec[s->replay_pos++];
	for (unsigned int i = 0; i < nr; i++)
		if (runnable[i]->task.id == want)
			return runnable[i];
	report_violation("schedule", "replay diverged", __FILE__, __LINE__,
			 "decision %u names actor %u, which cannot run here", s->replay_pos - 1, want);
	sched_stop_run(s, SCHED_DIVERGED);
	return NULL;
}

static void preempt_diverged(struct sched *s, const struct sched_preempt *e, const char *why)
{
	if (s->opts.preempt_lenient)
		return;
	report_violation("schedule", "replay diverged", __FILE__, __LINE__,
			 "preemption %u (step %llu, to actor %u): %s",
			 (unsigned int)(e - s->opts.preempt->p),
			 (unsigned long long)e->step, e->actor, why);
	sched_stop_run(s, SCHED_DIVERGED);
}

/*
 * The listed preemption due at this step (consumed), or NULL.  One named at a
 * point where only one actor can run, or at a point already passed, is a
 * divergence; a lenient run skips it.
 */
static const struct sched_preempt *preempt_due(struct sched *s, unsigned int nr)
{
	const struct sched_preempts *p = s->opts.preempt;

	while (s->preempt_pos < p->len) {
		const struct sched_preempt *e = &p->p[s->preempt_pos];

		if (e->step > s->steps)
			return NULL;
		s->preempt_pos++;
		if (e->step == s->steps && nr > 1)
			return e;
		preempt_diverged(s, e, nr == 1 ? "only one actor can run there" :
						 "the point was passed");
		if (s->stopping)
			return NULL;
	}
	return NULL;
}

/* Following a preemption list: its entry at this step, sticky between, NULL past the end. */
static struct sched_actor_state *preempt_pick(struct sched *s, struct sched_actor_state **runnable,
					      unsigned int nr, unsigned int sticky)
{
	const struct sched_preempt *e = preempt_due(s, nr);

	if (s->stopping)
		return NULL;
	for (unsigned int i = 0; e && i < nr; i++)
		if (runnable[i]->task.id == e->actor)
			return runnable[i];
	if (e)
		preempt_diverged(s, e, "that actor cannot run there");
	/* Lenient: a skipped entry leaves sticky here, or the strategy once the list ran out. */
	return s->preempt_pos < s->opts.preempt->len ? runnable[sticky] : NULL;
}

/* @next runs where the sticky strategy would have run @sticky: one entry of the preemption form. */
static void record_preempt(struct sched *s, struct sched_actor_state *next,
			   struct sched_actor_state *sticky)
{
	struct sched_preempt e = {
		.step = s->steps,
		.actor = (u8)next->task.id,
		.from = s->cur ? (u8)s->cur->task.id : SCHED_NO_ACTOR,
		.preempted = s->cur && sticky == s->cur,
	};

	if (sched_preempts_push(&s->rec_preempt, &e))
		report_bug("sched", "preemption record", __FILE__, __LINE__, "out of memory");
}

/*
 * A deadlock in one line, for its message (and so for the explorer's
 * known-findings list): "vmm waits (folio lock) for folio holding
 * &mapping->invalidate_lock; host waits ...".  No numbers, no addresses.
 */
static void describe_waits(struct sched *s, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (unsigned int i = 0; i < s->nr && n < len; i++) {
		const struct task_struct *t = &s->actors[i].task;
		int held = t->lockdep_depth;

		if (s->actors[i].done || !t->wait_cond)
			continue;
		/* lockdep records a lock before waiting for it: that one is not held. */
		if (held && t->wait_obj && !strcmp(t->wait_obj, t->held_locks[held - 1].instance->name))
			held--;
		n += (size_t)snprintf(buf + n, len - n, "%s %s waits (%s) for %s", n ? ";" : "",
				      t->comm, t->wait_reason, t->wait_obj ? t->wait_obj : "?");
		for (int h = 0; h < held && n < len; h++)
			n += (size_t)snprintf(buf + n, len - n, "%s%s%s", h ? ", " : " holding ",
					      t->held_locks[h].instance->name,
					      t->held_locks[h].read ? " (shared)" : "");
	}
}

/*
 * The decision at a scheduling point: pick who runs next and switch to it.
 * Called by the running actor (@exiting: it has finished) or, for the first
 * decision, from the scheduler's own context.
 */
static void sched_decide(struct sched *s, bool exiting)
{
	struct sched_actor_state *runnable[SCHED_MAX_ACTORS];
	struct sched_actor_state *next = NULL;
	unsigned int nr = 0;

	if (unlikely(++s->steps - s->progress_step > s->opts.max_stall)) {
		report_violation("livelock", "no progress", __FILE__, __LINE__,
				 "no statement completed in %llu scheduling points (since step %llu)",
				 (unsigned long long)s->opts.max_stall,
				 (unsigned long long)s->progress_step);
		sched_stop_run(s, SCHED_LIVELOCK);
		return;
	}
	/*
	 * At the budget the run drains: each actor finishes the statement it is
	 * in and then stops (sched_draining()), so the world is whole for its
	 * teardown.  The livelock bound still holds while it drains.
	 */
	if (unlikely(s->steps > s->opts.max_steps) && !s->draining) {
		if (s->status == SCHED_DONE)
			s->status = SCHED_BUDGET;
		s->draining = true;
	}
	run_hooks(s);

	for (unsigned int i = 0; i < s->nr; i++)
		if (actor_runnable(&s->actors[i]))
			runnable[nr++] = &s->actors[i];

	if (unlikely(!nr)) {
		char waits[200];

		describe_waits(s, waits, sizeof(waits));
		report_violation("deadlock", "every actor is blocked", __FILE__, __LINE__,
				 "%u of %u actors unfinished, none can run:%s", s->nr - s->nr_done,
				 s->nr, waits);
		sched_stop_run(s, SCHED_DEADLOCK);
		return;
	}

	if (nr == 1) {
		next = runnable[0];
		if (unlikely(s->opts.preempt)) {
			preempt_due(s, nr);	/* nothing can be due here: only a divergence */
			if (s->stopping)
				return;
		}
	} else {
		unsigned int sticky = sched_sticky_pick(s, runnable, nr);

		if (s->opts.replay)
			next = replay_pick(s, runnable, nr);
		else if (s->opts.preempt)
			next = preempt_pick(s, runnable, nr, sticky);
		if (s->stopping)
			return;
		if (!next && s->opts.replay && s->opts.replay_exact) {
			report_violation("schedule", "replay exhausted", __FILE__, __LINE__,
					 "the run needs more than the %u recorded decisions",
					 s->opts.replay->len);
			sched_stop_run(s, SCHED_DIVERGED);
			return;
		}
		if (!next)
			next = runnable[sched_strategy_pick(s, runnable, nr)];
		s->decisions++;
		s->hash = sched_hash_step(s->hash, (u8)next->task.id);
		if (likely(!s->record_truncated)) {
			if (sched_schedule_push(&s->rec, (u8)next->task.id))
				report_bug("sched", "schedule record", __FILE__, __LINE__,
					   "out of memory");
			if (next != runnable[sticky])
				record_preempt(s, next, runnable[sticky]);
			s->record_truncated = s->rec.len >= s->opts.record_limit ||
					      s->rec_preempt.len >= s->opts.record_limit;
		}
	}

	if (next != s->cur)
		switch_to(s, next, exiting);
}

void __sched_point(const char *what)
{
	struct sched *s = sched_det_current;

	/* Hooks and the scheduler's own context never yield. */
	if (s->in_hook || !s->cur || s->stopping)
		return;
	s->cur->last_point = what;
	/* Model steps are named "function: what"; lock and atomic points are bare names. */
	if (unlikely(s->opts.on_switch) && strchr(what, ':'))
		s->cur->last_model_point = what;
	sched_decide(s, false);
}

static void free_wait(sched_cond_t cond, const void *arg, const char *reason, const char *obj)
{
	struct timespec start = { 0 }, now;

	for (unsigned long i = 0; !cond(arg); i++) {
		if (i < 64) {
			cpu_relax();
			continue;
		}
		sched_yield();
		if (i % 4096)
			continue;
		/* The watchdog reads a clock for diagnosis only, never for a model decision. */
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (!start.tv_sec) {
			start = now;
			continue;
		}
		if (now.tv_sec - start.tv_sec > 10)
			report_bug("deadlock", "free-mode wait over 10 s", __FILE__, __LINE__,
				   "%s waiting (%s) for %s", current->comm, reason, obj ? obj : "?");
	}
}

void sched_wait_until(sched_cond_t cond, const void *arg, const char *reason, const char *obj)
{
	struct sched *s = sched_det_current;
	struct task_struct *t;

	if (!s) {
		free_wait(cond, arg, reason, obj);
		return;
	}
	if (cond(arg))
		return;
	if (s->in_hook || !s->cur)
		report_bug("sched", "wait outside an actor", __FILE__, __LINE__,
			   "a hook or the scheduler context would block (%s for %s)", reason,
			   obj ? obj : "?");
	t = &s->cur->task;
	t->wait_cond = cond;
	t->wait_arg = arg;
	t->wait_reason = reason;
	t->wait_obj = obj;
	sched_decide(s, false);
	/* Chosen only while cond(arg) held, and nobody ran since. */
	t->wait_cond = NULL;
	t->wait_arg = NULL;
}

/* ---- actors -------------------------------------------------------------------- */

/* [task_work_run]: run current's queued work, newest first, until none is left. */
void task_work_run(void)
{
	struct task_struct *t = current;
	struct callback_head *work;

	while ((work = t->task_works)) {
		t->task_works = work->next;
		work->func(work);
	}
}

static void actor_check_exit(struct task_struct *t)
{
	if (t->lockdep_depth)
		report_violation("lockdep", "lock held at actor exit", __FILE__, __LINE__,
				 "%s returned holding %d lock(s), innermost %s", t->comm,
				 t->lockdep_depth, t->held_locks[t->lockdep_depth - 1].instance->name);
	if (t->rcu_read_lock_nesting)
		report_violation("rcu", "rcu_read_lock held at actor exit", __FILE__, __LINE__,
				 "%s returned inside %d RCU read section(s)", t->comm,
				 t->rcu_read_lock_nesting);
}

static __noreturn void det_trampoline(void)
{
	struct sched *s = sched_det_current;
	struct sched_actor_state *a = s->cur;

	sched_ctx_entered(&a->ctx);
	a->started = true;
	a->fn(a->arg);
	task_work_run();	/* exit_task_work() */
	actor_check_exit(&a->task);
	a->done = true;
	s->progress_step = s->steps;
	if (++s->nr_done == s->nr)
		switch_to(s, NULL, true);
	else
		sched_decide(s, true);
	__builtin_unreachable();
}

static void *free_trampoline(void *arg)
{
	struct sched_actor_state *a = arg;

	__current_task = &a->task;
	sched_this = a->task.sched;
	report_set_boot(sched_this->boot);
	rcu_thread_online();
	a->fn(a->arg);
	task_work_run();	/* exit_task_work() */
	actor_check_exit(&a->task);
	rcu_thread_offline();
	return NULL;
}

u64 sched_rand(void)
{
	static __thread u64 thread_rng;
	struct sched *s = sched_det_current;
	struct task_struct *t;

	if (s)
		return sched_splitmix64(&s->model_rng);
	/* Free mode: a per-actor stream, so one actor's draws do not depend on others'. */
	t = current;
	if (sched_this && t->priv)
		return sched_splitmix64(&((struct sched_actor_state *)t->priv)->rand_state);
	return sched_splitmix64(&thread_rng);
}

unsigned int sched_nr_actors(void)
{
	struct sched *s = sched_det_current ? sched_det_current : sched_this;

	return s ? s->nr : 0;
}

struct task_struct *sched_actor(unsigned int i)
{
	struct sched *s = sched_det_current ? sched_det_current : sched_this;

	return s && i < s->nr ? &s->actors[i].task : NULL;
}

u64 sched_steps(void)
{
	return sched_det_current ? sched_det_current->steps : 0;
}

bool sched_draining(void)
{
	struct sched *s = sched_det_current;

	return s && s->draining;
}

void sched_drain_at_budget(void)
{
	struct sched *s = sched_det_current;

	if (!s || s->draining)
		return;
	if (s->status == SCHED_DONE)
		s->status = SCHED_BUDGET;
	s->draining = true;
}

bool sched_points_disable(void)
{
	struct sched *s = sched_det_current;
	bool old;

	if (!s)
		return false;
	old = s->in_hook;
	s->in_hook = true;
	return old;
}

void sched_points_restore(bool old)
{
	struct sched *s = sched_det_current;

	if (s)
		s->in_hook = old;
}

void sched_progress(void)
{
	struct sched *s = sched_det_current;

	if (s)
		s->progress_step = s->steps;
}

/* ---- a run ------------------------------------------------------------------------ */

static int opts_fixup(struct sched_opts *o, unsigned int nr)
{
	if (!nr || nr > SCHED_MAX_ACTORS)
		return -EINVAL;
	if (o->mode != SCHED_MODE_FREE && o->mode != SCHED_MODE_DET)
		return -EINVAL;
	if ((unsigned int)o->strategy >= SCHED_STRATEGY_NR)
		return -EINVAL;
	if (!o->pct_depth)
		o->pct_depth = 3;
	if (!o->pct_steps_hint)
		o->pct_steps_hint = 1000;
	if (o->pct_depth > SCHED_MAX_PCT_DEPTH)
		return -EINVAL;
	if (!o->max_stall)
		o->max_stall = SCHED_DEFAULT_MAX_STALL;
	if (!o->max_steps)
		o->max_steps = SCHED_DEFAULT_MAX_STEPS;
	if (!o->record_limit)
		o->record_limit = SCHED_DEFAULT_RECORD_LIMIT;
	if (!o->stack_size)
		o->stack_size = 256 << 10;
	if (o->stack_size < (16 << 10))
		return -EINVAL;
	o->stack_size = PAGE_ALIGN(o->stack_size);
	if (!o->check_every)
		o->check_every = 1;
	if (o->replay && o->preempt)
		return -EINVAL;
	return 0;
}

static int run_free(struct sched *s)
{
	unsigned int started = 0;
	int ret = 0;

	for (; started < s->nr; started++) {
		if (pthread_create(&s->actors[started].thread, NULL, free_trampoline,
				   &s->actors[started])) {
			ret = -EAGAIN;
			break;
		}
	}
	for (unsigned int i = 0; i < started; i++)
		pthread_join(s->actors[i].thread, NULL);
	s->nr_done = started;
	return ret;
}

static int run_det(struct sched *s)
{
	struct task_struct *saved_current = __current_task;
	struct sched *saved_this = sched_this;
	unsigned int inited = 0;
	int ret = 0;

	if (sched_det_current)
		return -EBUSY;	/* no nested deterministic runs on one thread */

	for (; inited < s->nr; inited++) {
		ret = sched_ctx_init(&s->actors[inited].ctx, s->opts.stack_size, det_trampoline);
		if (ret)
			goto out;
	}
	sched_main_ctx_init(&s->main_ctx);
	sched_det_current = s;
	sched_this = s;
	s->check_countdown = s->opts.check_every;

	/* The first decision is taken from the scheduler's own context. */
	sched_decide(s, false);

	/* Back here when every actor finished or the run was stopped. */
	s->cur = NULL;
	__current_task = saved_current;
	/* Even a stopped run ends its modules' per-run state (RCU callbacks). */
	s->finishing = true;
	run_hooks(s);
	sched_main_ctx_release(&s->main_ctx);
	sched_det_current = NULL;
out:
	sched_this = saved_this;
	__current_task = saved_current;
	for (unsigned int i = 0; i < inited; i++)
		sched_ctx_release(&s->actors[i].ctx);
	return ret;
}

static int status_errno(const struct sched *s)
{
	switch (s->status) {
	case SCHED_DONE:
		return s->violations ? -EFAULT : 0;
	case SCHED_DEADLOCK:
		return -EDEADLK;
	case SCHED_LIVELOCK:
		return -ELOOP;
	case SCHED_BUDGET:
		return s->violations ? -EFAULT : -E2BIG;
	case SCHED_DIVERGED:
		return -ESRCH;
	case SCHED_BUG:
	default:
		return -EFAULT;
	}
}

int sched_run(const struct sched_opts *opts, const struct sched_actor *actors, unsigned int nr,
	      struct sched_result *res)
{
	struct sched *s;
	int ret;

	if (res)
		memset(res, 0, sizeof(*res));
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->opts = *opts;
	ret = opts_fixup(&s->opts, nr);
	if (ret)
		goto out_free;
	s->mode = s->opts.mode;
	s->nr = nr;
	s->hash = SCHED_HASH_INIT;
	s->boot = report_boot_id();
	s->actors = calloc(nr, sizeof(*s->actors));
	s->pct_change = calloc(s->opts.pct_depth, sizeof(u64));
	ret = -ENOMEM;
	if (!s->actors || !s->pct_change)
		goto out_free;

	for (unsigned int i = 0; i < nr; i++) {
		struct sched_actor_state *a = &s->actors[i];
		u64 seed = s->opts.seed ^ ((u64)i << 56);

		a->task.id = (int)i;
		snprintf(a->task.comm, TASK_COMM_LEN, "%s", actors[i].name ? actors[i].name : "actor");
		a->task.sched = s;
		a->task.priv = a;
		a->fn = actors[i].fn;
		a->arg = actors[i].arg;
		a->rand_state = sched_splitmix64(&seed);
	}
	sched_strategy_init(s);

	ret = s->mode == SCHED_MODE_DET ? run_det(s) : run_free(s);
	/* A strict preemption list must be used up: an entry past the run's end diverged too. */
	if (!ret && s->opts.preempt && !s->opts.preempt_lenient && s->status == SCHED_DONE &&
	    s->preempt_pos < s->opts.preempt->len) {
		report_violation("schedule", "replay diverged", __FILE__, __LINE__,
				 "the run ended at step %llu before preemption %u (step %llu)",
				 (unsigned long long)s->steps, s->preempt_pos,
				 (unsigned long long)s->opts.preempt->p[s->preempt_pos].step);
		s->status = SCHED_DIVERGED;
	}
	if (!ret)
		ret = status_errno(s);

	if (res) {
		memset(res, 0, sizeof(*res));
		res->status = s->status;
		res->steps = s->steps;
		res->switches = s->switches;
		res->decisions = s->decisions;
		res->hash = s->hash;
		res->violations = s->violations;
		memcpy(res->first_violation, s->first_violation, sizeof(res->first_violation));
		memcpy(res->first_message, s->first_message, sizeof(res->first_message));
		res->first_step = s->first_step;
		res->first_actor = s->violations ? s->first_actor : -1;
		res->schedule = s->rec;
		s->rec.dec = NULL;
		res->preempts = s->rec_preempt;
		s->rec_preempt = (struct sched_preempts){ 0 };
		res->record_truncated = s->record_truncated;
		res->unfinished = s->nr - s->nr_done;
	}
out_free:
	sched_schedule_destroy(&s->rec);
	sched_preempts_destroy(&s->rec_preempt);
	free(s->pct_change);
	free(s->actors);
	free(s);
	return ret;
}

void sched_result_destroy(struct sched_result *res)
{
	sched_schedule_destroy(&res->schedule);
	sched_preempts_destroy(&res->preempts);
}

static const char *const status_names[] = {
	[SCHED_DONE] = "done",
	[SCHED_DEADLOCK] = "deadlock",
	[SCHED_LIVELOCK] = "livelock",
	[SCHED_BUDGET] = "budget",
	[SCHED_BUG] = "bug",
	[SCHED_DIVERGED] = "diverged",
};
_Static_assert(ARRAY_SIZE(status_names) == SCHED_STATUS_NR, "status_names");

const char *sched_status_name(enum sched_status st)
{
	return (unsigned int)st < SCHED_STATUS_NR ? status_names[st] : "?";
}
