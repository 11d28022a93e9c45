// SPDX-License-Identifier: GPL-2.0
/*
 * SRCU (kernel/rcu/srcu.c): synchronize_srcu() waits for pre-existing readers
 * and for nobody else (other srcu_structs, RCU), in deterministic and free
 * mode; lockdep catches synchronize_srcu() inside its own read section and
 * the "lock inside the read side, held across synchronize_srcu()" inversion.
 */
/* gmemsim-test-layer: kernel */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/bug.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/srcu.h>

#include "actor_check.h"

static u64 base_seed;

static int det_run(const struct sched_actor *actors, unsigned int nr, u64 seed, bool quiet,
		   struct sched_result *res)
{
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = seed, .quiet = quiet };

	return sched_run(&o, actors, nr, res);
}

/* ---- synchronize_srcu() waits for a reader --------------------------------------- */

struct wait_prog {
	struct srcu_struct *ssp;
	bool expedited;
	int reader_inside;	/* the reader is in its section */
	int writer_done;	/* synchronize_srcu() returned */
	int reader_left;
};

static void wait_reader(void *arg)
{
	struct wait_prog *w = arg;
	int idx = srcu_read_lock(w->ssp);

	WRITE_ONCE(w->reader_inside, 1);
	for (int i = 0; i < 10; i++) {
		sched_point("reader inside");
		/* The writer started its grace period after we entered: it must wait. */
		ACTOR_CHECK(!READ_ONCE(w->writer_done));
	}
	WRITE_ONCE(w->reader_left, 1);
	srcu_read_unlock(w->ssp, idx);
}

static bool reader_is_inside(const void *arg)
{
	const struct wait_prog *w = arg;

	return READ_ONCE(w->reader_inside);
}

static void wait_writer(void *arg)
{
	struct wait_prog *w = arg;

	sched_wait_until(reader_is_inside, w, "test", "reader");
	if (w->expedited)
		synchronize_srcu_expedited(w->ssp);
	else
		synchronize_srcu(w->ssp);
	ACTOR_CHECK(READ_ONCE(w->reader_left));
	WRITE_ONCE(w->writer_done, 1);
}

static void waits_for_reader(bool expedited)
{
	struct srcu_struct ss;

	init_srcu_struct(&ss);
	for (unsigned int i = 0; i < 100; i++) {
		struct wait_prog w = { .ssp = &ss, .expedited = expedited };
		struct sched_actor actors[] = { { "reader", wait_reader, &w },
						{ "writer", wait_writer, &w } };
		unsigned long gp = srcu_batches_completed(&ss);

		assert_int_equal(det_run(actors, 2, base_seed + i, false, NULL), 0);
		assert_int_equal(w.writer_done, 1);
		assert_int_equal(srcu_batches_completed(&ss), gp + 1);
	}
	cleanup_srcu_struct(&ss);
	assert_int_equal(actor_failures, 0);
}

static void test_synchronize_waits_for_reader(void **state)
{
	waits_for_reader(false);
}

static void test_expedited_waits_for_reader(void **state)
{
	waits_for_reader(true);
}

/* With no reader inside, synchronize_srcu() does not block at all. */
static void lone_writer(void *arg)
{
	synchronize_srcu(arg);
	synchronize_srcu(arg);
}

DEFINE_STATIC_SRCU(static_srcu);

static void test_static_srcu_no_readers(void **state)
{
	struct sched_actor actors[] = { { "w", lone_writer, &static_srcu } };

	assert_int_equal(det_run(actors, 1, base_seed, false, NULL), 0);
	assert_int_equal(srcu_batches_completed(&static_srcu), 2);
}

/* ---- independence: a reader of one domain does not hold up another ------------------ */

struct indep_prog {
	struct srcu_struct *a, *b;
	bool writer_uses_rcu;		/* else synchronize_srcu(b) */
	bool reader_uses_rcu;		/* else srcu_read_lock(a) */
	int done;
};

static bool indep_done(const void *arg)
{
	const struct indep_prog *p = arg;

	return READ_ONCE(p->done);
}

/* Stays inside its read section until the writer's grace period has ended. */
static void indep_reader(void *arg)
{
	struct indep_prog *p = arg;
	int idx = 0;

	if (p->reader_uses_rcu) {
		rcu_read_lock();
		while (!READ_ONCE(p->done))
			sched_point("rcu reader waits for the writer");
		rcu_read_unlock();
		return;
	}
	idx = srcu_read_lock(p->a);
	sched_wait_until(indep_done, p, "test", "writer");
	srcu_read_unlock(p->a, idx);
}

static void indep_writer(void *arg)
{
	struct indep_prog *p = arg;

	sched_point("writer starts");
	if (p->writer_uses_rcu)
		synchronize_rcu();
	else
		synchronize_srcu(p->b);
	WRITE_ONCE(p->done, 1);
}

