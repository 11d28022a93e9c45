// SPDX-License-Identifier: GPL-2.0
/*
 * The deterministic scheduler (kernel/sched): planted races and deadlocks are
 * found and replay, seeds name schedules, free mode runs in parallel.
 */
/* gmemsim-test-layer: kernel */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/mutex.h>
#include <linux/sched.h>

static u64 base_seed;

/* ---- a lost update: read, yield, write back ---- */

struct counter {
	int value;
	int rounds;
};

static void racy_inc(void *arg)
{
	struct counter *c = arg;

	for (int i = 0; i < c->rounds; i++) {
		int v = READ_ONCE(c->value);

		sched_point("between load and store");
		WRITE_ONCE(c->value, v + 1);
		sched_point("after store");
	}
}

static int run_counter(const struct sched_opts *o, struct sched_result *res, int rounds)
{
	struct counter c = { .rounds = rounds };
	struct sched_actor actors[] = {
		{ "a", racy_inc, &c },
		{ "b", racy_inc, &c },
	};
	int ret = sched_run(o, actors, 2, res);

	assert_int_equal(ret, 0);
	return c.value;
}

/*
 * The lost update needs one specific preemption; both strategies must find it
 * within a bounded number of seeds, and the saved schedule must replay it.
 */
static void find_lost_update(enum sched_strategy strat)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = strat, .pct_depth = 2,
				.pct_steps_hint = 12 };
	struct sched_result res, again;
	int found = -1;

	for (int i = 0; i < 200 && found < 0; i++) {
		o.seed = base_seed + i;
		if (run_counter(&o, &res, 3) != 6)
			found = i;
		else
			sched_result_destroy(&res);
	}
	assert_true(found >= 0);
	print_message("  %s: lost update found at seed %llu (%llu decisions)\n",
		      sched_strategy_name(strat), (unsigned long long)o.seed,
		      (unsigned long long)res.decisions);

	/* Replay from the schedule alone: a different seed, the same run. */
	struct sched_opts r = { .mode = SCHED_MODE_DET, .seed = o.seed + 1000,
				.replay = &res.schedule, .replay_exact = true };
	int v1 = run_counter(&o, &again, 3);
	int v2;
	struct sched_result third;

	assert_int_equal(again.hash, res.hash);
	v2 = run_counter(&r, &third, 3);
	assert_int_equal(v1, v2);
	assert_true(v2 != 6);
	assert_int_equal(third.hash, res.hash);
	sched_result_destroy(&third);
	sched_result_destroy(&again);
	sched_result_destroy(&res);
}

static void test_lost_update_random(void **state)
{
	find_lost_update(SCHED_STRATEGY_RANDOM);
}

static void test_lost_update_pct(void **state)
{
	find_lost_update(SCHED_STRATEGY_PCT);
}

static void test_same_seed_same_schedule(void **state)
{
	for (int strat = 0; strat < SCHED_STRATEGY_NR; strat++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = strat,
					.seed = base_seed + 7 };
		struct sched_result a, b, c;

		run_counter(&o, &a, 50);
		run_counter(&o, &b, 50);
		o.seed++;
		run_counter(&o, &c, 50);
		assert_int_equal(a.hash, b.hash);
		assert_int_equal(a.schedule.len, b.schedule.len);
		assert_memory_equal(a.schedule.dec, b.schedule.dec, a.schedule.len);
		/* sticky draws nothing: the seed cannot change its schedule */
		if (strat == SCHED_STRATEGY_STICKY)
			assert_int_equal(a.hash, c.hash);
		else
			assert_int_not_equal(a.hash, c.hash);
		sched_result_destroy(&a);
		sched_result_destroy(&b);
		sched_result_destroy(&c);
	}
}

