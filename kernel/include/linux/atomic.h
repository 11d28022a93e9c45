/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/atomic.h, the generated
 * include/linux/atomic/atomic-instrumented.h and atomic-long.h, and the
 * generic cmpxchg()/try_cmpxchg()/xchg() of arch/x86/include/asm/cmpxchg.h.
 *
 * Every read-modify-write is a scheduling point (sched_point("atomic") before
 * it) and is sequentially consistent: the kernel's value-returning RMWs are
 * fully ordered, and x86 (the model's target) makes the void ones fully ordered
 * too.  atomic_read()/atomic_set() are relaxed accesses and not scheduling
 * points, as in the kernel they are plain loads and stores.
 *
 * Arithmetic wraps (two's complement), as the kernel's does under
 * -fno-strict-overflow: the return values are computed in the unsigned type.
 *
 * Simplified: no _relaxed/_acquire/_release RMW variants (use the fully
 * ordered ones); atomic_read_acquire()/atomic_set_release() are provided.
 */
#ifndef _GMEMSIM_LINUX_ATOMIC_H
#define _GMEMSIM_LINUX_ATOMIC_H

#include <linux/compiler.h>
#include <linux/sched.h>
#include <linux/types.h>

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

typedef struct {
	long counter;
} atomic_long_t;

#define ATOMIC_INIT(i) { (i) }
#define ATOMIC64_INIT(i) { (i) }
#define ATOMIC_LONG_INIT(i) { (i) }

#define __ATOMIC_SC __ATOMIC_SEQ_CST

/*
 * Generic scalar forms [asm/cmpxchg.h].  cmpxchg() returns the value found;
 * try_cmpxchg() returns whether it stored and updates *@oldp with the value
 * found when it did not.
 */
#define cmpxchg(ptr, old, new)                                                 \
	({                                                                     \
		typeof(*(ptr)) __cx_old = (old);                               \
		sched_point("atomic");                                         \
		/* fully ordered, like the kernel's cmpxchg() */               \
		__atomic_compare_exchange_n((ptr), &__cx_old, (new), false,    \
					    __ATOMIC_SC, __ATOMIC_SC);         \
		__cx_old;                                                      \
	})

#define try_cmpxchg(ptr, oldp, new)                                            \
	({                                                                     \
		sched_point("atomic");                                         \
		/* fully ordered; on failure *oldp gets the current value */   \
		__atomic_compare_exchange_n((ptr), (oldp), (new), false,       \
					    __ATOMIC_SC, __ATOMIC_SC);         \
	})

#define xchg(ptr, new)                                                         \
	({                                                                     \
		sched_point("atomic");                                         \
		/* fully ordered, like the kernel's xchg() */                  \
		__atomic_exchange_n((ptr), (new), __ATOMIC_SC);                \
	})

/*
 * One generator for atomic_t, atomic64_t and atomic_long_t, as the kernel
 * generates its three families from one description (scripts/atomic/).
 */
#define __ATOMIC_OPS(pfx, atype, ctype, utype)                                 \
static __always_inline ctype pfx##_read(const atype *v)                        \
{                                                                              \
	/* plain load: no ordering, like the kernel's READ_ONCE() */           \
	return __atomic_load_n(&v->counter, __ATOMIC_RELAXED);                 \
}                                                                              \
static __always_inline ctype pfx##_read_acquire(const atype *v)                \
{                                                                              \
	/* orders later accesses after the load */                             \
	return __atomic_load_n(&v->counter, __ATOMIC_ACQUIRE);                 \
}                                                                              \
static __always_inline void pfx##_set(atype *v, ctype i)                       \
{                                                                              \
	/* plain store: no ordering, like the kernel's WRITE_ONCE() */         \
	__atomic_store_n(&v->counter, i, __ATOMIC_RELAXED);                    \
}                                                                              \
static __always_inline void pfx##_set_release(atype *v, ctype i)               \
{                                                                              \
	/* orders earlier accesses before the store */                         \
	__atomic_store_n(&v->counter, i, __ATOMIC_RELEASE);                    \
}                                                                              \
static __always_inline ctype pfx##_fetch_add(ctype i, atype *v)                \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_add(&v->counter, i, __ATOMIC_SC);                \
}                                                                              \
static __always_inline ctype pfx##_fetch_sub(ctype i, atype *v)                \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_sub(&v->counter, i, __ATOMIC_SC);                \
}                                                                              \
static __always_inline ctype pfx##_fetch_and(ctype i, atype *v)                \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_and(&v->counter, i, __ATOMIC_SC);                \
}                                                                              \
static __always_inline ctype pfx##_fetch_andnot(ctype i, atype *v)             \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_and(&v->counter, (ctype)~(utype)i, __ATOMIC_SC); \
}                                                                              \
static __always_inline ctype pfx##_fetch_or(ctype i, atype *v)                 \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_or(&v->counter, i, __ATOMIC_SC);                 \
}                                                                              \
static __always_inline ctype pfx##_fetch_xor(ctype i, atype *v)                \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_fetch_xor(&v->counter, i, __ATOMIC_SC);                \
}                                                                              \
static __always_inline ctype pfx##_fetch_inc(atype *v)                         \
{                                                                              \
	return pfx##_fetch_add(1, v);                                          \
}                                                                              \
static __always_inline ctype pfx##_fetch_dec(atype *v)                         \
{                                                                              \
	return pfx##_fetch_sub(1, v);                                          \
}                                                                              \
static __always_inline ctype pfx##_add_return(ctype i, atype *v)               \
{                                                                              \
	return (ctype)((utype)pfx##_fetch_add(i, v) + (utype)i);               \
}                                                                              \
static __always_inline ctype pfx##_sub_return(ctype i, atype *v)               \
{                                                                              \
	return (ctype)((utype)pfx##_fetch_sub(i, v) - (utype)i);               \
}                                                                              \
static __always_inline ctype pfx##_inc_return(atype *v)                        \
{                                                                              \
	return pfx##_add_return(1, v);                                         \
}                                                                              \
static __always_inline ctype pfx##_dec_return(atype *v)                        \
{                                                                              \
	return pfx##_sub_return(1, v);                                         \
}                                                                              \
static __always_inline void pfx##_add(ctype i, atype *v)                       \
{                                                                              \
	pfx##_fetch_add(i, v);                                                 \
}                                                                              \
static __always_inline void pfx##_sub(ctype i, atype *v)                       \
{                                                                              \
	pfx##_fetch_sub(i, v);                                                 \
}                                                                              \
static __always_inline void pfx##_inc(atype *v)                                \
{                                                                              \
	pfx##_fetch_add(1, v);                                                 \
}                                                                              \
static __always_inline void pfx##_dec(atype *v)                                \
{                                                                              \
	pfx##_fetch_sub(1, v);                                                 \
}                                                                              \
static __always_inline void pfx##_and(ctype i, atype *v)                       \
{                                                                              \
	pfx##_fetch_and(i, v);                                                 \
}                                                                              \
static __always_inline void pfx##_andnot(ctype i, atype *v)                    \
{                                                                              \
	pfx##_fetch_andnot(i, v);                                              \
}                                                                              \
static __always_inline void pfx##_or(ctype i, atype *v)                        \
{                                                                              \
	pfx##_fetch_or(i, v);                                                  \
}                                                                              \
static __always_inline void pfx##_xor(ctype i, atype *v)                       \
{                                                                              \
	pfx##_fetch_xor(i, v);                                                 \
}                                                                              \
static __always_inline bool pfx##_dec_and_test(atype *v)                       \
{                                                                              \
	return pfx##_dec_return(v) == 0;                                       \
}                                                                              \
static __always_inline bool pfx##_inc_and_test(atype *v)                       \
{                                                                              \
	return pfx##_inc_return(v) == 0;                                       \
}                                                                              \
static __always_inline bool pfx##_sub_and_test(ctype i, atype *v)              \
{                                                                              \
	return pfx##_sub_return(i, v) == 0;                                    \
}                                                                              \
static __always_inline bool pfx##_add_negative(ctype i, atype *v)              \
{                                                                              \
	return pfx##_add_return(i, v) < 0;                                     \
}                                                                              \
static __always_inline ctype pfx##_xchg(atype *v, ctype new)                   \
{                                                                              \
	sched_point("atomic");                                                 \
	return __atomic_exchange_n(&v->counter, new, __ATOMIC_SC);             \
}                                                                              \
static __always_inline ctype pfx##_cmpxchg(atype *v, ctype old, ctype new)     \
{                                                                              \
	sched_point("atomic");                                                 \
	/* returns the value found; stored iff it equals @old */               \
	__atomic_compare_exchange_n(&v->counter, &old, new, false,             \
				    __ATOMIC_SC, __ATOMIC_SC);                 \
	return old;                                                            \
}                                                                              \
static __always_inline bool pfx##_try_cmpxchg(atype *v, ctype *old, ctype new) \
{                                                                              \
	sched_point("atomic");                                                 \
	/* on failure *old gets the value found */                             \
	return __atomic_compare_exchange_n(&v->counter, old, new, false,       \
					   __ATOMIC_SC, __ATOMIC_SC);          \
}                                                                              \
/* Add @a unless the value is @u; returns the value before. */                 \
static __always_inline ctype pfx##_fetch_add_unless(atype *v, ctype a, ctype u) \
{                                                                              \
	ctype c = pfx##_read(v);                                               \
                                                                               \
	do {                                                                   \
		if (unlikely(c == u))                                          \
			break;                                                 \
	} while (!pfx##_try_cmpxchg(v, &c, (ctype)((utype)c + (utype)a)));     \
	return c;                                                              \
}                                                                              \
static __always_inline bool pfx##_add_unless(atype *v, ctype a, ctype u)       \
{                                                                              \
	return pfx##_fetch_add_unless(v, a, u) != u;                           \
}                                                                              \
static __always_inline bool pfx##_inc_not_zero(atype *v)                       \
{                                                                              \
	return pfx##_add_unless(v, 1, 0);                                      \
}                                                                              \
static __always_inline bool pfx##_inc_unless_negative(atype *v)                \
{                                                                              \
	ctype c = pfx##_read(v);                                               \
                                                                               \
	do {                                                                   \
		if (unlikely(c < 0))                                           \
			return false;                                          \
	} while (!pfx##_try_cmpxchg(v, &c, (ctype)((utype)c + 1)));            \
	return true;                                                           \
}                                                                              \
static __always_inline bool pfx##_dec_unless_positive(atype *v)                \
{                                                                              \
	ctype c = pfx##_read(v);                                               \
                                                                               \
	do {                                                                   \
		if (unlikely(c > 0))                                           \
			return false;                                          \
	} while (!pfx##_try_cmpxchg(v, &c, (ctype)((utype)c - 1)));            \
	return true;                                                           \
}                                                                              \
/* Decrement unless that would go negative; returns the new value (or < 0). */ \
static __always_inline ctype pfx##_dec_if_positive(atype *v)                   \
{                                                                              \
	ctype c = pfx##_read(v);                                               \
                                                                               \
	do {                                                                   \
		if (unlikely(c <= 0))                                          \
			break;                                                 \
	} while (!pfx##_try_cmpxchg(v, &c, c - 1));                            \
	return (ctype)((utype)c - 1);                                          \
}

__ATOMIC_OPS(atomic, atomic_t, int, unsigned int)
__ATOMIC_OPS(atomic64, atomic64_t, s64, u64)
__ATOMIC_OPS(atomic_long, atomic_long_t, long, unsigned long)

#undef __ATOMIC_OPS

#endif /* _GMEMSIM_LINUX_ATOMIC_H */
