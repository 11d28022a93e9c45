// SPDX-License-Identifier: GPL-2.0
/*
 * Recording a replay's timeline (sim/timeline.h; no kernel counterpart).
 * Called from the scheduler's switch hook and after each statement, on the
 * replaying thread only (deterministic modes): no locking.  Allocation
 * failures drop entries; the explanation is then shorter, never wrong about
 * what it shows.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/lockdep.h>
#include <linux/sched.h>

#include "sim/timeline.h"

static bool grow(void **arr, u32 nr, u32 *cap, size_t size)
{
	u32 ncap;
	void *n;

	if (nr < *cap)
		return true;
	ncap = *cap ? *cap * 2 : 64;
	n = realloc(*arr, (size_t)ncap * size);
	if (!n)
		return false;
	*arr = n;
	*cap = ncap;
	return true;
}

void timeline_add_switch(struct timeline *tl, const struct sched_switch *sw)
{
	struct timeline_switch *e;
	size_t n = 0;

	if (!grow((void **)&tl->sw, tl->nr_sw, &tl->cap_sw, sizeof(*tl->sw)))
		return;
	e = &tl->sw[tl->nr_sw++];
	*e = (struct timeline_switch){ .step = sw->step, .from = sw->from, .to = sw->to,
				       .point = sw->from_point,
				       .model_point = sw->from_model_point, .preempted = sw->preempted,
				       .finished = sw->finished };
	for (int i = 0; sw->from_task && i < sw->from_task->lockdep_depth; i++) {
		const struct task_struct *t = sw->from_task;
		const struct held_lock *h = &t->held_locks[i];
		/* lockdep records a lock before waiting for it: the last may be wanted. */
		bool wanted = i == t->lockdep_depth - 1 && t->wait_cond && t->wait_obj &&
			      !strcmp(t->wait_obj, h->instance->name);

		if (n < sizeof(e->locks))
			n += (size_t)snprintf(e->locks + n, sizeof(e->locks) - n, "%s%s%s%s",
					      n ? ", " : "", h->instance->name,
					      h->read ? " (shared)" : "",
					      wanted ? " (waiting for it)" : "");
	}
}

u32 timeline_begin_stmt(struct timeline *tl, u32 idx, int actor, u64 first)
{
	if (!grow((void **)&tl->st, tl->nr_st, &tl->cap_st, sizeof(*tl->st)))
		return UINT32_MAX;
	tl->st[tl->nr_st] = (struct timeline_stmt){ idx, actor, first, UINT64_MAX };
	return tl->nr_st++;
}

void timeline_end_stmt(struct timeline *tl, u32 slot, u64 last)
{
	if (slot < tl->nr_st)
		tl->st[slot].last = last;
}

static bool actor_idle(const struct timeline *tl, int a)
{
	for (u32 i = 0; i < tl->nr_st; i++)
		if (tl->st[i].actor == a)
			return false;
	return true;
}

bool timeline_next_seg(const struct timeline *tl, u64 steps, u32 *k, struct timeline_seg *seg)
{
	for (; *k < tl->nr_sw; ++*k) {
		const struct timeline_switch *sw = &tl->sw[*k];

		if (sw->to < 0)
			return false;
		/* An actor with no statement runs only to finish. */
		if (actor_idle(tl, sw->to))
			continue;
		*seg = (struct timeline_seg){ .k = *k, .actor = sw->to, .from = sw->step };
		seg->end = *k + 1 < tl->nr_sw ? &tl->sw[*k + 1] : NULL;
		seg->to = seg->end ? seg->end->step : steps;
		for (u32 j = 0; j < *k; j++)
			seg->resumed |= tl->sw[j].to == sw->to;
		++*k;
		return true;
	}
	return false;
}

const char *timeline_stmt_role(const struct timeline_stmt *st, int a, u64 from, u64 to)
{
	bool before = st->first < from, after = st->last > to;

	if (st->actor != a || st->last < from || st->first > to)
		return NULL;
	/* A statement without a scheduling point inside happens at one step. */
	if (st->first == st->last && (st->first == to && to != from))
		return NULL;
	if (before && after)
		return "continues";
	if (before)
		return "resumes and completes";
	if (after)
		return "begins";
	return "runs to completion";
}

void timeline_destroy(struct timeline *tl)
{
	free(tl->sw);
	free(tl->st);
	*tl = (struct timeline){ 0 };
}
