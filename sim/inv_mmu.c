// SPDX-License-Identifier: GPL-2.0
/*
 * Invariant checks of the MMU's derived state (kernel-reference section 4;
 * split out of sim/invariants.c, whose header says when each check runs):
 *
 *  inv22  legacy rmaps and present leaves are in bijection, each leaf in the
 *         rmap of its own slot, gfn and level [rmap_add, drop_spte];
 *  inv1/inv23  no vCPU TLB entry outlives its folio, and each matches its
 *         root's SPTE (zapped translations are flushed before mmu_lock is
 *         released) [kvm_flush_remote_tlbs].
 *
 * Like the rest of the checker: lock-free reads, with every actor parked.
 */
#include <stdlib.h>
#include <string.h>

#include <linux/bitops.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/mmu_inspect.h"
#include "sim/inv_internal.h"

/* ---- legacy rmaps (invariant 22) --------------------------------------------------------- */

struct rmap_leaf_key {
	const void *id;
	gfn_t gfn;
	int level;
	const struct kvm_memory_slot *slot;
};

struct rmap_scan {
	struct inv_ctx *c;
	struct rmap_leaf_key *keys;
	size_t nr, cap;
	bool oom;
};

static void rmap_collect_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *l)
{
	struct rmap_scan *r = arg;

	if (!l->present)
		return;
	if (r->nr == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 64;
		struct rmap_leaf_key *n = realloc(r->keys, cap * sizeof(*n));

		if (!n) {
			r->oom = true;
			return;
		}
		r->keys = n;
		r->cap = cap;
	}
	r->keys[r->nr++] = (struct rmap_leaf_key){ l->id, gfn, l->level, l->slot };
}

static int rmap_key_cmp(const void *a, const void *b)
{
	const struct rmap_leaf_key *x = a, *y = b;

	if (x->id != y->id)
		return (uintptr_t)x->id < (uintptr_t)y->id ? -1 : 1;
	return 0;
}

static void rmap_check_entry(void *arg, const struct kvm_memory_slot *slot, gfn_t gfn, int level,
			     const void *id)
{
	struct rmap_scan *r = arg;
	struct rmap_leaf_key key = { .id = id }, *k;

	k = r->nr ? bsearch(&key, r->keys, r->nr, sizeof(*r->keys), rmap_key_cmp) : NULL;
	if (!k) {
		inv_report("inv22-rmap", "rmap entry without a present leaf",
			   "slot %d gfn %#llx level %d", slot->id, (unsigned long long)gfn, level);
		return;
	}
	if (k->level < 0) {
		inv_report("inv22-rmap", "leaf in two rmap entries",
			   "leaf gfn %#llx level %d seen again in slot %d gfn %#llx level %d",
			   (unsigned long long)k->gfn, -k->level - 1, slot->id,
			   (unsigned long long)gfn, level);
		return;
	}
	if (k->level != level || gfn_round_for_level(k->gfn, level) != gfn || k->slot != slot)
		inv_report("inv22-rmap", "leaf in the wrong rmap",
			   "leaf gfn %#llx level %d found in rmap of slot %d gfn %#llx level %d",
			   (unsigned long long)k->gfn, k->level, slot->id, (unsigned long long)gfn,
			   level);
	/* Each leaf is in exactly one rmap: count its appearances. */
	k->level = -k->level - 1;
}

void check_rmaps(struct inv_ctx *c)
{
	struct rmap_scan r = { .c = c };

	if (!kvm_memslots_have_rmaps(c->kvm) || c->mmu_locked)
		return;
	__kvm_mmu_for_each_leaf(c->kvm, rmap_collect_leaf, &r);
	if (r.oom)
		goto out;
	if (r.nr)
		qsort(r.keys, r.nr, sizeof(*r.keys), rmap_key_cmp);
	for (size_t i = 1; i < r.nr; i++)
		if (r.keys[i].id == r.keys[i - 1].id)
			inv_report("inv22-rmap", "one SPTE reported twice", "gfn %#llx",
				   (unsigned long long)r.keys[i].gfn);
	__kvm_mmu_for_each_rmap(c->kvm, rmap_check_entry, &r);
	for (size_t i = 0; i < r.nr; i++) {
		if (r.keys[i].level > 0)
			inv_report("inv22-rmap", "present leaf in no rmap",
				   "gfn %#llx level %d", (unsigned long long)r.keys[i].gfn,
				   r.keys[i].level);
	}
out:
	free(r.keys);
}

