// SPDX-License-Identifier: GPL-2.0
/*
 * memfd/shmem (mm_model/shmem.c) and the VFS layer (mm_model/file.c):
 * memfd_create, fallocate, ftruncate, pread/pwrite errno tables row by row in
 * the kernel's check order; allocation, hole punch and size changes with the
 * pages they leave; 2M folios; hugetlb memfds; seals; shmem_get_folio for
 * host faults; teardown returning every page.
 */
/* gmemsim-test-layer: mm */
#include <linux/compiler.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/mm_vma.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/rcupdate.h>
#include <linux/shmem_fs.h>

#define P ((loff_t)PAGE_SIZE)
#define M2 ((loff_t)PMD_SIZE)

static struct phys_mem *pm;
static long nr_unmap_range;
static loff_t last_unmap_begin, last_unmap_len;

/* The host mm implements these (mm_model/memory.c); nothing is mapped here. */
__attribute__((weak)) void unmap_mapping_range(struct address_space *m, loff_t holebegin,
					       loff_t holelen, int even_cows)
{
	nr_unmap_range++;
	last_unmap_begin = holebegin;
	last_unmap_len = holelen;
}

__attribute__((weak)) void unmap_mapping_folio(struct folio *folio)
{
}

/*
 * shmem's ->map_pages (fault-around) is mm_model/memory.c's: stubbed too, so
 * that nothing pulls memory.c, and its unmap_mapping_range, into this test.
 */
__attribute__((weak)) vm_fault_t filemap_map_pages(struct vm_fault *vmf, pgoff_t start_pgoff,
						   pgoff_t end_pgoff)
{
	return 0;
}

static int setup(void **state)
{
	pm = phys_mem_create(8ULL << 30, 1);
	phys_mem_set_current(pm);
	nr_unmap_range = 0;
	return 0;
}

static int teardown(void **state)
{
	unsigned long leaked = phys_mem_destroy(pm);

	phys_mem_set_current(NULL);
	rcu_barrier();
	assert_int_equal(leaked, 0);
	return 0;
}

static struct file *memfd(unsigned int flags)
{
	struct file *file = sys_memfd_create("t", flags);

	assert_false(IS_ERR(file));
	return file;
}

static unsigned long cached(struct file *file)
{
	return mapping_nrpages(file->f_mapping);
}

/* ---- memfd_create ----------------------------------------------------------------- */

static void test_memfd_create_errno(void **state)
{
	char name[300];
	static const struct {
		const char *what;
		unsigned int flags;
		size_t namelen;		/* SIZE_MAX: NULL name */
		int err;
	} rows[] = {
		{ "unknown flag",		0x100,				1, -EINVAL },
		{ "unknown flag + NULL name",	0x100,				SIZE_MAX, -EINVAL },
		{ "huge size without HUGETLB",	MFD_HUGE_2MB,			1, -EINVAL },
		{ "EXEC | NOEXEC_SEAL",		MFD_EXEC | MFD_NOEXEC_SEAL,	1, -EINVAL },
		{ "NULL name",			0,				SIZE_MAX, -EFAULT },
		{ "name of 248",		0,				248, 0 },
		{ "name of 249",		0,				249, -EINVAL },
		{ "every flag",			MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC, 1, 0 },
		{ "NOEXEC_SEAL",		MFD_NOEXEC_SEAL,		1, 0 },
		{ "HUGETLB default",		MFD_HUGETLB,			1, 0 },
		{ "HUGETLB 2MB",		MFD_HUGETLB | MFD_HUGE_2MB,	1, 0 },
		{ "HUGETLB 1GB",		MFD_HUGETLB | MFD_HUGE_1GB,	1, 0 },
		{ "HUGETLB 16KB",		MFD_HUGETLB | (14U << MFD_HUGE_SHIFT), 1, -ENODEV },
		{ "HUGETLB + unknown",		MFD_HUGETLB | 0x100,		1, -EINVAL },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		struct file *file;
		int err;

		memset(name, 'n', sizeof(name));
		if (rows[i].namelen != SIZE_MAX)
			name[rows[i].namelen] = '\0';
		file = sys_memfd_create(rows[i].namelen == SIZE_MAX ? NULL : name, rows[i].flags);
		err = IS_ERR(file) ? (int)PTR_ERR(file) : 0;
		if (err != rows[i].err)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].what, err, rows[i].err);
		if (!err)
			fput(file);
	}
}

