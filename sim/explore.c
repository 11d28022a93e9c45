// SPDX-License-Identifier: GPL-2.0
/*
 * The explorer's campaign loop (no kernel counterpart; see sim/explore.h).
 *
 * Seeds are the unit of work: execution number k of a campaign uses seed
 * base + k * nr_shards + shard for both its program and its schedule, so a
 * campaign splits over machines by --shard and over threads by --jobs without
 * changing which executions run.  Each job is an OS thread running its own
 * worlds (pfn space, fd table, deterministic scheduler): only the statistics,
 * the signature table and the output are shared, under one mutex.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <linux/atomic.h>

#include "sim/explore.h"
#include "sim/html.h"
#include "sim/json.h"
#include "sim/known.h"
#include "sim/replay.h"
#include "sim/trace.h"

#define EXPLORE_MAX_SIGS 256

struct campaign {
	const struct explore_opts *o;
	struct explore_stats *st;
	u64 next;			/* next execution number; under lock */
	u64 t0;
	u64 last_progress;
	bool stop;
	int error;			/* an execution's world could not be built (-errno) */
	pthread_mutex_t lock;		/* a plain mutex: the campaign is not the model */
	char *sigs[EXPLORE_MAX_SIGS];
	unsigned int nr_sigs;
	char *scenario;			/* --scenario file text, or NULL */
};

static u64 now_ns(void)
{
	struct timespec ts;

	/* Campaign time limits and rates only; never a model decision. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

void explore_signature(const char *first_violation, char *buf, size_t len)
{
	size_t n = 0;

	/* Numbers (gfns, pfns, counts; decimal or hex) vary between instances of one bug. */
	for (const char *p = first_violation; *p && n + 1 < len; p++) {
		if (*p >= '0' && *p <= '9') {
			while (p[1] && strchr("0123456789abcdefABCDEFxX", p[1]))
				p++;
			buf[n++] = '#';
			continue;
		}
		buf[n++] = *p;
	}
	buf[n] = '\0';
}

/* ---- interleaving coverage ---------------------------------------------------- */

static const char *const op_kind_names[] = {
	[EOP_ACCESS_PRIVATE] = "access-private",
	[EOP_ACCESS_SHARED] = "access-shared",
	[EOP_CONVERT] = "convert",
	[EOP_PUNCH] = "punch",
	[EOP_ALLOCATE] = "allocate",
	[EOP_MEMSLOT] = "memslot",
	[EOP_NOTIFIER] = "notifier",
	[EOP_HWPOISON] = "hwpoison",
	[EOP_GMEM_CLOSE] = "gmem-close",
	[EOP_PRE_FAULT] = "pre-fault",
};
_Static_assert(ARRAY_SIZE(op_kind_names) == EOP_NR, "op_kind_names");

static int op_kind(const struct trace_stmt *st)
{
	int mode = trace_param_index(st->op, "mode"), priv;

	switch (st->op) {
	case TOP_READ:
	case TOP_WRITE:
	case TOP_EXEC:
		priv = trace_param_index(st->op, "private");
		return trace_has(st, priv) ? EOP_ACCESS_PRIVATE : EOP_ACCESS_SHARED;
	case TOP_SET_MEMORY_ATTRIBUTES:
		return EOP_CONVERT;
	case TOP_GMEM_FALLOCATE:
		return trace_has(st, mode) && (st->val[mode] & 2) ? EOP_PUNCH : EOP_ALLOCATE;
	case TOP_SET_MEMORY_REGION:
		return EOP_MEMSLOT;
	case TOP_MADVISE:
	case TOP_MPROTECT:
	case TOP_MUNMAP:
		return EOP_NOTIFIER;
	case TOP_HWPOISON:
		return EOP_HWPOISON;
	case TOP_GMEM_CLOSE:
		return EOP_GMEM_CLOSE;
	case TOP_PRE_FAULT:
		return EOP_PRE_FAULT;
	default:
		return -1;
	}
}

/* Pairs whose order decides what the kernel must guarantee (3.8). */
static bool conflicting(int a, int b)
{
	bool acc_a = a <= EOP_ACCESS_SHARED || a == EOP_PRE_FAULT;
	bool acc_b = b <= EOP_ACCESS_SHARED || b == EOP_PRE_FAULT;

	return acc_a != acc_b;
}

#define EXPLORE_MAX_SPANS 128

struct spans {
	unsigned int nr;
	struct {
		int kind, actor;
		u64 first, last;
	} s[EXPLORE_MAX_SPANS];
};

