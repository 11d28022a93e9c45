// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/locking/lockdep.c: lock-order inversions (ABBA, longer cycles) are
 * reported naming the locks and both acquisition sites although no deadlock
 * happens; recursive locking is reported unless a distinct subclass says the
 * nesting is ordered; unbalanced unlocks, might_sleep() in atomic context;
 * trylocks add no dependency; the read-lock rules (recursive readers do not
 * block each other, rwsem readers do count); the lock-chain cache skips no
 * check it must not; MAX_LOCK_DEPTH overflow.
 *
 * Every test uses locks initialised at its own sites, so each has classes of
 * its own in the process-global graph.  Reports made outside a run are printed;
 * the tests that check their text capture stderr.
 */
/* gmemsim-test-layer: kernel */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

/* ---- capturing what the reporter prints ---- */

static char captured[16384];
static FILE *capture_file;
static int saved_stderr = -1;

static void capture_begin(void)
{
	fflush(stderr);
	capture_file = tmpfile();
	assert_non_null(capture_file);
	saved_stderr = dup(STDERR_FILENO);
	assert_true(saved_stderr >= 0);
	assert_true(dup2(fileno(capture_file), STDERR_FILENO) >= 0);
}

static const char *capture_end(void)
{
	size_t n;

	fflush(stderr);
	assert_true(dup2(saved_stderr, STDERR_FILENO) >= 0);
	close(saved_stderr);
	rewind(capture_file);
	n = fread(captured, 1, sizeof(captured) - 1, capture_file);
	captured[n] = '\0';
	fclose(capture_file);
	/* show it anyway: a failing assertion should come with the report */
	fputs(captured, stderr);
	return captured;
}

/* ---- circular dependencies ---- */

struct two_locks {
	spinlock_t a;
	struct mutex b;
};

static int path_ab_line, path_ba_line;

static void path_ab(struct two_locks *t)
{
	mutex_lock(&t->b);
	path_ab_line = __LINE__ + 1;
	spin_lock(&t->a);
	spin_unlock(&t->a);
	mutex_unlock(&t->b);
}

static void path_ba(struct two_locks *t)
{
	spin_lock(&t->a);
	spin_unlock(&t->a);
	/* the inversion: a is taken before b here, b before a above */
	spin_lock(&t->a);
	path_ba_line = __LINE__ + 1;
	if (mutex_trylock(&t->b))
		mutex_unlock(&t->b);
	spin_unlock(&t->a);
}

/* ABBA across two sequential code paths: no deadlock happens, lockdep still reports it. */
struct abba {
	struct mutex a;
	struct mutex b;
};

static int abba_first_a_line, abba_first_b_line, abba_second_b_line, abba_second_a_line;

static void abba_forward(struct abba *t)
{
	abba_first_a_line = __LINE__ + 1;
	mutex_lock(&t->a);
	abba_first_b_line = __LINE__ + 1;
	mutex_lock(&t->b);
	mutex_unlock(&t->b);
	mutex_unlock(&t->a);
}

static void abba_backward(struct abba *t)
{
	abba_second_b_line = __LINE__ + 1;
	mutex_lock(&t->b);
	abba_second_a_line = __LINE__ + 1;
	mutex_lock(&t->a);
	mutex_unlock(&t->a);
	mutex_unlock(&t->b);
}

static void test_abba_reported(void **state)
{
	struct abba t;
	unsigned long before;
	const char *out;
	char want[256];

	mutex_init(&t.a);
	mutex_init(&t.b);
	before = violations_reported();
	abba_forward(&t);
	assert_int_equal(violations_reported(), before);

	capture_begin();
	abba_backward(&t);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "VIOLATION lockdep: possible circular locking dependency"));
	assert_non_null(strstr(out, "possible circular locking dependency: &t.b -> &t.a -> &t.b"));
	/* the current acquisition and where the held lock was taken */
	snprintf(want, sizeof(want), "main acquires &t.a at %s:%d holding &t.b (acquired at %s:%d)",
		 __FILE__, abba_second_a_line, __FILE__, abba_second_b_line);
	assert_non_null(strstr(out, want));
	/* the earlier observation of the opposite order */
	snprintf(want, sizeof(want),
		 "earlier: main acquired &t.b at %s:%d holding &t.a (acquired at %s:%d)",
		 __FILE__, abba_first_b_line, __FILE__, abba_first_a_line);
	assert_non_null(strstr(out, want));

	/* one inversion, one report */
	abba_backward(&t);
	abba_forward(&t);
	assert_int_equal(violations_reported(), before + 1);
}

