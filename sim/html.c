// SPDX-License-Identifier: GPL-2.0
/*
 * The failing interleaving as a picture (sim/html.h; no kernel counterpart).
 *
 * Layout: every row is one segment; its height is that of its longer cell
 * (the lane text or the state text, wrapped at fixed widths for a monospace
 * font), so lanes and state stay aligned without a script.  Text is escaped
 * for XML; nothing in the page comes from outside the trace and the model.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/kvm_host.h>

#include "sim/explain.h"
#include "sim/html.h"

#define MAX_ROWS 80
#define MAX_LINES 40
#define LINE_LEN 160

#define LANE_W 360
#define LANE_CHARS 47		/* 12px monospace: 7.2px per character */
#define STATE_W 500
#define STATE_CHARS 66
#define LINE_H 16
#define ROW_PAD 10
#define TOP 40
#define LEFT 10

enum line_kind { L_HEAD, L_STMT, L_END, L_PREEMPT, L_VIOLATION, L_STATE, L_CHANGED, L_NOTE };

struct line {
	enum line_kind kind;
	char text[LINE_LEN];
};

struct cell {
	struct line l[MAX_LINES];
	unsigned int n;
};

struct row {
	struct timeline_seg seg;
	struct cell lane, state;
	int next_actor;		/* the actor a preemption or block handed over to, or -1 */
	bool preempted, violation;
	bool final;		/* after the events: a report at teardown or the last check */
	unsigned int preemption;	/* its number, from 1 */
	int y, h;		/* top, and height with the gap below */
	int box_h;		/* height of the boxes */
};

static const char *const lane_fill[] = { "#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3",
					 "#ede9fe", "#ffedd5", "#e0f2fe", "#f1f5f9" };

/* ---- text ----------------------------------------------------------------------------- */

static void xml_puts(const char *s, FILE *f)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default:
			/* Control characters cannot appear in XML 1.0 text. */
			fputc((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t' ? '?' : *s, f);
		}
	}
}

static void add(struct cell *c, enum line_kind kind, const char *text)
{
	if (c->n == MAX_LINES - 1) {
		c->l[c->n++] = (struct line){ L_NOTE, "..." };
		return;
	}
	if (c->n >= MAX_LINES)
		return;
	c->l[c->n].kind = kind;
	snprintf(c->l[c->n].text, LINE_LEN, "%s", text);
	c->n++;
}

/* Add @text wrapped at @width characters (at spaces when it can), indenting continuations. */
static void addw(struct cell *c, enum line_kind kind, unsigned int width, const char *text)
{
	const char *p = text;
	bool first = true;

	while (*p) {
		unsigned int w = first ? width : width - 2;
		size_t len = strlen(p), cut = len;
		char buf[LINE_LEN];

		if (len > w) {
			cut = w;
			while (cut > w / 2 && p[cut] != ' ')
				cut--;
			if (p[cut] != ' ')
				cut = w;
		}
		snprintf(buf, sizeof(buf), "%s%.*s", first ? "" : "  ", (int)cut, p);
		add(c, kind, buf);
		p += cut;
		while (*p == ' ')
			p++;
		first = false;
	}
}

static void __printf(4, 5) addf(struct cell *c, enum line_kind kind, unsigned int width,
				 const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	addw(c, kind, width, buf);
}

static const char *actor(int a, char *buf, size_t len)
{
	trace_actor_name(a, buf, len);
	return buf;
}

/* ---- the state column ------------------------------------------------------------------ */

static const char *level_name(int level)
{
	return level == PG_LEVEL_1G ? "1G" : level == PG_LEVEL_2M ? "2M" : "4K";
}

static void vcpu_list(u32 mask, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int v = 0; v < 32 && n < len; v++)
		if (mask & BIT(v))
			n += (size_t)snprintf(buf + n, len - n, "%svcpu%d", n ? "," : "", v);
}

