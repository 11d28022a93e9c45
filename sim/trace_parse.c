// SPDX-License-Identifier: GPL-2.0
/*
 * The trace parser (traces/FORMAT.md).  Every malformed input is an error with
 * FILE:LINE:COL and a message, never a crash: lines are tokenised in place,
 * every number is range-checked, every name looked up, every argument checked
 * against the op table (trace_ops.c).
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <linux/err.h>
#include <linux/sched.h>

#include "sim/preempt.h"
#include "sim/trace.h"

#define TRACE_MAX_TOKENS 32
/* A run line's schedule of a long failing run is two hex digits per decision. */
#define TRACE_MAX_LINE (16 << 20)

struct token {
	char *s;
	u32 col;
};

struct parser {
	struct trace *t;
	const char *file;
	u32 line;
	char *err;
	size_t errlen;
	bool seen_vm;
	bool in_events;
	/* Object names -> 1 + index in t->obj (0: empty); open addressing. */
	u32 *obj_hash;
	u32 obj_hash_cap;	/* a power of two, at least twice nr_obj */
};

static int __printf(3, 4) perr(struct parser *p, u32 col, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(p->err, p->errlen, "%s:%u:%u: ", p->file, p->line, col);
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < p->errlen)
		vsnprintf(p->err + n, p->errlen - n, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static const struct {
	const char *name;
	int err;
} errnos[] = {
	{ "EPERM", EPERM },	{ "ENOENT", ENOENT },	{ "ESRCH", ESRCH },
	{ "EINTR", EINTR },	{ "EIO", EIO },		{ "ENXIO", ENXIO },
	{ "E2BIG", E2BIG },	{ "EBADF", EBADF },	{ "EAGAIN", EAGAIN },
	{ "ENOMEM", ENOMEM },	{ "EACCES", EACCES },	{ "EFAULT", EFAULT },
	{ "EBUSY", EBUSY },	{ "EEXIST", EEXIST },	{ "ENODEV", ENODEV },
	{ "EINVAL", EINVAL },	{ "ENFILE", ENFILE },	{ "EMFILE", EMFILE },
	{ "ENOTTY", ENOTTY },	{ "EFBIG", EFBIG },	{ "ENOSPC", ENOSPC },
	{ "ESPIPE", ESPIPE },	{ "EROFS", EROFS },	{ "ERANGE", ERANGE },
	{ "EDEADLK", EDEADLK },	{ "ENOSYS", ENOSYS },	{ "ELOOP", ELOOP },
	{ "EOPNOTSUPP", EOPNOTSUPP }, { "EOVERFLOW", EOVERFLOW },
	{ "EHWPOISON", EHWPOISON }, { "ENOTSUPP", ENOTSUPP },
	{ "ERESTARTSYS", ERESTARTSYS },
};

const char *trace_errno_name(long err)
{
	for (size_t i = 0; i < ARRAY_SIZE(errnos); i++)
		if (errnos[i].err == -err)
			return errnos[i].name;
	return NULL;
}

int trace_errno_parse(const char *name, long *err)
{
	for (size_t i = 0; i < ARRAY_SIZE(errnos); i++) {
		if (!strcmp(errnos[i].name, name)) {
			*err = -errnos[i].err;
			return 0;
		}
	}
	return -EINVAL;
}

static const char *const exit_names[] = {
	[TEXIT_NONE] = "none",
	[TEXIT_MEMORY_FAULT] = "memory_fault",
	[TEXIT_MMIO] = "mmio",
	[TEXIT_EFAULT] = "efault",
	[TEXIT_HWPOISON] = "hwpoison",
	[TEXIT_INTERNAL_ERROR] = "internal_error",
};
_Static_assert(ARRAY_SIZE(exit_names) == TEXIT_NR, "exit_names");

const char *trace_exit_name(enum trace_exit e)
{
	return (unsigned int)e < TEXIT_NR ? exit_names[e] : "?";
}

void trace_actor_name(int actor, char *buf, size_t len)
{
	if (actor == TRACE_ACTOR_VMM)
		snprintf(buf, len, "vmm");
	else if (actor == TRACE_ACTOR_HOST)
		snprintf(buf, len, "host");
	else if (actor >= TRACE_ACTOR_VCPU0)
		snprintf(buf, len, "vcpu%d", actor - TRACE_ACTOR_VCPU0);
	else
		snprintf(buf, len, "%s", actor == TRACE_ACTOR_ALL ? "all" : "setup");
}

/* ---- values ---------------------------------------------------------------- */

int trace_number(const char *s, u64 *out, size_t *bad)
{
	int base = 10, shift = 0;
	const char *q = s;
	u64 v = 0;

	*bad = 0;
	if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
		base = 16;
		q += 2;
	}
	if (*q < '0' || (*q > '9' && !(base == 16 && isxdigit((unsigned char)*q))))
		return -EINVAL;
	for (; *q; q++) {
		int d;

		if (*q >= '0' && *q <= '9')
			d = *q - '0';
		else if (base == 16 && *q >= 'a' && *q <= 'f')
			d = *q - 'a' + 10;
		else if (base == 16 && *q >= 'A' && *q <= 'F')
			d = *q - 'A' + 10;
		else
			break;
		if (check_mul_overflow(v, (u64)base, &v) || check_add_overflow(v, (u64)d, &v))
			return -ERANGE;
	}
	if (*q) {
		const char *suffixes = "KMGT";
		const char *hit = strchr(suffixes, *q);

		if (!hit || q[1]) {
			*bad = (size_t)(q - s);
			return -EINVAL;
		}
		shift = 10 * (int)(hit - suffixes + 1);
		if (v > (~0ULL >> shift))
			return -ERANGE;
		v <<= shift;
	}
	*out = v;
	return 0;
}

