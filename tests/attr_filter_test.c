// SPDX-License-Identifier: GPL-2.0
/*
 * The labelled model extension kvm_mmu_options.honour_attr_filter (trace:
 * `vm ... filter_roots`): zaps honour kvm_gfn_range.attr_filter per leaf, as
 * a VM with mirrored TDP (TDX) does per root (mapping in kvm_model/mmu/mmu.c,
 * kvm_mmu_zap_filter).  6.18 ignores the filter on every VM the model builds,
 * so the option is off by default.
 *
 *  - leaf granularity, both MMUs: a guest_memfd punch (filter PRIVATE) takes
 *    the private leaf and, with the option, leaves the shared one in range;
 *    a host madvise (mmu_notifier, filter SHARED) the other way round;
 *    without the option both go, as in 6.18;
 *  - bug-zoo B9 (gmem-filter-private-only): a DEFAULT VM, an MMAP|INIT_SHARED
 *    guest_memfd bound to a gmem-only slot, a shared gmem SPTE, PUNCH_HOLE.
 *    Option on, knob off: no SPTE left.  Knob on: the general checks see the
 *    stale translation: the invariant checker (inv1-spte-freed) and the
 *    generation check at the next guest access (use-after-free), and a
 *    deterministic replay of the race over seeds;
 *  - nothing else changes: every trace of traces/examples passes with
 *    filter_roots added to its vm line, over several seeds.
 *
 * GMEMSIM_SEED=<n> picks the first seed of the replays.
 */
/* gmemsim-test-layer: sim */
#include <dirent.h>
#include <libgen.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/bug_inject.h>
#include <linux/kvm_host.h>
#include <linux/kvm_vcpu.h>

#include "kvm_model/mmu/mmu.h"
#include "sim/invariants.h"
#include "sim/replay.h"
#include "sim/trace.h"
#include "sim/world.h"
#include "world_test.h"

#define SEEDS 3
#define RACE_SEEDS 40

static u64 base_seed = 1;


/* The invariant checker at rest: reports of @kind (NULL: all). */
static unsigned long check(struct tw *x, const char *kind)
{
	inv_violations_reset();
	report_set_quiet(true);
	inv_check(&x->w, INV_QUIESCENT);
	report_set_quiet(false);
	return inv_violations(kind);
}

static bool leaf_at(struct tw *x, gfn_t gfn, struct kvm_mmu_leaf *l)
{
	return kvm_mmu_lookup_leaf(x->w.kvm, gfn, l) && l->present;
}

/* ---- leaf granularity, both MMUs -------------------------------------------------------- */

/* A SW-protected VM: gfn 0 private (gmem), gfn 1 shared (memfd); @ops then run. */
static void build_mixed(struct tw *x, const char *mmu, bool filter, const char *ops)
{
	char text[2048];

	snprintf(text, sizeof(text),
		 "gmemsim-trace 1\n"
		 "vm type=sw_protected vcpus=1 mmu=%s%s\n"
		 "memfd_create name=shm size=2M\n"
		 "mmap name=m len=2M prot=read|write shared memfd=shm expect=0\n"
		 "gmem_create name=g0 size=2M expect=0\n"
		 "set_memory_region slot=0 gpa=0 size=2M mem=m gmem=g0 flags=guest_memfd "
		 "expect=0\n"
		 "set_memory_attributes gpa=0 size=4K private expect=0\n"
		 "vcpu0: write gpa=0 value=0x5eed expect=0\n"
		 "vcpu0: write gpa=0x1000 value=0x5ade expect=0\n"
		 "%s",
		 mmu, filter ? " filter_roots" : "", ops);
	tw_build(x, text);
}

/*
 * @ops zap gfns 0 and 1 with one filter; @survivor is the leaf the filter
 * does not name (-1: none, 0 private, 1 shared).
 */
static void check_zap(const char *mmu, const char *ops, int survivor)
{
	for (int filter = 0; filter < 2; filter++) {
		struct kvm_mmu_leaf l;
		struct tw x;

		build_mixed(&x, mmu, filter, "");
		assert_true(leaf_at(&x, 0, &l) && l.private);
		assert_true(leaf_at(&x, 1, &l) && !l.private);
		tw_destroy(&x);

		build_mixed(&x, mmu, filter, ops);
		for (gfn_t gfn = 0; gfn < 2; gfn++) {
			bool kept = filter && (int)gfn == survivor;

			if (leaf_at(&x, gfn, &l) != kept)
				fail_msg("%s%s: %s: gfn %llu's leaf %s", mmu,
					 filter ? " filter_roots" : "", ops,
					 (unsigned long long)gfn, kept ? "zapped" : "kept");
		}
		/* What survives is still a valid translation. */
		assert_int_equal(check(&x, NULL), 0);
		tw_destroy(&x);
	}
}

/* guest_memfd punch: KVM_FILTER_PRIVATE (the file is not INIT_SHARED). */
static const char punch_both[] =
	"vmm: gmem_fallocate gmem=g0 offset=0 len=8K mode=keep_size|punch_hole expect=0\n";
