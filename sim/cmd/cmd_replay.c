// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim replay / check: parse traces, run them, print the summary table (or
 * JSON lines) with the figures of each run.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/bug_inject.h>
#include <linux/candidate_fix.h>
#include <linux/sched.h>

#include "sim/cmd/cmd.h"
#include "sim/html.h"
#include "sim/json.h"
#include "sim/preempt.h"
#include "sim/replay.h"
#include "sim/trace.h"

struct replay_args {
	struct replay_opts o;
	bool all_modes;
	bool json;
	bool list_bugs;		/* --list-bugs: print the knobs and stop */
	bool list_fixes;	/* --list-fixes: print the candidate fixes and stop */
	bool list_profiles;	/* --list-profiles: print the host profiles and stop */
	bool help;		/* --help: print the usage and stop */
	struct sched_schedule schedule;
	struct sched_preempts preempt;
	const char *html;	/* --html OUT.html: the picture of the (one, det) run */
	int first_file;
};

static int bad(const char *fmt, const char *arg)
{
	fprintf(stderr, "gmemsim: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (gmemsim --help)\n");
	return EXIT_BAD_INPUT;
}

static int load_schedule(struct replay_args *a, const char *text)
{
	char *buf = NULL;
	int ret;

	if (text[0] == '@') {
		FILE *f = fopen(text + 1, "r");
		size_t len = 0;

		if (!f)
			return -errno;
		if (getdelim(&buf, &len, '\0', f) < 0) {
			fclose(f);
			free(buf);
			return -EINVAL;
		}
		fclose(f);
		text = buf;
	}
	ret = sched_schedule_parse(&a->schedule, text);
	free(buf);
	return ret;
}

static int parse_args(int argc, char **argv, struct replay_args *a)
{
	int i;

	for (i = 0; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		u64 n;

		if (!strcmp(opt, "--help")) {
			a->help = true;
			return 0;
		}
		if (!strcmp(opt, "--json")) {
			a->json = true;
			continue;
		}
		if (!strcmp(opt, "--quiet")) {
			a->o.quiet = true;
			continue;
		}
		if (!strcmp(opt, "--full-checks")) {
			a->o.full_checks = true;
			continue;
		}
		if (!strcmp(opt, "--list-bugs")) {
			a->list_bugs = true;
			continue;
		}
		if (!strcmp(opt, "--list-fixes")) {
			a->list_fixes = true;
			continue;
		}
		if (!strcmp(opt, "--list-profiles")) {
			a->list_profiles = true;
			continue;
		}
		if (!val)
			return bad("%s needs a value", opt);
		i++;
		if (!strcmp(opt, "--mode")) {
			if (!strcmp(val, "all"))
				a->all_modes = true;
			else if (replay_mode_parse(val, &a->o.mode))
				return bad("unknown mode '%s'", val);
			a->o.mode_set = true;
		} else if (!strcmp(opt, "--seed")) {
			if (cmd_parse_u64(val, &a->o.seed))
				return bad("bad seed '%s'", val);
			a->o.seed_set = true;
		} else if (!strcmp(opt, "--strategy")) {
			if (sched_strategy_parse(val, &a->o.strategy))
				return bad("unknown strategy '%s'", val);
			a->o.strategy_set = true;
		} else if (!strcmp(opt, "--pct-depth")) {
			if (cmd_parse_u64(val, &n) || !n || n > SCHED_MAX_PCT_DEPTH)
				return bad("bad PCT depth '%s' (1..64)", val);
			a->o.pct_depth = (unsigned int)n;
		} else if (!strcmp(opt, "--check-every")) {
			if (cmd_parse_u64(val, &n) || !n || n > SCHED_MAX_CHECK_EVERY)
				return bad("bad --check-every '%s'", val);
			a->o.check_every = (unsigned int)n;
		} else if (!strcmp(opt, "--max-steps")) {
			if (cmd_parse_u64(val, &n) || !n)
				return bad("bad --max-steps '%s'", val);
			a->o.max_steps = n;
		} else if (!strcmp(opt, "--max-memory")) {
			if (cmd_set_max_memory(val))
				return EXIT_BAD_INPUT;
		} else if (!strcmp(opt, "--profile")) {
			if (cmd_parse_profile(val, &a->o.profile))
				return EXIT_BAD_INPUT;
		} else if (!strcmp(opt, "--inject")) {
			/* Process-wide, like a kernel built with the bug (bug-zoo.md). */
			if (bug_inject_enable(val))
				return bad("unknown bug '%s' (gmemsim replay --list-bugs)", val);
		} else if (!strcmp(opt, "--preempt")) {
			char why[128];
			size_t off;

			if (preempt_parse(val, &a->preempt, &off, why, sizeof(why))) {
				fprintf(stderr, "gmemsim: --preempt %s: at offset %zu: %s\n", val, off,
					why);
				return EXIT_BAD_INPUT;
			}
			a->o.preempt = &a->preempt;
		} else if (!strcmp(opt, "--fix")) {
			if (candidate_fix_enable(val))
				return bad("unknown candidate fix '%s' (gmemsim replay --list-fixes)", val);
		} else if (!strcmp(opt, "--html")) {
			a->html = val;
		} else if (!strcmp(opt, "--schedule")) {
			if (load_schedule(a, val))
				return bad("bad schedule '%s' (hex digit pairs, or @FILE)", val);
			a->o.schedule = &a->schedule;
		} else {
			return bad("unknown option '%s'", opt);
		}
	}
	if (a->o.schedule && a->o.preempt)
		return bad("%s", "--schedule and --preempt are two forms of one thing: give one");
	if (i == argc && !a->list_bugs && !a->list_fixes && !a->list_profiles)
		return bad("%s", "no trace file given");
	if (a->html && (argc - i != 1 || a->all_modes ||
			(a->o.mode_set && a->o.mode != REPLAY_DET)))
		return bad("%s", "--html draws one deterministic run: one trace, --mode det");
	a->first_file = i;
	return 0;
}

