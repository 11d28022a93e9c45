// SPDX-License-Identifier: GPL-2.0
/*
 * The explorer (sim/explore*.c, sim/shrink.c): generated programs are valid and
 * deterministic, a clean model explores clean, and a shrunk failure is small
 * and still fails when replayed from its file.
 */
/* gmemsim-test-layer: sim */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/bug_inject.h>
#include <linux/err.h>

#if defined(GMEMSIM_ASAN)
#include <sanitizer/lsan_interface.h>
/* Injected bugs leak on purpose (B11's reference, B17's page tables). */
#define knob_leaks_begin() __lsan_disable()
#define knob_leaks_end() __lsan_enable()
#else
#define knob_leaks_begin() do { } while (0)
#define knob_leaks_end() do { } while (0)
#endif

#include <linux/kvm_profile.h>

#include "sim/explore.h"
#include "sim/html.h"
#include "sim/replay.h"
#include "sim/trace.h"

static u64 base_seed;

/* Every family generates parseable programs, the same text for the same seed. */
static void test_generator(void **state)
{
	for (int f = 0; f <= FAM_NR; f++) {
		for (u64 k = 0; k < 50; k++) {
			char *a = explore_generate(f, base_seed + k, k % 2, NULL);
			char *b = explore_generate(f, base_seed + k, k % 2, NULL);
			struct trace t;
			char err[256];

			assert_non_null(a);
			assert_string_equal(a, b);
			if (trace_parse_string("gen", a, &t, err, sizeof(err)))
				fail_msg("family %s seed %llu: %s\n%s", explore_family_name(f),
					 (unsigned long long)(base_seed + k), err, a);
			assert_true(t.nr_stmt > t.first_event);
			trace_destroy(&t);
			free(a);
			free(b);
		}
	}
}

/*
 * --profile 6.18-legacy: programs name the host, run default VMs (no private
 * memory on that host) on the legacy MMU, and differ from the default's.
 */
static void test_generator_profile(void **state)
{
	const struct kvm_host_profile *legacy = kvm_host_profile_find("6.18-legacy");

	assert_non_null(legacy);
	for (u64 k = 0; k < 50; k++) {
		char *a = explore_generate(FAM_ALL, base_seed + k, k % 2, legacy);
		struct trace t;
		char err[256];

		assert_non_null(a);
		assert_non_null(strstr(a, "vm type=default "));
		assert_non_null(strstr(a, " mmu=legacy"));
		assert_non_null(strstr(a, " profile=6.18-legacy\n"));
		assert_null(strstr(a, "hybrid"));
		if (trace_parse_string("gen", a, &t, err, sizeof(err)))
			fail_msg("seed %llu: %s\n%s", (unsigned long long)(base_seed + k), err, a);
		trace_destroy(&t);
		free(a);
	}
}

/* With no bug injected, a fixed seeded campaign over every family finds nothing. */
static void test_clean_campaign(void **state)
{
	for (int f = 0; f < FAM_NR; f++) {
		struct explore_opts o = { .family = f, .size = EXPLORE_SMALL, .seed = base_seed,
					  .iterations = 60, .jobs = 1, .nr_shards = 1,
					  .strategy = -1, .shrink = true, .out_dir = "/tmp" };
		struct explore_stats st;

		assert_int_equal(explore_run(&o, &st), 0);
		assert_int_equal(st.executions, 60);
		if (st.violations)
			fail_msg("family %s: %llu violations in a clean model", explore_family_name(f),
				 (unsigned long long)st.violations);
	}
}

/*
 * A planted failure: vcpu1 expects to read what was there before vcpu0's
 * write, so only interleavings with the read first pass.  The shrinker must
 * return a trace that still fails, replayed from its text alone.
 */
static const char planted[] =
	"gmemsim-trace 1\n"
	"vm type=default vcpus=2\n"
	"memfd_create name=shm size=2M\n"
	"mmap name=m len=2M prot=read|write shared memfd=shm\n"
	"set_memory_region slot=0 gpa=0 size=2M mem=m\n"
	"vcpu0: read gpa=0x2000\n"
	"vcpu0: write gpa=0x1000 value=7\n"
	"vcpu0: read gpa=0x3000\n"
	"vcpu1: read gpa=0x4000\n"
	"vcpu1: read gpa=0x1000 expect=value:0\n"
	"vcpu1: read gpa=0x5000\n";