static void test_domains_are_independent(void **state)
{
	struct srcu_struct a, b;
	/* srcu a vs srcu b; srcu a reader vs synchronize_rcu; rcu reader vs srcu b. */
	const bool combos[3][2] = { { false, false }, { true, false }, { false, true } };

	init_srcu_struct(&a);
	init_srcu_struct(&b);
	for (unsigned int c = 0; c < 3; c++) {
		for (unsigned int i = 0; i < 30; i++) {
			struct indep_prog p = { .a = &a, .b = &b, .writer_uses_rcu = combos[c][0],
						.reader_uses_rcu = combos[c][1] };
			struct sched_actor actors[] = { { "reader", indep_reader, &p },
							{ "writer", indep_writer, &p } };

			/* Were the domains entangled, every run would end in a deadlock. */
			assert_int_equal(det_run(actors, 2, base_seed + i, false, NULL), 0);
		}
	}
	cleanup_srcu_struct(&a);
	cleanup_srcu_struct(&b);
}

/* ---- readers never see a freed object ---------------------------------------------- */

#define MAGIC 0x5afe5afe5afe5afeULL
#define POISON 0xdeaddeaddeaddeadULL

struct sobj {
	u64 magic;
	struct sobj *qnext;
};

struct free_prog {
	struct srcu_struct ss;
	struct sobj __rcu *cur;
	pthread_mutex_t qlock;	/* protects quarantine */
	struct sobj *quarantine;
	unsigned long bad;	/* poisoned objects seen; relaxed atomic */
	int writer_done;
};

static void free_reader(void *arg)
{
	struct free_prog *p = arg;

	while (!READ_ONCE(p->writer_done)) {
		int idx = srcu_read_lock(&p->ss);
		struct sobj *o = srcu_dereference(p->cur, &p->ss);

		for (int i = 0; i < 8; i++)
			if (READ_ONCE(o->magic) != MAGIC)
				__atomic_fetch_add(&p->bad, 1, __ATOMIC_RELAXED);
		srcu_read_unlock(&p->ss, idx);
	}
}

static struct sobj *sobj_new(void)
{
	struct sobj *o = kzalloc(sizeof(*o), GFP_KERNEL);

	BUG_ON(!o);
	WRITE_ONCE(o->magic, MAGIC);
	return o;
}

static void free_writer(void *arg)
{
	struct free_prog *p = arg;

	for (int i = 0; i < 500; i++) {
		struct sobj *old = rcu_replace_pointer(p->cur, sobj_new(), true);

		if (i & 1)
			synchronize_srcu(&p->ss);
		else
			synchronize_srcu_expedited(&p->ss);
		WRITE_ONCE(old->magic, POISON);
		pthread_mutex_lock(&p->qlock);	/* protects the quarantine list */
		old->qnext = p->quarantine;
		p->quarantine = old;
		pthread_mutex_unlock(&p->qlock);
	}
	WRITE_ONCE(p->writer_done, 1);
}

/*
 * Deterministic: readers hold the pointer across yields while the writer
 * replaces it several times.  Besides the usual interleavings, the scheduling
 * point between a reader's phase load and its counter increment lets the
 * scheduler delay a reader across a whole flip-and-drain: the case that needs
 * the second flip.
 */
struct det_prog {
	struct srcu_struct *ssp;
	struct sobj __rcu *cur;
	struct sobj *quarantine;	/* one actor runs at a time: no lock */
	unsigned long bad;
};

static void det_reader(void *arg)
{
	struct det_prog *p = arg;

	for (int n = 0; n < 3; n++) {
		int idx = srcu_read_lock(p->ssp);
		struct sobj *o = srcu_dereference(p->cur, p->ssp);

		for (int i = 0; i < 3; i++) {
			sched_point("reader holds o");
			if (READ_ONCE(o->magic) != MAGIC)
				p->bad++;
		}
		srcu_read_unlock(p->ssp, idx);
	}
}

static void det_writer(void *arg)
{
	struct det_prog *p = arg;

	for (int i = 0; i < 4; i++) {
		struct sobj *old = rcu_replace_pointer(p->cur, sobj_new(), true);

		synchronize_srcu(p->ssp);
		WRITE_ONCE(old->magic, POISON);
		old->qnext = p->quarantine;
		p->quarantine = old;
		sched_point("writer between updates");
	}
}

static void test_det_readers(void **state)
{
	struct srcu_struct ss;
	unsigned int caught = 0;
	long live = kmalloc_live();

	init_srcu_struct(&ss);
	for (unsigned int i = 0; i < 300; i++) {
		struct det_prog p = { .ssp = &ss };
		struct sched_actor actors[] = { { "r0", det_reader, &p }, { "r1", det_reader, &p },
						{ "w", det_writer, &p } };
		struct sobj *q, *next;

		RCU_INIT_POINTER(p.cur, sobj_new());
		assert_int_equal(det_run(actors, 3, base_seed + i, false, NULL), 0);
		caught += p.bad != 0;
		for (q = p.quarantine; q; q = next) {
			next = q->qnext;
			kfree(q);
		}
		kfree(rcu_dereference_raw(p.cur));
	}
	cleanup_srcu_struct(&ss);
	print_message("  det: %u/300 seeds saw a freed object\n", caught);
	assert_int_equal(caught, 0);
	assert_int_equal(kmalloc_live(), live);
}

