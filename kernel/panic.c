// SPDX-License-Identifier: GPL-2.0
/*
 * The violation reporter (kernel counterpart: kernel/panic.c __warn() and the
 * report side of lockdep, KASAN and friends).
 *
 * Every check of the model ends here: WARN_ON(), BUG_ON(), KVM_BUG_ON(),
 * lockdep, the scheduler's deadlock and livelock detection, use-after-free
 * detection and the simulator's invariants.  A report names what broke, where,
 * the actor that was running and what every actor was doing, and ends with the
 * line that replays the run.  Reports are serialised so that free-mode threads
 * do not interleave their lines.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bug.h>
#include <linux/sched.h>

#include "sched/sched.h"

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long nr_reports;	/* under report_lock */
static __thread unsigned long thread_reports;	/* reports made by this thread */
static __thread char thread_first[256];		/* first "kind: cond" since the mark */
static __thread bool thread_quiet;		/* reports outside runs not printed */
static __thread unsigned long thread_boot = 1;	/* WARN_ON_ONCE's notion of a boot */
static unsigned long next_boot = 1;		/* atomic: boot ids are never reused */

unsigned long report_boot_id(void)
{
	return thread_boot;
}

void report_new_boot(void)
{
	thread_boot = __atomic_add_fetch(&next_boot, 1, __ATOMIC_RELAXED);
}

void report_set_quiet(bool quiet)
{
	thread_quiet = quiet;
}

unsigned long violations_reported(void)
{
	return __atomic_load_n(&nr_reports, __ATOMIC_RELAXED);
}

unsigned long violations_reported_by_thread(void)
{
	return thread_reports;
}

void violations_thread_mark(void)
{
	thread_first[0] = '\0';
}

const char *violations_thread_first(void)
{
	return thread_first;
}

/* kvm_model overrides this to mark the VM bugged; without a VM there is nothing to mark. */
__attribute__((weak)) void kvm_vm_bugged(struct kvm *kvm)
{
}

static void print_replay(struct sched *s, FILE *f)
{
	char buf[8192];

	if (s->opts.replay_hint) {
		s->opts.replay_hint(s->opts.replay_hint_arg, &s->rec, buf, sizeof(buf));
	} else {
		sched_describe(s, buf, sizeof(buf));
	}
	fprintf(f, "  replay: %s\n", buf);
}

static void vreport(const char *kind, const char *cond, const char *file, int line,
		    const char *fmt, va_list ap)
{
	struct sched *s = sched_this;
	struct task_struct *t = current;
	bool quiet = s ? s->opts.quiet : thread_quiet;
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);

	if (!thread_first[0])
		snprintf(thread_first, sizeof(thread_first), "%s: %s", kind, cond);
	thread_reports++;
	pthread_mutex_lock(&report_lock);
	__atomic_store_n(&nr_reports, nr_reports + 1, __ATOMIC_RELAXED);
	if (s && !s->violations++)
		snprintf(s->first_violation, sizeof(s->first_violation), "%s: %s", kind, cond);
	if (!quiet) {
		fprintf(stderr, "gmemsim: VIOLATION %s: %s\n", kind, cond);
		fprintf(stderr, "  at %s:%d\n", file, line);
		if (msg[0])
			fprintf(stderr, "  %s\n", msg);
		if (s) {
			fprintf(stderr, "  actor %s, step %llu\n", t->comm,
				(unsigned long long)s->steps);
			if (s->mode == SCHED_MODE_DET) {
				fprintf(stderr, "  actors:\n");
				sched_print_actors(s, stderr);
			}
			print_replay(s, stderr);
		} else {
			fprintf(stderr, "  thread %s (outside any run)\n", t->comm);
		}
		fflush(stderr);
	}
	pthread_mutex_unlock(&report_lock);
}

void report_violation(const char *kind, const char *cond, const char *file, int line,
		      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(kind, cond, file, line, fmt, ap);
	va_end(ap);
}

void report_bug(const char *kind, const char *cond, const char *file, int line,
		const char *fmt, ...)
{
	struct sched *s = sched_det_current;
	va_list ap;

	va_start(ap, fmt);
	vreport(kind, cond, file, line, fmt, ap);
	va_end(ap);

	/* Deterministic mode: only this execution ends; the explorer carries on. */
	if (s && s->cur) {
		sched_stop_run(s, SCHED_BUG);
		__builtin_unreachable();
	}
	fprintf(stderr, "gmemsim: fatal report, exiting\n");
	exit(1);
}