/*
 * The figures of a run: one table drives both the summary table (columns
 * with a heading) and the JSON object (every key), so they cannot disagree.
 */
struct figure {
	const char *json;
	const char *head;	/* NULL: JSON only */
	int width;
};

enum {
	FIG_EVENTS, FIG_ACCESSES, FIG_TLB_HITS, FIG_WALKS, FIG_FAULTS, FIG_RETRIES,
	FIG_MEMORY_FAULT, FIG_MMIO, FIG_EFAULT, FIG_HWPOISON, FIG_INTERNAL_ERROR,
	FIG_TLB_FLUSHES, FIG_INVALIDATIONS, FIG_CONVERSIONS, FIG_PUNCHES, FIG_CHECKS,
	FIG_STEPS, FIG_DECISIONS, FIG_NR,
};

static const struct figure figures[] = {
	[FIG_EVENTS] = { "events", "events", 7 },
	[FIG_ACCESSES] = { "accesses", "access", 7 },
	[FIG_TLB_HITS] = { "tlb_hits", "tlbhit", 7 },
	[FIG_WALKS] = { "walks", NULL, 0 },
	[FIG_FAULTS] = { "faults", "faults", 7 },
	[FIG_RETRIES] = { "retries", "retry", 6 },
	[FIG_MEMORY_FAULT] = { "exit_memory_fault", "mfault", 6 },
	[FIG_MMIO] = { "exit_mmio", "mmio", 6 },
	[FIG_EFAULT] = { "exit_efault", "efault", 6 },
	[FIG_HWPOISON] = { "exit_hwpoison", "hwpois", 6 },
	[FIG_INTERNAL_ERROR] = { "exit_internal_error", NULL, 0 },
	[FIG_TLB_FLUSHES] = { "remote_tlb_flushes", NULL, 0 },
	[FIG_INVALIDATIONS] = { "invalidations", NULL, 0 },
	[FIG_CONVERSIONS] = { "conversions", "conv", 5 },
	[FIG_PUNCHES] = { "punches", "punch", 5 },
	[FIG_CHECKS] = { "invariant_checks", "checks", 7 },
	[FIG_STEPS] = { "steps", NULL, 0 },
	[FIG_DECISIONS] = { "decisions", NULL, 0 },
};
_Static_assert(ARRAY_SIZE(figures) == FIG_NR, "figures");

static void figure_values(const struct replay_result *r, u64 v[FIG_NR])
{
	v[FIG_EVENTS] = r->stats.events;
	v[FIG_ACCESSES] = r->stats.accesses;
	v[FIG_TLB_HITS] = r->vcpu_stat.tlb_hits;
	v[FIG_WALKS] = r->vcpu_stat.walks;
	v[FIG_FAULTS] = r->vcpu_stat.faults;
	v[FIG_RETRIES] = r->vcpu_stat.retries;
	v[FIG_MEMORY_FAULT] = r->stats.exits[TEXIT_MEMORY_FAULT];
	v[FIG_MMIO] = r->stats.exits[TEXIT_MMIO];
	v[FIG_EFAULT] = r->stats.exits[TEXIT_EFAULT];
	v[FIG_HWPOISON] = r->stats.exits[TEXIT_HWPOISON];
	v[FIG_INTERNAL_ERROR] = r->stats.exits[TEXIT_INTERNAL_ERROR];
	v[FIG_TLB_FLUSHES] = r->vm_stat.remote_tlb_flush;
	v[FIG_INVALIDATIONS] = r->vm_stat.mmu_invalidate_begin;
	v[FIG_CONVERSIONS] = r->stats.conversions;
	v[FIG_PUNCHES] = r->stats.punches;
	v[FIG_CHECKS] = r->invariant_checks;
	v[FIG_STEPS] = r->steps;
	v[FIG_DECISIONS] = r->decisions;
}

