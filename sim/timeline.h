/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a deterministic replay did, in the order it did it, for people (no
 * kernel counterpart): every context switch with where the actor stopped and
 * what it held, and every statement with the scheduling points it spanned.
 * gmemsim explain reads it back as the failing interleaving in words.
 */
#ifndef _GMEMSIM_SIM_TIMELINE_H
#define _GMEMSIM_SIM_TIMELINE_H

#include <linux/types.h>

struct sched_switch;

struct timeline_switch {
	u64 step;
	int from, to;			/* actors; -1: the scheduler (start, end) */
	const char *point;		/* where @from stopped (a string literal) */
	const char *model_point;	/* the named model step before it, or NULL */
	bool preempted, finished;
	char locks[128];		/* what @from held, innermost last */
};

struct timeline_stmt {
	u32 idx;			/* index into the trace's statements */
	int actor;
	u64 first, last;		/* scheduling steps at its start and its end */
};

struct timeline {
	struct timeline_switch *sw;
	u32 nr_sw, cap_sw;
	struct timeline_stmt *st;
	u32 nr_st, cap_st;
};

void timeline_add_switch(struct timeline *tl, const struct sched_switch *sw);
void timeline_add_stmt(struct timeline *tl, u32 idx, int actor, u64 first, u64 last);
void timeline_destroy(struct timeline *tl);

#endif /* _GMEMSIM_SIM_TIMELINE_H */