static int parse_num(struct parser *p, const struct token *tok, const char *s, u64 *out)
{
	u32 col = tok->col + (u32)(s - tok->s);
	size_t bad;
	int ret = trace_number(s, out, &bad);

	if (ret == -ERANGE)
		return perr(p, col, "number '%s' does not fit in 64 bits", s);
	if (ret && !bad)
		return perr(p, col, "expected a number, got '%s'", s);
	if (ret)
		return perr(p, col + (u32)bad, "bad character '%c' in number", s[bad]);
	return 0;
}

/* "a|b|0x80": names from @table and raw numbers (for errno tests), OR-ed. */
static int parse_flags(struct parser *p, const struct token *tok, const char *s,
		       const struct trace_flag *table, u64 *out)
{
	const char *part = s;
	u64 v = 0;

	for (;;) {
		const char *bar = strchr(part, '|');
		size_t n = bar ? (size_t)(bar - part) : strlen(part);
		u32 col = tok->col + (u32)(part - tok->s);
		char buf[64];
		u64 bits;

		if (!n || n >= sizeof(buf))
			return perr(p, col, "bad flag list '%s'", s);
		memcpy(buf, part, n);
		buf[n] = '\0';
		if (buf[0] >= '0' && buf[0] <= '9') {
			struct token sub = { .s = buf, .col = col };

			if (parse_num(p, &sub, buf, &bits))
				return -EINVAL;
		} else {
			const struct trace_flag *f = table;

			for (; f->name; f++)
				if (!strcmp(f->name, buf))
					break;
			if (!f->name)
				return perr(p, col, "unknown flag '%s'", buf);
			bits = f->val;
		}
		v |= bits;
		if (!bar)
			break;
		part = bar + 1;
	}
	*out = v;
	return 0;
}

static int parse_enum(struct parser *p, const struct token *tok, const char *s,
		      const struct trace_param *prm, u64 *out)
{
	char names[160];
	size_t n = 0;

	for (const struct trace_flag *f = prm->table; f->name; f++) {
		if (!strcmp(f->name, s)) {
			*out = f->val;
			return 0;
		}
	}
	if (s[0] >= '0' && s[0] <= '9' && !prm->names_only)
		return parse_num(p, tok, s, out);
	names[0] = '\0';
	for (const struct trace_flag *f = prm->table; f->name && n < sizeof(names); f++)
		n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s", n ? ", " : "", f->name);
	return perr(p, tok->col + (u32)(s - tok->s), "unknown %s '%s' (%s)", prm->key, s, names);
}