/* The same inversion seen by two actors of a deterministic run, quietly. */
struct abba_run {
	struct abba locks;
	int step;
};

static bool step_is_1(const void *arg)
{
	const struct abba_run *r = arg;

	return READ_ONCE(r->step) == 1;
}

static void actor_forward(void *arg)
{
	struct abba_run *r = arg;

	abba_forward(&r->locks);
	WRITE_ONCE(r->step, 1);
}

static void actor_backward(void *arg)
{
	struct abba_run *r = arg;

	/* strictly after the other actor: a report, never a deadlock */
	sched_wait_until(step_is_1, r, "forward", "test");
	abba_backward(&r->locks);
}

static void test_abba_across_actors(void **state)
{
	struct abba_run r = { 0 };
	struct sched_actor actors[] = {
		{ "forward", actor_forward, &r },
		{ "backward", actor_backward, &r },
	};
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = 1, .quiet = true };
	struct sched_result res;

	/* a fresh init site, hence fresh classes */
	mutex_init(&r.locks.a);
	mutex_init(&r.locks.b);
	assert_int_equal(sched_run(&o, actors, 2, &res), -EFAULT);
	assert_int_equal(res.status, SCHED_DONE);
	assert_int_equal(res.violations, 1);
	assert_string_equal(res.first_violation, "lockdep: possible circular locking dependency");
	sched_result_destroy(&res);
}

/* Mixed kinds and a trylock closing the cycle: a trylock cannot deadlock, no report. */
static void test_trylock_closing_a_cycle_is_not_reported(void **state)
{
	struct two_locks t;
	unsigned long before;

	spin_lock_init(&t.a);
	mutex_init(&t.b);
	before = violations_reported();
	path_ab(&t);
	path_ba(&t);
	assert_int_equal(violations_reported(), before);
}

/* A lock taken by trylock adds no edge into it: b -> a later is no inversion. */
static void test_trylock_adds_no_edge(void **state)
{
	struct abba t;
	unsigned long before;

	mutex_init(&t.a);
	mutex_init(&t.b);
	before = violations_reported();
	mutex_lock(&t.a);
	assert_true(mutex_trylock(&t.b));
	mutex_unlock(&t.b);
	mutex_unlock(&t.a);
	abba_backward(&t);
	assert_int_equal(violations_reported(), before);
	/* but a held trylocked lock is an ordinary predecessor: b -> a is recorded now */
	abba_forward(&t);
	assert_int_equal(violations_reported(), before + 1);
}

/* a -> b, b -> c, then c -> a: the report walks the whole cycle. */
static void test_three_lock_cycle(void **state)
{
	struct mutex m[3];
	unsigned long before;
	const char *out;

	mutex_init(&m[0]);
	mutex_init(&m[1]);
	mutex_init(&m[2]);
	before = violations_reported();
	mutex_lock(&m[0]);
	mutex_lock(&m[1]);
	mutex_unlock(&m[1]);
	mutex_unlock(&m[0]);
	mutex_lock(&m[1]);
	mutex_lock(&m[2]);
	mutex_unlock(&m[2]);
	mutex_unlock(&m[1]);
	assert_int_equal(violations_reported(), before);

	capture_begin();
	mutex_lock(&m[2]);
	mutex_lock(&m[0]);
	mutex_unlock(&m[0]);
	mutex_unlock(&m[2]);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "possible circular locking dependency: "
				    "&m[2] -> &m[0] -> &m[1] -> &m[2]"));
}