static void test_memfd_file(void **state)
{
	struct file *file = memfd(MFD_CLOEXEC);
	struct inode *inode = file_inode(file);

	assert_string_equal(file->f_name, "memfd:t");
	assert_int_equal(file->f_mode & (FMODE_READ | FMODE_WRITE | FMODE_PREAD | FMODE_PWRITE),
			 FMODE_READ | FMODE_WRITE | FMODE_PREAD | FMODE_PWRITE);
	assert_true(file->f_flags & O_CLOEXEC);
	assert_true(S_ISREG(inode->i_mode));
	assert_int_equal(i_size_read(inode), 0);
	assert_true(shmem_file(file));
	/* sealing is off without MFD_ALLOW_SEALING */
	assert_int_equal(memfd_get_seals(file), F_SEAL_SEAL);
	assert_int_equal(memfd_add_seals(file, F_SEAL_GROW), -EPERM);
	fput(file);
}

/* ---- fallocate ------------------------------------------------------------------------ */

static void test_fallocate_errno(void **state)
{
	static const struct {
		const char *what;
		int mode;
		loff_t off, len;
		bool rdonly;
		int err;
	} rows[] = {
		/* VFS, in its order */
		{ "offset < 0",			0, -P, P, false, -EINVAL },
		{ "len 0",			0, 0, 0, false, -EINVAL },
		{ "len < 0 before mode",	0x100, 0, -1, false, -EINVAL },
		{ "unknown bit",		0x100, 0, P, false, -EOPNOTSUPP },
		{ "PUNCH without KEEP_SIZE",	FALLOC_FL_PUNCH_HOLE, 0, P, false, -EOPNOTSUPP },
		{ "COLLAPSE | KEEP_SIZE",	FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_KEEP_SIZE, 0, P,
						false, -EOPNOTSUPP },
		{ "PUNCH | ZERO",		FALLOC_FL_PUNCH_HOLE | FALLOC_FL_ZERO_RANGE |
						FALLOC_FL_KEEP_SIZE, 0, P, false, -EOPNOTSUPP },
		{ "read-only before EFBIG",	0, LLONG_MAX, P, true, -EBADF },
		{ "read-only mode error first",	0x100, 0, P, true, -EOPNOTSUPP },
		{ "offset + len overflows",	0, LLONG_MAX, P, false, -EFBIG },
		/* shmem */
		{ "ZERO_RANGE",			FALLOC_FL_ZERO_RANGE, 0, P, false, -EOPNOTSUPP },
		{ "UNSHARE",			FALLOC_FL_UNSHARE_RANGE, 0, P, false, -EOPNOTSUPP },
		{ "COLLAPSE",			FALLOC_FL_COLLAPSE_RANGE, 0, P, false, -EOPNOTSUPP },
		{ "allocate",			0, 0, P, false, 0 },
		{ "KEEP_SIZE",			FALLOC_FL_KEEP_SIZE, 0, P, false, 0 },
		{ "PUNCH | KEEP_SIZE",		FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, P,
						false, 0 },
		{ "punch past EOF",		FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 1 << 30, P,
						false, 0 },
		{ "unaligned allocate",		0, 100, 10, false, 0 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		struct file *file = memfd(0);
		int err;

		if (rows[i].rdonly)
			file->f_mode &= ~FMODE_WRITE;
		err = vfs_fallocate(file, rows[i].mode, rows[i].off, rows[i].len);
		if (err != rows[i].err)
			fail_msg("row %u (%s): got %d, want %d", i, rows[i].what, err, rows[i].err);
		fput(file);
	}
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

/*
 *   allocate [0, 16P) -> size 16P, pages 0..15 cached, !uptodate
 *   KEEP_SIZE [32P, 40P) -> size stays 16P, pages 32..39 cached
 *   punch [4P+1, 8P) -> pages 5..7 go (4 is partial), unmap [5P, 8P)
 */
static void test_fallocate_allocate_and_punch(void **state)
{
	struct file *file = memfd(0);
	struct inode *inode = file_inode(file);
	struct folio *folio;

	assert_int_equal(vfs_fallocate(file, 0, 0, 16 * P), 0);
	assert_int_equal(i_size_read(inode), 16 * P);
	assert_int_equal(cached(file), 16);
	assert_int_equal(mm_owner_pages(&inode->i_owner), 16);
	folio = filemap_get_folio(file->f_mapping, 3);
	assert_false(folio_test_uptodate(folio));	/* fallocated, not yet initialised */
	folio_put(folio);

	assert_int_equal(vfs_fallocate(file, FALLOC_FL_KEEP_SIZE, 32 * P, 8 * P), 0);
	assert_int_equal(i_size_read(inode), 16 * P);
	assert_int_equal(cached(file), 24);

	assert_int_equal(vfs_fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 4 * P + 1,
				       4 * P - 1), 0);
	assert_int_equal(nr_unmap_range, 1);
	assert_int_equal(last_unmap_begin, 5 * P);
	assert_int_equal(last_unmap_len, 3 * P);
	assert_int_equal(cached(file), 21);
	assert_ptr_equal(filemap_get_folio(file->f_mapping, 5), ERR_PTR(-ENOENT));
	folio = filemap_get_folio(file->f_mapping, 4);
	assert_false(IS_ERR(folio));
	folio_put(folio);
	assert_int_equal(phys_mem_pages_in_use(pm), 21);
	fput(file);
	/* the last reference evicts the inode and frees every page */
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_fallocate_failure_rolls_back(void **state)
{
	struct file *file = memfd(0);

	/* one page exists and was written: it must survive the rollback */
	u64 w = 77;

	assert_int_equal(vfs_pwrite(file, &w, sizeof(w), 2 * P), sizeof(w));
	phys_mem_set_fail_rate(pm, 500000);
	assert_int_equal(vfs_fallocate(file, 0, 0, 64 * P), -ENOMEM);
	phys_mem_set_fail_rate(pm, 0);
	assert_int_equal(cached(file), 1);
	assert_int_equal(i_size_read(file_inode(file)), 2 * P + sizeof(w));
	fput(file);
}

static void test_seals(void **state)
{
	struct file *file = memfd(MFD_ALLOW_SEALING);
	u64 w = 1;

	assert_int_equal(memfd_get_seals(file), 0);
	assert_int_equal(vfs_ftruncate(file, 4 * P), 0);
	assert_int_equal(memfd_add_seals(file, 0x1000), -EINVAL);
	assert_int_equal(memfd_add_seals(file, F_SEAL_GROW | F_SEAL_SHRINK), 0);
	assert_int_equal(vfs_fallocate(file, 0, 0, 8 * P), -EPERM);
	assert_int_equal(vfs_fallocate(file, 0, 0, 4 * P), 0);
	assert_int_equal(vfs_ftruncate(file, 8 * P), -EPERM);
	assert_int_equal(vfs_ftruncate(file, 2 * P), -EPERM);
	assert_int_equal(vfs_ftruncate(file, 4 * P), 0);
	assert_int_equal(vfs_pwrite(file, &w, sizeof(w), 4 * P), -EPERM);
	/* a shared writable mapping blocks F_SEAL_WRITE; once sealed, none can be made */
	atomic_set(&file->f_mapping->i_mmap_writable, 1);
	assert_int_equal(memfd_add_seals(file, F_SEAL_WRITE), -EBUSY);
	atomic_set(&file->f_mapping->i_mmap_writable, 0);
	assert_int_equal(memfd_add_seals(file, F_SEAL_WRITE), 0);
	assert_int_equal(atomic_read(&file->f_mapping->i_mmap_writable), -1);
	assert_int_equal(vfs_pwrite(file, &w, sizeof(w), 0), -EPERM);
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, P),
			 -EPERM);
	assert_int_equal(memfd_add_seals(file, F_SEAL_SEAL), 0);
	assert_int_equal(memfd_add_seals(file, F_SEAL_EXEC), -EPERM);
	file->f_mode &= ~FMODE_WRITE;
	assert_int_equal(memfd_add_seals(file, F_SEAL_EXEC), -EPERM);
	fput(file);
}

