/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A failing interleaving as a picture (no kernel counterpart): gmemsim replay
 * --html and explore --html-dir.
 *
 * One self-contained HTML page (inline CSS and SVG, no script, nothing
 * fetched): the violation and the replay command; swimlanes, one lane per
 * actor, one row per segment an actor ran between two context switches, with
 * the statements it began, resumed or completed, where it stopped (the
 * scheduling point, the locks held) and the preemptions as arrows to the
 * actor that ran next; beside each row the state when the segment ended
 * (mmu_invalidate_seq, in_progress and its range; per watched gfn the
 * attribute, the leaf SPTE, the vCPUs' TLB entries, the folio generation),
 * values that changed since the row before in bold; the violating row
 * outlined in red with the invariant's message and the state at its check;
 * then the trace and the explanation in words.
 */
#ifndef _GMEMSIM_SIM_HTML_H
#define _GMEMSIM_SIM_HTML_H

#include <stdio.h>

#include "sim/replay.h"
#include "sim/timeline.h"
#include "sim/trace.h"

void html_write(const struct trace *t, const struct replay_result *res,
		const struct timeline *tl, FILE *f);

/* Replay @t deterministically as its run line says and write the page to @path. */
int html_write_file(const struct trace *t, const char *path, char *err, size_t errlen);

#endif /* _GMEMSIM_SIM_HTML_H */
