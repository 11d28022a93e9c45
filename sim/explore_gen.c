// SPDX-License-Identifier: GPL-2.0
/*
 * The explorer's program generator (no kernel counterpart).
 *
 * Every program runs in one small world, big enough to hold the interesting
 * boundaries and small enough that operations collide: a SW-protected VM
 * (TDP MMU, or now and then the labelled legacy hybrid) with 1-3 vCPUs; one
 * 6M guest_memfd whose first 4M are bound to two 2M memslots whose shared
 * side is a 6M memfd mapping (a punch now and then lands in the unbound 2M:
 * an invalidation no binding overlaps, bug-zoo B7's case); and a 1M
 * shared-only memslot that can move.  Operations pick their
 * pages from a handful of gfns placed at the edges of the 2M huge pages and
 * slots.  The families weigh the operations differently:
 *
 *   conversion         the private_mem_conversions_test protocol: the guest
 *                      touches pages, the VMM converts them (attributes, then
 *                      punch when going shared or allocate when going private)
 *   punch-vs-fault     private faults against guest_memfd hole punches
 *   memslot-vs-fault   faults against memslot delete/re-create, move, flags
 *   notifier-vs-fault  shared faults against host madvise/mprotect (by the host
 *                      and the VMM thread, so two zaps can race)
 * The memslot, notifier and mixed families also run on a DEFAULT VM (no
 * private memory; conversions then fail with the kernel's errno) a third of
 * the time: its memslot updates make roots obsolete.
 *   mixed              all of it, plus hwpoison, pre-fault and gmem close
 *
 * A quarter of the punch-vs-fault and mixed programs run in a shared
 * guest_memfd world instead: a DEFAULT VM whose zaps honour the invalidation
 * filter (`filter_roots`, the labelled model extension standing in for
 * TDX's mirror roots), the guest_memfd created MMAP|INIT_SHARED and bound to
 * two gmem-only slots, and shared accesses that map guest_memfd pages
 * against punches by the VMM and the host (bug-zoo B9's race).
 *
 * No statement carries an expectation: a run fails only by a violation (an
 * invariant, a kernel WARN/BUG, a use-after-free, lockdep, a deadlock).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/err.h>
#include <linux/kernel.h>

#include <linux/kvm_profile.h>

#include "sim/explore.h"

struct gen {
	u64 rng;
	char *buf;
	size_t len, cap;
	unsigned int vcpus;
	bool default_vm;	/* no private memory: the memslot quirks of a plain VM */
	/* --profile: the host (NULL: the default, not named in the program) */
	const struct kvm_host_profile *host;
	bool gmem_shared;	/* default VM, filter_roots, INIT_SHARED gmem-only slots */
	bool small;		/* about 200 scheduling steps: 4K operations only */
};

static const char *const family_names[] = {
	[FAM_CONVERSION] = "conversion",
	[FAM_PUNCH_VS_FAULT] = "punch-vs-fault",
	[FAM_MEMSLOT_VS_FAULT] = "memslot-vs-fault",
	[FAM_NOTIFIER_VS_FAULT] = "notifier-vs-fault",
	[FAM_MIXED] = "mixed",
};
_Static_assert(ARRAY_SIZE(family_names) == FAM_NR, "family_names");

const char *explore_family_name(enum explore_family f)
{
	if (f == FAM_ALL)
		return "all";
	return (unsigned int)f < FAM_NR ? family_names[f] : "?";
}

int explore_family_parse(const char *name, enum explore_family *f)
{
	if (!strcmp(name, "all")) {
		*f = FAM_ALL;
		return 0;
	}
	for (int i = 0; i < FAM_NR; i++) {
		if (!strcmp(name, family_names[i])) {
			*f = i;
			return 0;
		}
	}
	return -EINVAL;
}