/* ---- ftruncate --------------------------------------------------------------------------- */

static void test_ftruncate_errno_and_sizes(void **state)
{
	struct file *file = memfd(0);
	struct inode *inode = file_inode(file);
	u64 w[3] = { 11, 12, 13 }, r[3];

	assert_int_equal(vfs_ftruncate(file, -1), -EINVAL);
	file->f_mode &= ~FMODE_WRITE;
	assert_int_equal(vfs_ftruncate(file, P), -EINVAL);
	file->f_mode |= FMODE_WRITE;
	assert_int_equal(vfs_ftruncate(file, LLONG_MAX), 0);	/* s_maxbytes is LLONG_MAX */
	assert_int_equal(vfs_ftruncate(file, 3 * P), 0);
	assert_int_equal(i_size_read(inode), 3 * P);
	assert_int_equal(cached(file), 0);		/* growing allocates nothing */

	assert_int_equal(vfs_pwrite(file, w, 3 * P, 0), 3 * P);
	assert_int_equal(cached(file), 3);
	nr_unmap_range = 0;
	/* shrink into page 1: page 2 goes, page 1 (partial) keeps its word */
	assert_int_equal(vfs_ftruncate(file, P + 10), 0);
	assert_int_equal(cached(file), 2);
	assert_int_equal(nr_unmap_range, 2);	/* before and after, from PAGE_ALIGN */
	assert_int_equal(last_unmap_begin, 2 * P);
	assert_int_equal(vfs_pread(file, r, 3 * P, 0), P + 10);
	assert_int_equal(r[0], 11);
	assert_int_equal(r[1], 12);
	/* grow again: the hole reads zero */
	assert_int_equal(vfs_ftruncate(file, 3 * P), 0);
	assert_int_equal(vfs_pread(file, r, 3 * P, 0), 3 * P);
	assert_int_equal(r[2], 0);
	assert_int_equal(vfs_ftruncate(file, 0), 0);
	assert_int_equal(cached(file), 0);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
	fput(file);
}

