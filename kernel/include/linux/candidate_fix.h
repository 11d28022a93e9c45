/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: none.  Where a bug knob (linux/bug_inject.h) puts back
 * a bug the kernel once had, a candidate fix takes out one it still has: a
 * change proposed for a finding of docs/findings/, implemented at the site
 * it would touch in the kernel, so that a campaign can validate it (the
 * finding gone, nothing new) before it is sent.  Off by default: the model
 * stays faithful to the kernel as it is.  Flipped between runs only
 * (`--fix NAME` on replay and explore), like the bug knobs.
 */
#ifndef _GMEMSIM_LINUX_CANDIDATE_FIX_H
#define _GMEMSIM_LINUX_CANDIDATE_FIX_H

#include <stdio.h>

#include <linux/compiler.h>
#include <linux/types.h>

enum candidate_fix_id {
	FIX_GMEM_ERROR_FOLIO_RELOCK,	/* docs/findings/gmem-error-folio-vs-punch-hole.md */
	FIX_RMAP_ZAP_SKIP_UNALLOCATED,	/* docs/findings/gmem-bind-before-rmap-alloc.md */
	FIX_MMIO_SPTE_DROP_PRESENT,	/* docs/findings/mmio-spte-over-present.md */
	CANDIDATE_FIX_NR,
};

struct candidate_fix_info {
	const char *name;	/* the --fix NAME */
	const char *finding;	/* docs/findings/ID.md it is for */
	const char *desc;	/* what it changes, one line */
	const char *site;	/* model file:function where it acts */
};

extern const struct candidate_fix_info candidate_fix_table[CANDIDATE_FIX_NR];
extern unsigned long candidate_fix_mask;

static __always_inline bool candidate_fixed(enum candidate_fix_id id)
{
	return unlikely(__atomic_load_n(&candidate_fix_mask, __ATOMIC_RELAXED) & (1UL << id));
}

/* Turn the fix called @name on: 0 or -EINVAL. */
int candidate_fix_enable(const char *name);
void candidate_fix_clear_all(void);
void candidate_fix_list(FILE *f);

#endif /* _GMEMSIM_LINUX_CANDIDATE_FIX_H */