static u64 rnd(struct gen *g, u64 n)
{
	u64 z = (g->rng += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return (z ^ (z >> 31)) % n;
}

static void __printf(2, 3) emit(struct gen *g, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(g->buf + g->len, g->cap - g->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < g->cap - g->len)
			break;
		g->cap = g->cap * 2 + (size_t)n + 64;
		g->buf = realloc(g->buf, g->cap);
		if (!g->buf)
			abort();	/* host out of memory: not a model event */
	}
	g->len += (size_t)n;
}

/* gfns at the edges of the huge pages and slots, where the bugs live. */
static const u64 gmem_gfns[] = { 0x0, 0x1, 0x1ff, 0x200, 0x201, 0x3fe, 0x3ff };
static const u64 shared_gfns[] = { 0x400, 0x401, 0x4ff };

static u64 gmem_gpa(struct gen *g)
{
	return gmem_gfns[rnd(g, ARRAY_SIZE(gmem_gfns))] << 12;
}

static void emit_setup(struct gen *g)
{
	/* a host without the TDP MMU runs the legacy one (the draw stays: same programs) */
	bool legacy = !rnd(g, 5) || (g->host && !g->host->tdp_mmu_enabled);

	emit(g, "gmemsim-trace 1\n");
	emit(g, "vm type=%s vcpus=%u mmu=%s%s", g->default_vm ? "default" : "sw_protected",
	     g->vcpus, legacy ? (g->default_vm ? "legacy" : "legacy hybrid") : "tdp",
	     g->gmem_shared ? " filter_roots" : "");
	if (g->host)
		emit(g, " profile=%s", g->host->name);
	emit(g, "\n");
	emit(g, "memfd_create name=shm size=6M\n");
	emit(g, "mmap name=shared_mem len=6M prot=read|write shared memfd=shm\n");
	if (g->gmem_shared) {
		/* Shared guest memory in guest_memfd: the slots have no userspace_addr. */
		emit(g, "gmem_create name=g0 size=4M flags=mmap|init_shared\n");
		emit(g, "set_memory_region slot=0 gpa=0 size=2M gmem=g0 flags=guest_memfd\n");
		emit(g, "set_memory_region slot=1 gpa=2M size=2M gmem=g0 gmem_offset=2M "
			"flags=guest_memfd\n");
		emit(g, "set_memory_region slot=2 gpa=4M size=1M mem=shared_mem "
			"mem_offset=4M\n");
		return;
	}
	emit(g, "gmem_create name=g0 size=6M\n");
	emit(g, "set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 "
		"flags=guest_memfd\n");
	emit(g, "set_memory_region slot=1 gpa=2M size=2M mem=shared_mem mem_offset=2M gmem=g0 "
		"gmem_offset=2M flags=guest_memfd\n");
	emit(g, "set_memory_region slot=2 gpa=4M size=1M mem=shared_mem mem_offset=4M\n");
	for (unsigned int i = 0; i < ARRAY_SIZE(gmem_gfns); i++)
		if (rnd(g, 2))
			emit(g, "set_memory_attributes gpa=%#llx size=4K private\n",
			     (unsigned long long)(gmem_gfns[i] << 12));
}

static void emit_access(struct gen *g, unsigned int vcpu, bool gmem_side)
{
	static const char *const ops[] = { "read", "write", "read", "exec" };
	static const char *const views[] = { " private", " shared", "" };
	u64 gpa = gmem_side ? gmem_gpa(g) : shared_gfns[rnd(g, ARRAY_SIZE(shared_gfns))] << 12;
	const char *view, *op;

	/*
	 * One draw per statement, in this order: the view, then the op (the
	 * order the seeds in tests/ were found with).  Never two draws in one
	 * argument list: C leaves their order to the compiler, and a seed must
	 * generate the same program whichever compiler built gmemsim.
	 * The shared guest_memfd world has no private memory: shared views only.
	 */
	view = !gmem_side ? "" : g->gmem_shared ? views[1 + rnd(g, 2)] :
						  views[rnd(g, ARRAY_SIZE(views))];
	op = ops[rnd(g, ARRAY_SIZE(ops))];
	emit(g, "vcpu%u: %s gpa=%#llx%s\n", vcpu, op, (unsigned long long)gpa, view);
}