static void gfn_text(const struct timeline *tl, const struct timeline_state *s, u32 i,
		     char *buf, size_t len)
{
	const struct timeline_gfn_state *g = &s->gfn[i];
	char tlb[64], stale[64];
	size_t n;

	n = (size_t)snprintf(buf, len, "gfn %#llx %s: ", (unsigned long long)tl->gfns[i],
			     g->private ? "private" : "shared");
	if (g->spte)
		n += (size_t)snprintf(buf + n, len - n, "SPTE %s %s pfn %#llx %s gen %llu%s",
				      level_name(g->spte_level),
				      g->spte_private ? "private" : "shared",
				      (unsigned long long)g->pfn, g->spte_writable ? "rw" : "ro",
				      (unsigned long long)g->spte_gen,
				      g->spte_stale ? " STALE" : "");
	else
		n += (size_t)snprintf(buf + n, len - n, "no SPTE");
	if (g->spte && g->spte_stale && n < len)
		n += (size_t)snprintf(buf + n, len - n, " (folio gen %llu)",
				      (unsigned long long)g->folio_gen);
	if (g->nr_obsolete && n < len)
		n += (size_t)snprintf(buf + n, len - n, ", %u in obsolete roots", g->nr_obsolete);
	vcpu_list(g->tlb_vcpus, tlb, sizeof(tlb));
	vcpu_list(g->tlb_stale_vcpus, stale, sizeof(stale));
	if (n < len)
		snprintf(buf + n, len - n, "; TLB %s%s%s%s", tlb[0] ? tlb : "none",
			 stale[0] ? " (STALE: " : "", stale, stale[0] ? ")" : "");
}

/* The state lines of @s; a line that differs from @prev's is marked changed. */
static void state_cell(const struct timeline *tl, const struct timeline_state *s,
		       const struct timeline_state *prev, const char *title, struct cell *c)
{
	char now[256], was[256];

	if (title)
		add(c, L_NOTE, title);
	if (!s || !s->valid) {
		add(c, L_NOTE, "(not recorded)");
		return;
	}
	snprintf(now, sizeof(now), "mmu_invalidate_seq %lu, in_progress %ld", s->seq,
		 s->in_progress);
	if (s->in_progress)
		snprintf(now + strlen(now), sizeof(now) - strlen(now), ", range [%#llx, %#llx)",
			 (unsigned long long)s->range_start, (unsigned long long)s->range_end);
	was[0] = '\0';
	if (prev && prev->valid) {
		snprintf(was, sizeof(was), "mmu_invalidate_seq %lu, in_progress %ld", prev->seq,
			 prev->in_progress);
		if (prev->in_progress)
			snprintf(was + strlen(was), sizeof(was) - strlen(was),
				 ", range [%#llx, %#llx)", (unsigned long long)prev->range_start,
				 (unsigned long long)prev->range_end);
	}
	addw(c, prev && strcmp(now, was) ? L_CHANGED : L_STATE, STATE_CHARS, now);
	for (u32 i = 0; i < tl->nr_gfns; i++) {
		gfn_text(tl, s, i, now, sizeof(now));
		if (prev && prev->valid)
			gfn_text(tl, prev, i, was, sizeof(was));
		addw(c, prev && prev->valid && strcmp(now, was) ? L_CHANGED : L_STATE, STATE_CHARS,
		     now);
	}
}

/* ---- rows ------------------------------------------------------------------------------ */

static void stmt_text(const struct trace *t, u32 idx, char *buf, size_t len)
{
	char body[140];

	trace_stmt_text(t, &t->stmt[idx], body, sizeof(body));
	snprintf(buf, len, "line %u: %s", t->stmt[idx].line, body);
}

static void lane_cell(const struct trace *t, const struct replay_result *res,
		      const struct timeline *tl, struct row *row, unsigned int nr,
		      unsigned int *nr_pre)
{
	const struct timeline_seg *seg = &row->seg;
	const struct timeline_switch *end = seg->end;
	struct cell *c = &row->lane;
	char name[16], text[256];
	bool any = false;

	addf(c, L_HEAD, LANE_CHARS, "%u. %s %s at step %llu", nr, actor(seg->actor, name,
	     sizeof(name)), seg->resumed ? "resumes" : "runs", (unsigned long long)seg->from);
	for (u32 i = 0; i < tl->nr_st; i++) {
		const char *role = timeline_stmt_role(&tl->st[i], seg->actor, seg->from, seg->to);

		if (!role)
			continue;
		stmt_text(t, tl->st[i].idx, text, sizeof(text));
		addf(c, L_STMT, LANE_CHARS, "%s (%s)", text, role);
		any = true;
	}
	if (!any)
		add(c, L_STMT, "(between statements)");
	row->violation = res->first_step && res->first_actor == seg->actor &&
			 res->first_step >= seg->from && res->first_step <= seg->to;
	if (row->violation) {
		addf(c, L_VIOLATION, LANE_CHARS, ">>> %s at step %llu", res->first_violation,
		     (unsigned long long)res->first_step);
		if (res->first_message[0])
			addw(c, L_VIOLATION, LANE_CHARS, res->first_message);
	}
	row->next_actor = -1;
	if (!end) {
		add(c, L_END, "the run was stopped here");
		return;
	}
	if (end->finished) {
		addf(c, L_END, LANE_CHARS, "finishes at step %llu", (unsigned long long)end->step);
		return;
	}
	row->preempted = end->preempted;
	row->next_actor = end->to;
	if (row->preempted)
		row->preemption = ++*nr_pre;
	addf(c, row->preempted ? L_PREEMPT : L_END, LANE_CHARS, "%s at step %llu at \"%s\"",
	     row->preempted ? "PREEMPTED" : "blocks", (unsigned long long)end->step, end->point);
	if (end->model_point && end->model_point != end->point)
		addf(c, L_END, LANE_CHARS, "after \"%s\"", end->model_point);
	addf(c, L_END, LANE_CHARS, "holding %s", end->locks[0] ? end->locks : "no locks");
}

