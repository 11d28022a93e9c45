// SPDX-License-Identifier: GPL-2.0
/*
 * The trace parser and writer (sim/trace_*.c): valid traces round-trip, every
 * malformed line is rejected with FILE:LINE:COL, and random damage never
 * crashes the parser.
 */
/* gmemsim-test-layer: sim */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <linux/err.h>

#include "sim/trace.h"

static const char good[] =
	"# the private_mem_conversions_test protocol, one page\n"
	"gmemsim-trace 1\n"
	"vm type=sw_protected vcpus=2 mmu=tdp\n"
	"run mode=det seed=42 strategy=pct pct_depth=3 schedule=0001ff\n"
	"memfd_create name=shm size=2M huge\n"
	"mmap name=shared_mem len=2M prot=read|write shared memfd=shm\n"
	"gmem_create name=g0 size=2M flags=0 expect=0\n"
	"set_memory_region slot=0 gpa=0 size=2M mem=shared_mem gmem=g0 gmem_offset=0 "
	"flags=guest_memfd expect=0\n"
	"set_memory_attributes gpa=0 size=2M private\n"
	"vcpu0: write gpa=0x1000 private value=0xabcd expect=0   # trailing comment\n"
	"vcpu1: read gpa=0x1000 private expect=value:0xabcd\n"
	"barrier\n"
	"vmm: set_memory_attributes gpa=0x1000 size=4K shared expect=0\n"
	"vmm: gmem_fallocate gmem=g0 offset=0x1000 len=4K mode=keep_size|punch_hole expect=0\n"
	"vcpu0: read gpa=0x1000 private expect=exit:memory_fault\n"
	"vcpu0: read gpa=0x1000 shared expect=value:0\n"
	"host: madvise mem=shared_mem offset=0 len=4K advice=dontneed expect=0\n"
	"host: host_write mem=shared_mem offset=0x1000 value=7\n"
	"vcpu1: pre_fault gpa=0 size=8K expect=-ENOENT\n"
	"vmm: set_memory_region slot=0 size=0 flags=0x80|readonly v1 expect=-EINVAL\n"
	"host: hwpoison gmem=g0 offset=0\n";

static char *write_to_string(const struct trace *t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(trace_write(t, f), 0);
	fclose(f);
	return buf;
}

static void test_good_trace(void **state)
{
	struct trace t;
	char err[256] = "";
	const struct trace_stmt *st;

	assert_int_equal(trace_parse_string("good.gms", good, &t, err, sizeof(err)), 0);
	assert_int_equal(t.nr_vcpus, 2);
	assert_int_equal(t.nr_obj, 3);
	assert_int_equal(t.nr_stmt, 19);
	assert_int_equal(t.first_event, 7);
	st = &t.stmt[7];
	assert_int_equal(st->op, TOP_WRITE);
	assert_int_equal(st->actor, TRACE_ACTOR_VCPU0);
	assert_int_equal(st->val[trace_param_index(TOP_WRITE, "gpa")], 0x1000);
	assert_int_equal(st->val[trace_param_index(TOP_WRITE, "value")], 0xabcd);
	assert_true(trace_has(st, trace_param_index(TOP_WRITE, "private")));
	assert_false(trace_has(st, trace_param_index(TOP_WRITE, "shared")));
	assert_int_equal(t.stmt[9].actor, TRACE_ACTOR_ALL);
	assert_int_equal(t.stmt[12].expect.kind, TEXP_EXIT);
	assert_int_equal(t.stmt[12].expect.exit, TEXIT_MEMORY_FAULT);
	assert_int_equal(t.stmt[16].expect.ret, -ENOENT);
	assert_int_equal(t.stmt[3].val[trace_param_index(TOP_MMAP, "len")], 2 << 20);
	trace_destroy(&t);
}

