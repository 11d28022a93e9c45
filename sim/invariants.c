// SPDX-License-Identifier: GPL-2.0
/*
 * The invariant checker (kernel-reference.md section 4; no kernel
 * counterpart: these are the properties the kernel's design relies on,
 * checked from outside).  The rmap and TLB checks live in sim/inv_mmu.c.
 *
 * Each check reads model state without taking the model's locks and without
 * reaching a scheduling point: in deterministic mode it runs between two
 * steps with every actor parked at a scheduling point (possibly in the middle
 * of an operation, possibly holding locks), in free mode only at quiescent
 * points.  What may be checked depends on where the actors can be parked:
 *
 *  always (every step)
 *   inv3-invalidate-balance  mmu_invalidate_in_progress >= 0
 *   inv4-seq                 seq + in_progress == begin() calls (seq moves only
 *                            in end()), and seq never goes backwards
 *   inv5-swap-during-notifier the active memslot set changed between two
 *                            consecutive steps while mn_active_invalidate_count
 *                            was non-zero on both sides
 *   inv13-memslot-overlap    active slots sorted by base gfn, never overlapping
 *   inv14-gmem-binding       bound gmem slots: a guest_memfd file, range inside
 *                            i_size, no two slots binding one index
 *   inv1-spte-freed / inv1-tlb-freed  no leaf SPTE / TLB entry translates to a
 *                            folio whose generation moved (stale translation:
 *                            the kernel zaps and flushes before it frees)
 *   inv21-spte-without-slot  every present leaf lies in an active memslot
 *   inv11-huge-crosses-slot, inv11-huge-misaligned, inv11-lpage-disallowed
 *                            a huge leaf lies inside its slot, gfn and hva agree
 *                            modulo its size, lpage_info allows it
 *   inv10-huge-mixed         no huge leaf where lpage_info has the MIXED bit
 *   inv12-private-huge       private leaves are 4K (order-0 gmem folios)
 *   inv18-not-uptodate       a gmem folio mapped by a leaf is uptodate
 *   host-isolation           no host PTE maps a folio of a guest_memfd without
 *                            INIT_SHARED (folio mapcount is the host's PTEs)
 *   acct-gmem-size           a guest_memfd caches no page at or beyond i_size
 *   acct-one-backing         one gfn is never mapped to two different pfns by
 *                            leaves of different roots
 *   data-fresh-not-zero      a gmem folio not yet uptodate holds no data (the
 *                            zeroing that makes it uptodate comes before use)
 *   data-foreign-owner       no content word in a gmem folio is tagged with an
 *                            owner other than the folio's
 *  outside an open invalidation window for the leaf's gfns (kernel-reference
 *  1.7: in_progress > 0 with the gfn in the tracked range, or the slot
 *  INVALID; a gmem slot whose file is being released is skipped)
 *   inv8-spte-privateness    a leaf's private bit equals the gfn's attribute
 *   inv10-huge-mixed-attrs   a huge leaf's gfns all have the same attributes
 *   inv7-private-from-gmem   a private (or gmem-only) leaf maps the folio at
 *                            gfn - base_gfn + pgoff of the slot's bound file
 *   inv7-private-without-gmem a private leaf in a slot without guest_memfd
 *   inv7-shared-from-gmem    a shared leaf of a non-gmem-only slot maps no
 *                            guest_memfd folio
 *   inv7-shared-not-host-mapped  ... and its folio is mapped by the host (the
 *                            host's PTE goes only inside a notifier bracket)
 *  with mmu_lock not held by anyone (no MMU operation half done)
 *   inv22-rmap               legacy MMU: present leaves and rmap entries are
 *                            in bijection, each in the rmap of its slot, gfn
 *                            and level
 *   inv23-tlb-not-flushed    every TLB entry of a vCPU without a pending flush
 *                            agrees with its root's SPTE (pfn, generation,
 *                            no write permission the SPTE lacks)
 *   inv26-obsolete-root-leaf no present leaf in an obsolete root
 *  at quiescent points only
 *   inv3-invalidate-balance  no invalidation and no notifier start left open
 *   inv10-mixed-flag         (VMs with private memory) each 2M page wholly in a
 *                            slot has MIXED set exactly when its attributes
 *                            differ
 *   inv19-gmem-closed-mapped no leaf left in a gmem slot whose file is gone
 *   inv1-spte-hwpoison       no leaf maps a poisoned folio (memory_failure()
 *                            marks the folio before the zap: not at a step)
 *
 * Cost: the cheap checks run at every call; the rest is meant to cost what
 * changed, so that a gigabyte world checked at every point stays linear:
 *  - a walk of every leaf (and the legacy rmaps, the TLBs) when the state the
 *    leaf checks read besides the leaves moved (world_summary: invalidation
 *    counters and range, memslot generation, folios freed, host PTEs zapped);
 *  - else, when only the MMU moved (mmu_summary: its statistics, mmu_lock's
 *    state, the vCPUs' TLB state; or SPTEs were written), the leaf and rmap
 *    checks of the SPTEs written since the last check, from the MMU's log
 *    (__kvm_mmu_for_each_written_leaf), and the TLBs (a fixed number of
 *    entries).  Where the log cannot say (it was lost: a page left the tree,
 *    a root became obsolete, too many writes), or several roots exist
 *    (acct-one-backing compares them), every leaf is walked;
 *  - everything, the guest_memfd page caches included (they move with every
 *    allocation), at every quiescent point and periodically: every
 *    INV_FULL_EVERY checks or every as many checks as the last full one
 *    visited objects, whichever is more, which bounds what a corruption that
 *    moves none of those counters can hide at a constant cost per check.
 * No check reaches a scheduling point (inv_check disables them: the checks
 * read through the model's lockless readers).  Leak checks at teardown are
 * world_destroy's and replay's (pages and kmalloc).
 */
