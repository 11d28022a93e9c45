// SPDX-License-Identifier: GPL-2.0
/*
 * Real-size figures (issue 15): the shipped traces under traces/realsize/
 * (a 1G conversion both ways, a 1G punch, a 1G private and a 4G shared
 * pre-fault), each parsed and replayed in deterministic mode with
 * invariants at every scheduling point, as `gmemsim replay FILE` does.  One
 * line per trace: the wall time of its events (replay_result.run_ns), the
 * scheduling points and the points per second; the best of REALSIZE_TRIES.
 * Goal: each under a second in the release build.
 */
#include <stdio.h>

#include "sim/replay.h"
#include "sim/trace.h"
#include "bench.h"

#define REALSIZE_TRIES 3

static const char *const realsize_traces[] = {
	"convert_1g", "punch_1g", "prefault_1g_private", "prefault_4g_shared",
};

static void realsize_one(const char *name)
{
	char path[512], err[256];
	u64 best_ns = 0, steps = 0;
	struct trace t;

	snprintf(path, sizeof(path), "%s/traces/realsize/%s.gms", GMEMSIM_SOURCE_DIR, name);
	if (trace_parse_file(path, &t, err, sizeof(err))) {
		printf("realsize: %s: %s\n", name, err);
		return;
	}
	for (int i = 0; i < REALSIZE_TRIES; i++) {
		struct replay_opts ro = { 0 };
		struct replay_result res;

		if (replay_trace(&t, &ro, &res, err, sizeof(err))) {
			printf("realsize: %s: %s\n", name, err);
			break;
		}
		if (!res.passed) {
			printf("realsize: %s: FAILED: %s\n", name, res.first_violation);
			replay_result_destroy(&res);
			break;
		}
		if (!best_ns || res.run_ns < best_ns)
			best_ns = res.run_ns;
		steps = res.steps;
		replay_result_destroy(&res);
	}
	trace_destroy(&t);
	if (best_ns)
		printf("realsize: %s det %.0f ms, %.2f M points, %.2f M points/s\n", name,
		       best_ns / 1e6, steps / 1e6, steps * 1e3 / best_ns);
}

static void bench_realsize(void)
{
	for (size_t i = 0; i < sizeof(realsize_traces) / sizeof(realsize_traces[0]); i++)
		realsize_one(realsize_traces[i]);
}

BENCH(realsize, "real sizes: 1G conversions and punch, 1G and 4G pre-faults (det, full checks)",
      bench_realsize);
