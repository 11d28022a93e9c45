// SPDX-License-Identifier: GPL-2.0
/*
 * RCU (kernel/rcu/tree.c): readers never see a published object freed, in
 * free mode (liburcu) and in deterministic mode (logical grace periods), and
 * with rcu_inject_skip_gp the deterministic test catches the use-after-free.
 * Also call_rcu() order, rcu_barrier(), kfree_rcu() and the lockdep-style
 * checks of rcu_dereference().
 *
 * "Freed" here means poisoned and quarantined: the free path writes POISON into
 * the object and parks it on a list released at the end of the test, so that a
 * planted use-after-free is observed by the reader instead of aborting ASan.
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
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "actor_check.h"

#define MAGIC 0x5afe5afe5afe5afeULL
#define POISON 0xdeaddeaddeaddeadULL

static u64 base_seed;

struct obj {
	u64 magic;		/* MAGIC while live, POISON once "freed" */
	u64 a, b;		/* b == a + 1 in every published version */
	struct rcu_head rcu;
	struct obj *qnext;	/* quarantine link */
};

/* The published pointer. */
static struct obj __rcu *gp;

/* Quarantine: poisoned objects, kept until the test ends. */
static pthread_mutex_t quarantine_lock = PTHREAD_MUTEX_INITIALIZER;
static struct obj *quarantine;
/* Readers that saw POISON (or a torn object); relaxed atomics. */
static unsigned long poison_seen;

static struct obj *obj_new(u64 a)
{
	struct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);

	BUG_ON(!o);
	o->a = a;
	o->b = a + 1;
	WRITE_ONCE(o->magic, MAGIC);
	return o;
}

/* The "free": poison, then quarantine. */
static void obj_poison(struct obj *o)
{
	WRITE_ONCE(o->magic, POISON);
	pthread_mutex_lock(&quarantine_lock);	/* protects the quarantine list */
	o->qnext = quarantine;
	quarantine = o;
	pthread_mutex_unlock(&quarantine_lock);
}

static void obj_poison_rcu(struct rcu_head *head)
{
	obj_poison(container_of(head, struct obj, rcu));
}

static void quarantine_release(void)
{
	struct obj *o, *next;
	struct obj *cur = rcu_dereference_raw(gp);

	for (o = quarantine; o; o = next) {
		next = o->qnext;
		kfree(o);
	}
	quarantine = NULL;
	kfree(cur);
	RCU_INIT_POINTER(gp, NULL);
}

static void reader_check(const struct obj *p)
{
	if (READ_ONCE(p->magic) != MAGIC || READ_ONCE(p->b) != READ_ONCE(p->a) + 1)
		__atomic_fetch_add(&poison_seen, 1, __ATOMIC_RELAXED);
}

/* ---- the test program, shared by both modes ------------------------------------ */

struct rcu_prog {
	int reader_loops;
	int holds;		/* explicit yields while holding the pointer */
	int writer_loops;
	bool use_call_rcu;
};

static void reader_fn(void *arg)
{
	const struct rcu_prog *pr = arg;

	for (int i = 0; i < pr->reader_loops; i++) {
		struct obj *p;

		rcu_read_lock();
		p = rcu_dereference(gp);
		for (int h = 0; h < pr->holds; h++) {
			sched_point("reader holds p");
			reader_check(p);
		}
		reader_check(p);
		rcu_read_unlock();
	}
}

static void writer_fn(void *arg)
{
	const struct rcu_prog *pr = arg;

	for (int i = 0; i < pr->writer_loops; i++) {
		struct obj *n = obj_new((u64)i * 2 + 10);
		struct obj *old = rcu_replace_pointer(gp, n, true);

		if (pr->use_call_rcu) {
			call_rcu(&old->rcu, obj_poison_rcu);
		} else {
			synchronize_rcu();
			obj_poison(old);
		}
	}
	if (pr->use_call_rcu)
		rcu_barrier();
}

static int run_prog(const struct sched_opts *o, const struct rcu_prog *pr, unsigned int readers)
{
	struct sched_actor actors[8];
	struct sched_result res;
	unsigned int i;
	int ret;

	for (i = 0; i < readers; i++)
		actors[i] = (struct sched_actor){ "reader", reader_fn, (void *)pr };
	actors[i++] = (struct sched_actor){ "writer", writer_fn, (void *)pr };
	RCU_INIT_POINTER(gp, obj_new(0));
	ret = sched_run(o, actors, i, &res);
	sched_result_destroy(&res);
	quarantine_release();
	return ret;
}

/* ---- free mode -------------------------------------------------------------- */

static void free_mode(bool use_call_rcu)
{
	struct sched_opts o = { .mode = SCHED_MODE_FREE, .seed = base_seed };
	struct rcu_prog pr = { .reader_loops = 20000, .holds = 2, .writer_loops = 300,
			       .use_call_rcu = use_call_rcu };
	long live = kmalloc_live();

	poison_seen = 0;
	assert_int_equal(run_prog(&o, &pr, 3), 0);
	assert_int_equal(poison_seen, 0);
	assert_int_equal(kmalloc_live(), live);
}

