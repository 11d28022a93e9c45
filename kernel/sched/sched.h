/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Scheduler-internal definitions shared by the files of kernel/sched (kernel counterpart:
 * kernel/sched/sched.h).  Nothing outside kernel/sched includes this.
 */
#ifndef _GMEMSIM_KERNEL_SCHED_INTERNAL_H
#define _GMEMSIM_KERNEL_SCHED_INTERNAL_H

#include <linux/sched.h>
#include <pthread.h>
#include <stdio.h>

/* One coroutine stack with its sanitizer bookkeeping. */
struct sched_stack {
	void *base;		/* lowest usable address (guard page below) */
	size_t size;		/* usable bytes, below this descriptor */
	size_t map_size;	/* the stack size asked for: the cache's key */
	struct sched_stack *next;	/* per-thread cache */
};

struct sched_ctx {
	void *sp;			/* saved stack pointer while switched out */
	struct sched_stack *stack;	/* NULL for the scheduler's own (OS) context */
	void *asan_fake_stack;		/* ASan: fake stack of this context */
	void *asan_bottom;		/* ASan: stack bounds, told at each switch */
	size_t asan_size;
	void *tsan_fiber;		/* TSan: fiber handle */
};

struct sched_actor_state {
	struct task_struct task;	/* first: container_of from current */
	struct sched_ctx ctx;
	void (*fn)(void *arg);
	void *arg;
	bool done;
	bool started;
	const char *last_point;		/* what its latest scheduling point was */
	const char *last_model_point;	/* its latest named model step ("fn: what") */
	u64 prio;			/* PCT priority, higher runs first */
	pthread_t thread;		/* free mode */
	u64 rand_state;			/* free mode: per-actor sched_rand() stream */
};

struct sched {
	struct sched_opts opts;
	enum sched_mode mode;
	struct sched_actor_state *actors;
	unsigned int nr;
	unsigned int nr_done;
	struct sched_actor_state *cur;	/* running actor; NULL in the scheduler context */
	struct sched_ctx main_ctx;	/* the OS thread's context that called sched_run() */

	u64 strat_rng[4];		/* strategy decisions: xoshiro256** */
	u64 model_rng;			/* sched_rand(): splitmix64 stream */

	u64 steps, switches, decisions, hash;
	u64 progress_step;		/* the last sched_progress() (or actor exit) */
	struct sched_schedule rec;
	bool record_truncated;
	struct sched_preempts rec_preempt;	/* rec in preemption form */
	u32 replay_pos;
	u32 preempt_pos;			/* next entry of opts.preempt */

	/* PCT */
	u64 *pct_change;		/* sorted change points (steps) */
	unsigned int pct_nr_change, pct_next;

	enum sched_status status;
	bool stopping;			/* the run is being abandoned (deadlock, BUG) */
	bool draining;			/* at the budget: actors end their statements */
	bool finishing;			/* every actor returned; final tick */
	bool in_hook;			/* inside a tick or check hook: no scheduling */
	unsigned long violations;
	char first_violation[256];
	char first_message[256];
	u64 first_step;
	int first_actor;
	unsigned int check_countdown;
	unsigned long boot;		/* report_boot_id() of the caller: free-mode actors share it */

	void *slots[SCHED_SLOT_NR];
};

/* The run the calling thread belongs to (either mode), for reports. */
extern __thread struct sched *sched_this;

/* switch_x86_64.S */
void sched_ctx_switch(void **save_sp, void *next_sp);

/* stack.c */
int sched_ctx_init(struct sched_ctx *ctx, size_t stack_size, void (*entry)(void));
void sched_ctx_release(struct sched_ctx *ctx);
void sched_switch(struct sched_ctx *from, struct sched_ctx *to, bool from_exiting);
void sched_main_ctx_init(struct sched_ctx *ctx);
void sched_ctx_entered(struct sched_ctx *ctx);
void sched_main_ctx_release(struct sched_ctx *ctx);

/* strategy.c */
void sched_strategy_init(struct sched *s);
unsigned int sched_strategy_pick(struct sched *s, struct sched_actor_state **runnable,
				 unsigned int nr);
unsigned int sched_sticky_pick(struct sched *s, struct sched_actor_state **runnable,
			       unsigned int nr);
u64 sched_xoshiro_next(u64 st[4]);
u64 sched_splitmix64(u64 *state);

/* schedule.c */
u64 sched_hash_step(u64 hash, u8 actor);
#define SCHED_HASH_INIT 0xcbf29ce484222325ull

/* core.c */
void sched_stop_run(struct sched *s, enum sched_status st);
void sched_print_actors(struct sched *s, FILE *f);

#endif