static void test_free_mode_readers(void **state)
{
	static struct free_prog p = { .qlock = PTHREAD_MUTEX_INITIALIZER };
	struct sched_actor actors[] = { { "r0", free_reader, &p }, { "r1", free_reader, &p },
					{ "r2", free_reader, &p }, { "w", free_writer, &p } };
	struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };
	long live = kmalloc_live();
	struct sobj *q, *next;

	init_srcu_struct(&p.ss);
	RCU_INIT_POINTER(p.cur, sobj_new());
	assert_int_equal(sched_run(&o, actors, 4, NULL), 0);
	assert_int_equal(p.bad, 0);
	assert_int_equal(srcu_batches_completed(&p.ss), 500);
	cleanup_srcu_struct(&p.ss);
	for (q = p.quarantine; q; q = next) {
		next = q->qnext;
		kfree(q);
	}
	kfree(rcu_dereference_raw(p.cur));
	assert_int_equal(kmalloc_live(), live);
}

/* ---- lockdep ------------------------------------------------------------------ */

static struct srcu_struct self_srcu;

static void sync_inside_own_reader(void *arg)
{
	int idx = srcu_read_lock(&self_srcu);

	synchronize_srcu(&self_srcu);
	srcu_read_unlock(&self_srcu, idx);
}

static void test_lockdep_sync_in_own_read_section(void **state)
{
	struct sched_actor actors[] = { { "s", sync_inside_own_reader, NULL } };
	unsigned long before = violations_reported();
	struct sched_result res;

	init_srcu_struct(&self_srcu);
	/* Reported, and the run carries on (no self-deadlock). */
	assert_int_equal(det_run(actors, 1, base_seed, true, &res), -EFAULT);
	assert_int_equal(res.status, SCHED_DONE);
	assert_true(res.violations >= 1);
	print_message("  synchronize_srcu in own read section: %lu report(s), first: %s\n",
		      res.violations, res.first_violation);
	sched_result_destroy(&res);
	assert_true(violations_reported() > before);
	cleanup_srcu_struct(&self_srcu);
}

/* Reading another srcu_struct's side is fine: a different lockdep class. */
static struct srcu_struct outer_srcu, inner_srcu;

static void sync_inside_other_reader(void *arg)
{
	int idx = srcu_read_lock(&outer_srcu);

	synchronize_srcu(&inner_srcu);
	srcu_read_unlock(&outer_srcu, idx);
}

static void test_lockdep_sync_in_other_read_section(void **state)
{
	struct sched_actor actors[] = { { "s", sync_inside_other_reader, NULL } };

	init_srcu_struct(&outer_srcu);
	init_srcu_struct(&inner_srcu);
	assert_int_equal(det_run(actors, 1, base_seed, false, NULL), 0);
}

/*
 * The kvm->srcu / slots_lock rule: a mutex taken inside the read side, while
 * another path holds it across synchronize_srcu(), is a deadlock waiting to
 * happen.  Lockdep sees both orders (one actor each, in sequence: no actual
 * deadlock in this schedule) and reports the cycle.
 */
static struct srcu_struct abba_srcu;
static struct mutex abba_lock;

static void abba_updater(void *arg)
{
	mutex_lock(&abba_lock);
	synchronize_srcu(&abba_srcu);
	mutex_unlock(&abba_lock);
}

static void abba_reader(void *arg)
{
	int idx = srcu_read_lock(&abba_srcu);

	mutex_lock(&abba_lock);
	mutex_unlock(&abba_lock);
	srcu_read_unlock(&abba_srcu, idx);
}

static void test_lockdep_mutex_across_synchronize(void **state)
{
	struct sched_actor up[] = { { "updater", abba_updater, NULL } };
	struct sched_actor rd[] = { { "reader", abba_reader, NULL } };
	struct sched_result res;
	unsigned long before = violations_reported();

	init_srcu_struct(&abba_srcu);
	mutex_init(&abba_lock);
	assert_int_equal(det_run(up, 1, base_seed, true, NULL), 0);
	assert_int_equal(det_run(rd, 1, base_seed, true, &res), -EFAULT);
	print_message("  mutex held across synchronize_srcu: %s\n", res.first_violation);
	assert_non_null(strstr(res.first_violation, "lockdep"));
	sched_result_destroy(&res);
	assert_true(violations_reported() > before);
	cleanup_srcu_struct(&abba_srcu);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_synchronize_waits_for_reader),
		cmocka_unit_test(test_expedited_waits_for_reader),
		cmocka_unit_test(test_static_srcu_no_readers),
		cmocka_unit_test(test_domains_are_independent),
		cmocka_unit_test(test_det_readers),
		cmocka_unit_test(test_free_mode_readers),
		cmocka_unit_test(test_lockdep_sync_in_own_read_section),
		cmocka_unit_test(test_lockdep_sync_in_other_read_section),
		cmocka_unit_test(test_lockdep_mutex_across_synchronize),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("srcu_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