/*
 * Invariant 22 for one SPTE the MMU wrote since the last check: a present
 * leaf is in its rmap once, anything else in none.  (A leaf filed under
 * another gfn is the whole check's to find.)
 */
void check_rmap_of(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l)
{
	unsigned int n;

	(void)c;
	if (!l->slot)
		return;
	n = __kvm_mmu_rmap_count(l->slot, gfn_round_for_level(gfn, l->level), l->level, l->id);
	if (l->present && !n)
		inv_report("inv22-rmap", "present leaf in no rmap", "gfn %#llx level %d",
			   (unsigned long long)gfn, l->level);
	else if (l->present && n > 1)
		inv_report("inv22-rmap", "leaf in two rmap entries",
			   "leaf gfn %#llx level %d is %u times in its rmap", (unsigned long long)gfn,
			   l->level, n);
	else if (!l->present && n)
		inv_report("inv22-rmap", "rmap entry without a present leaf",
			   "slot %d gfn %#llx level %d", l->slot->id, (unsigned long long)gfn,
			   l->level);
}

/* ---- TLBs (invariants 1, 23) --------------------------------------------------------------- */

static void check_tlb_entry(struct inv_ctx *c, const struct kvm_vcpu *vcpu, unsigned int v,
			    const struct kvm_tlb_entry *e, bool may_compare)
{
	kvm_pfn_t pfn;
	bool writable;
	int level;
	u64 gen;

	if (!pfn_gen_live(e->pfn, e->gen)) {
		inv_report("inv1-tlb-freed", "TLB entry to a freed folio",
			   "vcpu%u: gfn %#llx -> pfn %#lx (level %u, gen %llu) outlived its folio", v,
			   (unsigned long long)e->gfn, e->pfn, e->level, (unsigned long long)e->gen);
		return;
	}
	if (!may_compare)
		return;
	if (!__kvm_mmu_vcpu_walk(vcpu, e->gfn, &level, &pfn, &gen, &writable)) {
		inv_report("inv23-tlb-not-flushed", "TLB entry without an SPTE",
			   "vcpu%u: gfn %#llx -> pfn %#lx survived the zap of its SPTE", v,
			   (unsigned long long)e->gfn, e->pfn);
		return;
	}
	/*
	 * Write protection for dirty logging is flushed after mmu_lock is
	 * dropped: until then a write through the old entry lands on a page
	 * the harvest already reported (kvm_get_dirty_log_protect).
	 */
	if (e->writable && !writable && READ_ONCE(c->kvm->dirty_log_flush_pending))
		writable = true;
	if (pfn != e->pfn || gen != e->gen || (e->writable && !writable))
		inv_report("inv23-tlb-not-flushed", "TLB entry disagrees with its SPTE",
			   "vcpu%u: gfn %#llx: TLB pfn %#lx gen %llu%s, SPTE pfn %#llx gen %llu%s", v,
			   (unsigned long long)e->gfn, e->pfn, (unsigned long long)e->gen,
			   e->writable ? " W" : "", (unsigned long long)pfn,
			   (unsigned long long)gen, writable ? " W" : "");
}

void check_tlbs(struct inv_ctx *c)
{
	const struct world *w = c->w;

	for (unsigned int v = 0; v < w->nr_vcpus; v++) {
		const struct kvm_vcpu *vcpu = w->vcpu[v];
		bool may_compare;

		if (!vcpu)
			continue;
		/*
		 * A flush may be pending only while its flusher holds mmu_lock or
		 * for a root just loaded (whose old TLB was flushed already).
		 */
		may_compare = !c->mmu_locked && !test_bit(KVM_REQ_TLB_FLUSH, &vcpu->requests) &&
			      READ_ONCE(vcpu->mode) != TLB_FLUSHING_MODE;
		for (int l = 0; l < PG_LEVEL_NUM - 1; l++)
			for (int k = 0; k < KVM_TLB_WAYS; k++) {
				const struct kvm_tlb_entry *e = &vcpu->tlb[l][k];

				if (READ_ONCE(e->level))
					check_tlb_entry(c, vcpu, v, e, may_compare);
			}
	}
}