static void record_span(void *arg, const struct trace_stmt *st, u64 first, u64 last)
{
	struct spans *sp = arg;
	int kind = op_kind(st);

	if (kind < 0 || sp->nr == EXPLORE_MAX_SPANS)
		return;
	sp->s[sp->nr].kind = kind;
	sp->s[sp->nr].actor = st->actor;
	sp->s[sp->nr].first = first;
	sp->s[sp->nr].last = last;
	sp->nr++;
}

static void spans_to_coverage(const struct spans *sp, struct explore_coverage *cov)
{
	for (unsigned int i = 0; i < sp->nr; i++) {
		for (unsigned int j = 0; j < sp->nr; j++) {
			int a = sp->s[i].kind, b = sp->s[j].kind;

			if (sp->s[i].actor == sp->s[j].actor || !conflicting(a, b))
				continue;
			if (sp->s[i].last <= sp->s[j].first)
				cov->seen[a][b] |= 1;	/* a completed before b began */
			else if (sp->s[i].first < sp->s[j].last)
				cov->seen[a][b] |= 2;	/* they overlapped */
		}
	}
}

void explore_print_coverage(const struct explore_coverage *cov, FILE *f)
{
	unsigned int pairs = 0, both = 0;

	fprintf(f, "interleaving coverage (access vs world operation: A<B, B<A, overlap):\n");
	for (int a = 0; a < EOP_NR; a++) {
		for (int b = a + 1; b < EOP_NR; b++) {
			bool ab, ba, ov;

			if (!conflicting(a, b))
				continue;
			ab = cov->seen[a][b] & 1;
			ba = cov->seen[b][a] & 1;
			ov = (cov->seen[a][b] | cov->seen[b][a]) & 2;
			pairs++;
			both += ab && ba;
			fprintf(f, "  %-15s %-11s %s %s %s%s\n", op_kind_names[a], op_kind_names[b],
				ab ? "A<B" : "---", ba ? "B<A" : "---", ov ? "overlap" : "-------",
				ab && ba ? "" : "   (one order only)");
		}
	}
	fprintf(f, "explore: coverage %u/%u conflicting pairs seen in both orders\n", both, pairs);
}

/* ---- one execution ----------------------------------------------------------------- */

static enum sched_strategy strategy_of(const struct explore_opts *o, u64 k)
{
	if (o->strategy >= 0)
		return (enum sched_strategy)o->strategy;
	return k % 2 ? SCHED_STRATEGY_PCT : SCHED_STRATEGY_RANDOM;
}

static bool sig_is_new(struct campaign *c, const char *sig)
{
	for (unsigned int i = 0; i < c->nr_sigs; i++)
		if (!strcmp(c->sigs[i], sig))
			return false;
	if (c->nr_sigs < EXPLORE_MAX_SIGS)
		c->sigs[c->nr_sigs++] = strdup(sig);
	return true;
}

/* Create @dir if it is missing and check that files can be made in it: 0 or -errno. */
static int prepare_dir(const char *dir)
{
	char probe[4096];
	struct stat sb;
	int fd;

	if (!dir)
		return 0;
	if (mkdir(dir, 0755) && errno != EEXIST) {
		fprintf(stderr, "explore: cannot create %s: %s\n", dir, strerror(errno));
		return -errno;
	}
	if (stat(dir, &sb) || !S_ISDIR(sb.st_mode)) {
		fprintf(stderr, "explore: %s is not a directory\n", dir);
		return -ENOTDIR;
	}
	/* A file made and removed: permissions alone say nothing for root or a read-only mount. */
	snprintf(probe, sizeof(probe), "%s/.gmemsim-probe-XXXXXX", dir);
	fd = mkstemp(probe);
	if (fd < 0) {
		fprintf(stderr, "explore: cannot write into %s: %s\n", dir, strerror(errno));
		return -errno;
	}
	close(fd);
	unlink(probe);
	return 0;
}

/* The picture of failure @path as DIR/NAME.html (the knobs it needs are on). */
static void write_html(const char *dir, const char *path, bool json)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char html[512], err[512];
	struct trace t;

	snprintf(html, sizeof(html), "%s/%.*s.html", dir, (int)(strlen(base) - 4), base);
	if (trace_parse_file(path, &t, err, sizeof(err))) {
		fprintf(stderr, "explore: cannot draw %s: %s\n", path, err);
		return;
	}
	if (html_write_file(&t, html, err, sizeof(err))) {
		fprintf(stderr, "explore: cannot draw %s: %s\n", path, err);
	} else if (json) {
		printf("{\"event\":\"picture\",\"trace\":");
		json_put_string(stdout, path);
		printf(",\"html\":");
		json_put_string(stdout, html);
		printf("}\n");
	} else {
		printf("explore: picture %s\n", html);
	}
	trace_destroy(&t);
}

