// SPDX-License-Identifier: GPL-2.0
/*
 * Shrinking a failing execution (no kernel counterpart; after delta debugging
 * and the shrinkers of loom/shuttle/QuickCheck).
 *
 * A failure is (program, seed, strategy, decisions).  It is shrunk in three
 * passes, each keeping a candidate only if it still fails with the same
 * violation kind:
 *  1. the schedule: the shortest prefix of the decisions that, continued by
 *     the sticky strategy (no further preemption), still fails; then each
 *     remaining preemption is dropped in turn (the decision repeats the
 *     previous actor);
 *  2. the program: each event, then each set-up statement, is deleted in
 *     turn; a deletion stands if the smaller program fails under the
 *     original seed and strategy, the sticky strategy, or a few nearby seeds;
 *  3. the schedule again, for the smaller program.
 * The result is a trace with its run line (seed, strategy, decisions) and
 * expect_violation, so `gmemsim replay FILE` reproduces it and exits 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bug_inject.h>

#include "sim/explore.h"
#include "sim/replay.h"
#include "sim/trace.h"

#define SHRINK_MAX_RUNS 2000
#define SHRINK_NEARBY_SEEDS 4

struct shrink {
	char kind[64];
	unsigned int pct_depth, check_every;
	unsigned int runs;
	/* the current best failure */
	char **lines;		/* statements after the header, one per entry */
	unsigned int nr_lines;
	u64 seed;
	enum sched_strategy strategy;
	struct sched_schedule sched;
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
 * Does @text fail with the same kind under (seed, strategy, @prefix)?  On
 * success the run's full decisions replace @out.
 */
static bool still_fails(struct shrink *s, const char *text, u64 seed, enum sched_strategy strat,
			const struct sched_schedule *prefix, struct sched_schedule *out)
{
	struct replay_opts ro = {
		.mode = REPLAY_DET, .mode_set = true, .seed = seed, .seed_set = true,
		.strategy = strat, .strategy_set = true, .pct_depth = s->pct_depth,
		.schedule = prefix, .check_every = s->check_every, .quiet = true,
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
		sched_schedule_destroy(out);
		*out = res.schedule;
		res.schedule = (struct sched_schedule){ 0 };
	}
	replay_result_destroy(&res);
	trace_destroy(&t);
	return fails;
}

static void adopt(struct shrink *s, u64 seed, enum sched_strategy strat)
{
	s->seed = seed;
	s->strategy = strat;
}

/* Pass 1/3: shorter decision prefixes, then fewer preemptions. */
static void shrink_schedule(struct shrink *s)
{
	char *text = join(s->lines, s->nr_lines, -1);
	struct sched_schedule cand = { 0 }, got = { 0 };

	if (!text)
		return;
	for (u32 len = 0; len < s->sched.len; len = len ? len * 2 : 1) {
		cand.dec = s->sched.dec;
		cand.len = len;
		if (still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &cand, &got)) {
			sched_schedule_destroy(&s->sched);
			s->sched = got;
			got = (struct sched_schedule){ 0 };
			adopt(s, s->seed, SCHED_STRATEGY_STICKY);
			break;
		}
	}
	for (u32 i = 1; i < s->sched.len; i++) {
		u8 saved = s->sched.dec[i];

		if (saved == s->sched.dec[i - 1])
			continue;
		s->sched.dec[i] = s->sched.dec[i - 1];
		cand.dec = s->sched.dec;
		cand.len = s->sched.len;
		if (still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, &cand, &got)) {
			sched_schedule_destroy(&s->sched);
			s->sched = got;
			got = (struct sched_schedule){ 0 };
			adopt(s, s->seed, SCHED_STRATEGY_STICKY);
		} else {
			s->sched.dec[i] = saved;
		}
	}
	free(text);
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
		struct sched_schedule got = { 0 };
		char *text;
		bool ok = false;
		u64 seed = s->seed;
		enum sched_strategy strat = orig;

		if (essential(s->lines[i]))
			continue;
		text = join(s->lines, s->nr_lines, i);
		if (!text)
			return;
		if (still_fails(s, text, s->seed, orig, NULL, &got)) {
			ok = true;
		} else if (still_fails(s, text, s->seed, SCHED_STRATEGY_STICKY, NULL, &got)) {
			ok = true;
			strat = SCHED_STRATEGY_STICKY;
		} else {
			for (u64 k = 1; k <= SHRINK_NEARBY_SEEDS && !ok; k++) {
				if (still_fails(s, text, s->seed + k, orig, NULL, &got)) {
					ok = true;
					seed = s->seed + k;
				}
			}
		}
		free(text);
		if (!ok)
			continue;
		free(s->lines[i]);
		memmove(&s->lines[i], &s->lines[i + 1], (s->nr_lines - i - 1) * sizeof(char *));
		s->nr_lines--;
		sched_schedule_destroy(&s->sched);
		s->sched = got;
		adopt(s, seed, strat);
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
 * found with (process-wide now), the check interval, seed, strategy and the
 * decisions, so a plain `gmemsim replay FILE` reproduces it.
 */
