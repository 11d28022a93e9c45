// SPDX-License-Identifier: GPL-2.0
/*
 * spinlock_t, rwlock_t, struct mutex, struct rw_semaphore: mutual exclusion of
 * a non-atomic counter under each lock kind with 4 actors, in free mode and in
 * deterministic mode over several seeds; readers inside together; writers
 * alone; trylock results; owner tracking; releases by a non-owner and
 * lockdep_assert_held*() reported; a self-deadlock ends the run as a BUG.
 */
/* gmemsim-test-layer: kernel */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

#define NR_ACTORS 4
#define NR_SEEDS 8

static u64 base_seed;

enum lock_kind {
	LK_SPIN,
	LK_RWLOCK_WRITE,
	LK_MUTEX,
	LK_RWSEM_WRITE,
	LK_NR,
};

static const char *const lock_kind_name[] = {
	[LK_SPIN] = "spinlock_t",
	[LK_RWLOCK_WRITE] = "rwlock_t write",
	[LK_MUTEX] = "mutex",
	[LK_RWSEM_WRITE] = "rw_semaphore write",
};
_Static_assert(ARRAY_SIZE(lock_kind_name) == LK_NR, "lock_kind_name");

struct locks {
	spinlock_t spin;
	rwlock_t rw;
	struct mutex mutex;
	struct rw_semaphore sem;
};

static void locks_init(struct locks *l)
{
	spin_lock_init(&l->spin);
	rwlock_init(&l->rw);
	mutex_init(&l->mutex);
	init_rwsem(&l->sem);
}

static void kind_lock(struct locks *l, enum lock_kind k)
{
	switch (k) {
	case LK_SPIN:
		spin_lock(&l->spin);
		break;
	case LK_RWLOCK_WRITE:
		write_lock(&l->rw);
		break;
	case LK_MUTEX:
		mutex_lock(&l->mutex);
		break;
	default:
		down_write(&l->sem);
		break;
	}
}

static void kind_unlock(struct locks *l, enum lock_kind k)
{
	switch (k) {
	case LK_SPIN:
		spin_unlock(&l->spin);
		break;
	case LK_RWLOCK_WRITE:
		write_unlock(&l->rw);
		break;
	case LK_MUTEX:
		mutex_unlock(&l->mutex);
		break;
	default:
		up_write(&l->sem);
		break;
	}
}

/* ---- mutual exclusion ---- */

struct excl {
	struct locks locks;
	enum lock_kind kind;
	int rounds;
	int counter;		/* plain int: only the lock makes it safe */
	int inside;		/* plain int too: more than 1 is a failure */
	int overlaps;
};

static void excl_actor(void *arg)
{
	struct excl *e = arg;

	for (int i = 0; i < e->rounds; i++) {
		int v;

		kind_lock(&e->locks, e->kind);
		if (e->inside++)
			e->overlaps++;
		v = e->counter;
		/* a lost update needs a switch here: offer one */
		sched_point("critical section");
		e->counter = v + 1;
		e->inside--;
		kind_unlock(&e->locks, e->kind);
	}
}

static void run_excl(enum lock_kind kind, enum sched_mode mode, u64 seed, int rounds)
{
	struct excl e = { .kind = kind, .rounds = rounds };
	struct sched_actor actors[NR_ACTORS];
	struct sched_opts o = { .mode = mode, .seed = seed };
	struct sched_result res;

	locks_init(&e.locks);
	static const char *const names[NR_ACTORS] = { "a0", "a1", "a2", "a3" };

	for (int i = 0; i < NR_ACTORS; i++)
		actors[i] = (struct sched_actor){ names[i], excl_actor, &e };
	if (sched_run(&o, actors, NR_ACTORS, &res) != 0 || e.counter != NR_ACTORS * rounds ||
	    e.overlaps)
		fail_msg("%s, %s mode, seed %llu: status %s, counter %d of %d, %d overlaps",
			 lock_kind_name[kind], mode == SCHED_MODE_DET ? "det" : "free",
			 (unsigned long long)seed, sched_status_name(res.status), e.counter,
			 NR_ACTORS * rounds, e.overlaps);
	if (mode == SCHED_MODE_DET)
		assert_true(res.switches > 0);
	sched_result_destroy(&res);
}