/* ---- read and write --------------------------------------------------------------------- */

static void test_pread_pwrite(void **state)
{
	struct file *file = memfd(0);
	u64 w[4] = { 1, 2, 3, 4 }, r[4] = { 9, 9, 9, 9 };

	assert_int_equal(vfs_pread(file, r, P, 0), 0);		/* empty file: EOF */
	assert_int_equal(vfs_pread(file, r, P, -1), -EINVAL);
	assert_int_equal(vfs_pwrite(file, w, P, -1), -EINVAL);
	assert_int_equal(vfs_pwrite(file, NULL, P, 0), -EFAULT);
	assert_int_equal(vfs_pwrite(file, w, 0, 0), 0);
	/* bytes [P/2, P/2 + 2P) touch pages 0, 1, 2 */
	assert_int_equal(rw_nr_words(P / 2, 2 * P), 3);
	assert_int_equal(vfs_pwrite(file, w, 2 * P, P / 2), 2 * P);
	assert_int_equal(i_size_read(file_inode(file)), P / 2 + 2 * P);
	assert_int_equal(vfs_pread(file, r, 4 * P, 0), P / 2 + 2 * P);
	assert_int_equal(r[0], 1);
	assert_int_equal(r[1], 2);
	assert_int_equal(r[2], 3);
	/* a hole between written pages reads zero without allocating */
	assert_int_equal(vfs_ftruncate(file, 8 * P), 0);
	assert_int_equal(vfs_pread(file, r, P, 6 * P), P);
	assert_int_equal(r[0], 0);
	assert_int_equal(cached(file), 3);
	/* not open for reading/pread */
	file->f_mode &= ~FMODE_PREAD;
	assert_int_equal(vfs_pread(file, r, P, 0), -ESPIPE);
	file->f_mode |= FMODE_PREAD;
	file->f_mode &= ~FMODE_READ;
	assert_int_equal(vfs_pread(file, r, P, 0), -EBADF);
	fput(file);
}

/* ---- shmem_get_folio (host faults) ------------------------------------------------------- */

static void test_shmem_get_folio(void **state)
{
	struct file *file = memfd(0);
	struct inode *inode = file_inode(file);
	struct folio *folio;

	assert_int_equal(vfs_ftruncate(file, 4 * P), 0);
	/* past EOF: SIGBUS for a fault */
	assert_int_equal(shmem_get_folio(inode, 4, 0, &folio, SGP_CACHE), -EINVAL);
	assert_null(folio);
	assert_int_equal(vmf_error(-EINVAL), VM_FAULT_SIGBUS);
	/* a hole: SGP_READ gives nothing, SGP_NOALLOC -ENOENT */
	assert_int_equal(shmem_get_folio(inode, 1, 0, &folio, SGP_READ), 0);
	assert_null(folio);
	assert_int_equal(shmem_get_folio(inode, 1, 0, &folio, SGP_NOALLOC), -ENOENT);
	/* a fallocated page is initialised by the first fault */
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_KEEP_SIZE, 2 * P, P), 0);
	assert_int_equal(shmem_get_folio(inode, 2, 0, &folio, SGP_READ), 0);
	assert_null(folio);
	assert_int_equal(shmem_get_folio(inode, 2, 0, &folio, SGP_CACHE), 0);
	assert_non_null(folio);
	assert_true(folio_test_locked(folio));
	assert_true(folio_test_uptodate(folio));
	assert_int_equal(folio_content_read(folio, 0), 0);
	assert_int_equal(folio_file_pfn(folio, 2), folio_pfn(folio));
	folio_unlock(folio);
	folio_put(folio);
	/* hwpoison: kept by shmem, reads fail with EIO */
	folio = filemap_get_folio(file->f_mapping, 2);
	assert_int_equal(memory_failure(folio_pfn(folio), 0), 0);
	assert_ptr_equal(folio_mapping(folio), file->f_mapping);
	folio_put(folio);
	{
		u64 r[1];

		assert_int_equal(vfs_pread(file, r, P, 2 * P), -EIO);
	}
	fput(file);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

