/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Checks inside actors.  cmocka's assertions longjmp, which must not leave a
 * coroutine or another thread, so actors count failed checks with
 * ACTOR_CHECK() and the test asserts actor_failures == 0 afterwards.
 */
#ifndef _GMEMSIM_TESTS_ACTOR_CHECK_H
#define _GMEMSIM_TESTS_ACTOR_CHECK_H

#include <stdio.h>

static int actor_failures;

#define ACTOR_CHECK(c)                                                                 \
	do {                                                                           \
		if (!(c)) {                                                            \
			fprintf(stderr, "%s:%d: actor check failed: %s\n", __FILE__,   \
				__LINE__, #c);                                         \
			__atomic_fetch_add(&actor_failures, 1, __ATOMIC_RELAXED);      \
		}                                                                      \
	} while (0)

#endif