static void test_mutual_exclusion_free(void **state)
{
	for (int k = 0; k < LK_NR; k++)
		run_excl(k, SCHED_MODE_FREE, base_seed, 20000);
}

static void test_mutual_exclusion_det(void **state)
{
	for (int k = 0; k < LK_NR; k++)
		for (u64 s = 0; s < NR_SEEDS; s++)
			run_excl(k, SCHED_MODE_DET, base_seed + s, 50);
}

/*
 * Checks that the test can fail: with the lock taken by only one of the actors
 * (the others race unprotected), some seed loses an update.
 */
struct unlocked {
	struct excl *e;
	bool locked;
};

static void sometimes_locked_actor(void *arg)
{
	struct unlocked *u = arg;
	struct excl *e = u->e;

	for (int i = 0; i < e->rounds; i++) {
		int v;

		if (u->locked)
			kind_lock(&e->locks, e->kind);
		v = READ_ONCE(e->counter);
		sched_point("critical section");
		WRITE_ONCE(e->counter, v + 1);
		if (u->locked)
			kind_unlock(&e->locks, e->kind);
	}
}

static void test_mutual_exclusion_detects_lost_update(void **state)
{
	int lost = 0;

	for (u64 s = 0; s < NR_SEEDS; s++) {
		struct excl e = { .kind = LK_MUTEX, .rounds = 20 };
		struct unlocked u[2] = { { &e, true }, { &e, false } };
		struct sched_actor actors[] = {
			{ "locked", sometimes_locked_actor, &u[0] },
			{ "unlocked", sometimes_locked_actor, &u[1] },
		};
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + s };

		locks_init(&e.locks);
		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
		lost += e.counter != 40;
	}
	assert_true(lost > 0);
}

/* ---- readers together, writers alone ---- */

struct rw_arg {
	struct locks locks;
	bool sem;		/* rw_semaphore, else rwlock_t */
	atomic_t readers;	/* inside a read section now */
	atomic_t entered;	/* ever entered a read section */
	atomic_t met;		/* readers that left after the other one entered */
	int writer_saw_readers;
};

static bool both_readers_entered(const void *arg)
{
	const struct rw_arg *a = arg;

	return atomic_read(&a->entered) >= 2;
}

static void reader_lock(struct rw_arg *a)
{
	if (a->sem)
		down_read(&a->locks.sem);
	else
		read_lock(&a->locks.rw);
}

static void reader_unlock(struct rw_arg *a)
{
	if (a->sem)
		up_read(&a->locks.sem);
	else
		read_unlock(&a->locks.rw);
}

/*
 * Each reader waits, inside its read section, until the other one has entered
 * too, so both are inside at once: readers that excluded each other would
 * deadlock here.
 */
static void reader_actor(void *arg)
{
	struct rw_arg *a = arg;

	reader_lock(a);
	atomic_inc(&a->readers);
	atomic_inc(&a->entered);
	sched_wait_until(both_readers_entered, a, "other reader", "test");
	atomic_inc(&a->met);
	atomic_dec(&a->readers);
	reader_unlock(a);
}

/* Free mode: the same rendezvous, bounded so that a broken rwlock fails, not hangs. */
static void reader_actor_free(void *arg)
{
	struct rw_arg *a = arg;

	reader_lock(a);
	atomic_inc(&a->readers);
	atomic_inc(&a->entered);
	for (long i = 0; i < 100000000L; i++) {
		if (both_readers_entered(a)) {
			atomic_inc(&a->met);
			break;
		}
		cpu_relax();
	}
	atomic_dec(&a->readers);
	reader_unlock(a);
}

