/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel counterpart: include/linux/refcount.h, refcount_types.h, lib/refcount.c.
 *
 * A reference count that refuses to wrap: an increment from zero (the object is
 * already being freed: use-after-free), an overflow past INT_MAX and a
 * decrement below zero are reported via report_violation("refcount", ...) and
 * leave the counter at REFCOUNT_SATURATED, where it stays: the object leaks
 * instead of being freed while still in use.  Every operation but
 * refcount_read()/refcount_set() is an atomic RMW and so a scheduling point.
 *
 * Ordering: the kernel's increments are unordered, its decrements release and
 * a decrement that hits zero acquires; here every RMW is fully ordered, which
 * covers all three.
 *
 * Simplified: the kernel WARNs once per kind per boot; here every transition
 * into saturation is reported, and operations on an already saturated counter
 * stay silent.
 */
#ifndef _GMEMSIM_LINUX_REFCOUNT_H
#define _GMEMSIM_LINUX_REFCOUNT_H

#include <limits.h>

#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/types.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n) { .refs = ATOMIC_INIT(n) }
#define REFCOUNT_MAX INT_MAX
#define REFCOUNT_SATURATED (INT_MIN / 2)

enum refcount_saturation_type {
	REFCOUNT_ADD_NOT_ZERO_OVF,
	REFCOUNT_ADD_OVF,
	REFCOUNT_ADD_UAF,
	REFCOUNT_SUB_UAF,
	REFCOUNT_DEC_LEAK,
};

/* [lib/refcount.c]: saturate @r and report what happened. */
void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t);

static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return (unsigned int)atomic_read(&r->refs);
}

/* Was the counter already saturated (so the report has been made)? */
static inline bool __refcount_was_saturated(int old)
{
	return old < 0;
}

static inline bool __must_check refcount_add_not_zero(int i, refcount_t *r)
{
	int old = refcount_read(r);

	do {
		if (!old)
			break;
	} while (!atomic_try_cmpxchg(&r->refs, &old, (int)((unsigned int)old + (unsigned int)i)));

	if (unlikely(old < 0 || (int)((unsigned int)old + (unsigned int)i) < 0)) {
		if (__refcount_was_saturated(old))
			refcount_set(r, REFCOUNT_SATURATED);
		else
			refcount_warn_saturate(r, REFCOUNT_ADD_NOT_ZERO_OVF);
	}
	return old;
}

static inline bool __must_check refcount_inc_not_zero(refcount_t *r)
{
	return refcount_add_not_zero(1, r);
}

static inline void refcount_add(int i, refcount_t *r)
{
	int old = atomic_fetch_add(i, &r->refs);

	if (unlikely(!old))
		refcount_warn_saturate(r, REFCOUNT_ADD_UAF);
	else if (unlikely(old < 0 || (int)((unsigned int)old + (unsigned int)i) < 0)) {
		if (__refcount_was_saturated(old))
			refcount_set(r, REFCOUNT_SATURATED);
		else
			refcount_warn_saturate(r, REFCOUNT_ADD_OVF);
	}
}

static inline void refcount_inc(refcount_t *r)
{
	refcount_add(1, r);
}

static inline bool __must_check refcount_sub_and_test(int i, refcount_t *r)
{
	int old = atomic_fetch_sub(i, &r->refs);

	/*
	 * The kernel follows a release decrement with smp_acquire__after_ctrl_dep()
	 * so the freeing path sees every access made before the other puts; the
	 * model's fetch_sub is sequentially consistent, an acquire already (and a
	 * fence would hide the ordering from ThreadSanitizer).
	 */
	if (old == i)
		return true;
	if (unlikely(old < 0 || old - i < 0)) {
		if (__refcount_was_saturated(old))
			refcount_set(r, REFCOUNT_SATURATED);
		else
			refcount_warn_saturate(r, REFCOUNT_SUB_UAF);
	}
	return false;
}

static inline bool __must_check refcount_dec_and_test(refcount_t *r)
{
	return refcount_sub_and_test(1, r);
}

/* A put that must not be the last one: dropping to zero here leaks the object. */
static inline void refcount_dec(refcount_t *r)
{
	int old = atomic_fetch_sub(1, &r->refs);

	if (unlikely(old <= 1)) {
		if (__refcount_was_saturated(old))
			refcount_set(r, REFCOUNT_SATURATED);
		else
			refcount_warn_saturate(r, REFCOUNT_DEC_LEAK);
	}
}

#endif /* _GMEMSIM_LINUX_REFCOUNT_H */
