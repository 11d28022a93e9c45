/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The invariant checker (kernel-reference.md section 4): global properties of
 * the model's state that must hold whenever the checker looks.  inv_check()
 * runs every check that applies at @when and reports each failure through
 * report_violation() with the invariant's name and the objects involved.
 */
#ifndef _GMEMSIM_SIM_INVARIANTS_H
#define _GMEMSIM_SIM_INVARIANTS_H

#include "sim/world.h"

enum inv_when {
	INV_STEP,	/* any deterministic scheduling point: actors may be mid-operation */
	INV_QUIESCENT,	/* every actor parked at a barrier, or the run over */
};

void inv_check(struct world *w, enum inv_when when);

/* Number of inv_check() calls made by this process. */
u64 inv_checks_run(void);

/*
 * Violations the checker reported on the calling thread (deterministic runs
 * check on the thread that runs them) since inv_violations_reset(): of
 * invariant @kind ("inv7-private-from-gmem", ...), or of any with NULL.
 */
unsigned long inv_violations(const char *kind);
void inv_violations_reset(void);

#endif