/* A number the model takes only within a range (vcpus, pct_depth, slot, ...). */
static int check_range(struct parser *p, const struct token *tok, const char *val,
		       const struct trace_param *prm, u64 v)
{
	u32 col = tok->col + (u32)(val - tok->s);

	if (!prm->max || (v >= prm->min && v <= prm->max))
		return 0;
	if (prm->type == TP_NUM)
		return perr(p, col, "%s=%s is out of range (%llu..%llu)", prm->key, val,
			    (unsigned long long)prm->min, (unsigned long long)prm->max);
	return perr(p, col, "%s=%s is out of range (%#llx..%#llx)", prm->key, val,
		    (unsigned long long)prm->min, (unsigned long long)prm->max);
}

static int valid_name(const char *s)
{
	size_t n = strlen(s);

	if (!n || n >= TRACE_NAME_LEN)
		return 0;
	if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_'))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* FNV-1a: names are short; the table only has to spread them. */
static u32 obj_name_hash(const char *name)
{
	u32 h = 2166136261u;

	for (; *name; name++)
		h = (h ^ (u8)*name) * 16777619u;
	return h;
}

/* The slot of @name in the table: its entry, or the empty one it would take. */
static u32 *obj_hash_slot(const struct parser *p, const char *name)
{
	u32 mask = p->obj_hash_cap - 1, i = obj_name_hash(name) & mask;

	while (p->obj_hash[i] && strcmp(p->t->obj[p->obj_hash[i] - 1].name, name))
		i = (i + 1) & mask;
	return &p->obj_hash[i];
}

static int find_obj(const struct parser *p, const char *name)
{
	if (!p->obj_hash_cap)
		return -1;
	return (int)*obj_hash_slot(p, name) - 1;
}

/* Room for one more object at a load of at most one half. */
static int obj_hash_grow(struct parser *p)
{
	u32 old_cap = p->obj_hash_cap, *old = p->obj_hash;

	if (2 * (p->t->nr_obj + 1) <= old_cap)
		return 0;
	p->obj_hash_cap = old_cap ? 2 * old_cap : 64;
	p->obj_hash = calloc(p->obj_hash_cap, sizeof(*p->obj_hash));
	if (!p->obj_hash) {
		p->obj_hash = old;
		p->obj_hash_cap = old_cap;
		return -ENOMEM;
	}
	for (u32 i = 0; i < old_cap; i++)
		if (old[i])
			*obj_hash_slot(p, p->t->obj[old[i] - 1].name) = old[i];
	free(old);
	return 0;
}

static const char *const obj_kind_names[] = {
	[TOBJ_GMEM] = "guest_memfd",
	[TOBJ_MEMFD] = "memfd",
	[TOBJ_MEM] = "mapping",
};
_Static_assert(ARRAY_SIZE(obj_kind_names) == TOBJ_NR, "obj_kind_names");

static int add_obj(struct parser *p, const struct token *tok, const char *name,
		   enum trace_obj_kind kind, u64 *out)
{
	struct trace *t = p->t;
	int old = find_obj(p, name);

	if (!valid_name(name))
		return perr(p, tok->col + (u32)(name - tok->s), "bad name '%s'", name);
	if (old >= 0)
		return perr(p, tok->col + (u32)(name - tok->s), "'%s' already defined at line %u",
			    name, t->obj[old].line);
	if (obj_hash_grow(p))
		return perr(p, tok->col, "out of memory");
	if (t->nr_obj == t->cap_obj) {
		u32 cap = t->cap_obj ? 2 * t->cap_obj : 16;
		struct trace_object *o = realloc(t->obj, cap * sizeof(*o));

		if (!o)
			return perr(p, tok->col, "out of memory");
		t->obj = o;
		t->cap_obj = cap;
	}
	snprintf(t->obj[t->nr_obj].name, TRACE_NAME_LEN, "%s", name);
	t->obj[t->nr_obj].kind = kind;
	t->obj[t->nr_obj].line = p->line;
	*out = t->nr_obj++;
	*obj_hash_slot(p, name) = t->nr_obj;
	return 0;
}

static int ref_obj(struct parser *p, const struct token *tok, const char *name,
		   enum trace_obj_kind kind, u64 *out)
{
	int i = find_obj(p, name);
	u32 col = tok->col + (u32)(name - tok->s);

	if (i < 0)
		return perr(p, col, "'%s' is not defined", name);
	if (p->t->obj[i].kind != kind)
		return perr(p, col, "'%s' is a %s, not a %s", name, obj_kind_names[p->t->obj[i].kind],
			    obj_kind_names[kind]);
	*out = (u64)i;
	return 0;
}

static int add_str(struct parser *p, const struct token *tok, const char *s, u64 *out)
{
	struct trace *t = p->t;
	char **strs = realloc(t->strs, (t->nr_strs + 1) * sizeof(*strs));

	if (!strs)
		return perr(p, tok->col, "out of memory");
	t->strs = strs;
	strs[t->nr_strs] = strdup(s);
	if (!strs[t->nr_strs])
		return perr(p, tok->col, "out of memory");
	*out = t->nr_strs++;
	return 0;
}

static int parse_expect(struct parser *p, const struct token *tok, const char *s,
			struct trace_expect *e)
{
	u32 col = tok->col + (u32)(s - tok->s);

	if (!strcmp(s, "any")) {
		e->kind = TEXP_ANY;
		return 0;
	}
	if (!strcmp(s, "sigbus")) {
		e->kind = TEXP_SIGBUS;
		return 0;
	}
	if (!strcmp(s, "fault") || !strcmp(s, "hit")) {
		e->kind = s[0] == 'f' ? TEXP_FAULT : TEXP_HIT;
		return 0;
	}
	if (!strcmp(s, "0")) {
		e->kind = TEXP_RET;
		e->ret = 0;
		return 0;
	}
	if (s[0] == '-') {
		e->kind = TEXP_RET;
		if (trace_errno_parse(s + 1, &e->ret))
			return perr(p, col, "unknown errno '%s'", s);
		return 0;
	}
	if (!strncmp(s, "exit:", 5)) {
		for (int i = TEXIT_MEMORY_FAULT; i < TEXIT_NR; i++) {
			if (!strcmp(s + 5, exit_names[i])) {
				e->kind = TEXP_EXIT;
				e->exit = i;
				return 0;
			}
		}
		return perr(p, col + 5, "unknown exit '%s'", s + 5);
	}
	if (!strncmp(s, "value:", 6)) {
		e->kind = TEXP_VALUE;
		return parse_num(p, tok, s + 6, &e->value);
	}
	return perr(p, col, "bad expectation '%s' (0, -EERRNO, exit:KIND, value:N, sigbus, fault, "
		    "hit, any)", s);
}

/* ---- statements ------------------------------------------------------------ */

/* A run line's schedule= (hex decision pairs) or preempt= (STEP:ACTOR,...) must parse. */
static int check_run_schedule(struct parser *p, const struct token *tok, const char *key,
			      const char *val)
{
	u32 col = tok->col + (u32)(val - tok->s);
	struct sched_schedule dec;
	struct sched_preempts pre;
	char why[128];
	size_t bad;

	if (!strcmp(key, "schedule")) {
		for (const char *q = val; *q; q++)
			if (!isxdigit((unsigned char)*q))
				return perr(p, col + (u32)(q - val),
					    "schedule= takes hex digit pairs, got '%c'", *q);
		if (sched_schedule_parse(&dec, val))
			return perr(p, col, "schedule= takes hex digit pairs (an odd number given)");
		sched_schedule_destroy(&dec);
		return 0;
	}
	if (!strcmp(key, "preempt")) {
		if (preempt_parse(val, &pre, &bad, why, sizeof(why)))
			return perr(p, col + (u32)bad, "preempt=: %s", why);
		sched_preempts_destroy(&pre);
	}
	return 0;
}

/* rec=N, on any statement that can carry an expectation: the recording's step. */
static int parse_rec(struct parser *p, struct trace_stmt *st, const struct token *tok, char *eq)
{
	u64 v;

	if (!eq || !eq[1])
		return perr(p, tok->col, "rec needs a value (rec=LINE)");
	if (!trace_ops[st->op].has_expect)
		return perr(p, tok->col, "%s takes no rec=", trace_ops[st->op].name);
	if (st->rec)
		return perr(p, tok->col, "rec given twice");
	if (parse_num(p, tok, eq + 1, &v))
		return -EINVAL;
	if (!v || v > UINT_MAX)
		return perr(p, tok->col + 4, "rec=%s: a recording line is 1 to %u", eq + 1, UINT_MAX);
	st->rec = (u32)v;
	p->t->has_rec = true;
	return 0;
}

static int parse_arg(struct parser *p, struct trace_stmt *st, const struct token *tok)
{
	const struct trace_op_desc *d = &trace_ops[st->op];
	char *eq = strchr(tok->s, '=');
	const struct trace_param *prm;
	const char *val;
	int i;

	if (eq)
		*eq = '\0';
	if (!strcmp(tok->s, "expect")) {
		if (!eq)
			return perr(p, tok->col, "expect needs a value");
		if (!d->has_expect)
			return perr(p, tok->col, "%s takes no expect=", d->name);
		if (st->expect.kind != TEXP_ANY)
			return perr(p, tok->col, "expect given twice");
		return parse_expect(p, tok, eq + 1, &st->expect);
	}
	if (!strcmp(tok->s, "rec"))
		return parse_rec(p, st, tok, eq);
	i = trace_param_index(st->op, tok->s);
	if (i < 0)
		return perr(p, tok->col, "%s has no argument '%s'", d->name, tok->s);
	if (trace_has(st, i))
		return perr(p, tok->col, "argument '%s' given twice", tok->s);
	prm = &d->params[i];
	st->present |= BIT(i);
	if (prm->type == TP_BOOL) {
		if (eq)
			return perr(p, tok->col, "'%s' is a bare word, not key=value", tok->s);
		st->val[i] = 1;
		return 0;
	}
	if (!eq)
		return perr(p, tok->col, "'%s' needs a value (%s=...)", tok->s, tok->s);
	val = eq + 1;
	if (!*val)
		return perr(p, tok->col + (u32)(val - tok->s), "empty value for '%s'", tok->s);

	switch (prm->type) {
	case TP_NUM:
	case TP_ADDR:
		if (parse_num(p, tok, val, &st->val[i]))
			return -EINVAL;
		return check_range(p, tok, val, prm, st->val[i]);
	case TP_FLAGS:
		if (parse_flags(p, tok, val, prm->table, &st->val[i]))
			return -EINVAL;
		return check_range(p, tok, val, prm, st->val[i]);
	case TP_ENUM:
		if (parse_enum(p, tok, val, prm, &st->val[i]))
			return -EINVAL;
		return check_range(p, tok, val, prm, st->val[i]);
	case TP_DEF:
		return add_obj(p, tok, val, prm->obj_kind, &st->val[i]);
	case TP_REF:
		return ref_obj(p, tok, val, prm->obj_kind, &st->val[i]);
	case TP_STR:
		if (st->op == TOP_RUN && check_run_schedule(p, tok, prm->key, val))
			return -EINVAL;
		return add_str(p, tok, val, &st->val[i]);
	case TP_BOOL:
		break;
	}
	return perr(p, tok->col, "internal: bad parameter type");
}

/* "vmm:", "host:", "vcpuN:" -> actor index; 1 if @tok is no actor prefix. */
static int parse_actor(struct parser *p, const struct token *tok, int *actor)
{
	size_t n = strlen(tok->s);
	u64 idx;

	if (!n || tok->s[n - 1] != ':')
		return 1;
	tok->s[n - 1] = '\0';
	if (!strcmp(tok->s, "vmm")) {
		*actor = TRACE_ACTOR_VMM;
		return 0;
	}
	if (!strcmp(tok->s, "host")) {
		*actor = TRACE_ACTOR_HOST;
		return 0;
	}
	if (strncmp(tok->s, "vcpu", 4) || !tok->s[4])
		return perr(p, tok->col, "unknown actor '%s' (vmm, host, vcpuN)", tok->s);
	for (const char *q = tok->s + 4; *q; q++)
		if (*q < '0' || *q > '9')
			return perr(p, tok->col, "unknown actor '%s' (vmm, host, vcpuN)", tok->s);
	if (parse_num(p, tok, tok->s + 4, &idx))
		return -EINVAL;
	if (!p->seen_vm)
		return perr(p, tok->col, "vCPU event before the vm statement");
	if (idx >= p->t->nr_vcpus)
		return perr(p, tok->col, "%s: the vm has %u vCPU(s)", tok->s, p->t->nr_vcpus);
	*actor = TRACE_ACTOR_VCPU0 + (int)idx;
	return 0;
}

static struct trace_stmt *new_stmt(struct parser *p)
{
	struct trace *t = p->t;

	if (t->nr_stmt == t->cap_stmt) {
		u32 cap = t->cap_stmt ? 2 * t->cap_stmt : 64;
		struct trace_stmt *s = realloc(t->stmt, cap * sizeof(*s));

		if (!s)
			return NULL;
		t->stmt = s;
		t->cap_stmt = cap;
	}
	memset(&t->stmt[t->nr_stmt], 0, sizeof(t->stmt[0]));
	return &t->stmt[t->nr_stmt++];
}

static int check_required(struct parser *p, const struct trace_stmt *st, u32 col)
{
	const struct trace_op_desc *d = &trace_ops[st->op];

	for (int i = 0; i < TRACE_MAX_PARAMS && d->params[i].key; i++)
		if (d->params[i].required && !trace_has(st, i))
			return perr(p, col, "%s needs %s=", d->name, d->params[i].key);
	return 0;
}

static int finish_vm(struct parser *p, struct trace_stmt *st, u32 col)
{
	int vcpus = trace_param_index(TOP_VM, "vcpus"), phys = trace_param_index(TOP_VM, "phys_size");
	u64 n = trace_has(st, vcpus) ? st->val[vcpus] : 1;

	if (p->seen_vm)
		return perr(p, col, "a trace has one vm statement");
	if (p->in_events)
		return perr(p, col, "vm after the first event");
	if (n < 1 || n > TRACE_MAX_VCPUS)
		return perr(p, col, "vcpus must be 1..%d", TRACE_MAX_VCPUS);
	if (trace_has(st, phys) && !IS_ALIGNED(st->val[phys], PUD_SIZE))
		return perr(p, col, "phys_size must be whole gigabytes");
	p->seen_vm = true;
	p->t->nr_vcpus = (u32)n;
	return 0;
}

static int parse_stmt(struct parser *p, struct token *tok, int nr)
{
	int actor = TRACE_ACTOR_SETUP, first = 0, ret;
	struct trace_stmt *st;
	unsigned int mask;
	int op;

	ret = parse_actor(p, &tok[0], &actor);
	if (ret < 0)
		return ret;
	if (ret == 0) {
		first = 1;
		if (nr < 2)
			return perr(p, tok[0].col + (u32)strlen(tok[0].s) + 2, "missing op after actor");
	}
	for (op = 0; op < TOP_NR; op++)
		if (!strcmp(trace_ops[op].name, tok[first].s))
			break;
	if (op == TOP_NR)
		return perr(p, tok[first].col, "unknown op '%s'", tok[first].s);

	if (op == TOP_BARRIER) {
		if (first)
			return perr(p, tok[0].col, "barrier takes no actor");
		if (nr > 1)
			return perr(p, tok[1].col, "barrier takes no arguments");
		actor = TRACE_ACTOR_ALL;
		if (!p->seen_vm)
			return perr(p, tok[0].col, "barrier before the vm statement");
		if (!p->in_events)
			p->t->first_event = p->t->nr_stmt;
		p->in_events = true;
	} else if (actor == TRACE_ACTOR_SETUP) {
		if (p->in_events)
			return perr(p, tok[0].col, "setup statement '%s' after the first event "
				    "(give it an actor, e.g. vmm:)", tok[0].s);
		if (!(trace_ops[op].actors & TA_SETUP))
			return perr(p, tok[0].col, "%s needs an actor", tok[0].s);
	} else {
		mask = actor == TRACE_ACTOR_VMM ? TA_VMM :
		       actor == TRACE_ACTOR_HOST ? TA_HOST : TA_VCPU;
		if (!(trace_ops[op].actors & mask))
			return perr(p, tok[first].col, "%s cannot run %s", tok[0].s,
				    trace_ops[op].name);
		if (!p->seen_vm)
			return perr(p, tok[0].col, "event before the vm statement");
		if (!p->in_events)
			p->t->first_event = p->t->nr_stmt;
		p->in_events = true;
	}

	st = new_stmt(p);
	if (!st)
		return perr(p, tok[0].col, "out of memory");
	st->op = op;
	st->actor = actor;
	st->line = p->line;
	for (int i = first + 1; i < nr; i++) {
		ret = parse_arg(p, st, &tok[i]);
		if (ret)
			return ret;
	}
	ret = check_required(p, st, tok[first].col);
	if (ret)
		return ret;
	if ((op == TOP_FSTAT || op == TOP_FCNTL_GETFL || op == TOP_FILE_READ ||
	     op == TOP_FILE_WRITE || op == TOP_FILE_LSEEK || op == TOP_FILE_REOPEN) &&
	    trace_has(st, trace_param_index(op, "gmem")) ==
	    trace_has(st, trace_param_index(op, "memfd")))
		return perr(p, tok[first].col, "%s names one file: gmem= or memfd=",
			    trace_ops[op].name);
	if (op == TOP_SET_MEMORY_REGION && trace_has(st, trace_param_index(op, "gmem_file")) &&
	    (trace_has(st, trace_param_index(op, "gmem")) || trace_has(st, trace_param_index(op, "v1"))))
		return perr(p, tok[first].col, "gmem_file= names the slot's guest_memfd fd: not with gmem= or v1");
	if (op == TOP_VM)
		return finish_vm(p, st, tok[0].col);
	if (op != TOP_BARRIER && actor == TRACE_ACTOR_SETUP && op != TOP_RUN &&
	    op != TOP_EXPECT_VIOLATION && !p->seen_vm)
		return perr(p, tok[0].col, "%s before the vm statement", tok[0].s);
	return 0;
}

static int tokenize(struct parser *p, char *line, struct token *tok, int *nr)
{
	char *s = line;

	*nr = 0;
	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\r')
			s++;
		if (!*s || *s == '#')
			return 0;
		if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
			return perr(p, (u32)(s - line) + 1, "unexpected byte 0x%02x",
				    (unsigned char)*s);
		if (*nr == TRACE_MAX_TOKENS)
			return perr(p, (u32)(s - line) + 1, "too many arguments");
		tok[*nr].s = s;
		tok[*nr].col = (u32)(s - line) + 1;
		(*nr)++;
		while (*s && *s != ' ' && *s != '\t' && *s != '\r' && *s != '#') {
			if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
				return perr(p, (u32)(s - line) + 1, "unexpected byte 0x%02x",
					    (unsigned char)*s);
			s++;
		}
		if (*s == '#') {
			*s = '\0';
			return 0;
		}
		if (!*s)
			return 0;
		*s++ = '\0';
	}
}