/* parse -> write -> parse -> write is a fixed point, and the two parses agree. */
static void test_round_trip(void **state)
{
	struct trace a, b;
	char err[256];
	char *ta, *tb;

	assert_int_equal(trace_parse_string("good.gms", good, &a, err, sizeof(err)), 0);
	ta = write_to_string(&a);
	assert_int_equal(trace_parse_string("written.gms", ta, &b, err, sizeof(err)), 0);
	tb = write_to_string(&b);
	assert_string_equal(ta, tb);
	assert_int_equal(a.nr_stmt, b.nr_stmt);
	for (u32 i = 0; i < a.nr_stmt; i++) {
		assert_int_equal(a.stmt[i].op, b.stmt[i].op);
		assert_int_equal(a.stmt[i].actor, b.stmt[i].actor);
		assert_int_equal(a.stmt[i].present, b.stmt[i].present);
		assert_memory_equal(&a.stmt[i].expect, &b.stmt[i].expect, sizeof(a.stmt[i].expect));
		for (int k = 0; k < TRACE_MAX_PARAMS; k++)
			if (trace_has(&a.stmt[i], k) && trace_ops[a.stmt[i].op].params[k].type != TP_STR)
				assert_int_equal(a.stmt[i].val[k], b.stmt[i].val[k]);
	}
	free(ta);
	free(tb);
	trace_destroy(&a);
	trace_destroy(&b);
}

/* Each bad input: the text and the exact "file:line:col: " prefix plus a hint. */
static const struct {
	const char *text;
	const char *where;
	const char *msg;
} bad[] = {
	{ "", "t:1:1: ", "empty trace" },
	{ "# nothing\n\n", "t:2:1: ", "empty trace" },
	{ "gmemsim-trace 2\n", "t:1:15: ", "unsupported version" },
	{ "gmemtrace 1\n", "t:1:1: ", "expected the header" },
	{ "gmemsim-trace 1\n", "t:1:1: ", "no vm statement" },
	{ "gmemsim-trace 1\nvm vcpus=9\n", "t:2:10: ", "vcpus=9 is out of range (1..8)" },
	{ "gmemsim-trace 1\nvm vcpus=0x2\nrun mode=det strategy=1\n", "t:3:23: ", "unknown strategy" },
	{ "gmemsim-trace 1\nbarrier\n", "t:2:1: ", "barrier before the vm statement" },
	{ "gmemsim-trace 1\nvm\nvm\n", "t:3:1: ", "one vm statement" },
	{ "gmemsim-trace 1\nvm\nfrobnicate x=1\n", "t:3:1: ", "unknown op 'frobnicate'" },
	{ "gmemsim-trace 1\nvm\nvcpu1: read gpa=0\n", "t:3:1: ", "the vm has 1 vCPU" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0x1g\n", "t:3:20: ", "bad character 'g'" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=99999999999999999999\n", "t:3:17: ",
	  "does not fit in 64 bits" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0xffffffffffffffffK\n", "t:3:17: ",
	  "does not fit" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read\n", "t:3:8: ", "read needs gpa=" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=1 gpa=2\n", "t:3:19: ", "given twice" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=1 size=2\n", "t:3:19: ", "no argument 'size'" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=1 private=1\n", "t:3:19: ", "bare word" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa\n", "t:3:13: ", "needs a value" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=\n", "t:3:17: ", "empty value" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0 expect=-EWHAT\n", "t:3:26: ", "unknown errno" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0 expect=exit:boom\n", "t:3:31: ",
	  "unknown exit" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0 expect=maybe\n", "t:3:26: ",
	  "bad expectation" },
	{ "gmemsim-trace 1\nvm\nvmm: read gpa=0\n", "t:3:6: ", "vmm cannot run read" },
	{ "gmemsim-trace 1\nvm\nhost: gmem_close gmem=g\n", "t:3:7: ", "host cannot run" },
	{ "gmemsim-trace 1\nvm\nvmm: gmem_close gmem=g\n", "t:3:22: ", "'g' is not defined" },
	{ "gmemsim-trace 1\nvm\nmemfd_create name=m size=1\nvmm: gmem_close gmem=m\n",
	  "t:4:22: ", "'m' is a memfd, not a guest_memfd" },
	{ "gmemsim-trace 1\nvm\nmemfd_create name=m size=1\nmemfd_create name=m size=1\n",
	  "t:4:19: ", "already defined at line 3" },
	{ "gmemsim-trace 1\nvm\nmemfd_create name=9m size=1\n", "t:3:19: ", "bad name" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0\nmemfd_create name=m size=1\n", "t:4:1: ",
	  "after the first event" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0\nvm\n", "t:4:1: ", "after the first event" },
	{ "gmemsim-trace 1\nvcpu0: read gpa=0\n", "t:2:1: ", "before the vm statement" },
	{ "gmemsim-trace 1\nvm\nread gpa=0\n", "t:3:1: ", "read needs an actor" },
	{ "gmemsim-trace 1\nvm\nvcpu: read gpa=0\n", "t:3:1: ", "unknown actor" },
	{ "gmemsim-trace 1\nvm\nguest: read gpa=0\n", "t:3:1: ", "unknown actor 'guest'" },
	{ "gmemsim-trace 1\nvm\nvcpu0:\n", "t:3:8: ", "missing op" },
	{ "gmemsim-trace 1\nvm\nvmm: barrier\n", "t:3:1: ", "barrier takes no actor" },
	{ "gmemsim-trace 1\nvm\nbarrier now\n", "t:3:9: ", "no arguments" },
	{ "gmemsim-trace 1\nvm\ngmem_create name=g size=1 flags=mmap|bogus\n", "t:3:38: ",
	  "unknown flag 'bogus'" },
	{ "gmemsim-trace 1\nvm\ngmem_create name=g size=1 flags=mmap||0\n", "t:3:38: ",
	  "bad flag list" },
	{ "gmemsim-trace 1\nvm type=sev\n", "t:2:9: ", "unknown type 'sev' (default, sw_protected)" },
	{ "gmemsim-trace 1\nvm\nvcpu0: read gpa=0\xff\n", "t:3:18: ", "unexpected byte 0xff" },
	{ "gmemsim-trace 1\nvm\x01\n", "t:2:3: ", "unexpected byte 0x01" },
	{ "gmemsim-trace 1\nvm\nbarrier expect=0\n", "t:3:9: ", "no arguments" },
	{ "gmemsim-trace 1\nvm\nvm expect=0\n", "t:3:4: ", "vm takes no expect=" },
	{ "gmemsim-trace 1\nvm\nrun expect=0\n", "t:3:5: ", "run takes no expect=" },
};

static void test_bad_traces(void **state)
{
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		struct trace t;
		char err[256] = "";
		int ret = trace_parse_string("t", bad[i].text, &t, err, sizeof(err));

		if (ret != -EINVAL || strncmp(err, bad[i].where, strlen(bad[i].where)) ||
		    !strstr(err, bad[i].msg))
			fail_msg("case %zu: got %d '%s', want '%s...%s'", i, ret, err, bad[i].where,
				 bad[i].msg);
		assert_int_equal(t.nr_stmt, 0);
	}
}

