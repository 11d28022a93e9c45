// SPDX-License-Identifier: GPL-2.0
/*
 * gmemsim-bench [NAME...]: run the registered benchmarks (all when none named)
 * and print one line per figure.  Build with the release preset for numbers that
 * mean anything: tools/bench.sh does.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bench.h"

static struct bench *benches;

void bench_register(struct bench *b)
{
	struct bench **p = &benches;

	/* Keep registration order independent of link order: sort by name. */
	while (*p && strcmp((*p)->name, b->name) < 0)
		p = &(*p)->next;
	b->next = *p;
	*p = b;
}

u64 bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
}

static void usage(void)
{
	printf("usage: gmemsim-bench [NAME...]\n\nbenchmarks:\n");
	for (struct bench *b = benches; b; b = b->next)
		printf("  %-12s %s\n", b->name, b->help);
}

int main(int argc, char **argv)
{
	int ran = 0;

	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		usage();
		return 0;
	}
	for (struct bench *b = benches; b; b = b->next) {
		bool want = argc == 1;

		for (int i = 1; i < argc; i++)
			want |= !strcmp(argv[i], b->name);
		if (!want)
			continue;
		b->run();
		fflush(stdout);
		ran++;
	}
	if (!ran) {
		fprintf(stderr, "gmemsim-bench: no benchmark matches\n");
		usage();
		return 2;
	}
	return 0;
}
