// SPDX-License-Identifier: GPL-2.0
/*
 * Replay figures (issue 6).  Traces come from the generator
 * (tools/tracegen), are written to memory, parsed with the trace parser and
 * replayed through sim/replay.h like `gmemsim replay` does; each figure times
 * the events alone (replay_result.run_ns: not set-up, not teardown):
 *  - tlb-hit: events/s with 1 vCPU thread and with 2, and their ratio
 *    (the same events per vCPU);
 *  - fault-heavy: faults/s per vCPU thread with 1 and 2 (every access a new
 *    page, private and shared in turn), and the ratio;
 *  - conversion-heavy and mixed: events/s with 2 vCPUs (barriers included);
 *  - det: scheduling steps/s of the mixed trace under the deterministic
 *    scheduler (random walk), invariants checked every DET_CHECK_EVERY points;
 *  - metadata: kmalloc bytes live after the 1-thread fault-heavy replay (less
 *    those before its set-up) per distinct 4K page the trace touched.
 * Each throughput figure is the best of BENCH_TRIES replays.  The machine may
 * be shared: the scaling lines come twice, from wall time and from CPU time
 * (what two threads on two idle cores would give), and the last line is the
 * load average.
 * Goals (issue 6, 2 cores): tlb-hit >= 5 M events/s on one thread,
 * fault-heavy >= 1 M faults/s per thread, >= 1.6x with two threads,
 * <= 128 bytes per touched page.
 */
#include <stdio.h>
#include <stdlib.h>

#include "sim/replay.h"
#include "sim/trace.h"
#include "tools/tracegen/tracegen.h"
#include "bench.h"

#define TLB_EVENTS_PER_VCPU 2000000ULL
#define FAULT_EVENTS_PER_VCPU 1000000ULL
#define CONV_EVENTS 100000ULL
#define DET_EVENTS 5000ULL
#define DET_CHECK_EVERY 1024
#define BENCH_TRIES 3
#define SEED 1

struct replay_fig {
	struct replay_result res;
	struct tracegen_stats gen;
	bool ok;
};

/* Generate, parse and replay one trace; false (reported) if anything failed. */
static bool replay_one(enum tracegen_profile profile, unsigned int vcpus, u64 events,
		       enum replay_mode mode, struct replay_fig *fig)
{
	struct tracegen_opts go = { .profile = profile, .seed = SEED, .events = events,
				    .vcpus = vcpus };
	struct replay_opts ro = { .mode = mode, .mode_set = true, .seed = SEED, .seed_set = true,
				  .check_every = DET_CHECK_EVERY };
	char name[64], err[256];
	struct trace t;
	size_t len;
	char *text;
	int ret;

	snprintf(name, sizeof(name), "tracegen:%s:%uvcpu", tracegen_profile_name(profile), vcpus);
	fig->ok = false;
	text = tracegen_text(&go, &len, &fig->gen, &ret);
	if (!text) {
		printf("replay: %s: generator failed: %d\n", name, ret);
		return false;
	}
	ret = trace_parse_string(name, text, &t, err, sizeof(err));
	free(text);
	if (ret) {
		printf("replay: %s: %s\n", name, err);
		return false;
	}
	ret = replay_trace(&t, &ro, &fig->res, err, sizeof(err));
	if (ret)
		printf("replay: %s: %s\n", name, err);
	else if (!fig->res.passed)
		printf("replay: %s: FAILED: %s\n", name, fig->res.first_violation);
	fig->ok = !ret && fig->res.passed;
	if (!ret)
		replay_result_destroy(&fig->res);
	trace_destroy(&t);
	return fig->ok;
}

static double per_s(u64 n, u64 ns)
{
	return ns ? (double)n * 1e9 / (double)ns : 0;
}

/* Best of BENCH_TRIES: per second of wall time and per CPU-second of the event phase. */
struct rate {
	double wall, cpu;
};

