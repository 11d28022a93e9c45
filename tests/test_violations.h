/* SPDX-License-Identifier: GPL-2.0 */
/* Tests that provoke model violations on purpose (include after cmocka.h). */
#ifndef _GMEMSIM_TESTS_TEST_VIOLATIONS_H
#define _GMEMSIM_TESTS_TEST_VIOLATIONS_H

#include <linux/bug.h>

/* Expect exactly @n violation reports from @stmt. */
#define EXPECT_VIOLATIONS(n, stmt)                                                     \
	do {                                                                           \
		unsigned long __v = violations_reported();                            \
		stmt;                                                                  \
		assert_int_equal(violations_reported() - __v, (n));                   \
	} while (0)

#endif /* _GMEMSIM_TESTS_TEST_VIOLATIONS_H */