/* ---- recursive locking and subclasses ---- */

static void test_recursive_locking_reported(void **state)
{
	spinlock_t s[2];
	unsigned long before;
	const char *out;

	/* one init site: one class for both */
	for (int i = 0; i < 2; i++)
		spin_lock_init(&s[i]);
	before = violations_reported();
	capture_begin();
	spin_lock(&s[0]);
	spin_lock(&s[1]);
	spin_unlock(&s[1]);
	spin_unlock(&s[0]);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "possible recursive locking detected: main acquires &s[i]"));
	assert_int_equal(current->lockdep_depth, 0);
}

static void test_nested_subclass_not_reported(void **state)
{
	struct mutex m[2];
	spinlock_t s[2];
	struct rw_semaphore r[2];
	unsigned long before;

	for (int i = 0; i < 2; i++) {
		mutex_init(&m[i]);
		spin_lock_init(&s[i]);
		init_rwsem(&r[i]);
	}
	before = violations_reported();
	mutex_lock(&m[0]);
	mutex_lock_nested(&m[1], SINGLE_DEPTH_NESTING);
	down_write(&r[1]);
	down_write_nested(&r[0], SINGLE_DEPTH_NESTING);
	spin_lock(&s[1]);
	spin_lock_nested(&s[0], SINGLE_DEPTH_NESTING);
	spin_unlock(&s[0]);
	spin_unlock(&s[1]);
	up_write(&r[0]);
	up_write(&r[1]);
	mutex_unlock(&m[1]);
	mutex_unlock(&m[0]);
	assert_int_equal(violations_reported(), before);
	/* the subclass is a class of its own: m/1 -> m/0 inverts the order above */
	mutex_lock_nested(&m[1], SINGLE_DEPTH_NESTING);
	mutex_lock(&m[0]);
	mutex_unlock(&m[0]);
	mutex_unlock(&m[1]);
	assert_int_equal(violations_reported(), before + 1);
}

/*
 * A waiter for a held lock must not change the class the holder holds it as:
 * the holder took b as subclass 1, a waiter asks for subclass 0, and the holder
 * then taking another subclass-1 lock of the class is still recursive locking.
 */
struct nested_run {
	struct mutex m[3];	/* one class */
};

static bool other_is_waiting(const void *arg)
{
	const struct task_struct *t = sched_actor(1);

	return t->wait_cond && !strcmp(t->wait_reason, "mutex");
}

static void nested_holder(void *arg)
{
	struct nested_run *r = arg;

	mutex_lock(&r->m[0]);
	mutex_lock_nested(&r->m[1], SINGLE_DEPTH_NESTING);
	sched_wait_until(other_is_waiting, NULL, "waiter", "test");
	mutex_lock_nested(&r->m[2], SINGLE_DEPTH_NESTING);
	mutex_unlock(&r->m[2]);
	mutex_unlock(&r->m[1]);
	mutex_unlock(&r->m[0]);
}

static bool holder_has_m1(const void *arg)
{
	const struct nested_run *r = arg;

	return __mutex_owner((struct mutex *)&r->m[1]) == sched_actor(0);
}

static void nested_waiter(void *arg)
{
	struct nested_run *r = arg;

	sched_wait_until(holder_has_m1, r, "holder", "test");
	mutex_lock(&r->m[1]);
	mutex_unlock(&r->m[1]);
}

static void test_waiter_keeps_holder_subclass(void **state)
{
	struct nested_run r;
	struct sched_actor actors[] = {
		{ "holder", nested_holder, &r },
		{ "waiter", nested_waiter, &r },
	};
	struct sched_result res;

	for (int i = 0; i < 3; i++)
		mutex_init(&r.m[i]);
	for (u64 seed = 1; seed <= 4; seed++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = seed, .quiet = true };

		assert_int_equal(sched_run(&o, actors, 2, &res), -EFAULT);
		assert_int_equal(res.violations, 1);
		assert_string_equal(res.first_violation, "lockdep: possible recursive locking");
		sched_result_destroy(&res);
	}
}

