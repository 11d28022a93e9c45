// SPDX-License-Identifier: GPL-2.0
/*
 * Differential replay of an imported recording (sim/kdiff.h).  No kernel
 * counterpart: this is the comparison itself.  A recorded step is a run of
 * consecutive statements with the same rec= (one VMM marker, or one
 * KVM_RUN's accesses).  A step agrees when every statement of it on the
 * guest data pages had the outcome the kernel had: the errno or value, the
 * exit, and for an access whether it took a page fault.  Accesses marked
 * `paging` (a slot the recording shows the guest's page tables in, which
 * the model does not shadow) are counted apart and never decide a step;
 * statements without an expectation (host accesses) have nothing to compare.
 */
#include <linux/err.h>
#include <linux/slab.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/kdiff.h"

#define KD_GFNS 6	/* gfns listed per side in a disagreeing step */

struct kd_stmt {
	struct outcome out;
	bool ran;
};

struct kdiff {
	const struct trace *t;
	struct kd_stmt *s;
};

struct kd_step {
	u32 rec;			/* the rec= its statements share */
	bool run;			/* a KVM_RUN's accesses */
	u32 accesses, kfault, mfault;	/* data-page accesses; of those, faulted */
	u32 ksptes, msptes;		/* leaves installed meanwhile (with sptes=) */
	u32 kprefetch, mprefetch;	/* of those, for a neighbour */
	u32 spte_differ;		/* accesses whose installed leaves differ */
	u32 compared, differ, paging, paging_differ;
	u32 first_diff;			/* the first disagreeing statement */
	u32 last;			/* the last compared statement */
	u64 konly[KD_GFNS], monly[KD_GFNS];
	u32 nkonly, nmonly;
};

struct kdiff *kdiff_create(const struct trace *t)
{
	struct kdiff *kd;

	if (!t->has_rec)
		return NULL;
	kd = kzalloc(sizeof(*kd), GFP_KERNEL);
	if (!kd)
		return ERR_PTR(-ENOMEM);
	kd->t = t;
	kd->s = kvcalloc(t->nr_stmt ? t->nr_stmt : 1, sizeof(*kd->s), GFP_KERNEL);
	if (!kd->s) {
		kfree(kd);
		return ERR_PTR(-ENOMEM);
	}
	return kd;
}

void kdiff_note(struct kdiff *kd, u32 idx, const struct outcome *out)
{
	/* each statement runs once, on one actor; read after the actors are joined */
	kd->s[idx].out = *out;
	kd->s[idx].ran = true;
}

static bool is_access(enum trace_op_id op)
{
	return op == TOP_READ || op == TOP_WRITE || op == TOP_EXEC;
}

static bool is_paging(const struct trace_stmt *st)
{
	return is_access(st->op) && trace_has(st, trace_param_index(st->op, "paging"));
}

static void expect_text(const struct trace_expect *e, char *buf, size_t len)
{
	switch (e->kind) {
	case TEXP_RET:
		if (e->ret)
			snprintf(buf, len, "-%s", trace_errno_name(e->ret));
		else
			snprintf(buf, len, "0");
		return;
	case TEXP_EXIT:
		snprintf(buf, len, "exit:%s", trace_exit_name(e->exit));
		return;
	case TEXP_VALUE:
		snprintf(buf, len, "value:%#llx", (unsigned long long)e->value);
		return;
	case TEXP_SIGBUS:
		snprintf(buf, len, "sigbus");
		return;
	case TEXP_FAULT:
		snprintf(buf, len, "fault");
		return;
	case TEXP_HIT:
		snprintf(buf, len, "hit");
		return;
	case TEXP_ANY:
		break;
	}
	snprintf(buf, len, "any");
}

static void model_text(const struct kd_stmt *s, char *buf, size_t len)
{
	if (!s->ran)
		snprintf(buf, len, "not run");
	else
		outcome_format(&s->out, buf, len);
}

static void add_gfn(u64 *tab, u32 *n, u64 gfn)
{
	if (*n < KD_GFNS)
		tab[*n] = gfn;
	(*n)++;
}

/*
 * The leaves the kernel installed while it handled an imported access
 * (sptes=: its fault's and the neighbours it prefetched) against the model's.
 * Returns false if they differ; adds the counts to @sp.
 */