#include <linux/bitops.h>
#include <linux/fdtable.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>
#include <linux/mm.h>
#include <linux/mm_vma.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "kvm_model/mmu/mmu.h"
#include "kvm_model/mmu/mmu_inspect.h"
#include "sim/inv_internal.h"
#include "sim/invariants.h"

#define INV_FULL_EVERY 64
#define INV_FULL_SHARE 1
#define INV_STATES 64

static u64 nr_checks;

u64 inv_checks_run(void)
{
	return __atomic_load_n(&nr_checks, __ATOMIC_RELAXED);
}

/* ---- per-world history ----------------------------------------------------------- */

/*
 * What a check remembers of the previous one of the same world.  A world is
 * named by its address and its mm's owner id (unique in the process), so a
 * new world at a recycled address starts afresh.  One world is checked by one
 * thread at a time; the table itself is shared by explorations running side
 * by side on OS threads (at most INV_STATES worlds at once).
 */
struct inv_world_state {
	const struct world *w;
	u32 mm_id;
	u64 last_use;
	u64 nr;			/* checks of this world */
	u64 world, mmu;		/* world_summary(), mmu_summary() */
	u64 full_nr;		/* nr at the last full check */
	u64 full_cost;		/* objects it visited (leaves, cached pages) */
	bool have_prev;
	unsigned long seq;
	u64 step;		/* sched_steps() at the previous check (det) */
	const struct kvm_memslots *active;
	unsigned long mn_count;
};

static struct inv_world_state inv_states[INV_STATES];
static u64 inv_clock;
/* Protects inv_states and inv_clock: not a model lock, never a scheduling point. */
static pthread_mutex_t inv_states_lock = PTHREAD_MUTEX_INITIALIZER;

static struct inv_world_state *inv_state_get(const struct world *w)
{
	u32 id = w->mm ? w->mm->anon_owner.id : 0;
	struct inv_world_state *s, *victim = &inv_states[0];

	pthread_mutex_lock(&inv_states_lock);
	for (s = inv_states; s < inv_states + INV_STATES; s++) {
		if (s->w == w && s->mm_id == id)
			goto found;
		if (s->last_use < victim->last_use)
			victim = s;
	}
	s = victim;
	memset(s, 0, sizeof(*s));
	s->w = w;
	s->mm_id = id;
found:
	s->last_use = ++inv_clock;
	pthread_mutex_unlock(&inv_states_lock);
	return s;
}

/* ---- reports, counted per kind for tests and explorations --------------------------------- */

#define INV_KINDS 48

struct inv_kind_count {
	const char *kind;
	unsigned long n;
};

static __thread struct inv_kind_count inv_kinds[INV_KINDS];
static __thread unsigned long inv_kinds_total;

void inv_count(const char *kind)
{
	inv_kinds_total++;
	for (int i = 0; i < INV_KINDS; i++) {
		if (!inv_kinds[i].kind)
			inv_kinds[i].kind = kind;
		if (!strcmp(inv_kinds[i].kind, kind)) {
			inv_kinds[i].n++;
			return;
		}
	}
}

unsigned long inv_violations(const char *kind)
{
	if (!kind)
		return inv_kinds_total;
	for (int i = 0; i < INV_KINDS && inv_kinds[i].kind; i++)
		if (!strcmp(inv_kinds[i].kind, kind))
			return inv_kinds[i].n;
	return 0;
}

void inv_violations_reset(void)
{
	memset(inv_kinds, 0, sizeof(inv_kinds));
	inv_kinds_total = 0;
}


static bool range_in_window(const struct inv_ctx *c, const struct kvm_memory_slot *slot,
			    gfn_t start, gfn_t end)
{
	if (slot && (READ_ONCE(slot->flags) & KVM_MEMSLOT_INVALID))
		return true;
	if (c->in_progress <= 0 || c->range_start == INVALID_GPA)
		return false;
	return start < c->range_end && end > c->range_start;
}

static struct inv_gmem *gmem_of_file(struct inv_ctx *c, const struct file *file)
{
	for (int i = 0; i < c->nr_gmem; i++)
		if (c->gmem[i].file == file)
			return &c->gmem[i];
	return NULL;
}