/* Recursive readers (rcu, srcu) may nest; shared rwsem readers may not. */
static void test_recursive_read(void **state)
{
	static struct lock_class_key srcu_key;
	struct lockdep_map srcu_map;
	struct rw_semaphore sem;
	unsigned long before;

	lockdep_init_map(&srcu_map, "&kvm->srcu", &srcu_key, 0);
	init_rwsem(&sem);
	before = violations_reported();
	lock_map_acquire_read(&srcu_map);
	lock_map_acquire_read(&srcu_map);
	assert_true(lock_is_held_type(&srcu_map, 1));
	assert_false(lock_is_held_type(&srcu_map, 0));
	lock_map_release(&srcu_map);
	lock_map_release(&srcu_map);
	assert_int_equal(violations_reported(), before);

	down_read(&sem);
	down_read(&sem);
	up_read(&sem);
	up_read(&sem);
	assert_int_equal(violations_reported(), before + 1);
}

/*
 * srcu_read_lock() inside slots_lock and slots_lock inside srcu_read_lock()
 * are both fine (a reader never waits for a reader); synchronize_srcu() (a
 * write acquisition of the srcu map) under slots_lock then closes a real cycle.
 */
static void test_recursive_read_cycle_rules(void **state)
{
	static struct lock_class_key srcu_key;
	struct lockdep_map srcu;
	struct mutex slots_lock;
	unsigned long before;
	const char *out;

	lockdep_init_map(&srcu, "&kvm->srcu", &srcu_key, 0);
	mutex_init(&slots_lock);
	before = violations_reported();

	lock_map_acquire_read(&srcu);
	mutex_lock(&slots_lock);
	mutex_unlock(&slots_lock);
	lock_map_release(&srcu);

	mutex_lock(&slots_lock);
	lock_map_acquire_read(&srcu);
	lock_map_release(&srcu);
	mutex_unlock(&slots_lock);
	assert_int_equal(violations_reported(), before);

	capture_begin();
	mutex_lock(&slots_lock);
	lock_map_acquire(&srcu);	/* synchronize_srcu() */
	lock_map_release(&srcu);
	mutex_unlock(&slots_lock);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "&slots_lock -> &kvm->srcu -> &slots_lock"));
}

/* Shared rwsem/rwlock acquisitions count for ordering. */
static void test_shared_acquisitions_count(void **state)
{
	struct rw_semaphore sem;
	rwlock_t rw;
	struct mutex m;
	spinlock_t s;
	unsigned long before;

	init_rwsem(&sem);
	rwlock_init(&rw);
	mutex_init(&m);
	spin_lock_init(&s);
	before = violations_reported();

	down_read(&sem);
	mutex_lock(&m);
	mutex_unlock(&m);
	up_read(&sem);
	mutex_lock(&m);
	down_read(&sem);
	up_read(&sem);
	mutex_unlock(&m);
	assert_int_equal(violations_reported(), before + 1);

	read_lock(&rw);
	spin_lock(&s);
	spin_unlock(&s);
	read_unlock(&rw);
	spin_lock(&s);
	write_lock(&rw);
	write_unlock(&rw);
	spin_unlock(&s);
	assert_int_equal(violations_reported(), before + 2);
}

/* ---- release and depth ---- */

static void test_unlock_of_unheld_reported(void **state)
{
	static struct lock_class_key key;
	struct lockdep_map map;
	unsigned long before;
	const char *out;

	lockdep_init_map(&map, "plain_map", &key, 0);
	before = violations_reported();
	capture_begin();
	lock_map_release(&map);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "bad unlock balance detected: main is trying to release "
				    "plain_map"));

	/* out-of-order release is fine */
	lock_map_acquire(&map);
	{
		static struct lock_class_key key2;
		struct lockdep_map map2;

		lockdep_init_map(&map2, "plain_map2", &key2, 0);
		lock_map_acquire(&map2);
		lock_map_release(&map);
		assert_true(lock_is_held(&map2));
		assert_false(lock_is_held(&map));
		lock_map_release(&map2);
	}
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal(current->lockdep_depth, 0);
}