static void print_header(void)
{
	printf("%-36s %-7s %-6s", "trace", "mode", "result");
	for (int i = 0; i < FIG_NR; i++)
		if (figures[i].head)
			printf(" %*s", figures[i].width, figures[i].head);
	printf(" %8s\n", "ms");
}

/* ok, FAIL, or BUDGET: stopped at the step budget with nothing wrong before it. */
static bool stopped_at_budget(const struct replay_result *r)
{
	return r->status == SCHED_BUDGET && !r->violations;
}

static const char *result_name(const struct replay_result *r)
{
	return r->passed ? "ok" : stopped_at_budget(r) ? "BUDGET" : "FAIL";
}

static void print_row(const char *file, const struct replay_result *r)
{
	u64 v[FIG_NR];

	figure_values(r, v);
	printf("%-36s %-7s %-6s", file, replay_mode_name(r->mode), result_name(r));
	for (int i = 0; i < FIG_NR; i++)
		if (figures[i].head)
			printf(" %*llu", figures[i].width, (unsigned long long)v[i]);
	printf(" %8.2f\n", r->ns / 1e6);
}

/* A size in the unit that keeps its digits: a budget of 1M holds KiBs, not "0 MiB". */
static const char *size_text(long bytes, char *buf, size_t len)
{
	if (bytes >= 1L << 20)
		snprintf(buf, len, "%ld MiB", bytes >> 20);
	else if (bytes >= 1L << 10)
		snprintf(buf, len, "%ld KiB", bytes >> 10);
	else
		snprintf(buf, len, "%ld bytes", bytes);
	return buf;
}

static void print_oom(const char *file, const struct replay_result *r, const struct trace *t)
{
	char held[32];

	fprintf(stderr, "gmemsim: %s: stopped at its memory budget of %ld MiB: %zu more bytes"
		" asked with %s held, %llu of %u statements done (not a violation; raise it"
		" with --max-memory)\n", file, r->oom.budget >> 20, r->oom.size,
		size_text(r->oom.live, held, sizeof(held)), (unsigned long long)r->stats.events,
		trace_nr_events(t));
}

static void print_json(const char *file, const struct replay_result *r)
{
	u64 v[FIG_NR];

	figure_values(r, v);
	printf("{\"trace\":");
	json_put_string(stdout, file);
	printf(",\"mode\":\"%s\",\"passed\":%s,\"status\":\"%s\",\"violations\":%lu,"
	       "\"repeats\":%lu,\"first_violation\":", replay_mode_name(r->mode),
	       r->passed ? "true" : "false", sched_status_name(r->status), r->violations,
	       r->repeats);
	json_put_string(stdout, r->first_violation);
	printf(",\"seed\":%llu,\"strategy\":\"%s\",\"schedule_hash\":\"%016llx\"",
	       (unsigned long long)r->seed, sched_strategy_name(r->strategy),
	       (unsigned long long)r->schedule_hash);
	for (int i = 0; i < FIG_NR; i++)
		printf(",\"%s\":%llu", figures[i].json, (unsigned long long)v[i]);
	if (r->kernel.steps || r->kernel.silent)
		printf(",\"kernel_steps\":%u,\"kernel_agree\":%u,\"kernel_paging\":%u,"
		       "\"kernel_paging_differ\":%u", r->kernel.steps, r->kernel.agree,
		       r->kernel.paging, r->kernel.paging_differ);
	printf(",\"out_of_memory\":%s,\"ns\":%llu}\n", r->out_of_memory ? "true" : "false",
	       (unsigned long long)r->ns);
}

