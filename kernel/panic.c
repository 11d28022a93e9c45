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
 *
 * A report is printed once per boot: an invariant that breaks at one
 * scheduling point usually still holds broken at every later check, and a
 * WARN_ON in a loop fires each time round.  Later reports of the same check
 * at the same site (kind, condition, file, line) in the same boot still count
 * as violations but are not printed; report_boot_repeats() says how many.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bug.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "sched/sched.h"

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long nr_reports;	/* under report_lock */
static __thread unsigned long thread_reports;	/* reports made by this thread */
static __thread char thread_first[256];		/* first "kind: cond" since the mark */
static __thread bool thread_quiet;		/* reports outside runs not printed */
static __thread unsigned long thread_boot = 1;	/* WARN_ON_ONCE's notion of a boot */
static unsigned long next_boot = 1;		/* atomic: boot ids are never reused */

/* Reports printed, by (boot, site) hash: a ring under report_lock. */
#define REPORT_SEEN_NR 256
static struct report_seen {
	unsigned long boot;
	u64 hash;
	unsigned long repeats;
} report_seen[REPORT_SEEN_NR];
static unsigned int report_seen_next;

unsigned long report_boot_id(void)
{
	return thread_boot;
}

void report_new_boot(void)
{
	thread_boot = __atomic_add_fetch(&next_boot, 1, __ATOMIC_RELAXED);
}

void report_set_boot(unsigned long boot)
{
	thread_boot = boot;
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

static u64 fnv1a(u64 h, const char *str)
{
	for (; *str; str++)
		h = (h ^ (unsigned char)*str) * 0x100000001b3ull;
	return (h ^ 0xff) * 0x100000001b3ull;
}

static u64 site_hash(const char *kind, const char *cond, const char *file, int line)
{
	u64 h = fnv1a(fnv1a(fnv1a(0xcbf29ce484222325ull, kind), cond), file);

	return (h ^ (u32)line) * 0x100000001b3ull;
}

/* Under report_lock: has this site reported in @boot already?  Remembers it if not. */
static bool seen_before(unsigned long boot, u64 hash)
{
	for (unsigned int i = 0; i < REPORT_SEEN_NR; i++) {
		struct report_seen *r = &report_seen[i];

		if (r->boot == boot && r->hash == hash) {
			r->repeats++;
			return true;
		}
	}
	report_seen[report_seen_next] = (struct report_seen){ boot, hash, 0 };
	report_seen_next = (report_seen_next + 1) % REPORT_SEEN_NR;
	return false;
}

unsigned long report_boot_repeats(void)
{
	unsigned long n = 0;

	pthread_mutex_lock(&report_lock);
	for (unsigned int i = 0; i < REPORT_SEEN_NR; i++)
		if (report_seen[i].boot == thread_boot)
			n += report_seen[i].repeats;
	pthread_mutex_unlock(&report_lock);
	return n;
}

static void print_replay(struct sched *s, FILE *f)
{
	char buf[8192];

	if (s->opts.replay_hint) {
		s->opts.replay_hint(s->opts.replay_hint_arg, &s->rec_preempt, buf, sizeof(buf));
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

	/*
	 * Past the memory budget allocations fail on purpose: what breaks then
	 * is the refusal's wake, and the run says it stopped at its budget.
	 */
	if (unlikely(kmalloc_budget_exceeded(NULL)))
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);

	if (!thread_first[0])
		snprintf(thread_first, sizeof(thread_first), "%s: %s", kind, cond);
	thread_reports++;
	pthread_mutex_lock(&report_lock);
	__atomic_store_n(&nr_reports, nr_reports + 1, __ATOMIC_RELAXED);
	if (s && !s->violations++) {
		snprintf(s->first_violation, sizeof(s->first_violation), "%s: %s", kind, cond);
		snprintf(s->first_message, sizeof(s->first_message), "%.255s", msg);
		s->first_step = s->steps;
		s->first_actor = t->id;
	}
	if (seen_before(thread_boot, site_hash(kind, cond, file, line)))
		quiet = true;
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