static void test_free_synchronize_rcu(void **state)
{
	free_mode(false);
}

static void test_free_call_rcu(void **state)
{
	free_mode(true);
}

/* ---- deterministic mode ------------------------------------------------------- */

#define DET_SEEDS 200

/* Seeds whose run let a reader observe a poisoned object. */
static unsigned int det_sweep(bool skip_gp, bool use_call_rcu)
{
	struct rcu_prog pr = { .reader_loops = 3, .holds = 3, .writer_loops = 3,
			       .use_call_rcu = use_call_rcu };
	unsigned int caught = 0;

	rcu_inject_skip_gp = skip_gp;
	for (unsigned int i = 0; i < DET_SEEDS; i++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET,
					.strategy = SCHED_STRATEGY_RANDOM,
					.seed = base_seed + i };

		poison_seen = 0;
		assert_int_equal(run_prog(&o, &pr, 2), 0);
		caught += poison_seen != 0;
	}
	rcu_inject_skip_gp = false;
	print_message("  det %s%s: %u/%u seeds saw a freed object\n",
		      use_call_rcu ? "call_rcu" : "synchronize_rcu",
		      skip_gp ? " (rcu_inject_skip_gp)" : "", caught, DET_SEEDS);
	return caught;
}

static void test_det_grace_period(void **state)
{
	long live = kmalloc_live();

	assert_int_equal(det_sweep(false, false), 0);
	assert_int_not_equal(det_sweep(true, false), 0);
	assert_int_equal(kmalloc_live(), live);
}

static void test_det_call_rcu(void **state)
{
	long live = kmalloc_live();

	assert_int_equal(det_sweep(false, true), 0);
	assert_int_not_equal(det_sweep(true, true), 0);
	assert_int_equal(kmalloc_live(), live);
}

/* ---- call_rcu order, rcu_barrier, kfree_rcu ---------------------------------------- */

#define NR_CB 16

struct cb {
	struct rcu_head rcu;
	int nr;
};

static int cb_log[NR_CB];
static int cb_ran;	/* callbacks run so far; relaxed (free mode runs them on liburcu's thread) */

static void cb_fn(struct rcu_head *head)
{
	struct cb *c = container_of(head, struct cb, rcu);
	int slot = __atomic_fetch_add(&cb_ran, 1, __ATOMIC_RELAXED);

	__atomic_store_n(&cb_log[slot], c->nr, __ATOMIC_RELAXED);
}

static struct cb cbs[NR_CB];
/* Set while the holder is inside its read section: a callback must not have run. */
static int holder_inside;

static void cb_queuer(void *arg)
{
	rcu_read_lock();
	for (int i = 0; i < NR_CB; i++) {
		cbs[i].nr = i;
		call_rcu(&cbs[i].rcu, cb_fn);
		sched_point("between call_rcu");
	}
	rcu_read_unlock();
	rcu_barrier();
	/* Every callback queued before rcu_barrier() has run. */
	ACTOR_CHECK(__atomic_load_n(&cb_ran, __ATOMIC_RELAXED) == NR_CB);
}

/* Another reader that entered before the callbacks were queued. */
static void cb_holder(void *arg)
{
	rcu_read_lock();
	WRITE_ONCE(holder_inside, 1);
	for (int i = 0; i < 20; i++)
		sched_point("holder");
	WRITE_ONCE(holder_inside, 0);
	rcu_read_unlock();
}

static void check_order(void)
{
	for (int i = 0; i < NR_CB; i++)
		assert_int_equal(__atomic_load_n(&cb_log[i], __ATOMIC_RELAXED), i);
}

static void test_call_rcu_order_and_barrier(void **state)
{
	struct sched_actor actors[] = { { "queuer", cb_queuer, NULL }, { "holder", cb_holder, NULL } };

	for (unsigned int i = 0; i < 50; i++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + i };
		struct sched_result res;

		cb_ran = 0;
		assert_int_equal(sched_run(&o, actors, 2, &res), 0);
		sched_result_destroy(&res);
		assert_int_equal(cb_ran, NR_CB);
		check_order();
	}
	/* Free mode: from one thread, liburcu runs them in order too. */
	cb_ran = 0;
	for (int i = 0; i < NR_CB; i++) {
		cbs[i].nr = i;
		call_rcu(&cbs[i].rcu, cb_fn);
	}
	rcu_barrier();
	assert_int_equal(__atomic_load_n(&cb_ran, __ATOMIC_RELAXED), NR_CB);
	check_order();
}

/*
 * Deterministic: a callback queued while a reader is inside does not run until
 * that reader has left, whatever the schedule.
 */
static int gp_violations;

static void gp_cb(struct rcu_head *head)
{
	if (READ_ONCE(holder_inside))
		gp_violations++;
	cb_ran++;
}

