/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Traces: the parsed form of a traces/FORMAT.md file (no kernel counterpart).
 *
 * A trace is a list of statements.  Each names an op from the table in
 * trace_ops.c, the actor that runs it (or setup, or a barrier for all), its
 * arguments as validated values, and the outcome it expects.  Objects the
 * trace defines (guest_memfds, memfds, mappings) are interned: arguments that
 * name one hold its index.
 */
#ifndef _GMEMSIM_SIM_TRACE_H
#define _GMEMSIM_SIM_TRACE_H

#include <stdio.h>

#include <linux/kernel.h>

#define TRACE_VERSION 1
#define TRACE_MAX_PARAMS 14
#define TRACE_NAME_LEN 32
#define TRACE_MAX_VCPUS 8

enum trace_op_id {
	TOP_VM,
	TOP_RUN,
	TOP_EXPECT_VIOLATION,
	TOP_BARRIER,
	TOP_GMEM_CREATE,
	TOP_GMEM_FALLOCATE,
	TOP_GMEM_CLOSE,
	TOP_MEMFD_CREATE,
	TOP_MEMFD_FALLOCATE,
	TOP_FTRUNCATE,
	TOP_MMAP,
	TOP_MUNMAP,
	TOP_MPROTECT,
	TOP_MADVISE,
	TOP_HOST_READ,
	TOP_HOST_WRITE,
	TOP_SET_MEMORY_REGION,
	TOP_SET_MEMORY_ATTRIBUTES,
	TOP_HWPOISON,
	TOP_READ,
	TOP_WRITE,
	TOP_EXEC,
	TOP_PRE_FAULT,
	TOP_VM_CREATE,
	TOP_CHECK_EXTENSION,
	TOP_FSTAT,
	TOP_FCNTL_GETFL,
	TOP_GET_DIRTY_LOG,
	TOP_FILE_READ,
	TOP_FILE_WRITE,
	TOP_FILE_LSEEK,
	TOP_FILE_REOPEN,
	TOP_DEV_IOCTL,
	TOP_NR,
};

/* Who may run an op (a mask); setup means "before the actors start". */
#define TA_SETUP BIT(0)
#define TA_VMM BIT(1)
#define TA_HOST BIT(2)
#define TA_VCPU BIT(3)

/* Actor of a statement: an index, or one of these. */
#define TRACE_ACTOR_SETUP (-1)
#define TRACE_ACTOR_ALL (-2)	/* barrier */
#define TRACE_ACTOR_VMM 0
#define TRACE_ACTOR_HOST 1
#define TRACE_ACTOR_VCPU0 2

enum trace_ptype {
	TP_NUM,		/* number, written in decimal */
	TP_ADDR,	/* number, written in hex (addresses, sizes, offsets) */
	TP_FLAGS,	/* names from the param's table joined by '|' */
	TP_ENUM,	/* one name from the param's table; value = its .val */
	TP_BOOL,	/* a bare word */
	TP_DEF,		/* defines an object name of kind obj_kind */
	TP_REF,		/* names an object of kind obj_kind defined earlier */
	TP_STR,		/* free text without blanks (schedules) */
};

enum trace_obj_kind {
	TOBJ_GMEM,
	TOBJ_MEMFD,
	TOBJ_MEM,
	TOBJ_NR,
};

struct trace_flag {
	const char *name;
	u64 val;
};

struct trace_param {
	const char *key;
	enum trace_ptype type;
	u8 obj_kind;
	bool required;
	const struct trace_flag *table;	/* NULL-terminated; TP_FLAGS and TP_ENUM */
	bool names_only;		/* TP_ENUM: no raw numbers (they are for errno tests) */
	u64 min, max;			/* numbers: the range the model takes, when max != 0 */
};

struct trace_op_desc {
	const char *name;
	unsigned int actors;
	bool has_expect;
	struct trace_param params[TRACE_MAX_PARAMS];
};

extern const struct trace_op_desc trace_ops[TOP_NR];

enum trace_expect_kind {
	TEXP_ANY,
	TEXP_RET,	/* a return value: 0 or a negative errno */
	TEXP_EXIT,	/* a vCPU exit */
	TEXP_VALUE,	/* a read's value */
	TEXP_SIGBUS,	/* a host access faulted */
	TEXP_FAULT,	/* a vCPU access retired after a page fault (EPT violation) */
	TEXP_HIT,	/* a vCPU access retired on an existing translation, no fault */
};

enum trace_exit {
	TEXIT_NONE,
	TEXIT_MEMORY_FAULT,
	TEXIT_MMIO,
	TEXIT_EFAULT,
	TEXIT_HWPOISON,
	TEXIT_INTERNAL_ERROR,
	TEXIT_NR,
};

struct trace_expect {
	enum trace_expect_kind kind;
	long ret;
	enum trace_exit exit;
	u64 value;
};

struct trace_stmt {
	enum trace_op_id op;
	int actor;
	u32 line;
	u32 present;			/* bit i: params[i] was given */
	u64 val[TRACE_MAX_PARAMS];	/* TP_STR: index into trace->strs */
	struct trace_expect expect;
	u32 rec;			/* rec=: the recorded step it came from (0: none) */
};

struct trace_object {
	char name[TRACE_NAME_LEN];
	enum trace_obj_kind kind;
	u32 line;
};

struct trace {
	char *file;
	struct trace_stmt *stmt;
	u32 nr_stmt, cap_stmt;
	struct trace_object *obj;
	u32 nr_obj, cap_obj;
	char **strs;
	u32 nr_strs;
	u32 nr_vcpus;			/* from the vm statement */
	u32 first_event;		/* index of the first statement that is not setup */
	bool has_rec;			/* some statement names its recorded step (rec=) */
};

/* Parse; on error return -EINVAL with "FILE:LINE:COL: message" in @err. */
int trace_parse_string(const char *file, const char *text, struct trace *t, char *err,
		       size_t errlen);
int trace_parse_file(const char *path, struct trace *t, char *err, size_t errlen);
void trace_destroy(struct trace *t);

/* Canonical text; parse(write(parse(x))) == parse(x). */
int trace_write(const struct trace *t, FILE *f);
/* One statement's canonical line, without the newline (cut to fit @len). */
int trace_stmt_text(const struct trace *t, const struct trace_stmt *st, char *buf, size_t len);

static inline bool trace_has(const struct trace_stmt *s, unsigned int param)
{
	return s->present & BIT(param);
}

/* The bug knobs the trace's run statement names (inject=), as a bug_inject mask. */
unsigned long trace_run_knobs(const struct trace *t);

/* Statements that run (setup and events; not vm, run, expect_violation, barrier). */
u32 trace_nr_events(const struct trace *t);

/* Index of @key in @op's params, or -1. */
int trace_param_index(enum trace_op_id op, const char *key);
/*
 * The trace's number grammar: decimal or 0x-hex digits, an optional K/M/G/T
 * suffix (binary), nothing else.  -EINVAL with @bad the offset of the bad
 * character (0: no digits at all), -ERANGE past 64 bits.
 */
int trace_number(const char *s, u64 *out, size_t *bad);

const char *trace_errno_name(long err);
int trace_errno_parse(const char *name, long *err);
const char *trace_exit_name(enum trace_exit e);
void trace_actor_name(int actor, char *buf, size_t len);

#endif /* _GMEMSIM_SIM_TRACE_H */
