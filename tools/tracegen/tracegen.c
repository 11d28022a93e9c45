// SPDX-License-Identifier: GPL-2.0
/*
 * Synthetic trace generator (tools/tracegen/tracegen.h; no kernel
 * counterpart).  Two passes over the same seeded plan: the first only counts
 * (how many faults each vCPU takes, hence how large its slot must be), the
 * second writes the setup sized from those counts and then the events.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "sim/trace.h"
#include "tools/tracegen/tracegen.h"

#define TG_PAGE 0x1000ULL
#define TG_2M 0x200000ULL
#define TG_1G 0x40000000ULL
#define TG_PHYS_DEFAULT (64ULL << 30)	/* the vm statement's default phys_size */

#define TLB_PAGES 8		/* per vCPU: the first half private, the rest shared */
#define CHUNK_STRIDE 16		/* pages between conversion chunks (their largest size) */
#define CONV_CHUNKS 8		/* chunks per vCPU per round, conversion-heavy */
#define MIXED_CHUNKS 2		/* chunks per vCPU per round, mixed */
#define MIXED_TLB_BURST 16	/* TLB-hit accesses added to each vCPU step of mixed */
#define MIXED_FAULT_BURST 4	/* new-page accesses added to each vCPU step of mixed */
#define TLB_WRITE_PCT 25	/* tlb-hit: share of writes */
#define FAULT_WRITE_PCT 50	/* fault-heavy: share of writes (reads of a new page expect 0) */

static const char *const profile_names[] = {
	[TRACEGEN_TLB_HIT] = "tlb-hit",
	[TRACEGEN_FAULT_HEAVY] = "fault-heavy",
	[TRACEGEN_CONVERSION_HEAVY] = "conversion-heavy",
	[TRACEGEN_MIXED] = "mixed",
};
_Static_assert(ARRAY_SIZE(profile_names) == TRACEGEN_PROFILE_NR, "profile_names");

struct tg_chunk {
	u64 off;		/* offset in the vCPU's region */
	unsigned int pages;
	u64 val;		/* what its first page holds now */
};

struct tg_vcpu {
	u64 tlb_val[TLB_PAGES];		/* what each TLB page holds */
	bool tlb_touched[TLB_PAGES];
	u64 nr_priv_faults, nr_shared_faults;
	struct tg_chunk chunk[CONV_CHUNKS];
	unsigned int conv_pages_max[CONV_CHUNKS];	/* distinct pages touched per chunk */
};

/*
 * The layout of every vCPU's region (offsets from its base gpa), each area
 * 2M-aligned: TLB pages, conversion chunks, private fault pages, shared fault
 * pages.  Areas a profile does not use are empty.
 */
struct tg_layout {
	u64 tlb_off, conv_off, priv_off, shared_off, size;
};

struct tg {
	const struct tracegen_opts *o;
	FILE *f;			/* NULL: the counting pass */
	u64 rng;
	bool failed;
	struct tracegen_stats st;
	struct tg_layout lay;
	struct tg_vcpu v[TRACE_MAX_VCPUS];
};