static struct inv_gmem *gmem_of_mapping(struct inv_ctx *c, const struct address_space *mapping)
{
	for (int i = 0; i < c->nr_gmem; i++)
		if (c->gmem[i].mapping == mapping)
			return &c->gmem[i];
	return NULL;
}

/* The flags the trace created guest_memfd object @obj with. */
static bool trace_gmem_flags(const struct trace *t, u32 obj, u64 *flags)
{
	int pname = trace_param_index(TOP_GMEM_CREATE, "name");
	int pflags = trace_param_index(TOP_GMEM_CREATE, "flags");

	for (u32 i = 0; i < t->nr_stmt; i++) {
		const struct trace_stmt *st = &t->stmt[i];

		if (st->op != TOP_GMEM_CREATE || pname < 0 || !trace_has(st, pname) ||
		    st->val[pname] != obj)
			continue;
		*flags = pflags >= 0 && trace_has(st, pflags) ? st->val[pflags] : 0;
		return true;
	}
	return false;
}

static void gmem_add(struct inv_ctx *c, struct file *file, bool flags_known, u64 flags)
{
	struct inv_gmem *g = gmem_of_file(c, file);

	if (!g) {
		if (c->nr_gmem == INV_MAX_GMEM || !file_is_kvm_gmem(file))
			return;
		g = &c->gmem[c->nr_gmem++];
		*g = (struct inv_gmem){
			.file = file,
			.mapping = file->f_mapping,
			.size_pages = DIV_ROUND_UP((u64)READ_ONCE(file_inode(file)->i_size), PAGE_SIZE),
		};
	}
	if (flags_known) {
		g->flags_known = true;
		g->flags = flags;
	}
}

/*
 * Every guest_memfd the checker can name: the open fds of the trace's
 * guest_memfd objects (flags from the trace) and the files bound to slots.
 * A VM with private memory cannot have INIT_SHARED files at all.
 */
static void collect_gmem(struct inv_ctx *c)
{
	const struct world *w = c->w;
	bool private_vm = kvm_arch_has_private_mem(c->kvm);
	u64 flags;

	for (u32 j = 0; w->obj && w->files && j < w->nr_gmem_obj; j++) {
		u32 i = w->gmem_obj[j];
		const struct world_obj *o = &w->obj[i];
		struct file *file;

		if (o->fd < 0 || o->fd >= NR_OPEN_DEFAULT)
			continue;
		/* Snapshot of the table; the fd's owner is parked. */
		file = READ_ONCE(w->files->fd_array[o->fd]);
		if (!file || (unsigned long)file < 4096)
			continue;
		if (trace_gmem_flags(w->t, i, &flags))
			gmem_add(c, file, true, flags);
		else
			gmem_add(c, file, private_vm, 0);
	}
	for (unsigned int i = 0; c->slots && i < c->slots->nr_slots; i++) {
		const struct kvm_memory_slot *slot = c->slots->gfn_sorted[i];
		struct file *file = READ_ONCE(slot->gmem.file);

		if (kvm_slot_has_gmem(slot) && file)
			gmem_add(c, file, private_vm, 0);
	}
}

/* ---- cheap checks: every call -------------------------------------------------------------- */

static void check_invalidate_counters(struct inv_ctx *c, struct inv_world_state *s)
{
	struct kvm *kvm = c->kvm;
	unsigned long seq = READ_ONCE(kvm->mmu_invalidate_seq);
	unsigned long mn = READ_ONCE(kvm->mn_active_invalidate_count);
	u64 begins = READ_ONCE(kvm->stat.mmu_invalidate_begin);

	if (c->in_progress < 0)
		inv_report("inv3-invalidate-balance", "mmu_invalidate_in_progress < 0",
			   "in_progress %ld", c->in_progress);
	if ((u64)seq + (u64)c->in_progress != begins) {
		/* Not a baseline for the monotonicity check either. */
		inv_report("inv4-seq", "mmu_invalidate_seq moved outside invalidate_end",
			   "seq %lu + in_progress %ld != %llu begin() calls", seq, c->in_progress,
			   (unsigned long long)begins);
	} else {
		if (s->have_prev && seq < s->seq)
			inv_report("inv4-seq", "mmu_invalidate_seq went backwards",
				   "seq %lu after %lu", seq, s->seq);
		s->seq = seq;
	}
	if (c->when != INV_QUIESCENT)
		return;
	if (c->in_progress)
		inv_report("inv3-invalidate-balance", "invalidation open at a quiescent point",
			   "mmu_invalidate_in_progress %ld with every actor parked", c->in_progress);
	if (mn)
		inv_report("inv3-invalidate-balance", "mmu_notifier start without end",
			   "mn_active_invalidate_count %lu with every actor parked", mn);
}

/*
 * Invariant 5 can only be judged across two consecutive deterministic steps:
 * one actor ran in between, and a notifier actor never publishes memslots.
 */