static void test_shrink_planted(void **state)
{
	struct replay_opts ro = { .mode = REPLAY_DET, .mode_set = true, .seed_set = true,
				  .strategy_set = true, .quiet = true };
	struct replay_result res = { 0 };
	struct trace t, shrunk;
	char err[256];
	char *out = NULL;
	u64 seed;

	assert_int_equal(trace_parse_string("planted", planted, &t, err, sizeof(err)), 0);
	for (seed = base_seed; seed < base_seed + 200; seed++) {
		ro.seed = seed;
		assert_int_equal(replay_trace(&t, &ro, &res, err, sizeof(err)), 0);
		if (!res.passed)
			break;
		replay_result_destroy(&res);
	}
	assert_false(res.passed);
	assert_non_null(strstr(res.first_violation, "expect"));
	out = explore_shrink(planted, seed, ro.strategy, 0, &res.preempts, res.first_violation, 1);
	replay_result_destroy(&res);
	trace_destroy(&t);
	assert_non_null(out);

	/* Smaller: the unrelated reads are gone; the run line carries the preemptions. */
	assert_non_null(strstr(out, " strategy=sticky"));
	assert_null(strstr(out, "schedule="));
	assert_null(strstr(out, "0x2000"));
	assert_null(strstr(out, "0x5000"));
	assert_non_null(strstr(out, "expect_violation kind=expect"));

	/* Replayed as a file would be: the expected violation happens, so it passes. */
	assert_int_equal(trace_parse_string("shrunk", out, &shrunk, err, sizeof(err)), 0);
	memset(&ro, 0, sizeof(ro));
	ro.quiet = true;
	assert_int_equal(replay_trace(&shrunk, &ro, &res, err, sizeof(err)), 0);
	assert_true(res.expected_violation_seen);
	assert_true(res.passed);
	replay_result_destroy(&res);
	trace_destroy(&shrunk);
	free(out);
}

/* A failure that does not reproduce is refused, not "shrunk" into a passing trace. */
static void test_shrink_refuses_passing(void **state)
{
	struct sched_preempts none = { 0 };

	assert_null(explore_shrink(planted, base_seed, SCHED_STRATEGY_STICKY, 0, &none,
				   "use-after-free: nothing", 1));
}

static void test_signature(void **state)
{
	char a[128], b[128];

	explore_signature("tlb-live: gfn 0x1ff -> pfn 123 gen 7", a, sizeof(a));
	explore_signature("tlb-live: gfn 0x2 -> pfn 99 gen 1234", b, sizeof(b));
	assert_string_equal(a, b);
}

/*
 * Every bug knob is found by a small campaign of the family that exercises
 * its race, and the shrunk trace replays to the same violation.  Budgets are
 * about twice what seed 1 needs in the release build (gmemsim-bench
 * explore_knobs measures the times).
 */
static const struct {
	const char *knob;
	enum explore_family family;
	u64 budget;
} knob_campaigns[] = {
	{ "fault-seq-after-attr", FAM_CONVERSION, 8000 },
	{ "attr-range-not-added", FAM_CONVERSION, 50 },
	{ "attr-skip-shared-only-slot", FAM_NOTIFIER_VS_FAULT, 2000 },
	{ "gmem-invalidate-imbalance", FAM_MIXED, 3000 },
	{ "gmem-punch-no-truncate", FAM_PUNCH_VS_FAULT, 200 },
	{ "gmem-filter-private-only", FAM_PUNCH_VS_FAULT, 200 },
	{ "gmem-hwpoison-ref-leak", FAM_MIXED, 7000 },
	{ "mn-unpaired-end", FAM_NOTIFIER_VS_FAULT, 500 },
	{ "fault-ignore-obsolete-root", FAM_MEMSLOT_VS_FAULT, 200 },
	{ "zap-yield-unflushed", FAM_MEMSLOT_VS_FAULT, 8000 },
};

static char *only_file_in(const char *dir)
{
	struct dirent *d;
	char *path = NULL;
	DIR *dp = opendir(dir);

	assert_non_null(dp);
	while ((d = readdir(dp))) {
		if (d->d_name[0] == '.')
			continue;
		assert_null(path);
		assert_true(asprintf(&path, "%s/%s", dir, d->d_name) > 0);
	}
	closedir(dp);
	return path;
}

/* A handful: what a shrunk failure may need to be read at a glance. */
#define SHRUNK_MAX_PREEMPTIONS 5

static size_t run_line_len(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, len = 0;
	ssize_t n;

	assert_non_null(f);
	while ((n = getline(&line, &cap, f)) > 0)
		if (!strncmp(line, "run ", 4))
			len = (size_t)n - (line[n - 1] == '\n');
	free(line);
	fclose(f);
	return len;
}

/* @s as the page's text shows it (& < > escaped; no quotes in a violation's name). */
static const char *xml_escaped(const char *s, char *buf, size_t len)
{
	size_t n = 0;

	for (; *s && n + 6 < len; s++)
		n += (size_t)snprintf(buf + n, len - n, "%s", *s == '&' ? "&amp;" :
				      *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : (char[2]){ *s, 0 });
	buf[n] = '\0';
	return buf;
}

