// SPDX-License-Identifier: GPL-2.0
/*
 * Scheduler figures: the cost of a deterministic-mode switch and step, and
 * executions per second of a 100-step toy program (the explorer's unit of work).
 */
#include <stdio.h>

#include <linux/sched.h>

#include "bench.h"

struct toy {
	int points;
	int shared;
};

static void toy_actor(void *arg)
{
	struct toy *t = arg;

	for (int i = 0; i < t->points; i++) {
		WRITE_ONCE(t->shared, READ_ONCE(t->shared) + 1);
		sched_point("toy");
	}
}

static void run_toy(u64 seed, enum sched_strategy strat, int points, struct sched_result *res)
{
	struct toy t = { .points = points };
	struct sched_actor actors[] = { { "a", toy_actor, &t }, { "b", toy_actor, &t } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .strategy = strat, .seed = seed,
				.pct_steps_hint = 2 * points, .max_stall = 1ull << 40,
				.max_steps = 1ull << 40 };

	if (sched_run(&o, actors, 2, res))
		fprintf(stderr, "bench: toy run failed\n");
}

static void bench_switch(void)
{
	struct sched_result res;
	u64 t0 = bench_now_ns(), dt;

	run_toy(1, SCHED_STRATEGY_RANDOM, 2000000, &res);
	dt = bench_now_ns() - t0;
	printf("sched: det step %.1f ns (random, 2 actors, %llu steps)\n",
	       (double)dt / res.steps, (unsigned long long)res.steps);
	printf("sched: det switch %.1f ns (%llu switches)\n", (double)dt / res.switches,
	       (unsigned long long)res.switches);
	sched_result_destroy(&res);
}

static void bench_exec(void)
{
	for (int strat = 0; strat < SCHED_STRATEGY_NR; strat++) {
		u64 t0 = bench_now_ns(), n = 0, steps = 0;

		while (bench_now_ns() - t0 < 1000000000ull) {
			for (int i = 0; i < 256; i++, n++) {
				struct sched_result res;

				run_toy(n, strat, 50, &res);
				steps += res.steps;
				sched_result_destroy(&res);
			}
		}
		printf("sched: executions %.0f /s (%s, 100-step program, %.0f steps each)\n",
		       n * 1e9 / (bench_now_ns() - t0), sched_strategy_name(strat),
		       (double)steps / n);
	}
}

BENCH(sched_switch, "deterministic-mode step and switch cost", bench_switch)
BENCH(sched_exec, "executions/s of a 100-step two-actor program", bench_exec)
