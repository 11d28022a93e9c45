// SPDX-License-Identifier: GPL-2.0
/*
 * Shrinking a failing execution (no kernel counterpart; after delta debugging
 * and the shrinkers of loom/shuttle/QuickCheck).
 *
 * A failure is (program, seed, preemptions): every run records its
 * schedule in preemption form (linux/sched.h), and the sticky strategy with
 * that list gives the run again whatever strategy found it.  It is shrunk in
 * three passes, each keeping a candidate only if it still fails with the same
 * violation kind, and each adopting the preemptions the candidate's run
 * recorded (so the list always describes a real run exactly):
 *  1. the preemptions: the shortest prefix of the list that still fails
 *     (sticky after it), then chunks of it and single entries dropped, as
 *     in delta debugging: fewest preemptions first;
 *  2. the program: each event, then each set-up statement, is deleted in
 *     turn; a deletion stands if the smaller program fails with the same
 *     preemptions, with none, under the original seed and strategy, or a
 *     few nearby seeds;
 *  3. the preemptions again, for the smaller program.
 * The result is a trace whose run line holds seed, knobs and preemptions and
 * whose expect_violation names the failure, so `gmemsim replay FILE`
 * reproduces it and exits 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bug_inject.h>

#include "sim/explore.h"
#include "sim/preempt.h"
#include "sim/replay.h"
#include "sim/trace.h"

#define SHRINK_MAX_RUNS 6000
#define SHRINK_NEARBY_SEEDS 4

struct shrink {
	char kind[64];
	unsigned int pct_depth, check_every;
	unsigned int runs;
	/* the current best failure */
	char **lines;		/* statements after the header, one per entry */
	unsigned int nr_lines;
	u64 seed;
	struct sched_preempts pre;	/* with the sticky strategy: the failing run */
	u64 steps;			/* its length */
};

static char *join(char **lines, unsigned int nr, int skip)
{
	size_t len = sizeof("gmemsim-trace 1\n");
	char *text, *p;

	for (unsigned int i = 0; i < nr; i++)
		if ((int)i != skip)
			len += strlen(lines[i]) + 1;
	text = malloc(len);
	if (!text)
		return NULL;
	p = text + sprintf(text, "gmemsim-trace 1\n");
	for (unsigned int i = 0; i < nr; i++)
		if ((int)i != skip)
			p += sprintf(p, "%s\n", lines[i]);
	return text;
}

/*
 * Does @text fail with the same kind under (seed, strategy, @pre)?  On
 * success the run's preemptions replace @out and its length goes to *@steps.
 */
static bool still_fails(struct shrink *s, const char *text, u64 seed, enum sched_strategy strat,
			const struct sched_preempts *pre, struct sched_preempts *out, u64 *steps)
{
	struct replay_opts ro = {
		.mode = REPLAY_DET, .mode_set = true, .seed = seed, .seed_set = true,
		.strategy = strat, .strategy_set = true, .pct_depth = s->pct_depth,
		.preempt = pre, .preempt_lenient = true, .check_every = s->check_every,
		.quiet = true,
	};
	struct replay_result res;
	struct trace t;
	char err[256];
	bool fails;

	if (s->runs++ >= SHRINK_MAX_RUNS)
		return false;
	if (trace_parse_string("shrink", text, &t, err, sizeof(err)))
		return false;
	if (replay_trace(&t, &ro, &res, err, sizeof(err))) {
		trace_destroy(&t);
		return false;
	}
	fails = !res.passed && !strncmp(res.first_violation, s->kind, strlen(s->kind));
	if (fails && out) {
		sched_preempts_destroy(out);
		*out = res.preempts;
		res.preempts = (struct sched_preempts){ 0 };
		if (steps)
			*steps = res.steps;
	}
	replay_result_destroy(&res);
	trace_destroy(&t);
	return fails;
}

/* @cand failed: it is the new best. */
static void adopt(struct shrink *s, u64 seed, struct sched_preempts *got, u64 steps)
{
	sched_preempts_destroy(&s->pre);
	s->pre = *got;
	*got = (struct sched_preempts){ 0 };
	s->seed = seed;
	s->steps = steps;
}

/* @cand = @s->pre without entries [@from, @from + @n). */
static int without(const struct shrink *s, u32 from, u32 n, struct sched_preempts *cand)
{
	cand->len = 0;
	for (u32 i = 0; i < s->pre.len; i++)
		if ((i < from || i >= from + n) && sched_preempts_push(cand, &s->pre.p[i]))
			return -ENOMEM;
	return 0;
}