static void write_failure(struct campaign *c, const char *sig, const char *text, u64 seed,
			  const char *first)
{
	const struct explore_opts *o = c->o;
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/gmemsim-failure-%u-%llu.gms",
		 o->out_dir ? o->out_dir : ".", c->nr_sigs, (unsigned long long)seed);
	f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "explore: cannot write %s\n", path);
		return;
	}
	/* The trace's run line names knobs, seed, strategy and schedule: it replays alone. */
	fputs(text, f);
	fclose(f);
	if (o->json) {
		char replay[600];

		snprintf(replay, sizeof(replay), "gmemsim replay %s", path);
		printf("{\"event\":\"violation\",\"signature\":");
		json_put_string(stdout, sig);
		printf(",\"first\":");
		json_put_string(stdout, first);
		printf(",\"seed\":%llu,\"trace\":", (unsigned long long)seed);
		json_put_string(stdout, path);
		printf(",\"replay\":");
		json_put_string(stdout, replay);
		printf("}\n");
	} else {
		printf("explore: violation %s\n  seed %llu, shrunk trace %s\n"
		       "  replay: gmemsim replay %s\n",
		       first, (unsigned long long)seed, path, path);
	}
	if (o->html_dir)
		write_html(o->html_dir, path, o->json);
	fflush(stdout);
}

static void run_one(struct campaign *c, u64 k, struct explore_coverage *cov)
{
	const struct explore_opts *o = c->o;
	u64 seed = o->seed + k * o->nr_shards + o->shard;
	enum sched_strategy strat = strategy_of(o, k);
	char *text = c->scenario ? strdup(c->scenario) : explore_generate(o->family, seed, o->size, o->profile);
	struct replay_opts ro = {
		.mode = REPLAY_DET, .mode_set = true, .seed = seed, .seed_set = true,
		.strategy = strat, .strategy_set = true, .pct_depth = o->pct_depth,
		.check_every = o->check_every, .quiet = true, .full_checks = o->full_checks,
		.max_steps = o->max_steps,
	};
	struct spans *sp = calloc(1, sizeof(*sp));
	struct replay_result res;
	struct trace t;
	char err[256], sig[256];
	char *shrunk = NULL;
	bool failed, budget;
	int known = -1, ret;

	if (!text || !sp || trace_parse_string("explore", text, &t, err, sizeof(err))) {
		fprintf(stderr, "explore: generated program does not parse: %s\n", err);
		free(text);
		free(sp);
		return;
	}
	ro.on_stmt = record_span;
	ro.on_stmt_arg = sp;
	ret = replay_trace(&t, &ro, &res, err, sizeof(err));
	if (ret) {
		fprintf(stderr, "explore: seed %llu: %s\n", (unsigned long long)seed, err);
		/* A world that does not fit will not fit the next time either. */
		pthread_mutex_lock(&c->lock);
		if (!c->error)
			c->error = ret;
		c->stop = true;
		pthread_mutex_unlock(&c->lock);
		goto out;
	}
	spans_to_coverage(sp, cov);
	/* Stopped at a budget (steps or memory) with nothing wrong before: counted apart. */
	budget = res.status == SCHED_BUDGET && !res.violations;
	failed = !res.passed && !budget;
	if (failed && o->known)
		known = known_match(o->known, res.first_violation, res.first_message);
	if (known >= 0) {
		failed = false;
	} else if (failed) {
		explore_signature(res.first_violation[0] ? res.first_violation : "unknown", sig,
				  sizeof(sig));
		pthread_mutex_lock(&c->lock);
		bool fresh = sig_is_new(c, sig);
		pthread_mutex_unlock(&c->lock);
		if (fresh && o->shrink)
			shrunk = explore_shrink(text, seed, strat, o->pct_depth, &res.preempts,
						res.first_violation, o->check_every);
		if (fresh && !shrunk)
			shrunk = explore_annotate(text, seed, &res.preempts, res.steps,
						  res.first_violation);
	}
	pthread_mutex_lock(&c->lock);
	c->st->executions++;
	c->st->steps += res.steps;
	c->st->budget_stops += budget;
	if (known >= 0) {
		c->st->known++;
		if (known < EXPLORE_MAX_KNOWN)
			c->st->known_by[known]++;
	}
	if (failed) {
		c->st->violations++;
		if (!c->st->first_found_exec) {
			c->st->first_found_exec = k + 1;
			c->st->first_found_seconds = (now_ns() - c->t0) / 1e9;
		}
		if (shrunk) {
			c->st->distinct++;
			write_failure(c, sig, shrunk, seed, res.first_violation);
			if (o->stop_after && c->st->distinct >= o->stop_after)
				c->stop = true;
		}
	}
	pthread_mutex_unlock(&c->lock);
	replay_result_destroy(&res);
out:
	trace_destroy(&t);
	free(shrunk);
	free(text);
	free(sp);
}