static int parse_header(struct parser *p, struct token *tok, int nr)
{
	u64 v;

	if (strcmp(tok[0].s, "gmemsim-trace"))
		return perr(p, tok[0].col, "expected the header 'gmemsim-trace %d'", TRACE_VERSION);
	if (nr != 2)
		return perr(p, nr < 2 ? tok[0].col + 14 : tok[2].col, "header takes one version");
	if (parse_num(p, &tok[1], tok[1].s, &v))
		return -EINVAL;
	if (v != TRACE_VERSION)
		return perr(p, tok[1].col, "unsupported version %llu (this gmemsim reads %d)",
			    (unsigned long long)v, TRACE_VERSION);
	return 0;
}

int trace_parse_string(const char *file, const char *text, struct trace *t, char *err,
		       size_t errlen)
{
	struct parser p = { .t = t, .file = file, .err = err, .errlen = errlen };
	struct token tok[TRACE_MAX_TOKENS];
	bool header = false;
	const char *s = text;
	size_t text_len = strlen(text);
	char *line = malloc(min_t(size_t, text_len, TRACE_MAX_LINE) + 1);
	int ret = 0, nr;

	memset(t, 0, sizeof(*t));
	t->file = strdup(file);
	if (!line || !t->file) {
		free(line);
		snprintf(err, errlen, "%s: out of memory", file);
		return -ENOMEM;
	}
	while (*s && !ret) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		p.line++;
		if (n > TRACE_MAX_LINE) {
			ret = perr(&p, TRACE_MAX_LINE + 1, "line longer than %d bytes", TRACE_MAX_LINE);
			break;
		}
		memcpy(line, s, n);
		line[n] = '\0';
		s += n + (nl ? 1 : 0);

		ret = tokenize(&p, line, tok, &nr);
		if (ret || !nr)
			continue;
		if (!header) {
			ret = parse_header(&p, tok, nr);
			header = true;
			continue;
		}
		ret = parse_stmt(&p, tok, nr);
	}
	free(line);
	free(p.obj_hash);
	if (!ret && !header) {
		p.line = p.line ? p.line : 1;
		ret = perr(&p, 1, "empty trace: expected the header 'gmemsim-trace %d'",
			   TRACE_VERSION);
	}
	if (!ret && !p.seen_vm)
		ret = perr(&p, 1, "no vm statement");
	if (!ret && !p.in_events)
		t->first_event = t->nr_stmt;
	if (ret)
		trace_destroy(t);
	return ret;
}

