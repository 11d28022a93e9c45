// SPDX-License-Identifier: GPL-2.0
/*
 * The state beside a replay's timeline (sim/timeline.h; no kernel
 * counterpart): what a reader of a failure needs to see change from one
 * context switch to the next.  Read without locks, like the invariant
 * checker's __kvm_mmu_* walks: it runs only from the scheduler's hooks in
 * deterministic mode, with every actor parked at a scheduling point.
 */
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>

#include "kvm_model/mmu/mmu.h"
#include "sim/timeline.h"
#include "sim/trace.h"
#include "sim/world.h"

static void watch(struct timeline *tl, gfn_t gfn)
{
	for (u32 i = 0; i < tl->nr_gfns; i++)
		if (tl->gfns[i] == gfn)
			return;
	if (tl->nr_gfns < TIMELINE_MAX_GFNS)
		tl->gfns[tl->nr_gfns++] = gfn;
}

static void watch_op(struct timeline *tl, const struct trace *t, enum trace_op_id op)
{
	int gpa = trace_param_index(op, "gpa");

	for (u32 i = t->first_event; gpa >= 0 && i < t->nr_stmt; i++) {
		const struct trace_stmt *st = &t->stmt[i];

		if (st->op == op && trace_has(st, (unsigned int)gpa))
			watch(tl, st->val[gpa] >> PAGE_SHIFT);
	}
}

void timeline_watch(struct timeline *tl, const struct trace *t)
{
	static const enum trace_op_id by_rank[] = {
		TOP_READ, TOP_WRITE, TOP_EXEC, TOP_PRE_FAULT, TOP_SET_MEMORY_ATTRIBUTES,
	};

	tl->nr_gfns = 0;
	for (size_t i = 0; i < ARRAY_SIZE(by_rank); i++)
		watch_op(tl, t, by_rank[i]);
}

struct leaf_ctx {
	const struct timeline *tl;
	struct timeline_state *s;
};

static void leaf_fn(void *arg, gfn_t first, const struct kvm_mmu_leaf *l)
{
	struct leaf_ctx *c = arg;
	u64 pages = KVM_PAGES_PER_HPAGE(l->level);

	for (u32 i = 0; i < c->tl->nr_gfns; i++) {
		gfn_t gfn = c->tl->gfns[i];
		struct timeline_gfn_state *g = &c->s->gfn[i];

		if (gfn < first || gfn >= first + pages)
			continue;
		if (l->obsolete || g->spte) {
			g->nr_obsolete++;
			continue;
		}
		g->spte = true;
		g->spte_level = (u8)l->level;
		g->spte_writable = l->writable;
		g->spte_private = l->private;
		g->spte_stale = !l->folio;
		g->pfn = l->pfn + (gfn - first);
		g->spte_gen = l->gen;
	}
}

static void capture_tlbs(const struct timeline *tl, struct world *w, struct timeline_state *s)
{
	for (unsigned int v = 0; v < w->nr_vcpus && v < 32; v++) {
		const struct kvm_vcpu *vcpu = w->vcpu[v];

		for (int l = 0; vcpu && l < PG_LEVEL_NUM - 1; l++)
			for (int k = 0; k < KVM_TLB_WAYS; k++) {
				const struct kvm_tlb_entry *e = &vcpu->tlb[l][k];

				if (!e->level)
					continue;
				for (u32 i = 0; i < tl->nr_gfns; i++) {
					gfn_t gfn = tl->gfns[i];

					if (gfn < e->gfn || gfn >= e->gfn + KVM_PAGES_PER_HPAGE(e->level))
						continue;
					s->gfn[i].tlb_vcpus |= BIT(v);
					if (e->folio->gen != e->gen)
						s->gfn[i].tlb_stale_vcpus |= BIT(v);
				}
			}
	}
}

void timeline_capture(const struct timeline *tl, struct world *w, struct timeline_state *s)
{
	struct kvm *kvm = w->kvm;
	struct leaf_ctx c = { tl, s };

	*s = (struct timeline_state){ .valid = true };
	if (!kvm)
		return;
	s->seq = kvm->mmu_invalidate_seq;
	s->in_progress = kvm->mmu_invalidate_in_progress;
	s->range_start = kvm->mmu_invalidate_range_start;
	s->range_end = kvm->mmu_invalidate_range_end;
	for (u32 i = 0; i < tl->nr_gfns; i++)
		s->gfn[i].private = kvm_get_memory_attributes(kvm, tl->gfns[i]) &
				    KVM_MEMORY_ATTRIBUTE_PRIVATE;
	__kvm_mmu_for_each_leaf(kvm, leaf_fn, &c);
	for (u32 i = 0; i < tl->nr_gfns; i++) {
		struct folio *folio = s->gfn[i].spte ? pfn_folio(s->gfn[i].pfn) : NULL;

		s->gfn[i].folio_gen = folio ? folio->gen : 0;
	}
	capture_tlbs(tl, w, s);
}