static void test_file_errors(void **state)
{
	struct trace t;
	char err[256];
	char path[] = "/tmp/gmemsim-trace-XXXXXX";
	FILE *f;
	int fd;

	assert_int_equal(trace_parse_file("/nonexistent/x.gms", &t, err, sizeof(err)), -ENOENT);
	assert_non_null(strstr(err, "/nonexistent/x.gms: "));

	fd = mkstemp(path);
	f = fdopen(fd, "w");
	fwrite("gmemsim-trace 1\nvm\nvcpu0: re\0ad gpa=0\n", 1, 37, f);
	fclose(f);
	assert_int_equal(trace_parse_file(path, &t, err, sizeof(err)), -EINVAL);
	assert_non_null(strstr(err, ":3:10: NUL byte"));
	unlink(path);
}

/* Random damage to a good trace: parse may fail, but never crash or leak. */
static void test_damage_never_crashes(void **state)
{
	const char *env = getenv("GMEMSIM_SEED");
	u64 seed = env ? strtoull(env, NULL, 0) : 1;
	size_t n = strlen(good);
	char *buf = malloc(n + 1);
	int parsed = 0;

	print_message("trace_parse_test: damage seed %llu (GMEMSIM_SEED)\n",
		      (unsigned long long)seed);
	for (int iter = 0; iter < 20000; iter++) {
		static const char alphabet[] = " \t\n=|:#-0xX9aK,\x7f";
		struct trace t;
		char err[256];

		memcpy(buf, good, n + 1);
		for (int k = 0; k < 1 + iter % 4; k++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			buf[(seed >> 33) % n] = alphabet[(seed >> 17) % (sizeof(alphabet) - 1)];
		}
		if (!trace_parse_string("d", buf, &t, err, sizeof(err))) {
			parsed++;
			trace_destroy(&t);
		} else {
			assert_true(!strncmp(err, "d:", 2));
		}
	}
	assert_true(parsed > 0);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_trace),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_bad_traces),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_damage_never_crashes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