static bool sptes_match(const struct trace_stmt *st, const struct kd_stmt *s, struct kd_step *sp)
{
	int k = trace_param_index(st->op, "sptes");
	unsigned int own, kmask, mmask;

	if (k < 0 || !trace_has(st, k))
		return true;
	own = 1u << ((st->val[0] >> PAGE_SHIFT) & 7);
	kmask = (unsigned int)st->val[k];
	mmask = s->ran ? s->out.spte_mask : 0;
	sp->ksptes += (u32)__builtin_popcount(kmask);
	sp->msptes += (u32)__builtin_popcount(mmask) + (s->ran ? s->out.spte_other : 0);
	sp->kprefetch += (u32)__builtin_popcount(kmask & ~own);
	sp->mprefetch += (u32)__builtin_popcount(mmask & ~own);
	return kmask == mmask && (!s->ran || !s->out.spte_other);
}

static void step_add(const struct kdiff *kd, struct kd_step *sp, u32 i)
{
	const struct trace_stmt *st = &kd->t->stmt[i];
	const struct kd_stmt *s = &kd->s[i];
	bool kfault, mfault, ok;
	char why[128];

	if (st->expect.kind == TEXP_ANY)
		return;
	ok = s->ran && outcome_matches(st, &s->out, why, sizeof(why));
	if (!is_paging(st) && is_access(st->op) && !sptes_match(st, s, sp)) {
		sp->spte_differ++;
		ok = false;
	}
	if (is_paging(st)) {
		sp->paging++;
		sp->paging_differ += !ok;
		return;
	}
	sp->compared++;
	sp->last = i;
	if (!ok && !sp->differ++)
		sp->first_diff = i;
	if (!is_access(st->op))
		return;
	sp->run = true;
	/* every imported access is a walk the kernel took, unless it says hit */
	kfault = st->expect.kind != TEXP_HIT;
	mfault = s->ran && s->out.faulted;
	sp->accesses++;
	sp->kfault += kfault;
	sp->mfault += mfault;
	if (kfault && !mfault)
		add_gfn(sp->konly, &sp->nkonly, st->val[0] >> PAGE_SHIFT);
	else if (mfault && !kfault)
		add_gfn(sp->monly, &sp->nmonly, st->val[0] >> PAGE_SHIFT);
}

static void put_gfns(FILE *f, const char *who, const u64 *tab, u32 n)
{
	if (!n)
		return;
	fprintf(f, " %s:", who);
	for (u32 i = 0; i < n && i < KD_GFNS; i++)
		fprintf(f, " %#llx", (unsigned long long)tab[i]);
	if (n > KD_GFNS)
		fprintf(f, " (+%u)", n - KD_GFNS);
}

/* The statement's outcome agrees, but not the leaves installed for it. */
static bool sptes_differ(const struct kdiff *kd, u32 i)
{
	const struct trace_stmt *st = &kd->t->stmt[i];
	struct kd_step scratch = { 0 };
	char why[128];

	return kd->s[i].ran && outcome_matches(st, &kd->s[i].out, why, sizeof(why)) &&
	       !sptes_match(st, &kd->s[i], &scratch);
}

/* Why the step's first disagreeing statement disagrees, one line. */
static void explain(const struct kdiff *kd, const struct kd_step *sp, char *buf, size_t len)
{
	const struct trace_stmt *st = &kd->t->stmt[sp->first_diff];
	char k[48], m[96], actor[16];

	expect_text(&st->expect, k, sizeof(k));
	model_text(&kd->s[sp->first_diff], m, sizeof(m));
	trace_actor_name(st->actor, actor, sizeof(actor));
	if (is_access(st->op) && sptes_differ(kd, sp->first_diff))
		snprintf(buf, len, "%s:%u: %s: %s gpa=%#llx: leaves installed for gfns %#llx + bits:"
			 " the kernel %#llx, the model %#x%s", kd->t->file, st->line, actor,
			 trace_ops[st->op].name, (unsigned long long)st->val[0],
			 (unsigned long long)(st->val[0] >> PAGE_SHIFT & ~7ULL),
			 (unsigned long long)st->val[trace_param_index(st->op, "sptes")],
			 kd->s[sp->first_diff].out.spte_mask,
			 kd->s[sp->first_diff].out.spte_other ? " and more outside the group" : "");
	else if (is_access(st->op))
		snprintf(buf, len, "%s:%u: %s: %s gpa=%#llx: the kernel %s, the model %s",
			 kd->t->file, st->line, actor, trace_ops[st->op].name,
			 (unsigned long long)st->val[0],
			 st->expect.kind == TEXP_FAULT ? "faulted" : k, m);
	else
		snprintf(buf, len, "%s:%u: %s: %s: the kernel returned %s, the model %s",
			 kd->t->file, st->line, actor, trace_ops[st->op].name, k, m);
}