int trace_parse_file(const char *path, struct trace *t, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t len = 0, cap = 0;
	int ret;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		memset(t, 0, sizeof(*t));
		return -errno;
	}
	for (;;) {
		size_t got;

		if (cap - len < 4096) {
			char *nt;

			cap = cap ? 2 * cap : 65536;
			nt = realloc(text, cap + 1);
			if (!nt) {
				free(text);
				fclose(f);
				snprintf(err, errlen, "%s: out of memory", path);
				return -ENOMEM;
			}
			text = nt;
		}
		got = fread(text + len, 1, cap - len, f);
		len += got;
		if (!got)
			break;
	}
	fclose(f);
	text[len] = '\0';
	if (strlen(text) != len) {
		size_t off = strlen(text);
		u32 line = 1, col = 1;

		for (size_t i = 0; i < off; i++, col++)
			if (text[i] == '\n')
				line++, col = 0;
		snprintf(err, errlen, "%s:%u:%u: NUL byte in trace", path, line, col);
		free(text);
		memset(t, 0, sizeof(*t));
		return -EINVAL;
	}
	ret = trace_parse_string(path, text, t, err, errlen);
	free(text);
	return ret;
}

void trace_destroy(struct trace *t)
{
	for (u32 i = 0; i < t->nr_strs; i++)
		free(t->strs[i]);
	free(t->strs);
	free(t->stmt);
	free(t->obj);
	free(t->file);
	memset(t, 0, sizeof(*t));
}
