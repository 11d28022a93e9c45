/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/asm-generic/bug.h, include/linux/kvm_host.h
 * (KVM_BUG_ON).
 *
 * Every kernel assertion routes into one violation reporter (kernel/panic.c)
 * that prints what broke, where, which actor was running, and the line that
 * replays the run.  Nothing calls abort(): WARN_ON() reports and carries on like
 * the kernel does; BUG_ON() reports and ends the execution (in deterministic mode
 * only the current exploration, in free mode the process, with exit status 1).
 */
#ifndef _GMEMSIM_LINUX_BUG_H
#define _GMEMSIM_LINUX_BUG_H

#include <linux/compiler.h>
#include <linux/types.h>

struct kvm;

/*
 * Report one violation.  @kind names the check ("WARN_ON", "lockdep", "deadlock",
 * "use-after-free", an invariant name...), @cond the expression or object.
 */
void __printf(5, 6) __cold report_violation(const char *kind, const char *cond,
					    const char *file, int line, const char *fmt, ...);
/*
 * Silence reports made outside any scheduler run on this thread (a replay's
 * set-up and teardown when the caller asked for quiet); they still count.
 */
void report_set_quiet(bool quiet);

/* Report, then end the execution; never returns. */
void __printf(5, 6) __cold __noreturn report_bug(const char *kind, const char *cond,
						 const char *file, int line, const char *fmt, ...);

/* Total violations reported by this process (all schedulers, all modes). */
unsigned long violations_reported(void);
/*
 * Reports made on the calling OS thread: its own, and those of the
 * deterministic actors it runs (they are coroutines on it).  Independent
 * explorations on other threads do not count.
 */
unsigned long violations_reported_by_thread(void);
/* The first report ("kind: cond") made on this thread since the last mark, or "". */
void violations_thread_mark(void);
const char *violations_thread_first(void);

/* Marks a VM bugged; kvm_model provides the real one, kernel/ a weak no-op. */
void kvm_vm_bugged(struct kvm *kvm);

#define WARN(cond, fmt...)                                                             \
	({                                                                             \
		bool __ret_warn = unlikely(!!(cond));                                  \
		if (__ret_warn)                                                        \
			report_violation("WARN", #cond, __FILE__, __LINE__, fmt);      \
		__ret_warn;                                                            \
	})

#define WARN_ON(cond)                                                                  \
	({                                                                             \
		bool __ret_warn = unlikely(!!(cond));                                  \
		if (__ret_warn)                                                        \
			report_violation("WARN_ON", #cond, __FILE__, __LINE__, "%s", "");   \
		__ret_warn;                                                            \
	})

/*
 * The model boots once per execution: "once" means once per boot, as in the
 * kernel, where a boot is whatever the calling thread last began with
 * report_new_boot() (a replay, an exploration).  Otherwise a WARN_ON_ONCE
 * would fire in the first execution of a process only, and no later one
 * (a shrinker's, a replay's) could reproduce it.
 */
unsigned long report_boot_id(void);
void report_new_boot(void);
/* Make the calling thread part of boot @boot (a free-mode actor of a replay). */
void report_set_boot(unsigned long boot);
/*
 * Reports of this boot that were not printed because the same check at the
 * same site had already reported in it (kernel/panic.c prints each once).
 */
unsigned long report_boot_repeats(void);

#define WARN_ON_ONCE(cond)                                                             \
	({                                                                             \
		static unsigned long __warned;                                         \
		bool __ret_warn = unlikely(!!(cond));                                  \
		if (__ret_warn) {                                                      \
			unsigned long __boot = report_boot_id();                       \
			if (__atomic_exchange_n(&__warned, __boot, __ATOMIC_RELAXED) != __boot) \
				report_violation("WARN_ON_ONCE", #cond, __FILE__, __LINE__, "%s", ""); \
		}                                                                      \
		__ret_warn;                                                            \
	})

#define BUG_ON(cond)                                                                   \
	do {                                                                           \
		if (unlikely(!!(cond)))                                                \
			report_bug("BUG_ON", #cond, __FILE__, __LINE__, "%s", "");          \
	} while (0)

#define BUG() report_bug("BUG", "BUG()", __FILE__, __LINE__, "%s", "")

/* [kvm_host.h]: WARN once, then mark the VM bugged so every later ioctl gets EIO. */
#define KVM_BUG_ON(cond, kvm)                                                          \
	({                                                                             \
		bool __ret_bug = unlikely(!!(cond));                                   \
		if (__ret_bug) {                                                       \
			report_violation("KVM_BUG_ON", #cond, __FILE__, __LINE__, "%s", ""); \
			kvm_vm_bugged(kvm);                                            \
		}                                                                      \
		__ret_bug;                                                             \
	})

#define BUILD_BUG_ON(cond) _Static_assert(!(cond), "BUILD_BUG_ON(" #cond ")")

#endif /* _GMEMSIM_LINUX_BUG_H */