static void step_line(FILE *f, const struct kdiff *kd, const struct kd_step *sp)
{
	const struct trace_stmt *st = &kd->t->stmt[sp->last];
	char actor[16], k[48], m[96];

	trace_actor_name(st->actor, actor, sizeof(actor));
	expect_text(&st->expect, k, sizeof(k));
	model_text(&kd->s[sp->last], m, sizeof(m));
	if (sp->run)
		fprintf(f, "  rec %6u  %-6s KVM_RUN %4u accesses, faults kernel %4u model %4u,"
			" SPTEs kernel %4u (%u prefetched) model %4u (%u prefetched),"
			" last kernel %s model %s", sp->rec, actor, sp->accesses, sp->kfault,
			sp->mfault, sp->ksptes, sp->kprefetch, sp->msptes, sp->mprefetch, k, m);
	else
		fprintf(f, "  rec %6u  %-6s %-28s kernel %s, model %s", sp->rec, actor,
			trace_ops[st->op].name, k, m);
	if (sp->paging)
		fprintf(f, " (+%u guest-paging, %u differ)", sp->paging, sp->paging_differ);
	if (!sp->differ) {
		fprintf(f, "  agree\n");
		return;
	}
	fprintf(f, "  DISAGREE (%u of %u", sp->differ, sp->compared);
	if (sp->spte_differ)
		fprintf(f, "; %u by the leaves installed", sp->spte_differ);
	fputc(')', f);
	put_gfns(f, "faulted in the kernel only", sp->konly, sp->nkonly);
	put_gfns(f, "in the model only", sp->monly, sp->nmonly);
	fputc('\n', f);
}

void kdiff_finish(struct kdiff *kd, struct kdiff_result *res)
{
	const struct trace *t = kd->t;
	size_t len = 0;
	FILE *f;

	memset(res, 0, sizeof(*res));
	f = open_memstream(&res->report, &len);
	if (f)
		fprintf(f, "kernel against model, per recorded step (rec: its line in the"
			" recording; faults: accesses that took a page fault):\n");
	for (u32 i = t->first_event; i < t->nr_stmt;) {
		struct kd_step sp = { .rec = t->stmt[i].rec };

		if (!sp.rec) {
			i++;
			continue;
		}
		while (i < t->nr_stmt && t->stmt[i].rec == sp.rec)
			step_add(kd, &sp, i++);
		res->paging += sp.paging;
		res->paging_differ += sp.paging_differ;
		if (!sp.compared) {
			res->silent += !sp.paging;
			continue;
		}
		res->steps++;
		res->agree += !sp.differ;
		if (sp.differ && !res->first[0]) {
			char why[224];

			explain(kd, &sp, why, sizeof(why));
			snprintf(res->first, sizeof(res->first), "rec %u: %s", sp.rec, why);
		}
		if (f)
			step_line(f, kd, &sp);
	}
	if (f) {
		fprintf(f, "kernel agreement: %u/%u steps (guest-paging accesses counted apart: %u,"
			" %u differ; %u steps with no outcome recorded)\n", res->agree, res->steps,
			res->paging, res->paging_differ, res->silent);
		if (res->first[0])
			fprintf(f, "first disagreement: %s\n", res->first);
		if (fclose(f)) {
			free(res->report);
			res->report = NULL;
		}
	}
	kdiff_destroy(kd);
}

void kdiff_destroy(struct kdiff *kd)
{
	if (IS_ERR_OR_NULL(kd))
		return;
	kvfree(kd->s);
	kfree(kd);
}

void kdiff_result_destroy(struct kdiff_result *res)
{
	free(res->report);
	res->report = NULL;
}