static void writer_actor(void *arg)
{
	struct rw_arg *a = arg;

	for (int i = 0; i < 3; i++) {
		if (a->sem)
			down_write(&a->locks.sem);
		else
			write_lock(&a->locks.rw);
		sched_point("write section");
		if (atomic_read(&a->readers))
			a->writer_saw_readers++;
		if (a->sem)
			up_write(&a->locks.sem);
		else
			write_unlock(&a->locks.rw);
	}
}

static void test_readers_concurrent(void **state)
{
	for (int sem = 0; sem < 2; sem++) {
		for (u64 s = 0; s < NR_SEEDS; s++) {
			struct rw_arg a = { .sem = sem };
			struct sched_actor actors[] = {
				{ "reader0", reader_actor, &a },
				{ "reader1", reader_actor, &a },
				{ "writer", writer_actor, &a },
			};
			struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + s };
			int ret;

			locks_init(&a.locks);
			ret = sched_run(&o, actors, 3, NULL);
			if (ret || atomic_read(&a.met) != 2 || a.writer_saw_readers)
				fail_msg("%s seed %llu: ret %d, readers met %d, writer saw %d",
					 sem ? "rwsem" : "rwlock",
					 (unsigned long long)(base_seed + s), ret,
					 atomic_read(&a.met), a.writer_saw_readers);
		}
	}
}

/* Free mode: the same two-readers rendezvous, on real threads. */
static void test_readers_concurrent_free(void **state)
{
	for (int sem = 0; sem < 2; sem++) {
		struct rw_arg a = { .sem = sem };
		struct sched_actor actors[] = {
			{ "reader0", reader_actor_free, &a },
			{ "reader1", reader_actor_free, &a },
		};
		struct sched_opts o = { .mode = SCHED_MODE_FREE };

		locks_init(&a.locks);
		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
		assert_int_equal(atomic_read(&a.met), 2);
	}
}

/* A writer that excluded the other reader would deadlock the rendezvous. */
static void writer_then_reader_actor(void *arg)
{
	struct rw_arg *a = arg;

	down_write(&a->locks.sem);
	atomic_inc(&a->entered);
	sched_wait_until(both_readers_entered, a, "other reader", "test");
	up_write(&a->locks.sem);
}

static void test_writer_excludes_reader(void **state)
{
	struct rw_arg a = { .sem = true };
	struct sched_actor actors[] = {
		{ "writer", writer_then_reader_actor, &a },
		{ "reader", reader_actor, &a },
	};
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;

	locks_init(&a.locks);
	assert_int_equal(sched_run(&o, actors, 2, &res), -EDEADLK);
	assert_int_equal(res.status, SCHED_DEADLOCK);
	sched_result_destroy(&res);
}

/* ---- trylock ---- */

static void test_trylock(void **state)
{
	struct locks l;

	locks_init(&l);
	assert_int_equal(spin_trylock(&l.spin), 1);
	assert_true(spin_is_locked(&l.spin));
	assert_int_equal(spin_trylock(&l.spin), 0);
	spin_unlock(&l.spin);
	assert_false(spin_is_locked(&l.spin));

	assert_int_equal(mutex_trylock(&l.mutex), 1);
	assert_true(mutex_is_locked(&l.mutex));
	assert_int_equal(mutex_trylock(&l.mutex), 0);
	mutex_unlock(&l.mutex);
	assert_false(mutex_is_locked(&l.mutex));

	assert_int_equal(read_trylock(&l.rw), 1);
	assert_int_equal(write_trylock(&l.rw), 0);
	read_unlock(&l.rw);
	assert_int_equal(write_trylock(&l.rw), 1);
	assert_int_equal(read_trylock(&l.rw), 0);
	assert_int_equal(write_trylock(&l.rw), 0);
	write_unlock(&l.rw);
	assert_false(rwlock_is_locked(&l.rw));

	assert_int_equal(down_read_trylock(&l.sem), 1);
	assert_int_equal(down_write_trylock(&l.sem), 0);
	up_read(&l.sem);
	assert_int_equal(down_write_trylock(&l.sem), 1);
	assert_int_equal(down_read_trylock(&l.sem), 0);
	assert_int_equal(down_write_trylock(&l.sem), 0);
	up_write(&l.sem);
	assert_false(rwsem_is_locked(&l.sem));
	assert_int_equal(current->lockdep_depth, 0);
}

