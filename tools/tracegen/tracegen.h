/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Synthetic trace generator (no kernel counterpart): writes a valid
 * traces/FORMAT.md trace from a seed and a profile, for benchmarks and
 * stress runs.  The same seed and options give the same text byte for byte.
 *
 * Every profile builds the same kind of world: a SW-protected VM on the TDP
 * MMU, and per vCPU one memslot backed by its own guest_memfd (private) and
 * its own memfd mapped shared (shared), as a VMM gives each RAM block its own
 * files.  Each vCPU touches only its own slot, so reads can carry the value
 * they must return (expect=value:N) and the trace checks itself.
 *
 *  tlb-hit           each vCPU reads and writes a few pages (half private,
 *                    half shared) over and over: after the first touch of
 *                    each, every access is a TLB hit;
 *  fault-heavy       each access touches a new page of a large slot,
 *                    alternating a private page (guest_memfd allocates) and
 *                    a shared one (GUP faults the memfd page in): every
 *                    access is one fault;
 *  conversion-heavy  rounds of the private_mem_conversions_test protocol on
 *                    chunks of 1 to 16 pages: the guest writes and checks
 *                    shared memory, the host checks and rewrites it, the VMM
 *                    converts to private and punches the memfd (every other
 *                    round also allocating the guest_memfd range), the guest
 *                    finds zeroes, writes and checks private memory and
 *                    exits on a shared access, the VMM converts back and
 *                    punches the guest_memfd, and the guest and host find
 *                    zeroes again; barriers separate the steps;
 *  mixed             the conversion rounds, with TLB-hit bursts and new-page
 *                    faults added to every vCPU step.
 *
 * @events counts the statements of the actors (not barriers or setup):
 * exactly for tlb-hit and fault-heavy (all vCPU accesses, split evenly),
 * rounded up to whole rounds for the others.
 */
#ifndef _GMEMSIM_TOOLS_TRACEGEN_H
#define _GMEMSIM_TOOLS_TRACEGEN_H

#include <stdio.h>

#include <linux/types.h>

enum tracegen_profile {
	TRACEGEN_TLB_HIT,
	TRACEGEN_FAULT_HEAVY,
	TRACEGEN_CONVERSION_HEAVY,
	TRACEGEN_MIXED,
	TRACEGEN_PROFILE_NR,
};

struct tracegen_opts {
	enum tracegen_profile profile;
	u64 seed;
	u64 events;
	unsigned int vcpus;		/* 1..TRACE_MAX_VCPUS */
};

/* What a generated trace holds (for the caller's figures). */
struct tracegen_stats {
	u64 events;		/* actor statements */
	u64 accesses;		/* vCPU reads and writes */
	u64 new_pages;		/* distinct 4K pages the vCPUs and host touch */
	u64 conversions;	/* set_memory_attributes events */
	u64 punches;		/* punch-hole events */
	u64 barriers;
};

int tracegen_profile_parse(const char *name, enum tracegen_profile *p);
const char *tracegen_profile_name(enum tracegen_profile p);

/* Write the trace to @f; 0, -EINVAL on bad options, -ENOMEM or -EIO. */
int tracegen_write(const struct tracegen_opts *o, FILE *f, struct tracegen_stats *stats);

/*
 * The trace as a NUL-terminated malloc()ed string (free() it), its length in
 * *@len; NULL with *@err set (as tracegen_write) on failure.
 */
char *tracegen_text(const struct tracegen_opts *o, size_t *len, struct tracegen_stats *stats,
		    int *err);

#endif /* _GMEMSIM_TOOLS_TRACEGEN_H */
