/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: none exactly; the closest is lib/fault-inject.c with
 * its debugfs knobs.  Where fault injection makes a correct kernel fail an
 * allocation, these knobs put back a bug the kernel once had: each knob is a
 * historical bug from ../shared/bug-zoo.md (a dropped retry check, a skipped
 * flush, a leaked reference ...), re-created at the site the fix touched.
 *
 * Every knob is off by default.  A site tests its knob with
 *
 *	if (unlikely(bug_injected(BUG_FAULT_SEQ_AFTER_ATTR)))
 *
 * which costs one relaxed load of a global mask: knobs are flipped between
 * runs (command line, tests), never while a model operation is in flight, so
 * no ordering is needed.  Knobs are process-wide, like a kernel build with
 * the bug: every VM and every deterministic run of the process sees them.
 */
#ifndef _GMEMSIM_LINUX_BUG_INJECT_H
#define _GMEMSIM_LINUX_BUG_INJECT_H

#include <stdio.h>

#include <linux/compiler.h>
#include <linux/types.h>

enum bug_inject_id {
	BUG_FAULT_SEQ_AFTER_ATTR,	/* B2 */
	BUG_ATTR_RANGE_NOT_ADDED,	/* B3 */
	BUG_ATTR_SKIP_SHARED_ONLY_SLOT,	/* B4 */
	BUG_GMEM_INVALIDATE_IMBALANCE,	/* B7 */
	BUG_GMEM_PUNCH_NO_TRUNCATE,	/* B8 */
	BUG_GMEM_FILTER_PRIVATE_ONLY,	/* B9 */
	BUG_GMEM_HWPOISON_REF_LEAK,	/* B11 */
	BUG_MN_UNPAIRED_END,		/* B14 */
	BUG_FAULT_IGNORE_OBSOLETE_ROOT,	/* B17 */
	BUG_ZAP_YIELD_UNFLUSHED,	/* B20 */
	BUG_INJECT_NR,
};

struct bug_inject_info {
	const char *name;	/* the --inject NAME */
	const char *zoo_id;	/* bug-zoo.md entry, "B2" */
	const char *commit;	/* the fix it undoes: "db574f2f96d0 KVM: x86/mmu: ..." */
	const char *desc;	/* what the knob does, one line */
	const char *site;	/* model file:function where it acts */
};

extern const struct bug_inject_info bug_inject_table[BUG_INJECT_NR];

/* Bit i set: knob i is on.  Written by bug_inject_*() only. */
extern unsigned long bug_inject_mask;

static __always_inline bool bug_injected(enum bug_inject_id id)
{
	/* Relaxed: knobs change only between runs (see the file comment). */
	return unlikely(__atomic_load_n(&bug_inject_mask, __ATOMIC_RELAXED) & (1UL << id));
}

/* The knob called @name (or its bug-zoo id, "B2"), or -EINVAL. */
int bug_inject_lookup(const char *name);
/* Turn the knob called @name on: 0 or -EINVAL for an unknown name. */
int bug_inject_enable(const char *name);
/* Turn one knob on or off. */
void bug_inject_set(enum bug_inject_id id, bool on);
/* Every knob off. */
void bug_inject_clear_all(void);
/*
 * The knobs now on, as command-line options (" --inject NAME" each), into
 * @buf of @size bytes: what a replay of a failure found with them needs.
 */
void bug_inject_format_opts(char *buf, size_t size);
/* The knobs of @mask as a trace's run inject= value: "NAME|NAME". */
void bug_inject_format_names(unsigned long mask, char *buf, size_t size);
/* All knobs at once, to turn a trace's knobs on for its replay and back off after. */
unsigned long bug_inject_get_mask(void);
void bug_inject_set_mask(unsigned long mask);
/* Print the table, one knob per line, on @f. */
void bug_inject_list(FILE *f);

#endif /* _GMEMSIM_LINUX_BUG_INJECT_H */