static void check_swap_vs_notifier(struct inv_ctx *c, struct inv_world_state *s)
{
	const struct kvm_memslots *active = READ_ONCE(c->kvm->memslots[0]);
	unsigned long mn = READ_ONCE(c->kvm->mn_active_invalidate_count);
	u64 step = sched_steps();

	if (s->have_prev && step && step == s->step + 1 && active != s->active &&
	    s->mn_count && mn)
		inv_report("inv5-swap-during-notifier", "memslots swapped under an mmu_notifier",
			   "active set changed at step %llu with mn_active_invalidate_count %lu -> %lu",
			   (unsigned long long)step, s->mn_count, mn);
	s->step = step;
	s->active = active;
	s->mn_count = mn;
}

static void check_memslots(struct inv_ctx *c)
{
	for (int as = 0; as < kvm_arch_nr_memslot_as_ids(c->kvm); as++) {
		/* Published set: stable while every actor is parked. */
		struct kvm_memslots *slots = READ_ONCE(c->kvm->memslots[as]);

		for (unsigned int i = 1; slots && i < slots->nr_slots; i++) {
			const struct kvm_memory_slot *a = slots->gfn_sorted[i - 1];
			const struct kvm_memory_slot *b = slots->gfn_sorted[i];

			if (a->base_gfn + a->npages <= b->base_gfn)
				continue;
			inv_report("inv13-memslot-overlap", "memslots overlap",
				   "as %d: slot %d [%#llx, +%lu) and slot %d [%#llx, +%lu)", as, a->id,
				   (unsigned long long)a->base_gfn, a->npages, b->id,
				   (unsigned long long)b->base_gfn, b->npages);
		}
	}
}

/* Invariant 14 as the slots show it (bindings xarray: guest_memfd.c's private state). */
static void check_gmem_bindings(struct inv_ctx *c)
{
	const struct kvm_memslots *slots = c->slots;

	for (unsigned int i = 0; slots && i < slots->nr_slots; i++) {
		const struct kvm_memory_slot *a = slots->gfn_sorted[i];
		struct file *file = READ_ONCE(a->gmem.file);
		pgoff_t size;

		if (!kvm_slot_has_gmem(a) || !file || (a->flags & KVM_MEMSLOT_INVALID))
			continue;
		if (!file_is_kvm_gmem(file)) {
			inv_report("inv14-gmem-binding", "slot bound to a file that is no guest_memfd",
				   "slot %d", a->id);
			continue;
		}
		size = DIV_ROUND_UP((u64)READ_ONCE(file_inode(file)->i_size), PAGE_SIZE);
		if (a->gmem.pgoff + a->npages > size)
			inv_report("inv14-gmem-binding", "binding beyond i_size",
				   "slot %d binds [%#lx, +%lu) of a %lu-page guest_memfd", a->id,
				   a->gmem.pgoff, a->npages, size);
		for (unsigned int j = i + 1; j < slots->nr_slots; j++) {
			const struct kvm_memory_slot *b = slots->gfn_sorted[j];

			if (!kvm_slot_has_gmem(b) || READ_ONCE(b->gmem.file) != file ||
			    (b->flags & KVM_MEMSLOT_INVALID))
				continue;
			if (a->gmem.pgoff < b->gmem.pgoff + b->npages &&
			    b->gmem.pgoff < a->gmem.pgoff + a->npages)
				inv_report("inv14-gmem-binding", "two slots bind one index",
					   "slots %d [%#lx, +%lu) and %d [%#lx, +%lu) of one guest_memfd",
					   a->id, a->gmem.pgoff, a->npages, b->id, b->gmem.pgoff,
					   b->npages);
		}
	}
}

/* ---- leaves ---------------------------------------------------------------------------- */

static bool attrs_uniform_shared(struct kvm *kvm, gfn_t start, gfn_t end)
{
	unsigned long index = start;
	void *entry;

	/* Absent entries read as 0; an entry with PRIVATE breaks uniformity. */
	xa_for_each_range(&kvm->mem_attr_array, index, entry, start, end - 1)
		if (xa_to_value(entry) & KVM_MEMORY_ATTRIBUTE_PRIVATE)
			return false;
	return true;
}

static void leaf_record(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l)
{
	/* Unlinked legacy pages (no root) are not a second view of the gfn. */
	if (!c->record_leaves || !l->root)
		return;
	if (!c->first_root)
		c->first_root = l->root;
	else if (l->root != c->first_root)
		c->multi_root = true;
	if (c->nr_leaves == c->cap_leaves) {
		size_t cap = c->cap_leaves ? 2 * c->cap_leaves : 64;
		struct inv_leaf_rec *n = realloc(c->leaves, cap * sizeof(*n));

		if (!n)
			return;
		c->leaves = n;
		c->cap_leaves = cap;
	}
	c->leaves[c->nr_leaves++] = (struct inv_leaf_rec){ gfn, l->level, l->pfn, l->root };
}