/* A trylock held by another actor fails; the owner is that actor. */
struct held_elsewhere {
	struct locks locks;
	int stage;
	int results[4];
};

static bool stage_is(const void *arg)
{
	const struct held_elsewhere *h = arg;

	return READ_ONCE(h->stage) == 1;
}

static bool stage_done(const void *arg)
{
	const struct held_elsewhere *h = arg;

	return READ_ONCE(h->stage) == 2;
}

static void holder_actor(void *arg)
{
	struct held_elsewhere *h = arg;

	mutex_lock(&h->locks.mutex);
	down_write(&h->locks.sem);
	spin_lock(&h->locks.spin);
	write_lock(&h->locks.rw);
	WRITE_ONCE(h->stage, 1);
	sched_wait_until(stage_done, h, "prober", "test");
	write_unlock(&h->locks.rw);
	spin_unlock(&h->locks.spin);
	up_write(&h->locks.sem);
	mutex_unlock(&h->locks.mutex);
}

static void prober_actor(void *arg)
{
	struct held_elsewhere *h = arg;
	struct task_struct *holder = sched_actor(0);

	sched_wait_until(stage_is, h, "holder", "test");
	h->results[0] = spin_trylock(&h->locks.spin);
	h->results[1] = mutex_trylock(&h->locks.mutex);
	h->results[2] = down_read_trylock(&h->locks.sem) + 2 * down_write_trylock(&h->locks.sem);
	h->results[3] = read_trylock(&h->locks.rw) + 2 * write_trylock(&h->locks.rw);
	if (h->locks.spin.owner != holder || __mutex_owner(&h->locks.mutex) != holder ||
	    h->locks.sem.owner != holder || h->locks.rw.owner != holder)
		h->results[0] = -1;
	WRITE_ONCE(h->stage, 2);
}

static void test_trylock_and_owner_across_actors(void **state)
{
	struct held_elsewhere h = { 0 };
	struct sched_actor actors[] = {
		{ "holder", holder_actor, &h },
		{ "prober", prober_actor, &h },
	};
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed };

	locks_init(&h.locks);
	assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(h.results[i], 0);
	assert_null(h.locks.spin.owner);
	assert_null(__mutex_owner(&h.locks.mutex));
	assert_null(h.locks.sem.owner);
	assert_null(h.locks.rw.owner);
}

/* ---- owner tracking ---- */

static void test_owner_tracking(void **state)
{
	struct locks l;

	locks_init(&l);
	spin_lock(&l.spin);
	assert_ptr_equal(l.spin.owner, current);
	spin_unlock(&l.spin);
	assert_null(l.spin.owner);

	mutex_lock(&l.mutex);
	assert_ptr_equal(__mutex_owner(&l.mutex), current);
	mutex_unlock(&l.mutex);
	assert_null(__mutex_owner(&l.mutex));

	write_lock(&l.rw);
	assert_ptr_equal(l.rw.owner, current);
	assert_true(rwlock_is_write_locked(&l.rw));
	write_unlock(&l.rw);
	assert_null(l.rw.owner);
	read_lock(&l.rw);
	assert_null(l.rw.owner);
	read_unlock(&l.rw);

	down_write(&l.sem);
	assert_ptr_equal(l.sem.owner, current);
	assert_true(rwsem_is_write_locked(&l.sem));
	downgrade_write(&l.sem);
	assert_null(l.sem.owner);
	assert_true(rwsem_is_locked(&l.sem));
	assert_false(rwsem_is_write_locked(&l.sem));
	lockdep_assert_held_read(&l.sem);
	/* a downgraded writer is an ordinary reader: others may join */
	assert_int_equal(down_read_trylock(&l.sem), 1);
	up_read(&l.sem);
	up_read(&l.sem);
	assert_false(rwsem_is_locked(&l.sem));
	assert_int_equal(current->lockdep_depth, 0);
}

