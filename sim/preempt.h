/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Schedules in preemption form as traces write them (no kernel counterpart).
 *
 * A run line's preempt= (and replay --preempt) lists the scheduling points
 * where the run departs from the sticky strategy, each as STEP:ACTOR with the
 * actor's trace name: "preempt=812:vmm,2650:vcpu0" reads "at scheduling point
 * 812 the vmm runs instead; at 2650 vcpu0 does".  Steps are the ones violation
 * reports print.  Actor indices are the replay's: vmm 0, host 1, vcpuN 2+N.
 */
#ifndef _GMEMSIM_SIM_PREEMPT_H
#define _GMEMSIM_SIM_PREEMPT_H

#include <stddef.h>

#include <linux/sched.h>

/*
 * Parse @text into @out (emptied first).  Steps must rise strictly.  On
 * error -EINVAL, with the byte offset of the bad entry in *@bad and a
 * message in @why.
 */
int preempt_parse(const char *text, struct sched_preempts *out, size_t *bad, char *why,
		  size_t whylen);

/* The text of @p into @buf; returns the length the whole text needs (like snprintf). */
int preempt_format(const struct sched_preempts *p, char *buf, size_t len);

#endif /* _GMEMSIM_SIM_PREEMPT_H */
