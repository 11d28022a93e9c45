/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test fixture shared by the sim-layer tests that poke at a world directly
 * (invariants_test, attr_filter_test): build the world of a trace text and run
 * every statement in file order from the calling thread, each statement by its
 * actor, failing the test on any unmet expect=.
 */
#ifndef _GMEMSIM_TESTS_WORLD_TEST_H
#define _GMEMSIM_TESTS_WORLD_TEST_H

#include <string.h>

#include "sim/trace.h"
#include "sim/world.h"

struct tw {
	struct trace t;
	struct world w;
};

static inline void tw_build(struct tw *x, const char *text)
{
	char err[256];

	memset(x, 0, sizeof(*x));
	if (trace_parse_string("world_test", text, &x->t, err, sizeof(err)))
		fail_msg("%s", err);
	assert_int_equal(world_create(&x->w, &x->t, NULL, err, sizeof(err)), 0);
	world_enter(&x->w);
	for (u32 i = 0; i < x->t.nr_stmt; i++) {
		const struct trace_stmt *st = &x->t.stmt[i];
		struct outcome out;
		char why[256];

		if (st->op == TOP_VM || st->op == TOP_RUN || st->op == TOP_EXPECT_VIOLATION ||
		    st->op == TOP_BARRIER)
			continue;
		world_exec(&x->w, st, st->actor, &out);
		if (!outcome_matches(st, &out, why, sizeof(why)))
			fail_msg("line %u: %s", st->line, why);
	}
}

static inline void tw_destroy(struct tw *x)
{
	world_destroy(&x->w);
	trace_destroy(&x->t);
}

#endif