/* A replayed prefix continues with the strategy, and stays a valid run. */
static void test_replay_prefix_then_random(void **state)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + 3 };
	struct sched_result full, cont;

	run_counter(&o, &full, 20);
	full.schedule.len /= 2;
	o.replay = &full.schedule;
	o.seed += 99;
	run_counter(&o, &cont, 20);
	assert_memory_equal(cont.schedule.dec, full.schedule.dec, full.schedule.len);
	assert_int_equal(cont.status, SCHED_DONE);
	sched_result_destroy(&cont);
	sched_result_destroy(&full);
}

/*
 * Every run's preemption form, followed by the sticky strategy, is the same
 * run bit for bit, whatever strategy and seed made it; and the lost update
 * needs exactly one true preemption.
 */
static void test_preempts_replay_exactly(void **state)
{
	for (int strat = 0; strat < SCHED_STRATEGY_NR; strat++) {
		for (int i = 0; i < 20; i++) {
			struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = strat,
						.seed = base_seed + 11 * i, .pct_steps_hint = 30 };
			struct sched_result a, b;
			int va, vb;

			va = run_counter(&o, &a, 10);
			o.strategy = SCHED_STRATEGY_STICKY;
			o.seed += 12345;	/* the counter takes no model randomness */
			o.preempt = &a.preempts;
			vb = run_counter(&o, &b, 10);
			assert_int_equal(va, vb);
			assert_int_equal(a.hash, b.hash);
			assert_int_equal(a.steps, b.steps);
			assert_int_equal(a.preempts.len, b.preempts.len);
			for (u32 k = 0; k < a.preempts.len; k++) {
				assert_int_equal(a.preempts.p[k].step, b.preempts.p[k].step);
				assert_int_equal(a.preempts.p[k].actor, b.preempts.p[k].actor);
			}
			if (strat == SCHED_STRATEGY_STICKY)
				assert_int_equal(a.preempts.len, 0);
			sched_result_destroy(&a);
			sched_result_destroy(&b);
		}
	}
}

static void test_one_preemption_loses_an_update(void **state)
{
	/* a reads at step 1's decision; b runs in between at the next point: one update lost. */
	struct sched_preempt e[] = { { .step = 2, .actor = 1 } };
	struct sched_preempts p = { e, 1, 1 };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = SCHED_STRATEGY_STICKY,
				.preempt = &p };
	struct sched_result res;

	assert_int_equal(run_counter(&o, &res, 1), 1);
	assert_int_equal(res.preempts.len, 1);
	assert_int_equal(sched_preempts_count(&res.preempts), 1);
	assert_int_equal(res.preempts.p[0].from, 0);
	assert_true(res.preempts.p[0].preempted);
	sched_result_destroy(&res);
}

/* A preemption to an actor that cannot run there, or at a passed point, diverges. */
static void test_preempt_divergence(void **state)
{
	struct counter c = { .rounds = 1 };
	struct sched_actor actors[] = { { "a", racy_inc, &c }, { "b", racy_inc, &c } };
	struct sched_preempt e[] = { { .step = 2, .actor = 7 } };
	struct sched_preempts p = { e, 1, 1 };
	struct sched_schedule dec = { 0 };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .preempt = &p, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 2, &res), -ESRCH);
	assert_int_equal(res.status, SCHED_DIVERGED);
	sched_result_destroy(&res);
	/* one actor alone: every point has a single runnable actor */
	e[0].actor = 0;
	assert_int_equal(sched_run(&o, actors, 1, &res), -ESRCH);
	sched_result_destroy(&res);
	/* a preemption past the end of the run was never taken: diverged too */
	e[0] = (struct sched_preempt){ .step = 1000, .actor = 1 };
	assert_int_equal(sched_run(&o, actors, 2, &res), -ESRCH);
	assert_int_equal(res.status, SCHED_DIVERGED);
	sched_result_destroy(&res);
	/* the two forms at once make no sense */
	o.replay = &dec;
	assert_int_equal(sched_run(&o, actors, 2, NULL), -EINVAL);
}

