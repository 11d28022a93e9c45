// SPDX-License-Identifier: GPL-2.0
/*
 * Preemption lists as text (sim/preempt.h; no kernel counterpart).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/err.h>
#include <linux/kernel.h>

#include "sim/preempt.h"
#include "sim/trace.h"

/* "vmm", "host", "vcpuN" -> replay actor index, or -1. */
static int actor_index(const char *name, size_t n)
{
	char *end;
	unsigned long v;

	if (n == 3 && !strncmp(name, "vmm", 3))
		return TRACE_ACTOR_VMM;
	if (n == 4 && !strncmp(name, "host", 4))
		return TRACE_ACTOR_HOST;
	if (n < 5 || strncmp(name, "vcpu", 4) || name[4] < '0' || name[4] > '9')
		return -1;
	v = strtoul(name + 4, &end, 10);
	if ((size_t)(end - name) != n || v >= TRACE_MAX_VCPUS || (n > 5 && name[4] == '0'))
		return -1;
	return TRACE_ACTOR_VCPU0 + (int)v;
}

int preempt_parse(const char *text, struct sched_preempts *out, size_t *bad, char *why,
		  size_t whylen)
{
	const char *p = text;

	*out = (struct sched_preempts){ 0 };
	while (*p) {
		struct sched_preempt e = { .from = SCHED_NO_ACTOR };
		const char *colon, *end;
		char *numend;
		int actor;

		*bad = (size_t)(p - text);
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		colon = memchr(p, ':', (size_t)(end - p));
		if (!colon || p[0] < '0' || p[0] > '9') {
			snprintf(why, whylen, "expected STEP:ACTOR, got '%.*s'", (int)(end - p), p);
			goto err;
		}
		errno = 0;
		e.step = strtoull(p, &numend, 10);
		if (errno || numend != colon || !e.step) {
			snprintf(why, whylen, "bad step '%.*s' (1, 2, ...)", (int)(colon - p), p);
			goto err;
		}
		if (out->len && e.step <= out->p[out->len - 1].step) {
			snprintf(why, whylen, "step %llu does not follow step %llu",
				 (unsigned long long)e.step,
				 (unsigned long long)out->p[out->len - 1].step);
			goto err;
		}
		actor = actor_index(colon + 1, (size_t)(end - colon - 1));
		if (actor < 0) {
			*bad = (size_t)(colon + 1 - text);
			snprintf(why, whylen, "unknown actor '%.*s' (vmm, host, vcpu0..vcpu%d)",
				 (int)(end - colon - 1), colon + 1, TRACE_MAX_VCPUS - 1);
			goto err;
		}
		e.actor = (u8)actor;
		if (sched_preempts_push(out, &e)) {
			snprintf(why, whylen, "out of memory");
			goto err;
		}
		if (!*end)
			break;
		p = end + 1;
		if (!*p) {
			*bad = (size_t)(p - text);
			snprintf(why, whylen, "trailing ','");
			goto err;
		}
	}
	return 0;
err:
	sched_preempts_destroy(out);
	return -EINVAL;
}

int preempt_format(const struct sched_preempts *p, char *buf, size_t len)
{
	size_t n = 0;

	if (len)
		buf[0] = '\0';
	/* Sizing calls pass no buffer: no pointer arithmetic on it then. */
	for (u32 i = 0; i < p->len; i++) {
		char name[16];
		int w;

		trace_actor_name(p->p[i].actor, name, sizeof(name));
		w = snprintf(len > n ? buf + n : NULL, len > n ? len - n : 0, "%s%llu:%s", i ? "," : "",
			     (unsigned long long)p->p[i].step, name);
		n += (size_t)w;
	}
	return (int)n;
}