/*
 * The picture of the written failure (replay --html) names the invariant
 * and every actor that runs a statement, and contains nothing to fetch.
 */
static void check_picture(const struct trace *t, const char *path)
{
	struct timeline tl = { 0 };
	struct replay_opts ro = { .mode = REPLAY_DET, .mode_set = true, .quiet = true,
				  .timeline = &tl };
	struct replay_result res;
	char err[256], name[16], esc[512];
	size_t len = 0;
	char *html = NULL;
	FILE *f;

	assert_int_equal(replay_trace(t, &ro, &res, err, sizeof(err)), 0);
	f = open_memstream(&html, &len);
	assert_non_null(f);
	html_write(t, &res, &tl, f);
	fclose(f);
	if (!strstr(html, xml_escaped(res.first_violation, esc, sizeof(esc))))
		fail_msg("%s: the picture does not name %s", path, res.first_violation);
	for (u32 i = t->first_event; i < t->nr_stmt; i++) {
		if (t->stmt[i].actor < TRACE_ACTOR_VMM)
			continue;
		trace_actor_name(t->stmt[i].actor, name, sizeof(name));
		if (!strstr(html, name))
			fail_msg("%s: the picture does not name actor %s", path, name);
	}
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "src="));
	assert_null(strstr(html, "href=\"http"));
	free(html);
	replay_result_destroy(&res);
	timeline_destroy(&tl);
}

static void test_knobs_found_and_replayed(void **state)
{
	for (size_t i = 0; i < ARRAY_SIZE(knob_campaigns); i++) {
		char dir[] = "/tmp/gmemsim-explore-XXXXXX";
		struct explore_opts o = { .family = knob_campaigns[i].family,
					  .size = EXPLORE_SMALL, .seed = 1,
					  .iterations = knob_campaigns[i].budget, .jobs = 1,
					  .nr_shards = 1, .strategy = -1, .shrink = true,
					  .stop_after = 1 };
		struct replay_opts ro = { .quiet = true };
		struct replay_result res;
		struct explore_stats st;
		struct trace t;
		char err[256];
		char *path;

		assert_non_null(mkdtemp(dir));
		o.out_dir = dir;
		bug_inject_clear_all();
		assert_int_equal(bug_inject_enable(knob_campaigns[i].knob), 0);
		knob_leaks_begin();
		assert_int_equal(explore_run(&o, &st), 0);
		if (!st.distinct)
			fail_msg("%s: not found in %llu executions", knob_campaigns[i].knob,
				 (unsigned long long)st.executions);
		print_message("  %-28s found after %llu executions\n", knob_campaigns[i].knob,
			      (unsigned long long)st.first_found_exec);

		/*
		 * The written trace alone reproduces it: its run line names the knob
		 * (turned on from the trace, as gmemsim replay does), and its
		 * schedule is a few preemptions on a short line.
		 */
		path = only_file_in(dir);
		assert_int_equal(trace_parse_file(path, &t, err, sizeof(err)), 0);
		bug_inject_clear_all();
		bug_inject_set_mask(trace_run_knobs(&t));
		assert_int_equal(bug_inject_lookup(knob_campaigns[i].knob),
				 __builtin_ctzl(bug_inject_get_mask()));
		assert_int_equal(replay_trace(&t, &ro, &res, err, sizeof(err)), 0);
		if (!res.passed)
			fail_msg("%s: %s does not replay its violation (got '%s')",
				 knob_campaigns[i].knob, path, res.first_violation);
		print_message("  %-28s %u preemption(s), %u other choice(s), run line of %zu chars\n",
			      "", sched_preempts_count(&res.preempts),
			      res.preempts.len - sched_preempts_count(&res.preempts),
			      run_line_len(path));
		assert_true(sched_preempts_count(&res.preempts) <= SHRUNK_MAX_PREEMPTIONS);
		assert_true(run_line_len(path) < 200);
		replay_result_destroy(&res);
		check_picture(&t, path);
		knob_leaks_end();
		trace_destroy(&t);
		unlink(path);
		rmdir(dir);
		free(path);
	}
	bug_inject_clear_all();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generator),
		cmocka_unit_test(test_generator_profile),
		cmocka_unit_test(test_signature),
		cmocka_unit_test(test_shrink_planted),
		cmocka_unit_test(test_shrink_refuses_passing),
		cmocka_unit_test(test_clean_campaign),
		cmocka_unit_test(test_knobs_found_and_replayed),
	};
	const char *env = getenv("GMEMSIM_SEED");

	base_seed = env ? strtoull(env, NULL, 0) : 1;
	print_message("explore_test: seed %llu (GMEMSIM_SEED)\n", (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