/* Replaying a schedule that names an actor that cannot run is a divergence. */
/* Sticky never preempts: each actor runs to completion, lowest number first. */
static void test_sticky_runs_to_completion(void **state)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = SCHED_STRATEGY_STICKY };
	struct sched_result res;

	assert_int_equal(run_counter(&o, &res, 5), 10);
	assert_int_equal(res.switches, 3);	/* main -> a, a -> b, b -> main */
	sched_result_destroy(&res);
}

static void test_replay_divergence(void **state)
{
	struct counter c = { .rounds = 2 };
	struct sched_actor actors[] = { { "a", racy_inc, &c }, { "b", racy_inc, &c } };
	struct sched_schedule bad = { 0 };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .replay = &bad, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_schedule_parse(&bad, "00 07"), 0);
	assert_int_equal(sched_run(&o, actors, 2, &res), -ESRCH);
	assert_int_equal(res.status, SCHED_DIVERGED);
	sched_result_destroy(&res);
	sched_schedule_destroy(&bad);
}

static void test_schedule_text(void **state)
{
	struct sched_schedule s = { 0 }, t;
	char buf[64];

	for (int i = 0; i < 10; i++)
		sched_schedule_push(&s, (u8)(i * 3));
	assert_int_equal(sched_schedule_format(&s, buf, sizeof(buf)), 20);
	assert_string_equal(buf, "000306090c0f1215181b");
	assert_int_equal(sched_schedule_parse(&t, "# a comment\n0003 0609\n0c0f1215181b\n"), 0);
	assert_int_equal(t.len, 10);
	assert_memory_equal(t.dec, s.dec, 10);
	sched_schedule_destroy(&t);
	assert_int_equal(sched_schedule_parse(&t, "0x"), -EINVAL);
	assert_int_equal(sched_schedule_parse(&t, "012"), -EINVAL);
	/* Truncation keeps whole decisions. */
	assert_int_equal(sched_schedule_format(&s, buf, 6), 20);
	assert_string_equal(buf, "0003");
	sched_schedule_destroy(&s);
}

/* ---- ABBA deadlock ---- */

static DEFINE_MUTEX(lock_a);
static DEFINE_MUTEX(lock_b);

static void take_ab(void *arg)
{
	mutex_lock(&lock_a);
	sched_point("between a and b");
	mutex_lock(&lock_b);
	mutex_unlock(&lock_b);
	mutex_unlock(&lock_a);
}

static void take_ba(void *arg)
{
	mutex_lock(&lock_b);
	sched_point("between b and a");
	mutex_lock(&lock_a);
	mutex_unlock(&lock_a);
	mutex_unlock(&lock_b);
}

static char *capture_stderr(void (*fn)(void *), void *arg)
{
	char path[] = "/tmp/gmemsim-sched-XXXXXX";
	int fd = mkstemp(path), saved = dup(2);
	char *text = calloc(1, 1 << 16);

	fflush(stderr);
	dup2(fd, 2);
	fn(arg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	assert_true(read(fd, text, (1 << 16) - 1) >= 0);
	close(fd);
	unlink(path);
	return text;
}

struct abba {
	int deadlocks;
	u64 seed;
};

static void run_abba(void *arg)
{
	struct abba *r = arg;
	struct sched_actor actors[] = { { "vcpu0", take_ab, NULL }, { "vmm", take_ba, NULL } };

	for (int i = 0; i < 100 && !r->deadlocks; i++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + i };
		struct sched_result res;
		int ret = sched_run(&o, actors, 2, &res);

		if (ret == -EDEADLK) {
			assert_int_equal(res.status, SCHED_DEADLOCK);
			r->deadlocks++;
			r->seed = o.seed;
		}
		sched_result_destroy(&res);
		/* An abandoned run leaves its locks held: reset them for the next. */
		mutex_init(&lock_a);
		mutex_init(&lock_b);
	}
}