/* ---- might_sleep ---- */

static void test_might_sleep_under_spinlock(void **state)
{
	spinlock_t s;
	rwlock_t rw;
	struct mutex m;
	unsigned long before;
	const char *out;

	spin_lock_init(&s);
	rwlock_init(&rw);
	mutex_init(&m);
	before = violations_reported();
	might_sleep();
	mutex_lock(&m);
	might_sleep();
	mutex_unlock(&m);
	assert_int_equal(violations_reported(), before);

	capture_begin();
	spin_lock(&s);
	might_sleep();
	spin_unlock(&s);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 1);
	assert_non_null(strstr(out, "sleeping function called from invalid context"));
	assert_non_null(strstr(out, "main holds &s"));

	read_lock(&rw);
	mutex_lock(&m);		/* mutex_lock() may sleep */
	mutex_unlock(&m);
	read_unlock(&rw);
	assert_int_equal(violations_reported(), before + 2);
}

static void test_might_sleep_under_rcu(void **state)
{
	unsigned long before = violations_reported();
	struct rw_semaphore sem;

	init_rwsem(&sem);
	current->rcu_read_lock_nesting = 1;
	might_sleep();
	down_read(&sem);
	up_read(&sem);
	current->rcu_read_lock_nesting = 0;
	assert_int_equal(violations_reported(), before + 2);
	might_sleep();
	assert_int_equal(violations_reported(), before + 2);
}

/* ---- classes ---- */

static void test_class_per_init_site(void **state)
{
	struct mutex a[3], b;
	unsigned int n;

	for (int i = 0; i < 3; i++)
		mutex_init(&a[i]);
	mutex_init(&b);
	n = lockdep_nr_classes();
	for (int i = 0; i < 3; i++) {
		mutex_lock(&a[i]);
		mutex_unlock(&a[i]);
	}
	assert_int_equal(lockdep_nr_classes(), n + 1);
	mutex_lock(&b);
	mutex_unlock(&b);
	assert_int_equal(lockdep_nr_classes(), n + 2);
	assert_string_equal(a[2].dep_map.name, "&a[i]");
	assert_string_equal(b.dep_map.name, "&b");
}

/* ---- the lock-chain cache ---- */

/*
 * A chain is the whole held stack: after (a, c) passed, (b, a, c) is a new
 * chain, and its edge b -> c closes the cycle c -> b -> c (b -> a closes
 * a -> c -> b -> a when a is taken).
 */
static void test_chain_covers_the_whole_stack(void **state)
{
	struct mutex a, b, c;
	unsigned long before;
	const char *out;

	mutex_init(&a);
	mutex_init(&b);
	mutex_init(&c);
	before = violations_reported();
	for (int i = 0; i < 2; i++) {
		mutex_lock(&a);
		mutex_lock(&c);
		mutex_unlock(&c);
		mutex_unlock(&a);
	}
	mutex_lock(&c);
	mutex_lock(&b);
	mutex_unlock(&b);
	mutex_unlock(&c);
	assert_int_equal(violations_reported(), before);
	capture_begin();
	mutex_lock(&b);
	mutex_lock(&a);
	mutex_lock(&c);
	mutex_unlock(&c);
	mutex_unlock(&a);
	mutex_unlock(&b);
	out = capture_end();
	assert_int_equal(violations_reported(), before + 2);
	assert_non_null(strstr(out, "possible circular locking dependency: &b -> &a -> &c -> &b"));
	assert_non_null(strstr(out, "possible circular locking dependency: &b -> &c -> &b"));
}

/* A chain that reported recursive locking is not cached: it reports again. */
static void test_chain_with_recursion_reports_again(void **state)
{
	struct mutex m[2];
	unsigned long before;

	for (int i = 0; i < 2; i++)
		mutex_init(&m[i]);
	before = violations_reported();
	capture_begin();
	for (int i = 0; i < 3; i++) {
		mutex_lock(&m[0]);
		mutex_lock(&m[1]);
		mutex_unlock(&m[1]);
		mutex_unlock(&m[0]);
	}
	capture_end();
	assert_int_equal(violations_reported(), before + 3);
}