/* Pass 1/3: a shorter prefix of the preemptions, then fewer of them. */
static void shrink_schedule(struct shrink *s)
{
	char *text = join(s->lines, s->nr_lines, -1);
	struct sched_preempts cand = { 0 }, got = { 0 };
	u64 steps;

	if (!text)
		return;
	for (u32 len = 0; len < s->pre.len; len = len ? len * 2 : 1) {
		if (without(s, len, s->pre.len - len, &cand))
			goto out;
		if (still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &cand, &got, &steps)) {
			adopt(s, s->seed, &got, steps);
			break;
		}
	}
	/* Delta debugging over what is left: halves, quarters ... single entries. */
	for (u32 chunk = max(s->pre.len / 2, 1u); chunk && s->pre.len; chunk /= 2) {
		for (u32 from = 0; from < s->pre.len;) {
			if (without(s, from, chunk, &cand))
				goto out;
			if (still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &cand, &got,
					&steps))
				adopt(s, s->seed, &got, steps);
			else
				from += chunk;
		}
	}
out:
	sched_preempts_destroy(&cand);
	sched_preempts_destroy(&got);
	free(text);
}

/*
 * Removal finds a 1-minimal list, but a failure that needed a dozen
 * preemptions under one strategy often needs two from the sticky start: vCPU
 * stopped inside its fault, the VMM's conversion run to completion.  So for
 * short runs, try every schedule of one, then of two, preemptions (iterative
 * context bounding, as CHESS does), within a budget of runs.
 */
#define SHRINK_BOUND_MAX_STEPS 400
#define SHRINK_BOUND_RUNS 3000

static bool try_bound(struct shrink *s, const char *text, struct sched_preempts *cand,
		      struct sched_preempts *got, unsigned int *budget)
{
	u64 steps;

	if (!*budget)
		return false;
	--*budget;
	if (!still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, cand, got, &steps))
		return false;
	adopt(s, s->seed, got, steps);
	return true;
}

static bool shrink_bound(struct shrink *s)
{
	char *text = join(s->lines, s->nr_lines, -1);
	struct sched_preempt e[2] = { 0 };
	struct sched_preempts cand = { e, 0, 2 }, got = { 0 };
	unsigned int budget = SHRINK_BOUND_RUNS, nr_actors;
	u64 len = s->steps;
	struct trace t;
	char err[128];

	if (!text || s->pre.len <= 2 || len > SHRINK_BOUND_MAX_STEPS ||
	    trace_parse_string("shrink", text, &t, err, sizeof(err))) {
		free(text);
		return false;
	}
	nr_actors = TRACE_ACTOR_VCPU0 + t.nr_vcpus;
	trace_destroy(&t);
	cand.len = 1;
	for (u64 s1 = 1; s1 <= len; s1++)
		for (u8 a1 = 0; a1 < nr_actors; a1++) {
			e[0] = (struct sched_preempt){ .step = s1, .actor = a1 };
			if (try_bound(s, text, &cand, &got, &budget))
				goto found;
		}
	cand.len = 2;
	for (u64 s1 = 1; s1 <= len; s1++)
		for (u8 a1 = 0; a1 < nr_actors; a1++)
			for (u64 s2 = s1 + 1; s2 <= len; s2++)
				for (u8 a2 = 0; a2 < nr_actors; a2++) {
					if (a2 == a1)
						continue;
					e[0] = (struct sched_preempt){ .step = s1, .actor = a1 };
					e[1] = (struct sched_preempt){ .step = s2, .actor = a2 };
					if (try_bound(s, text, &cand, &got, &budget))
						goto found;
					if (!budget)
						goto out;
				}
out:
	free(text);
	return false;
found:
	sched_preempts_destroy(&got);
	free(text);
	return true;
}

/* Is line @i of the program one that must stay (the vm, the run line)? */
static bool essential(const char *line)
{
	return !strncmp(line, "vm ", 3) || !strcmp(line, "vm");
}

/* Pass 2: delete statements, events first (from the last), then set-up. */
static void shrink_program(struct shrink *s, enum sched_strategy orig)
{
	for (int i = (int)s->nr_lines - 1; i >= 0; i--) {
		struct sched_preempts got = { 0 }, none = { 0 };
		char *text;
		bool ok = false;
		u64 seed = s->seed, steps = 0;

		if (essential(s->lines[i]))
			continue;
		text = join(s->lines, s->nr_lines, i);
		if (!text)
			return;
		/* The same preemptions fit when the statement ran after them; else none at all. */
		ok = still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &s->pre, &got, &steps) ||
		     still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &none, &got, &steps) ||
		     still_fails(s, text, s->seed, orig, NULL, &got, &steps);
		for (u64 k = 1; k <= SHRINK_NEARBY_SEEDS && !ok; k++) {
			if (still_fails(s, text, s->seed + k, orig, NULL, &got, &steps)) {
				ok = true;
				seed = s->seed + k;
			}
		}
		free(text);
		if (!ok)
			continue;
		free(s->lines[i]);
		memmove(&s->lines[i], &s->lines[i + 1], (s->nr_lines - i - 1) * sizeof(char *));
		s->nr_lines--;
		adopt(s, seed, &got, steps);
	}
}