static void test_abba_deadlock_reported(void **state)
{
	struct abba r = { 0 };
	char *out = capture_stderr(run_abba, &r);

	if (getenv("GMEMSIM_VERBOSE"))
		fputs(out, stderr);
	assert_int_equal(r.deadlocks, 1);
	assert_non_null(strstr(out, "VIOLATION deadlock"));
	assert_non_null(strstr(out, "lock_a"));
	assert_non_null(strstr(out, "lock_b"));
	assert_non_null(strstr(out, "waiting (mutex"));
	assert_non_null(strstr(out, "wants &lock_b"));
	assert_non_null(strstr(out, "replay: mode=det seed="));
	free(out);
}

/* ---- livelock, BUG_ON, waits ---- */

static void spin_forever(void *arg)
{
	int *stop = arg;

	while (!READ_ONCE(*stop))
		sched_point("spin");
}

static void test_livelock_bound(void **state)
{
	int stop = 0;
	struct sched_actor actors[] = { { "a", spin_forever, &stop }, { "b", spin_forever, &stop } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .max_stall = 1000, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 2, &res), -ELOOP);
	assert_int_equal(res.status, SCHED_LIVELOCK);
	assert_int_equal(res.steps, 1001);
	sched_result_destroy(&res);
}

struct steady {
	int left;		/* units of work; each is 10 points, then progress */
};

static void steady_worker(void *arg)
{
	struct steady *w = arg;

	for (; w->left > 0 && !sched_draining(); w->left--) {
		for (int i = 0; i < 10; i++)
			sched_point("work");
		sched_progress();
	}
}

/*
 * The livelock bound is relative to progress: a run far longer than it that
 * completes a unit of work now and then is no livelock.  The budget ends a
 * run without a violation, once each actor has finished its unit of work.
 */
static void test_livelock_bound_is_relative(void **state)
{
	struct steady a = { 1000 }, b = { 1000 };
	struct sched_actor actors[] = { { "a", steady_worker, &a }, { "b", steady_worker, &b } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .max_stall = 100, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 2, &res), 0);
	assert_int_equal(res.status, SCHED_DONE);
	assert_true(res.steps > 20000);
	sched_result_destroy(&res);

	a.left = b.left = 1000;
	o.max_steps = 5000;
	assert_int_equal(sched_run(&o, actors, 2, &res), -E2BIG);
	assert_int_equal(res.status, SCHED_BUDGET);
	assert_int_equal(res.violations, 0);
	/* Drained: each worker ended the unit it was in (at most 11 more points each). */
	assert_true(res.steps > 5000 && res.steps <= 5001 + 2 * 11);
	assert_int_equal(res.unfinished, 0);
	assert_true(a.left > 0 && b.left > 0);
	sched_result_destroy(&res);
}

/* The record stops at its limit; the run goes on and says the record is cut. */
static void test_record_limit(void **state)
{
	struct steady a = { 100 }, b = { 100 };
	struct sched_actor actors[] = { { "a", steady_worker, &a }, { "b", steady_worker, &b } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = 3, .record_limit = 50,
				.quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 2, &res), 0);
	assert_true(res.record_truncated);
	assert_true(res.schedule.len <= 50 && res.preempts.len <= 50);
	assert_true(res.decisions > 50);
	sched_result_destroy(&res);
}

/* Bad options are refused before anything runs, and @res is still safe to destroy. */
static void test_bad_opts(void **state)
{
	struct steady a = { 1 };
	struct sched_actor actors[] = { { "a", steady_worker, &a } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = (enum sched_strategy)99 };
	struct sched_result res;

	memset(&res, 0xa5, sizeof(res));
	assert_int_equal(sched_run(&o, actors, 1, &res), -EINVAL);
	sched_result_destroy(&res);
	o.strategy = SCHED_STRATEGY_PCT;
	o.pct_depth = SCHED_MAX_PCT_DEPTH + 1;
	assert_int_equal(sched_run(&o, actors, 1, &res), -EINVAL);
	sched_result_destroy(&res);
}