static unsigned int build_rows(const struct trace *t, const struct replay_result *res,
			       const struct timeline *tl, struct row *rows, unsigned int *more)
{
	const struct timeline_state *prev = NULL;
	unsigned int nr = 0, nr_pre = 0;
	struct timeline_seg seg;
	bool seen = false;
	u32 k = 0;

	*more = 0;
	while (timeline_next_seg(tl, res->steps, &k, &seg)) {
		struct row *row;

		if (nr == MAX_ROWS) {
			++*more;
			continue;
		}
		row = &rows[nr++];
		*row = (struct row){ .seg = seg };
		lane_cell(t, res, tl, row, nr, &nr_pre);
		if (row->violation && tl->at_violation.valid) {
			char title[96];

			snprintf(title, sizeof(title), "at the check after the report (step %llu):",
				 (unsigned long long)tl->violation_step);
			state_cell(tl, &tl->at_violation, prev, title, &row->state);
			prev = &tl->at_violation;
		} else if (!seg.end && prev) {
			/* Stopped in this segment (a deadlock): nothing ran since the last switch. */
			state_cell(tl, prev, NULL, "when the run stopped (as at the last switch):",
				   &row->state);
		} else {
			state_cell(tl, seg.end ? &seg.end->state : NULL, prev, NULL, &row->state);
			prev = seg.end ? &seg.end->state : prev;
		}
		seen |= row->violation;
	}
	if (res->first_violation[0] && !seen && nr < MAX_ROWS) {
		struct row *row = &rows[nr++];

		*row = (struct row){ .final = true, .violation = true, .next_actor = -1 };
		addf(&row->lane, L_VIOLATION, LANE_CHARS, ">>> %s after the events "
		     "(teardown or the final check)", res->first_violation);
		if (res->first_message[0])
			addw(&row->lane, L_VIOLATION, LANE_CHARS, res->first_message);
		if (tl->at_violation.valid)
			state_cell(tl, &tl->at_violation, prev, "at the check after the report:",
				   &row->state);
		else
			state_cell(tl, prev, NULL, "when the events ended:", &row->state);
	}
	return nr;
}

/* ---- drawing --------------------------------------------------------------------------- */

static const char *line_class(enum line_kind k)
{
	static const char *const cls[] = {
		[L_HEAD] = "hd", [L_STMT] = "st", [L_END] = "en", [L_PREEMPT] = "pr",
		[L_VIOLATION] = "vi", [L_STATE] = "sv", [L_CHANGED] = "ch", [L_NOTE] = "no",
	};
	return cls[k];
}

static void draw_cell(const struct cell *c, int x, int y, FILE *f)
{
	for (unsigned int i = 0; i < c->n; i++) {
		fprintf(f, "<text x=\"%d\" y=\"%d\" class=\"%s\">", x, y + (int)(i + 1) * LINE_H,
			line_class(c->l[i].kind));
		xml_puts(c->l[i].text, f);
		fputs("</text>\n", f);
	}
}

