// SPDX-License-Identifier: GPL-2.0
/*
 * tracefs text and recorder markers (sim/ftrace.h).  Strict: a line that is
 * neither a header nor a whole event is an error at the column where it
 * stops looking like one, never skipped.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sim/ftrace.h"
#include "sim/trace.h"

static int ferr(char *err, size_t errlen, const char *file, u32 line, u32 col, const char *fmt,
		...)
{
	va_list ap;
	int n;

	n = snprintf(err, errlen, "%s:%u:%u: ", file, line, col);
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < errlen)
		vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Digits [s, e) as a decimal number; false past 2^63. */
static bool decimal(const char *s, const char *e, u64 *out)
{
	u64 v = 0;

	if (s == e)
		return false;
	for (; s < e; s++) {
		if (!is_digit(*s) || v > (UINT64_MAX >> 1) / 10)
			return false;
		v = v * 10 + (u64)(*s - '0');
	}
	*out = v;
	return true;
}

/* The headers tracefs and trace-cmd print; "entries-in-buffer/entries-written" tells loss. */
static int header_line(const char *s, u64 *lost)
{
	unsigned long long in, written, n;
	int cpu;

	if (sscanf(s, "# entries-in-buffer/entries-written: %llu/%llu", &in, &written) == 2) {
		if (written > in)
			*lost += written - in;
		return written > in ? FTRACE_LOST : FTRACE_SKIP;
	}
	if (*s == '#')
		return FTRACE_SKIP;
	if (sscanf(s, "CPU:%d [LOST %llu EVENTS]", &cpu, &n) == 2) {
		*lost += n;
		return FTRACE_LOST;
	}
	if (!strncmp(s, "cpus=", 5) || !strncmp(s, "version = ", 10) ||
	    (sscanf(s, "CPU %d is empty", &cpu) == 1))
		return FTRACE_SKIP;
	return -1;
}

int ftrace_parse_line(const char *file, u32 lineno, const char *line, struct ftrace_event *ev,
		      u64 *lost, char *err, size_t errlen)
{
	const char *s = line, *open = NULL, *close, *dash, *p, *tok, *dot;
	u64 v, frac;
	int h;

	while (is_blank(*s))
		s++;
	if (!*s)
		return FTRACE_SKIP;
	h = header_line(s, lost);
	if (h >= 0)
		return h;

	/* COMM-PID [CPU]: the first " [digits]" after the task. */
	for (p = s + 1; *p; p++) {
		if (*p == '[' && is_blank(p[-1]) && is_digit(p[1])) {
			for (close = p + 1; is_digit(*close); close++)
				;
			if (*close == ']') {
				open = p;
				break;
			}
		}
	}
	if (!open)
		return ferr(err, errlen, file, lineno, (u32)(s - line) + 1,
			    "expected 'COMM-PID [CPU]' (a tracefs event line)");
	for (p = open; p > s && is_blank(p[-1]); p--)
		;
	for (dash = p - 1; dash > s && *dash != '-'; dash--)
		;
	if (*dash != '-' || !decimal(dash + 1, p, &v) || v > INT32_MAX)
		return ferr(err, errlen, file, lineno, (u32)(s - line) + 1,
			    "expected 'COMM-PID' before the CPU field");
	ev->line = lineno;
	ev->comm = s;
	ev->comm_len = (u32)(dash - s);
	ev->pid = (int)v;
	if (!decimal(open + 1, close, &v) || v > 4096)
		return ferr(err, errlen, file, lineno, (u32)(open - line) + 2, "bad CPU number");
	ev->cpu = (int)v;

	/* [FLAGS] TIMESTAMP: */
	s = close + 1;
	while (is_blank(*s))
		s++;
	tok = s;
	while (*s && !is_blank(*s))
		s++;
	if (s > tok && s[-1] != ':') {
		if (s - tok != 5)
			return ferr(err, errlen, file, lineno, (u32)(tok - line) + 1,
				    "expected the five flag characters or the timestamp");
		while (is_blank(*s))
			s++;
		tok = s;
		while (*s && !is_blank(*s))
			s++;
	}
	dot = memchr(tok, '.', (size_t)(s - tok));
	if (s - tok < 4 || s[-1] != ':' || !dot || !decimal(tok, dot, &v) ||
	    !decimal(dot + 1, s - 1, &frac) || s - 1 - (dot + 1) > 9)
		return ferr(err, errlen, file, lineno, (u32)(tok - line) + 1,
			    "expected a timestamp SECONDS.FRACTION:");
	/* Fractions of 1..9 digits in microseconds. */
	{
		int digits = (int)(s - 1 - (dot + 1));

		while (digits < 6) {
			frac *= 10;
			digits++;
		}
		while (digits > 6) {
			frac /= 10;
			digits--;
		}
	}
	ev->ts_us = v * 1000000 + frac;

	/* EVENT: PAYLOAD */
	while (is_blank(*s))
		s++;
	tok = s;
	while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || is_digit(*s) || *s == '_')
		s++;
	if (s == tok || *s != ':')
		return ferr(err, errlen, file, lineno, (u32)(tok - line) + 1,
			    "expected an event name and ':'");
	ev->event = tok;
	ev->event_len = (u32)(s - tok);
	s++;
	if (*s == ' ')
		s++;
	ev->payload = s;
	ev->payload_col = (u32)(s - line) + 1;
	return FTRACE_EVENT;
}

bool ftrace_is(const struct ftrace_event *ev, const char *name)
{
	return strlen(name) == ev->event_len && !memcmp(ev->event, name, ev->event_len);
}

