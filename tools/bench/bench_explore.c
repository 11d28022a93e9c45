// SPDX-License-Identifier: GPL-2.0
/*
 * Explorer figures (issue "property tests"): executions per second on the
 * conversion family with programs of about 200 steps, one core; and for each
 * bug knob, the executions and seconds until the first violation.
 */
#include <stdio.h>
#include <stdlib.h>

#include <linux/bug_inject.h>

#include "bench.h"
#include "sim/explore.h"

static void bench_explore_rate(void)
{
	struct explore_opts o = { .family = FAM_CONVERSION, .size = EXPLORE_SMALL, .seed = 1,
				  .seconds = 2.0, .jobs = 1, .nr_shards = 1, .strategy = -1,
				  .out_dir = "/tmp" };
	struct explore_stats st;

	if (explore_run(&o, &st))
		return;
	printf("explore: conversion %.0f executions/s (1 core, %.0f steps each, %llu executions)\n",
	       st.executions / st.seconds, (double)st.steps / (double)(st.executions ? st.executions : 1),
	       (unsigned long long)st.executions);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void bench_explore_knobs(void)
{
	double secs[BUG_INJECT_NR];
	unsigned int found = 0;

	for (int k = 0; k < BUG_INJECT_NR; k++) {
		struct explore_opts o = { .family = FAM_ALL, .seed = 1, .seconds = 10.0,
					  .jobs = 1, .nr_shards = 1, .strategy = -1,
					  .stop_after = 1, .out_dir = "/tmp" };
		struct explore_stats st;

		bug_inject_clear_all();
		bug_inject_set(k, true);
		if (explore_run(&o, &st))
			continue;
		if (st.first_found_exec) {
			secs[found++] = st.first_found_seconds;
			printf("explore: knob %s (%s) found after %llu executions %.3f s\n",
			       bug_inject_table[k].name, bug_inject_table[k].zoo_id,
			       (unsigned long long)st.first_found_exec, st.first_found_seconds);
		} else {
			printf("explore: knob %s (%s) NOT found in %llu executions %.1f s\n",
			       bug_inject_table[k].name, bug_inject_table[k].zoo_id,
			       (unsigned long long)st.executions, st.seconds);
		}
	}
	bug_inject_clear_all();
	qsort(secs, found, sizeof(double), cmp_double);
	printf("explore: knobs found %u/%d, median time to first detection %.3f s\n", found,
	       BUG_INJECT_NR, found ? secs[found / 2] : 0.0);
}

BENCH(explore_rate, "explorer executions/s, conversion family, ~200-step programs",
      bench_explore_rate)
BENCH(explore_knobs, "per bug knob: executions and seconds to the first violation",
      bench_explore_knobs)
