// SPDX-License-Identifier: GPL-2.0
/*
 * Host mm figures: GUP on an already mapped page (the fast path KVM's
 * hva_to_pfn_fast takes, and the slow path under mmap_lock), and the cost of
 * a host fault (anonymous write fault: allocate, zero, map; then zap).
 *
 *   mm: gup hit 40.2 ns/op
 *   mm: gup slow hit 80.1 ns/op
 *   mm: host fault anon 300.0 ns/op
 *   mm: host access hit 50.0 ns/op
 */
#include <stdio.h>

#include <linux/mm.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>

#include "bench.h"

#define BENCH_PAGES 4096UL
#define BENCH_ITERS 1000000UL

static void bench_mm_host(void)
{
	struct mm_struct *mm = mm_alloc("bench");
	unsigned long addr, pfn, i;
	struct folio *folio;
	u64 t0, t1, v;
	long a;

	if (!mm)
		return;
	a = mm_mmap(mm, 0, BENCH_PAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	if (IS_ERR_VALUE(a))
		goto out;
	addr = a;

	/* host fault: write faults over fresh pages, then DONTNEED, repeated */
	t0 = bench_now_ns();
	for (int round = 0; round < 8; round++) {
		for (i = 0; i < BENCH_PAGES; i++)
			host_write(mm, addr + i * PAGE_SIZE, i);
		if (round < 7)
			mm_madvise(mm, addr, BENCH_PAGES * PAGE_SIZE, MADV_DONTNEED);
	}
	t1 = bench_now_ns();
	printf("mm: host fault anon %.1f ns/op\n", (double)(t1 - t0) / (8 * BENCH_PAGES));

	t0 = bench_now_ns();
	for (i = 0; i < BENCH_ITERS; i++)
		host_read(mm, addr + (i % BENCH_PAGES) * PAGE_SIZE, &v);
	t1 = bench_now_ns();
	printf("mm: host access hit %.1f ns/op\n", (double)(t1 - t0) / BENCH_ITERS);

	t0 = bench_now_ns();
	for (i = 0; i < BENCH_ITERS; i++) {
		if (get_user_page_fast_only(mm, addr + (i % BENCH_PAGES) * PAGE_SIZE, FOLL_WRITE,
					    &folio, &pfn))
			folio_put(folio);
	}
	t1 = bench_now_ns();
	printf("mm: gup hit %.1f ns/op\n", (double)(t1 - t0) / BENCH_ITERS);

	t0 = bench_now_ns();
	for (i = 0; i < BENCH_ITERS; i++) {
		if (get_user_pages_unlocked(mm, addr + (i % BENCH_PAGES) * PAGE_SIZE, 1, &folio,
					    &pfn, FOLL_WRITE) == 1)
			folio_put(folio);
	}
	t1 = bench_now_ns();
	printf("mm: gup slow hit %.1f ns/op\n", (double)(t1 - t0) / BENCH_ITERS);
out:
	mmput(mm);
}

BENCH(mm_host, "host mm: GUP hit (fast, slow) and host fault cost", bench_mm_host)
