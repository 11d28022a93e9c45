// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim explore: property tests on conversion races (sim/explore.h).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/bug_inject.h>
#include <linux/candidate_fix.h>

#include "sim/cmd/cmd.h"
#include "sim/explore.h"
#include "sim/known.h"

/*
 * The first Ctrl-C ends the campaign after the executions under way, with
 * its summary and what it wrote; SA_RESETHAND lets a second one kill it.
 */
static void on_sigint(int sig)
{
	(void)sig;
	explore_interrupt();
}

static int explore_with_sigint(const struct explore_opts *o, struct explore_stats *st)
{
	struct sigaction sa = { .sa_handler = on_sigint, .sa_flags = SA_RESETHAND }, old;
	int ret;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old);
	ret = explore_run(o, st);
	sigaction(SIGINT, &old, NULL);
	return ret;
}

static int bad(const char *what, const char *arg)
{
	fprintf(stderr, "gmemsim explore: %s '%s' (gmemsim --help)\n", what, arg);
	return EXIT_BAD_INPUT;
}

static void print_known(const struct known_list *known, const struct explore_stats *st)
{
	if (!st->known)
		return;
	printf("explore: %llu executions hit known findings (not written; --no-known to report"
	       " them):\n", (unsigned long long)st->known);
	for (unsigned int i = 0; i < known->nr && i < EXPLORE_MAX_KNOWN; i++)
		if (st->known_by[i])
			printf("  %-36s %8llu  %s\n", known->f[i].id,
			       (unsigned long long)st->known_by[i], known->f[i].doc);
}