static void bug_actor(void *arg)
{
	int *reached = arg;

	sched_point("before");
	BUG_ON(*reached == 0);
	*reached = 2;
}

static void test_bug_on_ends_only_the_run(void **state)
{
	int reached = 0;
	struct sched_actor actors[] = { { "a", bug_actor, &reached } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .quiet = true };
	struct sched_result res;
	unsigned long before = violations_reported();

	assert_int_equal(sched_run(&o, actors, 1, &res), -EFAULT);
	assert_int_equal(res.status, SCHED_BUG);
	assert_int_equal(reached, 0);
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(res.first_violation, "BUG_ON"));
	sched_result_destroy(&res);
}

struct mailbox {
	int full;
	int value;
	int got;
};

static bool mailbox_full(const void *arg)
{
	const struct mailbox *m = arg;

	/* Acquire: pairs with the producer's release, so m->value is visible. */
	return smp_load_acquire(&m->full);
}

static void consumer(void *arg)
{
	struct mailbox *m = arg;

	sched_wait_until(mailbox_full, m, "mailbox", "m");
	m->got = m->value;
}

static void producer(void *arg)
{
	struct mailbox *m = arg;

	sched_point("produce");
	m->value = 42;
	smp_store_release(&m->full, 1);
}

static void test_wait_until(void **state)
{
	for (int mode = 0; mode < 2; mode++) {
		for (int i = 0; i < 20; i++) {
			struct mailbox m = { 0 };
			struct sched_actor actors[] = { { "consumer", consumer, &m },
							{ "producer", producer, &m } };
			struct sched_opts o = { .mode = mode, .seed = base_seed + i };

			assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
			assert_int_equal(m.got, 42);
		}
	}
}

/* Free mode really runs in parallel: a shared atomic sees both actors. */
static void atomic_adder(void *arg)
{
	atomic_t *v = arg;

	for (int i = 0; i < 100000; i++)
		atomic_inc(v);
}

static void test_free_mode(void **state)
{
	atomic_t v = ATOMIC_INIT(0);
	struct sched_actor actors[] = { { "a", atomic_adder, &v }, { "b", atomic_adder, &v },
					{ "c", atomic_adder, &v } };
	struct sched_opts o = { .mode = SCHED_MODE_FREE };

	assert_int_equal(sched_run(&o, actors, 3, NULL), 0);
	assert_int_equal(atomic_read(&v), 300000);
}

static void test_bad_options(void **state)
{
	struct sched_actor a = { "a", producer, NULL };
	struct sched_opts o = { .mode = 7 };

	assert_int_equal(sched_run(&o, &a, 1, NULL), -EINVAL);
	o.mode = SCHED_MODE_DET;
	assert_int_equal(sched_run(&o, &a, 0, NULL), -EINVAL);
	o.strategy = SCHED_STRATEGY_NR;
	assert_int_equal(sched_run(&o, &a, 1, NULL), -EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lost_update_random),
		cmocka_unit_test(test_lost_update_pct),
		cmocka_unit_test(test_same_seed_same_schedule),
		cmocka_unit_test(test_replay_prefix_then_random),
		cmocka_unit_test(test_sticky_runs_to_completion),
		cmocka_unit_test(test_preempts_replay_exactly),
		cmocka_unit_test(test_one_preemption_loses_an_update),
		cmocka_unit_test(test_preempt_divergence),
		cmocka_unit_test(test_replay_divergence),
		cmocka_unit_test(test_schedule_text),
		cmocka_unit_test(test_abba_deadlock_reported),
		cmocka_unit_test(test_livelock_bound),
		cmocka_unit_test(test_livelock_bound_is_relative),
		cmocka_unit_test(test_record_limit),
		cmocka_unit_test(test_bad_opts),
		cmocka_unit_test(test_bug_on_ends_only_the_run),
		cmocka_unit_test(test_wait_until),
		cmocka_unit_test(test_free_mode),
		cmocka_unit_test(test_bad_options),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("sched_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