static void emit_convert(struct gen *g)
{
	bool to_private = rnd(g, 2);
	bool huge = !g->small && !rnd(g, 6);
	u64 gpa = huge ? (rnd(g, 2) << 21) : gmem_gpa(g);
	const char *size = huge ? "2M" : "4K";

	/* A shared-only slot's gfn: its shared SPTEs must go when it turns private. */
	if (!huge && !rnd(g, 4)) {
		gpa = shared_gfns[rnd(g, ARRAY_SIZE(shared_gfns))] << 12;
		emit(g, "vmm: set_memory_attributes gpa=%#llx size=4K %s\n",
		     (unsigned long long)gpa, to_private ? "private" : "shared");
		return;
	}
	emit(g, "vmm: set_memory_attributes gpa=%#llx size=%s %s\n", (unsigned long long)gpa,
	     size, to_private ? "private" : "shared");
	/* The protocol: free the old backing after going shared, allocate the new one. */
	if (!rnd(g, 4))
		return;
	emit(g, "vmm: gmem_fallocate gmem=g0 offset=%#llx len=%s mode=keep_size%s\n",
	     (unsigned long long)gpa, size, to_private ? "" : "|punch_hole");
}

static void emit_punch(struct gen *g, const char *actor)
{
	/* gmem offset == gpa in the bound 4M; past it, no memslot is bound. */
	u64 offset = !g->gmem_shared && !rnd(g, 6) ? 4 << 20 : gmem_gpa(g);

	emit(g, "%s: gmem_fallocate gmem=g0 offset=%#llx len=%s mode=keep_size|punch_hole\n",
	     actor, (unsigned long long)offset, rnd(g, 5) ? "4K" : "8K");
}

static void emit_memslot(struct gen *g)
{
	switch (rnd(g, 3)) {
	case 0:	/* delete a gmem slot and create it again */
		emit(g, "vmm: set_memory_region slot=1 size=0\n");
		emit(g, "vmm: set_memory_region slot=1 gpa=2M size=2M mem=shared_mem "
			"mem_offset=2M gmem=g0 gmem_offset=2M flags=guest_memfd\n");
		break;
	case 1:	/* move the shared-only slot and back */
		emit(g, "vmm: set_memory_region slot=2 gpa=6M size=1M mem=shared_mem "
			"mem_offset=4M\n");
		emit(g, "vmm: set_memory_region slot=2 gpa=4M size=1M mem=shared_mem "
			"mem_offset=4M\n");
		break;
	default: /* flags only: dirty logging on and off */
		emit(g, "vmm: set_memory_region slot=2 gpa=4M size=1M mem=shared_mem "
			"mem_offset=4M flags=log_dirty_pages\n");
		emit(g, "vmm: set_memory_region slot=2 gpa=4M size=1M mem=shared_mem "
			"mem_offset=4M\n");
		break;
	}
}

/* Host mm activity on the memslots' shared backing, by the host or the VMM thread. */
static void emit_notifier(struct gen *g)
{
	/* Slot edges; 0x4ff000 is the last page of the 1M shared-only slot. */
	static const u64 offsets[] = { 0x0, 0x1000, 0x1ff000, 0x200000, 0x400000, 0x401000,
				       0x4ff000 };
	u64 off = offsets[rnd(g, ARRAY_SIZE(offsets))];
	const char *actor = rnd(g, 3) ? "host" : "vmm";

	switch (rnd(g, 3)) {
	case 0:
		emit(g, "%s: madvise mem=shared_mem offset=%#llx len=4K advice=dontneed\n", actor,
		     (unsigned long long)off);
		break;
	case 1:
		emit(g, "%s: mprotect mem=shared_mem offset=%#llx len=4K prot=read\n", actor,
		     (unsigned long long)off);
		emit(g, "%s: mprotect mem=shared_mem offset=%#llx len=4K prot=read|write\n", actor,
		     (unsigned long long)off);
		break;
	default:
		emit(g, "%s: madvise mem=shared_mem offset=%#llx len=4K advice=remove\n", actor,
		     (unsigned long long)off);
		break;
	}
}