/* Releases by a task that does not own the lock are reported and change nothing. */
static void wrong_unlock_actor(void *arg)
{
	struct held_elsewhere *h = arg;

	sched_wait_until(stage_is, h, "holder", "test");
	spin_unlock(&h->locks.spin);
	mutex_unlock(&h->locks.mutex);
	up_write(&h->locks.sem);
	write_unlock(&h->locks.rw);
	downgrade_write(&h->locks.sem);
	/* still held by the holder */
	h->results[0] = spin_is_locked(&h->locks.spin) + mutex_is_locked(&h->locks.mutex) +
			rwsem_is_write_locked(&h->locks.sem) + rwlock_is_write_locked(&h->locks.rw);
	WRITE_ONCE(h->stage, 2);
}

static void test_unlock_by_non_owner_reported(void **state)
{
	struct held_elsewhere h = { 0 };
	struct sched_actor actors[] = {
		{ "holder", holder_actor, &h },
		{ "thief", wrong_unlock_actor, &h },
	};
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;
	unsigned long before = violations_reported();

	locks_init(&h.locks);
	assert_int_equal(sched_run(&o, actors, 2, &res), -EFAULT);
	assert_int_equal(res.violations, 5);
	assert_int_equal(violations_reported(), before + 5);
	assert_string_equal(res.first_violation, "locking: spin_unlock: wrong owner");
	assert_int_equal(h.results[0], 4);
	sched_result_destroy(&res);
}

static void test_unlock_of_unlocked_reported(void **state)
{
	struct locks l;
	unsigned long before = violations_reported();

	locks_init(&l);
	spin_unlock(&l.spin);
	mutex_unlock(&l.mutex);
	up_write(&l.sem);
	up_read(&l.sem);
	write_unlock(&l.rw);
	read_unlock(&l.rw);
	assert_int_equal(violations_reported(), before + 6);
	assert_false(rwsem_is_locked(&l.sem));
	assert_false(rwlock_is_locked(&l.rw));
	assert_int_equal(current->lockdep_depth, 0);
}

/* ---- assertions ---- */

static void test_lockdep_assert_held(void **state)
{
	struct locks l;
	unsigned long before;

	locks_init(&l);
	before = violations_reported();
	mutex_lock(&l.mutex);
	down_read(&l.sem);
	spin_lock(&l.spin);
	write_lock(&l.rw);
	lockdep_assert_held(&l.spin);
	lockdep_assert_held(&l.mutex);
	lockdep_assert_held(&l.sem);
	lockdep_assert_held_read(&l.sem);
	lockdep_assert_held_write(&l.rw);
	lockdep_assert_held_write(&l.mutex);
	assert_spin_locked(&l.spin);
	assert_int_equal(violations_reported(), before);

	lockdep_assert_held_write(&l.sem);	/* held for read only */
	lockdep_assert_held_read(&l.rw);	/* held for write only */
	lockdep_assert_not_held(&l.mutex);
	assert_int_equal(violations_reported(), before + 3);

	write_unlock(&l.rw);
	spin_unlock(&l.spin);
	up_read(&l.sem);
	mutex_unlock(&l.mutex);
	before = violations_reported();
	lockdep_assert_held(&l.spin);
	lockdep_assert_held(&l.mutex);
	lockdep_assert_held(&l.sem);
	lockdep_assert_held(&l.rw);
	assert_spin_locked(&l.spin);
	assert_int_equal(violations_reported(), before + 5);
	lockdep_assert_not_held(&l.mutex);
	assert_int_equal(violations_reported(), before + 5);
}