static void check_leaf_geometry(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l,
				const struct kvm_memory_slot *slot)
{
	u64 n = KVM_PAGES_PER_HPAGE(l->level);
	unsigned int count;
	bool mixed;

	if (l->private)
		inv_report("inv12-private-huge", "private leaf above 4K",
			   "gfn %#llx level %d pfn %#llx", (unsigned long long)gfn, l->level,
			   (unsigned long long)l->pfn);
	if (gfn < slot->base_gfn || gfn + n > slot->base_gfn + slot->npages) {
		inv_report("inv11-huge-crosses-slot", "huge leaf crosses a memslot boundary",
			   "gfn %#llx level %d in slot %d [%#llx, +%lu)", (unsigned long long)gfn,
			   l->level, slot->id, (unsigned long long)slot->base_gfn, slot->npages);
		return;
	}
	if ((slot->base_gfn ^ (slot->userspace_addr >> PAGE_SHIFT)) & (n - 1))
		inv_report("inv11-huge-misaligned", "huge leaf where gfn and hva disagree",
			   "gfn %#llx level %d slot %d hva %#lx", (unsigned long long)gfn, l->level,
			   slot->id, slot->userspace_addr);
	if (!__kvm_mmu_lpage_info(slot, gfn, l->level, &count, &mixed))
		return;
	if (mixed)
		inv_report("inv10-huge-mixed", "huge leaf over a MIXED huge page",
			   "gfn %#llx level %d slot %d", (unsigned long long)gfn, l->level, slot->id);
	else if (count)
		inv_report("inv11-lpage-disallowed", "huge leaf where lpage_info disallows it",
			   "gfn %#llx level %d slot %d disallow_lpage %u", (unsigned long long)gfn,
			   l->level, slot->id, count);
}

/* Invariant 7, private side: the folio at the slot's index of its bound file. */
static void check_leaf_gmem_backing(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l,
				    const struct kvm_memory_slot *slot)
{
	struct file *file = READ_ONCE(slot->gmem.file);
	struct folio *folio;
	pgoff_t index;

	if (!kvm_slot_has_gmem(slot)) {
		inv_report("inv7-private-without-gmem", "private leaf in a slot without guest_memfd",
			   "gfn %#llx slot %d pfn %#llx", (unsigned long long)gfn, slot->id,
			   (unsigned long long)l->pfn);
		return;
	}
	if (!file) {
		/* Release clears the binding before its zap; at rest it is over. */
		if (c->when == INV_QUIESCENT)
			inv_report("inv19-gmem-closed-mapped", "leaf outlived its guest_memfd",
				   "gfn %#llx slot %d pfn %#llx", (unsigned long long)gfn, slot->id,
				   (unsigned long long)l->pfn);
		return;
	}
	index = gfn - slot->base_gfn + slot->gmem.pgoff;
	folio = xa_load(&file->f_mapping->i_pages, index);
	if (folio && !xa_is_value(folio) && folio_file_pfn(folio, index) == l->pfn)
		return;
	inv_report("inv7-private-from-gmem", "gmem leaf maps another page than its guest_memfd",
		   "gfn %#llx slot %d index %#lx: leaf pfn %#llx, file %s", (unsigned long long)gfn,
		   slot->id, index, (unsigned long long)l->pfn,
		   folio && !xa_is_value(folio) ? "has another folio" : "has no folio");
}

/* Invariants 7, 8, 10 (attributes): what a leaf may map outside invalidation windows. */
static void check_leaf_backing(struct inv_ctx *c, gfn_t gfn, const struct kvm_mmu_leaf *l,
			       const struct kvm_memory_slot *slot, struct folio *folio)
{
	u64 n = KVM_PAGES_PER_HPAGE(l->level);
	bool attr_private = kvm_get_memory_attributes(c->kvm, gfn) & KVM_MEMORY_ATTRIBUTE_PRIVATE;
	const struct inv_gmem *g;

	if (l->level > PG_LEVEL_4K && !attrs_uniform_shared(c->kvm, gfn, gfn + n))
		inv_report("inv10-huge-mixed-attrs", "huge leaf over gfns of mixed attributes",
			   "gfn %#llx level %d", (unsigned long long)gfn, l->level);
	if (l->private != attr_private)
		inv_report("inv8-spte-privateness", "leaf kind disagrees with the attribute",
			   "gfn %#llx is %s, leaf (pfn %#llx) is %s", (unsigned long long)gfn,
			   attr_private ? "private" : "shared", (unsigned long long)l->pfn,
			   l->private ? "private" : "shared");
	/* memory_failure() marks the folio before kvm_gmem_error_folio zaps. */
	if (c->when == INV_QUIESCENT && folio && folio_test_hwpoison(folio))
		inv_report("inv1-spte-hwpoison", "leaf maps a poisoned folio",
			   "gfn %#llx pfn %#llx", (unsigned long long)gfn, (unsigned long long)l->pfn);
	if (l->private || kvm_memslot_is_gmem_only(slot)) {
		check_leaf_gmem_backing(c, gfn, l, slot);
		return;
	}
	if (!folio)
		return;
	g = gmem_of_mapping(c, folio_mapping(folio));
	if (g)
		inv_report("inv7-shared-from-gmem", "shared leaf maps a guest_memfd page",
			   "gfn %#llx slot %d pfn %#llx", (unsigned long long)gfn, slot->id,
			   (unsigned long long)l->pfn);
	else if (!folio_mapped(folio))
		inv_report("inv7-shared-not-host-mapped", "shared leaf maps a page the host unmapped",
			   "gfn %#llx slot %d hva %#lx pfn %#llx", (unsigned long long)gfn, slot->id,
			   __gfn_to_hva_memslot(slot, gfn), (unsigned long long)l->pfn);
}

