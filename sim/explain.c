// SPDX-License-Identifier: GPL-2.0
/*
 * The failing interleaving in words (sim/explain.h; no kernel counterpart).
 *
 * A segment is what one actor ran between two context switches of the
 * timeline.  Statements are placed by the scheduling steps they spanned: a
 * statement of the segment's actor that started before the segment resumes,
 * one that ends after it is left inside.
 */
#include <stdio.h>
#include <string.h>

#include <linux/bug_inject.h>
#include <linux/kernel.h>

#include "sim/explain.h"

#define EXPLAIN_MAX_SEGMENTS 40

struct stmt_line {
	char text[160];
};

static void stmt_line(const struct trace *t, u32 idx, struct stmt_line *l)
{
	char body[140];

	trace_stmt_text(t, &t->stmt[idx], body, sizeof(body));
	snprintf(l->text, sizeof(l->text), "line %u `%s`", t->stmt[idx].line, body);
}

static const char *actor(int a, char *buf, size_t len)
{
	trace_actor_name(a, buf, len);
	return buf;
}

static void write_segment_end(const struct timeline_switch *next, unsigned int *nr_pre, FILE *f)
{
	if (!next) {
		fprintf(f, "      the run was stopped here\n");
		return;
	}
	if (next->finished) {
		fprintf(f, "      finishes at step %llu\n", (unsigned long long)next->step);
		return;
	}
	fprintf(f, "      %s at step %llu at \"%s\"", next->preempted ? "preempted" : "blocks",
		(unsigned long long)next->step, next->point);
	if (next->model_point && next->model_point != next->point)
		fprintf(f, " after \"%s\"", next->model_point);
	fprintf(f, "%s%s%s", next->locks[0] ? ", holding " : "", next->locks,
		next->locks[0] ? "" : ", holding no locks");
	if (next->preempted)
		fprintf(f, "   [preemption %u]", ++*nr_pre);
	fputc('\n', f);
}

static void write_schedule(const struct trace *t, const struct replay_result *res,
			   const struct timeline *tl, FILE *f)
{
	unsigned int nr_pre = 0, shown = 0;
	struct timeline_seg seg;
	char name[16];
	u32 k = 0;

	fprintf(f, "schedule: %u preemption(s), %u other scheduling choice(s) (sticky elsewhere), "
		"%llu scheduling points\n", sched_preempts_count(&res->preempts),
		res->preempts.len - sched_preempts_count(&res->preempts),
		(unsigned long long)res->steps);
	while (timeline_next_seg(tl, res->steps, &k, &seg)) {
		bool any = false;

		if (++shown > EXPLAIN_MAX_SEGMENTS) {
			fprintf(f, "  ... %u more segments\n", tl->nr_sw - seg.k - 1);
			break;
		}
		fprintf(f, "  %2u. %s %s (step %llu)\n", shown, actor(seg.actor, name, sizeof(name)),
			seg.resumed ? "resumes" : "runs", (unsigned long long)seg.from);
		for (u32 i = 0; i < tl->nr_st; i++) {
			const char *role = timeline_stmt_role(&tl->st[i], seg.actor, seg.from, seg.to);
			struct stmt_line l;

			if (!role)
				continue;
			stmt_line(t, tl->st[i].idx, &l);
			fprintf(f, "      %s %s\n", l.text, role);
			any = true;
		}
		if (!any)
			fprintf(f, "      (between statements)\n");
		if (res->first_actor == seg.actor && res->first_step >= seg.from &&
		    res->first_step <= seg.to && res->first_step)
			fprintf(f, "      >>> %s at step %llu\n", res->first_violation,
				(unsigned long long)res->first_step);
		write_segment_end(seg.end, &nr_pre, f);
	}
}

/* The statement actor @a was inside when it was preempted at switch @k. */
static const struct timeline_stmt *inside(const struct timeline *tl, int a, u64 step)
{
	for (u32 i = 0; i < tl->nr_st; i++)
		if (tl->st[i].actor == a && tl->st[i].first <= step && tl->st[i].last > step)
			return &tl->st[i];
	return NULL;
}

static void write_knobs(FILE *f)
{
	unsigned long mask = bug_inject_get_mask();

	for (int i = 0; i < BUG_INJECT_NR; i++) {
		const struct bug_inject_info *b = &bug_inject_table[i];

		if (mask & BIT(i))
			fprintf(f, " The run was made with the bug knob %s (bug-zoo %s): %s, at %s;"
				" the kernel's fix is %s.", b->name, b->zoo_id, b->desc, b->site,
				b->commit);
	}
}

/* The paragraph: the first preemption that matters, what ran meanwhile, what broke. */
void explain_write_paragraph(const struct trace *t, const struct replay_result *res,
			     const struct timeline *tl, FILE *f)
{
	char a[16], b[16];
	bool said = false;

	for (u32 k = 1; k < tl->nr_sw && !said; k++) {
		const struct timeline_switch *sw = &tl->sw[k];
		const struct timeline_stmt *in = sw->preempted ? inside(tl, sw->from, sw->step) : NULL;
		u64 back = res->steps;

		if (!in)
			continue;
		for (u32 j = k + 1; j < tl->nr_sw; j++)
			if (tl->sw[j].to == sw->from) {
				back = tl->sw[j].step;
				break;
			}
		struct stmt_line l;

		stmt_line(t, in->idx, &l);
		fprintf(f, " %s's %s was preempted at step %llu at \"%s\"",
			actor(sw->from, a, sizeof(a)), l.text, (unsigned long long)sw->step,
			sw->point);
		if (sw->model_point && sw->model_point != sw->point)
			fprintf(f, " after \"%s\"", sw->model_point);
		fprintf(f, "%s%s, and while it waited", sw->locks[0] ? " holding " : "", sw->locks);
		for (u32 i = 0; i < tl->nr_st; i++) {
			const struct timeline_stmt *o = &tl->st[i];

			if (o->actor == sw->from || o->last < sw->step || o->first > back)
				continue;
			stmt_line(t, o->idx, &l);
			fprintf(f, "%s %s ran %s", said ? ";" : "", actor(o->actor, b, sizeof(b)),
				l.text);
			said = true;
		}
		if (!said)
			fprintf(f, " nothing else ran a statement");
		fprintf(f, ".");
		said = true;
	}
	if (!said)
		fprintf(f, " No preemption is needed: the statements in the order the sticky"
			" strategy runs them are enough.");
	if (res->first_violation[0]) {
		fprintf(f, " Then %s", res->first_violation);
		if (res->first_message[0])
			fprintf(f, " (%s)", res->first_message);
		if (res->first_actor >= 0)
			fprintf(f, " was reported by %s at step %llu",
				actor(res->first_actor, a, sizeof(a)),
				(unsigned long long)res->first_step);
		else
			fprintf(f, " was reported after the events, at the final check");
		fprintf(f, ".");
	}
	write_knobs(f);
}

void explain_write(const struct trace *t, const struct replay_result *res,
		   const struct timeline *tl, FILE *f)
{
	fprintf(f, "%s: %s\n", t->file, res->first_violation[0] ? res->first_violation :
								    "no violation");
	if (res->first_message[0])
		fprintf(f, "  %s\n", res->first_message);
	write_schedule(t, res, tl, f);
	fprintf(f, "\nin words:\n ");
	explain_write_paragraph(t, res, tl, f);
	fprintf(f, "\n");
}