/* ---- huge folios ---------------------------------------------------------------------------- */

/*
 *   huge file, size 5M: [0, 2M) and [2M, 4M) fit whole -> 2M folios; [4M, 5M) -> 4K
 */
static void test_shmem_huge(void **state)
{
	struct file *file = shmem_file_setup_huge("huge", 5 * (M2 / 2), 0);
	struct inode *inode = file_inode(file);
	struct folio *folio;
	u64 w = 5, r;

	assert_false(IS_ERR(file));
	/* like a pseudo file in the kernel, no pread/pwrite until memfd-style opt-in */
	assert_int_equal(vfs_pread(file, &r, sizeof(r), 0), -ESPIPE);
	file->f_mode |= FMODE_PREAD | FMODE_PWRITE;
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_KEEP_SIZE, 0, 5 * (M2 / 2)), 0);
	assert_int_equal(cached(file), 2 * 512 + 256);
	assert_int_equal(shmem_get_folio(inode, 700, 0, &folio, SGP_CACHE), 0);
	assert_int_equal(folio_order(folio), PMD_ORDER);
	assert_int_equal(folio_index(folio), 512);
	assert_int_equal(folio_file_pfn(folio, 700), folio_pfn(folio) + 188);
	folio_unlock(folio);
	folio_put(folio);
	assert_int_equal(shmem_get_folio(inode, 1100, 0, &folio, SGP_CACHE), 0);
	assert_int_equal(folio_order(folio), 0);
	folio_unlock(folio);
	folio_put(folio);
	/* data written through one page of a 2M folio reads back */
	assert_int_equal(vfs_pwrite(file, &w, sizeof(w), 600 * P), sizeof(w));
	assert_int_equal(vfs_pread(file, &r, sizeof(r), 600 * P), sizeof(r));
	assert_int_equal(r, 5);
	/* punching part of a 2M folio zeroes those pages, keeps the folio */
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 600 * P,
				       P), 0);
	assert_int_equal(vfs_pread(file, &r, sizeof(r), 600 * P), sizeof(r));
	assert_int_equal(r, 0);
	assert_int_equal(cached(file), 2 * 512 + 256);
	/* punching it whole frees it */
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, M2, M2),
			 0);
	assert_int_equal(cached(file), 512 + 256);
	fput(file);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

static void test_hugetlb_memfd(void **state)
{
	struct file *file = memfd(MFD_HUGETLB);
	struct folio *folio;
	u64 w = 3;

	assert_int_equal(vfs_ftruncate(file, M2 + P), -EINVAL);
	assert_int_equal(vfs_ftruncate(file, 2 * M2), 0);
	assert_int_equal(vfs_pwrite(file, &w, sizeof(w), 0), -EINVAL);	/* no write */
	/* allocation rounds out to huge pages */
	assert_int_equal(vfs_fallocate(file, 0, M2 + P, P), 0);
	assert_int_equal(cached(file), 512);
	folio = filemap_get_folio(file->f_mapping, 512);
	assert_int_equal(folio_order(folio), PMD_ORDER);
	folio_put(folio);
	/* a 1G memfd */
	fput(file);
	file = memfd(MFD_HUGETLB | MFD_HUGE_1GB);
	assert_int_equal(vfs_ftruncate(file, PUD_SIZE), 0);
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_KEEP_SIZE, 0, P), 0);
	assert_int_equal(cached(file), 1UL << PUD_ORDER);
	assert_int_equal(vfs_fallocate(file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
				       PUD_SIZE), 0);
	assert_int_equal(cached(file), 0);
	fput(file);
	assert_int_equal(phys_mem_pages_in_use(pm), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_memfd_create_errno, setup, teardown),
		cmocka_unit_test_setup_teardown(test_memfd_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fallocate_errno, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fallocate_allocate_and_punch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fallocate_failure_rolls_back, setup, teardown),
		cmocka_unit_test_setup_teardown(test_seals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ftruncate_errno_and_sizes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pread_pwrite, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shmem_get_folio, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shmem_huge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hugetlb_memfd, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
