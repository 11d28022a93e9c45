// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness: parse and replay a trace in ordered and det mode
 * (sim/replay.c over the whole model), with bounded resources per input.
 *
 * Inputs that do not parse are the parser harness's business and return at
 * once.  Bounds, so that every input ends in well under a second:
 *  - no size or len above FUZZ_MAX_BYTES (the real-size traces are
 *    benchmarks, not fuzz inputs), at most FUZZ_MAX_STMTS statements;
 *  - a step budget (FUZZ_MAX_STEPS, checks every FUZZ_CHECK_EVERY points)
 *    and a memory budget (FUZZ_MAX_MEMORY) per run.
 * Bug knobs named on a run line stay off: the kernel under test is the
 * fixed one.
 *
 * Findings: a sanitizer report, a BUG in the model, a run that deadlocks or
 * livelocks (a known finding aside), and, with GMEMSIM_FUZZ_STRICT=1 in the environment, any
 * violation that is not an unmet expectation (an invariant, a kernel WARN, a
 * leak) and not one of the known findings (docs/findings/known): a trace a
 * fuzzer wrote is a VMM gone wrong, and the fixed kernel must survive it.
 * Unmet expectations are normal: a fuzzed trace expects whatever it likes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/slab.h>

#include "sim/known.h"
#include "sim/replay.h"
#include "sim/trace.h"
#include "tools/fuzz/fuzz.h"

#define FUZZ_MAX_BYTES (16ULL << 20)
#define FUZZ_MAX_STMTS 400
#define FUZZ_MAX_STEPS 200000
#define FUZZ_CHECK_EVERY 4
#define FUZZ_MAX_MEMORY (512L << 20)

static bool strict;
static struct known_list known;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *s = getenv("GMEMSIM_FUZZ_STRICT");
	char err[256];

	strict = s && *s == '1';
	if (known_parse(&known, "docs/findings/known", known_builtin, err, sizeof(err)))
		fuzz_fail("the built-in known findings do not parse", err);
	kmalloc_budget_set(FUZZ_MAX_MEMORY);
	return 0;
}

/* Small enough to finish fast whatever the schedule. */
static bool bounded(const struct trace *t)
{
	if (t->nr_stmt > FUZZ_MAX_STMTS)
		return false;
	for (u32 i = 0; i < t->nr_stmt; i++) {
		const struct trace_stmt *st = &t->stmt[i];
		const struct trace_param *p = trace_ops[st->op].params;

		for (unsigned int k = 0; k < TRACE_MAX_PARAMS && p[k].key; k++) {
			bool bytes = !strcmp(p[k].key, "size") || !strcmp(p[k].key, "len") ||
				     !strcmp(p[k].key, "phys_size");

			if (trace_has(st, k) && bytes && st->val[k] > FUZZ_MAX_BYTES &&
			    strcmp(p[k].key, "phys_size"))
				return false;
		}
	}
	return true;
}

static void judge(const struct trace *t, const struct replay_result *res, const char *mode)
{
	char what[512];

	snprintf(what, sizeof(what), "%s replay: status %s, first violation '%s' (%s)", mode,
		 sched_status_name(res->status), res->first_violation, res->first_message);
	/* A known finding is the kernel's, whatever the trace says it expects. */
	if (res->violations && known_match(&known, res->first_violation, res->first_message) >= 0)
		return;
	/*
	 * A schedule that does not fit the program (diverged) is the trace's
	 * error, reported as such; a BUG, a deadlock or a livelock is the model's.
	 */
	if (res->status == SCHED_BUG || res->status == SCHED_DEADLOCK ||
	    res->status == SCHED_LIVELOCK)
		fuzz_fail("the model did not finish the run", what);
	if (strict && res->violations && strncmp(res->first_violation, "expect:", 7))
		fuzz_fail("a violation that is not an unmet expectation", what);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum replay_mode modes[] = { REPLAY_ORDERED, REPLAY_DET };
	char err[512], *text = fuzz_text(data, size);
	struct trace t;

	if (!text)
		return -1;
	if (trace_parse_string("fuzz.gms", text, &t, err, sizeof(err))) {
		free(text);
		return -1;
	}
	if (!bounded(&t))
		goto out;
	for (unsigned int m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
		struct replay_opts o = {
			.mode = modes[m], .mode_set = true, .seed = size, .seed_set = true,
			.check_every = FUZZ_CHECK_EVERY, .max_steps = FUZZ_MAX_STEPS,
			.quiet = !strict,
		};
		struct replay_result res;

		if (replay_trace(&t, &o, &res, err, sizeof(err))) {
			/* A world refused (too large, bad setup) needs its reason. */
			if (!err[0])
				fuzz_fail("replay refused a trace without saying why", "");
			break;
		}
		judge(&t, &res, replay_mode_name(modes[m]));
		replay_result_destroy(&res);
	}
out:
	trace_destroy(&t);
	free(text);
	return 0;
}
