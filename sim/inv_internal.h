/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the invariant checker's files (sim/invariants.c: scheduling,
 * cheap checks, leaves, guest_memfd caches; sim/inv_mmu.c: legacy rmaps and
 * vCPU TLBs): the context of one check and the counted report.
 */
#ifndef _GMEMSIM_SIM_INV_INTERNAL_H
#define _GMEMSIM_SIM_INV_INTERNAL_H

#include <linux/bug.h>
#include <linux/kvm_host.h>

#include "kvm_model/mmu/mmu.h"
#include "sim/invariants.h"

#define INV_MAX_GMEM 32

/* ---- context of one check ------------------------------------------------------------ */

struct inv_gmem {
	struct file *file;
	struct address_space *mapping;
	pgoff_t size_pages;
	bool flags_known;
	u64 flags;
};

struct inv_leaf_rec {
	gfn_t gfn;
	int level;
	kvm_pfn_t pfn;
	const void *root;
};

struct inv_ctx {
	struct world *w;
	struct kvm *kvm;
	enum inv_when when;
	struct kvm_memslots *slots;
	bool mmu_locked;
	long in_progress;
	gfn_t range_start, range_end;
	int nr_gmem;
	/* Leaves seen, for acct-one-backing (only when two roots showed up). */
	struct inv_leaf_rec *leaves;
	size_t nr_leaves, cap_leaves;
	const void *first_root;
	bool multi_root;
	bool record_leaves;	/* more than one root: acct-one-backing runs */
	u64 visited;		/* leaves and cached pages looked at */
	/* Last: inv_check() clears only what comes before it. */
	struct inv_gmem gmem[INV_MAX_GMEM];
};

/* Count a report of @kind (inv_violations()); every report goes through inv_report(). */
void inv_count(const char *kind);

#define inv_report(kind, cond, fmt, ...)                                              \
	do {                                                                           \
		inv_count(kind);                                                       \
		report_violation(kind, cond, __FILE__, __LINE__, fmt, ##__VA_ARGS__);  \
	} while (0)

/* inv_mmu.c */
void check_rmaps(struct inv_ctx *c);
void check_rmap_of(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l);
void check_tlbs(struct inv_ctx *c);

#endif