static void draw(const struct row *rows, unsigned int nr,
		 const int *lane_of, const int *lanes, int nr_lanes, FILE *f)
{
	int state_x = LEFT + nr_lanes * LANE_W + 20;
	int width = state_x + STATE_W + LEFT, height;
	char name[16];

	height = nr ? rows[nr - 1].y + rows[nr - 1].h + 20 : TOP + 20;
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		"viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"swimlanes of the run\">\n",
		width, height, width, height);
	fputs("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
	      "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
	      "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#dc2626\"/></marker>"
	      "<marker id=\"arrowg\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
	      "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
	      "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker></defs>\n", f);
	for (int l = 0; l < nr_lanes; l++) {
		int x = LEFT + l * LANE_W;

		fprintf(f, "<text x=\"%d\" y=\"24\" class=\"lane\">%s</text>\n", x + 6,
			actor(lanes[l], name, sizeof(name)));
		fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"life\"/>\n",
			x + LANE_W / 2, TOP, x + LANE_W / 2, height - 10);
	}
	fprintf(f, "<text x=\"%d\" y=\"24\" class=\"lane\">state when the segment ends"
		"</text>\n", state_x);
	for (unsigned int i = 0; i < nr; i++) {
		const struct row *r = &rows[i];
		int lane = r->final ? 0 : lane_of[r->seg.actor], x = LEFT + lane * LANE_W;

		if (r->final)
			fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" "
				"fill=\"#fef2f2\" class=\"viol\"/>\n", x + 2, r->y,
				nr_lanes * LANE_W - 4, r->box_h);
		else
			fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" "
				"fill=\"%s\" class=\"%s\"/>\n", x + 2, r->y, LANE_W - 4, r->box_h,
				lane_fill[lane % (int)ARRAY_SIZE(lane_fill)],
				r->violation ? "viol" : "seg");
		draw_cell(&r->lane, x + 8, r->y, f);
		fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" "
			"class=\"%s\"/>\n", state_x - 4, r->y, STATE_W, r->box_h,
			r->violation ? "sviol" : "sbox");
		draw_cell(&r->state, state_x + 2, r->y, f);
		if (r->next_actor >= 0 && i + 1 < nr && !rows[i + 1].final &&
		    lane_of[rows[i + 1].seg.actor] != lane) {
			int to = LEFT + lane_of[rows[i + 1].seg.actor] * LANE_W;
			int x1 = x + LANE_W / 2, x2 = to + LANE_W / 2;
			int y1 = r->y + r->box_h, y2 = rows[i + 1].y;

			fprintf(f, "<path d=\"M%d,%d L%d,%d\" class=\"%s\" marker-end=\"url(#%s)\"/>\n",
				x1, y1, x2, y2 - 1, r->preempted ? "pre" : "blk",
				r->preempted ? "arrow" : "arrowg");
			if (r->preempted)
				fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"prl\">"
					"preemption %u</text>\n", x1 + (x2 > x1 ? 12 : -12), y1 + 12,
					x2 > x1 ? "start" : "end", r->preemption);
		}
	}
	fputs("</svg>\n", f);
}

static const char style[] =
	"body{font-family:sans-serif;margin:16px;color:#111827;background:#fff}"
	"h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:18px 0 6px}"
	".msg{color:#b91c1c;font-family:monospace;font-size:14px;margin:4px 0}"
	"pre{background:#f3f4f6;padding:8px;font-size:12px;overflow-x:auto}"
	".meta{font-size:13px;color:#374151}"
	"svg text{font-family:monospace;font-size:12px;white-space:pre}"
	".lane{font-size:14px;font-weight:bold;font-family:sans-serif}"
	".life{stroke:#d1d5db;stroke-dasharray:4 4}"
	".seg{stroke:#9ca3af}.viol{stroke:#dc2626;stroke-width:3}"
	".sbox{fill:#f9fafb;stroke:#e5e7eb}.sviol{fill:#fef2f2;stroke:#dc2626;stroke-width:2}"
	".hd{font-weight:bold}.pr{fill:#b91c1c;font-weight:bold}.en{fill:#374151}"
	".vi{fill:#dc2626;font-weight:bold}.ch{fill:#c2410c;font-weight:bold}"
	".sv{fill:#374151}.no{fill:#6b7280;font-style:italic}"
	".pre{fill:none;stroke:#dc2626;stroke-width:2}"
	".blk{fill:none;stroke:#6b7280;stroke-width:1.5;stroke-dasharray:5 3}"
	".prl{fill:#dc2626;font-weight:bold;font-family:sans-serif}"
	".legend span{display:inline-block;margin-right:14px}";

