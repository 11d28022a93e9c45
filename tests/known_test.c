// SPDX-License-Identifier: GPL-2.0
/*
 * The known-findings list (sim/known.c): the built-in list parses and names
 * both findings of docs/findings/; a violation matches by signature and by
 * every message text, never by kind alone; bad lists are rejected with
 * FILE:LINE:COL.
 */
/* gmemsim-test-layer: sim */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sim/known.h"

static void test_builtin(void **state)
{
	struct known_list l = { 0 };
	char err[256];

	assert_int_equal(known_parse(&l, "builtin", known_builtin, err, sizeof(err)), 0);
	assert_true(l.nr >= 2);
	/* The deadlock of docs/findings/gmem-error-folio-vs-punch-hole.md, as reported. */
	assert_int_equal(known_match(&l, "deadlock: every actor is blocked",
				     "2 of 3 actors unfinished, none can run: vmm waits (folio lock) for "
				     "folio holding &mapping->invalidate_lock; host waits (rwsem read) "
				     "for &mapping->invalidate_lock"), 0);
	/* Another deadlock is new: the cycle differs. */
	assert_int_equal(known_match(&l, "deadlock: every actor is blocked",
				     "2 of 2 actors unfinished, none can run: vmm waits (mutex) for "
				     "&kvm->slots_lock; host waits (mutex) for &kvm->lock"), -1);
	assert_int_equal(known_match(&l, "deadlock: every actor is blocked", NULL), -1);
	assert_int_equal(known_match(&l, "WARN_ON_ONCE: !slot_has_rmaps(slot) || end <= start",
				     ""), 1);
	assert_string_equal(l.f[1].id, "gmem-bind-before-rmap-alloc");
	/* Same kind, other condition: new. */
	assert_int_equal(known_match(&l, "WARN_ON_ONCE: !slot || end <= start", ""), -1);
	known_destroy(&l);
	(void)state;
}

static void test_numbers_are_stripped(void **state)
{
	struct known_list l = { 0 };
	char err[256];

	assert_int_equal(known_parse(&l, "t", "finding x docs/x.md\n"
				     "\tviolation inv1-spte-freed: leaf 0x1234 maps a freed folio\n",
				     err, sizeof(err)), 0);
	assert_int_equal(known_match(&l, "inv1-spte-freed: leaf 0xffff maps a freed folio", ""), 0);
	known_destroy(&l);
	(void)state;
}

static void check_bad(const char *text, const char *want)
{
	struct known_list l = { 0 };
	char err[256] = "";

	assert_int_equal(known_parse(&l, "k", text, err, sizeof(err)), -EINVAL);
	if (strcmp(err, want))
		fail_msg("parse of %s: got '%s', want '%s'", text, err, want);
	assert_int_equal(l.nr, 0);
	known_destroy(&l);
}

static void test_bad_lists(void **state)
{
	check_bad("violation a: b\n", "k:1:1: violation and message belong to a finding line above");
	check_bad("finding x\n", "k:1:10: a value is missing");
	check_bad("finding x d.md\n", "k:1:1: finding x has no violation line");
	check_bad("# c\nfinding x d.md\n  violation nocolon\n", "k:3:13: violation is KIND: CONDITION");
	check_bad("finding x d.md\n violation a: b\n violation a: c\n",
		  "k:3:2: a finding has one violation line");
	check_bad("finding x d.md\n\tbogus 1\n", "k:2:2: unknown directive (finding, violation, message)");
	(void)state;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_numbers_are_stripped),
		cmocka_unit_test(test_bad_lists),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
