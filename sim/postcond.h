/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Postconditions of single operations (kernel-reference 2.4, 3.3 B): what must
 * be true when a call returns, whatever ran concurrently.  They complement the
 * global invariants of sim/invariants.c.
 */
#ifndef _GMEMSIM_SIM_POSTCOND_H
#define _GMEMSIM_SIM_POSTCOND_H

#include <linux/types.h>

struct address_space;

#define PUNCH_SNAP_MAX 64

/* The folios a hole punch found in its range before it started. */
struct punch_snapshot {
	struct address_space *mapping;
	unsigned int nr;
	struct {
		pgoff_t index;
		unsigned long pfn;
		u64 gen;
	} f[PUNCH_SNAP_MAX];
};

void postcond_punch_begin(struct punch_snapshot *snap, struct address_space *mapping,
			  loff_t offset, loff_t len);
/* After a successful PUNCH_HOLE: none of those folios may still be cached. */
void postcond_punch_end(const struct punch_snapshot *snap);

#endif
