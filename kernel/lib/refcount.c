// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel counterpart: lib/refcount.c (refcount_warn_saturate).
 *
 * The kernel WARNs once per kind; the model reports every transition into
 * saturation (the inline helpers in linux/refcount.h stay silent once the
 * counter is saturated), so each test and each exploration sees its own.
 */
#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/refcount.h>

static const char *const refcount_msg[] = {
	[REFCOUNT_ADD_NOT_ZERO_OVF] = "saturated; leaking memory",
	[REFCOUNT_ADD_OVF] = "saturated; leaking memory",
	[REFCOUNT_ADD_UAF] = "addition on 0; use-after-free",
	[REFCOUNT_SUB_UAF] = "underflow; use-after-free",
	[REFCOUNT_DEC_LEAK] = "decrement hit 0; leaking memory",
};
_Static_assert(ARRAY_SIZE(refcount_msg) == REFCOUNT_DEC_LEAK + 1, "refcount_msg");

void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
{
	refcount_set(r, REFCOUNT_SATURATED);
	report_violation("refcount", "refcount_t", __FILE__, __LINE__, "refcount_t: %s.",
			 refcount_msg[t]);
}
