// SPDX-License-Identifier: GPL-2.0
/*
 * The explorer (sim/explore*.c, sim/shrink.c): generated programs are valid and
 * deterministic, a clean model explores clean, and a shrunk failure is small
 * and still fails when replayed from its file.
 */
/* gmemsim-test-layer: sim */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/err.h>

#include "sim/explore.h"
#include "sim/replay.h"
#include "sim/trace.h"

static u64 base_seed;

/* Every family generates parseable programs, the same text for the same seed. */
static void test_generator(void **state)
{
	for (int f = 0; f <= FAM_NR; f++) {
		for (u64 k = 0; k < 50; k++) {
			char *a = explore_generate(f, base_seed + k, k % 2);
			char *b = explore_generate(f, base_seed + k, k % 2);
			struct trace t;
			char err[256];

			assert_non_null(a);
			assert_string_equal(a, b);
			if (trace_parse_string("gen", a, &t, err, sizeof(err)))
				fail_msg("family %s seed %llu: %s\n%s", explore_family_name(f),
					 (unsigned long long)(base_seed + k), err, a);
			assert_true(t.nr_stmt > t.first_event);
			trace_destroy(&t);
			free(a);
			free(b);
		}
	}
}

/* With no bug injected, a fixed seeded campaign over every family finds nothing. */
static void test_clean_campaign(void **state)
{
	for (int f = 0; f < FAM_NR; f++) {
		struct explore_opts o = { .family = f, .size = EXPLORE_SMALL, .seed = base_seed,
					  .iterations = 60, .jobs = 1, .nr_shards = 1,
					  .strategy = -1, .shrink = true, .out_dir = "/tmp" };
		struct explore_stats st;

		assert_int_equal(explore_run(&o, &st), 0);
		assert_int_equal(st.executions, 60);
		if (st.violations)
			fail_msg("family %s: %llu violations in a clean model", explore_family_name(f),
				 (unsigned long long)st.violations);
	}
}

/*
 * A planted failure: vcpu1 expects to read what was there before vcpu0's
 * write, so only interleavings with the read first pass.  The shrinker must
 * return a trace that still fails, replayed from its text alone.
 */
static const char planted[] =
	"gmemsim-trace 1\n"
	"vm type=default vcpus=2\n"
	"memfd_create name=shm size=2M\n"
	"mmap name=m len=2M prot=read|write shared memfd=shm\n"
	"set_memory_region slot=0 gpa=0 size=2M mem=m\n"
	"vcpu0: read gpa=0x2000\n"
	"vcpu0: write gpa=0x1000 value=7\n"
	"vcpu0: read gpa=0x3000\n"
	"vcpu1: read gpa=0x4000\n"
	"vcpu1: read gpa=0x1000 expect=value:0\n"
	"vcpu1: read gpa=0x5000\n";

static void test_shrink_planted(void **state)
{
	struct replay_opts ro = { .mode = REPLAY_DET, .mode_set = true, .seed_set = true,
				  .strategy_set = true, .quiet = true };
	struct replay_result res = { 0 };
	struct trace t, shrunk;
	char err[256];
	char *out = NULL;
	u64 seed;

	assert_int_equal(trace_parse_string("planted", planted, &t, err, sizeof(err)), 0);
	for (seed = base_seed; seed < base_seed + 200; seed++) {
		ro.seed = seed;
		assert_int_equal(replay_trace(&t, &ro, &res, err, sizeof(err)), 0);
		if (!res.passed)
			break;
		replay_result_destroy(&res);
	}
	assert_false(res.passed);
	assert_non_null(strstr(res.first_violation, "expect"));
	out = explore_shrink(planted, seed, ro.strategy, 0, &res.schedule, res.first_violation, 1);
	replay_result_destroy(&res);
	trace_destroy(&t);
	assert_non_null(out);

	/* Smaller: the unrelated reads are gone; the run line carries the schedule. */
	assert_null(strstr(out, "0x2000"));
	assert_null(strstr(out, "0x5000"));
	assert_non_null(strstr(out, "expect_violation kind=expect"));

	/* Replayed as a file would be: the expected violation happens, so it passes. */
	assert_int_equal(trace_parse_string("shrunk", out, &shrunk, err, sizeof(err)), 0);
	memset(&ro, 0, sizeof(ro));
	ro.quiet = true;
	assert_int_equal(replay_trace(&shrunk, &ro, &res, err, sizeof(err)), 0);
	assert_true(res.expected_violation_seen);
	assert_true(res.passed);
	replay_result_destroy(&res);
	trace_destroy(&shrunk);
	free(out);
}

/* A failure that does not reproduce is refused, not "shrunk" into a passing trace. */
static void test_shrink_refuses_passing(void **state)
{
	struct sched_schedule none = { 0 };

	assert_null(explore_shrink(planted, base_seed, SCHED_STRATEGY_STICKY, 0, &none,
				   "use-after-free: nothing", 1));
}

static void test_signature(void **state)
{
	char a[128], b[128];

	explore_signature("tlb-live: gfn 0x1ff -> pfn 123 gen 7", a, sizeof(a));
	explore_signature("tlb-live: gfn 0x2 -> pfn 99 gen 1234", b, sizeof(b));
	assert_string_equal(a, b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generator),
		cmocka_unit_test(test_signature),
		cmocka_unit_test(test_shrink_planted),
		cmocka_unit_test(test_shrink_refuses_passing),
		cmocka_unit_test(test_clean_campaign),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("explore_test: seed %llu (GMEMSIM_SEED)\n", (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