int cmd_open_trace(const char *path, struct trace *t, unsigned long *knobs)
{
	char err[512];

	if (trace_parse_file(path, t, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return -EINVAL;
	}
	/* A failure the explorer wrote names the knobs it needs: on for this trace only. */
	*knobs = bug_inject_get_mask();
	bug_inject_set_mask(*knobs | trace_run_knobs(t));
	return 0;
}

void cmd_close_trace(struct trace *t, unsigned long knobs)
{
	bug_inject_set_mask(knobs);
	trace_destroy(t);
}

static int write_html(const char *path, const struct trace *t, const struct replay_result *r,
		      const struct timeline *tl)
{
	FILE *f = fopen(path, "w");

	if (f) {
		html_write(t, r, tl, f);
		if (!fclose(f))
			return 0;
	}
	fprintf(stderr, "gmemsim: --html %s: %s\n", path, strerror(errno));
	return -errno;
}

int cmd_replay(int argc, char **argv)
{
	struct replay_args a = { .o = { .seed = 1 } };
	int status = EXIT_CLEAN, ret;

	ret = parse_args(argc, argv, &a);
	if (ret)
		return ret;
	if (a.help) {
		gmemsim_usage(stdout);
		return EXIT_CLEAN;
	}
	if (a.list_bugs || a.list_fixes || a.list_profiles) {
		if (a.list_bugs)
			bug_inject_list(stdout);
		else if (a.list_fixes)
			candidate_fix_list(stdout);
		else
			cmd_list_profiles(stdout);
		return EXIT_CLEAN;
	}
	if (!a.json)
		print_header();
	for (int i = a.first_file; i < argc; i++) {
		unsigned long knobs;
		struct trace t;
		char err[512];

		if (cmd_open_trace(argv[i], &t, &knobs)) {
			status = EXIT_BAD_INPUT;
			continue;
		}
		for (int m = 0; m < (a.all_modes ? REPLAY_MODE_NR : 1); m++) {
			struct replay_opts o = a.o;
			struct timeline tl = { 0 };
			struct replay_result r;

			if (a.all_modes)
				o.mode = (enum replay_mode)m;
			if (a.html) {
				o.mode = REPLAY_DET;
				o.mode_set = true;
				o.timeline = &tl;
			}
			fflush(stdout);
			if (replay_trace(&t, &o, &r, err, sizeof(err))) {
				fprintf(stderr, "%s\n", err);
				status = EXIT_BAD_INPUT;
				timeline_destroy(&tl);
				break;
			}
			if (a.html && write_html(a.html, &t, &r, &tl))
				status = EXIT_BAD_INPUT;
			timeline_destroy(&tl);
			if (a.json)
				print_json(argv[i], &r);
			else
				print_row(argv[i], &r);
			if (r.kernel.report && !a.json)
				fputs(r.kernel.report, stdout);
			if (r.repeats && !a.json && !o.quiet)
				fprintf(stderr, "gmemsim: %lu later report(s) of the same check at the"
					" same site not printed\n", r.repeats);
			/* A sanitizer's exit report must not swallow the rows printed so far. */
			fflush(stdout);
			if (stopped_at_budget(&r) && !a.json && r.out_of_memory)
				print_oom(argv[i], &r, &t);
			else if (stopped_at_budget(&r) && !a.json)
				fprintf(stderr, "gmemsim: %s: stopped at its budget of %llu scheduling"
					" points (%llu with the statements under way finished), %llu"
					" of %u statements done (not a violation; raise it with"
					" --max-steps)\n", argv[i],
					(unsigned long long)(o.max_steps ?: SCHED_DEFAULT_MAX_STEPS),
					(unsigned long long)r.steps,
					(unsigned long long)r.stats.events, trace_nr_events(&t));
			if (stopped_at_budget(&r) && status == EXIT_CLEAN)
				status = EXIT_BUDGET;
			else if (!r.passed && status != EXIT_BAD_INPUT)
				status = EXIT_VIOLATION;
			replay_result_destroy(&r);
		}
		cmd_close_trace(&t, knobs);
	}
	sched_schedule_destroy(&a.schedule);
	sched_preempts_destroy(&a.preempt);
	return status;
}

int cmd_check(int argc, char **argv)
{
	int status = EXIT_CLEAN;

	if (argc && (!strcmp(argv[0], "--help") || !strcmp(argv[0], "-h"))) {
		gmemsim_usage(stdout);
		return EXIT_CLEAN;
	}
	if (!argc)
		return bad("%s", "no trace file given");
	for (int i = 0; i < argc; i++) {
		struct trace t;
		char err[512];

		if (trace_parse_file(argv[i], &t, err, sizeof(err))) {
			fprintf(stderr, "%s\n", err);
			status = EXIT_BAD_INPUT;
			continue;
		}
		printf("%s: ok (%u statements, %u vCPUs)\n", argv[i], t.nr_stmt, t.nr_vcpus);
		trace_destroy(&t);
	}
	return status;
}