int tracegen_profile_parse(const char *name, enum tracegen_profile *p)
{
	for (int i = 0; i < TRACEGEN_PROFILE_NR; i++) {
		if (!strcmp(name, profile_names[i])) {
			*p = i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *tracegen_profile_name(enum tracegen_profile p)
{
	return (unsigned int)p < TRACEGEN_PROFILE_NR ? profile_names[p] : "?";
}

static u64 tg_rand(struct tg *g)
{
	u64 z = (g->rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A value token: never 0, so that "a fresh page reads zero" means something. */
static u64 tg_token(struct tg *g)
{
	return (tg_rand(g) & 0xffffffffffffULL) | 1;
}

static void __attribute__((format(printf, 2, 3))) emit(struct tg *g, const char *fmt, ...)
{
	va_list ap;

	if (!g->f)
		return;
	va_start(ap, fmt);
	if (vfprintf(g->f, fmt, ap) < 0)
		g->failed = true;
	va_end(ap);
}

static u64 base(const struct tg *g, unsigned int cpu)
{
	return (u64)cpu * g->lay.size;
}

static const char *view(bool priv)
{
	return priv ? "private" : "shared";
}

/* ---- vCPU accesses --------------------------------------------------------------------- */

static void ev_write(struct tg *g, unsigned int cpu, u64 gpa, bool priv, u64 val)
{
	emit(g, "vcpu%u: write gpa=%#llx %s value=%#llx expect=0\n", cpu, (unsigned long long)gpa,
	     view(priv), (unsigned long long)val);
	g->st.events++;
	g->st.accesses++;
}

static void ev_read(struct tg *g, unsigned int cpu, u64 gpa, bool priv, u64 val)
{
	emit(g, "vcpu%u: read gpa=%#llx %s expect=value:%#llx\n", cpu, (unsigned long long)gpa,
	     view(priv), (unsigned long long)val);
	g->st.events++;
	g->st.accesses++;
}

static void ev_read_exit(struct tg *g, unsigned int cpu, u64 gpa, bool priv)
{
	emit(g, "vcpu%u: read gpa=%#llx %s expect=exit:memory_fault\n", cpu,
	     (unsigned long long)gpa, view(priv));
	g->st.events++;
	g->st.accesses++;
}

static void ev_barrier(struct tg *g)
{
	emit(g, "barrier\n");
	g->st.barriers++;
}

/* One access to one of @cpu's TLB pages (half private, half shared). */
static void tlb_access(struct tg *g, unsigned int cpu)
{
	struct tg_vcpu *v = &g->v[cpu];
	unsigned int p = (unsigned int)(tg_rand(g) % TLB_PAGES);
	u64 gpa = base(g, cpu) + g->lay.tlb_off + p * TG_PAGE;
	bool priv = p < TLB_PAGES / 2;

	if (!v->tlb_touched[p]) {
		v->tlb_touched[p] = true;
		g->st.new_pages++;
	}
	if (tg_rand(g) % 100 < TLB_WRITE_PCT) {
		v->tlb_val[p] = tg_token(g);
		ev_write(g, cpu, gpa, priv, v->tlb_val[p]);
	} else {
		ev_read(g, cpu, gpa, priv, v->tlb_val[p]);
	}
}

/* One access to a page @cpu never touched: private and shared in turn. */
static void fault_access(struct tg *g, unsigned int cpu)
{
	struct tg_vcpu *v = &g->v[cpu];
	bool priv = v->nr_priv_faults <= v->nr_shared_faults;
	u64 gpa = base(g, cpu);

	if (priv)
		gpa += g->lay.priv_off + v->nr_priv_faults++ * TG_PAGE;
	else
		gpa += g->lay.shared_off + v->nr_shared_faults++ * TG_PAGE;
	g->st.new_pages++;
	if (tg_rand(g) % 100 < FAULT_WRITE_PCT)
		ev_write(g, cpu, gpa, priv, tg_token(g));
	else
		ev_read(g, cpu, gpa, priv, 0);
}

/* mixed: the TLB-hit burst and the new pages added to a vCPU step. */
static void mixed_burst(struct tg *g, unsigned int cpu)
{
	if (g->o->profile != TRACEGEN_MIXED)
		return;
	for (int i = 0; i < MIXED_TLB_BURST; i++)
		tlb_access(g, cpu);
	for (int i = 0; i < MIXED_FAULT_BURST; i++)
		fault_access(g, cpu);
}

/* ---- profiles ----------------------------------------------------------------------------- */

static void gen_tlb_hit(struct tg *g)
{
	for (u64 i = 0; i < g->o->events; i++)
		tlb_access(g, (unsigned int)(i % g->o->vcpus));
}

static void gen_fault_heavy(struct tg *g)
{
	for (u64 i = 0; i < g->o->events; i++)
		fault_access(g, (unsigned int)(i % g->o->vcpus));
}

static unsigned int nr_chunks(const struct tg *g)
{
	return g->o->profile == TRACEGEN_MIXED ? MIXED_CHUNKS : CONV_CHUNKS;
}

static u64 chunk_gpa(const struct tg *g, unsigned int cpu, const struct tg_chunk *c)
{
	return base(g, cpu) + g->lay.conv_off + c->off;
}

static u64 chunk_len(const struct tg_chunk *c)
{
	return c->pages * TG_PAGE;
}

/* Step 1: the guest fills each shared chunk and checks it. */
static void conv_guest_shared(struct tg *g, unsigned int cpu)
{
	struct tg_vcpu *v = &g->v[cpu];

	for (unsigned int k = 0; k < nr_chunks(g); k++) {
		struct tg_chunk *c = &v->chunk[k];

		c->pages = 1U << (tg_rand(g) % 5);	/* 1 .. CHUNK_STRIDE pages */
		c->off = (u64)k * CHUNK_STRIDE * TG_PAGE;
		if (c->pages > v->conv_pages_max[k]) {
			g->st.new_pages += c->pages - v->conv_pages_max[k];
			v->conv_pages_max[k] = c->pages;
		}
		for (unsigned int p = 0; p < c->pages; p++) {
			u64 val = tg_token(g);

			ev_write(g, cpu, chunk_gpa(g, cpu, c) + p * TG_PAGE, false, val);
			ev_read(g, cpu, chunk_gpa(g, cpu, c) + p * TG_PAGE, false, val);
			if (!p)
				c->val = val;
		}
	}
	mixed_burst(g, cpu);
}

/* Step 2: the host sees the guest's data through its mapping and rewrites it. */
static void conv_host_check(struct tg *g)
{
	for (unsigned int cpu = 0; cpu < g->o->vcpus; cpu++) {
		for (unsigned int k = 0; k < nr_chunks(g); k++) {
			struct tg_chunk *c = &g->v[cpu].chunk[k];
			u64 off = g->lay.conv_off + c->off;

			emit(g, "host: host_read mem=mem%u offset=%#llx expect=value:%#llx\n", cpu,
			     (unsigned long long)off, (unsigned long long)c->val);
			c->val = tg_token(g);
			emit(g, "host: host_write mem=mem%u offset=%#llx value=%#llx expect=0\n", cpu,
			     (unsigned long long)off, (unsigned long long)c->val);
			g->st.events += 2;
		}
	}
}

/* Step 3: the guest sees the host's data. */
static void conv_guest_check(struct tg *g, unsigned int cpu)
{
	for (unsigned int k = 0; k < nr_chunks(g); k++) {
		const struct tg_chunk *c = &g->v[cpu].chunk[k];

		ev_read(g, cpu, chunk_gpa(g, cpu, c), false, c->val);
	}
}

/*
 * Steps 4 and 6: the VMM converts every chunk and punches the backing that
 * no longer holds the gfn (the shared memfd going private, the guest_memfd
 * going shared); going private it allocates the guest_memfd range first
 * when @allocate (the test's "with allocate" variant).
 */
static void conv_vmm(struct tg *g, bool to_private, bool allocate)
{
	for (unsigned int cpu = 0; cpu < g->o->vcpus; cpu++) {
		for (unsigned int k = 0; k < nr_chunks(g); k++) {
			const struct tg_chunk *c = &g->v[cpu].chunk[k];
			unsigned long long gpa = chunk_gpa(g, cpu, c), len = chunk_len(c);
			unsigned long long off = g->lay.conv_off + c->off;

			emit(g, "vmm: set_memory_attributes gpa=%#llx size=%#llx %s expect=0\n", gpa,
			     len, view(to_private));
			if (to_private && allocate) {
				emit(g, "vmm: gmem_fallocate gmem=g%u offset=%#llx len=%#llx "
				     "mode=keep_size expect=0\n", cpu, off, len);
				g->st.events++;
			}
			emit(g, "vmm: %s_fallocate %s%u offset=%#llx len=%#llx "
			     "mode=keep_size|punch_hole expect=0\n", to_private ? "memfd" : "gmem",
			     to_private ? "memfd=shm" : "gmem=g", cpu, off, len);
			g->st.events += 2;
			g->st.conversions++;
			g->st.punches++;
		}
	}
}

/* Step 5: private memory starts zeroed, keeps what the guest writes, and shared exits. */
static void conv_guest_private(struct tg *g, unsigned int cpu)
{
	for (unsigned int k = 0; k < nr_chunks(g); k++) {
		const struct tg_chunk *c = &g->v[cpu].chunk[k];

		for (unsigned int p = 0; p < c->pages; p++) {
			u64 gpa = chunk_gpa(g, cpu, c) + p * TG_PAGE, val = tg_token(g);

			ev_read(g, cpu, gpa, true, 0);
			ev_write(g, cpu, gpa, true, val);
			ev_read(g, cpu, gpa, true, val);
		}
		ev_read_exit(g, cpu, chunk_gpa(g, cpu, c), false);
	}
	mixed_burst(g, cpu);
}

/* Step 7: back to shared, every page reads zero (the memfd was punched). */
static void conv_guest_back(struct tg *g, unsigned int cpu)
{
	for (unsigned int k = 0; k < nr_chunks(g); k++) {
		const struct tg_chunk *c = &g->v[cpu].chunk[k];

		for (unsigned int p = 0; p < c->pages; p++)
			ev_read(g, cpu, chunk_gpa(g, cpu, c) + p * TG_PAGE, false, 0);
	}
	mixed_burst(g, cpu);
}

static void conv_host_back(struct tg *g)
{
	for (unsigned int cpu = 0; cpu < g->o->vcpus; cpu++) {
		const struct tg_chunk *c = &g->v[cpu].chunk[nr_chunks(g) - 1];

		emit(g, "host: host_read mem=mem%u offset=%#llx expect=value:0\n", cpu,
		     (unsigned long long)(g->lay.conv_off + c->off + chunk_len(c) - TG_PAGE));
		g->st.events++;
	}
}

static void for_each_vcpu(struct tg *g, void (*fn)(struct tg *, unsigned int))
{
	for (unsigned int cpu = 0; cpu < g->o->vcpus; cpu++)
		fn(g, cpu);
}

static void gen_conversions(struct tg *g)
{
	for (u64 round = 0; g->st.events < g->o->events; round++) {
		if (round)
			ev_barrier(g);
		for_each_vcpu(g, conv_guest_shared);
		ev_barrier(g);
		conv_host_check(g);
		ev_barrier(g);
		for_each_vcpu(g, conv_guest_check);
		ev_barrier(g);
		conv_vmm(g, true, round & 1);
		ev_barrier(g);
		for_each_vcpu(g, conv_guest_private);
		ev_barrier(g);
		conv_vmm(g, false, false);
		ev_barrier(g);
		for_each_vcpu(g, conv_guest_back);
		conv_host_back(g);
	}
}

static void gen_events(struct tg *g)
{
	switch (g->o->profile) {
	case TRACEGEN_TLB_HIT:
		gen_tlb_hit(g);
		break;
	case TRACEGEN_FAULT_HEAVY:
		gen_fault_heavy(g);
		break;
	case TRACEGEN_CONVERSION_HEAVY:
	case TRACEGEN_MIXED:
		gen_conversions(g);
		break;
	case TRACEGEN_PROFILE_NR:
		break;
	}
}

/* ---- layout and setup ----------------------------------------------------------------------- */

static u64 area(u64 pages)
{
	return ALIGN(pages * TG_PAGE, TG_2M);
}

/* Size the areas from the counting pass (@g's per-vCPU fault counters). */
static void tg_layout(struct tg *g)
{
	enum tracegen_profile p = g->o->profile;
	u64 priv = 0, shared = 0;
	struct tg_layout *l = &g->lay;

	for (unsigned int cpu = 0; cpu < g->o->vcpus; cpu++) {
		priv = max_t(u64, priv, g->v[cpu].nr_priv_faults);
		shared = max_t(u64, shared, g->v[cpu].nr_shared_faults);
	}
	memset(l, 0, sizeof(*l));
	l->conv_off = p == TRACEGEN_TLB_HIT || p == TRACEGEN_MIXED ? area(TLB_PAGES) : 0;
	l->priv_off = l->conv_off;
	if (p == TRACEGEN_CONVERSION_HEAVY || p == TRACEGEN_MIXED)
		l->priv_off += area((u64)nr_chunks(g) * CHUNK_STRIDE);
	l->shared_off = l->priv_off + area(priv);
	l->size = max_t(u64, l->shared_off + area(shared), TG_2M);
}

static void gen_setup(struct tg *g, u64 new_pages)
{
	const struct tracegen_opts *o = g->o;
	const struct tg_layout *l = &g->lay;
	/* Room for every page the trace touches, twice over: frees recycle slowly. */
	u64 phys = ALIGN(2 * new_pages * TG_PAGE, TG_1G);
	u64 size = l->size;

	emit(g, "# generated: gmemsim-tracegen --profile %s --events %llu --vcpus %u --seed %llu\n",
	     tracegen_profile_name(o->profile), (unsigned long long)o->events, o->vcpus,
	     (unsigned long long)o->seed);
	emit(g, "gmemsim-trace %d\n", TRACE_VERSION);
	emit(g, "vm type=sw_protected vcpus=%u mmu=tdp", o->vcpus);
	if (phys > TG_PHYS_DEFAULT)
		emit(g, " phys_size=%#llx", (unsigned long long)phys);
	emit(g, "\n");
	for (unsigned int cpu = 0; cpu < o->vcpus; cpu++) {
		unsigned long long b = base(g, cpu);

		emit(g, "memfd_create name=shm%u size=%#llx expect=0\n", cpu,
		     (unsigned long long)size);
		emit(g, "mmap name=mem%u len=%#llx prot=read|write shared memfd=shm%u expect=0\n",
		     cpu, (unsigned long long)size, cpu);
		emit(g, "gmem_create name=g%u size=%#llx expect=0\n", cpu,
		     (unsigned long long)size);
		emit(g, "set_memory_region slot=%u gpa=%#llx size=%#llx mem=mem%u gmem=g%u "
		     "flags=guest_memfd expect=0\n", cpu, b, (unsigned long long)size, cpu, cpu);
		if (o->profile == TRACEGEN_TLB_HIT || o->profile == TRACEGEN_MIXED)
			emit(g, "set_memory_attributes gpa=%#llx size=%#llx private expect=0\n",
			     b + l->tlb_off, (unsigned long long)(TLB_PAGES / 2 * TG_PAGE));
		if (l->shared_off > l->priv_off)
			emit(g, "set_memory_attributes gpa=%#llx size=%#llx private expect=0\n",
			     b + l->priv_off,
			     (unsigned long long)(l->shared_off - l->priv_off));
	}
	emit(g, "\n");
}

static void tg_init(struct tg *g, const struct tracegen_opts *o, FILE *f)
{
	memset(g, 0, sizeof(*g));
	g->o = o;
	g->f = f;
	g->rng = o->seed;
}

int tracegen_write(const struct tracegen_opts *o, FILE *f, struct tracegen_stats *stats)
{
	struct tracegen_stats counted;
	struct tg_layout lay;
	struct tg *g;
	int ret = 0;

	if ((unsigned int)o->profile >= TRACEGEN_PROFILE_NR || !o->vcpus ||
	    o->vcpus > TRACE_MAX_VCPUS || !o->events)
		return -EINVAL;
	g = malloc(sizeof(*g));
	if (!g)
		return -ENOMEM;
	/* Pass 1: count, to size the areas and the pfn space. */
	tg_init(g, o, NULL);
	tg_layout(g);
	gen_events(g);
	tg_layout(g);
	lay = g->lay;
	counted = g->st;
	/* Pass 2: the setup, then the same plan (same seed) written out. */
	tg_init(g, o, f);
	g->lay = lay;
	gen_setup(g, counted.new_pages);
	gen_events(g);
	if (fflush(f) || ferror(f) || g->failed)
		ret = -EIO;
	if (stats)
		*stats = g->st;
	free(g);
	return ret;
}

char *tracegen_text(const struct tracegen_opts *o, size_t *len, struct tracegen_stats *stats,
		    int *err)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	int ret;

	if (!f) {
		*err = -ENOMEM;
		return NULL;
	}
	ret = tracegen_write(o, f, stats);
	/* fclose() makes buf final (NUL-terminated) */
	if (fclose(f) && !ret)
		ret = -ENOMEM;
	if (ret) {
		free(buf);
		*err = ret;
		return NULL;
	}
	*len = n;
	return buf;
}
