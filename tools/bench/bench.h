/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gmemsim-bench: each bench_*.c registers its benchmarks with BENCH(); main.c
 * runs the ones named on the command line (all by default).  Every figure is one
 * fixed, greppable line:  "<area>: <what> <value> <unit>".
 */
#ifndef _GMEMSIM_BENCH_H
#define _GMEMSIM_BENCH_H

#include <linux/types.h>

struct bench {
	const char *name;
	const char *help;
	void (*run)(void);
	struct bench *next;
};

void bench_register(struct bench *b);

/* Monotonic nanoseconds: benchmarks only, never model decisions. */
u64 bench_now_ns(void);

#define BENCH(_name, _help, _fn)                                                 \
	static struct bench __bench_##_name = { .name = #_name, .help = _help, .run = _fn }; \
	__attribute__((constructor)) static void __bench_reg_##_name(void)       \
	{                                                                        \
		bench_register(&__bench_##_name);                                \
	}

#endif
