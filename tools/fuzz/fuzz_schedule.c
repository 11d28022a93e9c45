// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness: the two schedule decoders a failure report hands back to
 * gmemsim: preemptions (run line preempt=, replay --preempt; sim/preempt.c)
 * and decision strings (--schedule HEX; kernel/sched/core.c).
 *
 * Whatever decodes must encode to text that decodes to the same schedule; a
 * preemption list that fails names the offset of its bad entry, inside the
 * input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <linux/sched.h>

#include "sim/preempt.h"
#include "tools/fuzz/fuzz.h"

static void preempts(const char *text, size_t size)
{
	struct sched_preempts p = { 0 }, q = { 0 };
	char why[128], *buf;
	size_t bad;
	int len;

	if (preempt_parse(text, &p, &bad, why, sizeof(why))) {
		if (bad > size || !why[0])
			fuzz_fail("a preemption error outside the input or without a reason", why);
		sched_preempts_destroy(&p);
		return;
	}
	len = preempt_format(&p, NULL, 0);
	if (len < 0)
		fuzz_fail("preempt_format failed on a parsed list", text);
	buf = malloc((size_t)len + 1);
	if (!buf)
		abort();
	preempt_format(&p, buf, (size_t)len + 1);
	if (preempt_parse(buf, &q, &bad, why, sizeof(why)))
		fuzz_fail("a formatted preemption list does not parse again", buf);
	if (p.len != q.len)
		fuzz_fail("a preemption list changed length through its text", buf);
	/* The text holds the step and who runs; the rest is filled in by the run. */
	for (u32 i = 0; i < p.len; i++)
		if (p.p[i].step != q.p[i].step || p.p[i].actor != q.p[i].actor)
			fuzz_fail("a preemption changed through its text", buf);
	free(buf);
	sched_preempts_destroy(&p);
	sched_preempts_destroy(&q);
}

static void decisions(const char *text)
{
	struct sched_schedule s = { 0 }, t = { 0 };
	char *buf;
	int len;

	if (sched_schedule_parse(&s, text)) {
		sched_schedule_destroy(&s);
		return;
	}
	len = sched_schedule_format(&s, NULL, 0);
	if (len < 0)
		fuzz_fail("sched_schedule_format failed on a parsed schedule", text);
	buf = malloc((size_t)len + 1);
	if (!buf)
		abort();
	sched_schedule_format(&s, buf, (size_t)len + 1);
	if (sched_schedule_parse(&t, buf))
		fuzz_fail("a formatted schedule does not parse again", buf);
	if (s.len != t.len || (s.len && memcmp(s.dec, t.dec, s.len)))
		fuzz_fail("a schedule changed through its text", buf);
	free(buf);
	sched_schedule_destroy(&s);
	sched_schedule_destroy(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);

	if (!text)
		return -1;
	preempts(text, size);
	decisions(text);
	free(text);
	return 0;
}
