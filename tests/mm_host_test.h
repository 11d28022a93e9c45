/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared fixtures of the host-mm tests (mmap_test.c, gup_test.c,
 * mmu_notifier_test.c): a page-cache file with its own ->fault, and a
 * recording mmu_notifier that snapshots the PTEs of each range in start and
 * in end.
 */
#ifndef _GMEMSIM_TESTS_MM_HOST_TEST_H
#define _GMEMSIM_TESTS_MM_HOST_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <linux/fs.h>
#include <linux/mm_host.h>
#include <linux/mm_vma.h>
#include <linux/mmu_notifier.h>
#include <linux/pagemap.h>

#define P PAGE_SIZE

/* ---- a page-cache test file ------------------------------------------------ */

/*
 * [filemap_fault, reduced] Faults past EOF are SIGBUS (like shmem and
 * guest_memfd); otherwise the page-cache folio, created zeroed if absent,
 * is returned locked.
 */
static __maybe_unused vm_fault_t tfile_fault(struct vm_fault *vmf)
{
	struct inode *inode = file_inode(vmf->vma->vm_file);
	struct folio *folio;

	if (vmf->pgoff >= (pgoff_t)DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE))
		return VM_FAULT_SIGBUS;
	folio = __filemap_get_folio(inode->i_mapping, vmf->pgoff, FGP_LOCK | FGP_CREAT,
				    mapping_gfp_mask(inode->i_mapping));
	if (IS_ERR(folio))
		return vmf_error(PTR_ERR(folio));
	if (!folio_test_uptodate(folio))
		folio_mark_uptodate(folio);
	vmf->folio = folio;
	return VM_FAULT_LOCKED;
}

static __maybe_unused const struct vm_operations_struct tfile_vm_ops = {
	.fault = tfile_fault,
	.name = "tfile",
};

static __maybe_unused int tfile_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_ops = &tfile_vm_ops;
	return 0;
}

/* guest_memfd-like refusal of private mappings [kvm_gmem_mmap] */
static __maybe_unused int tfile_mmap_shared_only(struct file *file, struct vm_area_struct *vma)
{
	if ((vma->vm_flags & (VM_SHARED | VM_MAYSHARE)) != (VM_SHARED | VM_MAYSHARE))
		return -EINVAL;
	return tfile_mmap(file, vma);
}

static __maybe_unused const struct file_operations tfile_fops = { .mmap = tfile_mmap };
static __maybe_unused const struct file_operations tfile_fops_nommap = { .mmap = NULL };
static __maybe_unused const struct file_operations tfile_fops_shared_only = { .mmap = tfile_mmap_shared_only };

static __maybe_unused struct super_block tfile_sb = { .s_id = "tfile", .s_maxbytes = MAX_LFS_FILESIZE };

/* A file of @size bytes opened with @flags (O_RDONLY / O_WRONLY / O_RDWR). */
static inline struct file *tfile_create(const char *name, loff_t size, int flags,
					const struct file_operations *fops)
{
	struct inode *inode = new_inode(&tfile_sb, name);
	struct file *file;

	assert_non_null(inode);
	inode->i_size = size;
	file = alloc_file_pseudo(inode, name, flags, fops);
	assert_false(IS_ERR(file));
	return file;
}

/* Drop the cache of a test file (its pages leave with the last fput too). */
static inline void tfile_truncate(struct file *file, loff_t from)
{
	struct address_space *mapping = file->f_mapping;

	filemap_invalidate_lock(mapping);
	unmap_mapping_range(mapping, from, 0, 1);
	truncate_inode_pages_range(mapping, from, -1);
	filemap_invalidate_unlock(mapping);
}

/* ---- a recording notifier ---------------------------------------------------- */

struct nrec {
	enum mmu_notifier_event event;
	unsigned long start, end;
	bool blockable;
	unsigned long present_at_start, writable_at_start;
	unsigned long present_at_end, writable_at_end;
	bool ended;
};

#define TN_MAX 32

