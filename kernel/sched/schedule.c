// SPDX-License-Identifier: GPL-2.0
/*
 * Schedules: the recorded decisions of a deterministic run (no kernel
 * counterpart).  A decision is the index of the actor chosen at a scheduling
 * point where more than one actor could run; points with a single runnable
 * actor are implied.  The text form is two lowercase hex digits per decision,
 * which is what --schedule files hold (blank space and '#' comments are
 * ignored on input).  The preemption form (linux/sched.h) is kept beside it;
 * its text, with actor names, belongs to the traces (sim/preempt.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <linux/err.h>
#include <linux/kernel.h>

#include "sched.h"

u64 sched_hash_step(u64 hash, u8 actor)
{
	/* FNV-1a: equal decision sequences give equal hashes. */
	return (hash ^ actor) * 0x100000001b3ull;
}

int sched_schedule_push(struct sched_schedule *s, u8 actor)
{
	if (s->len == s->cap) {
		u32 cap = s->cap ? s->cap * 2 : 256;
		u8 *dec = realloc(s->dec, cap);

		if (!dec)
			return -ENOMEM;
		s->dec = dec;
		s->cap = cap;
	}
	s->dec[s->len++] = actor;
	return 0;
}

int sched_preempts_push(struct sched_preempts *p, const struct sched_preempt *e)
{
	if (p->len == p->cap) {
		u32 cap = p->cap ? p->cap * 2 : 16;
		struct sched_preempt *n = realloc(p->p, cap * sizeof(*n));

		if (!n)
			return -ENOMEM;
		p->p = n;
		p->cap = cap;
	}
	p->p[p->len++] = *e;
	return 0;
}

void sched_preempts_destroy(struct sched_preempts *p)
{
	free(p->p);
	*p = (struct sched_preempts){ 0 };
}

u32 sched_preempts_count(const struct sched_preempts *p)
{
	u32 n = 0;

	for (u32 i = 0; i < p->len; i++)
		n += p->p[i].preempted;
	return n;
}

void sched_schedule_destroy(struct sched_schedule *s)
{
	free(s->dec);
	s->dec = NULL;
	s->len = s->cap = 0;
}

/* Returns the length the full text needs (like snprintf); @buf gets what fits. */
int sched_schedule_format(const struct sched_schedule *s, char *buf, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t fit = len ? min((size_t)s->len, (len - 1) / 2) : 0;

	for (size_t i = 0; i < fit; i++) {
		buf[2 * i] = hex[s->dec[i] >> 4];
		buf[2 * i + 1] = hex[s->dec[i] & 15];
	}
	if (len)
		buf[2 * fit] = '\0';
	return (int)(2 * (size_t)s->len);
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int sched_schedule_parse(struct sched_schedule *s, const char *text)
{
	int hi = -1;

	memset(s, 0, sizeof(*s));
	for (const char *p = text; *p; p++) {
		int v;

		if (*p == '#') {
			while (*p && *p != '\n')
				p++;
			if (!*p)
				break;
			continue;
		}
		if (isspace((unsigned char)*p))
			continue;
		v = hexval(*p);
		if (v < 0)
			goto err;
		if (hi < 0) {
			hi = v;
			continue;
		}
		if (sched_schedule_push(s, (u8)(hi << 4 | v)))
			goto err;
		hi = -1;
	}
	if (hi < 0)
		return 0;
err:
	sched_schedule_destroy(s);
	return -EINVAL;
}
