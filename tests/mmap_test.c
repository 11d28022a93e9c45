// SPDX-License-Identifier: GPL-2.0
/* gmemsim-test-layer: mm */
/*
 * Host mm system calls: mmap / munmap / mprotect / madvise errno tables row
 * by row (each row names the kernel check it hits), VMA splitting, host
 * faults and accesses, DONTNEED freeing anonymous pages, private file COW,
 * truncation unmapping file PTEs, shared memfd mappings, and teardown
 * returning every page.
 */
#include "mm_host_test.h"

#include <fcntl.h>
#include <linux/shmem_fs.h>

static struct mm_struct *new_mm(void)
{
	struct mm_struct *mm = mm_alloc("test");

	assert_non_null(mm);
	return mm;
}

/* ---- mmap errno table ----------------------------------------------------------- */

enum tfile_kind { TF_NONE, TF_RDWR, TF_RDONLY, TF_WRONLY, TF_NOMMAP, TF_SHARED_ONLY };

struct mmap_row {
	const char *what;
	unsigned long addr, len, prot, flags;
	enum tfile_kind file;
	unsigned long off;
	long expect;		/* 0: success */
};

#define BASE 0x10000000UL	/* a fixed address nothing else uses */

static void test_mmap_errno_table(void **state)
{
	static const struct mmap_row rows[] = {
		{ "len 0 [do_mmap]", 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, TF_NONE, 0, -EINVAL },
		{ "offset not page aligned [sys_mmap]", 0, P, PROT_READ, MAP_PRIVATE, TF_RDWR, 100, -EINVAL },
		{ "no fd [ksys_mmap_pgoff]", 0, P, PROT_READ, MAP_PRIVATE, TF_NONE, 0, -EBADF },
		{ "anon MAP_HUGETLB, no pool [hugetlb_file_setup]", 0, P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, TF_NONE, 0, -ENOMEM },
		{ "file MAP_HUGETLB [ksys_mmap_pgoff]", 0, P, PROT_READ, MAP_SHARED | MAP_HUGETLB,
		  TF_RDWR, 0, -EINVAL },
		{ "len wraps on PAGE_ALIGN [do_mmap]", 0, ~0UL - 10, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS, TF_NONE, 0, -ENOMEM },
		{ "offset past the largest file [file_mmap_ok]", 0, 2 * P, PROT_READ, MAP_SHARED, TF_RDWR,
		  ~0UL & PAGE_MASK, -EOVERFLOW },
		{ "len > TASK_SIZE [__get_unmapped_area]", 0, TASK_SIZE + P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS, TF_NONE, 0, -ENOMEM },
		{ "fixed end > TASK_SIZE [__get_unmapped_area]", TASK_SIZE - P, 2 * P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, TF_NONE, 0, -ENOMEM },
		{ "fixed addr unaligned [__get_unmapped_area]", BASE + 1, P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, TF_NONE, 0, -EINVAL },
		{ "fixed below mmap_min_addr [cap_mmap_addr]", P, P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, TF_NONE, 0, -EPERM },
		{ "FIXED_NOREPLACE over a mapping [do_mmap]", BASE + 2 * P, P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, TF_NONE, 0, -EEXIST },
		{ "file: no MAP_TYPE [do_mmap]", 0, P, PROT_READ, 0, TF_RDWR, 0, -EINVAL },
		{ "file: SHARED_VALIDATE + unknown flag [do_mmap]", 0, P, PROT_READ,
		  MAP_SHARED_VALIDATE | MAP_SYNC, TF_RDWR, 0, -EOPNOTSUPP },
		{ "file: MAP_SHARED ignores unknown flag [do_mmap]", 0, P, PROT_READ,
		  MAP_SHARED | MAP_SYNC, TF_RDWR, 0, 0 },
		{ "file: SHARED|PRIVATE is SHARED_VALIDATE [do_mmap]", 0, P, PROT_READ,
		  MAP_SHARED | MAP_PRIVATE, TF_RDWR, 0, 0 },
		{ "read-only file, shared writable [do_mmap]", 0, P, PROT_READ | PROT_WRITE,
		  MAP_SHARED, TF_RDONLY, 0, -EACCES },
		{ "read-only file, private writable [do_mmap]", 0, P, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE, TF_RDONLY, 0, 0 },
		{ "write-only file [do_mmap]", 0, P, PROT_READ, MAP_SHARED, TF_WRONLY, 0, -EACCES },
		{ "file without ->mmap [do_mmap]", 0, P, PROT_READ, MAP_SHARED, TF_NOMMAP, 0, -ENODEV },
		{ "file GROWSDOWN [do_mmap]", 0, P, PROT_READ, MAP_PRIVATE | MAP_GROWSDOWN, TF_RDWR, 0,
		  -EINVAL },
		{ "->mmap refuses private [kvm_gmem_mmap]", 0, P, PROT_READ, MAP_PRIVATE,
		  TF_SHARED_ONLY, 0, -EINVAL },
		{ "->mmap accepts shared [kvm_gmem_mmap]", 0, P, PROT_READ | PROT_WRITE, MAP_SHARED,
		  TF_SHARED_ONLY, 0, 0 },
		{ "anon: no MAP_TYPE [do_mmap]", 0, P, PROT_READ, MAP_ANONYMOUS, TF_NONE, 0, -EINVAL },
		{ "anon: SHARED|PRIVATE [do_mmap]", 0, P, PROT_READ,
		  MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS, TF_NONE, 0, -EINVAL },
		{ "anon shared GROWSDOWN [do_mmap]", 0, P, PROT_READ,
		  MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN, TF_NONE, 0, -EINVAL },
		{ "anon private ok", 0, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, TF_NONE, 0, 0 },
		{ "MAP_FIXED replaces [__mmap_region]", BASE, P, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, TF_NONE, 0, 0 },
	};
	static const struct { int flags; const struct file_operations *fops; } kinds[] = {
		[TF_RDWR] = { O_RDWR, &tfile_fops },
		[TF_RDONLY] = { O_RDONLY, &tfile_fops },
		[TF_WRONLY] = { O_WRONLY, &tfile_fops },
		[TF_NOMMAP] = { O_RDWR, &tfile_fops_nommap },
		[TF_SHARED_ONLY] = { O_RDWR, &tfile_fops_shared_only },
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(rows); i++) {
		const struct mmap_row *r = &rows[i];
		struct mm_struct *mm = new_mm();
		struct file *file = NULL;
		long ret;

		/* the row's neighbourhood: one 4-page mapping at BASE */
		assert_int_equal(mm_mmap(mm, BASE, 4 * P, PROT_READ,
					 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
		if (r->file != TF_NONE)
			file = tfile_create("t", 16 * P, kinds[r->file].flags, kinds[r->file].fops);
		ret = mm_mmap(mm, r->addr, r->len, r->prot, r->flags, file, r->off);
		if (r->expect) {
			if (ret != r->expect)
				fail_msg("row %u (%s): got %ld, want %ld", i, r->what, ret, r->expect);
			assert_int_equal(mm->map_count, 1);
		} else if (IS_ERR_VALUE(ret)) {
			fail_msg("row %u (%s): got %ld, want success", i, r->what, ret);
		}
		mmput(mm);
		if (file)
			fput(file);
	}
}

/* pgoff + len wrapping is caught before placement [do_mmap]. */
static void test_mmap_pgoff_overflow(void **state)
{
	struct mm_struct *mm = new_mm();

	assert_int_equal(mm_mmap_pgoff(mm, 0, 2 * P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL,
				       ~0UL), -EOVERFLOW);
	mmput(mm);
}

/* Top-down placement from the fixed base, deterministic; hints honoured. */
static void test_mmap_placement(void **state)
{
	struct mm_struct *mm = new_mm();
	long a, b, c;

	a = mm_mmap(mm, 0, 2 * P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	b = mm_mmap(mm, 0, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_int_equal(a, MM_MMAP_BASE - 2 * P);
	assert_int_equal(b, MM_MMAP_BASE - 3 * P);
	/* a free hint is used as is; a hint below mmap_min_addr is rounded up */
	c = mm_mmap(mm, BASE, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_int_equal(c, BASE);
	c = mm_mmap(mm, 4096, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_int_equal(c, MMAP_MIN_ADDR);
	/* an occupied hint falls back to the top-down search: the hole left by a */
	assert_int_equal(mm_munmap(mm, a, 2 * P), 0);
	c = mm_mmap(mm, BASE, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_int_equal(c, MM_MMAP_BASE - P);
	mmput(mm);
}

/* ---- munmap ------------------------------------------------------------------------ */

static void test_munmap_errno_table(void **state)
{
	static const struct {
		const char *what;
		unsigned long start, len;
		int expect;
	} rows[] = {
		{ "unaligned start [do_vmi_munmap]", BASE + 1, P, -EINVAL },
		{ "len 0 [do_vmi_munmap]", BASE, 0, -EINVAL },
		{ "start > TASK_SIZE [do_vmi_munmap]", TASK_SIZE + P, P, -EINVAL },
		{ "len > TASK_SIZE - start [do_vmi_munmap]", BASE, TASK_SIZE, -EINVAL },
		{ "nothing mapped [do_vmi_munmap]", BASE + 64 * P, P, 0 },
		{ "unaligned len rounds up", BASE, 1, 0 },
		{ "middle split", BASE + P, P, 0 },
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(rows); i++) {
		struct mm_struct *mm = new_mm();
		int ret;

		assert_int_equal(mm_mmap(mm, BASE, 4 * P, PROT_READ,
					 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
		ret = mm_munmap(mm, rows[i].start, rows[i].len);
		if (ret != rows[i].expect)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].what, ret, rows[i].expect);
		mmput(mm);
	}
}

/* Splitting VMAs: the map count and the vm.max_map_count limit. */
static void test_munmap_split_and_map_count(void **state)
{
	struct mm_struct *mm = new_mm();
	struct vm_area_struct *vma;

	assert_int_equal(mm_mmap(mm, BASE, 8 * P, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
	touch_range(mm, BASE, 8 * P, 1);
	/* [ BASE .. +2 | hole | +3 .. +8 ) */
	assert_int_equal(mm_munmap(mm, BASE + 2 * P, P), 0);
	assert_int_equal(mm->map_count, 2);
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), 7);
	mmap_read_lock(mm);
	vma = find_vma(mm, BASE + 2 * P);
	assert_int_equal(vma->vm_start, BASE + 3 * P);
	assert_int_equal(vma->vm_pgoff, (BASE + 3 * P) >> PAGE_SHIFT);
	mmap_read_unlock(mm);
	/* a middle split needs room for one more VMA [do_vmi_align_munmap] */
	mm->max_map_count = 2;
	assert_int_equal(mm_munmap(mm, BASE + 5 * P, P), -ENOMEM);
	/* trimming an end needs no new VMA */
	assert_int_equal(mm_munmap(mm, BASE + 7 * P, P), 0);
	/* across the hole: both sides go */
	mm->max_map_count = DEFAULT_MAX_MAP_COUNT;
	assert_int_equal(mm_munmap(mm, BASE, 8 * P), 0);
	assert_int_equal(mm->map_count, 0);
	assert_int_equal(get_mm_rss(mm), 0);
	mmput(mm);
}

/* ---- mprotect ---------------------------------------------------------------------- */

static void test_mprotect_errno_table(void **state)
{
	static const struct {
		const char *what;
		unsigned long start, len, prot;
		int expect;
	} rows[] = {
		{ "GROWSDOWN|GROWSUP [do_mprotect_pkey]", BASE, P,
		  PROT_READ | PROT_GROWSDOWN | PROT_GROWSUP, -EINVAL },
		{ "unaligned [do_mprotect_pkey]", BASE + 1, P, PROT_READ, -EINVAL },
		{ "len 0 [do_mprotect_pkey]", BASE, 0, PROT_READ, 0 },
		{ "end wraps [do_mprotect_pkey]", BASE, ~0UL - BASE, PROT_READ, -ENOMEM },
		{ "unknown prot bit [arch_validate_prot]", BASE, P, PROT_READ | 0x10, -EINVAL },
		{ "nothing mapped [do_mprotect_pkey]", BASE + 64 * P, P, PROT_READ, -ENOMEM },
		{ "starts in a hole [do_mprotect_pkey]", BASE - P, 2 * P, PROT_READ, -ENOMEM },
		{ "runs into a hole [do_mprotect_pkey]", BASE + 3 * P, 2 * P, PROT_READ, -ENOMEM },
		{ "GROWSDOWN on a normal VMA [do_mprotect_pkey]", BASE, P,
		  PROT_READ | PROT_GROWSDOWN, -EINVAL },
		{ "GROWSUP [do_mprotect_pkey]", BASE, P, PROT_READ | PROT_GROWSUP, -EINVAL },
		{ "write on a read-only file's shared map [VM_MAYWRITE]", BASE + 8 * P, P,
		  PROT_READ | PROT_WRITE, -EACCES },
		{ "read-only", BASE, 4 * P, PROT_READ, 0 },
		{ "PROT_NONE", BASE + P, P, PROT_NONE, 0 },
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(rows); i++) {
		struct mm_struct *mm = new_mm();
		struct file *ro = tfile_create("ro", 4 * P, O_RDONLY, &tfile_fops);
		int ret;

		assert_int_equal(mm_mmap(mm, BASE, 4 * P, PROT_READ | PROT_WRITE,
					 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
		assert_int_equal(mm_mmap(mm, BASE + 8 * P, P, PROT_READ, MAP_SHARED | MAP_FIXED,
					 ro, 0), BASE + 8 * P);
		ret = mm_mprotect(mm, rows[i].start, rows[i].len, rows[i].prot);
		if (ret != rows[i].expect)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].what, ret, rows[i].expect);
		mmput(mm);
		fput(ro);
	}
}

/* mprotect changes the part before a hole, then fails: the kernel's behaviour. */
static void test_mprotect_partial_then_hole(void **state)
{
	struct mm_struct *mm = new_mm();
	u64 v = 7;

	assert_int_equal(mm_mmap(mm, BASE, 2 * P, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
	assert_int_equal(mm_mprotect(mm, BASE, 3 * P, PROT_READ), -ENOMEM);
	assert_int_equal(host_write(mm, BASE, v), -EFAULT);
	assert_int_equal(host_read(mm, BASE + P, &v), 0);
	assert_int_equal(v, 0);
	/* PROT_NONE: even reads fault with SIGSEGV */
	assert_int_equal(mm_mprotect(mm, BASE, P, PROT_NONE), 0);
	assert_int_equal(host_read(mm, BASE, &v), -EFAULT);
	assert_int_equal(mm->map_count, 2);
	mmput(mm);
}

/* ---- madvise ------------------------------------------------------------------------ */

static void test_madvise_errno_table(void **state)
{
	static const struct {
		const char *what;
		unsigned long start, len;
		int advice;
		int expect;
	} rows[] = {
		{ "unknown advice [madvise_behavior_valid]", BASE, P, 99, -EINVAL },
		{ "MADV_COLLAPSE (no THP) [madvise_behavior_valid]", BASE, P, MADV_COLLAPSE, -EINVAL },
		{ "MADV_HUGEPAGE (no THP) [madvise_behavior_valid]", BASE, P, MADV_HUGEPAGE, -EINVAL },
		{ "unaligned [is_valid_madvise]", BASE + 1, P, MADV_DONTNEED, -EINVAL },
		{ "len rounds to 0 [is_valid_madvise]", BASE, ~0UL, MADV_DONTNEED, -EINVAL },
		{ "end wraps [is_valid_madvise]", BASE, ~0UL - 2 * P, MADV_DONTNEED, -EINVAL },
		{ "len 0 [is_valid_madvise]", BASE, 0, MADV_DONTNEED, 0 },
		{ "unmapped [madvise_walk_vmas]", BASE + 64 * P, P, MADV_DONTNEED, -ENOMEM },
		{ "hole at the end [madvise_walk_vmas]", BASE, 5 * P, MADV_DONTNEED, -ENOMEM },
		{ "hole at the start [madvise_walk_vmas]", BASE - P, 2 * P, MADV_DONTNEED, -ENOMEM },
		{ "DONTNEED", BASE, 4 * P, MADV_DONTNEED, 0 },
		{ "REMOVE on anon private [madvise_remove]", BASE, P, MADV_REMOVE, -EINVAL },
		{ "REMOVE on a private file map [madvise_remove]", BASE + 8 * P, P, MADV_REMOVE,
		  -EACCES },
		{ "FREE on a file map [madvise_free_single_vma]", BASE + 8 * P, P, MADV_FREE, -EINVAL },
		{ "FREE on anon", BASE, P, MADV_FREE, 0 },
		{ "WIPEONFORK on a file map [madvise_vma_behavior]", BASE + 8 * P, P,
		  MADV_WIPEONFORK, -EINVAL },
		{ "WIPEONFORK on anon splits", BASE + P, P, MADV_WIPEONFORK, 0 },
		{ "WILLNEED", BASE, P, MADV_WILLNEED, 0 },
		{ "POPULATE_WRITE on read-only [faultin_page_range]", BASE + 8 * P, P,
		  MADV_POPULATE_WRITE, -EINVAL },
		{ "POPULATE_READ over a hole [madvise_populate]", BASE + 3 * P, 2 * P,
		  MADV_POPULATE_READ, -ENOMEM },
		{ "POPULATE_READ past EOF: SIGBUS [madvise_populate]", BASE + 9 * P, P,
		  MADV_POPULATE_READ, -EFAULT },
		{ "POPULATE_WRITE", BASE, 4 * P, MADV_POPULATE_WRITE, 0 },
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(rows); i++) {
		struct mm_struct *mm = new_mm();
		struct file *f = tfile_create("f", P, O_RDONLY, &tfile_fops);
		int ret;

		/* anon RW at BASE (4 pages); 2 pages of a 1-page file at BASE + 8P */
		assert_int_equal(mm_mmap(mm, BASE, 4 * P, PROT_READ | PROT_WRITE,
					 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, NULL, 0), BASE);
		assert_int_equal(mm_mmap(mm, BASE + 8 * P, 2 * P, PROT_READ,
					 MAP_PRIVATE | MAP_FIXED, f, 0), BASE + 8 * P);
		ret = mm_madvise(mm, rows[i].start, rows[i].len, rows[i].advice);
		if (ret != rows[i].expect)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].what, ret, rows[i].expect);
		mmput(mm);
		fput(f);
	}
}

/* DONTNEED drops anonymous pages: the page counter comes back, reads see zero. */
static void test_madvise_dontneed_frees_anon(void **state)
{
	struct mm_struct *mm = new_mm();
	unsigned long before = mm_pages_in_use(), addr;
	u64 v = 1;

	addr = map_anon(mm, 8 * P, PROT_READ | PROT_WRITE);
	touch_range(mm, addr, 8 * P, 100);
	assert_int_equal(mm_pages_in_use() - before >= 8, true);
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), 8);
	assert_int_equal(mm_owner_pages(&mm->anon_owner), 8);
	assert_int_equal(mm_madvise(mm, addr + 2 * P, 4 * P, MADV_DONTNEED), 0);
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), 4);
	assert_int_equal(mm_owner_pages(&mm->anon_owner), 4);
	assert_int_equal(host_read(mm, addr + 3 * P, &v), 0);
	assert_int_equal(v, 0);				/* fresh zero page */
	assert_int_equal(host_read(mm, addr + 7 * P, &v), 0);
	assert_int_equal(v, 107);			/* untouched page kept */
	assert_int_equal(mm->map_count, 1);		/* DONTNEED does not split */
	mmput(mm);
	assert_int_equal(mm_pages_in_use(), before);
}

/* ---- faults and accesses --------------------------------------------------------------- */

static void test_host_access_results(void **state)
{
	struct mm_struct *mm = new_mm();
	struct file *f = tfile_create("f", 2 * P, O_RDWR, &tfile_fops);
	unsigned long ro, fm;
	u64 v = 0;

	ro = map_anon(mm, P, PROT_READ);
	fm = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
	assert_false(IS_ERR_VALUE(fm));
	assert_int_equal(host_read(mm, 0x1000000, &v), -EFAULT);	/* no VMA: SIGSEGV */
	assert_int_equal(host_write(mm, ro, 1), -EFAULT);		/* read-only: SIGSEGV */
	assert_int_equal(host_read(mm, ro, &v), 0);
	assert_int_equal(host_write(mm, fm + P, 5), 0);
	assert_int_equal(host_read(mm, fm + 2 * P, &v), HOST_SIGBUS);	/* past EOF */
	assert_int_equal(get_mm_rss(mm), 2);
	mmput(mm);
	fput(f);
}

/*
 * mm_read_ptes() reads what mm_read_pte() reads, page by page, across a PTE
 * table boundary and over ranges no table covers.
 */
static void test_read_ptes_matches_read_pte(void **state)
{
	enum { N = 1100 };	/* over two PTE table boundaries */
	struct mm_struct *mm = new_mm();
	static pte_t ptes[N + 64];
	unsigned long a, start;
	u64 v;

	/* 2M-aligned start, 64 pages before it: the reads begin in a missing table */
	a = mm_mmap(mm, 0, (N + 1024) * P, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);
	assert_false(IS_ERR_VALUE(a));
	start = ALIGN(a, 512 * P) + 512 * P;
	for (unsigned long i = 0; i < N; i += 3)
		assert_int_equal(host_write(mm, start + i * P, i + 1), 0);
	assert_int_equal(host_read(mm, start + 7 * P, &v), 0);
	memset(ptes, 0xa5, sizeof(ptes));
	mm_read_ptes(mm, start - 64 * P, ptes, N + 64);
	for (unsigned long i = 0; i < N + 64; i++) {
		pte_t one = mm_read_pte(mm, start - 64 * P + i * P);

		assert_int_equal(ptes[i].pte, one.pte);
		assert_int_equal(ptes[i].gen, one.gen);
		assert_int_equal(pte_present(one), i >= 64 && ((i - 64) % 3 == 0 || i - 64 == 7));
	}
	mmput(mm);
}

/*
 * Private file mapping: reads share the page-cache page read-only, a write
 * copies it (COW) with a notifier pair over the one page; the file keeps
 * its data; truncation with even_cows drops the copy too.
 */
static void test_private_file_cow(void **state)
{
	struct mm_struct *mm = new_mm();
	struct file *f = tfile_create("f", 4 * P, O_RDWR, &tfile_fops);
	struct mm_struct *other = new_mm();
	struct test_notifier tn;
	unsigned long a, s;
	pte_t pte;
	u64 v;

	s = mm_mmap(other, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
	a = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE, f, 0);
	assert_false(IS_ERR_VALUE(s) || IS_ERR_VALUE(a));
	assert_int_equal(host_write(other, s, 41), 0);
	assert_int_equal(host_read(mm, a, &v), 0);
	assert_int_equal(v, 41);
	pte = mm_read_pte(mm, a);
	assert_true(pte_present(pte) && !pte_write(pte));
	assert_int_equal(pte_pfn(pte), pte_pfn(mm_read_pte(other, s)));

	tn_register(&tn, mm);
	assert_int_equal(host_write(mm, a, 42), 0);		/* COW */
	tn_expect_one(&tn, MMU_NOTIFY_CLEAR, a, a + P);
	assert_int_not_equal(pte_pfn(mm_read_pte(mm, a)), pte_pfn(mm_read_pte(other, s)));
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), 1);
	assert_int_equal(host_read(other, s, &v), 0);
	assert_int_equal(v, 41);				/* the file is unchanged */
	/* write fault on a not-present private page copies right away */
	assert_int_equal(host_write(mm, a + P, 43), 0);
	assert_int_equal(host_read(other, s + P, &v), 0);
	assert_int_equal(v, 0);

	tn_reset(&tn);
	tfile_truncate(f, 0);			/* even_cows: the copies go too */
	assert_int_equal(get_mm_rss(mm), 0);
	assert_int_equal(get_mm_rss(other), 0);
	mmu_notifier_unregister(&tn.mn, mm);
	mmput(mm);
	mmput(other);
	fput(f);
}

/*
 * Truncation unmaps every mapping of the file: one pair per VMA over exactly
 * the VMA's part of the hole, PTEs present in start and gone in end.
 */
static void test_truncate_unmaps_file_ptes(void **state)
{
	struct mm_struct *mm = new_mm();
	struct file *f = tfile_create("f", 8 * P, O_RDWR, &tfile_fops);
	unsigned long before = mm_pages_in_use();
	struct test_notifier tn;
	unsigned long a;
	const struct nrec *rec;
	u64 v;

	/* map file pages 2..7 at a: hva a + i*P is file page 2 + i */
	a = mm_mmap(mm, 0, 6 * P, PROT_READ | PROT_WRITE, MAP_SHARED, f, 2 * P);
	assert_false(IS_ERR_VALUE(a));
	touch_range(mm, a, 6 * P, 1);
	tn_register(&tn, mm);
	/* punch file pages [4, 6): hva [a + 2P, a + 4P) */
	filemap_invalidate_lock(f->f_mapping);
	unmap_mapping_range(f->f_mapping, 4 * P, 2 * P, 0);
	truncate_inode_pages_range(f->f_mapping, 4 * P, 6 * P - 1);
	filemap_invalidate_unlock(f->f_mapping);
	assert_true(tn.nr_start >= 1);
	rec = &tn.rec[0];
	assert_int_equal(rec->event, MMU_NOTIFY_CLEAR);
	assert_int_equal(rec->start, a + 2 * P);
	assert_int_equal(rec->end, a + 4 * P);
	assert_int_equal(rec->present_at_start, 2);
	assert_int_equal(rec->present_at_end, 0);
	assert_int_equal(tn.nr_start, tn.nr_end);
	assert_int_equal(mm_count_present(mm, a, a + 6 * P), 4);
	assert_int_equal(mm_pages_in_use(), before + 4);
	/* the hole reads zero again through the mapping */
	assert_int_equal(host_read(mm, a + 3 * P, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(host_read(mm, a + 4 * P, &v), 0);
	assert_int_equal(v, 5);
	mmu_notifier_unregister(&tn.mn, mm);
	mmput(mm);
	fput(f);
}

/* A memfd mapped shared sees the file's writes and the file sees its writes. */
static void test_shmem_shared_mapping(void **state)
{
	struct mm_struct *mm = new_mm();
	struct file *f = sys_memfd_create("shared", 0);
	unsigned long before = mm_pages_in_use();
	u64 words[1] = { 77 }, out[1] = { 0 };
	unsigned long a;
	u64 v;

	assert_false(IS_ERR(f));
	assert_int_equal(vfs_ftruncate(f, 4 * P), 0);
	a = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
	assert_false(IS_ERR_VALUE(a));
	assert_int_equal(vfs_pwrite(f, words, 8, P), 8);
	assert_int_equal(host_read(mm, a + P, &v), 0);
	assert_int_equal(v, 77);
	assert_int_equal(host_write(mm, a + 2 * P, 88), 0);
	assert_int_equal(vfs_pread(f, out, 8, 2 * P), 8);
	assert_int_equal(out[0], 88);
	assert_int_equal(get_mm_counter(mm, MM_SHMEMPAGES), 2);
	/* MADV_REMOVE punches the backing file */
	assert_int_equal(mm_madvise(mm, a + P, P, MADV_REMOVE), 0);
	assert_int_equal(vfs_pread(f, out, 8, P), 8);
	assert_int_equal(out[0], 0);
	assert_int_equal(get_mm_counter(mm, MM_SHMEMPAGES), 1);
	/* past EOF is SIGBUS */
	assert_int_equal(vfs_ftruncate(f, 2 * P), 0);
	assert_int_equal(host_read(mm, a + 2 * P, &v), HOST_SIGBUS);
	mmput(mm);
	fput(f);
	assert_int_equal(mm_pages_in_use(), before);
}

/* MAP_SHARED | MAP_ANONYMOUS is shmem underneath; MADV_REMOVE works on it. */
static void test_shared_anon(void **state)
{
	struct mm_struct *mm = new_mm();
	unsigned long before = mm_pages_in_use();
	long a;
	u64 v;

	a = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, NULL, 0);
	assert_false(IS_ERR_VALUE(a));
	touch_range(mm, a, 4 * P, 10);
	assert_int_equal(mm_madvise(mm, a, P, MADV_REMOVE), 0);
	assert_int_equal(host_read(mm, a, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(host_read(mm, a + P, &v), 0);
	assert_int_equal(v, 11);
	mmput(mm);
	assert_int_equal(mm_pages_in_use(), before);
}

/* Teardown returns every page and calls ->release once. */
static void test_teardown_returns_every_page(void **state)
{
	unsigned long before = mm_pages_in_use();
	struct mm_struct *mm = new_mm();
	struct file *f = tfile_create("f", 4 * P, O_RDWR, &tfile_fops);
	struct test_notifier tn;
	unsigned long a;

	a = map_anon(mm, 16 * P, PROT_READ | PROT_WRITE);
	touch_range(mm, a, 16 * P, 1);
	a = mm_mmap(mm, 0, 4 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_POPULATE, f, 0);
	assert_false(IS_ERR_VALUE(a));
	assert_int_equal(get_mm_counter(mm, MM_ANONPAGES), 16 + 4);	/* populate broke COW */
	tn_register(&tn, mm);
	mmput(mm);
	assert_int_equal(tn.nr_release, 1);
	assert_int_equal(tn.nr_start, 0);	/* released subscribers see nothing more */
	assert_int_equal(get_mm_rss(mm), 0);
	assert_int_equal(mm_owner_pages(&mm->anon_owner), 0);
	assert_int_equal(mm->pgtables_bytes, 0);
	mmu_notifier_unregister(&tn.mn, mm);	/* drops the last mm_count */
	assert_int_equal(tn.nr_release, 1);
	fput(f);
	assert_int_equal(mm_pages_in_use(), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mmap_errno_table),
		cmocka_unit_test(test_mmap_pgoff_overflow),
		cmocka_unit_test(test_mmap_placement),
		cmocka_unit_test(test_munmap_errno_table),
		cmocka_unit_test(test_munmap_split_and_map_count),
		cmocka_unit_test(test_mprotect_errno_table),
		cmocka_unit_test(test_mprotect_partial_then_hole),
		cmocka_unit_test(test_madvise_errno_table),
		cmocka_unit_test(test_madvise_dontneed_frees_anon),
		cmocka_unit_test(test_host_access_results),
		cmocka_unit_test(test_read_ptes_matches_read_pte),
		cmocka_unit_test(test_private_file_cow),
		cmocka_unit_test(test_truncate_unmaps_file_ptes),
		cmocka_unit_test(test_shmem_shared_mapping),
		cmocka_unit_test(test_shared_anon),
		cmocka_unit_test(test_teardown_returns_every_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