/*
 * Releasing a lock below the top re-chains the locks above it: after a, b, c
 * lose b, c's chain key is that of the stack (a, c) reached directly.
 */
static void test_chain_after_out_of_order_release(void **state)
{
	struct mutex a, b, c;
	unsigned long before;
	u64 key_ac;

	mutex_init(&a);
	mutex_init(&b);
	mutex_init(&c);
	before = violations_reported();
	mutex_lock(&a);
	mutex_lock(&c);
	key_ac = current->held_locks[1].chain_key;
	mutex_unlock(&c);
	mutex_unlock(&a);

	mutex_lock(&a);
	mutex_lock(&b);
	mutex_lock(&c);
	assert_true(current->held_locks[2].chain_key != key_ac);
	mutex_unlock(&b);
	assert_int_equal(current->lockdep_depth, 2);
	assert_ptr_equal(current->held_locks[1].instance, &c.dep_map);
	assert_true(current->held_locks[1].chain_key == key_ac);
	mutex_unlock(&c);
	mutex_unlock(&a);
	assert_int_equal(violations_reported(), before);
}

/* Last: overflowing MAX_LOCK_DEPTH turns lockdep off, as in the kernel. */
static void test_max_lock_depth(void **state)
{
	/* as many classes as locks, so that only the depth is wrong */
	static struct lock_class_key keys[MAX_LOCK_DEPTH + 1];
	static struct {
		struct lockdep_map dep_map;
	} m[MAX_LOCK_DEPTH + 1];
	unsigned long before;

	for (int i = 0; i <= MAX_LOCK_DEPTH; i++)
		lockdep_init_map(&m[i].dep_map, "deep", &keys[i], 0);
	before = violations_reported();
	for (int i = 0; i < MAX_LOCK_DEPTH; i++)
		lock_map_acquire(&m[i].dep_map);
	assert_int_equal(violations_reported(), before);
	assert_int_equal(current->lockdep_depth, MAX_LOCK_DEPTH);
	lock_map_acquire(&m[MAX_LOCK_DEPTH].dep_map);
	assert_int_equal(violations_reported(), before + 1);
	assert_int_equal(debug_locks, 0);
	for (int i = MAX_LOCK_DEPTH; i >= 0; i--)
		lock_map_release(&m[i].dep_map);
	/* off: nothing is checked, assertions pass */
	lockdep_assert_held(&m[0]);
	lock_map_release(&m[0].dep_map);
	assert_int_equal(violations_reported(), before + 1);
	current->lockdep_depth = 0;
	debug_locks = 1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abba_reported),
		cmocka_unit_test(test_abba_across_actors),
		cmocka_unit_test(test_trylock_closing_a_cycle_is_not_reported),
		cmocka_unit_test(test_trylock_adds_no_edge),
		cmocka_unit_test(test_three_lock_cycle),
		cmocka_unit_test(test_recursive_locking_reported),
		cmocka_unit_test(test_nested_subclass_not_reported),
		cmocka_unit_test(test_waiter_keeps_holder_subclass),
		cmocka_unit_test(test_recursive_read),
		cmocka_unit_test(test_recursive_read_cycle_rules),
		cmocka_unit_test(test_shared_acquisitions_count),
		cmocka_unit_test(test_unlock_of_unheld_reported),
		cmocka_unit_test(test_might_sleep_under_spinlock),
		cmocka_unit_test(test_might_sleep_under_rcu),
		cmocka_unit_test(test_class_per_init_site),
		cmocka_unit_test(test_chain_covers_the_whole_stack),
		cmocka_unit_test(test_chain_with_recursion_reports_again),
		cmocka_unit_test(test_chain_after_out_of_order_release),
		cmocka_unit_test(test_max_lock_depth),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