static void progress(struct campaign *c, bool final)
{
	const struct explore_opts *o = c->o;
	u64 now = now_ns();
	double secs = (now - c->t0) / 1e9;
	double rate = secs > 0 ? c->st->executions / secs : 0;
	char eta[32] = "";

	if (!o->progress || (!final && now - c->last_progress < 250000000ull))
		return;
	c->last_progress = now;
	if (o->iterations && rate > 0)
		snprintf(eta, sizeof(eta), ", ETA %.0fs",
			 (o->iterations - c->st->executions) / rate);
	else if (o->seconds)
		snprintf(eta, sizeof(eta), ", ETA %.0fs", o->seconds > secs ? o->seconds - secs : 0);
	fprintf(stderr, "\rexplore: %llu execs (%.0f/s), %.1f M steps, %llu violations (%llu distinct)%s   %s",
		(unsigned long long)c->st->executions, rate, c->st->steps / 1e6,
		(unsigned long long)c->st->violations, (unsigned long long)c->st->distinct, eta,
		final ? "\n" : "");
}

/* Set from a signal handler: a lock-free atomic, nothing else. */
static int explore_interrupted;

void explore_interrupt(void)
{
	__atomic_store_n(&explore_interrupted, 1, __ATOMIC_RELAXED);
}

static void *job(void *arg)
{
	struct campaign *c = arg;
	const struct explore_opts *o = c->o;
	struct explore_coverage cov = { 0 };

	for (;;) {
		u64 k;
		bool over;

		pthread_mutex_lock(&c->lock);
		k = c->next++;
		over = c->stop || __atomic_load_n(&explore_interrupted, __ATOMIC_RELAXED) ||
		       (o->iterations && k >= o->iterations) ||
		       (o->seconds && (now_ns() - c->t0) / 1e9 >= o->seconds);
		if (!over)
			progress(c, false);
		pthread_mutex_unlock(&c->lock);
		if (over)
			break;
		run_one(c, k, &cov);
	}
	pthread_mutex_lock(&c->lock);
	for (int a = 0; a < EOP_NR; a++)
		for (int b = 0; b < EOP_NR; b++)
			c->st->cov.seen[a][b] |= cov.seen[a][b];
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL;
	size_t len = 0;

	if (!f)
		return NULL;
	if (getdelim(&buf, &len, '\0', f) < 0) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

int explore_run(const struct explore_opts *o, struct explore_stats *st)
{
	struct campaign c = { .o = o, .st = st };
	pthread_t threads[64];
	unsigned int jobs = o->jobs ? o->jobs : 1, started = 0;
	int ret = 0;

	if (jobs > ARRAY_SIZE(threads) || !o->nr_shards || o->shard >= o->nr_shards)
		return -EINVAL;
	memset(st, 0, sizeof(*st));
	if (o->scenario_file) {
		struct trace t;
		char err[256];

		c.scenario = read_file(o->scenario_file);
		if (!c.scenario)
			return -ENOENT;
		if (trace_parse_string(o->scenario_file, c.scenario, &t, err, sizeof(err))) {
			fprintf(stderr, "%s\n", err);
			free(c.scenario);
			return -EINVAL;
		}
		trace_destroy(&t);
	}
	/* Where failures go must work before the first one is found, not after. */
	ret = prepare_dir(o->out_dir);
	if (!ret)
		ret = prepare_dir(o->html_dir);
	if (ret) {
		free(c.scenario);
		return ret;
	}
	pthread_mutex_init(&c.lock, NULL);
	__atomic_store_n(&explore_interrupted, 0, __ATOMIC_RELAXED);
	c.t0 = now_ns();
	if (jobs == 1) {
		job(&c);
	} else {
		for (; started < jobs; started++)
			if (pthread_create(&threads[started], NULL, job, &c))
				break;
		for (unsigned int i = 0; i < started; i++)
			pthread_join(threads[i], NULL);
		if (started < jobs)
			ret = -EAGAIN;
	}
	if (!ret)
		ret = c.error;
	st->seconds = (now_ns() - c.t0) / 1e9;
	st->interrupted = __atomic_load_n(&explore_interrupted, __ATOMIC_RELAXED);
	progress(&c, true);
	pthread_mutex_destroy(&c.lock);
	for (unsigned int i = 0; i < c.nr_sigs; i++)
		free(c.sigs[i]);
	free(c.scenario);
	return ret;
}