static struct rate best_rate(enum tracegen_profile profile, unsigned int vcpus, u64 events,
			     bool faults, struct replay_fig *fig)
{
	struct rate best = { 0, 0 };

	for (int i = 0; i < BENCH_TRIES; i++) {
		u64 n;

		if (!replay_one(profile, vcpus, events, REPLAY_FREE, fig))
			return (struct rate){ 0, 0 };
		n = faults ? fig->res.vcpu_stat.faults : fig->res.stats.events;
		best.wall = max(best.wall, per_s(n, fig->res.run_ns));
		best.cpu = max(best.cpu, per_s(n, fig->res.run_cpu_ns));
	}
	return best;
}

static double ratio(double a, double b)
{
	return b ? a / b : 0;
}

/*
 * Two threads against one: the wall-clock ratio, and the ratio the CPU time
 * predicts when each thread has a core of its own (2x the work per
 * CPU-second, relative): on a shared machine the first also measures the
 * other processes, the second only the model's contention.
 */
static void print_scaling(const char *what, struct rate one, struct rate two)
{
	printf("replay: %s 2 threads %.2fx\n", what, ratio(two.wall, one.wall));
	printf("replay: %s 2 threads %.2fx from CPU time\n", what, 2 * ratio(two.cpu, one.cpu));
}

static void bench_replay(void)
{
	struct rate tlb1, tlb2, f1, f2, r;
	struct replay_fig fig;
	double load[1] = { 0 };
	long bytes;
	u64 pages;

	tlb1 = best_rate(TRACEGEN_TLB_HIT, 1, TLB_EVENTS_PER_VCPU, false, &fig);
	printf("replay: tlb-hit 1 thread %.2f M events/s\n", tlb1.wall / 1e6);
	tlb2 = best_rate(TRACEGEN_TLB_HIT, 2, 2 * TLB_EVENTS_PER_VCPU, false, &fig);
	printf("replay: tlb-hit 2 threads %.2f M events/s\n", tlb2.wall / 1e6);
	print_scaling("tlb-hit", tlb1, tlb2);

	f1 = best_rate(TRACEGEN_FAULT_HEAVY, 1, FAULT_EVENTS_PER_VCPU, true, &fig);
	printf("replay: fault-heavy 1 thread %.2f M faults/s\n", f1.wall / 1e6);
	printf("replay: fault-heavy 1 thread %.2f M faults/CPU-second\n", f1.cpu / 1e6);
	/* The last 1-thread run: model memory per page it touched. */
	bytes = fig.ok ? fig.res.model_bytes : 0;
	pages = fig.ok ? fig.gen.new_pages : 0;
	f2 = best_rate(TRACEGEN_FAULT_HEAVY, 2, 2 * FAULT_EVENTS_PER_VCPU, true, &fig);
	printf("replay: fault-heavy 2 threads %.2f M faults/s per thread\n", f2.wall / 2 / 1e6);
	print_scaling("fault-heavy", f1, f2);
	printf("replay: metadata %.0f bytes/touched page\n", ratio((double)bytes, (double)pages));

	r = best_rate(TRACEGEN_CONVERSION_HEAVY, 2, CONV_EVENTS, false, &fig);
	printf("replay: conversion-heavy 2 threads %.2f M events/s\n", r.wall / 1e6);
	r = best_rate(TRACEGEN_MIXED, 2, CONV_EVENTS, false, &fig);
	printf("replay: mixed 2 threads %.2f M events/s\n", r.wall / 1e6);

	r.wall = 0;
	for (int i = 0; i < BENCH_TRIES; i++)
		if (replay_one(TRACEGEN_MIXED, 2, DET_EVENTS, REPLAY_DET, &fig))
			r.wall = max(r.wall, per_s(fig.res.steps, fig.res.run_ns));
	printf("replay: det %.2f M steps/s\n", r.wall / 1e6);
	/* Other processes on the machine lower the wall-clock figures. */
	getloadavg(load, 1);
	printf("replay: loadavg %.2f\n", load[0]);
}
BENCH(replay, "trace replay: TLB-hit, fault and conversion traces, free and det modes",
      bench_replay);