static int split(struct shrink *s, const char *text)
{
	const char *p = text;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char **lines;

		/* Comments, blank lines, the header and old run lines go. */
		if (n && p[0] != '#' && strncmp(p, "gmemsim-trace", 13) && strncmp(p, "run ", 4) &&
		    strncmp(p, "expect_violation", 16)) {
			lines = realloc(s->lines, (s->nr_lines + 1) * sizeof(char *));
			if (!lines)
				return -ENOMEM;
			s->lines = lines;
			s->lines[s->nr_lines] = strndup(p, n);
			if (!s->lines[s->nr_lines])
				return -ENOMEM;
			s->nr_lines++;
		}
		p += n + (nl ? 1 : 0);
	}
	return 0;
}

/*
 * The run line holds everything the replay needs: the knobs the failure was
 * found with (process-wide now), the check interval, the seed (model
 * decisions draw from it) and the preemptions, so a plain `gmemsim replay
 * FILE` reproduces it.  The comment says how many preemptions it needs.
 */
static char *render(struct shrink *s)
{
	int prelen = preempt_format(&s->pre, NULL, 0) + 1;
	char *pre = malloc((size_t)prelen), *body = join(s->lines, s->nr_lines, -1), *out = NULL;
	char knobs[512] = "", names[480], every[32] = "";
	size_t len;

	if (!pre || !body)
		goto out;
	preempt_format(&s->pre, pre, (size_t)prelen);
	bug_inject_format_names(bug_inject_get_mask(), names, sizeof(names));
	if (names[0])
		snprintf(knobs, sizeof(knobs), " inject=%s", names);
	if (s->check_every > 1)
		snprintf(every, sizeof(every), " check_every=%u", s->check_every);
	len = strlen(body) + (size_t)prelen + 1024;
	out = malloc(len);
	/* body starts with the header line; the run lines go right after it */
	if (out)
		snprintf(out, len, "gmemsim-trace 1\n"
			 "# shrunk by gmemsim explore: %u statements, %u preemption(s), "
			 "%u other scheduling choice(s), %llu scheduling points\n"
			 "run mode=det seed=%llu strategy=sticky%s%s%s%s\n"
			 "expect_violation kind=%s\n%s",
			 s->nr_lines, sched_preempts_count(&s->pre),
			 s->pre.len - sched_preempts_count(&s->pre), (unsigned long long)s->steps,
			 (unsigned long long)s->seed, knobs, every, s->pre.len ? " preempt=" : "",
			 s->pre.len ? pre : "", s->kind, body + strlen("gmemsim-trace 1\n"));
out:
	free(pre);
	free(body);
	return out;
}

static void shrink_init(struct shrink *s, const char *first_violation)
{
	const char *colon = strchr(first_violation, ':');

	snprintf(s->kind, sizeof(s->kind), "%.*s",
		 (int)(colon ? colon - first_violation : (long)strlen(first_violation)),
		 first_violation);
}

static void shrink_destroy(struct shrink *s)
{
	for (unsigned int i = 0; i < s->nr_lines; i++)
		free(s->lines[i]);
	free(s->lines);
	sched_preempts_destroy(&s->pre);
}

static int copy_preempts(struct sched_preempts *to, const struct sched_preempts *from)
{
	for (u32 i = 0; i < from->len; i++)
		if (sched_preempts_push(to, &from->p[i]))
			return -ENOMEM;
	return 0;
}

char *explore_annotate(const char *text, u64 seed, const struct sched_preempts *pre, u64 steps,
		       const char *first_violation)
{
	struct shrink s = { .seed = seed, .steps = steps };
	char *out = NULL;

	shrink_init(&s, first_violation);
	if (!split(&s, text) && !copy_preempts(&s.pre, pre))
		out = render(&s);
	shrink_destroy(&s);
	return out;
}

char *explore_shrink(const char *text, u64 seed, enum sched_strategy strategy,
		     unsigned int pct_depth, const struct sched_preempts *pre,
		     const char *first_violation, unsigned int check_every)
{
	struct shrink s = { .pct_depth = pct_depth, .check_every = check_every, .seed = seed };
	struct sched_preempts got = { 0 };
	char *out = NULL;
	char *base;
	u64 steps;

	shrink_init(&s, first_violation);
	if (split(&s, text) || copy_preempts(&s.pre, pre))
		goto out;

	/* The failure must reproduce from its preemptions before anything is cut. */
	base = join(s.lines, s.nr_lines, -1);
	if (!base || !still_fails(&s, base, seed, SCHED_STRATEGY_STICKY, &s.pre, &got, &steps)) {
		free(base);
		goto out;
	}
	free(base);
	adopt(&s, seed, &got, steps);
	shrink_schedule(&s);
	shrink_program(&s, strategy);
	shrink_schedule(&s);
	/* With fewer preemptions, more statements may go. */
	if (shrink_bound(&s))
		shrink_program(&s, SCHED_STRATEGY_STICKY);
	out = render(&s);
out:
	sched_preempts_destroy(&got);
	shrink_destroy(&s);
	return out;
}