static int explore_main(int argc, char **argv, struct known_list *known)
{
	struct explore_opts o = { .family = FAM_ALL, .seed = 1, .jobs = 1, .nr_shards = 1,
				  .strategy = -1, .shrink = true, .progress = isatty(2),
				  .known = known };
	struct explore_stats st;
	char err[512];
	u64 n;
	int ret;

	if (known_parse(known, "docs/findings/known (built in)", known_builtin, err,
			sizeof(err))) {
		fprintf(stderr, "gmemsim: %s\n", err);
		return EXIT_BAD_INPUT;
	}

	for (int i = 0; i < argc; i++) {
		const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(opt, "-h") || !strcmp(opt, "--help")) {
			gmemsim_usage(stdout);
			return EXIT_CLEAN;
		}
		if (!strcmp(opt, "--json")) {
			o.json = true;
			continue;
		}
		if (!strcmp(opt, "--no-known")) {
			known->nr = 0;
			continue;
		}
		if (!strcmp(opt, "--no-shrink")) {
			o.shrink = false;
			continue;
		}
		if (!strcmp(opt, "--full-checks")) {
			o.full_checks = true;
			continue;
		}
		if (!strcmp(opt, "--list-bugs")) {
			bug_inject_list(stdout);
			return EXIT_CLEAN;
		}
		if (!strcmp(opt, "--list-fixes")) {
			candidate_fix_list(stdout);
			return EXIT_CLEAN;
		}
		if (!strcmp(opt, "--small")) {
			o.size = EXPLORE_SMALL;
			continue;
		}
		if (!strcmp(opt, "--no-progress")) {
			o.progress = false;
			continue;
		}
		if (!val)
			return bad("option needs a value", opt);
		i++;
		if (!strcmp(opt, "--family")) {
			if (explore_family_parse(val, &o.family))
				return bad("unknown family (conversion, punch-vs-fault, "
					   "memslot-vs-fault, notifier-vs-fault, mixed, all)", val);
		} else if (!strcmp(opt, "--scenario")) {
			o.scenario_file = val;
		} else if (!strcmp(opt, "--profile")) {
			if (cmd_parse_profile(val, &o.profile))
				return EXIT_BAD_INPUT;
		} else if (!strcmp(opt, "--seed")) {
			if (cmd_parse_u64(val, &o.seed))
				return bad("bad seed", val);
		} else if (!strcmp(opt, "--iterations")) {
			if (cmd_parse_u64(val, &o.iterations))
				return bad("bad iteration count", val);
		} else if (!strcmp(opt, "--time")) {
			char *end;

			o.seconds = strtod(val, &end);
			/* NaN compares false: it must not pass as a budget (nor inf, nor a year). */
			if (*end || end == val || !(o.seconds > 0 && o.seconds <= 1e7))
				return bad("bad time (seconds)", val);
		} else if (!strcmp(opt, "--jobs")) {
			if (cmd_parse_u64(val, &n) || !n || n > 64)
				return bad("bad job count (1..64)", val);
			o.jobs = (unsigned int)n;
		} else if (!strcmp(opt, "--shard")) {
			char half[24];
			const char *slash = strchr(val, '/');
			u64 i_, n_;

			/* Digits only on both sides: no spaces, signs or a missing half. */
			if (!slash || (size_t)(slash - val) >= sizeof(half))
				return bad("bad shard (i/n, 0 <= i < n)", val);
			memcpy(half, val, (size_t)(slash - val));
			half[slash - val] = '\0';
			if (cmd_parse_u64(half, &i_) || cmd_parse_u64(slash + 1, &n_) || !n_ || i_ >= n_ || n_ > UINT_MAX)
				return bad("bad shard (i/n, 0 <= i < n)", val);
			o.shard = (unsigned int)i_;
			o.nr_shards = (unsigned int)n_;
		} else if (!strcmp(opt, "--strategy")) {
			enum sched_strategy s;

			if (sched_strategy_parse(val, &s))
				return bad("unknown strategy", val);
			o.strategy = (int)s;
		} else if (!strcmp(opt, "--pct-depth")) {
			if (cmd_parse_u64(val, &n) || !n || n > SCHED_MAX_PCT_DEPTH)
				return bad("bad PCT depth (1..64)", val);
			o.pct_depth = (unsigned int)n;
		} else if (!strcmp(opt, "--check-every")) {
			if (cmd_parse_u64(val, &n) || !n || n > SCHED_MAX_CHECK_EVERY)
				return bad("bad --check-every", val);
			o.check_every = (unsigned int)n;
		} else if (!strcmp(opt, "--inject")) {
			if (bug_inject_enable(val))
				return bad("unknown bug knob (gmemsim explore --list-bugs)", val);
		} else if (!strcmp(opt, "--out")) {
			o.out_dir = val;
		} else if (!strcmp(opt, "--fix")) {
			if (candidate_fix_enable(val))
				return bad("unknown candidate fix (gmemsim explore --list-fixes)", val);
		} else if (!strcmp(opt, "--known")) {
			if (known_parse_file(known, val, err, sizeof(err))) {
				fprintf(stderr, "gmemsim: %s\n", err);
				return EXIT_BAD_INPUT;
			}
		} else if (!strcmp(opt, "--html-dir")) {
			o.html_dir = val;
		} else if (!strcmp(opt, "--max-steps")) {
			if (cmd_parse_u64(val, &o.max_steps) || !o.max_steps)
				return bad("bad --max-steps", val);
		} else if (!strcmp(opt, "--max-memory")) {
			if (cmd_set_max_memory(val))
				return EXIT_BAD_INPUT;
		} else if (!strcmp(opt, "--stop-after")) {
			if (cmd_parse_u64(val, &o.stop_after))
				return bad("bad --stop-after", val);
		} else {
			return bad("unknown option", opt);
		}
	}
	/*
	 * No budget given: 1000 executions, or, when the campaign is told to
	 * stop on what it finds (--stop-after), until then or 120 s: a search
	 * for a known bug should stop on it, not give up after a fixed count.
	 */
	if (!o.iterations && !o.seconds) {
		if (o.stop_after)
			o.seconds = 120;
		else
			o.iterations = 1000;
	}

	ret = explore_with_sigint(&o, &st);
	if (ret) {
		fprintf(stderr, "gmemsim explore: %s\n", strerror(-ret));
		return EXIT_BAD_INPUT;
	}
	if (o.json) {
		printf("{\"event\":\"summary\",\"family\":\"%s\",\"executions\":%llu,\"steps\":%llu,"
		       "\"violations\":%llu,\"distinct\":%llu,\"first_found_exec\":%llu,"
		       "\"known\":%llu,\"first_found_seconds\":%.3f,\"seconds\":%.3f,"
		       "\"execs_per_second\":%.0f,\"budget_stops\":%llu,\"interrupted\":%s}\n",
		       explore_family_name(o.family), (unsigned long long)st.executions,
		       (unsigned long long)st.steps, (unsigned long long)st.violations,
		       (unsigned long long)st.distinct, (unsigned long long)st.first_found_exec,
		       (unsigned long long)st.known, st.first_found_seconds, st.seconds,
		       st.seconds > 0 ? st.executions / st.seconds : 0,
		       (unsigned long long)st.budget_stops, st.interrupted ? "true" : "false");
	} else {
		if (st.interrupted)
			printf("explore: interrupted (SIGINT); the campaign so far:\n");
		printf("explore: %llu executions in %.2f s (%.0f/s), %.1f steps each, family %s, "
		       "seeds from %llu\n",
		       (unsigned long long)st.executions, st.seconds,
		       st.seconds > 0 ? st.executions / st.seconds : 0,
		       st.executions ? (double)st.steps / st.executions : 0,
		       explore_family_name(o.family), (unsigned long long)o.seed);
		printf("explore: %llu failing executions, %llu distinct violations\n",
		       (unsigned long long)st.violations, (unsigned long long)st.distinct);
		if (st.budget_stops)
			printf("explore: %llu executions stopped at their step or memory budget"
			       " (not violations; --max-steps, --max-memory)\n",
			       (unsigned long long)st.budget_stops);
		print_known(known, &st);
		explore_print_coverage(&st.cov, stdout);
	}
	if (st.violations)
		return EXIT_VIOLATION;
	return st.interrupted ? EXIT_INTERRUPTED : EXIT_CLEAN;
}

int cmd_explore(int argc, char **argv)
{
	struct known_list known = { 0 };
	int ret = explore_main(argc, argv, &known);

	known_destroy(&known);
	return ret;
}
