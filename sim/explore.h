/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The explorer (no kernel counterpart): property tests on conversion races.
 *
 * Each execution is a random concurrent program (a trace, generated from a
 * scenario family and a seed) run under the deterministic scheduler with
 * invariants at every scheduling point.  A violation is shrunk (schedule, then
 * program, then schedule again), written out as a trace that replays it, and
 * de-duplicated by its signature.
 */
#ifndef _GMEMSIM_SIM_EXPLORE_H
#define _GMEMSIM_SIM_EXPLORE_H

#include <stdio.h>

#include <linux/sched.h>

enum explore_family {
	FAM_CONVERSION,
	FAM_PUNCH_VS_FAULT,
	FAM_MEMSLOT_VS_FAULT,
	FAM_NOTIFIER_VS_FAULT,
	FAM_MIXED,
	FAM_NR,
	FAM_ALL = FAM_NR,	/* rotate through every family */
};

const char *explore_family_name(enum explore_family f);
int explore_family_parse(const char *name, enum explore_family *f);

/* Program sizes: small programs run about 200 scheduling steps. */
enum explore_size {
	EXPLORE_NORMAL,
	EXPLORE_SMALL,
};

struct kvm_host_profile;

/*
 * Generate the program for (@family, @seed, @size) as trace text into a
 * malloc()ed buffer, for the host @host (NULL: the default profile, and no
 * profile= in the text).  Same inputs, same text.
 */
char *explore_generate(enum explore_family family, u64 seed, enum explore_size size,
		       const struct kvm_host_profile *host);

/* Kinds of operation, for interleaving coverage. */
enum explore_op_kind {
	EOP_ACCESS_PRIVATE,
	EOP_ACCESS_SHARED,
	EOP_CONVERT,
	EOP_PUNCH,
	EOP_ALLOCATE,
	EOP_MEMSLOT,
	EOP_NOTIFIER,
	EOP_HWPOISON,
	EOP_GMEM_CLOSE,
	EOP_PRE_FAULT,
	EOP_NR,
};

/* Both orders of a conflicting pair seen?  [a][b] bit 0: a before b, bit 1: overlap. */
struct explore_coverage {
	u8 seen[EOP_NR][EOP_NR];
};

struct known_list;

struct explore_opts {
	enum explore_family family;
	enum explore_size size;
	const char *scenario_file;	/* a trace whose events are the program instead */
	u64 seed;
	u64 iterations;			/* 0: until --time runs out */
	double seconds;			/* 0: no time limit */
	unsigned int jobs;		/* OS threads (independent explorations) */
	unsigned int shard, nr_shards;	/* this campaign's seeds: seed % nr_shards == shard */
	int strategy;			/* -1: alternate random and PCT */
	unsigned int pct_depth;
	unsigned int check_every;
	const char *out_dir;		/* where shrunk failures are written */
	const char *html_dir;		/* and their pictures (sim/html.h), or NULL */
	bool json;			/* JSON lines on stdout */
	bool progress;			/* a progress line on stderr */
	bool shrink;
	bool full_checks;		/* replay_opts.full_checks for every execution */
	u64 stop_after;			/* stop after this many distinct violations (0: never) */
	u64 max_steps;			/* replay_opts.max_steps of every execution (0: default) */
	/* Violations counted apart, not written (sim/known.h); NULL: none. */
	const struct known_list *known;
	/* The host the programs run on (--profile); NULL: the default. */
	const struct kvm_host_profile *profile;
};

#define EXPLORE_MAX_KNOWN 32

struct explore_stats {
	u64 executions;
	u64 steps;
	u64 violations;			/* executions that failed, less the known */
	u64 known;			/* executions whose violation is a known finding */
	u64 budget_stops;		/* executions stopped at a step or memory budget */
	u64 known_by[EXPLORE_MAX_KNOWN];	/* per finding of opts.known */
	u64 distinct;			/* distinct signatures */
	u64 first_found_exec;		/* executions before the first violation (1-based) */
	double first_found_seconds;
	double seconds;
	bool interrupted;		/* explore_interrupt() ended it */
	struct explore_coverage cov;
};

/*
 * Async-signal-safe: the running campaign starts no new execution, lets the
 * ones under way finish (their failures are written) and returns its
 * statistics with interrupted set.
 */
void explore_interrupt(void);

/* Run a campaign; 0 or -errno.  Prints reports per @o; fills @st. */
int explore_run(const struct explore_opts *o, struct explore_stats *st);

/*
 * Shrink a failing execution of @text (seed, and its schedule in preemption
 * form, which the sticky strategy follows bit for bit; @strategy found it) to
 * a small trace text that still fails with the same kind; the result embeds
 * its run line and expect_violation.  NULL if the failure does not reproduce.
 */
char *explore_shrink(const char *text, u64 seed, enum sched_strategy strategy,
		     unsigned int pct_depth, const struct sched_preempts *pre,
		     const char *kind, unsigned int check_every);

/* The failing execution as it is (@steps long), with its run line and expect_violation. */
char *explore_annotate(const char *text, u64 seed, const struct sched_preempts *pre, u64 steps,
		       const char *first_violation);

/* The signature of a violation: its "kind: condition", numbers stripped. */
void explore_signature(const char *first_violation, char *buf, size_t len);

void explore_print_coverage(const struct explore_coverage *cov, FILE *f);

#endif /* _GMEMSIM_SIM_EXPLORE_H */