struct test_notifier {
	struct mmu_notifier mn;
	int nr_start, nr_end, nr_release;
	int open;			/* starts without their end */
	struct nrec rec[TN_MAX];
};

static __maybe_unused unsigned long count_writable(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long nr = 0;

	for (unsigned long a = start; a < end; a += PAGE_SIZE) {
		pte_t pte = mm_read_pte(mm, a);

		nr += pte_present(pte) && pte_write(pte);
	}
	return nr;
}

static __maybe_unused int tn_start(struct mmu_notifier *mn, const struct mmu_notifier_range *r)
{
	struct test_notifier *tn = container_of(mn, struct test_notifier, mn);
	struct nrec *rec;

	assert_true(tn->nr_start < TN_MAX);
	rec = &tn->rec[tn->nr_start++];
	rec->event = r->event;
	rec->start = r->start;
	rec->end = r->end;
	rec->blockable = mmu_notifier_range_blockable(r);
	rec->present_at_start = mm_count_present(r->mm, r->start, r->end);
	rec->writable_at_start = count_writable(r->mm, r->start, r->end);
	tn->open++;
	return 0;
}

static __maybe_unused void tn_end(struct mmu_notifier *mn, const struct mmu_notifier_range *r)
{
	struct test_notifier *tn = container_of(mn, struct test_notifier, mn);

	/* the end must match an open start over the same range */
	for (int i = tn->nr_start - 1; i >= 0; i--) {
		struct nrec *rec = &tn->rec[i];

		if (rec->ended || rec->start != r->start || rec->end != r->end ||
		    rec->event != r->event)
			continue;
		rec->ended = true;
		rec->present_at_end = mm_count_present(r->mm, r->start, r->end);
		rec->writable_at_end = count_writable(r->mm, r->start, r->end);
		tn->nr_end++;
		tn->open--;
		return;
	}
	fail_msg("invalidate_range_end [%#lx, %#lx) without a start", r->start, r->end);
}

static __maybe_unused void tn_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct test_notifier *tn = container_of(mn, struct test_notifier, mn);

	tn->nr_release++;
}

static __maybe_unused const struct mmu_notifier_ops tn_ops = {
	.release = tn_release,
	.invalidate_range_start = tn_start,
	.invalidate_range_end = tn_end,
};

static inline void tn_register(struct test_notifier *tn, struct mm_struct *mm)
{
	memset(tn, 0, sizeof(*tn));
	tn->mn.ops = &tn_ops;
	assert_int_equal(mmu_notifier_register(&tn->mn, mm), 0);
}

static inline void tn_reset(struct test_notifier *tn)
{
	tn->nr_start = tn->nr_end = tn->open = 0;
	memset(tn->rec, 0, sizeof(tn->rec));
}

/* Exactly one pair over [start, end) with @event, and nothing else. */
static inline const struct nrec *tn_expect_one(struct test_notifier *tn,
					       enum mmu_notifier_event event,
					       unsigned long start, unsigned long end)
{
	assert_int_equal(tn->nr_start, 1);
	assert_int_equal(tn->nr_end, 1);
	assert_int_equal(tn->open, 0);
	assert_int_equal(tn->rec[0].event, event);
	assert_int_equal(tn->rec[0].start, start);
	assert_int_equal(tn->rec[0].end, end);
	assert_true(tn->rec[0].blockable);
	return &tn->rec[0];
}

/* ---- small helpers ------------------------------------------------------------- */

static inline unsigned long map_anon(struct mm_struct *mm, unsigned long len, unsigned long prot)
{
	long addr = mm_mmap(mm, 0, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0);

	assert_false(IS_ERR_VALUE(addr));
	return (unsigned long)addr;
}

static inline void touch_range(struct mm_struct *mm, unsigned long start, unsigned long len,
			       u64 base)
{
	for (unsigned long a = start; a < start + len; a += PAGE_SIZE)
		assert_int_equal(host_write(mm, a, base + (a - start) / PAGE_SIZE), 0);
}

#endif /* _GMEMSIM_TESTS_MM_HOST_TEST_H */
