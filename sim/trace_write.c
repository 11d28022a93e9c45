// SPDX-License-Identifier: GPL-2.0
/*
 * The trace writer: the canonical text of a parsed trace (traces/FORMAT.md).
 * Arguments come out in op-table order, addresses and sizes in hex, flags by
 * name; writing a parsed trace and parsing it again gives the same trace.
 */
#include <string.h>

#include <linux/err.h>

#include "sim/trace.h"

static void write_flags(FILE *f, const struct trace_flag *table, u64 v)
{
	bool first = true;

	for (const struct trace_flag *fl = table; fl->name && v; fl++) {
		if (!fl->val || (v & fl->val) != fl->val)
			continue;
		fprintf(f, "%s%s", first ? "" : "|", fl->name);
		v &= ~fl->val;
		first = false;
	}
	/* Bits no name covers: the raw form replaces the whole list. */
	if (v || first) {
		if (!first)
			fprintf(f, "|");
		fprintf(f, "%#llx", (unsigned long long)v);
	}
}

static void write_enum(FILE *f, const struct trace_flag *table, u64 v)
{
	for (const struct trace_flag *fl = table; fl->name; fl++) {
		if (fl->val == v) {
			fprintf(f, "%s", fl->name);
			return;
		}
	}
	fprintf(f, "%llu", (unsigned long long)v);
}

static void write_expect(FILE *f, const struct trace_expect *e)
{
	switch (e->kind) {
	case TEXP_ANY:
		return;
	case TEXP_RET:
		if (!e->ret)
			fprintf(f, " expect=0");
		else
			fprintf(f, " expect=-%s", trace_errno_name(e->ret));
		return;
	case TEXP_EXIT:
		fprintf(f, " expect=exit:%s", trace_exit_name(e->exit));
		return;
	case TEXP_VALUE:
		fprintf(f, " expect=value:%#llx", (unsigned long long)e->value);
		return;
	case TEXP_SIGBUS:
		fprintf(f, " expect=sigbus");
		return;
	case TEXP_FAULT:
		fprintf(f, " expect=fault");
		return;
	case TEXP_HIT:
		fprintf(f, " expect=hit");
		return;
	}
}

static void write_stmt(const struct trace *t, const struct trace_stmt *st, FILE *f)
{
	const struct trace_op_desc *d = &trace_ops[st->op];
	char actor[16];

	if (st->actor >= TRACE_ACTOR_VMM) {
		trace_actor_name(st->actor, actor, sizeof(actor));
		fprintf(f, "%s: ", actor);
	}
	fprintf(f, "%s", d->name);
	for (int i = 0; i < TRACE_MAX_PARAMS && d->params[i].key; i++) {
		const struct trace_param *prm = &d->params[i];
		u64 v = st->val[i];

		if (!trace_has(st, i))
			continue;
		if (prm->type == TP_BOOL) {
			fprintf(f, " %s", prm->key);
			continue;
		}
		fprintf(f, " %s=", prm->key);
		switch (prm->type) {
		case TP_NUM:
			fprintf(f, "%llu", (unsigned long long)v);
			break;
		case TP_ADDR:
			fprintf(f, "%#llx", (unsigned long long)v);
			break;
		case TP_FLAGS:
			write_flags(f, prm->table, v);
			break;
		case TP_ENUM:
			write_enum(f, prm->table, v);
			break;
		case TP_DEF:
		case TP_REF:
			fprintf(f, "%s", t->obj[v].name);
			break;
		case TP_STR:
			fprintf(f, "%s", t->strs[v]);
			break;
		case TP_BOOL:
			break;
		}
	}
	write_expect(f, &st->expect);
	if (st->rec)
		fprintf(f, " rec=%u", st->rec);
	fputc('\n', f);
}

int trace_stmt_text(const struct trace *t, const struct trace_stmt *st, char *buf, size_t len)
{
	FILE *f;
	size_t n;

	if (!len)
		return -EINVAL;
	buf[0] = '\0';
	f = fmemopen(buf, len, "w");
	if (!f)
		return -ENOMEM;
	write_stmt(t, st, f);
	fclose(f);
	n = strlen(buf);
	if (n && buf[n - 1] == '\n')
		buf[n - 1] = '\0';
	return 0;
}

int trace_write(const struct trace *t, FILE *f)
{
	fprintf(f, "gmemsim-trace %d\n", TRACE_VERSION);
	for (u32 i = 0; i < t->nr_stmt; i++)
		write_stmt(t, &t->stmt[i], f);
	return ferror(f) ? -EIO : 0;
}