/* Held by another actor is not held by me. */
static void assert_actor(void *arg)
{
	struct held_elsewhere *h = arg;

	sched_wait_until(stage_is, h, "holder", "test");
	lockdep_assert_held(&h->locks.mutex);
	lockdep_assert_not_held(&h->locks.mutex);
	WRITE_ONCE(h->stage, 2);
}

static void test_lockdep_assert_held_per_task(void **state)
{
	struct held_elsewhere h = { 0 };
	struct sched_actor actors[] = {
		{ "holder", holder_actor, &h },
		{ "asserter", assert_actor, &h },
	};
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;

	locks_init(&h.locks);
	assert_int_equal(sched_run(&o, actors, 2, &res), -EFAULT);
	assert_int_equal(res.violations, 1);
	assert_string_equal(res.first_violation, "lockdep: lockdep_assert_held(&h->locks.mutex)");
	sched_result_destroy(&res);
}

/* ---- self-deadlock ---- */

static void self_deadlock_actor(void *arg)
{
	struct locks *l = arg;

	mutex_lock(&l->mutex);
	mutex_lock(&l->mutex);
	mutex_unlock(&l->mutex);
}

static void test_self_deadlock_is_a_bug(void **state)
{
	struct locks l;
	struct sched_actor a = { "recursor", self_deadlock_actor, &l };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;

	locks_init(&l);
	assert_int_equal(sched_run(&o, &a, 1, &res), -EFAULT);
	assert_int_equal(res.status, SCHED_BUG);
	/* lockdep's recursive-locking report comes first, then the deadlock BUG */
	assert_int_equal(res.violations, 2);
	assert_string_equal(res.first_violation, "lockdep: possible recursive locking");
	sched_result_destroy(&res);
}

/* ---- static initialisers ---- */

static DEFINE_SPINLOCK(static_spin);
static DEFINE_RWLOCK(static_rw);
static DEFINE_MUTEX(static_mutex);
static DECLARE_RWSEM(static_sem);

static void test_static_locks(void **state)
{
	unsigned long before = violations_reported();

	mutex_lock(&static_mutex);
	down_write(&static_sem);
	spin_lock(&static_spin);
	write_lock(&static_rw);
	assert_string_equal(static_spin.dep_map.name, "static_spin");
	assert_string_equal(static_mutex.dep_map.name, "static_mutex");
	lockdep_assert_held(&static_spin);
	lockdep_assert_held_write(&static_rw);
	lockdep_assert_held(&static_mutex);
	lockdep_assert_held_write(&static_sem);
	write_unlock(&static_rw);
	spin_unlock(&static_spin);
	up_write(&static_sem);
	mutex_unlock(&static_mutex);
	assert_int_equal(violations_reported(), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mutual_exclusion_free),
		cmocka_unit_test(test_mutual_exclusion_det),
		cmocka_unit_test(test_mutual_exclusion_detects_lost_update),
		cmocka_unit_test(test_readers_concurrent),
		cmocka_unit_test(test_readers_concurrent_free),
		cmocka_unit_test(test_writer_excludes_reader),
		cmocka_unit_test(test_trylock),
		cmocka_unit_test(test_trylock_and_owner_across_actors),
		cmocka_unit_test(test_owner_tracking),
		cmocka_unit_test(test_unlock_by_non_owner_reported),
		cmocka_unit_test(test_unlock_of_unlocked_reported),
		cmocka_unit_test(test_lockdep_assert_held),
		cmocka_unit_test(test_lockdep_assert_held_per_task),
		cmocka_unit_test(test_self_deadlock_is_a_bug),
		cmocka_unit_test(test_static_locks),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("locking_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