static void check_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *l)
{
	struct inv_ctx *c = arg;
	const struct kvm_memory_slot *slot = l->slot;
	struct folio *folio = NULL;

	if (!l->present)
		return;
	c->visited++;
	leaf_record(c, gfn, l);
	if (pfn_gen_live(l->pfn, l->gen))
		folio = pfn_folio(l->pfn);
	else
		inv_report("inv1-spte-freed", "leaf SPTE translates to a freed folio",
			   "gfn %#llx level %d -> pfn %#llx (gen %llu) outlived its folio",
			   (unsigned long long)gfn, l->level, (unsigned long long)l->pfn,
			   (unsigned long long)l->gen);
	if (!c->mmu_locked && l->obsolete)
		inv_report("inv26-obsolete-root-leaf", "present leaf in an obsolete root",
			   "gfn %#llx level %d", (unsigned long long)gfn, l->level);
	if (!slot) {
		inv_report("inv21-spte-without-slot", "present leaf outside every memslot",
			   "gfn %#llx level %d pfn %#llx", (unsigned long long)gfn, l->level,
			   (unsigned long long)l->pfn);
		return;
	}
	if (folio && gmem_of_mapping(c, folio_mapping(folio)) && !folio_test_uptodate(folio))
		inv_report("inv18-not-uptodate", "leaf maps a guest_memfd folio never zeroed",
			   "gfn %#llx pfn %#llx", (unsigned long long)gfn, (unsigned long long)l->pfn);
	if (l->level > PG_LEVEL_4K)
		check_leaf_geometry(c, gfn, l, slot);
	if (range_in_window(c, slot, gfn, gfn + KVM_PAGES_PER_HPAGE(l->level)))
		return;
	check_leaf_backing(c, gfn, l, slot, folio);
}

static int leaf_rec_cmp(const void *a, const void *b)
{
	const struct inv_leaf_rec *x = a, *y = b;

	return x->gfn < y->gfn ? -1 : x->gfn > y->gfn;
}

/* Two roots disagreeing about one gfn: two backings live for it at once. */
static void check_one_backing(struct inv_ctx *c)
{
	if (!c->multi_root || !c->nr_leaves)
		return;
	qsort(c->leaves, c->nr_leaves, sizeof(*c->leaves), leaf_rec_cmp);
	for (size_t i = 0; i < c->nr_leaves; i++) {
		const struct inv_leaf_rec *a = &c->leaves[i];
		gfn_t a_end = a->gfn + KVM_PAGES_PER_HPAGE(a->level);

		for (size_t j = i + 1; j < c->nr_leaves && c->leaves[j].gfn < a_end; j++) {
			const struct inv_leaf_rec *b = &c->leaves[j];

			if (a->root == b->root || a->pfn + (b->gfn - a->gfn) == b->pfn)
				continue;
			inv_report("acct-one-backing", "one gfn mapped to two pages",
				   "gfn %#llx -> pfn %#llx in one root, %#llx in another",
				   (unsigned long long)b->gfn,
				   (unsigned long long)(a->pfn + (b->gfn - a->gfn)),
				   (unsigned long long)b->pfn);
		}
	}
}

/* ---- guest_memfd page caches: isolation, accounting, data ---------------------------------- */

static void check_gmem_folio(const struct inv_gmem *g, pgoff_t index, struct folio *folio)
{
	u32 owner_id = READ_ONCE(folio->owner_id);

	if (index >= g->size_pages)
		inv_report("acct-gmem-size", "guest_memfd page beyond i_size",
			   "index %#lx of a %lu-page guest_memfd (pfn %#lx)", index, g->size_pages,
			   folio_pfn(folio));
	if (g->flags_known && !(g->flags & GUEST_MEMFD_FLAG_INIT_SHARED) && folio_mapped(folio))
		inv_report("host-isolation", "host maps private guest_memfd memory",
			   "index %#lx pfn %#lx mapcount %d", index, folio_pfn(folio),
			   folio_mapcount(folio));
	if (!folio_test_uptodate(folio) && folio_content_nr_written(folio))
		inv_report("data-fresh-not-zero", "guest_memfd page holds data before zeroing",
			   "index %#lx pfn %#lx", index, folio_pfn(folio));
	for (unsigned long i = 0; i < folio_nr_pages(folio); i++) {
		u32 writer;
		u64 word = folio_content_peek(folio, i, &writer);

		if (word && writer && writer != owner_id)
			inv_report("data-foreign-owner", "guest_memfd page holds another owner's data",
				   "pfn %#lx: word of owner %u in a page of owner %u",
				   folio_pfn(folio) + i, writer, owner_id);
	}
}

