/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Differential replay: an imported trace (gmemsim import) names, on each
 * statement, the recorded step it came from (rec=) and carries the
 * kernel's outcome as its expectation.  Replaying it, the model's outcome
 * of every statement is kept instead of reported one by one, and the run
 * ends with one line per recorded step (the kernel's faults and errnos
 * against the model's), then `kernel agreement: N/M steps`.
 */
#ifndef _GMEMSIM_SIM_KDIFF_H
#define _GMEMSIM_SIM_KDIFF_H

#include "sim/trace.h"
#include "sim/world.h"

struct kdiff;

/* What a differential replay found (all zero for a trace without rec=). */
struct kdiff_result {
	u32 steps;		/* recorded steps with an outcome to compare */
	u32 agree;		/* of those, steps whose data-page outcomes all agree */
	u32 silent;		/* steps with nothing recorded to compare (host accesses) */
	u32 paging;		/* accesses to guest page-table slots (counted apart) */
	u32 paging_differ;	/* of those, accesses whose outcome differs */
	char first[256];	/* the first disagreement, one line */
	char *report;		/* the per-step report (owned; NULL if none) */
};

/* NULL if @t names no recorded steps; ERR_PTR(-ENOMEM) if it cannot be kept. */
struct kdiff *kdiff_create(const struct trace *t);
/* The model's outcome of statement @idx; concurrent callers name distinct statements. */
void kdiff_note(struct kdiff *kd, u32 idx, const struct outcome *out);
/* After the run: compare, fill @res, free @kd. */
void kdiff_finish(struct kdiff *kd, struct kdiff_result *res);
/* A replay that stopped before its comparison (bad input, no memory). */
void kdiff_destroy(struct kdiff *kd);
void kdiff_result_destroy(struct kdiff_result *res);

#endif /* _GMEMSIM_SIM_KDIFF_H */