static struct rcu_head gp_head;

static void gp_queuer(void *arg)
{
	/* Wait until the holder is inside, then queue. */
	while (!READ_ONCE(holder_inside))
		sched_point("wait for holder");
	call_rcu(&gp_head, gp_cb);
	rcu_barrier();
}

static void test_det_callback_waits_for_reader(void **state)
{
	struct sched_actor actors[] = { { "queuer", gp_queuer, NULL }, { "holder", cb_holder, NULL } };

	gp_violations = 0;
	for (unsigned int i = 0; i < 100; i++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + i };

		cb_ran = 0;
		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
		assert_int_equal(cb_ran, 1);
	}
	assert_int_equal(gp_violations, 0);
}

struct kfr {
	long payload[4];
	struct rcu_head rcu;
};

static void kfree_rcu_actor(void *arg)
{
	for (int i = 0; i < 8; i++) {
		struct kfr *k = kmalloc(sizeof(*k), GFP_KERNEL);

		BUG_ON(!k);
		kfree_rcu(k, rcu);
		sched_point("after kfree_rcu");
	}
}

static void test_kfree_rcu(void **state)
{
	struct sched_actor actors[] = { { "a", kfree_rcu_actor, NULL }, { "b", kfree_rcu_actor, NULL } };
	long live = kmalloc_live();

	/* Deterministic: whatever is still queued runs when the run finishes. */
	for (unsigned int i = 0; i < 20; i++) {
		struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed + i };

		assert_int_equal(sched_run(&o, actors, 2, NULL), 0);
		assert_int_equal(kmalloc_live(), live);
	}
	/* Free mode: after rcu_barrier(). */
	kfree_rcu_actor(NULL);
	rcu_barrier();
	assert_int_equal(kmalloc_live(), live);
}

/* ---- nesting and checks ---------------------------------------------------------- */

static int *checked_ptr;

static void nesting_actor(void *arg)
{
	unsigned long seq = current->rcu_read_seq;

	ACTOR_CHECK(!rcu_read_lock_held());
	rcu_read_lock();
	rcu_read_lock();
	ACTOR_CHECK(rcu_read_lock_held());
	ACTOR_CHECK(current->rcu_read_lock_nesting == 2);
	rcu_read_unlock();
	ACTOR_CHECK(rcu_read_lock_held());
	rcu_read_unlock();
	ACTOR_CHECK(!rcu_read_lock_held());
	/* One outermost section: the sequence moved once. */
	ACTOR_CHECK(current->rcu_read_seq == seq + 1);

	/* rcu_dereference() outside a read section: suspicious RCU usage. */
	(void)rcu_dereference(checked_ptr);
	/* rcu_dereference_check() with its condition true: fine. */
	(void)rcu_dereference_check(checked_ptr, true);
}

static void test_nesting_and_lockdep_checks(void **state)
{
	struct sched_actor actors[] = { { "n", nesting_actor, NULL } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;
	unsigned long before = violations_reported();

	assert_int_equal(sched_run(&o, actors, 1, &res), -EFAULT);
	assert_int_equal(res.violations, 1);
	assert_non_null(strstr(res.first_violation, "suspicious RCU usage"));
	sched_result_destroy(&res);
	assert_int_equal(violations_reported(), before + 1);
	/* Free mode (this thread): the same checks, liburcu underneath. */
	o.mode = SCHED_MODE_FREE;
	assert_int_equal(sched_run(&o, actors, 1, NULL), -EFAULT);
}

/* synchronize_rcu() inside a read section: might_sleep() reports it, no deadlock. */
static void sync_in_reader(void *arg)
{
	rcu_read_lock();
	synchronize_rcu();
	rcu_read_unlock();
}

static void test_synchronize_in_read_section(void **state)
{
	struct sched_actor actors[] = { { "s", sync_in_reader, NULL } };
	struct sched_opts o = { .mode = SCHED_MODE_DET, .seed = base_seed, .quiet = true };
	struct sched_result res;

	assert_int_equal(sched_run(&o, actors, 1, &res), -EFAULT);
	assert_int_equal(res.status, SCHED_DONE);
	assert_true(res.violations >= 1);
	sched_result_destroy(&res);
}

static int check_actor_failures(void **state)
{
	return actor_failures ? -1 : 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_synchronize_rcu),
		cmocka_unit_test(test_free_call_rcu),
		cmocka_unit_test(test_det_grace_period),
		cmocka_unit_test(test_det_call_rcu),
		cmocka_unit_test(test_call_rcu_order_and_barrier),
		cmocka_unit_test(test_det_callback_waits_for_reader),
		cmocka_unit_test(test_kfree_rcu),
		cmocka_unit_test(test_nesting_and_lockdep_checks),
		cmocka_unit_test(test_synchronize_in_read_section),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("rcu_test: seed %llu (set GMEMSIM_SEED to change)\n",
		      (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, check_actor_failures);
}