static void write_head(const struct trace *t, const struct replay_result *res, FILE *f)
{
	const char *kind = res->first_violation[0] ? res->first_violation : "no violation";

	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>gmemsim: ",
	      f);
	xml_puts(kind, f);
	fputs(" in ", f);
	xml_puts(t->file, f);
	fprintf(f, "</title>\n<style>%s</style></head>\n<body>\n<h1>", style);
	xml_puts(kind, f);
	fputs("</h1>\n", f);
	if (res->first_message[0]) {
		fputs("<p class=\"msg\">", f);
		xml_puts(res->first_message, f);
		fputs("</p>\n", f);
	}
	fputs("<p class=\"meta\">trace ", f);
	xml_puts(t->file, f);
	fprintf(f, " &middot; %llu scheduling points &middot; %u preemption(s), %u other "
		"scheduling choice(s), sticky elsewhere &middot; %lu violation(s)",
		(unsigned long long)res->steps, sched_preempts_count(&res->preempts),
		res->preempts.len - sched_preempts_count(&res->preempts), res->violations);
	fputs("</p>\n<pre>gmemsim replay ", f);
	xml_puts(t->file, f);
	fputs("</pre>\n", f);
}

void html_write(const struct trace *t, const struct replay_result *res,
		const struct timeline *tl, FILE *f)
{
	int lane_of[TRACE_ACTOR_VCPU0 + TRACE_MAX_VCPUS], lanes[TRACE_ACTOR_VCPU0 + TRACE_MAX_VCPUS];
	int nr_lanes = 0, y = TOP;
	struct row *rows = calloc(MAX_ROWS, sizeof(*rows));
	unsigned int nr, more;
	char name[16];

	write_head(t, res, f);
	if (!rows) {
		fputs("<p>out of memory drawing the picture</p></body></html>\n", f);
		return;
	}
	nr = build_rows(t, res, tl, rows, &more);
	/* Lanes: the actors that ran statements, vmm, host, then vCPUs. */
	for (size_t a = 0; a < ARRAY_SIZE(lane_of); a++) {
		lane_of[a] = -1;
		for (unsigned int i = 0; i < nr; i++)
			if (!rows[i].final && rows[i].seg.actor == (int)a) {
				lane_of[a] = nr_lanes;
				lanes[nr_lanes++] = (int)a;
				break;
			}
	}
	for (unsigned int i = 0; i < nr; i++) {
		unsigned int n = max(rows[i].lane.n, rows[i].state.n);

		rows[i].y = y;
		rows[i].box_h = (int)n * LINE_H + 8;
		/* Room for the arrow and its label between two rows. */
		rows[i].h = rows[i].box_h + ROW_PAD + (rows[i].next_actor >= 0 ? 18 : 0);
		y += rows[i].h;
	}
	fputs("<p class=\"legend meta\">", f);
	for (int l = 0; l < nr_lanes; l++)
		fprintf(f, "<span style=\"background:%s;padding:0 6px\">%s</span>",
			lane_fill[l % (int)ARRAY_SIZE(lane_fill)], actor(lanes[l], name, sizeof(name)));
	fputs("<span style=\"color:#dc2626\">&#8594; preemption</span>"
	      "<span style=\"color:#6b7280\">&#8674; blocked, next actor runs</span>"
	      "<span style=\"color:#c2410c;font-weight:bold\">changed since the row above</span>"
	      "</p>\n", f);
	draw(rows, nr, lane_of, lanes, nr_lanes, f);
	if (more)
		fprintf(f, "<p class=\"meta\">... %u more segments not drawn</p>\n", more);
	fputs("<h2>In words</h2>\n<p>", f);
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&buf, &len);

		if (m) {
			explain_write_paragraph(t, res, tl, m);
			fclose(m);
			xml_puts(buf, f);
			free(buf);
		}
	}
	fputs("</p>\n<h2>The trace</h2>\n<pre>", f);
	for (u32 i = 0; i < t->nr_stmt; i++) {
		char text[256], line[320];

		stmt_text(t, i, text, sizeof(text));
		snprintf(line, sizeof(line), "%s\n", text);
		xml_puts(line, f);
	}
	fputs("</pre>\n</body></html>\n", f);
	free(rows);
}

int html_write_file(const struct trace *t, const char *path, char *err, size_t errlen)
{
	struct timeline tl = { 0 };
	struct replay_opts o = { .mode = REPLAY_DET, .mode_set = true, .seed = 1, .quiet = true,
				 .timeline = &tl };
	struct replay_result r;
	FILE *f;
	int ret;

	ret = replay_trace(t, &o, &r, err, errlen);
	if (ret) {
		timeline_destroy(&tl);
		return ret;
	}
	f = fopen(path, "w");
	if (!f) {
		ret = -errno;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	} else {
		html_write(t, &r, &tl, f);
		if (fclose(f)) {
			ret = -errno;
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
		}
	}
	replay_result_destroy(&r);
	timeline_destroy(&tl);
	return ret;
}