/* mmu_notifier: KVM_FILTER_SHARED. */
static const char dontneed_both[] =
	"host: madvise mem=m offset=0 len=8K advice=dontneed expect=0\n";

static void test_punch_tdp(void **state)
{
	check_zap("tdp", punch_both, 1);
}

static void test_punch_legacy(void **state)
{
	check_zap("legacy hybrid", punch_both, 1);
}

static void test_notifier_tdp(void **state)
{
	check_zap("tdp", dontneed_both, 0);
}

static void test_notifier_legacy(void **state)
{
	check_zap("legacy hybrid", dontneed_both, 0);
}

/* Attribute conversions of both gfns zap them whatever the option (each its own kind). */
static void test_conversion(void **state)
{
	static const char *const mmus[] = { "tdp", "legacy hybrid" };

	for (unsigned int m = 0; m < ARRAY_SIZE(mmus); m++) {
		for (int filter = 0; filter < 2; filter++) {
			struct kvm_mmu_leaf l;
			struct tw x;

			build_mixed(&x, mmus[m], filter,
				    "vmm: set_memory_attributes gpa=0 size=4K shared expect=0\n"
				    "vmm: set_memory_attributes gpa=0x1000 size=4K private "
				    "expect=0\n");
			assert_false(leaf_at(&x, 0, &l));
			assert_false(leaf_at(&x, 1, &l));
			assert_int_equal(check(&x, NULL), 0);
			tw_destroy(&x);
		}
	}
}

/* ---- bug-zoo B9: shared guest_memfd SPTE vs punch ------------------------------------------ */

#define B9_GFN (0x100000000ULL >> 12)

static void build_b9(struct tw *x, const char *mmu, bool filter)
{
	char text[1024];

	snprintf(text, sizeof(text),
		 "gmemsim-trace 1\n"
		 "vm type=default vcpus=1 mmu=%s%s\n"
		 "gmem_create name=g0 size=2M flags=mmap|init_shared expect=0\n"
		 "set_memory_region slot=1 gpa=4G size=2M gmem=g0 flags=guest_memfd expect=0\n"
		 "vcpu0: write gpa=4G value=0x99 expect=0\n"
		 "vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=keep_size|punch_hole "
		 "expect=0\n",
		 mmu, filter ? " filter_roots" : "");
	tw_build(x, text);
}

static void check_b9(const char *mmu)
{
	struct kvm_mmu_leaf l;
	unsigned long before;
	struct tw x;
	u64 v = 1;

	/* Knob off, with and without the option: the punch zaps the shared SPTE. */
	for (int filter = 0; filter < 2; filter++) {
		build_b9(&x, mmu, filter);
		assert_false(leaf_at(&x, B9_GFN, &l));
		assert_int_equal(check(&x, NULL), 0);
		assert_int_equal(kvm_vcpu_read(x.w.vcpu[0], 0x100000000ULL, &v), 1);
		assert_int_equal(v, 0);
		tw_destroy(&x);
	}

	/* Knob on, option off: latent, as in 6.18 (the filter is ignored). */
	bug_inject_set(BUG_GMEM_FILTER_PRIVATE_ONLY, true);
	build_b9(&x, mmu, false);
	bug_inject_clear_all();
	assert_false(leaf_at(&x, B9_GFN, &l));
	assert_int_equal(check(&x, NULL), 0);
	tw_destroy(&x);

	/* Knob on, option on: the shared SPTE outlives the truncated folio. */
	bug_inject_set(BUG_GMEM_FILTER_PRIVATE_ONLY, true);
	build_b9(&x, mmu, true);
	bug_inject_clear_all();
	assert_true(leaf_at(&x, B9_GFN, &l));
	assert_false(l.private);
	assert_true(check(&x, "inv1-spte-freed") > 0);
	/* The generation check at the guest's next access sees it too. */
	before = violations_reported();
	report_set_quiet(true);
	kvm_vcpu_read(x.w.vcpu[0], 0x100000000ULL, &v);
	report_set_quiet(false);
	assert_true(violations_reported() > before);
	tw_destroy(&x);
}

static void test_b9_tdp(void **state)
{
	check_b9("tdp");
}

static void test_b9_legacy(void **state)
{
	check_b9("legacy");
}

/* The race, replayed in deterministic mode with the checker at every point. */
static const char b9_race[] =
	"gmemsim-trace 1\n"
	"vm type=default vcpus=1 mmu=tdp filter_roots\n"
	"gmem_create name=g0 size=2M flags=mmap|init_shared expect=0\n"
	"set_memory_region slot=1 gpa=4G size=2M gmem=g0 flags=guest_memfd expect=0\n"
	"vcpu0: write gpa=4G value=0x99\n"
	"vcpu0: read gpa=4G\n"
	"vmm: gmem_fallocate gmem=g0 offset=0 len=4K mode=keep_size|punch_hole expect=0\n"
	"barrier\n"
	"vcpu0: read gpa=4G\n";

