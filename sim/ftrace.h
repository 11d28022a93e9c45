/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reading a real host's recording: one line of tracefs text (the `trace`
 * file, or `trace-cmd report` output) and the recorder's markers
 * (`gmemsim-rec: <op> key=value ...`, ../shared/real-kernel/README.md).
 *
 * A data line is
 *     COMM-PID [CPU] FLAGS TIMESTAMP: EVENT: PAYLOAD
 * where COMM may hold blanks and dashes, FLAGS (five characters, the
 * latency format) is absent in trace-cmd's default report, and PAYLOAD is
 * the event's own format (include/trace/events/kvm.h, mmutrace.h).  Every
 * error names the column it found it at.
 */
#ifndef _GMEMSIM_SIM_FTRACE_H
#define _GMEMSIM_SIM_FTRACE_H

#include <stddef.h>

#include <linux/types.h>

struct ftrace_event {
	u32 line;
	const char *comm;		/* into the line; comm_len bytes */
	u32 comm_len;
	int pid;
	int cpu;
	u64 ts_us;			/* microseconds */
	const char *event;		/* into the line; event_len bytes */
	u32 event_len;
	const char *payload;		/* NUL-terminated, into the line */
	u32 payload_col;		/* 1-based column of payload[0] */
};

enum ftrace_line_kind {
	FTRACE_EVENT,			/* *ev is filled */
	FTRACE_SKIP,			/* header, comment or blank */
	FTRACE_LOST,			/* a "[LOST N EVENTS]" or lost-entries note: *lost += N */
};

/*
 * Parse one line (without its newline) of @file.  Returns an enum
 * ftrace_line_kind, or -EINVAL with "FILE:LINE:COL: why" in @err.
 */
int ftrace_parse_line(const char *file, u32 lineno, const char *line, struct ftrace_event *ev,
		      u64 *lost, char *err, size_t errlen);

/* Does @ev name event @name? */
bool ftrace_is(const struct ftrace_event *ev, const char *name);

/* ---- the recorder's markers ---------------------------------------------------- */

#define REC_MAX_KEYS 16

struct rec_marker {
	char op[32];
	int nr;
	struct {
		char key[24];
		char val[120];		/* unquoted */
		u32 col;		/* of the key */
	} kv[REC_MAX_KEYS];
};

/* Is this payload a marker?  Then parse it (-EINVAL with FILE:LINE:COL in @err). */
bool rec_is_marker(const struct ftrace_event *ev);
int rec_marker_parse(const char *file, const struct ftrace_event *ev, struct rec_marker *m,
		     char *err, size_t errlen);

/*
 * A marker's value: @key as a number (0x-hex or decimal, a leading '-' for
 * fds such as -1) or an errno (-ENAME).  -ENOENT if the key is absent,
 * -EINVAL (with a message) if it is no number.
 */
int rec_get(const char *file, const struct ftrace_event *ev, const struct rec_marker *m,
	    const char *key, s64 *out, char *err, size_t errlen);
const char *rec_str(const struct rec_marker *m, const char *key);

#endif /* _GMEMSIM_SIM_FTRACE_H */
