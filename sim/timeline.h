/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a deterministic replay did, in the order it did it, for people (no
 * kernel counterpart): every context switch with where the actor stopped and
 * what it held, and every statement with the scheduling points it spanned.
 * With each switch, the state a reader needs beside it (sim/timeline_state.c):
 * the invalidation window and, for the few gfns the trace's vCPUs touch, the
 * attribute, the leaf SPTE, the vCPUs' cached translations and the folio
 * generations.  gmemsim explain reads it back as the failing interleaving in
 * words, replay --html as a picture (sim/html.c).
 */
#ifndef _GMEMSIM_SIM_TIMELINE_H
#define _GMEMSIM_SIM_TIMELINE_H

#include <linux/types.h>

struct sched_switch;
struct trace;
struct world;

#define TIMELINE_MAX_GFNS 4

/* One watched gfn at one moment. */
struct timeline_gfn_state {
	bool private;			/* its memory attribute */
	/* The leaf mapping it in a valid root, if any. */
	bool spte, spte_writable, spte_private, spte_stale;
	u8 spte_level;			/* PG_LEVEL_* */
	u8 nr_obsolete;			/* leaves still mapping it in obsolete roots */
	kvm_pfn_t pfn;
	u64 spte_gen;			/* folio generation recorded with the leaf */
	u64 folio_gen;			/* that pfn's folio's generation now */
	u32 tlb_vcpus, tlb_stale_vcpus;	/* bit v: vCPU v caches a translation (a stale one) */
};

struct timeline_state {
	bool valid;
	unsigned long seq;		/* kvm->mmu_invalidate_seq */
	long in_progress;		/* kvm->mmu_invalidate_in_progress */
	gfn_t range_start, range_end;
	struct timeline_gfn_state gfn[TIMELINE_MAX_GFNS];
};

struct timeline_switch {
	u64 step;
	int from, to;			/* actors; -1: the scheduler (start, end) */
	const char *point;		/* where @from stopped (a string literal) */
	const char *model_point;	/* the named model step before it, or NULL */
	bool preempted, finished;
	char locks[128];		/* what @from held, innermost last */
	struct timeline_state state;	/* when @from stopped */
};

struct timeline_stmt {
	u32 idx;			/* index into the trace's statements */
	int actor;
	u64 first, last;		/* scheduling steps at its start and its end (UINT64_MAX: never ended) */
};

struct timeline {
	gfn_t gfns[TIMELINE_MAX_GFNS];	/* watched (timeline_watch) */
	u32 nr_gfns;
	struct timeline_state at_violation;	/* at the first check after the first report */
	u64 violation_step;
	struct timeline_switch *sw;
	u32 nr_sw, cap_sw;
	struct timeline_stmt *st;
	u32 nr_st, cap_st;
};

/*
 * A run of one actor between two switches: sw[k] started it, sw[k + 1] (or
 * the end of the run) stopped it.
 */
struct timeline_seg {
	u32 k;
	int actor;
	u64 from, to;			/* scheduling steps */
	bool resumed;			/* the actor ran before */
	const struct timeline_switch *end;	/* NULL: the run was stopped in it */
};

/*
 * Next segment after *@k (start with *@k = 0) in which an actor that runs
 * statements ran; false at the end.  @steps: the run's total.
 */
bool timeline_next_seg(const struct timeline *tl, u64 steps, u32 *k, struct timeline_seg *seg);
/*
 * How segment [@from, @to] of actor @a met statement @st: "runs to
 * completion", "begins", "continues", "resumes and completes", or NULL.
 */
const char *timeline_stmt_role(const struct timeline_stmt *st, int a, u64 from, u64 to);

/* Watch the gfns @t's vCPUs access (else the ranges its events name). */
void timeline_watch(struct timeline *tl, const struct trace *t);
/* Fill @s from @w; every actor parked (a switch or check hook, det mode). */
void timeline_capture(const struct timeline *tl, struct world *w, struct timeline_state *s);

void timeline_add_switch(struct timeline *tl, const struct sched_switch *sw);
/* A statement starts (its end unknown yet: a deadlocked one never ends); returns its slot. */
u32 timeline_begin_stmt(struct timeline *tl, u32 idx, int actor, u64 first);
void timeline_end_stmt(struct timeline *tl, u32 slot, u64 last);
void timeline_destroy(struct timeline *tl);

#endif /* _GMEMSIM_SIM_TIMELINE_H */