/* One operation of the VMM or host, weighted by family. */
static void emit_world_op(struct gen *g, enum explore_family f)
{
	unsigned int pick = (unsigned int)rnd(g, 100);

	switch (f) {
	case FAM_CONVERSION:
		if (pick < 80)
			emit_convert(g);
		else
			emit_punch(g, "host");
		return;
	case FAM_PUNCH_VS_FAULT:
		if (pick < 70)
			emit_punch(g, pick < 35 ? "vmm" : "host");
		else if (g->gmem_shared)	/* no conversions: repopulate a hole */
			emit(g, "vmm: gmem_fallocate gmem=g0 offset=%#llx len=4K mode=keep_size\n",
			     (unsigned long long)gmem_gpa(g));
		else
			emit_convert(g);
		return;
	case FAM_MEMSLOT_VS_FAULT:
		if (pick < 75)
			emit_memslot(g);
		else
			emit_convert(g);
		return;
	case FAM_NOTIFIER_VS_FAULT:
		if (pick < 80)
			emit_notifier(g);
		else
			emit_convert(g);
		return;
	default:
		break;
	}
	if (pick < 30)
		emit_convert(g);
	else if (pick < 45)
		emit_punch(g, "host");
	else if (pick < 60)
		emit_memslot(g);
	else if (pick < 80)
		emit_notifier(g);
	else if (pick < 90)
		emit(g, "host: hwpoison gmem=g0 offset=%#llx\n", (unsigned long long)gmem_gpa(g));
	else
		emit(g, "vcpu0: pre_fault gpa=%#llx size=4K\n", (unsigned long long)gmem_gpa(g));
}

char *explore_generate(enum explore_family family, u64 seed, enum explore_size size,
		       const struct kvm_host_profile *host)
{
	bool small = size == EXPLORE_SMALL;
	struct gen g = { .rng = seed * 0x2545f4914f6cdd1dull + 1, .cap = 4096, .small = small,
			 .host = host };
	unsigned int nr_world, nr_access;

	g.buf = malloc(g.cap);
	if (!g.buf)
		return NULL;
	g.buf[0] = '\0';
	if (family == FAM_ALL)
		family = (enum explore_family)(seed % FAM_NR);
	/* No private memory on this host: conversions are -ENOTTY, punches are the race */
	if (host && !host->sw_protected_vm && family == FAM_CONVERSION)
		family = FAM_PUNCH_VS_FAULT;
	g.vcpus = 1 + (unsigned int)rnd(&g, small ? 2 : 3);
	/*
	 * Memslot and host-mm races also matter on a VM without private memory,
	 * whose memslot deletion zaps everything fast (obsolete roots).
	 */
	g.default_vm = (family == FAM_MEMSLOT_VS_FAULT || family == FAM_NOTIFIER_VS_FAULT ||
			family == FAM_MIXED) && !rnd(&g, 3);
	/* B9's world: shared guest_memfd pages against punches (see the top). */
	g.gmem_shared = (family == FAM_PUNCH_VS_FAULT || family == FAM_MIXED) && !rnd(&g, 4);
	if (g.gmem_shared || (host && !host->sw_protected_vm))
		g.default_vm = true;
	emit_setup(&g);

	nr_world = small ? 1 + (unsigned int)rnd(&g, 2) : 2 + (unsigned int)rnd(&g, 3);
	for (unsigned int i = 0; i < nr_world; i++)
		emit_world_op(&g, family);
	for (unsigned int v = 0; v < g.vcpus; v++) {
		nr_access = small ? 1 + (unsigned int)rnd(&g, 2) : 2 + (unsigned int)rnd(&g, 4);
		for (unsigned int i = 0; i < nr_access; i++)
			emit_access(&g, v, family != FAM_NOTIFIER_VS_FAULT || rnd(&g, 3) == 0);
	}
	if (family == FAM_MIXED && !rnd(&g, 8))
		emit(&g, "vmm: gmem_close gmem=g0\n");
	return g.buf;
}