static char *render(struct shrink *s)
{
	size_t hexlen = (size_t)s->sched.len * 2 + 1;
	char *hex = malloc(hexlen), *body = join(s->lines, s->nr_lines, -1), *out = NULL;
	char knobs[512] = "", names[480], every[32] = "";
	size_t len;

	if (!hex || !body)
		goto out;
	sched_schedule_format(&s->sched, hex, hexlen);
	bug_inject_format_names(bug_inject_get_mask(), names, sizeof(names));
	if (names[0])
		snprintf(knobs, sizeof(knobs), " inject=%s", names);
	if (s->check_every > 1)
		snprintf(every, sizeof(every), " check_every=%u", s->check_every);
	len = strlen(body) + hexlen + 1024;
	out = malloc(len);
	/* body starts with the header line; the run lines go right after it */
	if (out)
		snprintf(out, len, "gmemsim-trace 1\n# shrunk by gmemsim explore: %u statements\n"
			 "run mode=det seed=%llu strategy=%s pct_depth=%u%s%s%s%s\n"
			 "expect_violation kind=%s\n%s",
			 s->nr_lines, (unsigned long long)s->seed, sched_strategy_name(s->strategy),
			 s->pct_depth ? s->pct_depth : 3, knobs, every,
			 s->sched.len ? " schedule=" : "", s->sched.len ? hex : "", s->kind,
			 body + strlen("gmemsim-trace 1\n"));
out:
	free(hex);
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
	sched_schedule_destroy(&s->sched);
}

char *explore_annotate(const char *text, u64 seed, enum sched_strategy strategy,
		       unsigned int pct_depth, const struct sched_schedule *schedule,
		       const char *first_violation)
{
	struct shrink s = { .pct_depth = pct_depth, .seed = seed, .strategy = strategy };
	char *out = NULL;

	shrink_init(&s, first_violation);
	if (!split(&s, text)) {
		for (u32 i = 0; i < schedule->len; i++)
			sched_schedule_push(&s.sched, schedule->dec[i]);
		out = render(&s);
	}
	shrink_destroy(&s);
	return out;
}

char *explore_shrink(const char *text, u64 seed, enum sched_strategy strategy,
		     unsigned int pct_depth, const struct sched_schedule *schedule,
		     const char *first_violation, unsigned int check_every)
{
	struct shrink s = { .pct_depth = pct_depth, .check_every = check_every, .seed = seed,
			    .strategy = strategy };
	char *out = NULL;
	char *base;

	shrink_init(&s, first_violation);
	if (split(&s, text))
		goto out;
	for (u32 i = 0; i < schedule->len; i++)
		sched_schedule_push(&s.sched, schedule->dec[i]);

	/* The failure must reproduce as given before anything is cut. */
	base = join(s.lines, s.nr_lines, -1);
	if (!base || !still_fails(&s, base, seed, strategy, &s.sched, NULL)) {
		free(base);
		goto out;
	}
	free(base);
	shrink_schedule(&s);
	shrink_program(&s, strategy);
	shrink_schedule(&s);
	out = render(&s);
out:
	shrink_destroy(&s);
	return out;
}
