/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/compiler.h, include/asm-generic/barrier.h.
 *
 * READ_ONCE()/WRITE_ONCE() are relaxed atomic accesses here rather than volatile
 * casts: the model runs truly in parallel in free mode and must be clean under
 * ThreadSanitizer, which only understands the C11 memory model.  The barriers map
 * to C11 fences with the strength of their x86/generic counterparts.
 */
#ifndef _GMEMSIM_LINUX_COMPILER_H
#define _GMEMSIM_LINUX_COMPILER_H

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
/* glibc's <sys/cdefs.h> defines it too, identically in effect. */
#ifndef __always_inline
#define __always_inline inline __attribute__((__always_inline__))
#endif
#define noinline __attribute__((__noinline__))
#define __noreturn __attribute__((__noreturn__))
#define __maybe_unused __attribute__((__unused__))
#define __must_check __attribute__((__warn_unused_result__))
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#define __cold __attribute__((__cold__))
#define fallthrough __attribute__((__fallthrough__))

#define barrier() __asm__ __volatile__("" ::: "memory")

#define READ_ONCE(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, val) __atomic_store_n(&(x), (val), __ATOMIC_RELAXED)

/* Full barrier: orders everything before against everything after. */
#define smp_mb() __atomic_thread_fence(__ATOMIC_SEQ_CST)
/* Read barrier: orders earlier loads against later loads. */
#define smp_rmb() __atomic_thread_fence(__ATOMIC_ACQUIRE)
/* Write barrier: orders earlier stores against later stores. */
#define smp_wmb() __atomic_thread_fence(__ATOMIC_RELEASE)
#define smp_load_acquire(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define smp_store_release(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define smp_mb__before_atomic() smp_mb()
#define smp_mb__after_atomic() smp_mb()

#define cpu_relax() __builtin_ia32_pause()

#endif /* _GMEMSIM_LINUX_COMPILER_H */