static void check_gmem_files(struct inv_ctx *c)
{
	for (int i = 0; i < c->nr_gmem; i++) {
		const struct inv_gmem *g = &c->gmem[i];
		unsigned long nrpages = READ_ONCE(g->mapping->nrpages), index;
		struct folio *folio;

		if (nrpages > g->size_pages)
			inv_report("acct-gmem-size", "guest_memfd holds more pages than its size",
				   "%lu pages cached, i_size %lu pages", nrpages, g->size_pages);
		xa_for_each(&g->mapping->i_pages, index, folio) {
			if (xa_is_value(folio))
				continue;
			c->visited++;
			check_gmem_folio(g, index, folio);
		}
	}
}

/* ---- quiescent-only: MIXED flags ------------------------------------------------------------- */

static void check_mixed_flags(struct inv_ctx *c)
{
	const struct kvm_memslots *slots = c->slots;
	const gfn_t n = KVM_PAGES_PER_HPAGE(PG_LEVEL_2M);

	if (!kvm_arch_has_private_mem(c->kvm))
		return;
	for (unsigned int i = 0; slots && i < slots->nr_slots; i++) {
		const struct kvm_memory_slot *slot = slots->gfn_sorted[i];
		gfn_t gfn = ALIGN(slot->base_gfn, n);

		for (; gfn + n <= slot->base_gfn + slot->npages; gfn += n) {
			bool mixed, uniform;
			unsigned int count;

			if (!__kvm_mmu_lpage_info(slot, gfn, PG_LEVEL_2M, &count, &mixed))
				break;
			uniform = kvm_range_has_memory_attributes(c->kvm, gfn, gfn + n, ~0UL,
								 kvm_get_memory_attributes(c->kvm, gfn));
			if (mixed == !uniform)
				continue;
			inv_report("inv10-mixed-flag", "MIXED flag disagrees with the attributes",
				   "slot %d 2M page at gfn %#llx: MIXED %d, attributes %s", slot->id,
				   (unsigned long long)gfn, mixed, uniform ? "uniform" : "mixed");
		}
	}
}

/* ---- when to walk ------------------------------------------------------------------------------ */

