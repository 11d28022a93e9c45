// SPDX-License-Identifier: GPL-2.0
/*
 * Physical memory and page-cache figures: a page-cache hit through the
 * lockless lookup (what every guest_memfd fault and host shmem fault pays),
 * allocating and freeing a 4K and a 2M folio in a 64 GiB pfn space, and the
 * (pfn, generation) check every access through a cached translation runs.
 * Allocation is measured with a resident population of folios, as a running
 * VM holds, so the figure is the steady-state cost rather than that of
 * building and tearing down the pfn table around a single folio.
 */
#include <linux/compiler.h>
#include <stdio.h>

#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>

#include "bench.h"

#define BENCH_PAGES 4096UL
#define BENCH_ITERS 2000000UL

static void bench_print(const char *what, u64 ns, unsigned long ops)
{
	printf("mm: %s %.1f ns/op\n", what, (double)ns / (double)ops);
}

static struct super_block bench_sb = {
	.s_id = "bench",
	.s_maxbytes = MAX_LFS_FILESIZE,
};

static void bench_filemap(void)
{
	struct inode *inode = new_inode(&bench_sb, "bench");
	struct folio *folio;
	unsigned long i;
	u64 t0;

	if (!inode)
		return;
	for (i = 0; i < BENCH_PAGES; i++) {
		folio = filemap_grab_folio(inode->i_mapping, i);
		if (IS_ERR(folio))
			goto out;
		folio_unlock(folio);
		folio_put(folio);
	}
	t0 = bench_now_ns();
	for (i = 0; i < BENCH_ITERS; i++) {
		folio = filemap_get_folio(inode->i_mapping, i & (BENCH_PAGES - 1));
		folio_put(folio);
	}
	bench_print("filemap_get_folio hit", bench_now_ns() - t0, BENCH_ITERS);
out:
	iput(inode);
}

#define BENCH_RESIDENT 256

static void bench_alloc(unsigned int order, unsigned long iters)
{
	struct folio *resident[BENCH_RESIDENT] = { 0 };
	unsigned long i;
	char what[64];
	u64 t0;

	for (i = 0; i < BENCH_RESIDENT; i++) {
		resident[i] = folio_alloc(GFP_KERNEL, order);
		if (!resident[i])
			goto out;
	}
	/* Replace the oldest resident folio each round: FIFO churn. */
	t0 = bench_now_ns();
	for (i = 0; i < iters; i++) {
		struct folio **slot = &resident[i % BENCH_RESIDENT];

		folio_put(*slot);
		*slot = folio_alloc(GFP_KERNEL, order);
		if (!*slot)
			goto out;
	}
	snprintf(what, sizeof(what), "folio alloc+free order %u", order);
	bench_print(what, bench_now_ns() - t0, iters);
out:
	for (i = 0; i < BENCH_RESIDENT; i++)
		if (resident[i])
			folio_put(resident[i]);
}

static void bench_gen_check(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);
	unsigned long i, ok = 0;
	u64 t0, gen;

	if (!folio)
		return;
	gen = folio_gen(folio);
	t0 = bench_now_ns();
	for (i = 0; i < BENCH_ITERS; i++)
		ok += pfn_check_gen(folio_pfn(folio), gen, "bench");
	bench_print("pfn_check_gen", bench_now_ns() - t0, BENCH_ITERS);
	if (ok != BENCH_ITERS)
		printf("mm: pfn_check_gen failed %lu times\n", BENCH_ITERS - ok);
	folio_put(folio);
}

static void bench_mm_pages(void)
{
	struct phys_mem *pm = phys_mem_create(PHYS_MEM_DEFAULT_SIZE, 1);

	if (!pm)
		return;
	phys_mem_set_current(pm);
	bench_filemap();
	bench_alloc(0, BENCH_ITERS / 2);
	bench_alloc(PMD_ORDER, BENCH_ITERS / 2);
	bench_gen_check();
	phys_mem_set_current(NULL);
	phys_mem_destroy(pm);
	rcu_barrier();
}

BENCH(mm_pages, "page cache hit, folio alloc+free, generation check", bench_mm_pages)