static unsigned int replay_b9_race(bool knob, u64 *first)
{
	unsigned int hits = 0;
	struct trace t;
	char err[256];

	assert_int_equal(trace_parse_string("b9_race", b9_race, &t, err, sizeof(err)), 0);
	for (u64 seed = base_seed; seed < base_seed + RACE_SEEDS; seed++) {
		struct replay_opts o = { .mode = REPLAY_DET, .mode_set = true, .seed = seed,
					 .seed_set = true, .quiet = true,
					 .strategy = seed & 1 ? SCHED_STRATEGY_PCT :
								SCHED_STRATEGY_RANDOM,
					 .strategy_set = true };
		struct replay_result res;

		bug_inject_set(BUG_GMEM_FILTER_PRIVATE_ONLY, knob);
		assert_int_equal(replay_trace(&t, &o, &res, err, sizeof(err)), 0);
		bug_inject_clear_all();
		if (res.violations) {
			if (!hits++)
				*first = seed;
			if (!knob)
				fail_msg("no knob, seed %llu: %s", (unsigned long long)seed,
					 res.first_violation);
		}
		replay_result_destroy(&res);
	}
	trace_destroy(&t);
	return hits;
}

static void test_b9_race(void **state)
{
	u64 first = 0;
	unsigned int hits;

	assert_int_equal(replay_b9_race(false, &first), 0);
	hits = replay_b9_race(true, &first);
	print_message("  B9 race: %u of %d seeds report with the knob (first: seed %llu)\n", hits,
		      RACE_SEEDS, (unsigned long long)first);
	assert_true(hits > 0);
}

/* ---- nothing else changes: the examples pass with filter_roots ----------------------------- */

/* @text with " filter_roots" appended to its vm statement (NULL if it has none). */
static char *with_filter_roots(const char *text)
{
	const char *vm = strncmp(text, "vm ", 3) ? strstr(text, "\nvm ") : text;
	size_t head, len = strlen(text);
	const char *eol;
	char *out;

	if (!vm)
		return NULL;
	eol = strchr(vm + 1, '\n');
	head = eol ? (size_t)(eol - text) : len;
	out = malloc(len + sizeof(" filter_roots"));
	assert_non_null(out);
	memcpy(out, text, head);
	strcpy(out + head, " filter_roots");
	strcat(out, text + head);
	return out;
}

static char *read_text(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void test_examples(void **state)
{
	char dir[4096];
	struct dirent *de;
	unsigned int nr = 0;
	DIR *d;

	snprintf(dir, sizeof(dir), "%s", __FILE__);
	snprintf(dir + strlen(dirname(dir)), sizeof(dir) - strlen(dir), "/../traces/examples");
	d = opendir(dir);
	assert_non_null(d);
	while ((de = readdir(d))) {
		char path[8192], err[512];
		size_t n = strlen(de->d_name);
		char *text, *filtered;
		struct trace t;

		if (n < 4 || strcmp(de->d_name + n - 4, ".gms"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		text = read_text(path);
		filtered = with_filter_roots(text);
		free(text);
		if (!filtered)
			continue;
		if (trace_parse_string(path, filtered, &t, err, sizeof(err)))
			fail_msg("%s", err);
		for (u64 seed = base_seed; seed < base_seed + SEEDS; seed++) {
			struct replay_opts o = { .mode = REPLAY_DET, .mode_set = true, .seed = seed,
						 .seed_set = true, .quiet = true,
						 .strategy = seed & 1 ? SCHED_STRATEGY_PCT :
									SCHED_STRATEGY_RANDOM,
						 .strategy_set = true };
			struct replay_result res;

			assert_int_equal(replay_trace(&t, &o, &res, err, sizeof(err)), 0);
			if (!res.passed)
				fail_msg("%s with filter_roots, seed %llu: %lu violation(s): %s",
					 path, (unsigned long long)seed, res.violations,
					 res.first_violation);
			replay_result_destroy(&res);
		}
		trace_destroy(&t);
		free(filtered);
		nr++;
	}
	closedir(d);
	print_message("  %u example traces pass with filter_roots (%d seeds each)\n", nr, SEEDS);
	assert_true(nr >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_punch_tdp),
		cmocka_unit_test(test_punch_legacy),
		cmocka_unit_test(test_notifier_tdp),
		cmocka_unit_test(test_notifier_legacy),
		cmocka_unit_test(test_conversion),
		cmocka_unit_test(test_b9_tdp),
		cmocka_unit_test(test_b9_legacy),
		cmocka_unit_test(test_b9_race),
		cmocka_unit_test(test_examples),
	};
	const char *env = getenv("GMEMSIM_SEED");

	if (env)
		base_seed = strtoull(env, NULL, 0);
	printf("attr_filter_test: seed %llu (GMEMSIM_SEED to change)\n",
	       (unsigned long long)base_seed);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
