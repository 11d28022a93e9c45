/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A failing interleaving in words (no kernel counterpart): gmemsim explain.
 *
 * From a deterministic replay's timeline: the schedule as the segments each
 * actor ran, where each stopped (preempted at a named scheduling point,
 * holding which locks; blocked; finished) and which statements it began,
 * resumed or completed meanwhile; then one paragraph naming the statements
 * that raced, the bug knob the run was made with (what check it removes, the
 * fix it undoes) and the invariant that broke, on what, at which step: the
 * paragraph a developer pastes into a bug report.
 */
#ifndef _GMEMSIM_SIM_EXPLAIN_H
#define _GMEMSIM_SIM_EXPLAIN_H

#include <stdio.h>

#include "sim/replay.h"
#include "sim/timeline.h"
#include "sim/trace.h"

void explain_write(const struct trace *t, const struct replay_result *res,
		   const struct timeline *tl, FILE *f);
/* The paragraph alone, without a newline (the HTML picture quotes it). */
void explain_write_paragraph(const struct trace *t, const struct replay_result *res,
			     const struct timeline *tl, FILE *f);

#endif /* _GMEMSIM_SIM_EXPLAIN_H */