/* ---- markers ------------------------------------------------------------------------ */

#define REC_PREFIX "gmemsim-rec: "

bool rec_is_marker(const struct ftrace_event *ev)
{
	return ftrace_is(ev, "tracing_mark_write") &&
	       !strncmp(ev->payload, REC_PREFIX, strlen(REC_PREFIX));
}

int rec_marker_parse(const char *file, const struct ftrace_event *ev, struct rec_marker *m,
		     char *err, size_t errlen)
{
	const char *s = ev->payload + strlen(REC_PREFIX), *tok;
	u32 base = ev->payload_col;

#define COL(ptr) (base + (u32)((ptr) - ev->payload))
	memset(m, 0, sizeof(*m));
	tok = s;
	while ((*s >= 'a' && *s <= 'z') || is_digit(*s) || *s == '_')
		s++;
	if (s == tok || (size_t)(s - tok) >= sizeof(m->op) || (*s && *s != ' '))
		return ferr(err, errlen, file, ev->line, COL(tok), "expected a marker op");
	memcpy(m->op, tok, (size_t)(s - tok));
	for (;;) {
		const char *key, *eq;
		size_t vlen = 0;

		while (*s == ' ')
			s++;
		if (!*s)
			break;
		if (m->nr == REC_MAX_KEYS)
			return ferr(err, errlen, file, ev->line, COL(s), "too many keys");
		key = s;
		while ((*s >= 'a' && *s <= 'z') || is_digit(*s) || *s == '_')
			s++;
		eq = s;
		if (eq == key || *eq != '=' || (size_t)(eq - key) >= sizeof(m->kv[0].key))
			return ferr(err, errlen, file, ev->line, COL(key), "expected key=value");
		for (int i = 0; i < m->nr; i++)
			if (strlen(m->kv[i].key) == (size_t)(eq - key) &&
			    !memcmp(m->kv[i].key, key, (size_t)(eq - key)))
				return ferr(err, errlen, file, ev->line, COL(key),
					    "key '%.*s' given twice", (int)(eq - key), key);
		memcpy(m->kv[m->nr].key, key, (size_t)(eq - key));
		m->kv[m->nr].col = COL(key);
		s++;
		if (*s == '"') {
			const char *q = ++s;

			while (*s && *s != '"')
				s++;
			if (*s != '"')
				return ferr(err, errlen, file, ev->line, COL(q - 1),
					    "unterminated quoted value");
			vlen = (size_t)(s - q);
			if (vlen >= sizeof(m->kv[0].val))
				vlen = sizeof(m->kv[0].val) - 1;	/* free text, kept short */
			memcpy(m->kv[m->nr].val, q, vlen);
			s++;
		} else {
			const char *v = s;

			while (*s && *s != ' ')
				s++;
			vlen = (size_t)(s - v);
			if (!vlen || vlen >= sizeof(m->kv[0].val))
				return ferr(err, errlen, file, ev->line, COL(v),
					    vlen ? "value too long" : "empty value");
			memcpy(m->kv[m->nr].val, v, vlen);
		}
		if (*s && *s != ' ')
			return ferr(err, errlen, file, ev->line, COL(s), "expected a blank");
		m->nr++;
	}
	return 0;
#undef COL
}

static bool raw_number(const char *v, u64 *out)
{
	u64 n = 0;
	int d;

	if (v[0] == '0' && v[1] == 'x') {
		if (!v[2] || strlen(v + 2) > 16)
			return false;
		for (v += 2; *v; v++) {
			if (is_digit(*v))
				d = *v - '0';
			else if (*v >= 'a' && *v <= 'f')
				d = *v - 'a' + 10;
			else
				return false;
			n = n << 4 | (u64)d;
		}
		*out = n;
		return true;
	}
	return decimal(v, v + strlen(v), out);
}

static int rec_find(const struct rec_marker *m, const char *key)
{
	for (int i = 0; i < m->nr; i++)
		if (!strcmp(m->kv[i].key, key))
			return i;
	return -1;
}

const char *rec_str(const struct rec_marker *m, const char *key)
{
	int i = rec_find(m, key);

	return i < 0 ? NULL : m->kv[i].val;
}

int rec_get(const char *file, const struct ftrace_event *ev, const struct rec_marker *m,
	    const char *key, s64 *out, char *err, size_t errlen)
{
	int i = rec_find(m, key);
	const char *v;
	bool neg;
	u64 n;

	if (i < 0) {
		ferr(err, errlen, file, ev->line, ev->payload_col, "%s marker without %s=", m->op,
		     key);
		return -ENOENT;
	}
	v = m->kv[i].val;
	if (v[0] == '-' && v[1] >= 'A' && v[1] <= 'Z') {
		long e;

		if (trace_errno_parse(v + 1, &e))
			return ferr(err, errlen, file, ev->line, m->kv[i].col + (u32)strlen(key) + 1,
				    "unknown errno '%s'", v);
		*out = e;
		return 0;
	}
	neg = v[0] == '-';
	/* Raw values only: decimal or 0x-hex, no K/M/G suffix in a marker. */
	if (!raw_number(v + neg, &n) || (neg && n > (u64)INT64_MAX))
		goto bad;
	*out = neg ? -(s64)n : (s64)n;
	return 0;
bad:
	return ferr(err, errlen, file, ev->line, m->kv[i].col + (u32)strlen(key) + 1,
		    "%s=%s is not a number", key, v);
}
