/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/task_work.h, kernel/task_work.c.
 *
 * Work queued on a task, run when it returns to user space (the model's API
 * wrappers call task_work_run() at their return) and when it exits (the
 * scheduler runs it as each actor returns).  Only the task itself queues on
 * and runs its list here (the kernel also lets others queue, with a cmpxchg
 * list and a signal kick): the model's only user is the final fput(), which
 * always queues on current.  The list is LIFO, as the kernel's is.
 */
#ifndef _GMEMSIM_LINUX_TASK_WORK_H
#define _GMEMSIM_LINUX_TASK_WORK_H

#include <linux/rcupdate.h>	/* struct callback_head (== struct rcu_head) */
#include <linux/sched.h>

/* Queue @work on current (the only task the model queues on). */
static inline void task_work_add_current(struct callback_head *work)
{
	struct task_struct *t = current;

	work->next = t->task_works;
	t->task_works = work;
}

/* Run everything queued on current, including work queued while running. */
void task_work_run(void);

static inline bool task_work_pending(struct task_struct *t)
{
	return t->task_works != NULL;
}

#endif /* _GMEMSIM_LINUX_TASK_WORK_H */
