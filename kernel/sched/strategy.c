// SPDX-License-Identifier: GPL-2.0
/*
 * Scheduling strategies of deterministic mode (no kernel counterpart: this is
 * the explorer's choice of interleaving, after loom/shuttle and the PCT paper,
 * Burckhardt et al., "A Randomized Scheduler with Probabilistic Guarantees of
 * Finding Bugs", ASPLOS 2010).
 *
 *  random: at every point with more than one runnable actor, pick one
 *          uniformly.
 *  sticky: never preempt: the running actor continues while it can, else the
 *          lowest-numbered runnable actor runs.  Takes no randomness: the
 *          shrinker replays a shortened schedule and lets it finish this way.
 *  PCT:    actors get distinct random priorities d .. d+n-1; d-1 change points
 *          are drawn uniformly in [1, k]; the highest-priority runnable actor
 *          runs; when the run reaches the i-th change point, the running actor
 *          drops to priority d-i.  Finds any bug of depth d with probability
 *          at least 1/(n k^(d-1)).
 *
 * Both draw only from the run's seeded xoshiro256** stream, so a seed names a
 * schedule.
 */
#include <stdlib.h>
#include <string.h>

#include <linux/err.h>
#include <linux/kernel.h>

#include "sched.h"

u64 sched_splitmix64(u64 *state)
{
	u64 z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static inline u64 rotl(u64 x, int k)
{
	return (x << k) | (x >> (64 - k));
}

u64 sched_xoshiro_next(u64 st[4])
{
	u64 result = rotl(st[1] * 5, 7) * 9;
	u64 t = st[1] << 17;

	st[2] ^= st[0];
	st[3] ^= st[1];
	st[1] ^= st[2];
	st[0] ^= st[3];
	st[2] ^= t;
	st[3] = rotl(st[3], 45);
	return result;
}

/* Uniform in [0, n) without modulo bias worth caring about (Lemire). */
static u64 below(struct sched *s, u64 n)
{
	return (u64)(((__uint128_t)sched_xoshiro_next(s->strat_rng) * n) >> 64);
}

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

void sched_strategy_init(struct sched *s)
{
	u64 seed = s->opts.seed;
	unsigned int d = s->opts.pct_depth;
	u64 k = s->opts.pct_steps_hint;

	for (int i = 0; i < 4; i++)
		s->strat_rng[i] = sched_splitmix64(&seed);
	s->model_rng = sched_splitmix64(&seed);

	if (s->opts.strategy != SCHED_STRATEGY_PCT)
		return;

	/* Distinct initial priorities d .. d+n-1: a seeded Fisher-Yates shuffle. */
	for (unsigned int i = 0; i < s->nr; i++)
		s->actors[i].prio = d + i;
	for (unsigned int i = s->nr; i > 1; i--) {
		unsigned int j = below(s, i);

		swap(s->actors[i - 1].prio, s->actors[j].prio);
	}
	s->pct_nr_change = d - 1;
	for (unsigned int i = 0; i < s->pct_nr_change; i++)
		s->pct_change[i] = 1 + below(s, k);
	qsort(s->pct_change, s->pct_nr_change, sizeof(u64), cmp_u64);
	s->pct_next = 0;
}

static unsigned int pct_pick(struct sched *s, struct sched_actor_state **runnable,
			     unsigned int nr)
{
	unsigned int best = 0;

	/* Change points at or before this step demote whoever is running now. */
	while (s->pct_next < s->pct_nr_change && s->pct_change[s->pct_next] <= s->steps) {
		if (s->cur)
			s->cur->prio = s->pct_nr_change - s->pct_next;
		s->pct_next++;
	}
	for (unsigned int i = 1; i < nr; i++)
		if (runnable[i]->prio > runnable[best]->prio)
			best = i;
	return best;
}

/* The sticky choice: the running actor if it can go on, else the lowest-numbered one. */
unsigned int sched_sticky_pick(struct sched *s, struct sched_actor_state **runnable,
			       unsigned int nr)
{
	for (unsigned int i = 0; i < nr; i++)
		if (runnable[i] == s->cur)
			return i;
	return 0;	/* runnable[] is in actor order */
}

/* Index into @runnable (nr >= 2) of the actor to run next. */
unsigned int sched_strategy_pick(struct sched *s, struct sched_actor_state **runnable,
				 unsigned int nr)
{
	switch (s->opts.strategy) {
	case SCHED_STRATEGY_PCT:
		return pct_pick(s, runnable, nr);
	case SCHED_STRATEGY_STICKY:
		return sched_sticky_pick(s, runnable, nr);
	case SCHED_STRATEGY_RANDOM:
	default:
		return below(s, nr);
	}
}

static const char *const strategy_names[] = {
	[SCHED_STRATEGY_RANDOM] = "random",
	[SCHED_STRATEGY_PCT] = "pct",
	[SCHED_STRATEGY_STICKY] = "sticky",
};
_Static_assert(ARRAY_SIZE(strategy_names) == SCHED_STRATEGY_NR, "strategy_names");

const char *sched_strategy_name(enum sched_strategy st)
{
	return (unsigned int)st < SCHED_STRATEGY_NR ? strategy_names[st] : "?";
}

int sched_strategy_parse(const char *name, enum sched_strategy *st)
{
	for (unsigned int i = 0; i < SCHED_STRATEGY_NR; i++) {
		if (!strcmp(name, strategy_names[i])) {
			*st = i;
			return 0;
		}
	}
	return -EINVAL;
}