static u64 mix(u64 h, u64 v)
{
	return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

/*
 * What the leaf checks read besides the leaves themselves: when this moves,
 * every leaf is walked again.  Leaf SPTEs written go through the MMU's log
 * instead (mmu_summary, __kvm_mmu_for_each_written_leaf).
 */
static u64 world_summary(const struct inv_ctx *c)
{
	const struct world *w = c->w;
	struct kvm *kvm = c->kvm;
	u64 h = 0;

	h = mix(h, READ_ONCE(kvm->mmu_invalidate_seq));
	h = mix(h, (u64)c->in_progress);
	h = mix(h, c->range_start);
	h = mix(h, c->range_end);
	h = mix(h, READ_ONCE(kvm->stat.mmu_invalidate_begin));
	h = mix(h, (u64)(uintptr_t)c->slots);
	h = mix(h, c->slots ? READ_ONCE(c->slots->generation) : 0);
	/*
	 * Frees, not pages in use: an allocation makes no leaf stale, and a
	 * 2M fallocate would otherwise walk everything 512 times.
	 */
	if (w->pm)
		h = mix(h, phys_mem_nr_frees(w->pm));
	/* Host PTEs gone, not present: a new one makes no leaf wrong. */
	if (w->mm)
		h = mix(h, (u64)percpu_counter_sum(&w->mm->nr_pte_zaps));
	return h;
}

/* What the TLB, rmap and lock-dependent checks read besides the leaves. */
static u64 mmu_summary(const struct inv_ctx *c)
{
	const struct world *w = c->w;
	struct kvm *kvm = c->kvm;
	struct kvm_mmu_stats st;
	u64 h = 0;

	h = mix(h, READ_ONCE(kvm->stat.remote_tlb_flush));
	h = mix(h, c->mmu_locked);
	h = mix(h, rwlock_is_write_locked(&kvm->mmu_lock));
	if (kvm->mmu_private) {
		kvm_mmu_get_stats(kvm, &st);
		h = mix(h, (u64)st.pages ^ ((u64)st.pages_freed << 20));
		h = mix(h, (u64)st.zapped_leafs ^ ((u64)st.tlb_flush_vcpu << 32));
		h = mix(h, st.rmap_recycled);
	}
	for (unsigned int v = 0; v < w->nr_vcpus; v++) {
		const struct kvm_vcpu *vcpu = w->vcpu[v];

		if (!vcpu)
			continue;
		h = mix(h, vcpu->stat.walks ^ ((u64)READ_ONCE(vcpu->mode) << 60));
		h = mix(h, (u64)(uintptr_t)READ_ONCE(vcpu->root) ^ READ_ONCE(vcpu->requests));
	}
	return h;
}

/*
 * The legacy rmap check needs mmu_lock free; until then the MMU keeps its
 * log of written SPTEs (the TDP MMU has no rmaps and clears it at once).
 */
static bool may_clear_written(const struct inv_ctx *c)
{
	return !c->mmu_locked || !kvm_memslots_have_rmaps(c->kvm);
}

/*
 * After collect_gmem().  @files: also walk the guest_memfd page caches
 * (bounds, zeroing, owner tags), whose state moves with every allocation: at
 * quiescent points and on the periodic full check only.
 */
static void check_all(struct inv_ctx *c, bool files)
{
	bool obsolete;

	if (c->kvm->mmu_private) {
		c->record_leaves = __kvm_mmu_nr_roots(c->kvm, &obsolete) > 1;
		__kvm_mmu_for_each_leaf(c->kvm, check_leaf, c);
		check_one_backing(c);
		check_rmaps(c);
		check_tlbs(c);
		if (may_clear_written(c))
			__kvm_mmu_clear_written(c->kvm);
	}
	if (files)
		check_gmem_files(c);
	if (c->when == INV_QUIESCENT && c->kvm->mmu_private)
		check_mixed_flags(c);
}

/* A written SPTE: the leaf checks if it is a present leaf; rmaps either way. */
static void check_written_leaf(void *arg, gfn_t gfn, const struct kvm_mmu_leaf *l)
{
	struct inv_ctx *c = arg;

	if (l->present)
		check_leaf(c, gfn, l);
	if (!c->mmu_locked && kvm_memslots_have_rmaps(c->kvm))
		check_rmap_of(c, gfn, l);
}

/*
 * Only the MMU moved: check the SPTEs written since the last check.  False
 * when that is not enough (the MMU lost its log; several roots or an
 * obsolete one, where acct-one-backing and inv26 need every leaf).
 */
static bool check_written(struct inv_ctx *c)
{
	bool obsolete;

	if (__kvm_mmu_nr_roots(c->kvm, &obsolete) > 1 || obsolete)
		return false;
	if (!__kvm_mmu_for_each_written_leaf(c->kvm, check_written_leaf, c, may_clear_written(c)))
		return false;
	check_tlbs(c);
	return true;
}

/*
 * The periodic full check: every INV_FULL_EVERY checks, or as many as the
 * last full check visited objects over INV_FULL_SHARE, whichever is more, so
 * that its cost spread over the checks between stays a small constant.
 */
static bool full_due(const struct inv_world_state *s)
{
	u64 every = s->full_cost / INV_FULL_SHARE;

	return s->nr - s->full_nr >= (every > INV_FULL_EVERY ? every : INV_FULL_EVERY);
}

static void __inv_check(struct world *w, enum inv_when when)
{
	struct inv_world_state *s;
	struct inv_ctx c;
	u64 world, mmu;
	bool full;

	__atomic_fetch_add(&nr_checks, 1, __ATOMIC_RELAXED);
	if (!w->kvm)
		return;
	/* A hot path: the guest_memfd table is filled before it is read. */
	memset(&c, 0, offsetof(struct inv_ctx, gmem));
	c.w = w;
	c.when = when;
	s = inv_state_get(w);
	c.kvm = w->kvm;
	/* Snapshots: every actor is parked, these do not move under the check. */
	c.slots = READ_ONCE(w->kvm->memslots[0]);
	c.mmu_locked = rwlock_is_locked(&w->kvm->mmu_lock);
	c.in_progress = READ_ONCE(w->kvm->mmu_invalidate_in_progress);
	c.range_start = READ_ONCE(w->kvm->mmu_invalidate_range_start);
	c.range_end = READ_ONCE(w->kvm->mmu_invalidate_range_end);

	check_invalidate_counters(&c, s);
	check_swap_vs_notifier(&c, s);
	check_memslots(&c);
	check_gmem_bindings(&c);

	world = world_summary(&c);
	mmu = mmu_summary(&c);
	full = when == INV_QUIESCENT || !s->have_prev || full_due(s) || w->full_checks;
	if (full || world != s->world) {
		collect_gmem(&c);
		check_all(&c, full);
	} else if (mmu != s->mmu || (w->kvm->mmu_private && __kvm_mmu_written_pending(w->kvm))) {
		collect_gmem(&c);
		if (!check_written(&c))
			check_all(&c, false);
	}
	if (full) {
		s->full_nr = s->nr;
		s->full_cost = c.visited;
	}
	s->world = world;
	s->mmu = mmu;
	s->have_prev = true;
	s->nr++;
	free(c.leaves);
}

void inv_check(struct world *w, enum inv_when when)
{
	/* The checks read through the model's lockless readers (xa_load...). */
	bool old = sched_points_disable();

	__inv_check(w, when);
	sched_points_restore(old);
}
